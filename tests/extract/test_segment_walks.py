"""The compiled segment walk (`segment_fast.pyx`) must cut every page exactly as the Python walk does."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from copydesk.bench.datasets import read_dataset
from copydesk.extract.decode import decode_html
from copydesk.extract.patterns import CONCEPT_PATTERNS, SKIP_TAGS, UNWRAP_TAGS
from copydesk.extract.segment import COMPILED_WALK, MAX_ATTR_CHARS, concept_literals, segment
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


def test_concept_literals_follow_the_patterns() -> None:
    literals = concept_literals()
    assert (b"ads", 1 << list(CONCEPT_PATTERNS).index("ad"), True, True) in literals
    assert literals.index((b"ads", 1 << list(CONCEPT_PATTERNS).index("ad"), True, True)) + 1 == literals.index(
        (b"ad", 1 << list(CONCEPT_PATTERNS).index("ad"), True, True)
    )  # the greedy regex tries the plural first
    assert len(literals) == sum(len(ps) for ps in CONCEPT_PATTERNS.values()) + 1  # "ads?" is two


def test_a_pattern_the_matcher_cannot_read_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    segment_module = importlib.import_module("copydesk.extract.segment")
    monkeypatch.setitem(segment_module.CONCEPT_PATTERNS, "ad", ("ad[sx]",))
    with pytest.raises(ValueError, match="not a literal"):
        concept_literals()
