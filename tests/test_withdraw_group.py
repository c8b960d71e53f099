"""Withdrawal from a group interview whose passages cannot be separated by speaker
(issue 16, item 13): say exactly what could not be removed and what to do; never claim a
removal that did not happen."""

from __future__ import annotations

import hashlib

from feltarbeid.domain import Informant, Recording, Segment, Session
from feltarbeid.privacy import report
from feltarbeid.privacy import withdraw as withdraw_mod
from feltarbeid.store import recordings as rec_store
from feltarbeid.store import registers as reg
from feltarbeid.store import sessions as sess
from feltarbeid.store import transcripts as tr
from feltarbeid.study import Study

LINES = [("I", "Fortell om samarbeidet."), ("IP01", "Det går bra hos oss."),
         ("IP01", "Jeg er enig, men det tar tid."), ("", "Ja."), ("I", "Takk.")]


def _group(study: Study, lines: list[tuple[str, str]]) -> int:
    st = study.store
    for code in ("IP01", "IP02"):
        reg.add_informant(st, Informant(code, consent="written"))
    sess.create_session(st, Session(id="S001", informants=["IP01", "IP02"],
                                    interviewers=["I"]))
    payload = b"RIFF-group-audio" * 100
    digest = hashlib.sha256(payload).hexdigest()
    rel = f"recordings/{digest[:16]}.wav"
    (study.root / rel).write_bytes(payload)
    rid = rec_store.add(st, Recording(id=0, path=rel, original_name="r.wav", sha256=digest,
                                      size=len(payload), session_id="S001"))
    tid = tr.get_or_create(st, rid, "h1", "base", {})
    segs = [Segment(idx=i, start=i * 5.0, end=i * 5.0 + 4, text=x, speaker=s)
            for i, (s, x) in enumerate(lines)]
    tr.save_version(st, tid, "verbatim", segs, state="transcribed")
    return tid


def test_inseparable_words_are_named_not_claimed_removed(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    tid = _group(study, LINES)
    r = cli("--study", str(study.root), "withdraw", "IP02", "--yes")
    assert r.exit_code == 0, r.output
    out = " ".join(r.output.split())
    # no claim that IP02's text was removed from the transcript
    assert "informantens tekst er fjernet" not in out
    # exactly what could not be separated, and what to do
    assert f"transkripsjon {tid}" in out and "S001" in out
    assert "IP02" in out and "--delete-shared-text" in out
    assert len(tr.load(study.store, tid).segments) == len(LINES)  # nothing removed
    w = withdraw_mod.plan(study, "IP02")
    assert w.inseparable == [tid]
    # the privacy report keeps saying so until it is dealt with
    codes = {f.code for f in report.build(study).findings}
    assert "withdrawn_words_inseparable" in codes

    # the remedy offered works: the shared transcript's text goes, the audio stays
    r = cli("--study", str(study.root), "withdraw", "IP02", "--yes", "--delete-shared-text")
    assert r.exit_code == 0, r.output
    row = study.store.one("SELECT state FROM transcripts WHERE id = ?", (tid,))
    assert row["state"] == "withdrawn"
    assert study.store.one("SELECT COUNT(*) AS n FROM segments")["n"] == 0
    assert "withdrawn_words_inseparable" not in {f.code for f in report.build(study).findings}
    entry = study.store.audit_entries("informant.withdraw")[-1]
    assert entry["details"]["shared_texts_deleted"] == [tid]


def test_separable_group_interview_still_removes_the_passages(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    lines = [("I", "Fortell."), ("IP01", "Det går bra."), ("IP02", "Jeg er enig."),
             ("", "Ja.")]
    tid = _group(study, lines)
    r = cli("--study", str(study.root), "withdraw", "IP02", "--yes")
    assert r.exit_code == 0, r.output
    assert [s.speaker for s in tr.load(study.store, tid).segments] == ["I", "IP01", ""]
    out = " ".join(r.output.split())
    assert "1 avsnitt uten taler" in out  # unlabelled passages may still hold their words
    assert withdraw_mod.plan(study, "IP02").inseparable == []
    # run again with --delete-shared-text: a transcript that was separated keeps its text
    r = cli("--study", str(study.root), "withdraw", "IP02", "--yes", "--delete-shared-text")
    assert r.exit_code == 0, r.output
    assert [s.speaker for s in tr.load(study.store, tid).segments] == ["I", "IP01", ""]
