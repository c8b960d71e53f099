"""Recordings: audio files copied into the study's ``recordings/`` folder.

A recording's original file name can name a person ("Kari Nordheim 2026-11-20.mp3"): it is
never stored in clear (``original_name`` stays empty); the stage that adds a recording may
give it sealed to the linking key (``name_sealed``), readable only with the key open."""

from __future__ import annotations

import sqlite3

from ..domain import Recording
from ..errors import FeltarbeidError
from ..locale import t
from ..timeutil import now_iso
from .core import Store


def add(store: Store, rec: Recording) -> int:
    """Insert a recording; ``rec.id`` is ignored (the store assigns it), and so is
    ``rec.original_name`` (only ``rec.name_sealed`` is kept). Same content twice (same
    sha256) is refused."""
    try:
        with store.tx():
            cur = store.execute(
                "INSERT INTO recordings(session_id, path, original_name, name_sealed, sha256,"
                " size, duration, channels, sample_rate, state, added_at)"
                " VALUES (?,?,'',?,?,?,?,?,?,?,?)",
                (rec.session_id, rec.path, rec.name_sealed, rec.sha256, rec.size, rec.duration,
                 rec.channels, rec.sample_rate, rec.state, now_iso()),
            )
            rid = int(cur.lastrowid or 0)
            store.audit("recording.add", str(rid),
                        {"sha256": rec.sha256[:16], "size": rec.size, "session": rec.session_id})
    except sqlite3.IntegrityError:
        other = by_sha256(store, rec.sha256)
        raise FeltarbeidError(
            t("core.recording_added_before_id", id=other.id) if other
            else t("core.recording_added_before"),
            hint=t("core.recording_added_before_hint"),
        ) from None
    return rid


def set_session(store: Store, recording_id: int, session_id: str) -> None:
    """Link a recording to its interview session (audited with the one it had before)."""
    with store.tx():
        before = store.one("SELECT session_id FROM recordings WHERE id = ?", (recording_id,))
        store.execute("UPDATE recordings SET session_id = ? WHERE id = ?",
                      (session_id, recording_id))
        store.audit("recording.link", str(recording_id), {
            "session": session_id, "before": before["session_id"] if before else None})


def get(store: Store, recording_id: int) -> Recording | None:
    row = store.one("SELECT * FROM recordings WHERE id = ?", (recording_id,))
    return _recording(row) if row else None


def by_sha256(store: Store, sha256: str) -> Recording | None:
    row = store.one("SELECT * FROM recordings WHERE sha256 = ?", (sha256,))
    return _recording(row) if row else None


def sealed_name(store: Store, recording_id: int) -> bytes | None:
    """The recording's original file name, sealed to the linking key (None if not kept)."""
    row = store.one("SELECT name_sealed FROM recordings WHERE id = ?", (recording_id,))
    return bytes(row["name_sealed"]) if row and row["name_sealed"] is not None else None


def list_recordings(store: Store, states: tuple[str, ...] | None = None) -> list[Recording]:
    sql = "SELECT * FROM recordings"
    params: tuple[str, ...] = ()
    if states:
        sql += f" WHERE state IN ({','.join('?' * len(states))})"
        params = states
    return [_recording(r) for r in store.all(sql + " ORDER BY id", params)]


def _recording(row: sqlite3.Row) -> Recording:
    return Recording(
        id=row["id"], path=row["path"], original_name=row["original_name"], sha256=row["sha256"],
        size=row["size"], session_id=row["session_id"], duration=row["duration"],
        channels=row["channels"], sample_rate=row["sample_rate"], state=row["state"],
    )
