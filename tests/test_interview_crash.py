"""Crash safety for real: the app runs as a separate process in a pseudo-terminal, gets
keys, is killed with SIGKILL at several points, and the same command is run again. Every
event written before a kill must be there afterwards, the session must resume where it
was (with the closed time, from the last heartbeat, as a gap), text being typed in a
dialog must come back in the dialog, a kill on the summary must bring the summary back,
and the store mirror must equal the journal."""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from feltarbeid.domain import Event, Informant
from feltarbeid.interview.clock import epoch
from feltarbeid.interview.journal import Journal, journal_path
from feltarbeid.store import sessions as store_sessions
from feltarbeid.store.registers import add_informant, get_informant

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "guides" / "en-municipal-services.yaml"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")


def TuiProcess(root: Path, *args: str):  # noqa: N802 - reads like the class it makes
    from feltarbeid.tui.ptyrun import TuiProcess as _Tui

    return _Tui(root, *args, lang="en")


def read_journal(study_root: Path, sid: str = "S001") -> list[Event]:
    return Journal(journal_path(study_root / "journal", sid)).read(repair=False)


def wait_events(study_root: Path, n: int, timeout: float = 20.0) -> list[Event]:
    deadline = time.monotonic() + timeout
    events: list[Event] = []
    while time.monotonic() < deadline:
        events = read_journal(study_root) if (study_root / "journal" / "S001.jsonl").exists() \
            else []
        if len(events) >= n:
            return events
        time.sleep(0.05)
    raise AssertionError(f"expected {n} events, journal has {[e.kind for e in events]}")


def key(e: Event) -> tuple:
    return (e.seq, e.kind, e.at, e.t_rec, e.item_id, e.payload)


def live(study_root: Path, sid: str = "S001") -> dict:
    """The session's live file (heartbeat, draft, summary flag)."""
    return json.loads((study_root / "journal" / f"{sid}.live").read_text(encoding="utf-8"))


def wait_heartbeat(study_root: Path, after: float, timeout: float = 20.0) -> float:
    """Wait until the live file holds a heartbeat later than ``after``; returns it."""
    deadline = time.monotonic() + timeout
    beat = 0.0
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError):  # not written yet
            beat = live(study_root).get("heartbeat", 0.0)
        if beat > after:
            return beat
        time.sleep(0.05)
    raise AssertionError(f"no heartbeat after {after}; last {beat}")



@pytest.fixture(autouse=True)
def _no_process_left_behind() -> Iterator[None]:
    yield
    from feltarbeid.tui.ptyrun import kill_all

    assert kill_all() == 0, "a TUI process was still running at the end of the test"


