"""News furniture read from the HTML: captions with credits, related links, media.

Read from the tree with its inline tags in place (a credit often sits in its
own ``<span class="credit">``).  Every list is bounded and deduplicated;
the body text is not changed here: the block model decides what is content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import Any, NamedTuple
from urllib.parse import quote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from copydesk.clean.furniture import (
    CREDIT_SEPARATORS,
    GALLERY_COUNTER,
    bracketed_credit,
    caption_credit_alone,
    closing_credit,
    credit_name,
    credited_caption,
)
from copydesk.extract.byline import names_a_writer
from copydesk.extract.nodes import (
    HIDDEN_CLASSES,
    PAGE_TAGS,
    bounded_text,
    class_selector,
    holds_class,
    outermost,
    source_lacks,
    tag_set,
    unwrap_inline,
)
from copydesk.extract.patterns import INTERFACE_LABEL_END, furniture_phrases, interface_label
from copydesk.extract.segment import segment_fast_module
from copydesk.extract.urls import resolved, without_tracking
from copydesk.model import Caption, Media, MediaKind, RelatedLink

MAX_ITEMS = 50  # per list: a page with more "captions" or "related links" is a gallery or an index
MAX_CAPTION_CHARS = 1000  # a longer "caption" element is a gallery or a whole story marked up as one
MAX_CAPTION_BYTES = 8 * MAX_CAPTION_CHARS  # its raw text (white space, multi-byte letters) is read no further
# A caption is a <figcaption>, or an element whose class says it is one (WordPress's
# "wp-caption-text", "image-caption", "caption-full"): many sites never use <figcaption>.
# Class names say "caption" on sort labels, cookie switches and review counts too, so a
# classed caption must sit beside a picture: one inside it, or in the element next to it (MEDIA_SELECTOR).
# Component libraries write it "newsCaption", "leadMediaCaption", "styles__Caption-sc-1y47": a
# capitalised "Caption" counts when it ends its word ("hasCaptions" and "imgCaptionWrapper"
# are boxes around captions, `CAMEL_CAPTION`).
CAPTION_CLASS_WORDS = ("caption", "Caption")
CAMEL_CAPTION = re.compile(r"Caption(?![A-Za-z])")
CAPTION_SELECTOR = f"figcaption, {class_selector(CAPTION_CLASS_WORDS)}"
MEDIA_SELECTOR = "img, picture, video, amp-img"  # amp-img: an AMP page's <img>
MEDIA_TAGS = frozenset({"img", "picture", "video", "amp-img"})
IMAGE_SELECTOR = "img, amp-img"
MAX_RELATED_TITLE_CHARS = 300
MIN_RELATED_TITLE_WORDS = 3  # shorter link texts are navigation ("More", "Next")
CREDIT_SELECTOR = '[class*="credit"], [class*="copyright"], [class*="source"], [class*="byline"], small'
RELATED_SELECTOR = (
    '[class*="related"] a[href], [id*="related"] a[href], [class*="read-more"] a[href], '
    '[class*="more-stories"] a[href], [class*="recommended"] a[href]'
)
# The containers of RELATED_SELECTOR's links: its links are the a[href]s inside the outermost
# of these (a query per container instead of checking every link's ancestors five times).
RELATED_CLASS_WORDS = ("related", "read-more", "more-stories", "recommended")
RELATED_ID_WORDS = ("related",)
RELATED_CONTAINER_SELECTOR = ", ".join(
    [f'[class*="{word}"]' for word in RELATED_CLASS_WORDS] + [f'[id*="{word}"]' for word in RELATED_ID_WORDS]
)
# One of these is in every RELATED_SELECTOR part (a test checks it): a page whose source holds
# none has no related block to walk to (`source_lacks`).
RELATED_MARKERS = (b"related", b"read-more", b"more-stories", b"recommended")
_RELATED_CLASS_BYTES = tuple(word.encode() for word in RELATED_CLASS_WORDS)
_RELATED_ID_BYTES = tuple(word.encode() for word in RELATED_ID_WORDS)
VIDEO_HOSTS = ("youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "dailymotion.com", "jwplayer", "brightcove")
SOCIAL_HOSTS = ("twitter.com", "x.com", "instagram.com", "facebook.com", "tiktok.com")
# A social network's buttons and boxes framed into a page, no post of anyone's: Facebook's like,
# share, follow and send buttons, its page, activity, recommendation and comment boxes, Twitter's
# tweet, follow, hashtag and mention buttons.  On held-out news pages of the 2010s (goose's and
# newspaper4k's tests, Mercury's fixtures) nearly every page framed one, read as a social post.
# Facebook's embedded posts and videos (plugins/post.php, plugins/video.php) are posts.
SOCIAL_WIDGET_PATHS = (
    "/plugins/like", "/plugins/share_button", "/plugins/follow", "/plugins/send", "/plugins/page", "/plugins/activity",
    "/plugins/recommendations", "/plugins/comments", "/plugins/facepile", "/plugins/login",
    "/widgets/tweet_button", "/widgets/follow_button", "/widgets/hashtag_button", "/widgets/mention_button",
    "/widgets/like", "/widgets/activity",  # Facebook's older widget addresses (a 2010 tech blog's sidebar)
)  # fmt: skip
# Players of podcasts and music embedded in a story
AUDIO_HOSTS = (
    "soundcloud.com", "open.spotify.com", "podcasts.apple.com", "megaphone.fm", "simplecast.com", "omny.fm",
    "buzzsprout.com", "libsyn.com", "podbean.com", "spreaker.com", "audioboom.com", "art19.com", "iheart.com",
)  # fmt: skip


def _text(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


def printed_once(text: str) -> str:
    """A caption element holding its text twice (a desktop and a mobile copy) read once."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


