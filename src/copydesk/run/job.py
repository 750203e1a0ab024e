"""`run_job`: a crawl run from INPUT arguments to OUT, on the chosen engine."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from copydesk.config import RunConfig
from copydesk.dedup.near import check_available
from copydesk.errors import InputError
from copydesk.readers.inputs import expand_inputs
from copydesk.run.finalize import Mapper, Summary, finalize
from copydesk.run.progress import Progress
from copydesk.run.shards import plan_shards
from copydesk.run.work import WorkDir, plan_record
from copydesk.writers import format_of

FOLDER_WORK = "_work"  # a folder OUT keeps its work here
FILE_WORK_SUFFIX = ".work"  # a file OUT keeps its work beside it


def run_job(inputs: list[str], out: Path, config: RunConfig) -> Summary:
    """Extract every record of the inputs into OUT; resumes a killed run of the same command."""
    if config.dedup == "near":
        check_available()  # before any work, not at the merge
    files = expand_inputs(inputs)
    if not files:
        raise InputError("input:no_files", "the inputs hold no files")
    fmt = format_of(out)
    as_folder = fmt is None
    if fmt is None:
        fmt = config.output_format
    work = WorkDir(out / FOLDER_WORK if as_folder else out.with_name(out.name + FILE_WORK_SUFFIX))
    shards = plan_shards(files, config.files_per_shard)
    work.start(plan_record(shards, config))
    pending = [s for s in shards if not work.is_done(s)]
    progress = Progress(sum(s.size for s in pending), config.show_progress)
    out, work = out.resolve(), WorkDir(work.path.resolve())  # a folder OUT's files are written by workers too
    session: AbstractContextManager[None]
    mapper: Mapper[dict[str, int]]
    if config.engine == "ray":
        from copydesk.run.ray import ray_map, ray_session, run_ray

        session, run, mapper = ray_session(config), run_ray, ray_map
    else:
        from copydesk.run.local import local_map, run_local

        session, run, mapper = nullcontext(), run_local, local_map(config.workers)
    with session:  # one Ray session for the extraction and the writing
        try:
            run(pending, work, config, progress)
        finally:
            progress.close()
        summary = finalize(work, shards, out, fmt, as_folder, config, mapper)
    summary.shards_resumed = len(shards) - len(pending)
    work.remove()
    return summary
