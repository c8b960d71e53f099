"""Data protection: withdraw, purge, the privacy report, permissions, shredding.

The study state is built directly in the store (real SQLite, real files, a real
age-encrypted key): four informants, a one-to-one interview (IP01), a shared interview
(IP02 + IP03), an interview without consent (IP04), transcripts with verbatim and
anonymised versions, a review round with packet and return files, journals and notes.
Only synthetic names are used.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from feltarbeid.anonymise import keyfile
from feltarbeid.domain import Event, Informant, Recording, Segment, Session
from feltarbeid.errors import FeltarbeidError
from feltarbeid.locale import t
from feltarbeid.privacy import permissions, report, shred
from feltarbeid.privacy import purge as purge_mod
from feltarbeid.privacy import withdraw as withdraw_mod
from feltarbeid.store import privacy as psql
from feltarbeid.store import recordings as rec_store
from feltarbeid.store import registers as reg
from feltarbeid.store import review as review_store
from feltarbeid.store import sessions as sess
from feltarbeid.store import transcripts as tr
from feltarbeid.study import Study, init_study, open_study

PASS = "synthetic-test-passphrase"
NAME_1 = "Kari Nordmann"  # synthetic
NAME_2 = "Ola Testesen"  # synthetic
PLACE = "Hamar"


@dataclass
class Built:
    study: Study
    rec: dict[str, int]  # session id -> recording id
    tid: dict[str, int]  # session id -> transcript id
    versions: dict[str, dict[str, int]]  # session id -> kind -> version id
    packet_id: str


def _segs(lines: list[tuple[str, str]]) -> list[Segment]:
    return [Segment(idx=i, start=i * 5.0, end=i * 5.0 + 4.0, text=txt, speaker=spk)
            for i, (spk, txt) in enumerate(lines)]


def _add_recording(study: Study, session_id: str, payload: bytes) -> int:
    digest = hashlib.sha256(payload).hexdigest()
    rel = f"recordings/{digest[:16]}.wav"
    (study.root / rel).write_bytes(payload)
    return rec_store.add(study.store, Recording(
        id=0, path=rel, original_name=f"{NAME_1.replace(' ', '_')}.wav", sha256=digest,
        size=len(payload), session_id=session_id))


def build(tmp_path: Path, *, end_date: date | None = None, key: bool = True) -> Built:
    study = init_study(tmp_path / "studie", title="Personvern-test", language="nb",
                       end_date=end_date)
    st = study.store
    for code, consent in (("IP01", "written"), ("IP02", "written"), ("IP03", "oral"),
                          ("IP04", "none")):
        reg.add_informant(st, Informant(code, role="leder", employer=f"NAV {PLACE}",
                                        consent=consent, attributes={"by": PLACE}))
    sess.create_session(st, Session(id="S001", informants=["IP01"], interviewers=["I"],
                                    place=PLACE, header_values={"kommune": PLACE}))
    sess.create_session(st, Session(id="S002", informants=["IP02", "IP03"], interviewers=["I"]))
    sess.create_session(st, Session(id="S003", informants=["IP04"], interviewers=["I"]))
    sess.upsert_events(st, "S001", [
        Event(seq=1, kind="note", at="2026-01-01T10:00:00+01:00",
              payload={"kind": "free", "text": f"{NAME_1} kom for sent"}),
        Event(seq=2, kind="item_asked", at="2026-01-01T10:01:00+01:00", item_id="q1"),
    ])
    sess.upsert_events(st, "S002", [
        Event(seq=1, kind="attribute", at="2026-01-01T10:00:00+01:00",
              payload={"informant": "IP02", "name": "employer", "value": f"NAV {PLACE}"}),
        Event(seq=2, kind="attribute", at="2026-01-01T10:00:00+01:00",
              payload={"informant": "IP03", "name": "employer", "value": "kommunen"}),
    ])
    for sid in ("S001", "S002", "S003"):
        (study.journal_dir / f"{sid}.jsonl").write_text('{"seq": 1}\n', "utf-8")
    rec = {sid: _add_recording(study, sid, f"RIFF-fake-audio-{sid}".encode() * 200)
           for sid in ("S001", "S002", "S003")}
    texts = {
        "S001": ([("I", "Hvordan er det å jobbe her?"),
                  ("IP01", f"Jeg heter {NAME_1} og jobber i {PLACE}.")],
                 [("I", "Hvordan er det å jobbe her?"),
                  ("IP01", "Jeg heter [Person 1] og jobber i [Kommune A].")]),
        "S002": ([("I", "Fortell om samarbeidet."),
                  ("IP02", f"Jeg samarbeider med {NAME_2}."),
                  ("IP03", "Det er et godt samarbeid.")],
                 [("I", "Fortell om samarbeidet."),
                  ("IP02", "Jeg samarbeider med [Person 2]."),
                  ("IP03", "Det er et godt samarbeid.")]),
        "S003": ([("I", "Noe mer?"), ("IP04", f"Hilsen fra {PLACE}.")], None),
    }
    tid: dict[str, int] = {}
    versions: dict[str, dict[str, int]] = {}
    for sid, (verbatim, anon) in texts.items():
        t_id = tr.get_or_create(st, rec[sid], "h1", "base", {})
        v1 = tr.save_version(st, t_id, "verbatim", _segs(verbatim), state="transcribed")
        versions[sid] = {"verbatim": v1}
        if anon is not None:
            v2 = tr.save_version(st, t_id, "anonymised", _segs(anon), parent_id=v1,
                                 state="anonymised")
            versions[sid]["anonymised"] = v2
            tr.set_state(st, t_id, "verified")
        tid[sid] = t_id
    # review round of IP01, with packet and return files and an answer in the database
    packet_id = "IP01-T1-abc123"
    review_store.create_round(
        st, packet_id=packet_id, informant_code="IP01", transcript_id=tid["S001"],
        version_id=versions["S001"]["anonymised"], version_hash="x", text_version="anonymised",
        manifest={"packet_id": packet_id, "passages": [{"number": 1, "text": "Jeg heter"}]},
        deadline="2026-02-01")
    review_store.record_answer(st, packet_id, {"passages": {"1": "Jeg heter egentlig noe"}},
                               status="verified")
    review_store.add_addition(st, transcript_id=tid["S001"], informant_code="IP01",
                              packet_id=packet_id, after_idx=1, text="Et tillegg.",
                              accepted=True)
    review_store.add_addition(st, transcript_id=tid["S002"], informant_code="IP02",
                              packet_id="IP02-x", after_idx=1, text="Tillegg fra IP02.",
                              accepted=True)
    (study.packets_dir / "IP01").mkdir()
    (study.packets_dir / "IP01" / f"{packet_id}.html").write_text(NAME_1, "utf-8")
    (study.packets_dir / "IP03").mkdir()
    (study.packets_dir / "IP03" / "IP03-T2-def.html").write_text("IP03 sin pakke", "utf-8")
    (study.returns_dir / f"{packet_id}-svar.html").write_text("svar", "utf-8")
    (study.returns_dir / "IP010-svar.html").write_text("another informant", "utf-8")
    if key:
        k = keyfile.create_key(study, PASS, informants={"IP01": {"name": NAME_1},
                                                        "IP02": {"name": NAME_2}})
        k.add_entry("municipality", PLACE)
        keyfile.save_key(study, k, PASS)
    return Built(study, rec, tid, versions, packet_id)


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Built once (the key's scrypt is slow on purpose); each test gets a copy."""
    b = build(tmp_path_factory.mktemp("template"), end_date=date(2026, 1, 31))
    b.study.close()
    return b


