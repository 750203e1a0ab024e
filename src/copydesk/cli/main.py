"""The `copydesk` command: `extract` a page or a crawl, `dedup` rows already written, `serve` over HTTP,
`search` a store, `bench` a dev set."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from copydesk.cli.render import render
from copydesk.config import FilterConfig, RunConfig, comma_list


@click.group()
@click.version_option(package_name="copydesk")
def main() -> None:
    """Clean, structured articles from raw news pages."""


@main.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), default=None,
              help="Crawl mode: write every record here. Suffix .jsonl[.gz|.zst], .parquet or .sqlite; "
                   "a folder gets one file per shard.")  # fmt: skip
@click.option("--url", default=None, help="Single page: the page's URL (used for metadata and links).")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True,
              help="Single page: how to print the article.")  # fmt: skip
@click.option("--input-format", type=click.Choice(["auto", "html", "text"]), default="auto", show_default=True,
              help="Single page: auto means HTML when markup shows in the first 8 KB, else scraped text.")  # fmt: skip
@click.option("--title", default=None, help="Single page of scraped text: the page's title, where the text lacks it.")
@click.option("--output-format", type=click.Choice(["jsonl", "jsonl.gz", "jsonl.zst", "parquet", "sqlite"]),
              default="jsonl", show_default=True, help="Crawl mode, folder OUT: the format of each shard file.")  # fmt: skip
@click.option("--workers", type=int, default=None, help="Crawl mode: worker processes (default: all cores).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--ray-address", default=None, help="Ray engine: the cluster to join (default: start Ray locally).")
@click.option("--page-type", "page_types", default="", help="Keep only these page types, e.g. article,forum.")
@click.option("--language", "languages", default="", help="Keep only these languages (ISO 639-1), e.g. en,fr.")
@click.option("--min-words", type=int, default=0, help="Keep only articles with at least N words.")
@click.option("--dedup", type=click.Choice(["none", "exact", "near"]), default="none", show_default=True,
              help="exact: later copies of an article text become 'dedup:exact' drop rows; near: also copies "
                   "other outlets edited a little (syndicated wire stories), as 'dedup:near'.")  # fmt: skip
@click.option("--doc-timeout", type=float, default=10.0, show_default=True, help="Seconds allowed per document.")
@click.option("--files-per-shard", type=int, default=1000, show_default=True,
              help="Single-page files grouped into one output shard.")  # fmt: skip
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
def extract_command(inputs: tuple[str, ...], out: Path | None, url: str | None, fmt: str, input_format: str, title: str | None,
                    output_format: str, workers: int | None, engine: str, ray_address: str | None,
                    page_types: str, languages: str, min_words: int, dedup: str, doc_timeout: float,
                    files_per_shard: int, progress: bool | None) -> None:  # fmt: skip
    """Extract articles from INPUTS.

    One page (HTML or scraped text, gzip ok, '-' for stdin) prints its article.
    With -o OUT, INPUTS may be any mix of WARC files, folders and globs of
    HTML, JSONL dumps (an 'html' or 'text' field plus 'url', and a text's
    'title' where it has one) and text files;
    every record becomes one row of OUT, an article or an error with its
    reason.  Re-running a killed run with the same command resumes it.
    """
    if out is None:
        if len(inputs) != 1 or (inputs[0] != "-" and Path(inputs[0]).is_dir()):
            raise click.UsageError("several inputs, or a folder, need -o OUT (crawl mode)")
        _refuse_a_crawl_file(inputs[0])
        _extract_page(inputs[0], url, fmt, input_format, title)
        return
    _extract_crawl(list(inputs), out, RunSettings(
        output_format, workers, engine, ray_address, page_types, languages, min_words, dedup, doc_timeout,
        files_per_shard, sys.stderr.isatty() if progress is None else progress,
    ))  # fmt: skip


@dataclass(frozen=True, slots=True)
class RunSettings:
    """The crawl-mode options as given, before they become a `RunConfig`."""

    output_format: str
    workers: int | None
    engine: str
    ray_address: str | None
    page_types: str
    languages: str
    min_words: int
    dedup: str
    doc_timeout: float
    files_per_shard: int
    progress: bool


def _run_config(s: RunSettings) -> RunConfig:
    from copydesk.model import PageType

    page_types = comma_list(s.page_types)
    unknown = [p for p in page_types if p not in {t.value for t in PageType}]
    if unknown:
        raise click.BadParameter(f"unknown page type(s): {', '.join(unknown)}", param_hint="--page-type")
    if (s.workers is not None and s.workers < 1) or s.files_per_shard < 1 or s.doc_timeout <= 0:
        raise click.UsageError("--workers, --files-per-shard and --doc-timeout must be positive")
    return RunConfig(
        workers=s.workers or os.cpu_count() or 1,
        engine=s.engine,  # type: ignore[arg-type]
        ray_address=s.ray_address,
        output_format=s.output_format,  # type: ignore[arg-type]
        dedup=s.dedup,  # type: ignore[arg-type]
        filters=FilterConfig(page_types, comma_list(s.languages), s.min_words),
        doc_timeout_s=s.doc_timeout,
        files_per_shard=s.files_per_shard,
        show_progress=s.progress,
    )


def _extract_crawl(inputs: list[str], out: Path, settings: RunSettings) -> None:
    from copydesk.errors import InputError
    from copydesk.run.job import run_job

    config = _run_config(settings)
    try:
        summary = run_job(inputs, out, config)
    except (InputError, ImportError) as exc:  # unusable input, or an option whose extra is not installed
        click.echo(f"copydesk: {exc}", err=True)
        sys.exit(2)
    click.echo(summary.render(), err=True)


def _refuse_a_crawl_file(page: str) -> None:
    """A WARC, ARC or JSONL file holds many records: read as one page it would print the first
    record's text, or nonsense, without a word.  Say so and point to crawl mode."""
    from copydesk.readers.inputs import CONTAINER_KINDS, expand_inputs

    if page == "-" or not Path(page).is_file():
        return
    (file,) = expand_inputs([page])
    if file.kind in CONTAINER_KINDS:
        raise click.UsageError(f"{page} is a {file.kind.upper()} file of many records: give -o OUT (crawl mode), e.g. -o out.jsonl")


