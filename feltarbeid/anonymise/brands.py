"""Brands, firms, makers and their products, cars and newspapers: names no person bears
when the words around them say goods, a business or a make ('Kia Sorento', 'Tine
meieri', 'skruer fra Würth', 'Foss Rør og Vik Stillas')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import gazetteer as gz
from .clubs import PLAYED
from .lexicon import common_word, inflected_word, institution
from .slots import (
    CLEFT_ADVERBS,
    next_list_item,
    past_verb,
    person_evidence,
    present_verb,
    role_word,
    verb_form,
    weak_past,
)
from .spans import Hit, Token
from .things import COMMON_SURNAME, listed_kind, person_name
from .words import (
    ARTICLES,
    DRINKING,
    FIRM_TRADES,
    GOODS,
    GOODS_IN_COMPOUNDS,
    INVERSION_AFTER,
    NAMED_BUSINESSES,
    NEWSPAPER_HEADS,
    OFTEN,
    ORGANISATIONS,
    PRODUCT_HEADS,
    SIN_POSSESSIVES,
    SMALL_ADVERBS,
    SPOKEN_PREPOSITIONS,
    SUBJECT_PRONOUNS,
)

# prepositions whose object a brand or an organisation is ('fra Høyre', 'til Sikt')
GOVERNING = frozenset({"fra", "frå", "i", "på", "til", "hos", "for", "med", "av", "ved"})


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
                    "color line", "stena line", "bang og olufsen", "møllers tran",
                    "hotel cæsar", "nord universitet",
                    "rek nord", "rek midt", "rek vest", "rek sør-øst", "rek sørøst",
                    "noregs mållag", "norges bondelag", "noregs bondelag",
                    "norsk bonde- og småbrukarlag", "hurtigruta", "yr.no", "finn.no",
                    "quality hotel", "thon hotel", "clarion hotel", "comfort hotel",
                    "radisson blu", "scandic hotel", "massey ferguson", "john deere",
                    "jakt & fiske", "jakt og fiske", "eva solo", "bertel o. steen",
                    "max burgers", "king oscar", "o.p. anderson",
                    "w.b. samson", "walters mandler", "lysholm linie"})
# brands of one word that persons bear too, known to everyone in Norway: the streaming
# service and the burger chain, the marketplace, the clothes chain, the grocer, the peanuts.
# Listed with one more brand they are the brand ('Netflix og Max', 'Finn og Tise', 'Gina
# Tricot og Zara'); a person's name needs two ('Kari og Helsedirektoratet' keeps Kari)
BORNE_BRANDS = frozenset({"max", "finn", "zara", "oda", "polly"})
_CHAIN_BEFORE = re.compile(r"(?:Quality|Thon|Clarion|Comfort|Scandic|Radisson Blu|Best "
                           r"Western|First)\s+(?:Hotel\s+)?$")
_BRAND_RE = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(b) for b in sorted(BRANDS, key=len, reverse=True)) + r")(?!\w)")
VEHICLE_BRANDS = frozenset({"volvo", "saab", "toyota", "mercedes", "opel", "ford", "lada",
                             "volkswagen", "tesla", "peugeot", "citroën", "fiat", "mazda",
                             "nissan", "honda", "subaru", "skoda", "škoda", "audi", "bmw",
                             "ferguson", "massey", "evinrude", "yamaha", "suzuki", "renault",
                             "chevrolet", "hyundai", "kia", "jeep", "porsche", "jaguar",
                             "lexus", "mitsubishi", "dacia", "alfa", "polestar", "cupra",
                             "citroen", "chrysler", "dodge", "cadillac", "buick", "isuzu",
                             # tractors
                             "zetor", "fordson", "fendt", "deutz", "valtra", "kubota",
                             "claas", "ursus"})
# what one does with a car right before its make: 'kjører alfa romeo', 'i ein leigd Chevrolet'
_DRIVEN = frozenset({"kjører", "kjørte", "køyrer", "køyrde", "kjøre", "køyre", "leigd", "leid",
                     "leide", "leigde", "lånt", "brukt", "kjøpte", "selde", "solgte", "kjørt",
                     "køyrt"})
# the heads of a firm's noun ('legemiddelfirmaet', 'reisebyrået', 'bemanningsbyrået')
_FIRM_HEADS = ("firmaet", "selskapet", "konsernet", "byrået", "kjeden", "produsenten",
               "leverandøren", "rederiet", "bryggeriet", "forlaget", "brenneriet",
               # the plurals and brands that head a list of them ('Kaffemerkene Friele,
               # Evergood og …', 'Hamburgerkjedene McDonald's, Burger King og Max')
               "kjedene", "kjedane", "merkene", "merka", "merket", "merkevarene",
               "firmaene", "firmaa", "produsentene", "produsentane", "leverandørene",
               "leverandørane", "rederiene", "rederia", "bryggeriene", "bryggeria")
# the bare nouns of a brand or a chain, named right after ('Merkevaren Tine', 'kjedene
# Rema og Kiwi'): no one works in a brand ('firmaet Kari jobba i' may be a person)
_BRAND_NOUNS = frozenset({"merkevaren", "merkevarene", "varemerket", "varemerka",
                          "varemerkene", "kjedene", "kjedane"})


def firm_before(low: str) -> bool:
    """A compound noun of a firm ('legemiddelfirmaet', 'reisebyrået'), not the bare head
    ('firmaet Kari jobba i' is handled with the other business nouns)."""
    return low in _BRAND_NOUNS or any(low.endswith(h) and len(low) >= len(h) + 2
                                      for h in _FIRM_HEADS)


def a_car(tokens: Sequence[Token], m: int) -> bool:
    """Token m is a car's or a tractor's make after an article, a possessive or an
    adjective ('en gammel Volvo', 'en rusten Lada', 'vår Ferguson'): the vehicle, no
    person ('Vi møtte Mercedes' may be one)."""
    if tokens[m].low not in VEHICLE_BRANDS or m == 0:
        return False
    prev = tokens[m - 1].low
    return prev in ARTICLES or prev in ("vår", "min", "hans", "hennes", "sin", "gammel",
                                        "gamal", "gamle", "ny", "nye") or prev in _DRIVEN \
        or m > 1 and tokens[m - 2].low in ARTICLES and (common_word(prev)
                                                        or inflected_word(prev))


def among_brands(text: str, tokens: Sequence[Token], i: int,
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
            and low not in ORGANISATIONS and not _one_more_brand_proves(low, g):
        return False  # (a listed name that is a known brand itself: 'Freia og Tine')
    return person_evidence(text, tokens, i) < 1.5


def _one_more_brand_proves(low: str, g: gz.Gazetteer) -> bool:
    """One more brand beside ``low`` makes it a brand: a brand everyone knows that persons
    bear too ('Netflix og Max'), or a car's make no one is given as a name ('fra Toyota og
    Škoda'; not 'Kia og Lada lekte sammen': two girls)."""
    return low in BORNE_BRANDS or low in VEHICLE_BRANDS and low not in g.given \
        and low not in g.world_given and low not in g.given_extra


