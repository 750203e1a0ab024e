"""The page's title in scraped text, without the site name around it.

A page's text as crawlers render it (Common Crawl WET, html-text) opens with
the page's ``<title>`` — "Headline | Site" — and prints the headline again
as its own line over the story.  So the title is read from the first line
that is not furniture:

1. a later line printing a part of it again (or all of it, when it has no
   site-name separator) is the headline: the longest such part wins, and of
   equal ones the last before the story's first sentence (breadcrumbs and
   logos come earlier).  The last part of a title cut at separators is the
   site name's place, so it is never taken for the headline ("Stack
   Overflow", "Harvard Health");
2. else a headline-shaped line over the story sharing most of the title's words
   is the headline, worded apart from the ``<title>`` (`_reworded_headline`; a page
   typed other than an article or a forum thread keeps its ``<title>``);
3. else a headline-shaped line over the story's first large run of sentences,
   with a byline or stamp between (or a dateline opening the story), is the
   headline: the first line may be a menu's, in a text printed without its
   ``<title>`` (`_story_headline`);
4. else the first line itself is the title, its site name cut (the longest
   part, as HTML mode's `title.rule_title` does with ``<title>``);
5. a first line that cannot be a title (a sentence, a long line) leaves the
   choice to the dated headline of rule 3, else to the shape of the lines: the
   longest headline-shaped line before the first sentence.

On the WCXB dev pages (html-text renderings) this finds the gold title on
0.72 of pages typed (0.68 before rule 2), against 0.11 for rule 5's shapes alone
(`bench --mode text` prints it).  The line these rules find anchors the cuts around
the story; the title a cleaned text reports is ranked among the lines that may be one,
the rules' choice among them (`clean.headline`).
"""

from __future__ import annotations

import re
from itertools import compress, islice

from copydesk.clean.features import MIN_SENTENCE_WORDS, RawLine
from copydesk.clean.furniture import split_dateline
from copydesk.extract.byline import opens_as_byline, text_byline
from copydesk.extract.patterns import MAX_NAVIGATION_WORDS, interface_label, unspaced_words
from copydesk.extract.site_name import DANGLING_SEPARATOR, TITLE_SEPARATORS, strip_site_name
from copydesk.extract.stamps import is_date_line
from copydesk.extract.tidy import is_byline_or_stamp, is_navigation_line
from copydesk.extract.title import clean_title

MAX_HEADING_WORDS = 20  # a heading or title is at most this long
MIN_TITLE_WORDS = 3  # shorter pre-body lines are site names and section labels (rule 3)
MIN_PAGE_TITLE_WORDS = 2  # a one-word first line is a label ("Home", "Menu"), or a site name
MAX_PAGE_TITLE_WORDS = 30  # a longer first line is text, not a page's <title>
MAX_LEADING_FURNITURE = 3  # furniture lines skipped before the first line
# A first line saying a furniture phrase is skipped when it is this short ("Advertisement",
# "Sign up"); a longer one is a title that says the word ("Monday Night Meditation
# Subscription — …", "How to write a (good) newsletter with AI | …": WCXB text title
# 0.673 -> 0.677, 7 pages up, none down).
MAX_FURNITURE_LABEL_WORDS = 4


def find_title(
    lines: list[RawLine], texts: list[str], story: int, keep: list[bool] | None = None
) -> tuple[int | None, str | None, str | None]:
    """The title line's index (the line that leaves the body), the title's text, and the page's
    <title> (site name cut) where a reworded headline was taken over it (`_reworded_headline`;
    None otherwise: a page typed other than an article or a forum keeps its <title>,
    `pipeline.HEADLINED_PAGE_TYPES`);
    `texts` are the lines' texts, `story` the index of the story's first sentence (the line
    model's first kept sentence), `keep` the lines the line model keeps (where given, a
    headline over the story dated by a byline or stamp is taken where the first line is echoed
    nowhere: `_story_headline`)."""
    first = page_title_line(lines)
    if first is None:
        shaped = _story_headline(lines, texts, keep)
        if shaped is None:
            shaped = _headline_shaped(lines)
        return shaped, None if shaped is None else DANGLING_SEPARATOR.sub("", lines[shaped].text), None
    page_title = clean_title(lines[first].text)
    parts = headline_parts(page_title)
    after_colons = {key: text for part in parts.values() if ":" in part for text in _after_colons(part)
                    if (key := part_key(text)) not in parts}  # fmt: skip
    if parts and (echo := _echo(lines, texts, first + 1, story, parts | after_colons, set(after_colons))) is not None:
        return echo, lines[echo].text, None
    if (reworded := _reworded_headline(lines, first + 1, story, strip_site_name(page_title))) is not None:
        return reworded, lines[reworded].text, strip_site_name(page_title)
    if (headline := _story_headline(lines, texts, keep)) is not None and headline > first:
        return headline, lines[headline].text, strip_site_name(page_title)  # the first line may be no <title> at all
    return first, strip_site_name(page_title), None


