"""SQL for data protection: withdrawals, deleting an informant's material, purge.

"Deleting a transcript's text" means deleting its segment rows: the version rows stay as
empty shells (kind, text hash, time) so review rounds that point at them stay valid and
the history of what existed is kept without the words. Every deleting function here runs
with ``PRAGMA secure_delete`` on (SQLite then overwrites freed pages with zeros);
``compact`` checkpoints the WAL and VACUUMs so no old page survives in the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..timeutil import now_iso
from .core import Store, dumps, loads

# event payload keys that hold free text typed during the interview
FREE_TEXT_KEYS = ("text", "value", "note", "name")


def _in(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def secure_delete_on(store: Store) -> None:
    store.execute("PRAGMA secure_delete = ON")


def compact(store: Store) -> None:
    """Checkpoint the WAL into the database and rebuild the file without free pages."""
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.execute("VACUUM")
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# ------------------------------------------------------------------------------ reading


def recordings(store: Store) -> list[dict[str, Any]]:
    """Every recording with the informant codes of its session (``informants``)."""
    out = []
    for r in store.all("SELECT * FROM recordings ORDER BY id"):
        d = dict(r)
        d["informants"] = session_informants(store, r["session_id"]) if r["session_id"] else []
        out.append(d)
    return out


def session_informants(store: Store, session_id: str) -> list[str]:
    return [r["code"] for r in store.all(
        "SELECT code FROM session_participants WHERE session_id = ? AND role = 'informant' "
        "ORDER BY code", (session_id,))]


def recordings_of_informant(store: Store, code: str) -> list[dict[str, Any]]:
    return [r for r in recordings(store) if code in r["informants"]]


def transcripts_of_recordings(store: Store, recording_ids: Sequence[int]) -> list[dict[str, Any]]:
    if not recording_ids:
        return []
    return [dict(r) for r in store.all(
        f"SELECT * FROM transcripts WHERE recording_id IN ({_in(recording_ids)}) ORDER BY id",
        tuple(recording_ids))]


def transcripts(store: Store) -> list[dict[str, Any]]:
    return [dict(r) for r in store.all("SELECT * FROM transcripts ORDER BY id")]


def version_kinds(store: Store, transcript_id: int) -> list[dict[str, Any]]:
    """Versions of a transcript with the number of segments each still holds."""
    return [dict(r) for r in store.all(
        "SELECT v.id, v.kind, v.text_hash, (SELECT COUNT(*) FROM segments s"
        " WHERE s.version_id = v.id) AS n_segments FROM transcript_versions v"
        " WHERE v.transcript_id = ? ORDER BY v.id", (transcript_id,))]


def versions_with_text(store: Store) -> list[dict[str, Any]]:
    """Every version that still holds text: id, transcript_id, kind, note, transcript state,
    whether it is the transcript's current version, number of segments."""
    return [dict(r) for r in store.all(
        "SELECT v.id, v.transcript_id, v.kind, v.note, t.state,"
        " (t.current_version = v.id) AS current,"
        " COUNT(s.idx) AS n_segments FROM transcript_versions v"
        " JOIN transcripts t ON t.id = v.transcript_id"
        " JOIN segments s ON s.version_id = v.id GROUP BY v.id ORDER BY v.id")]


def review_rounds_of(store: Store, code: str) -> list[dict[str, Any]]:
    return [dict(r) for r in store.all(
        "SELECT packet_id, transcript_id, status FROM review_rounds WHERE informant_code = ?"
        " ORDER BY packet_id", (code,))]


def review_rounds(store: Store) -> list[dict[str, Any]]:
    return [dict(r) for r in store.all(
        "SELECT packet_id, informant_code, transcript_id, status FROM review_rounds"
        " ORDER BY packet_id")]


def accepted_additions(store: Store, transcript_ids: Sequence[int]) -> list[dict[str, Any]]:
    if not transcript_ids:
        return []
    return [dict(r) for r in store.all(
        f"SELECT id, transcript_id, text FROM informant_additions WHERE accepted = 1 AND"
        f" transcript_id IN ({_in(transcript_ids)}) ORDER BY id", tuple(transcript_ids))]


# ------------------------------------------------------------------------------ withdrawals


def get_withdrawal(store: Store, code: str) -> dict[str, Any] | None:
    row = store.one("SELECT * FROM withdrawals WHERE informant_code = ?", (code,))
    if row is None:
        return None
    return {**dict(row), "summary": loads(row["summary"], {})}


def list_withdrawals(store: Store) -> list[dict[str, Any]]:
    return [{**dict(r), "summary": loads(r["summary"], {})}
            for r in store.all("SELECT * FROM withdrawals ORDER BY informant_code")]


