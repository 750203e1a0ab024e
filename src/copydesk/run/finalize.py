"""The last stage: merge the committed parts, in shard order, into OUT.

Dedup (exact or near) happens here because it is the one cross-document step: reading
the parts in plan order makes "the first copy" the same under every engine
and after any resume.  It reads only the keys the workers read beside each part
(`dedup.keys`, `work.WorkDir.keys`): a first, serial pass over them
(`find_copies`) names every copy, and then the parts are written out with those
rows turned into drops and each kept copy's row given their count (`write_part`).  A file OUT is written part after part
(a Parquet file from parts the engine's workers laid out as Arrow side by side, `stage_part`); a
folder OUT gets one file per shard, named like the part, written by the engine's
workers side by side (`Mapper`).  The summary counts are the parts' marker
counts with the copies moved to their drop reasons, so they are exact.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import orjson

from copydesk.config import DedupMode, OutputFormat, RunConfig
from copydesk.dedup.exact import ExactDedup, article_text, as_duplicate
from copydesk.dedup.keys import DedupKeys, read_keys
from copydesk.dedup.near import NearDedup
from copydesk.run.shards import Shard
from copydesk.run.work import WorkDir, count_key, split_count_key
from copydesk.writers import Writer, open_writer
from copydesk.writers.jsonl import JsonlWriter
from copydesk.writers.parquet import ParquetWriter, StagedPart

FOLDER_SUFFIX: dict[OutputFormat, str] = {
    "jsonl": ".jsonl", "jsonl.gz": ".jsonl.gz", "jsonl.zst": ".jsonl.zst", "parquet": ".parquet", "sqlite": ".sqlite",
}  # fmt: skip


@dataclass(slots=True)
class PartMarks:
    """What the dedup decided for one part's rows, by row number."""

    drops: dict[int, tuple[str, str]] = field(default_factory=dict)  # a copy: (drop reason, the kept copy's doc id)
    copies: Counter[int] = field(default_factory=Counter)  # a kept article: how many later rows are its copies


# A kept article's place as one int, shard index over row number (a tuple of two costs ~100 bytes
# more an article, at a snapshot's tens of millions of articles a few GB of the merge's memory).
ROW_BITS = 32
ROW_MASK = (1 << ROW_BITS) - 1
T = TypeVar("T")
# Runs a function over argument tuples, results in order: in this process, or on the engine's workers.
Mapper = Callable[[Callable[..., T], list[tuple[Any, ...]]], Iterable[T]]


def serial_map(function: Callable[..., T], jobs: list[tuple[Any, ...]]) -> Iterator[T]:
    return (function(*job) for job in jobs)


@dataclass(slots=True)
class Summary:
    records: int = 0
    articles: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    shards: int = 0
    shards_resumed: int = 0

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


def finalize(work: WorkDir, shards: list[Shard], out: Path, fmt: OutputFormat, as_folder: bool, config: RunConfig,
             mapper: Mapper[dict[str, int]] = serial_map) -> Summary:  # fmt: skip
    summary = Summary(shards=len(shards))
    marks = find_copies(work, shards, config.dedup)
    if as_folder:
        out.mkdir(parents=True, exist_ok=True)
        jobs = [(work, shard, out / f"{shard.name}{FOLDER_SUFFIX[fmt]}", fmt, marks[shard.index]) for shard in shards]
        for counts in mapper(write_shard, jobs):
            summary.add_counts(counts)
        return summary
    writer = open_writer(out, fmt)
    if isinstance(writer, ParquetWriter) and len(shards) > 1:
        # the workers lay the parts out as Arrow side by side; this process only compresses them
        staging = [(work, shard, marks[shard.index]) for shard in shards]
        for shard, counts in zip(shards, mapper(stage_part, staging), strict=True):
            summary.add_counts(counts)
            writer.append_staged(work.staged(shard))
    else:
        for shard in shards:
            summary.add_counts(write_part(work, shard, writer, marks[shard.index]))
    writer.close()
    return summary


