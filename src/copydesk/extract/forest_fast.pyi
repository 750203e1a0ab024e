import numpy as np
import numpy.typing as npt

def leaf_sums(
    rows: npt.NDArray[np.float64],
    feature: npt.NDArray[np.int64],
    threshold: npt.NDArray[np.float64],
    left: npt.NDArray[np.int64],
    right: npt.NDArray[np.int64],
    value: npt.NDArray[np.float64],
    roots: npt.NDArray[np.int64],
    num_class: int,
) -> npt.NDArray[np.float64]: ...
