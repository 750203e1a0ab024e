"""Scraped text that is Markdown: read as the HTML it stands for.

Crawling tools that hand pages to language-model pipelines (Firecrawl, Jina
Reader, crawl4ai and their kin) print a page as Markdown, furniture and all:
"* [Home](/)" menus, "![alt](src)" pictures, "# Headline", "By [Jane
Doe](/author/jane)", "## Related stories" over a list of links.  Cleaned as
plain lines, the link syntax is read as text (the title came out as "[Skip to
content](#main)", no byline was found, every related link stayed).  The
Markdown says what each line is, so it is rendered to HTML by a maintained
parser: the headline is an `<h1>`, menus and related lists are lists of
links, pictures are `<img>`s.  The title and the facts are extracted from that
HTML, the text is cleaned from its blocks as lines (`clean.pipeline`'s
`_markdown_article`, which says why), laid out as the line model knows a page
(`laid_out`).  Scrapers' Markdown is often broken: a wrapper's line breaks
inside links (`join_broken_links`), links around whole blocks; what cmark
cannot read is mended first or its syntax dropped after.  The dev pages as
html2text prints them: Zyte 0.843 -> 0.902, WCXB 0.750 -> 0.818; as markdownify
does, 0.896 -> 0.928, 0.801 -> 0.822 (`benchmarks/renderings.py`; html-text's
rendering 0.938, 0.852).
The parser is GitHub's cmark (`cmarkgfm`, C; GitHub Flavored Markdown: tables
too): a 25 KB page with 140 links in 0.4 ms, where markdown-it-py took 8.8 ms,
and linear on hostile input (200,000 open brackets in 46 ms against 1.6 s;
2.4 MB of links in 0.4 s against 7 s).  Raw HTML inside the Markdown is left
out (cmark's safe mode): the page's own markup was already rendered away.

A text is read as Markdown only when its own syntax says so, for the page
around the story as well as in it (`looks_like_markdown`): MIN_MARKDOWN_LINKS
links or pictures in Markdown's bracket form (to any address, "index.html"
too), a line that is a link alone, a list item opening on a link ("* [Home](/)")
or a picture, and a heading line ("# …") or MIN_LINK_LINES lines that are links
alone (a page whose headings are bold lines, or come after MARKDOWN_SAMPLE_CHARS
of menus).  A page that prints Markdown source in its story (two WCXB pages:
"# The best CRM software …" and a reference list of "[osha.gov](…)" links,
their text renderings one blob of lines) has the links but no menu in that
form: with links and a heading alone, those two lost 0.4 each in text mode.
The dev pages as html2text and markdownify print them: 91-93% read as Markdown
with a heading required and root or absolute links only, 96-97% now; none of
their html-text renderings.
"""

from __future__ import annotations

import re
from itertools import islice

import cmarkgfm

from copydesk.extract.segment import Element, Segmentation

MIN_MARKDOWN_LINKS = 3  # "[text](url)" or "![alt](src)": a page's menu alone prints more
MIN_LINK_LINES = 5  # lines that are a link alone, where no heading line is: a menu's
MARKDOWN_SAMPLE_CHARS = 20_000  # the syntax is looked for in the text's opening part
_LINK = re.compile(r"!?\[[^\]\n]{0,300}\]\([^)\s]{1,2000}(?:\s+\"[^\"\n]*\")?\)")
# A line's list-item marks, nested too and indented (html2text's "  *   * [Home](/)").
_ITEM_MARKS = r"[ \t]*(?:(?:[*+-]|\d{1,3}\.)[ \t]+)*"
_HEADING_LINE = re.compile(rf"^{_ITEM_MARKS}#{{1,6}}[ \t]+\S", re.M)
# A menu's or a related list's line ("* [Home](/)", "[Sport](/sport)"), or a picture's.
_LINK_LINE = re.compile(rf"^{_ITEM_MARKS}!?\[[^\]\n]{{0,300}}\]\([^)\s]{{1,2000}}\)|!\[", re.M)
_LINK_ALONE = re.compile(rf"^{_ITEM_MARKS}!?\[[^\]\n]{{0,300}}\]\([^)\s]{{1,2000}}\)[ \t]*$", re.M)


def looks_like_markdown(text: str) -> bool:
    """Whether `text` is Markdown (see the module's docstring), judged on its first
    MARKDOWN_SAMPLE_CHARS characters."""
    sample = text[:MARKDOWN_SAMPLE_CHARS]
    if "](" not in sample:
        return False
    links = sum(1 for _match in islice(_LINK.finditer(sample), MIN_MARKDOWN_LINKS))
    if links < MIN_MARKDOWN_LINKS or _LINK_LINE.search(sample) is None:
        return False
    return _HEADING_LINE.search(sample) is not None or sum(1 for _match in islice(_LINK_ALONE.finditer(sample), MIN_LINK_LINES)) >= MIN_LINK_LINES


