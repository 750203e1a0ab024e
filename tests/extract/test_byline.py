"""Visible bylines: "By …" lines of the text and a forum thread's first poster."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import copydesk
from copydesk.extract.byline import (
    _OPENING,
    _candidate_lines,
    _comments_heading,
    bylines_among,
    cjk_byline,
    forum_poster,
    opens_as_byline,
    text_byline,
    text_fast,
)
from copydesk.extract.metadata import as_written, clean_author_names
from copydesk.extract.patterns import COMMENT_BREAK, COMMENT_COUNT

FILLER = "".join(f"<p>Paragraph {i} of the story goes on for a while, as stories do.</p>" for i in range(20))


def _text_byline(body: str) -> list[str]:
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    assert tree.body is not None
    return text_byline(tree.body.text(deep=True, separator="\n"))


def test_by_on_its_own_line_names_the_next_line() -> None:
    assert _text_byline(f"<h1>Headline</h1><div>By <a href='/p/1'>Jane Doe</a></div>{FILLER}") == ["Jane Doe"]


def test_same_line_byline_stops_at_the_date() -> None:
    assert _text_byline(f"<p>Written by Ana María López on May 3, 2025</p>{FILLER}") == ["Ana María López"]


@pytest.mark.parametrize(
    "line",
    [
        "By Mara Quinlan Published: Jun 25, 2025",  # a stamp word after the names
        "By Mara Quinlan Jan. 31, 2026 7:47 am EST",  # a date straight after the names
        "By Mara Quinlan 12/03/2025",
        "By: Mara Quinlan , Contributor",  # "By:" and a role after a comma
        "Written by: Mara Quinlan, Senior Reporter",
    ],
)
def test_a_byline_run_into_its_date_or_role_names_the_person(line: str) -> None:
    """Text renderings print the byline, its date and the writer's role on one line."""
    assert _text_byline(f"<p>{line}</p>{FILLER}") == ["Mara Quinlan"]


def test_a_name_that_is_a_month_is_still_a_name() -> None:
    assert _text_byline(f"<p>By April Quinlan</p>{FILLER}") == ["April Quinlan"]


def test_two_authors_and_an_initial() -> None:
    assert _text_byline(f"<p>By A. J. Neal and Kate Shokurova</p>{FILLER}") == ["A. J. Neal", "Kate Shokurova"]


def test_joined_initials_and_a_closing_newsroom_acronym() -> None:
    """"James S.A. Corey" is a name; the newsroom closing the names after a comma ("…, CNN") is
    not, and no reason to refuse the names before it (held-out: a CNN story's byline in text mode)."""
    line = "By Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN"
    assert _text_byline(f"<p>{line}</p>{FILLER}") == ["Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"]
    assert _text_byline(f"<p>By Jane Doe, CNN and Politics Today</p>{FILLER}") == []  # not closing the names: not read


def test_one_word_after_by_is_a_label_not_a_name() -> None:
    assert _text_byline(f"<p>Sort by</p><p>Category</p>{FILLER}") == []


def test_facet_menu_is_not_a_byline() -> None:
    assert _text_byline(f"<ul><li>By Company Size</li><li>By Use Case</li></ul>{FILLER}") == []
    # the menu printed twice (desktop and mobile), once among other entries: no byline there either
    mobile = "<ul><li>Overview</li><li>By Company Size</li><li>Enterprise Businesses</li></ul>"
    assert _text_byline(f"{mobile}<ul><li>By Company Size</li><li>By Use Case</li></ul>{FILLER}") == []
    # a story's byline printed twice, once with the role, is no menu
    body = f"<h1>Headline</h1><p>By Claire Wilson, Co-Founder &amp; COO</p><p>By Claire Wilson,</p>{FILLER}"
    assert _text_byline(body) == ["Claire Wilson"]


@pytest.mark.parametrize(("line", "names"), [
    ("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"]),  # a wire's capitals
    ("By LEONARDO GARCIA", ["LEONARDO GARCIA"]),
    ("by <span>ALLIN ONE</span>", ["ALLIN ONE"]),  # the label a line of its own, the name the next
    ("BY COMPANY SIZE", []),  # the whole line in capitals: a facet menu's entry, not a byline
    ("By STAFF WRITER", []),  # a role, in any case
])  # fmt: skip
def test_names_printed_in_capitals_after_a_by(line: str, names: list[str]) -> None:
    assert _text_byline(f"<h1>Headline</h1><p>{line}</p>{FILLER}") == names


def test_a_sentence_is_not_a_name() -> None:
    assert _text_byline(f"<p>By</p><p>the end of the year the river had risen twice.</p>{FILLER}") == []


def test_many_different_bylines_make_a_listing() -> None:
    items = "".join(f"<li><a>Story {i}</a> By {name}</li>" for i, name in enumerate(["Lena Fischer", "Tom Reyes", "Ida Berg"]))
    assert _text_byline(f"<ul>{items}</ul>{FILLER}") == []


BODY = "<p>" + "A paragraph long enough to be the body of this test page, with words. " * 4 + "</p>"


def _teaser(headline: str, writer: str) -> str:
    return (f'<article class="story"><header><h4><a href="/2016/10/{len(headline)}">{headline}</a></h4></header>'
            f'<footer><p class="byline">By <a rel="author" href="/staff/{writer}">{writer}</a></p></footer></article>')  # fmt: skip


def test_teasers_bylines_before_the_story_are_not_its_author() -> None:
    # a front page's teasers sign each story with its writer, before the story's own byline
    teasers = "".join(_teaser(f"Senate talks stall again on day {k}", name) for k, name in enumerate(["Burgess Everett", "Nancy Cook"] * 4))
    teasers += _teaser("October 2016", "Matt Wuerker")  # a two-word headline is a story's too
    story = ('<article><header><h4><a href="/politics">Politics</a></h4><h1>Clinton leads in Pennsylvania</h1>'
             '<p class="byline">By <a rel="author" href="/staff/steven-shepard">Steven Shepard</a></p></header>' + BODY + "</article>")  # fmt: skip
    page = f"<html><head><title>Clinton leads in Pennsylvania - POLITICO</title></head><body>{teasers}{story}</body></html>"
    assert copydesk.extract(page).authors == ["Steven Shepard"]


def test_a_byline_printed_in_a_heading_or_under_a_self_linked_headline_is_the_story_s() -> None:
    in_heading = ('<hgroup><h4><a href="/tech">Elements</a></h4><h1>Hacking and the Countdown</h1><h3>By <a rel="author" '
                  'href="/contributors/alex-hutchinson">Alex Hutchinson</a></h3></hgroup>')  # fmt: skip
    assert copydesk.extract(f"<html><head><title>Hacking and the Countdown</title></head><body>{in_heading}{BODY}</body></html>").authors == ["Alex Hutchinson"]
    linked = ('<div class="post"><h2 class="entry-title"><a href="/2016/10/my-garden">Notes from my garden</a></h2>'
              '<span class="author vcard"><a class="url fn" href="/author/jo">Jo Baker</a></span></div>')  # fmt: skip
    assert copydesk.extract(f"<html><head><title>Notes from my garden | Jo's blog</title></head><body>{linked}{BODY}</body></html>").authors == ["Jo Baker"]


def test_a_menus_link_to_a_columns_author_page_names_no_author() -> None:
    # a site's sections menu lists a column by its author page's address ("/author/TV---Red-Carpets")
    sections = "".join(f'<li><a href="/topic/{k}">Section {k}</a></li>' for k in range(6))
    menu = f'<ul>{sections}<li><a href="/author/TV---Red-Carpets">Red Carpets</a></li></ul>'
    assert copydesk.extract(f"<html><body>{menu}<article><h1>Scholarships launched</h1>{BODY}</article></body></html>").authors == []
    story_link = '<p class="meta">Posted by <a href="/author/jane-doe">Jane Doe</a></p>'  # outside a menu: the author
    assert copydesk.extract(f"<html><body>{menu}<article><h1>Scholarships launched</h1>{story_link}{BODY}</article></body></html>").authors == ["Jane Doe"]


def test_co_authors_linked_in_one_byline_are_all_read() -> None:
    byline = ('<div class="written-by"><strong>Written by</strong><br><strong><a href="/authors/adrien-ramirez">Adrien Ramirez</a></strong>, '
              'covering hardware<br><strong><a href="/authors/joanna-nelius">Joanna Nelius</a></strong>, senior editor.</div>'
              '<p>Edited by <a href="/authors/kim-lee">Kim Lee</a></p>')  # fmt: skip
    page = f"<html><body><article><h1>The best laptops</h1>{byline}{BODY}</article></body></html>"
    assert copydesk.extract(page).authors == ["Adrien Ramirez", "Joanna Nelius"]


