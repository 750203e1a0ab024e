"""Expanding INPUT arguments: files, folders, globs, and kinds from names or bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.errors import InputError
from copydesk.readers.inputs import expand_inputs


def test_folders_globs_and_kinds(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.html").write_text("<p>a</p>")
    (tmp_path / "sub" / "b.htm.gz").write_bytes(b"\x1f\x8b")
    (tmp_path / "c.warc.gz").write_bytes(b"")
    (tmp_path / "d.jsonl").write_text("{}")
    (tmp_path / "e.txt").write_text("text")
    (tmp_path / "e2.warc.wet.gz").write_bytes(b"")
    (tmp_path / "f").write_text("<!doctype html><p>x</p>")
    (tmp_path / ".hidden.html").write_text("<p>no</p>")
    found = expand_inputs([str(tmp_path)])
    assert [(Path(f.path).name, f.kind) for f in found] == [
        ("a.html", "html"), ("c.warc.gz", "warc"), ("d.jsonl", "jsonl"), ("e.txt", "text"), ("e2.warc.wet.gz", "warc"),
        ("f", "html"),
        ("b.htm.gz", "html"),
    ]  # fmt: skip
    assert [Path(f.path).name for f in expand_inputs([str(tmp_path / "*.html"), str(tmp_path / "a.html")])] == ["a.html"]


def test_an_argument_that_names_nothing_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        expand_inputs([str(tmp_path / "missing-*.warc.gz")])
    assert err.value.reason == "input:no_such_path"
