"""A forum thread's starter, read from its scraped text.

HTML mode asks the first post's user-name element (`byline.forum_poster`); scraped text
keeps only what the engines print over each post, and each prints its first post's
header its own way.  The shapes read here, each a general engine convention, never a
site's:

* a label naming the starter: "Thread starter jdoe", "Topic Author" / "jdoe",
  "Started by Jane Doe, June 04, 2024", "Discussion in 'Help' started by jdoe, May 26, 2025."
  (XenForo, phpBB, SMF);
* the first post's header ending in its number, 1: "jdoe September 5, 2024, 11:15pm 1",
  "jdoe (Jane) November 8, 2024, 7:33pm 1", "jdoe 2 years ago #1" (Discourse, GameFAQs);
* a dated line marking post #1 with the poster's name on the next line: "11-29-2024,
  09:03 AM #1" / "jdoe", "#1 2025-11-01 15:14:37" / "jdoe" (vBulletin, FluxBB);
* a question's "asked Feb 11, 2011 at 23:49" with the asker's name under it (Stack Exchange);
* a name over its poster's counts: "jdoe" / "Posts: 138" or "Joined: …" (phpBB, MyBB, FluxBB);
* a community's name line with the poster's under it: "r/technology •" / "jdoe", and
  "submitted 17 hours ago by jdoe" (Reddit).

The first of these in the page names the starter; a name must read as a user name or a
person's (`_poster`), not as a rank or a button ("Member", "View Profile", "Next").  Read
on pages typed as forums only (`pipeline._cleaned_text`), whose author is the starter as
in HTML mode.  WCXB text mode: forum pages' author right 11 -> 77 of 102 (author overall
286 -> 352 of 672), none wrong that was right, five forum pages given their starter where
the gold names no author.
"""

from __future__ import annotations

import re

from copydesk.extract.dates import first_written_date, first_written_date_at
from copydesk.extract.metadata import HANDLE, clean_author_names
from copydesk.extract.patterns import collapsed

MAX_STARTER_LINES = 400  # the first post's header is printed near the top (menus included)
MAX_POSTER_CHARS = 60  # a longer "name" is a sentence
MAX_POSTER_WORDS = 4

# A label naming the thread's starter, the name after it on the line or on the next one.
_STARTER_LABEL = re.compile(
    r"^(?:thread starter|topic starter|topic author|original poster|started by|discussion starter)\s*:?\s*(?P<name>.*)$", re.I
)
# The label after the name: "jdoe Discussion starter" (a forum's first-post badge).
_STARTER_BADGE = re.compile(r"^(?P<name>\S{2,40}) (?:discussion starter|thread starter|original poster|topic starter)$", re.I)
# phpBB's post header, "Post by jdoe » 11. Sep 2024, 18:36"; a post's "jdoe | Posted in General on …".
_POST_BY = re.compile(r"^(?:post )?by (?P<name>.{2,60}?) »", re.I)
_NAME_POSTED = re.compile(r"^(?P<name>[^|]{2,40}) \| posted\b", re.I)
# A name is cut where a date or a place follows it ("Jane Doe, June 04, 2024", "jdoe on 07/03/24").
_AFTER_POSTER = re.compile(r",\s|\s+(?:on|in|at|·|•|\|)\s")
# "Discussion in 'Help' started by jdoe, May 26, 2025." (the name inside a sentence-like line)
_STARTED_BY = re.compile(r"\bstarted by (?P<name>[^,]{1,60}),\s", re.I)
_SUBMITTED_BY = re.compile(r"^submitted\b.{1,40}?\bby (?P<name>\S{2,40})", re.I)
# The first post's header ending in its number: "jdoe September 5, 2024, 11:15pm 1".
_NUMBERED_HEADER = re.compile(r"^(?P<name>\S{2,40}(?: \([^()]{1,40}\))?) (?P<stamp>.{4,60}?)\s+#?1$")
_AGO = re.compile(r"\bago\b", re.I)
# A line marking the first post ("#1", "# 1"), dated: the poster's name is on the next line.
_FIRST_POST_MARK = re.compile(r"(?:^|\s)#\s?1(?:\s|$)")
_ASKED = re.compile(r"^asked\s+\S.{2,40}$", re.I)
_POSTER_COUNTS = re.compile(r"^(?:posts|messages|joined|join date|registered)\s*:", re.I)
_PROFILE_LINE = re.compile(r"^(?:posts|messages|joined|join date|registered|founded|member since|location)\b\s*:?", re.I)  # the member's
COUNTS_LOOKAHEAD = 2  # a rank or title may stand between the name and its counts ("Member", "Senator")
_COMMUNITY = re.compile(r"^r/\w+\s*•?$")
_DISPLAY_NAME = re.compile(r"^(?P<handle>\S+) \([^()]{1,40}\)$")  # "amondale (Amondale)": the handle
# What stands where a poster's name would and is none: ranks, buttons, status.
NOT_POSTERS = frozenset({
    "member", "new member", "junior member", "senior member", "registered user", "guest", "moderator", "administrator",
    "admin", "staff", "view profile", "quote", "reply", "share", "follow", "offline", "online", "op", "report", "like",
    "next", "previous", "prev", "top", "back to top", "thank you", "thanks", "unread", "locked", "sticky", "register",
    "log in", "login", "sign in", "sign up", "search",
})  # fmt: skip