# A reader service's envelope over the Markdown (Jina Reader's: "Title: …", "URL Source: …",
# "Published Time: …", then "Markdown Content:" and the page): its fields are the page's facts,
# read off, and the Markdown after it is the page.
_ENVELOPE_END = "\nMarkdown Content:"
MAX_ENVELOPE_CHARS = 4_000  # the fields before the content: a title, a URL, a time or two
_ENVELOPE_FIELD = re.compile(r"^(Title|URL Source|Published Time): ?(.*)$", re.M)


def split_envelope(text: str) -> tuple[dict[str, str], str]:
    """A reader service's envelope fields ("Title", "URL Source", "Published Time") and the
    Markdown after it; ({}, `text`) when `text` has no such envelope."""
    if not text.startswith("Title:") or (end := text.find(_ENVELOPE_END, 0, MAX_ENVELOPE_CHARS)) < 0:
        return {}, text
    fields = {name: value.strip() for name, value in _ENVELOPE_FIELD.findall(text[:end]) if value.strip()}
    return fields, text[end + len(_ENVELOPE_END) :].lstrip(" ")


# A wrapper breaks a long link's address after a hyphen (html2text's 78 columns, through Python's
# textwrap: "(https://example.com/wp-" / "content/uploads/…)"), and a line break ends an address,
# so cmark printed the link's syntax as text ("[](https://…" lines in the story).  `reflow` joins
# such a line only where the text reads as wrapped and the line is no longer than the width; an
# address broken twice, or in a text with few wrapped lines, stayed broken.  A wrapper breaks a
# heading's line too, where a heading is one line to Markdown: a link over it lost its text's
# end ("# [Lawan moves motion over" / "Nzeribe's death](https://…)").  Both are joined back
# (`join_broken_links`): the dev pages as html2text prints them, cleaned, 930 of 1,536 kept link
# syntax in their text.
# an address's characters, a pair of brackets in it too ("filters:focal(630x193:870x433)"); the
# loop unrolled, as a character class runs in one step of the regex engine
_ADDRESS_PART = r"[^()\s]*(?:\([^()\s]*\)[^()\s]*)*"
_BROKEN_ADDRESS = re.compile(rf"\]\((?:{_ADDRESS_PART}[^\W_]-\n[ \t]*(?:>[ \t]*)*(?=[^\W_]))+{_ADDRESS_PART}(?=[)\s])")
_ADDRESS_BREAK = re.compile(r"-\n[ \t]*(?:>[ \t]*)*")  # (in a quote, the next line opens on its marks)
_HEADING_LINE_START = re.compile(r"^#{1,6}[ \t]", re.M)
MAX_HEADING_LINES = 4  # a wrapped heading's lines joined at most (a 300-character headline at 78 columns)


def join_broken_links(text: str) -> str:
    """`text` with each link's address a wrapper broke after a hyphen joined back, and a
    heading's line broken inside a link joined to the lines it goes on on (above)."""
    if "-\n" in text:
        text = _BROKEN_ADDRESS.sub(lambda found: _ADDRESS_BREAK.sub("-", found.group()), text)
    if "](" in text and _HEADING_LINE_START.search(text):
        text = _headings_joined(text)
    if "\n    " in text:
        text = _nested_lists_unindented(text)
    return text


# html2text indents a nested list's items four spaces; after a paragraph, four spaces open a code
# block to Markdown, so a menu's sub-list was printed as code ("* [Podcasts Home](/podcasts/)"
# lines, 4,980 blocks of the dev pages as html2text prints them, cleaned).  An indented run of
# lines that are all list items is read as the list it is.
_INDENTED = re.compile(r"(?:[ ]{4}|\t)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+\S")


def _nested_lists_unindented(text: str) -> str:
    lines = text.split("\n")
    start = 0
    changed = False
    while start < len(lines):
        if not (_INDENTED.match(lines[start]) and (start == 0 or not lines[start - 1].strip())):
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].strip() and _INDENTED.match(lines[end]):
            end += 1
        if all(_LIST_ITEM.match(line) for line in lines[start:end]):
            cut = _indent(lines[start])  # the run's first item's indent, taken off every line (deeper items stay nested)
            lines[start:end] = [line[min(cut, _indent(line)) :] for line in lines[start:end]]
            changed = True
        start = max(end, start + 1)
    return "\n".join(lines) if changed else text


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _headings_joined(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if _HEADING_LINE_START.match(line):
            joined = 1
            while _open_link(line) and joined < MAX_HEADING_LINES and index < len(lines) and lines[index].strip():
                line = f"{line} {lines[index].strip()}"
                index += 1
                joined += 1
        out.append(line)
    return "\n".join(out)


def _open_link(line: str) -> bool:
    """Whether `line` ends inside a link's text, address or title."""
    return line.count("[") > line.count("]") or ("](" in line and line.count("(") > line.count(")"))


def markdown_html(text: str) -> str:
    """`text` rendered as an HTML page."""
    html: str = cmarkgfm.github_flavored_markdown_to_html(text)
    return f"<html><body>{html}</body></html>"


# The line model learnt its blank-line columns from html-text's renderings of the dev pages
# (`bench.textmode.render`), so a rendering's blocks are laid out as html-text lays out a page
# (html_text.html_text's two tag sets): a blank line where an element of the first set opens or
# closes between two blocks, a line break where one of the second does, a space otherwise.
# Joined a block a line (the layout before), the markdownify renderings of the dev pages scored
# Zyte 0.896, WCXB 0.801; laid out so 0.904, 0.815 (html2text's 0.843, 0.750 -> 0.844, 0.765),
# before the broken links were mended.
BLANK_LINE_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "pre", "blockquote", "figure", "title"})
LINE_BREAK_TAGS = frozenset(
    {"li", "dd", "dt", "tr", "br", "hr", "div", "table", "article", "aside", "details", "fieldset", "figcaption", "footer", "form", "header", "legend", "main", "nav"}
)


