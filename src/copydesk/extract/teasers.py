"""Teasers for other stories inside what the block model keeps on an article page.

Four kinds, each read from the markup: teaser `<article>` lists, lists of
linked headlines with cut-off excerpts, links printed in capitals, and rails
of cards (a linked headline and a line or two each) beside or inside the story.

HTML gives each self-contained piece its own `<article>`; themes print the
"You may also like" posts under a story as a list of them, each with its
picture, title and opening paragraph.  Such a list can hold more prose than a
short story (a quotation, a brief) and win the block model over it.  On
article pages, a block is dropped when it sits in an `<article>` that is one
of a list (its parent holds two or more besides the headline's) and neither holds nor is held by the
headline's `<article>` (the one around the page's first `<h1>`), provided the
headline's article has a paragraph of its own: an `<article>` around the
headline alone is a header card, and the story then sits in another one.
Likewise a block in an `<article>` of its own that holds another `<h1>` (the
next stories a page appends as the reader scrolls, each whole, with headline
and byline), once the headline's article holds a story's text
(`HOME_STORY_CHARS`): no dev page changes (none appends stories), a test page
shows it.  A stream of whole stories under a section's `<h1>` ("Aktuelle Artikel",
outside every `<article>`) is read the same way, the headline's article being the one
whose heading prints the page's title: no dev page changes; trafilatura's test page of
such a stream 12,550 -> 1,605 words, the story alone.  And an `<aside>` beside the headline's
`<article>` is the page's side column, whatever the model kept in it (`outside_side_columns`).
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import numpy.typing as npt

from copydesk.extract.features import COLUMN
from copydesk.extract.patterns import INTERFACE_LABEL_END, INTERFACE_LABELS_BY_CONCEPT, words_at_most
from copydesk.extract.runs import (
    STORY_MIN_WORDS,  # a block this long is a paragraph, not a label or a headline
)
from copydesk.extract.segment import (
    Element,
    Segmentation,
    TextBlock,
    subtree_blocks,
    subtree_end,
    subtree_marks,
)

HEADLINE_ARTICLE_WORDS = 40  # the headline's <article> holds a paragraph this long (a header card holds none)
LIST_ARTICLES = 2  # a parent holding this many <article> elements lists teasers
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4"})
MIN_TITLED_HEADING_WORDS = 3  # a heading printing the page's title, no section's name ("News")
HOME_STORY_CHARS = 500  # the headline's <article> holds a story's text (~80 words), not a header card's


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


def _other_story_articles(elements: list[Element], tags: list[str], home: int, headline: int) -> set[int]:
    """The `<article>`s outside the headline's (`home`) that hold a headline of their own: a
    second `<h1>` with text (the next story a page appends as the reader scrolls)."""
    stories = set()
    for i, tag in enumerate(tags):
        if tag == "h1" and i != headline and elements[i].chars:
            other = _enclosing(elements, i, "article")
            if other >= 0 and other != home and not _inside(elements, other, home) and not _inside(elements, home, other):
                stories.add(other)
    return stories


def _titled_story(seg: Segmentation, tags: list[str], rows: npt.NDArray[np.float64]) -> int:
    """The first `<article>` whose heading prints the page's title (every word of it in the
    `<title>` or og:title, MIN_TITLED_HEADING_WORDS at least: the block features `rows` say)
    and that holds a story's text; -1 if none."""
    elements = seg.elements
    titled = (rows[:, COLUMN["title_overlap"]] >= 1.0) & (rows[:, COLUMN["words"]] >= MIN_TITLED_HEADING_WORDS)
    for block, is_title in zip(seg.blocks, titled.tolist(), strict=True):
        if is_title and tags[block.owner] in HEADING_TAGS:
            home = _enclosing(elements, block.owner, "article")
            if home >= 0 and elements[home].chars >= HOME_STORY_CHARS:
                return home
    return -1


