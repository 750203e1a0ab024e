"""The title a cleaned text reports: the rules' choice weighed against the other lines by a model.

`title.find_title`'s rules read the title off the page's ``<title>`` line, which crawlers print
first (html-text, WET).  A text scraped from the page's body alone has none (the seed page opens on
"Advertisement", then the headline; html2text and inscriptis print no ``<title>``), and then its
first line, a menu's ("Skip to content", "Sign In", "Cart 0"), was reported as the title: on the
WCXB pages' html-text renderings less their ``<title>`` line, 219 titles right of 1,355.

So the reported title is chosen by a small learned ranker among the lines that may be a headline:
the first line that may be a page's ``<title>`` (its site name cut), and each headline-length line
from HEADLINE_WINDOW lines over the story's first kept sentence, and over its run of kept
sentences, down to just under each (`candidate_lines`).  Each candidate's row is the line model's own columns for the line
(`features.LINE_FEATURES`) and HEADLINE_FEATURES (how the rules read it, where it stands against
the story, what stands under it, whether it echoes the first line).  The rules' choice is one of
the candidates, flagged as such, so where the ``<title>`` line is there the ranker mostly keeps it.

The ranker names the title only: the rules' line still anchors the cuts around the story (the
lines above the headline, the comment section, the next story).  Anchoring them on the ranked line
instead lost text (`renderings.py`, Zyte 0.9382 -> 0.9297 with the <title> line): the rules' line
is the one they were tuned on.

Trained on the domain-hash train split of the WCXB pages' renderings, with and without their
``<title>`` line (`scripts/train_headlines.py`); titles right, rules -> ranker (valid split, domains
the model never saw): with the ``<title>`` line 214 -> 221 of 301, without it 47 -> 125 (train
764 -> 818 and 172 -> 543 of 1,054).  What was tried beside it: docs/EXPERIMENTS.md, session 59.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from copydesk.clean.features import LINE_FEATURES, MIN_SENTENCE_WORDS, RawLine
from copydesk.clean.title import (
    BREADCRUMB,
    MAX_HEADING_WORDS,
    MIN_TITLE_WORDS,
    STORY_RUN_GAP,
    STORY_RUN_SHARE,
    headline_parts,
    is_headline_shaped,
    page_title_line,
    part_key,
    title_words,
)
from copydesk.extract.byline import bylines_among
from copydesk.extract.patterns import joined_starts
from copydesk.extract.scorer import MODEL_DIR, Forest, load_forest
from copydesk.extract.site_name import DANGLING_SEPARATOR, TITLE_SEPARATORS, strip_site_name
from copydesk.extract.title import clean_title

HEADLINE_MODEL = MODEL_DIR / "headlines.json"
HEADLINE_WINDOW = 80  # lines over the story looked at: a mega-menu of 300 lines may stand over the headline
MAX_UNANCHORED_LINES = 150  # lines looked at where no sentence is kept (a listing, a product page)
LINES_UNDER_STORY = 3  # lines under the story's first sentence looked at (a headline printed under a standfirst)
DATED_LINES = 3  # lines under a candidate looked at for a byline ("By …") or a stamp (`features.is_stamp`)
MAX_DISTANCE = 200  # distances in lines are capped here, and at -MIN_DISTANCE
MIN_DISTANCE = 50
_TERMINAL, _WORDS = LINE_FEATURES.index("terminal"), LINE_FEATURES.index("words")
# A line printing a line under it again is a trail of sections ending on the headline ("… | Posts |
# Local | <headline>"); a line printed again by one over it may be that headline.  WCXB titles +4
# train / +6 valid; held-out silver titles 124 -> 128 of 152, 64 -> 69 without the <title> line.
NEAR_LINES = 3  # lines either side read for a line printing this one again, or printed by it
MIN_HELD_CHARS = 12  # a shorter line below ("Home", "News") is printed inside many lines
MAX_BYLINE_WORDS = 12  # a longer line under a candidate is not read for a byline
_DANGLING_ENDS = frozenset("|–—•·»~/-:")  # the last characters `site_name.DANGLING_SEPARATOR` may end on
# A site-name separator between spaces, or a full-width bar or an underscore: the `has_separator`
# column, a cheaper reading of `site_name.TITLE_SEPARATORS` (no French quotes or CJK letters told).
_SEPARATOR = re.compile(r"\s(?:[|–—•·«»:~/‹›]|-{1,2}|::)\s|｜|_")

# The rule that chose the rules' line (`title.find_title`), as the feature `rule` numbers it.
RULE_ECHO = 1  # a line printing the <title> (or a part of it) again
RULE_HEADLINE = 2  # a reworded headline, or a dated one over the story, taken over the first line
RULE_FIRST_LINE = 4  # the first line itself
RULE_NO_TITLE_LINE = 5  # no first line may be a <title>: a dated headline, or the longest headline-shaped line

HEADLINE_FEATURES: tuple[str, ...] = (
    "line_probability", "is_first", "first_may_be_title", "first_has_separator", "rules_pick", "rule",
    "lines_to_story", "lines_to_run", "prints", "dated_below", "first_line_word_share", "first_line_part",
    "shaped_before", "has_separator", "index", "story", "kept", "lines_to_next_sentence", "shaped_to_story",
    "after_breadcrumb", "next_probability", "shaped_to_next_sentence", "holds_line_below", "held_by_line_above",
)  # fmt: skip
FEATURE_NAMES: tuple[str, ...] = (*LINE_FEATURES, *HEADLINE_FEATURES)
_EXTRA = {name: k for k, name in enumerate(HEADLINE_FEATURES)}
# The columns `candidate_lines` reads line by line, in the order it writes them.
_BY_LINE = [_EXTRA[name] for name in ("holds_line_below", "held_by_line_above", "is_first", "prints", "first_line_word_share", "first_line_part", "shaped_before",
                                      "has_separator", "after_breadcrumb")]  # fmt: skip


@lru_cache(maxsize=1)
def _model() -> Forest | None:
    return load_forest(HEADLINE_MODEL, FEATURE_NAMES) if HEADLINE_MODEL.exists() else None


def _lines_matching(pattern: re.Pattern[str], texts: list[str]) -> list[int]:
    """The positions of the `texts` (single lines) `pattern` finds something in, in one scan (a
    NUL between two texts: no pattern here reads one)."""
    starts = joined_starts(texts)  # (a NUL parts them here, as long as a line break)
    return sorted({bisect_right(starts, match.start()) - 1 for match in pattern.finditer("\0".join(texts))})


def _story_run(sentences: npt.NDArray[np.intp], words: npt.NDArray[np.float64], story: int) -> int:
    """The first line of the story's run of kept sentences (`title.STORY_RUN_SHARE` of the largest
    run's words; runs broken where more than `title.STORY_RUN_GAP` lines stand between two
    sentences), given the kept sentences' lines and words; `story` where none is kept."""
    if not len(sentences):
        return story
    starts = np.flatnonzero(np.diff(sentences, prepend=-STORY_RUN_GAP - 1) > STORY_RUN_GAP)
    totals = np.add.reduceat(words, starts)
    return int(sentences[starts[np.argmax(totals >= STORY_RUN_SHARE * totals.max())]])


