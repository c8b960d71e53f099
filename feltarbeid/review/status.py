"""Where every informant stands in review, deadlines, reminders, withdrawals, and the one
rule for when a transcript becomes ``verified``.

A transcript becomes ``verified`` only here (``verify_transcript_if_done``): when none of
its review rounds is open (prepared, sent, reminded, answered, no answer) and at least one
was closed as verified — by an accepted answer, or by silence where the study's
``[review] silence_approves`` says silence approves. The audit log says how.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..store import review as review_store
from ..store import transcripts as transcripts_store
from ..store.registers import list_informants, require_informant
from ..study import Study
from ..timeutil import now
from .withdrawals import apply_withdrawals, open_withdrawal_requests, refuse_if_withdrawal_requested

# statuses that keep a transcript from being verified
_BLOCKING = ("prepared", "sent", "reminded", "answered", "no_answer")


def today() -> date:
    return now().date()


def verify_transcript_if_done(study: Study, transcript_id: int, *, how: str,
                              packet_id: str) -> bool:
    """Move the transcript to ``verified`` if no round of it is open any more."""
    rounds = review_store.list_rounds(study.store, transcript_id=transcript_id)
    if any(r["status"] in _BLOCKING for r in rounds):
        return False
    if not any(r["status"] == "verified" for r in rounds):
        return False
    row = study.store.one("SELECT state FROM transcripts WHERE id = ?", (transcript_id,))
    if row is None or row["state"] in ("verified", "exported", "withdrawn"):
        return False
    transcripts_store.set_state(study.store, transcript_id, "verified", audit={
        "how": how, "packet": packet_id,
        "packets": [r["packet_id"] for r in rounds if r["status"] == "verified"]})
    return True


def check_deadlines(study: Study, *, on: date | None = None) -> list[tuple[str, str]]:
    """Close sent/reminded packets whose deadline has passed: ``verified`` by silence if the
    study says silence approves, else ``no_answer``. Returns (packet_id, new status)."""
    apply_withdrawals(study)
    day = on or today()
    silence = bool(study.settings.get("review", "silence_approves"))
    out: list[tuple[str, str]] = []
    for r in review_store.list_rounds(study.store, statuses=("sent", "reminded")):
        if not r["deadline"] or date.fromisoformat(r["deadline"][:10]) >= day:
            continue
        with study.store.tx():
            if silence:
                review_store.close_round(study.store, r["packet_id"], "verified", how="silence",
                                         result_version=r["version_id"])
                study.store.audit("review.silence_approved", r["packet_id"], {
                    "deadline": r["deadline"], "transcript": r["transcript_id"]})
                verify_transcript_if_done(study, r["transcript_id"], how="silence by deadline",
                                          packet_id=r["packet_id"])
                out.append((r["packet_id"], "verified"))
            else:
                review_store.close_round(study.store, r["packet_id"], "no_answer",
                                         how="no answer by deadline")
                study.store.audit("review.no_answer", r["packet_id"], {
                    "deadline": r["deadline"], "transcript": r["transcript_id"]})
                out.append((r["packet_id"], "no_answer"))
    return out


@dataclass
class StatusRow:
    informant: str
    consent: str
    packet_id: str
    transcript_id: int | None
    status: str  # a round status, or "none" (no packet yet)
    created_at: str = ""
    sent_at: str = ""
    reminded_at: str = ""
    reminders: int = 0
    answered_at: str = ""
    closed_at: str = ""
    deadline: str = ""
    overdue: bool = False
    closed_how: str = ""
    withdraw_request: str = ""  # "" | open | dismissed: the informant asked to withdraw
    requested_at: str = ""


def status_rows(study: Study, *, on: date | None = None) -> list[StatusRow]:
    """One row per informant and transcript (the newest packet); informants without a
    packet get one row with status 'none' (or 'withdrawn')."""
    apply_withdrawals(study)
    day = on or today()
    rows: list[StatusRow] = []
    requests = {r["packet_id"]: r for r in review_store.withdrawal_requests(study.store)}
    for inf in list_informants(study.store):
        latest: dict[int, dict[str, Any]] = {}
        for r in review_store.list_rounds(study.store, informant_code=inf.code):
            if r["status"] != "outdated" or r["transcript_id"] not in latest:
                latest[r["transcript_id"]] = r
        if not latest:
            rows.append(StatusRow(inf.code, inf.consent, "", None,
                                  "withdrawn" if inf.consent == "withdrawn" else "none"))
            continue
        for r in latest.values():
            overdue = bool(r["status"] in ("sent", "reminded") and r["deadline"]
                           and date.fromisoformat(r["deadline"][:10]) < day)
            rows.append(StatusRow(
                inf.code, inf.consent, r["packet_id"], r["transcript_id"], r["status"],
                (r["created_at"] or "")[:10], (r["sent_at"] or "")[:10],
                (r["reminded_at"] or "")[:10], int(r["reminders"] or 0),
                (r["answered_at"] or "")[:10], (r["closed_at"] or "")[:10],
                (r["deadline"] or "")[:10], overdue, r["closed_how"] or ""))
            request = requests.get(r["packet_id"])
            if request is not None and request["status"] != "withdrawn":
                rows[-1].withdraw_request = request["status"]
                rows[-1].requested_at = (request["requested_at"] or "")[:10]
    return rows


def mark_sent(study: Study, *, informant: str | None = None, packet_id: str | None = None,
              on: date | None = None) -> list[str]:
    """Prepared packets → sent. The deadline counts from the day they are sent: if that is
    later than the day they were made, the deadline moves and the files are rendered again
    (they have not gone out yet)."""
    from .packets import load_packet, rewrite_packet_files

    day = on or today()
    if informant:
        require_informant(study.store, informant)
        refuse_if_withdrawal_requested(study, informant)
    asked = open_withdrawal_requests(study)
    rounds = [r for r in review_store.list_rounds(study.store, informant_code=informant,
                                                  statuses=("prepared",))
              if r["informant_code"] not in asked]
    if packet_id:
        rounds = [r for r in rounds if r["packet_id"] == packet_id]
    days = int(study.settings.get("review", "deadline_days"))
    sent: list[str] = []
    for r in rounds:
        deadline = (day + timedelta(days=days)).isoformat()
        if deadline > (r["deadline"] or ""):
            review_store.mark_sent(study.store, r["packet_id"], deadline=deadline)
            packet, _ = load_packet(study, r["packet_id"])
            rewrite_packet_files(study, packet)
        else:
            review_store.mark_sent(study.store, r["packet_id"])
        sent.append(r["packet_id"])
    return sent


def remind(study: Study, *, informant: str | None = None, days: int = 7,
           on: date | None = None) -> list[tuple[str, Path]]:
    """Reminder letters for sent packets without an answer; the deadline becomes at least
    ``days`` from today. Returns (packet_id, letter path)."""
    from .letters import write_reminder
    from .packets import load_packet

    apply_withdrawals(study)
    day = on or today()
    if informant:
        require_informant(study.store, informant)
        refuse_if_withdrawal_requested(study, informant)
    asked = open_withdrawal_requests(study)
    out: list[tuple[str, Path]] = []
    for r in review_store.list_rounds(study.store, informant_code=informant,
                                      statuses=("sent", "reminded")):
        if r["informant_code"] in asked:
            continue
        deadline = max(r["deadline"] or "", (day + timedelta(days=days)).isoformat())
        review_store.mark_reminded(study.store, r["packet_id"], deadline=deadline)
        packet, _ = load_packet(study, r["packet_id"])
        out.append((r["packet_id"], write_reminder(study, packet, int(r["reminders"]) + 1)))
    return out
