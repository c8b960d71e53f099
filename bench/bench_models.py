#!/usr/bin/env python3
"""Speed and memory of every model on this computer (what `feltarbeid model bench` prints,
for all of them at once): prints figures, asserts nothing.

    .venv/bin/python bench/bench_models.py [SECONDS] [RUNS]

The bundled base and every installed model (`feltarbeid model list`) transcribe the first
SECONDS (default 30) of sample_audio/interview.mp3, RUNS times each (default 3), in a fresh
process with one thread (as each `feltarbeid transcribe` worker runs on 2 cores).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_audio" / "interview.mp3"


def main(seconds: float = 30.0, runs: int = 3) -> None:
    from feltarbeid.models import cache, resolve
    from feltarbeid.transcribe.bench import bench

    names = ["base", *(m.name for m in cache.installed())]
    print(f"{os.cpu_count()} cores, {seconds:.0f} s of {SAMPLE.name}, 1 thread, {runs} runs")
    print(f"{'model':24s} {'real-time factor':>28s} {'peak MiB':>9s} {'load s':>7s}")
    for name in names:
        ref = resolve(name)
        results = [bench(ref, SAMPLE, seconds=seconds, threads=1, language="en")
                   for _ in range(runs)]
        rtfs = sorted(r.realtime_factor for r in results)
        peak = max(r.peak_rss_mib or 0 for r in results)
        load = min(r.load_seconds for r in results)
        spread = f"{rtfs[len(rtfs) // 2]:.1f}x (min {rtfs[0]:.1f}, max {rtfs[-1]:.1f})"
        print(f"{name:24s} {spread:>28s} {peak:9.0f} {load:7.1f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(float(args[0]) if args else 30.0, int(args[1]) if len(args) > 1 else 3)
