"""Label each line of scraped text: title, body, heading, furniture or a removal reason.

Structural furniture (related-story pointers, media embeds, twice-printed
captions) is recognised by rules (`furniture.py`); the headline is the
page's <title> (the first line) or its headline printed again (`title.py`); every other
line is kept or dropped by the line model (`features.py`, trained by
`scripts/train_lines.py`, applied with the same numpy tree walker as the
block model).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress, pairwise
from operator import attrgetter
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from copydesk.clean.features import (
    FURNITURE_KINDS,
    LINE_FEATURES,
    MAX_STAMP_WORDS,
    MIN_PROSE_WORDS,
    MIN_SENTENCE_WORDS,
    RELATIVE_TIME,
    RELATIVE_TIME_HINTS,
    STAMP,
    LineFlags,
    RawLine,
    furniture_candidates,
    is_prose,
    is_stamp,
    line_rows,
    split_lines_with_columns,
)
from copydesk.clean.furniture import (
    CREDIT_INITIALS,
    CREDIT_LABEL_NOUNS,
    caption_with_credit,
    credit_alone,
    credited_caption,
    embedded_posts,
    media_embed,
    player_title,
    related_title,
)
from copydesk.clean.headline import ranked_title
from copydesk.clean.title import MAX_HEADING_WORDS, find_title, is_stamp_or_byline
from copydesk.extract.byline import BYLINE_UNDER_HEADLINE_LINES, opens_as_byline
from copydesk.extract.patterns import (
    BY_WORDS,
    COMMENT_BREAK,
    COMMENT_COUNT,
    CONTENTS_LABELS,
    COPYRIGHT_LINE,
    EMBED_SIGNATURE,
    MAX_BREAK_WORDS,
    MAX_NAVIGATION_WORDS,
    MAX_PAYWALL_CHARS,
    MAX_PAYWALL_WORDS,
    OTHER_COMMENT_BREAK,
    OTHER_COMMENT_BREAK_HINTS,
    PAYWALL_HINTS,
    PAYWALL_NOTICE,
    PERMALINK_LINE,
    SENTENCE_END_MARKS,
    SHARE_BAR_WORDS,
    TAXONOMY_HINTS,
    TAXONOMY_LINE,
    hinted_texts,
    is_escaped_markup,
    is_filler,
    is_teaser_label,
    joined_starts,
    teaser_section_candidates,
)
from copydesk.extract.runs import STORY_MIN_PARAGRAPHS, keep_runs
from copydesk.extract.scorer import MODEL_DIR, load_forest
from copydesk.extract.stamps import is_date_line
from copydesk.extract.teasers import TRUNCATION_MARKS
from copydesk.extract.tidy import (
    MAX_BYLINE_WORDS,
    appeal_start,
    edge_disclosures,
    is_closing_line,
    is_navigation_line,
    is_share_bar,
    later_prints,
)
from copydesk.model import Caption, Media, RelatedLink

try:  # the compiled first labels (text_fast.pyx); NumPy's where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

LINE_MODEL = MODEL_DIR / "lines.json"
_OTHER_COMMENT_HINTS = text_fast.HintScanner(OTHER_COMMENT_BREAK_HINTS) if text_fast is not None else None
_TAXONOMY_HINTS = text_fast.HintScanner(TAXONOMY_HINTS) if text_fast is not None else None
_PAYWALL_HINTS = text_fast.HintScanner(PAYWALL_HINTS) if text_fast is not None else None
_RELATIVE_TIME_HINTS = text_fast.HintScanner(RELATIVE_TIME_HINTS) if text_fast is not None else None
_WORDS, _PHRASES, _FURNITURE = map(attrgetter, ("words", "phrases", "furniture"))  # read by C iterators
_FURNITURE_REASONS = {kind: f"furniture:{kind}" for kind in FURNITURE_KINDS}
CAPTION_LABEL = _FURNITURE_REASONS["caption"]
KEEP_THRESHOLD = 0.5  # line-model probability above which a line is content
# On a text typed forum (`clean(..., page_type=True)`), a reply is often one short sentence
# that the line model, trained mostly on articles, doubts: a line ending a sentence with at
# least FORUM_SENTENCE_WORDS words is kept from FORUM_SENTENCE_THRESHOLD up.  WCXB typed
# text, forums 0.759 -> 0.787 (60 texts up, 30 down: replies whose gold keeps the first post
# only, or other threads' titles), all 0.8511 -> 0.8534, valid 0.822 -> 0.827; tried at
# 0.1/4, 0.2/4 and 0.3/3 words.
FORUM_SENTENCE_THRESHOLD = 0.3
FORUM_SENTENCE_WORDS = 3
MENU_RUN = 3  # a dropped line in a run of this many short lines is reported as a menu
# Phrases that mark a line as furniture whatever the model says: ads,
# newsletter pitches and "enable JavaScript" notices never belong to an article.  (Cookie, copyright and photo
# words do, in recipes and art reviews, so those stay model signals only.)
HARD_PHRASE_CONCEPTS = frozenset({"ad", "subscribe", "script"})
MAX_FURNITURE_WORDS = 30  # a longer line quoting such a phrase is prose
# When the model keeps nothing, a text that is mostly sentences is kept as
# prose: tiny inputs and giant single lines give the model no context.
PROSE_FALLBACK_SHARE = 0.8
# No page furniture runs ALWAYS_PROSE_WORDS words in sentences: such a line is kept whatever
# the model says.  In sentences: at least one sentence end (SENTENCE_END) per
# WORDS_PER_SENTENCE_END words; a flattened country picker, archive menu or tag list
# runs that long with none (dev lines of 300+ words: prose has 3-25 a hundred words,
# such lists under 1).
ALWAYS_PROSE_WORDS = 300
WORDS_PER_SENTENCE_END = 100
SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_END_MARKS)}]")
# When the lines above the threshold make fewer than SCARCE_WORDS words, the lines above
# SCARCE_THRESHOLD are kept instead: on sites it has not seen, the model is unsure of
# whole pages (as in HTML mode, `ExtractConfig.scarce_words`).  Out-of-fold predictions
# for the train split (5 domain folds) favour 50-150 words at 0.25-0.3 (WCXB +0.001 to
# +0.004, Zyte +0.001); 150 words costs wire briefs shorter than that (two Zyte valid
# pages of 67 and 88 words lose 0.2-0.3), so the bar is 50 words (docs/EXPERIMENTS.md).
SCARCE_WORDS = 50
# A long story's later lines (`_continue_story`; in HTML, `runs.continue_story`).  Like the
# block model, the line model learnt from WCXB golds that stop part way through the longest
# stories: past ~10,000 words it drops runs of a plain story's paragraphs (a 20,000-word
# story kept to 289 of its 400 paragraphs).  Once the kept lines make LONG_STORY_WORDS words
# (the model keeps at least the first half of a story that long), with STORY_MIN_PARAGRAPHS
# prose lines among them, the prose lines between the first and last kept ones and the
# unbroken runs of prose lines either side are kept too.  Measured at 4,000 / 5,000 / 6,000
# words: WCXB text mode 50 / 26 / 17 pages moved, -0.65 / -0.40 / -0.29 F1 summed (golds
# that stop early, closing appeals); at 6,000 a 10,000-word story still loses 87 of its 200
# paragraphs (docs/EXPERIMENTS.md, Session 35).
LONG_STORY_WORDS = 5_000
SCARCE_THRESHOLD = 0.25
# Lines are kept in runs (`extract/runs.py`): each switch between keeping and dropping
# costs LINE_RUN_PENALTY in score units (a line of 4 words at probability 0.73 against the
# 0.5 bar scores 2).  Chosen on the train split: WCXB train 0.8527 (no runs) / 0.8524 /
# 0.8546 / 0.8540 / 0.8516 at penalties 1 / 2 / 3 / 4; Zyte train 0.8887 / 0.8956 / 0.8982
# / 0.9009 / 0.9013.  On the valid split at 2: WCXB 0.8068 -> 0.8118, Zyte 0.8271 ->
# 0.8422.  Forum threads lose most (0.775 -> 0.753: short replies between dropped user
# names); articles, collections, products and services gain (docs/EXPERIMENTS.md, Session 10).
LINE_RUN_PENALTY = 2.0
# A comment section under an article: a short comment-section heading (`COMMENT_BREAK`)
# after at least COMMENT_AFTER_WORDS words of kept text, followed within COMMENT_WINDOW
# lines by COMMENT_MIN_STAMPS time-stamp lines, on a page with at most
# MAX_STAMPS_BEFORE_COMMENTS stamps above the heading (an article has a dateline or
# none; forum threads and listings date every post and item, and there the "replies"
# are the content).  Every kept line from the heading on is dropped.  Measured on the
# dev sets (docs/EXPERIMENTS.md, Session 6): Zyte valid 0.775 -> 0.797, WCXB valid
# +0.002, no page type down; 6 pages up, 1 forum announcement page down.
# The heading may also be longer if it opens with the comment count (`COMMENT_COUNT`),
# up to MAX_COUNTED_HEADING_WORDS words.  A comment's header line counts as a stamp too
# ("Jane on September 12, 2018 at 4:47 pm said:": dated, ending in a colon, up to
# MAX_COMMENT_HEADER_WORDS words), the page's title lines do not count against the cut,
# and a post of 50 kept words is enough above it (session 13, was 100: an open thread's
# two paragraphs under WordPress comments, Zyte 0.10 -> 1.00; no other dev page changed).
COMMENT_AFTER_WORDS = 50
MAX_COUNTED_HEADING_WORDS = 25
# A line that is only a clock reading ("1:41", "1:02:33") above the heading is a video's
# length, not a post's time stamp: it does not count against the cut.
DURATION = re.compile(r"\d{1,2}(?::\d{2}){1,2}")
COMMENT_WINDOW = 15
# Under a comment heading in another language (`patterns.OTHER_COMMENT_BREAK`), a comment form's
# labels and its site's rules for commenters often stand between the heading and the first
# comment ("Kommentar verfassen", "Name *", "E-Mail *", a privacy notice …): the stamps are
# looked for in twice as many lines.  Dev text mode unchanged (its pages are English); held-out
# silver 0.8733 -> 0.8764, three German blogs up (0.52 -> 0.75, 0.77 -> 0.96, 0.78 -> 0.98), none
# down.  For every heading, 25 lines moved WCXB pages both ways (3 up, 2 down by up to 0.20)
# and 40 lost a Zyte story whole (docs/EXPERIMENTS.md, session 52).
OTHER_COMMENT_WINDOW = 30
MAX_COMMENT_HEADER_WORDS = 16
COMMENT_MIN_STAMPS = 3
# Counted from HEADLINE_STAMP_LINES under the headline on: the page's date over its headline and
# its byline's stamp under it are its own (a Spanish paper's comment section was kept, three of
# its own stamps counted: newspaper4k's page 0.63 -> 1.0 in text mode; dev text unchanged).
MAX_STAMPS_BEFORE_COMMENTS = 1
KEPT_LABELS = frozenset({"body", "heading"})
BODY_LABELS = frozenset({"body"})  # the story's paragraphs
COMMENTS_REASON = "boilerplate:comments"
PAYWALL_REASON = "boilerplate:paywall"  # a paywall's notice and all kept under it (`_paywall_start`)
CLOSING_REASON = "boilerplate:closing"  # the story's closing lines (`patterns.CLOSING_LINE_PHRASES`)
# HTML printed as text (`patterns.is_escaped_markup`), opening on one of the elements a story's
# body is written in: a template's or an editor's markup leaking into the page ('<span
# data-mce-type="bookmark" …>'), not a code listing's XML ("<Project>") nor a tutorial's page
# head ('<script src="vendor/blanket.js">': Readability's test page 001 prints one).
MARKUP_REASON = "boilerplate:script"
_HTML_TAG_OPENING = re.compile(r"<(?:span|div|p|a|img|section|figure|br|strong|em|b|i|u|ul|ol|li|table|tr|td|h[1-6])\b", re.I)
NEXT_STORY_REASON = "boilerplate:next_story"  # the stories a page appends under its own (`_next_story_start`)
DISCLOSURE_REASON = "boilerplate:disclosure"  # an affiliate disclosure over or under the story (`tidy.edge_disclosures`)
# A copyright notice after COPYRIGHT_AFTER_WORDS kept words, of at most MAX_COPYRIGHT_WORDS
# words, ends the kept lines when the kept lines after it hold less than COPYRIGHT_PROSE_SHARE
# of their words in sentences (terminal, MIN_PROSE_WORDS+): teaser feeds and footers
# printed after the notice go; a site whose layout prints the notice above its story keeps
# the story.  WCXB 0.8458 -> 0.8462 (valid +0.0016), Zyte 0.8919 -> 0.8970 (valid +0.030);
# 5 pages up, none down; shares 0.3-0.7 and 50-200 words move WCXB by -0.0005 to +0.0004.
COPYRIGHT_AFTER_WORDS = 100
MAX_COPYRIGHT_WORDS = 25
COPYRIGHT_PROSE_SHARE = 0.5
# A story's taxonomy line ("Tags: …", "Filed under: …", "getaggt mit: …", WordPress's "This entry
# was posted in …": `patterns.TAXONOMY_LINE`) of at most MAX_TAXONOMY_WORDS words ends the kept
# lines as a copyright notice does (after COPYRIGHT_AFTER_WORDS words of story, when the kept lines
# after it hold less than COPYRIGHT_PROSE_SHARE of their words in sentences): the post
# navigation, comment form and sidebars a blog prints under its tags go with it
# (`_taxonomy_start`).  Zyte text 0.9347 -> 0.9350 (one page 0.84 -> 0.90), WCXB one page up (0.985
# -> 1.0), no dev page down; held-out silver 0.8626 -> 0.8643 (two blogs up, 0.81 -> 0.94 and
# 0.79 -> 1.0, none down).  15 to 60 words: the same records.
MAX_TAXONOMY_WORDS = 30
MAX_TAXONOMY_CHARS = 40  # the hints are looked for in a line's first characters only: its label opens it
FOOTER_REASON = "boilerplate:footer"
NAVIGATION_REASON = "boilerplate:navigation"  # "Table of Contents", "Back to top" (`patterns.NAVIGATION_LINE`)
# A kept line printed again word for word is kept once (`_without_repeats`, HTML mode's rule
# and threshold): a page printing its story twice (an AMP copy, a JSON body rendered as text).
# Zyte 0.9026 -> 0.9059 (valid unchanged; 11 pages up, 1 down), WCXB 0.8470 -> 0.8497 (valid
# 0.8171 -> 0.8204; every type up but documentation, -0.28 F1 units in sum, whose repeated
# notes the gold keeps, as forum golds keep quoted posts).  At 40 and 60 characters WCXB
# 0.8500 / 0.8497, Zyte 0.9053 / 0.9058; any line of 3+ words, WCXB 0.8509 but Zyte valid
# down (meal plans repeat their lines).
REPEATED_REASON = "boilerplate:repeated"
MENU_REASON = "boilerplate:menu"
NOT_PROSE_REASON = "boilerplate:not_prose"
# A long kept line that holds other kept lines word for word is a second print of them: the
# story flattened into one line (a JSON body or an AMP copy rendered as text) beside its own
# paragraphs.  Zyte +0.0034 (two pages 0.64 -> 0.96, 0.67 -> 0.97), WCXB +0.0002 (an article
# 0.62 -> 0.95).  Searching for all kept lines instead of the first four: WCXB +0.0003 (a
# product page up, two documentation pages whose gold keeps a flattened code listing beside
# its lines down), at ten times the cost on long pages.
COPY_LINE_WORDS = 150  # a line this long may be a flattened copy...
COPIED_LINE_WORDS = 8  # ...of kept lines at least this long...
COPY_PROBES = 4  # ...the first this many of which are searched for in it...
COPIES_HELD = 2  # ...and it is one when it holds this many of them
# A teaser list as text: adjacent lines, each a headline and an excerpt cut off with "…"
# (`_without_teaser_runs`; HTML mode reads the same lists from their links, `extract.teasers`).
# Zyte 0.8970 -> 0.8997 (two pages up); WCXB 0.8462 -> 0.8461 (valid +0.0001: two pages up,
# one down, a page of product concepts whose gold keeps its cut-off card texts).  With a
# headline line between excerpts (sidebars of recent posts, "[…]" excerpts): Zyte 0.8997 ->
# 0.9026 (five pages up, none down), WCXB 0.8470 -> 0.8470 (valid 0.8168 -> 0.8171; six
# articles up, a listing of training plans whose gold keeps its cut-off cards down 0.16).
TEASERS_REASON = "boilerplate:teasers"
TEASER_RUN_LINES = 3  # adjacent lines each cut off with "…" make a teaser list
MIN_TEASER_WORDS = 5  # shorter lines ending in "…" are labels ("Read more…")
# An embedded video's transcript printed under it, its lines each opening on their time from the
# video's start ("00:01 But according to …", "00:04 …": `_without_transcript`), TRANSCRIPT_RUN_LINES
# or more kept lines in a row, the first in the video's first minute and none earlier than the
# last: not the story's text.  (Ranked boxes of headlines, "1 …", "2 …", were tried alike and
# not kept: a story's ranked tables print the same way, docs/EXPERIMENTS.md, session 52.)
TRANSCRIPT_RUN_LINES = 5
_VIDEO_TIME = re.compile(r"(\d{1,2}):([0-5]\d)\s+\S")
# Teaser rows and menus the model kept above the headline printed over the story
# (`_drop_above_headline`): Zyte +0.0049 (valid 0.879 -> 0.896), WCXB +0.0003, 19 pages up,
# none down; without its guards a product page and a listing lost all their text.
# A headline with a time stamp or byline on one of the HEADLINE_STAMP_LINES lines under it
# heads an article's opening: what is kept above it goes however long it is (a
# broadcaster's teaser rows above a short wire story outweigh the story), when at least
# MIN_WORDS_UNDER_DATED_HEADLINE kept words follow (a "headline" found at the page's foot,
# over a related-topics list, heads nothing).  Zyte 0.9236 -> 0.9271 (one page 0.25 ->
# 0.89), WCXB +0.0001 (three articles up, none down).
ABOVE_HEADLINE_REASON = "boilerplate:above_headline"
HEADLINE_STAMP_LINES = 2
# ...or on one of the first HEADLINE_STAMP_LINES kept lines among the HEADLINE_STAMP_WINDOW under it
# (ad labels the model dropped between them: "Mobile Payment Anzeige" over a German paper's stamp).
HEADLINE_STAMP_WINDOW = 8
MIN_WORDS_UNDER_DATED_HEADLINE = 50
# Headlines listed under a label naming other stories ("Related articles", "Most read in
# World", "Don't miss", "Latest videos": `patterns.is_teaser_label`) once the story has begun
# (`_drop_teaser_sections`): the label and the kept lines under it up to the first kept
# sentence (ends in ".") or line longer than MAX_TEASER_HEADLINE_WORDS; only on pages whose
# kept words are at least TEASER_SECTION_PROSE_SHARE in sentences (an article's): on
# listings, collections and product pages such lists are often the content (without this
# guard a listing lost 0.49).  Zyte 0.9271 -> 0.9321 (valid 0.8977 -> 0.9155; 16 pages up,
# none down), WCXB 0.8508 -> 0.8509 (articles 26 up, 3 down; 13 listings, collections and
# services down a little, their gold keeping "Most read" or "Related searches" lists).
TEASER_SECTION_PROSE_SHARE = 0.5
MAX_TEASER_HEADLINE_WORDS = 20
FILLER_REASON = "boilerplate:filler"  # a template's placeholder text (`patterns.is_filler`)
OPTIONS_REASON = "boilerplate:options"  # a form's drop-down printed as one line (`_option_list`)
# A drop-down's options printed as one line ("Afghanistan Albania Algeria American Samoa …", a
# newsletter form's country list): MIN_OPTION_WORDS words or more, capitalised nearly all
# (OPTION_CAPITALS_SHARE of those opening with a letter), no sentence's end mark and few commas
# (a list of a paper's authors is written with a comma between names).  On the dev pages' text
# renderings: 134 such lines outside the golds, 2 in (a sports page's team list, a config file).
MIN_OPTION_WORDS = 40
OPTION_CAPITALS_SHARE = 0.85
MAX_OPTION_COMMA_SHARE = 0.1  # of its words: commas and end marks together
OPTION_LETTERED_SHARE = 0.9  # words opening with a letter (not "+--", a code listing's tree)
POLL_REASON = "boilerplate:poll"  # a reader poll's question, answers and tally (`_poll_lines`)
# A reader poll printed with its results (WordPress's WP-Polls: "Yes, the game is cool (29%,
# 1,186 Votes)" / "Total Voters: 4,145"; Crowdsignal's "Yes 41.18% (7 votes)"): two answers or
# more, each closing on its share and votes, in a run; with them the question over them (a line
# asking: "?" in it), a "Poll" label over that, and the tally under them.  An election story's result
# lines ("Jane Doe (54%, 2,345 votes)") are alike: a run is a poll's only under a question or over
# a tally.  Zyte: two pages of one blog (a sidebar poll the line model kept) 0.80 -> 0.99.
_POLL_VOTES = r"(?:votes?|voters?|stimmen|voix|voti|votos|głos(?:y|ów)?|stemmen|röster)"
_POLL_ANSWER = re.compile(
    rf"(?:\(\s*\d{{1,3}}(?:[.,]\d+)?\s?%\s*,\s*\d[\d.,\u202f\xa0 ]*\s{_POLL_VOTES}\s*\)"
    rf"|\d{{1,3}}(?:[.,]\d+)?\s?%\s*\(\s*\d[\d.,\u202f\xa0 ]*\s{_POLL_VOTES}\s*\))$",
    re.I,
)
_POLL_TALLY = re.compile(rf"^total\s+{_POLL_VOTES}\s*:?\s*\d[\d.,\u202f\xa0 ]*$|^(?:stimmen|voix|voti|votos) (?:insgesamt|totales?|total)\s*:?\s*\d", re.I)
_POLL_LABEL = re.compile(r"^(?:(?:reader|readers'|our|quick|weekly|daily|latest|today's)\s+)?(?:polls?|umfrage|sondage|encuesta|sondaggio|enquete|ankieta)\s*:?$", re.I)
MIN_POLL_ANSWERS = 2
MAX_POLL_QUESTION_WORDS = 40
SHARE_BAR_REASON = "boilerplate:share"  # a kept line of share buttons' names (`tidy.is_share_bar`), as the phrase reason
APPEAL_REASON = "boilerplate:appeal"  # a fundraising or republishing appeal under it (`patterns.APPEAL_OPENING`)


@dataclass(slots=True)
class LineScan:
    """What labelling reads from a text before any keep rule (`scan_lines`): its lines, their
    texts and word counts, the furniture the rules find (`mark_furniture`), the line model's
    rows and flags (`features.line_rows`) and its probabilities.  A text typed a forum is
    labelled again from it (`label_scan`'s `forum`), not split and scored again."""

    lines: list[RawLine]
    texts: list[str]
    words: list[int]
    captions: list[Caption]
    related: list[RelatedLink]
    media: list[Media]
    rows: npt.NDArray[np.float64]
    flags: LineFlags
    probabilities: npt.NDArray[np.float64]


@dataclass(slots=True)
class Labelled:
    lines: list[RawLine]
    labels: list[str]  # "title", "body", "heading" or a removal reason slug, one per line
    title: str | None = None  # the page's title (`title.find_title`), its site name cut
    title_line: int | None = None  # the index of the line it was read from
    page_title: str | None = None  # the page's <title>, where a reworded headline was taken for the title
    texts: list[str] = field(default_factory=list)  # the lines' texts
    captions: list[Caption] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    rows: npt.NDArray[np.float64] | None = None  # the line model's features (`LINE_FEATURES`), a row a line
    scan: LineScan | None = None  # what the labels were read from (`label_scan`)
    # a caption printed the only date near the top (the photo's: no publication date), which the
    # page type still reads as a date printed with the story (`pagetype.text_page_features`)
    dated_caption: bool = False


# A line opening as a picture's credit without a colon ("Courtesy of Zillow", "Photo by Jason
# Kempin/Getty Images", "Image via NASA", "Photographed by Sharokh Mirzai.": a held-out fashion
# story printed that under each of its nine pictures): `furniture_candidates` takes the lines with one.
_CREDIT_OPENING = re.compile(rf"^(?:(?:{'|'.join(CREDIT_LABEL_NOUNS)})\s+(?:by|via)|photographed\s+by|courtesy\s+of)\b", re.I | re.M)
# Literals every `_CREDIT_OPENING` match opens with (with one space: a test checks it), looked for
# in the lines' first CREDIT_HINT_CHARS characters by one compiled scan
CREDIT_OPENING_HINTS = (*(f"{noun} {word}" for noun in CREDIT_LABEL_NOUNS for word in ("by", "via")), "photographed by", "courtesy of")
CREDIT_HINT_CHARS = max(map(len, CREDIT_OPENING_HINTS))
_CREDIT_HINTS = text_fast.HintScanner(CREDIT_OPENING_HINTS) if text_fast is not None else None
MAX_CREDIT_LINE_CHARS = 120  # a credit line alone; a longer one holds a caption or a sentence


def _credit_line_candidates(texts: list[str], candidates: list[int]) -> list[int]:
    """`candidates` with the lines opening as a credit without a colon (`_CREDIT_OPENING`): the
    lines holding a hint found by one compiled scan where that is built, else by one search of
    the lines joined."""
    hits = _CREDIT_HINTS.hit_lines(texts, CREDIT_HINT_CHARS) if _CREDIT_HINTS is not None else None  # None: a letter the scan cannot fold
    if hits is not None:
        found = [i for i in hits if _CREDIT_OPENING.match(texts[i])]
    else:
        starts, joined = joined_starts(texts), "\n".join(texts)
        found = [bisect_left(starts, match.start() + 1) - 1 for match in _CREDIT_OPENING.finditer(joined)]
    return sorted({*candidates, *found}) if found else candidates


def mark_furniture(lines: list[RawLine], texts: list[str], out: Labelled) -> None:
    """Related links, media embeds, captions printed twice and credits printed alone, by rule.

    Only the lines a rule could take are looked at (`features.furniture_candidates`, and the
    credit lines `_credit_line_candidates` finds), and every line after the first media embed
    (its title may follow on any line).  A picture's credit on a line of its own ("Courtesy of
    Zillow", "Photo Credit: Screenshot from …") is a caption's: 118 such lines on 34 dev pages
    were kept in text mode, one of them in a gold text."""
    media_titles: set[str] = set()
    candidates = _credit_line_candidates(texts, furniture_candidates(texts))
    k = 0
    while k < len(candidates):
        i = candidates[k]
        k += 1
        line = lines[i]
        if line.furniture:
            continue
        text = line.text
        labelled = ":" in text or "：" in text  # related and media labels end in a colon
        if labelled and (title := related_title(text)) is not None:
            out.related.append(RelatedLink(title))
            line.furniture = "related"
        elif labelled and (embed := media_embed(text)) is not None:
            out.media.append(embed)
            media_titles.add(embed.title or "")
            line.furniture = "media"
        elif labelled and (caption := credited_caption(text)) is not None:  # "… (Photo: AP)"
            if caption not in out.captions:
                out.captions.append(caption)
            line.furniture = "caption"
        elif text[:1] in CREDIT_INITIALS and len(text) <= MAX_CREDIT_LINE_CHARS and (credit := credit_alone(text)) is not None:  # "Courtesy of Zillow"
            if (caption := Caption("", credit)) not in out.captions:
                out.captions.append(caption)
            line.furniture = "caption"
        elif text[:2].lower() == "cl" and (title := player_title(text)) is not None:  # "Click to play ..."
            media_titles.add(title)
            line.furniture = "media"
        elif line.text in media_titles:
            line.furniture = "media_title"
        elif (
            i + 1 < len(lines)
            and lines[i + 1].text.startswith(text)  # caption_with_credit's first test, without the call
            and (caption := caption_with_credit(text, lines[i + 1].text))
        ):
            if caption not in out.captions:
                out.captions.append(caption)
            line.furniture = lines[i + 1].furniture = "caption"
        if media_titles and len(candidates) - k < len(lines) - i - 1:
            candidates[k:] = range(i + 1, len(lines))  # a media title may be any later line


def _mark_embedded_posts(lines: list[RawLine], texts: list[str], out: Labelled) -> None:
    """An embedded post's lines (`furniture.embedded_posts`) are media furniture; each post with a
    signature is a social post in the media records, its signature its title."""
    for first, last, signature in embedded_posts(texts):
        for i in range(first, last + 1):
            lines[i].furniture = lines[i].furniture or "media"
        if signature:
            out.media.append(Media("social", signature))


@lru_cache(maxsize=256)
def _phrase_reason(concepts: frozenset[str]) -> str:
    """The reason for a line cut for its furniture phrases: its first concept in name order
    (one string per set of concepts, so each line's label is a shared, already-hashed string)."""
    return f"boilerplate:{min(concepts)}"


_BASE_LABELS = ("heading", "body", MENU_REASON, REPEATED_REASON, NOT_PROSE_REASON)
_TERMINAL_COLUMN, _SHORT_RUN_COLUMN, _REPEATS_COLUMN, _BREAK_COLUMN, _LEGAL_COLUMN, _PROSE_COLUMN = map(
    LINE_FEATURES.index, ("terminal", "short_run", "repeats", "is_break", "says_legal", "prose")
)


def _labels(lines: list[RawLine], texts: list[str], words: list[int], keep: list[bool], rows: npt.NDArray[np.float64], title: int | None) -> list[str]:
    """Each line's label.  By precedence: a furniture rule's; "title"; a hard furniture phrase's
    reason; for a kept line, navigation, "heading" (short, unterminated) or "body"; for a
    dropped one, its phrases' reason, a menu (in a run of short lines), printed again, or not
    prose.  The kept/dropped split and its reasons are taken for all lines at once from the
    feature columns; the lines a higher rule claims are then relabelled one by one, lowest
    rule first."""
    n = len(lines)
    if not n:
        return []
    labels, kept_short = _base_labels(keep, words, rows)
    for i in kept_short:
        if is_navigation_line(texts[i]):
            labels[i] = NAVIGATION_REASON
        elif is_share_bar(texts[i]) or (_is_share_button(texts[i]) and _by_share_button(texts, i)):
            labels[i] = SHARE_BAR_REASON
    _label_kept_widgets(lines, texts, words, keep, labels)
    saying, claimed = _marked_lines(lines)
    for i in saying:  # the few lines holding furniture phrases
        if (hard := _hard_furniture(lines[i])) is not None:
            labels[i] = hard
        elif not keep[i]:
            labels[i] = _phrase_reason(lines[i].phrases)
    if title is not None:
        labels[title] = "title"
    for i in claimed:
        labels[i] = _FURNITURE_REASONS[lines[i].furniture]
    return labels


def _label_kept_widgets(lines: list[RawLine], texts: list[str], words: list[int], keep: list[bool], labels: list[str]) -> None:
    """Relabel the kept lines that are a template's filler, a drop-down's options or a reader
    poll's (with the poll's lines around them, kept or not), whatever the model says."""
    for i in compress(range(len(lines)), keep):
        if is_filler(texts[i]):  # a template's "Lorem ipsum …" (`patterns.is_filler`)
            labels[i] = FILLER_REASON
        elif words[i] >= MIN_OPTION_WORDS and not lines[i].terminal and _option_list(texts[i]):
            labels[i] = OPTIONS_REASON
        elif texts[i][-1:] == ")" and labels[i] != POLL_REASON and _POLL_ANSWER.search(texts[i]) is not None:
            for k in _poll_lines(texts, i):
                labels[k] = POLL_REASON


def _option_list(text: str) -> bool:
    """Whether `text` reads as a drop-down's options on one line (MIN_OPTION_WORDS and the shares above)."""
    words = text.split()
    if len(words) < MIN_OPTION_WORDS or sum(map(text.count, ".!?;,")) > MAX_OPTION_COMMA_SHARE * len(words):
        return False  # ("St. Lucia", "Congo, Democratic Republic of the": a few)
    lettered = [word for word in words if word[0].isalpha()]
    capitals = sum(word[0].isupper() for word in lettered)
    return len(lettered) >= OPTION_LETTERED_SHARE * len(words) and capitals >= OPTION_CAPITALS_SHARE * len(lettered)


def _poll_lines(texts: list[str], i: int) -> range:
    """The lines of the reader poll whose answer line `i` is (kept or not), or an empty range
    where it is none: MIN_POLL_ANSWERS answers in a run, under a question or over a tally."""
    start, end = i, i + 1
    while start > 0 and texts[start - 1][-1:] == ")" and _POLL_ANSWER.search(texts[start - 1]):
        start -= 1
    while end < len(texts) and texts[end][-1:] == ")" and _POLL_ANSWER.search(texts[end]):
        end += 1
    if end - start < MIN_POLL_ANSWERS:
        return range(0)
    asked = start > 0 and "?" in texts[start - 1] and len(texts[start - 1].split()) <= MAX_POLL_QUESTION_WORDS
    counted = end < len(texts) and _POLL_TALLY.match(texts[end]) is not None
    if not asked and not counted:
        return range(0)
    if asked:
        start -= 1
        if start > 0 and _POLL_LABEL.match(texts[start - 1]):
            start -= 1
    return range(start, end + counted)


def _is_share_button(text: str) -> bool:
    """A share button's name alone on its line ("Facebook", "Pinterest"; `patterns.SHARE_BAR_WORDS`)."""
    return text.lower().strip(" ,|•·") in SHARE_BAR_WORDS


def _by_share_button(texts: list[str], i: int) -> bool:
    """Whether the line before or after line `i` is a share button's name or a share bar: a bar
    printed a button a line ("Facebook" / "Twitter" / "Pinterest"; "Twitter" alone may head a section)."""
    return any(0 <= k < len(texts) and (_is_share_button(texts[k]) or is_share_bar(texts[k])) for k in (i - 1, i + 1))


def _marked_lines(lines: list[RawLine], compiled: bool = True) -> tuple[list[int], list[int]]:
    """The indexes of the lines saying a furniture phrase, and of those a furniture rule
    claimed (in one C pass, `text_fast.marked_lines`, where that is built)."""
    if compiled and text_fast is not None:
        with suppress(TypeError):  # a RawLine among them: read in Python
            marked: tuple[list[int], list[int]] = text_fast.marked_lines(lines)
            return marked
    return list(compress(range(len(lines)), map(_PHRASES, lines))), list(compress(range(len(lines)), map(_FURNITURE, lines)))


def _base_labels(keep: list[bool], words: list[int], rows: npt.NDArray[np.float64], compiled: bool = True) -> tuple[list[str], list[int]]:
    """Each line's label before the rules claim it — kept: "heading" (short, unterminated) or
    "body"; dropped: a menu (in a run of short lines), printed again, or not prose — and the
    kept lines short enough to be a navigation label.  For all lines at once: in one C loop
    (`text_fast.base_labels`) where that is built, else from the feature columns with NumPy."""
    if compiled and text_fast is not None:
        labels: list[str]
        labels, short = text_fast.base_labels(
            keep, words, rows, _TERMINAL_COLUMN, _SHORT_RUN_COLUMN, _REPEATS_COLUMN, MENU_RUN, MAX_HEADING_WORDS,
            MAX_NAVIGATION_WORDS, _BASE_LABELS,
        )  # fmt: skip
        return labels, short
    kept, counts = np.array(keep, dtype=bool), np.array(words)
    terminal = rows[:, _TERMINAL_COLUMN] > 0
    dropped = np.where(rows[:, _SHORT_RUN_COLUMN] >= MENU_RUN, 2, np.where(rows[:, _REPEATS_COLUMN] > 1, 3, 4))
    codes = np.where(kept, np.where((counts <= MAX_HEADING_WORDS) & ~terminal, 0, 1), dropped)
    return list(map(_BASE_LABELS.__getitem__, codes.tolist())), (kept & (counts <= MAX_NAVIGATION_WORDS)).nonzero()[0].tolist()


def label_lines(text: str, forum: bool = False) -> Labelled:
    """Split scraped text into lines and label each (`Labelled`); `forum`: the text is a
    forum's page (its short replies kept as FORUM_SENTENCE_THRESHOLD says)."""
    return label_scan(scan_lines(text), forum)


def scan_lines(text: str) -> LineScan:
    """Split scraped text into lines, mark their furniture and score them with the line model."""
    lines, texts, words = split_lines_with_columns(text)
    found = Labelled(lines, [], texts=texts)
    mark_furniture(lines, texts, found)
    if "nstagram" in text or "(@" in text:
        _mark_embedded_posts(lines, texts, found)
    rows, flags = line_rows(lines)
    forest = load_forest(LINE_MODEL, LINE_FEATURES)
    probabilities = forest.predict(rows) if len(rows) else np.zeros(0)
    return LineScan(lines, texts, words, found.captions, found.related, found.media, rows, flags, probabilities)


def label_scan(scan: LineScan, forum: bool = False) -> Labelled:
    """Label each scanned line (`Labelled`); `forum` as in `label_lines`.  The labelled lines
    get their own copies of the furniture records (an article repairs its records in place,
    and a scan may be labelled twice)."""
    lines, texts, words, rows, flags, probabilities = scan.lines, scan.texts, scan.words, scan.rows, scan.flags, scan.probabilities
    out = Labelled(lines, [""] * len(lines), texts=texts, rows=rows, scan=scan)
    out.captions = [replace(caption) for caption in scan.captions]
    out.related = [replace(link) for link in scan.related]
    out.media = [replace(item) for item in scan.media]
    keep, story = kept_lines(scan, forum)
    found = find_title(lines, texts, story, keep)
    title = found[0]  # the rules' line anchors the cuts; the title reported is ranked (`headline.ranked_title`)
    out.title_line = title
    out.labels = _labels(lines, texts, words, keep, rows, title)
    if title is not None:
        _drop_above_headline(lines, out.labels, title, story)
    kept = _cut_around_story(lines, out.labels, rows, flags.stamps, forum, title)
    if len(kept) == 1 and out.labels[kept[0]] == "heading" and title is None and not is_prose(lines[kept[0]]):
        out.labels[kept[0]] = "title"  # a lone headline-shaped line is a page's title, not an article
    out.title, out.page_title = ranked_title(
        lines, texts, story, keep, rows, probabilities, flags.stamps, found=found, paragraphs=lambda: story_paragraphs(out.labels)
    )
    return out


def story_paragraphs(labels: list[str]) -> list[bool]:
    """Which lines the `labels` keep as the story's paragraphs, never its title: each "body" line,
    and a text's only kept line (a lone line of prose labelled a heading is the text)."""
    alone = sum(map(KEPT_LABELS.__contains__, labels)) == 1
    return [label in BODY_LABELS or (alone and label in KEPT_LABELS) for label in labels]


def kept_lines(scan: LineScan, forum: bool = False) -> tuple[list[bool], int]:
    """The lines the line model keeps before any cut (`forum` as in `label_lines`), and the index
    of the story's first kept sentence (the number of lines where none is kept)."""
    lines, words, rows, probabilities = scan.lines, scan.words, scan.rows, scan.probabilities
    keep = _continue_story(rows, words, _kept(probabilities, lines, words, KEEP_THRESHOLD))
    if forum:
        keep = [
            kept or (p >= FORUM_SENTENCE_THRESHOLD and line.terminal and n >= FORUM_SENTENCE_WORDS)
            for kept, p, line, n in zip(keep, probabilities.tolist(), lines, words, strict=True)
        ]
    if sum(compress(words, keep)) < SCARCE_WORDS:
        keep = _kept(probabilities, lines, words, SCARCE_THRESHOLD)
    if not any(keep) and _mostly_prose(lines):
        keep = [is_prose(line) for line in lines]
    story = next((i for i in compress(range(len(lines)), keep) if lines[i].terminal and words[i] >= MIN_SENTENCE_WORDS), len(lines))
    return keep, story


def _drop_above_headline(lines: list[RawLine], labels: list[str], title: int, story: int) -> None:
    """Kept lines above the headline printed over the story are not the story's (teaser rows,
    menus the model kept), when the headline has a stamp or byline under it, or when most
    of what is kept lies below it."""
    above = list(compress(range(title), map(KEPT_LABELS.__contains__, labels[:title])))  # in C
    if not above:
        return
    below = sum(compress(map(_WORDS, lines[title + 1 :]), map(KEPT_LABELS.__contains__, labels[title + 1 :])))
    under = [k for k in range(title + 1, min(len(lines), title + 1 + HEADLINE_STAMP_WINDOW)) if labels[k] in KEPT_LABELS][:HEADLINE_STAMP_LINES]
    dated = below >= MIN_WORDS_UNDER_DATED_HEADLINE and any(
        is_stamp_or_byline(lines[k]) for k in (*range(title + 1, title + 1 + HEADLINE_STAMP_LINES), *under)
    )
    if not dated and title > story and any(lines[i].words > MAX_HEADING_WORDS for i in above):
        return  # a paragraph above the title: the story may begin there
    if dated or sum(lines[i].words for i in above) < below:
        for i in above:
            labels[i] = ABOVE_HEADLINE_REASON


def _cut_around_story(
    lines: list[RawLine], labels: list[str], rows: npt.NDArray[np.float64], stamps: npt.NDArray[np.uint8] | None = None,
    forum: bool = False, title: int | None = None,
) -> list[int]:
    """Kept lines that are not the story's: a table of contents' entries, a comment section,
    the next stories a page appends under the one headlined at line `title` (not on a `forum`
    thread), a teaser list or ranking, a news ticker (`_ticker_start`), a line printed again (or a flattened copy of the story),
    a fundraising appeal and closing lines under it, markup printed as text.  Relabels them;
    returns the lines left.  `stamps`: each line's `is_stamp`, where the caller has them
    (`features.line_rows`' flags)."""
    if NAVIGATION_REASON in labels:
        _drop_contents_entries(lines, labels)
    shorts: ShortLines | None = _short_lines(lines, labels)  # read by the comment and teaser cuts
    if (start := comment_section_start(lines, labels, rows, stamps, shorts)) is not None:
        _drop_kept_from(labels, start, COMMENTS_REASON)
        shorts = None  # read again: the story's first sentence may have gone with the cut
    legal = rows[:, _LEGAL_COLUMN].nonzero()[0].tolist() if len(rows) else []
    if legal and (start := _footer_start(lines, labels, legal)) is not None:
        _drop_kept_from(labels, start, FOOTER_REASON)
        shorts = None
    kept = list(compress(range(len(labels)), map(KEPT_LABELS.__contains__, labels)))  # in C
    if (start := _taxonomy_start(lines, labels, kept)) is not None:  # before the teaser cut: its lists count against the prose
        _drop_kept_from(labels, start, CLOSING_REASON)
        shorts = None
    if (start := _paywall_start(lines, labels, kept)) is not None:
        _drop_kept_from(labels, start, PAYWALL_REASON)
        shorts = None
    if not forum and title is not None and (start := _next_story_start(lines, labels, kept, title)) is not None:
        _drop_kept_from(labels, start, NEXT_STORY_REASON)
        shorts = None
    _drop_teaser_sections(lines, labels, shorts)
    kept = list(compress(range(len(labels)), map(KEPT_LABELS.__contains__, labels)))
    kept = _without_repeats(lines, labels, _without_transcript(lines, labels, _without_teaser_runs(lines, labels, kept)))
    if (start := _ticker_start(lines, kept)) is not None:
        _drop_kept_from(labels, start, TEASERS_REASON)
        kept = [i for i in kept if i < start]
    kept = _without_rankings(lines, labels, kept)
    if (start := appeal_start(_texts_at(lines, kept))) is not None:  # a fundraising appeal under the story
        # (over the headline, a sidebar's "Support my work!" box: it runs up to the headline only)
        try:
            end = labels.index("title", kept[start])
        except ValueError:
            end = len(labels)
        stop = bisect_left(kept, end, start)  # kept rises: the appeal's lines are kept[start:stop]
        for i in kept[start:stop]:
            labels[i] = APPEAL_REASON
        del kept[start:stop]
    while len(kept) > 1 and is_closing_line(lines[kept[-1]].text):  # "Reporting by …" after the story
        labels[kept.pop()] = CLOSING_REASON
    if notices := {kept[k] for k in edge_disclosures(_texts_at(lines, kept))}:
        for i in notices:
            labels[i] = DISCLOSURE_REASON
        kept = [i for i in kept if i not in notices]
    return _without_markup(lines, labels, kept)


def _without_markup(lines: list[RawLine], labels: list[str], kept: list[int]) -> list[int]:
    """`kept` less the lines of markup printed as text (`_HTML_TAG_OPENING`,
    `patterns.is_escaped_markup`: a template's or an editor's markup, '<span
    data-mce-type="bookmark" …>'), relabelled MARKUP_REASON."""
    markup = {i for i in kept if lines[i].text[:1] == "<" and _HTML_TAG_OPENING.match(lines[i].text) and is_escaped_markup(lines[i].text)}
    for i in markup:
        labels[i] = MARKUP_REASON
    return [i for i in kept if i not in markup] if markup else kept


class ShortLines(NamedTuple):
    """The short lines ending no sentence after the story's first (`_short_after_story`) and
    their texts: where a teaser section's label or a comment heading may stand."""

    indexes: list[int]
    texts: list[str]


def _short_lines(lines: list[RawLine], labels: list[str]) -> ShortLines:
    shorts = _short_after_story(lines, labels)
    return ShortLines(shorts, _texts_at(lines, shorts))


def _drop_teaser_sections(lines: list[RawLine], labels: list[str], short_lines: ShortLines | None = None) -> None:
    """After the story's first sentence, a short label naming other stories
    (`patterns.is_teaser_label`) and the kept headline-shaped lines under it, up to the first
    kept sentence or longer line; on pages whose kept words are mostly sentences.  The short
    unterminated lines are found first (`_short_lines`, in C; `short_lines` where the caller
    has them), the rest read only for them."""
    shorts, texts = short_lines or _short_lines(lines, labels)
    hinted = teaser_section_candidates(texts)  # a compiled scan of their starts
    candidates = shorts if hinted is None else [shorts[k] for k in hinted]
    labels_at = [
        i for i in candidates
        if is_teaser_label(lines[i].text) and not lines[i].furniture and not lines[i].text.endswith(":")
    ]  # fmt: skip
    if not labels_at:
        return
    kept_words, sentence_words = kept_word_sums(lines, labels)
    if sentence_words < TEASER_SECTION_PROSE_SHARE * kept_words:
        return  # a listing's, a collection's or a product page's lists are its content
    _relabel_teaser_sections(lines, labels, labels_at)


def _relabel_teaser_sections(lines: list[RawLine], labels: list[str], labels_at: list[int], compiled: bool = True) -> None:
    """From the first teaser-section label (`labels_at`, in order) on, the kept lines under each
    label, up to a longer line or a kept sentence, become TEASERS_REASON (in C,
    `text_fast.relabel_teaser_sections`, where that is built and the lines are its `Line`s)."""
    if compiled and text_fast is not None:
        with suppress(TypeError):  # a RawLine among them: relabelled in Python
            text_fast.relabel_teaser_sections(lines, labels, labels_at, KEPT_LABELS, MAX_TEASER_HEADLINE_WORDS, TEASERS_REASON)
            return
    starts = set(labels_at)
    listed = False
    for k in range(labels_at[0] if labels_at else len(lines), len(lines)):
        kept = labels[k] in KEPT_LABELS
        if k in starts:
            listed = True
        elif lines[k].words > MAX_TEASER_HEADLINE_WORDS or (kept and lines[k].text.endswith(".")):
            listed = False
        if listed and kept:
            labels[k] = TEASERS_REASON


def kept_word_sums(
    lines: list[RawLine], labels: list[str], compiled: bool = True, start: int = 0, end: int | None = None, kept: frozenset[str] = KEPT_LABELS
) -> tuple[int, int]:
    """The words of the lines [`start`, `end`) labelled one of `kept`, and of those among them
    that are sentences (terminal, at least MIN_PROSE_WORDS words); in C
    (`text_fast.kept_word_sums`) where that is built."""
    end = len(lines) if end is None else end
    if compiled and text_fast is not None:
        with suppress(TypeError):  # a RawLine among them: read in Python
            sums: tuple[int, int] = text_fast.kept_word_sums(lines, labels, kept, MIN_PROSE_WORDS, start, end)
            return sums
    kept_words = sentence_words = 0
    for line, label in zip(lines[start:end], labels[start:end], strict=True):
        if label in kept:
            kept_words += line.words
            if line.terminal and line.words >= MIN_PROSE_WORDS:
                sentence_words += line.words
    return kept_words, sentence_words


def _texts_at(lines: list[RawLine], indexes: list[int], compiled: bool = True) -> list[str]:
    """The texts of the lines at `indexes` (read in C, `text_fast.texts_at`, where that is built)."""
    if compiled and text_fast is not None:
        with suppress(TypeError):  # a RawLine among them: read in Python
            texts: list[str] = text_fast.texts_at(lines, indexes)
            return texts
    return [lines[i].text for i in indexes]


def _lines_of_words(
    lines: list[RawLine], indexes: list[int], min_words: int, ends: tuple[str, ...] | None = None, compiled: bool = True
) -> list[int]:
    """Those of `indexes` whose line has `min_words` words or more (and ends with one of `ends`,
    when given); in C (`text_fast.lines_of_words`) where that is built."""
    if compiled and text_fast is not None:
        with suppress(TypeError):  # a RawLine among them: read in Python
            found: list[int] = text_fast.lines_of_words(lines, indexes, min_words, ends)
            return found
    return [i for i in indexes if lines[i].words >= min_words and (ends is None or lines[i].text.endswith(ends))]


def _short_after_story(lines: list[RawLine], labels: list[str], compiled: bool = True) -> list[int]:
    """After the story's first sentence (the first "body" line ending a sentence, of
    MIN_SENTENCE_WORDS or more), the lines of MAX_BREAK_WORDS or fewer that end none: where
    a teaser section's label may stand.  In C (`text_fast.short_after_story`) where that is
    built and the lines are its `Line`s."""
    if compiled and text_fast is not None:
        with suppress(TypeError):  # a RawLine among them: read in Python
            found: list[int] = text_fast.short_after_story(lines, labels, MIN_SENTENCE_WORDS, MAX_BREAK_WORDS)
            return found
    body = (i for i, label in enumerate(labels) if label == "body")
    story = next((i for i in body if lines[i].terminal and lines[i].words >= MIN_SENTENCE_WORDS), len(lines))
    return [i for i in range(story + 1, len(lines)) if lines[i].words <= MAX_BREAK_WORDS and not lines[i].terminal]


def _is_teaser_headline(line: RawLine, label: str) -> bool:
    """A kept headline-shaped line: short, no sentence end."""
    return label in KEPT_LABELS and line.words <= MAX_HEADING_WORDS and not line.terminal


def _next_teaser(lines: list[RawLine], labels: list[str], a: int, b: int) -> bool:
    """Cut-off lines `a` < `b` are items of one teaser list: adjacent (no blank line
    between), or with one headline between them (headline, excerpt, headline, excerpt)."""
    if b == a + 1:
        return not lines[b].blank_before
    return b == a + 2 and _is_teaser_headline(lines[a + 1], labels[a + 1])


def _without_repeats(lines: list[RawLine], labels: list[str], kept: list[int]) -> list[int]:
    """`kept` less the lines printed again word for word after their first print, relabelled,
    by HTML mode's rule (`tidy.later_prints`: long lines only, questions excepted).
    Then less the long lines that print other kept lines again inside them
    (`_holding_copies`: the story flattened into one line beside its paragraphs)."""
    texts: list[str | None] = list(_texts_at(lines, kept))  # their hashes are cached (`features._repeat_column`)
    if len(set(texts)) < len(texts) and (later := later_prints(texts)):
        for k in later:
            labels[kept[k]] = REPEATED_REASON
        kept = [i for k, i in enumerate(kept) if k not in later]
    copies = _holding_copies(lines, kept)
    for i in copies:
        labels[i] = REPEATED_REASON
    return [i for i in kept if i not in copies] if copies else kept


def _holding_copies(lines: list[RawLine], kept: list[int]) -> set[int]:
    """The kept lines of COPY_LINE_WORDS words or more holding, word for word, COPIES_HELD of
    the first COPY_PROBES other kept lines of COPIED_LINE_WORDS words or more (a flattened
    copy holds the story's opening paragraphs; only those few are searched for)."""
    long = _lines_of_words(lines, kept, COPY_LINE_WORDS)
    if not long:
        return set()
    probes: list[str] = []
    for i in kept:
        if COPIED_LINE_WORDS <= lines[i].words < COPY_LINE_WORDS:
            probes.append(lines[i].text)
            if len(probes) == COPY_PROBES:
                break
    return {i for i in long if sum(probe in lines[i].text for probe in probes) >= COPIES_HELD}


def _without_teaser_runs(lines: list[RawLine], labels: list[str], kept: list[int]) -> list[int]:
    """`kept` (indexes of kept lines) less teaser lists, relabelled: runs of TEASER_RUN_LINES
    or more kept lines cut off with "…" (or WordPress's "[…]"), each next to the last
    (`_next_teaser`: a ticker's "headline excerpt…" lines, or headline and excerpt on lines
    of their own), with the headlines between them and before the first.  Only kept lines
    are read (in C)."""
    cut_off = _lines_of_words(lines, kept, MIN_TEASER_WORDS, TRUNCATION_MARKS)
    teasers: set[int] = set()
    start = 0
    for k in range(1, len(cut_off) + 1):
        if k < len(cut_off) and _next_teaser(lines, labels, cut_off[k - 1], cut_off[k]):
            continue
        if k - start >= TEASER_RUN_LINES:
            first, last = cut_off[start], cut_off[k - 1]
            if first > 0 and _is_teaser_headline(lines[first - 1], labels[first - 1]):
                first -= 1  # the first item's headline
            teasers.update(i for i in range(first, last + 1) if labels[i] in KEPT_LABELS)
        start = k
    for i in teasers:
        labels[i] = TEASERS_REASON
    return [i for i in kept if i not in teasers] if teasers else kept


# A most-read box printed as a ranking: kept lines in a row, each opening on its rank ("1 Headline",
# "2 Headline", …, no dot after the number and none closing the line: a story's numbered steps
# write "1." or end in a sentence; a headline may close on a quote), the ranks counting up from 1,
# RANKING_RUN_LINES or more; and MIN_RANKINGS such boxes on the page (a news portal's "most read",
# "sport", "entertainment" boxes under the story: a held-out Korean story kept five of them in text
# mode), so that one ranked list in a story stays.
RANKING_RUN_LINES = 5
MIN_RANKINGS = 2
MAX_RANKED_LINE_WORDS = 25
_RANK = re.compile(r"(\d{1,2}) (?=\S)")


def _without_rankings(lines: list[RawLine], labels: list[str], kept: list[int]) -> list[int]:
    """`kept` less the ranked teaser boxes (RANKING_RUN_LINES), relabelled TEASERS_REASON, where the
    page prints MIN_RANKINGS of them."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in kept:
        line = lines[i]
        rank = _RANK.match(line.text) if line.text[:1].isdigit() and line.words <= MAX_RANKED_LINE_WORDS and not line.text.endswith(".") else None
        if rank is not None and int(rank[1]) == len(run) + 1 and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if len(run) >= RANKING_RUN_LINES:
            runs.append(run)
        run = [i] if rank is not None and rank[1] == "1" else []
    if len(run) >= RANKING_RUN_LINES:
        runs.append(run)
    if len(runs) < MIN_RANKINGS:
        return kept
    ranked = {i for run in runs for i in run}
    for i in ranked:
        labels[i] = TEASERS_REASON
    return [i for i in kept if i not in ranked]


def _without_transcript(lines: list[RawLine], labels: list[str], kept: list[int]) -> list[int]:
    """`kept` less a video's transcript (`TRANSCRIPT_RUN_LINES`), relabelled TEASERS_REASON: a run
    of kept lines in a row, each opening on a time (minutes:seconds), the first within the
    video's first minute, each no earlier than the last."""
    timed = [(k, seconds) for k, i in enumerate(kept) if lines[i].text[:1].isdigit() and (seconds := _video_time(lines[i])) is not None]
    if len(timed) < TRANSCRIPT_RUN_LINES:  # (most pages: none)
        return kept
    transcript: set[int] = set()
    run: list[int] = []
    for n, (k, seconds) in enumerate(timed):
        if run and k == run[-1] + 1 and seconds >= timed[n - 1][1]:
            run.append(k)
            continue
        if len(run) >= TRANSCRIPT_RUN_LINES:
            transcript.update(run)
        run = [k] if seconds < 60 else []
    if len(run) >= TRANSCRIPT_RUN_LINES:
        transcript.update(run)
    for k in transcript:
        labels[kept[k]] = TEASERS_REASON
    return [i for k, i in enumerate(kept) if k not in transcript] if transcript else kept


# A news ticker under the story (a live feed of the site's other news, newest first: "14:44
# Accusations de viols : …", "14:32 Un artiste arrêté …", "14:10" over a paragraph): TICKER_STAMPS
# or more kept lines opening on a clock time, the times never rising, the first after
# TICKER_AFTER_WORDS kept words with no clock line among them (a live blog's entries open at its
# top).  Cut from the first stamp, and a label line of few words right over it ("Direct", "Live").
# Held-out: a French daily's "Direct" feed kept under a wire story (Readability.js's test pages,
# text mode 0.9169 -> 0.9375); no dev text changes, in either rendering.
TICKER_STAMPS = 5
TICKER_AFTER_WORDS = 150
MAX_TICKER_LABEL_WORDS = 3
_TICKER_CLOCK = re.compile(r"([01]?\d|2[0-3])[:h]([0-5]\d)(?!\d)(?:\s|$)")


def _ticker_start(lines: list[RawLine], kept: list[int]) -> int | None:
    """The line a news ticker under the story starts on (see `TICKER_STAMPS`), or None."""
    stamped = [(k, 60 * int(m[1]) + int(m[2])) for k, i in enumerate(kept) if lines[i].text[:1].isdigit() and (m := _TICKER_CLOCK.match(lines[i].text))]
    if len(stamped) < TICKER_STAMPS:
        return None
    first = stamped[0][0]
    if sum(lines[i].words for i in kept[:first]) < TICKER_AFTER_WORDS:
        return None
    minutes = [m for _k, m in stamped]
    if any(later > earlier for earlier, later in pairwise(minutes)):
        return None
    start = first
    if start > 0 and lines[kept[start - 1]].words <= MAX_TICKER_LABEL_WORDS and not lines[kept[start - 1]].terminal:
        start -= 1
    return kept[start]


def _video_time(line: RawLine) -> int | None:
    """The time in seconds a transcript's line opens on ("01:17 I can understand…"), None if none."""
    match = _VIDEO_TIME.match(line.text)
    return 60 * int(match.group(1)) + int(match.group(2)) if match is not None else None


def _drop_kept_from(labels: list[str], start: int, reason: str) -> None:
    """Relabel every kept line from `start` on with `reason`."""
    labels[start:] = [reason if label in KEPT_LABELS else label for label in labels[start:]]


def _footer_start(lines: list[RawLine], labels: list[str], legal: list[int]) -> int | None:
    """Index of a copyright notice (`patterns.COPYRIGHT_LINE`) after COPYRIGHT_AFTER_WORDS
    kept words, when the kept lines after it hold less than COPYRIGHT_PROSE_SHARE of their
    words in sentences: the page's footer, teaser feeds and all.  Only lines whose start
    says a "legal" phrase (©, "copyright", "all rights reserved": `legal`, their indexes)
    are looked at."""
    for i in legal:
        line = lines[i]
        if line.words > MAX_COPYRIGHT_WORDS or COPYRIGHT_LINE.search(line.text) is None:
            continue
        if kept_word_sums(lines, labels, end=i, kept=BODY_LABELS)[0] < COPYRIGHT_AFTER_WORDS:
            continue
        return i if _little_prose_after(lines, labels, i) else None
    return None


def _little_prose_after(lines: list[RawLine], labels: list[str], i: int) -> bool:
    """Whether the kept lines after line `i` hold less than COPYRIGHT_PROSE_SHARE of their words in
    sentences (or none): what follows a copyright notice or a taxonomy line is no more story."""
    words, sentences = kept_word_sums(lines, labels, start=i + 1)
    return sentences < COPYRIGHT_PROSE_SHARE * words or not words


def _taxonomy_start(lines: list[RawLine], labels: list[str], kept: list[int]) -> int | None:
    """Index of the first kept taxonomy line (`patterns.TAXONOMY_LINE`, MAX_TAXONOMY_WORDS words
    at most) after COPYRIGHT_AFTER_WORDS words of story, when the kept lines after it hold less
    than COPYRIGHT_PROSE_SHARE of their words in sentences (as `_footer_start` reads a copyright
    notice); `kept`: the kept lines' indexes.  The regex runs only on the lines holding one of
    its hints (one compiled scan)."""
    texts = _texts_at(lines, kept)
    for k in hinted_texts(_TAXONOMY_HINTS, TAXONOMY_HINTS, texts, max_chars=MAX_TAXONOMY_CHARS):
        i = kept[k]
        if lines[i].words > MAX_TAXONOMY_WORDS or TAXONOMY_LINE.search(texts[k].lower()) is None:
            continue
        if kept_word_sums(lines, labels, end=i, kept=BODY_LABELS)[0] < COPYRIGHT_AFTER_WORDS:
            continue
        return i if _little_prose_after(lines, labels, i) or _the_one_permalink(lines, texts[k], i) else None
    return None


def _the_one_permalink(lines: list[RawLine], text: str, i: int) -> bool:
    """Whether `text`, line `i`'s, is the story's permalink (`patterns.PERMALINK_LINE`) and no
    later line says "permalink": a thread prints one a post (a Reddit thread's submission
    links its story so, and each comment under it has its permalink), a story one."""
    return PERMALINK_LINE.match(text.lower()) is not None and not any("permalink" in line.text.lower() for line in lines[i + 1 :])


# A page that appends the next stories under its own, each printed as the first is (its headline,
# a standfirst, a "by" line over a date line, then its text): an endless page as a crawler renders
# it (a held-out German newsroom's page kept eight more stories in text mode).  Where the page's
# own story has such a byline just under its headline, a later one (opening with "by", "von",
# "par" or "por", over a line that is a date) after NEXT_STORY_AFTER_WORDS words of story (counted
# since the last such byline: a listing prints one an item), with NEXT_STORY_PROSE_WORDS words of
# sentences under it, opens the next stories.  The cut starts at the next story's headline: the
# first headline-shaped kept line (not ending in a full stop) among the NEXT_STORY_HEAD_LINES lines
# over the byline, past its standfirst; else at the byline.  A weekly edition's page (LWN's),
# headlined by its <title>, holds several stories alike: all of them its content.
NEXT_STORY_AFTER_WORDS = 300
NEXT_STORY_PROSE_WORDS = 100
NEXT_STORY_HEAD_LINES = 4
_BYLINE_OPENING = tuple(f"{word} " for word in BY_WORDS)


def _next_story_start(lines: list[RawLine], labels: list[str], kept: list[int], title: int) -> int | None:
    """Index of the first line of the next story a page appends under its own, headlined at line
    `title`, or None.  The page's own story is the first byline over a date line, the headline's
    (`_headlines_byline`: a weekly edition's page, headlined by the edition, holds several stories
    alike, all of them its content).  The NEXT_STORY_AFTER_WORDS words are counted from the last
    byline over a date line before it: a listing's items print theirs every few lines."""
    last = -1
    for i in kept:
        line = lines[i]
        if line.words > MAX_BYLINE_WORDS or not line.text[:4].lower().startswith(_BYLINE_OPENING) or i + 1 >= len(lines):
            continue
        if not is_date_line(lines[i + 1].text, True) or not opens_as_byline(line.text):
            continue
        if last < 0 and not _headlines_byline(lines, labels, title, i):
            return None  # the first story's byline is not the headline's
        since, last = max(last, 0), i
        if kept_word_sums(lines, labels, start=since, end=i, kept=BODY_LABELS)[0] < NEXT_STORY_AFTER_WORDS:
            continue
        if kept_word_sums(lines, labels, start=i + 2)[1] < NEXT_STORY_PROSE_WORDS:
            continue
        for k in range(i - 1, max(-1, i - 1 - NEXT_STORY_HEAD_LINES), -1):
            if _kept_headline(lines, labels, k):
                return k
        return i
    return None


def _headlines_byline(lines: list[RawLine], labels: list[str], title: int, byline: int) -> bool:
    """Whether the byline at line `byline` is the headline's at line `title`: among the
    BYLINE_UNDER_HEADLINE_LINES under it, no other headline-shaped kept line between them."""
    return 0 < byline - title <= BYLINE_UNDER_HEADLINE_LINES and not any(_kept_headline(lines, labels, k) for k in range(title + 1, byline))


def _kept_headline(lines: list[RawLine], labels: list[str], k: int) -> bool:
    """Whether line `k` is kept and headline-shaped: MAX_HEADING_WORDS words at most, no full stop closing it."""
    return labels[k] in KEPT_LABELS and lines[k].words <= MAX_HEADING_WORDS and not lines[k].text.endswith(".")


def _paywall_start(lines: list[RawLine], labels: list[str], kept: list[int]) -> int | None:
    """Index of the first paywall notice (`patterns.PAYWALL_NOTICE`, MAX_PAYWALL_WORDS words at
    most) after the story's first kept sentence, kept or not (the phrase labels may have taken
    it already); `kept`: the kept lines' indexes.  The regex runs only on the lines holding one
    of its hints in their first MAX_PAYWALL_CHARS characters (one compiled scan)."""
    story = next((i for i in kept if labels[i] == "body" and lines[i].terminal), None)
    if story is None:
        return None  # (a notice over the story, before any of its sentences, is a banner's)
    after = _texts_at(lines, list(range(story + 1, len(lines))))  # the notice itself may be labelled furniture already
    for k in hinted_texts(_PAYWALL_HINTS, PAYWALL_HINTS, after, max_chars=MAX_PAYWALL_CHARS):
        i = story + 1 + k
        if lines[i].words <= MAX_PAYWALL_WORDS and PAYWALL_NOTICE.search(after[k].lower()) is not None:
            return i
    return None


def _drop_contents_entries(lines: list[RawLine], labels: list[str]) -> None:
    """After a "Table of contents" line, the entries: the lines that each come again later
    in the text (as the headings they point to), up to the first that does not."""
    last: dict[str, int] = {}  # where each text is printed last, filled at the first contents label
    for i, label in enumerate(labels):
        if label != NAVIGATION_REASON or not lines[i].text.lower().startswith(CONTENTS_LABELS):
            continue
        last = last or {line.text: k for k, line in enumerate(lines)}
        for j in range(i + 1, len(lines)):
            if last[lines[j].text] <= j:
                break
            if labels[j] in KEPT_LABELS:
                labels[j] = NAVIGATION_REASON


# A comment's header line without a colon ("Comment by Mirko Lange — 17.07, 2011 @ 13:04"): up
# to MAX_COMMENT_HEADER_WORDS words, ending no sentence, holding a clock time and a year.  A
# timeline's dated lines hold no clock time.  On held-out German blogs (silver: HTML mode's own
# text) 3 pages up, one by 0.80; the dev sets unmoved.  French writes the time "15h46" (Drupal's
# "Soumis par …, le lundi 29 octobre 2012 à 15h46").
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _says_how_long_ago(text: str) -> bool:
    """`features.RELATIVE_TIME` in `text`, read only where it holds one of its RELATIVE_TIME_HINTS
    (looked for in one compiled scan: the hints are many since session 50)."""
    return hinted_texts(_RELATIVE_TIME_HINTS, RELATIVE_TIME_HINTS, [text]) == [0] and RELATIVE_TIME.search(text) is not None


# A comment's header giving the commenter and the comment's age without "ago" ("Ed Erhart 1 year",
# "Stefan Keller (@sfkeller) 3 months": WordPress.com's comments), read only in the window under
# a comments heading.
MAX_AGE_HEADER_WORDS = 8
_AGE_HEADER = re.compile(r"\S\s+\d{1,2}\s+(?:years?|months?|weeks?|days?|hours?|minutes?|mins?)$")


def _is_comment_stamp(line: RawLine, stamp: bool) -> bool:
    """A post's time stamp (`stamp`: the line's `is_stamp`; or a short line saying how long ago in
    another language, `features.RELATIVE_TIME`, or a writer and an age, `_AGE_HEADER`), or a
    comment's header line of up to MAX_COMMENT_HEADER_WORDS words: dated and ending in a colon
    ("Jane Doe on September 12, 2018 at 4:47 pm said:"), or holding a year and a clock time
    (`_CLOCK`)."""
    if stamp:
        return True
    if line.words <= MAX_STAMP_WORDS and _says_how_long_ago(line.text):
        return True
    if line.words <= MAX_AGE_HEADER_WORDS and line.text[-1:].isalpha() and _AGE_HEADER.search(line.text):
        return True
    if line.words > MAX_COMMENT_HEADER_WORDS:
        return False
    if line.text.endswith(":"):
        return STAMP.search(line.text) is not None
    return not line.terminal and _CLOCK.search(line.text) is not None and _YEAR.search(line.text) is not None


# An embedded post's signature (`patterns.EMBED_SIGNATURE`) dates the post quoted, not one of the
# page's: a held-out story quoting a tweet kept its readers' comments in text mode.


def _is_post_stamp(line: RawLine, stamp: bool) -> bool:
    """A post's time stamp: not a duration, an embedded post's signature, or a sentence (a
    caption dating its picture: "Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.")."""
    return stamp and not line.terminal and DURATION.fullmatch(line.text) is None and EMBED_SIGNATURE.search(line.text) is None


def _is_comment_heading(line: RawLine, section_break: bool) -> bool:
    """A comment-section heading; `section_break`: the line is a section break
    (`is_section_break`), which every comment break is (a test checks it).  Other languages'
    headings are found apart (`_other_comment_headings`)."""
    if line.words > MAX_COUNTED_HEADING_WORDS:
        return False
    if section_break and COMMENT_BREAK.search(line.text) is not None:
        return True
    return line.text[0].isdecimal() and COMMENT_COUNT.match(line.text) is not None  # it opens with \d


def comment_section_start(
    lines: list[RawLine],
    labels: list[str],
    rows: npt.NDArray[np.float64],
    stamps: npt.NDArray[np.uint8] | None = None,
    short_lines: ShortLines | None = None,
) -> int | None:
    """Index of the heading that opens a comment section under the article, if there is one
    (`rows`: the line features, which say which lines are section breaks; `stamps`, when
    given: each line's `is_stamp`, else tested here; `short_lines`: `_short_lines`, where the
    caller has them)."""
    stamped: list[bool] | None = None
    others = _other_comment_headings(lines, labels, short_lines)
    for i in sorted({*_comment_candidates(lines, labels, rows), *others}) if others else _comment_candidates(lines, labels, rows):
        line = lines[i]
        if i not in others and not _is_comment_heading(line, bool(rows[i, _BREAK_COLUMN] > 0)):
            continue
        if stamped is None:
            stamped = [is_stamp(line) for line in lines] if stamps is None else list(map(bool, stamps.tolist()))
        window = range(i + 1, min(len(lines), i + 1 + (OTHER_COMMENT_WINDOW if i in others else COMMENT_WINDOW)))
        if sum(_is_comment_stamp(lines[k], stamped[k]) for k in window) >= COMMENT_MIN_STAMPS:
            title = labels.index("title") if "title" in labels[:i] else 0
            before = range(title + 1 + HEADLINE_STAMP_LINES, i)  # the page's own stamps over and under its headline aside
            return i if sum(_is_post_stamp(lines[k], stamped[k]) for k in before) <= MAX_STAMPS_BEFORE_COMMENTS else None
    return None


def _comment_candidates(lines: list[RawLine], labels: list[str], rows: npt.NDArray[np.float64], compiled: bool = True) -> list[int]:
    """The lines `_is_comment_heading` could take (a section break, or a line opening with a
    digit), from the first with COMMENT_AFTER_WORDS words of "body" lines above it on.  In C
    (`text_fast.comment_candidates`) where that is built and the lines are its `Line`s."""
    if compiled and text_fast is not None and len(rows):
        with suppress(TypeError):  # a RawLine among them: read in Python
            found: list[int] = text_fast.comment_candidates(lines, labels, rows, _BREAK_COLUMN, COMMENT_AFTER_WORDS)
            return found
    kept_words, n = 0, len(lines)
    first = n
    for i, label in enumerate(labels):
        if kept_words >= COMMENT_AFTER_WORDS:
            first = i
            break
        if label == "body":
            kept_words += lines[i].words
    return [i for i in range(first, n) if rows[i, _BREAK_COLUMN] > 0 or lines[i].text[0].isdecimal()]


def _other_comment_headings(lines: list[RawLine], labels: list[str], short_lines: ShortLines | None = None) -> set[int]:
    """The lines heading a comment section in another language (`OTHER_COMMENT_BREAK`): among
    the short lines ending no sentence after the story's first (`_short_lines`), those holding
    one (the regex read only on those holding a hint) with COMMENT_AFTER_WORDS words of "body"
    lines above them."""
    shorts, texts = short_lines or _short_lines(lines, labels)
    found = [shorts[k] for k in hinted_texts(_OTHER_COMMENT_HINTS, OTHER_COMMENT_BREAK_HINTS, texts)]
    return {
        i for i in found
        if OTHER_COMMENT_BREAK.search(lines[i].text) is not None
        and kept_word_sums(lines, labels, end=i, kept=BODY_LABELS)[0] >= COMMENT_AFTER_WORDS
    }  # fmt: skip


def _kept(probabilities: npt.NDArray[np.float64], lines: list[RawLine], words: list[int], threshold: float) -> list[bool]:
    keep = keep_runs(probabilities, words, threshold, LINE_RUN_PENALTY)
    if max(words, default=0) >= ALWAYS_PROSE_WORDS:  # (most pages have no such line)
        for i in list(compress(range(len(words)), map(ALWAYS_PROSE_WORDS.__le__, words))):  # the long lines, picked in C
            keep[i] = keep[i] or _always_prose(lines[i])
    return keep


def _continue_story(rows: npt.NDArray[np.float64], words: list[int], keep: list[bool]) -> list[bool]:
    """`keep` with a long story's prose lines kept (`LONG_STORY_WORDS`): those between its
    first and last kept lines, and the unbroken runs of prose lines before and after them."""
    kept = list(compress(range(len(keep)), keep))
    if not kept or sum(map(words.__getitem__, kept)) < LONG_STORY_WORDS:
        return keep
    prose = (rows[:, _PROSE_COLUMN] > 0).tolist()
    if sum(map(prose.__getitem__, kept)) < STORY_MIN_PARAGRAPHS:
        return keep
    first, last = kept[0], kept[-1]
    if prose[first]:
        while first > 0 and prose[first - 1]:
            first -= 1
    if prose[last]:
        while last + 1 < len(prose) and prose[last + 1]:
            last += 1
    return [kept_line or (first <= i <= last and prose[i]) for i, kept_line in enumerate(keep)]


def _always_prose(line: RawLine) -> bool:
    """A line too long, and too full of sentences, to be furniture."""
    if line.words < ALWAYS_PROSE_WORDS:
        return False
    return len(SENTENCE_END.findall(line.text)) * WORDS_PER_SENTENCE_END >= line.words


def _hard_furniture(line: RawLine) -> str | None:
    if line.words > MAX_FURNITURE_WORDS:
        return None
    said = line.phrases & HARD_PHRASE_CONCEPTS
    return _phrase_reason(said) if said else None


def _mostly_prose(lines: list[RawLine]) -> bool:
    total = sum(len(line.text) for line in lines)
    prose = sum(len(line.text) for line in lines if is_prose(line))
    return total > 0 and prose >= PROSE_FALLBACK_SHARE * total
