"""Text mode: an embedded Instagram post (its label, its text, its signature) is the embed's,
not the story's; a tweet the story quotes stays (the Zyte golds keep them)."""

from __future__ import annotations

import pytest

import copydesk
from tests.clean.bridge_story import STORY


@pytest.mark.parametrize(
    ("label", "signature"),
    [
        ("View this post on Instagram", "A post shared by Ann Lee (@ann.lee) on Jun 16, 2019 at 7:30am PDT"),
        ("Sieh dir diesen Beitrag auf Instagram an", "Ein Beitrag geteilt von Ann Lee (@annlee) am Jun 16, 2019 um 7:30 PDT"),
        ("Voir cette publication sur Instagram", "Une publication partagée par Ann Lee (@annlee) le 16 juin 2019 à 7:30 PDT"),
    ],
)
def test_an_instagram_post_leaves_the_story(label: str, signature: str) -> None:
    post = "Wie ich meine Kollegen gerne habe #bridge #river"
    text = "\n\n".join([STORY[0], STORY[1], label, post, signature, *STORY[2:]])
    article = copydesk.clean(text)
    assert all(line not in article.text for line in (label, post, signature))
    assert all(paragraph in article.text for paragraph in STORY)
    assert [(m.kind, m.title) for m in article.media] == [("social", signature)]


def test_a_label_without_a_signature_goes_alone() -> None:
    far = ["A line of the story that is long enough to be kept as prose here."] * 10
    text = "\n\n".join([STORY[0], "View this post on Instagram", *far, *STORY[1:]])
    article = copydesk.clean(text)
    assert "View this post on Instagram" not in article.text
    assert article.media == []


def test_a_quoted_tweet_stays() -> None:
    tweet, signature = "Observe a minute silence in honour of the departed.", "— The Senate (@Senate) October 9, 2018"
    text = "\n\n".join([STORY[0], tweet, signature, *STORY[1:]])
    assert tweet in copydesk.clean(text).text


def test_an_instagram_signature_without_its_label_goes() -> None:
    signature = "Ein Beitrag geteilt von SKEP (@skep.association) am 23. Okt 2017 um 0:31 Uhr"
    article = copydesk.clean("\n\n".join([STORY[0], STORY[1], signature, *STORY[2:]]))
    assert signature not in article.text
    assert [(m.kind, m.title) for m in article.media] == [("social", signature)]
