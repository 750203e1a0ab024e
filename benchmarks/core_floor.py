"""How much of `copydesk.extract`'s time a page is its core, beside resiliparse in the same run.

The core is what every block extractor must do: parse the page, strip what is never
content, cut the body into blocks with their features and score them with the block
model (`core` below; its output is not copydesk's article: no page type, selection rules,
title, metadata or furniture).  Four systems take turns page by page, the order rotated
from page to page, as `copydesk bench` runs them (a slow spell of a shared machine costs
all alike): copydesk's `extract`, the core, lexbor's parse alone, and resiliparse's
main-content extraction.  Prints each one's median milliseconds a page and its ratio to
resiliparse's median, so the share of the issue-2 speed gap the core alone accounts for
is read off one run.

    python benchmarks/core_floor.py ../shared/data/zyte-aeb ../shared/data/wcxb-dev
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from resiliparse.extract.html2text import extract_plain_text
from selectolax.lexbor import LexborHTMLParser

from copydesk.bench.datasets import read_dataset
from copydesk.bench.run import decode_samples
from copydesk.config import ExtractConfig
from copydesk.extract.decode import utf8_markup
from copydesk.extract.features import PageHints, block_features
from copydesk.extract.page import strip_skipped
from copydesk.extract.pipeline import extract
from copydesk.extract.scorer import score_blocks
from copydesk.extract.segment import segment

THRESHOLD = ExtractConfig().threshold


def core(html: str) -> str:
    """Parse, strip, segment, block features and the block model; the blocks at the threshold."""
    tree = LexborHTMLParser(utf8_markup(html))
    strip_skipped(tree)
    root = tree.body or tree.root
    if root is None:
        return ""
    seg = segment(root)
    probabilities = score_blocks(block_features(seg, PageHints(frozenset(), frozenset())))
    return "\n\n".join(block.text for block, p in zip(seg.blocks, probabilities, strict=True) if p >= THRESHOLD)


def parse(html: str) -> object:
    return LexborHTMLParser(utf8_markup(html))


SYSTEMS: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("copydesk", extract),
    ("core", core),
    ("parse", parse),
    ("resiliparse", lambda html: extract_plain_text(html, main_content=True)),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datasets", nargs="+", type=Path)
    args = parser.parse_args()
    for folder in args.datasets:
        samples = list(read_dataset(folder))
        pages = decode_samples(samples)
        times: dict[str, list[float]] = {name: [] for name, _ in SYSTEMS}
        for i, page in enumerate(pages):
            for turn in range(len(SYSTEMS)):
                name, run = SYSTEMS[(i + turn) % len(SYSTEMS)]
                start = time.perf_counter()
                run(page)
                times[name].append(time.perf_counter() - start)
        theirs = statistics.median(times["resiliparse"])
        cells = [f"{name} {statistics.median(v) * 1e3:.2f} ms ({statistics.median(v) / theirs:.2f}x)" for name, v in times.items()]
        print(f"{folder.name}: " + ", ".join(cells))


if __name__ == "__main__":
    main()
