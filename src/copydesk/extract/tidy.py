"""Tidy the selected blocks: what the block model keeps but a reader would not.

Each step is small and measured (figures beside its constants):

* `drop_repeats`: a paragraph printed twice word for word (a mobile copy of
  the page) is kept once;
* `trim_edge_labels`: label-like paragraphs and list items (breadcrumbs,
  section names, tag lists) at either end of the body go;
* `trim_opening_byline`: byline and time-stamp lines printed among the first
  blocks go;
* `drop_captions`: on article pages, paragraphs that are an image's caption
  (`furniture.read_captions` lists them, with their credits) go;
* `split_related_pointers`: on article pages, "READ MORE: <headline>" lines
  in the body become related links;
* `cut_appeal`: on article pages, a fundraising or republishing appeal
  under the story goes, from its opening line on;
* `trim_closing_lines`: on article pages, the lines closing a story
  ("Reporting by …; Editing by …", "Have a tip? … may be reached at …",
  "Like this:") go from the end of the body.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate, islice

from copydesk.clean.furniture import (
    CAPTION_LABEL_WORDS,
    CREDIT_INITIALS,
    credit_alone,
    media_embed,
    player_title,
    related_title,
)
from copydesk.extract.byline import opens_as_byline
from copydesk.extract.dates import (
    MONTH_NAMES,
    STAMP_FIELD_SEPARATOR,
    STAMP_WEEKDAYS,
    UPDATE_WORDS,
    holds_a_date,
)
from copydesk.extract.features import tokens
from copydesk.extract.furniture import is_related_heading, printed_once
from copydesk.extract.patterns import (
    APPEAL_HINTS,
    APPEAL_OPENING,
    APPEAL_OPENING_ANYWHERE,
    APPEAL_VERBS,
    BY_WORD,
    CJK_CHARS,
    CLOSING_LINE,
    CLOSING_LINE_HINTS,
    CLOSING_MARKS,
    COMMENT_BREAK,
    DISCLOSURE,
    DISCLOSURE_CONTEXT,
    DISCLOSURE_HINTS,
    FEEDBACK_PROMPT,
    MAX_NAVIGATION_WORDS,
    MIN_SHARE_BAR_WORDS,
    MORE_COVERAGE,
    NAVIGATION_INITIALS,
    NAVIGATION_LINE,
    OTHER_COMMENT_BREAK,
    SENTENCE_END_MARKS,
    SHARE_BAR_SHARE,
    SHARE_BAR_WORDS,
    STAMP_VERBS,
    collapsed,
    hinted_texts,
    interface_label,
    is_gallery_counter,
    is_pager_line,
    word_total,
    words_at_most,
)
from copydesk.model import Block, BlockKind, Caption, Media, RelatedLink

try:  # the compiled appeal scans (text_fast.pyx); Python where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

_CLOSING_HINTS = text_fast.HintScanner(CLOSING_LINE_HINTS) if text_fast is not None else None
_APPEAL_HINTS = text_fast.HintScanner(APPEAL_HINTS) if text_fast is not None else None
_DISCLOSURE_HINTS = text_fast.HintScanner(DISCLOSURE_HINTS) if text_fast is not None else None

# A paragraph of at most this many words, without end punctuation, opening or
# closing the body is a label ("Business", "Tags", "Iklan"), not the article.
# Measured: exact-match 0.221 -> 0.227 (Zyte), 0.094 -> 0.100 (WCXB), F1 unchanged; list items
# too (breadcrumbs, tag lists): Zyte exact-match 0.227 -> 0.320, F1 +0.001 on both sets.
# Closing headings ("Popular on …") were tried: Zyte exact-match +0.017 but F1 -0.001, not kept.
EDGE_LABEL_MAX_WORDS = 3
EDGE_LABEL_MAX_CJK_CHARS = 40  # a label's length in CJK characters: a section name, an editor's credit, a headline
LABEL_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
SENTENCE_END = tuple(SENTENCE_END_MARKS + CLOSING_MARKS)  # a label ends on none of these
OPENING_BLOCKS = 3  # a byline or time stamp printed in the body sits among the first blocks
MAX_BYLINE_WORDS = 12  # "Lisa Kaczke and Trevor J. Mitchell, Sioux Falls Argus Leader"
MAX_BYLINE_CHARS = 400  # a longer text holds more than 12 words of any language: not split to count them
MAX_STAMP_OTHER_WORDS = 1  # a time stamp has a date and little else ("Posted: Fri 6:45 PM, Feb 16, 2018")
MAX_DATED_STAMP_WORDS = 20  # a stamp giving the day and time twice, published and updated, is longer than a byline
# The little words a time stamp prints around its date in the languages whose verbs the stamps
# read (`patterns.STAMP_VERBS`): "Publié le 3 mars 2024 à 10h15", "5 de marzo de 2024 a las
# 10:15", "am 5. März 2024 um 10:15 Uhr", "il 5 marzo 2024 alle 10", "op 5 maart 2024 om
# 10.15", "den 5 mars 2024 kl. 10.15", "10 марта 2024 г. в 10:15" ("h" is 10h15's).  Without
# them such a line was no stamp and stayed at the top of the story, where its English form went.
# Not the English words among them ("a", Italian "ore"): "A man on April 21, 2015" is a line of
# text, and one word besides the date is allowed (`MAX_STAMP_OTHER_WORDS`).
_STAMP_CONNECTORS = ("le", "à", "de", "del", "las", "el", "às", "am", "um", "uhr", "il", "alle", "op", "om", "den", "kl",
                     "h", "г", "года", "в")  # fmt: skip
# "Published" in the languages whose months the dates read but whose stamp verbs the stamps do not
# ("Opublikowano 12 marca 2024, zaktualizowano 13 marca 2024"), and the update words (`dates.UPDATE_WORDS`).
_OTHER_STAMP_VERBS = ("opublikowano", "publikacja", "aktualizacja", "zveřejněno", "publikované", "опубликовано", "опубліковано",
                      "publicerad", "publiceret", "publisert", "julkaistu", "yayınlanma", "yayınlandı", "publicat")  # fmt: skip
_STAMP_WORDS = frozenset({
    *MONTH_NAMES, *STAMP_WEEKDAYS, "am", "pm", "posted", "at", "on", *_STAMP_CONNECTORS,
    *(word for verb in (*STAMP_VERBS, *UPDATE_WORDS) for word in verb.split()), *_OTHER_STAMP_VERBS,
    "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "bst", "cet", "cest", "amt",
    "年", "月", "日", "时", "時", "分", "년", "월", "일", "시",  # the units CJK dates and times are written in
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
# A reading-time line ("5 min read", "Reading Time: 8 minutes", "Tempo de leitura: 2 minutos")
# among the opening blocks is page furniture, like a time stamp: the number and a minute word,
# with at most MAX_READING_TIME_OTHER_WORDS other words.  Dev pages: 6 such lines outside the
# gold, 2 in it.
_DIGIT = re.compile(r"\d")
READING_TIME = re.compile(r"\b\d+(?:\s*[-–]\s*\d+)?\s*(?:min|mins|minutes?|minutos?|minuten|minuti|minuter)\b\.?", re.I)
MAX_READING_TIME_OTHER_WORDS = 4
# A reading time's words (`_WORD`: letters only) are its minute word and the others beside it: a
# longer text (past SEARCHED_READING_TIME_CHARS) with more words is none, told before it is
# searched (the search took ~3 ms on a WCXB page's line of 138,000 characters; a short text is
# searched at once, the count costing more than the search there).
MAX_READING_TIME_WORDS = MAX_READING_TIME_OTHER_WORDS + 1
SEARCHED_READING_TIME_CHARS = 200
QUESTION_END = ("?", "？", "؟")
MIN_REPEAT_CHARS = 80  # shorter repeated lines may be labels or refrains; tuned on both dev sets (40-120)
REPEATABLE_KINDS = frozenset({BlockKind.LIST_ITEM, BlockKind.TABLE, BlockKind.CODE})  # repeat on purpose


def later_prints(keys: list[str | None], quoted: list[bool] | None = None) -> set[int]:
    """Indexes of the keys printed again word for word after their first print.  A key of
    None, one under MIN_REPEAT_CHARS characters (a label, a refrain) or a question (an
    interview asks each guest the same one) is never a repeat, unless `quoted` says the
    later print is a block quote: a reply quoting the question it answers (forum software
    prints the quoted post again), where an interviewer's question is not quoted."""
    seen: set[str] = set()
    later = set()
    for k, key in enumerate(keys):
        if key is None or len(key) < MIN_REPEAT_CHARS:
            continue
        if key in seen and (not key.endswith(QUESTION_END) or (quoted is not None and quoted[k])):
            later.add(k)
        seen.add(key)
    return later


