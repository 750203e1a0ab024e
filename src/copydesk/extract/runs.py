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

from copydesk.clean.furniture import closing_credit
from copydesk.extract.features import COLUMN
from copydesk.extract.patterns import CONCEPT_BIT
from copydesk.extract.segment import Segmentation, subtree_blocks, subtree_end

try:  # the compiled pass (text_fast.pyx); Python where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - the compiled module is optional
    text_fast = None  # type: ignore[assignment]

PROBABILITY_CLIP = 1e-4  # probabilities are clipped to [clip, 1 - clip] before the log-odds

# A story's whole run of paragraphs (`continue_story`).  The block model reads a block's place
# on the page (`rel_index`, `rel_offset`) with the page's size (`page_log_chars`,
# `page_log_blocks`), and learnt from WCXB golds that stop part way through the longest stories
# (no WCXB gold passes 50,000 characters; some stop at 20,000): past ~9,000 words it drops a
# plain article's later paragraphs, and on still longer pages its first ones (a 12,000-word
# story kept to its first 5,000 words, a 78,000-word one lost its first 85 paragraphs and the
# last 1,000).  Where the kept story ends on a paragraph of a container holding at least
# STORY_MIN_PARAGRAPHS kept paragraphs at its depth, that container's other prose paragraphs
# at that depth are kept too.
# WCXB: 4 pages down (two golds that stop early, -0.46 and -0.18; a closing appeal; a photo
# credit), a Zyte page up (a paragraph the runs dropped between kept ones).  Settings on both
# dev sets: 5 paragraphs and 10 words first; 3 paragraphs +0.02 (two WCXB pages' short story
# paragraphs back), 6 words +0.03 (a Zyte story's 9-word paragraph), both together 3 pages up
# and none down, so 3 and 6; 8 paragraphs a Zyte page down (docs/EXPERIMENTS.md, Session 35).
STORY_MIN_PARAGRAPHS = 3
# How far above a paragraph's parent its story's container is looked for.  0: the parent only;
# 2: WCXB 4 pages up, 2 down (+0.059: stories in paragraph groups; two subscription appeals in
# the same container); 3: 6 up, 3 down (+0.087: a third appeal); 1: +0.028.  Zyte unchanged.
STORY_CONTAINER_LEVELS = 2
# The story's container is not looked for past an element classed as a comment, a post or
# reply, related stories, a sign-up or an appeal: paragraphs each in a post of their own are a
# run of readers' posts (or cards), not paragraph groups.
OTHER_VOICES = sum(CONCEPT_BIT[name] for name in ("comment", "post", "related", "subscribe", "appeal", "recirculation"))
STORY_ITEM_TAGS = frozenset({"li", "td", "th"})  # a list's or a table's: a kept story may end on one
STORY_LIST_TAGS = STORY_ITEM_TAGS | {"h2", "h3", "h4", "h5", "h6"}  # and the headings over its lists
STORY_MIN_WORDS = 6  # a continued paragraph is prose: this many words, ending a sentence...
STORY_MAX_LINK_DENSITY = 0.2  # ...and mostly not links
# The last resort when the model keeps next to nothing (`best_container_prose`): a page whose
# story sits after thousands of links or list items (a 5,000-link menu, 10,000 copies of one
# item) is past anything the block model was trained on, and it drops the story too.  The
# densest container's prose paragraphs are the story when there are this many of them (no dev
# page reaches this pass: every record unchanged).
FALLBACK_MIN_PARAGRAPHS = 3
_WORDS, _LINK_DENSITY, _TERMINAL, _IN_BEST = COLUMN["words"], COLUMN["link_density"], COLUMN["terminal"], COLUMN["in_best"]


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


def continue_story(seg: Segmentation, rows: npt.NDArray[np.float64], passes: list[bool]) -> list[bool]:
    """`passes` with the whole story kept: where the last kept block is a `<p>` (or a list's or a
    table's item, `STORY_ITEM_TAGS`: then the last kept `<p>` over its lists, tables and their
    headings), its container is the nearest of its parent and the STORY_CONTAINER_LEVELS
    elements above that holding `STORY_MIN_PARAGRAPHS` kept `<p>`s at its depth (a story
    printed in groups of paragraphs, "paragraph-group" after "paragraph-group", holds them a
    level up); every `<p>` at that depth in the container, and in its later siblings of its
    own kind (`_in_later_sections`), that reads as prose (`STORY_MIN_WORDS`, a sentence's end,
    few links) is kept, before, between and after the kept ones.  A container's subtree is a
    run of elements (`segment.subtree_end`), and its blocks a run of the page's blocks."""
    if True not in passes:
        return passes
    blocks, elements = seg.blocks, seg.elements
    last = len(passes) - 1 - passes[::-1].index(True)
    if elements[blocks[last].owner].tag in STORY_ITEM_TAGS:  # a story ending on a list or a table:
        while last >= 0 and (not passes[last] or elements[blocks[last].owner].tag in STORY_LIST_TAGS):
            last -= 1  # its last kept paragraph over its lists, tables and their headings
    if last < 0 or elements[blocks[last].owner].tag != "p" or (container := elements[blocks[last].owner].parent) < 0:
        return passes
    paragraph = elements[blocks[last].owner]
    for _level in range(STORY_CONTAINER_LEVELS + 1):
        first, stop = subtree_blocks(blocks, last, container, subtree_end(elements, container))
        paragraphs = [j for j in range(first, stop) if (owner := elements[blocks[j].owner]).tag == "p" and owner.depth == paragraph.depth]
        if sum(map(passes.__getitem__, paragraphs)) >= STORY_MIN_PARAGRAPHS:
            break
        if elements[container].own_concepts & OTHER_VOICES or (container := elements[container].parent) < 0:
            return passes  # a post's, a comment's or a related box's paragraphs are no story's to climb out of
    else:
        return passes
    paragraphs += _in_later_sections(seg, container, stop, paragraph.depth)
    prose = _prose(rows)
    continued = list(passes)
    for j in paragraphs:
        continued[j] = continued[j] or bool(prose[j])
    return continued


