"""In text mode a kept line printed again word for word is kept once, as HTML mode keeps a
paragraph once (`tidy.drop_repeats`): long lines only, questions excepted."""

from __future__ import annotations

from tests.clean.conftest import LabelLines, kept_texts, labels_by_text

STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the bridge."
    for i in range(3)
]


def test_a_story_printed_twice_is_kept_once(label_all_kept: LabelLines) -> None:
    labelled = label_all_kept("\n\n".join([*STORY, "The bridge in numbers", *STORY]))
    assert kept_texts(labelled) == [*STORY, "The bridge in numbers"]
    assert [label for label in labelled.labels[-3:]] == ["boilerplate:repeated"] * 3


def test_short_lines_and_questions_may_repeat(label_all_kept: LabelLines) -> None:
    """A refrain or label under the repeat length, and an interview's question to each guest."""
    refrain = "Eat every two to three hours."
    question = "What is the one book you would take to a desert island, and why that one above all others?"
    lines = [STORY[0], refrain, question, STORY[1], refrain, question, STORY[2]]
    assert kept_texts(label_all_kept("\n\n".join(lines))) == lines
    assert "boilerplate:repeated" not in labels_by_text(label_all_kept("\n\n".join(lines))).values()


LONG_STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the bridge, "
    "who voted for it, what the engineers said about the old one and what the new one will cost the town."
    for i in range(6)
]  # 6 x 40 words: flattened into one line they make 240


def test_the_story_flattened_into_one_line_beside_its_paragraphs_goes(label_all_kept: LabelLines) -> None:
    """A page printing its body again as one line (a JSON body rendered as text): that line goes."""
    flattened = " ".join(LONG_STORY)
    labelled = label_all_kept("\n\n".join([*LONG_STORY, "What the council said", flattened]))
    assert kept_texts(labelled) == [*LONG_STORY, "What the council said"]
    assert labels_by_text(labelled)[flattened] == "boilerplate:repeated"


def test_a_long_line_quoting_one_paragraph_stays(label_all_kept: LabelLines) -> None:
    """A long paragraph that repeats one earlier line (a pull quote, a summary) is its own text."""
    summary = LONG_STORY[0] + " " + " ".join(f"Then point {i} of a long analysis follows, with numbers and names." for i in range(15))
    lines = [*LONG_STORY[:3], summary]
    assert kept_texts(label_all_kept("\n\n".join(lines))) == lines
