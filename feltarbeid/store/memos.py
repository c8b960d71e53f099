"""Reflexivity memos: the researcher's notes on their own pre-understanding, for the
project as a whole or written before/after an interview, by an interviewer (code).

They are research material: exported (leak-checked like session notes) and kept at the
purge (leak-checked too). A withdrawal deletes the memos of the informant's own sessions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from ..domain import Memo
from ..timeutil import now_iso
from .core import Store


def add_memo(store: Store, memo: Memo) -> Memo:
    """Insert a memo (its ``id`` is ignored); returns it with its id."""
    with store.tx():
        cur = store.execute(
            "INSERT INTO memos(kind, interviewer, session_id, text, written_at, updated_at)"
            " VALUES (?,?,?,?,?,?)",
            (memo.kind, memo.interviewer, memo.session_id, memo.text,
             memo.written_at or now_iso(), memo.updated_at),
        )
        new_id = int(cur.lastrowid or 0)
        store.audit("memo.add", f"M{new_id}", {"kind": memo.kind, "session": memo.session_id,
                                                "interviewer": memo.interviewer})
    return get_memo(store, new_id)  # type: ignore[return-value]


def get_memo(store: Store, memo_id: int) -> Memo | None:
    row = store.one("SELECT * FROM memos WHERE id = ?", (memo_id,))
    return _memo(row) if row else None


def list_memos(store: Store, *, kind: str | None = None, interviewer: str | None = None,
               session_id: str | None = None) -> list[Memo]:
    """Memos, oldest first, optionally only of one kind, interviewer or session."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("kind", kind), ("interviewer", interviewer),
                          ("session_id", session_id)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return [_memo(r) for r in store.all(
        f"SELECT * FROM memos{where} ORDER BY written_at, id", tuple(params))]


def update_memo(store: Store, memo_id: int, **changes: Any) -> Memo:
    """Change text, kind, interviewer or session; ``updated_at`` records when (the time it
    was first written stays: a memo written before an interview stays dated before it)."""
    allowed = {"text", "kind", "interviewer", "session_id"}
    if set(changes) - allowed:
        raise ValueError(f"unknown memo fields: {sorted(set(changes) - allowed)}")
    with store.tx():
        if changes:
            assignments = ", ".join(f"{k} = ?" for k in changes)
            store.execute(f"UPDATE memos SET {assignments}, updated_at = ? WHERE id = ?",
                          (*changes.values(), now_iso(), memo_id))
            store.audit("memo.edit", f"M{memo_id}", {"fields": sorted(changes)})
    return get_memo(store, memo_id)  # type: ignore[return-value]


def delete_memo(store: Store, memo_id: int) -> None:
    with store.tx():
        store.execute("DELETE FROM memos WHERE id = ?", (memo_id,))
        store.audit("memo.delete", f"M{memo_id}", {})


def delete_memos_of_sessions(store: Store, session_ids: Sequence[str]) -> int:
    """Delete the memos written about these sessions (a withdrawal). Returns how many."""
    if not session_ids:
        return 0
    marks = ",".join("?" * len(session_ids))
    with store.tx():
        cur = store.execute(f"DELETE FROM memos WHERE session_id IN ({marks})",
                            tuple(session_ids))
        return int(cur.rowcount)


def memo_count(store: Store) -> int:
    row = store.one("SELECT COUNT(*) AS n FROM memos")
    return int(row["n"]) if row else 0


def _memo(row: sqlite3.Row) -> Memo:
    return Memo(id=int(row["id"]), kind=row["kind"], text=row["text"],
                written_at=row["written_at"], interviewer=row["interviewer"],
                session_id=row["session_id"], updated_at=row["updated_at"])
