"""File helpers every stage uses: content hashes, the user cache folder, atomic writes,
private copies, and the owner-only umask."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

CACHE_ENV = "FELTARBEID_CACHE"
PRIVATE_UMASK = 0o077


def private_umask() -> None:
    """Every file and folder this process creates from now on is the owner's only (0600 /
    0700). Set by the CLI and whenever a study is opened or created (privacy)."""
    os.umask(PRIVATE_UMASK)


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's content, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with Path(path).open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def cache_dir() -> Path:
    """The user cache folder: ``$FELTARBEID_CACHE``, else the platform's (e.g.
    ``~/.cache/feltarbeid``). Holds the assembled model and parsed guides, never study data."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("feltarbeid"))


def write_atomic(path: Path, data: bytes | str, *, mode: int = 0o600,
                 fsync: bool = True) -> Path:
    """Write to a temporary file beside ``path``, fsync, then rename over it: readers see
    the old content or the new, never half of it. ``fsync=False`` skips the fsync (for a
    file rewritten many times a second: it still survives the death of the process, as the
    operating system holds the data, but not a power cut until it is synced)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            if fsync:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def copy_private(src: Path, dest: Path, *, mode: int = 0o600) -> Path:
    """Copy ``src`` to ``dest`` with ``mode`` (owner only), never the source's permissions:
    a file that came in readable by everybody is kept readable by its owner only. Atomic
    (temporary file beside ``dest``, fsync, rename); never replaces an existing ``dest``
    silently — callers choose a free name."""

    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out, Path(src).open("rb") as inp:
            shutil.copyfileobj(inp, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def copy_read_only(src: Path, dest: Path) -> None:
    """Copy ``src`` to ``dest`` read-only for the owner (0400, atomic, never the source's
    permissions): material as delivered (recordings, documents), never modified."""
    copy_private(src, dest, mode=0o400)
