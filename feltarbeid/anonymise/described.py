"""Names the sentence itself says are a thing: a band, a brand, a series, a horse.

Writers explain what a named thing is in the same breath, and that explanation is the
surest sign a capitalised word is no person and no Norwegian place:

- an apposition: 'Kvitveis, et lokalt band', 'lykkeland den serien du vet';
- a predicate: 'Ringnes og Mack var de eneste ølmerkene', 'Solrik er et klesmerke';
- a name given the other way round: 'Storm het hesten', 'Dokka heitte kua'; one picked
  out of the animals just named: 'fire kyr, og den eldste heter dagros';
- an article before a town's name: 'en gammel Dovre' (a stove; a town is neuter: 'et nytt
  Bergen');
- what someone drinks or eats: 'Hun drakk Sunniva appelsinjuice', 'vi drakk bare voss';
- a quantity of it: 'masse ravn oppe ved steinbruddet', 'mye sol'; a bird in the definite
  form: 'Lerka kom tilbake i mars';
- a bay frozen over, a hearth: 'Vika var islagt hele januar', 'ved grua';
- a company named like someone where the words say company: 'melk fra Tine', 'fant
  jobben på Finn', 'Yr sa sol', 'Ringnes eller Mack', 'Scandic og Thon hadde ledige rom';
  the sun that shines, the flea that bites, a festival among festivals.

Only kinds no person is said to be are used (never 'en venn', 'lege', 'sjef'), and not
storms or businesses after 'var' ('Kari var en storm av energi' is a person).
"""

from __future__ import annotations

from collections.abc import Sequence

from . import gazetteer as gz
from .named_things import CALLED_BY_SOMEONE
from .slots import (
    CALLED,
    PEOPLE_PLURALS,
    kin_word,
    role_word,
    speaks_of_municipality,
)
from .spans import Token
from .words import (
    ARTICLES,
    MAKE_ADJECTIVES,
    NAMED_BUSINESSES,
    SIN_POSSESSIVES,
    SUBJECT_PRONOUNS,
    THING_NOUNS,
)

# kinds of thing a name can be said to be (with their compounds: 'ølmerkene', 'tv-serien')
KIND_HEADS = (
    "band", "bandet", "banda", "bandene", "serie", "serien", "seriar", "serier", "seriane",
    "seriene", "program", "programmet",
    "programserie", "app", "appen", "merke", "merket", "merker", "merkene", "merka",
    "merkane", "firma", "firmaet", "bedrift", "bedrifta", "bedriften", "selskap", "selskapet",
    "forlag", "forlaget", "avis", "avisa", "avisen", "blad", "bladet", "magasin", "magasinet",
    "tidsskrift", "tidsskriftet", "låt", "låta", "låten", "film", "filmen", "roman",
    "romanen", "spill", "spillet", "spel", "spelet", "festival", "festivalen", "butikk",
    "butikken", "kjede", "kjeden", "kjeda", "kafé", "kafe", "kafeen", "kaféen", "hotell",
    "hotellet", "pensjonat", "pensjonatet", "restaurant", "restauranten", "pub", "puben",
    "produkt", "produktet", "klubb", "klubben", "podkast", "podkasten", "podcast",
    "podcasten", "nettside", "nettsida", "nettsiden", "plate", "plata", "plateselskap",
    "album", "albumet",
)
# the kinds after 'var'/'er': no storm, no business (a person can be 'en storm', 'et helt
# orkester'); bands, series, brands and titles only
_PREDICATE_HEADS = (
    "band", "bandet", "banda", "bandene", "serie", "serien", "serier", "seriene", "seriar",
    "seriane", "program", "programmet", "app", "appen", "merke", "merket", "merker",
    "merkene", "merka", "merkane", "firma", "firmaet", "selskap", "selskapet", "forlag",
    "forlaget", "avis", "avisa", "avisen", "blad", "bladet", "magasin", "magasinet",
    "tidsskrift", "tidsskriftet", "låt", "låta", "låten", "film", "filmen", "roman",
    "romanen", "spill", "spillet", "festival", "festivalen", "kjede", "kjeden", "kjeda",
    "produkt", "produktet", "podkast", "podkasten", "podcast", "podcasten", "plate", "plata",
    "album", "albumet", "lagene", "lagane", "klubbene", "klubbane",  # (not "laget": made)
    # trees and plants ('ask er det beste treet'; not a 'fugl' or a 'fisk': 'en rar fugl';
    # not 'tre': three)
    "treet", "treslag", "treslaget", "busk", "busken", "plante", "planta", "planten",
    "blomst", "blomsten", "urt", "urta", "sopp", "soppen",
)
_DETERMINERS = ARTICLES | {"den", "det", "de", "dei", "dem"}
_ADVERBS = frozenset({"jo", "bare", "berre", "liksom", "vel", "nok", "også", "òg", "egentlig",
                      "eigentleg", "altså", "faktisk", "kun", "alltid", "helst", "mest",
                      "gjerne", "aldri", "mye", "mykje", "da", "då", "no", "nå", "eh"})
