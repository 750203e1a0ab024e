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


def test_ray_tasks_write_a_folder_out_like_the_local_workers(tmp_path: Path) -> None:
    """A folder OUT's files are written by Ray tasks (`ray.ray_map`), copies marked as the local engine marks them."""
    inputs = _crawl(tmp_path / "in")
    local, ray = tmp_path / "local", tmp_path / "ray"
    config = {"workers": 2, "files_per_shard": 2, "dedup": "near", "output_format": "jsonl"}
    expected = run_job(inputs, local, RunConfig(**config))  # type: ignore[arg-type]
    summary = run_job(inputs, ray, RunConfig(**config, engine="ray"))  # type: ignore[arg-type]
    assert summary.to_dict() == expected.to_dict() and summary.dropped
    names = sorted(p.name for p in local.glob("*.jsonl"))
    assert names == sorted(p.name for p in ray.glob("*.jsonl")) and len(names) == 6
    assert all((local / name).read_bytes() == (ray / name).read_bytes() for name in names)
