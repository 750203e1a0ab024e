"""Bad text input: bounded time and memory, an empty article with a reason or a clean result."""

from __future__ import annotations

from collections.abc import Callable

import copydesk


def test_empty() -> None:
    assert copydesk.clean("").drop_reason == "input:empty"
    assert copydesk.clean(b"").drop_reason == "input:empty"


def test_binary_bytes() -> None:
    assert copydesk.clean(bytes(range(256)) * 100).drop_reason == "input:binary"


def test_ten_megabytes_without_newline() -> None:
    # two million words without one sentence end read as a flattened list, not prose: the
    # line is cut, with its reason, in bounded time (it was kept whole before session 8)
    article = copydesk.clean("word " * 2_000_000)
    assert article.drop_reason == "clean:no_content"
    assert sum(len(line.text) for line in article.removed) >= 9_900_000  # every piece is listed as cut
    assert all(line.reason.startswith("boilerplate:") for line in article.removed)


def test_ten_megabytes_of_sentences_without_newline() -> None:
    # numbered: the line is cut into 100,000-character pieces, and identical pieces would be
    # one paragraph printed again (kept once, `lines._without_repeats`)
    article = copydesk.clean("".join(f"The word number {i} is said. " for i in range(360_000)))
    assert article.drop_reason is None
    assert article.word_count > 2_000_000


def test_a_giant_line_repeating_itself_is_kept_once() -> None:
    """Ten megabytes of one sentence: its identical 100,000-character pieces are kept once."""
    article = copydesk.clean("The word is said. " * 550_000)
    assert article.drop_reason is None
    assert 0 < article.word_count <= 100_000
    assert "boilerplate:repeated" in {line.reason for line in article.removed}


def test_single_megabyte_line_of_prose() -> None:
    article = copydesk.clean(" ".join(f"This is sentence number {i} of ordinary prose." for i in range(22_000)))
    assert article.drop_reason is None
    assert len(article.text) > 900_000


def test_single_megabyte_line_of_japanese() -> None:
    # the unspaced-script word count runs per line: a megabyte with no space or newline stays bounded
    article = copydesk.clean("".join(f"市議会は月曜日、老朽化した第{i}橋の架け替え計画を賛成多数で可決した。" for i in range(30_000)))
    assert article.drop_reason is None
    assert len(article.text) > 900_000


def test_mixed_encodings_decode_without_crash() -> None:
    data = "Première ligne en français, avec des accents et une phrase complète.\n".encode() + \
        "Zweite Zeile auf Deutsch mit Umlauten: Größe, Übermut und schöne Grüße.\n".encode("latin-1")
    article = copydesk.clean(data)
    assert "Première" in article.text or "Zweite" in article.text


def test_all_boilerplate() -> None:
    article = copydesk.clean("Advertisement\nSponsored content\nAdChoices\nHome\nNews\nSport\n")
    assert article.drop_reason == "clean:no_content"
    assert article.text == ""
    assert len(article.removed) == 6


def test_too_large() -> None:
    assert copydesk.clean("a" * (17 * 1024 * 1024)).drop_reason == "input:too_large"


def test_the_title_and_facts_readers_on_no_lines() -> None:
    from copydesk.clean.facts import read_facts
    from copydesk.clean.title import find_title
    from copydesk.model import Article

    assert find_title([], [], 0) == (None, None, None)
    article = Article()
    read_facts(article, [], None)
    assert (article.authors, article.published) == ([], None)


def test_a_hundred_thousand_bylines_are_a_listing_not_an_author() -> None:
    article = copydesk.clean("\n".join(f"By John Smith{i % 7}" for i in range(100_000)))
    assert article.authors == []


def test_a_hundred_thousand_comment_headers_and_title_prints() -> None:
    from copydesk.extract.pagetype import UNDATED_PAGE_TYPES

    headers = copydesk.clean("\n".join(["March 3, 2024 at 4:47 pm said:"] * 100_000))
    assert headers.drop_reason == "clean:no_content"
    # the date is read; a page of nothing but stamps may be typed as one that has no date of its own
    assert headers.published == "2024-03-03" or headers.page_type in UNDATED_PAGE_TYPES
    echoes = copydesk.clean("\n".join(["Headline here | Site", *["Headline here"] * 100_000]))
    assert echoes.title == "Headline here"


