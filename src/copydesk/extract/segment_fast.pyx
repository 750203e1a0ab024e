# cython: language_level=3, boundscheck=False
"""The segment walk of `segment.py`, compiled: same blocks, same elements.

`segment.py` walks the tree through selectolax's Python objects, one object
per node; this walk reads lexbor's nodes in place.  It is an accelerator
only: `segment.py` holds the rules, passes them in (`Rules`), and falls back
to its own walk when this module is not built or fails its start-up check
against it.  Keep the two walks in step: tests compare them on every test
page.

Lexbor's headers do not ship with selectolax, so the few node fields read here
are declared below as lexbor lays them out (they mirror selectolax's own
lexbor.pxd), and the four lexbor functions used are looked up by name in
selectolax's extension, which exports them.
"""

import numpy as np

from cpython.bytes cimport PyBytes_FromStringAndSize
from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.stdint cimport int64_t, uint32_t, uint64_t, uintptr_t
from libc.stdlib cimport free, malloc, realloc
from libc.string cimport memchr, memcmp, memcpy, memset

ctypedef unsigned char lxb_char_t


cdef struct lexbor_str_t:
    lxb_char_t *data
    size_t length


cdef struct lxb_dom_node_t:
    void *events
    uintptr_t local_name
    uintptr_t prefix
    uintptr_t ns
    void *owner_document
    lxb_dom_node_t *next
    lxb_dom_node_t *prev
    lxb_dom_node_t *parent
    lxb_dom_node_t *first_child
    lxb_dom_node_t *last_child
    void *user
    int type


cdef struct lxb_dom_character_data_t:
    lxb_dom_node_t node
    lexbor_str_t data


ctypedef const lxb_char_t *(*name_f)(void *item, size_t *length)
ctypedef void *(*first_attr_f)(void *element)
ctypedef void (*remove_f)(lxb_dom_node_t *node)

cdef name_f element_name       # lxb_dom_element_qualified_name
cdef first_attr_f first_attr   # lxb_dom_element_first_attribute_noi
cdef name_f attr_name          # lxb_dom_attr_qualified_name
cdef name_f attr_value         # lxb_dom_attr_value_noi
cdef remove_f node_remove      # lxb_dom_node_remove: unlinks a node (and so its subtree) from the tree

cdef enum:
    NODE_ELEMENT = 1  # lexbor's LXB_DOM_NODE_TYPE_ELEMENT
    NODE_TEXT = 3  # LXB_DOM_NODE_TYPE_TEXT
    STATIC_ID_LIMIT = 65536  # lexbor's built-in tag ids are small; other ids are pointers
# Stack entries that are not nodes: leaving a block element, leaving a link.
cdef lxb_dom_node_t *EXIT_BLOCK = <lxb_dom_node_t *> 1
cdef lxb_dom_node_t *EXIT_LINK = <lxb_dom_node_t *> 2
cdef long HIDDEN = -1  # `attr_facts` of a hidden element (concept bits are never negative)

cdef struct lxb_dom_attr_t:  # only `next` is read here; the rest keeps its offset
    lxb_dom_node_t node
    uintptr_t upper_name
    uintptr_t qualified_name
    lexbor_str_t *value
    void *owner
    lxb_dom_attr_t *next
    lxb_dom_attr_t *prev


def bind(dict addresses):
    """Take the addresses of the lexbor functions this walk calls."""
    global element_name, first_attr, attr_name, attr_value, node_remove
    element_name = <name_f> <uintptr_t> addresses["lxb_dom_element_qualified_name"]
    first_attr = <first_attr_f> <uintptr_t> addresses["lxb_dom_element_first_attribute_noi"]
    attr_name = <name_f> <uintptr_t> addresses["lxb_dom_attr_qualified_name"]
    attr_value = <name_f> <uintptr_t> addresses["lxb_dom_attr_value_noi"]
    node_remove = <remove_f> <uintptr_t> addresses["lxb_dom_node_remove"]


cdef enum:  # what an attribute is to the scans here, by name (`_attr_kind`)
    A_UNSEEN, A_OTHER, A_CLASS, A_REL, A_ITEMPROP, A_ID, A_HREF, A_HIDDEN, A_STYLE, A_ROLE
cdef enum:
    MAX_ATTRIBUTE_RULES = 63  # `attribute_words`' rules: a bit each of a long
# Attribute kinds by lexbor's attribute id, for the built-in ids (below STATIC_ID_LIMIT, as for
# tags): an attribute's name is looked up and compared once per id, not once per attribute.
cdef unsigned char _ATTR_KIND[STATIC_ID_LIMIT]


cdef int _attr_kind(void *attr) noexcept:
    """The kind of the attribute `attr` (an lxb_dom_attr_t: its id is its node's local_name).

    Only attributes without a namespace prefix are remembered by id: a prefixed one
    (``xlink:href`` in inline SVG) shares its local name's id with the plain one but not its
    qualified name, which the kind is read from (remembering it put every later page's
    ``href`` among the others: related links went missing after an SVG icon)."""
    cdef uintptr_t attr_id = (<lxb_dom_node_t *> attr).local_name
    cdef bint remembered = attr_id < STATIC_ID_LIMIT and (<lxb_dom_node_t *> attr).prefix == 0
    cdef size_t length = 0
    cdef const lxb_char_t *name
    cdef int kind
    if remembered and _ATTR_KIND[attr_id] != A_UNSEEN:
        return _ATTR_KIND[attr_id]
    name = attr_name(attr, &length)
    if name == NULL:
        return A_OTHER
    kind = _kind_of_name(name, length)
    if remembered:
        _ATTR_KIND[attr_id] = kind
    return kind


cdef int _kind_of_name(const lxb_char_t *name, size_t length) noexcept:
    """The kind of attributes called `name`: A_OTHER for every name the scans do not read."""
    if _is(name, length, "class", 5):
        return A_CLASS
    if _is(name, length, "rel", 3):
        return A_REL
    if _is(name, length, "itemprop", 8):
        return A_ITEMPROP
    if _is(name, length, "id", 2):
        return A_ID
    if _is(name, length, "href", 4):
        return A_HREF
    if _is(name, length, "hidden", 6):
        return A_HIDDEN
    if _is(name, length, "style", 5):
        return A_STYLE
    if _is(name, length, "role", 4):
        return A_ROLE
    return A_OTHER


cdef inline str _decode(const lxb_char_t *data, size_t length):
    return PyUnicode_DecodeUTF8(<const char *> data, length, "replace")


cdef enum:
    MAX_LITERALS = 512  # room for the concept literals (about 120 today)
    MAX_LITERAL_BYTES = 8192
    # ASCII class/id values remembered with their concept bits (pages repeat their class names):
    # an open-addressing table of CONCEPT_CACHE_SLOTS, emptied when half full or when its byte
    # arena is.  In C: a Python dict keyed by a bytes object built for each lookup cost ~3% of
    # an extraction.
    CONCEPT_CACHE_SLOTS = 8192  # a power of two
    CONCEPT_CACHE_BYTES = 262144


# A bitmap of byte pairs (`_mark_pair`, `_opens_pair`): a bit per pair some word opens with (a
# one-byte word: every pair its byte opens), so that the class-value matchers test most places
# of a value, where no word opens, with one read.
cdef enum:
    PAIR_BITMAP_BYTES = 8192  # 65,536 pairs, a bit each


cdef inline void _mark_pair(unsigned char *bits, int first, int second) noexcept:
    cdef int pair = first << 8 | second
    bits[pair >> 3] |= 1 << (pair & 7)


cdef inline bint _opens_pair(const unsigned char *bits, int first, int second) noexcept:
    cdef int pair = first << 8 | second
    return bits[pair >> 3] >> (pair & 7) & 1


cdef struct CachedConcepts:  # one slot of `Rules`' concept cache; `hash` 0 marks it empty
    uint64_t hash
    uint32_t offset  # of the value's bytes in the arena
    uint32_t length
    long mask


cdef inline bint _is_word(lxb_char_t c):
    """ASCII letters, digits and underscore: what regex `\\b` takes for a word character in ASCII text."""
    return (c >= 97 and c <= 122) or (c >= 65 and c <= 90) or (c >= 48 and c <= 57) or c == 95


cdef inline lxb_char_t _lower(lxb_char_t c):
    return c + 32 if c >= 65 and c <= 90 else c


cdef bint _holds_folded(const lxb_char_t *text, size_t length, const char *word, size_t word_length):
    """Whether `text` holds the lower-case ASCII `word` with ASCII case ignored."""
    cdef size_t i, k
    if length < word_length:
        return False
    for i in range(length - word_length + 1):
        for k in range(word_length):
            if _lower(text[i + k]) != <lxb_char_t> word[k]:
                break
        else:
            return True
    return False


cdef bint _may_hide(const lxb_char_t *style, size_t length):
    """Whether an inline style may hide its element: every match of `patterns.HIDDEN_STYLE`
    ("display: none", "visibility: hidden") holds "none" or "hidden".  A style holding
    neither, all ASCII, hides nothing; any other is asked of the regex (whose case-blind
    match takes "ı" for "i")."""
    cdef size_t i
    for i in range(length):
        if style[i] >= 128:
            return True
    return _holds_folded(style, length, b"none", 4) or _holds_folded(style, length, b"hidden", 6)


def _equal_fields(record, other, tuple names):
    """Whether `other` has `record`'s fields, equal (NotImplemented when it lacks one): the
    dataclass's equality, across the C record and the dataclass."""
    try:
        theirs = tuple(getattr(other, name) for name in names)
    except AttributeError:
        return NotImplemented
    return tuple(getattr(record, name) for name in names) == theirs


def _record_repr(str kind, record, tuple names):
    """The dataclass's repr of `record`'s fields."""
    return kind + "(" + ", ".join(f"{name}={getattr(record, name)!r}" for name in names) + ")"


# The fields of `segment.Element`, in its order (a record of either kind is read through these).
_ELEMENT_FIELDS = ("tag", "parent", "depth", "own_concepts", "concepts", "tags", "chars", "link_chars", "blocks")


cdef class Element:
    """`segment.Element` made in C: the same fields, read and set as attributes, equal to a
    `segment.Element` (or another of these) with equal fields.  The walk makes one per
    block-level element, about 300 a page: the dataclass's Python `__init__` cost ~45 us a
    median Zyte page for them."""

    cdef public str tag
    cdef public long parent, depth, own_concepts, concepts, tags, chars, link_chars, blocks

    def __init__(self, str tag, long parent, long depth, long own_concepts, long concepts, long tags,
                 long chars=0, long link_chars=0, long blocks=0):
        self.tag, self.parent, self.depth, self.own_concepts, self.concepts = tag, parent, depth, own_concepts, concepts
        self.tags, self.chars, self.link_chars, self.blocks = tags, chars, link_chars, blocks

    def __eq__(self, other):
        return _equal_fields(self, other, _ELEMENT_FIELDS)

    __hash__ = None  # mutable, as the dataclass

    def __repr__(self):
        return _record_repr("Element", self, _ELEMENT_FIELDS)


