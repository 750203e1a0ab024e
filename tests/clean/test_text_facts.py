"""Text mode reads the byline and the publication date from the text, with HTML mode's readers
(`clean/facts.py`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import copydesk
from tests.clean.bridge_story import HEADLINE, page
from tests.clean.bridge_story import STORY as BRIDGE_STORY

STORY = BRIDGE_STORY[:3]  # three paragraphs: the cases were measured on these
MENU = ["Home", "Local", "Sport", "Weather", "© 2024 Valley News"]


def test_byline_and_date_under_the_headline() -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, "By Jane Doe", "March 3, 2024", *STORY))
    assert article.authors == ["Jane Doe"]
    assert article.authors_source == "text"
    assert article.published == "2024-03-03"
    assert article.published_source == "text"


def test_the_date_under_the_headline_wins_over_one_above_it() -> None:
    """A date in the page's top bar (today's) is not the story's."""
    text = page(f"{HEADLINE} | Valley News", "Tuesday, May 7, 2024", *MENU, HEADLINE, "Published 3 March 2024", *STORY)
    assert copydesk.clean(text).published == "2024-03-03"


def test_a_stamp_just_over_the_headline_beats_a_date_in_the_story() -> None:
    """No stamp under the headline: the one printed just over it dates the story, not a date
    the story's sentences give."""
    stamp = "/ Jane Doe / 10:08 am Fri Jul 19, 2013"
    dated = "The council first met about the bridge on April 13, 2019, and again in May."
    article = copydesk.clean(page(f"{HEADLINE} / Valley News", *MENU, stamp, HEADLINE, "Follow Us", dated, *STORY))
    assert article.published == "2013-07-19"
    assert article.authors == ["Jane Doe"]


def test_a_date_in_the_url_comes_first() -> None:
    """As in HTML mode: the URL's path date, then the text's."""
    article = copydesk.clean(page(HEADLINE, "March 3, 2024", *STORY), url="https://example.com/2024/03/02/bridge-vote/")
    assert article.published == "2024-03-02"
    assert article.published_source == "url"


def test_no_byline_and_no_date_leave_the_fields_empty() -> None:
    """A year alone (a copyright line) is not a date; a sentence starting "By" is not a byline."""
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, "By the end of the meeting, the vote was clear.", *STORY))
    assert article.authors == []
    assert article.published is None


def test_the_byline_under_the_headline_wins_over_a_teaser_byline_above() -> None:
    teaser = ["Opinion: the bridge we deserve", "By John Roe"]
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, *teaser, HEADLINE, "By Jane Doe", *STORY))
    assert article.authors == ["Jane Doe"]


def test_a_stamp_line_under_the_headline_beats_a_dated_caption() -> None:
    """A file photo's caption dates the photo, the stamp line under it the story."""
    caption = "In this Dec. 12, 2006, file photo, the old river bridge is seen from the east bank of the river."
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, caption, "Published Monday, November 18, 2019 8:22AM EST", *STORY))
    assert article.published == "2019-11-18"


def test_a_recognised_caption_dates_no_story() -> None:
    """A caption printed twice (the second time with its credit) is furniture: the day in it is
    the photo's, so with no stamp line the story has no date rather than the photo's."""
    caption = "The old river bridge is seen from the east bank on Wednesday, Sept. 28, 2016."
    lines = (f"{HEADLINE} | Valley News", *MENU, HEADLINE, caption, f"{caption} Jane Roe/Valley News", *STORY)
    article = copydesk.clean(page(*lines))
    assert [c.text for c in article.captions] == [caption]
    assert article.published is None
    dated = copydesk.clean(page(*lines[:-3], "Published March 3, 2024", *STORY))
    assert dated.published == "2024-03-03"


def test_a_byline_inside_a_dated_line_under_the_headline() -> None:
    """WordPress's "Posted on <date> by <name> in <category>": the name, not the category."""
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, "Posted on May 3, 2024 by Jane Doe in Local News", *STORY))
    assert article.authors == ["Jane Doe"]


def test_no_byline_from_a_sentence_saying_by() -> None:
    """"by" in an undated line (a sentence of the story) names nobody."""
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, "A plan drawn up by Jane Doe", *STORY))
    assert article.authors == []


def test_a_name_printed_before_the_date_under_the_headline() -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, "Jane Doe March 3, 2024", *STORY))
    assert article.authors == ["Jane Doe"]


def test_no_name_from_a_release_note_or_a_wire_agency_before_the_date() -> None:
    for stamp in ("Released Wednesday March 3, 2024", "Associated Press November 19, 2019, 9:02 AM"):
        assert copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, stamp, *STORY)).authors == [], stamp


