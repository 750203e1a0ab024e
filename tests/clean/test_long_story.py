"""A long story keeps all its prose lines (`lines._continue_story`): the line model, reading each
line's place on so long a page, drops runs of a plain story's paragraphs past ~10,000 words."""

from __future__ import annotations

import importlib
import random

import numpy as np

import copydesk

lines_module = importlib.import_module("copydesk.clean.lines")

_SUBJECTS = ("the harbour authority", "the city engineer", "a retired ferry captain", "the regional auditor", "a fisheries inspector")
_VERBS = ("told the inquiry", "wrote in a memo", "said under oath", "argued before the panel")
_OBJECTS = ("that the seawall had been patched", "that the dredging budget was cut twice", "that warnings went unanswered", "that nobody owned the schedule")


def _story(paragraphs: int) -> list[str]:
    rng = random.Random(35)
    return [
        f"On day {i} of the inquiry, {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}. "
        + " ".join(f"{rng.choice(_SUBJECTS).capitalize()} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}." for _ in range(rng.choice((1, 3, 5))))
        for i in range(paragraphs)
    ]


def _page(story: list[str]) -> str:
    return "Home\nNews\nSport\nThe Seawall Inquiry\n\n" + "\n\n".join(story) + "\n\nCopyright 2026 Harbour Gazette. All rights reserved.\n"


def test_a_long_story_keeps_every_paragraph() -> None:
    story = _story(400)  # ~18,000 words
    article = copydesk.clean(_page(story))
    kept = set(article.text.split("\n\n"))
    assert [text for text in story if text not in kept] == []
    assert "All rights reserved" not in article.text and "Sport" not in article.text


def test_only_prose_lines_are_continued() -> None:
    words = [60] * 8
    rows = np.zeros((8, len(lines_module.LINE_FEATURES)))
    prose = [1, 0, 1, 1, 1, 1, 1, 1]  # line 1 is a menu line
    rows[:, lines_module._PROSE_COLUMN] = prose
    keep = [False, False, True, False, True, False, False, False]
    assert lines_module._continue_story(rows, words, keep) == keep  # 120 kept words: not a long story
    long_words = [3_000] * 8
    assert lines_module._continue_story(rows, long_words, keep) == keep  # two prose lines kept: too few
    keep[3] = True  # three prose lines kept (STORY_MIN_PARAGRAPHS), 9,000 words
    assert lines_module._continue_story(rows, long_words, keep) == [False, False, True, True, True, True, True, True]
    rows[:, lines_module._PROSE_COLUMN] = 1
    assert lines_module._continue_story(rows, long_words, keep) == [True] * 8  # the run before the first kept line too
