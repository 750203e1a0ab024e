"""The quality gate: pinned floors on the bundled sample and, when present, the full dev sets."""

from __future__ import annotations

import json

import pytest

from copydesk.bench.gate import below_floors, gate_scores, text_gate_scores
from tests.conftest import FLOORS_FILE, SAMPLE_DATA, SHARED_DATA

FLOORS = {k: v for k, v in json.loads(FLOORS_FILE.read_text()).items() if not k.startswith("_")}
GATED = [
    ("sample/zyte-aeb", SAMPLE_DATA / "zyte-aeb"),
    ("sample/wcxb-dev", SAMPLE_DATA / "wcxb-dev"),
    ("full/zyte-aeb", SHARED_DATA / "zyte-aeb"),
    ("full/wcxb-dev", SHARED_DATA / "wcxb-dev"),
]


def test_below_floors_reports_each_shortfall() -> None:
    failures = below_floors({"f1": 0.80, "accuracy": 0.5}, {"f1": 0.85, "accuracy": 0.4, "f1_forum": 0.6})
    assert failures == ["f1: 0.8000 is below the floor 0.8500", "f1_forum: not measured (floor 0.6000)"]


def test_below_floors_passes_at_the_floor() -> None:
    assert below_floors({"f1": 0.85}, {"f1": 0.85}) == []


@pytest.mark.parametrize(("name", "folder"), GATED, ids=[g[0] for g in GATED])
def test_quality_floor(name: str, folder) -> None:  # type: ignore[no-untyped-def]
    if not folder.is_dir():
        pytest.skip(f"{folder} not present (the full dev sets live in ../shared/data)")
    failures = below_floors(gate_scores(folder), FLOORS[name])
    assert not failures, "\n".join(failures)


TEXT_GATED = [(f"text/{name}", folder) for name, folder in GATED]


@pytest.mark.parametrize(("name", "folder"), TEXT_GATED, ids=[g[0] for g in TEXT_GATED])
def test_text_mode_quality_floor(name: str, folder) -> None:  # type: ignore[no-untyped-def]
    if not folder.is_dir():
        pytest.skip(f"{folder} not present (the full dev sets live in ../shared/data)")
    pytest.importorskip("html_text", reason="text mode renders pages with html-text")
    failures = below_floors(text_gate_scores(folder), FLOORS[name])
    assert not failures, "\n".join(failures)
