"""The transcription batch under things users do (issue 16): a recording replaced after
'recording add' (item 11), Ctrl-C (16), a second batch (19), 'recording link' and a bad
file among good ones in 'recording add' (20), Slurm array tasks that must not write the
database (24).

Fast tests use no model (the batch refuses before any is loaded); the ones marked slow
run the real bundled model on a few seconds of the sample interview.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from test_transcribe_batch import write_clip

from feltarbeid.domain import Informant, Session
from feltarbeid.store import transcripts as tr_store
from feltarbeid.store.recordings import get as get_recording
from feltarbeid.store.registers import add_informant
from feltarbeid.store.sessions import create_session
from feltarbeid.study import Study, init_study
from feltarbeid.transcribe import batch
from feltarbeid.transcribe.recordings import add_recordings

EXE = Path(sys.executable).with_name("feltarbeid")


@pytest.fixture(autouse=True)
def _ctrl_c_as_in_a_terminal():  # type: ignore[no-untyped-def]
    """Ctrl-C as a terminal gives it: Python's own handler here and the default in the
    batches started from here. A suite started in the background by a shell without job
    control ('make test &' in a script, some CI runners) inherits SIGINT ignored, and every
    Ctrl-C test then failed ('Done: 2 transcribed' where 130 was expected)."""
    try:
        old = signal.signal(signal.SIGINT, signal.default_int_handler)
    except ValueError:  # not the main thread: nothing to set
        yield
        return
    yield
    signal.signal(signal.SIGINT, old)


def tone(dest: Path, seconds: float = 1.0, freq: float = 440.0) -> Path:
    """A short tone (a valid WAV without speech; cheap to make, no decoding)."""
    t = np.arange(int(seconds * 16000)) / 16000
    with wave.open(str(dest), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((0.3 * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2").tobytes())
    return dest


def en_study(root: Path) -> Study:
    study = init_study(root, title="Hardening", language="en")
    add_informant(study.store, Informant(code="IP01", consent="written"))
    create_session(study.store, Session(id="S001", informants=["IP01"], status="finished"))
    create_session(study.store, Session(id="S002", informants=["IP01"], status="finished"))
    return study


def replace_file(study: Study, rel: str, new: Path) -> None:
    """What a user does by copying another file over the one in recordings/."""
    target = study.root / rel
    target.chmod(0o600)
    target.write_bytes(new.read_bytes())


# ------------------------------------------------------------------------- item 11


def test_replaced_recording_is_refused_before_any_model_is_loaded(tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    study = en_study(tmp_path / "studie")
    [added] = add_recordings(study, [tone(tmp_path / "a.wav")], session_id="S001")
    replace_file(study, added.recording.path, tone(tmp_path / "b.wav", freq=880))
    r = cli("--study", str(study.root), "--lang", "en", "transcribe", "--quiet")
    assert r.exit_code == 1, r.output
    [row] = tr_store.list_transcripts(study.store)
    assert row["state"] == "failed"
    assert "changed or replaced" in row["failure_reason"], row["failure_reason"]
    assert f"Recording {added.recording.id} failed" in r.stderr
    [log] = study.logs_dir.glob("transcribe-*.log")
    assert "changed or replaced" in log.read_text(encoding="utf-8")


@pytest.mark.slow
def test_replaced_recording_fails_alone_and_the_batch_goes_on(tmp_path) -> None:
    study = en_study(tmp_path / "studie")
    good = write_clip(tmp_path / "good.wav", 30.3, 36.0)
    added = add_recordings(study, [good, tone(tmp_path / "x.wav")], session_id="S001")
    replace_file(study, added[1].recording.path, tone(tmp_path / "y.wav", freq=660))
    summary = batch.run(study, threads=1)
    assert (summary.done, summary.failed) == (1, 1)
    states = {r["recording_id"]: r["state"] for r in tr_store.list_transcripts(study.store)}
    assert states == {added[0].recording.id: "transcribed", added[1].recording.id: "failed"}


# ------------------------------------------------------------------------- item 19


def test_a_second_batch_has_its_own_exit_status(tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    study = en_study(tmp_path / "studie")
    add_recordings(study, [tone(tmp_path / "a.wav")], session_id="S001")
    with batch.batch_lock(study):
        r = cli("--study", str(study.root), "--lang", "en", "transcribe", "--quiet")
    assert r.exit_code == batch.EXIT_BUSY == 101, r.output
    assert "another transcription batch is running" in r.stderr
    assert tr_store.list_transcripts(study.store) == []  # nothing was touched
    # an error before any file is started is not 'one file failed' either
    r = cli("--study", str(study.root), "--lang", "en", "transcribe", "--model",
            "no-such-model-name")
    assert r.exit_code == batch.EXIT_ERROR == 102, r.output
    r = cli("--study", str(study.root), "transcribe", "--help")
    assert "101" in r.stdout and "102" in r.stdout and "130" in r.stdout


# ------------------------------------------------------------------------- item 16


def _wait_running(db_path: Path, n: int, proc: subprocess.Popen, limit: float = 90) -> None:
    db = sqlite3.connect(db_path, timeout=30)
    try:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            rows = db.execute("SELECT state FROM transcripts WHERE state = 'running'").fetchall()
            if len(rows) >= n:
                return
            assert proc.poll() is None, "the batch ended before it could be interrupted"
            time.sleep(0.05)
        raise AssertionError("no file started")
    finally:
        db.close()


@pytest.mark.slow
@pytest.mark.parametrize(("workers", "after"), [(1, 1.5), (2, 1.5), (2, 0.0)])
def test_ctrl_c_stops_cleanly_and_marks_files_interrupted(tmp_path, workers: int,
                                                          after: float) -> None:
    """``after``: seconds after the files are handed out; 1.5 s: the workers are loading
    the model or transcribing; 0: the worker processes are still starting."""
    study = en_study(tmp_path / "studie")
    files = [write_clip(tmp_path / f"c{i}.wav", 0 + i * 40, 60 + i * 40) for i in range(2)]
    add_recordings(study, files, session_id="S001")
    env = {**os.environ, "FELTARBEID_STUDY": str(study.root), "FELTARBEID_LANG": "en"}
    # a real Ctrl-C goes to the whole foreground process group: the batch and its workers
    proc = subprocess.Popen([str(EXE), "transcribe", "--workers", str(workers), "--threads",
                             "1"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        _wait_running(study.db_path, workers, proc)
        time.sleep(after)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == batch.EXIT_INTERRUPTED, (out, err)
    assert "Traceback" not in err and "Traceback" not in out, err
    assert "leaked semaphore" not in err and "resource_tracker" not in err, err
    assert "feltarbeid transcribe" in err  # how to go on
    rows = tr_store.list_transcripts(study.store)
    assert rows and all(r["state"] != "running" for r in rows), rows
    interrupted = [r for r in rows if r["state"] == "failed"]
    assert len(interrupted) == workers
    assert all("interrupted" in r["failure_reason"] for r in interrupted)
    [log] = study.logs_dir.glob("transcribe-*.log")
    assert "interrupted" in log.read_text(encoding="utf-8")
    # no worker is left behind
    left = ""
    for _ in range(50):
        left = subprocess.run(["ps", "-o", "pid=,cmd=", "-s", str(proc.pid)],
                              capture_output=True, text=True).stdout.strip()
        if not left:
            break
        time.sleep(0.1)
    assert left == "", left


# ------------------------------------------------------------------------- item 20


def test_recording_add_adds_the_good_files_and_reports_the_bad(tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    study = en_study(tmp_path / "studie")
    a, c = tone(tmp_path / "a.wav"), tone(tmp_path / "c.wav", freq=550)
    empty = tmp_path / "b.wav"
    empty.write_bytes(b"")
    r = cli("--study", str(study.root), "--lang", "en", "recording", "add", str(a),
            str(empty), str(tmp_path / "missing.wav"), str(c))
    assert r.exit_code == 2, r.output  # two files were not added
    assert "Recording 1 added" in r.stdout and "Recording 2 added" in r.stdout
    assert "b.wav" in r.stderr and "empty" in r.stderr
    assert "missing.wav" in r.stderr and "no such file" in r.stderr
    assert "2 of 4 files were not added" in r.stderr
    assert len(list(study.recordings_dir.iterdir())) == 2
    # an unknown session refuses everything: nothing is added
    r = cli("--study", str(study.root), "--lang", "en", "recording", "add",
            str(tone(tmp_path / "d.wav", freq=330)), "--session", "S999")
    assert r.exit_code == 102 and "S999" in r.stderr
    assert len(list(study.recordings_dir.iterdir())) == 2


def test_recording_link(tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    study = en_study(tmp_path / "studie")
    [added] = add_recordings(study, [tone(tmp_path / "a.wav")])
    rid = str(added.recording.id)
    s = ("--study", str(study.root), "--lang", "en")
    r = cli(*s, "privacy", "report")
    assert "recording link" in " ".join(r.output.split())  # the report's own hint
    r = cli(*s, "recording", "link", rid, "--session", "S999")
    assert r.exit_code == 1 and "S999" in r.stderr
    r = cli(*s, "recording", "link", rid, "--session", "S001")
    assert r.exit_code == 0, r.output
    assert get_recording(study.store, added.recording.id).session_id == "S001"
    entry = study.store.audit_entries("recording.link")[0]
    assert entry["details"] == {"session": "S001", "before": None}
    # linked to another session: only with --force
    r = cli(*s, "recording", "link", rid, "--session", "S002")
    assert r.exit_code == 1 and "S001" in r.stderr and "--force" in r.stderr
    r = cli(*s, "recording", "link", rid, "--session", "S002", "--force")
    assert r.exit_code == 0, r.output
    assert get_recording(study.store, added.recording.id).session_id == "S002"
    r = cli(*s, "recording", "link", "99", "--session", "S001")
    assert r.exit_code == 1 and "99" in r.stderr and "Traceback" not in r.output


# ------------------------------------------------------------------------- item 24


def _db_state(study: Study) -> dict[str, str]:
    """The database files as they are on disk (a task must not touch any of them)."""
    import hashlib

    out = {}
    for p in sorted(study.root.glob("feltarbeid.db*")):
        out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _array(study: Study, cli, n: int) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    r = cli("--study", str(study.root), "--lang", "en", "transcribe", "--slurm-array")
    assert r.exit_code == 0, r.output
    [script] = (study.root / "slurm").glob("transcribe-array-*.sh")
    [plan] = (study.root / "slurm").glob("plan-*.json")
    assert len(json.loads(plan.read_text())["tasks"]) == n
    return script, plan


def _tasks_at_once(study: Study, plan: Path, n: int) -> list[subprocess.CompletedProcess]:
    """n array tasks as separate processes, all at once (as on n nodes)."""
    env = {**os.environ, "FELTARBEID_STUDY": str(study.root)}
    procs = [subprocess.Popen([str(EXE), "transcribe", "--plan", str(plan), "--threads", "1",
                               "--task", str(i)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for i in range(n)]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


def test_slurm_tasks_write_result_files_and_collect_commits_them(tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    study = en_study(tmp_path / "studie")
    added = add_recordings(study, [tone(tmp_path / f"{i}.wav", freq=300 + 100 * i)
                                   for i in range(3)], session_id="S001")
    script, plan = _array(study, cli, 3)
    body = script.read_text()
    assert "--dependency=afterany:" in body and "transcribe-collect-" in body
    [collect_script] = (study.root / "slurm").glob("transcribe-collect-*.sh")
    assert "transcribe --collect" in collect_script.read_text()
    for rec in added:  # every file replaced: each task refuses it without loading a model
        replace_file(study, rec.recording.path, tone(tmp_path / "other.wav", freq=999))
    study.close()
    before = _db_state(study)
    done = _tasks_at_once(study, plan, 3)
    assert [p.returncode for p in done] == [1, 1, 1], [p.stderr for p in done]
    assert _db_state(study) == before, "an array task wrote the study database"
    results = sorted((study.root / "slurm" / "results").glob("*/*.json"))
    assert [p.name for p in results] == ["1.json", "2.json", "3.json"]
    assert all(p.stat().st_mode & 0o077 == 0 for p in results)
    r = cli("--study", str(study.root), "--lang", "en", "transcribe", "--collect")
    assert r.exit_code == 3, r.output
    rows = tr_store.list_transcripts(study.store)
    assert [(x["state"], "changed or replaced" in x["failure_reason"]) for x in rows] == [
        ("failed", True)] * 3
    assert not list((study.root / "slurm" / "results").glob("*/*.json"))
    r = cli("--study", str(study.root), "--lang", "en", "transcribe", "--collect")
    assert r.exit_code == 0 and "No results" in r.stdout


@pytest.mark.slow
def test_slurm_tasks_at_once_with_the_real_model(tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    study = en_study(tmp_path / "studie")
    clips = [write_clip(tmp_path / f"c{i}.wav", 30.3 + 6 * i, 36.0 + 6 * i) for i in range(3)]
    add_recordings(study, clips, session_id="S001")
    _, plan = _array(study, cli, 3)
    study.close()
    before = _db_state(study)
    done = _tasks_at_once(study, plan, 3)
    assert [p.returncode for p in done] == [0, 0, 0], [p.stderr for p in done]
    assert _db_state(study) == before, "an array task wrote the study database"
    assert tr_store.list_transcripts(study.store) == []  # nothing stored before collect
    summary_r = cli("--study", str(study.root), "--lang", "en", "transcribe", "--collect")
    assert summary_r.exit_code == 0, summary_r.output
    rows = tr_store.list_transcripts(study.store)
    assert [x["state"] for x in rows] == ["transcribed"] * 3
    for row in rows:
        segments = tr_store.load(study.store, row["id"]).segments
        assert segments and all(s.speaker in ("I", "IP01") for s in segments)
        assert all(s.words for s in segments)
    # the same transcript as a local run of the same file
    local = en_study(tmp_path / "local")
    add_recordings(local, clips[:1], session_id="S001")
    got = batch.run(local, threads=1)
    a = tr_store.load(local.store, got.transcript_ids[0]).segments
    b = tr_store.load(study.store, rows[0]["id"]).segments
    assert [(s.text, s.speaker) for s in a] == [(s.text, s.speaker) for s in b]
    # a planned-again array does not redo what was collected
    r = cli("--study", str(study.root), "--lang", "en", "transcribe", "--slurm-array")
    assert r.exit_code == 0 and "Nothing to do" in r.stdout, r.output


def test_ctrl_c_while_workers_start_is_deferred_until_they_have_started() -> None:
    """A Ctrl-C taken by another thread of the batch (the progress display) while a worker
    is being started must not interrupt the start (the worker then died reading its
    start-up data: 'EOFError: Ran out of input', a traceback on the terminal): it comes
    once, right after."""
    import threading

    from feltarbeid.transcribe.executors import _ctrl_c_held

    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)  # SIGINT not blocked there
    other.start()
    steps = []
    try:
        with pytest.raises(KeyboardInterrupt), _ctrl_c_held():
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(200):  # time for the signal to arrive, handled or not
                time.sleep(0.001)
            steps.append("started")
        assert steps == ["started"]
    finally:
        stop.set()
        other.join()


def test_stopping_the_pool_waits_for_its_manager_thread() -> None:
    """After Ctrl-C the pool's manager thread is gone before the batch exits: one still
    closing its pipe when Python ran concurrent.futures' exit hook printed a traceback
    ('Bad file descriptor'), a flaky failure of the Ctrl-C test above under load."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from feltarbeid.transcribe.executors import _stop_pool

    for delay in (0.0, 0.2):
        pool = ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("spawn"))
        pool.submit(time.sleep, 5)
        time.sleep(delay)
        manager = pool._executor_manager_thread
        assert manager is not None
        _stop_pool(pool)
        assert not manager.is_alive()
