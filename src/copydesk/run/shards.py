"""Shards: the unit of work an engine schedules, resumes and writes.

A WARC or JSONL file is one shard (it holds many records).  Single-page files
are grouped in path order, `files_per_shard` at a time, so a folder of a
million pages does not become a million output files.  The plan depends only
on the inputs and the settings, so a re-run makes the same shards.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk.model import Document, InputKind, Source
from copydesk.readers.arc import read_arc
from copydesk.readers.files import read_single
from copydesk.readers.inputs import CONTAINER_KINDS, InputFile
from copydesk.readers.jsonl import read_jsonl
from copydesk.readers.warc import read_warc

_SOURCE_KIND: dict[str, InputKind] = {"warc": "warc", "arc": "warc", "jsonl": "jsonl", "html": "html", "text": "text"}


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    files: tuple[InputFile, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    def position_of(self, doc: Document) -> int:
        """How far into the shard's bytes on disk this document lies (for progress and ETA)."""
        position = 0
        for file in self.files:
            if file.path == doc.source.path:
                return position + (doc.source.offset or 0 if file.kind in CONTAINER_KINDS else file.size)
            position += file.size
        return position


def plan_shards(files: list[InputFile], files_per_shard: int) -> list[Shard]:
    shards: list[Shard] = []
    pending: list[InputFile] = []

    def flush() -> None:
        if pending:
            shards.append(Shard(len(shards), tuple(pending)))
            pending.clear()

    for file in files:
        if file.kind in CONTAINER_KINDS:
            flush()
            shards.append(Shard(len(shards), (file,)))
        else:
            pending.append(file)
            if len(pending) >= files_per_shard:
                flush()
    flush()
    return shards


def read_file(file: InputFile, max_bytes: int, locate: bool = False) -> Iterator[Document]:
    """Every record of one file; a file with none is still one (error) row, never silence.
    `locate`: a WARC's records are only located, for a worker to read (`Document.located`)."""
    if file.kind == "warc":
        records = read_warc(file, max_bytes, locate)
    elif file.kind == "arc":
        records = read_arc(file, max_bytes)
    elif file.kind == "jsonl":
        records = read_jsonl(file, max_bytes)
    else:
        records = read_single(file, max_bytes)
    empty = True
    for doc in records:
        empty = False
        yield doc
    if empty:
        reason = "input:empty_file" if file.size == 0 else "input:no_documents"
        yield Document(Source(_SOURCE_KIND[file.kind], path=file.path), error=reason)


def read_shard(shard: Shard, max_bytes: int, locate: bool = False) -> Iterator[Document]:
    """Every record of every file in the shard, in order, each as one `Document` (`read_file`)."""
    for file in shard.files:
        yield from read_file(file, max_bytes, locate)
