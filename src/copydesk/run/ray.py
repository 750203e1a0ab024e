"""The Ray engine: the same shards and steps as the local engine, one Ray task per shard.

Each task reads its shard, runs the steps and commits the part into the work
folder, exactly as `shard_job.run_shard` does anywhere; the driver then
merges the parts like the local engine does, so both engines write the same
rows, a folder OUT's files written by tasks too (`ray_map`).  On a cluster the
work folder and a folder OUT must be on storage every node can see.  Steps
never import ray; only this module does.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from copydesk.config import RunConfig
from copydesk.run.progress import Progress, ShardProgress
from copydesk.run.shard_job import run_shard
from copydesk.run.shards import Shard
from copydesk.run.steps import build_steps
from copydesk.run.work import NOTE_EVERY_S, WorkDir

T = TypeVar("T")
TASKS_PER_CPU = 2  # shards submitted ahead per CPU: the cluster stays busy, the driver's queue small


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ImportError("the Ray engine needs ray: pip install 'copydesk[ray]'") from exc
    return ray


@contextmanager
def ray_session(config: RunConfig) -> Iterator[None]:
    """Ray, joined at `config.ray_address` or started on this machine, for a run's tasks; a
    Ray started here is shut down after them."""
    ray = _ray()
    started_here = not ray.is_initialized()
    if started_here:
        if config.ray_address:
            ray.init(address=config.ray_address, log_to_driver=False)
        else:
            ray.init(num_cpus=max(1, config.workers), include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        if started_here:
            ray.shutdown()


def run_ray(shards: list[Shard], work: WorkDir, config: RunConfig, progress: Progress) -> None:
    """One task per shard, inside a `ray_session`."""
    ray = _ray()
    task = ray.remote(num_cpus=1)(run_shard)
    steps = build_steps(config)
    work_path = str(work.path.resolve())
    max_bytes = config.extract.max_input_bytes
    limit = _tasks_ahead(ray)
    queue = iter(shards)
    pending: dict[Any, Shard] = {}
    notes = ShardProgress(progress, work)
    while True:
        while len(pending) < limit and (shard := next(queue, None)) is not None:
            notes.start(shard)
            pending[task.remote(shard, steps, work_path, max_bytes)] = shard
        if not pending:
            return
        done, _ = ray.wait(list(pending), num_returns=1, timeout=NOTE_EVERY_S)
        notes.poll(pending.values())
        for ref in done:
            notes.finish(pending.pop(ref), ray.get(ref))


def ray_map(function: Callable[..., T], jobs: list[tuple[Any, ...]]) -> Iterator[T]:
    """`function` over the jobs as Ray tasks, inside a `ray_session`; results in job order, each
    as soon as it and those before it are ready."""
    ray = _ray()
    task = ray.remote(num_cpus=1)(function)
    limit = _tasks_ahead(ray)
    queue = iter(jobs)
    window: deque[Any] = deque()  # a window of tasks ahead: the driver's queue stays small
    while True:
        while len(window) < limit and (job := next(queue, None)) is not None:
            window.append(task.remote(*job))
        if not window:
            return
        yield ray.get(window.popleft())


def _tasks_ahead(ray: Any) -> int:
    return max(2, int(ray.cluster_resources().get("CPU", 1)) * TASKS_PER_CPU)
