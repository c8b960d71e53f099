"""Review rounds (packets) and informant additions."""

from __future__ import annotations

from typing import Any

from ..timeutil import now_iso
from .core import Store


def add_addition(store: Store, *, transcript_id: int, informant_code: str, packet_id: str,
                 after_idx: int | None, text: str, accepted: bool = False) -> int:
    """Store text an informant added afterwards (kept apart from the verbatim transcript)."""
    with store.tx():
        cur = store.execute(
            "INSERT INTO informant_additions(transcript_id, informant_code, packet_id, after_idx,"
            " text, accepted, created_at) VALUES (?,?,?,?,?,?,?)",
            (transcript_id, informant_code, packet_id, after_idx, text, int(accepted), now_iso()),
        )
        return int(cur.lastrowid or 0)


def additions(
    store: Store, transcript_id: int, *, accepted_only: bool = True
) -> list[dict[str, Any]]:
    """Additions for a transcript: dicts with id, informant_code, packet_id, after_idx
    (the segment idx it follows, None = at the end), text, accepted, created_at."""
    sql = "SELECT * FROM informant_additions WHERE transcript_id = ?"
    if accepted_only:
        sql += " AND accepted = 1"
    return [dict(r) for r in store.all(sql + " ORDER BY id", (transcript_id,))]
