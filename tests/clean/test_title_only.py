"""A page whose text is only its title (a script-built page crawled before it ran) has no article."""

from __future__ import annotations

import pytest

from copydesk import clean


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Help picking a full size keyboard - Custom keyboards - Keyboard Forum", "Help picking a full size keyboard"),
        ("Striped Wool Runner Rug | Rug Shop US", "Striped Wool Runner Rug"),
    ],
)
def test_a_lone_title_line_is_the_title_not_the_body(text: str, title: str) -> None:
    """The line is the page's <title>: its site name is cut, as from any first line."""
    article = clean(text)
    assert article.title == title
    assert article.text == ""
    assert article.drop_reason == "clean:no_content"


def test_a_title_with_a_story_keeps_both() -> None:
    story = "The council approved the new bridge on Tuesday after a long debate about its cost."
    article = clean(f"Council approves the new bridge\n\n{story}")
    assert article.title == "Council approves the new bridge"
    assert story in article.text


def test_a_lone_sentence_is_still_an_article() -> None:
    """A single line that reads as prose (punctuated, eight words or more) is kept as the body."""
    line = "Hello there, this is a sentence that reads like prose"
    assert clean(line).text == line
