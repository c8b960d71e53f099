"""Read side: sessions and their timelines for ``session list`` / ``session show``.

The journal is the source of truth; the store is its mirror. A session shows its journal
when it has one (read-only: a torn tail is skipped, not repaired) and the store otherwise.
"""

from __future__ import annotations

from typing import Any

from ..domain import Event, Session
from ..errors import FeltarbeidError
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
            raise FeltarbeidError(f"no session {session_id}",
                                  hint="see 'feltarbeid session list'")
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
    p = e.payload
    if e.kind == "session_start":
        return "informants " + ", ".join(p.get("informants", []))
    if e.kind == "consent":
        return f"{p.get('informant')}: {p.get('mode')}"
    if e.kind in ("note", "bookmark", "followup"):
        prefix = f"[{p['kind']}] " if "kind" in p else ""
        return prefix + str(p.get("text", ""))
    if e.kind == "attribute":
        return f"{p.get('informant')}: {p.get('name')} = {p.get('value')}"
    if e.kind == "document_request":
        return f"{p.get('id')} {p.get('status')}: {p.get('text')}"
    if e.kind == "sync":
        return f"recorder {format_clock(p.get('t_rec'))}"
    if e.kind == "resume":
        return f"gap {format_clock(p.get('gap_seconds'))} ({p.get('after', '')})"
    return ""
