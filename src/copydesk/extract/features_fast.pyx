# cython: language_level=3, boundscheck=False, wraparound=False
"""The block features a block takes from its owner element and the owner's ancestors, compiled.

An accelerator only: `features._owner_columns` computes the same columns with
NumPy where this module is not built (and is the definition); tests compare
both, to the bit, on every bundled page.  Divisions and `log1p` are the ones
NumPy and `math.log1p` use (IEEE double, the platform's libm), so the values
are equal, not close.
"""

from libc.math cimport log1p
from libc.stdint cimport int64_t

import numpy as np


def owner_columns(double[:, ::1] out, const int64_t[:] owners, const int64_t[:] parent, const int64_t[:] depth,
                  const int64_t[:] own, const int64_t[:] concepts, const int64_t[:] tags, const double[:] chars,
                  const double[:] link_chars, const double[:] blocks, const double[:] heading, const int64_t[:] kind,
                  tuple columns, int concept_width, int tag_width, int near_levels, int ancestor_levels,
                  double total, double page_link_density, double page_log_blocks,
                  Py_ssize_t best_start, Py_ssize_t best_end, double best_share):
    """Write each block's owner columns into `out` (one row per block; `owners[i]` the index of
    block i's owner element).  `columns`: the first column of each group, in the order
    heading level, depth, kinds, own concepts, any concepts, near concepts, ancestor tags,
    ancestor statistics (three a level: share, link density, log1p of blocks), in best,
    best share.  `heading` and `kind` are per block (0 and -1 when none).  An ancestor past
    the root takes the page's values (share 1, the page's link density and blocks).  The
    best container's subtree is the run of elements [`best_start`, `best_end`)."""
    cdef Py_ssize_t n = owners.shape[0], i, b, level, index, owner
    cdef Py_ssize_t heading_col, depth_col, kind_first, own_first, any_first, near_first, in_first, anc_first, in_best_col, share_col
    cdef int64_t near
    cdef double element_chars
    heading_col, depth_col, kind_first, own_first, any_first, near_first, in_first, anc_first, in_best_col, share_col = columns
    if (out.shape[0] != n or heading.shape[0] != n or kind.shape[0] != n
            or max(share_col, in_best_col, anc_first + 3 * ancestor_levels - 1, in_first + tag_width - 1,
                   near_first + concept_width - 1, any_first + concept_width - 1, own_first + concept_width - 1) >= out.shape[1]):
        raise ValueError("one row of out per block, and every column inside it")
    for i in range(n):
        owner = owners[i]
        out[i, heading_col] = heading[i]
        out[i, depth_col] = <double>depth[owner]
        if kind[i] >= 0:
            out[i, kind_first + kind[i]] = 1.0
        for b in range(concept_width):
            out[i, own_first + b] = <double>((own[owner] >> b) & 1)
            out[i, any_first + b] = <double>((concepts[owner] >> b) & 1)
        near, index = 0, owner
        for level in range(near_levels):  # the innermost element with concepts of its own
            if index < 0 or near != 0:
                break
            near = own[index]
            index = parent[index]
        for b in range(concept_width):
            out[i, near_first + b] = <double>((near >> b) & 1)
        for b in range(tag_width):
            out[i, in_first + b] = <double>((tags[owner] >> b) & 1)
        index = owner
        for level in range(ancestor_levels):
            if index >= 0:
                element_chars = chars[index]
                out[i, anc_first + 3 * level] = element_chars / total
                out[i, anc_first + 3 * level + 1] = link_chars[index] / (element_chars if element_chars > 1.0 else 1.0)
                out[i, anc_first + 3 * level + 2] = log1p(blocks[index])
                index = parent[index]
            else:
                out[i, anc_first + 3 * level] = 1.0
                out[i, anc_first + 3 * level + 1] = page_link_density
                out[i, anc_first + 3 * level + 2] = page_log_blocks
        out[i, in_best_col] = 1.0 if best_start <= owner < best_end else 0.0
        out[i, share_col] = best_share


def subtree_end(const int64_t[:] depth, Py_ssize_t root):
    """The index after the last element under `root` (elements in pre-order, `depth` each one's
    depth): the first one after it no deeper than it, else the number of elements."""
    cdef Py_ssize_t i = root + 1, n = depth.shape[0]
    cdef int64_t top = depth[root]
    while i < n and depth[i] > top:
        i += 1
    return i


