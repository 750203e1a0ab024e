"""Tell HTML from plain text by its first bytes."""

from __future__ import annotations

import re

from copydesk.clean.markdown import looks_like_markdown

SNIFF_BYTES = 8192  # markup, when present, shows in the first few kilobytes
_MARKUP = re.compile(rb"<(?:!doctype|html|head|body|div|p|span|a|table|meta|title|article|section|br)\b", re.I)
_DOCUMENT = re.compile(rb"<(?:!doctype|html|head|body)\b", re.I)  # what a page's source opens with


def looks_like_html(data: bytes) -> bool:
    """Whether `data` is HTML: tags in its first SNIFF_BYTES, unless it is Markdown with a few
    inline tags (a scraper's "<br>" in a table) and no page around them (`clean.markdown`)."""
    head = data[:SNIFF_BYTES]
    if _MARKUP.search(head) is None:
        return False
    return _DOCUMENT.search(head) is not None or not looks_like_markdown(head.decode("utf-8", "replace"))
