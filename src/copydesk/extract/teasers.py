"""Teasers for other posts, marked up as `<article>` elements beside the story.

HTML gives each self-contained piece its own `<article>`; themes print the
"You may also like" posts under a story as a list of them, each with its
picture, title and opening paragraph.  Such a list can hold more prose than a
short story (a quotation, a brief) and win the block model over it.  On
article pages, a block is dropped when it sits in an `<article>` that is one
of a list (its parent holds two or more besides the headline's) and neither holds nor is held by the
headline's `<article>` (the one around the page's first `<h1>`), provided the
headline's article has a paragraph of its own: an `<article>` around the
headline alone is a header card, and the story then sits in another one.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

from copydesk.extract.segment import Element, Segmentation, TextBlock

HEADLINE_ARTICLE_WORDS = 40  # the headline's <article> holds a paragraph this long (a header card holds none)
LIST_ARTICLES = 2  # a parent holding this many <article> elements lists teasers
_TAG = attrgetter("tag")


def _enclosing(elements: list[Element], index: int, tag: str) -> int:
    """The nearest element at or above `index` with `tag`, -1 if none."""
    while index >= 0 and elements[index].tag != tag:
        index = elements[index].parent
    return index


def _inside(elements: list[Element], index: int, ancestor: int) -> bool:
    while index >= 0:
        if index == ancestor:
            return True
        index = elements[index].parent
    return False


def outside_teaser_articles(seg: Segmentation, chosen: list[TextBlock]) -> list[TextBlock]:
    """`chosen` less the blocks in listed `<article>` elements apart from the headline's."""
    elements = seg.elements
    tags = list(map(_TAG, elements))
    if tags.count("article") < 1 + LIST_ARTICLES or "h1" not in tags:  # the headline's and a list
        return chosen
    headline = next((i for i, tag in enumerate(tags) if tag == "h1" and elements[i].chars), -1)
    if headline < 0:
        return chosen
    listed = Counter(elements[i].parent for i, tag in enumerate(tags) if tag == "article")
    home = _enclosing(elements, headline, "article")
    if home < 0:
        return chosen
    listed[elements[home].parent] -= 1  # the headline's own article is no teaser
    teasers = set()
    for k, block in enumerate(chosen):
        other = _enclosing(elements, block.owner, "article")
        listed_other = other >= 0 and other != home and listed[elements[other].parent] >= LIST_ARTICLES
        if listed_other and not _inside(elements, other, home) and not _inside(elements, home, other):
            teasers.add(k)
    if not teasers or not any(
        len(block.text.split()) >= HEADLINE_ARTICLE_WORDS and _inside(elements, block.owner, home) for block in seg.blocks
    ):
        return chosen
    return [block for k, block in enumerate(chosen) if k not in teasers]
