"""`iter_documents`: a crawl's records extracted one after another in this process.

For code that brings its own engine or loop (a notebook, Spark or Dask tasks, a
datatrove pipeline): the same readers and steps as a crawl run (`run.steps`), so the
same rows, without the work folder, the worker pool or the merge.  Dedup needs every
document of a run and is left to `copydesk extract --dedup` or `copydesk dedup`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from copydesk.config import ExtractConfig, FilterConfig, RunConfig
from copydesk.errors import InputError
from copydesk.model import Document
from copydesk.readers.inputs import expand_inputs
from copydesk.run.shards import read_file
from copydesk.run.steps import build_steps, run_steps


def iter_documents(inputs: Iterable[str | os.PathLike[str]], filters: FilterConfig | None = None,
                   extract: ExtractConfig | None = None, doc_timeout: float | None = 10.0) -> Iterator[Document]:  # fmt: skip
    """Every record of `inputs` (WARC, ARC and WET files, JSONL dumps, HTML and text files,
    folders and globs of them, as `copydesk extract` takes) as one `Document`, in order: an
    article, a drop by `filters`, or an error with its reason; a file with no record still one
    error document.  Each page runs under `doc_timeout` seconds where a timer can interrupt
    it (POSIX, the main thread); raises `InputError` when the inputs hold no files."""
    files = expand_inputs([os.fspath(path) for path in inputs])
    if not files:
        raise InputError("input:no_files", "the inputs hold no files")
    config = RunConfig(filters=filters or FilterConfig(), extract=extract or ExtractConfig(), doc_timeout_s=doc_timeout or 0.0)
    steps = build_steps(config)
    for file in files:
        yield from run_steps(steps, read_file(file, config.extract.max_input_bytes))
