"""Downloading a model from the Hugging Face hub — feltarbeid's only network access, and
only when the user allowed it (``--allow-download`` or ``[transcribe] allow_download``).

``get`` fetches only the files the model needs (``huggingface_hub.snapshot_download``
with ``allow_patterns``) into ``<cache>/hub`` (the hub's own cache layout: an interrupted
download resumes where it stopped when the command is run again), checks every file
against the hash the hub gave for it (the cache names each file by its sha256 for large
files, by its git blob id for small ones), and hands the files to ``cache.install``, which
loads the model once and moves it into place. A damaged download is refused and removed;
nothing half-installed remains. Where a repository publishes only transformers weights,
they are converted to CTranslate2 with ``ctranslate2``'s converter if the optional extra
``feltarbeid[convert]`` (transformers + torch) is installed.

``HF_HUB_OFFLINE=1`` is respected: then only what is already in ``<cache>/hub`` is used.
``HF_ENDPOINT`` (a mirror) is read when the download starts.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import FeltarbeidError
from ..files import cache_dir, sha256_file
from ..locale import t
from . import cache
from .catalogue import Entry, find, for_hub_id, is_hub_id

SHA256 = re.compile(r"^[0-9a-f]{64}$")
GIT_SHA1 = re.compile(r"^[0-9a-f]{40}$")
TOKENIZER_FILES = ("tokenizer.json", "preprocessor_config.json")
TRANSFORMERS_WEIGHTS = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin")


def hub_cache() -> Path:
    return cache_dir() / "hub"


def entry_for(name: str) -> Entry:
    """The catalogue entry for ``name`` (name, alias, hub id), or a bare one for any other
    hub id; an unknown plain name is an error that lists what there is."""
    entry = find(name)
    if entry is not None:
        return entry
    if is_hub_id(name):
        return for_hub_id(name)
    raise FeltarbeidError(t("model.unknown", name=name), hint=t("model.unknown_hint"))


def get(name: str, *, allow_download: bool, force: bool = False,
        quiet: bool = False) -> tuple[cache.Installed, bool]:
    """Install model ``name`` from the hub. Returns (the model, whether it was fetched now);
    an installed model is returned as is unless ``force``."""
    entry = entry_for(name)
    if not force:
        have = cache.find_installed(entry.name) or cache.find_installed(entry.repo)
        if have is not None:
            return have, False
    cache.check_name(entry.name)
    if not allow_download:
        raise FeltarbeidError(t("model.download_not_allowed", name=entry.name),
                              hint=t("model.download_not_allowed_hint", name=name))
    if entry.subfolder is None:
        entry = _with_layout(entry)
    if entry.format == "transformers":
        return _convert(entry, force=force), True
    snapshot = _snapshot(entry.repo, entry.patterns(), quiet=quiet)
    staged = cache.staging_dir("install")
    try:
        verified = _stage(entry, snapshot, staged)
        source = {"kind": "hub", "repo": entry.repo, "revision": snapshot.name,
                  "subfolder": entry.subfolder, "hub_hashes_checked": verified}
        model = cache.install(staged, entry.name, source=source,
                              languages=entry.languages or None, force=force)
    except FeltarbeidError:
        cache.discard(staged)
        forget_download(entry.repo)  # damaged: the next attempt starts from scratch
        raise
    forget_download(entry.repo)  # installed: no second copy kept
    return model, True


def forget_download(repo: str) -> None:
    folder = hub_cache() / ("models--" + repo.replace("/", "--"))
    shutil.rmtree(folder, ignore_errors=True)


def _snapshot(repo: str, patterns: list[str] | None, *, quiet: bool,
              local_only: bool = False) -> Path:
    from huggingface_hub import snapshot_download
    from huggingface_hub.utils import disable_progress_bars, enable_progress_bars

    if quiet:
        disable_progress_bars()
    try:
        path = snapshot_download(repo, allow_patterns=patterns, cache_dir=hub_cache(),
                                 endpoint=os.environ.get("HF_ENDPOINT") or None,
                                 local_files_only=local_only)
    except Exception as exc:  # noqa: BLE001 - hub, network and offline errors alike
        raise _download_error(repo, exc) from None
    finally:
        if quiet:
            enable_progress_bars()
    return Path(path)


def _download_error(repo: str, exc: Exception) -> FeltarbeidError:
    kind = type(exc).__name__
    if kind in ("RepositoryNotFoundError", "GatedRepoError", "RevisionNotFoundError"):
        return FeltarbeidError(t("model.hub_not_found", repo=repo),
                               hint=t("model.hub_not_found_hint"))
    if kind in ("LocalEntryNotFoundError", "IncompleteSnapshotError", "OfflineModeIsEnabled") \
            and _offline():
        return FeltarbeidError(t("model.hub_offline", repo=repo), hint=t("model.hub_offline_hint"))
    reason = str(exc).strip().splitlines()
    return FeltarbeidError(t("model.download_failed", repo=repo,
                             reason=f"{kind}: {reason[0] if reason else ''}"[:300]),
                           hint=t("model.download_failed_hint"))


def _offline() -> bool:
    from huggingface_hub import constants

    return bool(constants.HF_HUB_OFFLINE)


def _stage(entry: Entry, snapshot: Path, staged: Path) -> bool:
    """Link (or copy) the model's files from the snapshot into ``staged``, checking each
    against the hub's hash. Returns whether every file could be checked."""
    inner = snapshot / entry.subfolder if entry.subfolder else snapshot
    sources: dict[str, Path] = {}
    for path in sorted(inner.glob("*")):
        if path.name in cache.MODEL_FILES:
            sources[path.name] = path
    for name in (*entry.extra, *TOKENIZER_FILES):
        if name not in sources and (snapshot / name).exists():
            sources[name] = snapshot / name
    if "model.bin" not in sources:
        raise FeltarbeidError(t("model.hub_no_ct2", repo=entry.repo),
                              where=entry.repo, hint=t("model.hub_no_ct2_hint"))
    checked = True
    for name, path in sources.items():
        ok = hub_hash_ok(path)
        if ok is False:
            raise FeltarbeidError(t("model.file_damaged", file=name), where=entry.repo,
                                  hint=t("model.download_damaged_hint"))
        checked = checked and ok is True
        real = Path(os.path.realpath(path))
        try:
            os.link(real, staged / name)
        except OSError:
            shutil.copyfile(real, staged / name)
    return checked


