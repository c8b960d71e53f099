"""The store: migrations, transactions, concurrent writers, audit chain."""

from __future__ import annotations

import multiprocessing as mp
import re
import sqlite3
from pathlib import Path

import pytest

from feltarbeid.domain import Case, Informant
from feltarbeid.errors import FeltarbeidError, StoreError
from feltarbeid.locale import t
from feltarbeid.store import Store
from feltarbeid.store import registers as reg
from feltarbeid.store.schema import MIGRATIONS


def test_migrates_an_empty_file(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    store = Store(db)
    assert store.version() == len(MIGRATIONS)
    tables = {r["name"] for r in store.all("SELECT name FROM sqlite_master WHERE type='table'")}
    for name in ("guides", "informants", "cases", "sessions", "session_participants", "events",
                 "recordings", "transcripts", "transcript_versions", "segments",
                 "review_rounds", "audit_log", "schema_version"):
        assert name in tables
    assert store.one("PRAGMA journal_mode")[0] == "wal"
    assert store.one("PRAGMA foreign_keys")[0] == 1
    store.close()
    # opening again applies nothing new
    again = Store(db)
    assert [r["version"] for r in again.all("SELECT version FROM schema_version")] == list(
        range(1, len(MIGRATIONS) + 1)
    )
    again.close()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("INSERT INTO schema_version VALUES (999, 'x')")
    con.commit()
    con.close()
    newer = t("safety.db_newer", current=999, latest=len(MIGRATIONS))
    with pytest.raises(StoreError, match=re.escape(newer)):
        Store(db)


def test_garbage_file_gives_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=t("safety.db_not_feltarbeid")):
        Store(db)


def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "x.db")
    reg.add_case(store, Case("K1"))
    with pytest.raises(RuntimeError), store.tx():
        store.execute("INSERT INTO cases(code, created_at) VALUES ('K2', 'now')")
        store.execute("INSERT INTO cases(code, created_at) VALUES ('K3', 'now')")
        raise RuntimeError("crash in the middle")
    assert [c.code for c in reg.list_cases(store)] == ["K1"]
    # a constraint failure in the middle of a multi-row change rolls back the first rows too
    with pytest.raises(sqlite3.IntegrityError), store.tx():
        store.execute("INSERT INTO cases(code, created_at) VALUES ('K4', 'now')")
        store.execute("INSERT INTO cases(code, created_at) VALUES ('K1', 'now')")
    assert [c.code for c in reg.list_cases(store)] == ["K1"]


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    store = Store(tmp_path / "x.db")
    with pytest.raises(FeltarbeidError, match=t("core.case_missing", code="K9")):
        reg.add_informant(store, Informant("IP01", case_code="K9"))
    with pytest.raises(sqlite3.IntegrityError), store.tx():
        store.execute(
            "INSERT INTO informants(code, case_code, created_at) VALUES ('IP02', 'K9', 'now')"
        )


def _writer(db: str, prefix: str, n: int) -> None:
    store = Store(Path(db))
    for i in range(n):
        with store.tx():
            store.execute("INSERT INTO cases(code, created_at) VALUES (?, 'now')",
                          (f"{prefix}{i}",))
            store.audit("case.add", f"{prefix}{i}")
    store.close()


def test_two_processes_writing_at_once(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    Store(db).close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(db), p, 60)) for p in ("A", "B")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = Store(db)
    assert store.one("PRAGMA integrity_check")[0] == "ok"
    assert store.one("SELECT COUNT(*) FROM cases")[0] == 120
    # the audit chain stays intact under concurrent appends
    assert store.verify_audit() == []
    assert len(store.audit_entries("case.add")) == 120


def test_audit_chain_detects_tampering(tmp_path: Path) -> None:
    store = Store(tmp_path / "x.db")
    for i in range(3):
        store.audit("x", str(i), {"n": i})
    assert store.verify_audit() == []
    store.execute("UPDATE audit_log SET details = '{\"n\":5}' WHERE seq = 2")
    problems = store.verify_audit()
    assert any("entry 2" in p for p in problems)


def test_nested_transactions_join(tmp_path: Path) -> None:
    store = Store(tmp_path / "x.db")
    with pytest.raises(ValueError), store.tx():
        reg.add_case(store, Case("K1"))  # inner tx joins the outer one
        raise ValueError
    assert reg.list_cases(store) == []


def test_where_clause_of_a_filtered_listing() -> None:
    from feltarbeid.store.core import where

    assert where() == ("", [])
    assert where(a=None, b=0) == (" WHERE b = ?", [0])
    assert where(status=("open", "sent"), code="IP01") == (
        " WHERE status IN (?,?) AND code = ?", ["open", "sent", "IP01"])
    assert where(transcript_id=[]) == (" WHERE transcript_id IN (NULL)", [])  # matches nothing
