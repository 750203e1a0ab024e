"""The records that flow through copydesk.

A reader makes a `Document` (where the bytes came from), extraction fills its
`Article`, and writers serialise it.  Every field is typed; new facts become
new fields, never keys in a free-form dict.  `to_dict` / `from_dict` give a
lossless JSON round-trip.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

import orjson

if TYPE_CHECKING:
    from copydesk.dedup.keys import DedupKeys


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    """A record as JSON-ready dicts and lists: `dataclasses.asdict` with enums as their values,
    without its deep copies (strings are immutable; every list and dict here is built anew).
    A crawl serialises every article, so this is on the hot path."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}  # type: ignore[arg-type]
    return value

SCHEMA_VERSION = 1
LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair, alone: no UTF-8 for it


def without_lone_surrogates(value: Any) -> Any:
    """`value` (JSON-ready dicts, lists, strings) with each lone surrogate as U+FFFD."""
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {key: without_lone_surrogates(item) for key, item in value.items()}
    return value


class BlockKind(StrEnum):
    """What a piece of main content is, in reading order."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"
    CAPTION = "caption"


class PageType(StrEnum):
    """WCXB's page taxonomy, plus OTHER for pages that fit none."""

    ARTICLE = "article"
    FORUM = "forum"
    PRODUCT = "product"
    COLLECTION = "collection"
    LISTING = "listing"
    DOCUMENTATION = "documentation"
    SERVICE = "service"
    OTHER = "other"


InputKind = Literal["html", "warc", "text", "jsonl", "rows"]  # rows: a row file copydesk wrote (`copydesk dedup`'s input)


TABLE_CELL_SEPARATOR = " | "  # a table block is one row, its cells joined by this


@dataclass(slots=True)
class Block:
    """One unit of main content. `level` is set for headings (1-6) only; a table block is one
    row of its table, the cells joined by `TABLE_CELL_SEPARATOR`."""

    kind: BlockKind
    text: str
    level: int | None = None


@dataclass(slots=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(slots=True)
class RelatedLink:
    title: str
    url: str | None = None


MediaKind = Literal["video", "image", "audio", "social", "other"]


@dataclass(slots=True)
class Media:
    kind: MediaKind
    title: str | None = None
    url: str | None = None


@dataclass(slots=True)
class Dateline:
    place: str
    agency: str | None = None


@dataclass(slots=True)
class RemovedLine:
    """A line the text cleaner cut, with why, so a user can audit it."""

    text: str
    reason: str


@dataclass(slots=True)
class Article:
    """The clean article: main content as blocks and text, plus its facts.

    `text` is the blocks' text joined by blank lines.  `drop_reason` is set
    (and the content empty) when no article could be produced, e.g.
    ``input:empty`` or ``input:binary``.
    """

    url: str | None = None
    title: str | None = None
    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    text_source: str | None = None  # jsonld: the page's articleBody, the page printing less of the story
    language: str | None = None
    page_type: PageType = PageType.OTHER
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_source: str | None = None  # jsonld | meta | twitter | byline | microdata | text | forum_post
    published: str | None = None
    published_source: str | None = None  # url | meta | jsonld | time | text
    modified: str | None = None
    modified_source: str | None = None  # jsonld | meta | text
    site_name: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    wire_agency: str | None = None
    syndicated_from: str | None = None  # the outlet a republished story credits as its first publisher
    original_url: str | None = None  # the first publication's address, where the credit or markup gives it
    access: str | None = None  # free | metered | paywalled, as the page's markup declares the story's access
    corrections: list[str] = field(default_factory=list)  # the correction notes the story prints (they stay in its text)
    captions: list[Caption] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    drop_reason: str | None = None

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _plain(self)
        return data

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["page_type"] = PageType(data.get("page_type", PageType.OTHER.value))
        kwargs["blocks"] = [
            Block(BlockKind(b["kind"]), b["text"], b.get("level")) for b in data.get("blocks", [])
        ]
        kwargs["captions"] = [Caption(**c) for c in data.get("captions", [])]
        kwargs["related"] = [RelatedLink(**r) for r in data.get("related", [])]
        kwargs["media"] = [Media(**m) for m in data.get("media", [])]
        kwargs["removed"] = [RemovedLine(**r) for r in data.get("removed", [])]
        if data.get("dateline"):
            kwargs["dateline"] = Dateline(**data["dateline"])
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))


