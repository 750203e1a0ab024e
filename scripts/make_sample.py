"""Copy the small, attributed dev-set sample bundled for the quality gate.

Picks a fixed set of pages (the first N per page type, by id, from each
split) from ../shared/data into tests/data/, in the datasets' own layout, so
`read_dataset` and the gate read it exactly like the full sets.

    python scripts/make_sample.py ../shared/data tests/data
"""

from __future__ import annotations

import json
import shutil
import sys
from collections import defaultdict
from pathlib import Path

from copydesk.bench.datasets import read_wcxb, read_zyte

WCXB_PER_TYPE_AND_SPLIT = 3  # 7 types x 2 splits x 3 = 42 pages
ZYTE_PER_SPLIT = 6
ATTRIBUTION = {
    "wcxb-dev": "Sample of WCXB (Web Content eXtraction Benchmark, Murrough Foley 2026), development split, "
    "CC-BY-4.0 (LICENSE beside this file). Pages copied unchanged.",
    "zyte-aeb": "Sample of the Zyte (Scrapinghub) article-extraction-benchmark, MIT licence (LICENSE beside "
    "this file). Pages copied unchanged; ground-truth.json holds only the sampled entries.",
}


def main(source: Path, target: Path) -> None:
    wcxb_in, wcxb_out = source / "wcxb-dev", target / "wcxb-dev"
    (wcxb_out / "html").mkdir(parents=True, exist_ok=True)
    (wcxb_out / "ground-truth").mkdir(parents=True, exist_ok=True)
    taken: dict[tuple[str, str], int] = defaultdict(int)
    for sample in read_wcxb(wcxb_in):
        key = (sample.page_type, sample.split)
        if taken[key] >= WCXB_PER_TYPE_AND_SPLIT:
            continue
        taken[key] += 1
        shutil.copy(wcxb_in / "html" / f"{sample.page_id}.html.gz", wcxb_out / "html")
        shutil.copy(wcxb_in / "ground-truth" / f"{sample.page_id}.json", wcxb_out / "ground-truth")
    zyte_in, zyte_out = source / "zyte-aeb", target / "zyte-aeb"
    (zyte_out / "html").mkdir(parents=True, exist_ok=True)
    truth = json.loads((zyte_in / "ground-truth.json").read_text())
    chosen: dict[str, object] = {}
    per_split: dict[str, int] = defaultdict(int)
    for sample in read_zyte(zyte_in):
        if per_split[sample.split] >= ZYTE_PER_SPLIT:
            continue
        per_split[sample.split] += 1
        chosen[sample.page_id] = truth[sample.page_id]
        shutil.copy(zyte_in / "html" / f"{sample.page_id}.html.gz", zyte_out / "html")
    (zyte_out / "ground-truth.json").write_text(json.dumps(chosen, ensure_ascii=False, indent=1))
    for name, text in ATTRIBUTION.items():
        shutil.copy(source / name / "LICENSE", target / name / "LICENSE")
        (target / name / "ATTRIBUTION.txt").write_text(text + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
