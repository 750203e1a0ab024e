import numpy as np
import numpy.typing as npt

def text_counts(
    texts: list[str], terminal: str, title_tokens: frozenset[str], jsonld_tokens: frozenset[str]
) -> npt.NDArray[np.float64]: ...

def line_counts(texts: list[str], capital_ranges: tuple[tuple[int, int], ...]) -> npt.NDArray[np.float64]: ...
