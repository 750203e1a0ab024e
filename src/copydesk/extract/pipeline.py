"""`extract`: one HTML page in, one `Article` out.

Steps: guard and decode the input, parse once (`page.py`), score every block
(`scorer.py`), keep the blocks above the threshold, type them
(`assemble.py`), and fill title and page type.  Bad input never raises: it
yields an empty `Article` whose `drop_reason` says why.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np

from copydesk.clean.furniture import split_dateline
from copydesk.config import ExtractConfig
from copydesk.errors import InputError
from copydesk.extract.assemble import data_cell, enclosing_listing, join_text, typed_block
from copydesk.extract.corrections import correction_notes
from copydesk.extract.decode import decode_html, utf8_markup
from copydesk.extract.features import COLUMN
from copydesk.extract.furniture import heading_related, is_related_heading, with_link_targets
from copydesk.extract.guards import shape_problem
from copydesk.extract.language import detect_language
from copydesk.extract.markup_body import markup_body_blocks
from copydesk.extract.metadata import Metadata, as_written, site_name_alone, site_name_from_title
from copydesk.extract.mojibake import repair_article
from copydesk.extract.page import ParsedPage, parse_page, thread_starter
from copydesk.extract.pagetype import UNAUTHORED_PAGE_TYPES, UNDATED_PAGE_TYPES, classify_page, is_error_page
from copydesk.extract.patterns import (
    ANCESTOR_TAG_BIT,
    CONCEPT_BIT,
    FEATURE_CONCEPT_MASK,
    is_escaped_markup,
    is_sign_up_line,
    is_unrendered_template,
    spaced_word_total,
)
from copydesk.extract.runs import best_container_prose, continue_story, fill_story_holes, keep_runs
from copydesk.extract.scorer import score_blocks
from copydesk.extract.segment import Element, TextBlock
from copydesk.extract.syndication import credit_origin
from copydesk.extract.teasers import (
    outside_side_columns,
    outside_teaser_articles,
    outside_teaser_cards,
    without_emptied_headings,
    without_shouted_links,
    without_truncated_teasers,
)
from copydesk.extract.tidy import (
    closing_comment_labels,
    cut_appeal,
    drop_author_bio,
    drop_captions,
    drop_contents_entries,
    drop_credit_lines,
    drop_disclosures,
    drop_masthead_names,
    drop_navigation_lines,
    drop_pull_quotes,
    drop_related_entries,
    drop_related_headings,
    drop_repeats,
    drop_trailing_headings,
    split_media_labels,
    split_related_pointers,
    trim_closing_lines,
    trim_edge_labels,
    trim_feedback_prompts,
    trim_opening_byline,
    without_edit_links,
)
from copydesk.extract.title import find_title, labelled_headings, leading_title_echoes, site_words
from copydesk.extract.urls import readable_url
from copydesk.extract.vetoes import (
    in_comment_section,
    is_shop_notice,
    outside_vetoed_sections,
    veto_reason,
)
from copydesk.extract.wire import attribute_copy
from copydesk.model import TABLE_CELL_SEPARATOR, Article, Block, BlockKind, Media, PageType, RelatedLink

DEFAULT_CONFIG = ExtractConfig()
_IN_TABLE = ANCESTOR_TAG_BIT["table"]  # a data cell sits in a table (`assemble.data_cell`)
_IN_PRE = ANCESTOR_TAG_BIT["pre"]  # and a code listing's lines in a <pre> (`assemble.enclosing_listing`)
COMMENT_BIT = CONCEPT_BIT["comment"]
PAGE_TEXT_DATE_SOURCES = frozenset({"text", "time"})  # dates read off the page's text (`UNDATED_PAGE_TYPES`)
PAGE_TEXT_AUTHOR_SOURCES = frozenset({"byline", "text"})  # and bylines (`UNAUTHORED_PAGE_TYPES`)
# A kept block this long outside comment sections is article text (not a
# breadcrumb or a label); comment sections are dropped only after one.
ARTICLE_TEXT_WORDS = 10
# Readers' sections of any size after this many kept words of a story (`_without_comments`):
# a SPIP blog's forum of 2,900 words under a 660-word post (held-out, trafilatura's cached
# pages: the whole forum kept before).  No dev page has such a section; an opinion page whose
# body sits in a "commentary" container after a lede stays whole under it.
MIN_WORDS_OVER_LONG_COMMENTS = 150
READERS_SECTION_BITS = CONCEPT_BIT["comment"] | CONCEPT_BIT["forum"]
# Page types whose content is a run of like items (posts, list items, cards, sections): there,
# a block in the same slot as several kept blocks is kept on a lower bar (`select_blocks`).
# On articles and products the repeated structures beside the content are related-story and
# recommendation cards: WCXB articles -0.002 and products -0.018 when applied there too.
REPEATED_CONTENT_TYPES = frozenset({PageType.FORUM, PageType.LISTING, PageType.COLLECTION, PageType.DOCUMENTATION, PageType.SERVICE})
Slot = tuple[str, int, int, str, int]  # tag, own concepts, depth, parent's tag, parent's own concepts


def _drop(url: str | None, reason: str) -> Article:
    return Article(url=url, drop_reason=reason)


def block_slot(elements: list[Element], owner: int) -> Slot:
    """Where a block sits in a repeated structure: its element's and parent's tag and
    class concepts, and its depth (a forum's post bodies, a listing's item texts share one)."""
    element = elements[owner]
    parent = elements[element.parent] if element.parent >= 0 else element
    return element.tag, element.own_concepts & FEATURE_CONCEPT_MASK, element.depth, parent.tag, parent.own_concepts & FEATURE_CONCEPT_MASK


def _repeated_slots(page: ParsedPage, probabilities: list[float], config: ExtractConfig) -> set[Slot]:
    """Slots holding at least `config.repeat_min_kept` blocks the model keeps."""
    counts = Counter(
        block_slot(page.seg.elements, block.owner)
        for block, p in zip(page.seg.blocks, probabilities, strict=True) if p >= config.threshold
    )  # fmt: skip
    return {slot for slot, n in counts.items() if n >= config.repeat_min_kept}


def _without_comments(page: ParsedPage, chosen: list[TextBlock]) -> list[TextBlock]:
    """`chosen` less the blocks in comment sections that follow article text.

    Readers' comments come after the article they discuss; a "comment"-classed
    container before any other kept text is the article itself under a
    misleading class name (``class="commenting-on-qna"``).  A section may hold
    more than half the page (`vetoes.in_small_section`'s bound) when a long
    thread follows a short story: a comment- or forum-classed container that
    begins after the article's first block, under MIN_WORDS_OVER_LONG_COMMENTS
    kept words, is one whatever its size (`_after_story_section`)."""
    elements = page.seg.elements
    if not any(elements[block.owner].concepts & READERS_SECTION_BITS for block in chosen):
        return chosen  # no block in a comment- or forum-classed container, none to drop: 897 of the 910 dev article pages
    kept: list[TextBlock] = []
    first = -1  # the owner of the article's first block, once seen
    words = 0
    for block in chosen:
        inside = bool(elements[block.owner].concepts & COMMENT_BIT) and in_comment_section(page.seg, block.owner)
        if not inside and first >= 0 and words >= MIN_WORDS_OVER_LONG_COMMENTS:
            inside = _after_story_section(elements, block.owner, first)
        if inside and first >= 0:
            continue
        kept.append(block)
        if not inside:
            size = len(block.text.split())
            words += size
            if first < 0 and size >= ARTICLE_TEXT_WORDS:
                first = block.owner
    return kept


def _after_story_section(elements: list[Element], owner: int, first: int) -> bool:
    """Whether element `owner` lies in a comment- or forum-classed container that begins after
    element `first` (elements are in pre-order: such a container cannot hold `first`)."""
    if not elements[owner].concepts & READERS_SECTION_BITS:
        return False
    index = owner
    while index > first:
        if elements[index].own_concepts & READERS_SECTION_BITS:
            return True
        index = elements[index].parent
    return False


def select_blocks(page: ParsedPage, probabilities: list[float], config: ExtractConfig, page_type: PageType = PageType.OTHER) -> list[Block]:
    """Blocks the model keeps (`probabilities`, one per block) and no veto drops; a table row's
    cells become one block, and so do a code listing's lines.

    On list-like pages, a block in the same slot as several kept blocks is kept
    on the lower `repeat_threshold`; on article pages, blocks are kept in runs
    (`config.article_run_penalty`) and blocks in a comment section after the
    article go (on forums comments are the content); each page type's furniture
    sections go (`vetoes.SECTION_VETOES`: an article's call-to-action boxes and
    recirculation modules, a forum's signatures and notices, a product's customer
    reviews, a collection's rating lines), and a product page's shop notices."""
    elements = page.seg.elements
    repeated = _repeated_slots(page, probabilities, config) if page_type in REPEATED_CONTENT_TYPES else set()
    if page_type is PageType.ARTICLE and config.article_run_penalty > 0 and probabilities:
        words = page.rows[:, COLUMN["words"]].astype(np.int64).tolist()
        passes = fill_story_holes(page.seg, page.rows, continue_story(page.seg, page.rows, keep_runs(np.asarray(probabilities), words, config.threshold, config.article_run_penalty)))
    else:
        passes = [p >= config.threshold for p in probabilities]
    story = page_type is PageType.ARTICLE  # a story's reader never sees a template's bindings; a docs page prints them as code
    shows_markup = page_type is PageType.DOCUMENTATION  # and markup as text (`is_escaped_markup`)
    chosen = [
        block for block, p, passed in zip(page.seg.blocks, probabilities, passes, strict=True)
        if (passed or (p >= config.repeat_threshold and block_slot(elements, block.owner) in repeated))
        and veto_reason(page.seg, block) is None and not (story and not block.in_pre and is_unrendered_template(block.text))
        and not (story and "subscribe" in block.phrases and is_sign_up_line(block.text))  # a newsletter plug, a paywall's notice
        and (shows_markup or block.in_pre or not is_escaped_markup(block.text))
    ]  # fmt: skip
    chosen = outside_vetoed_sections(page.seg, chosen, page_type)
    if page_type is PageType.ARTICLE:
        chosen = outside_teaser_articles(page.seg, _without_comments(page, chosen), page.rows)
        chosen = outside_teaser_cards(page.seg, without_shouted_links(without_truncated_teasers(page.seg, chosen)), page.rows)
        chosen = without_emptied_headings(page.seg, chosen)
        chosen = outside_side_columns(page.seg, chosen)
    elif page_type is PageType.PRODUCT:
        chosen = [block for block in chosen if not is_shop_notice(block.text)] or chosen
    chosen = _with_whole_listings(page, chosen)
    kept: list[Block] = []
    last_row = last_listing = -1
    for block in chosen:
        owner = elements[block.owner]
        cell = data_cell(elements, block.owner) if owner.tags & _IN_TABLE else -1
        row = elements[cell].parent if cell >= 0 else -1
        listing = enclosing_listing(elements, block.owner) if owner.tags & _IN_PRE else -1
        if row >= 0 and row == last_row:
            kept[-1].text += f"{TABLE_CELL_SEPARATOR}{block.text}"
        elif listing >= 0 and listing == last_listing:
            kept[-1].text += f"\n{block.text}"  # a code listing printed a line an element (CodeMirror, Expressive Code)
        else:
            kept.append(typed_block(block, owner, cell >= 0))
        last_row, last_listing = row, listing
    return kept


def _with_whole_listings(page: ParsedPage, chosen: list[TextBlock]) -> list[TextBlock]:
    """`chosen` with every line of the code listings it keeps a line of: highlighters that print
    a listing an element a line give the model a block a line, and a closing "}" alone scores low."""
    elements = page.seg.elements
    listings = {enclosing_listing(elements, block.owner) for block in chosen if elements[block.owner].tags & _IN_PRE}
    if not listings:
        return chosen
    kept = {id(block) for block in chosen}
    return [
        block for block in page.seg.blocks
        if id(block) in kept or (elements[block.owner].tags & _IN_PRE and enclosing_listing(elements, block.owner) in listings)
    ]  # fmt: skip


def _kept_blocks(page: ParsedPage, probabilities: list[float], config: ExtractConfig, page_type: PageType) -> list[Block]:
    """`select_blocks`' blocks, each paragraph printed once, the edges' labels and a table of contents gone."""
    return drop_contents_entries(without_edit_links(trim_edge_labels(drop_repeats(select_blocks(page, probabilities, config, page_type)))))


def _facts_for_page_type(meta: Metadata, page_type: PageType, page: ParsedPage) -> tuple[list[str], str | None, str | None, str | None]:
    """Authors and publication date (with their sources) as the page type reads them.

    A forum thread's author is its starter, not a replier's byline; a product,
    collection, service or listing page has no date of its own, and the
    "by …" printed on a product, collection or service page is a brand's or
    a reviewer's.
    """
    authors, authors_source = meta.authors, meta.authors_source
    if page_type in UNAUTHORED_PAGE_TYPES and authors_source in PAGE_TEXT_AUTHOR_SOURCES:
        authors, authors_source = [], None
    published, published_source = meta.published, meta.published_source
    if page_type in UNDATED_PAGE_TYPES and published_source in PAGE_TEXT_DATE_SOURCES:
        published, published_source = meta.declared_published, meta.declared_source  # the markup's, if the printed one replaced it
    if page_type is PageType.FORUM and authors_source != "jsonld" and (poster := thread_starter(page.tree)):
        authors, authors_source = poster, "forum_post"
    return authors, authors_source, published, published_source


def _without_title_echo(blocks: list[Block], title: str | None, config: ExtractConfig, page: ParsedPage | None = None) -> list[Block]:
    """`blocks` less the first ones printing the title again (or the `page`'s headline with its
    label: `title.labelled_headings`), unless `config` keeps the title in the text."""
    if not title or config.include_title_in_text:
        return blocks
    prints = (lambda: labelled_headings(page)) if page is not None else None
    return blocks[leading_title_echoes([block.text for block in blocks], title, prints) :]


_HEADING_LEVEL = COLUMN["heading_level"]


def _labels_other_stories(page: ParsedPage) -> bool:
    """Whether an h2-h6 among the page's blocks says "Related Articles", "Most Read" or the like
    (`furniture.is_related_heading`): only then are the headings walked for their lists (most
    pages have none; the walk costs ~30 µs)."""
    if not len(page.rows):
        return False
    texts = page.seg.texts
    return any(is_related_heading(texts[i]) for i in np.flatnonzero(page.rows[:, _HEADING_LEVEL] >= 2).tolist())


def _tidy_story(page: ParsedPage, blocks: list[Block], address: str | None) -> tuple[list[Block], list[RelatedLink], list[Media]]:
    """An article page's body without its captions, pull quotes, navigation and appeal lines and
    closing lines; its pointers to other stories ("READ MORE: …") join the related links (those of
    a related-classed box, else of a list under a "Related Articles"-like heading), and the players'
    lines ("WATCH: …", "Click to play video: …") the page's media, those not there by title.  Its
    edges are trimmed of labels again: a kicker over the headline ("Opinion") reaches the edge
    once the headline's echo has gone (on articles only: WCXB articles +0.008 on 12 pages,
    other types -0.12 on 48)."""
    blocks = trim_edge_labels(drop_captions(drop_masthead_names(blocks, lambda: site_words(page)), page.captions + page.card_captions))
    blocks = drop_disclosures(cut_appeal(drop_navigation_lines(drop_pull_quotes(blocks))))
    blocks, pointers = split_related_pointers(trim_closing_lines(blocks))
    blocks, played = split_media_labels(blocks)
    titled = {item.title for item in page.media}
    media = page.media + [item for item in played if item.title not in titled]
    related = page.related or (heading_related(page.tree, address) if _labels_other_stories(page) else [])
    known = {link.title for link in related}
    blocks = drop_related_headings(drop_related_entries(blocks, known))
    if pointers := [link for link in pointers if link.title not in known]:
        related = related + with_link_targets(page.tree, pointers, address)
    return blocks, related, media


def _words(texts: list[str]) -> int:
    """The words of `texts` as text mode counts a line's: each text's space-separated parts, or
    its Chinese and Japanese characters over `CHARS_PER_UNSPACED_WORD` where that is more (a CJK
    story, read as a handful of words, took every such page to the scarce bar)."""
    return spaced_word_total(texts)


def extract_from_text(html: str, url: str | None, config: ExtractConfig) -> Article:
    if not html.strip():
        return _drop(url, "input:empty")
    markup = utf8_markup(html)  # what the parser reads, encoded once for the guards too
    problem = shape_problem(markup)
    if problem:
        return _drop(url, problem)
    address = readable_url(url)  # the page's address as facts are read from it: None where it does not parse
    page = parse_page(markup, address)
    page_type = config.page_type or classify_page(page, address)
    probabilities = score_blocks(page.rows)
    if page_type is PageType.ARTICLE:
        config = dataclasses.replace(config, threshold=config.article_threshold)
    blocks = _kept_blocks(page, probabilities, config, page_type)
    if _words([b.text for b in blocks]) < config.scarce_words:
        scarce = dataclasses.replace(config, threshold=config.scarce_threshold)
        blocks = _kept_blocks(page, probabilities, scarce, page_type)
        if _words([b.text for b in blocks]) < config.scarce_words and (stand_in := best_container_prose(page.rows, probabilities)) is not None:
            blocks = _kept_blocks(page, stand_in, scarce, page_type)
    title = find_title(page)
    if is_error_page((title, page.html_title), [b.text for b in blocks]):
        return Article(url=url, title=title, drop_reason="extract:error_page")  # "Page not found", served as a page
    authors, authors_source, published, published_source = _facts_for_page_type(page.metadata, page_type, page)  # before the tree changes
    blocks = _without_title_echo(blocks, title, config, page)
    related, media = page.related, page.media
    if page_type is PageType.ARTICLE:
        blocks, related, media = _tidy_story(page, blocks, address)
    else:
        blocks = trim_feedback_prompts(blocks)
    meta = page.metadata
    is_story = page_type is PageType.ARTICLE
    trimmed = trim_opening_byline(blocks, meta.authors, story=is_story)
    if is_story and len(trimmed) < len(blocks):
        trimmed = trim_edge_labels(trimmed)  # a label the stamp stood over ("Valorar:", a rating widget's)
    blocks = trimmed
    if is_story:
        blocks = drop_author_bio(blocks, authors)
    blocks = drop_trailing_headings(drop_credit_lines(blocks))
    if is_story:
        blocks = blocks[: closing_comment_labels([block.text for block in blocks])]
    text_source = None
    if (story := markup_body_blocks(page.jsonld, blocks)) is not None:  # a paywall or a script shows less
        blocks, text_source, page_type = _without_title_echo(story, title, config), "jsonld", PageType.ARTICLE
    article = Article(
        url=url, title=title, blocks=blocks, text=join_text(blocks), text_source=text_source, page_type=page_type,
        authors=authors, authors_source=authors_source, published=published, published_source=published_source,
        modified=meta.modified, modified_source=meta.modified_source, access=meta.access, language=meta.language, site_name=site_name_alone(meta.site_name, url or meta.canonical_url) or site_name_from_title(page.html_title, url or meta.canonical_url), canonical_url=meta.canonical_url,
        subtitle=meta.subtitle, section=meta.section, tags=meta.tags,
        captions=page.captions, related=related, media=media,
    )  # fmt: skip
    repair_article(article)
    article.language = article.language or detect_language(article.text)  # undeclared: read from the text
    first_paragraph = next((b.text for b in blocks if b.kind is BlockKind.PARAGRAPH), "")
    if found := split_dateline(first_paragraph):
        article.dateline = found[0]  # the body keeps it: HTML mode never rewrites paragraphs
    attribute_copy(article, meta.credits)
    credit_origin(article, page.tree, meta.original_url, address)
    article.corrections = correction_notes(article)
    article.authors = as_written(article.authors)  # once the agency has left the byline
    if not blocks:
        article.drop_reason = "extract:no_content"
    return article


def extract(html: str | bytes, url: str | None = None, config: ExtractConfig = DEFAULT_CONFIG) -> Article:
    """Extract the main content and facts of one HTML page.

    `html` may be text or raw bytes (gzip is detected; the charset comes from
    a BOM, the page's declaration when the bytes agree with it, or
    detection).  Never raises on bad page content: the returned article's
    `drop_reason` is set instead (``input:empty``, ``input:binary``,
    ``input:too_large``, ``input:too_many_elements``, ``input:too_deep``,
    ``input:bad_gzip``, ``extract:no_content``, ``extract:error_page``: a "page not found"
    page, its title kept).
    """
    if len(html) > config.max_input_bytes:
        return _drop(url, "input:too_large")
    if isinstance(html, bytes):
        if not html.strip():
            return _drop(url, "input:empty")
        try:
            html = decode_html(html)
        except InputError as exc:
            return _drop(url, exc.reason)
    return extract_from_text(html, url, config)
