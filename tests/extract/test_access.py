"""A story's access as the markup declares it: free, metered or paywalled (`metadata.declared_access`)."""

from __future__ import annotations

import pytest

import copydesk
from tests.extract.markup import jsonld_script

STORY = "".join(f"<p>Paragraph {n} of the story says what the council decided about the bridge this week.</p>" for n in range(5))


def access(head: str) -> str | None:
    return copydesk.extract(f"<html><head><title>Bridge</title>{head}</head><body><article><h1>Bridge</h1>{STORY}</article></body></html>").access


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:content_tier" content="metered">', "metered"),
        ('<meta property="article:content_tier" content="locked">', "paywalled"),
        ('<meta property="article:content_tier" content="Free">', "free"),
        (jsonld_script({"@type": "NewsArticle", "headline": "Bridge", "isAccessibleForFree": False}), "paywalled"),
        (jsonld_script({"@type": "NewsArticle", "headline": "Bridge", "isAccessibleForFree": "True"}), "free"),
        (jsonld_script({"@type": "NewsArticle", "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"}}), "paywalled"),
        (jsonld_script({"@graph": [{"@type": "WebPage", "isAccessibleForFree": False}, {"@type": "NewsArticle", "headline": "Bridge"}]}), "paywalled"),
        ('<meta itemprop="isAccessibleForFree" content="false">', "paywalled"),
        # the tier says more than the flag (metered sites flag their stories not free)
        ('<meta property="article:content_tier" content="metered">' + jsonld_script({"@type": "NewsArticle", "isAccessibleForFree": False}), "metered"),
        ("", None),
        (jsonld_script({"@type": "NewsArticle", "isAccessibleForFree": {"odd": 1}}), None),  # no Boolean: undeclared
        ('<meta property="article:content_tier" content="gold-plated">', None),
    ],
)
def test_declared_access(head: str, expected: str | None) -> None:
    assert access(head) == expected


def test_huge_part_lists_are_read_in_bounded_time() -> None:
    parts = [{"@type": "WebPageElement", "isAccessibleForFree": True}] * 20_000 + [{"isAccessibleForFree": False}]
    assert access(jsonld_script({"@type": "NewsArticle", "hasPart": parts})) == "free"  # the first parts read, not 20,001
    assert access(jsonld_script({"@type": "NewsArticle", "hasPart": parts * 3})) is None  # a script over the JSON-LD size cap is not parsed
