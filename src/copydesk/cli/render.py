"""An `Article` as text, markdown or JSON."""

from __future__ import annotations

from copydesk.model import Article, BlockKind


def to_markdown(article: Article) -> str:
    lines: list[str] = []
    if article.title:
        lines.append(f"# {article.title}")
    byline = ", ".join(article.authors)
    facts = " · ".join(x for x in (byline, article.published or "") if x)
    if facts:
        lines.append(f"*{facts}*")
    for block in article.blocks:
        if block.kind is BlockKind.HEADING:
            lines.append(f"{'#' * max(block.level or 2, 2)} {block.text}")  # the title holds the only level-1 heading
        elif block.kind is BlockKind.LIST_ITEM:
            lines.append(f"- {block.text}")
        elif block.kind is BlockKind.QUOTE:
            lines.append(f"> {block.text}")
        elif block.kind is BlockKind.CODE:
            lines.append(f"```\n{block.text}\n```")
        elif block.kind is BlockKind.CAPTION:
            lines.append(f"*{block.text}*")
        else:
            lines.append(block.text)
    return "\n\n".join(lines)


def render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json(indent=2)
    if fmt == "markdown":
        return to_markdown(article)
    return article.text
