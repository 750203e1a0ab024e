"""Every kind of bad input ends promptly in an empty article with a reason."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given
from hypothesis import strategies as st

import copydesk

PARAGRAPH = "<p>This is a real paragraph of text that is long enough to count as the article body.</p>"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "input:empty"),
        ("   \n\t ", "input:empty"),
        (b"\x00\x01\x02\x03" * 1000, "input:binary"),
        (bytes(range(256)) * 100, "input:binary"),
        (gzip.compress(b"<p>x</p>" * 100)[:30], "input:bad_gzip"),
        ("<div>" * 100_000 + "deep" + "</div>" * 100_000, "input:too_deep"),
        ("<b>" * 100_000 + "unclosed", "input:too_deep"),
        ("<p>x</p>" * 300_000, "input:too_many_elements"),
        ("<html><body><div><img src=a.png></div></body></html>", "extract:no_content"),
    ],
    ids=["empty-bytes", "blank-text", "nul-bytes", "all-bytes", "truncated-gzip", "nested-divs", "nested-b",
         "many-elements", "no-text"],
)
def test_bad_input_gives_reason(data: str | bytes, reason: str) -> None:
    article = copydesk.extract(data)
    assert article.drop_reason == reason
    assert article.text == ""


def test_fifty_megabyte_page_is_refused_as_too_large() -> None:
    article = copydesk.extract(b"<p>" + b"a" * (50 * 1024 * 1024) + b"</p>")
    assert article.drop_reason == "input:too_large"


def test_broken_markup_still_extracts() -> None:
    html = "<html><body><div><p>Unclosed paragraph with plenty of words to read as content here" + PARAGRAPH * 3 + "<table><tr><td>cell"
    article = copydesk.extract(html)
    assert article.drop_reason is None
    assert "long enough to count as the article body" in article.text


def test_moderately_deep_page_is_parsed() -> None:
    html = "<div>" * 1000 + PARAGRAPH * 3 + "</div>" * 1000
    article = copydesk.extract(html)
    assert "long enough to count" in article.text


def test_input_is_not_mutated() -> None:
    html = bytearray(b"<p>" + b"word " * 50 + b"</p>")
    before = bytes(html)
    copydesk.extract(bytes(html))
    assert bytes(html) == before


@given(st.lists(st.sampled_from(["<div>", "</div>", "<br>", "<img src=x>", "<p>", "</p>", "<!-- c -->", "text "]), max_size=400))
def test_crude_depth_never_below_careful_depth(pieces: list[str]) -> None:
    from copydesk.extract import guards

    html = ("".join(pieces) * 40).encode()
    assert guards.estimated_depth(html, count_void=True) >= guards.estimated_depth(html)


@given(st.binary(max_size=2_000) | st.lists(st.sampled_from([b"<", b"<p>", b"x" * 254, b"\xe2\x80\x9c", b"\x3c" * 300]), max_size=40).map(b"".join))
def test_the_compiled_tag_count_is_bytes_count(markup: bytes) -> None:
    """`guards.tag_count` (`text_fast.byte_count`: one-byte tallies over 255-byte blocks)
    counts what ``bytes.count`` does, at every length around the blocks' edges."""
    from copydesk.extract import guards

    assert guards.tag_count(markup) == markup.count(b"<")


@given(
    st.lists(st.sampled_from([b"<", b"/", b"p", b"b", b"r", b"i", b"m", b"g", b"!", b"x", b"<br>", b"</p>", b"<img"]), max_size=80).map(b"".join),
    st.integers(1, 9),
)
def test_the_compiled_depth_estimates_are_the_python_ones(markup: bytes, chunk: int) -> None:
    """`text_fast.nesting_depths` gives both of `guards.estimated_depth`'s estimates, tags cut
    at chunk edges included (a "<" at a chunk's end with its "/" in the next chunk opens)."""
    from copydesk.extract import guards

    if guards.text_fast is None:
        pytest.skip("text_fast is not built")
    original = guards.DEPTH_CHUNK_BYTES
    try:
        guards.DEPTH_CHUNK_BYTES = chunk
        expected = (guards.estimated_depth(markup, count_void=True), guards.estimated_depth(markup))
    finally:
        guards.DEPTH_CHUNK_BYTES = original
    assert guards.text_fast.nesting_depths(markup, chunk) == expected


