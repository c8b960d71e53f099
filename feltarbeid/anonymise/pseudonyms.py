"""Pseudonyms: the same original gets the same replacement everywhere in the study.

Persons are numbered (``[Person 3]``); municipalities, places and workplaces get letters
(``[Kommune B]``) or, for municipalities, a generalisation as the study's settings say:
county (``[kommune i Innlandet]``), region (``[kommune på Østlandet]``), size class by
population in the interview year (``[kommune med under 3 000 innbyggere]``, classes from
``[anonymise] size_bounds``) or both (``size_region``:
``[kommune med under 3 000 innbyggere på Østlandet]``).
An informant's own name becomes their code (``[IP01]``). Patterns become their kind
(``[telefonnummer]``). Allocation is by keyed hash in the database (no originals there);
the key keeps original → pseudonym so every replacement can be reversed.
"""

from __future__ import annotations

from typing import Any

from .. import locale
from .. import municipalities as mun
from ..store import anonymisation as db
from ..store.core import Store

PATTERN_KEYS = {"FNR": "fnr", "PHONE": "phone", "EMAIL": "email", "ADDRESS": "address"}
MODES = ("code", "county", "region", "size", "size_region")


def letters(n: int) -> str:
    """1 → A, 26 → Z, 27 → AA."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _t(key: str, lang: str, **fields: Any) -> str:
    return locale.t(f"anonymise.{key}", lang, **fields)


def _allocate(store: Store, label: str, orig_hash: str, make) -> str:
    existing = db.pseudonyms(store, label).get((label, orig_hash))
    if existing:
        return existing
    with store.tx():
        n = db.count_pseudonyms(store, label) + 1
        candidate = make(n)
        while db.pseudonym_taken(store, candidate):  # a researcher-chosen one in the way
            n += 1
            candidate = make(n)
        db.add_pseudonym(store, label, orig_hash, candidate)
    return candidate


def code_for(store: Store, label: str, orig_hash: str, lang: str, *, kind: str = "") -> str:
    """The study-wide code pseudonym for an original (allocated on first use)."""
    if label in PATTERN_KEYS:
        return f"[{_t(PATTERN_KEYS[label], lang)}]"
    if label == "PERSON":
        return _allocate(store, label, orig_hash, lambda n: f"[{_t('person', lang, n=n)}]")
    if label == "MUNICIPALITY":
        return _allocate(store, label, orig_hash,
                         lambda n: f"[{_t('kommune', lang, letter=letters(n))}]")
    name = "workplace" if kind == "workplace" else "place"
    return _allocate(store, label, orig_hash,
                     lambda n: f"[{_t(name, lang, letter=letters(n))}]")


def _region_phrase(region: str, lang: str) -> str:
    # Norwegian says 'på Østlandet' but 'i Nord-Norge'
    which = "kommune_on_region" if region.endswith("landet") else "kommune_in_region"
    return f"[{_t(which, lang, region=region)}]"


def generalise(info: dict[str, Any], mode: str, lang: str, *, year: int | None = None,
               bounds: list[int] | tuple[int, ...] = mun.DEFAULT_SIZE_BOUNDS) -> str | None:
    """A municipality generalised to county, region, size class (its population on
    1 January of ``year``, the interview's) or size class and region; None if the mode
    is not a generalisation (the caller uses a code). Information that is missing or
    ambiguous (a name shared by two municipalities) is left out, down to '[kommune]'."""
    county = info.get("county", "")
    regions = sorted({r for r in info.get("regions", []) if r})
    region = regions[0] if len(regions) == 1 else ""
    if mode == "county":
        if county:
            return f"[{_t('kommune_in_county', lang, county=county)}]"
        mode = "region"
    if mode == "region":
        return _region_phrase(region, lang) if region else f"[{_t('kommune_unknown', lang)}]"
    if mode in ("size", "size_region"):
        size_class = mun.size_of_name(str(info.get("name", "")), year, bounds) \
            if info.get("name") else None
        size = size_class.label(lang) if size_class else ""
        if mode == "size_region" and region:
            if not size:
                return _region_phrase(region, lang)
            which = "kommune_size_on_region" if region.endswith("landet") \
                else "kommune_size_in_region"
            return f"[{locale.t(f'municipality.{which}', lang, size=size, region=region)}]"
        if size:
            return f"[{locale.t('municipality.kommune_size', lang, size=size)}]"
        return f"[{_t('kommune_unknown', lang)}]"
    return None


def informant_pseudonym(code: str) -> str:
    return f"[{code}]"
