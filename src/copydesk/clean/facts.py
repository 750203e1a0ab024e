"""Who and when, read from scraped text: the byline and the publication date.

Text mode has no markup to ask, so it reads what HTML mode reads from a
page's visible text when the markup is silent (`metadata.read_visible_facts`):

* authors: "By Jane Doe"-style lines, the one under the headline first
  (`byline.lines_byline`, names cleaned by `metadata.clean_author_names`);
  else, among the STAMP_SEARCH_LINES lines under the headline, "by <name>"
  inside a dated line, a name printed before the date on one line, or a name
  on a line of its own over a date line (`_stamp_byline`);
* published: a date in the URL's path (as HTML mode, first), else the first
  date on a short line (a stamp: at most MAX_STAMP_LINE_WORDS words) among the
  STAMP_SEARCH_LINES lines under the headline, else the first date written
  within AFTER_HEADLINE_CHARS after the headline's line (a dated photo caption
  under it no longer wins over the stamp: WCXB date +2 pages), else within
  the first TOP_OF_PAGE_CHARS of the text, else the first line that is a date
  alone above the story (`_first_stamp_date`).  A stamp saying the page was
  changed ("edited …") gives way to an unchanged one under it.  The language
  is unknown, so slashed dates are read month first, as HTML mode does on a
  page that does not state its language.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress

from copydesk.extract.byline import byline_names, is_name, lines_byline
from copydesk.extract.metadata import (
    AFTER_HEADLINE_CHARS,
    TOP_OF_PAGE_CHARS,
    clean_author_names,
    first_written_date,
    first_written_date_at,
    url_date,
    year_starts,
)
from copydesk.extract.patterns import MONTH_WORD, joined_starts
from copydesk.extract.tidy import is_navigation_line
from copydesk.extract.wire import agency_in
from copydesk.model import Article

LINES_PER_JOIN = 100
STAMP_SEARCH_LINES = 12
MAX_STAMP_LINE_WORDS = 12
MAX_STAMP_LINE_CHARS = 100  # tested first: longer lines are not split to count their words
MONTH_FIRST = True  # slashed dates of a page in an unknown language, as HTML mode reads them


def read_facts(article: Article, texts: list[str], title_line: int | None, story_line: int | None = None) -> None:
    """Fill `article`'s authors and publication date from the text's lines, `texts`;
    `title_line` is the index of the headline's line, if one was found, `story_line` that of
    the story's first kept paragraph (how far down a date-alone line may be)."""
    at = -1 if title_line is None else title_line
    if authors := [name for raw in lines_byline(texts, headline_at=at) for name in clean_author_names(raw)]:
        article.authors, article.authors_source = authors, "text"
    elif title_line is not None and (names := _stamp_byline(texts, title_line)):
        article.authors, article.authors_source = names, "text"
    if published := url_date(article.url):
        article.published, article.published_source = published, "url"
    elif published := _written_date(texts, title_line, story_line):
        article.published, article.published_source = published, "text"


# Where a date starts in a stamp line (a month's name before or after the day, or digits):
# what a name printed before it ends at, what a date line's label ends at.
_DATE_START = re.compile(rf"\b{MONTH_WORD} \d|\b\d{{1,2}} {MONTH_WORD}|\b\d{{1,4}}[/.-]\d", re.I)
# What may precede the date on a line that is a date alone ("Posted on", "Last updated:").
_STAMP_LABEL = re.compile(r"\s*(?:(?:last\s+)?(?:posted|published|updated|modified)(?:\s+on)?|on|date)?\s*:?\s*", re.I)
# "by" and what follows it inside a dated line ("Posted on May 3, 2024 by Jane Doe in News"):
# the names are read as a byline's (`byline.byline_names`, which stops at " in ", a date, a bar).
# WCXB text author +8 pages (0.295 -> 0.307), none lost, none invented where the gold has none.
_BY_IN_STAMP = re.compile(r"\b[Bb]y:?\s+(?P<names>[^\W\d_][\w'’.-]*(?:\s+(?:[^\W\d_][\w'’.-]*|&|and))*)")
# A byline printed as a name before the date on one line ("Jane Doe March 3, 2024"): the name is
# what precedes the date's start, when it is name-shaped (`byline.is_name`), names no weekday or
# release ("Released Wednesday") and no wire agency (that is `wire_agency`'s): `_stamp_name`.
# WCXB text author 0.307 -> 0.315 (6 pages up, none lost, none invented).
MAX_NAME_STAMP_WORDS = 8  # "Jane Doe March 3, 2024 10:15 am": a longer line is a sentence
_NOT_A_STAMP_NAME = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\breleased\b", re.I)
# A name on a line of its own over a date line ("Jane Doe" / "Posted March 3, 2024"), among the
# NAME_OVER_DATE_LINES lines under the headline: the date line holds nothing before its date
# but a label (`_STAMP_LABEL`; a name there makes it a forum post's stamp under the thread's
# title), and the name line is no navigation label ("Next Post").  WCXB text author 0.315 ->
# 0.368 (35 pages up, none lost, none invented; 6 bodies up, their bylines now trimmed).
NAME_OVER_DATE_LINES = 6
# When no date is found under the headline or at the page's top (the headline read from the
# `<title>` line, the story far down under menus), the first line that is a date alone (after
# a label at most: `_STAMP_LABEL`), of at most MAX_DATE_LINE_CHARS, no further down than
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
_UPDATE_STAMP = re.compile(r"\s*(?:last\s+)?(?:edited|updated|modified|revised)\b", re.I)


