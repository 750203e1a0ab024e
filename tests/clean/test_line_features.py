"""Line features computed in bulk agree with their per-line definitions."""

from __future__ import annotations

import importlib
import re

import numpy as np
from hypothesis import example, given
from hypothesis import strategies as st

from copydesk.clean.features import (
    _CAPITALISED,
    LINE_FEATURES,
    MAX_REPEATS,
    PUNCTUATION,
    SHAPE_FEATURES,
    STAMP,
    RawLine,
    _columns,
    _phrase_and_furniture_columns,
    _repeat_column,
    _shape_columns,
    is_prose,
    is_stamp,
    line_features,
    line_flags,
    shape_counts,
    split_lines,
    split_lines_with_columns,
)
from copydesk.extract.features import phrase_columns
from copydesk.extract.patterns import PHRASE_CONCEPTS

# Letters at the capital ranges' edges, digits of other scripts, and white space of all kinds.
ALPHABET = [*"aAzZ@[ΑΩАЯ09 \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000.,ÀÞß×Ωωαя¹²٣३߁𝟘ǅİ", "\ud800"]
_DIGIT = re.compile(r"\d")


@given(st.text(alphabet=st.sampled_from([*ALPHABET, ",", ":", "ǈ", "Ⅻ", "ⅻ"]), max_size=120), st.booleans())
def test_shape_counts_match_the_regexes(text: str, compiled: bool) -> None:
    # both ways: in C where text_fast is built, and with NumPy
    lines = [line.text for line in split_lines(text)]
    counts = shape_counts(lines, compiled=compiled)
    assert counts[:, 0].tolist() == [len(_CAPITALISED.findall(line)) for line in lines]
    assert counts[:, 1].tolist() == [len(_DIGIT.findall(line)) for line in lines]
    assert counts[:, 2].tolist() == [line.count(",") for line in lines]
    assert counts[:, 3].tolist() == [line[0].isupper() for line in lines]
    assert counts[:, 4].tolist() == [line.endswith(":") for line in lines]
    assert counts[:, 5].tolist() == [line.isupper() for line in lines]


@given(st.text(alphabet=st.sampled_from([*ALPHABET, ",", ":", "ǈ", "Ⅻ", "ⅻ", "x"]), max_size=400))
@example("Headline: " + "word, " * 30 + "end.\n" + "x " * 250)  # words and commas past their caps
def test_the_shape_columns_in_one_c_pass_are_numpys(text: str) -> None:
    """`text_fast.line_shape` writes the same values, to the bit, as the NumPy definition."""
    columns = _columns(split_lines(text))
    compiled, numpy = np.zeros((len(columns.texts), len(LINE_FEATURES))), np.zeros((len(columns.texts), len(LINE_FEATURES)))
    _shape_columns(compiled, columns)
    _shape_columns(numpy, columns, compiled=False)
    width = len(SHAPE_FEATURES)
    assert compiled[:, :width].tobytes() == numpy[:, :width].tobytes()
    assert not compiled[:, width:].any()


@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=200))
def test_the_columns_read_in_c_are_pythons(text: str) -> None:
    """`text_fast.line_columns` reads the same fields as the Python getters, also when a
    `RawLine` sits among the lines (it then leaves them to Python)."""
    lines = split_lines(text)
    for some in (lines, [*lines, RawLine("Tail", 1, False, 99, True, frozenset())]):
        compiled, python = _columns(some), _columns(some, compiled=False)
        assert compiled.texts == python.texts
        for name in ("words", "terminal", "sizes", "blank_before", "groups"):
            assert getattr(compiled, name).dtype == getattr(python, name).dtype
            assert getattr(compiled, name).tolist() == getattr(python, name).tolist()


def test_phrase_and_furniture_cells_both_ways() -> None:
    lines = split_lines("Advertisement\n\nRead more: the bridge\n\nShare this story on Twitter\n\nA plain line here.")
    lines[1].furniture, lines[3].furniture = "related", "caption"
    assert lines[0].phrases and lines[2].phrases  # lines saying furniture phrases, and marked lines
    compiled, python = np.zeros((len(lines), len(LINE_FEATURES))), np.zeros((len(lines), len(LINE_FEATURES)))
    _phrase_and_furniture_columns(compiled, lines)
    _phrase_and_furniture_columns(python, lines, compiled=False)
    assert compiled.tolist() == python.tolist()
    assert compiled[1, LINE_FEATURES.index("furniture_related")] == 1.0
    assert compiled[3, LINE_FEATURES.index("furniture_caption")] == 1.0
    assert compiled.sum() == sum(len(line.phrases) for line in lines) + 2


