"""Scraped text that is Markdown is read through the HTML it stands for (`clean.markdown`): its facts
from that HTML, its text cleaned from the HTML's blocks as lines."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.clean.markdown import (
    join_broken_links,
    laid_out,
    looks_like_markdown,
    markdown_html,
    with_title_line,
)
from copydesk.extract.page import parse_page
from copydesk.model import PageType
from copydesk.readers.sniff import looks_like_html

STORY = [
    "The county's water board voted on Wednesday to raise rates by nine percent from July, the first increase in four years.",
    "Board members said the money would pay for replacing cast-iron mains laid in the 1950s, which break several times a month.",
    "Residents who spoke at the meeting asked for a cheaper rate for pensioners and for families with young children.",
    "The board agreed to study a discount and report back in the autumn, before the second stage of the increase.",
]
PAGE = f"""[Skip to content](#main)

* [Home](https://courier.example/)
* [News](https://courier.example/news)
* [Sport](https://courier.example/sport)

# Water rates to rise nine percent

By [Lena Park](https://courier.example/author/lena-park) | May 14, 2026

![Workers replace a water main](https://courier.example/img/main.jpg)

{STORY[0]}

{STORY[1]}

**READ MORE:** [Water rates went up in 2022 too](https://courier.example/news/2022-rates)

{STORY[2]}

{STORY[3]}

## Related stories

* [School board weighs a longer day](https://courier.example/news/school)
* [New bus routes start on Monday](https://courier.example/news/bus)

© 2026 County Courier. All rights reserved. [Privacy](https://courier.example/privacy)
"""


def test_a_scrapers_markdown_page_is_read_as_its_html() -> None:
    article = copydesk.clean(PAGE)
    assert (article.title, article.authors, article.published) == ("Water rates to rise nine percent", ["Lena Park"], "2026-05-14")
    assert article.text == "\n\n".join(STORY)  # no menu, picture, pointer, related list or footer; no link syntax
    assert [link.url for link in article.related] == ["https://courier.example/news/school", "https://courier.example/news/bus"]
    assert article.page_type is PageType.OTHER  # untyped, as cleaning leaves text


def test_a_renderings_blocks_are_laid_out_as_html_text_lays_out_a_page() -> None:
    # the line model's blank-line columns were learnt on html-text's layout: a blank line around
    # paragraphs, headings, lists and code, a line break between list items and table rows, a code
    # block on one line (and kept as written); joined a block a line, WCXB's markdownify pages lost 0.014
    markdown = "# Rates\n\nFirst paragraph.\n\n* one\n* two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx = 1\ny = 2\n```\n\nLast *line*.\n"
    text, code = laid_out(parse_page(markdown_html(markdown)).seg)
    assert text == "Rates\n\nFirst paragraph.\n\none\ntwo\n\na b\n1 2\n\nx = 1 y = 2\n\nLast line."
    assert code == {"x = 1 y = 2": "x = 1\ny = 2"}


CODE = """```
pip install copydesk
copydesk extract page.html --format json
```"""


def test_a_markdown_pages_code_block_keeps_its_lines() -> None:
    # read on one line by the line model, printed as written and typed as code
    article = copydesk.clean(PAGE.replace(f"{STORY[2]}\n", f"{STORY[2]}\n\n{CODE}\n"))
    code = [block for block in article.blocks if block.kind == "code"]
    assert [block.text for block in code] == ["pip install copydesk\ncopydesk extract page.html --format json"]
    assert article.text == "\n\n".join([*STORY[:3], code[0].text, STORY[3]])


def test_markdown_whose_menus_are_indented_is_read_as_markdown() -> None:
    # html2text indents a list's items ("  * [News](…)", nested "  *   * [Home](…)") and a heading
    # inside one ("  * #### Contents"): the sniff had looked for them at the line's start only
    menu = "  * #### Contents\n\n  *   * [Home](index.html)\n" + "\n".join(f"    * [Chapter {n}](chapter-{n}.html)" for n in range(5))
    assert looks_like_markdown(f"{menu}\n\n" + "\n\n".join(STORY))
    assert not looks_like_markdown("  * Home\n  * News\n\n" + "\n\n".join(STORY))  # no link syntax

@pytest.mark.parametrize(
    ("wrapped", "joined"),
    [
        # an address broken after its hyphens (twice, and with brackets in it), as textwrap breaks it
        ("![](https://cdn.example/wp-\ncontent/focal(1x2)/a-\nb.jpg) and", "![](https://cdn.example/wp-content/focal(1x2)/a-b.jpg) and"),
        ("> ![](https://cdn.example/wp-\n> content/a.jpg)\n>\n> Quote.", "> ![](https://cdn.example/wp-content/a.jpg)\n>\n> Quote."),  # in a quote
        ('[Rates](https://courier.example/water-\nrates "Water rates")', '[Rates](https://courier.example/water-rates "Water rates")'),  # a title after it
        # a heading's line broken inside its link (a heading is one line to Markdown)
        ('#  [Water rates to rise nine\npercent](https://courier.example/rates "Permalink to\nWater rates")\n\nText.', '#  [Water rates to rise nine percent](https://courier.example/rates "Permalink to Water rates")\n\nText.'),
        # a nested list's items, four spaces in after a paragraph (html2text's), are a list, not code
        ("Menu\n\n    * [Home](/)\n    * [News](/news)\n      * [Local](/local)", "Menu\n\n* [Home](/)\n* [News](/news)\n  * [Local](/local)"),
    ],
)
def test_a_wrappers_breaks_in_links_are_joined_back(wrapped: str, joined: str) -> None:
    assert join_broken_links(wrapped) == joined


@pytest.mark.parametrize(
    "kept",
    [
        "well-\nknown water-\nboard",  # a word broken in prose is reflow's to join, not an address
        "    x = 1\n    * y",  # code (not all list items) stays code
        "# Rates\nThe board voted.",  # a heading with no open link stays one line
    ],
)
def test_text_outside_broken_links_is_left_as_it_is(kept: str) -> None:
    assert join_broken_links(kept) == kept


def test_link_syntax_the_parser_could_not_read_is_not_printed() -> None:
    # markdownify prints a link around a teaser's blocks ("[" / "" / "Headline](/story)"): Markdown
    # cmark cannot read, printed as text before; the words stay for the line model to judge
    markdown = "Lead paragraph.\n\n[\n\nSchool board weighs a longer day](/news/school)\n\n![Workers]( \"Workers on Main St\")\n"
    text, _ = laid_out(parse_page(markdown_html(markdown)).seg)
    assert text == "Lead paragraph.\n\nSchool board weighs a longer day\n\nWorkers"


def test_a_wrapped_markdown_page_keeps_no_link_syntax() -> None:
    # html2text's 78 columns: an address broken at its hyphens, a sub-menu indented four spaces
    page = PAGE.replace("https://courier.example/img/main.jpg", "https://courier.example/wp-\ncontent/uploads/2026/05/water-\nmain.jpg")
    page = page.replace("* [Sport](https://courier.example/sport)", "* [Sport](https://courier.example/sport)\n\n    * [Local sport](/sport/local)\n    * [Cricket](/sport/cricket)")
    article = copydesk.clean(page)
    assert article.text == "\n\n".join(STORY)


def test_a_markdown_page_is_read_under_a_line_naming_it() -> None:
    # crawlers' text renderings open with the page's <title>, which the cleaner anchors on; a
    # scraper's Markdown prints none, and the first menu line stood in for it
    def titled(markdown: str, page_title: str | None = None) -> str:
        seg = parse_page(markdown_html(markdown)).seg
        return with_title_line(laid_out(seg)[0], seg, page_title, "Headline")

    assert titled("[Log in](/login)\n\n# Headline") == "Headline\n\nLog in\n\nHeadline"
    assert titled("* [Home](/)\n\n# Headline", "Headline | Courier") == "Headline | Courier\n\nHome\n\nHeadline"
    assert titled("Courier\n\n[Log in](/login)\n\n# Headline") == "Courier\n\nLog in\n\nHeadline"  # markdownify prints the <title>
    assert titled("[Headline](/story)\n\n# Headline") == "Headline\n\nHeadline"  # the first link is to the story


TEASERS = [
    "The mayor said on Monday that the new library would open in June after two years of delays and rising costs.",
    "A local bakery has won a national prize for its sourdough, beating more than two hundred entries from across the country.",
]


def test_a_markdown_pages_headline_is_not_printed_in_its_text() -> None:
    # under teasers, the headline had been read as the story's heading, the page named by "Log in"
    page = "[Log in](/login)\n\n" + "\n\n".join(TEASERS) + "\n\n# Water rates to rise nine percent\n\n" + "\n\n".join(STORY)
    article = copydesk.clean(page + "\n\n* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n")
    assert article.title == "Water rates to rise nine percent"
    assert article.text.endswith("\n\n".join(STORY)) and article.title not in article.text

COMMENTS = """
## 3 Comments

**roofer_joe** says:

November 19, 2019 at 6:34 am

About time they fixed the mains, they have been falling apart for years.

**anna_k** says:

November 19, 2019 at 7:02 am

Who is paying for this, though? Not the people who actually use the water.

**mike** says:

November 19, 2019 at 8:15 am

I will believe it when I see the new pipes in the ground on my street.
"""


def test_a_markdown_pages_comments_are_cut_as_text_mode_cuts_them() -> None:
    # HTML mode on the bare rendering (no class or id says "comments") kept them and the footer
    article = copydesk.clean(PAGE.replace("## Related stories", COMMENTS + "\n## Related stories"))
    assert article.text == "\n\n".join(STORY)
    assert (article.title, article.authors, article.published) == ("Water rates to rise nine percent", ["Lena Park"], "2026-05-14")
    assert [link.url for link in article.related] == ["https://courier.example/news/school", "https://courier.example/news/bus"]


def test_markdown_without_a_heading_line_is_read_by_its_link_lines() -> None:
    # headings printed as bold lines, a menu of relative links ("index.html"), as markdownify prints some pages
    menu = "\n".join(f"* [Section {n}](section-{n}.html)" for n in range(6))
    page = f"{menu}\n\n**Water rates to rise nine percent**\n\n" + "\n\n".join(STORY)
    assert looks_like_markdown(page)
    assert copydesk.clean(page).text.endswith(STORY[-1]) and "Section 3" not in copydesk.clean(page).text


@pytest.mark.parametrize("url", [None, "https://courier.example/news/2026/05/14/water-rates"])
def test_typed_markdown_gets_the_text_models_page_type(url: str | None) -> None:
    # the HTML page-type model took the bare rendering for documentation without a URL
    article = copydesk.clean(PAGE, url=url, page_type=True)
    assert article.page_type is PageType.ARTICLE and article.text == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "text",
    [
        "\n\n".join(STORY),  # plain text
        # a story printing Markdown source: links and a heading, but no menu line or picture
        (
            "# The best CRM software\n\nChoosing the right [CRM](https://a.example/crm) is a balancing act, says "
            "[FlowCandy](https://b.example) and [SmartSites](https://c.example/) in a long paragraph of text."
        ),
        # a reference list of links without a heading
        "References\n\n[mayoclinic.org](https://www.mayoclinic.org)\n\n[osha.gov](https://www.osha.gov)\n\n[cdc.gov](https://www.cdc.gov)",
        "",
    ],
)
def test_text_that_only_quotes_markdown_is_cleaned_as_lines(text: str) -> None:
    assert not looks_like_markdown(text)


def test_the_scraper_page_is_markdown() -> None:
    assert looks_like_markdown(PAGE)


@pytest.mark.parametrize(
    "tail",
    ["[" * 200_000 + "](/x)", "*a " * 200_000, "".join("  " * i + "* item\n" for i in range(3_000)), "[a](/b) " * 300_000, ">" * 100_000 + " x"],
)
def test_hostile_markdown_returns_an_article_or_a_reason(tail: str) -> None:
    # open brackets, emphasis marks, nested lists, a flood of links, nested quotes: cmark is linear on each
    article = copydesk.clean("# T\n\n* [Home](/)\n* [News](/n)\n* [Sport](/s)\n\n" + tail)
    assert isinstance(article.text, str) and (article.text or article.drop_reason)


ENVELOPE = (
    "Title: Water rates to rise nine percent | County Courier\n\n"
    "URL Source: https://courier.example/news/water-rates\n\n"
    "Published Time: 2026-05-14T10:00:00Z\n\n"
    "Markdown Content:\n"
)


@pytest.mark.parametrize("page_type", [False, True])
def test_a_reader_services_envelope_gives_the_pages_facts(page_type: bool) -> None:
    # Jina Reader's output: the fields, then "Markdown Content:" and the page as Markdown
    undated = PAGE.replace(" | May 14, 2026", "").split("\n© 2026")[0]  # no date printed (nor the footer the model keeps then)
    article = copydesk.clean(ENVELOPE + undated, page_type=page_type)
    assert article.url == "https://courier.example/news/water-rates"
    assert (article.published, article.published_source) == ("2026-05-14T10:00:00Z", "meta")
    assert article.title == "Water rates to rise nine percent" and article.text == "\n\n".join(STORY)
    given = copydesk.clean(ENVELOPE + PAGE, url="https://other.example/x")
    assert given.url == "https://other.example/x"  # the caller's address first


def test_an_envelope_over_plain_text_is_read_too() -> None:
    # the text under it is cleaned as lines (one line a paragraph, as Markdown would not read it)
    article = copydesk.clean(ENVELOPE.replace("Title: Water", "Title: Plain water") + "\n".join(STORY))
    assert article.text == "\n\n".join(STORY) and article.url == "https://courier.example/news/water-rates"
    assert article.published == "2026-05-14T10:00:00Z"


def test_markdown_with_a_few_inline_tags_is_not_sniffed_as_html() -> None:
    # a scraper's table cell with "<br>": still Markdown; a page's source (<html>, <body>) is HTML
    assert not looks_like_html((PAGE + "\n\n| Rate | Note |\n|---|---|\n| 9% | from July<br>first in four years |\n").encode())
    assert looks_like_html(b"<html><body><h1>T</h1>\n\n# T\n\n* [a](/b)\n* [c](/d)\n[e](/f)</body></html>")
    assert looks_like_html(b"<p>A paragraph.</p>") and not looks_like_html("\n\n".join(STORY).encode())


@pytest.mark.parametrize(
    "text",
    [
        "Title: " + "x" * 1_000_000,  # a "Title:" opening with no envelope's end: no envelope
        "Title: \x00\x01\nURL Source: \x00\n\nMarkdown Content:\n" + "\x00\x01" * 1000,  # binary fields and body
        "Title: T\n\nMarkdown Content:\n",  # an envelope over nothing
        "Title: T\nURL Source: " + "u" * 100_000 + "\n\nMarkdown Content:\n# T\n\n* [a](/b)\n* [c](/d)\n[e](/f)",  # a huge field
    ],
)
def test_malformed_envelopes_return_an_article_or_a_reason(text: str) -> None:
    article = copydesk.clean(text)
    assert isinstance(article.text, str) and (article.text or article.drop_reason)


@pytest.mark.parametrize("data", [b"", b"\xff\xfe\x00<div>" + bytes(range(256)) * 40, b"<br>" + b"](" * 5_000])
def test_the_sniff_takes_binary_and_empty_bytes(data: bytes) -> None:
    assert isinstance(looks_like_html(data), bool)  # undecodable bytes are replaced, not raised on
