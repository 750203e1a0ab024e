"""Progress on stderr: records/s, errors, and an ETA over the input's bytes on disk."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from typing import Any

from copydesk.run.shards import Shard
from copydesk.run.work import ProgressNote, WorkDir, split_count_key


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
        """Rows by their marker's counts (`status` or `status:reason` keys); negative counts and
        bytes take back what was shown (`ShardProgress.forget`)."""
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
            self.bar.update(input_bytes)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class ShardProgress:
    """Progress of the shards workers read whole, from their notes (`work.ProgressNote`): what
    each has shown so far, so the bar moves while a shard runs and ends exact when it is done."""

    def __init__(self, progress: Progress, work: WorkDir) -> None:
        self.progress, self.work = progress, work
        self.shown: dict[int, tuple[dict[str, int], int]] = {}  # shard index -> counts, bytes

    def start(self, shard: Shard) -> None:
        self.work.progress(shard).unlink(missing_ok=True)  # an earlier, killed run's note
        self.shown[shard.index] = ({}, 0)

    def poll(self, shards: Iterable[Shard]) -> None:
        for shard in shards:
            if (note := ProgressNote.read(self.work.progress(shard))) is not None:
                self._show(shard, *note)

    def finish(self, shard: Shard, counts: dict[str, int]) -> None:
        self._show(shard, counts, shard.size)
        self._drop(shard)

    def forget(self, shard: Shard) -> None:
        """Take back what the shard showed: it is being redone another way."""
        self._show(shard, {}, 0)
        self._drop(shard)

    def _show(self, shard: Shard, counts: dict[str, int], position: int) -> None:
        shown_counts, shown_bytes = self.shown.get(shard.index, ({}, 0))
        delta = {key: counts.get(key, 0) - shown_counts.get(key, 0) for key in counts.keys() | shown_counts.keys()}
        self.progress.advance_counts(delta, position - shown_bytes)
        self.shown[shard.index] = (counts, position)

    def _drop(self, shard: Shard) -> None:
        self.shown.pop(shard.index, None)
        self.work.progress(shard).unlink(missing_ok=True)
