"""The JSONL reader: html or text fields, and a bad line costs only itself."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from copydesk.readers.inputs import InputFile
from copydesk.readers.jsonl import read_jsonl
from copydesk.run.shards import read_file
from tests.crawl_fixtures import page, write_jsonl

MAX = 1 << 24


def _docs(path: Path, max_bytes: int = MAX) -> list:
    return list(read_jsonl(InputFile(str(path), "jsonl", path.stat().st_size), max_bytes))


def test_html_and_text_fields_with_url(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [
        {"url": "https://example.com/a", "html": page("A").decode()},
        {"url": "https://example.com/b", "text": "Headline\n\nBody text."},
        {"url": "https://example.com/c", "markdown": "# Headline\n\n* [Home](/)"},  # a scraper's Markdown
    ])  # fmt: skip
    docs = _docs(path)
    assert [(d.source.url, d.content_kind, d.source.index) for d in docs] == [
        ("https://example.com/a", "html", 0),
        ("https://example.com/b", "text", 1),
        ("https://example.com/c", "text", 2),
    ]


def test_a_texts_title_comes_with_it(tmp_path: Path) -> None:
    """A scraped text's "title" (or "headline") field is handed to the cleaner with it; an HTML
    page has its own <title>."""
    path = write_jsonl(tmp_path / "d.jsonl", [
        {"url": "https://example.com/a", "text": "Body text.", "title": "Headline | Site"},
        {"url": "https://example.com/b", "content": "Body text.", "headline": "Headline"},
        {"url": "https://example.com/c", "html": page("A").decode(), "title": "Headline"},
        {"url": "https://example.com/d", "text": "Body text.", "title": ["not", "a", "string"]},
    ])  # fmt: skip
    assert [d.content_title for d in _docs(path)] == ["Headline | Site", "Headline", None, None]


def test_bad_lines_are_error_rows_and_reading_goes_on(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [
        '{"url": "x", "html": "<p>a</p>"',  # cut short
        "[1, 2]",
        {"url": "https://example.com/no-content"},
        {"url": "https://example.com/ok", "html": "<p>fine</p>"},
    ])  # fmt: skip
    assert [d.reason for d in _docs(path)] == ["input:bad_json", "input:bad_json", "input:no_content_field", None]


def test_gzip_and_truncated_gzip(tmp_path: Path) -> None:
    body = b"".join(b'{"url": "u%d", "text": "line %d"}\n' % (i, i) for i in range(200))
    path = tmp_path / "d.jsonl.gz"
    path.write_bytes(gzip.compress(body))
    assert len(_docs(path)) == 200
    path.write_bytes(gzip.compress(body)[:-30])
    docs = _docs(path)
    assert docs[-1].reason is not None and docs[-1].reason.startswith("input:truncated")
    assert sum(d.reason is None for d in docs) >= 150


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_a_corrupt_compressed_stream_ends_in_an_error_row(tmp_path: Path, suffix: str) -> None:
    # a flipped byte inside the compressed data raises zlib.error (not an OSError) or zstd's
    # own error: the file ends in one error row instead of the error escaping the reader
    body = b"".join(b'{"url": "u%d", "text": "line %d of a dump"}\n' % (i, i) for i in range(2000))
    if suffix.endswith(".gz"):
        data = bytearray(gzip.compress(body))
    else:
        zstandard = pytest.importorskip("zstandard")
        data = bytearray(zstandard.ZstdCompressor(write_checksum=True).compress(body))
    for offset in range(100, 140):  # inside the first compressed block (after gzip's 10-byte header)
        data[offset] ^= 0x5A
    path = tmp_path / f"d{suffix}"
    path.write_bytes(bytes(data))
    docs = _docs(path)
    assert docs[-1].reason is not None and docs[-1].reason.startswith("input:truncated")


def test_oversize_line_is_skipped_alone(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [{"text": "x" * 5000}, {"text": "small"}])
    assert [d.reason for d in _docs(path, 1000)] == ["input:too_large", None]


def test_empty_file_is_one_error_row(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text("")
    docs = list(read_file(InputFile(str(path), "jsonl", 0), MAX))
    assert [d.reason for d in docs] == ["input:empty_file"]
