"""A text that does not open with the page's <title> (a scraper printing the body alone): the
headline is the headline-shaped line over the story's first large run of sentences that has a
byline or a stamp under it, or whose story opens on a dateline (`title._story_headline`), and
the cuts under the headline hold as they do under an echoed <title>."""

from __future__ import annotations

import copydesk
from copydesk.clean.features import RawLine
from copydesk.clean.lines import label_lines
from copydesk.clean.title import is_stamp_or_byline
from tests.clean.bridge_story import HEADLINE, STORY, page

MENU = ["Home", "Local", "Sport", "Weather", "Business", "Opinion"]
TEASERS = [
    "Parking fees rise again in the town centre",
    "School term dates for next year announced",
    "Flower show returns to the park this summer",
    "New bakery opens on the high street today",
]
SIDEBAR_QUOTE = "A thought for the day: the river remembers every bridge that was ever built across it, and so do we."


def _line(text: str) -> RawLine:
    return RawLine(text, len(text.split()), text.endswith((".", "!", "?")), 0, True, frozenset())


def test_the_headline_with_a_byline_under_it_is_the_title_of_a_text_without_a_title_line() -> None:
    """The first line is a menu's, and it was taken for the page's <title>: the headline is the
    rules' title line, over the story with its byline, and the sidebar over it is not the story's.
    (The title reported is ranked apart, `clean.headline`; on WCXB's pages the rules' dated
    headline standing over the ranker lost 49 titles of 1,054 without the <title> line.)"""
    text = page("Back to the news home page", *MENU, SIDEBAR_QUOTE, "Latest stories", *TEASERS,
                HEADLINE, "By Jane Doe", "Posted on March 3, 2024", *STORY)  # fmt: skip
    article = copydesk.clean(text)
    labelled = label_lines(text)
    assert labelled.title_line is not None and labelled.texts[labelled.title_line] == HEADLINE
    assert article.text.startswith(STORY[0])
    assert SIDEBAR_QUOTE not in article.text


def test_a_story_opening_on_a_dateline_dates_its_headline() -> None:
    """And a byline in capitals between them, which reads no names, is no headline.  (The rules'
    line anchors the cuts; the title reported is ranked apart, `clean.headline`.)"""
    story = ["RIVERTON (AP) — " + STORY[0], *STORY[1:]]
    text = page("Back to the news home page", *MENU, SIDEBAR_QUOTE, "Latest stories", *TEASERS, HEADLINE, "By JANE DOE", *story)
    labelled = label_lines(text)
    assert labelled.title_line is not None and labelled.texts[labelled.title_line] == HEADLINE
    assert labelled.labels[labelled.texts.index(SIDEBAR_QUOTE)] not in ("body", "heading")


def test_an_undated_headline_leaves_the_first_line_the_title() -> None:
    """No byline, stamp or dateline under any line over the story: nothing says which line
    heads it, and the first line stays the rules' title line, as in a crawler's rendering (the
    title reported is ranked apart, `clean.headline`: either line)."""
    text = page("Council news and notices", *MENU, HEADLINE, *STORY)
    labelled = label_lines(text)
    assert labelled.title_line == 0
    assert copydesk.clean(text).title in ("Council news and notices", HEADLINE)


def test_a_later_post_of_a_thread_is_not_the_story() -> None:
    """Where a third of the kept sentences stand above the largest run, the run is a later post
    or a review, and its header line (a poster's, over a stamp) is no headline."""
    question = STORY[:2]
    reply = [
        "I drove across the old bridge every day for years and never once thought it was unsafe to use at all.",
        "The inspections say otherwise, though, and I would rather the council acted before something went wrong.",
        "Still, two years of closures will be hard on the shops on the far side of the river, who rely on passing trade.",
        "I hope the council has a plan for them, because nobody has said anything about it at the meetings so far.",
        "At the last meeting the only question anyone answered was about the colour of the new railings.",
    ]
    post_tools = ["Reply", "Quote", "Like", "Share", "Report post", "Jump to latest reply"]
    text = page("Valley Forum discussion boards", *MENU, "Is the new bridge worth it?", "Posted on March 3, 2024",
                *question, *post_tools, "Riverside resident for ten years", "Posted on March 4, 2024", *reply)  # fmt: skip
    assert label_lines(text).title != "Riverside resident for ten years"


def test_a_stamp_after_a_label_dates_the_headline_under_a_sidebar() -> None:
    """"Posted on … by Admin" under the headline printed again from the <title> is the story's
    stamp: the sidebar's paragraphs over the headline, as long as the story, are not its opening."""
    sidebar = [
        "About this blog: we have written about the town and its river since the old mill closed, and we still walk the towpath every morning.",
        "Our readers send us their photographs of the river in every season, and we print the best of them here on the first day of each month.",
        "If you would like to help, tell your neighbours about the blog, or send us a note about something on the river we have not covered yet.",
    ]
    text = page(f"{HEADLINE} | Valley News", *MENU, *sidebar, *TEASERS, HEADLINE, "Posted on March 3, 2024 by Admin", *STORY)
    article = copydesk.clean(text)
    assert not any(paragraph in article.text for paragraph in sidebar)
    assert all(paragraph in article.text for paragraph in STORY)


def test_a_short_post_over_a_longer_comment_section() -> None:
    """The post's run is shorter than its comments', but it is the first run of a story's length
    with a dated headline over it: the headline, not the blog's name on the first line, is the
    title, and it anchors the comment cut."""
    headline = "Our plans for the river bridge this autumn"
    post = STORY[:3]
    said = [
        "I have read the plans twice now and I still cannot see how the traffic will get across the river while the work goes on.",
        "The last time the bridge closed for repairs the detour added half an hour to every trip into town, and nobody wants that again.",
        "Thank you for asking: the ferry will run every twenty minutes while the bridge is closed, and the bus will wait for it.",
        "Will the cycle path be open during the works, or do we have to take our bikes on the ferry as well as everyone else?",
        "The cycle path opens with the bridge, so for now the ferry takes bikes free of charge at every crossing of the day.",
        "I hope the shops on the far side get some help, because a year of detours will be very hard on the smaller ones there.",
        "We have asked the council about that at every meeting, and they say a fund for the shops will be announced this winter.",
        "Good to hear that somebody is listening, and thanks for keeping the rest of us up to date on all of it here on the blog.",
    ]
    comments = []
    for k, (name, day) in enumerate((("Milan", 12), ("Catherine", 13), ("Alex", 17), ("Gary", 19))):
        comments += [f"{name} on September {day}, 2018 at 4:47 pm said:", *said[2 * k : 2 * k + 2]]
    text = page("The Riverside Residents Blog", *MENU, headline, "September 10, 2018 | by Catherine", *post,
                "Posted in Local news | Permalink", "Previous Post", "Next Post", "Share", "Tweet", "Email", "4 Comments", *comments)  # fmt: skip
    article = copydesk.clean(text)
    assert article.title == headline
    assert all(paragraph in article.text for paragraph in post)
    assert "detour" not in article.text


def test_stamp_and_byline_lines() -> None:
    assert is_stamp_or_byline(_line("Posted on October 27, 2015 by Admin"))
    assert is_stamp_or_byline(_line("By Sandee LaMotte, CNN"))
    assert is_stamp_or_byline(_line("November 19, 2019 at 9:45 am"))
    assert not is_stamp_or_byline(_line("6.5K views 5 replies 5 participants last post by nwberm Jun 5, 2024"))
    assert not is_stamp_or_byline(_line(HEADLINE))
