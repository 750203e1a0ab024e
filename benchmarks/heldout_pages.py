"""Text mode on pages from sites outside the dev sets, in many languages, against two references.

1. newspaper4k's own test pages (0.9.6's source distribution: 23 news pages with the article
   text its authors expect, in English, Chinese, Japanese, Arabic, Latvian, Spanish, Thai and
   more): word F1 of copydesk's HTML-mode text and of its text mode (`copydesk.clean` of the
   page's html-text rendering) against that text.  A reference, not a gold: newspaper4k's
   conventions (captions, a standfirst) are its own.
2. newspaper4k's metadata files for the same pages (title, authors, publish date, as its own
   extractor read them, a reference, not a gold: its author lists hold related stories' writers
   on some pages): how often copydesk's HTML mode agrees, by the bench's comparisons
   (`bench.metadata`: title after normalisation, the same set of names, the same day), counted
   on the pages where the reference has the field.
3. Silver agreement: on every cached held-out page (newspaper4k's 30, trafilatura 1.0.0's 83,
   htmldate 1.4.0's 68) whose HTML-mode text has 50 words or more, the word F1 of text mode's
   text against HTML mode's, by the language HTML mode names.  HTML mode reads the markup the
   rendering loses, so where the two disagree text mode has usually kept furniture or lost
   the story; it is a check for text-mode changes, not a score of either mode.  On the pages HTML
   mode types as articles, also how often text mode's title, authors and date agree with HTML
   mode's where HTML mode has one (the markup's facts against what the rendering still prints),
   and the title, read again from the rendering less its <title> line (a scraper printing the
   body alone: `textmode.body_only`).

Downloads the three source distributions once (`peer_unit_cases.peer_tests`), so the network
is needed the first time.

    python benchmarks/heldout_pages.py [--cache DIR] [--pages]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from peer_unit_cases import PAGE_PEERS, cleaned_text, extracted_text, peer_tests

import copydesk
from copydesk.bench.metadata import day, name_set, norm
from copydesk.bench.metrics import word_f1
from copydesk.bench.textmode import (
    block_a_line,
    body_only,
    html2text_markdown,
    inscriptis_text,
    markdownify_markdown,
    render,
    soup_text_nodes,
    tool_installed,
    wrapped,
)
from copydesk.errors import InputError
from copydesk.extract.decode import decode_html

NEWSPAPER4K = "newspaper4k==0.9.6"  # its tests/data holds the pages and their expected text
MIN_SILVER_WORDS = 50  # a page HTML mode reads less from (a homepage, an error page) is no check


def newspaper4k_scores(tests: Path) -> list[tuple[str, float, float]]:
    """(page, HTML-mode F1, text-mode F1) for each newspaper4k page with an expected text."""
    data = tests / "data"
    rows = []
    for expected in sorted((data / "txt").glob("*.txt")):
        page = data / "html" / f"{expected.stem}.html"
        if not page.exists():
            continue
        raw, gold = page.read_bytes(), expected.read_text(encoding="utf-8")
        rows.append((expected.stem, word_f1(gold, extracted_text(raw, None)).f1, word_f1(gold, cleaned_text(raw, None)).f1))
    return rows


def newspaper4k_metadata(tests: Path) -> list[tuple[str, str, str, str]]:
    """(page, title, authors, date) for each newspaper4k page with a metadata file: "+" where copydesk
    agrees with the file, "-" where not, " " where the file has no value."""
    rows = []
    for reference in sorted((tests / "data" / "metadata").glob("*.json")):
        page = tests / "data" / "html" / f"{reference.stem}.html"
        if not page.exists():
            continue
        fields = json.loads(reference.read_text(encoding="utf-8"))
        article = copydesk.extract(page.read_bytes(), url=fields.get("url"))
        title = "+" if norm(fields.get("title") or "") == norm(article.title or "") else "-"
        names = fields.get("authors") or []
        authors = " " if not names else "+" if name_set(names) == name_set(article.authors) else "-"
        published = fields.get("publish_date")
        date = " " if not published else "+" if day(published) == day(article.published) else "-"
        rows.append((reference.stem, title, authors, date))
    return rows


# The page printed a text node a line (BeautifulSoup), as Markdown (html2text, markdownify) and as
# a text browser lays it out (inscriptis): NaN where the tool is not installed.
_text_nodes = soup_text_nodes if tool_installed("bs4") else None
_OTHER_SHAPES = {module: to_text if tool_installed(module) else None
                 for module, to_text in (("html2text", html2text_markdown), ("markdownify", markdownify_markdown),
                                         ("inscriptis", inscriptis_text))}  # fmt: skip


def _shape_f1(reference: str, render_page, html: str) -> float:  # type: ignore[no-untyped-def]
    """Text mode's word F1 against `reference` on the page as `render_page` prints it; NaN
    without the renderer."""
    if render_page is None:
        return float("nan")
    return word_f1(reference, copydesk.clean(render_page(html)).text).f1


def silver_scores(pages: list[Path]) -> list[tuple[str, str, float, str, str, str, float, float, float, float, float, float, str]]:
    """(page, language, text mode's F1 against HTML mode's text, and whether text mode's title,
    authors and date agree with HTML mode's: "+", "-", or " " where HTML mode has none or the page
    is no article; text mode's F1 on the rendering printed a block a line, `textmode.block_a_line`,
    wrapped 78 columns wide, `textmode.wrapped`, and on the page printed a text node a line,
    `_text_nodes`, NaN without BeautifulSoup, and on the page as html2text, markdownify and
    inscriptis print it, `_OTHER_SHAPES`, and whether the title text mode reads from the rendering
    less its <title> line, `textmode.body_only`, agrees) for the pages HTML mode reads MIN_SILVER_WORDS
    words or more from."""
    rows = []
    for page in pages:
        try:
            html = decode_html(page.read_bytes())
        except InputError:
            continue
        article = copydesk.extract(html)
        if len(article.text.split()) >= MIN_SILVER_WORDS:
            rendering = render(html)
            cleaned = copydesk.clean(rendering)
            story = article.page_type == "article"
            title = " " if not (story and article.title) else "+" if norm(article.title) == norm(cleaned.title or "") else "-"
            authors = " " if not (story and article.authors) else "+" if name_set(article.authors) == name_set(cleaned.authors) else "-"
            date = " " if not (story and article.published) else "+" if day(article.published) == day(cleaned.published) else "-"
            lines = copydesk.clean(block_a_line(rendering))  # the same rendering a block a line, as WET files print it
            wrapped_lines = copydesk.clean(wrapped(rendering))  # and wrapped 78 columns wide, as a terminal browser's dump
            nodes = copydesk.clean(_text_nodes(html)) if _text_nodes is not None else None  # a text node a line
            rows.append((page.name, article.language or "?", word_f1(article.text, cleaned.text).f1, title, authors, date,
                         word_f1(article.text, lines.text).f1, word_f1(article.text, wrapped_lines.text).f1,
                         word_f1(article.text, nodes.text).f1 if nodes is not None else float("nan"),
                         *(_shape_f1(article.text, to_markdown, html) for to_markdown in _OTHER_SHAPES.values()),
                         " " if title == " " else "+" if norm(article.title) == norm(copydesk.clean(body_only(rendering)).title or "") else "-"))  # fmt: skip
    return rows


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "copydesk-peer-tests")
    parser.add_argument("--pages", action="store_true", help="print every page's figures too")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    news = peer_tests(NEWSPAPER4K, args.cache)
    rows = newspaper4k_scores(news)
    print(f"newspaper4k pages ({len(rows)}): HTML mode F1 {statistics.fmean(r[1] for r in rows):.4f}, "
          f"text mode {statistics.fmean(r[2] for r in rows):.4f}")  # fmt: skip
    if args.pages:
        for name, html_f1, text_f1 in rows:
            print(f"    {name:28s} HTML {html_f1:.3f}  text {text_f1:.3f}")
    facts = newspaper4k_metadata(news)
    print(f"newspaper4k metadata ({len(facts)} pages), copydesk agreeing: "
          + ", ".join(f"{field} {sum(r[k] == '+' for r in facts)}/{sum(r[k] != ' ' for r in facts)}"
                      for k, field in ((1, "title"), (2, "authors"), (3, "date"))))  # fmt: skip
    if args.pages:
        for name, *marks in facts:
            print(f"    {name:28s} title {marks[0]} authors {marks[1]} date {marks[2]}")
    pages = sorted((news / "data" / "html").glob("*.html"))
    for peer in ("trafilatura", "htmldate"):
        pages += sorted((peer_tests(PAGE_PEERS[peer], args.cache) / "cache").glob("*.html"))
    silver = silver_scores(pages)
    by_language: dict[str, list[float]] = defaultdict(list)
    for _, language, f1, *_marks in silver:
        by_language[language].append(f1)
    common = sorted(by_language.items(), key=lambda item: -len(item[1]))
    print(f"silver, text mode against HTML mode ({len(silver)} pages): {statistics.fmean(r[2] for r in silver):.4f}; "
          + ", ".join(f"{language} {statistics.fmean(f1s):.3f} ({len(f1s)})" for language, f1s in common if len(f1s) >= 5))  # fmt: skip
    print(f"silver, the same renderings a block a line (as WET files print a page): {statistics.fmean(r[6] for r in silver):.4f}; "
          f"wrapped 78 columns wide (a terminal browser's dump): {statistics.fmean(r[7] for r in silver):.4f}; "
          f"a text node a line (BeautifulSoup's get_text): {statistics.fmean(r[8] for r in silver):.4f}; "
          f"Markdown as html2text prints it: {statistics.fmean(r[9] for r in silver):.4f}, as markdownify does: {statistics.fmean(r[10] for r in silver):.4f}; "
          f"laid out by inscriptis (a text browser's bullets and columns): {statistics.fmean(r[11] for r in silver):.4f}")
    print("silver metadata, text mode agreeing with HTML mode on its articles: "
          + ", ".join(f"{field} {sum(r[k] == '+' for r in silver)}/{sum(r[k] != ' ' for r in silver)}"
                      for k, field in ((3, "title"), (4, "authors"), (5, "date")))
          + f"; title from the rendering less its <title> line {sum(r[12] == '+' for r in silver)}/{sum(r[12] != ' ' for r in silver)}")  # fmt: skip
    if args.pages:
        for name, language, f1, *marks in sorted(silver, key=lambda row: row[2]):
            print(f"    {f1:.3f} {language} {name}  title {marks[0]} authors {marks[1]} date {marks[2]}  title without <title> {marks[-1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
