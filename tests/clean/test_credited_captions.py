"""Furniture in lines of text: a line ending in a labelled credit ("… (Photo: AP)", "… Image credit: Getty") is a caption in text mode; bracketed credits, datelines and related-story pointers."""

from __future__ import annotations

import importlib

import pytest

from copydesk.clean.furniture import (
    bracketed_credit,
    caption_credit_alone,
    closing_credit,
    credit_name,
    credited_caption,
    related_title,
    split_dateline,
)
from copydesk.model import Caption
from tests.clean.conftest import LabelLines, kept_texts

STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the harbour."
    for i in range(3)
]


def test_a_credited_line_is_a_caption_and_leaves_the_story(label_all_kept: LabelLines) -> None:
    text = "\n\n".join([STORY[0], "Fishing boats return to the harbour (Image: GETTY )", STORY[1], "The quay at dawn. Photo credit: Ann Lee/AP", STORY[2]])
    labelled = label_all_kept(text)
    assert kept_texts(labelled) == STORY
    assert labelled.captions == [Caption("Fishing boats return to the harbour", "GETTY"), Caption("The quay at dawn.", "Ann Lee/AP")]


def test_a_credit_printed_alone_is_a_caption_and_leaves_the_story(label_all_kept: LabelLines) -> None:
    credits = ["Courtesy of Zillow", "Photo by Jason Kempin/Getty Images", "Photo Credit: Screenshot from the website", "Photographed by Ann Lee."]
    sentence = "Courtesy of the harbour master, the boats were counted again on Monday."  # a sentence runs on: no credit
    text = "\n\n".join([STORY[0], credits[0], STORY[1], credits[1], credits[2], STORY[2], credits[3], sentence])
    labelled = label_all_kept(text)
    assert kept_texts(labelled) == [*STORY, sentence]
    assert labelled.captions == [
        Caption("", "Zillow"), Caption("", "Jason Kempin/Getty Images"), Caption("", "Screenshot from the website"), Caption("", "Ann Lee"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: the harbour at dawn",  # all label: a gallery's or embed's title, not a credited caption
        "Cost per Credit: In-State | $472 Out-of-State | $472",  # a table row
        "The plan (photo: a credit would never run this long, nine or ten words)",
        "Capture Stunning Photos: High-quality image clarity.",  # a product's bullet
    ],
)
def test_lines_that_are_not_credited_captions(line: str) -> None:
    assert credited_caption(line) is None


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Readers in the reading room on Saturday. (Jamie Ortega/AFP/Getty Images)", "Readers in the reading room on Saturday.", "Jamie Ortega/AFP/Getty Images"),
    ("The border crossing at Nogales, Ariz. (AP)", "The border crossing at Nogales, Ariz.", "AP"),
    ("The first map of Titan. ( NASA/JPL-Caltech/ASU )", "The first map of Titan.", "NASA/JPL-Caltech/ASU"),
    ("Two shoppers at the store. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)", "Two shoppers at the store.", "Photo by Kevin Mazur/Getty Images for Ithaca Holdings"),
])  # fmt: skip
def test_a_bracketed_credit_closes_a_caption(line: str, text: str, credit: str) -> None:
    assert bracketed_credit(line) == Caption(text, credit)


@pytest.mark.parametrize("line", [
    "The team's 2019 season in pictures (1/4)",  # a gallery's counter: no letters around the slash
    "Jonas Brodin celebrates with Matt Dumba (left)",  # a bracket, but no credit's shape
    "(AP Photo/Evan Vucci)",  # all bracket: a credit alone, no caption's text
    "The river in flood (seen from the old bridge by the photographers who waited there all night long)",  # too long for a credit
    "The mayor (Photo: a labelled one) spoke",  # not at the end
])  # fmt: skip
def test_lines_without_a_bracketed_credit(line: str) -> None:
    assert bracketed_credit(line) is None


