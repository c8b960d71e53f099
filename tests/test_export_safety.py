"""Export checks what it actually writes, never overwrites a file, and a name added to the
key after review is replaced everywhere it went (with a hint that works)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import GUIDES
from test_review import transcript_in_store

from feltarbeid.anonymise import keyfile
from feltarbeid.anonymise.apply import run as anonymise_run
from feltarbeid.anonymise.leaks import LeakFound
from feltarbeid.domain import Case, Informant
from feltarbeid.errors import FeltarbeidError
from feltarbeid.export import export_study
from feltarbeid.export.synthetic import add_interview
from feltarbeid.guide import add_to_study
from feltarbeid.privacy import report
from feltarbeid.review.demo import write_answer_file
from feltarbeid.review.diff import apply_answer, changes_for
from feltarbeid.review.packets import make_packets
from feltarbeid.review.returns import take_in
from feltarbeid.store import review as review_store
from feltarbeid.store import transcripts as tstore
from feltarbeid.study import Study

PASS = "synthetic-export-passphrase"
NAME = "Tjorven Haugstøl"  # synthetic


@pytest.fixture
def keyed(study: Study, monkeypatch: pytest.MonkeyPatch) -> Study:
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    keyfile.create_key(study, PASS, informants={"IP99": {"name": NAME}})  # one scrypt
    return study


def _interview(study: Study, **kw: object) -> None:
    guide, _, _ = add_to_study(study, GUIDES / "en-municipal-services.yaml")
    add_interview(study.store, session_id="S900", informant=Informant(
        "IP09", role="leder", case_code="C9", employer=str(kw.pop("employer", "state")),
        consent="written"), case=Case("C9"), guide=guide, guide_hash=guide.content_hash,
        words=60, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- 5


def test_a_note_stops_only_the_formats_that_carry_notes(keyed: Study, tmp_path: Path) -> None:
    study = keyed
    _interview(study, notes=(f"{NAME} kom ti minutter for sent.",))
    for fmt in ("csv", "xlsx", "parquet", "docx", "txt", "qdc"):
        export_study(study, [fmt], out=tmp_path / fmt)  # no notes in these: no leak
    with pytest.raises(LeakFound) as err:
        export_study(study, ["qdpx"], out=tmp_path / "a.qdpx")
    assert "--without-notes" in (err.value.hint or "")
    assert not (tmp_path / "a.qdpx").exists()
    export_study(study, ["qdpx"], out=tmp_path / "b.qdpx", with_notes=False)


def test_informant_details_stop_only_the_formats_that_carry_them(keyed: Study,
                                                                 tmp_path: Path) -> None:
    study = keyed
    _interview(study, employer=f"hos {NAME}")
    for fmt in ("docx", "txt", "qdc"):  # no employer in these
        export_study(study, [fmt], out=tmp_path / fmt)
    for fmt in ("csv", "qdpx"):
        with pytest.raises(LeakFound) as err:
            export_study(study, [fmt], out=tmp_path / f"x.{fmt}")
        assert "informant set" in (err.value.hint or "")


# --------------------------------------------------------------------------- 10


def test_export_never_overwrites(keyed: Study, tmp_path: Path) -> None:
    study = keyed
    _interview(study)
    important = tmp_path / "viktig.csv"
    important.write_text("mine egne data\n", "utf-8")
    with pytest.raises(FeltarbeidError):
        export_study(study, ["csv"], out=important)
    assert important.read_text("utf-8") == "mine egne data\n"
    assert not list(tmp_path.glob("viktig*.json"))
    # a folder that already holds an export: refused as well, nothing replaced
    first = export_study(study, ["csv"], out=tmp_path / "ut")
    before = {p: p.read_bytes() for p in first.files}
    with pytest.raises(FeltarbeidError):
        export_study(study, ["csv"], out=tmp_path / "ut")
    assert {p: p.read_bytes() for p in first.files} == before
    # the privacy report names the files where they are
    out = export_study(study, ["csv"], out=tmp_path / "ny.csv")
    files = [f for m in report.build(study).exports for f in m.files]
    assert str(out.files[0]) in files, files
    assert not [f for f in files if "ny.csv/ny.csv" in f]


# --------------------------------------------------------------------------- 12


SEGS = [
    ("I", "Kan du fortelle om en vanlig dag?"),
    ("IP01", "Jeg begynner hos kvitebjørn klokka åtte."),  # lower case: no detector sees it
    ("IP01", "Etterpå er det møter."),
    ("I", "Takk."),
]


def test_a_name_added_after_review_is_replaced_in_the_kept_text(keyed: Study,
                                                               tmp_path: Path) -> None:
    study = keyed
    # IP01: reviewed and verified (with a correction); IP02: a packet still open
    done = transcript_in_store(study, ("IP01",), SEGS, state="transcribed")
    pending = transcript_in_store(study, ("IP02",), [(s if s != "IP01" else "IP02", t)
                                                     for s, t in SEGS], state="transcribed")
    anonymise_run(study, passphrase=PASS)
    packet = make_packets(study, "IP01")[0].packet
    answer = write_answer_file(study, packet.packet_id, folder=tmp_path,
                               corrections={2: "Jeg begynner hos kvitebjørn klokka halv åtte."})
    p, rnd, a = take_in(study, answer)
    apply_answer(study, p, rnd, a, {c.index: True for c in changes_for(p, a) if c.decidable},
                 passphrase=PASS)
    assert tstore.load(study.store, done.transcript_id).state == "verified"
    open_packet = make_packets(study, "IP02")[0].packet
    export_study(study, ["txt"], out=tmp_path / "before")
    state_before = tstore.load(study.store, done.transcript_id).state
    assert state_before == "exported"
    # the researcher learns that Kvitebjørn names a workplace
    key = keyfile.open_key(study, PASS)
    key.add_entry("workplace", "Kvitebjørn")
    keyfile.save_key(study, key, PASS)
    with pytest.raises(LeakFound) as err:
        export_study(study, ["txt"], out=tmp_path / "stopped")
    assert "feltarbeid anonymise" in (err.value.hint or "")
    summary = anonymise_run(study, passphrase=PASS)
    assert sorted(summary.reanonymised) == sorted([done.transcript_id,
                                                   pending.transcript_id])
    assert open_packet.packet_id in summary.outdated_packets
    rnd2 = review_store.get_round(study.store, open_packet.packet_id)
    assert rnd2 is not None and rnd2["status"] == "outdated"
    assert tstore.load(study.store, done.transcript_id).state == state_before
    result = export_study(study, ["txt"], out=tmp_path / "after")
    text = "\n".join(f.read_text("utf-8") for f in result.files if f.suffix == ".txt")
    assert "kvitebjørn" not in text.lower()
    assert "halv åtte" in text  # the informant's correction is kept
    assert anonymise_run(study, passphrase=PASS).reanonymised == []  # idempotent
