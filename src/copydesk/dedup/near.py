"""Near duplicates: syndicated copies of one story that each outlet edited a little.

A wire story runs on many sites, each cutting a paragraph, adding a line or
changing the headline, so exact keys (`dedup.exact`) miss most copies.  Each
article text becomes the set of its word shingles (the exact key's
normalisation, then `SHINGLE_WORDS`-word windows), sketched by MinHash and
indexed by locality-sensitive hashing (`dedup.bands`).  A text
whose estimated Jaccard similarity to an earlier kept text reaches
`NEAR_JACCARD` becomes a drop row (``dedup:near``) naming the earliest such
copy; an identical text is still ``dedup:exact``.  Input order is fixed by the
shard plan, so the result is the same under every engine and after a resume.
A crawl run sketches each text in the worker that extracted it
(`sketch_values`, through `dedup.keys`); the serial merge only looks sketches up.

Memory grows with the kept articles: ~1.6 KB a kept article with its exact key
and doc id (`benchmarks/near_index.py`: tracemalloc over 100,000 sketches), the
sketch 0.5 KB of it in one array and its bands ~0.6 KB (`dedup.bands`);
datasketch's `MinHashLSH` held ~9 KB, a Python set for each of a text's 25 bands.
"""

from __future__ import annotations

import zlib
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

from copydesk.dedup.bands import BandIndex, band_keys
from copydesk.dedup.exact import ExactDedup
from copydesk.dedup.keys import DedupKeys

# Five-word windows: long enough that common phrases ("said in a statement on") rarely make two
# different stories alike, short enough that an edit changes only the few windows around it.
SHINGLE_WORDS = 5
# Estimated Jaccard similarity of the shingle sets at which a text is a copy.  Of a wire story of 10
# paragraphs (tests/dedup/test_near.py), an outlet's copy that runs the first 8 and a credit line of
# its own shares 0.84 of the shingles, with its lead rewritten too 0.66, with two paragraphs
# rewritten 0.53; another story on the same event with a paragraph in common 0.07.  On the 1,536
# dev pages (different sites, few stories in common) no pair reaches even 0.3 beyond the 4 exact
# copies.  Language-model corpora often dedup at 0.7-0.8; grouping a newsroom's edits needs lower.
NEAR_JACCARD = 0.5
NUM_PERM = 128  # MinHash permutations: the similarity estimate's standard error is about 0.044 at 0.5
SCHEME = "affine32"  # datasketch 2's 32-bit sketch: the windows are hashed to 32 bits
# A text shorter than this many shingles is left to exact dedup: on a few sentences one edit moves
# the similarity by more than the threshold's margin, and briefs that share a boilerplate lead
# ("Police are investigating a ...") would be taken for copies.
MIN_SHINGLES = 20
_WINDOW_BASE = np.uint64(1_000_003)  # a prime: the window's words in order make its hash


