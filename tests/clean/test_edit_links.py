"""Text mode: a wiki's section edit links ("Formation [ edit ]", "[ edit ]" alone) leave the
text, and a line that is only the link is listed among the removed lines with its reason."""

from __future__ import annotations

from pathlib import Path

import copydesk
from copydesk.bench.textmode import render
from copydesk.clean.pipeline import EDIT_LINK_REASON

WIKI_PAGE = Path(__file__).parents[1] / "pages" / "wiki-edit-links-and-contents" / "input.html"


def test_a_wikis_edit_links_go_and_the_lone_ones_are_listed_as_removed() -> None:
    article = copydesk.clean(render(WIKI_PAGE.read_text()))
    assert "edit ]" not in article.text
    assert "Ecology\n\nSalt-tolerant grasses dominate" in article.text
    removed = [line.text for line in article.removed if line.reason == EDIT_LINK_REASON]
    assert removed == ["[ edit ]", "[ edit ]"]  # beside the Ecology and Threats headings
