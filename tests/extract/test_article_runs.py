"""On article pages, blocks are kept in runs (`ExtractConfig.article_run_penalty`)."""

from __future__ import annotations

import importlib

from copydesk.config import ExtractConfig
from copydesk.extract.page import parse_page
from copydesk.model import PageType

pipeline = importlib.import_module("copydesk.extract.pipeline")
runs = importlib.import_module("copydesk.extract.runs")

STORY = [f"Paragraph {i} of the story says in a full sentence what the council decided about the new bridge." for i in range(4)]
SHORT = "It did."
CARD = "Another story about parking fees downtown"
HTML = (
    "<html><body><h1>Bridge approved</h1>"
     f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>{SHORT}</p><p>{STORY[2]}</p><p>{STORY[3]}</p>"
     '<div class="footer"><p>About us</p><p>Contact</p>'
     f"<p>{CARD}</p><p>Privacy</p><p>Terms</p></div></body></html>"
)
SCORES = {SHORT: 0.45, CARD: 0.6}  # the short reply just under the bar, the card just over it


def _kept(page_type: PageType) -> list[str]:
    page = parse_page(HTML)
    scores = [0.9 if block.text in STORY else SCORES.get(block.text, 0.1) for block in page.seg.blocks]
    return [b.text for b in pipeline.select_blocks(page, scores, ExtractConfig(), page_type)]


def test_an_article_keeps_its_short_line_and_loses_the_stray_card() -> None:
    assert _kept(PageType.ARTICLE) == [STORY[0], STORY[1], SHORT, STORY[2], STORY[3]]


def test_other_pages_decide_block_by_block() -> None:
    assert _kept(PageType.OTHER) == [*STORY, CARD]


# A story's whole run of paragraphs (`runs.continue_story`): the block model's place features
# drop the paragraphs of a very long story; those of the kept story's container come back.
LONG = [f"Paragraph {i} of the long story says in a full sentence what the inquiry heard that day." for i in range(12)]
LINKED = "Read <a href='/a'>this whole other story about the harbour and its long history</a> now."
LONG_HTML = (
    "<html><body><h1>Inquiry</h1><div class='story'>"
    + "".join(f"<p>{text}</p>" for text in LONG[:8])
    + f"<p>{LINKED}</p><p>Share</p>"
    + "".join(f"<p>{text}</p>" for text in LONG[8:])
    + "</div><div class='more'>"
    + "".join(f"<p>Paragraph {i} of another story says in a full sentence what the port did next.</p>" for i in range(3))
    + "</div></body></html>"
)


def _kept_long(kept: int) -> list[str]:
    """The blocks kept when the model keeps only the story's first `kept` paragraphs."""
    page = parse_page(LONG_HTML)
    scores = [0.9 if block.text in LONG[:kept] else 0.05 for block in page.seg.blocks]
    return [b.text for b in pipeline.select_blocks(page, scores, ExtractConfig(), PageType.ARTICLE)]


def test_a_long_story_keeps_its_later_prose_paragraphs_only() -> None:
    assert _kept_long(6) == LONG  # not the link, the one-word line, nor the next container's story


def test_a_story_of_few_kept_paragraphs_is_not_continued() -> None:
    assert _kept_long(2) == LONG[:2]  # fewer than STORY_MIN_PARAGRAPHS


def test_a_story_ending_outside_its_paragraphs_is_not_continued() -> None:
    page = parse_page(LONG_HTML.replace("</div><div class='more'>", "<h2>Coda</h2></div><div class='more'>"))
    passes = [block.text in LONG[:6] or block.text == "Coda" for block in page.seg.blocks]
    assert runs.continue_story(page.seg, page.rows, passes) == passes  # the last kept block is a heading
    passes[-4] = False  # "Coda" dropped: the kept story now ends on a paragraph
    assert runs.continue_story(page.seg, page.rows, passes) != passes


def test_other_page_types_are_not_continued() -> None:
    page = parse_page(LONG_HTML)
    scores = [0.9 if block.text in LONG[:6] else 0.05 for block in page.seg.blocks]
    assert [b.text for b in pipeline.select_blocks(page, scores, ExtractConfig(), PageType.OTHER)] == LONG[:6]


def test_the_best_containers_prose_stands_in_only_with_enough_paragraphs() -> None:
    page = parse_page(LONG_HTML)
    probabilities = [0.3 if block.text == "Share" else 0.1 for block in page.seg.blocks]
    story = runs.best_container_prose(page.rows, probabilities)
    assert story is not None
    assert {block.text for block, p in zip(page.seg.blocks, story, strict=True) if p == 1.0} == set(LONG)  # not the link, the heading, the other container
    assert [p for p in story if p < 1.0] == [p for block, p in zip(page.seg.blocks, probabilities, strict=True) if block.text not in LONG]
    few = parse_page("<html><body><h1>Inquiry</h1><div>" + "".join(f"<p>{text}</p>" for text in LONG[:2]) + "</div></body></html>")
    assert runs.best_container_prose(few.rows, [0.1] * len(few.seg.blocks)) is None


