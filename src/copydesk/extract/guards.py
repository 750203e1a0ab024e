"""Cheap checks that keep pathological markup out of the parser.

The HTML5 tree builder is quadratic in nesting depth (100,000 nested
``<div>``s take lexbor about 35 s), so depth is bounded before parsing.  The
checks read the UTF-8 bytes the parser is fed (`pipeline.extract_from_text`
encodes the page once for both): tags are counted in one compiled pass, and
depth, on the pages with many tags, is estimated from ``bytes.count``
tallies per chunk (C speed).
"""

from __future__ import annotations

try:  # the compiled byte count (text_fast.pyx); bytes.count where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

MAX_TAGS = 250_000  # about 2 s of work; real pages stay far below (WCXB's largest: ~60,000)
MAX_NESTING = 5_000  # parses in ~0.1 s; the deepest dev page estimates ~2,000, generated or hostile markup goes far past

DEPTH_CHUNK_BYTES = 32_768  # depth is sampled at chunk edges; nesting hidden inside one chunk (<6,000 tags) parses in under a second
# Tags that never stay open (void) or close implicitly; their "<" must not count as nesting.
# Prefix matches over-count (``<li`` also hits ``<link``), which only lowers the estimate a little.
NON_NESTING_PREFIXES = (b"<!", b"<br", b"<img", b"<p")  # the commonest unclosed tags; rarer ones barely move the estimate


def estimated_depth(markup: bytes, count_void: bool = False) -> int:
    """Deepest nesting seen at chunk edges, counting only at C speed.

    Each chunk moves the depth by (opening tags - closing tags); the running
    sum at chunk edges is a lower bound of the true maximum depth that misses
    at most one chunk's worth of tags.  With `count_void`, tags that never
    close count as openings too: a cruder estimate, never below the other
    (each chunk's step is at least as large), in a third of the passes.
    """
    depth = deepest = 0
    for start in range(0, len(markup), DEPTH_CHUNK_BYTES):
        chunk = markup[start : start + DEPTH_CHUNK_BYTES]
        closing = chunk.count(b"</")
        opening = chunk.count(b"<") - closing
        if not count_void:
            opening -= sum(chunk.count(p) for p in NON_NESTING_PREFIXES)
        depth = max(depth + opening - closing, 0)
        deepest = max(deepest, depth)
    return deepest


def tag_count(markup: bytes) -> int:
    """How many "<" the markup holds (compiled where built: 40 -> 5 µs a median Zyte page)."""
    return text_fast.byte_count(markup, ord("<")) if text_fast is not None else markup.count(b"<")


def shape_problem(markup: bytes) -> str | None:
    """A drop reason when the markup (UTF-8) is too large or deep to parse safely."""
    tags = tag_count(markup)
    if tags > MAX_TAGS:
        return "input:too_many_elements"
    if tags <= MAX_NESTING:  # fewer tags cannot nest deeper
        return None
    if text_fast is not None:  # both estimates in one compiled pass (~1 ms -> ~0.1 ms a large page)
        crude, careful = text_fast.nesting_depths(markup, DEPTH_CHUNK_BYTES)
        return "input:too_deep" if crude > MAX_NESTING and careful > MAX_NESTING else None
    # The crude estimate bounds the careful one from above: when it is within
    # the limit (most pages), the careful count is not needed.
    if estimated_depth(markup, count_void=True) > MAX_NESTING and estimated_depth(markup) > MAX_NESTING:
        return "input:too_deep"
    return None
