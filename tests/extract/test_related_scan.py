"""The compiled related-link scan (`segment_fast.container_links`, `href_of`) must list what the
selector queries list: `furniture.related_link_texts` both ways."""

from __future__ import annotations

import pytest
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


HEADED = [
    ('<section><h2>Related Articles</h2><ul><li><a href="/a">Council approves the new budget plan</a></li>'
    '<li><a href="/b">Harbour ferries return after ramp repairs</a></li></ul></section>'),
    ('<div><div class="hd"><h3>You may also like</h3></div><ul><li><a href="/a">Ten things to do this weekend</a></li>'
    '<li><a href="/b">Lottery jackpot climbs again this week</a></li></ul></div>'),  # a heading wrapped alone
    '<h2>More</h2><ul><li><a href="/a">The Learning Network</a></li><li><a href="/b">Health &amp; Fitness</a></li></ul>',  # an index
    '<h2>Latest</h2><ul><li><a href="/a">Council approves the new budget plan</a></li><li><a href="/b">Another story headline here</a></li></ul>',
    ('<h4>Most Read</h4><!-- c --> <ol><li><a href="/a">Witness cheered for correcting the record</a></li>'
    '<li><a href="/b">For years, people pinned dollar bills here</a></li><li><a>No href here at all today</a></li></ol>'),
    "<h2>Related Articles</h2>",  # nothing after it
]


@pytest.mark.parametrize("box", HEADED)
def test_heading_related_scans_are_the_queries(box: str) -> None:
    from copydesk.extract.furniture import heading_related

    tree = LexborHTMLParser(f"<html><body><article><p>Story.</p></article>{box}</body></html>")
    assert heading_related(tree, "https://ex.com/news/a") == heading_related(tree, "https://ex.com/news/a", compiled=False)


def test_heading_related_reads_story_lists_not_indexes() -> None:
    from copydesk.extract.furniture import heading_related

    def titles(box: str) -> list[str]:
        tree = LexborHTMLParser(f"<html><body><article><p>Story.</p></article>{box}</body></html>")
        return [link.title for link in heading_related(tree, "https://ex.com/news/a")]

    assert titles(HEADED[0]) == ["Council approves the new budget plan", "Harbour ferries return after ramp repairs"]
    assert titles(HEADED[1]) == ["Ten things to do this weekend", "Lottery jackpot climbs again this week"]
    assert titles(HEADED[2]) == [] and titles(HEADED[3]) == [] and titles(HEADED[5]) == []
    assert titles(HEADED[4]) == ["Witness cheered for correcting the record", "For years, people pinned dollar bills here"]


def test_heading_related_on_every_bundled_page_is_the_queries() -> None:
    from copydesk.extract.furniture import heading_related

    for name, html in _pages():
        tree = LexborHTMLParser(html)
        assert heading_related(tree, None) == heading_related(tree, None, compiled=False), name


@pytest.mark.parametrize("label", ["Ähnliche Beiträge", "Noticias relacionadas", "I più letti", "Похожие статьи"])
def test_heading_related_reads_other_languages_labels(label: str) -> None:
    from copydesk.extract.furniture import heading_related

    box = (f'<h3>{label}</h3><ul><li><a href="/a">Stadt plant neuen Radweg am Ufer</a></li>'
           '<li><a href="/b">Schule verschiebt die Abstimmung über die Ferien</a></li></ul>')  # fmt: skip
    tree = LexborHTMLParser(f"<html><body><article><p>Story.</p></article>{box}</body></html>")
    assert [link.title for link in heading_related(tree, "https://ex.de/a")] == [
        "Stadt plant neuen Radweg am Ufer", "Schule verschiebt die Abstimmung über die Ferien",
    ]  # fmt: skip


def test_a_page_wide_class_is_no_related_box() -> None:
    """A class on <body> or <html> is the page's (a news site's "f_related_module_on" feature
    flag): every link of the page is no related story; the boxes inside it still are."""
    html = (
        '<html class="related-on"><body class="permalink f_related_module_on"><nav><a href="/news">News desk</a></nav>'
        '<p>Story with <a href="https://example.org/source">a source of the story</a>.</p>'
        '<div class="related-module"><a href="/other-story">Another story about the harbour</a></div></body></html>'
    )
    for compiled in (True, False):
        tree = LexborHTMLParser(html)
        assert list(related_link_texts(tree, 50, compiled=compiled)) == [("Another story about the harbour", "/other-story")]