# A text may not open with the page's <title> (a scraper printing the body alone, as the seed
# page does: "Advertisement" / the headline / …), and then its first line is a menu's ("Sign In",
# "msn back to msn home news"), which anchored nothing, or no title line is found and the longest
# headline-shaped line before the first kept sentence stood in (a sidebar's teaser): the cuts
# under the headline (`lines._drop_above_headline`, the comment and next-story cuts) were lost.
# The headline is then the headline-shaped line nearest over the story's run of kept sentences
# (runs broken by more than STORY_RUN_GAP lines) with a byline or a stamp between it and the run,
# or over a run opening on a dateline ("HANOI, Vietnam (AP) —"): the story's run is the first of
# STORY_RUN_SHARE of the largest run's words (a sidebar's quote and teasers come before it), or
# the first of MIN_OPENING_RUN_WORDS words where a dated headline stands over it (a blog post
# over a longer comment section); not where a third of the kept sentences or more stand above
# the run (a thread's later post, a product's reviews), and never a button's label or a line
# printed over and over ("Add to quote").  Taken over a first line that is echoed nowhere below.
# renderings.py "without its <title> line": Zyte 0.9146 -> 0.9316, WCXB 0.8489 -> 0.8492, WCXB
# text titles 132 -> 219 of 1,355; with the <title> line, 0.9380 -> 0.9382, 0.8521 -> 0.8522,
# titles 972 -> 979.
STORY_RUN_GAP = 6  # lines between two kept sentences of one run (a caption, an ad label, a subheading)
STORY_RUN_SHARE = 0.5  # of the largest run's words: the story's run (teasers' and quotes' runs are shorter)
MIN_OPENING_RUN_WORDS = 30  # a short story's or post's run, taken where a dated headline stands over it
MAX_SENTENCES_ABOVE_STORY = 0.3  # the share of the kept sentences' words above the story's run
STORY_HEADLINE_WINDOW = 8  # lines over the run looked at for its headline
MAX_HEADLINE_PRINTS = 2  # a headline is printed once, or twice (a breadcrumb's last step)
MAX_STAMP_LINE_WORDS = 8  # "Posted on Oktober 27, 2015 by Admin"


def _story_headline(lines: list[RawLine], texts: list[str], keep: list[bool] | None) -> int | None:
    """The headline over the story's run of kept sentences, as the comment above says; None
    where there is no such line (or no `keep`, the line model's choice)."""
    if keep is None:
        return None
    runs: list[list[int]] = []  # [first line, words]
    last = -1
    for i in compress(range(len(lines)), keep):
        line = lines[i]
        if not line.terminal or line.words < MIN_SENTENCE_WORDS:
            continue
        if last < 0 or i - last > STORY_RUN_GAP:
            runs.append([i, 0])
        runs[-1][1] += line.words
        last = i
    largest = max((words for _, words in runs), default=0)
    everything = sum(words for _, words in runs)
    above = 0
    opening_tried = False
    for start, words in runs:
        if above > MAX_SENTENCES_ABOVE_STORY * everything:
            return None
        if words >= STORY_RUN_SHARE * largest:
            return _dated_headline_over(lines, texts, start)
        if not opening_tried and words >= MIN_OPENING_RUN_WORDS:
            opening_tried = True
            if (found := _dated_headline_over(lines, texts, start)) is not None:
                return found
        above += words
    return None


def _dated_headline_over(lines: list[RawLine], texts: list[str], start: int) -> int | None:
    """The headline-shaped line nearest over line `start` (within STORY_HEADLINE_WINDOW lines and
    no sentence between) with a byline or stamp between the two, or any such line where line
    `start` opens on a dateline.  The lines between are those already walked, each tested once."""
    dated = split_dateline(lines[start].text) is not None
    for j in range(start - 1, max(-1, start - 1 - STORY_HEADLINE_WINDOW), -1):  # the nearest first
        line = lines[j]
        if line.terminal and line.words >= MIN_SENTENCE_WORDS:
            return None  # a sentence between: the lines above head something else
        if is_stamp_or_byline(line):
            dated = True
        elif dated and _headline_shaped_line(line, texts):
            return j
    return None


def is_headline_shaped(line: RawLine) -> bool:
    """A line of a headline's length (MIN_TITLE_WORDS to MAX_HEADING_WORDS words), not furniture,
    not ending a sentence with a full stop."""
    return not line.furniture and MIN_TITLE_WORDS <= line.words <= MAX_HEADING_WORDS and not line.text.endswith(".")