@pytest.mark.parametrize("byline", [
    '<p class="byline">By <a rel="author" href="/a">Ann Lee</a> and <a rel="author" href="/b">Bo Chan</a></p>',
    '<div class="authors"><span class="author-name">Ann Lee</span><span class="author-name">Bo Chan</span></div>',
    ('<p>By <span itemprop="author" itemscope><span itemprop="name">Ann Lee</span></span> and '
     '<span itemprop="author" itemscope><span itemprop="name">Bo Chan</span></span></p>'),
])  # fmt: skip
def test_co_authors_marked_in_one_byline_are_all_read(byline: str) -> None:
    page = f"<html><body><article><h1>Headline of the story here</h1>{byline}{BODY}</article></body></html>"
    assert copydesk.extract(page).authors == ["Ann Lee", "Bo Chan"]


@pytest.mark.parametrize("byline", [
    '<div class="meta">By <a class="author" href="/author/ann-lee">Ann Lee, DVM</a>. Reviewed by <a class="author" href="/author/bo-chan">Bo Chan, DVM</a></div>',
    '<div class="meta"><span class="author-name">Ann Lee</span> <span class="expert"><span class="author-name">Bo Chan</span></span></div>',
    '<div class="meta"><span class="author"><a href="/author/ann-lee">Ann Lee</a></span> <span class="author"><a href="/follow/ann-lee">Follow</a></span></div>',
    # the outlet's masthead linked as an author's page beside the writer's (a syndicated story's "TIME")
    '<div class="row"><a href="/author/ann-lee/"><span>Ann Lee,</span></a><a href="/author/time-magazine/"><span>TIME</span></a></div>',
])  # fmt: skip
def test_a_reviewer_an_expert_a_follow_button_or_a_masthead_after_the_writer_is_no_co_author(byline: str) -> None:
    page = f"<html><body><article><h1>Headline of the story here</h1>{byline}{BODY}</article></body></html>"
    assert [name.split(",")[0] for name in copydesk.extract(page).authors] == ["Ann Lee"]


def test_an_author_link_whose_address_runs_the_names_together() -> None:
    box = '<div id="authorinfobox"><p><b><a href="/author/craiglloyd/">Craig Lloyd</a></b> is a smart home expert.</p></div>'
    assert copydesk.extract(f"<html><body><article><h1>How to set up a hub</h1>{BODY}{box}</article></body></html>").authors == ["Craig Lloyd"]


def test_a_by_after_a_bar_between_the_date_and_the_name() -> None:
    # HTML mode reads a stamp's parts as lines: "December 21, 2016" / "| by" / "Lauren Briggs"
    stamp = ('<div class="date"><time datetime="2016-12-21T23:49:10+00:00">December 21, 2016</time><span> | by '
             '<span rel="sioc:has_creator"><a href="/users/lauren-briggs">Lauren Briggs</a></span></span></div>')  # fmt: skip
    page = f"<html><body><article><h1>Investor Icahn to advise on finances</h1>{stamp}{BODY}</article></body></html>"
    assert copydesk.extract(page).authors == ["Lauren Briggs"]


def test_credit_in_the_footer_is_not_the_author() -> None:
    assert _text_byline(f"{FILLER}<footer><p>Website by</p><p>Bright Pixel Studio</p></footer>") == []


def test_dutch_door_is_not_read_as_by() -> None:
    assert _text_byline(f"<p>Door View Cam</p>{FILLER}") == []


def _poster(body: str) -> list[str]:
    return forum_poster(LexborHTMLParser(f"<html><body>{body}</body></html>"), clean_author_names)


def test_forum_poster_is_the_first_user_name_and_keeps_a_handle() -> None:
    posts = "<div class='post'><a class='username'>user3080392</a></div><div class='post'><a class='username'>Jo Bloggs</a></div>"
    assert _poster(posts) == ["user3080392"]


def test_forum_poster_drops_a_repeated_display_name() -> None:
    assert _poster("<span class='creator'>amondale (Amondale)</span>") == ["amondale"]


def test_forum_poster_skips_an_overlong_name() -> None:
    assert _poster(f"<a class='username'>{'x' * 80}</a><a class='username'>second</a>") == ["second"]


def test_forum_poster_in_a_fluxbb_post_header() -> None:
    post = "<div class='postleft'><dl><dt><strong>archuser38013</strong></dt><dd>New member</dd></dl></div>"
    assert _poster(f"<div class='menu'>Log in</div>{post}") == ["archuser38013"]


def test_forum_poster_reads_no_avatar_initial_or_hidden_status() -> None:
    # a NodeBB post header: the avatar link (an initial on a disc, a status for screen readers)
    # comes before the name link, both inside the author's element
    header = (
        "<div itemprop='author'><a href='/user/julian'><img alt='julian' class='avatar'>"
        "<span class='avatar avatar-rounded'>J</span><span class='status'><span class='visually-hidden'>Offline</span></span></a>"
        "<a href='/user/julian' class='fw-bold'>julian</a></div>"
    )
    assert _poster(header) == ["julian"]
    # a name beside its avatar picture keeps its text
    assert _poster("<a class='username'><img class='avatar' src='a.png'> Jo Bloggs</a>") == ["Jo Bloggs"]
    assert _poster("<a class='username avatar-name'>Jo Bloggs</a>") == ["Jo Bloggs"]  # the element's own class
    # an element far too big for a user name is read as it stands, avatar and all (its text
    # nodes' ancestors are walked only in a small one)
    big = "<div class='username'><span class='avatar'>J</span>" + "<span></span>" * 1000 + "<b>x</b></div>"
    assert _poster(big) == ["J x"]
    assert _poster("<div class='username'><span class='avatar'>J</span>" + "<span></span>" * 10 + "<b>x</b></div>") == ["x"]


def test_empty_text_and_a_megabyte_line_have_no_byline() -> None:
    assert text_byline("") == []
    assert text_byline("By " + "x" * 1_000_000) == []
    assert text_byline("\n" * 100_000) == []


