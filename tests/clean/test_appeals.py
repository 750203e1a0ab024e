"""Text mode: a fundraising appeal under the story ends it ("Support my work!", "…a small
favor to ask"); the same words in a sidebar printed over the story's headline end at the
headline (a blog's "Support my work!" box above the post cut the whole post)."""

from __future__ import annotations

import importlib

from tests.clean.bridge_story import HEADLINE, STORY, page
from tests.clean.conftest import LabelLines, labels_by_text

lines_module = importlib.import_module("copydesk.clean.lines")

APPEAL = [
    "Support my work!",
    "I do not accept any advertisement. However, you can support the blog with donations through PayPal, and every gift helps.",
]
SIDEBAR = ["If you want to meet me in person, I organise regular talks open to the public in the town hall every month.", *APPEAL]


def test_an_appeal_under_the_story_ends_it(label_all_kept: LabelLines) -> None:
    labels = labels_by_text(label_all_kept(page(f"{HEADLINE} – The Town Blog", HEADLINE, *STORY, *APPEAL)))
    assert all(labels[line] == "body" for line in STORY)
    assert all(labels[line] == lines_module.APPEAL_REASON for line in APPEAL)


def test_an_appeal_over_the_headline_leaves_the_story(label_all_kept: LabelLines) -> None:
    labels = labels_by_text(label_all_kept(page(f"{HEADLINE} – The Town Blog", *SIDEBAR, HEADLINE, *STORY)))
    assert all(labels[line] == "body" for line in STORY)
    assert all(labels[line] == lines_module.APPEAL_REASON for line in APPEAL)  # the box runs up to the headline


def test_an_appeal_in_other_languages_ends_the_story(label_all_kept: LabelLines) -> None:
    # a German site's "Unterstützen Sie unabhängigen Journalismus!" under each story of an endless
    # page (held-out: the stories under it were kept in text mode), a French "Soutenez … !"
    for opening in ("Unterstützen Sie unabhängigen Journalismus!", "Soutenez notre rédaction !"):
        appeal = [opening, APPEAL[1]]
        labels = labels_by_text(label_all_kept(page(f"{HEADLINE} – The Town Blog", HEADLINE, *STORY, *appeal)))
        assert all(labels[line] == "body" for line in STORY)
        assert all(labels[line] == lines_module.APPEAL_REASON for line in appeal)


def test_every_far_appeal_alternative_opens_with_a_listed_opening() -> None:
    # the C pre-scan of the lines before the last ones looks for these openings only
    import re

    from copydesk.extract.patterns import APPEAL_OPENING_ANYWHERE
    from copydesk.extract.tidy import _ANYWHERE_OPENINGS

    for alternative in APPEAL_OPENING_ANYWHERE.pattern.split("|"):
        if alternative.startswith("^"):
            word = re.match(r"\^(\w+)", alternative)
            assert word is not None and f"{word[1]} " in _ANYWHERE_OPENINGS, alternative
