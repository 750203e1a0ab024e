"""Markdown output read back by a CommonMark parser: each block stays the kind it is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk.cli.render import escape_line_start, to_markdown
from copydesk.model import Article, Block, BlockKind, Dateline

markdown_it = pytest.importorskip("markdown_it")
PARSER = markdown_it.MarkdownIt("commonmark").enable("table")


def _kinds(markdown: str) -> list[str]:
    """The top-level block tokens CommonMark reads (paragraph, heading, bullet_list, ...)."""
    return [token.type.removesuffix("_open") for token in PARSER.parse(markdown) if token.level == 0 and token.nesting >= 0]


def _paragraph_text(markdown: str) -> str:
    tokens = PARSER.parse(markdown)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], markdown
    return "".join(child.content for child in tokens[1].children or [] if child.type == "text")


@pytest.mark.parametrize(
    "text",
    [
        "# 1 pick of the week", "## Not a heading", "> not a quote", "- not a list", "+ not a list", "* not a list",
        "2016. A year to remember", "3) Three things", "---", "***", "===", "```python", "~~~",
        "<div> is a block element", "<!-- a comment -->", "[1]: the first note",
    ],
)
def test_a_paragraph_that_opens_like_another_block_stays_a_paragraph(text: str) -> None:
    markdown = to_markdown(Article(blocks=[Block(BlockKind.PARAGRAPH, text)]))
    assert _kinds(markdown) == ["paragraph"]
    assert _paragraph_text(markdown) == text


@given(st.text(alphabet="#>-+*=_~`.)0123456789 abc<[]:/!?|", min_size=1, max_size=12).map(str.strip).filter(bool))
def test_escaped_paragraphs_read_back_as_one_paragraph_of_the_same_text(text: str) -> None:
    markdown = escape_line_start(text)
    kinds = _kinds(markdown)
    if kinds == ["paragraph"]:  # inline marks (emphasis, code spans) may still style it; the block is a paragraph
        return
    pytest.fail(f"{text!r} rendered as {markdown!r} reads as {kinds}")


def test_plain_paragraphs_are_not_escaped() -> None:
    assert escape_line_start("The council met on Tuesday.") == "The council met on Tuesday."
    assert escape_line_start("#hashtag") == "#hashtag"  # no space after '#': not a heading
    assert escape_line_start("2016 was a year") == "2016 was a year"


def test_code_with_a_fence_inside_gets_a_longer_fence() -> None:
    code = "print('a')\n```\nnot the end"
    tokens = PARSER.parse(to_markdown(Article(blocks=[Block(BlockKind.CODE, code)])))
    assert [t.type for t in tokens] == ["fence"]
    assert tokens[0].content == code + "\n"


def test_table_rows_become_one_pipe_table() -> None:
    rows = [Block(BlockKind.TABLE, "Team | Wins"), Block(BlockKind.TABLE, "Leafs | 3"), Block(BlockKind.TABLE, "Habs")]
    markdown = to_markdown(Article(blocks=[Block(BlockKind.PARAGRAPH, "Standings:"), *rows]))
    assert _kinds(markdown) == ["paragraph", "table"]
    cells = [t.content for t in PARSER.parse(markdown) if t.type == "inline"][1:]
    assert cells == ["Team", "Wins", "Leafs", "3", "Habs", ""]


def test_the_byline_line_names_authors_agency_dateline_and_date() -> None:
    article = Article(title="Dion at the UN", authors=["Jane Doe"], wire_agency="The Canadian Press",
                      dateline=Dateline("OTTAWA"), published="2016-09-28", blocks=[Block(BlockKind.PARAGRAPH, "Text.")])  # fmt: skip
    lines = to_markdown(article).split("\n\n")
    assert lines[:2] == ["# Dion at the UN", "*Jane Doe · The Canadian Press · OTTAWA · 2016-09-28*"]
    article.authors = ["The Canadian Press"]  # an agency credited as the author is named once
    assert to_markdown(article).split("\n\n")[1] == "*The Canadian Press · OTTAWA · 2016-09-28*"


def test_asterisks_in_a_caption_do_not_end_its_emphasis() -> None:
    markdown = to_markdown(Article(blocks=[Block(BlockKind.CAPTION, "The *new* bridge, 2019 * estimate")]))
    tokens = PARSER.parse(markdown)
    inline = next(t for t in tokens if t.type == "inline")
    types = [child.type for child in inline.children or []]
    assert types[0] == "em_open" and types[-1] == "em_close" and types.count("em_open") == 1
