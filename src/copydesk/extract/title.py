"""The page's headline, without the site name around it.

Every place a headline can live gives candidates: the first ``<h1>``s and
``<h2>``s, og:title, JSON-LD headline and ``<title>``, and each part of the
last three when split at a site-name separator (`` | ``, `` - ``, `` — ``…),
with the parts' prefixes.  A small tree model (`models/titles.json`, trained
by `scripts/train_titles.py` on the WCXB train split) scores each candidate
from where it came from and how the sources agree — word overlap between
sources, with the URL's slug, with the site name — and the best one wins.
The hand-written rule (`rule_title`: an ``<h1>`` agreeing with the other
sources, else the only ``<h1>``, else a source with its site name cut) is one
of the model's features and the fallback when no model is shipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import numpy as np
import numpy.typing as npt
from selectolax.lexbor import LexborNode

from copydesk.extract import segment
from copydesk.extract.features import tokens
from copydesk.extract.mojibake import repair
from copydesk.extract.nodes import HIDDEN_CLASSES, HeadingNode
from copydesk.extract.page import ParsedPage
from copydesk.extract.patterns import DROP_INVISIBLE
from copydesk.extract.scorer import MODEL_DIR, Forest, load_forest
from copydesk.extract.site_name import TITLE_SEPARATORS, strip_site_name
from copydesk.extract.urls import registered_name

TITLE_MODEL = MODEL_DIR / "titles.json"
H1_AGREEMENT = 0.6  # share of the h1's words that must appear in title/og:title
MAX_TITLE_CHARS = 300  # longer "titles" are paragraphs in an h1
MAX_CACHED_TITLE_CHARS = 1000  # `clean_title` remembers texts up to this long ...
TITLE_CACHE_SIZE = 1024  # ... this many of them (under 4 MB)
MAX_HEADINGS = 5  # pages with more h1s use them as styling; the first few are enough
MAX_H2S = 3  # an h2 is the headline on pages whose h1 is the logo
HEADING_BREAKS = frozenset({"br", "div", "p", "li"})  # a child of these starts a new word
LABEL_CLASS = "label"  # a heading's leading element of this class is a tag printed before the title
_HIDDEN_CLASS_BYTES = tuple(name.encode() for name in HIDDEN_CLASSES)
ASCII_SPACE = " \t\n\r\x0b\x0c"  # what C's and bytes' strip() take for white space
# Permalink marks and icon-font glyphs (Unicode private use) that headings carry
_HEADING_NOISE = re.compile(r"[\ue000-\uf8ff¶§🔗]+|\s+#\s*$")
# What a publishing system leaves in a meta title that the printed headline does not show: an
# empty pair of brackets where a field was blank ("40-Clips () - Shop"; "map()" keeps its pair),
# and Markdown emphasis around words ("*A Treatise* (1792)"; "M*A*S*H" keeps its stars, and
# "__init__" its underscores).
_EMPTY_BRACKETS = re.compile(r"(?<!\S)(?:\(\s*\)|\[\s*\])(?!\S)")
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2})(?=[^\s*])([^*]+?)(?<=[^\s*])\1(?![\w*])")  # not "_": code names
_URL_WORDS = re.compile(r"[^\W_]+")

SOURCES = ("h1", "h2", "og", "og_part", "jsonld", "jsonld_part", "title", "title_part")


@dataclass(slots=True)
class Candidate:
    text: str
    sources: set[str] = field(default_factory=set)
    heading_rank: int = 99  # position among the page's h1s (or h2s), 0 first
    part_index: int = -1  # position of a split part from the left
    part_from_end: int = -1
    parts: int = 0


def labelled_headings(page: ParsedPage) -> list[str]:
    """The first MAX_HEADINGS h1s' texts with their leading label where they have one (what
    `heading_text` leaves out): the body prints the heading so, and that print echoes the title."""
    h1s = [node for node in page.headings if node.tag == "h1"][:MAX_HEADINGS]
    return [full for node in h1s if (full := heading_text(node, whole=True)) != heading_text(node)]


def heading_text(node: HeadingNode, compiled: bool = True, whole: bool = False) -> str:
    """A heading's text with a space where a `<br>` or a block child breaks the line (read in C,
    `segment_fast.heading_pieces`, where the compiled walk is in use), without a leading
    `LABEL_CLASS` element (a forum thread's prefix tag, "Question" or "News": XenForo prints
    it in the heading) or words for screen readers only (`HIDDEN_CLASSES`), unless nothing
    else is left or `whole` (the heading as the body prints it)."""
    if compiled and (fast := segment.segment_fast_module()) is not None:
        text = "" if whole else clean_title(fast.heading_pieces(node.mem_id, HEADING_BREAKS, LABEL_CLASS.encode(), _HIDDEN_CLASS_BYTES))
        return text or clean_title(fast.heading_pieces(node.mem_id, HEADING_BREAKS))
    assert isinstance(node, LexborNode), "a Heading record is made only where the compiled walk runs"
    return ("" if whole else _heading_pieces(node, skip_labels=True)) or _heading_pieces(node, skip_labels=False)


def _heading_pieces(node: LexborNode, skip_labels: bool) -> str:
    """`segment_fast.heading_pieces` in Python: the heading's text nodes in document order, a
    space for each `HEADING_BREAKS` element; with `skip_labels`, a leading `LABEL_CLASS` element
    and any `HIDDEN_CLASSES` one left out."""
    pieces: list[str] = []
    texted = False
    stack = [node]
    while stack:
        current = stack.pop()
        if current.tag == "-text":
            pieces.append(current.text_content or "")
            texted = texted or bool(pieces[-1].strip(ASCII_SPACE))
            continue
        if current is not node:
            classes = (current.attributes.get("class") or "").split() if skip_labels else []
            if (not texted and LABEL_CLASS in classes) or any(name in classes for name in HIDDEN_CLASSES):
                continue
            if current.tag in HEADING_BREAKS:
                pieces.append(" ")
        stack.extend(reversed(list(current.iter(include_text=True))))
    return clean_title("".join(pieces))


def clean_title(text: str) -> str:
    """`text` repaired, invisible characters and heading noise dropped, white space collapsed.
    A page's candidates repeat each other (the h1 is the og:title is the <title>'s first
    part): short texts are remembered."""
    return _clean_short_title(text) if len(text) <= MAX_CACHED_TITLE_CHARS else _clean_title(text)


def _clean_title(text: str) -> str:
    if not text.isascii():
        text = _HEADING_NOISE.sub(" ", repair(text).translate(DROP_INVISIBLE))
    elif "#" in text:  # ASCII holds no mojibake, invisible or private-use character: only a permalink's "#"
        text = _HEADING_NOISE.sub(" ", text)
    if "*" in text:
        text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    if "(" in text or "[" in text:
        text = _EMPTY_BRACKETS.sub(" ", text)
    return " ".join(text.split())


_clean_short_title = lru_cache(maxsize=TITLE_CACHE_SIZE)(_clean_title)  # pure, so caching changes only speed


def _agrees(candidate: str, reference: set[str]) -> bool:
    toks = tokens(candidate)
    return bool(toks) and sum(t in reference for t in toks) / len(toks) >= H1_AGREEMENT


def _split(title: str) -> tuple[list[str], int]:
    """`title` cut at site-name separators: the parts, then every prefix of two or more
    parts (empty ones left out); and the number of parts."""
    pieces = TITLE_SEPARATORS.split(title)
    parts = [p.strip() for p in pieces[::2]]
    if len(parts) < 2:
        return [], len(parts)
    prefixes = ["".join(pieces[: 2 * i + 1]).strip() for i in range(1, len(parts) - 1)]
    return [p for p in parts + prefixes if p], len(parts)


def _jsonld_headline(page: ParsedPage) -> str:
    for obj in page.jsonld:
        headline = obj.get("headline")
        if isinstance(headline, str) and headline.strip():
            return clean_title(headline)
    return ""


def _headings(page: ParsedPage) -> tuple[list[str], list[str]]:
    """The texts of the first MAX_HEADINGS h1s and the first MAX_H2S h2s (`ParsedPage.headings`)."""
    h1s: list[HeadingNode] = []
    h2s: list[HeadingNode] = []
    for node in page.headings:
        (h1s if node.tag == "h1" else h2s).append(node)
    return _texts(h1s[:MAX_HEADINGS]), _texts(h2s[:MAX_H2S])


def _texts(headings: list[HeadingNode]) -> list[str]:
    texts = (heading_text(h) for h in headings)
    return [t for t in texts if 0 < len(t) <= MAX_TITLE_CHARS]


def rule_title(page: ParsedPage, h1s: list[str], headline: str) -> str | None:
    """The hand-written choice: an agreeing h1, the only h1, else a source minus its site name."""
    reference = set(tokens(f"{page.html_title} {page.og_title} {headline}"))
    site = set(tokens(page.metadata.site_name or ""))
    h1s = [t for t in h1s if not site or set(tokens(t)) - site]  # an h1 holding only the site name is the logo
    agreeing = [t for t in h1s if _agrees(t, reference)]
    if agreeing:
        return agreeing[0]
    if len(h1s) == 1:  # the page's one headline, even when the <title> is written for search engines
        return h1s[0]
    for candidate in (headline, page.og_title, page.html_title):
        if candidate:
            return strip_site_name(clean_title(candidate))[:MAX_TITLE_CHARS]
    return None


def candidates(page: ParsedPage, h1s: list[str], h2s: list[str], headline: str) -> list[Candidate]:
    found: dict[str, Candidate] = {}

    def add(text: str, source: str, rank: int = 99, part: tuple[int, int, int] | None = None, cleaned: str | None = None) -> None:
        text = (clean_title(text) if cleaned is None else cleaned)[:MAX_TITLE_CHARS]
        if not text:
            return
        candidate = found.setdefault(text.casefold(), Candidate(text))
        candidate.sources.add(source)
        candidate.heading_rank = min(candidate.heading_rank, rank)
        if part is not None and candidate.part_index < 0:
            candidate.part_index, candidate.part_from_end, candidate.parts = part

    for rank, text in enumerate(h1s):
        add(text, "h1", rank)
    for rank, text in enumerate(h2s):
        add(text, "h2", rank)
    for source, text in (("og", page.og_title or ""), ("jsonld", headline), ("title", page.html_title or "")):
        cleaned = clean_title(text)
        add(text, source, cleaned=cleaned)
        pieces, n_parts = _split(cleaned)
        for i, piece in enumerate(pieces):
            add(piece, f"{source}_part", part=(i, n_parts - 1 - i, n_parts) if i < n_parts else (0, -1, n_parts))
    return list(found.values())


FEATURE_NAMES: tuple[str, ...] = (
    *(f"from_{s}" for s in SOURCES), "n_sources", "heading_rank", "part_index", "part_from_end", "parts",
    "n_chars", "n_words", "upper_share", "is_rule_choice", "n_h1", "n_candidates",
    "in_title", "in_og", "in_h1", "in_jsonld", "covers_title", "covers_og", "covers_h1",
    "url_slug_share", "slug_covered", "host_share", "site_share", "starts_with_digit", "ends_with_colon",
)  # fmt: skip


def _url_words(url: str | None) -> tuple[set[str], set[str]]:
    if not url:
        return set(), set()
    parts = urlsplit(url)
    slug = set(_URL_WORDS.findall(unquote(parts.path).casefold()))
    host = set(_URL_WORDS.findall(parts.netloc.casefold())) - {"www", "com", "org", "net"}
    return slug, host


def _python_word_shares(words: list[str], references: tuple[set[str], ...]) -> list[float]:
    """The share of `words` each reference holds (`features_fast.word_shares` compiled)."""
    return [sum(map(reference.__contains__, words)) / len(words) if words else 0.0 for reference in references]


def _python_upper_share(text: str) -> float:
    """The share of `text`'s letters in upper case (`features_fast.upper_share` compiled)."""
    letters = list(filter(str.isalpha, text))
    return sum(map(str.isupper, letters)) / len(letters) if letters else 0.0


