"""SQL for the anonymisation stage: pseudonyms, replaced spans, the review queue,
always/never decisions, overrides and the record of runs.

No originals are written here, only keyed hashes (``KeyData.hash``), offsets, labels and
pseudonyms; the originals live in the encrypted linking key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..timeutil import now_iso
from .core import Store, where


@dataclass
class SpanRecord:
    seg_idx: int
    start: int
    end: int
    out_start: int
    out_end: int
    label: str
    orig_hash: str
    surface_hash: str
    replacement: str
    action: str  # replaced | kept
    reason: str
    confidence: float
    source: str


@dataclass
class QueueItem:
    id: int
    transcript_id: int
    source_version: int
    seg_idx: int
    start: int
    end: int
    label: str
    orig_hash: str
    confidence: float
    source: str
    status: str


# ------------------------------------------------------------------------------ pseudonyms


def pseudonyms(store: Store, label: str | None = None) -> dict[tuple[str, str], str]:
    sql = "SELECT label, orig_hash, pseudonym FROM anon_pseudonyms"
    rows = store.all(sql + " WHERE label = ?", (label,)) if label else store.all(sql)
    return {(r["label"], r["orig_hash"]): r["pseudonym"] for r in rows}


def count_pseudonyms(store: Store, label: str) -> int:
    row = store.one("SELECT COUNT(*) AS n FROM anon_pseudonyms WHERE label = ?", (label,))
    return int(row["n"]) if row else 0


def add_pseudonym(store: Store, label: str, orig_hash: str, pseudonym: str) -> None:
    with store.tx():
        store.execute(
            "INSERT OR IGNORE INTO anon_pseudonyms(label, orig_hash, pseudonym, created_at)"
            " VALUES (?,?,?,?)", (label, orig_hash, pseudonym, now_iso()))


def pseudonym_taken(store: Store, pseudonym: str) -> bool:
    return store.one("SELECT 1 FROM anon_pseudonyms WHERE pseudonym = ?", (pseudonym,)) is not None


# ------------------------------------------------------------------------------ spans


def save_spans(store: Store, version_id: int, source_version: int,
               spans: list[SpanRecord]) -> None:
    with store.tx():
        store.conn.executemany(
            "INSERT INTO anon_spans(version_id, source_version, seg_idx, start, end, out_start,"
            " out_end, label, orig_hash, surface_hash, replacement, action, reason, confidence,"
            " source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(version_id, source_version, s.seg_idx, s.start, s.end, s.out_start, s.out_end,
              s.label, s.orig_hash, s.surface_hash, s.replacement, s.action, s.reason,
              s.confidence, s.source) for s in spans],
        )


def spans(store: Store, version_id: int) -> list[SpanRecord]:
    return [SpanRecord(r["seg_idx"], r["start"], r["end"], r["out_start"], r["out_end"],
                       r["label"], r["orig_hash"], r["surface_hash"], r["replacement"],
                       r["action"], r["reason"], r["confidence"], r["source"])
            for r in store.all("SELECT * FROM anon_spans WHERE version_id = ? "
                               "ORDER BY seg_idx, start", (version_id,))]


# ------------------------------------------------------------------------------ queue


def upsert_queue(store: Store, transcript_id: int, source_version: int,
                 items: list[tuple[int, int, int, str, str, float, str]]) -> int:
    """Add unsure hits (seg_idx, start, end, label, orig_hash, confidence, source); keeps
    the status of ones already there. Returns how many are new."""
    new = 0
    now = now_iso()
    with store.tx():
        for seg_idx, start, end, label, orig_hash, conf, source in items:
            cur = store.execute(
                "INSERT OR IGNORE INTO anon_queue(transcript_id, source_version, seg_idx, start,"
                " end, label, orig_hash, confidence, source, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (transcript_id, source_version, seg_idx, start, end, label, orig_hash, conf,
                 source, now))
            new += cur.rowcount
    return new


def queue(store: Store, *, status: str | None = "open",
          transcript_id: int | None = None) -> list[QueueItem]:
    clause, params = where(status=status or None, transcript_id=transcript_id)
    sql = "SELECT * FROM anon_queue" + clause
    return [QueueItem(r["id"], r["transcript_id"], r["source_version"], r["seg_idx"],
                      r["start"], r["end"], r["label"], r["orig_hash"], r["confidence"],
                      r["source"], r["status"])
            for r in store.all(sql + " ORDER BY transcript_id, seg_idx, start", params)]


def open_count(store: Store) -> int:
    """How many unsure hits still wait for review (status 'open')."""
    row = store.one("SELECT COUNT(*) AS n FROM anon_queue WHERE status = 'open'")
    return int(row["n"]) if row else 0


def set_queue_status(store: Store, item_id: int, status: str) -> None:
    with store.tx():
        store.execute("UPDATE anon_queue SET status = ?, decided_at = ? WHERE id = ?",
                      (status, now_iso(), item_id))
        store.audit(f"anonymise.review.{status}", str(item_id), {})


def rejected_spans(store: Store, source_version: int) -> set[tuple[int, int, int]]:
    return {(r["seg_idx"], r["start"], r["end"]) for r in store.all(
        "SELECT seg_idx, start, end FROM anon_queue WHERE source_version = ? AND "
        "status = 'rejected'", (source_version,))}


def rejected_hashes(store: Store) -> set[tuple[str, str]]:
    return {(r["label"], r["orig_hash"]) for r in store.all(
        "SELECT DISTINCT label, orig_hash FROM anon_queue WHERE status = 'rejected'")}


# ------------------------------------------------------------------------------ decisions


def set_decision(store: Store, orig_hash: str, label: str, decision: str) -> None:
    with store.tx():
        store.execute(
            "INSERT INTO anon_decisions(orig_hash, label, decision, created_at) VALUES (?,?,?,?)"
            " ON CONFLICT(orig_hash, label) DO UPDATE SET decision = excluded.decision,"
            " created_at = excluded.created_at", (orig_hash, label, decision, now_iso()))
        store.audit(f"anonymise.decision.{decision}", label, {"hash": orig_hash[:12]})


def decisions(store: Store) -> dict[tuple[str, str], str]:
    return {(r["label"], r["orig_hash"]): r["decision"]
            for r in store.all("SELECT * FROM anon_decisions")}


# ------------------------------------------------------------------------------ overrides


def add_override(store: Store, transcript_id: int, action: str, *, seg_idx: int | None = None,
                 orig_hash: str | None = None) -> int:
    with store.tx():
        cur = store.execute(
            "INSERT INTO anon_overrides(transcript_id, seg_idx, orig_hash, action, created_at)"
            " VALUES (?,?,?,?,?)", (transcript_id, seg_idx, orig_hash, action, now_iso()))
        store.audit(f"anonymise.override.{action}", str(transcript_id),
                    {"segment": seg_idx, "word": bool(orig_hash)})
        return int(cur.lastrowid or 0)


def overrides(store: Store, transcript_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in store.all(
        "SELECT * FROM anon_overrides WHERE transcript_id = ? ORDER BY id", (transcript_id,))]


# ------------------------------------------------------------------------------ runs


def last_run(store: Store, transcript_id: int) -> dict[str, Any] | None:
    row = store.one("SELECT * FROM anon_runs WHERE transcript_id = ?", (transcript_id,))
    return dict(row) if row else None


def record_run(store: Store, transcript_id: int, source_version: int, version_id: int,
               fingerprint: str) -> None:
    with store.tx():
        store.execute(
            "INSERT INTO anon_runs(transcript_id, source_version, version_id, fingerprint, at)"
            " VALUES (?,?,?,?,?) ON CONFLICT(transcript_id) DO UPDATE SET"
            " source_version = excluded.source_version, version_id = excluded.version_id,"
            " fingerprint = excluded.fingerprint, at = excluded.at",
            (transcript_id, source_version, version_id, fingerprint, now_iso()))


def transcript_informants(store: Store, transcript_id: int) -> list[str]:
    """Informant codes of the session the transcript's recording belongs to, plus every
    speaker code in its segments that is a known informant."""
    rows = store.all(
        "SELECT sp.code FROM transcripts t JOIN recordings r ON r.id = t.recording_id "
        "JOIN session_participants sp ON sp.session_id = r.session_id "
        "WHERE t.id = ? AND sp.role = 'informant'", (transcript_id,))
    codes = {r["code"] for r in rows}
    rows = store.all(
        "SELECT DISTINCT s.speaker FROM segments s JOIN transcript_versions v ON "
        "v.id = s.version_id JOIN informants i ON i.code = s.speaker WHERE v.transcript_id = ?",
        (transcript_id,))
    codes |= {r["speaker"] for r in rows}
    return sorted(codes)
