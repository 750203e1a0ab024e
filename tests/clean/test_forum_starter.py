"""Text mode's forum thread starter (`clean.forum.first_post`): each engine's first-post header."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import copydesk
from copydesk.clean.forum import first_post
from copydesk.model import PageType

pipeline = importlib.import_module("copydesk.clean.pipeline")


def thread_starter(texts: list[str]) -> list[str]:
    """`first_post`'s starter alone."""
    return first_post(texts)[0]


MENU = ["Forums", "New posts", "Search forums", "What's new", "Log in", "Register"]
REPLY = "I had the same problem last year and the fix was to reinstall the driver, then reboot twice before trying again."


@pytest.mark.parametrize(
    ("header", "starter"),
    [
        (["How to fix my router?", "Thread starter", "Thread starter felixen", "Start date", "Start date Jul 5, 2024"], "felixen"),
        (["How to fix my router?", "Thread starter Chris Hall", "Start date Sep 21, 2024"], "Chris Hall"),  # XenForo
        (["How to fix my router?", "Discussion in ' Hosting Advice ' started by pelex, May 26, 2025.", "pelex"], "pelex"),
        (["How to fix my router?", "Started by Biology Forums, June 04, 2024, 11:23:55 AM"], "Biology Forums"),  # SMF
        (["How to fix my router?", "Help", "DaleJack September 5, 2024, 11:15pm 1"], "DaleJack"),  # Discourse
        (["How to fix my router?", "networking", "amondale (Amondale) November 8, 2024, 7:33pm 1"], "amondale"),
        (["How to fix my router?", "exercise", "hayley.p 2 May 2025 18:48 1"], "hayley.p"),
        (["How to fix my router?", "Need2KnowLion 2 years ago #1"], "Need2KnowLion"),  # GameFAQs
        (["How to fix my router?", "Switch to Threaded Mode", "11-29-2024, 09:03 AM #1", "HOSTLAR", "View Profile"], "HOSTLAR"),
        (["How to fix my router?", "Pages: 1", "#1 2025-11-01 15:14:37", "chunix64", "Member"], "chunix64"),  # FluxBB
        (["How to fix my router?", "Share", "asked Mar 28, 2014 at 11:38", "drat", "1,655 1 1 gold badge"], "drat"),  # Stack Exchange
        (["16 posts • Page 1 of 1", "b.scherer", "Posts: 2", "Joined: Sun Dec 17, 2023 11:18 am", "How to fix my router?"], "b.scherer"),
        (["How to fix my router?", "Post by galitsyn » 11. Sep 2024, 18:36"], "galitsyn"),  # phpBB
        (["How to fix my router?", "Fitzg | Posted in General Discussion on February 24, 2006 02:01am"], "Fitzg"),
        (["How to fix my router?", "J", "JWoodguy13 Discussion starter", "28 posts · Joined 2023"], "JWoodguy13"),
        (["Go to technology", "r/technology •", "ControlCAD", "How to fix my router?"], "ControlCAD"),  # Reddit
        (["How to fix my router?", "submitted 17 hours ago by InsaneSnow45", "47 comments"], "InsaneSnow45"),
        (["3", "4", "Next", "galitsyn", "Posts: 138", "How to fix my router?"], "galitsyn"),  # a pager's "Next" is no name
    ],
)
def test_each_engines_first_post_header_names_the_starter(header: list[str], starter: str) -> None:
    assert thread_starter([*MENU, *header, REPLY, REPLY]) == [starter]


@pytest.mark.parametrize(
    "lines",
    [
        [*MENU, "How to fix my router?", REPLY, REPLY],  # no header at all
        [*MENU, "Thread starter", "Original Poster", REPLY],  # a label over a label names no one
        [*MENU, "Registered User", "Posts: 12", REPLY],  # a rank over the counts
        [*MENU, "Her new book sold out in a week, 1", REPLY],  # a sentence ending in 1 with no date
        [*MENU, "asked a question", "drat", REPLY],  # "asked" with no date
        [*MENU, "11-29-2024, 09:03 AM #1", "This reply runs on for more than a few words and is no name at all", REPLY],
    ],
)
def test_lines_that_only_look_like_a_header_name_no_one(lines: list[str]) -> None:
    assert thread_starter(lines) == []


