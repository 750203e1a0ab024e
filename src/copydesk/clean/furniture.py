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

# "READ MORE: <title>" and its cousins: a label, a colon, a story title.  The label in English,
# French, German, Spanish, Portuguese, Italian, and in Dutch, the Scandinavian languages, Polish,
# Czech, Russian, Ukrainian, Romanian and Indonesian ("Lees ook:", "Läs också:", "Czytaj także:",
# "Читайте также:", "Baca juga:"), as papers print it over one headline inside the story.
RELATED_LABELS = re.compile(
    r"^(?:read more|related(?: (?:posts?|articles?|stor(?:y|ies)|content|reading|links?|photos?|videos?|galler(?:y|ies)|coverage))?|see also|also see|see more|"
    r"more|more from|recommended|read also|also read|don[’']t miss|"
    r"lire aussi|à lire aussi|lire également|à lire également|"
    r"lesen sie auch|mehr zum thema|leer más|lea también|lee también|leia mais|leia também|veja também|leggi anche|"
    r"lees ook|läs också|läs även|læs også|les også|czytaj (?:także|też)|zobacz (?:także|też)|čtěte (?:také|též)|"
    r"читайте (?:также|тоже|також)|citește și|baca juga|on [\w-]+(?:\.[\w-]+)*\.[a-z]{2,})"
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
# The Spanish agency EFE closes its dateline with a full stop before the dash ("MADRID (EFE).-",
# "Madrid, 5 mar (EFE).-"): `\.?` after the brackets.
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’\- ]{1,40}?)(?:,\s*(?P<region>[A-Z0-9][\w.\- ]{1,30}?))?"
    r"\s*(?:\((?:(?P<agency>[A-Za-z][A-Za-z .&]{0,30})|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\)\.?)?"
    r"\s*(?:[–—-]{1,2}\s+(?=\S)|(?:--|—)(?=[A-Z]))"
)

# A place printed in title case before a known agency in brackets ("Frankfurt/Main (dpa) - ",
# "Paris (AFP) – ": German and French wire copy; "Madrid, 5 mar (EFE).-": the day between):
# only with the agency, whose brackets tell it from a sentence that opens with a name and a dash.
TITLED_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w.'’/-]*(?:\s+[\w.'’/-]+){0,3}?)(?:,\s*\d{1,2}\.?\s+[^\W\d_]{3,10}\.?)?"
    r"\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)\.?\s*[–—-]{1,2}\s+(?=\S)"
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
    """`second` repeats `first` with a credit appended: the caption printed twice.  The credit
    is given without its label or brackets, as HTML mode gives it (`credit_name`: "Foto: Kay
    Nietfeld/dpa" is "Kay Nietfeld/dpa")."""
    if len(second) <= len(first) or not second.startswith(first):
        return None
    credit = second[len(first) :].strip(" -–—|·")
    if not credit or len(credit.split()) > MAX_CREDIT_WORDS or not CREDIT_SHAPE.search(credit):
        return None
    return Caption(first, credit_name(credit) or credit)


def _short_credit(credit: str, most: int = MAX_CREDIT_WORDS, bars: bool = False) -> str | None:
    """`credit` (a closing bracket or full stop cut off) when it holds `most` words at most and
    no `NOT_IN_CREDIT` character (with `bars`, its bars allowed: a labelled credit's parts, "Foto:
    Timur | flickr | CC BY 2.0"), else None."""
    credit = credit.strip().rstrip(").").strip()
    banned = NOT_IN_CREDIT - {"|"} if bars else NOT_IN_CREDIT
    return credit if credit and len(credit.split()) <= most and banned.isdisjoint(credit) else None


def _unbracketed(text: str) -> str:
    """`text` without one pair of brackets around it whole ("(Photo: AP)"); as it is otherwise."""
    if text[:1] == "(" and text[-1:] == ")" and text.count("(") == 1:
        return text[1:-1].strip()
    return text


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
    if (credit := _short_credit(line[colon + 1 :], MAX_TEXT_CREDIT_WORDS)) is None:
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
    rf"^(?:(?:{'|'.join(CREDIT_LABEL_NOUNS)})(?:\s+credit)?|credit|courtesy|photographed(?=\s+by))\s*(?::|\bvia\b|\bby\b:?|\bof\b)\s*(?P<credit>\S.*)$", re.I
)
# A gallery's counter opening each caption ("1 of 4 Grass Valley's …", "2/12 The mayor …")
GALLERY_COUNTER = re.compile(r"^\d{1,3}\s*(?:of|/)\s*\d{1,3}\s+(?=\S)", re.I)


CREDIT_INITIALS = frozenset("PpIiCcFf")  # what every `CREDIT_ALONE` match opens with (a test checks it)


