"""Other extractors, run on the same pages in the same process for comparison.

Each peer is a function from (html text, url) to plain text.  Peers are
optional (`pip install copydesk[bench]`); a missing one raises a message
naming the extra.
"""

from __future__ import annotations

from collections.abc import Callable

Extractor = Callable[[str, str | None], str]


def _trafilatura() -> Extractor:
    import trafilatura

    def run(html: str, url: str | None) -> str:
        return trafilatura.extract(html, url=url) or ""

    return run


def _readability() -> Extractor:
    import html_text
    from readability import Document

    def run(html: str, url: str | None) -> str:
        try:
            summary = Document(html, url=url).summary(html_partial=True)
        except Exception:  # readability raises bare Exceptions on odd pages
            return ""
        return str(html_text.extract_text(summary, guess_layout=True))

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, url: str | None) -> str:
        return str(extract_plain_text(html, main_content=True))

    return run


PEERS: dict[str, Callable[[], Extractor]] = {
    "trafilatura": _trafilatura,
    "readability": _readability,
    "resiliparse": _resiliparse,
}


def load_peer(name: str) -> Extractor:
    if name not in PEERS:
        raise ValueError(f"unknown peer {name!r}; choose from {', '.join(PEERS)}")
    try:
        return PEERS[name]()
    except ImportError as exc:
        raise ImportError(f"peer {name} is not installed: pip install 'copydesk[bench]' ({exc})") from exc
