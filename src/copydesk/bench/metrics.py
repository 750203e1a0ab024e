"""The two benchmarks' official scores, shared by `copydesk bench` and the quality gate."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
SHINGLE_SIZE = 4  # Zyte AEB's n-gram length


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def _prf(tp: int, fp: int, fn: int) -> PRF:
    if tp + fp + fn == 0:  # both empty: a perfect answer
        return PRF(1.0, 1.0, 1.0)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


def word_tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_f1(gold: str, predicted: str) -> PRF:
    """WCXB's metric: bag-of-words F1 on lower-cased ``\\w+`` tokens.

    Definition from the WCXB paper and evaluation code (Foley 2026, Web
    Content eXtraction Benchmark): tokens are counted with multiplicity and
    matched as multisets; the page score is averaged over pages by the caller.
    """
    g, p = Counter(word_tokens(gold)), Counter(word_tokens(predicted))
    tp = sum((g & p).values())
    return _prf(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def _shingles(text: str, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    toks = word_tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def shingle_f1(gold: str, predicted: str) -> PRF:
    """Zyte AEB's metric: multiset overlap of 4-token shingles.

    Definition from scrapinghub/article-extraction-benchmark `evaluate.py`
    (`string_shingle_matching` with ngram_n=4 over lower-cased ``\\w+``
    tokens); precision, recall and F1 per page, averaged over pages.
    """
    g, p = _shingles(gold), _shingles(predicted)
    tp = sum((g & p).values())
    return _prf(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def exact_match(gold: str, predicted: str) -> bool:
    """Zyte AEB's accuracy: the token sequences are identical."""
    return word_tokens(gold) == word_tokens(predicted)