def hub_hash_ok(path: Path) -> bool | None:
    """A file of a hub cache snapshot is a link to ``blobs/<etag>``: the sha256 of a large
    (LFS) file, the git blob id of a small one. True/False: it matches or not; None: no
    hash to compare with (no links on this system)."""
    if not path.is_symlink():
        return None
    blob = Path(os.path.realpath(path))
    etag = blob.name
    if SHA256.match(etag):
        return sha256_file(blob) == etag
    if GIT_SHA1.match(etag):
        return git_blob_id(blob) == etag
    return None


def git_blob_id(path: Path) -> str:
    h = hashlib.sha1(usedforsecurity=False)
    h.update(f"blob {path.stat().st_size}\0".encode())
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _repo_files(repo: str) -> list[str]:
    """The files of a hub repository: asked of the hub, or (offline) what the local cache
    holds of it."""
    if _offline():
        snapshot = _snapshot(repo, None, quiet=True, local_only=True)
        return sorted(p.relative_to(snapshot).as_posix() for p in snapshot.rglob("*")
                      if p.is_file())
    from huggingface_hub import HfApi

    try:
        return sorted(HfApi(endpoint=os.environ.get("HF_ENDPOINT") or None)
                      .list_repo_files(repo))
    except Exception as exc:  # noqa: BLE001
        raise _download_error(repo, exc) from None


def _with_layout(entry: Entry) -> Entry:
    """Where a repository outside the catalogue keeps its CTranslate2 weights, or that it
    only has transformers weights."""
    files = set(_repo_files(entry.repo))
    extra = tuple(n for n in TOKENIZER_FILES if n in files)
    if "ct2/model.bin" in files:
        return replace(entry, subfolder="ct2", extra=extra)
    if "model.bin" in files and "config.json" in files:
        return replace(entry, subfolder="", extra=())
    if any(n in files for n in TRANSFORMERS_WEIGHTS):
        return replace(entry, subfolder="", extra=extra, format="transformers")
    raise FeltarbeidError(t("model.hub_no_ct2", repo=entry.repo), where=entry.repo,
                          hint=t("model.hub_no_ct2_hint"))


def convert_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("transformers", "torch"))


def _convert(entry: Entry, *, force: bool) -> cache.Installed:
    """Transformers weights → CTranslate2 (int8), with ctranslate2's own converter."""
    if not convert_available():
        raise FeltarbeidError(t("model.convert_needs_extra", repo=entry.repo),
                              hint=t("model.convert_needs_extra_hint"))
    from ctranslate2.converters import TransformersConverter

    staged = cache.staging_dir("convert")
    out = staged / "model"
    try:
        TransformersConverter(entry.repo, copy_files=list(entry.extra),
                              low_cpu_mem_usage=True).convert(str(out), quantization="int8")
    except Exception as exc:  # noqa: BLE001 - converter and download errors alike
        cache.discard(staged)
        raise FeltarbeidError(t("model.convert_failed", repo=entry.repo,
                                reason=str(exc).splitlines()[0][:300] if str(exc) else
                                type(exc).__name__),
                              hint=t("model.download_failed_hint")) from None
    source: dict[str, Any] = {"kind": "converted", "repo": entry.repo, "quantization": "int8"}
    try:
        return cache.install(out, entry.name, source=source,
                             languages=entry.languages or None, force=force)
    finally:
        cache.discard(staged)
