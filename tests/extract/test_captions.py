"""Captions read from the HTML (`furniture.read_captions`) and kept out of the story (`tidy.drop_captions`),
the closing lines that follow a story (`tidy.trim_closing_lines`) and affiliate disclosures (`tidy.drop_disclosures`)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import copydesk
from copydesk.extract import tidy
from copydesk.extract.furniture import printed_once, read_captions
from copydesk.extract.page import parse_page
from copydesk.extract.tidy import cut_appeal, drop_captions, split_related_pointers, trim_closing_lines
from copydesk.model import Block, BlockKind, Caption


def _captions(body: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.credit) for c in read_captions(LexborHTMLParser(f"<html><body>{body}</body></html>"))]


def test_a_classed_caption_beside_a_picture_is_read_with_its_credit() -> None:
    body = '<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Boats in the harbour.</p><span class="credit">Ann Lee/AP</span></div>'
    assert _captions(body) == [("Boats in the harbour.", "Ann Lee/AP")]


def test_a_label_for_screen_readers_is_no_part_of_the_caption() -> None:
    """The BBC's captions open on "Image caption" in an off-screen span; its copyright line is a
    credit alone (all label and credit: no caption)."""
    body = (
        '<figure class="media-landscape no-caption"><span class="image-and-copyright-container"><img src="a.jpg">'
        '<span class="off-screen">Image copyright</span><span class="story-image-copyright">Getty Images</span></span></figure>'
        '<figure><img src="b.jpg"><figcaption><span class="off-screen">Image caption</span>'
        '<span class="media-caption__text">The quay at dawn.</span></figcaption></figure>'
        '<div class="caption"><span class="sr-only">Caption:</span> Boats in the harbour.<img src="c.jpg"></div>'
    )
    assert _captions(body) == [("The quay at dawn.", None), ("Boats in the harbour.", None)]


def test_a_copyright_sign_left_by_the_credit_is_no_caption() -> None:
    body = (
        '<figure><img src="a.jpg"><figcaption>© <span class="credit">Jo Link / Donna</span></figcaption></figure>'
        '<figure><img src="b.jpg"><figcaption>The quay at dawn. <span class="credit">(Foto: Ann Lee/dpa)</span></figcaption></figure>'
    )
    assert _captions(body) == [("The quay at dawn.", "Ann Lee/dpa")]


def test_the_picture_may_be_the_element_before_or_after_the_caption() -> None:
    before = '<div><picture><img src="a.jpg"></picture><!-- x --> <div class="image-caption">The quay at dawn.</div></div>'
    after = '<div><div class="caption">The quay at dawn.</div><a href="/p"><img src="a.jpg"></a></div>'
    assert _captions(before) == _captions(after) == [("The quay at dawn.", None)]


STORY = "<p>" + "The council voted on Monday to replace the old bridge over the river, which failed two inspections. " * 4 + "</p>"


@pytest.mark.parametrize(
    "card",
    [
        # a linked headline over a summary ("También en Noticias" boxes)
        ('<article><figure><a href="/other"><img src="b.jpg"></a><figcaption><h5><a href="/other">Mayor opens the new library</a></h5>'
        "<p>The doors opened on Saturday after two years of work […]</p></figcaption></figure></article>"),
        # the whole card one link (a recirculation rail's tiles)
        ('<a href="/other"><article><figure><img src="b.jpg"><figcaption><h5>Mayor opens the new library</h5>'
        "<span>1 hour ago</span></figcaption></figure></article></a>"),
        # the caption one link to where the picture links too
        ('<div class="thumbnail"><figure><a href="/other"><img src="b.jpg"></a></figure>'
        '<figcaption><a href="/other">Mayor opens the new library</a></figcaption></div>'),
    ],
)  # fmt: skip
def test_a_teaser_cards_text_is_no_caption_and_no_body_text(card: str) -> None:
    """A card for another story marked up as a captioned picture: its headline is neither a
    caption of the story's nor a picture of it, and it stays out of the body as captions do."""
    own = '<figure><img src="a.jpg"><figcaption>The old bridge in May.</figcaption></figure>'
    html = f"<html><body><article><h1>Council replaces the bridge</h1>{own}{STORY}{card * 3}</article></body></html>"
    assert _captions(f"{own}{card}") == [("The old bridge in May.", None)]
    article = copydesk.extract(html)
    assert [c.text for c in article.captions] == ["The old bridge in May."]
    assert not any(item.url and item.url.endswith("b.jpg") for item in article.media)
    assert "Mayor opens the new library" not in article.text
    # kept aside for `drop_captions`: a card's text the model keeps leaves the body as a caption's does
    assert [c.text[:27] for c in parse_page(html).card_captions] == ["Mayor opens the new library"]