def drop_repeats(blocks: list[Block]) -> list[Block]:
    """A paragraph printed again word for word (case and white space aside) is kept once
    (`later_prints`).  List items and table rows may repeat: a meal plan or an offer's
    terms repeat a line on purpose, and readers count it each time."""
    keys = [None if block.kind in REPEATABLE_KINDS else collapsed(block.text).casefold() for block in blocks]
    later = later_prints(keys, [block.kind is BlockKind.QUOTE for block in blocks])
    return [block for k, block in enumerate(blocks) if k not in later] if later else blocks


# A table of contents lists the page's section headings again, as the items of a list (most
# often links to the sections): those items go, the headings stay.  Two such items make a table
# of contents; one list item can name a section by chance (one: WCXB +0.59 over 106 pages, 25 of
# them down; two: +0.58 over 75, 15 down; three: +0.56 over 67, 13 down; Zyte unmoved).
MIN_CONTENTS_ENTRIES = 2


# A wiki's link to edit a section, printed at the end of its heading ("Details[edit]"; MediaWiki's
# in the languages its dates are read in): the reader's heading is the words before it.
EDIT_LINK = re.compile(
    r"\s*\[\s*(?:edit|edit source|bearbeiten|modifier|modifica|editar|bewerken|edytuj|redigera|rediger|править)"
    r"(?:\s*\|\s*[^\[\]]{1,40})?\s*\]$", re.I
)  # fmt: skip
MAX_EDITED_HEADING_WORDS = 8  # a line this short before the link is a heading (as text mode reads it, a line)


def is_edit_link(text: str) -> bool:
    """Whether `text` is a section's edit link alone ("[edit]", "[ Bearbeiten | Quelltext bearbeiten ]")."""
    return text.endswith("]") and (link := EDIT_LINK.search(text)) is not None and link.start() == 0


def without_edit_links(blocks: list[Block]) -> list[Block]:
    """`blocks`, each heading (or heading-sized line) closing on a section's edit link
    (`EDIT_LINK`) without it, and no block that is such a link alone (newer MediaWiki sets it
    beside the heading element)."""
    kept: list[Block] = []
    for block in blocks:
        if block.text.endswith("]") and (link := EDIT_LINK.search(block.text)):
            if link.start() == 0:
                continue  # the link alone
            if block.kind is BlockKind.HEADING or len(block.text[: link.start()].split()) <= MAX_EDITED_HEADING_WORDS:
                block = Block(block.kind, block.text[: link.start()], block.level)
        kept.append(block)
    return kept


# A table of contents numbers its entries as the sections are numbered ("1 Details", "2.1 Usage"),
# where the headings may print no number (a wiki's): an entry is compared without it too (not the
# headings: a numbered heading's words in a list item are most often the list's, not a contents').
SECTION_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+")


def drop_contents_entries(blocks: list[Block]) -> list[Block]:
    """`blocks` less the list items printing one of their headings again (case, white space and
    a section number aside), when MIN_CONTENTS_ENTRIES or more do: a table of contents; with them
    its title, a label paragraph (`_is_label`) right before the first of them."""
    headings = {collapsed(block.text).casefold() for block in blocks if block.kind is BlockKind.HEADING}
    if not headings:
        return blocks
    entries = {k for k, block in enumerate(blocks) if block.kind is BlockKind.LIST_ITEM and _is_entry(block.text, headings)}
    if len(entries) < MIN_CONTENTS_ENTRIES:
        return blocks
    first = min(entries)
    if first and _is_contents_title(blocks, first, entries):
        entries.add(first - 1)  # the table's title ("Contents", "In this article")
    return [block for k, block in enumerate(blocks) if k not in entries]


def _is_entry(text: str, headings: set[str]) -> bool:
    """Whether a list item's `text` prints one of the `headings` (collapsed, case-folded), with
    its section number or without it."""
    entry = collapsed(text).casefold()
    return entry in headings or (entry[:1].isdigit() and SECTION_NUMBER.sub("", entry) in headings)


