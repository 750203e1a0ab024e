"""Vetoes: blocks dropped whatever the block model says (`extract/vetoes.py`)."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.extract.patterns import furniture_phrases
from copydesk.extract.vetoes import placeholder_reason

POST = (
    "<p>I have been riding the same board for three seasons and the battery still holds most of its charge "
    "after a long commute across the city and back again, which surprised me a great deal.</p>"
    "<p>Has anyone else measured how far a twelve-cell pack really goes on hilly routes in cold weather?</p>"
)


@pytest.mark.parametrize("notice", [
    "Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished.",
    "This site is best viewed in a modern browser with JavaScript enabled.",
    "You need to enable JavaScript to run this app.",
    "Please download a browser that supports JavaScript, or enable it if it's disabled (i.e. NoScript).",
    "Media playback is unsupported on your device",  # a video placeholder's (held-out and a Zyte page's BBC player)
])  # fmt: skip
def test_script_notices_say_the_script_phrase(notice: str) -> None:
    assert "script" in furniture_phrases(notice)


@pytest.mark.parametrize("sentence", [
    "JavaScript is the language every browser runs, and this chapter shows how to write your first function.",
    "The browser supports three kinds of storage for a page's data.",
    "Playback speed is the one setting the new player keeps between videos.",
])  # fmt: skip
def test_sentences_about_javascript_do_not(sentence: str) -> None:
    assert "script" not in furniture_phrases(sentence)


def test_a_javascript_notice_inside_the_content_column_is_dropped() -> None:
    # Forum software prints its notice in <noscript> at the top of the content column,
    # where the block model reads it as the thread's first paragraph.
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/c'>Categories</a></nav>"
        "<div id='content'><noscript><div class='alert'><p>Your browser does not seem to support JavaScript. "
        "As a result, your viewing experience will be diminished, and you have been placed in read-only mode.</p>"
        "<p>This site is best viewed in a modern browser with JavaScript enabled.</p></div></noscript>"
        f"<h1>How far does your board go?</h1><div class='post'>{POST}</div></div></body></html>"
    )
    text = copydesk.extract(html).text
    assert "twelve-cell pack" in text
    assert "JavaScript" not in text


@pytest.mark.parametrize(("text", "reason"), [
    ("Loading...", "boilerplate:placeholder"),
    ("Like Loading…", "boilerplate:placeholder"),
    ("\u200d", "empty:invisible"),
    ("\u200b \u00a0", "empty:invisible"),
    ("Loading docks", None),
    ("Go", None),
])  # fmt: skip
def test_placeholders_and_blocks_that_print_nothing(text: str, reason: str | None) -> None:
    assert placeholder_reason(text) == reason


def test_loading_placeholders_and_repaired_spacers_leave_the_article() -> None:
    # The page was saved double-encoded: its spacer paragraphs read "â\x80\x8d" until the
    # repair turns them into a zero-width joiner alone, a paragraph that prints nothing.
    spacer = "\u200d".encode().decode("latin-1")
    quote = "’".encode().decode("cp1252")
    html = (
        "<html><body><article><h1>Building a website</h1>"
        f"<p>It{quote}s essential for any small business to have a site that loads fast and reads well on phones.</p>"
        f"<p>{spacer}</p><p>Loading...</p>"
        f"<p>We{quote}ve compared the three builders most shops pick, plan by plan and feature by feature.</p>"
        "</article></body></html>"
    )
    article = copydesk.extract(html)
    assert [block.text[:14] for block in article.blocks] == ["It’s essential", "We’ve compared"]
    assert "\u200d" not in article.text


@pytest.mark.parametrize("label", ["Advertisement", "ADVERTISEMENT:", "Anzeige", "Iklan", "Publicidade", "Reklama", "广告"])
def test_an_ad_slot_s_label_alone_leaves_the_post(label: str) -> None:
    # An ad slot between a forum's posts, its container not classed as an ad: the label is
    # the only sign, and a label alone is never anyone's text.
    html = (
        "<html><body><h1>How far does your board go?</h1>"
        f"<div class='post'>{POST}</div><div class='slot'><span>{label}</span></div><div class='post'>{POST}</div>"
        "</body></html>"
    )
    article = copydesk.extract(html, url="https://forum.example.org/t/how-far/42")
    assert "twelve-cell pack" in article.text
    assert label not in article.text


AD_NOTICES = ["Story continues below advertisement", "Article continues after this advertisement", "Skip Advertisement",
              "Weiterlesen nach der Anzeige", "Der Artikel wird nach der Anzeige fortgesetzt", "La suite après cette publicité",
              "Sigue leyendo después de la publicidad", "Continua após a publicidade", "Continua dopo la pubblicità",
              "Lees verder na de advertentie", "Dalsza część artykułu pod reklamą"]  # fmt: skip


@pytest.mark.parametrize("notice", AD_NOTICES)
def test_a_notice_that_the_story_goes_on_past_an_ad_leaves_the_story(notice: str) -> None:
    """In a plain paragraph between the story's paragraphs, no ad-classed box around it (the
    class-and-phrase veto's case): the text alone says it is the page's."""
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY[:2]) + f"<p>{notice}</p>" + "".join(f"<p>{text}</p>" for text in STORY[2:])
    article = copydesk.extract(f"<html><body><article><h1>Council delays its budget vote</h1>{paragraphs}</article></body></html>")
    assert article.text.count("\n\n") == len(STORY) - 1 and notice not in article.text


@pytest.mark.parametrize("sentence", ["Advertisement revenue fell by a third.", "Reklama w prasie drożeje.",
                                      "Ad spending continues to grow", "Advertising continues below its 2019 level."])  # fmt: skip
def test_a_sentence_about_advertising_is_no_label(sentence: str) -> None:
    from copydesk.extract.segment import Segmentation, TextBlock
    from copydesk.extract.vetoes import veto_reason

    block = TextBlock(sentence, 0, 0, False, furniture_phrases(sentence))
    assert veto_reason(Segmentation(), block) is None


STORY = [
    "The city council voted on Tuesday night to push its budget vote to the spring, after councillors could not agree on how much to set aside for road repairs.",
    "Mayor Dana Whitfield said the delay would give staff time to cost three options for the repair program, which has grown by a third since last year.",
    "Two councillors argued that the city should borrow for the work rather than raise property taxes, while others wanted the program cut back to essential repairs.",
    "The finance committee will meet in February to review the options. A public hearing is planned for early March, before the final vote.",
    "Residents who spoke at the meeting were split. Several said the potholes on their streets had damaged their cars, while others said taxes were already too high.",
]
PAGE = (
    "<html lang='en'><head><title>Council delays budget vote | Valley News</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sports'>Sports</a></nav>"
    "<article><h1>Council delays budget vote</h1>{body}</article>"
    "<footer><p>&copy; 2025 Valley News. All rights reserved.</p></footer></body></html>"
)


def test_a_linked_headline_in_a_related_box_inside_the_story_leaves_it() -> None:
    """A link and nothing else in a related-classed box between a story's paragraphs is a pointer
    to another story (the box's class and the all-link text agree), however the model scores it."""
    box = "<aside class='inline-related'><h4>Related</h4><a href='/n/1'>Council approves new bike lanes downtown</a></aside>"
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    article = copydesk.extract(PAGE.format(body="".join(paragraphs[:2]) + box + "".join(paragraphs[2:])))
    assert "bike lanes" not in article.text
    assert all(text in article.text for text in STORY)
    prose = "<div class='related-note'><p>Council <a href='/n/1'>approved new bike lanes</a> downtown last year after a long debate.</p></div>"
    kept = copydesk.extract(PAGE.format(body="".join(paragraphs[:2]) + prose + "".join(paragraphs[2:])))
    assert "approved new bike lanes" in kept.text  # a sentence holding a link is no pointer


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Low in stock, only 1 left", True),
        ("Free Shipping & Returns", True),
        ("Please enter a valid postal code.", True),
        ("Order today to get by Mar 17-27", True),
        ("Kostenloser Versand ab 50 €", True),
        ("Capacity: 350 ml", False),
        # a description that mentions shipping runs longer than a notice
        ("Every mug is " + "wrapped by hand and " * 12 + "ships in a box of recycled card.", False),
    ],
)
def test_shop_notices(text: str, notice: bool) -> None:
    from copydesk.extract.vetoes import is_shop_notice

    assert is_shop_notice(text) is notice


