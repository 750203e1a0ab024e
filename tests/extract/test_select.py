"""Rules applied to the blocks the model keeps."""

from __future__ import annotations

import pytest

from copydesk.extract.tidy import (
    drop_author_bio,
    drop_contents_entries,
    drop_credit_lines,
    drop_masthead_names,
    drop_pull_quotes,
    drop_repeats,
    trim_edge_labels,
    trim_opening_byline,
    without_edit_links,
)
from copydesk.model import Block, BlockKind

P, H, LI, Q = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE


def test_a_pictures_credit_printed_alone_goes() -> None:
    blocks = [Block(P, "The council voted."), Block(P, "Photo: Shutterstock"), Block(P, "Courtesy of Hilton"),
              Block(H, "Image: SiliconANGLE/ChatGPT", 2), Block(P, "Photographs tell the story of the town.")]  # fmt: skip
    assert [b.text for b in drop_credit_lines(blocks)] == ["The council voted.", "Photographs tell the story of the town."]


def test_the_sites_name_set_as_headings_over_the_story_goes() -> None:
    # a logo printed as a heading in a link home ("<a href="/"><h2>NPR</h2></a>"), twice
    blocks = [Block(H, "NPR", 2), Block(H, "N.P.R.", 2), Block(H, "Jury finds Roof guilty", 1), Block(P, "A jury found him guilty.")]
    assert [b.text for b in drop_masthead_names(blocks, lambda: {"npr"})] == ["Jury finds Roof guilty", "A jury found him guilty."]
    kept = [Block(P, "NPR"), Block(H, "NPR Music", 2), Block(P, "Text.")]  # a paragraph, a longer heading
    assert drop_masthead_names(kept, lambda: {"npr"}) == kept
    assert drop_masthead_names([Block(H, "NPR", 2)], lambda: {"npr"}) == [Block(H, "NPR", 2)]  # never the only block


def test_label_paragraphs_at_the_edges_are_trimmed() -> None:
    blocks = [Block(P, "Business"), Block(P, "The council voted on Tuesday."), Block(P, "Tags"), Block(P, "Iklan")]
    assert [b.text for b in trim_edge_labels(blocks)] == ["The council voted on Tuesday."]


def test_breadcrumb_and_tag_list_items_at_the_edges_are_trimmed() -> None:
    blocks = [Block(LI, "Health"), Block(P, "The study followed 2,000 adults."), Block(LI, "Oxygen"), Block(LI, "Delhi")]
    assert [b.text for b in trim_edge_labels(blocks)] == ["The study followed 2,000 adults."]


def test_headings_list_items_inside_sentences_and_the_only_block_stay() -> None:
    blocks = [Block(H, "Results", 2), Block(P, "Turnout was high."), Block(LI, "Apples"), Block(P, "— Reuters.")]
    assert trim_edge_labels(blocks) == blocks
    assert trim_edge_labels([Block(P, "Sold out")]) == [Block(P, "Sold out")]


def test_a_cjk_paragraph_closing_on_a_latin_credit_is_no_label() -> None:
    # one white-space "word" of Japanese, then the agency's credit: three words not ending a sentence
    closing = ("政府はボコ・ハラムが劣勢にあると繰り返し主張しているが、あるアナリストは「ボコ・ハラムはナイジェリア北東部で"
               "大量の死傷者を出す攻撃を行う意図と作戦能力を維持している」と指摘している。(c)AFP/Aminu ABUBAKAR")  # fmt: skip
    blocks = [Block(P, "地元当局者は述べた。"), Block(P, closing), Block(P, "【纠错】 【责任编辑:张樵苏 】")]
    assert [b.text for b in trim_edge_labels(blocks)] == ["地元当局者は述べた。", closing]


def test_opening_byline_and_time_stamp_lines_are_dropped() -> None:
    blocks = [Block(P, "Elliot Brownstein Florida Today"), Block(P, "Posted: Fri 6:45 PM, Feb 16, 2018 |"),
              Block(P, "Merritt Island beat Titusville 3-2 on Friday night."), Block(P, "Elliot Brownstein scored twice")]  # fmt: skip
    kept = trim_opening_byline(blocks, ["Elliot Brownstein"])
    assert [b.text for b in kept] == ["Merritt Island beat Titusville 3-2 on Friday night.", "Elliot Brownstein scored twice"]