@given(st.text(alphabet=st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000abBy.é")), max_size=80))
def teststripped_lines_collapse_white_space_like_split_join(text: str) -> None:
    # lines are stripped when split and collapsed when read: together, split-and-join per line
    from copydesk.extract.byline import collapsed, stripped_lines

    lines = stripped_lines(text)
    assert [collapsed(line) for line in lines] == [line for line in (" ".join(raw.split()) for raw in text.split("\n")) if line]
    assert all(line == line.strip() for line in lines)


LINE_PIECES = [" ", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\xa0", "\u2028", "\u3000", "a", "é", "İ", "ſ", "🙂", "\x00"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=40).map("".join), st.integers(0, 6))
@example("\n a \n\n b \n c\n", 2)  # the remainder keeps its inner newlines, stripped at both ends
@example("\n a \n b \n c", 1)  # splits stop at max_splits exactly
@example("", 0)
def test_compiled_line_split_is_split_strip_and_filter(text: str, max_splits: int) -> None:
    if text_fast is None:
        pytest.skip("text_fast is not built here")
    expected = [piece.strip() for piece in text.split("\n", max_splits) if piece and not piece.isspace()]
    assert text_fast.stripped_lines(text, max_splits) == expected


OPENING_PIECES = ["by", "By", "BY", "written", "Written", "posted", "all", "articles", "autor", "authors", "von",
                  "par", "ſ", "\u212a", "bye", "x", " ", "\t", "\n", ":", "Jane", "ı", "poſted", "wrıtten", "ſee all",
                  "vıew all", "ſtory"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(OPENING_PIECES), min_size=1, max_size=6).map("".join), max_size=8))
@example(["Written", "by Jane"])  # the second line opens with "by"; the first is not a byline's opening
@example(["ſee all articles by Jane", "x"])  # "ſ" folds to "s" for re.I, not for str.lower
@example(["x", "Wrıtten by Jane", "ſtory by Jane"])  # and "ı" to "i"
@example(["by Jane", "İ"])  # "İ" lower-cases to ASCII: the scan gives up
@example(["\u212aarl", "posted by Jane"])  # the Kelvin sign lower-cases to ASCII: the scan gives up
def test_candidate_lines_are_the_lines_opening_with_a_byline_word(lines: list[str]) -> None:
    """The compiled scan picks the same lines as matching `_OPENING` at each line's start."""
    assert _candidate_lines(lines) == [i for i, line in enumerate(lines) if _OPENING.match(line)]


def test_a_byline_split_over_white_space_runs_is_read_collapsed() -> None:
    html = "<h1>Bridge  vote</h1><div>\n  Written \t by  Jane\u00a0Doe  </div>" + FILLER
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    assert text_byline(tree.body.text(deep=True, separator="\n"), "Bridge vote") == ["Jane Doe"]


def test_every_byline_selector_needs_an_anchor_part() -> None:
    # a page none of whose elements passes an anchor part's test is not queried at all
    from copydesk.extract.byline import _SELECTOR_NEEDS, BYLINE_SELECTORS

    for selector in BYLINE_SELECTORS:
        assert _SELECTOR_NEEDS[selector] != 0, selector


NESTED_BYLINES = [
    # byline box around an author box around a name: the inner selectors must still win by priority
    '<div class="byline"><div class="author-box"><span class="author-name">Jane Doe</span></div></div>',
    # the page's <body> is itself "author"-classed: everything is inside one anchor
    '<div class="author-page"><p class="vcard"><span class="fn">Ana López</span></p><a href="/a">Home Page</a></div>',
    # two separate anchors; the second's match comes later in the document
    '<div class="author"><a href="/x">Read more posts</a></div><p>Story.</p><span itemprop="author">Kate Shokurova</span>',
    # two author boxes: the first in document order is the byline
    '<div class="author"><a href="/a">Jane Doe</a></div><p>Story.</p><div class="author"><a href="/b">Sam Roe</a></div>',
    # author boxes nested five deep: each element is looked at once, not once per enclosing box
    '<div class="author">' * 5 + '<a href="/m">2 comments</a>' + "</div>" * 5 + '<div class="author"><a href="/j">Jane Doe</a></div>',
    # a rel=author link inside a byline, and a long author bio before it
    '<div class="post-author">' + "Biography " * 20 + '</div><p class="byline">By <a rel="author">Sam Roe</a></p>',
    # other languages' author classes, a documentation generator's "autorefs" links before them
    '<a class="autorefs" href="#f">pydantic.Field</a><div class="autore">di Marco Rossi</div>',
    '<p class="autor-nombre">Por Ana García</p>', '<span class="article_auteur">Par Jean Dupont</span>',
]


def _naive_selector_byline(tree: LexborHTMLParser) -> list[str]:
    """The definition `selector_byline` must agree with: each selector queried on the whole tree,
    then the links to an author's page (read whether or not the attribute scan saw one)."""
    from copydesk.extract.byline import (
        BYLINE_SELECTORS,
        MAX_BYLINE_CHARS,
        MAX_BYLINE_NODES,
        _author_link_names,
        _node_text,
        outside_bylines,
    )
    from copydesk.extract.patterns import names_no_one

    for selector in BYLINE_SELECTORS:
        for node in tree.css(selector)[:MAX_BYLINE_NODES]:
            if outside_bylines(node):
                continue
            text = _node_text(node)  # (a microdata <meta>'s content)
            if names_no_one(text):
                return []
            if len(text) <= MAX_BYLINE_CHARS and (names := clean_author_names(text)):
                return names
    return _author_link_names(tree, clean_author_names)


def test_selector_byline_inside_anchors_matches_whole_tree_queries() -> None:
    from copydesk.extract.byline import selector_byline

    for body in NESTED_BYLINES:
        tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
        expected = _naive_selector_byline(tree)
        assert expected, body  # each case finds a name
        assert selector_byline(tree, clean_author_names) == expected, body


CASE_VARIANTS = [
    '<p><a REL="AUTHOR" href="/a">Kim Lee</a></p><p><a rel="author">Ana Gil</a></p>',  # rel matched as written
    # quirks mode: class selectors ignore case (the comment gets the page past the source prefilter, which does not)
    '<!-- vcard --><div class="VCard"><span class="fn">Jo Ray</span></div>',
    '<div class="Author-Name">Tom Ash</div><div class="byline-x">By Ed Fox</div>',
    '<span itemprop="Author">Liz Park</span><span itemprop="author"><b itemprop="name">Max Holm</b></span>',
]


@pytest.mark.parametrize("doctype", ["", "<!DOCTYPE html>"])
def test_selector_byline_skips_only_selectors_that_cannot_match(doctype: str) -> None:
    # parts and selectors are skipped when no attribute could match them (one scan in C)
    from copydesk.extract.byline import selector_byline

    for body in [*NESTED_BYLINES, *CASE_VARIANTS]:
        tree = LexborHTMLParser(f"{doctype}<html><body>{body}</body></html>")
        assert selector_byline(tree, clean_author_names) == _naive_selector_byline(tree), body


def test_selector_byline_on_every_bundled_page_matches_whole_tree_queries() -> None:
    from copydesk.extract.byline import selector_byline
    from tests.extract.test_segment_walks import _pages

    for name, html in _pages():
        tree = LexborHTMLParser(html)
        assert selector_byline(tree, clean_author_names) == _naive_selector_byline(tree), name


def test_byline_selectors_need_the_anchor_parts_they_name() -> None:
    from copydesk.extract.byline import _SELECTOR_NEEDS, AUTHOR_CLASS_AUTEUR, AUTHOR_CLASS_AUTOR

    rel, itemprop, author, byline, vcard, author_id, writer, submitted, autor, auteur = (1 << k for k in range(10))
    assert {
        '[rel="author"]': rel, '[itemprop~="author"] [itemprop="name"]': itemprop, '[itemprop~="author"]': itemprop,
        '[class*="byline"] [class*="author"]': byline | author, '[class*="author-name"]': author,
        '[class*="author__name"]': author, '[class*="author"] [class*="name"]': author, ".vcard .fn": vcard,
        '[class*="byline"]': byline, '[class*="post-author"]': author, '[class*="author"] a': author,
        '[class*="author"]': author, '[id="author"]': author_id, '[id="author-name"]': author_id,
        '[class*="writer"]': writer, '[class*="submitted"]': submitted, AUTHOR_CLASS_AUTOR: autor, AUTHOR_CLASS_AUTEUR: auteur,
    } == _SELECTOR_NEEDS  # fmt: skip


ATTRIBUTE_VALUES = ["author", "Author", "AUTHOR", "auth", "or", "byline", "vcard", "VCARD", "writer", "Submitted", "x", " ", "-",
                    "/", "/a", "//", "/author", "/Author/"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["rel", "itemprop", "class", "id", "data-author", "REL", "href"]),
                          st.lists(st.sampled_from(ATTRIBUTE_VALUES), max_size=4).map("".join)), max_size=6))  # fmt: skip
@example([("rel", "Author"), ("class", "x-byline")])
@example([("href", "//a/x/author/jane")])  # the href rule's one opening byte: memchr jumps to each "/"
@example([("href", "/auth/author")])
def test_attribute_scan_is_the_attribute_test(attributes: list[tuple[str, str]]) -> None:
    from copydesk.extract import segment
    from copydesk.extract.byline import ANCHOR_PARTS, AUTHOR_LINK_TEST

    fast = segment.segment_fast_module()
    if fast is None:
        pytest.skip("segment_fast is not built here")
    html = "".join(f'<div {name}="{value}"><span>t</span></div>' for name, value in attributes)
    tree = LexborHTMLParser(f"<html><body>{html}</body></html>")
    assert tree.root is not None
    tests = (*(test for _part, test in ANCHOR_PARTS), AUTHOR_LINK_TEST)
    expected = 0
    for node in tree.root.traverse():
        for name, value in node.attributes.items():
            for i, (test_name, word) in enumerate(tests):
                if name == test_name.decode() and value is not None and word.decode() in value.lower():
                    expected |= 1 << i
    assert fast.attribute_words(tree.root.mem_id, tests) == expected
    assert fast.head_facts(tree.root.mem_id, 0, 0, (), (), tests)[-1] == expected  # the head scan reads the same bits
    from copydesk.extract.page import read_head

    assert read_head(tree).byline_marks == expected  # as the pipeline asks it: class and id words folded into their passes


def test_the_attribute_scan_refuses_an_attribute_it_cannot_read() -> None:
    # kinds come from lexbor's attribute ids for class, rel and itemprop only: a rule naming
    # another attribute would silently find nothing, so it is refused
    from copydesk.extract import segment

    fast = segment.segment_fast_module()
    if fast is None:
        pytest.skip("segment_fast is not built here")
    tree = LexborHTMLParser('<html><body><div data-author="author">t</div></body></html>')
    assert tree.root is not None
    with pytest.raises(ValueError, match="data-author"):
        fast.attribute_words(tree.root.mem_id, ((b"data-author", b"author"),))


