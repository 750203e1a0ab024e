"""SQLite output, the embedded default store: one `documents` table plus an FTS5 index.

Scalar fields are columns; nested ones (blocks, authors, captions, ...) are
JSON text.  The full-text index covers title and text of article rows and is
built once at the end (faster than row by row).  `copydesk search` queries it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import orjson

from copydesk.writers.rows import ARTICLE_NESTED, flat_row

ROWS_PER_COMMIT = 2000  # rows per transaction while loading
# The full-text index's in-memory buffer of terms before it writes a segment (FTS5's "hashsize",
# 1 MB by default): the index is built in one statement, and with fewer, larger segments FTS5
# merges less: the close of 15,360 dev rows 3.8-3.9 -> 2.9-3.0 s (`benchmarks/sqlite_store.py`); the buffer is
# freed when the build ends.
FTS_HASH_BYTES = 64 * 1024 * 1024


def _columns() -> list[str]:
    return list(flat_row({}).keys())


class SqliteWriter:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.tmp.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.tmp)
        self.columns = _columns()
        column_defs = ", ".join(f'"{c}"' for c in self.columns)
        self.db.execute(f"CREATE TABLE documents (rowid INTEGER PRIMARY KEY, {column_defs})")
        self.insert = (
            f"INSERT INTO documents ({', '.join(repr(c) for c in self.columns)}) "
            f"VALUES ({', '.join('?' for _ in self.columns)})"
        )
        self.buffer: list[list[Any]] = []

    def write(self, document: dict[str, Any]) -> None:
        row = flat_row(document)
        for name in ARTICLE_NESTED:
            if row[name] is not None:
                row[name] = orjson.dumps(row[name]).decode()
        self.buffer.append([row[c] for c in self.columns])
        if len(self.buffer) >= ROWS_PER_COMMIT:
            self._flush()

    def _flush(self) -> None:
        with self.db:
            self.db.executemany(self.insert, self.buffer)
        self.buffer = []

    def close(self) -> None:
        self._flush()
        with self.db:
            self.db.execute("CREATE INDEX documents_doc_id ON documents (doc_id)")
            self.db.execute(
                "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid')"
            )
            self.db.execute("INSERT INTO documents_fts (documents_fts, rank) VALUES ('hashsize', ?)", (FTS_HASH_BYTES,))
            self.db.execute(
                "INSERT INTO documents_fts (rowid, title, text) "
                "SELECT rowid, coalesce(title, ''), coalesce(text, '') FROM documents WHERE status = 'article'"
            )
        self.db.close()
        os.replace(self.tmp, self.path)
