"""A comment section under an article is cut in text mode; a forum thread's replies are not."""

from __future__ import annotations

import importlib

from tests.clean.conftest import LabelLines, labels_by_text

lines_module = importlib.import_module("copydesk.clean.lines")

STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the bridge, "
    "who voted for it and what it will cost the town."
    for i in range(5)
]  # 5 x 29 words: past COMMENT_AFTER_WORDS
COMMENTS = [
    "34 Comments",
    "roofer_joe says:",
    "November 19, 2019 at 6:34 am",
    "About time they fixed that bridge, it has been falling apart for years.",
    "anna_k says:",
    "November 19, 2019 at 7:02 am",
    "Who is paying for this, though? Not the people who actually use it.",
    "mike says:",
    "November 19, 2019 at 8:15 am",
    "I drive over it every day and I will believe it when I see it.",
]


def test_comments_under_an_article_are_cut(label_all_kept: LabelLines) -> None:
    labels = labels_by_text(label_all_kept("\n\n".join(["Published November 18, 2019", *STORY, *COMMENTS])))
    assert all(labels[line] == "body" for line in STORY)
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in COMMENTS[3::3])


def test_an_embedded_posts_dated_signature_is_no_stamp_of_the_page(label_all_kept: LabelLines) -> None:
    # a tweet quoted in the story closes on its poster and day, an Instagram post says who shared it
    # when: neither dates one of the page's posts, so the story stays one above its comments
    embeds = ["— Jane Doe (@jdoe) November 17, 2019", "A post shared by Ann Lee (@ann.lee) on Nov 16, 2019 at 10:00am PST"]
    text = "\n\n".join(["Council votes to rebuild the bridge", "Published November 18, 2019", STORY[0], STORY[1], *embeds, *STORY[2:], *COMMENTS])
    labels = labels_by_text(label_all_kept(text))
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in COMMENTS[3::3])


def test_a_caption_dating_its_picture_is_no_stamp_of_the_page(label_all_kept: LabelLines) -> None:
    # a sentence holding a date (a picture's caption) dates no post over the comments
    caption = "Featured image: the Gazette of 2.4.2019, cut out."  # short as a stamp
    text = "\n\n".join(["Council votes to rebuild the bridge", "Published November 18, 2019", *STORY[:2], caption, *STORY[2:], *COMMENTS])
    labels = labels_by_text(label_all_kept(text))
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in COMMENTS[3::3])


def test_replies_on_a_dated_thread_are_kept(label_all_kept: LabelLines) -> None:
    # every post above the heading carries its own time stamp: a thread, whose replies are content
    thread = [part for line in STORY for part in ("starter_99 posted:", "November 18, 2019 at 9:00 am", line)]
    labels = labels_by_text(label_all_kept("\n\n".join([*thread, *COMMENTS])))
    assert all(labels[line] == "body" for line in COMMENTS[3::3])


def test_a_comments_heading_without_time_stamps_is_not_a_cut(label_all_kept: LabelLines) -> None:
    undated = [line for line in COMMENTS if "2019" not in line]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *undated])))
    assert all(labels[line] == "body" for line in undated[2::2])


def test_too_little_article_text_above_is_not_a_cut(label_all_kept: LabelLines) -> None:
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY[:1], *COMMENTS])))  # 29 words
    assert all(labels[line] == "body" for line in COMMENTS[3::3])


def test_a_long_heading_that_counts_the_comments_opens_the_section(label_all_kept: LabelLines) -> None:
    # WordPress's "N responses to “<title>”" quotes the headline: longer than a section heading
    counted = ["34 responses to “ Council votes to rebuild the old bridge over the river next spring ”", *COMMENTS[1:]]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *counted])))
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in counted[3::3])


def test_comment_header_lines_count_as_stamps_under_a_short_post(label_all_kept: LabelLines) -> None:
    """WordPress prints each comment's author and date on one line ending "said:"; the post
    above may be short (an open thread's two paragraphs), and its headline holds a year."""
    headers = ["Milan on September 12, 2018 at 4:47 pm said:", "Catherine on September 13, 2018 at 5:23 pm said:",
               "Alex on September 17, 2018 at 6:34 am said:"]  # fmt: skip
    comments = ["Comments", *(part for header, line in zip(headers, COMMENTS[3::3], strict=True) for part in (header, line))]
    text = "\n\n".join(["September 2018 open thread", "September 10, 2018 | by Catherine", *STORY[:2], *comments])
    labels = labels_by_text(label_all_kept(text))
    assert all(labels[line] == "body" for line in STORY[:2])
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in COMMENTS[3::3])


def test_dated_sentences_under_a_replies_heading_are_not_comment_headers(label_all_kept: LabelLines) -> None:
    """A comment's header line ends in a colon; a timeline's dated lines do not."""
    timeline = ["The council's replies", "In March 2019 the council first proposed a new bridge for the town",
                "In June 2020 the county engineers found cracks in the old bridge",
                "In May 2021 the residents asked for a public vote on the plan"]  # fmt: skip
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *timeline])))
    assert all(labels[line] == "heading" for line in timeline[1:])


