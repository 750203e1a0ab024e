"""`copydesk serve`: pages in over HTTP, records out; bad requests answered, never a hung or dead server."""

from __future__ import annotations

import gzip
import http.client
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import quote
from urllib.request import Request, urlopen

import pytest
from click.testing import CliRunner

from copydesk.cli.main import main
from copydesk.serve.server import Server, make_server
from copydesk.serve.workers import Workers, run_task

ROOT = Path(__file__).parents[2]
PAGE = (ROOT / "examples" / "news-page.html").read_bytes()
SEED_TEXT = (ROOT / "tests" / "text_pages" / "seed-global-news" / "input.txt").read_bytes()
HEADLINE = "Council approves new bridge over the river"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from copydesk.extract.pipeline import extract
    from copydesk.model import Document, Source
    from copydesk.writers.sqlite import SqliteWriter

    path = tmp_path_factory.mktemp("store") / "corpus.sqlite"
    writer = SqliteWriter(path)
    writer.write(Document(Source("html", path="page.html"), extract(PAGE)).to_dict())
    writer.close()
    return path


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[Server]:
    running = make_server("127.0.0.1", 0, workers=1, store=store, doc_timeout=10.0, quiet=True)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()


def _call(server: Server, path: str, body: bytes | None = None, method: str | None = None) -> tuple[int, str, bytes]:
    """(status, content type, body) of one request."""
    request = Request(f"http://127.0.0.1:{server.server_address[1]}{path}", data=body, method=method)
    try:
        with urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def _json(answer: tuple[int, str, bytes]) -> tuple[int, Any]:
    status, content_type, body = answer
    assert content_type == "application/json"
    return status, json.loads(body)


def test_a_page_gives_its_article(server: Server) -> None:
    status, record = _json(_call(server, "/extract?url=https://example.com/bridge", PAGE))
    assert status == 200 and record["title"] == HEADLINE and record["url"] == "https://example.com/bridge"
    assert "pedestrian and cycling bridge" in record["text"] and record["drop_reason"] is None
    status, _type, gzipped = _call(server, "/extract", gzip.compress(PAGE))
    assert status == 200 and json.loads(gzipped)["title"] == HEADLINE


def test_renderings_and_scraped_text(server: Server) -> None:
    status, content_type, body = _call(server, "/extract?format=markdown", PAGE)
    assert (status, content_type) == (200, "text/plain; charset=utf-8") and body.decode().startswith(f"# {HEADLINE}\n")
    status, record = _json(_call(server, "/clean", SEED_TEXT))
    assert status == 200 and record["title"].startswith("Stephane Dion at UN") and record["dateline"]["place"] == "OTTAWA"


def test_a_scraped_texts_title_is_a_query_parameter(server: Server) -> None:
    body = "\n\n".join(["Sign In", "Home", "Local", "Sport", HEADLINE,
                          "The town council voted on Monday to approve the new bridge over the river, ending a debate of ten years.",
                          "Work on the bridge will start in the spring and take two years, the council said in a statement."]).encode()  # fmt: skip
    assert _json(_call(server, "/clean", body))[1]["title"] == "Sign In"
    status, record = _json(_call(server, "/clean?title=" + quote(f"{HEADLINE} | Valley News"), body))
    assert status == 200 and record["title"] == HEADLINE


def test_no_article_is_422_with_its_reason(server: Server) -> None:
    status, record = _json(_call(server, "/extract", b"\x00\x01\x02binary" * 100))
    assert status == 422 and record["drop_reason"] == "input:binary"
    assert _json(_call(server, "/extract", b"")) == (422, {**record, "drop_reason": "input:empty"})


def test_bad_requests_get_clear_errors(server: Server) -> None:
    assert _json(_call(server, "/nowhere"))[0] == 404
    assert _json(_call(server, "/extract"))[0] == 405  # a GET
    assert _json(_call(server, "/search", b"x", method="POST"))[0] == 405
    assert _json(_call(server, "/extract?format=pdf", PAGE))[0] == 400
    assert _json(_call(server, "/search?q=bridge&limit=0"))[0] == 400
    assert _json(_call(server, "/search?q=%21%21"))[1]["reason"] == "search:empty_query"
    assert _json(_call(server, "/search?q=bridge&since=yesterday"))[1]["reason"] == "search:bad_date"
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    connection.putrequest("POST", "/extract")
    connection.endheaders()  # no Content-Length
    assert connection.getresponse().status == 411
    connection.close()


