"""``purge``: the end of the study. Delete what identifies people, keep what was promised.

Deleted: every recording and every document file (overwritten, then unlinked), the raw
(verbatim, extracted) and intermediate text versions of every transcript and document,
transcripts that were never verified, documents not released and checked, review
packets, returns and the answers and passages stored with review rounds, interview
journals and typed notes, batch logs, identifying fields (employer, attributes, case
labels, session places and header values, document titles), additions that were not
accepted, the recruitment contact log (its notes are in the key), and finally the linking
key.

Kept: the current, anonymised text of every verified (or exported) transcript with its
accepted additions, the anonymised text of every released document the researcher
checked (``document check``) and the comparison tables, the marks of sensitive passages
(without their reasons: a later export still holds them back), the reflexivity memos, the
exports, the audit log, and codes, roles and consent history.

Order, so that a failure loses nothing it should not: (1) check the date; (2) plan; (3) the
leak check on everything kept, against every original in the key (nothing is deleted if
it fails); (4) delete files and rows; (5) delete the key; (6) write the certificate
(``purge-certificate-<time>.md`` and ``.json`` in the study folder) and an audit entry.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import FeltarbeidError
from ..files import sha256_file
from ..locale import plural, t
from ..store import documents as documents_store
from ..store import memos as memo_store
from ..store import privacy as sql
from ..store import recruitment as recruitment_store
from ..store import sensitive as sensitive_store
from ..store import transcripts as transcripts_store
from ..store.registers import set_meta
from ..study import Study
from ..textview import plain_text
from ..timeutil import now, now_iso
from . import filetext, inventory, journals
from .report import PURGED_META
from .shred import Deleted, ShredReport, shred_file, shred_tree

CERTIFICATE_PREFIX = "purge-certificate-"


@dataclass
class PurgePlan:
    kept: list[inventory.KeptVersion]
    not_anonymised: list[inventory.KeptVersion]
    kept_documents: list[inventory.KeptDocument]
    dropped_documents: list[int]
    dropped_transcripts: list[int]
    recordings: list[dict[str, Any]]
    folders: list[Path]
    key: Path
    key_exists: bool
    export_files: list[Path]
    key_state: str = "present"  # keyfile.key_state: present | lost | deleted | none
    contacts: int = 0  # rows of the recruitment contact log (deleted)
    memos: int = 0  # reflexivity memos (kept, leak-checked)


@dataclass
class LeakCheck:
    run: bool
    originals: int = 0
    texts: int = 0
    unreadable: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class PurgeResult:
    plan: PurgePlan
    purged_at: str
    leak_check: LeakCheck
    shredded: ShredReport
    database: dict[str, int]
    key_deleted: bool
    certificate_md: Path
    certificate_json: Path


def check_date(study: Study, *, now_allowed: bool, today: date | None = None) -> None:
    today = today or now().date()
    end = study.settings.end_date
    if now_allowed:
        return
    if end is None:
        raise FeltarbeidError(t("safety.purge_no_end_date"), where=str(study.settings.path),
                              hint=t("safety.purge_no_end_date_hint"))
    if today < end:
        raise FeltarbeidError(
            t("safety.purge_before_end", end=end.isoformat(), days=(end - today).days),
            hint=t("safety.purge_before_end_hint"))


def plan(study: Study) -> PurgePlan:
    from ..anonymise.keyfile import key_state

    kp = inventory.kept_plan(study)
    recs = []
    for r in sql.recordings(study.store):
        if r["state"] == "deleted":
            continue
        path = inventory.recording_files(study, r)
        recs.append({**r, "file": str(path) if path is not None else ""})
    export_files = inventory.list_files(study.exports_dir)
    for m in inventory.export_manifests(study):
        for f in m.files:
            p = inventory.resolve_in_study(study, f)
            if p.is_file() and p not in export_files:
                export_files.append(p)
    return PurgePlan(
        kept=kp.kept, not_anonymised=kp.not_anonymised, kept_documents=kp.kept_documents,
        dropped_documents=kp.dropped_documents,
        dropped_transcripts=kp.dropped_transcripts, recordings=recs,
        folders=[study.recordings_dir, study.documents_dir, study.packets_dir,
                 study.returns_dir, study.journal_dir, study.logs_dir, study.slurm_dir],
        key=study.key_path, key_exists=study.key_path.is_file(), export_files=export_files,
        key_state=key_state(study),
        contacts=recruitment_store.contact_count(study.store),
        memos=memo_store.memo_count(study.store),
    )


def kept_texts(study: Study, pl: PurgePlan, *, keep_unanonymised: bool = False
               ) -> tuple[dict[str, str], list[str]]:
    """Everything kept after the purge, as text, by place: kept transcript versions,
    their accepted additions, reflexivity memos, export files. Second value: export files
    whose text could not be read (listed in the certificate as not checked)."""
    texts: dict[str, str] = {}
    versions = pl.kept + (pl.not_anonymised if keep_unanonymised else [])
    for kv in versions:
        segs = transcripts_store.segments(study.store, kv.version_id)
        texts[f"transcript {kv.transcript_id} (version {kv.version_id})"] = plain_text(segs)
    for a in sql.accepted_additions(study.store, [kv.transcript_id for kv in versions]):
        texts[f"transcript {a['transcript_id']} (addition {a['id']})"] = a["text"]
    texts.update(_kept_document_texts(study, pl))
    for m in memo_store.list_memos(study.store):
        texts[f"memo {m.label}"] = m.text
    unreadable = []
    for p in pl.export_files:
        text = filetext.extract_text(p)
        label = _rel(study, p)
        if text is None:
            unreadable.append(label)
        else:
            texts[label] = text
    return texts, unreadable


def leak_check(study: Study, texts: dict[str, str], *, passphrase: str | None,
               informant_codes: tuple[str, ...] = ()) -> LeakCheck:
    """Run the anonymisation stage's leak check on ``texts`` with the key's originals.
    Raises its LeakFound (a FeltarbeidError naming the place) if any original is found."""
    from ..anonymise import keyfile
    from ..anonymise.leaks import LeakFound, check_study_texts, tool_words

    key = keyfile.open_key(study, passphrase)
    n_originals = len(key.originals())
    try:
        # whole export files are read: their titles and file names are the tool's words
        check_study_texts(study, list(texts.items()), passphrase=passphrase,
                          informant_codes=informant_codes, not_near=tool_words())
    except LeakFound as exc:  # say what a purge did (nothing) and what fixes it
        exc.what = plural("safety.purge_leak_found", len(exc.leaks))
        exc.hint = t("safety.purge_leak_hint")
        exc.args = (exc.render(),)
        raise
    return LeakCheck(run=True, originals=n_originals, texts=len(texts))


def refuse_withdrawal_requests(study: Study) -> None:
    """A withdrawal asked for in a review answer must be carried out (or dismissed) before
    the purge decides what is kept: the informant's verified text would be kept."""
    from ..store.review import withdrawal_requests

    for request in withdrawal_requests(study.store, status="open"):
        code = request["informant_code"]
        raise FeltarbeidError(
            t("review.request_blocks", code=code, date=(request["requested_at"] or "")[:10]),
            where=str(study.root), hint=t("review.request_blocks_hint", code=code))


