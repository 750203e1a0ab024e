"""Text mode: what stands above an article's byline and date (a standfirst, a photo caption,
the site's name) leaves the body with them; the standfirst becomes the subtitle
(`pipeline._opening_furniture`)."""

from __future__ import annotations

import copydesk
from copydesk.clean.pipeline import OPENING_REASON, STAMP_REASON, _is_article_opening
from copydesk.model import Block, BlockKind
from tests.clean.bridge_story import page

HEADLINE = "Three cases of plague diagnosed in the north"
STANDFIRST = "Officials say the risk of an outbreak is low, but many are worried."
CAPTION = "The bacteria that cause plague survive on fleas that live on rodents. (Science Photo Library)"
STORY = [
    "Three cases of plague have been diagnosed in the north of the country, sparking fears about the spread of the disease.",
    "The first cases came to light last week, when the authorities announced that two patients had been taken to hospital.",
    "The ailing couple was quarantined, and the health ministry said it had traced everyone who had been in contact with them.",
]


def test_standfirst_caption_byline_site_and_date_leave_the_body() -> None:
    article = copydesk.clean(page(HEADLINE, STANDFIRST, CAPTION, "By Jane Doe", "example.com", "November 18, 2019", *STORY))
    assert article.text.startswith(STORY[0])
    assert article.subtitle == STANDFIRST
    removed = {(r.text, r.reason) for r in article.removed}
    assert {(STANDFIRST, OPENING_REASON), (CAPTION, OPENING_REASON), ("November 18, 2019", STAMP_REASON)} <= removed


def test_a_listing_that_dates_each_item_keeps_its_items() -> None:
    items = ["How we release the app", "A look at the tooling behind each release.", "January 22, 2026",
             "Testing at scale", "What we learned running ten thousand tests a day.", "January 8, 2026"]  # fmt: skip
    article = copydesk.clean(page(HEADLINE, *items, *STORY))
    assert items[0] in article.text and items[1] in article.text


def test_a_forum_post_over_its_posters_stamp_stays() -> None:
    post = ["I have had symptoms since late 2019 and was diagnosed this spring.",
            "I get so confused about pushing through or resting.", "Has anyone else felt the same?"]  # fmt: skip
    article = copydesk.clean(page(HEADLINE, *post, "alison100 3 May 2025 09:21", *STORY))
    assert all(line in article.text for line in post)


def test_not_when_a_short_line_follows_the_date() -> None:
    """A teaser's date followed by the next teaser's title is no article's opening."""
    article = copydesk.clean(page(HEADLINE, STANDFIRST, CAPTION, "By Jane Doe", "November 18, 2019", "Next: the vaccine question", *STORY))
    assert STANDFIRST in article.text


def _is_opening(texts: list[str], stamps: list[int]) -> bool:
    blocks = [Block(BlockKind.PARAGRAPH, text) for text in [*texts, *STORY]]
    return _is_article_opening(blocks, stamps, [k for k in range(stamps[-1]) if k not in stamps])


def test_an_opening_by_its_shape() -> None:
    assert _is_opening([STANDFIRST, CAPTION, "By Jane Doe", "example.com", "November 18, 2019"], [2, 4])


def test_stamps_far_apart_are_not_one_opening() -> None:
    """A byline and a date with two lines between them date a listing's items."""
    assert not _is_opening(["By Jane Doe", "Outbreak fears in the north", "Hospitals on alert", "November 18, 2019"], [0, 3])


def test_more_lines_above_the_stamp_than_an_opening_holds() -> None:
    assert not _is_opening(["Plague in the north", "Outbreak fears grow", "Hospitals on alert", "What we know", "November 18, 2019"], [4])


def test_a_long_paragraph_above_the_stamp_is_the_story() -> None:
    assert not _is_opening([" ".join(STORY), "November 18, 2019"], [1])


def test_a_links_label_under_the_date_goes_with_the_opening() -> None:
    # the comment link's label ("comments", its count filled in by a script) between the date and the story
    article = copydesk.clean(page(HEADLINE, STANDFIRST, CAPTION, "By Jane Doe", "November 18, 2019", "comments", *STORY))
    assert article.text.startswith(STORY[0])
    assert ("comments", OPENING_REASON) in {(r.text, r.reason) for r in article.removed}


def test_a_stamp_giving_the_published_and_the_updated_time_is_one() -> None:
    stamp = "on December 22, 2016 at 2:47 PM, updated December 22, 2016 at 3:53 PM"  # 14 words: longer than a byline
    article = copydesk.clean(page(HEADLINE, CAPTION, "By Jane Doe", "example.com", stamp, *STORY))
    assert article.text.startswith(STORY[0])
    assert (stamp, STAMP_REASON) in {(r.text, r.reason) for r in article.removed}
