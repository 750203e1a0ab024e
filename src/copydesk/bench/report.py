"""The markdown tables `copydesk bench` prints and BENCHMARKS.md keeps."""

from __future__ import annotations

import platform
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from copydesk.bench.datasets import Sample, read_dataset
from copydesk.bench.peers import Extractor, load_peer
from copydesk.bench.run import (
    CopydeskExtractor,
    SystemResult,
    decode_samples,
    page_type_accuracy,
    score_systems,
)

if TYPE_CHECKING:
    from copydesk.bench.metadata import MetaScore

PAGE_TYPE_ORDER = ("article", "forum", "product", "collection", "listing", "documentation", "service")


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def _system_table(results: list[SystemResult], zyte: bool) -> list[str]:
    base = results[0].median_ms or 1.0
    head = "| system | F1 | precision | recall |" + (" accuracy |" if zyte else "") + " median ms/page | time vs copydesk |"
    lines = [head, "|---" * (head.count("|") - 1) + "|"]
    for r in results:
        acc = f" {r.mean('exact'):.3f} |" if zyte else ""
        lines.append(f"| {r.name} | {r.mean('f1'):.3f} | {r.mean('precision'):.3f} | {r.mean('recall'):.3f} |{acc}"
                     f" {r.median_ms:.2f} | {r.median_ms / base:.2f}x |")  # fmt: skip
    return lines


def _dataset_section(heading: str, results: list[SystemResult], zyte: bool, split_note: str) -> list[str]:
    """One dataset's tables: systems, by split, and (WCXB) by page type."""
    metric = "4-token shingle P/R/F1 per page, averaged" if zyte else "word-level F1 per page, averaged"
    pages = len(results[0].pages) if results else 0
    out = ["", f"### {heading} ({pages} pages; {metric})", "", *_system_table(results, zyte)]
    out += ["", split_note, "", *_group_table(results, "split", ("train", "valid"))]
    if not zyte:
        out += ["", "By page type:", "", *_group_table(results, "page_type", PAGE_TYPE_ORDER)]
    return out


def _group_table(results: list[SystemResult], key: str, order: tuple[str, ...]) -> list[str]:
    groups = results[0].by(key)
    names = [g for g in order if g in groups] + sorted(g for g in groups if g not in order)
    lines = [f"| {key} | pages | " + " | ".join(r.name for r in results) + " |",
             "|---|---|" + "---|" * len(results)]  # fmt: skip
    for g in names:
        cells = " | ".join(f"{r.mean('f1', r.by(key).get(g, [])):.3f}" for r in results)
        lines.append(f"| {g} | {len(groups[g])} | {cells} |")
    return lines


def _metadata_table(samples: list[Sample], texts: list[str], copydesk_run: CopydeskExtractor,
                    peers: list[str]) -> list[str]:  # fmt: skip
    """Title / author / date accuracy of copydesk and, when asked for, trafilatura and htmldate."""
    from copydesk.bench.metadata import htmldate_reader, score_metadata, trafilatura_reader

    rows = [("copydesk", score_metadata(samples, copydesk_run.metadata))]
    readers = {"trafilatura": trafilatura_reader, "htmldate": htmldate_reader}
    for name in readers if "trafilatura" in peers else ():  # htmldate rides along with trafilatura
        read = readers[name]()
        rows.append((name, score_metadata(samples, [read(h, s.url) for s, h in zip(samples, texts, strict=True)])))
    return _metadata_rows(rows)


def _metadata_rows(rows: list[tuple[str, MetaScore]]) -> list[str]:
    lines = [("Metadata (title exact after NFKC/case/space normalisation, typographic quotes and dashes folded; author same name set, on pages with a "
             "gold author; date same day, on pages with a gold date; invented = a date or author where the gold has none):"), "",
             "| system | title | author | date | invented date | invented author |", "|---|---|---|---|---|---|"]  # fmt: skip
    for name, sc in rows:
        lines.append(f"| {name} | {sc.title:.3f} | {sc.author:.3f} | {sc.date:.3f} | {sc.invented_date:.3f} | {sc.invented_author:.3f} |")
    return lines


