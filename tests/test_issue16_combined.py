"""Where the two halves of issue 16 meet: an answer sealed to the linking key that asks to
withdraw, a recording whose name is sealed added among bad files and linked later, and a
deletion in an answer taken in with --accept-all where nobody can answer the question."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_review import one_packet, transcript_in_store

from feltarbeid.anonymise import keyfile
from feltarbeid.domain import Informant, Session
from feltarbeid.review.demo import write_answer_file
from feltarbeid.review.returns import WithdrawnInformant, take_in
from feltarbeid.store import recordings as rec_store
from feltarbeid.store import registers, sessions, transcripts
from feltarbeid.store import review as review_store
from feltarbeid.study import Study
from feltarbeid.transcribe.recordings import add_each

PASS = "synthetic-combined-passphrase"
SPELLING = "Tjorvenn Haugstøll"  # an informant's own spelling of a (synthetic) name
FILE_NAME = "Kari Nordheim 2026-11-20.mp3"  # synthetic


def test_a_withdrawal_request_in_a_sealed_answer(study: Study, tmp_path: Path, cli,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    keyfile.create_key(study, PASS)
    transcript_in_store(study)
    packet = one_packet(study).packet
    inbox = tmp_path / "inn"
    inbox.mkdir()
    path = write_answer_file(study, packet.packet_id, folder=inbox, withdraw=True,
                             corrections={2: f"Ja, jeg begynner klokka åtte med {SPELLING}."})
    r = cli("--study", str(study.root), "review", "import", str(path), "--accept-all")
    assert r.exit_code == 0, r.output
    assert "feltarbeid withdraw IP01" in r.output

    # recorded as a request, the answer itself sealed in the database and in returns/
    [req] = review_store.withdrawal_requests(study.store, status="open")
    assert (req["informant_code"], req["packet_id"]) == ("IP01", packet.packet_id)
    rnd = review_store.get_round(study.store, packet.packet_id)
    assert rnd is not None and rnd["status"] == "withdrawn"
    assert keyfile.is_sealed_record(rnd["answer"])
    opened = keyfile.open_record(study, rnd["answer"], PASS)
    assert opened["withdraw"] is True and SPELLING in str(opened)
    [kept] = [p for p in study.returns_dir.rglob("*") if p.is_file()]
    assert kept.suffix == ".age" and b"Haugst" not in kept.read_bytes()
    assert len(transcripts.versions(study.store, 1)) == 2  # nothing taken in

    # the kept copy, imported again (opened with the key), is refused: no second request
    with pytest.raises(WithdrawnInformant):
        take_in(study, kept)
    assert len(review_store.withdrawal_requests(study.store)) == 1

    # the privacy report names the request and says the raw answer is not in clear
    from feltarbeid.privacy import report

    codes = {f.code for f in report.build(study).findings}
    assert "withdrawal_requested" in codes and "answers_unsealed" not in codes


def test_sealed_names_when_good_and_bad_files_are_added_together(study: Study,
                                                                 tmp_path: Path,
                                                                 cli) -> None:  # type: ignore[no-untyped-def]
    keyfile.create_key(study, PASS)
    registers.add_informant(study.store, Informant(code="IP01", consent="written"))
    sessions.create_session(study.store, Session(id="S001", informants=["IP01"],
                                                 interviewers=["INT1"]))
    good = tmp_path / FILE_NAME
    good.write_bytes(b"ID3" + os.urandom(300))
    empty = tmp_path / "Ola Nordmann tom.mp3"
    empty.write_bytes(b"")
    result = add_each(study, [good, tmp_path / "mangler.mp3", empty])
    assert [Path(name).name for name, _ in result.refused] == ["mangler.mp3",
                                                               "Ola Nordmann tom.mp3"]
    [added] = result.added
    rid = added.recording.id
    assert added.source == good
    sealed = rec_store.sealed_name(study.store, rid)
    assert sealed is not None and keyfile.unseal(study, sealed, PASS).decode() == FILE_NAME
    assert rec_store.get(study.store, rid).original_name == ""  # type: ignore[union-attr]
    root = study.root
    study.close()
    raw = b"".join(p.read_bytes() for p in root.glob("feltarbeid.db*"))
    assert b"Nordheim" not in raw and b"Nordmann" not in raw

    # linked later, its name still sealed and shown only with the key
    s = ("--study", str(root))
    r = cli(*s, "recording", "link", str(rid), "--session", "S001")
    assert r.exit_code == 0, r.output
    r = cli(*s, "recording", "list", "--names", env={keyfile.PASSPHRASE_ENV: PASS})
    assert r.exit_code == 0 and "S001" in r.output and FILE_NAME in r.output, r.output


def test_accept_all_keeps_a_deleted_passage_when_nobody_can_answer(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    m = transcript_in_store(study)
    made = one_packet(study)
    path = write_answer_file(study, made.packet.packet_id,
                             corrections={2: "Ja, jeg begynner klokka åtte.", 4: ""})
    before = transcripts.load(study.store, m.transcript_id).segments[4].text
    r = cli("--study", str(study.root), "review", "import", str(path), "--accept-all",
            input="")  # no terminal, nothing to read
    assert r.exit_code == 0, r.output
    assert "beholdes" in r.output and "[4]" in r.output, r.output
    t = transcripts.load(study.store, m.transcript_id)
    assert t.segments[4].text == before != ""
    assert "klokka åtte" in t.segments[1].text  # the correction was taken
