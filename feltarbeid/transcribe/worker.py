"""The per-file task: the same function runs in-process, in a local process pool, on a
Dask worker and in a Slurm array task. It reads the audio and returns a result; it never
touches the study database (the coordinator commits), and it never raises for a bad file.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from .. import locale
from ..domain import Segment
from ..errors import FeltarbeidError
from ..models import BUNDLED, ModelRef, resolve
from .audio import BadAudio, ChannelEnergy
from .engine import Engine, EngineOptions

_ENGINES: dict[tuple[str, str, int], Engine] = {}


@dataclass(frozen=True)
class Task:
    recording_id: int
    audio_path: str  # absolute path the worker can read
    model: ModelRef
    options: EngineOptions
    settings_hash: str
    duration: float | None = None  # from probing at 'recording add' (for progress)
    channels: int | None = None
    sha256: str = ""  # of the file as added; checked before it is transcribed
    language: str = ""  # the language of the reasons the worker writes ("": its own)


@dataclass
class TaskResult:
    recording_id: int
    ok: bool
    segments: list[Segment] = field(default_factory=list)
    duration: float = 0.0
    language: str = ""
    channel_energy: list[tuple[float, ...]] = field(default_factory=list)  # per segment
    error: str = ""
    seconds: float = 0.0


def engine_for(model: ModelRef, compute_type: str, threads: int) -> Engine:
    """One loaded model per process (and per thread count), reused for every file."""
    key = (str(model.path), compute_type, threads)
    if key not in _ENGINES:
        _ENGINES[key] = Engine(model, compute_type=compute_type, threads=threads)
    return _ENGINES[key]


def segment_energy(energy, segments: list[Segment], hop: float = 0.1) -> list[tuple[float, ...]]:  # noqa: ANN001
    """Mean RMS per channel over each segment's time span."""
    out = []
    n = energy.shape[1]
    for seg in segments:
        a = min(int(seg.start / hop), max(n - 1, 0))
        b = max(a + 1, min(int(seg.end / hop) + 1, n))
        out.append(tuple(float(x) for x in energy[:, a:b].mean(axis=1)) if n else ())
    return out


def run_task(task: Task, threads: int = 0) -> TaskResult:
    """Transcribe one recording. Errors become a failed result with a reason."""
    started = time.perf_counter()
    if task.language:  # a worker process (spawned, or on a cluster) starts in its own
        locale.set_language(task.language)
    try:
        model = task.model
        if model.name == BUNDLED and not model.path.is_dir():
            model = resolve(BUNDLED)  # a cluster worker assembles its own cache
        engine = engine_for(model, task.options.compute_type, threads)
        gathered = ChannelEnergy() if (task.channels or 0) >= 2 else None
        result = engine.transcribe(Path(task.audio_path), task.options, task.duration,
                                   energy=gathered)
        energy: list[tuple[float, ...]] = []
        if gathered is not None and result.segments:
            energy = segment_energy(gathered.array(), result.segments)
        return TaskResult(task.recording_id, True, result.segments, result.duration,
                          result.language, energy, seconds=time.perf_counter() - started)
    except BadAudio as exc:
        reason = exc.what
    except FeltarbeidError as exc:
        reason = exc.render()
    except MemoryError:
        reason = locale.t("transcribe.out_of_memory")
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
        reason = locale.t("transcribe.unexpected_error", kind=type(exc).__name__, error=exc,
                          where=where)
    return TaskResult(task.recording_id, False, error=reason,
                      seconds=time.perf_counter() - started)