def test_thread_starter_in_a_span_survives_the_unwrap(monkeypatch: pytest.MonkeyPatch) -> None:
    # the segment walk reads spans as if unwrapped, leaving the tree the starter is read from alone
    import importlib

    from copydesk.model import PageType

    pipeline = importlib.import_module("copydesk.extract.pipeline")
    monkeypatch.setattr(pipeline, "classify_page", lambda page, url: PageType.FORUM)
    post = "<p>My tomato leaves curl up at the edges every afternoon in July; is it the heat or the water?</p>"
    html = f'<html><body><div class="post"><span class="username">tomato_grower_9</span>{post}</div></body></html>'
    article = pipeline.extract(html)
    assert (article.authors, article.authors_source) == (["tomato_grower_9"], "forum_post")


@pytest.mark.parametrize("html", ["", "\x00\x01\x02 binary", "<div class='username'><span", "<a class=username>" * 2000])
def test_thread_starter_on_bad_markup_is_bounded_and_quiet(html: str) -> None:
    from copydesk.extract.page import strip_skipped, thread_starter

    tree = LexborHTMLParser(html)
    strip_skipped(tree)
    names = thread_starter(tree)
    assert isinstance(names, list) and all(len(name) <= 60 for name in names)


STORY = "<p>" + "The council met on Tuesday and voted on the new bridge after a long debate. " * 4 + "</p>"


def test_html_mode_reads_a_byline_from_the_stamps_under_the_headline() -> None:
    # no markup and no "By": a name on its own line over the date line (`stamps.stamp_byline`,
    # as text mode reads it), or printed before the date on one line
    import copydesk

    over = copydesk.extract(f"<html><body><h1>Bridge vote passes</h1><p>Elliot Raba</p><p>July 23, 2025</p>{STORY}</body></html>")
    assert over.authors == ["Elliot Raba"] and over.authors_source == "text"
    before = copydesk.extract(f"<html><body><h1>Bridge vote passes</h1><p>Jane Doe March 3, 2024</p>{STORY}</body></html>")
    assert before.authors == ["Jane Doe"]
    undated = copydesk.extract(f"<html><body><h1>Bridge vote passes</h1><p>Elliot Raba</p><p>Council news</p>{STORY}</body></html>")
    assert undated.authors == []


def test_html_mode_reads_a_one_word_name_over_a_date_and_a_reading_time() -> None:
    # a blog engine's stamp: a first name, the day, the reading time, each an element
    import copydesk

    stamp = "<div><span>Stefan</span><span>March 5, 2026</span><span>9 min read</span></div>"
    assert copydesk.extract(f"<html><body><h1>Bridge vote passes</h1>{stamp}{STORY}</body></html>").authors == ["Stefan"]
    label = "<div><span>Insights</span><span>9 min read</span></div>"  # no day between: a label as often
    assert copydesk.extract(f"<html><body><h1>Bridge vote passes</h1>{label}{STORY}</body></html>").authors == []


def test_html_mode_reads_a_name_under_a_date_line() -> None:
    # the stamp's parts are elements of their own: the date, a lone separator, the name and its
    # section ("Dec 26, 2025" / "•" / "Jane Doe in" / "News"), under the headline or over it
    import copydesk

    under = copydesk.extract(
        f"<html><body><h1>Bridge vote passes</h1><div><span>Dec 26, 2025</span><span>•</span>"
        f"<span>Mahua Das  in</span><a href='/c/news'>News</a></div>{STORY}</body></html>"
    )
    assert under.authors == ["Mahua Das"]
    over = copydesk.extract(f"<html><body><div><span>Dec 17, 2025</span><span>Julian K. Arni</span></div><h1>Bridge vote passes</h1>{STORY}</body></html>")
    assert over.authors == ["Julian K. Arni"]
    # a post's categories under its date name no one
    listed = "<span>December 18, 2025</span><a href='/c/1'>Nonessential Thoughts</a>, <a href='/c/2'>Technology</a>"
    assert copydesk.extract(f"<html><body><h1>Bridge vote passes</h1><div>{listed}</div>{STORY}</body></html>").authors == []


def test_text_mode_reads_no_name_under_a_date_line() -> None:
    # html-text joins a stamp's parts on one line, so the line under a date is a category as often
    from copydesk.extract.stamps import stamp_byline

    lines = ["Bridge vote passes", "October 26, 2025", "UX Analytics", "The council met on Tuesday."]
    assert stamp_byline(lines, 0, True) == [] and stamp_byline(lines, 0, True, under_date=True) == ["UX Analytics"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dylan Bailey, MS, RD, FAND", ["Dylan Bailey, MS, RD, FAND"]),  # the letters after the name stay with it
        ("Jeffrey A. Slotnick CPP, PSP", ["Jeffrey A. Slotnick CPP, PSP"]),
        ("Dylan Bailey, Nutrition Editor", ["Dylan Bailey"]),  # a role after the comma: the name, its role dropped (session 47)
        ("Dylan Bailey, Nutrition", []),  # no role word, no letters: not a name line
    ],
)
def test_a_name_with_letters_after_it_over_a_date_line_is_the_byline(name: str, expected: list[str]) -> None:
    from copydesk.extract.stamps import stamp_byline

    lines = ["5 Trends from Nutrition 2025", "Report this article", name, "Published Jun 4, 2025", "The meeting is held yearly."]
    assert stamp_byline(lines, 0, True) == expected


@pytest.mark.parametrize(
    "stamp",
    [
        "publié le 10 mars 2025 par Julie Martin",  # the stamp's "by" in the languages the dates are read in
        "Veröffentlicht am 10. März 2025 von Julie Martin",
        "Publicado el 10 de marzo de 2025 por Julie Martin",
        "Par Julie Martin, le 10 mars 2025",  # the date after the name behind its "le" / "am" / "el"
        "Posted on March 10, 2025 by <span>Julie Martin</span>",  # the name an element of its own
        "publié le <time>10 mars 2025</time> par <a href='/auteurs/jm'>Julie Martin</a>",  # "par" alone on its line
    ],
)
def test_a_dated_stamps_by_names_the_writer_in_each_language(stamp: str) -> None:
    import copydesk

    article = copydesk.extract(f"<html><body><h1>Bridge vote passes</h1><p>{stamp}</p>{STORY}</body></html>")
    assert article.authors == ["Julie Martin"]
    assert not article.text.startswith(("publié", "Veröffentlicht", "Publicado", "Par", "Posted"))


@pytest.mark.parametrize(
    "line",
    [
        "Le 10 mars 2025, le texte adopté par le Sénat entre en vigueur.",  # "par" before a lower-case word: no byline
        "Am 10. März 2025 wurde das Gesetz von allen Fraktionen beschlossen.",
    ],
)
def test_a_dated_sentence_with_par_or_von_names_no_one(line: str) -> None:
    from copydesk.extract.stamps import stamp_byline

    assert stamp_byline(["Bridge vote passes", line, "The council met on Tuesday."], 0, False) == []


def test_an_all_caps_por_over_a_name_is_no_byline_label() -> None:
    # a standings table's team code over the team's name ("POR" / "Portland Trail Blazers")
    from copydesk.extract.byline import lines_byline

    assert lines_byline(["NBA Standings", "LAC", "LA Clippers", "POR", "Portland Trail Blazers"], "NBA Standings") == []
    assert lines_byline(["Bridge vote passes", "par", "Julie Martin"], "Bridge vote passes") == ["Julie Martin"]


@pytest.mark.parametrize("stamp", ["Publié le 29 juin 2019", "Veröffentlicht am 3. Juli 2018", "Published on March 3, 2024"])
def test_a_stamps_verb_before_its_date_is_no_name(stamp: str) -> None:
    import copydesk

    article = copydesk.extract(f"<html><body><h1>Bridge vote passes</h1><p>{stamp}</p>{STORY}</body></html>")
    assert article.authors == [] and article.published is not None


def test_joomlas_first_account_names_no_one() -> None:
    import copydesk

    assert copydesk.extract(f'<html><head><meta name="author" content="Super User"></head><body>{STORY}</body></html>').authors == []


