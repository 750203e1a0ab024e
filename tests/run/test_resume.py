"""A run killed with SIGKILL midway and restarted with the same command ends with every record once."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

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
