"""Turn a `Segmentation` into one numeric feature row per block.

The rows feed the block classifier (`scorer.py`) and its training script
(`scripts/train_blocks.py`); both take `FEATURE_NAMES` from here, so the
columns can never drift apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from copydesk.extract.patterns import (
    ANCESTOR_TAGS,
    CONCEPTS,
    HEADING_TAGS,
    PHRASE_CONCEPTS,
)
from copydesk.extract.segment import Segmentation

# Readability-style container scoring, used for the `in_best` feature.
MIN_SCORED_CHARS = 25  # shorter blocks say nothing about where the article is
MAX_SCORED_LINK_DENSITY = 0.5  # link lists do not vote for a container
CHARS_PER_POINT = 100  # a scored block earns a point per this many chars...
MAX_LENGTH_POINTS = 3  # ...up to this many
GRANDPARENT_SHARE = 0.5  # a grandparent gets half a block's score
ANCESTOR_LEVELS = 4  # container statistics for this many ancestors up
BITS_CACHE_SIZE = 8192  # distinct concept/tag masks remembered
NEAR_LEVELS = 3  # the innermost classed container is looked for this many levels up

TERMINAL = frozenset('.!?…:;"”’»)。！？')
_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")

_KIND_TAGS = (
    ("p",), ("li",), ("td", "th"), ("div", "section", "article", "main", "span"),
    ("pre",), ("blockquote",), ("figcaption", "caption", "figure"), ("dt", "dd", "dl"),
    ("header", "footer", "nav", "aside"), ("label", "legend", "summary", "address"),
)  # fmt: skip
_KIND_INDEX = {tag: i for i, group in enumerate(_KIND_TAGS) for tag in group}

FEATURE_NAMES: tuple[str, ...] = (
    "log_chars", "words", "link_density", "terminal", "commas", "digit_ratio",
    "upper_start", "avg_word_len", *(f"says_{c}" for c in PHRASE_CONCEPTS), "rel_index", "rel_offset", "heading_level", "depth",
    *(f"kind_{group[0]}" for group in _KIND_TAGS),
    *(f"own_{c}" for c in CONCEPTS),
    *(f"any_{c}" for c in CONCEPTS),
    *(f"near_{c}" for c in CONCEPTS),
    *(f"in_{t}" for t in ANCESTOR_TAGS),
    *(f"anc{k}_{s}" for k in range(ANCESTOR_LEVELS) for s in ("share", "link_density", "log_blocks")),
    "in_best", "best_share", "jsonld_overlap", "title_overlap", "repeats",
    "prev_link_density", "prev_log_chars", "next_link_density", "next_log_chars",
    "same_owner_prev", "same_owner_next",
    "page_log_chars", "page_log_blocks", "page_link_density", "has_jsonld_body",
)  # fmt: skip


@dataclass(slots=True, frozen=True)
class PageHints:
    """Page-level text the features compare blocks with."""

    title_tokens: frozenset[str] = frozenset()
    jsonld_tokens: frozenset[str] = frozenset()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def best_container(seg: Segmentation) -> int:
    """Index of the element a Readability-style score picks as the article."""
    elements = seg.elements
    scores = [0.0] * len(elements)
    for block in seg.blocks:
        size = len(block.text)
        if size < MIN_SCORED_CHARS or block.link_chars > size * MAX_SCORED_LINK_DENSITY:
            continue
        points = 1 + block.text.count(",") + min(size / CHARS_PER_POINT, MAX_LENGTH_POINTS)
        owner = block.owner
        scores[owner] += points
        parent = elements[owner].parent
        if parent >= 0:
            scores[parent] += points
            grand = elements[parent].parent
            if grand >= 0:
                scores[grand] += points * GRANDPARENT_SHARE
    best, best_score = 0, 0.0
    for index, score in enumerate(scores):
        if score <= 0:
            continue
        element = elements[index]
        adjusted = score * (1 - element.link_chars / max(element.chars, 1))
        if adjusted > best_score:
            best, best_score = index, adjusted
    return best


def _text_stats(text: str, found: frozenset[str]) -> list[float]:
    words = text.split()
    n_words = len(words)
    size = len(text)
    digits = len(_DIGIT.findall(text))
    said = [float(c in found) for c in PHRASE_CONCEPTS]
    return [
        math.log1p(size),
        min(n_words, 500),
        0.0,  # link density, filled by the caller
        1.0 if text[-1] in TERMINAL else 0.0,
        min(text.count(","), 20),
        digits / size,
        1.0 if text[0].isupper() else 0.0,
        size / max(n_words, 1),
        *said,
    ]


def _overlap(block_tokens: list[str], reference: frozenset[str]) -> float:
    if not reference or not block_tokens:
        return 0.0
    return sum(t in reference for t in block_tokens) / len(block_tokens)


@lru_cache(maxsize=BITS_CACHE_SIZE)
def _bits(mask: int, width: int) -> tuple[float, ...]:
    """A bit mask as 0.0/1.0 columns (pure; cached because masks repeat on every page)."""
    return tuple(float(mask >> b & 1) for b in range(width))


def _owner_features(seg: Segmentation, owner_index: int, best: int, page_link_density: float) -> list[float]:
    """The columns every block of one owner element shares."""
    elements = seg.elements
    total = max(seg.total_chars, 1)
    owner = elements[owner_index]
    row: list[float] = [HEADING_TAGS.get(owner.tag, 0), owner.depth]
    kinds = [0.0] * len(_KIND_TAGS)
    kind = _KIND_INDEX.get(owner.tag)
    if kind is not None:
        kinds[kind] = 1.0
    row += kinds
    row += _bits(owner.own_concepts, len(CONCEPTS))
    row += _bits(owner.concepts, len(CONCEPTS))
    near, index = 0, owner_index
    for _level in range(NEAR_LEVELS):
        if index < 0 or near:
            break
        near, index = elements[index].own_concepts, elements[index].parent
    row += _bits(near, len(CONCEPTS))
    row += _bits(owner.tags, len(ANCESTOR_TAGS))
    index = owner_index
    for _level in range(ANCESTOR_LEVELS):
        if index >= 0:
            element = elements[index]
            row += [element.chars / total, element.link_chars / max(element.chars, 1), math.log1p(element.blocks)]
            index = element.parent
        else:
            row += [1.0, page_link_density, math.log1p(len(seg.blocks))]
    in_best = 0.0
    index = owner_index
    while index >= 0:
        if index == best:
            in_best = 1.0
            break
        index = elements[index].parent
    row.append(in_best)
    return row


def block_features(seg: Segmentation, hints: PageHints) -> list[list[float]]:
    """One row per block of `seg`, columns as in `FEATURE_NAMES`."""
    blocks, elements = seg.blocks, seg.elements
    if not blocks:
        return []
    total = max(seg.total_chars, 1)
    n_blocks = len(blocks)
    best = best_container(seg)
    best_share = elements[best].chars / total
    repeats = Counter(b.text for b in blocks)
    page_link_density = elements[0].link_chars / total
    page = [math.log1p(total), math.log1p(n_blocks), page_link_density, float(bool(hints.jsonld_tokens))]
    densities = [b.link_chars / len(b.text) for b in blocks]
    log_sizes = [math.log1p(len(b.text)) for b in blocks]
    owner_parts: dict[int, list[float]] = {}
    rows: list[list[float]] = []
    offset = 0
    for i, block in enumerate(blocks):
        row = _text_stats(block.text, block.phrases)
        row[2] = densities[i]
        row += [i / n_blocks, offset / total]
        part = owner_parts.get(block.owner)
        if part is None:
            part = owner_parts[block.owner] = _owner_features(seg, block.owner, best, page_link_density)
        row += part
        block_tokens = tokens(block.text)
        row += [best_share, _overlap(block_tokens, hints.jsonld_tokens), _overlap(block_tokens, hints.title_tokens), min(repeats[block.text], 10)]
        row += [densities[i - 1] if i else 0.0, log_sizes[i - 1] if i else 0.0]
        row += [densities[i + 1] if i + 1 < n_blocks else 0.0, log_sizes[i + 1] if i + 1 < n_blocks else 0.0]
        row += [float(i > 0 and blocks[i - 1].owner == block.owner), float(i + 1 < n_blocks and blocks[i + 1].owner == block.owner)]
        row += page
        rows.append(row)
        offset += len(block.text)
    return rows
