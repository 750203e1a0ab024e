"""Text mode's page type (`clean.pagetype`) and the facts it withholds."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import copydesk
from copydesk.clean.forum import first_post
from copydesk.clean.pagetype import TEXT_FEATURE_NAMES, _url_path, text_page_features
from copydesk.clean.pipeline import clean_lines
from copydesk.config import FilterConfig
from copydesk.model import Document, PageType, Source
from copydesk.run.steps import KeepWhere
from tests.clean.bridge_story import HEADLINE, STORY

SEED = Path(__file__).parents[1] / "text_pages" / "seed-global-news" / "input.txt"
pipeline = importlib.import_module("copydesk.clean.pipeline")


def test_the_seed_story_is_an_article_and_a_crawl_can_keep_articles() -> None:
    """Every text record's type was "other", so ``--page-type article`` dropped them all."""
    article = copydesk.clean(SEED.read_text(encoding="utf-8"), page_type=True)
    assert article.page_type is PageType.ARTICLE
    assert KeepWhere(FilterConfig(page_types=("article",))).reason(Document(Source(kind="text"), article=article)) is None


def test_features_are_named_and_finite_for_any_text() -> None:
    for text in (SEED.read_text(encoding="utf-8"), "x", "Add to cart\n$5.00\n" * 50):
        article, labelled = clean_lines(text, "https://shop.example.com/products/kettle-2?x=1")
        row = text_page_features(text, labelled, article)
        assert len(row) == len(TEXT_FEATURE_NAMES)
        assert all(value == value and abs(value) < float("inf") for value in row)


@pytest.mark.parametrize("url", ["https://x.com/a/B/c?q=1#f", "http://x.com", "", "https://x.com?q=/a", "https://x.com/a#b/c",
                                 "https://user@x.com:80/p/q.html;x", "https://x.com#/a"])  # fmt: skip
def test_the_url_path_is_urlsplits(url: str) -> None:
    from urllib.parse import urlsplit

    assert _url_path(url) == urlsplit(url).path.lower()


STAMPED = "\n\n".join([HEADLINE, "By Jane Doe", "Published March 3, 2024", *STORY])


@pytest.mark.parametrize(("page_type", "kept"), [(PageType.ARTICLE, True), (PageType.FORUM, True), (PageType.PRODUCT, False),
                                                 (PageType.SERVICE, False)])  # fmt: skip
def test_a_product_or_service_page_has_no_date_or_byline_of_its_own(
    monkeypatch: pytest.MonkeyPatch, page_type: PageType, kept: bool
) -> None:
    """As in HTML mode: a date or "by" printed on a product, collection or service page is a
    review's, an item's, a brand's (on the validation split: invented dates 32 -> 20 pages, no
    right date lost)."""
    monkeypatch.setattr(pipeline, "classify_text", lambda *_: page_type)
    article = copydesk.clean(STAMPED, page_type=True)
    assert article.page_type is page_type
    assert (article.published == "2024-03-03") is kept
    assert (article.authors == ["Jane Doe"]) is kept


THREAD = "\n".join([
    "Home", "Forums", "Gaming Hangouts", "Log in", "Register", "Search",
    "What was the first game you finished twice?", "Thread starter TissueBox", "Start date Mar 27, 2025",
    "TissueBox", "Member", "Oct 25, 2017", "13,539", "#1",
    ("I was thinking about this last night while clearing out old cartridges from the attic, and realised that the first "
     "game I ever finished twice was a racing game my uncle gave me one summer, long before I owned a console of my own."),
    "What was yours, and why did you go back to it?",
    "Poltergust", "Member", "Mar 27, 2025", "#2", "Probably the first Zelda on the handheld.",
    "I played it again on every long car trip.",
    "BassForever", "Member", "Mar 27, 2025", "#3", "Same here, it was always the one in my bag.",
    "Ripper", "Member", "Mar 27, 2025", "#4", "A puzzle game with a cat in it, I think.",
    "Reply", "Share", "Terms and rules", "Privacy policy",
])  # fmt: skip


@pytest.mark.parametrize(("page_type", "kept"), [(PageType.FORUM, True), (PageType.ARTICLE, False)])
def test_a_forum_keeps_its_short_replies(monkeypatch: pytest.MonkeyPatch, page_type: PageType, kept: bool) -> None:
    """A reply of one short sentence is content on a forum's page; under an article it is the
    line model's to judge (`lines.FORUM_SENTENCE_THRESHOLD`)."""
    monkeypatch.setattr(pipeline, "classify_text", lambda *_: page_type)
    article = copydesk.clean(THREAD, page_type=True)
    assert article.page_type is page_type
    assert "last night while clearing out old cartridges" in article.text
    assert ("Probably the first Zelda on the handheld." in article.text) is kept


def test_a_forum_is_labelled_again_from_its_first_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second labelling of a text typed a forum reuses the first's lines and line-model
    scores (`lines.LineScan`), and what it gives is what a fresh forum labelling gives: the
    furniture records are the relabelling's own copies, so the first article's repairs in
    place do not reach them."""
    monkeypatch.setattr(pipeline, "classify_text", lambda *_: PageType.FORUM)
    scans = []
    scan_lines = pipeline.scan_lines
    monkeypatch.setattr(pipeline, "scan_lines", lambda text: scans.append(text) or scan_lines(text))
    text = f"{THREAD}\nWATCH: The cartridge attic \u2014 Mar 27, 2025\nClick to play video: 'The cartridge attic'"
    article = copydesk.clean(text, page_type=True)
    assert len(scans) == 1
    fresh, labelled = clean_lines(text, None, forum=True)
    expected = {**fresh.to_dict(), "page_type": "forum"}
    starter, started = first_post(labelled.texts, fresh.language in pipeline.MONTH_FIRST_LANGUAGES)
    if starter:  # a forum's author is its starter, its date the first post's (test_forum_starter)
        expected.update(authors=starter, authors_source="forum_post")
    if started:
        expected.update(published=started, published_source="text")
    assert article.to_dict() == expected
    scan = scan_lines(text)
    first, second = pipeline.label_scan(scan), pipeline.label_scan(scan, forum=True)
    assert first.media and first.media == second.media and first.media[0] is not second.media[0]


def test_a_listing_keeps_its_byline_but_not_its_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "classify_text", lambda *_: PageType.LISTING)
    article = copydesk.clean(STAMPED, page_type=True)
    assert article.published is None
    assert article.authors == ["Jane Doe"]


def test_cleaning_without_the_page_type_leaves_it_other_and_the_rest_alone() -> None:
    """The page is typed when asked (it costs a third of cleaning's time)."""
    text = SEED.read_text(encoding="utf-8")
    typed, untyped = copydesk.clean(text, page_type=True), copydesk.clean(text)
    assert untyped.page_type is PageType.OTHER
    assert {**typed.to_dict(), "page_type": "other"} == untyped.to_dict()


def test_a_crawl_run_types_text_pages(tmp_path: Path) -> None:
    from copydesk.config import ExtractConfig
    from copydesk.run.steps import Extract

    doc = Document(Source(kind="text"))
    doc.content = SEED.read_bytes()
    done = Extract(ExtractConfig(), 10.0).process(doc)
    assert done.article is not None and done.article.page_type is PageType.ARTICLE