def test_a_plural_label_lists_a_name_a_line() -> None:
    body = f"<h1>Headline</h1><p>Date</p><p>Author(s)</p><p>John A. Alic</p><p>David C. Mowery</p><p>Edward S. Rubin</p>{FILLER}"
    assert _text_byline(body) == ["John A. Alic", "David C. Mowery", "Edward S. Rubin"]
    body = f"<h1>Headline</h1><p>Contributors:</p><p>Janet Loughrey</p><p>Check here to see if it grows</p>{FILLER}"
    assert _text_byline(body) == ["Janet Loughrey"]
    # a singular label names one person: the name-shaped line after the name is not a co-author
    assert _text_byline(f"<h1>Headline</h1><p>Written by:</p><p>Emily Walker</p><p>Casey McDevitt</p>{FILLER}") == ["Emily Walker"]


def test_authors_or_contributors_without_a_colon_is_a_menu_entry() -> None:
    menu = "<ul><li>Archive</li><li>Authors</li><li>Contact Us</li><li>Corporate Site</li></ul>"
    assert _text_byline(f"<h1>Headline</h1>{FILLER}{menu}{FILLER}") == []
    menu = "<ul><li>Advertisers</li><li>Contributors</li><li>Local Business</li><li>Terms of Use</li></ul>"
    assert _text_byline(f"{menu}<h1>Headline</h1>{FILLER}") == []


def test_a_byline_under_share_links_is_the_articles_though_teasers_have_bylines() -> None:
    share = "".join(f"<li>Share {i}</li>" for i in range(6))  # the label 7 lines under the headline
    teasers = "".join(f"<h3>Teaser {i}</h3><p>Written by</p><p>{name}</p>" for i, name in enumerate(["Ann Lee", "Bo Chen", "Cy Dunn"]))
    body = f"<h1>The headline</h1><ul>{share}</ul><p>Written by:</p><p>Emily Walker</p>{FILLER}{teasers}{FILLER}"
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    assert tree.body is not None
    assert text_byline(tree.body.text(deep=True, separator="\n"), "The headline") == ["Emily Walker"]


def test_a_byline_under_a_headline_at_the_pages_end_is_not_a_footer_credit() -> None:
    menu = "".join(f"<p>Menu entry {i}</p>" for i in range(200))
    body = f"{menu}<h1>The headline</h1><p>By Agatha Caleo</p><p>One short paragraph.</p>"
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    assert tree.body is not None
    assert text_byline(tree.body.text(deep=True, separator="\n"), "The headline") == ["Agatha Caleo"]


def test_letters_after_a_bylines_name_stay_with_it_and_article_written_by_is_a_label() -> None:
    body = f"<h1>Headline</h1><p>Article written by:</p><p>Doris Munoz-Mantilla, MD, FOMA</p>{FILLER}"
    assert _text_byline(body) == ["Doris Munoz-Mantilla, MD, FOMA"]
    assert _text_byline(f"<h1>Headline</h1><p>By Shelby Loos, DVM</p>{FILLER}") == ["Shelby Loos, DVM"]
    # capitals that are no degree do not stay with the name; closing the names they end them (a
    # newsroom's acronym, "…, CNN", or a credential no list holds; session 50: they refused the byline)
    assert _text_byline(f"<h1>Headline</h1><p>By Shelby Loos, XYZW</p>{FILLER}") == ["Shelby Loos"]


def test_contributors_colon_names_on_the_line_and_a_round_bullet_ends_the_names() -> None:
    assert _text_byline(f"<h1>Headline</h1><p>Contributors: Janet Loughrey</p>{FILLER}") == ["Janet Loughrey"]
    assert _text_byline(f"<h1>Headline</h1><p>by Meaghan Weeden ● December 23, 2025 ● 6 min read</p>{FILLER}") == ["Meaghan Weeden"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("12/19 — 2025\nby ibby", ["ibby"]),  # a one-word signature under the headline
        ("Posted\nby\nBeauHD\non Friday December 19, 2025 @08:00PM", ["BeauHD"]),  # a user name, the stamp after it
        ("by REUTERS", []),  # capitals alone: an agency's, not a writer's
        ("by admin", []),  # a placeholder
        ("By Editor", []),  # a role
    ],
)
def test_a_one_word_byline_just_under_the_headline_names_its_writer(lines: str, expected: list[str]) -> None:
    assert text_byline(f"Headline\n{lines}\nThe story begins here.", "Headline") == expected
    far = "\n".join(f"Paragraph {i} of the story runs on." for i in range(12))
    assert text_byline(f"Headline\n{far}\n{lines}\nMore.", "Headline") == []  # further down: a comment's or a quote's


@pytest.mark.parametrize(
    "lines",
    ["", "by", "by \x00\x01\xff", "by " + "x" * 1_000_000, "Comments\n" * 50_000 + "by ibby", "Posted by " + "2025 " * 10_000],
)
def test_one_word_and_signature_bylines_take_empty_binary_and_huge_input(lines: str) -> None:
    assert text_byline(f"Headline\n{lines}\nThe story begins here.", "Headline") == []


def test_a_posts_dated_signature_names_its_writer_and_a_commenters_does_not() -> None:
    """A blog signing its post at the end ("Posted by David at December 16, 2025 11:15 AM"),
    its comments signed the same way under a "Comments" heading: the post's signature is the
    byline, a commenter's is not, one word or two."""
    story = "\n".join(f"Paragraph {i} of the post runs on." for i in range(12))
    page = f"Vibe Coding\n{story}\nPosted by David at December 16, 2025 11:15 AM\nComments\nI dislike the term.\nPosted by: Karl Sophanus at December 19, 2025 09:28 AM"
    assert text_byline(page, "Vibe Coding") == ["David"]
    unsigned = page.replace("Posted by David at December 16, 2025 11:15 AM\n", "")
    assert text_byline(unsigned, "Vibe Coding") == []  # only a commenter signs
    assert text_byline(f"Vibe Coding\n{story}\nPosted by David\nMore.", "Vibe Coding") == []  # one word, undated, far down


@pytest.mark.parametrize("line", [
    "Von Moritz Bachmann publiziert am 25. September 2018",
    "Par Jeanne Martin publié le 3 mars 2024",
    "Por Ana García publicado el 4 de mayo de 2023",
    "By Jane Doe published March 3, 2024",
])  # fmt: skip
def test_a_bylines_names_end_at_the_stamps_verb_in_other_languages(line: str) -> None:
    name = " ".join(line.split()[1:3])
    assert text_byline(f"Headline\n{line}\nThe story begins here.", "Headline") == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This post was written by Danielle Padula, Head of Marketing and Community Development", ["Danielle Padula"]),
        ("About the Author:\nJuliette Carreiro is a skilled content creator with five years of experience.", ["Juliette Carreiro"]),
        ("The article is written by Jane Doe and John Roe.", ["Jane Doe", "John Roe"]),
        ("This guide was reported by the newsroom team.", []),  # not name-shaped
        ("Cookies are written by your browser.", []),  # no story named as what was written
        ("About the author: she is a writer.", []),
        ("This post was written by\nVanessa Mendez, MD\n, gastroenterologist, Parkview Health.", ["Vanessa Mendez, MD"]),  # letters kept
        ("This post was written by Jane Doe, gastroenterologist, Parkview Health.", ["Jane Doe"]),  # a role is no letters
    ],
)
def test_an_author_note_names_the_writer(text: str, expected: list[str]) -> None:
    from copydesk.extract.byline import author_note_names

    assert author_note_names(text.split("\n")) == expected


def test_an_author_note_is_read_when_no_byline_names_anyone() -> None:
    import copydesk

    story = "<h1>Index types for journals</h1>" + "<p>Indexes help readers find the work that a journal publishes each year.</p>" * 4
    note = "<div><p>This post was written by Danielle Padula, Head of Marketing.</p></div>"
    assert copydesk.extract(f"<html><body><article>{story}</article>{note}</body></html>").authors == ["Danielle Padula"]
    byline = "<p>By Jane Doe</p>"
    assert copydesk.extract(f"<html><body><article>{byline}{story}</article>{note}</body></html>").authors == ["Jane Doe"]
    text = "Index types for journals\n\n" + "Indexes help readers find the work that a journal publishes.\n\n" * 4
    assert copydesk.clean(text + "About the Author:\nDanielle Padula is the head of marketing.").authors == ["Danielle Padula"]


@pytest.mark.parametrize(("line", "names"), [
    ("2025-03-04 10:20 来源：山谷新闻网 作者：王小明", ["王小明"]),  # an info line: date, source, author
    ("记者 王小明 李华", ["王小明", "李华"]),
    ("文／山田太郎", ["山田太郎"]),
    ("홍길동 기자 = 서울", ["홍길동"]),  # Korean: the name before "reporter"
    ("记者了解到，市政府将于明年开工。", []),  # "the reporter learned": a sentence
    ("责任编辑：张三", []),  # the editor in charge is no author
    ("By Jane Doe", []),  # Latin bylines are `lines_byline`'s
])  # fmt: skip
def test_cjk_bylines_under_the_headline(line: str, names: list[str]) -> None:
    assert cjk_byline(["市议会推迟预算表决", line], 0) == names
    assert cjk_byline([line, "市议会推迟预算表决"], 1) == []  # over the headline: not the story's