def test_a_page_title_line_of_a_megabyte_is_not_a_title() -> None:
    article = copydesk.clean(" | ".join(["headline words"] * 100_000) + "\n\nThe council met on Monday and voted for the bridge.")
    assert article.title is None or len(article.title) < 1000


def test_a_hundred_thousand_dated_lines_over_a_story() -> None:
    """The date-alone and name-over-date readers on a page of 100,000 dated menu lines and name
    lines: the run ends, with the first date-alone line's date at most."""
    menu = "\n".join(f"Jane Doe\nMarch {i % 28 + 1}, 2024" for i in range(50_000))
    article = copydesk.clean(f"Headline here | Site\n\n{menu}\n\nThe council met on Monday and voted for the new bridge over the river.")
    assert article.published in (None, "2024-03-01")
    assert article.authors in ([], ["Jane Doe"])


def _within(seconds: int, work: Callable[[], object]) -> object:
    """`work()`, failing the test if it runs past `seconds` (a hang guard with a wide margin, not
    a speed check: the cases below took seconds to hours before session 54's fixes)."""
    import signal

    def _expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.alarm(seconds)
    try:
        return work()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_session_54s_readers_on_runs_of_white_space_and_huge_lines() -> None:
    """Lines of tens of thousands of spaces and tabs over a date line with an abbreviated day, a
    stamp line padded with white space, huge genre and nickname bylines, ranked lines, embedded
    posts' labels and signatures by the thousand, a permalink and a next story's byline: bounded
    time, an article or an empty one, never an exception."""
    from copydesk.extract.byline import byline_names, one_name
    from copydesk.extract.stamps import stamp_byline

    blank_run = "a" + " \t" * 30_000 + "x 10:08 am Fri Jul 19, 2013"
    assert _within(30, lambda: stamp_byline(["Bridge", blank_run, "Mon 20 Jan 2020 06.05 GMT", "The story."], 0, False)) == []
    assert _within(30, lambda: (byline_names(blank_run), one_name(blank_run, dated=True))) == ((), ())
    padded = " " * 30_000 + "x March 3, 2024"
    assert _within(30, lambda: stamp_byline(["Bridge", padded, "The story."], 0, True)) == []
    pages = [
        "\n".join([f"Analysis by {'Ann ' * 20_000}Lee", 'By Amanda "' + "x" * 50_000 + '" Tan', "Autori: " + "(eg) " * 20_000]),
        "\n".join(f"{n % 10 + 1} Headline number {n}" for n in range(20_000)),
        "\n".join(["View this post on Instagram", "A post shared by Ann (@ann) on Jun 16, 2019"] * 10_000),
        "\n".join(["Permalink: http://news.example/-1", "permalink"] * 10_000),
        "\n".join(["By Ann Lee", "14 May 2019", "The council met on Tuesday and voted for the bridge."] * 7_000),
        "\n\n".join(["The council met on Tuesday and voted for the bridge.", '<span class="x" style="a">' * 50_000, "Themen in diesem Artikel " * 20_000]),
    ]
    for text in pages:
        article = _within(60, lambda text=text: copydesk.clean(text))
        assert isinstance(article, copydesk.Article)


def test_session_54s_readers_in_html_mode_on_runs_of_white_space() -> None:
    """The same readers on a page's elements (HTML mode reads bylines and stamps from them)."""
    run = " \t" * 30_000
    html = (f"<html><body><h1>Bridge vote</h1><p>Analysis by Ann{run}Lee (eg)</p><p>/ Ann Lee /{run}10:08 am Fri Jul 19, 2013</p>"
            f"<p>Richard Adams{run}Education editor</p><p>Mon 20 Jan 2020 06.05 GMT</p>"
            + "<p>The council met on Tuesday and voted for the new bridge over the river.</p>" * 20 + "</body></html>")  # fmt: skip
    article = _within(60, lambda: copydesk.extract(html))
    assert isinstance(article, copydesk.Article) and "voted for the new bridge" in article.text


