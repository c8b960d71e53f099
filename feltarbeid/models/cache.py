"""The model cache: installed models, each a CTranslate2 folder with a manifest.

``<cache>/models/<name>/`` holds ``model.bin``, ``config.json``, ``tokenizer.json``,
``vocabulary.*`` (and ``preprocessor_config.json`` where the model has one) and
``feltarbeid-model.json``: where the model came from, the sha256 of every file, the study
languages it serves and its **identity** (a hash of the files' hashes) — what a transcript
records, so transcripts made by different models stay apart.

A model appears under its name only complete and verified: it is put together in a hidden
folder beside (``.install-*``), its files hashed, loaded once with faster-whisper
(CTranslate2), the manifest written, and the folder renamed into place in one step. Any
failure removes the hidden folder; nothing half-installed is ever seen. ``<cache>`` is
``$FELTARBEID_CACHE`` or the platform's cache folder (``~/.cache/feltarbeid``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import FeltarbeidError
from ..files import cache_dir, sha256_file, write_atomic
from ..locale import t
from ..timeutil import now_iso
from .catalogue import STUDY_LANGUAGES

MANIFEST = "feltarbeid-model.json"
MODEL_FILES = ("model.bin", "config.json", "tokenizer.json", "preprocessor_config.json",
               "vocabulary.txt", "vocabulary.json")
REQUIRED = ("model.bin", "config.json", "tokenizer.json")
NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
MULTILINGUAL_VOCABULARY = 51865  # Whisper's English-only models have one token fewer


@dataclass
class Installed:
    name: str
    path: Path
    identity: str
    languages: tuple[str, ...]
    source: dict[str, Any] = field(default_factory=dict)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    installed_at: str = ""

    @property
    def size(self) -> int:
        return sum(int(f.get("size", 0)) for f in self.files.values())


def models_dir() -> Path:
    return cache_dir() / "models"


def check_name(name: str) -> str:
    if not NAME.match(name) or name in ("base",) or name.startswith("whisper-base-"):
        raise FeltarbeidError(t("model.bad_name", name=name), hint=t("model.bad_name_hint"))
    return name


def identity_of(hashes: dict[str, str]) -> str:
    """The model's identity: sha256 over the sorted 'file sha256' lines, 16 hex digits."""
    blob = "".join(f"{n} {h}\n" for n, h in sorted(hashes.items()))
    return "ct2-sha256:" + hashlib.sha256(blob.encode()).hexdigest()[:16]


def read_manifest(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("identity") else None


def _installed(folder: Path, data: dict[str, Any]) -> Installed:
    return Installed(name=str(data.get("name") or folder.name), path=folder,
                     identity=str(data["identity"]),
                     languages=tuple(data.get("languages") or STUDY_LANGUAGES),
                     source=dict(data.get("source") or {}), files=dict(data.get("files") or {}),
                     installed_at=str(data.get("installed_at", "")))


def installed() -> list[Installed]:
    """Every installed model (complete folders with a manifest), by name."""
    root = models_dir()
    if not root.is_dir():
        return []
    out = []
    for folder in sorted(root.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        data = read_manifest(folder)
        if data is not None:
            out.append(_installed(folder, data))
    return out


def find_installed(name: str) -> Installed | None:
    """By its name, or by the hub repository it came from."""
    if NAME.match(name):
        folder = models_dir() / name
        data = read_manifest(folder)
        if data is not None:
            return _installed(folder, data)
    lowered = name.lower()
    for model in installed():
        if str(model.source.get("repo", "")).lower() == lowered:
            return model
    return None


def folder_languages(folder: Path) -> tuple[str, ...]:
    """What a CTranslate2 folder can transcribe: its manifest says; else a multilingual
    vocabulary means nb, nn and en, a smaller one English only."""
    data = read_manifest(folder)
    if data is not None and data.get("languages"):
        return tuple(data["languages"])
    for name in ("vocabulary.txt", "vocabulary.json"):
        path = folder / name
        if path.is_file():
            try:
                if name.endswith(".json"):
                    size = len(json.loads(path.read_text("utf-8")))
                else:
                    with path.open("rb") as f:
                        size = sum(1 for _ in f)
            except (OSError, ValueError):
                break
            return STUDY_LANGUAGES if size >= MULTILINGUAL_VOCABULARY else ("en",)
    return STUDY_LANGUAGES


def model_files(folder: Path) -> list[Path]:
    return [folder / n for n in MODEL_FILES if (folder / n).is_file()]


def hash_files(folder: Path) -> dict[str, dict[str, Any]]:
    return {p.name: {"size": p.stat().st_size, "sha256": sha256_file(p)}
            for p in model_files(folder)}


def check_files(folder: Path, *, where: str | None = None) -> None:
    """The files faster-whisper needs are there (it would try the network for a missing
    tokenizer.json)."""
    missing = [n for n in REQUIRED if not (folder / n).is_file()]
    if missing:
        raise FeltarbeidError(t("model.files_missing", files=", ".join(missing)),
                              where=where or str(folder), hint=t("model.files_missing_hint"))


def check_against(folder: Path, expected: dict[str, dict[str, Any]], *, where: str) -> None:
    """Every file listed in a manifest is there with its size and sha256 (a damaged or
    truncated copy is refused)."""
    for name, info in sorted(expected.items()):
        path = folder / name
        if not path.is_file():
            raise FeltarbeidError(t("model.file_missing", file=name), where=where,
                                  hint=t("model.damaged_hint"))
        if path.stat().st_size != int(info.get("size", -1)) or \
                sha256_file(path) != info.get("sha256"):
            raise FeltarbeidError(t("model.file_damaged", file=name), where=where,
                                  hint=t("model.damaged_hint"))


def verify_loads(folder: Path, *, where: str | None = None) -> bool:
    """Load the model once as transcription will (faster-whisper, CPU, int8); a truncated
    or foreign model.bin fails here. Returns whether the model is multilingual."""
    try:
        from faster_whisper import WhisperModel

        model = WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=1,
                             local_files_only=True)
        multilingual = bool(model.model.is_multilingual)
        del model
    except Exception as exc:  # noqa: BLE001 - any load failure means: not a usable model
        raise FeltarbeidError(t("model.does_not_load", reason=_short(exc)),
                              where=where or str(folder), hint=t("model.damaged_hint")) from None
    return multilingual


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:300]


