"""A reader poll printed with its results (a blog sidebar's WP-Polls or Crowdsignal widget) is
no part of the story in text mode: its label, question, answers and tally leave together
(`lines._poll_lines`).  An election story's result lines, printed alike but under no question
and over no tally, stay."""

from __future__ import annotations

from tests.clean.conftest import LabelLines, kept_texts, labels_by_text

STORY = "The council voted on Tuesday to close the library branch, citing a budget gap of two million dollars."
POLL = [
    "Polls",
    "Have you played the new episode yet? (Spoilers in the comments!)",
    "Not yet, no one to play with (41%, 1,680 Votes)",
    "Yes, the game is great (29%, 1,186 Votes)",
    "No, but I have heard it is great (15%, 625 Votes)",
    "Total Voters: 4,145",
]
SURVEY = ["What do you read most?", "News 52.38% (11 votes)", "Sport 47.62% (10 votes)"]
RESULTS = ["Mayor", "Jane Doe (54%, 2,345 votes)", "John Roe (46%, 1,998 votes)"]
CLOSING = "Turnout was the lowest the county has recorded since the seat was created in 1952."


def test_a_polls_lines_leave_together(label_all_kept: LabelLines) -> None:
    labelled = label_all_kept("\n".join([STORY, *POLL, CLOSING]))
    kept = kept_texts(labelled)
    assert STORY in kept and CLOSING in kept
    assert not set(POLL) & set(kept)
    assert {labels_by_text(labelled)[line] for line in POLL} == {"boilerplate:poll"}


def test_a_poll_with_shares_before_its_votes_leaves(label_all_kept: LabelLines) -> None:
    kept = kept_texts(label_all_kept("\n".join([STORY, *SURVEY, CLOSING])))
    assert not set(SURVEY) & set(kept) and CLOSING in kept


def test_election_results_under_no_question_stay(label_all_kept: LabelLines) -> None:
    kept = kept_texts(label_all_kept("\n".join([STORY, *RESULTS, CLOSING])))
    assert RESULTS[1] in kept and RESULTS[2] in kept


def test_a_lone_answer_shaped_line_stays(label_all_kept: LabelLines) -> None:
    # one line closing on a share and votes, under a question: a sentence, not a poll's answers
    lines = ["Who won the runoff?", "Jane Doe took the seat (54%, 2,345 votes)", CLOSING]
    kept = kept_texts(label_all_kept("\n".join([STORY, *lines])))
    assert lines[1] in kept
