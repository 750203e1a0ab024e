"""The compiled text counts (`text_fast.pyx`) must equal the Python definitions, character class by character class."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from copydesk.extract.features import PageHints, text_counts, text_fast, tokens
from copydesk.extract.page import parse_page
from copydesk.extract.patterns import words_at_most
from tests.extract.test_segment_walks import _pages

needs_compiled = pytest.mark.skipif(text_fast is None, reason="text_fast is not built here")

HINTS = PageHints(title_tokens=frozenset({"storm", "city", "_x", "٣", "straße", "i̇stanbul", "a", "3"}), jsonld_tokens=frozenset({"the", "storm", "hit", "z"}))

# Characters whose classes differ between the tests a naive C port might use:
# non-ASCII digits and numerals, the underscore, Unicode spaces, title-case
# letters, letters whose lower-case form is longer (İ), combining marks.
TRICKY = "a Z _ , . 3 ٣ ² Ⅻ ½ \u00a0 \u2003 \u3000 \x1c \u0085 ǅ İ Straße STORM ß é\u0301 。 ” » ) 🙂 \t\n"


def _same(texts: list[str], hints: PageHints) -> None:
    compiled, python = text_counts(texts, hints), text_counts(texts, hints, compiled=False)
    assert np.array_equal(compiled, python), np.argwhere(compiled != python)[:5]


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TRICKY.split(" ") + list(TRICKY)), min_size=1, max_size=30).map("".join)
                | st.text(min_size=1), min_size=1, max_size=5),
       st.booleans())  # fmt: skip
@example(["The storm hit the city, at 3 p.m."], True)
@example(["_x ٣ Ⅻ İstanbul straße"], True)
def test_compiled_counts_equal_python_on_generated_texts(texts: list[str], with_hints: bool) -> None:
    _same(texts, HINTS if with_hints else PageHints())


@needs_compiled
def test_compiled_counts_equal_python_on_every_bundled_page() -> None:
    for _slug, html in _pages():
        page = parse_page(html)
        texts = [b.text for b in page.seg.blocks]
        if texts:
            _same(texts, PageHints(title_tokens=frozenset(tokens(page.html_title)), jsonld_tokens=HINTS.jsonld_tokens))


def test_counts_follow_their_definitions() -> None:
    for compiled in (True, False):
        counts = text_counts(["Storm hit, the city 42.", "ok"], HINTS, compiled=compiled)
        assert counts[0].tolist() == [23.0, 5.0, 1.0, 2.0, 1.0, 1.0, 2 / 5, 3 / 5]
        assert counts[1].tolist() == [2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]


@given(st.lists(st.one_of(st.integers(0, 10**9).map(float), st.floats(0.0, 1e15, allow_nan=False)), max_size=40))
def test_compiled_log1p_is_maths(values: list[float]) -> None:
    """`features.exact_log1p` in C (`text_fast.log1p_all`, libm's log1p) gives `math.log1p`'s values to the bit."""
    from copydesk.extract.features import exact_log1p

    array = np.array(values, dtype=np.float64)
    assert exact_log1p(array).tobytes() == exact_log1p(array, compiled=False).tobytes()


_WORDS = st.text(alphabet=st.sampled_from(list("abcxyzAZ09_éÉßİσΣ٣")), min_size=1, max_size=6)


@needs_compiled
@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=300), st.lists(st.lists(_WORDS, max_size=12), min_size=1, max_size=4),
       st.sampled_from([" ", ", ", "-", "\u00a0", "’"]))  # fmt: skip
def test_token_tables_find_what_the_token_sets_hold(words: list[str], texts: list[list[str]], gap: str) -> None:
    """Token sets of every size (the C tables probe past collisions, grow past 8 slots) and
    texts of their words in any case: found as the sets' lookups find them, A-Z folded as
    read, texts with other upper-case letters (É, İ, Σ) read from ``text.lower()``."""
    vocabulary = frozenset(word.lower() for word in words)
    hints = PageHints(title_tokens=frozenset(list(vocabulary)[:5]), jsonld_tokens=vocabulary)
    joined = [gap.join(text) or "x" for text in texts]
    _same(joined, hints)


def test_tabled_lower_case_and_classes_are_the_unicode_databases() -> None:
    """`text_fast`'s tables for Latin-1 and the General Punctuation block give what the Unicode
    database gives, character by character (and the characters past the tables pass through)."""
    from copydesk.extract import text_fast

    if text_fast is None:  # pragma: no cover - depends on the build
        pytest.skip("text_fast is not built here")
    for code in [*range(0x2100), 0x2126, 0x212A, 0x212B, 0x1E9E, 0x10400, 0x1F600]:
        ch = chr(code)
        tabled, looked_up = text_fast.lower_case_of(ch)
        assert tabled == looked_up, hex(code)
        tabled_class, looked_up_class = text_fast.class_of_char(ch)
        assert tabled_class == looked_up_class, hex(code)


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=TRICKY + "  ", max_size=30), max_size=6))
@example(["", " ", "a b", " a", "a ", "a  b", "a\xa0b", "a\x1cb", "日本 語"])
def test_collapsed_text_and_word_total_are_split_and_join(texts: list[str]) -> None:
    """`text_fast.collapsed` is ``" ".join(text.split())`` (the same object when `text` reads so
    already) and `word_total` the words `str.split` finds, every Unicode space included."""
    from copydesk.extract import patterns

    for text in texts:
        expected = " ".join(text.split())
        assert patterns.collapsed(text) == expected
        if text == expected:
            assert text_fast.collapsed(text) is text
    assert patterns.word_total(texts) == sum(len(text.split()) for text in texts)


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=TRICKY + "  日本語のカタカナ\u3040\u30ff\u3400\u4dbf\u9fff\uf900\ufaff\u303f\U0001F600", max_size=30), max_size=6))
@example(["日本語の文章です", "a b", "日本 語", "\u3040\u30ff", "\u303f\u303f"])
def test_the_spaced_word_total_counts_each_text_by_its_spaces_or_its_unspaced_characters(texts: list[str]) -> None:
    """`patterns.spaced_word_total` in C is the Python definition: each text's split words or its
    Chinese and Japanese characters over CHARS_PER_UNSPACED_WORD, whichever is more."""
    from copydesk.extract import patterns

    expected = sum(max(len(text.split()), patterns.unspaced_words(text)) for text in texts)
    assert patterns.spaced_word_total(texts) == expected
    with pytest.raises(ValueError):
        text_fast.word_total(texts, ((0x4E00, 0x9FFF), (0x3040, 0x30FF)), 2)  # the lowest range must come first
    with pytest.raises(ValueError):
        text_fast.word_total(texts, ((0x3040, 0x30FF),), 0)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TRICKY.split(" ") + list(TRICKY)), max_size=40).map("".join) | st.text(), st.integers(0, 12))
@example("a b ", 2)
@example(" \u2003a\u00a0b\x1c", 1)
@example("", 0)
def test_words_at_most_is_a_bounded_word_count(text: str, most: int) -> None:
    """`patterns.words_at_most` splits no further than it needs to, and says what counting every word says."""
    assert words_at_most(text, most) == (len(text.split()) <= most)
