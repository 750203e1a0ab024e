"""In text mode, three or more adjacent lines each cut off with "…" (a teaser ticker's
headlines and excerpts) leave the kept lines; fewer, or ones apart, stay.  So do ranked teaser
boxes ("1 Headline" … "10 Headline"), two or more on a page."""

from __future__ import annotations

import copydesk
from tests.clean.bridge_story import STORY as BRIDGE_STORY
from tests.clean.conftest import LabelLines, kept_texts, labels_by_text

STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the bridge."
    for i in range(3)
]
TEASERS = [
    "Harbour council approves new ferry timetable PORTSMOUTH: The council approved a new timetable that moves the last...",
    "Farmers report record apple harvest KENT: Orchards across the county picked more apples this autumn than in…",
    "City library extends opening hours LEEDS: The central library will stay open until midnight on weekdays from...",
]


def test_a_run_of_cut_off_lines_goes(label_all_kept: LabelLines) -> None:
    labelled = label_all_kept("\n".join(TEASERS) + "\n\n" + "\n\n".join(STORY))
    assert kept_texts(labelled) == STORY
    assert {labels_by_text(labelled)[line] for line in TEASERS} == {"boilerplate:teasers"}


def test_two_cut_off_lines_or_lines_apart_stay(label_all_kept: LabelLines) -> None:
    two = "\n".join(TEASERS[:2]) + "\n\n" + "\n\n".join(STORY)
    assert kept_texts(label_all_kept(two)) == [*TEASERS[:2], *STORY]
    apart = "\n\n".join(TEASERS + STORY)  # blank lines between: paragraphs that trail off, not one list
    assert kept_texts(label_all_kept(apart)) == [*TEASERS, *STORY]


def test_short_lines_ending_in_an_ellipsis_are_labels(label_all_kept: LabelLines) -> None:
    """Short lines trailing off ("Just in…") are labels and asides, not a teaser's headline and excerpt."""
    short = ["Weather for the weekend...", "Just in…", "Coming up next..."]
    labelled = label_all_kept("\n".join(short) + "\n\n" + "\n\n".join(STORY))
    assert kept_texts(labelled) == [*short, *STORY]


def test_a_text_that_is_all_teasers_is_empty_with_a_reason() -> None:
    """20,000 cut-off lines and nothing else: an empty article, every line listed as removed."""
    import copydesk

    text = "\n".join(f"Headline number {i} about the council and its plans for the harbour cut off..." for i in range(20_000))
    article = copydesk.clean(text)
    assert article.text == "" and article.drop_reason == "clean:no_content"
    assert len(article.removed) == 20_000


RECENT = [
    "From the author's blog",
    "Skills system update", "I want to tell you about another important change in the game, […]",
    "Bonuses of May", "I haven't written anything for a long time in the author's […]",
    "Walkthrough for the new chapter", "This is a hidden post for club members. Another feature that I […]",
]


def test_headlines_and_cut_off_excerpts_on_lines_of_their_own_go(label_all_kept: LabelLines) -> None:
    """A sidebar of recent posts under the story: headline, excerpt ending in WordPress's "[…]",
    headline, excerpt…; the headlines go with the excerpts (the list's label is left: one that
    names other stories, "Recent posts", goes as a teaser section's, `test_teaser_sections`)."""
    labelled = label_all_kept("\n\n".join(STORY) + "\n\n" + "\n".join(RECENT))
    assert kept_texts(labelled) == [*STORY, RECENT[0]]
    assert {labels_by_text(labelled)[line] for line in RECENT[1:]} == {"boilerplate:teasers"}


def test_a_sentence_between_excerpts_ends_the_list(label_all_kept: LabelLines) -> None:
    """Between two cut-off lines only a headline-shaped line (short, no sentence end) is a teaser's headline."""
    sentence = "The council said on Monday that the bridge would reopen in the spring."
    lines = [RECENT[2], sentence, RECENT[4], sentence.replace("Monday", "Tuesday"), RECENT[6]]
    assert kept_texts(label_all_kept("\n\n".join(STORY) + "\n\n" + "\n".join(lines))) == [*STORY, *lines]


TRANSCRIPT = [
    "00:01 But according to the agency the most rigorous screening actually",
    "00:04 occurs before travelers ever reach the country. We talked to",
    "00:08 a number of passengers today who say they have some lingering",
    "00:11 doubts and concerns about the ability of officials to prevent",
    "00:15 future cases from arriving here. But at the",
    "00:22 country's busiest airport fear and concern spread along with the news",
]


def test_a_videos_transcript_under_the_story_goes(label_all_kept: LabelLines) -> None:
    """Kept lines each opening on a time from a video's start, five or more in a row, from its
    first minute on and never going back: an embedded video's transcript, not the story."""
    labelled = label_all_kept("\n\n".join(STORY) + "\n\n" + "\n".join(TRANSCRIPT))
    assert kept_texts(labelled) == STORY
    assert {labels_by_text(labelled)[line] for line in TRANSCRIPT} == {"boilerplate:teasers"}


def test_a_few_timed_lines_or_a_days_clock_times_stay(label_all_kept: LabelLines) -> None:
    """Four timed lines; or a live page's entries at the day's times (14:44, 14:32: not from a
    video's first minute, and going back): kept."""
    four = "\n\n".join(STORY) + "\n\n" + "\n".join(TRANSCRIPT[:4])
    assert kept_texts(label_all_kept(four)) == [*STORY, *TRANSCRIPT[:4]]
    ticker = [f"{14 - k // 3}:{50 - 7 * k:02d} Police give an update on the closure of the coast road" for k in range(6)]
    live = "\n\n".join(STORY) + "\n\n" + "\n".join(ticker)
    assert kept_texts(label_all_kept(live)) == [*STORY, *ticker]


def _ranking(prefix: str) -> list[str]:
    return [f"{n} {prefix} headline number {n} about the town “in quotes”" for n in range(1, 11)]


def test_ranked_teaser_boxes_under_the_story_are_cut() -> None:
    """A news portal's most-read boxes, printed as rankings ("1 Headline" … "10 Headline"), two of
    them under the story: teasers (a held-out Korean story kept five in text mode)."""
    text = "\n\n".join(["Council votes to replace the old river bridge", *BRIDGE_STORY, "Politik", *_ranking("Sport"), "Kultur", *_ranking("Culture")])
    article = copydesk.clean(text)
    assert "headline number" not in article.text
    assert all(paragraph in article.text for paragraph in BRIDGE_STORY)


def test_one_ranked_list_in_a_story_stays() -> None:
    text = "\n\n".join(["Council votes to replace the old river bridge", *BRIDGE_STORY[:2], *_ranking("Bridge"), *BRIDGE_STORY[2:]])
    assert "1 Bridge headline number 1" in copydesk.clean(text).text