def outside_teaser_articles(seg: Segmentation, chosen: list[TextBlock], rows: npt.NDArray[np.float64] | None = None) -> list[TextBlock]:
    """`chosen` less the blocks in listed `<article>` elements apart from the headline's, and
    in other stories' `<article>`s (`_other_story_articles`).  Where the page's `<h1>` stands
    outside every `<article>` (a section's name over a stream of whole stories), the
    headline's article is the one whose heading prints the page's title (`_titled_story`, from
    the block features `rows`), and the other `<article>`s holding a story's text are other stories."""
    elements = seg.elements
    tags = seg.element_tags if len(seg.element_tags) == len(elements) else [element.tag for element in elements]
    n_articles = tags.count("article")
    if n_articles < 2:  # the headline's and another
        return chosen
    headline = next((i for i, tag in enumerate(tags) if tag == "h1" and elements[i].chars), -1)
    home = _enclosing(elements, headline, "article") if headline >= 0 else -1
    if home < 0:
        if rows is None or len(rows) != len(seg.blocks):
            return chosen
        home = _titled_story(seg, tags, rows)
        if home < 0:
            return chosen
        return _without_articles(elements, chosen, home, {
            i for i, tag in enumerate(tags)
            if tag == "article" and i != home and elements[i].chars >= HOME_STORY_CHARS
            and not _inside(elements, i, home) and not _inside(elements, home, i)
        })  # fmt: skip
    listed = Counter(elements[i].parent for i, tag in enumerate(tags) if tag == "article")
    listed[elements[home].parent] -= 1  # the headline's own article is no teaser
    stories = _other_story_articles(elements, tags, home, headline) if tags.count("h1") > 1 else set()
    if n_articles < 1 + LIST_ARTICLES and not stories:
        return chosen
    if stories and elements[home].chars < HOME_STORY_CHARS:
        stories = set()  # the headline's article is a header card: the story sits in another
    teasers, from_lists = set(), False
    for k, block in enumerate(chosen):
        other = _enclosing(elements, block.owner, "article")
        if other < 0 or other == home or _inside(elements, other, home) or _inside(elements, home, other):
            continue
        if other in stories:
            teasers.add(k)
        elif listed[elements[other].parent] >= LIST_ARTICLES:
            teasers.add(k)
            from_lists = True
    if from_lists and not any(
        len(block.text.split()) >= HEADLINE_ARTICLE_WORDS and _inside(elements, block.owner, home) for block in seg.blocks
    ):
        return chosen
    return [block for k, block in enumerate(chosen) if k not in teasers] if teasers else chosen


def _without_articles(elements: list[Element], chosen: list[TextBlock], home: int, others: set[int]) -> list[TextBlock]:
    """`chosen` less the blocks inside the `others` `<article>`s (none of them around `home`)."""
    if not others:
        return chosen
    return [block for block in chosen if _enclosing(elements, block.owner, "article") not in others or _inside(elements, block.owner, home)]


# Teaser lists with cut-off excerpts ("Breaking News" tickers, "Latest" boxes): each item
# is a linked headline and the opening words of that story, cut short with an ellipsis.
# A story's own list items do not open on a long link and end in "…" three times under
# one parent.  On article pages: Zyte 0.9718 -> 0.9743 (one page: a ticker of ten such
# items above a story, 0.56 -> 1.00); WCXB unchanged on every page.
TRUNCATION_MARKS = ("...", "…", "[…]", "[...]")  # an excerpt cut short ends so ("[…]": WordPress; HTML pages unchanged by it)
TEASER_HEADLINE_CHARS = 20  # a teaser opens on a linked headline at least this long...
TEASER_LIST_ITEMS = 3  # ...and this many such items under one parent make a teaser list


def _is_truncated_teaser(block: TextBlock) -> bool:
    """A linked headline followed by an excerpt cut short."""
    return block.text.endswith(TRUNCATION_MARKS) and TEASER_HEADLINE_CHARS <= block.link_chars < len(block.text)


def without_truncated_teasers(seg: Segmentation, chosen: list[TextBlock]) -> list[TextBlock]:
    """`chosen` less the items of teaser lists: TEASER_LIST_ITEMS or more blocks under one
    parent, each a linked headline followed by an excerpt cut short."""
    elements = seg.elements
    teasers = [k for k, block in enumerate(chosen) if _is_truncated_teaser(block)]
    parents = Counter(elements[chosen[k].owner].parent for k in teasers)
    listed = {k for k in teasers if parents[elements[chosen[k].owner].parent] >= TEASER_LIST_ITEMS}
    return [block for k, block in enumerate(chosen) if k not in listed] if listed else chosen


