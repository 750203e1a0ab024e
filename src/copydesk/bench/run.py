"""Score copydesk (and peers) on a dev set; shared by `copydesk bench` and the quality gate."""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from copydesk.bench.datasets import Sample
from copydesk.bench.metadata import MetaGuess
from copydesk.bench.metrics import exact_match, shingle_f1, word_f1
from copydesk.bench.peers import Extractor
from copydesk.extract.decode import decode_html
from copydesk.extract.pipeline import extract


@dataclass(slots=True)
class PageScore:
    page_id: str
    page_type: str
    split: str
    precision: float
    recall: float
    f1: float
    exact: bool
    ms: float


@dataclass(slots=True)
class SystemResult:
    name: str
    pages: list[PageScore] = field(default_factory=list)

    def mean(self, attr: str, pages: Iterable[PageScore] | None = None) -> float:
        chosen = list(self.pages if pages is None else pages)
        return statistics.fmean(getattr(p, attr) for p in chosen) if chosen else 0.0

    @property
    def median_ms(self) -> float:
        return statistics.median(p.ms for p in self.pages) if self.pages else 0.0

    def by(self, key: str) -> dict[str, list[PageScore]]:
        groups: dict[str, list[PageScore]] = defaultdict(list)
        for page in self.pages:
            groups[getattr(page, key)].append(page)
        return dict(groups)


class CopydeskExtractor:
    """copydesk as a bench extractor; remembers each page's predicted page type."""

    def __init__(self) -> None:
        self.page_types: list[str] = []
        self.metadata: list[MetaGuess] = []

    def __call__(self, html: str, url: str | None) -> str:
        article = extract(html, url=url)
        self.page_types.append(article.page_type.value)
        self.metadata.append(MetaGuess(article.title, article.authors, article.published))
        return article.text


def page_type_accuracy(samples: list[Sample], predicted: list[str]) -> dict[str, float]:
    """Share of pages whose predicted type is the gold one, overall and by split."""
    hits: dict[str, list[bool]] = defaultdict(list)
    for sample, guess in zip(samples, predicted, strict=True):
        hit = sample.page_type == guess
        hits["all"].append(hit)
        hits[sample.split].append(hit)
    return {name: statistics.fmean(values) for name, values in hits.items()}


def _score_page(run: Extractor, sample: Sample, page_input: str) -> PageScore:
    start = time.perf_counter()
    try:
        predicted = run(page_input, sample.url)
    except Exception:  # a peer crashing on a page scores zero there, as in the published runs
        predicted = ""
    elapsed = (time.perf_counter() - start) * 1000
    metric = shingle_f1 if sample.dataset == "zyte" else word_f1
    prf = metric(sample.gold_text, predicted)
    return PageScore(sample.page_id, sample.page_type, sample.split, prf.precision, prf.recall, prf.f1,
                     exact_match(sample.gold_text, predicted), elapsed)  # fmt: skip


def score_system(name: str, run: Extractor, samples: list[Sample],
                 texts: list[str], on_page: Callable[[], None] | None = None) -> SystemResult:  # fmt: skip
    """Run one extractor over decoded pages, timing each call."""
    result = SystemResult(name)
    for sample, html in zip(samples, texts, strict=True):
        result.pages.append(_score_page(run, sample, html))
        if on_page:
            on_page()
    return result


def score_systems(systems: list[tuple[str, Extractor, list[str]]], samples: list[Sample]) -> list[SystemResult]:
    """Run several extractors (name, extractor, one input per page) over the same pages,
    taking turns page by page, the order rotated from page to page.  On a shared
    machine a slow spell then costs every system alike, so the time ratios in one run
    compare like with like (one system after another, a spell hits one of them)."""
    results = [SystemResult(name) for name, _, _ in systems]
    for i, sample in enumerate(samples):
        for turn in range(len(systems)):
            k = (i + turn) % len(systems)
            _name, run, inputs = systems[k]
            results[k].pages.append(_score_page(run, sample, inputs[i]))
    return results


def decode_samples(samples: list[Sample]) -> list[str]:
    """Decode every page once, outside the timed region, for all systems alike."""
    return [decode_html(s.html) for s in samples]
