"""Who and when, read from scraped text: the byline and the publication date.

Text mode has no markup to ask, so it reads what HTML mode reads from a
page's visible text when the markup is silent (`metadata.read_visible_facts`):

* authors: "By Jane Doe"-style lines, the one under the headline first
  (`byline.lines_byline`, names cleaned by `metadata.clean_author_names`);
  else, among the STAMP_SEARCH_LINES lines under the headline, "by <name>"
  inside a dated line, a name printed before the date on one line, or a name
  on a line of its own over a date line (`stamps.stamp_byline`, which HTML
  mode reads too); the lines under the headline's first print, which may be
  in other letter case than the print the title was read from (`_first_print`);
  last of all (after a name over its role, an author note, a CJK info line) a
  name under a date line opening the lines under the headline, the story
  under it (`stamps.name_under_opening_date`: WCXB text author +4, none lost);
* published: a date in the URL's path (as HTML mode, first), else the first
  date on a short line (a stamp: at most MAX_STAMP_LINE_WORDS words) among the
  STAMP_SEARCH_LINES lines under the headline, else the first date written
  within AFTER_HEADLINE_CHARS after the headline's line (a dated photo caption
  under it no longer wins over the stamp: WCXB date +2 pages), else within
  the first TOP_OF_PAGE_CHARS of the text, else the first line that is a date
  alone above the story (`_first_stamp_date`), else a date labelled the
  publication's anywhere ("Published" / "Feb 2, 2023": `metadata.published_label_date`).  A stamp saying the page was
  changed ("edited …") gives way to an unchanged one under it.  Slashed dates
  are read month first in an English story or one whose language is unknown
  (as HTML mode reads a page that states none), day first in any other
  (`MONTH_FIRST_LANGUAGES`; the story's language is read before its facts).
"""

from __future__ import annotations

import re

from copydesk.extract.byline import cjk_byline, is_name, lines_byline
from copydesk.extract.dates import (
    TOP_OF_PAGE_CHARS,
    UPDATE_WORD,
    first_written_date,
    first_written_date_at,
    url_date,
    year_starts,
)
from copydesk.extract.metadata import (
    AFTER_HEADLINE_CHARS,
    clean_author_names,
    note_authors,
    posted_sentence_date,
    published_label_date,
)
from copydesk.extract.patterns import CONTENTS_LABELS, ROLE_WORDS, collapsed
from copydesk.extract.stamps import (
    DATE_START,
    MAX_STAMP_LINE_CHARS,
    STAMP_LABEL,
    STAMP_LINES_ABOVE,
    STAMP_SEARCH_LINES,
    name_under_opening_date,
    stamp_byline,
    update_stamp,
    with_a_year,
)
from copydesk.model import Article

try:  # the compiled line count (text_fast.pyx); Python where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

MAX_STAMP_LINE_WORDS = 12
# Slashed dates (03/04/2025) are read month first in English or an unknown language, as HTML mode
# reads a page that declares no language or US English; day first in any other.
MONTH_FIRST_LANGUAGES = (None, "en")


def read_facts(
    article: Article, texts: list[str], title_line: int | None, story_line: int | None = None, language: str | None = None
) -> None:
    """Fill `article`'s authors and publication date from the text's lines, `texts`;
    `title_line` is the index of the headline's line, if one was found, `story_line` that of
    the story's first kept paragraph (how far down a date-alone line may be), `language` the
    story's (how slashed dates read)."""
    month_first = language in MONTH_FIRST_LANGUAGES
    title_line = _first_print(texts, title_line)
    at = -1 if title_line is None else title_line
    if authors := [name for raw in lines_byline(texts, headline_at=at) for name in clean_author_names(raw)]:
        article.authors, article.authors_source = authors, "text"
    elif names := (_stamp_byline_names(texts, title_line, story_line, month_first) or _name_over_role(texts, title_line)
                   or note_authors(texts) or cjk_byline(texts, at) or (name_under_opening_date(texts, at, month_first) if at >= 0 else [])):  # fmt: skip
        article.authors, article.authors_source = names, "text"
    if published := url_date(article.url):
        article.published, article.published_source = published, "url"
    elif published := _written_date(texts, title_line, story_line, month_first):
        article.published, article.published_source = published, "text"
    if title_line is not None and (modified := update_stamp(texts, title_line, month_first)):
        article.modified, article.modified_source = modified, "text"


# The title's line is the print the title model chose; the same words just above it in other
# letter case ("How to replace brake pads" over a table of contents, then "How To Replace Brake
# Pads" over the story) are the headline as first printed, with the stamp under them.  An
# identical print above is a breadcrumb's or a menu's (taking it lost 8 WCXB text-mode authors).
CASED_PRINT_LINES = STAMP_SEARCH_LINES


