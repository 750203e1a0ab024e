"""The flat row that table writers (Parquet, SQLite) store for one document.

One row per input record.  Source fields and the article's fields sit side by
side as columns; nested article fields (blocks, captions, ...) stay nested
(Arrow lists and structs; JSON text in SQLite).  JSONL keeps the nested
`Document.to_dict` form instead, which `Document.from_dict` reads back.
"""

from __future__ import annotations

from typing import Any

SOURCE_COLUMNS = ("kind", "path", "url", "warc_record_id", "offset", "index")
ROW_COLUMNS = ("doc_id", "status", "reason", "duplicate_of", "copies")
ARTICLE_SCALARS = (
    "url", "title", "text", "language", "page_type", "subtitle", "published", "modified",
    "site_name", "canonical_url", "section", "wire_agency", "syndicated_from", "original_url", "access", "published_source", "authors_source",
    "modified_source", "text_source",
)  # fmt: skip
ARTICLE_NESTED = ("blocks", "authors", "tags", "corrections", "dateline", "captions", "related", "media", "removed")


def flat_row(document: dict[str, Any]) -> dict[str, Any]:
    """`Document.to_dict()` output as one flat row (article columns empty when there is none)."""
    row = {name: document.get(name) for name in ROW_COLUMNS}
    source = document.get("source") or {}
    for name in SOURCE_COLUMNS:
        row[f"source_{name}"] = source.get(name)
    article = document.get("article") or {}
    for name in ARTICLE_SCALARS + ARTICLE_NESTED:
        row[name] = article.get(name)
    row["word_count"] = len(article["text"].split()) if article.get("text") else None
    return row
