"""`copydesk serve`'s throughput against `extract()` in a loop, on the dev pages.

Starts a server on a free port with `--workers` processes, posts every page of the
given sets from `--clients` threads (keep-alive connections), and prints pages a second
and the median time a request takes, beside one process calling `extract()` on the same
pages: the HTTP and the worker hand-off's share.

    python benchmarks/serve_throughput.py ../shared/data/zyte-aeb ../shared/data/wcxb-dev --workers 2 --clients 4
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import threading
import time
from pathlib import Path

from copydesk.bench.datasets import read_dataset
from copydesk.extract.pipeline import extract
from copydesk.serve.server import make_server


def _post_all(port: int, pages: list[bytes], took: list[float]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for page in pages:
        start = time.perf_counter()
        connection.request("POST", "/extract", body=page, headers={"Content-Length": str(len(page))})
        response = connection.getresponse()
        response.read()
        took.append(time.perf_counter() - start)
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    pages = [sample.html for folder in args.datasets for sample in read_dataset(folder)]
    start = time.perf_counter()
    for page in pages:
        extract(page)
    loop = time.perf_counter() - start
    server = make_server("127.0.0.1", 0, args.workers, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    _post_all(port, pages[: args.workers * 4], [])  # the workers start and load their models
    took: list[float] = []
    clients = [threading.Thread(target=_post_all, args=(port, pages[k :: args.clients], took)) for k in range(args.clients)]
    start = time.perf_counter()
    for client in clients:
        client.start()
    for client in clients:
        client.join()
    served = time.perf_counter() - start
    server.shutdown()
    server.server_close()
    print(f"{len(pages)} pages; extract() loop, one process: {len(pages) / loop:.0f} pages/s")
    print(f"serve, {args.workers} workers, {args.clients} clients: {len(pages) / served:.0f} pages/s, "
          f"median request {statistics.median(took) * 1000:.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
