"""The work behind `copydesk serve`'s answers: a pool of worker processes, each page under a time budget."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Literal

from copydesk.config import ExtractConfig

Task = Literal["extract", "clean"]


def run_task(task: Task, data: bytes, url: str | None, doc_timeout: float, title: str | None = None) -> dict[str, Any]:
    """One request's work, in a worker process: the article record (`Article.to_dict`), read as a
    crawl run reads a page (`run.steps.extract_content`: ``extract:timeout`` as its drop reason
    past `doc_timeout` seconds, a damaged gzip's or an exception's reason likewise); `title`, a
    scraped text's page title (`clean`'s)."""
    from copydesk.run.steps import extract_content

    return extract_content(data, "html" if task == "extract" else "text", url, ExtractConfig(), doc_timeout, title).to_dict()


def _process_pool(workers: int) -> ProcessPoolExecutor:
    """The crawl engine's workers (`run.local.process_pool`): started by a fork server with the
    models loaded once, never forked from a request thread, and ending when this process does."""
    from copydesk.run.local import process_pool

    return process_pool(workers)


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
