"""The interview app at 80×24 with long, real-style guides (issue 13, items 7–20): the
outline's width, where it starts and where `a` moves to, the notes panel, the header
line, the case, drafts, the heartbeat, the summary after a crash, the command palette in
the study's language, and the guide's words as written. The crash-proof parts are also
tested with a real process and SIGKILL in test_interview_crash.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import palette_options, until

from feltarbeid.domain import Case, Informant
from feltarbeid.interview.app import InterviewApp, Prefill
from feltarbeid.interview.clock import FakeClock
from feltarbeid.interview.guides import guide_for_new_session
from feltarbeid.interview.journal import Journal, journal_path
from feltarbeid.interview.recorder import SessionRecorder, SessionSetup, unfinished_session
from feltarbeid.interview.widgets.clock_bar import ClockBar, fit_clock_line
from feltarbeid.interview.widgets.item_panel import ItemPanel
from feltarbeid.interview.widgets.notes_log import NotesLog
from feltarbeid.interview.widgets.outline import GuideOutline
from feltarbeid.store import sessions as store_sessions
from feltarbeid.store.registers import add_case, add_informant

DATA = Path(__file__).resolve().parent / "data"
REAL = DATA / "interview-real-guide.yaml"
T0 = 1_763_900_000.0
SIZE = (80, 24)


def start(study, guide, *informants: str, clock: FakeClock | None = None, **kw):
    for code in informants:
        add_informant(study.store, Informant(code=code, consent="written",
                                             consent_at="2026-11-20T10:00:00+01:00"))
    return SessionRecorder.start(study, guide, SessionSetup(
        informants=list(informants), header={"kommune": "Asker"}, **kw),
        clock=clock or FakeClock(T0))


def outline_rows(outline: GuideOutline) -> list[str]:
    """The outline's rows as shown (text only)."""
    return [outline.render_line(y).text.rstrip() for y in range(outline.size.height)]


# ------------------------------------------------------------------ 7: the outline's width


async def test_outline_shows_whole_questions_at_80_columns(study):
    guide = guide_for_new_session(study, REAL)
    rec = start(study, guide, "IP01")
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.has_class("-narrow")
        outline = screen.query_one(GuideOutline)
        assert outline.size.width >= 78  # the whole width: the item folds under it
        rows = outline_rows(outline)
        # every question of the first screenful is on its row whole, up to 70 characters
        for _, item in guide.items()[:10]:
            assert any(item.text[:70] in row for row in rows), item.text
        # two questions that begin alike are told apart
        assert any("har lykkes bedre enn dere ventet?" in row for row in rows)
        assert any("har vært vanskeligere enn ventet?" in row for row in rows)
    rec.close()


async def test_wide_terminal_keeps_the_item_beside_the_outline(study):
    guide = guide_for_new_session(study, REAL)
    rec = start(study, guide, "IP01")
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        assert app.screen.has_class("-wide")
        outline = app.screen.query_one(GuideOutline)
        item = app.screen.query_one(ItemPanel)
        assert item.region.x >= outline.region.right - 1  # side by side
        assert outline.size.width >= 60
    rec.close()


# ------------------------------------------------------------------ 8: start and `a`


async def test_outline_starts_at_the_top_and_a_moves_on_in_order(study, long_guide):
    guide = guide_for_new_session(study, long_guide(60))
    rec = start(study, guide, "IP01")
    # theme 2 was all touched on already; in theme 1 only the first question is still open,
    # so nothing is open below the last question of theme 1
    for n in range(30, 60):
        rec.mark(f"q{n:03d}", "spontaneous")
    for n in range(1, 29):
        rec.mark(f"q{n:03d}", "asked")
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        outline = app.screen.query_one(GuideOutline)
        await pilot.pause()
        assert outline.scroll_y == 0
        assert outline_rows(outline)[0].startswith("▼ Tema 1.")  # the first heading shows
        assert outline.cursor_item == "q000"
        outline.move_cursor_to("q029")  # the last item of theme 1
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert rec.state.status["q029"] == "asked"
        # on to the next item in order (theme 2), not back up to q000, the open one on top
        assert outline.cursor_item == "q030"
        rows = outline_rows(outline)
        assert any("Question 30 " in row for row in rows)  # and it is in view
        assert any(row.startswith("▼ Tema 2.") for row in rows)  # with its heading
    rec.close()