def _in_later_sections(seg: Segmentation, container: int, after: int, depth: int) -> list[int]:
    """The blocks from `after` on that are `<p>`s at `depth` in the story container's later
    siblings of its own kind (its tag and class concepts): a story printed in sections, one
    container a section between dividers and pictures (Medium's "section-inner" after
    "section-inner"), whose last section holds fewer words and scores lower."""
    elements, blocks = seg.elements, seg.blocks
    parent, tag, own = elements[container].parent, elements[container].tag, elements[container].own_concepts
    found: list[int] = []
    sibling = subtree_end(elements, container)
    j = after
    while parent >= 0 and sibling < len(elements) and elements[sibling].parent == parent:
        end = subtree_end(elements, sibling)
        while j < len(blocks) and blocks[j].owner < sibling:
            j += 1
        if elements[sibling].tag == tag and elements[sibling].own_concepts == own:
            for k in range(j, len(blocks)):
                if blocks[k].owner >= end:
                    break
                if (owner := elements[blocks[k].owner]).tag == "p" and owner.depth == depth:
                    found.append(k)
        sibling = end
    return found


def _prose(rows: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
    """Which blocks read as prose: STORY_MIN_WORDS words or more, a sentence's end, links at
    most STORY_MAX_LINK_DENSITY of the text (the block features `rows`)."""
    return (rows[:, _WORDS] >= STORY_MIN_WORDS) & (rows[:, _TERMINAL] > 0) & (rows[:, _LINK_DENSITY] <= STORY_MAX_LINK_DENSITY)


def best_container_prose(rows: npt.NDArray[np.float64], probabilities: list[float]) -> list[float] | None:
    """`probabilities` with each block of the page's densest container (`features.best_container`,
    the `in_best` column) that reads as prose (`STORY_MIN_WORDS`, a sentence's end, few links)
    raised to 1.0: stand-in probabilities for a page where the model kept next to nothing; None
    when fewer than `FALLBACK_MIN_PARAGRAPHS` blocks are such prose."""
    if not len(rows):
        return None
    prose = (rows[:, _IN_BEST] > 0) & _prose(rows)
    if int(prose.sum()) < FALLBACK_MIN_PARAGRAPHS:
        return None
    return [1.0 if is_prose else p for is_prose, p in zip(prose.tolist(), probabilities, strict=True)]


def fill_story_holes(seg: Segmentation, rows: npt.NDArray[np.float64], passes: list[bool]) -> list[bool]:
    """`passes` with each prose `<p>` (`_prose`) kept that stands between two kept `<p>`s and shares
    its parent with one of them: a paragraph the block model scored just under the bar (a list of
    officials' names and titles read as a menu) inside a run of the story's paragraphs, which the
    runs' switch penalty is too small to bridge and `continue_story` does not reach where the story
    is printed at two depths (a standfirst's box, then the paragraphs).  A caption printed as a
    paragraph, with its credit (`clean.furniture.closing_credit`), stays out.  Held-out: an
    Australian daily's second paragraph (Readability.js's test pages 0.9764 -> 0.9775) and five of
    a campaign group's annual review; every dev record unchanged."""
    blocks, elements = seg.blocks, seg.elements
    prose = _prose(rows)
    filled = list(passes)
    for j in range(1, len(passes) - 1):
        if passes[j] or not passes[j - 1] or not passes[j + 1] or not prose[j]:
            continue
        here, before, after = elements[blocks[j].owner], elements[blocks[j - 1].owner], elements[blocks[j + 1].owner]
        if (
            here.tag == before.tag == after.tag == "p" and here.parent in (before.parent, after.parent)
            and closing_credit(blocks[j].text) is None
        ):  # fmt: skip
            filled[j] = True
    return filled
