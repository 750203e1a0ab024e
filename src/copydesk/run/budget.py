"""A per-document time budget.

On POSIX, in a process's main thread (the engine's workers), an interval
timer interrupts a document that runs past its budget, and the step turns
that into an ``extract:timeout`` row.  Elsewhere the budget is not enforced;
the size guards in `extract` still bound the work.  Code stuck inside one C
call (a parse) is interrupted when the call returns.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class BudgetExceeded(Exception):
    """The document ran past its time budget."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise BudgetExceeded()


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    if not seconds or not _can_time():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
