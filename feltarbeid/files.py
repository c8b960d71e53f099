"""File helpers every stage uses: content hashes, the user cache folder, atomic writes."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

CACHE_ENV = "FELTARBEID_CACHE"


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


def copy_read_only(src: Path, dest: Path) -> None:
    """Copy ``src`` to ``dest`` through a temporary file (fsync, then rename), read-only for
    the owner: material as delivered (recordings, documents), never modified."""
    tmp = dest.with_name(f".{dest.name}.tmp")
    shutil.copyfile(src, tmp)
    with tmp.open("rb") as f:
        os.fsync(f.fileno())
    os.chmod(tmp, 0o400)
    os.replace(tmp, dest)
