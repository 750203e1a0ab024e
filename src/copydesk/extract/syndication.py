"""Which outlet, if any, first published the story: a syndicated copy's credit line.

Nonprofit newsrooms and magazines license their stories to other outlets, which
print a credit line at the story's end or start: "This article is republished
from The Conversation under a Creative Commons license.", "This story was
originally published by ProPublica.", "Originally published on Live Science.",
"This article originally appeared on USA TODAY: <link>".  The outlet is
`Article.syndicated_from`; the link the line carries (or, without one, the
page's syndication meta tags) is `Article.original_url`.  Wire agencies are
`wire.py`'s; this module names the outlets whose copy is republished whole.

The line stays in the body (the dev sets' golds keep it: it is the story's
own credit).  A line that dates the story instead ("Originally published in
March 2022", "This page was originally published on Wednesday, March 2, 2022")
names no outlet.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.assemble import edge_paragraphs
from copydesk.extract.patterns import MONTH_NUMBERS, hinted_texts
from copydesk.extract.urls import host_of, path_of, web_address
from copydesk.model import Article, BlockKind

try:  # the compiled hint scan (text_fast.pyx); Python's `in` where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

# The credit is printed in the story's first or last paragraphs (an editor's note over the
# story, or the closing line under it, before an author's bio or a licence notice).
OPENING_PARAGRAPHS = 2
CLOSING_PARAGRAPHS = 5
CREDIT_KINDS = (BlockKind.PARAGRAPH, BlockKind.HEADING)  # text mode types a line without a full stop a heading
MAX_CREDIT_WORDS = 60  # a credit line is a sentence or two, not a paragraph of the story
MAX_CREDIT_CHARS = 600  # its words are looked for in this much of a line
CREDIT_WITHIN_CHARS = 80  # its phrase opens the line ("Editor's note: This story was ...")
MAX_OUTLET_WORDS = 8

# Words at least one credit phrase holds, lower-cased: a paragraph without any is not read further.
# Lower-case ASCII, for the compiled scan (`patterns.hinted_texts`).
CREDIT_HINTS = (
    "originally", "republish", "first appeared", "appeared first", "first published", "first ran", "reprinted", "produced by",
    "erschien", "publi", "pubblic",
)  # fmt: skip
_SCANNER = text_fast.HintScanner(CREDIT_HINTS) if text_fast is not None else None
_WORK = (
    r"(?:article|story|piece|post|blog post|column|essay|report|op-ed|commentary|interview|feature|review)"
)
_EN_VERB = r"(?:published|appeared|posted|ran)"
# Each phrase ends where the outlet's name starts.
_CREDIT_PHRASES = (
    # "This article was originally published by", "The story first appeared in", "A version of this
    # story was first published on", "This post originally appeared at"
    (
        rf"(?:(?:this|the|a version of this|an earlier version of this|a version of the) {_WORK} )?"
        rf"(?:(?:was|is|has been|had been) )?(?:originally|first) {_EN_VERB}(?: online)? (?:by|in|on|at|with)"
    ),
    rf"(?:this|the|a version of this) {_WORK} (?:was|is|has been) {_EN_VERB} (?:originally|first) (?:by|in|on|at)",
    rf"(?:this|the) {_WORK} (?:was|is) (?:republished|reprinted|adapted)(?: here)?(?: with permission)? from",
    r"(?:republished|reprinted|adapted)(?: here)?(?: with (?:the )?(?:kind )?permission)? (?:from|of|by)",
    rf"(?:this|the) {_WORK}(?: about [^.]{{1,100}}?)? was produced by",
    # WordPress's feed footer, printed by the pages that copy a feed's posts: "The post <title>
    # appeared first on <site>."
    r"the post .{1,300}? appeared first on",
    # German, French, Spanish, Portuguese, Italian
    r"(?:dieser|der) (?:artikel|beitrag|text) (?:ist )?(?:erschien|erschienen) (?:zuerst|ursprünglich) (?:bei|auf|in|im)",
    r"(?:zuerst|ursprünglich) erschienen (?:bei|auf|in|im)",
    r"cet article (?:a été|est) (?:initialement |d'abord |d’abord )?(?:publié|paru) (?:initialement |d'abord |d’abord )?(?:sur|dans|par)",
    r"cet article est republié (?:à partir )?de",
    r"(?:este|el) (?:artículo|texto) (?:fue|se) (?:publicado|publicó) (?:originalmente )?(?:en|por)",
    r"(?:publicado|publicada) originalmente (?:en|por)",
    r"(?:este|o) (?:artigo|texto) (?:foi )?(?:publicado|republicado) (?:originalmente )?(?:em|no|na|pelo|pela|a partir d[oa])",
    r"questo articolo è stato (?:originariamente |originalmente )?pubblicato (?:su|da|in|sul)",
)
# A credit opens its line, after a label at most ("Editor's note:") or a sentence ("Jane Doe is a
# reporter. This story was ..."): "... first appeared in West Michigan" inside a sentence is news.
_LINE_OPENING = r"(?:^[\s*_“\"'(\[]*(?:[^\W\d_][\w’' ]{0,24}:\s*)?|[.!?][\"”’*_]*\s+)"
_CREDIT = re.compile(
    rf"{_LINE_OPENING}[*_“\"']*(?:{'|'.join(_CREDIT_PHRASES)})\s+(?P<rest>.+)", re.IGNORECASE | re.DOTALL
)
# Where the outlet's name ends: a sentence's or clause's punctuation (not a domain's dot, nor an
# abbreviation's in "St. Louis Public Radio"), or a word that goes on
# about the licence, the date or the link ("... The Conversation under a Creative Commons
# license", "... Grist on Nov. 3", "... CalMatters and is republished with permission").
_NAME_END = re.compile(
    r"(?<!\bSt)(?<!\bMt)(?<!\bFt)\.(?![^\W_])|[,:;!?()\[\]|“”\"«»]|\s[–—-]\s|\s(?:under|and (?:is|was|has|are|were|republished|reprinted)|on|in|at|as|with|via|"
    r"unter|sous|bajo|sob|sotto|et|y|e|und|le|am|el|em|il)\s|\s(?:https?://|www\.)",
    re.IGNORECASE,
)
_LOWER_LEADS = frozenset({"the", "la", "le", "les", "el", "los", "das", "der", "die", "o", "a", "il", "lo"})
_GENERIC_OUTLETS = frozenset({"this site", "this website", "our site", "our website", "the site", "the website", "this blog",
                              "our blog", "the blog", "our newsletter", "this page", "our page", "medium.com"})  # fmt: skip
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def credit_origin(
    article: Article,
    tree: LexborHTMLParser | None = None,
    markup_url: str | None = None,
    url: str | None = None,
) -> None:
    """Set `article`'s `syndicated_from` and `original_url`: the outlet a credit line names
    (`syndicated_from_line`) and the address its line prints or, in HTML, links to
    (`credit_link`), else what the page's syndication meta tags give (`markup_url`)."""
    found = syndicated_from_line(article)
    if found is not None and _names_own_site(found[1], article.site_name, url or article.url or article.canonical_url):
        found = None  # the page's own site: the line its copies carry, or a feed's footer, printed on the original
    if found is not None:
        line, article.syndicated_from = found
        printed = _URL.search(line)
        article.original_url = printed.group(0).rstrip(".,;:") if printed else None
        if article.original_url is None and tree is not None:
            article.original_url = credit_link(tree, line, article.syndicated_from, url)
    article.original_url = article.original_url or markup_url