# A block that is one link printed in capitals ("SEAN SPICER ELIMINATED FROM 'DANCING WITH
# THE STARS'", "CLICK HERE TO GET THE FOX NEWS APP", "SHOP MESH SYSTEMS FOR HOME") points to
# another story or asks the reader to act; a story's own all-capital headings are not links.
# On article pages: Zyte 0.9743 -> 0.9753 (exact 96 -> 97; four pages up, none down);
# WCXB 9 pages move, -0.0002 in sum (2 product-button labels up, an instructions list down).
SHOUTED_LINK_WORDS = 4  # shorter all-capital links are labels ("HOME", "READ MORE")
SHOUTED_LINK_SHARE = 0.9  # of the block's characters in its link...
SHOUTED_CAPITALS_SHARE = 0.9  # ...and of its letters in upper case


def _is_shouted(text: str) -> bool:
    """SHOUTED_LINK_WORDS or more words, nearly all their letters capitals."""
    if words_at_most(text, SHOUTED_LINK_WORDS - 1):
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= SHOUTED_CAPITALS_SHARE * len(letters)


def without_shouted_links(chosen: list[TextBlock]) -> list[TextBlock]:
    """`chosen` less the blocks that are one link (SHOUTED_LINK_SHARE of their characters)
    printed in capitals; the link share, cheap, is tested first."""
    return [block for block in chosen if block.link_chars < SHOUTED_LINK_SHARE * len(block.text) or not _is_shouted(block.text)]



# Cards for other stories: three or more sibling elements, each a linked headline (an h2-h6
# that is all link, MIN_CARD_HEADLINE_WORDS or more) with a line or two under it ("More news",
# "Recommended for you", an inline "Related articles" box).  Short summaries in full sentences
# read as prose to the block model, and a rail of a dozen outweighs a brief: it kept a 3-paragraph
# story's rail and dropped the story.  On article pages a rail goes when it stands outside the
# headline's `<article>` (holding a paragraph: `runs.STORY_MIN_WORDS` words) or inside the story as a box the
# story's prose goes on after, holding under a third as many words as the story
# (`CARD_STORY_SHARE`).  A rail whose parent holds the headline is the page's own list.
# WCXB: 2 pages up (inline "related" boxes), 1 down by 0.01 (jump links as cards); Zyte unchanged.
# On a page without an `<article>` around the headline, a rail goes when the story outweighs it
# as much (CARD_STORY_SHARE): a page of event cards under a short intro (WCXB 4362, its gold
# keeps the cards) is a brief followed by a rail, and stays.  Cards whose headline is no link
# point on with a "read more" link (`_pointed_cards`: "Neue Rechte /
# Geldstrafe für die AfD / Recherchen von … / weiterlesen 7 Minuten", trafilatura's cached
# correctiv.org page, whose five teasers stayed under the story).  Both: no dev record moves.
MIN_CARDS = 3
MIN_CARD_HEADLINE_WORDS = 3
CARD_HEADLINE_LINK_SHARE = 0.9  # of the headline's characters in its link
MAX_CARD_BLOCKS = 4  # headline, summary, and a date or byline: a longer item is a story's section
MAX_CARD_CHARS = 600
_MENU_COLUMNS = [COLUMN[name] for name in ("in_nav", "in_header", "in_footer", "any_navigation", "any_header", "any_footer")]
MAX_POINTER_WORDS = 6  # "weiterlesen 5 Minuten", "lire la suite 5 min": a label and a reading time at most
# A line opening with an expand label ("Read more", "weiterlesen", "lire la suite") as a whole word.
_EXPAND_OPENING = re.compile(
    rf"^(?:{'|'.join(map(re.escape, INTERFACE_LABELS_BY_CONCEPT['expand']))})(?![^\W\d_])[\s{re.escape(INTERFACE_LABEL_END)}\d]*", re.M
)
CARD_STORY_SHARE = 3  # the story's words outside the rail outnumber the rail's this many times