def test_a_body_over_the_limit_is_refused_unread(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "max_body", 1000)
    status, answer = _json(_call(server, "/extract", PAGE))
    assert status == 413 and answer["reason"] == "input:too_large"
    assert _json(_call(server, "/health"))[0] == 200  # and the server goes on


def test_search_and_health(server: Server) -> None:
    status, answer = _json(_call(server, "/search?q=bridge+river&limit=5"))
    assert status == 200 and [hit["title"] for hit in answer["hits"]] == [HEADLINE]
    assert _json(_call(server, "/search?q=bridge&language=fr"))[1] == {"hits": []}
    assert len(_json(_call(server, "/search?q=bridge&language=en&page_type=article,forum"))[1]["hits"]) == 1
    assert _json(_call(server, "/health")) == (200, {"status": "ok", "workers": 1, "store": True})


def test_a_page_past_its_time_budget_is_a_timeout() -> None:
    record = run_task("extract", PAGE, None, 1e-6)
    assert record["drop_reason"] == "extract:timeout" and record["text"] == ""


def _die(code: int) -> dict[str, Any]:
    os._exit(code)


def test_a_worker_that_dies_is_replaced() -> None:
    workers = Workers(1)
    try:
        assert workers.run(_die, 3) is None
        record = workers.run(run_task, "extract", PAGE, None, 10.0)
        assert record is not None and record["title"] == HEADLINE
    finally:
        workers.close()


def test_the_command_refuses_unusable_options(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["serve", "--store", str(tmp_path / "missing.sqlite")]).exit_code == 2
    assert runner.invoke(main, ["serve", "--workers", "0"]).exit_code == 2
    assert runner.invoke(main, ["serve", "--port", "70000"]).exit_code == 2


def test_past_its_connections_the_server_answers_busy(server: Server) -> None:
    taken = 0
    try:
        for _attempt in range(5):  # an earlier test's connection may give its slot back meanwhile
            while server.slots.acquire(blocking=False):  # every slot taken, as by that many open connections
                taken += 1
            status, answer = _json(_call(server, "/health"))
            if status == 503:
                break
        assert status == 503 and answer["reason"] == "serve:busy"
    finally:
        for _ in range(taken):
            server.slots.release()
    assert taken >= 1 and _json(_call(server, "/health"))[0] == 200


def test_the_api_is_described(server: Server) -> None:
    status, spec = _json(_call(server, "/openapi.json"))
    assert status == 200 and set(spec["paths"]) == {"/extract", "/clean", "/search", "/health", "/openapi.json"}
    for path, method in (("/extract", "post"), ("/clean", "post")):
        assert {"200", "422", "413"} <= set(spec["paths"][path][method]["responses"])


def test_other_methods_and_malformed_requests_get_json_errors(server: Server) -> None:
    assert _json(_call(server, "/health", method="TRACE"))[0] == 405
    request = Request(f"http://127.0.0.1:{server.server_address[1]}/extract")
    with pytest.raises(HTTPError) as wrong:
        urlopen(request, timeout=30)
    assert wrong.value.code == 405 and wrong.value.headers["Allow"] == "POST"
    assert _json(_call(server, "/extract", b"x", method="PUT"))[0] == 405
    status, _type, body = _call(server, "/health", method="HEAD")
    assert status == 405 and body == b""
    status, answer = _json(_call(server, "/health", method="BREW"))  # no such method at all
    assert status == 405 and answer["error"]
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    connection.putrequest("GET", "/health", skip_host=True)
    connection.putheader("X-Bad", "x" * 70_000)  # a header line past the standard library's bound
    connection.endheaders()
    answer = connection.getresponse()
    assert answer.status == 431 and json.loads(answer.read())["error"]
    connection.close()
