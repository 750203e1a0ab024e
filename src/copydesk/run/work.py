"""The work folder: the plan, one part file per shard, and completion markers.

A part is written to ``part-NNNNN.jsonl.PID.tmp`` and renamed when complete,
with the dedup keys its workers read beside it (``part-NNNNN.keys.jsonl``,
when the run dedups); its ``.done`` marker (the shard's counts) is written
last and is the commit point.  A run killed at any moment leaves finished
shards with markers and ``.tmp`` files of the running ones; the re-run skips
the first and redoes the second.  The writer's process id in the name keeps
a worker the killed run left behind (until it notices, `local._die_with`)
out of the re-run's file: at worst it commits the same shard's same rows.
The plan (inputs and settings that change rows) is stored, so a different
command cannot silently resume someone else's half-done run.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import orjson

from copydesk.config import RunConfig
from copydesk.errors import InputError
from copydesk.run.shards import Shard

PLAN_FILE = "plan.json"
NOTE_EVERY_S = 1.0  # how often a worker reading a whole shard notes how far it has got


def count_key(status: str, reason: str | None) -> str:
    """How a marker counts rows: ``article``, or ``status:reason`` (``error:input:not_html``)."""
    return f"{status}:{reason}" if reason else status


def split_count_key(key: str) -> tuple[str, str]:
    """`count_key` read back: (status, reason or "")."""
    status, _, reason = key.partition(":")
    return status, reason


def plan_record(shards: list[Shard], config: RunConfig) -> dict[str, Any]:
    """What decides a run's rows: the inputs (path, size) and the row-changing settings."""
    return {
        "shards": [[[f.path, f.kind, f.size] for f in s.files] for s in shards],
        "filters": asdict(config.filters),
        "extract": asdict(config.extract),
        "dedup": config.dedup,  # the parts carry the keys it reads (`dedup.keys`)
    }


class WorkDir:
    def __init__(self, path: Path) -> None:
        self.path = path

    def part(self, shard: Shard) -> Path:
        return self.path / f"{shard.name}.jsonl"

    def marker(self, shard: Shard) -> Path:
        return self.path / f"{shard.name}.done"

    def keys(self, shard: Shard) -> Path:
        """The shard's dedup keys, a JSON line an article: its row's place in the part ("i"), its
        doc id ("id") and `dedup.keys.DedupKeys.to_json`'s fields."""
        return self.path / f"{shard.name}.keys.jsonl"

    def staged(self, shard: Shard) -> Path:
        """The part's rows as Arrow, for a Parquet file OUT (`finalize.stage_part`)."""
        return self.path / f"{shard.name}.arrow"

    def progress(self, shard: Shard) -> Path:
        """How far a worker reading the shard has got (`ProgressNote`), while it runs."""
        return self.path / f"{shard.name}.progress"

    def is_done(self, shard: Shard) -> bool:
        return self.marker(shard).exists() and self.part(shard).exists()

    def start(self, plan: dict[str, Any]) -> None:
        """Create the folder, or check that the one found belongs to the same run."""
        plan_path = self.path / PLAN_FILE
        plan = json.loads(json.dumps(plan))  # compare as stored: tuples read back as lists
        if plan_path.exists():
            if json.loads(plan_path.read_text()) != plan:
                raise InputError(
                    "run:plan_mismatch",
                    f"{self.path} holds a different run's work; delete it to start over",
                )
            return
        self.path.mkdir(parents=True, exist_ok=True)
        tmp = plan_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(plan))
        os.replace(tmp, plan_path)

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _own_tmp(path: Path) -> Path:
    """Where this process writes `path` before renaming it: its own name, ``NAME.PID.tmp``."""
    return path.with_name(f"{path.name}.{os.getpid()}.tmp")


class PartWriter:
    """Writes one shard's rows (and their dedup keys); `commit` makes them count, anything else leaves `.tmp`s."""

    def __init__(self, work: WorkDir, shard: Shard) -> None:
        self.work, self.shard = work, shard
        self.tmp = _own_tmp(work.part(shard))
        self.handle = self.tmp.open("wb")
        self.keys_tmp = _own_tmp(work.keys(shard))
        self.keys_handle = self.keys_tmp.open("wb")
        self.counts: Counter[str] = Counter()
        self.rows = 0

    def write(self, line: bytes, status: str, reason: str | None, keys: dict[str, str] | None = None) -> None:
        self.handle.write(line)
        self.handle.write(b"\n")
        if keys is not None:
            self.keys_handle.write(orjson.dumps({"i": self.rows, **keys}))
            self.keys_handle.write(b"\n")
        self.rows += 1
        self.counts[count_key(status, reason)] += 1

    def write_all(self, rows: Iterable[tuple[bytes, str, str | None, dict[str, str] | None]]) -> None:
        for row in rows:
            self.write(*row)

    def commit(self) -> dict[str, int]:
        for handle in (self.handle, self.keys_handle):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        os.replace(self.keys_tmp, self.work.keys(self.shard))
        os.replace(self.tmp, self.work.part(self.shard))
        marker = self.work.marker(self.shard)
        marker_tmp = _own_tmp(marker)
        marker_tmp.write_text(json.dumps(dict(self.counts)))
        os.replace(marker_tmp, marker)
        return dict(self.counts)


class ProgressNote:
    """A worker's note of how far it has got in a whole shard: the rows' counts and the input's bytes
    behind it, rewritten when `due`, every `NOTE_EVERY_S` (`WorkDir.progress`).  A file, not a pipe:
    a worker killed mid-write leaves at worst a stale note, never a lock the others wait on; and a
    driver can read it on any engine's shared work folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.written_at = time.monotonic()

    def due(self) -> bool:
        return time.monotonic() - self.written_at >= NOTE_EVERY_S

    def write(self, counts: Counter[str], position: int) -> None:
        self.written_at = time.monotonic()
        tmp = _own_tmp(self.path)
        tmp.write_bytes(orjson.dumps({"counts": counts, "bytes": position}))
        os.replace(tmp, self.path)

    @staticmethod
    def read(path: Path) -> tuple[dict[str, int], int] | None:
        """The note's counts and bytes; None when there is none (yet) or it cannot be read."""
        try:
            note = orjson.loads(path.read_bytes())
            return dict(note["counts"]), int(note["bytes"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
