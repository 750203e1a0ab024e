"""The SQLite store's serial cost: writing a run's rows, then its indexes and full-text index.

A crawl run writing one SQLite file OUT loads every row in one process and builds the
full-text index at the end (`writers.sqlite.SqliteWriter`); that is the run's serial tail.
This reads the rows of a JSON lines OUT (a run's own output) and writes them `--scale`
times (each copy under other doc ids) into a fresh store, printing the time to load the
rows and the time `close` takes (the doc id index and the FTS5 build), and the file's size.

    copydesk extract ../shared/data/wcxb-dev/html/*.html.gz ../shared/data/zyte-aeb/html/*.html.gz -o /tmp/dev.jsonl
    python benchmarks/sqlite_store.py /tmp/dev.jsonl --scale 10
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import orjson

from copydesk.writers.sqlite import SqliteWriter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rows", type=Path, help="a JSON lines OUT of `copydesk extract`")
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args()
    rows = [orjson.loads(line) for line in args.rows.read_bytes().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.sqlite"
        start = time.perf_counter()
        writer = SqliteWriter(out)
        for copy in range(args.scale):
            for row in rows:
                writer.write({**row, "doc_id": f"{row['doc_id']}#{copy}"})
        loaded = time.perf_counter()
        writer.close()
        closed = time.perf_counter()
        print(f"{len(rows) * args.scale:,} rows: load {loaded - start:.2f} s, close (doc id index, FTS5) {closed - loaded:.2f} s, "
              f"{out.stat().st_size / 2**20:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
