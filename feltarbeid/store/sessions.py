"""Sessions, their participants and their timeline of events."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..domain import Event, Session
from ..errors import FeltarbeidError
from ..locale import t
from ..timeutil import now_iso
from .core import Store, dumps, loads


def next_session_id(store: Store) -> str:
    row = store.one("SELECT COUNT(*) AS n FROM sessions")
    n = int(row["n"]) if row else 0
    while True:
        n += 1
        candidate = f"S{n:03d}"
        if store.one("SELECT 1 FROM sessions WHERE id = ?", (candidate,)) is None:
            return candidate


def create_session(store: Store, session: Session) -> Session:
    """Insert a session with its participants in one transaction."""
    with store.tx():
        try:
            store.execute(
                "INSERT INTO sessions(id, guide_hash, case_code, place, header_values, status,"
                " started_at, ended_at, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    session.id, session.guide_hash, session.case_code, session.place,
                    dumps(session.header_values), session.status, session.started_at,
                    session.ended_at, now_iso(),
                ),
            )
        except sqlite3.IntegrityError as exc:
            raise FeltarbeidError(
                t("core.session_not_created", id=session.id, error=exc),
                hint=t("core.session_not_created_hint"),
            ) from None
        for code in session.informants:
            store.execute(
                "INSERT INTO session_participants(session_id, role, code) VALUES (?,?,?)",
                (session.id, "informant", code),
            )
        for code in session.interviewers:
            store.execute(
                "INSERT INTO session_participants(session_id, role, code) VALUES (?,?,?)",
                (session.id, "interviewer", code),
            )
        store.audit("session.create", session.id, {"informants": session.informants})
    return session


def update_session(store: Store, session_id: str, **changes: Any) -> None:
    allowed = {"guide_hash", "case_code", "place", "header_values", "status", "started_at",
               "ended_at"}
    if set(changes) - allowed:
        raise ValueError(f"unknown session fields: {sorted(set(changes) - allowed)}")
    if not changes:
        return
    values = [dumps(v) if k == "header_values" else v for k, v in changes.items()]
    with store.tx():
        store.execute(
            f"UPDATE sessions SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
            (*values, session_id),
        )


def set_participants(store: Store, session_id: str, informants: list[str],
                     interviewers: list[str]) -> None:
    with store.tx():
        store.execute("DELETE FROM session_participants WHERE session_id = ?", (session_id,))
        for role, codes in (("informant", informants), ("interviewer", interviewers)):
            for code in codes:
                store.execute(
                    "INSERT INTO session_participants(session_id, role, code) VALUES (?,?,?)",
                    (session_id, role, code),
                )


def upsert_events(store: Store, session_id: str, events: list[Event]) -> int:
    """Mirror journal events into the store; existing (session, seq) rows are kept as is.

    Returns the number of new rows. Idempotent, so replaying a journal is safe."""
    added = 0
    with store.tx():
        for ev in events:
            cur = store.execute(
                "INSERT OR IGNORE INTO events(session_id, seq, kind, item_id, at, t_rec, payload)"
                " VALUES (?,?,?,?,?,?,?)",
                (session_id, ev.seq, ev.kind, ev.item_id, ev.at, ev.t_rec, dumps(ev.payload)),
            )
            added += cur.rowcount
    return added


def last_seq(store: Store, session_id: str) -> int:
    """The highest event sequence number mirrored for the session (0 if none)."""
    row = store.execute("SELECT MAX(seq) FROM events WHERE session_id = ?",
                        (session_id,)).fetchone()
    return int(row[0] or 0)


def get_session(store: Store, session_id: str, *, with_events: bool = True) -> Session | None:
    row = store.one("SELECT * FROM sessions WHERE id = ?", (session_id,))
    if row is None:
        return None
    s = _session(row)
    for p in store.all(
        "SELECT role, code FROM session_participants WHERE session_id = ? ORDER BY code",
        (session_id,),
    ):
        (s.informants if p["role"] == "informant" else s.interviewers).append(p["code"])
    if with_events:
        s.events = events(store, session_id)
    return s


def list_sessions(store: Store) -> list[Session]:
    out = []
    for row in store.all("SELECT id FROM sessions ORDER BY created_at, id"):
        s = get_session(store, row["id"], with_events=False)
        if s is not None:
            out.append(s)
    return out


def sessions_of_informant(store: Store, code: str) -> list[str]:
    return [r["session_id"] for r in store.all(
        "SELECT session_id FROM session_participants WHERE role='informant' AND code = ?",
        (code,),
    )]


def events(store: Store, session_id: str) -> list[Event]:
    return [
        Event(seq=r["seq"], kind=r["kind"], at=r["at"], t_rec=r["t_rec"], item_id=r["item_id"],
              payload=loads(r["payload"], {}))
        for r in store.all("SELECT * FROM events WHERE session_id = ? ORDER BY seq", (session_id,))
    ]


def _session(row: sqlite3.Row) -> Session:
    return Session(
        id=row["id"], guide_hash=row["guide_hash"], case_code=row["case_code"],
        place=row["place"], header_values=loads(row["header_values"], {}), status=row["status"],
        started_at=row["started_at"], ended_at=row["ended_at"],
    )
