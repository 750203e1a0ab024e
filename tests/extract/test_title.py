"""Title candidates, their clean-up, and the choice between them."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import copydesk
from copydesk.bench.metadata import norm
from copydesk.extract.page import parse_page
from copydesk.extract.site_name import strip_site_name
from copydesk.extract.title import candidates, clean_title, heading_text, unglued_headings

BODY = "<p>" + "A paragraph long enough to be the body of this test page, with words. " * 4 + "</p>"


def test_heading_breaks_become_spaces_and_marks_go() -> None:
    page = parse_page("<h1>Rebuilding the Legacy<br>of American <em>Made</em>¶</h1>")
    assert heading_text(page.tree.css_first("h1")) == "Rebuilding the Legacy of American Made"
    assert clean_title("Home Repair Assis\u00adtance Program\uf0c1") == "Home Repair Assistance Program"


def test_title_parts_and_prefixes_are_candidates() -> None:
    page = parse_page("<title>Creative Portfolio | Denver Web Design | Blennd</title><body>" + BODY)
    texts = {c.text for c in candidates(page, [], [], "")}
    assert {"Creative Portfolio", "Denver Web Design", "Blennd", "Creative Portfolio | Denver Web Design"} <= texts


def test_agreeing_h1_beats_a_title_with_the_site_name() -> None:
    html = (
        "<html><head><title>Council approves bridge - The Daily Example</title>"
        '<meta property="og:title" content="Council approves bridge"></head>'
        f"<body><div class=logo><h1>The Daily Example</h1></div><article><h1>Council approves bridge</h1>{BODY}</article></body></html>"
    )
    assert copydesk.extract(html).title == "Council approves bridge"


def test_a_meta_titles_markdown_stars_and_empty_brackets_go() -> None:
    assert clean_title("*A Treatise on Coffee* (1792) — The Review") == "A Treatise on Coffee (1792) — The Review"
    assert clean_title("**Bold** claim") == "Bold claim"
    assert clean_title("Decorating Clips, Clear, 40-Clips () - Shop") == "Decorating Clips, Clear, 40-Clips - Shop"
    assert clean_title("Results [ ] for you") == "Results for you"
    # what is no Markdown or empty field stays
    for kept in ("Array.prototype.map()", "M*A*S*H returns", "F*** this", "5 * 3 * 2 = 30", "The __init__ file"):
        assert clean_title(kept) == kept


def test_bench_norm_folds_typographic_punctuation() -> None:
    assert norm("Beginner’s  Guide — Part 1") == norm("beginner's guide - part 1")


def test_headings_are_read_per_tag_in_page_order() -> None:
    from copydesk.extract.title import MAX_H2S, _headings

    h2s = "".join(f"<h2>Section {i}</h2>" for i in range(MAX_H2S + 2))
    page = parse_page(f"<body><h2>Logo line</h2><h1>First headline</h1>{h2s}<h1>Second headline</h1>{BODY}</body>")
    h1s, found_h2s = _headings(page)
    assert h1s == ["First headline", "Second headline"]
    assert found_h2s == ["Logo line", *(f"Section {i}" for i in range(MAX_H2S - 1))]


def test_a_separator_left_dangling_goes_with_the_empty_site_name() -> None:
    assert strip_site_name("The 16 Best Clothing Subscription Boxes in 2025 |") == "The 16 Best Clothing Subscription Boxes in 2025"
    assert strip_site_name("Council votes on the bridge - Valley News") == "Council votes on the bridge"
    assert strip_site_name("Update: council votes on the bridge") == "Update: council votes on the bridge"


def test_guillemets_set_the_site_name_apart_unless_they_quote() -> None:
    assert strip_site_name("Kein Cyberterrorismus (diesmal) « Dr. Phillip W. Brunst") == "Kein Cyberterrorismus (diesmal)"
    assert strip_site_name("Un braconnier condamné à la peine maximale ‹ Wara Conservation Project") == "Un braconnier condamné à la peine maximale"
    assert strip_site_name("Bâle répond « non merci » au projet") == "Bâle répond « non merci » au projet"  # a French quote


def test_cjk_titles_set_the_site_name_apart_without_spaces() -> None:
    # an underscore between two CJK letters and a full-width bar are separators; an underscore
    # in Latin words is not ("snake_case")
    page = parse_page("<html><head><title>这个约会软件想帮你找对象_智能_好奇心日报</title></head><body><h1>好奇心日报</h1>"
                      "<h2>这个约会软件想帮你找对象</h2>" + BODY + "</body></html>")  # fmt: skip
    assert "这个约会软件想帮你找对象" in {candidate.text for candidate in candidates(page, ["好奇心日报"], [], "")}
    assert strip_site_name("米朝首脳の直通電話をめぐる戦術｜日本経済新聞") == "米朝首脳の直通電話をめぐる戦術"
    assert strip_site_name("How snake_case names read") == "How snake_case names read"


_HEADING_PARTS = ["Big ", "<b>bold</b>", "<br>", "<div>block</div>", "<p>para</p>", "<li>item</li>", "<!-- c -->",
                  "<span>in<i>ner</i></span>", "<svg><text>glyph</text></svg>", "<template>hid</template>", "café ", "¶", "\u200b",
                  '<span class="label">Tag</span>', '<b class="x label"><i>Deep</i> tag</b>', '<span class="Label">Cased</span>', " \n ",
                  '<span class="visually-hidden">Collection: </span>', '<em class="sr-only a">Unseen</em>']  # fmt: skip


@given(st.lists(st.sampled_from(_HEADING_PARTS), max_size=8).map("".join), st.sampled_from(["h1", "h2", "div", "p"]))
def test_compiled_heading_text_is_the_traversals(inner: str, tag: str) -> None:
    """`segment_fast.heading_pieces` reads a heading as selectolax's traversal does: the element
    itself and its descendants, text nodes' text, a space for each break tag (itself included)."""
    from selectolax.lexbor import LexborHTMLParser

    from copydesk.extract.segment import segment_fast_module

    if segment_fast_module() is None:  # pragma: no cover - depends on the build
        return
    node = LexborHTMLParser(f"<body><{tag}>{inner}</{tag}><p>after</p></body>").css_first(tag)
    assert node is not None
    assert heading_text(node) == heading_text(node, compiled=False)
    assert heading_text(node, whole=True) == heading_text(node, compiled=False, whole=True)