_COPULAS = frozenset({"er", "var", "e", "blir", "ble", "blei", "vart"})
_INGESTING = frozenset({"drakk", "drikker", "drikk", "drukket", "drukke", "spiste", "spiser",
                        "åt", "røykte", "røyker", "røykjer", "smakte", "smaker",
                        # what one plays: 'vi spilte Yatzy'
                        "spilte", "spelte", "spiller", "spelar", "speler"})
# words that end the run of adjectives before a kind ('de eneste i bandet' says where)
_STOPS = frozenset({"i", "på", "av", "med", "for", "fra", "frå", "til", "hos", "om", "som",
                    "og", "eller", "ved", "under", "over", "etter", "mot", "sitt", "sin",
                    "si", "sine"})
_PREPOSITIONS = _STOPS - {"og", "eller", "som", "sitt", "sin", "si", "sine"}
# before a town's name only the neuter article stands ('et nytt Bergen'); 'en'/'ei' makes it
# a thing ('en gammel Dovre')
_ARTICLES_NOT_NEUTER = frozenset({"en", "ei", "ein"})
# (not 'noen', 'ingen': 'kjenner ikke noen Hodžić' is anyone of that name)
_QUANTITIES = frozenset({"masse", "massevis", "mye", "mykje", "mange", "mangfoldige",
                         "lite", "litt", "haugevis", "hundrevis", "tusenvis"})
_CONJUNCTIONS = frozenset({"og", "eller", "&"})


# forms that are participles or adjectives too, kinds only inside a compound ('Per er merket
# for livet', 'Kari er kjede av det'; 'klesmerket' is a brand)
_NOT_ALONE = frozenset({"merket", "merka", "kjede", "spill", "spel"})


def _kind(low: str, heads: Sequence[str]) -> bool:
    """A kind of thing, or a compound ending in one ('ølmerkene', 'tv-serien')."""
    return low in heads and low not in _NOT_ALONE or any(
        low.endswith(h) and len(low) >= len(h) + 2 for h in heads if len(h) >= 4)


def _after_determiners(tokens: Sequence[Token], k: int, heads: Sequence[str], *,
                       text: str = "") -> bool:
    """From token k: a determiner and up to two adjectives, or none, then a kind of thing
    ('et lokalt band', 'de eneste ølmerkene'; not 'hadde butikken', where a verb follows,
    nor 'var det festival', where 'det' is the subject). With ``text`` (an apposition) the
    kind must close it: a mark, the end, 'som' or a preposition after it (not 'Kari – den
    lokale avisa skrev om henne', where a new clause begins)."""
    n = len(tokens)
    if k < n and tokens[k].low in _DETERMINERS:
        if tokens[k].low == "det" and k + 1 < n and tokens[k + 1].low in heads:
            return False
        k += 1
    elif k < n and not _kind(tokens[k].low, heads):
        return False
    for _ in range(3):
        if k >= n:
            return False
        if _kind(tokens[k].low, heads):
            return not text or k + 1 >= n or tokens[k + 1].low in _STOPS \
                or text[tokens[k].end:tokens[k + 1].start].strip() != ""
        if tokens[k].capital or tokens[k].low in THING_NOUNS or tokens[k].low in _STOPS:
            return False
        k += 1
    return False