def test_a_story_in_paragraph_groups_is_continued_across_them() -> None:
    # "paragraph-group" divs of two paragraphs, an ad slot between: the container is a level up
    groups = "".join(f"<div class='paragraph-group'><p>{LONG[i]}</p><p>{LONG[i + 1]}</p></div><div class='ad'>Advertisement</div>" for i in range(0, 12, 2))
    page = parse_page(f"<html><body><article><h1>Inquiry</h1>{groups}</article><div><p>{LONG[0].replace('story', 'other story')}</p></div></body></html>")
    passes = [block.text in LONG[:4] for block in page.seg.blocks]
    continued = runs.continue_story(page.seg, page.rows, passes)
    assert [block.text for block, kept in zip(page.seg.blocks, continued, strict=True) if kept] == LONG  # not the ads, not the other div


def test_a_story_ending_on_a_list_is_continued_from_its_last_paragraph() -> None:
    # the model kept the story's first paragraphs and a list under them: the later paragraphs
    # of the container still come back (the last kept block is a list item, not a paragraph)
    items = "<ul><li>First point of the list</li><li>Second point of the list</li></ul>"
    page = parse_page(LONG_HTML.replace(f"<p>{LONG[6]}</p>", f"<p>{LONG[6]}</p>{items}"))
    passes = [block.text in LONG[:6] or "point of the list" in block.text for block in page.seg.blocks]
    continued = runs.continue_story(page.seg, page.rows, passes)
    assert {block.text for block, kept in zip(page.seg.blocks, continued, strict=True) if kept} >= set(LONG)


def test_a_story_in_sections_is_continued_into_its_later_sections_of_the_same_kind() -> None:
    # Medium's layout: sections of the same class under one parent, a picture's between them
    first = "".join(f"<p>{text}</p>" for text in LONG[:8])
    later = "".join(f"<p>{text}</p>" for text in LONG[8:])
    figure = "<div class='section-figure'><figure><figcaption>A picture's caption</figcaption></figure></div>"
    sections = f"<div class='section-content'><div class='section-inner'>{first}</div>{figure}<div class='section-inner'>{later}</div></div>"
    other = f"<div class='more'><p>{LONG[0].replace('story', 'other story')}</p></div>"
    page = parse_page(f"<html><body><h1>Inquiry</h1>{sections}{other}</body></html>")
    passes = [block.text in LONG[:8] for block in page.seg.blocks]
    continued = runs.continue_story(page.seg, page.rows, passes)
    assert [block.text for block, kept in zip(page.seg.blocks, continued, strict=True) if kept] == LONG  # not the caption, not the other div
    other_kind = sections.replace(f"<div class='section-inner'>{later}", f"<div class='promo'>{later}")
    page = parse_page(f"<html><body><h1>Inquiry</h1>{other_kind}</body></html>")
    passes = [block.text in LONG[:8] for block in page.seg.blocks]
    assert runs.continue_story(page.seg, page.rows, passes) == passes  # a sibling of another kind is no section of the story


def test_a_story_ending_on_headed_lists_is_continued_from_the_paragraph_over_them() -> None:
    # "What we know" and "What we don't know", each a heading over a list, after the last kept
    # paragraph: the container's later paragraphs come back; a kept heading alone last stops it
    lists = "".join(f"<h3>What we know, part {k}</h3><ul><li>First point of list {k}</li><li>Second point of list {k}</li></ul>" for k in range(2))
    page = parse_page(LONG_HTML.replace(f"<p>{LONG[6]}</p>", f"<p>{LONG[6]}</p>{lists}"))
    passes = [block.text in LONG[:6] or "of list" in block.text or block.text.startswith("What we know") for block in page.seg.blocks]
    continued = runs.continue_story(page.seg, page.rows, passes)
    assert {block.text for block, kept in zip(page.seg.blocks, continued, strict=True) if kept} >= set(LONG)



def test_a_prose_paragraph_between_kept_paragraphs_is_kept() -> None:
    """A story paragraph the model scores under the bar between two kept ones (an Australian
    daily's list of officials, held-out) comes back where it shares a parent with one of them:
    here the story is printed at two depths (a standfirst's box, then paragraphs, then a deeper
    box of them), so `continue_story` does not reach it.  A caption printed as a paragraph with
    its credit does not come back."""
    story = [f"Paragraph {i} of the story says in a full sentence what the council decided about the new bridge." for i in range(6)]
    hole = "The roadshow featured the adviser, Andrew Shearer, Justin Bassi, who advises the minister, and the commissioner."
    caption = "The basilica seen from the river at night. Photo by: 'Elio Santos'."
    html = (
        f"<html><body><h1>Angry media</h1><div class='story-body'><div class='intro'><p><strong>{story[0]}</strong></p></div>"
        f"<p>{hole}</p><p>{story[1]}</p><p>{caption}</p><p>{story[2]}</p>"
        f"<div class='more'><p>{story[3]}</p><p>{story[4]}</p><p>{story[5]}</p></div></div></body></html>"
    )
    page = parse_page(html)
    scores = [0.9 if block.text in story else 0.4 if block.text in (hole, caption) else 0.1 for block in page.seg.blocks]
    kept = [b.text for b in pipeline.select_blocks(page, scores, ExtractConfig(), PageType.ARTICLE)]
    assert kept == [story[0], hole, *story[1:]]
    passes = [score >= 0.55 for score in scores]
    assert runs.fill_story_holes(page.seg, page.rows, passes) == [p or block.text == hole for p, block in zip(passes, page.seg.blocks, strict=True)]
