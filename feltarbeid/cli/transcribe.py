"""recording add/list, transcribe (local, Dask, Slurm), transcript list/show."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..errors import FeltarbeidError
from ..locale import plural, t
from ..timeutil import format_clock
from .common import console, err_console, get_study

recording_app = typer.Typer(help="Recordings: audio copied into the study (never modified).",
                            no_args_is_help=True)
transcript_app = typer.Typer(
    help="Transcripts: list, read, correct (edit) and compare (diff) them.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(recording_app, name="recording")
    app.add_typer(transcript_app, name="transcript")
    app.command("transcribe")(transcribe)


# ----------------------------------------------------------------------------- recordings


@recording_app.command("add")
def recording_add(
    files: Annotated[list[Path], typer.Argument(help="Audio or video files.")],
    session: Annotated[
        str | None, typer.Option("--session", help="The interview session it recorded.")
    ] = None,
) -> None:
    """Copy recordings into the study and register them (size, duration, sha256).

    A bad file (missing, empty, given twice, added before) is not added and is reported;
    the good files are added. Exit status: 0 all added; 1-100 the number of files not
    added; 102 nothing was added because of an error that concerns them all (no study,
    unknown session).

    Example: feltarbeid recording add ~/Opptak/IP01.m4a --session S001
    """
    from ..transcribe.batch import EXIT_ERROR
    from ..transcribe.recordings import add_each

    try:
        study = get_study()
        result = add_each(study, files, session_id=session)
    except FeltarbeidError as exc:
        exc.exit_code = EXIT_ERROR  # never read as 'n files were not added'
        raise
    for added in result.added:
        rec = added.recording
        console.print(t("transcribe.recording_added", id=rec.id, path=rec.path,
                        duration=format_clock(rec.duration)))
        if added.source is not None:
            console.print("  " + t("safety.recording_from", name=added.source.name),
                          markup=False)
        if added.warning:
            err_console.print(t("transcribe.recording_warning", id=rec.id,
                                reason=added.warning))
    for name, exc in result.refused:
        err_console.print(escape(t("transcribe.add_refused", file=name, reason=exc.what)),
                          soft_wrap=True)
        if exc.hint:
            err_console.print(f"  → {escape(exc.hint)}", soft_wrap=True)
    if result.refused:
        err_console.print(t("transcribe.add_refused_count", n=len(result.refused),
                            total=len(files)))
        raise typer.Exit(min(len(result.refused), 100))


@recording_app.command("link")
def recording_link(
    recording: Annotated[int, typer.Argument(help="Recording id (see 'recording list').")],
    session: Annotated[str, typer.Option("--session", help="The interview session it recorded.")],
    force: Annotated[bool, typer.Option(
        "--force", help="Move it from the session it is linked to now.")] = False,
) -> None:
    """Link a recording added without --session to its interview session.

    The session gives the consent check, the guide and the speakers for transcription.

    Example: feltarbeid recording link 3 --session S001
    """
    from ..transcribe.recordings import link_recording

    study = get_study()
    rec = link_recording(study, recording, session, force=force)
    console.print(t("transcribe.linked", id=rec.id, session=rec.session_id))


@recording_app.command("list")
def recording_list(
    names: Annotated[bool, typer.Option(
        "--names", help="Also show each file's original name, kept sealed to the linking "
                        "key (needs the key's passphrase).")] = False,
) -> None:
    """One line per recording, id first. The file in recordings/ is named by the start of
    its content hash; the original file name (which may name a person) is shown only
    with --names and the key.

    Example: feltarbeid recording list --names
    """
    from ..store.recordings import list_recordings, sealed_name

    study = get_study()
    recs = list_recordings(study.store)
    if not recs:
        console.print(t("transcribe.no_recordings"))
        return
    shown: dict[int, str] = {}
    if names:
        from ..anonymise.keyfile import get_passphrase, open_key, unseal

        passphrase = get_passphrase()
        open_key(study, passphrase)  # a wrong passphrase stops here, once
        for rec in recs:
            sealed = sealed_name(study.store, rec.id)
            if sealed is None:
                shown[rec.id] = t("safety.name_not_kept")
                continue
            try:
                shown[rec.id] = unseal(study, sealed, passphrase).decode("utf-8")
            except FeltarbeidError:
                shown[rec.id] = t("safety.name_other_key")
    for rec in recs:
        line = (f"{rec.id:>4}  {rec.session_id or '—':<6}  "
                f"{format_clock(rec.duration):>8}  {rec.channels or '?'} ch  "
                f"{t(f'transcribe.rec_state_{rec.state}'):<10}  {escape(rec.path)}")
        if names:
            line += f"  {escape(shown[rec.id])}"
        console.print(line, soft_wrap=True)


# ----------------------------------------------------------------------------- transcribe


def transcribe(
    model: Annotated[str | None, typer.Option(
        help="Size name (base is bundled), CTranslate2 folder, or hub id.")] = None,
    allow_download: Annotated[bool, typer.Option(
        "--allow-download", help="Allow downloading the model (the only network use).")] = False,
    workers: Annotated[int | None, typer.Option(
        help="Parallel processes (default: settings, else the number of cores, at most 4).",
        min=1)] = None,
    mode: Annotated[str | None, typer.Option(
        help="processes (default) or batched (faster-whisper's batched pipeline).")] = None,
    until: Annotated[str | None, typer.Option(
        help="Start no new file after this clock time (HH:MM).")] = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar; print only failures (for cron).")] = False,
    cluster: Annotated[str | None, typer.Option(
        help="Run on an existing Dask cluster: tcp://host:port.")] = None,
    slurm_array: Annotated[bool, typer.Option(
        "--slurm-array", help="Write a Slurm job-array script instead of running.")] = False,
    task: Annotated[int | None, typer.Option(
        help="Run one task of a Slurm job array (its index); writes a result file.",
        min=0)] = None,
    collect: Annotated[bool, typer.Option(
        "--collect", help="Store the result files Slurm array tasks wrote (one host).")
    ] = False,
    plan_file: Annotated[Path | None, typer.Option(
        "--plan", help="The plan file a job-array script names (with --task).")] = None,
    recording: Annotated[list[int] | None, typer.Option(
        "--recording", "-r", help="Only these recording ids.")] = None,
    threads: Annotated[int | None, typer.Option(
        help="CPU threads per file (default: cores / workers).", min=1)] = None,
) -> None:
    """Transcribe every recording that has no transcript for the current model+settings.

    Safe to re-run at any time: finished files are never redone; an interrupted file is redone.

    Exit status: 0 all went well; 1-100 the number of files that failed; 101 another batch
    is running in this study (nothing was done); 102 an error before any file was started
    (settings, model, plan); 130 interrupted by Ctrl-C (run it again to go on).

    Example: feltarbeid transcribe --until 07:00 --quiet
    """
    from ..transcribe import batch

    try:
        _transcribe(model=model, allow_download=allow_download, workers=workers, mode=mode,
                    until=until, quiet=quiet, cluster=cluster, slurm_array=slurm_array,
                    task=task, collect=collect, plan_file=plan_file, recording=recording,
                    threads=threads)
    except FeltarbeidError as exc:
        if exc.exit_code not in (batch.EXIT_BUSY, batch.EXIT_INTERRUPTED):
            exc.exit_code = batch.EXIT_ERROR  # never read as 'n files failed'
        raise


def _transcribe(*, model: str | None, allow_download: bool, workers: int | None,
                mode: str | None, until: str | None, quiet: bool, cluster: str | None,
                slurm_array: bool, task: int | None, collect: bool, plan_file: Path | None,
                recording: list[int] | None, threads: int | None) -> None:
    from ..transcribe import batch, slurm

    study = get_study()
    if task is not None:  # a Slurm array task: never opens the study database
        if plan_file is None:
            raise FeltarbeidError(t("transcribe.task_needs_plan"),
                                  hint=t("transcribe.task_needs_plan_hint"))
        summary = slurm.run_array_task(study, task, plan_file, threads=threads)
        _report(summary, quiet=True)
        raise typer.Exit(summary.exit_status)
    if collect:
        summary = slurm.collect(study)
        if summary.planned == 0:
            console.print(t("transcribe.collect_none"))
            return
        _report(summary, quiet=quiet)
        raise typer.Exit(summary.exit_status)
    if slurm_array:
        waiting = len(slurm.pending_results(study))
        if waiting:
            console.print(plural("transcribe.collect_waiting", waiting))
        script, plan_path, n = slurm.write_array_script(study, model=model, mode=mode,
                                                        allow_download=allow_download,
                                                        threads=threads)
        if script is None:
            console.print(t("transcribe.nothing_to_do"))
            return
        console.print(t("transcribe.slurm_written", script=str(script), plan=str(plan_path),
                        n=n))
        console.print(f"  sbatch {shlex.quote(str(script))}")
        console.print(t("transcribe.slurm_collect"))
        return
    deadline = batch.deadline_from_clock(until) if until else None
    if quiet or not sys.stderr.isatty():
        summary = batch.run(study, model=model, allow_download=allow_download or None,
                            workers=workers, mode=mode, until=deadline, cluster=cluster,
                            recording_ids=recording or None, threads=threads)
    else:
        summary = _run_with_progress(study, batch, model=model,
                                     allow_download=allow_download or None, workers=workers,
                                     mode=mode, until=deadline, cluster=cluster,
                                     recording_ids=recording or None, threads=threads)
    _report(summary, quiet=quiet)
    raise typer.Exit(summary.exit_status)


def _run_with_progress(study, batch, **kwargs):  # noqa: ANN001, ANN202
    from rich.progress import (  # here, not at the top: every command starts faster
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn("{task.description}"), BarColumn(),
        TextColumn("{task.fields[files]}"), MofNCompleteColumn(),
        TextColumn("min"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=err_console, transient=False,
    )
    state: dict = {"done": 0, "files": 0, "task": None}

    def listener(event: str, fields: dict) -> None:
        if event == "plan":
            state["files"] = fields["files"]
            state["task"] = progress.add_task(
                t("transcribe.progress"), total=max(1, round(fields["audio_seconds"] / 60)),
                files=t("transcribe.progress_files", done=0, total=fields["files"]))
        elif event == "done" and state["task"] is not None:
            state["done"] += 1
            progress.update(state["task"], advance=(fields["audio_seconds"] or 0) / 60,
                            files=t("transcribe.progress_files", done=state["done"],
                                    total=state["files"]))

    with progress:
        return batch.run(study, listener=listener, **kwargs)


def _report(summary, *, quiet: bool) -> None:  # noqa: ANN001
    for rid, reason in summary.failures:
        err_console.print(t("transcribe.failed_line", id=rid, reason=escape(reason)))
    if quiet and not summary.failed:
        return
    console.print(t("transcribe.summary", done=summary.done, failed=summary.failed,
                    minutes=f"{summary.audio_seconds / 60:.1f}",
                    wall=format_clock(summary.wall_seconds)))
    if summary.not_started:
        console.print(plural("transcribe.not_started", summary.not_started))
    if summary.planned == 0:
        console.print(t("transcribe.nothing_to_do"))
    console.print(t("transcribe.log_at", path=summary.log_path))


# ----------------------------------------------------------------------------- transcripts


@transcript_app.command("list")
def transcript_list() -> None:
    """One line per transcript, id first: recording, session, state, model, length, and how
    far its correction in the workbench has come (passages checked, minutes heard).

    Example: feltarbeid transcript list
    """
    from ..store.corrections import all_progress
    from ..store.transcripts import list_transcripts
    from ..workbench.progress import describe

    study = get_study()
    rows = list_transcripts(study.store)
    if not rows:
        console.print(t("transcribe.no_transcripts"))
        return
    progress = all_progress(study.store)
    for row in rows:
        extra = f"  {escape(row['failure_reason'] or '')}" if row["state"] == "failed" else ""
        state = t(f"core.state_{row['state']}")
        corrected = f"  {describe(progress[row['id']])}" if row["id"] in progress else ""
        console.print(f"{row['id']:>4}  R{row['recording_id']:<4}  {row['session_id'] or '—':<6}  "
                      f"{state:<11}  {escape(row['model'])}  "
                      f"{format_clock(row['duration']):>8}{corrected}{extra}", soft_wrap=True)


@transcript_app.command("show")
def transcript_show(
    transcript_id: Annotated[int, typer.Argument(help="Transcript id (see 'transcript list').")],
    plain: Annotated[bool, typer.Option(
        "--plain", help="Only the text, one segment per line.")] = False,
) -> None:
    """Show a transcript: passage numbers, times, speakers, guide items and flags
    (passages held back as sensitive are flagged).

    Example: feltarbeid transcript show 3 --plain
    """
    from ..sensitive import sensitive_in
    from ..store.transcripts import load

    study = get_study()
    tr = load(study.store, transcript_id)
    if plain:
        for seg in tr.segments:
            typer.echo(seg.text)
        return
    console.print(t("transcribe.show_header", id=tr.id, recording=tr.recording_id,
                    state=t(f"core.state_{tr.state}"), model=escape(tr.model), language=tr.language,
                    duration=format_clock(tr.duration)))
    if tr.failure_reason:
        console.print(t("transcribe.show_failed", reason=escape(tr.failure_reason)))
    held = sensitive_in(study.store, tr.id, tr.segments)
    table = Table(box=None, show_header=True, pad_edge=False)
    table.add_column("#", justify="right")
    for col in ("time", "speaker", "item", "text", "flags"):
        table.add_column(t(f"transcribe.col_{col}"), overflow="fold")
    for seg in tr.segments:
        flags = [*seg.flags, *([t("sensitive.flag")] if seg.idx in held else [])]
        table.add_row(str(seg.idx + 1), f"{format_clock(seg.start)}–{format_clock(seg.end)}",
                      seg.speaker, seg.item_id or "", escape(seg.text), ", ".join(flags))
    console.print(table)
