"""The compiled strip (`segment_fast.strip_elements`, through `page.strip_skipped`) must leave the
tree the selector query's removals leave: same markup, same head and body; and the headings it
finds on its way must be those ``css("h1, h2")`` lists in the stripped tree."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.nodes import node_text
from copydesk.extract.page import strip_skipped
from copydesk.extract.title import heading_text
from tests.extract.markup import needs_segment_fast, nested_markup
from tests.extract.test_segment_walks import _pages


def _both_ways(html: str) -> tuple[LexborHTMLParser, LexborHTMLParser]:
    compiled, query = LexborHTMLParser(html), LexborHTMLParser(html)
    headings = strip_skipped(compiled, compiled=True)
    assert strip_skipped(query, compiled=False) is None
    listed = compiled.css("h1, h2")
    assert headings is not None
    assert [(h.tag, h.mem_id) for h in headings] == [(node.tag, node.mem_id) for node in listed]
    assert [heading_text(h) for h in headings] == [heading_text(node, compiled=False) for node in listed]
    assert [node_text(h, " ") for h in headings] == [node.text(deep=True, separator=" ") for node in listed]
    return compiled, query


def _same(compiled: LexborHTMLParser, query: LexborHTMLParser) -> bool:
    heads = (compiled.head is None, query.head is None)
    bodies = (compiled.body.html if compiled.body else None, query.body.html if query.body else None)
    return compiled.html == query.html and heads[0] == heads[1] and bodies[0] == bodies[1]


@needs_segment_fast
def test_every_bundled_page_is_stripped_alike() -> None:
    pages = _pages()
    assert len(pages) > 50
    assert [name for name, html in pages if not _same(*_both_ways(html))] == []


@needs_segment_fast
def test_the_strip_removes_skipped_tags_hover_cards_and_the_head() -> None:
    compiled, _query = _both_ways(
        "<html><head><title>T</title></head><body><p>a<script>x()</script>"
        '<span class="name-tooltip">Ann<span class="card">photo</span></span> b</p><svg><title>s</title></svg></body></html>'
    )
    assert compiled.head is None
    assert compiled.body is not None
    assert compiled.body.html == '<body><p>a<span class="name-tooltip">Ann</span> b</p></body>'


PIECES = ["a", " ", "é", "<!-- c -->", "x\ny"]
TAGS = ["div", "span", "p", "script", "style", "svg", "template", "video", "iframe", "title", "head", "b", "select", "option", "h1", "h2", "br"]
CLASSES = ["tooltip", "Tooltip", "x-popover-y", "rollover", "card", "", None]


_MARKUP = nested_markup(PIECES, TAGS, st.sampled_from(CLASSES).map(lambda value: "" if value is None else f'class="{value}"'))


@needs_segment_fast
@settings(max_examples=300, deadline=None)
@given(_MARKUP)
@example('<span class="tooltip"><span class="">card</span><span>kept</span></span>')
@example('<span class="Tooltip"><span class="card">kept: lexbor compares case-sensitively</span></span>')
@example('<div class="tooltip"><span class="card">kept: not inside a span</span></div>')
@example('<span class="tooltip"><b><span class="card">kept: not a child</span></b></span>')
@example("<template><script>x</script><p>t</p></template><p>after</p>")
@example("<head><meta charset=utf-8></head><body><head>stray</head><title>in body</title></body>")
@example('<h1>kept<br>title</h1><svg><h1>gone</h1></svg><span class="tooltip"><span class="x"><h2>gone</h2></span></span><h2>a <b>b</b></h2>')
def test_the_strip_leaves_what_the_query_leaves(markup: str) -> None:
    for document in (f"<html><body>{markup}</body></html>", f"<!DOCTYPE html>{markup}", markup):
        assert _same(*_both_ways(document))