@pytest.mark.parametrize(
    "caption",
    [
        # a photo's caption that is one link (a travel blog's pointer to its post on the place),
        # the picture not linked there
        '<figure><img src="a.jpg"><figcaption><a href="/nikko">Nikko</a></figcaption></figure>',
        # a lightbox: a link around the photo and its caption, to the picture's own file
        '<a href="/uploads/bridge-large.jpg"><figure><img src="a.jpg"><figcaption>The old bridge in May.</figcaption></figure></a>',
        # a classed caption under a visually hidden "Caption" heading
        ('<div class="field-photo"><img src="a.jpg"></div><div class="field--name-field-caption">'
        '<h2 class="visually-hidden">Caption</h2><p>Tomato hornworms damage the plants.</p></div>'),
    ],
)  # fmt: skip
def test_a_caption_that_is_a_link_or_under_a_heading_is_still_a_caption(caption: str) -> None:
    assert len(_captions(caption)) == 1


def test_a_classed_label_with_no_picture_beside_it_is_not_a_caption() -> None:
    body = '<article><img src="a.jpg"><p>Story text.</p><div class="sort-caption">Sorted by: newest first</div></article>'
    assert _captions(body) == []


def test_a_box_around_a_figcaption_gives_way_to_the_figcaption() -> None:
    body = '<div class="header-caption"><figure><img src="a.jpg"><figcaption>The mayor on Monday.</figcaption></figure><p>A long standfirst about the story.</p></div>'
    assert _captions(body) == [("The mayor on Monday.", None)]


def test_a_credit_printed_before_the_caption_is_split_off() -> None:
    body = '<figure><img src="a.jpg"><figcaption><span class="credit">Image copyright EPA</span> The prosecutor in Stockholm.</figcaption></figure>'
    assert _captions(body) == [("The prosecutor in Stockholm.", "Image copyright EPA")]


def test_a_caption_printed_twice_in_one_element_is_read_once() -> None:
    assert printed_once("The raised quay. The raised quay.") == "The raised quay."
    assert printed_once("Go Go") == "Go"
    assert printed_once("Go go") == "Go go"  # not the same words
    assert printed_once("The raised quay, seen from the quay.") == "The raised quay, seen from the quay."
    assert _captions('<figure><img src="a.jpg"><figcaption>Dawn at sea. Dawn at sea.</figcaption></figure>') == [("Dawn at sea.", None)]


def test_camel_case_caption_classes_and_credits_printed_in_the_text() -> None:
    """Component-library class names ("newsCaption") mark captions; "(Image: GETTY)" or
    "Photo credit: …" at the end of the caption's text is its credit."""
    body = (
        '<div class="photo"><p><picture><img src="a.jpg"></picture></p>'
        '<span class="newsCaption">China has warned Hong Kong <span class="caption">(Image: GETTY )</span></span></div>'
        '<div><img src="b.jpg"><div class="styles__Caption-sc-1y47">Shot on the R5. Photo Credit: Alec Sills-Trausch.</div></div>'
        '<figure><img src="c.jpg"><figcaption>Image credit: Pexels</figcaption></figure>'
    )
    assert _captions(body) == [
        ("China has warned Hong Kong", "GETTY"),
        ("Shot on the R5.", "Alec Sills-Trausch"),
        ("", "Pexels"),  # a credit alone is the picture's credit, with no caption text
    ]


