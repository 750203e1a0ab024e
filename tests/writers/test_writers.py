"""Writers: Parquet columns and nesting, SQLite rows and its full-text index, compressed JSONL."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from copydesk.config import RunConfig
from copydesk.errors import InputError
from copydesk.model import Article, Block, BlockKind, Caption, Document, Source
from copydesk.run.job import run_job
from copydesk.search.sqlite import fts_query, search
from copydesk.writers import format_of, open_writer
from tests.crawl_fixtures import news_records, warc_record, write_warc


def _documents() -> list[dict]:
    article = Article(
        url="https://e.example/a", title="Bridge vote passes", text="The council voted.\n\nWork starts soon.",
        blocks=[Block(BlockKind.HEADING, "Vote", 2), Block(BlockKind.PARAGRAPH, "The council voted.")],
        authors=["Ann Lee"], captions=[Caption("The bridge", "Photo: J. Doe")],
    )  # fmt: skip
    return [
        Document(Source("warc", path="c.warc.gz", url="https://e.example/a", offset=0, index=0), article).to_dict(),
        Document(Source("warc", path="c.warc.gz", offset=900, index=1), error="input:not_html").to_dict(),
    ]


def test_format_of_suffixes() -> None:
    assert [format_of(Path(n)) for n in ("a.jsonl", "a.JSONL.GZ", "a.parquet", "a.sqlite", "a.jsonl.zst", "out")] == [
        "jsonl", "jsonl.gz", "parquet", "sqlite", "jsonl.zst", None,
    ]  # fmt: skip


def test_parquet_rows_keep_nested_fields(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    writer = open_writer(tmp_path / "o.parquet", "parquet")
    for doc in _documents():
        writer.write(doc)
    writer.close()
    rows = pq.read_table(tmp_path / "o.parquet").to_pylist()
    assert [r["status"] for r in rows] == ["article", "error"]
    assert rows[0]["blocks"][0] == {"kind": "heading", "text": "Vote", "level": 2}
    assert rows[0]["captions"] == [{"text": "The bridge", "credit": "Photo: J. Doe"}]
    assert rows[0]["authors"] == ["Ann Lee"] and rows[0]["word_count"] == 6
    assert rows[1]["reason"] == "input:not_html" and rows[1]["source_offset"] == 900 and rows[1]["title"] is None


def test_sqlite_rows_and_search(tmp_path: Path) -> None:
    writer = open_writer(tmp_path / "o.sqlite", "sqlite")
    for doc in _documents():
        writer.write(doc)
    writer.close()
    db = sqlite3.connect(tmp_path / "o.sqlite")
    assert db.execute("SELECT status, reason FROM documents ORDER BY rowid").fetchall() == [
        ("article", None), ("error", "input:not_html"),
    ]  # fmt: skip
    assert json.loads(db.execute("SELECT authors FROM documents WHERE rowid = 1").fetchone()[0]) == ["Ann Lee"]
    hits = search(tmp_path / "o.sqlite", "council vote!")
    assert [h.title for h in hits] == ["Bridge vote passes"] and "[council]" in hits[0].snippet
    assert search(tmp_path / "o.sqlite", "nowhere") == []


def test_search_ranks_title_matches_first(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    write_warc(root / "a.warc.gz", news_records(6))
    run_job([str(root)], tmp_path / "o.sqlite", RunConfig(workers=1))
    hits = search(tmp_path / "o.sqlite", "number 3")
    assert hits[0].title == "Story number 3 makes the news"


def test_search_hits_say_how_often_a_story_ran_elsewhere(tmp_path: Path) -> None:
    """A kept story's count of copies (`Document.copies`) comes with its hit; a store without the column still searches."""
    root = tmp_path / "in"
    root.mkdir()
    write_warc(root / "a.warc.gz", [*news_records(3), *news_records(2)])  # stories 0 and 1 twice
    run_job([str(root)], tmp_path / "o.sqlite", RunConfig(workers=1, dedup="exact"))
    assert {hit.title: hit.copies for hit in search(tmp_path / "o.sqlite", "makes the news")} == {
        "Story number 0 makes the news": 1, "Story number 1 makes the news": 1, "Story number 2 makes the news": None,
    }  # fmt: skip
    with sqlite3.connect(tmp_path / "o.sqlite") as db:
        db.execute("ALTER TABLE documents DROP COLUMN copies")
    assert {hit.copies for hit in search(tmp_path / "o.sqlite", "makes the news")} == {None}


