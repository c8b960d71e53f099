"""Read queries for the export stage (and the one state move it makes)."""

from __future__ import annotations

from typing import Any

from ..domain import Segment
from .core import Store


def transcripts_with_recordings(store: Store) -> list[dict[str, Any]]:
    """Every transcript with its recording's session, state, path and checksum, oldest
    first."""
    return [dict(r) for r in store.all(
        "SELECT t.id, t.recording_id, t.state, t.language, t.duration, t.current_version,"
        " t.updated_at, r.session_id, r.state AS recording_state, r.path AS recording_path,"
        " r.sha256 AS recording_sha256"
        " FROM transcripts t JOIN recordings r ON r.id = t.recording_id ORDER BY t.id"
    )]


def versions(store: Store, transcript_id: int) -> list[dict[str, Any]]:
    """All text versions of a transcript (id, kind, parent_id, text_hash), newest first."""
    return [dict(r) for r in store.all(
        "SELECT id, transcript_id, kind, parent_id, text_hash, created_at"
        " FROM transcript_versions WHERE transcript_id = ? ORDER BY id DESC", (transcript_id,),
    )]


def segments_without_words(store: Store, version_id: int) -> list[Segment]:
    """Segments of a version without word timings (export never needs them; much faster)."""
    return [
        Segment(idx=r[0], start=r[1], end=r[2], text=r[3], speaker=r[4], item_id=r[5],
                origin=r[6])
        for r in store.conn.execute(
            "SELECT idx, start, end, text, speaker, item_id, origin FROM segments"
            " WHERE version_id = ? ORDER BY idx", (version_id,),
        )
    ]


def review_status(store: Store, transcript_id: int) -> str:
    """Status of the newest review packet for a transcript ('' if none)."""
    row = store.one(
        "SELECT status FROM review_rounds WHERE transcript_id = ?"
        " ORDER BY created_at DESC, rowid DESC LIMIT 1", (transcript_id,),
    )
    return str(row["status"]) if row else ""


def mark_exported(store: Store, transcript_ids: list[int], at: str) -> int:
    """Move verified transcripts to 'exported' (only those still verified). Returns count."""
    if not transcript_ids:
        return 0
    with store.tx():
        cur = store.execute(
            "UPDATE transcripts SET state = 'exported', updated_at = ?"
            f" WHERE state = 'verified' AND id IN ({','.join('?' * len(transcript_ids))})",
            (at, *transcript_ids),
        )
        return int(cur.rowcount)