def _apposition(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Kvitveis, et lokalt band', 'lykkeland den serien du vet' (no name the lists know:
    a band called 'Kari' is rarer than Kari, a member of a band)."""
    k = j + 1
    if k >= len(tokens):
        return False
    raw = text[tokens[j].end:tokens[k].start]
    gap = raw.strip(" »\"")
    g = gz.load()
    if any(t.low in g.given or t.low in g.surnames for t in tokens[i:j + 1]):
        return False
    if gap in (",", "–", "-") and (gap == "," or " " in raw):  # (not 'Eggesvik-kafeen';
        # not '(…)', where a person's workplace stands: 'Kari Moe (firmaet)')
        return tokens[k].low not in ("de", "dei", "dem") \
            and _after_determiners(tokens, k, KIND_HEADS, text=text)
        # (not 'Bohdan, de driver butikken')
    if gap == "" and tokens[k].low in ("den", "det", "dei", "de"):
        m = k + 1
        return m < len(tokens) and _kind(tokens[m].low, KIND_HEADS) and (
            m + 1 >= len(tokens) or tokens[m + 1].low in ("du", "dere", "dokker", "dykk"))
        # ('lykkeland den serien du vet'; not 'kari det programmet hun laga')
    return False


def _predicate(tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Ringnes og Mack var de eneste ølmerkene', 'X er et band fra Bergen'; a list of
    names before the verb counts ('Ringnes og Mack')."""
    k = j + 1
    n = len(tokens)
    b = i  # the first name of a list the name ends ('I Sola og Randaberg er …')
    while b > 0 and tokens[b - 1].low not in _PREPOSITIONS \
            and (tokens[b - 1].capital or tokens[b - 1].low in _CONJUNCTIONS):
        b -= 1
    if b > 0 and tokens[b - 1].low in _PREPOSITIONS:
        return False  # 'i rauma var det festival', 'I Sola og Randaberg er historielagene
        # …': the place, then the verb, then its subject
    while k + 1 < n and tokens[k].low in _CONJUNCTIONS and tokens[k + 1].capital:
        k += 2  # the other names of a list
    if k >= n or tokens[k].low not in _COPULAS:
        return False
    k += 1
    while k < n and tokens[k].low in _ADVERBS:
        k += 1
    return _after_determiners(tokens, k, _PREDICATE_HEADS)


def _named_backwards(tokens: Sequence[Token], j: int) -> bool:
    """'Storm het hesten', 'Dokka heitte kua', 'Laika kalte vi hunden': the animal or thing
    after the naming verb (and its subject, who names)."""
    k = j + 1
    if k + 2 < len(tokens) and tokens[k].low in CALLED_BY_SOMEONE \
            and tokens[k + 1].low in SUBJECT_PRONOUNS:
        k += 1  # 'Laika kalte vi hunden' (not 'Kari kalte vi inn': no animal after)
    return k + 1 < len(tokens) and (tokens[k].low in CALLED or k > j + 1) \
        and (tokens[k + 1].low in THING_NOUNS or tokens[k + 1].low in NAMED_BUSINESSES) \
        and tokens[k + 1].low.endswith(("en", "a", "et"))


_PEOPLE_WORDS = PEOPLE_PLURALS | frozenset({
    "jenter", "jentar", "gutter", "gutar", "unger", "ungar", "ungane", "ungene", "døtre",
    "døtrer", "søner", "sønner", "tvillinger", "tvillingar", "barnebarn", "barn", "born"})
_PICKED = frozenset({"eldste", "yngste", "minste", "største", "første", "fyrste", "siste",
                    "beste", "andre", "gamle", "nyaste", "nyeste", "eine", "ene"})


def _one_of_the_animals(tokens: Sequence[Token], i: int) -> bool:
    """'vi hadde fire kyr og den eldste heter dagros': one picked out of the animals or
    things just named (not where a person or kin is named nearer: 'to jenter, og den
    eldste heter Kari')."""
    if i < 4 or tokens[i - 1].low not in CALLED or tokens[i - 2].low not in _PICKED \
            or tokens[i - 3].low not in ("den", "det", "dei", "de"):
        return False
    for k in range(i - 4, max(-1, i - 12), -1):
        low = tokens[k].low
        if low in THING_NOUNS:
            return True
        if kin_word(low) or role_word(low) or low in _PEOPLE_WORDS:
            return False
    return False


