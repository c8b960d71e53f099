"""The study folder: create it, find it (like git), and hand out its paths and store."""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import settings as settings_mod
from .errors import FeltarbeidError, SettingsError, StudyNotFound
from .files import private_umask, write_atomic
from .locale import t
from .settings import SETTINGS_FILE, Settings
from .store import DB_FILE, Store
from .store.registers import get_meta, set_meta

SUBFOLDERS = ("recordings", "documents", "journal", "packets", "returns", "exports", "logs")
STUDY_ENV = "FELTARBEID_STUDY"


@dataclass
class Study:
    root: Path
    settings: Settings
    _store: Store | None = field(default=None, repr=False)

    # -- paths ---------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.root / DB_FILE

    @property
    def recordings_dir(self) -> Path:
        return self.root / "recordings"

    @property
    def documents_dir(self) -> Path:
        """Documents the informants gave, as delivered (never modified)."""
        return self.root / "documents"

    @property
    def journal_dir(self) -> Path:
        return self.root / "journal"

    @property
    def packets_dir(self) -> Path:
        return self.root / "packets"

    @property
    def returns_dir(self) -> Path:
        return self.root / "returns"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def slurm_dir(self) -> Path:
        """Slurm job-array plans and scripts, and task results not collected yet."""
        return self.root / "slurm"

    @property
    def key_path(self) -> Path:
        return self.settings.key_path()

    @property
    def language(self) -> str:
        return self.settings.language

    @property
    def title(self) -> str:
        return self.settings.title

    # -- store ---------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db_path)
        return self._store

    @property
    def study_id(self) -> str:
        """A random id made at init; stable GUIDs in exports are derived from it."""
        value = get_meta(self.store, "study_id")
        if value is None:
            value = secrets.token_hex(16)
            set_meta(self.store, "study_id", value)
        return value

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def reload_settings(self) -> None:
        self.settings = settings_mod.load(self.root / SETTINGS_FILE)


def is_study(path: Path) -> bool:
    return (path / SETTINGS_FILE).is_file()


def _settings_missing(root: Path) -> SettingsError:
    """A database without its settings file: a study whose feltarbeid.toml was lost. Said
    in the language the study was made with (from its database), unless one was chosen."""
    from . import locale

    lang = locale.get_language()
    if lang == locale.DEFAULT:  # not chosen (--lang, $FELTARBEID_LANG): the study's own
        with contextlib.suppress(FeltarbeidError):
            lang = made_language(root) or lang
    return SettingsError(t("safety.settings_missing", lang),
                         where=str(root / SETTINGS_FILE),
                         hint=t("safety.settings_restore_hint", lang, dir=str(root)))


def open_study(root: Path) -> Study:
    private_umask()  # whatever this process writes for the study is the owner's only
    root = Path(root).expanduser().resolve()
    if not is_study(root) and (root / DB_FILE).is_file():
        raise _settings_missing(root)
    if not is_study(root):
        raise StudyNotFound(t("core.not_a_study"), where=str(root),
                            hint=t("core.not_a_study_hint"))
    return Study(root=root, settings=settings_mod.load(root / SETTINGS_FILE))


def find_study(explicit: Path | str | None = None, start: Path | None = None) -> Study:
    """``explicit`` (--study) wins, then $FELTARBEID_STUDY, then the current folder upwards."""
    if explicit:
        return open_study(Path(explicit))
    env = os.environ.get(STUDY_ENV)
    if env:
        return open_study(Path(env))
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if is_study(candidate) or (candidate / DB_FILE).is_file():
            return open_study(candidate)
    raise StudyNotFound(t("core.no_study_here"), where=str(here),
                        hint=t("core.no_study_here_hint"))


def init_study(
    directory: Path,
    *,
    title: str = "",
    language: str = "nb",
    guide: str = "",
    end_date: date | None = None,
    key_path: str = "",
    deadline_days: int = 14,
    restore_settings: bool = False,
) -> Study:
    """Create a study folder. Refuses to touch an existing study or a non-empty folder's
    feltarbeid files. Folder and database are private to the owner (0700 / 0600).

    ``restore_settings``: the folder holds a study whose feltarbeid.toml was lost: write a
    new one (``language`` defaults to the one the study was made with), database untouched."""
    directory = Path(directory).expanduser()
    has_db = (directory / DB_FILE).exists()
    if restore_settings:
        if not has_db or is_study(directory):
            what = ("safety.settings_exists" if is_study(directory)
                    else "safety.settings_no_database")
            raise FeltarbeidError(t("safety.settings_nothing_to_restore", what=t(what)),
                                  where=str(directory),
                                  hint=t("safety.settings_restore_nothing_hint"))
    elif has_db and not is_study(directory):
        raise _settings_missing(directory.resolve())
    elif is_study(directory):
        raise FeltarbeidError(t("core.study_exists"), where=str(directory),
                              hint=t("core.study_exists_hint"))
    if directory.exists() and not directory.is_dir():
        raise FeltarbeidError(t("core.study_not_folder"), where=str(directory),
                              hint=t("core.study_not_folder_hint"))
    values: dict[str, dict[str, Any]] = {
        "study": {
            "title": title or directory.resolve().name,
            "language": language,
            "guide": guide,
            "end_date": end_date or "",
        },
        "key": {"path": key_path},
        "review": {"deadline_days": deadline_days},
    }
    # validate before writing anything
    settings_mod.validate(
        {s: {k: v for k, v in kv.items() if v != ""} for s, kv in values.items()},
        directory / SETTINGS_FILE,
    )
    private_umask()
    directory.mkdir(parents=True, exist_ok=True)
    os.chmod(directory, 0o700)
    for name in SUBFOLDERS:
        (directory / name).mkdir(exist_ok=True)
    write_atomic(directory / SETTINGS_FILE, settings_mod.render(values))
    study = open_study(directory)
    _ = study.study_id  # creates the database and the id
    if restore_settings:
        study.store.audit("study.settings_restored", study.root.name, {"language": language})
    else:
        study.store.audit("study.init", study.root.name, {"language": language})
    return study


def made_language(directory: Path) -> str | None:
    """The language a study was made with (from its audit log), for restoring settings."""
    import json

    path = Path(directory).expanduser() / DB_FILE
    if not path.is_file():
        return None
    with Store(path) as store:
        row = store.one("SELECT details FROM audit_log WHERE action = 'study.init'"
                        " ORDER BY seq LIMIT 1")
    try:
        lang = json.loads(row["details"]).get("language") if row else None
    except ValueError:
        return None
    return lang if lang in settings_mod.LANGUAGES else None