def candidate_lines(
    lines: list[RawLine], texts: list[str], story: int, keep: list[bool] | None, rows: npt.NDArray[np.float64],
    probabilities: npt.NDArray[np.float64], stamps: npt.NDArray[np.uint8], pick: int | None, page_title: str | None,
    first_title: int | None,
) -> tuple[list[int], list[str], npt.NDArray[np.float64]]:
    """The lines that may be the page's title, the title each would give, and their feature rows
    (FEATURE_NAMES).  `story` is the story's first kept sentence, `keep` the line model's kept
    lines, `rows`, `probabilities` and `stamps` its rows, scores and stamped lines
    (`features.is_stamp`), `pick` the rules' line and `page_title` what `find_title` returned
    beside it (set where a headline was taken over the first line), `first_title` the first line
    where it may be a page's <title> (`title.page_title_line`)."""
    n = len(lines)
    first = first_title if first_title is not None else next((i for i, line in enumerate(lines[:4]) if not line.furniture), None)
    first_text = lines[first].text if first is not None else ""
    if first_title is None:
        rule = RULE_NO_TITLE_LINE
    elif pick == first_title:
        rule = RULE_FIRST_LINE
    else:
        rule = RULE_ECHO if page_title is None else RULE_HEADLINE
    kept = np.asarray(keep, dtype=np.bool_) if keep is not None and len(keep) == n else np.zeros(n, dtype=np.bool_)
    sentences = np.flatnonzero(kept & (rows[:, _TERMINAL] > 0) & (rows[:, _WORDS] >= MIN_SENTENCE_WORDS))
    run = _story_run(sentences, rows[sentences, _WORDS], story)
    anchor = min(story, run)
    window: list[int] | range
    if anchor >= n:
        window = range(min(n, MAX_UNANCHORED_LINES))
    else:  # over the story's first sentence and over its run: the two are one band on most pages
        window = sorted({i for start in {story, run} if start < n for i in range(max(0, start - HEADLINE_WINDOW), min(n, start + LINES_UNDER_STORY))})
    begin = window[0] if window else 0
    order = ([first_title] if first_title is not None and first_title < begin else []) + list(window)
    indices = [i for i in order if is_headline_shaped(lines[i]) or (i == first_title and not lines[i].furniture)]
    titles = [
        strip_site_name(clean_title(texts[i])) if i == first_title else DANGLING_SEPARATOR.sub("", texts[i]) if texts[i][-1] in _DANGLING_ENDS else texts[i]
        for i in indices
    ]  # fmt: skip
    indices = [i for i, title in zip(indices, titles, strict=True) if title]
    titles = [title for title in titles if title]
    if not indices:
        return [], [], np.zeros((0, len(FEATURE_NAMES)))
    at = np.asarray(indices)
    m = len(indices)
    # the story's next kept sentence at or under each candidate (n where none is)
    under = np.append(sentences, n)[np.searchsorted(sentences, at, side="left")]
    shaped = np.asarray([i for i in indices if i >= begin and is_headline_shaped(lines[i])], dtype=np.int64)
    under_each = at[:, None] + np.arange(1, DATED_LINES + 1)  # the lines under each candidate
    present = under_each < n
    below = np.minimum(under_each, n - 1)
    dated = stamps[below].astype(bool) & present
    looked = [j for j in set(below[present & ~dated].tolist()) if lines[j].words <= MAX_BYLINE_WORDS]
    for k in bylines_among([texts[j] for j in looked]):  # "By …" on a line of its own
        dated |= below == looked[k]
    dated_below = dated.any(axis=1)
    prints = Counter(texts)
    first_words = title_words(first_text)
    first_parts = set(headline_parts(clean_title(first_text))) if first_text else set()
    part_lengths = set(map(len, first_parts))  # only a line of a part's length can print it
    first_separator = TITLE_SEPARATORS.search(first_text) is not None
    printed = [texts[i] for i in indices]
    separated = set(_lines_matching(_SEPARATOR, printed))
    shares = [len(words & first_words) / max(1, len(words)) for words in map(title_words, printed)] if first_words else [0.0] * m
    per_line: list[float | int | bool] = []
    seen = 0
    for k, i in enumerate(indices):
        text = printed[k]
        is_first = i == first_title
        above = texts[i - 1] if i > 0 else ""
        near_below = texts[i + 1 : i + 1 + NEAR_LINES]
        near_above = texts[max(0, i - NEAR_LINES) : i]
        per_line += (
            any(len(other) < len(text) and other in text for other in near_below if len(other) >= MIN_HELD_CHARS),
            any(len(text) < len(other) and text in other for other in near_above),
            is_first, prints[text], 1.0 if is_first else shares[k],
            not is_first and len(text) in part_lengths and part_key(text) in first_parts, seen, k in separated,
            ("»" in above or ">" in above or "›" in above) and ("»" in above or BREADCRUMB.search(above) is not None),
        )  # fmt: skip
        seen += MIN_TITLE_WORDS <= lines[i].words <= MAX_HEADING_WORDS
    by_line = np.asarray(per_line).reshape(m, -1)
    extra = np.empty((m, len(HEADLINE_FEATURES)))
    extra[:, _EXTRA["line_probability"]] = probabilities[at]
    extra[:, _EXTRA["first_may_be_title"]] = first_title is not None
    extra[:, _EXTRA["first_has_separator"]] = first_separator
    extra[:, _EXTRA["rules_pick"]] = at == (-1 if pick is None else pick)
    extra[:, _EXTRA["rule"]] = rule
    extra[:, _EXTRA["lines_to_story"]] = np.minimum(np.maximum(story - at, -MIN_DISTANCE), MAX_DISTANCE)
    extra[:, _EXTRA["lines_to_run"]] = np.minimum(np.maximum(run - at, -MIN_DISTANCE), MAX_DISTANCE)
    extra[:, _EXTRA["index"]] = at
    extra[:, _EXTRA["story"]] = story
    extra[:, _EXTRA["kept"]] = kept[at]
    extra[:, _EXTRA["dated_below"]] = dated_below
    extra[:, _EXTRA["lines_to_next_sentence"]] = np.minimum(under - at, MAX_DISTANCE)
    extra[:, _EXTRA["shaped_to_story"]] = np.where(at < anchor, len(shaped) - np.searchsorted(shaped, at, side="right"), -1)
    extra[:, _EXTRA["next_probability"]] = probabilities[np.minimum(at + 1, n - 1)] * (at + 1 < n)
    extra[:, _EXTRA["shaped_to_next_sentence"]] = np.searchsorted(shaped, under, side="left") - np.searchsorted(shaped, at, side="right")
    extra[:, _BY_LINE] = by_line
    return indices, titles, np.hstack([rows[at], extra])


