"""Review rounds (packets) and informant additions."""

from __future__ import annotations

from typing import Any

from ..timeutil import now_iso
from .core import Store, dumps, loads, where


def add_addition(store: Store, *, transcript_id: int, informant_code: str, packet_id: str,
                 after_idx: int | None, text: str, accepted: bool = False) -> int:
    """Store text an informant added afterwards (kept apart from the verbatim transcript)."""
    with store.tx():
        cur = store.execute(
            "INSERT INTO informant_additions(transcript_id, informant_code, packet_id, after_idx,"
            " text, accepted, created_at) VALUES (?,?,?,?,?,?,?)",
            (transcript_id, informant_code, packet_id, after_idx, text, int(accepted), now_iso()),
        )
        return int(cur.lastrowid or 0)


def additions(
    store: Store, transcript_id: int, *, accepted_only: bool = True
) -> list[dict[str, Any]]:
    """Additions for a transcript: dicts with id, informant_code, packet_id, after_idx
    (the segment idx it follows, None = at the end), text, accepted, created_at."""
    sql = "SELECT * FROM informant_additions WHERE transcript_id = ?"
    if accepted_only:
        sql += " AND accepted = 1"
    return [dict(r) for r in store.all(sql + " ORDER BY id", (transcript_id,))]


# ------------------------------------------------------------------------------ rounds
# A review round is one packet: one informant, one transcript, one text version.
# Status: prepared → sent → reminded → answered → verified; or no_answer (deadline passed,
# silence does not approve), withdrawn (consent withdrawn), outdated (a newer packet or a
# newer text replaced it).

OPEN_STATUSES = ("prepared", "sent", "reminded")


def informant_transcripts(store: Store, code: str) -> list[dict[str, Any]]:
    """Transcripts of the sessions this informant took part in (recording → session →
    participants), with the session's informant codes: dicts with transcript_id,
    recording_id, session_id, state, current_version, informants (sorted list)."""
    rows = store.all(
        "SELECT t.id AS transcript_id, t.recording_id, r.session_id, t.state,"
        " t.current_version FROM transcripts t JOIN recordings r ON r.id = t.recording_id"
        " JOIN session_participants p ON p.session_id = r.session_id"
        " WHERE p.role = 'informant' AND p.code = ? AND t.current_version IS NOT NULL"
        " ORDER BY t.id",
        (code,),
    )
    out = []
    for r in rows:
        others = store.all(
            "SELECT code FROM session_participants WHERE session_id = ? AND role = 'informant'"
            " ORDER BY code",
            (r["session_id"],),
        )
        out.append({**dict(r), "informants": [o["code"] for o in others]})
    return out


def create_round(store: Store, *, packet_id: str, informant_code: str, transcript_id: int,
                 version_id: int, version_hash: str, text_version: str,
                 manifest: dict[str, Any], deadline: str) -> list[str]:
    """Record a new packet; open or answered-but-undecided earlier packets for the same
    informant and transcript become ``outdated``. Returns the ids made outdated."""
    with store.tx():
        old = [r["packet_id"] for r in store.all(
            "SELECT packet_id FROM review_rounds WHERE informant_code = ? AND transcript_id = ?"
            " AND status IN ('prepared', 'sent', 'reminded', 'answered')",
            (informant_code, transcript_id),
        )]
        now = now_iso()
        for pid in old:
            store.execute(
                "UPDATE review_rounds SET status = 'outdated', closed_at = ?,"
                " closed_how = 'replaced' WHERE packet_id = ?", (now, pid))
        store.execute(
            "INSERT INTO review_rounds(packet_id, informant_code, transcript_id, version_id,"
            " version_hash, status, deadline, created_at, text_version, manifest)"
            " VALUES (?,?,?,?,?,'prepared',?,?,?,?)",
            (packet_id, informant_code, transcript_id, version_id, version_hash, deadline, now,
             text_version, dumps(manifest)),
        )
        store.audit("review.prepare", packet_id, {
            "informant": informant_code, "transcript": transcript_id, "version": version_id,
            "text_version": text_version, "outdated": old})
    return old


def _round(row: Any) -> dict[str, Any]:
    d = dict(row)
    d["manifest"] = loads(d.get("manifest"), {})
    d["answer"] = loads(d.get("answer"), None)
    return d


def get_round(store: Store, packet_id: str) -> dict[str, Any] | None:
    row = store.one("SELECT * FROM review_rounds WHERE packet_id = ?", (packet_id,))
    return _round(row) if row else None


