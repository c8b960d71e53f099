"""Animals, boats, storms, stars and species given a name: 'Kua het Dagros', 'båten
heitte «Havsula»', 'MS «Fjordbris»', 'stormen dagmar', '(Rissa tridactyla)'."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from . import gazetteer as gz
from .brands import GOVERNING, VEHICLE_BRANDS, a_car, firm_before
from .myths import REACH
from .namesakes import WINDOW as NAMESAKE_WINDOW
from .slots import (
    CALLED,
    COPULAS,
    HESITATIONS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OWNS_OR_WORKS,
    PEOPLE_PLURALS,
    kin_word,
    past_verb,
    person_evidence,
    present_verb,
    relative_subject,
    role_word,
    weak_past,
)
from .spans import Hit, Token, all_lower, near_in_sentence
from .things import genitive_of_name, listed_kind, listed_ship, person_name
from .words import (
    ANIMAL_WORDS,
    ARTICLES,
    DISHES_NAMED_AFTER,
    MODAL_WORDS,
    NAMED_BUSINESSES,
    NAMED_THING_HEADS,
    ORG_BEFORE,
    OWNERS,
    SIN_POSSESSIVES,
    SPOKEN_PREPOSITIONS,
    STOPWORDS,
    STORM_WORDS,
    STORMS,
    SUBJECT_PRONOUNS,
    THING_HEADS,
    THING_NOUNS,
    TITLES,
)

# verbs that give a name: 'het', 'heitte', 'kalte vi', 'døypte'
NAMING_VERBS = frozenset({"het", "hette", "heitte", "heter", "heiter", "hiet", "kalte", "kalla",
                          "kaller", "kallar", "kalt", "kalle", "døpte", "døypte", "døyper", "døper",
                          "døpe", "døype", "heite", "hete", "døpt", "døypt"})
# naming verbs with the one who names as their subject ('kalte vi', 'døypte dei'): their
# object may be 'den' or 'dem', a thing or animals named
CALLED_BY_SOMEONE = frozenset({"kalte", "kalla", "kaller", "kallar", "døpte", "døypte"})
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
                      "då", "no", "nå", "sjølvsagt", "selvsagt"})
# what a boat's name follows: 'MS Fjordbris', 'M/S «Kong Olav»', 'DS Skibladner'
_VESSEL = re.compile(r"(?<!\w)(?:M/?[SFKY]|D/?S|MK|KNM|RS|MT|FV)\s*[«\"]?\s*$")


def thing_noun(low: str) -> bool:
    """An animal, a boat, a vehicle, a business or a thing that people name ('kua',
    'fiskebåten', 'volvoen', 'ein kafé', 'en storm')."""
    return low in THING_NOUNS or low in NAMED_BUSINESSES \
        or len(low) >= 7 and low.endswith(THING_HEADS) \
        or low.endswith("en") and low[:-2] in VEHICLE_BRANDS  # 'volvoen'


# a thing after these is where someone is, not what is named ('skipperen på båten het X')
_PLACE_OF_SOMEONE = GOVERNING | {"om"}


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
    if i > 0 and text[tokens[i - 1].end:tokens[i].start] == " " \
            and (tokens[i - 1].low in _ROYAL or tokens[i - 1].low in ("anna", "inga")
                 or tokens[i - 1].low in _NAME_TITLES and i > 1
                 and (tokens[i - 2].low in NAMING_VERBS or tokens[i - 2].low == "for")
                 or tokens[i - 1].low in _NAME_ADJECTIVES
                 or tokens[i - 1].capital and tokens[i - 1].low in NUMBER_WORDS
                 or _quoted_title(text, tokens, i - 1)) \
            and _thing_named(text, tokens, i - 1):
        return True  # 'ferja het prinsesse ragnhild', 'skøyta het anna marie', 'kafé som
        # heter «Fru Berit»', 'Katten heter Herr Nilsson', 'et bryggeri som het Tre Kråker':
        # the name's second word, after a royal title, a given name that is a word too, not
        # found as a name itself (not 'hans': 'båten hans Per' is his), a capitalised number,
        # a title opening the quotation or right after the naming verb
    return _thing_named(text, tokens, i)


# bare nouns of businesses that open their names ('Salong Anette', 'Hotell Kong Carl', 'Kafé
# Hilde'): no article, no ending (a trade is not among them: 'frisør Hansen' may be she)
_BUSINESS_BEFORE_ITS_NAME = frozenset({"salong", "hotell", "kafé", "kafe", "café", "pensjonat",
                                       "konditori", "bakeri", "restaurant", "pizzeria"})
# verbs of putting an animal down
_PUT_DOWN = frozenset({"avlive", "avliva", "avlivet", "avlivte", "avlives", "avlivast"})
# possessives between an animal's noun and its name ('kua vår dagros')
_OWN_ONE = frozenset({"vår", "vårt", "min", "mi", "mitt", "din", "di", "ditt"})


# what stands before 'av' and the animals or things one of which is named ('ei av kyrne')
_ONE_OF = frozenset({"en", "ei", "ein", "eit", "et", "ett", "den", "ingen", "ingi", "kvar",
                     "hver", "to", "tre"})
# titles and kin that open a thing's name right after the naming verb ('Katten heter Herr
# Nilsson', 'kalla robotklipparen for Herr Grøn'; not 'Bilen tante Gerda kjørte')
_NAME_TITLES = frozenset({"herr", "fru", "frøken", "tante", "onkel", "mor", "far"})
# adjectives that open an animal's or a boat's name ('Lilla Gubben', 'svarte maja')
_NAME_ADJECTIVES = frozenset({"lilla", "svarte", "svart", "kvite", "hvite", "raude", "røde",
                              "brune", "gule", "grå", "blå", "vesle", "lille", "gamle",
                              "store", "brisk", "vakre", "snille", "sinte", "rask", "raske"})


def _quoted_title(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Token k is a title, a word of kin or of age opening a quotation ('«Tante Olga»',
    '«Fru Berit»', '«Gamle Ingeborg»')."""
    low = tokens[k].low
    return text[tokens[k].start - 1:tokens[k].start] in ("«", '"') \
        and (low in TITLES or kin_word(low) or low in ("gamle", "lille", "vesle", "store"))


# what may follow the last of the names where no article stands before it: the clause ends
_CLAUSE_GOES_ON = frozenset({"og", "men", "for", "så", "som", "fordi", "eller"})