def purge(study: Study, *, passphrase: str | None = None, now_allowed: bool = False,
          keep_unanonymised: bool = False, today: date | None = None) -> PurgeResult:
    from ..anonymise.keyfile import key_exists

    check_date(study, now_allowed=now_allowed, today=today)
    key_exists(study)  # a key the study made and cannot find: no leak check, so no purge
    refuse_withdrawal_requests(study)
    pl = plan(study)
    if pl.not_anonymised and not keep_unanonymised:
        ids = ", ".join(str(k.transcript_id) for k in pl.not_anonymised)
        raise FeltarbeidError(t("privacy.purge_refused_unanonymised", ids=ids),
                              hint=t("privacy.purge_refused_unanonymised_hint"))
    texts, unreadable = kept_texts(study, pl, keep_unanonymised=keep_unanonymised)
    if pl.key_exists:
        # informants who declined anonymisation may keep their own name (leaks.py decides
        # by their recorded wish); the codes of everyone in the kept material are given
        kept_versions = pl.kept + (pl.not_anonymised if keep_unanonymised else [])
        codes = tuple(sorted({c for kv in kept_versions for c in _informants_of(study, kv)}))
        check = leak_check(study, texts, passphrase=passphrase, informant_codes=codes)
        check.unreadable = unreadable
    else:
        check = LeakCheck(run=False, texts=len(texts), unreadable=unreadable,
                          reason=t("privacy.leak_no_key"))
    journals.refuse_open(study)  # no workbench open on a text about to be deleted
    kept_hashes = _kept_hashes(study, pl, keep_unanonymised)
    purged_at = now_iso()

    # -- files ----------------------------------------------------------------------------
    store = study.store
    sql.secure_delete_on(store)
    shredded = ShredReport()
    for r in pl.recordings:
        if r["file"]:
            shredded.files.append(shred_file(Path(r["file"]), relative_to=study.root))
    for folder in pl.folders:
        shredded.extend(shred_tree(folder, relative_to=study.root))

    # -- database -------------------------------------------------------------------------
    kept_versions = pl.kept + (pl.not_anonymised if keep_unanonymised else [])
    dropped = list(pl.dropped_transcripts)
    if not keep_unanonymised:
        dropped += [k.transcript_id for k in pl.not_anonymised]
    with store.tx():
        sql.set_recordings_deleted(store, [int(r["id"]) for r in pl.recordings])
        database = {
            "segments_deleted": sql.delete_texts(
                store, [k.transcript_id for k in kept_versions],
                keep_versions=[k.version_id for k in kept_versions]),
            "additions_deleted": sql.delete_additions(
                store, transcript_ids=[k.transcript_id for k in kept_versions],
                not_accepted=True),
            "transcripts_deleted": sql.delete_transcripts(store, dropped),
            "review_texts_deleted": sql.clear_review_content(store),
            "sensitive_reasons_cleared": sensitive_store.clear_reasons(store),
            "contacts_deleted": recruitment_store.delete_contacts(store),
        }
        database.update({f"{k}_cleared": v for k, v in sql.scrub_study_identifiers(store).items()})
        database.update(_purge_documents(study, pl))
    sql.compact(store)

    # -- key ------------------------------------------------------------------------------
    key_deleted = False
    key_entry: Deleted | None = None
    if pl.key_exists:
        from ..anonymise import keyfile

        size = pl.key.stat().st_size
        keyfile.delete_key(study, passphrase or keyfile.get_passphrase())
        key_deleted = not pl.key.exists()
        key_entry = Deleted(str(pl.key), size, "", True)

    certificate = _certificate(study, pl, purged_at, check, shredded, database, key_entry,
                               kept_hashes, now_allowed=now_allowed)
    md_path, json_path = _write_certificate(study, certificate)
    with store.tx():
        set_meta(store, PURGED_META, purged_at)
        store.audit("purge", study.root.name, {
            "certificate": json_path.name,
            "certificate_sha256": hashlib.sha256(json_path.read_bytes()).hexdigest(),
            "files_deleted": len(shredded.files), "bytes_deleted": shredded.bytes,
            "files_not_overwritten": len(shredded.not_overwritten),
            "recordings_deleted": len(pl.recordings), "key_deleted": key_deleted,
            "leak_check": check.run, **database,
        })
    return PurgeResult(pl, purged_at, check, shredded, database, key_deleted, md_path,
                       json_path)


