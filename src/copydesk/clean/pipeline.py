"""`clean`: text scraped with its page furniture in, one `Article` out.

Lines are labelled (`lines.py`); the first title line becomes the title, a
dateline is split off the first paragraph, body lines and headings become
blocks, and every removed line is listed with its reason.
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter, not_

from copydesk.clean.facts import read_facts
from copydesk.clean.furniture import split_dateline
from copydesk.clean.lines import label_lines
from copydesk.errors import InputError
from copydesk.extract.assemble import join_text
from copydesk.extract.decode import decode_html
from copydesk.extract.mojibake import repair_article
from copydesk.extract.tidy import OPENING_BLOCKS, is_byline_or_stamp
from copydesk.extract.title import leading_title_echoes
from copydesk.extract.wire import wire_agency
from copydesk.model import Article, Block, BlockKind, RemovedLine

MAX_TEXT_CHARS = 16 * 1024 * 1024  # larger inputs are refused: bounded time and memory
_NOT_REMOVED = frozenset({"title", "body", "heading"})  # the labels of lines that stay
_TEXT = attrgetter("text")
TITLE_ECHO_REASON = "boilerplate:title_echo"  # the title printed again at the top of the body
STAMP_REASON = "boilerplate:stamp"  # a time stamp or reading time among the first lines
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


def _trim_opening(article: Article, blocks: list[Block]) -> list[Block]:
    """`blocks` less what opens them as HTML mode's tidying drops it, each cut listed in
    `article.removed`: time stamps and reading times among the first lines
    (`tidy.is_byline_or_stamp`; never all the lines), then the headline printed again over
    the story (`title.leading_title_echoes`)."""
    stamps = [k for k, block in enumerate(blocks[:OPENING_BLOCKS]) if is_byline_or_stamp(block.text, [])]
    if stamps and len(stamps) < len(blocks):
        article.removed += [RemovedLine(blocks[k].text, STAMP_REASON) for k in stamps]
        blocks = [block for k, block in enumerate(blocks) if k not in stamps]
    if article.title and (echoes := leading_title_echoes([block.text for block in blocks], article.title)):
        article.removed += [RemovedLine(block.text, TITLE_ECHO_REASON) for block in blocks[:echoes]]
        blocks = blocks[echoes:]
    return blocks


def clean(text: str | bytes, url: str | None = None) -> Article:
    """Clean scraped page text into an article; never raises on bad input.

    Bytes are decoded like HTML (BOM, UTF-8, detection).  Empty, binary or
    oversized input yields an empty article whose `drop_reason` says why
    (``input:empty``, ``input:binary``, ``input:too_large``); text that is
    all furniture yields ``clean:no_content`` with every line in `removed`.
    """
    if len(text) > MAX_TEXT_CHARS:
        return Article(url=url, drop_reason="input:too_large")
    try:
        decoded = _decode(text)
    except InputError as exc:
        return Article(url=url, drop_reason=exc.reason)
    if not decoded.strip():
        return Article(url=url, drop_reason="input:empty")
    labelled = label_lines(_split_long_lines(decoded))
    article = Article(url=url, title=labelled.title, captions=labelled.captions, related=labelled.related, media=labelled.media)
    blocks: list[Block] = []
    lines, labels = labelled.lines, labelled.labels
    stays = list(map(_NOT_REMOVED.__contains__, labels))  # the lines are read by C iterators
    gone = list(map(not_, stays))
    article.removed = list(map(RemovedLine, map(_TEXT, compress(lines, gone)), compress(labels, gone)))
    first_paragraph = True
    for line, label in zip(compress(lines, stays), compress(labels, stays), strict=True):
        if label == "body":
            paragraph = line.text
            if first_paragraph and article.dateline is None and (found := split_dateline(paragraph)):
                article.dateline, paragraph = found
            first_paragraph = False
            blocks.append(Block(BlockKind.PARAGRAPH, paragraph))
        elif label == "heading":
            blocks.append(Block(BlockKind.HEADING, line.text, 2))
    article.blocks = blocks = _trim_opening(article, blocks)
    article.text = join_text(blocks)
    repair_article(article)
    read_facts(article, labelled.texts, labelled.title_line)
    article.wire_agency = wire_agency(article)
    if not blocks:
        article.drop_reason = "clean:no_content"
    return article