@pytest.fixture
def built(_template: Built, tmp_path: Path):  # type: ignore[no-untyped-def]
    src = _template.study.root
    shutil.copytree(src, tmp_path / "studie", symlinks=True)
    key = src.parent / f"{src.name}-nokkel.age"
    shutil.copy2(key, tmp_path / key.name)
    b = Built(open_study(tmp_path / "studie"), _template.rec, _template.tid,
              _template.versions, _template.packet_id)
    yield b
    b.study.close()


def _segments(study: Study, version_id: int) -> list[Segment]:
    return tr.segments(study.store, version_id)


def _db_text(study: Study) -> str:
    """Every text value in the database (the file may keep nothing else of it)."""
    study.store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return study.db_path.read_bytes().decode("utf-8", errors="replace")


# ------------------------------------------------------------------------------ withdraw


def test_withdraw_deletes_material_and_audits(built: Built) -> None:
    s = built.study
    rec_file = s.root / psql.recordings(s.store)[0]["path"]
    assert rec_file.exists()
    result = withdraw_mod.withdraw(s, "IP01")
    assert result.deleted
    # recording gone from disk, row says deleted and no longer names the file
    assert not rec_file.exists()
    row = s.store.one("SELECT state, original_name FROM recordings WHERE id = ?",
                      (built.rec["S001"],))
    assert (row["state"], row["original_name"]) == ("deleted", "")
    # transcript marked and without text in any version
    assert s.store.one("SELECT state FROM transcripts WHERE id = ?",
                       (built.tid["S001"],))["state"] == "withdrawn"
    for vid in built.versions["S001"].values():
        assert _segments(s, vid) == []
    assert review_store.additions(s.store, built.tid["S001"], accepted_only=False) == []
    # review round closed, its texts gone; packet, return and journal files gone
    rnd = review_store.get_round(s.store, built.packet_id)
    assert rnd is not None and rnd["status"] == "withdrawn"
    assert rnd["answer"] is None and rnd["manifest"]["passages"] == []
    assert not (s.packets_dir / "IP01").exists()
    assert not (s.returns_dir / f"{built.packet_id}-svar.html").exists()
    assert (s.returns_dir / "IP010-svar.html").exists()  # IP010 is someone else
    assert not (s.journal_dir / "S001.jsonl").exists()
    assert (s.journal_dir / "S002.jsonl").exists()
    # the informant is withdrawn, identifying fields cleared, notes cleared
    inf = reg.require_informant(s.store, "IP01")
    assert inf.consent == "withdrawn" and inf.withdrawn_at
    assert inf.employer == "" and inf.attributes == {}
    assert NAME_1 not in json.dumps([e.payload for e in sess.events(s.store, "S001")])
    # nothing of it left in the database file (secure_delete + VACUUM)
    assert NAME_1 not in _db_text(s)
    # other informants untouched
    assert _segments(s, built.versions["S002"]["anonymised"])
    assert (s.root / psql.recordings(s.store)[1]["path"]).exists()
    # audit entry: what was deleted, no names
    entries = s.store.audit_entries("informant.withdraw")
    assert len(entries) == 1
    d = entries[0]["details"]
    assert entries[0]["subject"] == "IP01"
    assert d["deleted"] is True and d["recordings_deleted"] == [built.rec["S001"]]
    assert d["transcripts"] == [built.tid["S001"]] and d["segments_deleted"] == 4
    assert d["files_deleted"] == 4  # recording, packet, return, journal
    assert NAME_1 not in json.dumps(entries[0])
    assert s.store.verify_audit() == []


