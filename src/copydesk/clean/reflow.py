"""A hard-wrapped text's paragraphs joined back into one line each; a text printed a text node a
line has its sentences' pieces joined back too (`join_fragments`).

Some renderings break every paragraph into lines of a fixed width: a terminal
browser's dump (lynx, w3m: 72-80 columns), a mailing list's archive, a page whose
markup holds the writer's line breaks.  The line model reads a line as a unit
(its length, whether it ends a sentence), and reads such a paragraph's lines as
fragments: short, unfinished, opening in lower case.  Where a text is wrapped,
each line that was broken off is joined to the next, as a greedy wrapper (every
one of them) broke it: where the next line's first word would not have fitted
after it; without a space after a hyphen closing a word ("well-" / "known",
"WeWork-" / "SF.jpg" of a link's address: wrappers break there too).

The sign of a wrapped text: few lines longer than a width a terminal uses, and
lines that reach that width going on, in lower case, on the next line, as a
sentence broken off goes on.  A text of short lines (a menu, a shop's grid)
reaches its longest line's length now and then but goes on in capitals.

The dev pages' html-text renderings wrapped at 78 columns (`textwrap`): Zyte text
0.884 -> 0.921, WCXB 0.787 -> 0.833 (unwrapped 0.938, 0.852); the renderings
themselves unchanged but one WCXB page's, whose markup holds its writer's line
breaks (each joined back into its paragraph).
"""

from __future__ import annotations

import re
from heapq import nlargest

MIN_WIDTH, MAX_WIDTH = 40, 132  # the widths a wrapped text is looked for at (terminals, mail, fixed-width markup)
OVER_SHARE = 0.01  # the share of lines (one at least) that may run past the width (a long link or word is never broken)
MIN_LINES = 10  # shorter texts are left as they are
NEAR_WIDTH = 15  # a line this close to the width (or closer) may have been broken off...
MIN_CONTINUED = 3  # ...and this many such lines going on in lower case...
MIN_CONTINUED_SHARE = 0.3  # ...and this share of them make the text a wrapped one


# Markdown's lines a wrapper leaves whole (html2text's: list items, headings, table rows, quotes):
# never joined; they, and lines holding a link's address, may run past the width (not counted).
_MARKDOWN_BLOCK = re.compile(r"\s*(?:[*+-]\s|\d{1,3}[.)]\s|#{1,6}\s|[|>])")
_MARKDOWN_LINE = re.compile(rf"{_MARKDOWN_BLOCK.pattern}|.*\]\(")


def wrap_width(lines: list[str], markdown: bool = False) -> int | None:
    """The width `lines` were wrapped at, or None where they read as not wrapped; `markdown`:
    the lines may be Markdown's, whose `_MARKDOWN_LINE`s are left out of the count."""
    if markdown:
        lines = ["" if _MARKDOWN_LINE.match(line) else line for line in lines]
    filled = len(lines) - lines.count("")
    if filled < MIN_LINES:
        return None
    over = int(OVER_SHARE * filled)  # the longest lines let past the width
    if nlargest(max(over, 1) + 1, map(len, lines))[-1] > MAX_WIDTH + 1:  # most texts: a paragraph a line runs past it (in C)
        return None
    lengths = [len(line.rstrip()) for line in lines]
    within = sorted(n for n in lengths if n <= MAX_WIDTH)  # all but the few let past
    width = within[-over - 1] if len(within) > over else 0
    if width < MIN_WIDTH:
        return None
    near = continued = 0
    for i in range(len(lines) - 1):
        if width - NEAR_WIDTH <= lengths[i] <= width and lengths[i + 1]:
            near += 1
            continued += lines[i + 1].lstrip()[:1].islower()
    if continued < MIN_CONTINUED or continued < MIN_CONTINUED_SHARE * near:
        return None
    return width


def reflow(text: str) -> str:
    """`text` with each line a wrapper broke off (`wrap_width`) joined to the next: where the
    next line's first word would not have fitted after it.  Unwrapped text comes back as it is."""
    lines = text.splitlines()  # as the lines are read after (`features.split_lines`): "\r\n" too
    markdown = "](" in text
    width = wrap_width(lines, markdown)
    if width is None and markdown:
        width = wrap_width(lines)  # (Markdown's syntax in a plain text's story)
    if width is None:
        return text
    out: list[str] = []
    open_line = 0  # the length of the last output line's text as joined so far (what the wrapper filled)
    for line in lines:
        stripped = line.strip()
        if markdown and _MARKDOWN_BLOCK.match(line):
            open_line = 0  # neither joined to the line before nor the line after it (nor one running past the width)
        elif out and open_line and (open_line <= width or not markdown) and stripped and open_line + 1 + len(stripped.split(None, 1)[0]) > width:
            last = out[-1].rstrip()
            broken_word = last[-1:] == "-" and last[-2:-1].isalnum() and stripped[:1].isalnum()  # "well-" / "known"
            out[-1] = f"{last}{stripped}" if broken_word else f"{last} {stripped}"
            open_line = len(line.rstrip())
            continue
        else:
            open_line = len(line.rstrip())
        out.append(line)
    return "\n".join(out)


