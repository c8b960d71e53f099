"""An informant withdraws consent: mark everything of theirs, then delete it.

What happens (``withdraw(study, "IP02")``):

1. Marked at once, in one transaction: the informant's consent becomes ``withdrawn``; the
   recordings of sessions where they were the only informant and the transcripts of those
   recordings become ``withdrawn`` (review, packets and exports skip that state); every
   open review round of theirs becomes ``withdrawn``.
2. Deleted (now, or once ``keep_until`` has passed, by running ``withdraw`` again):
   those recording files (overwritten, then unlinked), the text of every version of those
   transcripts, their additions and review answers, their packet and return files, the
   journal files and typed notes of their own sessions, the workbench journals of their own
   and shared transcripts (``journals``), the reflexivity memos about those
   sessions, their recruitment contact log (and its notes in the linking key), and the
   identifying fields of the informant row (employer, attributes). The code, role and
   consent history stay so the study can show that the withdrawal was honoured.
3. Sessions with several informants (a shared recording): the recording is kept, because
   it holds the other informants' consented material too; the withdrawn informant's
   segments are removed from every version of its transcripts, and the report lists the
   recording as still holding their voice until the purge. ``delete_shared=True`` deletes
   the shared audio too (the others' transcripts stay).
4. Documents (``feltarbeid.documents``) the informant gave, and those of their case that
   nobody gave by name when every informant of the case has withdrawn: marked
   ``withdrawn`` at once (never exported); deleted with the rest (file overwritten, text
   and comparison cells deleted, title cleared, state ``deleted``).
5. An audit entry ``informant.withdraw`` records what was marked and what was deleted
   (ids, counts, bytes; no names, no text).

Exports made before the withdrawal are not touched (they may be in a QDA project by now):
the result lists them so the researcher can delete or re-export them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .. import locale
from ..domain import Document
from ..errors import FeltarbeidError
from ..store import documents as documents_store
from ..store import memos as memo_store
from ..store import privacy as sql
from ..store import recruitment as recruitment_store
from ..store import review as review_store
from ..store import sensitive as sensitive_store
from ..store.registers import list_informants, require_informant
from ..study import Study
from ..timeutil import now
from . import inventory, journals
from .shred import ShredReport, shred_file, shred_tree


@dataclass
class WithdrawalPlan:
    code: str
    own_recordings: list[dict[str, Any]] = field(default_factory=list)
    shared_recordings: list[dict[str, Any]] = field(default_factory=list)
    own_transcripts: list[int] = field(default_factory=list)
    shared_transcripts: list[int] = field(default_factory=list)
    own_sessions: list[str] = field(default_factory=list)
    shared_sessions: list[str] = field(default_factory=list)
    review_rounds: list[str] = field(default_factory=list)
    packet_files: list[Path] = field(default_factory=list)
    return_files: list[Path] = field(default_factory=list)
    journal_files: list[Path] = field(default_factory=list)
    earlier_exports: list[inventory.ExportManifest] = field(default_factory=list)
    previous: dict[str, Any] | None = None
    # shared transcripts where no passage carries the informant's code (all labelled with
    # another informant's code, or without a speaker): their words cannot be separated
    inseparable: list[int] = field(default_factory=list)
    # shared transcript id -> passages without a known speaker (may hold their words)
    unlabelled: dict[int, int] = field(default_factory=dict)
    shared_speakers: dict[int, dict[str, int]] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    contacts: int = 0  # rows of the recruitment contact log
    contact_notes: list[int] = field(default_factory=list)  # contacts with a note in the key
    memos: list[int] = field(default_factory=list)  # reflexivity memos about own sessions

    @property
    def recording_files(self) -> list[Path]:
        return [p for p in self._paths(self.own_recordings) if p.exists()]

    def _paths(self, recs: list[dict[str, Any]]) -> list[Path]:
        return [Path(r["file"]) for r in recs if r.get("file")]


@dataclass
class WithdrawalResult:
    plan: WithdrawalPlan
    withdrawn_at: str
    keep_until: str | None
    deleted: bool
    shredded: ShredReport = field(default_factory=ShredReport)
    summary: dict[str, Any] = field(default_factory=dict)


def token_pattern(token: str) -> re.Pattern[str]:
    """``token`` as a whole word in a file name: IP1 does not match IP10."""
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", re.IGNORECASE)


def _files_naming(folder: Path, tokens: list[str]) -> list[Path]:
    """Files under ``folder`` whose path (relative to it) names one of ``tokens``."""
    patterns = [token_pattern(t) for t in tokens if t]
    out = []
    for p in inventory.list_files(folder):
        rel = p.relative_to(folder).as_posix()
        if any(pat.search(rel) for pat in patterns):
            out.append(p)
    return out


def plan(study: Study, code: str) -> WithdrawalPlan:
    """What ``withdraw`` would mark and delete. Read-only."""
    store = study.store
    require_informant(store, code)
    pl = WithdrawalPlan(code=code, previous=sql.get_withdrawal(store, code))
    for r in sql.recordings_of_informant(store, code):
        path = inventory.recording_files(study, r)
        r = {**r, "file": str(path) if path is not None else ""}
        shared = len(r["informants"]) > 1
        (pl.shared_recordings if shared else pl.own_recordings).append(r)
        sessions = pl.shared_sessions if shared else pl.own_sessions
        if r["session_id"] not in sessions:
            sessions.append(r["session_id"])
    # sessions without recordings still hold notes
    for row in store.all("SELECT session_id FROM session_participants WHERE role = 'informant'"
                         " AND code = ?", (code,)):
        sid = row["session_id"]
        if sid in pl.own_sessions or sid in pl.shared_sessions:
            continue
        others = sql.session_informants(store, sid)
        (pl.shared_sessions if len(others) > 1 else pl.own_sessions).append(sid)
    pl.own_transcripts = [int(t["id"]) for t in sql.transcripts_of_recordings(
        store, [int(r["id"]) for r in pl.own_recordings])]
    pl.shared_transcripts = [int(t["id"]) for t in sql.transcripts_of_recordings(
        store, [int(r["id"]) for r in pl.shared_recordings])]
    pl.shared_speakers = sql.current_speakers(store, pl.shared_transcripts)
    people = {int(r["id"]): r["informants"] for r in pl.shared_recordings}
    recording_of = {int(x["id"]): int(x["recording_id"]) for x in
                    sql.transcripts_of_recordings(store, list(people))}
    done = pl.previous["summary"] if pl.previous and pl.previous["deleted_at"] else None
    for t_id, speakers in pl.shared_speakers.items():
        known = {"I", *people.get(recording_of.get(t_id, -1), [])}
        if done is not None:
            # deleted before: their labelled passages are gone already, so only what was
            # found inseparable then still is (never the whole text of a separated one)
            if t_id in done.get("shared_inseparable", []) and speakers:
                pl.inseparable.append(t_id)
            continue
        if speakers and not speakers.get(code):
            pl.inseparable.append(t_id)
        elif speakers:
            n = sum(v for k, v in speakers.items() if k not in known)
            if n:
                pl.unlabelled[t_id] = n
    rounds = sql.review_rounds_of(store, code)
    pl.review_rounds = [r["packet_id"] for r in rounds]
    packet_tokens = [code, *pl.review_rounds]
    own_folder = study.packets_dir / code
    pl.packet_files = sorted(set(inventory.list_files(own_folder))
                             | set(_files_naming(study.packets_dir, packet_tokens)))
    pl.return_files = _files_naming(study.returns_dir, packet_tokens)
    pl.journal_files = sorted(set(_files_naming(study.journal_dir, pl.own_sessions)) | set(
        journals.workbench_files(study, [*pl.own_transcripts, *pl.shared_transcripts])))
    pl.documents = documents_of(study, code)
    pl.contacts = len(recruitment_store.list_contacts(store, code))
    pl.contact_notes = recruitment_store.noted_contacts(store, code)
    pl.memos = [m.id for sid in pl.own_sessions
                for m in memo_store.list_memos(store, session_id=sid)]
    all_transcripts = set(pl.own_transcripts) | set(pl.shared_transcripts)
    doc_ids = {d.id for d in pl.documents}
    pl.earlier_exports = [
        m for m in inventory.export_manifests(study)
        if code in m.informants or all_transcripts & set(m.transcripts)
        or doc_ids & set(m.documents)
    ]
    return pl


def describe_transcripts(study: Study, transcript_ids: list[int]) -> str:
    """'transkripsjon 3 (intervju S001, opptak 2), …' in the study language (codes and
    ids only)."""
    from ..locale import t

    rows = {int(r["id"]): r for r in sql.transcripts(study.store)}
    recs = {int(r["id"]): r for r in sql.recordings(study.store)}
    out = []
    for tid in transcript_ids:
        rec = recs.get(int(rows[tid]["recording_id"])) if tid in rows else None
        out.append(t("privacy.transcript_ref", id=tid,
                     session=(rec or {}).get("session_id") or "—",
                     recording=(rec or {}).get("id", "—")))
    return ", ".join(out)


def documents_of(study: Study, code: str) -> list[Document]:
    """The documents ``code`` gave, and their case's documents nobody gave by name if
    every informant of the case has withdrawn once ``code`` has."""
    store = study.store
    inf = require_informant(store, code)
    case_informants = [i for i in list_informants(store)
                       if inf.case_code and i.case_code == inf.case_code]
    case_gone = bool(case_informants) and all(
        i.code == code or i.consent == "withdrawn" or i.withdrawn_at
        for i in case_informants)
    return [d for d in documents_store.list_documents(store)
            if d.informant_code == code or (
                case_gone and d.informant_code is None and d.case_code == inf.case_code)]


def withdraw(study: Study, code: str, *, keep_until: date | None = None,
             delete_shared: bool = False, delete_shared_text: bool = False,
             today: date | None = None, passphrase: str | None = None) -> WithdrawalResult:
    """Withdraw ``code``: mark now; delete now unless ``keep_until`` (a later date) is given.
    Running it again on a withdrawn informant deletes what is still kept (after the
    keep-until date, or earlier if called without ``keep_until``). ``passphrase``: for the
    notes of their contact log in the linking key (asked for when needed).

    ``delete_shared_text``: shared transcripts where the informant's words cannot be
    separated (``WithdrawalPlan.inseparable``) lose all their text and become ``withdrawn``
    (the other informants lose them too); otherwise they are kept and the result and the
    privacy report say so."""
    today = today or now().date()
    if keep_until is not None and keep_until <= today:
        raise FeltarbeidError(locale.t("privacy.keep_until_past", date=keep_until.isoformat(),
                                       today=today.isoformat()),
                              hint=locale.t("privacy.keep_until_past_hint"))
    store = study.store
    pl = plan(study, code)
    if keep_until is not None and pl.previous and pl.previous["deleted_at"]:
        raise FeltarbeidError(locale.t("privacy.already_deleted", code=code,
                                       at=pl.previous["deleted_at"]),
                              hint=locale.t("privacy.already_deleted_hint"))
    if keep_until is None:  # deleting now: not under an open workbench
        journals.refuse_open(study, [*pl.own_transcripts, *pl.shared_transcripts])
    own_rec_ids = [int(r["id"]) for r in pl.own_recordings]
    counts = _counts(pl)
    with store.tx():
        at = sql.mark_withdrawn(
            store, code, recording_ids=own_rec_ids, transcript_ids=pl.own_transcripts,
            keep_until=keep_until.isoformat() if keep_until else None, summary=counts)
        closed = review_store.withdraw_rounds(store, code)
        review_store.resolve_withdrawal_requests(store, code, "withdrawn")
        for d in pl.documents:
            if d.status != "withdrawn":
                documents_store.update(store, d.id, status="withdrawn",
                                       audit="document.withdrawn",
                                       details={"informant": code})
        if keep_until is not None:
            store.audit("informant.withdraw", code, {
                **counts, "review_rounds_closed": closed, "keep_until": keep_until.isoformat(),
                "deleted": False})
    if keep_until is not None:
        return WithdrawalResult(pl, at, keep_until.isoformat(), False, summary=counts)
    result = WithdrawalResult(pl, at, None, True)
    result.summary = _delete(study, pl, delete_shared=delete_shared,
                             delete_shared_text=delete_shared_text, passphrase=passphrase)
    result.summary["review_rounds_closed"] = closed
    result.shredded = result.summary.pop("_shredded")
    return result


def _counts(pl: WithdrawalPlan) -> dict[str, Any]:
    return {
        "recordings": [int(r["id"]) for r in pl.own_recordings],
        "shared_recordings": [int(r["id"]) for r in pl.shared_recordings],
        "transcripts": pl.own_transcripts,
        "shared_transcripts": pl.shared_transcripts,
        "sessions": pl.own_sessions,
        "shared_sessions": pl.shared_sessions,
        "review_rounds": pl.review_rounds,
        "documents": [d.id for d in pl.documents],
    }


def _delete(study: Study, pl: WithdrawalPlan, *, delete_shared: bool,
            delete_shared_text: bool = False,
            passphrase: str | None = None) -> dict[str, Any]:
    store = study.store
    code = pl.code
    # the contact log's notes are in the key: open it first, so that a missing or wrong
    # passphrase stops the deletion before anything is gone
    from ..anonymise import keyfile

    key = None
    if pl.contact_notes and keyfile.key_exists(study):
        passphrase = passphrase if passphrase is not None else keyfile.get_passphrase()
        key = keyfile.open_key(study, passphrase)
    sql.secure_delete_on(store)
    shredded = ShredReport()
    # files first: a crash after this point leaves the rows marked 'withdrawn', and running
    # withdraw again finishes the job
    recs = list(pl.own_recordings) + (list(pl.shared_recordings) if delete_shared else [])
    for r in recs:
        if r.get("file"):
            shredded.files.append(shred_file(Path(r["file"]), relative_to=study.root))
    own_packets = study.packets_dir / code
    for p in pl.packet_files:
        if p.exists() or p.is_symlink():
            shredded.files.append(shred_file(p, relative_to=study.root))
    if own_packets.is_dir():
        shredded.extend(shred_tree(own_packets, relative_to=study.root, keep_root=False))
    for p in (*pl.return_files, *pl.journal_files):
        if p.exists() or p.is_symlink():
            shredded.files.append(shred_file(p, relative_to=study.root))
    for d in pl.documents:
        if d.path and (study.root / d.path).exists():
            shredded.files.append(shred_file(study.root / d.path, relative_to=study.root))
    notes_deleted = 0
    if key is not None and passphrase is not None:
        notes_deleted = key.forget_contact_notes(code)
        if notes_deleted:
            keyfile.save_key(study, key, passphrase)
    with store.tx():
        sql.set_recordings_deleted(store, [int(r["id"]) for r in recs])
        segments = sql.delete_texts(store, pl.own_transcripts)
        shared_segments = sql.delete_speaker_segments(store, pl.shared_transcripts, code)
        segments += shared_segments
        texts_deleted = list(pl.inseparable) if delete_shared_text else []
        if texts_deleted:
            segments += sql.delete_texts(store, texts_deleted)
            sql.set_transcripts_withdrawn(store, texts_deleted)
        additions = sql.delete_additions(store, transcript_ids=pl.own_transcripts)
        additions += sql.delete_additions(store, informant_code=code)
        rounds = sql.clear_review_content(store, code)
        events = sql.scrub_session_text(store, pl.own_sessions)
        events += sql.scrub_session_text(store, pl.shared_sessions, informant=code)
        sql.scrub_informant(store, code)
        marks = sensitive_store.delete_for_transcripts(store, pl.own_transcripts)
        doc_ids = [d.id for d in pl.documents]
        paragraphs = documents_store.delete_texts(store, doc_ids)
        documents_store.clear_cells(store, doc_ids)
        for d in pl.documents:
            documents_store.update(store, d.id, status="withdrawn", state="deleted",
                                   path=None, title="")
        contacts = recruitment_store.delete_contacts(store, code)
        memos = memo_store.delete_memos_of_sessions(store, pl.own_sessions)
        summary: dict[str, Any] = {
            **_counts(pl),
            "recordings_deleted": [int(r["id"]) for r in recs],
            "shared_recordings_kept": [] if delete_shared else
            [int(r["id"]) for r in pl.shared_recordings],
            "segments_deleted": segments,
            "shared_segments_deleted": shared_segments,
            "shared_texts_deleted": texts_deleted,
            "shared_inseparable": [t for t in pl.inseparable if t not in texts_deleted],
            "shared_unlabelled": {str(k): v for k, v in pl.unlabelled.items()},
            "additions_deleted": additions,
            "review_texts_deleted": rounds,
            "session_events_cleared": events,
            "sensitive_marks_deleted": marks,
            "documents_deleted": doc_ids,
            "document_paragraphs_deleted": paragraphs,
            "contacts_deleted": contacts,
            "contact_notes_deleted": notes_deleted,
            "memos_deleted": memos,
            "files_deleted": len(shredded.files),
            "bytes_deleted": shredded.bytes,
            "files_not_overwritten": len(shredded.not_overwritten),
            "earlier_exports": [m.seq for m in pl.earlier_exports],
        }
        sql.mark_withdrawal_deleted(store, code, summary)
        store.audit("informant.withdraw", code, {**summary, "deleted": True})
    sql.compact(store)
    return {**summary, "_shredded": shredded}


def due(study: Study, today: date | None = None) -> list[dict[str, Any]]:
    """Withdrawals whose keep-until date has passed and whose material is not deleted."""
    today = today or now().date()
    out = []
    for w in sql.list_withdrawals(study.store):
        if w["deleted_at"] is None and w["keep_until"] and \
                date.fromisoformat(w["keep_until"]) <= today:
            out.append(w)
    return out
