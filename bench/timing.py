"""Timing for the benchmarks: wall and CPU seconds of a step.

CPU time is the steadier figure on a shared machine; both are printed."""

from __future__ import annotations

import time


class Timer:
    """``with Timer() as t: ...`` then ``t.wall``, ``t.cpu`` or ``str(t)``."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:6.2f} s wall {self.cpu:6.2f} s CPU"
