"""Lexicon: whether a word is an ordinary Norwegian word, a compound of such words, an
inflected form, an institution or organisation, or a word that can never be a person.

Shared by ``persons`` (the name detectors) and ``slots`` (where a name stands); pure
functions of a word (and the gazetteer), cached.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from . import gazetteer as gz
from .spans import Token
from .words import (
    CAPITAL_FUNCTION_NAMES,
    COMMON_PLACE_STEMS,
    FREQUENT_FOREIGN_GIVEN,
    FREQUENT_FOREIGN_GIVEN_WORDS,
    HOLIDAYS,
    INSTITUTION_HEADS,
    LOWER_ACRONYMS,
    NAME_HEADS,
    ORGANISATIONS,
    PRODUCT_HEADS,
    STOPWORDS,
    STRONG_PLACE_HEADS,
    WATERS,
    zipf,
)

_SAINT = re.compile(r"(?:\bSt\.|\bSankt)\s*$")
COMMON_WORD_ZIPF = 3.3  # a lower-case form this frequent (nb) is an ordinary word
BRAND_ZIPF = 3.6  # a capitalised word mid-sentence this frequent is a brand or institution
ENGLISH_WORD_ZIPF = 4.5  # ... or this frequent in English: a title, a product
HYPHEN_HEAD = re.compile(r"-([a-zæøå]+)")  # the head after a hyphen: 'Norrøna-jakke'
_OPEN_COMPOUND = re.compile(r"-\s+(?:og|eller|and)\b")  # 'Helse- og omsorgs…'
_WEBSITE = re.compile(r"\.(?:no|com|org|net|se|dk|eu|gov|edu|uk|io)\b")
_CAMEL = re.compile(r"[a-zæøå]{3,}[A-ZÆØÅ]|[a-zæøå][A-ZÆØÅ]{2}|^[A-ZÆØÅ]{2}[a-zæøå]"
                    r"|^[A-ZÆØÅ][a-zæøå][A-ZÆØÅ]+$")  # ('UiA', 'UiT': not 'McDonald')


@lru_cache(maxsize=65536)
def common_word(low: str) -> bool:
    """An ordinary Norwegian word (or a compound of ordinary words) rather than a name."""
    if low in STOPWORDS:
        return True
    if zipf(low, ("nb",)) >= COMMON_WORD_ZIPF:
        return True
    return compound(low)


@lru_cache(maxsize=65536)
def compound(low: str) -> bool:
    """A compound of ordinary words ('skjønnsmidler', 'kommunedirektøren', 'lydopptaker');
    not one whose last part is what farm names and surnames end with ('-land', '-dal',
    '-stad'), nor one made of names ('Berg-strøm')."""
    if len(low) < 7 or _name_head(low) or low.endswith("s") and _name_head(low[:-1]):
        return False
    for k in range(3, len(low) - 3):
        head = low[k:]
        if len(head) <= 4 and zipf(head, ("nb",)) < 3.0:
            continue
        if not (_word_part(head) or (len(head) >= 7 and compound(head))):
            continue
        first = low[:k]
        for mod in (first, first[:-1] if first[-1:] in "se" else None):
            if mod and len(mod) >= 3 and (len(mod) >= 4 or zipf(mod, ("nb",)) >= 4.0) \
                    and _word_part(mod):
                return True
    return False


def _name_head(low: str) -> bool:
    """Ends as farm names and surnames do ('Hjellestad', 'Eikeland'), and not in a frequent
    word longer than that ending ('rotasjonsarbeid' ends in 'arbeid', not in '-eid')."""
    ends = [h for h in NAME_HEADS if low.endswith(h)]
    if not ends:
        return False
    longest = max(map(len, ends))
    return not any(low[k:].isalpha() and zipf(low[k:], ("nb",)) >= 4.5 and _word_part(low[k:])
                   for k in range(1, len(low) - longest - 1))


_INFLECTIONS = ("ane", "ene", "ene", "en", "et", "er", "ar", "a", "e", "ne")
# endings of a noun in -e ('stolpe-n', 'eple-t', 'stolpe-r'): only after a stem of five
# letters or more ('røye-n', 'tore-r' and 'unna-r' make names of 'Storøyen', 'torerling')
_E_INFLECTIONS = ("n", "t", "r")


def _word_part(low: str) -> bool:
    """A part of a compound: an ordinary Norwegian word (in some inflection), not a name."""
    g = gz.load()
    if low in g.given or low in g.surnames or low in g.places:
        return False
    if _norwegian_word(low):
        return True
    return any(low.endswith(s) and len(low) - len(s) >= 4 and _norwegian_word(low[:-len(s)])
               for s in _INFLECTIONS) or len(low) >= 6 and low[-1] in _E_INFLECTIONS \
        and low[-2] == "e" and _norwegian_word(low[:-1])


def _norwegian_word(low: str) -> bool:
    """Frequent in Norwegian and not mainly an English word ('worth' and 'lister' are
    English in Norwegian text: 'Ash-worth', 'Hol-lister')."""
    nb = zipf(low, ("nb",))
    return nb >= 2.7 and (nb >= zipf(low, ("en",)) - 0.3 or nb >= 4.0)


NYNORSK_ENDINGS = ("leg", "lege", "aren", "arane", "arar", "ingane", "skot", "brot", "lova",
                   "leiken", "leik", "ånda", "ande", "inga", "nad", "naden", "semd", "skap",
                   "dom", "ombod", "ombodet", "valde", "namnet", "namn")
# Nynorsk heads of compounds that Bokmål word lists lack
NYNORSK_HEADS = ("valet", "kvelden", "tida", "vegen", "kyrkja", "skulen",
                 "rommet", "kvoten", "huset", "mjølk", "tenesta", "kontoret")


@lru_cache(maxsize=65536)
def nynorsk_word(low: str) -> bool:
    """Built like a Nynorsk word that Bokmål lists lack: an adjective in '-leg'
    ('opphavleg'), an agent noun in '-ar' made definite ('styraren', 'kjellaren'), a
    noun in '-skot', '-brot', '-lova', '-leiken' ('underskot', 'odelslova'), or a compound
    with a Nynorsk head ('lærarrommet', 'mjølkekvoten')."""
    if len(low) < 6:
        return False
    return low.endswith(NYNORSK_ENDINGS) or any(
        low.endswith(h) and len(low) - len(h) >= 3 for h in NYNORSK_HEADS)


def _a_name(low: str) -> bool:
    g = gz.load()
    return len(low) >= 4 and (low in g.given or low in g.given_extra or low in g.world_given
                              or low in g.world_surnames) \
        and zipf(low, ("nb",)) < COMMON_WORD_ZIPF


@lru_cache(maxsize=65536)
def inflected_word(low: str, min_stem: int = 3) -> bool:
    """An inflected form of an ordinary word (Nynorsk and dialect forms that word lists
    lack: 'ungane', 'sammenslåinga', 'leikar'); the stem at least ``min_stem`` letters."""
    for suffix in ("arane", "erane", "ane", "ene", "inga", "ingane", "ar", "er", "en", "et",
                   "a", "e", "ne", "te", "de", "dde"):
        if low.endswith(suffix) and len(low) - len(suffix) >= min_stem:
            stem = low[:-len(suffix)]
            if _a_name(stem):
                continue  # 'rashida' is no inflected 'rashid', 'margreta' no 'margret'
            if zipf(stem, ("nb",)) >= (2.0 if len(stem) >= 6 else 2.5) \
                    or zipf(stem + "e", ("nb",)) >= 3.0 \
                    or zipf(stem + "ing", ("nb",)) >= 3.0 or compound(stem):
                return True
    return False


@lru_cache(maxsize=65536)
def institution(low: str) -> bool:
    """'Husbanken', 'Sametinget', 'Helsedirektoratet', 'Sosialtjenesteloven'; also in the
    genitive of a definite head ('Helsetilsynets', 'Kystverkets')."""
    if low.endswith("s") and low[-2:-1] in ("t", "n", "a") and _institution(low[:-1]):
        return True
    return _institution(low)


def _institution(low: str) -> bool:
    return low in ORGANISATIONS or low in INSTITUTION_HEADS or any(
        low.endswith(h) and len(low) > len(h) + 1
        and (len(h) > 6 or _head_of_compound(low[:-len(h)])) for h in INSTITUTION_HEADS)


def _head_of_compound(first: str) -> bool:
    """What comes before a short institution head ('-lova', '-lov', '-etat') is a word:
    'opplæringslova' is a law, 'Sokolova' a name."""
    for mod in (first, first[:-1] if first[-1:] in "se" else ""):
        if len(mod) >= 3 and (common_word(mod) or _norwegian_word(mod)):
            return True
    return False


def not_a_name(tok: Token, text: str, g: gz.Gazetteer) -> bool:
    """Words that are never a person: function words, institutions and their parts
    ('Helse- og …'), organisations and systems from the trap list, acronyms."""
    low = tok.low
    if low in g.not_person and low in g.given and tok.capital and not tok.sentence_start:
        return False  # 'Juni', 'Mai' capitalised mid-sentence: a given name, no month
    if low in CAPITAL_FUNCTION_NAMES and tok.capital and not tok.sentence_start \
            and not _SAINT.search(text, max(0, tok.start - 7), tok.start):
        return False  # 'Da kom Anna inn': capitalised mid-sentence, no function word (but
        # 'St. Hans', the midsummer feast)
    if (low in g.given or low in g.surnames) and institution(low) and low not in STOPWORDS:
        # 'Tine sa', 'Vi snakket med Lerum': a person's name that is a brand too is a
        # name; the words around it decide ('Tine, Gilde og Nortura', 'Tine-melk')
        return False
    if low in LOWER_ACRONYMS and not tok.capital and low not in g.given \
            and low not in g.surnames:
        return True  # 'fhi sa at vi skulle holde avstand': FHI in speech recognition
    if low in STOPWORDS or low in g.not_person or institution(low) or low in HOLIDAYS \
            or low in WATERS or low.endswith(("aste", "este")) and len(low) > 7:
        return True  # ... seas, superlatives ('viktigaste', 'vanskeligste')
    head = HYPHEN_HEAD.match(text, tok.end, tok.end + 14)
    if head and head.group(1) in PRODUCT_HEADS:
        return True  # 'Norrøna-jakke': a brand
    if tok.text in ("Prop", "Meld", "Innst", "NOU", "St") and text[tok.end:tok.end + 1] == ".":
        return True  # 'Prop. 101 L (2021–2022)': a parliamentary document
    if len(tok.text) > 1 and (tok.text.isupper() or (
            len(tok.text) > 2 and tok.text[-1] == "s" and tok.text[:-1].isupper())):
        # NAV, KS, SSB, SSBs (not 'Bø', 'Mo', 'Ly'); but a given name written in capitals
        # for weight ('det var MARIT som ringte') is left to the words around it
        return not (len(tok.text) >= 3 and tok.text.isupper() and low in g.given)
    if _CAMEL.search(tok.text):
        return True  # 'MinID', 'DocuLive', 'NVivo': products
    if any(c.isdigit() for c in tok.text):
        return True  # '3D', 'Vg2', 'G14': no name holds a digit
    after = text[tok.end:tok.end + 6]
    return bool(_OPEN_COMPOUND.match(after)  # 'Helse- og omsorgs…'
                or _WEBSITE.match(after))  # 'Regjeringen.no', 'Lovdata.no'


SURNAME_EXCESS = 1.2  # text frequency this far (Zipf) above what the bearers explain: a word


@lru_cache(maxsize=65536)
def surname_word(low: str) -> bool:
    """A listed surname that is also an ordinary word ('berg', 'bakken', 'vinter'): the
    trap list says so, or the word is more frequent in text than its bearers explain
    (Zipf minus log10 of SSB's count of bearers; 'johansen' and 'sæther' are frequent
    because many bear them, 'sommer' because it is a season)."""
    g = gz.load()
    if low in g.surname_words or low in g.given_words:
        return True
    freq = zipf(low, ("nb",))
    if freq < COMMON_WORD_ZIPF:
        return compound(low)
    count = g.surname_count.get(low, 0)
    return count <= 0 or freq - math.log10(count) >= SURNAME_EXCESS


@lru_cache(maxsize=65536)
def noun_first(low: str) -> bool:
    """A frequent definite noun that few bear as a surname ('gården', 'plassen'): far more
    frequent in text than its bearers explain (1.8 above log10 of their count)."""
    freq = zipf(low, ("nb",))
    if freq < 4.0 or not definite_noun(low):
        return False
    count = gz.load().surname_count.get(low, 0)
    return count <= 0 or freq - math.log10(count) >= 1.8


GIVEN_EXCESS = 3.35  # ... and for a given name, above log10 of its bearers' share


@lru_cache(maxsize=65536)
def given_word(low: str) -> bool:
    """A given name that is an ordinary word before it is a name: more frequent in text
    than its bearers explain ('lia', 'eik', 'rosa', 'lykke', 'bror'; not 'kari', 'per',
    'siri', whose frequency is their bearers')."""
    g = gz.load()
    if low in g.given_words:
        return True
    if low not in g.given_share:
        return False
    return zipf(low, ("nb",)) - math.log10(max(g.given_share[low], 0.01)) >= GIVEN_EXCESS


FOREIGN_NAME_NB_ZIPF = 2.5  # a name of another origin this frequent in Norwegian is a word too
FOREIGN_NAME_EN_ZIPF = 3.5  # ... or this frequent in English ('Rose', 'Mark' in lower case)


@lru_cache(maxsize=65536)
def world_name(low: str) -> bool:
    """A given name or surname of another origin that SSB's lists lack ('kowalczyk',
    'tesfamariam', 'maricel'; ``navn_verden.csv``) and that is no word: safe as a name
    even in lower-case text."""
    g = gz.load()
    if low not in g.world_given and low not in g.world_surnames \
            and low not in FREQUENT_FOREIGN_GIVEN:
        return False
    if low in STOPWORDS or low in g.not_person or low in g.places or low in g.world:
        return False
    if low in FREQUENT_FOREIGN_GIVEN:  # 'pablo kom i går' (not 'trent': trained)
        return low not in FREQUENT_FOREIGN_GIVEN_WORDS
    if zipf(low, ("nb",)) >= FOREIGN_NAME_NB_ZIPF or zipf(low, ("en",)) >= FOREIGN_NAME_EN_ZIPF:
        return False
    # a three-letter stem says little ('ilse' is no inflected 'ils', 'biret' no 'bir')
    return not (common_word(low) or inflected_word(low, 4) or institution(low))


# marks Norwegian never writes but names of other origins do: Vietnamese dots and hooks
# ('Nguyễn Thị Lan'), tildes, breves, circumflexes, cedillas ('Şahin', 'Trần Văn Minh');
# not the acute ('idé'), the ring ('å') or the Sami caron ('Čáhcesuolu')
_FOREIGN_MARKS = frozenset({"\u0323", "\u0309", "\u031b", "\u0303", "\u0306", "\u0302",
                            "\u0327"})


@lru_cache(maxsize=65536)
def foreign_marked(low: str) -> bool:
    """A word written with letters of another language's names ('thị', 'văn', 'łukasz')."""
    if any(c in "łıđ" for c in low):
        return True
    return any(c in _FOREIGN_MARKS for c in unicodedata.normalize("NFD", low))


def name_like(tok: Token, g: gz.Gazetteer) -> bool:
    """A capitalised word that is a name rather than an ordinary word (mid-sentence)."""
    low = tok.low
    if low in g.given or low in g.surnames or low in g.given_extra or world_name(low) \
            or low in FREQUENT_FOREIGN_GIVEN:
        return True
    return zipf(low, ("nb",)) < BRAND_ZIPF and zipf(low, ("en",)) < ENGLISH_WORD_ZIPF \
        and not compound(low)  # 'Barnetrygden', 'Familieveiledning': a programme


@lru_cache(maxsize=65536)
def place_shaped(low: str, caps: bool = True) -> bool:
    """A word no name list knows and no frequent word is, built on a definite head of water
    or terrain ('kvitsandbukta', 'strynefjellet'), or its genitive ('hestøyas'); in
    lower-case text not one that a generic first part makes a description ('storvatnet',
    'høgfjellet')."""
    g = gz.load()
    base = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    for w in {low, base}:
        head = next((h for h in STRONG_PLACE_HEADS if w.endswith(h)), None)
        if head and len(w) >= len(head) + 3 and w not in g.given and w not in g.surnames \
                and zipf(w, ("nb",)) < 3.0 and zipf(w, ("en",)) < 2.5 \
                and (caps or not w.startswith(COMMON_PLACE_STEMS)):
            return True
    return False


@lru_cache(maxsize=65536)
def definite_noun(low: str, min_zipf: float = 3.5, *, names_aside: bool = False) -> bool:
    """The definite form of a noun at least ``min_zipf`` frequent ('dalen', 'huset',
    'grava'). ``names_aside``: also of a noun in -e ('ruta' of 'rute'), but not where the
    base is a name, an English word or a function word ('anna' is no 'anne', 'nora' no
    'nor', 'dina' no 'din'); without it, a name in -a stays a name ('ruta', 'anka')."""
    g = gz.load()
    for suffix, tails in (("en", ("",)), ("et", ("",)), ("a", ("", "e") if names_aside
                                                                else ("",))):
        stem = low[:-len(suffix)]
        if not low.endswith(suffix) or len(stem) < 3 or names_aside and stem in STOPWORDS:
            continue
        for base in (stem + tail for tail in tails):
            if zipf(base, ("nb",)) >= min_zipf and not (names_aside and (
                    base in g.given or base in g.surnames or zipf(base, ("en",)) >= 3.5)):
                return True
    return False