# Line breaks a picture and its caption may stand apart by ("<img><br><span class=caption>"):
# no neighbour of the caption's, which is the picture beyond them.
LINE_BREAK_TAGS = frozenset({"br", "wbr"})


def _element_sibling(node: LexborNode, forward: bool) -> LexborNode | None:
    """The element next to `node` (after it where `forward`), text and line breaks passed over."""
    sibling = node.next if forward else node.prev
    while sibling is not None and (not sibling.is_element_node or sibling.tag in LINE_BREAK_TAGS):
        sibling = sibling.next if forward else sibling.prev
    return sibling


def _beside_media(node: LexborNode) -> bool:
    """Whether `node` holds a picture, or the element just before or after it is or holds one."""
    if node.css_first(MEDIA_SELECTOR) is not None:
        return True
    for sibling in (_element_sibling(node, False), _element_sibling(node, True)):
        if sibling is not None and (sibling.tag in MEDIA_TAGS or sibling.css_first(MEDIA_SELECTOR) is not None):
            return True
    return False


def _classed_caption(node: LexborNode) -> bool:
    """A caption-classed element beside a picture that is not a box around a <figcaption>
    (a header "caption" block holding the lead photo's figcaption and the standfirst)."""
    classes = node.attributes.get("class") or ""
    if "caption" not in classes and CAMEL_CAPTION.search(classes) is None:
        return False
    return _beside_media(node) and node.css_first("figcaption") is None


class Figures(NamedTuple):
    """`read_figures`' captions and captioned images, and the teaser cards' texts read as captions
    are (`_is_card_text`): no caption of the story's, but no text of it either."""

    captions: list[Caption]
    images: list[Media]
    cards: list[Caption]


# A label inside a caption printed for screen readers only, before its text: the BBC's "Image
# caption" in an "off-screen" span (held-out: newspaper4k's Burmese BBC page; the same markup on
# every BBC World Service site).  `nodes.HIDDEN_CLASSES` and more helpers' names (a class holding
# "screen-reader" holds the list's "screen-reader-text" too).
HIDDEN_LABEL_SELECTOR = class_selector((*HIDDEN_CLASSES, "visuallyhidden", "screen-reader", "off-screen", "offscreen"))


def read_captions(tree: LexborHTMLParser) -> list[Caption]:
    """The page's image captions (`read_figures`' captions)."""
    return read_figures(tree, None).captions


