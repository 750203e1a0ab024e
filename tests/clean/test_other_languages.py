"""Text mode on pages in other languages than English: the comment section under a German or
Spanish story (its heading and "vor 5 Minuten" stamps), a related-posts list under
"Ähnliche Beiträge", and WordPress's translated share prompt and entry meta under a post.
Each held-out page that showed one kept it (trafilatura's and newspaper4k's test pages)."""

from __future__ import annotations

import importlib

import pytest

from copydesk.clean.features import RELATIVE_TIME, RELATIVE_TIME_HINTS
from copydesk.clean.lines import KEPT_LABELS
from copydesk.extract.patterns import OTHER_COMMENT_BREAK
from copydesk.extract.tidy import is_closing_line
from tests.clean.conftest import LabelLines, labels_by_text

lines_module = importlib.import_module("copydesk.clean.lines")

STORY = [
    f"Absatz {i}: Der Gemeinderat hat am Montag beschlossen, die alte Brücke über den Fluss zu ersetzen, "
    "nachdem sie zwei Prüfungen nicht bestanden hatte und nicht mehr zu reparieren war."
    for i in range(4)
]  # 4 x 27 words: past COMMENT_AFTER_WORDS
COMMENTS = [
    "Kommentare",
    "roofer_joe",
    "vor 5 Minuten",
    "Endlich wird die Brücke erneuert, sie fällt doch schon seit Jahren auseinander.",
    "anna_k",
    "vor einer Stunde",
    "Und wer bezahlt das? Sicher nicht die Leute, die sie jeden Tag benutzen.",
    "mike",
    "vor 2 Stunden",
    "Ich fahre jeden Tag darüber und glaube es erst, wenn ich es sehe.",
]


def test_a_german_comment_section_is_cut(label_all_kept: LabelLines) -> None:
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *COMMENTS])))
    assert all(labels[line] == "body" for line in STORY)
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in COMMENTS[3::3])


@pytest.mark.parametrize(
    ("heading", "stamps"),
    [("Kommentarer", ("för 5 minuter sedan", "för en timme sedan", "för 2 timmar sedan")),
     ("Yorumlar", ("5 dakika önce", "1 saat önce", "2 saat önce")),
     ("Komentāri", ("pirms 5 minūtēm", "pirms 40 minūtēm", "pirms 2 stundām")),
     ("コメント", ("5分前", "1時間前", "2時間前"))],
)  # fmt: skip
def test_a_comment_section_in_more_languages_is_cut(label_all_kept: LabelLines, heading: str, stamps: tuple[str, ...]) -> None:
    comments = [heading]
    for k, stamp in enumerate(stamps):
        comments += [f"user_{k}", stamp, COMMENTS[3 + 3 * k]]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *comments])))
    assert all(labels[line] == "body" for line in STORY)
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in comments[3::3])


def test_a_comment_form_between_the_heading_and_the_comments_in_another_language(label_all_kept: LabelLines) -> None:
    """The form's labels and the site's rules for commenters under the heading (14 lines): the
    stamps are looked for in OTHER_COMMENT_WINDOW lines, not COMMENT_WINDOW."""
    form = ["Name (*):", "E-Mail (*):", "Kommentar:", "* Pflichtfelder", "Ich akzeptiere die Nutzungsbedingungen",
            "Der Inhalt der Kommentare ist die Meinung der Leser, nicht die der Redaktion.",
            "Beleidigende oder rechtswidrige Kommentare sind nicht erlaubt und werden gelöscht.",
            "Die Redaktion behält sich vor, unpassende Kommentare zu entfernen.", "Hinweis",
            "Denken Sie daran, dass Sie für alles verantwortlich sind, was Sie schreiben.", "Senden", "Abbrechen",
            "Vorherige Nächste", "Seite 1 von 2"]  # fmt: skip
    assert lines_module.COMMENT_WINDOW < len(form) + 4 <= lines_module.OTHER_COMMENT_WINDOW
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, COMMENTS[0], *form, *COMMENTS[1:]])))
    assert all(labels[line] == "body" for line in STORY)
    assert all(labels[line] == lines_module.COMMENTS_REASON for line in COMMENTS[3::3])


def test_a_german_comments_heading_without_stamps_is_not_a_cut(label_all_kept: LabelLines) -> None:
    undated = [line for line in COMMENTS if not line.startswith("vor ")]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *undated])))
    assert all(labels[line] == "body" for line in undated[2::2])


@pytest.mark.parametrize(
    "stamp", ["vor 5 Minuten", "Hace una hora", "hace 28 minutos", "il y a 3 heures", "2 ore fa", "há 2 dias",
              "5 minuten geleden", "5 minut temu", "5 минут назад",
              # session 50's languages
              "för 5 minuter sedan", "for 2 timer siden", "2 tuntia sitten", "před 5 minutami", "pred hodinou", "2 órája",
              "acum 2 ore", "5 dakika önce", "πριν από 5 λεπτά", "pirms 5 minūtēm", "prieš 2 valandas", "5 minutit tagasi",
              "prije 2 sata", "pre 3 dana", "5 хвилин тому", "5 menit yang lalu", "5分前", "2小时前", "2시간 전"],
)  # fmt: skip
def test_relative_time_stamps_in_other_languages(stamp: str) -> None:
    assert RELATIVE_TIME.search(stamp) is not None
    assert any(hint in stamp.lower() for hint in RELATIVE_TIME_HINTS)  # the regex is read only on these


