"""The work of one shard, shared by every engine: read, run the steps, serialise."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from copydesk.model import Document
from copydesk.run.shards import Shard, read_shard
from copydesk.run.steps import Step, run_steps
from copydesk.run.work import PartWriter, ProgressNote, WorkDir

Row = tuple[bytes, str, str | None, dict[str, str] | None]  # (JSON line, status, reason, dedup keys or None)


def serialise(doc: Document) -> Row:
    """A document's output row, and its dedup keys when a worker read them (`work.PartWriter` keeps
    them beside the part, for the merge: `dedup.keys`)."""
    try:
        line = doc.to_json_line()
    except Exception as exc:  # an article no JSON holds must cost its own row, not the run
        doc.article, doc.dedup_keys = None, None
        doc.error = f"output:unserialisable:{type(exc).__name__}"
        line = doc.to_json_line()
    keys = None
    if doc.dedup_keys is not None:
        keys = {"id": doc.source.doc_id, **doc.dedup_keys.to_json()}
    return line, doc.status, doc.reason, keys


def process_batch(docs: list[Document], steps: list[Step]) -> list[Row]:
    """Run the steps over a batch; the unit a worker process receives."""
    return [serialise(doc) for doc in run_steps(steps, docs)]


def run_shard(shard: Shard, steps: list[Step], work_path: str, max_bytes: int) -> dict[str, int]:
    """Process a whole shard in this process and commit its part (a local worker's or a Ray task's
    unit), noting how far it has got as it goes (`work.ProgressNote`)."""
    work = WorkDir(Path(work_path))
    writer = PartWriter(work, shard)
    note = ProgressNote(work.progress(shard))
    docs: Iterable[Document] = read_shard(shard, max_bytes)
    for doc in run_steps(steps, docs):
        writer.write(*serialise(doc))
        if note.due():
            note.write(writer.counts, shard.position_of(doc))
    return writer.commit()
