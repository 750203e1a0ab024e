"""The work behind `copydesk serve`'s answers: a pool of worker processes, each page under a time budget."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Literal

from copydesk.config import ExtractConfig

Task = Literal["extract", "clean"]


def run_task(task: Task, data: bytes, url: str | None, doc_timeout: float) -> dict[str, Any]:
    """One request's work, in a worker process: the article record (`Article.to_dict`), read as a
    crawl run reads a page (`run.steps.extract_content`: ``extract:timeout`` as its drop reason
    past `doc_timeout` seconds, a damaged gzip's or an exception's reason likewise)."""
    from copydesk.run.steps import extract_content

    return extract_content(data, "html" if task == "extract" else "text", url, ExtractConfig(), doc_timeout).to_dict()


# The modules a worker imports before its first page (with the forkserver, once for all workers).
WORKER_PRELOAD = ["copydesk.extract.pipeline", "copydesk.clean.pipeline"]


def _process_pool(workers: int) -> ProcessPoolExecutor:
    """Workers started by a fork server, not forked from the request threads: a process forked
    from a thread may inherit a lock another thread held, and Linux's parent-death signal (the
    crawl engine's `run.local.process_pool`) would end a worker with the request thread that
    made it.  A worker waits on its queue and ends when this process does."""
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_PRELOAD)
    return ProcessPoolExecutor(workers, mp_context=context)


class Workers:
    """The process pool, made again when a worker dies (a page that crashes the interpreter)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._lock = threading.Lock()
        self.pool = _process_pool(workers)

    def run(self, function: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any] | None:
        """`function(*args)` in a worker (`run_task`), or None when the worker died on it."""
        pool = self.pool
        try:
            return pool.submit(function, *args).result()
        except BrokenProcessPool:
            with self._lock:
                if self.pool is pool:  # the first request to see it makes the new pool
                    self.pool = _process_pool(self.workers)
            pool.shutdown(wait=False, cancel_futures=True)
            return None

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
