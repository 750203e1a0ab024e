"""The date patterns of dates.py."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from copydesk.extract.dates import _NUMERIC_DATE, _WRITTEN_DATE, first_written_date
from copydesk.extract.patterns import MONTH_INITIALS, MONTH_NUMBERS, month_number


@given(st.lists(st.sampled_from(["Jan", "march", "SEPT.", "ſep", "12", "3rd", "2024", "1999", ".", "/", ",", " ", "x", "Oct", "May",
                                  "ene", "Gennaio", "luglio", "-", "de", "märz", "Août", "1er"]),
                max_size=12).map("".join))  # fmt: skip
@example("On 12 march 2024, 3/4/2023 and Oct 3rd, 1999")
@example("le 1er août 2024, el 4 de enero de 2023, am 3. März 2024, il 2 luglio 2024")
def test_date_patterns_guard_changes_no_match(text: str) -> None:
    """The first-character look-ahead of the date patterns changes speed only, not matches."""
    for guarded, guard in ((_WRITTEN_DATE, rf"(?=[{MONTH_INITIALS}\d])"), (_NUMERIC_DATE, r"(?=\d)")):
        assert guard in guarded.pattern
        plain = re.compile(guarded.pattern.replace(guard, ""), guarded.flags)
        assert [m.groupdict() for m in guarded.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]


_PIECES = ["The", "he", "said", " ", "\n", "\t", "  ", "x", "Thes", "\u00a0", "\u2028"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
       st.lists(st.sampled_from(["The", "he", "said", " ", "x"]), min_size=1, max_size=4).map(lambda p: " ".join("".join(p).split())),
       st.booleans())  # fmt: skip
@example("The x She said it", "he said", True)  # found inside a word, by the whole-page fallback
@example("a" + " " * 25 + "bcde" + " " * 40 + "fgh", "a bcde fgh", False)  # a chunk that collapses short
def test_headline_found_as_in_the_collapsed_page(text: str, phrase: str, few_tries: bool) -> None:
    """`_find_collapsed` and `_collapsed_from` answer as the collapsed page text would, without collapsing it."""
    import importlib

    metadata = importlib.import_module("copydesk.extract.metadata")
    collapsed = " ".join(text.split())
    if not phrase:
        return
    tries = metadata.MAX_HEADLINE_TRIES
    metadata.MAX_HEADLINE_TRIES = 0 if few_tries else tries  # the whole-page fallback, too
    try:
        at = metadata._find_collapsed(text, phrase)
    finally:
        metadata.MAX_HEADLINE_TRIES = tries
    expected = collapsed.find(phrase)
    assert (at < 0) == (expected < 0)
    if at >= 0:
        assert metadata._collapsed_from(text, at, len(phrase) + 9) == collapsed[expected : expected + len(phrase) + 9]
    assert metadata._collapsed_from(text, 0, 7) == collapsed[:7]


@given(st.lists(st.sampled_from([*_PIECES, "é", "😀", "Ā", "\x1c", "\u0085", "\u3000"]), max_size=40).map("".join),
       st.integers(0, 60), st.integers(0, 50))  # fmt: skip
@example("a" + " " * 25 + "bcde fgh", 0, 6)  # the cut falls on the space between two words
@example("  ab  ", 0, 3)  # no space after the last word
def test_collapsed_prefix_is_the_collapsed_text_cut(text: str, start: int, size: int) -> None:
    """`_collapsed_from` (one compiled scan where built: `text_fast.collapsed_prefix`) gives what
    collapsing all of ``text[start:]`` and cutting it gives, both ways."""
    import importlib

    metadata = importlib.import_module("copydesk.extract.metadata")
    expected = " ".join(text[start:].split())[:size]
    assert metadata._collapsed_from(text, start, size) == expected
    assert metadata._collapsed_from(text, start, size, compiled=False) == expected


def _first_date_searching_everything(text: str, month_first: bool) -> str | None:
    """`first_written_date` as first written: both patterns searched over all of `text`."""
    from copydesk.extract.dates import MAX_FIELD_CHARS, numeric_date, written_date

    text = text[:MAX_FIELD_CHARS]
    spelled, digits = _WRITTEN_DATE.search(text), _NUMERIC_DATE.search(text)
    if spelled and (digits is None or spelled.start() <= digits.start()):
        return written_date(text[spelled.start() :])
    return numeric_date(text[digits.start() :], month_first) if digits else None


DATE_PIECES = ["Jan", "September", "Sept.", "12", "28th", "3", "2024", "1999", "2016", ".", "/", ",", " ", "x", "Oct",
               "May", "on", "1850", "\n", "-", "de", "mayo", "März", "ago"]  # fmt: skip


@given(st.lists(st.sampled_from(DATE_PIECES), max_size=16).map("".join), st.booleans())
@example("Updated September 28th, 2016 by x", True)  # the longest text before a year
@example("Published: 2025.12.17 | essays", False)  # the date opens with its year
@example("x" * 30 + " 12/03/2024 and Oct 3rd, 1999", True)
@example("3/4/2023 then Oct 3rd, 1999", False)  # an ambiguous slashed date: None, as before
@example("May 3, 1850 and May 4, 2016", True)  # 1850 is out of range: the next date
def test_first_date_is_found_around_years_as_by_searching_everything(text: str, month_first: bool) -> None:
    """Trying the patterns only around each year finds the date a search of the whole text finds.
    One difference: where the first date-shaped text cannot be a date (the year 1850, the 31st
    of February) the search of everything gave up, the search by years goes on to the next."""
    from copydesk.extract.dates import MAX_FIELD_CHARS, first_written_date

    expected = _first_date_searching_everything(text, month_first)
    found = first_written_date(text, month_first)
    if expected is not None or found is None:
        assert found == expected
    else:  # a date-shaped text came first and was not a date
        head = text[:MAX_FIELD_CHARS]
        assert _WRITTEN_DATE.search(head) or _NUMERIC_DATE.search(head)


@pytest.mark.parametrize(("text", "expected"), [
    ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22"),  # Portuguese
    ("El 4 de mayo de 2023", "2023-05-04"),  # Spanish
    ("Von Jane Doe publiziert am 25. September 2018", "2018-09-25"),  # German, the day with a dot
    ("Berlin, 3. März 2024", "2024-03-03"),
    ("Publié le 1er août 2024", "2024-08-01"),  # French
    ("12 janvier 2024", "2024-01-12"),
    ("Cartoni\n02 Ago 2017", "2017-08-02"),  # Italian, abbreviated
    ("Gepubliceerd op 5 mei 2022", "2022-05-05"),  # Dutch
    ("By: FlowGuard on 04-ago-2021 5:11:10", "2021-08-04"),  # day-month-year with dashes
    ("Posted 04-Aug-2021", "2021-08-04"),
    ("11-29-2024, 09:03 AM #1", "2024-11-29"),  # a forum's month-day-year with dashes
    ("31-10-2024", "2024-10-31"),
    ("Sept. 28, 2016", "2016-09-28"),  # English, as before
])  # fmt: skip
def test_dates_in_other_languages_and_with_dashes(text: str, expected: str) -> None:
    assert first_written_date(text, True) == expected


@pytest.mark.parametrize("text", [
    "Top 10 Marketing 2020 trends",  # an English month's first letters opening another word
    "the 3 Mayor 2020 debates",
    "top-10-marketing-2020-ideas",
    "Chapter 5 out 2021",  # Portuguese "out" (October) is an English word: not read
    "Game 3 set 2019",
])  # fmt: skip
def test_words_starting_like_a_month_are_no_month(text: str) -> None:
    assert first_written_date(text, True) is None


def test_every_month_word_has_its_number_in_any_case_and_with_a_dot() -> None:
    assert len(set(MONTH_NUMBERS.values())) == 12
    assert month_number("MÄRZ") == month_number("märz.") == 3
    assert month_number("Sept.") == 9
    assert month_number("Marketing") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("10 марта 2024 г.", "2024-03-10"),  # Russian, the genitive
    ("Опубліковано 7 листопада 2023", "2023-11-07"),  # Ukrainian: November, as Polish "listopada" is
    ("12 marca 2024", "2024-03-12"),  # Polish
    ("12. března 2024", "2024-03-12"),  # Czech
    ("3. októbra 2022", "2022-10-03"),  # Slovak
    ("12. maaliskuuta 2024", "2024-03-12"),  # Finnish, the partitive
    ("13 Mart 2024 Çarşamba", "2024-03-13"),  # Turkish
    ("ŞUBAT 3, 2024", "2024-02-03"),  # in capitals, month first (as WordPress prints any language's months: "Maret 30, 2015")
    ("den 5 augusti 2021", "2021-08-05"),  # Swedish
    ("5. desember 2019", "2019-12-05"),  # Norwegian
    ("5 martie 2020", "2020-03-05"),  # Romanian
    ("17 Agustus 2023", "2023-08-17"),  # Indonesian
    ("5 de març de 2024", "2024-03-05"),  # Catalan
    ("15 Μαΐου 2024", "2024-05-15"),  # Greek
    ("الثلاثاء 5 مارس 2024", "2024-03-05"),  # Arabic, Egypt's and the Gulf's names
    ("5 آذار 2024", "2024-03-05"),  # the Levant's
    ("٥ مارس ٢٠٢٤", "2024-03-05"),  # in Eastern Arabic digits
    ("نشر في ۱۲ آذار ۲۰۲۴", "2024-03-12"),  # Persian's forms of them
    ("٢٠٢٤/٣/٥", "2024-03-05"),
])  # fmt: skip
def test_other_languages_dates_are_read(text: str, expected: str) -> None:
    assert first_written_date(text, True) == expected


def test_other_languages_month_words_are_whole_words_only() -> None:
    for text in ("3 Martin 2020", "the 5 Marcato 2019 recordings", "12 majority 2024", "Room 4 Ekimetrics 2022"):
        assert first_written_date(text, True) is None, text
