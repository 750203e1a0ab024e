"""JSONL dumps: one JSON object per line with an `html`, `text` (or `content`, `raw_content`,
`markdown`) field, and `url`; a text's `title` (or `headline`), where the record has one, is
handed to the cleaner with it.

A line that is not JSON, or has neither field, is an error row; the rest of
the file is still read.  Lines longer than the size budget are skipped to
their newline without being held in memory whole.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import IO, Any, cast

from copydesk.model import Document, Source
from copydesk.readers.inputs import InputFile

# A scraper's Markdown ("markdown": Firecrawl's and crawl4ai's field) is text that `clean` reads as
# Markdown (`clean.markdown`).
CONTENT_FIELDS = (("html", "html"), ("text", "text"), ("content", "text"), ("raw_content", "text"), ("markdown", "text"))
URL_FIELDS = ("url", "uri", "link")
TITLE_FIELDS = ("title", "headline")  # a scraped text's page title, kept apart from it (cc_news, news-please)
SKIP_CHUNK = 1 << 20  # bytes read at a time while skipping an oversize line


def open_maybe_compressed(path: str) -> IO[bytes]:
    """A binary reader over a plain, .gz or .zst file."""
    if path.endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    if path.endswith(".zst"):
        try:
            import zstandard
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("reading .zst needs zstandard: pip install 'copydesk[crawl]'") from exc
        return io.BufferedReader(cast(Any, zstandard.open(path, "rb")))  # adds the readline zstd lacks
    return open(path, "rb")


@cache
def stream_errors() -> tuple[type[BaseException], ...]:
    """What reading a damaged file raises: a truncated stream (EOFError, OSError), a corrupt
    gzip stream (zlib.error, not an OSError), a corrupt zstd frame (zstandard's own error)."""
    errors: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error)
    try:
        import zstandard
    except ImportError:  # pragma: no cover - depends on the environment
        return errors
    return (*errors, zstandard.ZstdError)


def skip_to_newline(handle: IO[bytes]) -> int:
    """Read past the rest of an oversize line; the bytes skipped."""
    skipped = 0
    while True:
        chunk = handle.readline(SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _document(line: bytes, source: Source) -> Document:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return Document(source, error="input:bad_json")
    if not isinstance(record, dict):
        return Document(source, error="input:bad_json")
    url = next((record[k] for k in URL_FIELDS if isinstance(record.get(k), str)), None)
    source.url = url
    for key, kind in CONTENT_FIELDS:
        value = record.get(key)
        if isinstance(value, str):
            title = next((record[k] for k in TITLE_FIELDS if isinstance(record.get(k), str)), None) if kind == "text" else None
            return Document(source, content=value.encode("utf-8", "surrogatepass"), content_kind=kind, content_title=title)  # type: ignore[arg-type]
    return Document(source, error="input:no_content_field")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line of a file of lines (`lines_of`): its place among them and byte offset, and
    its bytes; or None and why: over the size bound (``input:too_large``, skipped unheld), or the
    compressed stream broke there (``input:truncated``, the last; `cause` names the error)."""

    index: int
    offset: int
    data: bytes | None
    error: str | None = None
    cause: str = ""


def lines_of(handle: IO[bytes], max_bytes: int) -> Iterator[Line]:
    """The non-blank lines of `handle`, each at most `max_bytes` long (`Line`)."""
    index = offset = 0  # counted, not asked of the handle: zstd readers cannot tell()
    while True:
        start = offset
        try:
            data = handle.readline(max_bytes + 1)
            offset += len(data)
            oversize = len(data) > max_bytes and not data.endswith(b"\n")
            if oversize:
                offset += skip_to_newline(handle)
        except stream_errors() as exc:  # a truncated or corrupt compressed stream ends the file
            yield Line(index, start, None, "input:truncated", type(exc).__name__)
            return
        if not data:
            return
        if oversize:
            yield Line(index, start, None, "input:too_large")
        elif data.strip():
            yield Line(index, start, data)
        else:
            continue
        index += 1


def read_jsonl(file: InputFile, max_bytes: int) -> Iterator[Document]:
    try:
        handle = open_maybe_compressed(file.path)
    except OSError as exc:
        yield Document(Source("jsonl", path=file.path), error=f"input:unreadable:{type(exc).__name__}")
        return
    with handle:
        for line in lines_of(handle, max_bytes):
            source = Source("jsonl", path=file.path, offset=line.offset, index=line.index)
            if line.data is None:
                yield Document(source, error=f"{line.error}:{line.cause}" if line.cause else line.error)
            else:
                yield _document(line.data, source)
