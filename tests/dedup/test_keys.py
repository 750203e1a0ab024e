"""Dedup keys read in a worker: the same keys the merge would read, carried through JSON intact."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.dedup.exact import normal_words, text_key
from copydesk.dedup.keys import DedupKeys, read_keys
from copydesk.dedup.near import (
    MIN_SHINGLES,
    NUM_PERM,
    SCHEME,
    SEED,
    SKETCH_CHUNK,
    NearDedup,
    minhash_permutations,
    shingle_hashes,
    sketch_values,
)
from tests.dedup.test_near import WIRE, _row, mark

TEXT = "\n\n".join(WIRE)


def test_keys_survive_the_part_file() -> None:
    keys = read_keys(TEXT, near=True)
    assert keys.sketch is not None and keys.sketch.shape == (NUM_PERM,)
    back = DedupKeys.from_json(keys.to_json())
    assert back is not None and back.text_key == keys.text_key == text_key(TEXT)
    assert back.sketch is not None and np.array_equal(back.sketch, keys.sketch)
    exact_only = DedupKeys.from_json(read_keys(TEXT, near=False).to_json())
    assert exact_only == DedupKeys(text_key(TEXT))


def test_sketches_do_not_depend_on_the_process() -> None:
    """Workers and the merge must agree: the sketch is a function of the words alone (fixed
    permutations, CRC-32 words), the same in another interpreter."""
    first = sketch_values(normal_words(TEXT))
    assert first is not None
    assert np.array_equal(first, read_keys(TEXT.upper(), near=True).sketch)  # type: ignore[arg-type]
    script = "import sys; from copydesk.dedup.keys import read_keys; print(read_keys(sys.stdin.read(), near=True).to_json()['sketch'])"
    other = subprocess.run([sys.executable, "-c", script], input=TEXT, capture_output=True, text=True, check=True)
    assert other.stdout.strip() == read_keys(TEXT, near=True).to_json()["sketch"]
    assert sketch_values(normal_words("Police are investigating a fire on Main Street.")) is None  # too short to sketch


@pytest.mark.parametrize("data", [None, "key", {}, {"key": 7}, {"key": "zz"}, {"key": "ab"}, {"key": "00" * 16, "sketch": "!!"},
                                  {"key": "00" * 16, "sketch": 5}])  # fmt: skip
def test_malformed_keys_are_ignored(data: object) -> None:
    assert DedupKeys.from_json(data) is None


def test_marking_with_keys_read_elsewhere_gives_the_same_rows() -> None:
    texts = [WIRE, WIRE[:8], [p.upper() for p in WIRE], WIRE[5:], WIRE[:1]]
    here, there = NearDedup(), NearDedup()
    for i, paragraphs in enumerate(texts):
        row = _row(f"d{i}", paragraphs)
        keys = DedupKeys.from_json(read_keys("\n\n".join(paragraphs), near=True).to_json())
        assert mark(here, row) == mark(there, row, keys)


def test_a_sketch_of_the_wrong_size_is_read_again() -> None:
    """A keys line whose sketch is not NUM_PERM values long is refused for near dedup (the merge
    then reads the keys from the part's text), and kept for exact dedup, which ignores it."""
    short = DedupKeys(text_key(TEXT), np.zeros(3, dtype=np.uint32)).to_json()
    assert DedupKeys.from_json(short, near=True) is None
    kept = DedupKeys.from_json(short)
    assert kept is not None and kept.text_key == text_key(TEXT)


_VOCABULARY = [f"w{k}" for k in range(12)]


def _datasketch_values(words: list[str]) -> np.ndarray | None:
    """The sketch as datasketch's own `MinHash` makes it from the distinct shingles (the reference)."""
    datasketch = pytest.importorskip("datasketch")
    distinct = np.unique(shingle_hashes(words)).tolist()
    if len(distinct) < MIN_SHINGLES:
        return None
    reference = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, permutations=minhash_permutations(), scheme=SCHEME)
    reference.update_batch(distinct)
    return reference.hashvalues.astype(np.uint32)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(_VOCABULARY), max_size=400), repeat=st.integers(1, 25))
def test_sketches_are_datasketchs_minhash(words: list[str], repeat: int) -> None:
    """Repeated windows, texts past a chunk of windows (up to 10,000), texts with too few distinct ones."""
    words = words * repeat
    ours, reference = sketch_values(words), _datasketch_values(words)
    assert (ours is None) == (reference is None)
    assert ours is None or np.array_equal(ours, reference)


def test_distinct_windows_are_counted_past_a_repetitive_opening() -> None:
    """Eighty windows of one phrase, then new words: the few distinct windows at the start do not decide."""
    words = ["again"] * 90 + [f"new{k}" for k in range(30)]
    assert sketch_values(words) is not None and np.array_equal(sketch_values(words), _datasketch_values(words))
    assert sketch_values(["again"] * 5000) is None


def test_a_long_text_is_sketched_over_all_its_chunks() -> None:
    words = [f"u{k}" for k in range(3 * SKETCH_CHUNK)]  # every window new: each chunk holds other least values
    assert np.array_equal(sketch_values(words), _datasketch_values(words))
