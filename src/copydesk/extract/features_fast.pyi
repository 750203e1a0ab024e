from typing import Any

import numpy as np
import numpy.typing as npt

def owner_columns(
    out: npt.NDArray[np.float64],
    owners: npt.NDArray[np.int64],
    parent: npt.NDArray[np.int64],
    depth: npt.NDArray[np.int64],
    own: npt.NDArray[np.int64],
    concepts: npt.NDArray[np.int64],
    tags: npt.NDArray[np.int64],
    chars: npt.NDArray[np.float64],
    link_chars: npt.NDArray[np.float64],
    blocks: npt.NDArray[np.float64],
    heading: npt.NDArray[np.float64],
    kind: npt.NDArray[np.int64],
    columns: tuple[int, ...],
    concept_width: int,
    tag_width: int,
    near_levels: int,
    ancestor_levels: int,
    total: float,
    page_link_density: float,
    page_log_blocks: float,
    best_start: int,
    best_end: int,
    best_share: float,
) -> None: ...
def subtree_end(depth: npt.NDArray[np.int64], root: int) -> int: ...
def best_container(
    parent: npt.NDArray[np.int64],
    chars: npt.NDArray[np.float64],
    link_chars: npt.NDArray[np.float64],
    sizes: npt.NDArray[np.float64],
    commas: npt.NDArray[np.float64],
    block_link_chars: npt.NDArray[np.float64],
    owners: npt.NDArray[np.int64],
    min_scored_chars: float,
    max_link_density: float,
    chars_per_point: float,
    max_length_points: float,
    grandparent_share: float,
) -> int: ...
def block_columns(
    out: npt.NDArray[np.float64],
    counts: npt.NDArray[np.float64],
    link_chars: npt.NDArray[np.float64],
    owners: npt.NDArray[np.int64],
    repeats: npt.NDArray[np.float64],
    columns: tuple[int, ...],
    total: float,
    max_words: float,
    max_commas: float,
    max_repeats: float,
    page_values: tuple[float, ...],
) -> None: ...
def word_shares(words: list[str], references: tuple[set[str] | frozenset[str], ...]) -> list[float]: ...
def upper_share(text: str) -> float: ...
def title_rows(
    out: npt.NDArray[np.float64],
    found: list[Any],
    words_of: list[list[str]],
    source_names: tuple[str, ...],
    rule_key: str,
    n_h1: float,
    references: tuple[set[str], ...],
) -> None: ...
