"""Bytes to text: gzip, BOM, declared charset, then detection.

Order of trust: a BOM is certain; UTF-8 when the bytes are valid UTF-8 (the
web's overwhelming default, and a lying ``iso-8859-1`` declaration over UTF-8
bytes is the commonest mojibake source); UTF-8 too when the bytes are UTF-8
but for a few broken sequences (a truncated character, a stray byte: the
multi-byte characters that do decode outnumber them `MOSTLY_UTF8_RATIO` to one;
text in a legacy charset almost never forms a valid multi-byte sequence), the
broken ones read as U+FFFD; then a declared charset (HTTP-equiv or
``<meta charset>``) when the bytes decode cleanly with it; otherwise
charset-normalizer decides.
"""

from __future__ import annotations

import codecs
import re
import zlib

from charset_normalizer import from_bytes

from copydesk.errors import InputError

try:  # the compiled UTF-8 encoder (text_fast.pyx); str.encode where it is not built
    from copydesk.extract import text_fast
except ImportError:  # pragma: no cover - depends on the build
    text_fast = None  # type: ignore[assignment]

GZIP_MAGIC = b"\x1f\x8b"
MAX_GUNZIPPED_BYTES = 64 * 1024 * 1024  # a zip bomb stops here, not in memory
CHARSET_SNIFF_BYTES = 4096  # browsers look for <meta charset> in the first 1024; be generous
DETECTION_SAMPLE_BYTES = 64 * 1024  # charset-normalizer is slow on whole large pages
WEB_DEFAULT_LEGACY = "cp1252"  # WHATWG's fallback, and the commonest non-UTF-8 web charset
LEGACY_PREFERENCE = 0.1  # cp1252 wins when its chaos is within this of the best guess's
BINARY_CONTROL_RATIO = 0.10  # share of C0 control bytes above which input is not text
MOSTLY_UTF8_RATIO = 4  # valid multi-byte characters for each broken sequence, at least
MIN_MOSTLY_UTF8_CHARS = 8  # and at least this many of them: evidence, not chance

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def gunzip_if_needed(data: bytes) -> bytes:
    """Inflate gzip data (bounded); pass anything else through."""
    if not data.startswith(GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, MAX_GUNZIPPED_BYTES)
    except zlib.error as exc:
        raise InputError("input:bad_gzip", str(exc)) from exc
    if inflater.unconsumed_tail:
        raise InputError("input:too_large", f"gzip expands past {MAX_GUNZIPPED_BYTES} bytes")
    if not inflater.eof:
        raise InputError("input:bad_gzip", "gzip stream is truncated")
    return out


def looks_binary(data: bytes) -> bool:
    """True when the bytes are clearly not text (NULs or many control bytes)."""
    sample = data[:DETECTION_SAMPLE_BYTES]
    if not sample:
        return False
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > BINARY_CONTROL_RATIO


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """Decode page bytes to text; raises `InputError` for binary input."""
    data = gunzip_if_needed(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if looks_binary(data):
        raise InputError("input:binary", "input looks like binary data, not a page")
    declared = declared_charset(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if (text := mostly_utf8(data)) is not None:
        return text
    if declared and declared != "utf-8":
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode(_detect(data[:DETECTION_SAMPLE_BYTES]), errors="replace")


def mostly_utf8(data: bytes) -> str | None:
    """`data` read as UTF-8, its broken sequences as U+FFFD, when the characters that decode
    outnumber the broken sequences (`MOSTLY_UTF8_RATIO`, `MIN_MOSTLY_UTF8_CHARS`); else None."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())  # the page's own U+FFFD are no breakage
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    if multibyte >= max(MIN_MOSTLY_UTF8_CHARS, MOSTLY_UTF8_RATIO * broken):
        return text
    return None


def _detect(sample: bytes) -> str:
    """charset-normalizer's guess, nudged to cp1252 when that is nearly as good.

    Short Western European samples fit several single-byte code pages equally
    well, and the detector's pick among them is close to arbitrary.
    """
    matches = list(from_bytes(sample))
    if not matches:
        return "utf-8"
    best = matches[0]
    for match in matches:
        if match.encoding == WEB_DEFAULT_LEGACY and match.chaos <= best.chaos + LEGACY_PREFERENCE:
            return WEB_DEFAULT_LEGACY
    return str(best.encoding)


def utf8_markup(html: str) -> bytes:
    """The page as the HTML parser reads it: UTF-8, lone surrogates left out (what selectolax
    makes of a str, ``html.encode("utf-8", "ignore")``; in C where built: 44 -> 7 µs a median
    Zyte page, whose characters are mostly ASCII in two-byte units)."""
    if text_fast is not None:
        markup: bytes = text_fast.utf8_of(html)
        return markup
    return html.encode("utf-8", "ignore")