def test_a_readers_name_in_a_comment_section_is_no_author() -> None:
    """The selectors find a commenter's `class="author"` inside `<section id="comments">`: the
    section, not the name's own class, says whose it is.  WordPress's `<body class="comments-open">`
    is no section."""
    comments = (
        "<section id='comments'><div class='comment'><p class='author'>roadwarrior</p>"
        "<p>Fix the potholes already, my car has been to the shop twice this winter.</p></div></section>"
    )
    page = f"<html><body class='single comments-open'><article><h1>Council delays budget vote</h1>{FILLER}</article>{comments}</body></html>"
    assert copydesk.extract(page).authors == []
    bylined = page.replace("<h1>Council delays budget vote</h1>", "<h1>Council delays budget vote</h1><p class='author'>Sam Ortiz</p>")
    assert copydesk.extract(bylined).authors == ["Sam Ortiz"]


@pytest.mark.parametrize(("raw", "names"), [
    ("Текст: Венера Ерофеева", ["Венера Ерофеева"]),
    ("Text: Hans Müller", ["Hans Müller"]),
    ("Autor: Jan Kowalski", ["Jan Kowalski"]),
    ("Text Jones", ["Text Jones"]),  # no colon: a name
])  # fmt: skip
def test_byline_labels_in_other_languages_are_cut(raw: str, names: list[str]) -> None:
    assert clean_author_names(raw) == names


@pytest.mark.parametrize("placeholder", ["admin", "undefined", "First Name", "Skip to main content", "Webmaster"])
def test_a_byline_naming_no_one_gives_no_author(placeholder: str) -> None:
    """A placeholder, the site's own account or a form's label in an author-classed box names
    nobody, and the box's other links (a menu's) are not read for a name instead."""
    page = (f"<html><body><div class='author'><a href='/u/1'>{placeholder}</a> <a href='/'>Home Page Editors</a></div>"
            f"<article><h1>Council delays budget vote</h1>{FILLER}</article></body></html>")  # fmt: skip
    assert copydesk.extract(page).authors == []
    assert clean_author_names(placeholder) == []


STORY_PARAGRAPH = "<p>" + "A paragraph of the story that goes on long enough to be its body, with words. " * 3 + "</p>"


@pytest.mark.parametrize(("body", "authors"), [
    ('<span id="author">Jenny Smith</span>', ["Jenny Smith"]),
    ('<span id="author-name">Jenny Smith</span>', ["Jenny Smith"]),
    ('<span itemprop="author name">Shannon Deery, Mitch Clarke</span>', ["Shannon Deery", "Mitch Clarke"]),
    ('<div id="authorization-forms"><a>Authorization Forms</a></div>', []),  # an id holding "author" names no one
    ('<figure><img src="a.jpg"><div class="author">Jenny Smith</div></figure>', []),  # the photographer's
    ('<blockquote><p>My quote here</p><p class="quote-author">Jenny Smith</p></blockquote>', []),  # the quoted person's
    ('<div class="author-description">Licensed Coffee Grader, M.A. Journalism</div>', []),  # credentials, no name
    ('<div class="author-bio-info"><span class="user-name">Emma Ryan</span></div>', ["Emma Ryan"]),
    # the name's own marked element inside a marked wrapper that also prints the role
    ('<a class="card-author-name-wrapper"><h2 class="card-author-name">Matt Check</h2><div>Head Winemaker, Co-Founder</div></a>', ["Matt Check"]),
    # a name split over marked parts: the wrapper's text is the name
    ('<span class="author-name"><span class="author-name-first">Jenny</span> <span class="author-name-last">Smith</span></span>', ["Jenny Smith"]),
])  # fmt: skip
def test_byline_elements_and_names_credited_elsewhere(body: str, authors: list[str]) -> None:
    assert copydesk.extract(f"<html><body><article><h1>Headline</h1>{body}{STORY_PARAGRAPH}</article></body></html>").authors == authors


def test_a_story_classed_with_its_authors_user_name_gives_no_byline() -> None:
    # Drupal classes the story's node "node author-<user>" and each field "field-name-…"
    story = (
        '<article class="node node-report author-sarayut"><div class="content">'
        '<div class="field field-name-field-category"><a href="/category/news">ข่าว</a></div>'
        f'<div class="field field-name-body">{STORY_PARAGRAPH}</div><a href="/ads">Advertise with us</a></div></article>'
    )
    assert copydesk.extract(f"<html><body><h1>Headline</h1>{story}</body></html>").authors == []
    # an author box inside the story is read as before
    box = '<div class="author-box"><span class="author-name">Jenny Smith</span></div>'
    assert copydesk.extract(f"<html><body><article><h1>Headline</h1>{box}{STORY_PARAGRAPH}</article></body></html>").authors == ["Jenny Smith"]


@pytest.mark.parametrize("body", [
    '<span class="wrapper--detail__writer">Jenny Smith</span>',
    '<div class="submitted-by"><a>Jenny Smith</a></div>',
])  # fmt: skip
def test_writer_and_submitted_by_classes_mark_bylines(body: str) -> None:
    story = "<p>" + "A story long enough to be the article's body on this test page. " * 5 + "</p>"
    assert copydesk.extract(f"<html><body><article><h1>Headline</h1>{body}{story}</article></body></html>").authors == ["Jenny Smith"]


def test_a_nickname_quoted_inside_a_name_goes() -> None:
    assert clean_author_names('Jenny "The Author" Smith') == ["Jenny Smith"]
    assert clean_author_names("Dwayne “The Rock” Johnson") == ["Dwayne Johnson"]
    assert clean_author_names("Siobhan O'Brien") == ["Siobhan O'Brien"]  # an apostrophe is no quote


def test_a_quotes_attribution_is_no_byline() -> None:
    story = "<p>" + "A story long enough to be the article's body on this test page. " * 5 + "</p>"
    quote = '<div class="quote"><p>My quote here</p><p class="quote-author"><span>—</span> Jenny Smith</p></div>'
    assert copydesk.extract(f"<html><body><article><h1>Headline</h1>{quote}{story}</article></body></html>").authors == []


def test_the_head_scan_gives_the_byline_scan_its_bits_on_every_bundled_page() -> None:
    from copydesk.extract import segment
    from copydesk.extract.byline import PRESENCE_RULES
    from copydesk.extract.page import read_head
    from tests.extract.test_segment_walks import _pages

    fast = segment.segment_fast_module()
    if fast is None:
        pytest.skip("segment_fast is not built here")
    pages = _pages()
    assert len(pages) > 50
    for _name, html in pages:
        tree = LexborHTMLParser(html)
        assert tree.root is not None
        assert read_head(tree).byline_marks == fast.attribute_words(tree.root.mem_id, PRESENCE_RULES)


def test_names_printed_in_capitals_are_written_as_names() -> None:
    # AP's bylines print names in capitals; the agency leaves the byline first
    html = (
        "<html><body><article><h1>Senate passes the bill</h1>"
        '<p class="byline">By LISA MASCARO, SEAN O\'BRIEN and JEAN-LUC PICARD, Associated Press</p>'
        "<p>The Senate passed the bill late on Tuesday after a long debate about its cost and scope.</p>"
        "<p>The House is expected to take it up next week, leaders of both parties said afterwards.</p>"
        "</article></body></html>"
    )
    article = copydesk.extract(html)
    assert article.authors == ["Lisa Mascaro", "Sean O'Brien", "Jean-Luc Picard"]
    assert article.wire_agency == "The Associated Press"
    assert as_written(["NZP0PPY", "Jane DOE", "ERIC TUCKER"]) == ["NZP0PPY", "Jane DOE", "Eric Tucker"]  # handles and mixed case as typed


def _microdata_page(person: str) -> str:
    return (f"<html><head><title>Hybrid computing</title></head><body><article><h1>Hybrid computing</h1>"
            f"<div itemscope itemtype='https://schema.org/DiscussionForumPosting'>{person}</div>{FILLER}</article></body></html>")  # fmt: skip


