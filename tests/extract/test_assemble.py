"""Kept blocks made typed blocks: table cells (`assemble.data_cell`), code listings' lines, headings' permalink marks."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.assemble import (
    MAX_CELL_WRAPPER_LEVELS,
    data_cell,
    enclosing_listing,
    without_heading_marks,
)
from copydesk.extract.pipeline import _with_whole_listings
from copydesk.extract.segment import segment


def _cells(cell_html: str) -> list[tuple[str, str]]:
    """Each block's text and the tag of the cell it stands for ('' for none)."""
    body = LexborHTMLParser(f"<html><body><table><tr>{cell_html}</tr></table></body></html>").body
    assert body is not None
    seg = segment(body)
    found = []
    for block in seg.blocks:
        cell = data_cell(seg.elements, block.owner)
        found.append((block.text, seg.elements[cell].tag if cell >= 0 else ""))
    return found


def test_a_cell_and_a_lone_wrapper_stand_for_the_cell() -> None:
    assert _cells("<td>Fixed()</td><td><p>delay</p></td><th><div><p>cap</p></div></th>") == [
        ("Fixed()", "td"), ("delay", "td"), ("cap", "th"),
    ]  # fmt: skip


def test_a_cell_of_several_blocks_is_a_layout_column() -> None:
    assert _cells("<td><p>First paragraph.</p><p>Second paragraph.</p></td>") == [("First paragraph.", ""), ("Second paragraph.", "")]


@pytest.mark.parametrize("wrapper", ["section", "li", "blockquote"])
def test_other_elements_in_a_cell_keep_their_kind(wrapper: str) -> None:
    assert _cells(f"<td><{wrapper}>Quoted</{wrapper}></td>") == [("Quoted", "")]


def test_wrappers_deeper_than_the_limit_are_not_cells() -> None:
    deep = "<div>" * (MAX_CELL_WRAPPER_LEVELS + 1) + "<p>deep</p>" + "</div>" * (MAX_CELL_WRAPPER_LEVELS + 1)
    assert _cells(f"<td>{deep}</td>") == [("deep", "")]


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Retry policies\u00b6", "Retry policies"),  # Sphinx, MkDocs
        ("Retry policies\u00c2\u00b6", "Retry policies"),  # the same, double-encoded (repaired later)
        ("\U0001f517 Install", "Install"),
        ("Install #", "Install"),
        ("Notes \ue157", "Notes"),  # an icon font's glyph
        ("Section \u00a7", "Section"),
    ],
)
def test_permalink_marks_leave_a_heading(heading: str, text: str) -> None:
    assert without_heading_marks(heading) == text


@pytest.mark.parametrize("heading", ["C#", "\u00a7 230 of the Communications Decency Act", "\u00b6", "Prix \u00c2"])
def test_a_heading_s_own_characters_stay(heading: str) -> None:
    assert without_heading_marks(heading) == heading


def test_a_kept_line_of_a_code_listing_brings_the_whole_listing() -> None:
    lines = ["if ready:", "    start()", "}"]
    listing = "".join(f'<div class="cm-line">{line}</div>' for line in lines)
    body = LexborHTMLParser(f"<html><body><p>Before the code.</p><pre><code>{listing}</code></pre><p>After it.</p></body></html>").body
    assert body is not None
    seg = segment(body)
    page = SimpleNamespace(seg=seg)
    first_line = [block for block in seg.blocks if block.text == "if ready:"]
    assert [block.text for block in _with_whole_listings(page, first_line)] == lines  # type: ignore[arg-type]
    prose = [block for block in seg.blocks if block.text.startswith(("Before", "After"))]
    assert _with_whole_listings(page, prose) == prose  # type: ignore[arg-type]
    listings = {enclosing_listing(seg.elements, block.owner) for block in seg.blocks if block.text in lines}
    assert len(listings) == 1 and seg.elements[listings.pop()].tag == "pre"
