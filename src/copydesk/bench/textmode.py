"""Text mode of the bench: the cleaner and its baselines on WET-like renderings.

Every page is rendered to its full visible text by
``html_text.extract_text(html, guess_layout=True)`` (outside the timed
region); the cleaners see only that string and are scored against the same
gold as HTML mode.  `block_a_line` drops that rendering's blank lines, as
Common Crawl's WET files print a page: a block a line, no paragraph set apart;
`wrapped` breaks its lines 78 columns wide, as a terminal browser's dump does;
`body_only` drops its first line, the page's <title>, as a scraper printing the body alone.
"""

from __future__ import annotations

import re

from copydesk.bench.metadata import MetaGuess
from copydesk.clean.pipeline import clean

C4_TERMINAL = ('.', '!', '?', '"', "”", "’", "'")
C4_MIN_WORDS = 5  # C4 keeps lines with at least five words...
C4_MIN_SENTENCES = 3  # ...on pages with at least three sentences
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


def render(html: str) -> str:
    """The page's visible text as html-text lays it out (a WET-like rendering)."""
    import html_text

    return str(html_text.extract_text(html, guess_layout=True))


def block_a_line(text: str) -> str:
    """A rendering's text with its blank lines dropped: a block a line, one after the other, as
    Common Crawl's WET files and many scrapers print a page (no paragraph set apart)."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def body_only(text: str) -> str:
    """A rendering less its first line, the page's <title> html-text prints first: the body's text
    alone, as a scraper printing a page's body does (the seed page's shape: "Advertisement", then
    the headline)."""
    return text.partition("\n")[2].lstrip("\n")


TERMINAL_WIDTH = 78  # a terminal browser's dump (lynx, w3m) wraps its lines this wide


def wrapped(text: str, width: int = TERMINAL_WIDTH) -> str:
    """A rendering's text with each line broken into lines `width` wide at most, as a terminal
    browser's dump prints a page (`textwrap`'s greedy breaks; blank lines kept)."""
    import textwrap

    return "\n".join("\n".join(textwrap.wrap(line, width)) for line in text.split("\n"))


def html2text_markdown(html: str) -> str:
    """The page as html2text prints it: Markdown, its paragraphs wrapped 78 columns wide (its
    default), as language-model pipelines often scrape pages ("" where html2text fails)."""
    import html2text

    try:
        return str(html2text.HTML2Text().handle(html))
    except Exception:  # a converter's error on one page: that page gives no text
        return ""


# Other tools' renderings, for `benchmarks/renderings.py` and `benchmarks/heldout_pages.py` (the
# bench extra installs them; `tool_installed` says which are here).
NON_TEXT_TAGS = ("script", "style", "noscript", "template")  # taken out before a BeautifulSoup rendering


def _soup(html: str):  # type: ignore[no-untyped-def]
    import warnings

    from bs4 import BeautifulSoup

    with warnings.catch_warnings():  # (an XHTML page's "looks like XML" notice)
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup(NON_TEXT_TAGS):
        tag.decompose()
    return soup


def soup_text_nodes(html: str) -> str:
    """The page a text node a line, as `BeautifulSoup(html).get_text("\\n", strip=True)` scrapes
    it (`NON_TEXT_TAGS` taken out first)."""
    return str(_soup(html).get_text("\n", strip=True))


def markdownify_markdown(html: str) -> str:
    """The page as markdownify prints it (`NON_TEXT_TAGS` taken out first, ATX headings)."""
    import warnings

    from markdownify import markdownify

    with warnings.catch_warnings():  # (its own parse of an XHTML page: "looks like XML")
        warnings.simplefilter("ignore")
        return str(markdownify(str(_soup(html)), heading_style="ATX"))


def inscriptis_text(html: str) -> str:
    """The page as inscriptis lays it out: a text browser's (bulleted lists, tables in columns)."""
    from inscriptis import get_text

    return str(get_text(html))


def tool_installed(module: str | None) -> bool:
    """Whether the renderer `module` (None: html-text's own) can be imported; markdownify's
    rendering needs BeautifulSoup too."""
    if module is None:
        return True
    try:
        __import__(module)
    except ImportError:
        return False
    return module != "markdownify" or tool_installed("bs4")


def no_cleaning(text: str, url: str | None) -> str:
    return text


def c4_rules(text: str, url: str | None) -> str:
    """C4's line and page filters (Raffel et al. 2020, "Exploring the Limits of Transfer
    Learning with a Unified Text-to-Text Transformer", JMLR 21, section 2.2):
    keep lines ending in terminal punctuation with at least five words, drop lines
    mentioning "javascript", and drop the page if it has fewer than three sentences,
    contains "lorem ipsum" or a curly bracket.
    """
    low = text.lower()
    if "lorem ipsum" in low or "{" in text:
        return ""
    kept = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.endswith(C4_TERMINAL) and len(line.split()) >= C4_MIN_WORDS and "javascript" not in line.lower():
            kept.append(line)
    joined = "\n".join(kept)
    return joined if len(_SENTENCE_END.findall(joined)) >= C4_MIN_SENTENCES else ""


class CopydeskCleaner:
    """copydesk.clean as a bench system: the cleaned text, and each page's title, authors, date
    and page type remembered for the metadata table and the page-type accuracy."""

    def __init__(self, page_type: bool = False) -> None:
        self.page_type = page_type  # True: `clean` typing the page too (as crawl runs do), timed apart
        self.metadata: list[MetaGuess] = []
        self.page_types: list[str] = []

    def __call__(self, text: str, url: str | None) -> str:
        article = clean(text, url=url, page_type=self.page_type)
        self.metadata.append(MetaGuess(article.title, article.authors, article.published))
        self.page_types.append(article.page_type.value)
        return article.text
