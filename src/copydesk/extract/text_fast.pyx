# cython: language_level=3, boundscheck=False, wraparound=False
"""Counts over each block's or line's own text, compiled: one pass per text in C.

An accelerator only: `extract/features.py` (`text_counts`) and
`clean/features.py` (`shape_counts`, `split_lines`, `context_columns`) compute the
same in Python and NumPy where this module is not built, and tests check that both
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

from operator import attrgetter

import numpy as np

cimport cython

from libc.math cimport log, log1p, sqrt
from libc.stdlib cimport calloc, free, malloc
from libc.string cimport memchr, memset
from libc.stdint cimport int64_t, uint8_t, uint16_t, uint32_t, uint64_t

from cpython.object cimport PyObject
from cpython.ref cimport Py_DECREF
from cpython.unicode cimport (
    PyUnicode_Tailmatch,
    Py_UNICODE_ISALNUM,
    Py_UNICODE_ISDECIMAL,
    Py_UNICODE_ISLOWER,
    Py_UNICODE_ISSPACE,
    Py_UNICODE_ISTITLE,
    Py_UNICODE_ISUPPER,
    Py_UNICODE_TOLOWER,
)



cdef extern from "Python.h":
    # Direct reads from a str's buffer (Cython's str[i] checks bounds and kind on every call)
    int PyUnicode_KIND(object text)
    int PyUnicode_1BYTE_KIND
    int PyUnicode_2BYTE_KIND
    void* PyUnicode_DATA(object text)
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index) nogil
    bint PyUnicode_IS_ASCII(object text)

cdef enum:
    BYTE_COUNT_BLOCK = 255  # bytes counted into one 8-bit tally (`byte_count`): it cannot overflow
    MAX_RANGES = 16
    PAIR_BYTES = 2048  # 128 * 128 / 8: one bit for each pair of ASCII characters


cdef Py_ssize_t _load_ranges(tuple ranges, Py_UCS4* lows, Py_UCS4* highs) except -1:
    """Copy inclusive code-point pairs into `lows`/`highs` (MAX_RANGES long); their count."""
    cdef Py_ssize_t k, n = len(ranges)
    if n > MAX_RANGES:
        raise ValueError(f"at most {MAX_RANGES} code-point ranges")
    for k in range(n):
        lows[k], highs[k] = ranges[k][0], ranges[k][1]
    return n


cdef inline bint _in_ranges(Py_UCS4 ch, const Py_UCS4* lows, const Py_UCS4* highs, Py_ssize_t n) noexcept:
    cdef Py_ssize_t k
    for k in range(n):
        if lows[k] <= ch <= highs[k]:
            return True
    return False


cdef inline bint _is_word(Py_UCS4 ch) noexcept:
    if ch < 128:  # ASCII answered here: the Unicode lookups are calls into the interpreter
        return (u'a' <= ch <= u'z') or (u'A' <= ch <= u'Z') or (u'0' <= ch <= u'9') or ch == u'_'
    return Py_UNICODE_ISALNUM(ch)


cdef inline bint _is_decimal(Py_UCS4 ch) noexcept:
    if ch < 128:
        return u'0' <= ch <= u'9'
    return Py_UNICODE_ISDECIMAL(ch)


cdef inline bint _is_punctuation(Py_UCS4 ch) noexcept:
    """One of `clean.features.PUNCTUATION`'s characters: . , ; : ! ? … 。 、 ， ； ： ！ ？"""
    if ch < 128:
        return ch == u'.' or ch == u',' or ch == u';' or ch == u':' or ch == u'!' or ch == u'?'
    return (ch == 0x2026 or ch == 0x3002 or ch == 0x3001 or ch == 0xFF0C or ch == 0xFF1B or ch == 0xFF1A
            or ch == 0xFF01 or ch == 0xFF1F)


cdef inline bint _is_line_break(Py_UCS4 ch) noexcept:
    """The line boundaries of `str.splitlines` (\\r\\n is one: the caller skips its \\n)."""
    if ch < 0x20:
        return ch == u'\n' or ch == u'\r' or ch == 0x0b or ch == 0x0c or 0x1c <= ch <= 0x1e
    return ch == 0x85 or ch == 0x2028 or ch == 0x2029


# The per-character loops below read a str's buffer at its own width (`char_t`: one, two or
# four bytes a character, as CPython stores it) and answer the character tests of Latin-1
# characters, nearly all of a page's, from one table (`_LATIN1_CLASS`, filled at import from
# the same tests): a read through `PyUnicode_READ` branches on the width per character, and
# the tests are calls into the interpreter above ASCII (1.4-1.5x faster a Zyte text: line
# shapes 36 -> 24 us, the split 37 -> 25 us, the hint scan 26 -> 19 us).
ctypedef fused char_t:
    uint8_t
    uint16_t
    uint32_t

cdef enum:
    CH_SPACE = 1  # Py_UNICODE_ISSPACE
    CH_BREAK = 2  # a `str.splitlines` boundary (`_is_line_break`)
    CH_DECIMAL = 4  # what ``\\d`` matches
    CH_LOWER = 8  # lower- or title-case (Py_UNICODE_ISLOWER or Py_UNICODE_ISTITLE)
    CH_UPPER = 16  # upper-case and not CH_LOWER (Py_UNICODE_ISUPPER)
    CH_PUNCT = 32  # `_is_punctuation`
    CH_CAPITAL = 64  # in a capital range (`line_counts`' and `line_shape`'s, set per call: `_latin1_table`)

cdef uint8_t _LATIN1_CLASS[256]
cdef Py_UCS4 _LATIN1_LOWER[256]  # Py_UNICODE_TOLOWER of each (every one stays below 256)
# The General Punctuation block (dashes, curly quotes, ellipsis, bullets: the characters past
# Latin-1 that Latin-script news text holds most) has no cased characters, so its classes
# are tabled too and its characters lower-case to themselves, without a Unicode database
# lookup each (`_fill_latin1_tables` checks both).
cdef enum:
    PUNCTUATION_BLOCK_FIRST = 0x2000
    PUNCTUATION_BLOCK_END = 0x2070
cdef uint8_t _PUNCTUATION_BLOCK_CLASS[PUNCTUATION_BLOCK_END - PUNCTUATION_BLOCK_FIRST]


cdef uint8_t _class_of(Py_UCS4 ch) noexcept:
    """The CH_ bits of a character."""
    cdef uint8_t found = 0
    if Py_UNICODE_ISSPACE(ch):
        found |= CH_SPACE
    if _is_line_break(ch):
        found |= CH_BREAK
    if _is_decimal(ch):
        found |= CH_DECIMAL
    if Py_UNICODE_ISLOWER(ch) or Py_UNICODE_ISTITLE(ch):
        found |= CH_LOWER
    elif Py_UNICODE_ISUPPER(ch):
        found |= CH_UPPER
    if _is_punctuation(ch):
        found |= CH_PUNCT
    return found


cdef int _fill_latin1_tables() except -1:
    cdef Py_UCS4 ch
    for ch in range(256):
        _LATIN1_CLASS[ch] = _class_of(ch)
        _LATIN1_LOWER[ch] = Py_UNICODE_TOLOWER(ch)
        if _LATIN1_LOWER[ch] >= 256:  # pragma: no cover - a Unicode database change
            raise RuntimeError("a Latin-1 character lower-cases outside Latin-1")
    cdef int code
    for code in range(PUNCTUATION_BLOCK_FIRST, PUNCTUATION_BLOCK_END):
        ch = <Py_UCS4>code
        _PUNCTUATION_BLOCK_CLASS[code - PUNCTUATION_BLOCK_FIRST] = _class_of(ch)
        if Py_UNICODE_TOLOWER(ch) != ch:  # pragma: no cover - a Unicode database change
            raise RuntimeError("a General Punctuation character lower-cases to another")
    return 0


_fill_latin1_tables()


cdef inline bint _is_space(Py_UCS4 ch) noexcept:
    """`Py_UNICODE_ISSPACE`, Latin-1 from the table.  (Written as an if: the one-line
    conditional expression mixing the table's int and the macro's result made Cython box
    both into Python objects, 5 ns a character.)"""
    if ch < 256:
        return (_LATIN1_CLASS[ch] & CH_SPACE) != 0
    return Py_UNICODE_ISSPACE(ch)


cdef inline uint8_t _char_class(Py_UCS4 ch) noexcept:
    if ch < 256:
        return _LATIN1_CLASS[ch]
    if PUNCTUATION_BLOCK_FIRST <= ch < PUNCTUATION_BLOCK_END:
        return _PUNCTUATION_BLOCK_CLASS[<int>ch - PUNCTUATION_BLOCK_FIRST]
    return _class_of(ch)


cdef inline Py_UCS4 _lower(Py_UCS4 ch) noexcept:
    """Py_UNICODE_TOLOWER of `ch`, from tables where they hold it."""
    if ch < 256:
        return _LATIN1_LOWER[ch]
    if PUNCTUATION_BLOCK_FIRST <= ch < PUNCTUATION_BLOCK_END:
        return ch
    return Py_UNICODE_TOLOWER(ch)


def lower_case_of(Py_UCS4 ch):
    """`_lower`, for tests (the Unicode database's simple lower-case mapping, `Py_UNICODE_TOLOWER`)."""
    return _lower(ch), Py_UNICODE_TOLOWER(ch)


def class_of_char(Py_UCS4 ch):
    """`_char_class` and `_class_of` of `ch`, for tests (the tabled and the looked-up classes)."""
    return _char_class(ch), _class_of(ch)


cdef struct TokenFilter:
    # Which tokens could be in a token set, by their first two characters: a bit per pair of
    # ASCII characters (a one-character token pairs with 0); `other` when the set holds a
    # token opening otherwise (then every such token is looked up).
    uint8_t pairs[PAIR_BYTES]
    bint other
    bint empty


cdef int _token_filter(frozenset reference, TokenFilter* found) except -1:
    cdef str token
    cdef Py_ssize_t length
    cdef Py_UCS4 first, second
    cdef int key
    memset(found.pairs, 0, PAIR_BYTES)
    found.other, found.empty = False, not reference
    for token in reference:
        length = len(token)
        if length == 0:
            continue
        first = token[0]
        second = token[1] if length > 1 else 0
        if first < 128 and second < 128:
            key = <int>first * 128 + <int>second
            found.pairs[key >> 3] |= 1 << (key & 7)
        else:
            found.other = True
    return 0


cdef inline bint _may_hold(const TokenFilter* sieve, Py_UCS4 first, Py_UCS4 second) noexcept:
    cdef int key
    if sieve.empty:
        return False
    if first < 128 and second < 128:
        key = <int>first * 128 + <int>second
        return (sieve.pairs[key >> 3] >> (key & 7)) & 1
    return sieve.other


cdef void _overlaps(str lowered, frozenset title_tokens, frozenset jsonld_tokens, const TokenFilter* title_sieve,
                    const TokenFilter* jsonld_sieve, double* title_share, double* jsonld_share):
    """Shares of the \\w+ tokens of `lowered` found in each token set, in one pass: a token is
    cut out of the text (a new string) only when its first two characters could open one of
    a set's tokens (`TokenFilter`); most cannot."""
    cdef Py_ssize_t i, start = -1, n = len(lowered), in_title = 0, in_jsonld = 0, total = 0
    cdef Py_UCS4 ch, first, second
    cdef bint title_may, jsonld_may
    cdef int kind = PyUnicode_KIND(lowered)
    cdef void* data = PyUnicode_DATA(lowered)
    for i in range(n + 1):
        if i < n:
            ch = PyUnicode_READ(kind, data, i)
            if _is_word(ch):
                if start < 0:
                    start = i
                continue
        if start >= 0:
            total += 1
            first = PyUnicode_READ(kind, data, start)
            second = PyUnicode_READ(kind, data, start + 1) if i - start > 1 else 0
            title_may = _may_hold(title_sieve, first, second)
            jsonld_may = _may_hold(jsonld_sieve, first, second)
            if title_may or jsonld_may:
                token = lowered[start:i]
                if title_may and token in title_tokens:
                    in_title += 1
                if jsonld_may and token in jsonld_tokens:
                    in_jsonld += 1
            start = -1
    title_share[0] = in_title / total if total and not title_sieve.empty else 0.0
    jsonld_share[0] = in_jsonld / total if total and not jsonld_sieve.empty else 0.0


cdef extern from *:
    """
    #define COPYDESK_FNV_OFFSET 14695981039346656037ULL
    #define COPYDESK_FNV_PRIME 1099511628211ULL
    """
    const uint64_t FNV_OFFSET "COPYDESK_FNV_OFFSET"  # FNV-1a, 64 bits, over a token's code points
    const uint64_t FNV_PRIME "COPYDESK_FNV_PRIME"


cdef struct TokenTable:
    # A token set's tokens as code points, in a hash table (open addressing): looked up
    # without making a string of the token read.
    Py_ssize_t mask  # slots - 1 (a power of two at least twice the tokens)
    uint64_t *hashes  # FNV-1a of a slot's token, its lowest bit set (0: an empty slot)
    Py_ssize_t *offsets  # where a slot's token starts in `chars`
    Py_ssize_t *lengths
    Py_UCS4 *chars
    bint empty


cdef inline uint64_t _fnv_step(uint64_t h, Py_UCS4 ch) noexcept:
    return (h ^ <uint64_t> ch) * FNV_PRIME