def _ingested(tokens: Sequence[Token], i: int) -> bool:
    """'Hun drakk Sunniva appelsinjuice', 'vi drakk bare voss på flaske': the object of
    drinking or eating after its subject (a pronoun) is a brand, not someone."""
    k = i - 1
    while k >= 0 and tokens[k].low in _ADVERBS:
        k -= 1
    return k >= 1 and tokens[k].low in _INGESTING and tokens[k - 1].low in SUBJECT_PRONOUNS \
        and not (i + 1 < len(tokens) and tokens[i + 1].low in SIN_POSSESSIVES)
    # (not 'vi spiste Kari sin kake': whose cake)


def _quantity(tokens: Sequence[Token], i: int) -> bool:
    """'masse ravn', 'mange eik': a quantity of it (no one says 'mange Kari')."""
    return i > 0 and tokens[i - 1].low in _QUANTITIES and not tokens[i - 1].capital


def _article_before_town(text: str, tokens: Sequence[Token], i: int) -> bool:
    """'Ovnen vår er en gammel Dovre', 'ein ny Voss': a make, not the town; in lower case
    any adjective ('en hel time', 'ei lita vik')."""
    k = i - 1
    if k >= 0 and (tokens[k].low in MAKE_ADJECTIVES or not tokens[i].capital
                   and not tokens[k].capital and tokens[k].low not in _STOPS
                   and tokens[k].low not in _DETERMINERS):
        k -= 1
    return k >= 0 and tokens[k].low in _ARTICLES_NOT_NEUTER \
        and text[tokens[i].end:tokens[i].end + 1] != "-"  # ('en Voss-gut')


_FOODS = frozenset({"melk", "mjølk", "melka", "mjølka", "brunost", "brunosten", "geitost",
                    "ost", "osten", "smør", "smøret", "yoghurt", "brød",
                    "brødet", "kjøtt", "kjøttet", "fisk", "fisken", "egg", "øl", "ølet",
                    "brus", "brusen", "juice", "juicen", "kaffe", "kaffen", "is", "isen",
                    "sjokolade", "sjokoladen", "pølser", "pølse", "fôr", "fôret", "rømme"})
_MARKET_WORDS = frozenset({"annonse", "annonsen", "annonser", "jobben", "jobb", "solgte",
                           "selge", "selje", "selde", "kjøpte", "kjøpe", "leilighet",
                           "leiligheten", "bolig", "boligen", "bruktbil", "hybel", "hybelen"})
_FORECAST_VERBS = frozenset({"sa", "meldte", "melder", "varsla", "varslet", "varslar",
                             "varsler", "lova", "lovet", "lovte", "viste", "viser", "sier",
                             "seier"})
_WEATHER = frozenset({"sol", "sola", "regn", "regnet", "snø", "snøen", "vind", "storm", "uvær",
                     "opphold", "grader", "kuldegrader", "varmegrader", "skyer", "overskya",
                     "nedbør", "pent", "tåke", "sludd", "byger", "kuling"})


# companies and sites that are given names or surnames too
_COMPANIES = frozenset({"tine", "finn", "nora", "freia", "mack", "ringnes", "synnøve",
                        "jordan", "regal", "solo", "kavli", "mills", "gilde", "prior", "thon",
                        "hansa", "aass", "idun"})
# what the dairy company does with dairies and milk
_DAIRY_DOES = frozenset({"hadde", "har", "la", "legger", "kjøpte", "kjøper", "betalte",
                         "betaler", "eier", "eide", "eigde", "drev", "driv", "driver",
                         "stengte", "bygde", "bygget"})
# beers, hotels and festivals named like people or places, and the words that say which
_BEERS = frozenset({"ringnes", "mack", "aass", "hansa", "frydenlund", "borg", "dahls", "tou"})
_HOTEL_WORDS = frozenset({"hotell", "hotellet", "hotel", "rom", "rommet", "resepsjonen",
                          "scandic", "clarion", "radisson", "overnatta", "overnattet",
                          "helga", "natta"})
