"""Visible bylines: the author names a reader sees printed on the page.

Readers, tried after the page's declared authors (JSON-LD, meta tags):

* `selector_byline`: elements marked as bylines by markup (``rel=author``,
  ``itemprop=author``, class names with byline/author), first short
  name-shaped match; else a link to the author's page read as far as its
  address spells the name; else the first line of an author box (name, then
  bio);
* `microdata_author`: where no visible byline names anyone, a schema.org
  author Person's ``<meta itemprop="name">`` (user names kept);
* `forum_poster`: on forum and Q&A pages, the thread starter's user name;
* `text_byline`: the page's text read line by line (one line per text node)
  for "By Jane Doe", "Written by: Jane Doe", or a "By" / "Written by" /
  "Author" label whose next line is the name (after "Authors:", "Author(s)" or
  "Contributors:", each following line that is a name).  Only person- or
  organisation-shaped names of two to four capitalised words are accepted,
  and a page with several different bylines is a listing, not one article's.
  A name's post-nominal letters ("Jane Doe, MD") stay with it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import compress, islice
from operator import methodcaller
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from copydesk.extract import segment
from copydesk.extract.dates import YEAR, first_written_date
from copydesk.extract.nodes import PAGE_TAGS, ancestor_tagged, bounded_text, outermost
from copydesk.extract.patterns import (
    AUTHOR_LABEL_WORDS,
    BY_WORD,
    CASED_BY_WORD,
    COMMENT_BREAK,
    COMMENT_COUNT,
    GENRE_BY_LABEL,
    GENRE_BY_OPENINGS,
    MONTH_WORD,
    ROLE_WORDS,
    STAMP_VERBS,
    WRITTEN_BY_LABEL,
    WRITTEN_BY_LABELS,
    collapsed,
    hinted_texts,
    is_post_nominal,
    joined_starts,
    names_no_one,
)

try:  # the compiled line split (text_fast.pyx); Python's where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

# "Author" as other languages' class names say it (Spanish, Portuguese, German, Polish and Czech
# "autor", Italian "autore", French "auteur"), as a class of its own or a part of one between
# dashes or underscores ("autor-nombre", "article_auteur"): not every class holding the letters
# ("autorefs", a documentation generator's cross-references; "autoresize").
AUTHOR_CLASS_AUTOR, AUTHOR_CLASS_AUTEUR = (
    ", ".join(f'[class~="{word}"], [class*="{word}-"], [class*="{word}_"], [class*="-{word}"], [class*="_{word}"]' for word in words)
    for words in (("autor", "autore"), ("auteur",))
)
BYLINE_SELECTORS = ('[rel="author"]', '[itemprop~="author"] [itemprop="name"]', '[itemprop~="author"]',
                    '[class*="byline"] [class*="author"]', '[class*="author-name"]', '[class*="author__name"]',
                    '[class*="author"] [class*="name"]', '.vcard .fn', '[class*="byline"]', '[class*="post-author"]',
                    '[class*="author"] a', '[class*="author"]', '[id="author"]', '[id="author-name"]', '[class*="writer"]',
                    '[class*="submitted"]', AUTHOR_CLASS_AUTOR, AUTHOR_CLASS_AUTEUR)  # fmt: skip
# Every element a byline selector matches is one of these or inside one: the selectors are
# run inside them only (one walk of the whole tree instead of a dozen).
# The parts of the anchor selector, and for each a test of the page's attributes that every
# element it matches passes (attribute name, a word its value holds whatever the case): a
# part, or a byline selector naming it, whose test no element passes cannot match and is
# not run (`segment_fast.attribute_words`, one scan: lexbor tries each part on every element).
ANCHOR_PARTS = (
    ('[rel="author"]', (b"rel", b"author")), ('[itemprop~="author"]', (b"itemprop", b"author")),
    ('[class*="author"]', (b"class", b"author")), ('[class*="byline"]', (b"class", b"byline")),
    (".vcard", (b"class", b"vcard")), ('[id="author"], [id="author-name"]', (b"id", b"author")),
    ('[class*="writer"]', (b"class", b"writer")), ('[class*="submitted"]', (b"class", b"submitted")),
    (AUTHOR_CLASS_AUTOR, (b"class", b"autor")), (AUTHOR_CLASS_AUTEUR, (b"class", b"auteur")),
)  # fmt: skip
BYLINE_ANCHOR_SELECTOR = ", ".join(part for part, _test in ANCHOR_PARTS)
# A link to the author's own page ("/author/jane-doe"), read when no marked byline names anyone:
# its names count only when the address spells each of their words (not "More articles", not
# the site's team page).  Tested for in the same scan as the anchor parts (the bit after theirs).
AUTHOR_LINK_SELECTOR = 'a[href*="/author/"], a[href*="/authors/"]'
AUTHOR_LINK_TEST = (b"href", b"/author")
_AUTHOR_PATH = re.compile(r"/authors?/(.+)", re.I)
_SLUG_WORD = re.compile(r"[^\W_]+")
_CONDITION = re.compile(r'\[([\w-]+)[*^$~|]?="([^"]*)"\]|\.([\w-]+)')  # [attr="v"], [attr*="v"], .class


def _needs(selector: str) -> int:
    """The `ANCHOR_PARTS` tests some element must pass for `selector` to match (a bit each):
    those implied by one of its attribute conditions (same attribute, value holding the word)."""
    conditions = [(m[1], m[2]) if m[1] else ("class", m[3]) for m in _CONDITION.finditer(selector)]
    return sum(
        1 << i
        for i, (_part, (name, word)) in enumerate(ANCHOR_PARTS)
        if any(attribute == name.decode() and word.decode() in value.lower() for attribute, value in conditions)
    )


_SELECTOR_NEEDS = {selector: _needs(selector) for selector in BYLINE_SELECTORS}
MAX_BYLINE_NODES = 5  # matches tried per selector: the first short, name-shaped one wins
MAX_BYLINE_CHARS = 120  # a longer "byline" element is an author bio
TEMPLATE_SPACE_FACTOR = 10  # an element's text up to this many times longer is measured with its white space collapsed
# Text bylines, tuned together on the WCXB train pages (valid figures in docs/EXPERIMENTS.md):
MAX_NAME_LINE_CHARS = 80  # the line after a "By" label is a name, not a sentence
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4  # one word is a label ("Category"); five is a phrase
MAX_DISTINCT_BYLINES = 3  # this many different bylines on one page: a listing of articles
BYLINE_UNDER_HEADLINE_LINES = 8  # headline, standfirst, share links, "By", name, date: a byline this close is the article's
FOOTER_SHARE = 0.95  # bylines in the last 5% of lines are site credits ("Website by …")
MAX_BYLINE_LINES = 5000  # lines of page text read
# Forum and Q&A threads: the thread starter is the first user name in page order.  The class
# names are those of the common forum engines (XenForo, phpBB, vBulletin, Invision, Discourse,
# Stack Exchange, Reddit, FluxBB/PunBB, Lemmy), not of any one site.
# Each part with the test of the page's attributes that every element it matches passes (as
# `ANCHOR_PARTS`'): lexbor tries every part of a selector on every element (~2 ms a large forum
# page), so only the parts whose test some element passes are run, as one selector (`forum_poster`).
FORUM_POSTER_PARTS = (
    ('[itemprop="author"] [itemprop="name"]', (b"itemprop", b"author")), ('[itemprop="author"] a', (b"itemprop", b"author")),
    (".username", (b"class", b"username")), (".bigusername", (b"class", b"bigusername")),
    (".ipsUsername", (b"class", b"ipsusername")), (".postprofile a", (b"class", b"postprofile")),
    (".poster a", (b"class", b"poster")), ("a.author", (b"class", b"author")), (".creator", (b"class", b"creator")),
    ('[class*="PostUser-name"]', (b"class", b"postuser-name")), (".postleft dt", (b"class", b"postleft")),
    (".person-listing", (b"class", b"person-listing")),
)  # fmt: skip
_FORUM_POSTER_RULES = tuple(test for _part, test in FORUM_POSTER_PARTS)
MAX_HANDLE_CHARS = 60  # a longer "user name" is a sentence
# Inside a user-name element, text that is not the name: the avatar (a picture, or its initial
# printed on a coloured disc) and what only screen readers get ("Offline", "Moderator").
NOT_NAME_TEXT_SELECTOR = '[class*="avatar"], .visually-hidden, .sr-only, .screen-reader-text'
MAX_NAME_NODES = 200  # a user-name element holds a few nodes; a bigger one is read as it stands

_REPEATED_HANDLE = re.compile(r"^(\S+) \((?i:\1)\)$")  # "amondale (Amondale)": handle and display name

# "By" in English, German, French and Spanish, with the verbs English bylines put before it
# (Dutch "door" is left out: it is also the English word).
# "Published by" / "Developed by" name publishers and studios, so they are not here.
_BY_VERB = (r"(?:(?:(?:article|post|story)\s+(?:written|posted)|written|posted|text|words|story|reported|article|(?:all|more|view all|see all)\s+(?:articles|posts|stories))\s+by"
            rf"|{WRITTEN_BY_LABEL}|{GENRE_BY_LABEL})")  # and "written by" in other languages ("Geschrieben von")
# "Author" in other languages, as a label before the names ("Autori: Anna Ūdre", "Författare:"):
# with its colon before the names on the line, alone on a line without.
_AUTHOR_WORD = "(?:" + "|".join(AUTHOR_LABEL_WORDS) + ")"
_PREFIX = rf"(?:{_BY_VERB}|{BY_WORD}|authors?:|contributors?:|{_AUTHOR_WORD}:)"
# A template printing its "by" before a field holding one already says it twice ("Written by by
# Jane Doe"), or its label ("von Autor: Georg Holzer").
_BYLINE = re.compile(rf"^{_PREFIX}:?\s+(?:(?:by|author|{_AUTHOR_WORD}):?\s+)?(?P<names>.{{3,{MAX_NAME_LINE_CHARS}}})$", re.I)


# "Author" in capitals and without its colon, before two names' words or more, on a line of its
# own beside a dated one: the story's fact table ("Date 10.06.2013" / "Author Julian Tompkin" /
# "Keywords …").  Without the date it is as often a product's specifications ("Genre Nature" /
# "Author J. B. Mackinnon" / "Format Hardcover": a book's writer, no byline); one word after it
# is a menu's or a heading's ("Author Website", "Author Spotlight", "Author Hub"), and
# `byline_names` takes no one-word name.
_AUTHOR_ROW = re.compile(rf"^(?:Author|AUTHOR)\s+(?P<names>[^\W\d_].{{3,{MAX_NAME_LINE_CHARS}}})$")


def opens_as_byline(text: str) -> bool:
    """Whether `text` reads "By …" (`_BYLINE`: "By Rick Steves", "Von Anna Berg")."""
    return _BYLINE.match(text) is not None


def names_a_writer(text: str) -> bool:
    """Whether `text` is a byline naming people: "By …" (`opens_as_byline`) and names shaped as
    names after it (`byline_names`: "By Jane Doe" is one, "By the river at dawn" none)."""
    match = _BYLINE.match(text)
    return match is not None and bool(byline_names(match["names"]))


_BYLINES = re.compile(_BYLINE.pattern, _BYLINE.flags | re.M)  # `_BYLINE` a line at a time, in one scan


def bylines_among(lines: list[str]) -> list[int]:
    """The positions of the `lines` (each without line breaks) that `opens_as_byline` reads,
    found in one scan of them all."""
    joined = "\n".join(lines)
    starts = joined_starts(lines)
    found: set[int] = set()
    for match in _BYLINES.finditer(joined):
        k = bisect_right(starts, match.start()) - 1
        # a match across a line break (its spaces taken for the break's) may hide one within the line
        if "\n" not in match[0] or opens_as_byline(lines[k]):
            found.add(k)
    return sorted(found)


# "Authors" or "Contributors" alone is a menu's entry (the site's list of them): a plural label needs its colon.
# "von", "par" and "por" alone on a line are labels as "by" is ("publié le" / "10 mars 2025" /
# "par" / "Julie Martin"), but not in capitals: "POR" over "Portland Trail Blazers" is a team's code.
_LABEL = re.compile(rf"^(?:(?:{_BY_VERB}|by|{CASED_BY_WORD}|author|author\(s\)|{_AUTHOR_WORD})\s*:?|(?:authors|contributors?)\s*:)$", re.I)
_PLURAL_LABEL = re.compile(r"authors|author\(s\)|contributors", re.I)  # a name a line may follow
MAX_LISTED_NAMES = 10  # names read under a plural label
# What every `_BYLINE` or `_LABEL` line opens with: lines without it are never looked at.
_OPENING_WORDS = rf"(?:{_BY_VERB}|{BY_WORD}|authors?|contributors?|{_AUTHOR_WORD})"
_OPENING = re.compile(_OPENING_WORDS, re.I)  # the definition, matched at a line's start
# Each opening word's first letters: a line opening with one holds them within its first
# MAX_OPENING_CHARS characters (the scan's hints; "writ" for "written", "aut" for "author",
# "autor" and "auteur").  With them the spellings `re.I` matches that lower-casing keeps
# ("ı" for "i", "ſ" for "s"; "İ" and the Kelvin sign make the scan give up).
_HINT_STEMS = ("writ", "post", "text", "word", "stor", "repo", "arti", "all", "more", "view", "see", "by", "von",
               "par", "por", "aut", "cont", *dict.fromkeys(label[:4] for label in (*WRITTEN_BY_LABELS, *GENRE_BY_OPENINGS, *AUTHOR_LABEL_WORDS)))  # fmt: skip
OPENING_HINTS = tuple(dict.fromkeys(
    variant for stem in _HINT_STEMS for variant in (stem, stem.replace("i", "ı"), stem.replace("s", "ſ"))
))  # fmt: skip
MAX_OPENING_CHARS = 4
_OPENING_HINTS = text_fast.HintScanner(OPENING_HINTS) if text_fast is not None else None
# After the names: " on May 3", " | 4 min read", " / January 19, 2017", " • March 12", " publiziert am 25. September" (the
# stamp's verb in the languages whose months the dates read: `patterns.MONTH_NUMBERS`), their
# "on" before a day's number (", le 10 mars", " am 10. März", " el 10 de marzo"), a follow
# button's label (" Follow @abrahamjoseph")
_AFTER_NAMES = re.compile(
    r"\s+(?:on|in|at|\||/|·|•|●|▪|⋅|-|–|—)(?:\s+|$)|\s+[–—](?=\d)|\s+(?:le|am|el|em|il|op)\s+(?=\d)|\s+(?=follow\b)"
    rf"|\s+(?=(?:{'|'.join(STAMP_VERBS)})\b"
    rf"|{MONTH_WORD}\s+\d|\d)",
    re.I,
)  # fmt: skip
_NAME_SEPARATOR = re.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b)\s*", re.I)
_NAME_SEPARATOR_KEPT = re.compile(rf"({_NAME_SEPARATOR.pattern})", re.I)  # the same, each separator kept


# A newsroom's or agency's acronym closing a byline's names after a comma ("CNN", "NPR", "AFP"): an
# outlet, not a name, and no reason to refuse the names before it (in text mode a CNN story's
# byline gave no author; WCXB: no HTML record moves, two text-mode records on pages whose gold
# author is the outlet or nobody change from one wrong answer to another).
_NEWSROOM_ACRONYM = re.compile(r"[A-Z]{2,5}")
# An outlet named by its web address ("Phys.org", "Heise.de"): a name's words hold no dot before
# lower-case letters (initials are capitals: "S.A.").
_WEB_ADDRESS = re.compile(r"[^\W_][\w-]*(?:\.[a-z]{2,10})+")
# A nickname quoted inside a name ('Jenny "The Author" Smith', "Dwayne “The Rock” Johnson", 'Amanda
# "Tania Mae" Tan'): the name is the words around it.  Straight single quotes are left alone: they
# are apostrophes in names (O'Brien).
_NICKNAME = re.compile(r'(\b[^\W\d_a-z][\w.-]*)\s+["“‘][^"“”‘’]{1,30}["”’]\s+(?=[^\W\d_a-z])')  # between capitalised words


def without_nicknames(text: str) -> str:
    """`text` without the nicknames quoted inside its names (`_NICKNAME`)."""
    return _NICKNAME.sub(r"\1 ", text) if '"' in text or "“" in text or "‘" in text else text


# A note in brackets after a name: an editor's initials, the writer's role or agency ("Julia Hitz
# (eg)", "Von Olaf Kempin (Autor)", "Anna Ūdre (LTV Ziņu dienesta … redaktore)", "Jane Doe (AP)"):
# not part of the name (the metadata fields' reader drops them too: `metadata.clean_author_names`).
MAX_NAME_NOTE_CHARS = 60
_NAME_NOTE = re.compile(rf"\s*\((?!@)[^()]{{1,{MAX_NAME_NOTE_CHARS}}}\)")  # not a handle: "Jane Doe (@jdoe)" is an embed's signature


def _is_one_word_title(part: str) -> bool:
    """"Journalist", "Nutritionist": one capitalised word of letters, lower-case after its first
    (letters in capitals, "XYZW", may be credentials no list holds: not taken for a title)."""
    return part.isalpha() and part[0].isupper() and part[1:].islower()


# One word of a name: capitalised, or an initial / "Jr." (a dot only after one or two letters),
# joined initials ("James S.A. Corey", "J.R.R."), or a lower-case particle ("van der", "de la", "bin").
_NAME_WORD = re.compile(r"^(?:[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*|[^\W\d_]{1,2}\.|(?:[^\W\d_a-z]\.){2,3}|van|von|der|den|de|da|del|la|le|du|di|bin|al|ten|ter)$")  # fmt: skip


def selector_byline(tree: LexborHTMLParser, clean: Callable[[str], list[str]], present: int | None = None) -> list[str]:
    """Names from the first byline-marked element whose text is short and name-shaped, else
    from a link to the author's page (`_author_link_names`), else from an author box's first
    line (`_author_box_name`).

    Selectors are tried in priority order, inside the elements the anchor selector
    matches, and only those whose attribute tests some element passes (`_present_parts`,
    one compiled scan: cheaper than looking for "author", "byline" and "vcard" in the
    page's source first, which took two full searches on the pages lacking "author"); `present`
    where that scan was made already (`page.read_head` makes it in its walk of the whole tree)."""
    if present is None:
        present = _present_parts(tree)
    if not present:
        return []
    parts = [part for i, (part, _test) in enumerate(ANCHOR_PARTS) if present >> i & 1]
    # <body> and <html> are no byline's anchor: their classes say what the page is (WordPress's
    # "single-author" on a one-author blog), and everything on it would be read inside them
    anchors = outermost([node for node in tree.css(", ".join(parts)) if node.tag not in PAGE_TAGS]) if parts else []
    names = _marked_names(tree, anchors, present, clean)
    if names is None:
        return []  # the byline box names no one ("admin", "undefined"): its other links are a menu's
    if names:
        return names
    if present >> len(ANCHOR_PARTS) & 1 and (names := _author_link_names(tree, clean)):
        return LinkedNames(names)
    return _author_box_name(anchors, clean)


class LinkedNames(list[str]):
    """Names `selector_byline` read off links to authors' pages, no byline element marking them:
    a page's visible "By …" line under its headline naming someone else overrides them (the
    links may be a teaser card's, `metadata.read_visible_facts`)."""


def _marked_names(tree: LexborHTMLParser, anchors: list[LexborNode], present: int, clean: Callable[[str], list[str]]) -> list[str] | None:
    """The names in the first short, name-shaped element a byline selector matches inside
    `anchors` (selectors in priority order); None where a byline box names no one.  A name
    shortened to its surname's initial ("Scott P.", an author box's) gives way to a later
    match spelling it out ("By Scott Pletcher"); its element's text is measured with a
    template's indentation collapsed.  WCXB author +1, nothing else moves."""
    shortened: list[str] = []
    cards = TeaserCards(tree)
    for selector in BYLINE_SELECTORS:
        if _SELECTOR_NEEDS[selector] & ~present:
            continue
        matches = (node for anchor in anchors for node in anchor.css(selector))
        for node in islice(cards.passed(matches), MAX_BYLINE_NODES):
            if outside_bylines(node):
                continue
            text = _node_text(node)
            if names_no_one(text):
                return shortened or None
            if shortened and MAX_BYLINE_CHARS < len(text) <= MAX_BYLINE_CHARS * TEMPLATE_SPACE_FACTOR:
                text = " ".join(text.split())
            if len(text) <= MAX_BYLINE_CHARS and (names := clean(text)):
                names = _innermost_names(node, selector, clean) or names
                if not shortened and _initialled(names):
                    shortened = names
                elif not shortened or _spells_out(names, shortened[0]):
                    return _with_co_authors(names, _co_authors_scope(node), selector, node, clean)
    return shortened


def _with_co_authors(names: list[str], scope: LexborNode | None, selector: str, node: LexborNode,
                     clean: Callable[[str], list[str]]) -> list[str]:  # fmt: skip
    """`names` with those the other elements `selector` marks after `node` in its byline give
    ("By <a rel="author">Ann Lee</a> and <a rel="author">Bo Chan</a>"), MAX_CO_AUTHORS at most."""
    if scope is None:
        return names
    inside = {found.mem_id for found in node.css(selector)}  # (the query lists `node` too)
    others = [other for other in _following(scope, selector, node) if other.mem_id not in inside and not outside_bylines(other)]
    for other in _before_other_roles(scope, node, others):
        text = _node_text(other)
        if len(text) <= MAX_BYLINE_CHARS:
            names = names + [name for name in clean(text) if name not in names and len(name.split()) >= MIN_NAME_WORDS]  # not a "Follow" button's
    return names


# What a byline says of the people it names after its writers: who reviewed, edited, checked or
# illustrated the story ("By Shelby Loos, DVM. Reviewed by Molly Price, DVM"), or an expert
# consulted.  The names after such a word are no co-authors.
_OTHER_ROLE = re.compile(r"review|edit|fact|check|verifi|illustrat|photo|produc|expert|geprüft|redigi|révis|revisad|relu", re.I)


def _marked_other_role(node: LexborNode, scope: LexborNode) -> bool:
    """Whether an element from `node` up to `scope` has a class saying another role (`_OTHER_ROLE`:
    ``<span class="author-meta-container expert">``)."""
    up: LexborNode | None = node
    while up is not None and up.mem_id != scope.mem_id:
        if _OTHER_ROLE.search(up.attributes.get("class") or "") is not None:
            return True
        up = up.parent
    return False


def _before_other_roles(scope: LexborNode, first: LexborNode, others: list[LexborNode]) -> list[LexborNode]:
    """`others` (elements after `first` in the byline `scope`) up to the first that the
    byline's text introduces with another role than a writer's, or whose class says one (`_OTHER_ROLE`)."""
    if not others:
        return others
    text = bounded_text(scope, MAX_CO_AUTHOR_BYLINE_BYTES) or ""
    printed = _node_text(first).strip()
    start = text.find(printed)
    start = start + len(printed) if start >= 0 else 0
    kept = []
    for other in others:
        name = _node_text(other).strip()
        at = text.find(name, start)
        if at < 0 or _OTHER_ROLE.search(text, start, at) is not None or _marked_other_role(other, scope):
            break
        kept.append(other)
        start = at + len(name)
    return kept


_SURNAME_INITIAL = re.compile(r"^(?P<forename>[^\W\d_][\w'’-]+) (?P<initial>[^\W\d_])\.$")  # "Scott P."


def _initialled(names: list[str]) -> bool:
    """One name shortened to a forename and the surname's initial ("Scott P."): an author box's
    display form; a byline elsewhere on the page may spell it out ("By Scott Pletcher")."""
    return len(names) == 1 and _SURNAME_INITIAL.match(names[0]) is not None


def _spells_out(names: list[str], shortened: str) -> bool:
    """`names` is the one name `shortened` spells out: "Scott Pletcher" for "Scott P."."""
    found = _SURNAME_INITIAL.match(shortened)
    if found is None or len(names) != 1:
        return False
    words = names[0].split()
    return len(words) >= 2 and words[0] == found["forename"] and words[-1][:1] == found["initial"] and len(words[-1]) > 1


# A schema.org Person given to machines only: ``<span itemprop="author" itemscope><meta
# itemprop="name" content="Alphabyte1">`` (forum engines print the poster's handle beside it in
# markup no selector marks).  Read when no visible byline names anyone.
MICRODATA_NAME_SELECTOR = '[itemprop~="author"] meta[itemprop="name"]'
# `ANCHOR_PARTS`' itemprop part: its bit says some element's itemprop holds "author"
MICRODATA_AUTHOR_PART = next(i for i, (part, _test) in enumerate(ANCHOR_PARTS) if part == '[itemprop~="author"]')


def microdata_author(tree: LexborHTMLParser, clean: Callable[[str], list[str]], present: int | None = None) -> list[str]:
    """The names the first author Person's ``<meta itemprop="name">`` gives (user names too:
    the page declares it its author), queried only where some element's itemprop holds "author"."""
    if present is None:
        present = _present_parts(tree)
    if not present >> MICRODATA_AUTHOR_PART & 1 or (node := tree.css_first(MICRODATA_NAME_SELECTOR)) is None:
        return []
    return clean(_node_text(node))


def _innermost_names(node: LexborNode, selector: str, clean: Callable[[str], list[str]]) -> list[str]:
    """The names the one element inside `node` that `selector` marks too gives (the name's own
    element inside a marked wrapper that prints the role beside it: ``<a class="author-name-wrapper">
    <h2 class="author-name">Jane Doe</h2><div>Head Winemaker</div></a>``), or [] when there is
    none or several (a name split over marked parts, "author-name-first" and "-last": the
    wrapper's text is the name)."""
    inner = [found for found in node.css(selector)[:3] if found.mem_id != node.mem_id]  # (the query lists `node` too)
    return clean(inner[0].text(deep=True, separator=" ")) if len(inner) == 1 else []


COMMENT_ANCESTOR_LEVELS = 12  # how far up a byline candidate's comment section is looked for
# A name there is a picture's, a quote's, or a video's (a player's microdata names the video's
# maker: ``<video><div itemprop="author" …><meta itemprop="name" content="CHIP">``).
CREDITED_ELSEWHERE_TAGS = frozenset({"figure", "figcaption", "blockquote", "video", "audio"})
MAX_AUTHOR_BOX_BYTES = 1_500  # an author box with the author's bio (UTF-8); more is a story classed with its author
# An author box's line about its author ("author-description": "Licensed Q Arabica Grader,
# M.A. Journalism"): the credentials it prints are name-shaped, but no name ("bio" is not one:
# "user-bio-info" holds the byline itself).
AUTHOR_ABOUT_CLASS_WORDS = ("desc",)
STORY_TAGS = frozenset({"article", "main"})  # an author-classed one is the story, not its author box


def outside_bylines(node: LexborNode) -> bool:
    """Whether `node` sits where the article's byline is not: its class says "comment" (a
    commenter's name, "comment-author-name", or the comment form's label, "comment-form-author"
    -> "Name *"), or an element around it below <body> has "comment" in its class or id (a
    reader's name in a comment section: ``<section id="comments"> … <p class="author">``), or
    is a figure or a block quote, or its class or one around it says "quote" (a photographer's or
    a quoted person's name: ``<figure><div class="author">``, ``<p class="quote-author">``), or
    its class says it describes the author (`AUTHOR_ABOUT_CLASS_WORDS`), or the nearest author-classed element around it is an <article> or holds
    more text than an author box (a publishing system's class on the whole story: Drupal's
    "node author-jdoe", whose fields are "field-name-…" and whose links are the story's)."""
    own = (node.attributes.get("class") or "").lower()
    if "comment" in own or "quote" in own or any(word in own for word in AUTHOR_ABOUT_CLASS_WORDS):
        return True
    up = node.parent
    author_box_seen = False
    for _level in range(COMMENT_ANCESTOR_LEVELS):
        if up is None or up.tag in PAGE_TAGS:
            return False
        if up.tag in CREDITED_ELSEWHERE_TAGS:
            return True
        attributes = up.attributes
        marks = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
        if "comment" in marks or "quote" in marks:
            return True
        if not author_box_seen and "author" in marks:
            author_box_seen = True
            if up.tag in STORY_TAGS or bounded_text(up, MAX_AUTHOR_BOX_BYTES) is None:
                return True
        up = up.parent
    return False


TEASER_CARD_LEVELS = 4  # how far up a byline's card (the nearest element around it holding a heading) is looked for
MAX_TEASER_BYLINES = 60  # teasers' bylines passed over before the search gives up (a front page's)
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
HEADING_SELECTOR = ", ".join(HEADING_TAGS)
TEASER_HEADLINE_WORDS = 2  # a linked heading this long is a story's headline, not a section's name ("Elements")


class TeaserCards:
    """Tells a teaser's byline from the story's.  A list of other stories (a menu's, a "most
    read" column's, the teasers opening a page) signs each with its writer's byline, often
    before the story's own in the page.  A byline whose card -- the nearest element around it,
    TEASER_CARD_LEVELS up at most, that holds a heading other than one the byline is printed in --
    holds only linked headlines (a link in the heading or around it) is a teaser's, unless the
    page's <title> holds that headline (a blog theme linking the story's headline to its own
    address)."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self._tree = tree
        self.skipped = 0
        self._title: str | None = None
        self._verdicts: dict[int, bool] = {}  # by node: the selectors match the same elements again

    def passed(self, nodes: Iterator[LexborNode]) -> Iterator[LexborNode]:
        """`nodes` without teasers' bylines (MAX_TEASER_BYLINES of them at most, over all calls)."""
        for node in nodes:
            if self.skipped < MAX_TEASER_BYLINES:
                teaser = self._verdicts.get(node.mem_id)
                if teaser is None:
                    teaser = self._verdicts[node.mem_id] = self._in_teaser(node)
                if teaser:
                    self.skipped += 1
                    continue
            yield node

    def _in_teaser(self, node: LexborNode) -> bool:
        around: set[int] = set()  # headings the byline is printed in ("<h3>By <a>…</a></h3>")
        up = node.parent
        for _level in range(TEASER_CARD_LEVELS):
            if up is None or up.tag in PAGE_TAGS:
                return False
            if up.tag in HEADING_TAGS:
                around.add(up.mem_id)
            elif headings := [heading for heading in up.css(HEADING_SELECTOR) if heading.mem_id not in around]:
                return all(self._teaser_headline(heading, up) for heading in headings)
            up = up.parent
        return False

    def _teaser_headline(self, heading: LexborNode, card: LexborNode) -> bool:
        """Whether `heading` is a linked headline (TEASER_HEADLINE_WORDS or more: not a section's
        name over the story, "Elements") other than the page's own."""
        text = " ".join(heading.text(deep=True, separator=" ").split())
        return len(text.split()) >= TEASER_HEADLINE_WORDS and _linked_within(heading, card) and not self._names_story(text)

    def _names_story(self, text: str) -> bool:
        """Whether the page's <title> holds the heading text `text` (its own headline, linked to itself)."""
        if self._title is None:
            title = self._tree.css_first("title")
            self._title = " ".join((title.text() if title is not None else "").split()).casefold()
        return text.casefold() in self._title


def _linked_within(heading: LexborNode, card: LexborNode) -> bool:
    """Whether `heading` holds a link or sits in one inside `card`."""
    if heading.css_first("a[href]") is not None:
        return True
    up = heading.parent
    while up is not None and up.mem_id != card.mem_id:
        if up.tag == "a":
            return True
        up = up.parent
    return False


def _plain_words(text: str) -> list[str]:
    """`text`'s words lower-cased, accents dropped ("Martínez" and "martinez" alike)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _SLUG_WORD.findall("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _author_link_names(tree: LexborHTMLParser, clean: Callable[[str], list[str]]) -> list[str]:
    """The names on the first link to an author's page whose address spells them: the link's
    text as far as the address holds its words ("Harry Rabinowitz Tech Reporter" on
    ".../author/harry-rabinowitz-ncpn12" is Harry Rabinowitz); with its co-authors' where the
    byline links them too (`_before_other_roles`)."""
    links = (node for node in tree.css(AUTHOR_LINK_SELECTOR) if not _in_menu(node))
    for node in islice(TeaserCards(tree).passed(links), MAX_BYLINE_NODES):
        if outside_bylines(node) or not (names := _linked_names(node, clean)):
            continue  # (a quoted person's link, a commenter's: `outside_bylines`)
        if (scope := _co_authors_scope(node)) is not None:
            for other in _before_other_roles(scope, node, _following(scope, AUTHOR_LINK_SELECTOR, node)):
                names += [name for name in _linked_names(other, clean) if name not in names and not _is_masthead_word(name)]
        return names
    return []


def _is_masthead_word(name: str) -> bool:
    """A co-author's link naming one word in capitals: the outlet's masthead, linked as an author's
    page beside its writer's ("John Patrick Pullen," then "TIME" on ".../author/time-magazine/", a US
    business magazine's syndicated story, held-out), no person."""
    return " " not in name and name.isupper()


def _linked_names(node: LexborNode, clean: Callable[[str], list[str]]) -> list[str]:
    """The names the author link `node` prints, as far as its address spells them."""
    path = _AUTHOR_PATH.search(unquote(node.attributes.get("href") or ""))
    text = node.text(deep=True, separator=" ")
    if path is None or len(text) > MAX_BYLINE_CHARS:
        return []
    address_words = _plain_words(path.group(1))
    spelled, run_together = set(address_words), "".join(address_words)
    words = text.split()
    held = next((k for k, word in enumerate(words) if not set(_plain_words(word)) <= spelled), len(words))
    for k in range(held, len(words)):  # the address may run the words together ("/author/craiglloyd/")
        if not run_together.startswith("".join(_plain_words(" ".join(words[: k + 1])))):
            break
        held = k + 1
    return clean(" ".join(words[:held])) if held else []


CO_AUTHOR_LEVELS = 2  # how far up from an author link its byline, holding its co-authors' links, is looked for
MAX_CO_AUTHOR_BYLINE_BYTES = 600  # a byline naming several writers with a line on each; more is a list of writers
MAX_CO_AUTHORS = 6


def _following(scope: LexborNode, selector: str, node: LexborNode) -> list[LexborNode]:
    """The elements `selector` matches in `scope` after `node`, as many as MAX_CO_AUTHORS names
    allow beside its own."""
    matches = scope.css(selector)
    at = next((k for k, found in enumerate(matches) if found.mem_id == node.mem_id), len(matches))
    return matches[at + 1 : at + MAX_CO_AUTHORS]


def _co_authors_scope(node: LexborNode) -> LexborNode | None:
    """The byline around `node` that may name its co-authors: the element CO_AUTHOR_LEVELS up,
    when it holds at most MAX_CO_AUTHOR_BYLINE_BYTES of text (else None)."""
    up: LexborNode | None = node
    for _level in range(CO_AUTHOR_LEVELS):
        if up is None or up.parent is None or up.parent.tag in PAGE_TAGS:
            return None
        up = up.parent
    return up if up is not None and bounded_text(up, MAX_CO_AUTHOR_BYLINE_BYTES) is not None else None


MENU_LEVELS = 3  # how far up a link's menu (a <nav>, or a long list) is looked for
MIN_MENU_ITEMS = 6  # a list of this many items is a menu (a column's writers, a site's sections)


MENU_TAGS = frozenset({"nav", "ul", "ol"})


def _in_menu(node: LexborNode) -> bool:
    """Whether the link `node` is a menu's entry: inside a <nav>, or an item of a list of
    MIN_MENU_ITEMS or more (a site's "Red Carpets" column among its sections)."""
    menu = ancestor_tagged(node, MENU_TAGS, MENU_LEVELS)
    if menu is None or menu.tag == "nav":
        return menu is not None
    return sum(child.tag == "li" for child in menu.iter()) >= MIN_MENU_ITEMS


def _author_box_name(anchors: list[LexborNode], clean: Callable[[str], list[str]]) -> list[str]:
    """The name on the first line of an element marked "author" too long to be a byline (an
    author box: name, then bio), when that line is a name alone (`is_name`, and `clean` cuts
    no label from it: "Author Spotlight" is none).  WCXB author +4 pages (0.7872 -> 0.7932;
    train +0.006, valid +0.008), none lost, no author given where the gold has none."""
    for node in islice((node for anchor in anchors for node in anchor.css('[class*="author"]')), MAX_BYLINE_NODES):
        if outside_bylines(node):
            continue
        first = next((line.strip() for line in node.text(deep=True, separator="\n").split("\n") if line.strip()), "")
        if is_name(first) and clean(first) == [first]:
            return [first]
    return []


# The tests of `_present_parts`, in its bit order: the anchor parts', then the author link's.
PRESENCE_RULES = (*(test for _part, test in ANCHOR_PARTS), AUTHOR_LINK_TEST)


def _present_parts(tree: LexborHTMLParser, rules: tuple[tuple[bytes, bytes], ...] = PRESENCE_RULES, compiled: bool = True) -> int:
    """Bit i set when some element passes `rules[i]` (by default `PRESENCE_RULES`: could match
    `ANCHOR_PARTS[i]`, the bit after theirs `AUTHOR_LINK_SELECTOR`); all set where the scan is
    not built (or not `compiled`)."""
    fast = segment.segment_fast_module() if compiled else None
    if fast is None or tree.root is None:
        return (1 << len(rules)) - 1
    present: int = fast.attribute_words(tree.root.mem_id, rules)
    return present


def is_name(text: str) -> bool:
    words = text.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or text.isupper():
        return False
    return words[0][:1].isupper() and all(_NAME_WORD.match(word) for word in words)


def _name_part(text: str) -> str:
    """`text` up to what follows the names (`_AFTER_NAMES`), its white space collapsed first:
    `_AFTER_NAMES` opens on white space, and a long run of it (a text line of thousands of spaces
    and tabs) took it seconds to split."""
    return _AFTER_NAMES.split(" ".join(text.split()), maxsplit=1)[0].strip(" ,•·|")


def byline_names(text: str, capitals: bool = False) -> tuple[str, ...]:
    """The names in a byline's name part (`_name_part`), or () when any part is not name-shaped.
    With `capitals`, a name printed all in capitals counts too ("By LISA MASCARO and ERIC
    TUCKER", the wire services' style): where the "By" before it is not (`lines_byline`), as it
    is in a facet menu's "BY COMPANY SIZE"."""
    text = _name_part(text)
    if "(" in text:
        text = _NAME_NOTE.sub("", text)
    text = without_nicknames(text)
    parts: list[str] = []
    pieces = _NAME_SEPARATOR_KEPT.split(text)  # parts, each after the separator before it
    for k in range(0, len(pieces), 2):
        part, separator = pieces[k].strip(), pieces[k - 1].strip() if k else ""
        if parts and is_post_nominal(part):
            parts[-1] = f"{parts[-1]}, {part}"  # "Doris Munoz-Mantilla, MD": the letters stay with the name
        elif part and not ROLE_WORDS.search(part):
            if not is_name(part) and not (capitals and part.isupper() and is_name(part.title())):
                if parts and separator == "," and _is_one_word_title(part):
                    break  # "Shannon Williams, Journalist": one capitalised word after the names is their title
                if parts and separator == "," and k == len(pieces) - 1 and (_NEWSROOM_ACRONYM.fullmatch(part) or _WEB_ADDRESS.fullmatch(part)):
                    break  # "…, and Tom Watkins, CNN", "Bob Yirka, Phys.org": the newsroom closing the names (the wire agencies go later)
                return ()
            parts.append(part)
    return tuple(dict.fromkeys(parts))


# A sentence naming the story's writer in an author note or box, anywhere on the page: "This post
# was written by Jane Doe, Head of Marketing", "About the Author: Jane Doe is a writer who …".
# Read when no byline or stamp names anyone (`author_note_names`).  The words after "by" run
# to the first punctuation; each name must be name-shaped (`byline_names`).
AUTHOR_NOTE = re.compile(
    r"\b(?:this|the)\s+(?:post|article|story|piece|guide|blog\s+post)\s+(?:was\s+|is\s+)?"
    r"(?:written|authored|contributed|reported)\s+by:?\s+(?P<names>[^\n.,;:!?()|]{3,80})"
    r"|\babout\s+the\s+author:?\s+(?P<name>[^\n.,;:!?()|]{3,60}?)\s+is\b",
    re.I,
)
# What every AUTHOR_NOTE match holds on its first line, lower-cased: only the lines holding one
# are searched, each with the line after it (the name may follow "About the Author:" there).
AUTHOR_NOTE_HINTS = ("written by", "authored by", "contributed by", "reported by", "about the author")
_AUTHOR_NOTE_HINTS = text_fast.HintScanner(AUTHOR_NOTE_HINTS) if text_fast is not None else None


def author_note_names(lines: list[str]) -> list[str]:
    """The names the page's first author note gives (`AUTHOR_NOTE`), or [], from its lines.

    A regex search of a whole page text (IGNORECASE, tried at every character) cost ~1 ms a
    large page; the hint scan picks the few lines to search (a compiled scan where built)."""
    for i in hinted_texts(_AUTHOR_NOTE_HINTS, AUTHOR_NOTE_HINTS, lines):
        note = "\n".join(lines[i : i + 2])
        for match in AUTHOR_NOTE.finditer(note):
            if match.start() > len(lines[i]):  # opens on the next line: that line's own turn
                break
            if match["names"]:
                letters = _NOTE_POST_NOMINAL.match(note, match.end())  # "written by Vanessa Mendez, MD, gastroenterologist"
                names = byline_names(f"{match['names']}, {letters['letters']}" if letters and is_post_nominal(letters["letters"]) else match["names"])
            else:
                names = byline_names(match["name"])
            if names:
                return list(names)
    return []


# The letters after a name an author note gives, which its pattern stops short of at the comma.
_NOTE_POST_NOMINAL = re.compile(r"\s*,\s*(?P<letters>[^\n,;:!?()|]{1,20}?)\s*(?=[\n,;:.!?()|]|$)")


def _is_facet_menu(previous: str, following: str, names: tuple[str, ...]) -> bool:
    """"By Company Size" / "By Role": a menu of ways to browse, not a byline (a line next to it
    is a "By …" line too, naming someone else: a story's byline printed twice is no menu)."""
    return any(_BYLINE.match(line) and names[0] not in line for line in (previous, following))


def text_byline(text: str, headline: str = "") -> list[str]:
    """Names from "By …" lines of the page text (one text node per line); [] when absent or ambiguous.

    The first byline within a few lines under the headline is the article's,
    whatever follows; otherwise several different bylines mean a listing.
    """
    return lines_byline(stripped_lines(text), headline)


def lines_byline(lines: list[str], headline: str = "", headline_at: int | None = None, under_headline: bool = False) -> list[str]:
    """`text_byline` on the page's non-blank lines, stripped (or collapsed); `headline_at` is the
    headline's line when the caller knows it (else the first line reading `headline`, or -1).
    With `under_headline`, only a byline in the BYLINE_UNDER_HEADLINE_LINES lines under it."""
    if headline_at is None:
        headline_at = headline_line(lines, headline)
    # the lines under the headline are the article's, however near the page's end it stands,
    # up to its comment section (a commenter's "Posted by …" is no byline)
    last_line = max(int(len(lines) * FOOTER_SHARE), headline_at + BYLINE_UNDER_HEADLINE_LINES + 1)
    if headline_at >= 0:
        last_line = min(last_line, _comments_heading(lines, headline_at + BYLINE_UNDER_HEADLINE_LINES + 1, last_line))
    found: list[tuple[str, ...]] = []
    facets: set[tuple[str, ...]] = set()  # names a facet menu printed: no byline where else they stand
    candidates = _candidate_lines(lines[:last_line])
    if headline_at >= 0:  # the lines under the headline first: teasers' bylines over it do not make it a listing
        candidates = sorted(candidates, key=lambda i: not 0 < i - headline_at <= BYLINE_UNDER_HEADLINE_LINES)
    for i in candidates:
        line = collapsed(lines[i])
        following = collapsed(lines[i + 1]) if i + 1 < len(lines) else ""
        under = headline_at >= 0 and 0 < i - headline_at <= BYLINE_UNDER_HEADLINE_LINES
        if match := _BYLINE.match(line):
            names = byline_names(match["names"], capitals=not line.isupper()) or (one_name(match["names"], dated=not under))
        elif (match := _AUTHOR_ROW.match(line)) and _beside_a_date(lines, i):
            names = byline_names(match["names"])
        elif (label := _LABEL.match(line)) and following and len(following) <= MAX_NAME_LINE_CHARS:
            names = byline_names(following, capitals=not line.isupper()) or (one_name(following) if under else ())
            if names and _PLURAL_LABEL.match(label.group()):
                names = _names_listed_under(lines, i + 2, names)
        else:
            continue
        if names and _is_facet_menu(collapsed(lines[i - 1]) if i else "", following, names):
            facets.add(names)  # "By Company Size" in the site's menu, printed again in its mobile menu
            found = [f for f in found if f != names]
            continue
        if not names or names in found or names in facets:
            continue
        if headline_at >= 0 and 0 < i - headline_at <= BYLINE_UNDER_HEADLINE_LINES:
            return list(names)
        if under_headline:
            continue
        found.append(names)
        if len(found) >= MAX_DISTINCT_BYLINES:
            return []
    return list(found[0]) if found else []


def _beside_a_date(lines: list[str], at: int) -> bool:
    """Whether the line over or under line `at` holds a written date."""
    return any(first_written_date(lines[k], True) for k in (at - 1, at + 1) if 0 <= k < len(lines))


# A writer signing with one word ("by ibby", "Posted by BeauHD on Friday …", "Written by Eliz"):
# a first name or a user name, taken only from a "by" line just under the headline.
_ONE_NAME = re.compile(r"[^\W\d_][\w.'’-]{1,29}")


def one_name(text: str, dated: bool = False) -> tuple[str, ...]:
    """The one word `text` names before what follows a name (`_AFTER_NAMES`: "on Friday …"),
    if it is a name or a user name: no role, placeholder or all-capitals word ("REUTERS").
    With `dated`, only where a year follows it on the line: a post's signature ("Posted by
    David at December 16, 2025 11:15 AM") wherever it stands."""
    text = text.strip()
    name = _name_part(text)
    if dated and not _YEAR.search(text, len(name)):
        return ()
    if not _ONE_NAME.fullmatch(name) or name.isupper() or ROLE_WORDS.search(name) or names_no_one(name):
        return ()
    return (name,)


_YEAR = re.compile(rf"\b{YEAR.pattern}\b")  # a year standing alone (`dates.YEAR`: also inside longer numbers)
MAX_COMMENTS_HEADING_CHARS = 40  # "Comments", "12 Responses to …", "Leave a Reply": a heading, not a sentence
COMMENTS_HINTS = ("comment", "repl", "respons")  # every line COMMENT_BREAK or COMMENT_COUNT takes holds one, lower-cased
_COMMENTS_HINTS = text_fast.HintScanner(COMMENTS_HINTS) if text_fast is not None else None


def _comments_heading(lines: list[str], start: int, end: int) -> int:
    """The first line from `start` to `end` heading a comment section ("Comments", "5 Comments",
    "Leave a Reply": `patterns.COMMENT_BREAK` matching the whole line, or `COMMENT_COUNT`), else `end`.

    The lines are stripped (`lines_byline`'s): only those holding a hint (`COMMENTS_HINTS`) in
    their first MAX_COMMENTS_HEADING_CHARS characters can be one, and those are found in one
    compiled scan (`text_fast.HintScanner`; a walk of every line in Python cost ~0.4 ms a page
    with comments).  Where the scan is not built or gives up, every line is tried."""
    window = lines[start:end]
    hits = _COMMENTS_HINTS.hit_lines(window, MAX_COMMENTS_HEADING_CHARS) if _COMMENTS_HINTS is not None else None
    for k in range(len(window)) if hits is None else hits:
        line = window[k].strip()
        if len(line) > MAX_COMMENTS_HEADING_CHARS or not any(hint in line.lower() for hint in COMMENTS_HINTS):
            continue
        if COMMENT_BREAK.fullmatch(line) or COMMENT_COUNT.match(line):
            return start + k
    return end


# Chinese and Japanese bylines write the name after a label ("作者：王小明", "记者 王小明 李华",
# "文／山田太郎"), Korean ones before the word for reporter ("홍길동 기자"); the label opens the line or
# follows a space or separator (an info line: "2025-03-04 来源：山谷新闻网 作者：王小明"), and names
# end where the script does (no spaces between words). Read on the lines just under the headline.
_HAN_NAME = "[\u4e00-\u9fff\u3040-\u30ff][\u4e00-\u9fff\u3040-\u30ff·・]{1,5}"
CJK_NAME_LABELS = ("作者", "记者", "記者", "撰文", "文", "执笔", "筆者")  # "author", "reporter", "text by"…
KOREAN_REPORTER = "기자"
_CJK_LABELLED = re.compile(
    rf"(?:^|(?<=[\s|｜/／:：]))(?:{'|'.join(CJK_NAME_LABELS)})\s*[:：/／・]?\s*"
    rf"(?P<names>{_HAN_NAME}(?:[\s、，,]+{_HAN_NAME})*)(?=$|[\s|｜)）]|\d)"
)
_KOREAN_REPORTER = re.compile(rf"(?:^|(?<=\s))(?P<name>[가-힣]{{2,4}})\s*{KOREAN_REPORTER}(?=$|[\s=·,]|\b)")
CJK_BYLINE_LABELS = (*CJK_NAME_LABELS, KOREAN_REPORTER)  # every line either regex matches holds one
MAX_CJK_BYLINE_CHARS = 120  # a byline or an info line; a longer line is the story's prose


def cjk_byline(lines: list[str], headline_at: int) -> list[str]:
    """The names of a Chinese, Japanese or Korean byline among the BYLINE_UNDER_HEADLINE_LINES
    lines under the headline (`headline_at`, -1 when not found: none are read)."""
    if headline_at < 0:
        return []
    window = lines[headline_at + 1 : headline_at + 1 + BYLINE_UNDER_HEADLINE_LINES]
    joined = "\n".join(window)
    if not any(label in joined for label in CJK_BYLINE_LABELS):
        return []  # most pages: no label under the headline (looked for in C before any regex runs)
    for line in window:
        if len(line) > MAX_CJK_BYLINE_CHARS:
            continue
        if found := _CJK_LABELLED.search(line):
            return list(dict.fromkeys(re.split(r"[\s、，,]+", found["names"])))
        if found := _KOREAN_REPORTER.search(line):
            return [found["name"]]
    return []


def _names_listed_under(lines: list[str], start: int, names: tuple[str, ...]) -> tuple[str, ...]:
    """`names` and those on the lines from `start` on, a name a line, as a plural label
    ("Authors", "Contributors:") lists them; up to the first line that is no name."""
    for line in islice(lines, start, start + MAX_LISTED_NAMES - len(names)):
        more = byline_names(line) if len(line) <= MAX_NAME_LINE_CHARS else ()
        if len(more) != 1:
            break
        names = tuple(dict.fromkeys(names + more))
    return names


def stripped_lines(text: str) -> list[str]:
    """The non-blank lines of `text` (at most MAX_BYLINE_LINES + 1), stripped.

    Lines are only stripped here, which is far cheaper than collapsing each
    one's white space; the few lines a byline is read from are collapsed
    (`patterns.collapsed`) when read.  Stripping and collapsing use the same white
    space, so a line opens with the same word either way."""
    if text_fast is not None:
        lines: list[str] = text_fast.stripped_lines(text, MAX_BYLINE_LINES)
        return lines
    pieces = text.split("\n", MAX_BYLINE_LINES)  # the rest of the text, newlines and all, is one last line
    return [line.strip() for line in pieces if line and not line.isspace()]


def headline_line(lines: list[str], headline: str) -> int:
    """Index of the first line that collapses to `headline`, or -1."""
    return next(later_headline_lines(lines, headline, -1), -1) if headline else -1


def later_headline_lines(lines: list[str], headline: str, first: int) -> Iterator[int]:
    """The lines after `first` that collapse to `headline`, in order (its prints after the
    first: a "recent posts" menu may list the story above its own headline)."""
    opening = methodcaller("startswith", headline.split(" ", 1)[0])  # the lines opening with its first word, picked in C
    return (i for i in compress(range(first + 1, len(lines)), map(opening, islice(lines, first + 1, None))) if collapsed(lines[i]) == headline)


def _candidate_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines that open with a byline word (`_OPENING`).

    One compiled scan (`text_fast.HintScanner`) finds the lines holding an opening word's
    first letters at their start, and only those are matched; where the scan is not built or
    gives up, every line is matched.  Same lines either way (a test checks)."""
    hits = _OPENING_HINTS.hit_lines(lines, MAX_OPENING_CHARS) if _OPENING_HINTS is not None else None
    if hits is None:
        return [i for i, line in enumerate(lines) if _OPENING.match(line)]
    return [i for i in hits if _OPENING.match(lines[i])]


def _node_text(node: LexborNode) -> str:
    """An element's text; a microdata ``<meta itemprop="name" content="Alphabyte1">`` (a name
    given to machines only, inside an ``itemprop="author"`` Person) its content's."""
    if node.tag == "meta":
        return (node.attributes.get("content") or "")[:MAX_BYLINE_CHARS + 1]
    return node.text(deep=True, separator=" ")


