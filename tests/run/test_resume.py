"""A run killed with SIGKILL midway and restarted with the same command ends with every record once."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

DATA = Path(__file__).parents[1] / "data"
COPIES = 4  # enough pages that the run is still going when we kill it
FILES_PER_SHARD = 4
KILL_AFTER_SHARDS = 2
DEADLINE_S = 120


def _pages(root: Path) -> int:
    root.mkdir()
    pages = sorted(DATA.glob("*/html/*.html.gz"))
    for copy in range(COPIES):
        for page in pages:
            shutil.copy(page, root / f"c{copy}-{page.name}")
    return COPIES * len(pages)


def _command(pages: Path, out: Path) -> list[str]:
    return [
        sys.executable, "-m", "copydesk.cli.main", "extract", str(pages), "-o", str(out),
        "--workers", "2", "--files-per-shard", str(FILES_PER_SHARD), "--no-progress",
    ]  # fmt: skip


def test_sigkill_midway_then_rerun_resumes_and_loses_nothing(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    n = _pages(pages)
    out = tmp_path / "out.jsonl"
    work = tmp_path / "out.jsonl.work"
    run = subprocess.Popen(_command(pages, out), start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + DEADLINE_S
    while len(list(work.glob("*.done"))) < KILL_AFTER_SHARDS:
        assert run.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    os.killpg(run.pid, signal.SIGKILL)  # the driver and its workers, no clean-up
    run.wait()
    done_before = len(list(work.glob("*.done")))
    assert not out.exists() and done_before < -(-n // FILES_PER_SHARD)

    rerun = subprocess.run(_command(pages, out), capture_output=True, text=True, timeout=DEADLINE_S)
    assert rerun.returncode == 0, rerun.stderr
    resumed = int(re.search(r"\((\d+) resumed", rerun.stderr).group(1))  # type: ignore[union-attr]
    assert resumed >= done_before
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    paths = [r["source"]["path"] for r in rows]
    assert len(paths) == len(set(paths)) == n
    assert not work.exists()


def _children(pid: int) -> list[int]:
    """Linux: the processes whose parent is `pid`, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _long_shards(root: Path, pages_a_shard: int) -> Path:
    """Three WARCs of a long page (~0.5 s to extract) `pages_a_shard` times: two read whole by 2
    workers, one fed."""
    import gzip

    from tests.crawl_fixtures import warc_record

    paragraphs = "".join(f"<p>Paragraph {i} tells of the council meeting and the vote that followed it.</p>" for i in range(40_000))
    record = gzip.compress(warc_record("https://example.com/long", f"<html><body>{paragraphs}</body></html>".encode()), 1)
    root.mkdir()
    for name in "abc":
        (root / f"{name}.warc.gz").write_bytes(record * pages_a_shard)
    return root


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_workers_end_with_a_driver_killed_alone(tmp_path: Path) -> None:
    """A driver killed with SIGKILL (its workers not) takes its workers with it at once: none goes
    on reading a shard the re-run would redo (each shard here takes seconds), and neither does the
    fork server the workers came from."""
    crawl = _long_shards(tmp_path / "crawl", 10)
    command = [sys.executable, "-m", "copydesk.cli.main", "extract", str(crawl), "-o", str(tmp_path / "out.jsonl"), "--workers", "2", "--no-progress"]
    run = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + DEADLINE_S
    workers: list[int] = []
    while len(workers) < 2:  # the workers are the fork server's children
        assert run.poll() is None and time.monotonic() < deadline, "the run ended before its workers were seen"
        workers = [worker for child in _children(run.pid) for worker in _children(child)]
        time.sleep(0.01)
    workers += _children(run.pid)  # the fork server and the resource tracker go too
    time.sleep(0.5)  # the workers are into their shards
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    gone_by = time.monotonic() + 1.0  # a shard takes several seconds: a worker still here has run on
    while any(_alive(pid) for pid in workers) and time.monotonic() < gone_by:
        time.sleep(0.02)
    try:
        assert not any(_alive(pid) for pid in workers)
    finally:
        for pid in workers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
