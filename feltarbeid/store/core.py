"""The SQLite store: connection, migrations, transactions and the audit log.

The store package is the only place in feltarbeid that writes SQL. ``Store`` owns the
connection; the modules beside this one (``registers``, ``sessions``, ``recordings``,
``transcripts``, ...) hold the queries for one area each and take a ``Store``.

Rules: WAL journal, foreign keys on, a busy timeout so two processes can write, and every
multi-row change inside ``with store.tx():`` (BEGIN IMMEDIATE ... COMMIT, rolled back on
any exception).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..locale import t
from ..timeutil import now_iso
from .schema import MIGRATIONS

DB_FILE = "feltarbeid.db"
AUDIT_HEAD_KEY = "audit_head"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Store:
    """One open study database."""

    def __init__(self, path: Path, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self._local = threading.local()
        try:
            self.conn = sqlite3.connect(
                str(self.path), timeout=30.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(t("safety.db_cannot_open", error=exc), where=str(self.path),
                             hint=t("safety.db_cannot_open_hint")) from None
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA busy_timeout = 30000")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            # what is deleted or replaced is overwritten in the file, not left in free pages
            self.conn.execute("PRAGMA secure_delete = ON")
        except sqlite3.DatabaseError as exc:
            if read_only_part(self.path) is not None:
                raise store_error(self.path, exc) from None
            raise StoreError(
                t("safety.db_not_feltarbeid"),
                where=str(self.path),
                hint=t("safety.db_not_feltarbeid_hint"),
            ) from None
        if migrate:
            self.migrate()

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction. Nested calls join the outer one."""
        depth = getattr(self._local, "depth", 0)
        if depth:
            self._local.depth = depth + 1
            try:
                yield self.conn
            finally:
                self._local.depth = depth
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise store_error(self.path, exc) from None
        self._local.depth = 1
        try:
            yield self.conn
        except sqlite3.OperationalError as exc:
            self.conn.execute("ROLLBACK")
            if read_only_part(self.path) is not None:
                raise store_error(self.path, exc) from None
            raise
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                self.conn.execute("ROLLBACK")
                raise store_error(self.path, exc) from None
        finally:
            self._local.depth = 0

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    # -- schema --------------------------------------------------------------------------
    def version(self) -> int:
        row = self.one(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
        )
        if row is None:
            return 0
        got = self.one("SELECT MAX(version) AS v FROM schema_version")
        return int(got["v"] or 0) if got else 0

    def migrate(self) -> int:
        """Apply every migration newer than the file's version, each in one transaction."""
        current = self.version()
        latest = len(MIGRATIONS)
        if current > latest:
            raise StoreError(
                t("safety.db_newer", current=current, latest=latest),
                where=str(self.path),
                hint=t("safety.db_newer_hint"),
            )
        for number in range(current + 1, latest + 1):
            with self.tx() as conn:
                # re-check inside the lock: another process may have migrated meanwhile
                if self.version() >= number:
                    continue
                for statement in _split_sql(MIGRATIONS[number - 1]):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_version(version, applied_at) VALUES (?, ?)",
                    (number, now_iso()),
                )
        return latest

    # -- audit log -----------------------------------------------------------------------
    def audit(
        self, action: str, subject: str = "", details: dict[str, Any] | None = None,
        *, actor: str = "",
    ) -> int:
        """Append one entry to the hash-chained audit log (inside the caller's transaction
        if there is one). Never put names or transcript text in ``details``."""
        import getpass

        actor = actor or _safe_user(getpass)
        with self.tx():
            prev = self.one("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            prev_hash = prev["hash"] if prev else ""
            at = now_iso("microseconds")
            payload = _dumps(details or {})
            digest = audit_hash(prev_hash, at, actor, action, subject, payload)
            cur = self.execute(
                "INSERT INTO audit_log(at, actor, action, subject, details, prev_hash, hash)"
                " VALUES (?,?,?,?,?,?,?)",
                (at, actor, action, subject, payload, prev_hash, digest),
            )
            seq = int(cur.lastrowid or 0)
            # the head marker lets verify_audit notice deleted entries at the end
            self.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (AUDIT_HEAD_KEY, f"{seq} {digest}"),
            )
            return seq

    def audit_entries(self, action: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM audit_log"
        params: tuple[Any, ...] = ()
        if action:
            sql += " WHERE action = ?"
            params = (action,)
        rows = self.all(sql + " ORDER BY seq", params)
        return [{**dict(r), "details": json.loads(r["details"])} for r in rows]

    def verify_audit(self) -> list[str]:
        """Problems in the audit chain (empty list = intact): a changed entry, a deleted or
        moved entry (broken link), or deleted entries at the end (head marker in ``meta``)."""
        problems: list[str] = []
        prev_hash = ""
        last: sqlite3.Row | None = None
        for row in self.all("SELECT * FROM audit_log ORDER BY seq"):
            # content: the entry against its own hash; order: its link to the one before
            expected = audit_hash(
                row["prev_hash"], row["at"], row["actor"], row["action"], row["subject"],
                row["details"],
            )
            if row["prev_hash"] != prev_hash:
                problems.append(f"entry {row['seq']}: link to the previous entry is broken"
                                " (an entry before it was deleted, moved or changed)")
            if row["hash"] != expected:
                problems.append(f"entry {row['seq']} ({row['action']}): content was changed")
            prev_hash = row["hash"]
            last = row
        head = self.one("SELECT value FROM meta WHERE key = ?", (AUDIT_HEAD_KEY,))
        if head is None:
            if last is not None:
                problems.append("the head marker of the log is missing (meta.audit_head)")
        else:
            head_seq, _, head_hash = str(head["value"]).partition(" ")
            if last is None:
                problems.append(f"the log is empty, but it ended at entry {head_seq}")
            elif (str(last["seq"]), last["hash"]) != (head_seq, head_hash):
                problems.append(
                    f"the log ends at entry {last['seq']}, but it ended at entry {head_seq}:"
                    " entries at the end were deleted or changed"
                )
        return problems

    def audit_head(self) -> str:
        """``'SEQ HASH'`` of the newest entry: copy it somewhere outside the study to make
        even a rewritten chain detectable."""
        head = self.one("SELECT value FROM meta WHERE key = ?", (AUDIT_HEAD_KEY,))
        return str(head["value"]) if head else ""


def read_only_part(path: Path) -> Path | None:
    """The file or folder that keeps SQLite from writing the database at ``path`` (the
    database, its WAL files, or the folder they are made in), or None."""
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if p.exists() and not os.access(p, os.W_OK):
            return p
    folder = path.parent
    return folder if folder.exists() and not os.access(folder, os.W_OK) else None


def store_error(path: Path, exc: BaseException) -> StoreError:
    """What a user is told when the database cannot be written or read: which file or
    folder is read-only, or else SQLite's own reason."""
    part = read_only_part(Path(path))
    if part is not None:
        what = "safety.read_only_folder" if part.is_dir() else "safety.read_only_file"
        return StoreError(t(what), where=str(part), hint=t("safety.read_only_hint"))
    return StoreError(t("safety.db_error", error=str(exc)), where=str(path),
                      hint=t("safety.db_error_hint"))


def audit_hash(prev_hash: str, at: str, actor: str, action: str, subject: str, details: str) -> str:
    h = hashlib.sha256()
    for part in (prev_hash, at, actor, action, subject, details):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def _safe_user(getpass_module: Any) -> str:
    try:
        return str(getpass_module.getuser())
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "unknown"


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements: '--' comment lines are dropped first, then
    the script is split on ';' (no ';' inside our DDL strings)."""
    lines = [ln for ln in script.splitlines() if not ln.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def dumps(value: Any) -> str:
    """JSON as stored in the database (sorted keys, UTF-8 kept)."""
    return _dumps(value)


def loads(text: str | None, default: Any = None) -> Any:
    return json.loads(text) if text else default


def where(**conditions: Any) -> tuple[str, list[Any]]:
    """The WHERE clause of a listing filtered by the conditions that are given: a value is
    ``column = ?``, a tuple or list ``column IN (…)`` (an empty one matches nothing), and
    ``None`` leaves the column out. Column names come from the code, never from input."""
    parts: list[str] = []
    params: list[Any] = []
    for column, value in conditions.items():
        if value is None:
            continue
        if isinstance(value, (tuple, list)):
            parts.append(f"{column} IN ({','.join('?' * len(value)) or 'NULL'})")
            params.extend(value)
        else:
            parts.append(f"{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(parts) if parts else ""), params
