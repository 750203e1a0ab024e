"""A document's dedup keys, read in the worker that extracted it.

Dedup itself is serial: the first copy in input order must win, so rows are
marked one after another in the finalize step.  Reading the keys is not: the
normalised words, the exact key and the near-duplicate sketch cost ~0.75 ms a
dev article (session 42: the words ~0.35, the shingles and the sketch ~0.35),
the index lookup ~0.04.  So a crawl run reads them in its workers (`run.steps.ReadDedupKeys`),
they are kept beside each part (`run.work.WorkDir.keys`), and the finalize
step reads only them (`run.finalize.find_copies`).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from copydesk.dedup.exact import DIGEST_BYTES, normal_words, text_key

SKETCH_DTYPE = np.dtype("<u4")  # MinHash values, 32-bit (`near.SCHEME`), stored little-endian


@dataclass(frozen=True, slots=True)
class DedupKeys:
    """An article text's exact key and, for near dedup, its MinHash values (None: too short to sketch)."""

    text_key: bytes
    sketch: npt.NDArray[np.uint32] | None = None

    def to_json(self) -> dict[str, str]:
        data = {"key": self.text_key.hex()}
        if self.sketch is not None:
            data["sketch"] = base64.b64encode(self.sketch.astype(SKETCH_DTYPE).tobytes()).decode("ascii")
        return data

    @classmethod
    def from_json(cls, data: Any, near: bool = False) -> DedupKeys | None:
        """Keys read back; None when they are missing or malformed (then read from the text again),
        or, for `near` dedup, when a sketch is not `near.NUM_PERM` values long."""
        if not isinstance(data, dict) or not isinstance(data.get("key"), str):
            return None
        try:
            key = bytes.fromhex(data["key"])
            raw = data.get("sketch")
            sketch = None if raw is None else np.frombuffer(base64.b64decode(raw, validate=True), dtype=SKETCH_DTYPE).astype(np.uint32)
        except (ValueError, TypeError, binascii.Error):
            return None
        if len(key) != DIGEST_BYTES or (near and sketch is not None and len(sketch) != _sketch_size()):
            return None
        return cls(key, sketch)


def _sketch_size() -> int:
    from copydesk.dedup.near import NUM_PERM  # near imports this module

    return NUM_PERM


def read_keys(text: str, near: bool) -> DedupKeys:
    """`text`'s exact key, and its sketch when `near` (`near.sketch_values`)."""
    words = normal_words(text)
    if not near:
        return DedupKeys(text_key(text, words))
    from copydesk.dedup.near import sketch_values  # datasketch is the crawl extra's

    return DedupKeys(text_key(text, words), sketch_values(words))
