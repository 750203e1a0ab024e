from __future__ import annotations

import pytest

from copydesk.bench.metrics import exact_match, shingle_f1, word_f1


def test_word_f1_counts_multisets() -> None:
    prf = word_f1("the cat sat on the mat", "The cat, the dog")
    # gold: the x2, cat, sat, on, mat (6); predicted: the x2, cat, dog (4); overlap 3
    assert prf.precision == pytest.approx(3 / 4)
    assert prf.recall == pytest.approx(3 / 6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)


def test_word_f1_of_two_empty_texts_is_perfect() -> None:
    assert word_f1("", "").f1 == 1.0


def test_word_f1_of_empty_prediction_is_zero() -> None:
    assert word_f1("some gold text", "").f1 == 0.0


def test_shingle_f1_uses_four_token_windows() -> None:
    gold = "a b c d e"
    assert shingle_f1(gold, "a b c d").precision == 1.0
    assert shingle_f1(gold, "a b c d").recall == pytest.approx(0.5)
    assert shingle_f1(gold, "e d c b a").f1 == 0.0


def test_exact_match_ignores_case_and_punctuation_only() -> None:
    assert exact_match("Hello, World!", "hello world")
    assert not exact_match("hello world", "hello world again")
