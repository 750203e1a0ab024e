"""The last stage: merge the committed parts, in shard order, into OUT.

Dedup (exact or near) happens here because it is the one cross-document step: reading
the parts in plan order makes "the first copy" the same under every engine
and after any resume.  The workers read each article's keys and sketch
(`dedup.keys`, carried in the part rows and removed here), so this serial step only
looks them up.  A file OUT gets every row; a folder OUT gets one file
per shard, named like the part.  The summary counts come from the rows
actually written, so they are exact.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copydesk.config import OutputFormat, RunConfig
from copydesk.dedup.exact import ExactDedup
from copydesk.dedup.keys import PART_FIELD, DedupKeys
from copydesk.dedup.near import NearDedup
from copydesk.run.shards import Shard
from copydesk.run.work import WorkDir, split_count_key
from copydesk.writers import Writer, open_writer

FOLDER_SUFFIX: dict[OutputFormat, str] = {
    "jsonl": ".jsonl", "jsonl.gz": ".jsonl.gz", "jsonl.zst": ".jsonl.zst", "parquet": ".parquet", "sqlite": ".sqlite",
}  # fmt: skip


@dataclass(slots=True)
class Summary:
    records: int = 0
    articles: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    shards: int = 0
    shards_resumed: int = 0

    def count(self, row: dict[str, Any]) -> None:
        self.records += 1
        if row["status"] == "article":
            self.articles += 1
        elif row["status"] == "dropped":
            self.dropped[row["reason"]] += 1
        else:
            self.errors[row["reason"]] += 1

    def add_counts(self, counts: dict[str, int]) -> None:
        """A shard's marker counts (``status`` or ``status:reason`` keys)."""
        for key, n in counts.items():
            status, reason = split_count_key(key)
            self.records += n
            if status == "article":
                self.articles += n
            elif status == "dropped":
                self.dropped[reason] += n
            else:
                self.errors[reason] += n

    def render(self) -> str:
        head = (
            f"records in: {self.records}   articles out: {self.articles}   "
            f"dropped: {sum(self.dropped.values())}   errors: {sum(self.errors.values())}   "
            f"shards: {self.shards} ({self.shards_resumed} resumed from an earlier run)"
        )
        lines = [head]
        for title, counts in (("dropped", self.dropped), ("errors", self.errors)):
            for reason, n in counts.most_common():
                lines.append(f"  {title:8s} {n:8d}  {reason}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records, "articles": self.articles, "dropped": dict(self.dropped),
            "errors": dict(self.errors), "shards": self.shards, "shards_resumed": self.shards_resumed,
        }  # fmt: skip


def finalize(work: WorkDir, shards: list[Shard], out: Path, fmt: OutputFormat, as_folder: bool, config: RunConfig) -> Summary:
    summary = Summary(shards=len(shards))
    dedup: ExactDedup | NearDedup | None = None
    if config.dedup == "exact":
        dedup = ExactDedup()
    elif config.dedup == "near":
        dedup = NearDedup()
    if dedup is None and fmt.startswith("jsonl"):
        return _copy_parts(work, shards, out, fmt, as_folder, summary)
    writer: Writer | None = None if as_folder else open_writer(out, fmt)
    if as_folder:
        out.mkdir(parents=True, exist_ok=True)
    for shard in shards:
        shard_writer = open_writer(out / f"{shard.name}{FOLDER_SUFFIX[fmt]}", fmt) if as_folder else writer
        assert shard_writer is not None
        with work.part(shard).open(encoding="utf-8") as part:
            for line in part:
                row = json.loads(line)
                keys = DedupKeys.from_json(row.pop(PART_FIELD, None))  # read in the worker (`dedup.keys`)
                if dedup is not None:
                    row = dedup.mark(row, keys)
                summary.count(row)
                shard_writer.write(row)
        if as_folder:
            shard_writer.close()
    if writer is not None:
        writer.close()
    return summary


def _copy_parts(work: WorkDir, shards: list[Shard], out: Path, fmt: OutputFormat, as_folder: bool, summary: Summary) -> Summary:
    """JSONL without dedup: the parts already hold the final lines; copy them, count from the markers."""
    from copydesk.writers.jsonl import JsonlWriter

    if as_folder:
        out.mkdir(parents=True, exist_ok=True)
    writer = None if as_folder else JsonlWriter(out)
    for shard in shards:
        target = writer or JsonlWriter(out / f"{shard.name}{FOLDER_SUFFIX[fmt]}")
        target.copy_from(work.part(shard))
        summary.add_counts(json.loads(work.marker(shard).read_text()))
        if writer is None:
            target.close()
    if writer is not None:
        writer.close()
    return summary