def test_withdrawn_material_is_excluded_from_exports_and_packets(built: Built) -> None:
    from feltarbeid.export.collect import collect
    from feltarbeid.review.packets import make_packets

    s = built.study
    before = {d.transcript_id for d in collect(s).docs}
    assert built.tid["S001"] in before
    withdraw_mod.withdraw(s, "IP01", keep_until=date.today() + timedelta(days=30))
    after = collect(s)
    assert built.tid["S001"] not in {d.transcript_id for d in after.docs}
    assert ("withdrawn" in {e.reason for e in after.excluded
                            if e.transcript_id == built.tid["S001"]})
    with pytest.raises(FeltarbeidError, match="trukket samtykket"):
        make_packets(s, "IP01")


def test_withdraw_in_shared_session_keeps_recording_removes_passages(built: Built) -> None:
    s = built.study
    shared_file = s.root / next(r["path"] for r in psql.recordings(s.store)
                                if r["id"] == built.rec["S002"])
    result = withdraw_mod.withdraw(s, "IP02")
    assert result.summary["shared_recordings_kept"] == [built.rec["S002"]]
    assert shared_file.exists()
    for vid in built.versions["S002"].values():
        speakers = [seg.speaker for seg in _segments(s, vid)]
        assert "IP02" not in speakers and "IP03" in speakers and "I" in speakers
    assert NAME_2 not in _db_text(s)
    # IP02's addition gone, IP03's attribute event kept, IP02's cleared
    assert review_store.additions(s.store, built.tid["S002"], accepted_only=False) == []
    payloads = {e.payload["informant"]: e.payload["value"] for e in sess.events(s.store, "S002")}
    assert payloads == {"IP02": "", "IP03": "kommunen"}
    # the transcript itself is not withdrawn (IP03 still consents)
    assert s.store.one("SELECT state FROM transcripts WHERE id = ?",
                       (built.tid["S002"],))["state"] == "verified"
    codes = {f.code for f in report.build(s).findings}
    assert "shared_recording_withdrawn" in codes
    # --delete-shared removes the audio as well
    withdraw_mod.withdraw(s, "IP02", delete_shared=True)
    assert not shared_file.exists()


