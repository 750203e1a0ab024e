"""What every worker process holds before its first page.

The fork server imports this module once, before it forks any worker
(`local.worker_context`): the pipelines are imported and their models loaded
there, so the workers share them (copy-on-write) instead of each loading its
own, and no worker is forked from a process that runs threads (the driver's
executor threads, a server's request threads) and may hold their locks.
"""

from __future__ import annotations

import contextlib

from copydesk.clean.pipeline import clean
from copydesk.extract.pipeline import extract

WARM_UP_PAGE = b"<html><body><h1>Warm up</h1><p>A paragraph that loads every model once.</p></body></html>"


def warm_up() -> None:
    """Load every model the pipelines use lazily, by running both on a small page."""
    extract(WARM_UP_PAGE)
    clean(WARM_UP_PAGE.decode())


# A warm-up that fails (a model file unreadable) must not keep the fork server from starting: each
# worker then loads what it needs itself, and a page it cannot read becomes that page's error row.
with contextlib.suppress(Exception):
    warm_up()
