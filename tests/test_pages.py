"""The test-pages corpus: tests/pages/<slug>/input.html + expected.json.

expected.json keys: `why` (the page's reason to be here), `title`,
`text_starts_with`, `text_contains`, `text_excludes`, `text_counts` (string: times),
`block_kinds_include`,
`url` (passed to extract) and `fields` (Article fields compared as JSON).
Every fixed extraction bug adds a page here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import copydesk

PAGES = sorted(p for p in (Path(__file__).parent / "pages").iterdir() if (p / "expected.json").is_file())


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page(page: Path) -> None:
    expected = json.loads((page / "expected.json").read_text())
    article = copydesk.extract((page / "input.html").read_bytes(), url=expected.get("url"))
    problems = []
    if "title" in expected and article.title != expected["title"]:
        problems.append(f"title: {article.title!r} != {expected['title']!r}")
    if "text_starts_with" in expected and not article.text.startswith(expected["text_starts_with"]):
        problems.append(f"text starts {article.text[:80]!r}, expected {expected['text_starts_with']!r}")
    problems += [f"missing: {s!r}" for s in expected.get("text_contains", []) if s not in article.text]
    problems += [f"should be gone: {s!r}" for s in expected.get("text_excludes", []) if s in article.text]
    problems += [f"{s!r} appears {article.text.count(s)} times, expected {n}"
                 for s, n in expected.get("text_counts", {}).items() if article.text.count(s) != n]  # fmt: skip
    kinds = {b.kind.value for b in article.blocks}
    problems += [f"no {k} block" for k in expected.get("block_kinds_include", []) if k not in kinds]
    actual = article.to_dict()
    problems += [f"{k}: {actual.get(k)!r} != {v!r}" for k, v in expected.get("fields", {}).items() if actual.get(k) != v]
    assert not problems, "\n".join(problems) + "\n--- text ---\n" + article.text