def test_a_call_to_action_box_leaves_an_article_but_not_a_service_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk.extract import pipeline
    from copydesk.model import PageType

    story = "".join(f"<p>Paragraph {i} of the story, long enough to be read as the body of the article itself.</p>" for i in range(6))
    box = '<div class="promo-cta"><p>Get your free quote today and save on every visit we make this spring.</p></div>'
    html = f"<html><body><article>{story}{box}</article></body></html>"
    monkeypatch.setattr(pipeline, "classify_page", lambda page, url: PageType.ARTICLE)
    assert "free quote" not in pipeline.extract(html).text
    monkeypatch.setattr(pipeline, "classify_page", lambda page, url: PageType.SERVICE)
    assert "free quote" in pipeline.extract(html).text


@pytest.mark.parametrize("inner", ["cta-inner", "donate-box", "fundraiser"])
def test_a_class_of_a_page_type_concept_alone_leaves_the_block_features_alone(inner: str) -> None:
    # the block model was trained before "appeal" was a concept: an element classed
    # with it alone counts as unclassed for the "near" columns, the vetoes' lookup and the slots
    from copydesk.extract.page import parse_page

    def rows(cls: str) -> list[list[float]]:
        html = f'<html><body><div class="newsletter"><div class="{cls}"><p>Sign up for our newsletter today.</p></div></div></body></html>'
        return parse_page(html).rows.tolist()

    assert rows(inner) == rows("plain")