def find_copies(work: WorkDir, shards: list[Shard], mode: DedupMode) -> defaultdict[int, PartMarks]:
    """Each part's copies and kept copies' counts (by shard index), read off the keys in plan order;
    none without dedup (a part no row of which is marked gets empty marks)."""
    marks: defaultdict[int, PartMarks] = defaultdict(PartMarks)
    if mode == "none":
        return marks
    dedup = NearDedup() if mode == "near" else ExactDedup()
    kept_at: dict[str, int] = {}  # a kept article's doc id -> its shard index and row number, one int (`ROW_BITS`)
    for shard in shards:
        for row, doc_id, keys in _part_keys(work, shard, mode == "near"):
            if (copy := dedup.decide(doc_id, keys)) is None:
                kept_at[doc_id] = shard.index << ROW_BITS | row
                continue
            marks[shard.index].drops[row] = copy
            place = kept_at[copy[1]]
            marks[place >> ROW_BITS].copies[place & ROW_MASK] += 1
    return marks


def _part_keys(work: WorkDir, shard: Shard, near: bool) -> list[tuple[int, str, DedupKeys]]:
    """(row number, doc id, keys) of the part's articles, as its workers kept them; read from the
    part's texts when that file is missing or a line of it is damaged (a hand-edited work folder)."""
    kept = _kept_keys(work.keys(shard), near)
    if kept is not None:
        return kept
    read: list[tuple[int, str, DedupKeys]] = []
    with work.part(shard).open("rb") as part:
        for row_number, line in enumerate(part):
            row = orjson.loads(line)
            if (text := article_text(row)) is not None:
                read.append((row_number, str(row["doc_id"]), read_keys(text, near)))
    return read


def _kept_keys(path: Path, near: bool) -> list[tuple[int, str, DedupKeys]] | None:
    """The keys file's entries (`WorkDir.keys`); None when it is missing or any line is damaged."""
    try:
        lines = path.read_bytes().splitlines()
    except FileNotFoundError:
        return None
    kept: list[tuple[int, str, DedupKeys]] = []
    for line in lines:
        try:
            entry = orjson.loads(line)
        except ValueError:
            return None
        keys = DedupKeys.from_json(entry, near)
        if keys is None or not isinstance(entry.get("i"), int) or not isinstance(entry.get("id"), str):
            return None
        kept.append((entry["i"], entry["id"], keys))
    return kept


def write_shard(work: WorkDir, shard: Shard, path: Path, fmt: OutputFormat, marks: PartMarks) -> dict[str, int]:
    """One shard's part into its own output file (a folder OUT); its counts. Runs on a worker."""
    return _write_all(work, shard, open_writer(path, fmt), marks)


def stage_part(work: WorkDir, shard: Shard, marks: PartMarks) -> dict[str, int]:
    """One part's rows as Arrow beside it (`writers.parquet.StagedPart`), for a Parquet file OUT;
    its counts.  Runs on a worker."""
    return _write_all(work, shard, StagedPart(work.staged(shard)), marks)


def _write_all(work: WorkDir, shard: Shard, writer: Writer, marks: PartMarks) -> dict[str, int]:
    """The part into a writer of its own, closed after it; the rows' counts."""
    counts = write_part(work, shard, writer, marks)
    writer.close()
    return counts


def write_part(work: WorkDir, shard: Shard, writer: Writer, marks: PartMarks) -> dict[str, int]:
    """Append a part's rows to `writer` as the dedup marked them (copies as drop rows, kept copies
    with their count); the rows' counts.  JSON lines it did not mark are copied as they are (a
    JSONL part already holds the output's lines)."""
    counts = Counter(json.loads(work.marker(shard).read_text()))
    if isinstance(writer, JsonlWriter) and not marks.drops and not marks.copies:
        writer.copy_from(work.part(shard))
        return dict(counts)
    with work.part(shard).open("rb") as part:
        for row_number, line in enumerate(part):
            if (drop := marks.drops.get(row_number)) is not None:
                writer.write(as_duplicate(orjson.loads(line), *drop))
                counts["article"] -= 1
                counts[count_key("dropped", drop[0])] += 1
            elif row_number in marks.copies:
                writer.write(with_copies(orjson.loads(line), marks.copies[row_number]))
            elif isinstance(writer, JsonlWriter):
                writer.write_line(line)
            else:
                writer.write(orjson.loads(line))
    return {key: n for key, n in counts.items() if n}


def with_copies(row: dict[str, Any], copies: int) -> dict[str, Any]:
    """A kept article's row with its copies' count, in `Document.to_dict`'s place for it."""
    ordered = {}
    for name, value in row.items():
        ordered[name] = value
        if name == "duplicate_of":
            ordered["copies"] = copies
    return ordered