def test_split_lines_groups_and_words() -> None:
    lines = split_lines("Title here\n\n  First   line of text.\nSecond line\n\n\nLast")
    assert [(line.text, line.words, line.group, line.blank_before) for line in lines] == [
        ("Title here", 2, 0, True),
        ("First line of text.", 4, 1, True),
        ("Second line", 2, 1, False),
        ("Last", 1, 2, True),
    ]
    assert [line.terminal for line in lines] == [False, True, False, False]


def test_no_lines_no_counts() -> None:
    counts = shape_counts([])
    assert counts.shape == (0, 6) and isinstance(counts, np.ndarray)


def test_words_of_unspaced_scripts_count_by_characters() -> None:
    # Chinese and Japanese write no spaces: a sentence must not read as a one-word line
    japanese = "市議会は月曜日、老朽化した橋の架け替え計画を賛成多数で可決した。"
    chinese = "市议会周一以多数票通过了更换旧桥的计划。"
    korean = "시의회는 월요일 낡은 다리를 교체하는 계획을 통과시켰다."  # Hangul is written with spaces
    lines = split_lines("\n\n".join([japanese, chinese, korean, "Menu", "ホーム"]))
    assert [line.words for line in lines] == [15, 9, 7, 1, 1]
    assert [is_prose(line) for line in lines] == [True, True, True, False, False]


@given(st.lists(st.sampled_from([*"aAgomh: \t.,-", "ago", "min", "hours", "days", "years", "yesterday", "Ⅻ", "½"]), max_size=30).map("".join))
def test_a_time_stamp_needs_a_digit(text: str) -> None:
    # line features skip the STAMP search on lines without a decimal digit
    from copydesk.clean.features import STAMP

    assert STAMP.search(text) is None


_LINES = st.lists(
    st.sampled_from(["Home", "News Sport", "Read more:", "Sign up for news", "Five words in this line", "Comments", "12:30", "3 hours ago", "", "",
                     "A short sentence ends here.", "The minister said on Monday that talks would resume next week.",
                     "Menu, shop, cart and more words in a long unpunctuated line here", "2019"]),
    max_size=60,
).map("\n".join)  # fmt: skip


@given(_LINES)
def test_compiled_line_context_matches_numpy(text: str) -> None:
    """`text_fast.line_context` gives every context column exactly as the NumPy definition does."""
    from copydesk.clean.features import context_columns, line_flags, text_fast

    if text_fast is None:  # pragma: no cover - depends on the build
        return
    lines = split_lines(text)
    flags = line_flags(lines, [any(c.isdigit() for c in line.text) for line in lines])
    assert np.array_equal(context_columns(flags), context_columns(flags, compiled=False))
    from copydesk.clean.features import CONTEXT_FEATURES

    matrix = np.zeros((len(lines), len(LINE_FEATURES)))  # written in place, as `line_features` does
    start = len(LINE_FEATURES) - len(CONTEXT_FEATURES)
    context_columns(flags, into=matrix[:, start:])
    assert np.array_equal(matrix[:, start:], context_columns(flags, compiled=False)) and not matrix[:, :start].any()


