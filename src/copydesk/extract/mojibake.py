"""Repair double-encoded text ("Youâ€™re" → "You’re") in a finished article, and drop the
control characters no printed text holds.

Pages are sometimes saved as UTF-8 that was decoded as Latin-1 or cp1252
and encoded again: no charset choice can undo that, the characters
themselves are wrong.  ftfy's `fix_encoding` repairs it, but it is too slow
for whole pages (about 50 ms per 100 kB), so only the article's own strings
are repaired, and only on articles where the tell-tale pairs appear.

Meta tags and JSON-LD are often HTML-escaped twice as well (``content="aren&amp;rsquo;t"``
parses to "aren&rsquo;t"): the fields read from them (title, subtitle, site
name, section) have their character references decoded once more
(`decode_entities`); the body, which may quote markup, is left as it is.

Control characters print nothing and break terminals and strict readers of
the records: once the double encoding is repaired (its tell-tale pairs hold
C1 characters), a C1 control is read as the Windows-1252 character it
stands for, as browsers do ("we\x92re" is "we’re": text decoded as Latin-1
where cp1252 was meant), and the rest (C0 but tab, newline and carriage
return; DEL; C1 codes cp1252 leaves undefined) go, from every string of the
article (`drop_controls`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import ftfy
from ftfy.fixes import fix_c1_controls

from copydesk.extract.assemble import join_text
from copydesk.extract.patterns import prints_nothing
from copydesk.model import Article

try:  # the compiled pair count (text_fast.pyx); the regex where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

# A UTF-8 lead byte read as Latin-1/cp1252 ("Â", "Ã", "â", …) followed by a continuation
# byte read the same way (C1 controls, or cp1252's "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ").
_PAIR = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]")  # fmt: skip
MIN_PAIRS = 2  # one pair can be real text ("Ã" before a quote); two is a double encoding
MAX_REPAIR_CHARS = 1_000_000  # ftfy takes ~0.5 s per MB: longer articles are left as they are


# A complete character reference: "&amp;", "&#39;", "&#x26;" — not "AT&T" or "?a=1&b=2"
# (`html.unescape` would also read "&para" without its ";" in a URL's query as "¶").
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
ENTITY_FIELDS = ("title", "subtitle", "site_name", "section")  # read from markup attributes and JSON-LD


def decode_entities(text: str) -> str:
    """`text` with its complete character references decoded (unknown names stay as written)."""
    return _ENTITY.sub(lambda found: html.unescape(found.group(0)), text) if "&" in text else text


def pair_count(text: str, compiled: bool = True) -> int:
    """How many double-encoding pairs (`_PAIR`) `text` holds, up to MIN_PAIRS (counted in C
    where `text_fast` is built: the regex steps through every character, 13 us an article)."""
    if compiled and text_fast is not None:
        return text_fast.mojibake_pairs(text, MIN_PAIRS)
    return min(len(_PAIR.findall(text)), MIN_PAIRS)


def repair(text: str) -> str:
    return ftfy.fix_encoding(text) if _PAIR.search(text) else text


def repair_article(article: Article) -> None:
    """Repair the article's strings in place: character references left in its metadata
    fields, double encoding when its text or title shows it, then control characters."""
    for field in ENTITY_FIELDS:
        value = getattr(article, field)
        if value and "&" in value:
            setattr(article, field, decode_entities(value))
    if len(article.text) <= MAX_REPAIR_CHARS and pair_count(article.text) + pair_count(article.title or "") >= MIN_PAIRS:
        _repair_double_encoding(article)
    drop_controls(article)


# What prints nothing and is no white space: C0 controls but tab, newline and carriage return; DEL; C1.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_controls(text: str, compiled: bool = True) -> bool:
    """Whether `text` holds a `CONTROL` character (in one compiled pass where `text_fast` is built;
    tests compare with the regex)."""
    if compiled and text_fast is not None:
        found: bool = text_fast.has_controls(text)
        return found
    return CONTROL.search(text) is not None


def _without_controls(text: str) -> str:
    return CONTROL.sub("", fix_c1_controls(text))


def drop_controls(article: Article) -> None:
    """Read C1 controls as cp1252 and remove the other `CONTROL` characters from the article's
    strings, in place (looked for in its text and fields first: most articles hold none)."""
    fields = (article.text, article.title or "", article.subtitle or "", *article.authors, *(c.text for c in article.captions),
              *(link.title for link in article.related))  # fmt: skip
    if any(has_controls(value) for value in fields):
        _rewrite_strings(article, _without_controls, keep_block=str.strip)


def _repair_double_encoding(article: Article) -> None:
    # a repaired "â\x80\x8d" is a zero-width joiner alone: a spacer paragraph that prints nothing
    _rewrite_strings(article, repair, keep_block=lambda text: not prints_nothing(text))


def _rewrite_strings(article: Article, fix: Callable[[str], str], keep_block: Callable[[str], object]) -> None:
    """Pass every string of the article through `fix`, in place: title, subtitle, authors, blocks
    (those `keep_block` refuses then go), captions, related titles; the text joined again."""
    article.title = fix(article.title) if article.title else article.title
    article.subtitle = fix(article.subtitle) if article.subtitle else article.subtitle
    article.authors = [fix(name) for name in article.authors]
    for block in article.blocks:
        block.text = fix(block.text)
    article.blocks = [block for block in article.blocks if keep_block(block.text)]
    for caption in article.captions:
        caption.text = fix(caption.text)
    for link in article.related:
        link.title = fix(link.title)
    article.text = join_text(article.blocks) if article.blocks else fix(article.text)
