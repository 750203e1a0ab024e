"""The near-dedup index's memory and time per article, as a crawl run's merge holds it.

A run with ``--dedup near`` decides every article in one process (`run.finalize.find_copies`),
holding every kept article's sketch and LSH bands: that memory bounds how large a run one
head node can dedup.  This script feeds `dedup.near.NearDedup` synthetic keys (random
MinHash sketches: distinct texts; every `--copy-every`-th one an edited copy of an earlier kept
text, a third of its values redrawn, estimated Jaccard ~0.67) and prints the memory traced after
the run (tracemalloc: Python objects and NumPy buffers alike) per kept article, the peak, and
the time a decision takes.

    python benchmarks/near_index.py [--articles 200000] [--copy-every 10]

To compare two builds, run it with ``PYTHONPATH=BEFORE/src`` and then on this checkout.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

import numpy as np

from copydesk.dedup.keys import DedupKeys
from copydesk.dedup.near import NUM_PERM, NearDedup

REDRAWN_SHARE = 1 / 3  # of a copy's sketch values: its estimated Jaccard to the original ~0.67


def synthetic_keys(articles: int, copy_every: int, seed: int = 7) -> tuple[list[DedupKeys], int]:
    """Keys of `articles` texts, every `copy_every`-th an edited copy of an earlier one; and the copies' count."""
    rng = np.random.default_rng(seed)
    sketches = rng.integers(0, 2**32, size=(articles, NUM_PERM), dtype=np.uint32)
    copies = 0
    for k in range(copy_every, articles, copy_every):
        original = int(rng.integers(0, k))
        if original % copy_every == 0:  # a copy of a copy: let it be a text of its own
            continue
        redrawn = rng.random(NUM_PERM) < REDRAWN_SHARE
        sketches[k] = np.where(redrawn, sketches[k], sketches[original])
        copies += 1
    keys = [DedupKeys(rng.bytes(16), sketch) for sketch in sketches]
    return keys, copies


def _run(dedup: NearDedup, ids: list[str], keys: list[DedupKeys]) -> int:
    """How many of the texts `dedup` finds copies."""
    return sum(dedup.decide(doc_id, key) is not None for doc_id, key in zip(ids, keys, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--copy-every", type=int, default=10)
    args = parser.parse_args()
    keys, planted = synthetic_keys(args.articles, args.copy_every)
    ids = [f"part-{k // 10_000:05d}.jsonl:{k % 10_000}" for k in range(args.articles)]  # doc ids as a run names them
    start = time.perf_counter()
    found = _run(NearDedup(), ids, keys)
    elapsed = time.perf_counter() - start
    tracemalloc.start()  # a second run, traced (tracing slows every allocation)
    base = tracemalloc.get_traced_memory()[0]
    dedup = NearDedup()
    _run(dedup, ids, keys)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    kept = args.articles - found
    print(f"{args.articles:,} articles, {planted:,} planted copies, {found:,} found, {kept:,} kept")
    print(f"held after the run: {(held - base) / kept / 1024:.2f} KB a kept article ({(held - base) / 2**20:.0f} MB); "
          f"peak {(peak - base) / 2**20:.0f} MB")  # fmt: skip
    print(f"decision: {elapsed / args.articles * 1e6:.1f} µs an article (untraced run)")


if __name__ == "__main__":
    main()