def test_line_context_of_a_page() -> None:
    """Hand-checked columns on a small page: a menu run, a prose cluster, a section heading, stamps."""
    from copydesk.clean.features import CONTEXT_FEATURES, context_columns, line_flags

    text = "Home\nNews\nSport\n\nThe minister said on Monday that talks would resume.\nShe did not say where.\n\nComments\n12:30\n13:45"
    lines = split_lines(text)
    flags = line_flags(lines, [any(c.isdigit() for c in line.text) for line in lines])
    for compiled in (True, False):
        columns = context_columns(flags, compiled=compiled)
        col = {name: columns[:, i].tolist() for i, name in enumerate(CONTEXT_FEATURES)}
        assert col["short_run"] == [3, 3, 3, 0, 0, 3, 3, 3]
        assert col["group_lines"] == [3, 3, 3, 2, 2, 3, 3, 3]
        assert col["group_index"] == [0, 1, 2, 0, 1, 0, 1, 2]
        assert col["in_main"] == [0, 0, 0, 1, 1, 0, 0, 0]
        assert col["after_main"] == [0, 0, 0, 0, 0, 1, 1, 1]
        assert col["is_break"] == [0, 0, 0, 0, 0, 1, 0, 0]
        assert col["after_break"] == [0, 0, 0, 0, 0, 0, 1, 1]
        assert col["prev_words"][:3] == [0, 1, 1] and col["next_words"][-1] == 0
        assert col["blank_after"] == [0, 0, 1, 0, 1, 0, 0, 1]
        assert col["stamps_near"][0] == 2 / 8


_SPLIT_ALPHABET = [*"ab. ", "日本語", "カ", "\u3040", "\u303f", "\u9fff", "\uf900", "\ufaff", "\ufb00", "\n", "\r", "\r\n", "\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85",
                   "\xa0", "\u2028", "\u2029", "\u3000", "”", "。", "Ⅻ", "é", "𝟘", "\U00020000"]  # fmt: skip


@given(st.lists(st.sampled_from(_SPLIT_ALPHABET), max_size=80).map("".join))
@example("a\r\nb\r\rc\n\n d  e \x1ff\u2029g")
@example("Advertisement\n\nREAD MORE: a story\n日本語の文章です\nSign up for our newsletter")
def test_compiled_split_matches_splitlines(text: str) -> None:
    """`text_fast.split_into_lines` cuts lines where `str.splitlines` does and words where
    `str.split` does, and gives them the same word counts (unspaced scripts too) and phrases."""
    from copydesk.clean.features import text_fast

    if text_fast is None:  # pragma: no cover - depends on the build
        return
    assert split_lines(text) == split_lines(text, compiled=False)
    for compiled in (True, False):  # the texts and word counts made beside the lines are theirs
        lines, texts, words = split_lines_with_columns(text, compiled)
        assert texts == [line.text for line in lines] and words == [line.words for line in lines]


def test_compiled_lines_have_the_dataclass_fields() -> None:
    """`text_fast.Line` mirrors `RawLine`: same fields in the same order, set and compared alike."""
    import dataclasses

    from copydesk.clean.features import RawLine, text_fast

    if text_fast is None:  # pragma: no cover - depends on the build
        return
    names = [f.name for f in dataclasses.fields(RawLine)]
    values = ("Home", 1, False, 3, True, frozenset({"ad"}), "")
    line, raw = text_fast.Line(*values), RawLine(*values)
    assert [getattr(line, name) for name in names] == [getattr(raw, name) for name in names]
    assert line == raw and raw == line
    line.furniture = "caption"
    assert line != raw
    assert repr(line).startswith("RawLine(text='Home'")
    assert not hasattr(line, "__dict__")  # no field can be added by a typo


# Section-break lines with the letters `re.I` folds to ASCII ("ı", "ſ", "İ", the Kelvin
# sign), words that hold a break word without being one, and case.
_BREAK_LINES = st.lists(
    st.sampled_from(["Related", "RELATED STORIES", "relatedness", "More from", "more", "Moreover from",
                     "Popular", "Reſponses", "Dıscussion", "Commentſ", "COMMENTS", "Leave a Reply", "leave a  comment", "Read Next",
                     "İnfo", "\u212aeep reading", "You might also like", "Trending now", "Most Read", "x", ""]),
    min_size=1, max_size=4,
).map(" ".join)  # fmt: skip