def _kept_document_texts(study: Study, pl: PurgePlan) -> dict[str, str]:
    """The kept documents' text and the comparison cells (the researcher's words), by
    place, for the leak check."""
    texts = {f"document {kd.document_id} (version {kd.version_id})": "\n".join(
        p.text for p in documents_store.paragraphs(study.store, kd.version_id))
        for kd in pl.kept_documents}
    for c in documents_store.cells(study.store):
        if c["text"]:
            texts[f"comparison {c['template_id']}: {c['theme_id']}/{c['document_id']}"] = \
                c["text"]
    return texts


def _purge_documents(study: Study, pl: PurgePlan) -> dict[str, int]:
    """Documents: every file is gone (the folder is shredded); keep the checked anonymised
    text of released documents, delete every other paragraph, clear titles."""
    store = study.store
    kept = {kd.document_id: kd.version_id for kd in pl.kept_documents}
    all_ids = [d.id for d in documents_store.list_documents(store)]
    deleted = documents_store.delete_texts(store, all_ids, keep_versions=list(kept.values()))
    for doc_id in all_ids:
        documents_store.update(store, doc_id, path=None, **(
            {} if doc_id in kept else {"state": "deleted"}))
    return {"document_paragraphs_deleted": deleted,
            "documents_text_deleted": len(pl.dropped_documents),
            "document_titles_cleared": documents_store.clear_free_text(store)}


