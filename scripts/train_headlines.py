"""Train text mode's title ranker, shipped as src/copydesk/extract/models/headlines.json.

Each WCXB page with a gold title is rendered to its visible text as the text bench renders it
(html-text, `bench.textmode.render`) twice: whole, opening with the page's <title> line as
crawlers print it, and without that line, as a scraper printing the page's body alone does.  Each
rendering's candidate lines (`clean.headline.candidate_lines`) are labelled 1 where the title they
give equals the gold title after the bench's normalisation.  The split is the domain-hash split
every model here uses: the valid rows printed (titles right of the pages, the rules' against the
ranker's) are the figures to quote for unseen sites.

    python scripts/train_headlines.py ../shared/data/wcxb-dev
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt

from copydesk.bench.datasets import read_wcxb
from copydesk.bench.metadata import norm
from copydesk.bench.run import decode_samples
from copydesk.bench.textmode import render
from copydesk.clean.headline import (
    FEATURE_NAMES,
    HEADLINE_MODEL,
    best_candidate,
    candidate_lines,
    rules_stand,
)
from copydesk.clean.lines import kept_lines, story_paragraphs
from copydesk.clean.pipeline import clean_lines
from copydesk.clean.title import find_title, page_title_line
from copydesk.extract.scorer import forest_from_lightgbm

headline = importlib.import_module("copydesk.clean.headline")
PARAMS = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 7,  # valid titles flat from 4 to 15 leaves; train titles rise with more (overfitting)
    "min_data_in_leaf": 40,
    "feature_fraction": 0.8,
    "verbose": -1,
    "seed": 7,
    "num_threads": 2,
}
ROUNDS = 300
SHAPES = ("with <title> line", "without it")

# A rendering: the rules' title, whether it stands without the ranker (`headline.rules_stand`),
# the candidates' titles, their rows, which are the story's paragraphs, and the gold title.
Page = tuple[str | None, bool, list[str], npt.NDArray[np.float64], list[bool], str]


def page_rows(text: str, gold: str) -> Page:
    """One rendering's candidates as `clean` reads them (`Page`)."""
    _article, labelled = clean_lines(text, None)
    scan = labelled.scan
    if scan is None:
        return None, True, [], np.zeros((0, len(FEATURE_NAMES))), [], gold
    keep, story = kept_lines(scan)
    found = find_title(scan.lines, scan.texts, story, keep)
    first = page_title_line(scan.lines)
    indices, titles, rows = candidate_lines(
        scan.lines, scan.texts, story, keep, scan.rows, scan.probabilities, scan.flags.stamps, found[0], found[2], first
    )
    in_story = story_paragraphs(labelled.labels)
    paragraphs = [in_story[i] for i in indices]
    return found[1], rules_stand(scan.lines, found, first), titles, rows, paragraphs, gold


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("wcxb", type=Path)
    parser.add_argument("--out", type=Path, default=HEADLINE_MODEL)
    args = parser.parse_args(argv)
    import lightgbm

    headline._model = lambda: None  # the ranker is what is trained: a shipped model (stale, maybe) is not read

    samples = [sample for sample in read_wcxb(args.wcxb) if sample.title]
    pages: dict[tuple[str, str], list[Page]] = {(split, shape): [] for split in ("train", "valid") for shape in SHAPES}
    for sample, html in zip(samples, decode_samples(samples), strict=True):
        whole = render(html)
        for shape, text in zip(SHAPES, (whole, whole.partition("\n")[2].lstrip("\n")), strict=True):
            pages[(sample.split, shape)].append(page_rows(text, norm(sample.title)))
    train = [page for shape in SHAPES for page in pages[("train", shape)] if page[2]]
    x = np.vstack([page[3] for page in train])
    y = np.asarray([float(norm(title) == page[5]) for page in train for title in page[2]])
    booster = lightgbm.train(PARAMS, lightgbm.Dataset(x, y, feature_name=list(FEATURE_NAMES)), ROUNDS)
    for (split, shape), items in pages.items():
        rules_right = ranked_right = 0
        for rules, stands, titles, rows, paragraphs, gold in items:
            rules_right += norm(rules) == gold
            best = None if stands or not titles else best_candidate(list(range(len(titles))), booster.predict(rows), paragraphs)
            ranked_right += norm(rules if best is None else titles[best]) == gold
        print(f"{split} {shape}: {len(items)} pages, titles right: rules {rules_right}, ranker {ranked_right}")
    args.out.write_text(json.dumps(forest_from_lightgbm(booster.dump_model()), separators=(",", ":")))  # named as trained
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
