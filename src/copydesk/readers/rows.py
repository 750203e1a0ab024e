"""Rows copydesk wrote, read back: JSON lines, Parquet and SQLite outputs of `copydesk extract -o`.

Each row comes back in `Document.to_dict`'s nested form, whatever it was stored as (a table's
flat row, `writers.rows.flat_row`, is nested again: source columns under ``source``, the
article's under ``article``), so `copydesk dedup` reads and writes any of them alike.  A
line that is no row, or a file that cannot be read to its end, gives an error line rather
than ending the read: every row read is accounted for.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from copydesk.model import SCHEMA_VERSION
from copydesk.readers.jsonl import lines_of, open_maybe_compressed
from copydesk.writers import format_of
from copydesk.writers.rows import ARTICLE_NESTED, ARTICLE_SCALARS, ROW_COLUMNS, SOURCE_COLUMNS

TABLE_BATCH_ROWS = 1000  # rows read from a Parquet file or a store at a time
# A JSON line longer than this is no row copydesk wrote (an article's record stays well under its
# 16 MB input bound): an error row, skipped to its newline without being held whole.
MAX_ROW_BYTES = 64 * 1024 * 1024


@dataclass(slots=True)
class RowLine:
    """One row of an input: where it is, and the row, or why there is none."""

    path: str
    index: int  # its place in its file (JSON lines: among the non-blank lines)
    offset: int | None  # JSON lines: the line's byte offset
    row: dict[str, Any] | None
    error: str | None = None  # "input:bad_json", "input:not_a_row", "input:truncated", "input:unreadable", ...


def row_files(inputs: list[Path]) -> list[Path]:
    """The files to read: each input file, and a folder's row files (the names `writers.format_of`
    knows: the outputs `copydesk extract -o` writes)."""
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and format_of(p) is not None)
        else:
            files.append(path)
    return files


def read_rows(files: list[Path]) -> Iterator[RowLine]:
    """The rows of `files`, in order, each file by its name's format (`writers.format_of`; JSON
    lines otherwise); a file with no row is one error line (``input:empty_file``), as a crawl run
    reports one."""
    for path in files:
        fmt = format_of(path)
        if fmt == "parquet":
            rows = _parquet_rows(path)
        elif fmt == "sqlite":
            rows = _store_rows(path)
        else:
            rows = _jsonl_rows(path)
        empty = True
        for row in rows:
            empty = False
            yield row
        if empty:
            yield RowLine(str(path), 0, None, None, "input:empty_file")


def _jsonl_rows(path: Path) -> Iterator[RowLine]:
    try:
        handle = open_maybe_compressed(str(path))
    except OSError:
        yield RowLine(str(path), 0, 0, None, "input:unreadable")
        return
    with handle:
        for line in lines_of(handle, MAX_ROW_BYTES):
            if line.data is None:
                yield RowLine(str(path), line.index, line.offset, None, line.error)
            else:
                yield _json_row(str(path), line.index, line.offset, line.data)


def _json_row(path: str, index: int, offset: int, line: bytes) -> RowLine:
    try:
        row = orjson.loads(line)
    except orjson.JSONDecodeError:
        return RowLine(path, index, offset, None, "input:bad_json")
    if not isinstance(row, dict) or not isinstance(row.get("doc_id"), str):
        return RowLine(path, index, offset, None, "input:not_a_row")  # JSON, but no copydesk row
    return RowLine(path, index, offset, row)


def nested_row(flat: dict[str, Any]) -> dict[str, Any]:
    """A table's flat row in `Document.to_dict`'s form (an article only where it has one)."""
    row: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    row.update((name, flat.get(name)) for name in ROW_COLUMNS if name != "copies")
    if flat.get("copies") is not None:
        row["copies"] = flat["copies"]
    row["source"] = {name: flat.get(f"source_{name}") for name in SOURCE_COLUMNS}
    article = None
    if flat.get("status") == "article" or flat.get("text") is not None:
        article = {name: flat.get(name) for name in ARTICLE_SCALARS + ARTICLE_NESTED}
        article["drop_reason"] = None
    row["article"] = article
    return row


def _parquet_rows(path: Path) -> Iterator[RowLine]:
    import pyarrow.parquet as pq

    index = 0
    try:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=TABLE_BATCH_ROWS):
            for flat in batch.to_pylist():
                yield _table_row(str(path), index, flat)
                index += 1
    except (OSError, ValueError) as exc:  # not Parquet, or damaged (pyarrow's errors are both)
        yield RowLine(str(path), index, None, None, f"input:unreadable:{type(exc).__name__}")


def _store_rows(path: Path) -> Iterator[RowLine]:
    index = 0
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        yield RowLine(str(path), index, None, None, f"input:unreadable:{type(exc).__name__}")
        return
    try:
        cursor = db.execute("SELECT * FROM documents ORDER BY rowid")
        names = [column[0] for column in cursor.description]
        while batch := cursor.fetchmany(TABLE_BATCH_ROWS):
            for values in batch:
                flat = dict(zip(names, values, strict=True))
                for name in ARTICLE_NESTED:  # stored as JSON text
                    if isinstance(flat.get(name), str):
                        flat[name] = json.loads(flat[name])
                yield _table_row(str(path), index, flat)
                index += 1
    except (sqlite3.Error, ValueError) as exc:  # no documents table, a damaged file or JSON column
        yield RowLine(str(path), index, None, None, f"input:unreadable:{type(exc).__name__}")
    finally:
        db.close()


def _table_row(path: str, index: int, flat: dict[str, Any]) -> RowLine:
    if not isinstance(flat.get("doc_id"), str):
        return RowLine(path, index, None, None, "input:not_a_row")
    return RowLine(path, index, None, nested_row(flat))