def _first_print(texts: list[str], title_line: int | None) -> int | None:
    """The line of the headline's first print: `title_line`, or a line among the
    CASED_PRINT_LINES over it reading the same but for letter case, or for a kicker in capitals
    before it and a full stop after it (`_print_key`: "KNOWHOW Wie CreativeCommons richtig
    genutzt wird." over the byline, the same headline printed again lower down with its kicker
    on a line of its own)."""
    if title_line is None:
        return None
    line = collapsed(texts[title_line])
    folded = line.casefold()
    for k in range(max(0, title_line - CASED_PRINT_LINES), title_line):
        if (other := collapsed(texts[k])) != line and (other.casefold() == folded or _print_key(other) == folded):
            return k
    return title_line


_KICKER = re.compile(r"^(?:[^\W\d_a-z]{2,}\s+){1,2}(?=[^\W\d_])")  # "KNOWHOW ", "LIVE UPDATE ": words in capitals


def _print_key(line: str) -> str:
    """`line` case-folded without a kicker in capitals before it or a full stop after it."""
    return _KICKER.sub("", line).removesuffix(".").casefold()


# The page's <title> line is taken for the headline when the headline printed over the story
# says something else: the lines under it hold no stamp.  The STAMP_LINES_OVER_STORY lines
# over the story's first kept paragraph are then read for a dated byline ("Posted on … by …",
# "Jane Doe March 3, 2024"), not for a name alone over a date line (there a section heading
# over a date reads like one: "Design Style", "Recruiting Top Talent").  WCXB text author
# 0.377 -> 0.381 (3 pages up, none lost, one teaser's byline on a listing page).
STAMP_LINES_OVER_STORY = 6


def _stamp_byline_names(texts: list[str], title_line: int | None, story_line: int | None, month_first: bool) -> list[str]:
    """A byline in the stamps under the headline, else in those over the story far below it."""
    if title_line is not None and (names := stamp_byline(texts, title_line, month_first)):
        return names
    if story_line is None or story_line <= (-1 if title_line is None else title_line) + STAMP_SEARCH_LINES:
        return []
    return stamp_byline(texts, story_line - STAMP_LINES_OVER_STORY - 1, month_first, end=story_line, over_date=False, above=False)


# A writer's name on a line of its own just under the headline, over a line giving their role
# ("Tuhin Bhatt" / "Co-founder of Intelivita", "Liza Burke" / "Marketing Director"): an author
# box's header printed as the byline.  A name line alone is not enough (a section's or a
# product's title reads like one); the role line, short and holding a role word, is.
NAME_OVER_ROLE_LINES = 4  # the headline, a standfirst, a label ("Insights from"), the name
MAX_ROLE_LINE_WORDS = 6


def _name_over_role(texts: list[str], title_line: int | None) -> list[str]:
    """The name on one of the NAME_OVER_ROLE_LINES lines under the headline whose next line
    is a role (`ROLE_WORDS`, at most MAX_ROLE_LINE_WORDS words)."""
    if title_line is None:
        return []
    for k in range(title_line + 1, min(title_line + 1 + NAME_OVER_ROLE_LINES, len(texts) - 1)):
        name, role = collapsed(texts[k]), collapsed(texts[k + 1])
        if not is_name(name) or len(role.split()) > MAX_ROLE_LINE_WORDS or not ROLE_WORDS.search(role) or ROLE_WORDS.search(name):
            continue
        if k + 2 < len(texts) and _menu_entry(texts[k + 2]):
            continue  # "About Us" / "Meet the Team" / "Our Books": a menu's entries, not a byline
        return clean_author_names(name)
    return []


MAX_MENU_ENTRY_WORDS = 3
# A table of contents' label under the role line opens the story's contents, not a menu's entries
# ("Brinda Gulati" / "Content Editor" / "CONTENTS").
CONTENTS_HEADINGS = frozenset({*CONTENTS_LABELS, "contents", "in this article", "on this page"})


def _menu_entry(line: str) -> bool:
    """A line reading as a menu's entry: a few words, no digit ("Our Books", "FAQ"), and no
    table of contents' label (`CONTENTS_HEADINGS`)."""
    if collapsed(line).casefold().rstrip(" :") in CONTENTS_HEADINGS:
        return False
    return len(line.split()) <= MAX_MENU_ENTRY_WORDS and not any(ch.isdigit() for ch in line)


# When no date is found under the headline or at the page's top (the headline read from the
# `<title>` line, the story far down under menus), the first line that is a date alone (after
# a label at most: `STAMP_LABEL`), of at most MAX_DATE_LINE_CHARS, no further down than
# DATE_LINE_AFTER_STORY lines under the story's first kept paragraph (a date under the
# story is a footer's "Last updated …" or a comment's).  WCXB text date 0.600 -> 0.646 (33
# pages up, none lost, 4 dates where the gold has none); anywhere on the page it was 55 up
# and 43 invented.
MAX_DATE_LINE_CHARS = 60
DATE_LINE_AFTER_STORY = 3
# A stamp line saying the page was changed ("edited Dec 5, 2020", "Last updated: …") gives the
# date only when no other stamp line follows it (a Q&A's "asked Jun 8, 2018" under its
# "edited" line is the publication): WCXB text date +7 pages (0.646 -> 0.656), none lost.
UPDATE_LOOKAHEAD_LINES = 3
_UPDATE_STAMP = re.compile(rf"\s*{UPDATE_WORD.pattern}", re.I)  # a line opening with an update word


