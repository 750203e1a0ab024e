"""Teaser `<article>` lists beside the headline's `<article>` (`extract/teasers.py`)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from copydesk.extract.page import parse_page
from copydesk.extract.segment import Segmentation, TextBlock

teasers = importlib.import_module("copydesk.extract.teasers")

STORY = "Only those who care for themselves can care well for someone else, and " * 4
TEASER = "Another post about patience and the calm that comes from waiting in queues."


def _teaser_list(n: int = 3) -> str:
    return "<section>" + "".join(f"<article><h2>Post {i}</h2><p>{TEASER} {i}</p></article>" for i in range(n)) + "</section>"


Rule = Callable[[Segmentation, list[TextBlock]], list[TextBlock]]


def _kept_by(rule: Rule, html: str) -> list[str]:
    """The texts of a page's blocks that `rule` (one of `extract.teasers`' cuts) keeps."""
    seg = parse_page(html).seg
    return [b.text for b in rule(seg, list(seg.blocks))]


def _kept(html: str) -> list[str]:
    return _kept_by(teasers.outside_teaser_articles, html)


def test_teasers_beside_the_headline_article_go() -> None:
    kept = _kept(f"<html><body><article><h1>Loving yourself</h1><p>{STORY}</p></article>{_teaser_list()}</body></html>")
    assert kept == ["Loving yourself", STORY.strip()]


def test_a_header_card_article_leaves_the_story_in_its_list() -> None:
    """The headline's <article> holds no paragraph: the story is elsewhere, nothing goes."""
    html = f"<html><body><article><h1>Loving yourself</h1><p>By Ana Lima</p></article>{_teaser_list()}</body></html>"
    assert len(_kept(html)) == 2 + 2 * 3


def test_articles_inside_the_headline_article_stay() -> None:
    """Readers' comments as <article> elements nested in the story's own (the HTML spec's example)."""
    html = f"<html><body><article><h1>Loving yourself</h1><p>{STORY}</p>{_teaser_list()}</article></body></html>"
    assert len(_kept(html)) == 2 + 2 * 3


def test_a_single_other_article_is_not_a_list() -> None:
    """A recipe's method in a second <article> after the one with its headline and intro."""
    html = f"<html><body><article><h1>Sourdough</h1><p>{STORY}</p></article><article><p>{TEASER}</p></article></body></html>"
    assert len(_kept(html)) == 3


def test_no_headline_no_cut() -> None:
    html = f"<html><body><article><h2>Loving yourself</h2><p>{STORY}</p></article>{_teaser_list()}</body></html>"
    assert len(_kept(html)) == 2 + 2 * 3


def test_empty_and_huge_pages() -> None:
    """No blocks at all; and a page of 3,000 teaser articles, read in bounded time."""
    assert _kept("<html><body></body></html>") == []
    html = f"<html><body><article><h1>Loving yourself</h1><p>{STORY}</p></article>{_teaser_list(3000)}</body></html>"
    assert _kept(html) == ["Loving yourself", STORY.strip()]


EXCERPT = "PORTSMOUTH: The harbour council on Tuesday approved a new ferry timetable that adds two early crossings and moves the last service to..."


def _ticker(n: int, headline: str = "Harbour council approves new ferry timetable", excerpt: str = EXCERPT) -> str:
    return "<ul>" + "".join(f'<li><a href="/n/{i}">{headline} {i}</a> <span>{excerpt}</span></li>' for i in range(n)) + "</ul>"


def _without_truncated(html: str) -> list[str]:
    return _kept_by(teasers.without_truncated_teasers, html)


def test_a_ticker_of_cut_off_excerpts_goes() -> None:
    kept = _without_truncated(f"<html><body>{_ticker(3)}<p>{STORY}</p></body></html>")
    assert kept == [STORY.strip()]


def test_two_cut_off_items_are_not_a_list() -> None:
    assert len(_without_truncated(f"<html><body>{_ticker(2)}<p>{STORY}</p></body></html>")) == 3


