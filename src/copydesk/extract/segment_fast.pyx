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

from cpython.bytes cimport PyBytes_FromStringAndSize
from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.stdint cimport uintptr_t
from libc.stdlib cimport free, malloc, realloc
from libc.string cimport memcmp, memcpy

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

cdef name_f element_name       # lxb_dom_element_qualified_name
cdef first_attr_f first_attr   # lxb_dom_element_first_attribute_noi
cdef name_f attr_name          # lxb_dom_attr_qualified_name
cdef name_f attr_value         # lxb_dom_attr_value_noi

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
    global element_name, first_attr, attr_name, attr_value
    element_name = <name_f> <uintptr_t> addresses["lxb_dom_element_qualified_name"]
    first_attr = <first_attr_f> <uintptr_t> addresses["lxb_dom_element_first_attribute_noi"]
    attr_name = <name_f> <uintptr_t> addresses["lxb_dom_attr_qualified_name"]
    attr_value = <name_f> <uintptr_t> addresses["lxb_dom_attr_value_noi"]


cdef inline str _decode(const lxb_char_t *data, size_t length):
    return PyUnicode_DecodeUTF8(<const char *> data, length, "replace")


cdef enum:
    MAX_LITERALS = 512  # room for the concept literals (about 120 today)
    MAX_LITERAL_BYTES = 8192
    CONCEPT_CACHE_SIZE = 65536  # ASCII values remembered; the cache is emptied when full


cdef inline bint _is_word(lxb_char_t c):
    """ASCII letters, digits and underscore: what regex `\\b` takes for a word character in ASCII text."""
    return (c >= 97 and c <= 122) or (c >= 65 and c <= 90) or (c >= 48 and c <= 57) or c == 95


cdef inline lxb_char_t _lower(lxb_char_t c):
    return c + 32 if c >= 65 and c <= 90 else c


cdef class Rules:
    """What the walk needs from `segment.py` and `patterns.py`.

    Class-name concepts are matched here, in C, on attribute values that are
    ASCII (nearly all of them): the literals (`segment.concept_literals`) are
    tried at each position in their regex order, so the first one that fits
    wins and matching resumes after it, as `re.finditer` does with the
    alternation.  Other values go to `concepts_of_value`, the regex."""

    cdef public object element_type, block_type, concepts_of_value, is_hidden, block_text
    cdef public frozenset block_tags, skip_tags
    cdef public dict ancestor_tag_bit
    cdef public long max_elements, max_attr_chars
    cdef dict tag_names  # lexbor's built-in tag id -> name
    cdef dict ascii_cache  # ASCII value (bytes) -> concept bits: pages repeat their class names
    cdef lxb_char_t literal_bytes[MAX_LITERAL_BYTES]
    cdef int literal_start[MAX_LITERALS]
    cdef int literal_length[MAX_LITERALS]
    cdef long literal_bit[MAX_LITERALS]
    cdef bint boundary_before[MAX_LITERALS]
    cdef bint boundary_after[MAX_LITERALS]
    cdef int by_first[MAX_LITERALS]  # literal indexes grouped by first byte, each group in regex order
    cdef int first_start[257]  # by_first[first_start[c]:first_start[c + 1]] open with byte c

    def __init__(self, element_type, block_type, concept_literals, concepts_of_value, is_hidden, block_text,
                 block_tags, skip_tags, ancestor_tag_bit, max_elements, max_attr_chars):
        self.element_type, self.block_type = element_type, block_type
        self.concepts_of_value, self.is_hidden, self.block_text = concepts_of_value, is_hidden, block_text
        self.block_tags, self.skip_tags = frozenset(block_tags), frozenset(skip_tags)
        self.ancestor_tag_bit = dict(ancestor_tag_bit)
        self.max_elements, self.max_attr_chars = max_elements, max_attr_chars
        self.tag_names = {}
        self.ascii_cache = {}
        self._index_literals(list(concept_literals))

    cdef _index_literals(self, list literals):
        cdef int used = 0, n = len(literals), k, c, slot = 0
        if n > MAX_LITERALS:
            raise ValueError("too many concept literals")
        for k, (literal, bit, before, after) in enumerate(literals):
            if not literal or len(literal) + used > MAX_LITERAL_BYTES:
                raise ValueError(f"concept literal {literal!r} does not fit")
            memcpy(&self.literal_bytes[used], <const char *> literal, len(literal))
            self.literal_start[k], self.literal_length[k] = used, len(literal)
            self.literal_bit[k], self.boundary_before[k], self.boundary_after[k] = bit, before, after
            used += len(literal)
        for c in range(256):
            self.first_start[c] = slot
            for k in range(n):
                if self.literal_bytes[self.literal_start[k]] == c:
                    self.by_first[slot] = k
                    slot += 1
        self.first_start[256] = slot

    cdef long ascii_concepts(self, const lxb_char_t *text, size_t length):
        """Concept bits of lower-cased ASCII `text`, as the regex's non-overlapping leftmost-first matches give them."""
        cdef size_t i = 0, m
        cdef int j, k, size
        cdef long mask = 0
        cdef const lxb_char_t *literal
        cdef bint found
        while i < length:
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

    cdef long cached_ascii_concepts(self, const lxb_char_t *value, size_t length):
        """`ascii_concepts`, remembered per value (a pure function, so only speed depends on the cache)."""
        key = PyBytes_FromStringAndSize(<const char *> value, length)
        cached = self.ascii_cache.get(key)
        if cached is not None:
            return cached
        cdef long mask = self.ascii_concepts(value, length)
        if len(self.ascii_cache) >= CONCEPT_CACHE_SIZE:
            self.ascii_cache.clear()
        self.ascii_cache[key] = mask
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


