"""The interview app and its journal: a whole interview driven with keys (Pilot), the
journal (fsync, torn-line repair, replay), resume with a gap, the store mirror, scripted
sessions timed like the sample recording, and ``session list/show``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import palette_options, until

from feltarbeid.domain import Event, Informant
from feltarbeid.errors import FeltarbeidError
from feltarbeid.interview.app import InterviewApp, Prefill
from feltarbeid.interview.clock import FakeClock, epoch
from feltarbeid.interview.guides import guide_for_new_session
from feltarbeid.interview.journal import Journal, journal_path
from feltarbeid.interview.recorder import SessionRecorder, SessionSetup, unfinished_session
from feltarbeid.interview.scripted import record_session, timeline_from_sample
from feltarbeid.interview.state import SessionState
from feltarbeid.locale import t
from feltarbeid.store import sessions as store_sessions
from feltarbeid.store.registers import add_informant, get_informant

REPO = Path(__file__).resolve().parent.parent
GUIDES = REPO / "guides"
SAMPLE_AUDIO = REPO / "sample_audio"

T0 = 1_763_900_000.0  # a fixed wall time for the fake clock
GUIDE_FILE = GUIDES / "en-municipal-services.yaml"


@pytest.fixture
def guide(study):
    return guide_for_new_session(study, GUIDE_FILE)


def journal_events(study, sid: str) -> list[Event]:
    return Journal(journal_path(study.journal_dir, sid)).read(repair=False)


def assert_monotonic(events: list[Event]) -> None:
    seqs = [e.seq for e in events]
    assert seqs == list(range(1, len(events) + 1))
    walls = [epoch(e.at) for e in events]
    assert walls == sorted(walls)
    recs = [e.t_rec for e in events if e.t_rec is not None]
    assert recs == sorted(recs)


def assert_mirrored(study, sid: str) -> list[Event]:
    journal = journal_events(study, sid)
    store = store_sessions.events(study.store, sid)
    assert [(e.seq, e.kind, e.at, e.t_rec, e.item_id, e.payload) for e in journal] == [
        (e.seq, e.kind, e.at, e.t_rec, e.item_id, e.payload) for e in store]
    return journal


# ------------------------------------------------------------------ a whole interview, by keys


async def test_whole_interview_with_keys(study, guide):
    add_informant(study.store, Informant(code="IP01"))  # no consent yet
    add_informant(study.store, Informant(code="IP02", consent="oral",
                                         consent_at="2026-11-20T10:00:00+01:00"))
    clock = FakeClock(T0)
    app = InterviewApp(study, guide, clock=clock, prefill=Prefill(interviewers=["KL"]))
    async with app.run_test(size=(80, 24)) as pilot:
        async def press(*keys: str, dt: float = 3.0) -> None:
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
                clock.advance(dt)

        screen = app.screen
        assert type(screen).__name__ == "BeforeScreen"
        await pilot.click("#informants")
        await press(*"IP01, IP02, IP09", dt=0)
        why = str(screen.query_one("#why").render())
        assert "IP09" in why and "IP01" in why  # not in register / no consent
        assert screen.query_one("#start").disabled
        await press("ctrl+s")
        assert type(app.screen).__name__ == "BeforeScreen"  # cannot start yet
        # create the missing code, then record consent for IP01 and IP09 (mouse works)
        await pilot.click("ConsentRow #create")
        await pilot.pause()
        assert get_informant(study.store, "IP09") is not None
        for code in ("IP01", "IP09"):
            await pilot.click(f"#consent-{code} #written")
            await pilot.pause()
        await pilot.click("#h-municipality")
        await press(*"Asker", dt=0)
        assert not screen.query_one("#start").disabled
        await press("ctrl+s")
        assert type(app.screen).__name__ == "InterviewScreen"
        rec = app.recorder
        assert rec is not None
        sid = rec.session_id

        await press("r")  # recording started now
        await press("a")  # anonymity asked (in order)
        await press("v", "enter", "enter")  # attribute: informant IP01, answer "yes"
        await press("a")  # employer asked (cursor moved on)
        await press("v", "down", "enter", "down", "enter")  # IP02 answers "municipality"
        # out of order: jump to theme 3 by text with g (command palette) and ask it
        await press("g", dt=0)
        await press(*"remote work", dt=0)
        await until(pilot, lambda: any("remote" in o.lower() for o in palette_options(app)[:1]),
                    "the palette to find 'remote work'")
        await press("enter")
        assert rec.state.current == "t3-remote"
        await press("a")
        await press("n", *"very engaged", "enter")  # free note
        await press("o", *"plans on the wall", "enter")  # observation note
        await press("b")  # bookmark
        await press("f", *"and before the merger?", "enter")  # follow-up on t3-remote
        # back to theme 1: the day narrative was told spontaneously, t1-split skipped
        await press("g", dt=0)
        await press(*"ordinary working day", dt=0)
        await until(pilot, lambda: any("working day" in o.lower()
                                       for o in palette_options(app)[:1]),
                    "the palette to find 'ordinary working day'")
        await press("enter")
        assert rec.state.current == "t1-day"
        await press("s")
        await press("down", "x")
        await press("d", *"meeting minutes", "enter", "enter")  # document: promised
        await press("y", *"2:10", "enter")  # sync with the recorder
        await press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await press("escape")
        await press("e", "y")
        assert type(app.screen).__name__ == "SummaryScreen"

    events = assert_mirrored(study, sid)
    kinds = [e.kind for e in events]
    for kind in ("session_start", "consent", "recording_start", "item_current", "item_asked",
                 "attribute", "note", "bookmark", "followup", "item_spontaneous",
                 "item_skipped", "document_request", "sync", "session_end"):
        assert kind in kinds, kind
    # times are monotonic (seq, wall time, and the recording clock up to the sync mark)
    seqs = [e.seq for e in events]
    assert seqs == list(range(1, len(events) + 1))
    walls = [epoch(e.at) for e in events]
    assert walls == sorted(walls)
    before_sync = [e.t_rec for e in events[: kinds.index("sync")] if e.t_rec is not None]
    assert before_sync == sorted(before_sync) and before_sync[0] == 0.0
    sync = events[kinds.index("sync")]
    assert sync.t_rec == 130.0
    after_sync = [e.t_rec for e in events[kinds.index("sync"):] if e.t_rec is not None]
    assert after_sync == sorted(after_sync)

    asked = [e.item_id for e in events if e.kind == "item_asked"]
    assert asked == ["anonymity", "employer", "t3-remote"]
    notes = [(e.payload["kind"], e.payload["text"]) for e in events if e.kind == "note"]
    assert notes == [("free", "very engaged"), ("observation", "plans on the wall")]
    fu = next(e for e in events if e.kind == "followup")
    assert (fu.item_id, fu.payload["text"]) == ("t3-remote", "and before the merger?")
    doc = next(e for e in events if e.kind == "document_request")
    assert doc.payload["text"] == "meeting minutes" and doc.payload["status"] == "promised"
    consents = {e.payload["informant"]: e.payload["mode"] for e in events if e.kind == "consent"}
    assert consents == {"IP01": "written", "IP09": "written"}
    start = events[0].payload
    assert start["informants"] == ["IP01", "IP02", "IP09"]
    assert start["interviewers"] == ["KL"] and start["header"] == {"municipality": "Asker"}

    # the register holds the answers and the consent
    ip01, ip02 = get_informant(study.store, "IP01"), get_informant(study.store, "IP02")
    assert ip01.attributes["anonymise"] == "yes" and ip01.anonymise_wish == "yes"
    assert ip01.consent == "written" and ip01.consent_at
    assert ip02.attributes["employer"] == "municipality"
    session = store_sessions.get_session(study.store, sid)
    assert session.status == "finished" and session.guide_hash == guide.content_hash
    # replaying the journal gives the state the app had
    replayed = SessionState.replay(guide, events)
    assert replayed.status == rec.state.status
    assert replayed.status["t1-day"] == "spontaneous"
    assert replayed.status["t1-split"] == "skipped"


async def test_outline_enter_and_keys_target_the_cursor(study, guide):
    add_informant(study.store, Informant(code="IP01", consent="written", consent_at="x"))
    clock = FakeClock(T0)
    rec = SessionRecorder.start(study, guide, SessionSetup(informants=["IP01"],
                                                           header={"municipality": "A"}),
                                clock=clock)
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down", "enter")  # go to the 3rd item without asking
        await pilot.pause()
        assert rec.state.current == "background"
        assert rec.state.status["background"] == "open"
        await pilot.press("u", "q")
    assert rec.state.paused  # q = close for now: a pause event, resumable
    assert unfinished_session(study, ["IP01"]).session_id == rec.session_id


def test_cannot_start_without_consent_register_or_case(study, guide):
    add_informant(study.store, Informant(code="IP01"))
    with pytest.raises(FeltarbeidError, match=t("interview.no_consent", codes="IP01")):
        SessionRecorder.start(study, guide, SessionSetup(informants=["IP01"]))
    with pytest.raises(FeltarbeidError, match="IP77"):
        SessionRecorder.start(study, guide, SessionSetup(informants=["IP77"],
                                                         consents={"IP77": "oral"}))
    with pytest.raises(FeltarbeidError, match=t("core.case_missing", code="K9")):
        SessionRecorder.start(study, guide, SessionSetup(informants=["IP01"], case="K9",
                                                         consents={"IP01": "oral"}))
    assert list(study.journal_dir.iterdir()) == []


# ------------------------------------------------------------------ journal, resume, repair


def _started(study, guide, clock):
    add_informant(study.store, Informant(code="IP01", consent="written", consent_at="x"))
    rec = SessionRecorder.start(study, guide, SessionSetup(informants=["IP01"]), clock=clock)
    rec.mark_recording_start()
    clock.advance(10)
    rec.ask("t1-day")
    clock.advance(50)
    rec.note("first note")
    return rec


def test_resume_after_crash_replays_clock_and_gap(study, guide):
    clock = FakeClock(T0)
    rec = _started(study, guide, clock)
    before = journal_events(study, rec.session_id)
    rec.close()  # the process dies (no pause event); 120 s later the same command runs again
    clock.advance(120)
    rec2 = SessionRecorder.resume(study, guide, rec.session_id, clock=clock)
    after = journal_events(study, rec.session_id)
    assert after[: len(before)] == before
    resume = after[-1]
    assert resume.kind == "resume" and resume.payload == {"gap_seconds": 120.0, "after": "crash"}
    assert resume.t_rec == 180.0  # the recorder kept running: the clock includes the gap
    assert rec2.state.elapsed(clock.now()) == 180.0
    assert rec2.state.status["t1-day"] == "asked" and rec2.state.current == "t1-day"
    assert rec2.state.gaps == [(T0 + 60, 120.0)]
    clock.advance(30)
    used = rec2.state.used_seconds("t1", clock.now())
    assert used == 50 + 30  # time on theme 1, without the gap
    rec2.end()
    assert_monotonic(assert_mirrored(study, rec.session_id))


def test_torn_last_line_is_repaired_not_rejected(study, guide):
    clock = FakeClock(T0)
    rec = _started(study, guide, clock)
    rec.close()
    path = journal_path(study.journal_dir, rec.session_id)
    good = path.read_bytes()
    with open(path, "ab") as fh:
        fh.write(b'{"v":1,"seq":6,"kind":"note","at":"2026-')  # torn in the middle
    events = Journal(path).read(repair=False)  # read-only: the tail is skipped
    assert len(events) == 5 and path.read_bytes() != good
    rec2 = SessionRecorder.resume(study, guide, rec.session_id, clock=clock)
    assert path.read_bytes().startswith(good)
    assert (study.journal_dir / f"{rec.session_id}.torn-1").read_bytes().startswith(b'{"v":1')
    log = (study.logs_dir / "interview.log").read_text(encoding="utf-8")
    assert "repaired a torn last line" in log and "first note" not in log
    events = journal_events(study, rec.session_id)
    assert [e.seq for e in events] == [1, 2, 3, 4, 5, 6] and events[-1].kind == "resume"
    assert rec2.state.notes[0].text == "first note"


def test_zero_filled_tail_and_damaged_middle(study, guide):
    clock = FakeClock(T0)
    rec = _started(study, guide, clock)
    rec.close()
    path = journal_path(study.journal_dir, rec.session_id)
    with open(path, "ab") as fh:
        fh.write(b"\0" * 64)
    assert len(Journal(path).read()) == 5
    lines = path.read_bytes().split(b"\n")
    lines[1] = b"{broken"
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(FeltarbeidError, match=t("safety.journal_damaged_line", n=2)):
        Journal(path).read()
    assert path.read_bytes() == b"\n".join(lines)  # nothing changed


def test_store_mirror_is_rebuilt_from_the_journal(study, guide):
    clock = FakeClock(T0)
    rec = _started(study, guide, clock)
    rec.answer("anonymity", "IP01", "no")
    rec.close()
    with study.store.tx():  # the mirror is lost (e.g. a crash between journal and store)
        study.store.execute("DELETE FROM events")
        study.store.execute("DELETE FROM session_participants")
        study.store.execute("DELETE FROM sessions")
    SessionRecorder.resume(study, guide, rec.session_id, clock=clock)
    assert_mirrored(study, rec.session_id)
    assert store_sessions.get_session(study.store, rec.session_id).informants == ["IP01"]
    assert get_informant(study.store, "IP01").anonymise_wish == "no"


def test_bad_inputs_are_clear_errors(study, guide):
    clock = FakeClock(T0)
    rec = _started(study, guide, clock)
    with pytest.raises(FeltarbeidError,
                       match=re.escape(t("interview.no_item", item="nope", guide=guide.id))):
        rec.ask("nope")
    with pytest.raises(FeltarbeidError, match=t("interview.item_no_attribute", item="t1-day")):
        rec.answer("t1-day", "IP01", "x")
    with pytest.raises(FeltarbeidError,
                       match=re.escape(t("interview.bad_answer", value="the moon", choices=""))):
        rec.answer("employer", "IP01", "the moon")
    with pytest.raises(FeltarbeidError, match=re.escape(
            t("interview.bad_document_status", status="lost", choices=""))):
        rec.document("minutes", "lost")
    rec.end()
    with pytest.raises(FeltarbeidError, match=t("interview.session_ended", id=rec.session_id)):
        rec.note("too late")


# ------------------------------------------------------------------ scripted, CLI


def test_record_session_matches_the_sample_recording(study, guide):
    add_informant(study.store, Informant(code="IP01"))
    timeline = timeline_from_sample(SAMPLE_AUDIO / "timeline.json")
    sid = record_session(study, guide, informants=["IP01"], interviewers=["KL"],
                         header={"municipality": "Demo"}, timeline=[
                             *timeline,
                             (7.0, "attribute", "anonymity", {"value": "yes"}),
                             (40.0, "note", None, {"kind": "observation", "text": "calm"}),
                         ])
    sample = json.loads((SAMPLE_AUDIO / "timeline.json").read_text(encoding="utf-8"))
    events = assert_mirrored(study, sid)
    assert_monotonic(events)
    asked = {e.item_id: e.t_rec for e in events if e.kind == "item_asked"}
    assert asked == {q["item_id"]: round(q["t_start"], 3) for q in sample["questions"]}
    assert events[-1].kind == "session_end"
    assert events[-1].t_rec == round(max(t["end"] for t in sample["turns"]), 3)
    assert store_sessions.get_session(study.store, sid).status == "finished"
    assert get_informant(study.store, "IP01").anonymise_wish == "yes"


def test_session_list_and_show(study, guide, cli):
    add_informant(study.store, Informant(code="IP01"))
    sid = record_session(study, guide, informants=["IP01"], header={"municipality": "X"},
                         timeline=[(1.5, "item_asked", "anonymity", None),
                                   (65.0, "item_asked", "t1-day", None)],
                         started_at=T0)
    root = str(study.root)
    listed = cli("--study", root, "session", "list")
    assert listed.exit_code == 0, listed.output
    assert sid in listed.stdout and "IP01" in listed.stdout and "avsluttet" in listed.stdout
    shown = cli("--study", root, "--lang", "en", "session", "show", sid)
    assert shown.exit_code == 0, shown.output
    assert "asked" in shown.stdout and "t1-day" in shown.stdout
    assert "item_asked" not in shown.stdout  # event kinds in the user's language
    assert "1:05" in shown.stdout  # recording time of t1-day
    as_json = cli("--study", root, "session", "show", sid, "--json")
    data = json.loads(as_json.stdout)
    assert [e["t_rec"] for e in data["events"] if e["kind"] == "item_asked"] == [1.5, 65.0]
    missing = cli("--study", root, "session", "show", "S999")
    assert missing.exit_code != 0 and "S999" in missing.output
    assert "Traceback" not in missing.output


def test_interview_without_guide_is_a_clear_error(study, cli):
    result = cli("--study", str(study.root), "interview")
    assert result.exit_code != 0
    assert "guide" in result.output and "Traceback" not in result.output


def test_every_string_in_all_three_languages():
    import tomllib

    from feltarbeid.locale import __file__ as loc

    keys = [set(tomllib.loads((Path(loc).parent / lang / "interview.toml").read_text(
        encoding="utf-8"))) for lang in ("nb", "nn", "en")]
    assert keys[0] == keys[1] == keys[2]


def test_demo_session_uses_the_sample_timeline(study):
    from feltarbeid.interview.scripted import demo_session

    add_informant(study.store, Informant(code="IP01"))
    sid = demo_session(study, SAMPLE_AUDIO)
    events = assert_mirrored(study, sid)
    assert_monotonic(events)
    sample = json.loads((SAMPLE_AUDIO / "timeline.json").read_text(encoding="utf-8"))
    asked = [(e.item_id, e.t_rec) for e in events if e.kind == "item_asked"]
    assert asked == [(q["item_id"], round(q["t_start"], 3)) for q in sample["questions"]]
    inf = get_informant(study.store, "IP01")
    assert inf.anonymise_wish == "yes" and inf.attributes["employer"] == "municipality"
    assert inf.consent == "written"
    assert store_sessions.get_session(study.store, sid).status == "finished"


def test_parsed_guide_cache(study, monkeypatch, tmp_path):
    import feltarbeid.guide as guide_mod

    monkeypatch.setenv("FELTARBEID_CACHE", str(tmp_path / "cache"))
    copy = tmp_path / "g.yaml"
    copy.write_bytes(GUIDE_FILE.read_bytes())
    first = guide_for_new_session(study, copy)
    assert list((tmp_path / "cache" / "interview-guides").glob("*.json"))

    def no_parse(*a, **k):
        raise AssertionError("parsed again")

    monkeypatch.setattr(guide_mod, "load_guide", no_parse)
    assert guide_for_new_session(study, copy) == first  # from the cache
    copy.write_text(GUIDE_FILE.read_text(encoding="utf-8").replace(
        "How the office is organised", "How the office works"), encoding="utf-8")
    with pytest.raises(AssertionError, match="parsed again"):
        guide_for_new_session(study, copy)  # the text changed: the cache misses


def test_a_session_opens_in_one_window_only(study, guide):
    clock = FakeClock(T0)
    rec = _started(study, guide, clock)
    with pytest.raises(FeltarbeidError, match="another feltarbeid window"):
        SessionRecorder.resume(study, guide, rec.session_id, clock=clock)
    rec.close()  # the first window closes: now it can be resumed
    SessionRecorder.resume(study, guide, rec.session_id, clock=clock).close()


def test_quiet_time_warning_and_document_status(study, guide):
    clock = FakeClock(T0)
    rec = _started(study, guide, clock)  # planned: 10 + 3 × 15 + 5 = 60 minutes
    assert not rec.state.time_short(clock.now())
    clock.advance(53 * 60)  # 6 minutes (10 %) left, must-ask items open
    assert not rec.state.time_short(clock.now())
    clock.advance(60)
    assert rec.state.time_short(clock.now())
    for _, item in guide.items():
        if item.must_ask:
            rec.ask(item.id)
    assert not rec.state.time_short(clock.now())
    first = rec.document("minutes", "promised")
    rec.document("minutes", "received", first.payload["id"])
    assert list(rec.state.documents.values()) == [
        {"id": "D1", "text": "minutes", "status": "received", "item_id": rec.state.current}]


def test_store_failure_loses_nothing_and_catches_up(study, guide, monkeypatch):
    import sqlite3

    clock = FakeClock(T0)
    rec = _started(study, guide, clock)
    real = store_sessions.upsert_events

    def locked(*a, **k):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store_sessions, "upsert_events", locked)
    rec.note("while the database was locked")  # the journal has it; the screen goes on
    assert rec.mirror_error and rec.state.notes[-1].text == "while the database was locked"
    assert len(journal_events(study, rec.session_id)) == 6
    assert len(store_sessions.events(study.store, rec.session_id)) == 5
    monkeypatch.setattr(store_sessions, "upsert_events", real)
    rec.bookmark()  # the next event brings the mirror up to date
    assert rec.mirror_error is None
    assert_mirrored(study, rec.session_id)
    assert "store mirror failed" in (study.logs_dir / "interview.log").read_text()


def test_session_show_falls_back_to_the_store(study, guide, cli):
    add_informant(study.store, Informant(code="IP01"))
    sid = record_session(study, guide, informants=["IP01"], header={"municipality": "X"},
                         timeline=[(2.0, "item_asked", "anonymity", None)], started_at=T0)
    journal_path(study.journal_dir, sid).unlink()
    shown = cli("--study", str(study.root), "session", "show", sid)
    assert shown.exit_code == 0, shown.output
    assert "fra databasen" in shown.stdout and "anonymity" in shown.stdout


def test_interview_command_bad_inputs(study, cli):
    root = str(study.root)
    guide = ("--guide", str(GUIDE_FILE))
    cases = [
        (("--header", "kommune", *guide), [t("core.attr_no_equals", pair="kommune")]),
        (("--header", "kommune=X", *guide), ["kommune", "municipality"]),
        (("--session", "S042"), ["S042"]),
        (("--guide", str(study.root / "nope.yaml")), ["nope.yaml"]),
    ]
    for args, needles in cases:
        result = cli("--study", root, "interview", *args)
        assert result.exit_code != 0, args
        assert all(n in result.output for n in needles), result.output
        assert "Traceback" not in result.output
    assert list(study.journal_dir.iterdir()) == []


def test_a_guide_file_edited_after_parsing_is_not_stored_under_the_old_hash(study, tmp_path):
    """The stored text of a version must be that version, even if the file changed since."""
    from feltarbeid.guide import guide_by_hash, load_guide
    from feltarbeid.interview.guides import ensure_stored
    from feltarbeid.store.registers import guide_content

    src = tmp_path / "g.yaml"
    src.write_text((GUIDES / "en-municipal-services.yaml").read_text(encoding="utf-8"),
                   encoding="utf-8")
    guide = load_guide(src)
    src.write_text(src.read_text(encoding="utf-8").replace("Would you like", "Do you want"),
                   encoding="utf-8")
    ensure_stored(study.store, guide)
    assert "Do you want" not in guide_content(study.store, guide.content_hash)
    again = guide_by_hash(study.store, guide.content_hash)
    assert again.content_hash == guide.content_hash
    assert again.item("anonymity").text.startswith("Would you like")
