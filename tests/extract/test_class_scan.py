"""The compiled class scan (`segment_fast.class_holders`, `deep_text`, `attribute_of`) must find
and read what lexbor's CSS query does: the date elements of `metadata._visible_date` and their
titles."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract import segment
from copydesk.extract.metadata import DATE_CLASS_WORDS, MAX_DATE_ELEMENTS
from copydesk.extract.nodes import (
    attribute_rows,
    bounded_text,
    class_holder_items,
    class_selector,
    holds_class,
)
from copydesk.extract.page import strip_skipped
from tests.extract.markup import needs_segment_fast, nested_markup
from tests.extract.test_segment_walks import _pages


def _css_texts(tree: LexborHTMLParser, words: tuple[str, ...], limit: int) -> list[tuple[str, str | None]]:
    return [(node.text(deep=True, separator=" "), node.attributes.get("title")) for node in tree.css(class_selector(words))[:limit]]


@needs_segment_fast
def test_every_bundled_page_finds_the_same_date_elements() -> None:
    pages = _pages()
    assert len(pages) > 50
    different = []
    for name, html in pages:
        tree = LexborHTMLParser(html)
        strip_skipped(tree)
        for limit in (MAX_DATE_ELEMENTS, 1000):
            if list(class_holder_items(tree, DATE_CLASS_WORDS, limit, "title")) != _css_texts(tree, DATE_CLASS_WORDS, limit):
                different.append(name)
    assert different == []


CLASS_PIECES = ["date", "Date", "DATE", "time", "meta", "x", "-", " ", "é", "dat", "e"]
TAGS = ["div", "span", "p", "svg", "template", "table", "td", "a"]


@st.composite
def _class_attribute(draw: st.DrawFn) -> str:
    value = "".join(draw(st.lists(st.sampled_from(CLASS_PIECES), max_size=4)))
    title = draw(st.sampled_from(["", ' title="2016-11-12"', " title", ' TITLE="x"', ' title=""']))
    return draw(st.sampled_from([f'class="{value}"{title}', f'CLASS="{value}"', f'data-class="{value}"', ""]))


_MARKUP = nested_markup(["a", " ", "é 3 May 2024", "", "x\ny", "&amp;", "<!-- c -->"], TAGS, _class_attribute())


@needs_segment_fast
@settings(max_examples=300, deadline=None)
@given(_MARKUP, st.integers(1, 6))
@example('<div class="date"><div class="xdate">a<span>b</span></div>c</div><p class="Date">d</p>', 2)
@example('<template class="time"><p class="date">x</p></template><td class="meta">y</td>', 5)
@example('<div class="">x</div><div class=" meta ">y</div>', 5)
@example('<div class="datetime">x</div>', 1)  # listed twice, cut at the limit
def test_class_scan_finds_what_the_css_query_finds(markup: str, limit: int) -> None:
    for document in (f"<html><body>{markup}</body></html>", f"<!DOCTYPE html><html class='time'><body>{markup}"):
        tree = LexborHTMLParser(document)
        assert list(class_holder_items(tree, ("date", "time", "meta"), limit, "title")) == _css_texts(tree, ("date", "time", "meta"), limit)


@needs_segment_fast
@given(st.lists(st.sampled_from(CLASS_PIECES), max_size=6).map("".join))
@example("xdate")
@example("DATEx")
def test_one_byte_and_two_byte_words_are_found_as_the_css_query_finds_them(value: str) -> None:
    """The scan skips the places no word opens at by their pair of bytes (a one-byte word opens
    every pair its byte starts); words of one and two bytes are looked for as longer ones."""
    tree = LexborHTMLParser(f'<div><p class="{value}">x</p><span class="e">y</span></div>')
    for words in (("x",), ("e", "date"), ("at",), ("-",)):
        assert list(class_holder_items(tree, words, 10, "title")) == _css_texts(tree, words, 10)


@given(st.lists(st.sampled_from([*CLASS_PIECES, "caption", "Caption", "capt", "ion"]), max_size=6).map("".join))
@example("Caption")  # lexbor compares class values case-sensitively
@example("wp-caption-text")
def test_holds_class_says_what_the_css_query_says(value: str) -> None:
    html = f'<div><p class="{value}">x</p><span>y</span></div>'
    tree = LexborHTMLParser(html)
    for words in (("date",), ("time", "meta"), ("caption",)):
        assert holds_class(tree, words) == (tree.css_first(class_selector(words)) is not None)


@given(st.lists(st.sampled_from(["x", "é", " ", "<b>", "</b>", "<!-- c -->", "<p>", "  a\n", "日本"]), max_size=12).map("".join),
       st.integers(0, 40))  # fmt: skip
@example("x <b>y</b> z", 4)
def test_bounded_text_is_the_text_or_none_past_the_bound(inner: str, bound: int) -> None:
    node = LexborHTMLParser(f"<div id=box>{inner}</div>").css_first("#box")
    assert node is not None
    full = node.text(deep=True, separator=" ")
    expected = full if len(full.encode()) <= bound else None
    assert bounded_text(node, bound) == expected
    original = segment.segment_fast_module
    try:
        segment.segment_fast_module = lambda: None  # type: ignore[assignment]
        assert bounded_text(node, bound) == expected
    finally:
        segment.segment_fast_module = original  # type: ignore[assignment]


@needs_segment_fast
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "<time datetime='2024-05-01'>May</time>", "<time>no attribute</time>", "<time datetime>empty</time>",
    "<TIME DATETIME='2020-01-02'>x</TIME>", "<p datetime='2021-01-01'>not a time</p>", "<div><time datetime='é'>y</time></div>",
    "<template><time datetime='2019-01-01'>inside a template</time></template>", "text",
    "<time datetime='2011-09-28' class='updated'>changed</time>", "<time datetime='2011-09-27' itemprop='datePublished'>x</time>",
]), max_size=8).map("".join), st.integers(1, 5))  # fmt: skip
@example("<time datetime='a'></time><time datetime='b'></time><time datetime='c'></time><time datetime='d'></time>", 3)
@example("<time datetime='2024-05-01' class='updated' itemprop>x</time><time class='c'>no datetime</time>", 2)
def test_attribute_rows_are_the_css_querys(markup: str, limit: int) -> None:
    tree = LexborHTMLParser(f"<html><head><time datetime='head'></time></head><body>{markup}</body></html>")
    names = ("datetime", "class", "itemprop")
    assert attribute_rows(tree, "time", names, limit) == attribute_rows(tree, "time", names, limit, compiled=False)
    assert attribute_rows(tree, "time", names, limit, compiled=False) == [
        tuple((node.attributes[n] or "") if n in node.attributes else None for n in names) for node in tree.css("time[datetime]")[:limit]
    ]


_SLOT_ATTRIBUTES = ['class="a"', 'id="b"', 'title="t"', 'class="c" class="d"', 'id="e" id="f"', "class", "id=''", 'xlink:href="#i"',
                    'data-class="x"', 'CLASS="up"', ""]  # fmt: skip
_SLOT_MARKUP = nested_markup(["x", " "], ["div", "p", "span", "svg", "use", "math", "a"],
                             st.lists(st.sampled_from(_SLOT_ATTRIBUTES), max_size=3).map(" ".join))  # fmt: skip


@needs_segment_fast
@settings(max_examples=200, deadline=None)
@given(_SLOT_MARKUP)
@example('<p title="t" id="i" class="c">x</p><svg><use class="s" xlink:href="#i"></use></svg>')
def test_class_and_id_slots_hold_the_listed_attributes(markup: str) -> None:
    """The scans read an element's class and id from lexbor's own slots (checked at start-up:
    `segment_fast.check_element_slots`); every element's slots hold what its attribute list
    holds — repeated attributes dropped by the parser, foreign content, no value — on
    generated markup and on every bundled page."""
    fast = segment.segment_fast_module()
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    assert tree.root is not None
    assert fast.attribute_slots_agree(tree.root.mem_id)


@needs_segment_fast
def test_class_and_id_slots_agree_on_every_bundled_page() -> None:
    fast = segment.segment_fast_module()
    for _name, html in _pages():
        root = LexborHTMLParser(html).root
        assert root is not None and fast.attribute_slots_agree(root.mem_id)


@needs_segment_fast
def test_the_slots_check_refuses_an_element_without_them() -> None:
    fast = segment.segment_fast_module()
    assert not fast.check_element_slots(LexborHTMLParser("<p>no attributes</p>").css_first("p").mem_id)
    slots = LexborHTMLParser(segment._SLOTS_CHECK).css_first("p")
    assert fast.check_element_slots(slots.mem_id)  # (and back on: the check decides for the process)
