"""Which guide a session runs, through the one guide parser (``feltarbeid.guide``).

A new session uses ``--guide FILE`` or the study's guide; a resumed or finished session uses
the guide version it was started with (by content hash, from the store), so editing the
guide file during a study does not change old sessions.

Parsing a 300-item guide takes about half a second, too slow for the app's start, so the
parsed guide is cached as JSON in the user cache (``$FELTARBEID_CACHE`` or the platform
cache folder, ``interview-guides/``), keyed by the exact guide text and the parser's
version. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from ..domain import Guide
from ..errors import FeltarbeidError
from ..files import cache_dir
from ..guide.serial import guide_from_dict, guide_to_dict
from ..locale import t
from ..store.registers import guide_content, save_guide


def guide_for_new_session(study: Any, path: Path | str | None = None) -> Guide:
    from .. import guide as guide_mod

    if path is None:
        if study.settings.guide_path() is None:
            raise FeltarbeidError(t("interview.no_guide"), where=str(study.settings.path),
                                  hint=t("interview.no_guide_hint"))
        file = study.settings.guide_path()
        cached = _cached_file_guide(file)
        if cached is None:
            guide = guide_mod.study_guide(study)  # validates and stores the version
            _cache_put(_file_key(file), guide)
            return guide
        guide = cached
    else:
        guide = _cached_file_guide(Path(path))
        if guide is None:
            guide = guide_mod.load_guide(Path(path))
            _cache_put(_file_key(Path(path)), guide)
    ensure_stored(study.store, guide)
    return guide


def guide_for_session(study: Any, guide_hash: str, guide_path: str = "") -> Guide:
    """The guide version a session was started with."""
    from .. import guide as guide_mod

    if guide_hash and guide_content(study.store, guide_hash) is not None:
        key = _key(b"hash:" + guide_hash.encode())
        cached = _cache_get(key)
        if cached is not None:
            return cached
        try:
            guide = guide_mod.guide_by_hash(study.store, guide_hash)
        except FeltarbeidError:
            pass
        else:
            _cache_put(key, guide)
            return guide
    if guide_path and Path(guide_path).is_file():
        guide = guide_mod.load_guide(Path(guide_path))
        if not guide_hash or guide.content_hash == guide_hash:
            return guide
    raise FeltarbeidError(t("interview.guide_version_missing", version=guide_hash[:12] or "?"),
                          where=guide_path or None,
                          hint=t("interview.guide_version_missing_hint"))


def ensure_stored(store: Any, guide: Guide) -> None:
    """Sessions refer to their guide by hash (a foreign key): store this version if new."""
    if not guide.content_hash or guide_content(store, guide.content_hash) is not None:
        return
    content = _source_text(guide)
    if content is None:  # built in code, or the file changed since: keep the structure
        content = json.dumps(guide_to_dict(guide), ensure_ascii=False, sort_keys=True)
    save_guide(store, hash=guide.content_hash, guide_id=guide.id, title=guide.title,
               version=guide.version, source_path=guide.source_path, content=content)


def _source_text(guide: Guide) -> str | None:
    """The guide's YAML file, if it still holds exactly this version (same hash)."""
    from ..guide import GuideError, parse_guide_text

    src = Path(guide.source_path) if guide.source_path else None
    if src is None or not src.is_file():
        return None
    text = src.read_text(encoding="utf-8")
    try:
        same = parse_guide_text(text, str(src)).content_hash == guide.content_hash
    except GuideError:
        return None
    return text if same else None


# ------------------------------------------------------------------------------ parse cache


def _cache_dir() -> Path:
    return cache_dir() / "interview-guides"


def _parser_stamp() -> bytes:
    from .. import __version__
    from .. import guide as guide_mod

    folder = Path(guide_mod.__file__).parent
    stamps = [f"{p.name}:{p.stat().st_mtime_ns}:{p.stat().st_size}"
              for p in sorted(folder.glob("*.py"))]
    return (__version__ + "|" + "|".join(stamps)).encode()


def _key(data: bytes) -> str:
    return hashlib.sha256(_parser_stamp() + b"\0" + data).hexdigest()


def _file_key(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    return _key(b"file:" + str(Path(path).resolve()).encode() + b"\0" + data)


def _cached_file_guide(path: Path | None) -> Guide | None:
    """The parsed guide of this file from the cache, named by the path asked for: the
    cache is shared by every study on the machine, and another study may have cached the
    same file under another path (``../guides/g.yaml`` seen from its own folder)."""
    key = _file_key(path)
    guide = _cache_get(key) if key else None
    if guide is None or path is None:
        return guide
    return dataclasses.replace(guide, source_path=str(path))


def _cache_get(key: str) -> Guide | None:
    try:
        data = json.loads((_cache_dir() / f"{key}.json").read_text(encoding="utf-8"))
        return guide_from_dict(data)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _cache_put(key: str | None, guide: Guide) -> None:
    if key is None:
        return
    folder = _cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(guide_to_dict(guide), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / f"{key}.json")
    except OSError:
        pass