def test_a_name_on_its_own_line_over_the_date() -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, "Jane Doe\nPosted March 3, 2024", *STORY))
    assert article.authors == ["Jane Doe"]


def test_no_name_from_a_line_over_a_date_line_that_says_more_or_a_pager_label() -> None:
    """A line over "last reply 3 March 2024" (more than a label before the date: a post's stamp)
    or "Next Post" over a date names nobody."""
    for lines in ("Local News Discussion\nlast reply 3 March 2024", "Next Post\nMarch 3, 2024"):
        assert copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, lines, *STORY)).authors == [], lines


def test_a_dated_byline_just_over_the_headline() -> None:
    """"Published August 7, 2023 by Jane Doe" or "Jane Doe October 14, 2025" printed over the
    headline, nothing under it: the story's byline (a name-only line over the headline is not read)."""
    for stamp in ("Published August 7, 2023 by Jane Doe", "Jane Doe October 14, 2025"):
        assert copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, stamp, HEADLINE, *STORY)).authors == ["Jane Doe"], stamp
    far = page(f"{HEADLINE} | Valley News", "Jane Doe October 14, 2025", *MENU, HEADLINE, *STORY)
    assert copydesk.clean(far).authors == []  # lines further up belong to the page's top bar


def test_a_dated_byline_line_lengthened_by_its_categories() -> None:
    stamp = "On May 3, 2024 By Jane Doe In Budget Travel, Budget Travel Guides, Travel Resources, Travel Tips, Insurance"
    assert len(stamp) > 100
    assert copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, stamp, *STORY)).authors == ["Jane Doe"]


def test_a_stamp_over_the_story_when_the_title_line_is_not_the_headline() -> None:
    """The page's <title> line says something else than the headline printed far below it, so
    the lines under the title line hold no stamp: the lines over the story's first sentence
    are read for a dated byline instead."""
    menu = [f"Section {name}" for name in ("Local", "Sport", "Weather", "Business", "Arts", "Travel", "Food",
                                           "Health", "Science", "Homes", "Cars", "Jobs", "Obituaries", "Puzzles")]  # fmt: skip
    title = "Bridge replacement approved after decade of debate | Valley News"
    for stamp in ("Posted on March 3, 2024 by Jane Doe in Local News", "Jane Doe March 3, 2024"):
        assert copydesk.clean(page(title, *menu, HEADLINE, stamp, *STORY)).authors == ["Jane Doe"], stamp
    # a name alone over a date line is not read there: a section heading over a date looks the same
    # (under a headline dated by that line, it is read as under an echoed one: `title._story_headline`)
    assert copydesk.clean(page(title, *menu, "Design Style", "March 3, 2024", *STORY)).authors == []


MENU_LINES = [f"Menu entry number {i} of the site's long navigation" for i in range(100)]  # over 3,000 characters


def test_a_date_line_over_a_story_far_under_the_page_title() -> None:
    """The headline read from the `<title>` line, the story under long menus: the first line that
    is a date alone, over the story, is the date; one under the story (a footer's) is not."""
    from copydesk.clean.facts import _written_date

    texts = [f"{HEADLINE} | Valley News", *MENU_LINES, "A different headline", "Updated August 25, 2025", *STORY]
    assert _written_date(texts, 0, story_line=len(texts) - len(STORY), month_first=True) == "2025-08-25"
    footer = [f"{HEADLINE} | Valley News", *MENU_LINES, *STORY, "Contact us", "About", "Last updated: March 3, 2026"]
    assert _written_date(footer, 0, story_line=1 + len(MENU_LINES), month_first=True) is None


def test_an_edit_stamp_gives_way_to_the_asked_stamp_under_it() -> None:
    """A Q&A page: "edited <date>" printed over "asked <date>": the question's date is the
    publication; an update stamp with no other under it still gives its date."""
    question = "How do I replace the old river bridge, and who pays for it?"  # twelve lines: the stamps come after the first lines
    text = page(f"{HEADLINE} | Valley Q&A", HEADLINE, *[question] * 12, "edited Dec 5, 2020 at 7:01", "asked Jun 8, 2018 at 9:28", *STORY)
    assert copydesk.clean(text).published == "2018-06-08"
    alone = page(f"{HEADLINE} | Valley News", HEADLINE, "Last updated: March 3, 2024", *STORY)
    assert copydesk.clean(alone).published == "2024-03-03"