def _is_contents_title(blocks: list[Block], first: int, entries: set[int]) -> bool:
    """Whether the block before the first entry titles the table: a label paragraph, or a short
    heading (`_is_label`'s size) with nothing under it but the entries (a wiki sets "Contents" so)."""
    title = blocks[first - 1]
    if title.kind is BlockKind.PARAGRAPH:
        return _is_label(title)
    after = next((k for k in range(first, len(blocks)) if k not in entries), len(blocks))
    return (title.kind is BlockKind.HEADING and len(title.text.split()) <= EDGE_LABEL_MAX_WORDS
            and (after == len(blocks) or blocks[after].kind is BlockKind.HEADING))  # fmt: skip


# A pull quote prints a sentence of the story again, set large between its paragraphs, often
# in quotation marks: a quote block whose words (its marks aside) stand in another block.
PULL_QUOTE_MIN_WORDS = 5  # shorter quotes are too common a phrase to call a copy
QUOTE_MARKS = " \"'“”‘’«»„—–-"


def drop_pull_quotes(blocks: list[Block]) -> list[Block]:
    """`blocks` less the quotes printing a passage of another block again."""
    quotes = [k for k, block in enumerate(blocks) if block.kind is BlockKind.QUOTE and len(block.text.split()) >= PULL_QUOTE_MIN_WORDS]
    if not quotes:
        return blocks
    story = "\n".join(collapsed(block.text).casefold() for block in blocks if block.kind is not BlockKind.QUOTE)
    copies = {k for k in quotes if collapsed(blocks[k].text).casefold().strip(QUOTE_MARKS) in story}
    return [block for k, block in enumerate(blocks) if k not in copies] if copies else blocks


def _is_label(block: Block) -> bool:
    """A paragraph or list item of a few words not ending a sentence, and of a few characters
    where it is written in a CJK script (a Japanese paragraph closing on a photographer's
    credit is one white-space "word"; "【责任编辑:张樵苏 】" is a label)."""
    text = block.text
    if block.kind not in LABEL_KINDS or text.endswith(SENTENCE_END) or len(text.split()) > EDGE_LABEL_MAX_WORDS:
        return False
    return text.isascii() or len(CJK_CHARS.findall(text)) <= EDGE_LABEL_MAX_CJK_CHARS


def is_reading_time(text: str) -> bool:
    """Whether `text` is a reading time ("5 min read", "Reading Time: 8 minutes"): a number and a
    minute word, MAX_READING_TIME_OTHER_WORDS other words at most."""
    if len(text) > SEARCHED_READING_TIME_CHARS and next(islice(_WORD.finditer(text), MAX_READING_TIME_WORDS, None), None) is not None:
        return False  # (a match holds one such word, and never half of one: see the tests)
    found = READING_TIME.search(text)
    return found is not None and len(_WORD.findall(text[: found.start()] + text[found.end() :])) <= MAX_READING_TIME_OTHER_WORDS


# A stamp ending on its clock's "a.m." or "p.m." ("posted on April 21, 2015, at 11:29 a.m.") or on
# Russian's "г." after the year ("10 марта 2024 г."): its final period ends an abbreviation, not
# a sentence.
_CLOCK_END = re.compile(r"\d\s*(?:[ap]\.\s?m|г)\.$", re.I)
_CLOCK_HALF = re.compile(r"\b([ap])\.\s?m\.", re.I)  # "a.m." counted as the stamp word "am"


def is_byline_or_stamp(text: str, authors: list[str], fields: bool = False) -> bool:
    """A short opening line that is the byline ("Jane Doe, Florida Today"), a time stamp or a
    reading time; with `fields`, a stamp's fields between bars too (`_is_stamp_fields`)."""
    if len(text) > MAX_BYLINE_CHARS or (text.endswith(".") and _CLOCK_END.search(text) is None):
        return False
    words = len(text.split())
    if words > MAX_DATED_STAMP_WORDS:
        return False
    short = words <= MAX_BYLINE_WORDS
    folded = text.casefold()
    if short and any(name.casefold() in folded for name in authors):
        return True
    if _DIGIT.search(text) is None:  # a reading time and every date hold a digit
        return False
    if short and is_reading_time(text):
        return True
    if not holds_a_date(text):
        return False
    if sum(1 for w in _WORD.findall(_CLOCK_HALF.sub(r"\1m", text)) if w.casefold() not in _STAMP_WORDS and not w.isdigit()) <= MAX_STAMP_OTHER_WORDS:
        return True  # (a stamp may run to MAX_DATED_STAMP_WORDS: "on December 22, 2016 at 2:47 PM, updated December 22, 2016 at 3:53 PM")
    return short and fields and _is_stamp_fields(text)


# A stamp printed as fields between bars or bullets (`dates.STAMP_FIELD_SEPARATOR`).
MAX_STAMP_FIELD_WORDS = 4  # a name, a place or a section; a longer field is a sentence's part


def _is_stamp_fields(text: str) -> bool:
    """Whether `text` is a date and a few short capitalised fields (a byline, a place) between
    bars or bullets, the date a field of its own."""
    fields = STAMP_FIELD_SEPARATOR.split(text.strip(" |•·"))
    if len(fields) < 2:
        return False
    dated = list(map(holds_a_date, fields))
    if not any(dated):
        return False
    return all(dated[k] or (len(field.split()) <= MAX_STAMP_FIELD_WORDS and field[:1].isupper()) for k, field in enumerate(fields))


_BY_OPENING = re.compile(rf"{BY_WORD}\s+\S", re.I)  # "By …", as bylines open (`byline._PREFIX`'s plain words)
MAX_DATED_BYLINE_WORDS = 24  # "By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)"


def _is_dated_byline(text: str) -> bool:
    """A "By …" line that also prints the date, in a story: names and a stamp, however the
    names were read."""
    if not _BY_OPENING.match(text) or text.endswith(".") or len(text.split(None, MAX_DATED_BYLINE_WORDS)) > MAX_DATED_BYLINE_WORDS:
        return False
    return holds_a_date(text)


def _is_opening_byline(block: Block, authors: list[str], story: bool) -> bool:
    if block.kind is BlockKind.HEADING:
        return opens_as_byline(block.text) and is_byline_or_stamp(block.text, authors, story)
    return block.kind is BlockKind.PARAGRAPH and (is_byline_or_stamp(block.text, authors, story) or (story and _is_dated_byline(block.text)))


def trim_opening_byline(blocks: list[Block], authors: list[str], story: bool = False) -> list[Block]:
    """Drop byline and time-stamp lines among the first few blocks (never the only block).  In a
    `story` (an article's body), stamps printed as fields go too: on a listing, the first item's
    stamp is the item's ("By Jane Doe • Dec. 19, 2025").  A heading goes only where it reads
    "By …" (a byline set as a heading: "By Rick Steves"); another naming the author is a title."""
    head = [b for b in blocks[:OPENING_BLOCKS] if not _is_opening_byline(b, authors, story)]
    rest = blocks[OPENING_BLOCKS:]
    return head + rest if head or rest else blocks