# The fields of `segment.TextBlock`, in its order.
_BLOCK_FIELDS = ("text", "owner", "link_chars", "in_pre", "phrases")
_NO_PHRASES = frozenset()


cdef class TextBlock:
    """`segment.TextBlock` made in C: the same fields, read and set as attributes, equal to a
    `segment.TextBlock` (or another of these) with equal fields (about 200 a page)."""

    cdef public str text
    cdef public long owner, link_chars
    cdef public bint in_pre
    cdef public object phrases

    def __init__(self, str text, long owner, long link_chars, bint in_pre, phrases=_NO_PHRASES):
        self.text, self.owner, self.link_chars, self.in_pre, self.phrases = text, owner, link_chars, in_pre, phrases

    def __eq__(self, other):
        return _equal_fields(self, other, _BLOCK_FIELDS)

    __hash__ = None  # mutable, as the dataclass

    def __repr__(self):
        return _record_repr("TextBlock", self, _BLOCK_FIELDS)


cdef class Rules:
    """What the walk needs from `segment.py` and `patterns.py`.

    Class-name concepts are matched here, in C, on attribute values that are
    ASCII (nearly all of them): the literals (`segment.concept_literals`) are
    tried at each position in their regex order, so the first one that fits
    wins and matching resumes after it, as `re.finditer` does with the
    alternation.  Other values go to `concepts_of_value`, the regex."""

    cdef public object concepts_of_value, hiding, block_text
    cdef public frozenset block_tags, skip_tags, unwrap_tags
    cdef public dict ancestor_tag_bit
    cdef public long max_elements, max_attr_chars, paragraph_breaks
    cdef dict tag_names  # lexbor's built-in tag id -> name
    # What the walk does with a tag (the T_* bits), by lexbor's built-in tag id: worked out
    # from the name once per id (`tag_flags`), so most elements cost no Python lookups.
    cdef unsigned short tag_flag_table[STATIC_ID_LIMIT]
    cdef CachedConcepts cache[CONCEPT_CACHE_SLOTS]  # ASCII value -> concept bits (`cached_ascii_concepts`)
    cdef lxb_char_t cache_bytes[CONCEPT_CACHE_BYTES]  # the cached values' bytes
    cdef size_t cached, cache_bytes_used
    cdef lxb_char_t literal_bytes[MAX_LITERAL_BYTES]
    cdef int literal_start[MAX_LITERALS]
    cdef int literal_length[MAX_LITERALS]
    cdef long literal_bit[MAX_LITERALS]
    cdef bint boundary_before[MAX_LITERALS]
    cdef bint boundary_after[MAX_LITERALS]
    cdef int by_first[MAX_LITERALS]  # literal indexes grouped by first byte, each group in regex order
    cdef int first_start[257]  # by_first[first_start[c]:first_start[c + 1]] open with byte c
    cdef unsigned char opening_pairs[PAIR_BITMAP_BYTES]  # the literals' opening byte pairs

    def __init__(self, concept_literals, concepts_of_value, hiding, block_text,
                 block_tags, skip_tags, unwrap_tags, ancestor_tag_bit, max_elements, max_attr_chars, paragraph_breaks):
        self.concepts_of_value, self.hiding, self.block_text = concepts_of_value, hiding, block_text
        self.block_tags, self.skip_tags, self.unwrap_tags = frozenset(block_tags), frozenset(skip_tags), frozenset(unwrap_tags)
        self.ancestor_tag_bit = dict(ancestor_tag_bit)
        self.max_elements, self.max_attr_chars, self.paragraph_breaks = max_elements, max_attr_chars, paragraph_breaks
        self.tag_names = {}
        self.empty_cache()
        self._index_literals(list(concept_literals))

    cdef _index_literals(self, list literals):
        cdef int used = 0, n = len(literals), k, c, slot = 0
        memset(self.opening_pairs, 0, sizeof(self.opening_pairs))
        if n > MAX_LITERALS:
            raise ValueError("too many concept literals")
        for k, (literal, bit, before, after) in enumerate(literals):
            if not literal or len(literal) + used > MAX_LITERAL_BYTES:
                raise ValueError(f"concept literal {literal!r} does not fit")
            memcpy(&self.literal_bytes[used], <const char *> literal, len(literal))
            self.literal_start[k], self.literal_length[k] = used, len(literal)
            self.literal_bit[k], self.boundary_before[k], self.boundary_after[k] = bit, before, after
            used += len(literal)
            for c in range(256) if len(literal) == 1 else (literal[1],):
                _mark_pair(self.opening_pairs, literal[0], c)
        for c in range(256):
            self.first_start[c] = slot
            for k in range(n):
                if self.literal_bytes[self.literal_start[k]] == c:
                    self.by_first[slot] = k
                    slot += 1
        self.first_start[256] = slot

    cdef long ascii_concepts(self, const lxb_char_t *text, size_t length) noexcept:
        """Concept bits of lower-cased ASCII `text`, as the regex's non-overlapping leftmost-first matches give them."""
        cdef size_t i = 0, m
        cdef int j, k, size
        cdef long mask = 0
        cdef const lxb_char_t *literal
        cdef bint found
        while i < length:
            if i + 1 < length and not _opens_pair(self.opening_pairs, _lower(text[i]), _lower(text[i + 1])):
                i += 1
                continue
            found = False
            for j in range(self.first_start[_lower(text[i])], self.first_start[_lower(text[i]) + 1]):
                k = self.by_first[j]
                size = self.literal_length[k]
                if i + size > length:
                    continue
                if self.boundary_before[k] and i > 0 and _is_word(text[i - 1]):
                    continue
                if self.boundary_after[k] and i + size < length and _is_word(text[i + size]):
                    continue
                literal = &self.literal_bytes[self.literal_start[k]]
                m = 1
                while m < <size_t> size and _lower(text[i + m]) == literal[m]:
                    m += 1
                if m == <size_t> size:
                    mask |= self.literal_bit[k]
                    i += size
                    found = True
                    break
            if not found:
                i += 1
        return mask

    cdef long value_concepts(self, const lxb_char_t *value, size_t length):
        """Concept bits of one class/id/role/itemprop value: its first `max_attr_chars` characters."""
        cdef size_t i, limit = self.max_attr_chars
        if value == NULL or length == 0:
            return 0
        for i in range(length if length < limit else limit):
            if value[i] >= 128:  # the first `limit` characters come from at most 4 * `limit` UTF-8 bytes
                return self.concepts_of_value(_decode(value, length if length < 4 * limit else 4 * limit)[:limit])
        return self.cached_ascii_concepts(value, length if length < limit else limit)

    cdef void empty_cache(self) noexcept:
        memset(self.cache, 0, sizeof(self.cache))
        self.cached = self.cache_bytes_used = 0

    cdef long cached_ascii_concepts(self, const lxb_char_t *value, size_t length) noexcept:
        """`ascii_concepts`, remembered per value (a pure function, so only speed depends on the
        cache): FNV-1a hashed, probed linearly, the bytes compared."""
        cdef uint64_t h = 14695981039346656037ULL
        cdef size_t i, slot
        cdef long mask
        for i in range(length):
            h = (h ^ value[i]) * 1099511628211ULL
        h |= 1  # never 0, the empty slot's mark
        slot = h & (CONCEPT_CACHE_SLOTS - 1)
        while self.cache[slot].hash:
            if (self.cache[slot].hash == h and self.cache[slot].length == length
                    and memcmp(&self.cache_bytes[self.cache[slot].offset], value, length) == 0):
                return self.cache[slot].mask
            slot = (slot + 1) & (CONCEPT_CACHE_SLOTS - 1)
        mask = self.ascii_concepts(value, length)
        if length > CONCEPT_CACHE_BYTES:
            return mask
        if 2 * self.cached >= CONCEPT_CACHE_SLOTS or self.cache_bytes_used + length > CONCEPT_CACHE_BYTES:
            self.empty_cache()
            slot = h & (CONCEPT_CACHE_SLOTS - 1)
        memcpy(&self.cache_bytes[self.cache_bytes_used], value, length)
        self.cache[slot].hash, self.cache[slot].offset, self.cache[slot].length, self.cache[slot].mask = h, self.cache_bytes_used, length, mask
        self.cache_bytes_used += length
        self.cached += 1
        return mask

    cdef object tag_of(self, lxb_dom_node_t *node):
        cdef size_t length = 0
        cdef const lxb_char_t *name
        cached = self.tag_names.get(node.local_name) if node.local_name < STATIC_ID_LIMIT else None
        if cached is not None:
            return cached
        name = element_name(node, &length)
        if name == NULL:
            return None
        tag = _decode(name, length)
        if node.local_name < STATIC_ID_LIMIT:
            self.tag_names[node.local_name] = tag
        return tag

    cdef unsigned short tag_flags(self, lxb_dom_node_t *node):
        """The T_* bits of an element's tag: from the table for built-in ids, else from its name."""
        cdef uintptr_t tag_id = node.local_name
        cdef unsigned short flags
        if tag_id < STATIC_ID_LIMIT and self.tag_flag_table[tag_id] & T_KNOWN:
            return self.tag_flag_table[tag_id]
        flags = self.flags_of_name(self.tag_of(node))
        if tag_id < STATIC_ID_LIMIT:
            self.tag_flag_table[tag_id] = flags
        return flags

    cdef unsigned short flags_of_name(self, tag):
        cdef unsigned short flags = T_KNOWN
        if tag is None or tag.startswith("-") or tag in self.skip_tags:
            return flags | T_IGNORED
        if tag in self.unwrap_tags:
            flags |= T_UNWRAP
        if tag in self.block_tags:
            flags |= T_BLOCK
        if tag == "br":
            flags |= T_BR
        elif tag == "img":
            flags |= T_IMG
        elif tag == "a":
            flags |= T_LINK
        return flags

    cdef bint unwrapped(self, lxb_dom_node_t *node):
        """`segment._unwrapped`: inline formatting that holds something, read as if unwrapped."""
        return node.type == NODE_ELEMENT and node.first_child != NULL and self.tag_flags(node) & T_UNWRAP

    cdef bint follows_text(self, lxb_dom_node_t *node):
        """`segment._follows_text`: whether the text node `node` would merge with text before it."""
        cdef lxb_dom_node_t *before = node.prev
        cdef lxb_dom_node_t *up = node.parent
        while True:
            if before == NULL:
                if up == NULL or not self.unwrapped(up):
                    return False
                before, up = up.prev, up.parent
            elif before.type == NODE_TEXT:
                return True
            elif self.unwrapped(before):
                before, up = before.last_child, before
            else:
                return False


