"""Read schema.org JSON-LD objects from a page, defensively.

Pages embed JSON-LD as lists, `@graph` containers or single objects, often
malformed or huge.  `parse_jsonld` returns a flat list of dict objects and
never raises.
"""

from __future__ import annotations

import json
import re
from typing import Any

from copydesk.model import without_lone_surrogates

MAX_JSONLD_CHARS = 2_000_000  # a script larger than this is skipped, not parsed
MAX_JSONLD_OBJECTS = 200  # flattening stops here
# A UTF-16 surrogate escaped in JSON ("\\ud83d"): a script holding one alone (half an emoji, cut
# by a CMS) parses to a str no UTF-8 encoder takes; its strings then get U+FFFD for it.
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# schema.org's types for a story: Article and NewsArticle with NewsArticle's subtypes, blog posts
# and live blogs (lower-cased, as `types_of` gives them).  Read by the page type's model and by
# the metadata readers' choice of the page's own object.
STORY_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "satiricalarticle",
    "blogposting", "liveblogposting",
})  # fmt: skip


def _flatten(value: Any, out: list[dict[str, Any]]) -> None:
    stack = [value]
    while stack and len(out) < MAX_JSONLD_OBJECTS:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, (list, dict)):
                stack.append(graph)


def parse_jsonld(scripts: list[str]) -> list[dict[str, Any]]:
    """The JSON-LD objects (`@graph`s flattened) of a page's ld+json scripts' texts; a script
    that is not JSON or longer than `MAX_JSONLD_CHARS` is passed over."""
    objects: list[dict[str, Any]] = []
    for raw in scripts:
        if not raw or len(raw) > MAX_JSONLD_CHARS:
            continue
        try:
            value = json.loads(raw, strict=False)
            if SURROGATE_ESCAPE.search(raw):
                value = without_lone_surrogates(value)
        except (ValueError, RecursionError):
            continue
        _flatten(value, objects)
    return objects


def types_of(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind.lower()}
    if isinstance(kind, list):
        return {k.lower() for k in kind if isinstance(k, str)}
    return set()


def article_body(objects: list[dict[str, Any]]) -> str:
    """The longest `articleBody` / `text` string among the objects, or ''."""
    best = ""
    for obj in objects:
        for key in ("articleBody", "text", "reviewBody"):
            value = obj.get(key)
            if isinstance(value, str) and len(value) > len(best):
                best = value
    return best
