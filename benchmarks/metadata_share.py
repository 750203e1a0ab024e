"""Metadata share of extract time: how much of `copydesk.extract` goes to the facts around the text.

Wraps the steps that read metadata — head fields and JSON-LD
(`read_metadata`), the h1/h2 query (`read_headings`), visible bylines and
dates (`read_visible_facts`), the title (`find_title`), the opening-byline trim, the wire agency and a forum
thread's first poster (`thread_starter`) — with
timers, extracts every page of the dataset folders given, and prints the
share of extract time those steps take (overall and the median page), and
what they add to the rest (the issue's budget: at most 20%).  The furniture
readers — captions, related links, media (embeds, and since session 26 the
lead picture and captioned images, `page._images`: ~16 µs a WCXB page) —
are not counted, as they never were: they fill the issue's furniture
fields, not its metadata.

Two metadata readers run inside the head scan's walk of the whole tree (`page.read_head`,
since session 32): the byline selectors' presence test (`byline.PRESENCE_RULES`) and the
first `<time datetime>`s' values.  Their share of that walk is measured apart
(`head_scan_metadata`: the scan with and without them, in turns, which goes first alternating,
on each page's tree) and counted as metadata time.

Usage:
    python benchmarks/metadata_share.py ../shared/data/wcxb-dev
"""

from __future__ import annotations

import argparse
import functools
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from copydesk.bench.datasets import read_dataset
from copydesk.extract.decode import decode_html

# (module, function) pairs whose time counts as metadata time; each name is
# patched where the pipeline looks it up.
METADATA_STEPS = (
    ("copydesk.extract.page", "read_metadata"),
    ("copydesk.extract.page", "read_headings"),
    ("copydesk.extract.page", "read_visible_facts"),
    ("copydesk.extract.pipeline", "find_title"),
    ("copydesk.extract.pipeline", "trim_opening_byline"),
    ("copydesk.extract.pipeline", "attribute_copy"),  # the wire agency, and agencies out of the authors
    ("copydesk.extract.pipeline", "thread_starter"),
    ("copydesk.extract.pipeline", "site_name_alone"),  # the site's name without its tagline (session 63)
    ("copydesk.extract.pipeline", "site_name_from_title"),  # or from the <title> where none is declared (session 64)
)
WARM_UP_PAGES = 20


def _timed(function: Callable[..., Any], spent: list[float]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    return wrapper


HEAD_SCAN_TURNS = 6  # the scan's two versions timed in turns this many times a page; medians compared


def head_scan_metadata(html: str) -> float:
    """Seconds the head scan spends on metadata on this page: its median time with the byline
    presence rules and the time elements, less its median without them (never below 0)."""
    from selectolax.lexbor import LexborHTMLParser

    from copydesk.extract import page

    fast = page.segment_fast_module()
    tree = LexborHTMLParser(html)
    if fast is None or tree.root is None:
        return 0.0
    address = tree.root.mem_id
    spent: dict[bool, list[float]] = {True: [], False: []}
    for turn in range(HEAD_SCAN_TURNS):
        for with_metadata in (True, False) if turn % 2 else (False, True):  # the first of a turn finds the tree colder
            start = time.perf_counter()
            fast.head_facts(address, *(page.HEAD_SCAN_ARGUMENTS if with_metadata else page.HEAD_SCAN_ARGUMENTS_WITHOUT_METADATA))
            spent[with_metadata].append(time.perf_counter() - start)
    return max(0.0, statistics.median(spent[True]) - statistics.median(spent[False]))


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="+", type=Path)
    args = parser.parse_args(argv)
    spent = [0.0]
    for module_name, name in METADATA_STEPS:
        module = importlib.import_module(module_name)
        setattr(module, name, _timed(getattr(module, name), spent))
    pipeline = importlib.import_module("copydesk.extract.pipeline")
    pages = [(decode_html(s.html), s.url) for folder in args.datasets for s in read_dataset(folder)]
    for html, url in pages[:WARM_UP_PAGES]:
        pipeline.extract(html, url)
    totals, metas = [], []
    for html, url in pages:
        spent[0] = 0.0
        start = time.perf_counter()
        pipeline.extract(html, url)
        totals.append(time.perf_counter() - start)
        metas.append(spent[0])
    in_head_scan = [head_scan_metadata(html) for html, _url in pages]
    metas = [m + h for m, h in zip(metas, in_head_scan, strict=True)]
    print(f"metadata in the head scan: {statistics.fmean(in_head_scan) * 1e6:.1f} us a page on average (counted)")
    share = sum(metas) / sum(totals)
    page_share = statistics.median(m / t for m, t in zip(metas, totals, strict=True) if t > 0)
    print(f"{len(pages)} pages; median extract {statistics.median(totals) * 1000:.2f} ms")
    print(f"metadata share of extract time: {share:.1%} overall, {page_share:.1%} on the median page")
    print(f"metadata adds {share / (1 - share):.1%} to the rest of extraction (budget: 20%)")


if __name__ == "__main__":
    main(sys.argv[1:])
