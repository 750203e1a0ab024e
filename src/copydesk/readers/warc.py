"""WARC files (plain or gzip per record) read with FastWARC.

Response and resource records are documents, and so are conversion records:
a WET file (Common Crawl's text extracts, ``*.warc.wet.gz``) holds one per
page, its scraped text (``text/plain``), which is cleaned in text mode
(`clean`); request, metadata, revisit and warcinfo records are the crawl's
bookkeeping and are passed over.  A document record whose payload is neither
HTML nor plain text (PDF, images, JSON) becomes an error row.

FastWARC stops at the first malformed record (a bad header, a lying
Content-Length, a truncated gzip member).  We never drop the rest of the file
for that: the reader writes an error row at the spot, looks for the next
record start (the next gzip member, or the next ``WARC/1.`` line), and goes on
from there.  Every resume point is past the previous one, so a file of
garbage ends after at most one error row per resume point.

FastWARC also passes over, without a word, a record whose WARC-Type line is
damaged (its type is then "unknown"): that is an error row too, a document
the crawl holds and the run must account for.  (A file in which no record is
found at all is one error row, `run.shards.read_file`.)
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.model import ContentKind, Document, Source
from copydesk.readers.inputs import InputFile
from copydesk.readers.sniff import looks_like_html

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml+xhtml"})
TEXT_TYPES = frozenset({"text/plain"})
GZIP_MEMBER = b"\x1f\x8b\x08"  # each record of a .warc.gz is its own gzip member
PLAIN_RECORD = b"\nWARC/1."  # a record header line starts a plain WARC record
SCAN_CHUNK = 1 << 20  # bytes read at a time while looking for the next record
MAX_RESUMES = 10_000  # a bound on recovery attempts in one file of garbage


def content_kind(content_type: str | None, payload: bytes) -> ContentKind | None:
    media = (content_type or "").split(";")[0].strip().lower()
    if media in HTML_TYPES:
        return "html"
    if media in TEXT_TYPES:
        return "text"
    if not media and looks_like_html(payload):
        return "html"
    return None


def _record_document(record: object, file: InputFile, index: int, max_bytes: int, locate: bool = False) -> Document:
    headers = record.headers  # type: ignore[attr-defined]
    source = Source(
        "warc",
        path=file.path,
        url=headers.get("WARC-Target-URI"),
        warc_record_id=record.record_id,  # type: ignore[attr-defined]
        offset=record.stream_pos,  # type: ignore[attr-defined]
        index=index,
    )
    if locate:
        return Document(source, located=True)
    payload = record.reader.read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(payload) > max_bytes:
        return Document(source, error="input:too_large")
    content_type = record.http_content_type if record.is_http else headers.get("Content-Type")  # type: ignore[attr-defined]
    kind = content_kind(content_type, payload)
    if kind is None:
        return Document(source, error="input:not_html")
    return Document(source, content=payload, content_kind=kind)


def _next_record_start(path: str, start: int, compressed: bool) -> int | None:
    marker = GZIP_MEMBER if compressed else PLAIN_RECORD
    skip = 0 if compressed else 1  # the plain marker begins with the previous line's newline
    with open(path, "rb") as handle:
        handle.seek(start)
        position, tail = start, b""
        while chunk := handle.read(SCAN_CHUNK):
            window = tail + chunk
            found = window.find(marker)
            if found >= 0:
                return position - len(tail) + found + skip
            tail = window[-(len(marker) - 1) :]
            position += len(chunk)
    return None


def _is_compressed(path: str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


def read_warc(file: InputFile, max_bytes: int, locate: bool = False) -> Iterator[Document]:
    """Every document record of the file, and an error row where it is damaged; with `locate`,
    a document record's payload is left in the file (`Document.located`, `read_located`): the
    local engine's driver finds the records and its workers read them."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    wanted = WarcRecordType.response | WarcRecordType.resource | WarcRecordType.conversion
    damaged = (WarcRecordType.unknown, WarcRecordType.no_type)  # a record whose WARC-Type line is broken
    try:
        compressed = _is_compressed(file.path)
    except OSError as exc:
        yield Document(Source("warc", path=file.path), error=f"input:unreadable:{type(exc).__name__}")
        return
    index, start = 0, 0
    for _ in range(MAX_RESUMES):
        last = start
        try:
            with open(file.path, "rb") as handle:
                handle.seek(start)
                for record in ArchiveIterator(handle, record_types=WarcRecordType.any_type, parse_http=True, auto_decode="all"):
                    last = record.stream_pos
                    if record.record_type & wanted:
                        yield _record_document(record, file, index, max_bytes, locate)
                    elif record.record_type in damaged:
                        url = record.headers.get("WARC-Target-URI")
                        yield Document(Source("warc", path=file.path, url=url, offset=last, index=index), error="input:malformed_warc")
                    else:
                        continue  # the crawl's bookkeeping: requests, metadata, warcinfo, revisits
                    index += 1
            return
        except (OSError, ValueError) as exc:
            yield Document(Source("warc", path=file.path, offset=last, index=index), error=_warc_error(exc))
            index += 1
        resume = _next_record_start(file.path, last + 1, compressed)
        if resume is None:
            return
        start = resume


def read_located(doc: Document, file: InputFile, max_bytes: int) -> Document:
    """A located document (`read_warc(locate=True)`) read from its file: the document `read_warc`
    would have given, or an error row when the record cannot be read there now."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    offset, index = doc.source.offset or 0, doc.source.index or 0
    try:
        with open(file.path, "rb") as handle:
            handle.seek(offset)
            for record in ArchiveIterator(handle, record_types=WarcRecordType.any_type, parse_http=True, auto_decode="all"):
                return _record_document(record, file, index, max_bytes)
    except (OSError, ValueError) as exc:
        return Document(doc.source, error=_warc_error(exc))
    return Document(doc.source, error="input:truncated_warc")


def _warc_error(exc: Exception) -> str:
    message = str(exc).lower()
    if "gzip" in message or "decompress" in message or "eof" in message or "truncat" in message:
        return "input:truncated_warc"
    return "input:malformed_warc"