def _stamp_name(text: str) -> bool:
    """A name printed in a byline stamp: name-shaped, no weekday or release, no wire agency."""
    return is_name(text) and _NOT_A_STAMP_NAME.search(text) is None and agency_in(text) is None


def _stamp_byline(texts: list[str], title_line: int) -> list[str]:
    """Names after "by" in a dated line under the headline ("Posted on May 3, 2024 by Jane Doe"),
    else a name printed before the date on such a line ("Jane Doe March 3, 2024"), else a name
    on a line of its own over a date line.  Only lines holding a year are read as dated (every
    date holds one); a window without one is not read at all."""
    window = texts[title_line + 1 : title_line + 1 + STAMP_SEARCH_LINES]
    with_years = _with_a_year(window)
    if not with_years:
        return []
    dated = [k in with_years and len(line) <= MAX_STAMP_LINE_CHARS for k, line in enumerate(window)]
    for line in compress(window, dated):
        match = _BY_IN_STAMP.search(line) if " by" in line.lower() and first_written_date(line, MONTH_FIRST) else None
        if match and (names := byline_names(match["names"])):
            return [n for name in names for n in clean_author_names(name)]
    for line in compress(window, dated):
        date = _DATE_START.search(line)
        if date is None or date.start() == 0 or len(line.split()) > MAX_NAME_STAMP_WORDS or not first_written_date(line[date.start() :], MONTH_FIRST):
            continue
        name = line[: date.start()].strip(" ,|•·-–—")
        if _stamp_name(name):
            return clean_author_names(name)
    for k in compress(range(1, min(len(window), NAME_OVER_DATE_LINES + 1)), dated[1 : NAME_OVER_DATE_LINES + 1]):
        line, following = window[k - 1], window[k]
        if (date := _DATE_START.search(following)) is None or _STAMP_LABEL.fullmatch(following[: date.start()]) is None:
            continue  # "Jane Doe March 3, 2024" under a thread's title: a post's stamp, the title no name
        if not first_written_date(following[date.start() :], MONTH_FIRST):
            continue
        if _stamp_name(line) and not is_navigation_line(line):
            return clean_author_names(line)
    return []


def _written_date(texts: list[str], title_line: int | None, story_line: int | None = None) -> str | None:
    if title_line is not None and year_starts(window := _lines_within(texts, title_line + 1, AFTER_HEADLINE_CHARS)):
        # (a window without a year holds no date: every date pattern holds one)
        updated = None
        lines = window.split("\n")[:STAMP_SEARCH_LINES]
        for line in map(lines.__getitem__, _with_a_year(lines)):  # a stamp line first, not a caption's date
            if len(line) <= MAX_STAMP_LINE_CHARS and len(line.split()) <= MAX_STAMP_LINE_WORDS and (found := first_written_date(line, MONTH_FIRST)):
                if _UPDATE_STAMP.match(line) is None:
                    return found
                updated = updated or found  # "edited Dec 5, 2020" over "asked Jun 8, 2018": the later stamp
        if updated:
            return updated
        if written := first_written_date_at(window, MONTH_FIRST):
            return _unless_updated(window, *written)
    top = _lines_within(texts, 0, TOP_OF_PAGE_CHARS)
    if written := first_written_date_at(top, MONTH_FIRST):
        return _unless_updated(top, *written)
    return None if story_line is None else _first_stamp_date(texts[: story_line + DATE_LINE_AFTER_STORY + 1])


def _with_a_year(lines: list[str]) -> dict[int, None]:
    """The indexes of the lines holding a year (`YEAR`: every date holds one), in order, found in
    one scan of them joined (an ordered set)."""
    starts = joined_starts(lines)
    return dict.fromkeys(bisect_right(starts, year) - 1 for year in year_starts("\n".join(lines)))


def _unless_updated(text: str, found: str, at: int) -> str:
    """`found`, the first date in `text` (written at `at`), unless the line it is written on says
    the page was changed ("edited Dec 5, 2020 at 7:01") and one of the next
    UPDATE_LOOKAHEAD_LINES lines, short and saying no change, gives another ("asked Jun 8,
    2018 at 9:28"): that one."""
    start = text.rfind("\n", 0, at) + 1
    if _UPDATE_STAMP.match(text, start) is None:  # most dates are no change's
        return found
    following = text[start:].split("\n", UPDATE_LOOKAHEAD_LINES + 1)[1 : UPDATE_LOOKAHEAD_LINES + 1]
    for line in following:
        if len(line) <= MAX_STAMP_LINE_CHARS and _UPDATE_STAMP.match(line) is None and (other := first_written_date(line, MONTH_FIRST)):
            return other
    return found


def _first_stamp_date(texts: list[str]) -> str | None:
    """The date of the first of `texts` that is a date alone, after a label at most ("August 25,
    2025", "Updated October 8, 2025", "Last updated: Sep 4, 2025 • 5 min read")."""
    for k in _with_a_year(texts):  # only the lines holding a year: found in one scan
        line = texts[k]
        if len(line) > MAX_DATE_LINE_CHARS or (date := _DATE_START.search(line)) is None:
            continue
        if _STAMP_LABEL.fullmatch(line[: date.start()]) is not None and (found := first_written_date(line[date.start() :], MONTH_FIRST)):
            return found
    return None


def _lines_within(texts: list[str], start: int, chars: int) -> str:
    """The lines from `start` on, joined, cut at `chars` characters (joined a hundred at a time:
    a window of the page's top holds that many lines or fewer, usually)."""
    joined, end = "", start
    while len(joined) < chars and end < len(texts):
        end += LINES_PER_JOIN
        joined = "\n".join(texts[start:end])
    return joined[:chars]
