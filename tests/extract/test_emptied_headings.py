"""A heading over a box of links for other stories, left when the box's links go (`teasers.without_emptied_headings`)."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.extract.page import parse_page
from copydesk.extract.teasers import without_emptied_headings

PARAGRAPHS = (
    "The council voted on Thursday to fund the new bridge over the river, after a debate that ran past midnight.",
    "Supporters said the crossing would cut the drive to the hospital by twenty minutes for families on the east bank.",
    "Opponents argued that the cost had doubled since the plan was first put to voters three years ago.",
    "The mayor said construction could begin next spring if the state signs off on its share of the money.",
    "Residents who spoke at the meeting were split, though most asked the council to keep the old ferry running.",
)
PARAGRAPH = PARAGRAPHS[0]


def story(box: str) -> str:
    before = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2])
    after = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    head = '<title>Council funds the bridge</title><meta property="og:type" content="article">'
    return (f"<html><head>{head}</head><body><article><h1>Council funds the bridge</h1><p>By Jane Doe</p>"
            f"<time datetime='2025-03-01'>March 1, 2025</time>{before}{box}{after}</article></body></html>")  # fmt: skip


@pytest.mark.parametrize("label", ["Lesen Sie auch", "Leggi anche", "À lire aussi", "También te puede interesar", "More from the desk"])
def test_a_related_box_heading_goes_with_its_links_in_any_language(label: str) -> None:
    box = f'<div class="related"><h3>{label}</h3><a href="/a">Another story about the bridge and its cost</a></div>'
    article = copydesk.extract(story(box), url="https://news.test/news/2025/03/01/council-funds-the-bridge")
    assert article.page_type.value == "article"  # the rule reads article pages
    assert label not in article.text
    assert "Another story about the bridge" not in article.text
    assert all(text in article.text for text in PARAGRAPHS)


def test_a_heading_whose_links_were_kept_stays() -> None:
    html = story('<div><h3>Sources</h3><a href="/a">The council report on the bridge</a></div>')
    seg = parse_page(html).seg
    texts = [b.text for b in without_emptied_headings(seg, list(seg.blocks))]
    assert "Sources" in texts  # every block kept: the box's link is still there


def test_only_a_heading_over_dropped_links_goes() -> None:
    html = story('<div><h3>Read next</h3><a href="/a">The council report on the bridge</a></div><section><h3>Costs</h3><p>' + PARAGRAPH + "</p></section>")
    seg = parse_page(html).seg
    chosen = [b for b in seg.blocks if b.text != "The council report on the bridge"]  # the box's link dropped
    texts = [b.text for b in without_emptied_headings(seg, chosen)]
    assert "Read next" not in texts
    assert "Costs" in texts  # a section's subhead heads its own paragraph
