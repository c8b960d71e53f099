"""The study remembers that it has a linking key: while that key cannot be found, nothing
leaves the study (export, review packets) and nothing is purged, and ``key create`` does
not quietly make a new, empty key. A found key must be this study's key; a damaged key
file is reported as damaged, never as a wrong passphrase."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import GUIDES
from test_review import transcript_in_store

from feltarbeid.anonymise import keyfile
from feltarbeid.anonymise.keyfile import (
    KeyDamaged,
    KeyMissing,
    WrongPassphrase,
    create_key,
    key_state,
    open_key,
)
from feltarbeid.domain import Informant
from feltarbeid.errors import FeltarbeidError
from feltarbeid.export import export_study
from feltarbeid.export.synthetic import add_interview
from feltarbeid.guide import add_to_study
from feltarbeid.privacy import purge as purge_mod
from feltarbeid.review.packets import make_packets
from feltarbeid.settings import SETTINGS_FILE, render
from feltarbeid.store import Store
from feltarbeid.store.core import _split_sql
from feltarbeid.store.schema import MIGRATION_1
from feltarbeid.study import Study, open_study

PASS = "synthetic-key-passphrase"
NAME = "Kari Nordheim"  # synthetic


@pytest.fixture
def with_key(study: Study, monkeypatch: pytest.MonkeyPatch) -> Study:
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    guide, _, _ = add_to_study(study, GUIDES / "en-municipal-services.yaml")
    create_key(study, PASS, informants={"IP01": {"name": NAME, "contact": "kari@example.no"}})
    add_interview(study.store, session_id="S900",
                  informant=Informant("IP01", role="leder", consent="written"),
                  guide=guide, guide_hash=guide.content_hash, words=60,
                  notes=(f"{NAME} kom ti minutter for sent.",))
    return study


def _lose_key(study: Study, tmp_path: Path) -> Path:
    moved = tmp_path / "elsewhere.age"
    shutil.move(study.key_path, moved)
    keyfile._cache.clear()
    return moved


def test_a_lost_key_stops_export_packets_and_purge(with_key: Study, tmp_path: Path) -> None:
    study = with_key
    with pytest.raises(FeltarbeidError):  # the key is there: the note leaks, export stops
        export_study(study, ["qdpx"], out=tmp_path / "a.qdpx")
    _lose_key(study, tmp_path)
    assert key_state(study) == "lost"
    for attempt in (lambda: export_study(study, ["qdpx"], out=tmp_path / "b.qdpx"),
                    lambda: export_study(study, ["csv"], out=tmp_path / "c.csv")):
        with pytest.raises(KeyMissing) as err:
            attempt()
        assert "[key] path" in (err.value.hint or "")
        assert "key create" not in (err.value.hint or "")
    assert not list(tmp_path.glob("*.qdpx")) and not list(tmp_path.glob("*.csv"))
    transcript_in_store(study, informants=("IP02",))
    with pytest.raises(KeyMissing):
        make_packets(study, "IP02")
    assert not list(study.packets_dir.rglob("*.html"))
    before = sorted(p.name for p in study.root.rglob("*"))
    with pytest.raises(KeyMissing):
        purge_mod.purge(study, passphrase=PASS, now_allowed=True)
    assert sorted(p.name for p in study.root.rglob("*")) == before


def test_key_create_does_not_replace_a_lost_key(with_key: Study, tmp_path: Path,
                                                cli) -> None:  # type: ignore[no-untyped-def]
    study = with_key
    moved = _lose_key(study, tmp_path)
    s = ["--study", str(study.root)]
    r = cli(*s, "key", "create")
    assert r.exit_code != 0 and not study.key_path.exists()
    assert "[key] path" in r.output and "--replace-lost" in r.output
    assert "Traceback" not in r.output
    # the key found again: everything works as before
    shutil.move(moved, study.key_path)
    assert key_state(study) == "present"
    assert open_key(study, PASS).informants["IP01"]["name"] == NAME
    # a deliberate, audited replacement that says what is lost
    shutil.move(study.key_path, moved)
    r = cli(*s, "key", "create", "--replace-lost")
    assert r.exit_code == 0, r.output
    assert study.key_path.is_file()
    assert [e["action"] for e in study.store.audit_entries("key.replace_lost")] == [
        "key.replace_lost"]
    keyfile._cache.clear()
    assert open_key(study, PASS).informants == {}
    # the old key, found again later, is no longer this study's key
    shutil.move(study.key_path, tmp_path / "new.age")
    shutil.move(moved, study.key_path)
    keyfile._cache.clear()
    with pytest.raises(FeltarbeidError, match="replaced|erstattet"):
        open_key(study, PASS)


def test_another_studys_key_is_refused_by_export(with_key: Study, tmp_path: Path) -> None:
    study = with_key
    from feltarbeid.study import init_study

    other = init_study(tmp_path / "annen", title="Annen")
    create_key(other, PASS)
    shutil.copyfile(other.key_path, tmp_path / "annen-kopi.age")
    _lose_key(study, tmp_path)
    shutil.copyfile(other.key_path, study.key_path)
    with pytest.raises(FeltarbeidError, match="another study|annen studie|ein annan studie"):
        export_study(study, ["csv"], out=tmp_path / "d.csv")
    assert not (tmp_path / "d.csv").exists()
    other.close()


def test_a_deleted_key_is_not_lost(with_key: Study, tmp_path: Path) -> None:
    study = with_key
    keyfile.delete_key(study, PASS)
    assert key_state(study) == "deleted"
    assert keyfile.key_exists(study) is False


@pytest.fixture(scope="module")
def key_blob(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One key file's bytes (each scrypt costs about a second: made once)."""
    from feltarbeid.study import init_study

    s = init_study(tmp_path_factory.mktemp("k") / "s")
    create_key(s, PASS)
    s.close()
    return s.key_path.read_bytes()


