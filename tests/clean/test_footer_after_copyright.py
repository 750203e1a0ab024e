"""In text mode, a copyright notice followed by headlines and stamps (teaser feeds, footers)
ends the kept lines; one followed by sentences (a layout printing it above the story) does not."""

from __future__ import annotations

from tests.clean.conftest import LabelLines, kept_texts

STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the bridge, "
    "who voted for it and what it will cost the town."
    for i in range(5)
]  # 5 x 29 words: past COPYRIGHT_AFTER_WORDS
NOTICE = "© 2019 Example Media Inc. All Rights Reserved."
FEED = ["More World", "Why farmers paint their cows with zebra stripes", "32M ago", "Woman risks her life to save a koala", "1H ago"]


def _kept(label_lines: LabelLines, lines: list[str]) -> list[str]:
    return kept_texts(label_lines("\n\n".join(lines)))


def test_a_feed_after_the_copyright_notice_goes(label_all_kept: LabelLines) -> None:
    assert _kept(label_all_kept, [*STORY, NOTICE, *FEED]) == STORY


def test_sentences_after_the_notice_stay(label_all_kept: LabelLines) -> None:
    more_story = [line.replace("Paragraph", "Later paragraph") for line in STORY]
    assert _kept(label_all_kept, [*STORY, NOTICE, *more_story]) == [*STORY, NOTICE, *more_story]


def test_a_notice_before_much_of_the_story_is_not_a_footer(label_all_kept: LabelLines) -> None:
    assert _kept(label_all_kept, [STORY[0], NOTICE, *FEED]) == [STORY[0], NOTICE, *FEED]  # under COPYRIGHT_AFTER_WORDS