def credit_alone(text: str) -> str | None:
    """The credit of a caption text that is a credit label and a credit alone, else None."""
    match = CREDIT_ALONE.match(text)
    if match is None:
        return None
    return _short_credit(match["credit"], MAX_TEXT_CREDIT_WORDS)


# A credit as a caption's markup prints it: in brackets, after a label ("(Foto: Christian
# Charisius/dpa)", "PHotograph: AHMAD GHARABLI/Getty Images", "Crédits photo : Getty", "(Bild: )"),
# after "Photo by" ("Photograph by Tyrone Turner, National Geographic Creative"), or after
# "Credit" with no colon before a capital (a label the New York Times prints for screen readers:
# "Credit Damon Winter/The New York Times").  The label names no one; a label over nothing is no
# credit (held-out: German, French, British and American pages in the peers' tests).
# Besides English, German and French, the photograph's name in Spanish, Italian, Portuguese and
# Polish ("Fotografía:", "Fotografia:", "Zdjęcie:"), Russian ("Фото:") and Finnish ("Kuva:"); and
# Polish's "Fot." with no colon ("Fot. PAP/Jan Kowalski", `_DOTTED_LABEL`).
_CAPTION_LABEL_WORDS = (
    r"(?:(?:photos?|fotos?|images?|pictures?|pics?)(?:\s+(?:credits?|source))?|photograph|photography|illustration"
    r"|bild|bilder|credits?|crédits?(?:\s+photos?)?|source|quelle|fotograf(?:ía|ia|ie)|zdjęcie|фото|kuva)"
)
_DOTTED_LABEL = r"fot\.(?=\s*\S)"
CREDIT_FIELD_LABEL = re.compile(
    rf"^(?:{_CAPTION_LABEL_WORDS}\s*:|{_DOTTED_LABEL}|credits?(?=\s+(?-i:[A-Z]))"
    r"|(?:photos?|photographs?|photographed|images?|pictures?|illustration|video)\s+(?:by|via)\b)\s*",
    re.I,
)


def credit_name(credit: str | None) -> str | None:
    """`credit` without the brackets around it or the label opening it (`CREDIT_FIELD_LABEL`);
    None where nothing is left."""
    if not credit:
        return None
    credit = CREDIT_FIELD_LABEL.sub("", _unbracketed(credit.strip()), count=1).strip()
    return credit or None


# What a caption element may print in place of a caption, or close its caption with (HTML mode
# only: the element says it is a caption; in a line of story text these shapes say too little).
# Held-out captions in the peers' tests (German, French, Spanish, Canadian and American pages).
# - A credit alone in brackets, after a label `credit_alone` does not know, or after a copyright
#   sign: "(Photo: Brett Davis , USA TODAY Sports)", "Image source: Getty Images.", "Source:
#   Wikimedia Commons", "Illustration: John Ritter", "© Archive Photos/Getty Images".
LABELLED_CREDIT = re.compile(rf"^(?:{_CAPTION_LABEL_WORDS}\s*:|{_DOTTED_LABEL})\s*(?P<credit>\S.*)$", re.I)
_COPYRIGHT_OPENING = re.compile(r"(?:copyright\s*)?©", re.I)  # "Copyright ©2025 Example, Inc.": the credit from the sign
# The words of the labels above and `CREDIT_LABEL_WORDS`, lower-case: a caption printed in the
# story is compared with the caption and credit read without them (`tidy.drop_captions`).
CAPTION_LABEL_WORDS = frozenset({
    *CREDIT_LABEL_WORDS, "photos", "photograph", "photographs", "photography", "photographed", "images", "pictures",
    "illustration", "bild", "bilder", "credits", "crédit", "crédits", "source", "quelle", "copyright", "by", "via",
    "fotografía", "fotografia", "fotografie", "zdjęcie", "фото", "kuva", "fot",
})  # fmt: skip
# - After a separator, such a credit: "… at the Barcelona testing lab | photo by Joan Bardeletti".
CAPTION_CREDIT_SEPARATORS = (" | ", " • ", " ∙ ", " · ")
# - After a copyright sign: "Stau © aremac / Clipdealer", "… im Bundestag© Odd Andersen /AFP"
#   (a label before the sign is the credit's: "… ∙ Bild: © ADAC").
TRAILING_CREDIT_LABEL = re.compile(rf"[\s(]*\b(?:{_CAPTION_LABEL_WORDS}\s*:?|fot\.)\s*$", re.I)
# - After the caption's last sentence, a photographer and an outlet with a slash between, each
#   word capitalised: "… across its supply chain. Mike Blake/Reuters"; or a slash and a name:
#   "… un ambulatorio madrileño. / GORKA LEJARCEGI".
_SENTENCE_END = ". "
_ENDS_SENTENCE = re.compile(r"[^\W\d_]{2}[^\W\d_A-Z]$")  # a word's last letters, lower-case: not "U.N." or "Dr."
_CAPITALISED = re.compile(r"^[^\W\d_a-z][^\W\d_]*(?:[-'’.][^\W\d_]*)*$")
CREDIT_SEPARATORS = " -–—|·•∙"  # what sits between a caption and its credit
CAPTION_CREDIT_EDGES = CREDIT_SEPARATORS + ":"  # and what a label's colon leaves between them
MAX_CLOSING_CREDIT_CHARS = 200  # a closing credit's copyright sign stands this near the end


