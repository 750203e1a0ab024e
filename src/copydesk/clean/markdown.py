"""Scraped text that is Markdown: read as the HTML it stands for.

Crawling tools that hand pages to language-model pipelines (Firecrawl, Jina
Reader, crawl4ai and their kin) print a page as Markdown, furniture and all:
"* [Home](/)" menus, "![alt](src)" pictures, "# Headline", "By [Jane
Doe](/author/jane)", "## Related stories" over a list of links.  Cleaned as
plain lines, the link syntax is read as text (the title came out as "[Skip to
content](#main)", no byline was found, every related link stayed).  The
Markdown says what each line is, so it is rendered to HTML by a maintained
parser: the headline is an `<h1>`, menus and related lists are lists of
links, pictures are `<img>`s.  The title and the facts are extracted from that
HTML, the text is cleaned from its blocks as lines (`clean.pipeline`'s
`_markdown_article`, which says why).
The parser is GitHub's cmark (`cmarkgfm`, C; GitHub Flavored Markdown: tables
too): a 25 KB page with 140 links in 0.4 ms, where markdown-it-py took 8.8 ms,
and linear on hostile input (200,000 open brackets in 46 ms against 1.6 s;
2.4 MB of links in 0.4 s against 7 s).  Raw HTML inside the Markdown is left
out (cmark's safe mode): the page's own markup was already rendered away.

A text is read as Markdown only when its own syntax says so, for the page
around the story as well as in it (`looks_like_markdown`): MIN_MARKDOWN_LINKS
links or pictures in Markdown's bracket form (to any address, "index.html"
too), a line that is a link alone, a list item opening on a link ("* [Home](/)")
or a picture, and a heading line ("# …") or MIN_LINK_LINES lines that are links
alone (a page whose headings are bold lines, or come after MARKDOWN_SAMPLE_CHARS
of menus).  A page that prints Markdown source in its story (two WCXB pages:
"# The best CRM software …" and a reference list of "[osha.gov](…)" links,
their text renderings one blob of lines) has the links but no menu in that
form: with links and a heading alone, those two lost 0.4 each in text mode.
The dev pages as html2text and markdownify print them: 91-93% read as Markdown
with a heading required and root or absolute links only, 96-97% now; none of
their html-text renderings.
"""

from __future__ import annotations

import re
from itertools import islice

import cmarkgfm

MIN_MARKDOWN_LINKS = 3  # "[text](url)" or "![alt](src)": a page's menu alone prints more
MIN_LINK_LINES = 5  # lines that are a link alone, where no heading line is: a menu's
MARKDOWN_SAMPLE_CHARS = 20_000  # the syntax is looked for in the text's opening part
_LINK = re.compile(r"!?\[[^\]\n]{0,300}\]\([^)\s]{1,2000}(?:\s+\"[^\"\n]*\")?\)")
_HEADING_LINE = re.compile(r"^#{1,6} \S", re.M)
# A menu's or a related list's line ("* [Home](/)", "[Sport](/sport)"), or a picture's.
_LINK_LINE = re.compile(r"^(?:[*+-] +|\d{1,3}\. +)?!?\[[^\]\n]{0,300}\]\([^)\s]{1,2000}\)|!\[", re.M)
_LINK_ALONE = re.compile(r"^(?:[*+-] +|\d{1,3}\. +)?!?\[[^\]\n]{0,300}\]\([^)\s]{1,2000}\)[ \t]*$", re.M)


def looks_like_markdown(text: str) -> bool:
    """Whether `text` is Markdown (see the module's docstring), judged on its first
    MARKDOWN_SAMPLE_CHARS characters."""
    sample = text[:MARKDOWN_SAMPLE_CHARS]
    if "](" not in sample:
        return False
    links = sum(1 for _match in islice(_LINK.finditer(sample), MIN_MARKDOWN_LINKS))
    if links < MIN_MARKDOWN_LINKS or _LINK_LINE.search(sample) is None:
        return False
    return _HEADING_LINE.search(sample) is not None or sum(1 for _match in islice(_LINK_ALONE.finditer(sample), MIN_LINK_LINES)) >= MIN_LINK_LINES


# A reader service's envelope over the Markdown (Jina Reader's: "Title: …", "URL Source: …",
# "Published Time: …", then "Markdown Content:" and the page): its fields are the page's facts,
# read off, and the Markdown after it is the page.
_ENVELOPE_END = "\nMarkdown Content:"
MAX_ENVELOPE_CHARS = 4_000  # the fields before the content: a title, a URL, a time or two
_ENVELOPE_FIELD = re.compile(r"^(Title|URL Source|Published Time): ?(.*)$", re.M)


def split_envelope(text: str) -> tuple[dict[str, str], str]:
    """A reader service's envelope fields ("Title", "URL Source", "Published Time") and the
    Markdown after it; ({}, `text`) when `text` has no such envelope."""
    if not text.startswith("Title:") or (end := text.find(_ENVELOPE_END, 0, MAX_ENVELOPE_CHARS)) < 0:
        return {}, text
    fields = {name: value.strip() for name, value in _ENVELOPE_FIELD.findall(text[:end]) if value.strip()}
    return fields, text[end + len(_ENVELOPE_END) :].lstrip(" ")


def markdown_html(text: str) -> str:
    """`text` rendered as an HTML page."""
    html: str = cmarkgfm.github_flavored_markdown_to_html(text)
    return f"<html><body>{html}</body></html>"
