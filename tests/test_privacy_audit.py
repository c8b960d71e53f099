"""The hash-chained audit log: tampering with the database file directly is detected."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from feltarbeid.study import Study, init_study


@pytest.fixture
def logged(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = init_study(tmp_path / "studie")
    for i in range(5):
        s.store.audit("test.step", f"T{i}", {"n": i})
    s.close()  # tampering happens with another program, on the file
    yield s
    s.close()


def _tamper(study: Study, *statements: str) -> None:
    con = sqlite3.connect(study.db_path)
    with con:
        for sql in statements:
            con.execute(sql)
    con.close()


def test_intact_log_verifies(logged: Study, cli) -> None:  # type: ignore[no-untyped-def]
    assert logged.store.verify_audit() == []
    r = cli("--study", str(logged.root), "audit", "verify")
    assert r.exit_code == 0 and "Kjeden er hel: 6 oppføringer" in r.output
    head = logged.store.audit_head()
    assert head.startswith("6 ") and head.split()[1] in r.output.replace("\n", "")


def test_changed_entry_is_detected(logged: Study, cli) -> None:  # type: ignore[no-untyped-def]
    _tamper(logged, "UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 3")
    problems = logged.store.verify_audit()
    assert problems == ["entry 3 (test.step): content was changed"]
    r = cli("--study", str(logged.root), "audit", "verify")
    assert r.exit_code == 1
    assert "entry 3 (test.step): content was changed" in r.output


def test_changed_entry_with_recomputed_hash_breaks_the_next_link(logged: Study) -> None:
    from feltarbeid.store.core import audit_hash

    con = sqlite3.connect(logged.db_path)
    con.row_factory = sqlite3.Row
    row = con.execute("SELECT * FROM audit_log WHERE seq = 3").fetchone()
    new_hash = audit_hash(row["prev_hash"], row["at"], row["actor"], row["action"],
                          "FORGED", row["details"])
    with con:
        con.execute("UPDATE audit_log SET subject = 'FORGED', hash = ? WHERE seq = 3",
                    (new_hash,))
    con.close()
    assert logged.store.verify_audit() == [
        "entry 4: link to the previous entry is broken (an entry before it was deleted,"
        " moved or changed)"]


def test_deleted_entry_is_detected(logged: Study, cli) -> None:  # type: ignore[no-untyped-def]
    _tamper(logged, "DELETE FROM audit_log WHERE seq = 2")
    problems = logged.store.verify_audit()
    assert len(problems) == 1 and problems[0].startswith("entry 3: link to the previous")
    assert cli("--study", str(logged.root), "audit", "verify").exit_code == 1


def test_deleted_last_entry_is_detected(logged: Study, cli) -> None:  # type: ignore[no-untyped-def]
    _tamper(logged, "DELETE FROM audit_log WHERE seq = 6")
    problems = logged.store.verify_audit()
    assert problems == ["the log ends at entry 5, but it ended at entry 6: entries at the end"
                        " were deleted or changed"]
    r = cli("--study", str(logged.root), "audit", "verify")
    assert r.exit_code == 1 and "ended at entry 6" in r.output


def test_emptied_log_is_detected(logged: Study) -> None:
    _tamper(logged, "DELETE FROM audit_log")
    assert logged.store.verify_audit() == ["the log is empty, but it ended at entry 6"]


def test_reordered_entries_are_detected(logged: Study) -> None:
    # swap the contents of entries 2 and 4 (same rows, other order)
    _tamper(
        logged,
        "UPDATE audit_log SET seq = -2 WHERE seq = 2",
        "UPDATE audit_log SET seq = 2 WHERE seq = 4",
        "UPDATE audit_log SET seq = 4 WHERE seq = -2",
    )
    problems = logged.store.verify_audit()
    assert {p.split(":")[0] for p in problems} >= {"entry 2", "entry 3", "entry 4"}


def test_new_entries_after_verification_keep_the_chain(logged: Study) -> None:
    logged.store.audit("test.more", "x", {})
    assert logged.store.verify_audit() == []
    assert logged.store.audit_head().startswith("7 ")


def test_broken_log_shows_in_privacy_report(logged: Study) -> None:
    from feltarbeid.privacy import report

    _tamper(logged, "DELETE FROM audit_log WHERE seq = 6")
    rep = report.build(logged)
    f = next(f for f in rep.findings if f.code == "audit_broken")
    assert f.severity == "error" and "ended at entry 6" in f.text


def test_audit_show(logged: Study, cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--study", str(logged.root), "audit", "show", "--action", "test", "--limit", "2",
            "--json")
    assert r.exit_code == 0
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2 and '"subject": "T4"' in lines[-1]
    r = cli("--study", str(logged.root), "audit", "show")
    assert r.exit_code == 0 and "study.init" in r.output
