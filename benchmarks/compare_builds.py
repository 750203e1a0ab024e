"""Two builds of copydesk side by side: each one's median time a page against resiliparse's.

The bench's figures move by ±15% with the machine's load from run to run, more
than most single changes do; comparing two commits needs them measured in
turns. Each round runs a fresh interpreter per build (its `src` first on the
path, its compiled modules built there beforehand), the builds alternating;
in each process copydesk and resiliparse take turns page by page (the order
swapped from page to page) over the decoded pages, as `copydesk bench` does,
and copydesk's cleaning of the page's html-text rendering is timed right after
its HTML extraction. Prints, per round and build, the medians and the ratios
copydesk ÷ resiliparse (HTML) and cleaning ÷ HTML.

    git worktree add /tmp/before <commit> && (cd /tmp/before && python setup.py build_ext --inplace)
    python benchmarks/compare_builds.py /tmp/before/src src ../shared/data/zyte-aeb ../shared/data/wcxb-dev --rounds 2
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

_MEASURE = r"""
import statistics, sys, time
from pathlib import Path
from copydesk.bench.datasets import read_dataset
from copydesk.bench.run import decode_samples
from copydesk.bench.textmode import render
import copydesk
from resiliparse.extract.html2text import extract_plain_text

for folder in sys.argv[1:]:
    samples = list(read_dataset(Path(folder)))
    pages = decode_samples(samples)
    texts = [render(page) for page in pages]
    ours, theirs, cleaning = [], [], []
    for i, (sample, page, text) in enumerate(zip(samples, pages, texts)):
        turns = [("copydesk", page), ("resiliparse", page)]
        for name, html in turns if i % 2 == 0 else turns[::-1]:
            start = time.perf_counter()
            if name == "copydesk":
                copydesk.extract(html, url=sample.url)
                ours.append(time.perf_counter() - start)
                start = time.perf_counter()
                copydesk.clean(text, url=sample.url)
                cleaning.append(time.perf_counter() - start)
            else:
                extract_plain_text(html, main_content=True)
                theirs.append(time.perf_counter() - start)
    html, resiliparse, clean = (statistics.median(times) * 1000 for times in (ours, theirs, cleaning))
    print(f"{Path(folder).name}: html {html:.2f} ms, resiliparse {resiliparse:.2f} ms ({html / resiliparse:.2f}x), "
          f"clean {clean:.3f} ms (1/{html / clean:.2f} of html)")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="the first build's src folder")
    parser.add_argument("after", type=Path, help="the second build's src folder")
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    for round_number in range(1, args.rounds + 1):
        for label, src in (("before", args.before), ("after", args.after)):
            env = {**os.environ, "PYTHONPATH": str(src.resolve())}
            run = subprocess.run([sys.executable, "-c", _MEASURE, *map(str, args.datasets)], env=env,
                                 capture_output=True, text=True, check=True)  # fmt: skip
            for line in run.stdout.splitlines():
                print(f"round {round_number} {label:6s} {line}")


if __name__ == "__main__":
    main()