def _brand_item(tokens: Sequence[Token], k: int, i: int, step: int, g: gz.Gazetteer,
                listed: dict[int, tuple[int, int, str]]) -> bool:
    other = tokens[k].low
    if k > 0 and f"{tokens[k - 1].low} {other}" in BRANDS or k + 1 < len(tokens) \
            and f"{other} {tokens[k + 1].low}" in BRANDS:
        return True  # 'Synnøve Finden og Tine': a brand named after a person
    if other in VEHICLE_BRANDS and tokens[i].low in VEHICLE_BRANDS \
            and _one_more_brand_proves(tokens[i].low, g):
        return True  # 'fra Toyota og Škoda': makes of cars listed together
    governed = k > 0 and tokens[k - 1].low in GOVERNING and step == -1
    if k in listed and not (listed[k][0] == listed[k][1] and person_name(other)):
        return not governed or _one_more_brand_proves(tokens[i].low, g)  # ('på Netflix og
        # Max', 'fra Toyota og Škoda'; a listed name that persons bear too is no brand's
        # proof: 'Chang og Heinz var enige')
    return institution(other) and (other in ORGANISATIONS or other not in g.given
                                   and other not in g.surnames) \
        and other not in g.places and (tokens[k].capital or not tokens[i].capital) \
        and not governed and not role_word(other)  # (not 'Eide fra Høyre og Hoàng fra SV';


