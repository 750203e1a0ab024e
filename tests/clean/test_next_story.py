"""Text mode: the next stories an endless page appends under its own, each printed as the first
(headline, standfirst, "by" line over a date line, text), leave the story; a listing's items
and a weekly edition's stories (whose page is headlined by the edition, not by one of them) stay."""

from __future__ import annotations

import copydesk

SENTENCE = "The council met on Tuesday and spent the whole evening on the plan for the old river bridge and its cost."


def _story(headline: str, author: str, day: str, paragraphs: int) -> list[str]:
    return [headline, f"A standfirst that says what the story of {headline.lower()} is about.", f"By {author}", day,
            *(f"{SENTENCE} Paragraph {n} of {headline}." for n in range(paragraphs))]  # fmt: skip


def test_the_next_stories_an_endless_page_appends_leave() -> None:
    first = _story("Council votes to replace the bridge", "Ann Lee", "14 May 2019", 16)  # ~380 words
    later = _story("Harbour opens a new ferry pier", "Bo Chan", "18 June 2019", 8) + _story("Market moves to the square", "Cy Diaz", "12 March 2019", 8)
    article = copydesk.clean("\n\n".join(["Council votes to replace the bridge | Valley News", *first, *later]))
    assert article.authors == ["Ann Lee"]
    assert "Paragraph 15 of Council votes" in article.text
    assert "ferry pier" not in article.text and "Market moves" not in article.text
    assert {r.reason for r in article.removed if "ferry" in r.text} == {"boilerplate:next_story"}


def test_a_weekly_editions_stories_stay() -> None:
    stories = _story("Council votes to replace the bridge", "Ann Lee", "14 May 2019", 16) + _story("Harbour opens a new ferry pier", "Bo Chan", "18 June 2019", 8)
    text = "\n\n".join(["Valley Weekly Edition for June 20, 2019 | Valley News", "Valley Weekly Edition for June 20, 2019", "Front page", *stories])
    assert "Paragraph 7 of Harbour opens" in copydesk.clean(text).text


def test_a_listings_items_stay() -> None:
    items = [line for n in range(12) for line in (f"Story number {n} of the week", "By Ann Lee", f"{n + 1} May 2019", f"{SENTENCE}")]
    text = "\n\n".join(["Council votes to replace the bridge | Valley News", *_story("Council votes to replace the bridge", "Ann Lee", "14 May 2019", 3), *items])
    assert "boilerplate:next_story" not in {r.reason for r in copydesk.clean(text).removed}
