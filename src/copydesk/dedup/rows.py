"""`copydesk dedup`: copies marked across rows already written, such as several runs' outputs.

A crawl run dedups its own records (`run.finalize`); a corpus is often built from many runs
(a month's crawls, one after another), and a story syndicated on Monday and picked up by
another outlet on Friday sits in two of them.  This reads the rows that `copydesk extract -o`
wrote (JSON lines, Parquet or SQLite: `readers.rows`), in the order the files are given and
the rows stand in them, and writes every row again: a later copy of an article text as a ``dedup:exact`` or
``dedup:near`` drop row naming the earliest kept copy (`duplicate_of`), a kept copy with its
copies counted (`copies`, added to any count it had), the other rows as they were (drop rows
of an earlier dedup still name their own run's kept copy).  A line that is no row becomes an
error row (``input:bad_json``, ``input:not_a_row``), so every input row gives one output row.

Two passes over the inputs keep memory to the dedup's own state (`dedup.near`, about 1 KB a
kept article) and the marks: the first reads each article's keys (in `workers` processes, in
order) and decides; the second writes.  Rows are told apart by their place, not their doc id:
two runs over the same files give the same doc ids, and the second copy must still be found.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copydesk.config import DedupMode
from copydesk.dedup.exact import ExactDedup, article_text, as_duplicate
from copydesk.dedup.keys import DedupKeys, read_keys
from copydesk.dedup.near import NearDedup, check_available
from copydesk.model import Document, Source
from copydesk.readers.rows import RowLine, read_rows, row_files
from copydesk.run.work import count_key
from copydesk.writers import Writer, format_of, open_writer

KEYS_BATCH = 256  # articles whose keys one task reads
BATCHES_AHEAD = 4  # tasks in flight a worker: the texts waiting in memory stay bounded


def _keys_of(texts: list[str], near: bool) -> list[DedupKeys]:
    """A batch's keys (a worker's task)."""
    return [read_keys(text, near) for text in texts]


@dataclass(slots=True)
class Marks:
    """What the dedup decided, by row place (the rows' order across all inputs)."""

    drops: dict[int, tuple[str, str]] = field(default_factory=dict)  # a copy: (reason, the kept copy's doc id)
    copies: Counter[int] = field(default_factory=Counter)  # a kept article: how many later rows copy it


def find_copies(files: list[Path], mode: DedupMode, workers: int) -> Marks:
    """The first pass: every article row's keys, read in order, decided one after another."""
    dedup = NearDedup() if mode == "near" else ExactDedup()
    marks = Marks()
    kept: dict[int, str] = {}  # a kept article's place -> its doc id
    for place, doc_id, keys in _article_keys(files, mode == "near", workers):
        copy = dedup.decide(str(place), keys)  # places, not doc ids: two runs may share doc ids
        if copy is None:
            kept[place] = doc_id
            continue
        reason, first = copy
        marks.drops[place] = (reason, kept[int(first)])
        marks.copies[int(first)] += 1
    return marks


def _article_keys(files: list[Path], near: bool, workers: int) -> Iterator[tuple[int, str, DedupKeys]]:
    """(place, doc id, keys) of the article rows with a text, in order; the keys read in
    `workers` processes (in this one for a single worker)."""
    batches = _article_batches(files)
    if workers <= 1:
        for places, ids, texts in batches:
            yield from zip(places, ids, _keys_of(texts, near), strict=True)
        return
    from copydesk.run.local import process_pool

    with process_pool(workers) as pool:
        for (places, ids, _texts), keys in _in_order(pool.submit, batches, workers * BATCHES_AHEAD, near):
            yield from zip(places, ids, keys, strict=True)


Batch = tuple[list[int], list[str], list[str]]  # places, doc ids, texts


def _article_batches(files: list[Path]) -> Iterator[Batch]:
    batch: Batch = ([], [], [])
    for place, line in enumerate(read_rows(files)):
        if line.row is not None and (text := article_text(line.row)) is not None:
            batch[0].append(place)
            batch[1].append(line.row["doc_id"])
            batch[2].append(text)
            if len(batch[0]) == KEYS_BATCH:
                yield batch
                batch = ([], [], [])
    if batch[0]:
        yield batch


def _in_order(submit: Callable[..., Future[list[DedupKeys]]], batches: Iterator[Batch], ahead: int,
              near: bool) -> Iterator[tuple[Batch, list[DedupKeys]]]:  # fmt: skip
    """Each batch with its keys, in order, at most `ahead` batches read and not yet given back."""
    waiting: deque[tuple[Batch, Future[list[DedupKeys]]]] = deque()
    for batch in batches:
        waiting.append((batch, submit(_keys_of, batch[2], near)))
        if len(waiting) >= ahead:
            done, future = waiting.popleft()
            yield done, future.result()
    while waiting:
        done, future = waiting.popleft()
        yield done, future.result()


def write_rows(files: list[Path], writer: Writer, marks: Marks) -> Counter[str]:
    """The second pass: every row to `writer` (closed after), as the marks say; the rows' counts
    by status and reason."""
    counts: Counter[str] = Counter()
    for place, line in enumerate(read_rows(files)):
        row = line.row if line.row is not None else _error_row(line)
        if (drop := marks.drops.get(place)) is not None:
            row = as_duplicate(row, *drop)
        elif place in marks.copies:
            row = _with_more_copies(row, marks.copies[place])
        writer.write(row)
        counts[count_key(str(row.get("status")), row.get("reason"))] += 1
    writer.close()
    return counts


def _error_row(line: RowLine) -> dict[str, Any]:
    return Document(Source("rows", path=line.path, offset=line.offset, index=line.index), error=line.error).to_dict()


def _with_more_copies(row: dict[str, Any], copies: int) -> dict[str, Any]:
    """A kept row with `copies` more (it may have counted copies in its own run already)."""
    from copydesk.run.finalize import with_copies

    return with_copies({k: v for k, v in row.items() if k != "copies"}, (row.get("copies") or 0) + copies)


def dedup_rows(inputs: list[Path], out: Path, mode: DedupMode, workers: int = 1) -> Counter[str]:
    """Mark the copies among `inputs`' rows and write them all to `out` (`out`'s suffix picks its
    format, as for `copydesk extract -o`); the output rows' counts by status and reason."""
    fmt = format_of(out)
    if fmt is None:
        raise ValueError(f"{out}: no output format by its name (.jsonl[.gz|.zst], .parquet, .sqlite)")
    if mode == "near":
        check_available()
    writer = open_writer(out, fmt)  # before the first pass: an output whose extra is missing fails at once
    files = row_files(inputs)
    return write_rows(files, writer, find_copies(files, mode, workers))
