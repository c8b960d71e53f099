"""Places abroad: a town, a land or a Norwegian place's namesake that the words around it put
outside Norway ('i Adelaide i Australia', 'Lier er en by i Belgia', 'en uke i Lund og en
uke i Malmö'), no person and no Norwegian place."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from . import gazetteer as gz
from .namesakes import WINDOW as NAMESAKE_WINDOW
from .namesakes import abroad_here
from .slots import next_list_item, past_verb, person_evidence
from .spans import PERSON_SURELY, Hit, Token
from .words import PERSON_ACTS, PERSON_DOES, SIN_POSSESSIVES

_TOWN_KINDS = frozenset({"by", "småby", "landsby", "bydel", "kommune", "øy", "halvøy",
                         "region", "provins", "delstat", "stad", "bygd"})


def _words_abroad(tokens: Sequence[Token], k: int, g: gz.Gazetteer) -> bool:
    """Token k (and k+1) name a land, region or town abroad, not a Norwegian one."""
    if k >= len(tokens):
        return False
    words = tokens[k].low
    two = f"{words} {tokens[k + 1].low}" if k + 1 < len(tokens) else ""
    return (words in g.world or two in g.world) and not g.norwegian(words)


def abroad(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """A place name followed by the country or region it lies in abroad: 'Lund, altså i
    Sverige', 'Nome i Alaska', 'Lier i Belgia'."""
    g = gz.load()
    k = j + 1
    if k < len(tokens) and tokens[k].low in ("altså", "altso", "eller", "dvs"):
        k += 1
    elif k + 2 < len(tokens) and tokens[k].low in ("en", "ei", "ein", "et", "eit") \
            and tokens[k + 1].low in _TOWN_KINDS \
            and text[tokens[j].end:tokens[k].start].strip() == ",":
        k += 2  # 'Hof, en by i Bayern'
    elif k + 2 < len(tokens) and tokens[k].low == "på" and tokens[k + 2].low == "av" \
            and tokens[k + 1].low.endswith(("kysten", "kysta", "sida", "siden", "delen")):
        k += 2  # 'Vík på sørkysten av Island'
        return _words_abroad(tokens, k + 1, g)
    if k + 1 < len(tokens) and tokens[k].low in ("i", "på", "in", "ved") \
            and text[tokens[j].end:tokens[j + 1].start].strip(" ,") == "":
        return _words_abroad(tokens, k + 1, g)
    # 'Alta, Utah', 'Lund, Sverige'
    return k == j + 1 and k < len(tokens) and text[tokens[j].end:tokens[k].start].strip() == "," \
        and tokens[k].capital and tokens[k].low in g.world \
        and not g.norwegian(tokens[k].low) and tokens[k].low not in ("norge", "noreg")


# lands abroad that a Norwegian place is named like too (Grønland in Oslo)
_NORWEGIAN_AND_ABROAD = frozenset({"grønland", "færøyene", "færøyane", "holland", "irland"})


def lows_abroad(text: str, tokens: Sequence[Token], hits: Sequence[Hit],
                 starts: Sequence[int]) -> set[str]:
    """The one-word place hits of a text that stand abroad where they are (once a text)."""
    out = set()
    for h in hits:
        if h.label in ("MUNICIPALITY", "PLACE"):
            k = bisect_left(starts, h.start)
            if k < len(tokens) and tokens[k].end == h.end and abroad(text, tokens, k, k):
                out.add(tokens[k].low)
    return out