def read_figures(tree: LexborHTMLParser, url: str | None, caption_classed: bool | None = None,
                 figcaptioned: bool = True) -> Figures:  # fmt: skip
    """The page's image captions, each with its credit when one is marked up, in page order; and
    the captioned images, each once (`captioned_image`: kind "image", the caption as its title,
    else the image's alt text; its address resolved against `url`); and the teaser cards' texts
    (`_is_card_text`), their pictures no image of the story's.

    A caption element inside another (a ``wp-caption`` box around its
    ``wp-caption-text``) is read once, with the outer one, where the credit
    usually sits; elements longer than `MAX_CAPTION_CHARS` are not captions.
    `caption_classed` and `figcaptioned`: whether the page has a caption class and a
    <figcaption> (`page.read_head`'s scan, from before the strip), so the query is made only
    where it can find something; the caption classes are looked for here when not given."""
    captions: list[Caption] = []
    images: list[Media] = []
    cards: list[Caption] = []
    candidates, texts = _caption_elements(tree, caption_classed, figcaptioned)
    for node in outermost(candidates):
        text, credit, alone = _caption_parts(node, printed_once(texts[node.mem_id]))
        if text and (names_a_writer(text) or "script" in furniture_phrases(text)):
            continue  # a byline in a caption-classed element ("By Richard Lawler posted Aug 18th 2010"), or a player's
            # notice in a placeholder's ("Media playback is unsupported on your device"): no picture's caption
        caption = Caption(text, credit_name(credit))
        if _is_card_text(node, texts[node.mem_id]):
            if (text or alone) and caption not in cards:
                cards.append(caption)
            continue
        if (text or alone) and caption not in captions:
            captions.append(caption)
        if (image := captioned_image(node)) is not None and (src := image_source(image)) is not None and len(images) < MAX_ITEMS:
            item = Media("image", text or image.attributes.get("alt") or None, resolved(url, src))
            if item.url is not None and not any(same_picture(known, item) for known in images):
                images.append(item)
        if len(captions) >= MAX_ITEMS:
            break
    return Figures(captions, images, cards)


def _caption_parts(node: LexborNode, text: str) -> tuple[str, str | None, bool]:
    """A caption element's text (`text`, printed once) and credit as `read_figures` reads them, and
    whether the element is a credit alone ("Photo: Getty Images": a credit, no caption text)."""
    credit_node = node.css_first(CREDIT_SELECTOR)
    credit = _text(credit_node) if credit_node is not None else None
    if text[:1].isdigit():
        text = GALLERY_COUNTER.sub("", text, count=1)
    alone = caption_credit_alone(text) if not credit else None
    if alone is not None:
        text, credit = "", alone
    if credit and text.endswith(credit):
        text = text[: -len(credit)].rstrip(CREDIT_SEPARATORS)
    elif credit and text.startswith(credit):  # "Image copyright EPA Image caption …"
        text = text[len(credit) :].lstrip(CREDIT_SEPARATORS)
    if not credit and (credited := credited_caption(text) or bracketed_credit(text) or closing_credit(text)) is not None:
        text, credit = credited.text, credited.credit
    if text and (hidden := node.css_first(HIDDEN_LABEL_SELECTOR)) is not None and (label := _text(hidden)) and text.startswith(label):
        text = text[len(label) :].lstrip(" :")  # "Image caption" printed for screen readers only (the BBC's)
    if credit and not text.strip(CREDIT_SEPARATORS + "©"):
        text = ""  # "© Jane Doe": the sign the credit left behind is no caption
    return text, credit, alone is not None


def _caption_elements(tree: LexborHTMLParser, caption_classed: bool | None, figcaptioned: bool) -> tuple[list[LexborNode], dict[int, str]]:
    """The caption elements in page order (`read_figures`) and each one's text by its mem_id."""
    texts: dict[int, str] = {}
    candidates: list[LexborNode] = []
    if caption_classed is None:  # (`page.read_head` says, from before the strip: a class gone with it only asks for more)
        caption_classed = holds_class(tree, CAPTION_CLASS_WORDS)
    if not caption_classed and not figcaptioned:  # no caption anywhere (`page.read_head`: most pages)
        return candidates, texts
    selector = CAPTION_SELECTOR if caption_classed else "figcaption"  # most pages: no such class
    for node in tree.css(selector)[: MAX_ITEMS * 4]:
        raw = bounded_text(node, MAX_CAPTION_BYTES)  # a huge "caption" box costs no more than a caption
        text = " ".join(raw.split()) if raw else ""
        if text and len(text) <= MAX_CAPTION_CHARS and (node.tag == "figcaption" or _classed_caption(node)):
            texts[node.mem_id] = text
            candidates.append(node)
    return candidates, texts


