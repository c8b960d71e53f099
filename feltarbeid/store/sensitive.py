"""Sensitive passages: marks the researcher puts on passages of a transcript to hold them
back from exports and quotes (see ``feltarbeid.sensitive`` for how a mark finds its
passage in each version). The reason is the researcher's own words; it stays in the
database and never goes into the audit log or an export."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ..timeutil import now_iso
from .core import Store


@dataclass(frozen=True)
class Mark:
    """One sensitive passage: where it was (times in seconds on the recording, speaker,
    segment numbers) in the version it was marked in, and why."""

    id: int
    transcript_id: int
    start: float
    end: float
    speaker: str
    seg_first: int  # Segment.idx of the first and last segment when marked
    seg_last: int
    version_id: int | None
    reason: str
    created_at: str


def add(store: Store, transcript_id: int, *, start: float, end: float, speaker: str,
        seg_first: int, seg_last: int, version_id: int | None, reason: str) -> Mark:
    with store.tx():
        cur = store.execute(
            "INSERT INTO sensitive_passages(transcript_id, start, end, speaker, seg_first,"
            " seg_last, version_id, reason, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (transcript_id, start, end, speaker, seg_first, seg_last, version_id, reason,
             now_iso()))
        mark_id = int(cur.lastrowid or 0)
        # no reason and no text in the audit log: where and how long, nothing else
        store.audit("sensitive.mark", str(transcript_id), {
            "mark": mark_id, "passages": [seg_first + 1, seg_last + 1],
            "start": round(start, 2), "end": round(end, 2), "version": version_id})
    got = get(store, mark_id)
    assert got is not None
    return got


def get(store: Store, mark_id: int) -> Mark | None:
    row = store.one("SELECT * FROM sensitive_passages WHERE id = ?", (mark_id,))
    return _mark(row) if row else None


def marks(store: Store, transcript_id: int | None = None) -> list[Mark]:
    """The marks of one transcript (or of all), oldest first."""
    if transcript_id is None:
        rows = store.all("SELECT * FROM sensitive_passages ORDER BY transcript_id, start, id")
    else:
        rows = store.all("SELECT * FROM sensitive_passages WHERE transcript_id = ?"
                         " ORDER BY start, id", (transcript_id,))
    return [_mark(r) for r in rows]


def remove(store: Store, mark_ids: Sequence[int]) -> int:
    """Delete these marks (audited). Returns how many were deleted."""
    if not mark_ids:
        return 0
    with store.tx():
        found = [m for i in mark_ids if (m := get(store, i)) is not None]
        for m in found:
            store.execute("DELETE FROM sensitive_passages WHERE id = ?", (m.id,))
            store.audit("sensitive.unmark", str(m.transcript_id), {
                "mark": m.id, "passages": [m.seg_first + 1, m.seg_last + 1]})
        return len(found)


def delete_for_transcripts(store: Store, transcript_ids: Sequence[int]) -> int:
    """Withdrawal: the marks of transcripts whose text is deleted go with it."""
    if not transcript_ids:
        return 0
    with store.tx():
        cur = store.execute(
            f"DELETE FROM sensitive_passages WHERE transcript_id IN"
            f" ({','.join('?' * len(transcript_ids))})", tuple(transcript_ids))
        return int(cur.rowcount)


def clear_reasons(store: Store) -> int:
    """Purge: the reasons are the researcher's free text (they may name someone); the marks
    stay, so the kept text is still held back in later exports."""
    with store.tx():
        return int(store.execute(
            "UPDATE sensitive_passages SET reason = '' WHERE reason != ''").rowcount)


def counts(store: Store) -> tuple[int, int]:
    """(marks, transcripts with marks)."""
    row = store.one("SELECT COUNT(*) AS n, COUNT(DISTINCT transcript_id) AS t"
                    " FROM sensitive_passages")
    return (int(row["n"]), int(row["t"])) if row else (0, 0)


def _mark(r: sqlite3.Row) -> Mark:
    return Mark(id=r["id"], transcript_id=r["transcript_id"], start=r["start"], end=r["end"],
                speaker=r["speaker"], seg_first=r["seg_first"], seg_last=r["seg_last"],
                version_id=r["version_id"], reason=r["reason"], created_at=r["created_at"])
