"""The compiled related-link scan (`segment_fast.container_links`, `href_of`) must list what the
selector queries list: `furniture.related_link_texts` both ways."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.furniture import RELATED_SELECTOR, related_link_texts
from copydesk.extract.page import strip_skipped
from tests.extract.markup import needs_segment_fast, nested_markup
from tests.extract.test_segment_walks import _pages


def _both_ways(html: str, limit: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    tree = LexborHTMLParser(html)
    strip_skipped(tree)
    return list(related_link_texts(tree, limit, compiled=True)), list(related_link_texts(tree, limit, compiled=False))


@needs_segment_fast
def test_every_bundled_page_lists_the_same_related_links() -> None:
    pages = _pages()
    assert len(pages) > 50
    different = [name for name, html in pages for limit in (200, 10_000) if len(set(map(tuple, _both_ways(html, limit)))) != 1]
    assert different == []
    assert sum(len(_both_ways(html, 200)[0]) for _name, html in pages) > 100  # the pages have related links to list


PIECES = ["Read more about it", " ", "é", "<!-- c -->", "x"]
TAGS = ["div", "section", "a", "a", "p", "ul", "li", "span"]
VALUES = ["related", "Related", "read-more", "more-stories-box", "recommended", "relate", "x", ""]


_HREFS = ['href="/a"', "href", 'href=""', 'HREF="/b"']


@st.composite
def _attributes(draw: st.DrawFn) -> str:
    """Each of a class, an id and an href, or not."""
    values = [f'{name}="{draw(st.sampled_from(VALUES))}"' for name in ("class", "id") if draw(st.booleans())]
    return " ".join(values + ([draw(st.sampled_from(_HREFS))] if draw(st.booleans()) else []))


_MARKUP = nested_markup(PIECES, TAGS, _attributes())


@needs_segment_fast
@settings(max_examples=300, deadline=None)
@given(_MARKUP, st.integers(1, 8))
@example('<div class="related" id="related-x"><a href="/a">One</a><a href="/b">Two</a></div>', 3)  # listed twice, cut at 3
@example('<a class="related" href="/self">not its own link</a><div class="Related"><a href="/c">case</a></div>', 5)
@example('<div class="related"><div class="recommended"><a href="/d">inner box read once</a></div></div>', 5)
@example('<section class="read-more"><a>no href</a><a href>empty href</a></section>', 5)
def test_the_scan_lists_what_the_queries_list(markup: str, limit: int) -> None:
    html = f"<html><body>{markup}</body></html>"
    compiled, query = _both_ways(html, limit)
    assert compiled == query
    # the containers' way finds the selector's links in its order (a link matching two of its
    # parts comes twice in a row there, its box's links twice over here: `read_related` reads each once)
    tree = LexborHTMLParser(html)
    hrefs = [link.attributes.get("href") or "" for link in tree.css(RELATED_SELECTOR)]
    all_found = _both_ways(html, 10_000)[0]
    assert list(dict.fromkeys(href for _text, href in all_found)) == list(dict.fromkeys(hrefs))


_SVG_FIRST = """
import copydesk
svg = '<html><body><svg><use xlink:href="#icon"></use></svg><p>' + 'word ' * 60 + '</p></body></html>'
story = ('<html><body><article><h1>Headline here</h1><p>' + 'The council voted to replace the old bridge. ' * 8
         + '</p><div class="related"><h3>Related</h3><ul><li><a href="/a">First related story title here</a></li>'
         + '<li><a href="/b">Second related story title here</a></li></ul></div></article></body></html>')
copydesk.extract(svg, url="https://x.test/")
print(len(copydesk.extract(story, url="https://x.test/n").related))
"""


def test_a_prefixed_attribute_seen_first_leaves_plain_ones_alone() -> None:
    """Attribute kinds are remembered by lexbor's id for the whole process; an SVG icon's
    ``xlink:href`` shares ``href``'s id, and remembered first it hid every later page's links
    (a fresh interpreter: what the process saw before decides)."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", _SVG_FIRST], capture_output=True, text=True, check=True, timeout=120)
    assert run.stdout.split()[-1] == "2"
