"""From what the user wrote (``--model``, ``[transcribe] model``) to a local model folder.

In this order:

1. ``base`` (or nothing): the bundled Whisper base (``bundled.py``), offline.
2. a path (``./m``, ``/data/m``, ``~/m`` or an existing folder): a CTranslate2 folder used
   as it is (``model.bin``, ``config.json``, ``tokenizer.json``).
3. an installed model (``model get``/``model import``), by its name, an alias of its
   catalogue entry (``small``) or the hub id it came from.
4. a model feltarbeid 0.1 downloaded into the Hugging Face cache (faster-whisper's own
   download), so such transcripts keep their model identity.
5. a catalogue name or hub id that is not here: fetched with ``hub.get`` if downloading is
   allowed, otherwise an error that says how to get it (``model get``, ``model import``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import FeltarbeidError
from ..locale import t
from . import cache, hub
from .bundled import BUNDLED, bundled_identity, bundled_model_dir
from .catalogue import STUDY_LANGUAGES, find, is_hub_id


@dataclass(frozen=True)
class ModelRef:
    """A model ready to load: ``path`` is a local CTranslate2 folder."""

    name: str  # shown, and stored with the transcript
    path: Path
    identity: str  # what goes into the settings hash (a content hash where known)
    languages: tuple[str, ...] = ()  # study languages it transcribes; () = not known


def is_ct2_folder(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / "config.json").is_file()


def resolve(name: str | None, *, allow_download: bool = False) -> ModelRef:
    """Turn a model name into a local folder, or raise a clear error saying how to get it."""
    name = (name or BUNDLED).strip()
    if name == BUNDLED:
        return ModelRef(BUNDLED, bundled_model_dir(), bundled_identity(), STUDY_LANGUAGES)
    local = Path(name).expanduser()
    if name.startswith((".", "/", "~")) or local.exists():
        return folder_ref(name, local)
    model = cache.find_installed(name)
    entry = find(name)
    if model is None and entry is not None:
        model = cache.find_installed(entry.name)
    if model is not None:
        return ModelRef(model.name, model.path, model.identity, model.languages)
    if entry is None and not is_hub_id(name):
        raise FeltarbeidError(t("model.unknown", name=name), hint=t("model.unknown_hint"))
    legacy = _legacy_hf_cache(name)
    if legacy is not None:
        return legacy
    if not allow_download:
        size = f"≈ {entry.size_mb} MB" if entry is not None and entry.size_mb else "?"
        raise FeltarbeidError(t("model.not_here", name=name),
                              hint=t("model.not_here_hint", name=name, size=size))
    model, _ = hub.get(name, allow_download=True)
    return ModelRef(model.name, model.path, model.identity, model.languages)


def folder_ref(name: str, local: Path) -> ModelRef:
    if not (local.is_dir() and is_ct2_folder(local)):
        raise FeltarbeidError(t("model.not_a_folder"), where=str(local),
                              hint=t("model.not_a_folder_hint"))
    cache.check_files(local)
    path = local.resolve()
    manifest = cache.read_manifest(path)
    identity = str(manifest["identity"]) if manifest else f"folder:{path.name}"
    return ModelRef(name, path, identity, cache.folder_languages(path))


def _legacy_hf_cache(name: str) -> ModelRef | None:
    from faster_whisper.utils import available_models, download_model

    if name not in available_models() and not is_hub_id(name):
        return None
    try:
        path = Path(download_model(name, local_files_only=True))
    except Exception:  # noqa: BLE001 - not in the local Hugging Face cache
        return None
    if not is_ct2_folder(path) or not (path / "tokenizer.json").is_file():
        return None
    return ModelRef(name, path, f"hub:{name}", cache.folder_languages(path))


def check_language(model: ModelRef, study_language: str) -> None:
    """Refuse a model that cannot write the study's language (an English-only model in a
    Norwegian study)."""
    if model.languages and study_language not in model.languages:
        raise FeltarbeidError(
            t("model.language_unsupported", name=model.name, language=study_language,
              languages=", ".join(model.languages)),
            hint=t("model.language_unsupported_hint"))
