"""The work of one shard, shared by every engine: read, run the steps, serialise."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copydesk.model import Document
from copydesk.run.shards import Shard, read_shard
from copydesk.run.steps import Step, run_steps
from copydesk.run.work import PartWriter, WorkDir

Row = tuple[bytes, str, str | None, dict[str, str] | None]  # (JSON line, status, reason, dedup keys or None)


def serialise(doc: Document) -> Row:
    """A document's output row, and its dedup keys when a worker read them (`work.PartWriter` keeps
    them beside the part, for the merge: `dedup.keys`)."""
    keys = None
    if doc.dedup_keys is not None:
        keys = {"id": doc.source.doc_id, **doc.dedup_keys.to_json()}
    return doc.to_json_line(), doc.status, doc.reason, keys


def process_batch(docs: list[Document], steps: list[Step]) -> list[Row]:
    """Run the steps over a batch; the unit a worker process receives."""
    return [serialise(doc) for doc in run_steps(steps, docs)]


def shard_rows(shard: Shard, steps: list[Step], max_bytes: int) -> Iterator[Row]:
    docs: Iterable[Document] = read_shard(shard, max_bytes)
    for doc in run_steps(steps, docs):
        yield serialise(doc)


def run_shard(shard: Shard, steps: list[Step], work_path: str, max_bytes: int) -> dict[str, int]:
    """Process a whole shard in this process and commit its part (one Ray task)."""
    from pathlib import Path

    writer = PartWriter(WorkDir(Path(work_path)), shard)
    writer.write_all(shard_rows(shard, steps, max_bytes))
    return writer.commit()