def _written_date(texts: list[str], title_line: int | None, story_line: int | None, month_first: bool) -> str | None:
    if title_line is not None and year_starts(window := _lines_within(texts, title_line + 1, AFTER_HEADLINE_CHARS)):
        # (a window without a year holds no date: every date pattern holds one)
        updated = None
        lines = window.split("\n", STAMP_SEARCH_LINES)[:STAMP_SEARCH_LINES]
        for line in map(lines.__getitem__, with_a_year(lines)):  # a stamp line first, not a caption's date
            if found := _stamp_line_date(line, month_first):
                if _UPDATE_STAMP.match(line) is None:
                    return found
                updated = updated or found  # "edited Dec 5, 2020" over "asked Jun 8, 2018": the later stamp
        if updated:
            return updated
        if over := _stamp_over_headline(texts, title_line, month_first):
            return over
        if written := first_written_date_at(window, month_first):
            return _unless_updated(window, *written, month_first)
    top = _lines_within(texts, 0, TOP_OF_PAGE_CHARS)
    if written := first_written_date_at(top, month_first):
        return _unless_updated(top, *written, month_first)
    stamped = None if story_line is None else _first_stamp_date(texts[: story_line + DATE_LINE_AFTER_STORY + 1], month_first)
    joined = "\n".join(texts)  # a date line labelled the publication's anywhere, a blog's closing "This entry was posted on …"
    return stamped or published_label_date(joined, month_first) or posted_sentence_date(joined, month_first)


# A stamp printed just over the headline ("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013" over
# "Hating Millennials …"), where no stamp line stands under it: its date before any date the
# story's text holds (the byline reader reads those lines too: `stamps.STAMP_LINES_ABOVE`).
def _stamp_over_headline(texts: list[str], title_line: int, month_first: bool) -> str | None:
    """The date of a short stamp line among the STAMP_LINES_ABOVE lines over the headline's."""
    for line in texts[max(0, title_line - STAMP_LINES_ABOVE) : title_line]:
        if found := _stamp_line_date(line, month_first):
            return found
    return None


def _stamp_line_date(line: str, month_first: bool) -> str | None:
    """The date of `line` when it is a stamp's length (MAX_STAMP_LINE_CHARS, MAX_STAMP_LINE_WORDS)."""
    if len(line) > MAX_STAMP_LINE_CHARS or len(line.split()) > MAX_STAMP_LINE_WORDS:
        return None
    return first_written_date(line, month_first)


def _unless_updated(text: str, found: str, at: int, month_first: bool) -> str:
    """`found`, the first date in `text` (written at `at`), unless the line it is written on says
    the page was changed ("edited Dec 5, 2020 at 7:01") and one of the next
    UPDATE_LOOKAHEAD_LINES lines, short and saying no change, gives another ("asked Jun 8,
    2018 at 9:28"): that one."""
    start = text.rfind("\n", 0, at) + 1
    if _UPDATE_STAMP.match(text, start) is None:  # most dates are no change's
        return found
    following = text[start:].split("\n", UPDATE_LOOKAHEAD_LINES + 1)[1 : UPDATE_LOOKAHEAD_LINES + 1]
    for line in following:
        if len(line) <= MAX_STAMP_LINE_CHARS and _UPDATE_STAMP.match(line) is None and (other := first_written_date(line, month_first)):
            return other
    return found


def _first_stamp_date(texts: list[str], month_first: bool) -> str | None:
    """The date of the first of `texts` that is a date alone, after a label at most ("August 25,
    2025", "Updated October 8, 2025", "Last updated: Sep 4, 2025 • 5 min read")."""
    for k in with_a_year(texts):  # only the lines holding a year: found in one scan
        line = texts[k]
        if len(line) > MAX_DATE_LINE_CHARS or (date := DATE_START.search(line)) is None:
            continue
        if STAMP_LABEL.fullmatch(line[: date.start()]) is not None and (found := first_written_date(line[date.start() :], month_first)):
            return found
    return None


def _lines_within(texts: list[str], start: int, chars: int, compiled: bool = True) -> str:
    """The lines from `start` on, joined, cut at `chars` characters: ``"\n".join(texts[start:])[:chars]``,
    joining only the lines that reach into the cut (a page's top holds a fraction of its
    lines), found in C where `text_fast` is built (a menu's hundreds of short lines cost
    ~30 µs counted in Python)."""
    if compiled and text_fast is not None:
        end = text_fast.joined_end(texts, start, chars)
    else:
        end, size = start, -1  # size: the length of the lines from start to end, joined
        while end < len(texts) and size < chars:
            size += len(texts[end]) + 1
            end += 1
    return "\n".join(texts[start:end])[:chars]