def test_a_recirculation_module_leaves_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk.extract import pipeline
    from copydesk.model import PageType

    story = "".join(f"<p>Paragraph {i} of the story, long enough to be read as the body of the article itself.</p>" for i in range(6))
    module = (
        '<section class="content-recirc"><h2>Trending News</h2>'
        "<p>Video shows a dramatic rescue on the highway after a long chase through the county</p></section>"
    )
    monkeypatch.setattr(pipeline, "classify_page", lambda page, url: PageType.ARTICLE)
    text = pipeline.extract(f"<html><body><article>{story}{module}</article></body></html>").text
    assert "Paragraph 5 of the story" in text and "Trending News" not in text and "dramatic rescue" not in text


def _forum_text(monkeypatch: pytest.MonkeyPatch, body: str) -> str:
    """The text `body` gives on a page typed forum."""
    from copydesk.extract import pipeline
    from copydesk.model import PageType

    monkeypatch.setattr(pipeline, "classify_page", lambda page, url: PageType.FORUM)
    return pipeline.extract(f"<html><body>{body}</body></html>").text


def test_signatures_and_board_notices_leave_a_forum_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    notice = '<div class="notice"><p>Scam alert: members are reminded never to send money to buy anything from a stranger here.</p></div>'
    posts = "".join(
        f'<div class="post"><span class="username">member{i}</span>'
        f"<p>Post {i}: I run my lathe on a single phase supply and the motor has been fine for years now.</p>"
        f'<div class="signature"><p>Member {i} - 12x36 lathe, old mill, too many projects and not enough time</p></div></div>'
        for i in range(4)
    )
    text = _forum_text(monkeypatch, f"{notice}<main>{posts}</main>")
    assert "Post 0:" in text and "Post 3:" in text
    assert "Scam alert" not in text and "too many projects" not in text