def test_withdraw_keep_until_marks_now_deletes_later(built: Built) -> None:
    s = built.study
    rec_file = s.root / psql.recordings(s.store)[0]["path"]
    today = date(2026, 3, 1)
    later = today + timedelta(days=10)
    res = withdraw_mod.withdraw(s, "IP01", keep_until=later, today=today)
    assert not res.deleted and rec_file.exists()
    assert reg.require_informant(s.store, "IP01").consent == "withdrawn"
    assert s.store.one("SELECT state FROM recordings WHERE id = ?",
                       (built.rec["S001"],))["state"] == "withdrawn"
    assert [f.code for f in report.build(s, today=today).findings
            if f.where == "IP01"] == ["withdrawal_kept"]
    assert withdraw_mod.due(s, today) == []
    assert [w["informant_code"] for w in withdraw_mod.due(s, later)] == ["IP01"]
    assert "withdrawal_due" in {f.code for f in report.build(s, today=later).findings}
    with pytest.raises(FeltarbeidError, match=re.escape(t("privacy.keep_until_past_hint"))):
        withdraw_mod.withdraw(s, "IP01", keep_until=today, today=today)
    withdraw_mod.withdraw(s, "IP01", today=later)
    assert not rec_file.exists()
    w = psql.get_withdrawal(s.store, "IP01")
    assert w is not None and w["deleted_at"] and w["keep_until"] is None
    assert "withdrawal_due" not in {f.code for f in report.build(s, today=later).findings}


def test_withdraw_cli_asks_and_changes_nothing_on_no(built: Built, cli) -> None:  # type: ignore[no-untyped-def]
    s = built.study
    r = cli("--study", str(s.root), "withdraw", "IP01", input="n\n")
    assert r.exit_code == 1
    assert "Ingenting ble endret" in r.output
    assert reg.require_informant(s.store, "IP01").consent == "written"
    assert (s.packets_dir / "IP01").exists()
    r = cli("--study", str(s.root), "withdraw", "IP01", "--yes")
    assert r.exit_code == 0, r.output
    assert "IP01 er trukket" in r.output
    r = cli("--study", str(s.root), "withdraw", "IP99", "--yes")
    assert r.exit_code == 1 and t("core.informant_missing", code="IP99") in r.output
    r = cli("--study", str(s.root), "withdraw", "IP02", "--keep-until", "31.12.2027")
    not_a_date = t("privacy.bad_date", option="--keep-until", value="31.12.2027")
    assert r.exit_code == 1 and not_a_date in r.output
    r = cli("--study", str(s.root), "withdraw", "IP02", "--keep-until", "2999-12-31")
    assert r.exit_code == 0 and "2999-12-31" in r.output


# ------------------------------------------------------------------------------ purge


