"""Article pages keep a block on a higher bar than other pages (`ExtractConfig.article_threshold`)."""

from __future__ import annotations

import importlib

import pytest

from copydesk.config import ExtractConfig
from copydesk.model import PageType

pipeline = importlib.import_module("copydesk.extract.pipeline")

STORY = [f"Paragraph {i} of the story says in a full sentence what the council decided on Tuesday night." for i in range(4)]
TEASER = "More from the city desk: the budget vote, the bridge works and the new bus timetable explained."
HTML = "<html><body>" + "".join(f"<p>{text}</p>" for text in STORY) + f"<div><p>{TEASER}</p></div></body></html>"


def _text(monkeypatch: pytest.MonkeyPatch, page_type: PageType, teaser_score: float) -> str:
    """Extract with the story's blocks scored 0.9 and the teaser `teaser_score`, on a page of `page_type`."""
    monkeypatch.setattr(pipeline, "classify_page", lambda page, url: page_type)
    monkeypatch.setattr(pipeline, "score_blocks", lambda rows: [0.9] * len(STORY) + [teaser_score])
    config = ExtractConfig(threshold=0.5, article_threshold=0.55, article_run_penalty=0)  # the bar alone, block by block
    return pipeline.extract(HTML, config=config).text


def test_a_borderline_block_is_dropped_on_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pipeline.extract(HTML).text.count("Paragraph") == len(STORY)  # the page segments as assumed
    assert TEASER not in _text(monkeypatch, PageType.ARTICLE, 0.52)


def test_a_borderline_block_is_kept_on_other_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    assert TEASER in _text(monkeypatch, PageType.FORUM, 0.52)


def test_a_confident_block_is_kept_on_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert TEASER in _text(monkeypatch, PageType.ARTICLE, 0.6)