def test_a_cards_headline_is_its_title() -> None:
    """A related link holding a heading is a card: its title is the heading's text, without the
    card's kicker and date; a heading of fewer words than a title (a category over the headline)
    leaves the link's whole text."""
    html = (
        '<html><body><div class="related-posts">'
        '<a href="/a"><span>Trending</span><h3>Harbour bridge reopens after repairs</h3><time>Oct 29, 2019</time></a>'
        '<a href="/b"><h4>Learn &amp; Plan</h4><p>How to stay resilient in a slow season</p></a>'
        '<a href="/c">Ferry fares rise for the third year</a></div></body></html>'
    )
    expected = [
        ("Harbour bridge reopens after repairs", "/a"),
        ("Learn & Plan How to stay resilient in a slow season", "/b"),
        ("Ferry fares rise for the third year", "/c"),
    ]
    for compiled in (True, False):
        assert list(related_link_texts(LexborHTMLParser(html), 50, compiled=compiled)) == expected


def test_a_card_under_a_related_heading_is_titled_by_its_headline() -> None:
    """Under a "Related" heading too, a link holding a heading is a card titled by that heading:
    not its picture's <noscript> fallback (a German daily's template printed its <img> there,
    broken, as text), kicker or summary."""
    box = (
        "<h3>Related Articles</h3><div>"
        '<a href="/a"><div><img src="x.gif"><noscript>0Der Minister im Streit" itemprop="thumbnailUrl" /></noscript></div>'
        "<h2>Dauerzoff um den drohenden Blackout</h2><p>12.06.2018 Im Streit um den Verkauf …</p></a>"
        '<a href="/b"><span>HEALTH</span><h4>The case for eating more organ meat</h4></a></div>'
    )
    html = f"<html><body><article><p>Story.</p></article>{box}</body></html>"
    from copydesk.extract.furniture import heading_related

    for compiled in (True, False):
        titles = [link.title for link in heading_related(LexborHTMLParser(html), "https://ex.de/a", compiled=compiled)]
        assert titles == ["Dauerzoff um den drohenden Blackout", "The case for eating more organ meat"]


def test_a_most_read_lists_ranks_are_no_part_of_its_titles() -> None:
    """Links numbered 1, 2, 3 … in turn (a "most read" box's ranks run into the titles: a US
    magazine's held-out page) lose the numbers; a headline opening on a number keeps it."""
    html = (
        '<html><body><div class="most-popular-related">'
        '<a href="/a"><span>1</span> Kim Kardashian wears her advent calendar</a><a href="/b"><span>2</span> Bryce Dallas Howard buys a dress</a>'
        '<a href="/c"><span>3</span> Get the awards night makeup look</a></div>'
        '<div class="related-stories"><a href="/d">10 Movies That Pushed The Boundaries</a><a href="/e">2 Men Held After The Robbery</a></div>'
        "</body></html>"
    )
    from copydesk.extract.furniture import read_related

    assert [link.title for link in read_related(LexborHTMLParser(html), "https://ex.com/")] == [
        "Kim Kardashian wears her advent calendar", "Bryce Dallas Howard buys a dress", "Get the awards night makeup look",
        "10 Movies That Pushed The Boundaries", "2 Men Held After The Robbery",
    ]  # fmt: skip


def test_rank_cuts_take_no_links_and_long_runs() -> None:
    from copydesk.extract.furniture import without_rank_numbers
    from copydesk.model import RelatedLink

    assert without_rank_numbers([]) == []
    links = [RelatedLink(f"{k % 99 + 1} Story number {k} of the day", f"/s/{k}") for k in range(9_900)]
    cut = without_rank_numbers(links)
    assert [link.title for link in cut] == [f"Story number {k} of the day" for k in range(9_900)]  # runs of 1-99, a hundred times
