"""The one string catalogue for everything users read.

Strings live in ``locale/<lang>/<area>.toml`` (lang: nb, nn, en; nb first). A key is
``area.name`` (``area`` is the file name), e.g. ``t("core.init_done", path=...)``.
Lookup: the chosen language, then Bokmål, then English. ``str.format`` fields.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("nb", "nn", "en")
DEFAULT = "nb"
_current = os.environ.get("FELTARBEID_LANG", DEFAULT)
if _current not in LANGUAGES:
    _current = DEFAULT
# the user chose the language for this command (--lang): a study's own does not override it
_chosen = False


def set_language(lang: str, *, chosen: bool = False) -> None:
    """Use ``lang`` for messages; ``chosen``: the user asked for it (--lang)."""
    global _current, _chosen
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    _current = lang
    _chosen = chosen


def study_language(lang: object) -> None:
    """A study's language, read before its settings are checked: messages about those
    settings speak it, unless the user chose a language or it is no language we speak."""
    if not _chosen and lang in LANGUAGES:
        set_language(str(lang))


def get_language() -> str:
    return _current


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, str]) -> None:
    for k, v in table.items():
        key = f"{prefix}.{k}"
        if isinstance(v, dict):
            _flatten(key, v, out)
        else:
            out[key] = str(v)


@cache
def _area(lang: str, area: str) -> dict[str, str]:
    """One area's strings (one file): a command reads only the files of the areas it
    uses, not the whole catalogue (faster start)."""
    out: dict[str, str] = {}
    entry = resources.files(__package__).joinpath(lang, f"{area}.toml")
    if entry.is_file():
        _flatten(area, tomllib.loads(entry.read_text(encoding="utf-8")), out)
    return out


@cache
def catalogue(lang: str) -> dict[str, str]:
    """Every string of ``lang``."""
    out: dict[str, str] = {}
    folder = resources.files(__package__).joinpath(lang)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            out.update(_area(lang, entry.name[: -len(".toml")]))
    return out


def t(key: str, lang: str | None = None, /, **fields: Any) -> str:
    """The string for ``key`` in ``lang`` (default: the current language), formatted."""
    area = key.split(".", 1)[0]
    for candidate in (lang or _current, DEFAULT, "en"):
        text = _area(candidate, area).get(key)
        if text is not None:
            return text.format(**fields) if fields else text
    raise KeyError(f"no string {key!r} in the catalogue")



def plural(key: str, n: int, lang: str | None = None, /, **fields: Any) -> str:
    """``key_one`` for exactly one, else ``key_other`` (Bokmål, Nynorsk and English agree:
    "1 notat", "0 notater", "2 notater"), formatted with ``n`` and ``fields``."""
    return t(f"{key}_one" if n == 1 else f"{key}_other", lang, n=n, **fields)


def attribute_text(value: Any, lang: str | None = None) -> str:
    """A stored attribute or answer value as people read it: yes/no (stored in English, or
    as a boolean) in the study's language, anything else as it is."""
    if isinstance(value, bool):
        value = "yes" if value else "no"
    if value in ("yes", "no"):
        return t(f"core.value_{value}", lang)
    return "" if value is None else str(value)


def choices(values: Any) -> str:
    """Values a user types (codes such as ``written``, ``promised``), quoted the way
    commands are in every message, so no language mistakes them for prose:
    ``'none', 'written', 'oral'``."""
    return ", ".join(f"'{v}'" for v in values)
