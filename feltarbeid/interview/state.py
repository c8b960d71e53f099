"""The session state as a pure fold over its events (no I/O, no Textual).

Replaying a journal through ``SessionState.apply`` gives exactly the state the app had,
clock included: the recording clock is anchored to the wall time of the ``recording_start``
event (moved by ``sync`` events), so it keeps running while the app is closed, the way the
recorder does. Time while the app was closed is a gap (``pause``/``resume`` events); it is
not counted as time spent on a theme.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..domain import Event, Guide, Item, Section
from .clock import epoch

Status = Literal["open", "asked", "spontaneous", "skipped"]
STATUS_OF_KIND: dict[str, Status] = {
    "item_asked": "asked", "item_spontaneous": "spontaneous", "item_skipped": "skipped",
    "item_reset": "open",
}
GLYPHS: dict[str, str] = {"open": "·", "asked": "✓", "spontaneous": "◐", "skipped": "✗"}
DOC_STATUSES = ("promised", "received", "refused")


@dataclass
class Note:
    seq: int
    kind: str  # free | observation | bookmark | followup | gap
    text: str
    at: float
    t_rec: float | None
    item_id: str | None = None


@dataclass
class SectionCount:
    section: Section
    asked: int = 0
    spontaneous: int = 0
    skipped: int = 0
    open: int = 0
    must_open: int = 0
    used_seconds: float = 0.0

    @property
    def covered(self) -> int:
        return self.asked + self.spontaneous

    @property
    def total(self) -> int:
        return len(self.section.items)


@dataclass
class SessionState:
    guide: Guide
    session_id: str = ""
    informants: list[str] = field(default_factory=list)
    interviewers: list[str] = field(default_factory=list)
    case: str | None = None
    place: str = ""
    header: dict[str, str] = field(default_factory=dict)
    consents: dict[str, dict[str, Any]] = field(default_factory=dict)
    status: dict[str, Status] = field(default_factory=dict)
    current: str | None = None
    notes: list[Note] = field(default_factory=list)
    attributes: dict[tuple[str, str], Any] = field(default_factory=dict)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    started_at: float | None = None
    ended_at: float | None = None
    last_at: float | None = None
    rec_anchor: float | None = None  # wall time at which the recording clock read 0
    gaps: list[tuple[float, float]] = field(default_factory=list)  # (wall start, seconds)
    used: dict[str, float] = field(default_factory=dict)  # section id -> seconds
    paused: bool = False
    next_seq: int = 1
    n_events: int = 0
    _current_since: float | None = None
    _section_of: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._section_of = {it.id: s.id for s, it in self.guide.items()}
        for _, it in self.guide.items():
            self.status.setdefault(it.id, "open")

    # -- the fold --------------------------------------------------------------------------
    @classmethod
    def replay(cls, guide: Guide, events: list[Event]) -> SessionState:
        st = cls(guide)
        for ev in events:
            st.apply(ev)
        return st

    def apply(self, ev: Event) -> None:
        wall = epoch(ev.at)
        p = ev.payload
        self.next_seq = max(self.next_seq, ev.seq + 1)
        self.n_events += 1
        kind = ev.kind
        if kind == "session_start":
            self.session_id = p.get("session_id", self.session_id)
            self.informants = list(p.get("informants", []))
            self.interviewers = list(p.get("interviewers", []))
            self.case = p.get("case") or None
            self.place = p.get("place", "")
            self.header = dict(p.get("header", {}))
            self.started_at = wall
        elif kind == "consent":
            self.consents[p.get("informant", "")] = {"mode": p.get("mode"), "at": ev.at}
        elif kind == "recording_start":
            self.rec_anchor = wall
        elif kind == "sync":
            self.rec_anchor = wall - float(p["t_rec"])
        elif kind == "item_current":
            self._count_until(wall)
            self.current = ev.item_id
            self._current_since = wall
        elif kind in STATUS_OF_KIND and ev.item_id in self.status:
            self.status[ev.item_id] = STATUS_OF_KIND[kind]
        elif kind in ("note", "bookmark", "followup"):
            note_kind = p.get("kind", "free") if kind == "note" else kind
            self.notes.append(Note(ev.seq, note_kind, p.get("text", ""), wall, ev.t_rec,
                                   ev.item_id))
        elif kind == "attribute":
            self.attributes[(p.get("informant", ""), p.get("name", ""))] = p.get("value")
        elif kind == "document_request":
            doc_id = str(p.get("id", ev.seq))
            self.documents[doc_id] = {"id": doc_id, "text": p.get("text", ""),
                                      "status": p.get("status", "promised"),
                                      "item_id": ev.item_id}
        elif kind == "pause":
            self._count_until(wall)
            self.paused = True
            self._current_since = None
        elif kind == "resume":
            gap = float(p.get("gap_seconds", 0.0))
            if not self.paused:  # a crash: count up to the last event before the gap
                self._count_until(wall - gap)
            self.gaps.append((wall - gap, gap))
            self.notes.append(Note(ev.seq, "gap", "", wall - gap, ev.t_rec, None))
            self.paused = False
            self._current_since = wall if self.current else None
        elif kind == "session_end":
            self._count_until(wall)
            self._current_since = None
            self.ended_at = wall
        self.last_at = wall

    def _count_until(self, wall: float) -> None:
        if self.current and self._current_since is not None:
            sec = self._section_of.get(self.current)
            if sec is not None:
                self.used[sec] = self.used.get(sec, 0.0) + max(0.0, wall - self._current_since)
        self._current_since = wall if self._current_since is not None else None

    # -- questions the UI asks ---------------------------------------------------------------
    @property
    def ended(self) -> bool:
        return self.ended_at is not None

    @property
    def started(self) -> bool:
        return self.started_at is not None

    def t_rec(self, wall: float) -> float | None:
        return None if self.rec_anchor is None else wall - self.rec_anchor

    def used_seconds(self, section_id: str, now: float | None = None) -> float:
        used = self.used.get(section_id, 0.0)
        if (now is not None and self.current and self._current_since is not None
                and self._section_of.get(self.current) == section_id):
            used += max(0.0, now - self._current_since)
        return used

    def elapsed(self, now: float) -> float:
        """Seconds on the session clock: since 'recording started' if marked, else since
        the session started."""
        if self.rec_anchor is not None:
            return (self.ended_at or now) - self.rec_anchor
        return (self.ended_at or now) - (self.started_at or now)

    def counts(self, now: float | None = None) -> list[SectionCount]:
        out = []
        for s in self.guide.sections:
            c = SectionCount(s, used_seconds=self.used_seconds(s.id, now))
            for it in s.items:
                st = self.status[it.id]
                setattr(c, st, getattr(c, st) + 1)
                if it.must_ask and st == "open":
                    c.must_open += 1
            out.append(c)
        return out

    def open_must(self) -> list[tuple[Section, Item]]:
        return [(s, it) for s, it in self.guide.items()
                if it.must_ask and self.status[it.id] == "open"]

    def planned_seconds(self) -> float:
        return sum((s.planned_minutes or 0) * 60 for s in self.guide.sections)

    def time_short(self, now: float) -> bool:
        """The quiet warning: must-ask items are open and the planned time is nearly used
        (less than five minutes, or 10 %, left)."""
        planned = self.planned_seconds()
        if not planned or not self.open_must():
            return False
        left = planned - self.elapsed(now)
        return left < max(300.0, 0.1 * planned)

    def section_id_of(self, item_id: str) -> str | None:
        return self._section_of.get(item_id)

    def next_in_order(self, after: str) -> str | None:
        """Where the cursor goes after ``after`` was asked: the next open item further
        down the guide, else the next item in order; never back up to the top (None at
        the end of the guide)."""
        ids = [it.id for _, it in self.guide.items()]
        if after not in ids:
            return None
        rest = ids[ids.index(after) + 1:]
        return next((i for i in rest if self.status[i] == "open"), rest[0] if rest else None)

    def next_open(self, after: str | None) -> str | None:
        """The first open item after ``after`` in guide order (wrapping round)."""
        ids = [it.id for _, it in self.guide.items()]
        if not ids:
            return None
        start = ids.index(after) + 1 if after in ids else 0
        for i in range(len(ids)):
            cand = ids[(start + i) % len(ids)]
            if self.status[cand] == "open":
                return cand
        return None
