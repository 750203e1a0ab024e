"""Train the line model shipped as src/copydesk/extract/models/lines.json.

Input is what `copydesk bench --mode text` feeds the cleaner: each dev page
rendered by html-text (guess_layout=True).  A line is content when most of
its word trigrams occur in the gold text (phrases, for lines under three
words).  Same domain-hash split as the block model; the shipped model sees
only the train split.

    python scripts/train_lines.py ../shared/data/zyte-aeb ../shared/data/wcxb-dev
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

from copydesk.bench.datasets import read_dataset
from copydesk.bench.metrics import shingle_f1, word_f1
from copydesk.bench.textmode import render
from copydesk.clean.features import LINE_FEATURES, line_features, split_lines
from copydesk.clean.lines import LINE_MODEL, Labelled, mark_furniture
from copydesk.extract.decode import decode_html
from copydesk.extract.features import tokens
from copydesk.extract.scorer import forest_from_lightgbm

sys.path.insert(0, str(Path(__file__).parent))
from train_blocks import BINARY_PARAMS, label, load_or_build  # shared settings, labelling rule and page cache

PARAMS = {**BINARY_PARAMS, "learning_rate": 0.1, "num_leaves": 31, "max_depth": 7, "min_data_in_leaf": 200}
ROUNDS = 100
THRESHOLD = 0.5


def page_lines(sample):  # type: ignore[no-untyped-def]
    lines = split_lines(render(decode_html(sample.html)))
    mark_furniture(lines, [line.text for line in lines], Labelled(lines, [""] * len(lines)))
    gold = tokens(sample.gold_text)
    trigrams = {tuple(gold[i : i + 3]) for i in range(len(gold) - 2)}
    phrase = f" {' '.join(gold)} "
    labels = [0 if line.furniture else label(line.text, trigrams, phrase) for line in lines]
    weights = [math.sqrt(line.words) for line in lines]
    return sample, [line.text for line in lines], line_features(lines), labels, weights


def page_f1(pages, booster) -> dict[str, float]:  # type: ignore[no-untyped-def]
    scores: dict[str, list[float]] = {"zyte": [], "wcxb": []}
    for sample, texts, rows, _, _ in pages:
        probs = booster.predict(rows) if len(rows) else []
        kept = "\n".join(t for t, p in zip(texts, probs, strict=True) if p >= THRESHOLD)
        metric = shingle_f1 if sample.dataset == "zyte" else word_f1
        scores[sample.dataset].append(metric(sample.gold_text, kept).f1)
    return {k: float(np.mean(v)) for k, v in scores.items() if v}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=PARAMS["seed"], help="LightGBM's seed (retrain at two to tell a change from seed noise)")
    args = parser.parse_args(argv)
    import lightgbm

    pages = load_or_build(args.cache, lambda: [page_lines(s) for folder in args.datasets for s in read_dataset(folder)])
    train = [p for p in pages if p[0].split == "train"]
    valid = [p for p in pages if p[0].split == "valid"]
    rows = np.vstack([p[2] for p in train])
    data = lightgbm.Dataset(rows, np.asarray([y for p in train for y in p[3]]),
                            weight=np.asarray([w for p in train for w in p[4]]), feature_name=list(LINE_FEATURES))  # fmt: skip
    booster = lightgbm.train({**PARAMS, "seed": args.seed}, data, ROUNDS)
    print("train line-kept page F1:", page_f1(train, booster))
    print("valid line-kept page F1:", page_f1(valid, booster))
    LINE_MODEL.write_text(json.dumps(forest_from_lightgbm(booster.dump_model())))
    print(f"wrote {LINE_MODEL}")


if __name__ == "__main__":
    main(sys.argv[1:])
