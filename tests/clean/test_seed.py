"""Golden test: the founding seed page (copied from ../shared/seed) yields every expected fact.

expected.json's field names are the seed's own; this test maps them onto the
Article record: paragraphs -> body blocks, captions -> captions (text, credit),
related -> related titles, media -> media (kind, title), dateline -> dateline.place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import copydesk
from copydesk.model import BlockKind

SEED = Path(__file__).parents[1] / "text_pages" / "seed-global-news"
EXPECTED = json.loads((SEED / "expected.json").read_text())


@pytest.fixture(scope="module")
def article() -> copydesk.Article:
    return copydesk.clean((SEED / "input.txt").read_text())


def test_title(article: copydesk.Article) -> None:
    assert article.title == EXPECTED["title"]


def test_dateline(article: copydesk.Article) -> None:
    assert article.dateline is not None
    assert article.dateline.place == EXPECTED["dateline"]


def test_paragraphs_exactly(article: copydesk.Article) -> None:
    assert [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH] == EXPECTED["paragraphs"]


def test_caption_once_with_credit(article: copydesk.Article) -> None:
    assert [(c.text, c.credit) for c in article.captions] == [(c["text"], c["credit"]) for c in EXPECTED["captions"]]


def test_related_titles(article: copydesk.Article) -> None:
    assert [r.title for r in article.related] == EXPECTED["related"]


def test_media(article: copydesk.Article) -> None:
    assert [(m.kind, m.title) for m in article.media] == [(m["kind"], m["title"]) for m in EXPECTED["media"]]


def test_no_boilerplate_left(article: copydesk.Article) -> None:
    kept = [article.title or "", article.text, *(c.text for c in article.captions)]
    for line in EXPECTED["boilerplate"]:
        assert not any(line in field for field in kept), line


def test_every_removed_line_has_a_reason(article: copydesk.Article) -> None:
    assert article.removed
    assert all(r.reason and ":" in r.reason for r in article.removed)
    assert {r.reason for r in article.removed} >= {"boilerplate:ad", "boilerplate:subscribe", "furniture:related",
                                                   "furniture:media", "furniture:caption"}


def test_wire_agency_from_the_photo_credit(article: copydesk.Article) -> None:
    assert article.wire_agency == "The Canadian Press"
