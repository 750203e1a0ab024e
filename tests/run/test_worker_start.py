"""Workers come from a fork server, not forked from the driver: a lock one of the driver's
threads holds when the workers start is not held in them (a forked worker of a test run once
slept for ever on such a lock)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from copydesk.config import RunConfig
from copydesk.model import Document
from copydesk.readers.inputs import expand_inputs
from copydesk.run.local import run_local
from copydesk.run.progress import Progress
from copydesk.run.shards import plan_shards
from copydesk.run.steps import Extract
from copydesk.run.work import WorkDir
from tests.crawl_fixtures import news_records, write_warc

ROOT = Path(__file__).parents[2]
DEADLINE_S = 120  # the run takes a few seconds; a worker asleep on the lock never ends it
LOCK = threading.Lock()  # a lock some thread of the driver holds while the workers start


@dataclass(frozen=True)
class TakesTheLock:
    """A step that takes `LOCK` for each document, as library code takes its own locks."""

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            with LOCK:
                doc.error = doc.error or None
            yield doc


@dataclass(frozen=True)
class NotesParent:
    """A step that records its worker's parent process in the document's URL fragment."""

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            doc.source.url = f"{doc.source.url}#{os.getppid()}"
            yield doc


def run_with_the_lock_held(folder: str) -> None:
    """The scenario, in its own process (so a hang can be killed): a driver thread holds `LOCK`
    from before the workers start until the run has ended."""
    tmp = Path(folder)
    write_warc(tmp / "a.warc.gz", news_records(4))
    shards = plan_shards(expand_inputs([str(tmp / "a.warc.gz")]), 10)
    work = WorkDir(tmp / "work")
    work.path.mkdir()
    held, done = threading.Event(), threading.Event()

    def hold() -> None:
        with LOCK:
            held.set()
            done.wait()

    threading.Thread(target=hold, daemon=True).start()
    held.wait()
    try:
        run_local(shards, work, RunConfig(workers=2, batch_docs=1), Progress(0, False), [TakesTheLock(), NotesParent(), Extract()])
    finally:
        done.set()
    (tmp / "driver").write_text(str(os.getpid()))


def test_a_lock_held_in_the_driver_when_workers_start_is_free_in_the_workers(tmp_path: Path) -> None:
    command = [sys.executable, "-c", f"from tests.run.test_worker_start import run_with_the_lock_held; run_with_the_lock_held({str(tmp_path)!r})"]
    run = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
    try:
        assert run.wait(DEADLINE_S) == 0
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, 9)
        raise AssertionError("a worker slept on a lock the driver held when it started") from None
    rows = [json.loads(line) for part in (tmp_path / "work").glob("*.jsonl") for line in part.read_text().splitlines()]
    assert len(rows) == 4 and all(row["status"] == "article" for row in rows)
    parents = {int(row["source"]["url"].rsplit("#", 1)[1]) for row in rows}
    assert int((tmp_path / "driver").read_text()) not in parents  # started by the fork server


def test_a_failing_warm_up_does_not_keep_the_fork_server_from_starting(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the fork server imports `run.preload`; an exception there would fail every worker's start
    import importlib

    pipeline = importlib.import_module("copydesk.extract.pipeline")
    preload = importlib.import_module("copydesk.run.preload")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("model file unreadable")

    monkeypatch.setattr(pipeline, "extract", broken)
    importlib.reload(preload)  # runs the warm-up again, with the broken extract
    monkeypatch.undo()
    importlib.reload(preload)


def test_every_worker_starts_with_the_first_task() -> None:
    """No worker is started later, one by one as tasks come: CPython may start one from `submit`
    while the pool's manager thread ends a broken pool, and then waits for that worker for ever."""
    from copydesk.run.local import process_pool

    with process_pool(2) as pool:
        assert pool.submit(os.getpid).result() != os.getpid()
        assert len(pool._processes) == 2  # type: ignore[attr-defined]  # (the pool's own record of its workers)
