"""Turn the kept text blocks into typed `Block`s and the article text."""

from __future__ import annotations

from copydesk.extract.patterns import ANCESTOR_TAG_BIT, HEADING_TAGS
from copydesk.extract.segment import Element, TextBlock
from copydesk.model import Article, Block, BlockKind

_KIND_BY_TAG = {
    "li": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM,
    "td": BlockKind.TABLE, "th": BlockKind.TABLE, "tr": BlockKind.TABLE,
    "pre": BlockKind.CODE, "figcaption": BlockKind.CAPTION, "caption": BlockKind.CAPTION,
    "blockquote": BlockKind.QUOTE,
}  # fmt: skip
_IN_QUOTE = ANCESTOR_TAG_BIT["blockquote"]
_IN_PRE = ANCESTOR_TAG_BIT["pre"]


def is_layout_cell(owner: Element) -> bool:
    """Whether a table element holds several blocks (paragraphs <br><br> apart): a layout table's
    column, not a data cell (its blocks are paragraphs, not merged as one row's cells)."""
    return owner.blocks > 1


def typed_block(block: TextBlock, owner: Element) -> Block:
    level = HEADING_TAGS.get(owner.tag)
    if level:
        return Block(BlockKind.HEADING, block.text, level)
    kind = _KIND_BY_TAG.get(owner.tag)
    if kind is BlockKind.TABLE and is_layout_cell(owner):
        kind = None
    if kind is None:
        if block.in_pre or owner.tags & _IN_PRE:
            kind = BlockKind.CODE
        elif owner.tags & _IN_QUOTE:
            kind = BlockKind.QUOTE
        else:
            kind = BlockKind.PARAGRAPH
    return Block(kind, block.text)


def join_text(blocks: list[Block]) -> str:
    """Blocks as plain text: one paragraph per block, blank lines between."""
    return "\n\n".join(b.text for b in blocks)


def edge_paragraphs(article: Article, opening: int, closing: int, kinds: tuple[BlockKind, ...]) -> list[str]:
    """The texts of the article's first `opening` and last `closing` blocks of `kinds`, in
    order, each once: read from both ends, a long story's middle is not walked (where a story's
    credit lines and correction notes stand: `syndication`, `corrections`)."""
    blocks = article.blocks
    head = _first_of(blocks, range(len(blocks)), kinds, opening)
    tail = _first_of(blocks, range(len(blocks) - 1, head[-1] if head else -1, -1), kinds, closing)
    return [blocks[k].text for k in head + tail[::-1]]


def _first_of(blocks: list[Block], order: range, kinds: tuple[BlockKind, ...], wanted: int) -> list[int]:
    """The first `wanted` indexes in `order` of blocks of `kinds`."""
    found: list[int] = []
    for k in order:
        if blocks[k].kind in kinds:
            found.append(k)
            if len(found) == wanted:
                break
    return found
