"""A Slurm job array for HPC systems (e.g. TSD): one array task per planned recording,
and one collect step that commits the results — the study database is written from one
host only.

SQLite's WAL mode does not work across hosts on a network file system, and locking on
NFS/Lustre is unreliable: array tasks running on several nodes must never open
``feltarbeid.db``. So:

1. ``feltarbeid transcribe --slurm-array`` (on the login node) reads the database once and
   writes a **plan file** that holds everything a task needs (audio path inside the study,
   its sha256, model, engine options, settings hash), the array script and a collect
   script, under ``<study>/slurm/``.
2. Each **task** (``transcribe --plan FILE --task N``) reads only the plan file and its
   recording, checks the recording's sha256, transcribes it and writes its result as one
   file, atomically (temporary file, fsync, rename), owner-only:
   ``slurm/results/<settings hash>/<recording id>.json``. It never opens the database.
3. **Collect** (``transcribe --collect``): one process, holding the study's batch lock,
   commits every result file like a local run commits a finished file (speakers, guide
   items, one transaction per file), then deletes the file. Task 0 of the array submits it
   as a dependent job (``--dependency=afterany:<array job>``: it starts when every task has
   ended, whether it succeeded or not); it can be run by hand at any time, and again.

Job and file names carry no personal data: the jobs are called ``feltarbeid-transcribe``
and ``feltarbeid-collect``, tasks are numbered, result files are named by recording id.
The study folder must be on a file system the compute nodes share, at the same path.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..domain import Segment, Word
from ..errors import FeltarbeidError
from ..files import write_atomic
from ..locale import t
from ..models import ModelRef
from ..study import Study
from .batch import Plan, Summary, batch_lock, batch_log, changed_reason, commit, plan
from .engine import EngineOptions
from .worker import Task, TaskResult

JOB_NAME = "feltarbeid-transcribe"
COLLECT_JOB_NAME = "feltarbeid-collect"
PLAN_FORMAT = "feltarbeid-slurm-plan"
RESULT_FORMAT = "feltarbeid-task-result"
FORMAT_VERSION = 2  # 1: the plan listed recording ids and tasks committed themselves

log = logging.getLogger("feltarbeid.transcribe")


def results_dir(study: Study) -> Path:
    return study.slurm_dir / "results"


def result_path(study: Study, settings_hash: str, recording_id: int) -> Path:
    return results_dir(study) / settings_hash / f"{int(recording_id)}.json"


def pending_results(study: Study) -> list[Path]:
    """Result files written by array tasks and not collected yet."""
    return sorted(results_dir(study).glob("*/*.json"))


# ------------------------------------------------------------------------------ the plan


def task_to_dict(study: Study, task: Task) -> dict[str, Any]:
    audio = Path(task.audio_path)
    try:
        rel = audio.relative_to(study.root).as_posix()
    except ValueError:
        rel = str(audio)
    return {"recording_id": task.recording_id, "audio": rel, "sha256": task.sha256,
            "duration": task.duration, "channels": task.channels,
            "options": asdict(task.options), "language": task.language}


def _task_from_dict(study: Study, d: dict[str, Any], model: ModelRef, shash: str) -> Task:
    audio = Path(d["audio"])
    return Task(int(d["recording_id"]), str(audio if audio.is_absolute() else study.root / audio),
                model, EngineOptions(**d["options"]), shash, d.get("duration"),
                d.get("channels"), str(d.get("sha256") or ""), str(d.get("language") or ""))


def _model_to_dict(model: ModelRef) -> dict[str, Any]:
    return {"name": model.name, "path": str(model.path), "identity": model.identity,
            "languages": list(model.languages)}


def _model_from_dict(d: dict[str, Any]) -> ModelRef:
    return ModelRef(name=str(d["name"]), path=Path(d["path"]), identity=str(d["identity"]),
                    languages=tuple(d.get("languages", ())))


def write_array_script(study: Study, *, model: str | None = None, mode: str | None = None,
                       allow_download: bool = False, threads: int | None = None,
                       cpus: int = 2, mem: str = "4G",
                       hours: int = 4) -> tuple[Path | None, Path, int]:
    """Write the plan file, the array script and the collect script; returns (array
    script, plan file, tasks). With nothing to do, no script is written (script is None).
    Recordings whose result waits to be collected are not planned again."""
    p = plan(study, model=model, mode=mode, allow_download=allow_download or None)
    waiting = {int(f.stem) for f in (results_dir(study) / p.settings_hash).glob("*.json")}
    tasks = [tk for tk in p.tasks if tk.recording_id not in waiting]
    folder = study.slurm_dir
    folder.mkdir(mode=0o700, exist_ok=True)
    plan_path = folder / f"plan-{p.settings_hash}.json"
    content = {"format": PLAN_FORMAT, "format_version": FORMAT_VERSION,
               "settings_hash": p.settings_hash, "settings": p.settings,
               "model": _model_to_dict(p.model),
               "tasks": [task_to_dict(study, tk) for tk in tasks]}
    write_atomic(plan_path, json.dumps(content, indent=1, ensure_ascii=False) + "\n")
    n = len(tasks)
    if n == 0:
        return None, plan_path, 0
    beside = Path(sys.executable).with_name("feltarbeid")
    exe = str(beside) if beside.is_file() else (shutil.which("feltarbeid") or "feltarbeid")
    study_arg = ["--study", str(study.root)]
    args = [*study_arg, "transcribe", "--plan", str(plan_path), "--threads", str(threads or cpus)]
    logs = shlex.quote(str(study.logs_dir))
    collect = folder / f"transcribe-collect-{p.settings_hash}.sh"
    collect_lines = [
        "#!/bin/bash",
        f"#SBATCH --job-name={COLLECT_JOB_NAME}",
        "#SBATCH --cpus-per-task=1",
        "#SBATCH --mem=2G",
        "#SBATCH --time=02:00:00",
        f"#SBATCH --output={logs}/slurm-collect-%j.out",
        "# Written by 'feltarbeid transcribe --slurm-array'. Commits the results the array",
        "# tasks wrote under slurm/results/ into the study database, from this one host.",
        "# Safe to run again, and by hand: feltarbeid --study DIR transcribe --collect",
        "set -euo pipefail",
        f"{shlex.quote(exe)} {' '.join(shlex.quote(a) for a in study_arg)} transcribe --collect",
        "",
    ]
    write_atomic(collect, "\n".join(collect_lines), mode=0o700)
    script = folder / f"transcribe-array-{p.settings_hash}.sh"
    lines = [
        "#!/bin/bash",
        f"#SBATCH --job-name={JOB_NAME}",
        f"#SBATCH --array=0-{n - 1}",
        f"#SBATCH --cpus-per-task={cpus}",
        f"#SBATCH --mem={mem}",
        f"#SBATCH --time={hours:02d}:00:00",
        f"#SBATCH --output={logs}/slurm-%A_%a.out",
        "# Written by 'feltarbeid transcribe --slurm-array'. One task per recording. A task",
        "# never writes the study database (SQLite cannot be shared between hosts on a",
        "# network file system): it writes its result as a file under slurm/results/.",
        "# Task 0 submits the collect job, which starts when every task has ended",
        "# (--dependency=afterany) and commits the results from one host. By hand:",
        f"#   feltarbeid --study {shlex.quote(str(study.root))} transcribe --collect",
        "set -euo pipefail",
        'if [ "${SLURM_ARRAY_TASK_ID:-0}" = "0" ] && [ -n "${SLURM_ARRAY_JOB_ID:-}" ]; then',
        '    sbatch --dependency=afterany:"${SLURM_ARRAY_JOB_ID}" '
        f"{shlex.quote(str(collect))} \\",
        "        || echo 'feltarbeid: could not submit the collect job; run"
        " feltarbeid transcribe --collect by hand' >&2",
        "fi",
        f"{shlex.quote(exe)} {' '.join(shlex.quote(a) for a in args)} "
        '--task "$SLURM_ARRAY_TASK_ID"',
        "",
    ]
    write_atomic(script, "\n".join(lines), mode=0o700)
    return script, plan_path, n


def _read_plan(plan_file: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(plan_file).read_text(encoding="utf-8"))
        if data.get("format") != PLAN_FORMAT or not isinstance(data.get("tasks"), list):
            raise ValueError("format")
        return data
    except (OSError, ValueError, AttributeError) as exc:
        raise FeltarbeidError(t("transcribe.bad_plan", detail=type(exc).__name__),
                              where=str(plan_file), hint=t("transcribe.bad_plan_hint")) from None


# ------------------------------------------------------------------------------ one task


def run_array_task(study: Study, index: int, plan_file: Path, *,
                   threads: int | None = None) -> Summary:
    """One task of the job array: transcribe the recording at ``index`` of the plan file
    and write its result file. Reads the plan and the audio; never opens the database."""
    from .executors import run_inline

    data = _read_plan(plan_file)
    tasks = data["tasks"]
    if not 0 <= index < len(tasks):
        raise FeltarbeidError(t("transcribe.task_not_in_plan", index=index, last=len(tasks) - 1),
                              where=str(plan_file), hint=t("transcribe.task_not_in_plan_hint"))
    shash = str(data["settings_hash"])
    task = _task_from_dict(study, tasks[index], _model_from_dict(data["model"]), shash)
    started = time.perf_counter()
    with batch_log(study) as log_path:
        summary = Summary(planned=1, log_path=str(log_path))
        log.info("task %d: recording %d: start", index, task.recording_id)
        reason = changed_reason(task)
        if reason:
            result = TaskResult(task.recording_id, False, error=reason)
        else:
            [result] = list(run_inline([task], threads=threads or (os.cpu_count() or 1)))
        path = write_result(study, task, result, settings=data["settings"], model=data["model"])
        if result.ok:
            summary.done = 1
            summary.audio_seconds = result.duration
            log.info("task %d: recording %d: done, result in %s", index, task.recording_id,
                     path.relative_to(study.root))
        else:
            summary.failed = 1
            summary.failures.append((task.recording_id, result.error))
            log.error("task %d: recording %d: FAILED: %s", index, task.recording_id,
                      result.error)
        summary.wall_seconds = time.perf_counter() - started
    return summary


def write_result(study: Study, task: Task, result: TaskResult, *, settings: dict[str, Any],
                 model: dict[str, Any]) -> Path:
    """The task's result as one file, written atomically and readable by the owner only."""
    path = result_path(study, task.settings_hash, task.recording_id)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    content = {
        "format": RESULT_FORMAT, "format_version": FORMAT_VERSION,
        "settings_hash": task.settings_hash, "settings": settings, "model": model,
        "task": task_to_dict(study, task),
        "ok": result.ok, "error": result.error, "duration": result.duration,
        "language": result.language, "seconds": result.seconds,
        "channel_energy": [list(e) for e in result.channel_energy],
        "segments": [_segment_to_dict(s) for s in result.segments],
    }
    return write_atomic(path, json.dumps(content, ensure_ascii=False))