@pytest.mark.parametrize("cut", ["header", "half", "last_byte", "empty_payload"])
def test_a_damaged_key_is_not_a_wrong_passphrase(study: Study, key_blob: bytes,
                                                  cut: str) -> None:
    blob = key_blob
    header_end = blob.index(b"\n---") + 1
    header_end = blob.index(b"\n", header_end) + 1
    damaged = {"header": blob[:header_end - 20], "half": blob[:(header_end + len(blob)) // 2],
               "last_byte": blob[:-1], "empty_payload": blob[:header_end]}[cut]
    study.key_path.write_bytes(damaged)
    keyfile._cache.clear()
    with pytest.raises(KeyDamaged) as err:
        open_key(study, PASS)
    assert not isinstance(err.value, WrongPassphrase)
    assert "backup" in (err.value.hint or "") or "sikkerhetskopi" in (err.value.hint or "")
    # with a wrong passphrase a damaged payload cannot be told apart: then it says both
    if cut == "half":
        with pytest.raises(WrongPassphrase) as err2:
            open_key(study, "not the passphrase")
        assert "skadet" in err2.value.render() or "damaged" in err2.value.render()


def test_key_export_into_the_study_is_refused(study: Study, tmp_path: Path) -> None:
    create_key(study, PASS)
    for target in (study.root, study.root / "logs", study.root / "kopi.age"):
        with pytest.raises(FeltarbeidError):
            keyfile.export_key(study, PASS, target)
    assert not [p for p in study.root.rglob("*.age")]
    assert keyfile.export_key(study, PASS, tmp_path / "arkiv.age").is_file()


def _v1_study(root: Path, *, key_created: bool, key_deleted: bool = False) -> Path:
    """A study folder as feltarbeid 0.1 left it: schema version 1 only."""
    root.mkdir()
    (root / SETTINGS_FILE).write_text(render({"study": {"title": "Gammel", "language": "nb"}}),
                                      "utf-8")
    conn = sqlite3.connect(root / "feltarbeid.db")
    for statement in _split_sql(MIGRATION_1):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00+01:00')")
    conn.execute("INSERT INTO meta VALUES ('study_id', 'abc123')")
    conn.execute("INSERT INTO sessions(id, status, created_at) VALUES ('S001', 'finished', 'x')")
    conn.execute(
        "INSERT INTO recordings(session_id, path, original_name, sha256, size, added_at) "
        "VALUES ('S001', 'recordings/0123456789abcdef.mp3', 'Kari Nordheim 2026-11-20.mp3',"
        " '0123456789abcdef' || hex(randomblob(24)), 10, 'x')")
    actions = ["key.create"] * key_created + ["key.delete"] * key_deleted
    for n, action in enumerate(actions, start=1):
        conn.execute("INSERT INTO audit_log(at, actor, action, subject, details, prev_hash,"
                     " hash) VALUES (?, 'u', ?, 'k', '{}', '', '')", (f"2026-0{n}", action))
    conn.commit()
    conn.close()
    return root


def test_a_0_1_database_remembers_its_key(tmp_path: Path) -> None:
    had = open_study(_v1_study(tmp_path / "hadde", key_created=True))
    assert key_state(had) == "lost"
    with pytest.raises(KeyMissing):
        keyfile.key_exists(had)
    never = open_study(_v1_study(tmp_path / "aldri", key_created=False))
    assert key_state(never) == "none"
    deleted = open_study(_v1_study(tmp_path / "slettet", key_created=True, key_deleted=True))
    assert key_state(deleted) == "deleted"
    for s in (had, never, deleted):
        s.close()


def test_the_store_migrates_a_0_1_database_with_data(tmp_path: Path) -> None:
    root = _v1_study(tmp_path / "gammel", key_created=False)
    with Store(root / "feltarbeid.db") as store:
        row = store.one("SELECT session_id, path, original_name FROM recordings")
        assert row["session_id"] == "S001"  # the link to the session is kept
        assert row["path"] == "recordings/0123456789abcdef.mp3"
        assert "Nordheim" not in (row["original_name"] or "")
    raw = b"".join(p.read_bytes() for p in root.iterdir() if p.is_file())
    assert b"Nordheim" not in raw


def test_a_lost_key_stops_taking_in_corrections(study: Study, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Sibling: corrected text is anonymised with the key before it is kept; without the
    key it would be kept as the informant wrote it (names included)."""
    from feltarbeid.review.demo import write_answer_file
    from feltarbeid.review.diff import apply_answer, changes_for
    from feltarbeid.review.returns import take_in
    from feltarbeid.store import transcripts as tstore

    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    create_key(study, PASS)
    made = transcript_in_store(study)
    packet = make_packets(study, "IP01")[0].packet
    path = write_answer_file(study, packet.packet_id, folder=tmp_path,
                             corrections={2: f"Jeg begynner klokka åtte med {NAME}."})
    p, rnd, a = take_in(study, path)
    _lose_key(study, tmp_path)
    with pytest.raises(KeyMissing):
        apply_answer(study, p, rnd, a, {c.index: True for c in changes_for(p, a)
                                        if c.decidable}, passphrase=PASS)
    kinds = [v["kind"] for v in tstore.versions(study.store, made.transcript_id)]
    assert "corrected" not in kinds
    assert tstore.load(study.store, made.transcript_id).state == "in_review"


def test_a_key_too_costly_to_open_now_is_neither_damaged_nor_wrong(study: Study,
                                                                   key_blob: bytes) -> None:
    """age refuses a key whose work factor would take too long at the machine's speed now
    (a busy laptop): say so, not 'damaged' or 'wrong passphrase'."""
    import re

    blob = key_blob
    study.key_path.write_bytes(re.sub(rb"(-> scrypt \S+ )\d+", rb"\g<1>40", blob, count=1))
    keyfile._cache.clear()
    with pytest.raises(FeltarbeidError) as err:
        open_key(study, PASS)
    assert not isinstance(err.value, (KeyDamaged, WrongPassphrase))
    assert "opptatt" in err.value.what
