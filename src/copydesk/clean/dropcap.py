"""A drop cap set apart from its word by the rendering, joined back: "T he Davis Cup" -> "The Davis Cup".

A story's first letter is often set large in an element of its own; a renderer
that ends an element with a space (html-text does) prints it as a one-letter word
before the rest: "H ong Kong is burning", "E xercice: …".  In text mode the
opening paragraph and each paragraph under a heading are looked at (the places a
drop cap is set); the letter is joined to the word after it where the page shows
the joined word elsewhere: where the rest is printed nowhere on its own ("hong"
of "H ong"; "A dam Schiff's" becomes "Adam Schiff's"), or where the letter is no
word of the story's language ("the" of "T he"; "A part of the deal" stays where
"part" is printed too).  A page printing the word once only keeps its drop cap
apart: a letter standing for a name ("X attracts a diverse…", "R is …") reads alike.

The dev pages' html-text renderings: seven paragraphs on five pages joined ("T he",
"M athematics", "S oftware"), no other line changed.
"""

from __future__ import annotations

import re

from copydesk.model import Block, BlockKind

# The capital letters that are words on their own, by language (ISO 639-1): a line may open
# with one of them followed by a word ("A new study", "E la città", "W Polsce").  Other
# languages, and a page whose language is unknown: all of them.
ONE_LETTER_WORDS: dict[str, str] = {
    "en": "AI", "fr": "AÀY", "es": "AOEUY", "it": "AEIO", "pt": "AÀEO", "ca": "AEIO", "de": "", "nl": "", "sv": "IÅ",
    "da": "IÅ", "no": "IÅ", "fi": "", "pl": "AIOUWZ", "cs": "AIKOSUVZ", "sk": "AIKOSUVZ", "sl": "AIKSVZ", "hr": "AIKOSUZ",
    "ro": "AIO", "hu": "A", "ru": "АВИКОСУЯ", "uk": "АВЗІЙОУ", "bg": "ВИСУ", "be": "АЗІЎУ", "sr": "АИКОСУ", "tr": "",
}  # fmt: skip
_ANY_LANGUAGE = "".join(sorted(set("".join(ONE_LETTER_WORDS.values()))))
MAX_DROP_CAPS = 20  # the paragraphs looked at, at most (each looks through the page's text): a page sets a few
_OPENING = re.compile(r"([^\W\d_]) ([^\W\d_]{2,})(?!\w)")  # "T he": a letter, a space, the rest of a word


def join_drop_caps(blocks: list[Block], text: str, language: str | None) -> None:
    """Join, in place, a drop cap the rendering set apart in the story's opening paragraph and
    in each paragraph under a heading of `blocks`; `text`: the page's whole text (where the
    words are looked for), `language`: the story's (`ONE_LETTER_WORDS`)."""
    words_alone = ONE_LETTER_WORDS.get(language or "", _ANY_LANGUAGE)
    after_heading = True  # the first paragraph opens the story
    looked_at = 0
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            after_heading = True
            continue
        opens = after_heading and block.kind is BlockKind.PARAGRAPH
        after_heading = False
        if not opens or block.text[1:2] != " " or not block.text[:1].isupper() or not block.text[2:3].islower():
            continue
        if (found := _OPENING.match(block.text)) is None:
            continue
        looked_at += 1
        if looked_at > MAX_DROP_CAPS:
            return
        letter, rest = found.groups()
        joined_elsewhere = _word(letter + rest).search(text) is not None
        rest_elsewhere = len(_word(rest).findall(text)) > 1  # (once is this line's own)
        if joined_elsewhere and (not rest_elsewhere or letter not in words_alone):  # "A part" stays where "part" is printed too
            block.text = letter + block.text[2:]


def _word(word: str) -> re.Pattern[str]:
    """`word` standing alone, case aside."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)
