"""Metadata and story starts on held-out pages: Mercury Parser's own site cases.

Postlight's Mercury Parser 1.1.1 (MIT/Apache-2.0, its npm package) ships 127 news and blog
pages saved in 2016-17 from about ninety sites none of the dev sets hold, with one hand-written
test per site (`src/extractors/custom/<site>/index.test.js`) saying what its site-specific
extractor returns: the title, the author, the publication time (in UTC) and the first words of
the story.  Those are a reference for a general extractor, not a gold: they are what Mercury's
per-site rules give, with its conventions (an author "By …" string as printed; "the first 13
words" of what its selector kept, which may open on a standfirst).

For each case with the field, counts how often copydesk's HTML mode agrees:
- title after the bench's normalisation (`bench.metadata.norm`);
- authors as the same set of names (`bench.metadata.name_set`);
- date: the same day in UTC where copydesk's time has an offset, else the same printed day
  (a page's own day and its UTC day may differ, so a one-day difference is counted apart);
- story start: the reference's first words (or their last MIN_START_WORDS or more: its opening
  is the lead picture's caption and credit on many pages, which copydesk leaves out of the
  text) appear among the first words of copydesk's text (in its first `START_WINDOW` words,
  lower-cased and without punctuation), and in it at all.

Then text mode against HTML mode on every fixture (silver agreement, as `heldout_pages.py`).

    python benchmarks/mercury_cases.py [--cache DIR] [--pages]

Downloads the package once from the npm registry (about 2 MB), so the network is needed the
first time.
"""

from __future__ import annotations

import re
import statistics
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from peer_unit_cases import case_arguments, npm_package

import copydesk
from copydesk.bench.metadata import name_set, norm
from copydesk.bench.metrics import word_f1
from copydesk.bench.textmode import render
from copydesk.extract.decode import decode_html

PACKAGE = "https://registry.npmjs.org/@postlight/mercury-parser/-/mercury-parser-1.1.1.tgz"
START_WINDOW = 80  # words of copydesk's text in which the reference's opening must stand
MIN_START_WORDS = 5  # the fewest of the opening's last words that stand for it (after a caption)
MIN_SILVER_WORDS = 50  # a page HTML mode reads less from (a video page, a tweet) is no check
SILVER_SHOWN = 20  # the pages text mode agrees least with, listed with --pages
_STRING = r"""(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`|(null))"""
_WORD = re.compile(r"\w+")
# Mercury saved its fixtures after its own clean-up (`normalize-meta-tags.js`), which renames
# every <meta>'s `content` attribute `value` and its `property` attribute `name`; the pages are
# read with them named back, as their sites served them (Open Graph's prefixes are properties).
_META_VALUE = re.compile(rb"(<meta\b[^>]*?\s)value=", re.I)
_META_PROPERTY = re.compile(rb"(<meta\b[^>]*?\s)name=([\"']?)(og|article|fb|profile|book|video|music):", re.I)


def mercury_package(cache: Path) -> Path:
    """The unpacked npm package (its `fixtures/` and `src/extractors/custom/`), downloaded once."""
    return npm_package(PACKAGE, cache)


def served(page: bytes) -> bytes:
    """A fixture as its site served it: its <meta> tags' `value` attributes named `content` again,
    Open Graph's `name` attributes `property`."""
    return _META_PROPERTY.sub(rb"\1property=\2\3:", _META_VALUE.sub(rb"\1content=", page))


def _literal(match: re.Match[str]) -> str | None:
    """A JavaScript string literal's value (`null` -> None), escapes undone."""
    if match.group(4):
        return None
    raw = next(g for g in match.groups()[:3] if g is not None)
    return re.sub(r"\\(.)", r"\1", raw.replace("\\n", "\n"))


def _expected(block: str, field: str) -> tuple[bool, str | None]:
    """(present, value) of `assert.equal(<field>, <literal>)` in a case's block."""
    match = re.search(rf"assert\.equal\(\s*{field},\s*{_STRING}", block, re.S)
    return (False, None) if match is None else (True, _literal(match))


def cases(package: Path) -> list[dict[str, str | None]]:
    """One dict per test case: site, url, page path and the expected fields it asserts."""
    rows = []
    for test in sorted((package / "src" / "extractors" / "custom").glob("*/index.test.js")):
        for block in test.read_text(encoding="utf-8").split("beforeAll(")[1:]:
            url = re.search(rf"url\s*=\s*{_STRING}", block, re.S)
            page = re.search(rf"readFileSync\(\s*{_STRING}", block, re.S)
            if url is None or page is None:
                continue
            row: dict[str, str | None] = {"site": test.parent.name, "url": _literal(url), "page": _literal(page)}
            for field in ("title", "author", "date_published"):
                present, value = _expected(block, field)
                if present:
                    row[field] = value
            start = re.search(rf"assert\.equal\(\s*first\d+,\s*{_STRING}", block, re.S)
            if start is not None:
                row["start"] = _literal(start)
            rows.append(row)
    return rows