def drop_masthead_names(blocks: list[Block], site_names: Callable[[], set[str]]) -> list[Block]:
    """`blocks` without the headings opening them that print the site's name alone (`site_names()`,
    as `title.site_words` gives them: "npr"; asked only where the body opens on a heading): a logo
    set as a heading (``<a href="/"><h2>NPR</h2></a>``) the story's blocks start with; never the
    only block."""
    if len(blocks) < 2 or blocks[0].kind is not BlockKind.HEADING:
        return blocks  # (most stories)
    names = site_names()
    start = 0
    while start < len(blocks) - 1 and blocks[start].kind is BlockKind.HEADING and "".join(tokens(blocks[start].text.casefold())) in names:
        start += 1
    return blocks[start:]


def trim_edge_labels(blocks: list[Block]) -> list[Block]:
    """Drop label-like paragraphs and list items (breadcrumbs, section names, tags) at either
    end of the body; never the only block."""
    start, end = 0, len(blocks)
    while end - start > 1 and _is_label(blocks[start]):
        start += 1
    while end - start > 1 and _is_label(blocks[end - 1]):
        end -= 1
    return blocks[start:end]


FIRST_WORD = re.compile(r"\w+")  # as `features.tokens` splits words
CAPTION_LABEL_CHARS = 40  # room for "Image credit:", brackets and separators around a caption's credit
# Captions are the story's text where the story without them would keep less than a third of its
# words: a slideshow telling the story in its slides' captions (each slide's <figcaption> holds
# its paragraphs), when those captions run to MIN_CAPTIONED_STORY_WORDS (a picture's caption
# alone, or a short gallery's, is no story).  A held-out PopSugar gallery kept its 94-word
# introduction of 675 words; no dev page moves.
CAPTIONED_STORY_RATIO = 3
MIN_CAPTIONED_STORY_WORDS = 150


def _caption_words(text: str) -> str:
    """The words of a caption as `drop_captions` compares them: credit labels ("Photo:",
    "Image credit:") left out, since `read_captions` keeps only the credit after them."""
    words = tokens(text)
    if CAPTION_LABEL_WORDS.isdisjoint(words):  # most texts: no label to leave out
        return " ".join(words)
    return " ".join(word for word in words if word not in CAPTION_LABEL_WORDS)


MAX_CREDIT_BLOCK_CHARS = 120  # a credit alone ("Photo: Shutterstock"); a longer block holds more


def drop_credit_lines(blocks: list[Block]) -> list[Block]:
    """`blocks` without those printing a picture's credit alone ("Photo: Shutterstock", "Courtesy
    of Hilton", "Image credit: © Depositphotos.com/…": `furniture.credit_alone`) outside any caption
    element: 8 such blocks on 7 dev pages, none in a gold text (text mode drops the same lines)."""
    return [
        block for block in blocks
        if len(block.text) > MAX_CREDIT_BLOCK_CHARS or block.text[:1] not in CREDIT_INITIALS or credit_alone(block.text) is None
    ]  # fmt: skip


def drop_captions(blocks: list[Block], captions: list[Caption]) -> list[Block]:
    """`blocks` without the paragraphs whose words all come, in order, from one caption
    (its text and credit; a paragraph holding its text twice is read once, as
    `read_captions` reads it): the caption is in `Article.captions`, not the story.

    Zyte's and WCXB's gold leave captions out of the article on most pages
    (measured on article pages, with class-marked captions read too: Zyte
    F1 0.9594 -> 0.9608, exact match 69 -> 72 pages; WCXB articles 0.9653 ->
    0.9655; no split down).  Headings stay: a gallery's slide titles are
    headings of the story."""
    if not captions or not blocks:
        return blocks
    texts = [_caption_words(f"{caption.text} {caption.credit or ''}") for caption in captions]
    said, longest = f" {' | '.join(texts)} ", max(map(len, texts))  # whole words compared: " moss " is no " mossy "
    wholes = set(texts)
    # A block printed longer than this holds more than a caption even read once and with
    # its credit labels: kept without reading its words.
    longest_printed = 2 * (max(len(caption.text) + len(caption.credit or "") for caption in captions) + CAPTION_LABEL_CHARS)
    vocabulary = set(said.split()) | CAPTION_LABEL_WORDS  # a block opening with another word is no caption
    # Captions printing labels alone ("(Image Source)"): a block printing the same goes too
    labels_only = {printed for caption in captions if (printed := " ".join(tokens(caption.text))) and not _caption_words(caption.text)}
    kept = []
    for block in blocks:
        first = FIRST_WORD.search(block.text)
        if (
            block.kind is BlockKind.HEADING
            or len(block.text) > longest_printed
            or (first is not None and first.group().lower() not in vocabulary)
        ):
            kept.append(block)
            continue
        printed = printed_once(block.text)
        words = _caption_words(printed)
        if not words:
            if not labels_only or " ".join(tokens(printed)) not in labels_only:
                kept.append(block)
        elif len(words) > longest or f" {words} " not in said:  # a longer one holds more than a caption
            kept.append(block)
        elif " " not in words and words not in wholes:
            kept.append(block)  # one word of a caption's ("Moss" in "Attach moss."): a list's item, a label
    if len(kept) == len(blocks):
        return kept  # (most pages: no caption printed in the story)
    left, whole = word_total([block.text for block in kept]), word_total([block.text for block in blocks])
    if whole - left >= MIN_CAPTIONED_STORY_WORDS and left * CAPTIONED_STORY_RATIO < whole:
        return blocks  # a story told in its pictures' captions: CAPTIONED_STORY_RATIO
    return kept


# "Associated Press writers A, B, C, … contributed to this report." runs long; a longer
# paragraph naming "reporting by" is the story's own.  Measured on article pages (after
# `drop_captions`): Zyte exact match 72 -> 77 pages, F1 0.9610 -> 0.9617 (valid 0.9457 ->
# 0.9456: one gold keeps "Follow NBC Latino on Facebook, Twitter and Instagram."); WCXB
# articles unchanged at 0.9655, exact 144 -> 145.  Headings left at the very end go too
# (they head nothing): Zyte 0.9618 -> 0.9624, exact 78 -> 81; WCXB articles 0.9655 ->
# 0.9657, exact 145 -> 150.  Not on other page types: a listing's last items are headings
# (WCXB listings 0.771 -> 0.761 when tried on every page).  Radio and podcast plugs ("Listen
# to … live"), "Click here …" and taxonomy lines ("Filed Under:", "Tags:"): Zyte exact 88 ->
# 91, F1 0.9648 -> 0.9653; WCXB exact 189 -> 190, F1 unchanged.
MAX_CLOSING_WORDS = 60