def test_lone_surrogates_are_dropped_as_the_parser_would() -> None:
    # the page is encoded once for the guards and the parser, with the parser's own error
    # handling (a lone surrogate cannot be UTF-8: it is left out, the rest extracted)
    paragraph = PARAGRAPH.replace("real", "re\udcffal")
    article = copydesk.extract(f"<html><body>{paragraph}</body></html>")
    assert article.drop_reason is None
    assert "This is a real paragraph" in article.text


@pytest.mark.parametrize("escape", ["\\ud83d", "\\uDFFF", "\\ud83d\\u0041"])
def test_a_lone_surrogate_escaped_in_json_ld_is_a_replacement_character(escape: str) -> None:
    # "\ud83d" alone (half an emoji a CMS cut) parses to a str that UTF-8 cannot hold
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Storm {escape} hits", "author": {{"name": "Jo {escape}Smith"}}}}</script>'
    article = copydesk.extract(f"<html><head>{head}</head><body><article>{PARAGRAPH * 3}</article></body></html>")
    assert article.title is not None and article.title.startswith("Storm \ufffd")
    article.to_json().encode("utf-8")  # raised UnicodeEncodeError before
    whole_pair = head.replace(escape, "\\ud83d\\ude00")
    kept = copydesk.extract(f"<html><head>{whole_pair}</head><body><article>{PARAGRAPH * 3}</article></body></html>")
    assert kept.title == "Storm \U0001f600 hits"


def test_nested_caption_boxes_around_a_long_story_are_not_captions() -> None:
    # 200 caption-classed boxes, each holding the whole 1 MB story: each box's text is read
    # only up to the caption bound (`nodes.bounded_text`), not 200 times in full
    story = "<p>" + "word " * 200_000 + "</p>"
    article = copydesk.extract('<html><body>' + '<div class="caption">' * 200 + story + "</div>" * 200 + "</body></html>")
    assert article.captions == []
    assert article.text.count("word") == 200_000


@pytest.mark.parametrize("inline", ["span", "b"])
def test_deeply_nested_inline_formatting_in_a_link_reads_as_unwrapped(inline: str) -> None:
    # the walk passes through inline formatting without unwrapping it: a text node under
    # thousands of them climbs them all to see what it merges with (`segment._follows_text`);
    # the segmentation must still be what the unwrapped tree gives, and the page extract
    from copydesk.extract.segment import segment
    from tests.extract.test_segment_walks import _root

    html = (f'<p>Before the link, <a href="/x">{f"<{inline}>" * 3000}deep{f"</{inline}>" * 3000} text</a> '
            f'and {"<i>split</i>" * 500} words after it, enough to read as a sentence.</p>')  # fmt: skip
    _tree, unwrapped = _root(html)
    _tree2, raw = _root(html, unwrap=False)
    reference = segment(unwrapped, compiled=False)
    assert segment(raw, compiled=True) == segment(raw, compiled=False) == reference
    assert reference.blocks[0].link_chars == len("deep text")
    article = copydesk.extract(html)
    assert article.drop_reason is None and article.text.startswith("Before the link, deep text and splitsplit")


# Addresses `urllib.parse` refuses (an unclosed IPv6 host), as crawls and pages give them.
MALFORMED_URLS = ("http://[::1", "http://[bad/2020/01/02/story", "//[x")
STORY = "<h1>Headline of the story here</h1>" + PARAGRAPH * 3


@pytest.mark.parametrize("url", MALFORMED_URLS)
def test_a_malformed_page_address_is_kept_but_not_read(url: str) -> None:
    # the record keeps the address it was given; facts are read from the page alone
    # (no URL date from an address that does not parse)
    article = copydesk.extract(f"<html><body><article>{STORY}</article></body></html>", url=url)
    assert article.drop_reason is None
    assert article.url == url
    assert "real paragraph" in article.text
    assert article.published is None