try:  # the compiled shares (features_fast.pyx); Python's where it is not built
    from copydesk.extract import features_fast
except ImportError:  # pragma: no cover - depends on the build
    features_fast = None  # type: ignore[assignment]
_word_shares = features_fast.word_shares if features_fast is not None else _python_word_shares
_upper_share = features_fast.upper_share if features_fast is not None else _python_upper_share


def candidate_rows(page: ParsedPage, found: list[Candidate], rule: str | None, n_h1: int, url: str | None,
                   compiled: bool = True) -> npt.NDArray[np.float64]:  # fmt: skip
    """Each candidate's feature row (`FEATURE_NAMES`): written in C where `features_fast` is
    built (`features_fast.title_rows`: ~85 -> ~25 µs a WCXB page), else by
    `_python_candidate_rows`, the definition (tests compare both, to the bit)."""
    title_set = set(tokens(page.html_title or ""))
    og_set = set(tokens(page.og_title or ""))
    h1_set = set(tokens(" ".join(c.text for c in found if "h1" in c.sources)))
    jsonld_set = set(tokens(" ".join(c.text for c in found if "jsonld" in c.sources)))
    slug, host = _url_words(url)
    site = set(tokens(page.metadata.site_name or ""))
    references = (title_set, og_set, h1_set, jsonld_set, slug, host, site)
    rule_key = (rule or "").casefold()
    words_of = [tokens(c.text) for c in found]
    if compiled and features_fast is not None:
        rows = np.empty((len(found), len(FEATURE_NAMES)), dtype=np.float64)
        features_fast.title_rows(rows, found, words_of, SOURCES, rule_key, float(n_h1), references)
        return rows
    return np.asarray(_python_candidate_rows(found, words_of, rule_key, n_h1, references), dtype=np.float64).reshape(-1, len(FEATURE_NAMES))


