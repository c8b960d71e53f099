"""Transcripts, their text versions and segments.

A transcript is one recording run through one model+settings. Its text lives in versions:
``verbatim`` (from the model), ``anonymised`` (from the anonymise stage), ``corrected``
(the researcher's corrections in the workbench, or corrections the informant sent in
review). ``current_version`` points at the newest. A ``corrected`` version holds verbatim
text when its note says so (``holds_verbatim``); the newest version with verbatim text is
what anonymisation and the workbench work from (``source_version``).
Saving a version with its segments is one transaction: a crash leaves either all of it
or nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from .. import locale
from ..domain import Segment, Transcript, Word
from ..errors import FeltarbeidError
from ..timeutil import now_iso
from .core import Store, dumps, loads

STATES = ("running", "transcribed", "anonymised", "in_review", "verified", "exported",
          "failed", "withdrawn")


def text_hash(segments: list[Segment]) -> str:
    h = hashlib.sha256()
    for s in segments:
        h.update(f"{s.idx}\x1f{s.start:.3f}\x1f{s.end:.3f}\x1f{s.speaker}\x1f{s.item_id or ''}"
                 f"\x1f{s.origin}\x1f{s.text}\x1e".encode())
    return h.hexdigest()


def holds_verbatim(kind: str, note: str | None) -> bool:
    """Whether a version's text is verbatim (names not replaced): a ``verbatim`` version,
    or a ``corrected`` one made from verbatim text — the workbench and review write
    'verbatim' in the note of those; every other version holds anonymised text."""
    if kind == "verbatim":
        return True
    return kind == "corrected" and "verbatim" in (note or "")


def source_version(store: Store, transcript_id: int) -> int | None:
    """The newest version holding verbatim text: the model's, or the newest correction of
    it. Anonymisation and the workbench start from it."""
    for row in store.all(
            "SELECT id, kind, note FROM transcript_versions WHERE transcript_id = ? AND "
            "kind IN ('verbatim', 'corrected') ORDER BY id DESC", (transcript_id,)):
        if holds_verbatim(row["kind"], row["note"]):
            return int(row["id"])
    return None


def get_or_create(store: Store, recording_id: int, settings_hash: str, model: str,
                  settings: dict[str, Any], *, state: str = "running") -> int:
    with store.tx():
        row = store.one(
            "SELECT id FROM transcripts WHERE recording_id = ? AND settings_hash = ?",
            (recording_id, settings_hash),
        )
        if row:
            return int(row["id"])
        now = now_iso()
        cur = store.execute(
            "INSERT INTO transcripts(recording_id, settings_hash, model, settings, state,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
            (recording_id, settings_hash, model, dumps(settings), state, now, now),
        )
        return int(cur.lastrowid or 0)


def find(store: Store, recording_id: int, settings_hash: str) -> sqlite3.Row | None:
    return store.one(
        "SELECT * FROM transcripts WHERE recording_id = ? AND settings_hash = ?",
        (recording_id, settings_hash),
    )


def save_version(store: Store, transcript_id: int, kind: str, segments: list[Segment], *,
                 parent_id: int | None = None, note: str = "", state: str | None = None,
                 language: str | None = None, duration: float | None = None) -> int:
    """Write a text version with all its segments, make it current, optionally move state."""
    with store.tx():
        cur = store.execute(
            "INSERT INTO transcript_versions(transcript_id, kind, parent_id, text_hash, note,"
            " created_at) VALUES (?,?,?,?,?,?)",
            (transcript_id, kind, parent_id, text_hash(segments), note, now_iso()),
        )
        version_id = int(cur.lastrowid or 0)
        store.conn.executemany(
            "INSERT INTO segments(version_id, idx, start, end, speaker, item_id, text, words,"
            " avg_logprob, flags, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    version_id, s.idx, s.start, s.end, s.speaker, s.item_id, s.text,
                    dumps([[w.start, w.end, w.word, w.probability] for w in s.words]),
                    s.avg_logprob, dumps(s.flags), s.origin,
                )
                for s in segments
            ],
        )
        sets = ["current_version = ?", "updated_at = ?"]
        params: list[Any] = [version_id, now_iso()]
        if state:
            sets.append("state = ?")
            params.append(state)
            sets.append("failure_reason = NULL")
        if language is not None:
            sets.append("language = ?")
            params.append(language)
        if duration is not None:
            sets.append("duration = ?")
            params.append(duration)
        store.execute(f"UPDATE transcripts SET {', '.join(sets)} WHERE id = ?",
                      (*params, transcript_id))
    return version_id


def set_state(store: Store, transcript_id: int, state: str, *, reason: str | None = None,
              audit: dict[str, Any] | None = None) -> None:
    if state not in STATES:
        raise ValueError(f"unknown transcript state {state!r}")
    with store.tx():
        store.execute(
            "UPDATE transcripts SET state = ?, failure_reason = ?, updated_at = ? WHERE id = ?",
            (state, reason, now_iso(), transcript_id),
        )
        if audit is not None:
            store.audit(f"transcript.{state}", str(transcript_id), audit)


def bump_attempts(store: Store, transcript_id: int) -> None:
    with store.tx():
        store.execute("UPDATE transcripts SET attempts = attempts + 1 WHERE id = ?",
                      (transcript_id,))


def load(store: Store, transcript_id: int, version_id: int | None = None) -> Transcript:
    row = store.one("SELECT * FROM transcripts WHERE id = ?", (transcript_id,))
    if row is None:
        raise FeltarbeidError(locale.t("core.transcript_missing", id=transcript_id),
                              hint=locale.t("core.transcript_missing_hint"))
    vid = version_id if version_id is not None else row["current_version"]
    t = Transcript(
        id=row["id"], recording_id=row["recording_id"], model=row["model"], state=row["state"],
        settings=loads(row["settings"], {}), version_id=vid, language=row["language"],
        duration=row["duration"], failure_reason=row["failure_reason"],
    )
    if vid is not None:
        v = store.one("SELECT kind FROM transcript_versions WHERE id = ?", (vid,))
        t.version_kind = v["kind"] if v else ""
        t.segments = segments(store, vid)
    return t


def segments(store: Store, version_id: int) -> list[Segment]:
    return [
        Segment(
            idx=r["idx"], start=r["start"], end=r["end"], text=r["text"], speaker=r["speaker"],
            item_id=r["item_id"],
            words=[Word(*w) for w in loads(r["words"], [])],
            avg_logprob=r["avg_logprob"], flags=loads(r["flags"], []), origin=r["origin"],
        )
        for r in store.all("SELECT * FROM segments WHERE version_id = ? ORDER BY idx",
                           (version_id,))
    ]


def segment_texts(store: Store, version_id: int) -> list[str]:
    """The texts of a version's segments, in order (no words: quick)."""
    return [r["text"] for r in store.all(
        "SELECT text FROM segments WHERE version_id = ? ORDER BY idx", (version_id,))]


