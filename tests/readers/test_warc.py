"""The WARC reader: one row per document record, and no record lost after a bad one."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.readers.inputs import InputFile
from copydesk.readers.warc import read_located, read_warc
from tests.crawl_fixtures import conversion_record, news_records, page, scraped_story, warc_record, write_warc

MAX = 1 << 24


def _read(path: Path) -> list[tuple[str | None, str | None]]:
    return [(d.source.url, d.reason) for d in read_warc(InputFile(str(path), "warc", path.stat().st_size), MAX)]


@pytest.mark.parametrize("gzip_members", [True, False])
def test_reads_response_records_and_skips_bookkeeping(tmp_path: Path, gzip_members: bool) -> None:
    records = [warc_record("https://example.com/req", b"", warc_type="request"), *news_records(3)]
    rows = _read(write_warc(tmp_path / "a.warc.gz", records, gzip_members))
    assert rows == [(f"https://example.com/story/{i}", None) for i in range(3)]


def test_source_carries_record_id_offset_and_index(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.gz", news_records(2))
    docs = list(read_warc(InputFile(str(path), "warc", 0), MAX))
    assert [d.source.index for d in docs] == [0, 1]
    assert docs[0].source.offset == 0 and docs[1].source.offset > 0
    assert all(d.source.warc_record_id and d.source.warc_record_id.startswith("<urn:uuid:") for d in docs)
    assert docs[0].content is not None and b"Story number 0" in docs[0].content


def test_non_html_records_are_error_rows(tmp_path: Path) -> None:
    records = [
        warc_record("https://example.com/a.pdf", b"%PDF-1.4 ...", "application/pdf"),
        warc_record("https://example.com/a.png", b"\x89PNG\r\n", "image/png"),
        warc_record("https://example.com/api", b'{"a": 1}', "application/json"),
        warc_record("https://example.com/ok", page("Fine")),
    ]
    rows = _read(write_warc(tmp_path / "a.warc.gz", records))
    assert [r[1] for r in rows] == ["input:not_html"] * 3 + [None]


def test_a_wet_file_gives_each_page_text_as_a_text_document(tmp_path: Path) -> None:
    records = [
        warc_record("", b"Software-Info: ia-web-commons", "application/warc-fields", warc_type="warcinfo"),
        conversion_record("https://example.com/one", scraped_story("Council approves the bridge")),
        conversion_record("https://example.com/two", "Second page\nIts text."),
        conversion_record("https://example.com/blob", "\x00\x01", content_type="application/octet-stream"),
    ]
    docs = list(read_warc(InputFile(str(write_warc(tmp_path / "c.warc.wet.gz", records)), "warc", 0), MAX))
    assert [(d.source.url, d.content_kind, d.reason) for d in docs] == [
        ("https://example.com/one", "text", None),
        ("https://example.com/two", "text", None),
        ("https://example.com/blob", "html", "input:not_html"),
    ]
    assert docs[1].content == b"Second page\nIts text." and docs[0].source.warc_record_id


@pytest.mark.parametrize("gzip_members", [True, False])
def test_lying_content_length_and_bad_header_lose_no_later_record(tmp_path: Path, gzip_members: bool) -> None:
    records = [
        *news_records(1, "first"),
        warc_record("https://example.com/liar", page("Liar"), length_error=40),
        *news_records(1, "after-liar"),
        b"NOT A WARC HEADER\r\nfoo: bar\r\n\r\n",
        *news_records(2, "last"),
    ]
    rows = _read(write_warc(tmp_path / "a.warc", records, gzip_members))
    urls = [u for u, reason in rows if reason is None]
    assert urls == [
        "https://example.com/first/0",
        "https://example.com/liar",
        "https://example.com/after-liar/0",
        "https://example.com/last/0",
        "https://example.com/last/1",
    ]
    assert {reason for _, reason in rows if reason} == {"input:malformed_warc"}


@pytest.mark.parametrize("gzip_members", [True, False])
def test_a_record_with_a_damaged_type_line_is_an_error_row(tmp_path: Path, gzip_members: bool) -> None:
    # FastWARC reads such a record as type "unknown" and a type filter would pass over it
    # silently: the document it held would be lost from the run
    damaged = warc_record("https://example.com/damaged", page("Damaged")).replace(b"WARC-Type:", b"WA.RC-Type:")
    records = [*news_records(1, "before"), damaged, *news_records(1, "after")]
    rows = _read(write_warc(tmp_path / "a.warc", records, gzip_members))
    assert rows == [
        ("https://example.com/before/0", None),
        ("https://example.com/damaged", "input:malformed_warc"),
        ("https://example.com/after/0", None),
    ]


def test_truncated_gzip_keeps_the_records_before(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.gz", news_records(3))
    path.write_bytes(path.read_bytes()[:-200])
    rows = _read(path)
    assert [u for u, _ in rows[:2]] == ["https://example.com/story/0", "https://example.com/story/1"]
    assert len(rows) <= 4  # the cut record is an error row or a short page, never a crash


def test_oversize_payload_is_an_error_row(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.gz", [warc_record("https://example.com/big", b"<p>" + b"x" * 5000)])
    docs = list(read_warc(InputFile(str(path), "warc", 0), 1000))
    assert [d.reason for d in docs] == ["input:too_large"]


def test_empty_and_garbage_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert _read(empty) == []
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(b"\x1f\x8b\x08" + bytes(range(256)) * 40)
    rows = _read(garbage)
    assert rows and all(reason in {"input:malformed_warc", "input:truncated_warc"} for _, reason in rows)


def test_unreadable_path_is_an_error_row(tmp_path: Path) -> None:
    rows = list(read_warc(InputFile(str(tmp_path / "gone.warc.gz"), "warc", 0), MAX))
    assert [d.reason for d in rows] == ["input:unreadable:FileNotFoundError"]


def _arc_record(url: str, body: bytes, content_type: str = "text/html") -> bytes:
    http = b"HTTP/1.0 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\n\r\n" + body
    return f"{url} 10.0.0.1 20050614070159 {content_type} {len(http)}\n".encode() + http + b"\n"


def test_arc_files_are_read_too(tmp_path: Path) -> None:
    import gzip

    from copydesk.run.shards import read_file

    header_body = b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    header = f"filedesc://t.arc 0.0.0.0 20050614070144 text/plain {len(header_body)}\n".encode() + header_body + b"\n"
    records = [header, _arc_record("http://a.example/1", page("Old story")), _arc_record("http://a.example/2", b"%PDF", "application/pdf")]
    path = tmp_path / "old.arc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in records))
    docs = list(read_file(InputFile(str(path), "arc", path.stat().st_size), MAX))
    assert [(d.source.url, d.reason) for d in docs] == [("http://a.example/1", None), ("http://a.example/2", "input:not_html")]
    assert docs[0].content is not None and b"Old story" in docs[0].content


def test_a_located_record_is_read_as_the_reader_would_and_a_vanished_one_is_an_error_row(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.gz", news_records(3))
    file = InputFile(str(path), "warc", path.stat().st_size)
    read, located = list(read_warc(file, MAX)), list(read_warc(file, MAX, locate=True))
    assert all(d.located and d.content is None for d in located)
    assert [read_located(d, file, MAX) for d in located] == read
    assert [read_located(d, file, MAX).content for d in located] == [d.content for d in read]
    path.write_bytes(path.read_bytes()[: located[2].source.offset or 0])  # the file cut short since
    gone = read_located(located[2], file, MAX)
    assert gone.reason == "input:truncated_warc" and gone.source == located[2].source
