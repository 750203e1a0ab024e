"""The article's headline, without the site name around it.

Candidates in order of trust: an ``<h1>`` that agrees with the document
title, og:title or JSON-LD headline; the page's only ``<h1>``; JSON-LD
headline / og:title; the ``<title>`` with a site-name part (after `` | ``,
`` - ``, `` — ``…) cut off.
"""

from __future__ import annotations

import re

from copydesk.extract.features import tokens
from copydesk.extract.page import ParsedPage

TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—•·»:]|-{1,2}|::)\s+")
H1_AGREEMENT = 0.6  # share of the h1's words that must appear in title/og:title
MAX_TITLE_CHARS = 300  # longer "titles" are paragraphs in an h1
MAX_H1S = 5  # pages with more h1s use them as styling; the first few are enough


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
    tree, og_title = page.tree, page.og_title
    headline = _jsonld_headline(page)
    reference = set(tokens(f"{page.html_title} {og_title} {headline}"))
    h1s = [t for h1 in tree.css("h1")[:MAX_H1S] if 0 < len(t := " ".join(h1.text(deep=True).split())) <= MAX_TITLE_CHARS]
    site = set(tokens(page.metadata.site_name or ""))
    h1s = [t for t in h1s if not site or set(tokens(t)) - site]  # an h1 holding only the site name is the logo
    agreeing = [t for t in h1s if _agrees(t, reference)]
    if agreeing:
        return agreeing[0]
    if len(h1s) == 1:  # the page's one headline, even when the <title> is written for search engines
        return h1s[0]
    for candidate in (headline, og_title, page.html_title):
        if candidate:
            return _strip_site_name(candidate)[:MAX_TITLE_CHARS]
    return None