def run_text_bench(folders: list[Path], limit: int | None = None) -> str:
    """Text mode: copydesk.clean, no cleaning and C4's rules on html-text renderings,
    copydesk.clean on the same renderings printed a block a line (`textmode.block_a_line`, as
    Common Crawl's WET files print a page) and wrapped 78 columns wide (`textmode.wrapped`, as a
    terminal browser's dump) and without their first line, the page's <title> (`textmode.body_only`,
    as a scraper printing the body alone), and on the pages as html2text prints them (Markdown,
    `textmode.html2text_markdown`), with copydesk's HTML extraction of the same pages as the
    speed reference."""
    from copydesk.bench.metadata import score_metadata
    from copydesk.bench.textmode import (
        CopydeskCleaner,
        block_a_line,
        body_only,
        c4_rules,
        html2text_markdown,
        no_cleaning,
        render,
        wrapped,
    )

    out = [(f"Text mode, run {date.today().isoformat()} on {platform.machine()} / Python {platform.python_version()}"
            f" (single process); copydesk {_version('copydesk')}, html-text {_version('html-text')}.")]  # fmt: skip
    for folder in folders:
        samples = list(read_dataset(folder))[:limit]
        htmls = decode_samples(samples)
        texts = [render(h) for h in htmls]
        zyte = samples[0].dataset == "zyte" if samples else False
        cleaner, typing, html_run = CopydeskCleaner(), CopydeskCleaner(page_type=True), CopydeskExtractor()
        body = CopydeskCleaner()
        results = score_systems(
            [("copydesk clean", cleaner, texts), ("copydesk clean, page type", typing, texts),
             ("copydesk clean, a block a line", CopydeskCleaner(), list(map(block_a_line, texts))),
             ("copydesk clean, wrapped at 78", CopydeskCleaner(), list(map(wrapped, texts))),
             ("copydesk clean, body only (no <title> line)", body, list(map(body_only, texts))),
             ("copydesk clean, html2text's Markdown", CopydeskCleaner(), list(map(html2text_markdown, htmls))),
             ("no cleaning", no_cleaning, texts),
             ("C4 rules", c4_rules, texts), ("copydesk html (reference)", html_run, htmls)],
            samples,
        )  # fmt: skip
        out += _dataset_section(f"{folder.name}, text mode", results, zyte, "By split:")
        if not zyte:  # metadata and page types from the text alone, beside HTML mode's from the page
            out += ["", *_metadata_rows([("copydesk clean", score_metadata(samples, cleaner.metadata)),
                                         ("copydesk clean, page type", score_metadata(samples, typing.metadata)),
                                         ("copydesk clean, body only (no <title> line)", score_metadata(samples, body.metadata)),
                                         ("copydesk html (reference)", score_metadata(samples, html_run.metadata))])]  # fmt: skip
            for name, run in (("copydesk clean, page type", typing), ("copydesk html (reference)", html_run)):
                accuracy = page_type_accuracy(samples, run.page_types)
                out += ["", f"{name} page-type accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(accuracy.items()))]
    return "\n".join(out)


def run_bench(folders: list[Path], peers: list[str], limit: int | None = None) -> str:
    peer_runs: list[tuple[str, Extractor]] = [(name, load_peer(name)) for name in peers]
    names = ["copydesk", *peers]
    versions = ", ".join(f"{n} {_version(n if n != 'readability' else 'readability-lxml')}" for n in names)
    out = [
        (f"Run {date.today().isoformat()} on {platform.machine()} / Python {platform.python_version()}"
        f" ({platform.processor() or 'cpu'}, single process); {versions}."),
    ]
    for folder in folders:
        samples = list(read_dataset(folder))[:limit]
        texts = decode_samples(samples)
        copydesk_run = CopydeskExtractor()  # fresh per set: it records that set's page types and metadata
        extractors: list[tuple[str, Extractor]] = [("copydesk", copydesk_run), *peer_runs]
        results = score_systems([(name, run, texts) for name, run in extractors], samples)
        zyte = samples[0].dataset == "zyte" if samples else False
        out += _dataset_section(folder.name, results, zyte,
                                "By block-model split (validation = domains the shipped model never saw):")  # fmt: skip
        if not zyte:
            accuracy = page_type_accuracy(samples, copydesk_run.page_types)
            out += ["", "copydesk page-type accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(accuracy.items()))]
            out += ["", *_metadata_table(samples, texts, copydesk_run, peers)]
    return "\n".join(out)
