"""The article's headline, without the site name around it.

Candidates in order of trust: the page's ``<h1>`` when it agrees with the
document title or og:title; og:title / JSON-LD headline; the ``<title>``
with a site-name part (after `` | ``, `` - ``, `` — ``…) cut off.
"""

from __future__ import annotations

import re

from copydesk.extract.features import tokens
from copydesk.extract.page import ParsedPage

TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—•·»:]|-{1,2}|::)\s+")
H1_AGREEMENT = 0.6  # share of the h1's words that must appear in title/og:title
MAX_TITLE_CHARS = 300  # longer "titles" are paragraphs in an h1


def _agrees(candidate: str, reference: set[str]) -> bool:
    toks = tokens(candidate)
    return bool(toks) and sum(t in reference for t in toks) / len(toks) >= H1_AGREEMENT


def _strip_site_name(title: str) -> str:
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    return max(parts, key=len).strip()


def _jsonld_headline(page: ParsedPage) -> str:
    for obj in page.jsonld:
        headline = obj.get("headline")
        if isinstance(headline, str) and headline.strip():
            return " ".join(headline.split())
    return ""


def find_title(page: ParsedPage) -> str | None:
    tree = page.tree
    og_node = tree.css_first('meta[property="og:title"]')
    og_title = " ".join((og_node.attributes.get("content") or "").split()) if og_node else ""
    headline = _jsonld_headline(page)
    reference = set(tokens(f"{page.html_title} {og_title} {headline}"))
    for h1 in tree.css("h1")[:5]:
        text = " ".join(h1.text(deep=True).split())
        if text and len(text) <= MAX_TITLE_CHARS and _agrees(text, reference):
            return text
    for candidate in (headline, og_title, page.html_title):
        if candidate:
            return _strip_site_name(candidate)[:MAX_TITLE_CHARS]
    return None
