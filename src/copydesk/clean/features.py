"""One feature row per line of scraped text, for the line model.

Signals every language has: length and shape, terminal punctuation, the
blank-line structure, repetition, runs of short lines (menus), the
neighbours, and where the line sits relative to the page's prose; plus the
furniture phrases of `extract/patterns.py` as one signal among them.
`scripts/train_lines.py` and `clean/lines.py` both take `LINE_FEATURES`
from here.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from copydesk.extract.patterns import MAX_BREAK_WORDS, PHRASE_CONCEPTS, SECTION_BREAK, furniture_phrases

MIN_PROSE_WORDS = 8  # a line this long, or a shorter one ending a sentence, reads as prose
MIN_SENTENCE_WORDS = 4
SHORT_LINE_WORDS = 4  # menus are runs of lines this short
NEAR, FAR = 3, 10  # window half-widths for the share of prose around a line
TERMINAL = tuple('.!?…"”’»)。！？')
FURNITURE_KINDS = ("related", "media", "media_title", "caption")
_CAPITALISED = re.compile(r"(?:^|\s)[A-ZÀ-ÞΑ-ΩА-Я]")  # words that start with a capital
_DIGIT = re.compile(r"\d")
# Short lines stamped with a time or date: one heads an article, many in a row are comments
_STAMP = re.compile(r"\d{1,2}:\d{2}|\b\d+\s*(?:min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?)\s+ago\b|\b(?:19|20)\d{2}\b", re.I)
MAX_STAMP_WORDS = 8
MAIN_CLUSTER_GAP = 2  # non-prose lines allowed inside the main prose cluster (captions, ad slots)

LINE_FEATURES: tuple[str, ...] = (
    "log_chars", "words", "terminal", "ends_colon", "starts_upper", "title_case", "digit_ratio",
    "all_caps", "commas", "prose", *(f"says_{c}" for c in PHRASE_CONCEPTS),
    *(f"furniture_{k}" for k in FURNITURE_KINDS), "repeats", "rel_index", "chars_before",
    "prose_before", "prose_after", "prev2_words", "prev_words", "next_words", "next2_words",
    "prev_terminal", "next_terminal", "prose_near", "prose_far", "short_run", "blank_before",
    "blank_after", "group_lines", "group_index", "page_log_lines", "page_prose_share",
    "in_main", "before_main", "after_main", "from_main_end", "is_break", "after_break", "stamps_near",
)  # fmt: skip


@dataclass(slots=True)
class RawLine:
    """A non-blank line and the blank-line group (paragraph) it belongs to."""

    text: str
    words: int
    terminal: bool
    group: int
    blank_before: bool
    phrases: frozenset[str]  # furniture-phrase concepts found in the line's start
    furniture: str = ""  # a FURNITURE_KINDS entry when a furniture rule claimed the line


def split_lines(text: str) -> list[RawLine]:
    lines: list[RawLine] = []
    group, blank = 0, True
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            if not blank:
                group += 1
            blank = True
            continue
        phrases = furniture_phrases(line)
        lines.append(RawLine(line, len(line.split()), line.endswith(TERMINAL), group, blank, phrases))
        blank = False
    return lines


def is_prose(line: RawLine) -> bool:
    return line.words >= MIN_PROSE_WORDS or (line.terminal and line.words >= MIN_SENTENCE_WORDS)


def _shape(text: str, n_words: int, terminal: bool) -> list[float]:
    n = max(n_words, 1)
    size = len(text)
    digits = len(_DIGIT.findall(text))
    return [
        math.log1p(size), min(n_words, 200), float(terminal), float(text.endswith(":")),
        float(text[0].isupper()), len(_CAPITALISED.findall(text)) / n, digits / size,
        float(text.isupper()), min(text.count(","), 20),
    ]  # fmt: skip


def _short_runs(lines: list[RawLine]) -> list[int]:
    """Length of the run of short unpunctuated lines each line belongs to (0 if none)."""
    runs = [0] * len(lines)
    start = 0
    for i in range(len(lines) + 1):
        short = i < len(lines) and lines[i].words <= SHORT_LINE_WORDS and not lines[i].terminal
        if not short:
            for j in range(start, i):
                runs[j] = i - start
            start = i + 1
    return runs


def _prefix_sums(flags: list[bool]) -> list[int]:
    """sums[j] - sums[i] counts the true flags in flags[i:j], so window shares cost O(1)."""
    sums = [0]
    for flag in flags:
        sums.append(sums[-1] + flag)
    return sums


def _main_cluster(lines: list[RawLine], prose: list[bool]) -> tuple[int, int]:
    """First and last line of the run of prose with the most characters (gaps of a few lines allowed)."""
    best, best_chars = (0, -1), 0
    start, last, chars = -1, -1, 0
    for i, (line, is_p) in enumerate(zip(lines, prose, strict=True)):
        if not is_p:
            continue
        if start < 0 or i - last - 1 > MAIN_CLUSTER_GAP:
            start, chars = i, 0
        chars += len(line.text)
        last = i
        if chars > best_chars:
            best, best_chars = (start, last), chars
    return best


def _position_rows(lines: list[RawLine], prose: list[bool]) -> list[list[float]]:
    """Where each line sits relative to the main prose cluster, section headings and time stamps."""
    n = len(lines)
    first, last = _main_cluster(lines, prose)
    stamps = [line.words <= MAX_STAMP_WORDS and _STAMP.search(line.text) is not None for line in lines]
    stamp_sums = _prefix_sums(stamps)
    first_prose = prose.index(True) if True in prose else n
    rows, broken = [], False
    for i, line in enumerate(lines):
        is_break = line.words <= MAX_BREAK_WORDS and not line.terminal and SECTION_BREAK.search(line.text) is not None
        lo, hi = max(0, i - FAR), min(n, i + FAR + 1)
        rows.append([
            float(first <= i <= last), float(i < first), float(i > last), max(i - last, 0) / n,
            float(is_break), float(broken), (stamp_sums[hi] - stamp_sums[lo]) / (hi - lo),
        ])  # fmt: skip
        broken = broken or (is_break and i > first_prose)
    return rows


def line_features(lines: list[RawLine]) -> list[list[float]]:
    n = len(lines)
    if not n:
        return []
    prose = [is_prose(line) for line in lines]
    prose_chars = [len(line.text) if p else 0 for line, p in zip(lines, prose, strict=True)]
    total_prose = max(sum(prose_chars), 1)
    total_chars = max(sum(len(line.text) for line in lines), 1)
    counts = Counter(line.text for line in lines)
    group_sizes = Counter(line.group for line in lines)
    runs = _short_runs(lines)
    page = [math.log1p(n), sum(prose) / n]
    rows = []
    positions = _position_rows(lines, prose)
    prose_sums = _prefix_sums(prose)
    no_phrases = (0.0,) * len(PHRASE_CONCEPTS)
    no_furniture = (0.0,) * len(FURNITURE_KINDS)
    chars_before = prose_before = 0
    group_index = 0
    for i, line in enumerate(lines):
        if i and lines[i - 1].group == line.group:
            group_index += 1
        else:
            group_index = 0
        said = line.phrases
        words = [lines[j].words if 0 <= j < n else 0 for j in (i - 2, i - 1, i + 1, i + 2)]
        near_lo, near_hi = max(0, i - NEAR), min(n, i + NEAR + 1)
        far_lo, far_hi = max(0, i - FAR), min(n, i + FAR + 1)
        rows.append([
            *_shape(line.text, line.words, line.terminal), float(prose[i]),
            *([float(c in said) for c in PHRASE_CONCEPTS] if said else no_phrases),
            *([float(line.furniture == k) for k in FURNITURE_KINDS] if line.furniture else no_furniture),
            min(counts[line.text], 10), i / n, chars_before / total_chars,
            prose_before / total_prose, 1 - (prose_before + prose_chars[i]) / total_prose,
            *words, float(i > 0 and lines[i - 1].terminal), float(i + 1 < n and lines[i + 1].terminal),
            (prose_sums[near_hi] - prose_sums[near_lo]) / (near_hi - near_lo),
            (prose_sums[far_hi] - prose_sums[far_lo]) / (far_hi - far_lo), min(runs[i], 20), float(line.blank_before),
            float(i + 1 == n or lines[i + 1].blank_before), min(group_sizes[line.group], 50), min(group_index, 50),
            *page, *positions[i],
        ])  # fmt: skip
        chars_before += len(line.text)
        prose_before += prose_chars[i]
    return rows
