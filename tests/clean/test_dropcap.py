"""A drop cap the rendering set apart from its word ("T he Davis Cup") is joined back in the
story's opening paragraph and under its headings (`clean.dropcap`); a one-letter word of the
story's language before a word ("A part of", "В восьмидесятых") is not."""

from __future__ import annotations

import copydesk
from copydesk.clean.dropcap import join_drop_caps
from copydesk.model import Block, BlockKind

LATER = "The team said the final would be played in the capital. Much of the squad is new, and Adam Lee is its captain."


def _joined(opening: str, language: str | None = "en", later: str = LATER, heading: bool = False) -> str:
    blocks = [Block(BlockKind.HEADING, "Results", 2)] if heading else []
    blocks += [Block(BlockKind.PARAGRAPH, opening), Block(BlockKind.PARAGRAPH, later)]
    join_drop_caps(blocks, "\n\n".join(block.text for block in blocks), language)
    return blocks[-2].text


def test_a_drop_cap_is_joined_where_the_word_is_printed_elsewhere() -> None:
    assert _joined("T he Davis Cup Final began on Monday in Madrid.") == "The Davis Cup Final began on Monday in Madrid."
    assert _joined("A dam Lee scored twice.") == "Adam Lee scored twice."  # "dam" alone nowhere
    assert _joined("M uch was at stake.") == "Much was at stake."


def test_a_word_printed_once_keeps_its_letter_apart() -> None:
    # a drop cap's word printed nowhere else reads as a letter naming something ("X attracts …")
    assert _joined("M uch was at stake.", later="Nothing else.") == "M uch was at stake."
    assert _joined("X attracts a diverse age range.", later="Nothing else.") == "X attracts a diverse age range."


def test_a_one_letter_word_before_a_word_stays() -> None:
    assert _joined("A part of the deal was kept secret.", later="The part he played was small.") == "A part of the deal was kept secret."
    assert _joined("A new stadium opened.", later="It is anew start, and a new era.") == "A new stadium opened."
    russian = "В восьмидесятых годах команда играла в Москве."
    assert _joined(russian, language="ru", later="Они играли в восьмидесятых.") == russian
    assert _joined(russian, language=None, later="Другой текст.") == russian  # "В" is a word in some language: not joined blind
    assert _joined("I haven't seen it.", language="de", later="Nothing else.") == "I haven't seen it."


def test_only_a_paragraph_opening_the_story_or_a_section_is_read() -> None:
    blocks = [Block(BlockKind.PARAGRAPH, "The match began."), Block(BlockKind.PARAGRAPH, "T he crowd was loud.")]
    join_drop_caps(blocks, "The match began.\n\nT he crowd was loud.", "en")
    assert blocks[1].text == "T he crowd was loud."
    assert _joined("T he crowd was loud.", heading=True) == "The crowd was loud."


def test_clean_joins_the_drop_cap_of_a_storys_first_paragraph() -> None:
    from tests.clean.bridge_story import HEADLINE, STORY, page

    article = copydesk.clean(page(HEADLINE, "T" + " " + STORY[0][1:], *STORY[1:]))
    assert article.text.startswith(STORY[0])


def test_a_text_of_many_sections_opening_so_is_looked_at_a_few_times(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # each look searches the page's whole text: bounded, whatever the input holds
    import importlib

    module = importlib.import_module("copydesk.clean.dropcap")
    searched = []
    real = module._word
    monkeypatch.setattr(module, "_word", lambda word: searched.append(word) or real(word))
    blocks = []
    for n in range(2_000):
        blocks += [Block(BlockKind.HEADING, f"Part {n}", 2), Block(BlockKind.PARAGRAPH, "T he river rose again.")]
    join_drop_caps(blocks, "\n".join(block.text for block in blocks), "en")
    assert len(searched) <= 2 * module.MAX_DROP_CAPS
