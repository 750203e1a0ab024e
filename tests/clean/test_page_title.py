"""Text mode reads the title from the page's <title>, which a crawler's rendering prints first
("Headline | Site"): the headline printed again over the story, else the first line with its
site name cut (`clean/title.py`)."""

from __future__ import annotations

import importlib

import pytest

import copydesk
from copydesk.clean.lines import label_lines
from copydesk.model import PageType
from tests.clean.bridge_story import STORY as BRIDGE_STORY
from tests.clean.bridge_story import page

pipeline = importlib.import_module("copydesk.clean.pipeline")
lines = importlib.import_module("copydesk.clean.lines")
STORY = BRIDGE_STORY[:3]  # three paragraphs: the cases were measured on these
MENU = ["Valley News", "Home", "Local", "Sport", "Weather", "Subscribe"]


def test_the_headline_over_the_story_is_the_title_not_the_site_name_line() -> None:
    """The site name prints as a logo line too, but the last part of a <title> is the site
    name's place: the headline line wins, and neither leaves its text in the body."""
    headline = "Why did the council vote to replace the bridge?"
    article = copydesk.clean(page(f"{headline} - Valley News", *MENU, headline, *STORY))
    assert article.title == headline
    assert headline not in article.text


def test_without_a_headline_line_the_first_line_loses_its_site_name() -> None:
    article = copydesk.clean(page("Council votes to replace the old river bridge | Valley News", *MENU, *STORY))
    assert article.title == "Council votes to replace the old river bridge"
    assert "Valley News" not in article.text


def test_the_longest_part_printed_again_wins() -> None:
    """A section name is a part of the <title> printed as its own line too; the headline,
    longer, is the title."""
    headline = "Council votes to replace the old river bridge"
    article = copydesk.clean(page(f"Local news - {headline} - Valley News", *MENU, headline, "Local news", *STORY))
    assert article.title == headline


def test_of_two_prints_the_one_next_to_the_story_is_the_title_line() -> None:
    """A headline in a breadcrumb trail at the top and over the story: the second is the
    title line, so the menu between them is not read as the story's opening."""
    headline = "Council votes to replace the old river bridge"
    labelled = label_lines(page(f"{headline} | Valley News", headline, *MENU, headline, *STORY))
    assert labelled.title == headline
    assert labelled.labels.index("title") == 2 + len(MENU)


def test_leading_furniture_is_not_the_title() -> None:
    """Copied text that opens with an ad label and the headline (the seed's shape)."""
    article = copydesk.clean(page("Story continues below advertisement", "Council votes to replace the old river bridge", *STORY))
    assert article.title == "Council votes to replace the old river bridge"


def test_a_one_word_first_line_leaves_the_title_to_the_line_shapes() -> None:
    """No <title> line: the longest headline-shaped line before the first sentence."""
    text = page("Archive", "Local", "Council votes to replace the old river bridge", *STORY)
    assert copydesk.clean(text).title == "Council votes to replace the old river bridge"


def test_a_navigation_label_first_is_not_the_title() -> None:
    text = page("Skip to content", "Council votes to replace the old river bridge", *STORY)
    assert copydesk.clean(text).title == "Council votes to replace the old river bridge"


def test_a_first_line_ending_a_sentence_is_text_not_the_title() -> None:
    article = copydesk.clean(page("The council met on Monday to vote on the bridge.", *STORY))
    assert article.title != "The council met on Monday to vote on the bridge."


def test_a_headline_holding_a_separator_is_found_whole() -> None:
    """'Headline – ‘Quote’ | Section | Site': the headline is the <title>'s first two parts."""
    headline = "Third case of plague in the north – ‘The plague is coming’"
    article = copydesk.clean(page(f"{headline} | Science | News | Valley News", "Science", *MENU, headline, *STORY))
    assert article.title == headline


def test_a_headline_shaped_title_loses_a_dangling_separator() -> None:
    """A first line saying a furniture word ("Subscription") is read as a headline-shaped line,
    not as the `<title>`: its dangling site-name separator goes all the same."""
    assert copydesk.clean(page("The 16 Best Clothing Subscription Boxes in 2025 |", *STORY)).title == "The 16 Best Clothing Subscription Boxes in 2025"


def test_a_page_title_saying_a_furniture_word_is_still_the_title() -> None:
    """"Subscription" or "newsletter" in a `<title>` line: the line is the page's title; a short
    furniture line ("Advertisement") above it is still skipped."""
    text = page("Advertisement", "How to write a good newsletter with AI | MarTech", *STORY)
    assert copydesk.clean(text).title == "How to write a good newsletter with AI"


def test_a_page_title_ending_in_a_full_stop_after_its_site_name() -> None:
    """"… - Acme, Inc." or a tagline after the site name ends in "." and is still a `<title>`;
    a first line that is a sentence without a separator is not one."""
    assert copydesk.clean(page("Survival Guide to SysV Init - JF Possibilities, Inc.", *STORY)).title == "Survival Guide to SysV Init"
    assert copydesk.clean(page("Here are the six types of HR outsourcing.", *STORY)).title != "Here are the six types of HR outsourcing."


def test_a_headline_worded_apart_from_the_page_title_is_the_title() -> None:
    """The <title> and the headline over the story are often worded apart; the headline line
    sharing most of the title's words, just over the story, is the title (and the line the
    byline is read under)."""
    headline = "How the council came to vote for a new river bridge in Valley"
    text = page("Council votes for a new river bridge | Valley News", *MENU, headline, "By Jane Doe", *STORY)
    article = copydesk.clean(text)
    assert article.title == headline
    assert article.authors == ["Jane Doe"]


def test_a_line_sharing_too_few_of_the_titles_words_is_not_taken_for_it() -> None:
    text = page("Council votes for a new river bridge | Valley News", *MENU, "Our newsroom's weekly picks for you", *STORY)
    assert copydesk.clean(text).title == "Council votes for a new river bridge"


def test_a_page_typed_other_than_an_article_keeps_its_page_title(monkeypatch: pytest.MonkeyPatch) -> None:
    """A service page's slogan over its text shares the <title>'s words as often; the gold
    takes the <title> there (WCXB text title: 12 pages more right with the page type read)."""
    headline = "Custom college admission plans and packages for every student"
    text = page("College Admission Plans & Packages | Prep Co", *MENU, headline, *STORY)
    # the lines' title as the rules read it, whatever the ranker (`clean.headline`) would take
    monkeypatch.setattr(lines, "ranked_title", lambda *_args, found, **_kwargs: found[1:])
    monkeypatch.setattr(pipeline, "classify_text", lambda *_args: PageType.SERVICE)
    assert copydesk.clean(text, page_type=True).title == "College Admission Plans & Packages"
    monkeypatch.setattr(pipeline, "classify_text", lambda *_args: PageType.ARTICLE)
    assert copydesk.clean(text, page_type=True).title == headline
    monkeypatch.setattr(pipeline, "classify_text", lambda *_args: PageType.FORUM)
    assert copydesk.clean(text, page_type=True).title == headline  # a thread's title is its headline too
