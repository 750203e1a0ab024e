"""The agency prefilter (plain cores, lower-cased) must find every text the agency regexes find."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import copydesk
from copydesk.clean.furniture import split_dateline
from copydesk.extract import wire
from copydesk.extract.wire import person_names
from copydesk.model import Article, Block, BlockKind, Caption

_PIECES = ["Reuters", "REUTERſ", "XİNHUA", "xınhua", "(AP)", "(ap)", "Associated Press", "dpa", "DPA-", "afp", "Agence France-Presse",
           "bloomberg", " news", "the ", "Canadian Press", "“", "—", " ", "é", "x", "(", ")", "PA Media"]  # fmt: skip


def _regex_agency(text: str) -> str | None:
    return next((name for name, pattern in wire.AGENCIES if pattern.search(text)), None)


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
@example("REUTERſ")  # long s: IGNORECASE takes it for "s"
@example("XİNHUA")  # dotted capital I: "i" for IGNORECASE, "i̇" for str.lower
def test_prefilter_keeps_every_agency_the_regexes_find(text: str) -> None:
    assert wire.agency_in(text) == _regex_agency(text)


def test_only_four_non_ascii_characters_match_ascii_letters_under_ignorecase() -> None:
    # what _IGNORECASE_ASCII folds (checked up to U+1FFFF; a search of all of Unicode finds the same four)
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(cp) for cp in range(128, 0x20000) if letter.fullmatch(chr(cp))}
    assert found == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert [c.translate(wire._IGNORECASE_ASCII).lower() for c in sorted(found)] == ["i", "i", "s", "k"]


def test_cores_come_from_every_pattern_part() -> None:
    assert "agence france" in wire.AGENCY_CORES and "(ap)" in wire.AGENCY_CORES
    assert len(wire.AGENCY_CORES) == sum(len(p.pattern.split("|")) for _, p in wire.AGENCIES)


def test_only_the_lead_photo_credit_names_the_agency() -> None:

    body = [Block(BlockKind.PARAGRAPH, "The council met on Tuesday and voted for the new bridge.")]
    later_photo = Article(blocks=body, captions=[Caption("The old bridge", "Staff photo"), Caption("Protest", "Reuters")])
    lead_photo = Article(blocks=body, captions=[Caption("Protest", "Reuters"), Caption("The old bridge", "Staff photo")])
    assert wire.wire_agency(later_photo) is None
    assert wire.wire_agency(lead_photo) == "Reuters"


def test_an_agency_photo_over_a_staff_writers_story_is_no_wire_copy() -> None:
    """The paper's own reporter under an agency's lead photo (held-out: a Nature story by its staff
    writer under a Xinhua photo, Süddeutsche's under a dpa one); an agency byline still counts."""
    body = [Block(BlockKind.PARAGRAPH, "The council met on Tuesday and voted for the new bridge.")]
    photo = [Caption("Protest", "Ou Dongqu/Xinhua/ZUMA")]
    assert wire.wire_agency(Article(blocks=body, captions=photo, authors=["Elizabeth Gibney"])) is None
    assert wire.wire_agency(Article(blocks=body, captions=photo)) == "Xinhua"
    assert wire.wire_agency(Article(blocks=body, captions=photo, authors=["Jane Doe, Reuters"])) == "Reuters"


STORY = "<h1>Quake hits the coast</h1>" + "<p>The council met on Tuesday and voted for the plan after a long debate.</p>" * 4


def _agency(head: str, body: str = "") -> str | None:
    import copydesk

    return copydesk.extract(f"<html><head>{head}</head><body><article>{STORY}{body}</article></body></html>").wire_agency


def test_the_markup_s_credits_name_the_agency_a_page_does_not_print() -> None:
    author_org = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Associated Press"}}</script>'
    assert _agency(author_org) == "The Associated Press"
    assert _agency('<meta name="copyright" content="Copyright 2024 Reuters">') == "Reuters"
    source = '<script type="application/ld+json">{"@type": "NewsArticle", "sourceOrganization": [{"name": "Agence France-Presse"}]}</script>'
    assert _agency(source) == "AFP"
    assert _agency('<meta name="author" content="Jane Doe"><meta name="copyright" content="The Daily Example">') is None


def test_what_the_page_prints_comes_before_the_markup() -> None:
    # an agency named in the copy is read first; a rights line in the markup names the agency only without one
    body = [Block(BlockKind.PARAGRAPH, "TOKYO (AP) — A strong earthquake struck off the coast on Monday.")]
    assert wire.wire_agency(Article(blocks=body), "Copyright 2024 Reuters") == "The Associated Press"
    assert wire.wire_agency(Article(blocks=[Block(BlockKind.PARAGRAPH, "A story.")]), "Copyright 2024 Reuters") == "Reuters"


@pytest.mark.parametrize(("authors", "persons"), [
    (["SAM ORTIZ Associated Press"], ["SAM ORTIZ"]),
    (["Sam Ortiz", "The Associated Press"], ["Sam Ortiz"]),
    (["Jo Lee, Reuters"], ["Jo Lee"]),
    (["Reuters"], []),
    (["Sam Ortiz AP"], ["Sam Ortiz"]),
    (["Jo Ap", "Michael Bloomberg"], ["Jo Ap", "Michael Bloomberg"]),  # abbreviations in capitals only; Bloomberg a surname
    (["Jo Lee, dpa"], ["Jo Lee"]),
    (["Jane Doe, PA"], ["Jane Doe, PA"]),  # a physician assistant as often as the Press Association
    (["Ana Ruiz / Agence France-Presse"], ["Ana Ruiz"]),
    (["Jane Doe (Reuters)"], ["Jane Doe"]),
    (["PTI"], []), (["Jane Doe, PTI"], ["Jane Doe"]),
])  # fmt: skip
def test_agencies_are_no_authors(authors: list[str], persons: list[str]) -> None:
    assert person_names(authors) == persons


@pytest.mark.parametrize(("paragraph", "agency"), [
    ("LONDON (Reuters) - Shares rose.", "Reuters"), ("OTTAWA (CP) — The House sat.", "The Canadian Press"),
    ("BERLIN (dpa) - Der Bundestag tagte.", "dpa"), ("NEW YORK (Bloomberg) -- Stocks fell.", "Bloomberg"),
    ("LIMA (The Canadian Press) — Talks ended.", "The Canadian Press"), ("PARIS (Le Monde) - Un article.", "Le Monde"),
    ("SEOUL, Aug. 20 (Yonhap) -- North Korea said.", "Yonhap"), ("NEW DELHI (PTI) - The court ruled.", "Press Trust of India"),
    ("SYDNEY (AAP) - The court ruled.", "Australian Associated Press"), ("WIEN (APA) - Der Nationalrat tagte.", "APA"),
    ("AMSTERDAM (ANP) - Het kabinet viel.", "ANP"), ("OSLO (NTB) - Regjeringen la fram.", "NTB"),
    ("WARSZAWA (PAP) - Sejm uchwalił.", "PAP"), ("JAKARTA (ANTARA) - Pemerintah menyatakan.", "Antara"),
])  # fmt: skip
def test_a_datelines_agency_is_named_as_the_wire_table_names_it(paragraph: str, agency: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None and found[0].agency == agency


@pytest.mark.parametrize(("paragraph", "place", "agency"), [
    ("Frankfurt/Main (dpa) - Für einen Roman hat Frank Witzel den Buchpreis erhalten.", "Frankfurt/Main", "dpa"),
    ("Rio de Janeiro (AFP) – Le président a parlé.", "Rio de Janeiro", "AFP"),
    ("Berlin (Reuters) - Der Bundestag tagte.", "Berlin", "Reuters"),
    ("Madrid, 5 mar (EFE).- El Gobierno aprobó el plan.", "Madrid", "EFE"),  # EFE's full stop, a day between
    ("MADRID (EFE).- El Gobierno aprobó el plan.", "MADRID", "EFE"),
    ("Frankfurt/Main (dpa-AFX) - Die Aktie stieg.", "Frankfurt/Main", "dpa"),  # dpa's business service
])  # fmt: skip
def test_a_title_case_place_makes_a_dateline_before_a_known_agency(paragraph: str, place: str, agency: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None and (found[0].place, found[0].agency) == (place, agency)


@pytest.mark.parametrize("paragraph", [
    "Jane Doe (Editor) - the best of the week.",  # no agency in the brackets: a name and a dash
    "Berlin - Die Regierung hat beschlossen.",  # no agency at all: only an upper-case place makes a dateline then
    "Die Kanzlerin und ihr Kabinett (dpa) - ein Kommentar.",  # a phrase, not a place
    "Madrid, 5 de marzo - El Gobierno aprobó el plan.",  # no agency
])  # fmt: skip
def test_a_title_case_opening_without_a_known_agency_is_no_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph) is None


def test_every_agency_in_the_table_is_found_by_its_written_name() -> None:
    for entry in wire.AGENCY_TABLE:
        for spelled in entry.spelled:
            text = "Reporting by " + spelled.replace("[- ]", "-").title()
            assert wire.agency_in(text) == entry.name


def test_a_wire_byline_gives_the_agency_and_the_person() -> None:
    text = "\n\n".join([
        "Council delays budget vote as road repairs split members", "By SAM ORTIZ Associated Press",
        "NEW YORK (AP) — The city council voted on Tuesday night to push its budget vote to the spring, after councillors could not agree.",
        "Mayor Dana Whitfield said the delay would give staff time to cost three options for the repair program, which has grown by a third.",
        "The finance committee will meet in February to review the options, and a public hearing is planned for early March.",
    ])  # fmt: skip
    article = copydesk.clean(text)
    assert (article.authors, article.wire_agency) == (["Sam Ortiz"], "The Associated Press")  # written as a name (`as_written`)
    html = "<html><body><article><h1>Council delays budget vote</h1><p class='byline'>By Reuters</p>" + "<p>The city council voted on Tuesday night to push its budget vote to the spring after a long debate.</p>" * 4 + "</article></body></html>"
    page = copydesk.extract(html)
    assert (page.authors, page.authors_source, page.wire_agency) == ([], None, "Reuters")


@pytest.mark.parametrize(("byline", "agency"), [
    ("By Jane Doe, PTI", "Press Trust of India"), ("SAM ORTIZ AP", "The Associated Press"), ("Jane Doe (UPI)", "UPI"),
    ("Jo Lee, dpa", "dpa"), ("Jane Doe", None), ("By Jane Doe, AAP", "Australian Associated Press"), ("Jo Lee, ANI", "ANI"),
])  # fmt: skip
def test_an_agency_abbreviation_closing_the_byline_names_the_wire(byline: str, agency: str | None) -> None:
    article = Article(authors=[byline], blocks=[Block(BlockKind.PARAGRAPH, "The court ruled on Tuesday that the law stands.")])
    assert wire.wire_agency(article) == agency


@pytest.mark.parametrize(("paragraph", "agency"), [
    ("The American Academy of Pediatrics (AAP) recommends that children sleep at least ten hours.", None),
    ("The American Psychological Association (APA) published its guidance on Tuesday.", None),
    ("Australian Associated Press reported the verdict on Tuesday.", "Australian Associated Press"),
    ("New Delhi [India], Nov 20 (ANI): The court ruled on Tuesday that the law stands.", "ANI"),
    ("The Korean Central News Agency said the launch had succeeded.", "KCNA"),
    ("Laut Evangelischem Pressedienst (epd) tagte die Synode.", "epd"),
])  # fmt: skip
def test_national_agencies_and_their_lookalikes(paragraph: str, agency: str | None) -> None:
    assert wire.wire_agency(Article(blocks=[Block(BlockKind.PARAGRAPH, paragraph)])) == agency


@pytest.mark.parametrize(("opening", "agency"), [
    ("WIEN (APA) -", "APA"),  # read in a dateline's brackets only, never in running text's
    ("SYDNEY (AAP) -", "Australian Associated Press"),
    ("BERLIN (dpa) -", "dpa"),
])  # fmt: skip
def test_a_datelines_agency_is_the_wire_agency(opening: str, agency: str) -> None:
    paragraph = "The council met on Tuesday and voted for the plan after a long debate."
    story = f"<h1>Quake hits the coast</h1><p>{opening} {paragraph}</p>" + f"<p>{paragraph}</p>" * 3
    article = copydesk.extract(f"<html><body><article>{story}</article></body></html>")
    assert article.dateline is not None and article.dateline.agency == agency
    assert article.wire_agency == agency


def test_an_abbreviation_in_brackets_elsewhere_names_no_agency() -> None:
    body = "<p>The study (APA) was published on Tuesday and found that the plan had worked well.</p>"
    assert _agency("", body) is None
