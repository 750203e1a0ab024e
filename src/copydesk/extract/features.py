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
from itertools import compress, repeat
from operator import attrgetter

import numpy as np
import numpy.typing as npt

from copydesk.extract.patterns import (
    ANCESTOR_TAGS,
    FEATURE_CONCEPT_MASK,
    FEATURE_CONCEPTS,
    HEADING_TAGS,
    PHRASE_CONCEPTS,
    joined_starts,
)
from copydesk.extract.segment import Segmentation

try:  # the compiled text counts (text_fast.pyx); Python's and NumPy's where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]
try:  # the compiled owner columns (features_fast.pyx); NumPy's where it is not built
    from copydesk.extract import features_fast
except ImportError:  # pragma: no cover - depends on the build
    features_fast = None  # type: ignore[assignment]

# Readability-style container scoring, used for the `in_best` feature.
MIN_SCORED_CHARS = 25  # shorter blocks say nothing about where the article is
MAX_SCORED_LINK_DENSITY = 0.5  # link lists do not vote for a container
CHARS_PER_POINT = 100  # a scored block earns a point per this many chars...
MAX_LENGTH_POINTS = 3  # ...up to this many
GRANDPARENT_SHARE = 0.5  # a grandparent gets half a block's score
ANCESTOR_LEVELS = 4  # container statistics for this many ancestors up
NEAR_LEVELS = 3  # the innermost classed container is looked for this many levels up

TERMINAL = '.!?…:;"”’»)。！？'  # characters that end a sentence
_TOKEN = re.compile(r"\w+")

_KIND_TAGS = (
    ("p",), ("li",), ("td", "th"), ("div", "section", "article", "main", "span"),
    ("pre",), ("blockquote",), ("figcaption", "caption", "figure"), ("dt", "dd", "dl"),
    ("header", "footer", "nav", "aside"), ("label", "legend", "summary", "address"),
)  # fmt: skip
_KIND_INDEX = {tag: i for i, group in enumerate(_KIND_TAGS) for tag in group}
# An owner's tag as one number (0: any other tag), and per number its heading level and kind
# (-1: none): the two columns from one lookup a block.
_TAG_CODE = {tag: code for code, tag in enumerate(sorted(HEADING_TAGS.keys() | _KIND_INDEX.keys()), 1)}
_HEADING_BY_CODE = np.array([0.0] + [float(HEADING_TAGS.get(tag, 0)) for tag in _TAG_CODE])
_KIND_BY_CODE = np.array([-1] + [_KIND_INDEX.get(tag, -1) for tag in _TAG_CODE], dtype=np.int64)
_ELEMENT_TAG = attrgetter("tag")