# what follows a business named after its founder or its place ('Ringnes bryggeri')
BUSINESS_HEADS = frozenset({"meieri", "meieriet", "bryggeri", "bryggeriet", "hotell",
                             "hotel", "hotellet", "bakeri", "bakeriet", "konditori",
                             "mølle", "mølla", "verft", "verftet", "fabrikk", "fabrikker",
                             "fabrikken", "fabrikkane", "fabrikkene", "mekaniske",
                             "sparebank", "sparebanken",
                             # English heads of firms and buildings ('Kelly Services', 'St.
                             # Olaf College', 'Rana Plaza')
                             "services", "plaza", "college", "nails", "center", "centre",
                             "group", "records", "studios", "consulting", "solutions",
                             "airlines", "airways", "motors", "foods", "holding", "mall",
                             "retail", "grill", "fotballskole", "fotballskule",
                             # venues ('Vega Scene', 'Olsen Pub')
                             "scene", "pub"})
# heads after a person's name or a place's alike: a person's is no name there ('Olsen
# Camping'), a place's is ('Torghatten camping': the place part is labelled)
PERSONS_VENUE_HEADS = frozenset({"camping", "arena"})
# a factory after a hyphen: a firm's ('Nora-fabrikken'), never a person's
FACTORIES = frozenset(w for w in BUSINESS_HEADS if w.startswith("fabrikk"))


_AND_SONS = re.compile(r"\s*(?:&\s+(?:[Ss]ønn(?:er)?|[Ss]øn(?:ner)?|[Ss]ons?|[Cc]o|[Dd]øtre)"
                       r"|og\s+(?:Sønn(?:er)?|Søn(?:ner)?|Døtre|Co))(?![\wæøå])")


