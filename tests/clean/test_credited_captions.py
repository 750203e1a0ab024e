"""A line ending in a labelled credit ("… (Photo: AP)", "… Image credit: Getty") is a caption in text mode."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from copydesk.clean.furniture import credited_caption
from copydesk.model import Caption

lines_module = importlib.import_module("copydesk.clean.lines")

STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the harbour."
    for i in range(3)
]


class _KeepAll:
    """Stands in for the line model: every line looks like content."""

    def predict(self, rows: np.ndarray) -> np.ndarray:
        return np.full(len(rows), 0.9)


def test_a_credited_line_is_a_caption_and_leaves_the_story(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lines_module, "load_forest", lambda *args: _KeepAll())
    text = "\n\n".join([STORY[0], "Fishing boats return to the harbour (Image: GETTY )", STORY[1], "The quay at dawn. Photo credit: Ann Lee/AP", STORY[2]])
    labelled = lines_module.label_lines(text)
    kept = [line.text for line, label in zip(labelled.lines, labelled.labels, strict=True) if label in lines_module.KEPT_LABELS]
    assert kept == STORY
    assert labelled.captions == [Caption("Fishing boats return to the harbour", "GETTY"), Caption("The quay at dawn.", "Ann Lee/AP")]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: the harbour at dawn",  # all label: a gallery's or embed's title, not a credited caption
        "Cost per Credit: In-State | $472 Out-of-State | $472",  # a table row
        "The plan (photo: a credit would never run this long, nine or ten words)",
        "Capture Stunning Photos: High-quality image clarity.",  # a product's bullet
    ],
)
def test_lines_that_are_not_credited_captions(line: str) -> None:
    assert credited_caption(line) is None
