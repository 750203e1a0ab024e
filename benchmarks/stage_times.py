"""Where the time of `copydesk.clean` and `copydesk.extract` goes, stage by stage.

Wraps the named functions with timers and runs both modes over a dev set the
way `copydesk bench` does: warm ("hot": cleaning only) and interleaved with
HTML extraction of the same page ("cold": the bench's order, where each mode
finds its code and tables evicted by the other). Prints each stage's median
per call in microseconds, hot and cold; nested stages overlap.  With
``--html``, HTML extraction's stages instead (`HTML_STAGES`, or those named),
each page extracted alone: each stage's median a call and its mean a page
(a stage that runs on some pages only shows there).

    python benchmarks/stage_times.py ../shared/data/zyte-aeb
    python benchmarks/stage_times.py ../shared/data/zyte-aeb --stages copydesk.clean.lines:_labels
    python benchmarks/stage_times.py ../shared/data/wcxb-dev --html

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
    "copydesk.clean.pipeline:scan_lines", "copydesk.clean.pipeline:label_scan", "copydesk.clean.lines:split_lines_with_columns", "copydesk.clean.lines:mark_furniture",
    "copydesk.clean.lines:line_rows", "copydesk.clean.features:line_flags", "copydesk.clean.features:context_columns",
    "copydesk.clean.lines:_labels", "copydesk.clean.lines:find_title", "copydesk.clean.lines:_cut_around_story",
    "copydesk.clean.pipeline:read_facts", "copydesk.clean.pipeline:_trim_opening",
)  # fmt: skip
# Where `extract` spends its time (names patched where the pipeline looks them up).
HTML_STAGES = tuple(f"copydesk.extract.pipeline:{name}" for name in (
    "shape_problem", "parse_page", "classify_page", "score_blocks", "select_blocks", "find_title", "drop_repeats",
    "split_related_pointers", "cut_appeal", "repair_article",
)) + tuple(f"copydesk.extract.page:{name}" for name in (
    "LexborHTMLParser", "read_head", "read_metadata", "media_from_rows", "strip_skipped", "read_headings",
    "read_figures", "_images", "read_related", "read_visible_facts", "segment", "block_features",
))  # fmt: skip
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
    parser.add_argument("--stages", nargs="*", help="module:function to time")
    parser.add_argument("--html", action="store_true", help="time HTML extraction's stages")
    args = parser.parse_args(argv)
    samples = list(read_dataset(args.dataset))
    htmls = decode_samples(samples)
    if args.html:
        _html_stages(samples, htmls, args.stages or list(HTML_STAGES))
        return
    args.stages = args.stages or list(CLEAN_STAGES)
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


def _html_stages(samples: list[Any], htmls: list[str], stages: list[str]) -> None:
    times: dict[str, list[float]] = {}
    for spec in stages:
        _wrap(spec, times)
    pages: list[float] = []
    for _ in range(REPS):
        for sample, html in zip(samples, htmls, strict=True):
            start = time.perf_counter()
            copydesk.extract(html, url=sample.url)
            pages.append(time.perf_counter() - start)
    print(f"{len(samples)} pages x {REPS}; extract median {statistics.median(pages) * 1e6:.0f} us, mean {statistics.mean(pages) * 1e6:.0f} us")
    for spec in sorted(times, key=lambda s: -sum(times[s])):
        values = times[spec]
        print(f"{spec:50} median {statistics.median(values) * 1e6:8.1f}   mean a page {sum(values) / len(pages) * 1e6:8.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