def test_vote_counts_and_alert_boxes_leave_a_forum_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    alert = (
        '<div class="alert alert-info"><p>This topic is more than a year old and was last answered long ago; '
        "a new topic may get you a better answer.</p></div>"
    )
    posts = "".join(
        f'<div class="post"><div class="votecell"><span>{40 + i}</span> votes</div>'
        f"<p>Answer {i}: rebase onto the main branch first, then push with force-with-lease to keep others' work.</p></div>"
        for i in range(4)
    )
    text = _forum_text(monkeypatch, f"<main>{alert}{posts}</main>")
    assert "Answer 0:" in text and "Answer 3:" in text
    assert "more than a year old" not in text and "41 votes" not in text


def test_a_templates_filler_text_leaves_the_page() -> None:
    from copydesk.extract import pipeline

    story = "".join(f"<p>Paragraph {i} of the report on the insurers' results, long enough to be the story's own body.</p>" for i in range(5))
    filler = (
        '<div class="promo-slot"><h3>Heading Line</h3><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do '
        "eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.</p></div>"
    )
    text = pipeline.extract(f"<html><body><article>{story}{filler}</article></body></html>").text
    assert "Paragraph 4 of the report" in text and "Lorem ipsum" not in text


def test_filler_is_read_at_a_blocks_start_only() -> None:
    from copydesk.extract.segment import Element, Segmentation, TextBlock
    from copydesk.extract.vetoes import veto_reason

    # an article about the filler quotes it mid-sentence: not itself filler
    block = TextBlock("Designers call the dummy text lorem ipsum; it comes from Cicero.", 0, 0, False)
    seg = Segmentation(blocks=[block], elements=[Element("p", -1, 0, 0, 0, 0, len(block.text), 0, 1)])
    assert veto_reason(seg, block) is None
    assert veto_reason(seg, TextBlock("LOREM IPSUM dolor sit amet", 0, 0, False)) == "boilerplate:filler"


@pytest.mark.parametrize("pitch", [
    "Sign up for our newsletter", "Subscribe to our newsletter and never miss a story!",
    "Sign up for our newsletter for mental health tips, updates, and events", "Get Data Sheet, Fortune’s technology newsletter",
    "Jetzt den Newsletter abonnieren und nichts mehr verpassen!", "Abonnez-vous à notre newsletter",
    "Suscríbete a nuestra newsletter", "Iscriviti alla newsletter", "Schrijf je in voor onze nieuwsbrief (newsletter)",
    # a paywall's notice, as text mode reads it (`patterns.PAYWALL_NOTICE`), where it says "subscribe"
    "This article is for subscribers only.", "Subscribe to continue reading",
])  # fmt: skip
def test_a_newsletter_plug_in_a_story_leaves_it(pitch: str) -> None:
    # a news story's page (read on article pages only; so few paragraphs alone type no page so)
    head = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY[:2]) + f"<p>{pitch}</p>" + "".join(f"<p>{text}</p>" for text in STORY[2:])
    article = copydesk.extract(f"<html><head>{head}</head><body><article><h1>Council delays its budget vote</h1>{paragraphs}</article></body></html>")
    assert article.page_type.value == "article"
    assert article.text.count("\n\n") == len(STORY) - 1 and pitch not in article.text


@pytest.mark.parametrize("text", [
    "The newsletter, which she started in 2019, now has 40,000 subscribers and a paid tier.",  # about a newsletter
    "Subscribers said the newsletter had changed.",  # no imperative
    ("Get out of the way, the council told the newsletter's editor, who had blocked the door of the hall for an hour on Tuesday "
     "while the members of the committee waited outside in the rain for the meeting to begin."),  # too long for a plug
])  # fmt: skip
def test_a_sentence_about_a_newsletter_is_no_plug(text: str) -> None:
    from copydesk.extract.patterns import is_newsletter_pitch

    assert not is_newsletter_pitch(text)