@pytest.mark.parametrize(("paragraph", "place", "agency"), [
    ("BERLIN, 3. März (dpa) - Die Regierung hat am Montag beschlossen.", "BERLIN", "dpa"),  # a day first, as German writes it
    ("PARIS, March 3 (AFP) - France said on Monday.", "PARIS", "AFP"),
    ("THE HAGUE, Netherlands (AP) — The court ruled.", "THE HAGUE", "The Associated Press"),
    ("March 3, 2025 — The Senate voted.", None, None),  # a date is no place
    ("NEW YORK--Verizon is prepping a new app.", "NEW YORK", None),  # a double dash closed up on the story
    ("WASHINGTON (Aug. 13) -- Declaring the corps at stake, he spoke.", "WASHINGTON", None),  # the day in brackets
    ("COVID-19 cases rose again.", None, None),  # a hyphen closed up is a word's
    ("I—and many others—think so.", None, None),  # one letter is no place
])  # fmt: skip
def test_datelines_with_a_region_or_a_day(paragraph: str, place: str | None, agency: str | None) -> None:
    found = split_dateline(paragraph)
    assert ((found[0].place, found[0].agency) if found else (None, None)) == (place, agency)


_CREDIT_LINES = ["Courtesy of Zillow", "Photo by Ann Lee", "PICTURE VIA Reuters", "Pic by me", "Foto via dpa", "Image by NASA",
                 "The photo by the lake", "Photos by Ann", "Credit: AP", "Courtesy: NASA", "x Courtesy of", "Photographed by Ann Lee."]  # fmt: skip


def test_the_credit_line_prescan_finds_every_line_the_pattern_opens() -> None:
    lines_module = importlib.import_module("copydesk.clean.lines")
    assert [i for i, text in enumerate(_CREDIT_LINES) if lines_module._CREDIT_OPENING.match(text)] == [0, 1, 2, 3, 4, 5, 11]
    assert lines_module._credit_line_candidates(_CREDIT_LINES, [8]) == [0, 1, 2, 3, 4, 5, 8, 11]
    scanner = lines_module._CREDIT_HINTS
    try:
        lines_module._CREDIT_HINTS = None  # the search of the joined lines, where the scan is not built
        assert lines_module._credit_line_candidates(_CREDIT_LINES, [8]) == [0, 1, 2, 3, 4, 5, 8, 11]
    finally:
        lines_module._CREDIT_HINTS = scanner


def test_every_credit_alone_opens_with_a_credit_initial() -> None:
    from copydesk.clean.furniture import CREDIT_INITIALS, CREDIT_LABEL_NOUNS, credit_alone

    assert {word[0] for word in (*CREDIT_LABEL_NOUNS, "credit", "courtesy")} | {w[0].upper() for w in CREDIT_LABEL_NOUNS} <= CREDIT_INITIALS
    assert [text for text in _CREDIT_LINES if credit_alone(text)] == [
        "Courtesy of Zillow", "Photo by Ann Lee", "PICTURE VIA Reuters", "Pic by me", "Foto via dpa", "Image by NASA", "Credit: AP", "Courtesy: NASA",
        "Photographed by Ann Lee.",
    ]  # fmt: skip


def test_the_credit_line_prescan_reads_lines_the_compiled_scan_cannot_fold() -> None:
    # "İ" and the Kelvin sign lower-case to ASCII: the scan gives up and the joined lines are searched
    lines_module = importlib.import_module("copydesk.clean.lines")
    assert lines_module._credit_line_candidates(["İstanbul", "Courtesy of Zillow", "\u212a"], []) == [1]


@pytest.mark.parametrize(("line", "title"), [
    ("RELATED PHOTOS: Jennifer Aniston's Backyard Wedding", "Jennifer Aniston's Backyard Wedding"),  # a gallery pointed to
    ("Related video: The mayor speaks at the harbour", "The mayor speaks at the harbour"),
    ("Related coverage: Storm hits the coast", "Storm hits the coast"),
    ("Related: The council votes", "The council votes"),
    ("Related photography tips are below: read them", None),  # no label: "related" begins a sentence
])  # fmt: skip
def test_related_pointers_to_pictures_and_videos(line: str, title: str | None) -> None:
    assert related_title(line) == title


@pytest.mark.parametrize(("line", "title"), [
    ("Lees ook: Kabinet presenteert woningplan", "Kabinet presenteert woningplan"),
    ("Läs också: Regeringen presenterar bostadsplan", "Regeringen presenterar bostadsplan"),
    ("Czytaj także: Rząd przyjął plan mieszkaniowy", "Rząd przyjął plan mieszkaniowy"),
    ("ЧИТАЙТЕ ТАКЖЕ: Правительство утвердило план", "Правительство утвердило план"),
    ("Baca juga: Pemerintah setujui rencana perumahan", "Pemerintah setujui rencana perumahan"),
    ("Leia também: Governo aprova plano de habitação", "Governo aprova plano de habitação"),
    ("Czytaj także o tym, co rząd planuje: ustawa", None),  # the words open a sentence, no label
])  # fmt: skip
def test_related_pointers_in_other_languages(line: str, title: str | None) -> None:
    assert related_title(line) == title


