"""The date patterns of metadata.py."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from copydesk.extract.metadata import _NUMERIC_DATE, _WRITTEN_DATE


@given(st.lists(st.sampled_from(["Jan", "march", "SEPT.", "ſep", "12", "3rd", "2024", "1999", ".", "/", ",", " ", "x", "Oct", "May"]),
                max_size=12).map("".join))  # fmt: skip
@example("On 12 march 2024, 3/4/2023 and Oct 3rd, 1999")
def test_date_patterns_guard_changes_no_match(text: str) -> None:
    """The first-character look-ahead of the date patterns changes speed only, not matches."""
    for guarded, guard in ((_WRITTEN_DATE, r"(?=[jfmasond\d])"), (_NUMERIC_DATE, r"(?=\d)")):
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
