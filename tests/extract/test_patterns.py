from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import copydesk
from copydesk.extract.patterns import (
    APPEAL_HINTS,
    APPEAL_OPENING,
    BOILERPLATE_PHRASES,
    CLOSING_LINE_HINTS,
    CLOSING_LINE_PHRASES,
    CONCEPT_BIT,
    OTHER_COMMENT_BREAK_HINTS,
    OTHER_COMMENT_BREAK_WORDS,
    PHRASE_HINTS_BY_CONCEPT,
    RELATED_SECTION_LABELS,
    SECTION_BREAK_HINTS,
    SECTION_BREAK_WORDS,
    TEASER_SECTION,
    TEASER_SECTION_HINTS,
    TEASER_SECTION_WORDS,
    furniture_phrases,
    interface_label,
    is_teaser_label,
    is_unrendered_template,
    teaser_section_candidates,
)
from copydesk.extract.segment import _concepts_of


@pytest.mark.parametrize("word", SECTION_BREAK_WORDS)
def test_every_section_break_word_holds_a_hint(word: str) -> None:
    """The compiled pre-scan may only skip lines SECTION_BREAK cannot match: each word's
    literal opening (before any group, option or class) holds a hint."""
    literal_opening = re.match(r"[^(?\[|]*", word).group()  # type: ignore[union-attr]
    if word[len(literal_opening) : len(literal_opening) + 1] == "?":
        literal_opening = literal_opening[:-1]  # "comments?": the "s" is optional
    assert any(hint in literal_opening for hint in SECTION_BREAK_HINTS), word


@pytest.mark.parametrize("word", OTHER_COMMENT_BREAK_WORDS)
def test_every_other_comment_break_word_holds_a_hint(word: str) -> None:
    """The text cleaner reads OTHER_COMMENT_BREAK only on lines holding a hint."""
    literal_opening = re.match(r"[^(?\[|]*", word).group()  # type: ignore[union-attr]
    if word[len(literal_opening) : len(literal_opening) + 1] == "?":
        literal_opening = literal_opening[:-1]
    assert any(hint in literal_opening for hint in OTHER_COMMENT_BREAK_HINTS), word


@pytest.mark.parametrize("word", TEASER_SECTION_WORDS)
def test_every_teaser_section_word_opens_with_a_hint(word: str) -> None:
    """The compiled pre-scan reads only a label's first characters: each word's literal
    opening starts with a hint (or is one)."""
    literal_opening = re.match(r"[^(?\[|']*", word).group()  # type: ignore[union-attr]
    assert any(literal_opening.startswith(hint) or hint.startswith(literal_opening) for hint in TEASER_SECTION_HINTS), word


@pytest.mark.parametrize("label", RELATED_SECTION_LABELS)
def test_every_related_section_label_is_a_teaser_label_the_prescan_finds(label: str) -> None:
    """`is_teaser_label` reads these literally (by first letter), and `teaser_section_candidates`
    must keep the lines they open, in their written and capitalised forms."""
    for text in (label, label.capitalize(), f"{label.capitalize()} (12)"):
        assert is_teaser_label(text), text
        candidates = teaser_section_candidates(["Home", text, "The council voted on Monday."])
        assert candidates is None or 1 in candidates, text
    shorter = any(label.startswith(f"{other} ") for other in RELATED_SECTION_LABELS)  # "legolvasottabb" before "… cikkek"
    assert shorter or not is_teaser_label(f"{label}x")  # a whole word only


@pytest.mark.parametrize(("text", "label"), [
    ("More Alabama news", True), ("More entertainment news »", True), ("More local sports stories", True), ("More news", True),
    ("More video", True), ("More Today video", True),
    ("More than 200 news outlets reported it", False), ("Morecambe news", False),
])  # fmt: skip
def test_more_with_a_sections_name_before_the_kind_is_a_teaser_label(text: str, label: bool) -> None:
    assert is_teaser_label(text) is label