def mark_withdrawn(store: Store, code: str, *, recording_ids: Sequence[int],
                   transcript_ids: Sequence[int], keep_until: str | None,
                   summary: dict[str, Any]) -> str:
    """Mark an informant and their material withdrawn (one transaction, the caller's if
    there is one): consent, their own recordings and transcripts. (Review rounds: see
    ``store.review.withdraw_rounds``.) Returns the time of the withdrawal."""
    with store.tx():
        prior = get_withdrawal(store, code)
        at = prior["withdrawn_at"] if prior else now_iso()
        store.execute(
            "UPDATE informants SET consent = 'withdrawn', withdrawn_at = COALESCE(withdrawn_at, ?)"
            " WHERE code = ?", (at, code))
        if recording_ids:
            store.execute(
                f"UPDATE recordings SET state = 'withdrawn' WHERE state = 'recorded'"
                f" AND id IN ({_in(recording_ids)})", tuple(recording_ids))
        if transcript_ids:
            store.execute(
                f"UPDATE transcripts SET state = 'withdrawn', updated_at = ?"
                f" WHERE id IN ({_in(transcript_ids)})", (now_iso(), *transcript_ids))
        store.execute(
            "INSERT INTO withdrawals(informant_code, withdrawn_at, keep_until, summary)"
            " VALUES (?,?,?,?) ON CONFLICT(informant_code) DO UPDATE SET"
            " keep_until = excluded.keep_until, summary = excluded.summary",
            (code, at, keep_until, dumps(summary)))
    return str(at)


def mark_withdrawal_deleted(store: Store, code: str, summary: dict[str, Any]) -> None:
    with store.tx():
        store.execute(
            "UPDATE withdrawals SET deleted_at = ?, keep_until = NULL, summary = ?"
            " WHERE informant_code = ?", (now_iso(), dumps(summary), code))


# ------------------------------------------------------------------------------ deleting


def delete_texts(store: Store, transcript_ids: Sequence[int],
                 *, keep_versions: Iterable[int] = ()) -> int:
    """Delete the segments of every version of these transcripts except ``keep_versions``;
    clear version notes. Returns the number of segments deleted."""
    if not transcript_ids:
        return 0
    keep = tuple(keep_versions)
    params: tuple[Any, ...] = tuple(transcript_ids)
    keep_sql = ""
    if keep:
        keep_sql = f" AND id NOT IN ({_in(keep)})"
        params += keep
    with store.tx():
        versions = [r["id"] for r in store.all(
            f"SELECT id FROM transcript_versions WHERE transcript_id IN ({_in(transcript_ids)})"
            + keep_sql, params)]
        if not versions:
            return 0
        cur = store.execute(
            f"DELETE FROM segments WHERE version_id IN ({_in(versions)})", tuple(versions))
        store.execute(
            f"UPDATE transcript_versions SET note = '' WHERE id IN ({_in(versions)})",
            tuple(versions))
        return int(cur.rowcount)


def delete_speaker_segments(store: Store, transcript_ids: Sequence[int], speaker: str) -> int:
    """Remove one speaker's segments from every version of these transcripts (a shared
    interview where one informant withdrew). Returns the number removed."""
    if not transcript_ids:
        return 0
    with store.tx():
        cur = store.execute(
            f"DELETE FROM segments WHERE speaker = ? AND version_id IN (SELECT id FROM"
            f" transcript_versions WHERE transcript_id IN ({_in(transcript_ids)}))",
            (speaker, *transcript_ids))
        return int(cur.rowcount)


def set_transcripts_withdrawn(store: Store, transcript_ids: Sequence[int]) -> None:
    if transcript_ids:
        store.execute(f"UPDATE transcripts SET state = 'withdrawn', updated_at = ?"
                      f" WHERE id IN ({_in(transcript_ids)})", (now_iso(), *transcript_ids))


