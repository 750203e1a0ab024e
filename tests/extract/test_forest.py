"""The compiled tree walk (`forest_fast.pyx`) must give the NumPy walk's probabilities."""

from __future__ import annotations

import numpy as np
import pytest

from copydesk.bench.datasets import read_dataset
from copydesk.clean.features import LINE_FEATURES, line_features, split_lines
from copydesk.clean.lines import LINE_MODEL
from copydesk.extract.decode import decode_html
from copydesk.extract.features import FEATURE_NAMES
from copydesk.extract.page import parse_page
from copydesk.extract.pagetype import FEATURE_NAMES as PAGE_FEATURES
from copydesk.extract.pagetype import PAGETYPE_MODEL, page_features
from copydesk.extract.scorer import forest_fast, load_forest, load_model
from tests.conftest import SAMPLE_DATA

pytestmark = pytest.mark.skipif(forest_fast is None, reason="forest_fast is not built here")
AGREEMENT = 1e-9  # leaf values are summed in another order: only the last bits may differ


def _pages():  # type: ignore[no-untyped-def]
    for folder in sorted(SAMPLE_DATA.iterdir()):
        for sample in read_dataset(folder):
            yield sample, parse_page(decode_html(sample.html), sample.url)


def test_block_and_page_type_models_agree() -> None:
    blocks, page_types = load_model(), load_forest(PAGETYPE_MODEL, PAGE_FEATURES)
    checked = 0
    for sample, page in _pages():
        if len(page.rows):
            assert np.abs(blocks.predict(page.rows) - blocks.predict(page.rows, compiled=False)).max() < AGREEMENT
        row = np.asarray([page_features(page, sample.url)])
        compiled, numpy = page_types.predict_classes(row), page_types.predict_classes(row, compiled=False)
        assert np.abs(compiled - numpy).max() < AGREEMENT and compiled.argmax() == numpy.argmax()
        checked += 1
    assert checked > 50


def test_line_model_agrees_on_text() -> None:
    lines = load_forest(LINE_MODEL, LINE_FEATURES)
    for _sample, page in _pages():
        text = "\n\n".join(b.text for b in page.seg.blocks)
        rows = np.asarray(line_features(split_lines(text)), dtype=np.float64)
        if len(rows):
            assert np.abs(lines.predict(rows) - lines.predict(rows, compiled=False)).max() < AGREEMENT


def test_nan_and_non_contiguous_rows_walk_alike() -> None:
    forest = load_model()
    rows = np.asfortranarray(np.random.default_rng(7).normal(size=(40, len(FEATURE_NAMES))))  # not C-contiguous
    rows[3, :] = np.nan  # NaN goes right at every split, in both walks
    assert np.abs(forest.predict(rows) - forest.predict(rows, compiled=False)).max() < AGREEMENT


@pytest.mark.parametrize("n_rows", [0, 1, 7, 8, 9, 11, 12, 13, 17, 24, 25])
def test_rows_outside_whole_lanes_walk_alike(n_rows: int) -> None:
    """The C walks take rows 8 or 15 at a time; a last, partial group must score like the rest."""
    forest, page_types = load_model(), load_forest(PAGETYPE_MODEL, PAGE_FEATURES)
    rng = np.random.default_rng(n_rows)
    rows = rng.normal(size=(n_rows, len(FEATURE_NAMES))) * 3
    assert forest.predict(rows).shape == (n_rows,)
    if n_rows:
        assert np.abs(forest.predict(rows) - forest.predict(rows, compiled=False)).max() < AGREEMENT
        typed = rng.normal(size=(n_rows, len(PAGE_FEATURES))) * 3
        assert np.abs(page_types.predict_classes(typed) - page_types.predict_classes(typed, compiled=False)).max() < AGREEMENT


@pytest.mark.parametrize("n_rows", [1, 3, 11, 12, 13, 14, 15, 21, 22, 28, 30, 171])
def test_the_complete_layout_walks_to_the_same_sums(n_rows: int) -> None:
    """Trees laid out complete (`scorer.complete_trees`) give the flat walk's sums to the bit,
    NaN rows included (a copied leaf's splits lead to copies of it on both sides); fewer rows
    than a group of lanes are walked trees side by side, whole groups of them and the rest."""
    rng = np.random.default_rng(n_rows)
    for forest, width in ((load_model(), len(FEATURE_NAMES)), (load_forest(PAGETYPE_MODEL, PAGE_FEATURES), len(PAGE_FEATURES)),
                          (load_forest(LINE_MODEL, LINE_FEATURES), len(LINE_FEATURES))):  # fmt: skip
        complete = forest.complete
        assert complete is not None
        rows = rng.normal(size=(n_rows, width)) * 3
        rows[0, ::3] = np.nan
        flat = forest_fast.leaf_sums(rows, forest.feature, forest.threshold, forest.children, forest.value, forest.roots, forest.depth, forest.num_class)
        walked = forest_fast.complete_leaf_sums(
            rows, complete.feature, complete.threshold, complete.value, forest.roots.size, forest.depth, forest.num_class
        )
        assert flat.tobytes() == walked.tobytes()


@pytest.mark.parametrize("n_rows", [1, 3, 8, 9, 11])
def test_the_packed_layout_walks_to_the_same_sums(n_rows: int) -> None:
    """Trees packed (`scorer.packed_trees`: breadth first, a leaf's NaN threshold sending every
    value to itself) give the flat walk's sums to the bit, NaN and infinite values included,
    on every shipped model; trees go side by side, whole groups of them and the rest."""
    rng = np.random.default_rng(n_rows)
    for forest, width in ((load_model(), len(FEATURE_NAMES)), (load_forest(PAGETYPE_MODEL, PAGE_FEATURES), len(PAGE_FEATURES)),
                          (load_forest(LINE_MODEL, LINE_FEATURES), len(LINE_FEATURES))):  # fmt: skip
        rows = rng.normal(size=(n_rows, width)) * 3
        rows[0, ::3] = np.nan
        rows[-1, 1::4] = np.inf
        flat = forest_fast.leaf_sums(rows, forest.feature, forest.threshold, forest.children, forest.value, forest.roots, forest.depth, forest.num_class)
        packed = forest.packed
        walked = forest_fast.packed_leaf_sums(rows, packed.nodes, packed.value, packed.roots, forest.depth, forest.num_class)
        assert flat.tobytes() == walked.tobytes()


def test_few_rows_take_the_packed_walk() -> None:
    """Fewer rows than PACKED_MAX_ROWS go down the packed trees: breaking that layout's values
    changes the scores of a few rows, not of many."""
    from copydesk.extract.scorer import PACKED_MAX_ROWS, Forest

    forest = load_model()
    broken = Forest(forest.feature, forest.threshold, forest.left, forest.right, forest.value, forest.roots, forest.depth)
    broken.packed.value[:] = 0.0
    rows = np.random.default_rng(3).normal(size=(PACKED_MAX_ROWS, len(FEATURE_NAMES)))
    assert not np.allclose(broken.predict(rows[:1]), forest.predict(rows[:1]))
    assert np.array_equal(broken.predict(rows), forest.predict(rows))