def test_bracketed_credit_on_long_and_odd_lines() -> None:
    assert bracketed_credit("x" + " " * 200_000 + "(AP Photo/Evan Vucci)") == Caption("x", "AP Photo/Evan Vucci")
    assert bracketed_credit(" " * 200_000 + "(AP)") is None  # all bracket once the spaces go
    assert bracketed_credit("(" * 100_000 + ")") is None
    assert bracketed_credit("a (b" * 50_000 + ")") is None


@pytest.mark.parametrize(("credit", "name"), [
    ("(Foto: Christian Charisius/dpa)", "Christian Charisius/dpa"),  # brackets and a label, as a German daily prints it
    ("PHotograph: AHMAD GHARABLI/Getty Images", "AHMAD GHARABLI/Getty Images"),
    ("(Image credit: Future plc)", "Future plc"),
    ("Crédits : Getty", "Getty"),
    ("(Bild: )", None),  # a label over nothing
    ("Photograph by Tyrone Turner, National Geographic Creative", "Tyrone Turner, National Geographic Creative"),
    ("Photos by Richard Shotwell/Invision/AP", "Richard Shotwell/Invision/AP"),
    ("Credit Damon Winter/The New York Times", "Damon Winter/The New York Times"),  # a label for screen readers, no colon
    ("Crédits photo : Jean-Christophe Marmara/Le Figaro", "Jean-Christophe Marmara/Le Figaro"),
    ("credit suisse", "credit suisse"),  # no capital after it: no label
    ("Credits", "Credits"),
    ("© Getty Images", "© Getty Images"),  # the sign is part of the notice
    ("Ann Lee (AP)", "Ann Lee (AP)"),  # brackets inside a credit stay
    ("", None),
])  # fmt: skip
def test_a_credit_is_its_names_without_brackets_or_label(credit: str, name: str | None) -> None:
    assert credit_name(credit) == name


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("Striking members of the union at the college last year. Photograph: Guy Smallman/Getty Images",
     "Striking members of the union at the college last year.", "Guy Smallman/Getty Images"),  # a label the text-mode labels lack
    ("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", "Erdölpumpen im Abendrot.", "TebNad/Shutterstock.com"),
    ("Hurricane Matthew. Source: NASA", "Hurricane Matthew.", "NASA"),
    ("BrandenburgerInnen haben immer zu tun. Foto: Timur | flickr | CC BY 2.0", "BrandenburgerInnen haben immer zu tun.",
     "Timur | flickr | CC BY 2.0"),  # a labelled credit's parts between bars
    ("Cristina Gil, at the Barcelona testing lab | photo by Joan Bardeletti", "Cristina Gil, at the Barcelona testing lab", "Joan Bardeletti"),
    ("Stau © aremac / Clipdealer", "Stau", "© aremac / Clipdealer"),  # after a copyright sign, which stays
    ("Die neue Fraktion im Bundestag© Odd Andersen /AFP", "Die neue Fraktion im Bundestag", "© Odd Andersen /AFP"),
    ("Die Crashanlage ∙ Bild: © ADAC", "Die Crashanlage", "© ADAC"),  # the label before the sign goes too
    ("Scylla 1938 © Spire Healthcare, © Samaritans", "Scylla 1938", "© Spire Healthcare, © Samaritans"),  # the run's first sign
    ("Pennine Way (UK) | © 2019 Jon Norris", "Pennine Way (UK)", "© 2019 Jon Norris"),
    ("The company will cut its emissions across its supply chain. Mike Blake/Reuters",
     "The company will cut its emissions across its supply chain.", "Mike Blake/Reuters"),  # a name and an outlet, unlabelled
    ("Sala de espera de un ambulatorio madrileño. / GORKA LEJARCEGI", "Sala de espera de un ambulatorio madrileño.", "GORKA LEJARCEGI"),
    ("Obreros en Madrid. Fotografía: Ana García / EFE", "Obreros en Madrid.", "Ana García / EFE"),  # labels of more languages
    ("Robotnicy w Warszawie. Fot. PAP/Jan Kowalski", "Robotnicy w Warszawie.", "PAP/Jan Kowalski"),  # Polish "Fot.", no colon
    ("Robotnicy na budowie. Fot. Adam Nowicki", "Robotnicy na budowie.", "Adam Nowicki"),  # its dot is no sentence's end
    ("Рабочие в Москве. Фото: ТАСС", "Рабочие в Москве.", "ТАСС"),
    ("Rakentajia Helsingissä. Kuva: Lehtikuva", "Rakentajia Helsingissä.", "Lehtikuva"),
])  # fmt: skip
def test_a_caption_elements_closing_credit(text: str, caption: str, credit: str) -> None:
    assert closing_credit(text) == Caption(caption, credit)


