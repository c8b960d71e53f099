"""The overnight batch: plan, run, commit — resumable at any point.

- **plan**: every recording (state ``recorded``) that has no finished transcript for the
  current model + settings (the settings hash). A transcript left ``running`` (the batch
  was killed) or ``failed`` is planned again and redone from the start.
- **run**: tasks go to an executor (this process, a local process pool, or Dask); the batch
  hands out a new file only while the ``until`` clock time has not passed.
- **commit**: per file, in one transaction: speakers and guide items are assigned, the
  segments saved as the ``verbatim`` version, the state set to ``transcribed`` and the audit
  entry written — or the state set to ``failed`` with the reason. A crash leaves either the
  whole file or nothing.

Logs (``logs/transcribe-*.log``) name recordings, files and errors, never transcript text.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from ..domain import Recording
from ..errors import FeltarbeidError
from ..locale import get_language, plural, t
from ..models import ModelRef, check_language, resolve
from ..store import transcripts as tr_store
from ..store.recordings import get as get_recording
from ..store.recordings import list_recordings
from ..study import Study
from ..timeutil import now
from .context import speaker_context
from .engine import EngineOptions, settings_hash, settings_of, whisper_language
from .worker import Task, TaskResult

# exit statuses of 'feltarbeid transcribe' (README, --help): 0 all went well; 1-100 the
# number of files that failed (capped); these others say what else happened
EXIT_CAP = 100
EXIT_BUSY = 101  # another batch is running in this study: nothing was done
EXIT_ERROR = 102  # an error before any file was started (settings, model, plan ...)
EXIT_INTERRUPTED = 130  # Ctrl-C / SIGTERM: the files running were marked interrupted
MODES = ("processes", "batched")
DEFAULT_MODE = "processes"

log = logging.getLogger("feltarbeid.transcribe")


@dataclass
class Plan:
    model: ModelRef
    options: EngineOptions
    settings: dict[str, Any]
    settings_hash: str
    tasks: list[Task]

    @property
    def audio_seconds(self) -> float:
        return sum(t.duration or 0.0 for t in self.tasks)


@dataclass
class Summary:
    planned: int = 0
    done: int = 0
    failed: int = 0
    not_started: int = 0  # left for the next run (the --until time had passed)
    audio_seconds: float = 0.0
    wall_seconds: float = 0.0
    failures: list[tuple[int, str]] = field(default_factory=list)  # (recording id, reason)
    transcript_ids: list[int] = field(default_factory=list)
    log_path: str = ""

    @property
    def exit_status(self) -> int:
        return min(self.failed, EXIT_CAP)


# ------------------------------------------------------------------------------ options


def engine_options(study: Study, *, mode: str | None = None) -> EngineOptions:
    mode = mode or DEFAULT_MODE
    if mode not in MODES:
        raise FeltarbeidError(t("transcribe.bad_mode", mode=mode),
                              hint=t("transcribe.bad_mode_hint", modes=", ".join(MODES)))
    return EngineOptions(language=whisper_language(study.language), batched=mode == "batched")


def model_for(study: Study, model: str | None = None,
              allow_download: bool | None = None) -> ModelRef:
    name = model or str(study.settings.get("transcribe", "model"))
    allow = (bool(study.settings.get("transcribe", "allow_download"))
             if allow_download is None else allow_download)
    if not model and name and not Path(name).is_absolute() and (study.root / name).is_dir():
        name = str(study.root / name)  # a folder named in the settings, relative to the study
    return resolve(name, allow_download=allow)


def vocabulary(study: Study, rec: Recording) -> str:
    """Names from the study's registers for this recording (session header values such as
    the municipality, and the place): given as hotwords when ``vocabulary_prompt`` is on."""
    from ..store.sessions import get_session

    if rec.session_id is None:
        return ""
    session = get_session(study.store, rec.session_id, with_events=False)
    if session is None:
        return ""
    words = [v for v in session.header_values.values() if isinstance(v, str) and v.strip()]
    if session.place:
        words.append(session.place)
    return " ".join(dict.fromkeys(w.strip() for w in words))


def plan(study: Study, *, model: str | None = None, allow_download: bool | None = None,
         mode: str | None = None, recording_ids: list[int] | None = None) -> Plan:
    """What a run would do now (nothing is changed)."""
    ref = model_for(study, model, allow_download)
    check_language(ref, study.language)
    base = engine_options(study, mode=mode)
    use_vocab = bool(study.settings.get("transcribe", "vocabulary_prompt"))
    settings = settings_of(ref, base) | {"vocabulary_prompt": use_vocab}
    shash = settings_hash(settings)
    tasks = []
    wanted = set(recording_ids) if recording_ids else None
    for rec in list_recordings(study.store, states=("recorded",)):
        if wanted is not None and rec.id not in wanted:
            continue
        row = tr_store.find(study.store, rec.id, shash)
        if row is not None and row["state"] not in ("running", "failed"):
            continue
        options = base
        if use_vocab:
            from dataclasses import replace

            options = replace(base, hotwords=vocabulary(study, rec))
        tasks.append(Task(rec.id, str((study.root / rec.path).resolve()), ref, options, shash,
                          rec.duration, rec.channels, rec.sha256, get_language()))
    if wanted:
        known = {r.id for r in list_recordings(study.store)}
        missing = sorted(wanted - known)
        if missing:
            raise FeltarbeidError(t("transcribe.no_recording", id=missing[0]),
                                  hint=t("transcribe.no_recording_hint"))
    return Plan(ref, base, settings, shash, tasks)


def deadline_from_clock(text: str, current: datetime | None = None) -> datetime:
    """'07:00' → the next time the clock shows 07:00 (today or tomorrow), local time."""
    try:
        hh, mm = text.strip().split(":")
        at = clock_time(int(hh), int(mm))
    except ValueError:
        raise FeltarbeidError(t("transcribe.bad_until", value=text),
                              hint=t("transcribe.bad_until_hint")) from None
    current = current or now()
    candidate = current.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if candidate <= current:
        candidate += timedelta(days=1)
    return candidate


# ------------------------------------------------------------------------------ commit


def changed_reason(task: Task) -> str:
    """Why a recording must not be transcribed because its file is not the one that was
    added (replaced or edited in recordings/ since 'recording add'), or '' if it is the
    same (or missing or empty: the engine says so). Checked before a file is handed out."""
    from ..files import sha256_file

    path = Path(task.audio_path)
    if not task.sha256 or not path.is_file() or path.stat().st_size == 0:
        return ""  # missing or emptied: the engine's own reason says more
    try:
        digest = sha256_file(path)
    except OSError:
        return ""  # unreadable: the engine reports it
    if digest == task.sha256:
        return ""
    return t("transcribe.recording_changed", expected=task.sha256[:12], found=digest[:12])



def mark_running(study: Study, task: Task, plan_: Plan) -> int:
    store = study.store
    tid = tr_store.get_or_create(store, task.recording_id, task.settings_hash,
                                 plan_.model.name, plan_.settings, state="running")
    tr_store.set_state(store, tid, "running")
    tr_store.bump_attempts(store, tid)
    return tid


def commit(study: Study, task: Task, result: TaskResult, plan_: Plan) -> int:
    """Store one finished task: segments with speakers and items, or the failure."""
    store = study.store
    tid = tr_store.get_or_create(store, task.recording_id, task.settings_hash,
                                 plan_.model.name, plan_.settings, state="running")
    if not result.ok:
        tr_store.set_state(store, tid, "failed", reason=result.error,
                           audit={"recording": task.recording_id, "reason": result.error})
        return tid
    rec = get_recording(store, task.recording_id)
    segments = result.segments
    if rec is not None:
        from .align import apply_items
        from .speakers import apply_speakers

        ctx = speaker_context(study, rec, result.channel_energy)
        apply_speakers(segments, ctx)
        apply_items(segments, ctx.guide_texts, ctx.cues)
    flags: dict[str, int] = {}
    for seg in segments:
        for f in seg.flags:
            flags[f] = flags.get(f, 0) + 1
    with store.tx():
        tr_store.save_version(store, tid, "verbatim", segments, state="transcribed",
                              language=result.language, duration=result.duration)
        store.audit("transcript.transcribed", str(tid),
                    {"recording": task.recording_id, "segments": len(segments),
                     "flags": flags, "settings_hash": task.settings_hash})
    return tid


# ------------------------------------------------------------------------------ run


class BatchInterrupted(FeltarbeidError):
    """Ctrl-C (or SIGTERM) during a batch: the running files were marked interrupted."""

    exit_code = EXIT_INTERRUPTED

    def __init__(self, interrupted: int, done: int) -> None:
        super().__init__(plural("transcribe.interrupted", interrupted, done=done),
                         hint=t("transcribe.interrupted_hint"))


def mark_interrupted(study: Study, tasks: list[Task], plan_: Plan) -> int:
    """Files that were running when the batch was stopped: 'failed' with the reason
    'interrupted' (so 'transcript list' says it, and the next run redoes them)."""
    reason = t("transcribe.interrupted_reason")
    for task in tasks:
        commit(study, task, TaskResult(task.recording_id, False, error=reason), plan_)
    return len(tasks)


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGTERM (a scheduler's or cron's stop) ends the batch like Ctrl-C does."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


@contextmanager
def ignoring_interrupts() -> Iterator[None]:
    """A second Ctrl-C while the batch cleans up must not leave files marked running."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
    old_term = signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old_int)
        signal.signal(signal.SIGTERM, old_term)