def _python_candidate_rows(found: list[Candidate], words_of: list[list[str]], rule_key: str, n_h1: int,
                           references: tuple[set[str], ...]) -> list[list[float]]:  # fmt: skip
    title_set, og_set, h1_set, _jsonld_set, slug, _host, _site = references
    covered = [(reference, len(reference)) for reference in (title_set, og_set, h1_set)]
    n_h1_float, n_found = float(n_h1), float(len(found))
    rows = []
    for c, words in zip(found, words_of, strict=True):
        text = c.text
        word_set = set(words)
        in_title, in_og, in_h1, in_jsonld, slug_share, host_share, site_share = _word_shares(words, references)
        rows.append([
            *map(float, map(c.sources.__contains__, SOURCES)), float(len(c.sources)), float(c.heading_rank),
            float(c.part_index), float(c.part_from_end), float(c.parts),
            float(len(text)), float(len(words)), _upper_share(text),
            float(text.casefold() == rule_key), n_h1_float, n_found,
            in_title, in_og, in_h1, in_jsonld,
            *[len(word_set & reference) / size if size else -1.0 for reference, size in covered],
            slug_share, len(word_set & slug) / len(slug) if slug else -1.0,
            host_share, site_share,
            float(text[:1].isdigit()), float(text.rstrip().endswith(":")),
        ])  # fmt: skip
    return rows


