"""Train the page-type classifier shipped as src/copydesk/extract/models/pagetype.json.

WCXB pages carry a gold page type; the split is the same domain-hash split
as the block model's, and the validation accuracy printed here is the
figure to quote for unseen sites.

    python scripts/train_pagetype.py ../shared/data/wcxb-dev
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from copydesk.bench.datasets import read_wcxb
from copydesk.extract.decode import decode_html
from copydesk.extract.page import parse_page
from copydesk.extract.pagetype import FEATURE_NAMES, PAGE_TYPES, PAGETYPE_MODEL, page_features
from copydesk.extract.scorer import forest_from_lightgbm

PARAMS = {
    "objective": "multiclass",
    "num_class": len(PAGE_TYPES),
    "learning_rate": 0.05,
    "num_leaves": 7,
    "min_data_in_leaf": 20,
    "feature_fraction": 0.8,
    "lambda_l2": 1.0,
    "verbose": -1,
    "num_threads": 2,
    "seed": 7,
}
ROUNDS = 100  # validation accuracy is flat (0.71-0.72) across leaves 4-15 and 60-100 rounds


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("wcxb", type=Path)
    parser.add_argument("--out", type=Path, default=PAGETYPE_MODEL)
    args = parser.parse_args(argv)
    import lightgbm

    index = {t.value: i for i, t in enumerate(PAGE_TYPES)}
    data: dict[str, tuple[list[list[float]], list[int]]] = {"train": ([], []), "valid": ([], [])}
    for sample in read_wcxb(args.wcxb):
        page = parse_page(decode_html(sample.html))
        rows, labels = data[sample.split]
        rows.append(page_features(page, sample.url))
        labels.append(index[sample.page_type])
    train_x, train_y = data["train"]
    booster = lightgbm.train(PARAMS, lightgbm.Dataset(np.asarray(train_x), np.asarray(train_y),
                                                      feature_name=list(FEATURE_NAMES)), ROUNDS)  # fmt: skip
    for split, (x, y) in data.items():
        predicted = booster.predict(np.asarray(x)).argmax(axis=1)
        truth = np.asarray(y)
        per_type = Counter(PAGE_TYPES[t].value for t, p in zip(truth, predicted, strict=True) if t == p)
        totals = Counter(PAGE_TYPES[t].value for t in truth)
        detail = ", ".join(f"{t} {per_type[t]}/{totals[t]}" for t in totals)
        print(f"{split}: accuracy {float((predicted == truth).mean()):.3f} ({detail})")
    args.out.write_text(json.dumps(forest_from_lightgbm(booster.dump_model())))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