def test_session_55s_readers_on_huge_and_repeated_lines() -> None:
    """An "Author" row beside a megabyte line of digits and dates, a kicker over a huge headline
    print, titles of a hundred thousand guillemets, a page of ten thousand fact-table rows, and a
    megabyte of date-classed elements and dating sentences: bounded time, an article, no exception."""
    from copydesk.extract.byline import lines_byline
    from copydesk.extract.site_name import TITLE_SEPARATORS, strip_site_name

    dates = "12.06.2013 " * 100_000
    assert _within(30, lambda: lines_byline(["Bridge", dates, "Author Jane Doe", dates, "The story."], "Bridge")) == ["Jane Doe"]
    for title in ("« " * 100_000 + "x", "«" + "a " * 100_000 + "» | Site", "Headline ‹ " * 50_000):
        assert isinstance(_within(30, lambda title=title: (strip_site_name(title), TITLE_SEPARATORS.split(title))), tuple)
    pages = [
        "\n".join(["KNOWHOW " * 50_000 + "Bridge vote.", "von Autor: Jane Doe", "Bridge vote", "The council met and voted."]),
        "\n".join(["Date 10.06.2013", "Author Jane Doe", "Keywords bridge"] * 10_000),
        "Title « Blog\n" + "This entry was posted on March 3, 2021 and first published on 2 March 2021. " * 20_000,
        "The council met on Tuesday and voted for the bridge.\n" + "Afghanistan Albania " * 100_000,  # a drop-down's options
    ]
    for text in pages:
        assert isinstance(_within(60, lambda text=text: copydesk.clean(text)), copydesk.Article)
    html = ("<html><body><h1>Bridge vote</h1>" + '<span class="date meta">no date here</span>' * 20_000
            + "<p>The council met on Tuesday and voted for the new bridge over the river.</p>" * 20
            + "<p>This article was originally published on 3 March 2021.</p></body></html>")  # fmt: skip
    article = _within(60, lambda: copydesk.extract(html))
    assert isinstance(article, copydesk.Article) and article.published == "2021-03-03"


def test_session_56s_readers_on_hostile_renderings() -> None:
    """A hundred thousand wrapped-looking lines, a hundred thousand poll answers, a megabyte of
    text nodes opening on commas, ten thousand drop-capped sections, a wrapped Markdown of links
    and a Markdown nested ten thousand lists deep: bounded time, an article, no exception."""
    wrapped = "\n".join(["The council met on Tuesday and voted for the new bridge over the river, and" + " x" * 2,
                         "then it went home."] * 50_000)  # fmt: skip
    polls = "Which bridge?\n" + "\n".join(f"Option {n} (1%, {n} Votes)" for n in range(100_000)) + "\nTotal Voters: 5"
    nodes = "\n".join(["The council met", ", on Tuesday", "and voted", "."] * 50_000)
    caps = "\n\n".join(f"Part {n}\n\nT he river rose again and the council met." for n in range(10_000))
    markdown = "# Bridge\n\n" + "\n".join(f"* [Link {n}](https://example.org/{n}-" + "a" * 80 + ")" for n in range(20_000))
    nested = "# Bridge\n\n* [Home](/)\n* [News](/n)\n* [Sport](/s)\n\n" + "".join("  " * i + "* [a](/b)\n" for i in range(10_000))
    for text in (wrapped, polls, nodes, caps, markdown, nested):
        assert isinstance(_within(60, lambda text=text: copydesk.clean(text)), copydesk.Article)


def test_session_57s_readers_on_hostile_markdown_and_bullets() -> None:
    """Link addresses broken after a hyphen a hundred thousand times, a heading whose link never
    closes over a hundred thousand lines, a hundred thousand indented list items after a
    paragraph, unclosed link syntax a parser leaves as text, half a million bulleted lines, six
    hundred thousand text nodes a line that all join into one (each join had copied the line so
    far): bounded time, an article, no exception."""
    menu = "# Bridge\n\n* [Home](/)\n* [News](/n)\n* [Sport](/s)\n\n"
    broken = menu + "[river](https://example.org/" + "a-\n" * 100_000 + "end)"
    heading = menu + "# [Bridge over the" + "\nriver (" * 100_000
    indented = menu + "The council met.\n\n" + "    * [a](/b)\n" * 100_000
    left = menu + "Bridge](" * 50_000 + "\n\n[\n\n" * 50_000
    bullets = "\n".join(f"  * Line {n}" for n in range(500_000))
    pieces = "\n".join(["The council of", "Big", ", and"] * 200_000)
    for text in (broken, heading, indented, left, bullets, pieces):
        assert isinstance(_within(60, lambda text=text: copydesk.clean(text)), copydesk.Article)
