"""A crawl run end to end on the local engine: every record one row, filters, dedup, formats."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from copydesk.clean.pipeline import clean
from copydesk.config import FilterConfig, RunConfig
from copydesk.errors import InputError
from copydesk.run.job import run_job
from tests.crawl_fixtures import (
    conversion_record,
    news_records,
    page,
    scraped_story,
    warc_record,
    write_jsonl,
    write_warc,
)


def _mixed_crawl(root: Path) -> list[str]:
    """A WARC (with a PDF and a bad record), a JSONL dump (with a bad line), HTML and text files."""
    root.mkdir()
    write_warc(root / "crawl.warc.gz", [
        *news_records(4),
        warc_record("https://example.com/a.pdf", b"%PDF-1.4", "application/pdf"),
        b"BROKEN HEADER\r\n\r\n",
        *news_records(2, "tail"),
    ])  # fmt: skip
    write_jsonl(root / "dump.jsonl", [
        {"url": "https://example.com/j1", "html": page("Jsonl page one").decode()},
        "not json",
        {"url": "https://example.com/j2", "text": "A headline\n\n" + "A sentence of body text here. " * 8},
    ])  # fmt: skip
    pages = root / "pages"
    pages.mkdir()
    for i in range(5):
        (pages / f"p{i}.html").write_bytes(page(f"Folder page {i} is here"))
    (pages / "empty.html").write_bytes(b"")
    return [str(root / "crawl.warc.gz"), str(root / "dump.jsonl"), str(pages)]


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_every_record_yields_exactly_one_row(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = run_job(_mixed_crawl(tmp_path / "in"), out, RunConfig(workers=2, files_per_shard=2))
    rows = _rows(out)
    ids = [r["doc_id"] for r in rows]
    assert len(ids) == len(set(ids)) == summary.records
    assert sum(r["source"]["kind"] != "warc" for r in rows) == 3 + 6  # JSONL lines, files
    reasons = Counter(r["reason"] for r in rows if r["status"] == "error")
    assert reasons["input:not_html"] == 1 and reasons["input:malformed_warc"] >= 1
    assert reasons["input:bad_json"] == 1 and reasons["input:empty"] == 1
    warc_rows = [r for r in rows if r["source"]["kind"] == "warc" and r["status"] == "article"]
    assert [r["source"]["url"] for r in warc_rows] == [f"https://example.com/story/{i}" for i in range(4)] + [
        "https://example.com/tail/0",
        "https://example.com/tail/1",
    ]
    assert all(r["source"]["warc_record_id"] for r in warc_rows)
    assert warc_rows[0]["article"]["title"] == "Story number 0 makes the news"
    assert not (tmp_path / "out.jsonl.work").exists()


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".sqlite"])
def test_a_lone_surrogate_in_a_record_does_not_end_the_run(tmp_path: Path, suffix: str) -> None:
    # JSON's "\\ud800" is a str UTF-8 cannot hold: in a record's URL it ended the whole run
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        '{"url": "https://example.com/\\ud800", "html": ' + json.dumps(page("Half a pair in the address").decode()) + "}\n"
        + json.dumps({"url": "https://example.com/fine", "html": page("A fine page").decode()}) + "\n"
    )
    out = tmp_path / f"out{suffix}"
    summary = run_job([str(dump)], out, RunConfig(workers=1))
    assert (summary.records, summary.articles) == (2, 2)
    if suffix == ".jsonl":
        assert [r["source"]["url"] for r in _rows(out)] == ["https://example.com/\ufffd", "https://example.com/fine"]


def test_a_wet_file_is_cleaned_page_by_page(tmp_path: Path) -> None:
    # Common Crawl's text extracts: each conversion record one page, cleaned as `clean` would
    titles = ["Council approves the bridge plan", "Storm closes the coastal road"]
    wet = write_warc(tmp_path / "CC-MAIN-1.warc.wet.gz", [conversion_record(f"https://example.com/{i}", scraped_story(t)) for i, t in enumerate(titles)])
    out = tmp_path / "out.jsonl"
    summary = run_job([str(wet)], out, RunConfig(workers=1))
    rows = _rows(out)
    assert (summary.records, summary.articles) == (2, 2)
    for row, title in zip(rows, titles, strict=True):
        expected = clean(scraped_story(title), url=row["source"]["url"], page_type=True)
        assert row["article"]["text"] == expected.text and row["article"]["title"] == expected.title == title
        assert "Sign up for our newsletter" not in row["article"]["text"] and row["article"]["authors"] == ["Jane Doe"]


def test_a_jsonl_texts_title_reaches_the_cleaner(tmp_path: Path) -> None:
    """A dump of scraped texts with their titles apart: each row is `clean` of its text under its
    title (without it, the text's first line would be taken for the page's title)."""
    headline, title = "Council approves the bridge plan", "Council approves the bridge plan | The Daily Example"
    story = "\n".join(["The Daily Example Newsroom", "Home", "News", "Sport", headline,
                      "The council met on Tuesday evening and voted to approve the plan after a long debate. " * 3,
                      "Residents who spoke at the meeting said they had waited years for the change, and officials said work would begin soon."])  # fmt: skip
    dump = write_jsonl(tmp_path / "texts.jsonl", [{"url": "https://example.com/1", "text": story, "title": title}])
    out = tmp_path / "out.jsonl"
    run_job([str(dump)], out, RunConfig(workers=1))
    (row,) = _rows(out)
    assert clean(story, page_type=True).title != headline
    expected = clean(story, url="https://example.com/1", page_type=True, title=title)
    assert row["article"]["title"] == expected.title == headline
    assert row["article"]["text"] == expected.text


def test_filters_write_drop_rows_with_reasons(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    config = RunConfig(workers=1, filters=FilterConfig(min_words=1000))
    run_job(_mixed_crawl(tmp_path / "in"), out, config)
    rows = _rows(out)
    assert {r["reason"] for r in rows if r["status"] == "dropped"} == {"filter:min_words"}
    assert not [r for r in rows if r["status"] == "article"]
    assert all(r["article"] is None for r in rows if r["status"] == "dropped")


def test_language_and_page_type_filters(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    inputs = _mixed_crawl(tmp_path / "in")
    config = RunConfig(workers=1, filters=FilterConfig(languages=("fr",)))
    run_job(inputs, out, config)
    assert {r["reason"] for r in _rows(out) if r["status"] == "dropped"} == {"filter:language"}
    config = RunConfig(workers=1, filters=FilterConfig(page_types=("forum",)))
    run_job(inputs, out, config)
    assert {r["reason"] for r in _rows(out) if r["status"] == "dropped"} == {"filter:page_type"}


def test_exact_dedup_keeps_the_first_copy(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    story = page("Same story everywhere", "The wire copy.")
    write_warc(root / "a.warc.gz", [warc_record(f"https://site{i}.example/s", story) for i in range(3)])
    (root / "b.html").write_bytes(story.replace(b"The wire copy.", b"THE WIRE   copy!"))
    out = tmp_path / "out.jsonl"
    summary = run_job([str(root)], out, RunConfig(workers=2, dedup="exact"))
    rows = _rows(out)
    assert [r["status"] for r in rows] == ["article", "dropped", "dropped", "dropped"]
    assert {r["duplicate_of"] for r in rows[1:]} == {rows[0]["doc_id"]}
    assert summary.dropped["dedup:exact"] == 3


def test_folder_output_gets_one_file_per_shard(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_job(_mixed_crawl(tmp_path / "in"), out, RunConfig(workers=2, files_per_shard=3, output_format="jsonl.gz"))
    assert sorted(p.name for p in out.iterdir()) == [f"part-0000{i}.jsonl.gz" for i in range(4)]


def test_a_different_command_does_not_resume_a_foreign_run(tmp_path: Path) -> None:
    inputs = _mixed_crawl(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    work = tmp_path / "out.jsonl.work"
    work.mkdir()
    (work / "plan.json").write_text('{"shards": []}')
    with pytest.raises(InputError) as err:
        run_job(inputs, out, RunConfig(workers=1))
    assert err.value.reason == "run:plan_mismatch"


def test_summaries_agree_whether_rows_are_copied_or_rewritten(tmp_path: Path) -> None:
    inputs = _mixed_crawl(tmp_path / "in")
    copied = run_job(inputs, tmp_path / "out.jsonl", RunConfig(workers=1, files_per_shard=2))
    rewritten = run_job(inputs, tmp_path / "out.sqlite", RunConfig(workers=1, files_per_shard=2))
    assert copied.to_dict() == rewritten.to_dict()
    assert copied.errors["input:bad_json"] == 1 and copied.articles == rewritten.articles > 0


def test_near_dedup_groups_edited_copies(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    paragraphs = [f"Paragraph {n} of the wire story tells readers about event number {n * 7} in the city council today." for n in range(10)]
    story = page("Council story", "</p><p>".join(paragraphs))
    edited = page("Council story, as another outlet ran it", "</p><p>".join(paragraphs[:8]))
    write_warc(root / "a.warc.gz", [warc_record("https://one.example/s", story), warc_record("https://two.example/s", edited),
                                    warc_record("https://three.example/s", page("Another story", "Something else entirely happened."))])  # fmt: skip
    out = tmp_path / "out.jsonl"
    summary = run_job([str(root)], out, RunConfig(workers=1, dedup="near"))
    rows = _rows(out)
    assert [r["status"] for r in rows] == ["article", "dropped", "article"]
    assert (rows[1]["reason"], rows[1]["duplicate_of"]) == ("dedup:near", rows[0]["doc_id"])
    assert summary.dropped["dedup:near"] == 1


def _wire_crawl(root: Path) -> list[str]:
    """A wire story, an outlet's cut of it, an exact copy and another story, in one WARC."""
    root.mkdir()
    paragraphs = [f"Paragraph {n} of the wire story tells readers about event number {n * 7} in the city council today." for n in range(10)]
    story = page("Council story", "</p><p>".join(paragraphs))
    write_warc(root / "a.warc.gz", [
        warc_record("https://one.example/s", story),
        warc_record("https://two.example/s", page("Council story, cut", "</p><p>".join(paragraphs[:8]))),
        warc_record("https://three.example/s", story),
        warc_record("https://four.example/s", page("Another story", "Something else entirely happened.")),
    ])  # fmt: skip
    return [str(root)]


