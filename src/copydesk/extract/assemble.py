"""Turn the kept text blocks into typed `Block`s and the article text."""

from __future__ import annotations

import re

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
TABLE_CELL_TAGS = frozenset({"td", "th"})
# A data cell often wraps its text in a paragraph or a division (<td><p>...</p></td>: Sphinx and
# other documentation builders, word-processor exports, many CMS editors); such a wrapper, alone
# in its cell, stands for the cell.  Its block's owner may sit this many block levels below it.
CELL_WRAPPER_TAGS = frozenset({"p", "div"})
MAX_CELL_WRAPPER_LEVELS = 2
# A heading's permalink ("¶" from Sphinx and MkDocs, "🔗", a lone "#"; "§" at the end only, as
# it opens a statute's section number) or an icon font's glyph (Unicode private use) at either end
# of its text: page furniture, not the heading's words.  Read before a double-encoded page is
# repaired (`mojibake.repair_article`), so "¶" and "§" may come as "Â¶" and "Â§".
_HEADING_MARKS = re.compile(r"^(?:(?:[\ue000-\uf8ff🔗]|Â?¶)\s*|#\s+)+|(?:\s*(?:[\ue000-\uf8ff🔗]|Â?[¶§])|\s+#)+$")


def is_layout_cell(owner: Element) -> bool:
    """Whether a table element holds several blocks (paragraphs <br><br> apart): a layout table's
    column, not a data cell (its blocks are paragraphs, not merged as one row's cells)."""
    return owner.blocks > 1


def data_cell(elements: list[Element], owner: int) -> int:
    """The index of the data cell whose one block element `owner` owns (`owner` itself when
    it is the cell, or a lone paragraph or division in it), else -1 (no cell, or a layout
    table's column, `is_layout_cell`): such a block is one of its table row's cells."""
    index = owner
    for _ in range(MAX_CELL_WRAPPER_LEVELS + 1):
        element = elements[index]
        if is_layout_cell(element):
            return -1
        if element.tag in TABLE_CELL_TAGS:
            return index
        if element.tag not in CELL_WRAPPER_TAGS or element.parent < 0:
            return -1
        index = element.parent
    return -1


def enclosing_listing(elements: list[Element], owner: int) -> int:
    """The index of the <pre> element that holds element `owner` (or is it), else -1: the code
    listing a block belongs to, whose lines some highlighters print an element a line."""
    index = owner
    while index >= 0 and elements[index].tag != "pre":
        index = elements[index].parent
    return index


def without_heading_marks(text: str) -> str:
    """`text` without the permalink marks and icon glyphs at its ends (`_HEADING_MARKS`); a
    heading (or a definition list's term) that is nothing else keeps its text."""
    if text.isascii() and "#" not in text:
        return text
    return _HEADING_MARKS.sub("", text) or text


def typed_block(block: TextBlock, owner: Element, in_cell: bool = False) -> Block:
    """`block` as a typed `Block`, its kind from its owner's tag; `in_cell`: its owner is a data
    cell or stands for one (`data_cell`), so it is a table row (or the first cell of one)."""
    level = HEADING_TAGS.get(owner.tag)
    if level:
        return Block(BlockKind.HEADING, without_heading_marks(block.text), level)
    kind = BlockKind.TABLE if in_cell else _KIND_BY_TAG.get(owner.tag)
    if kind is BlockKind.TABLE and not in_cell:
        kind = None
    elif owner.tag == "dt":  # a term a definition list defines: documentation's headings, their permalinks too
        return Block(BlockKind.LIST_ITEM, without_heading_marks(block.text))
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
