"""The Ray engine writes the same rows as the local engine for the same crawl."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.config import RunConfig
from copydesk.run.job import run_job
from tests.crawl_fixtures import news_records, page, warc_record, write_jsonl, write_warc

pytest.importorskip("ray", reason="the Ray engine needs the ray extra")


def _crawl(root: Path) -> list[str]:
    root.mkdir()
    write_warc(root / "a.warc.gz", [*news_records(5), warc_record("https://e.example/x.pdf", b"%PDF", "application/pdf")])
    write_warc(root / "b.warc", news_records(3, "second"), gzip_members=False)
    write_jsonl(root / "c.jsonl", [{"url": "https://e.example/j", "html": page("From a dump").decode()}, "oops"])
    pages = root / "pages"
    pages.mkdir()
    for i in range(5):
        (pages / f"{i}.html").write_bytes(page(f"Saved page {i}"))
    return [str(root)]


def test_local_and_ray_engines_write_identical_rows(tmp_path: Path) -> None:
    inputs = _crawl(tmp_path / "in")
    local, ray = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    run_job(inputs, local, RunConfig(workers=2, files_per_shard=2, dedup="near"))
    summary = run_job(inputs, ray, RunConfig(workers=2, files_per_shard=2, dedup="near", engine="ray"))
    assert summary.shards == 6 and summary.records == 6 + 3 + 2 + 5
    assert local.read_text() == ray.read_text()
