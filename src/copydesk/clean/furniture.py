"""News furniture recognised in lines of already-extracted text.

Each recogniser looks at one line (and, for captions and video titles, its
neighbour) and says what the line is: a related-story pointer, a media
embed, a caption with its credit, a dateline.  Patterns are grouped by
concept; the shapes (``LABEL: title``, a line repeated with a credit
appended, ``PLACE –`` at a paragraph's start) hold across languages even
where the label words are English.
"""

from __future__ import annotations

import re

from copydesk.extract.patterns import EMBED_SIGNATURE, SHARED_POST_SIGNATURE, collapsed
from copydesk.extract.wire import AGENCY_NAMES
from copydesk.model import Caption, Dateline, Media

# "READ MORE: <title>" and its cousins: a label, a colon, a story title.
RELATED_LABELS = re.compile(
    r"^(?:read more|related(?: (?:posts?|articles?|stor(?:y|ies)|content|reading|links?|photos?|videos?|galler(?:y|ies)|coverage))?|see also|also see|see more|"
    r"more|more from|recommended|read also|also read|don[’']t miss|"
    r"lire aussi|à lire aussi|"
    r"lesen sie auch|mehr zum thema|leer más|lea también|leia mais|leggi anche|on [\w-]+(?:\.[\w-]+)*\.[a-z]{2,})"
    r"\s*[:：]\s*(?P<title>.+)$",
    re.IGNORECASE,
)
# "WATCH: <title>" and similar: the title of an embedded video, audio or gallery.
MEDIA_LABELS = re.compile(
    r"^(?P<label>watch|video|listen|audio|gallery|photos?|in pictures)\s*[:：]\s*(?P<title>.+)$", re.IGNORECASE
)
MEDIA_KINDS = {"watch": "video", "video": "video", "listen": "audio", "audio": "audio"}
# The player's own label: "Click to play video: 'Drone video shows ...'".
PLAYER_LINE = re.compile(r"^click to (?:play|watch) (?:video|audio)\s*[:：]?\s*['\"‘“]?(?P<title>.+?)['\"’”]?$", re.I)

# A credit appended to a repeated caption: short, and shaped like one.
MAX_CREDIT_WORDS = 10
CREDIT_SHAPE = re.compile(r"/|\b(?:photo|image|credit|getty|afp|reuters|ap|press|file|handout|courtesy)\b|©", re.I)
# A credit printed at the end of a caption: "… (Image: GETTY)", "… Picture: Getty",
# "… Photo credit: Janome.com".  The label's words (CREDIT_LABEL_WORDS) are not the credit's.
# A credit holds no prices or table bars ("Cost per Credit: In-State | $472" is a table row).
# Over the dev pages' text renderings, 118 kept lines end so and 7 of them are story text.
CREDIT_LABEL_NOUNS = ("image", "photo", "picture", "pic", "foto")  # "Photo:", "Photo credit:", or "Credit:"
CREDIT_LABEL_WORDS = frozenset({*CREDIT_LABEL_NOUNS, "credit", "courtesy"})
CREDIT_LABEL = re.compile(rf"[\s(]*\b(?:(?:{'|'.join(CREDIT_LABEL_NOUNS)})(?:\s+credit)?|credit)\s*$", re.I)
MAX_LABEL_CHARS = 20  # "Picture credit" and the space or bracket before it
# The ends of CREDIT_LABEL's last words, tested before it runs (most colons end other labels).
CREDIT_LABEL_ENDS = tuple(word[-5:] for word in (*CREDIT_LABEL_NOUNS, "credit"))
MAX_TEXT_CREDIT_CHARS = 60
MAX_TEXT_CREDIT_WORDS = 6
NOT_IN_CREDIT = frozenset("():|$€£%")

# "OTTAWA –", "NEW YORK, N.Y. (AP) —", "LONDON (Reuters) -": an upper-case place,
# an optional region or day ("PARIS, March 3", "BERLIN, 3. März"), an optional agency in
# brackets (or the day there: "WASHINGTON (Aug. 13) --"), then a dash; a double dash or an em
# dash may close up on the story's capital ("NEW YORK--Verizon is …", a tech site's style).
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’\- ]{1,40}?)(?:,\s*(?P<region>[A-Z0-9][\w.\- ]{1,30}?))?"
    r"\s*(?:\((?:(?P<agency>[A-Za-z][A-Za-z .&]{0,30})|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\))?"
    r"\s*(?:[–—-]{1,2}\s+(?=\S)|(?:--|—)(?=[A-Z]))"
)

