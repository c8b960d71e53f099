"""Delete files by overwriting their content before unlinking them.

What this does and does not do, honestly: the bytes of the file are overwritten in place
(one pass of random data, flushed with fsync), the file is truncated and unlinked. On a
plain HDD with ext4/NTFS this removes the content. On SSDs (wear levelling), copy-on-write
file systems (btrfs, ZFS, APFS), journalling modes that copy data, network drives,
snapshots and backups, the old blocks can survive: no program can reach them. Full-disk
encryption, and deleting the key of an encrypted disk, is what protects those.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FeltarbeidError
from ..files import sha256_file
from ..locale import t

CHUNK = 1 << 20


@dataclass
class Deleted:
    """One removed file: where it was, its size and checksum before deletion, and whether
    its content could be overwritten first."""

    path: str
    size: int
    sha256: str
    overwritten: bool


@dataclass
class ShredReport:
    files: list[Deleted] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)

    @property
    def bytes(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def not_overwritten(self) -> list[str]:
        return [f.path for f in self.files if not f.overwritten]

    def extend(self, other: ShredReport) -> None:
        self.files.extend(other.files)
        self.folders.extend(other.folders)


def shred_file(path: Path, *, relative_to: Path | None = None) -> Deleted:
    """Overwrite ``path`` with random bytes, fsync, truncate, unlink. A symbolic link is
    unlinked without touching its target. Raises FeltarbeidError if it cannot be removed."""
    path = Path(path)
    shown = _shown(path, relative_to)
    try:
        st = path.lstat()
    except FileNotFoundError:
        return Deleted(shown, 0, "", True)
    if stat.S_ISLNK(st.st_mode):
        path.unlink()
        return Deleted(shown, 0, "", True)
    if not stat.S_ISREG(st.st_mode):
        raise FeltarbeidError(t("privacy.shred_not_regular"), where=str(path),
                              hint=t("privacy.shred_not_regular_hint"))
    digest = ""
    overwritten = False
    try:
        digest = sha256_file(path)
        if not os.access(path, os.W_OK):
            os.chmod(path, stat.S_IMODE(st.st_mode) | stat.S_IWUSR)
        with open(path, "r+b", buffering=0) as fh:
            remaining = st.st_size
            while remaining > 0:
                n = min(CHUNK, remaining)
                fh.write(os.urandom(n))
                remaining -= n
            fh.flush()
            os.fsync(fh.fileno())
            fh.truncate(0)
            os.fsync(fh.fileno())
        overwritten = True
    except OSError:
        overwritten = False  # read-only medium etc.: still try to unlink below
    try:
        path.unlink()
    except OSError as exc:
        raise FeltarbeidError(t("privacy.shred_failed", error=exc.strerror), where=str(path),
                              hint=t("privacy.shred_failed_hint")) from None
    return Deleted(shown, st.st_size, digest, overwritten)


def shred_tree(folder: Path, *, relative_to: Path | None = None,
               keep_root: bool = True) -> ShredReport:
    """Shred every file under ``folder`` (links are not followed), then remove the empty
    sub-folders; the folder itself is kept (empty) unless ``keep_root`` is false."""
    report = ShredReport()
    folder = Path(folder)
    if not folder.exists():
        return report
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False, followlinks=False):
        here = Path(dirpath)
        for name in sorted(filenames):
            report.files.append(shred_file(here / name, relative_to=relative_to))
        for name in dirnames:
            sub = here / name
            if sub.is_symlink():
                sub.unlink()
            else:
                sub.rmdir()
                report.folders.append(_shown(sub, relative_to))
    if not keep_root:
        folder.rmdir()
        report.folders.append(_shown(folder, relative_to))
    return report


def _shown(path: Path, relative_to: Path | None) -> str:
    """The path as shown in reports: relative to the study folder when inside it. The
    last component is never resolved (a link is named as the link)."""
    if relative_to is not None:
        full = Path(os.path.abspath(path.parent)).resolve() / path.name
        for base in (Path(os.path.abspath(relative_to)), relative_to.resolve()):
            try:
                return full.relative_to(base).as_posix()
            except ValueError:
                continue
    return str(path)