def _variety_or_model(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is what a plant, an animal or a thing is, right after the copula whose
    subject that thing opens the clause with ('Plommetreet er ein Victoria', 'Kompasset er
    eit gammalt Silva', 'Potetene våre er Beate og Kerrs Pink', 'plommene er victoria og
    opal'): a variety or a make (not a business or a project, which has people: 'Leiar for
    prosjektet er Aino Kangasniemi'). Without an article the names must end the clause, since
    a subject follows the copula when the thing is an object put first ('Hunden er Kari
    glad i', 'Bilen var Hansen sin' stay)."""
    k, article = i - 1, False
    if k >= 1 and tokens[k].low in ARTICLES:
        k, article = k - 1, True
    elif k >= 2 and tokens[k - 1].low in ARTICLES and not tokens[k].capital \
            and tokens[k].low not in STOPWORDS:
        k, article = k - 2, True  # ('eit gammalt Silva')
    if k < 1 or tokens[k].low not in COPULAS:
        return False
    m = k - 1
    if m >= 1 and tokens[m].low in OWNERS:
        m -= 1
    if not thing_noun(tokens[m].low) or tokens[m].low in NAMED_BUSINESSES \
            or a_person_word(tokens[m].low) or not (
            tokens[m].sentence_start or m > 0 and (
                tokens[m - 1].low in ("og", "men", "så", "at", "fordi")
                or text[tokens[m - 1].end:tokens[m].start].strip() in (",", ";"))):
        return False
    e = i  # the last of the names ('Beate og Kerrs Pink', 'Gul Richard og Raud Gravenstein')
    while e + 1 < len(tokens) and (
            tokens[e + 1].capital and text[tokens[e].end:tokens[e + 1].start] == " "
            or tokens[e + 1].low in ("og", "eller") and e + 2 < len(tokens)
            and tokens[e + 2].capital and not tokens[i].sentence_start):
        e += 1 if tokens[e + 1].capital else 2
    after = text[tokens[e].end:tokens[e + 1].start] if e + 1 < len(tokens) else "."
    if e + 1 < len(tokens) and tokens[e + 1].low in SIN_POSSESSIVES or after.startswith("'") \
            or any(genitive_of_name(tokens[n].low) for n in range(i, e + 1)
                   if n == e or not tokens[n + 1].capital):
        return False  # 'Båten er Kari og Ola sin', 'Hytta var Hansens'
    if e + 1 < len(tokens) and after == " " and (
            past_verb(tokens[e + 1].low) or weak_past(tokens[e + 1].low)
            or present_verb(tokens[e + 1].low)):
        return False  # 'Epletreet var eit Kari planta': the subject of a relative clause
    return article or e + 1 == len(tokens) or tokens[e + 1].sentence_start \
        or after.strip() != "" or tokens[e + 1].low in _CLAUSE_GOES_ON


def _name_then_thing(tokens: Sequence[Token], i: int) -> bool:
    """The name at token i comes first, then the naming verb and the thing it names ('«James
    Grieve» het det gamle treet', 'Dagros heitte kua'; not 'Per het den eldste sønnen', a
    person)."""
    e = i
    while e + 1 < len(tokens) and tokens[e + 1].capital and not tokens[e + 1].sentence_start:
        e += 1
    k = e + 1
    if k >= len(tokens) or tokens[k].low not in NAMING_VERBS or tokens[k].sentence_start:
        return False
    k += 1
    if k < len(tokens) and tokens[k].low in ("det", "den", "de", "dei"):
        k += 1
        if k + 1 < len(tokens) and not thing_noun(tokens[k].low) and not tokens[k].capital:
            k += 1  # ('det gamle treet')
    return k < len(tokens) and thing_noun(tokens[k].low) and not a_person_word(tokens[k].low) \
        and tokens[k].low not in NAMED_BUSINESSES


# words for someone, before a place's preposition ('en i butikken som het …', 'han i
# butikken')
_SOMEONE = SUBJECT_PRONOUNS | OBJECT_PRONOUNS | frozenset({
    "en", "ei", "ein", "noen", "nokon", "folk", "alle", "ingen", "mange", "flere", "fleire",
    "den", "dem", "seg"})


def _someone(tok: Token) -> bool:
    """A person's noun, a name or a word for someone ('Treneren', 'mannen', 'Kari', 'en')."""
    low = tok.low
    return tok.capital and not tok.sentence_start or low in _SOMEONE \
        or a_person_word(low) or role_word(low) or kin_word(low)


def _first_listed(text: str, tokens: Sequence[Token], i: int) -> int:
    """The first of the capitalised names listed with token i before it ('Dagros' for
    'Fagerlin' in 'Dagros, Stjerne og Fagerlin'), or i."""
    k = i
    while k > 0 and i - k < 8:
        gap = unquoted(text[tokens[k - 1].end:tokens[k].start]).strip()
        if text[tokens[k - 1].end:tokens[k].start] == " " and tokens[k - 1].capital \
                and not tokens[k - 1].sentence_start and k < i:
            k -= 1  # a name of two words listed before ('Burger King og Max')
        elif gap == "," and tokens[k - 1].low == "s" and k > 1 and tokens[k - 2].capital \
                and text[tokens[k - 2].end:tokens[k - 1].start] in ("'", "’"):
            k -= 2  # a name with its 's ('McDonald's, Burger King og Max')
        elif gap == "," and tokens[k - 1].capital:
            k -= 1  # (quoted names too: '«Gunnhild», «Elida» og «Ingeborg»')
        elif gap == "" and tokens[k - 1].low in ("og", "eller") and k > 1 \
                and (tokens[k - 2].capital or not tokens[i].capital
                     and tokens[k - 2].low not in STOPWORDS and _list_ends(tokens, i)) \
                and unquoted(text[tokens[k - 2].end:tokens[k - 1].start]) == " ":
            k -= 2  # (lower-case speech: 'hønene heter ingrid og sofie')
        else:
            break
    return k


def unquoted(gap: str) -> str:
    """The text between two words without its quotation marks ('», «' -> ', ')."""
    return gap.replace("«", "").replace("»", "").replace('"', "")


def _list_ends(tokens: Sequence[Token], i: int) -> bool:
    """Token i ends a list of names: the sentence ends or another clause starts with 'og'
    after it ('hønene heter ingrid og sofie og hanen …'; not 'kua het dagros og per kom
    inn': a verb after a name makes it a subject)."""
    return i + 1 == len(tokens) or tokens[i + 1].sentence_start \
        or tokens[i + 1].low in ("og", "men", "for", "fordi")


def _thing_named(text: str, tokens: Sequence[Token], i: int) -> bool:
    if _VESSEL.search(text[max(0, tokens[i].start - 8):tokens[i].start]):
        return True  # 'MS «Fjordbris»'
    gap = text[tokens[i - 1].end:tokens[i].start] if i > 0 else ""
    if i > 1 and gap == " " and tokens[i - 1].capital and (
            tokens[i - 1].low in TITLES or kin_word(tokens[i - 1].low)) \
            and text[tokens[i - 2].end:tokens[i - 1].start] == " " \
            and (len(tokens[i - 2].low) >= 7 and tokens[i - 2].low.endswith(THING_HEADS)
                 or tokens[i - 2].low in NAMED_BUSINESSES) \
            and not relative_subject(text, tokens, i):
        return True  # 'Blomsterbutikken Fru Blom', 'Klesbutikken Tante Gerda', 'Kafé Tante
        # Olga': a shop (not 'Kafeen tante Olga driver': the subject of a relative clause)
    if i > 0 and gap.strip(" «\"") == "" and thing_noun(tokens[i - 1].low) and (
            gap.strip(" ") or tokens[i - 1].low not in NAMED_BUSINESSES
            and not relative_subject(text, tokens, i)):
        return True  # 'hvalfangstskuta Polarbjørn', 'kua «Dagros»', 'kafeen «Solstrand»'
        # (not 'på butikken kari jobba i': a place, then a subject; not 'Bilen Kari kjørte
        # var ny': the car Kari drove)
    if i > 0 and gap == " " and tokens[i].capital and not tokens[i].sentence_start \
            and tokens[i - 1].low in ORG_BEFORE and (tokens[i - 1].low in STORMS
                                                     or not relative_subject(text, tokens, i)):
        return True  # 'Bandet Sement og Stein': the first of a band's names (capitals say
        # so; 'på butikken Kari jobba i' is rare in written text); 'ekstremværet Gyda kom'
    if i > 1 and gap == " " and tokens[i - 1].low in _OWN_ONE and thing_noun(tokens[i - 2].low) \
            and text[tokens[i - 2].end:tokens[i - 1].start] == " " \
            and i + 1 < len(tokens) and tokens[i + 1].low in ("han", "hun", "ho", "hu", "den") \
            and text[tokens[i].end:tokens[i + 1].start] == " ":
        return True  # 'kua vår dagros hun var den eldste', 'hunden vår passopp han var
        # redd': the animal named, then taken up by a pronoun
    if i > 0 and gap == " " and tokens[i - 1].low in _BUSINESS_BEFORE_ITS_NAME \
            and (i == 1 or tokens[i - 2].low not in ARTICLES) \
            and not relative_subject(text, tokens, i) \
            and [t.low for t in tokens[i + 1:i + 3]] not in (["og", "jeg"], ["og", "eg"]):
        return True  # 'salong anette har stengt', 'jobba på hotell kong carl': the bare
        # noun that opens a business's name (not 'ein kafé Kari dreiv', 'kafé Per eier',
        # 'satt på kafé ola og jeg': the subjects of a clause)
    if i > 0 and gap == " " and tokens[i - 1].low in _PUT_DOWN:
        return True  # 'Vi måtte avlive Tyson i fjor': only an animal is put down
    if i > 0 and gap == " " and tokens[i - 1].low in DISHES_NAMED_AFTER:
        return True  # 'crepes suzette', 'fettuccine alfredo': the dish (lower case too)
    if i > 2 and tokens[i - 2].low == "ved" and tokens[i - 1].low in ("navn", "namn") \
            and thing_noun(tokens[i - 3].low):
        return True  # 'en labrador ved navn Max'
    if i > 0 and (gap == " " or unquoted(gap) == " " and _things_before(tokens, i)) \
            and _figures_or_names_before(tokens, i) \
            and not _subject_of_a_clause(text, tokens, i):
        return True  # 'Karakterene Elsa, Anna og Olaf', 'hundenavn som Bella og Luna',
        # 'Skipsnavn som «Kong Olav»' (not 'navn som «Marit» og «Jonas» er pseudonymer':
        # quoted names named as names are informants')
    if i > 0 and gap == " " and tokens[i - 1].low.endswith(_WORKS_PLURAL) \
            and kind_of_things(tokens[i - 1].low) and i + 1 < len(tokens) and (
                tokens[i + 1].low in ("og", "eller")
                or text[tokens[i].end:tokens[i + 1].start].strip() == ",") \
            and not _subject_of_a_clause(text, tokens, i):
        return True  # 'britiske krimserier vera og morse', 'barnefilmer frost og biler': a
        # list of works right after their kind (not 'serier kari og per likte': the
        # subjects of a clause)
    if _animals_such_as(text, tokens, i):
        return True  # 'Politihunder som Aron og Odin beskrives …', 'kyr, som Rosa eller
        # Ingrid,': examples of animals in the plural (not 'hundene som Kari og Per passet')
    if i > 0 and gap == " " and firm_before(tokens[i - 1].low) \
            and not relative_subject(text, tokens, i):
        return True  # 'Legemiddelfirmaet Eli Lilly', 'reisebyrået berg hansen': a firm
        # named after its founder (not 'reisebyrået Kari jobba i')
    if i > 1 and gap.strip(" «\"") == ":" and (
            tokens[i - 1].low in _NAMES_AS_NAMES or thing_noun(tokens[i - 1].low)):
        return True  # 'tre katter: Milo, Nala og Tiger', 'Kyrne har alle navn: Rosa, …'
    if _name_then_thing(tokens, i):
        return True  # '«James Grieve» het det gamle treet', 'Dagros heitte kua'
    if _variety_or_model(text, tokens, i):
        return True  # 'Plommetreet er ein Victoria', 'Potetene våre er Beate og Kerrs
        # Pink', 'Kompasset er eit gammalt Silva': a variety, a make
    if _apposed_thing(text, tokens, i):
        return True  # 'Kasper, hunden vår, spring', 'Mons, katten vår, har lært seg'
    if i + 3 < len(tokens) and tokens[i + 1].low in ("er", "var") \
            and tokens[i + 2].low in _NAME_NOUNS and tokens[i + 3].low in ("på", "til") \
            and i + 4 < len(tokens) and thing_noun(tokens[i + 4].low):
        return True  # 'Papageno er namnet på papegøya vår'
    if i > 0 and gap.strip(" «\"") == ",":
        k = i - 1  # 'Hunden vår, Passopp, var redd', 'båten, «Maria», meir enn huset'
        while k >= 0 and i - k <= 2 and tokens[k].low in _BETWEEN:
            k -= 1
        closed = text[tokens[i].end:tokens[i].end + 3].strip(" »\"").startswith(",")
        plural = k == i - 1 and tokens[k].low.endswith(("er", "ar", "ene", "ane")) \
            and tokens[min(i + 1, len(tokens) - 1)].low in ("og", "eller")
        if k >= 0 and (k < i - 1 or closed or plural) and thing_noun(tokens[k].low) \
                and tokens[k].low not in NAMED_BUSINESSES:
            return True  # ('Traktoren, Gråtass, starta aldri', 'katten, Findus, forsvann')
    if i > 1 and tokens[i - 1].low in ("dem", "dei", "de") \
            and tokens[i - 2].low in CALLED_BY_SOMEONE \
            and _animals_before(tokens, i - 2):
        return True  # 'Vi fikk to kalver i vår og kalte dem Bamse og Skalman'
    k = i - 1  # 'katten kalte vi bare Pusur', 'Traktoren kalla me «Gråtassen»', 'kalte
    # traktoren for «Gamlingen»', 'den skulle hete eh elsa'
    while k >= 0 and i - k <= 5 and (tokens[k].low in _BETWEEN or tokens[k].low == "for"
                                     or tokens[k].low in HESITATIONS
                                     or thing_noun(tokens[k].low)):
        k -= 1
    if k > 0 and tokens[k].low in _NAME_NOUNS and (
            thing_noun(tokens[k - 1].low) or tokens[k - 1].low == "den"):
        return True  # 'gav kanarifuglen namnet Caruso', 'har gitt den navnet «Elsa»': a
        # thing or an animal is given the name (a person is 'han', 'henne')
    if k > 0 and tokens[k].low in _NAME_NOUNS and tokens[k - 1].low in _GIVEN_A_NAME:
        k -= 1  # 'Stormen fikk navnet «Ingunn»', 'kalven fekk namnet Dagros'
        if _its_subject(tokens, k):
            return True  # 'den har fått navnet «Helge»', 'Kalven som kom i går, fekk
            # namnet Snøkvit'
    elif k < 0 or tokens[k].low not in NAMING_VERBS:
        return False
    verb = k
    if any(thing_noun(tokens[m].low) for m in range(verb + 1, i)):
        return True  # 'vi kalte hunden for X'
    if verb >= 3 and tokens[verb].low in CALLED and thing_noun(tokens[verb - 1].low) \
            and tokens[verb - 2].low == "av" and tokens[verb - 3].low in _ONE_OF:
        return True  # 'Ei av kyrne heitte Gullros', 'En av hestene het Blakken'
    if verb >= 2 and tokens[verb - 1].low == "som" and thing_noun(tokens[verb - 2].low) \
            and text[tokens[verb - 2].end:tokens[verb - 1].start].strip() == ",":
        return True  # 'med katten, som heiter Mjau-Mjau': the relative clause after a comma
        # names the thing right before it
    if _its_subject(tokens, verb) or _thing_of_someone(tokens, verb):
        return True  # 'Kalven som kom i går, heitte …', 'hesten til datteren min heter …'
    head = verb  # the naming verb, or the modal before it ('katten skulle hete Elsa')
    while head > 0 and tokens[head - 1].low in MODAL_WORDS and head > verb - 2:
        head -= 1
    m, skipped = head - 1, False
    while m > max(-1, head - 5 - 2 * skipped):
        low = tokens[m].low
        if thing_noun(low) and m > 1 and tokens[m - 1].low in _PLACE_OF_SOMEONE \
                and tokens[m + 1].low == "som" and not _someone(tokens[m - 2]):
            return True  # 'hun jobba i blomsterbutikken som het Hildes Blomster', 'Vi kjøpte
            # fisk frå fiskebilen som heitte «Sjøbuda»': no one before the place and its
            # clause, whom the clause might name ('Treneren i klubben som heter Nils')
        if thing_noun(low) and m > 0 and (
                tokens[m - 1].low in _PLACE_OF_SOMEONE
                or m == head - 1 and (tokens[m - 1].low in _HELD or past_verb(tokens[m - 1].low))):
            return False  # 'Skipperen på båten het Nils', 'Treneren i klubben heter Nils',
            # 'Mannen som eide kua het Nils': someone on the boat, in the club, owning it
        if thing_noun(low) or a_car(tokens, m):
            return True  # 'Kua het Dagros', 'ein hund som heitte balder', 'en gammel
            # Volvo som han kalte Grålle'
        if not skipped and m >= 2 and tokens[m - 1].low in SPOKEN_PREPOSITIONS \
                and tokens[m + 1].low == "som" and not thing_noun(low):
            m, skipped = m - 2, True  # 'ein terapihund på avdelinga som heter Luna': the
            continue  # animal before where it is
        if low in ("og", "men") and m == head - 2 and m > 0 \
                and tokens[head - 1].low in ("han", "hun", "ho", "hu") \
                and thing_noun(tokens[m - 1].low) and not _more_names(tokens, i):
            return True  # 'Vi har ein dobermann, og han heiter Zeus', 'golden retriever og
            # hun heter bella': the pronoun is the animal named just before (not 'en valp
            # av naboen, og han heter Leo': the neighbour; not 'hund og han het per ole':
            # a given name and another, a person's)
        if low not in _BETWEEN and low not in ("han", "hun", "ho", "hu", "ble", "blei",
                                                 "vart", "blir", "vert", "har", "hadde",
                                                 "ha") and not kin_word(low):
            # ('ein Lego-robot som han har kalla Bjarne', 'en elsykkel som ungene har døpt
            # bertil')
            break  # ('Hesten ble kalt «Storegutten»')
        m -= 1
    if _mine_of_them(tokens, verb):
        return True  # 'alle hadde en Furby, og min het Bobby'
    if _another_of_them(tokens, verb) or _it_is_called(tokens, head):
        return True  # 'kua het dagros og den andre het litago'
    between = [t.low for t in tokens[verb + 1:i]]
    if (tokens[verb].low in CALLED_BY_SOMEONE or tokens[verb].low in _CALLED_IN_THE_PERFECT) \
            and (_it_fronted(tokens, verb) or "den" in between and len(between) <= 4
                 and all(w in _IT_CALLED_GAP for w in between)):
        return True  # 'en sel …, den kalte vi Sigurd', 'kalla dei den for Gamlingen', 'vi
        # kalte den bare Zoe', 'har døpt den «Elsa»': 'den' is an animal or a thing (a person
        # is 'han', 'ho', 'henne'; not 'kalte den nye gutten Per': a determiner)
    return tokens[verb].low in CALLED and _thing_subject(tokens, head)


# figures of books, films and games, and names as names ('Karakterene Elsa og Anna',
# 'Kjæledyrenes navn, som Bella og Max'): no one of the study
_FIGURES = frozenset({"karakterene", "karakterane", "karakterer", "karakterar", "karakteren",
                      "figurene", "figurane", "figurer", "figurar", "figuren",
                      "rollefigurene", "rollefigurane", "rollefigurer", "rollefiguren",
                      "barnebokfigurer", "barnebokfigurar", "barnebokfigurene",
                      "seriefigurer", "seriefigurene", "tegneseriefigurer",
                      "tegneseriefigurene", "tegneseriefiguren", "eventyrfigurer",
                      "eventyrfigurene", "spillfigurer", "spillfigurene", "hundenavn",
                      "hundenavnene", "hundenamn", "kattenavn", "kattenamn", "kjæledyrnavn",
                      "kjæledyrnamn", "dyrenavn", "dyrenamn"})
# storms' nouns in the plural, before their names ('Ekstremværene Tor og Urd')
_STORMS_LISTED = frozenset(w for w in STORM_WORDS if w.endswith(("ene", "ane", "a")))
_NAMES_AS_NAMES = frozenset({"navn", "namn", "navnene", "namna", "hestenavn", "hestenamn",
                             "kvinnenavn", "kvinnenamn", "mannsnavn", "mannsnamn",
                             "jentenavn", "jentenamn", "guttenavn", "guttenamn", "båtnavn",
                             "båtnamn", "kunavn", "kunamn", "dyrenavn", "dyrenamn",
                             # songs ('fekk namn etter songar: Delilah, Roxanne og Angie')
                             "songar", "låtar", "låter", "sangtitler", "sangtitlar"})
# kinds of things no person is one of, before 'som' and the names of some ('produsenter som
# Yamaha og Roland', 'programvare som Dalet'); never 'forfattere som', a person's kind
_THINGS_SUCH_AS = frozenset({"produsenter", "produsentar", "programvare", "programvarer",
                             "merker", "merke", "merkevarer", "bilmerker", "bilmerke",
                             "klesmerker", "klesmerke", "apper", "appar", "kjeder",
                             "kjedar", "dataspill", "tv-serier", "tv-seriar", "serier",
                             "sangene", "songane", "låtene", "låtane",
                             "seriar", "filmer", "filmar", "bøker", "bøkene", "leker",
                             "leiker", "snacks", "plattformer", "plattformar", "nettsteder",
                             "nettstader", "aviser", "avisar", "magasiner", "blader",
                             "stemmeassistenter", "taleassistenter",
                             "leketøy", "brus", "sjokolader", "kjeks", "strømmetjenester",
                             "strøymetenester", "nettbutikker", "nettbutikkar",
                             "elbiler", "elbilar", "biler", "bilar", "bilmodeller",
                             "bilmodellar", "restaurantkjeder", "restaurantkjedar",
                             "hotellkjeder", "hotellkjedar", "reisebyråer", "reisebyrå",
                             "dataspillfigurer", "dataspelfigurar", "spillfigurer",
                             "skimerker", "sportsmerker", "treningsformer",
                             # food and drink, and what is said of them ('Podkaster som
                             # The Sporkful, Gastropod og Off Menu', 'Ølmerker som Aass')
                             "podkaster", "podkastar", "podcaster", "titler", "titlar",
                             "dietter", "diettar", "ølmerker", "ølmerke", "øltypar",
                             "realityformater", "realityformat", "matblogger",
                             "matbloggar",
                             # music ('Plateselskaper som Grappa og Hubro', 'læringsapper
                             # (Yousician, Flowkey)')
                             "plateselskaper", "plateselskap", "plateselskapar",
                             "instrumentmerker", "læringsapper", "læringsappar",
                             "musikkapper", "musikkappar", "dansband", "orgelbyggere"})


# the last part of a compound naming a kind of things in the plural ('bakerikjeder',
# 'bandnavn', 'folkeviser', 'jazzklubbene'): never a kind of persons
_KIND_HEADS = ("navn", "namn", "navna", "namna", "navnene", "kjeder", "kjedar", "kjedene",
               "kjedane", "merker", "merka", "merkene", "merkane", "viser", "visene",
               "sanger", "songar", "sangene", "songane", "låter", "låtar", "låtene",
               "låtane", "musikaler", "musikalar", "musikalene", "musikalane", "filmer",
               "filmar", "filmene", "filmane", "serier", "seriar", "seriene", "seriane",
               "korene", "kora", "priser", "prisar", "prisene", "prisane", "klubber",
               "klubbar", "klubbene", "klubbane", "assistenter", "assistentar", "desserter",
               "dessertar", "retter", "rettar", "rettene", "modeller", "modellar",
               "modellene", "produkter", "apper", "appar", "festivaler", "festivalar",
               "festivalene", "hoteller", "hotella", "restauranter", "restaurantar",
               "butikker", "butikkar", "tjenester", "tenester", "aviser", "avisar",
               "programmer", "programma", "instrumenter", "instrument", "spill", "spel",
               "plateselskaper", "forlag", "bryggerier", "bilmerker", "utesteder",
               "utestader", "scener", "scenene", "band", "banda", "bandene", "bandane",
               "sorter", "sortar", "sortene", "sortane", "butikkene", "butikkane",
               "drinker", "drinkar", "cocktailer", "parfymer", "sentre", "sentra", "roser",
               "rosene", "fluer", "fluger",
               "appene", "appane", "bankene", "bankane", "fondene", "fonda", "tjenestene",
               "tenestene", "kjedane",
               # goods ('Merkevarer som Nora', 'Kosttilskudd som Nycoplus', 'Dyrefôr som
               # Whiskas', 'Vaskemidler som Ariel og Blenda', 'Legemidler som Paracet')
               "varer", "varene", "varane", "tilskudd", "tilskot", "fôr", "midler", "midlar",
               "midlene", "midla", "preparater", "preparat", "medisiner", "medisinar",
               "tabletter", "tablettar", "piller", "pillene", "sjokolader", "kjeks", "brus",
               "kort", "korta", "korten")
# kinds that are persons when alone ('assistenter som Kari', 'navn som Per' is a person's
# name named as a name and stays unlabelled by the rules, but 'retter' and 'band' alone
# are too short to be sure of)
_KIND_ALONE = frozenset({"kjeder", "kjedene", "merker", "merkene", "folkeviser", "viser",
                         "sanger", "songar", "låter", "låtar", "musikaler", "musikalene",
                         "filmer", "filmar", "serier", "seriar", "korene", "priser",
                         "prisene", "klubber", "klubbar", "desserter", "modeller",
                         "produkter", "festivaler", "hoteller", "restauranter", "butikker",
                         "aviser", "programmer", "instrumenter", "spill", "band", "bandene",
                         "bandane", "utesteder", "scener", "butikkene", "butikkane",
                         "appene", "appane", "bankene", "bankane", "fondene",
                         # varieties, drinks, scents and malls ('Eldre sorter som Gravenstein',
                         # 'drinker som Bloody Mary', 'Kjøpesentre som Gunerius')
                         "sorter", "sortar", "sortene", "sortane", "drinker", "drinkar",
                         "drinkene", "cocktailer", "cocktailar", "parfymer", "parfymar",
                         "kjøpesentre", "kjøpesenter", "kjøpesentra", "samleobjekter",
                         "samleobjekt", "fluer", "fluger", "fluene", "flugene"})


def kind_of_things(low: str) -> bool:
    """A noun in the plural of a kind of things that have names, alone or as the last part
    of a compound ('bakerikjeder', 'Bandnavn', 'Folkeviser', 'Jazzklubbene', 'filmprisene');
    not a kind of persons ('forfattere', 'assistenter' alone)."""
    if low.startswith(_PERSONS_NAMES):
        return False  # 'et rart kallenavn', 'fornavn som Per': what persons are called
    return low in _THINGS_SUCH_AS or low in _NAMES_AS_NAMES or low in _KIND_ALONE \
        or any(low.endswith(h) and len(low) >= len(h) + 3 for h in _KIND_HEADS)


# names that persons bear, named as names ('kallenavn', 'fornavn', 'pseudonym')
_PERSONS_NAMES = ("kallenavn", "kallenamn", "fornavn", "fornamn", "etternavn", "etternamn",
                  "personnavn", "personnamn", "pseudonym", "dekknavn", "dekknamn",
                  "klengenavn", "klengenamn", "økenavn", "økenamn", "tilnavn", "tilnamn")


def _subject_of_a_clause(text: str, tokens: Sequence[Token], i: int) -> bool:
    """The name at token i (one or two words, or a list of names), one that persons bear, is
    followed by a finite verb: the subject of a relative clause ('Filmer som Per laget ble
    vist', 'sangene Kari skrev', 'Bankene Kari og Per brukte var DNB'), not examples of the
    kind ('navn som Roger, Rolf eller Ruben', 'Merkenavn som Jordan og Jensen viser
    hvordan …': the verb after a list is the sentence's own where no verb or end follows it)."""
    n = len(tokens)

    def name_end(k: int) -> int:
        if k + 1 < n and tokens[k + 1].capital and not tokens[k + 1].sentence_start \
                and tokens[k].end + 1 == tokens[k + 1].start:
            return k + 1  # 'Per Hansen'
        return k

    j = name_end(i)
    if not person_name(tokens[i].low) and not person_name(tokens[j].low):
        return False
    lower = all_lower(text)

    def a_name(k: int) -> bool:  # (in lower-case speech, a word persons bear)
        return tokens[k].capital or lower and person_name(tokens[k].low)

    listed = i > 0 and tokens[i - 1].low in ("og", "eller")
    while j + 1 < n:  # the list's last name ('Roger, Rolf eller Ruben')
        if j + 2 < n and tokens[j + 1].low in ("og", "eller") and a_name(j + 2):
            j = name_end(j + 2)
        elif a_name(j + 1) and text[tokens[j].end:tokens[j + 1].start].strip() == ",":
            j = name_end(j + 1)
        else:
            break
        listed = True
    v = j + 1
    if v >= n or tokens[v].sentence_start or tokens[j].end < tokens[v].start - 1:
        return False
    verb = tokens[v].low
    if not (past_verb(verb) or weak_past(verb) or present_verb(verb)
            or verb in ("har", "hadde", "hade", "skreiv")):
        return False
    if not listed or lower and verb in ("har", "hadde", "hade"):
        return True  # (lower case: 'serier kari og per hadde sett')
    after = tokens[v + 1] if v + 1 < n else None
    return after is None or after.sentence_start or tokens[v].end < after.start - 1 \
        or after.low in COPULAS or past_verb(after.low)


# what gives examples of a kind ('merkevarer, for eksempel Nora eller Idun')
_FOR_EXAMPLE = frozenset({("for", "eksempel"), ("til", "dømes"), ("blant", "annet"),
                          ("blant", "anna"), ("slik", "som"), ("sånn", "som")})


def _figures_or_names_before(tokens: Sequence[Token], i: int) -> bool:
    """Right before token i: a noun of figures or of names, perhaps with 'som' between
    ('Karakterene Elsa', 'Karakterer som Hermine', 'navn som Bella', 'Kjæledyrenes navn, som
    Bella': tokens hold no comma), or a kind of things ('Bakerikjeder som Baker Hansen',
    'Korene Cantus og …', 'Jazzklubbene Herr Nilsen og …')."""
    k = i - 1
    if k > 1 and (tokens[k - 1].low, tokens[k].low) in _FOR_EXAMPLE:
        k -= 2
        return tokens[k].low in _FIGURES or kind_of_things(tokens[k].low)
    if tokens[k].low == "som" and k > 0:
        k -= 1
        return tokens[k].low in _FIGURES or kind_of_things(tokens[k].low)
    return tokens[k].low in _FIGURES or tokens[k].low in _STORMS_LISTED \
        or tokens[k].low.endswith(("ene", "ane", "a")) and kind_of_things(tokens[k].low)


# kinds of works in the plural, alone or as a compound's end ('krimserier', 'barnefilmar')
_WORKS_PLURAL = ("serier", "seriar", "filmer", "filmar", "bøker", "bøkar", "sanger",
                 "songar", "låter", "låtar", "podkaster", "podkastar")


def _animals_plural(low: str) -> bool:
    """Animals, boats or things that people name, in the plural ('politihunder', 'valper',
    'kyr', 'ferjene'; not 'tråler', a singular in '-er')."""
    if low in ("kyr", "kyrne", "høns", "gjess", "lam", "lamma", "skip", "fartøy"):
        return True
    if low.endswith(("ene", "ane")):
        return thing_noun(low) or thing_noun(low[:-3]) or thing_noun(low[:-2])
    return low.endswith(("er", "ar")) and (thing_noun(low[:-2]) or thing_noun(low[:-1])) \
        or low.endswith("ere") and thing_noun(low[:-1])  # ('gordonsettere')


# firms, makers and shops in the plural, before examples of them ('Sengeprodusenter som
# Jensen og Hilding Anders', 'kafeer som Tante Anna og Onkel Oskar')
_FIRMS_PLURAL = ("produsenter", "produsentar", "leverandører", "leverandørar", "merker",
                 "kjeder", "firmaer", "selskaper", "rederier", "bryggerier", "kafeer",
                 "kaféer", "kafear", "butikker", "butikkar", "hoteller", "salonger",
                 "salongar", "bakerier", "konditorier")


# verbs of a relative clause's own, after its subject ('hundene som Kari passet'), where a
# name is no example of the animals
_AUXILIARIES = frozenset({"har", "hadde", "skal", "skulle", "vil", "ville", "kan", "kunne",
                          "må", "måtte", "fikk", "fekk", "får"})


def _animals_such_as(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is the first of names given as examples after animals or things in the
    plural, or storms ('ekstremvær, som Ingunn og Hans,'), and 'som', with no verb of a
    relative clause after the names ('Politihunder som Aron og Odin beskrives som
    kolleger', 'valper som Nala, Tiril'; not 'hundene som Kari passet', 'hester som Kari og
    Per har trent': the subject of a relative clause)."""
    n = len(tokens)
    if i < 2 or tokens[i - 1].low != "som" or not (
            _animals_plural(tokens[i - 2].low) or tokens[i - 2].low in STORM_WORDS
            or tokens[i - 2].low.endswith(_FIRMS_PLURAL) or _names_of_things(tokens, i - 2)) \
            or text[tokens[i - 1].end:tokens[i].start] != " ":
        return False
    k, listed = i, False
    while k + 1 < n and k - i < 6:
        gap = text[tokens[k].end:tokens[k + 1].start]
        if gap == " " and tokens[k + 1].capital and tokens[i].capital:
            k += 1  # a name of two words ('Rask Rakel')
        elif gap.strip() == "," and tokens[k + 1].capital and tokens[i].capital:
            k, listed = k + 1, True
        elif gap == " " and tokens[k + 1].low in ("og", "eller") and k + 2 < n \
                and (tokens[k + 2].capital or not tokens[i].capital):
            k, listed = k + 2, True
        else:
            break
    if k + 1 >= n:
        return True  # the names end the text
    if text[tokens[k].end:tokens[k + 1].start].strip(" »\""):
        return listed or text[tokens[k].end:tokens[k].end + 1] == ","  # a mark after them
    low = tokens[k + 1].low
    return listed and not (low in _AUXILIARIES or low in OWNS_OR_WORKS or past_verb(low)
                           or weak_past(low)
                           or present_verb(low) and not low.endswith("s"))


def _names_of_things(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a word for names ('navn', 'fornavn', 'eiernavn') a few words after things
    in the plural or a kind of things, with no people in the plural between ('Kafeer med
    navn som …', 'Fiskebåter med doble fornavn, som …', 'Merkenavn avledet av
    grunnleggerens etternavn, som …'; not 'Jenter med navn som …')."""
    if not tokens[k].low.endswith(("navn", "namn")):
        return False
    for m in range(k - 1, max(-1, k - 6), -1):
        low = tokens[m].low
        if low in _PEOPLE_IN_THE_PLURAL or low.endswith(("ene", "ane", "er", "ar")) \
                and (a_person_word(low) or kin_word(low) or role_word(low)):
            return False
        if _animals_plural(low) or low.endswith(_FIRMS_PLURAL) \
                or low not in _NAMES_AS_NAMES and kind_of_things(low):
            return True
        if tokens[m].sentence_start:
            break
    return False


def _things_before(tokens: Sequence[Token], i: int) -> bool:
    """Right before token i (perhaps with 'som' between), a kind of things that is not
    names alone ('Skipsnavn', 'Kafénavn', 'Sanger'; not 'navn', 'kvinnenavn')."""
    k = i - 1 - (tokens[i - 1].low == "som" and i > 1)
    low = tokens[k].low
    return low not in _NAMES_AS_NAMES and kind_of_things(low)


def _more_names(tokens: Sequence[Token], i: int) -> bool:
    """Token i has a name of a person's after it ('per ole', 'Leo Haugen')."""
    return i + 1 < len(tokens) and person_name(tokens[i + 1].low)


# stars and constellations named like people ('Vega er en av de klareste stjernene')
_STARS = frozenset({"vega", "deneb", "altair", "sirius", "polaris", "betelgeuse", "rigel",
                    "arcturus", "capella", "aldebaran", "lyra", "orion", "kassiopeia",
                    "andromeda", "spica", "antares", "karlsvogna"})


def star_name(tokens: Sequence[Token], i: int, low: str) -> bool:
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


def _apposed_thing(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i, a name, has an animal or a thing with its owner in apposition right after
    it, between commas ('Kasper, hunden vår, spring', 'Mons, katten vår, har lært seg';
    not 'Kari, dama mi,': a person is no thing)."""
    k = i + 1
    if k + 1 >= len(tokens) or text[tokens[i].end:tokens[k].start].strip(" »\"") != ",":
        return False
    if not thing_noun(tokens[k].low) or tokens[k].low in NAMED_BUSINESSES:
        return False
    m = k + 1
    while m < len(tokens) and m - k <= 2 and tokens[m].low in _BETWEEN:
        m += 1
    return m > k + 1 and text[tokens[m - 1].end:tokens[m - 1].end + 1] == ","


# between a naming verb and the name given to 'den' ('kalte den bare Zoe')
_IT_CALLED_GAP = frozenset({"den", "for", "bare", "berre", "vi", "me", "de", "dei", "alltid"})
_CALLED_IN_THE_PERFECT = frozenset({"døpt", "døypt", "kalt", "kalla"})


_MINE = frozenset({"min", "mi", "mitt"})
# kinds of listed names of things one owns and names ('en Furby', 'ein My Little Pony')
_OWNED_KINDS = frozenset({"brand", "product", "game"})


def _mine_of_them(tokens: Sequence[Token], verb: int) -> bool:
    """'Alle i klassen hadde en Furby, og min het Bobby', 'alle hadde ein My Little Pony, og
    min heitte Rosa': 'min' before the naming verb stands for one of the things named before
    it in the sentence, a thing's noun or a listed toy or product (not 'alle hadde en lærer,
    og min het Per')."""
    if verb < 3 or tokens[verb - 1].low not in _MINE \
            or tokens[verb - 2].low not in ("og", "men", "mens"):
        return False
    start = verb - 2
    while start > 0 and not tokens[start].sentence_start:
        start -= 1
    lows = [t.low for t in tokens[start:verb - 2]]
    return any(thing_noun(w) for w in lows) or any(
        listed_kind(" ".join(lows[a:a + n])) in _OWNED_KINDS
        for n in (1, 2, 3) for a in range(len(lows) - n + 1))


def _its_subject(tokens: Sequence[Token], verb: int) -> bool:
    """The subject of a naming verb is 'den' right before it ('den har fått navnet …',
    perhaps with an auxiliary between) or an animal or a thing that opens the sentence
    with a short relative clause after it ('Kalven som kom i går, fekk namnet …')."""
    m = verb - 1
    if m >= 0 and tokens[m].low in ("har", "hadde", "ha", "skal", "skulle", "vil", "ville"):
        m -= 1
    if m >= 0 and tokens[m].low in ("den", "ho", "hun", "han") and (
            m == 0 or tokens[m].sentence_start
            or tokens[m - 1].low in ("og", "men", "så", "at", "der", "fordi", "for")):
        window = range(m - 1, max(-1, m - 15), -1)
        if tokens[m].low != "den" and (not any(t.capital for t in tokens) or any(
                tokens[k].capital and not tokens[k].sentence_start or kin_word(tokens[k].low)
                or a_person_word(tokens[k].low) for k in window)):
            return False  # 'ho', 'han' with a person or a name before may be the person's
            # ('Eg møtte Per på båten, og han heitte Olsen'); in lower-case speech 'han' is
            # too often a man ('vi hadde hund og han het per ole han som passa den')
        for k in window:  # the nearest noun decides
            if a_person_word(tokens[k].low):
                return False  # 'ein ny nabo, og den kalte vi «Tuppen»', 'ei jente og den
                # heter luna'
            if thing_noun(tokens[k].low) or a_car(tokens, k):
                return True  # 'Kona kjøpte ein hund, og den heiter …', 'Ferja var ei av dei
                # nye, og ho heitte Ampere' (things are 'ho' and 'han' in Nynorsk)
        return tokens[m].low == "den"  # 'en Husqvarna Automower, og den har fått navnet
        # «Helge»'
    if m >= 1 and tokens[m].low in ("de", "dei") and tokens[m - 1].low in ("og", "men", "så"):
        before = []  # the words of the sentence before 'de', nearest first
        for k in range(m - 1, max(-1, m - 12), -1):
            before.append(k)
            if tokens[k].sentence_start:
                break
        if any(tokens[k].low in _PEOPLE_IN_THE_PLURAL or tokens[k].low.endswith((
                "ene", "ane", "ne")) and (a_person_word(tokens[k].low) or kin_word(tokens[k].low)
                                           or role_word(tokens[k].low)) for k in before):
            return False  # 'to naboer, og de het …', 'Ungene fikk hester, og de het …': 'de'
            # may be the people (not 'Bestefar', one person)
        return any(_animals_plural(tokens[k].low) for k in before)  # 'Bestefar hadde
        # alltid gordonsettere, og de het Rex og Rolf'

    start = verb - 1
    while start > 0 and verb - start < 10 and not tokens[start].sentence_start:
        start -= 1
    if not (start == 0 or tokens[start].sentence_start):
        return False
    head = start
    if tokens[head].low in _OPENING_DETERMINERS:
        head += 1  # 'Den første politihunden jeg hadde, het …'
        if head + 1 < verb and not thing_noun(tokens[head].low) \
                and tokens[head].low.endswith("e") and not tokens[head].capital:
            head += 1
    if verb - head < 3 or not thing_noun(tokens[head].low) \
            or any(a_person_word(t.low) for t in tokens[head + 1:verb]):
        return False
    after = tokens[head + 1].low
    return after == "som" or after in _CLAUSE_SUBJECTS and past_verb(tokens[head + 2].low) \
        or after in _CLAUSE_SUBJECTS and tokens[head + 2].low in _HELD
    # ('Kalven som kom i går, fekk namnet …', 'hunden jeg har i opplæring nå heter …',
    # 'kua vi hadde som het …': a relative clause, with 'som' or without, after the animal
    # that opens the sentence; not 'Hunden til Kari og jeg …', nor a person in the clause)


# what may stand before an animal opening a sentence ('Den eldste hesten', 'Ei ku')
_OPENING_DETERMINERS = frozenset({"den", "det", "ei", "en", "ein", "eit", "et"})
# words for people in the plural ('naboer', 'ungene'): 'de' after them may be the people
_PEOPLE_IN_THE_PLURAL = PEOPLE_PLURALS | frozenset({
    "folk", "folka", "folket", "ungene", "ungane", "unger", "ungar", "barn", "born", "sønner",
    "søner", "døtre", "døtrer", "brødre", "brør", "søstre", "søstrer", "venner", "vener",
    "vennene", "venene", "venninner", "venninnene", "jenter", "jentor", "gutter", "gutar",
    "kolleger", "kollegaer", "kollegane", "kollegene", "foreldre", "besteforeldre",
    "tvillinger", "tvillingane", "tvillingene", "elever", "elevar", "naboer", "naboar",
    "lærere", "lærarar", "kunder", "kundar", "pasienter", "pasientar"}) - {"de", "dei"}
# the subject of a relative clause without 'som' ('hunden jeg hadde', 'kua vi hadde')
_CLAUSE_SUBJECTS = frozenset({"jeg", "eg", "vi", "me", "du", "de", "dei", "han", "hun", "ho"})


def a_person_word(low: str) -> bool:
    """A word for a person: a role, a kin word, 'jente', 'kar', 'nabo' …."""
    return kin_word(low) or role_word(low) or low in _PERSON_WORDS or low.startswith("nabo")


def _thing_of_someone(tokens: Sequence[Token], verb: int) -> bool:
    """'hesten til datteren min heter …', 'Katten åt naboen heitte …', 'Roboten i fjøset
    heiter …': an animal or a thing of someone's, or of somewhere, opening the clause is
    the subject of the naming verb (the owner, a kin word or a name, is not: 'Datteren til
    naboen heter Kari' has no thing first)."""
    m = verb - 1
    while m >= 0 and verb - m <= 2 and tokens[m].low in _BETWEEN:
        m -= 1
    if m < 2 or tokens[m - 1].low not in ("til", "åt", "hos") and not (
            tokens[m - 1].low in ("i", "på") and not tokens[m].capital
            and tokens[m].low.endswith(("et", "en", "a"))):
        return False  # (or where it is: 'Roboten i fjøset heter …', 'Båten på hytta het …')
    head = m - 2
    return thing_noun(tokens[head].low) and (
        head == 0 or tokens[head].sentence_start
        or tokens[head - 1].low in ("og", "men", "at", "så"))


# a number or a few before a noun in the plural's form ('tre lam', 'nokre kje')
_FEW = NUMBER_WORDS - {"en", "ett", "ein", "eitt"} | {"nokre", "noen", "flere", "fleire",
                                                     "mange", "begge"}


def _animals_before(tokens: Sequence[Token], verb: int) -> bool:
    """Animals or things in the plural were named a few words before the verb, and no
    person ('Vi fikk to kalver i vår og kalte dem …')."""
    before = [t.low for t in tokens[max(0, verb - 10):verb]]
    return any(thing_noun(w) and (w.endswith(("er", "ar", "ene", "ane", "ne"))
                                  or k > 0 and before[k - 1] in _FEW)
               for k, w in enumerate(before)) \
        and not any(a_person_word(w) for w in before)


def _it_fronted(tokens: Sequence[Token], verb: int) -> bool:
    """'en sel …, den kalte vi …': 'den' alone before the naming verb, at a clause's start,
    after an animal or a thing named before it and no person ('Den minste jenta, den
    kalte vi Kari' names a girl)."""
    it = verb - 1
    if verb >= 3 and tokens[verb - 3].low == "den" and tokens[verb - 2].low in _PERFECT \
            and not tokens[verb - 1].capital:
        it = verb - 3  # 'og den har vi kalt Rudolf', 'den har ungane døypt …'
    if it < 0 or tokens[it].low != "den":
        return False
    if not (it == 0 or tokens[it].sentence_start or tokens[it - 1].low in (
            "og", "men", "så", "for", "da", "då")
            or tokens[it - 1].end < tokens[it].start - 1):
        return False
    before = [t.low for t in tokens[max(0, it - 13):it]]
    return (any(thing_noun(w) or w in ANIMAL_WORDS for w in before)
            or any(a_car(tokens, m) for m in range(max(0, it - 13), it))) \
        and not any(role_word(w) or kin_word(w) or w in _PERSON_WORDS for w in before)
    # ('en gammel Volvo, og den kalte vi «Kjerringa»')


# the auxiliary of a naming verb in the perfect after a fronted 'den' ('den har vi kalt …')
_PERFECT = frozenset({"har", "hadde"})
# people who may be named with 'den' before the verb ('den minste jenta, den kalte vi …')
_PERSON_WORDS = frozenset({"jente", "jenta", "jenten", "gutt", "gutten", "guten", "barn",
                           "barnet", "unge", "ungen", "baby", "babyen", "mann", "mannen",
                           "kvinne", "kvinna", "kvinnen", "dame", "dama", "damen", "kar",
                           "karen", "person", "personen", "elev", "eleven", "pasient",
                           "pasienten", "minste", "eldste", "yngste", "fyr", "fyren",
                           "kollega", "kollegaen"})


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


def _it_is_called(tokens: Sequence[Token], verb: int) -> bool:
    """'den heter …' opening a clause after an animal or a thing named a little before, and
    no person ('vi fikk en valp i julegave og den heter Luna'): 'den' is the animal (a
    person is 'han', 'ho'); also with an adjective after 'den' ('seks høner, og den sjefete
    heter Dagny')."""
    if verb >= 2 and tokens[verb - 2].low == "den" and tokens[verb - 1].low.endswith("e") \
            and tokens[verb - 1].low not in STOPWORDS and not tokens[verb - 1].capital:
        verb -= 1
    if verb < 1 or tokens[verb - 1].low != "den" or not (
            verb == 1 or tokens[verb - 1].sentence_start
            or tokens[verb - 2].low in ("og", "men", "så", "at", "der")):
        return False
    before = [t.low for t in tokens[max(0, verb - 10):verb - 1]]
    return any(thing_noun(w) for w in before) and not any(
        w in _PERSON_WORDS or kin_word(w) or role_word(w) for w in before)


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


def thing_names(text: str, tokens: Sequence[Token], hits: Sequence[Hit],
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


# animals that people name after places too ('kua Dokka', 'hesten Valdres')
ANIMALS = frozenset({"ku", "kua", "kalven", "kviga", "oksen", "hest", "hesten", "merra",
                      "føllet", "hund", "hunden", "bikkja", "katt", "katten", "katta", "geit",
                      "geita", "bukken", "sau", "sauen", "væren", "gris", "grisen", "purka",
                      "høna", "hanen", "kaninen", "reinoksen"})


def an_animal(low: str) -> bool:
    """An animal named after a place, also in a compound ('kua', 'terapihesten',
    'gardshunden')."""
    return low in ANIMALS or len(low) >= 8 and any(
        low.endswith(a) for a in ANIMALS if len(a) >= 5 and a.endswith(("en", "a")))


def vessel_before(text: str, start: int) -> bool:
    """A vessel's prefix right before ``start`` ('MS «Vesterålen»', 'DS Skibladner')."""
    return _VESSEL.search(text[max(0, start - 8):start]) is not None


def animal_named(tokens: Sequence[Token], i: int) -> bool:
    """'ei ku som heitte Dokka', 'hesten het Valdres': a naming verb right before token i
    whose subject, a few words back, is an animal."""
    if i < 2 or tokens[i - 1].low not in NAMING_VERBS:
        return False
    return any(tokens[k].low in ANIMALS for k in range(max(0, i - 5), i - 1))


VESSELS = ("båten", "båt", "skuta", "skøyta", "skipet", "ferja", "ferga", "sjarken",
            "snekka", "sjekta", "tråleren", "hesten", "hoppa", "kua")

# what befalls a ship, right after its quoted name ('«Rigel» vart senka', '«Maud» låg
# under vatn før ho vart heva'): verbs no person's name is followed by in these forms
_SHIP_FATES = re.compile(
    r"[»\"]\s+(?:(?:ble|blei|vart|var|vert|blir)\s+(?:senket|senka|søkkt|heva|hevet|"
    r"sjøsatt|sjøsett|bygd|bygget|slept|sleipt|reddet|berga|restaurert|hogd|hugget)|"
    r"sank|sokk|søkk|forliste|kantret|kantra|grunnstøtte|grunnstøytte|"
    r"(?:gikk|gjekk)\s+(?:ned|til\s+bunns|på\s+grunn)|la\s+til\s+kai|låg\s+under|"
    r"lå\s+under)\b", re.I)
# a ship's name before these after a hyphen ('«Helge Ingstad»-ulykken')
_SHIP_EVENTS = ("ulykken", "ulykka", "forliset", "katastrofen", "katastrofa", "senkingen",
                "senkinga")
# words that say a sentence is about ships ('om bord', 'mannskapet', 'skipsmodell')
_SHIP_WORDS = frozenset({
    "skip", "skipet", "skipa", "skipene", "skuta", "skuter", "skøyta", "ferja", "ferga",
    "ferjene", "fregatten", "fregattar", "fregattene", "korvetten", "ubåten", "minesveiperen",
    "hurtigruten", "hurtigruta", "hurtigruteskipet", "polarskuta", "veteranskipet",
    "veteranbåten", "mannskapet", "mannskap", "ombord", "skipsmodell", "skipsmodellen",
    "skipsmodeller", "skipsmodellar", "skipsklokka", "skipsklokken", "skipsnavn",
    "skipsnamn", "rederiet", "rederiene", "rederia", "maskinist", "maskinisten", "messegutt",
    "styrmann", "kaptein", "kapteinen", "skipper", "skipperen", "vraket", "vrak", "seilte",
    "sigla", "verftet", "krigsseilerne", "fartøyene", "fartøyet",
    "galionsfiguren", "loggbøkene", "loggboka", "båtane", "båtene", "draken"})
# the prepositions before a ship's quoted name ('maskinist på «Erling Jarl»', 'modellen
# av «Harald Jarl»', 'skipsklokka frå «Kong Olav»')
_ON_A_SHIP = frozenset({"på", "frå", "fra", "av", "med", "om"})
_ROYAL = frozenset({"kong", "kongen", "dronning", "prins", "prinsesse", "kronprins",
                    "kronprinsesse"})


def ship_named(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j, alone in quotation marks, name a ship: something befalls it ('«Rigel»
    vart senka', '«Helge Ingstad»-ulykken'), it is named after royalty ('«Kong Olav»',
    '«Prinsesse Ragnhild»'), or a sentence about ships has it after a preposition
    ('maskinist på «Erling Jarl»', 'modellar av «Harald Jarl»')."""
    end = tokens[j].end
    k = i
    if i > 0 and tokens[i - 1].low in _ROYAL and text[tokens[i - 1].end:tokens[i].start] == " ":
        k = i - 1
    if text[end:end + 1] not in ("»", '"') \
            or text[tokens[k].start - 1:tokens[k].start] not in ("«", '"'):
        return j > k and k > 0 and tokens[k - 1].low in _ON_A_SHIP \
            and listed_ship(tokens, k, j) and _about_ships(tokens, k, j) \
            and person_evidence(text, tokens, k, j) < 1.0 \
            and not _interviewed(text, tokens, k, j)  # 'maskinist på harald jarl' (a
        # listed ship of two words or more, after a preposition, in a sentence about ships;
        # not 'snakket med Maud om skipet hennes')
    if k < i:
        return True  # '«Kong Olav»', '«Prinsesse Ragnhild»': a ship or a ferry
    if _SHIP_FATES.match(text, end) or any(
            text.startswith(f"-{e}", end + 1) for e in _SHIP_EVENTS):
        return True
    if _AGE_AFTER.match(text, end + 1) or _interviewed(text, tokens, k, j):
        return False  # '«Per» (54), maskinist på …', 'Intervjuet med «Tor Ivar»': an
        # informant
    if listed_ship(tokens, k, j) and not any(person_name(t.low) for t in tokens[k:j + 1]):
        return True  # '«Skibladner»', '«Gjøa»' (a ship named like a person needs more:
        # '«Maud» forteller at hun …' is an informant)
    return _about_ships(tokens, k, j) and k > 0 and tokens[k - 1].low in _ON_A_SHIP \
        and person_evidence(text, tokens, k, j) < 1.0  # 'maskinist på «Astrid»' (not
    # 'Jeg snakket med «Kari» om skipet hennes')


def _about_ships(tokens: Sequence[Token], i: int, j: int) -> bool:
    """The sentence around tokens i..j speaks of ships ('om bord', 'mannskapet',
    'hurtigruteskipet')."""
    return any(tokens[m].low in _SHIP_WORDS or tokens[m].low.endswith(("skipet", "skuta"))
               for m in near_in_sentence(tokens, i, j, REACH) if not i <= m <= j)


def _interviewed(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Words of interviews, informants or pseudonyms near tokens i..j (within a few hundred
    characters: a long text is not searched whole for every name)."""
    return _INTERVIEWED.search(text, max(0, tokens[i].start - 300),
                               min(len(text), tokens[j].end + 300)) is not None


_INTERVIEWED = re.compile(r"\b(?:intervju\w*|informant\w*|pseudonym\w*)", re.I)
_AGE_AFTER = re.compile(r"\s*(?:\(\s*\d|,\s*(?:som|\d))")


def named_storm(tokens: Sequence[Token], i: int) -> bool:
    """The words around token i (about a sentence) talk of storms ('stormene',
    'ekstremværet', 'uvær'): a quoted given name among them is a storm's ('«Dagmar» og
    «Ingunn» herja'; not 'fra Orkanger', nor '«Storm»' itself)."""
    return any(tokens[k].low.endswith(STORM_WORDS)
               for k in range(max(0, i - NAMESAKE_WINDOW), min(len(tokens), i + NAMESAKE_WINDOW))
               if k != i)


_YEAR_AFTER = re.compile(r"\s*\((?:i\s)?\d{4}\)")


def storms_with_years(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is one of the names listed with their years right after a storm's noun
    ('Ekstremværene Dagmar (2011), Hans (2023) og Ingunn (2024)', 'stormen Ole (2015)')."""
    if not _YEAR_AFTER.match(text, tokens[i].end):
        return False
    k = i
    for _ in range(6):
        if k > 0 and tokens[k - 1].low.endswith(STORM_WORDS) \
                and text[tokens[k - 1].end:tokens[k].start] == " ":
            return True
        # the item before: 'Hans (2023), ' or 'Hans (2023) og '
        m = k - 1
        if m >= 0 and tokens[m].low in ("og", "eller"):
            m -= 1
        if m < 1 or not tokens[m].low.isdigit() or not tokens[m - 1].capital \
                or not _YEAR_AFTER.match(text, tokens[m - 1].end):
            return False
        k = m - 1
    return False


# a kind of thing before its name: 'av typen Lohmann Brown', 'potetsorten Ottar'
KIND_OF = frozenset({"typen", "sorten", "sorta", "rasen", "rasa", "potetsorten",
                      "kveitesorten", "hvetesorten", "eplesorten", "potetsorta"})
_LATIN_ENDINGS = ("us", "um", "a", "is", "ii", "ae", "ensis", "oides", "ica", "ina", "ana",
                  "ata", "osa", "ea", "ia", "es", "ix", "ax", "ex")


def latin_species(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j start a species' Latin name in brackets: a capitalised genus and a
    lower-case epithet with a Latin ending, nothing else but a subspecies ('(Gadus
    morhua)', '(Rangifer tarandus tarandus)')."""
    start = tokens[i].start  # (windows of a few characters: a long text is never scanned)
    before = text[max(0, start - 3):start]
    if "(" not in before or before[before.rfind("(") + 1:].strip():
        return False
    close_at = text.find(")", tokens[i].end, tokens[i].end + BRACKET_REACH)
    if close_at < 0:
        return False
    words = text[start:close_at].split()
    return 2 <= len(words) <= 3 and words[0][:1].isupper() and words[0].isalpha() \
        and all(w.islower() and w.isalpha() and w.endswith(_LATIN_ENDINGS) for w in words[1:])


# how far a bracket may stand from the words inside it
BRACKET_REACH = 120
# someone between a storm and 'som het X' ('etter stormen kom ho som het ingunn')
_SOMEONE_BY_A_STORM = SUBJECT_PRONOUNS | frozenset({"ho", "hu", "dama", "kona", "mannen", "jenta",
                                         "guten", "gutten", "kvinna", "kvinnen", "ein",
                                         "eit", "en"})


def storm_in_speech(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Lower-case speech: a storm's noun ('stormen', 'ekstremværet') a few words before token
    i, a given name no surname, and nothing around it saying person; or a storm named
    ('en storm i november som het ingunn')."""
    g = gz.load()
    if tokens[i].low not in g.given:
        return False
    window = range(max(0, i - 6), i)
    if i > 1 and tokens[i - 1].low in NAMING_VERBS and tokens[i - 2].low == "som" and any(
            (tokens[k].low in STORMS or tokens[k].low in STORM_WORDS) and not any(
                tokens[m].low in _SOMEONE_BY_A_STORM for m in range(k + 1, i - 2))
            for k in window):
        return True  # (not 'etter stormen kom ho som het ingunn': she is named)
    return any(tokens[k].low in STORMS for k in window) \
        and person_evidence(text, tokens, i) < 1.0
