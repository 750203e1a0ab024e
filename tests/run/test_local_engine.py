"""The local engine's guards: a worker that dies, and a document over its time budget."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import copydesk.run.local as local_module
import copydesk.run.work as work_module
from copydesk.config import ExtractConfig, RunConfig
from copydesk.model import Document, Source
from copydesk.readers.inputs import expand_inputs
from copydesk.run.local import run_local
from copydesk.run.progress import Progress, ShardProgress
from copydesk.run.shard_job import run_shard
from copydesk.run.shards import Shard, plan_shards
from copydesk.run.steps import Extract, Step
from copydesk.run.work import ProgressNote, WorkDir
from tests.crawl_fixtures import news_records, page, warc_record, write_warc


@dataclass(frozen=True)
class CrashOn:
    """A step that kills its worker process on one URL, as a segfault in native code would."""

    url: str

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.source.url == self.url:
                os._exit(1)
            yield doc


def test_a_dying_worker_costs_only_its_document(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", news_records(6))
    shards = plan_shards(expand_inputs([str(tmp_path / "a.warc.gz")]), 10)
    work = WorkDir(tmp_path / "work")
    work.path.mkdir()
    config = RunConfig(workers=2, batch_docs=2)
    run_local(shards, work, config, Progress(0, False), [CrashOn("https://example.com/story/3"), Extract()])
    rows = [json.loads(line) for line in work.part(shards[0]).read_text().splitlines()]
    assert [(r["source"]["url"].rsplit("/", 1)[1], r["reason"]) for r in rows] == [
        ("0", None), ("1", None), ("2", None), ("3", "extract:worker_crashed"), ("4", None), ("5", None),
    ]  # fmt: skip


def _run_three_warcs(tmp_path: Path, workers: int, steps: list[Step]) -> tuple[list[Shard], WorkDir]:
    for name in ("a", "b", "c"):
        write_warc(tmp_path / f"{name}.warc.gz", news_records(5, prefix=name))
    shards = plan_shards(expand_inputs([str(tmp_path / "*.warc.gz")]), 10)
    work = WorkDir(tmp_path / f"work-{workers}")
    work.path.mkdir()
    run_local(shards, work, RunConfig(workers=workers, batch_docs=2), Progress(0, False), steps)
    return shards, work


def test_a_worker_dying_on_a_whole_shard_costs_only_its_document(tmp_path: Path) -> None:
    # 3 shards, 2 workers: a.warc.gz and b.warc.gz go to workers whole, c.warc.gz is fed in batches.
    shards, work = _run_three_warcs(tmp_path, 2, [CrashOn("https://example.com/a/2"), Extract()])
    rows = [json.loads(line) for s in shards for line in work.part(s).read_text().splitlines()]
    assert [r["source"]["url"].removeprefix("https://example.com/") for r in rows] == [
        f"{name}/{i}" for name in "abc" for i in range(5)
    ]
    assert [r["reason"] for r in rows if r["reason"]] == ["extract:worker_crashed"]
    assert rows[2]["reason"] == "extract:worker_crashed"
    assert all(work.is_done(s) for s in shards)


def test_whole_shards_and_fed_batches_write_the_same_parts(tmp_path: Path) -> None:
    # 1 worker reads every shard whole; 4 workers are fed every shard in batches (3 shards < 4 workers).
    shards, whole = _run_three_warcs(tmp_path, 1, [Extract()])
    _, fed = _run_three_warcs(tmp_path, 4, [Extract()])
    for shard in shards:
        assert whole.part(shard).read_bytes() == fed.part(shard).read_bytes()
        assert json.loads(whole.marker(shard).read_text()) == json.loads(fed.marker(shard).read_text()) == {"article": 5}


@pytest.mark.parametrize("gzip_members", [True, False])
def test_records_the_driver_only_located_are_read_by_the_workers_as_a_whole_shard_reads_them(
    tmp_path: Path, gzip_members: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # fed batches carry located records (no payload) that the workers read: the same rows as a
    # worker reading the shard whole, damaged, non-HTML and oversize records included
    records = [
        *news_records(3),
        warc_record("https://example.com/a.pdf", b"%PDF-1.4", "application/pdf"),
        b"BROKEN HEADER\r\n\r\n",
        warc_record("https://example.com/big", page("Big page", "word " * 5000)),
        *news_records(2, "tail"),
    ]
    write_warc(tmp_path / "a.warc.gz", records, gzip_members)
    (shard,) = plan_shards(expand_inputs([str(tmp_path / "a.warc.gz")]), 10)
    fed: list[Document] = []
    submit = local_module._Pool.submit
    monkeypatch.setattr(local_module._Pool, "submit", lambda self, docs, steps: fed.extend(docs) or submit(self, docs, steps))
    parts = []
    for workers in (1, 2):  # 1: read whole by a worker; 2: one shard for two workers, fed
        work = WorkDir(tmp_path / f"work-{workers}")
        work.path.mkdir()
        config = RunConfig(workers=workers, batch_docs=2, extract=ExtractConfig(max_input_bytes=20_000))
        run_local([shard], work, config, Progress(0, False), [Extract(config.extract)])
        parts.append(work.part(shard).read_bytes())
    rows = [json.loads(line) for line in parts[0].splitlines()]
    assert parts[0] == parts[1]
    assert len(fed) == len(rows) and all(d.content is None for d in fed)  # no page went through the driver
    damaged = {"input:malformed_warc", "input:truncated_warc"}  # the driver's scan reports these itself
    assert sum(d.located for d in fed) == sum(r["reason"] not in damaged for r in rows) == 7
    assert [r["reason"] for r in rows].count(None) == 5
    assert {"input:not_html", "input:too_large"} <= {r["reason"] for r in rows}


def test_a_document_over_its_budget_is_a_timeout_row() -> None:
    big = page("Slow page", "word " * 20000)
    doc = Extract(timeout_s=1e-4).process(Document(Source("html", path="slow.html"), content=big))
    assert doc.reason == "extract:timeout" and doc.article is None and doc.content is None
    fine = Extract(timeout_s=30).process(Document(Source("html", path="ok.html"), content=page("Quick page")))
    assert fine.status == "article" and fine.article is not None


def test_workers_note_their_progress_and_the_bar_ends_exact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(work_module, "NOTE_EVERY_S", 0.0)  # a note after every row (forked workers inherit it)
    progress = Progress(0, False)
    for name in ("a", "b", "c"):
        write_warc(tmp_path / f"{name}.warc.gz", [*news_records(4, prefix=name), warc_record(f"https://example.com/{name}.pdf", b"%PDF", "application/pdf")])
    shards = plan_shards(expand_inputs([str(tmp_path / "*.warc.gz")]), 10)
    work = WorkDir(tmp_path / "work")
    work.path.mkdir()
    run_local(shards, work, RunConfig(workers=2, batch_docs=2), progress, [Extract()])
    assert (progress.records, progress.errors) == (15, 3)
    assert not list(work.path.glob("*.progress*"))


def test_a_shard_run_notes_how_far_it_has_got(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(work_module, "NOTE_EVERY_S", 0.0)
    write_warc(tmp_path / "a.warc.gz", news_records(3))
    (shard,) = plan_shards(expand_inputs([str(tmp_path / "a.warc.gz")]), 10)
    work = WorkDir(tmp_path / "work")
    work.path.mkdir()
    counts = run_shard(shard, [Extract()], str(work.path), 10**6)
    note = ProgressNote.read(work.progress(shard))
    assert counts == {"article": 3} and note is not None
    noted_counts, noted_bytes = note
    assert noted_counts == {"article": 3}  # the last note, after the third row ...
    assert 0 < noted_bytes < shard.size  # ... which begins inside the file: where it begins


def test_progress_shown_from_a_note_is_taken_back_when_the_shard_is_redone(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", news_records(3))
    (shard,) = plan_shards(expand_inputs([str(tmp_path / "a.warc.gz")]), 10)
    work = WorkDir(tmp_path / "work")
    work.path.mkdir()
    progress = Progress(0, False)
    notes = ShardProgress(progress, work)
    work.progress(shard).write_text("stale, from a killed run")
    notes.start(shard)
    notes.poll([shard])
    assert progress.records == 0
    ProgressNote(work.progress(shard)).write(Counter({"article": 1, "error:input:not_html": 1}), 10)
    notes.poll([shard])
    assert (progress.records, progress.errors) == (2, 1)
    notes.forget(shard)
    assert (progress.records, progress.errors) == (0, 0) and not work.progress(shard).exists()
    notes.start(shard)
    notes.finish(shard, {"article": 3})
    assert progress.records == 3


def test_a_worker_left_by_a_killed_run_never_writes_into_the_reruns_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (shard,) = plan_shards(expand_inputs([str(write_warc(tmp_path / "a.warc.gz", news_records(1)))]), 10)
    work = WorkDir(tmp_path / "work")
    work.path.mkdir()
    monkeypatch.setattr(work_module.os, "getpid", lambda: 111)
    orphan = work_module.PartWriter(work, shard)  # the killed run's worker, still going
    orphan.write(b'{"row": "orphan 1"}', "article", None)
    monkeypatch.setattr(work_module.os, "getpid", lambda: 222)
    rerun = work_module.PartWriter(work, shard)
    rerun.write(b'{"row": "rerun 1"}', "article", None)
    orphan.write(b'{"row": "orphan 2"}', "article", None)
    orphan.handle.flush()
    rerun.write(b'{"row": "rerun 2"}', "article", None)
    assert rerun.commit() == {"article": 2}
    assert work.part(shard).read_bytes() == b'{"row": "rerun 1"}\n{"row": "rerun 2"}\n'


@dataclass(frozen=True)
class SpoilOn:
    """A step that leaves one URL's article holding what no JSON can (a set), as a bug in a reader might."""

    url: str

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.source.url == self.url and doc.article is not None:
                doc.article.tags = {"not", "a", "list"}  # type: ignore[assignment]
            yield doc


def test_an_article_no_json_holds_costs_only_its_row(tmp_path: Path) -> None:
    shards, work = _run_three_warcs(tmp_path, 2, [Extract(), SpoilOn("https://example.com/a/1"), SpoilOn("https://example.com/c/3")])
    rows = [json.loads(line) for s in shards for line in work.part(s).read_text().splitlines()]
    assert len(rows) == 15
    assert [(r["source"]["url"], r["reason"]) for r in rows if r["reason"]] == [
        ("https://example.com/a/1", "output:unserialisable:TypeError"),  # a whole shard
        ("https://example.com/c/3", "output:unserialisable:TypeError"),  # the fed one
    ]
