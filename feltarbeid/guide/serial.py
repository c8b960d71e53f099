"""A guide as plain data (``dataclasses.asdict``) and back, e.g. for a guide built in code
and stored as JSON, or a parse cache."""

from __future__ import annotations

from dataclasses import asdict, fields
from functools import cache
from typing import Any

from ..domain import Attribute, CodeHint, Guide, HeaderField, Item, Probe, Section


def guide_to_dict(guide: Guide) -> dict[str, Any]:
    return asdict(guide)


@cache
def _names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = _names(cls)  # once per class: a 300-item guide loads in a few milliseconds
    return {k: v for k, v in data.items() if k in names}


def _code(data: dict[str, Any] | None) -> CodeHint | None:
    return CodeHint(**_known(CodeHint, data)) if data else None


def _item(data: dict[str, Any]) -> Item:
    attr = data.get("attribute")
    return Item(**{
        **_known(Item, data),
        "probes": tuple(Probe(**{**_known(Probe, p), "prompts": tuple(p.get("prompts", ()))})
                        for p in data.get("probes", ())),
        "attribute": Attribute(**{**_known(Attribute, attr),
                                  "choices": tuple(attr.get("choices", ()))}) if attr else None,
        "code": _code(data.get("code")),
    })


def guide_from_dict(data: dict[str, Any]) -> Guide:
    """The inverse of :func:`guide_to_dict` (unknown keys are ignored)."""
    return Guide(**{
        **_known(Guide, data),
        "header_fields": tuple(HeaderField(**_known(HeaderField, h))
                               for h in data.get("header_fields", ())),
        "sections": tuple(Section(**{**_known(Section, s),
                                     "items": tuple(_item(i) for i in s.get("items", ())),
                                     "code": _code(s.get("code"))})
                          for s in data.get("sections", ())),
    })