def _headline_shaped_line(line: RawLine, texts: list[str]) -> bool:
    """A line that may be a headline (one that is no stamp or byline, `is_stamp_or_byline`, as the
    caller has tested): of a headline's length, no sentence, no line opening "By …" ("By LYNNE
    O'DONNELL", which `text_byline` does not read), no button's or menu's label, and printed once
    or twice on the page (`texts`)."""
    if not is_headline_shaped(line) or opens_as_byline(line.text):
        return False
    return interface_label(line.text) is None and not is_navigation_line(line.text) and texts.count(line.text) <= MAX_HEADLINE_PRINTS


def is_stamp_or_byline(line: RawLine) -> bool:
    """A byline or a time stamp on a line of its own ("By Sandee LaMotte, CNN", "November 19,
    2019 at 9:45 am", "Posted on Oktober 27, 2015 by Admin")."""
    text = line.text
    return (
        is_byline_or_stamp(text, []) or bool(text_byline(text))
        or (line.words <= MAX_STAMP_LINE_WORDS and is_date_line(text, month_first=True))
    )  # fmt: skip


# The headline printed over the story need not repeat the page's <title>: editors word the two
# apart ("Machine Learning in eCommerce: 10 Benefits & Use Cases" in the <title>, "How Machine
# Learning is Shaping eCommerce – 10 Benefits, Use Cases, Best Practices" over the story).  A
# headline-shaped line before the story's first sentence sharing at least SHARED_TITLE_WORDS of
# the title's words (and at least MIN_SHARED_WORDS of them) is taken for it, the closest to the
# story of the most alike.  Not for Chinese or Japanese titles (no spaces: no words to share).
# WCXB text mode: title 924 -> 977 of 1355 (train +50, valid +3; pages typed other than
# articles or forums keep their <title>, `pipeline.HEADLINED_PAGE_TYPES`), author 363 -> 378, date 489 -> 496
# (the byline and stamp are read under the headline's own line); on the held-out pages the
# silver text F1 moves -0.0001 (one French page).
SHARED_TITLE_WORDS = 0.5
MIN_SHARED_WORDS = 3
MAX_REWORDED_LOOKBACK = 60  # lines over the story's first sentence looked at


# A breadcrumb trail's separator: a ">" or "›" opening the line or between its parts.
BREADCRUMB = re.compile(r"(?:^|\s)[>›]\s")
MIN_TITLE_WORD_CHARS = 3  # shorter words ("a", "of", "to") say nothing of which line is the headline
_TITLE_WORD = re.compile(rf"\w{{{MIN_TITLE_WORD_CHARS},}}")  # a whole word of MIN_TITLE_WORD_CHARS or more


def title_words(text: str) -> set[str]:
    return set(_TITLE_WORD.findall(text.casefold()))


def _reworded_headline(lines: list[RawLine], start: int, story: int, title: str) -> int | None:
    """The line before `story` (after `start`) most like `title` in its words, if alike enough."""
    wanted = title_words(title)
    if len(wanted) < MIN_SHARED_WORDS or story <= start or unspaced_words(title):
        return None  # (Chinese and Japanese write no spaces between words: a "word" here is a phrase)
    best: tuple[float, int] | None = None
    for i in range(max(start, story - MAX_REWORDED_LOOKBACK), min(story, len(lines))):
        line = lines[i]
        if not is_headline_shaped(line):
            continue
        if BREADCRUMB.search(line.text):
            continue  # "> Les blogs du « Diplo » > Planète Asie": the trail shares the site's name with the <title>
        words = title_words(line.text)
        shared = len(wanted & words)
        share = shared / min(len(wanted), len(words) or 1)
        if shared >= MIN_SHARED_WORDS and share >= SHARED_TITLE_WORDS and (best is None or (share, i) >= best):
            best = (share, i)
    return None if best is None else best[1]


def page_title_line(lines: list[RawLine]) -> int | None:
    """The first line that is not furniture, when it can be a page's title: not a navigation
    label ("Table of contents"), not a sentence, not long, not one word; and when it is the
    only line, one with a site name cut off (a lone line without one may as well be text)."""
    for i, line in enumerate(lines[: MAX_LEADING_FURNITURE + 1]):
        if line.furniture or (line.phrases and line.words <= MAX_FURNITURE_LABEL_WORDS) or "script" in line.phrases:
            continue  # "Advertisement"; a script's or the server's notice ("Warning: … on line 145", a PHP error)
        if not MIN_PAGE_TITLE_WORDS <= line.words <= MAX_PAGE_TITLE_WORDS:
            return None
        # A sentence is no title; "Headline - Acme, Inc." and a tagline after the site name end
        # in "." too (WCXB text title 0.677 -> 0.681: 5 pages up, none down).
        if line.text.endswith(".") and TITLE_SEPARATORS.search(line.text) is None:
            return None
        if line.words <= MAX_NAVIGATION_WORDS and is_navigation_line(line.text):
            return None
        if len(lines) == 1 and TITLE_SEPARATORS.search(line.text) is None:
            return None
        return i
    return None


