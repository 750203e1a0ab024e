"""Train the block classifier shipped as src/copydesk/extract/models/blocks.txt.

Labels come from the dev sets' gold text: a block is main content when most
of its word trigrams occur in the gold (or, for blocks under three words,
when its words occur as a phrase in the gold).  Pages are split by domain
hash into train and validation, so no site is on both sides; the shipped
model sees only the train split, and the validation scores printed here are
the honest estimate for unseen sites.

    python scripts/train_blocks.py ../shared/data/zyte-aeb ../shared/data/wcxb-dev
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np

from copydesk.bench.datasets import Sample, read_dataset
from copydesk.extract.decode import decode_html
from copydesk.extract.features import FEATURE_NAMES, tokens
from copydesk.extract.page import parse_page
from copydesk.extract.scorer import BLOCK_MODEL

TRIGRAM_MATCH = 0.5  # a block whose trigrams are mostly in the gold is content
PARAMS = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 40,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "verbose": -1,
    "num_threads": 2,
    "seed": 7,
}
ROUNDS = 400


def label(text: str, gold_trigrams: set[tuple[str, ...]], gold_phrase: str) -> int:
    toks = tokens(text)
    if not toks:
        return 0
    if len(toks) < 3:
        return int(f" {' '.join(toks)} " in gold_phrase)
    grams = [tuple(toks[i : i + 3]) for i in range(len(toks) - 2)]
    return int(sum(g in gold_trigrams for g in grams) / len(grams) >= TRIGRAM_MATCH)


def page_rows(sample: Sample) -> tuple[list[list[float]], list[int], list[float]]:
    page = parse_page(decode_html(sample.html))
    gold = tokens(sample.gold_text)
    trigrams = {tuple(gold[i : i + 3]) for i in range(len(gold) - 2)}
    phrase = f" {' '.join(gold)} "
    labels = [label(b.text, trigrams, phrase) for b in page.seg.blocks]
    weights = [math.sqrt(len(b.text.split())) for b in page.seg.blocks]
    return page.rows, labels, weights


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=BLOCK_MODEL)
    args = parser.parse_args(argv)
    import lightgbm

    split: dict[str, tuple[list[list[float]], list[int], list[float]]] = {
        "train": ([], [], []),
        "valid": ([], [], []),
    }
    for folder in args.datasets:
        for sample in read_dataset(folder):
            rows, labels, weights = page_rows(sample)
            part = split[sample.split]
            part[0].extend(rows)
            part[1].extend(labels)
            part[2].extend(weights)
    sets = {
        name: lightgbm.Dataset(np.asarray(x), np.asarray(y), weight=np.asarray(w),
                               feature_name=list(FEATURE_NAMES), free_raw_data=False)  # fmt: skip
        for name, (x, y, w) in split.items()
    }
    booster = lightgbm.train(
        PARAMS, sets["train"], ROUNDS, valid_sets=[sets["valid"]],
        callbacks=[lightgbm.log_evaluation(100)],
    )  # fmt: skip
    for name, (x, y, _) in split.items():
        predicted = booster.predict(np.asarray(x)) >= 0.5
        truth = np.asarray(y).astype(bool)
        accuracy = float((predicted == truth).mean())
        print(f"{name}: {len(y)} blocks, block accuracy {accuracy:.4f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    booster.save_model(str(args.out))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
