"""The story's text from the page's JSON-LD when the page itself shows less of it.

News sites hand search engines the whole story in a schema.org ``articleBody``
while the page a crawler fetches shows only its start (a paywall: two
paragraphs, then "Subscribe to continue") or nothing at all (a shell that a
script fills in). The printed blocks are kept wherever they hold most of the
story; ``articleBody`` replaces them only when it is much longer and, where
the page printed anything, it holds what the page printed — the same story,
not a summary, a teaser or another story's body.
"""

from __future__ import annotations

import html
import re
from typing import Any

from copydesk.extract.features import tokens
from copydesk.extract.patterns import word_total
from copydesk.model import Block, BlockKind

# Tuned together on the idea, not on dev pages (no dev page shows less than two thirds of its
# articleBody, so the dev sets do not move): a body is a story when it has MIN_BODY_WORDS, it
# stands for the page's blocks when they hold at most 1 / BODY_TO_PAGE_RATIO of its words and at
# least MIN_SHARED_SHARE of their words are the body's (a teaser's or a pitch's words are not).
MIN_BODY_WORDS = 80  # a shorter articleBody is a summary or a stub
BODY_TO_PAGE_RATIO = 2.0  # the page prints at most half the story
MIN_SHARED_SHARE = 0.6  # of the printed words, this share must be the body's words
MAX_BODY_CHARS = 500_000  # a longer "story" is a dump: not read

_BLOCK_BREAK = re.compile(r"(?i)<\s*(?:br|/p|/div|/h[1-6]|/li|/blockquote|p|div|h[1-6]|li|blockquote)\b[^>]*>")
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_LINE_BREAK = re.compile(r"\s*\n\s*")


def story_body(objects: list[dict[str, Any]]) -> str:
    """The ``articleBody`` of the JSON-LD objects (only articles have one), or '': the longest,
    unless two or more stories' bodies are there (a listing's items: none is the page's)."""
    bodies = {value for obj in objects if isinstance(value := obj.get("articleBody"), str) and 0 < len(value) <= MAX_BODY_CHARS}
    if len(bodies) > 1 and sum(word_total([body]) >= MIN_BODY_WORDS for body in bodies) > 1:  # words counted in C
        return ""
    return max(bodies, key=len, default="")


def body_paragraphs(body: str) -> list[str]:
    """An ``articleBody``'s paragraphs: split at its line breaks, or at the block tags of the
    HTML some sites put there (the tags dropped, entities read); spaces collapsed."""
    if "<" in body and _TAG.search(body):
        body = _TAG.sub("", _BLOCK_BREAK.sub("\n", body))  # inline tags print no space
    if "&" in body:
        body = html.unescape(body)
    return [" ".join(line.split()) for line in _LINE_BREAK.split(body) if line.strip()]


def markup_body_blocks(objects: list[dict[str, Any]], printed: list[Block]) -> list[Block] | None:
    """The ``articleBody``'s paragraphs as blocks when they should stand for the `printed`
    blocks (see the module's docstring); None to keep the printed ones."""
    body = story_body(objects)
    if not body:
        return None
    body_size = word_total([body])  # words counted in C: most pages stop here, at no tokenising cost
    printed_size = word_total([block.text for block in printed])
    if body_size < MIN_BODY_WORDS or printed_size * BODY_TO_PAGE_RATIO > body_size:
        return None
    if printed:
        known = set(tokens(body))
        printed_words = [word for block in printed for word in tokens(block.text)]
        if sum(map(known.__contains__, printed_words)) < MIN_SHARED_SHARE * len(printed_words):
            return None
    return [Block(BlockKind.PARAGRAPH, text) for text in body_paragraphs(body)]