# A teaser card for another story marked up as a captioned picture: its "caption" holds a linked
# heading over the story's summary ("<figcaption><h5><a>…</a></h5><p>…</p>"), or stands inside a
# link around the whole card (CARD_LINK_LEVELS up), or is the story's linked headline where the
# picture beside it links to the same story (a <figcaption> that is one link,
# `CARD_CAPTION_LINK_SHARE` of its characters, its address linked again in the caption's parent).
# A photo's caption may be one link too (a travel blog's "Nikko" pointing to its post on the
# town: WCXB 4088), but its picture does not link there.  Held-out pages: a Latvian news page's
# 33 related-story cards and a Spanish one's 6 were read as the story's captions; on the dev
# pages 22 pages lose 129 such "captions" (Zyte: "Live Watch CBSN Live", a science site's 25
# teasers; WCXB: product tiles, "Read the full story →").  A lightbox's link around a photo and
# its caption, to the picture's own file, is no card's.  The cards' texts still leave the
# body as captions do (`drop_captions`: `Figures.cards`).
CARD_CAPTION_LINK_SHARE = 0.9
CARD_LINK_LEVELS = 6  # how far up a link around the whole card is looked for (tile, figure, caption box)
_CARD_HEADLINE = ", ".join(f"h{level} a[href]" for level in range(1, 7))  # not a visually hidden "Caption" heading (WCXB 4661)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#]|$)", re.I)  # a link to the picture: a lightbox's


def _is_card_text(node: LexborNode, text: str) -> bool:
    """Whether a caption element is a teaser card's text (see `CARD_CAPTION_LINK_SHARE`)."""
    if node.css_first(_CARD_HEADLINE) is not None:
        return True  # a linked headline over a summary
    up = node.parent
    for _level in range(CARD_LINK_LEVELS):
        if up is None:
            break
        if up.tag == "a" and (href := up.attributes.get("href")) and not _IMAGE_FILE.search(href):
            return True  # the whole card is one link (not a lightbox's to the picture itself)
        up = up.parent
    links = node.css("a[href]")
    if not links or sum(len(" ".join(link.text(deep=True).split())) for link in links) < CARD_CAPTION_LINK_SHARE * len(text):
        return False
    targets = {link.attributes.get("href") for link in links}
    parent = node.parent
    return parent is not None and sum(link.attributes.get("href") in targets for link in parent.css("a[href]")) > len(links)


# Where an <img> keeps its address: lazy loaders leave `src` a placeholder (often a data: URI) and
# put the picture in a data- attribute, or list sizes in a srcset ("a.jpg 320w, b.jpg 640w").
IMAGE_SOURCE_ATTRIBUTES = ("src", "data-src", "data-lazy-src", "data-original", "data-url")
IMAGE_SRCSET_ATTRIBUTES = ("srcset", "data-srcset")


def image_source(node: LexborNode) -> str | None:
    """The address of the picture an <img> shows: its first non-placeholder source, else the
    first candidate of its srcset; None without one."""
    attributes = node.attributes
    for name in IMAGE_SOURCE_ATTRIBUTES:
        value = (attributes.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value
    for name in IMAGE_SRCSET_ATTRIBUTES:
        first = (attributes.get(name) or "").split(",", 1)[0].split()
        if first and not first[0].startswith("data:"):
            return first[0]
    return None


def captioned_image(caption: LexborNode) -> LexborNode | None:
    """The <img> (or AMP <amp-img>) a caption element describes: in the <figure> around a <figcaption>; for a classed
    caption, inside it or in the element just before or after it (as `_beside_media` finds)."""
    if caption.tag == "figcaption":
        figure = caption.parent
        return figure.css_first(IMAGE_SELECTOR) if figure is not None else None
    for candidate in (caption, _element_sibling(caption, False), _element_sibling(caption, True)):
        if candidate is None:
            continue
        if candidate.tag in ("img", "amp-img"):
            return candidate
        if (image := candidate.css_first(IMAGE_SELECTOR)) is not None:
            return image
    return None


IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)$", re.I)  # a path naming the picture's file


def same_picture(one: Media, other: Media) -> bool:
    """Whether two images are one picture: the same address, or the same file asked for at another
    size ("photo.jpg?w=1024" and "photo.jpg?w=620": the query only resizes a named file)."""
    if one.url == other.url:
        return True
    if one.url is None or other.url is None:
        return False
    path, other_path = one.url.split("?", 1)[0], other.url.split("?", 1)[0]
    return path == other_path and IMAGE_FILE.search(path) is not None


