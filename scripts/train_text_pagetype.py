"""Train text mode's page-type classifier, shipped as src/copydesk/extract/models/textpagetype.json.

Each WCXB page is rendered to its visible text as the text bench renders it
(html-text, `bench.textmode.render`), cleaned, and described by
`clean.pagetype.text_page_features`; the label is WCXB's gold page type.  The
split is the block model's domain-hash split: the validation accuracy printed
here is the figure to quote for unseen sites.  The Zyte pages (all articles)
are printed as a further check, never trained on.

    python scripts/train_text_pagetype.py ../shared/data/wcxb-dev ../shared/data/zyte-aeb
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from copydesk.bench.datasets import Sample, read_dataset
from copydesk.bench.run import decode_samples
from copydesk.bench.textmode import render
from copydesk.clean.pagetype import TEXT_FEATURE_NAMES, TEXT_PAGETYPE_MODEL, text_page_features
from copydesk.clean.pipeline import clean_lines
from copydesk.extract.pagetype import PAGE_TYPES
from copydesk.extract.scorer import forest_from_lightgbm

PARAMS = {
    "objective": "multiclass",
    "num_class": len(PAGE_TYPES),
    "learning_rate": 0.2,
    "num_leaves": 4,
    "min_data_in_leaf": 10,
    "feature_fraction": 0.8,
    "lambda_l2": 1.0,
    "verbose": -1,
    "num_threads": 2,
    "seed": 7,
}
# Validation accuracy is flat (0.70-0.74, 301 pages: +-0.03 is noise) across 4-15 leaves, 20-200
# rounds and learning rates 0.05-0.2; the fewest, shallowest trees cost least to walk (20 rounds
# of 4 leaves: 0.732 over three seeds, as 40 of 7).
ROUNDS = 20


def features(samples: list[Sample]) -> list[list[float]]:
    rows = []
    for sample, html in zip(samples, decode_samples(samples), strict=True):
        text = render(html)
        article, labelled = clean_lines(text, sample.url) if text.strip() else (None, None)
        rows.append(text_page_features(text, labelled, article) if article and labelled else [0.0] * len(TEXT_FEATURE_NAMES))
    return rows


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wcxb", type=Path)
    parser.add_argument("zyte", type=Path, nargs="?")
    parser.add_argument("--out", type=Path, default=TEXT_PAGETYPE_MODEL)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args(argv)
    import lightgbm

    index = {t.value: i for i, t in enumerate(PAGE_TYPES)}
    samples = list(read_dataset(args.wcxb))
    rows = features(samples)
    data: dict[str, tuple[list[list[float]], list[int]]] = {"train": ([], []), "valid": ([], [])}
    for sample, row in zip(samples, rows, strict=True):
        data[sample.split][0].append(row)
        data[sample.split][1].append(index[sample.page_type])
    train_x, train_y = data["train"]
    booster = lightgbm.train(PARAMS, lightgbm.Dataset(np.asarray(train_x), np.asarray(train_y),
                                                      feature_name=list(TEXT_FEATURE_NAMES)), args.rounds)  # fmt: skip
    for split, (x, y) in data.items():
        predicted = booster.predict(np.asarray(x)).argmax(axis=1)
        truth = np.asarray(y)
        right = Counter(PAGE_TYPES[t].value for t, p in zip(truth, predicted, strict=True) if t == p)
        totals = Counter(PAGE_TYPES[t].value for t in truth)
        detail = ", ".join(f"{t} {right[t]}/{totals[t]}" for t in totals)
        print(f"{split}: accuracy {float((predicted == truth).mean()):.3f} ({detail})")
    if args.zyte:
        predicted = booster.predict(np.asarray(features(list(read_dataset(args.zyte))))).argmax(axis=1)
        print(f"zyte (all articles): {float((predicted == index['article']).mean()):.3f} read as articles")
    args.out.write_text(json.dumps(forest_from_lightgbm(booster.dump_model())))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