@pytest.mark.parametrize(
    "text",
    ["Sono 2 ore di viaggio fino a Roma.",  # "2 ore" without "fa"
     "Před 2. světovou válkou",  # "before" and a number, no unit of time
     "Ο πρωθυπουργός μίλησε πριν από την ψηφοφορία.",
     "Die Zahlen von vor 2020",
     "2024年前の計画"],  # a year, not "2 years ago"
)  # fmt: skip
def test_no_relative_time_stamp(text: str) -> None:
    assert RELATIVE_TIME.search(text) is None


@pytest.mark.parametrize(
    "heading",
    ["Kommentare", "Schreibe einen Kommentar", "Commentaires", "Deja un comentario", "Reacties", "Kommentarer", "Kommentit",
     "Komentáře", "Hozzászólások", "Comentarii", "Yorumlar", "Σχόλια", "Komentāri", "Komentarai", "Kommentaarid", "Komentari",
     "Коментарі", "Tinggalkan Balasan", "コメント", "评论", "댓글"],
)  # fmt: skip
def test_other_languages_comment_headings(heading: str) -> None:
    assert OTHER_COMMENT_BREAK.search(heading) is not None


@pytest.mark.parametrize(
    "label",
    ["Ähnliche Beiträge", "Articles similaires", "También en Noticias", "Articoli correlati",
     # session 50's languages (newspaper4k's Latvian page kept its list)
     "Saistītie raksti", "Relaterade artiklar", "Mest lästa", "Související články", "Kapcsolódó cikkek", "İlgili Haberler",
     "Σχετικά άρθρα", "Berita Terkait", "関連記事", "相关文章", "관련기사",
     # WordPress's "Recent Posts" widget in other languages
     "Neueste Beiträge", "Articles récents", "Entradas recientes", "Latest features"],
)  # fmt: skip
def test_a_related_posts_list_in_another_language_goes(label_all_kept: LabelLines, label: str) -> None:
    related = [label, "Stadt plant neuen Radweg am Ufer", "Schule verschiebt die Abstimmung über die Ferien"]
    labels = labels_by_text(label_all_kept("\n\n".join([*STORY, *related])))
    assert all(labels[line] == "body" for line in STORY)
    assert labels[label] not in KEPT_LABELS  # the teaser cut's, or an interface label's ("Related articles" too)
    assert all(labels[line] == lines_module.TEASERS_REASON for line in related[1:])


@pytest.mark.parametrize(
    "line",
    [
        "Gefällt mir:",
        "Dieser Beitrag wurde veröffentlicht in Allgemein und verschlagwortet mit Brücke von admin. Setze ein Lesezeichen auf den Permalink.",
        "This entry was posted in News by admin. Bookmark the permalink.",
        "Getaggt mit: Brücke, Gemeinderat",
        "Diese Geschichte teilen",
        "Cette entrée a été publiée dans Actualités.",
    ],
)
def test_wordpress_lines_under_a_post_close_it(line: str) -> None:
    assert is_closing_line(line)


def test_the_compiled_hint_scan_finds_what_the_python_one_finds() -> None:
    from copydesk.extract.patterns import OTHER_COMMENT_BREAK_HINTS, hinted_texts

    texts = ["Комментарии", "КОММЕНТАРИИ", "Kommentare", "COMENTÁRIOS", "Deja un comentario", "Home", "Reacties (3)"]
    expected = hinted_texts(None, OTHER_COMMENT_BREAK_HINTS, texts, compiled=False)
    assert expected == [0, 1, 2, 3, 4, 6]
    assert hinted_texts(lines_module._OTHER_COMMENT_HINTS, OTHER_COMMENT_BREAK_HINTS, texts) == expected


@pytest.mark.parametrize(
    "heading",
    ["88 Comentarios", "5 Gedanken zu „Endlich wird es spannend“", "12 commentaires", "3 reacties", "12 kommentarer",
     "5 komentářů", "3 yorum", "7 komentāri", "4 коментарі"],
)  # fmt: skip
def test_comment_counts_in_other_languages(heading: str) -> None:
    from copydesk.extract.patterns import COMMENT_COUNT

    assert COMMENT_COUNT.match(heading) is not None


def test_the_pages_own_stamps_over_and_under_its_headline_do_not_count_against_the_comment_cut(label_all_kept: LabelLines) -> None:
    """The page's date over its headline and the byline's under it are the page's own, not other
    posts' (a Spanish paper's comment section was kept: three page stamps counted, over
    MAX_STAMPS_BEFORE_COMMENTS); a dated line inside the story still counts."""
    headline = "El consejo vota sustituir el viejo puente del río"
    story = [line.replace("Absatz", "Párrafo") for line in STORY]
    comments = ["Comentar", "Alcalino", "Hace 28 minutos", "Ya era hora de arreglar ese puente, se cae a pedazos desde hace años.",
                "Casper", "Hace 37 minutos", "¿Y quién lo paga? Seguro que no la gente que lo usa todos los días.",
                "pepe", "Hace una hora", "Paso por él cada día y no me lo creeré hasta que lo vea."]  # fmt: skip
    page = [f"{headline} - Última Hora", "jueves, 09 enero 2014 - 10:21 h", "Portada", "Local", headline,
            "Patricio Candia | Palma de Mallorca | 08/01/2014", *story, *comments]  # fmt: skip
    labels = labels_by_text(label_all_kept("\n\n".join(page)))
    assert all(labels[line] == "body" for line in story)
    assert labels[comments[3]] == lines_module.COMMENTS_REASON
    dated = [*page[: 6 + 2], "Foto: 27-06-2012", "Noticia del 12-01-2014", *page[6 + 2 :]]  # two dated lines inside the story
    assert lines_module.COMMENTS_REASON not in label_all_kept("\n\n".join(dated)).labels
