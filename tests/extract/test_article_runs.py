"""On article pages, blocks are kept in runs (`ExtractConfig.article_run_penalty`)."""

from __future__ import annotations

import importlib

from copydesk.config import ExtractConfig
from copydesk.extract.page import parse_page
from copydesk.model import PageType

pipeline = importlib.import_module("copydesk.extract.pipeline")

STORY = [f"Paragraph {i} of the story says in a full sentence what the council decided about the new bridge." for i in range(4)]
SHORT = "It did."
CARD = "Another story about parking fees downtown"
HTML = (
    "<html><body><h1>Bridge approved</h1>"
     f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>{SHORT}</p><p>{STORY[2]}</p><p>{STORY[3]}</p>"
     '<div class="footer"><p>About us</p><p>Contact</p>'
     f"<p>{CARD}</p><p>Privacy</p><p>Terms</p></div></body></html>"
)
SCORES = {SHORT: 0.45, CARD: 0.6}  # the short reply just under the bar, the card just over it


def _kept(page_type: PageType) -> list[str]:
    page = parse_page(HTML)
    scores = [0.9 if block.text in STORY else SCORES.get(block.text, 0.1) for block in page.seg.blocks]
    return [b.text for b in pipeline.select_blocks(page, scores, ExtractConfig(), page_type)]


def test_an_article_keeps_its_short_line_and_loses_the_stray_card() -> None:
    assert _kept(PageType.ARTICLE) == [STORY[0], STORY[1], SHORT, STORY[2], STORY[3]]


def test_other_pages_decide_block_by_block() -> None:
    assert _kept(PageType.OTHER) == [*STORY, CARD]
