"""The page-type model's hand-made features (`extract/pagetype.py`)."""

from __future__ import annotations

import importlib

import pytest

import copydesk
from copydesk.extract.page import parse_page
from copydesk.model import PageType

pagetype = importlib.import_module("copydesk.extract.pagetype")  # `copydesk.extract` is also the function
WE = pagetype.FEATURE_NAMES.index("we_per_100_words")


def _features(body: str) -> list[float]:
    return pagetype.page_features(parse_page(f"<html><body><main>{body}</main></body></html>"), None)  # type: ignore[no-any-return]


def test_first_person_plural_words_are_counted_per_100_words() -> None:
    # 20 words, of which "We", "our", "We're" and "us" speak for the company: 4 per 20 words.
    body = "<p>We build bridges for our clients across the region. We're proud of every span. Call us today for a quote.</p>"
    assert _features(body)[WE] == pytest.approx(100 * 4 / 20)


def test_words_that_only_hold_we_or_us_do_not_count() -> None:
    body = "<p>The weather in Houston was wet, and users welcomed the ourselves-free rules of the USSR.</p>"
    assert _features(body)[WE] == 0.0


BEST = pagetype.FEATURE_NAMES.index("best_share")
PROSE = "<p>" + "A sentence of the story, with a comma, runs on for a while here. " * 4 + "</p>"


def test_best_share_is_the_text_share_of_the_page_s_best_container() -> None:
    # a story holding all the page's text, against the same story beside as much text in a sidebar
    def best_share(body: str) -> float:
        return pagetype.page_features(parse_page(f"<html><body>{body}</body></html>"), None)[BEST]  # type: ignore[no-any-return]

    story = f"<article>{PROSE * 6}</article>"
    sidebar = "<aside>" + "".join(f"<div class='teaser'><section>{PROSE}</section></div>" for _ in range(6)) + "</aside>"
    assert best_share(story) > 0.95
    assert 0.3 < best_share(story + sidebar) < 0.7


def test_best_share_of_a_page_without_blocks_is_zero() -> None:
    assert _features("")[BEST] == 0.0


def test_an_error_page_is_recognised_by_its_title_and_little_text() -> None:
    assert pagetype.is_error_page(("Page not found | Valley News",), ["Sorry, this page has moved."])
    assert pagetype.is_error_page((None, "404 - Seite nicht gefunden"), [])
    story = ["word"] * (pagetype.MAX_ERROR_PAGE_WORDS + 1)
    assert not pagetype.is_error_page(("Page not found | Valley News",), story)  # a story about such pages
    assert not pagetype.is_error_page(("Council delays budget vote", None), ["Sorry, this page has moved."])


def test_cleaning_an_error_pages_text_drops_it() -> None:
    text = "Page not found\n\nSorry, the page you are looking for does not exist or has been moved.\n\nReturn to the homepage"
    article = copydesk.clean(text)
    assert (article.drop_reason, article.text) == ("extract:error_page", "")


JSONLD_ARTICLE = pagetype.FEATURE_NAMES.index("jsonld_article")


@pytest.mark.parametrize("kind", ["NewsArticle", "OpinionNewsArticle", "LiveBlogPosting", "BackgroundNewsArticle", "ReviewNewsArticle"])
def test_every_kind_of_story_in_json_ld_reads_as_an_article(kind: str) -> None:
    script = f'<script type="application/ld+json">{{"@type": "{kind}", "headline": "A story"}}</script>'
    page = parse_page(f"<html><head>{script}</head><body><main>{PROSE}</main></body></html>")
    assert pagetype.page_features(page, None)[JSONLD_ARTICLE] == 1.0


def test_a_product_in_json_ld_is_no_article() -> None:
    script = '<script type="application/ld+json">{"@type": "Product", "name": "A lamp"}</script>'
    page = parse_page(f"<html><head>{script}</head><body><main>{PROSE}</main></body></html>")
    assert pagetype.page_features(page, None)[JSONLD_ARTICLE] == 0.0