cdef int _token_table(frozenset reference, TokenTable *table) except -1:
    """`table` filled with `reference`'s tokens (free it with `_free_token_table`)."""
    cdef Py_ssize_t slots = 8, total = 0, at = 0, slot, k
    cdef uint64_t h
    cdef str token
    table.hashes, table.offsets, table.lengths, table.chars = NULL, NULL, NULL, NULL
    table.empty, table.mask = not reference, 0
    if table.empty:
        return 0
    while slots < 2 * len(reference):
        slots *= 2
    for token in reference:
        total += len(token)
    table.mask = slots - 1
    table.hashes = <uint64_t *> calloc(slots, sizeof(uint64_t))
    table.offsets = <Py_ssize_t *> malloc(slots * sizeof(Py_ssize_t))
    table.lengths = <Py_ssize_t *> malloc(slots * sizeof(Py_ssize_t))
    table.chars = <Py_UCS4 *> malloc((total + 1) * sizeof(Py_UCS4))
    if table.hashes == NULL or table.offsets == NULL or table.lengths == NULL or table.chars == NULL:
        _free_token_table(table)
        raise MemoryError()
    for token in reference:
        h = FNV_OFFSET
        for k in range(len(token)):
            table.chars[at + k] = token[k]
            h = _fnv_step(h, token[k])
        h |= 1
        slot = <Py_ssize_t> (h & <uint64_t> table.mask)
        while table.hashes[slot] != 0:
            slot = (slot + 1) & table.mask
        table.hashes[slot], table.offsets[slot], table.lengths[slot] = h, at, len(token)
        at += len(token)
    return 0


cdef void _free_token_table(TokenTable *table) noexcept:
    free(table.hashes)
    free(table.offsets)
    free(table.lengths)
    free(table.chars)
    table.hashes, table.offsets, table.lengths, table.chars = NULL, NULL, NULL, NULL


cdef bint _table_holds(const TokenTable *table, uint64_t h, const char_t *chars, Py_ssize_t start, Py_ssize_t end) noexcept:
    """Whether the token `chars[start:end]`, A-Z folded (its FNV-1a `h`), is in `table`."""
    cdef Py_ssize_t slot, k, length = end - start
    cdef const Py_UCS4 *stored
    if table.empty:
        return False
    h |= 1
    slot = <Py_ssize_t> (h & <uint64_t> table.mask)
    while table.hashes[slot] != 0:
        if table.hashes[slot] == h and table.lengths[slot] == length:
            stored = table.chars + table.offsets[slot]
            for k in range(length):
                if stored[k] != _ascii_folded(chars[start + k]):
                    break
            else:
                return True
        slot = (slot + 1) & table.mask
    return False


cdef inline Py_UCS4 _ascii_folded(uint32_t ch) noexcept:
    """`ch` with A-Z lower-cased."""
    return <Py_UCS4> (ch + 32 if 65 <= ch <= 90 else ch)


cdef struct BlockCounts:
    Py_ssize_t words, commas, digits
    Py_ssize_t tokens, in_title, in_jsonld
    bint folded  # the tokens were read with ASCII folding: no character that lower() changes otherwise


cdef BlockCounts _block_counts(const char_t* chars, Py_ssize_t length, bint overlaps,
                               const TokenTable* title_table, const TokenTable* jsonld_table) noexcept:
    """`text_counts`' words, commas and digits of `text` (`chars`, its code units) and, with
    `overlaps`, its \\w+ tokens and how many are in each token set, in one pass.  The tokens are
    read as in ``text.lower()`` by folding A-Z as read: exact while every other character is
    one lower() leaves alone (no upper-case letter outside ASCII, so no "İ" or final sigma);
    at the first that is not, `folded` is False and the caller reads the tokens from
    ``text.lower()`` (`_overlaps`)."""
    cdef BlockCounts c
    cdef Py_ssize_t i, start = -1
    cdef Py_UCS4 ch
    cdef bint in_word = False
    cdef uint8_t bits
    cdef uint64_t h = FNV_OFFSET
    c.words = c.commas = c.digits = c.tokens = c.in_title = c.in_jsonld = 0
    c.folded = overlaps
    for i in range(length + 1):
        if i < length:
            ch = chars[i]
            if ch < 256:
                bits = _LATIN1_CLASS[ch]
                if c.folded and ch >= 128 and _LATIN1_LOWER[ch] != ch:
                    c.folded = False
            else:
                bits = (CH_SPACE if Py_UNICODE_ISSPACE(ch) else 0) | (CH_DECIMAL if Py_UNICODE_ISDECIMAL(ch) else 0)
                if c.folded and Py_UNICODE_TOLOWER(ch) != ch:
                    c.folded = False
            if bits & CH_SPACE:
                in_word = False
            else:
                if not in_word:
                    c.words += 1
                    in_word = True
                if ch == u',':
                    c.commas += 1
                elif bits & CH_DECIMAL:
                    c.digits += 1
            if not c.folded:
                continue
            if _is_word(ch):
                if start < 0:
                    start, h = i, FNV_OFFSET
                h = _fnv_step(h, _ascii_folded(ch))
                continue
        elif not c.folded:
            break
        if start >= 0:  # a token ends here
            c.tokens += 1
            c.in_title += _table_holds(title_table, h, chars, start, i)
            c.in_jsonld += _table_holds(jsonld_table, h, chars, start, i)
            start = -1
    return c


def text_counts(list texts, str terminal, frozenset title_tokens, frozenset jsonld_tokens):
    """Per text (each non-empty): chars, words, commas, digits, whether it ends in one of
    `terminal`'s characters, whether it starts upper-case, and the share of its
    tokens in `title_tokens` and in `jsonld_tokens`; as a (n, 8) float array.

    One pass a text (`_block_counts`) counts and reads its tokens, looked up in C tables of
    the token sets (`TokenTable`) without a string made for any (77 -> 45 µs a median Zyte
    page); a text holding a character lower() changes otherwise than A-Z has its tokens
    read again from ``text.lower()`` (`_overlaps`)."""
    cdef Py_ssize_t n = len(texts)
    cdef bint overlaps = bool(title_tokens) or bool(jsonld_tokens)
    cdef TokenTable title_table, jsonld_table
    result = np.zeros((n, 8), dtype=np.float64)
    cdef double[:, ::1] out = result
    memset(&title_table, 0, sizeof(TokenTable))  # nothing to free until filled
    memset(&jsonld_table, 0, sizeof(TokenTable))
    try:
        _token_table(title_tokens, &title_table)
        _token_table(jsonld_tokens, &jsonld_table)
        _text_rows(texts, terminal, title_tokens, jsonld_tokens, overlaps, &title_table, &jsonld_table, out)
    finally:
        _free_token_table(&title_table)
        _free_token_table(&jsonld_table)
    return result


cdef int _text_rows(list texts, str terminal, frozenset title_tokens, frozenset jsonld_tokens, bint overlaps,
                    const TokenTable* title_table, const TokenTable* jsonld_table, double[:, ::1] out) except -1:
    """`text_counts`' rows into `out`.  The pair filters `_overlaps` reads are made at the
    first text that needs them (most pages have none)."""
    cdef Py_ssize_t n = len(texts), row, length, total
    cdef BlockCounts counts
    cdef str text
    cdef double title_share = 0.0, jsonld_share = 0.0
    cdef int kind
    cdef void* data
    cdef TokenFilter title_sieve, jsonld_sieve
    cdef bint sieved = False
    for row in range(n):
        text = texts[row]
        length = len(text)
        kind, data = PyUnicode_KIND(text), PyUnicode_DATA(text)
        if kind == PyUnicode_1BYTE_KIND:
            counts = _block_counts(<const uint8_t*> data, length, overlaps, title_table, jsonld_table)
        elif kind == PyUnicode_2BYTE_KIND:
            counts = _block_counts(<const uint16_t*> data, length, overlaps, title_table, jsonld_table)
        else:
            counts = _block_counts(<const uint32_t*> data, length, overlaps, title_table, jsonld_table)
        out[row, 0] = length
        out[row, 1] = counts.words
        out[row, 2] = counts.commas
        out[row, 3] = counts.digits
        out[row, 4] = text[length - 1] in terminal
        out[row, 5] = Py_UNICODE_ISUPPER(text[0])
        if overlaps:
            if counts.folded:
                total = counts.tokens
                out[row, 6] = counts.in_title / total if total and not title_table.empty else 0.0
                out[row, 7] = counts.in_jsonld / total if total and not jsonld_table.empty else 0.0
            else:
                if not sieved:
                    _token_filter(title_tokens, &title_sieve)
                    _token_filter(jsonld_tokens, &jsonld_sieve)
                    sieved = True
                _overlaps(text.lower(), title_tokens, jsonld_tokens, &title_sieve, &jsonld_sieve, &title_share, &jsonld_share)
                out[row, 6] = title_share
                out[row, 7] = jsonld_share
    return 0


cdef struct LineCounts:
    double capitals, digits, commas
    bint starts_upper, ends_colon, all_caps
    bint punctuated  # holds one of `clean.features.PUNCTUATION`'s characters
    bint maybe_stamp  # holds ":", "19", "20" or "ago" (any case): what a `clean.features.STAMP` match holds


# `_count_chars`' table bits above the CH_ classes: the characters it counts or looks for in
# sequence, so that each character costs one table read and no comparison.
cdef enum:
    SH_COMMA = 1 << 7
    SH_COLON = 1 << 8
    SH_WORD_GAP = 1 << 9  # " " or "\n": a word starting after it is counted for capitals
    SH_CODE_SHIFT = 10  # 3 bits: the character's place in the stamp sequences (`_STAMP_CODES`)
# "1", "9", "2", "0", "a", "g", "o" (the last three in either case) are codes 1-7: a line may be
# a time stamp when it holds "19", "20" or "ago" (codes 1-2, 3-4, 5-6-7) or a colon.
_STAMP_CODES = {u"1": 1, u"9": 2, u"2": 3, u"0": 4, u"a": 5, u"A": 5, u"g": 6, u"G": 6, u"o": 7, u"O": 7}
cdef uint8_t _STAMP_SEQUENCE[512]  # [before, previous, this code]: 1 where the three end "19", "20" or "ago"
cdef uint32_t _SHAPE_BITS[256]  # the SH_ bits and stamp code of each Latin-1 character


cdef int _fill_shape_tables() except -1:
    cdef int before, previous, code
    cdef Py_UCS4 ch
    for before in range(8):
        for previous in range(8):
            for code in range(8):
                _STAMP_SEQUENCE[(before << 6) | (previous << 3) | code] = (
                    (previous == 1 and code == 2) or (previous == 3 and code == 4) or (before == 5 and previous == 6 and code == 7)
                )
    for ch in range(256):
        _SHAPE_BITS[ch] = (
            (SH_COMMA if ch == u',' else 0) | (SH_COLON if ch == u':' else 0)
            | (SH_WORD_GAP if ch == u' ' or ch == u'\n' else 0)
            | (<uint32_t> _STAMP_CODES.get(chr(ch), 0) << SH_CODE_SHIFT)
        )
    return 0


_fill_shape_tables()


cdef int _latin1_table(const Py_UCS4* lows, const Py_UCS4* highs, Py_ssize_t n_ranges, uint32_t* table) except -1:
    """`_LATIN1_CLASS`, with CH_CAPITAL set on the characters in the capital ranges, and the SH_
    bits and stamp codes `_count_chars` reads (`_SHAPE_BITS`)."""
    cdef Py_UCS4 ch
    for ch in range(256):
        table[ch] = _LATIN1_CLASS[ch] | _SHAPE_BITS[ch] | (CH_CAPITAL if _in_ranges(ch, lows, highs, n_ranges) else 0)
    return 0


