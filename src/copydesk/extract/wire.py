"""Which wire agency, if any, the copy came from.

Looked for, in order: the dateline's agency, the byline, the first and last
paragraphs ("(AP) —", "— Reuters"), then the lead photo's credit where no
staff byline names the writer (an agency credit on the first caption usually
comes with agency copy, but less surely; papers print agency photos beside
their own reporting, further down or over a staff writer's story), then
what the markup credits (`metadata.markup_credits`: an author or rights meta
tag, the JSON-LD author or source organisation), which a page may carry
without printing it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from copydesk.model import Article

try:  # the compiled hint scan (text_fast.pyx); Python's `in` where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

EDGE_CHARS = 300  # the agency is named at a paragraph's start or end, not in its middle


class Agency(NamedTuple):
    """A wire agency, and how copy names it."""

    name: str  # as the record gives it
    spelled: tuple[str, ...]  # its names written out: regex fragments, matched case-insensitively as words
    short: str | None = None  # its abbreviation as printed ("AP"): in brackets ("(AP)") in any case, in a byline in this case
    short_alone: bool = False  # the abbreviation alone names it, in any case ("AFP", "dpa"): no other word is spelled so
    short_in_brackets: bool = True  # "(PA)" is as often Pennsylvania
    short_in_byline: bool = True  # "Jane Doe, PA" is as often a physician assistant


# The one table of the agencies copydesk names (`wire_agency`, `person_names`, and the dateline's
# agency in `clean.furniture.split_dateline`), in the order `agency_in` tries them.  Bloomberg
# only as "Bloomberg News" in running text (a surname too).
AGENCY_TABLE = (
    # before AP's, whose name it holds ("Australian Associated Press")
    Agency("Australian Associated Press", ("australian associated press",), "AAP", short_in_brackets=False),
    Agency("The Associated Press", ("associated press",), "AP"),
    Agency("Reuters", ("reuters",)),
    Agency("AFP", ("agence france[- ]presse",), "AFP", short_alone=True),
    Agency("The Canadian Press", ("canadian press",), "CP"),
    Agency("PA Media", ("pa media", "press association"), "PA", short_in_brackets=False, short_in_byline=False),
    Agency("dpa", ("deutsche presse-agentur", "dpa-afx"), "dpa", short_alone=True),  # dpa-AFX: its business service
    Agency("UPI", ("united press international",), "UPI"),
    Agency("ANSA", (), "ANSA", short_alone=True),
    Agency("EFE", ("agencia efe",), "EFE"),
    Agency("Xinhua", ("xinhua",)),
    Agency("Bloomberg", ("bloomberg news",)),
    Agency("Yonhap", ("yonhap",)),
    Agency("Kyodo", ("kyodo",)),
    Agency("Press Trust of India", ("press trust of india",), "PTI"),
    Agency("IANS", ("indo-asian news service",), "IANS"),
    Agency("Anadolu Agency", ("anadolu agency",), "AA", short_in_byline=False),
    Agency("TASS", ("tass",)),
    Agency("Europa Press", ("europa press",)),
    # National agencies whose copy other papers print (session 36).  Abbreviations that are also
    # other bodies' ("AAP": the American Academy of Pediatrics, "APA": the psychologists'
    # association, "SPA", "WAM", "CNA") count in a byline or in brackets only where no such
    # reading is common; ASCII spellings only (the hint scan's cores are plain ASCII).
    Agency("APA", ("austria presse agentur",), "APA", short_in_brackets=False),
    Agency("ANP", ("algemeen nederlands persbureau",), "ANP"),
    Agency("Belga", ("belga news agency", "agence belga"), "Belga"),
    Agency("NTB", (), "NTB"),  # Norsk Telegrambyrå, Tidningarnas Telegrambyrå: their spelt names end
    Agency("TT", (), "TT", short_in_byline=False),  # in "å", no word boundary for an ASCII pattern
    Agency("Ritzau", ("ritzau",)),
    Agency("STT", ("suomen tietotoimisto",), "STT"),
    Agency("PAP", ("polish press agency", "polska agencja prasowa"), "PAP"),
    Agency("Lusa", ("lusa news agency",), "Lusa"),
    Agency("KNA", ("katholische nachrichten-agentur",), "KNA"),
    Agency("epd", ("evangelischer pressedienst",), "epd", short_alone=True),
    Agency("Keystone-SDA", ("keystone-sda",), "SDA", short_in_byline=False),
    Agency("Jiji Press", ("jiji press",)),
    Agency("Interfax", ("interfax",)),
    Agency("RIA Novosti", ("ria novosti",)),
    Agency("Ukrinform", ("ukrinform",)),
    Agency("Bernama", ("bernama",)),
    Agency("Antara", ("antara news",), "ANTARA", short_in_byline=False),
    Agency("ANI", ("asian news international",), "ANI"),
    Agency("United News of India", ("united news of india",)),
    Agency("Notimex", ("notimex",)),
    Agency("Prensa Latina", ("prensa latina",)),
    Agency("WAFA", ("wafa news agency",), "WAFA"),
    Agency("KUNA", ("kuwait news agency",), "KUNA"),
    Agency("WAM", ("emirates news agency",)),
    Agency("Saudi Press Agency", ("saudi press agency",)),
    Agency("IRNA", ("islamic republic news agency",), "IRNA", short_alone=True),
    Agency("Vietnam News Agency", ("vietnam news agency",), "VNA", short_in_byline=False),
    Agency("Philippine News Agency", ("philippine news agency",), "PNA", short_in_byline=False),
    Agency("Agerpres", ("agerpres",)),
    Agency("BTA", ("bulgarian news agency",), "BTA", short_in_byline=False),
    Agency("KCNA", ("korean central news agency",), "KCNA", short_alone=True),
    Agency("China News Service", ("china news service",)),
    Agency("MENA", ("middle east news agency",)),
    Agency("MAP", ("maghreb arabe presse",)),
    Agency("APS", ("algerie presse service",)),
)


def _text_pattern(agency: Agency) -> str:
    parts = [rf"\b{spelled}\b" for spelled in agency.spelled]
    if agency.short and agency.short_in_brackets:
        parts.append(rf"\({agency.short.lower()}\)")
    if agency.short and agency.short_alone:
        parts.append(rf"\b{agency.short.lower()}\b")
    return "|".join(parts)


AGENCIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((a.name, re.compile(_text_pattern(a), re.IGNORECASE)) for a in AGENCY_TABLE)
# The agency a dateline's brackets name ("(AP)", "(Reuters)", "(The Canadian Press)"), lower-cased.
AGENCY_NAMES: dict[str, str] = {
    key: agency.name
    for agency in AGENCY_TABLE
    for key in (agency.name.lower(), *((agency.short.lower(),) if agency.short else ()),
                *(form for spelled in agency.spelled if re.fullmatch(r"[a-z -]+", spelled)
                  for form in ((spelled, f"the {spelled}") if agency.name.startswith("The ") else (spelled,))))
}  # fmt: skip


def _literal_core(alternative: str) -> str:
    """The plain text every match of one pattern alternative contains: its words before any
    character class, without word boundaries and escapes ("agence france[- ]presse" -> "agence france")."""
    core = alternative.replace("\\b", "").replace("\\(", "(").replace("\\)", ")").split("[")[0]
    if not core or not re.fullmatch(r"[a-z ()-]+", core):
        raise ValueError(f"agency pattern part {alternative!r} has no plain core")
    return core


# Lower-case text that holds none of these names no agency (most texts): the regexes are skipped.
AGENCY_CORES = tuple(_literal_core(part) for _, pattern in AGENCIES for part in pattern.pattern.split("|"))
# The only characters outside ASCII that IGNORECASE takes for an ASCII letter (İ, ı, ſ, Kelvin sign).
_IGNORECASE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_IGNORECASE_FOLDED = "".join(map(chr, _IGNORECASE_ASCII))  # the four characters themselves
# The cores found in one compiled scan (`text_fast.HintScanner`), where that is built and the
# text holds none of the four.
_CORE_SCANNER = text_fast.HintScanner(AGENCY_CORES) if text_fast is not None else None


def agency_in(text: str) -> str | None:
    """The first agency in AGENCIES' order named anywhere in `text`.

    The text is first checked for the agencies' plain cores, lower-cased as
    IGNORECASE compares letters (a test checks the folding); only a text that
    holds one goes through the regexes."""
    folds = not text.isascii() and any(c in text for c in _IGNORECASE_FOLDED)  # rare: translate only then
    hits = _CORE_SCANNER.hit_lines([text], len(text)) if _CORE_SCANNER is not None and not folds else None
    if hits is not None:  # the compiled scan, lower-casing as it reads
        if not hits:
            return None
    else:
        low = (text.translate(_IGNORECASE_ASCII) if folds else text).lower()
        if not any(core in low for core in AGENCY_CORES):
            return None
    for name, pattern in AGENCIES:
        if pattern.search(text):
            return name
    return None


def _staff_byline(authors: list[str], byline: str) -> bool:
    """Whether the byline (`authors`, and `byline`: their names as the agency scan reads them)
    names a person and no agency: the paper's own reporter, beside whom an agency's lead photo
    says nothing of the copy (a science news story by its staff writer under a Xinhua photo, a
    German daily's report under a dpa one: held-out pages read as wire copy)."""
    return bool(person_names(authors)) and agency_in(byline) is None


_AGENCY_NAMES_GIVEN = frozenset(agency.name for agency in AGENCY_TABLE)


def wire_agency(article: Article, markup_credits: str = "") -> str | None:
    """The agency the copy came from (the module's sources, in its order), or None.  A dateline's
    agency is one the table names already (`clean.furniture.split_dateline`), so it is given as
    it is: an abbreviation read only in a dateline's brackets ("WIEN (APA) -") names no agency
    to the text scan."""
    if article.dateline and article.dateline.agency in _AGENCY_NAMES_GIVEN:
        return article.dateline.agency
    paragraphs = [b.text for b in article.blocks[:1]] + [b.text for b in article.blocks[-1:]]
    edges = " ".join(p[:EDGE_CHARS] + " " + p[-EDGE_CHARS:] for p in paragraphs)
    byline = " ".join(map(_spelled_out, article.authors))
    sources = [
        article.dateline.agency if article.dateline and article.dateline.agency else "",
        byline,
        edges,
        article.captions[0].credit or "" if article.captions and not _staff_byline(article.authors, byline) else "",
        markup_credits,
    ]
    if agency_in("\n".join(sources)) is None:  # most articles: one scan for the agencies' names
        return None
    for text in sources:
        if text and (agency := agency_in(text)):
            return agency
    return None


# A wire agency closing a byline ("SAM ORTIZ Associated Press", "Jo Lee, Reuters") or standing for
# the author: no person, in brackets too ("Jane Doe (Reuters)").  Abbreviations count only as
# printed ("AP", "AFP", "dpa").
_SPELLED_IN_BYLINE = "|".join(re.sub(r" (?![^\[]*\])", r"\\s+", spelled) for agency in AGENCY_TABLE for spelled in agency.spelled)
_SHORT_IN_BYLINE = "|".join(a.short for a in AGENCY_TABLE if a.short and a.short_in_byline)
AGENCY_IN_BYLINE = re.compile(rf"(?:^|[\s,|/–—-]+)\(?(?:(?i:the\s+)?(?i:{_SPELLED_IN_BYLINE})|{_SHORT_IN_BYLINE})\)?\s*$")


# The name `agency_in` knows an agency by, for the abbreviations a byline closes on ("Jane Doe,
# PTI"): its first written-out name, or the abbreviation where that alone names it ("AFP").
_BYLINE_SHORT_NAMES = {
    a.short: a.short if a.short_alone or not a.spelled else a.spelled[0]
    for a in AGENCY_TABLE if a.short and a.short_in_byline
}  # fmt: skip


def _spelled_out(name: str) -> str:
    """`name` with an agency abbreviation closing it written out ("Jane Doe, Press Trust of India")."""
    if (match := AGENCY_IN_BYLINE.search(name)) is None:
        return name
    short = match.group(0).strip(" ,|/–—-()")
    return f"{name[: match.start()]} {_BYLINE_SHORT_NAMES[short]}" if short in _BYLINE_SHORT_NAMES else name


def person_names(authors: list[str]) -> list[str]:
    """`authors` without the wire agencies among them or closing them (read once the agency
    is known: `wire_agency` reads the byline with them)."""
    if not any(AGENCY_IN_BYLINE.search(name) for name in authors):
        return authors
    names = (AGENCY_IN_BYLINE.sub("", name).strip(" -–—:·|,") for name in authors)
    return list(dict.fromkeys(name for name in names if name))


def attribute_copy(article: Article, markup_credits: str = "") -> None:
    """Set `article`'s wire agency (`wire_agency`), then leave the agencies out of its authors
    (`person_names`; no source where no person is left): both modes' last step on the facts."""
    article.wire_agency = wire_agency(article, markup_credits)
    if (persons := person_names(article.authors)) != article.authors:  # an agency is no author
        article.authors, article.authors_source = persons, article.authors_source if persons else None