def test_the_first_header_in_the_page_is_the_starters() -> None:
    lines = [*MENU, "How to fix my router?", "DaleJack September 5, 2024, 11:15pm 1", REPLY, "Thiago_M September 6, 2024, 1:55pm 2", REPLY]
    assert thread_starter(lines) == ["DaleJack"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=30))
def test_any_lines_give_at_most_one_short_name(lines: list[str]) -> None:
    found = thread_starter(lines)
    assert len(found) <= 1 and all(0 < len(name) <= 60 for name in found)


def test_huge_and_binary_text_is_read_in_bounded_lines() -> None:
    assert thread_starter(["x" * 1_000_000] * 3 + ["\x00\xff"] * 10_000) == []
    assert thread_starter(["Thread starter " + "a" * 100_000]) == []


def test_a_forum_thread_cleaned_as_text_is_authored_by_its_starter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before session 47 text mode named 11 of WCXB's 102 forum pages' starters: no first-post
    header was read, and a "Posted by" reply's byline was taken where one stood.  (The page
    type is the text model's: set here, the reader is what is tested.)"""
    replies = "\n\n".join(f"user{i} September {i + 6}, 2024, 1:55pm {i + 2}\n\n{REPLY}" for i in range(6))
    text = (
        "Home Assistant Community\n\nHow to fix my router after the 2024.5 update?\n\nConfiguration\n\n"
        f"raoul (raoul) May 3, 2024, 8:45am 1\n\nI have just installed version 2024.5.0 and the router stopped answering.\n\n{replies}"
    )
    monkeypatch.setattr(pipeline, "classify_text", lambda *_args: PageType.FORUM)
    article = copydesk.clean(text, page_type=True)
    assert article.page_type is PageType.FORUM
    assert article.authors == ["raoul"] and article.authors_source == "forum_post"
    monkeypatch.setattr(pipeline, "classify_text", lambda *_args: PageType.ARTICLE)
    assert copydesk.clean(text, page_type=True).authors_source != "forum_post"  # an article's author is its byline's


@pytest.mark.parametrize(
    ("header", "started"),
    [
        (["How to fix my router?", "Help", "DaleJack September 5, 2024, 11:15pm 1"], "2024-09-05"),  # on the header's line
        (["How to fix my router?", "Thread starter felixen", "Start date", "Start date Jul 5, 2024"], "2024-07-05"),  # under it
        (["How to fix my router?", "Share", "asked Jul 18, 2024 at 4:39", "user447274"], "2024-07-18"),
        (["b.scherer", "Posts: 2", "Joined: Sun Dec 17, 2020 11:18 am", "How to fix my router?", "Sun Dec 17, 2023 11:23 am"], "2023-12-17"),
        (["Outer Armatonisdaristan", "Senator", "Posts: 4032", "Founded: Dec 11, 2021", "Reply with quote", "How to fix my router?",
          "by Outer Armatonisdaristan » Tue Aug 27, 2019 1:47 am"], "2019-08-27"),  # the member's founding day passed over
        (["How to fix my router?", "Thread starter beijingwalker", "Start date Yesterday at 4:25 AM"], None),  # no day written
        (["How to fix my router?", "Mod Sharon", "Posts: 3", "28/11/2025 at 7:07 pm"], "2025-11-28"),  # day first where month first cannot be
    ],
)
def test_the_first_posts_header_dates_the_thread(header: list[str], started: str | None) -> None:
    assert first_post([*MENU, *header, REPLY, REPLY])[1] == started


def test_a_forum_thread_cleaned_as_text_is_dated_by_its_first_post(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first post's header date over the address's ("/t/2024-4-4-2024-5-0-issue/7" read as 4 April)."""
    text = f"Home Assistant Community\n\nUpgrade issue\n\nraoul (raoul) May 3, 2024, 8:45am 1\n\n{REPLY}\n\nbob May 4, 2024, 9:00am 2\n\n{REPLY}"
    monkeypatch.setattr(pipeline, "classify_text", lambda *_args: PageType.FORUM)
    article = copydesk.clean(text, url="https://community.example.org/t/2024-4-4-2024-5-0-issue/7", page_type=True)
    assert article.published == "2024-05-03"
