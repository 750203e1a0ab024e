"""Rules applied to the blocks the model keeps."""

from __future__ import annotations

from copydesk.extract.pipeline import trim_edge_labels
from copydesk.model import Block, BlockKind

P, H, LI = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM


def test_label_paragraphs_at_the_edges_are_trimmed() -> None:
    blocks = [Block(P, "Business"), Block(P, "The council voted on Tuesday."), Block(P, "Tags"), Block(P, "Iklan")]
    assert [b.text for b in trim_edge_labels(blocks)] == ["The council voted on Tuesday."]


def test_breadcrumb_and_tag_list_items_at_the_edges_are_trimmed() -> None:
    blocks = [Block(LI, "Health"), Block(P, "The study followed 2,000 adults."), Block(LI, "Oxygen"), Block(LI, "Delhi")]
    assert [b.text for b in trim_edge_labels(blocks)] == ["The study followed 2,000 adults."]


def test_headings_list_items_inside_sentences_and_the_only_block_stay() -> None:
    blocks = [Block(H, "Results", 2), Block(P, "Turnout was high."), Block(LI, "Apples"), Block(P, "— Reuters.")]
    assert trim_edge_labels(blocks) == blocks
    assert trim_edge_labels([Block(P, "Sold out")]) == [Block(P, "Sold out")]
