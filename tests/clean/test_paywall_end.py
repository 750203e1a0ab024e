"""In text mode, a paywall's notice under the story's teaser ("This article is for subscribers
only", "この記事は会員限定です") ends the kept lines: the sign-up box and the page's furniture
follow it, never more story (a held-out Japanese paper: 0.196 -> 0.905 against newspaper4k's
reference text)."""

from __future__ import annotations

import re

import pytest

from copydesk.extract.patterns import PAYWALL_HINTS, PAYWALL_PHRASES
from tests.clean.conftest import LabelLines, kept_texts

STORY = [
    "The council voted on Monday to replace the old river bridge, closing a debate that has run for a decade.",
    "The new bridge will carry two lanes of traffic and a cycle path, and work is due to start in the spring…",
]
UNDER = ["Register now", "Already a member? Log in", "Most read", "Harbour festival returns with a bigger programme", "Spring market opens"]
NOTICES = [
    "This article is for subscribers only.",
    "Subscribe to continue reading.",
    "To continue reading, please subscribe or log in.",
    "Dieser Artikel ist nur für Abonnenten.",
    "La suite de cet article est réservée aux abonnés.",
    "Este artículo es exclusivo para suscriptores.",
    "［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_what_follows_a_paywall_notice_goes(label_all_kept: LabelLines, notice: str) -> None:
    labelled = label_all_kept("\n\n".join([*STORY, notice, *UNDER]))
    assert kept_texts(labelled) == STORY
    assert "boilerplate:paywall" in labelled.labels


def test_a_notice_before_any_sentence_or_a_long_paragraph_is_no_end(label_all_kept: LabelLines) -> None:
    banner = label_all_kept("\n\n".join([NOTICES[0], *STORY, *UNDER]))  # a banner over the story
    assert "boilerplate:paywall" not in banner.labels and UNDER[0] in kept_texts(banner)
    story = "Publishers say the article is for subscribers only because " + "readers who pay keep the newsroom going, " * 8 + "they said."
    long = label_all_kept("\n\n".join([*STORY, story, *UNDER]))
    assert "boilerplate:paywall" not in long.labels and story in kept_texts(long)


EXAMPLES = [
    *NOTICES, "The story is available to paid members.", "Keep reading, subscribe now", "For subscribers only",
    "Der Beitrag ist exklusiv für Mitglieder.", "Article réservé aux abonnés", "El contenido es solo para socios.",
    "Questo articolo è riservato agli abbonati.", "［有料会員限定］",
]


@pytest.mark.parametrize("pattern", PAYWALL_PHRASES)
def test_every_paywall_alternative_holds_a_hint(pattern: str) -> None:
    """`clean.lines._paywall_start` reads the regex only on lines holding a hint: every
    alternative matches an example, and every example it matches holds a hint."""
    matched = [text for text in EXAMPLES if re.search(pattern, text.lower())]
    assert matched, pattern
    assert all(any(hint in text.lower() for hint in PAYWALL_HINTS) for text in matched), pattern
