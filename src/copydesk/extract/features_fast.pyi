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
