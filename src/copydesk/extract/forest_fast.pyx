# cython: language_level=3, boundscheck=False, wraparound=False
"""The tree walk of `scorer.Forest`, compiled: each row goes down each tree in C.

Two walks: `complete_leaf_sums` on trees laid out complete (the shipped
models: 1.5x faster), `leaf_sums` on the flat node arrays (deeper trees).
An accelerator only: `scorer.py` holds the model and walks it with NumPy
where this module is not built.  Leaf values are added tree by tree, so sums
can differ from NumPy's pairwise sums in the last bit; tests check that the
two walks agree to 1e-9.
"""

import numpy as np

from libc.stdint cimport int32_t, int64_t, uint8_t
from libc.stdlib cimport free, malloc
from libc.string cimport memcpy

cdef extern from *:
    """
    #if defined(__GNUC__) || defined(__clang__)
    #define COPYDESK_PREFETCH(address) __builtin_prefetch(address)
    #else
    #define COPYDESK_PREFETCH(address) ((void) 0)
    #endif
    """
    void COPYDESK_PREFETCH(const void *address) nogil


cdef enum:
    CACHE_LINE = 64  # bytes


cdef inline void _prefetch(const void *start, Py_ssize_t size) noexcept nogil:
    """Ask for `size` bytes from `start` to be brought into the cache (a hint; no effect on results)."""
    cdef Py_ssize_t offset = 0
    while offset < size:
        COPYDESK_PREFETCH(<const char *> start + offset)
        offset += CACHE_LINE

cdef enum:
    TREE_LANES = 8  # trees walked side by side for one row (`_rows_by_trees`)
    # `complete_leaf_sums`' rows side by side: on the line model's median Zyte text (167 rows, whole
    # groups), 12 / 13 / 14 / 15 / 16 lanes walk in 81.5 / 77 / 76 / 74.5 / 84 µs (at 16 the lanes' nodes
    # spill to memory; 8 was slower than 12).  More lanes leave more rows to `_rows_by_trees`.
    COMPLETE_LANES = 15
    # Left-over rows walked as one padded group rather than each by `_rows_by_trees` (a padded
    # group of 15 costs about as much as 6-7 rows walked alone).
    PADDED_MIN_ROWS = 7
    LANES = 8  # rows walked side by side (4 and 16 measured slower on the line model)


def leaf_sums(const double[:, ::1] rows, const int64_t[::1] feature, const double[::1] threshold,
              const int64_t[::1] children, const double[::1] value,
              const int64_t[::1] roots, int depth, int num_class):
    """Per row and class, the sum of the leaf values its trees reach (trees cycle through classes).

    `children[2 * node]` is a node's left child, `children[2 * node + 1]` its
    right; a leaf is its own child.  Every row takes `depth` steps down every
    tree, the child picked by index, not by a branch: a tree walk's branches
    are unpredictable, and a mispredicted branch costs more than the steps a
    shallow leaf repeats in place.  A walk is a chain of dependent loads, so
    LANES rows go down each tree side by side and their loads overlap (2.4x
    faster than one row at a time).  Each row's sum still adds its trees in
    order: results are the same to the bit."""
    cdef Py_ssize_t n = rows.shape[0], n_trees = roots.shape[0], cols = rows.shape[1], i, t, d, j, k, lanes
    cdef int64_t node[LANES]
    cdef const double* base = &rows[0, 0] if n else NULL
    sums = np.zeros((n, num_class), dtype=np.float64)
    cdef double[:, ::1] out = sums
    with nogil:
        for t in range(n_trees):
            k = t % num_class
            i = 0
            while i < n:
                lanes = min(<Py_ssize_t>LANES, n - i)
                for j in range(lanes):
                    node[j] = roots[t]
                for d in range(depth):
                    for j in range(lanes):
                        node[j] = children[2 * node[j] + (not (base[(i + j) * cols + feature[node[j]]] <= threshold[node[j]]))]
                for j in range(lanes):
                    out[i + j, k] += value[node[j]]
                i += LANES
    return sums