def rules_stand(lines: list[RawLine], found: tuple[int | None, str | None, str | None], first: int | None) -> bool:
    """Whether the rules' title stands without the ranker: a line under the `first` line (where it may
    be a page's <title>, `title.page_title_line`) prints a part of it again (`find_title`'s echo of
    "Headline | Site", of "Blog Name: Headline"), so the first line is a page's <title> and the echo
    its headline.  Ranked, a part of such a <title> was taken over its echo, on pages whose gold
    is either (WCXB valid titles with the <title> line +5 of 301 with this rule; an echo of the
    whole first line is left to the ranker: a logo's line repeats a menu's first line in a text
    printed without its <title>)."""
    pick, title, page_title = found
    if first is None or pick is None or pick == first or page_title is not None or title is None:
        return False  # no <title> line, the first line itself, or a headline taken over it
    return part_key(title) != part_key(clean_title(lines[first].text))


def best_candidate(indices: list[int], scores: npt.NDArray[np.float64], paragraphs: list[bool] | None) -> int | None:
    """The position in `indices` of the best-scored candidate that is not one of the story's
    `paragraphs` (a lone line of prose is the text, not its title), or None."""
    for position in np.argsort(-scores, kind="stable").tolist():
        if paragraphs is None or not paragraphs[indices[position]]:
            return int(position)
    return None


