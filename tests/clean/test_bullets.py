"""A text renderer's list bullets are taken off before the lines are read (`clean.bullets`)."""

from __future__ import annotations

import copydesk
from copydesk.clean.bullets import without_bullets

STORY = [
    "The county's water board voted on Wednesday to raise rates by nine percent from July, the first increase in four years.",
    "Board members said the money would pay for replacing cast-iron mains laid in the 1950s, which break several times a month.",
    "Residents who spoke at the meeting asked for a cheaper rate for pensioners and for families with young children.",
    "The board agreed to study a discount and report back in the autumn, before the second stage of the increase.",
]
MENU = ["Home", "News", "Local", "Sport", "Business", "Opinion", "Weather", "Obituaries"]
RELATED = ["School board weighs a longer day", "New bus routes start on Monday", "Library hours to grow in June"]


def _page(bullet: str, sub_bullet: str) -> str:
    """A news page as inscriptis prints it: every list's items behind a bullet, indented."""
    menu = "\n".join(f"  {bullet} {item}" + "".join(f"\n      {sub_bullet} {item} {n}" for n in (1, 2)) for item in MENU)
    related = "\n".join(f"    {bullet} {item}" for item in RELATED)
    return f"{menu}\n\nWater rates to rise nine percent\n\n" + "\n\n".join(STORY) + f"\n\nRelated stories\n\n{related}\n"


def test_a_renderers_bulleted_menus_are_read_as_menus() -> None:
    # the bulleted menu's first item had been taken for the headline ("* Home")
    for bullet, sub_bullet in (("*", "+"), ("•", "◦")):
        article = copydesk.clean(_page(bullet, sub_bullet))
        assert article.title == "Water rates to rise nine percent"
        assert article.text == "\n\n".join(STORY)


def test_bullets_come_off_where_a_renderer_bulleted_every_list() -> None:
    assert without_bullets("  * Home\n  * News\n      + Local\n          o Courts\nStory line.") == "Home\nNews\nLocal\nCourts\nStory line."
    # the letter "o" at the margin is a word ("o Brasil"), an indented one inscriptis's third-level bullet
    assert without_bullets("  * Home\n  * News\no Brasil venceu.") == "Home\nNews\no Brasil venceu."


def test_a_pages_own_few_bullets_and_dashes_stay() -> None:
    # a story's own bulleted list (under a tenth of its lines) tells the model it is the story's
    story = "\n".join(STORY * 3)
    own = f"{story}\n• Intro to Ohm's Law\n{story}"
    assert without_bullets(own) == own
    dialogue = "- Where are you going?\n- Home.\n" + story
    assert without_bullets(dialogue) == dialogue  # a dash opens a line of dialogue as often as a list item
    assert without_bullets("*emphasis* opens this line\n2 * 3 = 6") == "*emphasis* opens this line\n2 * 3 = 6"