cdef LineCounts _count_line(str text, const Py_UCS4* lows, const Py_UCS4* highs, Py_ssize_t n_ranges,
                            const uint32_t* table):
    """`line_counts`'s counts for one line (`table`: `_latin1_table` of the capital ranges)."""
    cdef Py_ssize_t length = len(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    if kind == PyUnicode_1BYTE_KIND:
        return _count_chars(<const uint8_t*>data, length, lows, highs, n_ranges, table)
    if kind == PyUnicode_2BYTE_KIND:
        return _count_chars(<const uint16_t*>data, length, lows, highs, n_ranges, table)
    return _count_chars(<const uint32_t*>data, length, lows, highs, n_ranges, table)


cdef LineCounts _count_chars(const char_t* chars, Py_ssize_t length, const Py_UCS4* lows, const Py_UCS4* highs,
                             Py_ssize_t n_ranges, const uint32_t* table) noexcept:
    """The counts, each character's tests read from `table` (`_latin1_table`) and added or
    or-ed without a branch (a word's letters make the branches unpredictable)."""
    cdef LineCounts c
    cdef Py_ssize_t i, capitals = 0, digits = 0, commas = 0
    cdef Py_UCS4 ch
    cdef uint32_t bits, seen = 0, stamp = 0, gap = 1, code, previous = 0, before = 0  # a line's start reads as after a space
    for i in range(length):
        ch = chars[i]
        if ch < 256:
            bits = table[ch]
        else:
            bits = _class_of(ch) | (CH_CAPITAL if _in_ranges(ch, lows, highs, n_ranges) else 0)
        seen |= bits
        digits += (bits & CH_DECIMAL) != 0
        commas += (bits & SH_COMMA) != 0
        capitals += gap & ((bits & CH_CAPITAL) != 0)
        code = (bits >> SH_CODE_SHIFT) & 7
        stamp |= _STAMP_SEQUENCE[(before << 6) | (previous << 3) | code]
        gap = (bits & SH_WORD_GAP) != 0
        before, previous = previous, code
    c.capitals, c.digits, c.commas = capitals, digits, commas
    c.punctuated = (seen & CH_PUNCT) != 0
    c.maybe_stamp = stamp != 0 or (seen & SH_COLON) != 0
    c.starts_upper = length > 0 and Py_UNICODE_ISUPPER(chars[0])
    c.ends_colon = length > 0 and chars[length - 1] == u':'
    c.all_caps = (seen & CH_UPPER) != 0 and (seen & CH_LOWER) == 0
    return c


def line_counts(list texts, tuple capital_ranges):
    """Per line (each non-empty, white space collapsed to single spaces): words opening with
    a capital (a character in one of `capital_ranges`, inclusive code-point pairs, at the
    line's start or after a space), decimal digits, commas, whether it starts upper-case
    (`str.isupper` of the first character), ends in a colon, and is all capitals
    (`str.isupper` of the line: some cased character, none lower-case or title-case);
    as a (n, 6) float array."""
    cdef Py_ssize_t n = len(texts), row, n_ranges
    cdef Py_UCS4 lows[MAX_RANGES]
    cdef Py_UCS4 highs[MAX_RANGES]
    cdef LineCounts c
    cdef uint32_t table[256]
    n_ranges = _load_ranges(capital_ranges, lows, highs)
    _latin1_table(lows, highs, n_ranges, table)
    result = np.zeros((n, 6), dtype=np.float64)
    cdef double[:, ::1] out = result
    for row in range(n):
        c = _count_line(texts[row], lows, highs, n_ranges, table)
        out[row, 0] = c.capitals
        out[row, 1] = c.digits
        out[row, 2] = c.commas
        out[row, 3] = c.starts_upper
        out[row, 4] = c.ends_colon
        out[row, 5] = c.all_caps
    return result


def line_shape(list texts, const int64_t[::1] words, const uint8_t[::1] terminal, tuple capital_ranges,
               double max_words, double max_commas, double[:, ::1] out, uint8_t[::1] punctuated,
               uint8_t[::1] maybe_stamp):
    """The clean path's shape columns of each line, in one pass (`clean.features.SHAPE_FEATURES`
    order): log1p of its length (libm's, as `math.log1p`), its words (at most `max_words`),
    terminal, ends in a colon, starts upper-case, capitalised words per word, digits per
    character, all capitals, commas (at most `max_commas`); written into `out`'s first nine
    columns (the feature matrix: no array made and copied).  The same values
    `_shape_columns` computes from `line_counts` with NumPy (a test checks).  Also, per line,
    into `punctuated` and `maybe_stamp`: `LineCounts`' flags of the same names, which
    `line_flags` reads instead of running its regexes on every candidate line."""
    cdef Py_ssize_t n = len(texts), row, n_ranges
    cdef Py_UCS4 lows[MAX_RANGES]
    cdef Py_UCS4 highs[MAX_RANGES]
    cdef LineCounts c
    cdef uint32_t table[256]
    n_ranges = _load_ranges(capital_ranges, lows, highs)
    _latin1_table(lows, highs, n_ranges, table)
    if (out.shape[0] != n or out.shape[1] < 9 or words.shape[0] != n or terminal.shape[0] != n
            or punctuated.shape[0] != n or maybe_stamp.shape[0] != n):
        raise ValueError("one row of out and one entry of words, terminal and the flags per text, nine columns or more")
    for row in range(n):
        c = _shape_row(&out[row, 0], texts[row], words[row], terminal[row], lows, highs, n_ranges, table, max_words, max_commas)
        punctuated[row] = c.punctuated
        maybe_stamp[row] = c.maybe_stamp


cdef LineCounts _shape_row(double* row, str text, int64_t words, bint terminal, const Py_UCS4* lows, const Py_UCS4* highs,
                           Py_ssize_t n_ranges, const uint32_t* table, double max_words, double max_commas):
    """One line's nine shape columns, written from `row` on (`line_shape`'s, `line_matrix`'s);
    its `LineCounts`, for the flags read from them."""
    cdef Py_ssize_t length = len(text)
    cdef LineCounts c = _count_line(text, lows, highs, n_ranges, table)
    cdef double n_words = <double>words
    row[0] = log1p(<double>length)
    row[1] = n_words if n_words < max_words else max_words
    row[2] = terminal
    row[3] = c.ends_colon
    row[4] = c.starts_upper
    row[5] = c.capitals / (n_words if n_words > 1.0 else 1.0)
    row[6] = c.digits / <double>length
    row[7] = c.all_caps
    row[8] = c.commas if c.commas < max_commas else max_commas
    return c


cdef inline double _window_share(const int64_t* sums, Py_ssize_t i, Py_ssize_t n, Py_ssize_t half) noexcept nogil:
    """Share of true flags among the lines within `half` of line i, from prefix sums."""
    cdef Py_ssize_t lo = i - half if i > half else 0
    cdef Py_ssize_t hi = i + half + 1 if i + half + 1 < n else n
    return <double>(sums[hi] - sums[lo]) / <double>(hi - lo)


def line_context(const int64_t[::1] words, const uint8_t[::1] terminal, const uint8_t[::1] blank_before,
                 const int64_t[::1] groups, const int64_t[::1] sizes, const uint8_t[::1] prose,
                 const uint8_t[::1] breaks, const uint8_t[::1] stamps, Py_ssize_t near, Py_ssize_t far,
                 Py_ssize_t gap, int64_t short_words, double max_short_run, double max_group, into=None):
    """`clean.features.context_columns` in C: the columns of CONTEXT_FEATURES, in that order,
    as an (n, 26) float array, or written into `into` (zeros, (n, 26), rows each contiguous:
    the feature matrix's last columns, no array made and copied).  `groups` must be
    nondecreasing (`split_lines` numbers the paragraph groups in order), so each group is one
    run of lines."""
    cdef Py_ssize_t n = words.shape[0], i, j, start, last, best_first, best_last, run_start, first_prose
    cdef int64_t total_prose = 0, total_chars = 0, chars_before = 0, prose_before = 0, chars, best_chars
    cdef int64_t prose_count = 0, opened = 0
    cdef double dn = <double>n, share
    result = np.zeros((n, 26), dtype=np.float64) if into is None else into
    if n == 0:
        return result
    for i in range(1, n):
        if groups[i] < groups[i - 1]:
            raise ValueError("line groups must be nondecreasing")
    prose_sums_array = np.zeros(n + 1, dtype=np.int64)
    stamp_sums_array = np.zeros(n + 1, dtype=np.int64)
    cdef int64_t[::1] prose_sums = prose_sums_array, stamp_sums = stamp_sums_array
    cdef double[:, :] out = result  # strided: `into` is a block of a larger matrix's columns
    if out.shape[0] != n or out.shape[1] != 26:
        raise ValueError("into must be (n, 26)")
    with nogil:
        for i in range(n):
            total_chars += sizes[i]
            if prose[i]:
                total_prose += sizes[i]
                prose_count += 1
            prose_sums[i + 1] = prose_sums[i] + (prose[i] != 0)
            stamp_sums[i + 1] = stamp_sums[i] + (stamps[i] != 0)
        if total_prose < 1:
            total_prose = 1
        if total_chars < 1:
            total_chars = 1
        # the main prose cluster (as `_main_cluster`)
        best_first, best_last, best_chars = 0, -1, 0
        start, last, chars = -1, -1, 0
        first_prose = n
        for i in range(n):
            if not prose[i]:
                continue
            if first_prose == n:
                first_prose = i
            if start < 0 or i - last - 1 > gap:
                start, chars = i, 0
            chars += sizes[i]
            last = i
            if chars > best_chars:
                best_first, best_last, best_chars = start, last, chars
        run_start = 0
        for i in range(n):
            out[i, 0] = i / dn  # rel_index
            out[i, 1] = <double>chars_before / <double>total_chars
            out[i, 2] = <double>prose_before / <double>total_prose
            if prose[i]:
                prose_before += sizes[i]
            out[i, 3] = 1.0 - <double>prose_before / <double>total_prose  # prose_after
            chars_before += sizes[i]
            if i >= 2:
                out[i, 4] = <double>words[i - 2]
            if i >= 1:
                out[i, 5] = <double>words[i - 1]
                out[i, 8] = terminal[i - 1]
            if i + 1 < n:
                out[i, 6] = <double>words[i + 1]
                out[i, 9] = terminal[i + 1]
                out[i, 14] = blank_before[i + 1]  # blank_after
            else:
                out[i, 14] = 1.0
            if i + 2 < n:
                out[i, 7] = <double>words[i + 2]
            out[i, 10] = _window_share(&prose_sums[0], i, n, near)
            out[i, 11] = _window_share(&prose_sums[0], i, n, far)
            out[i, 13] = blank_before[i]
            if i > 0 and groups[i] != groups[i - 1]:
                run_start = i
            out[i, 16] = min(<double>(i - run_start), max_group)  # group_index
            out[i, 17] = log1p(dn)
            out[i, 18] = prose_count / dn
            out[i, 19] = best_first <= i <= best_last  # in_main
            out[i, 20] = i < best_first
            out[i, 21] = i > best_last
            out[i, 22] = (i - best_last if i > best_last else 0) / dn  # from_main_end
            out[i, 23] = breaks[i] != 0
            out[i, 24] = opened > 0  # after_break: a heading after the first prose line, above this line
            if breaks[i] and i > first_prose:
                opened += 1
            out[i, 25] = _window_share(&stamp_sums[0], i, n, far)
        # runs: short lines (short_run) and paragraph groups (group_lines)
        start = 0
        for i in range(n + 1):
            if i < n and words[i] <= short_words and not terminal[i]:
                continue
            for j in range(start, i):
                out[j, 12] = min(<double>(i - start), max_short_run)
            start = i + 1
        start = 0
        for i in range(1, n + 1):
            if i == n or groups[i] != groups[i - 1]:
                for j in range(start, i):
                    out[j, 15] = min(<double>(i - start), max_group)
                start = i
    return result


def split_into_lines(str text, str terminal, tuple script_ranges, object phrases):
    """`clean.features.split_lines`' lines, built in C: for each non-blank line of
    `text.splitlines()`, a `Line` of its words joined by single spaces (`" ".join(line.split())`),
    its word count, whether it ends in one of the characters of `terminal`, its blank-line
    group, whether blank lines (or the start) precede it, and `phrases` (the caller sets the
    few lines' that say one).  Returns the lines, their texts, their word counts, and (index,
    count) for each line holding characters in `script_ranges` (inclusive code-point pairs,
    all above ASCII)."""
    cdef Py_UCS4 lows[MAX_RANGES]
    cdef Py_UCS4 highs[MAX_RANGES]
    cdef Py_ssize_t n_ranges = _load_ranges(script_ranges, lows, highs), r
    cdef Py_UCS4 lowest = 0x110000
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    for r in range(n_ranges):
        lowest = min(lowest, lows[r])
    out = ([], [], [], [])
    if kind == PyUnicode_1BYTE_KIND:
        _split_chars(<const uint8_t*>data, text, terminal, lows, highs, n_ranges, lowest, phrases, out)
    elif kind == PyUnicode_2BYTE_KIND:
        _split_chars(<const uint16_t*>data, text, terminal, lows, highs, n_ranges, lowest, phrases, out)
    else:
        _split_chars(<const uint32_t*>data, text, terminal, lows, highs, n_ranges, lowest, phrases, out)
    return out


cdef int _split_chars(const char_t* chars, str text, str terminal, const Py_UCS4* lows, const Py_UCS4* highs,
                      Py_ssize_t n_ranges, Py_UCS4 lowest, object phrases, tuple out) except -1:
    """`split_into_lines`' pass over `text` (`chars`: its buffer), one character at a time, each
    line's words and tidiness counted without a branch per character."""
    cdef list lines = out[0], texts = out[1], counts = out[2], scripts = out[3]
    cdef Py_ssize_t n = len(text), i = 0, start, end, parts, group = 0, in_script
    cdef Py_UCS4 ch
    cdef unsigned int bits
    cdef bint blank = True, untidy, space, after_space, after_plain_space
    cdef Line made
    while i <= n:
        start = i
        parts, untidy, in_script = 0, False, 0
        after_space, after_plain_space = True, True  # a line's start reads as after a space
        while i < n:
            ch = chars[i]
            bits = _char_class(ch)
            if bits & CH_BREAK:
                break
            if ch >= lowest and _in_ranges(ch, lows, highs, n_ranges):
                in_script += 1
            space = (bits & CH_SPACE) != 0
            parts += after_space & (not space)  # a word starts
            untidy |= space & ((ch != u' ') | after_plain_space)  # a space other than one " " between words
            after_space, after_plain_space = space, ch == u' '
            i += 1
        end = i
        if i < n and chars[i] == u'\r' and i + 1 < n and chars[i + 1] == u'\n':
            i += 1
        i += 1
        if parts == 0:
            if not blank:
                group += 1
            blank = True
            continue
        line = " ".join(text[start:end].split()) if untidy or after_space else text[start:end]
        if in_script:
            scripts.append((len(lines), in_script))
        made = Line.__new__(Line)
        made.text, made.words, made.terminal, made.group = line, parts, line[len(line) - 1] in terminal, group
        made.blank_before, made.phrases, made.furniture = blank, phrases, ""
        lines.append(made)
        texts.append(line)
        counts.append(parts)
        blank = False
    return 0


cdef enum:
    MAX_HINTS = 256
    MAX_GROUPS = 16  # phrase lists one `count_words_grouped` pass counts
    MAX_HINT_CHARS = 4096


cdef enum:
    TRIPLE_BYTES = 8192  # 65,536 bits: `HintScanner.triple_bits`
    # `HintScanner`'s skipping scan (`_skip_find`) reads windows of the phrases' shortest length,
    # at most SKIP_MAX_WINDOW; with phrases shorter than SKIP_MIN_WINDOW it would skip too
    # little to pay, and the position-by-position scan is used.
    SKIP_MIN_WINDOW = 4
    SKIP_MAX_WINDOW = 8
    SKIP_CLASSES = 64  # character classes of the skipping scan's table (`HintScanner.skip`)


cdef inline unsigned int _triple_bit(Py_UCS4 first, Py_UCS4 second, Py_UCS4 third) noexcept:
    """A bit for three ASCII characters, by a multiplicative hash (collisions only cost a comparison)."""
    cdef unsigned int key = (<unsigned int>first << 14) | (<unsigned int>second << 7) | <unsigned int>third
    return ((key * 2654435761u) >> 16) & 0xFFFF


@cython.final  # its methods are called directly (and inlined), not through a table of methods
cdef class HintScanner:
    """Where any of a few short phrases occurs in a text: a table of the phrases' first two
    characters (ASCII pairs) lets most positions be skipped by one lookup; a phrase is
    compared in full, in C, only where its pair is.  Phrases that do not open with two
    ASCII characters are compared wherever their first character is.  Before the pair
    table, a bitset of the phrases' first three characters (hashed) is read: the pairs alone
    ("re", "in", "co") open one English word in ten."""

    cdef int pair_head[128 * 128]  # first phrase opening with each ASCII pair, or -1
    cdef uint8_t pair_bits[PAIR_BYTES]  # pairs opening a phrase whose third character is not ASCII, or none
    cdef uint8_t triple_bits[TRIPLE_BYTES]  # the other phrases' first three characters (`_triple_bit`)
    cdef int next_phrase[MAX_HINTS]  # the next phrase with the same pair, or -1
    cdef int offset[MAX_HINTS]
    cdef int length[MAX_HINTS]
    cdef Py_UCS4 chars[MAX_HINT_CHARS]
    cdef int n_others
    cdef int others[MAX_HINTS]  # phrases outside the pair table
    cdef bint ascii_others  # one of those opens with an ASCII character
    # The skipping scan's table (Wu and Manber's): for the last two characters of a window of
    # `window` characters, how far the window may move on before a pair-table phrase could
    # start inside it; 0 where one may start at the window's first character.  Characters
    # are read by class (`char_class`, `lower_class`): each ASCII character in the phrases'
    # first `window` characters has its own, every other character (past ASCII, or in no
    # phrase) shares class 0, whose pairs take the smallest move any of them allows (a move
    # smaller than the most allowed only looks at more windows).  So the table is 4 KB, not
    # the 16 KB of a table by ASCII pair, which the caches kept evicting between pages.
    # `window` is 0 where the scan is not used (`_skip_find`).
    cdef uint8_t skip[SKIP_CLASSES * SKIP_CLASSES]
    cdef uint8_t char_class[128]  # an ASCII character's class, as written
    cdef uint8_t lower_class[128]  # and lower-cased first
    cdef readonly int window
    cdef int n_phrases

    def __init__(self, tuple phrases):
        cdef int k, used = 0, key
        cdef unsigned int bit
        if len(phrases) > MAX_HINTS or sum(len(p) for p in phrases) > MAX_HINT_CHARS:
            raise ValueError("too many phrases")
        for k in range(128 * 128):
            self.pair_head[k] = -1
        memset(self.pair_bits, 0, PAIR_BYTES)
        memset(self.triple_bits, 0, TRIPLE_BYTES)
        self.n_others, self.ascii_others = 0, False
        self.n_phrases = len(phrases)
        paired = []  # the phrases in the pair table
        for k, phrase in enumerate(phrases):
            if not phrase:
                raise ValueError("empty phrase")
            self.offset[k], self.length[k] = used, len(phrase)
            for ch in phrase:
                self.chars[used] = ord(ch)
                used += 1
            self.next_phrase[k] = -1
            if len(phrase) >= 2 and ord(phrase[0]) < 128 and ord(phrase[1]) < 128:
                paired.append(k)
                key = ord(phrase[0]) * 128 + ord(phrase[1])
                self.next_phrase[k] = self.pair_head[key]
                self.pair_head[key] = k
                if len(phrase) >= 3 and ord(phrase[2]) < 128:
                    bit = _triple_bit(ord(phrase[0]), ord(phrase[1]), ord(phrase[2]))
                    self.triple_bits[bit >> 3] |= 1 << (bit & 7)
                else:
                    self.pair_bits[key >> 3] |= 1 << (key & 7)
            else:
                self.others[self.n_others] = k
                self.n_others += 1
                self.ascii_others = self.ascii_others or ord(phrase[0]) < 128
        self._fill_skip(paired)

    cdef _fill_skip(self, list paired):
        """The skipping scan's table, from the pair-table phrases (`paired`: their indexes)."""
        cdef int k, j, m, shift, a, b, classes = 1
        cdef Py_UCS4 ch
        self.window = 0
        if not paired or self.ascii_others:
            return
        m = min(self.length[k] for k in paired)
        if m < SKIP_MIN_WINDOW:
            return
        m = min(m, SKIP_MAX_WINDOW)
        memset(self.char_class, 0, sizeof(self.char_class))
        for k in paired:
            for j in range(m):
                ch = self.chars[self.offset[k] + j]
                if ch < 128 and ch != 0 and self.char_class[ch] == 0:
                    if classes == SKIP_CLASSES:
                        return  # too many characters for the table: no skipping scan
                    self.char_class[ch] = classes
                    classes += 1
        for j in range(128):
            self.lower_class[j] = self.char_class[_lower(j)]
        memset(self.skip, m - 1, sizeof(self.skip))
        for k in paired:
            for j in range(m - 1):  # the pair ending at the phrase's character j + 1
                a = self._class(self.chars[self.offset[k] + j], False)
                b = self._class(self.chars[self.offset[k] + j + 1], False)
                shift = m - 2 - j
                if shift < self.skip[a * SKIP_CLASSES + b]:
                    self.skip[a * SKIP_CLASSES + b] = shift
        self.window = m

    cdef inline int _class(self, Py_UCS4 ch, bint lower) noexcept:
        """`ch`'s class in the skipping scan's table (lower-cased first when `lower`)."""
        if ch < 128:
            return self.lower_class[ch] if lower else self.char_class[ch]
        if lower:
            ch = _lower(ch)
            if ch < 128:
                return self.char_class[ch]
        return 0

    cdef inline Py_UCS4 _read(self, int kind, void* data, Py_ssize_t i, bint lower) noexcept:
        cdef Py_UCS4 ch = PyUnicode_READ(kind, data, i)
        if not lower:
            return ch
        if ch < 128:
            return <Py_UCS4>(<int>ch + 32) if 65 <= <int>ch <= 90 else ch
        return _lower(ch)

    cdef inline bint _may_open(self, Py_UCS4 first, Py_UCS4 second, Py_UCS4 third) noexcept:
        """Whether a phrase could open with these characters (the first two ASCII; the third 0
        past the text's end): its pair is a short phrase's, or its three characters' bit is set."""
        cdef int key = <int>first * 128 + <int>second
        cdef unsigned int bit
        if self.pair_bits[key >> 3] & (1 << (key & 7)):
            return True
        if third >= 128:
            return False
        bit = _triple_bit(first, second, third)
        return (self.triple_bits[bit >> 3] >> (bit & 7)) & 1

    cdef inline bint _at(self, int kind, void* data, Py_ssize_t n, Py_ssize_t i, int k, bint lower) noexcept:
        cdef int j, length = self.length[k], start = self.offset[k]
        if i + length > n:
            return False
        for j in range(length):
            if self._read(kind, data, i + j, lower) != self.chars[start + j]:
                return False
        return True

    cdef int _phrases_at(self, int kind, void* data, Py_ssize_t n, Py_ssize_t i, int* found, bint lower=False) noexcept:
        """The phrases written at `i` (as written, or each character lower-cased when `lower`)
        into `found` (room for MAX_HINTS), in no set order; their number.  The one candidate
        test `starts`, `found_in` and `count_words_grouped` share."""
        cdef Py_UCS4 ch = self._read(kind, data, i, lower), after, third
        cdef int k, j, count = 0
        if ch < 128 and i + 1 < n:
            after = self._read(kind, data, i + 1, lower)
            third = self._read(kind, data, i + 2, lower) if i + 2 < n else 0
            if after < 128 and self._may_open(ch, after, third):
                k = self.pair_head[<int>ch * 128 + <int>after]
                while k >= 0:
                    if self._at(kind, data, n, i, k, lower):
                        found[count] = k
                        count += 1
                    k = self.next_phrase[k]
        for j in range(self.n_others):
            k = self.others[j]
            if self.chars[self.offset[k]] == ch and self._at(kind, data, n, i, k, lower):
                found[count] = k
                count += 1
        return count

    cdef bint _other_at(self, int kind, void* data, Py_ssize_t n, Py_ssize_t i, Py_UCS4 ch, bint lower) noexcept:
        """Whether a phrase outside the pair table starts at `i` (its character `ch`)."""
        cdef int k, j
        for j in range(self.n_others):
            k = self.others[j]
            if self.chars[self.offset[k]] == ch and self._at(kind, data, n, i, k, lower):
                return True
        return False

    def starts(self, str text):
        """Positions where some phrase starts (each position once), in order."""
        cdef Py_ssize_t n = len(text), i
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef int found[MAX_HINTS]
        return [i for i in range(n) if self._phrases_at(kind, data, n, i, found) > 0]

    def found_in(self, str text):
        """The indexes of the phrases that occur in `text`, in order, each once: ``[k for k, p in
        enumerate(phrases) if p in text]`` (as written: no lower-casing), in one pass."""
        cdef Py_ssize_t n = len(text), i
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef int found[MAX_HINTS]
        cdef int m
        cdef uint8_t seen[MAX_HINTS]
        memset(seen, 0, MAX_HINTS)
        if self.window:  # every occurrence starts at a window the skipping scan stops at
            if kind == PyUnicode_1BYTE_KIND:
                _skip_find(self, <const uint8_t*>data, n, kind, data, PyUnicode_IS_ASCII(text), False, seen)
            elif kind == PyUnicode_2BYTE_KIND:
                _skip_find(self, <const uint16_t*>data, n, kind, data, False, False, seen)
            else:
                _skip_find(self, <const uint32_t*>data, n, kind, data, False, False, seen)
        else:
            for i in range(n):
                for m in range(self._phrases_at(kind, data, n, i, found)):
                    seen[found[m]] = 1
        return [k for k in range(MAX_HINTS) if seen[k]]

    def hint_lines(self, list texts, Py_ssize_t max_chars):
        """`hit_lines`' texts, each with the phrases its first `max_chars` characters hold once
        lower-cased (`found_in` of them: the indexes in order, as a tuple), from the one
        skipping scan: ``[(i, tuple(found_in(t[:max_chars].lower()))) for i, t in
        enumerate(texts) if found_in(...)]``.  None where `hit_lines` gives None, or where
        the skipping scan is not used (`window` 0)."""
        cdef Py_ssize_t row, n, k
        cdef str text
        cdef int hit
        cdef uint8_t seen[MAX_HINTS]
        cdef int count = self.n_phrases
        if not self.window:
            return None
        found = []
        for row in range(len(texts)):
            text = texts[row]
            n = min(len(text), max_chars)
            memset(seen, 0, MAX_HINTS)
            hit = _scan_lowered(self, text, n, seen)
            if hit < 0:
                return None
            if hit:
                found.append((row, tuple([k for k in range(count) if seen[k]])))
        return found

    def count_words_grouped(self, str text, tuple groups, bint lower=False):
        """How many times each list's phrases occur in `text` as whole words, as
        ``len(re.findall(r"\\b(?:p1|p2|...)\\b", text))`` counts a list's (`patterns.count_phrases`):
        the leftmost match wins, at one place the list's first phrase in order that ends at a
        word boundary, and the list's counting resumes after it.  `groups[k]` is the list
        phrase k belongs to (the lists' phrases in order, one list after another); one pass
        over `text` for all lists, each counted as if alone.  The phrases must open and close
        with a word character.  With `lower`, each character is lower-cased as it is read (as
        counting in ``text.lower()``, but where lower-casing changes a text's length: "İ")."""
        cdef Py_ssize_t n = len(text), i
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef int found[MAX_HINTS]
        cdef int group_of[MAX_HINTS]
        cdef int best[MAX_GROUPS]
        cdef Py_ssize_t free_from[MAX_GROUPS]
        cdef Py_ssize_t counts[MAX_GROUPS]
        cdef int k, m, g, n_groups = max(groups) + 1 if groups else 0, hits
        if n_groups > MAX_GROUPS or len(groups) > MAX_HINTS or min(groups, default=0) < 0:
            raise ValueError("too many groups or phrases")
        for k in range(len(groups)):
            group_of[k] = groups[k]
        for g in range(n_groups):
            free_from[g], counts[g] = 0, 0
        for i in range(n):
            if i > 0 and _is_word(PyUnicode_READ(kind, data, i - 1)):
                continue
            hits = self._phrases_at(kind, data, n, i, found, lower)
            if not hits:
                continue
            for g in range(n_groups):
                best[g] = -1
            for m in range(hits):
                k = found[m]
                g = group_of[k]
                if i >= free_from[g] and (best[g] < 0 or k < best[g]) and self._word_ends(kind, data, n, i + self.length[k]):
                    best[g] = k
            for g in range(n_groups):
                if best[g] >= 0:
                    counts[g] += 1
                    free_from[g] = i + self.length[best[g]]
        return [counts[g] for g in range(n_groups)]

    cdef inline bint _word_ends(self, int kind, void* data, Py_ssize_t n, Py_ssize_t end) noexcept:
        return end == n or not _is_word(PyUnicode_READ(kind, data, end))

    def hit_lines(self, list texts, Py_ssize_t max_chars):
        """Indexes of the texts whose first `max_chars` characters, lower-cased, hold a phrase:
        ``[i for i, t in enumerate(texts) if any(p in t[:max_chars].lower() for p in phrases)]``
        (for phrases of ASCII and other characters that lower-case to themselves).  None
        when one of those characters lower-cases to ASCII from outside it ("İ", the
        Kelvin sign), where `str.lower` and a character-by-character lower-casing part:
        the caller then lower-cases in Python."""
        cdef Py_ssize_t row, i, n
        cdef int kind, hit
        cdef void* data
        cdef str text
        cdef Py_UCS4 ch
        found = []
        for row in range(len(texts)):
            text = texts[row]
            n = min(len(text), max_chars)
            if self.window:
                hit = _scan_lowered(self, text, n, NULL)
                if hit < 0:
                    return None
            else:
                kind, data = PyUnicode_KIND(text), PyUnicode_DATA(text)
                if kind != PyUnicode_1BYTE_KIND:  # (Latin-1 lower-cases within itself)
                    for i in range(n):
                        ch = PyUnicode_READ(kind, data, i)
                        if ch >= 128 and _lower(ch) < 128:
                            return None
                hit = _holds_hint_of(self, text, n)
            if hit:
                found.append(row)
        return found


cdef inline Py_UCS4 _cased(Py_UCS4 ch, bint lower) noexcept:
    return _lower(ch) if lower else ch


cdef int _scan_lowered(HintScanner scanner, str text, Py_ssize_t n, uint8_t* seen) noexcept:
    """The skipping scan (`_skip_find`) of `text`'s first `n` characters, lower-cased: 1 when a
    phrase occurs (every one marked in `seen`, unless NULL), 0 when none does, -1 when a
    character lower-cases to ASCII from outside it (the callers give up).  A text past
    Latin-1 is read once for both that test and the phrases outside the pair table, which
    open past ASCII (`_wide_pass`); the skipping scan then reads only its ASCII pairs."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    if kind == PyUnicode_1BYTE_KIND:  # (Latin-1 lower-cases within itself)
        return _skip_find(scanner, <const uint8_t*>data, n, kind, data, PyUnicode_IS_ASCII(text), True, seen)
    if kind == PyUnicode_2BYTE_KIND:
        return _scan_wide(scanner, <const uint16_t*>data, n, kind, data, seen)
    return _scan_wide(scanner, <const uint32_t*>data, n, kind, data, seen)


cdef int _scan_wide(HintScanner scanner, const char_t* chars, Py_ssize_t n, int kind, void* data, uint8_t* seen) noexcept:
    """`_scan_lowered` of a text past Latin-1: its characters past ASCII first, then its ASCII pairs."""
    cdef int wide = _wide_pass(scanner, chars, n, kind, data, True, True, seen)
    if wide < 0 or (wide and seen == NULL):
        return wide
    return 1 if _skip_find(scanner, chars, n, kind, data, True, True, seen) else wide


cdef int _wide_pass(HintScanner scanner, const char_t* chars, Py_ssize_t n, int kind, void* data, bint lower, bint give_up,
                    uint8_t* seen) noexcept:
    """Over the characters past ASCII of a text's first `n` (lower-cased when `lower`): 1 when a
    phrase outside the pair table starts at one (every one marked in `seen`, unless NULL: then
    the first found ends the pass), 0 when none does; with `give_up`, -1 at a character that
    lower-cases to ASCII, which the pass then reads to the end for."""
    cdef Py_ssize_t i
    cdef Py_UCS4 ch
    cdef int j, k, found = 0
    for i in range(n):
        if chars[i] < 128:
            continue
        ch = _cased(chars[i], lower)
        if give_up and ch < 128:
            return -1
        for j in range(scanner.n_others):
            k = scanner.others[j]
            if scanner.chars[scanner.offset[k]] == ch and scanner._at(kind, data, n, i, k, lower):
                if seen == NULL and not give_up:
                    return 1
                found = 1
                if seen != NULL:
                    seen[k] = 1
    return found


cdef bint _skip_find(HintScanner scanner, const char_t* chars, Py_ssize_t n, int kind, void* data, bint ascii,
                     bint lower, uint8_t* seen) noexcept:
    """The phrases in the first `n` characters (lower-cased when `lower`), found skipping (Wu
    and Manber's multi-pattern search, with pairs of characters): a window of the shortest
    phrase's length moves along the text by what `HintScanner.skip` says for its last two
    characters; where that is 0, the pair-table phrases are compared at the window's start.
    Every pair-table phrase is at least a window long, so each one's start is some window's
    start; the phrases outside the pair table open past ASCII (`_fill_skip` requires it) and
    are looked for where such a character is, which an ASCII text (`ascii`) has none of.
    With `seen` NULL, whether one occurs (`hit_lines`: it stops at the first); else every one
    occurring is marked in `seen` (`found_in`), and whether any did."""
    cdef Py_ssize_t pos, start
    cdef int m = scanner.window, shift, k
    cdef Py_UCS4 first, second
    cdef bint found = False
    if not ascii:
        found = _wide_pass(scanner, chars, n, kind, data, lower, False, seen) == 1
        if found and seen == NULL:
            return True
    pos = m - 1
    while pos < n:
        shift = scanner.skip[scanner._class(chars[pos - 1], lower) * SKIP_CLASSES + scanner._class(chars[pos], lower)]
        if shift:
            pos += shift
            continue
        start = pos - m + 1
        first, second = _cased(chars[start], lower), _cased(chars[start + 1], lower)
        if first < 128 and second < 128:
            k = scanner.pair_head[<int>first * 128 + <int>second]
            while k >= 0:
                if scanner._at(kind, data, n, start, k, lower):
                    if seen == NULL:
                        return True
                    seen[k] = found = 1
                k = scanner.next_phrase[k]
        pos += 1
    return found


cdef bint _holds_hint(HintScanner scanner, const char_t* chars, Py_ssize_t n, int kind, void* data) noexcept:
    """Whether one of the scanner's phrases occurs in the first `n` characters, lower-cased
    (`chars`: the text's buffer; `kind` and `data` the same, for the full comparisons)."""
    cdef Py_ssize_t i
    cdef Py_UCS4 ch, after, third
    cdef int k
    if n == 0:
        return False
    after = _lower(chars[0])
    third = _lower(chars[1]) if n > 1 else 0
    for i in range(n):
        ch, after = after, third
        third = _lower(chars[i + 2]) if i + 2 < n else 0
        if ch < 128:
            if after < 128 and i + 1 < n and scanner._may_open(ch, after, third):
                k = scanner.pair_head[<int>ch * 128 + <int>after]
                while k >= 0:
                    if scanner._at(kind, data, n, i, k, True):
                        return True
                    k = scanner.next_phrase[k]
            if not scanner.ascii_others:
                continue
        if scanner._other_at(kind, data, n, i, ch, True):
            return True
    return False


cdef bint _holds_ascii_fold(str text) noexcept:
    """Whether `text` holds a character `re.I` matches to an ASCII letter from outside ASCII:
    "İ" and the Kelvin sign (which lower-case to ASCII), "ı" and "ſ" (which do not)."""
    cdef Py_ssize_t i
    cdef Py_UCS4 ch
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    if kind == PyUnicode_1BYTE_KIND:
        return False
    for i in range(len(text)):
        ch = PyUnicode_READ(kind, data, i)
        if ch == 0x130 or ch == 0x212A or ch == 0x131 or ch == 0x17F:
            return True
    return False


def flag_candidates(list texts, const int64_t[::1] words, const uint8_t[::1] terminal, const uint8_t[::1] punctuated,
                    const uint8_t[::1] maybe_stamp, const uint8_t[::1] has_digit, HintScanner break_hints, Py_ssize_t min_sentence_words, Py_ssize_t min_prose_words,
                    Py_ssize_t max_break_words, Py_ssize_t max_stamp_words, uint8_t[::1] prose):
    """`clean.features.line_flags`' cheap tests in one pass: each line's prose flag (a sentence
    of `min_sentence_words`, or `min_prose_words` with punctuation) into `prose`; and the lines
    its regexes must read, as two lists: short unterminated lines (at most `max_break_words`)
    holding a section-break hint lower-cased (`break_hints`) or a character `re.I` folds to
    ASCII, and short lines (at most `max_stamp_words`) holding a digit (`has_digit`) and what
    every time stamp holds (`maybe_stamp`)."""
    cdef Py_ssize_t n = len(texts), row
    cdef int flags
    if (words.shape[0] != n or terminal.shape[0] != n or punctuated.shape[0] != n or maybe_stamp.shape[0] != n
            or has_digit.shape[0] != n or prose.shape[0] != n):
        raise ValueError("one entry of each column per text")
    breaks, stamps = [], []
    for row in range(n):
        flags = _line_flags(texts[row], words[row], terminal[row], punctuated[row], maybe_stamp[row] and has_digit[row], break_hints,
                            min_sentence_words, min_prose_words, max_break_words, max_stamp_words)
        prose[row] = (flags & FLAG_PROSE) != 0
        if flags & FLAG_BREAK:
            breaks.append(row)
        if flags & FLAG_STAMP:
            stamps.append(row)
    return breaks, stamps


cdef enum:  # `_line_flags`' answers
    FLAG_PROSE = 1
    FLAG_BREAK = 2  # a section-break regex must read the line
    FLAG_STAMP = 4  # a time-stamp regex must read the line


cdef int _line_flags(str text, int64_t words, bint terminal, bint punctuated, bint stamp_shaped, HintScanner break_hints,
                     Py_ssize_t min_sentence_words, Py_ssize_t min_prose_words, Py_ssize_t max_break_words,
                     Py_ssize_t max_stamp_words) noexcept:
    """One line's `flag_candidates` answers (`line_matrix`'s too), as FLAG_ bits: prose (a sentence
    of `min_sentence_words`, or `min_prose_words` with punctuation); a short unterminated line
    holding a section-break hint lower-cased or a character `re.I` folds to ASCII; a short
    line holding a digit and what every time stamp holds (`stamp_shaped`)."""
    cdef int flags = 0
    if terminal:
        if words >= min_sentence_words:
            flags |= FLAG_PROSE
    else:
        if words >= min_prose_words and punctuated:
            flags |= FLAG_PROSE
        if words <= max_break_words and (_holds_hint_of(break_hints, text, len(text)) or _holds_ascii_fold(text)):
            flags |= FLAG_BREAK
    if stamp_shaped and words <= max_stamp_words:
        flags |= FLAG_STAMP
    return flags


cdef inline bint _year_in(const char_t* chars, Py_ssize_t i) noexcept:
    """Whether `dates.YEAR` matches the four characters at `i` (the caller keeps them in the
    text): "19" or "20", then two decimal digits of any script."""
    cdef Py_UCS4 ch = chars[i], after
    if ch != u'1' and ch != u'2':
        return False
    after = chars[i + 1]
    return ((ch == u'1' and after == u'9') or (ch == u'2' and after == u'0')) and _is_decimal(chars[i + 2]) and _is_decimal(chars[i + 3])


cdef int _years_in(const char_t* chars, Py_ssize_t n, list found, bint first_only) except -1:
    """Append to `found` where `year_starts` finds a year in the `n` characters (the first one
    only, when `first_only`); how many were found."""
    cdef Py_ssize_t i = 0
    cdef int count = 0
    while i + 3 < n:
        if _year_in(chars, i):
            found.append(i)
            count += 1
            if first_only:
                return count
            i += 4
        else:
            i += 1
    return count


cdef int _years_of(str text, Py_ssize_t n, list found, bint first_only) except -1:
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    if kind == PyUnicode_1BYTE_KIND:
        return _years_in(<const uint8_t*>data, n, found, first_only)
    if kind == PyUnicode_2BYTE_KIND:
        return _years_in(<const uint16_t*>data, n, found, first_only)
    return _years_in(<const uint32_t*>data, n, found, first_only)


def year_starts(str text, Py_ssize_t limit=-1):
    """Where ``re.finditer(r"(?:19|20)\\d\\d", text)`` finds its matches (`dates.YEAR`), in
    the first `limit` characters (all when negative): "19" or "20", then two decimal digits
    (``\\d``: any script's); matches do not overlap.  At C speed (the regex engine steps
    through every position: 5 ns a character), over the text's buffer at its own width."""
    cdef Py_ssize_t n = len(text) if limit < 0 else min(len(text), limit)
    found = []
    _years_of(text, n, found, False)
    return found


cdef inline Py_ssize_t _digits_at(const char_t* chars, Py_ssize_t i, Py_ssize_t n) noexcept:
    """How many decimal digits (any script's) run from `i`."""
    cdef Py_ssize_t j = i
    while j < n and _is_decimal(chars[j]):
        j += 1
    return j - i


cdef inline bint _is_date_separator(Py_UCS4 ch) noexcept:
    return ch == u'.' or ch == u'/'


cdef Py_ssize_t _short_date_in(const char_t* chars, Py_ssize_t n) noexcept:
    """Where `dates._BARE_SHORT_DATE` first matches in the `n` characters, -1 if nowhere.  The
    pattern starts only where a run of digits does (not after a "." or "/"); its first two runs
    hold one or two digits, each followed by the same separator, its last run exactly two, with
    no "." or "/" after it: the regex's backtracking can settle on no other split."""
    cdef Py_ssize_t i = 0, a, b, j
    cdef Py_UCS4 sep
    while i < n:
        a = _digits_at(chars, i, n)
        if a == 0:
            i += 1
            continue
        if a <= 2 and i + a < n and (i == 0 or not _is_date_separator(chars[i - 1])) and _is_date_separator(chars[i + a]):
            sep = chars[i + a]
            j = i + a + 1
            b = _digits_at(chars, j, n)
            if 1 <= b <= 2 and j + b < n and chars[j + b] == sep:
                j += b + 1
                if _digits_at(chars, j, n) == 2 and (j + 2 == n or not _is_date_separator(chars[j + 2])):
                    return i
        i += a
    return -1


def short_date_start(str text):
    """Where ``dates._BARE_SHORT_DATE.search(text)`` matches ("5.5.20", "12/31/99"), -1 if
    nowhere: at C speed (the regex tries its look-behind at every position, ~20 ns a character;
    a page's top rarely prints such a date at all)."""
    cdef Py_ssize_t n = len(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    if kind == PyUnicode_1BYTE_KIND:
        return _short_date_in(<const uint8_t*>data, n)
    if kind == PyUnicode_2BYTE_KIND:
        return _short_date_in(<const uint16_t*>data, n)
    return _short_date_in(<const uint32_t*>data, n)


def log1p_all(const double[::1] values):
    """libm's `log1p` of each value (what `math.log1p` returns; NumPy's own can differ in the
    last bit), as a new array."""
    cdef Py_ssize_t i, n = values.shape[0]
    result = np.empty(n, dtype=np.float64)
    cdef double[::1] out = result
    for i in range(n):
        out[i] = log1p(values[i])
    return result


def lines_with_a_year(list lines):
    """The indexes of the lines holding a `dates.YEAR` match ("19" or "20", then two decimal
    digits of any script), in order: those where `year_starts` finds one in the lines joined
    by newlines (no match spans one), without joining them."""
    cdef Py_ssize_t row
    cdef str line
    found = []
    cdef list starts = []
    for row in range(len(lines)):
        line = lines[row]
        if _years_of(line, len(line), starts, True):
            found.append(row)
            del starts[:]
    return found


cdef inline bint _is_currency_symbol(Py_UCS4 ch) noexcept:
    return ch == u'$' or ch == 0x20AC or ch == 0xA3 or ch == 0xA5  # $ € £ ¥


cdef Py_ssize_t _currency_code_at(int kind, void* data, Py_ssize_t i, Py_ssize_t n) noexcept:
    """The length of "€", "USD", "EUR" or "GBP" at `i` followed by a word boundary (``\\b``), else 0."""
    cdef Py_ssize_t length = 0, end
    cdef Py_UCS4 a, b, c
    if i >= n:
        return 0
    a = PyUnicode_READ(kind, data, i)
    if a == 0x20AC:
        length = 1
    elif i + 2 < n:
        b, c = PyUnicode_READ(kind, data, i + 1), PyUnicode_READ(kind, data, i + 2)
        if (a == u'U' and b == u'S' and c == u'D') or (a == u'E' and b == u'U' and c == u'R') or (a == u'G' and b == u'B' and c == u'P'):
            length = 3
    if not length:
        return 0
    end = i + length  # a boundary: a word character on one side of it only
    if _is_word(PyUnicode_READ(kind, data, end - 1)) != (end < n and _is_word(PyUnicode_READ(kind, data, end))):
        return length
    return 0


cdef extern from *:
    """
    #include <stdint.h>
    #include <string.h>
    #if defined(__SSE2__)
    #include <emmintrin.h>
    #endif
    /* UTF-8 of `n` UCS-2 code units, lone surrogates left out (str.encode's "ignore"), into
       `out` (room for 3 bytes a unit); the bytes written.  Runs of ASCII go 16 units a step. */
    static Py_ssize_t copydesk_ucs2_to_utf8(const uint16_t *data, Py_ssize_t n, char *out) {
        Py_ssize_t i = 0, o = 0;
        while (i < n) {
    #if defined(__SSE2__)
            const __m128i high_bits = _mm_set1_epi16((short) 0xFF80), zero = _mm_setzero_si128();
            while (i + 16 <= n) {
                __m128i a = _mm_loadu_si128((const __m128i *) (data + i));
                __m128i b = _mm_loadu_si128((const __m128i *) (data + i + 8));
                __m128i high = _mm_or_si128(_mm_and_si128(a, high_bits), _mm_and_si128(b, high_bits));
                if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, zero)) != 0xFFFF)
                    break;  /* a unit of 0x80 or more among them: one at a time */
                _mm_storeu_si128((__m128i *) (out + o), _mm_packus_epi16(a, b));
                i += 16;
                o += 16;
            }
            if (i >= n)
                break;
    #endif
            uint16_t c = data[i++];
            if (c < 0x80) {
                out[o++] = (char) c;
            } else if (c < 0x800) {
                out[o++] = (char) (0xC0 | (c >> 6));
                out[o++] = (char) (0x80 | (c & 0x3F));
            } else if (c < 0xD800 || c > 0xDFFF) {
                out[o++] = (char) (0xE0 | (c >> 12));
                out[o++] = (char) (0x80 | ((c >> 6) & 0x3F));
                out[o++] = (char) (0x80 | (c & 0x3F));
            }  /* else a lone surrogate: no UTF-8 for it, left out */
        }
        return o;
    }
    """
    Py_ssize_t copydesk_ucs2_to_utf8(const uint16_t *data, Py_ssize_t n, char *out) noexcept nogil


cdef extern from "Python.h":
    PyObject* _new_bytes "PyBytes_FromStringAndSize"(const char *data, Py_ssize_t size)
    int _PyBytes_Resize(PyObject **bytes, Py_ssize_t size)
    char* _bytes_data "PyBytes_AS_STRING"(PyObject *bytes)


def utf8_of(str text):
    """``text.encode("utf-8", "ignore")``: what the HTML parser reads.  A str of two-byte
    units (most pages: a few characters outside Latin-1 among ASCII markup) is encoded here,
    runs of ASCII 16 units a step (CPython's encoder takes them one at a time: 50 -> 12 µs
    a median Zyte page); other strs by CPython."""
    cdef Py_ssize_t n = len(text), written
    if PyUnicode_KIND(text) != PyUnicode_2BYTE_KIND or n == 0:
        return text.encode("utf-8", "ignore")
    cdef PyObject *raw = _new_bytes(NULL, 3 * n)  # room for the longest encoding, cut to size below
    if raw == NULL:
        raise MemoryError()
    written = copydesk_ucs2_to_utf8(<const uint16_t *> PyUnicode_DATA(text), n, _bytes_data(raw))
    if _PyBytes_Resize(&raw, written) < 0:  # (it frees the bytes on failure)
        raise MemoryError()
    out = <object> raw  # a second reference: the one `raw` held is given up
    Py_DECREF(out)
    return out


cdef extern from "Python.h":
    object PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
    int PyUnicode_4BYTE_KIND


cdef Py_ssize_t _collapse_into(const char_t* chars, Py_ssize_t n, Py_ssize_t start, Py_ssize_t size, Py_UCS4 *out) noexcept:
    """`collapsed_prefix`'s characters into `out` (room for `size`); how many."""
    cdef Py_ssize_t i = start, length = 0
    cdef Py_UCS4 ch
    cdef bint pending_space = False
    while i < n and length < size:
        ch = chars[i]
        i += 1
        if _is_space(ch):
            pending_space = length > 0
            continue
        if pending_space:
            out[length] = u' '
            length += 1
            pending_space = False
            if length == size:
                break
        out[length] = ch
        length += 1
    return length


def collapsed_prefix(str text, Py_ssize_t start, Py_ssize_t size):
    """``" ".join(text[start:].split())[:size]`` for `start` >= 0, reading only as far into `text`
    as that prefix takes: white space (`Py_UNICODE_ISSPACE`, as `str.split` cuts) runs become
    one space between words, none at either end (`metadata._collapsed_from`: 57 -> 29 µs on a
    WCXB page's first 3,000 characters, whose text nodes are mostly indentation)."""
    cdef Py_ssize_t n = len(text), length
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 *buffer
    if start < 0 or size < 0:
        raise ValueError("collapsed_prefix takes a start and a size of 0 or more")
    if size == 0 or start >= n:
        return ""
    buffer = <Py_UCS4 *> malloc(size * sizeof(Py_UCS4))
    if buffer == NULL:
        raise MemoryError()
    try:
        if kind == PyUnicode_1BYTE_KIND:
            length = _collapse_into(<const uint8_t*> data, n, start, size, buffer)
        elif kind == PyUnicode_2BYTE_KIND:
            length = _collapse_into(<const uint16_t*> data, n, start, size, buffer)
        else:
            length = _collapse_into(<const uint32_t*> data, n, start, size, buffer)
        return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buffer, length)
    finally:
        free(buffer)


cdef bint _is_collapsed(const char_t* chars, Py_ssize_t n) noexcept:
    """No white space at either end, none but single spaces between words."""
    cdef Py_ssize_t i
    cdef Py_UCS4 ch
    cdef bint after_space = True  # white space at the start is a break too
    for i in range(n):
        ch = chars[i]
        if _is_space(ch):
            if after_space or ch != u' ':
                return False
            after_space = True
        else:
            after_space = False
    return not after_space or n == 0


def collapsed(str text):
    """``" ".join(text.split())``: `text` itself when it already reads so (one pass, no copy: a
    block's text is collapsed when it is made), else `collapsed_prefix` of all of it."""
    cdef Py_ssize_t n = len(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef bint done
    if kind == PyUnicode_1BYTE_KIND:
        done = _is_collapsed(<const uint8_t*> data, n)
    elif kind == PyUnicode_2BYTE_KIND:
        done = _is_collapsed(<const uint16_t*> data, n)
    else:
        done = _is_collapsed(<const uint32_t*> data, n)
    return text if done else collapsed_prefix(text, 0, n)


cdef Py_ssize_t _words_in(const char_t* chars, Py_ssize_t n) noexcept:
    cdef Py_ssize_t i, words = 0
    cdef Py_UCS4 ch
    cdef bint in_word = False
    for i in range(n):
        ch = chars[i]
        if _is_space(ch):
            in_word = False
        elif not in_word:
            in_word = True
            words += 1
    return words


cdef Py_ssize_t _chars_in_ranges(const char_t* chars, Py_ssize_t n, const Py_UCS4* lows, const Py_UCS4* highs, Py_ssize_t count) noexcept:
    """How many of `chars` fall in one of the ranges (`lows[0]` the lowest: a first test skips the rest)."""
    cdef Py_ssize_t i, found = 0
    cdef Py_UCS4 ch
    for i in range(n):
        ch = chars[i]
        if ch >= lows[0] and _in_ranges(ch, lows, highs, count):
            found += 1
    return found


def word_total(list texts, tuple unspaced_ranges=(), Py_ssize_t chars_per_word=0):
    """``sum(len(t.split()) for t in texts)``, without making the words.  With
    `unspaced_ranges` (ascending (low, high) code point pairs, the lowest first) and
    `chars_per_word`, a text counts ``max(len(t.split()), n // chars_per_word)`` where `n`
    is its characters in those ranges (a script written without spaces: `pipeline._words`)."""
    cdef Py_ssize_t total = 0, n, words, count, r
    cdef str text
    cdef int kind
    cdef void* data
    cdef Py_UCS4 lows[MAX_RANGES]
    cdef Py_UCS4 highs[MAX_RANGES]
    count = _load_ranges(unspaced_ranges, lows, highs)
    for r in range(count):
        if chars_per_word <= 0 or lows[r] < lows[0]:
            raise ValueError("chars_per_word must be positive and the lowest range first")
    for text in texts:
        n = len(text)
        kind = PyUnicode_KIND(text)
        data = PyUnicode_DATA(text)
        if kind == PyUnicode_1BYTE_KIND:
            words = _words_in(<const uint8_t*> data, n)
            if count and lows[0] < 256:
                words = max(words, _chars_in_ranges(<const uint8_t*> data, n, lows, highs, count) // chars_per_word)
        elif kind == PyUnicode_2BYTE_KIND:
            words = _words_in(<const uint16_t*> data, n)
            if count:
                words = max(words, _chars_in_ranges(<const uint16_t*> data, n, lows, highs, count) // chars_per_word)
        else:
            words = _words_in(<const uint32_t*> data, n)
            if count:
                words = max(words, _chars_in_ranges(<const uint32_t*> data, n, lows, highs, count) // chars_per_word)
        total += words
    return total


def byte_count(const uint8_t[::1] data, uint8_t byte):
    """``data.count(byte)`` for one byte, in a loop the compiler vectorises (CPython's count
    tests one byte at a time: 40 -> 6 µs on a median Zyte page's UTF-8; `guards.shape_problem`)."""
    cdef Py_ssize_t n = data.shape[0], start = 0, end, i, count = 0
    cdef uint8_t block  # a block's count in one byte: the loop compares and adds 32 bytes at a time
    while start < n:
        end = min(start + BYTE_COUNT_BLOCK, n)
        block = 0
        for i in range(start, end):
            block += data[i] == byte
        count += block
        start = end
    return count


def nesting_depths(const uint8_t[::1] data, Py_ssize_t chunk):
    """`guards.estimated_depth` of `data` both ways in one pass: (with void tags counted as
    openings, without).  Per chunk of `chunk` bytes, as there: a "<" opens, "</" closes,
    and in the careful count "<!", "<br", "<img" and "<p" neither open nor close; a tag's
    next bytes are looked at inside its chunk only (as ``chunk.count`` sees them).  The
    depth moves by a chunk's openings less its closings, never below zero; the deepest
    running depth at chunk edges is returned.  The chunks are not copied, and each "<" is
    found with memchr (the Python estimate's slices and counts took ~1 ms on a large page)."""
    cdef Py_ssize_t n = data.shape[0], start = 0, end, i
    cdef Py_ssize_t tags, closing, void, crude = 0, careful = 0, deepest_crude = 0, deepest_careful = 0
    cdef const uint8_t *base
    cdef const uint8_t *found
    cdef uint8_t c1, c2, c3
    if chunk <= 0:
        raise ValueError("chunk must be positive")
    if n == 0:
        return 0, 0
    base = &data[0]
    while start < n:
        end = min(start + chunk, n)
        tags = closing = void = 0
        i = start
        while i < end:
            found = <const uint8_t *> memchr(base + i, 60, end - i)  # "<"
            if found == NULL:
                break
            i = found - base
            tags += 1
            c1 = base[i + 1] if i + 1 < end else 0
            if c1 == 47:  # "/"
                closing += 1
            elif c1 == 33 or c1 == 112:  # "!", "p"
                void += 1
            elif c1 == 98 or c1 == 105:  # "br", "img"
                c2 = base[i + 2] if i + 2 < end else 0
                c3 = base[i + 3] if i + 3 < end else 0
                if (c1 == 98 and c2 == 114) or (c1 == 105 and c2 == 109 and c3 == 103):
                    void += 1
            i += 1
        crude = max(crude + (tags - closing) - closing, 0)
        careful = max(careful + (tags - closing - void) - closing, 0)
        deepest_crude = max(deepest_crude, crude)
        deepest_careful = max(deepest_careful, careful)
        start = end
    return deepest_crude, deepest_careful


def price_count(str text):
    """``len(re.findall(r"(?:[$€£¥]\\s?\\d|\\d\\s?(?:€|USD|EUR|GBP)\\b)", text))`` (`pagetype._PRICE`),
    in one pass: a currency symbol before a digit or a digit before a currency, white space
    between them allowed (``\\s``, ``\\d`` and ``\\b`` as the regex engine reads them: any
    script's; matches do not overlap).  The regex tries its second alternative at every
    digit; this pass is 10x faster on the dev pages."""
    cdef Py_ssize_t n = len(text), i = 0, j, length, count = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 ch
    while i < n:
        ch = PyUnicode_READ(kind, data, i)
        if _is_currency_symbol(ch) and i + 1 < n:
            j = i + 1
            if Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, j)) and j + 1 < n and _is_decimal(PyUnicode_READ(kind, data, j + 1)):
                count += 1
                i = j + 2
                continue
            if _is_decimal(PyUnicode_READ(kind, data, j)):
                count += 1
                i = j + 1
                continue
        elif _is_decimal(ch):
            j = i + 1
            if j < n and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, j)):
                j += 1
            length = _currency_code_at(kind, data, j, n)
            if length:
                count += 1
                i = j + length
                continue
        i += 1
    return count


cdef inline bint _is_continuation_read_as_cp1252(Py_UCS4 ch) noexcept:
    """A UTF-8 continuation byte as Latin-1 (a C1 control or 0xA0-0xBF) or as cp1252 reads it."""
    if 0x80 <= ch <= 0xBF:
        return True
    if ch < 0x152:
        return False
    return (ch == 0x152 or ch == 0x153 or ch == 0x160 or ch == 0x161 or ch == 0x178 or ch == 0x17D or ch == 0x17E
            or ch == 0x192 or ch == 0x2C6 or ch == 0x2DC or ch == 0x2013 or ch == 0x2014 or ch == 0x2018
            or ch == 0x2019 or ch == 0x201A or ch == 0x201C or ch == 0x201D or ch == 0x201E or ch == 0x2020
            or ch == 0x2021 or ch == 0x2022 or ch == 0x2026 or ch == 0x2030 or ch == 0x2039 or ch == 0x203A
            or ch == 0x20AC or ch == 0x2122)


def mojibake_pairs(str text, Py_ssize_t enough):
    """``len(mojibake._PAIR.findall(text))``, counted up to `enough` (then `enough`): a UTF-8
    lead byte read as Latin-1 or cp1252 (U+00C2-U+00F4) followed by a continuation byte read
    the same way.  No lead is a continuation, so the pairs never overlap and each is one
    position.  ASCII text (flagged in the str itself) holds none."""
    cdef Py_ssize_t n = len(text), i, count = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 ch
    if text.isascii():
        return 0
    for i in range(n - 1):
        ch = PyUnicode_READ(kind, data, i)
        if 0xC2 <= ch <= 0xF4 and _is_continuation_read_as_cp1252(PyUnicode_READ(kind, data, i + 1)):
            count += 1
            if count >= enough:
                return enough
    return count


def has_controls(str text):
    """``mojibake.CONTROL.search(text) is not None``: whether `text` holds a C0 control but tab,
    newline and carriage return, DEL, or a C1 control (one pass, no regex engine: the regex took
    ~50 us on a 22 kB article)."""
    cdef Py_ssize_t n = len(text), i
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 ch
    for i in range(n):
        ch = PyUnicode_READ(kind, data, i)
        if ch < 0x20:
            if ch != 0x09 and ch != 0x0A and ch != 0x0D:
                return True
        elif 0x7F <= ch <= 0x9F:
            return True
    return False


def base_labels(list keep, list words, const double[:, ::1] rows, Py_ssize_t terminal_column,
                Py_ssize_t short_run_column, Py_ssize_t repeats_column, double menu_run, Py_ssize_t max_heading_words,
                Py_ssize_t max_short_words, tuple names):
    """Each line's first label, from whether it is kept (`keep`), its words and its feature row:
    a kept line is `names[0]` (a heading: at most `max_heading_words` words, unterminated) or
    `names[1]`; a dropped one `names[2]` (in a run of `menu_run` short lines or more),
    `names[3]` (printed again) or `names[4]`.  Also the kept lines of at most
    `max_short_words` words (the ones a navigation label could be), as a list."""
    cdef Py_ssize_t n = len(keep), i, count
    if len(words) != n or rows.shape[0] != n or len(names) != 5:
        raise ValueError("one word count and one row per line, five names")
    labels = [None] * n
    short = []
    for i in range(n):
        count = <Py_ssize_t> words[i]
        if keep[i]:
            labels[i] = names[0] if count <= max_heading_words and not rows[i, terminal_column] > 0 else names[1]
            if count <= max_short_words:
                short.append(i)
        elif rows[i, short_run_column] >= menu_run:
            labels[i] = names[2]
        elif rows[i, repeats_column] > 1:
            labels[i] = names[3]
        else:
            labels[i] = names[4]
    return labels, short


def stripped_lines(str text, Py_ssize_t max_splits):
    """``[p.strip() for p in text.split("\\n", max_splits) if p and not p.isspace()]``:
    the non-blank lines of `text`, stripped (the last holds the rest of the text, its
    newlines and all, once `max_splits` newlines are passed)."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = len(text), start = 0, end, a, b, splits = 0
    cdef list out = []
    while start <= n:
        end = start
        if splits < max_splits:
            while end < n and PyUnicode_READ(kind, data, end) != 10:
                end += 1
        else:
            end = n
        a, b = start, end
        while a < b and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, a)):
            a += 1
        while b > a and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, b - 1)):
            b -= 1
        if b > a:
            out.append(text[a:b])
        if end >= n:
            break
        splits += 1
        start = end + 1
    return out


cdef bint _holds_colon(const char_t* chars, Py_ssize_t n) noexcept:
    """Whether ":" or "：" is among the `n` characters (a loop the compiler may widen)."""
    cdef Py_ssize_t i
    cdef bint found = False
    for i in range(n):
        found |= (chars[i] == 0x3A) | (chars[i] == 0xFF1A)
    return found


def furniture_candidates(list texts):
    """Indexes of the (non-empty) texts holding a colon (":" or "："), opening with "cl" in any
    case, or opening the next text: ``[i for i, (t, following) in enumerate(zip(texts,
    texts[1:] + [""])) if ":" in t or "：" in t or t[:2].lower() == "cl" or following.startswith(t)]``."""
    cdef Py_ssize_t i, k, length, n = len(texts)
    cdef str text, following
    cdef int kind
    cdef void* data
    cdef Py_UCS4 ch
    cdef bint hit
    found = []
    for i in range(n):
        text = texts[i]
        length = len(text)
        if length == 0:
            continue
        kind, data = PyUnicode_KIND(text), PyUnicode_DATA(text)
        ch = PyUnicode_READ(kind, data, 0)
        hit = (ch == u'c' or ch == u'C') and length > 1 and (PyUnicode_READ(kind, data, 1) == u'l' or PyUnicode_READ(kind, data, 1) == u'L')
        if not hit:
            if kind == PyUnicode_1BYTE_KIND:  # ("：" is past Latin-1)
                hit = memchr(data, ord(':'), length) != NULL
            elif kind == PyUnicode_2BYTE_KIND:
                hit = _holds_colon(<const uint16_t*>data, length)
            else:
                hit = _holds_colon(<const uint32_t*>data, length)
        if not hit and i + 1 < n:
            following = texts[i + 1]
            hit = len(following) >= length and PyUnicode_Tailmatch(following, text, 0, length, -1) == 1
        if hit:
            found.append(i)
    return found



def keep_runs(const double[::1] probabilities, list words, double threshold, double penalty, double clip):
    """`extract.runs.keep_runs` in Python, here in C: each item's score is the square root of its
    `words` times its log-odds (probability clipped to [clip, 1 - clip]) over the
    threshold's; the keep (True) / drop labels maximise the kept items' scores minus
    `penalty` per change of label, by a two-state Viterbi pass (ties: stay in the same
    state; at the end, keep)."""
    cdef Py_ssize_t n = probabilities.shape[0], i
    if n == 0:
        return []
    cdef double bar = log(threshold / (1 - threshold))
    scores_array = np.empty(n, dtype=np.float64)
    back = np.zeros((n, 2), dtype=np.uint8)
    cdef double[::1] scores = scores_array
    cdef uint8_t[:, ::1] came = back
    cdef double p, drop, keep, to_drop, to_keep
    cdef uint8_t state
    for i in range(n):
        p = probabilities[i]
        if p < clip:
            p = clip
        elif p > 1 - clip:
            p = 1 - clip
        scores[i] = sqrt(<double> <long> words[i]) * (log(p / (1 - p)) - bar)
    drop = 0.0
    keep = scores[0]
    with nogil:
        for i in range(1, n):
            if drop >= keep - penalty:
                to_drop = drop
                came[i, 0] = 0
            else:
                to_drop = keep - penalty
                came[i, 0] = 1
            if keep >= drop - penalty:
                to_keep = keep + scores[i]
                came[i, 1] = 1
            else:
                to_keep = drop - penalty + scores[i]
                came[i, 1] = 0
            drop = to_drop
            keep = to_keep
    labels = [False] * n
    state = 1 if keep >= drop else 0
    i = n - 1
    while i >= 0:
        if state:
            labels[i] = True
        state = came[i, state]
        i -= 1
    return labels


cdef class Line:
    """`clean.features.RawLine` built in C: the same fields, read and set as attributes.

    `split_lines` makes about 600 of these a page; the dataclass's Python
    `__init__` cost 0.1 ms a page for them, making them in C 0.02 ms (now as the
    text is split: `split_into_lines`).  Equal to a
    `RawLine` (or a `Line`) with equal fields, as the dataclass compares."""

    cdef public str text
    cdef public Py_ssize_t words
    cdef public bint terminal
    cdef public Py_ssize_t group
    cdef public bint blank_before
    cdef public object phrases
    cdef public str furniture

    def __init__(self, str text, Py_ssize_t words, bint terminal, Py_ssize_t group, bint blank_before,
                 object phrases, str furniture=""):
        self.text, self.words, self.terminal, self.group = text, words, terminal, group
        self.blank_before, self.phrases, self.furniture = blank_before, phrases, furniture

    def __eq__(self, other):
        try:
            theirs = _line_fields(other)
        except AttributeError:
            return NotImplemented
        return _line_fields(self) == theirs

    def __repr__(self):
        return ("RawLine(text=%r, words=%d, terminal=%r, group=%d, blank_before=%r, phrases=%r, furniture=%r)"
                % _line_fields(self))


# The fields in RawLine's order, read alike from a `Line` and a `RawLine`.
_line_fields = attrgetter("text", "words", "terminal", "group", "blank_before", "phrases", "furniture")


def repeat_column(list texts, double cap, double[:, ::1] out, Py_ssize_t column):
    """Write into `out[:, column]` how often each text occurs among `texts`, at most `cap`
    (``min(Counter(texts)[text], cap)`` per text): one dict lookup a text, giving each
    distinct text its number, the counts kept in a C array by that number."""
    cdef Py_ssize_t i, n = len(texts), slot
    cdef dict slots = {}
    cdef object found
    cdef double times
    if out.shape[0] != n or not 0 <= column < out.shape[1]:
        raise ValueError("one row of out per text, and a column inside it")
    line_slots = np.empty(n, dtype=np.intp)
    slot_counts = np.zeros(n, dtype=np.intp)
    cdef Py_ssize_t[::1] of_line = line_slots, counts = slot_counts
    for i in range(n):
        found = slots.setdefault(texts[i], len(slots))
        slot = <Py_ssize_t>found
        of_line[i] = slot
        counts[slot] += 1
    for i in range(n):
        times = <double>counts[of_line[i]]
        out[i, column] = times if times < cap else cap


cdef inline Line _line_at(list lines, Py_ssize_t i):
    """`lines[i]` as a `Line` (a TypeError for anything else: the callers then read the lines in Python)."""
    if type(lines[i]) is not Line:
        raise TypeError("reads text_fast.Line objects only")
    return <Line>lines[i]


def line_columns(list lines):
    """The fields of `Line`s the line features read, as columns: texts (a list), words, terminal
    (bool), text lengths, blank-before (uint8) and groups; read from the C struct of each
    `Line` (a TypeError for anything else: the caller reads `RawLine`s in Python)."""
    cdef Py_ssize_t i, n = len(lines)
    cdef Line line
    texts = [None] * n
    words_array = np.empty(n, dtype=np.int64)
    terminal_array = np.empty(n, dtype=np.bool_)
    sizes_array = np.empty(n, dtype=np.int64)
    blanks_array = np.empty(n, dtype=np.uint8)
    groups_array = np.empty(n, dtype=np.int64)
    cdef int64_t[::1] words = words_array, sizes = sizes_array, groups = groups_array
    cdef uint8_t[::1] terminal = terminal_array.view(np.uint8), blanks = blanks_array
    for i in range(n):
        line = _line_at(lines, i)
        texts[i] = line.text
        words[i] = line.words
        terminal[i] = line.terminal
        sizes[i] = len(line.text)
        blanks[i] = line.blank_before
        groups[i] = line.group
    return texts, words_array, terminal_array, sizes_array, blanks_array, groups_array


cdef bint _holds_hint_of(HintScanner scanner, str text, Py_ssize_t n) noexcept:
    """Whether `text`'s first `n` characters, lower-cased, hold one of the scanner's phrases
    (`_holds_hint` on its buffer)."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    if kind == PyUnicode_1BYTE_KIND:
        return _holds_hint(scanner, <const uint8_t*>data, n, kind, data)
    if kind == PyUnicode_2BYTE_KIND:
        return _holds_hint(scanner, <const uint16_t*>data, n, kind, data)
    return _holds_hint(scanner, <const uint32_t*>data, n, kind, data)


def line_matrix(list lines, double[:, ::1] out, tuple capital_ranges, double max_words, double max_commas,
                HintScanner break_hints, Py_ssize_t min_sentence_words, Py_ssize_t min_prose_words,
                Py_ssize_t max_break_words, Py_ssize_t max_stamp_words, Py_ssize_t prose_column,
                Py_ssize_t repeats_column, double max_repeats, dict phrase_columns, dict furniture_columns):
    """`clean.features.line_features`' columns that need no regex, from `Line`s in one pass
    (a TypeError, before anything is written, for anything but `Line`s): what `line_columns`,
    `line_shape` (the first nine columns), `flag_candidates` (the prose column, here written
    as 0.0 or 1.0), `mark_cells` and `repeat_column` give, the same values.  Returns the
    columns `line_context` reads (texts; words, sizes and groups as int64; terminal,
    blank-before and prose as uint8) and the lines `line_flags`' section-break and
    time-stamp regexes must read."""
    cdef Py_ssize_t n = len(lines), i, n_ranges
    cdef Py_UCS4 lows[MAX_RANGES]
    cdef Py_UCS4 highs[MAX_RANGES]
    cdef uint32_t table[256]
    cdef LineCounts c
    cdef Line line
    cdef int flags
    for i in range(n):
        _line_at(lines, i)
    if out.shape[0] != n or out.shape[1] < 9 or not (9 <= prose_column < out.shape[1]) or not (9 <= repeats_column < out.shape[1]):
        raise ValueError("one row of out a line, nine shape columns first, and the prose and repeat columns after them")
    n_ranges = _load_ranges(capital_ranges, lows, highs)
    _latin1_table(lows, highs, n_ranges, table)
    texts = [None] * n
    words_array = np.empty(n, dtype=np.int64)
    sizes_array = np.empty(n, dtype=np.int64)
    groups_array = np.empty(n, dtype=np.int64)
    terminal_array = np.empty(n, dtype=np.uint8)
    blanks_array = np.empty(n, dtype=np.uint8)
    prose_array = np.empty(n, dtype=np.uint8)
    cdef int64_t[::1] words = words_array, sizes = sizes_array, groups = groups_array
    cdef uint8_t[::1] terminal = terminal_array, blanks = blanks_array, prose = prose_array
    breaks, stamps = [], []
    for i in range(n):
        line = <Line>lines[i]
        texts[i] = line.text
        words[i], sizes[i], groups[i] = line.words, len(line.text), line.group
        terminal[i], blanks[i] = line.terminal, line.blank_before
        c = _shape_row(&out[i, 0], line.text, line.words, line.terminal, lows, highs, n_ranges, table, max_words, max_commas)
        flags = _line_flags(line.text, line.words, line.terminal, c.punctuated, c.maybe_stamp and c.digits > 0.0, break_hints,
                            min_sentence_words, min_prose_words, max_break_words, max_stamp_words)  # (digits: `has_digit`)
        prose[i] = (flags & FLAG_PROSE) != 0
        out[i, prose_column] = prose[i]
        if flags & FLAG_BREAK:
            breaks.append(i)
        if flags & FLAG_STAMP:
            stamps.append(i)
        _mark_row(&out[i, 0], line, phrase_columns, furniture_columns)
    repeat_column(texts, max_repeats, out, repeats_column)
    return texts, words_array, sizes_array, groups_array, terminal_array, blanks_array, prose_array, breaks, stamps


def joined_end(list texts, Py_ssize_t start, Py_ssize_t chars):
    """The first `end` (from `start`) at which ``"\\n".join(texts[start:end])`` is at least
    `chars` long, or ``len(texts)`` when no `end` is (`clean.facts._lines_within`'s cut)."""
    cdef Py_ssize_t end = max(start, 0), n = len(texts), size = -1
    while end < n and size < chars:
        size += len(<str> texts[end]) + 1
        end += 1
    return end


def share_index(list texts, double share):
    """`tidy._appeal_window_start`'s index: one past the first text at which the texts' running
    length reaches `share` of their total (``bisect_left(ends, share * ends[-1]) + 1``, at
    least 1 and at most ``len(texts)``; 0 for no texts)."""
    cdef Py_ssize_t i, n = len(texts), total = 0, running = 0
    cdef double bound
    if n == 0:
        return 0
    for i in range(n):
        total += len(<str> texts[i])
    bound = share * <double> total
    for i in range(n):
        running += len(<str> texts[i])
        if <double> running >= bound:
            return min(n, max(1, i + 1))
    return n


def opening_or_holding(list texts, Py_ssize_t first, Py_ssize_t last, tuple openings, tuple needles):
    """The indexes in [`first`, `last`) of the texts opening with one of `openings` or holding
    one of `needles`, in order: `tidy._far_openings`' candidates."""
    cdef Py_ssize_t i
    cdef str text, needle
    found = []
    for i in range(max(first, 0), min(last, len(texts))):
        text = texts[i]
        if text.startswith(openings):
            found.append(i)
            continue
        for needle in needles:
            if needle in text:
                found.append(i)
                break
    return found


def mark_cells(list lines, double[:, ::1] out, dict phrase_columns, dict furniture_columns):
    """Set to 1.0, in each `Line`'s row of `out`, the column of each furniture phrase concept it
    says (`phrase_columns[concept]`) and of its furniture kind (`furniture_columns[kind]`);
    the few lines saying one are found in C (a TypeError for anything but `Line`s)."""
    cdef Py_ssize_t i, n = len(lines)
    cdef Line line
    if out.shape[0] != n:
        raise ValueError("one row of out a line")
    for i in range(n):
        _mark_row(&out[i, 0], _line_at(lines, i), phrase_columns, furniture_columns)


cdef int _mark_row(double* row, Line line, dict phrase_columns, dict furniture_columns) except -1:
    """1.0 in `row`'s columns of the phrase concepts `line` says and of its furniture kind (`mark_cells`', `line_matrix`'s)."""
    if line.phrases:
        for concept in line.phrases:
            row[<Py_ssize_t> phrase_columns[concept]] = 1.0
    if line.furniture:
        row[<Py_ssize_t> furniture_columns[line.furniture]] = 1.0
    return 0


def kept_word_sums(list lines, list labels, frozenset kept_labels, Py_ssize_t min_prose_words, Py_ssize_t start=0, Py_ssize_t end=-1):
    """The words of the lines whose label is in `kept_labels`, and of those among them that end
    a sentence with at least `min_prose_words` words (`Line`s only: a TypeError otherwise);
    of lines [`start`, `end`) (`end` negative: to the last)."""
    cdef Py_ssize_t i, n = len(lines), kept = 0, sentences = 0
    cdef Line line
    if len(labels) != n:
        raise ValueError("one label a line")
    for i in range(max(start, 0), n if end < 0 else min(end, n)):
        if labels[i] in kept_labels:
            line = _line_at(lines, i)
            kept += line.words
            if line.terminal and line.words >= min_prose_words:
                sentences += line.words
    return kept, sentences


def marked_lines(list lines):
    """The indexes of the `Line`s saying a furniture phrase, and of those a furniture rule
    claimed, as two lists from one pass (a TypeError for anything but `Line`s)."""
    cdef Py_ssize_t i, n = len(lines)
    cdef Line line
    phrases, furniture = [], []
    for i in range(n):
        line = _line_at(lines, i)
        if line.phrases:
            phrases.append(i)
        if line.furniture:
            furniture.append(i)
    return phrases, furniture


def relabel_teaser_sections(list lines, list labels, list starts, frozenset kept_labels, Py_ssize_t max_words, str reason):
    """`clean.lines._drop_teaser_sections`' relabelling: from the first of `starts` (increasing
    line indexes of teaser-section labels) on, each kept line (label in `kept_labels`) while a
    section is open takes `reason`; a start opens one, a line of more than `max_words` words
    or a kept line ending in "." closes it (`Line`s only: a TypeError, before any label
    changes, for anything else)."""
    cdef Py_ssize_t k, n = len(lines), s = 0, m = len(starts), first
    cdef bint listed = False, kept
    cdef Line line
    cdef str text
    if len(labels) != n:
        raise ValueError("one label a line")
    if m == 0:
        return
    first = starts[0]
    for k in range(max(first, 0), n):
        _line_at(lines, k)
    for k in range(max(first, 0), n):
        line = <Line>lines[k]
        kept = labels[k] in kept_labels
        while s < m and <Py_ssize_t>starts[s] < k:
            s += 1
        if s < m and <Py_ssize_t>starts[s] == k:
            listed = True
        else:
            text = line.text
            if line.words > max_words or (kept and len(text) and text[len(text) - 1] == u'.'):
                listed = False
        if listed and kept:
            labels[k] = reason


def texts_at(list lines, list indexes):
    """The texts of the `Line`s at `indexes`, in that order (a TypeError for anything but `Line`s)."""
    cdef Py_ssize_t k, n = len(indexes)
    texts = [None] * n
    for k in range(n):
        texts[k] = _line_at(lines, <Py_ssize_t>indexes[k]).text
    return texts


def lines_of_words(list lines, list indexes, Py_ssize_t min_words, tuple ends=None):
    """Those of `indexes` whose `Line` has at least `min_words` words (and ends with one of
    `ends`, when given), in order (a TypeError for anything but `Line`s)."""
    cdef Py_ssize_t k, i, n = len(indexes)
    cdef Line line
    found = []
    for k in range(n):
        i = indexes[k]
        line = _line_at(lines, i)
        if line.words >= min_words and (ends is None or line.text.endswith(ends)):
            found.append(i)
    return found


def comment_candidates(list lines, list labels, const double[:, ::1] rows, Py_ssize_t break_column, Py_ssize_t after_words):
    """The lines `clean.lines.comment_section_start` tests for a comment heading: from the first
    line with `after_words` words of "body" lines above it on, those that are section breaks
    (``rows[i, break_column] > 0``) or open with a decimal digit.  `Line`s only (a TypeError
    for anything else: the caller then reads them in Python)."""
    cdef Py_ssize_t n = len(lines), i, first = n, words = 0
    cdef Line line
    if len(labels) != n or rows.shape[0] != n:
        raise ValueError("one label and one row a line")
    for i in range(n):
        if words >= after_words:
            first = i
            break
        if labels[i] == "body":
            words += _line_at(lines, i).words
    found = []
    for i in range(first, n):
        line = _line_at(lines, i)
        if rows[i, break_column] > 0 or (len(line.text) and _is_decimal(PyUnicode_READ(PyUnicode_KIND(line.text), PyUnicode_DATA(line.text), 0))):
            found.append(i)
    return found


def short_after_story(list lines, list labels, Py_ssize_t min_sentence_words, Py_ssize_t max_words):
    """The lines `clean.lines._drop_teaser_sections` reads for a teaser section's label: after the
    story's first sentence (the first "body" line that ends a sentence, of `min_sentence_words`
    words or more), those of at most `max_words` words ending no sentence.  `Line`s only (a
    TypeError for anything else)."""
    cdef Py_ssize_t n = len(lines), i, story = n
    cdef Line line
    if len(labels) != n:
        raise ValueError("one label a line")
    for i in range(n):
        if labels[i] == "body":
            line = _line_at(lines, i)
            if line.terminal and line.words >= min_sentence_words:
                story = i
                break
    found = []
    for i in range(story + 1, n):
        line = _line_at(lines, i)
        if line.words <= max_words and not line.terminal:
            found.append(i)
    return found


def removed_records(type cls, list lines, list labels, frozenset staying):
    """The records of the lines whose label is not in `staying`, in order, and the indexes of
    the others: ``[cls(line.text, label) for line, label in zip(lines, labels) if label not in
    staying]`` and ``[i for i, label in enumerate(labels) if label in staying]``, in one pass.
    `cls` is a slots dataclass with fields ``text`` and ``reason`` (`model.RemovedLine`); each
    record is made by `cls.__new__` and its fields set in C (half the time of its Python
    `__init__`)."""
    cdef Py_ssize_t i, n = len(lines)
    if len(labels) != n:
        raise ValueError("removed_records takes one label a line")
    new = cls.__new__
    records, stays = [], []
    for i in range(n):
        label = labels[i]
        if label in staying:
            stays.append(i)
            continue
        line = lines[i]
        record = new(cls)
        record.text = (<Line>line).text if type(line) is Line else line.text
        record.reason = label
        records.append(record)
    return records, stays


def staying_blocks(type cls, list lines, list labels, list stays, dict kinds):
    """The blocks of the lines at `stays` whose label `kinds` maps to a (kind, level) pair, in
    order: ``[cls(*kinds[labels[i]][:1], lines[i].text, kinds[labels[i]][1]) for i in stays
    if labels[i] in kinds]``.  `cls` is a slots dataclass with fields ``kind``, ``text`` and
    ``level`` (`model.Block`), each record made as `removed_records` makes its own."""
    new = cls.__new__
    blocks = []
    for i in stays:
        found = kinds.get(labels[i])
        if found is None:
            continue
        line = lines[i]
        block = new(cls)
        block.kind = (<tuple>found)[0]
        block.text = (<Line>line).text if type(line) is Line else line.text
        block.level = (<tuple>found)[1]
        blocks.append(block)
    return blocks