def _segment_to_dict(s: Segment) -> dict[str, Any]:
    return {"idx": s.idx, "start": s.start, "end": s.end, "text": s.text,
            "speaker": s.speaker, "item_id": s.item_id, "avg_logprob": s.avg_logprob,
            "flags": list(s.flags), "origin": s.origin,
            "words": [[w.start, w.end, w.word, w.probability] for w in s.words]}


def _segment_from_dict(d: dict[str, Any]) -> Segment:
    return Segment(idx=int(d["idx"]), start=float(d["start"]), end=float(d["end"]),
                   text=str(d["text"]), speaker=str(d.get("speaker") or ""),
                   item_id=d.get("item_id"), words=[Word(*w) for w in d.get("words", [])],
                   avg_logprob=d.get("avg_logprob"), flags=list(d.get("flags", [])),
                   origin=d.get("origin", "spoken"))


# ------------------------------------------------------------------------------ collect


def collect(study: Study) -> Summary:
    """Commit every result file the array tasks wrote, from this one process (the
    study's batch lock is held), then delete it. A result whose transcript is finished
    already (collected before) or whose recording was withdrawn meanwhile is deleted
    without being stored. Returns a summary like a local run (exit status = failures)."""
    from ..store import transcripts as tr_store
    from ..store.recordings import get as get_recording

    started = time.perf_counter()
    with batch_lock(study), batch_log(study) as log_path:
        files = pending_results(study)
        summary = Summary(planned=len(files), log_path=str(log_path))
        log.info("collect: %d result file(s)", len(files))
        for path in files:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("format") != RESULT_FORMAT:
                    raise ValueError("format")
                shash = str(data["settings_hash"])
                model = _model_from_dict(data["model"])
                task = _task_from_dict(study, data["task"], model, shash)
                result = TaskResult(task.recording_id, bool(data["ok"]),
                                    [_segment_from_dict(s) for s in data["segments"]],
                                    float(data["duration"] or 0.0), str(data["language"]),
                                    [tuple(e) for e in data.get("channel_energy", [])],
                                    str(data.get("error") or ""), float(data.get("seconds", 0)))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                reason = t("transcribe.bad_result", detail=type(exc).__name__)
                summary.failed += 1
                summary.failures.append((_recording_of(path), reason))
                log.error("collect: %s: %s (kept)", path.relative_to(study.root), reason)
                continue
            rec = get_recording(study.store, task.recording_id)
            row = tr_store.find(study.store, task.recording_id, shash)
            if rec is None or rec.state != "recorded":
                log.info("collect: recording %d is no longer in the study: result deleted",
                         task.recording_id)
                path.unlink()
                continue
            if row is not None and row["state"] not in ("running", "failed"):
                log.info("collect: recording %d was collected before: result deleted",
                         task.recording_id)
                path.unlink()
                continue
            plan_ = Plan(model, task.options, dict(data["settings"]), shash, [task])
            tid = commit(study, task, result, plan_)
            tr_store.bump_attempts(study.store, tid)
            path.unlink()  # only after the commit: a crash before it leaves the file
            summary.transcript_ids.append(tid)
            if result.ok:
                summary.done += 1
                summary.audio_seconds += result.duration
                log.info("collect: recording %d: transcript %d, %d segment(s)",
                         task.recording_id, tid, len(result.segments))
            else:
                summary.failed += 1
                summary.failures.append((task.recording_id, result.error))
                log.error("collect: recording %d: FAILED: %s", task.recording_id, result.error)
        for folder in results_dir(study).glob("*"):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        summary.wall_seconds = time.perf_counter() - started
        log.info("collect end: %d stored, %d failed", summary.done, summary.failed)
    return summary


def _recording_of(path: Path) -> int:
    try:
        return int(path.stem)
    except ValueError:
        return 0
