"""The live file of a running session: ``journal/<session>.live``, rewritten, not appended.

The journal (``<session>.jsonl``) holds events and only grows. Three things change too
often, or are too provisional, to be events, and live here instead, in one small JSON
file that is replaced as a whole (temporary file + rename: a reader sees the old content
or the new, never half):

- ``heartbeat``: the wall time at which the app was last alive (written every second by
  the interview screen). On resume the gap is measured from it, not from the last event,
  so a crash after a long quiet stretch is not counted as a long gap.
- ``draft``: the text being typed in a note, observation or follow-up dialog, with the
  dialog's kind, item and the time it was opened. Restored into the dialog on resume.
- ``summary_open``: the interview was ended in the app and its summary not closed yet; the
  same command opens the summary again after a crash instead of a new session.

What a crash can cost (the exact guarantee):

- the process dies (crash, ``kill -9``, the terminal closed): nothing. Every change of the
  draft is in the file before the next key is handled (no fsync is needed for this: the
  operating system keeps what a dead process wrote);
- the machine dies (power cut, kernel crash): at most the last second of typing in an
  open dialog, and the gap may read up to ``SYNC_EVERY`` seconds long. The draft is
  fsynced by the next heartbeat (within a second) and whenever it is cleared; the
  heartbeat alone every ``SYNC_EVERY`` seconds.

Size and cost: the file stays under a few kilobytes for any interview length (it holds
one heartbeat and at most one draft); a heartbeat is one small write and rename a second
(tens of microseconds) and a sync of the file and its folder every ``SYNC_EVERY`` seconds,
so a two-hour interview adds nothing to the journal and about 720 syncs (1,450 fsync
calls) in all — the journal itself fsyncs once per event.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from ..files import write_atomic
from ..tui.journal import _fsync_dir

SYNC_EVERY = 10.0  # seconds between fsyncs of a heartbeat when nothing else changed
DRAFT_KINDS = ("free", "observation", "followup")


def live_path(journal_dir: Path, session_id: str) -> Path:
    return Path(journal_dir) / f"{session_id}.live"


class LiveFile:
    """Read once when a session is opened; every change rewrites the whole file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.data: dict[str, Any] = {}
        self._unsynced = False  # something written is not fsynced yet
        self._draft_unsynced = False  # ... and that something is a change of the draft
        self._last_sync = 0.0

    # -- reading ---------------------------------------------------------------------------
    def load(self) -> dict[str, Any]:
        """What the file holds; an unreadable file counts as empty (it only ever holds
        what the journal does not need: the gap falls back to the last event)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        self.data = data if isinstance(data, dict) else {}
        return self.data

    @property
    def heartbeat(self) -> float | None:
        value = self.data.get("heartbeat")
        return float(value) if isinstance(value, int | float) else None

    @property
    def draft(self) -> dict[str, Any] | None:
        d = self.data.get("draft")
        if not isinstance(d, dict) or d.get("kind") not in DRAFT_KINDS \
                or not isinstance(d.get("text"), str):
            return None
        return d

    @property
    def summary_open(self) -> bool:
        return self.data.get("summary_open") is True

    # -- writing ---------------------------------------------------------------------------
    def _write(self, *, sync: bool) -> None:
        body = json.dumps(self.data, ensure_ascii=False, separators=(",", ":"))
        new = not self.path.exists()
        write_atomic(self.path, body + "\n", fsync=False)
        self._unsynced = True
        if sync or new:
            self.sync()

    def sync(self) -> None:
        """fsync the file and its folder (the rename) if anything is not on disk yet."""
        if not self._unsynced:
            return
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        _fsync_dir(self.path.parent)
        self._unsynced = self._draft_unsynced = False
        self._last_sync = time.monotonic()

    def beat(self, wall: float) -> None:
        """The app is alive at ``wall``: written at once, fsynced when a draft waits for it
        or ``SYNC_EVERY`` seconds have passed."""
        self.data["heartbeat"] = round(wall, 3)
        self._write(sync=self._draft_unsynced
                    or time.monotonic() - self._last_sync >= SYNC_EVERY)

    def set_draft(self, kind: str, text: str, *, item_id: str | None, opened: float) -> None:
        """The dialog's text changed: written before the next key (fsynced by the next
        heartbeat)."""
        self.data["draft"] = {"kind": kind, "text": text, "item_id": item_id,
                              "opened": round(opened, 3)}
        self._draft_unsynced = True
        self._write(sync=False)

    def clear_draft(self) -> None:
        """The dialog was saved or cancelled: fsynced at once, so a saved note is never
        offered again as a draft."""
        if "draft" in self.data:
            del self.data["draft"]
            self._write(sync=True)

    def set_summary_open(self) -> None:
        self.data.pop("draft", None)
        self.data["summary_open"] = True
        self._write(sync=True)

    def remove(self) -> None:
        """The session is over and its summary was closed: nothing live is left."""
        self.data = {}
        self._unsynced = self._draft_unsynced = False
        try:
            self.path.unlink()
        except FileNotFoundError:
            return
        _fsync_dir(self.path.parent)
