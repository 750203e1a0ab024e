"""In text mode, as in HTML mode, the headline printed again over the story leaves the body
(it is the article's title), and the cut is listed among the removed lines."""

from __future__ import annotations

import copydesk
from copydesk.clean.lines import label_lines
from tests.clean.bridge_story import STORY


def test_the_headline_printed_again_leaves_the_body() -> None:
    """The page's <title> then the headline over the story, printed twice: the one next to the
    story is the title line, the other leaves the body, listed among the removed lines."""
    headline = "Council votes to replace the old river bridge"
    text = "\n\n".join([f"{headline} - Valley News", headline, headline, *STORY])
    article = copydesk.clean(text)
    assert article.title == headline
    assert article.text.startswith(STORY[0])
    assert headline not in article.text


def test_a_headline_worded_a_little_differently_leaves_the_body() -> None:
    """The <title> and the headline over the story differ by a word: no line prints the title
    again exactly; the headline, sharing the title's words over the story, is the title (since
    session 47: `clean.title._reworded_headline`; the <title>'s wording was kept before), and
    it leaves the body either way.  The rules' line anchors the cuts; the title reported is
    ranked among the lines (`clean.headline`), which takes the <title>'s wording here, as WCXB's
    gold does on most such pages."""
    headline = "Council votes to replace the old river bridge"
    text = "\n\n".join(["Council votes to replace old river bridge - Valley News", headline, *STORY])
    article = copydesk.clean(text)
    labelled = label_lines(text)
    assert labelled.title_line is not None and labelled.texts[labelled.title_line] == headline
    assert article.title in (headline, "Council votes to replace old river bridge")
    assert article.text.startswith(STORY[0])
    assert headline not in article.text


def test_a_heading_that_only_shares_words_with_the_title_stays() -> None:
    text = "\n\n".join(["Council votes to replace the old river bridge - Valley News", "What the new bridge will cost the town", *STORY])
    assert "What the new bridge will cost the town" in copydesk.clean(text).text


def test_opening_time_stamps_and_reading_times_leave_the_body() -> None:
    """As HTML mode's `trim_opening_byline`: a stamp or reading time among the first lines."""
    text = "\n\n".join(["Council votes to replace the old river bridge - Valley News", "November 19, 2019 at 9:45 am", "5 min read", *STORY])
    article = copydesk.clean(text)
    assert article.text.startswith(STORY[0])
    removed = {(r.text, r.reason) for r in article.removed}
    assert {("November 19, 2019 at 9:45 am", "boilerplate:stamp"), ("5 min read", "boilerplate:stamp")} <= removed


def test_the_headline_printed_with_typographic_quotes_is_the_titles_echo() -> None:
    """The <title> writes '"Burned Her Up"', the headline over the story '“Burned Her Up”': the same
    line, so the menu lines kept above it leave the body (a launch banner over a news site's story)."""
    title = 'Student dies after pills "burned her up from within" - Valley News'
    headline = "Student dies after pills “burned her up from within”"
    banner = "Fabulous! Don't forget to share your post with your friends on the sites you use."
    text = "\n\n".join([title, banner, "TOP POST", headline, "posted on April 21, 2015, at 11:29 a.m.", *STORY])
    article = copydesk.clean(text)
    assert article.text.startswith(STORY[0])
    assert banner not in article.text and headline not in article.text


def test_a_stamp_ending_on_its_clocks_abbreviation_is_a_stamp() -> None:
    from copydesk.extract.tidy import is_byline_or_stamp

    assert is_byline_or_stamp("posted on April 21, 2015, at 11:29 a.m.", [])
    assert is_byline_or_stamp("April 21, 2015 11:29 p.m.", [])
    assert not is_byline_or_stamp("The council meets on April 21, 2015 at 3 p.m.", [])  # a sentence
    assert not is_byline_or_stamp("A man on April 21, 2015", [])


def test_a_blogs_name_in_the_title_printed_over_the_story_is_no_headline() -> None:
    """"Headline : The Two-Way : NPR": the blog's name, a short middle part of the <title>, is
    printed over the story as a label; the headline, printed a little differently, is the rules'
    title line (the title reported is ranked apart: the headline or the <title>'s first part)."""
    headline = "Council votes to replace the old river bridge"
    text = "\n\n".join(["Council Votes To Replace Old River Bridge : The Two-Way : Valley News", "The Two-Way", headline, *STORY])
    article = copydesk.clean(text)
    labelled = label_lines(text)
    assert labelled.title_line is not None and labelled.texts[labelled.title_line] == headline
    assert article.title in (headline, "Council Votes To Replace Old River Bridge")
    assert article.text.startswith(STORY[0])


def test_a_php_warning_over_the_page_is_no_title() -> None:
    """A server's PHP warning printed over the page, the rendering's first line: the <title>
    line under it is the page's title, and the warning is furniture."""
    from copydesk.extract.patterns import furniture_phrases

    warning = "Warning: session_start(): open(/tmp/sess_b59, O_RDWR) failed: Disk quota exceeded (122) in /home/site/public_html/wp-content/plugins/lib.php on line 145"
    headline = "Council votes to replace the old river bridge"
    article = copydesk.clean("\n\n".join([warning, f"{headline} | Valley News", headline, *STORY]))
    assert article.title == headline
    assert "session_start" not in article.text
    assert furniture_phrases(warning) == {"script"}
    assert not furniture_phrases("Warning: the storm will hit on line 5 of the coast.")


def test_the_headline_after_a_blogs_name_and_colon_is_the_title() -> None:
    """Blogger's <title> is "Blog Name: Post title": the post's title printed alone over the story
    is the headline; printed in other letter case further down it is one of the page's headings."""
    headline = "Council votes to replace the old river bridge"
    text = "\n\n".join([f"Valley Notes: {headline}", "Friday, December 23, 2016", headline, *STORY])
    article = copydesk.clean(text)
    assert article.title == headline
    assert headline not in article.text
    calculator = "\n\n".join(["Bridge Calculator: What Will The New Bridge Cost Us?", *STORY, "What will the new bridge cost us?", *STORY[:2]])
    assert copydesk.clean(calculator).title == "Bridge Calculator: What Will The New Bridge Cost Us?"
    shop = "Steel River Bridge Kit with Bolts and Nuts 2023: Shop.example: Bridge Kits & Models"
    assert "Bridge Kits & Models" not in _headline_parts_after_colons(shop)  # a shop's category after its name


def _headline_parts_after_colons(title: str) -> list[str]:
    from copydesk.clean.title import _after_colons

    return _after_colons(title)


def test_a_prime_for_the_apostrophe_in_the_title_echoes_the_headline() -> None:
    headline = "Uncork Germany's Frühburgunder"  # the <title>'s longest part is the section's
    text = "\n\n".join([f"{headline.replace(chr(39), '′')} | Culture| Arts, music and lifestyle reporting from Germany | DW", headline, *STORY])
    assert copydesk.clean(text).title == headline


def test_a_breadcrumb_trail_is_no_reworded_headline() -> None:
    from copydesk.clean.features import split_lines
    from copydesk.clean.title import _reworded_headline

    lines = split_lines("\n".join(["> Les blogs du Valley > Ann Lee", "Turpitude et architecture", *STORY]))
    assert _reworded_headline(lines, 0, 2, "Turpitude et architecture, par Ann Lee (Les blogs du Valley, 21 juin 2018)") is None
