"""In text mode, a copyright notice followed by headlines and stamps (teaser feeds, footers)
ends the kept lines; one followed by sentences (a layout printing it above the story) does not."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

lines_module = importlib.import_module("copydesk.clean.lines")

STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the bridge, "
    "who voted for it and what it will cost the town."
    for i in range(5)
]  # 5 x 29 words: past COPYRIGHT_AFTER_WORDS
NOTICE = "© 2019 Example Media Inc. All Rights Reserved."
FEED = ["More World", "Why farmers paint their cows with zebra stripes", "32M ago", "Woman risks her life to save a koala", "1H ago"]


class _KeepAll:
    def predict(self, rows: np.ndarray) -> np.ndarray:
        return np.full(len(rows), 0.9)


def _kept(monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> list[str]:
    monkeypatch.setattr(lines_module, "load_forest", lambda *args: _KeepAll())
    labelled = lines_module.label_lines("\n\n".join(lines))
    return [line.text for line, label in zip(labelled.lines, labelled.labels, strict=True) if label in lines_module.KEPT_LABELS]


def test_a_feed_after_the_copyright_notice_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _kept(monkeypatch, [*STORY, NOTICE, *FEED]) == STORY


def test_sentences_after_the_notice_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    more_story = [line.replace("Paragraph", "Later paragraph") for line in STORY]
    assert _kept(monkeypatch, [*STORY, NOTICE, *more_story]) == [*STORY, NOTICE, *more_story]


def test_a_notice_before_much_of_the_story_is_not_a_footer(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _kept(monkeypatch, [STORY[0], NOTICE, *FEED]) == [STORY[0], NOTICE, *FEED]  # under COPYRIGHT_AFTER_WORDS
