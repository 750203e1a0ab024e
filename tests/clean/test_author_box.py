"""Text mode: the story ends before an author box in its second half: the author's name alone
(or "About <name>") followed by a bio naming them (`pipeline._without_author_box`)."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.clean.pipeline import AUTHOR_BOX_REASON, _without_author_box
from copydesk.model import Article, Block, BlockKind
from tests.clean.bridge_story import HEADLINE, STORY, page

BIO = "Mara has covered the town hall for the Valley News since 2017, after ten years at the county paper."


@pytest.mark.parametrize("label", ["Mara Quinlan", "About Mara Quinlan", "Sobre Mara Quinlan"])
def test_the_author_box_under_the_story_goes(label: str) -> None:
    article = copydesk.clean(page(HEADLINE, "By Mara Quinlan", *STORY, label, BIO))
    assert article.authors == ["Mara Quinlan"]
    assert article.text.endswith(STORY[-1])
    assert (BIO, AUTHOR_BOX_REASON) in [(r.text, r.reason) for r in article.removed]


def test_the_authors_name_without_a_bio_after_it_stays() -> None:
    """A quote's attribution or a sign-off naming the author, not a box."""
    article = copydesk.clean(page(HEADLINE, "By Mara Quinlan", *STORY, "Mara Quinlan", STORY[0].replace("Monday", "Tuesday")))
    assert "Tuesday" in article.text


def test_no_box_without_an_author() -> None:
    article = copydesk.clean(page(HEADLINE, *STORY, "Mara Quinlan", BIO))
    assert BIO in article.text


def test_a_name_and_bio_in_the_first_half_are_the_story() -> None:
    """An interview opening on its subject, who wrote it too, is not an author box."""
    intro = "Mara says the vote was the closest the council has seen, and she has watched every one of them."
    texts = [STORY[0], "Mara Quinlan", intro, *STORY[1:]]
    article = Article(authors=["Mara Quinlan"])
    kept = _without_author_box(article, [Block(BlockKind.PARAGRAPH, text) for text in texts])
    assert [block.text for block in kept] == texts


def test_a_bio_paragraph_opening_on_the_authors_name_goes() -> None:
    # no label over it: HTML mode's rule (`tidy.drop_author_bio`), read in text mode too
    bio = "Mara Quinlan covers the town hall for the Valley News. She joined the paper in 2017 after ten years at the county paper."
    article = copydesk.clean(page(HEADLINE, "By Mara Quinlan", *STORY, bio))
    assert article.text.endswith(STORY[-1])
    assert (bio, AUTHOR_BOX_REASON) in [(r.text, r.reason) for r in article.removed]


def test_a_profile_under_the_byline_is_no_closing_box() -> None:
    """A news site printing its writer's profile under the byline, over the story ("Von Markus
    Balser, Berlin" / "Markus Balser" / "Markus Balser kam 2001 zur …"): the story below stays,
    however far down the page the byline stands (held-out: a Süddeutsche story kept only its
    standfirst)."""
    teasers = [f"Teaser headline number {k} about another story" for k in range(8)]
    texts = [*teasers, "By Mara Quinlan, Springfield", "Mara Quinlan", BIO, *STORY]
    article = Article(authors=["Mara Quinlan"])
    kept = _without_author_box(article, [Block(BlockKind.PARAGRAPH, text) for text in texts])
    assert [block.text for block in kept][-len(STORY) :] == STORY
    assert not article.removed


