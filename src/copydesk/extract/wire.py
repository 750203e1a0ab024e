"""Which wire agency, if any, the copy came from.

Looked for, in order: the dateline's agency, the byline, the first and last
paragraphs ("(AP) —", "— Reuters"), then photo credits (an agency credit on
the lead photo usually comes with agency copy, but less surely).
"""

from __future__ import annotations

import re

from copydesk.model import Article

EDGE_CHARS = 300  # the agency is named at a paragraph's start or end, not in its middle
AGENCIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("The Associated Press", r"\bassociated press\b|\(ap\)"),
        ("Reuters", r"\breuters\b"),
        ("AFP", r"\bagence france[- ]presse\b|\(afp\)|\bafp\b"),
        ("The Canadian Press", r"\bcanadian press\b|\(cp\)"),
        ("PA Media", r"\bpa media\b|\bpress association\b"),
        ("dpa", r"\bdpa\b|\bdeutsche presse-agentur\b"),
        ("UPI", r"\bunited press international\b|\(upi\)"),
        ("ANSA", r"\bansa\b"),
        ("EFE", r"\(efe\)|\bagencia efe\b"),
        ("Xinhua", r"\bxinhua\b"),
        ("Bloomberg", r"\bbloomberg news\b"),
    )
)


def _agency_in(text: str) -> str | None:
    for name, pattern in AGENCIES:
        if pattern.search(text):
            return name
    return None


def wire_agency(article: Article) -> str | None:
    paragraphs = [b.text for b in article.blocks[:1]] + [b.text for b in article.blocks[-1:]]
    edges = " ".join(p[:EDGE_CHARS] + " " + p[-EDGE_CHARS:] for p in paragraphs)
    sources = [
        article.dateline.agency if article.dateline and article.dateline.agency else "",
        " ".join(article.authors),
        edges,
        " ".join(c.credit or "" for c in article.captions),
    ]
    for text in sources:
        if text and (agency := _agency_in(text)):
            return agency
    return None
