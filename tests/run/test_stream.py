"""`copydesk.iter_documents`: a crawl's records in this process, the rows a crawl run writes."""

from __future__ import annotations

from pathlib import Path

import pytest

import copydesk
from copydesk.config import FilterConfig, RunConfig
from copydesk.errors import InputError
from copydesk.run.job import run_job
from tests.run.test_job import _mixed_crawl, _rows


def test_the_same_documents_as_a_crawl_run_in_the_same_order(tmp_path: Path) -> None:
    inputs = _mixed_crawl(tmp_path / "in")
    filters = FilterConfig(min_words=50)  # the JSONL text page has 48 words
    run_job(inputs, tmp_path / "out.jsonl", RunConfig(workers=1, filters=filters))
    streamed = [doc.to_dict() for doc in copydesk.iter_documents(map(Path, inputs), filters=filters)]
    assert streamed == _rows(tmp_path / "out.jsonl")
    assert {row["status"] for row in streamed} == {"article", "dropped", "error"}


def test_no_files_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(copydesk.iter_documents([tmp_path]))