@pytest.mark.parametrize(("text", "label"), [
    # "you may also like" in German as blogs print it (held-out: lady50plus, incurvy; session 54)
    ("Dir könnte auch gefallen:", True), ("Das könnte dir auch gefallen", True), ("Das Thema könnte dich auch interessieren", True),
    ("Ihnen könnte auch gefallen", True), ("Dirk könnte auch gefallen", False),
])  # fmt: skip
def test_german_you_may_also_like_labels_head_teasers(text: str, label: bool) -> None:
    assert is_teaser_label(text) is label


@given(st.lists(st.sampled_from(["Most", "most", "MOST", "ſ", "ı", "read", " ", "Related", "K", "you", "like", "may", "x"]), max_size=8).map("".join))
@example("Moſt read")
@example("You may liKe")
def test_the_teaser_prescan_keeps_every_label_the_regex_matches(text: str) -> None:
    texts = [text, "Home", text.upper()]
    candidates = teaser_section_candidates(texts)
    matched = [i for i, t in enumerate(texts) if t and TEASER_SECTION.match(t)]
    assert candidates is None or set(matched) <= set(candidates)


@pytest.mark.parametrize(("concept", "pattern"), [(name, p) for name, pats in BOILERPLATE_PHRASES.items() for p in pats])
def test_every_phrase_pattern_contains_a_hint_of_its_concept(concept: str, pattern: str) -> None:
    """The hint prefilter may only skip a concept's regex on texts it cannot match."""
    assert any(hint in pattern for hint in PHRASE_HINTS_BY_CONCEPT[concept]), pattern