def test_a_box_around_several_captions_is_not_one_caption() -> None:
    """"hasCaptions" and "imgCaptionWrapper" hold captions; the captions are the "imgCaption" elements."""
    slides = "".join(
        f'<div class="imgCaptionWrapper"><img src="{i}.jpg"><div class="imgCaption">Slide {i} of the harbour.</div></div>' for i in range(2)
    )
    assert _captions(f'<div class="gallery hasCaptions">{slides}</div>') == [("Slide 0 of the harbour.", None), ("Slide 1 of the harbour.", None)]


def test_caption_paragraphs_leave_the_story_and_headings_stay() -> None:
    captions = [Caption("Boats in the harbour.", "Ann Lee/AP")]
    blocks = [
        Block(BlockKind.HEADING, "Boats in the harbour", 2),
        Block(BlockKind.PARAGRAPH, "Boats in the harbour. Ann Lee/AP"),
        Block(BlockKind.PARAGRAPH, "Boats in the harbour. Boats in the harbour."),
        Block(BlockKind.PARAGRAPH, "Ann Lee/AP"),
        Block(BlockKind.PARAGRAPH, "Boats in the harbour came back on Tuesday."),
    ]
    kept = drop_captions(blocks, captions)
    assert [b.text for b in kept] == ["Boats in the harbour", "Boats in the harbour came back on Tuesday."]
    assert drop_captions(blocks, []) == blocks
    numbered = Block(BlockKind.PARAGRAPH, "1")  # a step number, not part of a caption's "2019"
    assert drop_captions([numbered], [Caption("The quay in 2019.")]) == [numbered]
    labelled = Block(BlockKind.PARAGRAPH, "Traffic jam on the quay. (Photo: Ann Lee/AP)")  # the label is not in the credit
    assert drop_captions([labelled], [Caption("Traffic jam on the quay.", "Ann Lee/AP")]) == []
    # a list's one-word item that a caption holds among others ("Moss" in "Attach moss.") stays;
    # a caption of one word printed alone, and whole words only ("moss" is no part of "mossy")
    items = [Block(BlockKind.LIST_ITEM, "Moss"), Block(BlockKind.LIST_ITEM, "Cloche"), Block(BlockKind.PARAGRAPH, "Tweezers")]
    shots = [Caption("Attach moss.", "Lucy Akins"), Caption("Place cloche over oasis."), Caption("Tweezers")]
    assert [b.text for b in drop_captions(items, shots)] == ["Moss", "Cloche"]
    assert drop_captions([Block(BlockKind.PARAGRAPH, "oss y")], [Caption("Mossy banks of the river")]) != []


def test_credits_a_caption_element_closes_on_are_split_off_and_the_printed_caption_still_leaves() -> None:
    """Held-out captions' credits: after "Photograph:" (a British daily's), a copyright sign (German
    pages'), "Source:" alone, "Photos by" (the label `credit_name` cuts), and a caption printing
    only labels.  The paragraphs printing them in the story go as the captions' did."""
    body = (
        "<figure><img src='/a.jpg'><figcaption>Police on the bridge last week. Photograph: Ann Lee/Reuters</figcaption></figure>"
        "<figure><img src='/b.jpg'><figcaption>Stau auf der Brücke © Jo Link / Donna</figcaption></figure>"
        "<figure><img src='/c.jpg'><figcaption>Source: Bureau of Labor Statistics</figcaption></figure>"
        "<figure><img src='/d.jpg'><figcaption>The old quay. <span class='credit'>Photos by Ann Lee/AP</span></figcaption></figure>"
        "<figure><img src='/e.jpg'><figcaption>(Image Source)</figcaption></figure>"
    )
    captions = [Caption(text, credit) for text, credit in _captions(body)]
    assert captions == [
        Caption("Police on the bridge last week.", "Ann Lee/Reuters"), Caption("Stau auf der Brücke", "© Jo Link / Donna"),
        Caption("", "Bureau of Labor Statistics"), Caption("The old quay.", "Ann Lee/AP"), Caption("(Image Source)"),
    ]  # fmt: skip
    printed = ["Police on the bridge last week. Photograph: Ann Lee/Reuters", "Stau auf der Brücke © Jo Link / Donna",
               "Source: Bureau of Labor Statistics", "The old quay. Photos by Ann Lee/AP", "(Image Source)"]  # fmt: skip
    story = Block(BlockKind.PARAGRAPH, "The bridge reopened on Monday after a week of repairs.")
    blocks = [*(Block(BlockKind.PARAGRAPH, text) for text in printed), story]
    assert drop_captions(blocks, captions) == [story]
    assert drop_captions([Block(BlockKind.PARAGRAPH, "Source")], captions) != []  # a label alone that no caption prints alone


