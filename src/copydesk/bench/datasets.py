"""Read the two development benchmarks (or a sample of them) as `Sample`s.

A dataset folder is recognised by its layout: Zyte AEB has
``ground-truth.json`` and ``html/<id>.html.gz``; WCXB has
``ground-truth/<id>.json`` and ``html/<id>.html.gz``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

DatasetKind = Literal["zyte", "wcxb"]
VALIDATION_BUCKETS = 5  # one domain bucket in five is held out of training: a ~20% split


@dataclass(frozen=True, slots=True)
class Sample:
    dataset: DatasetKind
    page_id: str
    url: str
    html: bytes
    gold_text: str
    page_type: str  # "article" for every Zyte page
    title: str | None = None
    author: str | None = None
    published: str | None = None

    @property
    def domain(self) -> str:
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.")

    @property
    def split(self) -> Literal["train", "valid"]:
        """The block model's split, by domain hash, so no site is on both sides."""
        digest = hashlib.md5(self.domain.encode()).digest()
        return "valid" if digest[0] % VALIDATION_BUCKETS == 0 else "train"


def dataset_kind(folder: Path) -> DatasetKind:
    if (folder / "ground-truth.json").is_file():
        return "zyte"
    if (folder / "ground-truth").is_dir():
        return "wcxb"
    raise ValueError(f"{folder} is neither a Zyte AEB nor a WCXB folder")


def _none_if_missing(value: object) -> str | None:
    if value is None or not isinstance(value, str) or value.strip() in ("", "None", "null"):
        return None
    return value


def read_zyte(folder: Path) -> Iterator[Sample]:
    truth = json.loads((folder / "ground-truth.json").read_text())
    for page_id in sorted(truth):
        path = folder / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            continue
        entry = truth[page_id]
        yield Sample("zyte", page_id, entry.get("url", ""), gzip.decompress(path.read_bytes()),
                     entry.get("articleBody") or "", "article")  # fmt: skip


def read_wcxb(folder: Path) -> Iterator[Sample]:
    for truth_path in sorted((folder / "ground-truth").glob("*.json")):
        page_id = truth_path.stem
        path = folder / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            continue
        data = json.loads(truth_path.read_text())
        gold = data["ground_truth"]
        yield Sample(
            "wcxb", page_id, data.get("url", ""), gzip.decompress(path.read_bytes()),
            gold.get("main_content") or "", data["_internal"]["page_type"]["primary"],
            _none_if_missing(gold.get("title")), _none_if_missing(gold.get("author")),
            _none_if_missing(gold.get("publish_date")),
        )  # fmt: skip


def read_dataset(folder: Path) -> Iterator[Sample]:
    kind = dataset_kind(folder)
    return read_zyte(folder) if kind == "zyte" else read_wcxb(folder)