def best_container(const int64_t[:] parent, const double[:] chars, const double[:] link_chars,
                   const double[:] sizes, const double[:] commas, const double[:] block_link_chars,
                   const int64_t[:] owners, double min_scored_chars, double max_link_density,
                   double chars_per_point, double max_length_points, double grandparent_share):
    """`features.best_container` (the definition, in NumPy; tests compare both): the index of the
    element a Readability-style score picks, 0 when none scores.  The element arrays first
    (`parent`, `chars`, `link_chars`), then the block arrays.  Points are added in the same
    order (block by block: owner, parent, grandparent) with the same operations, so the sums
    and ties are the same."""
    cdef Py_ssize_t n_elements = parent.shape[0], n = owners.shape[0], i, best = 0
    cdef int64_t owner, up, grand
    cdef double points, adjusted, best_score = 0.0, size
    if sizes.shape[0] != n or commas.shape[0] != n or block_link_chars.shape[0] != n:
        raise ValueError("one size, comma count and link count per block")
    if chars.shape[0] != n_elements or link_chars.shape[0] != n_elements:
        raise ValueError("one chars and link chars count per element")
    scores = np.zeros(n_elements)
    cdef double[::1] score = scores
    for i in range(n):
        size = sizes[i]
        if not (size >= min_scored_chars) or block_link_chars[i] > size * max_link_density:
            continue
        owner = owners[i]
        points = (1 + commas[i]) + min(size / chars_per_point, max_length_points)
        score[owner] += points
        up = parent[owner]
        if up >= 0:
            score[up] += points
            grand = parent[up]
            if grand >= 0:
                score[grand] += points * grandparent_share
    for i in range(n_elements):
        if score[i] <= 0:
            continue
        adjusted = score[i] * (1 - link_chars[i] / max(chars[i], 1.0))
        if adjusted > best_score:
            best, best_score = i, adjusted
    return best


def block_columns(double[:, ::1] out, const double[:, ::1] counts, const double[:] link_chars, const int64_t[:] owners,
                  const double[:] repeats, tuple columns, double total, double max_words, double max_commas,
                  double max_repeats, tuple page_values):
    """Write the columns a block takes from its own text and its place among the blocks into
    `out` (`features._block_columns`, the definition in NumPy; tests compare both to the bit).
    `counts` are `features.text_counts` rows (chars, words, commas, digits, terminal, upper
    start, title overlap, JSON-LD overlap); `repeats` how often each block's text is printed;
    `columns` the column of log chars, words, terminal, commas, digit ratio, upper start, average
    word length, title overlap, JSON-LD overlap, link density, relative index, relative offset,
    repeats, previous and next link density and log chars, same owner as the previous and
    the next, and the first of the page columns, which take `page_values`."""
    cdef Py_ssize_t n = out.shape[0], i, k, n_page = len(page_values)
    cdef Py_ssize_t c_log, c_words, c_terminal, c_commas, c_digits, c_upper, c_avg, c_title, c_jsonld
    cdef Py_ssize_t c_density, c_index, c_offset, c_repeats, c_prev_density, c_prev_log, c_next_density, c_next_log
    cdef Py_ssize_t c_same_prev, c_same_next, c_page
    cdef double size, words, done = 0.0
    cdef double page[8]
    (c_log, c_words, c_terminal, c_commas, c_digits, c_upper, c_avg, c_title, c_jsonld, c_density, c_index, c_offset,
     c_repeats, c_prev_density, c_prev_log, c_next_density, c_next_log, c_same_prev, c_same_next, c_page) = columns
    if (counts.shape[0] != n or counts.shape[1] < 8 or link_chars.shape[0] != n or owners.shape[0] != n
            or repeats.shape[0] != n or n_page > 8 or c_page + n_page > out.shape[1]
            or max(columns[:-1]) >= out.shape[1]):
        raise ValueError("one counts row, link count, owner and repeat count per row of out, and every column inside it")
    for k in range(n_page):
        page[k] = page_values[k]
    for i in range(n):
        size, words = counts[i, 0], counts[i, 1]
        out[i, c_log] = log1p(size)
        out[i, c_words] = words if words < max_words else max_words
        out[i, c_terminal] = counts[i, 4]
        out[i, c_commas] = counts[i, 2] if counts[i, 2] < max_commas else max_commas
        out[i, c_digits] = counts[i, 3] / size
        out[i, c_upper] = counts[i, 5]
        out[i, c_avg] = size / (words if words > 1.0 else 1.0)
        out[i, c_title] = counts[i, 6]
        out[i, c_jsonld] = counts[i, 7]
        out[i, c_density] = link_chars[i] / size
        out[i, c_index] = <double>i / <double>n
        done = done + size  # the running sum `np.cumsum` makes, in the same order
        out[i, c_offset] = (done - size) / total
        out[i, c_repeats] = repeats[i] if repeats[i] < max_repeats else max_repeats
        for k in range(n_page):
            out[i, c_page + k] = page[k]
    for i in range(1, n):
        out[i, c_prev_density] = out[i - 1, c_density]
        out[i, c_prev_log] = out[i - 1, c_log]
        out[i - 1, c_next_density] = out[i, c_density]
        out[i - 1, c_next_log] = out[i, c_log]
        out[i, c_same_prev] = 1.0 if owners[i] == owners[i - 1] else 0.0
        out[i - 1, c_same_next] = out[i, c_same_prev]