def test_a_stamp_printed_as_fields_leaves_a_storys_opening_only() -> None:
    story = "Las discrepancias jurídicas entre el juez y el fiscal han quedado de manifiesto en la resolución."
    blocks = [Block(P, "Patricio Candia | Palma de Mallorca | 08/01/2014"), Block(P, story), Block(P, "Otro párrafo.")]
    assert [b.text for b in trim_opening_byline(blocks, [], story=True)] == [story, "Otro párrafo."]
    assert trim_opening_byline(blocks, []) == blocks  # a listing's first item keeps its stamp
    sentence = [Block(P, "The vote | as the mayor put it on 08/01/2014 | was close"), Block(P, story)]
    assert trim_opening_byline(sentence, [], story=True) == sentence  # lower-case fields: a sentence's parts


def test_dated_sentences_and_the_only_block_stay() -> None:
    blocks = [Block(P, "On March 3, 2025 the bridge closed for repairs lasting a month"), Block(P, "It reopened.")]
    assert trim_opening_byline(blocks, []) == blocks
    assert trim_opening_byline([Block(P, "November 20, 2019 10:43")], []) == [Block(P, "November 20, 2019 10:43")]


def test_a_paragraph_printed_twice_is_kept_once_but_lists_and_questions_repeat() -> None:
    para = "The Harbor chronograph keeps a 42 mm stainless case slim enough to sit under a shirt cuff."
    question = "Which cuisine do you like best yourself, and is there a dish you would never cook at home?"
    item = "Portion fix containers: 1 green, 1 red, 1 yellow, 1 teaspoon, 1 cup of strawberries to finish."
    blocks = [Block(P, para), Block(P, question), Block(LI, item), Block(P, "Answer one."), Block(P, para),
              Block(P, question), Block(LI, item)]  # fmt: skip
    assert [b.text for b in drop_repeats(blocks)] == [para, question, item, "Answer one.", question, item]


def test_a_block_quote_repeating_a_question_is_dropped() -> None:
    # A forum reply quotes the question it answers; an interviewer's repeated question is no quote.
    question = "Has anybody tried a beta of the new release yet? Does anyone know which version we will get?"
    blocks = [Block(P, question), Block(P, "@jon said:"), Block(Q, question), Block(P, "Not yet."), Block(P, question)]
    assert [b.text for b in drop_repeats(blocks)] == [question, "@jon said:", "Not yet.", question]


def test_every_related_selector_part_names_a_marker() -> None:
    from copydesk.extract.furniture import RELATED_MARKERS, RELATED_SELECTOR

    for part in RELATED_SELECTOR.split(","):
        assert any(marker.decode() in part for marker in RELATED_MARKERS), part


RELATED_PAGES = [
    # nested related boxes: each link once, in document order
    ('<div class="related"><a href="/a">First related story about the bridge</a>'
    '<div class="related-inner"><a href="/b">Second related story about the river</a></div></div>'),
    # a link that is itself related-classed is a related link only inside another related box
    ('<a class="related-link" href="/c">A lone link with a related class name</a>'
    '<section id="related-posts"><a class="related-link" href="/d">A related link inside a related section</a></section>'),
    # separate boxes of different kinds, far apart
    ('<ul class="read-more"><li><a href="/e">Read more about the city council plans</a></li></ul><p>Story.</p>'
    '<div class="recommended"><a href="/f">Recommended reading on local transport</a></div>'),
]


