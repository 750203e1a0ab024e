"""A very long line is kept whatever the line model says only if it is written in sentences."""

from __future__ import annotations

import importlib

from copydesk.clean.features import split_lines

lines_module = importlib.import_module("copydesk.clean.lines")

COUNTRIES = "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan " * 35
SENTENCES = "The council met on Tuesday and approved the plan after a long debate about its cost. " * 25
HINDI = "परिषद ने मंगलवार को बैठक की और लागत पर लंबी बहस के बाद योजना को मंजूरी दी। " * 22


def _line(text: str):  # type: ignore[no-untyped-def]
    (line,) = split_lines(text)
    return line


def test_a_long_list_without_sentences_is_not_always_prose() -> None:
    line = _line(COUNTRIES)
    assert line.words >= lines_module.ALWAYS_PROSE_WORDS
    assert not lines_module._always_prose(line)


def test_a_long_run_of_sentences_is_always_prose_in_any_script() -> None:
    for text in (SENTENCES, HINDI):
        line = _line(text)
        assert line.words >= lines_module.ALWAYS_PROSE_WORDS
        assert lines_module._always_prose(line)


def test_a_shorter_line_is_left_to_the_model() -> None:
    assert not lines_module._always_prose(_line("The council met on Tuesday. " * 40))


def test_a_flattened_country_picker_is_cut_from_the_article() -> None:
    from copydesk import clean

    story = "\n\n".join(
        ["The council approved the new bridge on Tuesday after a long debate about its cost.",
         "Work starts in spring and should be finished within two years, the mayor said.",
         "Residents will be able to comment on the design at three public meetings this month."]
    )  # fmt: skip
    article = clean(f"Council approves the bridge\n\n{story}\n\nSelect your country\n{COUNTRIES}\n\nContact us")
    assert "bridge on Tuesday" in article.text
    assert "Afghanistan" not in article.text
