"""The removed lines are `RemovedLine` records however they are built (in C where `text_fast`
is, by the dataclass otherwise): same type, same fields, same JSON."""

from __future__ import annotations

import json

import pytest

import copydesk
from copydesk.clean import pipeline
from copydesk.clean.features import RawLine, split_lines
from copydesk.model import Article, Block, BlockKind, RemovedLine

TEXT = "Advertisement\n\nHome\n\nNews\n\n" + "The council voted on Monday to replace the old river bridge, closing a long debate. " * 3


def test_compiled_records_are_the_dataclass() -> None:
    if pipeline.text_fast is None:  # pragma: no cover - depends on the build
        pytest.skip("text_fast is not built here")
    lines = split_lines("Home\n\nThe council met on Monday.\n\nAdvertisement\n\nA Heading")
    assert type(lines[0]) is not RawLine  # the C records, read by their C fields
    labels = ["boilerplate:menu", "body", "boilerplate:ad", "heading"]
    for these in (lines, [RawLine(line.text, line.words, line.terminal, line.group, line.blank_before, line.phrases) for line in lines]):
        built, stays = pipeline.text_fast.removed_records(RemovedLine, these, labels, frozenset({"body", "heading"}))
        assert all(type(record) is RemovedLine for record in built)
        assert built == [RemovedLine("Home", "boilerplate:menu"), RemovedLine("Advertisement", "boilerplate:ad")]
        assert stays == [1, 3]
    with pytest.raises(ValueError):
        pipeline.text_fast.removed_records(RemovedLine, lines, labels[:1], frozenset())


def test_staying_blocks_are_made_alike() -> None:
    """`pipeline.staying_blocks` (in C where `text_fast` is built): a paragraph a "body" line, a
    level-2 heading a "heading" line, the title's line and removed lines left out, as the
    dataclass makes them, from C lines and from `RawLine`s."""
    lines = split_lines("Headline\n\nHome\n\nThe council met on Monday.\n\nA Heading\n\nIt voted.")
    labels = ["title", "boilerplate:menu", "body", "heading", "body"]
    stays = [0, 2, 3, 4]
    expected = [Block(BlockKind.PARAGRAPH, "The council met on Monday."), Block(BlockKind.HEADING, "A Heading", 2),
                Block(BlockKind.PARAGRAPH, "It voted.")]  # fmt: skip
    raw = [RawLine(line.text, line.words, line.terminal, line.group, line.blank_before, line.phrases) for line in lines]
    for these in (lines, raw):
        for compiled in (True, False):
            built = pipeline.staying_blocks(these, labels, stays, compiled=compiled)
            assert built == expected
            assert all(type(block) is Block for block in built)


def test_cleaned_records_serialise_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = copydesk.clean(TEXT)
    monkeypatch.setattr(pipeline, "text_fast", None)
    plain = copydesk.clean(TEXT)
    assert compiled.removed and compiled.removed == plain.removed
    assert json.dumps(compiled.to_dict()) == json.dumps(plain.to_dict())
    assert Article.from_dict(compiled.to_dict()).removed == compiled.removed
