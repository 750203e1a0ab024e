"""JSONL output, plain or compressed (.gz; .zst with the zstandard package)."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path
from typing import IO, Any, cast

import orjson

COPY_CHUNK = 1 << 20  # bytes per read when parts are copied through


class JsonlWriter:
    """One `Document.to_dict()` per line, as `Document.to_json_line` writes it; written to a temporary name, renamed on close."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.handle = self._open(self.tmp, path.name)

    @staticmethod
    def _open(tmp: Path, name: str) -> IO[bytes]:
        if name.endswith(".gz"):
            return cast(IO[bytes], gzip.open(tmp, "wb", compresslevel=6))
        if name.endswith(".zst"):
            try:
                import zstandard
            except ImportError as exc:
                raise ImportError("writing .zst needs zstandard: pip install 'copydesk[crawl]'") from exc
            return cast(IO[bytes], zstandard.open(tmp, "wb"))
        return open(tmp, "wb")

    def write(self, document: dict[str, Any]) -> None:
        self.handle.write(orjson.dumps(document) + b"\n")

    def write_line(self, line: bytes) -> None:
        """A row already serialised as `write` would (a part's line, its newline kept or not)."""
        self.handle.write(line.rstrip(b"\n") + b"\n")

    def copy_from(self, part: Path) -> None:
        """Append a file of JSON lines as is (the parts are already `Document.to_dict()` lines)."""
        with part.open("rb") as source:
            shutil.copyfileobj(source, self.handle, COPY_CHUNK)

    def close(self) -> None:
        self.handle.close()
        os.replace(self.tmp, self.path)