# A place printed in title case before a known agency in brackets ("Frankfurt/Main (dpa) - ",
# "Paris (AFP) – ": German and French wire copy): only with the agency, whose brackets tell
# it from a sentence that opens with a name and a dash.
TITLED_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w.'’/-]*(?:\s+[\w.'’/-]+){0,3}?)"
    r"\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)\s*[–—-]{1,2}\s+(?=\S)"
)


def related_title(line: str) -> str | None:
    """The story title behind a "READ MORE: …"-style line ("[Related: …]" in brackets too)."""
    if ":" not in line and "：" not in line:  # every label ends in one (`RELATED_LABELS`): most lines hold none
        return None
    if line[:1] in "[(" and line[-1:] in "])":
        line = line[1:-1]
    match = RELATED_LABELS.match(line)
    return match.group("title").strip() if match else None


def media_embed(line: str) -> Media | None:
    match = MEDIA_LABELS.match(line)
    if not match:
        return None
    kind = MEDIA_KINDS.get(match.group("label").lower(), "image")
    return Media(kind, match.group("title").strip())  # type: ignore[arg-type]


def player_title(line: str) -> str | None:
    match = PLAYER_LINE.match(line)
    return match.group("title").strip() if match else None


def caption_with_credit(first: str, second: str) -> Caption | None:
    """`second` repeats `first` with a credit appended: the caption printed twice."""
    if len(second) <= len(first) or not second.startswith(first):
        return None
    credit = second[len(first) :].strip(" -–—|·")
    if not credit or len(credit.split()) > MAX_CREDIT_WORDS or not CREDIT_SHAPE.search(credit):
        return None
    return Caption(first, credit)


def credited_caption(line: str) -> Caption | None:
    """A caption whose credit is printed at its end after a label ("… (Photo: AP)"); a line
    that is all label and credit is not one.  Only the end of the line is read: the last
    colon, the label before it (`CREDIT_LABEL`) and the credit after it."""
    colon = line.rfind(":")
    if colon <= 0 or len(line) - colon > MAX_TEXT_CREDIT_CHARS + 3:
        return None
    end = colon
    while end > 0 and line[end - 1] == " ":  # "Photo : AP"
        end -= 1
    if not line[max(0, end - 5) : end].lower().endswith(CREDIT_LABEL_ENDS):
        return None
    label = CREDIT_LABEL.search(line, max(0, colon - MAX_LABEL_CHARS), colon)
    if label is None or label.start() == 0:
        return None
    credit = line[colon + 1 :].strip().rstrip(").").strip()
    if not credit or len(credit.split()) > MAX_TEXT_CREDIT_WORDS or not NOT_IN_CREDIT.isdisjoint(credit):
        return None
    return Caption(line[: label.start()].rstrip(" -–—|·"), credit)


# A credit closing a caption in brackets, unlabelled: "… (Dustin Franz/AFP/Getty Images)",
# "… (AP Photo/Evan Vucci)", "… (REUTERS/Kevin Lamarque)": a short bracket that names a
# photographer and an outlet with a slash between, or holds a credit's word (CREDIT_SHAPE's,
# the slash between letters: not "(1/4)").
BRACKETED_CREDIT = re.compile(r"\((?P<credit>[^()]{2,80})\)$")  # no "\s*" before it: searched, that would rescan long runs of spaces
_CREDIT_SLASH = re.compile(r"[^\W\d_]\s*/\s*[^\W\d_]")
_CREDIT_WORDS = re.compile(r"\b(?:photo|image|credit|getty|afp|reuters|ap|press|file|handout|courtesy)\b|©", re.I)


def bracketed_credit(line: str) -> Caption | None:
    """A caption whose credit closes it in brackets, unlabelled (`BRACKETED_CREDIT`); a line
    that is all bracket is not one."""
    if not line.endswith(")") or (match := BRACKETED_CREDIT.search(line)) is None or not line[: match.start()].strip():
        return None
    credit = match.group("credit").strip()
    if len(credit.split()) > MAX_CREDIT_WORDS or not (_CREDIT_SLASH.search(credit) or _CREDIT_WORDS.search(credit)):
        return None
    return Caption(line[: match.start()].rstrip().rstrip(" -–—|·"), credit)


# A caption element printing only its picture's credit ("Photo: Getty Images", "Image via Getty
# Images", "Photo credit: Jane Doe"): the credit of the caption before it, not a caption.
CREDIT_ALONE = re.compile(
    rf"^(?:(?:{'|'.join(CREDIT_LABEL_NOUNS)})(?:\s+credit)?|credit|courtesy|photographed(?=\s+by))\s*(?::|\bvia\b|\bby\b|\bof\b)\s*(?P<credit>\S.*)$", re.I
)
# A gallery's counter opening each caption ("1 of 4 Grass Valley's …", "2/12 The mayor …")
GALLERY_COUNTER = re.compile(r"^\d{1,3}\s*(?:of|/)\s*\d{1,3}\s+(?=\S)", re.I)


