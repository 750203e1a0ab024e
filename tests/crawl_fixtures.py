"""Small crawls built at test time: WARC records written by hand, so malformed ones can be made too."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

PAGE = """<html><head><title>{title} - The Daily Example</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
<p>{body} The council met on Tuesday evening and voted to approve the plan after a long debate.</p>
<p>Residents who spoke at the meeting said they had waited years for the change, and officials promised
that work would begin within weeks if the weather allowed it.</p>
<p>The project is expected to cost several million dollars and to take about two years to finish.</p>
</article><footer>Copyright The Daily Example</footer></body></html>"""


def page(title: str, body: str = "") -> bytes:
    return PAGE.format(title=title, body=body).encode()


def warc_record(
    uri: str,
    payload: bytes,
    content_type: str = "text/html; charset=utf-8",
    warc_type: str = "response",
    record_id: str | None = None,
    length_error: int = 0,
) -> bytes:
    """One WARC/1.0 record; `length_error` makes its Content-Length lie by that many bytes."""
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n".encode()
        + payload
    )
    rid = record_id or f"<urn:uuid:{abs(hash((uri, warc_type))):032x}>"
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: {rid}\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: application/http; msgtype={warc_type}\r\nContent-Length: {len(http) + length_error}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def conversion_record(uri: str, text: str, content_type: str = "text/plain") -> bytes:
    """One record of a WET file (Common Crawl's text extracts): the page's scraped text, no HTTP."""
    payload = text.encode()
    head = (
        f"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash((uri, 'conversion'))):032x}>\r\n"
        f"WARC-Refers-To: <urn:uuid:{abs(hash((uri, 'response'))):032x}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def scraped_story(title: str) -> str:
    """A news page as a crawler's text extract has it: the story with the site's furniture around it."""
    return (
        f"Home\nNews\nSport\nWeather\n{title}\nBy Jane Doe\nMarch 3, 2026\n"
        + "The council met on Tuesday evening and voted to approve the plan after a long debate. " * 3
        + "\nResidents who spoke at the meeting said they had waited years for the change, and officials "
        "promised that work would begin within weeks if the weather allowed it.\n"
        "Sign up for our newsletter\nAdvertisement\n© 2026 The Daily Example\n"
    )


def write_warc(path: Path, records: list[bytes], gzip_members: bool = True) -> Path:
    data = b"".join(gzip.compress(r) for r in records) if gzip_members else b"".join(records)
    path.write_bytes(data)
    return path


def news_records(n: int, prefix: str = "story") -> list[bytes]:
    return [
        warc_record(f"https://example.com/{prefix}/{i}", page(f"{prefix.title()} number {i} makes the news", f"Item {i}."))
        for i in range(n)
    ]


def write_jsonl(path: Path, records: list[dict[str, object] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n")
    return path
