"""The one path every session event takes: journal (fsync) → store mirror → state.

The UI and ``scripted.record_session`` both call the operations here (``ask``, ``mark``,
``note``, ...), so a session made without a screen is the same as one made with it.
Order matters for crash safety: an event is on disk before the store or the screen sees
it. The store is a mirror: if writing it fails, the event stays in the journal, the
failure is logged and the mirror catches up with the next event or on resume.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import EVENT_KINDS, Event, Guide, Session
from ..errors import FeltarbeidError
from ..locale import choices, t
from ..store import sessions as store_sessions
from ..store.registers import get_informant, set_informant_attribute, update_informant
from .clock import Clock, epoch, iso
from .journal import Journal, journal_ids, journal_path, note
from .live import LiveFile, live_path
from .state import DOC_STATUSES, SessionState

log = logging.getLogger("feltarbeid.interview")


@dataclass
class SessionSetup:
    """What the before-interview screen collects."""

    informants: list[str]
    interviewers: list[str] = field(default_factory=list)
    case: str | None = None
    place: str = ""
    header: dict[str, str] = field(default_factory=dict)
    consents: dict[str, str] = field(default_factory=dict)  # code -> written|oral
    consent_at: dict[str, str] = field(default_factory=dict)  # code -> ISO time given


class SessionRecorder:
    """A running (or resumed) session: records events and keeps the state."""

    def __init__(self, study: Any, guide: Guide, session_id: str, *,
                 clock: Clock | None = None, events: list[Event] | None = None) -> None:
        self.study = study
        self.guide = guide
        self.session_id = session_id
        self.clock = clock or Clock()
        self.journal = Journal(journal_path(study.journal_dir, session_id))
        self.live = LiveFile(live_path(study.journal_dir, session_id))
        self.state = SessionState.replay(guide, events or [])
        self._mirrored_seq = 0
        self.mirror_error: str | None = None

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def start(cls, study: Any, guide: Guide, setup: SessionSetup, *,
              clock: Clock | None = None, session_id: str | None = None) -> SessionRecorder:
        if not setup.informants:
            raise FeltarbeidError(t("interview.needs_informant"),
                                  hint=t("interview.needs_informant_hint"))
        from ..store.registers import require_case, require_informant
        from .guides import ensure_stored

        for code in setup.informants:
            require_informant(study.store, code)
        case = setup.case or case_of_informants(study, setup.informants)
        if case:
            require_case(study.store, case)
        missing = [c for c in setup.informants if c not in setup.consents
                   and not _register_consent(study, c)]
        if missing:
            raise FeltarbeidError(t("interview.no_consent", codes=", ".join(missing)),
                                  hint=t("interview.no_consent_hint"))
        ensure_stored(study.store, guide)  # sessions refer to their guide version by hash
        sid = session_id or new_session_id(study)
        rec = cls(study, guide, sid, clock=clock)
        if rec.journal.path.exists():
            raise FeltarbeidError(t("interview.journal_exists", id=sid),
                                  where=str(rec.journal.path))
        rec.journal.lock()
        rec.record("session_start", payload={
            "session_id": sid, "guide_hash": guide.content_hash, "guide_id": guide.id,
            "guide_path": guide.source_path, "informants": list(setup.informants),
            "interviewers": list(setup.interviewers), "case": case or None,
            "place": setup.place, "header": dict(setup.header),
        })
        for code in setup.informants:
            mode = setup.consents.get(code)
            if mode:
                rec.record("consent", payload={"informant": code, "mode": mode,
                                               "given_at": setup.consent_at.get(code)})
        return rec

    @classmethod
    def resume(cls, study: Any, guide: Guide, session_id: str, *,
               clock: Clock | None = None) -> SessionRecorder:
        """Replay the journal (repairing a torn last line), rebuild the store mirror from
        it, and mark the time while the app was closed as a gap."""
        journal = Journal(journal_path(study.journal_dir, session_id))
        if not journal.path.exists():
            raise FeltarbeidError(t("interview.journal_missing", id=session_id),
                                  where=str(journal.path),
                                  hint=t("interview.journal_missing_hint"))
        journal.lock()
        events = journal.read(repair=True)
        if not events:
            journal.close()
            raise FeltarbeidError(t("interview.journal_empty", id=session_id),
                                  where=str(journal.path))
        rec = cls(study, guide, session_id, clock=clock, events=events)
        rec.journal = journal
        # what the mirror holds was written with its side effects in one transaction: only
        # the events after it are mirrored again (all of them if the store lost them)
        rec._mirrored_seq = min(store_sessions.last_seq(study.store, session_id),
                                events[-1].seq)
        rec._mirror(events)
        rec.live.load()
        if not rec.state.ended:
            now = rec.clock.now()
            # the app was alive until its last heartbeat, if that came after the last event
            last = max(rec.state.last_at or now, rec.live.heartbeat or 0.0)
            rec.record("resume", payload={"gap_seconds": round(max(0.0, now - last), 3),
                                          "after": "pause" if rec.state.paused else "crash"})
        return rec

    # -- the one write path --------------------------------------------------------------------
    def record(self, kind: str, item_id: str | None = None, payload: dict[str, Any] | None = None,
               *, wall: float | None = None, t_rec: float | None = None) -> Event:
        if kind not in EVENT_KINDS:
            raise ValueError(f"unknown event kind {kind!r}")
        if self.state.ended and kind != "session_end":
            raise FeltarbeidError(t("interview.session_ended", id=self.session_id),
                                  hint=t("interview.session_ended_hint"))
        # wall times are kept to the millisecond (as written in the journal), so a replayed
        # journal gives exactly the same recording times
        now = round(self.clock.now() if wall is None else wall, 3)
        if self.state.last_at is not None and now < self.state.last_at:
            now = self.state.last_at  # never before the previous event
        if t_rec is None and kind != "sync":
            t_rec = 0.0 if kind == "recording_start" else self.state.t_rec(now)
        ev = Event(seq=self.state.next_seq, kind=kind, at=iso(now),
                   t_rec=None if t_rec is None else round(t_rec, 3), item_id=item_id,
                   payload=dict(payload or {}))
        self.journal.append(ev)  # durable first
        self._mirror([ev])
        self.state.apply(ev)
        return ev

    def close(self) -> None:
        self.journal.close()

    # -- the live file: heartbeat, draft, summary (see live.py) ---------------------------------
    def beat(self) -> None:
        """The app is alive now (the interview screen calls this every second)."""
        if not self.state.ended:
            self.live.beat(self.clock.now())

    @property
    def draft(self) -> dict[str, Any] | None:
        """The text a dialog held when the app died: kind, text, item_id, opened."""
        return self.live.draft

    def set_draft(self, kind: str, text: str, *, item_id: str | None, opened: float) -> None:
        self.live.set_draft(kind, text, item_id=item_id, opened=opened)

    def clear_draft(self) -> None:
        self.live.clear_draft()

    def summary_closed(self) -> None:
        """The summary of an ended session was closed: the next run starts a new session."""
        if self.state.ended:
            self.live.remove()

    # -- operations (the UI's verbs) ---------------------------------------------------------
    def goto(self, item_id: str) -> Event | None:
        self._item(item_id)
        return None if self.state.current == item_id else self.record("item_current", item_id)

    def ask(self, item_id: str) -> Event:
        """The interviewer asks this item now: it becomes current and is marked asked."""
        self.goto(item_id)
        return self.record("item_asked", item_id)

    def mark(self, item_id: str, status: str) -> Event:
        kind = {"asked": "item_asked", "spontaneous": "item_spontaneous",
                "skipped": "item_skipped", "open": "item_reset"}[status]
        self._item(item_id)
        return self.record(kind, item_id)

    def mark_recording_start(self) -> Event:
        return self.record("recording_start")

    def sync(self, recorder_seconds: float, *, wall: float | None = None) -> Event:
        return self.record("sync", payload={"t_rec": float(recorder_seconds)}, wall=wall,
                           t_rec=float(recorder_seconds))

    def note(self, text: str, kind: str = "free", *, wall: float | None = None) -> Event:
        return self.record("note", self.state.current, {"kind": kind, "text": text}, wall=wall)

    def bookmark(self, text: str = "") -> Event:
        return self.record("bookmark", self.state.current, {"text": text} if text else {})

    def followup(self, text: str, item_id: str | None = None, *,
                 wall: float | None = None) -> Event:
        target = item_id or self.state.current
        if target is None:
            raise FeltarbeidError(t("interview.followup_needs_item"))
        return self.record("followup", target, {"text": text}, wall=wall)

    def answer(self, item_id: str, informant: str, value: Any) -> Event:
        item = self._item(item_id)
        if item.attribute is None:
            raise FeltarbeidError(t("interview.item_no_attribute", item=item_id))
        if informant not in self.state.informants:
            raise FeltarbeidError(t("interview.not_participant", code=informant))
        attr = item.attribute
        if attr.type == "choice" and attr.choices and value not in attr.choices:
            raise FeltarbeidError(t("interview.bad_answer", value=value,
                                    choices=choices(attr.choices)))
        return self.record("attribute", item_id, {
            "informant": informant, "name": attr.name, "value": value,
            "anonymisation": bool(attr.anonymisation),
        })

    def document(self, text: str, status: str = "promised", doc_id: str | None = None,
                 item_id: str | None = None) -> Event:
        if status not in DOC_STATUSES:
            raise FeltarbeidError(t("interview.bad_document_status", status=status,
                                    choices=choices(DOC_STATUSES)))
        doc_id = doc_id or f"D{len(self.state.documents) + 1}"
        return self.record("document_request", item_id or self.state.current,
                           {"id": doc_id, "text": text, "status": status})

    def pause(self) -> Event | None:
        if self.state.ended or self.state.paused:
            return None
        return self.record("pause")

    def end(self, *, summary: bool = False) -> Event:
        """End the session. ``summary=True`` (the app): until the summary is closed, the
        same command opens it again after a crash (marked before the event, so no crash
        can fall between them)."""
        if summary:
            self.live.set_summary_open()
        return self.record("session_end")

    def _item(self, item_id: str) -> Any:
        item = self.guide.item(item_id)
        if item is None:
            raise FeltarbeidError(t("interview.no_item", item=item_id, guide=self.guide.id))
        return item

    # -- the store mirror -----------------------------------------------------------------------
    def _mirror(self, events: list[Event]) -> None:
        store = self.study.store
        pending = [e for e in events if e.seq > self._mirrored_seq]
        if self.mirror_error is not None:  # catch up with what failed before
            pending = [e for e in self.journal.read(repair=False) if e.seq > self._mirrored_seq]
        try:
            with store.tx():
                for ev in pending:
                    self._mirror_one(store, ev)
                store_sessions.upsert_events(store, self.session_id, pending)
        except (sqlite3.Error, FeltarbeidError) as exc:
            self.mirror_error = str(exc)
            log.warning("session %s: store mirror failed: %s", self.session_id, exc)
            note(self.journal.path, f"session {self.session_id}: store mirror failed "
                                     f"({type(exc).__name__}); the journal has every event")
            return
        self.mirror_error = None
        if pending:
            self._mirrored_seq = max(self._mirrored_seq, pending[-1].seq)

    def _mirror_one(self, store: Any, ev: Event) -> None:
        p = ev.payload
        if ev.kind == "session_start":
            existing = store_sessions.get_session(store, self.session_id, with_events=False)
            fields = {"guide_hash": p.get("guide_hash") or None, "case_code": p.get("case"),
                      "place": p.get("place", ""), "header_values": p.get("header", {})}
            if existing is None:
                store_sessions.create_session(store, Session(
                    id=self.session_id, status="running", started_at=ev.at,
                    informants=list(p.get("informants", [])),
                    interviewers=list(p.get("interviewers", [])), **fields))
            else:
                store_sessions.set_participants(store, self.session_id,
                                                list(p.get("informants", [])),
                                                list(p.get("interviewers", [])))
        elif ev.kind == "consent":
            inf = get_informant(store, p.get("informant", ""))
            if inf is not None and inf.consent != "withdrawn" and (
                    inf.consent != p.get("mode") or not inf.consent_at):
                update_informant(store, inf.code, consent=p.get("mode"),
                                 consent_at=p.get("given_at") or ev.at,
                                 audit_action="informant.consent")
        elif ev.kind == "attribute":
            code, name, value = p.get("informant", ""), p.get("name", ""), p.get("value")
            inf = get_informant(store, code)
            if inf is None:
                return
            if inf.attributes.get(name) != value:
                set_informant_attribute(store, code, name, value)
            if p.get("anonymisation"):
                wish = _wish(value)
                if inf.anonymise_wish != wish:
                    update_informant(store, code, anonymise_wish=wish)
        elif ev.kind == "session_end":
            store_sessions.update_session(store, self.session_id, status="finished",
                                          ended_at=ev.at)
        elif ev.kind == "resume":
            row = store_sessions.get_session(store, self.session_id, with_events=False)
            if row is not None and row.status != "running":
                store_sessions.update_session(store, self.session_id, status="running")


def _wish(value: Any) -> str:
    text = str(value).strip().lower()
    if text in ("yes", "ja", "true", "1", "y", "j"):
        return "yes"
    if text in ("no", "nei", "false", "0", "n"):
        return "no"
    return "unknown"


def case_of_informants(study: Any, codes: list[str]) -> str | None:
    """The case the informants' records name, when they name one and the same case."""
    cases = {inf.case_code for c in codes if (inf := get_informant(study.store, c)) is not None
             and inf.case_code}
    return cases.pop() if len(cases) == 1 else None


