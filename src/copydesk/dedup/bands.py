"""The near-duplicate index: the LSH bands of each kept text's sketch, in flat arrays.

Locality-sensitive hashing cuts a MinHash sketch into `BANDS` bands of `ROWS` values; two
texts whose sketches agree on a whole band are candidates, which `near.NearDedup` then checks
by their estimated Jaccard similarity.  `BANDS` and `ROWS` are datasketch's choice for
`near.NEAR_JACCARD` and `near.NUM_PERM` (its `MinHashLSH` minimises the false positive and
negative rates, equally weighted), so the candidates are the ones its index gives.

That index keeps a bytes key and a Python set for every band of every text: ~7.8 KB a kept
text, which capped a run at a few million articles a head node.  Here a band is one 64-bit
key (its values hashed) in an open-addressing table: the keys and the kept texts' numbers in
two NumPy arrays, at most `MAX_LOAD` full, linear probing; 0.4-0.9 KB a kept text.  A lookup
probes a few slots a band through memoryviews (Python ints, no NumPy scalar per probe); the
table doubles in NumPy.  Two different bands sharing a key (a 64-bit collision) only add a
candidate the similarity check then turns down.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

BANDS = 25
ROWS = 5  # values a band: texts of Jaccard similarity s share a band with probability 1 - (1 - s**5)**25
EMPTY = 0  # a free slot's key; a band hashing to it is given key 1
# The table doubles before it is fuller.  Linear probing then looks at ~6 slots a band not held
# (2 at half full), read as Python ints: at 0.7 a decision took the same 34-35 µs as at 0.5
# (`benchmarks/near_index.py`), and the table is a third smaller on average.
MAX_LOAD = 0.7
FIRST_SLOTS = 1 << 12
# A band's values and its number folded into 64 bits (a multiply-add a value, wrapping), then
# splitmix64's finaliser, so every bit of the key, and so its slot, depends on every value.
_FOLD = np.uint64(0x9E3779B97F4A7C15)
_MIX = (np.uint64(30), np.uint64(0xBF58476D1CE4E5B9), np.uint64(27), np.uint64(0x94D049BB133111EB), np.uint64(31))
_BAND_NUMBERS = np.arange(1, BANDS + 1, dtype=np.uint64)


def band_keys(sketch: npt.NDArray[np.uint32]) -> list[int]:
    """The 64-bit keys of a sketch's `BANDS` bands (its first BANDS * ROWS values), never `EMPTY`."""
    values = np.asarray(sketch[: BANDS * ROWS], dtype=np.uint64).reshape(BANDS, ROWS)
    key = _BAND_NUMBERS
    for column in range(ROWS):
        key = key * _FOLD + values[:, column]
    shift1, mult1, shift2, mult2, shift3 = _MIX
    key = (key ^ (key >> shift1)) * mult1
    key = (key ^ (key >> shift2)) * mult2
    key ^= key >> shift3
    return [k or 1 for k in key.tolist()]


class BandIndex:
    """Band keys of kept texts, each text known by its number (`add`'s order)."""

    def __init__(self, slots: int = FIRST_SLOTS) -> None:
        if slots < 1 or slots & (slots - 1):
            raise ValueError("slots must be a power of two")
        self._allocate(slots)
        self.used = 0

    def _allocate(self, slots: int) -> None:
        self.keys = np.zeros(slots, dtype=np.uint64)
        self.numbers = np.zeros(slots, dtype=np.uint32)
        self._key_view, self._number_view = self.keys.data, self.numbers.data  # memoryviews: items read as Python ints

    def candidates(self, keys: list[int]) -> list[int]:
        """The numbers of the kept texts sharing one of `keys`, distinct and ascending."""
        table, numbers, mask = self._key_view, self._number_view, len(self.keys) - 1
        found = []
        for key in keys:
            slot = key & mask
            while (here := table[slot]) != EMPTY:  # a key's copies all sit before the next free slot
                if here == key:
                    found.append(numbers[slot])
                slot = (slot + 1) & mask
        return sorted(set(found)) if found else found

    def add(self, keys: list[int], number: int) -> None:
        """Index a kept text's band keys under its `number`."""
        if self.used + len(keys) > MAX_LOAD * len(self.keys):
            self._grow()
        table, numbers, mask = self._key_view, self._number_view, len(self.keys) - 1
        for key in keys:
            slot = key & mask
            while table[slot] != EMPTY:
                slot = (slot + 1) & mask
            table[slot], numbers[slot] = key, number
        self.used += len(keys)

    def _grow(self) -> None:
        """Twice the slots, every entry placed again (in NumPy: a step of every key's probe at once)."""
        held = self.keys != EMPTY
        keys, numbers = self.keys[held], self.numbers[held]
        self._allocate(2 * len(self.keys))
        place(self.keys, self.numbers, keys, numbers)


def place(table: npt.NDArray[np.uint64], table_numbers: npt.NDArray[np.uint32],
          keys: npt.NDArray[np.uint64], numbers: npt.NDArray[np.uint32]) -> None:  # fmt: skip
    """Put each key (with its number) in the first free slot of `table` from its own on, as
    `BandIndex.add` would one by one: each step writes, of the keys whose slot is free, the first
    to reach each slot (equal keys of two texts among them), and the others go on to the next slot."""
    mask = len(table) - 1
    slots = (keys & np.uint64(mask)).astype(np.intp)
    while len(slots):
        free = np.flatnonzero(table[slots] == EMPTY)
        _, first = np.unique(slots[free], return_index=True)
        settled = free[first]
        table[slots[settled]] = keys[settled]
        table_numbers[slots[settled]] = numbers[settled]
        going = np.ones(len(slots), dtype=bool)
        going[settled] = False
        keys, numbers, slots = keys[going], numbers[going], (slots[going] + 1) & mask
