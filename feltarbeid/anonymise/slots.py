"""Slots: whether the words around a single word say "a person stands here" or "a place".

A name nobody listed, a surname that is also a municipality (Harstad, Lund, Vik) and a
name that is also an ordinary word (Holm, Sten, Vår, dal) are decided by where they stand:

- ``person_evidence``: 0 (nothing), 0.5 (weak: 'X var', 'med X'), 1 ('X jobbet', 'X på
  kontoret', 'lederen vår X'), 1.5 ('hos X', 'spurte X', 'det var X som', 'sammen med X')
  or 2 (only a person: 'X sa', 'sa X at', 'X og jeg', 'X sin', 'X, hun …');
- ``place_evidence``: 0, 1.5 ('i X', 'fra X', 'bydelene X') or 2 ('X kommune', 'NAV X');
- ``word_need``: how much person evidence a word needs, from how often it is an ordinary
  word (wordfreq Zipf), whether a name list holds it, and whether it is a place;
- ``slot_persons``: the pass that adds a person where the evidence is enough, and takes the
  word from a place guess when the person evidence beats the place evidence ('Harstad sa',
  'hos Lund', but 'i Harstad', 'NAV Lund').

Pure functions of the tokens; the pass runs after the other detectors (``detect``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from . import gazetteer as gz
from .lexicon import (
    common_word,
    compound,
    definite_noun,
    inflected_word,
    institution,
    not_a_name,
    noun_first,
    nynorsk_word,
    place_shaped,
    surname_word,
    world_name,
)
from .spans import Hit, Overlaps, Token, capitals_reliable, hits_by_token, repeated_word
from .words import (
    ADDRESS_VERBS,
    ARTICLES,
    ASIAN_SURNAMES,
    AUTHOR_VERBS,
    BLOOM_VERBS,
    COMMITTEES,
    DETERMINERS,
    EASY_TO,
    FREQUENT_FOREIGN_GIVEN,
    FROM_WORDS,
    GENITIVE_HEADS,
    INTERVIEWING,
    INVERSION_AFTER,
    LANDSCAPE,
    MASS_NOUNS,
    MODAL_WORDS,
    MOVING_VERBS,
    MUNICIPAL_GENITIVE_HEADS,
    NAME_HEADS,
    NAME_PARTICLES,
    NAMED_AFTER_HEADS,
    NAMES_THAT_ARE_FUNCTION_WORDS,
    NARRATED,
    NATIONALITY_NOUNS,
    NEGATIONS,
    ORG_BEFORE,
    ORG_RUN_HEADS,
    OWNERS,
    PART_OF_TOWN,
    PERSON_ACTS,
    PERSON_DOES,
    PERSON_NAMED_WORKS,
    PERSONAL_PRONOUNS,
    PLACE_AFTER,
    PLACE_BEFORE,
    PLACE_NOUNS_BEFORE,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
    ROLE_OWNERS,
    ROLE_WORDS,
    SIN_POSSESSIVES,
    SPEECH_VERBS,
    SPOKEN_PREPOSITIONS,
    STOPWORDS,
    STORMS,
    SUBJECT_PRONOUNS,
    SURROUNDINGS,
    TALKED,
    THING_NOUNS,
    TITLES,
    TO_PERSON,
    VERB_FORMS,
    WITH_PERSON,
    WORK_NOUNS,
    WORK_WITH,
    WORKPLACES,
    zipf,
)

FILLERS = frozenset({"eh", "ehm", "hm", "mm", "ja", "nei", "altså", "liksom", "og", "men",
                     "så", "da", "då", "jo", "nå", "no", "du", "vet", "veit"})
SPOKEN_FILLERS = frozenset({"eh", "ehm", "hm", "mm", "da", "jo", "vel", "altså", "liksom",
                            "ja"})
# participles of what only people have done ('X hadde jobbet'; not 'vært', 'gått': the
# sun has gone down, a municipality has been better)
PERSON_PERFECT = frozenset({"jobbet", "jobba", "sagt", "ringt", "ringa", "skrevet", "skrive",
                            "skrivi", "sluttet", "slutta", "bodd", "budd", "fortalt",
                            "fortalde", "spurt", "spurd", "ment", "meint", "studert",
                            "undervist", "snakket", "snakka", "utvidet", "utvida",
                            "publisert", "argumentert", "påpekt", "beskrevet", "beskrive",
                            "undersøkt", "analysert", "dokumentert", "kritisert",
                            "foreslått", "drøftet", "drøfta", "intervjuet", "intervjua"})
# what things and places end with: 'kommunen heter X', 'stedet het X'
PLACE_NOUN_ENDINGS = ("kommunen", "kommuna", "stedet", "staden", "plassen", "fylket", "bygda",
                      "byen", "gården", "garden", "øya", "dalen", "skolen", "skulen", "firmaet",
                      "bedriften", "prosjektet", "programmet", "boka", "filmen", "serien")
# what a person has ('X hadde bakgrunn fra sykehuset', 'X har erfaring med …')
PERSON_HAS = frozenset({"bakgrunn", "erfaring", "utdanning", "permisjon", "foreldrepermisjon",
                        "sykemelding", "sjukemelding", "pensjon", "vakt", "nattevakt",
                        "turnus", "fagbrev", "mastergrad", "doktorgrad"})
# after the adverb a perfect may wait: 'X har senere utvidet …'
PERFECT_ADVERBS = frozenset({"senere", "seinare", "sidan", "siden", "også", "òg", "tidligere",
                             "tidlegare", "nylig", "nyleg", "lenge", "alltid", "aldri"})
AUXILIARIES = frozenset({"var", "er", "har", "hadde", "ble", "blei", "vart", "kom", "kjem",
                         "gikk", "gjekk", "kunne", "skulle", "ville", "vil", "skal", "måtte",
                         "tok", "fikk", "fekk", "sto", "stod", "satt", "sat"})
CHILDREN = frozenset({"barn", "born", "unger", "ungar", "søsken", "sysken", "barnebarn",
                      "tvillinger", "tvillingar"})
COPULAS = frozenset({"var", "er", "ble", "blei", "vart", "vert", "blir", "virket", "verka"})
COPULAS_SPOKEN = COPULAS | frozenset({"va", "e"})  # dialect: 'det va siv', 'han e'

DEGREE = frozenset({"ikke", "ikkje", "veldig", "særlig", "særleg", "ganske", "helt", "heilt",
                    "så", "ofte", "alltid", "aldri", "litt", "svært", "jo", "nok", "også",
                    "òg", "mer", "meir", "mest"})
# degree adverbs before an adjective, never before a name ('veldig frank')
ADJECTIVE_DEGREE = frozenset({"veldig", "ganske", "svært", "særlig", "særleg", "nokså",
                              "temmelig", "altfor", "mindre", "meir", "mer", "mest"})
# what people are and places are not ('X var enig', 'X ble sint')
PERSON_STATES = frozenset({
    "begeistret", "begeistra", "enig", "einig", "samd", "uenig", "ueinig", "usamd",
    "fornøyd", "nøgd", "misfornøyd", "glad", "sint", "lei", "sliten", "trøtt", "trøytt",
    "syk", "sjuk", "sykmeldt", "sjukmeld", "redd", "stolt", "skuffet", "skuffa",
    "overrasket", "overraska", "bekymret", "bekymra", "sur", "flink", "dyktig",
    "snill", "streng", "hyggelig", "hyggeleg", "interessert", "skeptisk", "opptatt",
    "engasjert", "motivert", "imot", "blid", "frekk", "gravid", "pensjonist",
    "ufør", "arbeidsledig", "permittert", "gift", "skilt", "enke", "enkemann", "død",
    "forelska", "forelsket", "sikker", "klok", "modig", "rasende",
    "umulig", "grei", "rar", "morsom", "sjenert", "sta", "lat", "slem", "ekkel", "kjekk",
    "irritert", "fortvila", "fortvilet", "oppgitt", "rørt", "lettet", "letta",
})
TIMES = frozenset({"sommer", "vinter", "vår", "høst", "haust", "jul", "påske", "helg", "ferie",
                   "natt", "kveld", "morgen", "morgon", "dag", "krig", "fred", "sommar",
                   # weekdays in the plural of speech ('på lørdan', 'på fredagan')
                   "mandagan", "tirsdagan", "onsdagan", "torsdagan", "fredagan", "lørdan",
                   "lørdagan", "søndan", "søndagan"})
LIVED = frozenset({"bodde", "budde", "bor", "bur", "vokste", "vaks"})
CLEFT_ADVERBS = frozenset({"ikke", "ikkje", "vel", "nok", "jo", "bare", "berre", "også", "òg",
                           "egentlig", "eigentleg", "faktisk", "kanskje"})
NUMBER_WORDS = frozenset({
    "en", "ett", "ein", "eitt", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni",
    "ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten",
    "nitten", "tjue", "tjuefem", "tretti", "førti", "femti", "seksti", "sytti", "åtti",
    "nitti", "hundre",
})
OBJECT_PRONOUNS = frozenset({"meg", "oss", "deg", "dere", "dykk", "henne", "ham"})
_LOOKED = frozenset({"så", "såg", "ser", "stirret", "stirra", "glodde", "kikket", "kikka"})
_SKY = frozenset({"stjernene", "stjernone", "himmelen", "månen",
                  "nordlyset", "klokka", "klokken", "tv", "tv-en", "fjernsyn"})
# family before 'til X' ('mannen til X') and what is someone's ('bilen til X')
KIN_NOUNS = frozenset({
    # the children by their order ('minstemann ser på tv', 'eldstejenta')
    "minstemann", "eldstemann", "yngstemann", "mellomste", "minstejenta", "yngstejenta",
    "eldstejenta", "eldstegutten", "minstegutten", "yngstegutten", "attpåklatten",
    "mannen", "kona", "dama", "kjæresten", "typen", "samboeren", "sambuaren", "faren",
    "mora", "moren", "sønnen", "guten", "dattera", "datteren", "dottera", "ungene", "ungane",
    "barna", "borna", "broren", "bror", "søstera", "søsteren", "systera", "svigermora",
    "svigerfaren", "foreldrene", "foreldra", "familien", "familia", "bestemora",
    "bestefaren", "kompisen", "venninna", "venninnen", "kjerringa", "gubben", "eksen",
    "sonen", "sønnene", "sønene", "døtrene", "enka", "enken", "svigersonen",
    "svigerdottera", "svigerdatteren", "barnebarnet", "barnebarna", "oldebarnet",
    "svogeren", "svogern", "svigerinna", "svigerinnen", "nevøen", "niesa", "nieset",
    "fetteren", "kusina", "kusinen", "onkelen", "tanta", "tante", "onkel", "tvillingen",
    "tvillingbroren", "tvillingsøstera", "naboen", "grannen", "nabokona",
})
BELONGINGS = frozenset({"bilen", "huset", "hytta", "leiligheten", "leilegheita",
                        "telefonen", "mobilen", "sykkelen", "hunden", "katten", "båten",
                        "kontoret", "pulten", "jakka", "vesken", "veska", "lommeboka",
                        "bursdagen", "begravelsen", "gravferda", "bryllupet", "rederiet",
                        "firmaet", "bedriften", "butikken", "verkstedet", "verkstaden",
                        "gården", "garden", "gardsbruket", "småbruket", "låven",
                        "hønseriet", "sagbruket", "bakeriet"})  # (not what one drives or
# walks to or from: "traktoren til", "fra fjøset til", "ned til naustet til")
# what a person gives or sends: 'hjelp av X', 'beskjed fra X'
HELP_NOUNS = frozenset({"hjelp", "besøk", "beskjed", "støtte", "råd", "tips", "hilsen",
                        "helsing", "svar", "melding", "brev", "sms", "oppringing",
                        "gave", "gaver", "klem", "ros", "kjeft", "skryt", "hjelpa"})
ROLE_ENDINGS = ("person", "personen", "leder", "leiar", "lege", "sjef", "kontakt",
                "referent", "tolk", "vikar", "assistent", "veileder", "rettleiar",
                "sekretær", "koordinator", "terapeut", "pleier", "pleiar", "arbeider",
                "arbeidar", "mester", "lærer", "lærar", "fører", "førar", "rådgiver",
                "rådgjevar", "behandler", "handsamar", "mentor", "fadder", "verge", "verje",
                "advokat",
                "direktør", "inspektør", "betjent", "trener", "oppmann", "prest", "konsulent",
                "tjener", "tenar", "styrer", "styrar", "bestyrer", "bestyrar", "mester",
                "kaptein", "sjåfør", "maskinist", "stuert", "formann", "styrmann",
                "lensmann", "fylkesmann", "styrmannen", "haldar", "holder", "vasker",
                "vaskar", "fogd", "fut", "smed", "vakt", "vakta", "verneombud", "tillitsvalgt",
                "agronom", "økonom", "ingeniør", "forsker", "forskar", "montør", "snekker",
                "snikkar", "tømrer", "tømrar", "elektriker", "rørlegger", "murer", "murar")
# ranks and offices said before a name ('diakon X', 'løytnant X', 'kantor X')
RANKS = frozenset({"baker", "diakon", "kantor", "klokkar", "klokker", "kapellan", "kaptein",
                   "løytnant",
                   "sersjant", "major", "oberst", "fenrik", "korporal", "general", "admiral",
                   "kommandør", "skipper", "styrmann", "matros", "bas", "formann", "kjøpmann",
                   "vaktmester", "vaktmeister", "biskop", "prost", "pastor", "kateket",
                   "overlege", "tannlege", "dommer", "lagmann", "fogd", "sorenskriver"})
# bodies a person sits in ('X satt i formannskapet')
BODIES = ("styret", "formannskapet", "kommunestyret", "bystyret", "utvalget", "utvalet",
          "ledelsen", "leiinga", "ledergruppa", "leiargruppa", "stortinget", "fylkestinget",
          "regjeringa", "regjeringen", "komiteen", "rådet", "juryen", "panelet")
VISIT_VERBS = frozenset({"inviterte", "invitere", "inviterer", "møtte", "møte", "treffe",
                         "traff", "besøkte", "besøke", "ringe", "ringte", "ringde", "ring"})
CLAUSE_WORDS = frozenset({"og", "men", "så", "da", "då", "at", "fordi", "mens", "når", "om",
                          "som", "hvis", "dersom", "eller", "eh", "ja", "nei", "altså"})
NOT_AFTER_NAME = frozenset({"min", "mi", "mitt", "mine", "din", "di", "ditt", "dine", "hennar",
                            "hennes"})
# conjunctions that open a clause whose subject follows ('før X begynte', 'da X sluttet')
SUBJUNCTIONS = frozenset({"før", "etter", "da", "då", "når", "fordi", "mens", "medan",
                          "siden", "sidan", "dersom", "hvis"})
# what a person is called: 'X het han', 'X heter egentlig Kjell Arne'
CALLED = frozenset({"het", "heter", "heitte", "heiter", "hette", "kalles", "kallast"})
HOME = frozenset({"hjem", "heim", "hjemme", "heime"})
# verbs that take a role after 'som': 'X tok over som daglig leder', 'X begynte som lærer'
ROLE_VERBS = frozenset({"tok", "tek", "begynte", "byrja", "begynner", "jobbet", "jobba",
                        "jobber", "jobbar", "startet", "starta", "ble", "blei", "vart",
                        "fortsatte", "heldt", "holdt", "fungerte", "arbeidet", "arbeidde"})
ROLE_ADJECTIVES = frozenset({"daglig", "dagleg", "faglig", "fagleg", "ny", "nye", "ansvarlig",
                             "ansvarleg", "konstituert", "fast", "midlertidig", "mellombels",
                             "vikarierende", "øverste", "øvste", "kommunal", "kommunalt"})


def _low(tokens: Sequence[Token], k: int) -> str:
    return tokens[k].low if 0 <= k < len(tokens) else ""


_AGE = re.compile(r"[»\"]\s*\(\d{1,3}\)")


def _pseudonym_after(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A quoted name opening a sentence is an informant's pseudonym: an age in brackets
    after it ('«Tuva» (19) var …'), or a comma and who she is ('«Tuva», lærer ved …',
    '«Lise», som har jobbet …', '«Bjørn», kommunelege i …')."""
    after = text[tokens[i].end:tokens[i].end + 12]
    if _AGE.match(after):
        return True
    if not re.match(r"[»\"]\s*,", after) or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].low
    return nxt == "som" or role_word(nxt) or kin_word(nxt) or nxt in ("informant", "ein",
                                                                      "en", "ei")


def _gap(text: str, tokens: Sequence[Token], k: int) -> str:
    """The characters between token k and token k+1."""
    if k < 0 or k + 1 >= len(tokens):
        return ""
    return text[tokens[k].end:tokens[k + 1].start]


def _before(text: str, tokens: Sequence[Token], i: int) -> str:
    """The characters before token i (back to the previous token, or the text's start)."""
    return _gap(text, tokens, i - 1) if i > 0 else text[:tokens[i].start]


