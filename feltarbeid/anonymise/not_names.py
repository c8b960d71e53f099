"""Hits that the words around them show are no person's or Norwegian place's name — the last
step of one text's detection (``detect.own_hits``):

- animals, boats, vehicles and things given a name: 'Kua het Dagros', 'båten heitte
  «Havsula»', 'katten kalte vi bare Pusur', 'Hunden vår, Passopp, …', 'MS «Fjordbris»',
  'hvalfangstskuta Polarbjørn';
- a Norwegian place name used of a place abroad: 'Lund, altså i Sverige', 'Nome i Alaska',
  'en uke i Lund og en uke i Malmö' (``namesakes``);
- names of things no one bears (``things``), a maker's name and its model ('Kia Sorento'),
  a thing with its definite ending after a hyphen ('Harley-en');
- people named after where they come from: 'sunnmøringar', 'Trønderne';
- numbers, months and weekdays said as words: 'nitten sekstifem', 'i mars tjueto', 'på
  måndag';
- a club named like a person in a sentence about a match: 'Odd vant 2–1 mot Start',
  'tre–null mot Odd', 'Glimt vant serien, Odd havnet …';
- a thing noun taken for a person ('Snekka het «Gunhild»'; not a person's nickname: 'vi
  kalte ham bamse');
- a word listed with a brand or an organisation that is no one's name: 'Tine, Gilde og
  Nortura' (not after a preposition: 'Eide fra Høyre og Hoàng fra SV');
- in lower-case text, a word that is also a name listed with 'og' among plain things ('lier
  og hauger og myr'), and a place named like a word listed with a plain word ('øyer og
  holmer', 'Fjord og fjell' at a sentence's start);
- what the name model took in lower-case text for a person that is a thing named after a
  place ('bergensbanen'; the rules' persons keep such words: farm-built surnames are built
  the same way, and a missed person weighs more than a touched sentence).

Hits from the study's key (``entry_id``) are never dropped: the researcher said they are
names."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from . import gazetteer as gz
from .described import described_as_thing
from .indirect import number_value
from .lexicon import (
    HYPHEN_HEAD,
    common_word,
    definite_noun,
    given_word,
    inflected_word,
    institution,
    nynorsk_word,
    surname_word,
)
from .namesakes import WINDOW as NAMESAKE_WINDOW
from .namesakes import abroad_here
from .slots import (
    CALLED,
    COPULAS_SPOKEN,
    KIN_BARE,
    NAMED_ONES,
    TIMES,
    inverted,
    kin_word,
    next_list_item,
    noun_like,
    past_verb,
    person_evidence,
    relative_subject,
    role_nickname,
    role_word,
    verb_form,
)
from .spans import Hit, Token, title_case
from .things import (
    PLACE_ABROAD,
    definite_of_thing,
    named_thing_too,
    person_name,
    thing_spans,
)
from .words import (
    ANIMAL_WORDS,
    ARTICLES,
    BLOOM_VERBS,
    CLUB_LETTERS,
    DETERMINERS,
    FIRM_TRADES,
    FOLK_FIGURES,
    GOODS,
    LANDSCAPE,
    LOCATIVE,
    MODAL_WORDS,
    MONTHS,
    NAME_HEADS,
    NAMED_BUSINESSES,
    NAMED_THING_HEADS,
    NATIONALITY_NOUNS,
    NATURE_WORDS,
    NEWSPAPER_HEADS,
    ORG_BEFORE,
    ORGANISATIONS,
    PERSON_NAMED_WORKS,
    PLACE_SUFFIXES,
    PRODUCT_HEADS,
    SPOKEN_PREPOSITIONS,
    STOPWORDS,
    STORM_WORDS,
    STORMS,
    SUBJECT_PRONOUNS,
    THING_HEADS,
    THING_NOUNS,
    TITLES,
    WEEKDAYS,
    zipf,
)

# verbs that give a name: 'het', 'heitte', 'kalte vi', 'døypte'
NAMING_VERBS = frozenset({"het", "hette", "heitte", "heter", "heiter", "hiet", "kalte", "kalla",
                          "kaller", "kallar", "kalt", "døpte", "døypte", "døyper", "døper"})
# 'fikk navnet', 'gav namnet': a naming verb too
_NAME_NOUNS = frozenset({"navnet", "namnet", "navn", "namn"})
_GIVEN_A_NAME = frozenset({"fikk", "fekk", "får", "fått", "ga", "gav", "gir", "gjev",
                           "gitt", "gjeve"})
# words between a thing and the verb that names it ('kua vår heitte', 'hund som heitte')
_BETWEEN = frozenset({"vår", "vårt", "våre", "min", "mi", "mitt", "mine", "din", "di", "ditt",
                      "hans", "hennes", "deira", "deres", "sin", "si", "sitt", "som", "vi",
                      "me", "dei", "de", "eg", "jeg", "folk", "alle", "en", "ei", "et", "ein",
                      "eit", "den", "det", "gamle", "store", "lille", "første", "fyrste",
                      "eldste", "nye", "beste", "bare", "berre", "for", "alltid", "jo", "da",
                      "då", "no", "nå"})
# what a boat's name follows: 'MS Fjordbris', 'M/S «Kong Olav»', 'DS Skibladner'
_VESSEL = re.compile(r"(?<!\w)(?:M/?[SFKY]|D/?S|MK|KNM|RS|MT|FV)\s*[«\"]?\s*$")
# people named after a place: 'sunnmøring', 'nordfjordingar', 'bergensarane'
_DEMONYM_ENDINGS = ("væringane", "væringene", "væringar", "væringer", "væring", "ingane",
                    "ingene", "ingar", "inger", "ingen", "ing", "arane", "erne", "arar", "ere",
                    "ar", "er")
DEMONYMS = frozenset({"trønder", "trøndere", "trønderne", "trøndarar", "trøndarane",
                      "nordlending", "nordlendinger", "nordlendingene", "nordlendingar",
                      "sørlending", "sørlendinger", "vestlending", "vestlendinger",
                      "østlending", "østlendinger", "austlending", "austlendingar",
                      "innlandsk", "byfolk"}) | NATIONALITY_NOUNS


def thing_noun(low: str) -> bool:
    """An animal, a boat, a vehicle, a business or a thing that people name ('kua',
    'fiskebåten', 'volvoen', 'ein kafé', 'en storm')."""
    return low in THING_NOUNS or low in NAMED_BUSINESSES \
        or len(low) >= 7 and low.endswith(THING_HEADS) \
        or low.endswith("en") and low[:-2] in _VEHICLE_BRANDS  # 'volvoen'


# prepositions whose object a brand or an organisation is ('fra Høyre', 'til Sikt')
_GOVERNING = frozenset({"fra", "frå", "i", "på", "til", "hos", "for", "med", "av", "ved"})
# a thing after these is where someone is, not what is named ('skipperen på båten het X')
_PLACE_OF_SOMEONE = _GOVERNING | {"om"}


# verbs whose object a thing is, right before the naming verb of its owner
_HELD = frozenset({"eide", "eigde", "åtte", "dreiv", "drev", "hadde", "har", "kjøpte",
                   "solgte", "selde", "stelte", "passa", "passet", "styrte", "leide", "leigde",
                   "eier", "eig", "driv", "driver", "kjørte", "køyrde", "førte", "skipra"})


def thing_named(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether token i is the name given to an animal, a boat or a thing; the names listed
    after it too ('Kyrne heiter Dagros, Stjerne og Fagerlin')."""
    first = _first_listed(text, tokens, i)
    if first != i and _thing_named(text, tokens, first):
        return True
    return _thing_named(text, tokens, i)


def _first_listed(text: str, tokens: Sequence[Token], i: int) -> int:
    """The first of the capitalised names listed with token i before it ('Dagros' for
    'Fagerlin' in 'Dagros, Stjerne og Fagerlin'), or i."""
    k = i
    while k > 0 and i - k < 8:
        gap = text[tokens[k - 1].end:tokens[k].start].strip()
        if gap == "," and tokens[k - 1].capital:
            k -= 1
        elif gap == "" and tokens[k - 1].low in ("og", "eller") and k > 1 \
                and tokens[k - 2].capital and text[tokens[k - 2].end:tokens[k - 1].start] == " ":
            k -= 2
        else:
            break
    return k


def _thing_named(text: str, tokens: Sequence[Token], i: int) -> bool:
    if _VESSEL.search(text[max(0, tokens[i].start - 8):tokens[i].start]):
        return True  # 'MS «Fjordbris»'
    gap = text[tokens[i - 1].end:tokens[i].start] if i > 0 else ""
    if i > 1 and gap == " " and tokens[i - 1].capital and (
            tokens[i - 1].low in TITLES or kin_word(tokens[i - 1].low)) \
            and text[tokens[i - 2].end:tokens[i - 1].start] == " " \
            and len(tokens[i - 2].low) >= 7 and tokens[i - 2].low.endswith(THING_HEADS):
        return True  # 'Blomsterbutikken Fru Blom', 'Klesbutikken Tante Gerda': a shop
    if i > 0 and gap.strip(" «\"") == "" and thing_noun(tokens[i - 1].low) and (
            tokens[i - 1].low not in NAMED_BUSINESSES or gap.strip(" ")):
        return True  # 'hvalfangstskuta Polarbjørn', 'kua «Dagros»', 'kafeen «Solstrand»'
        # (not 'på butikken kari jobba i': a place, then a subject)
    if i > 0 and gap == " " and tokens[i].capital and not tokens[i].sentence_start \
            and tokens[i - 1].low in ORG_BEFORE and (tokens[i - 1].low in STORMS
                                                     or not relative_subject(text, tokens, i)):
        return True  # 'Bandet Sement og Stein': the first of a band's names (capitals say
        # so; 'på butikken Kari jobba i' is rare in written text); 'ekstremværet Gyda kom'
    if i > 0 and gap == " " and _firm_before(tokens[i - 1].low) \
            and not relative_subject(text, tokens, i):
        return True  # 'Legemiddelfirmaet Eli Lilly', 'reisebyrået berg hansen': a firm
        # named after its founder (not 'reisebyrået Kari jobba i')
    if i > 0 and gap.strip(" «\"") == ",":
        k = i - 1  # 'Hunden vår, Passopp, var redd', 'båten, «Maria», meir enn huset'
        while k >= 0 and i - k <= 2 and tokens[k].low in _BETWEEN:
            k -= 1
        closed = text[tokens[i].end:tokens[i].end + 3].strip(" »\"").startswith(",")
        if k >= 0 and (k < i - 1 or closed) and thing_noun(tokens[k].low) \
                and tokens[k].low not in NAMED_BUSINESSES:
            return True  # ('Traktoren, Gråtass, starta aldri', 'katten, Findus, forsvann')
    k = i - 1  # 'katten kalte vi bare Pusur', 'Traktoren kalla me «Gråtassen»', 'kalte
    # traktoren for «Gamlingen»'
    while k >= 0 and i - k <= 5 and (tokens[k].low in _BETWEEN or tokens[k].low == "for"
                                     or thing_noun(tokens[k].low)):
        k -= 1
    if k > 0 and tokens[k].low in _NAME_NOUNS and tokens[k - 1].low in _GIVEN_A_NAME:
        k -= 1  # 'Stormen fikk navnet «Ingunn»', 'kalven fekk namnet Dagros'
    elif k < 0 or tokens[k].low not in NAMING_VERBS:
        return False
    verb = k
    if any(thing_noun(tokens[m].low) for m in range(verb + 1, i)):
        return True  # 'vi kalte hunden for X'
    for m in range(verb - 1, max(-1, verb - 5), -1):
        low = tokens[m].low
        if thing_noun(low) and m > 0 and (
                tokens[m - 1].low in _PLACE_OF_SOMEONE
                or m == verb - 1 and (tokens[m - 1].low in _HELD or past_verb(tokens[m - 1].low))):
            return False  # 'Skipperen på båten het Nils', 'Treneren i klubben heter Nils',
            # 'Mannen som eide kua het Nils': someone on the boat, in the club, owning it
        if thing_noun(low) or _a_car(tokens, m):
            return True  # 'Kua het Dagros', 'ein hund som heitte balder', 'en gammel
            # Volvo som han kalte Grålle'
        if low not in _BETWEEN and low not in ("han", "hun", "ho", "hu", "ble", "blei",
                                                 "vart", "blir", "vert"):
            break  # ('Hesten ble kalt «Storegutten»')
    if _another_of_them(tokens, verb):
        return True  # 'kua het dagros og den andre het litago'
    if tokens[verb].low in ("kalte", "kalla", "kaller", "kallar", "døpte", "døypte") and (
            _it_fronted(tokens, verb) or " ".join(t.low for t in tokens[verb + 1:i]) in (
                "den", "den for", "vi den", "me den", "de den", "dei den", "vi den for",
                "me den for", "de den for", "dei den for")):
        return True  # 'en sel …, den kalte vi Sigurd', 'kalla dei den for Gamlingen': 'den'
        # is an animal or a thing (a person is 'han', 'ho', 'henne')
    return tokens[verb].low in CALLED and _thing_subject(tokens, verb)