@pytest.mark.parametrize("url", [*MALFORMED_URLS, "http://[x]/2020/01/02/story"])
def test_a_malformed_address_meets_a_credit_line_and_its_link(url: str) -> None:
    """A republished story's credit line names its outlet and links to it: the outlet is compared
    with the page's own site by address (`syndication`, `urls.host_of`), which must not raise on
    an address `urllib.parse` refuses, the page's own or the link's ("http://[x]/": only its
    `hostname` raises).  Found by scripts/fuzz_inputs.py (session 50)."""
    credit = f'<p>This article was originally published on <a href="{url}">The Valley Ledger</a>.</p>'
    article = copydesk.extract(f"<html><body><article>{STORY}{credit}</article></body></html>", url=url)
    assert article.drop_reason is None
    assert "real paragraph" in article.text


@pytest.mark.parametrize("href", MALFORMED_URLS)
def test_malformed_links_in_the_page_are_kept_as_written(href: str) -> None:
    page = (
        f'<html><body><article>{STORY}<p>READ MORE: <a href="{href}">Another story with a long headline</a></p>'
        f'<video src="{href}" title="A clip"></video><iframe src="https://www.youtube.com/embed/{href}"></iframe>'
        "</article></body></html>"
    )
    article = copydesk.extract(page, url="https://news.example.com/2020/01/02/story")
    assert article.drop_reason is None
    assert [(m.kind, m.url) for m in article.media][:1] == [("video", href)]
    assert [(link.title, link.url) for link in article.related] == [("Another story with a long headline", href)]


TOLD_STORY = [
    "<p>The council met on Tuesday night and voted to move the budget vote to the spring.</p>",
    "<p>Two councillors argued the city should borrow for the road repairs rather than raise taxes.</p>",
    "<p>The finance committee will review the options in February, before a hearing in March.</p>",
]


@pytest.mark.parametrize(
    "body",
    [
        None, 42, ["not", "a", "string"], {"@value": "x"}, "", "<<<>>>" * 1000, "&" * 10_000,
        "word " * 200_000,  # past MAX_BODY_CHARS: a dump, not read
        "<p>" * 50_000 + "story " * 100,  # tags with little text between, none of it the page's
    ],
    ids=["null", "number", "list", "object", "empty", "broken-tags", "bare-ampersands", "huge", "tags-only"],
)
def test_a_malformed_or_huge_article_body_leaves_the_page_alone(body: object) -> None:
    """A JSON-LD articleBody that is no string, empty, a dump past MAX_BODY_CHARS or markup with
    little text never stands for the printed story."""
    import json

    ld = json.dumps({"@type": "NewsArticle", "headline": "Council vote", "articleBody": body})
    page = f'<html><head><script type="application/ld+json">{ld}</script></head><body><article><h1>Council vote</h1>{"".join(TOLD_STORY)}</article></body></html>'
    article = copydesk.extract(page)
    assert (article.drop_reason, article.text_source) == (None, None)
    assert article.text == "\n\n".join(p[3:-4] for p in TOLD_STORY)


def test_amp_components_with_huge_or_empty_ids_give_no_address() -> None:
    """A 5 MB id makes no address (none of MAX_URL_CHARS or more is kept); a component naming
    nothing, or an amp-iframe from no known host, is no media."""
    huge = "x" * 5_000_000
    body = (f"<amp-youtube data-videoid='{huge}'></amp-youtube><amp-iframe src='{huge}'></amp-iframe>"
            f"<amp-video src=''></amp-video><amp-twitter></amp-twitter>{''.join(TOLD_STORY)}")  # fmt: skip
    media = copydesk.extract(f"<html><body><article><h1>Clip</h1>{body}</article></body></html>").media
    assert [(m.kind, m.url) for m in media] == [("video", None)]


@pytest.mark.parametrize("text", ["", "\x00\x01\x02", "x" * 2_000_000, "Berlin (dpa) - " * 100_000, "December 18, 2025\n" * 50_000])
def test_the_session_31_readers_take_empty_binary_and_huge_input(text: str) -> None:
    # the stamp reader's name under a date line, the shop notices, the title-case dateline
    from copydesk.clean.furniture import split_dateline
    from copydesk.extract.stamps import stamp_byline
    from copydesk.extract.vetoes import is_shop_notice

    lines = text.split("\n")
    assert stamp_byline(lines, 0, True, under_date=True) == []
    assert is_shop_notice(text) is False
    found = split_dateline(text)
    assert found is None or (found[0].agency == "dpa" and len(found[1]) < len(text))