def is_closing_line(text: str, compiled: bool = True) -> bool:
    """Whether `text` is one of a story's closing lines (`patterns.CLOSING_LINE_PHRASES`).  The
    words are counted only up to the limit (a story's last paragraph runs long), and the
    hints looked for in one compiled scan where `text_fast` is built (`patterns.hinted_texts`)."""
    if len(text.split(None, MAX_CLOSING_WORDS)) > MAX_CLOSING_WORDS:
        return False
    return hinted_texts(_CLOSING_HINTS, CLOSING_LINE_HINTS, [text], compiled) == [0] and CLOSING_LINE.search(text.lower()) is not None


def is_share_bar(text: str) -> bool:
    """A line of share or follow buttons' names (`patterns.SHARE_BAR_WORDS`), opening with one
    (tested first: most lines do not)."""
    if text.split(" ", 1)[0].lower().strip(",|•·") not in SHARE_BAR_WORDS:
        return False
    words = text.lower().split()
    named = sum(word.strip(",|•·") in SHARE_BAR_WORDS for word in words)
    return named >= MIN_SHARE_BAR_WORDS and named >= SHARE_BAR_SHARE * len(words)


PAGER_INITIALS = frozenset("pPbB«‹<←")  # a pager's line opens with a number or one of these


def is_navigation_line(text: str) -> bool:
    """A short line labelling a way around the page (`patterns.NAVIGATION_LINE`), a
    button's or control's label (`patterns.interface_label`), a slideshow's counter or a
    pager (`patterns.is_pager_line`)."""
    if interface_label(text) is not None or is_gallery_counter(text):
        return True
    if (text[:1].isdigit() or text[:1] in PAGER_INITIALS) and is_pager_line(text):
        return True
    return (
        text[:1] in NAVIGATION_INITIALS
        and not text.endswith((".", "!", "?"))
        and NAVIGATION_LINE.match(text) is not None
        and len(text.split()) <= MAX_NAVIGATION_WORDS
    )


def drop_navigation_lines(blocks: list[Block]) -> list[Block]:
    """`blocks` without navigation lines (`is_navigation_line`); never all of them."""
    kept = [block for block in blocks if not is_navigation_line(block.text)]
    return kept or blocks


def _points_to_more(text: str) -> bool:
    return words_at_most(text, MAX_POINTER_WORDS) and MORE_COVERAGE.search(text.lower()) is not None


def trim_closing_lines(blocks: list[Block]) -> list[Block]:
    """Drop the closing lines of a story (`patterns.CLOSING_LINE_PHRASES`) and headings from
    the end of the body, and a list of links closing it under a pointer to more coverage
    (`patterns.MORE_COVERAGE`: "More Great WIRED Stories"); never the only block."""
    end = start = len(blocks)
    while start > 1 and blocks[start - 1].kind is BlockKind.LIST_ITEM:
        start -= 1
    if 1 < start < end and _points_to_more(blocks[start - 1].text):
        end = start  # the list closing the body goes with the pointer to more coverage above it
    while end > 1 and (blocks[end - 1].kind is BlockKind.HEADING or is_closing_line(blocks[end - 1].text)):
        end -= 1  # a heading with nothing under it heads no part of the story
    return blocks[:end]


MAX_FEEDBACK_WORDS = 12  # "Was this article helpful for you?"; longer is a sentence of the page


def trim_feedback_prompts(blocks: list[Block]) -> list[Block]:
    """Drop a feedback widget's prompts ("Was this page helpful?", `patterns.FEEDBACK_PROMPT`) and
    the headings left over them from the end of any page's content; never the only block."""
    end, prompted = len(blocks), False
    while end > 1:
        last = blocks[end - 1]
        if len(last.text.split()) <= MAX_FEEDBACK_WORDS and FEEDBACK_PROMPT.search(last.text.lower()):
            prompted = True
        elif last.kind is not BlockKind.HEADING:
            break
        end -= 1
    return blocks[:end] if prompted else blocks  # headings alone at the end stay: no widget stood under them


# An author box closing a story ("Sam Ortiz covers city hall for Valley News. Reach him at …"):
# a paragraph among the body's last AUTHOR_BIO_BLOCKS, in its second half, opening with the
# name of one of the article's authors (a full name: first and last) and going on to say more;
# or with the author's first name alone, a verb of a life story and a person's pronoun ("Sarah
# is a writer, teacher and mother. … she writes about …", "Jean-Luc started CNX Software in
# 2010, before quitting his job": a company named as the author, "QCY is already embracing …",
# is no person).  The box's name may stand over it as a label of its own, which goes too.
AUTHOR_BIO_BLOCKS = 3
MIN_BIO_WORDS = 6  # the name and what the author does
BIO_VERB = re.compile(r"(?:is|was|has|founded|started|writes|works|covers|lives|joined|loves|holds|spent)\b")
PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers)\b")


# An author box's heading naming the author: "About Jane Doe", "Über Jane Doe", "Sobre Jane Doe".
_ABOUT_AUTHOR = re.compile(r"(?:about|über|à propos de|sobre|acerca de|informazioni su)\s+(.{3,60}?)\s*:?$", re.I)
BIO_OPENING_CHARS = 120  # room for a name and the verb after it: only this much is case-folded to look


def _opens_bio(text: str, names: tuple[str, ...], first_names: tuple[str, ...]) -> bool:
    opening = text[:BIO_OPENING_CHARS].casefold()
    if opening.startswith(names):
        return True
    if not any(opening.startswith(first) and BIO_VERB.match(opening, len(first)) for first in first_names):
        return False
    return PERSON_PRONOUN.search(text.casefold()) is not None


# An author box's link to the author's archive, closing its bio ("A computer science professor
# at … View all posts by Daniel Lemire": WordPress's default themes print the box so, under a
# "Published by" heading and the name).  It says whose box it is, so no author need be known.
AUTHOR_ARCHIVE_LINK = re.compile(r"\b(?:view|see|read|browse|show)\s+(?:all|more)\s+(?:posts|articles|stories|entries)\s+(?:by|from)\s+[^.!?\n]{2,60}$", re.I)
ARCHIVE_LINK_HINTS = ("posts", "articles", "stories", "entries")  # one in every match (lower-cased)
# The labels over such a box: its heading ("Published by", "About the author") and the name.
MAX_BOX_LABELS = 2
MAX_BOX_LABEL_WORDS = 5


