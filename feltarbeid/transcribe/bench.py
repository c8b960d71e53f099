"""``feltarbeid model bench``: how fast a model transcribes on this computer, and how much
memory it takes, before a user commits a night to it.

The model transcribes the first ``seconds`` of a recording with exactly the settings of
``feltarbeid transcribe`` (``Engine``, ``EngineOptions``), in a fresh process so that its
peak memory is the model's and not this process's. Prints nothing; the CLI does.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from ..models import ModelRef
from .audio import SAMPLE_RATE, windows


@dataclass
class BenchResult:
    model: str
    identity: str
    language: str  # Whisper code
    audio_seconds: float
    load_seconds: float
    transcribe_seconds: float
    peak_rss_mib: float | None  # None where the platform cannot tell
    threads: int
    segments: int

    @property
    def realtime_factor(self) -> float:
        """Seconds of audio per second of work (30 = half an hour of audio per minute)."""
        return self.audio_seconds / self.transcribe_seconds if self.transcribe_seconds else 0.0


def bench(model: ModelRef, audio: Path, *, seconds: float = 30.0, threads: int = 1,
          language: str = "en") -> BenchResult:
    """Transcribe the first ``seconds`` of ``audio`` with ``model`` in a new process."""
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_measure, model, str(audio), seconds, threads, language).result()


def _measure(model: ModelRef, audio_path: str, seconds: float, threads: int,
             language: str) -> BenchResult:
    from .engine import Engine, EngineOptions

    _, audio = next(windows(Path(audio_path)))
    audio = audio[: int(seconds * SAMPLE_RATE)]
    started = time.perf_counter()
    engine = Engine(model, threads=threads)
    loaded = time.perf_counter()
    result = engine.transcribe_array(audio, EngineOptions(language=language))
    done = time.perf_counter()
    return BenchResult(model=model.name, identity=model.identity, language=language,
                       audio_seconds=len(audio) / SAMPLE_RATE, load_seconds=loaded - started,
                       transcribe_seconds=done - loaded, peak_rss_mib=_peak_rss_mib(),
                       threads=threads, segments=len(result.segments))


def _peak_rss_mib() -> float | None:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # kilobytes on Linux, bytes on macOS
    return peak / (1024 * 1024) if os.uname().sysname == "Darwin" else peak / 1024