def test_a_byline_or_a_players_notice_in_a_caption_element_is_no_caption() -> None:
    """A writer's byline set in a caption-classed element beside the author's picture (a tech
    blog's "By Richard Lawler posted Aug 18th 2010 7:30PM", held-out; WCXB: "By Samuel Horti",
    "Written by Autumn Huerter"), and a video placeholder's notice ("Media playback is unsupported
    on your device", a British broadcaster's), are no picture's caption; a caption opening on
    "By" is one."""
    body = (
        '<div class="caption"><img src="a.jpg">By Richard Lawler posted Aug 18th 2010 7:30PM</div>'
        '<figure><img src="b.jpg"><figcaption>Written by Autumn Huerter</figcaption></figure>'
        '<figure class="media-with-caption"><img src="c.jpg"><div class="player-with-placeholder__caption">'
        "Media playback is unsupported on your device</div></figure>"
        '<figure><img src="d.jpg"><figcaption>By the river at dawn.</figcaption></figure>'
    )
    assert _captions(body) == [("By the river at dawn.", None)]


def test_a_story_told_in_its_slides_captions_keeps_them() -> None:
    # a slideshow whose slides' captions hold the story's paragraphs: without them a third is left
    slides = [f"Slide {k}: the designer says the room needs one good piece, and the rest can be found second hand. " * 4 for k in range(4)]
    blocks = [Block(BlockKind.PARAGRAPH, "Ahead, five decorating mistakes and how to amend them."), *(Block(BlockKind.PARAGRAPH, text) for text in slides)]
    assert drop_captions(blocks, [Caption(text) for text in slides]) == blocks
    # two of four slides' captions: two thirds of the words are left, and the captions go
    assert drop_captions(blocks, [Caption(text) for text in slides[:2]]) == [blocks[0], *blocks[3:]]


