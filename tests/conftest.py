"""Shared paths: bundled fixtures, and the full dev sets when ../shared is present."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).parent
REPO = TESTS.parent
SAMPLE_DATA = TESTS / "data"
SHARED_DATA = REPO.parent / "shared" / "data"
FLOORS_FILE = TESTS / "quality_floors.json"
