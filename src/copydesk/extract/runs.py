"""Keep or drop in runs: a model's per-item decisions smoothed along the page.

A page's article is a few long runs of lines (text mode) or blocks (HTML),
its furniture other runs; the line and block models judge each item with a
window of context only, so they keep stray menu items among the furniture
and drop short lines inside the story.  Here each item scores its
confidence over the keep threshold, weighted by the square root of its
words (a long item's evidence counts for more, but one long item does not
outvote a run of short ones), and the labels are chosen to maximise the
kept items' scores minus a penalty for each switch between keeping and
dropping: the best such labelling, by a two-state Viterbi pass (in C,
`text_fast.keep_runs`, where that is built; a test compares both).  The
penalties, and the measurements behind them, sit with their callers:
`clean.lines.LINE_RUN_PENALTY`, `ExtractConfig.article_run_penalty`.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

try:  # the compiled pass (text_fast.pyx); Python where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - the compiled module is optional
    text_fast = None  # type: ignore[assignment]

PROBABILITY_CLIP = 1e-4  # probabilities are clipped to [clip, 1 - clip] before the log-odds


def item_scores(probabilities: list[float], words: list[int], threshold: float) -> list[float]:
    """Each item's log-odds over the threshold's, times the square root of its words."""
    bar = math.log(threshold / (1 - threshold))
    scores = []
    for p, n in zip(probabilities, words, strict=True):
        p = min(max(p, PROBABILITY_CLIP), 1 - PROBABILITY_CLIP)
        scores.append(math.sqrt(n) * (math.log(p / (1 - p)) - bar))
    return scores


def best_runs(scores: list[float], penalty: float) -> list[bool]:
    """The labels (True: keep) maximising the kept scores minus `penalty` per switch.

    Two-state Viterbi: `drop` and `keep` are the best totals of labellings of the
    lines so far ending in each state; ties stay in the same state, and at the
    end go to keeping."""
    n = len(scores)
    if n == 0:
        return []
    came: list[tuple[int, int]] = [(0, 1)]
    drop, keep = 0.0, scores[0]
    for i in range(1, n):
        to_drop, from_drop = (drop, 0) if drop >= keep - penalty else (keep - penalty, 1)
        to_keep, from_keep = (keep + scores[i], 1) if keep >= drop - penalty else (drop - penalty + scores[i], 0)
        came.append((from_drop, from_keep))
        drop, keep = to_drop, to_keep
    labels = [False] * n
    state = 1 if keep >= drop else 0
    for i in range(n - 1, -1, -1):
        labels[i] = bool(state)
        state = came[i][state]
    return labels


def keep_runs(
    probabilities: npt.NDArray[np.float64], words: list[int], threshold: float, penalty: float, compiled: bool = True
) -> list[bool]:
    """Which items to keep: a model's `probabilities` against `threshold`, in runs, paying
    `penalty` per switch between keeping and dropping."""
    if compiled and text_fast is not None:
        contiguous = np.ascontiguousarray(probabilities, dtype=np.float64)
        labels: list[bool] = text_fast.keep_runs(contiguous, words, threshold, penalty, PROBABILITY_CLIP)
        return labels
    return best_runs(item_scores(probabilities.tolist(), words, threshold), penalty)
