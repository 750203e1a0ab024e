"""Parse a page once and gather what every later step reads from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.byline import PRESENCE_RULES, forum_poster
from copydesk.extract.features import PageHints, block_features, tokens
from copydesk.extract.furniture import (
    CAPTION_CLASS_WORDS,
    MAX_ITEMS,
    RELATED_CLASS_WORDS,
    RELATED_CONTAINER_SELECTOR,
    RELATED_ID_WORDS,
    MediaRow,
    lead_image,
    media_from_rows,
    media_rows,
    read_figures,
    read_related,
    same_picture,
)
from copydesk.extract.jsonld import article_body, parse_jsonld
from copydesk.extract.metadata import (
    DATE_CLASS_WORDS,
    MAX_TIME_ELEMENTS,
    Metadata,
    MetaTags,
    article_object,
    clean_author_names,
    meta_content,
    read_metadata,
    read_visible_facts,
    time_rows,
)
from copydesk.extract.nodes import Heading, HeadingNode, holds_class, node_text, tag_set
from copydesk.extract.patterns import POPUP_SELECTOR, POPUP_WORDS, SKIP_TAGS
from copydesk.extract.segment import Segmentation, segment, segment_fast_module
from copydesk.extract.site_name import strip_site_name
from copydesk.extract.stamps import stamp_byline, update_stamp
from copydesk.model import Caption, Media, RelatedLink


@dataclass(slots=True)
class ParsedPage:
    """One parse of a page: tree, JSON-LD, blocks and their feature rows."""

    tree: LexborHTMLParser
    jsonld: list[dict[str, Any]]
    seg: Segmentation
    rows: npt.NDArray[np.float64]  # one feature row per block (`features.py`)
    html_title: str
    og_title: str
    metadata: Metadata
    captions: list[Caption]
    related: list[RelatedLink]
    media: list[Media]
    url: str | None = None
    og_type: str = ""  # OpenGraph's og:type, lower-cased ("article", "product", ...)
    # The h1 and h2 elements in page order, as the strip left them: read before anything unwraps or
    # removes elements (`furniture.with_link_targets` does, later, on article pages only).
    headings: list[HeadingNode] = field(default_factory=list)
    # Teaser cards' texts marked up as captions (`furniture.Figures.cards`): they leave the body as captions do.
    card_captions: list[Caption] = field(default_factory=list)


_SKIP_SELECTOR = ", ".join([*sorted(SKIP_TAGS), POPUP_SELECTOR])
_POPUP_BYTES = tuple(word.encode() for word in POPUP_WORDS)


def strip_skipped(tree: LexborHTMLParser, compiled: bool = True) -> list[HeadingNode] | None:
    """Remove every `SKIP_TAGS` element and hover card (`POPUP_SELECTOR`); return the h1 and h2
    elements left, in page order, where the compiled strip finds them on its way (None where
    it does not run: `read_headings` then asks lexbor).

    In one compiled scan where the compiled walk is built and bound
    (`segment_fast.strip_elements`: a tag-id test an element, where lexbor
    tries the selector list's 27 parts on each: 125 -> 20 µs a median Zyte
    page; the headings on the way, where ``css("h1, h2")`` took 40-190 µs); else
    in one query, last match first, so an element inside another
    is removed before the outer one and never touched once detached.  Either
    way the head goes through selectolax, which re-points its cached
    ``tree.head`` when the head leaves the tree; tests compare both ways."""
    fast = segment_fast_module() if compiled else None
    if fast is None or tree.root is None:
        for node in reversed(tree.css(_SKIP_SELECTOR)):
            node.decompose(recursive=False)
        return None
    if (head := tree.head) is not None:
        head.decompose(recursive=False)
    found: list[tuple[int, int]] = []
    fast.strip_elements(tree.root.mem_id, tag_set(fast, SKIP_TAGS), _POPUP_BYTES, found)
    return [Heading("h1" if level == 1 else "h2", address) for address, level in found]


@dataclass(slots=True)
class HeadFacts:
    """What the page's whole tree says before it is stripped (`read_head`): the title, the
    JSON-LD, the meta tags and canonical link, the embedded media's elements, the time
    elements, and which captions, related boxes and byline attributes there are to look for."""

    title: str
    jsonld: list[dict[str, Any]]
    meta_tags: MetaTags
    media: list[MediaRow]
    time_rows: list[tuple[str | None, ...]]  # the first `<time datetime>`s' values (`metadata.time_rows`)
    caption_classed: bool  # whether some element's class says "caption" (`furniture.read_figures`)
    figcaptioned: bool  # whether the page has a <figcaption> (neither: no caption to look for)
    related_marked: bool  # whether a class or id marks a related-stories box (`furniture.read_related`)
    byline_marks: int | None  # the byline selectors' presence bits (`byline.PRESENCE_RULES`); None: not scanned
    date_classed: bool = True  # whether some element's class holds a date word (`metadata.DATE_CLASS_WORDS`)


def read_head(tree: LexborHTMLParser, compiled: bool = True) -> HeadFacts:
    """The first <title>'s text, the ``application/ld+json`` scripts' objects, the `<meta>`
    tags and first canonical link, the embedded media's elements (`furniture.media_rows`), the
    first `<time datetime>`s' values, and whether a caption class, a <figcaption> or a related-stories
    box's class or id is used anywhere.

    In one compiled scan where it is built (`segment_fast.head_facts`: one walk with a tag-id
    test an element, where five lexbor queries and the time elements', caption classes' and
    byline attributes' scans each walked the whole tree: those three cost ~40, ~35 and ~100 µs
    a median WCXB page; 70% of the dev pages have no caption and 72% no related box, and no
    longer look for them); else by those queries (`byline_marks` then None: the byline reader
    scans for itself).  Tests compare both ways on every bundled page."""
    fast = segment_fast_module() if compiled else None
    if fast is None or tree.root is None:
        title_node = tree.css_first("title")
        scripts = [script.text(deep=True) for script in tree.css('script[type="application/ld+json"]')]
        return HeadFacts(title_node.text() if title_node else "", parse_jsonld(scripts), MetaTags(tree), media_rows(tree),
                         time_rows(tree, compiled=False), holds_class(tree, CAPTION_CLASS_WORDS, compiled=False),
                         tree.css_first("figcaption") is not None, tree.css_first(RELATED_CONTAINER_SELECTOR) is not None,
                         None, holds_class(tree, DATE_CLASS_WORDS, compiled=False))  # fmt: skip
    title, scripts, metas, canonical, media, times, class_mask, id_mask, figcaptioned, rule_mask = fast.head_facts(
        tree.root.mem_id, *HEAD_SCAN_ARGUMENTS
    )
    if media is None:  # a blockquote's embed class in other case: lexbor's quirks-mode rules decide
        media = media_rows(tree)
    return HeadFacts(title or "", parse_jsonld(scripts), MetaTags.from_rows(metas, canonical), media, times,
                     bool(class_mask & _CAPTION_BITS), figcaptioned, bool(class_mask & _RELATED_CLASS_BITS or id_mask & _RELATED_ID_BITS),
                     _byline_marks(class_mask, id_mask, rule_mask), bool(class_mask & _DATE_CLASS_BITS))  # fmt: skip


# The words the head scan looks for in class values: the caption words, then the related-box
# words, then the date words (a page with no date-classed element has no date element's date to
# read: `metadata.read_visible_facts` skips that scan, on 40% of the WCXB pages), then (ASCII case
# ignored) the byline rules' class words; in ids: "related", then the byline rules' id words.  A
# bit each, in that order.  The byline rules of other attributes (rel, itemprop, href) are read
# from each element's attribute list.
_FURNITURE_CLASS_WORDS = tuple(word.encode() for word in (*CAPTION_CLASS_WORDS, *RELATED_CLASS_WORDS))
_HEAD_CLASS_WORDS = (*_FURNITURE_CLASS_WORDS, *(word.encode() for word in DATE_CLASS_WORDS))
_HEAD_ID_WORDS = tuple(word.encode() for word in RELATED_ID_WORDS)
_CAPTION_BITS = (1 << len(CAPTION_CLASS_WORDS)) - 1
_RELATED_CLASS_BITS = ((1 << len(RELATED_CLASS_WORDS)) - 1) << len(CAPTION_CLASS_WORDS)
_DATE_CLASS_BITS = ((1 << len(DATE_CLASS_WORDS)) - 1) << len(_FURNITURE_CLASS_WORDS)
_RELATED_ID_BITS = (1 << len(RELATED_ID_WORDS)) - 1
_CLASS_RULES = [i for i, (name, _word) in enumerate(PRESENCE_RULES) if name == b"class"]
_ID_RULES = [i for i, (name, _word) in enumerate(PRESENCE_RULES) if name == b"id"]
_OTHER_RULES = [i for i, (name, _word) in enumerate(PRESENCE_RULES) if name not in (b"class", b"id")]
_FOLDED_CLASS_WORDS = tuple(PRESENCE_RULES[i][1] for i in _CLASS_RULES)
_FOLDED_ID_WORDS = tuple(PRESENCE_RULES[i][1] for i in _ID_RULES)
_OTHER_PRESENCE_RULES = tuple(PRESENCE_RULES[i] for i in _OTHER_RULES)
# `segment_fast.head_facts`' arguments after the root's address, as `read_head` asks; and
# without its metadata readers (no time elements, no byline rules), for
# `benchmarks/metadata_share.py` to time the scan both ways.
HEAD_SCAN_ARGUMENTS = (MAX_ITEMS, MAX_TIME_ELEMENTS, _HEAD_CLASS_WORDS, _HEAD_ID_WORDS,
                       _OTHER_PRESENCE_RULES, _FOLDED_CLASS_WORDS, _FOLDED_ID_WORDS)  # fmt: skip
HEAD_SCAN_ARGUMENTS_WITHOUT_METADATA = (MAX_ITEMS, 0, _FURNITURE_CLASS_WORDS, _HEAD_ID_WORDS)


def _byline_marks(class_mask: int, id_mask: int, rule_mask: int) -> int:
    """The head scan's three masks as `byline.PRESENCE_RULES`' bits (`attribute_words`' mask)."""
    marks = 0
    for bits, first, rules in ((class_mask, len(_HEAD_CLASS_WORDS), _CLASS_RULES), (id_mask, len(_HEAD_ID_WORDS), _ID_RULES),
                               (rule_mask, 0, _OTHER_RULES)):  # fmt: skip
        for k, rule in enumerate(rules):
            if bits >> (first + k) & 1:
                marks |= 1 << rule
    return marks


def read_headings(tree: LexborHTMLParser, found: list[HeadingNode] | None = None) -> list[HeadingNode]:
    """The h1 and h2 elements in page order, for the visible facts' headline and the title's
    candidates (metadata work: `benchmarks/metadata_share.py` counts it): those the strip
    found (`found`), else one query."""
    if found is not None:
        return found
    return list(tree.css("h1, h2"))


def thread_starter(tree: LexborHTMLParser) -> list[str]:
    """A forum thread's first poster (`byline.forum_poster`), from the page's tree as
    `parse_page` leaves it (stripped, nothing unwrapped): only pages classified as forums
    pay for the selectors, and the pipeline reads it before anything changes the tree
    (`furniture.with_link_targets` unwraps inline tags, later and on article pages only).
    It parsed the page again until session 19: 1.26 ms a forum page on WCXB."""
    return forum_poster(tree, clean_author_names)


def _images(meta_tags: MetaTags, jsonld: list[dict[str, Any]], captioned: list[Media], url: str | None) -> list[Media]:
    """The page's lead picture (og:image, else the article's JSON-LD image), then its captioned
    images (`furniture.read_figures`: each picture once already), the lead's own copy among them
    left out, at most MAX_ITEMS."""
    og_image = meta_content(meta_tags, ('meta[property="og:image"]', 'meta[name="twitter:image"]'))
    og_alt = meta_content(meta_tags, ('meta[property="og:image:alt"]', 'meta[name="twitter:image:alt"]'))
    lead = lead_image(og_image, og_alt, None if og_image.strip() else article_object(jsonld).get("image"), url)
    if lead is None:
        return captioned[:MAX_ITEMS]
    images = [lead]
    for item in captioned:
        if not same_picture(lead, item):
            images.append(item)
        elif lead.title is None:  # the lead picture captioned in the story: its caption is its title
            lead.title = item.title
    return images[:MAX_ITEMS]


def _html_stamp_byline(lines: list[str], headline_at: int, month_first: bool) -> list[str]:
    """`stamps.stamp_byline` on the page text's lines, each an element's text: a name under a date line is read too."""
    return stamp_byline(lines, headline_at, month_first, under_date=True)


def _headline(headings: list[HeadingNode], site_name: str | None) -> str:
    """The text (white space collapsed) of the first h1 that can be the story's headline: not
    empty, and not the site's name (a logo set in an h1 over the page, as on many magazine
    sites: the byline under the real headline is then read as under it); "" without one."""
    site = " ".join((site_name or "").split()).casefold()
    for node in headings:
        if node.tag == "h1" and (text := " ".join(node_text(node, " ").split())) and text.casefold() != site:
            return text
    return ""


def parse_page(html: str | bytes, url: str | None = None) -> ParsedPage:
    """Parse once; read head facts first, then strip and segment the body.  `html` is the
    page's text or its UTF-8 encoding (bytes are read as UTF-8, not decoded again)."""
    tree = LexborHTMLParser(html)
    head = read_head(tree)
    jsonld, meta_tags = head.jsonld, head.meta_tags
    html_title = " ".join(head.title.split())
    og_title = " ".join(meta_content(meta_tags, ('meta[property="og:title"]',)).split())
    hints = PageHints(
        title_tokens=frozenset(tokens(f"{html_title} {og_title}")),
        jsonld_tokens=frozenset(tokens(article_body(jsonld))),
    )
    metadata = read_metadata(tree, meta_tags, jsonld, url, head.time_rows, head.byline_marks)
    media = media_from_rows(head.media, url)
    headings = read_headings(tree, strip_skipped(tree))
    root = tree.body or tree.root
    (captions, images, cards), related = read_figures(tree, url, head.caption_classed, head.figcaptioned), read_related(tree, url, head.related_marked)
    media += _images(meta_tags, jsonld, images, url)
    if root is not None:
        headline = _headline(headings, metadata.site_name) or strip_site_name(og_title or html_title)
        read_visible_facts(tree, root, metadata, headline, _html_stamp_byline,
                           tuple(caption.text for caption in captions), update_stamp, head.date_classed)
    seg = segment(root) if root is not None else Segmentation()  # reads inline tags as if unwrapped
    rows = block_features(seg, hints)
    og_type = meta_content(meta_tags, ('meta[property="og:type"]',)).lower()
    return ParsedPage(tree, jsonld, seg, rows, html_title, og_title, metadata, captions, related, media, url, og_type, headings, cards)