def lead_image(og_image: str, og_alt: str, jsonld_image: object, url: str | None) -> Media | None:
    """The page's own picture of itself: og:image (with og:image:alt), else the article's JSON-LD
    `image` (a URL, an ImageObject's url or contentUrl, or the first of a list of either)."""
    src = og_image.strip()
    if not src:
        first = jsonld_image[0] if isinstance(jsonld_image, list) and jsonld_image else jsonld_image
        if isinstance(first, dict):
            first = first.get("url") or first.get("contentUrl")
        src = first.strip() if isinstance(first, str) else ""
    if not src or src.startswith("data:") or (address := resolved(url, src)) is None:
        return None
    return Media("image", og_alt.strip() or None, address)


def _link_target(href: str | None, url: str | None) -> str | None:
    """The absolute URL a link's `href` points to, or None for a same-page or script link."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:")):
        return None
    return resolved(url, href)


LINK_HEADING_SELECTOR = "h1, h2, h3, h4, h5, h6"  # a card's headline inside its link


def related_link_texts(tree: LexborHTMLParser, limit: int, compiled: bool = True) -> Iterator[tuple[str, str]]:
    """Text and href ("" when it has no value) of the first `limit` links `RELATED_SELECTOR`
    finds, in its order, inside no <body> or <html> (a class there is the page's: a news site
    marks its <body> "f_related_module_on", and every link of the page was read as related).
    A link holding a heading is a card: its text is the heading's, the story's title without
    the card's kicker, date or byline ("Trending …", "… Oct 29, 2019"; 112 of the dev pages'
    1,719 related links).

    In one compiled scan where the compiled walk is built and bound
    (`segment_fast.container_links`: `read_related` 152 -> 48 µs a median
    Zyte page, the source search for `RELATED_MARKERS` included); else one query for the
    containers and one inside each outermost one.  Tests compare both ways."""
    root = tree.root
    fast = segment_fast_module() if compiled else None
    if fast is not None and root is not None:
        for address in fast.container_links(root.mem_id, _RELATED_CLASS_BYTES, _RELATED_ID_BYTES, limit):
            yield _compiled_link_title(fast, address), fast.href_of(address)
        return
    if source_lacks(tree, RELATED_MARKERS):
        return
    containers = outermost([box for box in tree.css(RELATED_CONTAINER_SELECTOR) if box.tag not in PAGE_TAGS])
    links = (link for box in containers for link in box.css("a[href]") if link.mem_id != box.mem_id)
    for link in islice(links, limit):
        yield _link_title(link), link.attributes.get("href") or ""


def _compiled_link_title(fast: Any, address: int) -> str:
    """A related link's title (the link at `address`, read by the compiled walk `fast`): the
    card's headline inside it (`_is_card_headline`), else its whole text."""
    heading = fast.heading_in(address)
    title = " ".join(fast.deep_text(heading, b" ").split()) if heading else ""
    return title if _is_card_headline(title) else " ".join(fast.deep_text(address, b" ").split())


def _link_title(link: LexborNode) -> str:
    """`_compiled_link_title` with lexbor's queries."""
    heading = link.css_first(LINK_HEADING_SELECTOR)
    title = _text(heading) if heading is not None else ""
    return title if _is_card_headline(title) else _text(link)


_WORD = re.compile(r"[^\W_]+")


def _is_card_headline(heading: str) -> bool:
    """Whether the text of a heading inside a related link is the link's title (a card's
    headline): MIN_RELATED_TITLE_WORDS words or more, not a category label over the headline
    ("Learn & Plan"); else the link's whole text is."""
    return len(_WORD.findall(heading)) >= MIN_RELATED_TITLE_WORDS


def read_related(tree: LexborHTMLParser, url: str | None, marked: bool = True) -> list[RelatedLink]:
    """The links of the page's related-stories boxes (`related_link_texts`), each target once;
    none looked for where no class or id marks such a box (`marked`: `page.read_head`'s scan)."""
    related: list[RelatedLink] = []
    if not marked:
        return related
    seen: set[str] = set()
    for text, href in related_link_texts(tree, MAX_ITEMS * 4):
        title = text[:MAX_RELATED_TITLE_CHARS]
        target = _link_target(href, url)
        if len(title.split()) < MIN_RELATED_TITLE_WORDS or target is None or target in seen:
            continue
        seen.add(target)
        related.append(RelatedLink(title, target))
        if len(related) >= MAX_ITEMS:
            break
    return without_rank_numbers(related)