cdef inline bint _is(const lxb_char_t *name, size_t length, const char *word, size_t word_length):
    return length == word_length and memcmp(name, word, length) == 0


cdef enum:  # what the walk does with a tag (`Rules.tag_flags`)
    T_KNOWN = 1  # the entry is filled
    T_IGNORED = 2  # no name, a "-" pseudo-tag or a `skip_tags` tag: the element and its subtree are passed over
    T_UNWRAP = 4
    T_BLOCK = 8
    T_BR = 16
    T_IMG = 32
    T_LINK = 64


cdef enum:  # an element's facts, as offsets into its row of `_Walk.facts`
    F_PARENT, F_DEPTH, F_OWN_CONCEPTS, F_CONCEPTS, F_TAGS, F_CHARS, F_LINK_CHARS, F_BLOCKS, FACTS


cdef str _pre_text(str raw):
    """`segment._block_text` inside <pre> (for `collapse`, which has no rules)."""
    text = raw.strip("\n")
    return text if text.strip() else ""


cdef inline size_t _space_at(const lxb_char_t *p, size_t n) noexcept nogil:
    """Byte length of the white space character (`str.isspace`) that opens the `n` bytes
    at `p` (UTF-8), 0 if it is not one."""
    cdef lxb_char_t c = p[0], d
    if c < 0x80:
        return 1 if c == 32 or (c >= 9 and c <= 13) or (c >= 0x1C and c <= 0x1F) else 0
    if c == 0xC2:  # U+0085, U+00A0
        return 2 if n >= 2 and (p[1] == 0x85 or p[1] == 0xA0) else 0
    if n < 3:
        return 0
    if c == 0xE1:  # U+1680
        return 3 if p[1] == 0x9A and p[2] == 0x80 else 0
    if c == 0xE2:  # U+2000-U+200A, U+2028, U+2029, U+202F, U+205F
        d = p[2]
        if p[1] == 0x80:
            return 3 if (d >= 0x80 and d <= 0x8A) or d == 0xA8 or d == 0xA9 or d == 0xAF else 0
        return 3 if p[1] == 0x81 and d == 0x9F else 0
    if c == 0xE3:  # U+3000
        return 3 if p[1] == 0x80 and p[2] == 0x80 else 0
    return 0


cdef inline bint _continuation(lxb_char_t c) noexcept nogil:
    return c >= 0x80 and c <= 0xBF


cdef bint _valid_utf8(const lxb_char_t *p, size_t n) noexcept nogil:
    """Whether the `n` bytes at `p` are UTF-8 that Python's strict decoder takes (no overlong
    forms, surrogates or code points above U+10FFFF)."""
    cdef size_t i = 0
    cdef lxb_char_t c, low, high
    while i < n:
        c = p[i]
        if c < 0x80:
            i += 1
            continue
        if c < 0xC2 or c > 0xF4:
            return False
        if c < 0xE0:
            if i + 1 >= n or not _continuation(p[i + 1]):
                return False
            i += 2
            continue
        low, high = 0x80, 0xBF
        if c == 0xE0:
            low = 0xA0
        elif c == 0xED:
            high = 0x9F
        elif c == 0xF0:
            low = 0x90
        elif c == 0xF4:
            high = 0x8F
        if c < 0xF0:
            if i + 2 >= n or p[i + 1] < low or p[i + 1] > high or not _continuation(p[i + 2]):
                return False
            i += 3
        else:
            if i + 3 >= n or p[i + 1] < low or p[i + 1] > high or not _continuation(p[i + 2]) or not _continuation(p[i + 3]):
                return False
            i += 4
    return True


def collapse(list pieces, bint in_pre=False):
    """The walk's text buffer fed `pieces` (bytes, as lexbor holds text nodes) and read out,
    with each piece's collapsed length: for tests against `segment._block_text`."""
    cdef _Walk walk = _Walk.__new__(_Walk)
    cdef bytes piece
    walk.pre_depth, walk.link_depth = in_pre, 1
    lengths = []
    for piece in pieces:
        lengths.append(walk.add_text(<const lxb_char_t *> <const char *> piece, len(piece), False))
    return walk.read_text(), lengths


