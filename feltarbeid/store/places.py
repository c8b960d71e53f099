"""Where and when: a case's municipality (kept apart from its attributes, since it
identifies), and the year of an interview (for population figures)."""

from __future__ import annotations

from ..timeutil import now_iso
from .core import Store, loads

# header fields of a guide that name the municipality of an interview
MUNICIPALITY_HEADERS = ("kommune", "municipality")


def set_case_municipality(store: Store, case_code: str, number: str | None) -> None:
    """Store (or with None remove) the municipality number of a case. Audited without
    the number."""
    with store.tx():
        if number is None:
            store.execute("DELETE FROM case_municipalities WHERE case_code = ?", (case_code,))
        else:
            store.execute(
                "INSERT INTO case_municipalities(case_code, number, set_at) VALUES (?,?,?)"
                " ON CONFLICT(case_code) DO UPDATE SET number = excluded.number,"
                " set_at = excluded.set_at", (case_code, number, now_iso()))
        store.audit("case.municipality", case_code, {"set": number is not None})


def case_municipalities(store: Store) -> dict[str, str]:
    """case code → municipality number, for the cases that have one set."""
    return {r["case_code"]: r["number"]
            for r in store.all("SELECT case_code, number FROM case_municipalities")}


def case_sessions(store: Store) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """case code → (date of the interview, header values) of each of its sessions (the
    session's case, else its informants' case), oldest first."""
    rows = store.all(
        "SELECT s.id, COALESCE(s.case_code, (SELECT i.case_code FROM session_participants p"
        " JOIN informants i ON i.code = p.code WHERE p.session_id = s.id AND"
        " p.role = 'informant' AND i.case_code IS NOT NULL ORDER BY p.code LIMIT 1)) AS code,"
        " COALESCE(s.started_at, s.created_at) AS at, s.header_values FROM sessions s"
        " ORDER BY at, s.id")
    out: dict[str, list[tuple[str, dict[str, str]]]] = {}
    for r in rows:
        if r["code"]:
            out.setdefault(r["code"], []).append((r["at"] or "", loads(r["header_values"], {})))
    return out


def interview_year(store: Store, transcript_id: int) -> int | None:
    """The year of the interview a transcript is of: its session's start, else when the
    session was created, else when the recording was added."""
    row = store.one(
        "SELECT COALESCE(s.started_at, s.created_at, r.added_at) AS at FROM transcripts t"
        " JOIN recordings r ON r.id = t.recording_id LEFT JOIN sessions s ON"
        " s.id = r.session_id WHERE t.id = ?", (transcript_id,))
    at = row["at"] if row else None
    return int(at[:4]) if at and at[:4].isdigit() else None
