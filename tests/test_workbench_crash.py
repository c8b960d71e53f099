"""Crash safety for real: ``feltarbeid transcript edit`` runs as a separate process in a
pseudo-terminal, gets keys, is killed with SIGKILL in the middle of editing, and the same
command is run again. Every keystroke journaled before the kill is in the text afterwards,
the cursor is where it was, and a save made afterwards holds all of it."""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from feltarbeid.domain import Event
from feltarbeid.store import transcripts as tstore
from feltarbeid.study import open_study
from feltarbeid.tui.journal import Journal
from feltarbeid.workbench.draft import Draft
from feltarbeid.workbench.session import journal_file
from feltarbeid.workbench.synthetic import add_transcript, passage_segments

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

ENTER, PAGEDOWN, CTRL_S, CTRL_Q = "\r", "\x1b[6~", "\x13", "\x11"


def tui(root: Path, tid: int):  # type: ignore[no-untyped-def]
    from feltarbeid.tui.ptyrun import TuiProcess

    return TuiProcess(root, str(tid), "--no-sound", lang="en", command=("transcript", "edit"))


def journal(root: Path, tid: int) -> list[Event]:
    path = journal_file(open_study(root), tid, "S001")
    return Journal(path).read(repair=False) if path.exists() else []


def wait_for(root: Path, tid: int, test, timeout: float = 30.0) -> list[Event]:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    events: list[Event] = []
    while time.monotonic() < deadline:
        events = journal(root, tid)
        if test(events):
            return events
        time.sleep(0.05)
    raise AssertionError(f"journal: {[(e.kind, e.payload) for e in events][-10:]}")


def replay(segments, events: list[Event]) -> Draft:  # type: ignore[no-untyped-def]
    draft = Draft.of(segments)
    for e in events:
        if e.kind in ("splice", "check", "split", "merge", "speaker", "item", "batch"):
            draft.apply({"op": e.kind, **e.payload})
    return draft


@pytest.fixture(autouse=True)
def _no_process_left_behind() -> Iterator[None]:
    yield
    from feltarbeid.tui.ptyrun import kill_all

    assert kill_all() == 0, "a workbench process was still running at the end of the test"


def test_sigkill_mid_edit_then_resume(study) -> None:  # type: ignore[no-untyped-def]
    segments = passage_segments(20)
    tid = add_transcript(study, segments)
    root = study.root
    study.close()

    # run 1: type into the first passage; SIGKILL while keys are still coming
    t = tui(root, tid)
    t.wait_for_text("#1/20")
    t.send("Hello ")
    wait_for(root, tid, lambda ev: sum(e.kind == "splice" for e in ev) == 6)
    t.send("wor")
    t.kill()  # mid-edit: some of "wor" may have reached the journal, nothing half
    assert t.proc.returncode == -signal.SIGKILL
    run1 = journal(root, tid)
    typed = "".join(e.payload["s"] for e in run1 if e.kind == "splice")
    assert typed.startswith("Hello ") and "Hello wor".startswith(typed)
    text1 = replay(segments, run1)[0].text
    assert text1 == typed + segments[0].text

    # run 2: the same command resumes with that text and the cursor after it
    t = tui(root, tid)
    t.wait_for_text("#1/20")
    t.send("!")
    run2 = wait_for(root, tid, lambda ev: len(ev) > len(run1))
    assert run2[: len(run1)] == run1  # nothing lost, nothing rewritten
    bang = run2[-1]
    assert bang.kind == "splice" and bang.payload == {"p": 0, "a": len(typed), "b": len(typed),
                                                      "s": "!"}
    t.send(ENTER)  # passage 1 checked, on to passage 2
    wait_for(root, tid, lambda ev: any(e.kind == "check" for e in ev))
    t.send(PAGEDOWN)
    wait_for(root, tid, lambda ev: ev[-1].kind == "cursor" and ev[-1].payload["p"] == 2)
    t.kill()

    # run 3: resumes on passage 3; save, quit
    t = tui(root, tid)
    t.wait_for_text("#3/20")
    t.send(CTRL_S)
    run3 = wait_for(root, tid, lambda ev: ev[-1].kind == "save")
    t.send(CTRL_Q)
    t.proc.wait(timeout=30)
    t.close()
    assert t.proc.returncode == 0

    s = open_study(root)
    try:
        vid = tstore.source_version(s.store, tid)
        assert vid == run3[-1].payload["version"]
        saved = tstore.segments(s.store, vid)
        assert saved[0].text == typed + "!" + segments[0].text
        assert "checked" in saved[0].flags and len(saved) == 20
        assert [v["kind"] for v in tstore.versions(s.store, tid)] == ["verbatim", "corrected"]
    finally:
        s.close()
