"""The compiled owner and block columns (`features_fast.pyx`) must equal the NumPy definitions, to the bit."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from copydesk.extract import features
from copydesk.extract.page import parse_page
from copydesk.extract.segment import Segmentation
from tests.extract.test_segment_walks import _pages

needs_compiled = pytest.mark.skipif(features.features_fast is None, reason="features_fast is not built here")


def _block_arrays(seg: Segmentation, hints: features.PageHints | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The blocks' text counts, link characters and owners, as `features.block_features` reads them."""
    n = len(seg.blocks)
    counts = features.text_counts(seg.texts, hints or features.PageHints())
    link_chars = np.fromiter((b.link_chars for b in seg.blocks), dtype=np.float64, count=n)
    owners = np.fromiter((b.owner for b in seg.blocks), dtype=np.int64, count=n)
    return counts, link_chars, owners


def _owner_columns_both_ways(html: str) -> tuple[np.ndarray, np.ndarray] | None:
    seg = parse_page(html).seg
    n = len(seg.blocks)
    if not n:
        return None
    out = np.zeros((n, len(features.FEATURE_NAMES)))
    counts, link_chars, owners = _block_arrays(seg)
    sizes, commas = counts[:, 0], counts[:, 2]
    density = seg.elements[0].link_chars / max(seg.total_chars, 1)
    compiled, numpy = out.copy(), out.copy()
    features._owner_columns(compiled, seg, owners, density, sizes, commas, link_chars, compiled=True)
    features._owner_columns(numpy, seg, owners, density, sizes, commas, link_chars, compiled=False)
    return compiled, numpy


def _alike_on_every_bundled_page(both_ways: Callable[[str], tuple[np.ndarray, np.ndarray] | None]) -> None:
    """The compiled and NumPy columns `both_ways` makes of each bundled page are equal to the bit
    (on more than 20 pages)."""
    checked = 0
    for slug, html in _pages():
        both = both_ways(html)
        if both is not None:
            compiled, numpy = both
            assert compiled.tobytes() == numpy.tobytes(), (slug, np.argwhere(compiled != numpy)[:5])
            checked += 1
    assert checked > 20


@needs_compiled
def test_compiled_owner_columns_equal_numpy_on_every_bundled_page() -> None:
    _alike_on_every_bundled_page(_owner_columns_both_ways)


@needs_compiled
def test_deep_and_shallow_owners_alike() -> None:
    """Owners near the root (ancestors past it take the page's values), headings, lists,
    classed containers nested deeper than the near-concept levels."""
    nested = "".join(f'<div class="{c}">' for c in ("article", "x", "y", "z", "w")) + "<p>deep text here.</p>" + "</div>" * 5
    html = (f"<html><body><h2>Heading</h2><p>Top-level text, with a comma.</p><ul><li>item one</li></ul>{nested}"
            '<div class="comments"><p>A comment with a <a href="/x">link</a>.</p></div></body></html>')  # fmt: skip
    both = _owner_columns_both_ways(html)
    assert both is not None
    compiled, numpy = both
    assert compiled.tobytes() == numpy.tobytes()
    assert compiled[:, features.COLUMN["heading_level"]].max() == 2
    assert (compiled[:, features.COLUMN["anc3_share"]] == 1.0).any()  # an ancestor past the root


@needs_compiled
def test_compiled_best_container_equals_numpy_on_every_bundled_page_and_ties() -> None:
    """The Readability-style pick (`features.best_container`): the same element from the C loop
    as from NumPy, ties included (two containers scoring alike: the first in page order)."""
    paragraph = "<p>" + "Words of a paragraph, long enough to score points. " * 3 + "</p>"
    tie = f'<html><body><div class="a">{paragraph}</div><div class="b">{paragraph}</div><nav><a href="/">x</a></nav></body></html>'
    picked = []
    for _slug, html in [*_pages(), ("tie", tie), ("empty", "<p>short</p>")]:
        seg = parse_page(html).seg
        n = len(seg.blocks)
        if not n:
            continue
        counts, link_chars, owners = _block_arrays(seg)
        sizes, commas = counts[:, 0], counts[:, 2]
        elements = features._ElementArrays.of(seg)
        best = features.best_container(elements, sizes, commas, link_chars, owners, compiled=True)
        assert best == features.best_container(elements, sizes, commas, link_chars, owners, compiled=False), _slug
        picked.append((_slug, seg.elements[best].tag, best))
    assert ("tie", "div", 1) in picked  # each div, each paragraph scores alike (the body less: a link): the first
    assert ("empty", "body", 0) in picked  # nothing scores: the root


