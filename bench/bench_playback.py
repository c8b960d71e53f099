#!/usr/bin/env python3
"""Playback benchmarks: prints figures, asserts nothing.

    .venv/bin/python bench/bench_playback.py [HOURS] [FORMATS]   # default: 2 mp3,wav,m4a

Makes a long recording in a temporary folder by looping sample_audio/interview.mp3 (or
FELTARBEID_BENCH_FILE, e.g. ../shared/audio/erna.mp3) with ffmpeg, then for each format:
time to open it, seek-and-play latency (``play(t)`` until the first audio is delivered, at
20 places spread over the file, at 1.0x and 1.25x), CPU per second of audio played at 1.0x
and 1.5x, and the process's memory. The target (issue 11): seek-and-play < 200 ms; memory
must not grow with the length of the recording.
"""

from __future__ import annotations

import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import Timer  # noqa: E402

from feltarbeid.playback import FakeOutput, Player, SystemOutput  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SOURCE = Path(os.environ.get("FELTARBEID_BENCH_FILE", REPO / "sample_audio" / "interview.mp3"))
ENCODE = {"mp3": ["-c", "copy"], "wav": ["-ar", "16000", "-ac", "1"],
          "m4a": ["-c:a", "aac", "-b:a", "64k"], "flac": ["-c:a", "flac"],
          "opus": ["-c:a", "libopus", "-b:a", "32k"]}


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def long_file(folder: Path, hours: float, ext: str) -> Path:
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                            "-of", "csv=p=0", str(SOURCE)], capture_output=True, text=True,
                           check=True)
    loops = max(0, math.ceil(hours * 3600 / float(probe.stdout)) - 1)
    out = folder / f"long.{ext}"
    with Timer() as t:
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-stream_loop", str(loops), "-i",
                        str(SOURCE), *ENCODE[ext], str(out)], check=True)
    print(f"  made {out.name}: {out.stat().st_size / 1e6:.0f} MB in {t.wall:.1f} s")
    return out


def seek_latencies(player: Player, fake: FakeOutput, speed: float) -> list[float]:
    rng = random.Random(11)
    player.set_speed(speed)
    times = []
    for _ in range(20):
        at = rng.uniform(0, player.duration - 5)
        t0 = time.perf_counter()
        player.play(at)
        fake.advance(0.01)  # returns when the first audio has been delivered
        times.append(time.perf_counter() - t0)
        fake.advance(0.2)
    player.pause()
    return times


def cpu_per_second(player: Player, fake: FakeOutput, speed: float, seconds: float = 60):
    player.set_speed(speed)
    player.play(player.duration / 3)
    with Timer() as t:
        fake.advance(seconds)
    player.pause()
    return t.cpu / seconds * 1000


def bench(path: Path) -> None:
    before = rss_mb()
    fake = FakeOutput(block=480)
    with Timer() as t:
        player = Player(path, output=fake)
    print(f"  open: {t.wall * 1000:.1f} ms ({player.duration / 3600:.2f} h)")
    for speed in (1.0, 1.25):
        lat = sorted(seek_latencies(player, fake, speed))
        print(f"  seek-and-play at {speed}x: median {statistics.median(lat) * 1000:.1f} ms, "
              f"max {lat[-1] * 1000:.1f} ms (20 places)")
    for speed in (1.0, 1.5):
        print(f"  CPU per second played at {speed}x: "
              f"{cpu_per_second(player, fake, speed):.1f} ms")
    player.close()
    print(f"  memory: RSS {rss_mb():.0f} MB (+{rss_mb() - before:.0f} MB for this file), "
          f"peak so far {peak_mb():.0f} MB")


def bench_device(path: Path) -> None:
    """Real time: miniaudio's null backend pulls from its own thread like a sound card."""
    try:
        import miniaudio

        out = SystemOutput(backends=[miniaudio.Backend.NULL], allow_null=True)
    except Exception as exc:  # noqa: BLE001
        print(f"  real-time device: not measured ({exc})")
        return
    with Player(path, output=out) as player:
        rng = random.Random(7)
        times = []
        for _ in range(10):
            at = rng.uniform(0, player.duration - 5)
            t0 = time.perf_counter()
            player.play(at)
            while player.position() <= at and time.perf_counter() - t0 < 5:
                time.sleep(0.001)
            times.append(time.perf_counter() - t0)
            player.pause()
        times.sort()
        print(f"  real-time (null device, {out.PERIOD_MS} ms periods): play(t) until the "
              f"position moves: median {statistics.median(times) * 1000:.0f} ms, "
              f"max {times[-1] * 1000:.0f} ms")


def main() -> None:
    hours = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    formats = sys.argv[2].split(",") if len(sys.argv) > 2 else ["mp3", "wav", "m4a"]
    print(f"playback of a {hours:g}-hour recording made from {SOURCE.name}")
    print(f"  process RSS at start: {rss_mb():.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        for ext in formats:
            print(f"== {ext}")
            path = long_file(Path(tmp), hours, ext)
            bench(path)
            if ext == formats[0]:
                bench_device(path)
            path.unlink()


if __name__ == "__main__":
    main()