def test_cjk_characters_weigh_as_latin_text_does_in_the_size_features() -> None:
    # a Chinese paragraph of 120 characters says what ~360 Latin characters say: a long block
    paragraph = "<p>" + "市议会周二晚上投票决定推迟预算表决。" * 7 + "</p>"
    features = pagetype.page_features(parse_page(f"<html><body><main>{paragraph * 3}</main></body></html>"), None)
    names = pagetype.FEATURE_NAMES
    assert features[names.index("long_block_share")] == 1.0
    # 126 characters, 119 of them ideographs ("。" is punctuation): 126 + 2 * 119 a block
    assert features[names.index("avg_block_chars")] == pytest.approx(126 + 2 * 119)
    assert pagetype.is_cjk_text("市议会周二晚上投票决定推迟预算表决。") and not pagetype.is_cjk_text("The council voted. 東京")


def test_hidden_panels_read_by_the_walk_are_left_out_of_the_page_features() -> None:
    """The walk reads a hidden tab's or accordion's panel as content (`segment.is_disclosure_panel`),
    but the page-type model was trained without them: its row is the row of the page without the
    panels, but for the best container's share (a block feature over all the blocks)."""
    story = "".join(f"<p>Paragraph {i} of the story, with words enough to be running text for the features.</p>" for i in range(6))
    panels = (
        '<div role="tabpanel" hidden><ul><li>Specs: 40 litres</li><li><a href="/x">Weight 1.1 kg</a></li></ul></div>'
        '<div class="accordion__panel" style="display:none"><p>Does it fit a plane? We say yes, for us and you.</p></div>'
    )
    with_panels, without = _features(story + panels), _features(story)
    best = pagetype.FEATURE_NAMES.index("best_share")
    assert [v for i, v in enumerate(with_panels) if i != best] == [v for i, v in enumerate(without) if i != best]
    page = parse_page(f"<html><body><main>{story}{panels}</main></body></html>")
    assert len(page.seg.revealed) == 2 and "Specs: 40 litres" in page.seg.texts  # the panels are read all the same


def test_a_page_declaring_one_news_story_is_an_article() -> None:
    """A paywalled story under menus and link lists reads as a listing to the model; its JSON-LD
    NewsArticle says what it is (newspaper4k's held-out Japanese page).  A list of stories, or
    two of them, says nothing of the kind."""
    from copydesk.extract.pagetype import declares_one_news_story
    from tests.extract.markup import jsonld_script

    menus = "".join(f"<ul>{''.join(f'<li><a href=/s{i}{k}>Section {i} story {k}</a></li>' for k in range(12))}</ul>" for i in range(8))
    story = "<h1>Summit talks stall</h1><p>The two leaders met for an hour on Tuesday and agreed on nothing.</p>"
    news = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Summit talks stall"}
    page = f"<html><head>{jsonld_script(news)}</head><body>{menus}<article>{story}</article>{menus}</body></html>"
    bare = page.replace(jsonld_script(news), "")
    assert copydesk.extract(bare).page_type is not PageType.ARTICLE  # what the model reads from the menus
    assert copydesk.extract(page).page_type is PageType.ARTICLE
    assert declares_one_news_story([news])
    assert not declares_one_news_story([news, {**news, "headline": "Another"}])
    assert not declares_one_news_story([news, {"@type": "ItemList"}])
    assert not declares_one_news_story([{"@type": "Article"}])  # stamped on every page by site plugins


def test_a_page_declaring_one_forum_thread_is_a_forum() -> None:
    """A DiscussionForumPosting or QAPage declared once (Stack Exchange's, Discourse's) is a thread."""
    from copydesk.extract.pagetype import FORUM_THREAD_TYPES, declares_one
    from tests.extract.markup import jsonld_script

    menus = "".join(f"<ul>{''.join(f'<li><a href=/s{i}{k}>Section {i} story {k}</a></li>' for k in range(12))}</ul>" for i in range(8))
    body = f"{menus}<h1>Router drops the connection</h1><p>It drops every hour since the update.</p>{menus}"
    thread = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Router drops the connection"}
    page = f"<html><head>{jsonld_script(thread)}</head><body>{body}</body></html>"
    assert copydesk.extract(f"<html><body>{body}</body></html>").page_type is not PageType.FORUM  # what the model reads
    assert copydesk.extract(page).page_type is PageType.FORUM
    assert declares_one([{"@type": "QAPage"}], FORUM_THREAD_TYPES)
    assert not declares_one([thread, {"@type": "ItemList"}], FORUM_THREAD_TYPES)
