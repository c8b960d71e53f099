"""The last resort of ``feltarbeid``: no traceback ever reaches a user.

An error that is not a ``FeltarbeidError`` is turned into a plain message: a read-only
file or folder is named, a full disk is said so, and anything else is written with its
traceback to ``logs/error-<time>.log`` in the study (or the user cache folder when no
study is open) and the user is told where that file is. The log holds the traceback only:
no command-line arguments (they can hold names), no transcript text.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import traceback
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..errors import FeltarbeidError
from ..locale import t

EXIT_UNEXPECTED = 70  # EX_SOFTWARE: a bug, not something the user did


def explain(exc: BaseException, study_db: Path | None, logs: Path | None) -> FeltarbeidError:
    """The error to show for ``exc`` (``exit_code`` says how to exit)."""
    from ..store.core import store_error

    if isinstance(exc, sqlite3.Error) and study_db is not None:
        return store_error(study_db, exc)
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FeltarbeidError(t("safety.permission_denied"), where=exc.filename or None,
                               hint=t("safety.read_only_hint"))
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return FeltarbeidError(t("safety.disk_full"), where=exc.filename or None,
                               hint=t("safety.disk_full_hint"))
    log = write_log(exc, logs)
    err = FeltarbeidError(t("safety.unexpected", kind=type(exc).__name__),
                          where=str(log) if log else None,
                          hint=t("safety.unexpected_hint") if log
                          else t("safety.unexpected_no_log_hint"))
    err.exit_code = EXIT_UNEXPECTED
    return err


def write_log(exc: BaseException, logs: Path | None) -> Path | None:
    """Write the traceback to ``logs`` (else the user cache's ``logs/``); None if neither
    can be written."""
    from ..files import cache_dir

    text = (f"feltarbeid {__version__}\n{datetime.now().isoformat(timespec='seconds')}\n\n"
            + "".join(traceback.format_exception(exc)))
    name = f"error-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
    for folder in (logs, cache_dir() / "logs"):
        if folder is None:
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            return path
        except OSError:
            continue
    return None
