"""A page's title given apart from its scraped text (`clean(..., title=...)`, a JSONL record's
"title"): read as the <title> line a crawler's rendering prints over the page, so the headline
is found by it and the cuts under it hold (`pipeline._with_given_title`)."""

from __future__ import annotations

import importlib

import copydesk
from tests.clean.bridge_story import HEADLINE, STORY, page

pipeline = importlib.import_module("copydesk.clean.pipeline")
TEASERS = ["Parking fees rise again in the town centre", "School term dates for next year announced",
           "Flower show returns to the park this summer", "New bakery opens on the high street today"]  # fmt: skip
BODY = page("Sign In", "Home", "Local", "Sport", "Newsletters", "Latest stories", *TEASERS, HEADLINE, *STORY)


def test_the_given_title_finds_the_headline_in_a_body_without_one() -> None:
    """Without it the menu's first line ("Sign In") is no title (`clean.headline` ranks the lines
    that may be, and nothing tells the headline from the teasers over it); with the page's
    <title> ("Headline | Site") the headline printed over the story is found, and leaves the text."""
    assert copydesk.clean(BODY).title in (*TEASERS, HEADLINE)
    given = copydesk.clean(BODY, title=f"{HEADLINE} | Valley News")
    assert given.title == HEADLINE
    assert given.text.startswith(STORY[0]) and HEADLINE not in given.text


def test_a_text_opening_with_its_title_is_read_as_it_is() -> None:
    text = page(f"{HEADLINE} | Valley News", "Home", "Local", HEADLINE, *STORY)
    assert pipeline._with_given_title(text, f"{HEADLINE}  |  valley news") == text
    assert copydesk.clean(text, title=f"{HEADLINE} | Valley News").to_dict() == copydesk.clean(text).to_dict()
    assert copydesk.clean(text, title=HEADLINE).title == HEADLINE  # printed over it: the same headline


def test_an_empty_or_overlong_title_is_not_printed() -> None:
    assert pipeline._with_given_title(BODY, "  ") == BODY
    assert pipeline._with_given_title(BODY, "word " * 400) == BODY
    assert pipeline._with_given_title(BODY, "A  headline\nbroken") == f"A headline broken\n\n{BODY}"


def test_a_markdown_text_is_headed_by_the_given_title() -> None:
    """A Markdown rendering opening on its menu's links: the title is printed over it, as a
    reader service's envelope title is (`markdown.with_title_line`)."""
    markdown = "\n".join(["* [Home](/)", "* [Local](/local)", "* [Sport](/sport)", "", f"## {HEADLINE}", "", *[f"{p}\n" for p in STORY]])
    assert copydesk.clean(markdown, title=f"{HEADLINE} | Valley News").title == HEADLINE


def test_a_binary_or_huge_title_neither_breaks_nor_stalls_the_cleaning() -> None:
    """A title field holding control characters, or megabytes, is read or left aside in bounded
    time: the story is cleaned all the same."""
    for title in ("\x00\x01\ufffe" * 10, "x" * 20_000_000):
        article = copydesk.clean(BODY, title=title)
        assert article.drop_reason is None and article.text.startswith(STORY[0])