@given(st.lists(st.text(alphabet="ab \n", max_size=7), max_size=12), st.integers(0, 14), st.integers(0, 40))
def test_the_lines_within_a_window_are_the_joined_lines_cut(texts: list[str], start: int, chars: int) -> None:
    """`facts._lines_within` joins only the lines it needs: the same string as joining all of them and cutting."""
    from copydesk.clean.facts import _lines_within

    assert _lines_within(texts, start, chars) == _lines_within(texts, start, chars, compiled=False) == "\n".join(texts[start:])[:chars]


def test_an_update_stamp_under_the_headline_is_the_modified_date() -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, "Published March 3, 2024", "Updated March 5, 2024, 1:24 PM EST", *STORY))
    assert (article.published, article.modified, article.modified_source) == ("2024-03-03", "2024-03-05", "text")
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, "Published March 3, 2024", *STORY))
    assert (article.modified, article.modified_source) == (None, None)


def test_a_name_printed_after_the_date_opening_a_stamp_line() -> None:
    for stamp in ("Dec 26, 2025 • Jane Doe in Local News", "March 3, 2024 10:15 am | Jane Doe"):
        assert copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, stamp, *STORY)).authors == ["Jane Doe"], stamp
    # over the headline too (the stamp lines just over it are read when none under it names anyone)
    assert copydesk.clean(page("Valley Blog: bridge vote", "Dec 17, 2025 Jane Doe", HEADLINE, *STORY)).authors == ["Jane Doe"]
    for stamp in ("March 3, 2024 Updated daily", "Feb 14, 2026 | 9:07 pm"):
        assert copydesk.clean(page(f"{HEADLINE} | Valley News", HEADLINE, stamp, *STORY)).authors == [], stamp


PORTUGUESE_STORY = [
    ("A equipe do Serviço de Atendimento Domiciliar, do bairro Amizade, registrou nesta manhã o arrombamento de "
     "dois dos cinco automóveis da unidade, que estavam estacionados no pátio durante a noite."),
    ("Segundo a coordenação, os veículos estavam sem as baterias e com os vidros quebrados quando os servidores "
     "chegaram para o turno da manhã, e a polícia foi chamada para registrar a ocorrência."),
] * 3


@pytest.mark.parametrize(("story", "expected"), [(PORTUGUESE_STORY, "2018-10-05"), (STORY, "2018-05-10")])
def test_a_slashed_date_reads_day_first_in_a_story_not_in_english(story: list[str], expected: str) -> None:
    """The text's language, read before its facts, decides how 05/10/2018 reads: day first in
    Portuguese (the 5th of October), month first in English (as HTML mode reads a US page)."""
    text = "\n\n".join([HEADLINE, "05/10/2018 - Publicado por: Clarissa Borba", *story])
    article = copydesk.clean(text)
    assert article.published == expected
    assert article.language == ("pt" if story is PORTUGUESE_STORY else "en")


def test_a_chinese_info_line_gives_the_author_and_date() -> None:
    story = [
        "市议会周二晚上投票决定将预算表决推迟到明年春天，因为议员们未能就道路维修拨款数额达成一致。",
        "市长表示，推迟将使工作人员有时间为维修计划的三个方案计算成本，该计划的规模比去年增加了三分之一。",
        "两名议员认为，市政府应该借款进行这项工作，而不是提高房产税；其他议员则希望将计划缩减为必要的维修。",
    ]
    article = copydesk.clean("\n\n".join(["市议会推迟预算表决", "2025年3月4日 来源：山谷新闻网 作者：王小明", *story]))
    assert (article.authors, article.published) == (["王小明"], "2025-03-04")
    assert article.text.startswith(story[0])


def test_a_blogs_closing_posted_on_sentence_dates_it() -> None:
    long_story = [f"{line} (part {k})" for k in range(10) for line in BRIDGE_STORY]  # past the top of the page's 3,000 characters
    text = page(HEADLINE, *long_story, "This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under Local.", *MENU)
    assert copydesk.clean(text).published == "2015-12-14"


@pytest.mark.parametrize(
    ("under_headline", "authors"),
    [
        (["Tuhin Bhatt", "Co-founder of Intelivita", "Last updated on June 19, 2025"], ["Tuhin Bhatt"]),
        (["Insights from", "Liza Burke", "Marketing Director", "Short-form video keeps growing, and brands are following it."], ["Liza Burke"]),
        (["About Us", "Meet the Team", "Our Books", "Payment Info"], []),  # a menu's entries: no byline
        (["Tuhin Bhatt", "Mobile apps, explained from idea to launch", "Last updated on June 19, 2025"], []),  # a name alone is no byline
    ],
)
def test_a_name_over_its_role_under_the_headline_is_the_byline(under_headline: list[str], authors: list[str]) -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, *under_headline, *STORY))
    assert article.authors == authors