_NAME_CHARACTERS = re.compile(r"[^0-9a-z]+")


def _names_own_site(outlet: str, site_name: str | None, url: str | None) -> bool:
    """Whether `outlet` is the page's own site: its site name, or its address's registered name
    ("Live Science" on www.livescience.com, site name "livescience.com"), letters and digits
    compared with case ignored."""
    name = _NAME_CHARACTERS.sub("", outlet.casefold().removeprefix("the "))
    if not name:
        return False
    own = {_NAME_CHARACTERS.sub("", (site_name or "").casefold().removeprefix("the ").removesuffix(".com"))}
    host = host_of(url)  # the page's address as the caller gave it may not parse
    own.update(label for label in host.casefold().split(".")[:-1] if label != "www")
    return name in own


def syndicated_from_line(article: Article) -> tuple[str, str] | None:
    """The credit line among the story's first or last paragraphs and the outlet it names, or None."""
    edges = edge_paragraphs(article, OPENING_PARAGRAPHS, CLOSING_PARAGRAPHS, CREDIT_KINDS)
    for k in hinted_texts(_SCANNER, CREDIT_HINTS, edges, max_chars=MAX_CREDIT_CHARS):
        if (outlet := credited_outlet(edges[k])) is not None:
            return edges[k], outlet
    return None


