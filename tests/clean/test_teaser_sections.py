"""Text mode: a label naming other stories ("Most read in World", "Don't miss", "Related
articles") and the headlines listed under it, after the story has begun, are not the
story's (`lines._drop_teaser_sections`)."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.clean.features import split_lines
from copydesk.clean.lines import TEASERS_REASON, _drop_teaser_sections
from copydesk.extract.patterns import TEASER_SECTION
from tests.clean.bridge_story import HEADLINE, STORY, page
from tests.clean.conftest import LabelLines, kept_texts, labels_by_text

HEADLINES = [
    "Storm closes coastal road for the second time this winter",
    "School board delays vote on new term dates after parents object",
    "Will the harbour festival return to the quay next summer?",
    "Police appeal for witnesses after late-night crash on the ring road",
]


def _labels(texts: list[str], kept: list[int] | None = None) -> list[str]:
    lines = split_lines("\n".join(texts))
    labels = ["body" if kept is None or i in kept else "boilerplate:menu" for i in range(len(lines))]
    _drop_teaser_sections(lines, labels)
    return labels


def test_headlines_under_a_most_read_label_go() -> None:
    labels = _labels([*STORY, "Most read in World", *HEADLINES])
    assert labels[: len(STORY)] == ["body"] * len(STORY)
    assert labels[len(STORY) :] == [TEASERS_REASON] * (1 + len(HEADLINES))


def test_the_list_ends_at_the_next_sentence() -> None:
    """A "Don't miss" box inside the story: the story's next paragraph stays."""
    labels = _labels([STORY[0], "DON'T MISS", *HEADLINES[:2], "The council meets again in March.", *STORY[1:]])
    assert labels[1:4] == [TEASERS_REASON] * 3
    assert labels[4:] == ["body"] * len(STORY)


def test_a_label_above_the_first_sentence_is_not_read() -> None:
    """A listing headed "Latest news": its items come before any sentence; nothing goes."""
    labels = _labels(["Latest news", *HEADLINES, *STORY])
    assert TEASERS_REASON not in labels


def test_not_on_a_page_of_short_lines() -> None:
    """A collection page whose "Related searches" list is part of what it shows: when less than
    half the kept words are sentences, nothing goes."""
    labels = _labels([STORY[0], "Recommended for you", *HEADLINES, *(f"{h} sale" for h in HEADLINES)])
    assert TEASERS_REASON not in labels


def test_a_spec_label_or_a_related_pointer_is_no_section_label() -> None:
    """"Recommended:" over a game's system requirements, "Related post: <title>" (furniture)."""
    assert TEASERS_REASON not in _labels([*STORY, "Recommended:", *HEADLINES])
    lines = split_lines("\n".join([*STORY, "Related post: Pickled Brussels Sprouts Recipe", *HEADLINES]))
    lines[len(STORY)].furniture = "related"
    labels = ["body"] * len(lines)
    _drop_teaser_sections(lines, labels)
    assert TEASERS_REASON not in labels


def test_clean_keeps_the_story_above_a_most_read_list() -> None:
    article = copydesk.clean(page(HEADLINE, *STORY, "Most read in World", "\n".join(HEADLINES)))
    assert article.text.split("\n\n") == STORY


@pytest.mark.parametrize(
    ("label", "names_stories"),
    [("Recent Articles", True), ("More Videos", True), ("Editor's Picks", True), ("You might also enjoy", True),
     ("Read more", False), ("More in this category", False), ("Popularity of the plan", False)],
)  # fmt: skip
def test_which_labels_name_other_stories(label: str, names_stories: bool) -> None:
    assert (TEASER_SECTION.match(label) is not None) is names_stories


def test_a_most_read_list_goes_whatever_the_model_keeps(label_all_kept: LabelLines) -> None:
    """With every line kept by the model, the list and its label still go, the story stays."""
    labelled = label_all_kept(page(HEADLINE, *STORY, "Most read in World", "\n".join(HEADLINES)))
    assert kept_texts(labelled) == STORY
    assert labels_by_text(labelled)[HEADLINES[0]] == TEASERS_REASON
