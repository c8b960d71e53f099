"""File permissions: the study folder is the owner's only (0700), the key file too (0600).

``check(study)`` lists what is more open than that; ``fix(study)`` tightens it. POSIX only:
on Windows the mode bits say little and the checks are skipped.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..study import Study

FOLDER_MODE = 0o700
FILE_MODE = 0o600
SUPPORTED = os.name == "posix"


@dataclass(frozen=True)
class ModeProblem:
    """``what`` is 'folder', 'key' or 'files'; ``path`` the folder/key, or for 'files' the
    first such file; ``mode`` its mode bits; ``count`` how many files (for 'files')."""

    what: str
    path: Path
    mode: int
    count: int = 1

    @property
    def mode_text(self) -> str:
        return f"{self.mode:04o}"


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def open_to_others(mode: int) -> bool:
    """Readable, writable or enterable by group or others."""
    return bool(mode & 0o077)


def check(study: Study) -> list[ModeProblem]:
    """The study folder or the key file (where it exists) open to group or others (more
    than 0700 / 0600), and files or folders inside the study that group or others can
    read."""
    if not SUPPORTED:
        return []
    problems: list[ModeProblem] = []
    root = study.root
    root_mode = mode_of(root)
    if open_to_others(root_mode):
        problems.append(ModeProblem("folder", root, root_mode))
    key = study.key_path
    if key.is_file():
        key_mode = mode_of(key)
        if open_to_others(key_mode):
            problems.append(ModeProblem("key", key, key_mode))
    first: tuple[Path, int] | None = None
    count = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in (*dirnames, *filenames):
            p = Path(dirpath) / name
            try:
                m = stat.S_IMODE(p.lstat().st_mode)
            except OSError:
                continue
            if p.is_symlink():
                continue
            if open_to_others(m):
                count += 1
                if first is None:
                    first = (p, m)
    if first is not None:
        problems.append(ModeProblem("files", first[0], first[1], count))
    return problems


def fix(study: Study) -> list[Path]:
    """Make the study folder and everything in it, and the key, the owner's only.
    Returns what was changed."""
    if not SUPPORTED:
        return []
    changed: list[Path] = []

    def tighten(p: Path, want_dir: bool) -> None:
        m = stat.S_IMODE(p.lstat().st_mode)
        new = FOLDER_MODE if want_dir or m & 0o100 else FILE_MODE
        if new != m:
            os.chmod(p, new)
            changed.append(p)

    tighten(study.root, True)
    for dirpath, dirnames, filenames in os.walk(study.root, followlinks=False):
        for name in dirnames:
            p = Path(dirpath) / name
            if not p.is_symlink():
                tighten(p, True)
        for name in filenames:
            p = Path(dirpath) / name
            if not p.is_symlink():
                tighten(p, False)
    key = study.key_path
    if key.is_file() and mode_of(key) != FILE_MODE:
        os.chmod(key, FILE_MODE)
        changed.append(key)
    return changed