def _poster(text: str) -> str | None:
    """`text` as a poster's name: a user name ("jdoe", "user3080392", "hayley.p") or a short
    name ("Chris Hall"), a display name in brackets after a handle dropped; None otherwise."""
    text = collapsed(text).strip(" ,|•·:")
    if (display := _DISPLAY_NAME.match(text)) is not None:
        text = display["handle"]
    if not text or len(text) > MAX_POSTER_CHARS or text.casefold() in NOT_POSTERS:
        return None
    if " " not in text:
        return text if HANDLE.fullmatch(text) else None
    if len(text.split()) > MAX_POSTER_WORDS or any(ch.isdigit() for ch in text):
        return None
    names = clean_author_names(text)
    return names[0] if len(names) == 1 else None


def _date_either_way(text: str, month_first: bool) -> str | None:
    """The first date `text` holds, its slashed digits read as `month_first` says, else the other way."""
    return first_written_date(text, month_first) or first_written_date(text, not month_first)


def _dated(text: str) -> bool:
    """Whether `text` holds a date, its slashed digits read either way."""
    return _date_either_way(text, True) is not None


def _named_after_label(line: str, following: str) -> str | None:
    found = _STARTER_LABEL.match(line)
    if found is None:
        return None
    if not found["name"]:  # the label alone: the name on the next line, maybe under the label again
        again = _STARTER_LABEL.match(following)
        if again is not None:
            return _poster(again["name"]) if again["name"] else None
        return _poster(following)
    return _poster(_AFTER_POSTER.split(found["name"], maxsplit=1)[0])


def _line_starter(lines: list[str], i: int) -> str | None:
    """The starter line `i` names (with the line after it), else None."""
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if (name := _named_after_label(line, following)) is not None:
        return name
    if (inside := _STARTER_BADGE.match(line) or _POST_BY.match(line) or _NAME_POSTED.match(line) or _STARTED_BY.search(line) or _SUBMITTED_BY.match(line)) is not None:
        return _poster(inside["name"])
    if (header := _NUMBERED_HEADER.match(line)) is not None and (_AGO.search(header["stamp"]) or _dated(header["stamp"])):
        return _poster(header["name"])
    if ((_FIRST_POST_MARK.search(line) or _ASKED.match(line)) and _dated(line)) or _COMMUNITY.match(line):
        return _poster(following)
    return None


# The first post's date: on its header's line, else on a line of its own among the next few
# ("Start date Jul 5, 2024" under XenForo's starter; phpBB's "Sun Dec 17, 2023 11:23 am" under the
# poster's counts and the post's subject), a label before it at most; a poster's "Joined: …"
# is the member's, not the post's.
FIRST_POST_DATE_LINES = 5
_DATE_LINE_LABEL = re.compile(r"^(?:start date|started|posted|date)?\s*:?\s*", re.I)
MAX_DATE_OFFSET = 5  # a weekday may open a date line ("Sun Dec 17, 2023")


def _line_date(line: str, month_first: bool) -> str | None:
    """The date `line` opens with (after a label at most), its slashed digits read as
    `month_first` says, else the other way."""
    rest = line[_DATE_LINE_LABEL.match(line).end() :]  # type: ignore[union-attr]  # (it matches the empty string)
    for order in (month_first, not month_first):
        if (found := first_written_date_at(rest, order)) is not None and found[1] <= MAX_DATE_OFFSET:
            return found[0]
    return None


def _header_date(lines: list[str], i: int, month_first: bool) -> str | None:
    """The first post's date, its header found at line `i`: the first date on that line, else
    the first line among the FIRST_POST_DATE_LINES under it that is a date (a poster's counts
    passed over)."""
    if (on_line := _date_either_way(lines[i], month_first)) is not None:
        return on_line
    for line in lines[i + 1 : i + 1 + FIRST_POST_DATE_LINES]:
        if _PROFILE_LINE.match(line):
            continue
        if _POST_BY.match(line):  # the post's own header under its poster's box: "by jdoe » Tue Aug 27, 2019"
            return _date_either_way(line, month_first)
        if (found := _line_date(line, month_first)) is not None:
            return found
    return None


def first_post(texts: list[str], month_first: bool = True) -> tuple[list[str], str | None]:
    """The thread's starter, as the first post's header names it (the module's shapes), and the
    date that header gives (None where it gives none: "Yesterday at 4:25 AM"); ([], None) when
    no line reads so.  Read from the page's top (not from the title's line: Discourse prints the
    title again further down, phpBB the first poster's name and counts over the post's subject
    line).  Slashed dates read as `month_first` says, else the other way ("28/11/2025")."""
    lines = [collapsed(text) for text in texts[:MAX_STARTER_LINES]]
    for i, line in enumerate(lines):
        if not line:
            continue
        if (name := _line_starter(lines, i)) is not None:
            return [name], _header_date(lines, i, month_first)
        for k in range(i + 1, min(i + 1 + COUNTS_LOOKAHEAD, len(lines))):
            if _POSTER_COUNTS.match(lines[k]) and (name := _poster(line)) is not None:
                return [name], _header_date(lines, k, month_first)
    return [], None