def test_closing_lines_leave_the_end_of_the_story() -> None:
    story = Block(BlockKind.PARAGRAPH, "The council will vote on the budget next week, the mayor said.")
    closers = [
        "(Reporting by Ann Lee; Editing by Tom Brown)",
        "Associated Press writers Ann Lee and Tom Brown contributed to this report.",
        "Have a tip? Ann Lee may be reached at alee@example.com.",
        "Follow AP's full coverage of the budget at https://apnews.com/budget",
        "Like this:",
        "Subscribe to our daily newsletter.",
        "Listen to the morning show live at 7:30 weekdays.",
        "Click here to get the full report.",
        "Iklan Filed Under: Politics",
        "Tags: budget, council, bridge",
        "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
        "We welcome a lively discussion as long as you follow the Rules of Conduct. Comments are not pre-screened.",
        "The opinions expressed below do not reflect the views of the site.",
        "Comments are moderated and will appear after review.",
        "Continue reading on the next page",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Learn more about our editorial standards",
        "Schlagworte: Cybercrime, Hacking, SCADA",
        "Mots-clés : police, justice",
        "Etiquetas: economía, empleo",
        "Das Thema könnte dich auch interessieren:",
        "Lesen Sie auch: Die Bahn erhöht die Preise",
        "À lire aussi : la grève continue",
        "You may also like",
        "About the author",
        "Die Kommentare werden vor der Veröffentlichung geprüft.",
        "Les commentaires sont modérés.",
        "Los comentarios están moderados y se publicarán tras su revisión.",
        "ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.",
        "الآراء الواردة أدناه لا تعبر عن رأي الموقع.",
        "How useful was this post?",
        "Was this article helpful?",
        "(Visited 1,902 times, 364 visits today)",
        "Would you like to receive notifications about new posts?",
        "Folgen Sie uns auf Twitter und Instagram!",
        "Suivez-nous sur Facebook pour ne rien manquer.",
        "Síguenos en Instagram.",
        "Siga-nos no Twitter.",
        "Seguici su Facebook.",
    ]
    blocks = [story, *(Block(BlockKind.PARAGRAPH, text) for text in closers)]
    assert trim_closing_lines(blocks) == [story]
    assert trim_closing_lines(blocks[1:2]) == blocks[1:2]  # never the only block
    middle = [blocks[1], story]  # only at the end
    assert trim_closing_lines(middle) == middle
    like = Block(BlockKind.PARAGRAPH, "Like this year's fair, next year's will run for a week.")  # a sentence, not a prompt
    welcome = Block(BlockKind.PARAGRAPH, "The town welcomes visitors to the fair every summer.")  # no comment rules
    assert trim_closing_lines([story, welcome]) == [story, welcome]
    assert trim_closing_lines([story, like]) == [story, like]
    standards = Block(BlockKind.PARAGRAPH, "The paper said its standards editor had reviewed the story.")  # a sentence about standards
    assert trim_closing_lines([story, standards]) == [story, standards]
    long_one = Block(BlockKind.PARAGRAPH, "Reporting by the newspaper found " + "that the council spent more " * 12)
    assert trim_closing_lines([story, long_one]) == [story, long_one]


def test_headings_left_at_the_end_go_and_closing_contacts_too() -> None:
    story = Block(BlockKind.PARAGRAPH, "The council will vote on the budget next week, the mayor said.")
    tail = [
        Block(BlockKind.PARAGRAPH, "Email Ann Lee at alee@example.com or follow her @annlee."),
        Block(BlockKind.HEADING, "Like this:", 2),
        Block(BlockKind.HEADING, "Comments", 2),
    ]
    assert trim_closing_lines([story, *tail]) == [story]
    inside = [Block(BlockKind.HEADING, "The vote", 2), story]
    assert trim_closing_lines(inside) == inside


def test_a_list_under_a_pointer_to_more_coverage_closes_the_story() -> None:
    story = [Block(BlockKind.PARAGRAPH, "The council approved the bridge on Tuesday after a long debate.")]
    more = [Block(BlockKind.HEADING, "More Great WIRED Stories", 2), Block(BlockKind.LIST_ITEM, "YouTubers must unionize"), Block(BlockKind.LIST_ITEM, "The strange life of a virus")]
    assert trim_closing_lines(story + more) == story
    ingredients = [Block(BlockKind.PARAGRAPH, "You will need:"), Block(BlockKind.LIST_ITEM, "Two cups of flour")]
    assert trim_closing_lines(story + ingredients) == story + ingredients  # a list under anything else stays


def test_labelled_pointers_to_other_stories_become_related_links() -> None:
    story = Block(BlockKind.PARAGRAPH, "The council will vote on the budget next week, the mayor said.")
    pointers = ["READ MORE: Budget gap widens", "On Example.com: Bridge costs rise", "Leggi anche: Il ponte nuovo", "More: Bus routes change",
                "DON’T MISS: Ferry fares rise", "[Related: Toll plan shelved]", "Related post: Harbour wall repaired"]
    blocks = [story, *(Block(BlockKind.PARAGRAPH, text) for text in pointers)]
    kept, related = split_related_pointers(blocks)
    assert kept == [story]
    assert [link.title for link in related] == [
        "Budget gap widens", "Bridge costs rise", "Il ponte nuovo", "Bus routes change", "Ferry fares rise", "Toll plan shelved",
        "Harbour wall repaired",
    ]  # fmt: skip
    prose = Block(BlockKind.PARAGRAPH, "Related: " + "the council says the budget gap is wider than it thought " * 4)
    heading = Block(BlockKind.HEADING, "More: what happens next", 2)
    assert split_related_pointers([story, prose, heading]) == ([story, prose, heading], [])
    assert split_related_pointers(blocks[1:2]) == (blocks[1:2], [])  # never the whole body