cdef class _Walk:
    """One walk.  Block text is gathered as UTF-8 in `text`, white space collapsed as it
    comes (outside <pre>), and decoded once per block; the elements' facts and subtree
    sums are kept in C arrays and become `Element` records at the end."""

    cdef Rules rules
    cdef bint honour_hidden
    cdef object seg
    cdef list blocks, owners, element_tags
    cdef long link_chars, link_depth, pre_depth
    cdef char *text
    cdef size_t text_length, text_capacity
    cdef bint pending_space  # white space seen after some text: a space goes in before the next text
    cdef bint revealed  # `attr_facts` read a hidden disclosure panel (`segment.Segmentation.revealed`)
    cdef bint run_has_word, run_in_word  # `segment._Walker.run_chars`' state
    cdef long breaks  # <br>s since the last word (`segment._Walker.breaks`)
    cdef long *facts  # per element, FACTS longs (the F_* offsets)
    cdef size_t n_elements, element_capacity

    def __cinit__(self):
        self.text_capacity, self.element_capacity = 1024, 256
        self.text = <char *> malloc(self.text_capacity)
        self.facts = <long *> malloc(self.element_capacity * FACTS * sizeof(long))
        if self.text == NULL or self.facts == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.text)
        free(self.facts)

    def __init__(self, Rules rules, seg, bint honour_hidden):
        self.rules, self.seg, self.honour_hidden = rules, seg, honour_hidden
        self.blocks = seg.blocks
        self.owners, self.element_tags = [], []

    cdef int reserve_text(self, size_t more) except -1:
        cdef char *grown
        cdef size_t capacity = self.text_capacity
        while capacity < self.text_length + more:
            capacity *= 2
        if capacity != self.text_capacity:
            grown = <char *> realloc(self.text, capacity)
            if grown == NULL:
                raise MemoryError()
            self.text, self.text_capacity = grown, capacity
        return 0

    cdef long add_text(self, const lxb_char_t *data, size_t length, bint follows_text) except -1:
        """Put a text node's bytes in the buffer; inside a link, returns how much it lengthens its
        text run once collapsed (`segment._Walker.run_chars`), else 0."""
        cdef bytes fixed
        if not _valid_utf8(data, length):  # as the Python walk reads it: bad bytes replaced
            fixed = _decode(data, length).encode("utf-8")
            return self.add_valid_text(<const lxb_char_t *> <char *> fixed, len(fixed), follows_text)
        return self.add_valid_text(data, length, follows_text)

    cdef long run_chars(self, const lxb_char_t *p, size_t n, bint follows_text) noexcept:
        """`segment._Walker.run_chars` on valid UTF-8."""
        cdef size_t i = 0, space
        cdef long chars = 0
        if not follows_text:
            self.run_has_word = self.run_in_word = False
        while i < n:
            space = _space_at(p + i, n - i)
            if space:
                self.run_in_word = False
                i += space
                continue
            if not self.run_in_word:
                if self.run_has_word:
                    chars += 1
                self.run_has_word = self.run_in_word = True
            if not _continuation(p[i]):
                chars += 1
            i += 1
        return chars

    cdef long add_valid_text(self, const lxb_char_t *data, size_t length, bint follows_text) except -1:
        cdef size_t i = 0, space
        self.reserve_text(length + 1)
        if self.pre_depth:
            memcpy(self.text + self.text_length, data, length)
            self.text_length += length
        else:
            while i < length:
                space = _space_at(data + i, length - i)
                if space:
                    self.pending_space = self.text_length > 0
                    i += space
                    continue
                if self.pending_space:
                    self.text[self.text_length] = 32
                    self.text_length += 1
                    self.pending_space = False
                self.breaks = 0
                self.text[self.text_length] = data[i]
                self.text_length += 1
                i += 1
        return self.run_chars(data, length, follows_text) if self.link_depth else 0

    cdef str read_text(self):
        """The buffered block text (`segment._block_text` of what came in), emptied."""
        text = PyUnicode_DecodeUTF8(self.text, self.text_length, "strict")
        self.text_length = 0
        self.pending_space = False
        if self.pre_depth:
            return self.rules.block_text(text, True) if self.rules is not None else _pre_text(text)
        return text

    cdef long attr_facts(self, lxb_dom_node_t *node, bint want_concepts):
        """HIDDEN if the element is hidden, else the concept bits of its class/id/role/itemprop
        values (0 unless `want_concepts`: only block-opening elements' concepts are read)."""
        cdef void *attr = first_attr(node)
        cdef const lxb_char_t *value
        cdef const lxb_char_t *id_value = NULL
        cdef const lxb_char_t *style_value = NULL
        cdef const lxb_char_t *values[4]  # class, id, role, itemprop
        cdef size_t lengths[4]
        cdef size_t value_length = 0, id_length = 0, style_length = 0
        cdef bint hidden = False, styled = False
        cdef int slot, kind
        cdef long mask = 0
        self.revealed = False
        if attr == NULL:
            return 0
        for slot in range(4):
            values[slot], lengths[slot] = NULL, 0
        while attr != NULL:  # each attribute's kind by its id (`_attr_kind`), not by its name
            kind = _attr_kind(attr)
            slot = -1
            if kind == A_HIDDEN:
                hidden = True
            elif kind == A_STYLE:
                value = attr_value(attr, &value_length)
                style_value, style_length, styled = value, value_length, value != NULL and value_length > 0
            elif kind == A_CLASS:
                slot = 0
            elif kind == A_ID:
                slot = 1
            elif kind == A_ROLE:
                slot = 2
            elif kind == A_ITEMPROP:
                slot = 3
            if slot >= 0:
                value = attr_value(attr, &value_length)
                values[slot], lengths[slot] = value, value_length
                if slot == 1:
                    id_value, id_length = value, value_length
            attr = <void *> (<lxb_dom_attr_t *> attr).next
        if hidden or (styled and _may_hide(style_value, style_length)):  # most styles say neither word: no Python call
            element_id = _decode(id_value, id_length) if id_value != NULL else None
            style = _decode(style_value, style_length) if style_value != NULL else None
            class_value = _decode(values[0], lengths[0]) if values[0] != NULL else None
            role = _decode(values[2], lengths[2]) if values[2] != NULL else None
            state = self.rules.hiding(hidden, element_id, style, class_value, role)
            if state == 1:  # `segment.HIDES`
                return HIDDEN
            self.revealed = state == 2  # `segment.REVEALED`: a disclosure panel, read
        if want_concepts:
            for slot in range(4):
                mask |= self.rules.value_concepts(values[slot], lengths[slot])
        return mask

    cdef flush(self):
        cdef long link_chars = self.link_chars, owner
        self.link_chars = 0
        self.breaks = 0
        if not self.text_length:
            self.pending_space = False
            return
        cdef bint in_pre = self.pre_depth > 0
        cdef TextBlock block
        text = self.read_text()
        if text:
            owner = self.owners[-1]
            link_chars = min(link_chars, len(text))
            block = TextBlock.__new__(TextBlock)
            block.text, block.owner, block.link_chars, block.in_pre, block.phrases = text, owner, link_chars, in_pre, _NO_PHRASES
            self.blocks.append(block)
            self.facts[owner * FACTS + F_CHARS] += len(text)
            self.facts[owner * FACTS + F_LINK_CHARS] += link_chars
            self.facts[owner * FACTS + F_BLOCKS] += 1

    cdef open_element(self, str tag, long concepts):
        self.flush()
        cdef long parent_index = -1, depth = 0, all_concepts = concepts, tags = 0
        cdef long *row
        cdef long *grown
        if self.owners:
            parent_index = self.owners[-1]
            row = self.facts + parent_index * FACTS
            depth, all_concepts, tags = row[F_DEPTH] + 1, row[F_CONCEPTS] | concepts, row[F_TAGS]
        tags |= <long> self.rules.ancestor_tag_bit.get(tag, 0)
        if self.link_depth:
            tags |= <long> self.rules.ancestor_tag_bit["a"]
        if self.n_elements == self.element_capacity:
            grown = <long *> realloc(self.facts, 2 * self.element_capacity * FACTS * sizeof(long))
            if grown == NULL:
                raise MemoryError()
            self.facts, self.element_capacity = grown, 2 * self.element_capacity
        row = self.facts + self.n_elements * FACTS
        row[F_PARENT], row[F_DEPTH], row[F_OWN_CONCEPTS], row[F_CONCEPTS], row[F_TAGS] = parent_index, depth, concepts, all_concepts, tags
        row[F_CHARS] = row[F_LINK_CHARS] = row[F_BLOCKS] = 0
        self.element_tags.append(tag)
        self.owners.append(<long> self.n_elements)
        self.n_elements += 1
        if tag == "pre":
            self.pre_depth += 1

    cdef close_element(self):
        self.flush()
        index = self.owners.pop()
        if self.element_tags[index] == "pre":
            self.pre_depth -= 1

    cdef finish(self):
        """Sum every subtree up into its root (`segment._sum_up`), then make the elements, and
        give the segmentation their numbers as one array (`Segmentation.element_table`)."""
        cdef long i, parent
        cdef long *row
        for i in range(<long> self.n_elements - 1, -1, -1):
            row = self.facts + i * FACTS
            parent = row[F_PARENT]
            if parent >= 0:
                self.facts[parent * FACTS + F_CHARS] += row[F_CHARS]
                self.facts[parent * FACTS + F_LINK_CHARS] += row[F_LINK_CHARS]
                self.facts[parent * FACTS + F_BLOCKS] += row[F_BLOCKS]
        elements = self.seg.elements
        cdef Element element
        table = np.empty((self.n_elements, FACTS), dtype=np.int64)
        cdef int64_t[:, ::1] rows = table
        cdef long j
        for i in range(<long> self.n_elements):
            for j in range(FACTS):
                rows[i, j] = self.facts[i * FACTS + j]
        self.seg.element_table = table
        self.seg.element_tags = self.element_tags
        for i in range(<long> self.n_elements):
            row = self.facts + i * FACTS
            element = Element.__new__(Element)
            element.tag = self.element_tags[i]
            element.parent, element.depth, element.own_concepts = row[F_PARENT], row[F_DEPTH], row[F_OWN_CONCEPTS]
            element.concepts, element.tags, element.chars = row[F_CONCEPTS], row[F_TAGS], row[F_CHARS]
            element.link_chars, element.blocks = row[F_LINK_CHARS], row[F_BLOCKS]
            elements.append(element)

    cdef run(self, lxb_dom_node_t *root):
        cdef size_t size = 0, capacity = 256
        cdef lxb_dom_node_t **stack = <lxb_dom_node_t **> malloc(capacity * sizeof(lxb_dom_node_t *))
        cdef lxb_dom_node_t **grown
        cdef lxb_dom_node_t *item
        cdef lxb_dom_node_t *child
        cdef lexbor_str_t *data
        cdef long seen = 0
        cdef bint opens_block
        cdef long concepts
        cdef unsigned short flags
        cdef Rules rules = self.rules
        if stack == NULL:
            raise MemoryError()
        try:
            stack[0] = root
            size = 1
            while size:
                size -= 1
                item = stack[size]
                if item == EXIT_BLOCK:
                    self.close_element()
                    continue
                if item == EXIT_LINK:
                    self.link_depth -= 1
                    continue
                if item.type == NODE_TEXT:
                    data = &(<lxb_dom_character_data_t *> item).data
                    if data.data != NULL:
                        self.link_chars += self.add_text(data.data, data.length, self.link_depth > 0 and rules.follows_text(item))
                    continue
                if item.type != NODE_ELEMENT:
                    continue
                flags = rules.tag_flags(item)
                if flags & T_IGNORED:
                    continue
                if item.first_child == NULL or not flags & T_UNWRAP:  # else as if unwrapped: its children only
                    seen += 1
                    if seen > rules.max_elements:
                        self.seg.truncated = True
                        break
                    opens_block = flags & T_BLOCK or not self.owners
                    concepts = self.attr_facts(item, opens_block)
                    if concepts == HIDDEN:
                        if self.honour_hidden:
                            continue
                        concepts = 0  # as in `segment.py`: a hidden element read anyway has no concepts
                    if flags & T_BR:
                        if self.pre_depth:
                            self.add_valid_text(<const lxb_char_t *> "\n", 1, False)
                        else:
                            self.breaks += 1
                            if self.breaks >= rules.paragraph_breaks:
                                self.flush()  # a blank line between two runs of text: two paragraphs
                            else:
                                self.pending_space = self.text_length > 0
                    elif flags & T_IMG:
                        continue
                    elif opens_block:
                        if self.revealed and self.honour_hidden:
                            self.seg.revealed.append(<long> self.n_elements)
                        self.open_element(rules.tag_of(item), concepts)
                        stack[size] = EXIT_BLOCK  # room is kept for one entry more than the nodes
                        size += 1
                    elif flags & T_LINK:
                        self.link_depth += 1
                        stack[size] = EXIT_LINK
                        size += 1
                child = item.last_child
                while child != NULL:
                    if size + 2 >= capacity:
                        capacity *= 2
                        grown = <lxb_dom_node_t **> realloc(stack, capacity * sizeof(lxb_dom_node_t *))
                        if grown == NULL:
                            raise MemoryError()
                        stack = grown
                    stack[size] = child
                    size += 1
                    child = child.prev
        finally:
            free(stack)
        while self.owners:
            self.close_element()
        self.finish()


def walk(uintptr_t root_address, Rules rules, seg, bint honour_hidden=True):
    """Fill `seg` (a `Segmentation`) from the tree under the node at `root_address`.

    The address is selectolax's ``LexborNode.mem_id``; the caller keeps the
    parser alive while the walk runs."""
    _Walk(rules, seg, honour_hidden).run(<lxb_dom_node_t *> root_address)
    return seg


cdef inline lxb_dom_node_t *_next_under(lxb_dom_node_t *node, lxb_dom_node_t *root) noexcept nogil:
    """The node after `node` in document order among `root` and its descendants, NULL after the last."""
    if node.first_child != NULL:
        return node.first_child
    return _after_subtree(node, root)


cdef inline lxb_dom_node_t *_after_subtree(lxb_dom_node_t *node, lxb_dom_node_t *root) noexcept nogil:
    """The node after `node` and its descendants in document order among `root`'s
    descendants, NULL after the last (a scan that has read a subtree goes on there)."""
    while node != root and node.next == NULL:
        node = node.parent
    return NULL if node == root else node.next


cdef struct lxb_dom_element_t:  # lexbor's element: its node, then these (checked: `check_element_slots`)
    lxb_dom_node_t node
    uintptr_t upper_name
    uintptr_t qualified_name
    void *is_value
    void *first_attr
    void *last_attr
    void *attr_id  # the element's id attribute (lexbor keeps it for its selectors)
    void *attr_class  # and its class attribute


cdef bint _ELEMENT_SLOTS = False  # `check_element_slots` found the id and class slots where expected


def check_element_slots(uintptr_t element_address):
    """Whether the element at `address` (parsed from ``<p title id class data-x>``) has its id
    and class attributes in the slots `lxb_dom_element_t` declares, as the attribute list
    says; the slots are read from then on (`_attribute_of_kind`) only if so."""
    global _ELEMENT_SLOTS
    cdef lxb_dom_node_t *node = <lxb_dom_node_t *> element_address
    cdef lxb_dom_element_t *element = <lxb_dom_element_t *> element_address
    _ELEMENT_SLOTS = False
    found = (element.first_attr == first_attr(node) and element.attr_class != NULL and element.attr_id != NULL
             and element.attr_class == _listed_attribute(node, A_CLASS) and element.attr_id == _listed_attribute(node, A_ID))
    _ELEMENT_SLOTS = found
    return found


def attribute_slots_agree(uintptr_t root_address):
    """Whether, for every element from the node at `root_address` on, the class and id read
    by `_attribute_of_kind` are those its attribute list holds (tests run it on every bundled
    page)."""
    cdef lxb_dom_node_t *root = <lxb_dom_node_t *> root_address
    cdef lxb_dom_node_t *node = root
    while node != NULL:
        if node.type == NODE_ELEMENT:
            if _attribute_of_kind(node, A_CLASS) != _listed_attribute(node, A_CLASS):
                return False
            if _attribute_of_kind(node, A_ID) != _listed_attribute(node, A_ID):
                return False
        node = _next_under(node, root)
    return True


cdef void *_listed_attribute(lxb_dom_node_t *node, int kind) noexcept:
    """The element's first attribute of `kind` (`_attr_kind`) in its attribute list, or NULL."""
    cdef void *attr = first_attr(node)
    while attr != NULL:
        if _attr_kind(attr) == kind:
            return attr
        attr = <void *> (<lxb_dom_attr_t *> attr).next
    return NULL


