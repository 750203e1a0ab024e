"""The local engine: a whole crawl on one machine, over all its cores.

The job, end to end (`run_job`):

1. expand the INPUT arguments into files and plan shards (`shards.py`);
2. open the work folder, skipping shards a previous run finished (`work.py`);
3. stream each pending shard's records out of the readers in this process,
   in small batches, through a pool of worker processes that run the steps
   (`steps.py`: extract, filters); a fixed window of batches is in flight, so
   memory does not grow with the input; results come back in input order and
   are written to the shard's part, which is committed when the shard ends;
4. merge the parts into OUT, with exact or near dedup when asked (`finalize.py`;
   the workers read the dedup keys, `dedup/keys.py`).

A worker process that dies (a crash in native code) takes only its batch
with it: that batch is retried one document at a time in a fresh pool, and a
document that kills a worker again becomes an ``extract:worker_crashed`` row.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from copydesk.config import RunConfig
from copydesk.model import Document
from copydesk.run.progress import Progress
from copydesk.run.shard_job import Row, process_batch, serialise
from copydesk.run.shards import CONTAINER_KINDS, Shard, read_shard
from copydesk.run.steps import Step, build_steps
from copydesk.run.work import PartWriter, WorkDir

T = TypeVar("T")
IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: keeps workers busy, memory flat
WARM_UP_PAGE = b"<html><body><h1>Warm up</h1><p>A paragraph that loads every model once.</p></body></html>"


@dataclass(slots=True)
class Batch:
    shard: Shard
    docs: list[Document]
    input_bytes: int
    ends_shard: bool


def _batches(shards: list[Shard], config: RunConfig) -> Iterator[Batch]:
    """Each shard's records in batches; the last batch of a shard says so (it may be empty)."""
    max_bytes = config.extract.max_input_bytes
    for shard in shards:
        docs: list[Document] = []
        size = advanced = 0
        for doc in read_shard(shard, max_bytes):
            docs.append(doc)
            size += len(doc.content or b"")
            if len(docs) >= config.batch_docs or size >= config.batch_bytes:
                position = _position(shard, doc)
                yield Batch(shard, docs, position - advanced, False)
                advanced = position
                docs, size = [], 0
        yield Batch(shard, docs, shard.size - advanced, True)


def _position(shard: Shard, doc: Document) -> int:
    """How far into the shard's bytes on disk this document lies (for progress and ETA)."""
    position = 0
    for file in shard.files:
        if file.path == doc.source.path:
            return position + (doc.source.offset or 0 if file.kind in CONTAINER_KINDS else file.size)
        position += file.size
    return position


def _mp_context() -> Any:
    # fork shares the loaded models with the workers for free; platforms
    # without it (or where it is unsafe) start workers fresh.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _warm_up() -> None:
    """Load the models before forking, so workers share them instead of each loading its own."""
    from copydesk.clean.pipeline import clean
    from copydesk.extract.pipeline import extract

    extract(WARM_UP_PAGE)
    clean(WARM_UP_PAGE.decode())


class _Pool:
    """A process pool that can be rebuilt after a worker dies."""

    def __init__(self, workers: int) -> None:
        if _mp_context().get_start_method() == "fork":
            _warm_up()
        self.workers = workers
        self.executor = ProcessPoolExecutor(workers, mp_context=_mp_context())

    def submit(self, docs: list[Document], steps: list[Step]) -> Future[list[Row]]:
        return self.executor.submit(process_batch, docs, steps)

    def rebuild(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = ProcessPoolExecutor(self.workers, mp_context=_mp_context())

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _retry_alone(pool: _Pool, docs: list[Document], steps: list[Step]) -> list[Row]:
    """After a worker died: each document alone; the one that kills a worker again is an error row."""
    rows: list[Row] = []
    for doc in docs:
        try:
            rows += pool.submit([doc], steps).result()
        except BrokenProcessPool:
            pool.rebuild()
            doc.content, doc.error = None, "extract:worker_crashed"
            rows.append(serialise(doc))
    return rows


def local_map(workers: int) -> Callable[[Callable[..., T], list[tuple[Any, ...]]], list[T]]:
    """A `finalize.Mapper` over `workers` processes (in this process for one worker or one job)."""

    def run(function: Callable[..., T], jobs: list[tuple[Any, ...]]) -> list[T]:
        if workers <= 1 or len(jobs) <= 1:
            return [function(*job) for job in jobs]
        with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=_mp_context()) as pool:
            return list(pool.map(function, *zip(*jobs, strict=True)))

    return run


def run_local(
    shards: list[Shard], work: WorkDir, config: RunConfig, progress: Progress, steps: list[Step] | None = None
) -> None:
    """Process the shards and commit their parts; `steps` defaults to the run's (`build_steps`)."""
    steps = steps if steps is not None else build_steps(config)
    pool = _Pool(max(1, config.workers))
    window: deque[tuple[Batch, Future[list[Row]]]] = deque()
    limit = max(1, config.workers) * IN_FLIGHT_PER_WORKER
    writers: dict[int, PartWriter] = {}
    try:
        for batch in _batches(shards, config):
            window.append((batch, pool.submit(batch.docs, steps)))
            while len(window) >= limit:
                _drain_one(window, pool, steps, work, writers, progress)
        while window:
            _drain_one(window, pool, steps, work, writers, progress)
    finally:
        pool.close()


def _drain_one(
    window: deque[tuple[Batch, Future[list[Row]]]],
    pool: _Pool,
    steps: list[Step],
    work: WorkDir,
    writers: dict[int, PartWriter],
    progress: Progress,
) -> None:
    batch, future = window.popleft()
    try:
        rows = future.result()
    except BrokenProcessPool:
        # The head batch and everything queued behind it died with the pool.
        pool.rebuild()
        rows = _retry_alone(pool, batch.docs, steps)
        for i, (queued, _) in enumerate(window):
            window[i] = (queued, pool.submit(queued.docs, steps))
    writer = writers.get(batch.shard.index) or writers.setdefault(batch.shard.index, PartWriter(work, batch.shard))
    writer.write_all(rows)
    progress.advance(rows, batch.input_bytes)
    if batch.ends_shard:
        writer.commit()
        del writers[batch.shard.index]
