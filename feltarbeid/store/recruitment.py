"""Recruitment: the contact log per informant, and the interviews that ended it.

Only codes, dates and kinds: a contact's free note may name people, so it lives in the
linking key (``KeyData.contact_notes``); the row says only that there is one (``has_note``).
The contact log is personal data: ``privacy.withdraw`` deletes an informant's rows,
``privacy.purge`` deletes all of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ..domain import Contact
from ..timeutil import now_iso
from .core import Store


def add_contact(store: Store, contact: Contact) -> Contact:
    """Insert a contact (its ``id`` is ignored) and return it with the new id. Joins the
    caller's transaction, so a note saved to the key in the same ``tx`` rolls back with it."""
    created = contact.created_at or now_iso()
    with store.tx():
        cur = store.execute(
            "INSERT INTO contacts(informant_code, round, on_date, channel, what, appointment_at,"
            " has_note, letter, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (contact.informant, contact.round, contact.on_date, contact.channel, contact.what,
             contact.appointment_at, int(contact.has_note), contact.letter, created),
        )
        new_id = int(cur.lastrowid or 0)
        store.audit("recruitment.contact", contact.informant,
                    {"id": new_id, "round": contact.round, "what": contact.what,
                     "channel": contact.channel, "note": contact.has_note})
    return get_contact(store, new_id)  # type: ignore[return-value]


def get_contact(store: Store, contact_id: int) -> Contact | None:
    row = store.one("SELECT * FROM contacts WHERE id = ?", (contact_id,))
    return _contact(row) if row else None


def list_contacts(store: Store, informant: str | None = None) -> list[Contact]:
    """The log, oldest first (by date of the contact, then as entered)."""
    if informant is None:
        rows = store.all("SELECT * FROM contacts ORDER BY on_date, id")
    else:
        rows = store.all("SELECT * FROM contacts WHERE informant_code = ? ORDER BY on_date, id",
                         (informant,))
    return [_contact(r) for r in rows]


def delete_contact(store: Store, contact_id: int) -> None:
    with store.tx():
        row = store.one("SELECT informant_code FROM contacts WHERE id = ?", (contact_id,))
        store.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
        if row is not None:
            store.audit("recruitment.contact_delete", row["informant_code"], {"id": contact_id})


def delete_contacts(store: Store, informant: str | None = None) -> int:
    """Delete the contact log of one informant (withdrawal) or of everyone (purge). Returns
    the number of rows deleted."""
    with store.tx():
        if informant is None:
            cur = store.execute("DELETE FROM contacts")
        else:
            cur = store.execute("DELETE FROM contacts WHERE informant_code = ?", (informant,))
        return int(cur.rowcount)


def contact_count(store: Store) -> int:
    row = store.one("SELECT COUNT(*) AS n FROM contacts")
    return int(row["n"]) if row else 0


def noted_contacts(store: Store, informant: str) -> list[int]:
    """Ids of an informant's contacts that have a note in the key."""
    return [int(r["id"]) for r in store.all(
        "SELECT id FROM contacts WHERE informant_code = ? AND has_note = 1 ORDER BY id",
        (informant,))]


def interview_starts(store: Store, informants: Sequence[str] = ()) -> dict[str, list[str]]:
    """Informant code → the start times of the interviews they took part in (sessions that
    were started), oldest first. Every informant if ``informants`` is empty."""
    rows = store.all(
        "SELECT p.code, s.started_at FROM session_participants p"
        " JOIN sessions s ON s.id = p.session_id"
        " WHERE p.role = 'informant' AND s.status IN ('running', 'finished')"
        " AND s.started_at IS NOT NULL ORDER BY s.started_at")
    out: dict[str, list[str]] = {}
    wanted = set(informants)
    for r in rows:
        if not wanted or r["code"] in wanted:
            out.setdefault(r["code"], []).append(r["started_at"])
    return out


def _contact(row: sqlite3.Row) -> Contact:
    return Contact(
        id=int(row["id"]), informant=row["informant_code"], on_date=row["on_date"],
        channel=row["channel"], what=row["what"], round=int(row["round"]),
        appointment_at=row["appointment_at"], has_note=bool(row["has_note"]),
        letter=row["letter"], created_at=row["created_at"],
    )


def declined(store: Store) -> list[str]:
    """Informants (not withdrawn) whose last answer in the log is no: what the study holds
    about them (the log, their name in the key) has no purpose once recruitment is over."""
    rows = store.all(
        "SELECT c.informant_code, c.what FROM contacts c JOIN informants i"
        " ON i.code = c.informant_code WHERE c.what IN ('yes', 'no', 'appointment')"
        " AND i.consent != 'withdrawn' ORDER BY c.informant_code, c.round, c.on_date, c.id")
    last: dict[str, str] = {}
    for r in rows:
        last[r["informant_code"]] = r["what"]
    return sorted(code for code, what in last.items() if what == "no")