# A "most read" list's ranks printed before its titles ("1 Kim Kardashian Wears …", "2 Bryce …"):
# MIN_RANKED_LINKS or more links in a row whose titles open on 1, 2, 3 … in turn.  A title
# opening on a number alone is a headline's ("10 Movies That Pushed The Boundaries Too Far").
_RANK = re.compile(r"(\d{1,2})[.)]?\s+(?=\S)")
MIN_RANKED_LINKS = 3


def without_rank_numbers(links: list[RelatedLink]) -> list[RelatedLink]:
    """`links` with the ranks of each run of MIN_RANKED_LINKS or more numbered in turn from 1 cut
    from their titles (`_RANK`)."""
    ranks = [int(match[1]) if (match := _RANK.match(link.title)) else 0 for link in links]
    if ranks.count(1) == 0:
        return links
    cut = list(links)
    start = 0
    while start < len(ranks):
        end = start + 1
        if ranks[start] == 1:
            while end < len(ranks) and ranks[end] == ranks[end - 1] + 1:
                end += 1
            if end - start >= MIN_RANKED_LINKS:
                for k in range(start, end):
                    cut[k] = RelatedLink(_RANK.sub("", links[k].title, count=1), links[k].url)
        start = end
    return cut


# A list of links under a heading that labels it as other stories ("Related Articles", "You
# may also like", "Most Read": `patterns.INTERFACE_LABELS`' "related" concept), read on article
# pages whose related links no related-classed box gave (`heading_related`): on the dev pages,
# 41 pages gain their story lists, no other field moves.
RELATED_HEADING_TAGS = frozenset({"h2", "h3", "h4"})
MAX_LABEL_HEADING_BYTES = 64  # a heading's text, white space and all, past the longest label ("Artículos relacionados")
MAX_HEADINGS_READ = 200
MAX_HEADED_LINKS_READ = MAX_ITEMS  # links read under a heading
MIN_HEADED_LINKS = 2  # one link under such a heading is a "read more" of its own
# "More" alone heads a site's sections as often as its stories: on the dev pages, 18 such headings
# and no story list under any (the other labels: 119 of 187 a list)
# A story's headline runs to four words or more; a site index's entries under a "More" heading
# ("The Learning Network", "Health & Fitness", "See All") do not.
MIN_HEADED_TITLE_WORDS = 4


def heading_related(tree: LexborHTMLParser, url: str | None, compiled: bool = True) -> list[RelatedLink]:
    """The links of the first list under a heading labelling other stories: the heading's next
    element, or its parent's where the heading is wrapped alone.  In compiled scans where the
    walk is built (`segment_fast.short_headings`, `links_in`: a query of the headings took
    ~100 µs a Zyte page); else lexbor's queries.  Tests compare both."""
    root = tree.root
    if root is None:
        return []
    fast = segment_fast_module() if compiled else None
    for text, box in _short_headings(tree, fast):
        if box is None or not is_related_heading(text):
            continue
        related: list[RelatedLink] = []
        seen: set[str] = set()
        for title, href in _links_in(box, fast):
            if len(title.split(None, MIN_HEADED_TITLE_WORDS)) < MIN_HEADED_TITLE_WORDS:
                continue  # a section's or an index's entry (the address is not resolved for it)
            target = _link_target(href, url)
            if target is not None and target not in seen:
                seen.add(target)
                related.append(RelatedLink(title[:MAX_RELATED_TITLE_CHARS], target))
        if len(related) >= MIN_HEADED_LINKS:
            return without_rank_numbers(related[:MAX_ITEMS])
    return []


def is_related_heading(text: str) -> bool:
    """Whether a heading's `text` labels a list of other stories ("Related Articles", "Most Read";
    not "More" alone)."""
    label = " ".join(text.split())
    return interface_label(label) == "related" and label.lower().strip(INTERFACE_LABEL_END) != "more"