def firm_name(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
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


# a shop or café with its name after it, no person's title among them ('baker Hansen' is one)
_SHOPS_BEFORE = frozenset({"kafé", "kafe", "café", "cafe", "konditori", "pizzeria", "bakeri",
                           "bistro", "kiosk", "salong", "trattoria", "brasserie"})


def shop_in_speech(tokens: Sequence[Token], i: int) -> bool:
    """Token i, in lower-case speech, names the shop or café before it ('satt på kafé
    helene', 'kjøpte kake på konditori larsen'): a firm, not the person it is named after."""
    return i > 1 and tokens[i - 1].low in _SHOPS_BEFORE \
        and tokens[i - 2].low in SPOKEN_PREPOSITIONS


_GIVING = frozenset({"ga", "gav", "gi", "gir", "gjev", "gje", "kjøpte", "kjøper", "kjøpa",
                     "lånte", "låner", "lånar", "sendte", "sender", "sende", "skaffa",
                     "skaffet", "strikka", "strikket", "lagde", "laget", "laga",
                     "viste", "spanderte", "solgte", "selde", "selger", "sel",
                     # offering and serving ('serverte Tine kaffe', 'bød Nora saft')
                     "serverte", "servert", "serverer", "bød", "baud", "byr", "tilbød",
                     "skjenket", "skjenka", "skjenker", "tok", "tek", "hentet", "henta",
                     "bar", "bringe", "brakte", "rakk", "rekte", "send",
                     "lagar", "lager", "lage", "kokte", "koka", "smurte", "smurde"})


def brand_of_goods(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Kavli kaviar', 'Stabburet leverpostei', 'devold genser', 'Nora bringebærsyltetøy': a
    maker's name before the goods it makes (not 'kjøpte Ola sko': an indirect object after a
    verb of giving)."""
    k = j + 1
    if k >= len(tokens) or tokens[k].capital \
            or tokens[k].low not in GOODS and not product_compound(tokens[k].low) \
            or text[tokens[j].end:tokens[k].start] != " " or tokens[j].low.endswith("s"):
        return False  # ('Pers sko', 'tjostolvs sag': a person's)
    before = [tokens[m].low for m in range(max(0, i - 2), i)]
    return not any(w in _GIVING for w in before) and not subject_after_verb(tokens, i)


# what opens a sentence before its verb, so that the subject follows the verb ('Så slo
# Hansen radioen av', 'I går mista Berg kniven', 'Til slutt skrudde Vik skjermen av')
_FRONTED = INVERSION_AFTER | frozenset({"går", "dag", "morgon", "morgen", "kveld", "fjor",
                                        "etterpå", "deretter", "seinare", "senere", "slutt",
                                        "heldigvis", "endelig", "endeleg", "først", "fyrst",
                                        "nå", "no", "her", "der", "ofte", "kanskje", "derfor",
                                        "difor", "likevel", "dessuten", "samtidig", "igjen",
                                        "ellers", "sjølv", "selv", "faktisk", "vanligvis",
                                        "vanlegvis", "iblant", "stundom", "snart",
                                        # questions ('Hvorfor kjøper Nora så mye?')
                                        "hvorfor", "korfor", "kvifor", "hva", "kva", "hvor",
                                        "kor", "når", "hvordan", "korleis", "åssen", "koss"})


def subject_after_verb(tokens: Sequence[Token], i: int) -> bool:
    """Token i follows the verb of a sentence opened by an adverb ('Så slo Hansen radioen
    av', 'I går mista Berg kniven', 'Til slutt skrudde Vik skjermen av'), or a verb opening
    a question ('Slo Hansen radioen av?'): the subject, a person, not a maker before the
    goods ('Vi spiste Kavli kaviar': the subject before the verb). Whatever word stands
    between a sentence's opening adverb and the name is its verb (Norwegian puts the verb
    second), so no list of verbs needs to know it ('slo', 'åpnet')."""
    if i < 1:
        return False
    verb = tokens[i - 1].low
    if tokens[i - 1].sentence_start:
        return past_verb(verb) or weak_past(verb) or present_verb(verb) or verb_form(verb) \
            or verb in _GIVING
    while i > 2 and tokens[i - 1].low in CLEFT_ADVERBS and not tokens[i - 1].sentence_start:
        i -= 1  # 'Da drakk jo Nora kaffe': an adverb between the verb and its subject
    return i > 1 and tokens[i - 2].low in _FRONTED and not tokens[i - 1].capital and (
        tokens[i - 2].sentence_start or i > 2 and tokens[i - 3].sentence_start)


# the kinds of listed names that goods are sold under (``things``)
GOODS_KINDS = frozenset({"brand", "product", "food"})
# verbs whose object is goods one buys, uses up or orders, and the verbs that take goods
# after 'med' or 'til' ('vasket med Blenda', 'byttet til Omo', 'sverger til Ariel')
_USED_UP = DRINKING | frozenset({"kjøper", "kjøpte", "kjøpt", "kjøpe", "kjøpa", "kjøpar",
                                 "bruker", "brukte", "brukt", "bruke", "brukar", "bruka",
                                 "spiser", "spiste", "spist", "spise", "åt", "bestiller",
                                 "bestilte", "bestille"})
_USED_WITH = {"med": frozenset({"vasket", "vaska", "vasker", "vaskar", "vaske", "smører",
                                "smurte", "smør", "pusset", "pussa"}),
              "til": frozenset({"byttet", "bytta", "bytter", "byter", "bytte", "byte",
                                "sverger", "sverget", "sverja", "sver", "gått", "gikk"})}
# words between such a verb and the goods ('kjøper alltid Ariel', 'gått over til Omo'); not
# 'jo', which stands between the verb and its subject too ('Da bruker jo Kari …')
_ON_THE_WAY = (OFTEN | SMALL_ADVERBS | {"over"}) - {"jo"}
# what may follow goods bought or used: a place, a time, a reason, the end of a clause
_AFTER_GOODS = frozenset({"på", "i", "til", "fra", "frå", "hos", "for", "med", "og",
                          "eller", "hver", "kvar", "også", "nå", "no", "igjen",
                          "lenger", "heller", "når", "fordi", "men", "så", "da",
                          "då", "hele", "heile", "om", "etter", "siden", "sidan"})
_GOODS_GOVERNED = ("til", "for", "på", "i")


def used_as_goods(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is what one buys, eats, drinks, uses or switches to ('Vi kjøpte Ariel på
    tilbud', 'Hun bruker alltid Omo', 'vasket med Blenda', 'har byttet til Blenda'), not
    someone bought for or used as ('kjøpte Kari en gave', 'bruker Kari til barnevakt') nor
    the subject after the verb ('Så bruker Kari …', 'Hvorfor kjøper Nora …?'). Only for
    names the list holds as goods (``not_names``); the later goods of a list too ('kjøper
    Ariel og Blenda', 'Vanish til flekkane og Blenda til det kvite')."""
    prev = i - 2 if i >= 2 and tokens[i - 1].low in ("og", "eller") else i - 1 \
        if i >= 1 and text[tokens[i - 1].end:tokens[i].start].strip() == "," else -1
    if prev >= 0 and tokens[prev].capital and listed_kind(tokens[prev].low) in GOODS_KINDS:
        return used_as_goods(text, tokens, prev)
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if i >= 4 and tokens[i - 1].low == "og" and not tokens[i - 2].capital \
            and tokens[i - 2].low not in _AFTER_GOODS and nxt in _GOODS_GOVERNED:
        for k in range(i - 3, max(0, i - 6), -1):  # 'Vanish til flekkane og Blenda til …'
            if tokens[k].sentence_start or "," in text[tokens[k].end:tokens[k + 1].start]:
                break
            if tokens[k].low in _GOODS_GOVERNED and tokens[k - 1].capital \
                    and listed_kind(tokens[k - 1].low) in GOODS_KINDS:
                return used_as_goods(text, tokens, k - 1)  # (not 'til Kari og Nora',
                # 'til vasken og Nora kom inn': persons)
    if i == 0:
        return False
    k = i - 1
    while k > 0 and tokens[k].low in _ON_THE_WAY and k > i - 3:
        k -= 1
    verb = tokens[k].low
    if verb in _USED_WITH and k > 0:
        j = k - 1
        while j > 0 and tokens[j].low in _ON_THE_WAY and j > k - 3:
            j -= 1
        if tokens[j].low not in _USED_WITH[verb]:
            return False
    elif verb not in _USED_UP or subject_after_verb(tokens, i):
        return False
    if nxt and text[tokens[i].end:tokens[i + 1].start] == " " and nxt not in _AFTER_GOODS:
        return False  # 'kjøpte Kari en gave', 'kjøper Nora is', 'bruker Kari som vikar',
        # 'drikker Felix sin kaffe': someone bought for, used as or owning
    if nxt == "til" and i + 2 < len(tokens) and (
            tokens[i + 2].low in ("å", "og") or role_word(tokens[i + 2].low)):
        return False  # 'Vi bruker Nora til å passe ungene', 'bruker Nora til barnevakt'
    if nxt in ("og", "eller") and i + 2 < len(tokens) and tokens[i + 2].capital \
            and listed_kind(tokens[i + 2].low) is None:
        return False  # 'Vi bruker Nora og Kari som vikarer': persons listed
    return person_evidence(text, tokens, i) < 2.0


def maker_or_tune(tokens: Sequence[Token], i: int) -> bool:
    """Token i names a maker of goods or what was played, not a person: 'skruer fra
    Würth', 'Pølsene var fra Leiv Vidar', 'sennepen var Idun'; 'spilte han Hole og
    Nirvana', 'spilte Ludo'."""
    if i + 1 < len(tokens) and tokens[i + 1].low in SIN_POSSESSIVES:
        return False  # 'Gitaren var Torgersen sin': what a person owns
    first = i
    while first >= 2 and tokens[first - 1].low in ("og", "eller") and tokens[first - 2].capital:
        first -= 2  # the first of a list ('fra Gyproc og Glava'; 'Hole og Nirvana')
    lows = [tokens[k].low for k in range(max(0, first - 3), first)]
    if len(lows) >= 2 and lows[-1] in ("fra", "frå") and (
            lows[-2] in GOODS or product_compound(lows[-2])
            or lows[-2] in ("var", "er", "kom") and len(lows) == 3 and lows[-3] in GOODS):
        return gz.load().surname_count.get(tokens[i].low, 0) < COMMON_SURNAME  # (not
        # 'fikk genseren fra Hansen': a surname many bear is a giver before it is a maker)
    if len(lows) >= 2 and lows[-1] in ("var", "er") and lows[-2] in GOODS:
        return True  # 'Kaffen var Friele'
    return len(lows) >= 2 and (
        lows[-1] in PLAYED and (lows[-2] in SUBJECT_PRONOUNS or lows[-2] == "og")
        or lows[-2] in PLAYED and lows[-1] in SUBJECT_PRONOUNS)  # (not 'der spelte sivan


# heads that name a product only alone after the hyphen ('Nintendo-spel'), not as the
# end of a longer head ('Kvamsdal-etterspillet', 'Hansen-samspelet': a person's affair)
_PRODUCT_ALONE = frozenset({"spel", "spelet", "spill", "spillet", "leke", "leker",
                            "lekene", "figur", "figurer", "figurar", "figurane",
                            "figurene"})
MADE_OR_SOLD = tuple(sorted(p for p in PRODUCT_HEADS | GOODS_IN_COMPOUNDS
                             if len(p) >= 4 and p not in _PRODUCT_ALONE))


_MADE_OR_SOLD_SET = frozenset(MADE_OR_SOLD)


def product_compound(head: str) -> bool:
    """A compound whose last part is made or sold ('påhengsmotor', 'vinterjakka'): a word
    of ``PRODUCT_HEADS`` or ``GOODS_IN_COMPOUNDS`` of four letters or more, after a first
    part of three. (Each ending of the word is looked up: the lists hold hundreds of
    words.)"""
    return any(head[k:] in _MADE_OR_SOLD_SET for k in range(3, len(head) - 3))


# a make's model number before a product's noun: 'Dash 8-fly', 'Volvo 240-bilen'
MODEL_HEAD = re.compile(r" \d{1,4}-([a-zæøå]+)")
_MAKERS = frozenset({"brand", "firm", "product", "ship"})  # ship: a fleet's prefix ("Skandi")


def make_and_model(text: str, tokens: Sequence[Token], i: int, j: int,
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


def newspaper_title(low: str) -> bool:
    """'Sunnmørsposten', 'Fjordtidende': a newspaper's name, whatever its first part is (the
    first part of an institution's must be a word: ``institution``)."""
    return any(low.endswith(e) and len(low) - len(e) >= 3 for e in NEWSPAPER_HEADS) \
        and not person_name(low)


def capitals_of_a_brand(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is written in capitals in a text that is not ('kjørte melk for TINE',
    'jobbet i ODD'): a firm's or a club's way of writing its name; a person's name is so
    written only in a reference list ('BERG, A.'), as initials ('LC') or as a speaker's
    label in a transcript ('KARI: ja')."""
    word = tokens[i].text
    if len(word) < 3 or not word.isupper() or sum(c.isupper() for c in text) * 3 > sum(
            c.isalpha() for c in text):
        return False
    return not re.match(r"\s*(?:,\s*[A-ZÆØÅ]\.|:)", text[tokens[i].end:])