def shingle_hashes(words: list[str]) -> npt.NDArray[np.uint32]:
    """Every `SHINGLE_WORDS`-word window of a text's `normal_words`, in order and repeats kept, as a
    32-bit hash: each word's CRC-32, combined over the window as a polynomial (vectorised; stable
    across processes, so a resumed run agrees)."""
    windows = len(words) - SHINGLE_WORDS + 1
    if windows <= 0:
        return np.zeros(0, dtype=np.uint32)
    word_hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    combined = np.zeros(windows, dtype=np.uint64)
    for k in range(SHINGLE_WORDS):
        combined = combined * _WINDOW_BASE + word_hashes[k : k + windows]  # wraps modulo 2**64
    return (combined & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def _has_distinct(hashes: npt.NDArray[np.uint32], wanted: int) -> bool:
    """Whether `hashes` hold `wanted` distinct values: looked for among the first few windows first
    (nearly every text has them there), the whole text only when they do not."""
    head = hashes[: 4 * wanted]
    return len(np.unique(head)) >= wanted or (len(hashes) > len(head) and len(np.unique(hashes)) >= wanted)


# The kept texts' sketches are held in blocks of this many rows (4 MB): a block is added as the
# last fills, so none is ever copied (one array doubled would hold three times its size a moment).
SKETCH_BLOCK_ROWS = 8192
SEED = 1  # datasketch's default: the permutations drawn from it are the same in every process


@cache
def minhash_permutations() -> Any:
    """The MinHash permutations, drawn once a process (drawing them took longer than sketching a story)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


# datasketch's "affine32" scheme, applied here in NumPy: each shingle hash is mixed once by
# MurmurHash3's 32-bit finaliser, then permutation k maps it to a_k * h + b_k (mod 2**32), and
# the sketch keeps each permutation's least value.  datasketch's own `update_batch` calls a hash
# function in Python for every shingle and wants them distinct first (`np.unique`): 640 -> 353 µs
# a dev article for the shingles and the sketch, the same values (tests/dedup/test_keys.py).
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
SKETCH_CHUNK = 4096  # windows permuted at a time: a long text's temporary stays ~2 MB


def _mixed(hashes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    shift1, mult1, shift2, mult2, shift3 = _FMIX32
    hashes = (hashes ^ (hashes >> shift1)) * mult1
    hashes = (hashes ^ (hashes >> shift2)) * mult2
    return hashes ^ (hashes >> shift3)


def sketch_values(words: list[str]) -> npt.NDArray[np.uint32] | None:
    """The MinHash values of a text's shingles (`shingle_hashes`), as datasketch's "affine32"
    `MinHash` with our permutations (`minhash_permutations`) gives them; None for a text under
    `MIN_SHINGLES` distinct windows, which is left to exact dedup."""
    hashes = shingle_hashes(words)
    if len(hashes) < MIN_SHINGLES or not _has_distinct(hashes, MIN_SHINGLES):
        return None
    a, b = (np.asarray(p, dtype=np.uint32) for p in minhash_permutations())
    mixed = _mixed(hashes)
    values = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(mixed), SKETCH_CHUNK):
        np.minimum(values, (np.multiply.outer(mixed[start : start + SKETCH_CHUNK], a) + b).min(axis=0), out=values)
    return values


MISSING_DEPENDENCY = "--dedup near needs datasketch: pip install 'copydesk[crawl]'"


def check_available() -> None:
    """Raise ImportError with the install hint when datasketch is missing: a run checks before it starts."""
    try:
        import datasketch  # noqa: F401
    except ImportError as exc:
        raise ImportError(MISSING_DEPENDENCY) from exc


class NearDedup:
    """Marks exact and near copies of earlier kept article texts; holds their sketches."""

    def __init__(self, threshold: float = NEAR_JACCARD) -> None:
        check_available()
        self.threshold = threshold
        self.exact = ExactDedup()
        self.index = BandIndex()
        self.ids: list[str] = []  # the kept texts' doc ids, in input order: a kept text's number is its place here
        self.sketch_blocks: list[npt.NDArray[np.uint32]] = []  # kept text k's sketch: row k % SKETCH_BLOCK_ROWS of block k // it
        self.near_of: dict[str, str] = {}  # a near copy's doc id -> the kept copy it was marked a copy of

    def decide(self, doc_id: str, keys: DedupKeys) -> tuple[str, str] | None:
        """(reason, the earliest kept copy's doc id) for an exact or near copy; else None, and the
        text is indexed (a text with no sketch, too short, only by its exact key)."""
        if (found := self.exact.decide(doc_id, keys)) is not None:
            first = found[1]  # an exact copy of a near copy is a near copy of the same kept text
            return ("dedup:near", self.near_of[first]) if first in self.near_of else found
        if keys.sketch is None:
            return None
        sketch = np.asarray(keys.sketch, dtype=np.uint32)
        bands = band_keys(sketch)
        if candidates := self.index.candidates(bands):  # the estimated Jaccard similarity: the share of equal values
            kept = np.stack([self.sketch_blocks[n // SKETCH_BLOCK_ROWS][n % SKETCH_BLOCK_ROWS] for n in candidates])
            similar = np.flatnonzero((kept == sketch).mean(axis=1) >= self.threshold)
            if len(similar):  # the earliest kept copy is named (the numbers ascend)
                self.near_of[doc_id] = self.ids[candidates[int(similar[0])]]
                return "dedup:near", self.near_of[doc_id]
        number = len(self.ids)
        if number % SKETCH_BLOCK_ROWS == 0:
            self.sketch_blocks.append(np.zeros((SKETCH_BLOCK_ROWS, NUM_PERM), dtype=np.uint32))
        self.sketch_blocks[-1][number % SKETCH_BLOCK_ROWS] = sketch
        self.ids.append(doc_id)
        self.index.add(bands, number)
        return None
