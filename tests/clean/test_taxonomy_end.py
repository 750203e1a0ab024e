"""In text mode, a story's taxonomy line ("Tags: …", "getaggt mit: …", WordPress's "This entry
was posted in …") followed by post navigation, a comment form and sidebar links ends the kept
lines; one followed by sentences (tags printed above the story's body) does not.  Held-out blogs
(trafilatura's and htmldate's cached pages) kept their blog furniture under the tags."""

from __future__ import annotations

import re

import pytest

from copydesk.extract.patterns import CLOSING_LINE_PHRASES, TAXONOMY_HINTS
from copydesk.extract.tidy import is_closing_line
from tests.clean.conftest import LabelLines, kept_texts

STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the bridge, "
    "who voted for it and what it will cost the town."
    for i in range(5)
]  # 5 x 29 words: past COPYRIGHT_AFTER_WORDS
UNDER_TAGS = ["« Previous post", "Next post »", "Leave a Reply", "Name *", "Recent Posts", "Spring market opens", "Archives"]


def _kept(label_lines: LabelLines, lines: list[str]) -> list[str]:
    return kept_texts(label_lines("\n\n".join(lines)))


@pytest.mark.parametrize(
    "tags",
    ["Tags: bridge, council, budget", "Tagged: bridge", "Filed under: Local news", "getaggt mit: Brücke Gemeinderat",
     "Schlagwörter: Brücke, Gemeinderat", "Étiquettes : pont", "This entry was posted in News by admin.",
     "Themen in diesem Artikel", "Related Topics Bridges Council Budget", "Topics: bridges, council"],
)  # fmt: skip
def test_the_blog_furniture_under_the_tags_goes(label_all_kept: LabelLines, tags: str) -> None:
    assert _kept(label_all_kept, [*STORY, tags, *UNDER_TAGS]) == STORY
    sidebar = ["Spring market opens on Saturday", "Harbour festival returns", "Archives"]  # no other rule's furniture
    assert _kept(label_all_kept, [*STORY, tags, *sidebar]) == STORY


def test_sentences_after_the_tags_stay(label_all_kept: LabelLines) -> None:
    more_story = [line.replace("Paragraph", "Later paragraph") for line in STORY]
    lines = [*STORY, "Tags: bridge, council", *more_story]
    assert _kept(label_all_kept, lines) == lines


def test_tags_above_most_of_the_story_are_no_end(label_all_kept: LabelLines) -> None:
    sidebar = ["Spring market opens on Saturday", "Harbour festival returns", "Archives"]
    lines = [STORY[0], "Tags: bridge, council", *sidebar]  # under COPYRIGHT_AFTER_WORDS words of story above
    assert _kept(label_all_kept, lines) == lines


def test_tagged_is_a_closing_line() -> None:
    assert is_closing_line("Tagged: amazon")
    assert is_closing_line("Tagged with: amazon, brazil")
    assert not is_closing_line("Tagged as a risk by the regulator, the bank cut its lending.")


@pytest.mark.parametrize("pattern", CLOSING_LINE_PHRASES["taxonomy"])  # TAXONOMY_LINE's alternatives
def test_every_taxonomy_alternative_holds_a_hint(pattern: str) -> None:
    """`clean.lines._taxonomy_start` reads the regex only on lines holding a hint."""
    literal = re.sub(r"\(\?:[^)]*\)\??|\[[^\]]*\]|\\[bsS]\*?|\.\{[^}]*\}|\^|.\?", "|", pattern)
    assert any(hint in part for part in literal.split("|") for hint in TAXONOMY_HINTS), pattern


TEASERS_WITH_SUMMARIES = [
    "Council opens the new ferry pier",
    "The harbour's new pier opened on Monday after two years of work, and the first ferry docked there at noon.",
    "Market moves to the square",
    "The weekly market moves to the town square in March, the council said in a statement on Friday.",
]


def test_the_storys_permalink_ends_it_however_much_prose_follows(label_all_kept: LabelLines) -> None:
    # Heise prints the story's address under it, then share buttons and teasers with their summaries
    permalink = "Permalink: http://news.example/-2596987"
    assert _kept(label_all_kept, [*STORY, permalink, "Version zum Drucken", *TEASERS_WITH_SUMMARIES]) == STORY


def test_a_threads_permalinks_end_nothing(label_all_kept: LabelLines) -> None:
    # a Reddit thread links its story so, and prints a permalink under every comment
    lines = [*STORY[:4], "Permalink: https://news.example/story", STORY[4], "permalink", *TEASERS_WITH_SUMMARIES[1::2]]
    assert STORY[4] in _kept(label_all_kept, lines)