def abroad_again(tokens: Sequence[Token], i: int, j: int, abroad_lows: set[str]) -> bool:
    """The same one-word name is abroad where it stands again ('i Lier, altså Lier i
    Belgia': ``abroad_lows``), or the name is a country's too and listed with another
    country ('ved Grønland og Island')."""
    if i != j or i + 2 < len(tokens) and tokens[i + 1].low in ("i", "på") \
            and gz.load().norwegian(tokens[i + 2].low):
        return False  # ('Lund i Rogaland, ikke Lund i Sverige')
    low = tokens[i].low
    if low in abroad_lows:
        return True
    g = gz.load()
    if low not in g.world and low not in _NORWEGIAN_AND_ABROAD or not tokens[i].capital:
        return False
    for k in (i - 2, i + 2):
        if 0 <= k < len(tokens) and tokens[(i + k) // 2].low in ("og", "eller") \
                and tokens[k].capital and tokens[k].low in g.world \
                and not g.norwegian(tokens[k].low):
            return True
    return False


_TO_A_TOWN = frozenset({"i", "til", "via", "fra", "frå", "mot"})
# what takes a person after 'i' ('forelska i Charlotte')
_FOND_OF = frozenset({"forelska", "forelsket", "glad", "interessert", "betatt", "hekta",
                      "skuffa", "skuffet", "stolt", "sjalu", "bekymra", "bekymret"})


def town_abroad(text: str, tokens: Sequence[Token], h: Hit, i: int, j: int) -> bool:
    """Tokens i..j are a town abroad, not a person or a Norwegian place:

    - a foreign town (``gazetteer.foreign_towns``) that no list of persons' names holds
      ('Siena', not 'Charlotte', 'Adelaide'), which the words make a place: after a place
      preposition with another place abroad in the sentence ('frå Chicago til Santa
      Monica'), listed with a place abroad ('Pasadena og Wollongong var de to byene'), or a
      place guessed from its preposition alone ('i Lourdes med menigheten'); a name persons
      bear only in a list of two or more places abroad ('til Berlin, Praha og Wien');
    - any name no Norwegian list holds as a person's, followed by the land abroad it lies in
      ('Oslo i Minnesota', 'Valders i Wisconsin'; not 'Westby i Wisconsin': a surname).

    Never where the words around say person ('forelska i Charlotte')."""
    g = gz.load()
    low = " ".join(t.low for t in tokens[i:j + 1])
    town = low in g.foreign_towns
    named = low in g.given or low in g.surnames or low in g.given_extra \
        or low in g.world_given or low in g.world_surnames
    if named and h.label == "PERSON" and i == j and tokens[i].capital \
            and _towns_listed_with(text, tokens, i) >= 2 \
            and person_evidence(text, tokens, i) < 1.0:
        return True  # 'til Berlin, Praha og Wien': a list of towns abroad
    if named and h.label == "PERSON" and i == j and town \
            and (_lived_in(tokens, i) or _called_a_town(text, tokens, i)
                 or _a_journeys_towns(text, tokens, i)) \
            and person_evidence(text, tokens, i) < 1.0:
        return True  # 'bor i Adelaide', 'studerte i Sofia', 'Victoria er hovedstaden på
        # Seychellene': a town persons' names hold too, where one lives or that is a town
    if named and h.label == "PERSON":
        return False  # persons bear it: 'Eg sende brev til Ali i Amerika', 'catalina i
        # santiago', 'Vi dro til Gdańsk og Sofia ble med' (a missed person is a leak)
    if (town or g.norwegian(low)) and abroad(text, tokens, i, j):
        return True  # (not 'Nils Kvikne i Texas': a person abroad)
    if not town or person_evidence(text, tokens, i, j) >= 1.0:
        return False
    lo, hi = i, j  # the sentence, at most 40 words either way (speech has no full stops)
    while lo > max(0, i - 40) and not tokens[lo].sentence_start:
        lo -= 1
    while hi + 1 < min(len(tokens), j + 40) and not tokens[hi + 1].sentence_start:
        hi += 1
    if h.label == "PLACE":
        return i > 0 and tokens[i - 1].low == "i" and not any(
            g.norwegian(t.low) for t in tokens[lo:hi + 1] if t.capital and not t.sentence_start)
        # ('i Lourdes med menigheten'; not 'på Hove', 'på nyborg og så på tertnes': a
        # Norwegian farm or village named like a town abroad)

    if j + 1 < len(tokens) and tokens[j + 1].low in ("fra", "frå") \
            or i > 1 and tokens[i - 2].low in _FOND_OF:
        return False  # 'Charlotte fra London', 'forelska i Charlotte': a person
    if i > 0 and tokens[i - 1].low in _TO_A_TOWN and any(
            _abroad_word(tokens, k) for k in range(lo, hi + 1) if not i <= k <= j):
        return True
    return any(m is not None and _abroad_word(tokens, m)
               for m in (next_list_item(text, tokens, i, -1), next_list_item(text, tokens, j, 1)))


# where one lives, stays, works or studies, before 'i' and a town ('bor i Adelaide',
# 'studerte i Sofia', 'feltarbeidet ble gjennomført i Sofia')
_STAYED = frozenset({"bor", "bur", "bodde", "budde", "bodd", "budd", "bo", "bu", "bosatt",
                     "busett", "var", "er", "vært", "vore", "studerte", "studerer", "studert",
                     "studerar", "jobbet", "jobba", "jobber", "jobbar", "arbeidet", "arbeidde",
                     "arbeider", "arbeidar", "vokste", "voks", "vokst", "oppvokst", "født",
                     "fødd", "gjennomført", "gjennomførte", "semester", "utvekslingsstudent",
                     "utveksling", "ferie", "feriert", "ferierte", "landa", "landet",
                     "mellomlandet", "mellomlanda", "stasjonert", "opphold"})
# a town's noun after a copula: 'Sofia var den første byen', 'Victoria er hovedstaden'
_TOWN_NOUNS = ("byen", "staden", "hovedstaden", "hovudstaden", "byene", "byane")
# a town in apposition ('Sofia, hovudstaden i Bulgaria', 'Halle, en universitetsby i …',
# 'Westby, ein liten by i Wisconsin'): the noun, after an article and an adjective or two
_TOWN_APPOSITION = ("by", "byen", "hovedstaden", "hovudstaden", "hovedstad", "hovudstad",
                    "forstad", "forstaden", "landsby", "landsbyen")
_APPOSITION_BEFORE = frozenset({"en", "ei", "ein", "et", "eit", "den", "det", "liten", "lita",
                                "litt", "vesle", "stor", "gammel", "gamal", "gamle", "vakker",
                                "vakre", "fin", "travel", "nydelig", "sjarmerende", "kjent"})
_NOT_IN_THE_PREDICATE = frozenset({"i", "på", "fra", "frå", "av", "til", "med", "som", "og",
                                   "ved", "hos", "for"})


def _lived_in(tokens: Sequence[Token], i: int) -> bool:
    """Token i follows 'i' after a word of living, staying, working or studying ('bor i
    Adelaide', 'var utvekslingsstudent i Sofia'), not a word of fondness ('forelska i
    Charlotte') and not before a possessive ('i Sofia sitt hus')."""
    if i < 2 or tokens[i - 1].low != "i" or tokens[i - 2].low in _FOND_OF \
            or i + 1 < len(tokens) and tokens[i + 1].low in SIN_POSSESSIVES:
        return False
    return any(tokens[k].low in _STAYED for k in range(max(0, i - 4), i - 1))


def _a_journeys_towns(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is listed with a place abroad after a preposition of going or being ('til
    Siena og Verona', 'i Mekka og Medina') and does not act ('til Gdańsk og Sofia ble med':
    Sofia came along)."""
    if _towns_listed_with(text, tokens, i) < 1:
        return False
    first = i
    while True:
        m = next_list_item(text, tokens, first, -1)
        if m is None:
            break
        first = m
    if first == 0 or tokens[first - 1].low not in _TO_A_TOWN:
        return False
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    return not (nxt in PERSON_DOES or nxt in PERSON_ACTS or past_verb(nxt)
                or nxt in SIN_POSSESSIVES)


def _called_a_town(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is the subject of a copula whose predicate is a town ('Sofia var den første
    byen vi bodde i', 'Victoria er hovedstaden på Seychellene'), or a town in apposition
    follows it ('frå Sofia, hovudstaden i Bulgaria', 'i Halle, en universitetsby i …')."""
    if i + 1 < len(tokens) and text[tokens[i].end:tokens[i + 1].start].strip() == ",":
        k = i + 1
        while k < len(tokens) and k - i <= 3 and tokens[k].low in _APPOSITION_BEFORE:
            k += 1
        return k < len(tokens) and tokens[k].low.endswith(_TOWN_APPOSITION)
    if i + 1 >= len(tokens) or tokens[i + 1].low not in ("er", "var", "e", "va"):
        return False
    for k in range(i + 2, min(len(tokens), i + 6)):
        if tokens[k].low.endswith(_TOWN_NOUNS):
            return True
        if tokens[k].low in _NOT_IN_THE_PREDICATE:
            return False  # ('Sofia er den eldste i byen': the town is not what she is)
    return False


def _abroad_word(tokens: Sequence[Token], k: int) -> bool:
    """Token k names a country, a region or a town abroad (capitalised; no given name, no
    Norwegian place)."""
    g = gz.load()
    w = tokens[k].low
    return tokens[k].capital and (w in g.world or w in g.foreign_towns) \
        and not g.norwegian(w) and w not in g.given


def _towns_listed_with(text: str, tokens: Sequence[Token], i: int) -> int:
    """How many places abroad (``_abroad_word``) are listed with token i by commas, 'og'
    or 'eller'."""
    count = 0
    for step in (-1, 1):
        k = i
        for _ in range(5):
            m = next_list_item(text, tokens, k, step)
            if m is None or not _abroad_word(tokens, m):
                break
            count += 1
            k = m
    return count


def namesake_abroad(text: str, tokens: Sequence[Token], h: Hit, i: int,
                     hits: Sequence[Hit]) -> bool:
    """Hit h (token i) is a place abroad that bears a Norwegian name (``namesakes``): not
    one said surely to be Norwegian ('Lund kommune'), nor a person by the words around
    it, and no Norwegian place named surely near it."""
    if h.label in ("MUNICIPALITY", "PLACE"):
        if h.confidence >= 0.97:
            return False
    elif h.label != "PERSON" or h.source in PERSON_SURELY \
            or person_evidence(text, tokens, i) >= 1.0:
        return False
    if not abroad_here(tokens, i):
        return False
    lo = tokens[max(0, i - NAMESAKE_WINDOW)].start
    hi = tokens[min(len(tokens) - 1, i + NAMESAKE_WINDOW)].end
    return not any(o is not h and o.label in ("MUNICIPALITY", "PLACE") and o.confidence >= 0.8
                   and lo <= o.start < hi and o.surface.lower() != h.surface.lower()
                   for o in hits)


# English and Romance words of nature that make a name a place abroad: after it ('Victoria
# Falls', 'Bondi Beach', 'Fraser Island') or before it ('Mount Rainier', 'Lake Louise',
# 'Glaciar Grey'); none a surname the lists hold ('Bay' and 'Park' are)
_NATURE_AFTER = frozenset({"falls", "lake", "river", "mountains", "canyon", "valley", "island",
                           "islands", "peak", "glacier", "beach", "creek", "desert", "reef",
                           "volcano", "hills", "forest", "fjord", "gorge"})
_NATURE_BEFORE = frozenset({"mount", "lake", "cape", "glaciar", "lago", "isla", "sierra",
                            "cerro", "monte", "mont", "volcán", "rio", "río"})


def nature_abroad(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j, a name, end in or stand right after or before an English or Romance
    word of nature, written with a capital ('Victoria Falls', 'Mount Rainier', 'Lake Louise
    var turkis'): a mountain, a lake or a fall abroad, no person."""
    if j > i and tokens[j].capital and tokens[j].low in _NATURE_AFTER:
        return True
    nxt = j + 1
    if nxt < len(tokens) and tokens[nxt].capital and tokens[nxt].low in _NATURE_AFTER \
            and text[tokens[j].end:tokens[nxt].start] == " ":
        return True
    return i > 0 and tokens[i - 1].capital and tokens[i - 1].low in _NATURE_BEFORE \
        and text[tokens[i - 1].end:tokens[i].start] == " " \
        or tokens[i].capital and tokens[i].low in _NATURE_BEFORE and j > i
