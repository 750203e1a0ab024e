"""Helpers over selectolax trees shared by the readers of page furniture and bylines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from copydesk.extract import segment
from copydesk.extract.patterns import UNWRAP_TAGS

_UNWRAP_SELECTOR = ", ".join(UNWRAP_TAGS)
# The page itself, no section of it: a class on these is the page's (WordPress marks <body>
# "comments-open", a news site "f_related_module_on"): no byline box, related box or the like.
PAGE_TAGS = frozenset({"body", "html"})
# Class names of words printed for screen readers only (Bootstrap's, WordPress's, Shopify's): a
# heading's "Collection: " before the collection's name is not shown, nor part of its title.
HIDDEN_CLASSES = ("visually-hidden", "sr-only", "screen-reader-text")


def unwrap_inline(root: LexborNode) -> None:
    """Replace every `UNWRAP_TAGS` element under `root` by its children (outer ones first) and
    merge the text nodes that meet: the tree as the segment walk reads it (`segment.py`)."""
    for node in root.css(_UNWRAP_SELECTOR):
        node.unwrap()
    root.merge_text_nodes()


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


def ancestor_tagged(node: LexborNode, tags: frozenset[str], levels: int) -> LexborNode | None:
    """The nearest element around `node`, `levels` up at most, whose tag is one of `tags`."""
    up = node.parent
    for _level in range(levels):
        if up is None:
            return None
        if up.tag in tags:
            return up
        up = up.parent
    return None


def source_lacks(tree: LexborHTMLParser, markers: tuple[bytes, ...]) -> bool:
    """Whether the page source holds none of `markers`: then no selector naming one can match,
    and the tree need not be walked (only a value written with character references,
    "&#97;uthor", would slip past, and no publishing system writes one)."""
    source = tree.raw_html  # a copy of the page's bytes at each read: read once
    return source is not None and not any(marker in source for marker in markers)


def class_selector(words: tuple[str, ...]) -> str:
    """The CSS selector for elements whose class attribute holds one of `words`."""
    return ", ".join(f'[class*="{word}"]' for word in words)


def bounded_text(node: LexborNode, max_bytes: int) -> str | None:
    """``node.text(deep=True, separator=" ")``, or None when it is longer than `max_bytes`
    bytes of UTF-8: found without building the text of a huge element (in C where the
    compiled walk is built; else by walking its text nodes until the bound)."""
    fast = segment.segment_fast_module()
    if fast is not None:
        text: str | None = fast.deep_text(node.mem_id, b" ", max_bytes)
        return text
    parts: list[str] = []
    size = 0
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            piece = child.text_content or ""
            size += len(piece.encode()) + (1 if parts else 0)
            if size > max_bytes:
                return None
            parts.append(piece)
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Heading:
    """An h1 or h2 the compiled strip found in the stripped tree (`page.strip_skipped`): its tag
    and its node's address, all that `title.heading_text` and `node_text` read in their
    compiled way (the record exists only where the compiled walk does).  The parser must
    outlive it."""

    tag: str
    mem_id: int


HeadingNode = LexborNode | Heading


def node_text(node: HeadingNode, separator: str, compiled: bool = True) -> str:
    """``node.text(deep=True, separator=separator)``: in one C buffer where the compiled walk is
    built (`segment_fast.deep_text`: 73 -> 42 µs a WCXB page's body with "\n", one string made
    instead of one a text node); tests compare both."""
    fast = segment.segment_fast_module() if compiled else None
    if fast is None:
        assert isinstance(node, LexborNode), "a Heading record is made only where the compiled walk runs"
        return node.text(deep=True, separator=separator)
    text: str = fast.deep_text(node.mem_id, separator.encode())
    return text


def holds_class(tree: LexborHTMLParser, words: tuple[str, ...], compiled: bool = True) -> bool:
    """Whether some element's class attribute holds one of `words`: what
    ``tree.css_first(class_selector(words)) is not None`` says, by the compiled scan
    where it is built (a substring selector costs lexbor about twice its walk)."""
    root = tree.root
    fast = segment.segment_fast_module() if compiled else None
    if fast is None or root is None:
        return tree.css_first(class_selector(words)) is not None
    return bool(fast.class_holders(root.mem_id, tuple(word.encode() for word in words), 1))


def class_holder_items(tree: LexborHTMLParser, words: tuple[str, ...], limit: int, attribute: str) -> Iterator[tuple[str, str | None]]:
    """The texts (text nodes joined by a space) of the first `limit` elements, in document
    order, that ``tree.css(class_selector(words))`` lists, one by one (an element holding
    two of the words is listed twice, as lexbor does), each with the value of its `attribute`
    (None where absent or without a value: a microformat's machine-readable date in a title,
    ``<abbr class="published" title="2016-11-12">``).

    Where the compiled walk is built and bound, one scan in C reads each element's
    class attribute once (lexbor tries every selector of the list on every
    element: 0.22 -> 0.05 ms on a median page); tests compare both ways."""
    root = tree.root
    fast = segment.segment_fast_module()
    if fast is None or root is None:
        for node in tree.css(class_selector(words))[:limit]:
            yield node.text(deep=True, separator=" "), node.attributes.get(attribute)
        return
    name = attribute.encode()
    for address in fast.class_holders(root.mem_id, tuple(word.encode() for word in words), limit):
        yield fast.deep_text(address, b" "), fast.attribute_of(address, name)


def attribute_rows(tree: LexborHTMLParser, tag: str, names: tuple[str, ...], limit: int, compiled: bool = True) -> list[tuple[str | None, ...]]:
    """For the first `limit` `tag` elements that have the attribute `names[0]`, in document
    order, the values of each of `names` (None where absent, "" without a value): one compiled
    scan where the walk is built (`segment_fast.attribute_rows`), else the selector's query;
    tests compare both."""
    root = tree.root
    fast = segment.segment_fast_module() if compiled else None
    if fast is None or root is None:
        return [tuple(_value(node, name) for name in names) for node in tree.css(f"{tag}[{names[0]}]")[:limit]]
    rows: list[tuple[str | None, ...]] = fast.attribute_rows(root.mem_id, tag_set(fast, frozenset({tag})), tuple(n.encode() for n in names), limit)
    return rows


def _value(node: LexborNode, name: str) -> str | None:
    attributes = node.attributes
    return (attributes[name] or "") if name in attributes else None


@lru_cache(maxsize=16)
def tag_set(fast: Any, tags: frozenset[str]) -> Any:
    """`tags` as the compiled scans test them (`segment_fast.TagSet`: an answer kept per tag
    id), made once per set."""
    return fast.TagSet(tags)