def test_next_in_order_never_wraps(study, long_guide):
    guide = guide_for_new_session(study, long_guide(6, per=3))
    rec = start(study, guide, "IP01")
    st = rec.state
    assert st.next_in_order("q000") == "q001"
    rec.mark("q001", "asked")
    assert st.next_in_order("q000") == "q002"  # the next open one further down
    for n in range(2, 6):
        rec.mark(f"q{n:03d}", "asked")
    assert st.next_in_order("q002") == "q003"  # none open below: simply the next
    assert st.next_in_order("q005") is None  # the end: never back to the top
    assert st.next_open("q005") == "q000"
    rec.close()


# ------------------------------------------------------------------ 9: the notes panel


async def test_newest_note_is_visible_and_messages_do_not_cover_notes(study):
    guide = guide_for_new_session(study, REAL)
    clock = FakeClock(T0)
    rec = start(study, guide, "IP01", clock=clock)
    rec.mark_recording_start()
    for i in range(6):
        clock.advance(30)
        rec.note(f"note {i}: " + "a long observation that wraps over the line " * 2)
    clock.advance(30)
    rec.note("NEWEST")
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = app.screen.query_one(NotesLog)
        shown = [notes.render_line(y).text for y in range(notes.size.height)]
        assert "NEWEST" in shown[-1]
        await pilot.press("b")  # bookmark: its message goes in the panel's border
        await pilot.pause()
        shown = [notes.render_line(y).text for y in range(notes.size.height)]
        assert "★" in shown[-1]
        assert notes.message == "Bokmerke satt."
        assert not app.query("Toast")  # no toast over the notes
        assert str(notes.border_title).strip() == "Bokmerke satt."
    rec.close()


# ------------------------------------------------------------------ 10: the header line


@pytest.mark.parametrize("width", [80, 60, 40])
def test_header_line_always_fits(width: int):
    informants = ("IP01", "IP02", "IP03")
    line = fit_clock_line("S012", informants, "opptak ikke markert (r) · 1:02:03",
                          "Tema 3: \"2 sjefer\" og andre lange ting", "12/25 min", width=width)
    assert line.cell_len <= width
    assert line.plain.startswith("S012")
    if width >= 60:
        assert "1:02:03" in line.plain  # the clock is never cut off first
    if width >= 80:
        assert "12/25 min" in line.plain and "IP01 +2" in line.plain


async def test_header_with_two_informants_does_not_overflow(study):
    guide = guide_for_new_session(study, REAL)
    rec = start(study, guide, "IP01", "IP02")
    rec.goto("t2-krav")
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(ClockBar)
        text = bar.render()
        assert text.cell_len <= bar.content_region.width
        assert "IP01" in text.plain and "S001" in text.plain and "min" in text.plain
    rec.close()


# ------------------------------------------------------------------ 11: the case


def test_case_is_taken_from_the_informants_record(study):
    guide = guide_for_new_session(study, REAL)
    add_case(study.store, Case(code="K1"))
    add_case(study.store, Case(code="K2"))
    for code, case in (("IP01", "K1"), ("IP02", "K1"), ("IP03", "K2")):
        add_informant(study.store, Informant(code=code, case_code=case, consent="oral",
                                             consent_at="2026-11-20T10:00:00+01:00"))
    rec = SessionRecorder.start(study, guide, SessionSetup(informants=["IP01", "IP02"]),
                                clock=FakeClock(T0))
    assert rec.state.case == "K1"
    assert store_sessions.get_session(study.store, rec.session_id).case_code == "K1"
    rec.end()
    rec.close()
    # informants of two cases: no case is guessed; a case given explicitly wins
    rec = SessionRecorder.start(study, guide, SessionSetup(informants=["IP01", "IP03"]),
                                clock=FakeClock(T0 + 10))
    assert rec.state.case is None
    rec.end()
    rec.close()
    rec = SessionRecorder.start(study, guide, SessionSetup(informants=["IP01"], case="K2"),
                                clock=FakeClock(T0 + 20))
    assert rec.state.case == "K2"
    rec.close()


