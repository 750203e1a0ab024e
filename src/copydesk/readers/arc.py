"""ARC files (the Internet Archive's format before WARC), read with warcio.

FastWARC reads WARC only; warcio converts each ARC record to a WARC-like one.
ARC records have no record ids, so `warc_record_id` stays empty.  A record
warcio cannot parse ends the file with an error row (ARC has no record
marker to resume from reliably).
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.model import Document, Source
from copydesk.readers.inputs import InputFile
from copydesk.readers.warc import content_kind


def read_arc(file: InputFile, max_bytes: int) -> Iterator[Document]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise ImportError("reading ARC files needs warcio: pip install 'copydesk[crawl]'") from exc
    index = 0
    try:
        with open(file.path, "rb") as handle:
            records = ArchiveIterator(handle, arc2warc=True)
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    continue
                payload = record.content_stream().read(max_bytes + 1)
                source = Source(
                    "warc", path=file.path, url=record.rec_headers.get_header("WARC-Target-URI"),
                    offset=records.get_record_offset(), index=index,
                )  # fmt: skip
                index += 1
                http = record.http_headers
                kind = content_kind(http.get_header("Content-Type") if http else None, payload)
                if len(payload) > max_bytes:
                    yield Document(source, error="input:too_large")
                elif kind is None:
                    yield Document(source, error="input:not_html")
                else:
                    yield Document(source, content=payload, content_kind=kind)
    except Exception as exc:  # warcio raises assorted types on malformed input
        yield Document(Source("warc", path=file.path, index=index), error=f"input:malformed_arc:{type(exc).__name__}")
