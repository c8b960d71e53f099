"""Names of things that are no one's name: brands, firms, products, bands, works, apps,
ships, clubs, festivals and places abroad (``feltarbeid/data/ting.csv``).

A capitalised word no name list knows is taken for a person ('Inatur', 'Bamsemums',
'Motorpsycho'), and one after a place's preposition for a place the lists lack ('fra Bolia',
'i Torrevieja'). The list lets ``not_names`` drop such a hit when the words around it do not
say person. It never holds what may be a person's or a Norwegian place's name alone: an entry
of one word that is a listed given name ('Tine', 'Siri'), a frequent surname, a Norwegian
municipality or place, and one whose every word is a name, a word said before one or a
function word ('Leiv Vidar', 'Tante Sofie', 'lille Bjørn', 'Tom og Jerry'), is left out
when the list is read, so only longer entries ('Tine Meieriet') apply; the longer names of
places abroad that bear a Norwegian name join it ('Bergen op Zoom', ``namesakes``). The
list was written from general knowledge by helper sessions that had not seen the detector
or the evaluation sets (their brief: ``scripts/ting_brief.md``; figures:
``bench/anonymisation/README.md``, rounds 14, 15, 18, 19 and 31; round 19 added places abroad in
Bokmål and Nynorsk forms, seas and historical states, feasts of every faith, wars, eras and
languages).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..data import rows
from . import gazetteer as gz
from . import namesakes
from .lexicon import zipf
from .slots import kin_word, role_word
from .spans import Token, tokenise
from .words import STOPWORDS, TITLES

THINGS_FILE = "ting.csv"
MAX_WORDS = 6
# a surname borne by this many or more in Norway is a person's before it is a brand's
COMMON_SURNAME = 500
PLACE_ABROAD = "place_abroad"
# words that stand before a person's name as well as in a character's ('lille Bjørn',
# 'kong Haakon', 'sankt Olav')
_BEFORE_NAMES = frozenset({"lille", "vesle", "store", "gamle", "unge", "kong", "dronning",
                           "prins", "prinsesse", "sankt", "st", "san", "santa", "saint"})


@cache
def load() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    """Lower-case word sequences -> kind; and every entry's beginnings ('kaizers' of
    'kaizers orchestra'), so that a text is read word by word only as far as some entry
    goes on."""
    g = gz.load()
    out: dict[tuple[str, ...], str] = {}
    for name, kind in _rows():
        words = tuple(t.low for t in tokenise(name))
        if not words or len(words) > MAX_WORDS or len(words) == 1 and len(words[0]) == 1:
            continue  # (a name of one letter once its signs are gone, 'F#', 'C++': an
            # initial's letter)
        if len(words) == 1 and _person_or_place(words[0], g) or len(words) > 1 and all(
                person_name(w) or w in TITLES or w in _BEFORE_NAMES or w in STOPWORDS
                or kin_word(w) or role_word(w) for w in words):
            continue  # 'Tine', 'Leiv Vidar', 'Helly Hansen', 'Tante Sofie', 'lille Bjørn',
            # 'Tom og Jerry': a person's name, or how one speaks of persons, too
        out.setdefault(words, kind)
    for words in namesakes.load()[1]:
        out.setdefault(words, PLACE_ABROAD)  # 'Bergen op Zoom', 'Moss Side': all of it
        # names, none of it a person's (``namesakes``)
    beginnings = frozenset(words[:m] for words in out for m in range(1, len(words) + 1))
    return out, beginnings


@cache
def _joined_names() -> re.Pattern[str]:
    """The listed names joined by '&' ('Bang & Olufsen', 'Ernst & Young'), as one pattern."""
    names = sorted({name for name, _ in _rows() if "&" in name and len(name) > 3}, key=len,
                   reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


_CITED_AFTER = re.compile(r"\s*(?:\(|,)\s*(?:\d{4}|s\.|p\.)")


def joined_names(text: str) -> list[tuple[int, int]]:
    """Where the text names a listed firm or brand joined by '&' ('en stereo fra Bang &
    Olufsen'), not cited as authors with a year ('Bang & Olufsen (2019)')."""
    if "&" not in text:
        return []
    return [(m.start(), m.end()) for m in _joined_names().finditer(text)
            if not _CITED_AFTER.match(text, m.end())]


@cache
def _rows() -> tuple[tuple[str, str], ...]:
    """(name, kind) of every row of the list, as written."""
    return tuple((r["name"].strip(), r["kind"]) for r in rows(THINGS_FILE))


@cache
def _all_kinds() -> dict[str, str]:
    """Every listed name in lower case, words joined by one space, and its kind, whether or
    not it is left out as a person's too ('albert åberg': 'work')."""
    return {" ".join(t.low for t in tokenise(name)): kind for name, kind in reversed(_rows())
            if name}


def listed_kind_of(tokens: Sequence[Token], i: int, j: int) -> str | None:
    """The kind of the listed name that tokens i..j spell, whether or not it is left out as
    a person's too ('Albert Åberg', 'Elling')."""
    return _all_kinds().get(" ".join(t.low for t in tokens[i:j + 1]))


def listed_kind(low: str) -> str | None:
    """The kind of a one-word name the list holds, whether or not it is left out as a
    person's too ('oda': 'firm', 'siri': 'app')."""
    return _all_kinds().get(low)


@cache
def _letters() -> frozenset[str]:
    """The one-word names the list writes in capitals alone ('LHL', 'REK', 'NOVA'), in
    lower case."""
    return frozenset(name.lower() for name, _ in _rows()
                     if 2 <= len(name) <= 6 and name.isalpha() and name.isupper())


def written_in_capitals(low: str) -> bool:
    """A one-word listed name that the list writes in capitals alone: letters of a body
    ('lhl', 'rek', 'ys'), no one's name."""
    return low in _letters()


# what a ship's listed name may begin with ('MS Richard With', 'KNM Helge Ingstad',
# 'Draken Harald Hårfagre')
_SHIP_PREFIXES = ("ms", "ds", "mk", "knm", "draken", "fullriggeren", "barken")


def listed_ship(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j spell a ship's listed name, with or without its prefix ('«Richard
    With»' for 'MS Richard With', '«Maud»'), whether or not a person bears it too."""
    words = " ".join(t.low for t in tokens[i:j + 1])
    kinds = _all_kinds()
    return kinds.get(words) == "ship" or any(kinds.get(f"{p} {words}") == "ship"
                                             for p in _SHIP_PREFIXES)


def named_thing_too(low: str) -> bool:
    """A one-word name the list holds, whether or not it is left out as a person's too
    ('elling', 'tine'): a film's, a firm's name as well."""
    return low in _all_kinds()


_DEFINITE_ENDINGS = ("ene", "ane", "en", "et", "a")


def definite_of_thing(low: str) -> bool:
    """A listed thing's name of one word with a noun's definite ending ('volvoen',
    'husqvarnaen', 'teslaen'); no name of a person ('hansen' is no 'hans' + '-en'), and
    no Norwegian word with its ending: nicknames are made so ('Pingvinen', 'Spretten',
    'Tobben', though Pingvin, Sprett and Tobb are brands); a name English text knows is
    an international brand's."""
    if person_name(low):
        return False
    things = load()[0]
    return any(low.endswith(e) and len(low) - len(e) >= 4 and (low[:-len(e)],) in things
               and zipf(low[:-len(e)], ("en",)) >= 1.5 for e in _DEFINITE_ENDINGS)


def _person_or_place(low: str, g: gz.Gazetteer) -> bool:
    return (low in g.given or low in g.given_extra
            or g.surname_count.get(low, 0) >= COMMON_SURNAME or low in g.places)


def given_name(low: str) -> bool:
    """A word some list of given names holds (SSB's, the extra or the world's)."""
    g = gz.load()
    return low in g.given or low in g.given_extra or low in g.world_given


def person_name(low: str) -> bool:
    """A word some list of persons' names holds (SSB's or the world's)."""
    g = gz.load()
    return low in g.given or low in g.given_extra or low in g.surnames \
        or low in g.world_given or low in g.world_surnames


def surname_abroad_only(low: str) -> bool:
    """A surname the world's list holds that no list of Norwegian names or the world's given
    names holds ('gucci', 'shimano'): no one in Norway is known to bear it."""
    g = gz.load()
    return low in g.world_surnames and low not in g.world_given and low not in g.given \
        and low not in g.given_extra and low not in g.surnames


def genitive_of_name(low: str) -> bool:
    """A Norwegian given name or surname in the genitive ('hansens', 'olas'), no name itself
    nor a listed thing ('Alias', a game)."""
    g = gz.load()
    return len(low) > 3 and low.endswith("s") and (low[:-1] in g.given or low[:-1] in g.surnames) \
        and not person_name(low) and low not in _all_kinds()


def thing_spans(tokens: Sequence[Token], lower: bool) -> list[tuple[int, int, str]]:
    """(first, last, kind) of each listed thing among the tokens, longest first, not
    overlapping. A name that a capital begins in the list is found in lower-case text too
    ('kaizers orchestra', 'liseberg')."""
    things, beginnings = load()
    found: list[tuple[int, int, str]] = []
    i, n = 0, len(tokens)
    while i < n:
        best = None
        if lower or tokens[i].capital:
            key: tuple[str, ...] = ()
            for k in range(i, min(n, i + MAX_WORDS)):
                key += (tokens[k].low,)
                if key not in beginnings:
                    break
                kind = things.get(key)
                if kind is not None:
                    best = (i, k, kind)
        if best is None:
            i += 1
        else:
            found.append(best)
            i = best[1] + 1
    return found
