"""The crawl run's merge: how long the serial last step takes, by dedup mode and output.

A crawl run extracts in its workers, then merges the parts into OUT
(`run/finalize.py`); the dedup decision there is the one step that cannot be
spread over workers.  This runs `copydesk extract` (the Python entry, `run_job`)
over the dev pages as single gzipped files, for each (output, dedup mode) pair,
and prints the whole run's wall time beside the merge's alone, and the
articles and drops, so the serial share of a run is read off one table.

    python benchmarks/dedup_merge.py ../shared/data/zyte-aeb ../shared/data/wcxb-dev --workers 2
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import copydesk.run.job as job
from copydesk.config import RunConfig

CASES = (  # (OUT name, folder output format or None for a file OUT, dedup mode)
    ("out.jsonl", None, "none"), ("out.jsonl", None, "exact"), ("out.jsonl", None, "near"),
    ("out", "parquet", "none"), ("out", "parquet", "near"), ("out", "sqlite", "none"),
)  # fmt: skip
FILES_PER_SHARD = 200  # eight shards of the 1,536 dev pages: a folder OUT gets eight files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    merge_seconds: list[float] = []
    finalize = job.finalize

    def timed_finalize(*a: Any, **k: Any) -> Any:
        start = time.perf_counter()
        try:
            return finalize(*a, **k)
        finally:
            merge_seconds.append(time.perf_counter() - start)

    job.finalize = timed_finalize  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        for dataset in args.datasets:
            for page in sorted((dataset / "html").iterdir()):
                (pages / f"{dataset.name}_{page.name}").symlink_to(page.resolve())
        print(f"{sum(1 for _ in pages.iterdir())} pages, {args.workers} workers\n")
        print("| OUT | dedup | run, s | merge, s | articles | dropped |\n|---|---|---|---|---|---|")
        for name, folder_format, mode in CASES:
            out = Path(tmp) / name
            config = RunConfig(workers=args.workers, dedup=mode, output_format=folder_format or "jsonl", files_per_shard=FILES_PER_SHARD)  # type: ignore[arg-type]
            start = time.perf_counter()
            summary = job.run_job([str(pages)], out, config)
            wall = time.perf_counter() - start
            label = f"folder of {folder_format}" if folder_format else name
            print(f"| {label} | {mode} | {wall:.2f} | {merge_seconds[-1]:.2f} | {summary.articles} | {dict(summary.dropped) or '-'} |")
            shutil.rmtree(out, ignore_errors=True) if out.is_dir() else out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