async def test_before_screen_shows_the_informants_case(study):
    guide = guide_for_new_session(study, REAL)
    add_case(study.store, Case(code="K1"))
    add_informant(study.store, Informant(code="IP01", case_code="K1"))
    app = InterviewApp(study, guide, clock=FakeClock(T0),
                       prefill=Prefill(informants=["IP01"]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#case").placeholder == "K1"


# ------------------------------------------------------------------ 12: drafts


async def test_typed_text_is_a_draft_until_saved_and_comes_back_after_a_crash(study):
    guide = guide_for_new_session(study, REAL)
    clock = FakeClock(T0)
    rec = start(study, guide, "IP01", clock=clock)
    rec.ask("t1-avtale")
    journal = Journal(journal_path(study.journal_dir, rec.session_id))
    n_events = len(journal.read(repair=False))
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        await pilot.pause()
        for ch in "hvem ":
            await pilot.press(ch if ch != " " else "space")
            # on disk after every key, before anything else happens
            assert rec.live.load()["draft"]["text"].endswith(ch.strip() or " ")
        await pilot.press(*"skrev")
        draft = rec.live.load()["draft"]
        assert draft["kind"] == "followup" and draft["item_id"] == "t1-avtale"
        assert draft["text"] == "hvem skrev"
        assert len(journal.read(repair=False)) == n_events  # a draft is not an event
        rec.close()  # the app "dies" here: nothing more is written
        app.recorder = None
    # the same session opened again: the follow-up dialog is back with the text, on the
    # same item even though the cursor is elsewhere
    clock.advance(5)
    rec2 = SessionRecorder.resume(study, guide, rec.session_id, clock=clock)
    rec2.goto("t2-krav")
    app = InterviewApp(study, guide, recorder=rec2)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert type(app.screen).__name__ == "TextPrompt"
        assert app.screen.query_one("#text").value == "hvem skrev"
        await pilot.press(*" den?", "enter")
        await pilot.pause()
    events = Journal(journal_path(study.journal_dir, rec.session_id)).read(repair=False)
    fu = [e for e in events if e.kind == "followup"]
    assert [(e.item_id, e.payload["text"]) for e in fu] == [("t1-avtale", "hvem skrev den?")]
    assert "draft" not in rec2.live.load()


async def test_a_cancelled_dialog_leaves_no_draft(study):
    guide = guide_for_new_session(study, REAL)
    rec = start(study, guide, "IP01")
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *"tja", "escape")
        await pilot.pause()
        assert "draft" not in rec.live.load()
        assert not [n for n in rec.state.notes if n.kind == "free"]


# ------------------------------------------------------------------ 13: the heartbeat


def test_gap_is_measured_from_the_heartbeat_and_the_journal_does_not_grow(study):
    guide = guide_for_new_session(study, REAL)
    clock = FakeClock(T0)
    rec = start(study, guide, "IP01", clock=clock)
    rec.ask("anonym")
    journal = Journal(journal_path(study.journal_dir, rec.session_id))
    before = journal.read(repair=False)
    size = journal.path.stat().st_size
    for _ in range(7200):  # two hours of heartbeats, one a second
        clock.advance(1)
        rec.beat()
    assert journal.read(repair=False) == before and journal.path.stat().st_size == size
    assert rec.live.path.stat().st_size < 200
    rec.close()  # the app dies one second after its last heartbeat; down for 1 s
    clock.advance(2)
    rec2 = SessionRecorder.resume(study, guide, rec.session_id, clock=clock)
    resume = rec2.journal.read(repair=False)[-1]
    assert resume.kind == "resume" and resume.payload["gap_seconds"] == 2.0
    assert rec2.state.gaps[-1] == (T0 + 7200, 2.0)
    # the two hours before the crash count as time on the theme, the gap does not
    assert rec2.state.used_seconds("intro", clock.now()) == 7200
    rec2.close()


# ------------------------------------------------------------------ 14: summary after a crash


async def test_after_end_and_a_crash_the_summary_comes_back(study):
    guide = guide_for_new_session(study, REAL)
    rec = start(study, guide, "IP01")
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "y")
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        rec.close()  # the app dies on the summary
        app.recorder = None
    # what the command finds: this ended session, to show its summary again
    found = unfinished_session(study, ["IP01"], with_open_summary=True)
    assert found is not None and found.session_id == rec.session_id and found.ended
    assert unfinished_session(study, ["IP01"]) is None
    rec2 = SessionRecorder.resume(study, guide, rec.session_id)
    app = InterviewApp(study, guide, recorder=rec2)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        await pilot.press("q")  # closed by the interviewer: done
        await pilot.pause()
    assert unfinished_session(study, ["IP01"], with_open_summary=True) is None
    assert not rec2.live.path.exists()


