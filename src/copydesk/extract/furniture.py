"""News furniture read from the HTML: captions with credits, related links, media.

Read from the tree before inline tags are unwrapped (a credit often sits in
its own ``<span class="credit">``).  Every list is bounded and deduplicated;
the body text is not changed here: the block model decides what is content.
"""

from __future__ import annotations

from itertools import islice
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from copydesk.extract.nodes import outermost, source_lacks
from copydesk.model import Caption, Media, RelatedLink

MAX_ITEMS = 50  # per list: a page with more "captions" or "related links" is a gallery or an index
MAX_CAPTION_CHARS = 1000
MAX_RELATED_TITLE_CHARS = 300
MIN_RELATED_TITLE_WORDS = 3  # shorter link texts are navigation ("More", "Next")
CREDIT_SELECTOR = '[class*="credit"], [class*="copyright"], [class*="source"], [class*="byline"], small'
RELATED_SELECTOR = (
    '[class*="related"] a[href], [id*="related"] a[href], [class*="read-more"] a[href], '
    '[class*="more-stories"] a[href], [class*="recommended"] a[href]'
)
# The containers of RELATED_SELECTOR's links: its links are the a[href]s inside the outermost
# of these (a query per container instead of checking every link's ancestors five times).
RELATED_CONTAINER_SELECTOR = (
    '[class*="related"], [id*="related"], [class*="read-more"], [class*="more-stories"], [class*="recommended"]'
)
# One of these is in every RELATED_SELECTOR part (a test checks it): a page whose source holds
# none has no related block to walk to (`source_lacks`).
RELATED_MARKERS = (b"related", b"read-more", b"more-stories", b"recommended")
VIDEO_HOSTS = ("youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "dailymotion.com", "jwplayer", "brightcove")
SOCIAL_HOSTS = ("twitter.com", "x.com", "instagram.com", "facebook.com", "tiktok.com")


def _text(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


def read_captions(tree: LexborHTMLParser) -> list[Caption]:
    captions: list[Caption] = []
    for node in tree.css("figcaption")[: MAX_ITEMS * 2]:
        credit_node = node.css_first(CREDIT_SELECTOR)
        credit = _text(credit_node) if credit_node is not None else None
        text = _text(node)[:MAX_CAPTION_CHARS]
        if credit and text.endswith(credit):
            text = text[: -len(credit)].rstrip(" -–—|·")
        caption = Caption(text, credit or None)
        if text and caption not in captions:
            captions.append(caption)
        if len(captions) >= MAX_ITEMS:
            break
    return captions


def read_related(tree: LexborHTMLParser, url: str | None) -> list[RelatedLink]:
    related: list[RelatedLink] = []
    seen: set[str] = set()
    if source_lacks(tree, RELATED_MARKERS):
        return related
    containers = outermost(tree.css(RELATED_CONTAINER_SELECTOR))
    links = (link for box in containers for link in box.css("a[href]") if link.mem_id != box.mem_id)
    for link in islice(links, MAX_ITEMS * 4):
        title = _text(link)[:MAX_RELATED_TITLE_CHARS]
        href = (link.attributes.get("href") or "").strip()
        if len(title.split()) < MIN_RELATED_TITLE_WORDS or not href or href.startswith(("#", "javascript:")):
            continue
        target = urljoin(url, href) if url else href
        if target in seen:
            continue
        seen.add(target)
        related.append(RelatedLink(title, target))
        if len(related) >= MAX_ITEMS:
            break
    return related


def read_media(tree: LexborHTMLParser, url: str | None) -> list[Media]:
    media: list[Media] = []
    for node in tree.css("video, iframe[src], blockquote.twitter-tweet, blockquote.instagram-media")[:MAX_ITEMS]:
        src = node.attributes.get("src") or ""
        if node.tag == "video":
            source = node.css_first("source[src]")
            src = src or (source.attributes.get("src") or "" if source is not None else "")
            kind = "video"
        elif node.tag == "blockquote":
            kind = "social"
            link = node.css_first("a[href]")
            src = (link.attributes.get("href") or "") if link is not None else ""
        elif any(host in src for host in VIDEO_HOSTS):
            kind = "video"
        elif any(host in src for host in SOCIAL_HOSTS):
            kind = "social"
        else:
            continue
        title = node.attributes.get("title") or node.attributes.get("aria-label") or None
        item = Media(kind, title, urljoin(url, src) if url and src else (src or None))  # type: ignore[arg-type]
        if item not in media:
            media.append(item)
    return media
