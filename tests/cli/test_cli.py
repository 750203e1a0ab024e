from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from copydesk.cli.main import main
from tests.crawl_fixtures import news_records, write_warc

PAGE = Path(__file__).parents[1] / "pages" / "news-with-furniture" / "input.html"


def test_extract_text() -> None:
    result = CliRunner().invoke(main, ["extract", str(PAGE)])
    assert result.exit_code == 0
    assert result.output.startswith("The city council voted")


def test_extract_json_from_stdin_gzip() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--format", "json", "--url", "https://x.test/a"],
                                input=gzip.compress(PAGE.read_bytes()))
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["title"] == "Council approves new bridge over the river"
    assert data["url"] == "https://x.test/a"


def test_extract_markdown_has_title_header() -> None:
    result = CliRunner().invoke(main, ["extract", str(PAGE), "--format", "markdown"])
    assert result.output.startswith("# Council approves new bridge over the river\n")
    assert "\n## Construction to start next spring\n" in result.output


def test_missing_file_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["extract", "/no/such/page.html"])
    assert result.exit_code == 2
    assert "no such file" in result.output


@pytest.mark.parametrize("name", ["crawl.warc.gz", "CC-MAIN-1.warc.wet.gz", "dump.jsonl", "unnamed"])
def test_a_crawl_file_without_out_is_a_usage_error(tmp_path: Path, name: str) -> None:
    # read as one page, a WARC printed its first record's story as if it were the whole input
    path = tmp_path / name
    if name == "dump.jsonl":
        path.write_text(json.dumps({"url": "https://example.com/a", "html": "<p>One</p>"}) + "\n")
    else:
        write_warc(path, news_records(2), gzip_members=name != "unnamed")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2 and "-o OUT" in result.output


def test_unusable_page_exits_3_with_reason() -> None:
    result = CliRunner().invoke(main, ["extract", "-"], input=b"\x00\x01" * 500)
    assert result.exit_code == 3
    assert "input:binary" in result.output


def test_bad_format_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["extract", str(PAGE), "--format", "pdf"])
    assert result.exit_code == 2


SEED = Path(__file__).parents[1] / "text_pages" / "seed-global-news" / "input.txt"


def test_text_input_is_detected_and_cleaned() -> None:
    result = CliRunner().invoke(main, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["dateline"]["place"] == "OTTAWA"
    assert "Advertisement" not in data["text"]


def test_a_texts_title_is_given_on_the_command_line(tmp_path: Path) -> None:
    """The body scraped without its page's title: --title names the page, and the headline
    printed over the story is found by it."""
    headline = "Council votes to replace the old river bridge"
    story = ["The town council voted on Monday to replace the old river bridge, closing a debate that has run for a decade.",
             "The new bridge will carry two lanes of traffic and a cycle path, and work is due to start in the spring."]  # fmt: skip
    text = tmp_path / "body.txt"
    text.write_text("\n\n".join(["Sign In", "Home", "Local", "Sport", headline, *story]))
    plain = json.loads(CliRunner().invoke(main, ["extract", str(text), "--format", "json"]).output)
    given = json.loads(CliRunner().invoke(main, ["extract", str(text), "--format", "json", "--title", f"{headline} | Valley News"]).output)
    assert plain["title"] == "Sign In" and given["title"] == headline


def test_forced_text_input_on_markup() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--input-format", "text"],
                                input=b"<p>Hello there, this is a sentence that reads like prose.</p>")
    assert result.exit_code == 0
    assert "<p>" in result.output


def test_crawl_mode_writes_rows_and_prints_a_summary(tmp_path: Path) -> None:
    from tests.crawl_fixtures import news_records, write_warc

    warc = write_warc(tmp_path / "a.warc.gz", news_records(3))
    out = tmp_path / "o.sqlite"
    result = CliRunner().invoke(main, ["extract", str(warc), str(PAGE), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "records in: 4   articles out: 4" in result.output
    search = CliRunner().invoke(main, ["search", str(out), "bridge river", "--limit", "1"])
    assert search.exit_code == 0 and search.output.startswith("1. Council approves new bridge over the river")


def test_crawl_mode_refuses_unusable_arguments_before_work(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["extract", str(tmp_path / "nothing-*.warc.gz"), "-o", str(tmp_path / "o.jsonl")])
    assert missing.exit_code == 2 and "input:no_such_path" in missing.output
    assert not (tmp_path / "o.jsonl.work").exists()
    folder = runner.invoke(main, ["extract", str(tmp_path)])
    assert folder.exit_code == 2 and "need -o OUT" in folder.output
    bad_type = runner.invoke(main, ["extract", str(PAGE), "-o", str(tmp_path / "o.jsonl"), "--page-type", "blog"])
    assert bad_type.exit_code == 2 and "unknown page type" in bad_type.output


def test_a_page_that_yields_no_article_exits_3_in_every_format(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    for fmt in ("text", "markdown", "json"):
        result = CliRunner().invoke(main, ["extract", str(empty), "--format", fmt])
        assert result.exit_code == 3, fmt
    result = CliRunner().invoke(main, ["extract", str(empty), "--format", "json"])
    assert '"drop_reason": "input:empty"' in result.output  # the record still printed


def test_bench_refuses_a_folder_that_is_no_dataset(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["bench", str(tmp_path)])
    assert result.exit_code == 2
    assert "neither a Zyte AEB nor a WCXB folder" in result.output


def test_near_dedup_without_its_extra_stops_before_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasketch", None)  # an import of it now fails, as when not installed
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(PAGE), str(PAGE), "-o", str(out), "--dedup", "near", "--workers", "1"])
    assert result.exit_code == 2
    assert "pip install 'copydesk[crawl]'" in result.output
    assert not out.exists() and not list(tmp_path.iterdir())  # no output, no work folder
