"""Page addresses and links as `extract/urls.py` reads them."""

from __future__ import annotations

import pytest

from copydesk.extract.urls import MAX_URL_CHARS, readable_url, resolved, web_address

BASE = "https://news.example.com/2024/05/story?utm=1"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://cdn.example.com/a.jpg?w=620#x", "https://cdn.example.com/a.jpg?w=620#x"),  # absolute: as written
        ("HTTP://Example.com/", "HTTP://Example.com/"),
        ("/img/a.jpg", "https://news.example.com/img/a.jpg"),
        ("a.jpg", "https://news.example.com/2024/05/a.jpg"),
        ("//cdn.example.com/a.jpg", "https://cdn.example.com/a.jpg"),  # scheme-relative
        ("https:///paths/17", "https://news.example.com/paths/17"),  # no host: resolved against the page
        ("http://[::1", "http://[::1"),  # unparsable: kept as written
        ("/" + "a" * MAX_URL_CHARS, None),  # a blob, not an address
    ],
)
def test_links_resolve_against_the_page(href: str, expected: str | None) -> None:
    assert resolved(BASE, href) == expected


def test_no_base_or_an_unparsable_base_keeps_links_as_written() -> None:
    assert resolved(None, "/a") == "/a"
    assert resolved("http://[::1", "/a") == "/a"
    assert readable_url("http://[::1") is None and readable_url(BASE) == BASE


def test_a_web_address_is_absolute_http_or_none() -> None:
    assert web_address(" /x \n", BASE) == "https://news.example.com/x"
    assert web_address("mailto:a@b.c", BASE) is None
    assert web_address("two words", BASE) is None
    assert web_address(None, BASE) is None


def test_host_and_path_of_addresses_urllib_refuses() -> None:
    from copydesk.extract.urls import host_of, path_of

    assert host_of("https://News.Example.com/a") == "news.example.com" and path_of("https://x.com/a/b") == "/a/b"
    assert host_of("http://[::1") == host_of("http://[x]/a") == host_of(None) == ""  # an unclosed or invalid IPv6 host
    assert path_of("http://[::1") == path_of(None) == ""
