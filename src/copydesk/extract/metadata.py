"""Who, when and where: authors, dates, language, site name, canonical URL.

Sources are read in an explicit order of trust, first non-empty wins:

* published: a date in the URL path > ``article:published_time`` and other
  date meta tags > JSON-LD ``datePublished`` > the first ``<time datetime>``
  > a date written in a byline/date element or near the top of the page; where
  the JSON-LD's date and the one the page prints are different days, the printed
  one, unless labelled a later date ("Updated …": `_shown_over_markup`).
  (Measured on the WCXB dev pages, where each source is present it agrees
  with the visible publication day 0.97, 0.95, 0.88, 0.83 of the time;
  JSON-LD ``dateModified`` only 0.45, so it is never used for `published`);
* modified: JSON-LD ``dateModified`` > ``article:modified_time`` / ``og:updated_time``
  (`modified_source`: "jsonld" or "meta");
* authors: JSON-LD ``author`` (of the article object, then of any object;
  ``@id`` references resolved) > ``author`` / ``article:author`` meta > the
  Twitter card's "Written by" value > a visible byline (`extract.byline`:
  marked elements here, "By …" lines of the text after the page is
  stripped, in `parse_page`); labels ("Written by", "Author:"), quotes, reviewer credits and
  placeholders are cleaned off or refused, and so is the outlet closing a byline
  ("Jane Doe, USA TODAY": `_without_outlet`); a JSON-LD author typed as anything
  but a Person names nobody;
* language: ``<html lang>`` > ``og:locale`` > ``content-language`` meta (where none is
  declared, the pipeline reads it from the article's text: `language.detect_language`);
* section: JSON-LD ``articleSection`` > ``article:section``; tags:
  ``article:tag`` > JSON-LD ``keywords`` > ``news_keywords`` / ``keywords`` meta;
* site name: ``og:site_name`` > the JSON-LD publisher's name (the article's field without a
  tagline declared with it: `site_name_alone`; the readers here take it whole) > the <title>'s
  part spelling the page's domain name (`site_name_from_title`, the article's field only).

Dates are kept only when they parse as a real calendar date in a plausible
year, so "0000-00-00" or year 30000 leave the field empty.  Every reader
bounds its input and never raises.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import islice
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from copydesk.extract.byline import (
    LinkedNames,
    author_note_names,
    cjk_byline,
    headline_line,
    is_name,
    later_headline_lines,
    lines_byline,
    microdata_author,
    selector_byline,
    stripped_lines,
    without_nicknames,
)
from copydesk.extract.dates import (
    MAX_FIELD_CHARS,
    MAX_SHORT_DATE_ELEMENT_CHARS,
    MONTH_NAMES,
    STAMP_FIELD_SEPARATOR,
    TOP_OF_PAGE_CHARS,
    UPDATE_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    first_page_date,
    first_written_date,
    first_written_date_at,
    holds_a_date,
    meta_date,
    parse_date,
    short_year_date,
    url_date,
    written_date,
)
from copydesk.extract.jsonld import STORY_TYPES, types_of
from copydesk.extract.language import declared_language
from copydesk.extract.nodes import ancestor_tagged, attribute_rows, class_holder_items, node_text
from copydesk.extract.patterns import (
    ROLE_WORDS,
    WRITTEN_BY_LABEL,
    is_post_nominal,
    names_no_one,
    words_at_most,
)
from copydesk.extract.site_name import TITLE_SEPARATORS
from copydesk.extract.urls import WEB_SCHEMES, registered_name, web_address
from copydesk.extract.wire import AGENCY_IN_BYLINE

try:  # the compiled collapse (text_fast.pyx); Python where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

ARTICLE_TYPES = STORY_TYPES | {"techarticle", "scholarlyarticle", "report", "webpage", "posting", "socialmediaposting",
                               "discussionforumposting", "review"}  # fmt: skip
MAX_AUTHOR_SOURCES = 5  # JSON-LD objects with an author that are consulted
# A photograph's author is its photographer, credited under the picture, not the story's writer
# (a page whose only JSON-LD is its pictures' ImageObjects was signed by its photographer).
CREDIT_TYPES = frozenset({"imageobject", "photograph"})
MAX_AUTHORS = 20  # more "authors" than this is a tag cloud, not a byline
MAX_AUTHOR_CHARS = 80  # a longer "name" is a sentence
StampReader = Callable[[list[str], int, bool], list[str]]  # a page's lines, the headline's line, month first
UpdateReader = Callable[[list[str], int, bool], str | None]  # the same, to a modified date
MAX_TAGS = 50  # more "tags" than this is keyword stuffing
MAX_TAG_CHARS = 100

PUBLISHED_META = (
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
    'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.created"]',
    'meta[name="sailthru.date"]', 'meta[name="parsely-pub-date"]', 'meta[property="og:published_time"]',
    'meta[http-equiv="date"]',  # older sites' HTTP header written in the page (htmldate reads it; no dev page has it)
)  # fmt: skip
# Further names a publication date goes by in <meta name|property|itemprop>, matched without
# regard to case ("DC.Date", "citation_date", "published-date"): the names htmldate and the
# WHATWG MetaExtensions registry list, less those meaning a modification or a crawl.  Read
# after PUBLISHED_META, in this order; a value may be ISO or written out ("July 17, 2025").
PUBLISHED_META_NAMES = (
    "datepublished", "article:published", "article:published_date", "article.published", "article:publicationdate",
    "og:article:published_time", "og:published_time", "og:pubdate", "og:publish_date", "og:datepublished",
    "dc.date", "dc.date.issued", "dc.date.publication", "dc.date.created", "dc.created", "dc:date", "dc:created",
    "dcterms.issued", "dcterms.date", "dcterms.created", "citation_publication_date", "citation_date",
    "citation_online_date", "published-date", "published_date", "publish-date", "publish_date", "publishdate",
    "publisheddate", "publication_date", "published_time", "publish_time", "pubdate", "date_published",
    "article_date_original", "originalpublicationdate", "parsely-pub-date", "sailthru.date", "published", "date",
    "dc.issued", "og:regdate", "datecreated", "date_created", "created",
)  # fmt: skip  # ("created": a content system's creation date, htmldate's case; on no dev page)
_PUBLISHED_META_NAMES = frozenset(PUBLISHED_META_NAMES)
# A publication-date name under a vendor's or platform's prefix ("w-published-date",
# "cXenseParse:recs:publishtime", "bt:pubDate"): the listed names' words closing a longer name,
# after a separator.  Read after every listed name (`MetaTags.dates[PREFIXED_PUBLISHED]`).
PREFIXED_PUBLISHED_NAME = re.compile(
    r"[-_.:](?:date[-_]?published|published[-_]?(?:date|time)|publish[-_]?(?:date|time)|pub[-_]?date|publication[-_]?date)$"
)
PREFIXED_PUBLISHED = "*prefixed"  # its key in `MetaTags.dates`
MODIFIED_META = ('meta[property="article:modified_time"]', 'meta[property="og:updated_time"]',
                 'meta[itemprop="dateModified"]', 'meta[name="last-modified"]', 'meta[http-equiv="last-modified"]',
                 'meta[name="lastmodified"]', 'meta[name="dcterms.modified"]', 'meta[name="dc.date.modified"]')  # fmt: skip
# A <time> saying when the page was changed ("updated" in its class, dateModified its itemprop) is
# passed over for the publication date, and gives the modified one when the markup has none.
_CHANGED_TIME = re.compile(r"updat|modif", re.I)
_PUBLISHED_TIME = re.compile(r"publi", re.I)  # WordPress marks its one stamp "entry-date published updated"
# Each names one author, repeated for several (Google Scholar's citation_author is always so)
# Scholarly pages list every author in citation_author (Google Scholar asks for all of them), while
# their Dublin Core creator may name the first alone: the citation tags are read first.  Not read:
# a microdata <meta itemprop="author"> (most sit in reviews and comments: on WCXB four authors
# invented, one found) and dcterms.creator (an organisation or a user account on both WCXB pages).
AUTHOR_META = ('meta[name="author"]', 'meta[property="article:author"]', 'meta[name="citation_author"]',
               'meta[name="citation_authors"]', 'meta[name="dc.creator"]', 'meta[name="parsely-author"]',
               'meta[name="sailthru.author"]', 'meta[name="article:author"]',
               'meta[property="author"]', 'meta[name="byl"]', 'meta[property="og:author"]')  # fmt: skip
MAX_REPEATED_META = 20  # values of one author meta name kept (MAX_AUTHORS)
# Twitter-card label/value pairs (WordPress/Yoast and others write "Written by" / name)
TWITTER_LABELS = tuple(f'meta[name="twitter:label{i}"]' for i in range(1, 5))
_AUTHOR_LABEL = re.compile(r"written by|author|autor|auteur|verfasst|geschrieben|escrito|scritto|door", re.I)

DATE_CLASS_WORDS = ("date", "time", "byline", "meta", "published")  # date elements' class names hold one
MAX_DATE_ELEMENTS = 10  # date-ish elements looked at, in document order
DATE_NAMING_CLASS_WORDS = ("date", "published")  # then these, where "meta" and "byline" boxes took the first ones
MAX_TIME_ELEMENTS = 3  # <time datetime> elements read for the publication date, in document order
AFTER_HEADLINE_CHARS = 1500  # a byline's date sits just under the headline, however long the menus above it
MONTHS_IN_YEAR = 12  # a day number above it cannot be a month
MAX_HEADLINE_PRINTS = 3  # a menu's link to the story, then its own headline: the prints a stamp under it is looked for at
LATER_PRINT_STAMP_LINES = 3  # under a later print, the stamp's date, a separator and the name, no further
MAX_HEADLINE_TRIES = 50  # places the headline's first word is tried at before the whole page is collapsed
_BY = re.compile(
    r"^\s*(?:(?:(?:written|authored|compiled|text|words|story|posted|reported|article|analysis|opinion|commentary|reporting|column"
    r"|(?:more|all|view all|see all)\s+(?:stories|articles|posts))\s+)?by:?|authors?:?"
    rf"|{WRITTEN_BY_LABEL}|von|par|por|door|di|av|(?:autor|autorin|autoren|auteur|autore):?"
    r"|(?:text|words|texte|texto|testo|tekst|текст|автор|författare|forfatter)\s*:)(?:\s+|$)", re.I
)  # fmt: skip
# The labels in other languages go only with their colon ("Text: Hans Müller", "Текст: …"), but
# for "author" itself (German, French, Italian), as English "Author" goes: WordPress themes print
# "Autor" before the name for screen readers ("Autor john", a held-out page).
# Not a person: a label, a reviewer's credit, a template placeholder
_NOT_A_NAME = re.compile(r"(?=[afrem])(?:\bauthors?\b|\barticle\b|fact.?check|reviewed|edited|medically)", re.I)  # look-ahead: speed only
_QUOTES = " \"'“”‘’«»"
# Names are listed with commas, semicolons or bars, a role after its name the same way
# ("Jane Doe, Senior Editor"): a part naming a role (`patterns.ROLE_WORDS`) is dropped whole
# before the names in the rest are split on "and" ("Home and Digital Security Expert" goes).
# A spaced bullet too ("By Jane Doe • March 3, 2024"); not a spaced slash, which WCXB's gold keeps
# inside one author ("Laura / House Plant House").
_PART_SPLIT = re.compile(r"\s*(?:,|;|\|)\s*|\s+[•·]\s+")
# A stamp's fields between bars (`dates.STAMP_FIELD_SEPARATOR`), one after the first a date
# ("Patricio Candia | Palma de Mallorca | 08/01/2014"): the writer is the first field, the others
# the place, the section or the outlet (co-authors are listed with "and" and commas, not as a
# stamp's fields).
MIN_STAMP_FIELDS = 3  # "Jane Doe | March 5, 2024" names one writer either way
# A credit for other work than the writing ("Photos by John Roe", "Editing by …", "Pictures: …"):
# the part it opens names no author.
_OTHER_CREDIT = re.compile(
    r"^(?:photos?|photographs?|photography|pictures?|images?|illustrations?|graphics?|videos?|editing|edited|design"
    r"|produced|production|translated|translation|additional reporting)\s*(?:by\b|:)", re.I
)
# A name's affiliation after it: "Jane Doe for The Guardian", "JANE DOE FOR DAILYMAIL.COM", "Jane Doe
# from Example News", "Jane Doe — The Moon" (a spaced dash: "Jean-Luc" keeps its hyphen).
_AFFILIATION = re.compile(r"\s+(?:(?:for|from|For|FOR|From|FROM)\s+(?=[A-Z0-9])|[—–]\s+).*$")
# The look-ahead (white space, or an alternative's first character) changes speed only: every
# match opens so, and `re` would otherwise try the alternation at every position (a test checks).
# "and" in English, German, French; Spanish "y", Italian and Portuguese "e", Dutch "en", Swedish
# "och", Danish and Norwegian "og", Polish "i" in lower case only ("Bruce Y. Lee", "E. Jean Carroll").
_AND_SPLIT = re.compile(r"(?=[\s&aueyoi])\s*(?:\band\b|&|\bund\b|\bet\b|(?-i:\b(?:y|e|en|och|og|i)\b)(?!\.))\s*", re.I)
# A byline's label in Chinese and Japanese ("作者：张三", "记者 张三", "文／山田太郎"), and Korean's
# reporter after the name ("김철수 기자") and "text" before it ("글 김철수 기자").
_CJK_BYLINE_LABEL = re.compile(r"^\s*(?:(?:作者|记者|記者|撰文|文|编辑|編集)\s*[:：/／]\s*|(?:记者|記者|글)\s+)")
_KOREAN_REPORTER = re.compile(r"\s+기자$")
_EMAIL = re.compile(r"\S+@\S+")
_TRAILING_HANDLE = re.compile(r"\s+@\w+$")
# A newsroom's initials for the editor who handled the copy, lower-case in brackets after the
# name ("Julia Hitz (eg)", "(ap/dk)"); not a credential in capitals ("RD (NL)").
_EDITOR_INITIALS = re.compile(r"\s*\([a-z]{1,3}(?:\s*[/,]\s*[a-z]{1,3})*\)$")
# A preposition left after a name, lower-case, by what followed it ("jovelstefan on" from a
# "jovelstefan on Google+" badge, "Jane Doe at" before a venue in another element).
_TRAILING_PREPOSITION = re.compile(r"(?<=\S)\s+(?:on|at|in|via|am)$")
_TAG = re.compile(r"<[^<>]{0,200}>")  # an HTML tag inside a field that should hold text
# A weekday or month named alone: a date stamp's first word, never an author's whole name
_DATE_WORDS = WEEKDAYS | WEEKDAY_ABBREVIATIONS | MONTH_NAMES


NAME_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co"})  # emoji, pictographs and modifiers: in no one's name
EMOJI_JOINERS = "\ufe0f\ufe0e\u200d"  # variation selectors and the joiner that compose emoji
FIRST_PICTOGRAPH = "\u2100"  # letterlike symbols, arrows, dingbats, emoji: names holding none are not searched
CREDENTIAL_MARKS = "®™©"  # symbols too, but part of a credential ("Rebecca Lake, CEPF®")


def _without_symbols(text: str) -> str:
    """`text` without the emoji and pictographs a profile name carries ("Jenny Smith ❤️")."""
    return "".join(" " if (unicodedata.category(ch) in NAME_SYMBOL_CATEGORIES and ch not in CREDENTIAL_MARKS) or ch in EMOJI_JOINERS else ch for ch in text)


# A name printed in capitals (AP's bylines: "By JOSH BOAK") is given as names are written: each run
# of letters capitalised, so "O'BRIEN" and "JEAN-LUC" read "O'Brien" and "Jean-Luc" ("McDONALD"
# reads "Mcdonald": capitals do not say which letters were small).  One-word handles stay as typed.
_WORD_LETTERS = re.compile(r"[^\W\d_]+")


def _capitalised(match: re.Match[str]) -> str:
    return match.group(0).capitalize()


def as_written(names: list[str]) -> list[str]:
    """`names` with each name of two words or more printed all in capitals written in the usual case."""
    return [_WORD_LETTERS.sub(_capitalised, name.lower()) if " " in name and name.isupper() else name for name in names]


# A social handle in brackets after a name ("Keith Noonan ( keithnoonan )", "Jane Doe (@jdoe)"): one
# word, lower-case, no name's; and co-authors in brackets after one ("Martin Untersinger (avec
# Damien Leloup et Morgane Tual)", "(with Jo Link)"), read as names listed after it.
_HANDLE_NOTE = re.compile(r"\s*\(\s*@?[a-z0-9_.]{3,30}\s*\)")
_CO_AUTHORS = re.compile(r"\s*\((?:avec|with|mit|con|com|met|z)\s+(?P<names>[^()]{3,120})\)", re.I)


def clean_author_names(raw: str, handles: bool = False) -> list[str]:
    """Person names from a byline string: no "By", roles, e-mails or "Staff"; letters after a
    name (`patterns.POST_NOMINALS`) stay with it.  With `handles`, a user name with digits
    ("ggailey777", "Need2KnowLion": `HANDLE`) is a name too: for fields that declare an
    author (a JSON-LD Person, an author meta tag), where a digit does not mean a date.  Markup
    in a field ("<b>Jane Doe</b>", escaped or not) is read as its text."""
    text = raw[:MAX_FIELD_CHARS]
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
        text = _TAG.sub(" ", text) if "<" in text else text
    if not text.isascii() and max(text) >= FIRST_PICTOGRAPH:
        text = _without_symbols(text)
    text = _EMAIL.sub(" ", _BY.sub("", " ".join(text.split())))
    if not text.isascii():
        text = _KOREAN_REPORTER.sub("", _CJK_BYLINE_LABEL.sub("", text))
    text = without_nicknames(text)
    if "|" in text or "•" in text or "·" in text:
        text = _first_of_dated_fields(text)
    if "(" in text:
        text = _CO_AUTHORS.sub(r", \g<names>", _HANDLE_NOTE.sub("", text))
    names: list[str] = []
    for k, listed in enumerate(_PART_SPLIT.split(text)):
        if k and is_post_nominal(listed):
            if names:  # the letters after a name stay with it; before any, they name nobody
                names[-1] = f"{names[-1]}, {listed}"
            continue
        if (" f" in listed or " F" in listed or "—" in listed or "–" in listed) and (cut := _AFFILIATION.sub("", listed)):
            listed = cut
        if not ROLE_WORDS.search(listed):
            _add_names(names, [part for part in _AND_SPLIT.split(listed) if not _OTHER_CREDIT.match(part.strip())], handles)
    return _without_outlets(names)[:MAX_AUTHORS]


def _first_of_dated_fields(text: str) -> str:
    """`text`'s first field where it is a stamp's fields with a date (see MIN_STAMP_FIELDS), else `text`."""
    fields = STAMP_FIELD_SEPARATOR.split(text)
    if len(fields) >= MIN_STAMP_FIELDS and any(map(holds_a_date, fields[1:])):
        return fields[0]
    return text


# An outlet named after its writers ("Jane Doe, The Washington Post", "By Jane Doe, CNN", "Jane Doe,
# BBC News"): a name opening "The", one closing on a newsroom's word, or one word in capitals
# beside names that are not ("CNN"; "JANE DOE, Bloomberg" keeps its person).  Dropped only
# beside a person's name: a byline naming the outlet alone keeps it (WCXB's gold gives the site
# as the author where no person is named).
OUTLET_WORDS = frozenset({"news", "times", "post", "press", "media", "herald", "journal", "tribune", "gazette", "daily",
                          "magazine", "network", "radio", "tv", "today", "online", "newsroom", "wire"})  # fmt: skip


# Newsroom words that are surnames too ("Emily Post", "Jane Daily"): an outlet's last word in a
# two-word name only when its first word is in capitals ("BBC News" yes, "Emily Post" no).
SURNAME_OUTLET_WORDS = frozenset({"post", "daily", "press", "herald", "wire"})


def _is_outlet(name: str, names: list[str]) -> bool:
    if AGENCY_IN_BYLINE.search(name):
        return False  # "ERIC TUCKER Associated Press": the person stays, the agency goes later (`wire.person_names`)
    words = name.split()
    last = words[-1].lower()
    if words[0].lower() == "the":
        return True
    if last in OUTLET_WORDS and (len(words) >= 3 or last not in SURNAME_OUTLET_WORDS or words[0].isupper()):
        return True
    return len(words) == 1 and name.isupper() and not all(other.isupper() for other in names)


def _without_outlets(names: list[str]) -> list[str]:
    if len(names) < 2:
        return names
    persons = [name for name in names if not _is_outlet(name, names)]
    return persons if persons and len(persons) < len(names) else names


# A forum's or a code host's user name: one token of letters, digits, "_", "." or "-", opening
# with a letter, holding at least MIN_HANDLE_LETTERS letters and at most MAX_HANDLE_DIGIT_RUNS
# runs of digits ("Need2KnowLion", "ggailey777"; not a generated id like "mdelatorreq6vkpg2ma0ci").
HANDLE = re.compile(r"[^\W\d_][\w.-]{2,39}")
MIN_HANDLE_LETTERS = 3
MAX_HANDLE_DIGIT_RUNS = 2
_DIGIT_RUN = re.compile(r"\d+")


def _is_handle(name: str) -> bool:
    return (
        HANDLE.fullmatch(name) is not None
        and sum(ch.isalpha() for ch in name) >= MIN_HANDLE_LETTERS
        and len(_DIGIT_RUN.findall(name)) <= MAX_HANDLE_DIGIT_RUNS
    )


def note_authors(lines: list[str]) -> list[str]:
    """The writers an author note names anywhere on the page (`byline.author_note_names`), cleaned."""
    return [name for raw in author_note_names(lines) for name in clean_author_names(raw)]


# A part of a credits line naming someone's role before a colon ("content: MarketingSherpa, design:
# Scott McDaniel, code: Steve Beger" in an author meta tag), once the writing's labels are cut
# (`_BY`: "Text:", "Author:"): a credit for other work.
_ROLE_LABEL = re.compile(r"^[^\W\d_]+\s*:\s+(?=\S)")


def _add_names(names: list[str], parts: list[str], handles: bool = False) -> None:
    """Append to `names` each of `parts` that is a name (labels, quotes, dashes cut off; no
    placeholder, digit, link or sentence; no other role's credit, `_ROLE_LABEL`; with
    `handles`, a user name's digits allowed), once."""
    for part in parts:
        name = _BY.sub("", part.strip(_QUOTES)).strip(" -–—:·|").strip(_QUOTES)
        if ":" in name and _ROLE_LABEL.match(name):
            continue
        if "@" in name:
            name = _TRAILING_HANDLE.sub("", name)  # "Jane Doe @janedoe": the social handle after the name
        if name.endswith(")"):
            name = _EDITOR_INITIALS.sub("", name)  # "Julia Hitz (eg)": the desk editor's initials after the name
        if name.endswith(("on", "at", "in", "via", "am")):
            name = _TRAILING_PREPOSITION.sub("", name)
        if not name or _NOT_A_NAME.search(name) or (any(ch.isdigit() for ch in name) and not (handles and _is_handle(name))):
            continue
        if not any(map(str.isalpha, name)):
            continue  # a bracket or a dash left between names ("Mike Wuerthele (Malcolm Owen )")
        if name.rstrip(".").lower() in _DATE_WORDS:  # "Sat, 20 Dec, 2025" in a byline element: no "Sat"
            continue
        if names_no_one(name):
            continue  # a placeholder, an account or a form's label ("Skip to content" in a byline-classed link)
        if (last := name.rsplit(" ", 1))[-1].lower() in WEEKDAYS and len(name.split()) >= 3:
            name = last[0]  # "by Jeff Foust" over "Monday, November 18, 2019": the stamp's first word (not "Billy Sunday")
        if len(name) > MAX_AUTHOR_CHARS or len(name.split()) > 5 or name.startswith(("http", "/")):
            continue
        if name not in names:
            names.append(name)


def _jsonld_names(value: Any, by_id: dict[str, dict[str, Any]], names_of: Callable[[str], list[str]] = clean_author_names) -> list[str]:
    """Person names from a JSON-LD `author` (inline or an `@id` reference): an item typed as
    anything but a Person (an Organization, a WebSite) names no person."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:MAX_AUTHORS]:
        if isinstance(item, dict):
            item = _resolved(item, by_id)
            if (types := types_of(item)) and "person" not in types:
                continue
            item = item.get("name")
        if isinstance(item, str):
            names += names_of(item)
    return list(dict.fromkeys(names))  # a name listed twice (one Person per page section) is one author


def _resolved(item: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A JSON-LD item given as a reference (an `@id`, no name) replaced by the object it names."""
    if "name" not in item and isinstance(item.get("@id"), str):
        return by_id.get(item["@id"], item)
    return item


def _without_outlet(raw: str, outlets: set[str]) -> str:
    """`raw` less a trailing ", <the outlet>" (`_outlet_names`): the byline's affiliation, not a
    name ("Brian Truitt, USA TODAY"; ", USA TODAY", the name left out, is no name at all).  An
    author that is the outlet alone stays: the WCXB gold signs company blogs with the
    company (dropping the outlet wherever it stood lost 24 pages)."""
    head, separator, tail = raw.rstrip().rpartition(",")
    if not separator:
        return raw
    return head if " ".join(tail.split()).casefold() in outlets else raw


def _outlet_alone(raw: str, outlets: set[str]) -> str | None:
    """`raw`, its white space collapsed, where it is the outlet's name and nothing else: one
    name, not split where it holds "&" or "and" ("Mac & i" is a magazine, not "Mac" and "i")."""
    whole = " ".join(raw.split())
    return whole if whole.casefold() in outlets else None


def _field_names(raw: str, outlets: set[str], handles: bool) -> list[str]:
    """The names an author field or byline gives (`clean_author_names`, the outlet after a name
    left out), the outlet's own name whole where it is all the field says (`_outlet_alone`).
    `handles`: a field that declares the author, which may give a user name with digits, not
    the outlet's."""
    if (whole := _outlet_alone(raw, outlets)) is not None:
        return [] if handles and any(ch.isdigit() for ch in whole) else [whole]
    names = clean_author_names(_without_outlet(raw, outlets), handles=handles)
    if not handles:
        return names
    return [name for name in names if name.casefold() not in outlets or not any(ch.isdigit() for ch in name)]


def _outlet_names(tags: MetaTags, article: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> set[str]:
    """The page's outlet, case-folded: og:site_name and the JSON-LD publisher's name(s)."""
    found = {meta_content(tags, ('meta[property="og:site_name"]',))}
    publishers = article.get("publisher")
    for item in (publishers if isinstance(publishers, list) else [publishers])[:MAX_AUTHORS]:
        if isinstance(item, dict):
            item = _resolved(item, by_id).get("name")
        if isinstance(item, str):
            found.add(item)
    return {" ".join(name.split()).casefold() for name in found if name}


_META_SELECTOR = re.compile(r'meta\[(?P<attr>[a-z-]+)="(?P<value>[^"]+)"\]')
META_KEYS = ("name", "property", "itemprop", "http-equiv")  # the attributes meta selectors here name
# HTML reads a meta's name and http-equiv with ASCII case ignored ("DC.Creator" is "dc.creator"; a
# CSS attribute selector would not).  Property (RDFa, OpenGraph) and itemprop (schema.org) are
# case-sensitive by their specifications, but pages write "OG:Updated_Time" and
# itemprop="datemodified" meaning the same, and no vocabulary has two names differing in case
# alone: they are read with case ignored too (htmldate's unit cases; no dev record moves).


MetaRow = tuple[str | None, str | None, str | None, str | None, str | None]  # META_KEYS' values, then content


class MetaTags:
    """A page's `<meta>` tags, read in one query, answering ``meta[attr="value"]`` selectors.

    Each selector would otherwise walk the whole tree (a page asks about
    forty).  Answers are those of ``tree.css_first(selector)``: the first such
    tag in document order, but values matched with ASCII case ignored (see META_KEYS),
    where lexbor matches them as written.
    The same query finds the first ``link[rel="canonical"]`` (`canonical`:
    its href, None without one).  `from_rows` builds the same from the values
    the compiled scan of the page reads (`page.read_head`)."""

    __slots__ = ("_authors", "_first", "canonical", "dates")

    def __init__(self, tree: LexborHTMLParser) -> None:
        rows: list[MetaRow] = []
        canonical: str | None = None
        canonical_seen = False
        for node in tree.css('meta, link[rel="canonical"]'):
            attrs = node.attributes
            if node.tag == "link":
                if not canonical_seen:
                    canonical, canonical_seen = attrs.get("href"), True
                continue
            content = attrs.get("content")  # else a datetime's value (`segment_fast._meta_row` does the same)
            rows.append((attrs.get("name"), attrs.get("property"), attrs.get("itemprop"), attrs.get("http-equiv"),
                         attrs.get("datetime") if content is None else content))  # fmt: skip
        self._read(rows, canonical)

    @classmethod
    def from_rows(cls, rows: list[MetaRow], canonical: str | None) -> MetaTags:
        """From each `<meta>`'s META_KEYS values and content (None where absent), in page order,
        and the first canonical link's href."""
        tags = cls.__new__(cls)
        tags._read(rows, canonical)
        return tags

    def _read(self, rows: list[MetaRow], canonical: str | None) -> None:
        first: dict[tuple[str, str], str] = {}
        authors: dict[tuple[str, str], list[str]] = {}
        self.dates: dict[str, str] = {}  # the first non-empty content of each PUBLISHED_META_NAMES name, lower-cased
        self.canonical = canonical or None
        for row in rows:
            content = row[4] or ""
            for key, value in zip(META_KEYS, row, strict=False):
                if value is not None:
                    value = value.lower()  # (every key's value is read with case ignored: see META_KEYS)
                    first.setdefault((key, value), content)
                    if key != "http-equiv" and content:
                        if (name := value.strip()) in _PUBLISHED_META_NAMES:
                            self.dates.setdefault(name, content)
                        elif "pub" in value and PREFIXED_PUBLISHED_NAME.search(value):  # every prefixed name says "pub"
                            self.dates.setdefault(PREFIXED_PUBLISHED, content)
                    if (key, value) in _AUTHOR_KEYS and content and len(found := authors.setdefault((key, value), [])) < MAX_REPEATED_META:
                        found.append(content)
        self._first = first
        self._authors = authors

    @property
    def has_authors(self) -> bool:
        """Whether any AUTHOR_META tag has a value."""
        return bool(self._authors)

    def authors(self, selector: str) -> list[str]:
        """The non-empty `content` of every tag an AUTHOR_META `selector` matches, in document order."""
        return self._authors.get(_selector_key(selector), [])

    def raw(self, selector: str) -> str | None:
        """The `content` of the first tag `selector` matches ("" when it has none), None when none does."""
        return self._first.get(_selector_key(selector))


@lru_cache(maxsize=256)
def _selector_key(selector: str) -> tuple[str, str]:
    match = _META_SELECTOR.fullmatch(selector)
    if match is None or match.group("attr") not in META_KEYS:
        raise ValueError(f"not a meta[attr=\"value\"] selector MetaTags answers: {selector!r}")
    attr, value = match.group("attr"), match.group("value")
    return attr, value.lower()  # (every key's value is read with case ignored: see META_KEYS)


_AUTHOR_KEYS = frozenset(map(_selector_key, AUTHOR_META))
# Google Scholar's tags write one author each, surname first ("Roy, Aniruddha")
SURNAME_FIRST_META = frozenset({'meta[name="citation_author"]', 'meta[name="citation_authors"]'})
# Dublin Core's creator tag names one creator, surname first by its own guidance ("Jong, Michiel
# de", "Kooman, F.": an IETF draft's two tags, read before as three names).  Turned round only
# where one word stands before the comma: "Brian Truitt, USA TODAY" is a name and its outlet.
SURNAME_WORD_FIRST_META = frozenset({'meta[name="dc.creator"]'})


def _forename_first(value: str) -> str:
    """"Kaufman, Jeff T." as "Jeff T. Kaufman"; a value with no comma, or more than one, as it is."""
    surname, comma, forenames = value.partition(",")
    if not comma or "," in forenames or not surname.strip() or not forenames.strip():
        return value
    return f"{forenames.strip()} {surname.strip()}"


def meta_content(tags: MetaTags, selectors: tuple[str, ...]) -> str:
    """The `content` of the first matching meta tag that has one, cut to MAX_FIELD_CHARS (the
    selectors' keys made once per tuple: a page asks ~35 times, ~1 µs a key otherwise)."""
    first = tags._first
    for key in _selector_keys(selectors):
        if (value := first.get(key)) and (value := value.strip()):
            return value[:MAX_FIELD_CHARS]
    return ""


@lru_cache(maxsize=64)
def _selector_keys(selectors: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(map(_selector_key, selectors))


class Metadata:
    """The metadata of one parsed page; fields filled by `read_metadata`."""

    __slots__ = ("access", "authors", "authors_source", "canonical_url", "credits", "declared_published", "declared_source", "language",
                 "language_tag", "modified", "modified_source", "original_url", "overridable", "published", "published_source", "section",
                 "site_name", "subtitle", "tags")  # fmt: skip

    def __init__(self) -> None:
        self.authors: list[str] = []
        self.authors_source: str | None = None
        # The authors' names, casefolded, where they are weakly given and the page's "By …" line
        # under its headline naming someone else overrides them (`read_visible_facts`): the
        # outlet's names (`_outlet_names`) when the markup names only the outlet and no marked byline
        # anyone else, or names read off links to authors' pages alone (`byline.LinkedNames`).
        self.overridable: set[str] = set()
        self.published: str | None = None
        self.published_source: str | None = None
        # The markup's publication date and its source where the page's printed date was taken
        # over it (`_shown_over_markup`): what page typing reads, and what pages that print no
        # date of their own keep (`pipeline._facts_for_page_type`).
        self.declared_published: str | None = None
        self.declared_source: str | None = None
        self.modified: str | None = None
        self.modified_source: str | None = None
        self.language: str | None = None
        self.language_tag = ""  # as declared, lower-cased ("en-gb"): decides how 03/04/2025 reads
        self.site_name: str | None = None
        self.canonical_url: str | None = None
        self.subtitle: str | None = None
        self.section: str | None = None
        self.tags: list[str] = []
        self.credits = ""  # who the markup credits for the copy (`markup_credits`): where a wire agency is named too
        self.original_url: str | None = None  # a syndicated copy's first publication (`ORIGINAL_META`)
        self.access: str | None = None  # free | metered | paywalled, as the markup declares it (`declared_access`)


# Markup that credits the copy rather than the page: the author and rights meta tags, syndication
# notes, and the article's JSON-LD author, source, rights holder and credit ("Associated Press" as
# the author Organization, "Copyright 2024 The Associated Press").  Read for the wire agency
# (`wire.wire_agency`), after what the page prints.
CREDIT_META = (
    'meta[name="author"]', 'meta[name="copyright"]', 'meta[name="dc.rights"]', 'meta[name="syndication-source"]',
    'meta[name="original-source"]', 'meta[name="source"]',
)  # fmt: skip
CREDIT_JSONLD_KEYS = ("author", "sourceOrganization", "copyrightHolder", "creditText", "provider")
MAX_CREDIT_CHARS = 500  # the credits read: names and a rights line, not a page of text


def markup_credits(tags: MetaTags, article: dict[str, Any]) -> str:
    """The values of `CREDIT_META` and of the article's `CREDIT_JSONLD_KEYS` (names, or strings), one a line."""
    values = [tags.raw(selector) or "" for selector in CREDIT_META]
    for key in CREDIT_JSONLD_KEYS:
        for item in (entries if isinstance(entries := article.get(key), list) else [entries])[:MAX_AUTHORS]:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str):
                values.append(name)
    return "\n".join(value[:MAX_CREDIT_CHARS] for value in values if value)


def article_object(jsonld: list[dict[str, Any]]) -> dict[str, Any]:
    """The article-typed object with the most to say (dates, author, headline), or {}."""
    typed = [obj for obj in jsonld if types_of(obj) & ARTICLE_TYPES]
    for obj in typed:
        if "datePublished" in obj or "author" in obj or "headline" in obj:
            return obj
    return typed[0] if typed else {}


def _published(tree: LexborHTMLParser, tags: MetaTags, article: dict[str, Any], url: str | None,
               times: list[TimeRow] | None = None) -> tuple[str | None, str | None, str | None]:  # fmt: skip
    """The publication date and its source: the URL's day first, given to the minute and zone
    by the markup's date when that falls on the same day (`_markup_published`); else the
    markup's, else the first <time datetime> (`_time_dates`); the third value is the first
    <time> dating a change, when the <time>s were read (when neither the address nor the markup
    dates the page: a lone "updated" stamp dates its change even when no stamp dates the page)."""
    # a page read without its address (a file, stdin) is dated by the address it gives itself
    day = url_date(url) if url else url_date(tags.canonical or meta_content(tags, ('meta[property="og:url"]', 'meta[name="og:url"]')))
    parsed, source = _markup_published(tags, article)
    if day:
        return ((parsed, source) if parsed and len(parsed) > len(day) and parsed.startswith(day) else (day, "url")) + (None,)
    if parsed:
        return parsed, source, None
    published, changed = _time_dates(tree, times)
    if published:
        return published, "time", changed
    return None, None, changed  # `read_visible_facts` looks at the page's text once scripts are gone


TIME_ATTRIBUTES = ("datetime", "class", "itemprop")  # what a <time> says of its date (`segment_fast.head_facts` reads the same)
TimeRow = tuple[str | None, ...]


def time_rows(tree: LexborHTMLParser, compiled: bool = True) -> list[TimeRow]:
    """The `TIME_ATTRIBUTES` values of the first MAX_TIME_ELEMENTS `<time datetime>`s (`page.read_head`
    reads them in its scan of the whole tree where that is built)."""
    return attribute_rows(tree, "time", TIME_ATTRIBUTES, MAX_TIME_ELEMENTS, compiled)


def _time_dates(tree: LexborHTMLParser, rows: list[TimeRow] | None = None) -> tuple[str | None, str | None]:
    """The first of the first MAX_TIME_ELEMENTS `<time datetime>`s that dates the page, and the
    first that dates a change to it (`_CHANGED_TIME`).  A stamp in a list of dated story links
    (`_in_dated_link_list`: a sidebar's "latest posts") dates another page, and one in a block
    quote (`_in_quote`: an embedded Instagram post prints its own) dates what is quoted: both
    are passed over."""
    published = changed = None
    elsewhere: set[int] | None = None  # which stamps date something else: looked up once, if a stamp would date the page
    for index, (stamp, classes, itemprop) in enumerate(time_rows(tree) if rows is None else rows):
        if not (parsed := parse_date(stamp or "")):
            continue
        marks = f"{classes or ''} {itemprop or ''}"
        if _CHANGED_TIME.search(marks) and not _PUBLISHED_TIME.search(marks):
            changed = changed or parsed
        elif not published:
            if elsewhere is None:
                elsewhere = {
                    i for i, node in enumerate(tree.css("time[datetime]")[:MAX_TIME_ELEMENTS]) if _in_quote(node) or _in_dated_link_list(node)
                }  # fmt: skip
            if index not in elsewhere:
                published = parsed
    return published, changed


TEASER_LINK_WORDS = 4  # a link holding a story's headline has this many words at least
MAX_TEASER_WORDS = 60  # a teaser is a headline, a stamp and a line or two: a post or comment says more
MAX_TEASER_DEPTH = 4  # levels from a stamp up to its teaser ("li > span > time", "div.row > div.field > div > time")


MAX_QUOTE_DEPTH = 12  # levels from a stamp up to the quote around it (an embed nests its parts deep)
QUOTE_TAGS = frozenset({"blockquote"})


def _in_quote(stamp: LexborNode) -> bool:
    """Whether the `<time>` element `stamp` stands in a `<blockquote>`: a quoted post's stamp
    (Instagram's and TikTok's embeds are block quotes printing their post's date)."""
    return ancestor_tagged(stamp, QUOTE_TAGS, MAX_QUOTE_DEPTH) is not None


def _in_dated_link_list(stamp: LexborNode) -> bool:
    """Whether the `<time>` element `stamp` dates an item of a run of story teasers: the first
    element up to MAX_TEASER_DEPTH levels above it that has a dated sibling of its kind holds a
    headline-long link and little else (MAX_TEASER_WORDS).  Items of a kind share their tag, and
    their class too unless they are list items (`_same_kind`): a list's "latest posts", a CMS
    view's rows, a row of cards."""
    item = stamp.parent
    for _ in range(MAX_TEASER_DEPTH):
        if item is None or item.parent is None:
            return False
        if _has_dated_sibling(item):
            return len(item.text(deep=True).split()) <= MAX_TEASER_WORDS and any(
                len(link.text(deep=True).split()) >= TEASER_LINK_WORDS for link in item.css("a[href]")
            )
        item = item.parent
    return False


def _has_dated_sibling(item: LexborNode) -> bool:
    """Whether another child of `item`'s parent, of its kind, holds a `<time>` (the first such
    found ends the look: a long list is not searched through)."""
    return any(
        sibling.mem_id != item.mem_id and _same_kind(sibling, item) and sibling.css_first("time") is not None
        for sibling in item.parent.iter()
    ) if item.parent is not None else False  # fmt: skip


def _same_kind(node: LexborNode, item: LexborNode) -> bool:
    """Whether `node` is an item of the same kind as `item`: the same tag, and the same class
    attribute unless both are list items (a list marks its first and last items apart)."""
    return node.tag == item.tag and (item.tag == "li" or node.attributes.get("class") == item.attributes.get("class"))


def _markup_published(tags: MetaTags, article: dict[str, Any]) -> tuple[str | None, str | None]:
    """The publication date the meta tags give, else the article's JSON-LD, with its source."""
    if parsed := meta_date(meta_content(tags, PUBLISHED_META)):
        return parsed, "meta"
    for name in (*PUBLISHED_META_NAMES, PREFIXED_PUBLISHED) if tags.dates else ():
        content = tags.dates.get(name, "")[:MAX_FIELD_CHARS]
        if content and (parsed := meta_date(content)):
            return parsed, "meta"
    published = article.get("datePublished")
    if isinstance(published, str) and (parsed := parse_date(published)):
        return parsed, "jsonld"
    return None, None


def _collapsed_from(text: str, start: int, size: int, compiled: bool = True) -> str:
    """``" ".join(text[start:].split())[:size]``, collapsing only as much of `text` as that takes
    (a collapsed piece is a prefix of the collapsed whole, however the piece is cut): in one
    compiled scan where `text_fast` is built (`collapsed_prefix`), else piece by piece."""
    if compiled and text_fast is not None and start >= 0 and size >= 0:
        collapsed: str = text_fast.collapsed_prefix(text, start, size)
        return collapsed
    chunk = 2 * size + 16
    while True:
        piece = " ".join(text[start : start + chunk].split())
        if len(piece) >= size or start + chunk >= len(text):
            return piece[:size]
        chunk *= 2


def _find_collapsed(text: str, phrase: str) -> int:
    """Where in `text` the first occurrence of `phrase` (white space collapsed) starts once `text`'s
    white space is collapsed too, as a position in `text`; -1 when absent.  Same answer as
    finding `phrase` in ``" ".join(text.split())``, without collapsing the whole page: only
    the places where its first word occurs are looked at (and the whole page collapsed
    after all when that word occurs too often)."""
    first = phrase.split(" ", 1)[0]
    pos, tried = text.find(first), 0
    while pos >= 0:
        if text.startswith(phrase, pos) or _collapsed_from(text, pos, len(phrase)) == phrase:
            return pos
        tried += 1
        if tried > MAX_HEADLINE_TRIES:
            collapsed = " ".join(text.split())
            at = collapsed.find(phrase)
            return -1 if at < 0 else _raw_position(text, at)
        pos = text.find(first, pos + 1)
    return -1


def _raw_position(text: str, collapsed_at: int) -> int:
    """The position in `text` of the character at `collapsed_at` in ``" ".join(text.split())``."""
    seen = 0
    for word in re.finditer(r"\S+", text):
        if collapsed_at < seen + len(word.group()):
            return word.start() + collapsed_at - seen
        seen += len(word.group()) + 1
    return -1


# A reply link beside a date: the stamp of a comment ("15. Dezember 2015 at 11:21 · Antwort"),
# in the languages whose months the dates read.
_REPLY = re.compile(r"\b(?:reply|antwort(?:en)?|répondre|responder|responde|rispondi|beantwoorden|odpowiedz)\b", re.I)


# A blog's closing stamp, wherever it stands: "This entry was posted on Monday, December 14th, 2015",
# "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben", "Cet article a été
# publié le 3 mai 2019"; the date is read from the POSTED_SENTENCE_CHARS after the phrase.
_POSTED_SENTENCE = re.compile(
    r"\b(?:this (?:entry|post|article) was (?:posted|published|written)(?: on)?"
    r"|(?:dieser|der) (?:artikel|beitrag|eintrag) wurde am"
    r"|cet (?:article|billet) a été (?:publié|posté|écrit) le"
    r"|esta entrada (?:fue|ha sido) publicada el)\s",
    re.I,
)
POSTED_SENTENCE_CHARS = 60
# The phrase's verbs, written in lower case wherever the sentence stands: a page holding none is
# not searched (a case-blind regex over a whole page's text takes a millisecond; these, microseconds).
_POSTED_HINTS = ("was posted", "was published", "was written", "wurde am", "a été publié", "a été posté", "a été écrit", "publicada el")
_POSTED_OPENING_CHARS = 30  # "Dieser Artikel " / "This entry " before the verb


# A page saying when it first ran ("This article was originally published on 26 Sep 2019 at
# 4:12pm but has been regularly updated", "First published March 3, 2021"): that day is its
# publication date, whatever its byline prints (a revision's).  The date follows within
# FIRST_RAN_CHARS ("originally published in Nature on 3 March 2021").
_FIRST_RAN = re.compile(r"\b(?:originally|first)\s+(?:published|posted)\b", re.I)
_FIRST_RAN_HINTS = ("riginally published", "riginally posted", "irst published", "irst posted")  # either case opening
FIRST_RAN_CHARS = 40
# Both sentences' hints are looked for in one compiled pass over the page's text (most pages hold
# none; a `str.find` each cost ~40 µs a WCXB page): `sentence_hints`.
_SENTENCE_HINTS = (*_FIRST_RAN_HINTS, *_POSTED_HINTS)
_SENTENCE_SCANNER = text_fast.HintScanner(_SENTENCE_HINTS) if text_fast is not None else None


# The update words, looked for in one compiled pass (a `str.find` each cost ~8 µs a WCXB page for
# the 27 words of the languages read since session 64).
_UPDATE_SCANNER = text_fast.HintScanner(UPDATE_WORDS) if text_fast is not None else None


def _holds_update_word(lowered: str) -> bool:
    """Whether the lower-cased `lowered` holds one of `dates.UPDATE_WORDS`."""
    if _UPDATE_SCANNER is not None:
        return bool(_UPDATE_SCANNER.found_in(lowered))
    return any(word in lowered for word in UPDATE_WORDS)  # pragma: no cover - depends on the build


def sentence_hints(lines: str) -> frozenset[str] | None:
    """The hints of the dating sentences (`first_ran_date`, `posted_sentence_date`) `lines` holds
    as written, found in one pass; None where the compiled scan is not built (each is looked for)."""
    if _SENTENCE_SCANNER is None:  # pragma: no cover - depends on the build
        return None
    return frozenset(map(_SENTENCE_HINTS.__getitem__, _SENTENCE_SCANNER.found_in(lines)))


def first_ran_date(lines: str, month_first: bool, hints: frozenset[str] | None = None) -> str | None:
    """The date a "first published" / "originally published" statement in `lines` gives, if any
    (`hints`: `sentence_hints(lines)`, where the caller has them)."""
    hints = sentence_hints(lines) if hints is None else hints
    for hint in _FIRST_RAN_HINTS:
        if hints is not None and hint not in hints:
            continue
        at = lines.find(hint)
        if at >= 0 and (found := _FIRST_RAN.search(lines, max(at - 1, 0), at + len(hint))):
            return first_written_date(" ".join(lines[found.end() : found.end() + 2 * FIRST_RAN_CHARS].split())[:FIRST_RAN_CHARS], month_first)
    return None


# A date line labelled as the publication's anywhere on the page ("Published" / "Feb 2, 2023",
# "Posted on April 13, 2023", "Published On: 15 August 2025"), the label alone on its line or
# before the date: read where nothing under the headline or at the top dates the page (a story's
# closing meta, a sidebar's "Published" box).  Labels saying it changed are not among them.
# Text mode's (`clean.facts`): WCXB text date +7 pages, none lost, 2 where the gold has none.
# Not HTML mode's: there the markup dates those pages already (no page up, a date and an
# author invented on a service page the date typed an article).
_PUBLISHED_LABEL_LINE = re.compile(
    r"^[^\S\n]*(?:published|posted|publish(?:ed)? date|date published|publication date)(?:[^\S\n]+on)?[^\S\n]*:?[^\S\n]*\n?[^\S\n]*", re.I | re.M
)
_PUBLISHED_LABEL_HINTS = ("ublish", "osted", "UBLISH", "OSTED")
MAX_LABELLED_DATE_CHARS = 40  # the date after its label: a longer line is a sentence


def published_label_date(lines: str, month_first: bool) -> str | None:
    """The date on the first line of `lines` labelled as the publication's (`_PUBLISHED_LABEL_LINE`), if any."""
    if not any(hint in lines for hint in _PUBLISHED_LABEL_HINTS):
        return None
    for label in _PUBLISHED_LABEL_LINE.finditer(lines):
        end = lines.find("\n", label.end())
        rest = lines[label.end() : len(lines) if end < 0 else end].strip()
        if len(rest) <= MAX_LABELLED_DATE_CHARS and (found := first_written_date_at(rest, month_first)) and found[1] == 0:
            return found[0]  # the date opening the rest: "Posted by …" / "Posted in …" are no date labels
    return None


def posted_sentence_date(lines: str, month_first: bool, hints: frozenset[str] | None = None) -> str | None:
    """The date of a blog's closing "posted on" sentence in `lines` (`_POSTED_SENTENCE`), if any
    (`hints`: `sentence_hints(lines)`, where the caller has them)."""
    hints = sentence_hints(lines) if hints is None else hints
    for hint in _POSTED_HINTS:
        if hints is not None and hint not in hints:
            continue
        at = lines.find(hint)
        if at >= 0 and (found := _POSTED_SENTENCE.search(lines, max(at - _POSTED_OPENING_CHARS, 0), at + 2 * len(hint))):
            return first_written_date(lines[found.end() : found.end() + POSTED_SENTENCE_CHARS], month_first)
    return None


def _headline_window(lines: str, headline: str, captions: tuple[str, ...]) -> str:
    """The page text from the headline on (AFTER_HEADLINE_CHARS past it, white space collapsed),
    the photo `captions` and a poster's profile dates left out; "" where the headline is not
    found.  Where the date under the headline is read (`_visible_date`, `_shown_over_markup`)."""
    start = _find_collapsed(lines, headline) if headline else -1
    if start < 0:
        return ""
    return _without_profile_dates(_uncaptioned(_collapsed_from(lines, start, len(headline) + AFTER_HEADLINE_CHARS), captions))


def _visible_date(tree: LexborHTMLParser, lines: str, headline: str, month_first: bool, captions: tuple[str, ...] = (),
                  window: str | None = None, date_classed: bool = True, hints: frozenset[str] | None = None) -> str | None:  # fmt: skip
    """The first date after the headline, else a date-classed element's (a masthead's "today's
    edition" date stands above the headline: WCXB one page up, none down), else near the top
    (of the page text with its white space collapsed, the photo `captions` left out: the day
    a caption names is the photo's).  `window`: `_headline_window`, where the caller has it;
    `date_classed` False: no element is date-classed (`read_visible_facts`); `hints`: `sentence_hints(lines)`."""
    if window is None:
        window = _headline_window(lines, headline, captions)
    if window and (parsed := first_page_date(window, month_first)):
        return parsed
    for words in (DATE_CLASS_WORDS, DATE_NAMING_CLASS_WORDS) if date_classed else ():
        seen = 0
        for text, title in class_holder_items(tree, words, MAX_DATE_ELEMENTS, "title"):
            seen += 1
            parsed = written_date(text) or _short_element_date(text, month_first) or (written_date(title) if title else None)  # hAtom: <abbr class="published" title="…">
            if parsed and not _REPLY.search(text):  # (most elements hold no date: the reply test runs on few)
                return parsed
        if seen < MAX_DATE_ELEMENTS:
            break  # every element the narrower words mark was among these: no second scan
    top = first_page_date(_uncaptioned(_collapsed_from(lines, 0, TOP_OF_PAGE_CHARS), captions), month_first)
    return top or posted_sentence_date(lines, month_first, hints)


# A forum poster's profile beside the post ("Joined: Mar 3, 2015", "Member since 2019", "Founded:
# Dec 11, 2021"): its dates are the member's, not the thread's.  Blanked out with the few
# characters after the label (PROFILE_DATE_CHARS) before the date under the headline is read.
_PROFILE_DATE = re.compile(r"\b(?:(?:joined|join date|member since)\s*:?|(?:registered|founded)\s*:)\s*.{0,24}", re.I)  # "founded in 1998" is a story's
_PROFILE_HINTS = ("oined", "oin date", "egistered", "ember since", "ounded")


def _without_profile_dates(window: str) -> str:
    if not any(hint in window for hint in _PROFILE_HINTS):
        return window
    return _PROFILE_DATE.sub(" ", window)


def _short_element_date(text: str, month_first: bool) -> str | None:
    """A date-classed element's date with a two-digit year ("am 12.11.16"), when it prints little else."""
    if len(text) > MAX_SHORT_DATE_ELEMENT_CHARS or (found := short_year_date(text, month_first, labelled=False)) is None:
        return None
    return found[0]


def _uncaptioned(window: str, captions: tuple[str, ...]) -> str:
    """`window` with each caption printed in it blanked out."""
    for caption in captions:
        if caption and caption in window:
            window = window.replace(caption, " ")
    return window


def read_visible_facts(tree: LexborHTMLParser, root: LexborNode, meta: Metadata, headline: str,
                       stamp_names: StampReader | None = None, captions: tuple[str, ...] = (),
                       update_date: UpdateReader | None = None, date_classed: bool = True) -> None:  # fmt: skip
    """Fill authors and the publication date from the page's text when no markup gave them.

    Called once scripts and the head are stripped (fewer nodes to query), with
    inline tags in place (each text node a line of its own).
    `headline` is the text of the page's first h1 that is not the site's name ("" if
    none).  Authors come from a "By …" line
    (`byline.lines_byline`), else from the date stamps under the headline's line
    (`stamp_names`: `stamps.stamp_byline`, which text mode reads too; passed in,
    as that module reads dates with this one).  WCXB author 0.7932 -> 0.7976 (3
    pages up, all train; none lost, none given where the gold has none).
    `captions`: the photo captions' texts, whose dates are not the story's.  `update_date`
    (`stamps.update_stamp`) reads the modified date off an "Updated …" stamp under the headline
    when the markup gives none.  `date_classed`: False where no element's class holds a date word
    (`page.read_head`'s scan): no date element to look through.
    """
    if meta.authors and meta.published and not meta.overridable and meta.published_source != "jsonld":
        return
    lines = node_text(root, "\n")
    hints: frozenset[str] | None = None  # the dating sentences' hints, read where a date is looked for in the text
    month_first = meta.language_tag in ("", "en", "en-us")
    if not meta.modified and update_date is not None and headline and (start := lines.find(headline)) >= 0:
        # the lines just under the headline's first print, not the whole page split into lines;
        # most pages print no update word there (looked for in C before the lines are split)
        under = lines[start : start + AFTER_HEADLINE_CHARS]
        if _holds_update_word(under.lower()):  # every UPDATE_WORD match holds one
            meta.modified = update_date(stripped_lines(under), 0, month_first)
            meta.modified_source = "text" if meta.modified else None
    page_lines: list[str] | None = None  # the text's lines, split where a byline is read from them
    if meta.overridable:  # the outlet alone, or an author link's names: a "By …" line under the headline naming someone else is the byline
        page_lines = stripped_lines(lines)
        at = headline_line(page_lines, headline)
        named = [n for name in lines_byline(page_lines, headline, headline_at=at, under_headline=True) for n in clean_author_names(name)]
        if named and not all(" ".join(name.split()).casefold() in meta.overridable for name in named):
            meta.authors, meta.authors_source = named, "text"
    if not meta.authors:
        meta.authors = _text_authors(stripped_lines(lines) if page_lines is None else page_lines, headline, month_first, stamp_names)
        meta.authors_source = "text" if meta.authors else None
    if meta.published and meta.published_source == "jsonld" and (shown := _shown_over_markup(tree, lines, headline, month_first, captions, meta.published, date_classed)):
        meta.declared_published, meta.declared_source = meta.published, meta.published_source
        meta.published, meta.published_source = shown, "text"
    if not meta.published:
        hints = sentence_hints(lines)
        meta.published = (_visible_date(tree, lines, headline, month_first, captions, date_classed=date_classed, hints=hints)
                          or _date_by_author(lines, meta.authors, month_first))  # fmt: skip
        meta.published_source = "text" if meta.published else None
    if meta.published_source in (None, "text") and (first := first_ran_date(lines, month_first, hints)) and (not meta.published or first < meta.published[:10]):
        meta.published, meta.published_source = first, "text"  # the day it first ran, stated, over a revision's
    if meta.published_source == "text" and meta.published and (other := other_reading_printed(lines, meta.published)):
        meta.published = other


def _text_authors(page_lines: list[str], headline: str, month_first: bool, stamp_names: StampReader | None) -> list[str]:
    """The writers the page's text names: a "By …" line, else a stamp under the headline
    (`stamp_names`), else an author note, else a Chinese, Japanese or Korean byline."""
    at = headline_line(page_lines, headline)
    if names := [n for name in lines_byline(page_lines, headline, headline_at=at) for n in clean_author_names(name)]:
        return names
    if at >= 0 and stamp_names is not None:
        names = stamp_names(page_lines, at, month_first)
        # the first print may be a menu's link to the story: its own print has the stamp just
        # under it (WCXB author +1; read further, a later print in a dated teaser list or a
        # section menu gave three pages an author the gold has not)
        for later in islice(later_headline_lines(page_lines, headline, at), MAX_HEADLINE_PRINTS - 1):
            if names:
                break
            names = stamp_names(page_lines[later : later + 1 + LATER_PRINT_STAMP_LINES], 0, month_first)
        if names:
            return names
    return note_authors(page_lines) or cjk_byline(page_lines, at)


ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")  # fmt: skip


def _printed_unambiguously(text: str, day: str) -> bool:
    """Whether `text` prints the ISO `day` ("2025-12-02") as itself or with the month's English
    name ("December 02, 2025", "2 Dec 2025"): a print no reader can take for another day."""
    if day in text:
        return True
    year, month, date = day[:4], int(day[5:7]), int(day[8:10])
    name = ENGLISH_MONTHS[month - 1]
    month_word = rf"(?:{name}|{name[:3]})\.?"
    ordinal = r"(?:st|nd|rd|th)?"
    return re.search(rf"\b{month_word}\s+0?{date}{ordinal},?\s+{year}\b|\b0?{date}{ordinal}\s+{month_word},?\s+{year}\b", text, re.I) is not None


MAX_YEAR_PRINTS = 50  # a page's prints of the year looked at for a date in digits ending in it
_DIGITS_BEFORE_YEAR = re.compile(r"(?<!\d)(?P<first>\d{1,2})[-/.](?P<second>\d{1,2})[-/.]$")


def _printed_in_digits(text: str, year: str, first: int, second: int) -> bool:
    """Whether `text` prints the numbers `first` and `second` then `year` as a date in digits
    ("02-12-2025", "2/12/2025", "02.12.2025"): each print of the year is looked at (a regex
    search of the whole text cost 0.3 ms a page)."""
    at = text.find(year)
    for _ in range(MAX_YEAR_PRINTS):
        if at < 0:
            return False
        if (
            not text[at + len(year) : at + len(year) + 1].isdigit()
            and (found := _DIGITS_BEFORE_YEAR.search(text, max(0, at - 6), at))
            and (int(found["first"]), int(found["second"])) == (first, second)
        ):
            return True
        at = text.find(year, at + 1)
    return False


def other_reading_printed(lines: str, shown: str) -> str | None:
    """The day `shown` (read off the page's text) names with its day and month read the other
    way round, where the page prints it in digits both ways could read ("02-12-2025": the 12th
    of February on an English page, the 2nd of December on a British one) and prints that other
    day unambiguously elsewhere ("December 02, 2025" in its own list of posts) but not `shown`.
    WCXB date +1, nothing lost."""
    year, month, date = shown[:4], int(shown[5:7]), int(shown[8:10])
    if date > MONTHS_IN_YEAR or date == month:
        return None
    if not (_printed_in_digits(lines, year, month, date) or _printed_in_digits(lines, year, date, month)):
        return None  # printed with the month's name: no other reading (digits read month or day first alike)
    other = f"{year}-{date:02d}-{month:02d}"
    if _printed_unambiguously(lines, other) and not _printed_unambiguously(lines, shown[:10]):
        return other
    return None


# Words before a printed date saying it dates something else than the page's first publication:
# a change ("Updated February 12, 2026") or a forum thread's latest reply ("Last post: 01/12/2025").
LATER_DATE_LABEL = re.compile(rf"\b(?:{'|'.join(UPDATE_WORDS)}|last\s+(?:post|reply|activity|comment))\b\W*$", re.I)
DATE_LABEL_CHARS = 30  # the label a printed date carries stands just before it


def _shown_over_markup(tree: LexborHTMLParser, lines: str, headline: str, month_first: bool, captions: tuple[str, ...],
                       declared: str, date_classed: bool = True) -> str | None:  # fmt: skip
    """The date the page prints as its own (`_visible_date`) where it is another day than the
    JSON-LD's datePublished `declared`: the printed one is the page's.  Not where a label says
    the printed date is a later one (`LATER_DATE_LABEL`: such a date is the modified one), nor
    where it is `declared` with its day and month read the other way round ("10/09/2024": the
    markup settles which is which).  WCXB date 621 -> 631 of 707, none lost, no date given
    where the gold has none (ten more pages whose gold takes the "Updated …" date would move
    without the label test: that date is `modified`, not `published`)."""
    window = _headline_window(lines, headline, captions)
    shown = _visible_date(tree, lines, headline, month_first, captions, window, date_classed)
    if not shown or shown[:10] == declared[:10] or f"{shown[:4]}-{shown[8:10]}-{shown[5:7]}" == declared[:10]:
        return None
    found = first_written_date_at(window, month_first) if window else None
    if found is not None and found[0] == shown and LATER_DATE_LABEL.search(window[max(0, found[1] - DATE_LABEL_CHARS) : found[1]]):
        return None
    return shown


BESIDE_AUTHOR_CHARS = 80  # "Written by Jane Doe", then "April 8, 2024": a byline's date follows its name closely


def _date_by_author(lines: str, authors: list[str], month_first: bool) -> str | None:
    """The date written just after the first author's name, wherever on the page the byline
    stands (an author box under the story: "Written by Jane Doe April 8, 2024")."""
    if not authors:
        return None
    name = authors[0].split(",")[0]
    at = lines.find(name)
    if at < 0:
        return None
    after = " ".join(lines[at + len(name) : at + len(name) + 4 * BESIDE_AUTHOR_CHARS].split())[:BESIDE_AUTHOR_CHARS]
    found = first_written_date_at(after, month_first)
    return found[0] if found else None


def _twitter_author(tags: MetaTags) -> str:
    for i, selector in enumerate(TWITTER_LABELS, 1):
        label = tags.raw(selector)
        if label is not None and _AUTHOR_LABEL.search(label):
            return meta_content(tags, (f'meta[name="twitter:data{i}"]',))
    return ""


def _authors(tree: LexborHTMLParser, tags: MetaTags, article: dict[str, Any], jsonld: list[dict[str, Any]],
             byline_marks: int | None = None) -> tuple[list[str], str | None, set[str]]:  # fmt: skip
    """Author names and where they came from: "jsonld", "meta", "twitter" or "byline"
    (`byline_marks`: `byline.selector_byline`'s presence scan, where it was made already).
    Markup that names only the outlet as the author (its site name or publisher) gives way to
    a visible byline naming a person: WCXB one page right ("British Heart Foundation" over its
    dietitian's byline), one wrong name for another, none lost.  Markup naming only user names
    (an account: "andrew.keaveney", "KatieS") gives way to a marked byline reading as a person's
    full name (`byline.is_name`): WCXB two pages right, none lost.  The third value: the outlet's
    names where the markup names only the outlet and no marked byline anyone else (empty
    otherwise), or the names where they were read off links to authors' pages alone (a teaser
    card's links may be: held-out Mercury authors +1, no WCXB record moves), for the page's "By …"
    line to override (`Metadata.overridable`)."""
    by_id = {obj["@id"]: obj for obj in jsonld if isinstance(obj.get("@id"), str)}
    outlets = _outlet_names(tags, article, by_id)

    def names_of(raw: str) -> list[str]:  # a visible byline's
        return _field_names(raw, outlets, handles=False)

    def declared_names(raw: str) -> list[str]:  # a field that says it holds the author: user names too, not the outlet's
        return _field_names(raw, outlets, handles=True)

    def or_byline(names: list[str], source: str) -> tuple[list[str], str, set[str]]:
        """`names`, unless they only name the outlet and a visible byline names someone else
        (a publisher's JSON-LD or meta tags sign every story with its own name)."""
        if all(" ".join(name.split()).casefold() in outlets for name in names):
            visible = selector_byline(tree, names_of, byline_marks)
            if visible and not all(" ".join(name.split()).casefold() in outlets for name in visible):
                return visible, "byline", set()
            return names, source, outlets
        if all(" " not in name for name in names):  # user names only ("andrew.keaveney", "KatieS"): an account's
            visible = selector_byline(tree, names_of, byline_marks)
            if visible and all(is_name(name) for name in visible):
                return visible, "byline", set()
        return names, source, set()

    sources = [obj for obj in (article, *jsonld) if "author" in obj and not types_of(obj) & CREDIT_TYPES]
    for obj in sources[:MAX_AUTHOR_SOURCES]:
        if names := _jsonld_names(obj.get("author"), by_id, declared_names):
            return or_byline(names, "jsonld")
    if tags.has_authors and (names := _meta_authors(tags, declared_names)):  # most pages have no author meta tag
        return or_byline(names, "meta")
    value = _twitter_author(tags)
    if value and not value.startswith("http") and (names := declared_names(value)):
        return or_byline(names, "twitter")
    if tags.raw('meta[itemprop="author"]') is not None and (head := tree.head) is not None and (names := _head_microdata_authors(head, declared_names)):
        return names, "meta", set()
    names = selector_byline(tree, names_of, byline_marks)  # on the whole tree: some bylines sit in <button>s
    if names:
        return list(names), "byline", ({" ".join(name.split()).casefold() for name in names} if isinstance(names, LinkedNames) else set())
    names = microdata_author(tree, declared_names, byline_marks)
    return names, ("microdata" if names else None), set()


# The rights holder's meta tag.  An author tag repeating it names the publisher ("SPIEGEL ONLINE,
# Hamburg, Germany" in both: read as names, "Hamburg" and "Germany"; "Deutsche Welle
# (www.dw.com)", "© 2020 " before it in the copyright tag), not the story's writer: that author
# tag is passed over.  Not an author tag repeating the publisher tag: WCXB's gold names the
# company as the author where no person signs (2 pages lost with it).
COPYRIGHT_META = 'meta[name="copyright"]'
_RIGHTS_MARK = re.compile(r"^(?:©|\(c\)|copyright)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*", re.I)


def _rights_holder(value: str) -> str:
    """A rights line's holder, case-folded, white space collapsed: "© 2020 Deutsche Welle" -> "deutsche welle"."""
    return _RIGHTS_MARK.sub("", " ".join(value.split())).casefold()


def _meta_authors(tags: MetaTags, declared_names: Callable[[str], list[str]]) -> list[str]:
    """The names the first AUTHOR_META tag with a value gives (none if that value names no one),
    an author tag repeating the copyright tag passed over."""
    rights = _rights_holder(tags.raw(COPYRIGHT_META) or "")
    for selector in AUTHOR_META:
        values = [value.strip()[:MAX_FIELD_CHARS] for value in tags.authors(selector)]
        if rights:
            values = [value for value in values if _rights_holder(value) != rights]
        if selector in SURNAME_FIRST_META:
            values = list(map(_forename_first, values))
        elif selector in SURNAME_WORD_FIRST_META:
            values = [_forename_first(value) if " " not in value.partition(",")[0].strip() else value for value in values]
        names = [name for value in values if not value.startswith("http") for name in declared_names(value)]
        if names:
            return list(dict.fromkeys(names))[:MAX_AUTHORS]
        if any(values):
            break  # the first author tag with a value decides, as it always has
    return []


def _head_microdata_authors(head: LexborNode, declared_names: Callable[[str], list[str]]) -> list[str]:
    """The names `<meta itemprop="author">` tags in the page's <head> give (in the body, such
    tags are most often a review's or a comment's: those are not read)."""
    values = [(node.attributes.get("content") or "")[:MAX_FIELD_CHARS] for node in head.css('meta[itemprop="author"]')[:MAX_REPEATED_META]]
    return list(dict.fromkeys(name for value in values if not value.startswith("http") for name in declared_names(value)))[:MAX_AUTHORS]


def read_metadata(tree: LexborHTMLParser, tags: MetaTags, jsonld: list[dict[str, Any]], url: str | None,
                  times: list[TimeRow] | None = None, byline_marks: int | None = None) -> Metadata:  # fmt: skip
    """Read metadata from the tree before its scripts and head are stripped (`times`: the
    page's `time_rows`, `byline_marks`: the byline selectors' presence scan, where they were
    read already: `page.read_head`)."""
    meta = Metadata()
    article = article_object(jsonld)
    meta.published, meta.published_source, changed = _published(tree, tags, article, url, times)
    modified = article.get("dateModified")
    if isinstance(modified, str) and (parsed := parse_date(modified)):
        meta.modified, meta.modified_source = parsed, "jsonld"
    elif parsed := meta_date(meta_content(tags, MODIFIED_META)):
        meta.modified, meta.modified_source = parsed, "meta"
    elif changed:
        meta.modified, meta.modified_source = changed, "time"
    meta.authors, meta.authors_source, meta.overridable = _authors(tree, tags, article, jsonld, byline_marks)
    root = tree.root  # the html element: lexbor makes one for any document, and `css_first("html")` finds it first
    lang = (root.attributes.get("lang") or "") if root is not None else ""
    lang = lang or meta_content(tags, ('meta[property="og:locale"]', 'meta[http-equiv="content-language"]'))
    meta.language_tag = lang.strip().lower().replace("_", "-")[:20]
    meta.language = declared_language(lang)
    publisher = article.get("publisher")
    publisher_name = publisher.get("name") if isinstance(publisher, dict) else None
    meta.site_name = meta_content(tags, ('meta[property="og:site_name"]',)) or (publisher_name if isinstance(publisher_name, str) else None)
    meta.canonical_url = web_address(tags.canonical, url)
    meta.subtitle = _subtitle(tags, article)
    meta.section, meta.tags = _section(tags, article), _tags(tree, tags, article)
    meta.credits = markup_credits(tags, article)
    meta.access = declared_access(tags, jsonld)
    if (original := meta_content(tags, ORIGINAL_META)).lower().startswith(WEB_SCHEMES):  # "1" is no address
        own = {address.rstrip("/") for address in (url, meta.canonical_url) if address}
        meta.original_url = None if original.rstrip("/") in own else web_address(original, None)  # the page itself: no copy
    return meta


# Google's meta tags for a syndicated copy (2010): the first publication's address (some pages
# name themselves in them).
ORIGINAL_META = ('meta[name="syndication-source"]', 'meta[name="original-source"]')


SUBTITLE_META = ('meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]',
                 'meta[name="dc.description"]')  # fmt: skip


def _subtitle(tags: MetaTags, article: dict[str, Any]) -> str | None:
    """The page's description (`SUBTITLE_META`), else its article object's in JSON-LD."""
    text = meta_content(tags, SUBTITLE_META)
    if not text and isinstance(description := article.get("description"), str):
        text = html.unescape(description[:MAX_FIELD_CHARS])
    return " ".join(text.split()) or None


def _strings(value: Any) -> list[str]:
    """A JSON-LD string-or-list value as clean strings; comma lists are split."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[: MAX_TAGS * 2]:
        if isinstance(item, str):
            out += [" ".join(html.unescape(part).split()) for part in item[:MAX_FIELD_CHARS].split(",")]
    return [s for s in out if 0 < len(s) <= MAX_TAG_CHARS]


# A site's name declared with its tagline ("LinkNaija | Nigeria's popular news platform", "News
# zu VR, AR und KI | MIXED.de", "Housecall Pro - The #1 all-in-one solution …"): the part naming
# the site is the one spelling the page's registered domain name (its letters and digits, one
# the start of the other, MIN_SITE_LABEL_CHARS or more); without one the declared name stays whole
# (a part chosen by its length would be "Forum" of "MS Society UK | Forum").
_SITE_NAME_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
MIN_SITE_LABEL_CHARS = 4
_NOT_LETTERS = re.compile(r"[\W_]+")
_TOP_LEVEL_DOMAIN = re.compile(r"\.[a-z]{2,4}$", re.I)  # a part spelling the address whole: "MIXED.de"


def site_name_alone(name: str | None, url: str | None) -> str | None:
    """`name` without the tagline declared with it (see `_SITE_NAME_SEPARATOR`), where the page's
    address tells which part names the site; `name` as given otherwise."""
    if not name or not url or _SITE_NAME_SEPARATOR.search(name) is None:
        return name
    registered = _NOT_LETTERS.sub("", registered_name(url))
    for part in _SITE_NAME_SEPARATOR.split(name):
        letters = _NOT_LETTERS.sub("", _TOP_LEVEL_DOMAIN.sub("", part.strip()).lower())
        if min(len(letters), len(registered)) >= MIN_SITE_LABEL_CHARS and (letters.startswith(registered) or registered.startswith(letters)):
            return part.strip()
    return name


# A page declaring no site name often prints it in its <title>, beside the headline ("Headline |
# Podium", "El Gobierno aprueba … | España | EL PAÍS"): the title's last part, or its first, is
# taken where it spells the page's registered domain name as `site_name_alone` compares them
# (accents and a leading article aside: "EL PAÍS" of elpais.com, "la Repubblica" of
# repubblica.it).  The last part may say more after the name ("ProMatcher Cost Report"); the
# first must be the name alone (a headline may open with the site's name: "Redis data types").
# On the dev pages declaring a name too, the title's part is that name, or a form of it, on 490
# of 545; the others are as good or better ("Wikipedia" beside "Wikimedia Foundation, Inc.").
NAME_ARTICLES = frozenset({"the", "la", "le", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "de", "het", "o", "a"})
MAX_TITLE_SITE_WORDS = 4


def _spelled_letters(part: str) -> tuple[str, ...]:
    """`part`'s letters and digits as a domain name may spell them: lower-case, no accents, no
    top-level domain, with its leading article and without ("EL PAÍS" -> "elpais", "pais";
    "SZ.de" -> "sz")."""
    bare = _TOP_LEVEL_DOMAIN.sub("", part)
    if bare.isascii():
        words = bare.lower().split()
    else:
        folded = unicodedata.normalize("NFKD", bare).casefold()
        words = "".join(ch for ch in folded if not unicodedata.combining(ch)).split()
    whole = _NOT_LETTERS.sub("", "".join(words))
    return (whole, _NOT_LETTERS.sub("", "".join(words[1:]))) if len(words) > 1 and words[0] in NAME_ARTICLES else (whole,)


def site_name_from_title(title: str, url: str | None) -> str | None:
    """The site's name as the page's <title> prints it beside the headline (see above), or None."""
    if not title or not url:
        return None
    parts = TITLE_SEPARATORS.split(title)[::2]
    if len(parts) < 2:
        return None
    affixes = [(part, longer) for part, longer in ((parts[-1].strip(), True), (parts[0].strip(), False)) if words_at_most(part, MAX_TITLE_SITE_WORDS)]
    registered = _NOT_LETTERS.sub("", registered_name(url)) if affixes else ""
    if len(registered) < MIN_SITE_LABEL_CHARS:
        return None
    for part, longer in affixes:
        for letters in _spelled_letters(part):
            if len(letters) >= MIN_SITE_LABEL_CHARS and (registered.startswith(letters) or (longer and letters.startswith(registered))):
                return part
    return None


# A publishing system's placeholder for "no section" (WordPress files a post under
# "Uncategorized" until someone chooses), or a domain standing for one: no section.
NO_SECTION = frozenset({"uncategorized", "uncategorised", "all", "post", "posts", "default", "none"})
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)


# How a news site declares a story's access: OpenGraph-style "article:content_tier" (free, metered,
# locked: The Guardian's, Condé Nast's, USA Today's), else schema.org's isAccessibleForFree on the
# article or a part of it (Google's paywalled-content markup: false on metered and hard paywalls
# alike), in JSON-LD or microdata.
CONTENT_TIERS = {"free": "free", "metered": "metered", "locked": "paywalled", "premium": "paywalled", "paid": "paywalled",
                 "subscriber": "paywalled", "subscribers": "paywalled"}  # fmt: skip
CONTENT_TIER_META = ('meta[property="article:content_tier"]', 'meta[name="article:content_tier"]')
FREE_ITEMPROP_META = 'meta[itemprop="isAccessibleForFree"]'
MAX_ACCESS_OBJECTS = 10  # a page's JSON-LD objects (or an object's parts) read for the flag


def declared_access(tags: MetaTags, jsonld: list[dict[str, Any]]) -> str | None:
    """"free", "metered" or "paywalled" as the page's markup declares the story's access (on the
    article's object or the web page's: `jsonld`, the first MAX_ACCESS_OBJECTS read), else None."""
    tier = meta_content(tags, CONTENT_TIER_META).strip().lower()
    if tier in CONTENT_TIERS:
        return CONTENT_TIERS[tier]
    flags: list[Any] = [tags.raw(FREE_ITEMPROP_META)]
    for obj in jsonld[:MAX_ACCESS_OBJECTS]:
        parts = obj.get("hasPart")
        flags += [obj.get("isAccessibleForFree"), *(part.get("isAccessibleForFree") for part in (parts if isinstance(parts, list) else [parts])[:MAX_ACCESS_OBJECTS]
                                                    if isinstance(part, dict))]  # fmt: skip
    read = [flag for flag in map(_truth, flags) if flag is not None]
    if not read:
        return None
    return "free" if all(read) else "paywalled"


SCHEMA_BOOLEANS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}  # as pages write them


def _truth(value: Any) -> bool | None:
    """A schema.org Boolean as pages write it: true/false, or the strings "True", "false", "no", …"""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return SCHEMA_BOOLEANS.get(value.strip().lower())
    return None


def _section(tags: MetaTags, article: dict[str, Any]) -> str | None:
    sections = _strings(article.get("articleSection")) or [meta_content(tags, ('meta[property="article:section"]',))[:MAX_TAG_CHARS]]
    section = sections[0]
    return section if section and section.casefold() not in NO_SECTION and not _DOMAIN.match(section) else None


CMS_FLAG_OPENINGS = ("@", "_")  # a keyword opening so is a publishing system's flag, not a topic
# Other flags a publishing system writes among the keywords: "type_news", "channel_other" (an
# identifier: an underscore, no space), "locale: US", "contentId: 15cd…" (one word, a colon, a
# value); but "Category: Jupiter", "topic: White House" name a topic: the value is the tag.
CMS_FLAG = re.compile(r"^(?:[^\s_]+_\S*|\w+:\s.*)$")
TOPIC_KEY = re.compile(r"^(?:category|topic|tag|section|subsection|keyword|subject):\s*", re.I)


def _tags(tree: LexborHTMLParser, metas: MetaTags, article: dict[str, Any]) -> list[str]:
    """article:tag metas, else JSON-LD keywords, else news_keywords / keywords meta."""
    tags: list[str] = []
    if metas.raw('meta[property="article:tag"]') is not None:
        tags = [" ".join((n.attributes.get("content") or "").split())[:MAX_TAG_CHARS]
                for n in tree.css('meta[property="article:tag"]')[: MAX_TAGS * 2]]  # fmt: skip
    tags = [t for t in tags if t] or _strings(article.get("keywords"))
    if not tags:
        tags = _strings(meta_content(metas, ('meta[name="news_keywords"]', 'meta[name="keywords"]')))
    unique: list[str] = []
    for listed in tags:
        # a flag opening a comma list ("@hp-top-stories,@river,Dear Abby"): the CMS's list, split
        for listed_tag in map(str.strip, listed.split(",") if listed[:1] in CMS_FLAG_OPENINGS else (listed,)):
            flagged = ":" in listed_tag or "_" in listed_tag  # every flag and topic key holds one: most tags neither
            tag = TOPIC_KEY.sub("", listed_tag) if flagged else listed_tag
            if tag and tag[:1] not in CMS_FLAG_OPENINGS and not (flagged and CMS_FLAG.match(tag)) and tag.casefold() not in {u.casefold() for u in unique}:
                unique.append(tag)  # "@post-id:1913719", "_no-apple-news": the CMS's flags for itself
    return unique[:MAX_TAGS]
