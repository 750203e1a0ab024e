"""Output writers; OUT's suffix (or the chosen format, for a folder) picks one."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from copydesk.config import OutputFormat

SUFFIX_FORMATS: dict[str, OutputFormat] = {
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl.gz",
    ".jsonl.zst": "jsonl.zst",
    ".parquet": "parquet",
    ".sqlite": "sqlite",
    ".db": "sqlite",
}


class Writer(Protocol):
    def write(self, document: dict[str, Any]) -> None: ...
    def close(self) -> None: ...


def format_of(path: Path) -> OutputFormat | None:
    """The format a file name asks for, or None (a folder)."""
    name = path.name.lower()
    for suffix in sorted(SUFFIX_FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIX_FORMATS[suffix]
    return None


def open_writer(path: Path, fmt: OutputFormat) -> Writer:
    if fmt == "parquet":
        from copydesk.writers.parquet import ParquetWriter

        return ParquetWriter(path)
    if fmt == "sqlite":
        from copydesk.writers.sqlite import SqliteWriter

        return SqliteWriter(path)
    from copydesk.writers.jsonl import JsonlWriter

    return JsonlWriter(path)
