"""`clean`: text scraped with its page furniture in, one `Article` out.

Lines are labelled (`lines.py`, which also reads the title: `title.py`); a
dateline is split off the first paragraph, body lines and headings become
blocks; authors and the publication date are read from the lines
(`facts.py`), in the story's language (`extract.language`, read first: it
decides how slashed dates read); the opening's stamps and furniture, the
headline printed again and an author box under the story leave the blocks;
every removed line is listed with its reason.  Last, when asked, the page is
typed (`pagetype.py`), and a product, collection, service or listing page
gives up the date (and all but a listing the byline) read from its text, as
in HTML mode.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from copydesk.clean.bullets import without_bullets
from copydesk.clean.dropcap import join_drop_caps
from copydesk.clean.facts import MONTH_FIRST_LANGUAGES, read_facts
from copydesk.clean.features import TERMINAL, RawLine
from copydesk.clean.forum import first_post
from copydesk.clean.furniture import split_dateline
from copydesk.clean.lines import CAPTION_LABEL, COMMENTS_REASON, Labelled, LineScan, label_scan, scan_lines
from copydesk.clean.markdown import (
    join_broken_links,
    laid_out,
    looks_like_markdown,
    markdown_html,
    split_envelope,
    with_title_line,
)
from copydesk.clean.pagetype import classify_text
from copydesk.clean.reflow import join_fragments, reflow
from copydesk.config import ExtractConfig
from copydesk.errors import InputError
from copydesk.extract.assemble import join_text
from copydesk.extract.corrections import correction_notes
from copydesk.extract.dates import first_written_date, meta_date
from copydesk.extract.decode import decode_html, utf8_markup
from copydesk.extract.guards import shape_problem
from copydesk.extract.language import LANGUAGE_SAMPLE_CHARS, detect_language
from copydesk.extract.metadata import as_written
from copydesk.extract.mojibake import repair_article
from copydesk.extract.pagetype import UNAUTHORED_PAGE_TYPES, UNDATED_PAGE_TYPES, is_error_page
from copydesk.extract.pipeline import extract
from copydesk.extract.segment import segment
from copydesk.extract.syndication import credit_origin
from copydesk.extract.tidy import (
    BIO_OPENING_CHARS,
    BIO_VERB,
    MIN_BIO_WORDS,
    OPENING_BLOCKS,
    PERSON_PRONOUN,
    closing_comment_labels,
    drop_author_bio,
    is_byline_or_stamp,
    is_edit_link,
    labelled_box_start,
    without_edit_links,
)
from copydesk.extract.title import leading_title_echoes
from copydesk.extract.wire import attribute_copy
from copydesk.model import Article, Block, BlockKind, PageType, RemovedLine

try:  # the compiled record builder (text_fast.pyx); the dataclass's own where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

MAX_TEXT_CHARS = 16 * 1024 * 1024  # larger inputs are refused: bounded time and memory
# Markdown cleaned without typing is extracted as an article page, as cleaning reads untyped text.
UNTYPED_MARKDOWN = ExtractConfig(page_type=PageType.ARTICLE)
_NOT_REMOVED = frozenset({"title", "body", "heading"})  # the labels of lines that stay
_BLOCK_KINDS: dict[str, tuple[BlockKind, int | None]] = {"body": (BlockKind.PARAGRAPH, None), "heading": (BlockKind.HEADING, 2)}
TITLE_ECHO_REASON = "boilerplate:title_echo"  # the title printed again at the top of the body
STAMP_REASON = "boilerplate:stamp"  # a time stamp or reading time among the first lines
# A byline or date further down the opening than OPENING_BLOCKS (tidy's) takes what stands
# above it, within the first OPENING_SCAN_BLOCKS, when that reads as an article's opening
# (`_is_article_opening`): Zyte +10 pages, WCXB articles +10, no page down; without the
# guards listings and a forum thread lost their first items.
OPENING_SCAN_BLOCKS = 6
MAX_OPENING_FURNITURE = 3  # a standfirst, a caption, the site's name
MAX_OPENING_SENTENCES = 2  # a standfirst and a caption
MAX_BETWEEN_STAMPS = 1  # "By Jane Doe", "smithsonian.com", "November 18, 2019"
MAX_STANDFIRST_WORDS = 60
MIN_OPENING_PARAGRAPH_WORDS = 15  # a wire story's first paragraph runs 15-25 words
OPENING_REASON = "boilerplate:opening"  # a standfirst, caption or site name over the byline and date
# An author box under the story: the author's name alone, or after "About" in the languages of
# `patterns.INTERFACE_LABELS_BY_CONCEPT`, then a bio naming them (WCXB articles: 11 up, none down).
_ABOUT = re.compile(r"^(?:about|sobre|über|à propos de|a proposito di|over)\s+", re.I)
AUTHOR_BOX_REASON = "boilerplate:author_box"
EDIT_LINK_REASON = "boilerplate:edit_link"  # a wiki section's edit link on a line of its own (`tidy.without_edit_links`)
MAX_LINE_CHARS = 100_000  # a longer "line" is cut into pieces this long before labelling


def _decode(text: str | bytes) -> str:
    if isinstance(text, str):
        return text
    return decode_html(text)


def _split_long_lines(text: str) -> str:
    if len(text) <= MAX_LINE_CHARS or all(len(line) <= MAX_LINE_CHARS for line in text.splitlines()):
        return text
    pieces = []
    for line in text.splitlines():
        while len(line) > MAX_LINE_CHARS:
            cut = line.rfind(". ", 0, MAX_LINE_CHARS) + 1 or MAX_LINE_CHARS  # end pieces on a sentence
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        pieces.append(line)
    return "\n".join(pieces)


def _without_author_box(article: Article, blocks: list[Block]) -> list[Block]:
    """The story ends before an author box in its second half: a line naming the article's
    author alone ("Jane Doe", "About Jane Doe") whose next line mentions the author again, or
    a bio paragraph opening on the author's name ("Jane Doe covers …": `tidy.drop_author_bio`,
    HTML mode's rule; WCXB text 15 pages up, 2 down, +0.32 summed; Zyte 3 up, +0.02).  Not
    where the line over the name names the author too: that is the byline, and the box its
    profile under it, the story below (a Süddeutsche story lost all but its standfirst: held-out
    silver 0.8645 -> 0.8669, no dev page moved)."""
    if len(blocks) >= 3 and (start := labelled_box_start(blocks)) is not None:
        article.removed += [RemovedLine(block.text, AUTHOR_BOX_REASON) for block in blocks[start:]]
        return blocks[:start]
    if not article.authors or len(blocks) < 3:
        return blocks
    names = {name.casefold() for name in article.authors}
    firsts = {name.split()[0].casefold() for name in article.authors}
    for k in range(len(blocks) // 2, len(blocks) - 1):
        text = _ABOUT.sub("", blocks[k].text).casefold().strip(" :")
        if text in names and any(first in blocks[k + 1].text.casefold() for first in firsts):
            if any(first in blocks[k - 1].text.casefold() for first in firsts):
                continue  # the byline over it names the author too: a profile under the byline, the story below
            article.removed += [RemovedLine(block.text, AUTHOR_BOX_REASON) for block in blocks[k:]]
            return blocks[:k]
    if (profile := _opening_profile(blocks, names)) is not None:  # a profile under the byline, over the story
        article.removed.append(RemovedLine(blocks[profile].text, AUTHOR_BOX_REASON))
        blocks = blocks[:profile] + blocks[profile + 1 :]
    kept = drop_author_bio(blocks, article.authors, labelled=False)  # a bio paragraph opening on the author's name, as HTML mode reads it (no labelled box: looked for above)
    if len(kept) == len(blocks) and (start := _bio_further_up(blocks, names)) is not None:
        kept = blocks[:start]
    article.removed += [RemovedLine(block.text, AUTHOR_BOX_REASON) for block in blocks[len(kept) :]]
    return kept


def _bio_further_up(blocks: list[Block], names: set[str]) -> int | None:
    """Where a bio opening on an author's full name and a verb of a life story ("Steve Gillman is
    the author of …") stands in the second half, further up than `tidy.drop_author_bio` looks
    (its last blocks), with little story under it (`_little_story_after`: a profile under the
    byline has the story under it): the text rendering keeps what a page prints under the box
    (its share counts, other stories' teasers), which HTML mode's blocks leave out."""
    if not (full := _full_names(names)):
        return None
    for k in range(len(blocks) // 2, len(blocks)):
        if _opens_bio(blocks[k], full) and _little_story_after(blocks[k + 1 :]):
            return k
    return None


def _full_names(names: set[str]) -> tuple[str, ...]:
    """The casefolded authors' names of two words or more, each with the space after it: what a
    bio opens on."""
    return tuple(f"{name} " for name in names if " " in name)


def _opens_bio(block: Block, full: tuple[str, ...], adverb: bool = False) -> bool:
    """Whether `block` is a paragraph of MIN_BIO_WORDS words or more opening on one of the `full`
    names (`_full_names`) and a verb of a life story ("Steve Gillman is …"; with `adverb`, an
    adverb between: "currently works")."""
    if block.kind is not BlockKind.PARAGRAPH or len(block.text.split()) < MIN_BIO_WORDS:
        return False
    opening = block.text[:BIO_OPENING_CHARS].casefold()
    for name in full:
        if opening.startswith(name):
            at = len(name)
            if adverb and (found := _PROFILE_ADVERB.match(opening, at)) is not None:
                at = found.end()
            if BIO_VERB.match(opening, at):
                return True
    return False


# An author's profile opening the story ("Mary Marlowe Leverette is one of the industry's most
# highly regarded … She is also a master gardener …"): among the first PROFILE_BLOCKS blocks, a
# paragraph opening on an author's full name, a verb of a life story (an adverb between:
# "currently works") and a person's pronoun in it, over MIN_STORY_WORDS_UNDER_PROFILE words of
# the story.  HTML mode's blocks leave such a box out; the text rendering prints it.  WCXB text
# one page up (0.980 -> 0.999), none down.
PROFILE_BLOCKS = 2
MIN_STORY_WORDS_UNDER_PROFILE = 150
_PROFILE_ADVERB = re.compile(r"(?:currently|now|also)\s+")


def _opening_profile(blocks: list[Block], names: set[str]) -> int | None:
    """The index of the author's profile opening the story (see PROFILE_BLOCKS), or None."""
    if not (full := _full_names(names)):
        return None
    for k in range(min(PROFILE_BLOCKS, len(blocks) - 1)):
        if _opens_bio(blocks[k], full, adverb=True) and PERSON_PRONOUN.search(blocks[k].text.casefold()):
            story = sum(len(block.text.split()) for block in blocks[k + 1 :] if block.kind is BlockKind.PARAGRAPH)
            if story >= MIN_STORY_WORDS_UNDER_PROFILE:
                return k
    return None


MIN_STORY_PARAGRAPH_WORDS = 40  # a paragraph this long is the story's; teasers' summaries (25-36 words) and labels are shorter
MAX_STORY_WORDS_AFTER_BIO = 60  # the story's words a bio may stand over (a profile under the byline stands over all of it)


def _little_story_after(blocks: list[Block]) -> bool:
    """Whether `blocks` hold at most MAX_STORY_WORDS_AFTER_BIO words in paragraphs of
    MIN_STORY_PARAGRAPH_WORDS words or more."""
    long_words = (len(block.text.split()) for block in blocks if block.kind is BlockKind.PARAGRAPH)
    return sum(words for words in long_words if words >= MIN_STORY_PARAGRAPH_WORDS) <= MAX_STORY_WORDS_AFTER_BIO


def _removed_lines(lines: list[RawLine], labels: list[str]) -> tuple[list[RemovedLine], list[int]]:
    """A `RemovedLine` for each line whose label is not `_NOT_REMOVED`'s, with the label as its
    reason, and the indexes of the lines that stay; in one C pass where `text_fast` is built
    (about 500 removed lines a page: the dataclass's Python `__init__` cost 60 µs a page for
    them; their lists and texts picked with C iterators 10 µs more)."""
    if text_fast is not None:
        return text_fast.removed_records(RemovedLine, lines, labels, _NOT_REMOVED)
    removed = [RemovedLine(line.text, label) for line, label in zip(lines, labels, strict=True) if label not in _NOT_REMOVED]
    return removed, [i for i, label in enumerate(labels) if label in _NOT_REMOVED]


def staying_blocks(lines: list[RawLine], labels: list[str], stays: list[int], compiled: bool = True) -> list[Block]:
    """The article's blocks: a paragraph for each staying "body" line, a heading for each
    "heading" line (`stays`: the staying lines' indexes); made in C where `text_fast` is built
    (a block's Python `__init__` cost ~10 µs a median Zyte text; a test compares both)."""
    if compiled and text_fast is not None:
        return text_fast.staying_blocks(Block, lines, labels, stays, _BLOCK_KINDS)
    blocks = []
    for i in stays:
        if (found := _BLOCK_KINDS.get(labels[i])) is not None:
            blocks.append(Block(found[0], lines[i].text, found[1]))
    return blocks


def _trim_closing_comment_labels(article: Article, blocks: list[Block]) -> list[Block]:
    """`blocks` less the comment-section labels they end on (`tidy.closing_comment_labels`), each
    cut listed in `article.removed`."""
    end = closing_comment_labels([block.text for block in blocks])
    if end < len(blocks):
        article.removed += [RemovedLine(block.text, COMMENTS_REASON) for block in blocks[end:]]
    return blocks[:end]


def _trim_opening(article: Article, blocks: list[Block]) -> list[Block]:
    """`blocks` less what opens them as HTML mode's tidying drops it, each cut listed in
    `article.removed`: time stamps, bylines and reading times among the first lines
    (`tidy.is_byline_or_stamp`; never all the lines), with what stands above the last of
    them (a standfirst, a photo caption, the site's name: `_opening_furniture`), then the
    headline printed again over the story (`title.leading_title_echoes`)."""
    story = article.page_type is PageType.ARTICLE
    stamps = [k for k, block in enumerate(blocks[:OPENING_SCAN_BLOCKS]) if is_byline_or_stamp(block.text, article.authors, story)]
    cut = _opening_furniture(article, blocks, stamps) if stamps else []
    if cut and len(cut) < len(blocks):
        article.removed += [RemovedLine(blocks[k].text, STAMP_REASON if k in stamps else OPENING_REASON) for k in cut]
        blocks = [block for k, block in enumerate(blocks) if k not in cut]
    if article.title and (echoes := leading_title_echoes([block.text for block in blocks], article.title)):
        article.removed += [RemovedLine(block.text, TITLE_ECHO_REASON) for block in blocks[:echoes]]
        blocks = blocks[echoes:]
    return blocks


def _opening_furniture(article: Article, blocks: list[Block], stamps: list[int]) -> list[int]:
    """The blocks to cut from the opening: the stamps among the first OPENING_BLOCKS (as HTML
    mode), or every block up to the last stamp when they make an article's opening
    (`_is_article_opening`); the first block above the stamps that is a sentence then becomes
    the subtitle."""
    last = stamps[-1]
    above = [k for k in range(last) if k not in stamps]
    labels = _labels_after(blocks, last)
    if last < OPENING_BLOCKS or not _is_article_opening(blocks, stamps, above, labels):
        return [k for k in stamps if k < OPENING_BLOCKS]
    if article.subtitle is None and above and blocks[above[0]].text.endswith(TERMINAL):
        article.subtitle = blocks[above[0]].text
    return list(range(last + 1 + labels))


MAX_LABELS_UNDER_STAMP = 2  # a comment link's and a share button's label between the stamp and the story
MAX_LABEL_WORDS = 2


def _labels_after(blocks: list[Block], last: int) -> int:
    """How many blocks right under the opening's last stamp are a link's or button's label
    ("comments", "Share": MAX_LABEL_WORDS words at most, no sentence), MAX_LABELS_UNDER_STAMP at most."""
    count = 0
    while count < MAX_LABELS_UNDER_STAMP and last + 1 + count < len(blocks):
        text = blocks[last + 1 + count].text
        if len(text.split()) > MAX_LABEL_WORDS or text.endswith(TERMINAL):
            break
        count += 1
    return count


def _is_article_opening(blocks: list[Block], stamps: list[int], above: list[int], labels: int = 0) -> bool:
    """Standfirst, caption, byline, site name, date, then the story: at most
    MAX_OPENING_FURNITURE short blocks above the last stamp, at most MAX_OPENING_SENTENCES of
    them sentences (a forum post's paragraphs stand over its poster's stamp), at most
    MAX_BETWEEN_STAMPS between the stamps (a listing dates each item), and a paragraph of at
    least MIN_OPENING_PARAGRAPH_WORDS words next (a listing's next item is a short title),
    after `labels` blocks that are a link's or button's label (`_labels_after`)."""
    last = stamps[-1] + labels
    story = blocks[last + 1].text if last + 1 < len(blocks) else ""
    if len(story.split()) < MIN_OPENING_PARAGRAPH_WORDS or not story.endswith(TERMINAL):
        return False
    if len(above) > MAX_OPENING_FURNITURE or sum(k > stamps[0] for k in above) > MAX_BETWEEN_STAMPS:
        return False
    texts = [blocks[k].text for k in above]
    return sum(text.endswith(TERMINAL) for text in texts) <= MAX_OPENING_SENTENCES and all(len(text.split()) <= MAX_STANDFIRST_WORDS for text in texts)


def _opening_text(blocks: list[Block]) -> str:
    """The text of the first of `blocks`, as many as fill the language's sample (a page's
    blocks joined are its whole text)."""
    pieces, size = [], 0
    for block in blocks:
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
        pieces.append(block.text)
        size += len(block.text) + 2
    return "\n\n".join(pieces)


# The facts a Markdown page's article takes from the HTML its Markdown renders to (links and
# pictures kept: "By [Lena Park](/author/…)", related links with their addresses, captions);
# the text, its blocks and what was cut come from cleaning the rendering's blocks as lines.
MARKUP_FACTS = ("subtitle", "authors", "authors_source", "published", "published_source", "modified", "modified_source",
                "site_name", "canonical_url", "section", "tags", "captions", "related", "media", "access")  # fmt: skip


def _markdown_article(decoded: str, url: str | None, page_type: bool, page_title: str | None = None) -> Article:
    """A Markdown page (`markdown.looks_like_markdown`): its text cleaned from the blocks of the
    HTML it renders to, laid out as html-text lays out a page (`markdown.laid_out`; its code
    blocks printed as written again) and cleaned as lines (`_cleaned_text`: typed, with the text
    model's page type) under a line naming the page (`markdown.with_title_line`: `page_title`,
    a reader service's, else its first heading), as crawlers' renderings open with its <title>;
    its title and facts extracted from that HTML (`MARKUP_FACTS`), read as an article page
    untyped (`UNTYPED_MARKDOWN`), as cleaning reads untyped text.  HTML mode on the bare
    rendering, with no class or id to tell a comment section or a related list from the story,
    kept them: the dev pages as markdownify and html2text (unwrapped) print them, text F1 Zyte
    0.729 and 0.778, WCXB 0.728 and 0.730 extracted as HTML; 0.896 and 0.882, 0.802 and 0.783
    so (`benchmarks/renderings.py`).  The title from the HTML: cleaning found none in
    html2text's pages, which print no <title> (WCXB title 0.657 from the HTML, 0.094 from the
    lines).  Where the lines keep nothing, the HTML's article stands."""
    html = markdown_html(reflow(join_broken_links(decoded)))  # wrapped (html2text's 78 columns): its lines and links' addresses joined
    if shape_problem(utf8_markup(html)) is not None:  # too large or deep to parse: `extract` says so
        return extract(html, url=url, config=UNTYPED_MARKDOWN)
    root = (tree := LexborHTMLParser(html)).body or tree.root  # (cmark's safe HTML: no script or hidden element to strip)
    seg = segment(root) if root is not None else None
    lines, code = laid_out(seg) if seg is not None else ("", {})
    if seg is not None and lines.strip():
        heading = tree.css_first("h1") or tree.css_first("h2")
        lines = with_title_line(lines, seg, page_title, heading.text() if heading is not None else None)
    cleaned = _cleaned_text(lines, url, page_type) if lines.strip() else None
    if cleaned is not None and code:
        _code_as_written(cleaned, code)
    config = UNTYPED_MARKDOWN if cleaned is None or not page_type else ExtractConfig(page_type=cleaned.page_type)
    marked = extract(html, url=url, config=config)
    if cleaned is None or not cleaned.text:
        if not page_type:
            marked.page_type = PageType.OTHER
        return marked
    cleaned.title = marked.title or cleaned.title
    for name in MARKUP_FACTS:
        setattr(cleaned, name, getattr(marked, name))
    return cleaned


def _code_as_written(article: Article, code: dict[str, str]) -> None:
    """The article's code blocks printed with their lines again (`markdown.laid_out` read each
    on one line): a kept block whose text is one's, collapsed."""
    changed = False
    for block in article.blocks:
        if (written := code.get(block.text)) is not None:
            block.text, block.kind, changed = written, BlockKind.CODE, True
    if changed:
        article.text = join_text(article.blocks)


def clean(text: str | bytes, url: str | None = None, page_type: bool = False, title: str | None = None) -> Article:
    """Clean scraped page text into an article; never raises on bad input.

    Bytes are decoded like HTML (BOM, UTF-8, detection).  Empty, binary or
    oversized input yields an empty article whose `drop_reason` says why
    (``input:empty``, ``input:binary``, ``input:too_large``); text that is
    all furniture yields ``clean:no_content`` with every line in `removed`.
    With `page_type` the page is typed too (`pagetype.py`), and a product,
    collection, service or listing page then gives up a date or byline read
    from its text; otherwise its type is "other".  Typing costs about a third
    of cleaning's time (counting the text's words and prices; BENCHMARKS.md,
    text mode), so it is asked for: every crawl run and `copydesk extract` of
    a text page do.  Markdown (a scraper's rendering of the page:
    `markdown.looks_like_markdown`) is rendered to HTML and extracted as HTML
    (`_markdown_article`); a reader service's envelope over the page
    (`markdown.split_envelope`) gives its address, title and date.  `title`: the page's
    title where the scraper kept it apart from the text (a dataset's or a JSONL record's
    "title" field), read as the `<title>` line crawlers' renderings print over a page
    (`_with_given_title`).
    """
    if len(text) > MAX_TEXT_CHARS:
        return Article(url=url, drop_reason="input:too_large")
    try:
        decoded = _decode(text)
    except InputError as exc:
        return Article(url=url, drop_reason=exc.reason)
    if not decoded.strip():
        return Article(url=url, drop_reason="input:empty")
    envelope, decoded = split_envelope(decoded)
    url = url or envelope.get("URL Source")
    if looks_like_markdown(decoded):  # a Markdown rendering of the page: read as the HTML it stands for
        article = _markdown_article(decoded, url, page_type, envelope.get("Title") or _given_title(title))
    else:
        article = _cleaned_text(_with_given_title(decoded, title), url, page_type)
    if envelope and not article.drop_reason:  # the envelope's facts where the page gives none
        article.title = article.title or envelope.get("Title")
        if article.published is None and (published := meta_date(envelope.get("Published Time", ""))):
            article.published, article.published_source = published, "meta"  # the reader's, read off the page's meta tags
    return article


# A page's title given apart from its text (`clean(..., title=...)`): the cleaner anchors on the
# <title> line crawlers' renderings print first (the headline's echo heads the story; the stamps,
# comment headers and next stories under it are told by it), which a text scraped from the page's
# body lacks.  Printed over such a text, the dev pages' html-text renderings less their <title>
# line clean as the whole renderings do: Zyte 0.9316 -> 0.9382, WCXB 0.8515 -> 0.8544 (typed; the
# whole renderings 0.8545), WCXB titles 219 -> 988 of 1,355 (991 from the whole renderings).
MAX_GIVEN_TITLE_CHARS = 1000  # a longer "title" is a text's, not a page's: not printed


def _given_title(title: str | None) -> str | None:
    """`title` on one line, or None where it is empty or too long to be a page's title."""
    title = " ".join((title or "").split())
    return title if title and len(title) <= MAX_GIVEN_TITLE_CHARS else None


def _with_given_title(text: str, title: str | None) -> str:
    """`text` under a line printing the page's `title` (`_given_title`), as a crawler's
    rendering opens with the <title>; as it is where its first line is that title already."""
    if (line := _given_title(title)) is None:
        return text
    first = next((row for row in text.splitlines() if row.strip()), "")
    if line.casefold() == " ".join(first.split()).casefold():
        return text
    return f"{line}\n\n{text}"


# Pages whose title is the headline printed over their text, worded apart from the <title> as it
# may be (`clean.title._reworded_headline`): a story's and a forum thread's (on forums the <title>
# instead lost WCXB two titles); other types keep their <title>.
HEADLINED_PAGE_TYPES = frozenset({PageType.ARTICLE, PageType.FORUM})


def _cleaned_text(decoded: str, url: str | None, page_type: bool) -> Article:
    """`clean` of decoded, non-blank text that is not Markdown."""
    article, labelled = clean_lines(decoded, url)
    if is_error_page((article.title,), [article.text]):
        return Article(url=url, title=article.title, drop_reason="extract:error_page")
    if not page_type:
        return article
    article.page_type = classify_text(decoded, labelled, article)
    if labelled.page_title and article.page_type not in HEADLINED_PAGE_TYPES:
        article.title = labelled.page_title  # a service's or a listing's title is its <title>, not a slogan over the text
    if article.page_type is PageType.FORUM:  # its short replies are content: labelled again (`label_scan`)
        article, labelled = clean_lines(decoded, url, forum=True, scan=labelled.scan)
        article.page_type = PageType.FORUM
        starter, started = first_post(labelled.texts, article.language in MONTH_FIRST_LANGUAGES)
        if starter:  # the thread's author, as HTML mode's forums
            article.authors, article.authors_source = starter, "forum_post"
        if started:  # and its date, the first post's
            article.published, article.published_source = started, "text"
    if article.page_type in UNDATED_PAGE_TYPES and article.published_source == "text":
        article.published, article.published_source = None, None  # a review's, an item's, a comment's date
    if article.page_type in UNAUTHORED_PAGE_TYPES and article.authors_source == "text":
        article.authors, article.authors_source = [], None  # a brand's, a reviewer's name
    return article


def clean_lines(decoded: str, url: str | None, forum: bool = False, scan: LineScan | None = None) -> tuple[Article, Labelled]:
    """`clean` of decoded, non-blank text, less the page type, and its labelled lines (which
    the page type is read from: `pagetype.text_page_features`); `forum` as in `label_lines`.
    `scan`: the text's lines as an earlier call scanned them (`labelled.scan`), labelled again."""
    labelled = label_scan(scan if scan is not None else scan_lines(_split_long_lines(join_fragments(reflow(without_bullets(decoded))))), forum)
    article = Article(url=url, title=labelled.title, captions=labelled.captions, related=labelled.related, media=labelled.media)
    lines, labels = labelled.lines, labelled.labels
    article.removed, stays = _removed_lines(lines, labels)
    blocks = staying_blocks(lines, labels, stays)
    if len(edited := without_edit_links(blocks)) < len(blocks):  # a wiki's "[edit]" lines: cut, and listed as cut
        article.removed += [RemovedLine(block.text, EDIT_LINK_REASON) for block in blocks if is_edit_link(block.text)]
    blocks = edited
    first = next((block for block in blocks if block.kind is BlockKind.PARAGRAPH), None)
    if first is not None and (found := split_dateline(first.text)):
        article.dateline, first.text = found
    story_line = labels.index("body") if "body" in labels else None  # in C
    # the story's language, read before the facts (it decides how 03/04/2025 reads) from the text
    # as it stands: its opening sample is the story's, with a byline at most still over it
    article.language = detect_language(_opening_text(blocks))
    join_drop_caps(blocks, decoded, article.language)
    texts = labelled.texts
    if article.captions:  # a photo's date is the day it was taken, not the day the story ran
        texts = [("" if label == CAPTION_LABEL else text) for label, text in zip(labels, texts, strict=True)]
    read_facts(article, texts, labelled.title_line, story_line, article.language)
    if article.captions and article.published is None:
        month_first = article.language in MONTH_FIRST_LANGUAGES
        labelled.dated_caption = any(first_written_date(caption.text, month_first) for caption in article.captions)
    blocks = _trim_opening(article, blocks)
    article.blocks = blocks = _trim_closing_comment_labels(article, _without_author_box(article, blocks))
    article.text = join_text(blocks)
    repair_article(article)
    attribute_copy(article)
    credit_origin(article)
    article.corrections = correction_notes(article)
    article.authors = as_written(article.authors)  # once the agency has left the byline
    if not blocks:
        article.drop_reason = "clean:no_content"
    return article, labelled