def test_purge_refuses_before_end_date_and_without_end_date(tmp_path: Path) -> None:
    b = build(tmp_path, end_date=date(2999, 1, 1), key=False)
    with pytest.raises(FeltarbeidError, match="dager igjen"):
        purge_mod.purge(b.study)
    assert any(b.study.recordings_dir.iterdir())
    b2 = build(tmp_path / "b", end_date=None, key=False)
    with pytest.raises(FeltarbeidError, match="ingen sluttdato"):
        purge_mod.purge(b2.study)
    # --now: before the end date, said so in the certificate; no key, so no leak check
    result = purge_mod.purge(b.study, now_allowed=True)
    cert = json.loads(result.certificate_json.read_text("utf-8"))
    assert cert["before_end_date"] is True and cert["leak_check"]["run"] is False
    assert not any(p.is_file() for p in b.study.recordings_dir.rglob("*"))
    assert "Lekkasjesjekken ble ikke kjørt" in result.certificate_md.read_text("utf-8")
    for s in (b.study, b2.study):
        s.close()


def test_purge_deletes_keeps_checks_and_certifies(built: Built) -> None:
    s = built.study
    key_path = s.key_path
    assert key_path.exists()
    kept_export = s.exports_dir / "tabell.csv"
    kept_export.write_text("code,text\nIP01,Jeg heter [Person 1]\n", "utf-8")
    result = purge_mod.purge(s, passphrase=PASS, today=date(2026, 2, 1))
    # deleted set is gone
    assert not any(p.is_file() for p in s.recordings_dir.rglob("*"))
    assert not any(s.packets_dir.iterdir()) and not any(s.returns_dir.iterdir())
    assert not any(s.journal_dir.iterdir())
    assert not key_path.exists() and result.key_deleted
    assert permissions.mode_of(result.certificate_json) == 0o600
    assert {r["state"] for r in psql.recordings(s.store)} == {"deleted"}
    for sid in ("S001", "S002"):
        assert _segments(s, built.versions[sid]["verbatim"]) == []
        assert _segments(s, built.versions[sid]["anonymised"])  # kept
    assert s.store.one("SELECT 1 FROM transcripts WHERE id = ?", (built.tid["S003"],)) is None
    db_text = _db_text(s)
    for original in (NAME_1, NAME_2, PLACE):
        assert original not in db_text
    # kept set: the anonymised texts, accepted additions and the export; checked for leaks
    assert result.leak_check.run and result.leak_check.originals == 3
    assert result.leak_check.texts == 5  # 2 transcripts, 2 additions, 1 export
    assert kept_export.exists()
    # certificate
    cert = json.loads(result.certificate_json.read_text("utf-8"))
    assert cert["leak_check"]["run"] is True
    assert {k["transcript"] for k in cert["kept"]["transcripts"]} == {built.tid["S001"],
                                                                      built.tid["S002"]}
    assert cert["kept"]["files"] == [{
        "path": "exports/tabell.csv", "size": kept_export.stat().st_size,
        "sha256": hashlib.sha256(kept_export.read_bytes()).hexdigest()}]
    deleted_paths = {f["path"] for f in cert["deleted"]["files"]}
    assert f"packets/IP01/{built.packet_id}.html" in deleted_paths
    assert all(f["overwritten"] for f in cert["deleted"]["files"])
    assert cert["deleted"]["key"]["path"] == str(key_path)
    md = result.certificate_md.read_text("utf-8")
    assert "SSD" in md and "Lekkasjesjekk" in md
    for original in (NAME_1, NAME_2, PLACE):
        assert original not in md and original not in json.dumps(cert)
    # audit: purge entry with the certificate's checksum; the chain is intact
    entry = s.store.audit_entries("purge")[-1]
    assert entry["details"]["certificate_sha256"] == hashlib.sha256(
        result.certificate_json.read_bytes()).hexdigest()
    assert s.store.verify_audit() == []
    rep = report.build(s, today=date(2026, 2, 1))
    assert rep.purged_at and "end_date_passed" not in {f.code for f in rep.findings}


