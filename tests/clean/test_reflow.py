"""A hard-wrapped text (a terminal browser's dump, a mail archive) has its paragraphs joined
back into a line each before the lines are read (`clean.reflow`); other texts are left alone."""

from __future__ import annotations

import textwrap

import copydesk
from copydesk.clean.reflow import join_fragments, reflow, wrap_width
from tests.clean.bridge_story import HEADLINE

STORY = [
    ("The town council voted on Monday to replace the old river bridge, closing a debate that has run for a decade "
     "and split the town between those who wanted a new crossing and those who wanted the old one mended."),
    ("The new bridge will carry two lanes of traffic and a cycle path, and work is due to start in the spring, "
     "the council said, once the river authority has agreed to the plans for the new piers and the approach roads."),
    ("Residents who opposed the plan said the council had not listened to the people who live closest to the river, "
     "and that the old bridge, built in 1887, was a part of the town that could not be replaced by a new one."),
    ("The council said the old bridge had failed two inspections and could not be repaired at a reasonable cost, "
     "and that the engineers it had asked had all advised it to build a new bridge rather than to patch the old one."),
]
MENU = ["Home", "News", "Sport", "Business", "Weather", "Sign in"]
FOOTER = ["About us", "Contact", "Privacy policy", "(c) 2024 The Riverside Gazette"]


def _wrapped(width: int = 72) -> str:
    paragraphs = ["\n".join(MENU), HEADLINE, *("\n".join(textwrap.wrap(p, width)) for p in STORY), "\n".join(FOOTER)]
    return "\n\n".join(paragraphs)


def test_a_wrapped_texts_paragraphs_are_joined_and_its_menu_is_not() -> None:
    text = _wrapped()
    assert wrap_width(text.split("\n")) is not None
    lines = reflow(text).split("\n")
    assert all(paragraph in lines for paragraph in STORY)
    assert all(item in lines for item in MENU + FOOTER)  # short lines: each wrapper's line ended there


def test_a_text_a_paragraph_a_line_is_left_alone() -> None:
    text = "\n\n".join(["\n".join(MENU), HEADLINE, *STORY, "\n".join(FOOTER)])
    assert wrap_width(text.split("\n")) is None and reflow(text) == text


def test_short_lines_going_on_in_capitals_are_no_wrapped_text() -> None:
    # a shop's grid: lines of one length, each its own item
    items = [f"Stainless steel water bottle, {n} ml, in graphite grey and blue" for n in range(100, 2100, 100)]
    text = "\n".join(item.capitalize() for item in items)
    assert reflow(text) == text


def test_a_long_link_in_a_wrapped_text_is_let_past_the_width() -> None:
    link = "https://example.org/" + "a" * 200
    text = _wrapped().replace("Sign in", f"Sign in\n{link}")
    assert wrap_width(text.split("\n")) is not None
    assert STORY[0] in reflow(text).split("\n")


def test_clean_gives_a_wrapped_storys_paragraphs_whole() -> None:
    article = copydesk.clean(_wrapped())
    assert article.text.split("\n\n") == STORY


def test_a_text_with_windows_line_ends_is_read_alike() -> None:
    # blank lines are counted as such with "\r\n" too: here they decide how many long lines
    # may run past the width (a blank "\r" line counted as a filled one let the second link by)
    links = [f"https://example.org/{n}/" + "a" * 200 for n in range(2)]
    menu = "\n\n".join(f"Section {n}" for n in range(120))
    for text in (_wrapped(), "\n\n".join([menu, _wrapped(), *links])):
        assert reflow(text.replace("\n", "\r\n")).splitlines() == reflow(text).splitlines()


def test_wrapped_markdown_is_joined_around_its_lists_and_links() -> None:
    # html2text wraps paragraphs at 78 columns, breaking a picture's address at a hyphen; its list
    # items and long link lines stay whole and are not joined
    menu = [f"  * [Section number {n}](https://courier.example/sections/{n}/" + "x" * 120 + ")" for n in range(4)]
    picture = "![](https://courier.example/wp-content/uploads/2015/07/water-\nmain.jpg?fit=578%2C385&strip=all)"
    text = "\n".join(menu) + "\n\n" + picture + "\n\n" + "\n\n".join("\n".join(textwrap.wrap(p, 78)) for p in STORY)
    lines = reflow(text).split("\n")
    assert lines[:4] == menu
    assert "![](https://courier.example/wp-content/uploads/2015/07/water-main.jpg?fit=578%2C385&strip=all)" in lines
    assert all(paragraph in lines for paragraph in STORY)


# A story printed a text node a line, as BeautifulSoup's get_text("\n", strip=True) prints it: each
# link and italic run on a line of its own
NODES = [
    "WeWork agreed to a", "rescue by its largest shareholder", ", Japanese technology investment company SoftBank, last month.",
    "The", "New York Times", "reported on Sunday that WeWork is preparing to cut 4,000 jobs.",
    "A spokeswoman for", "Neumann", "’s family office declined to comment.",
    "Shares of", "SoftBank", "fell 2 percent on the news", ".",
]  # fmt: skip


def test_a_text_printed_a_text_node_a_line_has_its_sentences_joined() -> None:
    lines = join_fragments("\n".join(NODES)).split("\n")
    assert "WeWork agreed to a rescue by its largest shareholder, Japanese technology investment company SoftBank, last month." in lines
    assert "New York Times reported on Sunday that WeWork is preparing to cut 4,000 jobs." in lines  # "The" stays apart
    # a line ending on a word no sentence ends on goes on whatever the case of the next
    assert "A spokeswoman for Neumann’s family office declined to comment." in lines
    assert "Shares of SoftBank fell 2 percent on the news." in lines


def test_code_and_texts_without_such_pieces_are_left_alone() -> None:
    code = ["1", "import os", "2", "from twilio.rest import Client", "3", ")", "4", ". venv/bin/activate", "5", "; done"]
    assert join_fragments("\n".join(code)) == "\n".join(code)
    story = "\n\n".join(STORY)
    assert join_fragments(story) == story


def test_clean_joins_a_storys_text_nodes() -> None:
    article = copydesk.clean("\n".join(["Home", "News", "Sport", *NODES]))
    assert "WeWork agreed to a rescue by its largest shareholder, Japanese technology" in article.text
