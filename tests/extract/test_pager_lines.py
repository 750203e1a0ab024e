"""A pager printed as a line closes no story (`patterns.is_pager_line`, `tidy.is_navigation_line`)."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.extract.patterns import is_pager_line
from copydesk.extract.tidy import is_navigation_line


@pytest.mark.parametrize("line", ["1 2 3 Next page »", "« Previous 1 2 … 9 Next »", "Pages: 1 2 3", "1, 2, 3 Next", "Back 1 2 3", "Prev 1 2 3 Next"])
def test_pager_lines(line: str) -> None:
    assert is_pager_line(line) and is_navigation_line(line)


@pytest.mark.parametrize("line", ["1 2", "1 2 3 4", "3 2 1 Next", "2024 2025", "10 20 30", "1\n2\n3\n4", "Next »", "The vote was 5 6 7 in favour."])
def test_lines_that_are_no_pager(line: str) -> None:
    assert not is_pager_line(line)  # numbers alone (a code block's gutter), out of order, years


def test_back_to_top_is_still_navigation() -> None:
    assert is_navigation_line("Back to Top")  # opens like "Back 1 2 3", read by NAVIGATION_LINE


def test_a_stories_pager_leaves_the_body() -> None:
    story = "".join(f"<p>Paragraph {i} of the story says in a full sentence what the water board decided on Wednesday.</p>" for i in range(5))
    html = (
        "<html><head><meta property='og:type' content='article'></head><body><article><h1>Rates rise</h1>" + story
        + '<div class="pagination"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next page »</a></div>'
        + "</article></body></html>"
    )  # fmt: skip
    article = copydesk.extract(html, url="https://courier.example/news/2026/05/14/rates-rise")
    assert "Paragraph 4 of the story" in article.text and "Next page" not in article.text