def _informants_of(study: Study, kv: inventory.KeptVersion) -> list[str]:
    row = study.store.one(
        "SELECT r.session_id FROM transcripts t JOIN recordings r ON r.id = t.recording_id"
        " WHERE t.id = ?", (kv.transcript_id,))
    return sql.session_informants(study.store, row["session_id"]) if row and \
        row["session_id"] else []


def _kept_hashes(study: Study, pl: PurgePlan, keep_unanonymised: bool) -> dict[str, Any]:
    versions = pl.kept + (pl.not_anonymised if keep_unanonymised else [])
    transcripts = []
    for kv in versions:
        text = plain_text(transcripts_store.segments(study.store, kv.version_id))
        transcripts.append({
            "transcript": kv.transcript_id, "version": kv.version_id, "kind": kv.kind,
            "anonymised": kv.anonymised,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        })
    documents = [{"document": kd.document_id, "version": kd.version_id,
                  "text_sha256": hashlib.sha256("\n".join(
                      p.text for p in documents_store.paragraphs(study.store, kd.version_id)
                  ).encode("utf-8")).hexdigest()} for kd in pl.kept_documents]
    files = []
    for p in pl.export_files:
        files.append({"path": _rel(study, p), "size": p.stat().st_size,
                      "sha256": sha256_file(p)})
    return {"transcripts": transcripts, "documents": documents, "files": files}


def _certificate(study: Study, pl: PurgePlan, purged_at: str, check: LeakCheck,
                 shredded: ShredReport, database: dict[str, int], key: Deleted | None,
                 kept: dict[str, Any], *, now_allowed: bool) -> dict[str, Any]:
    end = study.settings.end_date
    return {
        "format": "feltarbeid-purge-certificate",
        "version": 1,
        "feltarbeid": __version__,
        "study": study.title,
        "study_id": study.study_id,
        "purged_at": purged_at,
        "end_date": end.isoformat() if end else None,
        "before_end_date": bool(now_allowed and (end is None or now().date() < end)),
        "deleted": {
            "files": [f.__dict__ for f in shredded.files],
            "files_not_overwritten": shredded.not_overwritten,
            "bytes": shredded.bytes,
            "recordings": [{"id": int(r["id"]), "sha256": r["sha256"], "size": r["size"]}
                           for r in pl.recordings],
            "database": database,
            "key": {"path": key.path, "size": key.size} if key else None,
        },
        "kept": kept,
        "leak_check": {"run": check.run, "originals": check.originals, "texts": check.texts,
                       "not_checked": check.unreadable, "reason": check.reason},
        "audit_head_before": study.store.audit_head(),
        "limits": t("privacy.limits_note"),
    }