def _closing_blocks(blocks: list[Block]) -> range:
    """The indexes an author box may start at: the body's last AUTHOR_BIO_BLOCKS, in its second half, never the first."""
    return range(max(len(blocks) - AUTHOR_BIO_BLOCKS, len(blocks) // 2, 1), len(blocks))


def _archive_box_start(blocks: list[Block]) -> int | None:
    """Where an author box ending on its archive link (`AUTHOR_ARCHIVE_LINK`) starts among the
    body's last AUTHOR_BIO_BLOCKS: the bio's block, with the short unpunctuated labels right
    over it; None without one."""
    for k in _closing_blocks(blocks):
        text = blocks[k].text
        lowered = text.lower()
        if any(word in lowered for word in ARCHIVE_LINK_HINTS) and AUTHOR_ARCHIVE_LINK.search(text):
            start = k
            while start > max(1, k - MAX_BOX_LABELS) and _is_box_label(blocks[start - 1].text):
                start -= 1
            return start
    return None


def _is_box_label(text: str) -> bool:
    return 0 < len(text.split()) <= MAX_BOX_LABEL_WORDS and not text.endswith(SENTENCE_END)


# The line opening an author box by signing it: a verb or two, "by", and one of the article's
# authors ("Veröffentlicht von Henning Lobin", "Posted by Jane Doe", "Written by: Jane Doe").
_SIGNED = re.compile(r"^(?:[^\W\d_]+\s+){0,2}(?:by|von|par|por|door|av|di|de)\s*:?\s+(.{3,60})$", re.I)
BIO_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.QUOTE})  # a bio set as a block quote too


# An author box's own heading, whoever it is about ("About the author", "Über den Autor/ die
# Autorin", "À propos de l'auteur"): under MIN_WORDS_OVER_BOX words of story, over a paragraph,
# it closes the story, and what the page prints under the box (its comments, post navigation,
# reading tips) goes with it; no author need have been read.  Held-out silver 0.8764 -> 0.8820
# (netzpolitik.org's box over its 91 comments 0.42 -> 0.96); no dev page has one.
AUTHOR_BOX_LABEL = re.compile(
    r"(?:about the (?:authors?|writer)|über (?:den|die) autor(?:in|en)?(?:\s*/\s*(?:die )?autorin)?|zum autor|zur autorin"
    r"|à propos de l['’]auteur(?:e|rice)?|sobre (?:el|la|o|a) autor(?:a)?|sull['’]autore|over de auteur|o autorze)\s*:?",
    re.I,
)
MAX_BOX_LABEL_CHARS = 40
MAX_BOX_NAME_WORDS = 4  # a line this short between the label and the bio is the author's name
MIN_WORDS_OVER_BOX = 150  # the story's words over the box (a profile under the byline stands over the story)


def labelled_box_start(blocks: list[Block]) -> int | None:
    """Where a box headed AUTHOR_BOX_LABEL starts under MIN_WORDS_OVER_BOX words of the story,
    over a paragraph of MIN_BIO_WORDS words or more (a name's line between them); None without one.
    (Words, not the body's second half: a box over a long comment section stands in the first.)
    The labels are looked for first (short blocks only); words are counted only over one."""
    labels = [k for k, block in enumerate(blocks[:-1]) if len(block.text) <= MAX_BOX_LABEL_CHARS and AUTHOR_BOX_LABEL.fullmatch(block.text.strip())]
    for k in labels:  # (most pages: none)
        after = blocks[k + 1]
        if len(after.text.split()) <= MAX_BOX_NAME_WORDS and k + 2 < len(blocks):
            after = blocks[k + 2]  # the name over the bio ("Markus Reuter")
        if after.kind is not BlockKind.PARAGRAPH or len(after.text.split()) < MIN_BIO_WORDS:
            continue
        if sum(len(block.text.split()) for block in blocks[:k] if block.kind is BlockKind.PARAGRAPH) >= MIN_WORDS_OVER_BOX:
            return k
    return None


def drop_author_bio(blocks: list[Block], authors: list[str], labelled: bool = True) -> list[Block]:
    """The body up to the author box closing it (see AUTHOR_BIO_BLOCKS), the list of labels
    right over it (share buttons: "twittern", "e-mail") gone too; never the only block.
    `labelled`: look for a box under its own heading (`labelled_box_start`) too; a caller that
    has looked already passes False."""
    if len(blocks) < 3:
        return blocks
    start = _archive_box_start(blocks)
    if start is None and labelled:
        start = labelled_box_start(blocks)
    if start is None and authors:
        start = _author_box_start(blocks, authors)
    if start is None:
        return blocks
    while start > 1 and blocks[start - 1].kind is BlockKind.LIST_ITEM and _is_label(blocks[start - 1]):
        start -= 1  # a share bar's buttons over the box ("twittern", "e-mail"); a sign-off paragraph stays
    return blocks[:start]


def _author_box_start(blocks: list[Block], authors: list[str]) -> int | None:
    """Where the box about one of `authors` closing the body starts: its heading ("About Jane
    Doe"), its signed line ("Published by Jane Doe"), or the bio opening on the author's name
    (with the name over it as a label of its own); None without one."""
    names = tuple(f"{name.casefold()} " for name in authors if " " in name.strip())
    first_names = tuple(f"{name.split()[0].casefold()} " for name in authors if name.split() and name.split()[0][:1].isupper())
    if not first_names:
        return None
    for k in _closing_blocks(blocks):
        block = blocks[k]
        if (about := _ABOUT_AUTHOR.match(block.text) or _SIGNED.match(block.text)) and f"{about.group(1).casefold()} " in names:
            return k  # the box's heading: "About Jane Doe", "Sobre Carlos Nadalim", "Veröffentlicht von Henning Lobin"
        if block.kind in BIO_KINDS and _opens_bio(block.text, names, first_names) and len(block.text.split()) >= MIN_BIO_WORDS:
            label = f"{blocks[k - 1].text.casefold()} "
            return k - 1 if k > 1 and (label in names or label in first_names) else k
    return None


# An affiliate disclosure (`patterns.DISCLOSURE`) stands over the story, among its first
# DISCLOSURE_OPENING_BLOCKS, or closes it, among its last DISCLOSURE_CLOSING_BLOCKS; a longer
# block holding one is a paragraph that also says it.
DISCLOSURE_OPENING_BLOCKS = 6
DISCLOSURE_CLOSING_BLOCKS = 3
MAX_DISCLOSURE_WORDS = 80
MAX_DISCLOSURE_CHARS = 20 * MAX_DISCLOSURE_WORDS  # longer texts hold more words than that in any alphabet: not split to count