@lru_cache(maxsize=1)
def _model() -> Forest | None:
    return load_forest(TITLE_MODEL, FEATURE_NAMES) if TITLE_MODEL.exists() else None


def title_inputs(page: ParsedPage) -> tuple[list[Candidate], npt.NDArray[np.float64], str | None]:
    """Candidates, their feature rows and the rule's choice (shared with the training script)."""
    h1s, h2s = _headings(page)
    headline = _jsonld_headline(page)
    h1s = unglued_headings(h1s, (page.og_title, headline, page.html_title))
    rule = rule_title(page, h1s, headline)
    found = candidates(page, h1s, h2s, headline)
    return found, candidate_rows(page, found, rule, len(h1s), page.url), rule


MIN_UNGLUED_WORDS = 2  # a title of one word glued to a capital may be a brand's spelling ("eBay")


def unglued_headings(headings: list[str], titles: tuple[str, ...]) -> list[str]:
    """`headings` with each one that opens with a title the page declares (its og:title, JSON-LD
    headline, `<title>` or a part of it; two words at least) glued to a capital ("…de la InfantaUltima Hora
    Mallorca": a logo's name in a span beside the headline's, which the page's CSS sets apart)
    cut to that title."""
    if not headings:
        return headings
    declared = []
    for text in filter(None, titles):
        cleaned = clean_title(text)
        declared += [cleaned, *(part.strip() for part in TITLE_SEPARATORS.split(cleaned)[::2])]
    return [next((title for title in declared if _glued_after(heading, title)), heading) for heading in headings]


