"""The workbench app under Textual's pilot: editing, split, merge, speaker, guide item,
find/replace, names (mark and unmark, with the key), and the sound through a fake device
(which stretch of the recording's samples was played for which key)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import until
from textual.widgets.text_area import Selection

from feltarbeid.domain import Segment, Word
from feltarbeid.study import Study
from feltarbeid.tui.dialogs import ChoiceDialog, Confirm, TextPrompt
from feltarbeid.tui.journal import Journal
from feltarbeid.workbench.app import WorkbenchApp
from feltarbeid.workbench.audio import Audio
from feltarbeid.workbench.draft import CHECKED
from feltarbeid.workbench.session import Workbench, journal_file
from feltarbeid.workbench.synthetic import add_transcript, passage_segments, write_wav

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "guides" / "en-municipal-services.yaml"
PASSPHRASE = "workbench-test-passphrase"
R = 16000


def seg(idx: int, start: float, text: str, speaker: str = "IP01") -> Segment:
    ws = [Word(start + 0.5 * k, start + 0.5 * k + 0.4, f" {w}", 0.9)
          for k, w in enumerate(text.split())]
    return Segment(idx, start, start + 0.5 * len(text.split()), text, speaker, None, words=ws)


def app_for(study: Study, tid: int, audio: Audio | None = None) -> WorkbenchApp:
    return WorkbenchApp(Workbench.open(study, tid), audio=audio or Audio(None, "no sound"))


def journal_kinds(study: Study, tid: int) -> list[str]:
    return [e.kind for e in Journal(journal_file(study, tid, "S001")).read(repair=False)]


async def test_type_enter_split_merge_speaker(study: Study) -> None:
    tid = add_transcript(study, [seg(0, 0.0, "How do you work with the office?", "I"),
                                 seg(1, 4.0, "I train them a social worker in Asker."),
                                 seg(2, 9.0, "Yes.")])
    app = app_for(study, tid)
    async with app.run_test(size=(80, 24)) as pilot:
        wb = app.workbench
        await pilot.press("end", "space", "N", "o", "w", "enter")  # type, then: checked, next
        await pilot.pause()
        assert wb.draft[0].text == "How do you work with the office? Now"
        assert CHECKED in wb.draft[0].flags and wb.place.passage == 1
        editor = app.screen.editor
        assert editor.text == wb.draft[1].text
        # split passage 2 at "in Asker": the second part starts when "in" was said
        editor.move_cursor((0, wb.draft[1].text.index("in Asker")))
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert [s.text for s in wb.draft.segments[1:3]] == [
            "I train them a social worker", "in Asker."]
        assert wb.draft[2].start == 7.0 and wb.place.passage == 2
        # merge them back: ctrl+t on the first part
        await pilot.press("pageup", "ctrl+t")
        await pilot.pause()
        assert wb.draft[1].text == "I train them a social worker in Asker."
        assert len(wb.draft) == 3
        # the speaker of the last passage: F8, then choose 'I' (the first option)
        await pilot.press("pagedown", "f8")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert wb.draft[2].speaker == "I"
    kinds = journal_kinds(study, tid)
    assert kinds[0] == "open" and kinds.count("splice") == 4
    assert {"check", "split", "merge", "speaker"} <= set(kinds)


async def test_guide_item_and_find_replace(study: Study) -> None:
    from feltarbeid.guide import load_guide
    from feltarbeid.interview.guides import ensure_stored

    guide = load_guide(GUIDE)
    ensure_stored(study.store, guide)
    tid = add_transcript(study, passage_segments(12), guide_hash=guide.content_hash)
    second_item = guide.items()[1][1]
    app = app_for(study, tid)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()  # the guide is read beside the screen
        wb = app.workbench
        await pilot.press("pagedown", "f9")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # (none), the first item, the second item
        await pilot.pause()
        assert wb.draft[1].item_id == second_item.id
        # find and replace across the transcript, with a preview
        n = sum(s.text.lower().count("kommunen") for s in wb.draft.segments)
        assert n
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.press(*"kommunen", "tab", *"bydelen", "enter")
        await pilot.pause()
        assert "bydelen" in str(app.screen.query_one("#find-lines").render())
        await pilot.press("enter")
        await pilot.pause()
        assert sum(s.text.count("bydelen") for s in wb.draft.segments) == n
        assert not any("kommunen" in s.text.lower() for s in wb.draft.segments)
    assert journal_kinds(study, tid).count("batch") == 1


@pytest.mark.slow  # real age encryption of the key (scrypt): seconds per write
async def test_mark_and_unmark_names(study: Study, monkeypatch: pytest.MonkeyPatch) -> None:
    from feltarbeid.anonymise.apply import run
    from feltarbeid.anonymise.keyfile import create_key, open_key
    from feltarbeid.store import anonymisation as adb
    from feltarbeid.store import transcripts as tstore

    tid = add_transcript(study, [seg(0, 0.0, "Who do you meet?", "I"),
                                 seg(1, 3.0, "I meet Bjartmar Vikhammer every week in Moss.")])
    create_key(study, PASSPHRASE)
    run(study, passphrase=PASSPHRASE)  # anonymised before the workbench
    app = app_for(study, tid)
    async with app.run_test(size=(80, 24)) as pilot:
        wb = app.workbench
        screen = app.screen
        await pilot.press("pagedown")
        await pilot.pause()
        text = wb.draft[1].text
        a = text.index("Bjartmar")
        screen.editor.selection = Selection((0, a), (0, a + len("Bjartmar Vikhammer")))
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog), "the kind to ask")
        await pilot.press("enter")  # a person (the first kind)
        await until(pilot, lambda: isinstance(app.screen, TextPrompt), "the passphrase")
        await pilot.press(*PASSPHRASE, "enter")  # asked once
        await until(pilot, lambda: not isinstance(app.screen, TextPrompt), "the prompt to go")
        await app.workers.wait_for_complete()
        await pilot.pause()
        key = open_key(study, PASSPHRASE)
        assert [e.original for e in key.registry] == ["Bjartmar Vikhammer"]
        anon = tstore.segments(study.store, tstore.latest_version(study.store, tid,
                                                                  "anonymised"))
        assert "Bjartmar" not in anon[1].text and "[Person" in anon[1].text
        marks = screen._names_of(1)
        person = next(m for m in marks if m.label == "PERSON")
        assert person.replacement.startswith("[Person") and not person.kept
        # 'Moss' is a municipality here, but say it is a false hit: never a name
        moss = next(m for m in marks if text[m.start:m.end] == "Moss")
        screen.editor.move_cursor((0, moss.start + 1))
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, Confirm), "the question")
        await pilot.press("y")  # no second passphrase question
        await until(pilot, lambda: not isinstance(app.screen, Confirm), "the answer")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert ("MUNICIPALITY", moss.decision_hash) in {
            (k[0], k[1]) for k, v in adb.decisions(study.store).items() if v == "never"}
        assert next(m for m in screen._names_of(1) if m.start == moss.start).kept
        anon = tstore.segments(study.store, tstore.latest_version(study.store, tid,
                                                                  "anonymised"))
        assert anon[1].text.endswith("in Moss.")


async def test_sound_follows_the_keys(study: Study, tmp_path: Path) -> None:
    """Which samples the fake device got: play on passage N, replay, skip back."""
    from feltarbeid.playback import FakeOutput, Player

    wav = write_wav(tmp_path / "tone.wav", 70.0)
    segs = passage_segments(12)  # 5 s apart
    tid = add_transcript(study, segs, audio=wav)
    out = FakeOutput()
    app = app_for(study, tid, Audio(Player(study.root / "recordings" / "r1.wav", output=out,
                                           rewind_on_resume=1.5)))
    async with app.run_test(size=(80, 24)) as pilot:
        wb = app.workbench
        await pilot.press("pagedown", "pagedown", "pagedown")  # passage 4
        await pilot.press("f4")
        await pilot.pause()
        out.advance(1.0)
        start = round(segs[3].start * R)
        assert out.played == [(start, start + R - 1)]
        await pilot.press("f4")  # pause …
        await pilot.pause()
        out.reset()
        await pilot.press("f4")  # … and resume 1.5 s before where it stopped
        await pilot.pause()
        out.advance(0.5)
        assert out.played[0][0] == start + R - round(1.5 * R)
        await pilot.press("f2")  # replay the passage: exactly its stretch, then it stops
        await pilot.pause()
        out.reset()
        out.advance(8.0)
        end = round(segs[3].end * R)
        assert out.played[0][0] == start and abs(out.played[-1][1] - end) <= 1
        await until(pilot, lambda: not app.screen.audio.playing, "the replay to stop")
        await pilot.press("f4")  # at the end of the passage: goes on from there
        await pilot.pause()
        out.advance(2.0)
        out.reset()
        here = app.screen.audio.position()
        assert here == pytest.approx(segs[3].end + 2.0, abs=0.01)
        await pilot.press("f3")  # back 5 s
        await pilot.pause()
        out.advance(0.2)
        assert out.played[0][0] == round((here - 5) * R)
        # the sound is followed: playing into the next passage makes it current
        await pilot.press("f5", "f5")
        await pilot.pause()
        out.advance(0.5)
        await until(pilot, lambda: wb.place.passage >= 4, "the cursor to follow the sound")
        assert wb.place.passage == wb.draft.passage_at(app.screen.audio.position())
        await pilot.press("f4")
        await until(pilot, lambda: wb.heard.seconds > 5, "the stretches heard to be counted")
    assert wb.heard.seconds > 5  # journaled stretches heard
    assert "heard" in journal_kinds(study, tid)


async def test_no_sound_device_says_so_once_and_editing_works(study: Study,
                                                             tmp_path: Path) -> None:
    tid = add_transcript(study, passage_segments(3))  # the recording file is missing
    app = WorkbenchApp(Workbench.open(study, tid))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert said.count(said[0]) == 1 and "lydopptaket" in said[0]
        await pilot.press("f4", "x")
        await pilot.pause()
        assert app.workbench.draft[0].text.startswith("x")


async def test_inaudible_pause_unsure_and_read_only(study: Study) -> None:
    words = [Word(10.0 + k, 10.4 + k, f" {w}", p) for k, (w, p) in
             enumerate([("we", 0.9), ("meet", 0.9), ("at", 0.2), ("noon", 0.9)])]
    words[3] = Word(15.0, 15.4, " noon", 0.9)  # a pause before "noon"
    tid = add_transcript(study, [seg(0, 0.0, "Hello there.", "I"),
                                 Segment(1, 10.0, 15.5, "we meet at noon", "IP01", None,
                                         words=words)])
    app = app_for(study, tid)
    async with app.run_test(size=(80, 24)) as pilot:
        wb = app.workbench
        await pilot.press("ctrl+g")  # the next unsure word: "at" in passage 2
        await pilot.pause()
        assert (wb.place.passage, app.screen.editor.char) == (1, 8)
        app.screen.editor.selection = Selection((0, 8), (0, 10))
        await pilot.press("ctrl+l")  # the selection is inaudible, with its time
        await pilot.pause()
        assert wb.draft[1].text == "we meet [uhørbart 0:12] noon"
        app.screen.editor.move_cursor((0, len("we meet [uhørbart 0:12]")))
        await pilot.press("ctrl+p")
        await pilot.pause()
        # the silence between the words still in the text around the cursor ("at" is gone)
        assert wb.draft[1].text == "we meet [uhørbart 0:12] [pause 3,6 s] noon"
    tid2 = add_transcript(study, passage_segments(2), session_id="S009")
    from feltarbeid.store import transcripts as tstore

    tstore.set_state(study.store, tid2, "verified")
    app = app_for(study, tid2)
    async with app.run_test(size=(80, 24)) as pilot:
        before = app.workbench.draft[0].text
        await pilot.press("x", "ctrl+o", "ctrl+s")
        await pilot.pause()
        assert app.workbench.draft[0].text == before and app.workbench.unsaved == 0


async def test_quit_asks_about_unsaved_edits(study: Study) -> None:
    tid = add_transcript(study, passage_segments(3))
    app = app_for(study, tid)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x", "ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, Confirm), "the question")
        await pilot.press("n")  # do not save now: the edit stays in the journal
        await pilot.pause()
    assert app.return_code == 0 and app.workbench.unsaved == 1
    app = app_for(study, tid)  # … and comes back
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.workbench.unsaved == 1 and app.workbench.draft[0].text.startswith("x")
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, Confirm), "the question")
        await pilot.press("y")  # save now
        await pilot.pause()
    from feltarbeid.store import corrections

    assert corrections.get(study.store, tid).corrections == 1
