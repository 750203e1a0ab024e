"""The local engine: a whole crawl on one machine, over all its cores.

The job, end to end (`run_job`):

1. expand the INPUT arguments into files and plan shards (`shards.py`);
2. open the work folder, skipping shards a previous run finished (`work.py`);
3. hand each pending shard to a worker process, which reads its records,
   runs the steps (`steps.py`: extract, filters) and writes and commits the
   shard's part itself (`shard_job.run_shard`); the last ``workers - 1``
   shards are instead read in this process and fed to all the workers in
   small batches, so the run does not end on one worker's last shard (a
   WARC's records only located here, the workers read them: `ReadLocated`); a
   fixed window of batches is in flight, so memory does not grow with the
   input, and results are written in input order;
4. merge the parts into OUT, with exact or near dedup when asked (`finalize.py`;
   the workers read the dedup keys, `dedup/keys.py`).

A worker process that dies (a crash in native code) takes only its document
with it: the whole shards in flight are fed again in batches, the batch at
the window's head is retried one document at a time in a fresh pool, and a
document that kills a worker again becomes an ``extract:worker_crashed`` row.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from copydesk.config import RunConfig
from copydesk.model import Document
from copydesk.run.progress import Progress, ShardProgress
from copydesk.run.shard_job import Row, process_batch, run_shard, serialise
from copydesk.run.shards import Shard, read_shard
from copydesk.run.steps import ReadLocated, Step, build_steps
from copydesk.run.work import NOTE_EVERY_S, PartWriter, WorkDir

T = TypeVar("T")
IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: keeps workers busy, memory flat
WORKER_PRELOAD = ["copydesk.run.preload"]  # imported once by the fork server: the models, loaded


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
        for doc in read_shard(shard, max_bytes, locate=True):  # the workers read WARC records (`ReadLocated`)
            docs.append(doc)
            size += len(doc.content or b"")
            if len(docs) >= config.batch_docs or size >= config.batch_bytes:
                position = shard.position_of(doc)
                yield Batch(shard, docs, position - advanced, False)
                advanced = position
                docs, size = [], 0
        yield Batch(shard, docs, shard.size - advanced, True)


def worker_context() -> Any:
    """Workers started by a fork server that has loaded the models once (`preload`), not forked
    from this process: a process forked while another thread holds a lock (this process's
    executor threads, a server's request threads) inherits the lock held, and can sleep on it
    for ever (a worker of a test run did, once).  Where there is no fork server (Windows),
    workers start fresh."""
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_PRELOAD)
    return context


def _die_with(driver: int) -> None:
    """A worker's first act: end with the driver, even a driver killed with SIGKILL, which
    cleans nothing up; a worker left reading a whole shard would go on for minutes.  The
    worker's parent is the fork server, so a thread watches the driver itself, through a
    process file descriptor that turns readable when it ends (Linux; elsewhere the worker
    runs its shard out, into its own files, `work.PartWriter`)."""
    try:
        watch = os.pidfd_open(driver)
    except ProcessLookupError:  # the driver died before the watch began
        os._exit(1)
    except (AttributeError, OSError):  # pragma: no cover - no process file descriptors here
        return
    threading.Thread(target=_end_with, args=(watch,), name="copydesk-driver-watch", daemon=True).start()


def _end_with(watch: int) -> None:
    """Sleep until the watched process ends (its file descriptor turns readable), then end this one."""
    waiting = select.poll()  # (no descriptor-number limit, unlike select.select)
    waiting.register(watch, select.POLLIN)
    while not waiting.poll():
        pass
    os._exit(1)


def process_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes that end with this one (`_die_with`), sharing the models (`worker_context`),
    all started with the first task.

    Not one by one as tasks come, as CPython starts a fork server's workers: its `submit` may
    start one while the pool's manager thread is ending the pool after a worker died (3.11's
    `terminate_broken` stops the workers it knows of, then waits for all), and that worker,
    never told to stop, is waited for for ever (a test run hung so).  A fork pool's workers all
    start with its first task; this pool's do too."""
    executor = ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=_die_with, initargs=(os.getpid(),))
    executor._safe_to_dynamically_spawn_children = False  # type: ignore[attr-defined]  # (CPython's switch: gh-90622)
    return executor


