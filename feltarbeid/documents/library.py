"""The study's documents: add a file (copy, hash, extract its text), link it to the
request made in the interview, set its status, mark its anonymised text checked, remove it.

A file is copied to ``documents/<sha256[:16]>.<format>`` (read-only, owner only) and never
modified; its original name is not stored (it may name a person). Anonymisation is the
anonymise stage's (``feltarbeid.anonymise.documents``); export is the export stage's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import locale
from ..domain import DOCUMENT_STATUSES, Document, DocumentRequest
from ..errors import FeltarbeidError
from ..files import copy_read_only, sha256_file
from ..store import documents as db
from ..store.registers import get_case, get_informant
from ..store.sessions import get_session
from ..study import Study
from .extract import NoText, detect_format, extract

# statuses a document without a file can have, and those a file can have
WITHOUT_FILE = ("requested", "promised", "refused", "not_released")
WITH_FILE = ("received", "released", "not_released")


@dataclass
class Added:
    document: Document
    paragraphs: int = 0
    warning: str = ""  # the text could not be read (the file is kept, state 'failed')


@dataclass
class Row:
    """A line of ``document list``: a document, or a request no document answers yet."""

    document: Document | None
    request: DocumentRequest | None
    paragraphs: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def find_request(study: Study, ref: str, case_code: str | None) -> DocumentRequest:
    """The request ``S001:D1`` (or ``D1`` among the case's interviews)."""
    reqs = db.requests(study.store)
    session, _, rid = ref.rpartition(":")
    found = [r for r in reqs if r.request_id == rid and (
        r.session_id == session if session else (case_code is None or r.case_code == case_code))]
    if not found:
        known = ", ".join(r.ref for r in reqs if case_code is None or r.case_code == case_code)
        raise FeltarbeidError(locale.t("documents.no_request", ref=ref),
                              hint=locale.t("documents.no_request_hint", known=known or "—"))
    if len(found) > 1:
        raise FeltarbeidError(
            locale.t("documents.request_ambiguous", ref=ref,
                     refs=", ".join(r.ref for r in found)),
            hint=locale.t("documents.request_ambiguous_hint", example=found[0].ref))
    return found[0]


def add_document(study: Study, path: Path | str | None, *, case: str | None = None,
                 request: str | None = None, informant: str | None = None,
                 status: str | None = None, kind: str = "", title: str = "") -> Added:
    """Add a document (or, without ``path``, record one that was asked for but not given).
    Checks everything before copying anything: a bad call changes nothing."""
    store = study.store
    req = find_request(study, request, case) if request else None
    case = case or (req.case_code if req else None)
    if not case:
        raise FeltarbeidError(locale.t("documents.needs_case"),
                              hint=locale.t("documents.needs_case_hint"))
    if get_case(store, case) is None:
        raise FeltarbeidError(locale.t("documents.no_case", case=case),
                              hint=locale.t("documents.no_case_hint", case=case))
    if req and req.case_code and req.case_code != case:
        raise FeltarbeidError(
            locale.t("documents.request_other_case", ref=req.ref, case=req.case_code),
            hint=locale.t("documents.needs_case_hint"))
    if informant is None and req is not None:
        session = get_session(store, req.session_id, with_events=False)
        if session is not None and len(session.informants) == 1:
            informant = session.informants[0]
    if informant is not None and get_informant(store, informant) is None:
        raise FeltarbeidError(locale.t("documents.no_informant", code=informant),
                              hint=locale.t("documents.no_informant_hint"))
    if informant is not None:
        inf = get_informant(store, informant)
        if inf is not None and (inf.consent == "withdrawn" or inf.withdrawn_at):
            raise FeltarbeidError(locale.t("documents.informant_withdrawn", code=informant),
                                  hint=locale.t("documents.informant_withdrawn_hint"))
    title = " ".join((title or (req.text if req else "")).split())
    kind = " ".join(kind.split())
    if path is None:
        status = status or (req.status if req and req.status in WITHOUT_FILE else "promised")
        if status not in WITHOUT_FILE:
            raise FeltarbeidError(locale.t("documents.status_needs_file", status=status),
                                  hint=_status_choices(WITHOUT_FILE))
        doc = Document(id=0, case_code=case, status=status, state="none",
                       informant_code=informant, session_id=req.session_id if req else None,
                       request_id=req.request_id if req else None, kind=kind, title=title)
        doc_id = db.add(store, doc)
        return Added(db.get(store, doc_id))  # type: ignore[arg-type]
    status = status or "received"
    if status not in WITH_FILE:
        raise FeltarbeidError(locale.t("documents.status_with_file", status=status),
                              hint=_status_choices(WITH_FILE))
    src = Path(path).expanduser()
    if not src.is_file():
        raise FeltarbeidError(locale.t("documents.no_file"), where=str(src),
                              hint=locale.t("documents.no_file_hint"))
    if src.stat().st_size == 0:
        raise FeltarbeidError(locale.t("documents.empty_file"), where=str(src),
                              hint=locale.t("documents.no_file_hint"))
    fmt = detect_format(src)
    digest = sha256_file(src)
    other = db.by_sha256(store, digest)
    if other is not None:
        raise FeltarbeidError(locale.t("documents.added_before", id=other.id), where=str(src),
                              hint=locale.t("documents.added_before_hint"))
    text_error = ""
    try:
        extracted = extract(src, fmt)
    except NoText as exc:
        extracted, text_error = None, exc.what
    except FeltarbeidError as exc:
        extracted, text_error = None, exc.what
    rel = f"documents/{digest[:16]}.{fmt}"
    study.documents_dir.mkdir(mode=0o700, exist_ok=True)
    copy_read_only(src, study.root / rel)
    doc = Document(id=0, case_code=case, status=status,
                   state="extracted" if extracted else "failed", informant_code=informant,
                   session_id=req.session_id if req else None,
                   request_id=req.request_id if req else None, kind=kind, title=title,
                   path=rel, format=fmt, sha256=digest, size=src.stat().st_size,
                   encoding=extracted.encoding if extracted else "",
                   failure_reason=text_error or None)
    with store.tx():
        doc_id = db.add(store, doc)
        if extracted:
            db.save_version(store, doc_id, "extracted", extracted.paragraphs)
    stored = db.get(store, doc_id)
    assert stored is not None
    return Added(stored, len(extracted.paragraphs) if extracted else 0, text_error)


def _status_choices(statuses: Iterable[str]) -> str:
    """The statuses to type, quoted, each with its name in the study's language:
    "'released' (frigitt), …" (issue 16: one language per study)."""
    shown = []
    for status in statuses:
        name = locale.t(f"documents.status_{status}")
        shown.append(f"'{status}'" + (f" ({name})" if name != status else ""))
    return locale.t("documents.status_choices", choices=", ".join(shown))


def require(study: Study, doc_id: int) -> Document:
    doc = db.get(study.store, doc_id)
    if doc is None:
        raise FeltarbeidError(locale.t("documents.no_document", id=doc_id),
                              hint=locale.t("documents.list_hint"))
    return doc


def set_status(study: Study, doc_id: int, status: str) -> Document:
    """released / not_released / received (a file is there), or requested / promised /
    refused / not_released (no file)."""
    doc = require(study, doc_id)
    if status not in DOCUMENT_STATUSES or status == "withdrawn":
        raise FeltarbeidError(locale.t("documents.bad_status", status=status),
                              hint=_status_choices(
                                  [s for s in DOCUMENT_STATUSES if s != "withdrawn"]))
    if doc.status == "withdrawn":
        raise FeltarbeidError(locale.t("documents.is_withdrawn", id=doc_id),
                              hint=locale.t("documents.is_withdrawn_hint"))
    allowed = WITH_FILE if doc.path else WITHOUT_FILE
    if status not in allowed:
        key = "documents.status_with_file" if doc.path else "documents.status_needs_file"
        raise FeltarbeidError(locale.t(key, status=status),
                              hint=_status_choices(allowed))
    db.update(study.store, doc_id, status=status, audit="document.status",
              details={"from": doc.status, "to": status})
    return require(study, doc_id)


def mark_checked(study: Study, doc_id: int) -> Document:
    """The researcher has read the anonymised text: like a verified transcript, it may be
    exported without --include-unverified."""
    doc = require(study, doc_id)
    if doc.state not in ("anonymised", "checked"):
        raise FeltarbeidError(locale.t("documents.check_needs_anonymised", id=doc_id,
                                       state=doc.state),
                              hint=locale.t("documents.check_needs_anonymised_hint"))
    version = db.latest_version(study.store, doc_id, "anonymised")
    db.update(study.store, doc_id, state="checked", audit="document.checked",
              details={"version": version["id"] if version else None})
    return require(study, doc_id)


def remove(study: Study, doc_id: int) -> int:
    """Delete a document: its file (overwritten first), its text and comparison cells.
    Returns the bytes deleted. The audit log keeps that it existed (id, hash)."""
    from ..privacy.shred import shred_file  # the one way files are deleted

    doc = require(study, doc_id)
    size = 0
    if doc.path:
        deleted = shred_file(study.root / doc.path, relative_to=study.root)
        size = deleted.size
    with study.store.tx():
        db.delete(study.store, doc_id)
        study.store.audit("document.remove", str(doc_id), {
            "sha256": (doc.sha256 or "")[:16], "bytes": size, "case": doc.case_code})
    return size


def rows(study: Study, case: str | None = None) -> list[Row]:
    """Documents, and requests made in interviews that no document answers yet."""
    store = study.store
    docs = db.list_documents(store, case_code=case)
    out: list[Row] = []
    answered = {d.request for d in docs if d.request}
    for d in docs:
        n = 0
        if d.current_version is not None:
            n = len(db.paragraphs(store, d.current_version))
        out.append(Row(d, None, n))
    for r in db.requests(store):
        if r.ref in answered or (case is not None and r.case_code != case):
            continue
        out.append(Row(None, r))
    return out


def file_path(study: Study, doc: Document) -> Path | None:
    return study.root / doc.path if doc.path else None