@pytest.mark.parametrize("mode", ["exact", "near"])
@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".sqlite"])
def test_dedup_keys_are_read_in_the_workers_and_never_written(tmp_path: Path, mode: str, suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The workers read each article's keys, so the merge reads no text's words; the output's fields are
    those of a run without dedup (and the kept story's count of its copies)."""
    import copydesk.dedup.exact as exact_module
    import copydesk.dedup.keys as keys_module
    from copydesk.run import finalize as finalize_module

    inputs = _wire_crawl(tmp_path / "in")
    plain = run_job(inputs, tmp_path / f"plain{suffix}", RunConfig(workers=1))
    merged = finalize_module.finalize
    read_at_merge: list[str] = []

    def finalize_counting_reads(*args: object, **kwargs: object) -> object:
        original = exact_module.normal_words
        for module in (exact_module, keys_module):
            monkeypatch.setattr(module, "normal_words", lambda text: read_at_merge.append(text) or original(text))
        try:
            return merged(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            for module in (exact_module, keys_module):
                monkeypatch.setattr(module, "normal_words", original)

    monkeypatch.setattr("copydesk.run.job.finalize", finalize_counting_reads)
    out = tmp_path / f"out{suffix}"
    summary = run_job(inputs, out, RunConfig(workers=1, dedup=mode))  # type: ignore[arg-type]
    assert read_at_merge == []
    assert summary.dropped["dedup:exact"] == 1 and summary.dropped["dedup:near"] == (1 if mode == "near" else 0)
    assert summary.articles == plain.articles - (2 if mode == "near" else 1) and summary.records == plain.records
    assert _written_fields(out) - {"copies"} == _written_fields(tmp_path / f"plain{suffix}") - {"copies"}  # the kept story's count


def _written_fields(out: Path) -> set[str]:
    """The top-level fields (columns) OUT's rows carry, in any of the three formats."""
    if out.suffix == ".jsonl":
        return {name for row in _rows(out) for name in row}
    if out.suffix == ".parquet":
        import pyarrow.parquet as pq

        return set(pq.read_schema(out).names)
    import sqlite3

    with sqlite3.connect(out) as db:
        return {column[1] for column in db.execute("PRAGMA table_info(documents)")}


@pytest.mark.parametrize("damage", ["missing", "malformed", "garbled"])
def test_a_part_without_its_keys_is_deduped_all_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    """Keys missing or damaged beside a part (a hand-edited work folder) are read from the part's texts: the same rows."""
    from copydesk.readers.inputs import expand_inputs
    from copydesk.run.finalize import finalize
    from copydesk.run.shards import plan_shards
    from copydesk.run.work import WorkDir

    inputs = _wire_crawl(tmp_path / "in")
    config = RunConfig(workers=1, dedup="near")
    monkeypatch.setattr(WorkDir, "remove", lambda self: None)  # keep the run's parts
    expected = run_job(inputs, tmp_path / "out.jsonl", config)
    shards = plan_shards(expand_inputs(inputs), config.files_per_shard)
    work = WorkDir(tmp_path / "out.jsonl.work")
    keys = work.keys(shards[0])
    entries = keys.read_text().splitlines()
    assert [json.loads(entry)["i"] for entry in entries] == [0, 1, 2, 3]
    if damage == "missing":
        keys.unlink()
    else:
        damaged = '{"i": 1, "id": "x", "key": "not hex"}' if damage == "malformed" else '{"i": 1, "id'
        keys.write_text("\n".join([entries[0], damaged, *entries[2:]]) + "\n")
    again = finalize(work, shards, tmp_path / "again.jsonl", "jsonl", False, config)
    assert again.to_dict() == expected.to_dict()
    assert _rows(tmp_path / "again.jsonl") == _rows(tmp_path / "out.jsonl")
    assert [r["reason"] for r in _rows(tmp_path / "again.jsonl")] == [None, "dedup:near", "dedup:exact", None]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_folder_out_is_written_by_the_workers_with_the_same_rows(tmp_path: Path, fmt: str) -> None:
    """A folder OUT's files, one a shard, written side by side, hold the rows a file OUT holds, copies marked."""
    inputs = _mixed_crawl(tmp_path / "in")
    _wire_crawl(tmp_path / "wire")
    inputs.append(str(tmp_path / "wire"))
    config = RunConfig(workers=2, files_per_shard=3, dedup="near", output_format=fmt)  # type: ignore[arg-type]
    whole = run_job(inputs, tmp_path / "whole.jsonl", config)
    folder = run_job(inputs, tmp_path / "folder", config)
    assert folder.to_dict() == whole.to_dict() and folder.dropped["dedup:near"] >= 1
    if fmt == "jsonl":
        rows = [row for path in sorted((tmp_path / "folder").glob("*.jsonl")) for row in _rows(path)]
    else:
        import pyarrow.parquet as pq

        rows = [row for path in sorted((tmp_path / "folder").glob("*.parquet")) for row in pq.read_table(path).to_pylist()]
    assert [(r["doc_id"], r["status"], r["reason"], r["duplicate_of"]) for r in rows] == [
        (r["doc_id"], r["status"], r["reason"], r["duplicate_of"]) for r in _rows(tmp_path / "whole.jsonl")
    ]


def test_a_run_with_another_dedup_mode_does_not_resume(tmp_path: Path) -> None:
    """The parts of an exact-dedup run hold no sketches: a near-dedup command must not take them over."""
    inputs = _wire_crawl(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    work = tmp_path / "out.jsonl.work"
    from copydesk.readers.inputs import expand_inputs
    from copydesk.run.shards import plan_shards
    from copydesk.run.work import WorkDir, plan_record

    WorkDir(work).start(plan_record(plan_shards(expand_inputs(inputs), 1000), RunConfig(dedup="exact")))
    with pytest.raises(InputError) as err:
        run_job(inputs, out, RunConfig(workers=1, dedup="near"))
    assert err.value.reason == "run:plan_mismatch"


@pytest.mark.parametrize(("mode", "expected"), [("exact", [1, None, None, None]), ("near", [2, None, None, None])])
def test_a_kept_story_counts_its_copies(tmp_path: Path, mode: str, expected: list[int | None]) -> None:
    """The wire story's row says how many rows are its copies (the cut one only with near dedup); JSONL and Parquet alike."""
    import pyarrow.parquet as pq

    inputs = _wire_crawl(tmp_path / "in")
    run_job(inputs, tmp_path / "out.jsonl", RunConfig(workers=1, dedup=mode))  # type: ignore[arg-type]
    rows = _rows(tmp_path / "out.jsonl")
    assert [row.get("copies") for row in rows] == expected
    assert list(rows[0])[:6] == ["schema_version", "doc_id", "status", "reason", "duplicate_of", "copies"]
    assert {row["duplicate_of"] for row in rows if row["duplicate_of"]} == {rows[0]["doc_id"]}
    run_job(inputs, tmp_path / "out", RunConfig(workers=2, dedup=mode, output_format="parquet", files_per_shard=1))  # type: ignore[arg-type]
    assert pq.read_table(tmp_path / "out" / "part-00000.parquet").column("copies").to_pylist() == expected
    plain = run_job(inputs, tmp_path / "plain.jsonl", RunConfig(workers=1))
    assert plain.articles == 4 and all("copies" not in row for row in _rows(tmp_path / "plain.jsonl"))


def test_a_parquet_file_out_laid_out_by_the_workers_holds_the_jsonl_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Parquet file OUT is written from parts the workers staged as Arrow, copies marked: the JSONL file's rows, flat."""
    import pyarrow.parquet as pq

    from copydesk.writers.parquet import ParquetWriter
    from copydesk.writers.rows import flat_row

    inputs = _mixed_crawl(tmp_path / "in")
    _wire_crawl(tmp_path / "wire")
    inputs.append(str(tmp_path / "wire"))
    config = RunConfig(workers=2, files_per_shard=3, dedup="near")
    staged: list[str] = []
    append = ParquetWriter.append_staged
    monkeypatch.setattr(ParquetWriter, "append_staged", lambda self, path: staged.append(path.name) or append(self, path))
    run_job(inputs, tmp_path / "rows.jsonl", config)
    summary = run_job(inputs, tmp_path / "rows.parquet", config)
    assert len(staged) == summary.shards > 2
    rows = pq.read_table(tmp_path / "rows.parquet").to_pylist()
    assert rows == [flat_row(row) for row in _rows(tmp_path / "rows.jsonl")]
    assert {row["reason"] for row in rows} >= {"dedup:near", "dedup:exact"}
