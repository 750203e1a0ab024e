# cython: language_level=3, boundscheck=False, wraparound=False
"""Counts over each block's or line's own text, compiled: one pass per text in C.

An accelerator only: `extract/features.py` (`text_counts`) and
`clean/features.py` (`shape_counts`) compute the same counts in
Python and NumPy where this module is not built, and tests check that both
ways give the same numbers on generated texts (and, for blocks, on every
bundled page).  Each count
keeps the Python definition's character classes exactly:

- words: runs of non-white-space, as `str.split()` cuts them (`Py_UNICODE_ISSPACE`);
- digits: what ``\\d`` matches (`Py_UNICODE_ISDECIMAL`);
- tokens: the runs ``\\w+`` finds in the lower-cased text (alphanumeric or
  ``_``, as `re` defines ``\\w`` for `str` patterns);
- upper start: `str.isupper()` of the first character (`Py_UNICODE_ISUPPER`);
- all capitals: `str.isupper()` of the line (some upper-case character, none
  lower-case or title-case).
"""

import numpy as np

from cpython.unicode cimport (
    Py_UNICODE_ISALNUM,
    Py_UNICODE_ISDECIMAL,
    Py_UNICODE_ISLOWER,
    Py_UNICODE_ISSPACE,
    Py_UNICODE_ISTITLE,
    Py_UNICODE_ISUPPER,
)


cdef inline bint _is_word(Py_UCS4 ch):
    return ch == u'_' or Py_UNICODE_ISALNUM(ch)


cdef double _overlap(str lowered, frozenset reference):
    """Share of the \\w+ tokens of `lowered` found in `reference` (0.0 without tokens or reference)."""
    cdef Py_ssize_t i, start = -1, n = len(lowered), found = 0, total = 0
    cdef Py_UCS4 ch
    if not reference:
        return 0.0
    for i in range(n + 1):
        if i < n:
            ch = lowered[i]
            if _is_word(ch):
                if start < 0:
                    start = i
                continue
        if start >= 0:
            total += 1
            if lowered[start:i] in reference:
                found += 1
            start = -1
    return found / total if total else 0.0


def text_counts(list texts, str terminal, frozenset title_tokens, frozenset jsonld_tokens):
    """Per text (each non-empty): chars, words, commas, digits, whether it ends in one of
    `terminal`'s characters, whether it starts upper-case, and the share of its
    tokens in `title_tokens` and in `jsonld_tokens`; as a (n, 8) float array."""
    cdef Py_ssize_t n = len(texts), row, i, length, words
    cdef double commas, digits
    cdef Py_UCS4 ch
    cdef bint in_word
    cdef str text, lowered
    cdef bint overlaps = bool(title_tokens) or bool(jsonld_tokens)
    result = np.zeros((n, 8), dtype=np.float64)
    cdef double[:, ::1] out = result
    for row in range(n):
        text = texts[row]
        length = len(text)
        words, commas, digits, in_word = 0, 0.0, 0.0, False
        for i in range(length):
            ch = text[i]
            if Py_UNICODE_ISSPACE(ch):
                in_word = False
                continue
            if not in_word:
                words += 1
                in_word = True
            if ch == u',':
                commas += 1
            elif Py_UNICODE_ISDECIMAL(ch):
                digits += 1
        out[row, 0] = length
        out[row, 1] = words
        out[row, 2] = commas
        out[row, 3] = digits
        out[row, 4] = text[length - 1] in terminal
        out[row, 5] = Py_UNICODE_ISUPPER(text[0])
        if overlaps:
            lowered = text.lower()
            out[row, 6] = _overlap(lowered, title_tokens)
            out[row, 7] = _overlap(lowered, jsonld_tokens)
    return result


def line_counts(list texts, tuple capital_ranges):
    """Per line (each non-empty, white space collapsed to single spaces): words opening with
    a capital (a character in one of `capital_ranges`, inclusive code-point pairs, at the
    line's start or after a space), decimal digits, commas, whether it starts upper-case
    (`str.isupper` of the first character), ends in a colon, and is all capitals
    (`str.isupper` of the line: some cased character, none lower-case or title-case);
    as a (n, 6) float array."""
    cdef Py_ssize_t n = len(texts), row, i, length, k, n_ranges = len(capital_ranges)
    cdef Py_UCS4 ch, previous
    cdef double capitals, digits, commas
    cdef bint cased, uncased_only
    cdef Py_UCS4 lows[16]
    cdef Py_UCS4 highs[16]
    cdef str text
    if n_ranges > 16:
        raise ValueError("at most 16 capital ranges")
    for k in range(n_ranges):
        lows[k], highs[k] = capital_ranges[k][0], capital_ranges[k][1]
    result = np.zeros((n, 6), dtype=np.float64)
    cdef double[:, ::1] out = result
    for row in range(n):
        text = texts[row]
        length = len(text)
        capitals, digits, commas, previous = 0.0, 0.0, 0.0, u' '
        cased, uncased_only = False, True
        for i in range(length):
            ch = text[i]
            if previous == u' ' or previous == u'\n':
                for k in range(n_ranges):
                    if lows[k] <= ch <= highs[k]:
                        capitals += 1
                        break
            if ch == u',':
                commas += 1
            elif Py_UNICODE_ISDECIMAL(ch):
                digits += 1
            if ch < 128:  # ASCII: no title-case letters; the lookups below are slower
                if u'a' <= ch <= u'z':
                    uncased_only = False
                elif u'A' <= ch <= u'Z':
                    cased = True
            elif Py_UNICODE_ISLOWER(ch) or Py_UNICODE_ISTITLE(ch):
                uncased_only = False
            elif Py_UNICODE_ISUPPER(ch):
                cased = True
            previous = ch
        out[row, 0] = capitals
        out[row, 1] = digits
        out[row, 2] = commas
        out[row, 3] = length > 0 and Py_UNICODE_ISUPPER(text[0])
        out[row, 4] = length > 0 and text[length - 1] == u':'
        out[row, 5] = cased and uncased_only
    return result