def headline_parts(title: str) -> dict[str, str]:
    """The parts of `title` that may be its headline, keyed casefolded: all of it when it
    has no site-name separator, else each part but the last and each run of parts from the
    first that stops before the last; when the first part has MIN_TITLE_WORDS words or more, no
    later part shorter than that (a section's or blog's name, "Dylann Roof Convicted … : The
    Two-Way : NPR", printed over the story as a label: WCXB text title +4 pages, none lost;
    held-out text-mode titles agreeing with HTML mode +2, goose's openings in text mode +1)."""
    pieces = TITLE_SEPARATORS.split(title)
    parts = [piece.strip() for piece in pieces[::2]]
    if len(parts) < 2:
        texts = [title]
    else:
        texts = parts[:-1] + ["".join(pieces[: 2 * i + 1]).strip() for i in range(1, len(parts) - 1)]
        if len(parts[0].split()) >= MIN_TITLE_WORDS:
            texts = [parts[0], *(text for text in texts[1:] if len(text.split()) >= MIN_TITLE_WORDS)]
    return {part_key(text): text for text in texts if text}


# A blog's or section's name before a colon ("Python Insider: Python 3.6.0 is now available!",
# Blogger's <title>; "www.weltwoche.ch: America:Steve Forbes: Trump is indeed a billionaire."): what
# follows a colon, MIN_TITLE_WORDS words or more and more words than precede it, may be the
# headline printed over the story (not a shop's category after its name: "AirPods Pro …:
# Amazon.co.uk: Electronics & Photo").
_COLON = re.compile(r":\s*")


def _after_colons(text: str) -> list[str]:
    """What follows each colon in `text`, where it is MIN_TITLE_WORDS words or more and longer
    in words than what precedes the colon."""
    found = []
    for match in _COLON.finditer(text):
        after = text[match.end() :].strip()
        words = len(after.split())
        if words >= MIN_TITLE_WORDS and words > len(text[: match.start()].split()):
            found.append(after)
    return found


# Typographic quotes read as plain ones when a line is matched with the title's parts: a <title>
# writes '"Burned Her Up"' where the headline over the story prints '“Burned Her Up”' (one
# character for one, so the lines compared by length stay the same); so do a prime and an acute
# accent typed for the apostrophe ("Germany′s" in the <title>, "Germany's" over the story).
_PLAIN_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})


def part_key(text: str) -> str:
    """How a title's part and a printed line are compared: case folded, quotes plain."""
    return text.casefold().translate(_PLAIN_QUOTES)


def _echo(lines: list[RawLine], texts: list[str], start: int, story: int, parts: dict[str, str],
          exact: set[str] | frozenset[str] = frozenset()) -> int | None:  # fmt: skip
    """The line from `start` on printing the longest part again; of equal ones the last before
    the `story` line, else the first after it.  The parts keyed in `exact` count only printed in
    the same letter case (what followed a colon printed otherwise is one of the page's headings:
    "Retirement Calculator: How Much Do I Need To Retire?" over a calculator, "How much do I need
    to retire?" an FAQ's question)."""
    lengths = set(map(len, parts))  # only lines of a part's length are compared (in C)
    same_length = compress(range(start, len(lines)), map(lengths.__contains__, map(len, islice(texts, start, None))))
    best: tuple[int, int, int] | None = None
    for i in same_length:
        line = lines[i]
        if line.furniture or line.words > MAX_HEADING_WORDS or (key := part_key(line.text)) not in parts:
            continue
        if key in exact and line.text.translate(_PLAIN_QUOTES) != parts[key].translate(_PLAIN_QUOTES):
            continue
        size = len(line.text)
        found = (size, 1, i) if i < story else (size, 0, -i)
        if best is None or found > best:
            best = found
    return None if best is None else abs(best[2])


def _headline_shaped(lines: list[RawLine]) -> int | None:
    """Index of the longest headline-shaped line before the first sentence of prose."""
    best: int | None = None
    for i, line in enumerate(lines):
        if line.furniture:
            continue
        if line.terminal and line.words >= MIN_SENTENCE_WORDS:
            return best
        if is_headline_shaped(line) and (best is None or line.words > lines[best].words):
            best = i
    return None
