"""What identifies people stays out of the database in clear: the original file name of a
recording ("Kari Nordheim 2026-11-20.mp3") and the informants' raw review answers (with
their own spelling of names) are sealed to the linking key — readable only with the key
open — or, with no key to seal to, not kept (names) or reported where they are (answers)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_review import one_packet, transcript_in_store

from feltarbeid.anonymise import keyfile
from feltarbeid.review.demo import write_answer_file
from feltarbeid.review.returns import read_answer, take_in
from feltarbeid.store import recordings as rec_store
from feltarbeid.store import review as review_store
from feltarbeid.study import Study, open_study
from feltarbeid.transcribe.recordings import add_recordings

PASS = "synthetic-sealing-passphrase"
FILE_NAME = "Kari Nordheim 2026-11-20.mp3"  # synthetic
SPELLING = "Tjorvenn Haugstøll"  # an informant's own spelling of a (synthetic) name


def _database_bytes(study: Study) -> bytes:
    root = study.root
    study.close()
    return b"".join(p.read_bytes() for p in root.glob("feltarbeid.db*"))


def _audio(tmp_path: Path) -> Path:
    src = tmp_path / FILE_NAME
    src.write_bytes(b"ID3" + os.urandom(300))
    return src


def test_a_recordings_name_is_not_kept_without_a_key(study: Study, tmp_path: Path) -> None:
    added = add_recordings(study, [_audio(tmp_path)])
    rec = rec_store.get(study.store, added[0].recording.id)
    assert rec is not None and "Nordheim" not in rec.original_name
    assert rec_store.sealed_name(study.store, rec.id) is None
    assert b"Nordheim" not in _database_bytes(study)


def test_a_recordings_name_is_sealed_to_the_key(study: Study, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    keyfile.create_key(study, PASS)
    added = add_recordings(study, [_audio(tmp_path)])
    rid = added[0].recording.id
    sealed = rec_store.sealed_name(study.store, rid)
    assert sealed is not None
    assert keyfile.unseal(study, sealed, PASS).decode() == FILE_NAME
    root = study.root
    assert b"Nordheim" not in _database_bytes(study)
    # the user sees which file is which with the key open, and only then
    r = cli("--study", str(root), "recording", "list")
    assert r.exit_code == 0 and "Nordheim" not in r.output
    r = cli("--study", str(root), "recording", "list", "--names",
            env={keyfile.PASSPHRASE_ENV: PASS})
    assert r.exit_code == 0 and FILE_NAME in r.output, r.output


def _answered(study: Study, tmp_path: Path):  # type: ignore[no-untyped-def]
    transcript_in_store(study)
    packet = one_packet(study).packet
    inbox = tmp_path / "inn"
    inbox.mkdir(exist_ok=True)
    path = write_answer_file(study, packet.packet_id, folder=inbox,
                             corrections={2: f"Ja, jeg begynner klokka åtte med {SPELLING}."})
    return packet, path


def test_a_raw_answer_is_sealed_to_the_key(study: Study, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    keyfile.create_key(study, PASS)
    packet, path = _answered(study, tmp_path)
    take_in(study, path)
    rnd = review_store.get_round(study.store, packet.packet_id)
    assert rnd is not None and rnd["status"] == "answered"
    kept = [p for p in study.returns_dir.rglob("*") if p.is_file()]
    assert kept and all(b"Haugst" not in p.read_bytes() for p in kept)
    # the same answer imported again is recognised (resumes), a changed one is not taken
    take_in(study, path)
    # the kept copy can be read back with the key (and imported from returns/)
    copy = kept[0]
    assert SPELLING in keyfile.unseal(study, copy.read_bytes(), PASS).decode("utf-8")
    take_in(study, copy)
    root = study.root
    raw = _database_bytes(study)
    assert b"Haugst" not in raw
    study = open_study(root)
    from feltarbeid.privacy import report

    rep = report.build(study)
    answers = next(h for h in rep.holdings if h.category == "review_texts")
    assert answers.rows == 1
    study.close()


def test_without_a_key_the_report_says_where_raw_answers_are(study: Study,
                                                             tmp_path: Path) -> None:
    from feltarbeid.privacy import report

    packet, path = _answered(study, tmp_path)
    take_in(study, path)
    assert read_answer(next(p for p in study.returns_dir.rglob("*") if p.is_file()))
    rep = report.build(study)
    finding = next((f for f in rep.findings if f.code == "answers_unsealed"), None)
    assert finding is not None and "returns" in finding.where
