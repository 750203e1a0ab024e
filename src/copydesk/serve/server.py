"""`copydesk serve`: the library over HTTP, for a newsroom's or a monitoring team's own services.

    POST /extract?url=U[&format=json|markdown|text]   body: the page's bytes (gzip ok)
    POST /clean?url=U[&title=T][&format=...]           body: scraped text (T: the page's title, where it lacks it)
    GET  /search?q=WORDS[&limit=N][&raw=1][&since=DAY][&until=DAY][&language=en,fr][&page_type=article]
                                                       with --store: the SQLite store's hits
    GET  /health
    GET  /openapi.json                                  this API, described

An article answers 200 (JSON: `Article.to_dict`, or the CLI's Markdown or text); a page that
yields none answers 422 with the record and its `drop_reason` (``input:empty``,
``extract:timeout``, ...).  Errors are JSON too: 400 a bad parameter, 404 an unknown path (or
search without a store), 405 a wrong method, 411 no Content-Length, 413 a body over
`ExtractConfig.max_input_bytes`, 500 a worker that died on the page (``extract:worker_crashed``;
a fresh pool takes the next requests), 503 more open connections than `CONNECTIONS_PER_WORKER`
a worker (``serve:busy``).

Requests are served by the standard library's threading HTTP server; the work runs in a pool
of worker processes (`workers.py`), each document under the crawl engine's time budget
(`run.budget`), so a slow page holds one worker, not the server.  It binds to
127.0.0.1 by default and implements no authentication or TLS: put it behind a proxy to expose it.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import asdict
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import orjson

from copydesk.config import ExtractConfig, comma_list
from copydesk.errors import InputError
from copydesk.model import Article, without_lone_surrogates
from copydesk.serve.workers import Workers, run_task

OPENAPI = Path(__file__).with_name("openapi.json")  # the API described for clients (GET /openapi.json)
FORMATS = ("json", "markdown", "text")
MAX_SEARCH_LIMIT = 100
ALLOWED_METHODS = "GET, POST"
PATH_METHODS = {"/extract": "POST", "/clean": "POST", "/search": "GET", "/health": "GET", "/openapi.json": "GET"}
SOCKET_TIMEOUT_S = 30.0  # a client that stops sending its body releases its thread after this


# Open connections a worker: each holds a thread (and up to a body) while it waits its turn; past
# this many the server answers 503 at once instead of taking more threads and memory.
CONNECTIONS_PER_WORKER = 16
_BUSY_BODY = orjson.dumps({"error": "too many connections: try again", "reason": "serve:busy"})
BUSY_ANSWER = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
               b"Connection: close\r\nContent-Length: " + str(len(_BUSY_BODY)).encode() + b"\r\n\r\n" + _BUSY_BODY)  # fmt: skip


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], workers: Workers, store: Path | None, doc_timeout: float,
                 quiet: bool = False) -> None:  # fmt: skip
        super().__init__(address, Handler)
        self.pool, self.store, self.doc_timeout, self.quiet = workers, store, doc_timeout, quiet
        self.max_body = ExtractConfig().max_input_bytes
        self.slots = threading.BoundedSemaphore(CONNECTIONS_PER_WORKER * workers.workers)

    def process_request(self, request: Any, client_address: Any) -> None:
        """A thread for the connection while there are slots; else a 503 answer, and it is closed."""
        if not self.slots.acquire(blocking=False):
            with contextlib.suppress(OSError):  # the client has gone already
                request.sendall(BUSY_ANSWER)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class Handler(BaseHTTPRequestHandler):
    server: Server
    timeout = SOCKET_TIMEOUT_S
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm the body then waits for the
    # client's delayed acknowledgement of the headers: ~40 ms a request on Linux.
    disable_nagle_algorithm = True
    _allow = ALLOWED_METHODS  # the methods a 405 answer names (`_wrong_method`)

    def do_GET(self) -> None:
        path, query = self._target()
        if path == "/openapi.json":
            self._send(HTTPStatus.OK, OPENAPI.read_bytes(), "application/json")
        elif path == "/health":
            self._json(HTTPStatus.OK, {"status": "ok", "workers": self.server.pool.workers, "store": bool(self.server.store)})
        elif path == "/search":
            self._search(query)
        elif path in ("/extract", "/clean"):
            self._wrong_method(path)
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no such path: {path}")

    def do_POST(self) -> None:
        path, query = self._target()
        self.close_connection = True  # until the body is read: an unread body would be taken for the next request
        if path not in ("/extract", "/clean"):
            if path in PATH_METHODS:
                self._wrong_method(path)
            else:
                self._error(HTTPStatus.NOT_FOUND, f"no such path: {path}")
            return
        fmt = query.get("format", "json")
        if fmt not in FORMATS:
            self._error(HTTPStatus.BAD_REQUEST, f"format must be one of {', '.join(FORMATS)}")
            return
        data = self._body()
        if data is None:
            return
        self.close_connection = False
        title = query.get("title") or None if path == "/clean" else None
        record = self.server.pool.run(run_task, path[1:], data, query.get("url") or None, self.server.doc_timeout, title)
        if record is None:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, "a worker died on this page", reason="extract:worker_crashed")
            return
        status = HTTPStatus.UNPROCESSABLE_ENTITY if record.get("drop_reason") else HTTPStatus.OK
        if fmt == "json" or status != HTTPStatus.OK:
            self._json(status, record)
            return
        from copydesk.cli.render import render

        self._send(status, render(Article.from_dict(record), fmt).encode(), "text/plain; charset=utf-8")

    def _not_allowed(self) -> None:
        """Any other method on any path: 405 with the methods the API takes (a HEAD answer has no body)."""
        self.close_connection = True  # a body it may have sent is left unread
        path, _query = self._target()
        if self.command == "HEAD":
            self.send_response(HTTPStatus.METHOD_NOT_ALLOWED)
            self.send_header("Allow", PATH_METHODS.get(path, ALLOWED_METHODS))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._wrong_method(path)

    do_HEAD = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _not_allowed

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's own errors (a malformed request line, an unknown method, headers
        too long) as JSON, like every other answer, rather than its HTML page."""
        self.close_connection = True
        try:
            status = HTTPStatus(code)
        except ValueError:
            status = HTTPStatus.BAD_REQUEST
        if self.command == "HEAD" or not hasattr(self, "request_version"):
            super().send_error(code, message, explain)
            return
        if status == HTTPStatus.NOT_IMPLEMENTED and self.command:  # a method it has no handler for ("QUERY")
            self._wrong_method(self._target()[0])
            return
        self._error(status, message or status.phrase)

    def _target(self) -> tuple[str, dict[str, str]]:
        parts = urlsplit(self.path)
        return parts.path.rstrip("/") or "/", {key: values[-1] for key, values in parse_qs(parts.query).items()}

    def _body(self) -> bytes | None:
        """The request's body, or None once an error has been answered (no or a bad length, too large)."""
        length = self.headers.get("Content-Length")
        if length is None:
            self._error(HTTPStatus.LENGTH_REQUIRED, "send the page with a Content-Length")
            return None
        try:
            size = int(length)
        except ValueError:
            size = -1
        if size < 0:
            self._error(HTTPStatus.BAD_REQUEST, "Content-Length is not a size")
            return None
        if size > self.server.max_body:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the body is over {self.server.max_body} bytes", reason="input:too_large")
            return None
        return self.rfile.read(size)

    def _search(self, query: dict[str, str]) -> None:
        from copydesk.search.sqlite import Filters, search

        if self.server.store is None:
            self._error(HTTPStatus.NOT_FOUND, "no store: start the server with --store PATH")
            return
        try:
            limit = int(query.get("limit", "10"))
        except ValueError:
            limit = 0
        if not 1 <= limit <= MAX_SEARCH_LIMIT:
            self._error(HTTPStatus.BAD_REQUEST, f"limit must be 1 to {MAX_SEARCH_LIMIT}")
            return
        try:
            filters = Filters(query.get("since") or None, query.get("until") or None, comma_list(query.get("language", "")),
                              comma_list(query.get("page_type", "")))  # fmt: skip
            hits = search(self.server.store, query.get("q", ""), limit, raw=query.get("raw") in ("1", "true"), filters=filters)
        except InputError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc), reason=exc.reason)
            return
        self._json(HTTPStatus.OK, {"hits": [asdict(hit) for hit in hits]})

    def _error(self, status: HTTPStatus, message: str, reason: str | None = None) -> None:
        self._json(status, {"error": message, **({"reason": reason} if reason else {})})

    def _wrong_method(self, path: str) -> None:
        """405 for a path that takes another method, naming it (`Allow`, as HTTP asks)."""
        allowed = PATH_METHODS.get(path, ALLOWED_METHODS)
        self._allow = allowed
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} {path}: it takes {allowed}")

    def _json(self, status: HTTPStatus, payload: Any) -> None:
        try:
            body = orjson.dumps(payload)
        except orjson.JSONEncodeError:  # a lone surrogate from a page's JSON: U+FFFD, as in a crawl's rows
            body = orjson.dumps(without_lone_surrogates(payload))
        self._send(status, body, "application/json")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        if status == HTTPStatus.METHOD_NOT_ALLOWED:
            self.send_header("Allow", self._allow)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)


def make_server(host: str, port: int, workers: int, store: Path | None = None, doc_timeout: float = 10.0,
                quiet: bool = False) -> Server:  # fmt: skip
    """A server bound to (`host`, `port`; 0 picks a free port), its worker pool started."""
    return Server((host, port), Workers(workers), store, doc_timeout, quiet)