def list_rounds(store: Store, *, informant_code: str | None = None,
                transcript_id: int | None = None,
                statuses: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    clause, params = where(informant_code=informant_code, transcript_id=transcript_id,
                           status=tuple(statuses) if statuses else None)
    return [_round(r) for r in store.all(
        "SELECT * FROM review_rounds" + clause + " ORDER BY created_at, packet_id", params)]


def mark_sent(store: Store, packet_id: str, *, deadline: str | None = None) -> None:
    with store.tx():
        store.execute(
            "UPDATE review_rounds SET status = 'sent', sent_at = ?,"
            " deadline = COALESCE(?, deadline) WHERE packet_id = ?",
            (now_iso(), deadline, packet_id))
        store.audit("review.sent", packet_id, {})


def mark_reminded(store: Store, packet_id: str, *, deadline: str) -> None:
    with store.tx():
        store.execute(
            "UPDATE review_rounds SET status = 'reminded', reminded_at = ?,"
            " reminders = reminders + 1, deadline = ? WHERE packet_id = ?",
            (now_iso(), deadline, packet_id))
        store.audit("review.reminded", packet_id, {})


def record_answer(store: Store, packet_id: str, answer: dict[str, Any], *,
                  status: str = "answered") -> None:
    """Keep the informant's answer as it came (in the study database, next to the
    transcript it is about)."""
    with store.tx():
        store.execute(
            "UPDATE review_rounds SET status = ?, answered_at = ?, answer = ?"
            " WHERE packet_id = ?", (status, now_iso(), dumps(answer), packet_id))


def close_round(store: Store, packet_id: str, status: str, *, how: str,
                result_version: int | None = None) -> None:
    with store.tx():
        store.execute(
            "UPDATE review_rounds SET status = ?, closed_at = ?, closed_how = ?,"
            " result_version = COALESCE(?, result_version) WHERE packet_id = ?",
            (status, now_iso(), how, result_version, packet_id))


def withdraw_rounds(store: Store, informant_code: str) -> list[str]:
    """Every round of a withdrawn informant that is not closed yet becomes ``withdrawn``."""
    return _close_rounds(store, "informant_code = ? AND status NOT IN ('withdrawn', 'outdated')",
                         (informant_code,), "withdrawn", "consent withdrawn")



# ------------------------------------------------------------------------------ key changes


def set_addition_text(store: Store, addition_id: int, text: str) -> None:
    """Replace an addition's text (anonymised again after a change of the key)."""
    with store.tx():
        store.execute("UPDATE informant_additions SET text = ? WHERE id = ?",
                      (text, addition_id))


def outdate_open_rounds(store: Store, transcript_id: int, *, how: str) -> list[str]:
    """Open and answered-but-undecided rounds of a transcript whose text changed become
    ``outdated`` (an answer to them is refused; a new packet is made). Returns their ids."""
    return _close_rounds(
        store, "transcript_id = ? AND status IN ('prepared', 'sent', 'reminded', 'answered')",
        (transcript_id,), "outdated", how)


def _close_rounds(store: Store, condition: str, params: tuple[Any, ...], status: str,
                  how: str) -> list[str]:
    """Close the rounds matching ``condition`` as ``status``, saying how; their ids."""
    with store.tx():
        ids = [r["packet_id"] for r in store.all(
            f"SELECT packet_id FROM review_rounds WHERE {condition}", params)]
        now = now_iso()
        for pid in ids:
            store.execute("UPDATE review_rounds SET status = ?, closed_at = ?, closed_how = ?"
                          " WHERE packet_id = ?", (status, now, how, pid))
        return ids


# ------------------------------------------------------------------ withdrawal requests
# An informant ticked "I want to withdraw" in a review answer. The request stays 'open'
# until 'feltarbeid withdraw' settles it ('withdrawn') or the researcher dismisses it.


def record_withdrawal_request(store: Store, informant_code: str, *,
                              packet_id: str | None) -> int:
    """Record an open request (one per packet: the same answer imported again adds none)."""
    with store.tx():
        row = store.one("SELECT id FROM withdrawal_requests WHERE informant_code = ?"
                        " AND packet_id IS ?", (informant_code, packet_id))
        if row is not None:
            return int(row["id"])
        cur = store.execute(
            "INSERT INTO withdrawal_requests(informant_code, packet_id, requested_at)"
            " VALUES (?,?,?)", (informant_code, packet_id, now_iso()))
        return int(cur.lastrowid or 0)


def withdrawal_requests(store: Store, *, informant_code: str | None = None,
                        status: str | None = None) -> list[dict[str, Any]]:
    """Requests, oldest first: dicts with id, informant_code, packet_id, requested_at,
    status (open | withdrawn | dismissed), resolved_at."""
    clause, params = where(informant_code=informant_code, status=status)
    return [dict(r) for r in store.all(
        "SELECT * FROM withdrawal_requests" + clause + " ORDER BY id", params)]


def resolve_withdrawal_requests(store: Store, informant_code: str, status: str) -> list[int]:
    """Close every open request of the informant as ``withdrawn`` or ``dismissed``."""
    with store.tx():
        ids = [int(r["id"]) for r in store.all(
            "SELECT id FROM withdrawal_requests WHERE informant_code = ? AND status = 'open'",
            (informant_code,))]
        store.execute("UPDATE withdrawal_requests SET status = ?, resolved_at = ?"
                      " WHERE informant_code = ? AND status = 'open'",
                      (status, now_iso(), informant_code))
        return ids