@given(st.one_of(_LINES, st.lists(_BREAK_LINES, max_size=12).map("\n".join)))
@example("Talks end on Monday.\nMore stories from our team today\nPosted at 12:30 by the desk, a note\neight words with no end but, a comma")
@example("Reſponses\nDıscussion\nRelated")  # re.I folds "ſ" and "ı" to "s" and "i": both lines are breaks
@example("\u212aeep reading\nRelated")  # the Kelvin sign: the compiled scan gives up, every line is searched
def test_line_flags_are_the_predicates(text: str) -> None:
    """`line_flags` writes the predicates out with cheap tests first; the flags must still be theirs."""
    from copydesk.clean.features import is_section_break, is_stamp, line_flags

    lines = split_lines(text)
    has_digit = [any(c.isdecimal() for c in line.text) for line in lines]
    columns = _columns(lines)
    hints = _shape_columns(np.zeros((len(lines), len(LINE_FEATURES))), columns)
    # in Python, and with the C pass's hints (`text_fast.flag_candidates` where built)
    for flags in (line_flags(lines, has_digit), line_flags(lines, np.array(has_digit, dtype=bool), columns, hints)):
        assert flags.prose.tolist() == [is_prose(line) for line in lines]
        assert flags.breaks.tolist() == [is_section_break(line) for line in lines]
        assert flags.stamps.tolist() == [digit and is_stamp(line) for line, digit in zip(lines, has_digit, strict=True)]
        assert flags.terminal.tolist() == [line.terminal for line in lines]


_CANDIDATE_PIECES = ["c", "C", "Click", "CL", "l", ":", "：", "a", "ca", " ", "é", "Photo", "Photo / AP", "𝄞"]


@given(st.lists(st.lists(st.sampled_from(_CANDIDATE_PIECES), min_size=1, max_size=4).map("".join), max_size=8))
@example(["Photo", "Photo / AP", "x"])  # a caption printed twice: the next line opens with it
@example(["ab", "a"])  # the next line is shorter
@example(["x：y", "b:", "Cz", "cz", "dz"])
def test_compiled_furniture_candidates_are_the_definition(texts: list[str]) -> None:
    """`text_fast.furniture_candidates`: the lines a furniture rule could take, as `furniture_candidates` defines them."""
    features = importlib.import_module("copydesk.clean.features")
    if features.text_fast is None:  # pragma: no cover - depends on the build
        return
    expected = [
        i for i, (text, following) in enumerate(zip(texts, [*texts[1:], ""][: len(texts)], strict=True))
        if ":" in text or "：" in text or text[:2].lower() == "cl" or following.startswith(text)
    ]  # fmt: skip
    assert features.text_fast.furniture_candidates(texts) == expected
    assert features.furniture_candidates(texts) == expected
    assert features.furniture_candidates(texts, compiled=False) == expected


def test_phrase_columns_are_the_shared_definition() -> None:
    """The furniture-phrase columns, written line by line for the few lines saying one, are
    `extract.features.phrase_columns` (the block model's definition)."""
    text = "Advertisement\n\nSign up for our newsletter\n\nA plain sentence of the story.\n\nShare this on Facebook © 2024"
    lines = split_lines(text)
    first = LINE_FEATURES.index(f"says_{PHRASE_CONCEPTS[0]}")
    expected = phrase_columns([line.phrases for line in lines])
    assert expected.any()
    assert line_features(lines)[:, first : first + len(PHRASE_CONCEPTS)].tolist() == expected.tolist()


@given(st.lists(st.sampled_from(["Home", "News", "Sport", "A line of the story.", "home"]), max_size=40))
def test_the_repeat_column_counted_in_c_is_counters(texts: list[str]) -> None:
    compiled, python = np.zeros((len(texts), len(LINE_FEATURES))), np.zeros((len(texts), len(LINE_FEATURES)))
    _repeat_column(compiled, texts)
    _repeat_column(python, texts, compiled=False)
    assert compiled.tolist() == python.tolist()
    assert compiled[:, LINE_FEATURES.index("repeats")].max(initial=0) <= MAX_REPEATS


STAMP_ALPHABET = [*ALPHABET, ":", "1", "9", "2", "0", "a", "g", "o", "A", "G", "O", " ago", "ſ", "K", "İ", "…", "。", "！", "min"]


