"""The language read from the text where the markup declares none, and in text mode."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import copydesk
from copydesk.config import FilterConfig
from copydesk.extract.language import LANGUAGE_SAMPLE_CHARS, detect_language
from copydesk.model import Document, Source
from copydesk.run.steps import KeepWhere

STORIES = {
    "en": "The minister will ask the Security Council to break the impasse that has kept the international "
    "community from acting, and to let aid convoys reach the people trapped in the city.",
    "de": "Der Bundestag hat am Donnerstag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. "
    "Die Opposition kritisierte das Vorhaben scharf und kündigte Widerstand im Bundesrat an.",
    "fr": "Le gouvernement a présenté mercredi un projet de loi sur la réforme des retraites, que les syndicats "
    "jugent injuste et contre lequel ils appellent à manifester la semaine prochaine.",
    "es": "El Gobierno aprobó este martes un plan de ayudas para los agricultores afectados por la sequía, "
    "que según las organizaciones del sector llega demasiado tarde para salvar la cosecha.",
    "ru": "Правительство утвердило новый план поддержки малого бизнеса, который вступит в силу в следующем "
    "месяце и затронет несколько тысяч предприятий по всей стране.",
    "zh": "这是一个关于中国经济发展的新闻报道，记者在北京进行了采访。政府官员表示，今年的经济增长将保持稳定，"
    "并将继续推动改革开放。",
}


@pytest.mark.parametrize("code", sorted(STORIES))
def test_the_language_of_a_story_is_read_from_its_text(code: str) -> None:
    assert detect_language(STORIES[code]) == code


@pytest.mark.parametrize("text", ["", "Loading... Loading...", "Home About Contact", "12345 67890", "\ud800" * 50])
def test_too_little_text_or_text_that_cannot_be_encoded_names_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_only_the_opening_sample_is_read() -> None:
    """A German story with an English comment thread far below it is German."""
    assert len(STORIES["de"]) < LANGUAGE_SAMPLE_CHARS
    assert detect_language(STORIES["de"] + " " + STORIES["en"] * 20) == "de"


@given(st.text(max_size=2000))
def test_any_text_gives_a_code_or_none_and_never_raises(text: str) -> None:
    found = detect_language(text)
    assert found is None or (found.isalpha() and found.islower())


def _page(lang_attribute: str, story: str) -> str:
    return f"<html{lang_attribute}><body><article><h1>Headline</h1>" + f"<p>{story}</p>" * 4 + "</article></body></html>"


def test_a_page_without_a_declared_language_gets_the_language_of_its_text() -> None:
    assert copydesk.extract(_page("", STORIES["fr"])).language == "fr"


def test_the_declared_language_comes_first() -> None:
    """The markup's declaration is kept even where the text reads otherwise (a template's
    ``lang="en"`` on a German story is the publisher's mistake, not ours to second-guess)."""
    assert copydesk.extract(_page(' lang="en"', STORIES["de"])).language == "en"


def test_text_mode_reads_the_language_of_the_cleaned_text() -> None:
    text = "Advertisement\n\nHeadline of the story\n\n" + "\n\n".join([STORIES["es"]] * 4) + "\n\nAdChoices\n"
    assert copydesk.clean(text).language == "es"


def test_a_crawl_of_plain_texts_can_be_filtered_by_language() -> None:
    """Text records used to carry no language, so ``--language`` dropped every one."""
    keep_english = KeepWhere(FilterConfig(languages=("en",)))
    english = Document(Source(kind="text"), article=copydesk.clean("Headline of the story\n\n" + "\n\n".join([STORIES["en"]] * 4)))
    french = Document(Source(kind="text"), article=copydesk.clean("Titre de l'article\n\n" + "\n\n".join([STORIES["fr"]] * 4)))
    assert keep_english.reason(english) is None
    assert keep_english.reason(french) == "filter:language"


def test_mojibake_control_characters_do_not_hide_the_language() -> None:
    """Text mode reads the language before the mojibake is repaired; CLD2 refuses C1 controls
    ("â\\x80\\x99" for "’") as invalid UTF-8, so they are blanked for it."""
    text = STORIES["en"].replace("'", "").replace("the people", "the city\u00e2\u0080\u0099s people")
    assert "\u0080" in text
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("en-US", "en"), ("pt_BR", "pt"), ("EN", "en"), ("eng", "en"), ("ger", "de"), ("zh-Hans", "zh"),
     ("fil", None), ("x-default", None), ("english", None), ("", None)],
)  # fmt: skip
def test_a_declared_tag_gives_its_iso_639_1_code_or_none(tag: str, expected: str | None) -> None:
    # "fil" is Filipino, not Finnish ("fi"): a three-letter code without a 639-1 one declares none
    from copydesk.extract.language import declared_language

    assert declared_language(tag) == expected


def test_an_undeclarable_tag_leaves_the_language_to_the_text() -> None:
    story = "<p>The council met on Tuesday and voted for the plan after a long debate in the town hall.</p>" * 3
    assert copydesk.extract(f'<html lang="fil"><body><article>{story}</article></body></html>').language == "en"
    assert copydesk.extract(f'<html lang="deu"><body><article>{story}</article></body></html>').language == "de"
