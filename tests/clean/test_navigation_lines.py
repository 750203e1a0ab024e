"""Navigation labels ("Table of Contents", "Back to top", "Share this:") and controls' labels
("Read more »", "Add to cart") leave the story in
both modes; a table of contents takes its entries with it in text mode."""

from __future__ import annotations

import pytest

from copydesk.extract.patterns import furniture_phrases
from copydesk.extract.tidy import drop_navigation_lines, is_navigation_line, is_share_bar
from copydesk.model import Block, BlockKind
from tests.clean.conftest import LabelLines, kept_texts, labels_by_text

HEADINGS = ["Choosing a telescope", "What you need to start"]
PARAGRAPH = "A long paragraph of the guide explains in a full sentence what a beginner should buy first and why."


@pytest.mark.parametrize("line", ["Table of Contents", "TABLE OF CONTENTS Show", "Back to Top", "Share this:", "Jump to Review", "Related Articles", "Written by Ann Lee", "Read more »", "Loading...", "Add to Cart", "Previous Next",
     "Inhaltsverzeichnis", "Table des matières :", "目次", "Teilen", "Zurück nach oben", "Artículos relacionados", "Advert", "Anzeige", "Sharing is caring!",
     "Continue reading the main story", "Story continues below", "More:", "Also read:", "You may also like", "Most read", "Trending now", "Iklan", "Publicidade",
     "1 of 4", "Image 2 of 5", "Picture 1 of 1", "Bild 3 von 12", "Page 1 of 3", "Page 2 / 3 Next page »"])
def test_navigation_labels(line: str) -> None:
    assert is_navigation_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Back to Taylor! It's her music, so why can't she sing it?",  # a sentence of the story
        "Share this information, please?",
        "Back to the drawing board for the council after the vote on the new harbour wall",  # too long for a label
        "The table of contents",
        "Reply to the council",  # a control's word opening a longer line
        "Loading the ferry",
        "Índice de precios al consumidor",  # a one-word label opening a longer line is not the label
        "Teilen Sie uns Ihre Meinung mit",
        "More rain is due on Friday.",  # "More" opening a sentence
        "See also",  # a documentation page's heading over its list of links
        "5/5",  # a rating, which gold texts keep
        "3 of 4 voters agreed",
        "Page 12 of the report says so",
    ],
)
def test_story_lines_are_not_navigation(line: str) -> None:
    assert not is_navigation_line(line)


def test_ad_labels_are_ad_phrases_for_the_models() -> None:
    assert furniture_phrases("Advert") == furniture_phrases("Publicidad") == {"ad"}
    assert furniture_phrases("Advert for the new harbour ferry") == frozenset()  # a story's line, not the label
    assert furniture_phrases("This slideshow requires JavaScript.") == {"script"}  # WordPress's gallery notice


def test_html_bodies_lose_navigation_blocks() -> None:
    blocks = [Block(BlockKind.HEADING, "Table of Contents", 2), Block(BlockKind.PARAGRAPH, PARAGRAPH), Block(BlockKind.PARAGRAPH, "Back to top")]
    assert [b.text for b in drop_navigation_lines(blocks)] == [PARAGRAPH]
    assert drop_navigation_lines(blocks[:1]) == blocks[:1]  # never the whole body


@pytest.mark.parametrize("label", ["Table of Contents", "Inhaltsverzeichnis"])
def test_text_mode_drops_the_contents_and_its_entries(label_all_kept: LabelLines, label: str) -> None:
    text = "\n".join([label, *HEADINGS, "", HEADINGS[0], PARAGRAPH, HEADINGS[1], PARAGRAPH.replace("first", "next"), "Back to top"])
    assert kept_texts(label_all_kept(text)) == [HEADINGS[0], PARAGRAPH, HEADINGS[1], PARAGRAPH.replace("first", "next")]


@pytest.mark.parametrize("line", ["Facebook Twitter Google+ Whatsapp", "Share Tweet LinkedIn", "Email Link", "twitter facebook",
                                  "Twitter Facebook WhatsApp Google+ Buffer LinkedIn Pin It", "Facebook Youtube Linkedin Medium",
                                  "Whatsapp Facebook Pint Baixar", "Teilen Facebook X E-Mail", "Partager Facebook Twitter"])  # fmt: skip
def test_share_bars(line: str) -> None:
    assert is_share_bar(line)


@pytest.mark.parametrize("line", ["Facebook", "Facebook shares fell on Monday", "Share your story with us", "Print edition", "Download it"])
def test_lines_naming_a_network_are_no_share_bar(line: str) -> None:
    assert not is_share_bar(line)


def test_text_mode_drops_a_kept_share_bar(label_all_kept: LabelLines) -> None:
    labelled = label_all_kept("\n\n".join([HEADINGS[0], PARAGRAPH, "Facebook Twitter Google+ Whatsapp", PARAGRAPH.replace("first", "next")]))
    assert "Facebook Twitter Google+ Whatsapp" not in kept_texts(labelled)
    assert labels_by_text(labelled)["Facebook Twitter Google+ Whatsapp"] == "boilerplate:share"


def test_a_share_bar_printed_a_button_a_line_leaves_text_mode() -> None:
    # "Facebook" / "Twitter" / "Pinterest" under the story, each button's name a line of its own;
    # a network's name alone with prose around it stays ("Twitter" may head a section)
    import copydesk
    from tests.clean.bridge_story import HEADLINE, STORY, page

    article = copydesk.clean(page(HEADLINE, *STORY, "Facebook", "Twitter", "Pinterest", STORY[0].replace("Monday", "Tuesday")))
    assert not any(line in article.text.split("\n\n") for line in ("Facebook", "Twitter", "Pinterest"))
    alone = copydesk.clean(page(HEADLINE, *STORY[:2], "Twitter", *STORY[2:]))
    assert "Twitter" in alone.text.split("\n\n")