XENFORO_HEADING = '<h1 class="p-title-value"><span class="label label--primary" dir="auto">Tips/Techniques</span><span class="label-append">&nbsp;</span>{title}</h1>'


def test_a_forum_threads_prefix_label_is_no_part_of_its_title() -> None:
    """XenForo prints a thread's prefix tag ("Question", "News") in the heading before its title;
    the body's print of that heading still counts as the title's echo."""
    post = "<article><p>" + "I want to install Linux as the main OS and run Windows in virtual machines under it. " * 3 + "</p></article>"
    title = "ProxMox or Ubuntu or Debian for Windows virtualization?"
    article = copydesk.extract(f"<html><body>{XENFORO_HEADING.format(title=title)}{post}</body></html>")
    assert article.title == title
    assert article.text.startswith("I want to install Linux")
    # a label with no text after it, or one after the title's first words, stays
    only = '<h1><span class="label">Announcements</span></h1>'
    assert heading_text(parse_page(only).tree.css_first("h1")) == "Announcements"
    late = '<h1>Squad news <span class="label">Player</span></h1>'
    assert heading_text(parse_page(late).tree.css_first("h1")) == "Squad news Player"


def test_a_headings_words_for_screen_readers_only_are_no_part_of_the_title() -> None:
    shop = '<h1 class="collection-hero__title"><span class="visually-hidden">Collection: </span>Sennheiser</h1>'
    assert heading_text(parse_page(shop).tree.css_first("h1")) == "Sennheiser"
    logo = '<h1><a href="/"><span class="sr-only">The Valley Courier</span><img src="logo.svg"></a></h1>'  # nothing else: kept
    assert heading_text(parse_page(logo).tree.css_first("h1")) == "The Valley Courier"


def test_a_headline_glued_to_the_logos_name_is_cut_to_the_declared_title() -> None:
    h1 = '<h1><span class="define">Anticorrupción decidirá si recurre la imputación</span><a href="/">Ultima Hora Mallorca</a></h1>'
    head = "<title>Anticorrupción decidirá si recurre la imputación » Local » Ultima Hora Mallorca</title>"
    story = "<p>" + "El fiscal está perfilando con el jefe de la Fiscalía la estrategia jurídica que seguirá. " * 4 + "</p>"
    assert copydesk.extract(f"<html><head>{head}</head><body>{h1}{story}</body></html>").title == "Anticorrupción decidirá si recurre la imputación"
    # a heading going on after the title with a space, or in lower case, is another text
    assert unglued_headings(["Black Edition of the year"], ("Black Edition",)) == ["Black Edition of the year"]
    assert unglued_headings(["eBay"], ("e",)) == ["eBay"]
    assert unglued_headings(["Black EditionComplete meal"], ("Black Edition | Shop",)) == ["Black Edition"]


