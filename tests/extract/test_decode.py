from __future__ import annotations

import codecs
import gzip

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk.errors import InputError
from copydesk.extract.decode import decode_html, gunzip_if_needed, utf8_markup

SENTENCE = "Café crème brûlée, déjà vu, naïve façade — Ærø and Þór."


def test_bom_wins_over_declaration() -> None:
    data = codecs.BOM_UTF16_LE + f'<meta charset="iso-8859-1"><p>{SENTENCE}</p>'.encode("utf-16-le")
    assert SENTENCE in decode_html(data)


def test_lying_latin1_declaration_over_utf8_bytes_gives_no_mojibake() -> None:
    data = f'<meta charset="iso-8859-1"><p>{SENTENCE}</p>'.encode()
    assert SENTENCE in decode_html(data)


def test_lying_utf8_declaration_over_cp1252_bytes_gives_no_mojibake() -> None:
    data = f'<meta charset="utf-8"><p>{SENTENCE} {SENTENCE}</p>'.encode("cp1252")
    assert SENTENCE in decode_html(data)


def test_declared_cyrillic_charset_is_used() -> None:
    text = "Москва — столица России, крупнейший по численности населения город страны."
    data = f'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>{text}</p>'.encode("cp1251")
    assert text in decode_html(data)


def test_gzip_is_inflated() -> None:
    assert SENTENCE in decode_html(gzip.compress(f"<p>{SENTENCE}</p>".encode()))


def test_truncated_gzip_raises_input_error() -> None:
    with pytest.raises(InputError) as info:
        gunzip_if_needed(gzip.compress(b"<p>hello</p>" * 1000)[:40])
    assert info.value.reason == "input:bad_gzip"


def test_binary_raises_input_error() -> None:
    with pytest.raises(InputError) as info:
        decode_html(bytes(range(256)) * 50)
    assert info.value.reason == "input:binary"


_UNITS = ["a", "<", "\x7f", "\x80", "\xff", "Ā", "\u07ff", "\u0800", "\ud800", "\udfff", "\ue000", "\uffff", "😀", "x" * 15, "y" * 16]


@given(st.lists(st.sampled_from(_UNITS), max_size=60).map("".join) | st.text(max_size=300))
def test_the_page_is_encoded_as_the_parser_would_encode_it(html: str) -> None:
    """`utf8_markup` (a compiled encoder for strs of two-byte units: ASCII runs 16 units a
    step) gives ``str.encode("utf-8", "ignore")`` at every length around the steps, lone
    surrogates left out, for strs of every width."""
    assert utf8_markup(html) == html.encode("utf-8", "ignore")


@pytest.mark.parametrize("declared", ["", '<meta charset="iso-8859-1">', '<meta charset="windows-1252">'])
def test_utf8_bytes_with_a_few_broken_sequences_stay_utf8(declared: str) -> None:
    # a character cut in two and a stray byte used to send the whole page to detection: mojibake throughout
    good = f"<p>{SENTENCE}</p>".encode() * 3
    data = declared.encode() + good + b"<p>tronqu\xc3 and a stray \xff byte</p>" + good
    text = decode_html(data)
    assert SENTENCE in text
    assert "tronqu\ufffd and a stray \ufffd byte" in text


def test_legacy_bytes_are_not_taken_for_broken_utf8() -> None:
    # cp1252 text forms no valid multi-byte sequence: every accent is "broken", none decodes
    data = f"<p>{SENTENCE} {SENTENCE} {SENTENCE}</p>".encode("cp1252")
    assert SENTENCE in decode_html(data)


def test_a_page_s_own_replacement_characters_are_not_broken_sequences() -> None:
    # U+FFFD written in the page (valid UTF-8) counts as a decoded character, not as breakage
    from copydesk.extract.decode import mostly_utf8

    data = ("\ufffd" * 50 + "é" * 8).encode() + b"\xff"
    assert mostly_utf8(data) is not None
    assert mostly_utf8(("é" * 8).encode() + b"\xff\xfe\xfd") is None  # 8 decoded against 3 broken: under 4 to 1