def is_disclosure(text: str, compiled: bool = True) -> bool:
    """Whether `text` is an affiliate or sponsorship disclosure (`patterns.DISCLOSURE`)."""
    return bool(_disclosures([text], compiled))


def _disclosures(texts: list[str], compiled: bool = True) -> list[int]:
    """The indexes of `texts` that are disclosures: short, holding a hint (`patterns.DISCLOSURE_HINTS`,
    one compiled scan for them all where `text_fast` is built), then matching the patterns."""
    found = []
    for i in hinted_texts(_DISCLOSURE_HINTS, DISCLOSURE_HINTS, texts, compiled):  # most texts hold no hint
        text = texts[i]
        if len(text) > MAX_DISCLOSURE_CHARS or len(text.split(None, MAX_DISCLOSURE_WORDS)) > MAX_DISCLOSURE_WORDS:
            continue
        lowered = text.lower()
        if DISCLOSURE.search(lowered) is not None and DISCLOSURE_CONTEXT.search(lowered) is not None:
            found.append(i)
    return found


def edge_disclosures(texts: list[str]) -> set[int]:
    """The indexes of the story's texts, in order, that are disclosures over or under it (see
    DISCLOSURE_OPENING_BLOCKS); never all of them (an empty set then).  Both modes ask it."""
    n = len(texts)
    edges = sorted({*range(min(DISCLOSURE_OPENING_BLOCKS, n)), *range(max(n - DISCLOSURE_CLOSING_BLOCKS, 0), n)})
    notices = {edges[k] for k in _disclosures([texts[i] for i in edges])}
    return notices if len(notices) < n else set()


# A comment section's heading, count or loading notice left as a story's last lines ("Comments
# (35)", "Commentaires", "Kommentare werden geladen…"): the section it heads has gone (its comments
# loaded by script, or cut: `clean.lines.comment_section_start`, the block model), and it labels
# nothing (held-out pages in English, French and German; no dev gold ends on one).
MAX_CLOSING_COMMENT_LABEL_WORDS = 5


def _is_comment_label(text: str) -> bool:
    return words_at_most(text, MAX_CLOSING_COMMENT_LABEL_WORDS) and (
        COMMENT_BREAK.search(text) is not None or OTHER_COMMENT_BREAK.search(text) is not None
    )


def closing_comment_labels(texts: list[str]) -> int:
    """Where the comment-section labels the story's `texts` end on begin (see above): their
    number when there are none; never 0 (the first text stays)."""
    end = len(texts)
    while end > 1 and _is_comment_label(texts[end - 1]):
        end -= 1
    return end


def drop_disclosures(blocks: list[Block]) -> list[Block]:
    """`blocks` without the disclosures over or under the story (`edge_disclosures`)."""
    notices = edge_disclosures([block.text for block in blocks])
    return [block for k, block in enumerate(blocks) if k not in notices] if notices else blocks


# A labelled pointer to another story ("READ MORE: …", "Related: …", "On Example.com: …")
# is a headline, not a paragraph: longer lines opening with such a label are prose.
# On article pages: Zyte 0.9645 -> 0.9648, exact 87 -> 88; WCXB unchanged (its gold keeps
# some "Also read:" lines and drops others).  The issue asks for them out of the body.
MAX_POINTER_WORDS = 30
POINTER_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})


def split_related_pointers(blocks: list[Block]) -> tuple[list[Block], list[RelatedLink]]:
    """The body without its labelled pointers to other stories, and those stories' titles."""
    kept: list[Block] = []
    related: list[RelatedLink] = []
    for block in blocks:
        title = related_title(block.text) if block.kind in POINTER_KINDS else None  # most texts fail at once: no colon
        if title and len(block.text.split()) <= MAX_POINTER_WORDS:
            related.append(RelatedLink(title))
        else:
            kept.append(block)
    return (kept, related) if kept else (blocks, [])


# A related-stories list left in the body (an unclassed "Related stories" heading over a list of
# links, in the middle of the story, where the block model keeps it): once its links are the
# page's related links (`furniture.heading_related`), its items and heading leave the body.  At
# least MIN_RELATED_ENTRIES items: a story's own list may name one of them (WCXB 0035 and 0400
# keep one such item in their golds; with one item: 3 pages move, +0.0008 summed).
MIN_RELATED_ENTRIES = 2


def drop_related_entries(blocks: list[Block], titles: set[str]) -> list[Block]:
    """`blocks` less the list items printing one of the related links' `titles` (when
    MIN_RELATED_ENTRIES or more do) and the related-stories headings over them."""
    if not titles:
        return blocks
    entries = [k for k, block in enumerate(blocks) if block.kind is BlockKind.LIST_ITEM and block.text in titles]
    if len(entries) < MIN_RELATED_ENTRIES:
        return blocks
    gone = set(entries) | {k for k, block in enumerate(blocks) if block.kind is BlockKind.HEADING and is_related_heading(block.text)}
    return [block for k, block in enumerate(blocks) if k not in gone] or blocks


# An embedded player's lines printed in the story ("WATCH: Drone video shows the flooding", "Click to
# play video: 'Drone video shows …'"), as text mode reads them (`clean.furniture.MEDIA_LABELS`,
# `PLAYER_LINE`): the player's, not the story's; its title joins the media.  Only the labels that
# ask the reader to play something (PLAYER_LABELS): "Video: 4K/30p" is a camera's spec and
# "Photo: Shutterstock" a credit (WCXB: with every MEDIA_LABELS label, 5 spec lines lost).
PLAYER_LABELS = ("watch", "listen")
PLAYER_OPENINGS = (*PLAYER_LABELS, "click ")  # "Click to play video: …" (`clean.furniture.PLAYER_LINE`)


def _played_media(text: str) -> Media | None:
    """The medium a player's line names (`PLAYER_LABELS` or the player's own line), else None."""
    if not text[:6].lower().startswith(PLAYER_OPENINGS) or ":" not in text:
        return None
    if (title := player_title(text)) is not None:
        return Media("video", title)
    return media_embed(text)