def test_a_microdata_authors_meta_name_is_read_when_no_byline_is_printed() -> None:
    # nairaland-style: the Person's name only in a <meta>, and a user name (a digit: no person's name)
    person = "<span itemprop='author' itemscope itemtype='https://schema.org/Person'><meta itemprop='name' content='Alphabyte1'></span>"
    article = copydesk.extract(_microdata_page(person))
    assert (article.authors, article.authors_source) == (["Alphabyte1"], "microdata")


def test_a_microdata_meta_name_naming_a_person_is_the_byline() -> None:
    person = "<span itemprop='author' itemscope><meta itemprop='name' content='Jane Doe'></span>"
    assert copydesk.extract(_microdata_page(person)).authors == ["Jane Doe"]


def test_a_meta_name_outside_an_author_is_no_author() -> None:
    product = "<span itemprop='brand' itemscope><meta itemprop='name' content='Acme1'></span>"
    assert copydesk.extract(_microdata_page(product)).authors == []


@pytest.mark.parametrize("content", ["", "x" * 1_000_000, "\x00\ufffd\x01" * 1000, "<b>Jane</b> " * 5000])
def test_a_microdata_meta_name_out_of_bounds_names_no_one(content: str) -> None:
    # empty, huge, binary or markup-stuffed: read up to MAX_BYLINE_CHARS + 1 characters, no name
    person = f"<span itemprop='author' itemscope><meta itemprop='name' content='{content}'></span>"
    assert copydesk.extract(_microdata_page(person)).authors == []


COMMENT_LINES = ["Comments", "5 Comments", "Leave a Reply", "Reply", "12 Responses to “A story”", "One Response", "COMMENTS (3)",
                 "Post a comment", "İ Comments", "\u212aomments", "Comment policy: a sentence long enough to be no heading",
                 "x" * 45 + " comments", "Jane Doe", "The story goes on.", ""]  # fmt: skip


def _comments_heading_walked(lines: list[str], start: int, end: int) -> int:
    """`byline._comments_heading` as every line walked in Python."""
    for i in range(start, min(end, len(lines))):
        line = lines[i].strip()
        hinted = len(line) <= 40 and any(hint in line.lower() for hint in ("comment", "repl", "respons"))
        if hinted and (COMMENT_BREAK.fullmatch(line) or COMMENT_COUNT.match(line)):
            return i
    return end


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(COMMENT_LINES), max_size=12), st.integers(0, 8), st.integers(0, 15))
@example(["Jane Doe", "The story goes on.", "5 Comments", "Reply"], 1, 4)
@example(["Leave a Reply", "İ Comments"], 0, 2)  # "İ" lower-cases to ASCII: the scan gives up, every line is tried
def test_the_comments_heading_scan_finds_the_line_a_walk_of_every_line_finds(lines: list[str], start: int, end: int) -> None:
    assert _comments_heading(lines, start, end) == _comments_heading_walked(lines, start, end)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Shannon Williams, Journalist", ["Shannon Williams"]),  # one capitalised word after a comma: a title
        ("By Chris McNamara ⋅ Founder and Editor-in-Chief ⋅ Updated May 6, 2025", ["Chris McNamara"]),  # "⋅" parts like "·"
        ("By Ben Applebaum-Bauch ⋅ Review Editor", ["Ben Applebaum-Bauch"]),
        ("by Jacob Trussell —10 min read", ["Jacob Trussell"]),  # a dash before a number with no space after it
        ("By Jane Doe, John Smith", ["Jane Doe", "John Smith"]),  # two names stay two names
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("By Jane Doe, MD", ["Jane Doe, MD"]),  # letters after the name stay with it
        ("By Journalist, Jane Doe", []),  # a title first is no name
        ("By Jane Doe and Journalist", []),  # only a comma sets a title off
    ],
)
def test_a_byline_line_names_its_writers_and_leaves_their_titles(line: str, names: list[str]) -> None:
    assert text_byline(f"Headline of the story\n{line}\n{FILLER}", "Headline of the story") == names


def test_a_by_line_under_the_headline_overrides_names_read_off_author_links_alone() -> None:
    # no element marks a byline: the story's "by …" line is text in the standfirst's box, and the
    # only link to an author's page is a teaser card's further down (held-out: Prospect's page
    # named the teaser's writer)
    import copydesk

    html = (
        "<html><body><h1>Bridge vote passes</h1><div class='post-info'><h3>The council's long debate ends</h3>"
        "by Duncan Bell / January 19, 2017 /</div>" + STORY + STORY
        + "<div class='more'><div class='title'><a href='/the-old-bridge'>The old bridge</a></div>"
        "<div class='title3'><a href='/author/geoff-dench'>Geoff Dench</a> / December 18, 2004</div></div></body></html>"
    )
    article = copydesk.extract(html)
    assert article.authors == ["Duncan Bell"]
    # with no byline line, the author link's names stand
    alone = copydesk.extract(html.replace("by Duncan Bell / January 19, 2017 /", "January 19, 2017"))
    assert alone.authors == ["Geoff Dench"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Valentina Palladino - Aug 10, 2016 11:15 am UTC", ["Valentina Palladino"]),  # a dash between: a stamp past 8 words
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ["Chris Davies"]),
        ("Mental Health DECEMBER 22, 2022 Updated: JANUARY 02, 2026", []),  # a category over the headline, no dash
    ],
)
def test_a_name_dashed_from_a_long_date_is_the_stamps_writer(line: str, expected: list[str]) -> None:
    from copydesk.extract.stamps import stamp_byline

    assert stamp_byline(["Bridge vote passes", line, "The council met on Tuesday and voted on the new bridge."], 0, True) == expected


def test_a_follow_buttons_label_ends_the_byline() -> None:
    from copydesk.extract.byline import lines_byline

    assert lines_byline(["Bridge vote passes", "By Abraham Riesman Follow @abrahamjoseph", "The council met."], "Bridge vote passes") == ["Abraham Riesman"]


def test_the_byline_under_the_headline_is_read_before_teasers_bylines_over_it() -> None:
    # a mega-menu's teasers print three writers over the headline: the page is no listing when a
    # "By" line stands under its headline (held-out: a New Yorker story named no one in text mode)
    from copydesk.extract.byline import lines_byline

    teasers = ["By Ann Lee", "Teaser one", "By Bo Chan", "Teaser two", "By Cy Diaz", "Teaser three"]
    lines = [*teasers, "Bridge vote passes", "By Alex Hutchinson", "The council met on Tuesday."]
    assert lines_byline(lines, headline_at=6) == ["Alex Hutchinson"]
    assert lines_byline(lines[:6]) == []  # three writers and no headline: a listing's bylines


def test_names_joined_over_a_date_line_with_its_day_are_the_writers() -> None:
    # the Guardian's stamp: the writers' names on a line of their own, the date under them after
    # the day's name; a section's name joined so ("News and Politics") is no writer
    from copydesk.extract.stamps import stamp_byline

    stamp = "Tuesday 29 November 2016 15.26 EST"
    lines = ["Protesters hold out", "A standfirst of a sentence.", "Julia Carrie Wong and Sam Levin", stamp, "The story."]
    assert stamp_byline(lines, 0, False) == ["Julia Carrie Wong", "Sam Levin"]
    assert stamp_byline(["Protesters hold out", "Julia Carrie Wong", stamp, "The story."], 0, False) == ["Julia Carrie Wong"]
    assert stamp_byline(["Protesters hold out", "News and Politics", stamp, "The story."], 0, False) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst", ["Joan Biskupic"]),  # the story's genre, then "by"
        ("Opinion by Jane Doe", ["Jane Doe"]),
        ("Eine Analyse von Caspar Schwietering", ["Caspar Schwietering"]),
        ("Ein Kommentar von Anna Berg", ["Anna Berg"]),
        ("Autori: Anna Ūdre (LTV Ziņu dienesta ārzemju ziņu redaktore)", ["Anna Ūdre"]),  # "Author" in Latvian, a role in brackets
        ("Author: Julia Hitz (eg)", ["Julia Hitz"]),  # the editor's initials in brackets
        ("Von Olaf Kempin (Autor)", ["Olaf Kempin"]),
        ("by Bob Yirka , Phys.org", ["Bob Yirka"]),  # the outlet by its web address
        ('By Amanda "Tania Mae" Tan November 19, 2023 7:18 pm', ["Amanda Tan"]),  # a nickname in quotes
        ("Review of the year by numbers", []),  # no genre label: "Review of"
    ],
)
def test_byline_labels_notes_and_outlets_around_the_names(line: str, expected: list[str]) -> None:
    from copydesk.extract.byline import lines_byline
    from copydesk.extract.metadata import clean_author_names

    found = lines_byline(["Bridge vote passes", line, "The council met on Tuesday and voted on the new bridge."], headline_at=0)
    assert [name for raw in found for name in clean_author_names(raw)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare", ["Christoph Becker"]),  # date, time, name, a count
        ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", ["Markus Reuter"]),
        ("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013", ["Cory Doctorow"]),  # slashes, the time and the day before the date
        ("Yang Sun March 3, 2024", ["Yang Sun"]),  # a day's name alone before the date may be a surname
        ("By Daniel Renfrow April 12, 2024", ["Daniel Renfrow"]),  # the names end before the date's month
        ("By June Carter Mar. 3, 2024", ["June Carter"]),
    ],
)
def test_stamps_with_times_counts_and_slashes_around_the_name(line: str, expected: list[str]) -> None:
    from copydesk.extract.stamps import stamp_byline

    assert stamp_byline(["Bridge vote passes", line, "The council met on Tuesday and voted on the new bridge."], 0, False) == expected