def test_sigkill_at_several_points_then_resume(study):
    add_informant(study.store, Informant(code="IP01", consent="written",
                                         consent_at="2026-11-20T10:00:00+01:00"))
    from feltarbeid.interview.guides import guide_for_new_session

    guide_for_new_session(study, GUIDE)  # store the guide version
    root = study.root
    study.close()
    args = ("--informant", "IP01", "--guide", str(GUIDE), "--header", "municipality=Asker")

    # run 0: killed on the before-interview screen: nothing was started, nothing written
    tui = TuiProcess(root, *args)
    tui.wait_for_text("Ready")
    tui.kill()
    assert list((root / "journal").iterdir()) == []

    # run 1: start the session, mark the recording, ask two items, stay idle (the heartbeat
    # runs on); SIGKILL
    tui = TuiProcess(root, *args)
    tui.wait_for_text("Ready")
    tui.send("\x13")  # ctrl+s: start
    wait_events(root, 1)
    tui.send("r")
    wait_events(root, 2)
    tui.send("a")
    wait_events(root, 4)  # item_current + item_asked
    tui.send("a")
    run1 = wait_events(root, 6)
    last_event = epoch(run1[-1].at)
    beat = wait_heartbeat(root, after=last_event + 2.5)
    tui.kill()
    assert tui.proc.returncode == -signal.SIGKILL
    assert [e.kind for e in run1] == ["session_start", "recording_start", "item_current",
                                      "item_asked", "item_current", "item_asked"]
    assert run1 == read_journal(root)  # heartbeats are not events: the journal did not grow

    # run 2: the same command resumes, the gap counted from the last heartbeat (not from the
    # last event); a note is saved, a second one is being typed: SIGKILL as soon as the
    # typed text is on the screen
    time.sleep(1.1)
    tui = TuiProcess(root, *args)
    tui.wait_for_text("resumed")
    after = wait_events(root, 7)
    assert [key(e) for e in after[:6]] == [key(e) for e in run1]
    resume = after[6]
    assert resume.kind == "resume" and resume.payload["after"] == "crash"
    assert resume.payload["gap_seconds"] >= 1.0
    assert resume.payload["gap_seconds"] == pytest.approx(epoch(resume.at) - beat, abs=0.01)
    assert resume.payload["gap_seconds"] < epoch(resume.at) - last_event - 2.0
    assert resume.t_rec is not None and resume.t_rec > run1[-1].t_rec  # the clock ran on
    tui.send("n")
    time.sleep(0.5)
    tui.send("kept note\r")
    wait_events(root, 8)
    tui.send("s")  # spontaneous: the cursor's item
    wait_events(root, 9)
    tui.send("n")
    time.sleep(0.5)
    tui.send("half-typed")  # never submitted: not an event, but a draft
    tui.wait_for_text("half-typed", settle=0)
    tui.kill()  # the moment the text is on the screen
    run2 = read_journal(root)
    assert run2[7].kind == "note" and run2[7].payload["text"] == "kept note"
    assert not any(e.payload.get("text", "").startswith("half") for e in run2)
    draft = live(root)["draft"]
    assert (draft["kind"], draft["text"]) == ("free", "half-typed")

    # a write torn by the kill (simulated: half a line at the end) is repaired on resume
    with open(root / "journal" / "S001.jsonl", "ab") as fh:
        fh.write(b'{"v":1,"seq":99,"kind":"no')

    # run 3: resumed with the note dialog open again, holding the draft; killed at once
    tui = TuiProcess(root, *args)
    tui.wait_for_text("resumed")
    tui.wait_for_text("half-typed")
    run3 = wait_events(root, len(run2) + 1)
    tui.kill()
    assert [key(e) for e in run3[: len(run2)]] == [key(e) for e in run2]
    assert run3[len(run2)].kind == "resume" and run3[len(run2)].seq == len(run2) + 1
    assert (root / "journal" / "S001.torn-1").read_bytes() == b'{"v":1,"seq":99,"kind":"no'
    assert "repaired a torn last line" in (root / "logs" / "interview.log").read_text()
    assert live(root)["draft"]["text"] == "half-typed"

    # run 4: resume, finish the note in the restored dialog, end the interview; SIGKILL on
    # the summary
    tui = TuiProcess(root, *args)
    tui.wait_for_text("half-typed")
    wait_events(root, len(run3) + 1)
    tui.send(" and done\r")
    wait_events(root, len(run3) + 2)
    tui.send("e")
    time.sleep(0.5)
    tui.send("y")
    wait_events(root, len(run3) + 3)
    tui.wait_for_text("Interview S001 ended")
    tui.kill()
    run4 = read_journal(root)
    assert run4[-2].kind == "note" and run4[-2].payload["text"] == "half-typed and done"
    assert "draft" not in live(root)

    # run 5: the same command opens the summary again (not a new session); q closes it
    tui = TuiProcess(root, *args)
    tui.wait_for_text("Interview S001 ended")
    tui.send("q")
    tui.proc.wait(timeout=20)
    tui.close()
    assert tui.proc.returncode == 0
    assert not (root / "journal" / "S001.live").exists()
    assert sorted(p.name for p in (root / "journal").glob("*.jsonl")) == ["S001.jsonl"]

    final = read_journal(root)
    assert final == run4
    assert final[-1].kind == "session_end"
    assert [e.kind for e in final].count("resume") == 3
    seqs = [e.seq for e in final]
    assert seqs == list(range(1, len(final) + 1))
    recs = [e.t_rec for e in final if e.t_rec is not None]
    assert recs == sorted(recs)

    from feltarbeid.study import open_study

    s = open_study(root)
    try:
        mirrored = store_sessions.events(s.store, "S001")
        assert [key(e) for e in mirrored] == [key(e) for e in final]
        assert store_sessions.get_session(s.store, "S001").status == "finished"
        assert get_informant(s.store, "IP01").consent == "written"
    finally:
        s.close()