def test_a_bio_with_teasers_under_it_goes_with_them() -> None:
    # the rendering keeps what a page prints under the box: share counts, other stories' teasers
    bio = "Mara Quinlan is the author of a book on small-town politics and has covered the town hall since 2017."
    under = ["by Mara Quinlan", "0 SHARES", "Share Your Thoughts",
             "Seven ways to save on your heating bill this winter, from sealing drafts to turning the thermostat down at night, as our readers explain.",
             "Why the county's new recycling rules will cost some households more, and what the council says it will do about that next year."]  # fmt: skip
    article = Article(authors=["Mara Quinlan"])
    kept = _without_author_box(article, [Block(BlockKind.PARAGRAPH, text) for text in [*STORY, *STORY, bio, *under]])
    assert [block.text for block in kept] == [*STORY, *STORY]
    # with the story under it, the bio is a profile over the story: it stays
    story_after = [f"{text} It went on for a while, and the council heard from the many residents who came to speak about the plan and its cost." for text in STORY]
    texts = [*STORY, *STORY, bio, *story_after, *story_after]
    assert [block.text for block in _without_author_box(Article(authors=["Mara Quinlan"]), [Block(BlockKind.PARAGRAPH, t) for t in texts])] == texts


@pytest.mark.parametrize("label", ["About the author", "Über den Autor/ die Autorin", "À propos de l'auteur", "Sobre el autor:"])
def test_a_box_headed_about_the_author_closes_the_story_whoever_it_names(label: str) -> None:
    """The box's own heading, with or without the name under it and no author read: it and all
    under it go (a German blog's box over its 91 comments, post navigation and reading tips:
    held-out silver 0.42 -> 0.96); in HTML mode too (`tidy.drop_author_bio`)."""
    comments = ["blah blubb sagt:", "Selber schuld, wer das bis heute nicht verstanden hat, finde ich jedenfalls.", "Antworten"]
    story = [*STORY, *STORY]  # past MIN_WORDS_OVER_BOX
    for under in ([label, BIO, *comments], [label, "Mara Quinlan", BIO, *comments]):
        blocks = [Block(BlockKind.PARAGRAPH, text) for text in [*story, *under]]
        article = Article()
        assert [block.text for block in _without_author_box(article, blocks)] == story
        assert {r.reason for r in article.removed} == {AUTHOR_BOX_REASON}
    from copydesk.extract.tidy import drop_author_bio

    blocks = [Block(BlockKind.PARAGRAPH, text) for text in story] + [Block(BlockKind.HEADING, label, 3), Block(BlockKind.PARAGRAPH, BIO)]
    assert [block.text for block in drop_author_bio(blocks, [])] == story


def test_a_box_heading_over_little_story_is_no_end() -> None:
    """The label over a profile near the top (under MIN_WORDS_OVER_BOX words of story above it)."""
    texts = [STORY[0], "About the author", BIO, *STORY[1:]]
    article = Article()
    assert [block.text for block in _without_author_box(article, [Block(BlockKind.PARAGRAPH, t) for t in texts])] == texts


def test_a_profile_opening_the_story_goes_the_story_stays() -> None:
    # the rendering prints the writer's profile between the byline and the story (HTML mode's
    # blocks leave the box out): a paragraph opening on the author's full name, a life story's verb
    # (an adverb between) and a pronoun, over the story
    profile = "Mara Quinlan currently works for the Valley News as a reporter. She grew up in the county and studied history."
    story = [f"{text} It went on for a while, and the council heard from the many residents who came to speak about the plan and its cost." for text in STORY]
    texts = [profile, *story, *story]
    article = Article(authors=["Mara Quinlan"])
    kept = _without_author_box(article, [Block(BlockKind.PARAGRAPH, text) for text in texts])
    assert [block.text for block in kept] == [*story, *story]
    assert [(r.text, r.reason) for r in article.removed] == [(profile, AUTHOR_BOX_REASON)]
    # with little story under it, or no pronoun in it, it stays
    short = [profile, STORY[0]]
    assert [b.text for b in _without_author_box(Article(authors=["Mara Quinlan"]), [Block(BlockKind.PARAGRAPH, t) for t in short])] == short
    lede = ["Mara Quinlan is leaving the council after twelve years, the town clerk said on Monday.", *story, *story]
    assert [b.text for b in _without_author_box(Article(authors=["Mara Quinlan"]), [Block(BlockKind.PARAGRAPH, t) for t in lede])] == lede