@pytest.mark.parametrize("text", [
    "He addressed the U.N. Security Council/General Assembly",  # "U.N." ends no sentence
    "Boats in the harbour. The quay at dawn/dusk",  # lower-case words: no names
    "The mayor at City Hall. John Smith",  # no slash: a name alone may be the caption's subject
    "Nicht labern! Foto: Timur | flickr | CC BY 2.0",  # no sentence's end (". ") before the label
    "Ola Bini © Idg Ola Bini, Swedish software developer",  # a caption run into the credit
    "© Getty Images",  # no caption before it: a credit alone (`caption_credit_alone`)
    "",
])  # fmt: skip
def test_caption_elements_without_a_closing_credit(text: str) -> None:
    assert closing_credit(text) is None


@pytest.mark.parametrize(("text", "credit"), [
    ("(Photo: Brett Davis , USA TODAY Sports)", "Brett Davis , USA TODAY Sports"),
    ("Image source: Getty Images.", "Getty Images"),
    ("Illustration: John Ritter", "John Ritter"),
    ("© Archive Photos/Getty Images", "© Archive Photos/Getty Images"),
    ("Copyright ©2025 Example, Inc.", "©2025 Example, Inc"),
    ("Photo : Getty Images", "Getty Images"),  # `credit_alone`'s
    ("Photo by: 'Elio Santos'.", "'Elio Santos'"),  # "by" and a colon both
    ("© Fox News Sean Hannity interviews Dana Rohrabacher", None),  # a credit and a caption
    ("©", None),
    ("Getty Images", None),  # no label, no sign: an agency's name may be a caption's subject
    ("Fot. Jan Kowalski", "Jan Kowalski"),
    ("Zdjęcie: Jan Kowalski", "Jan Kowalski"),
    ("Fotografen am Werk", None),  # a label's letters opening a word
])  # fmt: skip
def test_a_caption_element_printing_a_credit_alone(text: str, credit: str | None) -> None:
    assert caption_credit_alone(text) == credit


def test_closing_credits_on_long_and_odd_texts() -> None:
    assert closing_credit("a " * 100_000 + "© b") == Caption("a " * 99_999 + "a", "© b")
    assert closing_credit("©" * 100_000) is None
    assert closing_credit("a" + " " * 100_000 + "© b") == Caption("a", "© b")  # runs of spaces or brackets before the sign
    assert closing_credit("a" + "(" * 100_000 + "© b") == Caption("a" + "(" * 100_000, "© b")
    assert closing_credit(". " * 100_000) is None
    assert caption_credit_alone("(" * 50_000 + ")") is None


@pytest.mark.parametrize(("second", "credit"), [
    ("Workers at a building site in Berlin. Foto: Kay Nietfeld/dpa", "Kay Nietfeld/dpa"),  # the label goes, as in HTML mode
    ("Workers at a building site in Berlin. (Luis Sinco / Los Angeles Times)", "Luis Sinco / Los Angeles Times"),
    ("Workers at a building site in Berlin. Sean Kilpatrick/The Canadian Press", "Sean Kilpatrick/The Canadian Press"),
    ("Workers at a building site in Berlin. And then the rain came down on all of them that day", None),  # no credit's shape
])  # fmt: skip
def test_a_caption_printed_twice_gives_its_credit_without_a_label(second: str, credit: str | None) -> None:
    from copydesk.clean.furniture import caption_with_credit

    first = "Workers at a building site in Berlin."
    assert caption_with_credit(first, second) == (Caption(first, credit) if credit else None)
