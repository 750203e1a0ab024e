"""The language a text is written in, identified from the text itself.

A page's markup usually declares its language (`metadata`: ``<html lang>``,
``og:locale``, ``content-language``); scraped text (text mode, Common Crawl's
WET records) declares nothing, and a fifth of a crawl's HTML pages don't
either.  Those get the language Google's Compact Language Detector 2 (CLD2,
through pycld2) reads in the first LANGUAGE_SAMPLE_CHARS characters of the
article's text, when it calls its answer reliable.

Measured on the 1,536 dev pages whose markup declares a language, against
that declaration (which is itself wrong on a handful: German stories on
pages declared English): CLD2 on the first 200 characters agrees on 0.992
(14 µs a page; in the pipeline, its tables out of the cache, 33 µs); on 120,
0.990; on 300 or 1,000, 0.992 (20 and 53 µs); resiliparse's `detect_fast` on
1,000, 0.966 (13 µs; English shop and listing pages read as Latin, Swedish or
Frisian); fastText's lid.176 on 1,000, 0.993 (290 µs); py3langid on 2,000,
0.995 (1.7 ms).  Every language CLD2 knows is named by its ISO 639-1 code
(or CLD2's code where there is none, as "haw" for Hawaiian).
"""

from __future__ import annotations

import re

import pycld2

LANGUAGE_SAMPLE_CHARS = 200  # longer samples agree no more often (0.992 at 200, 300 and 1,000) and cost more
_UNKNOWN = "un"  # CLD2's code for a text it cannot place
# What CLD2 refuses to read ("invalid UTF-8"): C0 and C1 control characters but tab and line
# breaks, lone surrogates, the noncharacters of the Basic Multilingual Plane
_REFUSED_BY_CLD2 = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


# ISO 639-2 (bibliographic and terminology) and 639-3 codes of languages that have an ISO 639-1
# code, for the declarations that use them (``lang="eng"``, ``lang="ger"``); a three-letter code
# without one ("fil", "haw", "yue") declares no 639-1 language and the text is read instead.
THREE_LETTER_CODES = {
    "eng": "en", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "spa": "es", "por": "pt", "ita": "it",
    "nld": "nl", "dut": "nl", "rus": "ru", "zho": "zh", "chi": "zh", "jpn": "ja", "kor": "ko", "ara": "ar",
    "hin": "hi", "ben": "bn", "tur": "tr", "pol": "pl", "ukr": "uk", "ces": "cs", "cze": "cs", "swe": "sv",
    "nor": "no", "nob": "nb", "nno": "nn", "dan": "da", "fin": "fi", "ell": "el", "gre": "el", "heb": "he",
    "hun": "hu", "ron": "ro", "rum": "ro", "bul": "bg", "hrv": "hr", "srp": "sr", "slk": "sk", "slo": "sk",
    "slv": "sl", "ind": "id", "msa": "ms", "may": "ms", "vie": "vi", "tha": "th", "fas": "fa", "per": "fa",
    "urd": "ur", "tam": "ta", "tel": "te", "cat": "ca", "eus": "eu", "baq": "eu", "glg": "gl", "lit": "lt",
    "lav": "lv", "est": "et", "isl": "is", "ice": "is", "gle": "ga", "cym": "cy", "wel": "cy", "swa": "sw",
    "afr": "af",
}  # fmt: skip


def declared_language(tag: str) -> str | None:
    """The ISO 639-1 code a language tag declares ("en-US", "pt_BR", "EN", "eng"), or None: the
    primary subtag when it is two letters, its 639-1 code when it is three
    (`THREE_LETTER_CODES`), else nothing ("x-default", "fil", a language's name)."""
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    return THREE_LETTER_CODES.get(primary)


def detect_language(text: str) -> str | None:
    """The language of `text` (an ISO 639-1 code; "zh" for both Chinese scripts), or None when
    CLD2 does not call its answer reliable: a few words ("Loading...", "Home About Contact")
    name no language."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    try:
        reliable, _bytes, found = pycld2.detect(sample)
    except (pycld2.error, ValueError):  # CLD2 refuses control characters; lone surrogates cannot be encoded
        try:  # (mojibake's C1 controls, "â\x80\x99" for "’", before `mojibake` repairs the text)
            reliable, _bytes, found = pycld2.detect(_REFUSED_BY_CLD2.sub(" ", sample))
        except (pycld2.error, ValueError):  # pragma: no cover - nothing left for CLD2 to refuse
            return None
    code: str = found[0][1].split("-", 1)[0]  # "zh-Hant": the language, not the script
    return code if reliable and code != _UNKNOWN else None