def test_the_section_vetoes_take_a_page_without_blocks() -> None:
    from copydesk.extract.segment import Segmentation
    from copydesk.extract.vetoes import outside_vetoed_sections
    from copydesk.model import PageType

    assert outside_vetoed_sections(Segmentation(), [], PageType.ARTICLE) == []


@pytest.mark.parametrize(
    "markup",
    [
        '<span class="post-date" title="' + "9" * 200_000 + '">x</span>',  # a huge title on a date-classed element
        '<abbr class="published" title="\x00\x01">x</abbr><abbr class="published" title>y</abbr>',  # binary, no value
        '<time datetime="0000-00-00">a</time>' * 20_000,  # many time elements, none a date
        '<div class="wp-caption related-posts byline">' * 3_000 + "</div>" * 3_000,  # every flag's class, deeply nested
    ],
)  # fmt: skip
def test_the_head_scans_new_readers_take_malformed_and_huge_markup(markup: str) -> None:
    # session 32's readers: date-classed titles, the head scan's time rows and flags
    head = '<meta itemprop="datecreated" datetime="' + "\x00" * 10 + '"><meta name="created" content="30000-01-01">'
    article = copydesk.extract(f"<html><head>{head}</head><body>{markup}{''.join(TOLD_STORY)}</body></html>")
    assert article.published is None  # no title, datetime or meta value here is a date
    assert "The finance committee will review" in article.text  # the story still read


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Updated" + " " * 50_000 + "x</p>",  # a stamp's verb and a huge run of spaces, no date
        "<p>" + "Stand: 1.4." * 20_000 + "</p>",  # a date cut short, many times
        '<abbr class="published">' + "12.11.16 " * 10_000 + "</abbr>",  # a date-classed element too long to be a date
        '<blockquote><time datetime="2018-03-12">x</time></blockquote>' * 5_000,  # many quoted stamps
        '<meta property="OG:UPDATED_TIME" content="' + "\x00" * 1_000 + '">',  # a meta value that is no date
    ],
)  # fmt: skip
def test_the_session_33_readers_take_malformed_and_huge_markup(markup: str) -> None:
    # two-digit-year stamps, quoted stamps, caseless meta names: no date invented, the story read
    article = copydesk.extract(f"<html><body>{markup}{''.join(TOLD_STORY)}</body></html>")
    assert article.published is None and article.modified is None
    assert "Two councillors argued" in article.text


@pytest.mark.parametrize(
    "markup",
    [
        '<div role="tabpanel" hidden class="' + "accordion " * 100_000 + '"><p>Panel text read.</p></div>',  # a huge panel class
        '<div class="collapse" style="display:none">' * 3_000 + "<p>Panel text read.</p>" + "</div>" * 3_000,  # nested panels
        '<div hidden id="S:' + "f" * 50_000 + '"><p>Panel text read.</p></div>',  # a huge streamed-segment id
        "<ul>" + "<li>Section heading</li>" * 2_000 + "</ul><h2>Section heading</h2><p>Panel text read.</p>",  # a huge contents list
        '<div role="tabpanel" hidden style="\x00\x01 display:none">\x00<p>Panel text read.</p></div>',  # binary in the markup
    ],
)  # fmt: skip
def test_the_session_34_readers_take_malformed_and_huge_markup(markup: str) -> None:
    # disclosure panels, streamed segments, tables of contents: the panel read, the story read
    article = copydesk.extract(f"<html><body>{markup}{''.join(TOLD_STORY)}</body></html>")
    assert "Two councillors argued" in article.text
    assert "Panel text read." in article.text
    assert "Section heading\n\nSection heading" not in article.text  # the contents list's entries go


