"""Web addresses as pages and crawls give them: the page's own and the links in it.

Either may be malformed (``http://[::1`` is an unclosed IPv6 host, which
`urllib.parse` refuses with a ValueError), and a crawl of millions of pages
meets every kind.  Extraction never fails on one: a page address that does
not parse is not read for facts (its path words, its date), and a link that
cannot be resolved against it is kept as the page wrote it.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

# A longer "address" in a page is a data blob or junk, and one cut to this length (meta values are
# cut to `metadata.MAX_FIELD_CHARS`, the same) would point somewhere else: neither is kept.
MAX_URL_CHARS = 2000
WEB_SCHEMES = ("http://", "https://")


def readable_url(url: str | None) -> str | None:
    """`url` when `urllib.parse` can read it, else None (a page address to read facts from)."""
    if not url:
        return None
    try:
        urlsplit(url)
    except ValueError:
        return None
    return url


def host_of(url: str | None) -> str:
    """The host `url` names, as `urllib.parse` gives it (lower-cased), or "": none, or an address
    it refuses ("http://[::1", an unclosed IPv6 host; "http://[x]/", no IPv6 address: `urlsplit`
    reads the second and only its `hostname` raises)."""
    if not url:
        return ""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


# The labels of a host name that are no part of the site's own name: "www.example.co.uk" is "example"'s.
SECOND_LEVEL_LABELS = frozenset({"www", "com", "org", "net", "co", "ac", "gov", "edu"})


def registered_name(url: str | None) -> str:
    """The name a site registered, from `url`'s host: its last label before the top-level domain
    and `SECOND_LEVEL_LABELS` ("promatcher" of electricians.promatcher.com, "example" of
    www.example.co.uk), lower-case; "" where there is none."""
    labels = [label for label in host_of(url).casefold().split(".")[:-1] if label not in SECOND_LEVEL_LABELS]
    return labels[-1] if labels else ""


def path_of(url: str | None) -> str:
    """The path `url` names, or "" (none, or an address `urllib.parse` refuses)."""
    if not url:
        return ""
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def _is_absolute(href: str) -> bool:
    """Whether `href` is an http(s) address with a host ("https://x.com/a"): nothing to resolve
    (urljoin parses both addresses to give it back: ~3 µs warm, ~20 in the pipeline)."""
    if not href[:8].lower().startswith(WEB_SCHEMES):
        return False
    host_start = href.index("//") + 2
    return href[host_start : host_start + 1] not in ("", "/")


def resolved(base: str | None, href: str) -> str | None:
    """`href` made absolute against the page address `base`; `href` as written where either
    does not parse (or there is no base); None for an address of MAX_URL_CHARS or more."""
    if len(href) >= MAX_URL_CHARS:
        return None
    if not base or _is_absolute(href):
        return href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def web_address(href: str | None, base: str | None) -> str | None:
    """A page's address as a link gives it (a canonical link): stripped of the white space HTML
    allows around it, made absolute against `base`; None unless that is an http(s) address (white
    space inside is no address: "What are the types of wine?" in a canonical link is text)."""
    href = (href or "").strip()
    if not href or len(href.split(None, 1)) > 1:
        return None
    address = resolved(base, href)
    return address if address is not None and address.lower().startswith(WEB_SCHEMES) else None


# Query parameters that only say where a click came from: an embedded post's address is the
# post's without them ("…/status/1044502590266978309?ref_src=twsrc%5Etfw" is Twitter's embed code's).
TRACKING_PARAMETERS = ("utm_", "ref_src", "ref_url", "igshid", "fbclid")


def without_tracking(address: str) -> str:
    """`address` without its `TRACKING_PARAMETERS` (the query dropped where nothing else is left);
    as it is where it holds none or does not parse."""
    if "?" not in address or not any(name in address for name in TRACKING_PARAMETERS):
        return address
    try:
        parts = urlsplit(address)
    except ValueError:
        return address
    kept = [pair for pair in parts.query.split("&") if pair and not pair.lower().startswith(TRACKING_PARAMETERS)]
    return urlunsplit(parts._replace(query="&".join(kept)))
