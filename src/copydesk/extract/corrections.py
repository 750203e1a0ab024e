"""The corrections a story prints: "Correction, Nov. 15, 2019: This article originally
misidentified ...", "An earlier version of this story misstated ...".

News sites append (or prepend) a note when they fix a published story; media
researchers count and study them.  Such a paragraph is the story's own (the dev
sets' golds keep it), so it stays in the text and is listed in
`Article.corrections` as well.  A note is a paragraph that opens with a
correction label and a colon ("Correction:", "Clarification, March 3:",
"Korrektur:", "Rectificatif :"), or that says in its first sentence that an
earlier version was wrong ("An earlier version of this article misstated ...",
"This story has been corrected to ...").  An editor's note about an update is
no correction unless it says so.
"""

from __future__ import annotations

import re

from copydesk.extract.assemble import edge_paragraphs
from copydesk.extract.patterns import hinted_texts
from copydesk.model import Article, BlockKind

try:  # the compiled hint scan (text_fast.pyx); Python's `in` where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

# A note stands over the story (an editor's note) or under it, before an author's bio at most.
OPENING_PARAGRAPHS = 3
CLOSING_PARAGRAPHS = 6
NOTE_KINDS = (BlockKind.PARAGRAPH, BlockKind.QUOTE)
MAX_NOTE_WORDS = 120  # a note is a paragraph or two of explanation, not a section of the story
MAX_NOTES = 10
SENTENCE_WITHIN_CHARS = 200  # the admission opens the note, after its label at most
# Labels in the languages the dates and bylines are read in, then up to LABEL_TAIL_CHARS of date
# or qualifier before the colon ("Correction, Nov. 15, 2019:", "Correction added Nov. 18:").
_LABELS = (
    "correction", "corrections", "clarification", "clarifications", "erratum", "errata",
    "korrektur", "berichtigung", "richtigstellung", "rectificatif", "correctif", "rectification",
    "fe de errores", "corrección", "aclaración", "correção", "errata", "rettifica", "correzione", "rectificatie", "correctie",
)  # fmt: skip
LABEL_TAIL_CHARS = 40
_LABEL = re.compile(rf"^[\s*\[(_]*(?:{'|'.join(_LABELS)})\b[^:\n]{{0,{LABEL_TAIL_CHARS}}}\s*:", re.IGNORECASE)
_WORK = r"(?:story|article|report|post|piece|column|item|video|headline|photo caption|caption)"
_ADMISSION = re.compile(
    rf"\b(?:an? (?:earlier|previous) version of this {_WORK}"
    rf"|this {_WORK} (?:has been|was|is) (?:corrected|amended|updated to correct)"
    rf"|this {_WORK} (?:originally|incorrectly|mistakenly) (?:misidentified|misstated|misspelled|said|stated|reported|gave|listed|named|included|described)"
    r"|we regret the error)\b",
    re.IGNORECASE,
)
# Lower-case ASCII words every note's opening holds one of (a paragraph without any is not read
# further): looked for in one compiled scan of all paragraphs where `text_fast` is built.
HINTS = ("correc", "clarif", "errat", "erron", "earlier version", "previous version", "regret", "korrektur", "berichtig",
         "richtigstell", "rectifica", "fe de errores", "aclaraci", "rettifica")  # fmt: skip
_SCANNER = text_fast.HintScanner(HINTS) if text_fast is not None else None


def correction_notes(article: Article) -> list[str]:
    """The paragraphs among the story's first and last that are correction notes (the module's
    two forms), in order."""
    texts = edge_paragraphs(article, OPENING_PARAGRAPHS, CLOSING_PARAGRAPHS, NOTE_KINDS)
    notes: list[str] = []
    for k in hinted_texts(_SCANNER, HINTS, texts, max_chars=SENTENCE_WITHIN_CHARS):
        if is_correction(texts[k]) and texts[k] not in notes:
            notes.append(texts[k])
            if len(notes) == MAX_NOTES:
                break
    return notes


def is_correction(text: str) -> bool:
    """Whether `text` is a correction note: a correction label and a colon opening it, or an
    admission that an earlier version was wrong in its first SENTENCE_WITHIN_CHARS characters."""
    head = text[:SENTENCE_WITHIN_CHARS].lower()
    if not any(hint in head for hint in HINTS) or len(text.split(None, MAX_NOTE_WORDS)) > MAX_NOTE_WORDS:
        return False
    return _LABEL.match(text) is not None or _ADMISSION.search(text[:SENTENCE_WITHIN_CHARS]) is not None
