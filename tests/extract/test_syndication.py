"""A republished story's credit line: the outlet that first published it and the original's address."""

from __future__ import annotations

import time

import pytest

import copydesk
from copydesk.extract.syndication import credited_outlet

STORY = "".join(
    f"<p>Paragraph {n} of the story says what happened in the town this week, and who said what about it.</p>" for n in range(5)
)


def page(closing: str, head: str = "") -> str:
    return f"<html><head><title>A story</title>{head}</head><body><article><h1>A story about the town</h1>{STORY}{closing}</article></body></html>"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("This article was originally published by Futurism. Read the original article.", "Futurism"),
        ("Originally published on Live Science.", "Live Science"),
        ("This article is republished from The Conversation under a Creative Commons license.", "The Conversation"),
        ("This article originally appeared on USA TODAY: https://www.usatoday.com/story/x", "USA TODAY"),
        ("“This story was originally published by Grist on Nov. 3, 2024.", "Grist"),
        ("Editor's note: This story was first published by The Texas Tribune, a nonprofit newsroom.", "The Texas Tribune"),
        ("This story about tutoring was produced by The Hechinger Report, a nonprofit news organization.", "The Hechinger Report"),
        ("A version of this story first appeared in The Atlantic.", "The Atlantic"),
        ("Republished with permission from CalMatters.", "CalMatters"),
        ("This post first appeared on Stateline and is republished here under a Creative Commons license.", "Stateline"),
        ("This story was originally published by St. Louis Public Radio.", "St. Louis Public Radio"),
        ("Dieser Artikel erschien zuerst bei Spektrum.de.", "Spektrum.de"),
        ("Cet article est republié à partir de The Conversation sous licence Creative Commons.", "The Conversation"),
        ("Este artículo fue publicado originalmente en The Conversation.", "The Conversation"),
    ],
)
def test_a_credit_line_names_the_outlet(line: str, outlet: str) -> None:
    assert credited_outlet(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Originally published in March 2022. Last updated on December 20, 2024.",  # dates, not outlets
        "This page was originally published on Wednesday, March 2, 2022.",
        "This blog post was originally published on the 21st of June 2017 and updated on the 18th of July 2025.",
        "First published on November 19, 2019 / 8:16 AM",
        "It first appeared in 2014, when families fleeing the war gathered at the border.",
        "Cases of the virus first appeared in West Michigan at the end of August.",  # news, inside a sentence
        "This post originally appeared on our blog.",
        "The story was first published in 1843 by Charles Dickens.",
        "Originally published by " + "Word " * 2000,  # a long paragraph is no credit line
    ],
)
def test_no_outlet_where_the_line_dates_the_story_or_tells_news(line: str) -> None:
    assert credited_outlet(line) is None


def test_the_link_to_the_original_article_is_its_address() -> None:
    article = copydesk.extract(page(
        '<p>This article is republished from <a href="https://outlet.test/">The Desk</a> under a Creative Commons '
        'license. Read the <a href="https://outlet.test/2025/story-123">original article</a>.</p>'
    ))  # fmt: skip
    assert (article.syndicated_from, article.original_url) == ("The Desk", "https://outlet.test/2025/story-123")
    assert "This article is republished from The Desk" in article.text  # the credit stays the story's


def test_a_link_on_the_outlets_name_is_the_original_only_with_a_path() -> None:
    on_story = copydesk.extract(page('<p>This story was originally published by <a href="https://outlet.test/2025/story-9">The Desk</a>.</p>'))
    on_home = copydesk.extract(page('<p>This story was originally published by <a href="https://outlet.test/">The Desk</a>.</p>'))
    assert (on_story.syndicated_from, on_story.original_url) == ("The Desk", "https://outlet.test/2025/story-9")
    assert (on_home.syndicated_from, on_home.original_url) == ("The Desk", None)  # the outlet's home page


def test_syndication_meta_gives_the_original_but_not_the_page_itself() -> None:
    meta = '<meta name="syndication-source" content="https://outlet.test/2025/story-9">'
    assert copydesk.extract(page("", meta), url="https://paper.test/a").original_url == "https://outlet.test/2025/story-9"
    assert copydesk.extract(page("", meta), url="https://outlet.test/2025/story-9").original_url is None
    assert copydesk.extract(page("", '<meta name="original-source" content="1">')).original_url is None  # no address


def test_an_unsyndicated_story_has_neither() -> None:
    article = copydesk.extract(page("<p>Reporting by Jane Doe; editing by John Roe.</p>"))
    assert (article.syndicated_from, article.original_url) == (None, None)


def test_text_mode_reads_the_credit_and_a_printed_address() -> None:
    text = (
        "A story about the town\n\nBy Jane Doe\n\n"
        + "\n\n".join(f"Paragraph {n} of the story says what happened in the town this week, and who said it." for n in range(5))
        + "\n\nThis article originally appeared on USA TODAY: https://www.usatoday.com/story/news/2025/01/01/town/1234/"
    )
    article = copydesk.clean(text)
    assert (article.syndicated_from, article.original_url) == ("USA TODAY", "https://www.usatoday.com/story/news/2025/01/01/town/1234/")


def test_many_links_and_a_long_credit_stay_bounded() -> None:
    links = "".join(f'<a href="https://outlet.test/{n}">The Desk</a> ' for n in range(20_000))
    started = time.perf_counter()
    article = copydesk.extract(page(f"<p>This story was originally published by The Desk.</p><div>{links}</div>"))
    assert article.syndicated_from == "The Desk"
    assert time.perf_counter() - started < 30  # generous: a hang would take far longer


def test_a_feeds_footer_names_the_site_the_post_was_copied_from() -> None:
    footer = ('<p>The post <a href="https://blog.test/2025/03/bridge-plan/">Council funds the bridge plan</a> appeared first on '
              '<a href="https://blog.test/">The Bridge Blog</a>.</p>')  # fmt: skip
    article = copydesk.extract(page(footer))
    assert (article.syndicated_from, article.original_url) == ("The Bridge Blog", "https://blog.test/2025/03/bridge-plan/")
    own = copydesk.extract(page(footer, '<meta property="og:site_name" content="The Bridge Blog">'))
    assert (own.syndicated_from, own.original_url) == (None, None)  # printed on the site's own post


def test_a_licence_link_is_no_original() -> None:
    line = ('<p>This article is republished from <a href="https://outlet.test/">The Desk</a> under a '
            '<a href="https://creativecommons.org/licenses/by-nd/4.0/">Creative Commons license</a>.</p>')  # fmt: skip
    article = copydesk.extract(page(line))
    assert (article.syndicated_from, article.original_url) == ("The Desk", None)


def test_a_link_to_the_pages_own_site_is_no_original() -> None:
    footer = '<p>The post <a href="https://aggregator.test/frame?post=9">Council funds the bridge plan</a> appeared first on The Bridge Blog.</p>'
    article = copydesk.extract(page(footer), url="https://aggregator.test/blogs/bridge-blog/9")
    assert (article.syndicated_from, article.original_url) == ("The Bridge Blog", None)


def test_the_line_printed_on_the_original_sites_own_page_names_no_copy() -> None:
    # Live Science prints "Originally published on Live Science." under its own stories too (the
    # line its copies carry); on www.livescience.com the page is the original
    line = "<p>Originally published on Live Science.</p>"
    assert copydesk.extract(page(line), url="https://www.livescience.com/some-story.html").syndicated_from is None
    assert copydesk.extract(page(line), url="https://www.yahoo.test/news/some-story.html").syndicated_from == "Live Science"
