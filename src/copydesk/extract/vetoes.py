"""Rules that overrule the block model when two independent signals agree.

The model weighs class names and phrases softly; a block whose own
container is marked as furniture (``class="newsletter-signup"``) *and* whose
text speaks that furniture's language ("Sign up for our newsletter") is
dropped whatever the model says.  Each check returns its reason slug.
"""

from __future__ import annotations

import re

from copydesk.extract.patterns import (
    CONCEPT_BIT,
    FEATURE_CONCEPT_MASK,
    interface_label,
    is_ad_notice,
    is_filler,
    prints_nothing,
    words_at_most,
)
from copydesk.extract.segment import Segmentation, TextBlock
from copydesk.model import PageType

# A comment section is a comment-classed container holding less than this share
# of the page's text (WordPress marks the whole <body> "comments-open").  On
# article pages its blocks are readers' comments, not the article: dropping
# them raised Zyte valid F1 0.920 -> 0.938 with WCXB unchanged or better.  The
# page types' other sections (`SECTION_VETOES`) are bounded alike.
SMALL_SECTION_SHARE = 0.5
MAX_SCRIPT_NOTICE_WORDS = 40  # "You need to enable JavaScript to run this app." and its kin are short
VETO_LEVELS = 3  # how far up the innermost classed container is looked for
# A script's stand-in for what it has not loaded yet ("Loading...", WordPress's "Like
# Loading..." under a post): on 15 dev pages of 13 sites among the kept blocks, in no gold.
_PLACEHOLDER = re.compile(r"(?:like\s+)?loading\s*(?:\.\.\.|…)?", re.I)
MAX_PLACEHOLDER_CHARS = 20  # the longest placeholder text, with room for spacing
# container concept -> the phrase concept that confirms it
RELATED_BIT = CONCEPT_BIT["related"]
CONFIRMING_PHRASES = {
    "subscribe": "subscribe",
    "share": "share",
    "ad": "ad",
    "related": "related",
}


def _near_concepts(seg: Segmentation, owner: int) -> int:
    index = owner
    for _level in range(VETO_LEVELS):
        if index < 0:
            break
        element = seg.elements[index]
        if own := element.own_concepts & FEATURE_CONCEPT_MASK:
            return own
        index = element.parent
    return 0


def veto_reason(seg: Segmentation, block: TextBlock) -> str | None:
    """``boilerplate:<concept>`` when container and text both mark the block as furniture
    (or the text alone asks for JavaScript: that is the page talking to its reader); a
    loading placeholder, a block that prints nothing (`placeholder_reason`) or an ad slot's
    label by its text alone."""
    if len(block.text) <= MAX_PLACEHOLDER_CHARS and (reason := placeholder_reason(block.text)):
        return reason
    if is_filler(block.text):  # "Lorem ipsum dolor sit amet, …": WCXB 2 pages up, none down
        return "boilerplate:filler"
    if interface_label(block.text) == "ad" or ("ad" in block.phrases and is_ad_notice(block.text)):
        # "Advertisement", "ADVERTISEMENT:", "Anzeige", "Iklan" alone, or "Story continues below
        # advertisement" (`is_ad_notice`; every notice is an "ad" phrase, so only such blocks are
        # searched): never anyone's text, whatever its container (the model kept a forum's)
        return "boilerplate:ad_label"
    if block.link_chars >= len(block.text) and seg.elements[block.owner].concepts & RELATED_BIT and _near_concepts(seg, block.owner) & RELATED_BIT:
        return "boilerplate:related_link"  # a link and nothing else, in a related-stories box (its own or an ancestor's class first)
    said = block.phrases
    if not said:  # every other veto needs a furniture phrase in the text (most blocks say none)
        return None
    if "script" in said and len(block.text.split()) <= MAX_SCRIPT_NOTICE_WORDS:
        return "boilerplate:script"
    near = _near_concepts(seg, block.owner)
    if not near:
        return None
    for container, phrase in CONFIRMING_PHRASES.items():
        if near & CONCEPT_BIT[container] and phrase in said:
            return f"boilerplate:{container}"
    return None