class BatchBusy(FeltarbeidError):
    """Another batch holds the study's lock."""

    exit_code = EXIT_BUSY


@contextmanager
def batch_lock(study: Study) -> Iterator[None]:
    """One batch per study at a time (a second one would do the same files)."""
    study.logs_dir.mkdir(exist_ok=True)
    path = study.logs_dir / ".transcribe.lock"
    with path.open("a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BatchBusy(t("transcribe.busy"), where=str(study.root),
                            hint=t("transcribe.busy_hint")) from None
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


@contextmanager
def batch_log(study: Study) -> Iterator[Path]:
    study.logs_dir.mkdir(exist_ok=True)
    stamp = now().strftime("%Y%m%d-%H%M%S")
    path = study.logs_dir / f"transcribe-{stamp}-{os.getpid()}.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        yield path
    finally:
        log.removeHandler(handler)
        handler.close()


MAX_DEFAULT_WORKERS = 4  # each process holds a model and ~650 MB while transcribing


def default_workers() -> int:
    """One process per core (measured faster than threads in one process), at most 4."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))


Listener = Callable[[str, dict[str, Any]], None]


def run(study: Study, *, model: str | None = None, allow_download: bool | None = None,
        workers: int | None = None, mode: str | None = None, until: datetime | None = None,
        cluster: str | None = None, recording_ids: list[int] | None = None,
        threads: int | None = None, listener: Listener | None = None) -> Summary:
    """Transcribe every planned recording; returns a summary (exit status = failures).

    ``workers``: processes for mode 'processes' (default: from settings, else the number of
    cores, at most 4); ``mode``: 'processes' or 'batched' (faster-whisper's batched
    pipeline in one process); ``cluster``: a Dask scheduler address; ``until``: hand out no
    new file after this time; ``listener(event, fields)`` gets 'plan', 'start', 'done'."""
    from .executors import run_dask, run_inline, run_pool

    emit = listener or (lambda event, fields: None)
    started = time.perf_counter()
    with batch_lock(study), batch_log(study) as log_path:
        p = plan(study, model=model, allow_download=allow_download, mode=mode,
                 recording_ids=recording_ids)
        summary = Summary(planned=len(p.tasks), log_path=str(log_path))
        n_workers = workers or int(study.settings.get("transcribe", "workers")) or \
            default_workers()
        if p.options.batched:
            n_workers = 1
        cores = os.cpu_count() or 1
        per_task_threads = threads or max(1, cores // max(1, min(n_workers, len(p.tasks) or 1)))
        log.info("batch start: %d recording(s), %.0f s of audio, model %s, settings %s, "
                 "workers %d x %d thread(s)%s", len(p.tasks), p.audio_seconds, p.model.name,
                 p.settings_hash, n_workers, per_task_threads,
                 f", cluster {cluster}" if cluster else "")
        emit("plan", {"files": len(p.tasks), "audio_seconds": p.audio_seconds,
                      "model": p.model.name, "workers": n_workers})
        by_id = {t.recording_id: t for t in p.tasks}
        state = {"started": 0}
        inflight: dict[int, Task] = {}  # handed out, not committed yet

        def finish(task: Task, result: TaskResult) -> None:
            tid = commit(study, task, result, p)
            inflight.pop(task.recording_id, None)
            summary.transcript_ids.append(tid)
            if result.ok:
                summary.done += 1
                summary.audio_seconds += result.duration
                flagged = sum(1 for s in result.segments if "repetition" in s.flags)
                log.info("recording %d: done, transcript %d, %d segment(s), %d flagged "
                         "repetition, %.1f s", result.recording_id, tid, len(result.segments),
                         flagged, result.seconds)
            else:
                summary.failed += 1
                summary.failures.append((result.recording_id, result.error))
                log.error("recording %d (%s): FAILED: %s", result.recording_id,
                          _rel(study, task.audio_path), result.error)
            emit("done", {"recording": result.recording_id, "ok": result.ok,
                          "audio_seconds": task.duration or result.duration,
                          "error": result.error})

        def feed() -> Iterator[Task]:
            for task in p.tasks:
                if until is not None and now() >= until:
                    log.info("the --until time has passed: no new files are started")
                    return
                mark_running(study, task, p)
                inflight[task.recording_id] = task
                state["started"] += 1
                log.info("recording %d (%s, %s s): start", task.recording_id,
                         _rel(study, task.audio_path), _secs(task.duration))
                emit("start", {"recording": task.recording_id})
                changed = changed_reason(task)
                if changed:  # refused here: the file is not what was added
                    finish(task, TaskResult(task.recording_id, False, error=changed))
                    continue
                yield task

        if cluster:
            results = run_dask(feed(), address=cluster, threads=threads or 1)
        elif n_workers > 1 and len(p.tasks) > 1:
            results = run_pool(feed(), workers=n_workers, threads=per_task_threads)
        else:
            results = run_inline(feed(), threads=per_task_threads)
        with interruptible():
            try:
                for result in results:
                    finish(by_id[result.recording_id], result)
            except KeyboardInterrupt:
                with ignoring_interrupts():
                    results.close()  # stops the workers (the executors' own cleanup)
                    n = mark_interrupted(study, list(inflight.values()), p)
                    log.warning("batch interrupted (Ctrl-C or SIGTERM): %d file(s) marked "
                                "interrupted, %d done before", n, summary.done)
                raise BatchInterrupted(n, summary.done) from None
        summary.not_started = len(p.tasks) - state["started"]
        summary.wall_seconds = time.perf_counter() - started
        log.info("batch end: %d done, %d failed, %d not started, %.1f s",
                 summary.done, summary.failed, summary.not_started, summary.wall_seconds)
    return summary


def _rel(study: Study, path: str) -> str:
    try:
        return str(Path(path).relative_to(study.root))
    except ValueError:
        return path


def _secs(value: float | None) -> str:
    return "?" if value is None else f"{value:.0f}"
