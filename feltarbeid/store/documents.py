"""Documents: the rows, their text versions and paragraphs, the requests made in interviews,
and the comparison of documents against templates.

Text versions work like a transcript's: ``extracted`` (read from the file) and
``anonymised`` (from the anonymise stage; ``spans`` holds what was replaced: offsets,
labels and keyed hashes, never originals). ``current_version`` points at the newest.
No original file name is stored anywhere (it may name a person).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from typing import Any

from ..domain import Document, DocumentRequest, Paragraph
from ..timeutil import now_iso
from .core import Store, dumps, loads

_FIELDS = ("case_code", "informant_code", "session_id", "request_id", "kind", "title",
           "status", "state", "path", "format", "sha256", "size", "encoding", "failure_reason")


def text_hash(paragraphs: Sequence[Paragraph]) -> str:
    h = hashlib.sha256()
    for p in paragraphs:
        h.update(f"{p.idx}\x1f{p.page or ''}\x1f{p.text}\x1e".encode())
    return h.hexdigest()


# ------------------------------------------------------------------------------ documents


def add(store: Store, doc: Document) -> int:
    """Insert a document (``doc.id`` is ignored); audited without names or titles."""
    now = now_iso()
    with store.tx():
        cur = store.execute(
            f"INSERT INTO documents({', '.join(_FIELDS)}, added_at, updated_at)"
            f" VALUES ({','.join('?' * (len(_FIELDS) + 2))})",
            (*(getattr(doc, f) for f in _FIELDS), now, now))
        doc_id = int(cur.lastrowid or 0)
        store.audit("document.add", str(doc_id), {
            "case": doc.case_code, "informant": doc.informant_code, "request": doc.request,
            "status": doc.status, "format": doc.format, "size": doc.size,
            "sha256": (doc.sha256 or "")[:16]})
    return doc_id


def get(store: Store, doc_id: int) -> Document | None:
    row = store.one("SELECT * FROM documents WHERE id = ?", (doc_id,))
    return _document(row) if row else None


def by_sha256(store: Store, sha256: str) -> Document | None:
    row = store.one("SELECT * FROM documents WHERE sha256 = ?", (sha256,))
    return _document(row) if row else None


def list_documents(store: Store, *, case_code: str | None = None) -> list[Document]:
    if case_code is None:
        rows = store.all("SELECT * FROM documents ORDER BY id")
    else:
        rows = store.all("SELECT * FROM documents WHERE case_code = ? ORDER BY id",
                         (case_code,))
    return [_document(r) for r in rows]


def update(store: Store, doc_id: int, *, audit: str | None = None,
           details: dict[str, Any] | None = None, **changes: Any) -> None:
    """Change fields of a document (``status``, ``state``, ``kind``, ``title`` ...)."""
    bad = set(changes) - set(_FIELDS) - {"current_version"}
    if bad:
        raise ValueError(f"unknown document fields: {sorted(bad)}")
    with store.tx():
        if changes:
            store.execute(
                f"UPDATE documents SET {', '.join(f'{k} = ?' for k in changes)}, updated_at = ?"
                " WHERE id = ?", (*changes.values(), now_iso(), doc_id))
        if audit:
            store.audit(audit, str(doc_id), details or {})


def delete(store: Store, doc_id: int) -> None:
    """Delete a document with its versions, paragraphs and comparison cells."""
    with store.tx():
        store.execute("UPDATE documents SET current_version = NULL WHERE id = ?", (doc_id,))
        vids = [r["id"] for r in store.all(
            "SELECT id FROM document_versions WHERE document_id = ?", (doc_id,))]
        if vids:
            marks = ",".join("?" * len(vids))
            store.execute(f"DELETE FROM document_paragraphs WHERE version_id IN ({marks})",
                          tuple(vids))
            store.execute(f"UPDATE document_versions SET parent_id = NULL WHERE id IN ({marks})",
                          tuple(vids))
            store.execute(f"DELETE FROM document_versions WHERE id IN ({marks})", tuple(vids))
        store.execute("DELETE FROM document_comparisons WHERE document_id = ?", (doc_id,))
        store.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def _document(r: sqlite3.Row) -> Document:
    return Document(
        id=r["id"], case_code=r["case_code"], status=r["status"], state=r["state"],
        informant_code=r["informant_code"], session_id=r["session_id"],
        request_id=r["request_id"], kind=r["kind"], title=r["title"], path=r["path"],
        format=r["format"], sha256=r["sha256"], size=r["size"], encoding=r["encoding"],
        failure_reason=r["failure_reason"], current_version=r["current_version"],
        added_at=r["added_at"], updated_at=r["updated_at"])


# ------------------------------------------------------------------------------ text


def save_version(store: Store, doc_id: int, kind: str, paragraphs: Sequence[Paragraph], *,
                 parent_id: int | None = None, spans: list[dict[str, Any]] | None = None,
                 fingerprint: str = "", state: str | None = None) -> int:
    """Write a text version with its paragraphs, make it current, optionally move state."""
    with store.tx():
        cur = store.execute(
            "INSERT INTO document_versions(document_id, kind, parent_id, text_hash, spans,"
            " fingerprint, created_at) VALUES (?,?,?,?,?,?,?)",
            (doc_id, kind, parent_id, text_hash(paragraphs), dumps(spans or []), fingerprint,
             now_iso()))
        vid = int(cur.lastrowid or 0)
        store.conn.executemany(
            "INSERT INTO document_paragraphs(version_id, idx, page, text) VALUES (?,?,?,?)",
            [(vid, p.idx, p.page, p.text) for p in paragraphs])
        changes: dict[str, Any] = {"current_version": vid}
        if state:
            changes["state"] = state
            changes["failure_reason"] = None
        update(store, doc_id, **changes)
    return vid


def set_fingerprint(store: Store, version_id: int, fingerprint: str) -> None:
    with store.tx():
        store.execute("UPDATE document_versions SET fingerprint = ? WHERE id = ?",
                      (fingerprint, version_id))


def paragraphs(store: Store, version_id: int) -> list[Paragraph]:
    return [Paragraph(r["idx"], r["text"], r["page"]) for r in store.all(
        "SELECT idx, page, text FROM document_paragraphs WHERE version_id = ? ORDER BY idx",
        (version_id,))]


def versions(store: Store, doc_id: int) -> list[dict[str, Any]]:
    """Every text version (newest last) with ``spans`` decoded and its paragraph count."""
    return [{**dict(r), "spans": loads(r["spans"], [])} for r in store.all(
        "SELECT v.*, (SELECT COUNT(*) FROM document_paragraphs p WHERE p.version_id = v.id)"
        " AS n_paragraphs FROM document_versions v WHERE v.document_id = ? ORDER BY v.id",
        (doc_id,))]


def latest_version(store: Store, doc_id: int, kind: str) -> dict[str, Any] | None:
    found = [v for v in versions(store, doc_id) if v["kind"] == kind]
    return found[-1] if found else None


def delete_texts(store: Store, doc_ids: Sequence[int], *,
                 keep_versions: Sequence[int] = ()) -> int:
    """Delete the paragraphs of every version of these documents except ``keep_versions``
    (the version rows stay as empty shells, like transcripts'). Returns paragraphs deleted."""
    if not doc_ids:
        return 0
    params: tuple[Any, ...] = tuple(doc_ids)
    sql = (f"SELECT id FROM document_versions WHERE document_id IN"
           f" ({','.join('?' * len(doc_ids))})")
    if keep_versions:
        sql += f" AND id NOT IN ({','.join('?' * len(keep_versions))})"
        params += tuple(keep_versions)
    with store.tx():
        vids = [r["id"] for r in store.all(sql, params)]
        if not vids:
            return 0
        cur = store.execute(
            f"DELETE FROM document_paragraphs WHERE version_id IN ({','.join('?' * len(vids))})",
            tuple(vids))
        store.execute(
            f"UPDATE document_versions SET spans = '[]' WHERE id IN"
            f" ({','.join('?' * len(vids))})", tuple(vids))
        return int(cur.rowcount)


def paragraph_counts(store: Store) -> dict[str, int]:
    """Paragraphs held in the database by kind of text: extracted (the original's words,
    names included), anonymised."""
    rows = store.all(
        "SELECT v.kind, COUNT(*) AS n FROM document_paragraphs p JOIN document_versions v"
        " ON v.id = p.version_id GROUP BY v.kind")
    return {r["kind"]: int(r["n"]) for r in rows}


def clear_free_text(store: Store) -> int:
    """Purge: titles (typed by the researcher or copied from the interview's request) may
    name someone; the comparison cells are kept (leak-checked with the kept texts)."""
    with store.tx():
        return int(store.execute("UPDATE documents SET title = '' WHERE title != ''").rowcount)


# ------------------------------------------------------------------------------ requests


def requests(store: Store) -> list[DocumentRequest]:
    """Every document asked for in an interview (session events ``document_request``), the
    last event of each (session, request id) winning. The case is the session's, else
    the case of its informants when they share one."""
    out: dict[tuple[str, str], DocumentRequest] = {}
    cases: dict[str, str | None] = {}
    for r in store.all(
            "SELECT e.session_id, e.seq, e.item_id, e.at, e.payload, s.case_code"
            " FROM events e JOIN sessions s ON s.id = e.session_id"
            " WHERE e.kind = 'document_request' ORDER BY e.session_id, e.seq"):
        payload = loads(r["payload"], {}) or {}
        rid = str(payload.get("id") or r["seq"])
        sid = r["session_id"]
        if sid not in cases:
            cases[sid] = r["case_code"] or _informants_case(store, sid)
        out[(sid, rid)] = DocumentRequest(
            session_id=sid, request_id=rid, text=str(payload.get("text", "")),
            status=str(payload.get("status", "promised")), case_code=cases[sid],
            item_id=r["item_id"], at=r["at"])
    return list(out.values())


def _informants_case(store: Store, session_id: str) -> str | None:
    rows = store.all(
        "SELECT DISTINCT i.case_code FROM session_participants sp JOIN informants i"
        " ON i.code = sp.code WHERE sp.session_id = ? AND sp.role = 'informant'"
        " AND i.case_code IS NOT NULL", (session_id,))
    return rows[0]["case_code"] if len(rows) == 1 else None


# ------------------------------------------------------------------------------ comparison


def save_template(store: Store, template_id: str, title: str,
                  themes: list[dict[str, str]], kind: str = "") -> bool:
    """Store (or replace) a template. Returns True if it was new."""
    with store.tx():
        new = store.one("SELECT 1 FROM document_templates WHERE id = ?", (template_id,)) is None
        store.execute(
            "INSERT INTO document_templates(id, title, kind, themes, added_at)"
            " VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
            " kind = excluded.kind, themes = excluded.themes",
            (template_id, title, kind, dumps(themes), now_iso()))
        store.audit("document.template", template_id, {"themes": len(themes), "new": new})
    return new


def templates(store: Store) -> list[dict[str, Any]]:
    """Every template: ``id``, ``title``, ``kind`` and ``themes`` ([{id, text}])."""
    return [{"id": r["id"], "title": r["title"], "kind": r["kind"],
             "themes": loads(r["themes"], []), "added_at": r["added_at"]}
            for r in store.all("SELECT * FROM document_templates ORDER BY id")]


def template(store: Store, template_id: str) -> dict[str, Any] | None:
    return next((t for t in templates(store) if t["id"] == template_id), None)


def set_cell(store: Store, template_id: str, theme_id: str, doc_id: int, *,
             as_template: bool = False, text: str = "") -> None:
    with store.tx():
        store.execute(
            "INSERT INTO document_comparisons(template_id, theme_id, document_id, as_template,"
            " text, updated_at) VALUES (?,?,?,?,?,?) ON CONFLICT(template_id, theme_id,"
            " document_id) DO UPDATE SET as_template = excluded.as_template,"
            " text = excluded.text, updated_at = excluded.updated_at",
            (template_id, theme_id, doc_id, int(as_template), text, now_iso()))


def clear_cell(store: Store, template_id: str, theme_id: str, doc_id: int) -> bool:
    with store.tx():
        return store.execute(
            "DELETE FROM document_comparisons WHERE template_id = ? AND theme_id = ?"
            " AND document_id = ?", (template_id, theme_id, doc_id)).rowcount > 0


def cells(store: Store, template_id: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM document_comparisons"
    params: tuple[Any, ...] = ()
    if template_id is not None:
        sql += " WHERE template_id = ?"
        params = (template_id,)
    return [dict(r) for r in store.all(sql + " ORDER BY template_id, document_id, theme_id",
                                       params)]


def comparison_documents(store: Store, template: dict[str, Any], *,
                         include_not_released: bool = False) -> list[Document]:
    """The columns of a template's comparison table: released documents of the template's
    kind (if it names one) and every document that has a cell in it; withdrawn or refused
    documents never; not released ones only when asked."""
    statuses = ("released", "received", "not_released") if include_not_released \
        else ("released",)
    with_cells = {c["document_id"] for c in cells(store, template["id"])}
    kind = str(template.get("kind") or "").casefold()
    return [d for d in list_documents(store) if d.status in statuses and (
        d.id in with_cells or (kind and d.kind.casefold() == kind))]


def comparison_labels(docs: Sequence[Document]) -> list[str]:
    """Column headers: the case code, or ``K1/3`` (case/document id) where a case has
    several documents in the table."""
    count: dict[str, int] = {}
    for d in docs:
        count[d.case_code or ""] = count.get(d.case_code or "", 0) + 1
    return [d.case_code if d.case_code and count[d.case_code] == 1
            else f"{d.case_code or '—'}/{d.id}" for d in docs]


def clear_cells(store: Store, doc_ids: Sequence[int]) -> int:
    """Delete the comparison cells of these documents (a withdrawal)."""
    if not doc_ids:
        return 0
    with store.tx():
        return int(store.execute(
            f"DELETE FROM document_comparisons WHERE document_id IN"
            f" ({','.join('?' * len(doc_ids))})", tuple(doc_ids)).rowcount)
