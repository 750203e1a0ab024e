"""Label each line of scraped text: body, heading, title, furniture or boilerplate.

The signals are ones every language has — length, terminal punctuation,
repetition within the page, runs of short lines (menus), the neighbours —
plus the furniture phrases of `extract/patterns.py` as one more signal.
`label_lines` is a flat cascade: each check returns its reason slug.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from copydesk.clean.furniture import caption_with_credit, media_embed, player_title, related_title
from copydesk.extract.patterns import furniture_phrases
from copydesk.model import Caption, Media, RelatedLink

MIN_BODY_WORDS = 8  # shorter lines are body only when they end a sentence and sit among body lines
MIN_SENTENCE_WORDS = 4  # a line this long that ends in terminal punctuation reads as prose
MAX_HEADING_WORDS = 20  # a heading or title is at most this long
MIN_TITLE_WORDS = 3  # shorter pre-body lines are site names and section labels
MAX_FURNITURE_WORDS = 30  # phrase matches in longer lines are quotes of the phrase, not furniture
MENU_RUN = 3  # this many short unpunctuated lines in a row are a menu
MENU_LINE_WORDS = 4  # "short" for menus
PHRASE_SCAN_CHARS = 300
TERMINAL = tuple('.!?…"”’»)。！？:;')


@dataclass(slots=True)
class Line:
    text: str
    words: int
    terminal: bool
    label: str = ""  # "body", "heading", "title", or a removal reason slug


@dataclass(slots=True)
class Labelled:
    lines: list[Line]
    captions: list[Caption] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)


def _is_prose(line: Line) -> bool:
    return line.words >= MIN_BODY_WORDS or (line.terminal and line.words >= MIN_SENTENCE_WORDS)


def _mark_furniture(lines: list[Line], out: Labelled) -> None:
    """Related links, media embeds and twice-printed captions."""
    media_titles: set[str] = set()
    for i, line in enumerate(lines):
        if line.label:
            continue
        if (title := related_title(line.text)) is not None:
            out.related.append(RelatedLink(title))
            line.label = "furniture:related"
        elif (embed := media_embed(line.text)) is not None:
            out.media.append(embed)
            media_titles.add(embed.title or "")
            line.label = "furniture:media"
        elif (title := player_title(line.text)) is not None:
            media_titles.add(title)
            line.label = "furniture:media"
        elif line.text in media_titles:
            line.label = "furniture:media_title"
        elif i + 1 < len(lines) and (caption := caption_with_credit(line.text, lines[i + 1].text)):
            if caption not in out.captions:
                out.captions.append(caption)
            line.label = lines[i + 1].label = "furniture:caption"


def _mark_boilerplate(lines: list[Line]) -> None:
    counts = Counter(line.text for line in lines)
    for line in lines:
        if line.label:
            continue
        if line.words <= MAX_FURNITURE_WORDS and (said := furniture_phrases(line.text[:PHRASE_SCAN_CHARS])):
            line.label = f"boilerplate:{sorted(said)[0]}"
        elif counts[line.text] > 1 and not _is_prose(line):
            line.label = "boilerplate:repeated"
    run: list[Line] = []
    for line in lines:
        if not line.label and line.words <= MENU_LINE_WORDS and not line.terminal:
            run.append(line)
            continue
        _close_menu(run)
        run = []
    _close_menu(run)


def _close_menu(run: list[Line]) -> None:
    if len(run) >= MENU_RUN:
        for item in run:
            item.label = "boilerplate:menu"


def _mark_title(open_lines: list[Line]) -> None:
    """The longest headline-shaped line before the first sentence of prose."""
    best: Line | None = None
    for line in open_lines:
        if line.terminal and line.words >= MIN_SENTENCE_WORDS:
            if best is not None:
                best.label = "title"
            return
        headline = MIN_TITLE_WORDS <= line.words <= MAX_HEADING_WORDS and not line.text.endswith(".")
        if headline and (best is None or line.words > best.words):
            best = line


def _mark_body(lines: list[Line]) -> None:
    """Prose is body; a short line right before prose is a heading; the rest goes."""
    open_lines = [line for line in lines if not line.label]
    _mark_title(open_lines)
    open_lines = [line for line in open_lines if not line.label]
    for line in open_lines:
        if _is_prose(line):
            line.label = "body"
    for i, line in enumerate(open_lines):
        if line.label:
            continue
        following = open_lines[i + 1] if i + 1 < len(open_lines) else None
        before_prose = following is not None and following.label == "body"
        if before_prose and line.words <= MAX_HEADING_WORDS and not line.text.endswith("."):
            line.label = "heading"
        else:
            line.label = "boilerplate:short"


def label_lines(text: str) -> Labelled:
    lines = [Line(t, len(t.split()), t.endswith(TERMINAL)) for raw in text.splitlines() if (t := " ".join(raw.split()))]
    out = Labelled(lines)
    _mark_furniture(lines, out)
    _mark_boilerplate(lines)
    _mark_body(lines)
    return out
