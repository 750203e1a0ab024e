import numpy as np
import numpy.typing as npt

def leaf_sums(
    rows: npt.NDArray[np.float64],
    feature: npt.NDArray[np.int64],
    threshold: npt.NDArray[np.float64],
    children: npt.NDArray[np.int64],
    value: npt.NDArray[np.float64],
    roots: npt.NDArray[np.int64],
    depth: int,
    num_class: int,
) -> npt.NDArray[np.float64]: ...
def complete_leaf_sums(
    rows: npt.NDArray[np.float64],
    feature: npt.NDArray[np.int32],
    threshold: npt.NDArray[np.float64],
    value: npt.NDArray[np.float64],
    n_trees: int,
    depth: int,
    num_class: int,
) -> npt.NDArray[np.float64]: ...
def packed_leaf_sums(
    rows: npt.NDArray[np.float64],
    nodes: npt.NDArray[np.uint8],
    value: npt.NDArray[np.float64],
    roots: npt.NDArray[np.int32],
    depth: int,
    num_class: int,
) -> npt.NDArray[np.float64]: ...
