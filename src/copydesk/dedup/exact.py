"""Exact duplicates: the same article text, after normalisation, seen before.

Normalisation folds case and Unicode compatibility forms, leaves out the
characters that print nothing inside words (soft hyphens, zero-width spaces:
one outlet's CMS hyphenates "Assis\u00adtance", another's does not) and keeps
only word tokens, so copies that differ in whitespace, punctuation, quote style
or hyphenation hints still match.  The first copy in input order is kept; later ones become drop rows
(``dedup:exact``) naming the kept copy.  Input order is fixed by the shard
plan, so the result is the same under every engine and after a resume.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copydesk.dedup.keys import DedupKeys

_WORDS = re.compile(r"\w+")
# Format characters that split no word: soft hyphen, zero-width space, word joiner, byte-order mark.
_INSIDE_WORDS_CHARS = "\u00ad\u200b\u2060\ufeff"
_INSIDE_WORDS = dict.fromkeys(map(ord, _INSIDE_WORDS_CHARS))
DIGEST_BYTES = 16  # 128 bits: collisions are negligible at web scale


def normal_words(text: str) -> list[str]:
    """The text's word tokens after the normalisation above (near dedup shingles the same words).
    The format characters are looked for first: `str.translate` by a dict costs ~60 ns a
    character even where there is nothing to remove (0.56 of the 0.87 ms a dev article took)."""
    if any(ch in text for ch in _INSIDE_WORDS_CHARS):
        text = text.translate(_INSIDE_WORDS)
    return _WORDS.findall(unicodedata.normalize("NFKC", text).casefold())


def text_key(text: str, words: list[str] | None = None) -> bytes:
    """The text's key; `words`, when given, are its `normal_words` already read."""
    return hashlib.blake2b(" ".join(normal_words(text) if words is None else words).encode(), digest_size=DIGEST_BYTES).digest()


def article_text(row: dict[str, object]) -> str | None:
    """The text of an article row, or None for other rows and for articles with no text."""
    article = row.get("article")
    if row.get("status") != "article" or not isinstance(article, dict):
        return None
    text = article.get("text")
    return text if isinstance(text, str) and text.strip() else None


def as_duplicate(row: dict[str, object], reason: str, first: str) -> dict[str, object]:
    """`row` as the drop row of a copy (``dedup:exact``, ``dedup:near``) naming the kept `first`."""
    return {**row, "status": "dropped", "reason": reason, "duplicate_of": first, "article": None}


class ExactDedup:
    """Marks later copies of an article text; holds the keys seen in this run."""

    def __init__(self) -> None:
        self.first: dict[bytes, str] = {}

    def decide(self, doc_id: str, keys: DedupKeys) -> tuple[str, str] | None:
        """(reason, first copy's doc id) when the text was seen before; else None, and it is remembered."""
        first = self.first.setdefault(keys.text_key, doc_id)
        return None if first == doc_id else ("dedup:exact", first)
