"""The text cleaner's line labels with a stand-in line model that calls every line content,
so a test sees what the rules after the model do."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import numpy as np
import pytest

from copydesk.clean.lines import KEPT_LABELS, Labelled

lines_module = importlib.import_module("copydesk.clean.lines")
LabelLines = Callable[[str], Labelled]


class KeepAll:
    """Stands in for the line model: every line looks like content."""

    def predict(self, rows: np.ndarray) -> np.ndarray:
        return np.full(len(rows), 0.9)


@pytest.fixture
def label_all_kept(monkeypatch: pytest.MonkeyPatch) -> LabelLines:
    """`clean.lines.label_lines` with the stand-in model (`KeepAll`)."""
    monkeypatch.setattr(lines_module, "load_forest", lambda *args: KeepAll())
    label_lines: LabelLines = lines_module.label_lines
    return label_lines


def kept_texts(labelled: Labelled) -> list[str]:
    """The texts of the lines `labelled` keeps, in order."""
    return [line.text for line, label in zip(labelled.lines, labelled.labels, strict=True) if label in KEPT_LABELS]


def labels_by_text(labelled: Labelled) -> dict[str, str]:
    """Each line's text and its label."""
    return {line.text: label for line, label in zip(labelled.lines, labelled.labels, strict=True)}
