"""Finished sessions without a screen, through the same recorder as the app (demo, tests).

``record_session`` plays a timeline of ``(t_rec_seconds, kind, item_id, payload)`` on a
fake clock: the session opens ``lead_in`` seconds before the recording starts, every
entry happens at recording time ``t_rec`` and the session ends ``tail`` seconds after the
last one. ``timeline_from_sample`` turns ``sample_audio/timeline.json`` into such a list,
so the demo session's ``item_asked`` times match the sample recording.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .. import locale
from ..domain import Guide
from ..errors import FeltarbeidError
from .clock import FakeClock
from .guides import ensure_stored
from .recorder import SessionRecorder, SessionSetup

TimelineEntry = tuple[float, str, "str | None", "dict[str, Any] | None"]


def record_session(
    study: Any,
    guide: Guide | None = None,
    *,
    informants: Sequence[str],
    interviewers: Sequence[str] = (),
    header: dict[str, str] | None = None,
    timeline: Iterable[Sequence[Any]],
    case: str | None = None,
    place: str = "",
    consent: str = "written",
    started_at: float | None = None,
    lead_in: float = 30.0,
    tail: float = 5.0,
    session_id: str | None = None,
) -> str:
    """Build a FINISHED session from a timeline; returns its id.

    ``guide`` defaults to the study's guide. Informants must exist in the register;
    those without consent get ``consent`` (written|oral) recorded at the start.
    Timeline kinds: any event kind; ``item_asked`` goes through ``ask`` (the item becomes
    current first, as in the app), ``note`` takes payload ``{'kind', 'text'}``,
    ``attribute`` takes ``{'informant', 'value'}``, ``document_request`` takes
    ``{'text', 'status', 'id'?}``, ``sync`` takes ``{'t_rec'}``."""
    from ..store.registers import require_informant

    if guide is None:
        from .guides import guide_for_new_session

        guide = guide_for_new_session(study)
    ensure_stored(study.store, guide)
    entries = sorted((_entry(e) for e in timeline), key=lambda e: e[0])
    for code in informants:
        require_informant(study.store, code)
    start = started_at if started_at is not None else time.time() - lead_in - (
        entries[-1][0] if entries else 0.0) - tail
    clock = FakeClock(start)
    setup = SessionSetup(informants=list(informants), interviewers=list(interviewers),
                         case=case, place=place, header=dict(header or {}),
                         consents={c: consent for c in informants})
    rec = SessionRecorder.start(study, guide, setup, clock=clock, session_id=session_id)
    try:
        clock.set(start + lead_in)
        rec.mark_recording_start()
        anchor = rec.state.rec_anchor or clock.now()
        last = 0.0
        for t_rec, kind, item_id, payload in entries:
            clock.set(anchor + t_rec)
            _play(rec, kind, item_id, payload or {}, t_rec)
            last = t_rec
        if not rec.state.ended:
            clock.set(anchor + last + tail)
            rec.end()
    finally:
        rec.close()
    return rec.session_id


def _entry(raw: Sequence[Any]) -> TimelineEntry:
    if len(raw) < 2:
        raise FeltarbeidError(locale.t("interview.timeline_entry_short", entry=repr(raw)))
    t, kind, *rest = raw
    item_id = rest[0] if rest else None
    payload = rest[1] if len(rest) > 1 else None
    return float(t), str(kind), item_id, payload


def _play(rec: SessionRecorder, kind: str, item_id: str | None, p: dict[str, Any],
          t_rec: float) -> None:
    if kind == "item_asked":
        rec.ask(str(item_id))
    elif kind in ("item_spontaneous", "item_skipped", "item_reset"):
        rec.mark(str(item_id), {"item_spontaneous": "spontaneous", "item_skipped": "skipped",
                                "item_reset": "open"}[kind])
    elif kind == "item_current":
        rec.goto(str(item_id))
    elif kind == "note":
        rec.note(p.get("text", ""), p.get("kind", "free"))
    elif kind == "bookmark":
        rec.bookmark(p.get("text", ""))
    elif kind == "followup":
        rec.followup(p.get("text", ""), item_id)
    elif kind == "attribute":
        informant = p.get("informant") or rec.state.informants[0]
        rec.answer(str(item_id), informant, p.get("value"))
    elif kind == "document_request":
        rec.document(p.get("text", ""), p.get("status", "promised"), p.get("id"), item_id)
    elif kind == "sync":
        rec.sync(float(p.get("t_rec", t_rec)))
    elif kind == "session_end":
        rec.end()
    else:
        rec.record(kind, item_id, p)


def timeline_from_sample(path: Path | str) -> list[TimelineEntry]:
    """``sample_audio/timeline.json`` → timeline: each question is asked at its
    ``t_start``; the session ends when the last turn ends."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FeltarbeidError(locale.t("interview.timeline_unreadable", error=exc),
                              where=str(path)) from None
    questions = data.get("questions", []) if isinstance(data, dict) else data
    out: list[TimelineEntry] = [(float(q["t_start"]), "item_asked", str(q["item_id"]), None)
                                for q in questions]
    ends = [float(t["end"]) for t in data.get("turns", [])] if isinstance(data, dict) else []
    if ends:
        out.append((max(ends), "session_end", None, None))
    return out


