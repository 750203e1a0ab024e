"""Settings, as frozen dataclasses with their defaults in code.

The CLI builds these once; library code never reads argv or the environment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from copydesk.model import PageType


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """How `extract` decides what is main content.

    `threshold` is the block classifier's probability above which a block is
    kept; 0.5 is where WCXB's validation F1 peaks.  Pages classified as
    articles use `article_threshold` instead: the blocks near the bar beside
    a story are teasers, captions and related cards, so articles are
    precision-bound.  0.55 was chosen on out-of-fold predictions for the
    train split (Zyte +0.0045, WCXB articles unchanged; 0.6 costs WCXB
    articles 0.002); with the shipped model, Zyte valid 0.941 -> 0.945 and
    WCXB valid articles +0.0015 (docs/EXPERIMENTS.md, Session 6).
    When the blocks above it make fewer than `scarce_words` words, the page's
    content is what the model is least unsure of: blocks above
    `scarce_threshold` are taken instead.  Product cards, listing rows and
    short documentation pages score low one by one; with 50 words and 0.25,
    WCXB valid F1 0.860 -> 0.868 (collections +0.021, listings +0.021), Zyte
    unchanged (docs/EXPERIMENTS.md).  On list-like pages (forums, listings,
    collections, documentation, service pages) a block whose slot in the
    page's structure holds at least `repeat_min_kept` kept blocks needs only
    `repeat_threshold`: the other posts and items of a run the model half
    recognised.  Chosen on out-of-fold predictions for the train split (5
    domain folds; 0.3 and 2 among 0.3-0.4 and 2-3: WCXB +0.005 there, Zyte
    unchanged); with the shipped model, WCXB valid 0.868 -> 0.873.
    On article pages, blocks are kept in runs (`extract/runs.py`): each
    switch between keeping and dropping along the page costs
    `article_run_penalty` (score units: log-odds over the bar times the
    square root of the block's words), so a short paragraph inside the story
    stays and a stray card among the furniture goes.  Chosen on the train
    split (WCXB train 0.8956 / 0.8959 / 0.8961 / 0.8960 / 0.8959 at 0 / 0.25 /
    0.5 / 0.75 / 1; Zyte train 0.9658 / 0.9664 / 0.9672 / 0.9674 / 0.9675);
    at 0.5, Zyte valid 0.9457 -> 0.9513, WCXB valid 0.8722 -> 0.8723.  Not
    on other page types: WCXB forums and collections lose (0.845 -> 0.842,
    0.747 -> 0.739).
    `max_input_bytes` bounds memory and time:
    larger pages are dropped with ``input:too_large``.
    `page_type`, when given, is every page's type instead of the page-type
    model's guess (a corpus known to be news stories; `clean` reads Markdown
    as article pages when it does not type them).
    """

    threshold: float = 0.5
    article_threshold: float = 0.55
    scarce_words: int = 50
    scarce_threshold: float = 0.25
    repeat_threshold: float = 0.3
    repeat_min_kept: int = 2
    article_run_penalty: float = 0.5
    max_input_bytes: int = 16 * 1024 * 1024
    include_title_in_text: bool = False
    page_type: PageType | None = None


OutputFormat = Literal["jsonl", "jsonl.gz", "jsonl.zst", "parquet", "sqlite"]
EngineName = Literal["local", "ray"]
DedupMode = Literal["none", "exact", "near"]


def comma_list(value: str) -> tuple[str, ...]:
    """The items of a comma-separated option ("en, FR" -> ("en", "fr")): the CLI's filters and
    `copydesk serve`'s search parameters."""
    return tuple(item.strip().lower() for item in value.split(",") if item.strip())


@dataclass(frozen=True, slots=True)
class FilterConfig:
    """Which articles a crawl run keeps; the others become ``filter:*`` drop rows."""

    page_types: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    min_words: int = 0


@dataclass(frozen=True, slots=True)
class RunConfig:
    """How `copydesk extract INPUT... -o OUT` runs.

    `doc_timeout_s` is the per-document budget: a page that takes longer is
    an ``extract:timeout`` row (a normal page takes tens of milliseconds).
    `batch_docs` and `batch_bytes` size the batches sent to worker processes:
    big enough that inter-process overhead is small next to extraction, small
    enough that few documents are in flight (memory stays flat).
    `files_per_shard` groups single-page files into output shards.
    """

    workers: int = 1
    engine: EngineName = "local"
    ray_address: str | None = None
    output_format: OutputFormat = "jsonl"
    dedup: DedupMode = "none"
    filters: FilterConfig = field(default_factory=FilterConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    doc_timeout_s: float = 10.0
    batch_docs: int = 16
    batch_bytes: int = 4 * 1024 * 1024
    files_per_shard: int = 1000
    show_progress: bool = False