def _alternatives(pattern: str) -> list[str]:
    """A regex's top-level alternatives (bars inside groups left alone)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


@pytest.mark.parametrize("pattern", _alternatives(APPEAL_OPENING.pattern))
def test_every_appeal_alternative_holds_a_hint(pattern: str) -> None:
    """`tidy.appeal_start` searches only texts holding a hint."""
    literal = re.sub(r"\(\?:[^)]*\)\??|\[[^\]]*\]|\\b|\{[^}]*\}|\^|.\?", " ", pattern)
    assert any(hint.strip() in literal for hint in APPEAL_HINTS), pattern


@pytest.mark.parametrize("pattern", [p for pats in CLOSING_LINE_PHRASES.values() for p in pats])
def test_every_closing_line_pattern_holds_a_hint(pattern: str) -> None:
    """`tidy.is_closing_line` skips the regex on texts holding no hint: each pattern's
    literal text must hold one (outside any group, option or class)."""
    literal = re.sub(r"\(\?:[^)]*\)\??|\[[^\]]*\]|\\[bS]|\.\{[^}]*\}|\^|.\?", "|", pattern)
    assert any(hint in part for part in literal.split("|") for hint in CLOSING_LINE_HINTS), pattern


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Sign up for our free newsletter today.", "subscribe"),
        ("Let our news meet your inbox. The stories that matter, delivered weekday mornings.", "subscribe"),
        ("Publicidade", "ad"),
        ("READ MORE: Russia sets 8 hour cease-fire", "related"),
        ("Story continues below advertisement", "ad"),
        ("© 2024 The Valley Gazette. All rights reserved.", "legal"),
        ("Click to play video: 'Drone video'", "media"),
        ("Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!", "script"),  # a typo-report widget
        ("Выделите текст и нажмите Ctrl + Enter", "script"),
    ],
)
def test_furniture_phrases(text: str, concept: str) -> None:
    assert concept in furniture_phrases(text)


def test_plain_prose_says_no_furniture() -> None:
    assert furniture_phrases("The council voted on Tuesday to approve the bridge.") == set()


def test_class_names_map_to_concepts() -> None:
    assert _concepts_of("article-body") & CONCEPT_BIT["content"]
    assert _concepts_of("sharebar") & CONCEPT_BIT["share"]
    assert _concepts_of("ad-slot") & CONCEPT_BIT["ad"]
    assert not _concepts_of("headline") & CONCEPT_BIT["ad"]


_COUNTED_PIECES = ["reply", "replies", "start free", "free trial", "book a ", "demo", "sku", "in stock", "add to ba", "g", "sket",
                   "schedule a", "n", "é", "_", "1", " ", "\n", "-", "Reply", "ǅ", "talk to ", "an expert", "sales", "ADD TO CART",
                   "Book A Demo", "É"]  # fmt: skip


@given(st.lists(st.sampled_from(_COUNTED_PIECES), max_size=12).map("".join))
@example("start free trial")  # two phrases sharing a word: the regex takes the first only
@example("replies_ reply1 éreply reply")  # word characters on either side
def test_counted_phrases_match_the_regex(text: str) -> None:
    import re

    from copydesk.extract import pagetype
    from copydesk.extract.patterns import count_phrase_groups, count_phrases

    groups = (pagetype.FORUM_WORDS, pagetype.CART_PHRASES, pagetype.CTA_PHRASES)
    expected = []
    for phrases in groups:
        regex = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")
        expected.append(len(regex.findall(text)))
        assert count_phrases(text, phrases) == count_phrases(text, phrases, compiled=False) == expected[-1], phrases
    assert count_phrase_groups(text, groups) == count_phrase_groups(text, groups, compiled=False) == expected
    # lower-cased as read, as counted in the lower-cased text (no character here changes length)
    lowered = [len(re.compile(r"\b(?:" + "|".join(map(re.escape, p)) + r")\b").findall(text.lower())) for p in groups]
    assert count_phrase_groups(text, groups, lower=True) == count_phrase_groups(text, groups, compiled=False, lower=True) == lowered
    # lists overlapping where they match: each counts as if alone
    split = (("start free", "reply"), ("free trial", "replies"), ("trial", "a"))
    assert count_phrase_groups(text, split) == [count_phrases(text, group) for group in split]


def test_phrase_lists_counted_together_count_as_alone() -> None:
    from copydesk.extract.patterns import count_phrase_groups

    groups = (("start free",), ("free trial", "trial"), ("start",))
    assert count_phrase_groups("start free trial, start free", groups) == [2, 1, 2]
    for compiled in (True, False):
        with pytest.raises(ValueError, match="two lists"):
            count_phrase_groups("x", (("free",), ("free",)), compiled=compiled)


def test_a_price_needs_a_currency_mark() -> None:
    from copydesk.extract import pagetype

    assert pagetype.price_count("costs $5, or 4 EUR, or 3€x; 12 items in 2024") == 3
    assert pagetype.price_count("12 items in 2024, 5 EURO") == 0


@given(st.lists(st.sampled_from([*"$€£¥ 09x_\u00a0\n.", "٣", "USD", "EUR", "GBP", "EURO", "USDx"]), max_size=12).map("".join))
@example("$ 5, $5 $x5 5 USD 5USDx 5€ 5€x 3 €x ٣GBP £\u00a0٣ $")
def test_price_count_is_the_regexs_match_count(text: str) -> None:
    """The compiled price count (`text_fast.price_count`) finds `_PRICE`'s matches: white
    space, digits and word boundaries of any script, as the regex engine reads them."""
    from copydesk.extract import pagetype

    assert pagetype.price_count(text) == pagetype.price_count(text, compiled=False) == len(pagetype._PRICE.findall(text))


_PHRASE_WORDS = ["Advertisement", "ΑΣ", "Σ", "READ MORE: x", "share this", "Sign up", "photo by", "©", "news", "İ", " ", "\n", "x" * 290]


@given(st.lists(st.lists(st.sampled_from([*_PHRASE_WORDS, "реклама", "Σ広告", "PHOTO: x", "ſign up"]), max_size=6).map("".join), max_size=12))
@example(["Please sİgn up today", "Sign up"])
def test_hint_lines_are_the_texts_holding_hints_with_their_hints(texts: list[str]) -> None:
    """`HintScanner.hint_lines` gives each text holding a hint in its first characters, lower-cased,
    with `found_in` of them, in one scan (or None, as `hit_lines` does)."""
    from copydesk.extract.patterns import _HINTS, PHRASE_SCAN_CHARS

    if _HINTS is None:  # pragma: no cover - depends on the build
        return
    hinted = _HINTS.hint_lines(texts, PHRASE_SCAN_CHARS)
    hits = _HINTS.hit_lines(texts, PHRASE_SCAN_CHARS)
    if hits is None:
        assert hinted is None
        return
    assert hinted is not None and [i for i, _ in hinted] == hits
    assert all(found == tuple(_HINTS.found_in(texts[i][:PHRASE_SCAN_CHARS].lower())) and found for i, found in hinted)


@given(st.lists(st.lists(st.sampled_from(_PHRASE_WORDS), max_size=6).map("".join), max_size=12))
@example(["Please sİgn up today", "Sign up"])  # "İ" lower-cases to "i" and a dot: no "sign up" in str.lower's text
def test_phrases_of_all_texts_match_one_by_one(texts: list[str]) -> None:
    from copydesk.extract.patterns import furniture_phrases, furniture_phrases_at, furniture_phrases_of_all

    assert furniture_phrases_of_all(texts) == [furniture_phrases(text) for text in texts]
    assert furniture_phrases_at(texts) == [(i, found) for i, text in enumerate(texts) if (found := furniture_phrases(text))]


@given(st.lists(st.text(alphabet=st.sampled_from(list("a1 \n\t9٣३߁𝟘¹²Ⅷx\ud800")), min_size=1, max_size=30), min_size=1, max_size=6))
def test_digit_counts_match_the_regex(texts: list[str]) -> None:
    import re

    from copydesk.extract.features import code_points, digit_counts

    assert digit_counts(*code_points(texts)).tolist() == [len(re.findall(r"\d", t)) for t in texts]


_HINT_PIECES = ["sign up", "sign", "si", "©", "photo", "phot", "share", "ré", "x", " ", "\n", "é"]


@given(st.lists(st.sampled_from(_HINT_PIECES), max_size=20).map("".join))
def test_hint_scanner_finds_every_start(text: str) -> None:
    """`text_fast.HintScanner` reports each position where a hint starts, as a plain search does."""
    from copydesk.extract.patterns import PHRASE_HINTS, text_fast

    if text_fast is None:  # pragma: no cover - depends on the build
        return
    hints = (*PHRASE_HINTS, "ré", "é")  # an ASCII-then-not pair and a one-character non-ASCII hint too
    expected = [i for i in range(len(text)) if any(text.startswith(hint, i) for hint in hints)]
    assert text_fast.HintScanner(hints).starts(text) == expected


@given(st.lists(st.sampled_from(["Comments", "RELATED", "read more", "ReAd", "ſtories", "more ", "ıs", "K", "popular", "x", " ", "-", "é"]),
                max_size=8).map("".join))  # fmt: skip
def test_guarded_word_alternation_matches_the_plain_one(text: str) -> None:
    """The first-letter look-ahead of `word_alternation` changes speed only, not matches."""
    import re

    from copydesk.extract.patterns import SECTION_BREAK_WORDS, word_alternation

    plain = re.compile(rf"\b(?:{'|'.join(SECTION_BREAK_WORDS)})\b", re.I)
    guarded = word_alternation(SECTION_BREAK_WORDS)
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


# Pieces of the phrases and their hints: whole phrases, hints without their phrase, phrases
# a concept shares hints with another's ("photo" in media and in captions' "photo by").
_FURNITURE_PIECES = ["share this", "share", "tweet", "photo by", "photo:", "photograph by", "image:", "video:", "getty images",
                     "click to play", "newsletter", "sign up", "advertisement", "sponsored", "cookie", "accept all", "©",
                     "copyright", "read more", "related", "javascript", "browser", "PHOTO", "x", " ", ":", "\n", "İ"]  # fmt: skip


@given(st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=10).map("".join))
@example("share on photo by getty images")
def test_furniture_phrases_are_the_concept_regexes_verdicts(text: str) -> None:
    """`furniture_phrases` (a concept's regex tried only with the patterns holding a hint the
    text holds) finds the concepts whose whole regex matches the lower-cased start."""
    from copydesk.extract.patterns import PHRASE_CONCEPT_REGEX, PHRASE_SCAN_CHARS

    low = text[:PHRASE_SCAN_CHARS].lower()
    assert furniture_phrases(text) == {name for name, regex in PHRASE_CONCEPT_REGEX.items() if regex.search(low)}


def test_overlapping_phrases_of_two_concepts_are_both_found() -> None:
    """Each concept is looked for on its own: one phrase does not hide another that overlaps it."""
    assert furniture_phrases("Accept all rights reserved") == {"consent", "legal"}


@given(st.lists(st.sampled_from(["comments", "Responses", "replies", "leave a reply", "Leave a comment", "join the conversation",
                                 "join the discussion", "join the", "leave a", "x", " ", "-", "ſ", "K"]), max_size=6).map("".join))  # fmt: skip
def test_every_comment_break_is_a_section_break(text: str) -> None:
    """The text cleaner looks for comment breaks only among section breaks."""
    from copydesk.extract.patterns import COMMENT_BREAK, SECTION_BREAK

    if COMMENT_BREAK.search(text):
        assert SECTION_BREAK.search(text)


@given(st.lists(st.lists(st.sampled_from([*_HINT_PIECES, "SIGN", "Ré", "İ", "\u212a", "X", "Ж", "😀"]), max_size=8).map("".join), max_size=6))
def test_hint_scanner_finds_the_texts_holding_a_hint(texts: list[str]) -> None:
    """`HintScanner.hit_lines`: the texts whose lower-cased start holds a hint (or None where
    a character lower-cases to ASCII from outside it), with one-character hints, ASCII or not."""
    from copydesk.extract.patterns import PHRASE_HINTS, text_fast

    if text_fast is None:  # pragma: no cover - depends on the build
        return
    hints = (*PHRASE_HINTS, "ré", "é", "x")
    found = text_fast.HintScanner(hints).hit_lines(texts, 12)
    if any("İ" in text[:12] or "\u212a" in text[:12] for text in texts):  # Kelvin sign
        assert found is None
    else:
        assert found == [i for i, text in enumerate(texts) if any(hint in text[:12].lower() for hint in hints)]


@given(st.lists(st.lists(st.sampled_from([*_HINT_PIECES, "SUBSCRI", "adver", "tweet", "Ré", "Ж", "😀", "©", "реклама", "広告",
                                           "inbo", "x", " "]), max_size=8).map("".join), max_size=6), st.integers(0, 40))  # fmt: skip
@example(["xx inbox"], 8)  # a hint ending at the scanned part's last character
@example(["xx inbox"], 7)  # and one character past it
@example(["Share", "share", "広告のお知らせ", "ÉTÉ © 2024", "😀 TWEET"], 40)
def test_skipping_hint_scan_finds_the_texts_holding_a_hint(texts: list[str], max_chars: int) -> None:
    """The skipping scan (`_skip_scan`: the furniture hints are at least a window long) finds
    what `hit_lines` promises, in 1-, 2- and 4-byte strings, at any scan length."""
    from copydesk.extract.patterns import PHRASE_HINTS, text_fast

    if text_fast is None:  # pragma: no cover - depends on the build
        return
    scanner = text_fast.HintScanner(PHRASE_HINTS)
    assert scanner.window >= 4  # the skipping scan is the one tested here
    expected = [i for i, text in enumerate(texts) if any(hint in text[:max_chars].lower() for hint in PHRASE_HINTS)]
    assert scanner.hit_lines(texts, max_chars) == expected


@given(st.lists(st.sampled_from([*_HINT_PIECES, "subscri", "SUBSCRI", "advert", "tweet", "Ж", "😀", "©", "реклама", "広告",
                                  "inbo", "inbox", "x", " "]), max_size=10).map("".join))  # fmt: skip
@example("share the inbox © реклама 広告")
@example("inbox")  # a phrase exactly a window long, the whole text
@example("shares this")
def test_skipping_scan_lists_the_phrases_a_text_holds(text: str) -> None:
    """`found_in` by the skipping scan (the furniture hints are at least a window long), in 1-,
    2- and 4-byte strings: every phrase occurring as written, each once, in order."""
    from copydesk.extract.patterns import PHRASE_HINTS, text_fast

    if text_fast is None:  # pragma: no cover - depends on the build
        return
    for hints in (PHRASE_HINTS, ("share", "shares", "share this", "inbox", "©", "реклама")):  # phrases opening others
        scanner = text_fast.HintScanner(hints)
        assert scanner.window >= 4
        assert scanner.found_in(text) == [k for k, hint in enumerate(hints) if hint in text]


@given(st.lists(st.lists(st.sampled_from([*_HINT_PIECES, "share", "sh", "x", "Ré", "ré", "©", "реклама"]), max_size=8).map("".join), max_size=4))
def test_hint_scanner_lists_the_phrases_a_text_holds(texts: list[str]) -> None:
    """`HintScanner.found_in`: which phrases occur in a text, as written (`furniture_phrases`
    reads it on lower-cased text starts), with one- and two-character phrases, ASCII or not."""
    from copydesk.extract.patterns import PHRASE_HINTS, text_fast

    if text_fast is None:  # pragma: no cover - depends on the build
        return
    hints = (*PHRASE_HINTS, "ré", "é", "x", "sh")
    scanner = text_fast.HintScanner(hints)
    for text in texts:
        assert scanner.found_in(text) == [k for k, hint in enumerate(hints) if hint in text]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Kommentare schreiben", "comment"), ("Leave a comment »", "comment"), ("Lascia un commento", "comment"),
        ("Weiterlesen", "expand"), ("Advertisement:", "ad"), ("Comments", None), ("Add a comment", None),
        ("Leave a comment on the council's plan by Friday.", None),
        # a share or print button's label, a link to the comments, alone on a line (held-out pages)
        ("Print", "share"), ("Share this article", "share"), ("Drucken", "share"), ("View/Post Comments", "comment"),
        ("Kommentare geschlossen", "comment"), ("Twitter", None), ("Print the form and sign it.", None),
        # a related-stories box's heading in more languages (session 50)
        ("Saistītie raksti", "related"), ("関連記事", "related"), ("En çok okunanlar", "related"),
        # WordPress's comment form, like button and post navigation, in English and German
        ("Leave a Reply Cancel reply", "comment"), ("Kommentar verfassen Antwort abbrechen", "comment"),
        ("Gib hier Deinen Kommentar ein ...", "comment"), ("Like this:", "share"), ("Gefällt mir Lade...", "share"),
        ("« Vorheriger Beitrag", "pager"), ("« Previous Post", "pager"), ("I like this town.", None),
        # a paginated story's page links and the link home, a German paper's teaser boxes (held-out: F.A.Z.)
        ("Nächste Seite", "pager"), ("Next page »", "pager"), ("Zur Startseite", "pager"), ("Weitere Themen", "related"),
        ("Topmeldungen", "related"), ("Weitere Themen der Sitzung wurden vertagt.", None),
        ("Você pode gostar...", "related"), ("También te puede gustar", "related"), ("Vous pourriez aussi aimer", "related"),
        # a "read on" button with its reading time, a player's and a shop's buttons, a save state (held-out pages)
        ("weiterlesen 5 Minuten", "expand"), ("Read more 4 min", "expand"), ("Continue reading »", "expand"),
        ("Video Ad Feedback", "ad"), ("Advertisement - story continues below", "ad"), ("Auf den Wunschzettel", "shop"),
        ("Saving...", "state"), ("Einstein", None), ("Page 5 of the plan", None),
        # "share this article" in other languages (held-out: a German trade site's "Beitrag teilen …")
        ("Artikel teilen", "share"), ("Beitrag teilen …", "share"), ("Partager l’article", "share"), ("Поделиться", "share"),
        ("Deel dit artikel", "share"), ("Artikel teilen die Leser gern", None),
    ],
)  # fmt: skip
def test_interface_labels_are_whole_lines(text: str, concept: str | None) -> None:
    assert interface_label(text) == concept


def test_a_comment_forms_call_leaves_a_story() -> None:
    story = "".join(f"<p>Paragraph {n} of the story says what the council decided about the bridge this week.</p>" for n in range(6))
    html = f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{story}<p>Kommentare schreiben</p></article></body></html>"
    article = copydesk.extract(html, url="https://news.test/2025/03/01/bridge")
    assert "Kommentare schreiben" not in article.text and "Paragraph 5 of the story" in article.text


def test_an_unrendered_templates_bindings_are_told_from_text_that_shows_one() -> None:
    assert is_unrendered_template("{{content.lastUpdateUser.fullName}} - {{content.lastUpdateTime*1000 | date : 'dd/MM/yyyy'}}")
    assert is_unrendered_template('{{hire-ai-eng="/case-banners/hire-ai-eng"}}')
    assert not is_unrendered_template("In Angular, {{name}} prints the component's name property wherever it stands in the template.")
    assert not is_unrendered_template("A story with no braces at all.")
    assert not is_unrendered_template("{{ unclosed binding and a long sentence after it that goes on")


def test_a_buttons_label_with_its_count_and_a_pagers_labels_between_bars_are_labels() -> None:
    from copydesk.extract.patterns import interface_label

    assert interface_label("teilen 17") == interface_label("tweet 0") == interface_label("Share (1,204)") == "share"
    assert interface_label("Kommentare lesen (1 Beitrag)") == interface_label("Read comments (12)") == "comment"
    assert interface_label("« Vorige | Nächste »") == interface_label("Previous | Next") == "state"
    assert interface_label("2019") is None and interface_label("Chapter 12") is None and interface_label("Top 10") is None
    assert interface_label("Pros | Cons") is None and interface_label("") is None and interface_label("(12)") is None


def test_markup_printed_as_text_is_told_from_text_that_names_tags() -> None:
    from copydesk.extract.patterns import is_escaped_markup

    ad = '<div><a href="http://ad.example.net/jump/mac;sz=728x90"><img src="http://ad.example.net/ad/mac;sz=728x90" width="728" height="90" alt=""></a></div>'
    assert is_escaped_markup(ad)
    assert is_escaped_markup('<img src="/pixel.gif" width="1" height="1">')
    assert not is_escaped_markup("<table></table><li> in select - fine")  # bare tags: a reference page's subject
    assert not is_escaped_markup("<caption>, <col>, <colgroup>, <tbody>: other table-related elements")
    link = '<a href="https://example.com/a/long/path">the words readers see</a>'
    assert not is_escaped_markup(f"To link, write {link} around the words themselves, and the browser underlines them for you.")
    assert not is_escaped_markup('The page said <a href="/x">here</a>.')  # opens on words
    assert not is_escaped_markup("")


def test_escaped_markup_goes_from_a_story_and_stays_on_a_docs_page() -> None:
    from copydesk.config import ExtractConfig
    from copydesk.model import PageType

    story = "<p>" + "The council met on Tuesday and voted to borrow for the bridge rather than raise taxes. " * 3 + "</p>"
    ad = '<noscript>&lt;div&gt;&lt;a href="http://ad.example.net/jump/news;sz=728x90;kw=bridge,council"&gt;&lt;img src="http://ad.example.net/ad/news;sz=728x90" width="728" height="90"&gt;&lt;/a&gt;&lt;/div&gt;</noscript>'
    html = f"<html lang='en'><head><meta property='og:type' content='article'></head><body><article><h1>Bridge vote</h1>{story * 4}{ad}</article></body></html>"
    article = copydesk.extract(html)
    assert "The council met" in article.text and "ad.example.net" not in article.text
    docs = copydesk.extract(html, config=ExtractConfig(page_type=PageType.DOCUMENTATION))
    assert "ad.example.net" in docs.text  # a docs page's reader is shown markup


def test_a_stories_unrendered_template_lines_go_but_a_docs_pages_code_terms_stay() -> None:
    story = "<p>" + "The council met on Tuesday and voted to borrow for the bridge rather than raise taxes. " * 3 + "</p>"
    bindings = "<p>{{article.status === 'published' ? 'Published' : 'Draft'}}</p><p>{{article.author.fullName}} - {{article.date | date}}</p>"
    html = f"<html lang='en'><head><meta property='og:type' content='article'></head><body><article><h1>Bridge vote</h1>{bindings}{story * 4}</article></body></html>"
    article = copydesk.extract(html)
    assert article.page_type.value == "article"
    assert "{{" not in article.text and "The council met" in article.text


@pytest.mark.parametrize("text", ["", " ", "\x00\xff", "İ", "x" * 100_000, "関" * 50_000, "Tags:" * 20_000])
def test_session_50_readers_take_empty_binary_and_huge_input(text: str) -> None:
    """The teaser-label test, the teaser pre-scan and the JSON-LD declarations on bad input:
    an answer, no exception (and, for these texts, no label)."""
    from copydesk.extract.pagetype import FORUM_THREAD_TYPES, NEWS_STORY_TYPES, declares_one

    assert is_teaser_label(text) is False
    candidates = teaser_section_candidates([text, text])
    assert candidates is None or set(candidates) <= {0, 1}
    for jsonld in ([], [{}], [{"@type": 5}], [{"@type": [None, text]}], [{"@type": "NewsArticle"}] * 10_000):
        assert declares_one(jsonld, NEWS_STORY_TYPES) is False
        assert declares_one(jsonld, FORUM_THREAD_TYPES) is False


@pytest.mark.parametrize("text", ["", " ", "\x00\xff", "İ", "x" * 100_000, "関" * 50_000, "Photo by " * 20_000, "Mon Aug 03 " * 10_000])
def test_session_51_readers_take_empty_binary_and_huge_input(text: str) -> None:
    """The date-stamp reader, the credit-line readers of both modes and the opening-stamp test on
    bad input: an answer, no exception (and, for these texts, nothing read)."""
    from copydesk.clean import lines as lines_module
    from copydesk.extract.dates import clock_stamp_date, meta_date
    from copydesk.extract.tidy import drop_credit_lines, drop_masthead_names, is_byline_or_stamp
    from copydesk.model import Block, BlockKind

    assert clock_stamp_date(text) is None
    assert meta_date(text) is None
    assert lines_module._credit_line_candidates([text, text], []) in ([], [0, 1])
    blocks = [Block(BlockKind.PARAGRAPH, text)] if text else []
    assert drop_credit_lines(blocks) == blocks
    assert drop_masthead_names(blocks, lambda: {text}) == blocks  # never the only block
    assert is_byline_or_stamp(text, []) is False


@pytest.mark.parametrize("text", ["", " ", "\x00\xff", "İ", "x" * 100_000, "関" * 50_000, "<div a=1>" * 20_000, "00:01 a " * 20_000,
                                  "teilen 1" * 10_000, "About the author " * 5_000])  # fmt: skip
def test_session_52_readers_take_empty_binary_and_huge_input(text: str) -> None:
    """The escaped-markup test, the counted-label reader, the paywall notice, the transcript run,
    the labelled author box and the side-column cut on bad input: an answer, no exception."""
    from copydesk.clean import lines as lines_module
    from copydesk.clean.features import split_lines
    from copydesk.extract.page import parse_page
    from copydesk.extract.patterns import PAYWALL_NOTICE, interface_label, is_escaped_markup
    from copydesk.extract.teasers import outside_side_columns
    from copydesk.extract.tidy import labelled_box_start
    from copydesk.model import Block, BlockKind

    assert is_escaped_markup(text) in (True, False)
    assert interface_label(text) in (None, "share")
    assert PAYWALL_NOTICE.search(text[:2_000]) is None
    lines = split_lines("\n".join([text] * 3)) if text.strip() else []
    kept = list(range(len(lines)))
    labels = ["body"] * len(lines)
    assert set(lines_module._without_transcript(lines, labels, kept)) <= set(kept)
    assert lines_module._paywall_start(lines, labels, kept) is None
    blocks = [Block(BlockKind.PARAGRAPH, text)] * 3
    assert labelled_box_start(blocks) in (None, 0, 1)
    seg = parse_page(f"<html><body><article><h1>x</h1><p>{text[:1000]}</p></article><aside><p>{text[:1000]}</p></aside></body></html>").seg
    assert len(outside_side_columns(seg, list(seg.blocks))) <= len(seg.blocks)


@pytest.mark.parametrize(
    ("line", "signature"),
    [
        ("— Jane Doe (@jdoe) December 19, 2016", True),
        ("A post shared by Ann Lee (@annlee) on Nov 16, 2019 at 10:00am PST", True),  # its "\\b" were backspaces until session 54
        ("Jane Doe (@jdoe) says the bridge will open", False),
    ],
)
def test_embedded_posts_signatures(line: str, signature: bool) -> None:
    from copydesk.extract.patterns import EMBED_SIGNATURE

    assert (EMBED_SIGNATURE.search(line) is not None) is signature