def split_media_labels(blocks: list[Block]) -> tuple[list[Block], list[Media]]:
    """The body without its media labels and player lines, and the media they name (once each)."""
    kept: list[Block] = []
    media: list[Media] = []
    for block in blocks:
        found = (
            _played_media(block.text)
            if block.kind in POINTER_KINDS and block.text[:6].lower().startswith(PLAYER_OPENINGS) and words_at_most(block.text, MAX_POINTER_WORDS)
            else None
        )  # the opening first: most blocks are paragraphs, which splitting into words costs most
        if found is None:
            kept.append(block)
        elif all(item.title != found.title for item in media):
            media.append(found)
    return (kept, media) if kept else (blocks, [])


# An appeal opens among the body's last APPEAL_WINDOW blocks, in a paragraph or heading of at
# most MAX_APPEAL_OPENING_WORDS words (`patterns.APPEAL_OPENING`); list items are the
# story's own ("Crowdfunding/donations: …").  On article pages: WCXB valid 0.8723 -> 0.8728
# (three pages: Hechinger-style "small favor to ask" boxes, "We need your help to keep
# publishing", "Support …! Donate via …"), train +0.0001, Zyte unchanged; no page down.
# The openings no story prints of itself (`patterns.APPEAL_OPENING_ANYWHERE`: "small favor
# to ask", "Support X!", "Republish this article") open an appeal anywhere after the body's
# first APPEAL_AFTER_SHARE of characters: a republishing box runs 20 lines and more.  Text
# mode: WCXB 0.8461 -> 0.8470 (valid 0.8145 -> 0.8168; three pages up 0.20-0.50, none
# down); HTML unchanged (its appeals are cut at the end, or not kept at all).
APPEAL_WINDOW = 6
MAX_APPEAL_OPENING_WORDS = 40
# Before the last blocks only texts opening so, or holding "favo", are read: each
# APPEAL_OPENING_ANYWHERE alternative needs one ("Support …!", "Unterstützen Sie …!", "Republish …",
# "small favo(u)r").
_ANYWHERE_OPENINGS = tuple(
    variant
    for verb in dict.fromkeys(("republish", *(verb.split()[0] for verb in APPEAL_VERBS)))
    for variant in (f"{verb} ", f"{verb.capitalize()} ", f"{verb.upper()} ")
)  # each `patterns.APPEAL_OPENING_ANYWHERE` alternative's first word, as a line opens with it
_FAVOUR = ("favo", "FAVO")
APPEAL_AFTER_SHARE = 0.25  # results are the same from 0.01 to 0.25; 0.5 misses a box of half a page


def _appeal_window_start(texts: list[str], compiled: bool = True) -> int:
    """The first index past APPEAL_AFTER_SHARE of the texts' characters (at least 1; in C,
    `text_fast.share_index`, where that is built)."""
    if compiled and text_fast is not None:
        return text_fast.share_index(texts, APPEAL_AFTER_SHARE)
    ends = list(accumulate(map(len, texts)))
    return min(len(texts), max(1, bisect_left(ends, APPEAL_AFTER_SHARE * ends[-1]) + 1)) if ends else 0


def _far_openings(texts: list[str], first: int, last: int, compiled: bool = True) -> list[int]:
    """Indexes in [first, last) of the texts that may open with an `APPEAL_OPENING_ANYWHERE`
    alternative: opening with "Support " or "Republish ", or holding "favo" ("small favo(u)r");
    in one C pass (`text_fast.opening_or_holding`) where that is built."""
    if compiled and text_fast is not None:
        return text_fast.opening_or_holding(texts, first, last, _ANYWHERE_OPENINGS, _FAVOUR)
    return [
        i for i in range(max(first, 0), min(last, len(texts)))
        if texts[i].startswith(_ANYWHERE_OPENINGS) or any(needle in texts[i] for needle in _FAVOUR)
    ]  # fmt: skip


def appeal_start(texts: list[str], eligible: list[bool] | None = None) -> int | None:
    """Index of the line opening a fundraising or republishing appeal, if one does: the
    body ends before it.  Among the last APPEAL_WINDOW of `texts` (never the first) any
    `APPEAL_OPENING`; before them, after the body's first quarter, only
    `APPEAL_OPENING_ANYWHERE`.  `eligible`, when given, says which texts may open one
    (HTML: not list items)."""
    if len(texts) < 2:
        return None
    last = max(1, len(texts) - APPEAL_WINDOW)
    first = min(last, _appeal_window_start(texts))
    tail = [last + k for k in hinted_texts(_APPEAL_HINTS, APPEAL_HINTS, texts[last:])]  # most bodies' last lines hold none
    candidates: list[int] = [*_far_openings(texts, first, last), *tail]
    for i in candidates:
        low = texts[i].lower()
        if (
            any(hint in low for hint in APPEAL_HINTS)
            and (eligible is None or eligible[i])
            and len(low.split()) <= MAX_APPEAL_OPENING_WORDS
            and (APPEAL_OPENING if i >= last else APPEAL_OPENING_ANYWHERE).search(low)
        ):
            return i
    return None


def cut_appeal(blocks: list[Block]) -> list[Block]:
    """The body up to the first line of a fundraising or republishing appeal among its last
    blocks (`appeal_start`); never the first block."""
    start = appeal_start([block.text for block in blocks], [block.kind is not BlockKind.LIST_ITEM for block in blocks])
    return blocks if start is None else blocks[:start]


# A label's heading left last (`drop_trailing_headings`), on every page type: WCXB 3 pages up by
# up to 0.005, none down.  Any heading left last: 77 pages moved, services -0.06 and docs -0.005
# summed (their golds end on a call to act, "Contact our data analytics professionals").


def drop_related_headings(blocks: list[Block]) -> list[Block]:
    """A story's blocks less its headings that only label a related-stories box ("Related",
    "Most Read", "You may also like": `patterns.interface_label`'s "related"), wherever they
    stand: the box's links have gone (the block model dropped them, or they joined the related
    links), and its heading left mid-story reads as one of the story's (held-out: a Canadian
    daily's "Related" between two paragraphs of a wire story; WCXB: four articles lose one, three
    up, one down by 0.0003)."""
    if not any(block.kind is BlockKind.HEADING for block in blocks):
        return blocks
    return [block for block in blocks if block.kind is not BlockKind.HEADING or interface_label(block.text) != "related"]


def drop_trailing_headings(blocks: list[Block]) -> list[Block]:
    """`blocks` less an interface label's heading at their end ("Related posts", "Leave a
    comment": `patterns.interface_label`), over nothing: the section it labelled (a
    related-stories list, a comment form) has gone, the block model having dropped it."""
    if len(blocks) > 1 and blocks[-1].kind is BlockKind.HEADING and interface_label(blocks[-1].text) is not None:
        return blocks[:-1]
    return blocks