cdef inline bint _is(const lxb_char_t *name, size_t length, const char *word, size_t word_length):
    return length == word_length and memcmp(name, word, length) == 0


cdef class _Walk:
    cdef Rules rules
    cdef bint honour_hidden
    cdef object seg
    cdef list blocks, elements, buf, owners
    cdef long link_chars, link_depth, pre_depth

    def __init__(self, Rules rules, seg, bint honour_hidden):
        self.rules, self.seg, self.honour_hidden = rules, seg, honour_hidden
        self.blocks, self.elements = seg.blocks, seg.elements
        self.buf, self.owners = [], []
        self.link_chars = self.link_depth = self.pre_depth = 0

    cdef long attr_facts(self, lxb_dom_node_t *node, bint want_concepts):
        """HIDDEN if the element is hidden, else the concept bits of its class/id/role/itemprop
        values (0 unless `want_concepts`: only block-opening elements' concepts are read)."""
        cdef void *attr = first_attr(node)
        cdef const lxb_char_t *name
        cdef const lxb_char_t *value
        cdef const lxb_char_t *id_value = NULL
        cdef const lxb_char_t *style_value = NULL
        cdef const lxb_char_t *values[4]  # class, id, role, itemprop
        cdef size_t lengths[4]
        cdef size_t name_length = 0, value_length = 0, id_length = 0, style_length = 0
        cdef bint hidden = False, styled = False
        cdef int slot
        cdef long mask = 0
        if attr == NULL:
            return 0
        for slot in range(4):
            values[slot], lengths[slot] = NULL, 0
        while attr != NULL:
            name = attr_name(attr, &name_length)
            value = attr_value(attr, &value_length)
            if name != NULL:
                slot = -1
                if _is(name, name_length, "hidden", 6):
                    hidden = True
                elif _is(name, name_length, "style", 5):
                    style_value, style_length, styled = value, value_length, value != NULL and value_length > 0
                elif _is(name, name_length, "class", 5):
                    slot = 0
                elif _is(name, name_length, "id", 2):
                    slot = 1
                    id_value, id_length = value, value_length
                elif _is(name, name_length, "role", 4):
                    slot = 2
                elif _is(name, name_length, "itemprop", 8):
                    slot = 3
                if slot >= 0:
                    values[slot], lengths[slot] = value, value_length
            attr = <void *> (<lxb_dom_attr_t *> attr).next
        if hidden or styled:
            element_id = _decode(id_value, id_length) if id_value != NULL else None
            style = _decode(style_value, style_length) if style_value != NULL else None
            if self.rules.is_hidden(hidden, element_id, style):
                return HIDDEN
        if want_concepts:
            for slot in range(4):
                mask |= self.rules.value_concepts(values[slot], lengths[slot])
        return mask

    cdef flush(self):
        if not self.buf:
            return
        cdef bint in_pre = self.pre_depth > 0
        text = self.rules.block_text("".join(self.buf), in_pre)
        self.buf = []
        cdef long link_chars = self.link_chars
        self.link_chars = 0
        if text:
            self.blocks.append(self.rules.block_type(text, self.owners[-1], min(link_chars, len(text)), in_pre))

    cdef open_element(self, str tag, long concepts):
        self.flush()
        cdef long depth, all_concepts, tags, parent_index
        if self.owners:
            parent_index = self.owners[-1]
            parent = self.elements[parent_index]
            depth, all_concepts, tags = parent.depth + 1, parent.concepts | concepts, parent.tags
        else:
            parent_index, depth, all_concepts, tags = -1, 0, concepts, 0
        tags |= self.rules.ancestor_tag_bit.get(tag, 0)
        if self.link_depth:
            tags |= self.rules.ancestor_tag_bit["a"]
        self.elements.append(self.rules.element_type(tag, parent_index, depth, concepts, all_concepts, tags))
        self.owners.append(len(self.elements) - 1)
        if tag == "pre":
            self.pre_depth += 1

    cdef close_element(self):
        self.flush()
        index = self.owners.pop()
        if self.elements[index].tag == "pre":
            self.pre_depth -= 1

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
        rules = self.rules
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
                    text = _decode(data.data, data.length) if data.data != NULL else ""
                    self.buf.append(text)
                    if self.link_depth:
                        self.link_chars += len(" ".join(text.split()))
                    continue
                if item.type != NODE_ELEMENT:
                    continue
                tag = rules.tag_of(item)
                if tag is None or tag.startswith("-") or tag in rules.skip_tags:
                    continue
                seen += 1
                if seen > rules.max_elements:
                    self.seg.truncated = True
                    break
                opens_block = tag in rules.block_tags or not self.owners
                concepts = self.attr_facts(item, opens_block)
                if concepts == HIDDEN:
                    if self.honour_hidden:
                        continue
                    concepts = 0  # as in `segment.py`: a hidden element read anyway has no concepts
                if tag == "br":
                    self.buf.append("\n" if self.pre_depth else " ")
                elif tag == "img":
                    continue
                elif opens_block:
                    self.open_element(tag, concepts)
                    stack[size] = EXIT_BLOCK  # room is kept for one entry more than the nodes
                    size += 1
                elif tag == "a":
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


def walk(uintptr_t root_address, Rules rules, seg, bint honour_hidden=True):
    """Fill `seg` (a `Segmentation`) from the tree under the node at `root_address`.

    The address is selectolax's ``LexborNode.mem_id``; the caller keeps the
    parser alive while the walk runs."""
    _Walk(rules, seg, honour_hidden).run(<lxb_dom_node_t *> root_address)
    return seg
