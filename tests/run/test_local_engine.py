"""The local engine's guards: a worker that dies, and a document over its time budget."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from copydesk.config import RunConfig
from copydesk.model import Document, Source
from copydesk.readers.inputs import expand_inputs
from copydesk.run.local import run_local
from copydesk.run.progress import Progress
from copydesk.run.shards import plan_shards
from copydesk.run.steps import Extract
from copydesk.run.work import WorkDir
from tests.crawl_fixtures import news_records, page, write_warc


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


def test_a_document_over_its_budget_is_a_timeout_row() -> None:
    big = page("Slow page", "word " * 20000)
    doc = Extract(timeout_s=1e-4).process(Document(Source("html", path="slow.html"), content=big))
    assert doc.reason == "extract:timeout" and doc.article is None and doc.content is None
    fine = Extract(timeout_s=30).process(Document(Source("html", path="ok.html"), content=page("Quick page")))
    assert fine.status == "article" and fine.article is not None