cdef void *_attribute_of_kind(lxb_dom_node_t *node, int kind) noexcept:
    """The element's first attribute of `kind` (`_attr_kind`), or NULL.  The class and the id
    are read from the element's own slots when those were checked (an element holds one of
    each: the parser drops repeats; a prefixed one is looked for in the list)."""
    cdef void *attr
    if _ELEMENT_SLOTS and (kind == A_CLASS or kind == A_ID):
        attr = (<lxb_dom_element_t *> node).attr_class if kind == A_CLASS else (<lxb_dom_element_t *> node).attr_id
        if attr == NULL:
            return NULL
        if (<lxb_dom_node_t *> attr).prefix == 0:
            return attr
    return _listed_attribute(node, kind)


cdef bint _holds(const lxb_char_t *value, size_t length, bytes word):
    cdef const lxb_char_t *needle = <const lxb_char_t *> <const char *> word
    cdef size_t size = len(word), i
    if size == 0:
        return False  # as CSS: [class*=""] matches nothing
    if size > length:
        return False
    for i in range(length - size + 1):
        if value[i] == needle[0] and memcmp(value + i, needle, size) == 0:
            return True
    return False


cdef struct WordTable:  # words looked for in attribute values, each value read once for all of them
    long opening[256]  # per byte: the words that open with it (a bit each)
    const lxb_char_t *needles[MAX_ATTRIBUTE_RULES]
    size_t sizes[MAX_ATTRIBUTE_RULES]
    long folded  # the words compared with ASCII case ignored (a bit each; the others as written)
    unsigned char opening_pairs[PAIR_BITMAP_BYTES]  # the words' opening byte pairs


cdef list _word_table(WordTable *table, tuple words, tuple folded_words=()):
    """Fill `table` for `words` (bytes, compared case-sensitively) and then `folded_words`
    (lower-case bytes, compared with ASCII case ignored: bits after the words'); returns the
    list that keeps their bytes alive while the table points into them.  An empty word is
    never held (as CSS: ``[class*=""]`` matches nothing)."""
    cdef Py_ssize_t j, n = len(words) + len(folded_words)
    cdef lxb_char_t first
    if n > MAX_ATTRIBUTE_RULES:
        raise ValueError("too many words")
    memset(table.opening, 0, sizeof(table.opening))
    memset(table.opening_pairs, 0, sizeof(table.opening_pairs))
    table.folded = 0
    kept = list(words) + list(folded_words)
    for j in range(n):
        table.needles[j], table.sizes[j] = <const lxb_char_t *> <const char *> kept[j], len(kept[j])
        if table.sizes[j]:
            first = table.needles[j][0]
            table.opening[first] |= 1 << j
            if j >= len(words):
                table.folded |= 1 << j
                if 97 <= first <= 122:
                    table.opening[first - 32] |= 1 << j
            _mark_opening_pairs(table, table.needles[j], table.sizes[j], j >= len(words))
    return kept


cdef void _mark_opening_pairs(WordTable *table, const lxb_char_t *word, size_t size, bint folded) noexcept:
    """Set the pairs of bytes `word` opens with in `table`: either case of an ASCII letter when
    `folded`; every pair its byte opens, for a one-byte word."""
    cdef int firsts[2]
    cdef int seconds[2]
    cdef int n_firsts = 1, n_seconds = 1, f, g, b
    firsts[0] = word[0]
    if folded and 97 <= word[0] <= 122:
        firsts[1], n_firsts = word[0] - 32, 2
    for f in range(n_firsts):
        if size == 1:
            for b in range(256):
                _mark_pair(table.opening_pairs, firsts[f], b)
            continue
        seconds[0], n_seconds = word[1], 1
        if folded and 97 <= word[1] <= 122:
            seconds[1], n_seconds = word[1] - 32, 2
        for g in range(n_seconds):
            _mark_pair(table.opening_pairs, firsts[f], seconds[g])


cdef long _held_words(const lxb_char_t *value, size_t length, WordTable *table, long known=0) noexcept:
    """A bit mask of the table's words that `value` holds, those in `known` aside: one pass
    over the value, the words compared only where a byte opens one (`attribute_words` reads
    its values so)."""
    cdef long held = 0, candidates, bit
    cdef size_t i, k, size
    cdef Py_ssize_t j
    for i in range(length):
        if i + 1 < length and not _opens_pair(table.opening_pairs, value[i], value[i + 1]):
            continue
        candidates = table.opening[value[i]] & ~held & ~known
        while candidates:
            bit = candidates & -candidates
            candidates ^= bit
            j = _bit_index(bit)
            size = table.sizes[j]
            if i + size > length:
                continue
            if bit & table.folded:
                k = 1
                while k < size and _lower(value[i + k]) == table.needles[j][k]:
                    k += 1
                if k == size:
                    held |= bit
            elif memcmp(value + i, table.needles[j], size) == 0:
                held |= bit
    return held


cdef inline int _bit_count(long mask) noexcept:
    cdef int count = 0
    while mask:
        mask &= mask - 1
        count += 1
    return count


def class_holders(uintptr_t root_address, tuple words, Py_ssize_t limit):
    """The first `limit` addresses of the elements, in document order from the node at
    `root_address` itself, whose class attribute holds one of `words` (bytes), each
    element once per word it holds: what ``root.css('[class*="w1"], [class*="w2"], …')``
    lists (lexbor matches attribute values case-sensitively).  The caller keeps the
    parser alive.  Each class value is read once for all the words (`_held_words`: 42 ->
    22 us a median WCXB page for the five date words)."""
    cdef lxb_dom_node_t *root = <lxb_dom_node_t *> root_address
    cdef lxb_dom_node_t *node = root
    cdef void *attr
    cdef const lxb_char_t *value
    cdef size_t value_length = 0
    cdef Py_ssize_t j
    cdef long held
    cdef list found = []
    cdef WordTable table
    kept = _word_table(&table, words)  # keeps the words' bytes alive while the table points into them
    while node != NULL and len(found) < limit:
        if node.type == NODE_ELEMENT and (attr := _attribute_of_kind(node, A_CLASS)) != NULL:
            value = attr_value(attr, &value_length)
            if value != NULL:
                held = _held_words(value, value_length, &table)
                j = 0
                while held and len(found) < limit:  # once per word held, in the words' order, as lexbor lists them
                    if held & (1 << j):
                        found.append(<uintptr_t> node)
                        held ^= 1 << j
                    j += 1
        node = _next_under(node, root)
    return found


def deep_text(uintptr_t address, bytes separator, Py_ssize_t max_bytes=-1):
    """selectolax's ``node.text(deep=True, separator=…)`` of the element at `address`: its
    descendants' text nodes in document order, `separator` between them; None as soon as
    that text passes `max_bytes` bytes of UTF-8 (when `max_bytes` is not negative), so a
    huge element costs no more than a small one.  Gathered in one C buffer and decoded once."""
    cdef lxb_dom_node_t *top = <lxb_dom_node_t *> address
    cdef lxb_dom_node_t *node = top.first_child
    cdef lexbor_str_t *data
    cdef const char *sep = <const char *> separator
    cdef size_t sep_length = len(separator), length = 0, capacity = 256, need
    cdef bint first = True
    cdef char *out = <char *> malloc(capacity)
    cdef char *grown
    if out == NULL:
        raise MemoryError()
    try:
        while node != NULL:
            if node.type == NODE_TEXT:
                data = &(<lxb_dom_character_data_t *> node).data
                if data.data != NULL:
                    need = length + data.length + (0 if first else sep_length)
                    if max_bytes >= 0 and need > <size_t> max_bytes:
                        return None
                    if need > capacity:
                        while capacity < need:
                            capacity *= 2
                        grown = <char *> realloc(out, capacity)
                        if grown == NULL:
                            raise MemoryError()
                        out = grown
                    if not first:
                        memcpy(out + length, sep, sep_length)
                        length += sep_length
                    memcpy(out + length, data.data, data.length)
                    length += data.length
                    first = False
            node = _next_under(node, top)
        return PyUnicode_DecodeUTF8(out, length, "replace") if length else ""
    finally:
        free(out)


def heading_pieces(uintptr_t address, frozenset break_tags, bytes label_class=b"", tuple hidden_classes=()):
    """`title.heading_text`'s pieces joined: the element at `address` and its descendants in
    document order (as selectolax's ``node.traverse(include_text=True)`` yields them), each
    text node's text, and a space for each element whose tag is in `break_tags`.  Left out
    with what they hold: with `label_class`, an element whose class holds that token before
    any text (a forum thread's prefix tag: ``<span class="label">Question</span>``); an
    element whose class holds one of `hidden_classes` (bytes) wherever it stands (a screen
    reader's words: ``<span class="visually-hidden">Collection: </span>``)."""
    cdef lxb_dom_node_t *top = <lxb_dom_node_t *> address
    cdef lxb_dom_node_t *node = top
    cdef lexbor_str_t *data
    cdef const lxb_char_t *name
    cdef const lxb_char_t *value
    cdef void *attr
    cdef size_t length = 0, value_length = 0
    cdef bytearray out = bytearray()
    cdef bytes piece, word
    cdef bint texted = False, skipped
    while node != NULL:
        if node.type == NODE_TEXT:
            data = &(<lxb_dom_character_data_t *> node).data
            if data.data != NULL:
                piece = PyBytes_FromStringAndSize(<const char *> data.data, data.length)
                out += piece
                texted = texted or piece.strip() != b""
        elif node.type == NODE_ELEMENT:
            if node != top and (label_class or hidden_classes) and (attr := _attribute_of_kind(node, A_CLASS)) != NULL:
                value = attr_value(attr, &value_length)
                skipped = False
                if value != NULL:
                    skipped = bool(label_class) and not texted and _class_tokens(value, value_length, label_class) == 2
                    for word in hidden_classes:
                        skipped = skipped or _class_tokens(value, value_length, word) == 2
                if skipped:
                    node = _after_subtree(node, top)
                    continue
            name = element_name(node, &length)
            if name != NULL and _decode(name, length) in break_tags:
                out += b" "
        node = _next_under(node, top)
    return PyUnicode_DecodeUTF8(out, len(out), "replace") if out else ""


cdef enum:
    ATTRIBUTE_KINDS = 8  # room for the A_* kinds up to A_HREF (those `attribute_words` reads)


cdef struct AttributeRules:  # `attribute_words`' rules, laid out for one pass over each value
    const lxb_char_t *words[MAX_ATTRIBUTE_RULES]
    size_t sizes[MAX_ATTRIBUTE_RULES]
    long opening[ATTRIBUTE_KINDS][256]  # per kind and byte: the rules whose word opens with it
    bint wanted[ATTRIBUTE_KINDS]
    int only_opening[ATTRIBUTE_KINDS]  # the one byte every rule of the kind opens with, else -1
    long every  # all the rules' bits


