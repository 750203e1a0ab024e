"""Train the title-candidate scorer shipped as src/copydesk/extract/models/titles.json.

Each WCXB page's candidates (`extract/title.py`) are labelled 1 when they
equal the gold title after the bench's normalisation, else 0.  The split is
the domain-hash split every model here uses; the page-level accuracy printed
for the valid split, beside the hand-written rule's, is the figure to quote.

    python scripts/train_titles.py ../shared/data/wcxb-dev
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from copydesk.bench.datasets import read_wcxb
from copydesk.bench.metadata import norm
from copydesk.extract.decode import decode_html
from copydesk.extract.page import parse_page
from copydesk.extract.scorer import forest_from_lightgbm
from copydesk.extract.title import FEATURE_NAMES, TITLE_MODEL, title_inputs

sys.path.insert(0, str(Path(__file__).parent))
from train_blocks import BINARY_PARAMS  # a sibling script, not a package

PARAMS = {**BINARY_PARAMS, "learning_rate": 0.05, "num_leaves": 7, "min_data_in_leaf": 40}
ROUNDS = 100  # valid accuracy is flat (0.79-0.81) from 3 to 31 leaves; small trees overfit least


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("wcxb", type=Path)
    parser.add_argument("--out", type=Path, default=TITLE_MODEL)
    args = parser.parse_args(argv)
    import lightgbm

    pages: dict[str, list[tuple[list[str], list[list[float]], str | None, str]]] = {"train": [], "valid": []}
    for sample in read_wcxb(args.wcxb):
        if not sample.title:
            continue
        page = parse_page(decode_html(sample.html), sample.url)
        found, rows, rule = title_inputs(page)
        pages[sample.split].append(([c.text for c in found], rows, rule, norm(sample.title)))
    x = [row for texts, rows, _, _ in pages["train"] for row in rows]
    y = [float(norm(t) == gold) for texts, _, _, gold in pages["train"] for t in texts]
    booster = lightgbm.train(PARAMS, lightgbm.Dataset(np.asarray(x), np.asarray(y), feature_name=list(FEATURE_NAMES)), ROUNDS)
    for split, items in pages.items():
        rule_ok = model_ok = 0
        for texts, rows, rule, gold in items:
            rule_ok += norm(rule) == gold
            if texts:
                model_ok += norm(texts[int(np.argmax(booster.predict(np.asarray(rows))))]) == gold
        n = len(items)
        print(f"{split}: {n} pages  rule {rule_ok / n:.3f}  model {model_ok / n:.3f}")
    model = forest_from_lightgbm(booster.dump_model())
    model["feature_names"] = list(FEATURE_NAMES)
    args.out.write_text(json.dumps(model, separators=(",", ":")))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1:])