def ranked_title(
    lines: list[RawLine], texts: list[str], story: int, keep: list[bool] | None, rows: npt.NDArray[np.float64],
    probabilities: npt.NDArray[np.float64], stamps: npt.NDArray[np.uint8], found: tuple[int | None, str | None, str | None],
    paragraphs: Callable[[], list[bool]] | None = None,
) -> tuple[str | None, str | None]:
    """The title to report and the page's <title> where another line was taken over it, given
    `found`, `find_title`'s (line, title, page title), and which lines are the story's
    `paragraphs` (asked for where the ranker runs): as found where the rules stand
    (`rules_stand`), no model is shipped or the ranker picks the rules' line, else the ranker's
    line."""
    model = _model()
    pick, title, page_title = found
    if model is None or len(rows) != len(lines):
        return title, page_title
    first = page_title_line(lines)
    if rules_stand(lines, found, first):
        return title, page_title
    indices, titles, matrix = candidate_lines(lines, texts, story, keep, rows, probabilities, stamps, pick, page_title, first)
    best = best_candidate(indices, model.predict(matrix), paragraphs() if paragraphs is not None else None) if indices else None
    if best is None or indices[best] == pick:
        return title, page_title
    if first is not None and indices[best] != first:
        page_title = strip_site_name(clean_title(lines[first].text))  # a service's or a listing's title is its <title>
    elif indices[best] == first:
        page_title = None
    return titles[best], page_title