def test_a_scripted_session_leaves_no_summary_to_reopen(study):
    from feltarbeid.interview.scripted import record_session

    guide = guide_for_new_session(study, REAL)
    add_informant(study.store, Informant(code="IP01"))
    record_session(study, guide, informants=["IP01"], header={"kommune": "A"},
                   timeline=[(1.0, "item_asked", "anonym", None)], started_at=T0)
    assert unfinished_session(study, ["IP01"], with_open_summary=True) is None


# ------------------------------------------------------------------ 15: the command palette


@pytest.mark.parametrize(("lang", "search", "command", "no_match"), [
    ("nb", "Søk etter en kommando", "notat", "Ingen treff"),
    ("nn", "Søk etter ein kommando", "notat", "Ingen treff"),
    ("en", "Search for a command", "note", "No matches"),
])
async def test_command_palette_speaks_the_study_language(study, lang, search, command,
                                                         no_match):
    from feltarbeid import locale
    from feltarbeid.interview.palette import Palette

    locale.set_language(lang)
    guide = guide_for_new_session(study, REAL)
    rec = start(study, guide, "IP01")
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, Palette)
                    and bool(palette_options(app)), "the palette's commands")
        palette = app.screen
        assert palette.query_one("CommandInput").placeholder.startswith(search)
        shown = " ".join(str(o.prompt) for o in palette.query_one("CommandList").options)
        assert command in shown  # the screen's own keys, in the study's language
        for english in ("Quit the application", "Change the current theme", "Screenshot",
                        "Keys"):
            assert english not in shown
        await pilot.press(*"xyzzy")
        await until(pilot, lambda: any(no_match in o for o in palette_options(app)),
                    "the palette to say nothing matches")
        assert not any("No matches found" in o for o in palette_options(app))
        await pilot.press("escape")
        await pilot.pause()
        # a command from the palette runs the key's action: "bookmark"
        await pilot.press("ctrl+p", *locale.t("interview.key_bookmark"))
        await until(pilot, lambda: isinstance(app.screen, Palette) and any(
            locale.t("interview.key_bookmark").lower() in o.lower()
            for o in palette_options(app)[:1]), "the palette to find the bookmark key")
        await pilot.press("enter")
        await pilot.pause()
        assert [n.kind for n in rec.state.notes] == ["bookmark"]
    rec.close()


# ------------------------------------------------------------------ 17–20: the guide's words


async def test_the_app_shows_the_guide_as_written(study):
    guide = guide_for_new_session(study, REAL)
    rec = start(study, guide, "IP01")
    app = InterviewApp(study, guide, recorder=rec)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        panel = screen.query_one(ItemPanel)

        async def shown(item_id: str) -> dict[str, str]:
            screen.jump_to(item_id)
            await pilot.pause()
            return {w: str(panel.query_one(f"#{w}").render()) for w in
                    ("item-lead-in", "item-text", "item-probes")}

        t = await shown("t1-avtale")
        assert t["item-lead-in"] == '"Partnerskapet er regulert gjennom samarbeidsavtalen."'
        assert t["item-probes"].splitlines() == ["- hvem andre var med?",
                                                 "hvor lang tid tok det"]
        t = await shown("t1-omrader-vansker")
        assert t["item-probes"] == "Evt. hvilke?"  # a conditional: no dash
        t = await shown("t4-gjennomforing")
        assert t["item-probes"] == ("(hvem kaller inn, foreslår saker, setter dagsorden, "
                                    "leder møtet?")
        # the closing question has no heading: no section row in the outline, none in the
        # item's head line, none in the top bar
        t = await shown("slutt")
        outline = screen.query_one(GuideOutline)
        rows = "\n".join(outline_rows(outline))
        head = str(panel.query_one("#item-section").render())
        bar = screen.query_one(ClockBar).render().plain
        for text in (rows, head, bar):
            assert "Avslutning" not in text
        assert head.startswith("slutt · ")
        # in the outline the closing question is a row of its own, at the top level
        assert any(row.startswith("·  Hvordan vil du si at partnerskapet")
                   for row in outline_rows(outline))
    rec.close()
