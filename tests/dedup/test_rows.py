"""`copydesk dedup`: copies found across rows already written, every row written once again."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from copydesk.cli.main import main
from copydesk.dedup import rows as dedup_rows_module
from copydesk.dedup.rows import dedup_rows
from tests.dedup.test_near import OTHER, WIRE

pytest.importorskip("datasketch")


def _article(doc_id: str, paragraphs: list[str], **extra: Any) -> dict[str, Any]:
    return {"schema_version": 1, "doc_id": doc_id, "status": "article", "reason": None, "duplicate_of": None, **extra,
            "source": {"kind": "html", "path": doc_id.split("#")[0], "index": 0},
            "article": {"title": paragraphs[0][:30], "text": "\n\n".join(paragraphs)}}  # fmt: skip


def _write(path: Path, rows: list[dict[str, Any] | bytes]) -> Path:
    path.write_bytes(b"".join((row if isinstance(row, bytes) else orjson.dumps(row)) + b"\n" for row in rows))
    return path


def _read(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.fixture
def two_runs(tmp_path: Path) -> list[Path]:
    monday = _write(tmp_path / "monday.jsonl", [
        _article("wire.html#0", WIRE, copies=1), _article("other.html#0", OTHER),
    ])  # fmt: skip
    earlier_drop = {**_article("wire-again.html#0", WIRE), "status": "dropped", "reason": "dedup:exact",
                    "duplicate_of": "wire.html#0", "article": None}  # fmt: skip
    friday = _write(tmp_path / "friday.jsonl", [
        _article("outlet.html#0", [*WIRE[:8], "This story was first published by The Canadian Press."]),
        b"{not json",
        earlier_drop,
        b"",
        _article("wire.html#0", WIRE),  # the same file crawled again: the same doc id and text
        b'["a list, not a row"]',
    ])  # fmt: skip
    return [monday, friday]


def test_copies_across_runs_name_the_first_and_every_line_gives_a_row(two_runs: list[Path], tmp_path: Path) -> None:
    counts = dedup_rows(two_runs, tmp_path / "out.jsonl", "near")
    out = _read(tmp_path / "out.jsonl")
    assert [row["doc_id"] for row in out] == [
        "wire.html#0", "other.html#0", "outlet.html#0", str(two_runs[1]) + "#1",
        "wire-again.html#0", "wire.html#0", str(two_runs[1]) + "#4",
    ]  # fmt: skip
    wire, other, outlet, bad, earlier_drop, again, not_a_row = out
    assert wire["copies"] == 3 and list(wire)[:6] == ["schema_version", "doc_id", "status", "reason", "duplicate_of", "copies"]
    assert "copies" not in other and other["status"] == "article"
    assert (outlet["status"], outlet["reason"], outlet["duplicate_of"], outlet["article"]) == ("dropped", "dedup:near", "wire.html#0", None)
    assert (bad["status"], bad["reason"], bad["source"]["path"], bad["source"]["index"]) == ("error", "input:bad_json", str(two_runs[1]), 1)
    assert earlier_drop["reason"] == "dedup:exact" and earlier_drop["duplicate_of"] == "wire.html#0"
    assert (again["reason"], again["duplicate_of"]) == ("dedup:exact", "wire.html#0")
    assert (not_a_row["status"], not_a_row["reason"]) == ("error", "input:not_a_row")
    assert counts == {"article": 2, "dropped:dedup:near": 1, "dropped:dedup:exact": 2, "error:input:bad_json": 1, "error:input:not_a_row": 1}


def test_exact_mode_leaves_an_edited_copy(two_runs: list[Path], tmp_path: Path) -> None:
    dedup_rows(two_runs, tmp_path / "out.jsonl", "exact")
    outlet = _read(tmp_path / "out.jsonl")[2]
    assert outlet["status"] == "article"


def test_workers_give_the_same_rows(two_runs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedup_rows_module, "KEYS_BATCH", 1)  # a task an article: the order must still hold
    dedup_rows(two_runs, tmp_path / "one.jsonl", "near", workers=1)
    dedup_rows(two_runs, tmp_path / "two.jsonl", "near", workers=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_a_truncated_gzip_ends_its_file_with_an_error_row(two_runs: list[Path], tmp_path: Path) -> None:
    whole = gzip.compress(two_runs[1].read_bytes())
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    dedup_rows([two_runs[0], cut], tmp_path / "out.parquet", "near")
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert table[-1]["status"] == "error" and table[-1]["reason"] == "input:truncated"
    assert [row["doc_id"] for row in table[:2]] == ["wire.html#0", "other.html#0"]


def test_the_command_checks_its_arguments_and_prints_the_counts(two_runs: list[Path], tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(main, ["dedup", *map(str, two_runs), "-o", str(tmp_path / "out.sqlite"), "--workers", "1"])
    assert done.exit_code == 0, done.output
    assert "rows: 7" in done.output and "dropped:dedup:near" in done.output
    (tmp_path / "none").mkdir()
    for args in (["dedup", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")],
                 ["dedup", str(tmp_path / "none"), "-o", str(tmp_path / "o.jsonl")],  # a folder with no row file
                 ["dedup", str(two_runs[0]), "-o", str(tmp_path / "o.txt")],
                 ["dedup", str(two_runs[0]), "-o", str(two_runs[0])],
                 ["dedup", str(tmp_path), "-o", str(two_runs[0])]):  # fmt: skip
        assert runner.invoke(main, args).exit_code == 2


def test_parquet_and_sqlite_outputs_are_read_back_as_rows(tmp_path: Path) -> None:
    """A table's flat rows come back nested (`readers.rows.nested_row`): dedup decides on them as on
    JSON lines, and the rows written again hold the same articles."""
    from copydesk.writers import open_writer

    monday = [_article("wire.html#0", WIRE), _article("other.html#0", OTHER)]
    friday = [_article("outlet.html#0", [*WIRE[:8], "This story was first published by The Canadian Press."]),
              {**_article("gone.html#0", OTHER), "status": "error", "reason": "extract:timeout", "article": None}]  # fmt: skip
    for name, fmt, rows in (("monday.parquet", "parquet", monday), ("friday.sqlite", "sqlite", friday)):
        writer = open_writer(tmp_path / name, fmt)  # type: ignore[arg-type]
        for row in rows:
            writer.write(row)
        writer.close()
    dedup_rows([tmp_path / "monday.parquet", tmp_path / "friday.sqlite"], tmp_path / "out.jsonl", "near")
    out = _read(tmp_path / "out.jsonl")
    assert [(row["doc_id"], row["status"], row["reason"], row["duplicate_of"]) for row in out] == [
        ("wire.html#0", "article", None, None), ("other.html#0", "article", None, None),
        ("outlet.html#0", "dropped", "dedup:near", "wire.html#0"), ("gone.html#0", "error", "extract:timeout", None),
    ]  # fmt: skip
    assert out[0]["copies"] == 1 and out[0]["article"]["text"] == "\n\n".join(WIRE) and out[3]["article"] is None
    assert out[1]["source"] == {"kind": "html", "path": "other.html", "url": None, "warc_record_id": None, "offset": None, "index": 0}


def test_unreadable_tables_give_an_error_row(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.parquet"
    damaged.write_bytes(b"PAR1 not really parquet")
    empty_store = tmp_path / "empty.sqlite"
    import sqlite3

    sqlite3.connect(empty_store).close()
    dedup_rows([damaged, empty_store], tmp_path / "out.jsonl", "exact")
    out = _read(tmp_path / "out.jsonl")
    assert [(row["status"], row["reason"].split(":")[:2], row["source"]["kind"]) for row in out] == [
        ("error", ["input", "unreadable"], "rows"), ("error", ["input", "unreadable"], "rows"),
    ]  # fmt: skip


def test_a_line_over_the_row_bound_is_an_error_row_and_the_file_goes_on(two_runs: list[Path], tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from copydesk.readers import rows as rows_module

    monkeypatch.setattr(rows_module, "MAX_ROW_BYTES", 5000)
    big = _write(tmp_path / "big.jsonl", [_article("huge.html#0", ["word " * 3000]), _article("after.html#0", OTHER)])
    dedup_rows([two_runs[0], big], tmp_path / "out.jsonl", "exact")
    out = _read(tmp_path / "out.jsonl")
    assert [(row["status"], row["reason"]) for row in out[2:]] == [("error", "input:too_large"), ("dropped", "dedup:exact")]
    assert out[2]["source"]["path"] == str(big) and out[3]["duplicate_of"] == "other.html#0"


def test_an_empty_file_is_one_error_row(two_runs: list[Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    dedup_rows([empty, two_runs[0]], tmp_path / "out.jsonl", "exact")
    out = _read(tmp_path / "out.jsonl")
    assert (out[0]["status"], out[0]["reason"], out[0]["source"]["path"]) == ("error", "input:empty_file", str(empty))
    assert [row["doc_id"] for row in out[1:]] == ["wire.html#0", "other.html#0"]


def test_an_output_whose_extra_is_missing_fails_before_the_first_pass(two_runs: list[Path], tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    def missing(*_args: object) -> None:
        raise ImportError("Parquet output needs pyarrow")

    def first_pass(*_args: object) -> None:
        raise AssertionError("the rows were read before the output was known to open")

    monkeypatch.setattr(dedup_rows_module, "open_writer", missing)
    monkeypatch.setattr(dedup_rows_module, "find_copies", first_pass)
    with pytest.raises(ImportError):
        dedup_rows(two_runs, tmp_path / "out.parquet", "exact")
