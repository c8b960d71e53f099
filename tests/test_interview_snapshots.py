"""Snapshots (pytest-textual-snapshot) of the three screens at 80×24, dark and light; the
outline at 80×24 with a real-style guide of long questions and with a 300-item guide; and
the wide layout.

Update after an intended change with ``pytest tests/test_interview_snapshots.py
--snapshot-update`` and look at the report before committing."""

from __future__ import annotations

from pathlib import Path

import pytest

from feltarbeid.domain import Informant
from feltarbeid.interview.app import InterviewApp, Prefill
from feltarbeid.interview.clock import FakeClock
from feltarbeid.interview.guides import guide_for_new_session
from feltarbeid.interview.recorder import SessionRecorder, SessionSetup
from feltarbeid.store.registers import add_informant

GUIDE = Path(__file__).resolve().parent / "data" / "interview-snapshot-guide.yaml"
REAL = Path(__file__).resolve().parent / "data" / "interview-real-guide.yaml"
T0 = 1_763_900_000.0
SIZE = (80, 24)


@pytest.fixture
def setup(study):
    add_informant(study.store, Informant(code="IP01", consent="written",
                                         consent_at="2026-11-20T10:00:00+01:00"))
    add_informant(study.store, Informant(code="IP02"))
    return study, guide_for_new_session(study, GUIDE)


def _running(study, guide):
    clock = FakeClock(T0)
    rec = SessionRecorder.start(study, guide, SessionSetup(
        informants=["IP01"], interviewers=["KL"], header={"municipality": "Asker"}),
        clock=clock)
    rec.mark_recording_start()
    for item_id, dt in (("anonymity", 20), ("employer", 40), ("background", 90)):
        clock.advance(dt)
        rec.ask(item_id)
    clock.advance(15)
    rec.answer("anonymity", "IP01", "yes")
    rec.note("Informant brought the org chart", "observation")
    clock.advance(200)
    rec.ask("t1-agreement")
    rec.mark("t1-day", "spontaneous")
    rec.followup("Who signed it?")
    clock.advance(30)
    rec.bookmark()
    return rec, clock


def test_before_screen(setup, snap_compare):
    study, guide = setup
    app = InterviewApp(study, guide, clock=FakeClock(T0), prefill=Prefill(
        informants=["IP01", "IP02"], interviewers=["KL"], place="Office"))
    assert snap_compare(app, terminal_size=SIZE)


def test_interview_screen(setup, snap_compare):
    rec, _ = _running(*setup)
    app = InterviewApp(setup[0], setup[1], recorder=rec)
    assert snap_compare(app, terminal_size=SIZE)


def test_interview_screen_light_theme(setup, snap_compare):
    rec, _ = _running(*setup)
    app = InterviewApp(setup[0], setup[1], recorder=rec)

    async def light(pilot):  # type: ignore[no-untyped-def]
        await pilot.press("ctrl+t")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=light)


def test_summary_screen(setup, snap_compare):
    rec, clock = _running(*setup)
    clock.advance(600)
    rec.end()
    app = InterviewApp(setup[0], setup[1], recorder=rec)
    assert snap_compare(app, terminal_size=SIZE)


def test_outline_with_long_questions(study, snap_compare):
    """A real-style guide at 80×24: each question whole on its row, the current item with
    the author's quotes, a follow-up without a marker and a conditional under it."""
    add_informant(study.store, Informant(code="IP01", consent="written",
                                         consent_at="2026-11-20T10:00:00+01:00"))
    add_informant(study.store, Informant(code="IP02", consent="oral",
                                         consent_at="2026-11-20T10:00:00+01:00"))
    guide = guide_for_new_session(study, REAL)
    clock = FakeClock(T0)
    rec = SessionRecorder.start(study, guide, SessionSetup(
        informants=["IP01", "IP02"], interviewers=["KL", "MB"], header={"kommune": "Asker"}),
        clock=clock)
    rec.mark_recording_start()
    for item_id in ("anonym", "bakgrunn", "rekruttert", "arbeidsgiver", "dag", "t1-begrep",
                    "t1-omrader-lykkes"):
        clock.advance(120)
        rec.ask(item_id)
    rec.mark("t1-omrader-vansker", "spontaneous")
    clock.advance(60)
    rec.note("Begge lederne svarer på spørsmålet om avtalen, den kommunale mest")
    clock.advance(40)
    rec.ask("t1-avtale")
    clock.advance(30)
    rec.bookmark()
    app = InterviewApp(study, guide, recorder=rec)
    assert snap_compare(app, terminal_size=SIZE)


def test_outline_of_a_300_item_guide_at_start(study, long_guide, snap_compare):
    """At the start the outline shows the top of the guide, first heading included."""
    add_informant(study.store, Informant(code="IP01", consent="written",
                                         consent_at="2026-11-20T10:00:00+01:00"))
    guide = guide_for_new_session(study, long_guide(300))
    rec = SessionRecorder.start(study, guide, SessionSetup(informants=["IP01"]),
                                clock=FakeClock(T0))
    app = InterviewApp(study, guide, recorder=rec)
    assert snap_compare(app, terminal_size=SIZE)


def test_interview_screen_wide(setup, snap_compare):
    rec, _ = _running(*setup)
    app = InterviewApp(setup[0], setup[1], recorder=rec)
    assert snap_compare(app, terminal_size=(120, 30))
