"""The compiled segment walk (`segment_fast.pyx`) must cut every page exactly as the Python walk does."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from copydesk.bench.datasets import read_dataset
from copydesk.extract.decode import decode_html
from copydesk.extract.features import _ELEMENT_NUMBERS
from copydesk.extract.patterns import CONCEPT_PATTERNS, SHARED_LITERAL_BITS, SKIP_TAGS, UNWRAP_TAGS
from copydesk.extract.segment import COMPILED_WALK, MAX_ATTR_CHARS, _block_text, concept_literals, segment
from tests.conftest import SAMPLE_DATA, TESTS

needs_compiled = pytest.mark.skipif(COMPILED_WALK is None, reason="segment_fast is not built here")


def _root(html: str, unwrap: bool = True):  # type: ignore[no-untyped-def]
    """The tree and the root the walks read: skipped tags stripped; with `unwrap`, inline
    formatting unwrapped and text merged too, which the walks must not need."""
    tree = LexborHTMLParser(html)
    tree.strip_tags(list(SKIP_TAGS))
    root = tree.body or tree.root
    if unwrap:
        root.unwrap_tags(list(UNWRAP_TAGS))
        root.merge_text_nodes()
    return tree, root


def _pages() -> list[tuple[str, str]]:
    pages = [(p.parent.name, p.read_text(encoding="utf-8")) for p in sorted((TESTS / "pages").glob("*/input.html"))]
    for folder in sorted(SAMPLE_DATA.iterdir()):
        pages += [(s.page_id, decode_html(s.html)) for s in read_dataset(folder)]
    return pages


EDGE_CASES = {
    "empty-body": "<body></body>",
    "text-only": "plain text, no tags at all",
    "nested-hidden": '<div hidden id="S:1"><p>streamed</p></div><div hidden id="x"><p>gone</p></div>',
    "pre-and-br": "<pre>a\n  b<br>c</pre><p>x<br>y</p>",
    "links": '<p><a href="/">a <a href="/b">b</a></a> tail</p>',
    "attributes": '<div class="" id style="visibility: hidden">x</div><div role="main" itemprop="articleBody">y</div>',
    "non-utf8-text": "<p>caf\udcc3 ok</p>".encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
    "custom-elements": "<my-card><x-title>T</x-title>body</my-card>",
    "deep": "<div>" * 5000 + "deep text" + "</div>" * 5000,
    "unicode-spaces": "<p>a\u2003b\u3000 <a href='/'>\xa0c\u205fd\x85</a>\u1680<br>\u202fe</p><pre>\u2028 x\u3000</pre>",
    "blank-blocks": "<div> \n <p>\xa0</p>\u3000<pre>\n\n</pre><pre>\n \n</pre><p><br><br></p></div>",
    # the compiled walk asks the regex only of styles holding "none" or "hidden" (or a non-ASCII
    # character: the case-blind regex reads "ı" as "i"); every other style hides nothing
    # a tab's or an accordion's hidden panel is read (its class, id or role says so), other hidden elements are not
    "disclosure-panels": (
        '<div role="TabPanel" hidden><p>a</p></div><div class="Accordion__Panel" style="display:none"><p>b</p></div>'
        '<div id="tabpanel-2" hidden>c</div><div class="menu" hidden>d</div><div role="dialog" style="display:none">e</div>'
        '<span class="faq-answer" style="visibility:hidden">f</span><div class="é collapse" hidden>g</div>'
    ),
    "styles": (
        '<p style="color:red">a</p><p style="DISPLAY : NONE">b</p><p style="border:none">c</p>'
        '<p style="visibility:hıdden">d</p><p style="overflow:hidden">e</p><p style="display:nonE;x:ü">f</p>'
        '<p style="visibility:HIDDE">g</p><p style="">h</p><p style="none">i</p>'
    ),
}


@needs_compiled
@pytest.mark.parametrize("html", list(EDGE_CASES.values()), ids=list(EDGE_CASES))
def test_edge_cases_walk_alike(html: str) -> None:
    _tree, root = _root(html)
    assert segment(root, compiled=True) == segment(root, compiled=False)


@needs_compiled
def test_every_bundled_page_walks_alike() -> None:
    pages = _pages()
    assert len(pages) > 50
    different = []
    for name, html in pages:
        _tree, root = _root(html)
        compiled, python = segment(root, compiled=True), segment(root, compiled=False)
        if compiled != python:
            different.append(name)
        # the compiled walk also hands out its element numbers as one array (not compared above)
        assert compiled.element_table is not None and python.element_table is None
        assert compiled.element_table.tolist() == [list(_ELEMENT_NUMBERS(e)) for e in python.elements], name
    assert different == []


@needs_compiled
def test_the_walks_read_inline_formatting_as_unwrapped_on_every_bundled_page() -> None:
    different = []
    for name, html in _pages():
        _tree, unwrapped = _root(html)
        _tree2, raw = _root(html, unwrap=False)
        reference = segment(unwrapped, compiled=True)
        if not segment(raw, compiled=True) == segment(raw, compiled=False) == reference:
            different.append(name)
    assert different == []


INLINE_PIECES = [
    "Read ", "more", " ", "mo", "re\n", "\xa0", "é", "<b>", "</b>", "<span>", "</span>", "<em class='x'>", "</em>",
    "<span hidden>", "<i style='display:none'>", "</i>", "<span></span>", "<wbr>", "<!-- c -->", "<br>", "<img src=x>",
    '<a href="/x">', "</a>", "<label>", "</label>", "<p>", "</p>", "<div class='nav'>", "</div>",
]  # fmt: skip


@needs_compiled
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(INLINE_PIECES), max_size=30).map("".join))
@example('<p><a href="/x">Rea<b>d</b> <span></span>more <i>now</i></a> and <b>t</b>ext</p>')  # a link's text split
@example('<a href="/x"><span hidden>hid</span>den <!-- c --><em>x</em></a><label>a</label>b<span>c</span>')
def test_inline_formatting_reads_as_unwrapped(html: str) -> None:
    # the walks read span, b, em, ... as if unwrapped and their text merged: the same
    # blocks, link characters and elements as on the tree unwrapped for real
    _tree, unwrapped = _root(html)
    _tree2, raw = _root(html, unwrap=False)
    reference = segment(unwrapped, compiled=False)
    assert segment(raw, compiled=False) == reference
    assert segment(raw, compiled=True) == reference


@pytest.mark.parametrize("inline", ["<b>x</b>", "<span></span>"])
def test_only_what_unwrapping_leaves_counts_to_the_element_limit(monkeypatch: pytest.MonkeyPatch, inline: str) -> None:
    # unwrapping removes inline formatting that holds something; an empty one stays
    segment_module = importlib.import_module("copydesk.extract.segment")
    monkeypatch.setattr(segment_module, "MAX_ELEMENTS", 5)
    html = f"<p>a{inline * 6}b</p>"
    _tree, unwrapped = _root(html)
    _tree2, raw = _root(html, unwrap=False)
    reference = segment(unwrapped, compiled=False)
    assert reference.truncated == (inline == "<span></span>")
    assert segment(raw, compiled=False) == reference


# Bytes text nodes are made of: every white space character `str.split` splits on (UTF-8),
# letters of one to four bytes, and sequences Python's strict decoder refuses (a lone
# continuation byte, a truncated character, an overlong form, a surrogate, a code point
# above U+10FFFF, bytes that never occur).
SPACES = [chr(c) for c in range(0x3001) if chr(c).isspace()]
TEXT_PIECES = [
    *(c.encode() for c in SPACES), b"a", b"Z", b".", "é".encode(), "€".encode(), "𝄞".encode(), "\u2060".encode(),
    b"\x80", b"\xc2", b"\xe2\x80", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xff", b"\xf0\x9f",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TEXT_PIECES), max_size=12).map(b"".join), max_size=5), st.booleans())
@example([" ".join(SPACES).encode() + b"x"], False)  # every space character collapses
@example([b"a\xe2\x80", b"\x80b"], False)  # a character split across two nodes is two bad pieces
@example([b"\n\n", b" x\n", b"\n"], True)
def test_walk_text_buffer_reads_as_python_does(pieces: list[bytes], in_pre: bool) -> None:
    # lexbor hands the walk each text node's bytes; the Python walk decodes each node
    # (bad bytes replaced) and collapses the joined text (`segment._block_text`)
    decoded = [piece.decode("utf-8", "replace") for piece in pieces]
    text, lengths = segment_fast().collapse(pieces, in_pre)
    assert text == _block_text("".join(decoded), in_pre)
    assert lengths == [len(" ".join(piece.split())) for piece in decoded]


def segment_fast():  # type: ignore[no-untyped-def]
    """The compiled module itself (a broken build must fail here, not fall back unseen)."""
    try:
        return importlib.import_module("copydesk.extract.segment_fast")
    except ImportError:  # pragma: no cover - depends on the build
        pytest.skip("segment_fast is not built here")


def test_a_built_walk_passes_its_start_up_check() -> None:
    # a compiled walk that disagrees with the Python walk on the check page is refused,
    # and every walk test above would then skip: a built module must be in use
    import selectolax

    from copydesk.extract.segment import LAYOUT_CHECKED_SELECTOLAX

    if not selectolax.__version__.startswith(LAYOUT_CHECKED_SELECTOLAX):
        pytest.skip("this selectolax's node layout is not declared to the compiled walk")
    segment_fast()  # skips where the module is not built
    assert COMPILED_WALK is not None


def test_compiled_elements_have_the_dataclass_fields() -> None:
    """`segment_fast.Element` mirrors `segment.Element`: same fields in the same order, set and
    compared alike (the compiled walk makes these, the Python walk the dataclass)."""
    import dataclasses

    from copydesk.extract.segment import Element

    fast = segment_fast()
    names = [f.name for f in dataclasses.fields(Element)]
    values = ("div", 0, 1, 2, 3, 4, 5, 6, 7)
    made, record = fast.Element(*values), Element(*values)
    assert [getattr(made, name) for name in names] == [getattr(record, name) for name in names]
    assert made == record and record == made and fast.Element(*values[:6]) == Element(*values[:6])
    made.chars += 1
    assert made != record
    assert repr(record) == repr(fast.Element(*values))
    assert not hasattr(made, "__dict__")  # no field can be added by a typo


def test_compiled_blocks_have_the_dataclass_fields() -> None:
    """`segment_fast.TextBlock` mirrors `segment.TextBlock` as `Element` does."""
    import dataclasses

    from copydesk.extract.segment import TextBlock

    fast = segment_fast()
    names = [f.name for f in dataclasses.fields(TextBlock)]
    values = ("Some text", 3, 4, True, frozenset({"ad"}))
    made, record = fast.TextBlock(*values), TextBlock(*values)
    assert [getattr(made, name) for name in names] == [getattr(record, name) for name in names]
    assert made == record and record == made and fast.TextBlock(*values[:4]) == TextBlock(*values[:4])
    made.phrases = frozenset()
    assert made != record
    assert repr(record) == repr(fast.TextBlock(*values))
    assert not hasattr(made, "__dict__")


def test_python_walk_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    segment_module = importlib.import_module("copydesk.extract.segment")
    monkeypatch.setattr(segment_module, "COMPILED_WALK", None)
    _tree, root = _root('<p class="story">Some text here.</p><nav>Home</nav>')
    seg = segment(root)
    assert [b.text for b in seg.blocks] == ["Some text here.", "Home"]


# Pieces class names are made of: every concept pattern's letters, near misses for the
# word-bounded ones ("gptabs", "xads", "ad_"), case, separators and non-ASCII letters.
NAME_PIECES = [
    *sorted({p.replace("\\b", "").replace("?", "") for ps in CONCEPT_PATTERNS.values() for p in ps}),
    "x", "s", "-", "_", "1", "AD", "Ads", "Nav", "gptabs", "é", "İ", "ſ", "\u212a", " ", "\t", "\xa0",
]  # fmt: skip


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(NAME_PIECES), max_size=8).map("".join), min_size=1, max_size=4))
@example(["adx", "ADS1 x-ad", "x_ad gptabs", "dfpx xgpt"])  # word boundaries on either side
@example(["NAV-postbody", "post-bodyx", "readmore-", "İnav ſidebar"])  # case, overlaps, non-ASCII
def test_class_name_concepts_match_the_regex(values: list[str]) -> None:
    # the compiled walk matches concept literals in C; the Python walk uses the regex
    attributes = ["class", "id", "role", "itemprop"]
    html = "".join(f'<div {attributes[i % 4]}="{value}"><p>text {i}</p></div>' for i, value in enumerate(values))
    _tree, root = _root(html)
    assert segment(root, compiled=True) == segment(root, compiled=False)


@needs_compiled
def test_long_class_values_are_cut_alike() -> None:
    # the cut at MAX_ATTR_CHARS may fall inside a concept word or a multi-byte character
    for filler in ("x", "é"):
        for shift in range(-3, 4):
            value = filler * (MAX_ATTR_CHARS - 3 + shift) + "nav sidebar"
            _tree, root = _root(f'<div class="{value}"><p>text</p></div>')
            assert segment(root, compiled=True) == segment(root, compiled=False)


@needs_compiled
def test_class_concepts_read_alike_past_the_compiled_cache_emptying() -> None:
    """The compiled walk remembers each ASCII class value's concepts (`Rules`' cache, emptied when
    half full): values met again after it empties, long ones and ones alike but for a byte (one
    hash bucket's neighbours) read as the regex reads them."""
    values = [f"c{i} nav" if i % 3 else f"c{i} article-body" for i in range(5000)]
    values += [values[i] for i in range(0, 5000, 7)] + ["x" * 390 + "sidebar", "x" * 390 + "sidebaR", "navx", "nav"]
    html = "".join(f'<div class="{value}"><p>text {i}</p></div>' for i, value in enumerate(values))
    _tree, root = _root(html)
    assert segment(root, compiled=True) == segment(root, compiled=False)


def test_concept_literals_follow_the_patterns() -> None:
    literals = concept_literals()
    assert (b"ads", 1 << list(CONCEPT_PATTERNS).index("ad"), True, True) in literals
    assert literals.index((b"ads", 1 << list(CONCEPT_PATTERNS).index("ad"), True, True)) + 1 == literals.index(
        (b"ad", 1 << list(CONCEPT_PATTERNS).index("ad"), True, True)
    )  # the greedy regex tries the plural first
    # "ads?" is two; a literal shared with a later concept ("review") is matched once, with both bits
    assert len(literals) == sum(len(ps) for ps in CONCEPT_PATTERNS.values()) + 1 - len(SHARED_LITERAL_BITS)
    post_and_review = 1 << list(CONCEPT_PATTERNS).index("post") | 1 << list(CONCEPT_PATTERNS).index("review")
    assert (b"review", post_and_review, False, False) in literals


def test_a_pattern_the_matcher_cannot_read_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    segment_module = importlib.import_module("copydesk.extract.segment")
    monkeypatch.setitem(segment_module.CONCEPT_PATTERNS, "ad", ("ad[sx]",))
    with pytest.raises(ValueError, match="not a literal"):
        concept_literals()


@pytest.mark.parametrize(("body", "texts"), [
    ("<div>One line.<br><br>Another paragraph.</div>", ["One line.", "Another paragraph."]),
    ("<div>One line.<br>Same paragraph.</div>", ["One line. Same paragraph."]),
    ("<div>One.<br> \n <br><br>Two.<br><b></b><br>Three.</div>", ["One.", "Two.", "Three."]),
    ("<div><a href='/a'>Link</a><br><br><a href='/b'>Other link</a></div>", ["Link", "Other link"]),
    ("<pre>code<br><br>more code</pre>", ["code\n\nmore code"]),
])  # fmt: skip
def test_a_blank_line_of_breaks_ends_a_paragraph(body: str, texts: list[str]) -> None:
    """Pages without <p> (old sites, forum posts) separate paragraphs with <br><br>: two breaks
    with no word between end a block (inside <pre> they are line breaks); one is a space."""
    for compiled in (True, False):
        _tree, root = _root(f"<html><body>{body}</body></html>")
        seg = segment(root, compiled=compiled)
        assert [block.text for block in seg.blocks] == texts, compiled
        assert [block.link_chars for block in seg.blocks] == ([4, 10] if "href" in body else [0] * len(texts))


@pytest.mark.parametrize("compiled", [True, False])
def test_both_walks_list_every_elements_tag(compiled: bool) -> None:
    """`Segmentation.element_tags` (read by the teaser rules instead of each element's tag) is
    the elements' tags in order, from either walk."""
    if compiled and COMPILED_WALK is None:
        pytest.skip("segment_fast is not built here")
    for _name, html in [*EDGE_CASES.items(), *_pages()[:20]]:
        _tree, root = _root(html, unwrap=False)
        seg = segment(root, compiled=compiled)
        assert seg.element_tags == [element.tag for element in seg.elements]
