"""Read side: sessions and their timelines for ``session list`` / ``session show``.

The journal is the source of truth; the store is its mirror. A session shows its journal
when it has one (read-only: a torn tail is skipped, not repaired) and the store otherwise.
"""

from __future__ import annotations

from typing import Any

from ..domain import EVENT_KINDS, Event, Session
from ..errors import FeltarbeidError
from ..locale import attribute_text, t
from ..store import sessions as store_sessions
from ..timeutil import format_clock
from .clock import epoch
from .journal import Journal, journal_path
from .recorder import scan_journals


def _journal_events(study: Any, session_id: str) -> list[Event] | None:
    j = Journal(journal_path(study.journal_dir, session_id))
    if not j.path.exists():
        return None
    return j.read(repair=False)


def _duration(events: list[Event]) -> str:
    if not events:
        return "—"
    rec = [e.t_rec for e in events if e.t_rec is not None]
    if rec:
        return format_clock(max(rec))
    return format_clock(epoch(events[-1].at) - epoch(events[0].at))


def _status(events: list[Event], fallback: str) -> str:
    if any(e.kind == "session_end" for e in events):
        return "finished"
    return "running" if events else fallback


def session_rows(study: Any) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for s in store_sessions.list_sessions(study.store):
        evs = _journal_events(study, s.id)
        if evs is None:
            evs = store_sessions.events(study.store, s.id)
        rows[s.id] = _row(s, evs)
    for js in scan_journals(study):  # journals whose mirror is missing
        if js.session_id not in rows:
            evs = _journal_events(study, js.session_id) or []
            p = evs[0].payload if evs else {}
            s = Session(id=js.session_id, guide_hash=js.guide_hash, case_code=p.get("case"),
                        informants=js.informants, interviewers=list(p.get("interviewers", [])),
                        started_at=evs[0].at if evs else None)
            rows[js.session_id] = _row(s, evs)
    return [rows[k] for k in sorted(rows)]


def _row(s: Session, evs: list[Event]) -> dict[str, Any]:
    return {
        "id": s.id, "status": _status(evs, s.status), "informants": s.informants,
        "interviewers": s.interviewers, "started": (s.started_at or "")[:16].replace("T", " "),
        "duration": _duration(evs), "events": len(evs), "guide_hash": s.guide_hash or "",
    }


def session_detail(study: Any, session_id: str) -> dict[str, Any]:
    s = store_sessions.get_session(study.store, session_id)
    evs = _journal_events(study, session_id)
    source = "journal"
    if evs is None:
        if s is None:
            raise FeltarbeidError(t("interview.no_session", session=session_id),
                                  hint=t("interview.no_session_hint"))
        evs, source = s.events, "store"
    if s is None:
        p = evs[0].payload if evs else {}
        s = Session(id=session_id, guide_hash=p.get("guide_hash"), case_code=p.get("case"),
                    place=p.get("place", ""), header_values=p.get("header", {}),
                    informants=list(p.get("informants", [])),
                    interviewers=list(p.get("interviewers", [])),
                    started_at=evs[0].at if evs else None)
    return {
        "id": s.id, "status": _status(evs, s.status), "informants": s.informants,
        "interviewers": s.interviewers, "case": s.case_code or "", "place": s.place,
        "header": s.header_values, "guide_hash": s.guide_hash or "",
        "started": (s.started_at or "")[:19].replace("T", " "), "duration": _duration(evs),
        "source": source,
        "events": [{
            "seq": e.seq, "at": e.at, "wall": e.at[11:19], "t_rec": e.t_rec,
            "clock": clock_tenths(e.t_rec), "kind": e.kind, "item_id": e.item_id,
            "payload": e.payload, "details": _details(e),
        } for e in evs],
    }


def clock_tenths(seconds: float | None) -> str:
    """Recording time as m:ss.d (h:mm:ss.d past an hour), to line up with the audio."""
    if seconds is None:
        return "—"
    tenths = int(round(abs(seconds) * 10))
    whole, d = divmod(tenths, 10)
    return f"{'-' if seconds < 0 else ''}{format_clock(whole)}.{d}"


def _details(e: Event) -> str:
    """The event's payload as a short line in the user's language (codes, no names beyond
    what the interviewer typed)."""
    p = e.payload
    if e.kind == "session_start":
        return t("interview.detail_informants", codes=", ".join(p.get("informants", [])))
    if e.kind == "consent":
        mode = p.get("mode")
        return f"{p.get('informant')}: {t(f'core.value_{mode}') if mode in _CONSENT else mode}"
    if e.kind in ("note", "bookmark", "followup"):
        kind = p.get("kind")
        prefix = f"[{t(_NOTE_KINDS[kind])}] " if kind in _NOTE_KINDS else (
            f"[{kind}] " if kind else "")
        return prefix + str(p.get("text", ""))
    if e.kind == "attribute":
        return f"{p.get('informant')}: {p.get('name')} = {attribute_text(p.get('value'))}"
    if e.kind == "document_request":
        status = p.get("status")
        shown = t(f"interview.doc_{status}") if status in _DOC_STATUS else status
        return f"{p.get('id')} {shown}: {p.get('text')}"
    if e.kind == "sync":
        return t("interview.detail_sync", clock=format_clock(p.get("t_rec")))
    if e.kind == "resume":
        return t("interview.detail_resume", gap=format_clock(p.get("gap_seconds")))
    return ""


def event_kind_text(kind: str) -> str:
    """An event kind as people read it (the stored kind if it is not a known one)."""
    return t(f"interview.event_{kind}") if kind in EVENT_KINDS else kind


_CONSENT = ("written", "oral", "none", "withdrawn")
_NOTE_KINDS = {"free": "interview.key_note", "observation": "interview.key_observation"}
_DOC_STATUS = ("promised", "received", "refused")