@given(st.lists(st.sampled_from(STAMP_ALPHABET), max_size=40).map("".join))
@example("Posted 3 days AGO")
@example("10:45 Updated 2019")
def test_the_c_passs_hints_answer_the_regexes(text: str) -> None:
    """`LineHints.punctuated` is PUNCTUATION's answer; `maybe_stamp` holds for every STAMP match;
    the flags read with the hints are the flags read with the regexes alone."""
    from copydesk.clean.features import text_fast

    if text_fast is None:  # pragma: no cover - depends on the build (the hints come from the C pass)
        return
    lines = split_lines(text)
    columns = _columns(lines)
    hints = _shape_columns(np.zeros((len(lines), len(LINE_FEATURES))), columns)
    assert hints is not None
    assert hints.punctuated.tolist() == [PUNCTUATION.search(line.text) is not None for line in lines]
    assert all(maybe for line, maybe in zip(lines, hints.maybe_stamp.tolist(), strict=True) if STAMP.search(line.text))
    # exactly its definition: ":", "19", "20" or "ago" in any ASCII case
    assert hints.maybe_stamp.tolist() == [re.search(r":|19|20|[aA][gG][oO]", line.text) is not None for line in lines]
    has_digit = [any(c.isdecimal() for c in line.text) for line in lines]
    with_hints, without = line_flags(lines, np.array(has_digit, dtype=bool), columns, hints), line_flags(lines, has_digit, columns)
    for name in ("prose", "breaks", "stamps"):
        assert getattr(with_hints, name).tolist() == getattr(without, name).tolist()


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 30), st.booleans(), st.integers(0, 6), st.integers(0, 3)), max_size=30))
def test_first_labels_in_c_are_numpys(lines: list[tuple[bool, int, bool, int, int]]) -> None:
    """`lines._base_labels`: the kept/dropped labels and the short kept lines, in C as with NumPy."""
    from copydesk.clean.lines import _REPEATS_COLUMN, _SHORT_RUN_COLUMN, _TERMINAL_COLUMN, _base_labels

    rows = np.zeros((len(lines), len(LINE_FEATURES)))
    for i, (_kept, _words, terminal, short_run, repeats) in enumerate(lines):
        rows[i, _TERMINAL_COLUMN], rows[i, _SHORT_RUN_COLUMN], rows[i, _REPEATS_COLUMN] = terminal, short_run, repeats
    keep, words = [line[0] for line in lines], [line[1] for line in lines]
    assert _base_labels(keep, words, rows) == _base_labels(keep, words, rows, compiled=False)


# lines at the scans' edges: MAX_BREAK_WORDS (6) and 7 words unterminated, MIN_SENTENCE_WORDS (4) and 3 terminated
def test_line_context_with_groups_out_of_order_is_numpys() -> None:
    """Groups not numbered in order (only `split_lines`' lines are): the C pass refuses them
    before writing anything, and the NumPy definition gives the columns."""
    from copydesk.clean.features import CONTEXT_FEATURES, context_columns

    lines = split_lines("Home\n\nA short sentence ends here.\n\nComments\n\n12:30")
    lines[1].group, lines[3].group = 3, 0
    flags = line_flags(lines, [any(c.isdigit() for c in line.text) for line in lines])
    expected = context_columns(flags, compiled=False)
    into = np.zeros((len(lines), len(CONTEXT_FEATURES)))
    assert np.array_equal(context_columns(flags, into=into), expected) and np.array_equal(into, expected)
    assert expected.any()


_SCAN_TEXTS = ["12 Comments", "Most read stories in the world", "Most read stories in the wide world", "Four words end here.",
               "Three words here.", "Related", "٣ replies", "x", "Another long and finished sentence here.",
               "This long line of ten words ends with a stop.", "This long line of ten words has no stop at all", "READ MORE: Another story", "March 3, 2024 at 10:45",
               "Jane on May 2, 2019 said:", "12:30"]  # fmt: skip


