"""Pseudonyms: the same original gets the same replacement everywhere in the study.

Persons are numbered (``[Person 3]``); municipalities, places and workplaces get letters
(``[Kommune B]``) or, for municipalities, a generalisation as the study's settings say:
county (``[kommune i Innlandet]``), region (``[kommune på Østlandet]``) or size class.
An informant's own name becomes their code (``[IP01]``). Patterns become their kind
(``[telefonnummer]``). Allocation is by keyed hash in the database (no originals there);
the key keeps original → pseudonym so every replacement can be reversed.
"""

from __future__ import annotations

from typing import Any

from .. import locale
from ..store import anonymisation as db
from ..store.core import Store

PATTERN_KEYS = {"FNR": "fnr", "PHONE": "phone", "EMAIL": "email", "ADDRESS": "address"}
MODES = ("code", "county", "region", "size")


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


def generalise(info: dict[str, Any], mode: str, lang: str) -> str | None:
    """A municipality generalised to county, region or size class; None if the
    information needed is missing (the caller falls back to a code)."""
    county = info.get("county", "")
    regions = [r for r in info.get("regions", []) if r]
    if mode == "county":
        if county:
            return f"[{_t('kommune_in_county', lang, county=county)}]"
        mode = "region"
    if mode == "region":
        if len(set(regions)) == 1:
            return _region_phrase(regions[0], lang)
        return f"[{_t('kommune_unknown', lang)}]"
    if mode == "size":
        size = info.get("size", "")
        if size:
            return f"[{_t('kommune_size', lang, size=size)}]"
        return f"[{_t('kommune_unknown', lang)}]"
    return None


def informant_pseudonym(code: str) -> str:
    return f"[{code}]"