def demo_session(study: Any, sample_dir: Path | str, *, informant: str = "IP01",
                 interviewer: str = "KL", case: str | None = None,
                 header: dict[str, str] | None = None, guide: Guide | None = None) -> str:
    """The demo study's finished session, timed like ``sample_dir/timeline.json``.

    The guide is ``guide``, else the study's guide, else the file ``timeline.json`` names
    (relative to the repository). Besides asking the questions at their times it answers
    the attribute items the sample asks (anonymity: yes, employer: municipality), adds
    an observation note and a bookmark, and records the documents the guide asks for as
    promised, as an interviewer would. ``informant`` must be in the register."""
    from .guides import guide_for_new_session

    sample = Path(sample_dir)
    try:
        data = json.loads((sample / "timeline.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FeltarbeidError(locale.t("interview.timeline_unreadable", error=exc),
                              where=str(sample / "timeline.json")) from None
    if guide is None:
        guide_path = None
        if study.settings.guide_path() is None:
            guide_file = data.get("guide")
            for base in (sample.parent, sample):
                if guide_file and (base / guide_file).is_file():
                    guide_path = base / guide_file
                    break
        guide = guide_for_new_session(study, guide_path)
    timeline = timeline_from_sample(sample / "timeline.json")
    asked = {e[2]: e[0] for e in timeline if e[1] == "item_asked"}
    extra: list[TimelineEntry] = []
    answers = {"anonymity": "yes", "employer": "municipality"}
    for item_id, value in answers.items():
        item = guide.item(item_id)
        if item_id in asked and item is not None and item.attribute is not None:
            extra.append((asked[item_id] + 6.0, "attribute", item_id,
                          {"informant": informant, "value": value}))
    ids = list(asked)
    if len(ids) > 3:
        extra.append((asked[ids[3]] + 8.0, "note", None,
                      {"kind": "observation", "text": "Informant shows the office floor plan"}))
        extra.append((asked[ids[3]] + 10.0, "bookmark", None, {"text": "good example"}))
    for item_id, t in asked.items():
        item = guide.item(item_id)
        if item is not None and item.document_request:
            extra.append((t + 5.0, "document_request", item_id,
                          {"text": item.document_request, "status": "promised"}))
    # a document the guide asks for at an item the sample skips is promised at the last item
    # of its theme that was asked (the demo's document step adds the one it promised)
    for section in guide.sections:
        wanted = [it for it in section.items if it.document_request and it.id not in asked]
        done = [it.id for it in section.items if it.id in asked]
        for it in wanted if done else []:
            extra.append((asked[done[-1]] + 5.0, "document_request", done[-1],
                          {"text": it.document_request, "status": "promised"}))
    header = header or {f.id: "Demo" for f in guide.header_fields if f.required}
    return record_session(study, guide, informants=[informant], interviewers=[interviewer],
                          header=header, case=case, timeline=[*timeline, *extra])