# A credit after a copyright sign names its holders: a few capitalised words, a slash, a year, and
# a few lower-case words ("used by permission", a photographer's handle: "© aremac / Clipdealer");
# "© Idg Ola Bini, Swedish software developer" is a credit with its caption run into it.
CREDIT_CONNECTORS = frozenset({"and", "for", "of", "by", "via", "at", "the", "de", "du", "des", "la", "von", "und", "et", "y"})
MAX_LOWER_CREDIT_WORDS = 1


def _copyright_credit(credit: str) -> str | None:
    """`credit` (opening with a copyright sign) when it reads as one (`_short_credit`, then the shape above)."""
    if (short := _short_credit(credit)) is None:
        return None
    words = [word for word in short.replace("©", " ").replace("/", " ").split() if word.strip(",.-–—")]
    lower = sum(word[:1].islower() and word not in CREDIT_CONNECTORS for word in words)
    return short if words and len(words) <= MAX_TEXT_CREDIT_WORDS and lower <= MAX_LOWER_CREDIT_WORDS else None


def caption_credit_alone(text: str) -> str | None:
    """The credit a caption element prints instead of a caption (`credit_alone`, or the forms
    above: in brackets, after a caption's label, after a copyright sign, which it keeps), else None."""
    text = _unbracketed(text.strip())
    if (credit := credit_alone(text)) is not None:
        return credit
    if (match := LABELLED_CREDIT.match(text)) is not None:
        return _short_credit(match["credit"], bars=True)
    if (sign := _COPYRIGHT_OPENING.match(text)) is not None and len(text) > sign.end():
        return _copyright_credit(text[sign.end() - 1 :])
    return None


def closing_credit(text: str) -> Caption | None:
    """A caption element's text split into the caption and the credit it closes on, unlabelled
    or labelled (the forms above), or None.  The caption before it must hold words."""
    found: tuple[int, str] | None = None
    sign = text.find("©", max(1, len(text) - MAX_CLOSING_CREDIT_CHARS))
    while sign > 0 and found is None:  # the first sign of a closing run: "© Spire Healthcare, © Samaritans"
        if (credit := _copyright_credit(text[sign:])) is not None:
            found = sign, credit
        sign = text.find("©", sign + 1)
    for separator in CAPTION_CREDIT_SEPARATORS if found is None else ():
        if (at := text.rfind(separator)) > 0 and (credit := caption_credit_alone(text[at + len(separator) :])) is not None:
            found = at, credit
            break
    at = text.rfind(_SENTENCE_END) if found is None else -1
    if at > 0 and text[max(0, at - 4) : at].lower() == " fot":
        at = text.rfind(_SENTENCE_END, 0, at - 3)  # Polish "Fot." is the credit's label, not the caption's last full stop
    if at > 0 and _ENDS_SENTENCE.search(text, 0, at):  # (`at` is -1 where a credit was found above)
        last = text[at + len(_SENTENCE_END) :].strip()
        slashed = last.startswith("/ ")
        words = last.removeprefix("/ ").replace("/", " / ").split()
        if (credit := caption_credit_alone(last)) is not None:
            found = at + 1, credit
        elif (
            words and len(words) <= MAX_TEXT_CREDIT_WORDS and (slashed or _CREDIT_SLASH.search(last))
            and all(word == "/" or _CAPITALISED.match(word) for word in words)
        ):
            found = at + 1, last.removeprefix("/ ").strip()
    if found is None:
        return None
    at, credit = found
    caption = text[:at].rstrip()
    if (label := TRAILING_CREDIT_LABEL.search(caption, max(0, len(caption) - 2 * MAX_LABEL_CHARS))) is not None:
        caption = caption[: label.start()]  # searched near the end only: a long run of spaces is not rescanned
    caption = caption.rstrip(CAPTION_CREDIT_EDGES)
    return Caption(caption, credit) if caption.strip(CAPTION_CREDIT_EDGES + "©.") else None


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
