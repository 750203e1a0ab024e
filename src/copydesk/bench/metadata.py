"""Metadata accuracy on WCXB: title, author and publication date.

* title: exact match after Unicode NFKC, case folding and space collapsing;
* author: the same set of names after that normalisation (gold names are
  split on commas, "and" and "&"); counted on pages with a gold author;
* date: the same calendar day, on pages with a gold date; plus how often a
  date is given where the gold has none ("invented"); likewise authors given
  where the gold has none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from copydesk.bench.datasets import Sample

_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.I)
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class MetaGuess:
    title: str | None
    authors: list[str]
    published: str | None


MetaReader = Callable[[str, str | None], MetaGuess]


# Typographic quotes and dashes folded to ASCII: WCXB's gold writes "Beginner's"
# where pages print "Beginner’s".  Applied to every system alike.
_TYPOGRAPHIC = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
})  # fmt: skip


def norm(text: str | None) -> str:
    """Case, space and Unicode normalisation (NFKC, typographic punctuation folded)."""
    return " ".join(unicodedata.normalize("NFKC", text or "").translate(_TYPOGRAPHIC).casefold().split())


def name_set(names: list[str]) -> set[str]:
    return {norm(n) for raw in names for n in _SPLIT.split(raw) if norm(n)}


def day(value: str | None) -> str | None:
    match = _DAY.search(value or "")
    return match.group(0) if match else None


@dataclass(slots=True)
class MetaScore:
    title: float
    author: float
    date: float
    invented_date: float
    invented_author: float
    pages: int


def score_metadata(samples: list[Sample], guesses: list[MetaGuess]) -> MetaScore:
    titles = authors = authors_n = dates = dates_n = invented = no_date = invented_authors = 0
    for sample, guess in zip(samples, guesses, strict=True):
        titles += norm(sample.title) == norm(guess.title) and bool(sample.title)
        if sample.author:
            authors_n += 1
            authors += name_set([sample.author]) == name_set(guess.authors)
        else:
            invented_authors += bool(guess.authors)
        if sample.published:
            dates_n += 1
            dates += day(sample.published) == day(guess.published)
        else:
            no_date += 1
            invented += guess.published is not None
    n = max(len(samples), 1)
    return MetaScore(titles / n, authors / max(authors_n, 1), dates / max(dates_n, 1), invented / max(no_date, 1),
                     invented_authors / max(len(samples) - authors_n, 1), len(samples))  # fmt: skip


def trafilatura_reader() -> MetaReader:
    from trafilatura import extract_metadata

    def read(html: str, url: str | None) -> MetaGuess:
        try:
            doc = extract_metadata(html, default_url=url)
        except Exception:  # a peer failing on a page scores nothing there
            return MetaGuess(None, [], None)
        if doc is None:
            return MetaGuess(None, [], None)
        return MetaGuess(doc.title, [doc.author] if doc.author else [], doc.date)

    return read


def htmldate_reader() -> MetaReader:
    from htmldate import find_date

    def read(html: str, url: str | None) -> MetaGuess:
        try:
            found = find_date(html, url=url, original_date=True)
        except Exception:  # a peer failing on a page scores nothing there
            found = None
        return MetaGuess(None, [], found)

    return read
