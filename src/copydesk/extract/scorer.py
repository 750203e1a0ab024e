"""The block classifier: a LightGBM model shipped inside the package.

`scripts/train_blocks.py` writes `models/blocks.txt`; this module loads it
once per process (lazily, so importing copydesk stays cheap) and scores
feature rows.  The model's feature names are checked against
`FEATURE_NAMES` at load time, so a stale model fails loudly, not silently.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from copydesk.extract.features import FEATURE_NAMES

if TYPE_CHECKING:
    import lightgbm

MODEL_DIR = Path(__file__).with_name("models")
BLOCK_MODEL = MODEL_DIR / "blocks.txt"


class StaleModelError(RuntimeError):
    """The shipped model was trained on other features than the code makes."""


@cache
def load_model(path: Path = BLOCK_MODEL) -> lightgbm.Booster:
    import lightgbm

    booster = lightgbm.Booster(model_file=str(path))
    if tuple(booster.feature_name()) != FEATURE_NAMES:
        raise StaleModelError(f"{path} does not match FEATURE_NAMES: retrain with scripts/train_blocks.py")
    return booster


def score_blocks(rows: list[list[float]]) -> list[float]:
    """Probability that each block is main content."""
    if not rows:
        return []
    matrix = np.asarray(rows, dtype=np.float64)
    return load_model().predict(matrix, num_threads=1).tolist()  # type: ignore[no-any-return]