def _card_rails(seg: Segmentation, tags: list[str], rows: npt.NDArray[np.float64]) -> list[tuple[int, set[int]]]:
    """The page's rails of cards (parent, card elements): MIN_CARDS or more elements of one tag
    and class concepts under one parent, each with a linked headline as a child and at most
    MAX_CARD_BLOCKS blocks and MAX_CARD_CHARS characters.  The headlines are found in the block
    features `rows` (an h2-h6, nearly all link)."""
    elements = seg.elements
    groups: dict[tuple[int, str, int], set[int]] = {}
    linked = (rows[:, COLUMN["heading_level"]] >= 2) & (rows[:, COLUMN["link_density"]] >= CARD_HEADLINE_LINK_SHARE)
    for i in np.flatnonzero(linked).tolist():
        block = seg.blocks[i]
        card = elements[block.owner].parent
        if card < 0 or (parent := elements[card].parent) < 0:
            continue
        if elements[card].blocks > MAX_CARD_BLOCKS or elements[card].chars > MAX_CARD_CHARS or len(block.text.split()) < MIN_CARD_HEADLINE_WORDS:
            continue
        groups.setdefault((parent, tags[card], elements[card].own_concepts), set()).add(card)
    _pointed_cards(seg, tags, rows, groups)
    return [(parent, cards) for (parent, _tag, _concepts), cards in groups.items() if len(cards) >= MIN_CARDS]


def _pointed_cards(seg: Segmentation, tags: list[str], rows: npt.NDArray[np.float64], groups: dict[tuple[int, str, int], set[int]]) -> None:
    """Cards whose headline is no link, added to `groups`: the largest element within the card
    bounds around a "read more" link (a short linked block opening with an expand label:
    "weiterlesen 5 Minuten", "Read more") that also holds an h2-h6.  The links are found in the
    block features `rows` first (short, with a link): most pages have few."""
    elements, blocks = seg.elements, seg.blocks
    short_links = np.flatnonzero(
        (rows[:, COLUMN["link_density"]] > 0) & (rows[:, COLUMN["words"]] <= MAX_POINTER_WORDS) & (rows[:, _MENU_COLUMNS].sum(axis=1) == 0)
    ).tolist()  # not in a menu, header or footer: most of a page's short links are there
    if not short_links:
        return
    joined = "\n".join([blocks[i].text for i in short_links]).lower()  # one regex pass over them all
    pointers = [short_links[joined.count("\n", 0, found.start())] for found in _EXPAND_OPENING.finditer(joined)]
    headings = rows[:, COLUMN["heading_level"]] >= 2
    for i in pointers:
        card = elements[blocks[i].owner].parent
        if card < 0 or elements[card].blocks > MAX_CARD_BLOCKS or elements[card].chars > MAX_CARD_CHARS:
            continue
        while (up := elements[card].parent) >= 0 and elements[up].blocks <= MAX_CARD_BLOCKS and elements[up].chars <= MAX_CARD_CHARS:
            card = up
        if (parent := elements[card].parent) < 0:
            continue
        first, _stop = subtree_blocks(blocks, i, card, subtree_end(elements, card))
        if headings[first:i].any():  # the card's headline stands above its pointer
            groups.setdefault((parent, tags[card], elements[card].own_concepts), set()).add(card)


def outside_teaser_cards(seg: Segmentation, chosen: list[TextBlock], rows: npt.NDArray[np.float64]) -> list[TextBlock]:
    """`chosen` less the blocks of rails of cards for other stories (see `MIN_CARDS`); `rows`:
    the blocks' features."""
    elements = seg.elements
    if not chosen or len(rows) != len(seg.blocks):
        return chosen
    tags = seg.element_tags if len(seg.element_tags) == len(elements) else [element.tag for element in elements]
    rails = _card_rails(seg, tags, rows)
    headline = next((i for i, tag in enumerate(tags) if tag == "h1" and elements[i].chars), -1) if rails else -1
    if headline < 0:
        return chosen
    home = _enclosing(elements, headline, "article")
    home_end = subtree_end(elements, home) if home >= 0 else -1
    if home >= 0 and not any(len(block.text.split()) >= STORY_MIN_WORDS for block in seg.blocks if home <= block.owner < home_end):
        home = -1  # a header card: the story is elsewhere
    rail_of = subtree_marks(elements, {card: k for k, (_parent, cards) in enumerate(rails) for card in cards})  # each element's rail
    in_rail = [rail_of[block.owner] for block in chosen]
    words = [len(block.text.split()) for block in chosen]
    story_words = sum(n for n, rail in zip(words, in_rail, strict=True) if rail < 0)
    story_end = max((k for k, (n, rail) in enumerate(zip(words, in_rail, strict=True)) if rail < 0 and n >= STORY_MIN_WORDS), default=-1)
    teasers: set[int] = set()
    for r, (parent, _cards) in enumerate(rails):
        if _inside(elements, headline, parent):
            continue  # the headline's own list
        kept = [k for k, rail in enumerate(in_rail) if rail == r]
        if not kept:
            continue
        beside_story = home >= 0 and not home <= parent < home_end
        boxed_in_story = kept[0] < story_end and CARD_STORY_SHARE * sum(words[k] for k in kept) < story_words
        after_story = home < 0 and CARD_STORY_SHARE * sum(words[k] for k in kept) < story_words
        if beside_story or boxed_in_story or after_story:
            teasers.add(r)
    if not teasers:
        return chosen
    return [block for block, rail in zip(chosen, in_rail, strict=True) if rail not in teasers]