CREDIT_INITIALS = frozenset("PpIiCcFf")  # what every `CREDIT_ALONE` match opens with (a test checks it)


def credit_alone(text: str) -> str | None:
    """The credit of a caption text that is a credit label and a credit alone, else None."""
    match = CREDIT_ALONE.match(text)
    if match is None:
        return None
    credit = match["credit"].strip().rstrip(").").strip()
    return credit if credit and len(credit.split()) <= MAX_TEXT_CREDIT_WORDS and NOT_IN_CREDIT.isdisjoint(credit) else None


# A credit as a caption's markup prints it: in brackets, after a label ("(Foto: Christian
# Charisius/dpa)", "PHotograph: AHMAD GHARABLI/Getty Images", "Crédits : Getty", "(Bild: )").
# The label names no one; a label over nothing is no credit (held-out: German, French and British
# pages in trafilatura's and newspaper4k's tests).
CREDIT_FIELD_LABEL = re.compile(
    r"^(?:(?:photos?|fotos?|images?|pictures?|pics?)(?:\s+credits?)?|photograph|photography|bild|bilder|credits?|crédits?|source|quelle)"
    r"\s*:\s*",
    re.I,
)


def credit_name(credit: str | None) -> str | None:
    """`credit` without the brackets around it or the label opening it (`CREDIT_FIELD_LABEL`);
    None where nothing is left."""
    if not credit:
        return None
    credit = credit.strip()
    if credit[:1] == "(" and credit[-1:] == ")" and credit.count("(") == 1:
        credit = credit[1:-1].strip()
    credit = CREDIT_FIELD_LABEL.sub("", credit, count=1).strip()
    return credit or None


def split_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """The dateline at a paragraph's start, and the paragraph without it."""
    match = DATELINE.match(paragraph)
    if not match:
        match = TITLED_DATELINE.match(paragraph)
        if not match or match.group("agency").lower() not in AGENCY_NAMES:
            return None
    place = match.group("place").strip()
    if len(place) < 2 or not any(ch.isalpha() for ch in place):
        return None
    agency = match.group("agency")
    agency_name = AGENCY_NAMES.get(agency.lower(), agency) if agency else None
    return Dateline(place, agency_name), paragraph[match.end() :]


# An embedded Instagram post as a renderer prints it: the label over the post ("View this post on
# Instagram", in the languages Instagram prints it in), the post's own text, and its signature
# ("A post shared by Jane Doe (@jdoe) on Dec 19, 2016 at 10:00am PST", `patterns.EMBED_SIGNATURE`):
# the embed's, not the story's, as HTML mode drops the embed's element.  The post's lines run from
# the label to the signature, MAX_EMBEDDED_POST_LINES at most; a label without a signature under
# it goes alone, and so does a signature without a label over it (`SHARED_POST_SIGNATURE`; where
# the post's text begins is not known).  A tweet's signature ("— Jane Doe (@jdoe) December 19,
# 2016") closes a tweet the story quotes: the Zyte golds keep those, and HTML mode too.
EMBED_LABELS = frozenset({
    "view this post on instagram", "sieh dir diesen beitrag auf instagram an", "voir cette publication sur instagram",
    "ver esta publicación en instagram", "visualizza questo post su instagram", "bekijk dit bericht op instagram",
    "ver essa foto no instagram", "ver esta publicação no instagram",
})  # fmt: skip
MAX_EMBEDDED_POST_LINES = 8


def embedded_posts(texts: list[str]) -> list[tuple[int, int, str]]:
    """The embedded Instagram posts in `texts`: (first line, last line, signature) each; a label
    with no signature under it is a post of one line, its signature "", and a signature with no
    label over it one of one line."""
    posts: list[tuple[int, int, str]] = []
    label: int | None = None
    for i, text in enumerate(texts):
        if "nstagram" in text and collapsed(text).casefold() in EMBED_LABELS:
            if label is not None:
                posts.append((label, label, ""))
            label = i
        elif label is not None and "(@" in text and EMBED_SIGNATURE.search(text):
            posts.append((label, i, collapsed(text)) if i - label <= MAX_EMBEDDED_POST_LINES else (label, label, ""))
            label = None
        elif "(@" in text and SHARED_POST_SIGNATURE.search(text):  # a post printed without its label
            posts.append((i, i, collapsed(text)))
    if label is not None:
        posts.append((label, label, ""))
    return posts