@pytest.mark.parametrize(
    "markup",
    [
        "<nav><ul>" + "".join(f"<li><a href='/c/{i}'>Category {i} name</a></li>" for i in range(5_000)) + "</ul></nav>",  # a 5,000-link menu
        "<ul>" + "<li>Same item</li>" * 10_000 + "</ul>",  # 10,000 copies of one list item
    ],
)  # fmt: skip
def test_a_story_after_thousands_of_links_or_items_is_read(markup: str) -> None:
    # past anything the block model was trained on, it dropped the story too: the densest
    # container's prose stands in (`runs.best_container_prose`)
    article = copydesk.extract(f"<html><body>{markup}<article>{''.join(TOLD_STORY)}</article></body></html>")
    assert article.drop_reason is None
    assert all(sentence.removeprefix("<p>").removesuffix("</p>") in article.text for sentence in TOLD_STORY)


def test_a_deep_page_with_a_huge_card_rail_and_story_is_read() -> None:
    # 3,000 nested divs around a 1,500-paragraph story and 1,500 teaser cards: the story's
    # container and the rails are found in passes over the elements, not walks up from each block
    cards = "".join(f"<div class='card'><h3><a href='/s/{i}'>Another story headline number {i}</a></h3><p>Summary of story {i}, a sentence long enough to read.</p></div>" for i in range(1_500))
    story = "".join(f"<p>Paragraph {i} of the story says in a full sentence what the board decided.</p>" for i in range(1_500))
    html = "<html><body>" + "<div>" * 3_000 + f"<article><h1>Rates</h1>{story}</article><section>{cards}</section>" + "</div>" * 3_000 + "</body></html>"
    article = copydesk.extract(html, url="https://x.example/news/2026/05/14/rates")
    assert article.text.startswith("Paragraph 0 of the story") and "Summary of story" not in article.text
    # (the story's last 195 paragraphs are not continued: the last block the model keeps is a
    # card's, so continue_story reads the rail as the container; left, see the session 35 note)
    assert article.text.count("of the story says") >= 1_000


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01\x02", "x" * 2_000_000, "Warning: x" + " y" * 200_000 + " in /a.php on line 1",
     "par\n" * 50_000, "Jane Doe - " * 100_000 + "Aug 10, 2016", "Facebook\n" * 50_000],
)  # fmt: skip
def test_the_session_53_readers_take_empty_binary_and_huge_input(text: str) -> None:
    # the stamps' "par"/"von"/"por" and dashed names, the labels with reading times, the PHP
    # notice, the share buttons a line each: bounded, no exception, both modes
    from copydesk.extract.byline import lines_byline
    from copydesk.extract.patterns import furniture_phrases, interface_label
    from copydesk.extract.stamps import stamp_byline

    lines = text.split("\n")
    assert isinstance(stamp_byline(lines, 0, True, under_date=True), list)
    assert isinstance(lines_byline(lines, headline_at=0), list)
    assert interface_label(text[:100] + " 5 minuten") in (None, "expand", "share", "related")
    assert furniture_phrases(text) <= {"script", "share"}
    assert isinstance(copydesk.clean(text[:200_000]).text, str)
    assert isinstance(copydesk.extract(f"<html><body><h1>T</h1><p>{text[:200_000]}</p></body></html>").text, str)


def test_session_64s_readers_take_empty_huge_and_odd_texts() -> None:
    """The readers added for other languages' furniture and dates answer at once on empty, huge
    and odd texts (their length bounds are tested first)."""
    from copydesk.extract.dates import first_written_date, holds_a_date
    from copydesk.extract.patterns import is_ad_notice, is_sign_up_line
    from copydesk.extract.tidy import closing_comment_labels

    huge = "Comments " * 100_000
    assert closing_comment_labels([]) == 0 and closing_comment_labels([""]) == 1
    assert closing_comment_labels(["Story.", huge]) == 2  # a huge "label" is no label
    assert not is_ad_notice("") and not is_ad_notice("Story continues below advertisement " * 10_000)
    assert not is_sign_up_line("") and not is_sign_up_line("Sign up for our newsletter " * 10_000)
    assert first_written_date("٥" * 100_000, True) is None and first_written_date("\x00٢٠٢٤", True) is None
    assert not holds_a_date("") and not holds_a_date("| " * 100_000)