FEATURE_NAMES: tuple[str, ...] = (
    "log_chars", "words", "link_density", "terminal", "commas", "digit_ratio",
    "upper_start", "avg_word_len", *(f"says_{c}" for c in PHRASE_CONCEPTS), "rel_index", "rel_offset", "heading_level", "depth",
    *(f"kind_{group[0]}" for group in _KIND_TAGS),
    *(f"own_{c}" for c in FEATURE_CONCEPTS),
    *(f"any_{c}" for c in FEATURE_CONCEPTS),
    *(f"near_{c}" for c in FEATURE_CONCEPTS),
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


COLUMN = {name: i for i, name in enumerate(FEATURE_NAMES)}
_PHRASE_BIT = {name: 1 << i for i, name in enumerate(PHRASE_CONCEPTS)}
_PHRASE_COLUMN = {name: COLUMN[f"says_{name}"] for name in PHRASE_CONCEPTS}
# The first column of each group `features_fast.owner_columns` writes, in its order (FEATURE_NAMES
# lists each group's columns together, in order: the ancestors' three a level).
_OWNER_COLUMN_GROUPS = tuple(COLUMN[name] for name in (
    "heading_level", "depth", f"kind_{_KIND_TAGS[0][0]}", f"own_{FEATURE_CONCEPTS[0]}", f"any_{FEATURE_CONCEPTS[0]}", f"near_{FEATURE_CONCEPTS[0]}",
    f"in_{ANCESTOR_TAGS[0]}", "anc0_share", "in_best", "best_share",
))  # fmt: skip


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def best_container(elements: _ElementArrays, sizes: npt.NDArray[np.float64], commas: npt.NDArray[np.float64],
                   link_chars: npt.NDArray[np.float64], owners: npt.NDArray[np.int64], compiled: bool = True) -> int:  # fmt: skip
    """Index of the element a Readability-style score picks as the article.

    Each scored block gives its points to its owner, the owner's parent, and
    half to the grandparent; the container's score is then discounted by its
    link density.  Points are added in block order, owner first, so the sums
    (and ties) come out as a plain loop would make them: the loop itself in C
    (`features_fast.best_container`) where that is built, this NumPy code
    otherwise (tests compare both)."""
    if compiled and features_fast is not None:
        best: int = features_fast.best_container(
            elements.parent, elements.chars, elements.link_chars, sizes, commas, link_chars, owners,
            MIN_SCORED_CHARS, MAX_SCORED_LINK_DENSITY, CHARS_PER_POINT, MAX_LENGTH_POINTS, GRANDPARENT_SHARE,
        )  # fmt: skip
        return best
    scored = (sizes >= MIN_SCORED_CHARS) & ~(link_chars > sizes * MAX_SCORED_LINK_DENSITY)
    if not scored.any():
        return 0
    owner = owners[scored]
    points = 1 + commas[scored] + np.minimum(sizes[scored] / CHARS_PER_POINT, MAX_LENGTH_POINTS)
    parent = elements.parent[owner]
    grand = np.where(parent >= 0, elements.parent[np.maximum(parent, 0)], -1)
    targets = np.stack([owner, parent, grand], axis=1).ravel()
    gains = np.stack([points, points, points * GRANDPARENT_SHARE], axis=1).ravel()
    keep = targets >= 0
    scores = np.zeros(elements.parent.size)
    np.add.at(scores, targets[keep], gains[keep])
    adjusted = scores * (1 - elements.link_chars / np.maximum(elements.chars, 1))
    adjusted[scores <= 0] = 0.0
    best = int(np.argmax(adjusted))
    return best if adjusted[best] > 0 else 0


def exact_log1p(values: npt.NDArray[np.float64], compiled: bool = True) -> npt.NDArray[np.float64]:
    """`math.log1p` over an array: NumPy's own log1p can differ in the last bit, and the
    model's thresholds were learnt on these exact values (libm's, in C where `text_fast` is
    built: `math.log1p` is libm's; a test compares)."""
    if compiled and text_fast is not None:
        result: npt.NDArray[np.float64] = text_fast.log1p_all(np.ascontiguousarray(values, dtype=np.float64))
        return result
    return np.fromiter(map(math.log1p, values.tolist()), dtype=np.float64, count=values.size)


def code_points(texts: list[str]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    """The code points of the texts joined by newlines, and where each text starts in them
    (for counts per text over all texts at once; `texts` and each text must be non-empty,
    as blocks and lines are, for `np.add.reduceat`)."""
    points = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return points, np.asarray(joined_starts(texts), dtype=np.int64)


def digit_counts(points: npt.NDArray[np.uint32], starts: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """Decimal digits per text (what ``\\d`` matches: ASCII digits, and characters
    `str.isdecimal` accepts), over `code_points` output.  Tests compare with the regex."""
    digit = (points >= ord("0")) & (points <= ord("9"))
    if (wide := np.flatnonzero(points > 127)).size:
        values = np.unique(points[wide])
        decimal = values[[chr(v).isdecimal() for v in values]]
        digit[wide] = np.isin(points[wide], decimal)
    return np.add.reduceat(digit, starts, dtype=np.float64)


def put_columns(out: npt.NDArray[np.float64], first: int, columns: npt.NDArray[np.float64]) -> None:
    """Write a group of columns (one row per block or line) into `out`, starting at column `first`."""
    out[:, first : first + columns.shape[1]] = columns


def phrase_columns(phrase_sets: list[frozenset[str]]) -> npt.NDArray[np.float64]:
    """Furniture-phrase concepts as 0.0/1.0 columns, in `PHRASE_CONCEPTS` order (blocks and lines alike)."""
    masks = np.zeros(len(phrase_sets), dtype=np.int64)
    for i in [i for i, said in enumerate(phrase_sets) if said]:  # most texts say none
        masks[i] = sum(_PHRASE_BIT[c] for c in phrase_sets[i] if c in _PHRASE_BIT)
    return _bit_columns(masks, len(PHRASE_CONCEPTS))


def _bit_columns(masks: npt.NDArray[np.int64], width: int) -> npt.NDArray[np.float64]:
    """Bit masks as 0.0/1.0 columns, lowest bit first."""
    return ((masks[:, None] >> np.arange(width)) & 1).astype(np.float64)


_BLOCK_PHRASES = attrgetter("phrases")
_BLOCK_LINK_CHARS = attrgetter("link_chars")
_BLOCK_OWNER = attrgetter("owner")
_ELEMENT_NUMBERS = attrgetter("parent", "depth", "own_concepts", "concepts", "tags", "chars", "link_chars", "blocks")


@dataclass(slots=True)
class _ElementArrays:
    """The numbers of every element of a page as arrays, for indexing by block owner."""

    parent: npt.NDArray[np.int64]
    depth: npt.NDArray[np.int64]
    own: npt.NDArray[np.int64]
    concepts: npt.NDArray[np.int64]
    tags: npt.NDArray[np.int64]
    chars: npt.NDArray[np.float64]
    link_chars: npt.NDArray[np.float64]
    blocks: npt.NDArray[np.float64]

    @classmethod
    def of(cls, seg: Segmentation) -> _ElementArrays:
        table = seg.element_table
        if table is None:  # the Python walk: read from the records
            table = np.array(list(map(_ELEMENT_NUMBERS, seg.elements)), dtype=np.int64).reshape(-1, 8)
        numbers = table.astype(np.float64)
        own = table[:, 2] & FEATURE_CONCEPT_MASK  # the "near" columns look for the innermost element with feature concepts
        return cls(table[:, 0], table[:, 1], own, table[:, 3], table[:, 4], numbers[:, 5], numbers[:, 6], numbers[:, 7])


def _subtree_run(elements: _ElementArrays, root: int, compiled: bool = True) -> tuple[int, int]:
    """The elements under `root` (itself included) as a run [start, end): indexes are in pre-order.
    In C where built (a loop that stops at the run's end; NumPy compares every later element)."""
    if compiled and features_fast is not None:
        return root, features_fast.subtree_end(elements.depth, root)
    after = np.flatnonzero(elements.depth[root + 1 :] <= elements.depth[root])
    return root, root + 1 + int(after[0]) if after.size else elements.depth.size


def _overlap(block_tokens: list[str], reference: frozenset[str]) -> float:
    if not reference or not block_tokens:
        return 0.0
    return sum(map(reference.__contains__, block_tokens)) / len(block_tokens)


def text_counts(texts: list[str], hints: PageHints, compiled: bool = True) -> npt.NDArray[np.float64]:
    """Per block text (each non-empty): chars, words, commas, digits, ends in `TERMINAL`,
    starts upper-case, share of its tokens in the title and in the JSON-LD body.

    In C (`text_fast.pyx`) where that is built; tests check both ways agree."""
    if compiled and text_fast is not None:
        counts: npt.NDArray[np.float64] = text_fast.text_counts(texts, TERMINAL, hints.title_tokens, hints.jsonld_tokens)
        return counts
    n = len(texts)
    out = np.zeros((n, 8))
    out[:, 0] = np.fromiter(map(len, texts), dtype=np.float64, count=n)
    out[:, 1] = np.fromiter((len(t.split()) for t in texts), dtype=np.float64, count=n)
    out[:, 2] = np.fromiter((t.count(",") for t in texts), dtype=np.float64, count=n)
    out[:, 3] = digit_counts(*code_points(texts)) if texts else 0.0
    out[:, 4] = [t[-1] in TERMINAL for t in texts]
    out[:, 5] = [t[0].isupper() for t in texts]
    if hints.jsonld_tokens or hints.title_tokens:
        block_tokens = [tokens(t) for t in texts]
        out[:, 6] = [_overlap(bt, hints.title_tokens) for bt in block_tokens]
        out[:, 7] = [_overlap(bt, hints.jsonld_tokens) for bt in block_tokens]
    return out


# Caps on counts a block feature reads: past these, more words, commas or repeats say nothing new.
MAX_WORDS = 500
MAX_COMMAS = 20
MAX_REPEATS = 10
# The columns `_block_columns` writes, in the order `features_fast.block_columns` takes them.
_BLOCK_COLUMNS = tuple(COLUMN[name] for name in (
    "log_chars", "words", "terminal", "commas", "digit_ratio", "upper_start", "avg_word_len", "title_overlap",
    "jsonld_overlap", "link_density", "rel_index", "rel_offset", "repeats", "prev_link_density", "prev_log_chars",
    "next_link_density", "next_log_chars", "same_owner_prev", "same_owner_next", "page_log_chars",
))  # fmt: skip
_PAGE_COLUMNS = ("page_log_chars", "page_log_blocks", "page_link_density", "has_jsonld_body")  # in FEATURE_NAMES' order


def _block_columns(out: npt.NDArray[np.float64], counts: npt.NDArray[np.float64], link_chars: npt.NDArray[np.float64],
                   owners: npt.NDArray[np.int64], repeats: npt.NDArray[np.float64], total: int,
                   page_values: tuple[float, ...], compiled: bool = True) -> None:  # fmt: skip
    """Fill the columns a block takes from its own text (`counts`: `text_counts`' rows), its
    place among the blocks, its neighbours, how often its text is printed (`repeats`), and the
    page's values (`page_values`, in `_PAGE_COLUMNS` order).  In one compiled loop where
    `features_fast` is built (`block_columns`: ~30 NumPy calls of a microsecond or more each
    before), else with NumPy (the definition; tests compare both, to the bit)."""
    if compiled and features_fast is not None:
        features_fast.block_columns(
            out, counts, link_chars, owners, repeats, _BLOCK_COLUMNS, float(total), MAX_WORDS, MAX_COMMAS, MAX_REPEATS, page_values
        )
        return
    n = len(out)
    sizes, words, commas = counts[:, 0], counts[:, 1], counts[:, 2]
    out[:, COLUMN["log_chars"]] = exact_log1p(sizes)
    out[:, COLUMN["words"]] = np.minimum(words, MAX_WORDS)
    out[:, COLUMN["terminal"]] = counts[:, 4]
    out[:, COLUMN["commas"]] = np.minimum(commas, MAX_COMMAS)
    out[:, COLUMN["digit_ratio"]] = counts[:, 3] / sizes
    out[:, COLUMN["upper_start"]] = counts[:, 5]
    out[:, COLUMN["avg_word_len"]] = sizes / np.maximum(words, 1)
    out[:, COLUMN["title_overlap"]] = counts[:, 6]
    out[:, COLUMN["jsonld_overlap"]] = counts[:, 7]
    densities = link_chars / sizes
    log_sizes = out[:, COLUMN["log_chars"]]
    out[:, COLUMN["link_density"]] = densities
    out[:, COLUMN["rel_index"]] = np.arange(n) / n
    out[:, COLUMN["rel_offset"]] = (np.cumsum(sizes) - sizes) / total
    out[:, COLUMN["repeats"]] = np.minimum(repeats, MAX_REPEATS)
    out[1:, COLUMN["prev_link_density"]] = densities[:-1]
    out[1:, COLUMN["prev_log_chars"]] = log_sizes[:-1]
    out[:-1, COLUMN["next_link_density"]] = densities[1:]
    out[:-1, COLUMN["next_log_chars"]] = log_sizes[1:]
    same = owners[1:] == owners[:-1]
    out[1:, COLUMN["same_owner_prev"]] = same
    out[:-1, COLUMN["same_owner_next"]] = same
    first_page = COLUMN[_PAGE_COLUMNS[0]]
    out[:, first_page : first_page + len(page_values)] = page_values


def _phrase_columns(out: npt.NDArray[np.float64], seg: Segmentation) -> None:
    """Set the furniture-phrase columns of the few blocks saying one (as `phrase_columns`
    writes them; a test checks it)."""
    for i in compress(range(len(seg.blocks)), map(_BLOCK_PHRASES, seg.blocks)):
        for concept in seg.blocks[i].phrases:
            out[i, _PHRASE_COLUMN[concept]] = 1.0


def _owner_columns(out: npt.NDArray[np.float64], seg: Segmentation, owners: npt.NDArray[np.int64], page_link_density: float,
                   sizes: npt.NDArray[np.float64], commas: npt.NDArray[np.float64], link_chars: npt.NDArray[np.float64],
                   compiled: bool = True) -> None:  # fmt: skip
    """Fill the columns a block takes from the element that owns it and that element's
    ancestors: in C (`features_fast.owner_columns`) where that is built, else with NumPy (the
    definition; tests compare both)."""
    elements = _ElementArrays.of(seg)
    total = max(seg.total_chars, 1)
    owner_tags = map(_ELEMENT_TAG, map(seg.elements.__getitem__, owners.tolist()))
    codes = np.fromiter(map(_TAG_CODE.get, owner_tags, repeat(0, owners.size)), dtype=np.intp, count=owners.size)
    heading, kind = _HEADING_BY_CODE[codes], _KIND_BY_CODE[codes]
    best = best_container(elements, sizes, commas, link_chars, owners, compiled)
    best_start, best_end = _subtree_run(elements, best, compiled)
    if compiled and features_fast is not None:
        features_fast.owner_columns(
            out, owners, elements.parent, elements.depth, elements.own, elements.concepts, elements.tags,
            elements.chars, elements.link_chars, elements.blocks, heading, kind, _OWNER_COLUMN_GROUPS,
            len(FEATURE_CONCEPTS), len(ANCESTOR_TAGS), NEAR_LEVELS, ANCESTOR_LEVELS, float(total), page_link_density,
            math.log1p(len(seg.blocks)), best_start, best_end, elements.chars[best] / total,
        )  # fmt: skip
        return
    out[:, COLUMN["heading_level"]] = heading
    out[:, COLUMN["depth"]] = elements.depth[owners]
    kinds = np.zeros((owners.size, len(_KIND_TAGS)))
    has_kind = kind >= 0
    kinds[np.flatnonzero(has_kind), kind[has_kind]] = 1.0
    put_columns(out, COLUMN[f"kind_{_KIND_TAGS[0][0]}"], kinds)
    width = len(FEATURE_CONCEPTS)
    put_columns(out, COLUMN[f"own_{FEATURE_CONCEPTS[0]}"], _bit_columns(elements.own[owners], width))
    put_columns(out, COLUMN[f"any_{FEATURE_CONCEPTS[0]}"], _bit_columns(elements.concepts[owners], width))
    near = np.zeros(owners.size, dtype=np.int64)
    index = owners.copy()
    for _level in range(NEAR_LEVELS):
        step = (index >= 0) & (near == 0)
        near[step] = elements.own[index[step]]
        index[step] = elements.parent[index[step]]
    put_columns(out, COLUMN[f"near_{FEATURE_CONCEPTS[0]}"], _bit_columns(near, width))
    put_columns(out, COLUMN[f"in_{ANCESTOR_TAGS[0]}"], _bit_columns(elements.tags[owners], len(ANCESTOR_TAGS)))
    index = owners.copy()
    for level in range(ANCESTOR_LEVELS):
        valid = index >= 0
        at = index[valid]
        chars = elements.chars[at]
        share = np.full(owners.size, 1.0)
        density = np.full(owners.size, page_link_density)
        log_blocks = np.full(owners.size, math.log1p(len(seg.blocks)))
        share[valid] = chars / total
        density[valid] = elements.link_chars[at] / np.maximum(chars, 1)
        log_blocks[valid] = exact_log1p(elements.blocks[at])
        out[:, COLUMN[f"anc{level}_share"]] = share
        out[:, COLUMN[f"anc{level}_link_density"]] = density
        out[:, COLUMN[f"anc{level}_log_blocks"]] = log_blocks
        index[valid] = elements.parent[at]
    out[:, COLUMN["in_best"]] = (best_start <= owners) & (owners < best_end)
    out[:, COLUMN["best_share"]] = elements.chars[best] / total


def block_features(seg: Segmentation, hints: PageHints) -> npt.NDArray[np.float64]:
    """One row per block of `seg`, columns as in `FEATURE_NAMES`."""
    blocks, elements = seg.blocks, seg.elements
    n = len(blocks)
    out = np.zeros((n, len(FEATURE_NAMES)))
    if not blocks:
        return out
    total = max(seg.total_chars, 1)
    page_link_density = elements[0].link_chars / total
    texts = seg.texts
    counts = text_counts(texts, hints)
    link_chars = np.fromiter(map(_BLOCK_LINK_CHARS, blocks), dtype=np.float64, count=n)
    owners = np.fromiter(map(_BLOCK_OWNER, blocks), dtype=np.int64, count=n)
    printed = Counter(texts)
    repeats = np.fromiter(map(printed.__getitem__, texts), dtype=np.float64, count=n)
    page_values = (math.log1p(total), math.log1p(n), page_link_density, float(bool(hints.jsonld_tokens)))
    _block_columns(out, counts, link_chars, owners, repeats, total, page_values)
    _phrase_columns(out, seg)
    _owner_columns(out, seg, owners, page_link_density, counts[:, 0], counts[:, 2], link_chars)
    return out
