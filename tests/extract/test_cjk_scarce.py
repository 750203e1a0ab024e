"""The scarce-text fallback counts Chinese and Japanese characters as words.

A Chinese or Japanese paragraph holds no spaces, so a split on white space reads
it as one word; a story of several hundred characters then looked "scarce" and
the page was re-read on the lower bar, which let market tickers and link lists
in (newspaper4k's Nikkei page: HTML-mode F1 0.175 against its reference).
"""

from __future__ import annotations

import importlib

import copydesk
from copydesk.extract.patterns import CHARS_PER_UNSPACED_WORD, word_total

pipeline = importlib.import_module("copydesk.extract.pipeline")

STORY = "６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領と北朝鮮委員長ばかりではなかった。" * 4


def test_cjk_characters_count_as_words() -> None:
    assert word_total([STORY]) < 10  # the split on spaces sees next to nothing
    assert pipeline._words([STORY]) >= len(STORY) // CHARS_PER_UNSPACED_WORD - 10
    assert pipeline._words(["Plain English words here"]) == 4


def test_a_japanese_story_is_not_read_as_scarce() -> None:
    ticker = "".join(f"<li><a href='/m/{i}'>日経平均 {i}</a> -1.7{i}%</li>" for i in range(12))
    html = (
        "<html lang='ja'><head><title>米朝首脳会談</title></head><body><header><nav><ul>"
        + "".join(f"<li><a href='/s/{i}'>政治 {i}</a></li>" for i in range(8))
        + "</ul></nav></header><main><article><h1>米朝首脳会談</h1>"
        f"<p>{STORY}</p><p>{STORY}</p></article></main><aside><h2>トレンドウオッチ</h2><ul>{ticker}</ul></aside></body></html>"
    )
    text = copydesk.extract(html, url="https://example.jp/article/1").text
    assert STORY in text
    assert "日経平均" not in text