# stars and constellations named like people ('Vega er en av de klareste stjernene')
_STARS = frozenset({"vega", "deneb", "altair", "sirius", "polaris", "betelgeuse", "rigel",
                    "arcturus", "capella", "aldebaran", "lyra", "orion", "kassiopeia",
                    "andromeda", "spica", "antares", "karlsvogna"})


def _star(tokens: Sequence[Token], i: int, low: str) -> bool:
    """A star's name where the sentence speaks of stars ('Vega er en av de klareste
    stjernene', 'stjernebildet Lyra'; not 'Vega så på stjernene': she looked)."""
    if low not in _STARS:
        return False
    if i > 0 and tokens[i - 1].low in ("stjernen", "stjerna", "stjernebildet"):
        return True  # 'stjernebildet Lyra'
    if len({t.low for t in tokens if t.low in _STARS}) >= 2 and any(
            t.low in ("og", "eller") for t in tokens[max(0, i - 2):i + 3]):
        return True  # 'Sirius og Orion kunne bestefar peke ut'
    lows = [t.low for t in tokens[i + 1:i + 9]]
    if lows[:1] in (["og"], ["eller"]) and len(lows) > 1 and lows[1] in _STARS:
        lows = lows[2:]  # 'Vega og Deneb er …'
    # 'Vega er en av de klareste stjernene', 'Vega er den klaraste stjerna', 'er blant …'
    return len(lows) > 2 and lows[0] in ("er", "var") and lows[1] in (
        "en", "ei", "ein", "den", "blant") and any(w.startswith("stjern") for w in lows[2:])


def _reflexive_verb(tokens: Sequence[Token], i: int) -> bool:
    """Lower-case text: 'eg grua meg', 'ho kosa seg', 'hun har grua seg': a word between a
    subject pronoun or an auxiliary and a reflexive pronoun is a verb, no place."""
    return 0 < i < len(tokens) - 1 and tokens[i + 1].low in ("meg", "deg", "seg", "oss",
                                                             "dykk", "dokker") \
        and (tokens[i - 1].low in SUBJECT_PRONOUNS or tokens[i - 1].low in ("æ", "i")
             or tokens[i - 1].low in ("har", "hadde", "skal", "vil", "må", "kan", "ha"))


def after_brand(text: str, h: Hit) -> bool:
    """A word inside a brand or an institution named like a person or a place ('helly
    hansen', 'Clas Ohlson', 'Deli de Luca', 'REK Nord'): the brand."""
    if h.label == "PERSON" and _CHAIN_BEFORE.search(text, max(0, h.start - 24), h.start):
        return True  # 'Quality Hotel Saga': a hotel of a chain (not 'Scandic Bodø': the
        # town it is in)
    a, b = max(0, h.start - 32), min(len(text), h.end + 32)
    for m in _BRAND_RE.finditer(text[a:b].lower()):
        start, end = a + m.start(), a + m.end()  # (the window's edges are no word's edges)
        if start < h.end and h.start < end and not (start > 0 and text[start - 1].isalnum()) \
                and not (end < len(text) and text[end].isalnum()):
            return True
    return False


# brands named after a person ('Clas Ohlson' is a shop, not the man)
BRANDS = frozenset({"clas ohlson", "helly hansen", "tommy hilfiger", "hugo boss",
                    "calvin klein", "ralph lauren", "bernt lund", "kari traa",
                    "synnøve finden", "kvikk lunsj", "anton sport", "mester grønn",
                    "søstrene grene", "burger king", "deli de luca", "fjord line",
                    "color line", "møllers tran", "hotel cæsar", "nord universitet",
                    "rek nord", "rek midt", "rek vest", "rek sør-øst", "rek sørøst",
                    "noregs mållag", "norges bondelag", "noregs bondelag",
                    "norsk bonde- og småbrukarlag", "hurtigruta", "yr.no", "finn.no",
                    "quality hotel", "thon hotel", "clarion hotel", "comfort hotel",
                    "radisson blu", "scandic hotel", "massey ferguson", "john deere",
                    "jakt & fiske", "jakt og fiske"})
_CHAIN_BEFORE = re.compile(r"(?:Quality|Thon|Clarion|Comfort|Scandic|Radisson Blu|Best "
                           r"Western|First)\s+(?:Hotel\s+)?$")
_BRAND_RE = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(b) for b in sorted(BRANDS, key=len, reverse=True)) + r")(?!\w)")
_DESIGNATION_HEADS = frozenset({"informant", "deltaker", "deltakar", "respondent",
                                "intervjuperson"})
_HEADING = re.compile(r"\s*(?:Kapittel|Kap\.|Tabell|Figur|Vedlegg|Del)\s+(?:\d+|[IVX]+)"
                      r"(?:[.:]|\s+[–—-]|\s+[A-ZÆØÅ])")


def _nynorsk_form(low: str) -> bool:
    """A Nynorsk form of a frequent Bokmål noun or adverb that the word lists lack: the
    definite '-a' ('resultata', 'oppgåva': 'oppgave'), 'å' for 'a' ('vidare' is 'videre'
    with the vowel written Nynorsk), or a Nynorsk build (``lexicon.nynorsk_word``)."""
    g = gz.load()
    if low in g.given or low in g.surnames or low in g.given_extra or len(low) < 5:
        return False
    if nynorsk_word(low):
        return True
    base = low[:-1] if low.endswith("a") else ""
    forms = {base, base + "e", base.replace("å", "a"), base.replace("å", "a") + "e",
             low.replace("å", "a"), low[:-3] + "ere" if low.endswith("are") else ""}
    return any(f and len(f) >= 4 and zipf(f, ("nb",)) >= 3.5 for f in forms)