def test_a_name_over_a_date_keeps_its_name_and_leaves_its_role() -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, "Audrey Huang, Print Managing Editor", "May 31, 2024", *STORY))
    assert article.authors == ["Audrey Huang"]


@pytest.mark.parametrize(
    ("under_headline", "authors"),
    [
        (["Trevor Jackins", "9 min read", "Updated October 8, 2025"], ["Trevor Jackins"]),
        (["Kalyn Keen", "Jun 9", "5 min read"], ["Kalyn Keen"]),  # a blog engine's date of this year: no year printed
        (["Sign up for a free demo", "Brian Becker", "7 min read"], ["Brian Becker"]),
        (["Gopal Singh Panwar", "8 min", "29th August, 2023"], ["Gopal Singh Panwar"]),
        (["Design Style", "Jun 9"], []),  # a section label over a day: no reading time says it is a stamp
        (["Design Style", "Short-form video keeps growing, and brands are following it."], []),
    ],
)
def test_a_name_over_a_reading_time_under_the_headline_is_the_byline(under_headline: list[str], authors: list[str]) -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, *under_headline, *STORY))
    assert article.authors == authors


def test_a_name_over_its_role_over_the_contents_label_is_the_byline() -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, "Brinda Gulati", "Content Editor", "CONTENTS", *STORY))
    assert article.authors == ["Brinda Gulati"]


def test_a_byline_saying_by_twice_names_its_writer() -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, "Written by by Rebecca MacFarlane", *STORY))
    assert article.authors == ["Rebecca MacFarlane"]


# A theme's post meta, too long for a "By" line: read as a stamp's parts
GIBSON_STAMP = "by Daniel Gibson | Mar 11, 2023 | All About Brakes and Brake Repair, Learn About Brakes | 0 comments"


@pytest.mark.parametrize(
    ("stamp", "authors"),
    [
        (GIBSON_STAMP, ["Daniel Gibson"]),
        ("David Hartshorne • Updated on Jul 4, 2024 • 28 min read", ["David Hartshorne"]),
        ("Brett Cruz · 12 min read · March 11, 2026", ["Brett Cruz"]),
        ("News and views | Mar 11, 2023 | Council, Roads | 0 comments", []),  # a section, not name-shaped: no byline
        ("Home and Garden | Tips and Tricks | Mar 11, 2023", []),  # the part after the first is no date
        # no separator, but "by" opening a dated line too long for a "By" line
        ("by Jane Doe on March 3, 2024 in Local News, Council, Roads and Bridges, Weather and Traffic", ["Jane Doe"]),
    ],
)
def test_a_stamp_printed_in_parts_names_its_first_parts_writer(stamp: str, authors: list[str]) -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, stamp, *STORY))
    assert article.authors == authors


def test_the_stamp_is_read_under_the_headlines_first_print_in_other_letter_case() -> None:
    """The title model may take a later print of the headline ("How To …" over the story, after a
    table of contents); the stamp stands under its first print ("How to …").  An identical print
    above is a breadcrumb's, not the headline's."""
    from copydesk.clean.facts import read_facts
    from copydesk.model import Article

    first, later = "How to replace brake pads on a family car", "How To Replace Brake Pads On A Family Car"
    texts = ["Brake pads guide | Valley Garage", *MENU, first, GIBSON_STAMP, "Table of Contents", "Tools needed", later, *STORY]
    article = Article()
    read_facts(article, texts, title_line=texts.index(later))
    assert article.authors == ["Daniel Gibson"]
    texts[texts.index(first)] = later  # the same print above: a breadcrumb's
    article = Article()
    read_facts(article, texts, title_line=len(texts) - len(STORY) - 1)
    assert article.authors == []


def test_the_byline_is_read_under_the_headlines_first_print_with_its_kicker() -> None:
    """The headline printed with a kicker in capitals and a full stop over the byline, then again
    lower down, its kicker on a line of its own ("KNOWHOW" / "Wie …"): the byline under the
    first print is the story's, not a teaser's far below.  The byline's template prints its label
    after "von" ("von Autor: Georg Holzer")."""
    from copydesk.clean.facts import read_facts
    from copydesk.model import Article

    headline = "Wie CreativeCommons richtig genutzt wird"
    texts = [f"{headline} - futurezone.at", *MENU, f"KNOWHOW {headline}.", "von Autor: Georg Holzer", "Mail an Autor",
             "KNOWHOW", headline, "Kommentare ()", *STORY, "Mehr zum Thema", "Ein anderer Artikel", "von Michael Leitner",
             "Noch ein Artikel", "von David Kotrba"]  # fmt: skip
    article = Article()
    read_facts(article, texts, title_line=texts.index(headline))
    assert article.authors == ["Georg Holzer"]