def test_purge_stops_on_leak_and_deletes_nothing(built: Built) -> None:
    from feltarbeid.anonymise.leaks import LeakFound

    s = built.study
    (s.exports_dir / "eksport.txt").write_text(f"IP01: Jeg jobber i {PLACE}.\n", "utf-8")

    def files() -> list[Path]:
        return sorted(p for p in s.root.rglob("*")
                      if p.is_file() and not p.name.startswith("feltarbeid.db"))

    files_before = files()
    with pytest.raises(keyfile.WrongPassphrase):
        purge_mod.purge(s, passphrase="wrong-passphrase", today=date(2026, 2, 1))
    assert files() == files_before
    with pytest.raises(LeakFound) as info:
        purge_mod.purge(s, passphrase=PASS, today=date(2026, 2, 1))
    assert "eksport.txt" in str(info.value) and PLACE not in str(info.value)
    assert files() == files_before
    assert s.key_path.exists()
    assert _segments(s, built.versions["S001"]["verbatim"])


def test_purge_refuses_verified_verbatim_text(built: Built) -> None:
    s = built.study
    # a correction made from the verbatim text becomes the current version of S001
    tr.save_version(s.store, built.tid["S001"], "corrected",
                    _segs([("IP01", "rettet ordrett tekst")]), note="from verbatim")
    refused = t("privacy.purge_refused_unanonymised", ids=1)
    with pytest.raises(FeltarbeidError, match=re.escape(refused)):
        purge_mod.purge(s, passphrase=PASS, now_allowed=True)
    assert s.key_path.exists()