def _glued_after(heading: str, title: str) -> bool:
    """Whether `heading` is `title` (of MIN_UNGLUED_WORDS or more) then a capital, no space between."""
    size = len(title)
    if not size or len(heading) <= size or not heading.startswith(title):
        return False
    return heading[size - 1].islower() and heading[size].isupper() and len(title.split()) >= MIN_UNGLUED_WORDS


TITLE_ECHO_OVERLAP = 0.8  # a leading line this close to the title is the title again
ECHO_SLACK_CHARS = 40  # room for the two more tokens and punctuation an echo may hold


def leading_title_echoes(texts: list[str], title: str, prints: Callable[[], list[str]] | None = None) -> int:
    """How many of the body's first texts print the title again (a headline over the story
    when the title came from elsewhere): at least TITLE_ECHO_OVERLAP of their tokens are
    the title's, and they are at most two tokens longer.  Where the first text echoes nothing,
    `prints` gives the other ways the page prints its headline (`labelled_headings`), and the
    title's echoes are looked for with each of those too."""
    count = _echoes(texts, title)
    if count or prints is None or not texts:
        return count
    return max((_echoes(texts, printed) for printed in prints()), default=0)


def _echoes(texts: list[str], title: str) -> int:
    title_tokens = set(tokens(title))
    most = len(title_tokens) + 2  # an echo has at most this many tokens
    count = 0
    for text in texts:
        if len(text) > len(title) * 2 + ECHO_SLACK_CHARS:
            break  # far longer than the title: not tokenised to see so
        toks = tokens(text)
        if not toks or not title_tokens or len(toks) > most:
            break
        if sum(t in title_tokens for t in toks) < TITLE_ECHO_OVERLAP * len(toks):
            break
        count += 1
    return count


def find_title(page: ParsedPage) -> str | None:
    found, rows, rule = title_inputs(page)
    model = _model()
    if model is None or not found:
        return without_site_suffix(rule, page) if rule else rule
    scores = model.predict(rows)
    return without_site_suffix(found[int(np.argmax(scores))].text, page)


MIN_HEADLINE_WORDS_LEFT = 2  # what stays once the site's name is cut is a headline, not a word
MAX_SITE_NAME_WORDS = 4  # "ProMatcher Cost Report"; a longer last part is a headline's ("Flarum as a 'Discussion Engine'?")
MIN_SITE_NAME_CHARS = 3  # shorter names ("bt", "tv") begin too many words


def site_words(page: ParsedPage) -> set[str]:
    """The site's name as the page gives it (og:site_name and the like) and its address's
    name, as word strings ("wral", "artlyst", "promatcher")."""
    names = set()
    if page.metadata.site_name:
        names.add("".join(tokens(page.metadata.site_name.casefold().removesuffix(".com"))))
    if registered := registered_name(page.url):
        names.add(registered.replace("-", ""))  # "promatcher" of electricians.promatcher.com
    return {name for name in names if len(name) >= MIN_SITE_NAME_CHARS}


def without_site_suffix(title: str, page: ParsedPage) -> str:
    """`title` without a last part (after a site-name separator) that names the site: the
    headline printed with the site's name in the <h1> ("Vehicle rental News | WRAL")."""
    pieces = TITLE_SEPARATORS.split(title)
    if len(pieces) < 3:
        return title
    last_words = tokens(pieces[-1])
    last = "".join(last_words)
    head = "".join(pieces[:-2]).strip()
    if len(tokens(head)) < MIN_HEADLINE_WORDS_LEFT or not 0 < len(last_words) <= MAX_SITE_NAME_WORDS:
        return title
    return head if any(last.startswith(name) for name in site_words(page)) else title

