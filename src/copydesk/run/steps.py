"""The steps a crawl run applies to every document, composed as a list.

A step maps an iterator of `Document`s to an iterator of `Document`s and
holds nothing between documents but its settings, so it pickles and runs the
same under any engine.  `Extract` turns raw content into an article or an
error; the filters turn articles they do not want into drop rows with a
reason.  A failure inside one document is caught here and becomes that
document's error row; the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from copydesk.clean.pipeline import clean
from copydesk.config import ExtractConfig, FilterConfig, RunConfig
from copydesk.dedup.keys import read_keys
from copydesk.errors import InputError
from copydesk.extract.decode import gunzip_if_needed
from copydesk.extract.pipeline import extract
from copydesk.model import Article, ContentKind, Document
from copydesk.readers.inputs import InputFile
from copydesk.readers.warc import read_located
from copydesk.run.budget import BudgetExceeded, time_budget


class Step(Protocol):
    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]: ...


def extract_content(content: bytes, kind: ContentKind, url: str | None, config: ExtractConfig,
                    timeout_s: float | None, title: str | None = None) -> Article:  # fmt: skip
    """One document's article, HTML extracted or text cleaned (and typed, under its `title` where
    one came with it: `clean`), within the time budget;
    never raises: a page past its budget, a damaged gzip or an exception is an empty article whose
    `drop_reason` says so (``extract:timeout``, ``input:bad_gzip``, ``extract:exception:<Error>``).
    A crawl run's step and `copydesk serve`'s workers both read a page through it."""
    try:
        with time_budget(timeout_s):
            data = gunzip_if_needed(content)
            if kind == "text":
                return clean(data, url=url, page_type=True, title=title)
            return extract(data, url=url, config=config)
    except BudgetExceeded:
        return Article(url=url, drop_reason="extract:timeout")
    except InputError as exc:
        return Article(url=url, drop_reason=exc.reason)
    except Exception as exc:  # one bad page must not end the run
        return Article(url=url, drop_reason=f"extract:exception:{type(exc).__name__}")


@dataclass(frozen=True, slots=True)
class Extract:
    """Raw HTML or text in, `Article` or error slug out, within the time budget."""

    config: ExtractConfig = field(default_factory=ExtractConfig)
    timeout_s: float | None = None

    def process(self, doc: Document) -> Document:
        if not doc.error and doc.content is not None:
            article = extract_content(doc.content, doc.content_kind, doc.source.url, self.config, self.timeout_s, doc.content_title)
            if article.drop_reason:
                doc.error = article.drop_reason
            else:
                doc.article = article
        doc.content = doc.content_title = None
        return doc

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self.process(doc)


@dataclass(frozen=True, slots=True)
class KeepWhere:
    """Drop articles that fail the run's filters, each with its own reason slug."""

    filters: FilterConfig

    def reason(self, doc: Document) -> str | None:
        article, f = doc.article, self.filters
        if article is None:
            return None
        if f.page_types and article.page_type.value not in f.page_types:
            return "filter:page_type"
        if f.languages and (article.language or "") not in f.languages:
            return "filter:language"
        if f.min_words and article.word_count < f.min_words:
            return "filter:min_words"
        return None

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.status == "article" and (why := self.reason(doc)):
                doc.dropped, doc.article = why, None
            yield doc


@dataclass(frozen=True, slots=True)
class ReadDedupKeys:
    """Read each kept article's dedup keys here, in the worker, so that the finalize step's
    serial dedup only looks them up (`dedup.keys`); `near` adds the MinHash sketch."""

    near: bool = False

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.status == "article" and doc.article is not None and doc.article.text.strip():
                doc.dedup_keys = read_keys(doc.article.text, self.near)
            yield doc


@dataclass(frozen=True, slots=True)
class ReadLocated:
    """Read here, in the worker, the WARC records the driver only located (`Document.located`)."""

    max_bytes: int

    def __call__(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield read_located(doc, InputFile(doc.source.path or "", "warc", 0), self.max_bytes) if doc.located else doc


def build_steps(config: RunConfig) -> list[Step]:
    """The per-document steps of a crawl run, in order."""
    steps: list[Step] = [Extract(config.extract, config.doc_timeout_s), KeepWhere(config.filters)]
    if config.dedup != "none":
        steps.append(ReadDedupKeys(near=config.dedup == "near"))
    return steps


def run_steps(steps: list[Step], docs: Iterable[Document]) -> Iterator[Document]:
    stream: Iterable[Document] = docs
    for step in steps:
        stream = step(stream)
    return iter(stream)