def _clause_start(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i starts a clause: a sentence start, after a comma or a clause word."""
    if i == 0 or tokens[i].sentence_start:
        return True
    while i > 0 and tokens[i - 1].low in HESITATIONS:
        i -= 1  # 'ehm siv fra selbu …'
    if i == 0:
        return True
    gap = _gap(text, tokens, i - 1)
    return bool(set(gap) & set(",;:–-«\"(")) or tokens[i - 1].low in CLAUSE_WORDS


def _same_clause(text: str, tokens: Sequence[Token], k: int, most: int) -> range:
    """Token indexes from k on, at most ``most`` of them, up to the end of the clause (a
    comma, a full stop)."""
    m = k
    while m < min(len(tokens), k + most) and not set(_before(text, tokens, m)[-2:]) & set(
            ",.;:!?"):
        m += 1
    return range(k, m)


SPOKEN_ADJECTIVES = frozenset({"gamle", "unge", "vesle", "lille", "store", "nye", "snille"})
SCHOOL_SUBJECTS = frozenset({"norsk", "matte", "matematikk", "engelsk", "tysk", "fransk",
                             "gym", "kroppsøving", "naturfag", "samfunnsfag", "historie",
                             "geografi", "musikk", "kristendom", "religion", "krle", "fysikk",
                             "kjemi", "biologi", "heimkunnskap", "kunst",
                             "formingsfag", "sløyd", "spansk", "samfunnskunnskap"})
WHO = frozenset({"hvem", "kven", "kem", "kæm", "who"})
# present tenses after 'han'/'ho' that the verb lists lack ('ho bur i karasjok')
PRESENT_VERBS = frozenset({"bur", "bor", "veit", "vet", "kjem", "går", "gjeng", "står", "ligg",
                           "sit", "sitter", "tek", "tar", "gjer", "gjør", "får", "må", "bør",
                           "kan", "skal", "vil", "heiter", "heter", "seier", "sier", "eig",
                           "eier", "driv", "driver", "jobbar", "jobber", "snakkar", "snakker"})
SPOKEN_NAME_AFTER = frozenset({"som", "han", "hun", "ho", "hu", "ja", "altså", "nei", "fra",
                               "frå", "på", "i", "da", "då", "sa", "seier", "sier", "også", "òg"})


def _spoken_name(text: str, tokens: Sequence[Token], i: int, k: int) -> bool:
    """Spoken 'han X' / 'ho X' opening a clause: the pronoun points at the name that
    follows, and what follows the name is no object ('han sjøholt han eier …', 'han
    bamsen som lærte meg', 'ho ester nei ester', 'han gamle kvitberghaugen eide …'); X is
    no verb ('han sa ja')."""
    p = i - 1  # the pronoun
    if p >= 1 and tokens[p].low in SPOKEN_ADJECTIVES:
        p -= 1
    if p < 0 or tokens[p].low not in ("han", "hun", "ho", "hu"):
        return False
    if not (p == 0 or _clause_start(text, tokens, p) or tokens[p - 1].low in FILLERS
            or tokens[p - 1].low == "var" and _low(tokens, p - 2) in ("det", "da", "då")):
        return False  # (or a cleft: 'det var han bamsen som …')
    low = tokens[i].low
    n1 = _low(tokens, k)
    if n1 not in SPOKEN_NAME_AFTER and not (p < i - 1 and (past_verb(n1) or n1 in PERSON_DOES)):
        return False
    if low in PRESENT_VERBS or kin_word(low) or role_word(low) or (
            not _listed(low) and low.endswith(("en", "et", "a"))
            and zipf(low[:-2] if low.endswith(("en", "et")) else low[:-1], ("nb",)) >= 3.5):
        return False  # 'ho bur i …' (a verb), 'han naboen han …', 'gården' (a noun)
    if low in STOPWORDS or low in PERSON_ACTS or low in PERSON_DOES or len(low) < 3 or (
            not _listed(low) and (past_verb(low) or verb_form(low))):
        return False
    if low.endswith(("er", "ar", "et", "a")) and not _listed(low) \
            and zipf(low, ("nb",)) >= 2.0 and (common_word(low) or weak_past(low)
                                              or verb_form(low)
                                              or zipf(low[:-2] + "e", ("nb",)) >= 2.0):
        return False  # a present or past tense ('han snakker om …', 'hun pendlet fra …';
        # not 'han mcallister han skotten': a name no verb list knows)
    return zipf(low, ("nb",)) < 4.5 or _listed(low)


@lru_cache(maxsize=65536)
def _bare_subject(low: str) -> bool:
    """A word that, bare at a clause start before a past verb, can only be a name: a listed
    name that is neither a place nor a noun in its definite form nor a mass noun, or a word
    no Norwegian word list knows that is built like no noun."""
    g = gz.load()
    if low in STOPWORDS or low in g.places or low in MASS_NOUNS or not low.isalpha() \
            or len(low) < 3 or low in g.not_person:
        return False
    if low.endswith(DEFINITE) and common_word(low) and not (
            low in g.given and not definite_noun(low) or low in NAMES_THAT_ARE_FUNCTION_WORDS):
        return False  # 'Sola kom fram' (but 'Per kom inn', 'Tone sto opp', 'Anna kom')
    if _listed(low):
        return True
    return zipf(low, ("nb",)) < 2.5 and not noun_like(low) and not compound(low) \
        and not inflected_word(low)


ROLE_PLURALS = frozenset({"tillitsvalgte", "tillitsvalde", "ledere", "leiarar", "lærere",
                          "lærarar", "kolleger", "kollegaer", "sykepleiere",
                          "sjukepleiarar", "leger", "legar", "naboer", "naboar", "venner",
                          "vener", "saksbehandlere", "sakshandsamarar", "rådgivere",
                          "rådgjevarar", "verneombud", "gift", "søsken", "sysken",
                          "kjærester", "medlemmer", "medlemar", "kontaktpersoner"})


# people in the plural ('X er en av ni informanter')
PEOPLE_PLURALS = frozenset({"informanter", "informantar", "informantene", "informantane",
                            "deltakere", "deltakarar", "deltakerne", "deltakarane", "ansatte",
                            "tilsette", "de", "dei", "oss", "dem", "pasientene", "pasientane",
                            "brukerne", "brukarane", "elevene", "elevane", "foreldrene",
                            "foreldra", "søsken", "sysken", "barna", "borna", "mødrene",
                            "fedrene", "kvinnene", "mennene", "jentene", "guttene", "gutane",
                            "personer", "personar", "respondentene", "respondentane"})
# what someone said or told ('sitatet fra X')
QUOTE_NOUNS = frozenset({"sitatet", "sitat", "utsagnet", "utsegna", "fortellingen",
                         "forteljinga", "historien", "historia", "intervjuet", "svaret",
                         "beretningen", "beskrivelsen", "skildringa", "uttalelsen", "utsegnet",
                         "erfaringene", "erfaringane", "opplevelsen", "opplevinga"})
# words that open a spoken clause before its subject ('eh X fra Y kom …')
OPENERS = frozenset({"og", "men", "så", "eh", "ehm", "altså", "ja", "nei", "da", "då"})
KIN_ENDINGS = ("dattera", "datteren", "dottera", "sønnen", "sonen", "mora", "moren",
               "faren", "broren", "systera", "søstera", "søsteren", "kona", "mannen")


_INVERTED_SUBJECTS = frozenset({"jeg", "eg", "du", "han", "hun", "ho", "vi", "me", "de", "dei",
                                "dem", "dere", "dykk", "dokker", "folk", "alle"})
_AFTER_INVERTED = frozenset({"jo", "da", "då", "altså", "vel", "nok", "liksom", "ihvertfall",
                             "iallfall", "òg", "også", "i", "hvert", "fall", "alltid", "her",
                             "der"})


def speaks_of_municipality(tokens: Sequence[Token]) -> bool:
    """The text says 'kommune' in some form ('de ble jo en kommune', 'Loppa er en fin
    kommune')."""
    return any(t.low.startswith("kommun") for t in tokens)


def inverted(tokens: Sequence[Token], k: int) -> bool:
    """The verb at token k has its subject after it and nothing after that ('… enn melhus
    synes jeg', '… sier de ihvertfall'): the word before the verb is not who acts."""
    n = len(tokens)
    if k + 1 >= n or tokens[k + 1].low not in _INVERTED_SUBJECTS:
        return False
    return all(t.low in _AFTER_INVERTED for t in tokens[k + 2:k + 4]) and k + 4 >= n


def kin_word(low: str) -> bool:
    """A kin noun, compound too ('mora', 'svigerdattera', 'svigermor', 'storebror')."""
    return low in KIN_NOUNS or len(low) > 6 and (
        low.endswith(KIN_ENDINGS)
        or any(low.endswith(k) and low[:-len(k)] in _KIN_FIRST for k in KIN_BARE))


_KIN_FIRST = frozenset({"sviger", "store", "stor", "lille", "vesle", "besta", "beste", "olde",
                        "tippolde", "ste", "halv", "fos", "gud", "gamle", "gamme"})


GENITIVE_ADJECTIVES = frozenset({"store", "nye", "gamle", "siste", "første", "fyrste", "beste",
                                 "eigne", "egne", "lille", "vesle", "kjente", "berømte"})
# past participles before 'av X' that a person did ('trent av X')
DONE_BY = frozenset({"trent", "trena", "ledet", "leia", "leda", "intervjuet", "intervjua",
                     "undervist", "behandlet", "behandla", "ansatt", "tilsett", "oppfostret",
                     "oppdratt", "hjulpet", "hjelpt", "kritisert", "anbefalt", "invitert",
                     "ringt", "kontaktet", "kontakta", "avhørt", "avhøyrd", "anmeldt",
                     "meldt", "oppsøkt", "besøkt", "fulgt", "følgd", "veiledet", "rettleidd",
                     "coachet", "tatt", "passet", "passa", "stelt"})


NAMING_VERBS = frozenset({"kalte", "kalla", "kaller", "kallar", "kalt"})
NAMED_ONES = frozenset({"ham", "henne", "han", "ho", "seg", "meg", "oss", "dem", "dei"})


# trades said of someone after 'som er' ('Rana, som er helsesøster her'), not titles
_CARE_ROLES = frozenset({"helsesøster", "helsesykepleier", "helsesjukepleiar", "jordmor",
                         "barnepleier", "barnepleiar", "fastlege", "tannlege"})
# departments named bare after 'fra': 'X fra økonomi', 'X frå IT'
_DEPARTMENTS = frozenset({"økonomi", "it", "ikt", "hr", "lønn", "regnskap", "personal",
                          "drift", "innkjøp", "ledelsen", "leiinga", "administrasjonen",
                          "staben", "kommunikasjon", "salg", "sal", "kundeservice",
                          "sentralbordet", "resepsjonen", "fagforeningen", "fagforeininga",
                          "verneombudet", "tillitsvalgte", "økonomiavdelinga"})


def _apposition(tokens: Sequence[Token], k: int, *, strict: bool = False) -> bool:
    """From token k (after a comma): '(altså) (han/ho/den) (gamle/nye) <role or kin>' — the
    name's apposition ('Hauge, altså naboen', 'Ulstein, altså han gamle klokkaren')."""
    m = k
    if _low(tokens, m) in ("altså", "eh", "ja"):
        m += 1
    if _low(tokens, m) in ("han", "hun", "ho", "den", "vår", "min", "mi"):
        m += 1
    while _low(tokens, m) in SPOKEN_ADJECTIVES | {"gode", "kjære", "eldste", "yngste"} \
            or m > k and _low(tokens, m).endswith("ske") and len(_low(tokens, m)) > 5:
        m += 1  # ('den engelske professoren', 'den japanske studenten')
    word = _low(tokens, m)
    return word in KIN_NOUNS or role_word(word) or word in PERSON_NOUNS_DEFINITE or (
        m > k and not strict and word.endswith(("eren", "aren", "øren")))  # 'den nye sveiseren'
    # (strict: no comma before it, so not 'av rasfare den vinteren')


def _they_act(low: str) -> bool:
    """After 'de'/'dei' resuming a pair: 'de to', 'dei var', 'de bygde'."""
    return low in ("to", "tre", "begge", "alle") or low in PERSON_DOES or low in PERSON_ACTS \
        or past_verb(low)


# a person in the definite form, after a name in apposition ('grant den skotske fyren')
PERSON_NOUNS_DEFINITE = frozenset({"fyren", "karen", "mannen", "kvinna", "kvinnen", "dama",
                                   "damen", "jenta", "jenten", "gutten", "guten", "studenten",
                                   "professoren", "engelskmannen", "nordmannen", "svensken",
                                   "dansken", "tyskeren", "gubben", "kjerringa", "kona"})


# what only a person has in a genitive: 'Lunds begrep', 'Vinjes teori'
HESITATIONS = frozenset({"eh", "ehm", "ehh", "hm", "hmm", "mm", "øh", "æh"})
GREETED = frozenset({"hilste", "hilse", "hilser", "hilsa", "helsa", "helse", "helser"})
# adverbs set off by commas between a subject and its verb
INSERTED_ADVERBS = frozenset({"derimot", "imidlertid", "likevel", "likeins", "dessuten",
                              "derfor", "også", "òg", "heller", "tvert"})
THINKERS_HEADS = frozenset({"begrep", "begreper", "begrepet", "teori", "teorien", "tese",
                            "avhandling", "avhandlinga", "argument", "resonnement",
                            "typologi", "typologien", "distinksjon", "definisjon",
                            "kritikk", "doktoravhandling", "hovudoppgåve", "masteroppgave",
                            "arbeider", "bøker", "studier", "analyser", "skrifter",
                            "forfatterskap", "tenkning", "poeng", "hovedpoeng",
                            "hovudpoeng", "påstand", "argumentasjon", "funn"})  # (not
# 'Askers modell')
# between a genitive and what its owner wrote: 'Sørlibråtens senere arbeider'
_WORK_ADJECTIVES = frozenset({"senere", "seinare", "tidlige", "tidlegare", "tidligere",
                              "nyere", "nyare", "siste", "første", "kjente", "klassiske",
                              "mange", "omfattende", "sentrale", "mest", "nyeste"})
# what two persons are together ('X og Y var gift'), not two towns
_PAIRS_OF_PEOPLE = frozenset({"gift", "gifte", "skilt", "skilde", "forelska", "forelsket",
                              "forlova", "forlovet", "kjærester", "kjærastar", "søsken",
                              "sysken", "brødre", "brør", "søstre", "systrer", "tvillinger",
                              "tvillingar", "venner", "vener", "venninner",
                              "bestevenner", "kompiser", "kolleger", "kollegaer",
                              "samboere", "sambuarar", "familiene", "familiane"})
_BEFORE_A_PAIR = frozenset({"jo", "også", "òg", "begge", "både", "de", "dei", "to", "tre",
                            "fire", "fem", "gode", "nære", "gamle"})


# what only a person has that a genitive names ('Villanuevas idé', 'Rørviks kone'): no
# town, village or firm has an idea, a birthday or a girlfriend (a genitive of a name, not
# of a noun: 'husets idé', 'bedriftens idé')
_ONLY_A_PERSONS = frozenset({"idé", "ide", "ideen", "idéen", "bursdag", "bursdagen",
                             "fødselsdag", "fødselsdagen", "bryllup", "bryllupet",
                             "begravelse", "begravelsen", "gravferd", "gravferda",
                             "venninne", "kompis", "kamerat", "kollega", "kolleger",
                             "kollegaer", "helse", "sykdom", "sjukdom", "pensjon",
                             "lommebok", "lommeboka"})  # (not 'hund': 'Pavlovs hund')
# kin in the indefinite form, after a genitive: 'sjøholts far', 'Kaias mor'
KIN_BARE = frozenset({"mor", "far", "bror", "søster", "syster", "kone", "mann", "sønn", "son",
                      "dotter", "datter", "svigersønn", "svigerson", "svigerdatter",
                      "svigerdotter", "svigerfar", "svigermor", "enke", "enkemann",
                      "kjæreste", "samboer", "sambuar", "besteforeldre", "foreldre",
                      "bestefar", "bestemor", "oldefar", "oldemor", "onkel", "tante",
                      "barnebarn", "nevø", "niese", "fetter", "kusine", "søskenbarn"})
# a word for a name: 'X – det er etternavnet hans', 'X var navnet på presten'
NAME_NOUNS = frozenset({"navn", "navnet", "namn", "namnet", "etternavn", "etternavnet",
                        "etternamn", "etternamnet", "fornavn", "fornavnet", "fornamn",
                        "fornamnet", "kallenavn", "kallenavnet", "kallenamn", "kallenamnet",
                        "tilnavn", "tilnavnet", "klengenavn", "klengenavnet", "økenavn",
                        "økenavnet", "økenamn", "oppnamn", "oppnavn"})
NATIONALITIES = frozenset({
    "engelsk", "norsk", "svensk", "dansk", "tysk", "polsk", "fransk", "spansk", "italiensk",
    "amerikansk", "britisk", "skotsk", "irsk", "finsk", "russisk", "somalisk", "eritreisk",
    "syrisk", "afghansk", "kurdisk", "litauisk", "ukrainsk", "filippinsk", "thailandsk",
    "vietnamesisk", "kinesisk", "japansk", "chilensk", "islandsk", "nederlandsk", "samisk",
    "kvensk", "ghanesisk", "nigeriansk", "etiopisk", "iransk", "irakisk", "tyrkisk",
    "bosnisk", "serbisk", "kroatisk", "latvisk", "estisk", "rumensk", "ungarsk", "tsjekkisk",
    "portugisisk", "gresk", "indisk", "pakistansk", "kanadisk", "australsk", "brasiliansk"})


def _name_talk(tokens: Sequence[Token], k: int) -> bool:
    """The words from token k on talk about a name: 'X – det er etternavnet hans', 'X var
    navnet på presten', 'X, tror jeg hun het', 'X – ja, han het det'."""
    for m in range(k, min(len(tokens), k + 6)):
        low = tokens[m].low
        if low in NAME_NOUNS:
            return True
        if low in CALLED and _low(tokens, m - 1) in ("han", "hun", "ho", "dei", "de") \
                and m > k:
            return True
        if low in ("som", "og", "men") and m > k:
            return False
    return False


def _person_noun(low: str) -> bool:
    """A noun for a person: a role, kin, or a man, woman, girl or boy of some kind."""
    return bool(low) and (role_word(low) or kin_word(low) or low.endswith((
        "mann", "kvinne", "dame", "jente", "gutt", "kar", "pleier", "pleiar", "venn",
        "venninne", "nabo", "kollega")))


def _fronted_nickname(tokens: Sequence[Token], j: int) -> bool:
    """Token j is a name said first, then what we called someone: '«Tøffen» kalte vi ham',
    'tuppen kalte vi ham'."""
    return _low(tokens, j + 1) in NAMING_VERBS and _low(tokens, j + 2) in SUBJECT_PRONOUNS \
        and _low(tokens, j + 3) in NAMED_ONES


# adverbs around a verb of naming: 'heter egentlig X', 'kommunen som nå heter X', 'heter
# faktisk bror'
_CALLED_ADVERBS = frozenset({"egentlig", "eigentleg", "bare", "berre", "jo", "no", "nå", "vel",
                             "faktisk", "visst"})
# words that never are the nickname itself ('tuppe kalte vi han alltid')
_NAMING_ADVERBS = _CALLED_ADVERBS | frozenset({"for", "alltid", "bestandig", "aldri", "ofte",
                                               "gjerne", "også", "og", "òg", "heller"})


def _naming_slot(tokens: Sequence[Token], i: int) -> bool:
    """Token i is what someone is called: 'vi kalte henne (bare) X', 'hun het X' (not an
    adverb: 'tuppe kalte vi han alltid')."""
    if _low(tokens, i) in _NAMING_ADVERBS:
        return False
    k = i - 1
    if _low(tokens, k) in ("bare", "berre", "for", "alltid", "bestandig"):
        k -= 1
    if _low(tokens, k) in NAMED_ONES and _low(tokens, k - 1) in NAMING_VERBS:
        return True
    if _low(tokens, k) in NAMED_ONES and _low(tokens, k - 1) in SUBJECT_PRONOUNS \
            and _low(tokens, k - 2) in NAMING_VERBS:
        return True  # 'Dei kalla han «Klokkar-Per»', 'kalte vi ham X'
    if _low(tokens, i - 1) == "for" and (_low(tokens, i - 3) in NAMING_VERBS
                                         or _low(tokens, i - 4) in NAMING_VERBS):
        return True  # 'vi kalte kapteinen for gamlefar', 'dei kalla han alltid for X'
    if _low(tokens, k) in CALLED and _low(tokens, k - 1) == "som" \
            and _person_noun(_low(tokens, k - 2)):
        return True  # 'en hjelpepleier som het jerome'
    if _low(tokens, k) in _CALLED_ADVERBS:
        k -= 1  # 'broren min heter faktisk bror'
    if _low(tokens, k) in CALLED:
        m = k - 1
        if _low(tokens, m) in ROLE_OWNERS:
            m -= 1
        who = _low(tokens, m)
        if kin_word(who) or who in PERSON_NOUNS_DEFINITE or who in ("mamma", "pappa") \
                or who.endswith(("en", "a")) and role_word(who):
            return True  # 'broren min heter bror', 'sjefen heitte Berg'
    return _low(tokens, k) in CALLED and _low(tokens, k - 1) in ("han", "hun", "ho", "jeg", "eg")


# the kinds of place whose name is told: 'ein liten plass som heiter X', 'garden heitte X'
PLACE_KINDS = PLACE_NOUNS_BEFORE | frozenset({
    "plass", "plassen", "stad", "sted", "gard", "gård", "gardsbruk", "småbruk", "bruk",
    "husmannsplass", "husmannsplassen", "bygd", "grend", "øy", "holme", "holmen", "skjær",
    "fjell", "fjellet", "dal", "vatn", "vann", "vatnet", "vannet", "elv", "elva", "tettstad",
    "tettsted", "landsby", "fiskevær", "strand", "stranda", "bukt", "bukta", "vik", "vika",
    "seter", "setra", "støl", "stølen", "hamlet", "øygruppe", "nes", "neset", "odde", "odden",
    "bydel", "strøk", "strøket", "boligfelt", "boligfeltet", "byfelt", "grendelag",
    "tettstaden", "fiskeværet", "landsbyen", "bygdene", "plassane", "plassene", "stedene",
    "stadene"})
_CALLED_NEAR = CALLED | _CALLED_ADVERBS


_PEOPLE = frozenset({"folk", "folka", "folket", "familien", "familia", "familiar",
                     "familier", "ungdommen", "ungdommane", "elevene", "elevane", "jentene",
                     "gutane", "guttene", "kvinnene", "kvinnane", "mennene"})
# what two people are to each other: 'X og Y er tvillinger'
_PAIRS = frozenset({"tvillinger", "tvillingar", "søsken", "sysken", "brødre", "brør", "søstre",
                    "systrer", "venner", "vener", "venninner", "naboer", "naboar", "gift",
                    "kjærester", "kjærastar", "søskenbarn", "syskenbarn", "kolleger",
                    "kollegaer", "kollegaar", "samboere", "sambuarar", "fetter", "kusiner"})
_ME = frozenset({"meg", "eg", "jeg", "æ", "je"})
# what may follow a name in '… var de to eneste', '… og Y er tvillinger'
_ONLY_START = COPULAS_SPOKEN | frozenset({"og", "eller", "de", "dei"})
# what only a person becomes or is: 'Stange er pensjonert nå'
_PERSON_STATES = frozenset({"pensjonert", "pensjonist", "pensjonister", "gravid", "gift",
                            "skilt", "enke", "enkemann", "sykmeldt", "sjukmeld", "sjukemeld",
                            "uføretrygdet", "uføretrygda", "permittert", "arbeidsledig",
                            "arbeidsledige", "innlagt", "oppsagt", "forlova", "forlovet"})


def _the_only_ones(tokens: Sequence[Token], k: int) -> float:
    """After a name ending at token k (perhaps with 'og Y'): 'var de to eneste lærerne'
    (people: 2.0), 'var dei einaste som ville ha …' (1.5)."""
    m = k + 1
    for _ in range(3):  # 'Strand og Berg var …', 'voss og sande og meg vi var …'
        if _low(tokens, m) in ("og", "eller") and m + 1 < len(tokens) and (
                _low(tokens, m + 1) not in STOPWORDS or _low(tokens, m + 1) in _ME):
            m += 2
    if _low(tokens, m) in ("vi", "me") and _low(tokens, m - 1) in _ME:
        m += 1  # '… og meg vi var': the pair, resumed
    if m > k + 1 and _low(tokens, m) in NUMBER_WORDS - {"en", "ein", "ett", "eitt"} \
            or m > k + 1 and _low(tokens, m) in ("det", "dei", "de") \
            and _low(tokens, m + 1) in COPULAS_SPOKEN \
            and _low(tokens, m + 2) in NUMBER_WORDS - {"en", "ein", "ett", "eitt"}:
        n = m if _low(tokens, m) in NUMBER_WORDS else m + 2
        what = _low(tokens, n + 1)
        if what in ROLE_PLURALS or what in _PAIRS or what in PEOPLE_PLURALS or what.endswith(
                ("er", "ar")) and what[:-2] in ROLES_BARE | ROLE_WORDS:
            return 2.0  # 'gran og ås to rektorer som …', 'ask og eik det var to brødre'
    if _low(tokens, m) in ("de", "dei") and _low(tokens, m + 1) in NUMBER_WORDS:
        m += 2  # 'Eik og Ask, de to er tvillinger'
    if _low(tokens, m) in COPULAS_SPOKEN and _low(tokens, m + 1) in _PAIRS:
        return 2.0  # 'sol og storm er tvillinger', 'X og Y var naboer'
    if _low(tokens, m) not in COPULAS_SPOKEN or _low(tokens, m + 1) not in ("de", "dei"):
        return 0.0
    m += 2
    if _low(tokens, m) in NUMBER_WORDS:
        m += 1
    if _low(tokens, m) not in ("eneste", "einaste"):
        return 0.0
    nxt = _low(tokens, m + 1)
    if nxt in PEOPLE_PLURALS or nxt in ROLE_PLURALS or nxt.endswith(("ene", "ane", "ne")) and (
            nxt[:-3] in ROLES_BARE or nxt[:-2] in ROLES_BARE or nxt[:-2] in ROLE_PLURALS):
        # ('lærerne', 'legane', 'sjukepleiarane')
        return 2.0
    return 1.5 if nxt == "som" else 0.0


def named_place(tokens: Sequence[Token], i: int) -> bool:
    """Token i is what a place is called: 'ein liten plass som heiter X', 'en gård som heter
    X', 'ei grend utanfor Lakselv som heiter X', 'garden heitte X' (not 'mannen på garden
    heitte X', where the man is named)."""
    if i < 2 or tokens[i - 1].low not in _CALLED_NEAR:
        return False  # (most words: nothing before them names)
    k = i - 1
    if _low(tokens, k) in _CALLED_ADVERBS:
        k -= 1
    if _low(tokens, k) not in CALLED:
        return False
    m = k - 1
    if _low(tokens, m) in _CALLED_ADVERBS:
        m -= 1  # 'kommunen som nå heter X'
    relative = _low(tokens, m) == "som"
    if relative:
        m -= 1
    if _low(tokens, m) in PLACE_KINDS:
        return relative or _low(tokens, m - 1) not in PLACE_PREPOSITIONS
    # 'en liten plass utenfor Lakselv som heter X'
    return relative and _low(tokens, m - 1) in _NEAR_PLACE and _low(tokens, m - 2) in PLACE_KINDS


def defined_as_place(tokens: Sequence[Token], i: int) -> bool:
    """Token i, at a clause's start, is said to be a farm, a hamlet or an island in a
    Norwegian place: 'Bleie er ein gard i Ullensvang', 'Skrindo var en liten plass i Lom'."""
    if i > 0 and not tokens[i].sentence_start and _low(tokens, i - 1) not in ("og", "men"):
        return False
    if _low(tokens, i + 1) not in COPULAS_SPOKEN or _low(tokens, i + 2) not in ARTICLES:
        return False
    kind = next((k for k in range(i + 3, min(len(tokens), i + 6))
                 if _low(tokens, k) in PLACE_KINDS), None)
    # where it lies, in Norway: 'i Ullensvang', 'ved Lofthus' (not a place of tales or abroad)
    return kind is not None and any(
        _low(tokens, k) in ("i", "på", "ved", "under", "nær") and tokens[k + 1].capital
        and gz.load().norwegian(tokens[k + 1].low)
        for k in range(kind + 1, min(len(tokens) - 1, kind + 4)))


_NEAR_PLACE = PLACE_PREPOSITIONS | frozenset({
    "innafor", "innenfor", "innanfor", "ovenfor", "ovanfor", "nedenfor", "nedanfor",
    "bortenfor", "bortanfor", "utafor", "nord", "sør", "aust", "øst", "vest"})


@lru_cache(maxsize=65536)
def role_word(low: str) -> bool:
    """A role noun, bare, compound or definite ('lærar', 'læraren', 'varesjefen')."""
    if role_compound(low) or low in ROLE_NOUNS or low in ROLES_BARE or low in ROLE_WORDS \
            or low in ROLE_ENDINGS or low in RANKS:
        return True
    for suffix in ("en", "a", "et"):
        stem = low[:-len(suffix)]
        if low.endswith(suffix) and (stem in ROLE_ENDINGS or stem in ROLES_BARE
                                     or stem in ROLE_WORDS or stem in RANKS
                                     or suffix == "a" and role_compound(stem + "e")):
            return True  # ('læraren', 'kyrkjeverja': 'kyrkjeverje')
    if low.endswith("en") and len(low) > 5 and (
            low[:-1] in ROLES_BARE or low[:-1] in ROLE_WORDS
            or role_compound(low[:-1]) and zipf(low[:-1], ("nb",)) >= 1.5):
        return True  # 'dyrlegen' ('dyrlege' + 'n'; not 'nyslegen', newly mown)
    # spoken definite forms: 'lærern', 'sjåførn' ('lærer' + 'n')
    return low.endswith("ern") and len(low) > 5 and (
        low[:-1] in ROLES_BARE or low[:-1] in ROLE_WORDS or role_compound(low[:-1]))


@lru_cache(maxsize=65536)
def role_compound(low: str) -> bool:
    """A role noun, compound or not, bare or definite ('økonomisjef', 'prosjektleiar',
    'varesjefen', 'kirketjeneren', 'diakon', 'styrmann')."""
    if low in RANKS:
        return True
    for stem in (low, low[:-2] if low.endswith(("en", "et")) else "",
                 low[:-1] if low.endswith("a") else ""):
        if stem and any(stem.endswith(e) and len(stem) >= len(e) + 3 for e in ROLE_ENDINGS):
            return True
    return False


# between a copula and the role it gives ('var både lærar', 'er no ein god sjef')
_BEFORE_ROLE = frozenset({"både", "en", "ein", "ei", "også", "òg", "fortsatt", "framleis",
                          "da", "då", "jo", "nå", "no", "lenge", "alltid", "egentlig",
                          "eigentleg", "vel", "visstnok", "den", "første", "fyrste", "god",
                          "flink", "dyktig", "ny", "eneste", "einaste", "enaste", "siste"})
# roles a place, a firm or a country can have too ('Moss er nabo til Rygge', 'Kina er
# verdensleder', 'Equinor er markedsleder')
_ROLES_OF_PLACES = frozenset({"nabo", "naboen", "venn", "vert", "vertskap", "kontakt"})
# a municipality's own roles, which may follow its name ('Gran (ordføreren) sa nei')
_ROLES_OF_MUNICIPALITIES = frozenset({"ordfører", "ordføreren", "ordførar", "ordføraren",
                                      "varaordfører", "varaordførar", "rådmann",
                                      "rådmannen", "kommunedirektør", "kommunedirektøren",
                                      "kommunalsjef", "kommunalsjefen", "kommuneoverlege",
                                      "kommuneoverlegen"})
_ROLE_PREFIXES_OF_PLACES = ("verdens", "markeds", "bransje", "europa", "nasjonal", "region",
                            "vert")


def _role_after_copula(tokens: Sequence[Token], k: int) -> bool:
    """Tokens from k are a copula and the role it gives: 'var både norsklærer',
    'er ein god sjef', 'har vore turnuslege', 'var legane'."""
    low = _low(tokens, k)
    if low in ("har", "hadde") and _low(tokens, k + 1) in ("vore", "vært", "vorte", "blitt"):
        k += 1
    elif low not in COPULAS:
        return False
    after = [_low(tokens, m) for m in range(k + 1, k + 8)]
    m = _past(after, 0, _BEFORE_ROLE)
    word = after[m] if m < len(after) else ""
    if not word or word in _ROLES_OF_PLACES or word.startswith(_ROLE_PREFIXES_OF_PLACES):
        return False
    if word.endswith("ne") and len(word) > 5:  # plural: 'legane', 'lærarane', 'sykepleierne'
        return any(role_word(stem) and stem not in _ROLES_OF_PLACES
                   for stem in (word[:-3], word[:-3] + "e", word[:-2]))
    return role_word(word)


def _age(tokens: Sequence[Token], k: int) -> bool:
    """Tokens from k say an age: '(bare|nesten|over) fire år', '12 år gammel'."""
    while _low(tokens, k) in DEGREE | {"bare", "berre", "nesten", "over", "under", "snart",
                                        "ca", "rundt", "omtrent"}:
        k += 1
    num = _low(tokens, k)
    return (num.isdigit() or num in NUMBER_WORDS) and _low(tokens, k + 1) in ("år", "måneder",
                                                                            "månader")


def _as_role(tokens: Sequence[Token], k: int) -> bool:
    """'som <role>' within the next four words: 'X som kontaktperson', 'X med oss som
    referent'."""
    for m in range(k, min(k + 4, len(tokens) - 1)):
        if tokens[m].low == "som":
            role = tokens[m + 1].low
            if role in ROLE_ADJECTIVES and m + 2 < len(tokens):
                role = tokens[m + 2].low  # 'som daglig leder'
            return role in ROLES_BARE or role in ROLE_WORDS or role.endswith(ROLE_ENDINGS)
        if tokens[m].low in STOPWORDS - {"med", "oss", "meg", "seg"}:
            return False
    return False


def _pronoun_later(text: str, tokens: Sequence[Token], k: int) -> bool:
    """After the name's clause (from token k) a comma, then 'hun/han/ho' as a subject with a
    verb: 'Vår kommer på onsdag, hun har tatt over'."""
    for m in range(k, min(k + 8, len(tokens) - 2)):
        if tokens[m].sentence_start:
            return False
        gap = _gap(text, tokens, m)
        if "," in gap or "–" in gap or " - " in gap:
            while m + 2 < len(tokens) and tokens[m + 1].low in SPOKEN_FILLERS | {
                    "og", "men", "for", "så"}:
                m += 1  # 'X var veldig sånn – eh – hun var streng'
            nxt = tokens[m + 1].low
            return nxt in PERSONAL_PRONOUNS and _low(tokens, m + 2) in PERSON_ACTS | PERSON_DOES
    return False


NOT_PAST = frozenset({"måte", "møte", "gate", "side", "tide", "bitte", "beste", "neste",
                      "første", "fyrste", "siste", "verste", "eldste", "yngste", "største",
                      "minste", "hele", "heile", "gode", "kvinde", "slette", "vente", "hente"})


@lru_cache(maxsize=65536)
def past_verb(low: str) -> bool:
    """A finite past-tense verb: a listed one ('kom', 'skrev') or a weak one by its ending
    ('innførte', 'ringde', 'stemte')."""
    return low in NARRATED or low in PERSON_ACTS or (
        len(low) >= 5 and low.endswith(("te", "de", "dde")) and low not in NOT_PAST
        and zipf(low, ("nb",)) >= 3.0)


def weak_past(low: str) -> bool:
    """A weak past tense in -et or (Nynorsk, spoken) -a of a frequent verb: 'kjempet',
    'kjempa', 'snakket' (after a bare subject; alone the form may be a noun: 'løpet')."""
    if low.endswith("et") and len(low) >= 6:
        return zipf(low[:-2] + "e", ("nb",)) >= 3.0 and zipf(low, ("nb",)) >= 3.0
    return low.endswith("a") and len(low) >= 5 and verb_form(low) \
        and zipf(low[:-1] + "er", ("nb",)) >= 2.0 and low not in gz.load().given


def _te_past(low: str) -> bool:
    """A weak past tense in -te or -de of a frequent verb whose infinitive ends in -ere or -e
    ('fungerte', 'virkte', 'kjørte')."""
    return low.endswith(("te", "de")) and len(low) >= 6 and zipf(low, ("nb",)) >= 2.5 \
        and zipf(low[:-2] + "e", ("nb",)) >= 3.0


NUMBER_PARTS = ("tusen", "hundre", "tjue", "tretti", "førti", "femti", "seksti", "sytti",
                "åtti", "nitti")


@lru_cache(maxsize=65536)
def unknown_word(low: str) -> bool:
    """A word no Norwegian or English word list knows ('kleppevoll', 'hrytsenko')."""
    return len(low) >= 4 and low.isalpha() and low not in STOPWORDS \
        and zipf(low, ("nb", "en")) < 1.0 and not inflected_word(low) and not nynorsk_word(low) \
        and not any(n in low for n in NUMBER_PARTS) and not verb_form(low)


@lru_cache(maxsize=65536)
def present_verb(low: str) -> bool:
    """A present tense in '-er' or '-ar' of a verb the word lists know ('køyrer': 'køyre',
    'jobbar': 'jobbe'), Nynorsk ones too."""
    if len(low) < 5 or not low.endswith(("er", "ar")):
        return False
    stem = low[:-2]
    return max(zipf(stem + "e", ("nb",)), zipf(stem + "a", ("nb",)), zipf(stem + "er", ("nb",)),
               zipf(stem + "te", ("nb",))) >= 1.0


@lru_cache(maxsize=65536)
def verb_form(low: str) -> bool:
    """A past tense whose infinitive the word lists know ('køyrde': 'køyre'; Nynorsk
    'tala': 'tale')."""
    for suffix in ("dde", "de", "te"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = low[:-len(suffix)]
            if zipf(stem + "e", ("nb",)) >= 1.0 or zipf(stem + "a", ("nb",)) >= 1.0:
                return True
    # Nynorsk weak past tenses: 'tala', 'kasta', 'svara'; spoken ones of rarer verbs whose
    # present tense is known too ('pendla': 'pendle', 'pendler'), not a given name ('stella')
    if not low.endswith("a") or len(low) < 5:
        return False
    infinitive = zipf(low[:-1] + "e", ("nb",))
    return infinitive >= 3.5 or infinitive >= 2.5 and zipf(low[:-1] + "er", ("nb",)) >= 2.5 \
        and low not in gz.load().given and low not in gz.load().given_extra


SIT_VERBS = frozenset({"satt", "sat", "sitter", "sit", "sitte", "sitje", "sete"})
MODALS = frozenset({"ville", "vil", "skulle", "skal", "kunne", "kan", "måtte", "må", "fikk",
                    "fekk", "får"})


def _sits_in_body(tokens: Sequence[Token], k: int) -> bool:
    """From token k: '(som) (ikke) (ville) satt/sitte i (samme) <body>' — people sit on
    boards and committees ('satt i formannskapet', 'som ikke ville sitte i samme utvalg')."""
    if _low(tokens, k) == "som":
        k += 1
    while _low(tokens, k) in DEGREE | MODALS:
        k += 1
    if _low(tokens, k) not in SIT_VERBS or _low(tokens, k + 1) not in ("i", "på"):
        return False
    k += 2
    if _low(tokens, k) in ("det", "den", "samme", "same", "nye", "gamle"):
        k += 1
    body = _low(tokens, k)
    return bool(body) and (body.endswith(BODIES) or (body + "et").endswith(BODIES))


def noun_as_object(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is a frequent noun few bear as a name, not at a clause's start: before 'og
    jeg' it is an object, and a new clause begins ('han overtok gården og jeg flytta')."""
    return noun_first(tokens[i].low) and not _clause_start(text, tokens, i)


def _og_pronoun(tokens: Sequence[Token], k: int) -> bool:
    """Within four words from k: 'og han/hun/ho' and a verb of what people do (speech
    without commas: 'med X etterpå og hun var enig')."""
    for m in range(k, min(k + 4, len(tokens) - 2)):
        if tokens[m].sentence_start and m > k:
            return False
        if tokens[m].low == "og" and tokens[m + 1].low in PERSONAL_PRONOUNS:
            return tokens[m + 2].low in PERSON_ACTS | PERSON_DOES
    return False


# an informant's age or a pseudonym's note right after a name: '«Amina» (32)', 'Kari (45
# år)', 'Lise, som vi kan kalle henne,', 'Ola (pseudonym)', '«Per» (fiktivt navn)'
_AGE_OR_PSEUDONYM = re.compile(
    r"[»\"]?\s*(?:\(\s*[1-9]\d\s*(?:år)?\s*[,)]"
    r"|\(\s*(?:pseudonym|fiktivt\s+navn|fiktivt\s+namn|ikke\s+\w+\s+egentlige\s+navn)"
    r"|,\s*som\s+(?:vi|jeg|eg|me)\s+(?:\w+\s+){0,3}?(?:kalle|kalla|kaller|kallar)"
    r"\s+(?:henne|ham|han|ho|hen|dei|dem)\b)", re.I)


def _counted_places(tokens: Sequence[Token], i: int) -> bool:
    """Token i is in a list governed by a preposition of place, each item with a count in
    brackets ('frå Sunde (14) og Valen (9)'): places counted, not persons' ages."""
    for k in range(i - 1, max(-1, i - 16), -1):
        low = tokens[k].low
        if low in PLACE_PREPOSITIONS:
            return True
        if not (tokens[k].capital or low.isdigit() or low in ("og", "eller")):
            return False
    return False


# what follows the speaker after '…, sa X': to whom, or on which occasion it was said (not
# 'sier Telenor i en pressemelding', 'skriver NRK på nettsidene': firms and media say too)
_AFTER_SPEAKER = {"til": frozenset({"meg", "oss", "henne", "ham", "han", "ho", "dem", "dei",
                                    "deg", "dere", "dykk"}),
                  "på": frozenset({"slutten", "møtet", "telefonen", "vei", "veien", "vegen"})}
# verbs that close a quotation and name its speaker after them ('…, sa X.')
_QUOTE_VERBS = SPEECH_VERBS | {"forteller", "fortel", "forklarer", "forklarar", "skriver",
                               "skriv", "legger", "legg", "understreker", "ler"}


_FIRST_PERSON = frozenset({"jeg", "eg", "æ", "meg"})
_PAIR_PRONOUNS = frozenset({"han", "hun", "ho", "hu"}) | _FIRST_PERSON
_BOTH_THEN = frozenset({"med", "på", "enige", "uenige", "einige", "samde", "usamde", "der",
                        "til"})


def _person_named(low: str) -> bool:
    """A pronoun of a person, or a word a person may bear as a name: a listed given name or
    surname, or a word no word list knows."""
    g = gz.load()
    return low in _PAIR_PRONOUNS or low in g.given or low in g.surnames \
        or world_name(low) or unknown_word(low)


def next_list_item(text: str, tokens: Sequence[Token], k: int, step: int) -> int | None:
    """The next item of a list from token k: across 'og', 'eller' or a comma."""
    m = k + step
    if not 0 <= m < len(tokens):
        return None
    near, far = sorted((m, k))
    if tokens[m].low in ("og", "eller"):
        m += step  # 'Gilde og Nortura'
    elif text[tokens[near].end:tokens[far].start].strip() != ",":
        return None  # ('Tine, Gilde': a comma between is a list too)
    return m if 0 <= m < len(tokens) else None


def _list_around(text: str, tokens: Sequence[Token], i: int) -> tuple[int, int, int]:
    """The first and the last item, and how many there are, of the list of words a person
    may bear around token i ('Lund, Vik og Eide', 'han og Gran'); 'og meg' after it is no
    item of it ('X og Y og meg')."""
    a = b = i
    n = 1
    while n < 5 and (m := next_list_item(text, tokens, b, 1)) is not None \
            and _person_named(tokens[m].low) and tokens[m].low not in _FIRST_PERSON:
        b, n = m, n + 1
    while n < 5 and (m := next_list_item(text, tokens, a, -1)) is not None \
            and _person_named(tokens[m].low):
        a, n = m, n + 1
    return a, b, n


def _pair_of_people(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is one of two or three joined by 'og' and commas that are said to be people:
    'X og Y var de to som …', 'X, Y og Z – det var de tre som …', 'X og Y var begge med på
    møtet', 'X og Y og meg', 'han og X var ikke enige'."""
    if not _person_named(tokens[i].low):
        return False
    a, b, n = _list_around(text, tokens, i)
    if n < 2:
        return False  # ('Eide og Fræna var aldri enige': Fræna is no one's name)
    n0, n1, n2, n3 = (_low(tokens, b + m) for m in range(1, 5))
    if n0 == "og" and n1 in _FIRST_PERSON:
        return True
    if n0 in ("det", "dei", "de") and n1 in COPULAS_SPOKEN and n2 in ("de", "dei") \
            and n3 in ("to", "tre", "fire") and _low(tokens, b + 5) == "som":
        return True  # 'Lund, Vik og Eide – det var de tre som satt i styret'
    if n0 not in COPULAS_SPOKEN:
        return False
    if n1 in ("begge", "bægge") and n2 in _BOTH_THEN \
            or n1 in ("de", "dei") and n2 in ("to", "tre", "eneste", "einaste") and n3 == "som" \
            or n1 in ("de", "dei") and n2 in ("yngste", "eldste") and n3 in (
                "på", "i", "av", "som", "blant", ""):
        return True  # ('X og Y var dei yngste på lista'; not 'de eldste byene')
    # agreeing is said of municipalities too ('Sola og Randaberg var enige'): with a pronoun
    return n == 2 and _low(tokens, a) in _PAIR_PRONOUNS and (
        n1 in ("ikke", "ikkje", "aldri") and n2 in ("enige", "einige", "samde")
        or n1 in ("enige", "uenige", "einige", "samde", "usamde"))


def _moved_with(tokens: Sequence[Token], k: int) -> bool:
    """A verb of moving up to five words before token k (a kin noun before 'til'), with no
    other way or goal between: 'flytta Ali og familien til' (not 'dro på hytta til familien
    til': the family is someone's)."""
    for m in range(k - 1, max(-1, k - 6), -1):
        low = tokens[m].low
        if low in MOVING_VERBS:
            return True
        if low in ("til", "på", "i", "fra", "frå", "mot"):
            return False
    return False


# verbs of working, before a role or 'som' and a role ('som jobber nattevakt')
_WORKS = frozenset({"jobber", "jobbet", "jobba", "jobbar", "arbeider", "arbeidet", "arbeidde",
                    "arbeidar"})


# verbs of saying after what was said put first ('det sa heikki', 'sånn sa mor'): those of
# SPEECH_VERBS said of words (not 'det ringte', 'det ba')
_SAID = SPEECH_VERBS & frozenset({"sa", "sier", "seier", "sei", "svarte", "svara", "spurte",
                                  "spurde", "fortalte", "fortalde", "mente", "meinte", "skrev",
                                  "skreiv"})


def person_evidence(text: str, tokens: Sequence[Token], i: int, j: int | None = None) -> float:
    """How surely the words around tokens i..j say that a person's name stands there."""
    j = i if j is None else j
    if named_place(tokens, i):
        return 0.0  # 'ein liten plass som heiter X': a place's name
    if _low(tokens, i - 1) in FROM_WORDS and (
            _low(tokens, i - 2) in PEOPLE_PLURALS or _low(tokens, i - 2) in _PEOPLE):
        return 0.0  # 'informantene fra Drag fortalte': what follows is the people's
    b = i - 1
    while b > 0 and _low(tokens, b) in HESITATIONS:
        b -= 1  # 'så sa eh kvålsvoll at': a hesitation says nothing
    p1, p2, p3 = _low(tokens, b), _low(tokens, b - 1), _low(tokens, b - 2)
    n1, n2 = _low(tokens, j + 1), _low(tokens, j + 2)
    gap_after = _gap(text, tokens, j)
    gap_before = _before(text, tokens, i)
    if (((p1 in DETERMINERS and p1 not in ("det", "de", "dei", "sin", "si", "sitt"))
            or p1 in QUANTIFIERS) and p2 not in ROLE_NOUNS and not kin_word(p2)
            or p1 in ORG_BEFORE) \
            and not (p1 in SPOKEN_ADJECTIVES and _spoken_name(text, tokens, i, j + 1)):
        return 0.0  # 'en stein', 'min bror', 'stor sol', 'ein annan deltakar'
    if p2 in ARTICLES and common_word(p1) and not _listed(p1) and p1 not in _NICKNAME_NOUNS:
        return 0.0  # 'en lang dag', 'ein fin kar': an article, an adjective, a noun (not
        # 'et kallenavn, «Tuppa»')
    if p1 in ADJECTIVE_DEGREE:
        return 0.0  # 'sjefen var veldig frank', 'ganske krass': an adjective
    if p1 in ("det", "den", "de", "dei") and p2 not in ("var", "er", "vart", "blei", "ble") \
            and common_word(tokens[i].low):
        return 0.0  # 'det andre har skrevet' ('det var Andre som' is a cleft)
    if n1 in NOT_AFTER_NAME and not gap_after.strip():
        return 0.0  # 'bror min'
    if p1 in SUBJECT_PRONOUNS and n1 in NEGATIONS and not gap_before.strip() \
            and not gap_after.strip():
        return 0.0  # 'han tor ikkje spørje': a verb between a pronoun and a negation
    if gap_after.startswith("-") and not gap_after.strip("-"):
        # compounds: 'Kvamsdal-utvalget', 'Eidsgaard-rapporten' (but 'Trøgstad-kontoret')
        return 2.0 if n1 in COMMITTEES and tokens[i].low not in gz.load().places else 0.0
    rest = gap_after or text[tokens[j].end:tokens[j].end + 3]  # the last word: to the end
    quoted = gap_before.endswith(("«", '"')) and rest.startswith(("»", '"'))
    if quoted and (p1 in WORK_NOUNS or p2 in WORK_NOUNS):
        return 0.0
    nickname = 0.0
    if quoted and i == j:
        # a nickname or a pseudonym in quotation marks: 'sa «Tuppen» at', '«Gubben» sat
        # alltid …', '«Sjefen» hadde drevet …' (a title is published, not sitting)
        ends = rest.strip(" »\"")[:1] in (".", ",", "!", "?", ";", ":") or not n1
        if p1 in PERSON_ACTS and (n1 in INVERSION_AFTER or ends) \
                or p1 in ("hete", "heite", "het", "heter", "heiter", "heitte") \
                or p1 == "for" and _low(tokens, i - 3) in NAMING_VERBS | {"kaller", "kallar"}:
            nickname = 2.0  # '…», forteller «Knøttet».', 'å få hete «Sjefen»'
        elif _clause_start(text, tokens, i) and (n1 in PERSON_ACTS or n1 in PERSON_DOES and (
                past_verb(n2) or n2 in ("alltid", "bestandig", "aldri", "jo"))):
            nickname = 1.5
        if p1 in _INFORMANT_NOUNS or p1 == "som" and (b == 0 or p2 in ("", "og", "men")) \
                and (n1 in PERSON_ACTS or n1 in _PUT_IT):
            nickname = 2.0  # 'informanten «Sjefen»', 'Som «Tuppen» formulerte det'
        if p1 in _NICKNAME_NOUNS or p2 in _NICKNAME_NOUNS and p1 in ARTICLES \
                or gap_before.strip(" «\"") == "," and p1 in _NICKNAME_NOUNS | {"navn", "namn"} \
                and p2 in _NICKNAME_NOUNS | ARTICLES:
            nickname = 2.0  # 'kallenavnet «Tuppa»', 'hadde et kallenavn, «Tuppa»,'

    cues: list[float] = [nickname] if nickname else []

    def at_least(v: float) -> None:
        cues.append(v)

    # after the name (not for the object of a preposition: 'Han Stornes frå Fiskarlaget sa');
    # spoken fillers between are skipped ('det var harstad da som …')
    comma_after = gap_after.strip().startswith(",")
    k = j + 1
    if comma_after and _low(tokens, k) in INSERTED_ADVERBS and _gap(text, tokens, k).strip() \
            == "," and i == j:
        k, comma_after = k + 1, False  # 'X, derimot, ser dette som …', 'X, imidlertid, mener'
    while _low(tokens, k) in SPOKEN_FILLERS and _low(tokens, k + 1) and not comma_after:
        k += 1
    n1, n2 = _low(tokens, k), _low(tokens, k + 1)
    if (n1 in KIN_NOUNS or n1 in ("gutten", "jenta", "jenten")) and n1 not in (
            "familien", "familia", "ungene", "ungane", "barna", "borna", "foreldrene",
            "foreldra") \
            and n2 in ("min", "mi", "mitt", "vår", "til", "hans", "hennes") and i == j \
            and not gap_after.strip() and (b < 0 or p1 in ("og", "at", "men", "så", "da", "då",
                                                             "jo", "eh", "altså")):
        at_least(2.0)  # 'ask gutten min var med', 'ask sønnen til naboen': a person, then
        # who that person is to the speaker
    owned = n1  # what a genitive owns ('på Åkrestrands typologi'), whatever comes before
    if n1 in _WORK_ADJECTIVES and n2 in THINKERS_HEADS:
        owned = n2  # 'i Sørlibråtens senere arbeider'
    if p1 in PLACE_BEFORE and not comma_after:
        n1 = n2 = ""
    if n1 in PERSON_ACTS and not comma_after and not inverted(tokens, k):
        at_least(2.0)
    if n1 in ("og", "å") and n2 in ("jeg", "eg") and not comma_after \
            and not noun_as_object(text, tokens, i):
        at_least(2.0)  # 'hagen og jeg' (not 'overtok gården og jeg flytta')
    if p1 == "og" and p2 in ("jeg", "eg", "æ") and n1 in ("vi", "me") and not comma_after \
            and _clause_start(text, tokens, i - 2):
        at_least(2.0)  # 'æ og ask vi var på tråleren': the two of us, resumed by 'vi'
    if n1 in ("ikke", "ikkje") and n2 in ("jeg", "eg", "meg") and p1 in (
            "var", "er", "ikke", "ikkje") or p1 == "og" and p2 in ("jeg", "eg", "meg") and (
            p3 in ("ikke", "ikkje")):
        at_least(2.0)  # 'det var X, ikke jeg, som skrev', 'ikke jeg og X' (contrasted with me)
    if n1 in SIN_POSSESSIVES and not gap_after.strip():
        at_least(1.5)  # 'X sin idé' (but also 'sola sin modell')
    presented = p1 == "det" and p2 in ("var", "er") and p3 in (
        "så", "og", "da", "då", "men") and tokens[i].low not in TIMES  # not 'sommer da han …'
    spoken = p1 in PERSONAL_PRONOUNS and _clause_start(text, tokens, i - 1)  # 'ho Vår, ho …'
    if n1 in PERSONAL_PRONOUNS and (_clause_start(text, tokens, i) or presented or spoken) and (
            comma_after or _low(tokens, k + 1) in PERSON_ACTS | PERSON_DOES):
        # 'kari hun sa', 'Vår, ho var så flink', 'moe ja han var grei', 'så var det X da han …'
        at_least(2.0)
    elif n1 in PERSONAL_PRONOUNS and _clause_start(text, tokens, i) and not comma_after and (
            past_verb(_low(tokens, k + 1))):
        at_least(1.5)  # 'lidvin han ordna alltid dansen' (a noun takes 'han' too: 'bilen
        # han starta ikkje', so less sure)
    if n1 in PERSON_DOES and not comma_after:
        at_least(0.5 if n1 in COPULAS else 1.0)  # 'X var …' is weak: places are too
    mark_after = gap_after.strip(" »\"")
    if mark_after in ("(", ",", "–", "—") and p1 not in PLACE_PREPOSITIONS \
            and not gz.municipalities_called(tokens[i].low) and (
            n1 in _INFORMANT_NOUNS or n1 in ("inf", "intervju", "intervjuperson")
            or _gap(text, tokens, k).strip() in (",", ")") and role_word(n1)
            and n1 not in _ROLES_OF_PLACES and n1 not in _ROLES_OF_MUNICIPALITIES):
        at_least(2.0)  # '«Per» (informant 7) arbeidet …', 'Per (lærer) sa …', 'Per,
        # informant 7, sa …': a pseudonym's designation, a role in parentheses (not 'en
        # sykepleier i Vik (informant 7)': where an informant is; a municipality's name
        # keeps its label, masked either way)
    after_copula = [_low(tokens, m) for m in range(k + 1, k + 5)]
    if not comma_after and n1 in COPULAS and after_copula[
            min(_past(after_copula, 0, _BEFORE_A_PAIR), 3)] in _PAIRS_OF_PEOPLE:
        at_least(2.0)  # 'Moen og Lund var gift', 'X og Y ble kjærester', 'var dei tre
        # familiane som …' (two towns are no couple; they may agree: not 'enige')
    if not comma_after and _role_after_copula(tokens, j + 1):
        at_least(2.0)  # 'Foss var både norsklærar og trenar', 'Tran har vore turnuslege':
        # a role is what a person is (a place is no one's teacher)
    if n1 in ("fra", "frå", "på", "i"):
        # 'X på trygdekontoret var …', 'X fra personalavdelingen', 'X på teknisk etat var …'
        unit, then = n2, _low(tokens, j + 3)
        if n2.endswith("sk") and len(n2) > 4 and _low(tokens, j + 3).endswith(WORKPLACES):
            unit, then = _low(tokens, j + 3), _low(tokens, j + 4)
        if unit.endswith(WORKPLACES):
            at_least(1.5 if then in PERSON_ACTS | PERSON_DOES | PERSONAL_PRONOUNS else 1.0)
    if n1 == "som" and n2 in ("var", "er", "het", "heter", "jobbet", "jobba", "hadde"):
        at_least(0.5)
    if n1 == "som" and n2 in COPULAS_SPOKEN and (
            _low(tokens, k + 2) in ROLES_BARE | ROLE_WORDS | _CARE_ROLES
            or role_compound(_low(tokens, k + 2))):
        at_least(2.0)  # 'stein som var trafikkleder sa …' (a place is no one's leader)
    if n1 == "som" and n2 in _WORKS and (
            _low(tokens, k + 2) in ROLES_BARE | ROLE_WORDS | _CARE_ROLES | {"som"}
            or role_compound(_low(tokens, k + 2))):
        at_least(2.0)  # 'Lise, som jobber nattevakt', 'X som jobber som kokk'
    if n1 == "som" and n2 in PERSON_ACTS:
        at_least(1.5)  # 'Lise, som fortalte …', 'Ask, som lo': what only people do
    if p1 in CALLED and p2 == "som" and not comma_after:
        at_least(2.0)  # 'en sønn som het bror': a name is what someone is called
    if p1 in ("er", "var") and (p2 in _PERSONAL_NAME_NOUNS or p2 in POSSESSIVES_AFTER
                                and p3 in _PERSONAL_NAME_NOUNS | {"navnet", "namnet"}):
        at_least(2.0)  # 'etternavnet hans er ghebremariam' (not 'navnet på bygda er …')
    n3, n4 = _low(tokens, k + 2), _low(tokens, k + 3)
    off = 0
    if n1 in COPULAS and n2 in DEGREE | SPOKEN_FILLERS | {"egentlig", "eigentleg"}:
        n2, n3, n4, off = n3, n4, _low(tokens, k + 4), 1  # 'X var også den som …'
    if n1 in ("var", "er", "vart", "blei", "ble") and n2 in ("den", "det", "de", "dei") and (
            n3 == "som" or n3 in ("eneste", "einaste", "første", "fyrste", "siste", "to",
                                  "tre") and n4 == "som"):
        # 'X var den som holdt styr', 'X var den eneste som torde' (dared: only a person)
        verb = _low(tokens, off + (k + 4 if n4 == "som" else k + 3))
        at_least(2.0 if verb in PERSON_ACTS else 1.5)
    if n1 in PERSONAL_PRONOUNS and n2 == "som" \
            or comma_after and n1 == "altså" and n2 in PERSONAL_PRONOUNS and n3 == "som":
        at_least(2.0)  # 'X, han som satt i styret', 'Halden, altså han som er advokat'
    if comma_after and (role_word(n1) or _person_noun_definite(n1)) \
            and n1.endswith(("en", "a", "et", "n")) and (
                n2 in ROLE_OWNERS or _gap(text, tokens, k).strip().startswith(",")):
        at_least(2.0)  # 'og Stange, keeperen deres, var enorm': a role in apposition
    if n1 in ("han", "hun", "ho", "hu") and (
            _clause_start(text, tokens, i) or p1 in ("var", "er", "va", "e")
            and p2 in ("det", "da", "då")) and (
            _person_noun_definite(n2) or n2 in ("nye", "gamle", "unge", "eldste", "yngste")
            and _person_noun_definite(n3)):
        at_least(2.0)  # 'harstad altså han nye læreren', 'gareth han engelskmannen', 'det var
        # hamar han gamle snekkeren'
    if n1 in COPULAS and (n2 in PERSON_STATES or n2 in DEGREE and n3 in PERSON_STATES
                          or n2 in DEGREE and n3 in DEGREE and n4 in PERSON_STATES):
        at_least(2.0)  # 'X var ikke særlig begeistret' (places are not pleased)
    if _sits_in_body(tokens, k):
        at_least(2.0)  # 'X satt i formannskapet', 'X og Y som ikke ville sitte i samme utvalg'
    low_i = tokens[i].low
    if n1 in PERSON_DOES and n1 not in AUXILIARIES and _clause_start(text, tokens, i) \
            and _listed(low_i) and low_i not in gz.load().places \
            and not (low_i.endswith(("en", "et", "a")) and common_word(low_i)):
        at_least(1.0)  # a bare name acting: 'Vold jobbet med rus' (nouns take articles)
    if n1 in PERSON_DOES | PERSON_ACTS and any(
            _low(tokens, m) == "og" and _low(tokens, m + 1) in PERSON_ACTS | (
                PERSON_DOES - AUXILIARIES) for m in _same_clause(text, tokens, k + 1, 8)):
        at_least(1.5)  # a chain of acts: 'X kom inn og sa …', 'X hadde to barn og jobbet'
    if (past_verb(n1) or weak_past(n1) and (_listed(low_i) or low_i.endswith(NAME_HEADS))) \
            and (n1 != "kom" or n2 != "til") \
            and _clause_start(text, tokens, i) \
            and not comma_after and n2 not in SUBJECT_PRONOUNS and _bare_subject(low_i):
        # a bare singular subject of a past act is a name: 'Strand kom inn', 'dal skrev
        # referatet', 'øyehaug holdt ikke det han lovet' (a noun would take an article:
        # 'stranda', 'en dal'; generic bare nouns take the present: 'rein beiter'; not a
        # fronted object: 'Mat fikk vi ikke')
        at_least(1.5)
    if n1 in ("hadde", "har", "fikk", "fekk", "hade") and (
            n2 in CHILDREN or n3 in CHILDREN):
        at_least(2.0)  # 'X hadde fem barn' (places have no children)
    if n1 in ("hadde", "har", "hade") and (
            n2 in PERSON_PERFECT or n2 in PERFECT_ADVERBS and n3 in PERSON_PERFECT):
        at_least(1.5)  # 'X hadde jobbet der lenge', 'X har senere utvidet studien'
    if n1 in ("hadde", "har", "hade", "fikk", "fekk") and (
            n2 in PERSON_HAS
            or n2 in ("lang", "god", "mye", "mykje", "ingen") and n3 in PERSON_HAS):
        at_least(1.5)  # 'X hadde bakgrunn fra sykehuset', 'X har lang erfaring'
    if n1 in ("fra", "frå") and (i == 0 or tokens[i].sentence_start or p1 in OPENERS
                                 or "," in gap_before) and not comma_after and any(
            _low(tokens, m) in PERSON_ACTS | (PERSON_DOES - COPULAS)
            for m in _same_clause(text, tokens, k + 2, 2)):
        at_least(1.5)  # 'Gautestad frå Husbanken kom …', 'aksel fra otta hadde …' (a person
        # from somewhere acts; a place is not from anywhere)
    if n1 in ("fra", "frå") and _low(tokens, k + 2) in PERSONAL_PRONOUNS and _clause_start(
            text, tokens, i) and not comma_after:
        at_least(2.0)  # 'siv fra selbu hun strikka votter' (resumed by 'hun')
    if n1 in ("fra", "frå") and n2 in gz.load().world and not comma_after \
            and _listed(tokens[i].low):
        at_least(1.0)  # 'farid fra afghanistan' (people come from countries; towns do not)
    if p1 in ("hadde", "hade") and n1 == "i" and n2 in SCHOOL_SUBJECTS:
        at_least(2.0)  # 'vi hadde hjortdal i norsk' (a teacher)
    if n1 in COPULAS and n2 in ("sånn", "slik", "sann") and n3 == "at" \
            and n4 in ("han", "hun", "ho"):
        at_least(2.0)  # 'X var sånn at han ringte deg på kvelden'
    if n1 in COPULAS and n2 in ("en", "ein", "ei", "et", "eit", "den") and any(
            _low(tokens, m) in ROLES_BARE or _low(tokens, m) in ROLE_WORDS
            or role_compound(_low(tokens, m)) or _low(tokens, m).endswith("person")
            for m in range(k + 2, k + 5)):
        at_least(2.0)  # 'X var ein dyktig fagperson', 'X var en erfaren sykepleier'
    if n1 in COPULAS and (n2 in ROLE_PLURALS or n2 in DEGREE and n3 in ROLE_PLURALS) and (
            p1 == "og" or _low(tokens, j - 1) == "og" or j > i):
        at_least(2.0)  # 'X og Y var tillitsvalgte'
    if n1 == "og" and n2 in PERSON_ACTS:
        at_least(1.5)  # 'så kom X og sa …'
    r2, r3 = (n3, n4) if n2 in ("jo", "vel", "også", "òg", "nok", "lenge") else (n2, n3)
    if n1 in ("var", "er", "vart", "blei", "ble", "hadde", "har", "va", "e") and (
            r2 in ROLE_WORDS or r2 in ROLES_BARE or role_compound(r2) or role_word(r2)
            or r2 in ("vært", "vore", "blitt") and r3 in ROLE_WORDS | ROLES_BARE):
        at_least(2.0)  # 'X var leder', 'X var økonomisjef', 'X hadde (jo) vært sykepleier'
    if n1 in COPULAS and (n2 in EASY_TO and n3 in ("å", "og") and n4 in WORK_WITH
                          or n2 in DEGREE and n3 in EASY_TO and n4 in ("å", "og")):
        at_least(2.0)  # 'X var lett å samarbeide med', 'X var veldig grei å jobbe med'
    if n1 in COPULAS and _age(tokens, k + 1):
        at_least(2.0)  # 'X var bare fire år da …' (a place has no age)
    if n1 in LIVED and not comma_after and (n1 not in ("vokste", "vaks") or n2 == "opp"):
        at_least(2.0)  # 'X bodde på Raufoss', 'X vokste opp' (not 'Moss vokste over taket')
    if n1 in COPULAS and n2 in ("den", "det", "ein", "en") and n3 in (
            "eneste", "einaste", "første", "fyrste", "siste", "beste", "nye") and (
            n4 in ROLES_BARE or n4 in ROLE_WORDS or n4.endswith(ROLE_ENDINGS)
            or n4[:-1] in ROLES_BARE or n4[:-2] in ROLES_BARE):  # 'legen', 'læreren'
        at_least(2.0)  # 'X var den eneste legen som …'
    if _clause_start(text, tokens, i) and _pronoun_later(text, tokens, k):
        at_least(1.0)  # 'Vår kommer på onsdag, hun har tatt over …'
    if n1 in COPULAS and n2 in ROLE_NOUNS:
        # 'X var fastlegen min', 'X var sjefen vår' (a place is no one's doctor)
        at_least(2.0 if n3 in ROLE_OWNERS or n3 in ("på", "hos", "for", "til") else 1.5)
    if n1 in ("var", "er", "vart", "ble", "blei", "vert", "blir") and not comma_after:
        m = k + 1
        while _low(tokens, m) in _BECAME_WHEN:
            m += 1
        role = _low(tokens, m)
        if role in ROLES_BARE or role in ROLE_WORDS or role_compound(role) \
                or role.endswith("tillitsvalgt"):
            # 'Rudsengen vart seinare leiar i lokallaget', 'X var hovedtillitsvalgt' (a
            # place leads nothing)
            at_least(2.0 if _low(tokens, m + 1) in ("i", "på", "for", "til", "hos") else 1.5)
    if n1 in ("kom", "kommer", "kjem", "flyktet", "flykta", "rømte") and n2 in ("fra", "frå") \
            and n3 in gz.load().world:
        at_least(2.0)  # 'X kom fra polen' (people come from countries; towns do not)
    if n1 in PERSON_DOES | PERSON_ACTS and n1 not in COPULAS and n2 in OBJECT_PRONOUNS \
            and _clause_start(text, tokens, i) and not comma_after \
            and not (low_i.endswith(("en", "et", "a")) and common_word(low_i)):
        at_least(1.5)  # 'X hjalp meg med søknaden', 'X ga oss beskjed'
    if n1 in _LOOKED and not comma_after and _clause_start(text, tokens, i) and (
            n2 in OBJECT_PRONOUNS or n2 == "på" and n3 in OBJECT_PRONOUNS | _SKY) and not (
            n2 == "på" and n4 == "som" and low_i in gz.load().places):  # 'Moss så på oss som …'
        at_least(2.0)  # 'Lena så på oss', 'Vega så meg', 'Vega så på stjernene' (a town sees
        # nothing; 'så' as 'then' is followed by a verb or a subject, not by these)
    low_j = tokens[j].low
    genitive = gap_after[:1] in ("'", "’") or (low_j.endswith("s") and not noun_like(
        low_j[:-1]) and not low_j[:-1].endswith(DEFINITE)) or (
        low_j.endswith("s") and unknown_word(low_j) and low_j[:-1].endswith(NAME_HEADS))
    if genitive and n1 in GENITIVE_ADJECTIVES and n2 in GENITIVE_HEADS:
        n1 = n2  # 'fløysviks store prosjekt'

    listed_genitive = low_j.endswith("s") and (
        low_j[:-1] in gz.load().surnames and not surname_word(low_j[:-1])
        or world_name(low_j[:-1]))  # 'hansens' ('-en' is no article here), 'martinellis'
    if (genitive or listed_genitive) and n1 and n1 not in STOPWORDS \
            and tokens[j + 1].text[:1].islower() and n1 in GENITIVE_HEADS \
            and (_clause_start(text, tokens, i) or listed_genitive):
        at_least(1.5 if listed_genitive else 1.0)  # 'Tveits forslag', 'det var hansens idé'
    if (genitive or low_j.endswith("s")) and (
            owned in THINKERS_HEADS or owned in KIN_BARE
            or owned in _ONLY_A_PERSONS and not gz.municipalities_called(low_j[:-1]) and (
                genitive or tokens[j].capital and not tokens[i].sentence_start
                and not common_word(low_j[:-1]))) \
            and j + 1 < len(tokens) and tokens[j + 1].text[:1].islower():
        at_least(2.0)  # 'Lunds begrep om …', 'sjøholts far': only a person has a concept or
        # a father (not 'Askers modell')
    if _name_talk(tokens, k):
        at_least(2.0)  # 'Dal var navnet på presten', 'Vik, tror jeg hun het'
    if n1 in COPULAS and n2 in NATIONALITIES and _clause_start(text, tokens, i):
        at_least(1.5)  # 'Whitcombe var engelsk og …'
    if n1 in CALLED and not comma_after:
        # 'Moss het han', 'kjelle heter egentlig kjell arne': a person is called something
        m = k + 1
        while _low(tokens, m) in CLEFT_ADVERBS | SPOKEN_FILLERS:
            m += 1
        after = _low(tokens, m)
        if after in PERSONAL_PRONOUNS or after in gz.load().given and not common_word(after):
            at_least(2.0)
    if n1 in ("kom", "kommer", "kjem", "dro", "gikk", "gjekk", "reiste", "kjørte", "køyrde",
              "var", "er") and n2 in HOME:
        at_least(2.0)  # 'X kom hjem fra Oslo', 'X var hjemme' (places do not come home)
    if n1 in ("gikk", "gjekk", "går", "gjeng") and n2 == "av" and n3 in ("med", "som", "i", "da"):
        at_least(1.5)  # 'X gikk av med pensjon' (a place does not retire)
    if n1 in ROLE_VERBS and _as_role(tokens, k + (2 if n2 in ("over", "til", "opp") else 1)) \
            and not comma_after:
        at_least(2.0)  # 'X tok over som daglig leder', 'X begynte som lærer'
    if n1 in COPULAS and n2 in ("den", "det", "de", "dei") and n3 in (
            "eneste", "einaste") and n4 in ("på", "av", "blant", "hos", "i"):
        # 'X var den eneste på avdelingen som …', 'X var den eneste av oss'
        at_least(1.5 if n4 == "i" else 2.0)
    if n1 in COPULAS and n2 in ("de", "dei") and n3 in ("eneste", "einaste", "to", "tre") \
            and n4.endswith(("ene", "ane")) and (n4[:-3] in ROLES_BARE or n4[:-2] in ROLES_BARE):
        at_least(2.0)  # 'X og Y var de eneste jentene som …'
    # before the name
    if p1 in PERSON_ACTS and n1 in INVERSION_AFTER and not gap_before.strip():
        at_least(2.0)  # 'sa X at', 'spurte X om'
    if p1 in _QUOTE_VERBS and not gap_before.strip() and (
            _before(text, tokens, b).strip()[-1:] in (",", "»", '"', "”", "–")
            and (not n1 or gap_after.strip()[:1] in (".", ",", "!", "?", ";", ":")
                 or not gap_after.strip() and n2 in _AFTER_SPEAKER.get(n1, ()))):
        at_least(2.0)  # '«Det er for dyrt», sa Hamar.', '…, seier Birkenes.', '…, sa Time
        # på slutten av sendinga': the speaker
    if p1 in ADDRESS_VERBS and not gap_before.strip() and not (
            p1 in CALLED and (p2 in ("det", "den", "dette", "denne", "som")
                              or p2.endswith(PLACE_NOUN_ENDINGS))):
        # 'spurte X', 'ringte X', 'hvis du spør X' (a place is visited, not asked); not
        # 'det heiter Hordaland', 'kommunen heter X' (a thing's name)
        at_least(1.5 if p1 in VISIT_VERBS else 2.0)
    if p1 in CALLED and p2 == "som" and not gap_before.strip() and _person_noun(p3):
        at_least(2.0)  # 'en hjelpepleier som het jerome' (not 'stedet som heter X')
    if p1.endswith(("mann", "kvinne", "dame")) and p2 in ARTICLES \
            and n1 == "som" and not gap_before.strip():
        at_least(1.5)  # 'ein engelskmann gareth som leigde hytta'
    if _fronted_nickname(tokens, j):
        at_least(2.0)  # 'tuppen kalte vi ham', 'gubben sa alle om han'
    if p1 in SUBJECT_PRONOUNS and p2 in ADDRESS_VERBS:
        at_least(2.0 if n1 in INVERSION_AFTER else 1.5)  # 'ringte jeg X', 'spurte jeg X om'
    if n1 == "og" and n2 in COLLEAGUES:
        at_least(2.0)  # 'X og kolleger'
    if p1 in ROLES_BARE and p2 in ("en", "ei", "ein", "et", "eit"):
        at_least(1.0)  # 'vi hadde en lege X som …'
    if p1 == "hos":
        at_least(2.0)
    if p1 == "til" and p2 in ("takk", "takke", "takket", "takka", "takkar", "takker"):
        at_least(2.0)  # 'Spesielt takk til «Gamle-Jon»
    if p1 in ("hei", "hallo", "heisann", "morn", "takk") and (
            i < 2 or _clause_start(text, tokens, i - 1)):
        at_least(2.0)  # 'hei X', 'takk X' (a vocative)
    if p1 == "til" and p2 in KIN_NOUNS and not (p3 in MODALS or _moved_with(tokens, b - 1)):
        at_least(2.0)  # 'mannen til X', 'ungene til X': X's family (not 'då måtte ungane
        # til Sogndal', 'reiste ungene til Bergen', 'flytta Ali og familien til Eid': they
        # went there)
    if p1 == "til" and p2 in BELONGINGS:
        at_least(1.5)  # 'bilen til X', 'hytta til X'
    if p1 in ("av", "fra", "frå") and p2 in HELP_NOUNS:
        at_least(1.5 if p1 == "av" else 1.0)  # 'hjelp av X', 'besøk av X', 'beskjed fra X'
    if p1 in COPULAS and (n1 in PERSON_STATES or n1 in DEGREE and n2 in PERSON_STATES) and (
            p2 in CLAUSE_WORDS or i < 2 or _clause_start(text, tokens, i - 1)):
        at_least(2.0)  # 'da ble X sint', 'så var X fornøyd'
    if p1 in ("hadde", "har", "fikk", "fekk", "fått", "brukte", "ansatte", "tilsette",
              "valgte", "valde", "kjente", "kjenner") and _as_role(tokens, j + 1):
        at_least(2.0)  # 'vi hadde X som kontaktperson', 'vi hadde X med oss som referent'
    if p1 in ("ifølge", "ifølgje", "iflg"):
        at_least(1.5)
    if p1 == "av" and (p2 in WORK_NOUNS or _gap(text, tokens, i - 2).rstrip().endswith("»")):
        at_least(2.0)  # '«Sult» av Hamsun', 'boka av Fosse': the author
    # an inverted subject pronoun between the verb and the preposition: 'sa jeg til X'
    v2 = p3 if p2 in SUBJECT_PRONOUNS and p1 in ("til", "med") else p2
    if p1 == "med" and v2 in WITH_PERSON and not (
            v2 in ("sammen", "saman") and p3 in ("slått", "slege", "slegen", "slått")):
        at_least(1.5)  # 'sammen med X', 'snakket med X', 'snakket jeg med X' (not 'slått
        # sammen med X': towns merged)
    if p1 == "til" and v2 in TO_PERSON | {"papirene", "beskjed", "brevet", "meldinga"}:
        # 'sa til X', 'ga papirene til X', 'ringte jeg til X'; 'sa til X at …'
        at_least(2.0 if n1 in ("at", "om") and v2 in ("sa", "sei", "fortalte", "fortalde")
                 else 1.5)
    if p1 in SUBJUNCTIONS and n1 in PERSON_DOES - AUXILIARIES - COPULAS and not comma_after \
            and n1 not in ("vant", "tapte", "åpnet", "opna", "startet", "starta") \
            and not gap_before.strip():
        at_least(1.0)  # 'før X begynte her', 'da X sluttet'
    if p1 in ("det", "da", "då") and p2 in ("var", "er") and n1 in ("eller", "som") \
            and not comma_after:
        at_least(1.0)  # a question: 'var det X eller …', 'er det X som …'
    if p1 == "og" and p2 in _ME:
        at_least(1.5)  # 'meg og X'
    if n1 == "og" and n2 in _ME and not comma_after and not (
            n2 in ("jeg", "eg") and noun_as_object(text, tokens, i)):
        at_least(2.0)  # 'X og meg': one names oneself with a person
    if n1 in COPULAS_SPOKEN and (n2 in _PERSON_STATES or n2 in DEGREE | {
            "nå", "no", "jo", "blitt"} and n3 in _PERSON_STATES) and not comma_after:
        at_least(2.0)  # 'Stange er pensjonert nå', 'X var gravid
    if tokens[i].capital and not tokens[i].sentence_start and p1 in ("han", "hun", "ho") \
            and not gap_before.strip() and capitals_reliable(text):
        at_least(2.0)  # 'eg jobba med han Sunde': the spoken article before a name
    only = _the_only_ones(tokens, j) if n1 in _ONLY_START else 0.0
    if only:
        at_least(only)  # 'Strand og Berg var de to eneste lærerne'

    if n1 == "som" and (n2 in ROLES_BARE or n2 in ROLE_WORDS) and not comma_after \
            and p1 not in PLACE_BEFORE:
        at_least(2.0)  # 'vi hadde Hjortdal som lærer' (a place is no teacher)
    if n1 in COPULAS and n2 in ("den", "det") and n3 in ("eneste", "einaste") and n4 in (
            "fra", "frå", "av", "i", "på", "blant", "som") and any(
            _low(tokens, m) == "som" and _low(tokens, m + 1) in PERSON_ACTS | PERSON_DOES
            | {"faktisk", "virkelig", "verkeleg"} for m in range(k + 3, k + 8)):
        at_least(2.0)  # 'Tindall var den eneste fra universitetet som faktisk kom'
    if p1 in ("er", "var") and p2 == "det" and n1 in SUBJECT_PRONOUNS and any(
            _low(tokens, m) in TALKED | ADDRESS_VERBS | {"snakke", "snakka", "prate", "spørje"}
            for m in range(k + 1, k + 5)):
        at_least(2.0)  # 'Det er Aure du må snakke med' (whom one talks to)
    if p1 in SPEECH_VERBS and p2 in ("så", "da", "då", "og") and (comma_after or n1 in (
            "at", "det", "noe", "noko", "til")):
        at_least(2.0)  # 'Og så sa Berg, helt rolig: …' (who speaks)
    if p1 in _SAID and p2 in ("det", "dét", "dette", "sånn", "slik") and i == j and (
            not n1 or tokens[k].sentence_start or comma_after
            or n1 in ("og", "da", "då", "også", "òg", "altså", "til", "bare", "berre")):
        at_least(2.0)  # 'ølen var jo egen kommune før det sa heikki': who said it, after
        # the object put first
    if p1 == "på" and p2 in GREETED and not gap_before.strip():
        at_least(2.0)  # 'vi hilste på X' (a greeting is for a person)
    if p1 in ("va", "e") and p2 in ("det", "da", "då"):
        p1 = "var"  # dialect: 'det va siv som sa'
    if p1 in CLEFT_ADVERBS and p2 in ("var", "va") and p3 in ("det", "da", "då"):
        p1, p2 = "var", p3  # 'det var ikke X, det var …', 'det var vel X som …'
    pair_cleft = n1 != "og" or "som" in (_low(tokens, k + 2), _low(tokens, k + 3))
    if n1 in ("ikke", "ikkje") and not comma_after and n2 not in SUBJECT_PRONOUNS | {
            "meg"} and (common_word(n2) and (not _listed(n2) or surname_word(n2)) or not n2):
        pair_cleft = False  # 'det var sommer ikke vinter': words contrasted
    if p1 == "var" and p2 in ("det", "da", "då") and n1 in ("på", "fra", "frå", "i", "hos") \
            and n2.endswith(WORKPLACES) and _low(tokens, k + 2) == "som":
        at_least(2.0)  # 'det var Gjerstad på lønningskontoret som ringte': someone at work
    if (p1 == "var" and p2 in ("det", "da", "då") or presented) and pair_cleft and (
            n1 == "som" or comma_after or n1 in ("og", "ikke", "ikkje")):
        # 'det var X som sa', 'det var X som tok initiativet', 'det var X, ikke jeg'
        # ('det var lyng som vokste der': what follows 'som' must be what people do)
        after_is = _low(tokens, k + 3) if _low(tokens, k + 2) in ("jo", "vel") else _low(
            tokens, k + 2)
        at_least(2.0 if n1 == "som" and (
            n2 in PERSON_ACTS or n2 in _CLEFT_ACTS
            or n2 in COPULAS_SPOKEN and (_person_noun_definite(after_is) or after_is
                                         in ROLES_BARE | ROLE_WORDS)  # 'som var sjefen'
            or _low(tokens, k + 2) in OBJECT_PRONOUNS and not definite_noun(
                low_i, names_aside=True)
            and not inflected_word(low_i)) else 1.0 if n1 == "som" and
                 n2 not in PERSON_DOES | PERSON_PERFECT | {"het", "heter", "heitte"} else 1.5)
        # ('det var X som klipte meg': done to me by someone)
    if p1 in COPULAS_SPOKEN | {"het", "heter", "heitte", "heiter"} and not gap_before.strip() \
            and _person_noun_definite(p2) and _clause_start(text, tokens, i - 2):
        at_least(2.0)  # 'dirigenten var rein tofteland', 'læraren heitte Hamar'
    if (p1 in TITLES or role_compound(p1)) and not gap_before.strip():
        at_least(2.0)  # 'ordfører X', 'klinikksjef X' (but 'ordføreren i X')
    if p1 in ROLE_NOUNS:
        at_least(2.0 if "," in gap_before else 1.5
                 if (n1 in PERSON_ACTS | PERSON_DOES or comma_after) else 1.0)
    if p1 in ROLE_OWNERS and (p2 in ROLE_NOUNS or kin_word(p2) or _person_noun_definite(p2)):
        at_least(2.0 if ("," in gap_before or n1 in PERSON_ACTS | PERSON_DOES
                         or n1 in PERSONAL_PRONOUNS or _person_noun_definite(p2)
                         and not gap_before.strip()) else 1.5)
        # 'lederen vår X var …', 'kollegaen min, X,', 'læreren vår hamar han var streng
    if p1 in ("han", "hun", "ho", "hu") and (i < 2 or p2 in FILLERS or tokens[i - 1].sentence_start
                                       or p2 in PERSON_DOES and p2 not in COPULAS) \
            and (_listed(tokens[i].low) or unknown_word(tokens[i].low)):
        # 'han strand på lageret', 'jobba han ask', 'han oddsletta jobba' (pronoun + name)
        at_least(1.5 if unknown_word(tokens[i].low) and (
            n1 in PERSON_ACTS | PERSON_DOES or past_verb(n1) or n1 in PERSONAL_PRONOUNS)
            else 1.0)
    if p1 == "det" and p2 in ("var", "er", "va", "e") and n1 in ("", "eller", "ja", "kanskje") \
            and any(t.low in WHO for t in tokens[max(0, i - 14):i]):
        at_least(2.0)  # 'hvem spilte … var det troningsrud' (the answer to 'who')
    if role_word(_low(tokens, i - 3)) and p2 in ("fra", "frå") and (
            p1 in gz.load().places or p1 in gz.load().world) and n1 in ("som", "og", "han",
                                                                       "hun", "ho"):
        at_least(2.0)  # 'en arkitekt frå bergen mowinckel som teikna huset'
    if _naming_slot(tokens, i):
        at_least(2.0)  # 'dei kalla formannen for storegut'
    if (n1 in ("og", "eller") and _low(tokens, k + 2) in ("de", "dei") and _they_act(
            _low(tokens, k + 3)) or p1 in ("og", "eller") and n1 in ("de", "dei")
            and _they_act(n2) and not comma_after) \
            and not speaks_of_municipality(tokens):
        at_least(2.0)  # 'vik og strand de to var alltid sammen' (they, resumed; not 'moss
        # og rygge de ble jo en kommune')
    dash_after = gap_after.strip()[:1] in ("–", "—", "-") and gap_after[:1] == " "
    if (comma_after or dash_after) and _apposition(tokens, k) or n1 == "den" \
            and not gap_after.strip() and _apposition(tokens, k, strict=True):
        at_least(2.0)  # 'Hauge, altså naboen, han …', 'Kasprzak, den nye sveiseren, er …',
        # 'Frøya – barnebarnet mitt – spurte'
    if (comma_after or dash_after) and n1 in PERSONAL_PRONOUNS and n2 in COPULAS_SPOKEN \
            and (role_word(_low(tokens, k + 2)) or _low(tokens, k + 2) in ROLES_BARE):
        at_least(2.0)  # 'Gloppen – han var kommunalsjef då –'
    if not gap_after.strip() and kin_word(n1) and n2 in ("min", "mi", "mitt", "vår", "din",
                                                          "di", "hans", "hennar", "hennes"):
        at_least(2.0)  # 'storm broren min kom inn': a kin apposition
    if n1 in ("fra", "frå") and n2 in _DEPARTMENTS and not comma_after:
        at_least(1.5)  # 'Gran fra økonomi og Ås fra IT': people of a department
    if n1 in NAMING_VERBS and n2 in SUBJECT_PRONOUNS and n3 in NAMED_ONES:
        at_least(2.0)  # '«Tøffen» kalte vi ham'
    if p1 in NEGATIONS and p2 in SUBJECT_PRONOUNS and p3 in ADDRESS_VERBS:
        at_least(2.0)  # 'Hvorfor ringte du ikke Time?'
    if _spoken_name(text, tokens, i, k):
        at_least(2.0)  # 'han bamsen som lærte meg', 'han sjøholt han eier', 'ho ester nei'
    if p1 in ("han", "hun", "ho", "hu") and n1 == "som" and not comma_after:
        m = i - 2
        while _low(tokens, m) in CLEFT_ADVERBS:
            m -= 1
        if _low(tokens, m) in ("var", "er") and _low(tokens, m - 1) in ("det", "da", "då"):
            at_least(2.0)  # 'det var jo han vik som solgte oss tomta'
    if n1 in COPULAS and any(_low(tokens, m) in ("fra", "frå") and (
            _low(tokens, m + 1) in gz.load().places or _low(tokens, m + 1) in gz.load().world)
            for m in range(k + 1, k + 4)) and all(
            _low(tokens, m) in DEGREE | {"fra", "frå"} for m in range(k + 1, k + 3)
            if _low(tokens, m) not in ("fra", "frå")) and _clause_start(text, tokens, i):
        at_least(1.5)  # 'tysseland var jo ikkje frå ølen' (people come from places)
    if n1 in ("senior", "junior", "sr", "jr", "d.y", "d.e") and not comma_after:
        at_least(2.0)  # 'Skårsmoen senior var imot'
    if n1 in COPULAS and n2 in ("en", "ei", "ein", "eit", "et") and n3 == "av" and any(
            _low(tokens, m) in PEOPLE_PLURALS | ROLE_PLURALS for m in range(k + 3, k + 7)):
        at_least(2.0)  # 'X er en av ni ukrainske informanter' (one of the people)
    if p1 in ("fra", "frå", "av") and p2 in QUOTE_NOUNS and not gap_before.strip():
        at_least(2.0)  # 'sitatet fra X', 'fortellingen til X' is below ('til')
    if p1 == "til" and p2 in QUOTE_NOUNS:
        at_least(1.5)
    if (p1 in SUBJUNCTIONS or _clause_start(text, tokens, i)) and (
            n1 in AUTHOR_VERBS or n1 in ("slår", "slo") and n2 == "fast") and not comma_after:
        # 'Medan X legg vekt på', 'X påpeker at' (authors argue); 'X slår fast at', 'X
        # påpeker at': a claim that follows is made by someone
        at_least(2.0 if n2 == "at" or n3 == "at" and n2 in ("fast", "også", "òg", "derfor",
                                                            "for")
                 else 1.5)
    if n1 == "legg" and n2 == "vekt" or n1 == "legger" and n2 == "vekt":
        at_least(1.5)
    if quoted and n1 == "som" and any(
            _low(tokens, m) in ("kalte", "kalla", "kaller", "kallar") and _low(tokens, m + 1) in (
                "ham", "henne", "han", "ho", "meg", "seg") for m in range(k + 1, k + 8)):
        at_least(2.0)  # '«Tuppen», som de andre kalte ham'
    if j > i and n1 in ("de", "dei") and (n2 in PERSON_ACTS | PERSON_DOES or past_verb(n2)):
        at_least(2.0)  # 'berg og strand de trente sammen' (they, resumed)
    q1, q2 = (p2, p3) if p1 in ("bare", "berre", "for", "alltid", "bestandig") else (p1, p2)
    if q1 in ("ham", "henne", "han", "ho", "meg", "oss", "dem", "seg") and q2 in (
            "kalte", "kalla", "kaller", "kallar", "kalt"):
        at_least(2.0)  # 'vi kalte ham X', 'vi kalte ham bare X'
    if p1 == "etter" and any(_low(tokens, m) == "over" and _low(tokens, m - 1) in (
            "tok", "tatt", "ta", "tar", "tek", "teke") for m in range(i - 2, i - 6, -1)):
        at_least(2.0)  # 'tok over etter X', 'tok over som oppmann etter X'
    if p1 == "av" and p2 in DONE_BY and not gap_before.strip():
        at_least(1.5)  # 'trent av X', 'intervjuet av X' (a person did it)
    if p1 == "at" and n1 in PERSON_DOES | PERSON_ACTS:
        at_least(1.0)  # 'etter at X sluttet'
    if (p1 in PERSON_DOES | PERSON_ACTS or past_verb(p1) or verb_form(p1)) and p2 in (
            "da", "så", "då", "nå", "no", "plutselig", "der", "her") \
            and not gap_before.strip():
        at_least(1.0)  # 'da kom X og sa …' (the subject after the verb)
        if any(_low(tokens, m) == "og" and _low(tokens, m + 1) in PERSON_ACTS
               for m in range(j + 1, j + 4)):
            at_least(2.0)  # 'så kom X inn og sa at …'  (a place does not say)
    if p1 in _BARE_TITLES and not gap_before.strip() and p2 not in ARTICLES \
            and p2 not in ("som", "sin", "si", "sitt") and (i < 2 or not tokens[i - 1].capital):
        at_least(2.0)  # 'rektor hamar altså …', 'redaktør gausdal i lokalavisa' (a place takes a
        # preposition after a role: 'lege i Gausdal'; not 'som lærer', 'en lærer')
    if n1 in COPULAS_SPOKEN and not comma_after and (
            n2 in NATIONALITY_NOUNS or n2 in NEGATIONS | {"jo"} and n3 in NATIONALITY_NOUNS
            or n2 in ("den", "dei", "de") and n3 in ("eneste", "einaste", "første", "fyrste")
            and (_low(tokens, k + 3)[:-2] in NATIONALITY_NOUNS
                 or _low(tokens, k + 3)[:-3] in NATIONALITY_NOUNS)):
        at_least(2.0)  # 'villanueva var ikke filippiner', 'Magbanua var den einaste
        # filippinaren': a place has no nationality
    if i == j and _pair_of_people(text, tokens, i):
        at_least(2.0)  # 'strand og vestby var de to som', 'lund og eide var begge med på
        # møtet', 'han og gran var ikke enige', 'voss og sande og meg'
    if p1 in ("både", "bade"):
        at_least(1.5 if n1 in PERSON_DOES | PERSON_ACTS else 0.5)  # 'både X og Y var med'
    if quoted and (p1 in ("kalt", "kalla", "kalte", "het", "heter", "heitte", "heiter")
                   or n1 in PERSON_ACTS or n1 in ("het", "heter", "heitte", "heiter")):
        at_least(1.5)  # pseudonyms: '«Marte» sa', 'kalt «Bamsen»'
    if p1 == "med" and not cues and p2 not in ("sammen",):
        at_least(0.5 if p3 not in DETERMINERS else 0.0)
    if _AGE_OR_PSEUDONYM.match(text, tokens[j].end) and not _counted_places(tokens, i) \
            and all(tokens[m].capital for m in range(i, j + 1)) \
            and not (low_i in gz.load().places and low_i not in gz.load().given):
        at_least(2.0)  # '«Amina» (32) forteller', 'Lise, som vi kan kalle henne, …': an
        # age or a pseudonym's note after the name (a place has no age: not 'Agder (15) og
        # Møre og Romsdal (12)', 'frå Sunde (14) og Valen (9)': places counted)
    if cues and max(cues) < 2.0 and _og_pronoun(tokens, k):
        at_least(1.0)  # 'snakket med X etterpå og hun var helt enig': a second, weak cue
    if not cues:
        return 0.0
    # independent cues add up a little: 'han strand på lageret han sa …'
    cues.sort(reverse=True)
    return min(2.5, cues[0] + (cues[1] / 2 if len(cues) > 1 else 0.0))


def place_evidence(text: str, tokens: Sequence[Token], i: int, j: int | None = None) -> float:
    """How surely the words around tokens i..j say that a place's name stands there."""
    j = i if j is None else j
    p1, p2 = _low(tokens, i - 1), _low(tokens, i - 2)
    n1 = _low(tokens, j + 1)
    gap_after = _gap(text, tokens, j)
    if n1 in PLACE_AFTER and gap_after.strip() in ("", "-"):
        return 2.0
    if p1 in PLACE_NOUNS_BEFORE or p1 == "av" and p2 in PART_OF_TOWN:
        return 2.0  # ('i sentrum av Moss sa …')
    if p1 in CALLED and p2 in _LANGUAGES and _low(tokens, i - 3) == "på" \
            or n1 == "på" and _low(tokens, j + 2) in _LANGUAGES and p1 in CALLED:
        return 2.0  # 'Lyngen, som på kvensk heter Yykeä': a place's name in a language
    if i == j and place_predicate(tokens, i):
        return 2.0  # 'Furumoen har fått ny skole' (only a place has a school)
    if tokens[j].low in gz.load().places and _named_in_language(tokens, j + 1):
        return 2.0  # 'ivgu sier de på samisk', 'Gáivuotna er det samiske namnet'
    if n1 in THINKERS_HEADS and tokens[j].low.endswith("s") and gap_after == " ":
        return 0.0  # 'på Åkrevolds typologi': the preposition is the concept's
    if p1 in PLACE_BEFORE:
        v2 = _low(tokens, i - 3) if p2 in SUBJECT_PRONOUNS else p2
        if p1 == "til" and (v2 in TO_PERSON or p2 in KIN_NOUNS or p2 in BELONGINGS):
            return 0.0  # 'sa til X', 'ringte jeg til X', 'mannen til X', 'kontoret til X'
        if p1 in ("mot", "over", "gjennom", "via", "forbi") and p2 in ("vant", "tapte"):
            return 0.0
        if p1 in ("fra", "frå", "til") and p2 in QUOTE_NOUNS:
            return 0.0  # 'sitatet fra X': what someone said
        return 1.5
    if (p1 in ("er", "heter", "heiter") and p2 in ("nå", "no") and _low(tokens, i - 3) == "som"
            or p1 in ("nå", "no") and i > 0
            and text[max(0, tokens[i - 1].start - 1):tokens[i - 1].start] == "(") \
            and gz.municipalities_called(tokens[i].low):
        return 2.0  # 'det som nå er Øygarden', 'Fræna (nå Hustadvika)': what a place is now
    if p1 in ("og", "eller") and p2 and i >= 2 and _low(tokens, i - 3) in PLACE_BEFORE:
        return 1.0  # 'i Lund og X'
    if p1 in ("og", "eller") and _only_a_municipality(tokens, i - 2, tokens[i].capital) \
            or n1 in ("og", "eller") and _only_a_municipality(tokens, j + 2, tokens[j].capital):
        return 1.5  # 'Levanger og Lier sa nei': listed with a municipality no one is named
    if n1 in NEGATIONS and _only_a_municipality(tokens, j + 2, tokens[j].capital) \
            or p1 in NEGATIONS and any(_only_a_municipality(tokens, k, tokens[j].capital)
                                       for k in _set_against(tokens, j + 1)):
        return 1.5  # 'Vi sier Lier, ikke Levanger', 'det var ikke Vik, det var Levanger'
    if n1 == "i" and gap_after == " " and j + 2 < len(tokens) and tokens[j + 2].capital \
            and tokens[i].capital and any(
                p.kind in ("county", "district", "region")
                for p in gz.load().places.get(tokens[j + 2].low, ())):
        return 1.0  # 'Vik i Sogn', 'Nes i Akershus': a place in its district or county
    return 0.0


# what a municipality does that a person does not: closes a school, votes on a merger,
# saves millions, gets a new mayor
_CLOSED = frozenset({"la", "legger", "legg", "lagt", "lade"})
_LOST_OR_BUILT = frozenset({"mistet", "mista", "mister", "miste", "bygde", "bygget", "bygger",
                            "bygg", "bygd", "bygte", "åpnet", "åpna", "opna", "opnar", "åpner"})
_VOTED = frozenset({"stemte", "stemmer", "røysta", "røystar", "sa", "sier", "seier", "svarte"})
_MERGER_WORDS = ("sammenslå", "samanslå", "kommunereform", "kommunesammenslå",
                 "kommunesamanslå", "fusjon", "regionreform")
_SAVED = frozenset({"spare", "spart", "sparte", "kutte", "kutta", "kuttet", "kutter", "kuttar"})
_MILLIONS = frozenset({"millioner", "millionar", "mill", "milliarder", "milliardar"})
_TOWN_ROLES = frozenset({"ordfører", "ordførar", "varaordfører", "varaordførar", "rådmann",
                         "kommunedirektør", "kommunalsjef", "kommunestyre", "formannskap",
                         "kommuneoverlege", "kommunelege", "kommuneplan", "kommuneplanen"})


# what statistics say of a municipality: 'X skiller seg ut med høy sysselsetting', 'X har
# lavest arbeidsledighet i fylket'
_TOWN_FIGURES = frozenset({"sysselsetting", "sysselsettinga", "sysselsettingen",
                           "arbeidsledighet", "arbeidsløyse", "arbeidsledigheten",
                           "befolkningsvekst", "befolkningsveksten", "folkevekst", "fraflytting",
                           "fråflytting", "fraflyttingen", "folketall", "folketal",
                           "innbyggertall", "innbyggartal", "skatteinngang", "andel",
                           "andelen", "del", "delen", "tilflytting", "innvandring",
                           "eldrebølge", "fødselsoverskudd"})
_STANDS_OUT = frozenset({"skiller", "skil", "skilte", "skilde", "utmerker", "utmerkar"})


def _cleft(tokens: Sequence[Token], i: int) -> bool:
    """Token i stands in 'det var X som …' ('det er jo X som', 'var det ikkje X som')."""
    k = i - 1
    while k >= 0 and tokens[k].low in ("jo", "vel", "nok", "faktisk", "altså", "eh"):
        k -= 1
    return k >= 1 and tokens[k].low in ("var", "er", "va", "e") \
        and tokens[k - 1].low in ("det", "de")


def _town_acts(lows: Sequence[str]) -> bool:
    """After a name at a clause's start (lows[0] its verb): what a municipality does and a
    person does not ('X la ned skolen', 'X stemte nei til sammenslåing', 'X måtte spare 20
    millioner', 'X fikk ny ordfører', 'X mistet sykehuset', 'X og omegn')."""
    n1 = lows[0]
    k = _past(lows, 1, _AFTER_VERB)
    if n1 in _STANDS_OUT and lows[k:k + 2] == ["seg", "ut"] and any(
            w in _TOWN_FIGURES for w in lows[k + 2:k + 7]):
        return True  # 'X skiller seg ut med høy sysselsetting'
    if n1 in ("har", "hadde") and lows[k:k + 1] and lows[k].startswith(
            ("høy", "høg", "låg", "lav", "stor", "sterk", "svak")) and any(
            w in _TOWN_FIGURES for w in lows[k + 1:k + 3]):
        return True  # 'X har lavest arbeidsledighet i fylket', 'X hadde sterk fraflytting'
    if n1 in _CLOSED and lows[k:k + 1] == ["ned"]:
        m = _past(lows, k + 1, _AFTER_VERB | ARTICLES)
        return m < len(lows) and (lows[m] in _FACILITIES or lows[m] in _TOWN_FACILITIES
                                  or lows[m].rstrip("n").rstrip("e") in _FACILITIES)
    if n1 in _LOST_OR_BUILT:
        m = _past(lows, k, _BEFORE_HAD)
        return m < len(lows) and (lows[m] in _TOWN_FACILITIES or lows[m] in _PUBLIC_SERVICES
                                  or lows[m] in ("sykehuset", "sjukehuset", "skolen", "skulen",
                                                 "hall", "idrettshall", "svømmehall",
                                                 "symjehall", "barnehage", "sykehjem"))
    if n1 in _VOTED and lows[k:k + 1] in (["nei"], ["ja"]) and lows[k + 1:k + 2] == ["til"]:
        return any(w.startswith(_MERGER_WORDS) for w in lows[k + 2:k + 5])
    if n1 in MODAL_WORDS | {"måtte", "måtta", "skulle", "ville"}:
        m = _past(lows, k, _AFTER_VERB)
        return m < len(lows) and lows[m] in _SAVED and any(
            w in _MILLIONS for w in lows[m + 1:m + 4])
    if n1 in ("fikk", "fekk", "får", "valgte", "valde", "tilsatte", "ansatte"):
        m = _past(lows, k, _BEFORE_HAD)
        return m < len(lows) and lows[m] in _TOWN_ROLES
    if n1 in ("grenser", "grensar", "grenset", "grensa") and lows[k:k + 1] == ["til"]:
        return k + 1 < len(lows) and bool(gz.load().places.get(lows[k + 1]))  # 'X grenser
        # til Sverige', '… til Levanger'
    return n1 in ("og", "med") and lows[1] in SURROUNDINGS


def _set_against(tokens: Sequence[Token], k: int) -> list[int]:
    """After 'ikke X' from token k: where the name set against X stands ('men (i) Y', 'det
    var Y')."""
    lows = [_low(tokens, m) for m in range(k, k + 4)]
    if lows[0] == "men":
        return [k + 2] if lows[1] in SPOKEN_PREPOSITIONS else [k + 1]
    if lows[0] == "det" and lows[1] in ("var", "er", "va", "e"):
        return [k + 3] if lows[2] in ("jo", "i", "på") else [k + 2]
    return []


def _only_a_municipality(tokens: Sequence[Token], k: int, capital: bool) -> bool:
    """Token k names a municipality and no person (written as the other name is)."""
    if not 0 <= k < len(tokens) or tokens[k].capital != capital:
        return False
    g = gz.load()
    low = tokens[k].low
    towns = gz.municipalities_called(low)
    return bool(towns) and not any(p.common_word for p in towns) and low not in g.given \
        and low not in g.surnames


# a person's nickname ('kallenavnet «Tuppa»'; not 'navnet «Storm»', which boats get too)
_NICKNAME_NOUNS = frozenset(w for w in NAME_NOUNS if w.startswith(("kalle", "øke", "til",
                                                                    "klenge", "opp")))
# who an informant's pseudonym in quotation marks names: 'informanten «Sjefen»'
_INFORMANT_NOUNS = frozenset({"informanten", "informant", "deltakeren", "deltakaren",
                              "deltaker", "deltakar", "intervjupersonen", "informantane"})
# how someone put it: 'Som «Tuppen» formulerte det'
_PUT_IT = frozenset({"formulerte", "formulerer", "uttrykte", "uttrykker", "beskrev",
                     "beskriver", "skildra", "skildrar", "forklarte", "forklarer", "kalte"})
# what only people do, after 'det var X som' ('det var birtha som fant ham')
_CLEFT_ACTS = frozenset({"fant", "fann", "lærte", "hjalp", "hjelpte", "song", "sang", "bakte",
                         "baka", "underviste", "skrev", "skreiv", "kjørte", "køyrde",
                         "sydde", "strikka", "strikket"})
def _named_in_language(tokens: Sequence[Token], k: int) -> bool:
    """From token k: the words say that what comes before is a name in a language of the
    land ('sier de på samisk', 'er det samiske navnet på Sørfold'), not a person's ('det
    samiske navnet hans')."""
    for m in range(k, min(len(tokens), k + 6)):
        low = tokens[m].low
        if low == "på" and _low(tokens, m + 1) in _LANGUAGES:
            return True
        if low in _LANGUAGE_ADJECTIVES and _low(tokens, m + 1) in ("navnet", "namnet", "navn",
                                                                  "namn", "nammet"):
            return _low(tokens, m + 2) not in POSSESSIVES_AFTER
    return False


# what follows a person's name noun: 'det samiske navnet hans', 'navnet til mor'
POSSESSIVES_AFTER = frozenset({"hans", "hennes", "hennar", "mitt", "ditt", "vårt", "sitt",
                               "til", "åt"})
_LANGUAGE_ADJECTIVES = frozenset({"samiske", "nordsamiske", "sørsamiske", "lulesamiske",
                                  "pitesamiske", "kvenske", "finske", "norske", "offisielle"})
# the languages a place has its names in
_LANGUAGES = frozenset({"samisk", "nordsamisk", "sørsamisk", "lulesamisk", "pitesamisk",
                        "skoltesamisk", "kvensk", "finsk", "norsk", "nynorsk", "bokmål"})
# what a municipality runs for all and no person owns ('Sola har sin egen legevakt', 'Time
# har et flott kulturhus'); a shop, a quay, a church or a road may be a person's
_PUBLIC_SERVICES = frozenset({"legevakt", "legevakta", "kulturhus", "kulturhuset", "sykehjem",
                              "sjukeheim", "helsestasjon", "bibliotek", "folkebibliotek",
                              "svømmehall", "symjehall", "rådhus", "idrettshall",
                              "ungdomsskole", "ungdomsskule", "omsorgssenter", "brannstasjon",
                              "politistasjon", "skolekorps", "skulekorps", "brannvesen",
                              "kommunelege", "kommunelegar", "kommuneleger", "bygdebok",
                              "bygdebøker", "bygdebøkene", "bygdebøkane", "kulturskole",
                              "kulturskule", "helsesenter", "interkommunalt", "vidaregåande",
                              "videregående", "sjukehus", "sykehus", "apotek",
                              "vinmonopol", "polutsal", "bro", "bru", "tunnel", "flyplass",
                              "ambulanse", "ambulansestasjon", "lensmannskontor",
                              "legekontor", "hotell"})
# what a place has or is: 'X har fått ny skole', 'X var bare en liten plass', 'Xs eneste
# butikk', 'X er helt innerst i fjorden'
_FACILITIES = _PUBLIC_SERVICES | frozenset({
    "skole", "skule", "skolen", "skulen", "barnehage", "barnehagen", "butikk", "butikken",
    "kai", "kaia", "brua", "broa", "veg", "vei", "ferjekai", "kirke", "kyrkje", "bensinstasjon",
    "postkontor", "busstopp", "hotell", "stasjon", "togstasjon", "apoteket"})
_PLACE_NOUNS = frozenset({"plass", "bygd", "grend", "sted", "stad", "øy", "gard", "gård",
                          "tettsted", "tettstad", "fiskevær", "vær", "landsby", "by", "bygdesenter",
                          "øysamfunn", "utkant", "holme"})
_ENDS = frozenset({"innerst", "ytterst", "nederst", "øverst", "lengst", "heilt", "helt"})


def _person_noun_definite(low: str) -> bool:
    """'læreren', 'engelskmannen', 'rektoren': a definite noun for a person."""
    return low in PERSON_NOUNS_DEFINITE or low.endswith(("mannen", "kvinna", "kvinnen")) \
        or low.endswith(("en", "a")) and len(low) > 4 and role_word(low)


# before a noun of a municipality in a predicate, perhaps with an adjective between ('ein
# typisk pendlarkommune', 'noen stor fiskerikommune', 'ein av dei første kommunane')
_BEFORE_A_MUNICIPALITY = frozenset({"den", "dei", "de", "jo", "ekte", "typisk", "skikkelig",
                                    "skikkeleg", "noen", "nokon", "ingen"})


def place_predicate(tokens: Sequence[Token], i: int) -> bool:
    """Token i, at a clause's start, is said to be what only a place is or has (see
    ``_FACILITIES``, ``_PLACE_NOUNS``)."""
    low = tokens[i].low
    lows = [tokens[k].low if k < len(tokens) else "" for k in range(i + 1, i + 10)]
    if lows[0] == "som" and _cleft(tokens, i):
        return _town_acts(lows[1:] + [""])  # 'det var gran som sa nei til sammenslåinga'
    if i > 0 and tokens[i - 1].low not in ("og", "men", "eh", "ja", "nei", "altså", "at",
                                           "fordi", "mens", "om", "sidan", "siden", "liksom"):
        return False  # ('sa at Dale var den finaste staden')
    if lows[0] in ("det", "den") and lows[1] in ("ligger", "ligg", "låg", "lå", "har",
                                                   "hadde", "var", "er", "ble", "vart"):
        lows = lows[1:] + [""]  # 'og hole det ligger jo ved tyrifjorden': resumed by 'det'
    if _resumed_as_there(lows) or _renamed(lows):
        return True
    n1, n2 = lows[0], lows[1]
    if low.endswith("s") and n1 in ("eneste", "einaste", "nye", "gamle") \
            and (n2 in _FACILITIES or n2 in _PLACE_NOUNS):
        return True  # 'Sandbuktas eneste butikk'
    if n1 in SIN_POSSESSIVES and n2 in MUNICIPAL_GENITIVE_HEADS:
        return True  # 'vega sin ordfører', 'Rana sitt kommunestyre'
    if n1 in COPULAS_SPOKEN | {"har", "hadde"} and any(
            (w.endswith(("kommune", "kommunen")) and len(w) > 9
             or w.endswith(("kommunane", "kommunene"))) and (
                lows[m - 1] in ARTICLES or lows[m - 1] in _BEFORE_A_MUNICIPALITY
                or m >= 2 and (lows[m - 2] in ARTICLES or lows[m - 2] in _BEFORE_A_MUNICIPALITY))
            for m, w in enumerate(lows[1:8], start=1)) \
            and (n1 not in ("har", "hadde") or any(w in ("vore", "vært", "vori", "vorte")
                                                   for w in lows[1:4])):
        return True  # 'Kvam har alltid vore ein kulturkommune', 'X er en typisk pendlerkommune',
        # 'X er jo en av de største kraftkommunene'
    if n1 in ("har", "hadde", "fikk", "fekk"):
        if any(w.endswith(_INDUSTRIES) for w in lows[1:6]):
            return True  # 'stranda hadde jo en stor møbelindustri'
        if any(w in _FACILITIES for w in lows[1:6]) and any(
                w in ("fått", "ny", "nytt", "nye", "ingen", "ingenting", "mista", "mistet")
                for w in lows[1:4]):
            return True
        k = _past(lows, 1, _AFTER_VERB)
        if k + 1 < len(lows) and lows[k] in _CROSSINGS and lows[k + 1] in (
                "til", "over", "mot", "fra", "frå"):
            return True  # 'vega har ferje til brønnøysund', 'hitra har tunnel til
            # fastlandet'
        # 'sola har jo flyplassen', 'X har rundt 5000 innbyggere': what only a town has
        if k < len(lows) and lows[k] in _TOWN_FACILITIES or any(
                w in _INHABITANTS for w in lows[k:k + 4]) or _has_public(lows, k):
            return True
    if n1 in ("har", "hadde") and lows[(k := _past(lows, 1, _AFTER_VERB))] in _GROWN \
            and lows[k + 1] not in _GROWN_OVER:
        return True  # 'Sola har jo vokst enormt': a town grows (a given name is decided
        # before: 'Kari har vokst'; moss grows over the roof)
    if n1 in COPULAS_SPOKEN and _made_of_municipalities(lows, _past(lows, 1, _AFTER_VERB)):
        return True  # 'Kinn er jo Flora og Vågsøy sammen', 'Alver er Lindås, Meland og
        # Radøy saman': a municipality merged from others
    if n1 in ("der", "hvor", "kor") and n2 in _LIVED_SUBJECTS and lows[2] in _LIVED_THERE \
            and not (definite_noun(low) and (low[:-1] in LANDSCAPE or low[:-2] in LANDSCAPE)):
        # 'Hamar, der jeg vokste opp, …', 'Os, kor me budde, …': where one lived (not
        # 'stranda der vi hadde hytte': the beach)
        return True
    if _town_acts(lows):
        return True
    if n1 in ("gikk", "gjekk", "går", "gjeng") and lows[1:3] == ["inn", "i"] \
            and gz.municipalities_called(lows[3]):
        return True  # 'Hornindal gikk inn i Volda' (not 'gikk inn i huset')
    if n1 in COPULAS_SPOKEN and any(
            w in ("kvarter", "minutter", "minutt", "timer", "time", "mil", "kilometer")
            and lows[m + 1:m + 2] in (["fra"], ["frå"], ["unna"], ["til"])
            for m, w in enumerate(lows[1:7], start=1)) \
            and not definite_noun(low):
        return True  # 'Lier er jo bare et kvarter fra byen': how far a place is
    if n1 in ("og", "eller") and n2.startswith(("nabokommun", "grannekommun")):
        return True  # 'os og nabokommunen de har felles legevakt'
    if n1 in ("finnes", "fins", "finst", "eksisterer", "fantes", "fanst", "fans",
              "eksisterte") and any(
            w in NEGATIONS and lows[m + 1:m + 2] in (["lenger"], ["lengre"], ["meir"], ["mer"])
            for m, w in enumerate(lows[1:4], start=1)):
        return True  # 're finnes jo ikke lenger': a municipality merged away
    if n1 == "og" and gz.municipalities_called(n2) and lows[2] in _MERGED_VERBS:
        n1, n2, lows = lows[2], lows[3], lows[2:] + ["", ""]  # 'sund og fjell ble …'
    if n1 in COPULAS_SPOKEN | {"har", "hadde"} and any(
            w.startswith(("nabokommun", "grannekommun")) for w in lows[1:7]):
        return True  # 'Sula er grannekommunen til byen', 'Vik har samarbeidet med
        # nabokommunen om barnevern'
    if n1 in ("hører", "høyrer", "hørte", "høyrde", "tilhører", "tilhøyrer"):
        k = _past(lows, 1, _AFTER_VERB)
        k += lows[k] == "til"
        if k < len(lows) and _region_or_county(lows[k]):
            return True  # 'gran hører jo til hadeland', 'Os høyrer til Østerdalen'
    if n1 in _MERGED_VERBS:
        k = _past(lows, 1, _AFTER_VERB)
        if k > 1 and (lows[k:k + 2] in (["slått", "sammen"], ["slått", "saman"],
                                         ["slegen", "saman"])
                      or lows[k] in ("slukt", "slukte")):
            return True  # 'frei ble jo slukt av kristiansund', 'sund og fjell ble jo slått
            # sammen' (with no filler the lines below decide; not 'gikk inn i', which
            # much else does)
    if n1 in ("ble", "blei", "vart") and n2 == "til" and any(
            w in ("saman", "sammen", "samanslåinga", "sammenslåingen") for w in lows[2:9]):
        return True  # 'Kinn vart til då Flora og Vågsøy slo seg saman'
    if n1 in ("ble", "blei", "vart", "blir", "vert") and (n2 in _FOUNDED or " ".join(
            lows[1:3]) in ("slått sammen", "slått saman", "slegen saman", "slege saman")):
        return True  # 'Kinn vart oppretta då …', 'Ski ble slått sammen med Oppegård'
    if n1 in ("ligger", "ligg", "låg", "lå"):
        k = _past(lows, 1, _AFTER_VERB)
        if k + 1 < len(lows) and lows[k] in ("i", "på") and _region_or_county(lows[k + 1]):
            return True  # 'X ligger i Innlandet', 'ligg på Sunnmøre'
        return k < len(lows) and lows[k] in _LIES_WHERE  # 'Marker ligger helt ved grensa'
    if n1 in ("var", "er", "va", "e"):
        k = _past(lows, 1, _AFTER_VERB)
        if lows[k] in ("hjemme", "heime") and lows[k + 1] in ("nå", "no", "for", ""):
            return True  # 'men Stange er hjemme nå', 'Ulstein er heime no': home is a place
            # ('Kari er hjemme': a given name is decided before)
        if k + 1 < len(lows) and lows[k] == "der" and lows[k + 1] in _TOWN_FACILITIES:
            return True  # 'Sola var jo der flyplassen var'
        if k + 2 < len(lows) and lows[k] == "der" and lows[k + 1] in ("eg", "jeg", "vi", "me") \
                and lows[k + 2] in _LIVED_THERE:
            return True  # 'Kvam var der eg gjekk på vidaregåande', 'Lund var der vi hadde hytte'
        if lows[k] in ("namnet", "navnet") and lows[k + 1] == "på" and any(
                w.startswith("kommun") for w in lows[k + 2:k + 5]):
            return True  # 'Heim er namnet på den nye kommunen'
        if lows[k:k + 4] in (["som", "et", "eget", "land"], ["som", "eit", "eige", "land"]):
            return True  # 'frøya er som et eget land'
        m = _past(lows, k, _DEGREE_OF_SIZE)
        if m < len(lows) and lows[m] in _GOOD_TO_LIVE and lows[m + 1:m + 3] in (
                ["å", "bo"], ["å", "vokse"], ["å", "veksa"], ["å", "vekse"]):
            return True  # 'Hole er fint å bo i': a place to live in
        if m < len(lows) and lows[m] in _NEUTER_OF_A_PLACE and lows[m + 1:m + 2] in (
                [""], ["og"], ["men"], ["så"], ["då"], ["da"], ["der"], ["at"], ["altså"],
                ["egentlig"], ["eigentleg"]) \
                and not (lows[m] == "stort" and lows[m + 1:m + 2] == ["sett"]):
            return True  # 'Åmot er jo stort, så …', 'frosta er så flatt': a neuter
            # adjective is said of a place (a person is 'stor', 'flat')
        return ((n2 in ARTICLES or n2 in ("bare", "berre"))
                and any(w in _PLACE_NOUNS for w in lows[2:5])) \
            or k > 1 and lows[k] in ARTICLES and any(w in _PLACE_NOUNS for w in lows[k + 1:k + 4]) \
            or lows[k] == "både" and any(w in _PLACE_NOUNS or w in _TOWN_FACILITIES
                                         or w.endswith("by") and len(w) > 5
                                         for w in lows[k + 1:k + 4]) \
            or n2 in _ENDS and lows[2] in (
            "innerst", "ytterst", "nederst", "øverst", "inne", "ute", "oppe") \
            or n2 in ("den", "det", "dei", "de") and any(
                w in _PLACE_NOUNS_DEFINITE for w in lows[2:5]) \
            or lows[k] in ("verdens", "verdas", "landets", "norges", "noregs") \
            and lows[k + 2:k + 3] and lows[k + 2] in _PLACE_NOUNS \
            or _town_noun_follows(lows, 1)  # 'X var den finaste staden', 'moss var byen vår';
        # 'leka er jo ei lita øy' (after a softener), 'Sola er både flyplass og oljeby',
        # 'vega er verdens vakreste sted'
    return False


# a person's names: 'etternavnet hans er X'
_PERSONAL_NAME_NOUNS = frozenset({"etternavnet", "etternamnet", "fornavnet", "fornamnet",
                                  "kallenavnet", "kallenamnet", "mellomnavnet",
                                  "mellomnamnet", "pikenavnet", "jentenamnet"})
# between 'X vart' and a role: 'X vart seinare leiar'
_BECAME_WHEN = frozenset({"seinare", "senere", "etterpå", "da", "då", "så", "lenge",
                          "fortsatt", "framleis", "fremdeles", "også", "òg", "jo", "nok",
                          "straks", "snart", "raskt", "fort"})
# who lived there: 'X, der jeg vokste opp'
_LIVED_SUBJECTS = frozenset({"jeg", "eg", "vi", "me", "han", "hun", "ho", "de", "dei",
                             "familien", "familia", "foreldra", "foreldrene", "mamma", "pappa",
                             "mor", "far", "besteforeldrene", "besteforeldra"})
# what one did where one lived: 'X var der vi hadde hytte'
_LIVED_THERE = frozenset({"gjekk", "gikk", "budde", "bodde", "hadde", "vaks", "vokste",
                          "jobba", "jobbet", "arbeidde", "arbeidet", "flytta", "flyttet",
                          "bur", "bor", "jobbar", "jobber", "gifta", "giftet", "kom"})
# what only a town has: an industry, a factory, a yard
_INDUSTRIES = ("industri", "industrien", "fabrikk", "fabrikken", "fabrikker", "verft",
               "verftet", "verfta", "smelteverk", "smelteverket", "fiskeindustri",
               "kraftverk", "kraftverket", "kraftverka", "kraftverkene", "kraftstasjon",
               "kraftstasjonen")
# what becomes of a municipality: 'X vart oppretta', 'X ble nedlagt'
_FOUNDED = frozenset({"oppretta", "opprettet", "etablert", "etablerte", "nedlagt", "nedlagd",
                      "skipa", "grunnlagt", "grunnlagd", "innlemma", "innlemmet",
                      "sammenslått", "samanslått", "delt", "delte", "avvikla", "avviklet"})
# words between a verb and what it says of its subject: 'moss var jo liksom byen vår'
_AFTER_VERB = frozenset({"jo", "vel", "liksom", "egentlig", "eigentleg", "også", "og", "nå",
                         "no", "bare", "berre", "faktisk", "kanskje", "nok", "eh", "ehm",
                         "altså", "ganske", "heilt", "helt", "visst"})
# what only a town or a municipality has ('sola har jo flyplassen')
_TOWN_FACILITIES = frozenset({"flyplassen", "flyplass", "sykehuset", "sjukehuset", "rådhuset",
                              "universitetet", "høgskolen", "høyskolen", "jernbanestasjonen",
                              "kommunesenteret", "ferjekaia", "fergekaia", "havna", "hamna"})
_INHABITANTS = frozenset({"innbyggere", "innbyggerne", "innbyggjarar", "innbyggjarane",
                          "innbyggarar", "innbyggarane", "ungdommer", "ungdommar",
                          "innvandrere", "innvandrarar", "flyktninger", "flyktningar",
                          "turister", "hyttefolk", "pendlere", "pendlarar"})
# what a person does not have at all: 'Hole har ikke noe hav'
_NATURE_HAD = frozenset({"hav", "havet", "kyst", "kysten", "fjord", "fjorden", "skjærgård",
                         "skjærgården", "skjergard", "skjergarden", "fjell", "fjella",
                         "fjellene", "innsjøer", "innsjøar", "vassdrag"})
# between 'har' and the noun: 'har sin egen legevakt', 'har ikke noe hav', 'har et flott …'
_BEFORE_HAD = frozenset({"sin", "sitt", "si", "sine", "egen", "eget", "eigen", "eige", "eiga",
                         "ikke", "ikkje", "noe", "noko", "nok", "mye", "mykje", "et", "en",
                         "ei", "eit", "ein", "flott", "fint", "fin", "nytt", "ny", "nye",
                         "stort", "stor", "store", "godt", "god", "gode", "lite", "liten",
                         "lita", "eneste", "einaste", "mange", "flere", "fleire", "to", "tre",
                         "lang", "langt", "lange", "mest", "bare", "berre", "mer", "meir",
                         "noen", "nokre", "av", "de", "dei", "beste", "fineste", "største"})


def _has_public(lows: Sequence[str], k: int) -> bool:
    """After 'X har/hadde' and its fillers at lows[k]: up to four words of
    ``_BEFORE_HAD``, then a service a municipality runs or a stretch of land or sea."""
    m = _past(lows, k, _BEFORE_HAD)
    return m - k <= 4 and m < len(lows) and (lows[m] in _PUBLIC_SERVICES
                                             or lows[m] in _NATURE_HAD and m > k)


# where a place lies: 'ligger helt ved svenskegrensa', 'ligg nord for Tromsø'
_LIES_WHERE = frozenset({"ved", "nord", "sør", "aust", "øst", "vest", "nordvest", "sørvest",
                         "nordaust", "nordøst", "søraust", "sørøst", "like", "rett", "midt",
                         "mellom", "langs", "innerst", "ytterst", "nærmere", "nærare",
                         "lenger", "lengre", "utenfor", "utanfor", "sentralt", "inntil"})
# what a town or a municipality is: 'moss var jo en industriby', 'loppa er vel en av de
# minste kommunene', 'bergen er jo mange små bygder'
_TOWN_NOUNS = frozenset({"by", "byen", "byer", "byar", "byane", "byene", "bygd", "bygda",
                         "bygder", "bygdene", "bygdesenter", "kommune", "kommunen", "kommunar",
                         "kommuner", "kommunane", "kommunene", "tettsted", "tettstad",
                         "tettstedet", "tettstaden", "regionsenter", "sentrum", "småby",
                         "småbyen", "senteret", "kommunesenteret", "bydel", "bydelen",
                         "bydeler", "bydelar", "stedene", "stadene", "steder", "stader",
                         "tettstedene", "tettstadene", "fiskevær", "fiskeværet",
                         "verdensarv", "verdsarv", "verdensarvområde", "verdsarvområde"})
_NOT_TOWNS = frozenset({"hobby", "lobby", "rugby", "baby", "teddy"})
_NOT_QUITE = frozenset({"ikke", "ikkje", "akkurat", "heller", "aldri"})


# neuter adjectives said of a place, not of a person ('Åmot er stort', 'Frosta er flatt')
_NEUTER_OF_A_PLACE = frozenset({"stort", "lite", "smått", "flatt", "vakkert", "grønt", "kupert",
                                "spredtbygd",
                                "tettbygd", "folketomt", "grissgrendt", "frodig", "skogkledd",
                                "langstrakt", "vidstrakt", "øde"})
# what a place is to live in ('Hole er fint å bo i', 'trygt å vokse opp')
_GOOD_TO_LIVE = frozenset({"fint", "godt", "greit", "trygt", "dyrt", "billig", "billeg",
                           "kjekt", "herlig", "herleg", "vanskelig", "vanskeleg", "lett",
                           "rart", "kjedelig", "kjedeleg", "flott", "bra"})
_DEGREE_OF_SIZE = _AFTER_VERB | frozenset({"så", "for", "veldig", "kjempe", "utrolig", "svært",
                                           "ganske", "nokså", "ikke", "ikkje",
                                           "temmelig", "temmeleg", "mykje", "mye"})


# between a name put first and the word that takes it up again: 'gran ja der bor …'
_BEFORE_THERE = frozenset({"ja", "eh", "ehm", "altså", "og", "da", "nei"})
_THERE = frozenset({"der", "dær", "derfra", "derifrå", "derifra", "dit", "deroppe",
                    "dernede", "derute", "derinne"})
# what is done there: 'gran der bor søstera mi', 'leka – der har Petra familie'
_DONE_THERE = frozenset({"bor", "bur", "bodde", "budde", "jobber", "jobbar", "jobba",
                         "jobbet", "arbeider", "arbeidar", "har", "hadde", "var", "er", "e",
                         "vokste", "vaks", "flytta", "flyttet", "pendler", "pendlar", "traff",
                         "kom", "kjem", "ligger", "ligg", "gikk", "gjekk", "går", "handla",
                         "handlet", "handler", "handlar", "reiste", "kjørte", "køyrde",
                         "møttes", "møttest"})
_MOVED = frozenset({"flytta", "flyttet", "flytte", "kom", "reiste", "rømte", "pendler",
                    "pendlar", "kjører", "køyrer", "kjørte", "køyrde"})


def _resumed_as_there(lows: Sequence[str]) -> bool:
    """After a name put first: 'gran der bor søstera mi', 'stad ja der bor svigerfar',
    'tinn altså vi flytta derfra', 'ål var det jo der …': the name is taken up again as
    'there' — a place (a person is taken up as 'han', 'ho')."""
    k = _past(lows, 0, _BEFORE_THERE)
    if k >= len(lows) - 1:
        return False
    if lows[k] in _THERE:
        # (not 'bakken der vi akte': 'der' with a subject after it right after a noun is
        # 'where', a relative clause)
        return lows[k + 1] in _DONE_THERE or k > 0 and lows[k + 1] in SUBJECT_PRONOUNS
    if k > 0 and lows[k] in SUBJECT_PRONOUNS and lows[k + 1] in _MOVED:
        return lows[k + 2:k + 3] in (["derfra"], ["derifrå"], ["dit"], ["derifra"])
    # 'ål var det jo der mannen min og jeg traff hverandre' (not 'ski er det der vi går
    # hver vinter': 'det der', that thing)
    m = _past(lows, 2, _AFTER_VERB)
    return k == 0 and lows[0] in ("var", "va") and lows[1] == "det" and m + 1 < len(lows) \
        and lows[m] == "der" and lows[m + 1] not in SUBJECT_PRONOUNS


def _renamed(lows: Sequence[str]) -> bool:
    """'kinn e det nye namnet', 'eide heter noe annet nå', 'bø har blitt en del av en ny
    kommune', 'Haram vart ein del av byen': a municipality renamed or merged."""
    k = _past(lows, 1, _AFTER_VERB)
    if lows[0] in ("er", "e", "var", "va") and lows[k:k + 3] in (
            ["det", "nye", "navnet"], ["det", "nye", "namnet"]):
        return True
    if lows[0] in ("heter", "heiter") and lows[k:k + 3] in (
            ["noe", "annet", "nå"], ["noko", "anna", "no"], ["noe", "anna", "nå"]):
        return True
    if lows[0] in ("har", "hadde"):
        k = _past(lows, k + (lows[k:k + 1] in (["blitt"], ["vorte"], ["vorti"])), _AFTER_VERB)
    elif lows[0] not in ("ble", "blei", "vart", "blir", "vert"):
        return False
    return lows[k:k + 3] in (["en", "del", "av"], ["ein", "del", "av"]) and any(
        w in _TOWN_NOUNS or w.endswith(("kommune", "kommunen")) for w in lows[k + 3:k + 6])


# what links a place to another: 'vega har ferje til brønnøysund'
_CROSSINGS = frozenset({"ferje", "ferja", "ferga", "ferge", "ferjesamband", "fergesamband",
                        "hurtigbåt", "hurtigbåten", "snøggbåt", "snøggbåten", "bru", "brua",
                        "bro", "broa", "tunnel", "tunnelen", "fastlandsforbindelse",
                        "fastlandssamband", "bussrute", "busser", "bussar", "tog"})


def _region_or_county(low: str) -> bool:
    """A county or a district ('hadeland', 'østerdalen', 'innlandet')."""
    g = gz.load()
    return low in g.county_names or any(p.kind == "region" and p.label == "PLACE"
                                        for p in g.places.get(low, ()))


# a merger's verbs: 'ble slått sammen', 'vart slukt'
_MERGED_VERBS = frozenset({"ble", "blei", "vart"})


_GROWN = frozenset({"vokst", "vakse", "voksi"})
# where a plant grows: over, up, together, in, out, fast
_GROWN_OVER = frozenset({"over", "opp", "igjen", "att", "fast", "inn", "ut", "på", "i",
                         "sammen", "saman", "til"})


def _made_of_municipalities(lows: Sequence[str], k: int) -> bool:
    """From lows[k]: two municipalities or more, joined by 'og' (commas are no tokens),
    then 'sammen' or 'saman' ('Flora og Vågsøy sammen')."""
    n = 0
    while k < len(lows):
        if lows[k] == "og" and n:
            k += 1
        elif lows[k] and gz.municipalities_called(lows[k]):
            n, k = n + 1, k + 1
        else:
            break
    return n >= 2 and k < len(lows) and lows[k] in ("sammen", "saman")


def _past(lows: Sequence[str], k: int, skip: frozenset[str]) -> int:
    while k < len(lows) and lows[k] in skip:
        k += 1
    return k


def _town_noun_follows(lows: Sequence[str], k: int) -> bool:
    """After a copula at lows[k - 1]: fillers, an article or a quantifier ('en av de',
    'mange'), up to two adjectives, then a town's noun ('industriby', 'byen', 'kommunene')."""
    k = _past(lows, k, _AFTER_VERB | _NOT_QUITE)  # 'lier er jo ikke akkurat et turiststed'
    if k < len(lows) and lows[k] in ("en", "ei", "et", "ein", "eit", "mange", "fleire",
                                     "flere", "to", "tre", "den", "det", "dei", "de"):
        k += 1
        if k + 1 < len(lows) and lows[k] == "av" and lows[k + 1] in ("de", "dei"):
            k += 2  # 'en av de minste kommunene'
    for m in range(k, min(k + 3, len(lows))):
        w = lows[m]
        if w in _TOWN_NOUNS or len(w) >= 7 and w.endswith(("by", "byen")) \
                and w not in _NOT_TOWNS and not w.endswith("hobby") \
                or len(w) >= 9 and w.endswith(("sted", "stedet")):  # 'et turiststed'
            return True
        if w in STOPWORDS:
            return False  # 'sola var sterk over byen'
    return False


# the definite kinds of place: 'X var den finaste staden'
_PLACE_NOUNS_DEFINITE = frozenset(w for w in PLACE_KINDS if w.endswith(("en", "et", "a", "ne")))


NOUN_ENDINGS = ("inga", "ingen", "ingane", "ingar", "ingene", "ing", "heit", "heita", "heten",
                "het", "dom", "domen",
                "else", "elsen", "skap", "skapet", "ane", "ene", "arar", "arane", "erne",
                "sjon", "sjonen", "itet", "iteten", "leiar", "leiaren", "lista", "listen")
DEFINITE = ("en", "et", "a", "ene", "ane", "ar", "er", "ne")
DEFINITE_NOUN = ("en", "et", "ene", "ane", "ere")
COLLEAGUES = frozenset({"kolleger", "kollegaer", "kollegaene", "kollegene", "medarbeidere",
                        "medforfattere", "medforfattarar", "medarbeidarar", "kona", "mannen",
                        "familien", "familie", "barna", "ungene"})
ROLES_BARE = frozenset({"lege", "sykepleier", "sjukepleiar", "tolk", "lærer", "lærar", "nabo",
                        "kollega", "venn", "venninne", "sjef", "leder", "leiar", "saksbehandler",
                        "sakshandsamar", "miljøterapeut", "assistent", "psykolog", "sosionom",
                        "vernepleier", "vernepleiar", "fysioterapeut", "prest", "advokat",
                        "konsulent", "rådgiver", "rådgjevar", "veileder", "rettleiar",
                        "jente", "gutt", "dame", "mann", "kvinne", "fyr", "kar", "arkitekt",
                        "instruktør", "ingeniør", "snekker", "elektriker", "rørlegger",
                        "kokk", "frisør", "bonde", "fisker", "journalist", "forsker",
                        "konduktør", "pilot", "flyger", "purser", "flyvertinne", "mekaniker",
                        "mekanikar", "flymekaniker", "redaktør", "fotograf", "organist",
                        "dirigent", "kunstner", "kunstnar", "kurator", "forfatter", "forfattar",
                        "forlegger", "skuespiller", "skodespelar", "utvikler", "utviklar",
                        "programmerer", "gründer", "moderator", "renholder", "reinhaldar",
                        "servitør", "sekretær", "tannlege", "dyrlege", "brannmann",
                        "vaktmester", "vaktmeister", "tømrer", "tømrar", "montør", "operatør",
                        "keeper", "målvakt"})
# titles and roles said bare right before a name (not those that are verbs too: 'leder',
# 'trener', 'dommer')
_BARE_TITLES = (TITLES | ROLES_BARE) - {"leder", "leiar", "trener", "dommer", "min", "daglig",
                                        "dagleg", "kollega", "venn", "nabo", "jente", "gutt",
                                        "dame", "mann", "kvinne", "fyr", "kar", "kokk"}
QUANTIFIERS = frozenset({"annen", "annan", "anna", "andre", "samme", "same", "hver", "kvar",
                         "noen", "nokon", "ingen", "inga", "hele", "heile", "begge", "mange",
                         "flere", "fleire", "alle", "vår", "vårt", "våre"})


@lru_cache(maxsize=65536)
def noun_like(low: str) -> bool:
    """Built like a Norwegian noun rather than a name: a noun ending ('deltakinga',
    'prosjektleiar'), or a compound whose last part is a frequent word, bare or definite
    ('koplingsnøkkelen', 'demostudien'), unless that part is what farm names and
    surnames end with ('-land', '-heim', '-dal')."""
    if len(low) >= 6 and low.endswith(NOUN_ENDINGS):
        return True
    for k in range(3, len(low) - 3):
        head = low[k:]
        if head.endswith(NAME_HEADS):
            continue
        if len(head) >= 5 and zipf(head, ("nb",)) >= 3.5:
            return True
        for suffix in DEFINITE:
            stem = head[:-len(suffix)]
            if head.endswith(suffix) and len(stem) >= 4 and zipf(stem, ("nb",)) >= 3.5 \
                    and not stem.endswith(NAME_HEADS):
                return True
    return False


def word_need(low: str, *, capital_mid: bool, quoted: bool = False) -> float:
    """How much person evidence a word needs to be taken for a name (inf: never); see
    ``_word_need`` (cached by the word and the flags)."""
    return _word_need(low, capital_mid, quoted)


# languages far from Norwegian whose texts a name of the world is as frequent in
_WORLD_LANGS = ("de", "fr", "es", "it", "pl", "fi")


@lru_cache(maxsize=4096)
def worldwide_name(low: str) -> bool:
    """Frequent in Norwegian text and as frequent in texts of five of six languages far
    from it ('donald', 'obama', 'putin', 'hitler'): a name the world writes, not a Norwegian word
    ('folk', 'gud', 'mamma' are rare elsewhere). English words are too ('the', 'god'): only
    for a token a person's slot decides already."""
    from wordfreq import zipf_frequency

    nb = zipf(low, ("nb",))
    return nb >= 3.0 and sum(zipf_frequency(low, lang) >= min(3.4, nb - 0.8)
                             for lang in _WORLD_LANGS) >= len(_WORLD_LANGS) - 1


# a person speaking of himself or herself in reported speech ("sa at han …", "at eg …")
_PERSONS_PRONOUNS = PERSONAL_PRONOUNS | {"jeg", "eg"}


def _speaks_at_start(tokens: Sequence[Token], i: int,
                     verbs: frozenset[str] = SPEECH_VERBS) -> bool:
    """After token i a verb of saying (or one of ``verbs``), 'at' and a person's pronoun
    ('Donald sa at han ikke kunne komme', 'Obama mente at hun …')."""
    return i + 3 < len(tokens) and tokens[i + 1].low in verbs \
        and tokens[i + 2].low == "at" and tokens[i + 3].low in _PERSONS_PRONOUNS \
        and not tokens[i + 1].capital


@lru_cache(maxsize=65536)
def _word_need(low: str, capital_mid: bool, quoted: bool) -> float:
    """How much person evidence a word needs to be taken for a name (inf: never).

    A capitalised word mid-sentence is a proper noun already; it needs little. Otherwise
    (lower-case text, a sentence start) the word's own standing decides: a listed name
    that is no ordinary word needs little, an ordinary word a lot, a very common one is
    never a name."""
    g = gz.load()
    if low in NAMES_THAT_ARE_FUNCTION_WORDS and not capital_mid:
        return 2.0  # 'hans kom hjem og sa …', 'det var vår som leste minneordet'
    if low in STOPWORDS and not (capital_mid and (low in ASIAN_SURNAMES or low in g.given)):
        return float("inf")  # ('Vår', 'Ho', 'Le' capitalised mid-sentence can be names)
    if low in RANKS or low in ROLE_WORDS or low in ROLES_BARE or (
            role_compound(low) and not capital_mid and low not in g.surnames
            and not world_name(low)) or (low in TITLES or kin_word(low)) and not quoted \
            and low not in g.surnames and low not in g.given:
        # 'sersjant', 'varesjefen', 'tillitsvald', 'doktor', 'mormor': what someone is
        return float("inf")
    if low in STOPWORDS:
        return 1.5  # mid-sentence
    listed = low in g.given or low in g.surnames or low in ASIAN_SURNAMES \
        or low in g.given_extra or low in g.given_words or low in g.surname_words \
        or world_name(low)
    if not listed and place_shaped(low, caps=capital_mid):
        return 2.0  # 'Skarvvika har fått ny kai': a place unless a person must stand there
    freq = zipf(low, ("nb",))
    if not listed and not capital_mid and (verb_form(low) or past_verb(low)):
        return float("inf")  # 'døydde', 'tala': a verb
    if not listed and (compound(low) or inflected_word(low) or low in STOPWORDS
                       or nynorsk_word(low)):
        if freq < 1.0 and (low.endswith(NAME_HEADS) or not capital_mid and not quoted
                           and low.endswith("en") and not low.endswith("ene")
                           and not compound(low) and not nynorsk_word(low)):
            # 'Rypdalen': built like a farm name; 'kolstøen': a form no text has (only
            # where a person must stand)
            return 1.5 if capital_mid or quoted else 2.0
        return 1.5 if capital_mid or quoted else float("inf")
    if not listed and noun_like(low):
        return 1.5 if capital_mid or quoted else 2.0
    if not listed and not capital_mid and low.endswith(DEFINITE_NOUN) and freq < 2.0 \
            and not (freq < 1.0 and low.endswith(NAME_HEADS)):
        return 1.5  # 'Brevmalen er …': a definite noun more often than a name
    if not listed and common_word(low):
        # frequent, but no inflected form or compound: names are frequent too ('ramos')
        return 1.5 if capital_mid or quoted else 2.0 if freq < 4.0 else float("inf")
    if capital_mid:
        return 1.0 if freq >= 3.0 else 0.5
    if low in ASIAN_SURNAMES and freq >= 3.0:
        return 2.0  # 'le', 'ho', 'mai' in lower case: only where a person must stand
    # the trap lists call some rare words words ('gaup'): frequency decides
    if listed:
        # a listed name is frequent in text as a name ('johansen'); it is a word when
        # the trap lists say so ('bakken', 'stein') or when it is very frequent ('per')
        word = freq >= 5.0 or ((low in g.given_words or low in g.surname_words
                                or common_word(low) and low not in g.surnames
                                and low not in g.given) and freq >= 2.0) or noun_first(low)
    else:
        word = freq >= 3.0
    if listed and not word:
        return 0.5
    if listed:
        return 1.5 if freq < 5.5 else 2.0
    if freq < 2.0:
        return 1.0
    if freq < 3.5:
        return 1.5
    if freq < 4.5:
        return 2.0
    return float("inf")


def _municipal_company(tokens: Sequence[Token], i: int,
                       hits_at: Callable[[int], Iterable[Hit]]) -> float:
    """A municipality listed with another ('Vik og Balestrand', 'Frøya, Hitra'): 1.5; a
    sentence about municipalities (kommune, sammenslåing, ordfører …): 1.0. ``hits_at``:
    the hits over a token."""
    from .words import MUNICIPAL_CUE_PREFIXES

    for step in (-1, 1):
        k = i + step
        if 0 <= k < len(tokens) and tokens[k].low in ("og", "eller"):
            k += step
        if 0 <= k < len(tokens) and any(
                h.label == "MUNICIPALITY" and h.start <= tokens[k].start < h.end
                and h.confidence >= 0.7 for h in hits_at(k)):
            return 1.5
    lo = i
    while lo > 0 and not tokens[lo].sentence_start:
        lo -= 1
    hi = i + 1
    while hi < len(tokens) and not tokens[hi].sentence_start:
        hi += 1
    if any(tokens[k].low.startswith(MUNICIPAL_CUE_PREFIXES) for k in range(lo, hi) if k != i):
        return 1.0
    return 0.0


def _named_after(text: str, tokens: Sequence[Token], h: Hit) -> bool:
    """A person guess that is a street, building or prize named after someone ('Karl
    Johans gate', 'Haukeland sykehus'), a person-named work or character, or the generic
    Norwegian ('Peer Gynt', 'Ola og Kari Nordmann') — the latter two unless the words
    around say a person stands there ('Peer Gynt sa', 'det var ola nordmann som …')."""
    low = " ".join(h.surface.lower().split())
    generic = low in PERSON_NAMED_WORKS or low.rstrip("s") in PERSON_NAMED_WORKS or bool(
        re.match(r"(?:ola|kari)\s+(?:og\s+(?:ola|kari)\s+)?nordmann", text[h.start:], re.I)
        or low.endswith("nordmann")
        and re.search(r"(?:ola|kari)\s+og\s+$", text[max(0, h.start - 12):h.start], re.I))
    if generic and (re.match(r"(?:ola|kari)\s+og\s+(?:ola|kari)\s+nordmann", text[h.start:],
                             re.I) or re.search(r"(?:ola|kari)\s+og\s+$",
                                                text[max(0, h.start - 12):h.start], re.I)
                    or re.search(r"eksempel\w*\s+$", text[max(0, h.start - 24):h.start], re.I)):
        return True  # 'Ola og Kari Nordmann bruker …', 'eksempelpersonen Kari Nordmann':
        # the generic pair, or an example, whatever the verb
    if generic:
        i = _token_index(tokens, h.start)
        j = next((n for n, t in enumerate(tokens) if t.end == h.end), None)
        return i is None or j is None or person_evidence(text, tokens, i, j) < 1.5
    words = h.surface.split()
    if len(words) > 2 and h.surface[:1].isupper() and words[-1].lower() in _FOUNDATIONS:
        return True  # 'Olav Thon Stiftelsen': a foundation named after its founder
    if h.surface[:1].isupper() and _FOUNDATION_AFTER_GENITIVE.match(text, h.end) \
            and (h.surface.endswith("s") or text.startswith("'", h.end)):
        return True  # 'Anders Jahres humanitære stiftelse', 'Tarjei Vesaas' debutantpris'
    if h.surface.islower() and (
            len(words) > 1 and _FOUNDATION_AFTER.match(text, h.end)
            or h.surface.endswith("s") and _FOUNDATION_AFTER_GENITIVE.match(text, h.end)):
        return True  # lower-case speech: 'olav thon stiftelsen', 'trond mohn stiftelse',
        # 'eckbos legat'
    m = re.match(r"[ -]([\wæøå]+)", text[h.end:])
    # capitalised text only: lower-case speech has no commas between clauses
    return bool(m and h.surface[:1].isupper() and m.group(1)[:1].islower()
                and (text[h.end] == " " and m.group(1) in NAMED_AFTER_HEADS
                     or text[h.end] == "-" and (m.group(1) in _NAMED_AFTER_HYPHEN
                                                or m.group(1) in _STORM_HEADS)))


# a foundation's or a legacy's noun that ends its name ('Olav Thon Stiftelsen')
_FOUNDATIONS = frozenset({"stiftelsen", "stiftelse", "legat", "legatet", "fond", "fondet",
                          "minnefond", "minnefondet"})
# after a name in the genitive: a foundation, a legacy or a prize of that name ('Anders
# Jahres humanitære stiftelse', 'Eckbos legat', 'Tarjei Vesaas' debutantpris'; not 'Karis
# pris', a price)
# after a name of two words in lower-case speech ('olav thon stiftelsen')
_FOUNDATION_AFTER = re.compile(r" (?:stiftelsen?|legat(?:et)?|fond(?:et)?)(?![\wæøå])")
_FOUNDATION_AFTER_GENITIVE = re.compile(
    r"'? (?:[a-zæøå]+e )?(?:stiftelse|legat|minnefond|debutantpris|minnepris|ærespris"
    r"|hederspris)(?![\wæøå])")


# after a hyphen: a prize, a monument, a building or a body named after someone
# ('Nansen-medaljen', 'Wergeland-monumentet', 'Ole Bull-akademiet'); not a committee, a
# report, a case or a family, which name a person of the study ('Kvamsdal-utvalget',
# 'Hansen-familien')
_NAMED_AFTER_HYPHEN = frozenset({
    "prisen", "stiftelse", "museet", "feltet", "plattformen", "senteret", "instituttet",
    "tunet", "fondet", "statuen", "statua", "monumentet", "minnesmerket", "medaljen",
    "medalja", "stipendet", "legatet", "statuetten", "bysten", "bautaen", "pokalen",
    "akademiet", "kirken", "kirka", "kyrkja", "koret"})


# a storm named after someone, after a hyphen only ('Berit-stormen'; 'Kari stormet inn')
_STORM_HEADS = frozenset({"stormen", "orkanen", "uværet", "uvêret", "ekstremværet",
                          "ekstremvêret"})


PERSON_PARTNERS = KIN_NOUNS | ROLE_NOUNS | ROLES_BARE | COLLEAGUES | frozenset({
    "mamma", "pappa", "mor", "far", "bror", "søster", "syster", "kona", "mannen", "barna",
    "borna", "ungene", "ungane", "resten", "jeg", "eg", "meg"})


def _word_pair(tokens: Sequence[Token], i: int, g: gz.Gazetteer) -> bool:
    """Capitalised text: a sentence-initial word that is an ordinary word more than a name,
    joined by 'og'/'eller' to a lower-case ordinary word ('Berg og dal', 'Flora og fauna',
    'Liv og lyst'): a pair of words, no person ('Liv og mamma' stays a person)."""
    tok = tokens[i]
    if not tok.sentence_start or i + 2 >= len(tokens) or tokens[i + 1].low not in (
            "og", "eller"):
        return False
    low, other = tok.low, tokens[i + 2]
    if low in g.given and low not in g.given_words or low in g.surnames \
            and not surname_word(low) or zipf(low, ("nb",)) < 3.0:
        return False  # 'Kari og …', 'Johansen og …'
    o = other.low
    return not other.capital and other.text.isalpha() and o not in STOPWORDS \
        and o not in PERSON_PARTNERS and o not in g.given and o not in g.surnames \
        and zipf(o, ("nb",)) >= 2.5


def _token_index(tokens: Sequence[Token], start: int) -> int | None:
    for k, t in enumerate(tokens):
        if t.start == start:
            return k
    return None


def _listed(low: str) -> bool:
    g = gz.load()
    return low in g.given or low in g.surnames or low in ASIAN_SURNAMES or world_name(low)


def _partner(tok: Token, g: gz.Gazetteer, caps: bool) -> bool:
    """The other word of a pair 'X og Y' could be a name too."""
    low = tok.low
    if low in STOPWORDS or not low.isalpha():
        return False
    if caps:
        return tok.capital
    return low in g.given or low in g.surnames or low in ASIAN_SURNAMES \
        or zipf(low, ("nb",)) < 3.0


def overridable(h: Hit) -> bool:
    """A guess the person evidence may take over: a place from the gazetteer without its
    own strong context, a place guessed from context, a country or foreign city."""
    return (h.source.startswith("gazetteer") and not h.info.get("strong")) \
        or h.source == "context:place"


OWNS_OR_WORKS = frozenset({"eier", "eig", "eide", "eigde", "åtte", "driver", "driv", "drev",
                            "dreiv", "jobber", "jobbar", "jobbet", "jobba", "arbeider",
                            "arbeidde", "arbeidet", "starta", "startet", "åpna", "åpnet",
                            "kjøpte", "har", "hadde", "leide", "leigde", "laget", "lagde",
                            "laga", "bygde", "bygget", "bygd", "leier", "leiger"})
_STRANDED = frozenset({"i", "på", "hos", "for", "med", "ved", "til", "om", "fra", "frå",
                       "etter", "av"})


def _last_token(tokens: Sequence[Token], k: int, end: int) -> int:
    """The last token of a hit that starts at token k and ends at ``end``."""
    while k + 1 < len(tokens) and tokens[k + 1].start < end:
        k += 1
    return k


# strong verbs in the past that ``past_verb`` does not know, whose object a thing named
# before may be ('Katten Kari fant'), and with those that take none ('Båten Per eide sank')
_TAKES_AN_OBJECT = frozenset({"fant", "fann", "stjal", "stal", "tok", "fikk", "fekk", "ga",
                              "gav", "traff", "så", "såg", "drakk", "bant", "vant", "vann",
                              "drog", "dro", "bar", "skrev", "skreiv", "slo", "sang", "song"})
_STRONG_PAST = _TAKES_AN_OBJECT | frozenset({
    "sank", "brant", "brann", "sprakk", "rant", "rann", "sprang", "døde", "forsvant",
    "forsvann", "slapp", "sa", "sto", "stod", "lå", "låg", "satt", "sat", "fløy", "frøs",
    "fraus", "kom"})
_STANDS = frozenset({"står", "stend", "ligger", "ligg", "finnes", "fins", "går", "kjører",
                     "køyrer", "lever", "bor", "bur"})


# adverbs between a relative clause's verb and the main clause's ('likte best', 'leste sist')
_DEGREE_AFTER_VERB = frozenset({"best", "sist", "mest", "helst", "først", "fyrst", "minst",
                                "gjerne", "aller", "alltid", "ofte"})


def relative_subject(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Token k is the subject of a relative clause after a business ('butikken Kari jobbet
    i', 'kafeen Per eier.'): a verb of owning or working, then the clause's end or a
    stranded preposition. Not 'Bandet Stein spilte på festen'."""
    first = k
    while k + 1 < len(tokens) and tokens[k].capital and tokens[k + 1].capital \
            and not tokens[k + 1].sentence_start and _gap(text, tokens, k) == " ":
        k += 1  # 'Båten Per Olsen eide sank': the name's last word, then the verb (not
        # 'Redningsskøyta Colin Archer ble …': 'Archer' is no present tense)
    v = k + 1
    if v + 1 < len(tokens) and tokens[v].low in MODAL_WORDS and tokens[v].low != "å" \
            and _gap(text, tokens, k) == " " and not _gap(text, tokens, v).strip():
        v += 1  # 'bilen Per ville ha.', 'Båten Kari skulle kjøpe var dyr': a modal and its
        # verb, then the clause's end (not after a sentence's first noun: 'Kua Dagros måtte
        # vente, for …' is the main clause) or the main clause's verb
        opening = k == 1 or tokens[k - 1].sentence_start
        if v + 1 >= len(tokens) or _gap(text, tokens, v).strip():
            return not opening
        return tokens[v + 1].low in COPULAS or tokens[v + 1].low in _STRANDED \
            or past_verb(tokens[v + 1].low)
    if v >= len(tokens) or _gap(text, tokens, k) != " " or not (
            tokens[v].low in OWNS_OR_WORKS or past_verb(tokens[v].low)
            or weak_past(tokens[v].low) or present_verb(tokens[v].low)
            or tokens[v].low in _TAKES_AN_OBJECT):
        return False  # (a weak past in '-et' or '-a' too: 'Selskapet Kari snakket om')
    end = v + 1 >= len(tokens) or _gap(text, tokens, v).strip()
    if end:
        return True
    if first >= 2 and tokens[first - 2].low in ARTICLES:
        return True  # 'Det var en kafé Kari dreiv i mange år': a thing no name follows
        # unless a clause names who had it
    m = v + 1
    if tokens[m].low in ("sammen", "saman", "selv", "sjøl", "sjølv"):
        return True  # 'kafeen Per eier sammen med Ola'
    while m + 1 < len(tokens) and m - v <= 2 and tokens[m].low in _DEGREE_AFTER_VERB \
            and not _gap(text, tokens, m - 1).strip():
        m += 1  # 'Filmen Per likte best var …', 'Boka Kari leste sist var …'
    if tokens[m].low in COPULAS or tokens[m].low in ("gikk", "gjekk", "har", "hadde") \
            or tokens[m].low in _STRONG_PAST or tokens[m].low in _STANDS \
            or tokens[m].low in ("hjalp", "hjelpte", "hjelpa", "virka", "virket") \
            or _te_past(tokens[m].low):
        return True  # 'Firmaet Per startet er solgt', 'Båten Per eide sank', 'Legemidlet
        # Kari fikk hjalp ikke', 'Systemet Kari laget fungerte': the main clause's verb
        # follows
    return tokens[m].low in _STRANDED and (
        m + 1 >= len(tokens) or bool(_gap(text, tokens, m).strip())
        or tokens[m + 1].low in ("og", "men", "da", "då", "så", "før")
        or tokens[m + 1].low in COPULAS or past_verb(tokens[m + 1].low)
        or tokens[m + 1].low in _STRONG_PAST)
    # ('Selskapet Kari jobbet i gikk konkurs')


# a surname this many bear, at a sentence's start before a verb in the past: a person
COMMON_SURNAME_AT_START = 2000
# verbs in the past that land, water and things do too ('Bakken gikk bratt opp', 'Dalen lå
# badet i sol')
_THINGS_DO = frozenset({"gikk", "gjekk", "lå", "låg", "sto", "stod", "rant", "rann", "hadde",
                        "var", "ble", "blei", "vart", "fikk", "fekk", "gav", "ga",
                        "strakk", "snudde", "svingte", "steig", "falt", "fall", "frøs",
                        "fraus", "lyste", "skinte"})


def _neuter_adjective(low: str) -> bool:
    """An adjective in the neuter ('fint', 'stort', 'kaldt'): said of a thing or a place,
    never of a person ('Vesterskaug er fint')."""
    return len(low) >= 4 and low.endswith("t") and common_word(low[:-1]) \
        and not past_verb(low) and low not in _ADVERBS_IN_T


# adverbs that end like a neuter adjective ('Kari var litt sliten', 'helt enig')
_ADVERBS_IN_T = frozenset({"litt", "helt", "heilt", "rett", "sist", "først", "fyrst", "mest",
                           "best", "fort", "slett", "svært", "nett", "visst", "vist", "alltid"})


_WAS_OR_HAD = frozenset({"var", "er", "vart", "ble", "blei", "hadde", "har", "e", "va"})


def kin_after_owner(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a kin word right after a possessive ('hans bror hadde …', 'hennes bror kom':
    her brother; 'Bror' is a given name too), where the possessive does not follow what it
    owns ('navnet hans bror': his name, Bror; 'far hans', 'kona hennes' put the owner
    after a kin word or a definite noun)."""
    if k < 1 or tokens[k - 1].low not in OWNERS or not kin_word(tokens[k].low):
        return False
    low = tokens[k - 2].low if k > 1 else ""
    return not (definite_noun(low) or kin_word(low) or low.endswith(("a", "en", "et", "net"))
                and inflected_word(low) or low in ("namnet", "navnet"))


def slot_persons(text: str, tokens: Sequence[Token], hits: list[Hit], caps: bool) -> None:
    """Add persons where the words around a single word say person strongly enough for
    that word (``word_need``), and take the word from a place guess when the person
    evidence beats the place evidence. Adds and removes hits in place."""
    if not tokens:
        return
    g = gz.load()
    named: list[tuple[int, int]] = []
    persons = [h for h in hits if h.label == "PERSON" and h.entry_id is None]
    index = {t.start: k for k, t in enumerate(tokens)} if persons else {}
    for h in persons:
        k = index.get(h.start)
        if k is not None and k > 0 and (
                tokens[k - 1].low in ORG_BEFORE or len(tokens[k - 1].low) > 7
                and tokens[k - 1].low.endswith(_ORG_HEADS)) \
                and _gap(text, tokens, k - 1) in (" ", " «", ' "') \
                and (caps or _gap(text, tokens, k - 1) != " "
                     or tokens[k - 1].low in THING_NOUNS
                     or tokens[k - 1].low in STORMS) \
                and not relative_subject(text, tokens, _last_token(tokens, k, h.end)):
            hits.remove(h)  # 'Fotballklubben Odd', 'bandet Ruth', 'hunden Bamse' (not
            # 'Kassereren i idrettslaget, Bjarne Ulvestad, fortel …'; in lower case only an
            # animal's or a thing's name: 'på butikken kari jobba i' may be a person)
        elif k is not None and k > 1 and tokens[k - 1].low in ROLE_OWNERS \
                and tokens[k - 2].low in THING_NOUNS and _gap(text, tokens, k - 2) == " " \
                and _gap(text, tokens, k - 1) in (", ", ", «", ', "'):
            hits.remove(h)  # 'Hunden vår, «Storm», nekta å gå ut', 'Kua hans, Dagros,':
            # the animal's or the thing's name in apposition
        elif _named_after(text, tokens, h):
            hits.remove(h)  # 'Karl Johans gate', 'Peer Gynt', 'Ola og Kari Nordmann'
            named.append((h.start, h.end))
        elif caps and k is not None and h.end == tokens[k].end and _word_pair(tokens, k, g):
            hits.remove(h)  # 'Berg og dal, skog og mark', 'Flora og fauna i området'
            named.append((h.start, h.end))

    by_token = hits_by_token(tokens, hits)
    live = {id(h) for h in hits}  # by_token may hold hits removed below

    def hits_at(k: int) -> list[Hit]:
        return [h for h in by_token.get(k, ()) if id(h) in live] if k in by_token else []

    for i, tok in enumerate(tokens):
        low = tok.low
        if len(low) < 2 or not low.isalpha() or (tok.text.isupper() and len(tok.text) > 1):
            continue
        if caps and not tok.capital:
            continue  # capitalised text: names have capitals
        if any(a <= tok.start < b for a, b in named):
            continue
        if not caps and (low in CALLED or low in ("hans", "hennes", "vår") and i > 0 and (
                kin_word(tokens[i - 1].low) or role_word(tokens[i - 1].low)
                or tokens[i - 1].low in PERSON_NOUNS_DEFINITE)
                and tokens[i - 1].low.endswith(("en", "a", "et", "ne"))):
            # 'kona hans heiter sol': the possessive after a definite noun, and the verb,
            # are no names (but 'lærer hans olsen' may be Hans Olsen)
            continue
        if not caps and kin_after_owner(tokens, i):
            continue  # 'hennes bror kom hjem': her brother ('Bror' is a given name too)
        if low in PLACE_KINDS and low.endswith(("en", "et", "a")) and not _listed(low):
            continue  # 'gården heter nordre hagelstad': the farm, whose name follows
        if len(low) >= 6 and low.endswith(("sk", "folk", "folket")) and not _listed(low):
            continue  # 'han snakka sunnmørsk', 'stavangerfolk': a dialect, people of a place
        capital_mid = caps and tok.capital and not tok.sentence_start and i > 0
        over = [h for h in by_token[i] if id(h) in live] if i in by_token else []
        if any(h.label == "PERSON" and h.confidence >= 0.5 for h in over):
            continue
        if any(not overridable(h) for h in over if h.label != "PERSON"):
            continue
        if any(h.label in ("MUNICIPALITY", "PLACE") and h.source.startswith("gazetteer")
               and h.start < tok.start for h in over):
            continue  # 'i søndre nordstrand var det …': the last word of a longer place's name
        if repeated_word(tokens, i) or (institution(low) or low in g.not_person) and not (
                _listed(low) and personal_cue(text, tokens, i)):
            continue  # (a firm named like persons is a person where only one fits: 'Hun
            # heter Jordan', 'Jordan og jeg gikk hjem')
        if i > 0 and tokens[i - 1].low in ORG_RUN_HEADS:
            continue  # 'Helse Nord', 'helse nord har sagt': an organisation's name
        if low in NAMES_THAT_ARE_FUNCTION_WORDS and (not caps or tok.sentence_start):
            nxt = _low(tokens, i + 1)
            if nxt and not (nxt in PERSON_ACTS or nxt in PERSON_DOES or past_verb(nxt)
                            or nxt in ("og", "som", "han", "hun", "ho", "ja", "altså")):
                continue  # 'hans kone sa', 'vår sjef', 'anna kvar veke': the word
        elif not (capital_mid and (low in ASIAN_SURNAMES or low in g.given)) \
                and not_a_name(tok, text, g):
            continue
        if capital_mid and (tokens[i - 1].capital and (not tokens[i - 1].sentence_start
                                                       or tokens[i - 1].low in ORG_RUN_HEADS)
                            or i + 1 < len(tokens) and tokens[i + 1].capital
                            and not tokens[i + 1].sentence_start):
            continue  # part of a capitalised run the name detectors let go ('Housing First')
        quoted = _before(text, tokens, i).endswith(("«", '"')) and \
            _gap(text, tokens, i).startswith(("»", '"'))
        need = word_need(low, capital_mid=capital_mid, quoted=quoted)
        if caps and tok.sentence_start and tok.capital and i + 1 < len(tokens) \
                and g.surname_count.get(low, 0) >= COMMON_SURNAME_AT_START \
                and past_verb(tokens[i + 1].low) and tokens[i + 1].low not in _THINGS_DO \
                and _gap(text, tokens, i) == " ":
            need = min(need, 1.0)  # 'Haugen tok over gården', 'Bakken kom inn døra': a
            # surname many bear, then what someone did (not 'Bakken gikk bratt opp')
        if caps and tok.sentence_start and tok.capital and need == 1.0 and len(low) >= 4 \
                and zipf(low, ("nb",)) < 1.0 and not _listed(low) and i + 1 < len(tokens) \
                and _gap(text, tokens, i) == " " and tokens[i + 1].low in _WAS_OR_HAD \
                and not low.endswith("a") and _low(tokens, i + 2) not in ARTICLES \
                and not _neuter_adjective(_low(tokens, i + 2)):
            need = 0.5  # 'Brattfjelli var veldig tydelig', 'Ducaale var den første': a word
            # no text has, then what someone was (a noun would have its article or ending;
            # not one in '-a', a definite noun's ending: 'Valgvaka ble holdt', nor one said
            # to be a thing of a kind: 'Cepelinai er en litauisk rett')
        worldwide = need == float("inf") and worldwide_name(low) and (
            caps and tok.sentence_start and tok.capital and _speaks_at_start(tokens, i)
            or not caps and low not in KIN_BARE and not kin_word(low) and not role_word(low)
            and personal_cue(text, tokens, i))
        if worldwide:
            need = 2.0  # 'Donald sa at han ikke kunne komme', 'Obama mente at …': a word
            # every language writes as often is a name (a Norwegian word is not: 'Folk sa')
        if low.endswith("s") and len(low) > 4 and not common_word(low) and _listed(low[:-1]):
            # a genitive is judged by its name ('martinellis forslag')
            need = min(need, word_need(low[:-1], capital_mid=capital_mid, quoted=quoted))
        if low in VERB_FORMS and not _listed(low):
            continue  # 'da hun datt på isen', 'ho song i koret': a verb after its subject
        if need == float("inf") and low not in STOPWORDS and (
                _listed(low) or not past_verb(low) and not verb_form(low)) \
                and (quoted or text[tok.end:tok.end + 1] in ("'", "’")
                     or not role_nickname(low)) and (
                    _naming_slot(tokens, i) or _fronted_nickname(tokens, i)
                    or _spoken_name(text, tokens, i, i + 1)):
            need = 2.0  # 'vi kalte henne bare tuppen': any word can be a nickname
        if need == float("inf") and caps and tok.capital and low not in STOPWORDS \
                and (low in g.surnames or low in g.places) \
                and person_evidence(text, tokens, i) >= 2.0:
            need = 2.0  # 'Hamar var en god sjef': a surname that is a word too, said
            # surely to be a person (otherwise nothing would mask it)
        if need == float("inf") or not quoted and not _listed(low) \
                and text[tok.end:tok.end + 1] not in ("'", "’") \
                and role_nickname(low) and _naming_slot(tokens, i):
            continue  # ('vi kalte læreren for rektorn': a role as a nickname)
        ev = person_evidence(text, tokens, i)
        if quoted and tok.sentence_start and low in g.given and _pseudonym_after(text, tokens, i):
            need, ev = min(need, 1.0), max(ev, 2.0)  # '«Tuva», lærer ved en fådelt skole,
            # forteller …', '«Vår» (19) var den yngste': an informant's pseudonym
        # two names joined by 'og': the words around the pair ('det var X og Y som …',
        # 'både X og Y var med', 'X og Y kom hit')
        if i + 2 < len(tokens) and tokens[i + 1].low in ("og", "eller") \
                and _partner(tokens[i + 2], g, caps):
            ev = max(ev, person_evidence(text, tokens, i, i + 2))
        if i >= 2 and tokens[i - 1].low in ("og", "eller") and _partner(tokens[i - 2], g, caps):
            ev = max(ev, person_evidence(text, tokens, i - 2, i))
        if ev < need or ev == 0:
            continue
        if ev < 2.0 and not _listed(low) and not _listed(low[:-1]) and any(
                h.label in ("MUNICIPALITY", "PLACE") and h.source.startswith("gazetteer")
                for h in over):
            continue  # 'at Rogaland har hatt': a place no one is named after needs more
        place_words = low in g.places
        if over or place_words:
            pl = place_evidence(text, tokens, i)
            if any(h.label == "MUNICIPALITY" for h in over):
                pl = max(pl, _municipal_company(tokens, i, hits_at))
            if pl >= 1.5 or (pl > 0 and ev < 2.0):
                continue  # 'frå Stryn sa …': the preposition names the place
            if ev < (1.5 if low in g.common_surnames else 2.0) and any(
                    h.label == "MUNICIPALITY" for h in over):
                continue  # 'samarbeid med Moss', 'Rana har vært …': the municipality
            if any(h.label == "MUNICIPALITY" for h in over) and not _listed(low) \
                    and not _listed(low[:-1]) and _low(tokens, i + 1) in SPEECH_VERBS | _VOTED \
                    and _low(tokens, i + 2) in ("ja", "nei") and _low(tokens, i + 3) == "til":
                continue  # 'at Sørfold sa ja til utbyggingen': a municipality no one is
                # named after, deciding as its council does
            if place_words and not over and ev < (1.5 if low in g.common_surnames else 2.0):
                continue  # a place the gazetteer let go ('sola', 'time'): needs more
            if any(h.label == "NONE" and (h.source != "gazetteer:city" or ev < 2.0
                                          or _listed_abroad(text, tokens, i, hits_at)
                                          and low not in g.given)
                   for h in over) and low not in g.surnames \
                    and not (ev >= 2.0 and personal_cue(text, tokens, i)):
                continue  # a country; a foreign city unless only a person fits ('hos X'),
                # and never one listed with other places abroad ('Gdańsk og Kraków')
        for h in over:
            hits.remove(h)
            live.discard(id(h))
        conf = 0.85 if ev >= 2.0 and ev - need >= 1.0 else 0.7
        new = Hit(tok.start, tok.end, "PERSON", tok.text, conf, "names:slot", canonical=low,
                  info={"tokens": 1, "context": True, "evidence": ev,
                        **({"worldwide": True} if worldwide else {})})
        hits.append(new)
        live.add(id(new))
        by_token.setdefault(i, []).append(new)
    if not caps:
        _lower_case_runs(text, tokens, hits, g)


# meeting is what teams and lands do too ('Norge møtte Brasil, og han scoret')
_MEET = frozenset({"møtte", "møte", "treffe", "traff", "møter", "treffer"})


def personal_cue(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Words around token i that only a person, never a land, a region or a brand, fits:
    'X sa at hun var sliten', 'Hun heter X', 'Naboen vår heter X', 'X og jeg gikk hjem',
    'Kollegaen min, X, fortalte', 'X, som var leder da, …', '«…», sa X.', 'snakket med X i
    går, og han var enig' (a man or a woman later in the sentence, no name between). A
    country says no, signs and wins ('Kenya sa nei', 'Det var Kenya som vant'): not these."""
    p1, p2, p3 = _low(tokens, i - 1), _low(tokens, i - 2), _low(tokens, i - 3)
    n1, n2, n3 = _low(tokens, i + 1), _low(tokens, i + 2), _low(tokens, i + 3)
    gap_after, gap_before = _gap(text, tokens, i), _before(text, tokens, i)
    if _speaks_at_start(tokens, i, SPEECH_VERBS | PERSON_ACTS) and not gap_after.strip():
        return True  # 'X sa at hun var sliten' ('Kenya sa at de …' is the land)
    if p1 in CALLED and (p2 in _PERSONS_PRONOUNS | {"du"} or _person_noun(p2)
                         or p2 in ROLE_OWNERS and _person_noun(p3)
                         or p2 == "som" and _person_noun(p3)):
        return True  # 'Hun heter X', 'Naboen vår heter X', 'en mann som het X' (not
        # 'Landet heter X')
    if p1 in INTERVIEWING or p1 in _INFORMANT_NOUNS and not gap_before.strip():
        return True  # 'Vi intervjuet X', 'Informanten X fortalte'
    if n1 == "og" and n2 in ("jeg", "eg") and not gap_after.strip() \
            and _clause_start(text, tokens, i) and (past_verb(n3) or n3 in PERSON_ACTS):
        return True  # 'X og jeg gikk hjem' (a clause's subjects, then what they did; not
        # 'mellom Sverige og meg', 'Sverige og jeg har et anstrengt forhold')
    if gap_before.strip() == "," and (_person_noun(p1) or p1 in ROLE_OWNERS and _person_noun(p2)):
        return True  # 'Kollegaen min, X, fortalte'
    if p1 in ROLE_OWNERS and _person_noun(p2) and n1 in PERSONAL_PRONOUNS \
            and not gap_before.strip() and not gap_after.strip():
        return True  # 'kollegaen min paris hun sa nei': speech without commas, the pronoun
        # taking the name up again
    if gap_after.strip() == "," and n1 == "som" and _role_after_copula(tokens, i + 2):
        return True  # 'X, som var leder da, …'
    ends_sentence = i + 1 == len(tokens) or gap_after.strip() in (".", "!", "?") \
        and tokens[i + 1].sentence_start
    if p1 in SPEECH_VERBS and ends_sentence \
            and any(q in _before(text, tokens, i - 1) for q in ("»", '"', "”")) and not any(
                p.kind == "country" for p in gz.load().places.get(tokens[i].low, ())):
        return True  # '«Vi må gjøre noe», sa X.' (a land speaks so in the news: '«Nei»,
        # sa Kina')
    addressed = p1 in ADDRESS_VERBS and p1 not in _MEET \
        or p1 in _PERSONS_PRONOUNS | {"vi", "du"} and p2 in ADDRESS_VERBS and p2 not in _MEET
    talked_with = p1 == "med" and p2 in TALKED
    if addressed or talked_with:
        for m in range(i + 1, min(i + 9, len(tokens) - 1)):
            if tokens[m].sentence_start or tokens[m].capital:
                break
            if tokens[m + 1].low in PERSONAL_PRONOUNS and (
                    addressed and tokens[m].low == "om"
                    or talked_with and tokens[m].low == "og" and "," in _gap(text, tokens, m - 1)):
                return True  # 'spurte X om hun ville', 'snakket med X i går, og han var enig'
    return False


def _listed_abroad(text: str, tokens: Sequence[Token], i: int,
                   hits_at: Callable[[int], Iterable[Hit]]) -> bool:
    """Token i is listed (',', 'og', 'eller') right after or before a place abroad: 'til
    Gdańsk og Kraków', 'fra Kaunas, Riga og Tartu'."""
    for step in (-1, 1):
        k = i + step
        if not 0 <= k < len(tokens):
            continue
        if tokens[k].low in ("og", "eller", "and", "or"):
            k += step
        elif _gap(text, tokens, min(i, k)).strip() != ",":
            continue
        if 0 <= k < len(tokens) and any(h.label == "NONE" for h in hits_at(k)):
            return True
    return False


# the heads of compound words for teams, choirs and bands ('Gatelaget Kystgutane')
_ORG_HEADS = ("laget", "klubben", "koret", "bandet", "korpset", "orkesteret")


def role_nickname(low: str) -> bool:
    """A role, a title or kin given as a nickname without quotation marks ('kalla han
    berre doktoren', 'kalte skipperen for sjefen', 'vi kaller henne mor'): it names no one
    ('«Lillemor»' in quotation marks is a nickname all the same)."""
    if low in _PEOPLE_NOUNS:
        return False  # 'de kalte han fyr lykta': a nickname made of words
    return role_word(low) or kin_word(low) or low in TITLES or low in RANKS \
        or low in KIN_BARE or low.endswith("en") and low[:-2] in TITLES \
        or low.endswith("n") and (low[:-1] in TITLES or role_word(low[:-1]))  # 'doktoren',
    # 'rektorn'


_PEOPLE_NOUNS = frozenset({"fyr", "kar", "gutt", "jente", "dame", "mann", "kvinne", "tøs",
                           "gubbe", "kjerring"})


def _lower_case_runs(text: str, tokens: Sequence[Token], hits: list[Hit],
                     g: gz.Gazetteer) -> None:
    """Lower-case text: two or three words that are no ordinary words, or a particle and
    such a word, in a person's slot are one name ('hartley crewe var …', 'ordfører javier
    gonzález', 'han van der meer var skipper')."""
    n = len(tokens)
    at: Overlaps | None = None  # built at the first run of name words (most texts: none)
    i = 0
    while i < n - 1:
        k = i
        while k < n and tokens[k].low in NAME_PARTICLES and k - i < 2:
            k += 1  # 'van der', 'al', 'bin'
        if tokens[i].low in ORG_RUN_HEADS:
            i += 1  # 'helse nord har sagt …': a health trust
            continue
        if k > i and k < n and tokens[i].low in STOPWORDS and (
                tokens[k].low in g.given or tokens[k].low in g.surnames
                or tokens[k].low in g.world_given or tokens[k].low in FREQUENT_FOREIGN_GIVEN):
            # 'da sten sluttet', 'da giuseppe kom hjem': 'da' is 'then' before a given name
            # ('da silva' stays one: a surname)
            i = k
        j = k
        names = []
        while j < n and j - i < 3 and _name_word(tokens[j].low, g):
            names.append(j)
            j += 1
        last = j - 1
        if len(names) < 1 or last - i < 1:
            i += 1
            continue
        if at is None:
            at = Overlaps(hits)
        if any(h.label != "PERSON" or h.entry_id is not None or h.info.get("tokens", 1) > 1
               for h in at.over(tokens[i].start, tokens[last].end)):
            i += 1
            continue
        if any(_gap(text, tokens, k) != " " for k in range(i, last)) \
                or person_evidence(text, tokens, i, last) < 1.0 and not _full_name(
                    tokens, names, g):
            i += 1
            continue
        for h in at.over(tokens[i].start, tokens[last].end):
            hits.remove(h)
            at.remove(h)
        start, end = tokens[i].start, tokens[last].end
        hits.append(Hit(start, end, "PERSON", text[start:end], 0.7, "names:slot",
                        canonical=text[start:end].lower(),
                        info={"tokens": last - i + 1, "context": True}))
        at.add(hits[-1])
        i = last + 1


def _full_name(tokens: Sequence[Token], names: list[int], g: gz.Gazetteer) -> bool:
    """A given name and a family name no Norwegian word list knows ('eleanor hargreaves',
    'jürgen kessler'): a person without a word around it."""
    if len(names) < 2:
        return False
    first, last = tokens[names[0]].low, tokens[names[-1]].low
    given = (first in g.given or first in g.given_extra or world_name(first)
             or foreign_word(first) and not common_word(first)) \
        and first not in g.places and first not in STOPWORDS and len(first) >= 3
    family = (unknown_word(last) or world_name(last) or foreign_word(last)
              or zipf(last, ("nb",)) < 3.0 and not noun_like(last) and not compound(last)
              and not inflected_word(last) and not verb_form(last)) \
        and not common_word(last) and last not in g.places
    return given and family


def foreign_word(low: str) -> bool:
    """Letters Norwegian words do not have ('jürgen', 'núñez', 'kowalczyk')."""
    return any(c in "üéèáàíóúñçłśćźżčšžőűãõâêîôûëïäö" and c not in "æøå" for c in low) \
        or ("w" in low or "z" in low) and zipf(low, ("nb",)) < 2.0


def _name_word(low: str, g: gz.Gazetteer) -> bool:
    """A word that can be part of a name in lower-case text: a listed name that is no
    ordinary word, or a word no Norwegian word list knows (no adjective in '-isk')."""
    if len(low) >= 6 and low.endswith(("isk", "iske")) and not _listed(low):
        return False  # 'kurdisk', 'norske'
    if low in STOPWORDS or not low.isalpha() or len(low) < 2 or low in g.places \
            or low in CALLED or low in NAMING_VERBS:
        return False  # ('kona hans heiter sol': the verb is no part of the name)
    if role_word(low) and not _listed(low) or low in BLOOM_VERBS:
        return False  # 'den lærern hadde vi': a role; 'hegga blomstra': a verb
    if not _listed(low) and present_verb(low) and zipf(low, ("nb",)) < 3.0:
        return False  # 'kari køyrer henne': a Nynorsk verb the lists lack
    if _listed(low) or low in g.given_extra:
        return word_need(low, capital_mid=False) <= 1.5
    return zipf(low, ("nb",)) < 3.0 and not noun_like(low) and not compound(low)