@pytest.mark.parametrize("body", RELATED_PAGES)
def test_related_links_inside_containers_match_the_selector(body: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from copydesk.extract.furniture import RELATED_SELECTOR, read_related

    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    expected = [link.attributes.get("href") for link in tree.css(RELATED_SELECTOR)]
    found = [link.url for link in read_related(tree, None)]
    assert found == expected and found  # same links, same order, and some found


def test_opening_reading_times_go_and_a_sentence_about_minutes_stays() -> None:
    story = Block(BlockKind.PARAGRAPH, "The council met for 40 minutes on Tuesday and voted for the bridge.")
    for line in ("5 min read", "Reading Time: 8 minutes", "Tempo de leitura: 2 minutos", "3 MIN. READ", "2–3 minutes"):
        assert trim_opening_byline([Block(BlockKind.PARAGRAPH, line), story], []) == [story], line
    wordy = Block(BlockKind.PARAGRAPH, "Our guide takes you through it in about 10 minutes")
    assert trim_opening_byline([wordy, story], []) == [wordy, story]


def test_a_byline_set_as_a_heading_goes_but_a_heading_naming_the_author_stays() -> None:
    story = Block(P, "Travel insurance can minimize the considerable financial risks of traveling.")
    assert trim_opening_byline([Block(BlockKind.HEADING, "By Rick Steves", 3), story], ["Rick Steves"]) == [story]
    titled = [Block(BlockKind.HEADING, "Rick Steves on travel insurance", 2), story]
    assert trim_opening_byline(titled, ["Rick Steves"]) == titled


def test_an_author_bio_closing_the_story_is_dropped_with_what_follows() -> None:
    story = [Block(P, f"Paragraph {i} of the story about the council's budget vote.") for i in range(4)]
    bio = Block(P, "Sam Ortiz covers city hall for Valley News. Reach him at sam@valley.example.")
    after = Block(P, "Follow Sam on social media")
    assert drop_author_bio([*story, bio, after], ["Sam Ortiz"]) == story


def test_a_bio_opening_on_the_authors_first_name_goes_with_the_name_over_it() -> None:
    story = [Block(P, f"Paragraph {i} of the story about planning a wedding on a budget.") for i in range(4)]
    name, bio = Block(P, "Maya Lindqvist"), Block(P, "Maya is a travel writer and mother of two; she writes about weddings.")
    assert drop_author_bio([*story, name, bio], ["Maya Lindqvist"]) == story
    assert drop_author_bio([*story, bio], ["Maya"]) == story
    company = [*story, Block(P, "Budlong is dedicated to serving clients with expert plumbing services. Our team helps.")]
    assert drop_author_bio(company, ["Budlong"]) == company  # a company named as the author: no person's pronoun


def test_an_author_box_ending_on_its_archive_link_goes_with_its_labels() -> None:
    # WordPress's default themes: "Published by" / the name / the bio ending "View all posts by …"
    # (seen kept on a held-out page, trafilatura's cached lemire.me post); no author need be known
    story = [Block(P, f"Paragraph {i} of the post about parsing JSON at disk speed.") for i in range(4)]
    box = [Block(BlockKind.HEADING, "Published by", 2), Block(BlockKind.HEADING, "Daniel Lemire", 3),
           Block(P, "A computer science professor at the University of Quebec (TELUQ). View all posts by Daniel Lemire")]
    assert drop_author_bio([*story, *box], []) == story
    assert drop_author_bio([*story, Block(P, "See more articles from Jane Doe")], ["Jane Doe"]) == story
    # a sentence that ends a paragraph is no label: the bio alone goes
    ending = Block(P, "That is all for today.")
    assert drop_author_bio([*story, ending, box[2]], []) == [*story, ending]
    early = [Block(P, "View all posts by our staff on the archive page"), *story]
    assert drop_author_bio(early, []) == early  # in the story's first half


def test_the_author_named_early_a_short_credit_and_one_word_names_stay() -> None:
    story = [Block(P, f"Paragraph {i} of the story about the council's budget vote.") for i in range(4)]
    early = [Block(P, "Sam Ortiz asked the mayor about the vote before the meeting began."), *story]
    assert drop_author_bio(early, ["Sam Ortiz"]) == early  # in the story's first half
    credit = [*story, Block(P, "Sam Ortiz reported.")]
    assert drop_author_bio(credit, ["Sam Ortiz"]) == credit  # a credit line, no bio
    one_word = [*story, Block(P, "Sam covers city hall for Valley News and the county board.")]
    assert drop_author_bio(one_word, ["Sam"]) == one_word  # a first name alone opens many sentences
    assert drop_author_bio(story, []) == story


def test_a_pull_quote_printing_the_story_again_is_dropped() -> None:
    story = [
        Block(P, "The council met on Tuesday. Two members said the city should borrow for the work rather than raise taxes."),
        Block(Q, "“The city should borrow for the work rather than raise taxes”"),
        Block(P, "The vote moves to the spring."),
        Block(Q, "We will not raise taxes this year, the mayor told reporters afterwards."),
        Block(Q, "Raise taxes"),
    ]
    assert drop_pull_quotes(story) == [story[0], story[2], story[3], story[4]]  # a new quote and a short one stay


def test_a_kicker_over_the_headline_leaves_once_the_headline_echo_has_gone() -> None:
    import copydesk

    para = "<p>" + "A paragraph of the story that goes on long enough to be its body, with words and a clause. " * 3 + "</p>"
    html = (
        "<html><head><title>Why cities plant micro-forests | The Daily Example</title>"
        '<meta property="og:type" content="article"></head><body><article><h1>Why cities plant micro-forests</h1>'
        f'<p class="kicker">Opinion</p>{para * 5}</article></body></html>'
    )
    article = copydesk.extract(html)
    assert article.page_type.value == "article"
    assert article.text.startswith("A paragraph of the story")



def _review_flags(html: str) -> dict[str, bool]:
    from selectolax.lexbor import LexborHTMLParser

    from copydesk.extract.patterns import CONCEPT_BIT
    from copydesk.extract.segment import segment
    from copydesk.extract.vetoes import in_small_section

    seg = segment(LexborHTMLParser(html).body)  # type: ignore[arg-type]
    return {block.text[:12]: in_small_section(seg, block.owner, CONCEPT_BIT["review"]) for block in seg.blocks}


def test_a_review_section_is_one_smaller_than_half_the_page() -> None:
    description = "<div class='description'>" + "<p>Woven in Norway from the wool of free-roaming sheep. </p>" * 6 + "</div>"
    reviews = "<section class='product-reviews'><p>Lovely and warm, five stars.</p></section>"
    flags = _review_flags(f"<body>{description}{reviews}</body>")
    assert flags["Woven in Nor"] is False and flags["Lovely and w"] is True
    # a page that is all review (an editor's review of the product) is no review section
    flags = _review_flags(f"<body><article class='review'>{description}</article></body>")
    assert flags["Woven in Nor"] is False


def test_a_dated_by_line_opening_a_story_goes_whoever_it_names() -> None:
    story = Block(P, "Welcome to the new 16-inch MacBook Pro, the company's flagship laptop for professionals.")
    line = Block(P, "By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)")
    assert trim_opening_byline([line, story], ["AppleInsider"], story=True) == [story]
    assert trim_opening_byline([line, story], ["AppleInsider"]) == [line, story]  # a listing's item keeps its stamp
    sentence = Block(P, "By Monday, November 18, 2019, the council had voted on the budget.")
    assert trim_opening_byline([sentence, story], [], story=True) == [sentence, story]  # a sentence ends with a stop


def test_an_author_box_headed_about_the_author_goes_from_its_heading() -> None:
    story = [Block(P, f"Parágrafo {i} da matéria sobre a alfabetização das crianças em casa.") for i in range(6)]
    box = [Block(BlockKind.HEADING, "Sobre Carlos Nadalim", 3), Block(P, "Pai de Francesco e Teresa, é coordenador pedagógico em Londrina.")]
    assert drop_author_bio([*story, *box], ["Carlos Nadalim"]) == story
    other = [*story, Block(BlockKind.HEADING, "Sobre a escola", 3), Block(P, "A escola fica em Londrina desde 1990 e atende 400 alunos.")]
    assert drop_author_bio(other, ["Carlos Nadalim"]) == other  # about something else


def test_a_wikis_section_edit_links_go_from_its_headings() -> None:
    H = BlockKind.HEADING
    story = Block(P, "t-SNE is a statistical method for visualizing high-dimensional data [1].")
    blocks = [Block(H, "Details[edit]", 2), story, Block(H, "Einzelnachweise [Bearbeiten | Quelltext bearbeiten]", 2),
              Block(H, "Software", 2), Block(P, "[edit]"), story]
    assert without_edit_links(blocks) == [Block(H, "Details", 2), story, Block(H, "Einzelnachweise", 2), Block(H, "Software", 2), story]
    cited = [Block(P, "The method was published in 2008 by two researchers and later extended [edit]"), Block(H, "Lists [1]", 2)]
    assert without_edit_links(cited) == cited  # a sentence-long paragraph keeps its words; no edit link, no cut
    assert without_edit_links([Block(P, "Software [ edit ]")]) == [Block(P, "Software")]  # a text line (text mode)


def test_a_numbered_table_of_contents_goes_with_its_title_heading() -> None:
    H, L = BlockKind.HEADING, BlockKind.LIST_ITEM
    story = Block(P, "The story under its section heading, long enough to be one.")
    contents = [Block(H, "Contents", 2), Block(L, "1 Details"), Block(L, "1.1 Perplexity"), Block(L, "2 Software")]
    body = [Block(H, "Details", 2), story, Block(H, "Perplexity", 3), story, Block(H, "Software", 2), story]
    assert drop_contents_entries([story, *contents, *body]) == [story, *body]
    # numbered headings, and list items printing a heading's words without its number: the story's list
    numbered = [Block(H, "1. Medium Format Cameras", 2), story, Block(H, "2. Film Cameras", 2), story]
    listed = [Block(P, "The kinds we cover:"), Block(L, "Medium Format Cameras"), Block(L, "Film Cameras"), *numbered]
    assert drop_contents_entries(listed) == listed
    # a heading with a story of its own over the entries is no table's title
    titled = [Block(H, "Overview", 2), Block(L, "1 Details"), Block(L, "2 Software"), story, *body]
    assert drop_contents_entries(titled) == [Block(H, "Overview", 2), story, *body]


def test_an_author_box_signed_by_the_author_goes_with_the_share_bar_over_it() -> None:
    # held-out page (trafilatura's cached spektrum.de post): share buttons, "Veröffentlicht von …", the site
    story = [Block(P, f"Absatz {i} des Beitrags über die Berichterstattung zur Umfrage.") for i in range(4)]
    share = [Block(BlockKind.LIST_ITEM, word) for word in ("twittern", "mitteilen", "e-mail")]
    box = [Block(BlockKind.HEADING, "Veröffentlicht von Henning Lobin", 3), Block(P, "www.lobin.de")]
    assert drop_author_bio([*story, *share, *box], ["Henning Lobin"]) == story
    assert drop_author_bio([*story, Block(P, "Written by: Jane Doe")], ["Jane Doe"]) == story
    # another name signing, or a sign-off paragraph over the box: they stay
    assert drop_author_bio([*story, Block(P, "Posted by Sam Roe")], ["Jane Doe"]) == [*story, Block(P, "Posted by Sam Roe")]
    signed_off = [*story, Block(P, "Love and Light,")]
    assert drop_author_bio([*signed_off, Block(P, "Posted by Jane Doe")], ["Jane Doe"]) == signed_off


def test_a_bio_set_as_a_block_quote_goes_too() -> None:
    story = [Block(P, f"Absatz {i} des Tests über den Grill aus dem Angebot.") for i in range(4)]
    bio = Block(BlockKind.QUOTE, "Inga Buller ist Head of Social & Community bei CHIP und testet gerne neue Haushalts-Gadgets.")
    assert drop_author_bio([*story, bio], ["Inga Buller"]) == story


@pytest.mark.parametrize("line", [
    "5 de marzo de 2024", "Publié le 3 mars 2024 à 10h15", "Veröffentlicht am 5. März 2024 um 10:15 Uhr",
    "Pubblicato il 5 marzo 2024 alle ore 10:15", "Gepubliceerd op 5 maart 2024 om 10:15", "10 марта 2024 г.",
    "Last updated on September 16th, 2023 at 09:27 am", "Opublikowano 12 marca 2024, zaktualizowano 13 marca 2024",
])  # fmt: skip
def test_time_stamps_in_other_languages_leave_the_top_of_a_story(line: str) -> None:
    story = Block(P, "El Gobierno aprobó el martes nuevas medidas para acelerar la construcción de viviendas.")
    assert trim_opening_byline([Block(P, line), story], [], story=True) == [story]


def test_a_sentence_with_a_date_in_another_language_stays() -> None:
    story = Block(P, "El Gobierno aprobó el martes nuevas medidas para acelerar la construcción de viviendas.")
    dated = Block(P, "La ley entra en vigor el 5 de marzo de 2024")  # no end mark, but words a stamp never prints
    assert trim_opening_byline([dated, story], [], story=True) == [dated, story]