def _extract_page(page: str, url: str | None, fmt: str, input_format: str, title: str | None = None) -> None:
    from copydesk.clean.pipeline import clean
    from copydesk.errors import InputError
    from copydesk.extract.decode import gunzip_if_needed
    from copydesk.extract.pipeline import extract
    from copydesk.readers.sniff import looks_like_html

    if page == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(page)
        if not path.is_file():
            raise click.BadParameter(f"no such file: {page}", param_hint="INPUTS")
        data = path.read_bytes()
    try:
        data = gunzip_if_needed(data)
    except InputError as exc:
        click.echo(f"copydesk: no article ({exc.reason})", err=True)
        sys.exit(3)
    as_html = input_format == "html" or (input_format == "auto" and looks_like_html(data))
    article = extract(data, url=url) if as_html else clean(data, url=url, page_type=True, title=title)
    click.echo(render(article, fmt))
    if article.drop_reason:  # JSON prints the record with its reason; every format exits 3
        click.echo(f"copydesk: no article ({article.drop_reason})", err=True)
        sys.exit(3)


@main.command("dedup")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path),
              help="Write every row here; suffix .jsonl[.gz|.zst], .parquet or .sqlite.")  # fmt: skip
@click.option("--dedup", "mode", type=click.Choice(["exact", "near"]), default="near", show_default=True,
              help="exact: the same article text; near: also copies other outlets edited a little.")  # fmt: skip
@click.option("--workers", type=int, default=None, help="Processes reading the articles' keys (default: all cores).")
def dedup_command(inputs: tuple[Path, ...], out: Path, mode: str, workers: int | None) -> None:
    """Mark copies across rows already written by 'copydesk extract -o' (JSON lines,
    Parquet or SQLite files, or folders of them), e.g. several runs' outputs.

    Files are read in the order given: a later copy of a story becomes a 'dedup:exact' or
    'dedup:near' drop row naming the earliest kept copy, whose 'copies' counts them; every
    other row is written as it was.  List the older runs first.
    """
    from copydesk.dedup.rows import dedup_rows
    from copydesk.readers.rows import row_files
    from copydesk.writers import format_of

    missing = [str(path) for path in inputs if not path.exists()]
    if missing:
        raise click.BadParameter(f"no such file or folder: {', '.join(missing)}", param_hint="INPUTS")
    if format_of(out) is None:
        raise click.BadParameter("OUT must end in .jsonl, .jsonl.gz, .jsonl.zst, .parquet or .sqlite", param_hint="-o")
    files = row_files(list(inputs))
    if not files:
        raise click.BadParameter("the inputs hold no row files (.jsonl[.gz|.zst], .parquet, .sqlite)", param_hint="INPUTS")
    if (workers is not None and workers < 1) or out.resolve() in {path.resolve() for path in files}:
        raise click.UsageError("--workers must be positive, and OUT must not be one of the inputs")
    try:
        counts = dedup_rows(list(inputs), out, mode, workers or os.cpu_count() or 1)  # type: ignore[arg-type]
    except ImportError as exc:  # near dedup, or a .zst input or OUT, without the crawl extra
        click.echo(f"copydesk: {exc}", err=True)
        sys.exit(2)
    click.echo(f"rows: {sum(counts.values())}", err=True)
    for key, n in sorted(counts.items()):
        click.echo(f"  {n:8d}  {key}", err=True)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=int, default=8080, show_default=True)