def test_a_fundraising_appeal_under_the_story_goes_from_its_first_line() -> None:
    story = [Block(BlockKind.PARAGRAPH, f"Paragraph {i} of the story about the harbour repairs and their cost.") for i in range(3)]
    appeal = [
        Block(BlockKind.HEADING, "Since you made it to the bottom of this article, we have a small favor to ask.", 2),
        Block(BlockKind.PARAGRAPH, "Our newsroom is funded by readers like you, and every gift keeps our reporting free."),
        Block(BlockKind.PARAGRAPH, "Thank you."),
    ]
    assert cut_appeal(story + appeal) == story
    assert cut_appeal(appeal) == appeal  # never the first block
    ideas = [*story, Block(BlockKind.LIST_ITEM, "Crowdfunding: please consider donating to a project you love.")]
    assert cut_appeal(ideas) == ideas  # a list item is the story's own
    top = [*appeal[:1], *story * 3]  # in the body's first quarter: the page's own header, not a box under the story
    assert cut_appeal([story[0], *top]) == [story[0], *top]


def test_a_long_republishing_box_goes_from_its_heading() -> None:
    """A box longer than the last APPEAL_WINDOW blocks opens with a line no story prints of itself."""
    story = [Block(BlockKind.PARAGRAPH, f"Paragraph {i} of the story about the harbour repairs and their cost.") for i in range(8)]
    box = [Block(BlockKind.HEADING, "Republish this article", 2)]
    box += [Block(BlockKind.PARAGRAPH, f"Rule {i}: credit the author and link back to the story.") for i in range(10)]
    assert cut_appeal(story + box) == story


def test_a_plea_quoted_inside_the_story_does_not_cut_it() -> None:
    """"We need your help to keep …" away from the story's end is what the police or a charity said."""
    story = [Block(BlockKind.PARAGRAPH, f"Paragraph {i} of the story about the missing hiker and the search.") for i in range(12)]
    plea = Block(BlockKind.PARAGRAPH, "“We need your help to keep the search going,” the coordinator said.")
    blocks = [*story[:4], plea, *story[4:]]
    assert cut_appeal(blocks) == blocks


def test_a_story_ending_on_donations_or_membership_is_not_an_appeal() -> None:
    story = [Block(BlockKind.PARAGRAPH, f"Paragraph {i} of the story about the alliance summit and its guests.") for i in range(3)]
    endings = [
        "Patreon did not respond to a request for comment.",
        "Ukraine hopes to become a member of the alliance within ten years.",
        "Fans were urged to make a donation to the family's fund.",
        "“We need your help,” the mayor told residents on Monday.",
    ]
    blocks = story + [Block(BlockKind.PARAGRAPH, text) for text in endings]
    assert cut_appeal(blocks) == blocks


@pytest.mark.parametrize("opening", [
    "Republish this article", "REPUBLISH OUR STORIES", "Support Example News! Donate via Patreon.",
    "Since you made it to the bottom of this article, we have a small favor to ask.", "A SMALL FAVOUR TO ASK",
])  # fmt: skip
def test_each_opening_no_story_prints_is_found_far_from_the_end(opening: str) -> None:
    """`tidy.appeal_start` reads only some texts before the last blocks: each such opening is among them."""
    story = [Block(BlockKind.PARAGRAPH, f"Paragraph {i} of the story about the harbour repairs and their cost.") for i in range(8)]
    box = [Block(BlockKind.HEADING, opening, 2)] + [Block(BlockKind.PARAGRAPH, f"Rule {i} of the box.") for i in range(10)]
    assert cut_appeal(story + box) == story


