"""Double-encoded text in a saved page comes out repaired."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import copydesk
from copydesk.extract.mojibake import CONTROL, repair

SENTENCE = "You’re right: the café’s crème brûlée costs €5 — and it’s worth it."


def _double_encoded(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def test_repair_undoes_a_double_encoding() -> None:
    assert repair(_double_encoded(SENTENCE)) == SENTENCE


def test_repair_leaves_real_accents_alone() -> None:
    for text in ("São Paulo, Ærø, Ça va — naïve", "MÃE: “aspas”, PORTUGUÊS"):
        assert repair(text) == text


def test_double_encoded_page_gives_clean_title_and_text() -> None:
    heading = "The café’s new menu — tested"
    body = "".join(f"<p>{SENTENCE} Paragraph {i} keeps going for a while longer.</p>" for i in range(6))
    page = f"<html><head><meta charset='utf-8'><title>{heading}</title></head><body><h1>{heading}</h1><article>{body}</article></body></html>"
    article = copydesk.extract(_double_encoded(page).encode("utf-8"))
    assert article.title == heading
    assert SENTENCE in article.text
    assert "â€" not in article.text


def test_double_encoded_text_is_repaired_by_clean() -> None:
    text = "\n\n".join(f"{SENTENCE} Paragraph {i} goes on a little longer here." for i in range(6))
    article = copydesk.clean(_double_encoded(text))
    assert SENTENCE in article.text


def test_repair_is_skipped_on_a_huge_article() -> None:
    from copydesk.extract.mojibake import MAX_REPAIR_CHARS, repair_article
    from copydesk.model import Article, Block, BlockKind

    text = _double_encoded(SENTENCE) * (MAX_REPAIR_CHARS // len(SENTENCE) + 1)
    article = Article(text=text, blocks=[Block(BlockKind.PARAGRAPH, text)])
    repair_article(article)
    assert article.text == text  # left alone: bounded time


def test_character_references_left_in_metadata_are_decoded() -> None:
    # a meta description or title escaped twice by its publisher ("&amp;rsquo;" in the
    # markup parses to "&rsquo;") reads as its publisher meant; the body keeps what it quotes
    from copydesk.extract.mojibake import decode_entities

    assert decode_entities("aren&rsquo;t &amp; Trump&#039;s &#x26; x") == "aren’t & Trump's & x"
    assert decode_entities("AT&T, ?a=1&b=2, x&para=3, &nosuchname;") == "AT&T, ?a=1&b=2, x&para=3, &nosuchname;"
    html = (
        "<html><head><title>Pricing &amp;amp; costs</title>"
        '<meta name="description" content="Owners aren&amp;rsquo;t paying,\n  we &amp;hellip;"></head>'
        "<body><h1>Pricing &amp;amp; costs</h1><p>" + "Write &amp;lt;p&amp;gt; to open a paragraph in the page. " * 6 + "</p></body></html>"
    )
    article = copydesk.extract(html)
    assert article.title == "Pricing & costs"
    assert article.subtitle == "Owners aren’t paying, we …"
    assert "Write &lt;p&gt; to open" in article.text


@given(st.lists(st.sampled_from([*"aÂÃâ€™ xé\u0080\u00bf\u00c1\u00c2\u00f4\u00f5\u0152\u02dc\u2122\u00a0"]), max_size=12).map("".join))
@example("Youâ€™re Ã©tÃ© Â")
def test_pair_count_is_the_regexs_up_to_two(text: str) -> None:
    """The compiled pair count (`text_fast.mojibake_pairs`) counts `_PAIR`'s matches, up to MIN_PAIRS."""
    from copydesk.extract.mojibake import _PAIR, MIN_PAIRS, pair_count

    expected = min(len(_PAIR.findall(text)), MIN_PAIRS)
    assert pair_count(text) == pair_count(text, compiled=False) == expected


STORY = "<p>The council met on Tuesday and voted for the plan after a long debate in the hall.</p>" * 3


def test_c1_controls_read_as_cp1252_and_other_controls_go() -> None:
    # "we\x92re": text decoded as Latin-1 where cp1252 was meant; \x07, \x1b, \x0b print nothing
    html = ("<html><head><title>A\x07 title</title></head><body><article><h1>Head\x1bline</h1>"
            f"<p>Because we\x92re used to it \x97 say residents\x0b of the town, who spoke.</p>{STORY}</article></body></html>")  # fmt: skip
    article = copydesk.extract(html)
    assert "Because we’re used to it — say residents of the town, who spoke." in article.text
    assert not CONTROL.search(article.text + (article.title or ""))
    assert all(not CONTROL.search(block.text) for block in article.blocks)


def test_a_block_of_controls_alone_leaves_the_article() -> None:
    article = copydesk.extract(f"<html><body><article><p>\x07\x08\x1b</p>{STORY}</article></body></html>")
    assert all(block.text.strip() for block in article.blocks)
    assert article.text.startswith("The council met")


def test_cleaned_text_loses_its_controls_too() -> None:
    text = "A headline for the story\n\n" + "Residents said they\x92d waited\x1b years for the change to the plan here.\n\n" * 3
    cleaned = copydesk.clean(text)
    assert "they’d waited years" in cleaned.text
    assert not CONTROL.search(cleaned.text)


@given(st.text(alphabet=st.sampled_from(["a", " ", "\t", "\n", "\r", "\x00", "\x07", "\x1f", "\x7f", "\x80", "\x92", "\x9f", "\xa0", "’", "é", "😀"]), max_size=30))
@example("plain text")
@example("a\x9fb")
def test_the_compiled_control_scan_finds_what_the_regex_finds(text: str) -> None:
    from copydesk.extract.mojibake import has_controls

    assert has_controls(text) == has_controls(text, compiled=False) == (CONTROL.search(text) is not None)
