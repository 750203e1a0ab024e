"""Exact-duplicate keys: copies that differ only in form share one key; other texts do not."""

from __future__ import annotations

from copydesk.dedup.exact import text_key

STORY = "Applicants are encouraged to apply for up to $5,000 in financial assistance."


def test_copies_differing_in_form_share_a_key() -> None:
    assert text_key(STORY) == text_key("APPLICANTS  are encouraged to apply for up to $5,000 in financial assistance!")
    assert text_key(STORY) == text_key("Appli\u00adcants are encour\u00adaged to apply for up to $5,000 in finan\u00adcial assis\u200btance.")
    assert text_key("ﬁnancial") == text_key("financial")  # a compatibility ligature


def test_different_words_make_different_keys() -> None:
    assert text_key(STORY) != text_key(STORY.replace("$5,000", "$6,000"))
    assert text_key("assis tance") != text_key("assistance")  # a space splits a word; a soft hyphen does not