def _short_headings(tree: LexborHTMLParser, fast: Any) -> Iterator[tuple[str, Any]]:
    """Each heading short enough to be a label, with the element after it (an address where
    `fast` is the compiled module, else a node; None for none)."""
    assert tree.root is not None
    if fast is not None:
        for text, address in fast.short_headings(tree.root.mem_id, tag_set(fast, RELATED_HEADING_TAGS), MAX_LABEL_HEADING_BYTES, MAX_HEADINGS_READ):
            yield text, address or None
        return
    for heading in outermost(tree.css(", ".join(sorted(RELATED_HEADING_TAGS))))[:MAX_HEADINGS_READ]:
        text = heading.text(deep=True, separator=" ")
        if len(text.encode()) <= MAX_LABEL_HEADING_BYTES:
            parent = heading.parent
            yield text, _next_element(heading) or (_next_element(parent) if parent is not None else None)


def _links_in(box: Any, fast: Any) -> Iterator[tuple[str, str]]:
    """Title and href of each link in `box`, a card's titled by its headline as a related box's are
    (`_link_title`: a link's text ran its picture's <noscript> fallback and its summary into the
    headline on a held-out German page)."""
    if fast is not None:
        for address in fast.links_in(box, MAX_HEADED_LINKS_READ):
            yield _compiled_link_title(fast, address), fast.href_of(address)
        return
    for link in box.css("a[href]")[:MAX_HEADED_LINKS_READ]:
        if link.mem_id != box.mem_id:
            yield _link_title(link), link.attributes.get("href") or ""


def _next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and (sibling.tag or "-").startswith("-"):  # text and comment nodes
        sibling = sibling.next
    return sibling


def with_link_targets(tree: LexborHTMLParser, pointers: list[RelatedLink], url: str | None) -> list[RelatedLink]:
    """`pointers` (related links read from the body's "READ MORE: <title>" lines) with the URL
    of the first link on the page whose text is the title, where there is one.

    Link texts are read as the body's were, inline tags unwrapped and text merged
    ("Rea<b>d</b> more" is "Read more"): this unwraps them in `tree`, after every
    other reader of the tree (few pages get here)."""
    wanted = {pointer.title for pointer in pointers if pointer.url is None}
    found: dict[str, str] = {}
    if wanted and (root := tree.body or tree.root) is not None:
        unwrap_inline(root)
        for link in tree.css("a[href]"):
            title = _text(link)
            if title in wanted and title not in found and (target := _link_target(link.attributes.get("href"), url)) is not None:
                found[title] = target
                if len(found) == len(wanted):
                    break
    return [RelatedLink(p.title, p.url or found.get(p.title)) for p in pointers]


# AMP's media components (custom elements of AMP pages, the copies news sites serve under /amp/):
# the kind of item each embeds and how the id it names becomes that item's address ({}: the
# value itself, an address; None: no public address follows from the id). A component names what
# it embeds in one of AMP_SOURCE_ATTRIBUTES (the first with a value is read).
AMP_MEDIA: dict[str, tuple[MediaKind | None, str | None]] = {
    "amp-video": ("video", "{}"), "amp-audio": ("audio", "{}"),
    "amp-youtube": ("video", "https://www.youtube.com/watch?v={}"), "amp-vimeo": ("video", "https://vimeo.com/{}"),
    "amp-dailymotion": ("video", "https://www.dailymotion.com/video/{}"),
    "amp-brightcove": ("video", None), "amp-jwplayer": ("video", None),
    "amp-twitter": ("social", "https://twitter.com/i/status/{}"),
    "amp-instagram": ("social", "https://www.instagram.com/p/{}/"),
    "amp-facebook": ("social", "{}"), "amp-tiktok": ("social", "https://www.tiktok.com/embed/v2/{}"),
    "amp-soundcloud": ("audio", "https://api.soundcloud.com/tracks/{}"),
    "amp-iframe": (None, "{}"),  # the host decides, as for an <iframe>
}  # fmt: skip
AMP_SOURCE_ATTRIBUTES = ("src", "data-videoid", "data-tweetid", "data-shortcode", "data-href", "data-trackid", "data-src")
AMP_PLAYERS = ("amp-video", "amp-audio")  # a src, or a <source>'s
_HOSTS_BY_KIND: tuple[tuple[MediaKind, tuple[str, ...]], ...] = (("video", VIDEO_HOSTS), ("audio", AUDIO_HOSTS), ("social", SOCIAL_HOSTS))
MEDIA_QUERY = ", ".join(("video, audio, iframe[src], iframe[data-src], blockquote.twitter-tweet, blockquote.instagram-media", *AMP_MEDIA))
# What a lazy loader leaves in an iframe's src until it loads the frame from its data-src.
PLACEHOLDER_SOURCES = ("about:", "data:", "javascript:")
MediaRow = tuple[str, str, str | None, str | None]  # tag, src (or a blockquote's link), title, aria-label


