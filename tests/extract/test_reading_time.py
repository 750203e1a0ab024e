"""`tidy.is_reading_time` answers as its definition does: the early answer for texts of many
words (`MAX_READING_TIME_WORDS`) must never differ from the search it skips."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from copydesk.extract.tidy import _WORD, MAX_READING_TIME_OTHER_WORDS, READING_TIME, is_reading_time


def _defined(text: str) -> bool:
    """The definition: a reading time, and at most MAX_READING_TIME_OTHER_WORDS words beside it."""
    found = READING_TIME.search(text)
    return found is not None and len(_WORD.findall(text[: found.start()] + text[found.end() :])) <= MAX_READING_TIME_OTHER_WORDS


# Pieces that sit at the edges of a match: digits, dashes, minute words in several cases and
# languages, a full stop after them, letters glued on either side, underscores and non-ASCII
# digits (word characters that are no letters), and letters that case-fold oddly.
PIECES = ["5", "10", "-", "–", " ", "min", "mins", "MIN", "Minutes", "minuto", "minuten", "minuter", ".", "read",
          "Reading", "Time:", "a", "x5", "5x", "_", "٣", "ſ", "ı", "İ", "é", "\u00a0", "\n", "|", "🙂"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join) | st.text(max_size=60), st.integers(0, 300))
@example("5 min read", 250)
@example("Reading Time: 8 minutes", 250)
@example("10-12 min. read by the whole team today", 250)
@example("abc5 min one two three four", 250)
@example("5 min.one two three four five", 250)
@example("one two three four five 5 min", 250)
@example("Reading Time: 8 minutes to go", 250)  # four words beside it: still a reading time
def test_the_early_answer_is_the_definitions(text: str, padding: int) -> None:
    """Each text as it is, and padded with spaces past the length where words are counted first."""
    for variant in (text, text + " " * padding, " " * padding + text):
        assert is_reading_time(variant) == _defined(variant)


def test_a_long_line_of_prose_is_no_reading_time() -> None:
    line = "It took 5 min to read. " + "More words follow here. " * 5000
    assert not is_reading_time(line)
    assert is_reading_time("5 min read")