def _write_certificate(study: Study, cert: dict[str, Any]) -> tuple[Path, Path]:
    stamp = cert["purged_at"][:19].replace(":", "").replace("-", "").replace("T", "-")
    base = study.root / f"{CERTIFICATE_PREFIX}{stamp}"
    json_path = base.with_suffix(".json")
    md_path = base.with_suffix(".md")
    _write_private(json_path, json.dumps(cert, ensure_ascii=False, indent=2) + "\n")
    _write_private(md_path, certificate_markdown(cert))
    return md_path, json_path


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def certificate_markdown(c: dict[str, Any]) -> str:
    d = c["deleted"]
    lc = c["leak_check"]
    L = [f"# {t('privacy.cert_title', title=c['study'])}", ""]
    L.append(f"{t('privacy.cert_when', at=c['purged_at'])}  ")
    L.append(f"{t('privacy.end_date')}: {c['end_date'] or '—'}"
             + (f" ({t('privacy.cert_before_end')})" if c["before_end_date"] else "") + "  ")
    L.append(f"{t('privacy.cert_study_id')}: `{c['study_id']}`")
    L.append("")
    L.append(f"## {t('privacy.cert_deleted')}")
    L.append("")
    L.append(f"- {t('privacy.cert_files', n=len(d['files']), bytes=d['bytes'])}")
    L.append(f"- {t('privacy.cert_recordings', n=len(d['recordings']))}")
    db = d["database"]
    L.append(f"- {t('privacy.cert_db', segments=db.get('segments_deleted', 0), transcripts=db.get('transcripts_deleted', 0), rounds=db.get('review_texts_deleted', 0))}")  # noqa: E501
    L.append(f"- {t('privacy.cert_key_deleted', path=d['key']['path'])}" if d["key"]
             else f"- {t('privacy.cert_no_key')}")
    if d["files_not_overwritten"]:
        L.append(f"- {t('privacy.cert_not_overwritten', n=len(d['files_not_overwritten']))}")
    L.append("")
    if d["files"]:
        L.append("| " + t("privacy.col_where") + " | bytes | sha256 |")
        L.append("| --- | ---: | --- |")
        L.extend(f"| `{f['path']}` | {f['size']} | `{f['sha256'][:16]}…` |" for f in d["files"])
        L.append("")
    L.append(f"## {t('privacy.cert_kept')}")
    L.append("")
    L.append("| " + t("privacy.col_what") + " | sha256 |")
    L.append("| --- | --- |")
    for k in c["kept"]["transcripts"]:
        L.append(f"| {t('privacy.cert_transcript', id=k['transcript'], version=k['version'], kind=k['kind'])} | `{k['text_sha256']}` |")  # noqa: E501
    for k in c["kept"].get("documents", []):
        L.append(f"| {t('privacy.cert_document', id=k['document'], version=k['version'])} | `{k['text_sha256']}` |")  # noqa: E501
    for f in c["kept"]["files"]:
        L.append(f"| `{f['path']}` ({f['size']} bytes) | `{f['sha256']}` |")
    L.append("")
    L.append(f"## {t('privacy.cert_leak')}")
    L.append("")
    if lc["run"]:
        L.append(t("privacy.cert_leak_passed", originals=lc["originals"], texts=lc["texts"]))
    else:
        L.append(t("privacy.cert_leak_not_run", reason=lc["reason"]))
    if lc["not_checked"]:
        L.append("")
        L.append(t("privacy.cert_not_checked", files=", ".join(lc["not_checked"])))
    L.append("")
    L.append(f"## {t('privacy.cert_limits')}")
    L.append("")
    L.append(c["limits"])
    L.append("")
    L.append(t("privacy.audit_head_line", head=c["audit_head_before"] or "—"))
    L.append("")
    return "\n".join(L)


def _rel(study: Study, path: Path) -> str:
    try:
        return path.resolve().relative_to(study.root.resolve()).as_posix()
    except ValueError:
        return str(path)