def test_video_lengths_above_the_story_are_not_post_stamps(label_all_kept: LabelLines) -> None:
    # a video strip ("1:41", "18:08") above the story does not make the page a dated thread
    videos = [part for i in range(4) for part in (f"Watch clip number {i}", f"{i + 1}:4{i}")]
    labels = labels_by_text(label_all_kept("\n\n".join([*videos, *STORY, *COMMENTS])))
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in COMMENTS[3::3])


def test_closing_lines_after_the_story_are_cut_with_their_reason(label_all_kept: LabelLines) -> None:
    closers = ["Reporting by Ann Lee; Editing by Tom Brown", "Follow AP's full coverage of the bridge at https://apnews.com/bridge"]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *closers])))
    assert [labels[line] for line in closers] == [lines_module.CLOSING_REASON] * 2
    assert all(labels[line] == "body" for line in STORY)


def test_a_fundraising_appeal_after_the_story_is_cut_with_its_reason(label_all_kept: LabelLines) -> None:
    appeal = ["Enjoyed this piece? We need your help to keep publishing.", "Every gift from readers keeps the review free for all."]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *appeal])))
    assert [labels[line] for line in appeal] == [lines_module.APPEAL_REASON] * 2
    assert all(labels[line] == "body" for line in STORY)


def test_affiliate_disclosures_over_and_under_the_story_are_cut_with_their_reason(label_all_kept: LabelLines) -> None:
    over = "Products are picked by our editors. If you buy through our links, we may earn a commission."
    under = "As an Amazon Associate, this site earns from qualifying purchases."
    labels = labels_by_text(label_all_kept("\n\n".join([over, *STORY, under])))
    assert [labels[over], labels[under]] == [lines_module.DISCLOSURE_REASON] * 2
    assert all(labels[line] == "body" for line in STORY)


def test_comment_header_lines_with_a_date_and_a_clock_count_as_stamps(label_all_kept: LabelLines) -> None:
    """A comment's author and time on one line that ends no sentence and has no colon ("Comment
    by Mirko Lange — 17.07, 2011 @ 13:04"), longer than a bare time stamp."""
    headers = ["Comment by Mirko Lange — 17.07, 2011 @ 13:04", "Comment by Sabine Engelhardt — 17.07, 2011 @ 13:40",
               "Comment by Gerhard Torges — 17.07, 2011 @ 13:53"]  # fmt: skip
    comments = ["35 Comments »", *(part for header, line in zip(headers, COMMENTS[3::3], strict=True) for part in (header, line))]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *comments])))
    assert all(labels[line] == "body" for line in STORY)
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in COMMENTS[3::3])


def test_french_comments_counted_as_reactions_with_the_time_written_15h46_are_cut(label_all_kept: LabelLines) -> None:
    # Drupal's French comment headers ("Soumis par …, le lundi 29 octobre 2012 à 15h46") under
    # a heading counting the "réactions"
    headers = [f"Soumis par {name}, le lundi 29 octobre 2012 à {time}" for name, time in (("monslateamoi", "15h46"),
               ("Roger-Wielgus", "16h01"), ("marianne ARNAUD", "16h30"))]  # fmt: skip
    comments = ["10 réactions", *(part for header, line in zip(headers, COMMENTS[3::3], strict=True) for part in (header, line))]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *comments])))
    assert all(labels[line] == "body" for line in STORY)
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in COMMENTS[3::3])


def test_a_dated_line_without_a_clock_is_no_comment_header(label_all_kept: LabelLines) -> None:
    events = ["Comments", "Council meeting — 17 July 2011 in the town hall", "About time they fixed that bridge, it has been falling apart for years.",
              "Public hearing — 19 July 2011 at the library", "Who is paying for this, though? Not the people who actually use it.",
              "Final vote — 21 July 2011 in the town hall", "I drive over it every day and I will believe it when I see it."]  # fmt: skip
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *events])))
    assert all(labels[line] == "body" for line in events[2::2])


def test_comment_headers_giving_the_age_without_ago_are_stamps(label_all_kept: LabelLines) -> None:
    # WordPress.com prints each comment's header as its writer and age: "Ed Erhart 1 year"
    comments = ["6 Comments on Council votes to replace the bridge"]
    for name, age in (("Ed Erhart", "1 year"), ("Stefan Keller (@sfkeller)", "1 year"), ("Ann Lee", "3 months")):
        comments += [f"{name} {age}", "Thanks for the story, the bridge really needs it.", "Best,", "–Ed"]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *comments])))
    assert all(labels[line] == "body" for line in STORY)
    assert labels["Ed Erhart 1 year"] == lines_module.COMMENTS_REASON


def test_a_comment_sections_label_left_last_leaves_the_text() -> None:
    """The heading (a count, a loading notice) of a comment section whose comments are not in the
    text: the story's last lines; a sentence about comments stays (held-out pages)."""
    import copydesk

    title = "Council votes to rebuild the bridge"
    for closing in (["Comments (35)"], ["Diskussion / Kommentare", "Kommentare werden geladen…"], ["Commentaires"]):
        article = copydesk.clean("\n\n".join([title, *STORY, *closing]))
        assert article.text.endswith(STORY[-1]) and article.blocks, closing
        assert {removed.text for removed in article.removed} >= set(closing)
    said = "The mayor's comments on the bridge drew sharp replies from councillors."
    assert copydesk.clean("\n\n".join([title, *STORY, said])).text.endswith(said)