def _designation(tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Informant A', 'deltakar 3': an informant's designation, already anonymous (the
    head alone only where the letter or number follows it)."""
    lows = [t.low for t in tokens[i:j + 2]]
    return j - i <= 1 and lows[0] in _DESIGNATION_HEADS and len(lows) > 1 and (
        len(lows[1]) == 1 or lows[1].isdigit())


def _heading_word(text: str, tokens: Sequence[Token], i: int, j: int, heading: bool) -> bool:
    """'Kapittel 4: Funn og Drøfting', 'Tabell 2: Informantenes Alder, Kjønn og Botid',
    'Innleiing: Kvifor Studere Nord-Norge?': the capitalised words of a heading are no names
    where they are ordinary words."""
    g = gz.load()
    return heading and all(
        (common_word(t.low) or noun_like(t.low) or zipf(t.low, ("nb",)) >= 2.0)
        and t.low not in g.given and t.low not in g.surnames for t in tokens[i:j + 1])


_NUMBERED = re.compile(r"\s*(?:Kapittel\s+)?\d+(?:\.\d+)*\.?\s+[A-ZÆØÅ]")


def _short_heading(text: str, tokens: Sequence[Token]) -> bool:
    """A heading by its look: numbered ('4.2 Sol, Strand og Sommerjobb'), or short, with
    no full stop, every word of four letters or more capitalised ('Heim og Hage i
    Endring', 'Metode og Utval')."""
    stripped = text.strip()
    if not stripped or stripped[-1] in ".!,;" or len(tokens) > 12:
        return False
    if _NUMBERED.match(text):
        return True
    content = [t for t in tokens if len(t.text) >= 4 and t.text[:1].isalpha()]
    return len(content) >= 2 and all(t.text[:1].isupper() for t in content) \
        and any(t.low in STOPWORDS for t in tokens)  # ('og', 'i': words between)


def _listed_in_heading(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i, in a heading, is listed ('og', 'eller', '&', a comma) with ordinary words
    that are no names: 'Fjell, Fjord og Folk', 'Sola, vinden og fjorden', 'Berg og Dal'
    (not 'Moss og Rygge': two towns; not 'Kari og Per')."""
    g = gz.load()
    if not _word_of_the_land(tokens[i].low, g):
        return False
    partners, items = 0, [tokens[i].low]
    for step in (-1, 1):
        k = i
        while True:
            m = k + step
            if not 0 <= m < len(tokens):
                break
            near, far = sorted((k, m))
            gap = text[tokens[near].end:tokens[far].start].strip()
            if tokens[m].low in ("og", "eller") and gap == "":
                m += step
                if not 0 <= m < len(tokens) or text[
                        tokens[min(m, m - step)].end:tokens[max(m, m - step)].start].strip():
                    break
            elif gap not in (",", "&"):
                break
            if not _word_of_the_land(tokens[m].low, g):
                return False  # 'Moss og Rygge', 'Kari og Per'
            partners += 1
            items.append(tokens[m].low)
            k = m
    # one of them at least is no one's name ('Berg og Dal'; not 'Lund og Berg': authors)
    return partners >= 1 and any(w not in g.surnames and w not in g.given for w in items)


def _word_of_the_land(low: str, g: gz.Gazetteer) -> bool:
    """An ordinary word a heading lists ('fjell', 'folk', 'utmark', 'vinden'): no given
    name, and a surname only where it is the land's own word ('berg', 'dal', 'lund')."""
    if low in g.given and low not in g.given_words:
        return False
    if low in _HEADING_WORDS or low in LANDSCAPE:
        return True
    return common_word(low) and low not in g.surnames and not any(
        p.kind == "municipality" and not p.common_word for p in g.places.get(low, ()))


_LABEL_HEAD = re.compile(r"\s*[A-ZÆØÅ]\w+:\s")


def _labelled_heading(text: str, tokens: Sequence[Token]) -> bool:
    """'Innleiing: Kvifor Studere Nord-Norge?': a word and a colon, then a short title whose
    every word is capitalised, no full stop after it."""
    m = _LABEL_HEAD.match(text)
    if not m or text.rstrip().endswith("."):
        return False
    words = [t for t in tokens if t.start >= m.end() and t.text[:1].isalpha()]
    return 3 <= len(words) <= 10 and all(t.text[:1].isupper() for t in words)


def _said_they(tokens: Sequence[Token], i: int) -> bool:
    """'… mentalitet sier de ihvertfall': a speech verb with its subject after it and
    nothing more (``slots.inverted``; a sayer of a clause is 'X sa han kom')."""
    return i + 1 < len(tokens) and tokens[i + 1].low in ("sier", "seier", "sa", "sei") \
        and inverted(tokens, i + 1)


def _verb_not_name(tokens: Sequence[Token], i: int) -> bool:
    """A word no list has as a name after the infinitive mark ('for å ringje'), a Nynorsk
    infinitive after a modal ('det skal vera fint'), a time after 'i' ('i morgon'), 'heia
    på' (cheered for)."""
    g = gz.load()
    low, prev = tokens[i].low, tokens[i - 1].low if i > 0 else ""
    if prev == "å" and i > 1 and tokens[i - 2].low in ("for", "å", "til", "med", "om", "ved") \
            and low not in g.given and low not in g.surnames:
        return True
    if prev in MODAL_WORDS and low in ("vera", "bera", "gjera", "fara", "sjå", "gå", "bu",
                                       "tru", "sova", "koma", "leva", "liva"):
        return True
    if prev in _PRONOUNS_BEFORE_VERB and (i == 1 or tokens[i - 2].low in _CLAUSE_OPENERS) \
            and i + 1 < len(tokens) and (tokens[i + 1].low in DETERMINERS or definite_noun(
                tokens[i + 1].low)) and not tokens[i].capital:
        return True  # 'de sander veien', 'vi ask en': a verb after the subject, an object
        # after it ('han Sander' is spoken so, 'de Sander' is not)
    if _said_they(tokens, i) and zipf(low, ("nb",)) >= 3.0 and low not in g.given \
            and prev.endswith(("sk", "ig", "lig", "leg")) and len(prev) > 4:
        return True  # 'vestlandsk mentalitet sier de ihvertfall': what they say, after an
        # adjective (not 'strand sa de jo', where a name may be what they said)
    if low in ("heia", "heiet", "heier", "heie") and i + 1 < len(tokens) \
            and tokens[i + 1].low == "på":
        return True  # 'han heia på Viking': cheered
    return prev == "i" and low in TIMES


# subject pronouns never put before a name ('han Per', 'ho Kari' are)
_PRONOUNS_BEFORE_VERB = frozenset({"de", "dei", "vi", "me", "jeg", "eg", "dere", "dykk"})
# what opens a clause before its subject, but not 'så' ('så vi sander' may be 'saw')
_CLAUSE_OPENERS = frozenset({"og", "men", "at", "fordi", "når", "da", "då", "om", "eh",
                             "ehm", "ja", "nei", "altså"})


def _elided_institution(tokens: Sequence[Token], j: int) -> bool:
    """Lower-case text: 'helse og omsorgsdepartementet' is 'Helse- og
    omsorgsdepartementet' with its hyphen lost, no person 'helse'."""
    return j + 2 < len(tokens) and tokens[j + 1].low == "og" and \
        f"{tokens[j].low}- og {tokens[j + 2].low}" in gz.load().not_person


_VEHICLE_BRANDS = frozenset({"volvo", "saab", "toyota", "mercedes", "opel", "ford", "lada",
                             "volkswagen", "tesla", "peugeot", "citroën", "fiat", "mazda",
                             "nissan", "honda", "subaru", "skoda", "škoda", "audi", "bmw",
                             "ferguson", "massey", "evinrude", "yamaha", "suzuki", "renault",
                             "chevrolet", "hyundai", "kia", "jeep", "porsche", "jaguar",
                             "lexus", "mitsubishi", "dacia", "alfa", "polestar", "cupra",
                             "citroen", "chrysler", "dodge", "cadillac", "buick", "isuzu"})
# what one does with a car right before its make: 'kjører alfa romeo', 'i ein leigd Chevrolet'
_DRIVEN = frozenset({"kjører", "kjørte", "køyrer", "køyrde", "kjøre", "køyre", "leigd", "leid",
                     "leide", "leigde", "lånt", "brukt", "kjøpte", "selde", "solgte"})
# the heads of a firm's noun ('legemiddelfirmaet', 'reisebyrået', 'bemanningsbyrået')
_FIRM_HEADS = ("firmaet", "selskapet", "konsernet", "byrået", "kjeden", "produsenten",
               "leverandøren", "rederiet", "bryggeriet", "forlaget")


def _firm_before(low: str) -> bool:
    """A compound noun of a firm ('legemiddelfirmaet', 'reisebyrået'), not the bare head
    ('firmaet Kari jobba i' is handled with the other business nouns)."""
    return any(low.endswith(h) and len(low) >= len(h) + 3 for h in _FIRM_HEADS)


def _a_car(tokens: Sequence[Token], m: int) -> bool:
    """Token m is a car's or a tractor's make after an article, a possessive or an
    adjective ('en gammel Volvo', 'en rusten Lada', 'vår Ferguson'): the vehicle, no
    person ('Vi møtte Mercedes' may be one)."""
    if tokens[m].low not in _VEHICLE_BRANDS or m == 0:
        return False
    prev = tokens[m - 1].low
    return prev in ARTICLES or prev in ("vår", "min", "hans", "hennes", "sin", "gammel",
                                        "gamal", "gamle", "ny", "nye") or prev in _DRIVEN \
        or m > 1 and tokens[m - 2].low in ARTICLES and (common_word(prev)
                                                        or inflected_word(prev))


def _it_fronted(tokens: Sequence[Token], verb: int) -> bool:
    """'en sel …, den kalte vi …': 'den' alone before the naming verb, at a clause's start,
    after an animal or a thing named before it and no person ('Den minste jenta, den
    kalte vi Kari' names a girl)."""
    if verb < 1 or tokens[verb - 1].low != "den":
        return False
    if not (verb == 1 or tokens[verb - 1].sentence_start or tokens[verb - 2].low in (
            "og", "men", "så", "for", "da", "då")
            or tokens[verb - 2].end < tokens[verb - 1].start - 1):
        return False
    before = [t.low for t in tokens[max(0, verb - 14):verb - 1]]
    return (any(thing_noun(w) or w in ANIMAL_WORDS for w in before)
            or any(_a_car(tokens, m) for m in range(max(0, verb - 14), verb - 1))) \
        and not any(role_word(w) or kin_word(w) or w in _PERSON_WORDS for w in before)
    # ('en gammel Volvo, og den kalte vi «Kjerringa»')


# people who may be named with 'den' before the verb ('den minste jenta, den kalte vi …')
_PERSON_WORDS = frozenset({"jente", "jenta", "jenten", "gutt", "gutten", "guten", "barn",
                           "barnet", "unge", "ungen", "baby", "babyen", "mann", "mannen",
                           "kvinne", "kvinna", "kvinnen", "dame", "dama", "damen", "kar",
                           "karen", "person", "personen", "elev", "eleven", "pasient",
                           "pasienten", "minste", "eldste", "yngste"})


def _another_of_them(tokens: Sequence[Token], verb: int) -> bool:
    """'… het dagros og den andre het litago', 'en ku som het rosa og en som het dagros':
    the subject of the naming verb is another of the animals or things named before it."""
    subject = " ".join(t.low for t in tokens[max(0, verb - 2):verb])
    if subject not in ("den andre", "den andra", "den eine", "den siste", "den tredje",
                       "en som", "ei som", "ein som", "eit som", "et som", "den som"):
        return False
    before = range(max(0, verb - 14), verb - 2)
    # a thing named just before: '(ei ku som) het rosa og en som het …'
    return any(thing_noun(tokens[p].low) and any(tokens[q].low in CALLED
                                                 for q in range(p + 1, verb - 2))
               for p in before)


def _thing_subject(tokens: Sequence[Token], verb: int) -> bool:
    """The subject of 'heter' is a machine, a building or a business that people name,
    perhaps with a possessive or a place after it ('Kaffetrakteren på pauserommet heter
    Doris', 'Robotstøvsugeren vår heter Ronny', 'Hotellet heter Fjordgløtt'). Only a noun
    known to name such a thing counts: a noun the lists do not know may name a person
    ('Praktikanten heter Ida', 'Ungen heter Ola'), and a person's name must not be lost."""
    m = verb - 1
    if m >= 0 and tokens[m].low in _BETWEEN:
        m -= 1  # 'vår'
    elif m >= 2 and tokens[m - 1].low in SPOKEN_PREPOSITIONS:
        m -= 2  # 'på pauserommet', 'til Rindal'
    if m < 0 or not (m == 0 or tokens[m].sentence_start or tokens[m - 1].low in (
            "og", "men", "at", "så", "der")):
        return False  # the noun must start the clause
    low = tokens[m].low
    return thing_noun(low) or low.endswith(NAMED_THING_HEADS)


def _word_chain(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Lower-case text: token i is a word that is also a name ('lier', 'alver'), listed
    with 'og' among things ('lier og hauger og myr', 'alver og troll og hulder'): the chain
    holds a plain word, no name, pronoun, kin or role, so it lists things."""
    g = gz.load()
    low = tokens[i].low
    if not (given_word(low) or low in g.surnames and surname_word(low)
            or low not in g.given and low not in g.surnames and common_word(low)):
        return False  # a name before it is a word ('zhiyar og noah', 'kari og ola')
    if person_evidence(text, tokens, i) >= 1.5:
        return False  # 'plan og bygg og berg sa at …'
    items = [i]
    for step in (-1, 1):
        k = i
        while 0 <= k + 2 * step < len(tokens) and tokens[k + step].low in ("og", "eller"):
            k += 2 * step
            items.append(k)
    if len(items) < 3:
        return False
    return any(_plain(tokens[k].low, g) and common_word(tokens[k].low)
               and not verb_form(tokens[k].low) and not past_verb(tokens[k].low)
               for k in items if k != i)


def _plain(low: str, g: gz.Gazetteer, *, surnames: bool = True) -> bool:
    """An ordinary word that names no one and no kind of person ('myr', 'troll');
    ``surnames=False``: a surname may be such a word too ('holmer')."""
    if surnames and low in g.surnames:
        return False
    return low not in STOPWORDS and low not in NAMED_ONES and low not in g.given \
        and low not in g.given_extra and not role_word(low) and not kin_word(low) \
        and low not in ("pappa", "mamma") and not low.endswith(("mor", "far", "bror", "søster"))
    # ('mormor', 'farfar', 'lillebror': kin that kin_word's definite forms leave out)


SURE_CITED = 0.95  # a cited author ('Vatnaland (2018)') is a person whatever is listed


def _among_brands(text: str, tokens: Sequence[Token], i: int,
                  listed: dict[int, tuple[int, int, str]]) -> bool:
    """Token i is listed by 'og', 'eller' or a comma with a brand or an organisation that
    is no one's name ('Tine, Gilde og Nortura', 'Jarlsberg eller Norvegia'): a brand too,
    unless the words around it say person. A person's listed name ('Kari', 'Hansen')
    needs two brands in its list: 'Kari og Helsedirektoratet var enige' keeps Kari. A listed
    thing (``things``) is a brand here too ('Ford, Kia og Mercedes', 'Naxos og Paros')."""
    g = gz.load()
    low = tokens[i].low
    brands = 0
    for step in (-1, 1):
        k = i
        for _ in range(3):  # up to three more items of the list on this side
            k = next_list_item(text, tokens, k, step)
            if k is None or not _brand_item(tokens, k, i, step, g, listed):
                break
            brands += 1
    if brands == 0 or (low in g.given or low in g.surnames) and brands < 2 \
            and low not in ORGANISATIONS:
        return False  # (a listed name that is a known brand itself: 'Freia og Tine')
    return person_evidence(text, tokens, i) < 1.5


def _brand_item(tokens: Sequence[Token], k: int, i: int, step: int, g: gz.Gazetteer,
                listed: dict[int, tuple[int, int, str]]) -> bool:
    other = tokens[k].low
    if k > 0 and f"{tokens[k - 1].low} {other}" in BRANDS or k + 1 < len(tokens) \
            and f"{other} {tokens[k + 1].low}" in BRANDS:
        return True  # 'Synnøve Finden og Tine': a brand named after a person
    governed = k > 0 and tokens[k - 1].low in _GOVERNING and step == -1
    if k in listed and not (listed[k][0] == listed[k][1] and person_name(other)):
        return not governed  # (a listed name that persons bear too is no brand's proof:
        # 'Chang og Heinz var enige')
    return institution(other) and (other in ORGANISATIONS or other not in g.given
                                   and other not in g.surnames) \
        and other not in g.places and (tokens[k].capital or not tokens[i].capital) \
        and not governed and not role_word(other)  # (not 'Eide fra Høyre og Hoàng fra SV';
    # 'Hovedverneombudet, Asamoah, sa': a role and its bearer)


# what a building, a business or a festival is called by ('Ungdomshuset', 'Fjordhotellet',
# 'Raumarock'): no person, and no place the rules label (a hotel, a hall is not labelled)
_BUILDING_HEADS = ("huset", "hotellet", "senteret", "kafeen", "restauranten",
                   "puben", "stadion", "stadionet", "hallen", "kinoen", "butikken",
                   "festivalen", "festival", "rock", "jazz", "blues", "stevnet", "loven",
                   "lova", "forskriften", "forskrifta", "teatret", "teateret")


def _building_or_kin(low: str) -> bool:
    """A named building ('Ungdomshuset') or an in-law written with a capital ('Svigerfar')
    that no list has as a person's name."""
    g = gz.load()
    if low in g.given or low in g.surnames or low in g.given_extra or low in g.world_surnames:
        return False
    if low.startswith("sviger"):
        return True  # (not every kin word: 'Lillemor', 'Veslemor' are nicknames too)
    return any(low.endswith(head) and len(low) >= len(head) + 3 for head in _BUILDING_HEADS)


# where a way goes on after a place: 'gjennom lom og videre', 'til os og tilbake'
_WAY_ADVERBS = frozenset({"videre", "vidare", "tilbake", "attende", "hjem", "heim", "hjemover",
                          "heimover", "deretter", "etterpå", "derfra", "dit", "hit", "rundt",
                          "forbi", "utover", "innover", "oppover", "nedover"})


_CLAUSE_VERBS = frozenset({"går", "gjer", "gjør", "tar", "får", "kjem", "kommer", "jobber",
                            "jobbar", "bor", "bur", "reiser", "drar", "reiste", "dro",
                            "kjørte", "køyrde", "flytta", "flyttet", "drog", "kom",
                            # what one does there ('dro til hole og bada ved sundvollen')
                            "bada", "badet", "fiska", "fisket", "gikk", "gjekk",
                            "handla", "handlet", "spiste", "åt", "besøkte", "vitja",
                            "overnatta", "overnattet", "sov", "budde", "bodde", "jobba",
                            "jobbet", "traff", "møtte", "kjøpte", "leide", "leigde"})


# what goes to a place: 'Tromsø-båten', 'Florø-ferja'
_ROUTE_HEADS = frozenset({"båt", "båten", "buss", "bussen", "ferje", "ferja", "ferga",
                          "ferjene", "tog", "toget", "fly", "flyet", "hurtigbåt",
                          "hurtigbåten"})


def _verb_goes_on(low: str) -> bool:
    """A verb that goes on the clause ('og drar dit', 'og kjørte hjem'): a listed one, or a
    frequent word in -r that has no definite plural ('drar', not 'holmer': 'holmene')."""
    return low in _CLAUSE_VERBS or low.endswith("r") and zipf(low, ("nb",)) >= 4.5 and max(
        zipf(low[:-2] + "ene", ("nb",)), zipf(low[:-1] + "ne", ("nb",))) < 2.0


def _among_things(tokens: Sequence[Token], i: int, *, person: bool = False) -> bool:
    """A place named like a word, joined by 'og'/'eller' to a plain word that is no place,
    name or verb: 'øyer og holmer', 'hvaler og sel', 'Fjord og fjell' (the words).
    ``person``: a name that is a word too, starting a sentence with capitals, so joined to
    a plain noun in lower case that is no definite form ('Berg og knauser', 'Alver og
    troll'; not 'Dag og familien')."""
    g = gz.load()
    low = tokens[i].low
    if person:
        if not ((common_word(low) or zipf(low, ("nb",)) >= 2.5) and tokens[i].capital
                and tokens[i].sentence_start):
            return False  # (lower-case text lists surnames so: 'iversen og halvorsen')
    elif low not in g.kommune_common and not any(p.common_word
                                                 for p in g.places.get(low, ())):
        return False
    elif any(0 <= k < len(tokens) and tokens[(i + k) // 2].low in ("og", "eller")
             and any(not p.common_word and p.label != "NONE"
                     for p in (*g.places.get(tokens[k].low, ()), *g.places.get(
                         " ".join(t.low for t in tokens[k:k + 2]), ())))
             for k in (i - 2, i + 2)):
        return False  # 'kapp og lena og skreia', 'mellom vang og vestre slidre': listed
        # with a place named surely
    for k in (i - 2, i + 2):
        if not 0 <= k < len(tokens) or tokens[(i + k) // 2].low not in ("og", "eller"):
            continue
        other = tokens[k].low
        if not person and k > i and i > 0 and tokens[i - 1].low in SPOKEN_PREPOSITIONS \
                and low in g.surnames and not surname_word(low):
            continue  # 'bor på moholt og jobber …' (a surname, no word; not 'på øyer og …')
        if person and (tokens[k].capital
                       or other.endswith(("en", "et", "a", "ene", "ane", "na"))
                       and inflected_word(other) or kin_word(other) or other in KIN_BARE
                       or role_word(other)):
            continue  # 'Berg og Hansen'; 'Dag og familien', 'Rein og gjengen'; 'Kari og
            # sønn', 'Per og sjef'
        if other in _WAY_ADVERBS or other.endswith("over") and len(other) > 5 \
                or _verb_goes_on(other):
            continue  # 'gjennom lom og videre nordover', 'hytte på lom og drar dit': the
            # clause goes on, no pair of things
        # ('Berg og stein': a given name in lower case in capitalised text is the word)
        word_name = person and (other in g.given_words or given_word(other))
        if (common_word(other) or inflected_word(other)
                or person and zipf(other, ("nb",)) >= 1.5) and other not in g.places \
                and (other not in g.given or word_name) \
                and other not in STOPWORDS and not verb_form(other) and not past_verb(other) \
                and (_plain(other, g, surnames=False) or word_name and not role_word(other)
                     and not kin_word(other)):
            return True  # (a surname that is a word too is a word here: 'holmer')
    return False


# 'Lykke til!', '«Lykke til»', 'lykke til med eksamen' (not 'ringte Lykke til slutt')
_GOOD_LUCK = re.compile(r"\s+til(?:\s*[.!»\"”,]|\s+med\b|\s*$)", re.I)


def _pair_of_things(tokens: Sequence[Token], j: int) -> bool:
    """After the name at token j (perhaps with 'og Y' after it, or before it): '… var
    kyrne / hestane / båtane': what the pair is, an animal or a thing."""
    m = j + 1
    if m + 1 < len(tokens) and tokens[m].low in ("og", "eller"):
        m += 2
    if m + 1 >= len(tokens) or tokens[m].low not in COPULAS_SPOKEN:
        return False
    nxt = tokens[m + 1].low
    if _creature(nxt):
        return True  # 'Dagros og Rosa var kyrne'
    if nxt not in _THING_DETERMINERS:
        return False  # ('bamse og jørund var livredd den hunden')
    for k in range(m + 2, min(m + 4, len(tokens))):
        nxt = tokens[k].low
        if _creature(nxt):
            return True  # 'Dagros var den beste melkekua', 'Rosa var ei snill ku'
        if nxt in STOPWORDS or role_word(nxt):
            return False  # ('Kari var den eneste i fjøset', 'Per var den som stelte kua')
    return False


def _list_of_roles(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i opens a sentence and a list whose other items are trades in lower case
    ('Tømrer, betongfagarbeider, stillasmontør – alle yrka', 'Reineier, siidaleder og
    distriktsleder er tre roller'): a trade too. Not an apposition ('Hjelmtveit,
    sykepleiar og tillitsvalt, sa at …': a comma closes it)."""
    if not tokens[i].sentence_start or text[tokens[i].end:tokens[i].end + 1] != ",":
        return False
    k, roles = i + 1, 0
    while k < len(tokens) and not tokens[k].capital and role_word(tokens[k].low):
        roles += 1
        gap = text[tokens[k].end:tokens[k + 1].start].strip() if k + 1 < len(tokens) else ""
        if gap == "," and k + 1 < len(tokens):
            k += 1
        elif gap == "" and k + 2 < len(tokens) and tokens[k + 1].low in ("og", "eller"):
            k += 2
        else:
            return roles >= 2 and gap != "," and (roles >= 3 or gap not in ("–", "-", "—"))
    return False


def _word_too(low: str) -> bool:
    """An ordinary word whether or not it is a name too ('rein', 'hval'; not 'kari', whose
    frequency is a name's: ``lexicon.given_word``)."""
    return given_word(low) if low in gz.load().given else common_word(low)


def _creature(low: str) -> bool:
    """An animal or a named thing that a name can be said to be ('kyrne', 'melkekua'), not
    a business or a storm ('Kari var en storm av energi')."""
    return thing_noun(low) and low not in NAMED_BUSINESSES and not role_word(low)


_THING_DETERMINERS = frozenset({"den", "det", "ei", "en", "ein", "eit", "et", "vår", "mi",
                                "min", "hans", "hennar", "hennes"})


def _person_named(tokens: Sequence[Token], i: int) -> bool:
    """A person is given the name at token i: 'vi kalte ham bamse', 'dei kalla han
    bamsen på laget'."""
    return any(tokens[k].low in NAMED_ONES for k in range(max(0, i - 3), i))


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


def _abroad_lows(text: str, tokens: Sequence[Token], hits: Sequence[Hit],
                 starts: Sequence[int]) -> set[str]:
    """The one-word place hits of a text that stand abroad where they are (once a text)."""
    out = set()
    for h in hits:
        if h.label in ("MUNICIPALITY", "PLACE"):
            k = bisect_left(starts, h.start)
            if k < len(tokens) and tokens[k].end == h.end and abroad(text, tokens, k, k):
                out.add(tokens[k].low)
    return out


def _abroad_again(tokens: Sequence[Token], i: int, j: int, abroad_lows: set[str]) -> bool:
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


def demonym(low: str) -> bool:
    """A person named after the place they come from ('sunnmøringar', 'nordfjordingar'),
    or the adjective of a town ('bergensk', 'stavangersk')."""
    if low in DEMONYMS:
        return True
    g = gz.load()
    if low.endswith(("sk", "ske")) and len(low) >= 7:
        stem = low[:-2] if low.endswith("sk") else low[:-3]
        if g.norwegian(stem) and stem in g.places and len(stem) >= 4:
            return True
    for end in _DEMONYM_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[: -len(end)]
            forms = (stem, stem + "e", stem + "a", stem + "en", stem.rstrip("s"))
            if any(g.norwegian(form) for form in forms):
                return end.startswith(("ing", "væring")) or stem.endswith("s")  # 'bergensarane',
                # 'tromsøværinger'
    return False


# a match: a score ('2–1') or the words of a game
_SCORE = r"(?:null|en|ett|ein|eitt|to|tre|fire|fem|seks|sju|syv|åtte)"
_MATCH = re.compile(rf"\b\d{{1,2}}\s?[–-]\s?\d{{1,2}}\b|\b{_SCORE}\s?[–-]\s?{_SCORE}\b|"
                    rf"\b(?:vant|tapte|endte|enda|slo\s\w+)\s{_SCORE}\s{_SCORE}\b|"
                    r"\b(?:kampen|kampar|kamper|serien|tribunen|"
                    r"cupfinalen|cupfinale|scoret|scora|uavgjort|bortekamp|heimekamp|hjemmekamp|"
                    r"eliteserien|obos-ligaen|tabellen|derbyet|supporterne|supporterane|"
                    r"seriegull|seriegullet)\b", re.I)
# words that may be of a match, or of a person's sport or work ('Kari og Odd vant cupen i
# sjakk', 'Odd var keeper'): enough for a club no one is named, never for 'Odd'
_MATCH_WEAK = re.compile(r"\b(?:cupen|derby|overtid|fotball|fotballaget|keeper|keeperen|"
                         r"spissen|trener|treneren|kampane|stadion|stadionet)\b", re.I)
# clubs named like a given name or a word ('Odd vant 2–1 mot Start')
CLUBS = frozenset({"odd", "start", "brann", "viking", "lyn", "skeid", "ull", "kisa", "jerv",
                   "ørn", "rosenborg", "glimt", "mercantile", "hødd", "aalesund", "strømmen"})


_PLAYS = frozenset({"vant", "tapte", "slo", "spilte", "spelte", "møtte", "scoret", "scora",
                    "leder", "leiar", "rykket", "rykka", "havnet", "hamna", "endte", "enda"})


_PLAYED = frozenset({"spilte", "spelte", "spiller", "speler", "spelar", "spela"})


def _cheered(tokens: Sequence[Token], i: int) -> bool:
    """'heia på Vålerenga': a club that people cheer for, named like a place."""
    return i > 1 and (tokens[i - 1].low == "på" and tokens[i - 2].low in (
        "heia", "heiet", "heier", "heiar", "heie", "heiste") or tokens[i - 1].low == "i"
        and tokens[i - 2].low in _PLAYED) \
        and tokens[i].low in ORGANISATIONS  # 'heia på Vålerenga', 'spilte i vålerenga'


_HOME_GAMES = frozenset({"hjemmekamp", "heimekamp", "bortekamp", "hjemmekampen",
                         "heimekampen", "bortekampen", "kamp"})


def _club(text: str, tokens: Sequence[Token], i: int, lows: list[str]) -> bool:
    """A club named like a person, playing or played against, in a sentence about a match."""
    if len(lows) != 1 or lows[0] not in CLUBS:
        return False
    before = tokens[i - 1].low if i > 0 else ""
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    plays_club = after in _PLAYS and i + 2 < len(tokens) and (
        tokens[i + 2].low in CLUBS or tokens[i + 2].low in ("mot", "over")
        and i + 3 < len(tokens) and tokens[i + 3].low in CLUBS) \
        or before == "mot" and i > 2 and tokens[i - 3].low in CLUBS  # 'Odd slo Start'
    plays_club = plays_club or before == "mellom" and i + 2 < len(tokens) \
        and tokens[i + 1].low == "og" and tokens[i + 2].low in CLUBS \
        or after in ("hadde", "har", "fekk", "fikk") and i + 2 < len(tokens) \
        and tokens[i + 2].low in _HOME_GAMES  # 'kamp mellom Odd og Brann', 'odd hadde
    # hjemmekamp'
    if before == "i" and i > 1 and tokens[i - 2].low in _PLAYED:
        return True  # 'han spiller i Odd nå, på juniorlaget': one plays in a club, with a person
    if not _MATCH.search(text) and not plays_club and (
            lows[0] in gz.load().given or not _MATCH_WEAK.search(text)):
        return False  # a club named like a given name needs a match told surely
    before2 = tokens[i - 2].low if i > 1 else ""
    if before == "i" and before2 in _PLAYED:
        return True  # 'han spilte i Odd'
    between = before == "mellom" and i + 2 < len(tokens) and tokens[i + 1].low == "og" \
        and tokens[i + 2].low in CLUBS  # 'kampen mellom Odd og Brann'
    between = between or before in _PLAYS and i > 1 and tokens[i - 2].low in CLUBS  # 'Viking
    # slo Odd 3–1'
    return before in ("mot", "over", "og") or between or after in _PLAYS \
        or after in ("hadde", "har", "fekk", "fikk") and plays_club or text[
        tokens[i - 1].end:tokens[i].start].strip() == "," and any(
        t.low in CLUBS for t in tokens[:i - 1])  # 'Glimt vant serien, Odd havnet …'


def _work_part(text: str, h: Hit) -> bool:
    """The last word of a work or character named after a person ('Peer Gynt') where the
    run started after its first word."""
    before = re.findall(r"(\w+)\s+$", text[max(0, h.start - 20):h.start])
    return bool(before) and f"{before[0]} {h.surface}".lower() in PERSON_NAMED_WORKS


def place_compound(low: str) -> bool:
    """A thing named after a Norwegian place: a place name and an ordinary word
    ('bergensbanen', 'Trøndelagsmodellen'), not a farm's or family's name."""
    g = gz.load()
    if len(low) < 8 or low in g.given or low in g.surnames or low.endswith(NAME_HEADS):
        return False  # 'Bergheim', 'Molvik': a farm's or a family's name
    for k in range(4, len(low) - 3):
        if not g.norwegian(low[:k]):
            continue
        rest = low[k:]
        if rest.endswith(PLACE_SUFFIXES) or rest.endswith(NAME_HEADS):
            continue
        for part in (rest, rest[1:] if rest[:1] in "sae" else ""):
            if len(part) >= 4 and zipf(part, ("nb",)) >= (2.5 if len(part) >= 5 else 3.0) \
                    and part not in g.given \
                    and part not in g.surnames and not part.endswith(PLACE_SUFFIXES) \
                    and not g.norwegian(part):  # ('tveitakvam', 'kvamsvågen': a farm)
                return True
    return False


def _word_in_nature(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Lower-case text: token i is a rare given name that is a word first ('eik', 'lia',
    'mark', 'sol'; not 'bjørn', 'liv', 'sten', which more bear), near a word of nature, and
    nothing says person ('vi fiska med mark i bekken', 'ein lund med eik')."""
    g = gz.load()
    low = tokens[i].low
    if not given_word(low) or g.given_share.get(low, 0.0) >= 3.0:
        return False
    near = range(max(0, i - 6), min(len(tokens), i + 7))
    return any(tokens[k].low in NATURE_WORDS and tokens[k].low not in g.given
               for k in near if k != i) and person_evidence(text, tokens, i) < 1.5


# creatures of the tales, named in pairs ('Alver og nisser var med på julemarkedet')
_CREATURES = frozenset({"alver", "nisser", "troll", "tusser", "huldrer", "hulder", "draug",
                        "draugar", "feer", "dverger", "dvergar", "vetter"})


def _pair_of_kind(text: str, tokens: Sequence[Token], i: int, label: str, *,
                  heading: bool = False) -> bool:
    """Token i and its one partner across 'og'/'eller' are both animals ('sel og hval',
    'sel og ål'), parts of the land ('over ås og fjell', 'Berg og fjell og vann' at a
    sentence's start) or creatures of the tales ('Alver og nisser'); neither is a given name
    ('bjørn og ulv' may be two people), the list holds nothing else ('sund og fjell og
    øygarden'), and no person stands there ('berg og strand de trente')."""
    g = gz.load()
    low = tokens[i].low
    for kind in (ANIMAL_WORDS, LANDSCAPE, _CREATURES, _GROWING):
        if low not in kind and not (heading and kind is LANDSCAPE and low in _HEADING_WORDS) \
                or low in g.given and kind is not _CREATURES and kind is not _GROWING \
                or tokens[i].capital and not tokens[i].sentence_start and not heading \
                or label == "PERSON" and kind is LANDSCAPE and not tokens[i].capital:
            continue  # ('vik og strand de to var alltid sammen': two persons)
        for k in (i - 2, i + 2):
            if not (0 <= k < len(tokens) and _pair_joint(tokens, i, k)
                    and (tokens[k].low in kind or heading and kind is LANDSCAPE
                         and tokens[k].low in _HEADING_WORDS)
                    and tokens[k].low not in g.given
                    and (not tokens[k].capital or heading)):
                continue
            if kind is _GROWING and (tokens[k].low in g.surnames or tokens[k].low in g.given):
                continue  # 'eik og bøk', 'marker og åkre' (not 'eik og lund': two persons)
            if heading and tokens[i].capital and tokens[i].low in g.surnames \
                    and tokens[k].low in g.surnames:
                continue  # ('4.1 Lund og Berg om tillit': two authors, perhaps)
            lo, hi = min(i, k), max(i, k)
            if (lo >= 2 and tokens[lo - 1].low in ("og", "eller")
                    and tokens[lo - 2].low not in kind
                    or hi + 2 < len(tokens) and tokens[hi + 1].low in ("og", "eller")
                    and tokens[hi + 2].low not in kind):
                continue  # a longer list of other things ('sund og fjell og øygarden'; not
                # 'berg og fjell og vann')
            if person_evidence(text, tokens, lo, hi) < 1.5:
                return True
    return False


def _pair_joint(tokens: Sequence[Token], i: int, k: int) -> bool:
    """Tokens i and k (two apart) are joined as a pair: 'og', 'eller', or 'fra X til Y'
    ('frå fjord til fjell')."""
    mid = tokens[(i + k) // 2].low
    lo = min(i, k)
    return mid in ("og", "eller") or mid == "til" and lo > 0 \
        and tokens[lo - 1].low in ("fra", "frå") and tokens[i].low in _IDIOM_ENDS \
        and tokens[k].low in _IDIOM_ENDS


# trees, ground and water named in pairs in speech ('eik og bøk', 'marker og åkre', 'foss
# og stryk'); the partner must be no one's name
_GROWING = frozenset({"eik", "bøk", "ask", "bjørk", "gran", "furu", "selje", "rogn", "osp",
                      "older", "lønn", "lind", "alm", "hegg", "hassel", "einer", "lyng",
                      "åker", "åkre", "åkrer", "åkeren", "marker", "enger", "eng", "jorder",
                      "hauger", "stein", "steiner", "stryk", "foss", "fosser", "kulper",
                      "myr", "myrer", "berg", "svaberg", "skog", "kratt", "krattskog", "gårder",
                      "gardar", "jorde"})
# 'frå fjord til fjell', 'fra hav til fjell'
_IDIOM_ENDS = frozenset({"fjord", "fjell", "fjære", "fjæra", "hav", "kyst", "skog"})
# the nature and life of a place that headings pair with the land ('Sol, Strand og Ski',
# 'Bygd, Kyst og Fjell')
_HEADING_WORDS = LANDSCAPE | {"sol", "sola", "ski", "kyst", "bygd", "by", "hav", "fjære",
                              "fjæra", "folk", "natur", "land", "lund", "eng", "utmark",
                              "innmark", "heim", "hage", "gard", "gård", "jord", "mark",
                              "dal", "berg", "skog", "vind", "vinden", "fjorden", "fjellet"}


def _thing_names(text: str, tokens: Sequence[Token], hits: Sequence[Hit],
                 starts: Sequence[int]) -> set[str]:
    """The one-word person guesses in ``text`` that are an animal's or a thing's name
    where they stand (``thing_named``)."""
    out = set()
    for h in hits:
        if h.label == "PERSON" and h.entry_id is None:
            i = bisect_left(starts, h.start)
            if i < len(tokens) and tokens[i].start == h.start and tokens[i].end == h.end \
                    and thing_named(text, tokens, i):
                out.add(tokens[i].low)
    return out


_FEAST_ENDS = ("dag", "messe", "messa")
# animals that people name after places too ('kua Dokka', 'hesten Valdres')
_ANIMALS = frozenset({"ku", "kua", "kalven", "kviga", "oksen", "hest", "hesten", "merra",
                      "føllet", "hund", "hunden", "bikkja", "katt", "katten", "katta", "geit",
                      "geita", "bukken", "sau", "sauen", "væren", "gris", "grisen", "purka",
                      "høna", "hanen", "kaninen", "reinoksen"})
# what follows a business named after its founder or its place ('Ringnes bryggeri')
_BUSINESS_HEADS = frozenset({"meieri", "meieriet", "bryggeri", "bryggeriet", "hotell",
                             "hotel", "hotellet", "bakeri", "bakeriet", "konditori",
                             "mølle", "mølla", "verft", "verftet", "fabrikk", "fabrikker",
                             "fabrikken", "fabrikkane", "fabrikkene", "mekaniske",
                             "sparebank", "sparebanken",
                             # English heads of firms and buildings ('Kelly Services', 'St.
                             # Olaf College', 'Rana Plaza')
                             "services", "plaza", "college", "nails", "center", "centre",
                             "group", "records", "studios", "consulting", "solutions",
                             "airlines", "airways", "motors", "foods", "holding", "mall",
                             "retail", "grill", "fotballskole", "fotballskule"})
# a factory after a hyphen: a firm's ('Nora-fabrikken'), never a person's
_FACTORIES = frozenset(w for w in _BUSINESS_HEADS if w.startswith("fabrikk"))


_AND_SONS = re.compile(r"\s*(?:&\s+(?:[Ss]ønn(?:er)?|[Ss]øn(?:ner)?|[Ss]ons?|[Cc]o|[Dd]øtre)"
                       r"|og\s+(?:Sønn(?:er)?|Søn(?:ner)?|Døtre|Co))(?![\wæøå])")
# what one goes on, and workplaces named by a common noun, not places ('på surfetur', 'på
# elgjakt', 'på helikopterbasen', 'på eggpakkeriet')
_OUTING_HEADS = ("tur", "turen", "trip", "tripp", "jakt", "jakta", "ferie", "ferien", "leir",
                 "leiren", "kurs", "kurset", "fest", "festen", "besøk", "basen", "trening",
                 "treninga", "treningen", "konsert", "konserten", "pakkeriet", "pakkeri")


def _firm(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Foss Rør', 'Sunde Elektro', 'Berg & Dal Entreprenør', 'Kafé Sol': a firm named after
    its founder or its place (a capitalised trade after the name, a business before it)."""
    if j > i and tokens[i].capital and tokens[i].low in NAMED_BUSINESSES:
        return True  # 'Kafé Sol', 'Salong Liv'
    if j > i and tokens[i].capital and not tokens[i].sentence_start \
            and tokens[i].low in ("brødrene", "søstrene"):
        return True  # 'hos Brødrene Berg': a firm (the brothers are 'brødrene Berg')
    if i > 0 and tokens[i - 1].capital and tokens[i - 1].low in NAMED_BUSINESSES \
            and not tokens[i - 1].low.endswith(("en", "et", "a")) \
            and text[tokens[i - 1].end:tokens[i].start] == " ":
        return True  # 'Baker Brun' at a sentence's start (not 'Kafeen Per eier': the
        # definite noun, then its owner)
    if tokens[j].capital and tokens[j].low in FIRM_TRADES and (
            j > i or i > 0 and tokens[i - 1].capital
            and text[tokens[i - 1].end:tokens[i].start] == " "):
        return True  # 'Strand Tak'; 'Elektro' of 'Sunde Elektro'
    if _AND_SONS.match(text, tokens[j].end):
        return True  # 'Haugsvær & Sønner', 'Berg & Co': the family's firm
    k = j + 1
    if k + 1 < len(tokens) and text[tokens[j].end:tokens[k].start] == " & " \
            and tokens[k].capital:
        k += 1  # 'Berg & Dal Entreprenør'
    return k < len(tokens) and tokens[k].capital and not tokens[k].sentence_start \
        and tokens[k].low in FIRM_TRADES and text[tokens[k - 1].end:tokens[k].start] == " "


_GIVING = frozenset({"ga", "gav", "gi", "gir", "gjev", "gje", "kjøpte", "kjøper", "kjøpa",
                     "lånte", "låner", "lånar", "sendte", "sender", "sende", "skaffa",
                     "skaffet", "strikka", "strikket", "lagde", "laget", "laga",
                     "viste", "spanderte", "solgte", "selde", "selger", "sel"})


def _brand_of_goods(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Kavli kaviar', 'Stabburet leverpostei', 'devold genser': a maker's name before the
    goods it makes (not 'kjøpte Ola sko': an indirect object after a verb of giving)."""
    k = j + 1
    if k >= len(tokens) or tokens[k].capital or tokens[k].low not in GOODS \
            or text[tokens[j].end:tokens[k].start] != " " or tokens[j].low.endswith("s"):
        return False  # ('Pers sko', 'tjostolvs sag': a person's)
    before = [tokens[m].low for m in range(max(0, i - 2), i)]
    return not any(w in _GIVING for w in before)


def _maker_or_tune(tokens: Sequence[Token], i: int) -> bool:
    """Token i names a maker of goods or what was played, not a person: 'skruer fra
    Würth', 'Pølsene var fra Leiv Vidar', 'sennepen var Idun'; 'spilte han Hole og
    Nirvana', 'spilte Ludo'."""
    first = i
    while first >= 2 and tokens[first - 1].low in ("og", "eller") and tokens[first - 2].capital:
        first -= 2  # the first of a list ('fra Gyproc og Glava'; 'Hole og Nirvana')
    lows = [tokens[k].low for k in range(max(0, first - 3), first)]
    if len(lows) >= 2 and lows[-1] in ("fra", "frå") and (
            lows[-2] in GOODS or lows[-2] in ("var", "er", "kom") and len(lows) == 3
            and lows[-3] in GOODS):
        return True
    if len(lows) >= 2 and lows[-1] in ("var", "er") and lows[-2] in GOODS:
        return True  # 'Kaffen var Friele'
    return len(lows) >= 2 and (
        lows[-1] in _PLAYED and (lows[-2] in SUBJECT_PRONOUNS or lows[-2] == "og")
        or lows[-2] in _PLAYED and lows[-1] in SUBJECT_PRONOUNS)  # (not 'der spelte sivan
    # musikk med oss': the player)


def _animal_named(tokens: Sequence[Token], i: int) -> bool:
    """'ei ku som heitte Dokka', 'hesten het Valdres': a naming verb right before token i
    whose subject, a few words back, is an animal."""
    if i < 2 or tokens[i - 1].low not in NAMING_VERBS:
        return False
    return any(tokens[k].low in _ANIMALS for k in range(max(0, i - 5), i - 1))


_SAINTS_FEASTED = frozenset({"lucia", "olsok", "hans", "mikkel", "jonsok"})
_FEAST_PARTS = frozenset({"toget", "tog", "dagen", "dag", "feiring", "feiringa", "feiringen",
                          "kvelden", "kveld", "bål", "bålet", "sang", "sangen", "song",
                          "songen", "feira"})


def _feast(tokens: Sequence[Token], i: int, j: int) -> bool:
    """The name's last word, or the word after it, is a feast's ('Maria budskapsdag',
    'kristi himmelfartsdag', 'Mikkels messe'): long compounds only ('Kari lørdag' is no
    feast, nor 'Ola søndagen etter')."""
    last = tokens[j].low if j > i else (tokens[j + 1].low if j + 1 < len(tokens) else "")
    if i == j and tokens[i].low in _SAINTS_FEASTED and j + 1 < len(tokens) \
            and tokens[j + 1].start == tokens[j].end + 1 and tokens[j + 1].low in _FEAST_PARTS:
        return True  # 'Lucia-toget', 'Lucia-dagen'
    return len(last) >= 9 and last.endswith(_FEAST_ENDS) or last in ("himmelfart", "messe")


@lru_cache(maxsize=65536)
def _said_number(low: str) -> bool:
    return low.isalpha() and number_value(low) is not None


# a cited author, initials, a title before the name, the person named in full elsewhere
_PERSON_SURELY = frozenset({"names:citation", "names:reference", "names:initials",
                            "names:title", "names:document", "names:study"})
_VESSELS = ("båten", "båt", "skuta", "skøyta", "skipet", "ferja", "ferga", "sjarken",
            "snekka", "sjekta", "tråleren", "hesten", "hoppa", "kua")


def _named_storm(tokens: Sequence[Token], i: int) -> bool:
    """The words around token i (about a sentence) talk of storms ('stormene',
    'ekstremværet', 'uvær'): a quoted given name among them is a storm's ('«Dagmar» og
    «Ingunn» herja'; not 'fra Orkanger', nor '«Storm»' itself)."""
    return any(tokens[k].low.endswith(STORM_WORDS)
               for k in range(max(0, i - NAMESAKE_WINDOW), min(len(tokens), i + NAMESAKE_WINDOW))
               if k != i)


_TO_A_TOWN = frozenset({"i", "til", "via", "fra", "frå", "mot"})
# words of a feast near 'Eid' ('fri til Eid', 'feire eid')
_FEASTING = frozenset({"fri", "feire", "feira", "feiret", "feirar", "feirer", "feiring",
                       "feiringa", "feiringen", "ramadan", "ramadanen", "mubarak", "bayram",
                       "al-fitr", "al-adha", "høgtid", "høytid"})
_MUSHROOMS = ("sopp", "kantarell", "steinsopp", "piggsopp", "traktkantarell")
_SHIP_HEADS = ("fjord", "fjorden", "fjell", "dal", "sund", "vik", "nes", "øy", "foss")


def _place_shaped_thing(low: str) -> bool:
    """A word built like a place on a head of water or land ('bergensfjord',
    'kristianiafjord') that no list of persons' names holds: a ship's or a thing's name
    when quoted."""
    g = gz.load()
    return any(low.endswith(h) and len(low) >= len(h) + 4 for h in _SHIP_HEADS) \
        and low not in g.given and low not in g.surnames and low not in g.world_surnames \
        and low not in g.given_extra and low not in g.world_given
# what takes a person after 'i' ('forelska i Charlotte')
_FOND_OF = frozenset({"forelska", "forelsket", "glad", "interessert", "betatt", "hekta",
                      "skuffa", "skuffet", "stolt", "sjalu", "bekymra", "bekymret"})


def _town_abroad(text: str, tokens: Sequence[Token], h: Hit, i: int, j: int) -> bool:
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


# what one does on a marketplace ('la ut alt på Finn', 'selger klær på Tise og Finn')
_SOLD_OR_POSTED = frozenset({"selger", "selge", "solgte", "solgt", "sel", "selde", "selt",
                             "kjøpte", "kjøpt", "kjøper", "kjøpe", "ut", "annonserte",
                             "annonse", "annonsen", "annonsa", "fant", "fann", "leter",
                             "leita", "lette", "søkte"})
# a kind of thing before its name: 'av typen Lohmann Brown', 'potetsorten Ottar'
_KIND_OF = frozenset({"typen", "sorten", "sorta", "rasen", "rasa", "potetsorten",
                      "kveitesorten", "hvetesorten", "eplesorten", "potetsorta"})
_LATIN_ENDINGS = ("us", "um", "a", "is", "ii", "ae", "ensis", "oides", "ica", "ina", "ana",
                  "ata", "osa", "ea", "ia", "es", "ix", "ax", "ex")


def _species(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j start a species' Latin name in brackets: a capitalised genus and a
    lower-case epithet with a Latin ending, nothing else but a subspecies ('(Gadus
    morhua)', '(Rangifer tarandus tarandus)')."""
    start = tokens[i].start  # (windows of a few characters: a long text is never scanned)
    before = text[max(0, start - 3):start]
    if "(" not in before or before[before.rfind("(") + 1:].strip():
        return False
    close_at = text.find(")", tokens[i].end, tokens[i].end + _BRACKET_REACH)
    if close_at < 0:
        return False
    words = text[start:close_at].split()
    return 2 <= len(words) <= 3 and words[0][:1].isupper() and words[0].isalpha() \
        and all(w.islower() and w.isalpha() and w.endswith(_LATIN_ENDINGS) for w in words[1:])


def _dares(tokens: Sequence[Token], i: int) -> bool:
    """'tor' is 'dares' (Nynorsk 'tore'): before a subject pronoun at a question's start
    ('Tor du hoppe'), or after a subject and before a negation and an infinitive ('mor tor
    ikkje sove')."""
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if tokens[i].sentence_start or i == 0:
        return nxt in ("du", "de", "dei", "me", "vi", "eg")  # (not 'tor han tor ikkje':
        # a name, then the spoken pronoun)
    return nxt in ("ikkje", "ikke", "itte", "nok") and i + 2 < len(tokens) \
        and tokens[i - 1].low not in ("og", "eller", "at", "som") \
        and tokens[i + 2].low.endswith(("e", "å")) and tokens[i + 2].low not in gz.load().given


def _spelled_out(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j are capitalised words of an acronym's spelling, in brackets after it or
    before it in brackets: 'IPS (Individual Placement and Support)', 'Individual Placement
    and Support (IPS)'."""
    first, last = tokens[i].start, tokens[j].end  # (bounded windows: no long text scanned)
    open_at = text.rfind("(", max(0, first - _BRACKET_REACH), first)
    close_at = text.find(")", last, last + _BRACKET_REACH)
    inside = open_at >= 0 and "(" not in text[open_at + 1:first] \
        and ")" not in text[open_at + 1:first] and close_at >= 0 \
        and "(" not in text[last:close_at]
    if inside:
        words = re.findall(r"[\w-]+", text[open_at + 1:close_at])
        acronym = re.search(r"([A-ZÆØÅ]{2,6})\s*$", text[max(0, open_at - 12):open_at])
    else:
        m = re.match(r"\s*[\w\s-]*?\(([A-ZÆØÅ]{2,6})\)", text[last:last + _BRACKET_REACH])
        if not m:
            return False
        start = first  # walk back over the capitalised words before the hit
        for _ in range(12):
            prev = re.search(r"([A-ZÆØÅ][\w-]*|og|and|of|for|i|på)\s+$",
                             text[max(0, start - 40):start])
            if not prev:
                break
            start = max(0, start - 40) + prev.start(1)
        words = re.findall(r"[\w-]+", text[start:last + m.start(1) - 1])
        acronym = m
    if not acronym:
        return False
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return initials.upper() == acronym.group(1).upper()


_MADE_OR_SOLD = tuple(sorted(p for p in PRODUCT_HEADS | GOODS if len(p) >= 4))
# how far a bracket may stand from the words inside it
_BRACKET_REACH = 120


def _product_compound(head: str) -> bool:
    """A compound whose last part is made or sold ('påhengsmotor', 'vinterjakka'): a word
    of ``PRODUCT_HEADS`` or ``GOODS`` of four letters or more, after a first part of three."""
    return any(head.endswith(p) and len(head) >= len(p) + 3 for p in _MADE_OR_SOLD)


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


# someone between a storm and 'som het X' ('etter stormen kom ho som het ingunn')
_SOMEONE = SUBJECT_PRONOUNS | frozenset({"ho", "hu", "dama", "kona", "mannen", "jenta",
                                         "guten", "gutten", "kvinna", "kvinnen", "ein",
                                         "eit", "en"})


def _storm_in_speech(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Lower-case speech: a storm's noun ('stormen', 'ekstremværet') a few words before token
    i, a given name no surname, and nothing around it saying person; or a storm named
    ('en storm i november som het ingunn')."""
    g = gz.load()
    if tokens[i].low not in g.given:
        return False
    window = range(max(0, i - 6), i)
    if i > 1 and tokens[i - 1].low in NAMING_VERBS and tokens[i - 2].low == "som" and any(
            (tokens[k].low in STORMS or tokens[k].low in STORM_WORDS) and not any(
                tokens[m].low in _SOMEONE for m in range(k + 1, i - 2))
            for k in window):
        return True  # (not 'etter stormen kom ho som het ingunn': she is named)
    return any(tokens[k].low in STORMS for k in window) \
        and person_evidence(text, tokens, i) < 1.0


def _quoted(text: str, h: Hit) -> bool:
    """The hit stands alone inside quotation marks ('«Frøya»', '"Havtind"')."""
    return text[h.start - 1:h.start] in ("«", '"') and text[h.end:h.end + 1] in ("»", '"')


def _listed_thing(text: str, tokens: Sequence[Token], h: Hit, i: int, j: int,
                  listed: dict[int, tuple[int, int, str]], hits: Sequence[Hit]) -> bool:
    """Hit h (tokens i..j) lies inside a listed thing's name and is none of a person's or a
    Norwegian place's.

    - A person's, when: the listed name is not one word that a list of persons' names holds
      ('Takk til Kirby'; 'Pepsi Max' is longer); no word around it says person (inside a
      longer listed name its own words say nothing: 'Brødrene Dahl leverte rør'); it is not
      cited or named with a title or initials ('Hollister (2009)'); and the text does not
      name that person in full elsewhere ('Kari Ringnes … Ringnes').
    - A place the lists lack after a preposition ('fra Bolia', 'i Torrevieja', 'i
      Legoland'), but not a firm's name after 'i' or 'på' (firms are named after their
      place: 'i Svea'), nor a person's name.
    - A municipality or a listed place only inside a longer name of a place abroad ('Gran
      Canaria', 'Alta Badia')."""
    first, last, kind = listed[i]
    if j > last:
        return False
    if h.label in ("PERSON", "PLACE") and first == last and person_name(tokens[i].low):
        return False  # a listed name of one word that is a person's too ('Takk til Kirby'):
        # only inside a longer name ('Brødrene Dahl', 'Pepsi Max') or listed with things
        # (``_among_brands``)
    if h.label == "PERSON":
        if h.source in _PERSON_SURELY or h.confidence >= SURE_CITED and i == j \
                or last - first == j - i and (person_evidence(text, tokens, i, j) >= (
                    2.0 if kind in _NEVER_BORNE and not any(
                        person_name(t.low) for t in tokens[i:j + 1]) else 1.0)
                                              or _with_a_person(text, tokens, i, j, hits,
                                                                listed)):
            return False  # (inside a longer name the words of that name say nothing:
            # 'Brødrene Dahl leverte rør')
        if first == last and text == text.lower() and person_evidence(text, tokens, i) > 0:
            return False  # lower-case text: a word of one word needs no hint of a person
            # ('tuppen og knerten var alltid sammen': a nickname a children's book's too)
        low = h.surface.lower()
        return not any(o is not h and o.label == "PERSON" and o.end - o.start > len(low)
                       and low in o.surface.lower() for o in hits)
    if h.label == "PLACE" and h.source == "context:place":
        # a firm is often named after its place ('i Svea'): after 'i' or 'på' the place
        return kind not in _NAMED_AFTER_PLACES or i == 0 or tokens[i - 1].low not in LOCATIVE
    return kind == PLACE_ABROAD and last - first > j - i


# championships after a word that names a municipality too ('ski vm', 'ski-nm')
_CHAMPIONSHIPS = frozenset({"vm", "nm", "em", "cup", "cupen"})
# a make's model number before a product's noun: 'Dash 8-fly', 'Volvo 240-bilen'
_MODEL_HEAD = re.compile(r" \d{1,4}-([a-zæøå]+)")
_NAMED_AFTER_PLACES = frozenset({"firm", "org", "other", "club"})
# kinds of listed things whose names no list of persons' names holds are not borne by
# people either (a medicine, an app, an agency; firms and brands are often a founder's
# surname that SSB's list lacks: 'Ekornes skrev resten'): they need strong words to be a
# person ('Dei gav han Marevan', 'frå Statped')
_NEVER_BORNE = frozenset({"product", "app", "media", "work", "series", "game", "org",
                          "event", "festival", "venue", "food"})
_DEFINITE_AFTER_HYPHEN = re.compile(r"[-\u2011](?:en|ene|et|a|ane)(?![\w-])")


def _namesake_abroad(text: str, tokens: Sequence[Token], h: Hit, i: int,
                     hits: Sequence[Hit]) -> bool:
    """Hit h (token i) is a place abroad that bears a Norwegian name (``namesakes``): not
    one said surely to be Norwegian ('Lund kommune'), nor a person by the words around
    it, and no Norwegian place named surely near it."""
    if h.label in ("MUNICIPALITY", "PLACE"):
        if h.confidence >= 0.97:
            return False
    elif h.label != "PERSON" or h.source in _PERSON_SURELY \
            or person_evidence(text, tokens, i) >= 1.0:
        return False
    if not abroad_here(tokens, i):
        return False
    lo = tokens[max(0, i - NAMESAKE_WINDOW)].start
    hi = tokens[min(len(tokens) - 1, i + NAMESAKE_WINDOW)].end
    return not any(o is not h and o.label in ("MUNICIPALITY", "PLACE") and o.confidence >= 0.8
                   and lo <= o.start < hi and o.surface.lower() != h.surface.lower()
                   for o in hits)


_MAKERS = frozenset({"brand", "firm", "product", "ship"})  # ship: a fleet's prefix ("Skandi")


def _make_and_model(text: str, tokens: Sequence[Token], i: int, j: int,
                    listed: dict[int, tuple[int, int, str]]) -> bool:
    """Tokens i..j begin with a listed maker's name of one word that no Norwegian list of
    given names holds ('Volkswagen', 'Subaru'), and no later word is a surname: a model
    ('Volkswagen Boble', 'Lotus Elise'), not a person (not 'Subaru Hansen', nor one said to
    act: 'Lotus Elise sa at …'). A maker whose name persons bear abroad ('Kia', 'Renault')
    needs a listed model ('Kia Sorento')."""
    span = listed.get(i)
    if span is None or span[0] != i or span[1] != i or span[2] not in _MAKERS \
            or text[tokens[i].end:tokens[i + 1].start] != " ":
        return False  # (not 'Schwarzkopf-Lindemann': a double surname)
    if person_name(tokens[i].low) and not all(k in listed for k in range(i + 1, j + 1)):
        return False  # a maker named like persons abroad ('Kia') needs a listed model
        # ('Kia Sorento'; not 'Kia Marie', 'Kia Ndiaye')
    g = gz.load()
    if any(tokens[k].low in g.surnames or tokens[k].low in g.world_surnames
           for k in range(i + 1, j + 1)):
        return False
    return person_evidence(text, tokens, i, j) < 1.0


def _with_a_person(text: str, tokens: Sequence[Token], i: int, j: int,
                   hits: Sequence[Hit], listed: dict[int, tuple[int, int, str]]) -> bool:
    """Tokens i..j are listed by 'og', 'eller' or a comma with a person's name that no
    listed thing holds ('Soran og Dilan starta frisørsalong': Soran is a town abroad and
    a man's name): a person too (not 'Elling og Kon-Tiki': a film's name too)."""
    persons = {h.start for h in hits if h.label == "PERSON" and h.confidence >= 0.7}
    for step, k in ((-1, i), (1, j)):
        m = next_list_item(text, tokens, k, step)
        if m is None or m in listed or named_thing_too(tokens[m].low):
            continue
        if tokens[m].start in persons:
            return True
        if step == -1 and any(
                h.label == "PERSON" and h.confidence >= 0.7 and h.end == tokens[m].end
                for h in hits):
            return True  # ('Kari Dahl og Soran'): a longer name ends there
    return False


def _newspaper(low: str) -> bool:
    """'Sunnmørsposten', 'Fjordtidende': a newspaper's name, whatever its first part is (the
    first part of an institution's must be a word: ``institution``)."""
    return any(low.endswith(e) and len(low) - len(e) >= 3 for e in NEWSPAPER_HEADS) \
        and not person_name(low)


def _capitals_of_a_brand(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is written in capitals in a text that is not ('kjørte melk for TINE',
    'jobbet i ODD'): a firm's or a club's way of writing its name; a person's name is so
    written only in a reference list ('BERG, A.'), as initials ('LC') or as a speaker's
    label in a transcript ('KARI: ja')."""
    word = tokens[i].text
    if len(word) < 3 or not word.isupper() or sum(c.isupper() for c in text) * 3 > sum(
            c.isalpha() for c in text):
        return False
    return not re.match(r"\s*(?:,\s*[A-ZÆØÅ]\.|:)", text[tokens[i].end:])


def drop_not_names(text: str, tokens: Sequence[Token], hits: list[Hit]) -> list[Hit]:
    """``hits`` without those the words around them show are no name (module doc)."""
    if not hits:
        return hits
    starts = [t.start for t in tokens]
    lower = text == text.lower()
    things = _thing_names(text, tokens, hits, starts)
    heading = bool(_HEADING.match(text)) or title_case(list(tokens)) \
        or _labelled_heading(text, tokens) or _short_heading(text, tokens)  # capitals say
    # nothing
    abroad_lows = _abroad_lows(text, tokens, hits, starts)
    spans = thing_spans(tokens, lower)
    listed = {k: span for span in spans for k in range(span[0], span[1] + 1)}
    # in lower-case text a listed word proves no neighbour a brand ('kari og <a word a firm
    # is called too>'); a listed name of two words or more does ('kari og kaizers orchestra')
    brands = {k: span for span in spans if not lower or span[1] > span[0]
              for k in range(span[0], span[1] + 1)}
    kept = []
    for h in hits:
        if h.entry_id is not None or h.label not in ("PERSON", "MUNICIPALITY", "PLACE"):
            kept.append(h)
            continue
        i = bisect_left(starts, h.start)
        j = bisect_left(starts, h.end) - 1
        if i >= len(tokens) or tokens[i].start != h.start or j < i or tokens[j].end != h.end:
            kept.append(h)
            continue
        lows = [t.low for t in tokens[i:j + 1]]
        if lows == ["berg"] and " ".join(t.low for t in tokens[j + 1:j + 3]) == "i dagen":
            continue  # 'berg i dagen': bare rock, no person and no place
        if h.label == "PERSON" and lows[0] in STORMS and j > i:
            continue  # 'Ekstremvêret Ingunn tok straumen': a storm's noun and its name
        if h.label in ("PERSON", "MUNICIPALITY", "PLACE") and _species(text, tokens, i, j):
            continue  # '(Rangifer tarandus)', '(Rissa tridactyla)': a species in Latin
        if h.label == "PERSON" and i == j and len(lows[0]) == 1 and i > 0 \
                and tokens[i - 1].low.isdigit():
            continue  # 'Prop. 89 L (2019–2020)': a document's series letter
        if h.label == "PERSON" and i == j and lows[0] in ("finn", "tise") and i > 0 \
                and (tokens[i - 1].low == "på" or tokens[i - 1].low == "og" and i > 2
                     and tokens[i - 3].low == "på") \
                and not (i + 1 < len(tokens) and tokens[i + 1].low in (
                    "sin", "si", "sitt", "sine")) and any(
                    tokens[k].low in _SOLD_OR_POSTED for k in range(max(0, i - 8), i - 1)):
            continue  # 'la ut alt på Finn', 'selger klær på Tise og Finn': the marketplace
        if h.label == "PERSON" and i == j and lows[0] == "tor" and _dares(tokens, i):
            continue  # 'Tor du hoppe?', 'mor tor ikkje sove': 'tore' (to dare)
        if h.source == "names:model" and i == j and institution(lows[0]):
            continue  # the model's guess 'hjemmesykepleien kom seg ikke fram': a service
        if h.label in ("PERSON", "PLACE") and i == j and not h.source.startswith("gazetteer") \
                and lows[0].endswith("isk") and len(lows[0]) >= 6 \
                and h.source not in _PERSON_SURELY:
            continue  # 'på Meteorologisk institutt', 'Statistisk sentralbyrå': an adjective
        if h.label == "PERSON" and i == j and (
                lows[0].endswith(("ismen", "ismens", "isme")) and len(lows[0]) >= 8
                or lows[0].endswith(("vêret", "været")) and len(lows[0]) >= 6):
            continue  # 'Læstadianismen', 'Tordenvêret kom frå vest': a doctrine, the weather
        if h.label == "PERSON" and _spelled_out(text, tokens, i, j):
            continue  # 'IPS (Individual Placement and Support)': an acronym spelled out
        if h.label == "PERSON" and i > 0 and tokens[i - 1].low in _KIND_OF \
                and h.source not in _PERSON_SURELY \
                and text[tokens[i - 1].end:h.start] == " ":
            continue  # 'av typen Lohmann Brown', 'potetsorten Ottar': a breed, a variety
        if lows in (["herad"], ["heradet"]) and i > 0 and gz.load().norwegian(tokens[i - 1].low):
            continue  # 'Kvam herad': the municipality's own word for itself
        if lows == ["eid"] and any(tokens[k].low in _FEASTING for k in range(
                max(0, i - 3), min(len(tokens), i + 3)) if k != i):
            continue  # 'tok fri til Eid', 'feira eid': the feast
        if lows == ["karl", "johan"] and any(tokens[k].low.startswith(_MUSHROOMS) for k in range(
                max(0, i - 8), min(len(tokens), j + 9)) if not i <= k <= j):
            continue  # 'plukka karl johan og kantarell', 'den beste soppen': the mushroom
        if h.label == "PERSON" and i == j and _quoted(text, h) and _place_shaped_thing(lows[0]):
            continue  # '«Bergensfjord» gikk på grunn': a ship named after a place, no one's
            # name (a place's shape; no list of names holds it)
        if h.label == "PERSON" and len(lows) == 1 and (
                _elided_institution(tokens, j) or _star(tokens, i, lows[0])
                or kin_word(lows[0]) and j + 1 < len(tokens) and text[h.end:tokens[j + 1].start]
                == " " and tokens[j + 1].low in ("min", "mi", "mitt", "din", "di", "vår", "sin")
                or lows[0] == "lykke" and _GOOD_LUCK.match(text, h.end)
                or _pair_of_things(tokens, j)):
            continue  # 'bror min'; '«Lykke til»'; 'Dagros og Fagerlin var kyrne på garden'
        if h.label == "PERSON" and i == j and lower and h.confidence <= 0.7 \
                and _word_in_nature(text, tokens, i):
            continue  # 'fiska med mark i bekken', 'ein lund med eik'
        if h.label == "PERSON" and i == j and lower and i > 0 \
                and tokens[i - 1].low in ARTICLES and _word_too(lows[0]) \
                and h.confidence < SURE_CITED:
            continue  # 'kom hjem med en rein', 'en hval i fjorden': a noun after its article
            # (not 'det var ei kari fra nav som ringte')
        if heading and i == j and h.confidence < SURE_CITED and _listed_in_heading(
                text, tokens, i):
            continue  # 'Sol, Strand og Sommerjobb', 'Lund, Eng og Utmark', 'Heim og Hage'
        if i == j and (h.confidence < 0.8 or (tokens[i].sentence_start or heading)
                       and h.confidence < SURE_CITED) \
                and _pair_of_kind(text, tokens, i, h.label, heading=heading):
            continue  # 'sel og hval', 'over ås og fjell': animals, the land; 'Sol, Strand
            # og Ski' in a heading
        if h.label == "PERSON" and i == j and lows[0] in things \
                and person_evidence(text, tokens, i) < 2.0:
            continue  # 'Båten het Ingeborg, for den første Ingeborg hadde forlist': the
            # boat's name again
        if h.label == "PERSON" and (
                thing_named(text, tokens, i) or all(demonym(w) for w in lows)
                or len(lows) == 1 and lows[0] in THING_NOUNS  # 'Snekka het «Gunhild»'
                and lows[0] not in gz.load().given and lows[0] not in gz.load().surnames
                and not _person_named(tokens, i)
                and text[max(0, h.start - 1):h.start] not in ("«", '"')  # ('«Bamsen» het …')
                or any(_said_number(w) for w in lows) or lows[0] in MONTHS and len(lows) > 1
                and text[tokens[i].end:tokens[i + 1].start] != "-"  # ('Mai-Britt')
                and (lower or not tokens[i + 1].capital)  # ('Det var Mai Vang som …')
                or len(lows) == 1 and h.source == "names:model" and place_compound(lows[0])
                or _club(text, tokens, i, lows)
                or lower and len(lows) == 1 and h.confidence < 0.8
                and _word_chain(text, tokens, i)
                or len(lows) == 1 and h.confidence < SURE_CITED
                and _among_brands(text, tokens, i, brands)
                or len(lows) == 1 and h.confidence < SURE_CITED
                and _among_things(tokens, i, person=True)
                or len(lows) == 1 and lows[0] not in gz.load().given
                and lows[0] not in gz.load().surnames and _list_of_roles(text, tokens, i)):
            continue
        if h.label == "PERSON" and any(text[max(0, h.end - len(f)):h.end].lower() == f
                                       and h.end - len(f) <= h.start for f in FOLK_FIGURES):
            continue  # 'Gamle-Erik sjøl', 'spelte Svarte-Per'
        if h.label == "PERSON" and h.surface[:1].isupper() \
                and _DEFINITE_AFTER_HYPHEN.match(text, h.end):
            continue  # 'Harley-en streiket', 'Forester-en må til EU-kontroll': a thing
            # with its definite ending (a person's name takes none; not 'mari-ane')
        if h.label == "PERSON" and i == j and h.source not in _PERSON_SURELY and (
                definite_of_thing(lows[0]) or _newspaper(lows[0])
                or _capitals_of_a_brand(text, tokens, i)
                and person_evidence(text, tokens, i) < 1.0):
            continue  # 'den gamle Husqvarnaen', 'Sunnmørsposten skrev', 'melk for TINE'
        if after_brand(text, h):
            continue  # 'Deli de Luca', 'REK Nord', 'Møllers tran'
        if i == j and _namesake_abroad(text, tokens, h, i, hits):
            continue  # 'en uke i Lund og en uke i Malmö', 'Lier er en by i Belgia'
        if h.label in ("PERSON", "PLACE") and not h.source.startswith("gazetteer") \
                and h.source not in _PERSON_SURELY and _town_abroad(text, tokens, h, i, j):
            continue  # 'i Adelaide i Australia', 'til Siena og Verona', 'i Lourdes med
            # menigheten', 'Oslo i Minnesota': a town abroad, no person
        if h.label == "PERSON" and j > i and h.source not in _PERSON_SURELY \
                and _make_and_model(text, tokens, i, j, listed):
            continue  # 'Kia Sorento', 'Volkswagen Boble': a maker's name and its model's
        if i in listed and _listed_thing(text, tokens, h, i, j, listed, hits):
            continue  # 'Slack og Jira', 'kjøkken fra Kvik', 'Kaizers Orchestra': a brand,
            # a work, a place abroad (``things``)
        if h.label == "PLACE" and h.source == "context:place" and (
                i == j and lows[0] in ORGANISATIONS
                or i == j and any(lows[0].endswith(e) and len(lows[0]) >= len(e) + 3
                                  for e in _OUTING_HEADS)  # 'på surfetur', 'på elgjakt'
                or _quoted(text, h)):
            continue  # 'jobb på Lerøy': the company; 'mannskap på «Havtind»': a boat (a
            # place the lists lack is no one's name in quotes)
        if h.label == "PERSON" and (_designation(tokens, i, j)
                                    or _heading_word(text, tokens, i, j, heading)
                                    or i == j and _verb_not_name(tokens, i)):
            continue  # 'clas ohlson'; 'Informant C'; 'Kapittel 4: Funn og Drøfting'; 'for
            # å ringje', 'skal vera', 'i morgon'
        if h.label == "PERSON" and i == j and h.source == "names:capital" \
                and tokens[i].sentence_start and _nynorsk_form(lows[0]):
            continue  # 'Resultata viser …', 'Oppgåva nyttar …': a Nynorsk noun's form
        if i == j and h.label in ("PERSON", "PLACE") and not h.source.startswith("gazetteer") \
                and _building_or_kin(lows[0]):
            continue  # 'Bedehuset og Ungdomshuset', 'på Fjordhotellet', 'og Svigerfar satt'
        if h.label in ("MUNICIPALITY", "PLACE") and i == j and (
                i > 0 and tokens[i - 1].low in _ANIMALS
                and text[tokens[i - 1].end:h.start].strip(" «\"") == ""
                or h.confidence < 0.97 and _animal_named(tokens, i)):
            continue  # 'Kua Dokka var den eldste', 'ei ku som heitte Dokka': an animal's name
            # (not 'bussen Oslo–Bergen')
        if h.label in ("MUNICIPALITY", "PLACE") and i == j and (
                text.startswith("-og-", h.end)
                or _quoted(text, h) and i > 0 and tokens[i - 1].low.endswith(_VESSELS)):
            continue  # 'Berg-og-dal-banen'; 'Skuta «Frøya»', 'Seilbåten «Frøya»': a boat's
            # name (not 'båten til Frøya')
        if h.label in ("MUNICIPALITY", "PLACE") and (
                j + 1 < len(tokens) and tokens[j + 1].low in CLUB_LETTERS
                and tokens[j + 1].text.isupper() and text[h.end:tokens[j + 1].start] == " "
                or text.startswith("/Glimt", h.end)):
            continue  # 'Molde FK', 'Tromsø IL', 'Bodø/Glimt': a club named after its town
        if h.label in ("MUNICIPALITY", "PLACE") and i == j and lower and h.confidence < 0.97 \
                and _reflexive_verb(tokens, i):
            continue  # 'eg grua meg' (a verb: 'grue seg')
        if h.label in ("MUNICIPALITY", "PLACE") and (
                i == j and h.confidence < 0.97 and (lower or tokens[i].sentence_start)
                and not h.info.get("strong") and _among_things(tokens, i)
                or abroad(text, tokens, i, j) or _abroad_again(tokens, i, j, abroad_lows)
                or lows[0] in WEEKDAYS or lows[0] in MONTHS
                or i == j and lows[0] in TIMES and not h.source.startswith("gazetteer")
                or i == j and _cheered(tokens, i)
                or i == j and h.confidence < 0.8 and j + 1 < len(tokens)
                and tokens[j + 1].low in _CHAMPIONSHIPS  # 'sendinger fra ski vm': the sport
                or lows[-1].endswith("havet")):  # 'til Sargassohavet': a sea
            continue
        head = HYPHEN_HEAD.match(text, h.end, h.end + 14) or _MODEL_HEAD.match(text, h.end)
        if head and h.label == "PERSON" and _product_compound(head.group(1)):
            continue  # 'en Johnson-påhengsmotor', 'Norrøna-vinterjakka': a product
        if head and (head.group(1) in PRODUCT_HEADS or head.group(1) in GOODS) and not (
                h.label in ("MUNICIPALITY", "PLACE") and head.group(1) in _ROUTE_HEADS) \
                or head and h.label == "PERSON" and head.group(1) in _FACTORIES:
            continue  # 'Hemnes-kommode', 'Nora-syltetøy': a product (not 'Tromsø-båten':
            # the boat to the town); 'Nora-fabrikken' (not 'Raufoss-fabrikken': the town's)
        if h.label == "PERSON" and j + 1 < len(tokens) and tokens[j + 1].capital \
                and not tokens[j + 1].sentence_start and text[h.end:tokens[j + 1].start] == " " \
                and institution(tokens[j + 1].low) and tokens[j + 1].low not in gz.load().given \
                and tokens[j + 1].low not in gz.load().surnames:
            continue  # 'Vømmøl Spellmannslag', 'Kavli Stiftelsen': an organisation's name
        if j + 1 < len(tokens) and tokens[j + 1].low in BLOOM_VERBS and h.confidence < 0.97 \
                and not (j + 2 < len(tokens) and tokens[j + 2].low == "opp") \
                and not any(w in gz.load().given for w in lows):
            continue  # 'Selja blømer tidleg', 'hegga blomstra': a tree in bloom (not 'Kari
            # blomstret opp')
        if h.label == "PERSON" and (
                j + 1 < len(tokens) and tokens[j + 1].low in CLUB_LETTERS
                or j > i and lows[-1] in CLUB_LETTERS
                or j + 1 < len(tokens)
                and f"{' '.join(lows)} {tokens[j + 1].low}" in PERSON_NAMED_WORKS
                or _a_car(tokens, i) and not any(
                    tokens[k].low in gz.load().surnames for k in range(i + 1, j + 1))
                or i == j and i > 0 and text[tokens[i - 1].end:h.start] == " "
                and _a_car(tokens, i - 1)):
            continue  # 'Ørnulf IL'; 'leste harry potter'; 'en rusten Lada', 'en Škoda
            # Octavia'; 'en renault zoe': the model after its make
        if h.label == "PERSON" and i == j and i > 0 and (
                len(tokens[i].text) == 1 and tokens[i].text.isupper()
                and (role_word(tokens[i - 1].low) or tokens[i - 1].low in _DESIGNATION_HEADS)):
            continue  # 'sier Sykepleier A.': a designation, already anonymous
        if h.label == "PERSON" and i == j and lower and _storm_in_speech(text, tokens, i):
            continue  # 'stormen dagmar', 'ekstremværet hans eller var det ingunn'
        if h.source == "names:model" and i == j and (
                role_nickname(lows[0]) and not lows[0].startswith(("lille", "vesle", "store"))
                or i > 0 and tokens[i - 1].low in STORMS):
            continue  # the model's guesses: 'kalte læreren for rektorn', 'gamlefar kalte',
            # 'stormen dagmar' (but 'lillemor', 'storebror' are nicknames)
        if h.label == "PERSON" and _feast(tokens, i, j):
            continue  # 'Maria budskapsdag', 'kristi himmelfartsdag': a feast named after one
        if h.label in ("PERSON", "PLACE") and (
                j + 1 < len(tokens) and tokens[j + 1].low in _BUSINESS_HEADS
                and text[h.end:tokens[j + 1].start] == " "
                or j > i and lows[-1] in _BUSINESS_HEADS):
            continue  # 'tine meieri', 'ringnes bryggeri', 'et thon hotell': a business
        if h.label == "PERSON" and h.confidence < SURE_CITED and _maker_or_tune(tokens, i) \
                and not any(w in gz.load().given for w in lows) \
                and not (j + 1 < len(tokens) and tokens[j + 1].low in ARTICLES):
            continue  # 'skruer fra Würth', 'Kaffen var Friele', 'spilte han Hole og Nirvana'
            # (not a given name: 'Genseren var fra Kari'; not 'spilte Per et puss')
        if h.label == "PERSON" and h.confidence < SURE_CITED \
                and not any(w in gz.load().given for w in lows) \
                and _brand_of_goods(text, tokens, i, j):
            continue  # 'Kavli kaviar', 'bergans sekk og devold genser'
        if not lower and _firm(text, tokens, i, j):
            continue  # 'Foss Rør og Vik Stillas', 'Kafé Sol': a firm
        if h.confidence < SURE_CITED and described_as_thing(text, tokens, i, j, h.label):
            continue  # 'Kvitveis, et lokalt band', 'Storm het hesten', 'en gammel Dovre'
        if h.label == "PERSON" and i == j and _quoted(text, h) and _named_storm(tokens, i) \
                and person_evidence(text, tokens, i) < 1.5:
            continue  # '«Dagmar» og «Ingunn» er blant dei kraftigaste stormane': storms
        if h.label == "PERSON" and _work_part(text, h):
            continue  # 'Peer Gynt vart sett opp': the play
        kept.append(h)
    return kept
