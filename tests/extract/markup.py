"""Markup for the extraction tests: random nested markup for the tests comparing the compiled
tree scans with lexbor's CSS queries (`test_strip`, `test_related_scan`, `test_class_scan`), and
a JSON-LD script (`test_metadata`, `test_access`)."""

from __future__ import annotations

import json

import pytest
from hypothesis import strategies as st

from copydesk.extract import segment

needs_segment_fast = pytest.mark.skipif(segment.segment_fast_module() is None, reason="segment_fast is not built here")


def nested_markup(pieces: list[str], tags: list[str], attributes: st.SearchStrategy[str], max_depth: int = 4) -> st.SearchStrategy[str]:
    """Up to three parts a level, each one of `pieces` (text, comments) or an element of `tags`
    with what `attributes` draws inside its start tag, nested at most `max_depth` deep."""

    @st.composite
    def markup(draw: st.DrawFn, depth: int = 0) -> str:
        parts = []
        for _ in range(draw(st.integers(0, 3))):
            if depth >= max_depth or draw(st.booleans()):
                parts.append(draw(st.sampled_from(pieces)))
                continue
            tag = draw(st.sampled_from(tags))
            parts.append(f"<{tag} {draw(attributes)}>{draw(markup(depth + 1))}</{tag}>")
        return "".join(parts)

    return markup()


def jsonld_script(obj: object) -> str:
    """`obj` as a page's ``application/ld+json`` script."""
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'