def test_items_that_end_in_a_sentence_or_open_on_a_short_link_stay() -> None:
    """A story's own list items: whole sentences; or a short link ("Google") before a text cut off."""
    whole = _ticker(4, excerpt="The council approved the new timetable on Tuesday.")
    short_link = _ticker(4, headline="Google", excerpt="free certificates on Android development, Google Cloud…")
    for items in (whole, short_link):
        assert len(_without_truncated(f"<html><body>{items}<p>{STORY}</p></body></html>")) == 5


def test_an_item_all_link_is_no_teaser() -> None:
    """The excerpt is the teaser's own text beside its headline link: a link alone is a plain link list."""
    html = "<ul>" + "".join(f'<li><a href="/n/{i}">{EXCERPT}</a></li>' for i in range(4)) + "</ul>"
    assert len(_without_truncated(f"<html><body>{html}</body></html>")) == 4


def _without_shouted(html: str) -> list[str]:
    return _kept_by(lambda seg, blocks: teasers.without_shouted_links(blocks), html)


def test_links_in_capitals_go_and_other_lines_stay() -> None:
    html = (
        f"<html><body><p>{STORY}</p>"
        '<p><a href="/s">STORM THAT WRECKED THE PIER WAS THE WORST IN FIFTY YEARS</a></p>'  # a related story: goes
        "<h2>THE STORM OF THE CENTURY</h2>"  # a heading in capitals, not a link: stays
        '<p><a href="/home">HOME PAGE</a></p>'  # a short label: stays
        '<p><a href="/s">Storm That Wrecked The Pier Was The Worst In Fifty Years</a></p>'  # title case: stays
        '<p>NASA SAID THE LAUNCH <a href="/l">WAS DELAYED AGAIN</a> BY WIND</p>'  # capitals, half a link: stays
        "</body></html>"
    )
    kept = _without_shouted(html)
    assert "STORM THAT WRECKED THE PIER WAS THE WORST IN FIFTY YEARS" not in kept
    assert kept == [STORY.strip(), "THE STORM OF THE CENTURY", "HOME PAGE",
                    "Storm That Wrecked The Pier Was The Worst In Fifty Years", "NASA SAID THE LAUNCH WAS DELAYED AGAIN BY WIND"]  # fmt: skip


def test_cut_off_and_shouted_rules_on_empty_and_huge_pages() -> None:
    """No blocks at all; and 5,000 ticker items and 5,000 capitalised links, read in bounded time."""
    assert _without_truncated("<html><body></body></html>") == []
    assert _without_shouted("<html><body></body></html>") == []
    assert _without_truncated(f"<html><body>{_ticker(5000)}<p>{STORY}</p></body></html>") == [STORY.strip()]
    links = "".join(f'<p><a href="/s/{i}">STORM THAT WRECKED THE PIER NUMBER {i}</a></p>' for i in range(5000))
    assert _without_shouted(f"<html><body><p>{STORY}</p>{links}</body></html>") == [STORY.strip()]


def test_a_side_column_beside_the_headline_article_goes_and_one_inside_it_stays() -> None:
    """`outside_side_columns`: a live ticker's dispatches in an `<aside>` after the story's
    `<article>` go; a fact box set in `<aside>` inside the story stays."""
    ticker = f"<aside class='sidebar'><ul><li><p>{TEASER} One.</p></li><li><p>{TEASER} Two.</p></li></ul></aside>"
    box = f"<aside><p>{TEASER} Box.</p></aside>"
    long_story = STORY * 2  # HOME_STORY_CHARS: a story's text
    html = f"<html><body><article><h1>Loving yourself</h1><p>{long_story}</p>{box}</article>{ticker}</body></html>"
    assert _kept_by(teasers.outside_side_columns, html) == ["Loving yourself", long_story.strip(), f"{TEASER} Box."]
    short = html.replace(f"<p>{long_story}</p>", "<p>By Ana Lima</p>")  # a header card: the story is elsewhere
    assert len(_kept_by(teasers.outside_side_columns, short)) == 5
    no_article = html.replace("<article>", "<div>").replace("</article>", "</div>")
    assert len(_kept_by(teasers.outside_side_columns, no_article)) == 5