# A heading over a box of links for other stories ("Lesen Sie auch", "Leggi anche", "Related",
# in any language) stays when the vetoes and the model drop the box's links and keep the heading,
# a short block in the story's run: it then heads nothing.  Read from the markup, no label list.
MAX_BOX_HEADING_WORDS = 6
BOX_LINK_SHARE = 0.8  # of the box's characters besides the heading's in links: linked headlines, not paragraphs
BOX_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def without_emptied_headings(seg: Segmentation, chosen: list[TextBlock]) -> list[TextBlock]:
    """`chosen` less the h2-h6 headings whose parent holds, besides them, other blocks that are
    mostly links (BOX_LINK_SHARE of their characters, the subtree's sums) and none kept: a
    related-stories box whose links went, its heading left.  `chosen` is in page order, so no
    other kept block is in the box when the kept blocks either side of the heading are outside it."""
    elements, tags = seg.elements, seg.element_tags or [e.tag for e in seg.elements]
    emptied: set[int] = set()
    for k, heading in enumerate(chosen):
        if tags[heading.owner] not in BOX_HEADING_TAGS or len(heading.text.split()) > MAX_BOX_HEADING_WORDS:
            continue
        box = elements[heading.owner].parent
        if box < 0 or elements[box].blocks < 2:
            continue
        others, linked = elements[box].chars - len(heading.text), elements[box].link_chars - heading.link_chars
        if others <= 0 or linked < BOX_LINK_SHARE * others:
            continue
        end = subtree_end(elements, box)
        if (k > 0 and box <= chosen[k - 1].owner < end) or (k + 1 < len(chosen) and box <= chosen[k + 1].owner < end):
            continue  # some of the box is kept: its heading heads that
        emptied.add(k)
    return [b for k, b in enumerate(chosen) if k not in emptied] if emptied else chosen


def outside_side_columns(seg: Segmentation, chosen: list[TextBlock]) -> list[TextBlock]:
    """`chosen` less the blocks in an `<aside>` that neither holds nor is held by the headline's
    `<article>` (the one around the page's first `<h1>`), once that article holds a story's text
    (`HOME_STORY_CHARS`).  HTML's `<aside>` beside an article is the page's side column: a live
    ticker's dispatches, most-read lists, whose paragraph-long items the block model can keep
    (Libération's ticker after an AFP story: its story 0.62 -> 1.0 against Readability's
    expected text); a pull quote or fact box set in `<aside>` inside the story stays."""
    elements = seg.elements
    tags = seg.element_tags if len(seg.element_tags) == len(elements) else [element.tag for element in elements]
    if "aside" not in tags:
        return chosen
    headline = next((i for i, tag in enumerate(tags) if tag == "h1" and elements[i].chars), -1)
    home = _enclosing(elements, headline, "article") if headline >= 0 else -1
    if home < 0 or elements[home].chars < HOME_STORY_CHARS:
        return chosen
    kept = []
    for block in chosen:
        side = _enclosing(elements, block.owner, "aside")
        if side >= 0 and not _inside(elements, side, home) and not _inside(elements, home, side):
            continue
        kept.append(block)
    return kept