class _Pool:
    """A process pool that can be rebuilt after a worker dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = process_pool(workers)

    def submit(self, docs: list[Document], steps: list[Step]) -> Future[list[Row]]:
        return self.executor.submit(process_batch, docs, steps)

    def submit_shard(self, shard: Shard, steps: list[Step], work: WorkDir, config: RunConfig) -> Future[dict[str, int]]:
        """A whole shard, read and written by the worker (`run_shard`); the future holds its counts."""
        return self.executor.submit(run_shard, shard, steps, str(work.path), config.extract.max_input_bytes)

    def rebuild(self) -> None:
        # wait: the dead pool's workers are gone before a shard they were writing is redone
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = process_pool(self.workers)

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


def local_map(workers: int) -> Callable[[Callable[..., T], list[tuple[Any, ...]]], Iterator[T]]:
    """A `finalize.Mapper` over `workers` processes (in this process for one worker or one job);
    results come in job order as they are ready, so the caller works on the first while the
    workers go on with the rest."""

    def run(function: Callable[..., T], jobs: list[tuple[Any, ...]]) -> Iterator[T]:
        if workers <= 1 or len(jobs) <= 1:
            yield from (function(*job) for job in jobs)
            return
        with process_pool(min(workers, len(jobs))) as pool:
            yield from pool.map(function, *zip(*jobs, strict=True))

    return run


def run_local(
    shards: list[Shard], work: WorkDir, config: RunConfig, progress: Progress, steps: list[Step] | None = None
) -> None:
    """Process the shards and commit their parts; `steps` defaults to the run's (`build_steps`)."""
    _LocalRun(shards, work, config, progress, steps if steps is not None else build_steps(config)).run()


def _ok(future: Future[Any]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _LocalRun:
    """The driver's loop: whole shards handed to workers first, then the last few fed in batches.

    A worker given a whole shard reads its records and writes its part itself
    (`shard_job.run_shard`, as a Ray task does): no page passes through the
    driver.  The last ``workers - 1`` shards are read here and fed to every
    worker in batches instead, so the run does not end on one worker finishing
    one shard while the others wait.  When a worker dies, the whole shards in
    flight are fed again in batches, where `_retry_alone` finds the document
    that killed it.
    """

    def __init__(self, shards: list[Shard], work: WorkDir, config: RunConfig, progress: Progress, steps: list[Step]) -> None:
        self.work, self.config, self.progress, self.steps = work, config, progress, steps
        self.fed_steps: list[Step] = [ReadLocated(config.extract.max_input_bytes), *steps]  # for batches
        self.notes = ShardProgress(progress, work)
        self.workers = max(1, config.workers)
        self.pool = _Pool(self.workers)
        cut = max(0, len(shards) - (self.workers - 1))
        self.whole, self.fed = deque(shards[:cut]), deque(shards[cut:])
        self.running: dict[Future[dict[str, int]], Shard] = {}
        self.window: deque[tuple[Batch, Future[list[Row]]]] = deque()
        self.batches: Iterator[Batch] | None = None
        self.writers: dict[int, PartWriter] = {}

    def run(self) -> None:
        try:
            while True:
                self._submit()
                in_flight: list[Future[Any]] = [*self.running, *(future for _, future in self.window)]
                if not in_flight:
                    return
                wait(in_flight, timeout=NOTE_EVERY_S, return_when=FIRST_COMPLETED)
                self.notes.poll(self.running.values())
                try:
                    self._collect()
                except BrokenProcessPool:
                    self._recover()
        finally:
            self.pool.close()

    def _submit(self) -> None:
        while self.whole and len(self.running) < self.workers:
            shard = self.whole.popleft()
            self.notes.start(shard)
            self.running[self.pool.submit_shard(shard, self.steps, self.work, self.config)] = shard
        if self.whole:
            return  # batches queue behind every whole shard: they are the run's tail
        limit = self.workers * IN_FLIGHT_PER_WORKER
        while len(self.window) < limit and (batch := self._next_batch()) is not None:
            self.window.append((batch, self.pool.submit(batch.docs, self.fed_steps)))

    def _next_batch(self) -> Batch | None:
        while True:
            if self.batches is not None and (batch := next(self.batches, None)) is not None:
                return batch
            if not self.fed:
                return None
            self.batches = _batches([self.fed.popleft()], self.config)

    def _collect(self) -> None:
        """Count finished whole shards; write finished batches at the window's head, in order."""
        for future in [f for f in self.running if f.done()]:
            counts = future.result()  # raises BrokenProcessPool if its worker died
            self.notes.finish(self.running.pop(future), counts)
        while self.window and self.window[0][1].done():
            batch, batch_future = self.window[0]
            rows = batch_future.result()
            self.window.popleft()
            self._write(batch, rows)

    def _recover(self) -> None:
        """After a worker died: keep what finished, feed the whole shards in flight again in
        batches, retry the window's head batch one document at a time, resubmit the rest."""
        self.pool.rebuild()
        for future, shard in self.running.items():
            if _ok(future):
                self.notes.finish(shard, future.result())
            else:
                self.notes.forget(shard)
                self.fed.appendleft(shard)
        self.running.clear()
        if self.window:
            batch, head = self.window.popleft()
            self._write(batch, head.result() if _ok(head) else _retry_alone(self.pool, batch.docs, self.fed_steps))
        for i, (queued, queued_future) in enumerate(self.window):
            if not _ok(queued_future):
                self.window[i] = (queued, self.pool.submit(queued.docs, self.fed_steps))

    def _write(self, batch: Batch, rows: list[Row]) -> None:
        index = batch.shard.index
        writer = self.writers.get(index) or self.writers.setdefault(index, PartWriter(self.work, batch.shard))
        writer.write_all(rows)
        self.progress.advance(rows, batch.input_bytes)
        if batch.ends_shard:
            writer.commit()
            del self.writers[index]
