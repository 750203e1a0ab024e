"""The Ray engine: the same shards and steps as the local engine, one Ray task per shard.

Each task reads its shard, runs the steps and commits the part into the work
folder, exactly as `shard_job.run_shard` does anywhere; the driver then
merges the parts like the local engine does, so both engines write the same
rows.  On a cluster the work folder must be on storage every node can see.
Steps never import ray; only this module does.
"""

from __future__ import annotations

from typing import Any

from copydesk.config import RunConfig
from copydesk.run.progress import Progress
from copydesk.run.shard_job import run_shard
from copydesk.run.shards import Shard
from copydesk.run.steps import build_steps
from copydesk.run.work import WorkDir

TASKS_PER_CPU = 2  # shards submitted ahead per CPU: the cluster stays busy, the driver's queue small


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ImportError("the Ray engine needs ray: pip install 'copydesk[ray]'") from exc
    return ray


def run_ray(shards: list[Shard], work: WorkDir, config: RunConfig, progress: Progress) -> None:
    ray = _ray()
    started_here = not ray.is_initialized()
    if started_here:
        if config.ray_address:
            ray.init(address=config.ray_address, log_to_driver=False)
        else:
            ray.init(num_cpus=max(1, config.workers), include_dashboard=False, log_to_driver=False)
    try:
        task = ray.remote(num_cpus=1)(run_shard)
        steps = build_steps(config)
        work_path = str(work.path.resolve())
        max_bytes = config.extract.max_input_bytes
        limit = max(2, int(ray.cluster_resources().get("CPU", 1)) * TASKS_PER_CPU)
        queue = iter(shards)
        pending: dict[Any, Shard] = {}
        while True:
            while len(pending) < limit and (shard := next(queue, None)) is not None:
                pending[task.remote(shard, steps, work_path, max_bytes)] = shard
            if not pending:
                return
            done, _ = ray.wait(list(pending), num_returns=1)
            for ref in done:
                shard = pending.pop(ref)
                progress.advance_counts(ray.get(ref), shard.size)
    finally:
        if started_here:
            ray.shutdown()