def test_a_name_over_an_abbreviated_days_date_line_is_the_writer() -> None:
    # "Sa 13 Jul 2019": a German blog's stamp opens with the day's name abbreviated
    from copydesk.extract.stamps import stamp_byline

    lines = ["The First Decade", "Maximilian Steinbeis", "Sa 13 Jul 2019", "Maximilian Steinbeis is a legal journalist.", "The story."]
    assert stamp_byline(lines, 0, False) == ["Maximilian Steinbeis"]
    assert stamp_byline([*lines[:2], "Sat. 13 Jul 2019", *lines[3:]], 0, False) == ["Maximilian Steinbeis"]


@pytest.mark.parametrize(
    ("name_line", "expected"),
    [
        ("Richard Adams Education editor", ["Richard Adams"]),  # the role run on after the name, no comma
        ("Jessica Elgot Chief political correspondent", ["Jessica Elgot"]),
        ("Mary Jane Smith Education editor", ["Mary Jane Smith"]),
        ("Design Style guide", []),  # no role word
    ],
)
def test_a_name_and_its_role_run_on_over_a_date_line(name_line: str, expected: list[str]) -> None:
    from copydesk.extract.stamps import stamp_byline

    lines = ["Bridge vote passes", "A standfirst of a sentence.", name_line, "Mon 20 Jan 2020 06.05 GMT", "The story."]
    assert stamp_byline(lines, 0, False) == expected


def test_an_embedded_posts_signature_names_no_writer() -> None:
    from copydesk.extract.stamps import stamp_byline

    lines = ["Adele on stage", "A sentence of the story.", "A post shared by Spice Girls (@spicegirls) on Jun 16, 2019 at 7:30am PDT", "More."]
    assert stamp_byline(lines, 0, False) == []


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (["Date 10.06.2013", "Author Julian Tompkin", "Keywords wine, Ahr"], ["Julian Tompkin"]),  # the story's fact table
        (["Genre Nature, Science", "Author J. B. Mackinnon", "Format Hardcover"], []),  # a book's specifications: no date
        (["Date 10.06.2013", "Author Website", "Keywords wine, Ahr"], []),  # one word: a menu's entry
        (["Date 10.06.2013", "author julian tompkin", "Keywords wine, Ahr"], []),  # the label in capitals
    ],
)
def test_an_author_row_without_its_colon_beside_a_date_is_a_byline(rows: list[str], expected: list[str]) -> None:
    from copydesk.extract.byline import lines_byline

    lines = ["Uncork the mystery of the grape", *(["A sentence of the story, long enough to be one."] * 12), *rows, "More."]
    assert lines_byline(lines, "Uncork the mystery of the grape") == expected


def test_a_video_players_microdata_author_is_the_videos_not_the_storys() -> None:
    from copydesk import extract

    story = "".join(f"<p>Paragraph {i} of the test report on the grill, its heat and the steaks it made.</p>" for i in range(6))
    page = (
        '<html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1>Beef Maker in the test</h1>'
        '<p class="details"><time>19.03.2019 11:45</time> | von <span itemprop="author">Inga Buller</span></p>'
        '<div class="player"><video src="clip.mp4"><div itemprop="author" itemscope itemtype="https://schema.org/Organization">'
        f'<meta itemprop="name" content="CHIP"></div></video></div>{story}</article></body></html>'
    )
    assert extract(page).authors == ["Inga Buller"]


def test_bylines_among_lines_reads_each_line_as_opens_as_byline_does() -> None:
    """One scan of the lines finds the lines `opens_as_byline` reads, and no match runs on from
    a line's "By" into the next line's words."""
    lines = ["By Jane Doe", "By", "Jane Doe", "Council votes to replace the old river bridge", "Von Anna Berg", "Standby power", ""]
    assert bylines_among(lines) == [i for i, line in enumerate(lines) if opens_as_byline(line)] == [0, 4]
    assert bylines_among([]) == []


def test_forum_poster_reads_the_same_with_the_selector_parts_no_element_can_match_left_out() -> None:
    """`forum_poster` runs only the parts of FORUM_POSTER_PARTS whose attribute test some
    element passes: on every bundled page, and on forum markup in letter cases CSS may or may
    not ignore, it names whom the whole selector names."""
    from copydesk.extract.segment import segment_fast_module
    from tests.extract.test_segment_walks import _pages

    if segment_fast_module() is None:
        pytest.skip("the compiled walk is not built here")
    pages = [html for _name, html in _pages()] + [
        f"<html><body><div class='{cls}'><a href='/u/1'>jane_doe</a></div><p>First post.</p></body></html>"
        for cls in ("poster", "POSTER", "PostUser-name", "postuser-name", "ipsUsername", "ipsusername", "x-username-y")
    ] + ['<html><body><div itemprop="author"><span itemprop="name">Ann Lee</span></div></body></html>']
    named = 0
    for html in pages:
        tree = LexborHTMLParser(html)
        whole = forum_poster(tree, clean_author_names, compiled=False)
        assert forum_poster(tree, clean_author_names) == whole, html[:200]
        named += bool(whole)
    assert named >= 8  # the forum markup above names its posters: the comparison is not of empty answers


@pytest.mark.parametrize(("body", "expected"), [
    ('<div class="autore">di Marco Rossi</div>', ["Marco Rossi"]),
    ('<span class="autor">Por Ana García</span>', ["Ana García"]),
    ('<p class="auteur-nom">Par Jean Dupont</p>', ["Jean Dupont"]),
    ('<a class="autorefs" href="#f">Field Info</a>', []),  # mkdocs' cross-references: no author
    ('<div class="autoresize">Some Name</div>', []),
])  # fmt: skip
def test_other_languages_author_classes_are_bylines_and_lookalikes_are_not(body: str, expected: list[str]) -> None:
    from copydesk.extract.byline import selector_byline

    tree = LexborHTMLParser(f"<html><body>{body}<p>Story.</p></body></html>")
    assert selector_byline(tree, clean_author_names) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Patricio Candia | Palma de Mallorca | 08/01/2014", ["Patricio Candia"]),  # name, place, date
    ("Jane Doe | Reuters | 5 March 2024", ["Jane Doe"]),
    ("Jane Doe • Politics • March 5, 2024", ["Jane Doe"]),
    ("Jane Doe | John Smith", ["Jane Doe", "John Smith"]),  # no date: names between bars
    ("By Jane Doe | March 5, 2024", ["Jane Doe"]),
])  # fmt: skip
def test_a_stamps_dated_fields_name_their_first_field_only(raw: str, expected: list[str]) -> None:
    assert clean_author_names(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Di Marco Rossi e Luca Bianchi", ["Marco Rossi", "Luca Bianchi"]),  # Italian "e"
    ("Door Pieter de Vries en Jan Jansen", ["Pieter de Vries", "Jan Jansen"]),  # Dutch "en"
    ("Av Erik Andersson och Anna Berg", ["Erik Andersson", "Anna Berg"]),  # Swedish "och"
    ("Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),  # Polish "i"
    ("E. Jean Carroll", ["E. Jean Carroll"]),  # a capital initial is no "e"
    ("作者：张三", ["张三"]), ("记者 张三", ["张三"]), ("文／山田太郎", ["山田太郎"]), ("記者：山田太郎", ["山田太郎"]),
    ("글 김철수 기자", ["김철수"]), ("김철수 기자", ["김철수"]),  # Korean's "text" and "reporter" around the name
])  # fmt: skip
def test_co_authors_and_labels_in_other_languages(raw: str, expected: list[str]) -> None:
    assert clean_author_names(raw) == expected
