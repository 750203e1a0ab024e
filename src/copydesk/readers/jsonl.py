"""JSONL dumps: one JSON object per line with an `html`, `text` (or `content`, `raw_content`,
`markdown`) field, and `url`.

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
from functools import cache
from typing import IO, Any, cast

from copydesk.model import Document, Source
from copydesk.readers.inputs import InputFile

# A scraper's Markdown ("markdown": Firecrawl's and crawl4ai's field) is text that `clean` reads as
# Markdown (`clean.markdown`).
CONTENT_FIELDS = (("html", "html"), ("text", "text"), ("content", "text"), ("raw_content", "text"), ("markdown", "text"))
URL_FIELDS = ("url", "uri", "link")
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
            return Document(source, content=value.encode("utf-8", "surrogatepass"), content_kind=kind)  # type: ignore[arg-type]
    return Document(source, error="input:no_content_field")


def read_jsonl(file: InputFile, max_bytes: int) -> Iterator[Document]:
    try:
        handle = open_maybe_compressed(file.path)
    except OSError as exc:
        yield Document(Source("jsonl", path=file.path), error=f"input:unreadable:{type(exc).__name__}")
        return
    index = offset = 0  # counted, not asked of the handle: zstd readers cannot tell()
    with handle:
        while True:
            source = Source("jsonl", path=file.path, offset=offset, index=index)
            try:
                line = handle.readline(max_bytes + 1)
                offset += len(line)
                oversize = len(line) > max_bytes and not line.endswith(b"\n")
                if oversize:
                    offset += skip_to_newline(handle)
            except stream_errors() as exc:  # a truncated or corrupt compressed stream ends the file
                yield Document(source, error=f"input:truncated:{type(exc).__name__}")
                return
            if not line:
                return
            if not line.strip():
                continue
            index += 1
            if oversize:
                yield Document(source, error="input:too_large")
                continue
            yield _document(line, source)
