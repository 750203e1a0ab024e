"""The `copydesk` command: `extract` one page, `bench` a dev set."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from copydesk.cli.render import render


@click.group()
@click.version_option(package_name="copydesk")
def main() -> None:
    """Clean, structured articles from raw news pages."""


@main.command("extract")
@click.argument("page", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option("--url", default=None, help="The page's URL (used for metadata and links).")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.option("--input-format", type=click.Choice(["auto", "html", "text"]), default="auto", show_default=True,
              help="auto: HTML when markup shows in the first 8 KB, else scraped text.")  # fmt: skip
def extract_command(page: Path, url: str | None, fmt: str, input_format: str) -> None:
    """Extract the article from PAGE (HTML or scraped text, gzip ok; '-' reads stdin)."""
    from copydesk.clean.pipeline import clean
    from copydesk.errors import InputError
    from copydesk.extract.decode import gunzip_if_needed
    from copydesk.extract.pipeline import extract
    from copydesk.readers.sniff import looks_like_html

    if str(page) == "-":
        data = sys.stdin.buffer.read()
    else:
        if not page.exists():
            raise click.BadParameter(f"no such file: {page}", param_hint="PAGE")
        data = page.read_bytes()
    try:
        data = gunzip_if_needed(data)
    except InputError as exc:
        click.echo(f"copydesk: no article ({exc.reason})", err=True)
        sys.exit(3)
    as_html = input_format == "html" or (input_format == "auto" and looks_like_html(data))
    article = extract(data, url=url) if as_html else clean(data, url=url)
    click.echo(render(article, fmt))
    if article.drop_reason and fmt != "json":
        click.echo(f"copydesk: no article ({article.drop_reason})", err=True)
        sys.exit(3)


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
    from copydesk.bench.report import run_bench, run_text_bench

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
