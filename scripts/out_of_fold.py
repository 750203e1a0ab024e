"""Out-of-fold probabilities for the train split, to choose settings applied after a model.

The shipped block and line models are overconfident on the pages they were
trained on, so scoring a post-model setting (a fallback threshold, the
repeated-slot rule) on train pages with the shipped model favours doing
less than unseen sites need.  This script trains five models, each on four
fifths of the train split's domains, scores the fifth with it, and then
scores a grid of settings on those out-of-fold probabilities with a
simplified pipeline (no vetoes, tidying or title removal; both sides of
each comparison alike).  The valid split is never touched.  Needs LightGBM
(`pip install -e '.[train]'`), like the training scripts.

    python scripts/out_of_fold.py blocks ../shared/data/zyte-aeb ../shared/data/wcxb-dev
    python scripts/out_of_fold.py lines ../shared/data/zyte-aeb ../shared/data/wcxb-dev

`settings` runs the whole extraction pipeline (vetoes, tidying, page types)
on the out-of-fold block probabilities, once with the default ExtractConfig
and once per override given with --set, and prints each set's and WCXB
page type's change:

    python scripts/out_of_fold.py settings ../shared/data/zyte-aeb ../shared/data/wcxb-dev \
        --set article_threshold=0.5 --set article_threshold=0.6
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from copydesk.bench.datasets import Sample, read_dataset
from copydesk.bench.metrics import shingle_f1, word_f1
from copydesk.config import ExtractConfig
from copydesk.extract import pipeline
from copydesk.extract.decode import decode_html
from copydesk.extract.page import parse_page
from copydesk.extract.pagetype import classify_page
from copydesk.extract.pipeline import REPEATED_CONTENT_TYPES, block_slot

sys.path.insert(0, str(Path(__file__).parent))
import train_blocks
import train_lines

FOLDS = 5
THRESHOLD = 0.5


@dataclass
class Page:
    sample: Sample
    rows: np.ndarray
    labels: list[int]
    weights: list[float]
    texts: list[str]
    fold: int
    page_type: str = ""
    slots: list[tuple[str, int, int, str, int]] | None = None
    prob: np.ndarray | None = None


def _fold(url: str) -> int:
    domain = urlsplit(url).netloc.lower().removeprefix("www.")
    return int(hashlib.md5(domain.encode()).hexdigest(), 16) % FOLDS


def block_pages(samples: list[Sample]) -> Iterator[Page]:
    for sample in samples:
        data = train_blocks.page_data(sample)
        page = parse_page(decode_html(sample.html), sample.url)
        slots = [block_slot(page.seg.elements, block.owner) for block in page.seg.blocks]
        yield Page(sample, data.rows, data.labels, data.weights, data.texts, _fold(sample.url),
                   classify_page(page, sample.url).value, slots)  # fmt: skip


def line_pages(samples: list[Sample]) -> Iterator[Page]:
    for sample in samples:
        _, texts, rows, labels, weights = train_lines.page_lines(sample)  # type: ignore[no-untyped-call]
        yield Page(sample, rows, labels, weights, texts, _fold(sample.url))


def out_of_fold(pages: list[Page], params: dict[str, object], rounds: int, names: tuple[str, ...]) -> None:
    import lightgbm

    for k in range(FOLDS):
        train = [p for p in pages if p.fold != k and len(p.rows)]
        data = lightgbm.Dataset(np.vstack([p.rows for p in train]), np.concatenate([p.labels for p in train]),
                                weight=np.concatenate([p.weights for p in train]), feature_name=list(names))  # fmt: skip
        booster = lightgbm.train(params, data, rounds)
        for page in pages:
            if page.fold == k:
                page.prob = np.asarray(booster.predict(page.rows)) if len(page.rows) else np.zeros(0)


def score(pages: list[Page], keep: Callable[[Page, float], list[bool]], scarce_words: int, scarce_threshold: float) -> dict[str, float]:
    """Mean page score per dataset when `keep` chooses lines or blocks, with the scarce fallback."""
    scores: dict[str, list[float]] = {"zyte": [], "wcxb": []}
    for page in pages:
        kept = keep(page, THRESHOLD)
        if sum(len(t.split()) for t, k in zip(page.texts, kept, strict=True) if k) < scarce_words:
            kept = keep(page, scarce_threshold)
        text = "\n\n".join(t for t, k in zip(page.texts, kept, strict=True) if k)
        metric = shingle_f1 if page.sample.dataset == "zyte" else word_f1
        scores[page.sample.dataset].append(metric(page.sample.gold_text, text).f1)
    return {name: float(np.mean(values)) for name, values in scores.items()}


def above(page: Page, threshold: float) -> list[bool]:
    assert page.prob is not None
    return [p >= threshold for p in page.prob]


def with_repeats(low: float, need: int) -> Callable[[Page, float], list[bool]]:
    list_like = {t.value for t in REPEATED_CONTENT_TYPES}

    def keep(page: Page, threshold: float) -> list[bool]:
        kept = above(page, threshold)
        if page.page_type not in list_like or page.slots is None or page.prob is None:
            return kept
        counts = Counter(s for s, k in zip(page.slots, kept, strict=True) if k)
        return [k or (p >= low and counts[s] >= need) for k, p, s in zip(kept, page.prob, page.slots, strict=True)]

    return keep


def report(name: str, result: dict[str, float], base: dict[str, float]) -> None:
    print(f"{name:28s} " + "  ".join(f"{k} {result[k] - base[k]:+.4f}" for k in sorted(result)))


def pipeline_scores(pages: list[Page], config: ExtractConfig) -> dict[str, float]:
    """Mean page score per dataset and WCXB page type when the pipeline reads the out-of-fold probabilities."""
    current: list[float] = []
    real_scorer = pipeline.score_blocks  # type: ignore[attr-defined]
    pipeline.score_blocks = lambda rows: current  # type: ignore[attr-defined]
    scores: dict[str, list[float]] = {}
    try:
        for page in pages:
            assert page.prob is not None
            current[:] = page.prob.tolist()
            text = pipeline.extract(page.sample.html, page.sample.url, config).text
            metric = shingle_f1 if page.sample.dataset == "zyte" else word_f1
            f1 = metric(page.sample.gold_text, text).f1
            scores.setdefault(page.sample.dataset, []).append(f1)
            if page.sample.dataset == "wcxb":
                scores.setdefault(page.sample.page_type, []).append(f1)
    finally:
        pipeline.score_blocks = real_scorer  # type: ignore[attr-defined]
    return {name: float(np.mean(values)) for name, values in scores.items()}


def override(config: ExtractConfig, assignment: str) -> ExtractConfig:
    """`name=value` (several joined by commas) applied to `config`, each value read as its field's type."""
    changes: dict[str, Any] = {}
    for part in assignment.split(","):
        name, _, value = part.partition("=")
        changes[name] = type(getattr(config, name))(value)
    return dataclasses.replace(config, **changes)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", choices=("blocks", "lines", "settings"))
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--set", action="append", default=[], help="settings: an ExtractConfig override, e.g. threshold=0.55")
    args = parser.parse_args(argv)
    samples = [s for folder in args.datasets for s in read_dataset(folder) if s.split == "train"]
    defaults = ExtractConfig()
    if args.model in ("blocks", "settings"):
        from copydesk.extract.features import FEATURE_NAMES

        pages = list(block_pages(samples))
        out_of_fold(pages, train_blocks.PARAMS, train_blocks.ROUNDS, FEATURE_NAMES)
    else:
        from copydesk.clean.features import LINE_FEATURES

        pages = list(line_pages(samples))
        out_of_fold(pages, train_lines.PARAMS, train_lines.ROUNDS, LINE_FEATURES)
    if args.model == "settings":
        base = pipeline_scores(pages, defaults)
        print("defaults:", {k: round(v, 4) for k, v in base.items()})
        for assignment in args.set:
            report(assignment, pipeline_scores(pages, override(defaults, assignment)), base)
        return
    base = score(pages, above, 0, 0.0)
    print("no fallback:", {k: round(v, 4) for k, v in base.items()})
    for words in (20, 50, 100, 150, 200):
        for low in (0.2, 0.25, 0.3, 0.35, 0.4):
            report(f"scarce {words} words, {low}", score(pages, above, words, low), base)
    if args.model == "blocks":
        fallback = score(pages, above, defaults.scarce_words, defaults.scarce_threshold)
        for low in (0.3, 0.35, 0.4):
            for need in (2, 3):
                keep = with_repeats(low, need)
                report(f"repeat {low}, {need} kept", score(pages, keep, defaults.scarce_words, defaults.scarce_threshold), fallback)


if __name__ == "__main__":
    main(sys.argv[1:])
