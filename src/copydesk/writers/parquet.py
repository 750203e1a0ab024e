"""Parquet output with pyarrow: one row per document, nested fields as Arrow lists and structs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from copydesk.writers.rows import flat_row

# A row group is written when either bound is reached, so the writer's memory
# stays flat whatever the pages' size (measured: 2,000-row groups of WCXB
# pages peaked near 480 MB in the driver; these bounds keep it near 200 MB).
ROWS_PER_GROUP = 1000
BYTES_PER_GROUP = 16 * 1024 * 1024  # of article text, the bulk of a row


def _schema() -> Any:
    import pyarrow as pa

    s = pa.string()
    return pa.schema(
        [
            ("doc_id", s), ("status", s), ("reason", s), ("duplicate_of", s), ("copies", pa.int64()),
            ("source_kind", s), ("source_path", s), ("source_url", s), ("source_warc_record_id", s),
            ("source_offset", pa.int64()), ("source_index", pa.int64()),
            ("url", s), ("title", s), ("text", s), ("language", s), ("page_type", s), ("subtitle", s),
            ("published", s), ("modified", s), ("site_name", s), ("canonical_url", s), ("section", s),
            ("wire_agency", s), ("syndicated_from", s), ("original_url", s), ("access", s), ("published_source", s), ("authors_source", s), ("modified_source", s),
            ("text_source", s),
            ("blocks", pa.list_(pa.struct([("kind", s), ("text", s), ("level", pa.int32())]))),
            ("authors", pa.list_(s)),
            ("tags", pa.list_(s)),
            ("corrections", pa.list_(s)),
            ("dateline", pa.struct([("place", s), ("agency", s)])),
            ("captions", pa.list_(pa.struct([("text", s), ("credit", s)]))),
            ("related", pa.list_(pa.struct([("title", s), ("url", s)]))),
            ("media", pa.list_(pa.struct([("kind", s), ("title", s), ("url", s)]))),
            ("removed", pa.list_(pa.struct([("text", s), ("reason", s)]))),
            ("word_count", pa.int64()),
        ]
    )  # fmt: skip


class ParquetWriter:
    def __init__(self, path: Path) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ImportError("Parquet output needs pyarrow: pip install 'copydesk[crawl]'") from exc
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.schema = _schema()
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        self.buffer: list[dict[str, Any]] = []
        self.buffered_bytes = 0

    def write(self, document: dict[str, Any]) -> None:
        row = flat_row(document)
        self.buffer.append(row)
        self.buffered_bytes += 2 * len(row["text"] or "")  # the text, and again inside the blocks
        if len(self.buffer) >= ROWS_PER_GROUP or self.buffered_bytes >= BYTES_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer, self.buffered_bytes = [], 0

    def close(self) -> None:
        self._flush()
        self.writer.close()
        os.replace(self.tmp, self.path)
