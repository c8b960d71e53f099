"""The researcher's correction pass (the transcript workbench): progress per transcript.

One row per transcript that has been opened in the workbench: passages in the working text
and how many are checked, seconds of the recording heard at least once, where the
researcher was, edits not yet saved, and how many corrected versions were saved. The
working text itself is in the workbench journal (``journal/workbench/``) until it is saved
as a ``corrected`` version (``transcripts.save_version``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..timeutil import now_iso
from .core import Store


@dataclass(frozen=True)
class Progress:
    transcript_id: int
    passages: int = 0
    checked: int = 0
    listened: float = 0.0  # seconds of the recording heard at least once
    position: float = 0.0
    unsaved: int = 0
    corrections: int = 0  # corrected versions saved from the workbench
    last_version: int | None = None
    saved_at: str | None = None

    @property
    def corrected(self) -> bool:
        return self.corrections > 0


def _progress(row: Any) -> Progress:
    return Progress(int(row["transcript_id"]), int(row["passages"]), int(row["checked"]),
                    float(row["listened"]), float(row["position"]), int(row["unsaved"]),
                    int(row["corrections"]), row["last_version"], row["saved_at"])


def get(store: Store, transcript_id: int) -> Progress | None:
    row = store.one("SELECT * FROM transcript_progress WHERE transcript_id = ?",
                    (transcript_id,))
    return _progress(row) if row else None


def all_progress(store: Store) -> dict[int, Progress]:
    return {int(r["transcript_id"]): _progress(r)
            for r in store.all("SELECT * FROM transcript_progress")}


def set_progress(store: Store, transcript_id: int, *, passages: int, checked: int,
                 listened: float, position: float, unsaved: int) -> None:
    with store.tx():
        store.execute(
            "INSERT INTO transcript_progress(transcript_id, passages, checked, listened,"
            " position, unsaved, updated_at) VALUES (?,?,?,?,?,?,?)"
            " ON CONFLICT(transcript_id) DO UPDATE SET passages = excluded.passages,"
            " checked = excluded.checked, listened = excluded.listened,"
            " position = excluded.position, unsaved = excluded.unsaved,"
            " updated_at = excluded.updated_at",
            (transcript_id, passages, checked, round(listened, 3), round(position, 3), unsaved,
             now_iso()))


def record_saved(store: Store, transcript_id: int, version_id: int) -> None:
    """A corrected version was saved (inside the caller's transaction)."""
    now = now_iso()
    with store.tx():
        store.execute(
            "INSERT INTO transcript_progress(transcript_id, corrections, last_version, saved_at,"
            " updated_at) VALUES (?,1,?,?,?) ON CONFLICT(transcript_id) DO UPDATE SET"
            " corrections = corrections + 1, last_version = excluded.last_version,"
            " saved_at = excluded.saved_at, unsaved = 0, updated_at = excluded.updated_at",
            (transcript_id, version_id, now, now))


def uncorrected(store: Store, transcript_ids: list[int]) -> list[int]:
    """Those of ``transcript_ids`` the researcher never saved a correction of."""
    done = {int(r["transcript_id"]) for r in store.all(
        "SELECT transcript_id FROM transcript_progress WHERE corrections > 0")}
    return [t for t in transcript_ids if t not in done]
