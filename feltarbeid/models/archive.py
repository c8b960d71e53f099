"""``model import`` / ``model export``: carry a model to a computer without network (TSD
and other secure platforms take files in through an import zone).

An export is a folder or a ``.tar`` / ``.tar.gz`` / ``.zip`` holding one folder
``<name>/`` with the model's files and its manifest (``feltarbeid-model.json``: source,
sha256 of every file, identity). ``import`` accepts such an export, or any CTranslate2
Whisper folder or archive (e.g. converted elsewhere): it unpacks into a hidden folder of
the model cache (refusing absolute paths and ``..`` in archives), checks the files against
the manifest where there is one, loads the model once, and moves it into place — the
same ``cache.install`` as a download, so a damaged copy is refused and nothing
half-installed remains.
"""

from __future__ import annotations

import os
import re
import shutil
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from ..errors import FeltarbeidError
from ..locale import t
from . import cache
from .bundled import BUNDLED

ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar", ".zip")


def archive_suffix(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in ARCHIVE_SUFFIXES if name.endswith(s)), None)


def default_name(path: Path) -> str:
    """A model name from a file or folder name (``nb-whisper-small.tar`` → ``nb-whisper-small``)."""
    stem = path.name
    suffix = archive_suffix(path)
    if suffix:
        stem = stem[: -len(suffix)]
    stem = re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-.")
    return stem or "model"


def import_model(path: Path, *, name: str | None = None, force: bool = False) -> cache.Installed:
    path = Path(path).expanduser()
    if not path.exists():
        raise FeltarbeidError(t("model.import_missing"), where=str(path),
                              hint=t("model.import_missing_hint"))
    staging = cache.staging_dir("import")
    try:
        unpacked = staging / "in"
        unpacked.mkdir()
        suffix = archive_suffix(path)
        if path.is_dir():
            root = _model_root(path, where=str(path))
            for f in [*cache.model_files(root), root / cache.MANIFEST]:
                if f.is_file():
                    shutil.copyfile(f, unpacked / f.name)
            root = unpacked
        elif suffix == ".zip":
            _unzip(path, unpacked)
            root = _model_root(unpacked, where=str(path))
        elif suffix:
            _untar(path, unpacked)
            root = _model_root(unpacked, where=str(path))
        else:
            raise FeltarbeidError(t("model.import_unknown_kind"), where=str(path),
                                  hint=t("model.import_missing_hint"))
        manifest = cache.read_manifest(root)
        source = dict(manifest.get("source") or {}) if manifest else {"kind": "import"}
        source["imported_from"] = path.name
        target = name or (str(manifest["name"]) if manifest and manifest.get("name")
                          else default_name(path))
        return cache.install(root, cache.check_name(target), source=source,
                             languages=(manifest or {}).get("languages") or None,
                             expected=(manifest or {}).get("files") or None, force=force,
                             where=str(path))
    finally:
        cache.discard(staging)


def _model_root(folder: Path, *, where: str) -> Path:
    """The folder holding model.bin: ``folder`` itself or one folder one or two levels down."""
    if (folder / "model.bin").is_file():
        return folder
    found = sorted({p.parent for p in folder.glob("*/model.bin")} |
                   {p.parent for p in folder.glob("*/*/model.bin")})
    if len(found) == 1:
        return found[0]
    raise FeltarbeidError(t("model.import_no_model") if not found else
                          t("model.import_many_models", n=len(found)),
                          where=where, hint=t("model.import_missing_hint"))


def _safe_member(name: str, where: str) -> PurePosixPath:
    p = PurePosixPath(name)
    if p.is_absolute() or ".." in p.parts or (p.parts and ":" in p.parts[0]):
        raise FeltarbeidError(t("model.import_unsafe", member=name), where=where,
                              hint=t("model.import_missing_hint"))
    return p


def _unzip(path: Path, out: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                member = _safe_member(info.filename, str(path))
                if info.is_dir():
                    continue
                dest = out.joinpath(*member.parts)
                dest.parent.mkdir(parents=True, exist_ok=True)
                with z.open(info) as src, dest.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise FeltarbeidError(t("model.import_bad_archive", reason=str(exc)[:200]),
                              where=str(path), hint=t("model.damaged_hint")) from None


def _untar(path: Path, out: Path) -> None:
    try:
        with tarfile.open(path, "r:*") as tar:
            for member in tar.getmembers():
                _safe_member(member.name, str(path))
                if not (member.isfile() or member.isdir()):
                    raise FeltarbeidError(t("model.import_unsafe", member=member.name),
                                          where=str(path), hint=t("model.import_missing_hint"))
            if hasattr(tarfile, "data_filter"):
                tar.extractall(out, filter="data")
            else:  # pragma: no cover - Python < 3.11.4; members were checked above
                tar.extractall(out)  # noqa: S202
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise FeltarbeidError(t("model.import_bad_archive", reason=str(exc)[:200]),
                              where=str(path), hint=t("model.damaged_hint")) from None


def export_model(name: str, dest: Path | None = None) -> Path:
    """Write installed model ``name`` to ``dest``: an archive if it ends in .tar, .tar.gz,
    .tgz or .zip, else a folder ``dest/<name>/`` (default: ``./<name>.tar``)."""
    if name == BUNDLED:
        raise FeltarbeidError(t("model.export_bundled"), hint=t("model.export_bundled_hint"))
    model = cache.find_installed(name)
    if model is None:
        raise FeltarbeidError(t("model.not_installed_plain", name=name),
                              hint=t("model.list_hint"))
    dest = Path(dest).expanduser() if dest else Path.cwd() / f"{model.name}.tar"
    suffix = archive_suffix(dest)
    files = [*cache.model_files(model.path), model.path / cache.MANIFEST]
    if suffix is None:
        target = dest / model.name
        if target.exists():
            raise FeltarbeidError(t("model.export_exists"), where=str(target),
                                  hint=t("model.export_exists_hint"))
        tmp = dest / f".{model.name}.{os.getpid()}.tmp"
        tmp.mkdir(parents=True)
        try:
            for f in files:
                shutil.copyfile(f, tmp / f.name)
            os.replace(tmp, target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return target
    if dest.exists():
        raise FeltarbeidError(t("model.export_exists"), where=str(dest),
                              hint=t("model.export_exists_hint"))
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        if suffix == ".zip":
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
                for f in files:
                    z.write(f, f"{model.name}/{f.name}")
        else:
            mode = "w:gz" if suffix in (".tar.gz", ".tgz") else "w"
            with tarfile.open(tmp, mode) as tar:
                for f in files:
                    tar.add(f, f"{model.name}/{f.name}", recursive=False)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest
