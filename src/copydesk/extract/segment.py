"""Cut a parsed page into text blocks, each with the facts of its place.

One iterative walk over the DOM (no recursion, so 100,000 nested elements
cannot overflow the stack).  A block is the run of inline text between two
block-level tag boundaries; it belongs to the innermost block-level element
around it.  Every block-level element gets an index in pre-order, so
container statistics can be summed bottom-up afterwards without a second walk.

Inline formatting (`patterns.UNWRAP_TAGS`: span, b, em, …) has no say: the
walk reads such an element as if it were unwrapped and its text merged with
the text around it (selectolax's ``unwrap`` and ``merge_text_nodes``, which
cost more than the walk saves): it is neither counted nor checked for
hiding, and a link's text split by one counts as one text (`_follows_text`).
An empty one stays, as ``unwrap`` leaves it.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

import numpy as np
import numpy.typing as npt
from selectolax.lexbor import LexborHTMLParser, LexborNode

from copydesk.extract.patterns import (
    ANCESTOR_TAG_BIT,
    BLOCK_TAGS,
    CONCEPT_BIT,
    CONCEPT_PATTERNS,
    CONCEPT_REGEX,
    HIDDEN_STYLE,
    SHARED_LITERAL_BITS,
    SKIP_TAGS,
    UNWRAP_TAGS,
    furniture_phrases_at,
)

MAX_ELEMENTS = 200_000  # a walk stops here: bounded time on pathological pages
PARAGRAPH_BREAKS = 2  # <br>s in a row with no word between: a blank line, where one paragraph ends
MAX_ATTR_CHARS = 400  # class/id strings longer than this are generated noise
# React 18 streaming sends each suspense boundary's content as <div hidden id="S:n">
# and a script moves it into place: it is the page's content, not hidden furniture.
_STREAMED_BOUNDARY = re.compile(r"S:[0-9a-f]+$")  # the id is the segment's number in hex ("S:2e")
MIN_VISIBLE_CHARS = 200  # less visible text than this...
MIN_HIDDEN_PAGE_CHARS = 500  # ...on a page with this much text means the hiding is a loading trick
CONCEPT_CACHE_SIZE = 65_536  # distinct class names remembered; a pure function, so only speed depends on it

_EXIT_BLOCK = object()
_EXIT_LINK = object()


@dataclass(slots=True)
class Element:
    """A block-level element: its place in the tree and what it holds.  (The compiled walk
    makes `segment_fast.Element`s: these fields, made in C; a test checks the two have the
    same fields and compare equal.)"""

    tag: str
    parent: int  # index of the enclosing block-level element, -1 for the root
    depth: int
    own_concepts: int  # concept bits from this element's own attributes
    concepts: int  # concept bits of this element and all its ancestors
    tags: int  # ancestor-tag bits of this element and all its ancestors
    chars: int = 0  # text characters in the whole subtree (filled by `_sum_up`)
    link_chars: int = 0
    blocks: int = 0


@dataclass(slots=True)
class TextBlock:
    """A run of text and the element that owns it.  (The compiled walk makes
    `segment_fast.TextBlock`s: these fields, made in C; a test checks they compare equal.)"""

    text: str
    owner: int  # index into `Segmentation.elements`
    link_chars: int
    in_pre: bool
    phrases: frozenset[str] = frozenset()  # furniture-phrase concepts in the block's first characters (`segment`)


@dataclass(slots=True)
class Segmentation:
    blocks: list[TextBlock] = field(default_factory=list)
    elements: list[Element] = field(default_factory=list)
    truncated: bool = False
    # The compiled walk's element numbers, one row per element: parent, depth, own_concepts,
    # concepts, tags, chars, link_chars, blocks (as `features._ElementArrays` reads them);
    # None from the Python walk.  The same numbers as `elements`, so not compared.
    element_table: npt.NDArray[np.int64] | None = field(default=None, compare=False, repr=False)
    # The blocks' texts in order, listed once by `segment` for the readers that take them all
    # (phrases, block and page features): the same strings as the blocks', so not compared.
    texts: list[str] = field(default_factory=list, compare=False, repr=False)
    # The elements read though hidden, being disclosure panels (`is_disclosure_panel`) that open
    # a block, by index: the page-type model was trained on pages without them (`pagetype`).
    revealed: list[int] = field(default_factory=list)
    # Each element's tag, in element order: the same strings as the elements' (so not compared),
    # listed by the walk for the readers that scan every element's tag (`teasers`).
    element_tags: list[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def total_chars(self) -> int:
        return self.elements[0].chars if self.elements else 0


VISIBLE, HIDES, REVEALED = 0, 1, 2  # `_hiding`'s answers (the compiled walk reads them as these numbers)


def subtree_end(elements: list[Element], root: int) -> int:
    """The index past `root`'s last descendant: elements are in pre-order, so its subtree is the
    run after it of elements deeper than it."""
    end, depth = root + 1, elements[root].depth
    while end < len(elements) and elements[end].depth > depth:
        end += 1
    return end


def subtree_blocks(blocks: list[TextBlock], at: int, root: int, end: int) -> tuple[int, int]:
    """The run of `blocks` (first, stop) around block `at` whose owners lie in the subtree of
    element `root` that ends at `end` (`subtree_end`): blocks are in page order, so a subtree's
    blocks are a run of them."""
    first, stop = at, at + 1
    while first > 0 and root <= blocks[first - 1].owner < end:
        first -= 1
    while stop < len(blocks) and root <= blocks[stop].owner < end:
        stop += 1
    return first, stop


def subtree_marks(elements: list[Element], marks: dict[int, int]) -> list[int]:
    """For each element, the mark (`marks`: element index -> mark) of the nearest marked element
    at or above it, -1 for none: one pass in pre-order, a parent coming before its children."""
    marked = [-1] * len(elements)
    for i, element in enumerate(elements):
        marked[i] = marks.get(i, marked[element.parent] if element.parent >= 0 else -1)
    return marked


def _attr_facts(node: LexborNode) -> tuple[int, tuple[str | None, ...]]:
    """Whether an element is hidden (`_hiding`), and its class/id/role/itemprop values.

    The values become concept bits only if the element opens a block
    (`_concepts_of_attrs`): inline elements' concepts are never read."""
    attrs = node.attributes
    if not attrs:
        return VISIBLE, ()
    state = _hiding("hidden" in attrs, attrs.get("id"), attrs.get("style"), attrs.get("class"), attrs.get("role"))
    if state == HIDES:
        return HIDES, ()
    return state, (attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("itemprop"))


def _hiding(has_hidden_attr: bool, element_id: str | None, style: str | None, class_value: str | None = None,
            role: str | None = None) -> int:  # fmt: skip
    """HIDES if an element's `hidden` attribute (unless it is a streamed boundary) or inline
    style hides it, REVEALED if it would but it is a tab's or an accordion's panel
    (`is_disclosure_panel`), else VISIBLE."""
    if has_hidden_attr and not _STREAMED_BOUNDARY.match(element_id or ""):
        hides = True
    else:
        hides = bool(style and HIDDEN_STYLE.search(style))
    if not hides:
        return VISIBLE
    return REVEALED if is_disclosure_panel(element_id, class_value, role) else HIDES


# A tab's or an accordion's panel, hidden until its tab or heading is clicked: its content is
# the page's (a product's specifications, an FAQ's answers, a guide's steps for each system),
# a click away, not furniture kept out of sight as a menu or a dialog is.
DISCLOSURE_PANEL = re.compile(r"accordion|collaps|tab-?pane|tab-?panel|tabbed-content|faq", re.I)


def is_disclosure_panel(element_id: str | None, class_value: str | None, role: str | None) -> bool:
    """Whether a hidden element is a disclosure widget's panel: role="tabpanel", or a class or
    id naming a tab pane, an accordion, a collapsible or an FAQ."""
    if role and role.strip().lower() == "tabpanel":
        return True
    return any(value and DISCLOSURE_PANEL.search(value[:MAX_ATTR_CHARS]) for value in (class_value, element_id))


def _block_text(raw: str, in_pre: bool) -> str:
    """A block's text from its buffered pieces: white space collapsed, except in <pre> ("" if blank)."""
    if not in_pre:
        return " ".join(raw.split())
    text = raw.strip("\n")
    return text if text.strip() else ""


def _concepts_of_attrs(values: tuple[str | None, ...]) -> int:
    """Concept bits of an element's class/id/role/itemprop values."""
    mask = 0
    for value in values:
        if value:
            mask |= _concepts_of_value(value[:MAX_ATTR_CHARS])
    return mask


@lru_cache(maxsize=CONCEPT_CACHE_SIZE)
def _concepts_of_value(value: str) -> int:
    """Concept bits of a whole class/id value (pages repeat the same values; pure, so cached)."""
    mask = 0
    for name in value.split():
        mask |= _concepts_of(name)
    return mask


@lru_cache(maxsize=CONCEPT_CACHE_SIZE)
def _concepts_of(name: str) -> int:
    """Concept bits of one class name or id (pure, so caching changes only speed)."""
    mask = 0
    for match in CONCEPT_REGEX.finditer(name.lower()):
        mask |= SHARED_LITERAL_BITS.get(match.group(), CONCEPT_BIT[match.lastgroup or ""])
    return mask


_LITERAL = re.compile(r"(\\b)?([a-z-]+?)(s\?)?(\\b)?")


def concept_literals() -> list[tuple[bytes, int, bool, bool]]:
    """`CONCEPT_PATTERNS` as plain literals for the compiled walk's matcher, in the regex's order.

    Each is (literal, concept bit, word boundary before, word boundary after).
    The patterns are literals, some with a `\\b` at either end; ``xs?`` (an
    optional plural) becomes ``xs`` then ``x``, the order the greedy regex
    tries them in.  Any other regex syntax raises ValueError, so a new
    pattern the matcher cannot read is caught when the walk is set up."""
    literals: list[tuple[bytes, int, bool, bool]] = []
    shared_seen: set[str] = set()
    for concept, patterns in CONCEPT_PATTERNS.items():
        for pattern in patterns:
            if pattern in SHARED_LITERAL_BITS:  # its first listing carries every concept's bit; later ones go
                if pattern not in shared_seen:
                    shared_seen.add(pattern)
                    literals.append((pattern.encode(), SHARED_LITERAL_BITS[pattern], False, False))
                continue
            found = _LITERAL.fullmatch(pattern)
            if not found:
                raise ValueError(f"concept pattern {pattern!r} is not a literal the compiled walk can match")
            before, stem, plural, after = found.groups()
            for literal in (stem + "s", stem) if plural else (stem,):
                literals.append((literal.encode(), CONCEPT_BIT[concept], bool(before), bool(after)))
    return literals


class _Walker:
    """State of one walk; `run` fills a `Segmentation`."""

    def __init__(self, honour_hidden: bool = True) -> None:
        self.honour_hidden = honour_hidden
        self.seg = Segmentation()
        self.buf: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.pre_depth = 0
        self.owners: list[int] = []
        self.run_has_word = False  # the text run so far (`_follows_text`) holds a word...
        self.run_in_word = False  # ...and ends inside one
        self.breaks = 0  # <br>s since the last word: two make a blank line, a paragraph's end

    def flush(self) -> None:
        self.breaks = 0
        if not self.buf:
            return
        in_pre = self.pre_depth > 0
        text = _block_text("".join(self.buf), in_pre)
        self.buf = []
        link_chars, self.link_chars = self.link_chars, 0
        if text:
            self.seg.blocks.append(TextBlock(text, self.owners[-1], min(link_chars, len(text)), in_pre))

    def open_element(self, tag: str, concepts: int, revealed: bool = False) -> None:
        self.flush()
        elements = self.seg.elements
        if revealed:
            self.seg.revealed.append(len(elements))
        if self.owners:
            parent = elements[self.owners[-1]]
            parent_index, depth = self.owners[-1], parent.depth + 1
            all_concepts, tags = parent.concepts | concepts, parent.tags
        else:
            parent_index, depth, all_concepts, tags = -1, 0, concepts, 0
        tags |= ANCESTOR_TAG_BIT.get(tag, 0)
        if self.link_depth:
            tags |= ANCESTOR_TAG_BIT["a"]
        elements.append(Element(tag, parent_index, depth, concepts, all_concepts, tags))
        self.owners.append(len(elements) - 1)
        if tag == "pre":
            self.pre_depth += 1

    def close_element(self) -> None:
        self.flush()
        index = self.owners.pop()
        if self.seg.elements[index].tag == "pre":
            self.pre_depth -= 1

    def add_break(self) -> None:
        """A <br>: a line break in <pre>, else a space; the second in a row with no word between
        (a blank line) ends the paragraph."""
        if self.pre_depth:
            self.buf.append("\n")
            return
        self.breaks += 1
        if self.breaks >= PARAGRAPH_BREAKS:
            self.flush()
        else:
            self.buf.append(" ")

    def add_text(self, node: LexborNode) -> None:
        text = node.text_content or ""
        self.buf.append(text)
        if self.breaks and text.strip():
            self.breaks = 0
        if self.link_depth:
            self.link_chars += self.run_chars(text, _follows_text(node))

    def run_chars(self, text: str, follows_text: bool) -> int:
        """How much `text` lengthens its text run once white space is collapsed
        (``len(" ".join(run.split()))``): as one text with the run when it follows text
        (`_follows_text`: selectolax's merged text nodes), else as a run of its own."""
        if not follows_text:
            self.run_has_word = self.run_in_word = False
        words = text.split()
        if not words:
            if text:
                self.run_in_word = False
            return 0
        chars = sum(map(len, words)) + len(words) - 1
        if self.run_has_word and not (self.run_in_word and not text[0].isspace()):
            chars += 1  # the space before its first word (none when that word goes on the run's last)
        self.run_has_word, self.run_in_word = True, not text[-1].isspace()
        return chars

    def run(self, root: LexborNode) -> Segmentation:
        stack: list[object] = [root]
        seen = 0
        while stack:
            item = stack.pop()
            if item is _EXIT_BLOCK:
                self.close_element()
                continue
            if item is _EXIT_LINK:
                self.link_depth -= 1
                continue
            assert isinstance(item, LexborNode)
            tag = item.tag
            if tag == "-text":
                self.add_text(item)
                continue
            if tag is None or tag.startswith("-") or tag in SKIP_TAGS:
                continue
            if tag in UNWRAP_TAGS and item.first_child is not None:  # as if unwrapped: its children only
                children = list(item.iter(include_text=True))
                children.reverse()
                stack.extend(children)
                continue
            seen += 1
            if seen > MAX_ELEMENTS:
                self.seg.truncated = True
                break
            state, values = _attr_facts(item)
            if state == HIDES and self.honour_hidden:
                continue
            if tag == "br":
                self.add_break()
            elif tag == "img":
                continue
            elif tag in BLOCK_TAGS or not self.owners:
                self.open_element(tag, _concepts_of_attrs(values), revealed=state == REVEALED and self.honour_hidden)
                stack.append(_EXIT_BLOCK)
            elif tag == "a":
                self.link_depth += 1
                stack.append(_EXIT_LINK)
            children = list(item.iter(include_text=True))
            children.reverse()
            stack.extend(children)
        while self.owners:
            self.close_element()
        _sum_up(self.seg)
        return self.seg


def _unwrapped(node: LexborNode) -> bool:
    """Whether the walk reads `node` as if unwrapped: inline formatting that holds something."""
    return node.tag in UNWRAP_TAGS and node.first_child is not None


def _follows_text(node: LexborNode) -> bool:
    """Whether the node just before the text node `node`, with the inline formatting around
    and before it unwrapped, is text too: then the two would be one text node once merged."""
    before, up = node.prev, node.parent
    while True:
        if before is None:
            if up is None or not _unwrapped(up):
                return False
            before, up = up.prev, up.parent
        elif before.tag == "-text":
            return True
        elif _unwrapped(before):
            before, up = before.last_child, before
        else:
            return False


def _sum_up(seg: Segmentation) -> None:
    """Give every element the chars, link chars and block count of its subtree, and list the
    elements' tags (`Segmentation.element_tags`)."""
    elements = seg.elements
    seg.element_tags = [element.tag for element in elements]
    for block in seg.blocks:
        owner = elements[block.owner]
        owner.chars += len(block.text)
        owner.link_chars += block.link_chars
        owner.blocks += 1
    for element in reversed(elements):
        if element.parent >= 0:
            parent = elements[element.parent]
            parent.chars += element.chars
            parent.link_chars += element.link_chars
            parent.blocks += element.blocks


def _compiled_walk() -> Callable[[LexborNode, bool], Segmentation] | None:
    """The compiled walk (`segment_fast.pyx`), or None where it is not built, was
    built from other sources, or does not match this walk on a check page."""
    try:
        import selectolax
        import selectolax.lexbor as lexbor_module

        from copydesk.extract import segment_fast

        if not selectolax.__version__.startswith(LAYOUT_CHECKED_SELECTOLAX):
            return None  # another lexbor may lay its nodes out otherwise: reading them could crash

        library = ctypes.CDLL(lexbor_module.__file__)
        segment_fast.bind({name: ctypes.cast(getattr(library, name), ctypes.c_void_p).value for name in _LEXBOR_FUNCTIONS})
        rules = segment_fast.Rules(
            concept_literals(), _concepts_of_value, _hiding, _block_text,
            BLOCK_TAGS, SKIP_TAGS, UNWRAP_TAGS, ANCESTOR_TAG_BIT, MAX_ELEMENTS, MAX_ATTR_CHARS, PARAGRAPH_BREAKS,
        )  # fmt: skip
    except (ImportError, OSError, AttributeError, TypeError, ValueError):  # not built, or stale against this file
        return None

    def walk(root: LexborNode, honour_hidden: bool) -> Segmentation:
        seg: Segmentation = segment_fast.walk(root.mem_id, rules, Segmentation(), honour_hidden)
        return seg  # the compiled walk sums the subtrees up itself

    slots = LexborHTMLParser(_SLOTS_CHECK).css_first("p")
    assert slots is not None
    segment_fast.check_element_slots(slots.mem_id)  # the class and id slots are read only if found where declared
    check = LexborHTMLParser(_CHECK_PAGE).body
    assert check is not None
    if walk(check, True) != _Walker().run(check):
        return None
    return walk


# selectolax releases whose lexbor node layout segment_fast.pyx declares (checked
# against their lexbor.pxd); any other release gets the Python walk.
LAYOUT_CHECKED_SELECTOLAX = ("1.0.",)
_LEXBOR_FUNCTIONS = (
    "lxb_dom_element_qualified_name", "lxb_dom_element_first_attribute_noi",
    "lxb_dom_attr_qualified_name", "lxb_dom_attr_value_noi", "lxb_dom_node_remove",
)  # fmt: skip
_CHECK_PAGE = (
    '<body><div class="story main" id="x"><h1>Title</h1><p>One <a href="/">link</a> and<br>text.</p>'
    '<pre>  code\n  line</pre><div hidden>no</div><p style="display:none">no</p><custom-el>x</custom-el>'
    '<ul role="navigation"><li itemprop="name">item</li></ul><div role="tabpanel" hidden>panel</div></div></body>'
)
_SLOTS_CHECK = '<p title="t" id="i" class="c" data-x="x">slots</p>'  # id and class neither first nor last
COMPILED_WALK = _compiled_walk()


def segment_fast_module() -> ModuleType | None:
    """The compiled module, bound to lexbor and checked, for its other tree scans; None
    where the compiled walk is not in use."""
    if COMPILED_WALK is None:
        return None
    from copydesk.extract import segment_fast

    return segment_fast


def segment(root: LexborNode, compiled: bool = True) -> Segmentation:
    """Walk the tree under `root` (usually ``<body>`` or ``<html>``) into blocks.

    Hidden elements (``hidden``, ``display:none``, ``visibility:hidden``) are
    skipped, unless that leaves almost nothing of a page with plenty of text:
    then the page hides its content from scripts, not from readers (app shells
    wrap the whole body in ``visibility:hidden`` until JavaScript reveals it),
    and it is walked again with hidden elements read.
    """
    walk = COMPILED_WALK if compiled and COMPILED_WALK else _python_walk
    seg = walk(root, True)
    if seg.total_chars < MIN_VISIBLE_CHARS and len(root.text(deep=True)) >= MIN_HIDDEN_PAGE_CHARS:
        seg = walk(root, False)
    blocks = seg.blocks
    seg.texts = [block.text for block in blocks]
    for i, phrases in furniture_phrases_at(seg.texts):  # the few saying one (the rest say none)
        blocks[i].phrases = phrases
    return seg


def _python_walk(root: LexborNode, honour_hidden: bool) -> Segmentation:
    return _Walker(honour_hidden).run(root)