def test_purge_cli_dry_run_now_and_confirmation(built: Built, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    s = built.study
    r = cli("--study", str(s.root), "purge", "--dry-run")
    assert r.exit_code == 0, r.output  # the end date (2026-01-31) has passed
    assert s.key_path.exists()
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    r = cli("--study", str(s.root), "purge", input="n\n")
    assert r.exit_code == 1 and s.key_path.exists()
    r = cli("--study", str(s.root), "purge", "--yes")
    assert r.exit_code == 0, r.output
    assert "Slettebevis" in r.output and not s.key_path.exists()
    assert list(s.root.glob("purge-certificate-*.md"))


# ------------------------------------------------------------------------------ report


def _codes(study: Study, today: date | None = None) -> set[str]:
    return {f.code for f in report.build(study, today=today).findings}


def test_report_lists_holdings_consent_and_outside_files(built: Built, tmp_path: Path) -> None:
    s = built.study
    rep = report.build(s, today=date(2026, 1, 1))
    cats = {h.category: h for h in rep.holdings}
    assert cats["recordings"].files == 3
    assert cats["raw_transcripts"].rows == 7 and cats["kept_transcripts"].rows == 5
    assert cats["key"].exists and cats["packets"].files == 2 and cats["returns"].files == 2
    consent = {i.code: i.consent for i in rep.informants}
    assert consent == {"IP01": "written", "IP02": "written", "IP03": "oral", "IP04": "none"}
    assert rep.days_left == 30
    assert [o.what for o in rep.outside] == ["key"]
    md = report.to_markdown(rep)
    assert "## Samtykke per informant" in md and "| IP04 |" in md
    assert NAME_1 not in md and PLACE not in md
    codes = _codes(s, date(2026, 1, 1))
    assert "recording_without_consent" in codes  # IP04
    assert not {"key_inside_study", "key_unencrypted", "folder_permissions",
                "key_permissions", "audit_broken", "export_unverified"} & codes


def test_report_warns_about_what_is_out_of_order(built: Built) -> None:
    s = built.study
    # an export that holds unverified material (manifest in the audit log)
    s.store.audit("export", "qdpx", {"files": ["exports/prosjekt.qdpx"],
                                     "informants": ["IP01"], "include_unverified": True,
                                     "unverified": [built.tid["S003"]]})
    # permissions opened up
    os.chmod(s.root, 0o755)
    os.chmod(s.key_path, 0o644)
    (s.exports_dir / "apen.csv").write_text("x", "utf-8")
    os.chmod(s.exports_dir / "apen.csv", 0o644)
    (s.recordings_dir / "kopiert-fra-opptaker.wav").write_bytes(b"RIFF")  # not registered
    codes = _codes(s, date(2026, 3, 1))
    assert {"export_unverified", "folder_permissions", "key_permissions", "files_permissions",
            "end_date_passed", "recording_without_consent", "unregistered_recordings"} <= codes
    rep = report.build(s, today=date(2026, 3, 1))
    f = next(f for f in rep.findings if f.code == "folder_permissions")
    assert f.severity == "error" and "0755" in f.text
    assert rep.exports[0].unverified == (built.tid["S003"],)
    # fix permissions
    permissions.fix(s)
    assert not {"folder_permissions", "key_permissions", "files_permissions"} & _codes(s)
    assert permissions.mode_of(s.key_path) == 0o600 and permissions.mode_of(s.root) == 0o700


def test_report_key_inside_study_and_unencrypted(tmp_path: Path) -> None:
    s = init_study(tmp_path / "st", key_path="nokkel.json", end_date=date(2030, 1, 1))
    s.key_path.write_text('{"informants": {"IP01": {"name": "Kari Nordmann"}}}', "utf-8")
    codes = _codes(s)
    assert {"key_inside_study", "key_unencrypted", "end_date_missing"} - codes == \
        {"end_date_missing"}
    s.close()
    s2 = init_study(tmp_path / "st2")
    assert "end_date_missing" in _codes(s2)
    assert "key_missing" in _codes(s2)
    s2.close()


def test_report_export_with_withdrawn_informant(built: Built) -> None:
    s = built.study
    (s.exports_dir / "tabell.csv").write_text("x", "utf-8")
    s.store.audit("export.tables", "csv", {"files": ["exports/tabell.csv"],
                                           "informants": ["IP01", "IP02"]})
    assert "export_withdrawn" not in _codes(s)
    res = withdraw_mod.withdraw(s, "IP01")
    assert [m.action for m in res.plan.earlier_exports] == ["export.tables"]
    assert "export_withdrawn" in _codes(s)


def test_report_cli_markdown_and_check(built: Built, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    s = built.study
    out = tmp_path / "personvern.md"
    old_umask = os.umask(0o022)
    try:
        r = cli("--study", str(s.root), "privacy", "report", "--markdown", str(out))
    finally:
        os.umask(old_umask)
    assert r.exit_code == 0, r.output
    assert permissions.mode_of(out) == 0o600  # every command runs with umask 077
    assert "Personvernrapport" in r.output and out.read_text("utf-8").startswith("# ")
    r = cli("--study", str(s.root), "privacy", "report", "--check")
    assert r.exit_code == 1  # recording without consent, end date passed
    r = cli("--study", str(s.root), "--lang", "en", "privacy", "report")
    assert "Privacy report" in r.output and "Consent per informant" in r.output
    r = cli("--study", str(s.root), "privacy", "report", "--markdown", str(tmp_path))
    assert r.exit_code == 1 and t("privacy.report_is_folder") in r.output


def test_init_creates_private_folder_and_files(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        s = init_study(tmp_path / "ny")
    finally:
        os.umask(old)
    assert permissions.mode_of(s.root) == 0o700
    assert permissions.mode_of(s.db_path) & 0o077 == 0
    assert permissions.check(s) == []
    s.close()


# ------------------------------------------------------------------------------ shred


def test_shred_overwrites_content_before_unlinking(tmp_path: Path) -> None:
    f = tmp_path / "opptak.wav"
    f.write_bytes(b"secret voice " * 1000)
    other_link = tmp_path / "hardlink.wav"
    os.link(f, other_link)  # a second name for the same bytes
    os.chmod(f, 0o400)
    d = shred.shred_file(f, relative_to=tmp_path)
    assert d.overwritten and d.size == 13000 and d.path == "opptak.wav"
    assert d.sha256 == hashlib.sha256(b"secret voice " * 1000).hexdigest()
    assert not f.exists()
    # plain unlink would have left the content readable through the other name
    assert b"secret" not in other_link.read_bytes()


def test_shred_tree_does_not_follow_links(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me", "utf-8")
    tree = tmp_path / "packets"
    (tree / "IP01").mkdir(parents=True)
    (tree / "IP01" / "a.html").write_text("a", "utf-8")
    (tree / "link.txt").symlink_to(outside)
    rep = shred.shred_tree(tree, relative_to=tmp_path)
    assert sorted(f.path for f in rep.files) == ["packets/IP01/a.html", "packets/link.txt"]
    assert outside.read_text("utf-8") == "keep me"
    assert tree.is_dir() and not any(tree.iterdir())


def test_db_has_withdrawals_table(built: Built) -> None:
    con = sqlite3.connect(built.study.db_path)
    cols = {r[1] for r in con.execute("PRAGMA table_info(withdrawals)")}
    con.close()
    assert {"informant_code", "withdrawn_at", "keep_until", "deleted_at", "summary"} <= cols


def test_real_exports_are_read_flagged_and_kept_through_purge(built: Built) -> None:
    """The export stage's own audit entries: an export with unverified material is flagged;
    at the purge its files pass the leak check and are kept with their checksums."""
    from feltarbeid.export.run import export_study

    s = built.study
    for code in ("IP01", "IP02", "IP03", "IP04"):  # (the export's own leak check refuses
        reg.update_informant(s.store, code, employer="kommunen", attributes={})  # names)
    clean = export_study(s, ["csv"], passphrase=PASS, with_notes=False)
    tr.set_state(s.store, built.tid["S002"], "anonymised")  # back to unverified
    tr.set_state(s.store, built.tid["S003"], "failed")  # its verbatim text may not leave
    marked = export_study(s, ["csv", "txt"], include_unverified=True, passphrase=PASS,
                          with_notes=False)
    manifests = report.build(s).exports
    assert [m.include_unverified for m in manifests] == [False, True]
    assert manifests[1].unverified == (built.tid["S002"],)
    assert set(manifests[1].informants) == {"IP01", "IP02", "IP03"}
    assert all(f.startswith("exports/") for m in manifests for f in m.files)
    unverified = [f for f in report.build(s).findings if f.code == "export_unverified"]
    assert len(unverified) == 1 and f"#{manifests[1].seq}" in unverified[0].text
    result = purge_mod.purge(s, passphrase=PASS, today=date(2026, 2, 1))
    assert result.leak_check.run
    kept = {f["path"] for f in json.loads(result.certificate_json.read_text())["kept"]["files"]}
    for f in [*clean.files, *marked.files]:
        assert f.exists() and f.resolve().relative_to(s.root.resolve()).as_posix() in kept


def test_demo_step_writes_report_without_names(built: Built) -> None:
    from feltarbeid.privacy.demo import REPORT_FILE, demo_step

    line = demo_step(built.study)
    assert "audit chain intact" in line and "2 error" in line  # no consent; end date passed
    text = (built.study.root / REPORT_FILE).read_text("utf-8")
    assert "# Personvernrapport" in text
    assert NAME_1 not in text and NAME_2 not in text and PLACE not in text


def test_every_privacy_string_exists_in_all_languages() -> None:
    from feltarbeid import locale

    keys = {lang: {k for k in locale.catalogue(lang) if k.startswith("privacy.")}
            for lang in locale.LANGUAGES}
    assert keys["nb"] == keys["nn"] == keys["en"]
    for kind in ("recording_without_consent", "recording_unlinked", "shared_recording_withdrawn",
                 "withdrawal_kept", "withdrawal_due", "export_unverified", "export_withdrawn",
                 "key_inside_study", "key_unencrypted", "key_missing", "folder_permissions",
                 "key_permissions", "files_permissions", "end_date_missing", "end_date_passed",
                 "end_date_soon", "unregistered_recordings", "audit_broken"):
        assert f"privacy.finding_{kind}" in keys["nb"] and f"privacy.hint_{kind}" in keys["nb"]
