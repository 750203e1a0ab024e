"""The title a cleaned text reports is ranked among the lines that may be one (`clean.headline`):
a text printed without the page's <title> line opens on a menu's line, which the rules took for
the title ("Skip to content", "Cart 0"); where the <title> line is there and printed again over
the story, the rules' echo stands."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

import copydesk
from copydesk.clean.lines import label_lines
from copydesk.extract.scorer import load_forest
from tests.clean.bridge_story import HEADLINE, STORY, page

headline = importlib.import_module("copydesk.clean.headline")


@pytest.mark.parametrize(
    "opening",
    [
        ["Cart 0", "Sign In", "Menu", "Search"],
        ["Sign In", "Home > Local > Council"],
        ["Sign In", "Home", "Local", "Sport", "Newsletters"],
        ["Valley News", "Home", "Local", "Sport"],
    ],
)
def test_a_menus_first_line_is_no_title_of_a_text_without_its_title_line(opening: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone take the first line (a <title> line by its shape) for the title; ranked,
    the headline over the story is the title, and it leaves the text."""
    text = page(*opening, HEADLINE, *STORY)
    article = copydesk.clean(text)
    assert article.title == HEADLINE
    assert article.text.startswith(STORY[0]) and HEADLINE not in article.text
    monkeypatch.setattr(headline, "_model", lambda: None)
    assert copydesk.clean(text).title == opening[0]


def test_the_rules_echo_of_a_title_part_stands() -> None:
    """"Headline | Site" printed first and the headline printed again: the ranker is not asked."""
    text = page(f"{HEADLINE} | Valley News", "Home", "Local", HEADLINE, *STORY)
    labelled = label_lines(text)
    found = (labelled.title_line, HEADLINE, None)
    assert headline.rules_stand(labelled.lines, found, 0)
    assert not headline.rules_stand(labelled.lines, (0, HEADLINE, None), 0)  # the first line itself
    assert copydesk.clean(text).title == HEADLINE


def test_a_lone_line_of_prose_stays_the_text() -> None:
    """The ranker never takes one of the story's paragraphs, nor a text's only kept line."""
    line = "Hello there, this is a sentence that reads like prose"
    article = copydesk.clean(line)
    assert article.text == line
    assert article.title != line
    assert headline.best_candidate([0, 1, 2], np.array([0.9, 0.5, 0.7]), [True, False, False]) == 2
    assert headline.best_candidate([0], np.array([0.9]), [True]) is None


def test_the_rules_title_stands_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    text = page("Sign In", "Home", "News", HEADLINE, *STORY)
    assert label_lines(text).title == HEADLINE
    monkeypatch.setattr(headline, "_model", lambda: None)
    assert label_lines(text).title == "Sign In"


def test_the_shipped_model_reads_the_codes_features() -> None:
    """A model trained on other columns is refused (`load_forest`), so the ranker's rows and the
    shipped model agree; its candidates' rows have one column a feature."""
    assert load_forest(headline.HEADLINE_MODEL, headline.FEATURE_NAMES) is not None
    text = page("Skip to content", "Home", HEADLINE, *STORY)
    labelled = label_lines(text)
    scan = labelled.scan
    assert scan is not None
    keep, story = importlib.import_module("copydesk.clean.lines").kept_lines(scan)
    indices, titles, rows = headline.candidate_lines(
        scan.lines, scan.texts, story, keep, scan.rows, scan.probabilities, scan.flags.stamps, 0, None, None
    )
    assert rows.shape == (len(indices), len(headline.FEATURE_NAMES))
    assert HEADLINE in titles and len(titles) == len(indices)


def test_a_breadcrumb_printing_the_headline_is_not_the_title() -> None:
    """A trail of sections ending on the headline ("… | Posts | Local | <headline>") over the
    headline itself: the line printing a line under it again is the trail (`holds_line_below`)."""
    text = page("Cart 0", "Menu", f"Two for News | Posts | Local | {HEADLINE}", HEADLINE, *STORY)
    assert copydesk.clean(text).title == HEADLINE


@pytest.mark.parametrize(
    "lines",
    [
        [f"Menu entry number {k} of the site" for k in range(60_000)],  # headline-shaped lines, no story
        [f"Section {k} of the site's menu" for k in range(30_000)] + [HEADLINE, *STORY],  # the story at the very end
        ["\x00\x01\x02 \ufffd\ufffd", "Ω≈ç√∫", "\u200b\u200b", HEADLINE, *STORY],  # control and odd characters
    ],
)
def test_the_candidates_are_bounded_on_bad_input(lines: list[str]) -> None:
    """However many lines may be a headline, the ranker reads the windows over the story (or the
    first MAX_UNANCHORED_LINES where no sentence is kept), and the title reported is a candidate's
    or the rules' line."""
    labelled = label_lines("\n\n".join(lines))
    scan = labelled.scan
    assert scan is not None
    keep, story = importlib.import_module("copydesk.clean.lines").kept_lines(scan)
    first = importlib.import_module("copydesk.clean.title").page_title_line(scan.lines)
    indices, titles, rows = headline.candidate_lines(
        scan.lines, scan.texts, story, keep, scan.rows, scan.probabilities, scan.flags.stamps, labelled.title_line, None, first
    )
    bound = max(headline.MAX_UNANCHORED_LINES, 2 * (headline.HEADLINE_WINDOW + headline.LINES_UNDER_STORY)) + 1
    assert len(indices) == len(titles) == len(rows) <= bound
    assert labelled.title is None or labelled.title in titles or labelled.title == labelled.texts[labelled.title_line or 0]