def _utc_day(stamp: str) -> tuple[date, bool] | None:
    """(day, in UTC?) of an ISO stamp: the UTC day where it carries an offset, else its own day."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(stamp[:10]), False
        except ValueError:
            return None
    if moment.tzinfo is None:
        return moment.date(), False
    return moment.astimezone(UTC).date(), True


def _date_verdict(expected: str | None, published: str | None) -> str:
    """"+" the same day, "~" a day apart (a local day against a UTC one), "-" otherwise."""
    if not expected:
        return " " if not published else "-"
    gold, ours = _utc_day(expected), _utc_day(published or "")
    if gold is None or ours is None:
        return "-"
    if gold[0] == ours[0]:
        return "+"
    return "~" if abs((gold[0] - ours[0]).days) == 1 and not ours[1] else "-"


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _contains(haystack: list[str], needle: list[str]) -> bool:
    width = len(needle)
    return any(haystack[i : i + width] == needle for i in range(len(haystack) - width + 1))


def _start_verdict(reference: list[str], text: list[str]) -> str:
    """"+" where the reference's opening words, or their last MIN_START_WORDS or more (Mercury's
    excerpt opens on the lead picture's caption on many pages), stand in `text`'s first
    START_WINDOW words; "o" where only further in; "-" where nowhere."""
    tails = [reference[k:] for k in range(max(1, len(reference) - MIN_START_WORDS + 1))]
    if any(_contains(text[: START_WINDOW + len(tail)], tail) for tail in tails):
        return "+"
    return "o" if any(_contains(text, tail) for tail in tails) else "-"


def score(package: Path) -> list[tuple[str, str, str, str, str]]:
    """(case, title, authors, date, start) verdicts: "+" agrees, "-" not, " " no reference value;
    date "~" a day apart; start "o" found further into the text than `START_WINDOW` words."""
    rows = []
    for case in cases(package):
        page = package / (case["page"] or "")
        if not page.exists():
            continue
        article = copydesk.extract(served(page.read_bytes()), url=case["url"])
        title = " " if not case.get("title") else "+" if norm(case["title"] or "") == norm(article.title or "") else "-"
        if "author" not in case:
            authors = " "
        elif not case["author"]:
            authors = "+" if not article.authors else "-"
        else:
            expected = re.sub(r"^\s*by\s+", "", case["author"] or "", flags=re.I)
            names = [n for n in re.split(r"\s*(?:,|\band\b|&)\s*", expected) if n]
            authors = "+" if name_set(names) == name_set(article.authors) else "-"
        published = _date_verdict(case.get("date_published"), article.published) if "date_published" in case else " "
        start = " "
        if case.get("start"):
            start = _start_verdict(_words(case["start"] or ""), _words(article.text))
        rows.append((f"{case['site']}/{Path(case['page'] or '').name}", title, authors, published, start))
    return rows


def silver(package: Path) -> list[tuple[str, float]]:
    """(page, word F1 of text mode's text against HTML mode's) for every fixture whose HTML-mode
    text has MIN_SILVER_WORDS or more: text mode read from the page's html-text rendering, as
    `heldout_pages.py` reads its silver pages (a check of text mode, not a score of either mode)."""
    rows = []
    for page in sorted((package / "fixtures").rglob("*.html")):
        raw = served(page.read_bytes())
        html_text = copydesk.extract(raw).text
        if len(html_text.split()) >= MIN_SILVER_WORDS:
            rows.append((str(page.relative_to(package / "fixtures")), word_f1(html_text, copydesk.clean(render(decode_html(raw))).text).f1))
    return rows


def main() -> int:
    args = case_arguments(__doc__)
    package = mercury_package(args.cache)
    rows = score(package)
    if args.pages:
        for row in rows:
            print(" ".join(row[1:]), row[0])
    print(f"Mercury Parser 1.1.1's site cases: {len(rows)} pages")
    for index, field in enumerate(("title", "authors", "date", "story start"), start=1):
        verdicts = [row[index] for row in rows if row[index] != " "]
        agree = verdicts.count("+")
        extra = ""
        if field == "date":
            extra = f" (+{verdicts.count('~')} a day apart)"
        elif field == "story start":
            extra = f" (+{verdicts.count('o')} further in)"
        print(f"  {field:12} {agree}/{len(verdicts)}{extra}")
    agreement = silver(package)
    print(f"silver, text mode against HTML mode ({len(agreement)} pages): {statistics.mean(f1 for _page, f1 in agreement):.4f}")
    if args.pages:
        for name, f1 in sorted(agreement, key=lambda row: row[1])[:SILVER_SHOWN]:
            print(f"    {f1:.3f} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