cdef void _rows_by_trees(const double* base, Py_ssize_t cols, Py_ssize_t first, Py_ssize_t n,
                         const int32_t* feature, const double* threshold, const double* value,
                         Py_ssize_t n_trees, int depth, int num_class, double[:, ::1] out) noexcept nogil:
    """Rows [`first`, `n`) of `complete_leaf_sums`, each down TREE_LANES trees side by side (too
    few rows to fill the row lanes), its leaf values added tree by tree."""
    cdef Py_ssize_t splits = (1 << depth) - 1, i, t, d, j, lanes
    cdef Py_ssize_t node[TREE_LANES]
    cdef const double* row
    for i in range(first, n):
        row = base + i * cols
        t = 0
        while t < n_trees:
            lanes = min(<Py_ssize_t>TREE_LANES, n_trees - t)
            for j in range(lanes):
                node[j] = 0
            for d in range(depth):
                for j in range(lanes):
                    node[j] = 2 * node[j] + 1 + (not (row[feature[(t + j) * splits + node[j]]] <= threshold[(t + j) * splits + node[j]]))
            for j in range(lanes):
                out[i, (t + j) % num_class] += value[(t + j) * (splits + 1) + node[j] - splits]
            t += TREE_LANES


cdef inline void _walk_group(const double* group, Py_ssize_t cols, const int32_t* tree_feature, const double* tree_threshold,
                             int depth, Py_ssize_t* node) noexcept nogil:
    """COMPLETE_LANES rows (from `group`, `cols` values a row) down one complete tree: each
    one's last node into `node` (a fixed lane count, unrolled without tests; a lane count
    known only at run time cost 30%: the lanes' nodes spilled to memory)."""
    cdef Py_ssize_t d, j
    for j in range(COMPLETE_LANES):
        node[j] = 0
    for d in range(depth):
        for j in range(COMPLETE_LANES):
            node[j] = 2 * node[j] + 1 + (not (group[j * cols + tree_feature[node[j]]] <= tree_threshold[node[j]]))


def complete_leaf_sums(const double[:, ::1] rows, const int32_t[::1] feature, const double[::1] threshold,
                       const double[::1] value, Py_ssize_t n_trees, int depth, int num_class):
    """`leaf_sums` on trees laid out complete (`scorer.complete_trees`): tree `t`'s
    2**depth - 1 split nodes in breadth-first order from `t * (2**depth - 1)`, the children
    of node `i` at 2i + 1 and 2i + 2 (no child array to read: one dependent load less a
    step), its 2**depth leaf values from `t * 2**depth`.  The same comparisons, leaf values
    and order of addition as `leaf_sums`: the same sums, to the bit.

    Rows go down each tree COMPLETE_LANES at a time (`_walk_group`).  Of the rows left over,
    PADDED_MIN_ROWS or more are walked as one more group, copied out and padded with the
    last row (whose walks are then dropped); fewer (all of them, when there are fewer rows
    than that) would leave lanes idle, so each goes down TREE_LANES trees side by side
    instead (`_rows_by_trees`: ~1.05 µs a row on the line model against ~0.44 in a group),
    its leaf values still added tree by tree.  `scorer.Forest` sends fewer than
    PACKED_MAX_ROWS rows (the page type's one row, a title's few candidates) to
    `packed_leaf_sums` instead, whose trees take fewer cache lines."""
    cdef Py_ssize_t n = rows.shape[0], cols = rows.shape[1], splits = (1 << depth) - 1, whole, left, i, t, j, k
    cdef Py_ssize_t node[COMPLETE_LANES]
    cdef const double* base = &rows[0, 0] if n else NULL
    cdef const int32_t* tree_feature
    cdef const double* tree_threshold
    cdef const double* tree_value
    cdef double* padded = NULL
    sums = np.zeros((n, num_class), dtype=np.float64)
    cdef double[:, ::1] out = sums
    if n == 0:
        return sums
    whole = n - n % COMPLETE_LANES
    left = n - whole
    if left >= PADDED_MIN_ROWS:
        padded = <double*> malloc(COMPLETE_LANES * cols * sizeof(double))
        if padded == NULL:
            raise MemoryError()
        for j in range(COMPLETE_LANES):
            memcpy(padded + j * cols, base + (whole + min(j, left - 1)) * cols, cols * sizeof(double))
    with nogil:
        for t in range(n_trees):
            k = t % num_class
            tree_feature, tree_threshold = &feature[t * splits], &threshold[t * splits]
            tree_value = &value[t * (splits + 1)]
            if t + 2 < n_trees and (whole or padded != NULL):  # the next tree's nodes come in while this one is walked
                _prefetch(tree_feature + 2 * splits, splits * sizeof(int32_t))
                _prefetch(tree_threshold + 2 * splits, splits * sizeof(double))
                _prefetch(tree_value + 2 * (splits + 1), (splits + 1) * sizeof(double))
            i = 0
            while i < whole:
                _walk_group(base + i * cols, cols, tree_feature, tree_threshold, depth, node)
                for j in range(COMPLETE_LANES):
                    out[i + j, k] += tree_value[node[j] - splits]
                i += COMPLETE_LANES
            if padded != NULL:
                _walk_group(padded, cols, tree_feature, tree_threshold, depth, node)
                for j in range(left):
                    out[whole + j, k] += tree_value[node[j] - splits]
        if padded != NULL:
            free(padded)
        else:
            _rows_by_trees(base, cols, whole, n, &feature[0], &threshold[0], &value[0], n_trees, depth, num_class, out)
    return sums