# A shop's notices about stock, shipping and checkout, printed beside every product it sells
# ("Low in stock, only 1 left", "Free Shipping & Returns", "Please enter a valid postal code.",
# "Order today to get by Mar 17-27"): on WCXB product pages 57 such short blocks among the kept
# ones are in no gold and 3 are ("Fast shipping" in a seller's own list).  Read on product pages
# only (a collection's cards print "In stock (165 units)" as their items' facts).
_SHOP_NOTICE = re.compile(
    r"\b(?:in stock|out of stock|only \d+ left|add to (?:cart|bag|basket)|free (?:shipping|delivery|returns)"
    r"|(?:fast|standard|express|priority) shipping|shipping (?:&|and) returns|postal code|zip code|estimated delivery"
    r"|ships (?:in|within|from)|arrives? by|returns? (?:&|and) exchanges?|delivery date|checkout|order (?:today|now|by)"
    r"|versandkostenfrei|kostenloser versand|livraison (?:gratuite|offerte)|envío gratis|frete grátis|spedizione gratuita)\b",
    re.I,
)
MAX_SHOP_NOTICE_WORDS = 30  # a notice is a line; a description that mentions shipping runs longer


def is_shop_notice(text: str) -> bool:
    """Whether a product page's block is its shop's stock, shipping or checkout notice (`_SHOP_NOTICE`)."""
    return words_at_most(text, MAX_SHOP_NOTICE_WORDS) and _SHOP_NOTICE.search(text) is not None


def placeholder_reason(text: str) -> str | None:
    """``empty:invisible`` for a text of invisible characters only (zero-width joiners: a block
    that prints nothing), ``boilerplate:placeholder`` for a loading placeholder, else None."""
    if prints_nothing(text):
        return "empty:invisible"
    return "boilerplate:placeholder" if _PLACEHOLDER.fullmatch(text) else None


def in_small_section(seg: Segmentation, owner: int, concepts: int) -> bool:
    """Whether a block sits in a container marked with one of the `concepts` bits that holds
    less than SMALL_SECTION_SHARE of the page's text (a page-wide mark is the page's, not a
    section's)."""
    if not seg.elements[owner].concepts & concepts:  # no such container around it (the bits of every ancestor)
        return False
    limit = SMALL_SECTION_SHARE * (seg.total_chars or 1)
    index = owner
    while index >= 0:
        element = seg.elements[index]
        if element.own_concepts & concepts and element.chars < limit:
            return True
        index = element.parent
    return False


def in_comment_section(seg: Segmentation, owner: int) -> bool:
    """Whether a block sits in a comment-classed container smaller than most of the page."""
    return in_small_section(seg, owner, CONCEPT_BIT["comment"])


# The sections a page type's content leaves, by their containers' class concepts (each
# container under half the page: `in_small_section`):
# - articles: call-to-action and fundraising boxes ("cta", "donat…", "fundrais…"), the site
#   asking its readers for support or a sign-up: Zyte 0.9776 -> 0.9787 (103 -> 104 exact: a
#   fact check's "A Word to Our Loyal Readers" letter); WCXB articles 22 pages up, 2 down by
#   <= 0.002; one coupon page typed article, whose offers sit in "cta-banner" boxes, down
#   0.98 -> 0.76 (WCXB overall level, valid +0.0001); on the other page types a call to
#   action is content (each type measured down).  And news sites' recirculation modules
#   ("recirc…"): 4 pages of 3 sites up (Zyte 104 -> 105 exact), none down;
# - forums: a poster's signature (their sites, their gear, a quote) and the board's notices
#   (a scam alert, an event, "Last edited by …"), which no gold keeps: WCXB forums 0.8514 ->
#   0.8566 (train 0.8626 -> 0.8686, valid 0.8115 -> 0.8135; 15 pages up, 2 down by <= 0.001);
#   and the vote counts beside each answer and the board's alert boxes ("votecell", "alert"):
#   0.8565 -> 0.8572 (13 pages up, 2 down by <= 0.002; Stack Exchange's and NodeBB's);
# - products: the customers' reviews, not the product's description (WCXB product pages:
#   valid 0.657 -> 0.690, train 0.651 -> 0.653; one train page's gold keeps its
#   testimonials); collections: their cards' rating lines (WCXB 0.8927 -> 0.8930: four pages
#   up, one listing of reviewed machines down).
SECTION_VETOES: dict[PageType, int] = {
    PageType.ARTICLE: CONCEPT_BIT["appeal"] | CONCEPT_BIT["recirculation"],
    PageType.FORUM: CONCEPT_BIT["forum_furniture"],
    PageType.PRODUCT: CONCEPT_BIT["review"],
    PageType.COLLECTION: CONCEPT_BIT["review"],
}


def outside_vetoed_sections(seg: Segmentation, blocks: list[TextBlock], page_type: PageType) -> list[TextBlock]:
    """`blocks` less those in a section `page_type`'s content leaves (`SECTION_VETOES`); all of
    them when every one would go."""
    concepts = SECTION_VETOES.get(page_type, 0)
    if not concepts:
        return blocks
    return [block for block in blocks if not in_small_section(seg, block.owner, concepts)] or blocks
