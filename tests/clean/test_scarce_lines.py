"""When the line model is sure of too little, the lines it is least unsure of are kept."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from copydesk.clean.features import split_lines

lines_module = importlib.import_module("copydesk.clean.lines")

PROSE = [
    "The council approved the new bridge on Tuesday after a long debate about its cost.",
    "Work starts in spring and should be finished within two years, the mayor said.",
    "Residents will be able to comment on the design at three public meetings this month.",
]
TEXT = "Home\nNews\nSport\n\n" + "\n\n".join(PROSE) + "\n\nSubscribe\nContact us"


class _FixedForest:
    """Stands in for the line model: prose lines get `prose`, the rest 0.05."""

    def __init__(self, prose: float, first_prose: float) -> None:
        self.prose, self.first_prose = prose, first_prose

    def predict(self, rows: np.ndarray) -> np.ndarray:
        lines = split_lines(TEXT)
        scores = [self.prose if line.text in PROSE else 0.05 for line in lines]
        scores[[line.text for line in lines].index(PROSE[0])] = self.first_prose
        return np.asarray(scores)


def _body(monkeypatch: pytest.MonkeyPatch, prose: float, first_prose: float) -> list[str]:
    monkeypatch.setattr(lines_module, "load_forest", lambda *args: _FixedForest(prose, first_prose))
    labelled = lines_module.label_lines(TEXT)
    return [line.text for line, label in zip(labelled.lines, labelled.labels, strict=True) if label == "body"]


def test_unsure_prose_is_kept_when_little_is_sure(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _body(monkeypatch, prose=0.3, first_prose=0.9) == PROSE


def test_lines_below_the_lower_bar_stay_out(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _body(monkeypatch, prose=0.2, first_prose=0.9) == PROSE[:1]
