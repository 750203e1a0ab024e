from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from copydesk.model import (
    Article,
    Block,
    BlockKind,
    Caption,
    Dateline,
    Document,
    Media,
    PageType,
    RelatedLink,
    Source,
)

texts = st.text(max_size=40)
blocks = st.builds(Block, st.sampled_from(list(BlockKind)), texts, st.none() | st.integers(1, 6))
articles = st.builds(
    Article,
    url=st.none() | texts,
    title=st.none() | texts,
    text=texts,
    blocks=st.lists(blocks, max_size=4),
    page_type=st.sampled_from(list(PageType)),
    authors=st.lists(texts, max_size=3),
    dateline=st.none() | st.builds(Dateline, texts, st.none() | texts),
    captions=st.lists(st.builds(Caption, texts, st.none() | texts), max_size=2),
    related=st.lists(st.builds(RelatedLink, texts, st.none() | texts), max_size=2),
    media=st.lists(st.builds(Media, st.sampled_from(["video", "image"]), st.none() | texts), max_size=2),
    drop_reason=st.none() | texts,
)


@given(articles)
def test_article_json_round_trip(article: Article) -> None:
    assert Article.from_json(article.to_json()) == article


def test_document_round_trip_keeps_source_and_error() -> None:
    doc = Document(Source("warc", path="a.warc.gz", warc_record_id="<urn:uuid:1>", offset=42), None, "input:binary")
    assert Document.from_dict(doc.to_dict()) == doc


def test_word_count_counts_text_words() -> None:
    assert Article(text="one two\n\nthree").word_count == 3


@given(articles, st.sampled_from([None, "filter:language", "dedup:exact"]))
def test_document_round_trip_keeps_article_and_drop(article: Article, dropped: str | None) -> None:
    doc = Document(Source("html", path="p/a.html", index=3), article, dropped=dropped)
    assert Document.from_dict(doc.to_dict()) == doc


def test_document_status_and_id() -> None:
    doc = Document(Source("jsonl", path="dump.jsonl", index=7), error="input:bad_json")
    assert (doc.status, doc.reason, doc.source.doc_id) == ("error", "input:bad_json", "dump.jsonl#7")
    assert Document(Source("html", path="x")).status == "article"


def test_to_dict_matches_asdict_with_enum_values() -> None:
    from dataclasses import asdict

    from copydesk.model import (
        Article,
        Block,
        BlockKind,
        Caption,
        Dateline,
        Media,
        PageType,
        RelatedLink,
        RemovedLine,
    )

    article = Article(
        url="u", title="t", text="x", blocks=[Block(BlockKind.HEADING, "H", 2), Block(BlockKind.PARAGRAPH, "p")],
        page_type=PageType.FORUM, authors=["A B"], dateline=Dateline("OTTAWA", "The Canadian Press"),
        captions=[Caption("c", "credit")], related=[RelatedLink("r", "https://x")], media=[Media("video", "v")],
        removed=[RemovedLine("Advertisement", "boilerplate:ad")],
    )  # fmt: skip
    expected = asdict(article)
    expected["page_type"] = "forum"
    for block in expected["blocks"]:
        block["kind"] = block["kind"].value
    data = article.to_dict()
    assert data == expected and data["blocks"][0]["kind"] == "heading" and type(data["blocks"][0]["kind"]) is str
    data["authors"].append("changed")
    assert article.authors == ["A B"]  # a copy, not the record's own list


@given(articles, st.none() | st.integers(1, 5), st.none() | st.text(max_size=10))
def test_the_json_line_reads_back_as_to_dict(article: Article, copies: int | None, url: str | None) -> None:
    doc = Document(Source("warc", path="c.warc.gz", url=url, index=2, offset=99), article, copies=copies)
    line = doc.to_json_line()
    assert b"\n" not in line
    assert json.loads(line) == doc.to_dict()


@given(st.text(st.characters(categories=["Cs", "Ll", "So"]), max_size=12))
def test_a_lone_surrogate_becomes_a_replacement_character_in_the_json_line(text: str) -> None:
    # json.loads of a page's JSON-LD turns "\ud83d" (half an emoji) into a str UTF-8 cannot hold
    doc = Document(Source("html", path="p.html", url=f"https://example.com/{text}"), Article(title=text, authors=[text]))
    row = json.loads(doc.to_json_line().decode("utf-8"))
    expected = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    assert row["article"]["title"] == expected and row["article"]["authors"] == [expected]
    assert row["source"]["url"] == f"https://example.com/{expected}"
