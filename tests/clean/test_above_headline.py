"""Text mode: lines the line model keeps above the headline printed over the story (teaser
rows, menus) are not the story's (`lines._drop_above_headline`)."""

from __future__ import annotations

import copydesk
from copydesk.clean.features import split_lines
from copydesk.clean.lines import ABOVE_HEADLINE_REASON, _drop_above_headline
from tests.clean.bridge_story import HEADLINE, STORY

TEASERS = [
    "Storm closes coastal road for the second time this winter",
    "School board delays vote on new term dates",
    "And the award for best bakery could go to...",
    "Harbour festival returns with a bigger programme",
    "Police appeal for witnesses after late-night crash",
]


def test_teaser_rows_above_the_headline_leave_the_body() -> None:
    """A teaser row ending in "…" reads like a sentence; the rows still go, with their reason."""
    article = copydesk.clean("\n".join([f"{HEADLINE} | Valley News", *TEASERS, HEADLINE, "", "\n\n".join(STORY)]))
    assert article.title == HEADLINE
    assert article.text.startswith(STORY[0])
    assert all(teaser not in article.text for teaser in TEASERS)
    assert (TEASERS[2], ABOVE_HEADLINE_REASON) in [(r.text, r.reason) for r in article.removed]


def _labels_after_drop(texts: list[str], kept: list[int], title: int, story: int) -> list[str]:
    lines = split_lines("\n".join(texts))
    labels = ["body" if i in kept else "boilerplate:menu" for i in range(len(lines))]
    labels[title] = "title"
    _drop_above_headline(lines, labels, title, story)
    return labels


SPECS = ["Cast iron, 12 inch", "Preseasoned with vegetable oil", "Oven safe to 500 degrees", "Made in Tennessee"]


def test_rows_above_the_headline_go() -> None:
    labels = _labels_after_drop([*SPECS, HEADLINE, *STORY], kept=[0, 1, 5, 6, 7, 8], title=4, story=5)
    assert labels[:2] == [ABOVE_HEADLINE_REASON] * 2
    assert labels[5:] == ["body"] * 4


def test_a_paragraph_above_a_late_headline_stays() -> None:
    """The headline printed only after the story's first paragraph: the story may begin above it."""
    labels = _labels_after_drop([STORY[0], HEADLINE, *STORY[1:]], kept=[0, 2, 3, 4], title=1, story=0)
    assert labels[0] == "body"


def test_not_when_most_of_the_kept_text_is_above_the_headline() -> None:
    """A product page whose description rows sit above its name printed again: nothing goes."""
    labels = _labels_after_drop([*SPECS, HEADLINE, "Free delivery."], kept=[0, 1, 2, 3, 5], title=4, story=5)
    assert ABOVE_HEADLINE_REASON not in labels


PARAGRAPH_TEASERS = [
    ("Harbour festival returns with a bigger programme The harbour festival will run for five days this summer, "
    "with boat races, a food market and concerts on the quay every evening of the week."),
    ("School board delays vote on new term dates The school board has put off its vote on next year's term dates "
    "until it has heard from parents, teachers and the bus company that serves the valley."),
    ("Storm closes coastal road for the second time this winter The coastal road was shut again on Sunday after "
    "waves threw rocks and seaweed across both lanes near the lighthouse car park."),
]
STAMP = "November 19, 2019 at 9:45 am"


def test_teaser_paragraphs_above_a_dated_headline_go() -> None:
    """A headline with a time stamp under it heads the story: the teaser paragraphs above it go,
    though they hold more words than the story."""
    texts = [*PARAGRAPH_TEASERS, HEADLINE, STAMP, *STORY]
    title = len(PARAGRAPH_TEASERS)
    kept = [*range(title), *range(title + 2, len(texts))]
    labels = _labels_after_drop(texts, kept, title=title, story=0)
    assert labels[:title] == [ABOVE_HEADLINE_REASON] * title
    assert labels[title + 2 :] == ["body"] * len(STORY)


def test_a_stamp_past_dropped_ad_labels_dates_the_headline() -> None:
    """Ad labels the model dropped stand between the headline and its stamp ("Mobile Payment
    Anzeige", a German paper's): the stamp still dates the headline, the teasers above go."""
    ads = ["Mobile Payment Anzeige", "Vermögenscheck Anzeige", "Presseportal Anzeige"]
    texts = [*PARAGRAPH_TEASERS, HEADLINE, *ads, STAMP, *STORY]
    title = len(PARAGRAPH_TEASERS)
    stamp = title + 1 + len(ads)
    labels = _labels_after_drop(texts, [*range(title), *range(stamp, len(texts))], title=title, story=0)
    assert labels[:title] == [ABOVE_HEADLINE_REASON] * title


def test_teaser_paragraphs_above_an_undated_headline_stay() -> None:
    """No stamp under the headline: the paragraphs above may be the story's beginning."""
    texts = [*PARAGRAPH_TEASERS, HEADLINE, *STORY]
    title = len(PARAGRAPH_TEASERS)
    labels = _labels_after_drop(texts, [*range(title), *range(title + 1, len(texts))], title=title, story=0)
    assert ABOVE_HEADLINE_REASON not in labels


def test_a_dated_headline_with_little_under_it_heads_nothing() -> None:
    """A "headline" found at the page's foot, over a related-topics list: what is above stays."""
    texts = [*STORY, HEADLINE, STAMP, "Valuations always matter"]
    title = len(STORY)
    labels = _labels_after_drop(texts, [*range(title), title + 2], title=title, story=0)
    assert ABOVE_HEADLINE_REASON not in labels


def test_teaser_paragraphs_above_a_headline_with_a_byline_go() -> None:
    """A "By …" line naming a person under the headline dates it as a stamp does (a health site's
    mega-menu of described links above its news story: the story 0.60 -> 0.98); a "By the
    numbers" heading under it does not."""
    texts = [*PARAGRAPH_TEASERS, HEADLINE, "By Brenda Goodman, MA", *STORY]
    title = len(PARAGRAPH_TEASERS)
    kept = [*range(title), *range(title + 2, len(texts))]
    labels = _labels_after_drop(texts, kept, title=title, story=0)
    assert labels[:title] == [ABOVE_HEADLINE_REASON] * title
    texts[title + 1] = "By the numbers"
    assert ABOVE_HEADLINE_REASON not in _labels_after_drop(texts, kept, title=title, story=0)