@click.option("--workers", type=int, default=None, help="Worker processes for extraction (default: all cores).")
@click.option("--store", type=click.Path(path_type=Path), default=None,
              help="A SQLite store (copydesk extract -o X.sqlite), or a folder of them, to answer GET /search from.")  # fmt: skip
@click.option("--doc-timeout", type=float, default=10.0, show_default=True, help="Seconds allowed per page.")
def serve_command(host: str, port: int, workers: int | None, store: Path | None, doc_timeout: float) -> None:
    """Serve extraction over HTTP: POST a page to /extract (or scraped text to /clean),
    get its article as JSON (?format=markdown|text for the CLI's renderings);
    GET /search?q=... searches --store; GET /health.  No authentication: it
    listens on 127.0.0.1 unless told otherwise."""
    from copydesk.serve.server import make_server

    if (workers is not None and workers < 1) or doc_timeout <= 0 or not 0 <= port <= 65535:
        raise click.UsageError("--workers and --doc-timeout must be positive, --port 0-65535")
    if store is not None and not store.exists():
        raise click.BadParameter(f"no such store: {store}", param_hint="--store")
    try:
        server = make_server(host, port, workers or os.cpu_count() or 1, store, doc_timeout)
    except OSError as exc:  # the port is taken, or the address is not this machine's
        click.echo(f"copydesk: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    click.echo(f"copydesk serving on http://{host}:{server.server_address[1]} (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command("search")
@click.argument("store", type=click.Path(path_type=Path))
@click.argument("query")
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--raw", is_flag=True, help="Pass QUERY to FTS5 as is (phrases, OR, NEAR, prefix*).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@click.option("--since", default=None, help="Only stories published on or after this day (YYYY-MM-DD).")
@click.option("--until", default=None, help="Only stories published on or before this day (YYYY-MM-DD).")
@click.option("--language", "languages", default="", help="Only these languages (ISO 639-1), e.g. en,fr.")
@click.option("--page-type", "page_types", default="", help="Only these page types, e.g. article.")
def search_command(store: Path, query: str, limit: int, raw: bool, as_json: bool, since: str | None, until: str | None,
                   languages: str, page_types: str) -> None:  # fmt: skip
    """Ranked hits for QUERY in a STORE written by 'copydesk extract -o STORE.sqlite', or in a
    folder of them ('-o OUT/ --output-format sqlite': a store a shard)."""
    import json
    from dataclasses import asdict

    from copydesk.errors import InputError
    from copydesk.search.sqlite import Filters, search

    try:
        hits = search(store, query, limit, raw, Filters(since, until, comma_list(languages), comma_list(page_types)))
    except InputError as exc:
        click.echo(f"copydesk: {exc}", err=True)
        sys.exit(2)
    for rank, hit in enumerate(hits, 1):
        if as_json:
            click.echo(json.dumps(asdict(hit), ensure_ascii=False))
            continue
        click.echo(f"{rank}. {hit.title or '(untitled)'}")
        ran_also = f"  ·  {hit.copies} {'copy' if hit.copies == 1 else 'copies'} elsewhere" if hit.copies else ""
        click.echo(f"   {hit.url or hit.doc_id}" + (f"  ·  {hit.published}" if hit.published else "") + ran_also)
        click.echo(f"   {' '.join(hit.snippet.split())}")  # the story's paragraph breaks, on one line
    if not hits:
        click.echo("no hits", err=True)


@main.command("bench")
@click.argument("datasets", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))  # fmt: skip
@click.option("--peers", default="", help="Comma-separated peers: trafilatura,readability,resiliparse.")
@click.option("--mode", type=click.Choice(["html", "text"]), default="html", show_default=True,
              help="html: extract from pages; text: clean html-text renderings of them.")  # fmt: skip
@click.option("--limit", type=int, default=None, help="Score only the first N pages of each set.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the tables to this markdown file.")  # fmt: skip
def bench_command(datasets: tuple[Path, ...], peers: str, mode: str, limit: int | None, out: Path | None) -> None:
    """Score copydesk and peers on Zyte AEB / WCXB folders."""
    from copydesk.bench.datasets import dataset_kind
    from copydesk.bench.report import run_bench, run_text_bench

    for folder in datasets:
        try:
            dataset_kind(folder)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="DATASETS") from exc
    names = [p.strip() for p in peers.split(",") if p.strip()]
    if mode == "text":
        report = run_text_bench(list(datasets), limit)
    else:
        report = run_bench(list(datasets), names, limit)
    click.echo(report)
    if out:
        out.write_text(report)


if __name__ == "__main__":
    main()
