"""Where the time of `copydesk.clean` and `copydesk.extract` goes, stage by stage.

Wraps the named functions with timers and runs both modes over a dev set the
way `copydesk bench` does: warm ("hot": cleaning only) and interleaved with
HTML extraction of the same page ("cold": the bench's order, where each mode
finds its code and tables evicted by the other). Prints each stage's median
per call in microseconds, hot and cold; nested stages overlap.

    python benchmarks/stage_times.py ../shared/data/zyte-aeb
    python benchmarks/stage_times.py ../shared/data/zyte-aeb --stages copydesk.clean.lines:_labels

Speed changes should leave the output alone: compare `clean(...).to_dict()`
and `extract(...).to_dict()` on every dev page before and after.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import copydesk
from copydesk.bench.datasets import read_dataset
from copydesk.bench.run import decode_samples
from copydesk.bench.textmode import render

CLEAN_STAGES = (
    "copydesk.clean.pipeline:label_lines", "copydesk.clean.lines:split_lines", "copydesk.clean.lines:mark_furniture",
    "copydesk.clean.lines:line_features", "copydesk.clean.features:line_flags", "copydesk.clean.features:context_columns",
    "copydesk.clean.lines:_labels", "copydesk.clean.lines:find_title", "copydesk.clean.lines:_cut_around_story",
    "copydesk.clean.pipeline:read_facts", "copydesk.clean.pipeline:_trim_opening",
)  # fmt: skip
REPS = 3


def _wrap(spec: str, times: dict[str, list[float]]) -> None:
    """Replace `module:function` by a timed wrapper (where it is looked up: the module named)."""
    module_name, name = spec.split(":")
    module = importlib.import_module(module_name)
    function: Callable[..., Any] = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        result = function(*args, **kwargs)
        times.setdefault(spec, []).append(time.perf_counter() - start)
        return result

    setattr(module, name, timed)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--stages", nargs="*", default=list(CLEAN_STAGES), help="module:function to time")
    args = parser.parse_args(argv)
    samples = list(read_dataset(args.dataset))
    htmls = decode_samples(samples)
    texts = [render(html) for html in htmls]
    times: dict[str, list[float]] = {}
    for spec in args.stages:
        _wrap(spec, times)
    medians: dict[str, dict[str, float]] = {}
    for mode in ("hot", "cold"):
        times.clear()
        for _ in range(REPS):
            for sample, html, text in zip(samples, htmls, texts, strict=True):
                if mode == "cold":
                    copydesk.extract(html, url=sample.url)
                copydesk.clean(text, url=sample.url)
        medians[mode] = {spec: statistics.median(values) * 1e6 for spec, values in times.items()}
    print(f"{len(samples)} pages x {REPS}; median microseconds a call (hot: cleaning only; cold: after extracting the page's HTML)")
    for spec in sorted(medians["cold"], key=lambda s: -medians["cold"][s]):
        print(f"{spec:50} hot {medians['hot'].get(spec, 0.0):8.1f}   cold {medians['cold'][spec]:8.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