# A text printed a text node a line (BeautifulSoup's `get_text("\\n", strip=True)`, a common way to
# scrape) breaks a sentence at each link, bold or italic run in it: "WeWork agreed to a" / "rescue
# by its largest shareholder" / ", Japanese technology investment company …".  The line model read
# the pieces as short lines, a menu's.  Such a text shows itself by its lines opening on the
# punctuation that goes on a sentence (",", ".", ")", "’s"): where MIN_FRAGMENT_LINES and
# MIN_FRAGMENT_SHARE of its lines do, a line opening so is joined to the line before it (without
# a space before closing punctuation), a line opening in lower case to a line that ends no
# sentence, and any line to one ending on a word no sentence ends on (`_DANGLING_WORDS`).  Code
# (braces, semicolons, "=", "()", numbered lines) is left alone.  The dev pages so printed: Zyte
# text 0.902 -> 0.910, WCXB 0.779 -> 0.794; html-text's renderings: 10 of 1,536 open enough lines
# so, WCXB +0.0001 (a forum's quotes joined up; a code page down 0.014); the same renderings a
# block a line unchanged.
MIN_FRAGMENT_LINES = 3
MIN_FRAGMENT_SHARE = 0.02
_FRAGMENT_START = re.compile(r"\n[ \t]*(?:[,.;:)\]!?’”%](?=[ \t\r\n]|$)|['’]s\b)")
_CLOSING_PUNCTUATION = ",.;:)]!?%’”'"
_SENTENCE_END = (".", "!", "?", ":", "…", '"', "”")
_CODE = re.compile(r"[{};=<>]|\(\)|^\d+(?:\s|$)")
# Words a sentence does not end on (articles, prepositions, conjunctions, auxiliaries; English,
# German, French, Spanish, Italian, Portuguese, Dutch): a line ending on one, lower-cased, goes on
# on the next line whatever its case ("searches for patterns in each" / "FILE" / ", …";
# "reported by the" / "New York Times").  The dev pages a text node a line: Zyte 0.9095 -> 0.9102,
# WCXB 0.7938 -> 0.7968; held-out silver 0.8554 -> 0.8556; no other rendering moves.  Particles that
# end a menu's item ("Log in", "Sign up", "About") are not among them.
_DANGLING_BY_LANGUAGE = {
    "en": "the a an of to for with by from and or but nor as than into onto upon each every its their his her our your my this that "
          "these those which whose is are was were be been has have had will would can could should may might must not",
    "de": "der die das den dem des ein eine einen einem einer eines und oder aber mit von zu zum zur für bei nach aus ist sind war "
          "waren dass wie als",
    "fr": "le la les un une des du de et ou mais à au aux pour par sur dans avec est sont que qui dont",
    "es": "el los las una del y pero con por para es son al lo",
    "it": "il gli di da e ma con per che è sono della delle degli",
    "pt": "o os um uma do da dos das em com ou mas são",
    "nl": "het een van en maar met voor bij naar uit dat",
}  # fmt: skip
_DANGLING_WORDS = frozenset(word for words in _DANGLING_BY_LANGUAGE.values() for word in words.split())


def join_fragments(text: str) -> str:
    """`text` with a sentence's pieces joined back where it is printed a text node a line (above)."""
    found = _FRAGMENT_START.findall(text)
    if len(found) < MIN_FRAGMENT_LINES or len(found) < MIN_FRAGMENT_SHARE * text.count("\n"):
        return text
    out: list[str] = []
    parts: list[str] = []  # the line being joined, in pieces (joined once: a text of a million pieces is one line)
    code = False  # whether it holds code (its pieces were each read before they were joined)
    for line in text.splitlines():
        piece = line.strip()
        if parts and piece and not code and (last := parts[-1].rstrip()) and not _CODE.search(piece):
            if _FRAGMENT_START.match(f"\n{piece}"):
                tight = piece[0] in _CLOSING_PUNCTUATION
                parts[-1:] = [last, piece if tight else f" {piece}"]
                code = tight and last[-1] == "(" and piece[0] == ")"  # "(" and ")" made "()"
                continue
            if (piece[0].islower() and not last.endswith(_SENTENCE_END)) or last.rsplit(None, 1)[-1] in _DANGLING_WORDS:
                parts[-1:] = [last, f" {piece}"]
                continue
        if parts:
            out.append("".join(parts))
        parts = [line]
        code = bool(_CODE.search(line))
    if parts:
        out.append("".join(parts))
    return "\n".join(out)