_BEER_ENDS = ("øl", "ølet", "ølen", "ølene", "øla", "pils", "pilsen", "bokkøl")
# (not 'øya', 'hove': an island and a farm first)
_FESTIVALS = frozenset({"bukta", "landskappleiken"})
# ('kom', 'gikk' only with 'fram', 'ned': 'Sola kom med et forslag' is the municipality)
_SUN_VERBS = frozenset({"skinte", "skein", "skinner", "skin", "steikte", "stekte", "varma",
                        "varmet", "varmer", "forsvant", "forsvann", "glitra", "glitret",
                        "brant", "brente"})
_FLEA_WORDS = frozenset({"hunden", "bikkja", "katten", "bitt", "beit", "bet", "biter",
                         "hoppa",
                         "hoppet", "klødde", "fjøset", "senga", "pelsen", "grønsåpe",
                         "grønnsåpe", "kløe", "ungen"})


def _everyday_thing(tokens: Sequence[Token], i: int) -> bool:
    """A word that names the sun, the flea or a festival where the words around say so:
    'Sola skinte', 'loppa hadde bitt hunden', 'på Øyafestivalen og på Bukta'."""
    low = tokens[i].low
    prev = tokens[i - 1].low if i > 0 else ""
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    nxt2 = tokens[i + 2].low if i + 2 < len(tokens) else ""
    if low in ("sola", "solen") and prev not in ("i", "på", "til", "fra", "frå") and (
            nxt in _SUN_VERBS or nxt in ("kom", "gikk", "gjekk") and nxt2 in (
                "fram", "ned", "opp", "bak")):
        return True  # 'Sola skinte hele uka', 'sola kom fram': the sun (not 'Sola kom med
        # et forslag': the municipality)
    if low == "loppa" and prev not in ("i", "på", "til", "fra", "frå", "ut") \
            and any(t.low in _FLEA_WORDS for t in tokens[i + 1:i + 9]) \
            and not speaks_of_municipality(tokens):
        return True  # 'loppa hadde bitt hunden': the flea
    # 'på Øyafestivalen i august og på Bukta året før'
    return low in _FESTIVALS and any(
        t.low.endswith(("festival", "festivalen", "festivaler", "festivalar"))
        or t.low == "riddu" for t in tokens)


