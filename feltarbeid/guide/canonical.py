"""The content hash of a guide: sha256 over a canonical JSON form of the parsed guide.

What counts is the content, not the file: the canonical form is built from the parsed
:class:`~feltarbeid.domain.Guide` (every text, id, label, number, flag, attribute, code
hint, planned minutes, in guide order), so comments, blank lines, indentation, quoting
style and short-vs-long form do not change the hash, while changing any text or id does.
Left out: line numbers, the source path and the hash itself. Fields whose value is the
default (empty text, None, empty list, False) are left out too, so adding a new optional
field to the domain later does not change the hash of existing guides.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

from ..domain import Guide

CANONICAL_VERSION = "feltarbeid-guide/1"
_SKIP = {"line", "content_hash", "source_path"}


def _canonical(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if f.name in _SKIP:
                continue
            v = getattr(value, f.name)
            if v is None or v is False or (isinstance(v, str | tuple | list) and not v):
                continue
            out[f.name] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def canonical_json(guide: Guide) -> str:
    """The canonical form that :func:`guide_hash` hashes (stable key order, UTF-8)."""
    body = {"format": CANONICAL_VERSION, "guide": _canonical(guide)}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def guide_hash(guide: Guide) -> str:
    """sha256 (hex) of :func:`canonical_json`."""
    return hashlib.sha256(canonical_json(guide).encode("utf-8")).hexdigest()
