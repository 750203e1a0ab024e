"""German prints every noun capitalised: on a German text the line model's `title_case` of
the lines ending a sentence is lowered to what an English sentence prints; English texts
and the lines ending no sentence (menus, labels) are left alone."""

from __future__ import annotations

import numpy as np

from copydesk.clean.features import COLUMN, ENGLISH_CAPITALS_SHARE, _line_rows, line_rows, split_lines

GERMAN = [
    "Der Gemeinderat hat am Montag beschlossen, die alte Brücke über den Fluss zu ersetzen.",
    "Die neue Brücke soll zwei Fahrspuren und einen Radweg bekommen, die Arbeiten beginnen im Frühjahr.",
    "Anwohner, die gegen den Plan waren, sagten, der Rat habe den Menschen am Fluss nicht zugehört.",
    "Die alte Brücke hatte zwei Prüfungen nicht bestanden und war nicht mehr zu reparieren.",
    "Weitere Nachrichten aus der Region",
]
ENGLISH = [
    "The town council voted on Monday to replace the old river bridge, closing a long debate.",
    "The new bridge will carry two lanes of traffic and a cycle path, and work starts in the spring.",
    "Residents who opposed the plan said the council had not listened to the people by the river.",
    "The council said the old bridge had failed two inspections and could not be repaired.",
    "More News From The Region",
]


def _title_case(texts: list[str], discounted: bool) -> np.ndarray:
    lines = split_lines("\n\n".join(texts))
    rows = line_rows(lines)[0] if discounted else _line_rows(lines)[0]
    return rows[:, COLUMN["title_case"]]


def test_a_german_texts_sentences_are_discounted() -> None:
    before, after = _title_case(GERMAN, False), _title_case(GERMAN, True)
    assert np.median(before[:4]) > 0.2  # nouns capitalised
    assert np.median(after[:4]) <= ENGLISH_CAPITALS_SHARE + 1e-9
    assert after[4] == before[4]  # a label ending no sentence keeps its capitals


def test_an_english_text_is_left_alone() -> None:
    assert np.array_equal(_title_case(ENGLISH, False), _title_case(ENGLISH, True))
