"""A withdrawal request in a review answer (issue 16, item 9): it is recorded, shown in
``review status`` and ``privacy report``, and blocks new packets, sending, reminders,
export and purge for that informant until ``feltarbeid withdraw`` is run or the request is
dismissed (``feltarbeid review dismiss-withdrawal``, audited)."""

from __future__ import annotations

import sqlite3

from test_review import one_packet, transcript_in_store

from feltarbeid.review.demo import write_answer_file
from feltarbeid.store import review as review_store
from feltarbeid.store import transcripts
from feltarbeid.store.registers import get_informant
from feltarbeid.study import Study


def _request(study: Study, cli) -> str:  # type: ignore[no-untyped-def]
    transcript_in_store(study)
    made = one_packet(study)
    path = write_answer_file(study, made.packet.packet_id, corrections={2: "x"},
                             withdraw=True)
    r = cli("--study", str(study.root), "review", "import", str(path), "--accept-all")
    assert r.exit_code == 0, r.output
    assert "feltarbeid withdraw IP01" in r.output
    return made.packet.packet_id


def test_request_is_recorded_shown_and_blocks_new_packets(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    packet_id = _request(study, cli)
    s = ("--study", str(study.root))
    [req] = review_store.withdrawal_requests(study.store, status="open")
    assert (req["informant_code"], req["packet_id"]) == ("IP01", packet_id)
    assert get_informant(study.store, "IP01").consent == "written"  # not withdrawn yet
    assert len(transcripts.versions(study.store, 1)) == 2  # nothing taken in
    assert study.store.audit_entries("review.withdraw_request")

    r = cli(*s, "review", "status")
    assert r.exit_code == 0 and "ber om å trekke seg" in r.output, r.output

    r = cli(*s, "privacy", "report", "--check")
    assert r.exit_code == 1, r.output
    assert "IP01" in r.output and "ber om å trekke seg" in r.output

    # no new packet, with or without --again, for this informant or in bulk
    for args in (("review", "make", "--informant", "IP01", "--again"),
                 ("review", "make", "-i", "IP01")):
        r = cli(*s, *args)
        assert r.exit_code == 1, r.output
        assert "feltarbeid withdraw IP01" in r.output
        assert "dismiss-withdrawal IP01" in r.output
    for args in (("review", "send", "-i", "IP01"), ("review", "remind", "-i", "IP01")):
        r = cli(*s, *args)
        assert r.exit_code == 1 and "dismiss-withdrawal IP01" in r.output, r.output
    r = cli(*s, "review", "make", "--again", "--uncorrected")
    assert r.exit_code == 0 and "IP01" in r.output and "ber om å trekke seg" in r.output
    assert [x["packet_id"] for x in review_store.list_rounds(study.store)] == [packet_id]

    # nothing of theirs leaves the study meanwhile
    r = cli(*s, "export", "--to", "csv", "--include-unverified")
    assert r.exit_code != 0 and "IP01" in r.output and "Traceback" not in r.output, r.output
    # purge refuses before it asks anything (no answer needed to be refused)
    r = cli(*s, "purge", "--now")
    assert r.exit_code == 1 and "dismiss-withdrawal IP01" in r.output, r.output

    # dismissed (audited): packets can be made again
    r = cli(*s, "review", "dismiss-withdrawal", "IP01", "--yes")
    assert r.exit_code == 0, r.output
    assert review_store.withdrawal_requests(study.store, status="open") == []
    entry = study.store.audit_entries("review.withdraw_request_dismissed")[0]
    assert entry["subject"] == "IP01" and entry["details"]["packet"] == packet_id
    r = cli(*s, "review", "status")
    assert "ber om å trekke seg" not in r.output
    r = cli(*s, "review", "make", "--informant", "IP01", "--uncorrected")
    assert r.exit_code == 0, r.output
    assert len(review_store.list_rounds(study.store)) == 2


def test_withdraw_settles_the_request(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    _request(study, cli)
    r = cli("--study", str(study.root), "withdraw", "IP01", "--yes")
    assert r.exit_code == 0, r.output
    assert review_store.withdrawal_requests(study.store, status="open") == []
    [req] = review_store.withdrawal_requests(study.store)
    assert req["status"] == "withdrawn" and req["resolved_at"]
    r = cli("--study", str(study.root), "review", "dismiss-withdrawal", "IP01", "--yes")
    assert r.exit_code == 1 and "Traceback" not in r.output


def test_dismiss_without_a_request_is_refused(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    transcript_in_store(study)
    r = cli("--study", str(study.root), "review", "dismiss-withdrawal", "IP01", "--yes")
    assert r.exit_code == 1 and "IP01" in r.output and "Traceback" not in r.output


def test_migration_upgrades_a_0_1_database_with_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.store.core import Store, _split_sql
    from feltarbeid.store.schema import MIGRATION_1, MIGRATIONS

    path = tmp_path / "feltarbeid.db"
    db = sqlite3.connect(path)
    for statement in _split_sql(MIGRATION_1):
        db.execute(statement)
    db.execute("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00+00:00')")
    db.execute("INSERT INTO informants(code, consent, created_at) VALUES ('IP01', 'written',"
               " '2026-01-01T00:00:00+00:00')")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.version() == len(MIGRATIONS)
        assert review_store.withdrawal_requests(store) == []
        review_store.record_withdrawal_request(store, "IP01", packet_id="IP01-T1-abcdef")
        assert [r["informant_code"] for r in review_store.withdrawal_requests(store)] == ["IP01"]
        assert store.one("SELECT code FROM informants")["code"] == "IP01"