def current_speakers(store: Store, transcript_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Transcript id -> {speaker label: number of segments} in its current version."""
    out: dict[int, dict[str, int]] = {int(t): {} for t in transcript_ids}
    if not transcript_ids:
        return out
    for r in store.all(
            "SELECT t.id AS tid, s.speaker, COUNT(*) AS n FROM transcripts t"
            " JOIN segments s ON s.version_id = t.current_version"
            f" WHERE t.id IN ({_in(transcript_ids)}) GROUP BY t.id, s.speaker",
            tuple(transcript_ids)):
        out[int(r["tid"])][r["speaker"]] = int(r["n"])
    return out


def delete_additions(store: Store, *, informant_code: str | None = None,
                     transcript_ids: Sequence[int] = (), not_accepted: bool = False) -> int:
    clauses, params = [], []
    if informant_code is not None:
        clauses.append("informant_code = ?")
        params.append(informant_code)
    if transcript_ids:
        clauses.append(f"transcript_id IN ({_in(transcript_ids)})")
        params.extend(transcript_ids)
    if not_accepted:
        clauses.append("accepted = 0")
    if not clauses:
        return 0
    with store.tx():
        cur = store.execute(
            "DELETE FROM informant_additions WHERE " + " AND ".join(clauses), tuple(params))
        return int(cur.rowcount)


def clear_review_content(store: Store, code: str | None = None) -> int:
    """Delete the text of review rounds (of one informant, or all): the stored answer and
    the passages shown in the packet (``manifest.passages``); the round's other facts stay.
    Returns the number of rounds changed."""
    sql = "SELECT packet_id, manifest, answer FROM review_rounds"
    params: tuple[Any, ...] = ()
    if code is not None:
        sql += " WHERE informant_code = ?"
        params = (code,)
    changed = 0
    with store.tx():
        for r in store.all(sql, params):
            manifest = loads(r["manifest"], {})
            had_text = bool(manifest.get("passages")) or r["answer"] is not None
            if not had_text:
                continue
            if "passages" in manifest:
                manifest["passages"] = []
            store.execute("UPDATE review_rounds SET answer = NULL, manifest = ?"
                          " WHERE packet_id = ?", (dumps(manifest), r["packet_id"]))
            changed += 1
    return changed


def set_recordings_deleted(store: Store, recording_ids: Sequence[int]) -> None:
    """The files are gone: state 'deleted', and the original file name (which may name a
    person) is cleared."""
    if not recording_ids:
        return
    with store.tx():
        store.execute(
            f"UPDATE recordings SET state = 'deleted', original_name = ''"
            f" WHERE id IN ({_in(recording_ids)})", tuple(recording_ids))


def scrub_informant(store: Store, code: str) -> None:
    """Clear the identifying fields of an informant row (employer, attributes); the code,
    role, case and consent history stay."""
    with store.tx():
        store.execute(
            "UPDATE informants SET employer = '', attributes = '{}' WHERE code = ?", (code,))


def scrub_session_text(store: Store, session_ids: Sequence[int | str], *,
                       informant: str | None = None) -> int:
    """Clear free text typed during these sessions (notes, follow-ups, bookmarks, attribute
    values) from the event payloads. With ``informant``: only events that name that
    informant in their payload. Returns the number of events changed."""
    if not session_ids:
        return 0
    changed = 0
    with store.tx():
        rows = store.all(
            f"SELECT session_id, seq, payload FROM events WHERE session_id IN"
            f" ({_in(session_ids)})", tuple(session_ids))
        for r in rows:
            payload = loads(r["payload"], {})
            if not isinstance(payload, dict):
                continue
            if informant is not None and payload.get("informant") != informant:
                continue
            cleaned = {k: ("" if k in FREE_TEXT_KEYS and isinstance(v, str) else v)
                       for k, v in payload.items()}
            if cleaned != payload:
                store.execute("UPDATE events SET payload = ? WHERE session_id = ? AND seq = ?",
                              (dumps(cleaned), r["session_id"], r["seq"]))
                changed += 1
    return changed


def scrub_study_identifiers(store: Store) -> dict[str, int]:
    """Purge: clear every structured field that could point at a person or place: informant
    employer/attributes, case labels/attributes, session place/header values and all
    interview free text. Codes, roles and consent states stay."""
    with store.tx():
        counts = {
            "informants": store.execute(
                "UPDATE informants SET employer = '', attributes = '{}'"
                " WHERE employer != '' OR attributes != '{}'").rowcount,
            "cases": store.execute(
                "UPDATE cases SET label = '', attributes = '{}'"
                " WHERE label != '' OR attributes != '{}'").rowcount,
            "sessions": store.execute(
                "UPDATE sessions SET place = '', header_values = '{}'"
                " WHERE place != '' OR header_values != '{}'").rowcount,
            "case_municipalities": store.execute("DELETE FROM case_municipalities").rowcount,
        }
        ids = [r["id"] for r in store.all("SELECT id FROM sessions")]
        counts["events"] = scrub_session_text(store, ids)
    return counts


def delete_transcripts(store: Store, transcript_ids: Sequence[int]) -> int:
    """Delete transcripts entirely: their versions and segments, and every row of any table
    that points at them or their versions (review rounds, additions, anonymisation
    decisions ...). Returns the number of transcripts deleted."""
    if not transcript_ids:
        return 0
    ids = tuple(transcript_ids)
    with store.tx():
        version_ids = tuple(r["id"] for r in store.all(
            f"SELECT id FROM transcript_versions WHERE transcript_id IN ({_in(ids)})", ids))
        store.execute(
            f"UPDATE transcripts SET current_version = NULL WHERE id IN ({_in(ids)})", ids)
        if version_ids:
            _delete_referencing(store, "transcript_versions", version_ids)
            store.execute(
                f"UPDATE transcript_versions SET parent_id = NULL WHERE id IN"
                f" ({_in(version_ids)})", version_ids)
            store.execute(f"DELETE FROM transcript_versions WHERE id IN ({_in(version_ids)})",
                          version_ids)
        _delete_referencing(store, "transcripts", ids)
        cur = store.execute(f"DELETE FROM transcripts WHERE id IN ({_in(ids)})", ids)
        return int(cur.rowcount)


def _delete_referencing(store: Store, table: str, ids: tuple[Any, ...]) -> None:
    """Delete rows of other tables whose foreign key points at ``table`` rows ``ids``
    (tables of other stages included, whatever their ON DELETE)."""
    tables = [r["name"] for r in store.all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for child in tables:
        if child == table:
            continue
        for fk in store.all(f"PRAGMA foreign_key_list('{child}')"):
            if fk["table"] == table and fk["from"]:
                store.execute(f'DELETE FROM "{child}" WHERE "{fk["from"]}" IN ({_in(ids)})', ids)
