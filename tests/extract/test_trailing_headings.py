"""A heading that is an interface label ("Related posts", "Leave a comment") left last in the
body, its section dropped by the block model, leaves with it; other last headings stay (a
service page's closing call, a listing's last headline)."""

from __future__ import annotations

import copydesk
from copydesk.extract.tidy import drop_trailing_headings
from copydesk.model import Block, BlockKind

STORY = "".join(
    f"<p>Paragraph {i}: The council voted on Monday to replace the old river bridge, closing a debate "
    "that has run for a decade and cost the town dearly.</p>"
    for i in range(5)
)


def _blocks(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, texts[0]), *(Block(BlockKind.HEADING, text, level=3) for text in texts[1:])]


def test_a_last_label_heading_goes() -> None:
    assert [b.text for b in drop_trailing_headings(_blocks("Story.", "Related posts"))] == ["Story."]
    assert [b.text for b in drop_trailing_headings(_blocks("Story.", "Ähnliche Beiträge"))] == ["Story."]


def test_other_last_headings_stay() -> None:
    assert len(drop_trailing_headings(_blocks("Story.", "Contact our engineers today"))) == 2
    assert len(drop_trailing_headings(_blocks("Related posts"))) == 1  # never the only block


def test_a_dropped_related_list_takes_its_heading() -> None:
    links = "".join(f'<li><a href="/{i}">A headline of another story number {i}</a></li>' for i in range(3))
    html = f"<html><body><div><h1>Council votes to replace the bridge</h1>{STORY}<h3>Related posts</h3><ul>{links}</ul></div></body></html>"
    article = copydesk.extract(html, url="https://example.com/2020/05/bridge")
    assert article.text.endswith("cost the town dearly.")


def test_a_comment_sections_labels_left_last_leave_a_story() -> None:
    from copydesk.extract.tidy import closing_comment_labels

    assert closing_comment_labels(["Story.", "Comments (12)"]) == 1
    assert closing_comment_labels(["Story.", "Diskussion / Kommentare", "Kommentare werden geladen…"]) == 1
    assert closing_comment_labels(["Comments"]) == 1  # never the only text
    assert closing_comment_labels(["Story.", "The mayor's comments drew sharp replies from the council."]) == 2
    head = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    html = f"<html><head>{head}</head><body><article><h1>Bridge vote</h1>{STORY}<p>Comments (12)</p></article></body></html>"
    article = copydesk.extract(html)
    assert article.text.endswith("cost the town dearly.") and "Comments" not in article.text
