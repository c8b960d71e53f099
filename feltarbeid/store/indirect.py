"""SQL for indirect identifiers: flags found when a transcript is anonymised, and the
researcher's decision on each (open, accepted with a wording, dismissed).

A flag is known across runs by (transcript, segment, kind, keyed hash of its words,
occurrence), so a decision survives re-anonymisation and a changed registry; its offsets
are refreshed on every run. No words of the passage are stored, only the keyed hash; the
suggestion and the accepted wording are general phrases ("et mellomstort kontor").

API for other parts (the anonymisation stage, the transcript workbench):

- ``flags(store, transcript_id=..., status=...)`` → ``list[FlagRecord]``
- ``get_flag(store, flag_id)``, ``count_open(store, transcript_ids=None)``
- ``set_status(store, flag_id, status, wording=None)`` — a decision (audited);
  ``feltarbeid.anonymise.apply.decide_indirect`` also applies it to the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..timeutil import now_iso
from .core import Store, where

STATUSES = ("open", "accepted", "dismissed")
FlagKey = tuple[int, str, str, int]  # seg_idx, kind, text_hash, occurrence


@dataclass
class NewFlag:
    """A flag as the anonymiser found it in this run."""

    seg_idx: int
    kind: str
    text_hash: str
    occurrence: int
    start: int
    end: int
    out_start: int | None
    out_end: int | None
    suggestion: str

    @property
    def key(self) -> FlagKey:
        return (self.seg_idx, self.kind, self.text_hash, self.occurrence)


@dataclass
class FlagRecord:
    id: int
    transcript_id: int
    seg_idx: int
    kind: str
    text_hash: str
    occurrence: int
    source_version: int | None
    start: int
    end: int
    version_id: int | None
    out_start: int | None
    out_end: int | None
    suggestion: str
    wording: str | None
    status: str
    active: bool
    created_at: str
    decided_at: str | None

    @property
    def key(self) -> FlagKey:
        return (self.seg_idx, self.kind, self.text_hash, self.occurrence)


def _record(r: Any) -> FlagRecord:
    return FlagRecord(
        r["id"], r["transcript_id"], r["seg_idx"], r["kind"], r["text_hash"], r["occurrence"],
        r["source_version"], r["start"], r["end"], r["version_id"], r["out_start"],
        r["out_end"], r["suggestion"], r["wording"], r["status"], bool(r["active"]),
        r["created_at"], r["decided_at"])


def sync_flags(store: Store, transcript_id: int, found: Sequence[NewFlag], *,
               source_version: int, version_id: int | None) -> int:
    """Make the stored flags of a transcript those ``found`` in this run: new ones open,
    known ones with fresh offsets and their decision kept; open ones no longer found are
    removed, decided ones kept but inactive. Returns how many are new."""
    now = now_iso()
    new = 0
    with store.tx():
        existing = {f.key: f for f in flags(store, transcript_id=transcript_id, status=None,
                                            active_only=False)}
        for f in found:
            old = existing.pop(f.key, None)
            if old is None:
                store.execute(
                    "INSERT INTO indirect_flags(transcript_id, seg_idx, kind, text_hash,"
                    " occurrence, source_version, start, end, version_id, out_start, out_end,"
                    " suggestion, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (transcript_id, f.seg_idx, f.kind, f.text_hash, f.occurrence,
                     source_version, f.start, f.end, version_id, f.out_start, f.out_end,
                     f.suggestion, now))
                new += 1
            else:
                store.execute(
                    "UPDATE indirect_flags SET source_version = ?, start = ?, end = ?,"
                    " version_id = ?, out_start = ?, out_end = ?, suggestion = ?, active = 1"
                    " WHERE id = ?",
                    (source_version, f.start, f.end, version_id, f.out_start, f.out_end,
                     f.suggestion, old.id))
        for old in existing.values():
            if old.status == "open":
                store.execute("DELETE FROM indirect_flags WHERE id = ?", (old.id,))
            elif old.active:
                store.execute("UPDATE indirect_flags SET active = 0 WHERE id = ?", (old.id,))
    return new


def flags(store: Store, *, transcript_id: int | None = None, status: str | None = "open",
          active_only: bool = True, transcript_ids: Iterable[int] | None = None
          ) -> list[FlagRecord]:
    """Flags in text order; by default the open ones still found in the text."""
    ids = None if transcript_ids is None else list(transcript_ids)
    if transcript_id is not None:  # both given: the one, if it is among the many
        ids = [transcript_id] if ids is None else [i for i in ids if i == transcript_id]
    clause, params = where(status=status or None, transcript_id=ids,
                           active=1 if active_only else None)
    sql = "SELECT * FROM indirect_flags" + clause
    return [_record(r) for r in
            store.all(sql + " ORDER BY transcript_id, seg_idx, start, id", params)]


def get_flag(store: Store, flag_id: int) -> FlagRecord | None:
    row = store.one("SELECT * FROM indirect_flags WHERE id = ?", (flag_id,))
    return _record(row) if row else None


def accepted(store: Store, transcript_id: int) -> dict[FlagKey, str]:
    """Accepted flags of a transcript: key → the wording that replaces the passage."""
    return {f.key: f.wording or f.suggestion
            for f in flags(store, transcript_id=transcript_id, status="accepted",
                           active_only=False)}


def set_status(store: Store, flag_id: int, status: str, wording: str | None = None) -> None:
    """Record a decision: accepted (with ``wording``, default the suggestion), dismissed
    (kept as said) or open again. Audited without the wording."""
    if status not in STATUSES:
        raise ValueError(status)
    with store.tx():
        store.execute(
            "UPDATE indirect_flags SET status = ?, wording = ?, decided_at = ? WHERE id = ?",
            (status, wording if status == "accepted" else None,
             None if status == "open" else now_iso(), flag_id))
        store.audit(f"anonymise.indirect.{status}", str(flag_id),
                    {"edited": status == "accepted" and wording is not None})


def count_open(store: Store, transcript_ids: Iterable[int] | None = None) -> int:
    """Open flags still found in the text, of transcripts not withdrawn."""
    sql = ("SELECT COUNT(*) AS n FROM indirect_flags f JOIN transcripts t ON"
           " t.id = f.transcript_id WHERE f.status = 'open' AND f.active = 1"
           " AND t.state != 'withdrawn'")
    params: list[Any] = []
    if transcript_ids is not None:
        ids = list(transcript_ids)
        sql += f" AND f.transcript_id IN ({','.join('?' * len(ids)) or 'NULL'})"
        params = ids
    row = store.one(sql, params)
    return int(row["n"]) if row else 0


def source_texts(store: Store, version_id: int) -> dict[int, str]:
    """Segment texts of the version an anonymised version was made from (for reversing
    accepted wordings); empty if that version is gone."""
    row = store.one("SELECT source_version FROM anon_spans WHERE version_id = ? LIMIT 1",
                    (version_id,))
    if row is None:
        return {}
    return {r["idx"]: r["text"] for r in store.all(
        "SELECT idx, text FROM segments WHERE version_id = ?", (row["source_version"],))}