def versions(store: Store, transcript_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in store.all(
        "SELECT * FROM transcript_versions WHERE transcript_id = ? ORDER BY id", (transcript_id,)
    )]


def latest_version(store: Store, transcript_id: int, kind: str) -> int | None:
    row = store.one(
        "SELECT id FROM transcript_versions WHERE transcript_id = ? AND kind = ? "
        "ORDER BY id DESC LIMIT 1", (transcript_id, kind),
    )
    return int(row["id"]) if row else None


def list_transcripts(store: Store, states: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    sql = ("SELECT t.*, r.session_id, r.original_name FROM transcripts t "
           "JOIN recordings r ON r.id = t.recording_id")
    params: tuple[Any, ...] = ()
    if states:
        sql += f" WHERE t.state IN ({','.join('?' * len(states))})"
        params = tuple(states)
    return [dict(r) for r in store.all(sql + " ORDER BY t.id", params)]


def state_counts(store: Store) -> dict[str, int]:
    counts = {r["state"]: r["n"] for r in store.all(
        "SELECT state, COUNT(*) AS n FROM transcripts GROUP BY state")}
    row = store.one(
        "SELECT COUNT(*) AS n FROM recordings r WHERE r.state = 'recorded' AND NOT EXISTS "
        "(SELECT 1 FROM transcripts t WHERE t.recording_id = r.id AND t.state != 'failed')"
    )
    counts["recorded"] = int(row["n"]) if row else 0
    return counts