def test_block_phrase_columns_are_the_shared_definition() -> None:
    """The furniture-phrase columns of the block rows, written block by block for the few
    blocks saying one, are `features.phrase_columns` (the definition lines share)."""
    html = ("<html><body><p>Advertisement</p><p>Sign up for our newsletter</p><p>A plain sentence of the story.</p>"
            "<p>Share this on Facebook</p><p>© 2024 The Outlet. All rights reserved.</p></body></html>")  # fmt: skip
    page = parse_page(html)
    first = features.COLUMN[f"says_{features.PHRASE_CONCEPTS[0]}"]
    expected = features.phrase_columns([block.phrases for block in page.seg.blocks])
    assert expected.sum() >= 3
    assert page.rows[:, first : first + len(features.PHRASE_CONCEPTS)].tolist() == expected.tolist()


def _block_columns_both_ways(html: str) -> tuple[np.ndarray, np.ndarray] | None:
    seg = parse_page(html).seg
    n = len(seg.blocks)
    if not n:
        return None
    counts, link_chars, owners = _block_arrays(seg, features.PageHints(frozenset({"the", "story"}), frozenset({"council", "plan"})))
    repeats = np.fromiter((seg.texts.count(text) for text in seg.texts), dtype=np.float64, count=n)
    total = max(seg.total_chars, 1)
    page_values = (1.5, 2.5, 0.25, 1.0)
    compiled, numpy = np.zeros((n, len(features.FEATURE_NAMES))), np.zeros((n, len(features.FEATURE_NAMES)))
    features._block_columns(compiled, counts, link_chars, owners, repeats, total, page_values, compiled=True)
    features._block_columns(numpy, counts, link_chars, owners, repeats, total, page_values, compiled=False)
    return compiled, numpy


@needs_compiled
def test_compiled_block_columns_equal_numpy_on_every_bundled_page() -> None:
    _alike_on_every_bundled_page(_block_columns_both_ways)


@needs_compiled
def test_block_columns_of_one_block_and_of_capped_counts() -> None:
    """A lone block has no neighbours; counts past the caps are capped alike both ways."""
    many = "<p>" + ", ".join(["word"] * 600) + "</p>"
    repeated = "<p>Share this story.</p>" * 12
    for html in ("<p>Only one block here.</p>", f"<html><body>{many}{repeated}</body></html>"):
        both = _block_columns_both_ways(html)
        assert both is not None
        compiled, numpy = both
        assert compiled.tobytes() == numpy.tobytes()
    assert compiled[:, features.COLUMN["words"]].max() == features.MAX_WORDS
    assert compiled[:, features.COLUMN["commas"]].max() == features.MAX_COMMAS
    assert compiled[:, features.COLUMN["repeats"]].max() == features.MAX_REPEATS


def test_the_compiled_block_columns_refuse_mismatched_arrays() -> None:
    if features.features_fast is None:
        pytest.skip("features_fast is not built here")
    out = np.zeros((3, len(features.FEATURE_NAMES)))
    counts = np.ones((2, 8))
    with pytest.raises(ValueError, match="one counts row"):
        features.features_fast.block_columns(out, counts, np.ones(3), np.zeros(3, dtype=np.int64), np.ones(3),
                                             features._BLOCK_COLUMNS, 10.0, 500.0, 20.0, 10.0, (1.0, 2.0, 3.0, 4.0))  # fmt: skip
