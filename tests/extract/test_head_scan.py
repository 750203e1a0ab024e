"""The compiled head scan (`segment_fast.head_facts`, read by `page.read_head`) must read what
lexbor's CSS queries do: the first <title>, the ld+json scripts, the meta tags and canonical
link, the embedded media's elements (`furniture.MEDIA_QUERY`), the first `<time datetime>`s'
values and whether a class says "caption"."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.page import HeadFacts, read_head
from tests.extract.markup import needs_segment_fast, nested_markup
from tests.extract.test_segment_walks import _pages


def _facts(head: HeadFacts) -> tuple[object, ...]:
    tags = head.meta_tags
    return (head.title, head.jsonld, tags._first, tags._authors, tags.dates, tags.canonical, head.media, head.time_rows,
            head.caption_classed, head.figcaptioned, head.related_marked, head.date_classed)  # fmt: skip


def _both(html: str) -> tuple[tuple[object, ...], tuple[object, ...]]:
    return _facts(read_head(LexborHTMLParser(html))), _facts(
        read_head(LexborHTMLParser(html), compiled=False)
    )


@needs_segment_fast
def test_every_bundled_page_reads_the_same_head() -> None:
    pages = _pages()
    assert len(pages) > 50
    different = [name for name, html in pages if (pair := _both(html))[0] != pair[1]]
    assert different == []


@needs_segment_fast
def test_the_scan_reads_lexbor_s_case_rules_and_firsts() -> None:
    html = (
        '<html><head><script type="Application/LD+JSON">{"@type": "NewsArticle", "headline": "A"}</script>'
        '<script type="application/ld+json ">{"@type": "Skipped"}</script><script>var x = 1;</script>'
        '<link rel="Canonical" href="/first"><link rel="canonical" href="/second">'
        '<meta name="author" content="Ann Lee"><meta name="author" content="Bo Chan"><meta name content="x">'
        '<meta property="og:title" content=""><meta itemprop="datePublished" content="2024-05-01"></head>'
        '<body><svg><title>Icon</title></svg><title>Late</title><blockquote>quote</blockquote>'
        '<blockquote class="twitter-tweet instagram-media"><p>post</p><a>no href</a><a href="https://x.com/s/1">x</a></blockquote>'
        '<video title="Clip"><source src="/a.mp4"><iframe src="https://youtube.com/embed/1" aria-label="Player"></iframe></video>'
        "<iframe></iframe></body></html>"
    )
    compiled, queried = _both(html)
    assert compiled == queried
    title, jsonld, first, authors, dates, canonical, media, *_rest = compiled
    assert title == "Icon"  # the first <title> in the document, an SVG's too, as css_first finds it
    assert jsonld == [
        {"@type": "NewsArticle", "headline": "A"}
    ]  # type compared ASCII case-blind, not trimmed
    assert canonical == "/first"
    assert first[("name", "author")] == "Ann Lee" and first[("property", "og:title")] == ""
    assert authors[("name", "author")] == ["Ann Lee", "Bo Chan"]
    assert dates == {"datepublished": "2024-05-01"}
    assert media == [  # the two-class blockquote once per class, as lexbor lists it; no iframe without a src
        ("blockquote", "https://x.com/s/1", None, None), ("blockquote", "https://x.com/s/1", None, None),
        ("video", "/a.mp4", "Clip", None), ("iframe", "https://youtube.com/embed/1", None, "Player"),
    ]  # fmt: skip


@needs_segment_fast
@pytest.mark.parametrize(("doctype", "found"), [("<!DOCTYPE html>", 0), ("", 1)])
def test_an_embed_class_in_other_case_is_lexbor_s_to_judge(doctype: str, found: int) -> None:
    """Class selectors ignore case in a quirks-mode document only: the scan leaves that to lexbor."""
    compiled, queried = _both(f'{doctype}<blockquote class="Twitter-Tweet"><a href="/t">t</a></blockquote>')
    assert compiled == queried
    assert len(compiled[6]) == found  # the media rows


@needs_segment_fast
def test_a_page_without_head_facts() -> None:
    compiled, queried = _both("<p>only text</p>")
    assert compiled == queried == ("", [], {}, {}, {}, None, [], [], False, False, False, False)


_ATTRIBUTES = st.sampled_from([
    "", 'name="author" content="A"', 'property="og:title" content="T"', 'name="date"', 'content="c" name',
    'type="application/ld+json"', 'type="APPLICATION/ld+JSON"', 'rel="canonical" href="/c"', 'rel="CANONICAL"',
    'rel="canonical" href', 'itemprop="datePublished" content="2020-01-02"', 'http-equiv="refresh" content="0"',
    'src="https://vimeo.com/1"', "src", 'href="https://x.com/p"', 'class="twitter-tweet"', 'class="x instagram-media"',
    'class="Instagram-Media"', 'title="T" aria-label="L"', 'datetime="2024-01-02" class="pub"', "datetime",
    'class="wp-caption"', 'class="figCaption"', 'class="related-posts read-more"', 'id="related"', 'id="relatedx" class="recommended"',
    'itemprop="dateCreated" datetime="2018-02-02"', 'name="date" content="2019-01-01" datetime="2018-02-02"', 'datetime',
    'class="entry-date"', 'class="Published"', 'class="post-meta byline"',
])  # fmt: skip
_PIECES = ['{"@type": "Article"}', "[1, 2]", "text", "<!-- c -->", " "]
_TAGS = ["meta", "link", "script", "title", "div", "video", "iframe", "blockquote", "svg", "span", "source", "a", "time", "figcaption"]


@needs_segment_fast
@settings(max_examples=300, deadline=None)
@given(nested_markup(_PIECES, _TAGS, _ATTRIBUTES))
@example('<title>a</title><title>b</title><link rel="canonical"><link rel="canonical" href="/x">')
@example('<svg><script type="APPLICATION/ld+JSON">{"@type": "Article"}</script><link rel="CANONICAL" href="/y"></svg>')  # foreign elements: as written
def test_random_markup_reads_the_same_head(html: str) -> None:
    compiled, queried = _both(html)
    assert compiled == queried


@needs_segment_fast
@pytest.mark.parametrize(
    ("body", "times", "classed", "figcaptioned", "related"),
    [
        ("<p>none</p>", [], False, False, False),
        (('<time>no datetime</time><time datetime="2024-05-01" class="pub" itemprop="datePublished">May 1</time>'
          '<time datetime>empty</time><time datetime="2024-05-03"></time><time datetime="2024-05-04"></time>'),
         [("2024-05-01", "pub", "datePublished"), ("", None, None), ("2024-05-03", None, None)], False, False, False),  # the first three with one
        ('<figure><div class="wp-caption-text">A photo</div></figure>', [], True, False, False),
        ('<div class="photoCaption">A photo</div>', [], True, False, False),  # case-sensitive, as lexbor's [class*=]: "Caption"
        ('<div class="CAPTION">A photo</div><div id="caption">x</div>', [], False, False, False),  # neither spelling, and not an id
        ("<figure><img src=a.jpg><FIGCAPTION>A photo</FIGCAPTION></figure>", [], False, True, False),
        ('<aside class="caption-box post-recommended"><a href="/a">A</a></aside>', [], True, False, True),  # both words, one class
        ('<section id="related-stories"><a href="/a">A</a></section>', [], False, False, True),  # an id marks it too
        ('<section class="Related"><a href="/a">A</a></section><p id="x-RELATED">y</p>', [], False, False, False),  # case-sensitive
    ],
)  # fmt: skip
def test_the_scan_reads_time_elements_and_caption_classes(body: str, times: list[tuple[str | None, ...]], classed: bool,
                                                         figcaptioned: bool, related: bool) -> None:  # fmt: skip
    compiled, queried = _both(f"<html><head><title>t</title></head><body>{body}</body></html>")
    assert compiled == queried
    assert compiled[-5:-1] == (times, classed, figcaptioned, related)


@needs_segment_fast
@pytest.mark.parametrize(
    ("body", "classed"),
    [
        ('<p class="post-date">May 1, 2024</p>', True),  # "date" inside a class word, as [class*="date"]
        ('<span class="entry-meta">x</span>', True),
        ('<span class="Date">May 1, 2024</span>', False),  # lexbor matches class values case-sensitively
        ('<p id="date">May 1, 2024</p>', False),  # an id is no class
        ("<p>No date classes here.</p>", False),
    ],
)
def test_the_scan_says_whether_an_element_is_date_classed(body: str, classed: bool) -> None:
    # the visible date reader's scan of date-classed elements is skipped where none is
    html = f"<html><body>{body}<p>The story.</p></body></html>"
    compiled, fallback = (read_head(LexborHTMLParser(html), compiled=flag).date_classed for flag in (True, False))
    assert compiled == fallback == classed
