"""Progress on stderr: records/s, errors, and an ETA over the input's bytes on disk."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from typing import Any

from copydesk.run.work import split_count_key


class Progress:
    """Counts what an engine reports; shows a tqdm bar when `show` is set."""

    def __init__(self, total_bytes: int, show: bool) -> None:
        self.records = self.errors = self.dropped = 0
        self.started = time.perf_counter()
        self.bar: Any = None
        if show:
            from tqdm import tqdm

            self.bar = tqdm(total=total_bytes, unit="B", unit_scale=True, file=sys.stderr, dynamic_ncols=True)

    def advance(self, rows: Iterable[tuple[bytes, str, str | None, object]], input_bytes: int) -> None:
        for _, status, _, _ in rows:
            self.records += 1
            self.errors += status == "error"
            self.dropped += status == "dropped"
        self._show(input_bytes)

    def advance_counts(self, counts: dict[str, int], input_bytes: int) -> None:
        """A whole shard at once, from its marker's counts (`status` or `status:reason` keys)."""
        for key, n in counts.items():
            status, _ = split_count_key(key)
            self.records += n
            self.errors += n * (status == "error")
            self.dropped += n * (status == "dropped")
        self._show(input_bytes)

    def _show(self, input_bytes: int) -> None:
        if self.bar is not None:
            rate = self.records / max(time.perf_counter() - self.started, 1e-9)
            self.bar.set_postfix(records=self.records, rec_s=f"{rate:.1f}", errors=self.errors, refresh=False)
            self.bar.update(max(0, input_bytes))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
