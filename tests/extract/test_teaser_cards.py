"""Rails of cards for other stories on article pages (`teasers.outside_teaser_cards`)."""

from __future__ import annotations

import importlib

from copydesk.config import ExtractConfig
from copydesk.extract.page import parse_page
from copydesk.model import PageType

pipeline = importlib.import_module("copydesk.extract.pipeline")

STORY = [f"Paragraph {i} of the story says in a full sentence what the water board decided on Wednesday." for i in range(3)]
HEADLINES = [f"Another story headline number {i} about the town" for i in range(6)]
SUMMARY = "The summary of another story, in a sentence long enough to read as prose."


def _cards(tag: str = "div") -> str:
    return "".join(f'<{tag} class="card"><h3><a href="/s/{i}">{h}</a></h3><p>{SUMMARY}</p></{tag}>' for i, h in enumerate(HEADLINES))


def _kept(html: str) -> list[str]:
    """Every block kept by the model (0.9 each): what the card rule leaves."""
    page = parse_page(html)
    return [b.text for b in pipeline.select_blocks(page, [0.9] * len(page.seg.blocks), ExtractConfig(), PageType.ARTICLE)]


def test_a_rail_outside_the_headlines_article_goes() -> None:
    kept = _kept(f"<html><body><article><h1>Rates rise</h1>{''.join(f'<p>{s}</p>' for s in STORY)}</article><section>{_cards()}</section></body></html>")
    assert kept == ["Rates rise", *STORY]


def test_a_box_the_story_goes_on_after_goes() -> None:
    story = [s.replace("Paragraph 0", f"Paragraph {k}") for k in range(12) for s in STORY[:1]]  # 12 paragraphs, 3 cards
    box = "".join(f'<div class="card"><h3><a href="/s/{i}">{h}</a></h3><p>{SUMMARY}</p></div>' for i, h in enumerate(HEADLINES[:3]))
    body = f"<p>{story[0]}</p><aside>{box}</aside>" + "".join(f"<p>{s}</p>" for s in story[1:])
    kept = _kept(f"<html><body><div><h1>Rates rise</h1>{body}</div></body></html>")
    assert kept == ["Rates rise", *story]
    box_last = f"<html><body><div><h1>Rates rise</h1>{''.join(f'<p>{s}</p>' for s in story)}<aside>{box}</aside></div></body></html>"
    assert _kept(box_last) == ["Rates rise", *story]  # after the story's end, outside any <article>: outweighed 3 to 1, it goes


def test_a_rail_outweighing_a_brief_outside_any_article_stays() -> None:
    # a page of event cards under a short intro (built like WCXB 4362, whose gold keeps them)
    # reads as a brief followed by a rail: undecided, kept
    page = f"<html><body><div><h1>Rates rise</h1>{''.join(f'<p>{s}</p>' for s in STORY)}<section>{_cards()}</section></div></body></html>"
    assert _kept(page).count(SUMMARY) == len(HEADLINES)


def test_cards_whose_headline_is_no_link_point_on_with_read_more() -> None:
    # "Neue Rechte / Geldstrafe für die AfD / Recherchen von … / weiterlesen 7 Minuten": the card
    # links its story from a "read more" label (any language), a reading time beside it
    story = "".join(f"<p>{s}</p>" for s in STORY * 8)  # 384 words: over three times the cards'
    cards = "".join(
        f'<div class="list__item"><div class="box"><span class="topline"><a href="/t/">Politik</a></span><h2>{h}</h2>'
        f'<p>{SUMMARY}</p><div class="bar"><a href="/s/{i}">{label}</a> <span>5 Minuten</span></div></div></div>'
        for i, (h, label) in enumerate(zip(HEADLINES[:4], ("weiterlesen", "Read more", "lire la suite", "weiterlesen"), strict=True))
    )
    kept = _kept(f"<html><body><div><h1>Rates rise</h1>{story}</div><div class='list'>{cards}</div></body></html>")
    assert kept == ["Rates rise", *(STORY * 8)]
    plain = cards.replace("weiterlesen", "Politik").replace("Read more", "Politik").replace("lire la suite", "Politik")
    assert _kept(f"<html><body><div><h1>Rates rise</h1>{story}</div><div class='list'>{plain}</div></body></html>").count(SUMMARY) == 4  # no pointer: sections


def test_cards_beside_the_headline_are_the_pages_own() -> None:
    kept = _kept(f"<html><body><section><h1>Latest stories</h1>{_cards()}</section></body></html>")
    assert kept.count(SUMMARY) == len(HEADLINES)


def test_cards_that_are_most_of_the_story_stay() -> None:
    # a roundup: an intro, then the cards, then a closing line, all in one container without <article>
    html = f"<html><body><header><h1>Top picks</h1><p>{STORY[0]}</p></header><div>{_cards()}<p>{STORY[1]}</p></div></body></html>"
    kept = _kept(html)
    assert kept.count(SUMMARY) == len(HEADLINES) and STORY[1] in kept
