"""The quality gate: dev-set scores checked against pinned floors.

Floors live in ``tests/quality_floors.json`` as ``{set_name: {metric: floor}}``.
Raise a floor when scores rise; lowering one needs a reason in the commit
message.  Scores come from the same `score_system` that `copydesk bench` uses.
"""

from __future__ import annotations

from pathlib import Path

from copydesk.bench.datasets import read_dataset
from copydesk.bench.metadata import score_metadata
from copydesk.bench.run import CopydeskExtractor, decode_samples, page_type_accuracy, score_system

FLOOR_SLACK = 1e-9  # floats compared as pinned, with no hidden tolerance beyond rounding


def gate_scores(folder: Path) -> dict[str, float]:
    """copydesk's mean F1 on a dev folder, overall and per page type; accuracy (Zyte) or metadata and page-type accuracy (WCXB)."""
    samples = list(read_dataset(folder))
    copydesk = CopydeskExtractor()
    result = score_system("copydesk", copydesk, samples, decode_samples(samples))
    scores = {"f1": result.mean("f1")}
    if samples and samples[0].dataset == "zyte":
        scores["accuracy"] = result.mean("exact")
    else:
        for page_type, pages in result.by("page_type").items():
            scores[f"f1_{page_type}"] = result.mean("f1", pages)
        meta = score_metadata(samples, copydesk.metadata)
        scores.update(title=meta.title, author=meta.author, date=meta.date)
        for split, accuracy in page_type_accuracy(samples, copydesk.page_types).items():
            scores["page_type" if split == "all" else f"page_type_{split}"] = accuracy
    for split, pages in result.by("split").items():
        scores[f"f1_{split}"] = result.mean("f1", pages)
    return scores


def text_gate_scores(folder: Path) -> dict[str, float]:
    """copydesk.clean's mean F1 on html-text renderings of a dev folder (as `bench --mode text`),
    and on WCXB the title, authors and date it reads from the text and its page-type accuracy;
    "text_lines_f1": its mean F1 on the same renderings printed a block a line, their blank
    lines dropped (`textmode.block_a_line`, as Common Crawl's WET files print a page);
    "text_wrapped_f1": on them wrapped 78 columns wide (`textmode.wrapped`, a terminal browser's dump);
    "text_markdown_f1": on the pages as html2text prints them (`textmode.html2text_markdown`);
    "text_body_f1": on the renderings less their <title> line (`textmode.body_only`), and on WCXB
    "text_body_title" the titles read from those (`clean.headline`'s ranker, no <title> line to read)."""
    from copydesk.bench.textmode import (
        CopydeskCleaner,
        block_a_line,
        body_only,
        html2text_markdown,
        render,
        wrapped,
    )

    samples = list(read_dataset(folder))
    htmls = decode_samples(samples)
    texts = [render(html) for html in htmls]
    cleaner = CopydeskCleaner(page_type=True)  # the fullest record: the page typed, as crawl runs type it
    result = score_system("copydesk clean", cleaner, samples, texts)
    scores = {"text_f1": result.mean("f1")}
    lines = score_system("copydesk clean, a block a line", CopydeskCleaner(), samples, list(map(block_a_line, texts)))
    scores["text_lines_f1"] = lines.mean("f1")
    scores["text_wrapped_f1"] = score_system("copydesk clean, wrapped", CopydeskCleaner(), samples, list(map(wrapped, texts))).mean("f1")
    markdown = list(map(html2text_markdown, htmls))
    scores["text_markdown_f1"] = score_system("copydesk clean, html2text's Markdown", CopydeskCleaner(), samples, markdown).mean("f1")
    body = CopydeskCleaner()
    scores["text_body_f1"] = score_system("copydesk clean, body only", body, samples, list(map(body_only, texts))).mean("f1")
    for split, pages in result.by("split").items():
        scores[f"text_f1_{split}"] = result.mean("f1", pages)
    if samples and samples[0].dataset != "zyte":
        article = result.by("page_type").get("article")
        if article:
            scores["text_f1_article"] = result.mean("f1", article)
        meta = score_metadata(samples, cleaner.metadata)
        scores.update(text_title=meta.title, text_author=meta.author, text_date=meta.date)
        scores["text_body_title"] = score_metadata(samples, body.metadata).title
        for split, accuracy in page_type_accuracy(samples, cleaner.page_types).items():
            scores["text_page_type" if split == "all" else f"text_page_type_{split}"] = accuracy
    return scores


def below_floors(scores: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One message per metric under its floor (or missing from the scores)."""
    failures = []
    for metric, floor in sorted(floors.items()):
        value = scores.get(metric)
        if value is None:
            failures.append(f"{metric}: not measured (floor {floor:.4f})")
        elif value + FLOOR_SLACK < floor:
            failures.append(f"{metric}: {value:.4f} is below the floor {floor:.4f}")
    return failures
