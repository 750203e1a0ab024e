"""Text mode on the dev pages as other tools print them: how much the cleaner depends on the rendering.

`copydesk bench --mode text` feeds `copydesk.clean` html-text's rendering of each page (paragraphs
set apart by blank lines).  Scraped text comes in other shapes, and a user has whichever their
tools wrote; each shape here is made from the same pages and scored against the same gold
(Zyte: shingle F1, WCXB: word F1, as the bench):

- html-text: the bench's rendering;
- without its title: html-text's rendering less its first line, the page's <title> (a scraper that
  prints the body alone; no line then names the headline for the cleaner to anchor on);
- the title given apart: the same, with the page's <title> given to the cleaner apart from the
  text (`clean(text, title=...)`, as a dataset keeps it in a field of its own);
- a block a line: its blank lines dropped, as Common Crawl's WET files print a page
  (`textmode.block_a_line`);
- wrapped at 78: its lines broken 78 columns wide, as a terminal browser's dump (`textmode.wrapped`);
- html2text: Markdown as html2text prints it (its default: paragraphs wrapped at 78 columns);
- markdownify: Markdown as markdownify prints it (scripts and styles taken out first);
- BeautifulSoup: `soup.get_text("\\n", strip=True)`, a text node a line (scripts and styles out);
- inscriptis: a text browser's layout (list items behind "* " and "+ " bullets, indented; tables
  in columns; no <title>).

The last four need `pip install html2text markdownify beautifulsoup4 inscriptis` (the `bench`
extra has them); a shape whose tool is missing is skipped.  Rendering with them takes a few minutes.

    python benchmarks/renderings.py ../shared/data/zyte-aeb ../shared/data/wcxb-dev [--limit N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import copydesk
from copydesk.bench.datasets import read_dataset
from copydesk.bench.metrics import shingle_f1, word_f1
from copydesk.bench.run import decode_samples
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

SHAPES: dict[str, tuple[str | None, Callable[[str], str | tuple[str, str]]]] = {  # name: (module needed, html -> text, or text and title)
    "html-text": (None, render),
    "without its <title> line": (None, lambda html: body_only(render(html))),
    "without it, the title given apart": (None, lambda html: (body_only(render(html)), page_title(html))),
    "a block a line (WET)": (None, lambda html: block_a_line(render(html))),
    "wrapped at 78": (None, lambda html: wrapped(render(html))),
    "html2text (Markdown)": ("html2text", html2text_markdown),
    "markdownify (Markdown)": ("markdownify", markdownify_markdown),
    "BeautifulSoup get_text": ("bs4", soup_text_nodes),
    "inscriptis": ("inscriptis", inscriptis_text),
}


def page_title(html: str) -> str:
    """The page's <title>, as a dataset keeps it apart from the text (`clean(..., title=...)`)."""
    from selectolax.lexbor import LexborHTMLParser

    node = LexborHTMLParser(html).css_first("title")
    return node.text() if node is not None else ""


def _shape(to_text: Callable[[str], str | tuple[str, str]], html: str) -> tuple[str, str | None]:
    """The page as `to_text` prints it, and the title it gives apart from the text (or None)."""
    try:
        shaped = to_text(html)
    except Exception:  # a tool failing on a page gives that page no text
        return "", None
    return shaped if isinstance(shaped, tuple) else (shaped, None)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages of each set")
    args = parser.parse_args(argv)
    shapes = {name: to_text for name, (module, to_text) in SHAPES.items() if tool_installed(module)}
    skipped = [name for name in SHAPES if name not in shapes]
    print("| shape | " + " | ".join(folder.name for folder in args.datasets) + " |")
    print("|---|" + "---|" * len(args.datasets))
    scores: dict[str, list[float]] = {name: [] for name in shapes}
    for folder in args.datasets:
        samples = list(read_dataset(folder))[: args.limit]
        metric = shingle_f1 if samples and samples[0].dataset == "zyte" else word_f1
        htmls = decode_samples(samples)
        for name, to_text in shapes.items():
            f1s = []
            for sample, html in zip(samples, htmls, strict=True):
                text, title = _shape(to_text, html)
                f1s.append(metric(sample.gold_text, copydesk.clean(text, title=title).text or "").f1)
            scores[name].append(statistics.fmean(f1s) if f1s else 0.0)
    for name, values in scores.items():
        print(f"| {name} | " + " | ".join(f"{value:.4f}" for value in values) + " |")
    if skipped:
        print(f"\nskipped (tool not installed): {', '.join(skipped)}")


if __name__ == "__main__":
    main(sys.argv[1:])