cdef list _attribute_rules(AttributeRules *table, tuple rules):
    """Fill `table` for `rules` ((attribute name, lower-case word) bytes pairs); returns the
    list that keeps the words' bytes alive while the table points into them."""
    cdef Py_ssize_t j, n = len(rules)
    cdef size_t k
    cdef bytes name, word
    cdef int kind
    if n > MAX_ATTRIBUTE_RULES:
        raise ValueError("too many attribute rules")
    memset(table.opening, 0, sizeof(table.opening))
    memset(table.wanted, 0, sizeof(table.wanted))
    table.every = (1 << n) - 1
    kept = [rule[1] for rule in rules]
    for j in range(n):
        name, word = rules[j][0], kept[j]
        kind = _kind_of_name(<const lxb_char_t *> <const char *> name, len(name))
        if not A_CLASS <= kind <= A_HREF:
            raise ValueError(f"attribute_words reads class, rel, itemprop, id and href attributes, not {name!r}")
        table.words[j], table.sizes[j] = <const lxb_char_t *> <const char *> word, len(word)
        if table.sizes[j] == 0:
            raise ValueError("attribute_words takes non-empty words")
        table.opening[kind][table.words[j][0]] |= 1 << j
        if 97 <= table.words[j][0] <= 122:
            table.opening[kind][table.words[j][0] - 32] |= 1 << j
        table.wanted[kind] = True
    for kind in range(ATTRIBUTE_KINDS):
        table.only_opening[kind] = -1
        for k in range(256):
            if table.opening[kind][k]:
                table.only_opening[kind] = <int> k if table.only_opening[kind] == -1 else -2
        if table.only_opening[kind] < 0:
            table.only_opening[kind] = -1
    return kept


cdef long _scan_attributes(lxb_dom_node_t *node, AttributeRules *table, long mask) noexcept:
    """`mask` with the bits of the rules the element's attributes pass (`attribute_words`)."""
    cdef void *attr = first_attr(node)
    cdef const lxb_char_t *value
    cdef const lxb_char_t *found
    cdef size_t value_length = 0, i, k, size
    cdef Py_ssize_t j
    cdef long candidates, bit
    cdef int kind
    while attr != NULL:
        kind = _attr_kind(attr)
        if kind < ATTRIBUTE_KINDS and table.wanted[kind]:
            value = attr_value(attr, &value_length)
            if value != NULL:
                i = 0
                while i < value_length:
                    if table.only_opening[kind] >= 0:  # one opening byte (href's "/"): memchr jumps to each
                        found = <const lxb_char_t *> memchr(value + i, table.only_opening[kind], value_length - i)
                        if found == NULL:
                            break
                        i = <size_t> (found - value)
                    candidates = table.opening[kind][value[i]] & ~mask
                    while candidates:
                        bit = candidates & -candidates
                        candidates ^= bit
                        j = _bit_index(bit)
                        size = table.sizes[j]
                        if i + size <= value_length:
                            k = 1
                            while k < size and _lower(value[i + k]) == table.words[j][k]:
                                k += 1
                            if k == size:
                                mask |= bit
                    i += 1
        attr = <void *> (<lxb_dom_attr_t *> attr).next
    return mask


def attribute_words(uintptr_t root_address, tuple rules):
    """A bit mask: bit i set when some element, from the node at `root_address` itself
    down, has the attribute named `rules[i][0]` (bytes: class, rel, itemprop, id or href,
    the attributes whose kind `_attr_kind` reads from lexbor's ids) with `rules[i][1]`
    (lower-case bytes) in its value, ASCII case ignored.  A cheap test of which attribute
    selectors could match anything (it finds a superset of their matches).

    Each value is read once for all its kind's rules: a table says, for each byte, which
    rules' words open with it (either case), and only there are the words compared (one
    pass of each class value instead of one per word: 82 -> 58 us a median WCXB page).  Where
    a kind's rules all open with one byte (href's "/author"), memchr jumps from one of those
    bytes to the next (the byline scan 115 -> 97 us a median WCXB page, 180 -> 135 on average)."""
    cdef lxb_dom_node_t *root = <lxb_dom_node_t *> root_address
    cdef lxb_dom_node_t *node = root
    cdef long mask = 0
    cdef AttributeRules table
    kept = _attribute_rules(&table, rules)  # the words' bytes stay alive while the table points into them
    while node != NULL and mask != table.every:
        if node.type == NODE_ELEMENT:
            mask = _scan_attributes(node, &table, mask)
        node = _next_under(node, root)
    return mask


cdef inline Py_ssize_t _bit_index(long bit) noexcept:
    """The index of the one bit set in `bit`."""
    cdef Py_ssize_t j = 0
    while bit > 1:
        bit >>= 1
        j += 1
    return j


cdef class TagSet:
    """Tag names, tested by lexbor's tag id: each built-in id's answer is looked up by name
    once and kept (`contains`)."""

    cdef readonly frozenset names
    cdef unsigned char answer[STATIC_ID_LIMIT]  # 0: not asked yet, 1: not in the set, 2: in it

    def __init__(self, names):
        self.names = frozenset(names)

    cdef bint contains(self, lxb_dom_node_t *node):
        cdef uintptr_t tag_id = node.local_name
        cdef size_t length = 0
        cdef const lxb_char_t *name
        cdef bint found
        if tag_id < STATIC_ID_LIMIT and self.answer[tag_id]:
            return self.answer[tag_id] == 2
        name = element_name(node, &length)
        found = name != NULL and _decode(name, length) in self.names
        if tag_id < STATIC_ID_LIMIT:
            self.answer[tag_id] = 2 if found else 1
        return found


cdef TagSet _SPANS = TagSet(("span",))
cdef TagSet _A_TAGS = TagSet(("a",))


cdef bint _is_span(lxb_dom_node_t *node):
    return node != NULL and node.type == NODE_ELEMENT and _SPANS.contains(node)


cdef TagSet _H1_TAGS = TagSet(("h1",))
cdef TagSet _H2_TAGS = TagSet(("h2",))


def strip_elements(uintptr_t root_address, TagSet tags, tuple popup_words, list headings=None):
    """Unlink from the tree, below the node at `root_address`, every element whose tag is in
    `tags` and every hover card: a span with a class attribute inside a span whose class
    holds one of `popup_words` (bytes) — the elements ``tags, span[class*="w"] > span[class]``
    matches, as `page.strip_skipped`'s query lists them; only the outermost of nested ones
    need unlinking, each taking its subtree with it.  Returns how many were unlinked.  The
    caller keeps the parser alive and re-points selectolax's cached head (`page.py`).

    With `headings` (a list), the walk also appends (address, 1 or 2) for each h1 and h2 that
    stays, in document order: what ``css("h1, h2")`` lists once the strip is done."""
    cdef lxb_dom_node_t *root = <lxb_dom_node_t *> root_address
    cdef lxb_dom_node_t *node = root.first_child if root != NULL else NULL
    cdef void *attr
    cdef const lxb_char_t *value = NULL
    cdef size_t length = 0
    cdef list found = []
    cdef bytes word
    cdef bint matched
    cdef uintptr_t address
    while node != NULL:
        matched = False
        if node.type == NODE_ELEMENT:
            if tags.contains(node):
                matched = True
            elif _SPANS.contains(node) and _is_span(node.parent) and _attribute_of_kind(node, A_CLASS) != NULL:
                attr = _attribute_of_kind(node.parent, A_CLASS)
                value = attr_value(attr, &length) if attr != NULL else NULL
                if value != NULL:
                    for word in popup_words:
                        if _holds(value, length, word):
                            matched = True
                            break
        if matched:  # its subtree goes with it: go on after it
            found.append(<uintptr_t> node)
            node = _after_subtree(node, root)
        else:
            if headings is not None and node.type == NODE_ELEMENT:
                if _H1_TAGS.contains(node):
                    headings.append((<uintptr_t> node, 1))
                elif _H2_TAGS.contains(node):
                    headings.append((<uintptr_t> node, 2))
            node = _next_under(node, root)
    for address in found:
        node_remove(<lxb_dom_node_t *> address)
    return len(found)


cdef int _parts_matched(lxb_dom_node_t *node, WordTable *class_words, WordTable *id_words):
    """How many of the selectors ``[class*="w"]`` (each of the `class_words`) and ``[id*="w"]``
    (each of the `id_words`) the element `node` matches."""
    cdef void *attr = first_attr(node)
    cdef const lxb_char_t *value
    cdef size_t length = 0
    cdef int kind, parts = 0
    cdef bint class_seen = False, id_seen = False
    while attr != NULL:
        kind = _attr_kind(attr)
        if (kind == A_CLASS and not class_seen) or (kind == A_ID and not id_seen):
            value = attr_value(attr, &length)
            if value != NULL:
                parts += _bit_count(_held_words(value, length, class_words if kind == A_CLASS else id_words))
            if kind == A_CLASS:
                class_seen = True
            else:
                id_seen = True
        attr = <void *> (<lxb_dom_attr_t *> attr).next
    return parts


cdef TagSet _PAGE_TAGS = TagSet(("body", "html"))  # `nodes.PAGE_TAGS`


def container_links(uintptr_t root_address, tuple class_words, tuple id_words, Py_ssize_t limit):
    """The first `limit` addresses of what `furniture.read_related`'s query gives: the links
    with an href inside the outermost elements whose class holds one of `class_words` or
    whose id holds one of `id_words` (bytes, compared case-sensitively as lexbor does), in
    document order, each container's links once per selector it matches (lexbor lists an
    element once per selector of the list).  <body> and <html> are no container: their classes
    are the page's (a news site's "f_related_module_on" feature flag).  The caller keeps the
    parser alive."""
    cdef lxb_dom_node_t *root = <lxb_dom_node_t *> root_address
    cdef lxb_dom_node_t *node = root
    cdef lxb_dom_node_t *link
    cdef list found = [], links
    cdef int parts, k
    cdef uintptr_t address
    cdef WordTable class_table, id_table
    kept = (_word_table(&class_table, class_words), _word_table(&id_table, id_words))  # keeps the words alive
    while node != NULL and len(found) < limit:
        parts = _parts_matched(node, &class_table, &id_table) if node.type == NODE_ELEMENT and not _PAGE_TAGS.contains(node) else 0
        if not parts:
            node = _next_under(node, root)
            continue
        links = []
        link = _next_under(node, node)
        while link != NULL:
            if link.type == NODE_ELEMENT and _A_TAGS.contains(link) and _attribute_of_kind(link, A_HREF) != NULL:
                links.append(<uintptr_t> link)
            link = _next_under(link, node)
        for k in range(parts):
            for address in links:
                if len(found) < limit:
                    found.append(address)
        node = _after_subtree(node, root)  # the container's subtree is read: go on after it
    return found


