"""Single-document files: one HTML page or one text file, gzip ok."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.model import ContentKind, Document, Source
from copydesk.readers.inputs import InputFile


def read_single(file: InputFile, max_bytes: int) -> Iterator[Document]:
    """One document; an unreadable or oversize file is an error row, not a crash."""
    kind: ContentKind = "text" if file.kind == "text" else "html"
    source = Source("text" if kind == "text" else "html", path=file.path, offset=0)
    try:
        with open(file.path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        yield Document(source, error=f"input:unreadable:{type(exc).__name__}")
        return
    if len(data) > max_bytes:
        yield Document(source, error="input:too_large")
        return
    yield Document(source, content=data, content_kind=kind)