def test_a_headline_printed_with_the_sites_name_loses_it() -> None:
    body = "<body><h1>Vehicle rental news and coverage | WRAL</h1>" + "<p>Renting a car could lead to your arrest, police say.</p>" * 5 + "</body>"
    html = f"<html><head><title>Vehicle rental news and coverage | WRAL</title></head>{body}</html>"
    assert copydesk.extract(html, url="https://www.wral.com/vehicle-rental/18236761/").title == "Vehicle rental news and coverage"
    named = html.replace("<head>", '<head><meta property="og:site_name" content="Artlyst">').replace("| WRAL", "– Artlyst")
    assert copydesk.extract(named).title == "Vehicle rental news and coverage"  # the site's declared name, no address
    # a last part that is a headline's, not a name: kept
    long_part = html.replace("| WRAL", "| WRAL drivers tell their stories of the road")
    assert copydesk.extract(long_part, url="https://www.wral.com/x").title == "Vehicle rental news and coverage | WRAL drivers tell their stories of the road"
    other = html.replace("| WRAL", "| Opinion")
    assert copydesk.extract(other, url="https://www.wral.com/x").title == "Vehicle rental news and coverage | Opinion"


@given(st.lists(st.sampled_from(["a", "b", "news", "é", "x1"]), max_size=8), st.text(max_size=40))
def test_compiled_title_shares_are_pythons(words: list[str], text: str) -> None:
    # the title model's shares must be the same doubles however they are computed
    import importlib

    import pytest

    title = importlib.import_module("copydesk.extract.title")
    fast = pytest.importorskip("copydesk.extract.features_fast")
    references = ({"a", "news"}, set(), {"é", "b", "x1"})
    assert fast.word_shares(words, references) == title._python_word_shares(words, references)
    assert fast.upper_share(text) == title._python_upper_share(text)


_TITLE_TEXTS = st.text(alphabet=st.sampled_from(["A", "b", "é", "1", "٣", " ", "\u2003", ":", "|", "-", "x"]), max_size=30)


@given(
    st.lists(st.tuples(_TITLE_TEXTS, st.sets(st.sampled_from(["h1", "h2", "og", "og_part", "title", "jsonld"])),
                       st.integers(0, 99), st.integers(-1, 5)), min_size=1, max_size=6),
    st.sampled_from(["", "a b", "x"]), st.integers(0, 5),
)  # fmt: skip
@example([("Breaking: ", {"h1"}, 0, -1), ("٣ ways", set(), 99, 2), ("", {"og"}, 99, -1)], "breaking:", 1)
def test_compiled_title_rows_are_pythons(items: list[tuple[str, set[str], int, int]], rule_key: str, n_h1: int) -> None:
    # every feature of every candidate, the same doubles in C as in the Python definition
    import importlib

    import numpy as np
    import pytest

    title = importlib.import_module("copydesk.extract.title")
    fast = pytest.importorskip("copydesk.extract.features_fast")
    found = [title.Candidate(text, sources, rank, part, part + 1, 3 if part >= 0 else 0) for text, sources, rank, part in items]
    words_of = [title.tokens(c.text) for c in found]
    references = ({"a", "breaking"}, set(), {"x", "b"}, {"é"}, {"ways", "a"}, set(), {"٣"})
    rows = np.empty((len(found), len(title.FEATURE_NAMES)))
    fast.title_rows(rows, found, words_of, title.SOURCES, rule_key, float(n_h1), references)
    expected = np.asarray(title._python_candidate_rows(found, words_of, rule_key, n_h1, references))
    assert rows.tolist() == expected.tolist()


@given(st.text(alphabet=st.sampled_from(["a", "B", " ", "\t", "#", "*", "(", ")", "[", "]", "\x1c", "é", "\u200b", "Ã", "©", "\ue000"]), max_size=30))
@example("Installing #")
@example("Caf\u00c3\u00a9 #\u200b")
def test_clean_title_ascii_shortcut_is_the_full_cleaning(text: str) -> None:
    # ASCII titles skip the repair and the invisible-character table: the same title either way
    import importlib

    from copydesk.extract.mojibake import repair
    from copydesk.extract.patterns import DROP_INVISIBLE

    title = importlib.import_module("copydesk.extract.title")
    full = title._HEADING_NOISE.sub(" ", repair(text).translate(DROP_INVISIBLE))
    if "*" in full:
        full = title._MARKDOWN_EMPHASIS.sub(r"\2", full)
    if "(" in full or "[" in full:
        full = title._EMPTY_BRACKETS.sub(" ", full)
    assert title._clean_title(text) == " ".join(full.split())
