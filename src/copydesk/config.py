"""Settings, as frozen dataclasses with their defaults in code.

The CLI builds these once; library code never reads argv or the environment.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """How `extract` decides what is main content.

    `threshold` is the block classifier's probability above which a block is
    kept; 0.5 is where WCXB's validation F1 peaks (Zyte's, precision-bound,
    peaks near 0.6 at a cost of 0.015 on WCXB; docs/EXPERIMENTS.md).  `max_input_bytes` bounds memory and time:
    larger pages are dropped with ``input:too_large``.
    """

    threshold: float = 0.5
    max_input_bytes: int = 16 * 1024 * 1024
    include_title_in_text: bool = False
