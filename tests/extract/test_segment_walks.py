"""The compiled segment walk (`segment_fast.pyx`) must cut every page exactly as the Python walk does."""

from __future__ import annotations

import importlib

import pytest
from selectolax.lexbor import LexborHTMLParser

from copydesk.bench.datasets import read_dataset
from copydesk.extract.decode import decode_html
from copydesk.extract.patterns import SKIP_TAGS, UNWRAP_TAGS
from copydesk.extract.segment import COMPILED_WALK, segment
from tests.conftest import SAMPLE_DATA, TESTS

needs_compiled = pytest.mark.skipif(COMPILED_WALK is None, reason="segment_fast is not built here")


def _root(html: str):  # type: ignore[no-untyped-def]
    tree = LexborHTMLParser(html)
    tree.strip_tags(list(SKIP_TAGS))
    root = tree.body or tree.root
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
        if segment(root, compiled=True) != segment(root, compiled=False):
            different.append(name)
    assert different == []


def test_python_walk_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    segment_module = importlib.import_module("copydesk.extract.segment")
    monkeypatch.setattr(segment_module, "COMPILED_WALK", None)
    _tree, root = _root('<p class="story">Some text here.</p><nav>Home</nav>')
    seg = segment(root)
    assert [b.text for b in seg.blocks] == ["Some text here.", "Home"]