cdef extern from "Python.h":
    bint Py_UNICODE_ISALPHA(Py_UCS4 ch)
    bint Py_UNICODE_ISUPPER(Py_UCS4 ch)
    bint Py_UNICODE_ISDIGIT(Py_UCS4 ch)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)


def word_shares(list words, tuple references):
    """For `title.candidate_rows`: the share of `words` (counted with repeats) that each set
    of `references` holds, ``[sum(w in r for w in words) / len(words) for r in references]``
    (0.0 for no words); the same division as Python's, so the same doubles."""
    cdef Py_ssize_t n = len(words), k
    cdef long count
    cdef set reference
    out = []
    for reference in references:
        if n == 0:
            out.append(0.0)
            continue
        count = 0
        for k in range(n):
            if words[k] in reference:
                count += 1
        out.append(<double> count / <double> n)
    return out


def upper_share(str text):
    """For `title.candidate_rows`: the share of `text`'s letters in upper case
    (``str.isalpha``, ``str.isupper`` of each character), 0.0 without letters."""
    return _upper_share(text)


cdef inline double _upper_share(str text):
    cdef Py_ssize_t letters = 0, upper = 0
    cdef Py_UCS4 ch
    for ch in text:
        if Py_UNICODE_ISALPHA(ch):
            letters += 1
            if Py_UNICODE_ISUPPER(ch):
                upper += 1
    return <double> upper / <double> letters if letters else 0.0


cdef inline double _share(list words, object reference):
    """The share of `words` (with repeats) in `reference`, 0.0 for no words (`word_shares`)."""
    cdef Py_ssize_t n = len(words), k
    cdef long count = 0
    if n == 0:
        return 0.0
    for k in range(n):
        if words[k] in reference:
            count += 1
    return <double> count / <double> n


cdef inline double _covered(set word_set, object reference, Py_ssize_t size):
    """``len(word_set & reference) / size``, -1.0 for an empty reference."""
    cdef long count = 0
    if size == 0:
        return -1.0
    for word in word_set:
        if word in reference:
            count += 1
    return <double> count / <double> size


def title_rows(double[:, ::1] out, list found, list words_of, tuple source_names, str rule_key, double n_h1,
               tuple references):
    """`title.candidate_rows`' rows written into `out` (one a candidate, `title.FEATURE_NAMES`
    order; Python's `_python_candidate_rows` is the definition and tests compare both to the
    bit).  `found`: the candidates; `words_of`: each one's tokens; `references`: the title,
    og, h1, JSON-LD, slug, host and site word sets."""
    cdef Py_ssize_t i, j, col, n_sources = len(source_names), end
    cdef double n_found = len(found)
    cdef str text
    cdef list words
    cdef set sources, word_set
    cdef Py_UCS4 last
    title_set, og_set, h1_set, jsonld_set, slug, host, site = references
    for i in range(len(found)):
        candidate = found[i]
        text = candidate.text
        words = words_of[i]
        sources = candidate.sources
        col = 0
        for j in range(n_sources):
            out[i, col] = 1.0 if source_names[j] in sources else 0.0
            col += 1
        out[i, col] = len(sources)
        out[i, col + 1] = candidate.heading_rank
        out[i, col + 2] = candidate.part_index
        out[i, col + 3] = candidate.part_from_end
        out[i, col + 4] = candidate.parts
        out[i, col + 5] = len(text)
        out[i, col + 6] = len(words)
        out[i, col + 7] = _upper_share(text)
        out[i, col + 8] = 1.0 if text.casefold() == rule_key else 0.0
        out[i, col + 9] = n_h1
        out[i, col + 10] = n_found
        out[i, col + 11] = _share(words, title_set)
        out[i, col + 12] = _share(words, og_set)
        out[i, col + 13] = _share(words, h1_set)
        out[i, col + 14] = _share(words, jsonld_set)
        word_set = set(words)
        out[i, col + 15] = _covered(word_set, title_set, len(title_set))
        out[i, col + 16] = _covered(word_set, og_set, len(og_set))
        out[i, col + 17] = _covered(word_set, h1_set, len(h1_set))
        out[i, col + 18] = _share(words, slug)
        out[i, col + 19] = _covered(word_set, slug, len(slug))
        out[i, col + 20] = _share(words, host)
        out[i, col + 21] = _share(words, site)
        out[i, col + 22] = 1.0 if len(text) and Py_UNICODE_ISDIGIT(text[0]) else 0.0
        end = len(text)
        while end > 0 and Py_UNICODE_ISSPACE(text[end - 1]):
            end -= 1
        last = text[end - 1] if end > 0 else 0
        out[i, col + 23] = 1.0 if last == u":" else 0.0
