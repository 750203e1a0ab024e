"""Dedup keys read in a worker: the same keys the merge would read, carried through JSON intact."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from copydesk.dedup.exact import normal_words, text_key
from copydesk.dedup.keys import DedupKeys, read_keys
from copydesk.dedup.near import NUM_PERM, NearDedup, sketch_values
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
