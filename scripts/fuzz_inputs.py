"""Feed mutated dev pages to `extract` and `clean`, and damaged crawl files to the readers.

The bad-input tests pin each failure found; this finds the next ones. Pages
are mutated at random (spans cut, copied or truncated; markup fragments,
random bytes and re-encodings inserted; gzip cut short), then extracted from
bytes and from text with a page address drawn from a few bad ones, their
records serialised, and their text cleaned again. WARC files of test records
are damaged the same way and read by every reader. Any exception, and any
call over SLOW_SECONDS, is printed and its input saved under --out.

    python scripts/fuzz_inputs.py ../shared/data/zyte-aeb ../shared/data/wcxb-dev --pages 500 --seed 1

Session 41 added the UTF-8 encoding of each record (a lone surrogate from a
page's JSON-LD ended a crawl run) and a JSON-LD snippet escaping half a pair.
Session 26 found with it: unparsable page addresses and links raising
ValueError, damaged WARC records passed over, corrupt compressed JSONL raising
out of the reader (all fixed, each with a test).
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

import copydesk
from copydesk.bench.datasets import read_dataset
from copydesk.readers.arc import read_arc
from copydesk.readers.inputs import InputFile
from copydesk.readers.jsonl import read_jsonl
from copydesk.readers.warc import read_warc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.crawl_fixtures import news_records, write_warc  # the test suite's WARC records, shared

SLOW_SECONDS = 2.0
MAX_BYTES = 1 << 24
SNIPPETS = (
    b"<", b">", b"</div>", b"<div>", b"<p>", b"<script>", b"</script>", b"<!--", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
    b'<script type="application/ld+json">{"@type":"NewsArticle","author":', b'<meta charset="utf-16">',
    b"<table><tr><td>", b"<svg><math>", b"<template>", b"&#0;", b"&#xD800;", b"\xc3", b"\xe2\x80",
    b"<time datetime='99999-01-01'>", b"<a href='http://[::1'>", b"<img src='//[x'>", b"<figcaption>", b"<b>" * 2000,
    b'<script type="application/ld+json">{"@type":"NewsArticle","headline":"Half \\ud83d a pair","author":{"name":"\\udfff"}}</script>',
)  # fmt: skip
URLS = (None, "https://news.example.com/2020/01/02/a-story", "not a url", "http://[::1", "http://[x]/2020/01/02/a")  # the last: only its hostname raises


def mutate(data: bytes, rng: random.Random) -> bytes:
    page = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not page:
            page += rng.choice(SNIPPETS)
            continue
        i, op = rng.randrange(len(page)), rng.random()
        if op < 0.2:
            del page[i : i + rng.randint(1, 5000)]
        elif op < 0.45:
            page[i:i] = rng.choice(SNIPPETS)
        elif op < 0.55:
            page[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 50)))
        elif op < 0.65:
            j = rng.randrange(len(page))
            page[i:i] = page[j : j + rng.randint(1, 3000)]
        elif op < 0.75:
            page = page[:i]
        elif op < 0.85:
            encoding = rng.choice(["utf-16", "latin-1", "cp1252", "utf-32"])
            page = bytearray(page.decode("utf-8", "replace").encode(encoding, "replace"))
        elif rng.random() < 0.3:
            page = bytearray(gzip.compress(bytes(page))[: rng.randint(0, len(page))])
    return bytes(page)


def _report(kind: str, data: bytes, out: Path, k: int) -> None:
    print(f"{kind}: {traceback.format_exc(limit=4) if kind == 'FAIL' else ''}", flush=True)
    (out / f"{kind.lower()}_{k}.bin").write_bytes(data)


def fuzz_pages(pages: list[bytes], n: int, rng: random.Random, out: Path) -> int:
    problems = 0
    for k in range(n):
        data = mutate(rng.choice(pages), rng)
        for page in (data, data.decode("utf-8", "replace")):
            start = time.perf_counter()
            try:
                article = copydesk.extract(page, url=rng.choice(URLS))
                article.to_json().encode("utf-8")  # a record UTF-8 cannot hold fails a crawl's writers
                copydesk.clean(article.text, url=rng.choice(URLS), page_type=True).to_json().encode("utf-8")
            except Exception:
                problems += 1
                _report("FAIL", data, out, k)
            if time.perf_counter() - start > SLOW_SECONDS:
                problems += 1
                _report("SLOW", data, out, k)
    return problems


def fuzz_archives(n: int, rng: random.Random, out: Path) -> int:
    problems = 0
    for k in range(n):
        compressed = rng.random() < 0.6
        path = write_warc(out / ("work.warc.gz" if compressed else "work.warc"), news_records(rng.randint(1, 6)), compressed)
        data = mutate(path.read_bytes(), rng)
        path.write_bytes(data)
        try:
            for reader, kind in ((read_warc, "warc"), (read_arc, "arc"), (read_jsonl, "jsonl")):
                list(reader(InputFile(str(path), kind, len(data)), MAX_BYTES))  # type: ignore[arg-type]
        except Exception:
            problems += 1
            _report("FAIL", data, out, k)
    return problems


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--pages", type=int, default=300, help="mutated pages to extract")
    parser.add_argument("--archives", type=int, default=100, help="damaged archives to read")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None, help="where failing inputs are saved (default: a temporary folder)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    out = args.out or Path(tempfile.mkdtemp(prefix="copydesk-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    pages = [sample.html for folder in args.datasets for sample in read_dataset(folder)]
    problems = fuzz_pages(pages, args.pages, rng, out) + fuzz_archives(args.archives, rng, out)
    print(f"{args.pages} pages, {args.archives} archives: {problems} problems (inputs in {out})")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
