"""A journal file: one event per line (JSON), append-only, fsynced per event.

It is the source of truth for what a terminal app does: the interview app writes
``journal/<session>.jsonl``, the transcript workbench ``journal/workbench/T<id>-….jsonl``.
``Journal.append`` writes the line, flushes and fsyncs before it returns, so an event the
screen shows is on disk. Reading repairs a torn last line (a crash in the middle of a
write): the fragment is cut off, kept beside the journal in ``<name>.torn-<n>`` and noted in
the app's log under ``logs/``; a broken line in the middle is real damage and raises an
error that names the line.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..domain import Event
from ..errors import FeltarbeidError
from ..locale import t

FORMAT_VERSION = 1
WORKBENCH = "workbench"  # the workbench's journals: journal/workbench/T<id>-<session>.jsonl
log = logging.getLogger("feltarbeid.journal")
_WORKBENCH_NAME = re.compile(r"T(\d+)(?=[-.])")


def workbench_journal(journal_dir: Path, transcript_id: int, session_id: str | None) -> Path:
    """``journal/workbench/T3-S001.jsonl``: the transcript id and the session id in the name
    let a withdrawal find it."""
    name = f"T{transcript_id}" + (f"-{session_id}" if session_id else "")
    return journal_dir / WORKBENCH / f"{name}.jsonl"


def workbench_journals(journal_dir: Path, transcript_ids: Iterable[int]) -> list[Path]:
    """Every workbench journal file of these transcripts: the journals, and the torn last
    lines kept beside them (``T3-S001.torn-1``)."""
    ids = {int(i) for i in transcript_ids}
    folder = journal_dir / WORKBENCH
    if not ids or not folder.is_dir():
        return []
    out = []
    for p in sorted(folder.iterdir()):
        m = _WORKBENCH_NAME.match(p.name)
        if m and int(m.group(1)) in ids and (p.is_file() or p.is_symlink()):
            out.append(p)
    return out


def in_use(path: Path) -> bool:
    """Whether a running app holds the journal (``Journal.lock``)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def event_to_json(ev: Event) -> str:
    record: dict[str, Any] = {
        "v": FORMAT_VERSION, "seq": ev.seq, "kind": ev.kind, "at": ev.at, "t_rec": ev.t_rec,
        "item_id": ev.item_id, "payload": ev.payload,
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def event_from_json(line: str) -> Event:
    d = json.loads(line)
    if not isinstance(d, dict) or not {"seq", "kind", "at"} <= set(d):
        raise ValueError("not a journal event")
    return Event(seq=int(d["seq"]), kind=str(d["kind"]), at=str(d["at"]), t_rec=d.get("t_rec"),
                 item_id=d.get("item_id"), payload=dict(d.get("payload") or {}))


class Journal:
    """One journal file, open for appending. Repairs are noted in ``logs/<log_name>``
    of the study the journal lies in."""

    def __init__(self, path: Path, *, log_name: str = "interview.log",
                 busy_message: str = "this session is open in another feltarbeid window",
                 busy_hint: str = "close the other window, then try again") -> None:
        self.path = Path(path)
        self.log_name = log_name
        self.busy_message = busy_message
        self.busy_hint = busy_hint
        self._fh: Any = None

    # -- writing ---------------------------------------------------------------------------
    def _open(self) -> Any:
        if self._fh is None:
            new = not self.path.exists()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            self._fh = os.fdopen(fd, "ab", buffering=0)
            if new:
                _fsync_dir(self.path.parent)
        return self._fh

    def lock(self) -> None:
        """Hold the journal: a second window on the same session or transcript is refused
        (the lock goes with the process, also when it is killed)."""
        fh = self._open()
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks here
            return
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.close()
            raise FeltarbeidError(
                self.busy_message, where=str(self.path), hint=self.busy_hint,
            ) from None

    def append(self, ev: Event) -> None:
        """Append one event durably: write, flush, fsync (and fsync the folder on create)."""
        self._open()
        data = (event_to_json(ev) + "\n").encode("utf-8")
        self._fh.write(data)
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    # -- reading ---------------------------------------------------------------------------
    def read(self, *, repair: bool = True) -> list[Event]:
        """All events, oldest first. A torn last line is repaired (``repair=True``) or
        skipped (``repair=False``, read-only use such as ``session show``)."""
        if not self.path.exists():
            return []
        raw = self.path.read_bytes()
        good_end, events, problem = _parse(raw, self.path)
        if problem is not None and repair:
            self._repair(raw, good_end, problem)
        return events

    def _repair(self, raw: bytes, good_end: int, problem: str) -> None:
        fragment = raw[good_end:]
        n = 1
        while (keep := self.path.with_name(f"{self.path.stem}.torn-{n}")).exists():
            n += 1
        keep.write_bytes(fragment)
        with open(self.path, "r+b") as fh:
            fh.truncate(good_end)
            fh.flush()
            os.fsync(fh.fileno())
        _fsync_dir(self.path.parent)
        message = (f"journal {self.path.name}: repaired a torn last line ({problem}, "
                   f"{len(fragment)} bytes cut at byte {good_end}, kept in {keep.name})")
        log.warning(message)
        note(self.path, message, self.log_name)


def _parse(raw: bytes, path: Path) -> tuple[int, list[Event], str | None]:
    """(length of the intact part, its events, what is wrong with the tail or None)."""
    events: list[Event] = []
    pos = 0
    lineno = 0
    while pos < len(raw):
        nl = raw.find(b"\n", pos)
        lineno += 1
        if nl == -1:  # no newline: the write was torn
            tail = raw[pos:]
            what = "only zero bytes" if not tail.strip(b"\0") else "no line end"
            return pos, events, what
        line = raw[pos:nl]
        try:
            ev = event_from_json(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, TypeError, KeyError) as exc:
            if raw[nl + 1:].strip(b"\0\n \t") == b"":
                return pos, events, f"unreadable last line ({type(exc).__name__})"
            raise FeltarbeidError(t("safety.journal_damaged_line", n=lineno), where=str(path),
                                  hint=t("safety.journal_damaged_line_hint")) from None
        if events and ev.seq <= events[-1].seq:
            raise FeltarbeidError(
                t("safety.journal_bad_order", n=lineno, seq=ev.seq, previous=events[-1].seq),
                where=str(path), hint=t("safety.journal_bad_order_hint"))
        events.append(ev)
        pos = nl + 1
    return pos, events, None


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def note(journal_path: Path, message: str, log_name: str = "interview.log") -> None:
    """A line in the study's ``logs/<log_name>`` (file names and counts only). The study
    folder is the one above ``journal/``."""
    from ..timeutil import now_iso

    folder = journal_path.parent
    while folder.name != "journal" and folder.parent != folder:
        folder = folder.parent
    logs = folder.parent / "logs"
    try:
        logs.mkdir(exist_ok=True)
        with open(logs / log_name, "a", encoding="utf-8") as fh:
            fh.write(f"{now_iso()} {message}\n")
    except OSError:
        pass