def media_rows(tree: LexborHTMLParser) -> list[MediaRow]:
    """The first MAX_ITEMS elements `MEDIA_QUERY` lists, as `media_from_rows` reads them (the
    compiled head scan gives the same: `segment_fast.head_facts`)."""
    rows: list[MediaRow] = []
    listed: set[int] = set()
    for node in tree.css(MEDIA_QUERY):
        if len(rows) >= MAX_ITEMS:
            break
        if node.mem_id in listed and node.tag == "iframe":
            continue  # an iframe with both a src and a data-src, listed for each
        listed.add(node.mem_id)
        src = node.attributes.get("src") or ""
        if node.tag == "iframe":
            src = iframe_source(src, node.attributes.get("data-src"))
        elif node.tag in ("video", "audio"):
            source = node.css_first("source[src]")
            src = src or (source.attributes.get("src") or "" if source is not None else "")
        elif node.tag == "blockquote":  # the last link: a tweet's own ("… (@jdoe) <a href=…/status/…>"), after its text's
            links = node.css("a[href]")
            src = (links[-1].attributes.get("href") or "") if links else ""
        elif node.tag in AMP_MEDIA:
            src = next((value for name in AMP_SOURCE_ATTRIBUTES if (value := node.attributes.get(name))), "")
            if not src and node.tag in AMP_PLAYERS and (source := node.css_first("source[src]")) is not None:
                src = source.attributes.get("src") or ""
        rows.append((node.tag or "", src, node.attributes.get("title"), node.attributes.get("aria-label")))
    return rows


def iframe_source(src: str, data_src: str | None) -> str:
    """An iframe's address: its `src`, else (empty, or a lazy loader's placeholder:
    `PLACEHOLDER_SOURCES`) its `data_src` (held-out: YouTube players framed by lazysizes and
    WordPress's oEmbed with no src at all were missed)."""
    if not src.strip() or src.strip().lower().startswith(PLACEHOLDER_SOURCES):
        return data_src or src
    return src


def _amp_item(tag: str, src: str, title: str | None, url: str | None) -> Media | None:
    """What an AMP media component embeds (`AMP_MEDIA`); None for an <amp-iframe> from no known
    host, or a component that names nothing."""
    kind, template = AMP_MEDIA[tag]
    src = src.strip()
    if kind is None:  # an amp-iframe: an <iframe>'s hosts decide
        kind = _host_kind(src)
        if kind is None:
            return None
    if template is None:
        return Media(kind, title, None)
    if not src:
        return None
    if template == "{}" or src.startswith(("http://", "https://")):  # an address: as the page gives it
        return Media(kind, title, resolved(url, src))
    return Media(kind, title, resolved(None, template.format(quote(src, safe=""))))  # an address past MAX_URL_CHARS is none


def _host_kind(src: str) -> MediaKind | None:
    """What an embed from `src` shows, by its host (`_HOSTS_BY_KIND`); None for another host."""
    return next((kind for kind, hosts in _HOSTS_BY_KIND if any(host in src for host in hosts)), None)


def media_from_rows(rows: list[MediaRow], url: str | None) -> list[Media]:
    """Embedded videos, audio and social posts: a video or audio element, an iframe from a video,
    audio or social host, a tweet or Instagram blockquote, an AMP media component; each once."""
    media: list[Media] = []
    for tag, src, title, label in rows:
        name = title or label or None
        if tag in AMP_MEDIA:
            item = _amp_item(tag, src, name, url)
        else:
            kind = tag if tag in ("video", "audio") else "social" if tag == "blockquote" else _host_kind(src)
            if kind == "social" and tag == "iframe" and any(path in src for path in SOCIAL_WIDGET_PATHS):
                continue  # a like or follow button, no post
            address = resolved(url, src) if src else None
            if kind == "social" and address is not None:
                address = without_tracking(address)  # the post's own address, not the embed code's click tracking
            item = Media(kind, name, address) if kind else None  # type: ignore[arg-type]
        if item is not None and item not in media:
            media.append(item)
    return media