@pytest.mark.parametrize(
    ("under_headline", "authors"),
    [
        (["Posted on July 1, 2024 by infuy", "Optimizing a chain starts with its transactions."], ["infuy"]),  # a user name, "by" in a dated stamp
        (["Gabo", "Jan 23", "11 min read"], ["Gabo"]),  # a blog engine's stamp: one-word name, day, reading time
        (["Ben", "2 days ago", "6 min read"], ["Ben"]),
        (["Stefan", "March 5, 2026", "9 min read"], ["Stefan"]),  # a date line with its year between
        (["Insights", "5 min read"], []),  # one word over a reading time alone: a label as often
        (["Posted on July 1, 2024 by admin"], []),  # a placeholder account names no one
    ],
)
def test_a_one_word_name_in_a_full_stamp_is_the_byline(under_headline: list[str], authors: list[str]) -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, *under_headline, *STORY))
    assert article.authors == authors


@pytest.mark.parametrize(
    ("closing", "published"),
    [
        (["Published", "Feb 2, 2023"], "2023-02-02"),  # a label over its date, under the story
        (["Posted on April 13, 2023", "Tags: council, roads"], "2023-04-13"),
        (["Published On: 15 August 2025"], "2025-08-15"),
        (["Updated: 15 August 2025"], None),  # a change's date is not the publication's
        (["Posted in Local News", "15 August 2025 was a busy day for the council."], None),  # no date after the label
    ],
)
def test_a_date_labelled_the_publications_dates_the_page_wherever_it_stands(closing: list[str], published: str | None) -> None:
    long_story = [f"{line} (part {k})" for k in range(10) for line in BRIDGE_STORY]  # past the top of the page's 3,000 characters
    assert copydesk.clean(page(HEADLINE, *long_story, *closing, *MENU)).published == published


@pytest.mark.parametrize(
    ("under_headline", "authors"),
    [
        (["December 15, 2025 · 30 min · 6279 words · Ash Vardanian"], ["Ash Vardanian"]),  # the date first, the name last
        (["12/19/2025 • Friday Philosophy • David Gordon"], ["David Gordon"]),
        (["Patrick Clarke Published 10:19am 19 December 2025"], ["Patrick Clarke"]),  # the stamp's label between name and date
        (["Paramita Ghosh Published: January 3, 2024"], ["Paramita Ghosh"]),
    ],
)
def test_more_stamp_shapes_name_their_writer(under_headline: list[str], authors: list[str]) -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, *under_headline, *STORY))
    assert article.authors == authors


@pytest.mark.parametrize(
    ("under_headline", "authors"),
    [
        (["July 5, 2025", "Madison Green"], ["Madison Green"]),  # the story's first sentence under the name
        (["October 26, 2025", "UX Analytics", "Design", "Research"], []),  # a category, more furniture under it
        (["September 8, 2025", "No Comments"], []),  # a comment count names no one
    ],
)
def test_a_name_under_the_date_opening_the_story_is_the_byline(under_headline: list[str], authors: list[str]) -> None:
    article = copydesk.clean(page(f"{HEADLINE} | Valley News", *MENU, HEADLINE, *under_headline, *STORY))
    assert article.authors == authors


def test_the_story_is_looked_for_right_under_a_name_with_its_section() -> None:
    """"Madison Green in News": the name's line is the one under the date, whatever follows the name on it."""
    from copydesk.extract.stamps import name_under_opening_date

    texts = [HEADLINE, "July 5, 2025", "Madison Green in News", STORY[0], "Share"]
    assert name_under_opening_date(texts, 0, True) == ["Madison Green"]
    assert name_under_opening_date([HEADLINE, "July 5, 2025", "Madison Green", "Design", "Share"], 0, True) == []


def test_the_text_date_and_byline_readers_take_bad_input() -> None:
    from copydesk.extract.metadata import published_label_date
    from copydesk.extract.stamps import name_under_opening_date, stamp_byline

    assert published_label_date("", True) is None
    assert published_label_date("Published\n" * 50_000, True) is None  # labels and no date: no answer, in one pass
    assert published_label_date("Published\n\x00\ufffd 99/99/9999", True) is None
    assert name_under_opening_date([], 0, True) == [] and name_under_opening_date(["x"], 5, True) == []
    assert stamp_byline(["Headline", " | ".join(["by"] * 100), "• · |"], 0, True) == []