@given(st.lists(st.sampled_from(["Support ", "support our work", "SUPPORT ", "Republish ", "a small favor", "FAVOUR", "Favo",
                                 "story text.", "", "x", "Supported by"]), max_size=14),
       st.floats(0.0, 1.0), st.integers(-2, 16), st.integers(-2, 16))  # fmt: skip
@example(["", ""], 0.25, 0, 2)  # texts of no length
@example(["a small favor", "Support us", "x", "FAVOUR"], 0.25, 0, 4)
@example([], 0.25, 0, 0)
def test_the_appeal_scans_in_c_are_pythons(texts: list[str], share: float, first: int, last: int) -> None:
    """`text_fast.share_index` and `opening_or_holding` (`tidy._appeal_window_start`, `_far_openings`)."""
    from copydesk.extract import tidy

    if tidy.text_fast is None:  # pragma: no cover - depends on the build
        pytest.skip("text_fast is not built here")
    assert tidy._appeal_window_start(texts) == tidy._appeal_window_start(texts, compiled=False)
    ends = list(accumulate(map(len, texts)))
    expected = min(len(texts), max(1, bisect_left(ends, share * ends[-1]) + 1)) if ends else 0
    assert tidy.text_fast.share_index(texts, share) == expected
    if 0 <= first <= last <= len(texts):  # as `appeal_start` calls it
        assert tidy._far_openings(texts, first, last) == tidy._far_openings(texts, first, last, compiled=False)


_CLOSING_PIECES = ["Reporting by ", "REPORTING BY", "Follow ", "@x", " on Twitter", "Tags:", "tag", "İ", "K", "listen ", "we need your ",
                   "support ", "Republish ", "a small favour", "story words ", "x " * 30, "\n", "é"]  # fmt: skip


@given(st.lists(st.lists(st.sampled_from(_CLOSING_PIECES), max_size=8).map("".join), max_size=8))
@example(["Reporting by Jane Doe", "x " * 61 + "reporting by Jane Doe", "Follow us on Twitter", "Tags: a, b"])
def test_closing_and_appeal_hints_are_found_as_a_plain_search_finds_them(texts: list[str]) -> None:
    """The compiled hint scans of `tidy.is_closing_line` and `appeal_start` (`patterns.hinted_texts`) find
    the texts a lower-cased plain search does (İ and the Kelvin sign, which lower-case to
    ASCII, included), and `is_closing_line` says what its definition says: at most
    MAX_CLOSING_WORDS words, a hint, and a `CLOSING_LINE` match."""
    from copydesk.extract import tidy
    from copydesk.extract.patterns import APPEAL_HINTS, CLOSING_LINE, CLOSING_LINE_HINTS, hinted_texts

    for scanner, hints in ((tidy._CLOSING_HINTS, CLOSING_LINE_HINTS), (tidy._APPEAL_HINTS, APPEAL_HINTS)):
        expected = [i for i, text in enumerate(texts) if any(hint in text.lower() for hint in hints)]
        assert hinted_texts(scanner, hints, texts) == hinted_texts(scanner, hints, texts, compiled=False) == expected
    for text in texts:
        low = text.lower()
        defined = len(text.split()) <= tidy.MAX_CLOSING_WORDS and any(h in low for h in CLOSING_LINE_HINTS) and CLOSING_LINE.search(low) is not None
        assert tidy.is_closing_line(text) == tidy.is_closing_line(text, compiled=False) == defined


def test_a_caption_printing_only_a_credit_is_a_credit() -> None:
    """"Photo: Getty Images" alone under a picture is its credit, with no caption text; a gallery's
    "1 of 4" counter opens no caption."""
    body = (
        "<figure><img src='/a.jpg'><figcaption>Photo : Getty Images</figcaption></figure>"
        "<figure><img src='/b.jpg'><figcaption>Image credit: Digital Foundry</figcaption></figure>"
        "<figure><img src='/c.jpg'><figcaption>1 of 4 Shoppers look at extension cords on Tuesday.</figcaption></figure>"
        "<figure><img src='/d.jpg'><figcaption>Photographs of the flood hang in the library.</figcaption></figure>"
    )
    assert _captions(body) == [
        ("", "Getty Images"), ("", "Digital Foundry"),
        ("Shoppers look at extension cords on Tuesday.", None), ("Photographs of the flood hang in the library.", None),
    ]  # fmt: skip


