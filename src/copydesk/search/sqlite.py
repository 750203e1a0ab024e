"""Ranked search over the FTS5 index: BM25 with the title weighted above the text.

A plain query is taken as words to match (all of them, any order), so
punctuation in it cannot break FTS5's query syntax; `raw=True` passes FTS5
syntax (phrases, OR, NEAR, prefix*) through.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from copydesk.errors import InputError
from copydesk.writers import format_of

TITLE_WEIGHT = 4.0  # a match in the headline says more than one in the body
TEXT_WEIGHT = 1.0
SNIPPET_TOKENS = 24  # words of context around the matches
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Hit:
    doc_id: str
    title: str | None
    url: str | None
    published: str | None
    snippet: str
    score: float
    copies: int | None = None  # how many copies of the story dedup found elsewhere in the run (`Document.copies`)


def fts_query(query: str) -> str:
    """Every word of a free-text query, quoted, so FTS5 reads them as terms."""
    return " ".join(f'"{word}"' for word in _WORD.findall(query))




_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Filters:
    """Which hits to keep besides the query: published on or after `since` and on or before
    `until` (ISO days; a story with no publication date then goes), in one of `languages`, of one
    of `page_types`.  Empty fields keep everything."""

    since: str | None = None
    until: str | None = None
    languages: tuple[str, ...] = ()
    page_types: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for day in (self.since, self.until):
            if day is not None and not _DAY.fullmatch(day):
                raise InputError("search:bad_date", f"{day!r} is no day: write it YYYY-MM-DD")

    def sql(self) -> tuple[str, list[str]]:
        """The WHERE clause's extra conditions (on the documents table, `d`) and their values."""
        conditions, values = [], []
        if self.since:
            conditions.append("substr(d.published, 1, 10) >= ?")
            values.append(self.since)
        if self.until:
            conditions.append("substr(d.published, 1, 10) <= ?")
            values.append(self.until)
        for column, wanted in (("language", self.languages), ("page_type", self.page_types)):
            if wanted:
                conditions.append(f"d.{column} IN ({', '.join('?' for _ in wanted)})")
                values += wanted
        return "".join(f" AND {condition}" for condition in conditions), values


NO_FILTERS = Filters()


def search(store: Path, query: str, limit: int = 10, raw: bool = False, filters: Filters = NO_FILTERS) -> list[Hit]:
    """The best `limit` hits for `query` in a store, or in a folder of stores (a crawl run's folder
    OUT of SQLite files, one a shard, each indexed by its own worker): each store's best `limit`,
    merged by score.  BM25 weighs a word by how rare it is in its own store, so a folder's scores
    compare as well as its shards hold like mixes of pages (a crawl's shards do)."""
    if store.is_dir():
        stores = sorted(path for path in store.iterdir() if path.is_file() and format_of(path) == "sqlite")
        if not stores:
            raise InputError("search:no_store", f"no SQLite store in {store}")
        hits = [hit for path in stores for hit in _search_one(path, query, limit, raw, filters)]
        return sorted(hits, key=lambda hit: hit.score, reverse=True)[:limit]
    if not store.is_file():
        raise InputError("search:no_store", f"no such store: {store}")
    return _search_one(store, query, limit, raw, filters)


def _search_one(db_path: Path, query: str, limit: int, raw: bool, filters: Filters) -> list[Hit]:
    match = query if raw else fts_query(query)
    if not match.strip():
        raise InputError("search:empty_query", "the query has no words")
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        columns = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
        copies = "d.copies" if "copies" in columns else "NULL"  # a store written before the column existed
        conditions, values = filters.sql()
        rows = db.execute(
            "SELECT d.doc_id, d.title, coalesce(d.url, d.source_url), d.published, "
            "snippet(documents_fts, 1, '[', ']', ' … ', ?), bm25(documents_fts, ?, ?) AS rank, "
            f"{copies} FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            f"WHERE documents_fts MATCH ?{conditions} ORDER BY rank LIMIT ?",
            (SNIPPET_TOKENS, TITLE_WEIGHT, TEXT_WEIGHT, match, *values, limit),
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise InputError("search:bad_query_or_store", str(exc)) from exc
    finally:
        db.close()
    return [Hit(r[0], r[1], r[2], r[3], r[4], -r[5], r[6]) for r in rows]
