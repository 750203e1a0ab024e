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
import statistics
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter
from typing import NamedTuple, cast

import numpy as np
import numpy.typing as npt

from copydesk.extract.features import (
    code_points,
    digit_counts,
    exact_log1p,
)
from copydesk.extract.language import LANGUAGE_SAMPLE_CHARS, detect_language
from copydesk.extract.patterns import (
    CHARS_PER_UNSPACED_WORD,
    MAX_BREAK_WORDS,
    NO_PHRASES,
    PHRASE_CONCEPTS,
    SECTION_BREAK,
    UNSPACED_RANGES,
    UNSPACED_SCRIPT,
    furniture_phrases_at,
    furniture_phrases_of_all,
    section_break_candidates,
    section_break_scanner,
    unspaced_words,
)

try:  # the compiled line counts (text_fast.pyx); NumPy's where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

# Prose: a line ending a sentence with MIN_SENTENCE_WORDS+ words, or a longer one
# (MIN_PROSE_WORDS+) with some PUNCTUATION inside (menus and tag clouds flattened
# into one line have none).
PUNCTUATION = re.compile(r"[.,;:!?…。、，；：！？]")
MIN_PROSE_WORDS = 8
MIN_SENTENCE_WORDS = 4
SHORT_LINE_WORDS = 4  # menus are runs of lines this short
NEAR, FAR = 3, 10  # window half-widths for the share of prose around a line
TERMINAL = tuple('.!?…"”’»)。！？')
_TERMINAL_CHARS = "".join(TERMINAL)
FURNITURE_KINDS = ("related", "media", "media_title", "caption")
_CAPITALISED = re.compile(r"(?<!\S)[A-ZÀ-ÞΑ-ΩА-Я]")  # words that start with a capital (the definition)
_CAPITAL_RANGES = ((ord("A"), ord("Z")), (ord("À"), ord("Þ")), (ord("Α"), ord("Ω")), (ord("А"), ord("Я")))  # as in _CAPITALISED
# Short lines stamped with a time or date: one heads an article, many in a row are comments
# (Every alternative opens with a digit; the look-ahead skips other positions at once,
# 1.6x faster: Python's `re` tries each alternative at every position otherwise.)
STAMP = re.compile(r"(?=\d)(?:\d{1,2}:\d{2}|\b\d+\s*(?:min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?)\s+ago\b|\b(?:19|20)\d{2}\b)", re.I)
MAX_STAMP_WORDS = 8
# "3 hours ago" in other languages ("vor 5 Minuten", "hace una hora", "il y a 3 heures", "2 ore fa",
# "há 2 dias", "5 minuten geleden", "5 minut temu", "5 минут назад"): a comment's time stamp where
# STAMP, whose relative form is English (a line-model feature, learnt from English pages), reads
# none.  Read only under a comment heading (`clean.lines._is_comment_stamp`).
RELATIVE_TIME = re.compile(
    r"\b(?:vor|hace|il y a|há)\s+(?:\d+|eine[mr]?|une?|una?|uma?)\s+(?:sekunden?|minuten?|stunden?|tage?n?|wochen?|monate?n?"
    r"|jahre?n?|segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|años?|anos?|secondes?|minutes?|heures?|jours?"
    r"|semaines?|mois|ans?)\b"
    r"|\b(?:\d+|un[ao]?)\s+(?:second[oi]|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa\b"
    r"|\b(?:\d+|een)\s+(?:seconden|minuten|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden\b"
    r"|\b\d+\s+(?:sekund|minut|godzin|dni|dzień|tygodni|miesi|lat)\w*\s+temu\b"
    r"|\b\d+\s+(?:секунд|минут|час|дн|день|недел|месяц|год|лет)\w*\s+назад\b"
    # Swedish, Danish/Norwegian, Finnish, Czech/Slovak/Slovenian, Hungarian, Romanian, Turkish, Greek,
    # Latvian, Lithuanian, Estonian, Croatian/Bosnian/Serbian, Ukrainian, Indonesian/Malay
    r"|\bför\s+(?:\d+|en|ett)\s+(?:sekund(?:er)?|minut(?:er)?|timm(?:e|ar)|dag(?:ar)?|veck(?:a|or)|månad(?:er)?|år)\s+sedan\b"
    r"|\bfor\s+(?:\d+|en|et|ett)\s+(?:sekund(?:er)?|minut(?:ter)?|time[rn]?|dag(?:e|en|er)?|uge[rn]?|uke[rn]?"
    r"|måned(?:er)?|år)\s+siden\b"
    r"|\b(?:\d+\s+)?(?:sekunti|sekuntia|minuutti|minuuttia|tunti|tuntia|päivä|päivää|viikko|viikkoa|kuukausi|kuukautta"
    r"|vuosi|vuotta)\s+sitten\b"
    r"|\bp[řr]ed\s+(?:(?:\d+|jednou)\s+(?:sekund|minut|minút|hodin|dn|dň|týdn|týž|měsíc|mesiac|rok|let|ur)\w*|hodinou|minutou)"
    r"|\b\d+\s+(?:másodperce|perce|órája|napja|hete|hónapja|éve)\b"
    r"|\bacum\s+(?:\d+|o|un)\s+(?:secunde|secundă|minute|minut|ore|oră|ora|zile|zi|săptămâni|săptămână|luni|lună|ani|an)\b"
    r"|\b\d+\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\s+önce\b"
    r"|\bπριν(?:\s+από)?\s+\d+\s+(?:δευτερόλεπτα|λεπτά|ώρες|ώρα|ημέρες|μέρες|εβδομάδες|μήνες|χρόνια)\b"
    r"|\bpirms\s+\d+\s+(?:sekundēm|minūtēm|minūtes|stundām|stundas|dienām|dienas|nedēļām|mēnešiem|gadiem)\b"
    r"|\bprieš\s+\d+\s+(?:sekund|minut|valand|dien|savait|mėnes|met)\w*"
    r"|\b\d+\s+(?:sekundit|minutit|tundi|päeva|nädalat|kuud|aastat)\s+tagasi\b"
    r"|\b(?:prije|pre)\s+\d+\s+(?:sekund|minut|sat|dan|tjed|nedelj|mjesec|mesec|godin)\w*"
    r"|\b\d+\s+(?:секунд|хвилин|годин|дн|день|тижн|місяц|рок|років)\w*\s+тому\b"
    r"|\b\d+\s+(?:detik|menit|minit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu\b"
    # Japanese, Chinese, Korean: no spaces, no word boundaries ("5分前", "2小时前", "3시간 전")
    r"|(?<!\d)\d{1,3}\s*(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|週|か月|ヶ月|个月|個月|年)前"
    r"|(?<!\d)\d{1,3}\s*(?:초|분|시간|일|주|개월|년)\s*전",
    re.I,
)
# One of these (lower-cased) is in every RELATIVE_TIME match (a test checks it).
RELATIVE_TIME_HINTS = ("vor ", "hace ", "il y a", "há ", " fa", "geleden", "temu", "назад", "sedan", "siden", "sitten",
                       "před ", "pred ", "perce", "órája", "napja", "hete", "hónapja", "éve", "acum ", "önce", "πριν",
                       "pirms ", "prieš ", "tagasi", "prije ", "pre ", "тому", "lalu", "前", "전")  # fmt: skip
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
    """A non-blank line and the blank-line group (paragraph) it belongs to.  (Where `text_fast`
    is built, `split_lines` gives `text_fast.Line`s: these fields, built in C; a test checks
    the two have the same fields and compare equal.)"""

    text: str
    words: int
    terminal: bool
    group: int
    blank_before: bool
    phrases: frozenset[str]  # furniture-phrase concepts found in the line's start
    furniture: str = ""  # a FURNITURE_KINDS entry when a furniture rule claimed the line