def _register_consent(study: Any, code: str) -> bool:
    inf = get_informant(study.store, code)
    return bool(inf and inf.has_consent)


def new_session_id(study: Any) -> str:
    """The next free S001, S002, ... that has neither a store row nor a journal."""
    taken = set(journal_ids(study.journal_dir))
    sid = store_sessions.next_session_id(study.store)
    n = int(sid[1:])
    while sid in taken or store_sessions.get_session(study.store, sid,
                                                     with_events=False) is not None:
        n += 1
        sid = f"S{n:03d}"
    return sid


# ------------------------------------------------------------------------------ finding sessions


@dataclass
class JournalSummary:
    session_id: str
    path: Path
    informants: list[str]
    guide_hash: str
    guide_path: str
    ended: bool
    last_at: float
    summary_open: bool = False  # ended in the app, its summary not closed yet


def scan_journals(study: Any) -> list[JournalSummary]:
    """Every session journal in the study (read-only; torn tails skipped), newest last."""
    out = []
    for sid in journal_ids(study.journal_dir):
        j = Journal(journal_path(study.journal_dir, sid))
        try:
            events = j.read(repair=False)
        except FeltarbeidError:
            continue
        if not events or events[0].kind != "session_start":
            continue
        p = events[0].payload
        out.append(JournalSummary(
            session_id=sid, path=j.path, informants=list(p.get("informants", [])),
            guide_hash=p.get("guide_hash", ""), guide_path=p.get("guide_path", ""),
            ended=any(e.kind == "session_end" for e in events), last_at=epoch(events[-1].at),
            summary_open=LiveFile(live_path(study.journal_dir, sid)).load().get(
                "summary_open") is True))
    return sorted(out, key=lambda s: s.last_at)


def unfinished_session(study: Any, informants: list[str] | None = None, *,
                       with_open_summary: bool = False) -> JournalSummary | None:
    """The most recent unfinished session (with these informants, if given).
    ``with_open_summary``: also a session ended in the app whose summary was never closed
    (the app died on it), so that the same command shows that summary again."""
    cands = [s for s in scan_journals(study)
             if (not s.ended or (with_open_summary and s.summary_open))
             and (not informants or set(informants) <= set(s.informants))]
    return cands[-1] if cands else None
