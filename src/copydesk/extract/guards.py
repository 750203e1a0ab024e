"""Cheap checks that keep pathological markup out of the parser.

The HTML5 tree builder is quadratic in nesting depth (100,000 nested
``<div>``s take lexbor about 35 s), so depth is bounded before parsing.  Depth
is estimated from ``str.count`` tallies per chunk (C speed): about a
millisecond on a median dev page.
"""

from __future__ import annotations

MAX_TAGS = 250_000  # about 2 s of work; real pages stay far below (WCXB's largest: ~60,000)
MAX_NESTING = 5_000  # parses in ~0.1 s; the deepest dev page estimates ~2,000, generated or hostile markup goes far past

DEPTH_CHUNK_CHARS = 32_768  # depth is sampled at chunk edges; nesting hidden inside one chunk (<6,000 tags) parses in under a second
# Tags that never stay open (void) or close implicitly; their "<" must not count as nesting.
# Prefix matches over-count (``<li`` also hits ``<link``), which only lowers the estimate a little.
NON_NESTING_PREFIXES = ("<!", "<br", "<img", "<p")  # the commonest unclosed tags; rarer ones barely move the estimate


def estimated_depth(html: str, count_void: bool = False) -> int:
    """Deepest nesting seen at chunk edges, counting only at C speed.

    Each chunk moves the depth by (opening tags - closing tags); the running
    sum at chunk edges is a lower bound of the true maximum depth that misses
    at most one chunk's worth of tags.  With `count_void`, tags that never
    close count as openings too: a cruder estimate, never below the other
    (each chunk's step is at least as large), in a third of the passes.
    """
    depth = deepest = 0
    for start in range(0, len(html), DEPTH_CHUNK_CHARS):
        chunk = html[start : start + DEPTH_CHUNK_CHARS]
        closing = chunk.count("</")
        opening = chunk.count("<") - closing
        if not count_void:
            opening -= sum(chunk.count(p) for p in NON_NESTING_PREFIXES)
        depth = max(depth + opening - closing, 0)
        deepest = max(deepest, depth)
    return deepest


def shape_problem(html: str) -> str | None:
    """A drop reason when the markup is too large or deep to parse safely."""
    tags = html.count("<")
    if tags > MAX_TAGS:
        return "input:too_many_elements"
    if tags <= MAX_NESTING:  # fewer tags cannot nest deeper
        return None
    # The crude estimate bounds the careful one from above: when it is within
    # the limit (most pages), the careful count is not needed.
    if estimated_depth(html, count_void=True) > MAX_NESTING and estimated_depth(html) > MAX_NESTING:
        return "input:too_deep"
    return None