def _split_text(text: str) -> tuple[list[str], list[int], list[int], list[bool], list[bool]]:
    """`text_fast.split_into_lines` in Python: each non-blank line collapsed, its words, group,
    blank-before and terminal flags."""
    texts: list[str] = []
    words: list[int] = []
    groups: list[int] = []
    blanks: list[bool] = []
    group, blank = 0, True
    for raw in text.splitlines():
        parts = raw.split()
        if not parts:
            if not blank:
                group += 1
            blank = True
            continue
        texts.append(" ".join(parts))
        words.append(len(parts))
        groups.append(group)
        blanks.append(blank)
        blank = False
    return texts, words, groups, blanks, [line.endswith(TERMINAL) for line in texts]


def split_lines(text: str, compiled: bool = True) -> list[RawLine]:
    """The non-blank lines of `text`, white space collapsed, each with its blank-line group and
    the furniture phrases it says (split into `text_fast.Line`s in C, where that is built)."""
    return split_lines_with_columns(text, compiled)[0]


def split_lines_with_columns(text: str, compiled: bool = True) -> tuple[list[RawLine], list[str], list[int]]:
    """`split_lines`' lines, with their texts and word counts as lists (made as the lines are)."""
    if compiled and text_fast is not None:  # `text_fast.Line`s: RawLine's fields, built in C (5x faster)
        lines, texts, words, unspaced = text_fast.split_into_lines(text, _TERMINAL_CHARS, UNSPACED_RANGES, NO_PHRASES)
        for i, chars in unspaced:  # (index, characters of unspaced scripts): CJK lines
            lines[i].words = words[i] = max(lines[i].words, chars // CHARS_PER_UNSPACED_WORD)
        for i, phrases in furniture_phrases_at(texts):
            lines[i].phrases = phrases
        return cast("list[RawLine]", lines), texts, words
    texts, words, groups, blanks, ends = _split_text(text)
    if not text.isascii() and UNSPACED_SCRIPT.search(text):
        words = [max(n, unspaced_words(line)) for line, n in zip(texts, words, strict=True)]
    raw = list(map(RawLine, texts, words, ends, groups, blanks, furniture_phrases_of_all(texts)))  # the lists are all one length
    return raw, texts, words


def _compiled_lines(lines: list[RawLine]) -> bool:
    """Whether the lines may be read in C: `text_fast` is built and they are its `Line`s (the
    readers still fall back to Python, on a TypeError, when a `RawLine` sits among them)."""
    return text_fast is not None and bool(lines) and isinstance(lines[0], text_fast.Line)


def furniture_candidates(texts: list[str], compiled: bool = True) -> list[int]:
    """The lines `lines.mark_furniture`'s rules could take, in order: a colon in them, "cl"
    first in any case ("Click to play …": `furniture.PLAYER_LINE`; neither letter has a fold
    `re.I` matches from outside ASCII), or the next line opening with them (a caption printed
    twice).  In C (`text_fast.furniture_candidates`) where that is built; a test compares both."""
    if compiled and text_fast is not None:
        found: list[int] = text_fast.furniture_candidates(texts)
        return found
    if not texts:
        return []
    return [
        i for i, (text, following) in enumerate(zip(texts, [*texts[1:], ""], strict=True))
        if ":" in text or "：" in text or text[:2].lower() == "cl" or following.startswith(text)
    ]  # fmt: skip


def is_stamp(line: RawLine) -> bool:
    """A short line holding a clock time, "3 days ago" or a year: a post's or comment's time stamp."""
    return line.words <= MAX_STAMP_WORDS and STAMP.search(line.text) is not None


def is_section_break(line: RawLine, words: re.Pattern[str] = SECTION_BREAK) -> bool:
    """A short unpunctuated line naming what follows it (`SECTION_BREAK`, or a narrower set of words)."""
    return line.words <= MAX_BREAK_WORDS and not line.terminal and words.search(line.text) is not None


def is_prose(line: RawLine) -> bool:
    """A sentence, or a long line with punctuation in it (a flattened menu or tag cloud has none)."""
    if line.terminal:
        return line.words >= MIN_SENTENCE_WORDS
    return line.words >= MIN_PROSE_WORDS and PUNCTUATION.search(line.text) is not None


COLUMN = {name: i for i, name in enumerate(LINE_FEATURES)}
MAX_REPEATS = 10  # a line printed this often is boilerplate however often more
# RawLine fields read for every line (C getters: no Python frame per line)
_TEXT, _WORDS, _GROUP, _BLANK_BEFORE, _TERMINAL = map(attrgetter, ("text", "words", "group", "blank_before", "terminal"))
_FURNITURE_COLUMN = {kind: COLUMN[f"furniture_{kind}"] for kind in FURNITURE_KINDS}
_FURNITURE, _PHRASES = attrgetter("furniture"), attrgetter("phrases")
_PHRASE_COLUMN = {concept: COLUMN[f"says_{concept}"] for concept in PHRASE_CONCEPTS}


# The columns that place a line among its neighbours and in the page, in the order
# `context_columns` (and `text_fast.line_context`) return them.
CONTEXT_FEATURES: tuple[str, ...] = (
    "rel_index", "chars_before", "prose_before", "prose_after", "prev2_words", "prev_words",
    "next_words", "next2_words", "prev_terminal", "next_terminal", "prose_near", "prose_far",
    "short_run", "blank_before", "blank_after", "group_lines", "group_index", "page_log_lines",
    "page_prose_share", "in_main", "before_main", "after_main", "from_main_end", "is_break",
    "after_break", "stamps_near",
)  # fmt: skip
# They close LINE_FEATURES, in this order: written as one block of columns (a slice, not a fancy index).
_CONTEXT_START = len(LINE_FEATURES) - len(CONTEXT_FEATURES)
if LINE_FEATURES[_CONTEXT_START:] != CONTEXT_FEATURES:  # pragma: no cover - a programming error
    raise RuntimeError("CONTEXT_FEATURES must close LINE_FEATURES")
MAX_SHORT_RUN = 20  # longer menus read alike
MAX_GROUP = 50  # paragraph-group sizes and positions are capped here
MAX_WORDS = 200  # the words column is capped here (its neighbours' columns are not)
MAX_COMMAS = 20  # and the commas column here
# The columns `_shape_columns` fills: the first of LINE_FEATURES, in this order (`text_fast.line_shape`
# writes them by position).
SHAPE_FEATURES = ("log_chars", "words", "terminal", "ends_colon", "starts_upper", "title_case", "digit_ratio", "all_caps", "commas")
if LINE_FEATURES[: len(SHAPE_FEATURES)] != SHAPE_FEATURES:  # pragma: no cover - a programming error
    raise RuntimeError("SHAPE_FEATURES must open LINE_FEATURES")


@dataclass(slots=True)
class LineFlags:
    """Per line, the columns `context_columns` reads (NumPy arrays, one entry per line)."""

    words: npt.NDArray[np.int64]
    terminal: npt.NDArray[np.uint8]
    blank_before: npt.NDArray[np.uint8]
    groups: npt.NDArray[np.int64]  # nondecreasing, as `split_lines` numbers them
    sizes: npt.NDArray[np.int64]
    prose: npt.NDArray[np.uint8]
    breaks: npt.NDArray[np.uint8]  # `is_section_break`
    stamps: npt.NDArray[np.uint8]  # `is_stamp`


def _window_shares(sums: npt.NDArray[np.int64], half: int) -> npt.NDArray[np.float64]:
    """For each line, the share of true flags among the lines within `half` of it (from prefix sums)."""
    n = sums.size - 1
    index = np.arange(n)
    lo, hi = np.maximum(index - half, 0), np.minimum(index + half + 1, n)
    return (sums[hi] - sums[lo]) / (hi - lo)  # type: ignore[no-any-return]


def _in_ranges(points: npt.NDArray[np.uint32], ranges: tuple[tuple[int, int], ...]) -> npt.NDArray[np.bool_]:
    found = np.zeros(points.shape, dtype=bool)
    for low, high in ranges:
        found |= (points >= low) & (points <= high)
    return found


def shape_counts(texts: list[str], compiled: bool = True) -> npt.NDArray[np.float64]:
    """Per line, as columns: words opening with a capital (`_CAPITALISED`), decimal
    digits (``\\d``), commas, starts upper-case, ends in a colon, all capitals
    (`str.isupper`).

    In C (`text_fast.line_counts`) where that is built, else with NumPy over
    the code points of all lines at once and string methods; never a regex
    per line.  Lines are white-space collapsed, so the only white space before
    a capital is a space or the line start.  Tests compare both ways with the
    regexes and string methods."""
    if not texts:
        return np.zeros((0, 6))
    if compiled and text_fast is not None:
        counts: npt.NDArray[np.float64] = text_fast.line_counts(texts, _CAPITAL_RANGES)
        return counts
    points, starts = code_points(texts)
    after_space = np.empty(points.shape, dtype=bool)
    after_space[0] = True
    after_space[1:] = (points[:-1] == ord(" ")) | (points[:-1] == ord("\n"))
    capital = after_space & _in_ranges(points, _CAPITAL_RANGES)
    out = np.zeros((len(texts), 6))
    out[:, 0] = np.add.reduceat(capital, starts, dtype=np.float64)
    out[:, 1] = digit_counts(points, starts)
    out[:, 2] = [t.count(",") for t in texts]
    out[:, 3] = [t[0].isupper() for t in texts]
    out[:, 4] = [t.endswith(":") for t in texts]
    out[:, 5] = [t.isupper() for t in texts]
    return out


class LineHints(NamedTuple):
    """Per line, from the C pass over its characters: whether it holds a PUNCTUATION character,
    and whether it holds what every STAMP match holds (":", "19", "20" or "ago")."""

    punctuated: npt.NDArray[np.bool_]
    maybe_stamp: npt.NDArray[np.bool_]


def _shape_columns(out: npt.NDArray[np.float64], columns: _Columns, compiled: bool = True) -> LineHints | None:
    """Length, words, punctuation, capitals and digits of each line (`SHAPE_FEATURES`, the
    first columns), in one C pass (`text_fast.line_shape`) where that is built, which also
    gives the `LineHints` (None from the NumPy path)."""
    if compiled and text_fast is not None:
        n = len(columns.texts)
        hints = LineHints(np.zeros(n, dtype=bool), np.zeros(n, dtype=bool))
        text_fast.line_shape(columns.texts, columns.words, columns.terminal.view(np.uint8), _CAPITAL_RANGES, MAX_WORDS, MAX_COMMAS, out,
                             hints.punctuated.view(np.uint8), hints.maybe_stamp.view(np.uint8))  # fmt: skip
        return hints
    sizes = columns.sizes.astype(np.float64)
    words = columns.words.astype(np.float64)
    out[:, COLUMN["log_chars"]] = exact_log1p(sizes)
    out[:, COLUMN["words"]] = np.minimum(words, MAX_WORDS)
    out[:, COLUMN["terminal"]] = columns.terminal
    counts = shape_counts(columns.texts)
    out[:, COLUMN["ends_colon"]] = counts[:, 4]
    out[:, COLUMN["starts_upper"]] = counts[:, 3]
    out[:, COLUMN["title_case"]] = counts[:, 0] / np.maximum(words, 1)
    out[:, COLUMN["digit_ratio"]] = counts[:, 1] / sizes
    out[:, COLUMN["all_caps"]] = counts[:, 5]
    out[:, COLUMN["commas"]] = np.minimum(counts[:, 2], MAX_COMMAS)
    return None


def _short_runs(words: list[int], terminal: list[int], short_words: int) -> list[int]:
    """Length of the run of short unterminated lines each line belongs to (0 if none)."""
    n = len(words)
    runs = [0] * n
    start = 0
    for i in range(n + 1):
        short = i < n and words[i] <= short_words and not terminal[i]
        if not short:
            for j in range(start, i):
                runs[j] = i - start
            start = i + 1
    return runs


def _main_cluster(sizes: list[int], prose: list[int], gap: int) -> tuple[int, int]:
    """First and last line of the run of prose with the most characters (gaps of `gap` lines allowed)."""
    best, best_chars = (0, -1), 0
    start, last, chars = -1, -1, 0
    for i, (size, is_p) in enumerate(zip(sizes, prose, strict=True)):
        if not is_p:
            continue
        if start < 0 or i - last - 1 > gap:
            start, chars = i, 0
        chars += size
        last = i
        if chars > best_chars:
            best, best_chars = (start, last), chars
    return best


def _context_columns_numpy(flags: LineFlags) -> npt.NDArray[np.float64]:
    """`context_columns` in Python and NumPy (the definition the compiled version follows)."""
    n = flags.words.size
    out = np.zeros((n, len(CONTEXT_FEATURES)))
    if not n:
        return out
    col = {name: i for i, name in enumerate(CONTEXT_FEATURES)}
    index = np.arange(n)
    sizes, prose = flags.sizes, flags.prose.astype(bool)
    prose_chars = np.where(prose, sizes, 0)
    total_prose = max(int(prose_chars.sum()), 1)
    total_chars = max(int(sizes.sum()), 1)
    out[:, col["rel_index"]] = index / n
    out[:, col["chars_before"]] = (np.cumsum(sizes) - sizes) / total_chars
    prose_before = np.cumsum(prose_chars) - prose_chars
    out[:, col["prose_before"]] = prose_before / total_prose
    out[:, col["prose_after"]] = 1 - (prose_before + prose_chars) / total_prose
    words = flags.words.astype(np.float64)
    out[2:, col["prev2_words"]] = words[:-2]
    out[1:, col["prev_words"]] = words[:-1]
    out[:-1, col["next_words"]] = words[1:]
    out[:-2, col["next2_words"]] = words[2:]
    out[1:, col["prev_terminal"]] = flags.terminal[:-1]
    out[:-1, col["next_terminal"]] = flags.terminal[1:]
    prose_sums = np.concatenate(([0], np.cumsum(prose)))
    out[:, col["prose_near"]] = _window_shares(prose_sums, NEAR)
    out[:, col["prose_far"]] = _window_shares(prose_sums, FAR)
    runs = _short_runs(flags.words.tolist(), flags.terminal.tolist(), SHORT_LINE_WORDS)
    out[:, col["short_run"]] = np.minimum(runs, MAX_SHORT_RUN)
    out[:, col["blank_before"]] = flags.blank_before
    out[:-1, col["blank_after"]] = flags.blank_before[1:]
    out[-1, col["blank_after"]] = 1.0
    groups = flags.groups
    out[:, col["group_lines"]] = np.minimum(np.bincount(groups)[groups], MAX_GROUP)  # each line's group's size
    starts = np.concatenate(([True], groups[1:] != groups[:-1])).nonzero()[0]  # first line of each run of one group
    run_start = starts[np.searchsorted(starts, index, side="right") - 1]
    out[:, col["group_index"]] = np.minimum(index - run_start, MAX_GROUP)
    out[:, col["page_log_lines"]] = math.log1p(n)
    out[:, col["page_prose_share"]] = int(prose.sum()) / n
    first, last = _main_cluster(sizes.tolist(), flags.prose.tolist(), MAIN_CLUSTER_GAP)
    out[:, col["in_main"]] = (first <= index) & (index <= last)
    out[:, col["before_main"]] = index < first
    out[:, col["after_main"]] = index > last
    out[:, col["from_main_end"]] = np.maximum(index - last, 0) / n
    breaks = flags.breaks.astype(bool)
    out[:, col["is_break"]] = breaks
    first_prose = int(np.argmax(prose)) if prose.any() else n
    opened = np.cumsum(breaks & (index > first_prose))  # breaks after the first prose line, so far
    out[1:, col["after_break"]] = opened[:-1] > 0
    out[:, col["stamps_near"]] = _window_shares(np.concatenate(([0], np.cumsum(flags.stamps, dtype=np.int64))), FAR)
    return out


def context_columns(flags: LineFlags, compiled: bool = True, into: npt.NDArray[np.float64] | None = None) -> npt.NDArray[np.float64]:
    """Where each line sits: its neighbours' length and ending, the share of prose and of
    time stamps around it, the run of short lines and the paragraph group it is in, and
    its place relative to the page's main prose cluster and to section headings; as an
    (n, len(CONTEXT_FEATURES)) array.  In C (`text_fast.line_context`) where that is
    built (and the groups are numbered in order, as `split_lines` does), else in Python
    and NumPy; tests compare both.  Written into `into` when given (zeros, the feature
    matrix's last columns)."""
    if compiled and text_fast is not None:
        with suppress(ValueError):  # groups out of order (it checks before writing): NumPy's way
            result: npt.NDArray[np.float64] = text_fast.line_context(
                flags.words, flags.terminal, flags.blank_before, flags.groups, flags.sizes,
                flags.prose, flags.breaks, flags.stamps, NEAR, FAR, MAIN_CLUSTER_GAP, SHORT_LINE_WORDS,
                MAX_SHORT_RUN, MAX_GROUP, into,
            )  # fmt: skip
            return result
    columns = _context_columns_numpy(flags)
    if into is None:
        return columns
    into[:] = columns
    return into


class _Columns(NamedTuple):
    """The line fields `line_features` reads, each read from the lines once."""

    texts: list[str]
    words: npt.NDArray[np.int64]
    terminal: npt.NDArray[np.bool_]
    sizes: npt.NDArray[np.int64]
    blank_before: npt.NDArray[np.uint8]
    groups: npt.NDArray[np.int64]


def _columns(lines: list[RawLine], compiled: bool = True) -> _Columns:
    """The columns, read in C (`text_fast.line_columns`) from `text_fast.Line`s."""
    if compiled and _compiled_lines(lines):
        with suppress(TypeError):  # a RawLine among them: read all in Python
            return _Columns(*text_fast.line_columns(lines))
    n = len(lines)
    texts = list(map(_TEXT, lines))
    return _Columns(
        texts,
        np.fromiter(map(_WORDS, lines), dtype=np.int64, count=n),
        np.fromiter(map(_TERMINAL, lines), dtype=bool, count=n),
        np.fromiter(map(len, texts), dtype=np.int64, count=n),
        np.fromiter(map(_BLANK_BEFORE, lines), dtype=np.uint8, count=n),
        np.fromiter(map(_GROUP, lines), dtype=np.int64, count=n),
    )


def line_flags(
    lines: list[RawLine], has_digit: list[bool] | npt.NDArray[np.bool_], columns: _Columns | None = None, hints: LineHints | None = None
) -> LineFlags:
    """The per-line inputs of `context_columns`: `is_prose`, `is_section_break` and
    `is_stamp` of each line.  Length and ending are tested on whole columns; each regex
    runs only on the lines the cheap tests leave (`has_digit`: the line holds a digit;
    every STAMP alternative needs one; `hints`, when given: the C pass's PUNCTUATION answer,
    and which lines hold what every STAMP match holds).  With the hints, a `has_digit` array
    and `text_fast` built, the cheap tests are one C pass (`_compiled_flags`).  Tests check
    the flags both ways against the predicates."""
    n = len(lines)
    columns = columns if columns is not None else _columns(lines)
    if hints is not None and (scanner := section_break_scanner()) is not None and isinstance(has_digit, np.ndarray):
        return _compiled_flags(columns, hints, has_digit, scanner)
    texts, words, terminal, sizes, blank_before, groups = columns
    prose = terminal & (words >= MIN_SENTENCE_WORDS)
    unterminated_long = ~terminal & (words >= MIN_PROSE_WORDS)
    if hints is not None:
        prose |= unterminated_long & hints.punctuated
    else:
        for i in unterminated_long.nonzero()[0].tolist():
            prose[i] = PUNCTUATION.search(texts[i]) is not None
    breaks = np.zeros(n, dtype=bool)
    short = (~terminal & (words <= MAX_BREAK_WORDS)).nonzero()[0].tolist()
    candidates = section_break_candidates([texts[i] for i in short])
    for i in short if candidates is None else [short[k] for k in candidates]:
        breaks[i] = SECTION_BREAK.search(texts[i]) is not None
    stamps = np.zeros(n, dtype=bool)
    may_stamp = np.asarray(has_digit, dtype=bool) & (words <= MAX_STAMP_WORDS)
    for i in (may_stamp if hints is None else may_stamp & hints.maybe_stamp).nonzero()[0].tolist():
        stamps[i] = STAMP.search(texts[i]) is not None
    return LineFlags(
        words, terminal.view(np.uint8), blank_before, groups, sizes,
        prose.view(np.uint8), breaks.view(np.uint8), stamps.view(np.uint8),
    )  # fmt: skip


def _compiled_flags(columns: _Columns, hints: LineHints, has_digit: npt.NDArray[np.bool_], scanner: text_fast.HintScanner) -> LineFlags:
    """`line_flags` with its cheap tests in one C pass (`text_fast.flag_candidates`), the regexes
    run on the lines it leaves."""
    texts = columns.texts
    n = len(texts)
    prose = np.zeros(n, dtype=np.uint8)
    break_lines, stamp_lines = text_fast.flag_candidates(
        texts, columns.words, columns.terminal.view(np.uint8), hints.punctuated.view(np.uint8), hints.maybe_stamp.view(np.uint8),
        has_digit.view(np.uint8), scanner, MIN_SENTENCE_WORDS, MIN_PROSE_WORDS, MAX_BREAK_WORDS, MAX_STAMP_WORDS, prose,
    )  # fmt: skip
    breaks = np.zeros(n, dtype=np.uint8)
    for i in break_lines:
        breaks[i] = SECTION_BREAK.search(texts[i]) is not None
    stamps = np.zeros(n, dtype=np.uint8)
    for i in stamp_lines:
        stamps[i] = STAMP.search(texts[i]) is not None
    return LineFlags(columns.words, columns.terminal.view(np.uint8), columns.blank_before, columns.groups, columns.sizes, prose, breaks, stamps)


def _phrase_and_furniture_columns(out: npt.NDArray[np.float64], lines: list[RawLine], compiled: bool = True) -> None:
    """1.0 in the columns of the furniture phrases each line says and of its furniture kind (the
    few lines with either found in C, `text_fast.mark_cells`, from `text_fast.Line`s)."""
    if compiled and _compiled_lines(lines):
        with suppress(TypeError):  # a RawLine among them: read all in Python
            text_fast.mark_cells(lines, out, _PHRASE_COLUMN, _FURNITURE_COLUMN)
            return
    for i in compress(range(len(lines)), map(_PHRASES, lines)):
        for concept in lines[i].phrases:
            out[i, _PHRASE_COLUMN[concept]] = 1.0
    for i in compress(range(len(lines)), map(_FURNITURE, lines)):
        out[i, _FURNITURE_COLUMN[lines[i].furniture]] = 1.0


def _repeat_column(out: npt.NDArray[np.float64], texts: list[str], compiled: bool = True) -> None:
    """How often each line's text occurs on the page, at most MAX_REPEATS (in C where built)."""
    if compiled and text_fast is not None:
        text_fast.repeat_column(texts, MAX_REPEATS, out, COLUMN["repeats"])
        return
    counts = Counter(texts)
    out[:, COLUMN["repeats"]] = np.minimum(np.fromiter(map(counts.__getitem__, texts), dtype=np.float64, count=len(texts)), MAX_REPEATS)


def line_features(lines: list[RawLine], compiled: bool = True) -> npt.NDArray[np.float64]:
    """One row per line, columns as in `LINE_FEATURES` (`line_rows`' rows)."""
    return line_rows(lines, compiled)[0]


def line_rows(lines: list[RawLine], compiled: bool = True) -> tuple[npt.NDArray[np.float64], LineFlags]:
    """`line_features`, with the flags they were made from (`line_flags`: the lines that are
    prose, section breaks, time stamps); a German text's capitals discounted
    (`discount_noun_capitals`); a text that sets no paragraph apart read a paragraph a line
    (`_paragraph_per_line`)."""
    rows, flags = _line_rows(lines, compiled)
    discount_noun_capitals(rows, lines)
    if len(lines) and int(flags.groups[-1]) < MIN_BREAK_SHARE * len(lines):
        _paragraph_per_line(rows)
    return rows, flags


# A rendering that sets no paragraph apart with a blank line (Common Crawl's WET files print each
# block on a line of its own, one after the other; so does many a scraper's "\n".join of the
# texts): the line model reads blank-line groups (blank_before, blank_after, group_lines,
# group_index), learnt on renderings that set paragraphs apart (html-text's), and took such a
# page for one paragraph of hundreds of lines.  Where fewer than MIN_BREAK_SHARE of its lines
# open a paragraph, the model reads each line as a paragraph of its own; the rules that read
# blank lines (a teaser list's adjacent lines) still see the lines as adjacent.  The dev pages'
# html-text renderings with their blank lines dropped: Zyte text 0.905 -> 0.932, WCXB 0.786 ->
# 0.846 (with them: 0.938, 0.852).  html-text's own renderings have a median of one blank line
# for two lines; a renderer that prints even a few sets them apart as it means to (two shop
# pages of WCXB print one blank line in 240: read a paragraph a line, each lost 0.6), so the
# share is set below theirs.
MIN_BREAK_SHARE = 0.002
_PARAGRAPH_COLUMNS = {name: _CONTEXT_START + CONTEXT_FEATURES.index(name) for name in ("blank_before", "blank_after", "group_lines", "group_index")}


def _paragraph_per_line(rows: npt.NDArray[np.float64]) -> None:
    """Set `rows`' blank-line columns as for lines each a paragraph of its own."""
    rows[:, _PARAGRAPH_COLUMNS["blank_before"]] = 1.0
    rows[:, _PARAGRAPH_COLUMNS["blank_after"]] = 1.0
    rows[:, _PARAGRAPH_COLUMNS["group_lines"]] = 1.0
    rows[:, _PARAGRAPH_COLUMNS["group_index"]] = 0.0


# German capitalises every noun, so its sentences print 0.30-0.42 of their words capitalised
# (median 0.35 over the 42 German pages of trafilatura 1.0.0's test pages) where English ones
# print 0.12 (the median dev page): the line model, which learnt from English, read German
# prose as headlines and menus (a sentence's probability 0.15-0.2 lower than with its nouns in
# lower case).  On a page whose sentences (terminal, SENTENCE_SAMPLE_WORDS words or more)
# print more than NOUN_CAPITALS_MIN_SHARE capitalised words in the median, and whose text CLD2
# reads as a language capitalising its nouns, the `title_case` of every line ending a sentence
# is lowered by the median's excess over ENGLISH_CAPITALS_SHARE.  English pages above the bar
# (shops and lists of capitalised names) are left as they are, and so are the lines ending no
# sentence: discounted too, German menus and form labels read as prose (docs/EXPERIMENTS.md,
# session 44).  Held-out, text mode: trafilatura's clauses 314 -> 319 of 391 (five German
# sentences found), German pages against HTML mode's text 0.842 -> 0.845 (19 up, 18 down);
# the dev sets unmoved.
NOUN_CAPITALISING_LANGUAGES = frozenset({"de", "lb"})
ENGLISH_CAPITALS_SHARE = 0.12
NOUN_CAPITALS_MIN_SHARE = 0.2
SENTENCE_SAMPLE_WORDS = 8
MIN_SAMPLE_SENTENCES = 3


def discount_noun_capitals(rows: npt.NDArray[np.float64], lines: list[RawLine]) -> None:
    """Lower the `title_case` column of a German text's `rows` in place (see above)."""
    terminal = rows[:, COLUMN["terminal"]] > 0
    sentences = (terminal & (rows[:, COLUMN["words"]] >= SENTENCE_SAMPLE_WORDS)).nonzero()[0].tolist()
    if len(sentences) < MIN_SAMPLE_SENTENCES:
        return
    column = rows[:, COLUMN["title_case"]]
    share = statistics.median(column[sentences].tolist())  # (NumPy's median costs ~10 µs on a page's few)
    if share <= NOUN_CAPITALS_MIN_SHARE:
        return
    sample = " ".join(lines[i].text for i in sentences[: MIN_SAMPLE_SENTENCES * 2])[:LANGUAGE_SAMPLE_CHARS]
    if detect_language(sample) in NOUN_CAPITALISING_LANGUAGES:
        column[terminal] = np.maximum(column[terminal] - (share - ENGLISH_CAPITALS_SHARE), 0.0)


def _line_rows(lines: list[RawLine], compiled: bool = True) -> tuple[npt.NDArray[np.float64], LineFlags]:
    """`line_rows` before the discount.  From `text_fast.Line`s every column that needs no
    regex is made in one C pass (`_fused_columns`); else column by column (each in C where
    it can be; a test compares both ways)."""
    n = len(lines)
    out = np.zeros((n, len(LINE_FEATURES)))
    if compiled and n and _compiled_lines(lines) and (scanner := section_break_scanner()) is not None:
        with suppress(TypeError):  # a RawLine among them (found before anything is written): column by column
            return out, _fused_columns(lines, out, scanner)
    columns = _columns(lines)
    hints = _shape_columns(out, columns)
    flags = line_flags(lines, out[:, COLUMN["digit_ratio"]] > 0, columns, hints)
    if not n:
        return out, flags
    out[:, COLUMN["prose"]] = flags.prose
    _phrase_and_furniture_columns(out, lines)
    _repeat_column(out, columns.texts)
    context_columns(flags, into=out[:, _CONTEXT_START:])
    return out, flags


def _fused_columns(lines: list[RawLine], out: npt.NDArray[np.float64], scanner: text_fast.HintScanner) -> LineFlags:
    """`line_features` from `text_fast.Line`s: the columns without a regex in one C pass
    (`text_fast.line_matrix`: shape, prose, phrases and furniture, repeats; it also gives the
    columns the context reads), then `line_flags`' regexes on the lines it names, then the
    context columns (`text_fast.line_context`).  The separate passes and their NumPy glue
    cost ~20 µs more a median Zyte text."""
    texts, words, sizes, groups, terminal, blank_before, prose, break_lines, stamp_lines = text_fast.line_matrix(
        lines, out, _CAPITAL_RANGES, MAX_WORDS, MAX_COMMAS, scanner, MIN_SENTENCE_WORDS, MIN_PROSE_WORDS, MAX_BREAK_WORDS,
        MAX_STAMP_WORDS, COLUMN["prose"], COLUMN["repeats"], MAX_REPEATS, _PHRASE_COLUMN, _FURNITURE_COLUMN,
    )  # fmt: skip
    breaks = np.zeros(len(texts), dtype=np.uint8)
    for i in break_lines:
        breaks[i] = SECTION_BREAK.search(texts[i]) is not None
    stamps = np.zeros(len(texts), dtype=np.uint8)
    for i in stamp_lines:
        stamps[i] = STAMP.search(texts[i]) is not None
    flags = LineFlags(words, terminal, blank_before, groups, sizes, prose, breaks, stamps)
    context_columns(flags, into=out[:, _CONTEXT_START:])
    return flags
