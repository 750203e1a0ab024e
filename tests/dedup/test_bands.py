"""The band index: the candidates and decisions datasketch's `MinHashLSH` gives, in a fraction of its memory."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.dedup.bands import BANDS, EMPTY, ROWS, BandIndex, band_keys
from copydesk.dedup.exact import DIGEST_BYTES
from copydesk.dedup.keys import DedupKeys
from copydesk.dedup.near import NEAR_JACCARD, NUM_PERM, SCHEME, SEED, NearDedup

datasketch = pytest.importorskip("datasketch")


def test_bands_are_datasketchs_choice_for_the_threshold() -> None:
    lsh = datasketch.MinHashLSH(threshold=NEAR_JACCARD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)


def test_equal_bands_give_equal_keys_and_one_value_changes_the_key() -> None:
    rng = np.random.default_rng(3)
    sketch = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
    keys = band_keys(sketch)
    assert len(keys) == len(set(keys)) == BANDS and EMPTY not in keys  # the band's number is in its key
    edited = sketch.copy()
    edited[ROWS * 3 + 2] += 1  # a value of band 3
    assert [k != e for k, e in zip(keys, band_keys(edited), strict=True)] == [b == 3 for b in range(BANDS)]
    assert band_keys(sketch.astype(np.uint64)) == keys


def test_texts_sharing_a_band_are_all_found_after_the_table_grows() -> None:
    """Equal keys of different texts sit in one probe run; growing the table (placing every key
    again at once) keeps each of them."""
    index = BandIndex(slots=4)
    shared = [11, 2**63 + 7, 4]  # three bands every text has, and one of its own
    for number in range(300):
        index.add([*shared, 1000 + number], number)
    assert len(index.keys) > 4 * 300  # grown many times
    assert index.candidates([shared[1]]) == list(range(300))
    assert index.candidates([1000 + 17, 5]) == [17]
    assert index.candidates([5, 6]) == []
    assert int((index.keys != EMPTY).sum()) == index.used == 4 * 300


def test_slots_must_be_a_power_of_two() -> None:
    with pytest.raises(ValueError, match="power of two"):
        BandIndex(slots=100)


class _DatasketchNearDedup:
    """Near dedup on datasketch's own index, as copydesk decided before `dedup.bands` (the reference)."""

    def __init__(self) -> None:
        self.index = datasketch.MinHashLSH(threshold=NEAR_JACCARD, num_perm=NUM_PERM)
        self.kept: dict[str, tuple[int, Any]] = {}

    def decide(self, doc_id: str, sketch: np.ndarray) -> str | None:
        lean = datasketch.LeanMinHash(seed=SEED, hashvalues=sketch, scheme=SCHEME)
        copies = [(self.kept[key][0], key) for key in self.index.query(lean) if lean.jaccard(self.kept[key][1]) >= NEAR_JACCARD]
        if copies:
            return min(copies)[1]
        self.index.insert(doc_id, lean)
        self.kept[doc_id] = (len(self.kept), lean)
        return None


# A run of texts: each either new or an edited copy of an earlier one (a share of its values redrawn).
_TEXTS = st.lists(st.tuples(st.integers(0, 10_000), st.floats(0.0, 0.9)), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(texts=_TEXTS, seed=st.integers(0, 2**32 - 1))
def test_decisions_are_datasketchs(texts: list[tuple[int, float]], seed: int) -> None:
    rng = np.random.default_rng(seed)
    ours, reference = NearDedup(), _DatasketchNearDedup()
    sketches: list[np.ndarray] = []
    for k, (source, redrawn) in enumerate(texts):
        sketch = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
        if sketches and source % 3:  # two in three texts copy an earlier one, more or less edited
            original = sketches[source % len(sketches)]
            sketch = np.where(rng.random(NUM_PERM) < redrawn, sketch, original).astype(np.uint32)
        sketches.append(sketch)
        found = ours.decide(f"d{k}", DedupKeys(rng.bytes(DIGEST_BYTES), sketch))
        assert (found[1] if found else None) == reference.decide(f"d{k}", sketch)