cdef lxb_dom_node_t *_next_element(lxb_dom_node_t *node) noexcept nogil:
    """The element after `node` among its siblings (text and comments passed over), NULL if none."""
    node = node.next
    while node != NULL and node.type != NODE_ELEMENT:
        node = node.next
    return node


def short_headings(uintptr_t root_address, TagSet tags, Py_ssize_t max_bytes, Py_ssize_t limit):
    """For the first `limit` elements in `tags`, in document order under the node at
    `root_address`, whose text (`deep_text`, " " between its text nodes) is at most
    `max_bytes` bytes: that text and the address of the element after it (its next element
    sibling, else its parent's: a heading wrapped alone), 0 when there is none.  A heading's
    own subtree is not searched for more headings.  The caller keeps the parser alive."""
    cdef lxb_dom_node_t *root = <lxb_dom_node_t *> root_address
    cdef lxb_dom_node_t *node = root
    cdef lxb_dom_node_t *after
    cdef list found = []
    while node != NULL and len(found) < limit:
        if node != root and node.type == NODE_ELEMENT and tags.contains(node):
            text = deep_text(<uintptr_t> node, b" ", max_bytes)
            if text is not None:
                after = _next_element(node)
                if after == NULL and node.parent != NULL:
                    after = _next_element(node.parent)
                found.append((text, <uintptr_t> after))
            node = _after_subtree(node, root)
            continue
        node = _next_under(node, root)
    return found


def links_in(uintptr_t address, Py_ssize_t limit):
    """The addresses of the first `limit` links with an href inside the element at `address`
    (itself left out), in document order.  The caller keeps the parser alive."""
    cdef lxb_dom_node_t *top = <lxb_dom_node_t *> address
    cdef lxb_dom_node_t *link = _next_under(top, top)
    cdef list found = []
    while link != NULL and len(found) < limit:
        if link.type == NODE_ELEMENT and _A_TAGS.contains(link) and _attribute_of_kind(link, A_HREF) != NULL:
            found.append(<uintptr_t> link)
        link = _next_under(link, top)
    return found


def attribute_of(uintptr_t address, bytes name):
    """The value of the attribute `name` (lower-case bytes) of the element at `address`, None
    where absent or without a value (``node.attributes.get(name)``)."""
    return _named_value(<lxb_dom_node_t *> address, <const char *> name, len(name))


cdef TagSet _ANY_HEADING_TAGS = TagSet(("h1", "h2", "h3", "h4", "h5", "h6"))


def heading_in(uintptr_t address):
    """The address of the first h1-h6 under the node at `address` (0 for none):
    `furniture.related_link_texts`' ``link.css_first("h1, h2, h3, h4, h5, h6")``."""
    cdef lxb_dom_node_t *top = <lxb_dom_node_t *> address
    cdef lxb_dom_node_t *node = _next_under(top, top)
    while node != NULL:
        if node.type == NODE_ELEMENT and _ANY_HEADING_TAGS.contains(node):
            return <uintptr_t> node
        node = _next_under(node, top)
    return 0


def href_of(uintptr_t address):
    """The href attribute's value of the element at `address` ("" when it has none or no value)."""
    cdef void *attr = _attribute_of_kind(<lxb_dom_node_t *> address, A_HREF)
    cdef const lxb_char_t *value
    cdef size_t length = 0
    if attr == NULL:
        return ""
    value = attr_value(attr, &length)
    return _decode(value, length) if value != NULL else ""


cdef tuple _attribute_values(lxb_dom_node_t *node, tuple names):
    """The values of `names` (lower-case bytes) on the element (None for one it lacks, "" for
    one without a value): a row of `attribute_rows`, and of `head_facts`' time elements."""
    cdef void *attr
    cdef const lxb_char_t *value
    cdef size_t length = 0
    cdef bytes name
    row = []
    for name in names:
        attr = _first_named(node, <const char *> name, len(name))
        if attr == NULL:
            row.append(None)
        else:
            value = attr_value(attr, &length)
            row.append(_decode(value, length) if value != NULL else "")
    return tuple(row)


def attribute_rows(uintptr_t root_address, TagSet tags, tuple names, Py_ssize_t limit):
    """For the first `limit` elements, in document order from the node at `root_address`
    itself, whose tag is in `tags` and which have the attribute `names[0]` (lower-case bytes),
    a tuple of the values of each of `names` (None for one the element lacks, "" for one
    without a value): what ``[tuple(node.attributes.get(n) for n in names) for node in
    root.css(f"tag[{names[0]}]")[:limit]]`` lists, an attribute without a value read as "".
    The caller keeps the parser alive."""
    cdef lxb_dom_node_t *root = <lxb_dom_node_t *> root_address
    cdef lxb_dom_node_t *node = root
    cdef list found = []
    cdef bytes first = names[0]
    while node != NULL and len(found) < limit:
        if node.type == NODE_ELEMENT and tags.contains(node) and _first_named(node, <const char *> first, len(first)) != NULL:
            found.append(_attribute_values(node, names))
        node = _next_under(node, root)
    return found


cdef TagSet _TITLE_TAGS = TagSet(("title",))
cdef TagSet _META_TAGS = TagSet(("meta",))
cdef TagSet _LINK_TAGS = TagSet(("link",))
cdef TagSet _SCRIPT_TAGS = TagSet(("script",))
cdef TagSet _PLAYER_TAGS = TagSet(("video", "audio"))  # media players: a src, or a <source>'s
cdef TagSet _AUDIO_TAGS = TagSet(("audio",))
cdef TagSet _IFRAME_TAGS = TagSet(("iframe",))
cdef TagSet _BLOCKQUOTE_TAGS = TagSet(("blockquote",))
cdef TagSet _SOURCE_TAGS = TagSet(("source",))
# AMP's media components (`furniture.AMP_MEDIA`'s names: a test keeps the two lists one) and the
# attributes that name what they embed, in the order read (`furniture.AMP_SOURCE_ATTRIBUTES`)
cdef TagSet _AMP_MEDIA_TAGS = TagSet((
    "amp-video", "amp-audio", "amp-youtube", "amp-vimeo", "amp-dailymotion", "amp-brightcove", "amp-jwplayer",
    "amp-twitter", "amp-instagram", "amp-facebook", "amp-tiktok", "amp-soundcloud", "amp-iframe",
))
cdef TagSet _AMP_PLAYER_TAGS = TagSet(("amp-video", "amp-audio"))  # a src, or a <source>'s
cdef tuple _AMP_SOURCE_ATTRIBUTES = (b"src", b"data-videoid", b"data-tweetid", b"data-shortcode", b"data-href",
                                     b"data-trackid", b"data-src")  # fmt: skip
cdef tuple _EMBED_CLASSES = (b"twitter-tweet", b"instagram-media")  # `furniture.MEDIA_QUERY`'s blockquote classes
# The attributes `head_facts` reads from each <meta>, in this order (`metadata.META_KEYS` and content).
# The last is no column of its own: a <meta> without a content value gives its datetime's
# (`<meta itemprop="dateCreated" datetime="2018-02-02">`, as some publishing systems write it).
cdef tuple _META_ATTRIBUTES = (b"name", b"property", b"itemprop", b"http-equiv", b"content", b"datetime")


cdef bint _same_ascii_caseless(const lxb_char_t *value, size_t length, const char *word, size_t word_length):
    """Whether `value` is `word` (lower-case ASCII) with ASCII case ignored, as lexbor compares
    the values of ``type`` and ``rel`` in attribute selectors (HTML's case-insensitive attributes)."""
    cdef size_t i
    if length != word_length:
        return False
    for i in range(length):
        if _lower(value[i]) != <lxb_char_t> word[i]:
            return False
    return True


cdef object _named_value(lxb_dom_node_t *node, const char *name, size_t name_length):
    """The value of the attribute `name` (qualified name, as the parser lower-cased it): None
    where absent or without a value, as selectolax's ``attributes.get`` gives it."""
    cdef void *attr = first_attr(node)
    cdef const lxb_char_t *attribute
    cdef const lxb_char_t *value
    cdef size_t length = 0, value_length = 0
    result = None
    while attr != NULL:
        attribute = attr_name(attr, &length)
        if attribute != NULL and _is(attribute, length, name, name_length):
            value = attr_value(attr, &value_length)
            result = _decode(value, value_length) if value != NULL else None
        attr = <void *> (<lxb_dom_attr_t *> attr).next
    return result


cdef tuple _meta_row(lxb_dom_node_t *node):
    """A <meta>'s `_META_ATTRIBUTES` values (None where absent or without a value; the last of
    repeated ones, as selectolax's ``attributes`` dict keeps), in one pass over its attributes;
    the datetime's value stands for a missing content value (`metadata.MetaTags`)."""
    cdef list row = [None, None, None, None, None, None]
    cdef void *attr = first_attr(node)
    cdef const lxb_char_t *name
    cdef const lxb_char_t *value
    cdef size_t length = 0, value_length = 0
    cdef Py_ssize_t slot
    cdef bytes key
    while attr != NULL:
        name = attr_name(attr, &length)
        if name != NULL:
            for slot in range(6):
                key = _META_ATTRIBUTES[slot]
                if _is(name, length, <const char *> key, len(key)):
                    value = attr_value(attr, &value_length)
                    row[slot] = _decode(value, value_length) if value != NULL else None
                    break
        attr = <void *> (<lxb_dom_attr_t *> attr).next
    if row[4] is None:
        row[4] = row[5]
    return tuple(row[:5])


cdef inline bint _html_space(lxb_char_t c):
    return c == 32 or c == 9 or c == 10 or c == 12 or c == 13


cdef int _class_tokens(const lxb_char_t *value, size_t length, bytes word):
    """2 if the class value holds `word` as a whitespace-separated token, 1 if only with
    ASCII case ignored (a quirks-mode document's selectors match it, a standards one's
    do not), else 0."""
    cdef const lxb_char_t *needle = <const lxb_char_t *> <const char *> word
    cdef size_t size = len(word), i = 0, start, k
    cdef int best = 0
    cdef bint caseless
    while i < length:
        while i < length and _html_space(value[i]):
            i += 1
        start = i
        while i < length and not _html_space(value[i]):
            i += 1
        if i - start == size:
            if memcmp(value + start, needle, size) == 0:
                return 2
            caseless = True
            for k in range(size):
                if _lower(value[start + k]) != _lower(needle[k]):
                    caseless = False
                    break
            if caseless:
                best = 1
    return best


