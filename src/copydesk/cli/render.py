"""An `Article` as text, markdown or JSON.

Markdown follows CommonMark: a block whose text would open a heading, list,
quote, rule or fence is escaped so it stays a paragraph; code is fenced with
more backticks than it holds; a run of table rows becomes one pipe table (its
first row the header, as most page tables are laid out).
"""

from __future__ import annotations

import re

from copydesk.model import TABLE_CELL_SEPARATOR, Article, Block, BlockKind

# What opens a block other than a paragraph at a line's start (CommonMark): an ATX heading, a
# quote, a bullet, an ordered-list number, a thematic break or setext underline, a fence, raw
# HTML (a tag, comment or declaration), a link reference definition ("[1]: /notes", which
# prints nothing).
_BLOCK_OPENING = re.compile(
    r"^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|(?P<number>\d{1,9})[.)](?=\s|$)|[-*_=](?:\s*[-*_=]){2,}\s*$|`{3,}|~{3,}"
    r"|<[A-Za-z/!?]|\[[^\]]*\]:)"
)
_BACKTICK_RUN = re.compile(r"`+")
CODE_FENCE = 3  # the shortest fence; longer when the code itself holds a run of backticks that long


def escape_line_start(text: str) -> str:
    """`text` with a backslash before a block opening it, so it reads as a paragraph."""
    match = _BLOCK_OPENING.match(text)
    if match is None:
        return text
    if match["number"] is not None:  # "2016. A year to remember": the escape goes before the delimiter
        end = match.end("number")
        return f"{text[:end]}\\{text[end:]}"
    return f"\\{text}"


def _emphasised(text: str) -> str:
    """`text` in italics, its own asterisks escaped so they cannot close the emphasis early."""
    return "*" + text.replace("\\", "\\\\").replace("*", "\\*") + "*"


def _fenced(code: str) -> str:
    longest = max((len(run) for run in _BACKTICK_RUN.findall(code)), default=0)
    fence = "`" * max(CODE_FENCE, longest + 1)
    return f"{fence}\n{code}\n{fence}"


def _table(rows: list[Block]) -> str:
    cells = [[cell.replace("|", "\\|") for cell in row.text.split(TABLE_CELL_SEPARATOR)] for row in rows]
    width = max(len(row) for row in cells)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in cells]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def _byline(article: Article) -> str:
    """Who, from where and when: authors, the wire agency (unless an author), the dateline's place, the date."""
    parts = [", ".join(article.authors)]
    if article.wire_agency and article.wire_agency not in article.authors:
        parts.append(article.wire_agency)
    if article.dateline is not None:
        parts.append(article.dateline.place)
    parts.append(article.published or "")
    return " · ".join(part for part in parts if part)


def to_markdown(article: Article) -> str:
    lines: list[str] = []
    if article.title:
        lines.append(f"# {article.title}")
    if facts := _byline(article):
        lines.append(_emphasised(facts))
    blocks = article.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind is BlockKind.TABLE:
            end = i
            while end < len(blocks) and blocks[end].kind is BlockKind.TABLE:
                end += 1
            lines.append(_table(blocks[i:end]))
            i = end
            continue
        if block.kind is BlockKind.HEADING:
            lines.append(f"{'#' * max(block.level or 2, 2)} {block.text}")  # the title holds the only level-1 heading
        elif block.kind is BlockKind.LIST_ITEM:
            lines.append(f"- {escape_line_start(block.text)}")
        elif block.kind is BlockKind.QUOTE:
            lines.append(f"> {escape_line_start(block.text)}")
        elif block.kind is BlockKind.CODE:
            lines.append(_fenced(block.text))
        elif block.kind is BlockKind.CAPTION:
            lines.append(_emphasised(block.text))
        else:
            lines.append(escape_line_start(block.text))
        i += 1
    return "\n\n".join(lines)


def render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json(indent=2)
    if fmt == "markdown":
        return to_markdown(article)
    return article.text
