"""Shared by the benchmark scripts: the median time of a call, after one warm-up call."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(call: Callable[[], object], runs: int) -> float:
    """Median seconds of `runs` calls (after one warm-up call, so caches are as in use)."""
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