@pytest.mark.parametrize("text", [
    "This article contains affiliate links that may earn us a commission at no extra cost to you.",
    "Products are chosen independently by our editors. Purchases made through our links may earn us a commission.",
    "As an Amazon Associate we earn from qualifying purchases.",
    "We independently evaluate all of our recommendations. If you click on links we provide, we may receive compensation.",
    "Wag! has affiliate relationships, so we may receive compensation if you make a purchase.",
    "Note: this blog uses affiliate links. That means if you choose to make a purchase, I make a small kickback.",
    "Purchases made through links earn us a small commission, at no extra cost to you.",
])  # fmt: skip
def test_affiliate_disclosures(text: str) -> None:
    assert tidy.is_disclosure(text)
    assert tidy.is_disclosure(text, compiled=False)  # the hint scan in Python finds it too


@pytest.mark.parametrize("text", [
    "Sales staff can earn commissions of up to 5% on every car.",  # no links, no buying
    "The agency will receive compensation from the state.",
    "Affiliate programs: Streamers earn a commission when viewers buy games.",  # about affiliate marketing
    "No affiliate links. No paid promotion.",
    "Drivers will get a share of the fares under the plan.",
    "If you buy through our links, we may earn a commission. " * 10,  # a long paragraph saying it too
])  # fmt: skip
def test_not_affiliate_disclosures(text: str) -> None:
    assert not tidy.is_disclosure(text)
    assert not tidy.is_disclosure(text, compiled=False)


def test_disclosures_leave_only_the_storys_edges() -> None:
    story = [Block(BlockKind.PARAGRAPH, f"Paragraph {k} of the story, long enough to read as one.") for k in range(12)]
    notice = Block(BlockKind.PARAGRAPH, "This post contains affiliate links. We may earn a commission.")
    assert tidy.drop_disclosures([notice, *story, notice]) == story
    middle = [*story[:6], notice, *story[6:]]
    assert tidy.drop_disclosures(middle) == middle  # a notice mid-story is a paragraph's
    assert tidy.drop_disclosures([notice]) == [notice]  # never all of them


def test_a_feedback_prompt_closes_any_pages_content() -> None:
    page = [Block(BlockKind.PARAGRAPH, "Install the package, then run the command with your project's name."), Block(BlockKind.LIST_ITEM, "Step two")]
    prompt = [Block(BlockKind.HEADING, "Feedback", 2), Block(BlockKind.PARAGRAPH, "Was this page helpful?")]
    assert tidy.trim_feedback_prompts([*page, *prompt]) == page
    headed = [*page, Block(BlockKind.HEADING, "Next steps", 2)]
    assert tidy.trim_feedback_prompts(headed) == headed  # no prompt: a heading left at the end stays
    assert tidy.trim_feedback_prompts(prompt[1:]) == prompt[1:]  # never the only block
    asked = Block(BlockKind.PARAGRAPH, "Was this article helpful to the committee when it drafted its report on the bridge?")
    assert tidy.trim_feedback_prompts([*page, asked]) == [*page, asked]  # a sentence of the page, not a widget


def test_the_new_tidy_steps_take_empty_and_huge_input() -> None:
    assert tidy.edge_disclosures([]) == set() and tidy.drop_disclosures([]) == []
    assert tidy.trim_feedback_prompts([]) == []
    huge = "we may earn a commission on links " * 60_000  # 2 MB: too long to be a notice, read by the hint scan only
    assert tidy.edge_disclosures([huge, "A story.", "\x00\ufffd binary \x7f"]) == set()
