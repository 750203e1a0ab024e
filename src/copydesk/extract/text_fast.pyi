from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

def text_counts(
    texts: list[str], terminal: str, title_tokens: frozenset[str], jsonld_tokens: frozenset[str]
) -> npt.NDArray[np.float64]: ...

def line_counts(texts: list[str], capital_ranges: tuple[tuple[int, int], ...]) -> npt.NDArray[np.float64]: ...
def line_shape(
    texts: list[str],
    words: npt.NDArray[np.int64],
    terminal: npt.NDArray[np.uint8],
    capital_ranges: tuple[tuple[int, int], ...],
    max_words: float,
    max_commas: float,
    out: npt.NDArray[np.float64],
    punctuated: npt.NDArray[np.uint8],
    maybe_stamp: npt.NDArray[np.uint8],
) -> None: ...

def line_context(
    words: npt.NDArray[np.int64],
    terminal: npt.NDArray[np.uint8],
    blank_before: npt.NDArray[np.uint8],
    groups: npt.NDArray[np.int64],
    sizes: npt.NDArray[np.int64],
    prose: npt.NDArray[np.uint8],
    breaks: npt.NDArray[np.uint8],
    stamps: npt.NDArray[np.uint8],
    near: int,
    far: int,
    gap: int,
    short_words: int,
    max_short_run: float,
    max_group: float,
    into: npt.NDArray[np.float64] | None = None,
) -> npt.NDArray[np.float64]: ...

def split_into_lines(
    text: str, terminal: str, script_ranges: tuple[tuple[int, int], ...], phrases: frozenset[str]
) -> tuple[list[Line], list[str], list[int], list[tuple[int, int]]]: ...

class HintScanner:
    window: int  # the skipping scan's window, 0 where it is not used
    def __init__(self, phrases: tuple[str, ...]) -> None: ...
    def starts(self, text: str) -> list[int]: ...
    def count_words_grouped(self, text: str, groups: tuple[int, ...], lower: bool = False) -> list[int]: ...
    def found_in(self, text: str) -> list[int]: ...
    def hit_lines(self, texts: list[str], max_chars: int) -> list[int] | None: ...
    def hint_lines(self, texts: list[str], max_chars: int) -> list[tuple[int, tuple[int, ...]]] | None: ...

def flag_candidates(
    texts: list[str],
    words: npt.NDArray[np.int64],
    terminal: npt.NDArray[np.uint8],
    punctuated: npt.NDArray[np.uint8],
    maybe_stamp: npt.NDArray[np.uint8],
    has_digit: npt.NDArray[np.uint8],
    break_hints: HintScanner,
    min_sentence_words: int,
    min_prose_words: int,
    max_break_words: int,
    max_stamp_words: int,
    prose: npt.NDArray[np.uint8],
) -> tuple[list[int], list[int]]: ...
def year_starts(text: str, limit: int = -1) -> list[int]: ...
def short_date_start(text: str) -> int: ...
def byte_count(data: bytes, byte: int) -> int: ...
def nesting_depths(data: bytes, chunk: int) -> tuple[int, int]: ...
def utf8_of(text: str) -> bytes: ...
def collapsed_prefix(text: str, start: int, size: int) -> str: ...
def price_count(text: str) -> int: ...
def lines_with_a_year(lines: list[str]) -> list[int]: ...
def log1p_all(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]: ...
def mojibake_pairs(text: str, enough: int) -> int: ...
def has_controls(text: str) -> bool: ...
def base_labels(
    keep: list[bool],
    words: list[int],
    rows: npt.NDArray[np.float64],
    terminal_column: int,
    short_run_column: int,
    repeats_column: int,
    menu_run: float,
    max_heading_words: int,
    max_short_words: int,
    names: tuple[str, str, str, str, str],
) -> tuple[list[str], list[int]]: ...
def stripped_lines(text: str, max_splits: int) -> list[str]: ...
def furniture_candidates(texts: list[str]) -> list[int]: ...
def keep_runs(
    probabilities: npt.NDArray[np.float64], words: list[int], threshold: float, penalty: float, clip: float
) -> list[bool]: ...

class Line:
    text: str
    words: int
    terminal: bool
    group: int
    blank_before: bool
    phrases: frozenset[str]
    furniture: str
    def __init__(
        self, text: str, words: int, terminal: bool, group: int, blank_before: bool, phrases: frozenset[str], furniture: str = ""
    ) -> None: ...

def repeat_column(texts: list[str], cap: float, out: npt.NDArray[np.float64], column: int) -> None: ...
def share_index(texts: list[str], share: float) -> int: ...
def opening_or_holding(texts: list[str], first: int, last: int, openings: tuple[str, ...], needles: tuple[str, ...]) -> list[int]: ...
def kept_word_sums(
    lines: list[Any], labels: list[str], kept_labels: frozenset[str], min_prose_words: int, start: int = 0, end: int = -1
) -> tuple[int, int]: ...
def mark_cells(lines: list[Any], out: npt.NDArray[np.float64], phrase_columns: dict[str, int], furniture_columns: dict[str, int]) -> None: ...
def line_columns(
    lines: list[Any],
) -> tuple[list[str], npt.NDArray[np.int64], npt.NDArray[np.bool_], npt.NDArray[np.int64], npt.NDArray[np.uint8], npt.NDArray[np.int64]]: ...

def comment_candidates(lines: list[Any], labels: list[str], rows: npt.NDArray[np.float64], break_column: int, after_words: int) -> list[int]: ...
def short_after_story(lines: list[Any], labels: list[str], min_sentence_words: int, max_words: int) -> list[int]: ...

T = TypeVar("T")

def removed_records(cls: type[T], lines: list[Any], labels: list[str], staying: frozenset[str]) -> tuple[list[T], list[int]]: ...
def staying_blocks(cls: type[T], lines: list[Any], labels: list[str], stays: list[int], kinds: dict[str, tuple[Any, int | None]]) -> list[T]: ...
def line_matrix(
    lines: list[Any],
    out: npt.NDArray[np.float64],
    capital_ranges: tuple[tuple[int, int], ...],
    max_words: float,
    max_commas: float,
    break_hints: HintScanner,
    min_sentence_words: int,
    min_prose_words: int,
    max_break_words: int,
    max_stamp_words: int,
    prose_column: int,
    repeats_column: int,
    max_repeats: float,
    phrase_columns: dict[str, int],
    furniture_columns: dict[str, int],
) -> tuple[
    list[str],
    npt.NDArray[np.int64],
    npt.NDArray[np.int64],
    npt.NDArray[np.int64],
    npt.NDArray[np.uint8],
    npt.NDArray[np.uint8],
    npt.NDArray[np.uint8],
    list[int],
    list[int],
]: ...
def marked_lines(lines: list[Any]) -> tuple[list[int], list[int]]: ...
def relabel_teaser_sections(
    lines: list[Any], labels: list[str], starts: list[int], kept_labels: frozenset[str], max_words: int, reason: str
) -> None: ...
def texts_at(lines: list[Any], indexes: list[int]) -> list[str]: ...
def lines_of_words(lines: list[Any], indexes: list[int], min_words: int, ends: tuple[str, ...] | None = None) -> list[int]: ...
def lower_case_of(ch: str) -> tuple[str, str]: ...
def class_of_char(ch: str) -> tuple[int, int]: ...
def joined_end(texts: list[str], start: int, chars: int) -> int: ...
def collapsed(text: str) -> str: ...
def word_total(texts: list[str], unspaced_ranges: tuple[tuple[int, int], ...] = (), chars_per_word: int = 0) -> int: ...
