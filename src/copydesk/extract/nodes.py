"""Helpers over selectolax trees shared by the readers of page furniture and bylines."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode


def outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """The nodes (in document order) not inside an earlier one of them.

    A selector run inside each of these finds every element inside any of
    `nodes` once, in document order: one walk per outermost container
    instead of matching a descendant selector against every element."""
    kept: list[LexborNode] = []
    kept_ids: set[int] = set()
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in kept_ids:
            parent = parent.parent
        if parent is None:
            kept.append(node)
            kept_ids.add(node.mem_id)
    return kept


def source_lacks(tree: LexborHTMLParser, markers: tuple[bytes, ...]) -> bool:
    """Whether the page source holds none of `markers`: then no selector naming one can match,
    and the tree need not be walked (only a value written with character references,
    "&#97;uthor", would slip past, and no publishing system writes one)."""
    return tree.raw_html is not None and not any(marker in tree.raw_html for marker in markers)