def _company_named_like_someone(tokens: Sequence[Token], i: int) -> bool:
    """A company that is a given name too, where the words say company: 'melk fra Tine',
    'fant jobben på Finn', 'Ringnes eller Mack', 'rom på Thon'; the weather service: 'Yr
    sa sol'."""
    low = tokens[i].low
    prev = tokens[i - 1].low if i > 0 else ""
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if low == "yr":
        return nxt in _FORECAST_VERBS and any(t.low in _WEATHER for t in tokens)
    if low not in _COMPANIES:
        return False
    if low == "tine" and nxt in _DAIRY_DOES and any(
            t.low.startswith(("meieri", "melk", "mjølk")) for t in tokens[i + 2:i + 6]):
        return True  # 'Tine hadde meieri her', 'Tine kjøpte melka vår' (not 'Tine jobba på
        # meieriet': a woman at the dairy)
    beer = any(t.low.endswith(_BEER_ENDS) for t in tokens)
    listed = [tokens[k].low for k in (i - 2, i + 2) if 0 <= k < len(tokens)
              and tokens[(i + k) // 2].low in ("og", "eller")]
    if low in _BEERS and (any(w in _BEERS for w in listed) or nxt.endswith(_BEER_ENDS)
                          or prev in ("fra", "frå", "drakk") and beer):
        return True  # 'Ringnes eller Mack', 'Aass bokkøl', 'juleølet fra Hansa' (not
        # 'Ringnes sa at ølet var godt': someone of that name)
    if low == "thon" and (prev in ("på", "til", "fra") and any(
            t.low in _HOTEL_WORDS for t in tokens) or any(w in _HOTEL_WORDS for w in listed)):
        return True  # 'rom på Thon', 'Scandic og Thon' (not 'delte rom med Thon')
    if prev in ("fra", "frå", "til") and i > 1 and tokens[i - 2].low in _FOODS:
        return True
    return prev == "på" and any(t.low in _MARKET_WORDS for t in tokens[max(0, i - 7):i])
    # ('fant jobben på Finn'; not 'ventet på Finn for å kjøpe leiligheten')


# a bay, a river or a lake in the definite form, and what the weather makes of it
_WATERS_DEFINITE = frozenset({"vika", "viken", "bukta", "bukten", "elva", "elven", "vatnet",
                              "vannet", "tjønna", "tjernet", "fjorden", "sjøen", "hamna",
                              "havna", "havnen", "kilen", "pollen", "sundet", "osen", "våga",
                              "bekken", "dammen", "isen"})
# (not 'frosen', 'stille': 'Vika var frosen etter turen' is a cold girl)
_WATER_STATES = frozenset({"islagt", "islagd", "gjenfrosset", "gjenfrose", "gjenfrosen",
                           "tilfrosset", "tilfrosen", "isfri", "oversvømt", "oversvømmet",
                           "flomstor", "speilblank"})
_SEA_THINGS = frozenset({"tang", "tare", "is", "isflak", "måker", "måke", "måser", "måsar",
                         "måsen", "måkene", "måsene", "båter", "fisk",
                         "sild", "maneter", "manet", "sjøgras", "plast"})
_HEARTH = frozenset({"grua"})  # (not "grue": Grue is a municipality)


def _water_frozen(tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Vika var islagt hele januar', 'Vika ble gjenfrosset': the bay, not someone named
    Vika (a named lake keeps its name: 'Mjøsa var islagt' is no definite noun)."""
    if i != j or tokens[i].low not in _WATERS_DEFINITE:
        return False
    k = i + 1
    if k < len(tokens) and tokens[k].low in _COPULAS:
        k += 1
        while k < len(tokens) and tokens[k].low in _ADVERBS | {"heilt", "helt", "nesten"}:
            k += 1
        frozen_to = k < len(tokens) and tokens[k].low in (
            "frosen", "frossen", "frosset", "frose") and any(
            t.low in ("brygga", "bryggja", "land", "kaia", "strand", "stranda")
            for t in tokens[k + 1:k + 6])  # 'frosen heilt inn til brygga'
        return k < len(tokens) and (frozen_to or tokens[k].low in _WATER_STATES
                                    or tokens[k].low == "full"
                                    and k + 2 < len(tokens) and tokens[k + 1].low == "av"
                                    and tokens[k + 2].low in _SEA_THINGS)
    return False


def _hearth(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Lower-case 'ved grua', 'rundt grua': the hearth (Grua the village is 'på Grua')."""
    return i == j and tokens[i].low in _HEARTH and not tokens[i].capital \
        and (i == 0 or tokens[i - 1].low != "på")


# birds and beasts in the definite form: 'Lerka kom tilbake i mars', 'havsula sat på skjeret'
_DEFINITE_ANIMALS = frozenset({"lerka", "tjelden", "gjøken", "svala", "svalene", "linerla",
                               "stæren", "vipa", "måsen", "måken", "havsula", "ørna", "ørnen",
                               "ramnen", "ravnen", "kråka", "skjæra", "ugla", "haren", "reven",
                               "bjørnen", "elgen", "hjorten", "selen", "oteren",
                               "gauka", "rypa", "orrhanen", "tiuren", "spurven", "meisen",
                               # and creatures of the tales: 'Fjøsnissen fekk graut'
                               "fjøsnissen", "gardvoren", "tomten", "trollet", "huldra",
                               "draugen", "nøkken", "fossegrimen"})


def described_as_thing(text: str, tokens: Sequence[Token], i: int, j: int,
                       label: str) -> bool:
    """Whether the sentence says the name at tokens i..j is a thing (module doc)."""
    if _apposition(text, tokens, i, j) or _predicate(tokens, i, j) or _named_backwards(tokens, j):
        return True
    if i == j and _one_of_the_animals(tokens, i) or _water_frozen(tokens, i, j) \
            or _hearth(tokens, i, j):
        return True
    if _ingested(tokens, i) or i == j and (_company_named_like_someone(tokens, i)
                                           or _everyday_thing(tokens, i)):
        return True
    if label in ("MUNICIPALITY", "PLACE") and i == j and _article_before_town(text, tokens, i):
        return True
    return label == "PERSON" and i == j and (
        _quantity(tokens, i) or tokens[i].low in _DEFINITE_ANIMALS
        and tokens[i].low not in gz.load().given and tokens[i].low not in gz.load().surnames)
