"""Withdrawal, purge and the workbench's journals: a withdrawn informant's words must not
survive in the journal of an unsaved correction (own interview or shared), a withdrawal
or purge waits for an open workbench, and ``transcript edit`` afterwards starts cleanly
from the newest text and says what was lost (before: "the journal is damaged")."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from feltarbeid.domain import Informant, Segment, Session, Word
from feltarbeid.errors import FeltarbeidError
from feltarbeid.privacy import withdraw as withdraw_mod
from feltarbeid.store import privacy as psql
from feltarbeid.store import registers, sessions
from feltarbeid.store import transcripts as tstore
from feltarbeid.study import Study
from feltarbeid.workbench.app import WorkbenchApp
from feltarbeid.workbench.audio import Audio
from feltarbeid.workbench.session import Workbench, journal_dir, journal_file
from feltarbeid.workbench.synthetic import add_transcript

SECRET = "Snorrebakken"  # typed by the researcher into IP02's passage, never saved


def seg(idx: int, start: float, text: str, speaker: str) -> Segment:
    ws = [Word(start + 0.5 * k, start + 0.5 * k + 0.4, f" {w}", 0.9)
          for k, w in enumerate(text.split())]
    return Segment(idx, start, start + 0.5 * len(text.split()), text, speaker, None, words=ws)


def shared_interview(study: Study) -> int:
    """S002 with IP01 and IP02 (and a one-to-one S001 with IP01 first)."""
    add_transcript(study, [seg(0, 0.0, "Hei.", "I"), seg(1, 2.0, "Hei på deg.", "IP01")])
    registers.add_informant(study.store, Informant(code="IP02", consent="written"))
    sessions.create_session(study.store, Session(id="S002", informants=["IP01", "IP02"],
                                                 interviewers=["KL"]))
    return add_transcript(study, [
        seg(0, 0.0, "Hvordan samarbeider dere?", "I"),
        seg(1, 3.0, "Vi møtes hver uke på kontoret.", "IP01"),
        seg(2, 8.0, "Jeg bor like ved skolen.", "IP02"),
        seg(3, 13.0, "Og vi ringer ofte.", "IP01"),
    ], session_id="S002")


def type_into(study: Study, tid: int) -> Path:
    """Unsaved edits: IP02's passage gets a word, IP01's last passage too."""
    wb = Workbench.open(study, tid)
    wb.splice(2, 0, 0, f"{SECRET} ")
    wb.splice(3, 0, 0, "Ja. ")
    path = wb.journal.path
    wb.close()
    return path


def files_holding(folder: Path, word: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and word.encode() in p.read_bytes()]


async def test_withdraw_deletes_the_workbench_journal_of_a_shared_interview(
        study: Study) -> None:
    tid = shared_interview(study)
    path = type_into(study, tid)
    torn = path.with_name(f"{path.stem}.torn-1")
    torn.write_text(f'{{"seq": 9, "kind": "splice", "payload": {{"s": "{SECRET}"', "utf-8")
    assert files_holding(study.journal_dir, SECRET)
    plan = withdraw_mod.plan(study, "IP02")
    assert plan.shared_transcripts == [tid] and {path, torn} <= set(plan.journal_files)
    withdraw_mod.withdraw(study, "IP02")
    assert not path.exists() and not torn.exists()
    assert files_holding(study.root, SECRET) == []
    # the same command starts cleanly from the text that is left, and says so
    app = WorkbenchApp(Workbench.open(study, tid), audio=Audio(None, "no sound"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        wb = app.workbench
        assert [s.text for s in wb.draft.segments] == [
            "Hvordan samarbeider dere?", "Vi møtes hver uke på kontoret.", "Og vi ringer ofte."]
        assert wb.unsaved == 0
        assert any("2 ulagrede endringer" in n.message and "tilbaketrekking" in n.message
                   for n in app._notifications)
        await pilot.press("pagedown", "J", "a")  # and works on
        await pilot.pause()
        assert wb.draft[1].text.startswith("Ja") and wb.unsaved == 2


def test_a_journal_that_no_longer_fits_is_discarded_not_damaged(study: Study) -> None:
    """A journal that escaped a withdrawal (restored from a backup, or an older
    feltarbeid) is older than the text: before, the workbench refused ("line 3 of the
    journal does not fit") or put the edits on the wrong passages."""
    tid = shared_interview(study)
    path = type_into(study, tid)
    kept = path.read_bytes()
    withdraw_mod.withdraw(study, "IP02")
    path.write_bytes(kept)  # back from a backup
    wb = Workbench.open(study, tid)
    try:
        assert "passet ikke lenger" in wb.notice
        assert [s.text for s in wb.draft.segments][1:] == [
            "Vi møtes hver uke på kontoret.", "Og vi ringer ofte."]
        assert wb.unsaved == 0
    finally:
        wb.close()
    assert files_holding(study.root, SECRET) == []
    # a journal that fits is resumed as before
    wb = Workbench.open(study, tid)
    wb.splice(1, 0, 0, "Nå: ")
    wb.close()
    wb = Workbench.open(study, tid)
    try:
        assert wb.notice == "" and wb.draft[1].text.startswith("Nå: ") and wb.unsaved == 1
    finally:
        wb.close()


def test_own_interview_journal_and_torn_pieces_deleted(study: Study) -> None:
    tid = shared_interview(study)
    own = next(int(r["id"]) for r in tstore.list_transcripts(study.store, ("transcribed",))
               if int(r["id"]) != tid)
    wb = Workbench.open(study, own)
    wb.splice(1, 0, 0, f"{SECRET} ")
    wb.close()
    (journal_dir(study) / f"T{own}.torn-2").write_text(SECRET, "utf-8")
    (journal_dir(study) / f"T{own}0-S009.jsonl").write_text("another transcript", "utf-8")
    withdraw_mod.withdraw(study, "IP01")
    assert files_holding(study.root, SECRET) == []
    assert (journal_dir(study) / f"T{own}0-S009.jsonl").exists()  # T10 is not T1
    with pytest.raises(FeltarbeidError, match="kan ikke rettes"):
        Workbench.open(study, own)


def test_withdraw_and_purge_wait_for_an_open_workbench(study: Study) -> None:
    from feltarbeid.privacy.purge import purge

    tid = shared_interview(study)
    wb = Workbench.open(study, tid)
    try:
        with pytest.raises(FeltarbeidError, match=f"transkripsjon {tid} er åpen"):
            withdraw_mod.withdraw(study, "IP02")
        assert psql.get_withdrawal(study.store, "IP02") is None  # nothing changed
        assert len(tstore.segments(study.store, tstore.source_version(study.store, tid))) == 4
        with pytest.raises(FeltarbeidError, match="er åpen i transkripsjonsbenken"):
            purge(study, now_allowed=True)
        assert journal_file(study, tid, "S002").exists()
        # marking a withdrawal for later deletion deletes nothing yet: allowed
        later = withdraw_mod.withdraw(study, "IP02", keep_until=date.today() + timedelta(30))
        assert not later.deleted
    finally:
        wb.close()
    purge(study, now_allowed=True)
    assert not journal_dir(study).exists() or not any(journal_dir(study).iterdir())
