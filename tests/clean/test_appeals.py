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
