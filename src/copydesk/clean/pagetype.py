"""The page type of scraped text: article, forum, product, collection, listing, documentation
or service (WCXB's taxonomy, as HTML mode's `extract.pagetype`).

Text mode has no markup to ask (JSON-LD types, `og:type`, list and form
elements); it has the URL, the words of the text, and what the line model made
of its lines: how much of the text is story, how much menu, how many prices,
forum words ("reply", "joined"), shop phrases ("add to cart") and calls to act
("book a demo") it holds, and whether a byline or a date was found.  A small
multiclass tree model over those (`scripts/train_text_pagetype.py`, trained on
the WCXB pages' renderings, the domain-hash split) picks the type.  A crawl of
scraped text can then keep its articles (``--page-type article``), as a crawl
of HTML can; before, every text record's type was "other".
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from copydesk.clean.features import LINE_FEATURES
from copydesk.clean.lines import BODY_LABELS, Labelled, kept_word_sums
from copydesk.extract.pagetype import (
    CART_PHRASES,
    CTA_PHRASES,
    FORUM_WORDS,
    MAX_SCANNED_CHARS,
    PAGE_TYPES,
    URL_TOKEN,
    URL_WORDS,
    price_count,
)
from copydesk.extract.patterns import count_phrase_groups
from copydesk.extract.scorer import MODEL_DIR, Forest, load_forest
from copydesk.model import Article, PageType

TEXT_PAGETYPE_MODEL = MODEL_DIR / "textpagetype.json"
# The line model's features averaged over the page's lines (`clean.features.LINE_FEATURES`)
MEAN_COLUMNS = ("words", "terminal", "prose", "commas", "digit_ratio", "title_case", "says_subscribe", "says_share",
                "says_related", "says_ad", "says_consent", "says_legal", "furniture_related", "furniture_caption")  # fmt: skip
_MEAN_AT = [LINE_FEATURES.index(name) for name in MEAN_COLUMNS]
_WORDS_AT = LINE_FEATURES.index("words")
_URL_GROUPS = [frozenset(words) for words in URL_WORDS.values()]

TEXT_FEATURE_NAMES: tuple[str, ...] = (
    "log_chars", "log_lines", *(f"mean_{name}" for name in MEAN_COLUMNS), "body_word_share", "log_body_words", "sentence_word_share", "price_count", "forum_word_count", "cart_word_count", "cta_word_count",
    "url_depth", "url_has_digits", *(f"url_{group}" for group in URL_WORDS),
    "has_title", "has_author", "has_date", "has_dateline", "captions", "related", "media",
)  # fmt: skip


def text_page_features(text: str, labelled: Labelled, article: Article) -> list[float]:
    """The features of scraped `text` (`TEXT_FEATURE_NAMES`) from its labelled lines, the line
    model's features of them, and the facts `clean` read from them.  Words and
    phrases are counted in the text's first MAX_SCANNED_CHARS characters, lower-cased as they
    are read (a lower-cased copy cost 60 µs a median text).  Few NumPy calls: each costs
    microseconds on arrays this small."""
    labels, rows = labelled.labels, labelled.rows
    if rows is None or not len(rows):
        rows = np.zeros((1, len(LINE_FEATURES)))
    means = rows.mean(axis=0).tolist()
    total_words = max(means[_WORDS_AT] * len(rows), 1.0)
    body_words, sentence_words = kept_word_sums(labelled.lines, labels, kept=BODY_LABELS)
    scanned = text[:MAX_SCANNED_CHARS]
    forum_words, cart_words, cta_words = count_phrase_groups(scanned, (FORUM_WORDS, CART_PHRASES, CTA_PHRASES), lower=True)
    path = _url_path(article.url)
    url_tokens = set(URL_TOKEN.findall(path))
    return [
        math.log1p(len(text)), math.log1p(len(labels)), *(means[k] for k in _MEAN_AT),
        body_words / total_words, math.log1p(body_words),
        sentence_words / total_words,
        min(price_count(scanned), 200), min(forum_words, 200), min(cart_words, 50), min(cta_words, 50),
        path.count("/"), float(any(ch.isdigit() for ch in path)),
        *(float(bool(url_tokens & group)) for group in _URL_GROUPS),
        float(article.title is not None), float(bool(article.authors)), float(article.published is not None or labelled.dated_caption),
        float(article.dateline is not None), len(article.captions), len(article.related), len(article.media),
    ]  # fmt: skip


def _url_path(url: str | None) -> str:
    """The lower-cased path of `url` (what ``urlsplit(url).path.lower()`` gives for an absolute
    address; `urlsplit` parses all of it, at ten times the cost in the pipeline)."""
    if not url:
        return ""
    rest = url.split("://", 1)[1] if "://" in url else url
    for mark in ("?", "#"):
        rest = rest.split(mark, 1)[0]
    slash = rest.find("/")
    return rest[slash:].lower() if slash >= 0 else ""


@lru_cache(maxsize=1)
def _model() -> Forest | None:
    return load_forest(TEXT_PAGETYPE_MODEL, TEXT_FEATURE_NAMES) if TEXT_PAGETYPE_MODEL.is_file() else None


def classify_text(text: str, labelled: Labelled, article: Article) -> PageType:
    """The model's most likely type; OTHER only when no model is installed."""
    forest = _model()
    if forest is None:
        return PageType.OTHER
    row = np.asarray([text_page_features(text, labelled, article)], dtype=np.float64)
    return PAGE_TYPES[int(forest.predict_classes(row)[0].argmax())]
