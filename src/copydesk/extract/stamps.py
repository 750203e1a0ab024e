"""Bylines printed in a page's date stamps, read from its lines under the headline.

Both modes read them when nothing else names an author: text mode from the
scraped text's lines (`clean.facts`), HTML mode from the page text's lines
(`metadata.read_visible_facts`).  Among the STAMP_SEARCH_LINES lines under the
headline: "by <name>" inside a dated line ("Posted on May 3, 2024 by Jane
Doe"; "by" may open the line; one word after it is a user name: "Posted on July 1, 2024 by
infuy", WCXB text author +2, one invented on a listing), else a name opening a stamp printed as parts
between separators, the date or a reading time the next part ("by Daniel Gibson
| Mar 11, 2023 | Brakes | 0 comments", "David Hartshorne • Updated on Jul 4,
2024 • 28 min read": a common theme's post meta; WCXB text author +3 pages and
two more named without the role the gold keeps, none lost, HTML mode unchanged)
or closing one that opens with the date ("December 15, 2025 · 30 min · Ash
Vardanian": +2),
else a name printed before the date on one line ("Jane Doe March 3,
2024"; a stamp label between them: "Patrick Clarke Published 10:19am 19 December
2025", +1), else one printed after the date opening a line ("Dec 26, 2025 • Jane
Doe in News": WCXB text author 0.387 -> 0.391, 3 up, one teaser's byline on a
listing page), else a name on a line of its own over a date line, else one over a reading
time ("Trevor Jackins" / "9 min read", a yearless day between them at most).  Only lines
holding a year are read as dated (every date holds one).  When the lines under
the headline name nobody, the STAMP_LINES_ABOVE lines over it are read for
every form but the last ("Published August 7, 2023 by Jane Doe" over the
headline: WCXB text author 0.372 -> 0.375, 2 pages, none lost); a dated line
up to MAX_BY_STAMP_LINE_CHARS long is read for "by" (0.375 -> 0.377, 1 page).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress

from copydesk.extract.byline import byline_names, is_name, one_name
from copydesk.extract.dates import STAMP_WEEKDAYS, UPDATE_WORD, date_end, first_written_date, year_starts
from copydesk.extract.metadata import clean_author_names
from copydesk.extract.patterns import (
    BY_WORD,
    BY_WORDS,
    CASED_BY_WORD,
    EMBED_SIGNATURE,
    MONTH_WORD,
    ROLE_WORDS,
    STAMP_VERBS,
    is_post_nominal,
    joined_starts,
)
from copydesk.extract.tidy import is_navigation_line, is_reading_time
from copydesk.extract.wire import agency_in

try:  # the compiled year test (text_fast.pyx); one regex scan of the lines joined where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

STAMP_SEARCH_LINES = 12
MAX_STAMP_LINE_CHARS = 100  # tested first: longer lines are not split to count their words
MAX_BY_STAMP_LINE_CHARS = 200  # "On May 3, 2024 By Jane Doe In News, Travel, Guides, …": categories lengthen the line
# Where a date starts in a stamp line (a month's name before or after the day, or digits):
# what a name printed before it ends at, what a date line's label ends at.
DATE_START = re.compile(rf"\b{MONTH_WORD} \d|\b\d{{1,2}}(?:\.|er)?(?: de | |-){MONTH_WORD}|\b\d{{1,4}}[/.-]\d", re.I)
_WEEKDAY = "(?:" + "|".join(sorted(STAMP_WEEKDAYS, key=len, reverse=True)) + ")"  # a regex fragment, the longest names first
# What may precede the date on a line that is a date alone ("Posted on", "Last updated:"), and
# the day's name ("Tuesday 29 November 2016 15.26 EST": the Guardian's stamp).
STAMP_LABEL = re.compile(
    rf"\s*(?:(?:{'|'.join(STAMP_VERBS)})(?:\s+(?:on|le|am|el|em|il|op))?|on|date)?\s*:?\s*(?:{_WEEKDAY}\.?,?\s+)?", re.I
)
# "by" and what follows it inside a dated line ("Posted on May 3, 2024 by Jane Doe in News"):
# the names are read as a byline's (`byline.byline_names`, which stops at " in ", a date, a bar).
# WCXB text author +8 pages (0.295 -> 0.307), none lost, none invented where the gold has none.
# "von", "par" and "por" too, before a capital ("publié le 10 mars 2025 par Julie Martin": a
# French blog's stamp named no one; "adopté par le Sénat" is no byline), and a dated line
# ending on its "by" is read with the next line, the name's own element ("Posted on May 3, 2024
# by" / "Jane Doe", HTML mode's lines).  No dev record moves but one Zyte page in text mode
# ("Publicado por: …"); held-out trafilatura clauses +1 in text mode.
_BY_IN_STAMP = re.compile(
    rf"\b{CASED_BY_WORD}:?\s+(?P<names>[^\W\d_][\w'’.-]*(?:\s+(?!(?i:{MONTH_WORD})\.?\s+\d)(?:[^\W\d_][\w'’.-]*|&|and|und|et|y))*)"
)  # the names end before a date's month ("By Daniel Renfrow April 12, 2024")
_ENDING_BY = re.compile(rf"\b{BY_WORD}:?$", re.I)
# A byline printed as a name before the date on one line ("Jane Doe March 3, 2024"): the name is
# what precedes the date's start, when it is name-shaped (`byline.is_name`), names no weekday,
# release or stamp verb ("Released Wednesday", "Publié le") and no wire agency (that is
# `wire_agency`'s): `_stamp_name`.
# WCXB text author 0.307 -> 0.315 (6 pages up, none lost, none invented).
MAX_NAME_STAMP_WORDS = 8  # "Jane Doe March 3, 2024 10:15 am": a longer line is a sentence...
# ...unless a dash or bar parts the name from the date, the line a stamp's length: "Valentina
# Palladino - Aug 10, 2016 11:15 am UTC" (Ars Technica's, SlashGear's stamps; held-out text-mode
# authors +2, Zyte text +2 where the gold has no author field; not "Mental Health DECEMBER 22,
# 2022 Updated: …", a category over a WCXB headline)
MAX_NAME_BEFORE_DATE_WORDS = 5
MAX_SEPARATED_STAMP_WORDS = 12
_NAME_DATE_SEPARATOR = re.compile(r"\s[-–—|•·/]\s*$")
_NOT_A_STAMP_NAME = re.compile(rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:released|{'|'.join(STAMP_VERBS)})\b", re.I)
# A name on a line of its own over a date line ("Jane Doe" / "Posted March 3, 2024"; or names
# joined: "Julia Carrie Wong and Sam Levin" / "Tuesday 29 November 2016 15.26 EST", WCXB text
# author +2, held-out text-mode authors +3, HTML mode unchanged), among the
# NAME_OVER_DATE_LINES lines under the headline: the date line holds nothing before its date
# but a label (`STAMP_LABEL`; a name there makes it a forum post's stamp under the thread's
# title), and the name line is no navigation label ("Next Post").  WCXB text author 0.315 ->
# 0.368 (35 pages up, none lost, none invented; 6 bodies up, their bylines now trimmed).
NAME_OVER_DATE_LINES = 6
# After the date opening a stamp line, its time at most ("at 9:40 am", "um 16:14 Uhr"), a
# separator, then the name, up to " in " and the section ("Dec 26, 2025 • Jane Doe in Project
# Management") or a closing count ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen",
# "19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare": a number and one word, "read" after it).
_STAMP_TIME = r"(?:at|um|à)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr)?"
_AFTER_DATE = re.compile(
    rf"(?:\s*{_STAMP_TIME})?\s*[•·|—–-]?\s*(?P<name>.+?)(?:\s+in(?:\s+.*)?|\s*[•·|—–-]?\s*\d+\s+[^\W\d_]+(?:\s+read)?)?$", re.I
)
# A stamp printed as parts between separators, the writer's name first (after "by" at most), the
# date or a reading time next, or the date first and the name last: `_name_before_parts`.
_STAMP_PARTS = re.compile(r"\s+[|•·]\s+")
_LEADING_BY = re.compile(r"by:?\s+", re.I)
STAMP_LINES_ABOVE = 2  # a dated byline line just over the headline is read too (no name-over-date there)
# HTML mode: a name on the line under a date line ("Dec 17, 2025" / "Jane Doe"), or under a lone
# separator under it ("Dec 26, 2025" / "•" / "Jane Doe in News": a stamp whose parts are elements
# of their own, so each is a line of the page's text); the date line holds a label and the date at
# most.  WCXB author +2 pages (0.830 -> 0.833), none lost, none invented.  Not in text mode, whose
# renderer joins such a stamp on one line: there the line under a date is a category as often
# ("October 26, 2025" / "UX Analytics"; 4 pages up, 4 wrong or lost).
_LONE_SEPARATOR = re.compile(r"[•·|—–/-]|(?:[•·|—–/-]\s*)?by:?", re.I)  # "|", "by", "| by"


def with_a_year(lines: list[str], compiled: bool = True) -> dict[int, None]:
    """The indexes of the lines holding a year (`YEAR`: every date holds one), in order (an
    ordered set): in C where `text_fast` is built, else from one scan of them joined."""
    if compiled and text_fast is not None:
        return dict.fromkeys(text_fast.lines_with_a_year(lines))
    starts = joined_starts(lines)
    return dict.fromkeys(bisect_right(starts, year) - 1 for year in year_starts("\n".join(lines)))


def _stamp_name(text: str) -> bool:
    """A name printed in a byline stamp: name-shaped, the letters or the role after it aside
    ("Dylan Bailey, MS, RD, FAND", "Audrey Huang, Print Managing Editor": `clean_author_names`
    drops the role), no weekday or release, no wire agency."""
    name, *after = text.split(", ")
    if not after or not all(is_post_nominal(part) or ROLE_WORDS.search(part) for part in after):
        name = text
    return is_name(name) and _NOT_A_STAMP_NAME.search(text) is None and agency_in(text) is None


# The label (and time) a stamp prints between the name and the date: "Patrick Clarke Published
# 10:19am 19 December 2025", "Paramita Ghosh Published: January 3, 2024".
# Or the time and the day's name after it: "/ Cory Doctorow / 10:08 am Fri Jul 19, 2013" (a day's
# name alone may be a surname: "Yang Sun").
_TIME_AND_DAY = rf"{_STAMP_TIME}(?:\s*{_WEEKDAY}\.?,?)?"
_TRAILING_STAMP_LABEL = re.compile(  # (a label or a time at least: white space alone is left to the caller's strip)
    rf"\s+(?:(?:{'|'.join(STAMP_VERBS)})(?:\s+on)?\s*:?(?:\s*{_TIME_AND_DAY})?|{_TIME_AND_DAY})\s*$", re.I
)


def _separated_stamp(line: str, before: str) -> bool:
    """Whether a dash, bar or slash parts the name, `before` the date (its time and label
    left out), from the date, in a line of MAX_SEPARATED_STAMP_WORDS words at most (see
    MAX_NAME_STAMP_WORDS)."""
    return (
        _NAME_DATE_SEPARATOR.search(before) is not None
        and len(before.split()) <= MAX_NAME_BEFORE_DATE_WORDS + 1
        and len(line.split()) <= MAX_SEPARATED_STAMP_WORDS
    )


def _name_before_date(line: str, month_first: bool) -> str | None:
    """The name printed before the date on a stamp line ("Jane Doe March 3, 2024")."""
    date = DATE_START.search(line)
    if date is None or date.start() == 0:
        return None
    before = _TRAILING_STAMP_LABEL.sub("", " ".join(line[: date.start()].split()) + " ")  # (runs of white space collapsed: the regex
    # would try each split of a long run between its white-space parts)
    if (len(line.split()) > MAX_NAME_STAMP_WORDS and not _separated_stamp(line, before)) or not first_written_date(
        line[date.start() :], month_first
    ):
        return None
    name = before.strip(" ,|•·-–—/")
    return name if _stamp_name(name) else None


def _name_before_parts(line: str, month_first: bool) -> str | None:
    """The name opening a stamp printed as parts between separators, when the next part is a
    date (after a label at most) or a reading time ("by Daniel Gibson | Mar 11, 2023 | Brakes",
    "David Hartshorne • Updated on Jul 4, 2024 • 28 min read"); or closing one that opens
    with the date ("December 15, 2025 · 30 min · Ash Vardanian")."""
    parts = _STAMP_PARTS.split(line)
    if len(parts) < 2:
        return None
    if is_date_line(parts[0], month_first):  # the date first, the name last ("December 15, 2025 · 30 min · Ash Vardanian")
        name = parts[-1]
        return name if _stamp_name(name) else None
    if not (is_date_line(parts[1], month_first) or is_reading_time(parts[1])):
        return None
    name = parts[0][by.end() :] if (by := _LEADING_BY.match(parts[0])) else parts[0]
    return name if _stamp_name(name) else None


def _opening_date_end(line: str) -> int | None:
    """Where the date opening `line` (after a label at most: "Posted on") ends, or None when
    the line does not open so."""
    label = STAMP_LABEL.match(line)  # (it matches the empty string at least)
    date = DATE_START.match(line, label.end()) if label else None
    if date is None or (end := date_end(line, date.start())) == date.start():
        return None  # (a date pattern matched there: its calendar check is the date reader's)
    return end


def _name_after_date(line: str) -> str | None:
    """The name printed after the date opening a stamp line ("Dec 26, 2025 • Jane Doe in News",
    "Dec 17, 2025 Jane Doe"), when the line opens with the date (after a label at most)."""
    if (end := _opening_date_end(line)) is None:
        return None
    after = _AFTER_DATE.match(line, end)
    name = after["name"].strip(" ,|•·-–—") if after else ""
    return name if name and _stamp_name(name) else None


def _line_under_date(window: list[str], k: int) -> int:
    """The index of the line under the date line `window[k]`, past a lone separator line."""
    return k + 1 + (k + 2 < len(window) and _LONE_SEPARATOR.fullmatch(window[k + 1]) is not None)


def _name_under_date(window: list[str], k: int) -> str | None:
    """The name on the line under the date line `window[k]` (past a lone separator line), when
    that line holds a label and the date alone."""
    line = window[k]
    if (end := _opening_date_end(line)) is None or end < len(line.rstrip(" ,|•·-–—")):
        return None
    under = _line_under_date(window, k)
    if under + 1 < len(window) and window[under + 1] == ",":
        return None  # "December 18, 2025" / "Nonessential Thoughts" / "," / "Technology": the post's categories
    after = _AFTER_DATE.match(window[under])
    name = " ".join(after["name"].split()).strip(" ,|•·-–—") if after else ""
    return name if name and _stamp_name(name) and not is_navigation_line(name) else None


def stamp_byline(
    texts: list[str],
    title_line: int,
    month_first: bool,
    end: int | None = None,
    over_date: bool = True,
    above: bool = True,
    under_date: bool = False,
) -> list[str]:
    """Names after "by" in a dated line under the headline ("Posted on May 3, 2024 by Jane Doe"),
    else a name opening a stamp of parts (`_name_before_parts`), else a name printed before the date on such a line ("Jane Doe March 3, 2024"), else a name
    on a line of its own over a date line.  Only lines holding a year are read as dated (every
    date holds one); a window without one is not read at all.  Slashed dates are read month
    first when `month_first` (as `dates.numeric_date`).  Lines from `end` on are not read;
    with `over_date` False a name alone over a date line is not taken, with `above` False the
    lines over `title_line` are not read.  With `under_date` (HTML mode, whose lines are its
    elements' texts) a name on the line under a date line is read too (`_name_under_date`)."""
    window = texts[title_line + 1 : min(title_line + 1 + STAMP_SEARCH_LINES, len(texts) if end is None else end)]
    names = _names_in_window(window, month_first, over_date, under_date)
    if not names and above and title_line > 0:  # a stamp over the headline ("Jane Doe October 14, 2025" / headline)
        above_lines = texts[max(0, title_line - STAMP_LINES_ABOVE) : title_line]
        names = _names_in_window(above_lines, month_first, over_date=False, under_date=under_date)
    return names


def _names_in_window(window: list[str], month_first: bool, over_date: bool = True, under_date: bool = False) -> list[str]:
    with_years = with_a_year(window)
    if not with_years:
        return _name_over_reading_time(window, month_first) if over_date else []
    dated = [k in with_years and len(line) <= MAX_STAMP_LINE_CHARS for k, line in enumerate(window)]
    long_stamps = [
        f"{line} {window[k + 1]}" if k + 1 < len(window) and _ENDING_BY.search(line) else line
        for k, line in enumerate(window) if k in with_years and len(line) <= MAX_BY_STAMP_LINE_CHARS
    ]  # fmt: skip
    if names := _names_in_long_stamps(long_stamps, month_first):
        return names
    for line in compress(window, dated):
        if (before_date := _name_before_date(line, month_first)) is not None:
            return clean_author_names(before_date)
    for line in compress(window, dated):
        if (after_date := _name_after_date(line)) is not None:
            return clean_author_names(after_date)
    for k in compress(range(len(window) - 1), dated if under_date else []):
        if (name := _name_under_date(window, k)) is not None:
            return clean_author_names(name)
    for k in compress(
        range(1, min(len(window), NAME_OVER_DATE_LINES + 1)), dated[1 : NAME_OVER_DATE_LINES + 1] if over_date else []
    ):
        line, following = window[k - 1], window[k]
        if not is_date_line(following, month_first):
            continue  # "Jane Doe March 3, 2024" under a thread's title: a post's stamp, the title no name
        if is_navigation_line(line):
            continue
        if _stamp_name(line) or _joined_names(line):
            return clean_author_names(line)
        if (name := _name_then_role(line)) is not None:
            return clean_author_names(name)
    return _name_over_reading_time(window, month_first) if over_date else []


# A name and the writer's role run on with no comma between ("Richard Adams Education editor" /
# "Mon 20 Jan 2020 06.05 GMT"; "Jessica Elgot Chief political correspondent"): the role is its
# first word capitalised, the rest in lower case, with a role word (`ROLE_WORDS`); the name the
# capitalised words before it.
_RUN_ON_ROLE = re.compile(r"(?P<name>.+?)\s+(?P<role>[^\W\d_][^\W\d_A-Z]*(?:\s+[^\W\dA-Z][\w-]*){1,3})")
MAX_RUN_ON_ROLE_CHARS = 80  # a name and a role; a longer line is a sentence (and the regex is not run on it)


def _name_then_role(line: str) -> str | None:
    """The name opening `line` when a role follows it (`_RUN_ON_ROLE`), else None."""
    if len(line) > MAX_RUN_ON_ROLE_CHARS or (match := _RUN_ON_ROLE.fullmatch(line.strip())) is None or not ROLE_WORDS.search(match["role"]):
        return None
    return match["name"] if _stamp_name(match["name"]) and not ROLE_WORDS.search(match["name"]) else None


def _joined_names(line: str) -> bool:
    """Whether `line` is two or more names joined ("Julia Carrie Wong and Sam Levin"), each
    name-shaped (`_stamp_name`)."""
    names = byline_names(line)
    return len(names) >= 2 and all(map(_stamp_name, names))


# Text mode: a name on the line under a date line opening the lines under the headline (one
# line, a standfirst, between them at most), the story's first sentence under the name ("July 5,
# 2025" / "Madison Green" / "What You Should Expect to Pay …").  Read after every other byline
# form: under a date, a line is a category as often ("October 26, 2025" / "UX Analytics"), and a
# category is followed by more of the page's furniture, seldom by the story.
OPENING_DATE_LINES = 2
MIN_STORY_LINE_WORDS = 8
_COUNT_LABEL = re.compile(r"\b(?:no|\d+)\s+(?:comments?|replies|responses)\b", re.I)  # "No Comments" is no name


def name_under_opening_date(texts: list[str], title_line: int, month_first: bool) -> list[str]:
    """The name under a date line among the OPENING_DATE_LINES lines under the headline, a
    line of MIN_STORY_LINE_WORDS words at least (or nothing) under it."""
    window = texts[title_line + 1 : title_line + 3 + OPENING_DATE_LINES]
    for k in with_a_year(window[:OPENING_DATE_LINES]):
        if k + 1 >= len(window) or (name := _name_under_date(window, k)) is None or _COUNT_LABEL.search(name):
            continue
        under = _line_under_date(window, k)
        if under + 1 >= len(window) or len(window[under + 1].split()) >= MIN_STORY_LINE_WORDS:
            return clean_author_names(name)
    return []


def _names_in_long_stamps(lines: list[str], month_first: bool) -> list[str]:
    """Names after "by" in a dated line, else the name opening a stamp of parts, among `lines`
    (those up to MAX_BY_STAMP_LINE_CHARS long)."""
    for line in lines:
        if "(@" in line and EMBED_SIGNATURE.search(line):
            continue  # "A post shared by Spice Girls (@spicegirls) on Jun 16, 2019": an embedded post's
        lowered = line.lower()
        match = _BY_IN_STAMP.search(line) if any(word in lowered for word in BY_WORDS) and first_written_date(line, month_first) else None
        if match and (match[0][:2].lower() == "by" or match["names"][0].isupper()) and (names := byline_names(match["names"]) or one_name(match["names"])):
            return [n for name in names for n in clean_author_names(name)]
    for line in lines:
        if (first_part := _name_before_parts(line, month_first)) is not None:
            return clean_author_names(first_part)
    return []


def is_date_line(line: str, month_first: bool) -> bool:
    """Whether `line` is a date after a label at most ("Posted March 3, 2024"): no name before it."""
    if (date := DATE_START.search(line)) is None or STAMP_LABEL.fullmatch(line[: date.start()]) is None:
        return False
    return first_written_date(line[date.start() :], month_first) is not None


# A name on a line of its own over a reading time ("Trevor Jackins" / "9 min read"), or over a
# day without its year and then a reading time ("Kalyn Keen" / "Jun 9" / "5 min read": blog
# engines print the current year's dates so, or a relative day: "2 days ago"): a byline stamp
# whose date, if any, holds no year, among the NAME_OVER_DATE_LINES lines under the headline.
# The reading time says it is a stamp (a section label over a date reads like a name; over a
# reading time it is seldom printed).  With a day between them the name may be one word
# ("Gabo" / "Jan 23" / "11 min read", "Stefan" / "March 5, 2026" / "9 min read": `byline.one_name`;
# WCXB text author +3, HTML author +2, none invented).
_YEARLESS_DATE = re.compile(rf"(?:{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\.?\s+{MONTH_WORD})", re.I)


_RELATIVE_DAY = re.compile(r"\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|yesterday|today", re.I)


def _name_over_reading_time(window: list[str], month_first: bool) -> list[str]:
    """The name on a line of its own over a reading time, a day (yearless, relative or a date
    line) between them at most."""
    reading = [is_reading_time(line) for line in window[: NAME_OVER_DATE_LINES + 2]]  # most windows hold none
    if not any(reading):
        return []
    for k in range(min(len(window) - 1, NAME_OVER_DATE_LINES)):
        if not (reading[k + 1] or (k + 2 < len(reading) and reading[k + 2])):
            continue
        day = window[k + 1].strip()
        between = k + 2 < len(window) and (_YEARLESS_DATE.fullmatch(day) is not None or _RELATIVE_DAY.fullmatch(day) is not None
                                           or is_date_line(day, month_first))  # fmt: skip
        under = k + 1 + between
        if not reading[under] or is_navigation_line(window[k]):
            continue
        if _stamp_name(window[k]) or (between and one_name(window[k])):
            return clean_author_names(window[k])
    return []


# A stamp saying the page was changed (`dates.UPDATE_WORD`), alone on its line ("Updated Dec. 23,
# 2024, 1:24 PM EST", "Last modified: 3 March 2024") or after the publication stamp ("Published
# March 3, 2025 · Updated March 5, 2025"): the date written after the word is the modified one.


def update_stamp(lines: list[str], headline_at: int, month_first: bool) -> str | None:
    """The date written after an update word (`UPDATE_WORD`) on the first stamp line under the
    headline that has one, among the STAMP_SEARCH_LINES lines under it."""
    window = lines[headline_at + 1 : headline_at + 1 + STAMP_SEARCH_LINES]
    for line in map(window.__getitem__, with_a_year(window)):
        if len(line) <= MAX_STAMP_LINE_CHARS and (word := UPDATE_WORD.search(line)) and (found := first_written_date(line[word.end() :], month_first)):
            return found
    return None