@given(
    st.lists(st.tuples(st.sampled_from(_SCAN_TEXTS), st.sampled_from(["body", "heading", "title", "boilerplate:menu"])), max_size=25),
    st.integers(0, 40),
)
def test_story_scans_in_c_are_pythons(lines: list[tuple[str, str]], after_words: int) -> None:
    """The comment-heading and teaser-label scans of `lines._cut_around_story` read the same
    lines in C (`text_fast.comment_candidates`, `short_after_story`, `kept_word_sums` of the page
    or of a part of it, `marked_lines`, `relabel_teaser_sections`, `texts_at`, `lines_of_words` with and without line ends) as in Python."""
    lines_module = importlib.import_module("copydesk.clean.lines")
    text = "\n\n".join(line for line, _ in lines)
    raw = split_lines(text)
    lines_module.mark_furniture(raw, [line.text for line in raw], lines_module.Labelled(raw, [""] * len(raw)))  # related lines
    labels = [label for _, label in lines][: len(raw)]
    labels += ["body"] * (len(raw) - len(labels))
    rows = line_features(raw)
    assert lines_module._short_after_story(raw, labels) == lines_module._short_after_story(raw, labels, compiled=False)
    assert lines_module.kept_word_sums(raw, labels) == lines_module.kept_word_sums(raw, labels, compiled=False)
    for start, end in ((0, after_words // 3), (after_words // 4, None), (after_words // 5, after_words // 2)):  # parts of the page
        for kept in (lines_module.KEPT_LABELS, frozenset({"body"})):
            sums = lines_module.kept_word_sums(raw, labels, start=start, end=end, kept=kept)
            assert sums == lines_module.kept_word_sums(raw, labels, compiled=False, start=start, end=end, kept=kept)
    assert lines_module._comment_candidates(raw, labels, rows) == lines_module._comment_candidates(raw, labels, rows, compiled=False)
    assert lines_module._marked_lines(raw) == lines_module._marked_lines(raw, compiled=False)
    flagged_rows, flags = lines_module.line_rows(raw)
    assert flagged_rows.tobytes() == rows.tobytes()
    assert flags.stamps.tolist() == [is_stamp(line) for line in raw]
    assert lines_module.comment_section_start(raw, labels, rows, flags.stamps) == lines_module.comment_section_start(raw, labels, rows)
    some = list(range(0, len(raw), 2))
    assert lines_module._texts_at(raw, some) == lines_module._texts_at(raw, some, compiled=False)
    for words in (0, 3, 8):
        assert lines_module._lines_of_words(raw, some, words) == lines_module._lines_of_words(raw, some, words, compiled=False)
        ends = lines_module._lines_of_words(raw, some, words, (".", "world", "…"))
        assert ends == lines_module._lines_of_words(raw, some, words, (".", "world", "…"), compiled=False)
    starts = [i for i, line in enumerate(raw) if line.text.startswith(("Related", "Most"))]
    relabelled, by_python = list(labels), list(labels)
    lines_module._relabel_teaser_sections(raw, relabelled, starts)
    lines_module._relabel_teaser_sections(raw, by_python, starts, compiled=False)
    assert relabelled == by_python
    old = lines_module.COMMENT_AFTER_WORDS
    try:  # the compiled scan takes the threshold as an argument: vary it
        lines_module.COMMENT_AFTER_WORDS = after_words
        compiled = lines_module._comment_candidates(raw, labels, rows)
        assert compiled == lines_module._comment_candidates(raw, labels, rows, compiled=False)
    finally:
        lines_module.COMMENT_AFTER_WORDS = old


_FUSED_PIECES = ["12 Comments", "Related stories", "Photo: AP", "posted 3 days ago", "10:45", "2019", "İ", "ſ", "Share this",
                 "A full sentence of some words here.", "menu", "© 2024 All rights reserved", "x", "\n", "\n\n", ", ", "٣"]  # fmt: skip


@given(st.lists(st.sampled_from(_FUSED_PIECES), max_size=40).map("".join))
@example("Related\nRelated\nREAD MORE: Another story\nWATCH: A video\nA caption here\nA caption here Photo: AP/Jane Doe\n12 Comments")
@example("Four words end here.\nThree words here.\nEight words, with a comma, and no end\nSeven words, with a comma, no end")
def test_the_fused_feature_pass_writes_every_column_as_the_column_passes_do(text: str) -> None:
    """`line_features` from `text_fast.Line`s (one C pass, `text_fast.line_matrix`) gives the
    matrix the column-by-column way gives, to the bit, furniture marks included; from
    `RawLine`s it takes the column-by-column way."""
    from copydesk.clean.lines import Labelled, mark_furniture

    lines = split_lines(text)
    mark_furniture(lines, [line.text for line in lines], Labelled(lines, [""] * len(lines)))
    fused, by_columns = line_features(lines), line_features(lines, compiled=False)
    assert fused.tobytes() == by_columns.tobytes()
    raw = [RawLine(line.text, line.words, line.terminal, line.group, line.blank_before, line.phrases, line.furniture) for line in lines]
    assert line_features(raw).tobytes() == by_columns.tobytes()