def test_search_over_a_folder_of_stores_merges_their_hits(tmp_path: Path) -> None:
    """A crawl run's folder OUT of SQLite files (a store a shard, each indexed by its worker) is
    searched as one: every store's best hits, merged by score, the limit over all of them."""
    root = tmp_path / "in"
    root.mkdir()
    write_warc(root / "a.warc.gz", news_records(4, "story"))
    write_warc(root / "b.warc.gz", news_records(4, "report"))
    run_job([str(root)], tmp_path / "out", RunConfig(workers=1, output_format="sqlite"))
    assert len(list((tmp_path / "out").glob("*.sqlite"))) == 2
    hits = search(tmp_path / "out", "number 2")
    assert {hit.title for hit in hits[:2]} == {"Story number 2 makes the news", "Report number 2 makes the news"}
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert len(search(tmp_path / "out", "makes the news", limit=3)) == 3
    with pytest.raises(InputError):
        search(root, "x")  # a folder with no store


def test_search_filters_by_day_language_and_page_type(tmp_path: Path) -> None:
    from copydesk.model import PageType
    from copydesk.search.sqlite import Filters

    writer = open_writer(tmp_path / "o.sqlite", "sqlite")
    stories = [("2024-01-05T09:00:00+01:00", "en", PageType.ARTICLE), ("2024-02-01", "fr", PageType.ARTICLE),
               (None, "en", PageType.ARTICLE), ("2024-03-01", "en", PageType.LISTING)]  # fmt: skip
    for k, (published, language, page_type) in enumerate(stories):
        article = Article(title=f"Bridge story {k}", text="The bridge opens.", published=published, language=language, page_type=page_type)
        writer.write(Document(Source("html", path=f"p{k}.html"), article).to_dict())
    writer.close()

    def found(filters: Filters) -> list[str]:
        return sorted(hit.title or "" for hit in search(tmp_path / "o.sqlite", "bridge", filters=filters))

    assert found(Filters()) == [f"Bridge story {k}" for k in range(4)]
    assert found(Filters(since="2024-01-05")) == ["Bridge story 0", "Bridge story 1", "Bridge story 3"]  # no date: out
    assert found(Filters(since="2024-01-06", until="2024-02-01")) == ["Bridge story 1"]
    assert found(Filters(until="2024-01-05")) == ["Bridge story 0"]  # the day, whatever its hour
    assert found(Filters(languages=("en",), page_types=("article",))) == ["Bridge story 0", "Bridge story 2"]
    with pytest.raises(InputError):
        Filters(since="5 Jan 2024")


def test_search_refuses_a_missing_store_and_empty_query(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        search(tmp_path / "none.sqlite", "x")
    assert fts_query("C++ & \"quotes\"") == '"C" "quotes"'


def test_gzip_jsonl_reads_back_as_documents(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    write_warc(root / "a.warc.gz", [*news_records(2), warc_record("https://e.example/p", b"%PDF", "application/pdf")])
    run_job([str(root)], tmp_path / "o.jsonl.gz", RunConfig(workers=1))
    with gzip.open(tmp_path / "o.jsonl.gz", "rt") as lines:
        docs = [Document.from_dict(json.loads(line)) for line in lines]
    assert [d.status for d in docs] == ["article", "article", "error"]
    assert docs[0].article is not None and docs[0].article.title == "Story number 0 makes the news"


def test_zstd_jsonl_round_trip_through_reader(tmp_path: Path) -> None:
    pytest.importorskip("zstandard")
    from copydesk.readers.inputs import InputFile
    from copydesk.readers.jsonl import read_jsonl

    writer = open_writer(tmp_path / "o.jsonl.zst", "jsonl.zst")
    for doc in _documents():
        writer.write(doc)
    writer.close()
    rows = list(read_jsonl(InputFile(str(tmp_path / "o.jsonl.zst"), "jsonl", 0), 1 << 20))
    assert len(rows) == 2 and all(r.reason == "input:no_content_field" for r in rows)  # Document rows have no html field
