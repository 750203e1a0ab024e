"""Near duplicates: an edited copy of a story is found, a different story on the same event is not."""

from __future__ import annotations

from copydesk.dedup.exact import article_text, as_duplicate, normal_words
from copydesk.dedup.keys import DedupKeys, read_keys
from copydesk.dedup.near import MIN_SHINGLES, NearDedup, shingle_hashes

WIRE = [
    "Foreign Affairs Minister Stephane Dion is at the United Nations in New York to ramp up pressure on Russia and the Syrian government to stop bombing Aleppo.",
    "Dion will call out Russia and Syrian President Bashar Assad by name during a special session of the General Assembly organized by Canada.",
    "The minister will ask the Security Council to break the impasse that has prevented the international community from intervening in Syria.",
    "He will also remind Russia and Assad of their responsibilities to protect civilians and call for an immediate end to airstrikes on rebel-held parts of the city.",
    "Dion says Canada asked for the session so countries could express frustration at the situation and put extra pressure on both governments.",
    "The session coincides with the start of a unilateral pause in Russian and Syrian airstrikes, which officials have said will be extended until Friday.",
    "More than 70 countries supported the request for the special session, which is rarely convened and carries no binding force.",
    "Aid agencies say an estimated 250,000 people remain trapped in the eastern part of the city with dwindling supplies of food and medicine.",
    "A previous ceasefire brokered by the United States and Russia collapsed last month after a week of sporadic fighting.",
    "Canada has pledged additional humanitarian funding for Syria and neighbouring countries hosting refugees.",
]
OTHER = [
    "Russia's envoy to the United Nations rejected criticism of the bombing of Aleppo on Thursday, saying the strikes targeted terrorists.",
    "Speaking to reporters outside the Security Council, the ambassador said the pause in airstrikes showed Moscow's goodwill.",
    "He accused western governments of shielding armed groups that refuse to leave the eastern districts of the city.",
    "The United States said the pause was too short for aid convoys to reach the people trapped in the city.",
    "Diplomats expect the General Assembly debate to end without a vote, as resolutions there carry no binding force.",
]


def _row(doc_id: str, paragraphs: list[str]) -> dict[str, object]:
    return {"doc_id": doc_id, "status": "article", "article": {"text": "\n\n".join(paragraphs)}}


def mark(dedup: NearDedup, row: dict[str, object], keys: DedupKeys | None = None) -> dict[str, object]:
    """`row` as a crawl run's merge writes it: its drop row when `dedup` finds it a copy
    (`keys`: its text's, read elsewhere, else read here); rows with no article text as they are."""
    text = article_text(row)
    if text is None:
        return row
    found = dedup.decide(str(row["doc_id"]), keys or read_keys(text, near=True))
    return as_duplicate(row, *found) if found else row


def test_an_edited_copy_names_the_first_copy() -> None:
    dedup = NearDedup()
    assert mark(dedup, _row("wire", WIRE))["status"] == "article"
    trimmed = [*WIRE[:8], "This story was first published by The Canadian Press."]  # two paragraphs cut, a credit added
    row = mark(dedup, _row("copy", trimmed))
    assert (row["status"], row["reason"], row["duplicate_of"], row["article"]) == ("dropped", "dedup:near", "wire", None)


def test_a_copy_with_its_first_paragraphs_rewritten_is_a_copy() -> None:
    dedup = NearDedup()
    mark(dedup, _row("wire", WIRE))
    rewritten = [
        "Canada's foreign minister went to the UN in New York on Monday to press Russia and Syria to halt the bombing of Aleppo.",
        "He planned to name Russia and Syrian President Bashar Assad in a special General Assembly session that Canada organized.",
        *WIRE[2:8],
    ]  # fmt: skip
    assert mark(dedup, _row("copy", rewritten))["duplicate_of"] == "wire"


def test_an_identical_copy_is_an_exact_duplicate() -> None:
    dedup = NearDedup()
    mark(dedup, _row("wire", WIRE))
    assert mark(dedup, _row("again", [p.upper() for p in WIRE]))["reason"] == "dedup:exact"


def test_a_different_story_on_the_same_event_is_kept() -> None:
    dedup = NearDedup()
    mark(dedup, _row("wire", WIRE))
    assert mark(dedup, _row("other", OTHER + WIRE[7:8]))["status"] == "article"  # one paragraph in common


def test_the_earliest_kept_copy_is_named() -> None:
    dedup = NearDedup()
    mark(dedup, _row("first", WIRE))
    mark(dedup, _row("unrelated", OTHER))
    assert mark(dedup, _row("later", WIRE[1:]))["duplicate_of"] == "first"
    assert mark(dedup, _row("latest", WIRE[:9]))["duplicate_of"] == "first"  # not "later", itself dropped


def test_short_texts_and_non_articles_are_left_to_exact_dedup() -> None:
    dedup = NearDedup()
    brief = ["Police are investigating a fire on Main Street that destroyed a bakery early on Tuesday."]
    assert len(set(shingle_hashes(normal_words(brief[0])).tolist())) < MIN_SHINGLES
    mark(dedup, _row("a", brief))
    assert mark(dedup, _row("b", [brief[0].replace("Tuesday", "Monday")]))["status"] == "article"
    error = {"doc_id": "e", "status": "error", "reason": "input:binary", "article": None}
    assert mark(dedup, error) == error


def test_malformed_empty_and_huge_rows_are_bounded() -> None:
    dedup = NearDedup()
    for row in (
        {"doc_id": "m1", "status": "article", "article": None},
        {"doc_id": "m2", "status": "article", "article": {"text": None}},
        {"doc_id": "m3", "status": "article", "article": {"text": "   \n\n "}},
        {"doc_id": "m4", "status": "article", "article": {"text": "\x00\x01\ufffd" * 1000}},  # binary debris: no word
        {"doc_id": "m5", "status": "article", "article": "not a record"},
    ):
        assert mark(dedup, row) == row
    assert dedup.ids == []
    huge = " ".join(f"word{n}" for n in range(200_000))  # 200,000 words: one sketch, kept
    assert mark(dedup, _row("huge", [huge]))["status"] == "article"
    assert mark(dedup, _row("huge-again", [huge + " and one more"]))["duplicate_of"] == "huge"


def test_a_copy_of_a_near_copy_names_the_kept_text() -> None:
    """The same cut copy run by two outlets: both are near copies of the wire story, neither names the other."""
    dedup = NearDedup()
    mark(dedup, _row("wire", WIRE))
    assert mark(dedup, _row("cut", WIRE[:8]))["duplicate_of"] == "wire"
    again = mark(dedup, _row("cut again", WIRE[:8]))
    assert (again["reason"], again["duplicate_of"]) == ("dedup:near", "wire")
    assert mark(dedup, _row("wire again", WIRE))["reason"] == "dedup:exact"
