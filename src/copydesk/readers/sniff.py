"""Tell HTML from plain text by its first bytes."""

from __future__ import annotations

import re

SNIFF_BYTES = 8192  # markup, when present, shows in the first few kilobytes
_MARKUP = re.compile(rb"<(?:!doctype|html|head|body|div|p|span|a|table|meta|title|article|section|br)\b", re.I)


def looks_like_html(data: bytes) -> bool:
    return _MARKUP.search(data[:SNIFF_BYTES]) is not None