@dataclass(slots=True)
class Source:
    """Where a document's bytes came from.

    `index` numbers the records of one input file from 0, so `doc_id`
    (path and index) names a record uniquely and stably across runs.
    `offset` is the record's byte position in its file (WARC: the start of
    the record, compressed; JSONL: the start of the line).
    """

    kind: InputKind
    path: str | None = None
    url: str | None = None
    warc_record_id: str | None = None
    offset: int | None = None
    index: int = 0

    @property
    def doc_id(self) -> str:
        return f"{self.path or '-'}#{self.index}"


DocumentStatus = Literal["article", "dropped", "error"]
ContentKind = Literal["html", "text"]


@dataclass(slots=True)
class Document:
    """The record a pipeline moves: source, the article, and why it has none.

    A reader fills `source` and `content` (the raw bytes, never serialised);
    the extract step replaces `content` with an `article` or an `error`
    slug (``input:not_html``, ``extract:timeout``); filters and dedup set
    `dropped` (``filter:language``, ``dedup:exact``, ``dedup:near``) and clear the article.
    Every input record yields exactly one `Document`, so one output row.
    """

    source: Source
    article: Article | None = None
    error: str | None = None
    dropped: str | None = None
    duplicate_of: str | None = None
    # On a kept article of a dedup run: how many later rows are its copies (their `duplicate_of`
    # names it); None when none are, or without dedup (and then left out of `to_dict`).
    copies: int | None = None
    content: bytes | None = field(default=None, repr=False, compare=False)
    content_kind: ContentKind = "html"
    # The page's title a reader found beside a text's `content` (a JSONL record's "title"): the
    # cleaner reads it as the <title> line over the text (`clean(..., title=...)`); never serialised.
    content_title: str | None = field(default=None, repr=False, compare=False)
    # The article text's dedup keys (`dedup.keys.DedupKeys`), read in the worker for the finalize
    # step's serial dedup; carried in the run's part files only, never in an output row.
    dedup_keys: DedupKeys | None = field(default=None, repr=False, compare=False)
    # A WARC record the reader only located (`readers.warc.read_warc(locate=True)`): its payload
    # is still in its file at `source.offset`, for the worker to read (`readers.warc.read_located`).
    located: bool = field(default=False, repr=False, compare=False)

    @property
    def status(self) -> DocumentStatus:
        if self.error:
            return "error"
        return "dropped" if self.dropped else "article"

    @property
    def reason(self) -> str | None:
        return self.error or self.dropped

    def to_dict(self) -> dict[str, Any]:
        return self._row(asdict(self.source), self.article.to_dict() if self.article else None)

    def to_json_line(self) -> bytes:
        """The output row as compact UTF-8 JSON, equal to `to_dict` read back; orjson writes the
        records as they are, several times faster than `json.dumps(to_dict())`, which a crawl pays
        on every document.  A string holding a lone surrogate (a page's JSON escaped half an
        emoji, "\\ud83d") has it as U+FFFD, where UTF-8 could not hold it."""
        try:
            return orjson.dumps(self._row(self.source, self.article))
        except orjson.JSONEncodeError:
            return orjson.dumps(without_lone_surrogates(self.to_dict()))

    def _row(self, source: Any, article: Any) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": self.source.doc_id,
            "status": self.status,
            "reason": self.reason,
            "duplicate_of": self.duplicate_of,
            **({"copies": self.copies} if self.copies is not None else {}),
            "source": source,
            "article": article,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        article = Article.from_dict(data["article"]) if data.get("article") else None
        status, reason = data.get("status"), data.get("reason")
        return cls(
            Source(**data["source"]),
            article,
            error=reason if status == "error" else None,
            dropped=reason if status == "dropped" else None,
            duplicate_of=data.get("duplicate_of"),
            copies=data.get("copies"),
        )
