"""Teaser `<article>` lists beside the headline's `<article>` (`extract/teasers.py`)."""

from __future__ import annotations

import importlib

from copydesk.extract.page import parse_page

teasers = importlib.import_module("copydesk.extract.teasers")

STORY = "Only those who care for themselves can care well for someone else, and " * 4
TEASER = "Another post about patience and the calm that comes from waiting in queues."


def _teaser_list(n: int = 3) -> str:
    return "<section>" + "".join(f"<article><h2>Post {i}</h2><p>{TEASER} {i}</p></article>" for i in range(n)) + "</section>"


def _kept(html: str) -> list[str]:
    seg = parse_page(html).seg
    return [b.text for b in teasers.outside_teaser_articles(seg, list(seg.blocks))]


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
