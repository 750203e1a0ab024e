"""Correction notes a story prints, listed as `Article.corrections` and left in its text."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.extract.corrections import MAX_NOTES, is_correction

STORY = [f"Paragraph {n} of the story says what happened at the council this week, and who said it." for n in range(5)]


@pytest.mark.parametrize(
    "note",
    [
        "Correction, Nov. 15, 2019: This article originally misidentified the first publisher of the novel. It was Pocket, not Tor.",
        "Correction added Nov. 18, 2019: The caption below the photograph originally made an unconfirmed statement.",
        "CORRECTION: A previous version of this story gave the wrong date for the vote.",
        "An earlier version of this article misstated the cost of the bridge. It is $12 million, not $21 million.",
        "Editor's note: This story has been corrected to show that the vote took place on Thursday.",
        "Clarification (March 3): The council's vote was non-binding.",
        "This story was corrected to say the bridge is on the east bank. We regret the error.",
        "Korrektur: In einer früheren Version hieß es, die Brücke koste 21 Millionen Euro.",
        "Rectificatif : une version précédente de cet article indiquait une date erronée.",
        "Fe de errores: una versión anterior de este artículo daba una fecha equivocada.",
    ],
)
def test_a_correction_note_is_one(note: str) -> None:
    assert is_correction(note)


@pytest.mark.parametrize(
    "text",
    [
        "Editor's note: This story was updated at 5:45 p.m. ET to include details from the NASA telecon.",  # an update
        "Color correction is an important part of the process.",
        "Corrections to university performance may be made after publication. You can view the release version here.",
        "Correctional officers said the inmates were moved on Tuesday.",
        "The court ordered a correction of the record after the error was found in the filing last year.",
        "Correction: " + "word " * 500,  # a section of the story, not a note
    ],
)
def test_other_text_is_no_correction(text: str) -> None:
    assert not is_correction(text)


def test_both_modes_list_the_note_and_keep_it_in_the_text() -> None:
    note = "Correction, March 3, 2025: An earlier version of this story misstated the cost of the bridge."
    html = "<html><body><article><h1>Bridge</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + f"<p><em>{note}</em></p></article></body></html>"
    text = "Council funds the bridge\n\nBy Jane Doe\n\n" + "\n\n".join(STORY) + f"\n\n{note}"
    for article in (copydesk.extract(html), copydesk.clean(text)):
        assert article.corrections == [note]
        assert note in article.text


def test_notes_are_bounded() -> None:
    notes = [f"Correction {n}: An earlier version of this story misstated figure {n}." for n in range(5_000)]
    html = "<html><body><article><h1>Bridge</h1>" + "".join(f"<p>{p}</p>" for p in STORY + notes) + "</article></body></html>"
    assert len(copydesk.extract(html).corrections) <= MAX_NOTES


def test_edge_paragraphs_read_each_once_from_both_ends() -> None:
    from copydesk.extract.assemble import edge_paragraphs
    from copydesk.model import Article, Block, BlockKind

    def article(n: int) -> Article:
        return Article(blocks=[Block(BlockKind.HEADING, "h"), *(Block(BlockKind.PARAGRAPH, str(k)) for k in range(n)), Block(BlockKind.LIST_ITEM, "li")])

    kinds = (BlockKind.PARAGRAPH,)
    assert edge_paragraphs(article(12), 3, 6, kinds) == ["0", "1", "2", "6", "7", "8", "9", "10", "11"]
    assert edge_paragraphs(article(5), 3, 6, kinds) == ["0", "1", "2", "3", "4"]
    assert edge_paragraphs(article(2), 3, 6, kinds) == ["0", "1"]  # a short story: no paragraph twice
    assert edge_paragraphs(Article(), 3, 6, kinds) == []


@pytest.mark.parametrize("compiled", [True, False])
def test_notes_are_found_with_and_without_the_compiled_scan(compiled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk.extract import corrections

    if not compiled:
        monkeypatch.setattr(corrections, "_SCANNER", None)
    note = "Correction, March 3, 2025: An earlier version of this story misstated the cost of the bridge."
    html = "<html><body><article><h1>Bridge</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + f"<p>{note}</p></article></body></html>"
    assert copydesk.extract(html).corrections == [note]