def credited_outlet(text: str) -> str | None:
    """The outlet `text` credits as the story's first publisher, when `text` is a credit line."""
    head = text[:MAX_CREDIT_CHARS].lower()
    if not any(hint in head for hint in CREDIT_HINTS) or len(text.split()) > MAX_CREDIT_WORDS:
        return None
    match = _CREDIT.search(text)
    if match is None or match.start() > CREDIT_WITHIN_CHARS:
        return None
    rest = match["rest"].lstrip("*_ ")
    end = _NAME_END.search(rest)
    name = rest[: end.start()] if end else rest
    name = name.strip(" *_'’")
    return name if _is_outlet(name) else None


def _is_outlet(name: str) -> bool:
    """Whether `name` reads as an outlet's name: capitalised words, no date."""
    words = name.split()
    if not words or len(words) > MAX_OUTLET_WORDS or name.lower() in _GENERIC_OUTLETS:
        return False
    lead = words[1] if words[0].lower() in _LOWER_LEADS and len(words) > 1 else words[0]
    if not (lead[0].isupper() or lead[0].isdigit()):
        return False
    folded = {word.strip(".,").lower() for word in words}
    if _YEAR.search(name) or folded & _WEEKDAYS or folded & MONTH_NUMBERS.keys():
        return False  # a date: "March 2022", "Wednesday, March 2", "the 21st of June 2017"
    return not lead.isdigit()  # "19 November"


# A link to the first publication says so ("Read the original article") or carries the story's
# title (WordPress's "The post <title> appeared first on <site>"); a link on the outlet's name
# goes to the story where it has a path, else to the outlet's home page (no story's address).
ORIGINAL_LINK_WORDS = ("original", "originally", "originalmente", "original article", "ursprünglich")
MIN_TITLE_LINK_WORDS = 3
LICENCE_LINK_WORDS = ("licen", "creative commons", "permission", "terms")  # "under a Creative Commons license"


def credit_link(tree: LexborHTMLParser, line: str, outlet: str, url: str | None) -> str | None:
    """The address of the credit `line`'s link to the first publication: a link printed in the
    line whose text speaks of the original, else one on a title (a few words, not the
    outlet's name), else one on the outlet's name with a path; never one to the page's own
    site (`url`'s host: an aggregator's frame around the copy)."""
    on_title: str | None = None
    on_name: str | None = None
    own_host = host_of(url)  # a copy's original is on another site
    for link in tree.css("a[href]"):
        text = " ".join(link.text(deep=True).split())
        if not text or text not in line:
            continue
        address = web_address(link.attributes.get("href"), url)
        if address is None or (own_host and host_of(address) == own_host):
            continue
        words = text.lower()
        if any(word in words for word in ORIGINAL_LINK_WORDS):
            return address
        if words == outlet.lower():
            if on_name is None and path_of(address).strip("/"):
                on_name = address
        elif on_title is None and len(words.split()) >= MIN_TITLE_LINK_WORDS and not any(w in words for w in LICENCE_LINK_WORDS):
            on_title = address
    return on_title or on_name