cdef void *_first_named(lxb_dom_node_t *node, const char *name, size_t name_length) noexcept:
    """The element's first attribute whose qualified name is `name` (as the parser lower-cased
    it), NULL without one: the one a CSS attribute selector reads."""
    cdef void *attr = first_attr(node)
    cdef const lxb_char_t *attribute
    cdef size_t length = 0
    while attr != NULL:
        attribute = attr_name(attr, &length)
        if attribute != NULL and _is(attribute, length, name, name_length):
            return attr
        attr = <void *> (<lxb_dom_attr_t *> attr).next
    return NULL


cdef bint _value_is(void *attr, const char *word, size_t word_length, bint exact=False):
    """Whether the attribute `attr` (NULL: none) has the value `word` (lower-case ASCII), ASCII
    case ignored (unless `exact`: an attribute of a foreign element, which selectors compare
    as written)."""
    cdef const lxb_char_t *value
    cdef size_t length = 0
    if attr == NULL:
        return False
    value = attr_value(attr, &length)
    if value == NULL:
        return False
    if exact:
        return length == word_length and memcmp(value, word, length) == 0
    return _same_ascii_caseless(value, length, word, word_length)


cdef object _descendant_value(lxb_dom_node_t *top, TagSet tags, const char *name, size_t name_length, bint last=False):
    """The `name` attribute's value ("" without a value) of the first descendant of `top` whose
    tag is in `tags` and that has the attribute (``css_first("tag[name]")``), of the last one
    with `last` (``css("tag[name]")[-1]``); None without one."""
    cdef lxb_dom_node_t *node = _next_under(top, top)
    cdef void *attr
    cdef void *found = NULL
    cdef const lxb_char_t *value
    cdef size_t length = 0
    while node != NULL:
        if node.type == NODE_ELEMENT and tags.contains(node):
            attr = _first_named(node, name, name_length)
            if attr != NULL:
                found = attr
                if not last:
                    break
        node = _next_under(node, top)
    if found == NULL:
        return None
    value = attr_value(found, &length)
    return _decode(value, length) if value != NULL else ""


cdef int _embed_matches(lxb_dom_node_t *node, bint *unsure):
    """How many of `_EMBED_CLASSES` the blockquote's class holds as a token (lexbor lists an
    element once per selector it matches); `unsure` is set when one is held only with its
    case changed (whether that matches depends on the document's quirks mode)."""
    cdef void *attr = _attribute_of_kind(node, A_CLASS)
    cdef const lxb_char_t *value
    cdef size_t length = 0
    cdef int matches = 0, held
    cdef bytes word
    if attr == NULL:
        return 0
    value = attr_value(attr, &length)
    if value == NULL:
        return 0
    for word in _EMBED_CLASSES:
        held = _class_tokens(value, length, word)
        if held == 2:
            matches += 1
        elif held == 1:
            unsure[0] = True
    return matches


cdef str _tag_name(lxb_dom_node_t *node):
    cdef size_t length = 0
    cdef const lxb_char_t *name = element_name(node, &length)
    return _decode(name, length) if name != NULL else ""


cdef str _amp_source(lxb_dom_node_t *node):
    """What an AMP media component embeds: the first of `_AMP_SOURCE_ATTRIBUTES` with a value,
    else (a player) its first ``source[src]``'s src; "" for none."""
    cdef bytes name
    for name in _AMP_SOURCE_ATTRIBUTES:
        value = _named_value(node, name, len(name))
        if value:
            return value
    if _AMP_PLAYER_TAGS.contains(node):
        return _descendant_value(node, _SOURCE_TAGS, "src", 3) or ""
    return ""


cdef str _iframe_source(lxb_dom_node_t *node):
    """An iframe's address as `furniture.iframe_source` reads it: its src, else (a lazy loader's
    placeholder, or none) its data-src."""
    src = _named_value(node, "src", 3) or ""
    if src.strip().lower().startswith(_PLACEHOLDER_SOURCES) or not src.strip():
        return _named_value(node, "data-src", 8) or src
    return src


_PLACEHOLDER_SOURCES = ("about:", "data:", "javascript:")


cdef TagSet _TIME_TAGS = TagSet(("time",))
cdef TagSet _FIGCAPTION_TAGS = TagSet(("figcaption",))
_TIME_NAMES = (b"datetime", b"class", b"itemprop")


def head_facts(uintptr_t root_address, Py_ssize_t media_limit, Py_ssize_t time_limit=0, tuple class_words=(),
               tuple id_words=(), tuple attribute_rules=(), tuple folded_class_words=(), tuple folded_id_words=()):
    """What `page.parse_page` reads from the whole tree before it strips it, in one scan from
    the node at `root_address` itself, in document order:

    * the first <title>'s text (``css_first("title").text()``), None without one;
    * the text of each ``script[type="application/ld+json"]`` (``text(deep=True)``);
    * each <meta>'s name, property, itemprop, http-equiv and content values (None where
      absent or without a value, as ``node.attributes.get`` gives them);
    * the href of the first ``link[rel="canonical"]`` (None without one or without a value);
    * the first `media_limit` elements `furniture.MEDIA_QUERY` lists, each as (tag, src,
      title, aria-label): a video's or audio's src or else its first ``source[src]``'s, an iframe's
      src (a lazy loader's data-src where that is a placeholder: `_iframe_source`), an AMP media component's (`_amp_source`), a tweet or Instagram blockquote's last
      ``a[href]``'s href ("" for none); None
      instead of the list where a blockquote's class holds one of those classes with its
      case changed (lexbor's answer then depends on the document's quirks mode: the caller
      asks lexbor);
    * for the first `time_limit` ``time[datetime]`` elements, their datetime, class and
      itemprop values (`attribute_rows`' rows: ``metadata._time_dates`` reads them);
    * which of `class_words` some element's class holds and which of `id_words` some element's
      id holds (bytes, case-sensitive as lexbor's ``[class*=…]``: `nodes.holds_class`), then
      which of `folded_class_words` and `folded_id_words` (lower-case bytes, ASCII case
      ignored: `attribute_words`' class and id rules, read in the same pass over each value),
      each a bit mask (bit i for word i, the folded words' bits after the others'); whether
      the page has a <figcaption>; and
      `attribute_words`' mask for `attribute_rules` (the byline selectors' test, read in this
      walk rather than in one of its own).

    Attribute values of ``type`` and ``rel`` are compared with ASCII case ignored on HTML
    elements, as lexbor's selectors do, and as written on foreign ones (a ``<script>`` inside an
    ``<svg>``); `root_address` is the document's <html> element, whose namespace is HTML.
    The caller keeps the parser alive."""
    cdef lxb_dom_node_t *root = <lxb_dom_node_t *> root_address
    cdef lxb_dom_node_t *node = root
    cdef bint title_seen = False, canonical_seen = False, unsure = False, figcaptioned = False
    cdef long class_mask = 0, id_mask = 0
    cdef long every_class = (1 << (len(class_words) + len(folded_class_words))) - 1
    cdef long every_id = (1 << (len(id_words) + len(folded_id_words))) - 1
    cdef void *attr
    cdef const lxb_char_t *value
    cdef size_t value_length = 0
    cdef WordTable class_table, id_table
    cdef AttributeRules rules
    cdef long rule_mask = 0
    title = canonical = None
    cdef list scripts = [], metas = [], media = [], times = []
    kept = (_word_table(&class_table, class_words, folded_class_words), _word_table(&id_table, id_words, folded_id_words),
            _attribute_rules(&rules, attribute_rules))  # keeps the words' bytes alive
    while node != NULL:
        if node.type == NODE_ELEMENT:
            if rule_mask != rules.every:
                rule_mask = _scan_attributes(node, &rules, rule_mask)
            if class_mask != every_class and (attr := _attribute_of_kind(node, A_CLASS)) != NULL:
                value = attr_value(attr, &value_length)
                if value != NULL:
                    class_mask |= _held_words(value, value_length, &class_table, class_mask)
            if id_mask != every_id and (attr := _attribute_of_kind(node, A_ID)) != NULL:
                value = attr_value(attr, &value_length)
                if value != NULL:
                    id_mask |= _held_words(value, value_length, &id_table, id_mask)
            if _META_TAGS.contains(node):
                metas.append(_meta_row(node))
            elif _SCRIPT_TAGS.contains(node):
                if _value_is(_first_named(node, "type", 4), "application/ld+json", 19, node.ns != root.ns):
                    scripts.append(deep_text(<uintptr_t> node, b""))
            elif not canonical_seen and _LINK_TAGS.contains(node):
                if _value_is(_first_named(node, "rel", 3), "canonical", 9, node.ns != root.ns):
                    canonical_seen = True
                    canonical = _named_value(node, "href", 4)
            elif not title_seen and _TITLE_TAGS.contains(node):
                title_seen = True
                title = deep_text(<uintptr_t> node, b"")
            elif not figcaptioned and _FIGCAPTION_TAGS.contains(node):
                figcaptioned = True
            elif len(times) < time_limit and _TIME_TAGS.contains(node):
                if _first_named(node, "datetime", 8) != NULL:
                    times.append(_attribute_values(node, _TIME_NAMES))
            elif len(media) < media_limit and _PLAYER_TAGS.contains(node):
                src = _named_value(node, "src", 3) or _descendant_value(node, _SOURCE_TAGS, "src", 3) or ""
                media.append(("audio" if _AUDIO_TAGS.contains(node) else "video", src, _named_value(node, "title", 5), _named_value(node, "aria-label", 10)))
            elif len(media) < media_limit and _IFRAME_TAGS.contains(node) and (_first_named(node, "src", 3) != NULL or _first_named(node, "data-src", 8) != NULL):
                media.append(("iframe", _iframe_source(node), _named_value(node, "title", 5), _named_value(node, "aria-label", 10)))
            elif len(media) < media_limit and _AMP_MEDIA_TAGS.contains(node):
                media.append((_tag_name(node), _amp_source(node), _named_value(node, "title", 5), _named_value(node, "aria-label", 10)))
            elif len(media) < media_limit and _BLOCKQUOTE_TAGS.contains(node):
                for _ in range(_embed_matches(node, &unsure)):
                    if len(media) < media_limit:
                        href = _descendant_value(node, _A_TAGS, "href", 4, True) or ""
                        media.append(("blockquote", href, _named_value(node, "title", 5), _named_value(node, "aria-label", 10)))
        node = _next_under(node, root)
    return title, scripts, metas, canonical, None if unsure else media, times, class_mask, id_mask, figcaptioned, rule_mask
