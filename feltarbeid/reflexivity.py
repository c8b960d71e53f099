"""Reflexivity memos: the researcher's notes on their own pre-understanding, for the whole
project or written before and after an interview, per interviewer.

Memos are research material. They live in the database (``store.memos``), go out with
every export as memos (``.qdpx`` Notes, a ``memos`` table), and stay after the purge.
Because they leave the study, the leak check reads them before every export and before the
purge, exactly like the session notes: a memo that names an informant, a person or a place
from the linking key stops the export and is named, never the name; write codes
(IP01, [Person 3]) instead, edit the memo, or export ``--without-memos``.
"""

from __future__ import annotations

import re

from .domain import MEMO_KINDS, Memo
from .errors import FeltarbeidError
from .locale import t
from .store import memos as db
from .store import sessions
from .study import Study
from .timeutil import now_iso

MEMO_MAX = 100_000
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")
_ID = re.compile(r"[Mm]?(\d+)")


def parse_memo_id(text: str) -> int:
    """'M3' or '3' → 3."""
    m = _ID.fullmatch(text.strip())
    if not m:
        raise FeltarbeidError(t("memo.bad_id", value=text), hint=t("memo.id_hint"))
    return int(m.group(1))


def require_memo(study: Study, memo_id: int) -> Memo:
    memo = db.get_memo(study.store, memo_id)
    if memo is None:
        raise FeltarbeidError(t("memo.no_memo", id=f"M{memo_id}"), hint=t("memo.id_hint"))
    return memo


def _check(study: Study, *, text: str | None = None, kind: str | None = None,
           interviewer: str | None = None, session_id: str | None = None) -> None:
    if text is not None:
        if not text.strip():
            raise FeltarbeidError(t("memo.empty"), hint=t("memo.empty_hint"))
        if len(text) > MEMO_MAX:
            raise FeltarbeidError(t("memo.too_long", n=len(text), max=MEMO_MAX),
                                  hint=t("memo.too_long_hint"))
    if kind is not None and kind not in MEMO_KINDS:
        raise FeltarbeidError(t("memo.bad_kind", value=kind), hint=t("memo.kinds_hint"))
    if interviewer and not _CODE.fullmatch(interviewer):
        raise FeltarbeidError(t("memo.bad_interviewer", value=interviewer),
                              hint=t("memo.interviewer_hint"))
    if session_id and sessions.get_session(study.store, session_id, with_events=False) is None:
        raise FeltarbeidError(t("memo.no_session", session=session_id),
                              hint=t("memo.session_hint"))
    if kind == "project" and session_id:
        raise FeltarbeidError(t("memo.project_with_session"),
                              hint=t("memo.project_with_session_hint"))


def default_kind(study: Study, session_id: str | None) -> str:
    """Without --kind: 'project' without a session; with one, 'before' while the interview
    has not started and 'after' once it has."""
    if not session_id:
        return "project"
    s = sessions.get_session(study.store, session_id, with_events=False)
    return "before" if s is not None and s.status == "planned" else "after"


def add(study: Study, text: str, *, kind: str | None = None, interviewer: str = "",
        session_id: str | None = None) -> Memo:
    kind = kind or default_kind(study, session_id)
    text = text.strip()
    _check(study, text=text, kind=kind, interviewer=interviewer, session_id=session_id)
    return db.add_memo(study.store, Memo(id=0, kind=kind, text=text, written_at=now_iso(),
                                         interviewer=interviewer, session_id=session_id))


def edit(study: Study, memo_id: int, *, text: str | None = None, kind: str | None = None,
         interviewer: str | None = None, session_id: str | None = None) -> Memo:
    """Change a memo; unchanged fields stay. The time it was written stays, the time of the
    change is recorded (and shown in exports)."""
    memo = require_memo(study, memo_id)
    changes: dict[str, object] = {}
    if text is not None and text.strip() != memo.text:
        changes["text"] = text.strip()
    if kind is not None and kind != memo.kind:
        changes["kind"] = kind
    if interviewer is not None and interviewer != memo.interviewer:
        changes["interviewer"] = interviewer
    if session_id is not None and (session_id or None) != memo.session_id:
        changes["session_id"] = session_id or None
    final_kind = str(changes.get("kind", memo.kind))
    final_session = changes.get("session_id", memo.session_id)
    _check(study, text=changes.get("text"), kind=final_kind,  # type: ignore[arg-type]
           interviewer=changes.get("interviewer"),  # type: ignore[arg-type]
           session_id=final_session)  # type: ignore[arg-type]
    if not changes:
        return memo
    return db.update_memo(study.store, memo_id, **changes)