def staging_dir(purpose: str) -> Path:
    """A fresh hidden folder inside the models folder (same file system: the final rename
    is atomic). The caller removes it on failure (``discard``); what a killed process left
    behind is removed here."""
    root = models_dir()
    root.mkdir(parents=True, exist_ok=True)
    _sweep(root)
    folder = root / f".{purpose}-{os.getpid()}-{os.urandom(4).hex()}"
    folder.mkdir()
    return folder


STAGING = re.compile(r"^\.[a-z]+-(\d+)-[0-9a-f]{8}$")


def _sweep(root: Path) -> None:
    """Remove staging folders of processes that no longer run (killed mid-install)."""
    for folder in root.iterdir():
        m = STAGING.match(folder.name)
        if m is None or int(m.group(1)) == os.getpid():
            continue
        try:
            os.kill(int(m.group(1)), 0)
        except ProcessLookupError:
            discard(folder)
        except OSError:  # alive, another user's: leave it
            continue


def discard(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def install(staged: Path, name: str, *, source: dict[str, Any],
            languages: Iterable[str] | None = None,
            expected: dict[str, dict[str, Any]] | None = None, force: bool = False,
            where: str | None = None) -> Installed:
    """Verify the model in ``staged`` (a folder from ``staging_dir``) and move it into place
    as ``name``. ``expected``: file hashes it must match (from an exported manifest);
    ``where``: what errors name (the user's file, the hub repository).
    On any error ``staged`` is removed and nothing is installed."""
    check_name(name)
    try:
        where = where or str(source.get("repo") or staged)
        check_files(staged, where=where)
        if expected:
            check_against(staged, expected, where=where)
        multilingual = verify_loads(staged, where=where)
        files = hash_files(staged)
        langs = tuple(languages or (STUDY_LANGUAGES if multilingual else ("en",)))
        if not multilingual:
            langs = tuple(x for x in langs if x == "en") or ("en",)
        for extra in list(staged.iterdir()):  # only the model's own files are kept
            if extra.name in files:
                continue
            if extra.is_dir() and not extra.is_symlink():
                discard(extra)
            else:
                extra.unlink()
        manifest = {
            "name": name,
            "identity": identity_of({n: f["sha256"] for n, f in files.items()}),
            "languages": list(langs),
            "source": source,
            "files": files,
            "installed_at": now_iso(),
            "feltarbeid": __version__,
        }
        write_atomic(staged / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False)
                     + "\n", mode=0o644)
        target = models_dir() / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            if not force:
                raise FeltarbeidError(t("model.exists", name=name),
                                      where=str(target), hint=t("model.exists_hint", name=name))
            old = staging_dir("replaced")
            os.replace(target, old / name)
            discard(old)
        os.replace(staged, target)
    except BaseException:
        discard(staged)
        raise
    return _installed(target, manifest)


def remove(name: str) -> Path:
    model = find_installed(name)
    if model is None:
        raise FeltarbeidError(t("model.not_installed_plain", name=name),
                              hint=t("model.list_hint"))
    trash = staging_dir("removing")
    os.replace(model.path, trash / model.path.name)
    discard(trash)
    return model.path