def laid_out(seg: Segmentation) -> tuple[str, dict[str, str]]:
    """The blocks' texts as html-text would print their page (`BLANK_LINE_TAGS`), white space
    collapsed as it does, a code block on one line too; and each code block's text so collapsed
    against its lines as written, for the cleaned text to print them again (the line model, which
    read html-text's code blocks on one line, keeps them better so)."""
    elements = seg.elements
    parts: list[str] = []
    code: dict[str, str] = {}
    previous = -1
    for block in seg.blocks:
        text = " ".join(block.text.split())
        if "](" in text and _LEFT_ADDRESS.search(text):
            text = _without_link_syntax(text)
        elif _LINK_OPENERS.fullmatch(text):  # the "[" of a link around blocks, alone in its paragraph
            continue
        elif block.in_pre and "\n" in (written := block.text.strip("\n")):
            code[text] = written
        if not text:
            continue
        if previous >= 0:
            parts.append(_break_between(elements, previous, block.owner))
        parts.append(text)
        previous = block.owner
    return "".join(parts), code


# Link syntax the parser left as text: Markdown it could not read (a link's text over a blank line,
# as markdownify prints a link around blocks: "[" / "" / "Headline](/story)"; an empty address,
# "![alt]( \"title\")"; a nested list's items so deep they read as code).  The addresses, titles and
# brackets are dropped and the words kept, for the line model to judge as it judges a link's text.
_LEFT_ADDRESS = re.compile(rf'\]\({_ADDRESS_PART}(?:\s*"[^"]*")?\)')
_LINK_OPENERS = re.compile(r"(?:!?\[\s*)+")
_LEFT_MARKS = re.compile(r"!?\[|\]|(?:^|(?<=\s))[*+-](?=\s)")


def _without_link_syntax(text: str) -> str:
    return " ".join(_LEFT_MARKS.sub(" ", _LEFT_ADDRESS.sub(" ", text)).split())


def _break_between(elements: list[Element], before: int, after: int) -> str:
    """What html-text prints between a block of element `before` and one of `after`: the
    strongest break of the elements closed after the one and opened before the other."""
    if before == after:  # one element's text broken (a <br>)
        return "\n"
    closed = []  # `before`'s element and its ancestors, innermost first
    index = before
    while index >= 0:
        closed.append(index)
        index = elements[index].parent
    enclosing = set(closed)
    tags = set()
    index = after
    while index >= 0 and index not in enclosing:  # `after`'s element and its ancestors up to one enclosing both
        tags.add(elements[index].tag)
        index = elements[index].parent
    tags.update(elements[i].tag for i in (closed[: closed.index(index)] if index >= 0 else closed))
    return "\n\n" if tags & BLANK_LINE_TAGS else "\n" if tags & LINE_BREAK_TAGS else " "


# Crawlers' text renderings open with the page's <title> ("Headline | Site"), and the cleaner
# anchors on it: the line printing its headline again heads the story, the stamps and comment
# headers under the story are told from a sidebar's by it.  html2text's Markdown prints no <title>
# (Firecrawl's neither), so a menu's first line stood in for it: a blog post's comment section was
# kept whole, a story lost to a sidebar's.  Where the rendering opens on a link or a list item, the
# page's <title> (a reader service's envelope gives it) or else its first heading is printed over
# the laid-out text; a rendering opening on a line of text (markdownify prints the <title> first,
# "MEDEF", "Python Insider: Python 3.6.0 is now available!") is left as it is.  html2text's
# renderings of the dev pages: Zyte 0.9024 -> 0.9179, WCXB 0.8284 -> 0.8291, held-out silver
# 0.8475 -> 0.8487; markdownify's the same (with the heading printed over its <title> line too,
# five held-out pages lost up to 0.15).


def with_title_line(text: str, seg: Segmentation, page_title: str | None, heading: str | None) -> str:
    """`text`, `laid_out`'s of `seg`, under a first line naming the page (above): `page_title`,
    else `heading` (the rendering's first <h1> or <h2>)."""
    title = " ".join((page_title or heading or "").split())
    opening = next((block for block in seg.blocks if block.text.strip()), None)
    if not title or opening is None:
        return text
    if opening.link_chars * 2 < len(opening.text.strip()) and seg.elements[opening.owner].tag != "li":
        return text  # a line of text opens it: the <title>, or the story itself
    if heading and " ".join(heading.split()).casefold() in text.partition("\n")[0].casefold():
        return text  # (the menu's first link is to the story)
    return f"{title}\n\n{text}"
