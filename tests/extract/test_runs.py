"""Keep decisions in runs (`extract.runs`): the Viterbi pass finds the best labelling,
and the compiled pass gives the same labels as the Python definition."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from copydesk.extract import runs

needs_compiled = pytest.mark.skipif(runs.text_fast is None, reason="text_fast is not built here")
SCORES = st.lists(st.floats(min_value=-20, max_value=20, allow_nan=False).map(lambda x: round(x, 1)), max_size=9)
PENALTIES = st.sampled_from([0.0, 0.5, 2.0, 7.0])
PROBABILITIES = st.floats(min_value=0.0, max_value=1.0, allow_nan=False) | st.sampled_from([0.0, 1.0, 0.5, 0.25, 0.73])


def _total(scores: list[float], labels: tuple[bool, ...], penalty: float) -> float:
    kept = sum(s for s, keep in zip(scores, labels, strict=True) if keep)
    return kept - penalty * sum(a != b for a, b in itertools.pairwise(labels))


@given(SCORES, PENALTIES)
@example([1.0, -3.0, 1.0], 2.0)  # a tie: dropping the middle line or keeping it costs the same
def test_the_labels_are_a_best_labelling(scores: list[float], penalty: float) -> None:
    labels = tuple(runs.best_runs(scores, penalty))
    best = max((_total(scores, candidate, penalty) for candidate in itertools.product((False, True), repeat=len(scores))), default=0.0)
    assert _total(scores, labels, penalty) == pytest.approx(best)


@needs_compiled
@given(st.lists(st.tuples(PROBABILITIES, st.integers(0, 400)), max_size=40), st.sampled_from([0.5, 0.25]))
@example([(0.6, 1), (0.3, 1), (0.6, 1)], 0.5)
@example([(1.0, 4), (0.0, 0)], 0.25)
@example([], 0.5)
def test_the_compiled_pass_gives_the_python_labels(lines: list[tuple[float, int]], threshold: float) -> None:
    probabilities = np.asarray([p for p, _ in lines], dtype=np.float64)
    words = [n for _, n in lines]
    for penalty in (0.5, 2.0):
        assert runs.keep_runs(probabilities, words, threshold, penalty) == runs.keep_runs(probabilities, words, threshold, penalty, compiled=False)


def test_without_a_penalty_each_line_stands_alone() -> None:
    scores = [2.0, -1.0, 0.5, -0.1, 3.0]
    assert runs.best_runs(scores, 0.0) == [s > 0 for s in scores]


@pytest.mark.parametrize("compiled", [True, False])
def test_a_short_line_inside_the_story_stays_and_a_stray_menu_line_goes(compiled: bool) -> None:
    probabilities = np.asarray([0.1, 0.1, 0.6, 0.1, 0.1, 0.9, 0.9, 0.4, 0.9, 0.9])
    words = [2, 2, 2, 2, 2, 30, 25, 3, 28, 30]
    assert runs.keep_runs(probabilities, words, 0.5, 2.0, compiled=compiled) == [False] * 5 + [True] * 5