def _shown_name_text(node: LexborNode) -> str:
    """The text of a user-name element without its avatar's and screen readers' text
    (`NOT_NAME_TEXT_SELECTOR`): a profile link holding the avatar reads "J Offline" (the
    avatar's initial, the hidden status) where the name is "julian"; such a link then reads
    empty and the name element after it is taken."""
    if node.css_first(NOT_NAME_TEXT_SELECTOR) is None:  # (a <meta> holds nothing: its content is read)
        return _node_text(node)
    inside = list(islice(node.traverse(include_text=True), MAX_NAME_NODES + 1))
    if len(inside) > MAX_NAME_NODES:  # no user name: read as it stands (each text node's ancestors are walked below)
        return node.text(deep=True, separator=" ")
    hidden = {inner.mem_id for inner in node.css(NOT_NAME_TEXT_SELECTOR)}
    pieces = []
    for inner in inside:
        if inner.tag == "-text" and not any(up.mem_id in hidden for up in _ancestors_within(inner, node)):
            pieces.append(inner.text_content or "")
    return " ".join(pieces)


def _ancestors_within(inner: LexborNode, top: LexborNode) -> Iterator[LexborNode]:
    up = inner.parent
    while up is not None and up.mem_id != top.mem_id:
        yield up
        up = up.parent


def forum_poster(tree: LexborHTMLParser, clean: Callable[[str], list[str]], compiled: bool = True) -> list[str]:
    """The first post's author on a forum or Q&A thread: the first user-name element in page order.

    User handles keep their digits and dots ("user3080392", "b.scherer"),
    which `clean` would refuse as a person's name.  The selector's parts no element could match
    are left out where the compiled scan is built (`FORUM_POSTER_PARTS`: the same elements,
    in the same order; tests compare both ways).
    """
    present = _present_parts(tree, _FORUM_POSTER_RULES, compiled)
    selector = ", ".join(part for i, (part, _test) in enumerate(FORUM_POSTER_PARTS) if present >> i & 1)
    if not selector:
        return []
    for node in tree.css(selector)[:MAX_BYLINE_NODES]:
        text = " ".join(_shown_name_text(node).split())
        text = _REPEATED_HANDLE.sub(r"\1", text)
        if not text or len(text) > MAX_HANDLE_CHARS:
            continue
        if names := clean(text):
            return names[:1]
        if " " not in text:  # a handle: one word, kept as written
            return [text]
    return []