cdef packed struct PackedNode:
    double threshold  # NaN at a leaf: no value compares at or below it, so the walk stays there
    int32_t feature
    int32_t left  # the left child's index, the right child's one more (a leaf's: its own index - 1)


def packed_leaf_sums(const double[:, ::1] rows, const uint8_t[::1] nodes, const double[::1] value,
                     const int32_t[::1] roots, int depth, int num_class):
    """`leaf_sums` on trees packed (`scorer.packed_trees`): each tree's nodes breadth first
    from `roots[t]`, 16 bytes a node (threshold, feature and left child side by side, the
    right child next to the left), the leaf values in `value` at their nodes' indexes.

    For few rows (the page type's one row, a title's candidates): each row goes down
    TREE_LANES trees side by side.  A walk reads a node's three fields from one cache line
    and a tree's nodes lie together, where the complete layout spreads a small tree over
    2**depth slots: the page-type model's walk 88 -> 48 µs with the caches cold (12 -> 10
    warm).  A leaf's NaN threshold sends every value right, to the leaf itself, so every walk
    takes `depth` steps without a branch.  The same leaf values, added tree by tree: the same
    sums as `leaf_sums`, to the bit."""
    cdef Py_ssize_t n = rows.shape[0], cols = rows.shape[1], n_trees = roots.shape[0], i, t, d, j, lanes
    cdef const PackedNode* node_at = <const PackedNode*> &nodes[0] if nodes.shape[0] else NULL
    cdef const PackedNode* p
    cdef int32_t node[TREE_LANES]
    cdef const double* row
    sums = np.zeros((n, num_class), dtype=np.float64)
    cdef double[:, ::1] out = sums
    if n == 0 or n_trees == 0:
        return sums
    if nodes.shape[0] % sizeof(PackedNode) or value.shape[0] * <Py_ssize_t>sizeof(PackedNode) != nodes.shape[0]:
        raise ValueError("packed_leaf_sums takes 16 bytes of nodes and one value a node")
    with nogil:
        for i in range(n):
            row = &rows[i, 0]
            t = 0
            while t < n_trees:
                lanes = min(<Py_ssize_t>TREE_LANES, n_trees - t)
                for j in range(lanes):
                    node[j] = roots[t + j]
                for d in range(depth):
                    for j in range(lanes):
                        p = node_at + node[j]
                        node[j] = p.left + (not (row[p.feature] <= p.threshold))
                for j in range(lanes):
                    out[i, (t + j) % num_class] += value[node[j]]
                t += TREE_LANES
    return sums
