"""A run of like items (forum posts, listing rows) is kept together on list-like pages."""

from __future__ import annotations

import importlib

from copydesk.config import ExtractConfig
from copydesk.extract.page import parse_page
from copydesk.model import PageType

pipeline = importlib.import_module("copydesk.extract.pipeline")

POSTS = [f"Reply number {i} explains in a full sentence what went wrong with the bike chain and how to fix it." for i in range(6)]
HTML = "<html><body><h1>Chain skips</h1>" + "".join(
    f'<div class="message"><div class="message-user">user{i}</div><div class="message-body"><p>{text}</p></div></div>'
    for i, text in enumerate(POSTS)
) + '<div class="related"><div class="card"><p>Another thread about brakes and tyres that is not this one.</p></div></div></body></html>'


def _kept(confident: int, page_type: PageType) -> list[str]:
    """Post bodies after the first `confident` score 0.35 (below the 0.5 threshold); everything else 0.1."""
    page = parse_page(HTML)
    scores = []
    posts_seen = 0
    for block in page.seg.blocks:
        if block.text in POSTS:
            scores.append(0.8 if posts_seen < confident else 0.35)
            posts_seen += 1
        else:
            scores.append(0.1)
    return [b.text for b in pipeline.select_blocks(page, scores, ExtractConfig(), page_type)]


def test_posts_in_the_slot_of_two_kept_posts_are_kept_on_a_forum() -> None:
    assert _kept(2, PageType.FORUM) == POSTS


def test_one_kept_post_is_not_a_run() -> None:
    assert _kept(1, PageType.FORUM) == POSTS[:1]


def test_articles_keep_only_confident_blocks() -> None:
    # beside an article, a run of like blocks is more often related-story cards
    assert _kept(3, PageType.ARTICLE) == POSTS[:3]
