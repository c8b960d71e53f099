"""Places abroad that bear a Norwegian municipality's or place's name: Lund in Sweden, Lier
in Belgium, Bergen op Zoom, Moss Side, Valle Gran Rey (``feltarbeid/data/namesakes.csv``).

Each row names the namesake, its country and the places near it that a speaker mentions
in the same breath ('i Lund og en uke i Malmö', 'gjennom Lier på vei fra Brussel til
Antwerpen'). A name of several words ('Bergen op Zoom') is a place abroad wherever it
stands (``things`` lists it); a name of one word is the place abroad only where the
sentence names a place near it or 'i <its country>', and no Norwegian place or county.
Countries are not counted as near places (an informant comes 'fra Belgia' and lives 'i
Lier'), nor are namesakes kept in the places informants come from (Hamar in Somalia, Tana
in Ethiopia). The list was written from general knowledge by a helper session that had
not seen the detector or the evaluation sets.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..data import rows
from . import gazetteer as gz
from .fuzzy import fold
from .spans import Token, tokenise

NAMESAKES_FILE = "namesakes.csv"
WINDOW = 25  # words on either side that may place a namesake abroad (about a sentence)


@cache
def load() -> tuple[dict[str, tuple[frozenset[tuple[str, ...]], frozenset[str]]],
                    frozenset[tuple[str, ...]]]:
    """One-word namesakes -> (the word sequences of the places near them, their countries);
    and the names of several words ('bergen op zoom')."""
    g = gz.load()
    near: dict[str, set[tuple[str, ...]]] = {}
    countries: dict[str, set[str]] = {}
    longer: set[tuple[str, ...]] = set()
    for r in rows(NAMESAKES_FILE):
        words = tuple(t.low for t in tokenise(r["name"]))
        if len(words) > 1:
            longer.add(words)
            continue
        if not words:
            continue
        places = near.setdefault(fold(words[0]), set())
        countries.setdefault(fold(words[0]), set()).add(r["country"].strip().lower())
        for name in r["nearby"].split(";"):
            key = tuple(t.low for t in tokenise(name))
            if key and not any(p.kind == "country" for p in g.places.get(" ".join(key), ())):
                places.add(key)
    table = {w: (frozenset(near[w]), frozenset(countries[w])) for w in near}
    return table, frozenset(longer)


# the adjective of a namesake's country, said just before it ('det svenske universitetet i
# Lund', 'den belgiske byen Lier')
_ADJECTIVES = {"sverige": ("svensk",), "tyskland": ("tysk",), "usa": ("amerikansk",),
               "spania": ("spansk",), "nederland": ("nederlandsk", "hollandsk"),
               "italia": ("italiensk",), "danmark": ("dansk",), "england": ("engelsk",),
               "finland": ("finsk",), "belgia": ("belgisk",), "island": ("islandsk",),
               "chile": ("chilensk",), "australia": ("australsk",)}


def abroad_here(tokens: Sequence[Token], i: int) -> bool:
    """Token i is a one-word namesake and the words around it place it abroad: a place
    near the namesake is named with a capital (lower-case text says too little: 'lund og
    malmø' may be two bakeries), or 'i <its country>'. (Whether a Norwegian place is named
    there too is the caller's to weigh.)"""
    table, _ = load()
    entry = table.get(fold(tokens[i].low))
    if entry is None:
        return False
    near, countries = entry
    lo, hi = max(0, i - WINDOW), min(len(tokens), i + WINDOW + 1)
    lows = [t.low for t in tokens[lo:hi + 3]]
    for k in range(lo, hi):  # the words around it, not the whole of a long text
        if k == i:
            continue
        low = lows[k - lo]
        if low in countries and k > 0 and tokens[k - 1].low in ("i", "på"):
            return True  # 'en søt liten by i Belgia'
        if i - 4 <= k < i and any(low.startswith(a) and len(low) - len(a) <= 2
                                  for c in countries for a in _ADJECTIVES.get(c, ())):
            return True  # 'ved det svenske universitetet i Lund'
        for n in (1, 2, 3):
            if tuple(lows[k - lo:k - lo + n]) in near and tokens[k].capital:
                return True  # 'og en uke i Malmö'
    return False
