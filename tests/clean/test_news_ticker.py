"""In text mode, a news ticker under the story (the site's live feed of other news, newest first:
"14:44 Accusations …", "14:32 …") leaves the kept lines, with its label ("Direct"); a live
blog's own entries, timed from its top, and times that rise (a transcript, a schedule) stay."""

from __future__ import annotations

from tests.clean.conftest import LabelLines, kept_texts, labels_by_text

STORY = [
    f"Paragraph {i} of the story explains in a long and complete sentence what the council decided about the bridge, "
    "and why the vote on Tuesday night came after two years of inspections, public meetings and a lawsuit."
    for i in range(5)
]  # fmt: skip
TICKER = [
    "14:44 Accusations de viols : 14 militaires mis en cause",
    "14:32 Un artiste arrêté pour avoir coloré un geyser",
    "14:10",
    "Un tremblement de terre de magnitude 6,8 a touché la Papouasie-Nouvelle-Guinée, selon l'institut américain.",
    "13:54 En Islande, une loi ancienne est abrogée",
    "13:43 Le Conseil constitutionnel refuse d'examiner le texte",
    "13h18 Les calories bientôt affichées sur les bouteilles",
]


def test_a_ticker_under_the_story_goes_with_its_label(label_all_kept: LabelLines) -> None:
    labelled = label_all_kept("\n\n".join([*STORY, "Direct", *TICKER]))
    assert kept_texts(labelled) == STORY
    assert {labels_by_text(labelled)[line] for line in ["Direct", *TICKER]} == {"boilerplate:teasers"}


def test_a_live_blogs_entries_and_rising_times_stay(label_all_kept: LabelLines) -> None:
    live = "\n\n".join([STORY[0], *TICKER, *STORY[1:]])  # the entries open after a short introduction
    assert kept_texts(label_all_kept(live)) == [STORY[0], *TICKER, *STORY[1:]]
    rising = list(reversed([line for line in TICKER if line[:1].isdigit()]))  # a day's schedule, in order
    assert kept_texts(label_all_kept("\n\n".join([*STORY, *rising]))) == [*STORY, *rising]
    four = [line for line in TICKER if line[:1].isdigit()][:4]
    assert kept_texts(label_all_kept("\n\n".join([*STORY, *four]))) == [*STORY, *four]  # too few for a ticker
