"""The transcript workbench without a screen: edits on the draft, the journal (resume,
torn lines, a save the journal did not hear of), corrected versions and their chain,
progress in the store, anonymisation of corrected text, and the commands around it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from feltarbeid.domain import Segment, Word
from feltarbeid.errors import FeltarbeidError
from feltarbeid.store import corrections
from feltarbeid.store import transcripts as tstore
from feltarbeid.store.core import Store
from feltarbeid.store.schema import MIGRATION_1
from feltarbeid.study import Study
from feltarbeid.workbench.draft import (
    CHECKED,
    Draft,
    DraftError,
    Heard,
    next_attention,
    replace_edit,
    split_time,
    word_at_time,
    word_spans,
)
from feltarbeid.workbench.session import NOTE, Workbench, journal_file
from feltarbeid.workbench.synthetic import add_transcript, passage_segments

PASSPHRASE = "workbench-test-passphrase"


def seg(idx: int, start: float, text: str, speaker: str = "IP01", words: bool = True,
        prob: float = 0.9) -> Segment:
    """A segment whose words are timed 0.5 s apart from ``start``."""
    ws = [Word(start + 0.5 * k, start + 0.5 * k + 0.4, f" {w}", prob)
          for k, w in enumerate(text.split())] if words else []
    return Segment(idx, start, start + 0.5 * len(text.split()), text, speaker, "q1", words=ws)


# --------------------------------------------------------------------------- draft


def test_split_uses_word_timings_and_keeps_words_with_their_text() -> None:
    d = Draft.of([seg(0, 10.0, "I train them a social worker in Asker"), seg(1, 20.0, "Yes.")])
    at = d[0].text.index("in Asker")
    t = split_time(d[0], at)
    assert t == 13.0  # "in" is the seventh word: 10 + 6 × 0.5
    d.apply({"op": "split", "p": 0, "at": at, "t": t})
    assert [s.text for s in d.segments] == ["I train them a social worker", "in Asker", "Yes."]
    assert (d[0].end, d[1].start, d[1].end) == (13.0, 13.0, 14.0)
    assert [w.word.strip() for w in d[1].words] == ["in", "Asker"]
    assert [s.idx for s in d.segments] == [0, 1, 2]
    with pytest.raises(DraftError):
        d.apply({"op": "split", "p": 1, "at": 0, "t": 13.0})  # nothing on one side


def test_edited_words_lose_their_timing_merge_joins() -> None:
    d = Draft.of([seg(0, 0.0, "I train them a social worker"), seg(1, 3.0, "in Asker.")])
    d.apply({"op": "splice", "p": 0, "a": 2, "b": 12, "s": "trained as"})
    assert d[0].text == "I trained as a social worker"
    assert [ws.word.word.strip() for ws in word_spans(d[0])] == ["I", "a", "social", "worker"]
    assert word_at_time(d[0], 1.6).word.word.strip() == "a"
    d.apply({"op": "check", "p": 0, "v": True})
    d.apply({"op": "merge", "p": 0})
    assert len(d) == 1 and d[0].text == "I trained as a social worker in Asker."
    assert d[0].end == 4.0 and CHECKED not in d[0].flags  # merged text must be checked again
    assert [w.word for w in d.result()[0].words][-2:] == [" in", " Asker."]


def test_replace_is_one_batch_all_or_nothing() -> None:
    d = Draft.of([seg(0, 0.0, "Toe Hanson and toe hanson"), seg(1, 5.0, "Toe Hanson said so")])
    edit = replace_edit(d, "toe hanson", "Tove Hansen")
    assert edit is not None and len(edit["edits"]) == 3
    d.apply(edit)
    assert [s.text for s in d.segments] == ["Tove Hansen and Tove Hansen", "Tove Hansen said so"]
    bad = {"op": "batch", "edits": [{"op": "splice", "p": 0, "a": 0, "b": 4, "s": "X"},
                                    {"op": "splice", "p": 1, "a": 0, "b": 999, "s": "Y"}]}
    with pytest.raises(DraftError):
        d.apply(bad)
    assert d[0].text == "Tove Hansen and Tove Hansen"  # the first splice was undone


def test_next_unsure_place_skips_checked_passages() -> None:
    d = Draft.of([seg(0, 0.0, "all sure here"), seg(1, 5.0, "also sure", prob=0.2),
                  seg(2, 9.0, "sure too")])
    d[2].flags.append("repetition")
    assert next_attention(d, 0, 0, 0.5) == (1, 0)
    assert next_attention(d, 1, 0, 0.5) == (1, 5)  # the next unsure word
    d.apply({"op": "check", "p": 1, "v": True})
    assert next_attention(d, 0, 0, 0.5) == (2, 0)  # a flagged passage


def test_heard_stretches_merge() -> None:
    h = Heard()
    h.add(10, 20)
    h.add(15, 25)
    h.add(40, 41)
    h.add(25.02, 30)
    assert h.ranges == [(10, 30), (40, 41)] and h.seconds == 21


# --------------------------------------------------------------------------- session


@pytest.fixture
def tid(study: Study) -> int:
    return add_transcript(study, passage_segments(30))


def test_edits_are_journaled_and_resumed(study: Study, tid: int) -> None:
    wb = Workbench.open(study, tid)
    wb.set_text(0, "Vi har et møte hver uke.")
    wb.split(1, wb.draft[1].text.index(" ") + 1)
    wb.set_speaker(2, "I")
    wb.check(0)
    wb.move(2, 3, 12.5)
    text = [s.text for s in wb.draft.segments]
    with pytest.raises(FeltarbeidError, match="annet feltarbeid-vindu"):
        Workbench.open(study, tid)  # a second window on the same transcript
    wb.journal.close()  # no save, no clean close: as after a kill
    again = Workbench.open(study, tid)
    try:
        assert [s.text for s in again.draft.segments] == text
        assert again.draft[2].speaker == "I" and CHECKED in again.draft[0].flags
        assert (again.place.passage, again.place.char, again.place.position) == (2, 3, 12.5)
        assert again.unsaved == 4
        assert corrections.get(study.store, tid).unsaved == 4
    finally:
        again.close()


def test_save_makes_a_corrected_version_and_chains(study: Study, tid: int) -> None:
    verbatim = tstore.source_version(study.store, tid)
    wb = Workbench.open(study, tid)
    try:
        assert wb.save() is None  # nothing to save
        wb.set_text(0, "Første rettelse.")
        first = wb.save()
        wb.set_text(1, "Andre rettelse.")
        wb.check(1)
        second = wb.save()
    finally:
        wb.close()
    versions = {v["id"]: v for v in tstore.versions(study.store, tid)}
    assert versions[verbatim]["kind"] == "verbatim"  # kept
    assert versions[first]["kind"] == versions[second]["kind"] == "corrected"
    assert versions[first]["parent_id"] == verbatim and versions[second]["parent_id"] == first
    assert versions[second]["note"] == NOTE
    assert tstore.holds_verbatim("corrected", NOTE)
    assert tstore.source_version(study.store, tid) == second
    texts = [s.text for s in tstore.segments(study.store, second)]
    assert texts[:2] == ["Første rettelse.", "Andre rettelse."]
    assert CHECKED in tstore.segments(study.store, second)[1].flags
    p = corrections.get(study.store, tid)
    assert p is not None and p.corrections == 2 and p.last_version == second
    assert p.unsaved == 0 and p.checked == 1 and p.passages == 30
    assert [e["details"]["version"] for e in study.store.audit_entries("transcript.corrected")] \
        == [first, second]
    # reopened after the save: the draft starts from the corrected version
    wb = Workbench.open(study, tid)
    try:
        assert wb.base_version == second and wb.unsaved == 0
        assert wb.draft[0].text == "Første rettelse."
    finally:
        wb.close()


def test_a_save_the_journal_missed_is_not_made_twice(study: Study, tid: int) -> None:
    """A crash after the version was written but before the journal said so."""
    wb = Workbench.open(study, tid)
    wb.set_text(3, "Rettet før krasjet.")
    vid = wb.save()
    wb.journal.close()
    path = journal_file(study, tid, "S001")
    lines = path.read_bytes().splitlines(keepends=True)
    assert b'"kind":"save"' in lines[-1]
    path.write_bytes(b"".join(lines[:-1]))  # the save line never reached the disk
    again = Workbench.open(study, tid)
    try:
        assert again.recovered_save and again.base_version == vid and again.unsaved == 0
        assert again.save() is None
    finally:
        again.close()
    assert [v["kind"] for v in tstore.versions(study.store, tid)] == ["verbatim", "corrected"]


def test_a_torn_last_line_is_repaired(study: Study, tid: int) -> None:
    wb = Workbench.open(study, tid)
    wb.set_text(0, "Helt.")
    wb.journal.close()
    path = journal_file(study, tid, "S001")
    with open(path, "ab") as fh:
        fh.write(b'{"v":1,"seq":99,"kind":"spl')
    again = Workbench.open(study, tid)
    try:
        assert again.draft[0].text == "Helt."
    finally:
        again.close()
    assert path.with_name(path.stem + ".torn-1").read_bytes().startswith(b'{"v":1,"seq":99')
    assert "repaired a torn last line" in (study.logs_dir / "workbench.log").read_text()


def test_states_refused_and_read_only(study: Study, tid: int) -> None:
    tstore.set_state(study.store, tid, "failed", reason="x")
    with pytest.raises(FeltarbeidError, match="failed"):
        Workbench.open(study, tid)
    tstore.set_state(study.store, tid, "verified")
    wb = Workbench.open(study, tid)
    try:
        assert wb.info.read_only
        with pytest.raises(FeltarbeidError):
            wb.set_text(0, "Nei.")
        wb.move(3)  # listening and moving still work
    finally:
        wb.close()
    with pytest.raises(FeltarbeidError, match="99"):
        Workbench.open(study, 99)


def test_a_bad_edit_is_refused_before_the_journal(study: Study, tid: int) -> None:
    wb = Workbench.open(study, tid)
    try:
        before = journal_file(study, tid, "S001").read_bytes()
        with pytest.raises(FeltarbeidError):
            wb.merge(len(wb.draft) - 1)
        with pytest.raises(FeltarbeidError):
            wb.splice(0, 5, 999, "x")
        assert journal_file(study, tid, "S001").read_bytes() == before
    finally:
        wb.close()


# --------------------------------------------------------------------------- the chain


@pytest.mark.slow  # real age encryption of the key (scrypt): seconds per write
def test_corrections_are_anonymised_again_and_outdate_packets(study: Study) -> None:
    """A correction made after anonymisation is anonymised again (a name the model missed
    and the researcher wrote in is replaced); in review, the open packet becomes outdated."""
    from feltarbeid.anonymise.apply import run
    from feltarbeid.anonymise.keyfile import create_key
    from feltarbeid.review.demo import write_answer_file
    from feltarbeid.review.packets import make_packets
    from feltarbeid.review.returns import OutdatedPacket, take_in
    from feltarbeid.workbench.scripted import correct

    tid = add_transcript(study, [seg(0, 0.0, "Hva gjør du på kontoret?", "I"),
                                 seg(1, 4.0, "Jeg har møte med toget hver uke."),  # missed
                                 seg(2, 9.0, "Det går fint.")])
    other = add_transcript(study, [seg(0, 0.0, "Hva gjør du?", "I"),
                                   seg(1, 3.0, "Tove Hansen og jeg snakker hver dag.")],
                           informant="IP02", session_id="S002")
    create_key(study, PASSPHRASE)
    run(study, passphrase=PASSPHRASE)
    anon1 = tstore.latest_version(study.store, tid, "anonymised")
    assert tstore.segments(study.store, anon1)[1].text == "Jeg har møte med toget hver uke."
    made = make_packets(study, "IP02", passphrase=PASSPHRASE)
    assert len(made) == 1
    answer = write_answer_file(study, made[0].packet.packet_id, confirm=[1, 2])

    done = correct(study, tid, {"toget": "Tove Hansen"}, passphrase=PASSPHRASE)
    assert done.version is not None and done.replaced == 1 and done.checked == 3
    assert done.anonymised_again is not None and done.anonymised_again.done == [tid]
    versions = tstore.versions(study.store, tid)
    assert [v["kind"] for v in versions] == ["verbatim", "anonymised", "corrected", "anonymised"]
    anon2 = versions[-1]
    assert anon2["parent_id"] == done.version  # made from the correction
    text = tstore.segments(study.store, anon2["id"])[1].text
    assert "Tove" not in text and "[Person 1]" in text
    row = study.store.one("SELECT state, current_version FROM transcripts WHERE id = ?", (tid,))
    assert (row["state"], row["current_version"]) == ("anonymised", anon2["id"])

    # in review: anonymised again, and the informant's answer to the old text is refused
    correct(study, other, {"snakker": "prater"}, passphrase=PASSPHRASE)
    assert tstore.segments(study.store, tstore.latest_version(
        study.store, other, "anonymised"))[1].text == "[Person 1] og jeg prater hver dag."
    assert study.store.one("SELECT state FROM transcripts WHERE id = ?",
                           (other,))["state"] == "in_review"
    with pytest.raises(OutdatedPacket):
        take_in(study, answer)
    # the anonymise batch works from the corrections and has nothing more to do
    assert sorted(run(study, passphrase=PASSPHRASE).unchanged) == sorted([tid, other])

    # saved without anonymising again (the passphrase was not given): no packet of the
    # old anonymised text; the anonymise batch catches up
    wb = Workbench.open(study, tid)
    wb.set_text(2, "Det går bra.")
    wb.save()
    wb.close()
    held: list[tuple[int, str]] = []
    assert make_packets(study, "IP01", passphrase=PASSPHRASE, held_back=held) == []
    assert held == [(tid, "stale")]
    assert run(study, passphrase=PASSPHRASE).done == [tid]
    assert len(make_packets(study, "IP01", passphrase=PASSPHRASE)) == 1


# --------------------------------------------------------------------------- store and CLI


def test_migration_upgrades_a_01_database_with_data(tmp_path: Path) -> None:
    from feltarbeid.store.core import _split_sql

    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    for statement in _split_sql(MIGRATION_1):
        con.execute(statement)
    con.execute("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00+01:00')")
    con.execute("INSERT INTO recordings(id, path, original_name, sha256, size, added_at)"
                " VALUES (1, 'recordings/a.wav', 'a.wav', 'ab', 1, 'x')")
    con.execute("INSERT INTO transcripts(id, recording_id, settings_hash, model, created_at,"
                " updated_at) VALUES (1, 1, 'h', 'base', 'x', 'x')")
    con.commit()
    con.close()
    store = Store(db)
    try:
        assert store.one("SELECT COUNT(*) AS n FROM transcripts")["n"] == 1
        corrections.set_progress(store, 1, passages=3, checked=1, listened=12.0, position=3.0,
                                 unsaved=2)
        assert corrections.get(store, 1).checked == 1
        assert corrections.uncorrected(store, [1]) == [1]
    finally:
        store.close()


def test_cli_list_status_diff_and_review_warning(study: Study, tid: int, cli) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.workbench.scripted import correct

    s = ("--study", str(study.root), "--lang", "en")
    correct(study, tid, {"Vi": "Vi vi"}, check_all=False)
    wb = Workbench.open(study, tid)
    wb.check(0)
    wb.listened(0.0, 90.0)
    wb.close()
    r = cli(*s, "transcript", "list")
    assert r.exit_code == 0 and "✓ 1/30" in r.output and "heard 2 min" in r.output
    assert "corrected 1×" in r.output and "1 unsaved" in r.output
    r = cli(*s, "status")
    assert r.exit_code == 0 and "Corrected in the workbench: 1 of 1" in r.output
    r = cli(*s, "transcript", "diff", str(tid))
    assert r.exit_code == 0, r.output
    assert "{+vi+}" in r.output.replace("{+Vi+}", "{+vi+}") and "version 1 → 2" in r.output
    r = cli(*s, "transcript", "diff", str(tid), "--to", "77")
    assert r.exit_code == 1 and "no version 77" in r.output and "--versions" in r.output
    r = cli(*s, "transcript", "diff", str(tid), "--versions")
    assert "verbatim" in r.output and "workbench: verbatim corrected" in r.output


def test_review_make_holds_back_uncorrected(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.settings import set_value
    from feltarbeid.workbench.scripted import correct

    set_value(study.settings.path, "review", "text_version", "verbatim")
    one = add_transcript(study, passage_segments(4))
    two = add_transcript(study, passage_segments(4, seed=2), session_id="S002")
    correct(study, one, {}, check_all=True)
    s = ("--study", str(study.root), "--lang", "en")
    r = cli(*s, "review", "make")
    assert r.exit_code == 0, r.output
    assert f"Held back: transcript {two} was never corrected" in r.output
    assert f"feltarbeid transcript edit {two}" in r.output and f"-T{one}-" in r.output
    r = cli(*s, "review", "make", "--uncorrected")
    assert "Held back" not in r.output and f"-T{two}-" in r.output


def test_a_replay_that_ends_between_ticks_is_heard(tmp_path: Path) -> None:
    """The screen asks what was heard on a timer; a short replay that starts and stops
    between two ticks (a loaded machine) was lost: the stretch began only at a tick."""
    from feltarbeid.playback import FakeOutput, Player
    from feltarbeid.workbench.audio import Audio
    from feltarbeid.workbench.synthetic import write_wav

    out = FakeOutput()
    audio = Audio(Player(write_wav(tmp_path / "tone.wav", 30.0), output=out))
    assert audio.play_range(10.0, 14.0)
    out.advance(6.0)  # the replay plays to its end and stops; no tick in between
    assert not audio.playing
    heard = audio.heard()
    assert len(heard) == 1 and heard[0] == pytest.approx((10.0, 14.0), abs=0.05)
    audio.play(20.0)  # a jump while playing starts a new stretch where it lands
    out.advance(1.0)
    audio.seek(25.0)
    out.advance(1.0)
    audio.pause()
    assert [pytest.approx(s, abs=0.05) for s in audio.heard()] == [(20.0, 21.0), (25.0, 26.0)]
