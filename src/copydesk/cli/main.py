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
def extract_command(page: Path, url: str | None, fmt: str) -> None:
    """Extract the article from PAGE (an HTML file, gzip ok; '-' reads stdin)."""
    from copydesk.extract.pipeline import extract

    if str(page) == "-":
        data = sys.stdin.buffer.read()
    else:
        if not page.exists():
            raise click.BadParameter(f"no such file: {page}", param_hint="PAGE")
        data = page.read_bytes()
    article = extract(data, url=url)
    click.echo(render(article, fmt))
    if article.drop_reason and fmt != "json":
        click.echo(f"copydesk: no article ({article.drop_reason})", err=True)
        sys.exit(3)


@main.command("bench")
@click.argument("datasets", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))  # fmt: skip
@click.option("--peers", default="", help="Comma-separated peers: trafilatura,readability,resiliparse.")
@click.option("--limit", type=int, default=None, help="Score only the first N pages of each set.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the tables to this markdown file.")  # fmt: skip
def bench_command(datasets: tuple[Path, ...], peers: str, limit: int | None, out: Path | None) -> None:
    """Score copydesk and peers on Zyte AEB / WCXB folders."""
    from copydesk.bench.report import run_bench

    names = [p.strip() for p in peers.split(",") if p.strip()]
    report = run_bench(list(datasets), names, limit)
    click.echo(report)
    if out:
        out.write_text(report)


if __name__ == "__main__":
    main()
