"""Cases, informants, guides and study metadata."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..domain import Case, Informant
from ..errors import FeltarbeidError
from ..locale import t
from ..timeutil import now_iso
from .core import Store, dumps, loads

# ------------------------------------------------------------------------------ meta


def get_meta(store: Store, key: str, default: str | None = None) -> str | None:
    row = store.one("SELECT value FROM meta WHERE key = ?", (key,))
    return row["value"] if row else default


def set_meta(store: Store, key: str, value: str) -> None:
    with store.tx():
        store.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


# ------------------------------------------------------------------------------ cases


def add_case(store: Store, case: Case) -> None:
    try:
        with store.tx():
            store.execute(
                "INSERT INTO cases(code, label, attributes, created_at) VALUES (?,?,?,?)",
                (case.code, case.label, dumps(case.attributes), now_iso()),
            )
            store.audit("case.add", case.code, {"attributes": sorted(case.attributes)})
    except sqlite3.IntegrityError:
        raise FeltarbeidError(t("core.case_exists", code=case.code),
                              hint=t("core.case_exists_hint")) from None


def get_case(store: Store, code: str) -> Case | None:
    row = store.one("SELECT * FROM cases WHERE code = ?", (code,))
    return _case(row) if row else None


def require_case(store: Store, code: str) -> Case:
    """The case ``code``, or the error a user reads when it does not exist."""
    case = get_case(store, code)
    if case is None:
        raise FeltarbeidError(t("core.case_missing", code=code),
                              hint=t("core.case_missing_hint", code=code))
    return case


def list_cases(store: Store) -> list[Case]:
    return [_case(r) for r in store.all("SELECT * FROM cases ORDER BY code")]


def _case(row: sqlite3.Row) -> Case:
    return Case(code=row["code"], label=row["label"], attributes=loads(row["attributes"], {}))


# ------------------------------------------------------------------------------ informants

_INFORMANT_FIELDS = (
    "role", "case_code", "employer", "attributes", "consent", "consent_at", "withdrawn_at",
    "anonymise_wish", "audio_export",
)


def add_informant(store: Store, inf: Informant) -> None:
    if inf.case_code:
        require_case(store, inf.case_code)
    try:
        with store.tx():
            store.execute(
                "INSERT INTO informants(code, role, case_code, employer, attributes, consent,"
                " consent_at, withdrawn_at, anonymise_wish, audio_export, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    inf.code, inf.role, inf.case_code, inf.employer, dumps(inf.attributes),
                    inf.consent, inf.consent_at, inf.withdrawn_at, inf.anonymise_wish,
                    inf.audio_export, now_iso(),
                ),
            )
            store.audit("informant.add", inf.code, {"consent": inf.consent})
    except sqlite3.IntegrityError:
        raise FeltarbeidError(t("core.informant_exists", code=inf.code),
                              hint=t("core.informant_exists_hint", code=inf.code)) from None


def get_informant(store: Store, code: str) -> Informant | None:
    row = store.one("SELECT * FROM informants WHERE code = ?", (code,))
    return _informant(row) if row else None


def require_informant(store: Store, code: str) -> Informant:
    inf = get_informant(store, code)
    if inf is None:
        known = ", ".join(i.code for i in list_informants(store)) or t("core.informants_none_yet")
        raise FeltarbeidError(t("core.informant_missing", code=code),
                              hint=t("core.informant_missing_hint", known=known))
    return inf


def list_informants(store: Store) -> list[Informant]:
    return [_informant(r) for r in store.all("SELECT * FROM informants ORDER BY code")]


def update_informant(store: Store, code: str, *, audit_action: str = "informant.update",
                     **changes: Any) -> Informant:
    """Change fields of an informant (one transaction, audited by field name only)."""
    unknown = set(changes) - set(_INFORMANT_FIELDS)
    if unknown:
        raise ValueError(f"unknown informant fields: {sorted(unknown)}")
    require_informant(store, code)
    if not changes:
        return require_informant(store, code)
    values = [dumps(v) if k == "attributes" else v for k, v in changes.items()]
    assignments = ", ".join(f"{k} = ?" for k in changes)
    with store.tx():
        store.execute(f"UPDATE informants SET {assignments} WHERE code = ?", (*values, code))
        store.audit(audit_action, code, {"fields": sorted(changes)})
    return require_informant(store, code)


def set_informant_attribute(store: Store, code: str, name: str, value: Any) -> Informant:
    inf = require_informant(store, code)
    attrs = dict(inf.attributes)
    attrs[name] = value
    return update_informant(store, code, attributes=attrs)


def _informant(row: sqlite3.Row) -> Informant:
    return Informant(
        code=row["code"], role=row["role"], case_code=row["case_code"], employer=row["employer"],
        attributes=loads(row["attributes"], {}), consent=row["consent"],
        consent_at=row["consent_at"], withdrawn_at=row["withdrawn_at"],
        anonymise_wish=row["anonymise_wish"], audio_export=row["audio_export"],
    )


# ------------------------------------------------------------------------------ guides


def save_guide(store: Store, *, hash: str, guide_id: str, title: str, version: str,
               source_path: str, content: str) -> bool:
    """Store a guide version by content hash. Returns True if it was new."""
    with store.tx():
        cur = store.execute(
            "INSERT OR IGNORE INTO guides(hash, guide_id, title, version, source_path, content,"
            " added_at) VALUES (?,?,?,?,?,?,?)",
            (hash, guide_id, title, version, source_path, content, now_iso()),
        )
        new = cur.rowcount == 1
        if new:
            store.audit("guide.add", hash[:12], {"guide_id": guide_id, "version": version})
    return new


def guide_content(store: Store, hash: str) -> str | None:
    row = store.one("SELECT content FROM guides WHERE hash = ?", (hash,))
    return row["content"] if row else None


def list_guides(store: Store) -> list[dict[str, Any]]:
    """Stored guide versions, oldest first (in the order they were stored, also within one
    second)."""
    return [dict(r) for r in store.all(
        "SELECT hash, guide_id, title, version, source_path, added_at FROM guides"
        " ORDER BY added_at, rowid"
    )]
