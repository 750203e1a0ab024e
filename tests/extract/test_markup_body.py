"""The JSON-LD articleBody standing for a page that prints less of the story (`markup_body`)."""

from __future__ import annotations

import json

import copydesk
from copydesk.extract.markup_body import MIN_BODY_WORDS, body_paragraphs, markup_body_blocks, story_body
from copydesk.model import Block, BlockKind

STORY = [f"Paragraph {i} of the council story says the budget vote moved to spring after a long debate." for i in range(12)]
BODY = "\n\n".join(STORY)


def _printed(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text) for text in texts]


def test_the_body_stands_for_a_page_printing_its_start() -> None:
    blocks = markup_body_blocks([{"@type": "NewsArticle", "articleBody": BODY}], _printed(STORY[0], STORY[1]))
    assert blocks is not None and [b.text for b in blocks] == STORY


def test_the_body_stands_for_a_page_printing_nothing() -> None:
    blocks = markup_body_blocks([{"articleBody": BODY}], [])
    assert blocks is not None and len(blocks) == len(STORY)


def test_a_page_printing_most_of_the_story_keeps_its_blocks() -> None:
    assert markup_body_blocks([{"articleBody": BODY}], _printed(*STORY[:7])) is None


def test_a_body_of_another_story_is_not_taken() -> None:
    other = _printed("Firefighters in the valley spent the night guarding farmhouses from a grass fire.")
    assert markup_body_blocks([{"articleBody": BODY}], other) is None


def test_a_summary_is_no_story() -> None:
    summary = " ".join(["word"] * (MIN_BODY_WORDS - 1))
    assert markup_body_blocks([{"articleBody": summary}], []) is None


def test_only_article_bodies_are_read() -> None:
    assert story_body([{"text": BODY}, {"reviewBody": BODY}, {"articleBody": ["not", "a", "string"]}]) == ""
    assert story_body([{"articleBody": "short"}, {"articleBody": BODY}]) == BODY
    assert story_body([{"articleBody": BODY}, {"articleBody": BODY}]) == BODY  # one story given twice


def test_a_listing_of_stories_has_no_one_body() -> None:
    other = BODY.replace("council", "school board")
    assert story_body([{"articleBody": BODY}, {"articleBody": other}]) == ""
    assert markup_body_blocks([{"articleBody": BODY}, {"articleBody": other}], []) is None


def test_html_in_the_body_gives_its_paragraphs() -> None:
    body = "<p>First &amp; foremost.</p><p>Second<br>line <a href='/x'>linked</a>.</p><h2>Then</h2>"
    assert body_paragraphs(body) == ["First & foremost.", "Second", "line linked.", "Then"]


def test_a_flat_body_is_one_paragraph() -> None:
    assert body_paragraphs("  One   story\twith no breaks.  ") == ["One story with no breaks."]


def test_extract_marks_where_the_text_came_from() -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Budget vote moves", "articleBody": BODY})
    page = f'<html><head><script type="application/ld+json">{ld}</script></head><body><div id="app"></div></body></html>'
    article = copydesk.extract(page, url="https://example.org/news/budget-vote")
    assert (article.text_source, article.page_type.value, article.drop_reason) == ("jsonld", "article", None)
    assert article.text == BODY
    printed = copydesk.extract("<html><body><article><p>" + "</p><p>".join(STORY) + "</p></article></body></html>")
    assert printed.text_source is None
