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
names.

This module holds the sequence of judgements (``drop_not_names``) and the evidence no other
kind of thing shares; each larger kind has its own module: ``named_things`` (animals, boats,
storms, stars, species given a name), ``brands`` (brands, firms, makes and their models,
newspapers), ``clubs`` (a club in a sentence about a match), ``headings`` (headings, titles,
designations) and ``towns_abroad`` (a town, a land or a namesake put outside Norway)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from . import gazetteer as gz
from .brands import (
    BRANDS,
    BUSINESS_HEADS,
    FACTORIES,
    GOODS_KINDS,
    MADE_OR_SOLD,
    MODEL_HEAD,
    PERSONS_VENUE_HEADS,
    VEHICLE_BRANDS,
    a_car,
    after_brand,
    among_brands,
    brand_of_goods,
    capitals_of_a_brand,
    firm_before,
    firm_name,
    make_and_model,
    maker_or_tune,
    newspaper_title,
    product_compound,
    shop_in_speech,
    subject_after_verb,
    used_as_goods,
)
from .clubs import CHAMPIONSHIPS, cheered_on, club_named
from .described import described_as_thing
from .english_titles import english_venue, in_an_english_title
from .extent import SURE_PLACE
from .headings import (
    DESIGNATION_HEADS,
    HEADING,
    HEADING_WORDS,
    designated,
    heading_word,
    labelled_heading,
    listed_in_heading,
    short_heading,
)
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
from .myths import myth_figure
from .named_things import (
    BRACKET_REACH,
    KIND_OF,
    VESSELS,
    an_animal,
    animal_named,
    kind_of_things,
    latin_species,
    named_storm,
    ship_named,
    star_name,
    storm_in_speech,
    storms_with_years,
    thing_named,
    thing_names,
    thing_noun,
    unquoted,
    vessel_before,
)
from .roles import a_part
from .slots import (
    COPULAS_SPOKEN,
    KIN_BARE,
    NAMED_ONES,
    PEOPLE_PLURALS,
    TIMES,
    inverted,
    kin_word,
    next_list_item,
    past_verb,
    person_evidence,
    personal_cue,
    present_verb,
    relative_subject,
    role_nickname,
    role_word,
    verb_form,
    weak_past,
)
from .spans import (
    PERSON_SURELY,
    SURE_CITED,
    Hit,
    Token,
    all_lower,
    near_in_sentence,
    quoted,
    title_case,
)
from .things import (
    COMMON_SURNAME,
    PLACE_ABROAD,
    definite_of_thing,
    genitive_of_name,
    given_name,
    joined_names,
    listed_kind,
    listed_kind_of,
    named_thing_too,
    person_name,
    surname_abroad_only,
    thing_spans,
    written_in_capitals,
)
from .towns_abroad import (
    abroad,
    abroad_again,
    lows_abroad,
    namesake_abroad,
    nature_abroad,
    town_abroad,
)
from .words import (
    ANIMAL_WORDS,
    ARTICLES,
    BLOOM_VERBS,
    CALLERS,
    CALLING_VERBS,
    CLUB_LETTERS,
    CONTAINERS,
    DETERMINERS,
    DISHES_NAMED_AFTER,
    DRINKING,
    EPONYM_GENITIVE_HEADS,
    EPONYM_HEADS,
    EPONYM_OF_KNOWN_HEADS,
    FOLK_FIGURES,
    GOODS,
    GOODS_AFTER_HYPHEN,
    ILLNESS_EPONYMS,
    KNOWN_EPONYMS,
    LANDSCAPE,
    LOCATIVE,
    MEDIA_OUTLETS,
    MODAL_WORDS,
    MONTHS,
    MOVING_VERBS,
    MUNICIPAL_CUE_PREFIXES,
    NAME_HEADS,
    NAMED_BUSINESSES,
    NATIONALITY_NOUNS,
    NATURE_WORDS,
    OFTEN,
    ORGANISATIONS,
    PERFORMED_VERBS,
    PERSON_NAMED_WORKS,
    PLACE_SUFFIXES,
    PRODUCT_HEADS,
    READ_VERBS,
    SIN_POSSESSIVES,
    SMALL_ADVERBS,
    SPOKEN_PREPOSITIONS,
    STAGED_VERBS,
    STOPWORDS,
    STORMS,
    SUBJECT_PRONOUNS,
    SUNG_VERBS,
    SURROUNDINGS,
    THING_NOUNS,
    WATCHED,
    WEEKDAYS,
    WORK_NOUNS,
    WORK_PARTS,
    zipf,
)
from .works import character_with_word_before, is_work_or_character

# people named after a place: 'sunnmøring', 'nordfjordingar', 'bergensarane'
_DEMONYM_ENDINGS = ("væringane", "væringene", "væringar", "væringer", "væring", "ingane",
                    "ingene", "ingar", "inger", "ingen", "ing", "arane", "erne", "arar", "ere",
                    "ar", "er")
# a person cited, known by initials or named in full elsewhere in the study: never a
# character of a work, whatever it is called
CITED_OR_STUDIED = frozenset({"names:citation", "names:reference", "names:initials",
                              "names:study"})
DEMONYMS = frozenset({"trønder", "trøndere", "trønderne", "trøndarar", "trøndarane",
                      "nordlending", "nordlendinger", "nordlendingene", "nordlendingar",
                      "sørlending", "sørlendinger", "vestlending", "vestlendinger",
                      "østlending", "østlendinger", "austlending", "austlendingar",
                      "innlandsk", "byfolk"}) | NATIONALITY_NOUNS


def _reflexive_verb(tokens: Sequence[Token], i: int) -> bool:
    """Lower-case text: 'eg grua meg', 'ho kosa seg', 'hun har grua seg': a word between a
    subject pronoun or an auxiliary and a reflexive pronoun is a verb, no place."""
    return 0 < i < len(tokens) - 1 and tokens[i + 1].low in ("meg", "deg", "seg", "oss",
                                                             "dykk", "dokker") \
        and (tokens[i - 1].low in SUBJECT_PRONOUNS or tokens[i - 1].low in ("æ", "i")
             or tokens[i - 1].low in ("har", "hadde", "skal", "vil", "må", "kan", "ha"))


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
             low.replace("å", "a") if "å" in low else "",  # (not the word itself: 'Pablo')
             low[:-3] + "ere" if low.endswith("are") else ""}
    return any(f and len(f) >= 4 and zipf(f, ("nb",)) >= 3.5 for f in forms)


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
            and low not in g.given and (low not in g.surnames or not tokens[i].capital
                                        and zipf(low, ("nb",)) >= 3.0):
        return True  # (a surname that is a common word too, lower case: 'til å fiske sei')
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


# what an event or a law is called by ('Raumarock', 'Trænafestivalen', 'Opplæringslova'):
# no person and no place, whatever its first part is
_EVENT_OR_LAW_HEADS = ("festivalen", "festival", "rock", "jazz", "blues", "stevnet", "loven",
                       "lova", "forskriften", "forskrifta")
# what a building, a business or a festival is called by ('Ungdomshuset', 'Fjordhotellet',
# 'Raumarock'): no person, and no place the rules label (a hotel, a hall is not labelled)
_BUILDING_HEADS = ("huset", "hotellet", "senteret", "kafeen", "restauranten",
                   "puben", "stadion", "stadionet", "hallen", "kinoen", "butikken",
                   "teatret", "teateret",
                   # cafés and bars named as buildings are ('Kaffebrenneriet',
                   # 'Schouskjelleren')
                   "kjelleren", "brenneriet", "bryggeriet", "bakeriet",
                   *_EVENT_OR_LAW_HEADS)


def _building_or_kin(low: str) -> bool:
    """A named building ('Ungdomshuset') or an in-law written with a capital ('Svigerfar')
    that no list has as a person's name."""
    g = gz.load()
    if low in g.given or low in g.surnames or low in g.given_extra or low in g.world_surnames:
        return False
    if low.startswith("sviger"):
        return True  # (not every kin word: 'Lillemor', 'Veslemor' are nicknames too)
    head = next((h for h in _BUILDING_HEADS if low.endswith(h) and len(low) >= len(h) + 3),
                None)
    if head is None:
        return False
    if head in _EVENT_OR_LAW_HEADS:
        return True  # 'Raumarock', 'Trænafestivalen', 'Opplæringslova': an event, a law
    first = low[:-len(head)].removesuffix("-")
    return not any(not p.common_word for f in (first, first.removesuffix("s"),
                                               first.removesuffix("a"))
                   for p in g.places.get(f, ()))  # (not 'Vosshotellet', 'Vossahallen',
    # 'Moldehallen': a building named by a place that is no ordinary word is the place's;
    # 'Fjordhotellet' is named by the word)


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


# a finite verb after '… og <definite noun>' that opens a clause of its own
_CLAUSE_VERBS_AFTER = COPULAS_SPOKEN | frozenset({"har", "hadde", "ligger", "ligg", "låg", "lå",
                                                  "går", "gikk", "gjekk", "kom", "kommer",
                                                  "kjem"})
# going somewhere: before 'til X og <infinitive>' ('pleide å dra til moss og handle')
_GOING = MOVING_VERBS | frozenset({"dra", "reise", "kjøre", "køyre", "fare", "gå", "drar",
                                   "reiser", "kjører", "køyrer", "for", "fór"})


def _infinitive(low: str) -> bool:
    """An infinitive in -e of a verb whose present and past tenses are frequent ('handle':
    'handler', 'handlet'; 'bade', 'spise'), not a noun ('hytte': no 'hyttet')."""
    stem = low[:-1]
    return low.endswith("e") and len(low) >= 4 and zipf(low + "r", ("nb",)) >= 2.5 \
        and max(zipf(stem + "et", ("nb",)), zipf(stem + "te", ("nb",))) >= 2.5


# nouns for a town that a town named like a word is listed with ('mellom ski og byen')
_TOWN_PARTNERS = frozenset({"byen", "bygda", "sentrum", "nabokommunen", "grannekommunen",
                            "nabobyen", "nabobygda", "kommunesenteret", "bysentrum"})


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
        if other in SURROUNDINGS or other in _TOWN_PARTNERS:
            return False  # 'Lier og omegn', 'mellom ski og byen': a town with the land
            # around it, or with another town
        if not person and k > i and i > 0 and tokens[i - 1].low in SPOKEN_PREPOSITIONS \
                and low in g.surnames and not surname_word(low):
            continue  # 'bor på moholt og jobber …' (a surname, no word; not 'på øyer og …')
        if person and (tokens[k].capital
                       or other.endswith(("en", "et", "a", "ene", "ane", "na"))
                       and inflected_word(other) or kin_word(other) or other in KIN_BARE
                       or role_word(other)):
            continue  # 'Berg og Hansen'; 'Dag og familien', 'Rein og gjengen'; 'Kari og
            # sønn', 'Per og sjef'
        if not person and (other.startswith(("nabo", *MUNICIPAL_CUE_PREFIXES))
                           or other in ("resten", "hele", "heile", "heila") and any(
                               tokens[m].low in g.places
                               for m in range(k + 1, min(len(tokens), k + 3)))):
            continue  # 'lom og nabokommunen', 'flå og resten av hallingdal', 'grue og hele
            # solør': a municipality with its neighbours, no pair of things
        if other in _WAY_ADVERBS or other.endswith("over") and len(other) > 5 \
                or _verb_goes_on(other):
            continue  # 'gjennom lom og videre nordover', 'hytte på lom og drar dit': the
            # clause goes on, no pair of things
        if k > i > 1 and tokens[i - 1].low == "til" and tokens[i - 2].low in _GOING \
                and _infinitive(other):
            continue  # 'å dra til moss og handle': what one goes there to do
        if k > i > 0 and tokens[i - 1].low in LOCATIVE | {"fra", "frå", "til"} \
                and other.endswith("r") and _infinitive(other[:-1]):
            continue  # 'kjører over grensa fra marker og handler': the clause goes on
        if k > i and k + 1 < len(tokens) and tokens[k + 1].low in _CLAUSE_VERBS_AFTER \
                and (other.endswith(("en", "et", "a")) and inflected_word(other)
                     or other in SUBJECT_PRONOUNS):
            continue  # 'utafor sentrum av moss og jobben er i rygge': a clause of its own
            # after 'og', no pair of things
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
        if low not in kind and not (heading and kind is LANDSCAPE and low in HEADING_WORDS) \
                or low in g.given and kind is not _CREATURES and kind is not _GROWING \
                or tokens[i].capital and not tokens[i].sentence_start and not heading \
                or label == "PERSON" and kind is LANDSCAPE and not tokens[i].capital:
            continue  # ('vik og strand de to var alltid sammen': two persons)
        for k in (i - 2, i + 2):
            if not (0 <= k < len(tokens) and _pair_joint(tokens, i, k)
                    and (tokens[k].low in kind or heading and kind is LANDSCAPE
                         and tokens[k].low in HEADING_WORDS)
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
_FEAST_ENDS = ("dag", "messe", "messa")
# what one goes on, and workplaces named by a common noun, not places ('på surfetur', 'på
# elgjakt', 'på helikopterbasen', 'på eggpakkeriet')
_OUTING_HEADS = ("tur", "turen", "trip", "tripp", "jakt", "jakta", "ferie", "ferien", "leir",
                 "leiren", "kurs", "kurset", "fest", "festen", "besøk", "basen", "trening",
                 "treninga", "treningen", "konsert", "konserten", "pakkeriet", "pakkeri")
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


def _number_and_name(lows: Sequence[str]) -> bool:
    """A number written out, then Norwegian names only ('Vi møtte Tre Hansen': the number
    opens the sentence's capitals or is a nickname; the name is a person's, not 'Tre
    Kråker')."""
    g = gz.load()
    return len(lows) > 1 and _said_number(lows[0]) \
        and all(w in g.given or w in g.surnames for w in lows[1:])


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


# what one does on a marketplace ('la ut alt på Finn', 'selger klær på Tise og Finn')
_SOLD_OR_POSTED = frozenset({"selger", "selge", "solgte", "solgt", "sel", "selde", "selt",
                             "kjøpte", "kjøpt", "kjøper", "kjøpe", "ut", "annonserte",
                             "annonse", "annonsen", "annonsa", "fant", "fann", "leter",
                             "leita", "lette", "søkte"})


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
    open_at = text.rfind("(", max(0, first - BRACKET_REACH), first)
    close_at = text.find(")", last, last + BRACKET_REACH)
    inside = open_at >= 0 and "(" not in text[open_at + 1:first] \
        and ")" not in text[open_at + 1:first] and close_at >= 0 \
        and "(" not in text[last:close_at]
    if inside:
        words = re.findall(r"[\w-]+", text[open_at + 1:close_at])
        acronym = re.search(r"([A-ZÆØÅ]{2,6})\s*$", text[max(0, open_at - 12):open_at])
    else:
        m = re.match(r"\s*[\w\s-]*?\(([A-ZÆØÅ]{2,6})\)", text[last:last + BRACKET_REACH])
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


_WORK_PLURALS = frozenset({"seriene", "seriane", "filmene", "filmane", "bøkene", "bøkane",
                           "romanene", "romanane", "sangene", "songane", "programmene",
                           "programma", "albumene", "albuma"})
def _work_noun(low: str) -> bool:
    """A work's noun, also in the plural or as the last part of a compound ('seriene',
    'tegneserien', 'krimromanen')."""
    return low in WORK_NOUNS or low in _WORK_PLURALS or any(
        low.endswith(w) and len(low) >= len(w) + 3 for w in WORK_NOUNS if len(w) >= 5) \
        or any(low.endswith(w) and len(low) >= len(w) + 3 for w in _WORK_PLURALS
               if len(w) >= 6)


_TITLE_NOUNS = frozenset({"overskriften", "overskrifta", "tittelen", "slagordet", "mottoet",
                          "parolen", "temaet", "kapitlet", "kapittelet", "emnet"})


def _titled(low: str) -> bool:
    """A work's or a heading's noun, before the quoted title it names."""
    return _work_noun(low) or low in _TITLE_NOUNS


def _quoted_work(tokens: Sequence[Token], i: int, j: int | None = None) -> bool:
    """Tokens i..j, alone in «…», are a work's title by the words around them: a work's noun
    before ('Tegneserien «Pondus»') or in apposition after ('«Vera», den engelske
    krimserien'), a verb of reading, singing, watching, hearing, performing or staging ('las
    «Doppler»', 'sang «Fernando»', 'så på «Elling»', 'hørte på «Jolene»', 'spilte «Romeo og
    Julie»', 'satte opp «Annie»', 'Koret gjorde «Carmen»'), a kind of works before 'som'
    ('Sanger som «Layla»'), a part of a work ('Hovedpersonen i «Elling»', 'alle episodane av
    «Beck»', 'teksten til «Fernando»'), where it is shown ('«Vera» på NRK', 'så «Jonny Vang»
    på kino') or what it is said to be ('«Jolene» er den tristeste sangen', '«Matilda», både
    boka og musikalen'). An informant's pseudonym in quotes ('«Lise» fortalte', 'sa «Lise»',
    '«Knøttet», den yngste av informantene') has none of these."""
    j = i if j is None else j
    prev = tokens[i - 1].low if i > 0 else ""
    prev2 = tokens[i - 2].low if i > 1 else ""
    if _work_noun(prev) or prev in READ_VERBS or prev in SUNG_VERBS \
            or prev == "på" and prev2 in WATCHED \
            or prev == "som" and kind_of_things(prev2) and prev2 not in _BARE_NAMES \
            or prev == "opp" and prev2 in STAGED_VERBS \
            or prev in PERFORMED_VERBS \
            or prev in _OF_A_WORK and prev2 in WORK_PARTS:
        return True  # (seeing alone says nothing: 'Da jeg så «Lise» igjen')
    if prev == "gjorde" and i > 1 and not tokens[i - 1].sentence_start:
        return True  # 'Koret gjorde «Carmen» i konsertversjon': a work performed
    after = [t.low for t in tokens[j + 1:j + 6]]
    if after[:1] in (["den"], ["det"], ["en"], ["ein"], ["ei"], ["et"], ["eit"]) and any(
            _work_noun(w) for w in after[1:]):
        return True  # '«Vera», den engelske krimserien'
    if after[:1] in (["er"], ["var"]) and after[1:2] in (["den"], ["blant"], ["en"], ["ein"],
                                                        ["ei"], ["et"], ["eit"]) \
            and any(_work_noun(t.low) or kind_of_things(t.low) for t in tokens[j + 3:j + 9]):
        return True  # '«Jolene» er den tristeste sangen', '«Fernando» er blant de mest
        # ønskede sangene'
    if after[:1] == ["både"] and any(_work_noun(w) for w in after[1:]):
        return True  # 'elsket «Matilda», både boka og musikalen'
    return any(tokens[m].low in MEDIA_OUTLETS and tokens[m - 1].low in ("på", "i")
               for m in range(j + 2, min(len(tokens), j + 4)))


# names as names without a kind: 'navn som «Marit»' may be informants' pseudonyms
_BARE_NAMES = frozenset({"navn", "namn", "navna", "namna", "navnene", "namnene"})
# what joins a part of a work to the work ('episodane av «Beck»', 'teksten til «Fernando»')
_OF_A_WORK = frozenset({"i", "av", "til", "frå", "fra"})


# verbs of ordering, drinking, buying or opening before 'en' and a product's or a firm's name
_ORDERED = frozenset({"tok", "bestilte", "bestiller", "bestille", "drakk", "drikker", "drikk",
                      "drikke", "kjøpte", "kjøper", "kjøpe", "kjøpt", "spiste", "et", "åt",
                      "opna", "opnet", "åpnet", "åpna", "opnar", "åpner", "lånte", "skålte"})
# (not driving or hiring: 'kjørte en Ola til flyplassen', 'leide en Kari til å vaske')


# subjects before a modal verb ('de skulle arve', 'han må signe')
_SUBJECTS = SUBJECT_PRONOUNS | {"den", "det"}


def _infinitive_after_modal(tokens: Sequence[Token], i: int) -> bool:
    """Token i, a word ending in '-e' whose present tense in '-r' is a frequent word
    ('arve': 'arver', 'signe', 'tone'), right after a subject pronoun and a modal verb
    ('de skulle arve gården'): the verb's infinitive. A name may follow a modal only where
    the modal opens a question ('skulle arve berg komme?': no pronoun before it)."""
    if i < 2 or tokens[i - 1].low not in MODAL_WORDS or tokens[i - 1].low == "å" \
            or tokens[i - 2].low not in _SUBJECTS:
        return False
    low = tokens[i].low
    return low.endswith("e") and zipf(low + "r", ("nb",)) >= 2.5


def _kind_of(low: str) -> bool:
    """A word that names a breed, a variety or a type before its name ('typen', 'rasen',
    'potetsorten', 'flytypen', 'båttypen'; not 'prototypen' alone: a compound needs three
    letters before '-typen' or '-sorten')."""
    return low in KIND_OF or len(low) >= 8 and low.endswith(("typen", "sorten", "sorta"))


# what may follow a model's number in the same clause ('en Bella 600 med to motorer')
_AFTER_MODEL = frozenset({"som", "og", "med", "fra", "frå", "eller"})


def _model_number_after(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i, after an indefinite article, is followed by a number ('Båten vår er en
    Bella 600', 'hadde ein Volvo 240', 'et Dash 8-fly'): a model and its number; a person
    after an article is 'en Kari fra NAV', never numbered (not 'ei Kari 45 år', 'en Kari 2
    ganger i uka': the number counts something else; a model's ends the clause or joins a
    compound)."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i - 1].low not in ("en", "ei", "ein", "et", "eit") \
            or text[tokens[i - 1].end:tokens[i].start] != " " \
            or text[tokens[i].end:tokens[i + 1].start] != " " \
            or not tokens[i + 1].text.isdigit() or len(tokens[i + 1].text) > 4:
        return False
    k = i + 2
    after = text[tokens[i + 1].end:tokens[k].start] if k < len(tokens) else ""
    return k >= len(tokens) or after.strip() in (",", ".", ";", ":", "!", "?", ")") \
        or after == "-" or after == " " and tokens[k].low in _AFTER_MODEL


def _ordered_or_bought(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i follows an indefinite article after a verb of ordering, drinking, buying or
    opening ('tok en Tom Collins', 'bestilte ein Margarita', 'har opna ein Max'): a drink,
    a product, a firm. One meets, calls or has a person so ('snakket med en Kari', 'hadde
    en Kari i klassen'), never orders or buys one."""
    if i < 2 or tokens[i - 1].low not in ("en", "ei", "ein", "et", "eit") \
            or text[tokens[i - 1].end:tokens[i].start] != " ":
        return False
    verb = i - 3 if tokens[i - 2].low in SUBJECT_PRONOUNS else i - 2  # ('tok jeg en …')
    if verb > 0 and tokens[verb].low in SMALL_ADVERBS:
        verb -= 1  # ('bestiller alltid en Tom Collins', 'tok bare ein Margarita')
    if verb >= 0 and tokens[verb].low == "tok" and any(
            tokens[m].low in _TAKEN_ALONG for m in range(i + 1, min(len(tokens), i + 4))):
        return False  # 'Vi tok en Kari med oss': one takes a person along
    return verb >= 0 and tokens[verb].low in _ORDERED


# a product's number in English after its name ('Chanel No. 5')
_NUMBERED = re.compile(r" No\.? ?\d")
# where one takes a person ('tok en Kari med', 'tok ein Hansen inn')
_TAKEN_ALONG = frozenset({"med", "inn", "opp", "ut", "hjem", "heim", "over"})


def _route_compound(low: str) -> bool:
    """A word ending in a ferry's, a boat's or a bus's noun after three letters or more
    that no list of persons' names holds ('kielferga', 'danskebåten'): a vessel named by
    its route."""
    return any(low.endswith(r) and len(low) >= len(r) + 3 for r in _ROUTE_HEADS
               if len(r) >= 4) and not person_name(low)


# the owner after a noun: 'Røsten hans', 'Kjolen hennar', 'Huset deira'
# (not 'sitt': 'Tesfamariam sitt hus' is a genitive made with it)
_OWNERS_AFTER = frozenset({"hans", "hennes", "hennar", "deira", "deres", "dens", "dets"})


def _owned_noun(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Token j, a word no list of names holds, opens the sentence before a possessive and
    no name after it ('Røsten hans var hes'): a noun with its owner after it, as Norwegian
    puts it (not 'Kari hans Per': the possessive before a name)."""
    k = j + 1
    return k < len(tokens) and tokens[k].low in _OWNERS_AFTER \
        and text[tokens[j].end:tokens[k].start] == " " \
        and not (k + 1 < len(tokens) and tokens[k + 1].capital
                 and not tokens[k + 1].sentence_start)


# shopping and eating before 'på' or 'fra' and a shop's or a restaurant's name
_SHOPPING = frozenset({"handle", "handler", "handlar", "handla", "handlet", "bestille",
                       "bestiller", "bestilte", "bestilt", "spise", "spiser",
                       "spiste", "et", "åt", "lunsj", "middag", "frokost", "pizza", "burger"})
_SHOPS = frozenset({"firm", "venue", "food"})
# verbs right before 'på' and a shop's or a restaurant's name: being, going, working,
# buying, eating there (one is 'hos' a person, not 'på' one: 'var hos Max')
_AT_A_SHOP = frozenset({"var", "er", "vore", "vært", "gå", "går", "gikk", "gjekk", "gjeng",
                        "dro", "drog", "sit", "sitt", "sitter", "satt", "jobbe", "jobber",
                        "jobbar", "jobbet", "jobba", "kjøpe", "kjøper", "kjøpte", "kjøpt",
                        "kjøpa", "kjøpar", "feire", "feirer", "feiret", "feira", "feirar",
                        "stoppe", "stoppet", "stoppa", "spise", "spiser", "spiste", "et",
                        "åt", "eter"})
_VOICE_ASSISTANTS = frozenset({"siri", "alexa", "cortana", "bixby"})
# a voice assistant's device, and what it is asked to do
_DEVICES = frozenset({"telefonen", "mobilen", "iphonen", "høyttaleren", "smarthøyttaleren",
                      "høgtalaren", "klokka"})
_ASKED_TO = frozenset({"lyset", "lysa", "alarmen", "timeren", "musikk", "musikken", "radioen",
                       "været", "vêret"})
# what a smart speaker does in a home ('Alexa styrer lysene', 'ba alexa bestille bleier')
_SMART_HOME = frozenset({"lys", "lyset", "lysa", "lysene", "lyspærene", "spilleliste",
                         "spillelista", "alarmen", "timeren", "wifi", "hunkjønnspronomen",
                         "assistenten"})
_ASKS = frozenset({"ber", "ba", "bad", "spør", "spurte", "spurde", "sier", "sa", "seier"})


_WORKS = frozenset({"work", "series", "media", "game"})


def _work_cue(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j are read ('leste Doppler'), or shown or played where works are ('så
    Elling på kino', 'Vera på NRK')."""
    if i > 0 and tokens[i - 1].low in READ_VERBS:
        return True
    return j + 2 < len(tokens) and tokens[j + 1].low in ("på", "i") \
        and tokens[j + 2].low in MEDIA_OUTLETS


def _given_anywhere(low: str) -> bool:
    """A name some list holds as a given name, or the world's lists as a surname ('Arta',
    'Holden'): a person's before it is a definite noun."""
    return given_name(low) or low in gz.load().world_surnames


def _shopped_at(tokens: Sequence[Token], i: int) -> bool:
    """Token i, a shop's, a chain's or a restaurant's name the things list holds (though a
    given name too: 'Oda', 'Max', 'Olivia'), after 'på' or 'fra' (perhaps listed
    after another: 'på Kiwi og Oda') and a word of shopping or eating a few words before
    ('handlar mykje på Oda', 'bestille fra Oda', 'lunsj på Max'), or right after a verb of
    being, going, working or buying and 'på' ('var på Max etter kampen', 'jobber på Oda').
    One buys from a person, but does not shop, lunch or work at one ('ventet på Max', 'på
    Max sin bursdag' keep the person)."""
    if listed_kind(tokens[i].low) not in _SHOPS:
        return False
    k = i
    while k > 2 and i - k < 6 and tokens[k - 1].low in ("og", "eller"):
        k -= 2  # 'på Kiwi og Oda'
    if k < 2 or tokens[k - 1].low not in ("på", "fra", "frå"):
        return False  # (not 'hos': 'spiste middag hos Irma' is at her home)
    if i + 1 < len(tokens) and tokens[i + 1].low in SIN_POSSESSIVES:
        return False  # 'på Max sin bursdag': his
    if any(tokens[m].low in _SHOPPING for m in range(max(0, k - 6), k - 1)):
        return True
    m = k - 2  # 'jobber på Max', 'var på Max etter kampen', 'sit ofte på Olivia', 'var
    # eg på Rimi' (a subject after its verb)
    while m > 0 and k - m <= 3 and (tokens[m].low in OFTEN or tokens[m].low in SUBJECT_PRONOUNS):
        m -= 1
    return tokens[k - 1].low == "på" and tokens[m].low in _AT_A_SHOP


def _assistant(tokens: Sequence[Token], i: int) -> bool:
    """'Siri' or 'Alexa' the voice assistant: woken ('hei Siri'), on its device ('siri på
    telefonen'), asked about the weather ('spør Siri om været'), or asked to do what it
    does ('ber alexa skru av lyset'). A person Siri who loses her phone keeps her name."""
    if tokens[i].low not in _VOICE_ASSISTANTS:
        return False  # (not 'Hei Finn': a listed app that a person is named by too)
    prev = tokens[i - 1].low if i > 0 else ""
    after = [t.low for t in tokens[i + 1:i + 8]]
    if prev in ("hei", "hey") or after[:1] == ["på"] and after[1:2] and after[1] in _DEVICES:
        return True
    if tokens[i].low != "siri" and any(t.low in _SMART_HOME or t.low.startswith(
            ("høyttal", "høgtal", "smarthus", "stemmestyr", "talestyr", "stemmeassistent"))
            for t in tokens if t is not tokens[i]):
        return True  # 'Alexa skrur på lyset', 'Alexa styrer lysene' (not Siri, a name many
        # Norwegian women bear: only the cues above; not 'Alexa hadde lyst på is')
    if tokens[i].low != "siri" and prev in _ASKS and any(w in ("bestille", "bestilte")
                                                         for w in after):
        return True  # 'ba alexa om å bestille bleier'
    if any(w in ("været", "vêret") for w in after[:4]) and "om" in after[:3]:
        return True
    return prev in _ASKS and any(w in _ASKED_TO for w in after)


def _listed_after_a_work(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i, alone in quotes, is listed by 'og', 'eller' or a comma after other quoted
    names the first of which is a work's title ('Vi så «Wallander» og «Beck»')."""
    k = i
    for _ in range(4):
        m = next_list_item(text, tokens, k, -1)
        if m is None or text[tokens[m].start - 1:tokens[m].start] not in ("«", '"') \
                or text[tokens[m].end:tokens[m].end + 1] not in ("»", '"'):
            return False
        if _quoted_work(tokens, m):
            return True
        k = m
    return False


def _quoted_list_of_works(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j, in quotes, are one of a list of quoted titles after words of works in
    the same sentence ('Av de nordiske seriene som ble nevnt, var «Borgen», «Broen» og
    «Wallander»', 'Bestemor ser bare på «Derrick» og «Matlock»'); never where someone is
    called so ('Vi kalte dem «Rypa» og «Kjøttkaka»') or a listed name acts ('«Lise» og
    «Per» fortalte om serien de så')."""
    def quoted_item(m: int) -> bool:
        return text[tokens[m].start - 1:tokens[m].start] in ("«", '"') \
            or text[tokens[m].end:tokens[m].end + 1] in ("»", '"')

    def next_item(k: int, step: int) -> int | None:
        m = k + step
        if not 0 <= m < len(tokens):
            return None
        near, far = sorted((m, k))
        if tokens[m].low in ("og", "eller"):
            m += step
        elif unquoted(text[tokens[near].end:tokens[far].start]).strip() != ",":
            return None
        return m if 0 <= m < len(tokens) and quoted_item(m) else None

    first, last = i, j
    for step in (-1, 1):
        k = i if step == -1 else j
        for _ in range(4):
            m = next_item(k, step)
            if m is None:
                break
            k = m
            while step == 1 and k + 1 < len(tokens) and not tokens[k + 1].sentence_start \
                    and text[tokens[k].end:tokens[k].end + 1] not in ("»", '"') \
                    and text[tokens[k].end:tokens[k + 1].start] == " ":
                k += 1  # to the end of a title of more words ('«Løvenes konge»')
            while step == -1 and k > 0 and not tokens[k].sentence_start \
                    and text[tokens[k].start - 1:tokens[k].start] not in ("«", '"') \
                    and text[tokens[k - 1].end:tokens[k].start] == " ":
                k -= 1  # to the start of one ('«Toy Story»')
            first, last = (k, last) if step == -1 else (first, k)
    if first == i and last == j or person_evidence(text, tokens, i, j) >= 1.5:
        return False
    around = near_in_sentence(tokens, first, last, 20)
    if any(tokens[k].low in CALLING_VERBS or tokens[k].low.startswith(("kalle", "kalla"))
           for k in around):
        return False
    prev = tokens[first - 1].low if first > 0 else ""
    if not (prev in _BEFORE_LISTED_WORKS or prev in WATCHED or _work_noun(prev)):
        return False  # ('Av seriene vi så, sa «Lise» og «Per» at …': persons who speak)
    return any(_work_noun(tokens[k].low) or tokens[k].low in WATCHED
               or tokens[k].low in MEDIA_OUTLETS for k in around if k < first)


# what stands right before a list of quoted titles ('var «Borgen», «Broen» og …', 'ser på
# «Derrick» og «Matlock»', 'serier som «Vera» og «Morse»')
_BEFORE_LISTED_WORKS = frozenset({"var", "er", "ble", "vart", "blei", "som", "på", "om",
                                  "blant", "av", "både"})


# where one shops or works before a chain named after a baker ('på baker hansen')
_BEFORE_A_CHAIN = frozenset({"på", "fra", "frå", "innom", "en", "ein"})
_TRADES_OF_CHAINS = frozenset({"baker", "bakar"})


def _chain_of_a_trade(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i ends a listed chain named after a trade and a surname ('Baker Hansen',
    'Baker Brun') where one shops or works: after 'på', 'fra', 'innom', or capitalised in
    capitalised text, and nothing only a person fits around it ('baker Hansen sa at han
    …' stays; 'hos baker hansen' is at the baker's, a person's, as round 28 decided)."""
    if i == 0 or tokens[i - 1].low not in _TRADES_OF_CHAINS \
            or text[tokens[i - 1].end:tokens[i].start] != " " \
            or listed_kind_of(tokens, i - 1, i) != "firm":
        return False
    before = tokens[i - 2].low if i > 1 else ""
    capitalised = tokens[i - 1].text[:1].isupper() and not tokens[i - 1].sentence_start
    return (before in _BEFORE_A_CHAIN or capitalised) and not personal_cue(text, tokens, i)


def _animal_noun(low: str) -> bool:
    """An animal's or a named thing's noun, also in its definite form ('Hamsteren',
    'Sauen', 'Travhesten')."""
    if low in gz.load().given or low in gz.load().surnames:
        return False  # 'Rein Olsen': a given name that is an animal too
    return thing_noun(low) or low.endswith("en") and low[:-2] in THING_NOUNS \
        or an_animal(low)


# what a dish's one word ends in ('Linzertorte', 'Berlinerbollar', 'Kaiserschmarrn',
# 'Birchermüsli', 'Krabbeburgarar'), and how long its first part must be at least
_DISH_HEADS = {"torte": 4, "torta": 4, "terte": 4, "kake": 4, "kaker": 4, "kaka": 4,
               "boller": 4, "bollar": 4, "bolle": 4, "bolla": 4, "müsli": 4, "musli": 4,
               "schmarrn": 4, "burger": 4, "burgere": 4, "burgarar": 4, "burgerar": 4,
               "schnitzel": 4, "strudel": 4, "suppe": 5, "suppa": 5, "gryte": 5,
               "gryta": 5, "pølse": 5, "pølser": 5, "pølsa": 5, "pudding": 4, "grøt": 5,
               "graut": 5, "vafler": 4, "vaflar": 4, "sjokolade": 4, "konfekt": 4}
_SCALES = frozenset({"fahrenheit", "celsius", "kelvin"})
# what a price or a rate is reckoned by after 'per' ('per kilowattime', 'per døgn')
_UNITS = ("time", "timen", "timar", "timer", "døgn", "døgnet", "natt", "natta", "uke", "veke",
          "måned", "månad", "kvartal", "kwh", "liter", "kilo", "meter", "kilometer", "gjest",
          "elev", "innbygger", "innbyggjar", "person", "stykk", "hode", "tonn")
# a chain's many hotels, shops or cafés after a name and a hyphen ('Thon-hoteller')
_CHAIN_AFTER_HYPHEN = re.compile(
    r"-(?:hotell(?:er|ene|a|ane)|butikk(?:er|ar|ene|ane)|kjeden|kjeda|kjedene|kafe(?:er|ene)"
    r"|kaféer|kaféene|restaurant(?:er|ar|ene|ane)|filial(?:er|ar|ene|ane)"
    r"|stasjon(?:er|ar|ene|ane)|sentr(?:a|ene|ane)|klubb(?:er|ar|ene|ane))(?![\wæøå])")


# a Swedish or Finnish municipality's or county's word after its name
_SWEDISH_OR_FINNISH_UNIT = re.compile(r" (?:kommun|kommuns|kunta|kunnan|län|läns)(?![\wæøåäö])")


_BRAND_KINDS = frozenset({"brand", "product", "food", "firm", "org"})


def _persons_own(lows: Sequence[str], head: str) -> bool:
    """A name people bear before a hyphen and one thing, definite ('Hansen-mikrofonen'):
    what that person owns, unless the lists know the name as a brand ('Nora-syltetøyet');
    goods in the plural or indefinite are a maker's ('Neumann-mikrofoner',
    'Rørstrand-tallerkener'). (A given name before a product's noun, 'Kari-sykkelen', never
    gets here: ``lexicon.not_a_name`` takes it for a brand, an open leak.)"""
    if len(lows) != 1 or not head.endswith(("en", "et", "a")) \
            or head.endswith(("ene", "ane")):
        return False
    g = gz.load()
    low = lows[0]
    if not (low in g.given or g.surname_count.get(low, 0) >= COMMON_SURNAME):
        return False
    return listed_kind(low) not in _BRAND_KINDS


def _car_make_before(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A car's make right before token i, one that no list of given names holds ('renault
    zoe'; not 'Kia Marie', a person's two given names), and token i no surname many bear
    ('Mercedes Hansen kom': a person, whatever her given name)."""
    g = gz.load()
    make = tokens[i - 1].low
    return make in VEHICLE_BRANDS and make not in g.given and make not in g.world_given \
        and make not in g.given_extra and text[tokens[i - 1].end:tokens[i].start] == " " \
        and g.surname_count.get(tokens[i].low, 0) < COMMON_SURNAME \
        and person_evidence(text, tokens, i) < 2.0


def _a_dish(low: str) -> bool:
    """One word that a dish's word ends ('Linzertorte', 'Berlinerbollar'), no list of persons
    holds and no hyphen splits ('Idas-kake' is someone's)."""
    if "-" in low or person_name(low):
        return False
    for head, first in _DISH_HEADS.items():
        if low.endswith(head) and len(low) - len(head) >= first:
            return True
    return False


def _quoted(text: str, h: Hit) -> bool:
    """The hit stands alone inside quotation marks ('«Frøya»', '"Havtind"')."""
    return quoted(text, h.start, h.end)


# a building or a works named before 'som folk kalte «…»' ('Smelteverket', 'Kraftanlegget')
_BUILT_ENDS = ("verket", "anlegget", "bygget", "bygningen", "huset", "fabrikken", "stasjonen")


def _called_it(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Quoted tokens i..j are what 'it' was called: '«Gråtassen» kalte vi den', or the name
    a building or a works was called by ('Smelteverket, som folk kalte «Gryta»')."""
    k = j + 1
    if k + 2 < len(tokens) and tokens[k].low in CALLING_VERBS \
            and tokens[k + 1].low in CALLERS and tokens[k + 2].low in ("den", "det"):
        # (not '«Gisle» kalte den «navlestrengen»': who called it so), 'den' alone, not a
        # determiner ('«Tussa» kalte vi det minste barnet': a person)
        return k + 3 == len(tokens) or tokens[k + 3].start > tokens[k + 2].end + 1
    if i >= 4 and tokens[i - 1].low in CALLING_VERBS and tokens[i - 2].low in CALLERS \
            and tokens[i - 3].low == "som":
        thing = tokens[i - 4]  # the thing opens the sentence ('Sjefen på smelteverket, som
        # folk kalte «Gryta»' may be the boss)
        return (thing.low.endswith(_BUILT_ENDS) or thing_noun(thing.low)) \
            and (i == 4 or thing.sentence_start)
    return False


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
    if i > 1 and tokens[i - 1].low in _PERSONS_NAMED and tokens[i - 2].low in CALLING_VERBS:
        return False  # 'Vi kalte ham «Skipper'n»': a nickname given to a person, whatever
        # else bears the name
    if h.label == "PERSON" and _bought_or_worked_at(tokens, i, j, first, last, kind) \
            or h.label in ("PERSON", "PLACE") and _shop_or_show(tokens, i, j, first, last, kind):
        return True  # 'leigde bil hos Sixt', 'tok fagbrev hos Mekonomen', 'reiste med Tui';
        # 'kjøpte kjolen på Glasmagasinet', 'sel smykke på Etsy', 'høyrer på Karpe'
    if h.label == "PLACE" and h.source == "context:place" and i == j and first == last \
            and kind in _MAKER_KINDS and maker_or_tune(tokens, i):
        return True  # 'Girene er fra Shimano, motoren er fra Bosch': the maker of goods,
        # not a place the lists lack (a surname many bear stays: ``maker_or_tune``)
    if h.label == "PERSON" and i == j and first == last and kind == "org" \
            and not person_name(tokens[i].low) \
            and (written_in_capitals(tokens[i].low) or h.source == "names:citation"):
        return True  # 'lhl hjalp oss', 'Statped (2021) beskriver': a body's letters, a
        # body cited (a name a person may bear stays masked: 'Aho', 'Rek')
    if h.label == "PERSON" and i == j and first == last and kind in _MAKER_KINDS \
            and surname_abroad_only(tokens[i].low) and h.source not in PERSON_SURELY \
            and person_evidence(text, tokens, i) == 0 and not _named_in_full(h, hits) \
            and _listed_with_things(text, tokens, i, listed):
        return True  # 'opplevde at Gucci og Prada …', 'med Daiwa og Shimano': a maker named
        # after a family abroad, listed with other things, where nothing says person (no
        # Norwegian bears the name; alone it may be a person's: 'byttet til Meindl', 'fikk
        # en Daiwa av Gucci' stay)
    if h.label in ("PERSON", "PLACE") and first == last and person_name(tokens[i].low):
        return False  # a listed name of one word that is a person's too ('Takk til Kirby'):
        # only inside a longer name ('Brødrene Dahl', 'Pepsi Max') or listed with things
        # (``among_brands``), or used as a firm ('reiste med Tui')
    if h.label == "PERSON":
        if h.source in PERSON_SURELY or h.confidence >= SURE_CITED and i == j \
                or last - first == j - i and (person_evidence(text, tokens, i, j) >= (
                    _borne_evidence(kind, tokens, j) if _never_borne(kind, tokens, i, j)
                    else 1.0) or i == j and kind in _FOUNDERS_KINDS
                    and personal_cue(text, tokens, i)
                                              or _with_a_person(text, tokens, i, j, hits,
                                                                listed)):
            return False  # (inside a longer name the words of that name say nothing:
            # 'Brødrene Dahl leverte rør')
        if first == last and all_lower(text) and kind != "org" \
                and not (kind not in _NICKNAMED_KINDS and _never_borne(kind, tokens, i, j)) \
                and person_evidence(text, tokens, i) > 0:
            return False  # lower-case text: a word of one word needs no hint of a person
            # ('tuppen og knerten var alltid sammen': a nickname a children's book's too;
            # a body's name needs one: 'statped kom inn')
        return not _named_in_full(h, hits)
    if h.label == "PLACE" and h.source == "context:place":
        # a firm is often named after its place ('i Svea'): after 'i' or 'på' the place,
        # unless its name is spelt as no Norwegian place is ('på Starbucks', 'på Kitchn')
        return kind not in _NAMED_AFTER_PLACES or i == 0 or tokens[i - 1].low not in LOCATIVE \
            or i == j and _FOREIGN_LETTERS.search(tokens[i].low) is not None
    if h.label in ("PLACE", "MUNICIPALITY") and last - first > j - i \
            and kind in _NAMED_FOR_ITSELF and h.source.startswith("gazetteer:") and (
                h.label == "PLACE" and h.confidence < SURE_PLACE
                or _hyphen_joined(text, tokens, first, last)):
        return True  # 'spilt tomb raider', 'en ski-doo': a place's name only as a word of a
        # listed work's, game's or brand's longer name (not 'Moss Avis': a paper named
        # after its town; not a place named surely, 'i Lom')
    return kind == PLACE_ABROAD and last - first > j - i


# the words of nature's sights abroad: a volcano's, a park's, a mountain's
_NATURE_ABROAD = ("utbrudd", "vulkan", "krater", "lava", "besteg", "fjelltopp", "toppen",
                  "isbre", "ørken", "regnskog", "savanne", "safari")


def _of_nature(tokens: Sequence[Token], i: int) -> bool:
    """A word of a volcano, a park or a mountain stands in token i's sentence ('Kruger
    nasjonalpark', 'da vi besteg Kinabalu'; a national park's compound too)."""
    return any(tokens[m].low.startswith(_NATURE_ABROAD) or "nasjonalpark" in tokens[m].low
               for m in near_in_sentence(tokens, i, i, 12) if m != i)


# kinds of listed things named for themselves, not after a place ('Tomb Raider', 'Ski-Doo')
_NAMED_FOR_ITSELF = _WORKS | {"product", "brand", "app", "band", "food"}


def _hyphen_joined(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Tokens first..last are joined by hyphens only ('Ski-Doo', 'Coca-Cola')."""
    return all(text[tokens[k].end:tokens[k + 1].start] == "-" for k in range(first, last))


def _listed_with_things(text: str, tokens: Sequence[Token], i: int,
                        listed: dict[int, tuple[int, int, str]]) -> bool:
    """Token i stands in a list ('og', 'eller', a comma) beside a listed thing that is no
    person's name, or a maker named after a family abroad, and nothing says person of it
    ('Daiwa og Shimano', 'Porsche og Lamborghini'; not 'Kirby og Shimano'). For names no
    list of persons holds ``brands.among_brands`` decides; it takes any name a list of
    persons holds, the world's too, for a person's, which is why this check exists."""
    for step in (-1, 1):
        k = next_list_item(text, tokens, i, step)
        if k is None or k not in listed:
            continue
        first, last, kind = listed[k]
        if (first < last or not person_name(tokens[k].low)
                or kind in _MAKER_KINDS and surname_abroad_only(tokens[k].low)) \
                and person_evidence(text, tokens, k) == 0:
            return True  # ('Gucci og Prada': two makers named after families abroad;
            # nothing may say person of either: not 'Gucci og Prada sa nei', 'Vi intervjuet
            # Daiwa og Shimano')
    return False


def _named_in_full(h: Hit, hits: Sequence[Hit]) -> bool:
    """Another person hit holds h's words and more ('Kari Ringnes … Ringnes')."""
    low = h.surface.lower()
    return any(o is not h and o.label == "PERSON" and o.end - o.start > len(low)
               and low in o.surface.lower() for o in hits)


_NAMED_AFTER_PLACES = frozenset({"firm", "org", "other", "club"})
# a person called by a name: 'kalte ham «Skipper'n»', 'kalla seg «Momo»'
_PERSONS_NAMED = frozenset({"ham", "han", "henne", "ho", "hu", "seg", "meg", "deg", "oss",
                            "dem", "dei"})
# what one does 'hos' a firm: buys, rents, works, learns a trade ('leigde bil hos Sixt')
_AT_A_FIRM = frozenset({"kjøpte", "kjøper", "kjøpt", "kjøpe", "handla", "handlet", "handler",
                        "handlar", "leigde", "leide", "leier", "leige", "leie", "bestilte",
                        "bestilt", "tok", "jobber", "jobbet", "jobba", "jobbar", "arbeider",
                        "arbeidet", "arbeidde", "arbeidar", "lære", "lærling", "lærlingplass",
                        "læreplass", "fagbrev", "fagbrevet", "sommerjobb", "sommarjobb",
                        "praksis", "jobb", "ansatt", "tilsett", "lånet", "billånet", "lån",
                        "forsikret", "forsikra", "betalte", "time"})
_FIRM_KINDS = frozenset({"firm", "brand", "org", "venue"})
# kinds of listed things that make goods ('motoren er fra Bosch')
_MAKER_KINDS = _FIRM_KINDS | {"product"}
# what one does with a firm after other prepositions: travels with it, gets goods from it,
# buys through it
_TRAVELLED = frozenset({"reiste", "reist", "reiser", "reise", "reisa", "dro",
                        "fløy", "flaug", "ferie", "ferien", "ferietur", "charter",
                        "charterferie", "charterreise", "pakkereise", "tur", "turen"})
_GOODS_FROM = GOODS | frozenset({"drakter", "draktene", "drakt", "drakta", "drakten",
                                 "utstyr", "utstyret", "klær", "klede", "sko", "skoa",
                                 "leverte", "levert", "sponsa", "sponset", "bestilte",
                                 "bestilt", "kjøpte", "kjøpt"})
_BOUGHT = frozenset({"kjøpt", "kjøpte", "kjøper", "kjøpe", "bestilt", "bestilte", "booket",
                     "booka", "booke", "sesongkort", "billett", "billetter", "billettar",
                     "heiskort", "reiser", "reise", "reisa", "reisene"})
_FIRM_USES = {"med": _TRAVELLED, "fra": _GOODS_FROM, "frå": _GOODS_FROM,
              "gjennom": _BOUGHT, "via": _BOUGHT}


def _bought_or_worked_at(tokens: Sequence[Token], i: int, j: int, first: int, last: int,
                         kind: str) -> bool:
    """A listed firm of one word, right after 'hos' and a verb or a noun of buying, renting
    or working ('leigde bil hos Sixt', 'tok fagbrev som bilmekanikar hos Mekonomen'), where
    no list of persons' names holds it ('hos Kari' is a person's); or, where no Norwegian
    list of given names or surnames holds it, after 'med' and a journey ('på ferie med Tui',
    'reiste med Kilroy'), after 'fra' and goods ('nye drakter frå Hummel'), after
    'gjennom' or 'via' and a purchase ('kjøpt sesongkort gjennom SkiStar'): the firm."""
    if i != j or first != last or kind not in _FIRM_KINDS or i < 2:
        return False
    before = {t.low for t in tokens[max(0, i - 5):i - 1]}
    prep, low = tokens[i - 1].low, tokens[i].low
    if prep == "hos":
        return not person_name(low) and any(
            tokens[m].low in _AT_A_FIRM for m in near_in_sentence(tokens, i - 1, i - 1, 10)
            if m < i - 1)  # ('kjøpte PC-en hos Komplett og skjermen hos Proshop': the verb
        # said once for two)
    g = gz.load()
    if low in g.given or low in g.surnames:
        return False
    return bool(before & _FIRM_USES.get(prep, frozenset()))


# what one does 'på' a shop, a web shop or a firm: buys, sells, works, eats ('kjøpte kjolen
# på Glasmagasinet', 'sel smykke på Etsy', 'innlagd på Radiumhospitalet')
_IN_A_SHOP = _AT_A_FIRM | frozenset({
    "selger", "selgjer", "sel", "selde", "solgte", "solgt", "selge", "selje", "handle",
    "handelen", "handla", "handel", "stamgjest", "innlagt", "innlagd", "lagt", "la",
    "parfymeavdelingen", "parfymeavdelinga", "avdelingen", "avdelinga", "spiste", "åt",
    "feiret", "feira", "brukt", "kjøpe",
    # a hotel where one stays ('bodde på Marriott', 'overnatta på Comfort')
    "bodde", "budde", "bor", "overnattet", "overnatta", "overnatter", "overnattar", "sov",
    "sjekket", "sjekka"})
# what one does 'på' a band, a work, a series or a club: listens, watches, cheers
_LISTENED_TO = frozenset({"hører", "hørte", "høre", "høyrer", "høyrde", "høyre", "hørt",
                          "høyrt", "ser", "såg", "så", "sett", "sjå", "se", "heier", "heia",
                          "heiar", "heiet", "heie"})
_SHOWN_KINDS = frozenset({"band", "work", "series", "media", "club", "game"})


def _shop_or_show(tokens: Sequence[Token], i: int, j: int, first: int, last: int,
                  kind: str) -> bool:
    """A listed name of one word after 'på' that is no Norwegian place: a shop or a web
    shop where the sentence buys, sells or works ('kjøpte kjolen på Glasmagasinet', 'sel
    smykke på Etsy'), or a band, a work, a series or a club listened to, watched or cheered on right
    before ('høyrer berre på Karpe', 'heier på Liverpool'); not what a person owns ('jobba
    på Kari sin gard'). (The list's one-word names that Norwegians bear as given names or
    as common surnames never get here: ``things.load``.) A name the world's lists hold is
    a shop's only where no verb but one of buying, selling or working stands before 'på'
    ('kjøpte gaven på Pascal'; not 'kjøpte kaker og venta på Pascal'); a given name is
    never a band's or a series' ('høyrer på Chelsea', 'ser på Dora': a person listened to,
    looked at), a rarer surname may be ('høyrer på Karpe')."""
    if i != j or first != last or i < 2 or tokens[i - 1].low != "på":
        return False
    low, verb = tokens[i].low, tokens[i - 2].low
    if low in gz.load().places or i + 1 < len(tokens) and tokens[i + 1].low in SIN_POSSESSIVES:
        return False
    named = person_name(low)
    if kind in _SHOWN_KINDS:
        return not given_name(low) and (verb in _LISTENED_TO or verb in SMALL_ADVERBS
                                        and i > 2 and tokens[i - 3].low in _LISTENED_TO)
    if kind not in _FIRM_KINDS and kind != "app" or named and verb not in _IN_A_SHOP and (
            past_verb(verb) or present_verb(verb) or weak_past(verb) or verb_form(verb)):
        return False
    return any(tokens[m].low in _IN_A_SHOP for m in near_in_sentence(tokens, i - 1, i - 1, 10)
               if m < i - 1)


# letters no Norwegian place's name is spelt with
_FOREIGN_LETTERS = re.compile(r"[cqwxz]")
# kinds of listed things whose names no list of persons' names holds are not borne by
# people either (a medicine, an app, an agency; firms and brands are often a founder's
# surname that SSB's list lacks: 'Ekornes skrev resten'): they need strong words to be a
# person ('Dei gav han Marevan', 'frå Statped')
_NEVER_BORNE = frozenset({"product", "app", "media", "work", "series", "game", "org",
                          "event", "festival", "venue", "food", "ship", PLACE_ABROAD})
# kinds of listed things that act as people do ('Statped sendte en rådgiver', 'Raudt sa
# nei', 'Dei gav han Marevan'): the words a person takes around them prove nothing, only more
# than those do (a nickname given: 'kalte meg alltid «Pusur»', a series' name too)
_ACT_LIKE_PEOPLE = frozenset({"org", "media", "app", "product", "firm"})


# kinds of listed things whose names persons bear as nicknames or given names in lower-case
# speech too ('tuppen og knerten', 'natta pong', a town abroad: 'paris sa at hun …'):
# any hint of a person keeps them persons
_NICKNAMED_KINDS = frozenset({"work", "series", "game", "other", PLACE_ABROAD})
# kinds of listed things often named after a founder: a firm's or a brand's name may be a
# family's that no list holds ('Ekornes', 'Varner')
_FOUNDERS_KINDS = frozenset({"firm", "brand"})


def _never_borne(kind: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j, a listed thing of ``kind``, name what no person bears: no word of it is
    a name some list of persons holds, and it is of a kind people do not bear, or a firm's
    or a brand's made-up word that no surname is built like ('Kredinor', 'Intrum',
    'Aleris'; not 'Ekornes', 'Tandberg': farm names that families bear)."""
    if any(person_name(t.low) for t in tokens[i:j + 1]):
        return False
    if kind in _NEVER_BORNE:
        return True
    return kind in _FOUNDERS_KINDS and not any(t.low.endswith(NAME_HEADS) for t in tokens[i:j + 1])


def _borne_evidence(kind: str, tokens: Sequence[Token], j: int) -> float:
    """How much person evidence a listed thing of ``kind`` that no list of persons' names
    holds, ending at token j, needs to be a person's name after all: more for what acts
    as people do, unless 'han' or 'hun' follows in the sentence ('Yr sa at hun skulle
    komme': a woman, not the weather service)."""
    if kind not in _ACT_LIKE_PEOPLE:
        return 2.0
    for k in range(j + 2, min(len(tokens), j + 12)):
        if tokens[k].sentence_start:
            break
        if tokens[k].low in ("han", "hun", "ho", "hu") \
                and tokens[k - 1].low in ("at", "og", "men", "da", "så", "fordi"):
            return 2.0  # the subject of a clause of its own (not 'til han som er blind')
    return 3.0


# kinds of listed things whose goods or shops one has or is one of ('en Norli-butikk')
_MAKES = frozenset({"firm", "brand", "product"})


def _a_listed_make(text: str, tokens: Sequence[Token], i: int, j: int,
                   listed: dict[int, tuple[int, int, str]]) -> bool:
    """Tokens i..j begin with a listed firm's, brand's or product's name of one word after
    an indefinite article, perhaps with an adjective between ('en gammel Norli-butikk', 'en
    Kawasaki Ninja', 'ein Tandberg-TV'): one of
    its goods or shops, no person. Not a given name ('en Nora' may be a girl), not a
    Norwegian surname after it ('en Tandberg Hansen'), not where words say person ('en
    Jensen som sa at …'). A listed name of two words is judged whole ('en gammel david
    brown')."""
    whole = j > i and listed_kind_of(tokens, i, j) in _MAKES
    span = listed.get(i)
    if not whole and (span is not None and (span[0] != i or span[1] != i)
                      or listed_kind(tokens[i].low) not in _MAKES
                      or given_name(tokens[i].low)):
        return False  # (a maker named like families abroad too: 'en Kawasaki Ninja')
    if not whole and tokens[i].low in gz.load().surnames \
            and not text.startswith("-", tokens[i].end):
        return False  # a Norwegian family's name ('det var en Jensen som ringte'), unless a
        # noun is joined to it ('ein Tandberg-TV')
    k = i - 1
    if k > 0 and not tokens[k].capital and tokens[k].low not in ARTICLES \
            and (common_word(tokens[k].low) or inflected_word(tokens[k].low)):
        k -= 1  # an adjective between ('ein gammal Marna')
    if k < 0 or tokens[k].low not in ARTICLES:
        return False
    surnames = gz.load().surnames
    return (whole or not any(tokens[m].low in surnames for m in range(i + 1, j + 1))) \
        and person_evidence(text, tokens, i, j) < 1.0


def _definite_of_a_make(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j are a make's or a listed brand's name of two words or more with a definite
    ending on its last word ('john deeren', 'massey fergusonen'), a word no list of persons
    holds: the vehicle or the thing, no person. The hit may end before the inflected word
    ('john' of 'john deeren'); a name of one word is not judged so (it cost persons whose
    names end so)."""
    for end in (j, j + 1):
        if end == i or end >= len(tokens):
            continue
        last = tokens[end].low
        if person_name(last):
            continue
        for cut in ("en", "n"):
            if not last.endswith(cut) or len(last) - len(cut) < 3:
                continue
            base = " ".join([t.low for t in tokens[i:end]] + [last[:-len(cut)]])
            if base in BRANDS or listed_kind(base) in _MAKES:
                return True
    return False


_DEFINITE_AFTER_HYPHEN = re.compile(r"[-\u2011](?:en|ene|et|a|ane)(?![\w-])")


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


def _eponym(text: str, tokens: Sequence[Token], h: Hit, j: int) -> bool:
    """Hit h (ending at token j) names a method, a measure or an illness after its maker:
    a head of ``EPONYM_HEADS`` (or a compound ending in one) after a hyphen
    ('Poisson-regresjon', 'Tabata-trening') or after the name's genitive ('Pearsons
    korrelasjonskoeffisient', 'Alzheimers sykdom')."""
    head = HYPHEN_HEAD.match(text, h.end, h.end + 24)
    if head is None and h.surface.endswith("s") \
            and j + 1 < len(tokens) and text[h.end:tokens[j + 1].start] == " " \
            and not tokens[j + 1].low.startswith("krøll"):  # ('krøllalfa': a spoken '@')
        word = tokens[j + 1].low
        if j + 2 < len(tokens) and word.endswith("e") and tokens[j + 2].low in EPONYM_HEADS \
                and text[tokens[j + 1].end:tokens[j + 2].start] == " ":
            word = tokens[j + 2].low  # 'Fishers eksakte test': an adjective before the head
        if _persons_genitive(h.surface):
            return False  # 'Kari Olsens sykdom', 'Haralds sykdom': a person's illness
        if word in EPONYM_GENITIVE_HEADS and (h.surface[:1].isupper() or word.startswith("lov")):
            return True  # 'Ohms lov', 'Crohns sjukdom', 'murphys lov' (in lower case only a
            # law: 'kvernhusmos sykdom' may be a person's whom no list knows)
        if not h.surface[:1].isupper():
            return False
    elif head is not None:
        word = head.group(1)
        if re.match(r"[@.\w-]\w", text[head.end():head.end() + 2]):
            return False  # part of an address ('kari.berg-test@…', '…-test.no')
    else:
        return False
    if text[h.start - 1:h.start] in (".", "@") and h.start > 0:
        return False
    last = h.surface.split()[-1].lower()
    if word in EPONYM_OF_KNOWN_HEADS and all(
            part in KNOWN_EPONYMS or part.endswith("s") and part[:-1] in KNOWN_EPONYMS
            for part in last.split("-")):
        return True  # 'Ferber-metoden', 'Heimlich-manøveren', 'Sarah Bernhardt-kaker' (not
        # 'Kvamsdal-metoden': a person of the study)
    if head is not None and len(h.surface.split()) > 1 \
            and given_name(h.surface.split()[0].lower()) and text[h.start - 1:h.start] != "-":
        return False  # 'Per Hansen-testen': a person's full name (a discoverer is named by
        # the surname: 'Mann-Whitney-testen', 'Mann-Whitney U-test')
    return word in EPONYM_HEADS or any(
        word.endswith(e) and len(word) >= len(e) + 4 for e in EPONYM_HEADS)


def _plural_definite(low: str) -> bool:
    """A noun in the definite plural, Bokmål or Nynorsk ('informantene', 'ulvane',
    'kanarifuglane'); no list of persons knows it."""
    if not low.endswith(("ene", "ane")) or len(low) < 6 or given_name(low) \
            or low in gz.load().surnames:
        return False
    return inflected_word(low) or low.endswith("ane") and inflected_word(low[:-3] + "ene")


# prizes named like persons ('fikk en Amanda', 'nominert til Oscar'); the words of winning
# or being nominated before them
PRIZES = frozenset({"amanda", "oscar", "emmy", "grammy", "gullruten", "spellemann", "bodil",
                    "robert", "césar", "cesar", "goya", "bafta", "tony", "guldbagge",
                    "gullbagge", "kanon", "hedda", "brage", "amandus", "edvard", "edda"})
_WON = frozenset({"vant", "vann", "vunne", "vunnet", "vinne", "vinner", "fikk", "fekk",
                  "fått", "får", "nominert", "nominerte", "nominasjon", "nominasjonen",
                  "kandidat", "tildelt", "delt"})
# what a prize is won for ('fekk Amanda for rolla', 'for beste film', 'for sin roman')
_FOR_A_PART = frozenset({"rolla", "rollen", "rolle", "beste", "sin", "si", "sitt", "sine",
                         "hans", "hennes", "årets", "filmen", "serien", "boka", "boken",
                         "albumet", "plata", "platen", "regien", "manuset", "innsatsen",
                         "tolkningen", "tolkinga", "hovedrollen", "hovudrolla"})


def _a_prize(tokens: Sequence[Token], i: int) -> bool:
    """Token i, a prize's name that persons bear too, is won, given or nominated for
    ('Ho fekk Amanda for rolla', 'har fått ein Amanda', 'nominert til oscar'; not 'fikk
    Amanda til å le', 'Vi fikk Amanda.': an article before or 'for' after)."""
    if tokens[i].low not in PRIZES:
        return False
    k = i - 1
    if k >= 0 and tokens[k].low in ("en", "ein", "ei", "sin", "si", "ny", "to", "tre"):
        k -= 1
    if k >= 0 and tokens[k].low == "til" and k > 0 and tokens[k - 1].low.startswith(
            "nominer"):
        return True
    after = [t.low for t in tokens[i + 1:i + 3]]
    return k >= 0 and tokens[k].low in _WON and (k < i - 1 or after[:1] == ["for"] and (
        after[1:2] and after[1] in _FOR_A_PART))  # (not 'fikk Robert for en dag')


# what is named after someone in one word with the name before it ('Amandaprisen',
# 'Ibsenstipendet', 'Lukasevangeliet'); a person's own committee is written with a hyphen
_AFTER_SOMEONE = ("prisen", "priser", "prisane", "prisene", "prisar", "prisvinnar",
                  "prisvinner", "stipendet", "stipend", "legatet", "evangeliet",
                  "statuetten", "medaljen", "medalje", "pokalen", "teknikken", "teknikk")


def _named_after(low: str) -> bool:
    """One word of a name and what is named after it ('Amandapriser', 'Ibsenstipendet',
    'Alexanderteknikken'), or a given name and a thing made ('Mariusgenseren'), no list of
    persons knowing the whole."""
    if person_name(low):
        return False
    head = next((h for h in _AFTER_SOMEONE if low.endswith(h)), None)
    if head is not None and len(low) - len(head) >= 3:
        return True
    if any(low.endswith(h) and low[:-len(h)] in KNOWN_EPONYMS for h in EPONYM_OF_KNOWN_HEADS):
        return True  # 'suzukimetoden', 'Montessoripedagogikken': a known maker's method
    return any(low.endswith(p) and len(low) - len(p) >= 3 and (
        given_name(low[:-len(p)]) or given_name(low[:-len(p)].removesuffix("s")))
        for p in MADE_OR_SOLD)


# between a copula and a kind of things ('de viktigste butikkene', 'dei to største bankane')
_BEFORE_A_KIND = frozenset({"de", "dei", "det", "to", "tre", "fire", "mest", "mye", "brukte",
                            "populære", "store", "største", "viktigste", "beste", "kjente",
                            "kjendaste", "eneste", "einaste", "vanligste", "vanlegaste",
                            "billigste", "dyreste", "nye", "gamle", "norske", "svenske"})


def _said_to_be_things(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j are one of a list said by a copula to be a kind of things in the plural
    ('Nelly og Boozt er de nettbutikkene hun bruker', 'var Gina Tricot, Bik Bok og Vero
    Moda de viktigste butikkene'; not 'Kari og Per er de beste lærerne': persons)."""
    first, last = i, j
    for step in (-1, 1):
        k = i if step == -1 else j
        for _ in range(4):
            m = next_list_item(text, tokens, k, step)
            if m is None or not tokens[m].capital:
                break
            k = m
            while step == 1 and k + 1 < len(tokens) and tokens[k + 1].capital \
                    and text[tokens[k].end:tokens[k + 1].start] == " ":
                k += 1  # 'Vero Moda'
        if step == -1:
            first = k
        else:
            last = k
    if first == last == i and j == i:
        return False  # one name alone says too little ('Per er de beste lærerne' aside)

    def kind_after(k: int) -> bool:
        while k < len(tokens) and tokens[k].low in _BEFORE_A_KIND:
            k += 1
        return k < len(tokens) and kind_of_things(tokens[k].low) \
            and tokens[k].low.endswith(("ene", "ane", "a"))

    if last + 1 < len(tokens) and tokens[last + 1].low in COPULAS_SPOKEN:
        return kind_after(last + 2)
    return first > 0 and tokens[first - 1].low in COPULAS_SPOKEN and kind_after(last + 1)


# the words that say a sentence speaks of voice assistants (not 'assistent', a person's job)
_ASSISTANT_WORDS = ("assistant", "smarthøyttaler", "talestyr", "stemmestyr", "homepod")
# what makes an 'assistent' a machine ('digitale assistenter'; not 'de andre assistentene')
_MACHINE_ADJECTIVES = frozenset({"digital", "digitale", "talestyrt", "talestyrte",
                                 "stemmestyrt", "stemmestyrte", "virtuell", "virtuelle",
                                 "smarte"})


def _machine_assistant(tokens: Sequence[Token], k: int) -> bool:
    """Token k names voice assistants in their own words: 'talestyrte', 'smarthøyttaler',
    'Google Assistant', a machine's compound ('taleassistenten', 'stemmeassistenter'; not
    'tannlegeassistenten') or 'assistent' after a machine's adjective ('digitale
    assistenter')."""
    low = tokens[k].low
    if low.startswith(_ASSISTANT_WORDS):
        return True
    if low.startswith(("taleassistent", "stemmeassistent", "ki-assistent", "ai-assistent",
                       "digitalassistent")):
        return True  # (not 'tannlegeassistent', 'lærerassistent': people's jobs)
    return low.startswith("assistent") and k > 0 and tokens[k - 1].low in _MACHINE_ADJECTIVES


def _voice_assistant(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is a voice assistant's name in a sentence that speaks of such assistants in
    their own words ('assistenter som Siri og Alexa', 'Siri og Google Assistant',
    'talestyrte Alexa'), with no person's words around it; a person named Siri is kept
    ('Siri og Alexa er søstrene mine', 'Siri jobber som assistent')."""
    low = tokens[i].low
    if low not in _VOICE_ASSISTANTS:
        return False
    if i > 0 and (_machine_assistant(tokens, i - 1) or _assistants_named(tokens, i - 1)
                  or i > 2 and _assistants_named(tokens, i - 3)) \
            and person_evidence(text, tokens, i) < 2.0:
        return True  # 'Den digitale assistenten Siri', 'Assistentene Siri og Alexa': the
        # words for assistants right before say only that ('assistenten' is a role too)
    if person_evidence(text, tokens, i) >= 1.0:
        return False
    return any(_machine_assistant(tokens, k) for k in range(len(tokens)))


def _assistants_named(tokens: Sequence[Token], k: int) -> bool:
    """Token k is 'assistentene' (or 'assistenter') right before two voice assistants'
    names joined by 'og' or 'eller' ('Assistentene Siri og Alexa'; not 'assistentene Siri
    og Kari')."""
    return tokens[k].low in ("assistentene", "assistentane", "assistenter", "assistentar") \
        and k + 3 < len(tokens) and tokens[k + 2].low in ("og", "eller") \
        and tokens[k + 1].low in _VOICE_ASSISTANTS and tokens[k + 3].low in _VOICE_ASSISTANTS


def _drunk(tokens: Sequence[Token], i: int) -> bool:
    """Token i, a listed brand, firm or product, is drunk ('Mannen min drikk berre
    Friele', 'mamma drakk friele'): a coffee, a beer; no person is — but the subject after
    the verb is ('Da drakk Nora kaffe', 'Da drakk jo Nora kaffe'), and so is the owner of
    what is drunk ('Jeg drikker Felix sin kaffe')."""
    if listed_kind(tokens[i].low) not in ("brand", "firm", "product", "food"):
        return False
    k = i - 1
    while k > 0 and i - k <= 2 and tokens[k].low in OFTEN:
        k -= 1
    if k >= 0 and k < i and tokens[k].low in DRINKING:
        return not subject_after_verb(tokens, i) and not (
            i + 1 < len(tokens) and tokens[i + 1].low in SIN_POSSESSIVES)
    # 'kaffen må være friele': what a drink or a product must be
    return i > 2 and tokens[i - 1].low in ("være", "vere") \
        and tokens[i - 2].low in ("må", "skal", "bør") \
        and (tokens[i - 3].low in PRODUCT_HEADS or tokens[i - 3].low in GOODS)


def _genitive_plural(low: str) -> bool:
    """The genitive of a definite plural ('informantenes', 'kjæledyrenes', 'ungdommanes')
    whose stem is an ordinary word no list of names holds (not 'hovdenes', 'bjørnenes':
    a farm's name, a name's stem)."""
    if not low.endswith(("enes", "anes")) or len(low) < 9:
        return False
    stem = low[:-4]
    g = gz.load()
    return _plural_definite(low[:-1]) and stem not in g.given and stem not in g.surnames \
        and zipf(stem, ("nb",)) >= 2.5


# words of having an illness, before its name ('hadde Bechterew', 'diagnosen Parkinson')
# (not 'med', 'av', 'mot', 'i': 'et møte med Parkinson', 'en bok av Huntington', 'Parkinson
# i Oslo' are persons')
_HAVING_ILLNESS = frozenset({"har", "hadde", "hatt", "fått", "fikk", "fekk", "får",
                             "diagnosen", "diagnose", "sykdommen", "sjukdommen", "utviklet",
                             "utvikla", "utvikle", "mistenkt", "påvist"})
# those who live with an illness ('pasienter med Parkinson', 'mange med sjögren')
_PATIENTS = PEOPLE_PLURALS | {"pasienter", "pasientar", "pasient", "pasienten", "folk",
                              "mange", "barn", "eldre", "kvinner", "menn", "brukere",
                              "brukarar", "alle", "noen", "nokon", "ungdom", "voksne",
                              "vaksne"}
_ILLNESS_AFTER = frozenset({"sykdom", "sykdommen", "sjukdom", "sjukdommen", "syndrom",
                            "syndromet", "diagnose", "diagnosen"})


def _an_illness(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j name an illness after its discoverer (``ILLNESS_EPONYMS``): where no
    list of persons knows the name ('Bechterew', 'Osgood-Schlatter'), or after the words
    of having it ('fått Parkinsons'), or with 'osgood' before 'schlatter' in speech."""
    name = " ".join(text[tokens[i].start:tokens[j].end].lower().split())
    while i > 0 and text[tokens[i - 1].end:tokens[i].start] == "-":
        i -= 1  # ('Sinding-Larsens' when only 'Larsens' was guessed)
    head = HYPHEN_HEAD.match(text, tokens[j].end)
    while j + 1 < len(tokens) and text[tokens[j].end:tokens[j + 1].start] == "-":
        j += 1
    low = " ".join(text[tokens[i].start:tokens[j].end].lower().split())
    if low not in ILLNESS_EPONYMS:
        return head is not None and name in ILLNESS_EPONYMS and not person_name(name)
        # 'Lyme-borreliose', 'Crohn-pasientar': the illness's name before its word
    prev = tokens[i - 1].low if i > 0 else ""
    prev2 = tokens[i - 2].low if i > 1 else ""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if prev in _HAVING_ILLNESS or prev == "osgood" or nxt in _ILLNESS_AFTER \
            or prev == "med" and prev2 in _PATIENTS:
        return True  # ('pasienter med Parkinson', 'mange med menière')
    base = low[:-1] if low.endswith("s") else low
    return not any(person_name(w) for w in {low, base} | set(base.split("-")))


def _persons_genitive(surface: str) -> bool:
    """A genitive that names a person, not a discoverer ('Kari Olsens', 'Haralds',
    'Hansens'): two names or more, or a given name or a Norwegian surname that no known
    eponym is ('Alzheimers', 'Downs', 'Crohns' are none of these)."""
    parts = surface[:-1].lower().split()
    if len(parts) > 1:
        return True
    base = parts[0].rstrip("'")
    if base in KNOWN_EPONYMS or base + "s" in KNOWN_EPONYMS:  # ('Williams syndrom')
        return False
    return given_name(base) or base in gz.load().surnames


def drop_not_names(text: str, tokens: Sequence[Token], hits: list[Hit]) -> list[Hit]:
    """``hits`` without those the words around them show are no name (module doc)."""
    if not hits:
        return hits
    starts = [t.start for t in tokens]
    lower = all_lower(text)
    things = thing_names(text, tokens, hits, starts)
    heading = bool(HEADING.match(text)) or title_case(list(tokens)) \
        or labelled_heading(text, tokens) or short_heading(text, tokens)  # capitals say
    # nothing
    abroad_lows = lows_abroad(text, tokens, hits, starts)
    spans = thing_spans(tokens, lower)
    joined = joined_names(text)
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
        if h.label == "PERSON" and any(a <= h.start and h.end <= b for a, b in joined):
            continue  # 'en stereo fra Bang & Olufsen', 'Ernst & Young reviderte': a listed
            # firm's or brand's name, not two authors (those have a year: '(2019)')
        if h.label == "PERSON" and i == j and h.source not in CITED_OR_STUDIED \
                and len(lows[0]) >= 9 and thing_noun(lows[0]) and not person_name(lows[0]):
            continue  # 'Robotgressklipperen kaller vi Gunnar': a compound of a thing's noun
        if h.label == "PERSON" and i == j and h.source not in CITED_OR_STUDIED \
                and _a_dish(lows[0]) and not _quoted(text, h):
            continue  # 'Linzertorte', 'Berlinerbollar', 'Birchermüsli': a dish, one word
            # (quoted, a nickname: 'Han kalles «Kjøttkaka»')
        if h.label == "PERSON" and _CHAIN_AFTER_HYPHEN.match(text, h.end) \
                and h.source not in PERSON_SURELY:
            continue  # 'Thon-hotellene', 'Kiwi-butikker': a chain of hotels or shops
        if h.label == "PERSON" and len(lows) == 2 and lows[0] == "per" \
                and lows[1].endswith(_UNITS) and not tokens[j].capital \
                and not person_name(lows[1]):
            continue  # 'to kroner per kilowattime': a price by the unit (not 'Per Time', a
            # person, nor 'per time' where a surname stands)
        if h.label == "PERSON" and i == j and lows[0] in _SCALES and i > 0 \
                and tokens[i - 1].low in ("grader", "grad", "gradar"):
            continue  # '350 grader Fahrenheit': a scale of temperature
        if h.label == "PERSON" and i == j and h.source not in CITED_OR_STUDIED \
                and _quoted(text, h) and _plural_definite(lows[0]):
            continue  # 'kallenavnet «Kanarifuglene»', '«Ulvane»': a plural noun made
            # definite names no one person (a genitive at a sentence's start,
            # 'Informantenes bruk', may be a farm name's: 'Hovdenes')
        if h.label == "PERSON" and i == j and h.source not in CITED_OR_STUDIED \
                and tokens[i].sentence_start and _genitive_plural(lows[0]):
            continue  # 'Informantenes beskrivelser', 'Kjæledyrenes navn': a plural noun's
            # genitive opening a sentence (not 'Hovdenes': no ordinary word before '-enes')
        if h.label == "PERSON" and i == j and h.source not in CITED_OR_STUDIED \
                and (_a_prize(tokens, i) or _drunk(tokens, i) or _named_after(lows[0])
                     or _voice_assistant(text, tokens, i)):
            continue  # 'Ho fekk Amanda for rolla', 'nominert til Oscar'; 'drikk berre
            # Friele': a prize, a drink; 'Siri og Alexa': voice assistants
        if h.label == "PERSON" and h.source not in CITED_OR_STUDIED \
                and h.source not in PERSON_SURELY and _said_to_be_things(text, tokens, i, j):
            continue  # 'Nelly og Boozt er de nettbutikkene …': things, said so
        if h.label == "PERSON" and h.info.get("worldwide") \
                and listed_kind(lows[0]) not in (None, "place_abroad"):
            continue  # 'Google sa at …', 'Volvo mente …': a firm the world writes about,
            # not a person (``slots.worldwide_name``); a place abroad does not say 'at hun
            # …' ('Paris sa at hun var sliten': a woman named so)
        if h.label == "PERSON" and i > 0 and tokens[i - 1].text == "Hos" \
                and not tokens[i - 1].sentence_start and h.source not in CITED_OR_STUDIED:
            continue  # 'ein kafé som heitte Hos Ingrid': a business's name (a capital
            # 'Hos' mid-sentence starts a name)
        if h.label == "PERSON" and h.source not in CITED_OR_STUDIED \
                and _an_illness(text, tokens, i, j):
            continue  # 'Han hadde Bechterew', 'fikk Osgood-Schlatter': an illness
        if h.label == "PERSON" and h.source not in CITED_OR_STUDIED \
                and a_part(text, tokens, i, j):
            continue  # 'fikk rolla som Åse', 'Eg dansa Kitri', 'Kjell i «Olsenbanden»': a
            # part played, not a person
        if (h.label == "PERSON" or h.label == "PLACE" and text[h.end:h.end + 3] in (
                "'s ", "’s ")) and h.source not in CITED_OR_STUDIED \
                and h.source not in PERSON_SURELY and in_an_english_title(text, tokens, i, j):
            continue  # '«The Menu»', 'Binging with Babish', 'Hell's Kitchen': a title in
            # English names a work or a brand (a place in a title is the rules' place: 'The
            # Lofoten Islands', unless the title owns it so: 'Hell's Kitchen')
        if h.label in ("PERSON", "PLACE") and h.source not in PERSON_SURELY \
                and english_venue(text, tokens, i, j):
            continue  # 'sitter på MacLaren's,', 'en diner som Luke's.': a pub, a diner
        if h.label in ("PLACE", "MUNICIPALITY") and i == j and h.confidence < 0.97 \
                and character_with_word_before(text, tokens, i):
            continue  # 'Sherlock Holmes og doktor Watson': a character's surname, not the
            # place 'Holmes'
        if h.label == "PERSON" and h.source not in CITED_OR_STUDIED \
                and is_work_or_character(text, tokens, h):
            continue  # 'Dumbledore', 'Isak og Even i Skam', '«Beck»': a work, a character
        if lows == ["berg"] and " ".join(t.low for t in tokens[j + 1:j + 3]) == "i dagen":
            continue  # 'berg i dagen': bare rock, no person and no place
        if h.label == "PERSON" and lows[0] in STORMS and j > i:
            continue  # 'Ekstremvêret Ingunn tok straumen': a storm's noun and its name
        if h.label in ("PERSON", "MUNICIPALITY", "PLACE") and latin_species(text, tokens, i, j):
            continue  # '(Rangifer tarandus)', '(Rissa tridactyla)': a species in Latin
        if h.label == "PERSON" and i == j and len(lows[0]) == 1 and i > 0 \
                and tokens[i - 1].low.isdigit():
            continue  # 'Prop. 89 L (2019–2020)': a document's series letter
        if h.label == "PERSON" and i == j and lows[0] in ("finn", "tise") and i > 0 \
                and (tokens[i - 1].low == "på" or tokens[i - 1].low == "og" and i > 2
                     and tokens[i - 3].low == "på") \
                and not (i + 1 < len(tokens) and tokens[i + 1].low in SIN_POSSESSIVES) and any(
                    tokens[k].low in _SOLD_OR_POSTED for k in range(max(0, i - 8), i - 1)):
            continue  # 'la ut alt på Finn', 'selger klær på Tise og Finn': the marketplace
        if h.label in ("MUNICIPALITY", "PLACE") and lows == ["ski"] \
                and re.match(r"-(?:VM|NM|EM|vm|nm|em)\b", text[h.end:h.end + 4]):
            continue  # 'Ski-VM', 'ski-NM': the sport's championship
        if h.label == "PERSON" and i == j and lows[0] == "tor" and _dares(tokens, i):
            continue  # 'Tor du hoppe?', 'mor tor ikkje sove': 'tore' (to dare)
        if h.source == "names:model" and i == j and institution(lows[0]):
            continue  # the model's guess 'hjemmesykepleien kom seg ikke fram': a service
        if h.label in ("PERSON", "PLACE") and i == j and not h.source.startswith("gazetteer") \
                and lows[0].endswith("isk") and len(lows[0]) >= 6 \
                and h.source not in PERSON_SURELY:
            continue  # 'på Meteorologisk institutt', 'Statistisk sentralbyrå': an adjective
        if h.label == "PERSON" and i == j and (
                lows[0].endswith(("ismen", "ismens", "isme")) and len(lows[0]) >= 8
                or lows[0].endswith(("vêret", "været")) and len(lows[0]) >= 6):
            continue  # 'Læstadianismen', 'Tordenvêret kom frå vest': a doctrine, the weather
        if h.label == "PERSON" and _spelled_out(text, tokens, i, j):
            continue  # 'IPS (Individual Placement and Support)': an acronym spelled out
        if h.label == "PERSON" and i > 0 and _kind_of(tokens[i - 1].low) \
                and h.source not in PERSON_SURELY \
                and text[tokens[i - 1].end:h.start] == " " \
                and not relative_subject(text, tokens, i):
            continue  # 'av typen Lohmann Brown', 'potetsorten Ottar', 'Flytypen Dash 8': a
            # breed, a variety, a model
        if h.label == "PERSON" and lower and h.source not in PERSON_SURELY \
                and _infinitive_after_modal(tokens, i) and (i == j or j == i + 1 and (
                    definite_noun(lows[1]) and not (
                        j + 1 < len(tokens) and tokens[j + 1].low in SIN_POSSESSIVES))):
            continue  # 'de skulle arve gården', 'vi må tone det ned': a verb after a
            # subject and a modal, no given name
        if h.label == "PERSON" and i == j and h.source not in PERSON_SURELY \
                and _model_number_after(text, tokens, i):
            continue  # 'Båten er en Bella 600', 'eit Dash 8-fly': a model and its number
        if lows in (["herad"], ["heradet"]) and i > 0 and gz.load().norwegian(tokens[i - 1].low):
            continue  # 'Kvam herad': the municipality's own word for itself
        if lows == ["eid"] and any(tokens[k].low in _FEASTING for k in range(
                max(0, i - 3), min(len(tokens), i + 3)) if k != i):
            continue  # 'tok fri til Eid', 'feira eid': the feast
        if lows == ["karl", "johan"] and any(tokens[k].low.startswith(_MUSHROOMS) for k in range(
                max(0, i - 8), min(len(tokens), j + 9)) if not i <= k <= j):
            continue  # 'plukka karl johan og kantarell', 'den beste soppen': the mushroom
        if h.label == "PERSON" and _quoted(text, h) and h.source not in PERSON_SURELY \
                and (_quoted_work(tokens, i, j) or i == j and _listed_after_a_work(
                    text, tokens, i) or _quoted_list_of_works(text, tokens, i, j)):
            continue  # 'las «Doppler»', 'Tegneserien «Pondus»', '«Vera» på NRK': a work
        if h.label == "PERSON" and h.source not in PERSON_SURELY \
                and listed_kind_of(tokens, i, j) in _WORKS and (
                    _work_cue(tokens, i, j) or j > i and _quoted(text, h)):
            continue  # 'vi så elling på kino', 'leste Doppler', '«Albert Åberg» var det
            # eneste jeg ville lese': a listed work named like a person (a quoted name of
            # one word is a pseudonym's as often: '«Vera» fortalte')
        if h.label == "PERSON" and not lower and h.source not in PERSON_SURELY \
                and _ordered_or_bought(text, tokens, i):
            continue  # 'tok en Tom Collins', 'bestilte ein Margarita', 'har opna ein Max'
        if h.label == "PERSON" and i == j and i > 0 and h.source not in PERSON_SURELY \
                and _car_make_before(text, tokens, i):
            continue  # 'renault zoe', 'Opel Astra': a car's model after its make
        if h.label == "PERSON" and i == j and h.source.startswith("names:") \
                and _route_compound(lows[0]):
            continue  # 'Vi tok Kielferga', 'Danskebåten': a ferry, a boat named by its route
        if h.label == "PERSON" and i == j and h.source not in PERSON_SURELY \
                and (_shopped_at(tokens, i) or _assistant(tokens, i)):
            continue  # 'handlar mykje på Oda', 'lunsj på Max': a shop, a restaurant; 'spør
            # Siri om været': a voice assistant
        if h.label == "PLACE" and h.source == "context:place" and i == j \
                and _shopped_at(tokens, i):
            continue  # 'var eg på Rimi': a chain the lists lack as a place
        if h.label == "PLACE" and h.source == "context:place" and i > 1 \
                and tokens[i - 1].low == "på" and tokens[i - 2].low.startswith("abonne"):
            continue  # 'abonnerer på Fiskaren', 'abonnement på Nationen': a paper, no place
            # (a person stays: 'abonnerer på Hansen sitt nyhetsbrev', a channel of someone's)
        if h.label == "PERSON" and h.source not in PERSON_SURELY and _quoted(text, h) \
                and _called_it(tokens, i, j):
            continue  # '«Gråtassen» kalte vi den', 'Smelteverket, som folk kalte «Gryta»':
            # a thing's name
        if h.label == "PERSON" and i > 0 and text[h.start - 1:h.start] in ("«", '"') \
                and h.source not in PERSON_SURELY and _titled(tokens[i - 1].low):
            continue  # 'Overskriften «Storm i vente»', 'boka «Kari og kjærleiken»': the
            # title's first word
        if h.label == "PERSON" and i == j and i > 0 and tokens[i - 1].low in CONTAINERS \
                and text[tokens[i - 1].end:h.start] == " " and h.source not in PERSON_SURELY:
            continue  # 'et glass Sunniva', 'en flaske Heinz': what the container holds
        if h.label == "PERSON" and i == j and _quoted(text, h) and _place_shaped_thing(lows[0]):
            continue  # '«Bergensfjord» gikk på grunn': a ship named after a place, no one's
            # name (a place's shape; no list of names holds it)
        if h.label == "PERSON" and len(lows) == 1 and (
                _elided_institution(tokens, j) or star_name(tokens, i, lows[0])
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
        if heading and i == j and h.confidence < SURE_CITED and listed_in_heading(
                text, tokens, i):
            continue  # 'Sol, Strand og Sommerjobb', 'Lund, Eng og Utmark', 'Heim og Hage'
        if i == j and (h.confidence < 0.8 or (tokens[i].sentence_start or heading)
                       and h.confidence < SURE_CITED) \
                and not (h.label == "MUNICIPALITY" and h.info.get("predicate")) \
                and _pair_of_kind(text, tokens, i, h.label, heading=heading):
            continue  # 'sel og hval', 'over ås og fjell': animals, the land; 'Sol, Strand
            # og Ski' in a heading (not 'sund og fjell ble slått sammen': what only
            # municipalities do)
        if h.label == "PERSON" and j > i and tokens[i].sentence_start and not lower \
                and h.source not in PERSON_SURELY \
                and (_animal_noun(lows[0]) or firm_before(lows[0])) \
                and not tokens[i + 1].sentence_start and (
                    j == i + 1 and not relative_subject(text, tokens, j)
                    or j > i + 1 and thing_named(text, tokens, i + 1)):
            continue  # 'Hamsteren Kasper rømte', 'Sauen Dolly brukes …', 'Ferja Peter
            # Wessel …', 'Fregattene Fridtjof Nansen og …': an animal's or a thing's name
            # after the noun opening the sentence
        if h.label == "PERSON" and i == j and _chain_of_a_trade(text, tokens, i):
            continue  # 'kjøpte brød på baker hansen', 'Baker Brun': the chain, where
            # one shops
        if h.label == "PERSON" and i == j and lows[0] in things \
                and person_evidence(text, tokens, i) < 2.0:
            continue  # 'Båten het Ingeborg, for den første Ingeborg hadde forlist': the
            # boat's name again
        if h.label == "PERSON" and (
                thing_named(text, tokens, i) or all(demonym(w) for w in lows)
                or len(lows) == 1 and (lows[0] in THING_NOUNS  # 'Snekka het «Gunhild»'
                                       or lows[0].endswith("en")  # 'det er Zetoren som'
                                       and lows[0][:-2] in VEHICLE_BRANDS)
                and lows[0] not in gz.load().given and lows[0] not in gz.load().surnames
                and not _person_named(tokens, i)
                and text[max(0, h.start - 1):h.start] not in ("«", '"')  # ('«Bamsen» het …')
                or any(_said_number(w) for w in lows) and not _number_and_name(lows)
                or lows[0] in MONTHS and len(lows) > 1
                and text[tokens[i].end:tokens[i + 1].start] != "-"  # ('Mai-Britt')
                and (lower or not tokens[i + 1].capital)  # ('Det var Mai Vang som …')
                or len(lows) == 1 and h.source == "names:model" and place_compound(lows[0])
                or club_named(text, tokens, i, lows)
                or lower and len(lows) == 1 and h.confidence < 0.8
                and _word_chain(text, tokens, i)
                or len(lows) == 1 and h.confidence < SURE_CITED
                and among_brands(text, tokens, i, brands)
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
        if h.label == "PERSON" and i > 0 and tokens[i - 1].low in ("dr", "doktor") \
                and listed_kind(" ".join([tokens[i - 1].low, *lows])) in _MAKES | {"food"} \
                and person_evidence(text, tokens, i, j) < 2.0:
            continue  # 'går med Dr. Martens', 'kjøpt Dr. Greve': a brand with a doctor's
            # title in its name (not 'Dr. Martens sa at …')
        if h.label == "PERSON" and i > 0 and tokens[i - 1].text == "The" \
                and text[tokens[i - 1].end:h.start] == " " \
                and person_evidence(text, tokens, i, j) < 2.0:
            continue  # 'På The Dubliner', 'The Kooks': an English title's or a venue's name
        if h.label == "PERSON" and j > i and lows[0] == "villa" and tokens[i].capital \
                and person_evidence(text, tokens, i + 1, j) < 2.0:
            continue  # 'Villa Otium har berre sju rom': a house's or a hotel's name
        if h.label == "PERSON" and h.source not in PERSON_SURELY \
                and _definite_of_a_make(tokens, i, j):
            continue  # 'john deeren var finstua', 'massey fergusonen til far': a make's
            # vehicle with its definite ending (a person's name takes none)
        if h.label == "PERSON" and i == j and h.source not in PERSON_SURELY and (
                definite_of_thing(lows[0]) or newspaper_title(lows[0])
                or capitals_of_a_brand(text, tokens, i)
                and person_evidence(text, tokens, i) < 1.0):
            continue  # 'den gamle Husqvarnaen', 'Sunnmørsposten skrev', 'melk for TINE'
        if after_brand(text, h):
            continue  # 'Deli de Luca', 'REK Nord', 'Møllers tran'
        if i == j and namesake_abroad(text, tokens, h, i, hits):
            continue  # 'en uke i Lund og en uke i Malmö', 'Lier er en by i Belgia'
        if h.label in ("PERSON", "PLACE") and not h.source.startswith("gazetteer") \
                and h.source not in PERSON_SURELY and town_abroad(text, tokens, h, i, j):
            continue  # 'i Adelaide i Australia', 'til Siena og Verona', 'i Lourdes med
            # menigheten', 'Oslo i Minnesota': a town abroad, no person
        if h.label in ("PERSON", "PLACE") and h.source not in PERSON_SURELY \
                and not h.source.startswith("gazetteer") and nature_abroad(text, tokens, i, j) \
                and person_evidence(text, tokens, i, j) < 1.0:
            continue  # 'Victoria Falls', 'Mount Rainier', 'Lake Louise': nature abroad (not
            # 'Kari Lake sa nei')
        if h.label == "PERSON" and _SWEDISH_OR_FINNISH_UNIT.match(text, h.end):
            continue  # 'Eda kommun', 'Inari kunta', 'Jämtlands län': a municipality or a
            # county abroad
        if h.label == "PERSON" and j > i and h.source not in PERSON_SURELY \
                and make_and_model(text, tokens, i, j, listed):
            continue  # 'Kia Sorento', 'Volkswagen Boble': a maker's name and its model's
        if h.label == "PERSON" and i == j and h.source not in PERSON_SURELY \
                and listed_kind(lows[0]) == PLACE_ABROAD and _of_nature(tokens, i) \
                and person_evidence(text, tokens, i) < 1.0 and not personal_cue(text, tokens, i):
            continue  # 'Kruger nasjonalpark er større enn Wales': a park, a volcano or a
            # mountain abroad that a person's name is spelt like (not 'Etna hadde et nytt
            # utbrudd': 'X hadde' says person as surely)
        if i in listed and _listed_thing(text, tokens, h, i, j, listed, hits):
            continue  # 'Slack og Jira', 'kjøkken fra Kvik', 'Kaizers Orchestra': a brand,
            # a work, a place abroad (``things``)
        if h.label == "PLACE" and h.source == "context:place" and i == j \
                and listed_kind(lows[0]) in _SHOPS and given_name(lows[0]) \
                and i > 0 and tokens[i - 1].low == "på":
            continue  # 'går på Egon', 'sit på Pascal': a restaurant's, a café's name that
            # is a given name too (a place the lists lack is seldom named so; surnames are
            # farms' names: 'i Farstad')
        if h.label == "PLACE" and h.source == "context:place" and (
                i == j and lows[0] in ORGANISATIONS
                or i == j and any(lows[0].endswith(e) and len(lows[0]) >= len(e) + 3
                                  for e in _OUTING_HEADS)  # 'på surfetur', 'på elgjakt'
                or _quoted(text, h)):
            continue  # 'jobb på Lerøy': the company; 'mannskap på «Havtind»': a boat (a
            # place the lists lack is no one's name in quotes)
        if h.label == "PERSON" and (designated(tokens, i, j)
                                    or heading_word(text, tokens, i, j, heading)
                                    or i == j and _verb_not_name(tokens, i)):
            continue  # 'clas ohlson'; 'Informant C'; 'Kapittel 4: Funn og Drøfting'; 'for
            # å ringje', 'skal vera', 'i morgon'
        if h.label == "PERSON" and i == j and h.source == "names:capital" \
                and tokens[i].sentence_start and _owned_noun(text, tokens, j):
            continue  # 'Røsten hans var hes', 'Kjolen hennar': a noun with its owner after
        if h.label == "PERSON" and i == j and h.source == "names:capital" \
                and tokens[i].sentence_start and _nynorsk_form(lows[0]) \
                and not (_quoted(text, h) and re.match(r"[»\"], som\b", text[h.end:h.end + 6])):
            # ('«Tulla», som vi kalte henne': a nickname)
            continue  # 'Resultata viser …', 'Oppgåva nyttar …': a Nynorsk noun's form
        if i == j and h.label in ("PERSON", "PLACE") and not h.source.startswith("gazetteer") \
                and _building_or_kin(lows[0]):
            continue  # 'Bedehuset og Ungdomshuset', 'på Fjordhotellet', 'og Svigerfar satt'
        if h.label in ("MUNICIPALITY", "PLACE") and i == j and (
                i > 0 and an_animal(tokens[i - 1].low)
                and text[tokens[i - 1].end:h.start].strip(" «\"") == ""
                or h.confidence < 0.97 and animal_named(tokens, i)):
            continue  # 'Kua Dokka var den eldste', 'ei ku som heitte Dokka': an animal's name
            # (not 'bussen Oslo–Bergen')
        if h.label in ("MUNICIPALITY", "PLACE") and i == j and (
                text.startswith("-og-", h.end)
                or _quoted(text, h) and i > 0 and tokens[i - 1].low.endswith(VESSELS)
                or vessel_before(text, h.start)):
            continue  # 'Berg-og-dal-banen'; 'Skuta «Frøya»', 'Seilbåten «Frøya»', 'MS
            # «Vesterålen»': a boat's name (not 'båten til Frøya')
        if h.label in ("MUNICIPALITY", "PLACE") and i == j and lower and h.confidence < 0.97 \
                and _reflexive_verb(tokens, i):
            continue  # 'eg grua meg' (a verb: 'grue seg')
        if h.label in ("MUNICIPALITY", "PLACE") and (
                i == j and h.confidence < 0.97 and (lower or tokens[i].sentence_start)
                and not h.info.get("strong") and _among_things(tokens, i)
                or abroad(text, tokens, i, j) or abroad_again(tokens, i, j, abroad_lows)
                or lows[0] in WEEKDAYS or lows[0] in MONTHS
                or i == j and lows[0] in TIMES and not h.source.startswith("gazetteer")
                or i == j and h.source == "context:place" and lows[0] in GOODS
                and not tokens[i].capital  # 'til votter', 'devold ullundertøy': goods
                # after a preposition in lower-case speech, no place (not 'Bleie er ein gard')
                or i == j and cheered_on(tokens, i)
                or i == j and h.confidence < 0.8 and j + 1 < len(tokens)
                and tokens[j + 1].low in CHAMPIONSHIPS  # 'sendinger fra ski vm': the sport
                or lows[-1].endswith("havet")):  # 'til Sargassohavet': a sea
            continue
        head = HYPHEN_HEAD.match(text, h.end, h.end + 14) or MODEL_HEAD.match(text, h.end)
        if h.label == "PERSON" and j == i + 1 and not given_name(lows[0]) \
                and _car_make_before(text, tokens, j):
            continue  # 'Heimetenesta har fått Renault Zoe': a car's make and its model, one
            # name (not 'Mercedes Hansen', a make and a surname many bear)
        if h.label == "PERSON" and j == i + 1 and tokens[j].capital \
                and (lows[1] in GOODS or product_compound(lows[1])) \
                and not person_name(lows[1]) and not given_name(lows[0]):
            continue  # 'Hansa Pilsner', 'Ringnes Julebrus', 'Linie Akevitt': a maker and its
            # goods, capitalised as one product's name (not 'Kari Julebrus': a given name)
        if h.label == "PERSON" and _NUMBERED.match(text, h.end):
            continue  # 'Chanel No. 5': a product and its number (persons are not numbered
            # so in English)
        if h.label == "PERSON" and j > i and lows[0] in DISHES_NAMED_AFTER \
                and not person_name(lows[0]) and not any(
                    w in gz.load().surnames or w in gz.load().given for w in lows[1:]):
            continue  # 'Crêpe Suzette var det fyrste eg lærte': the dish opens the name
            # (not 'Penne Hansen kom': a Norwegian name after it)
        if h.label == "PERSON" and h.source not in PERSON_SURELY and _eponym(text, tokens, h, j):
            continue  # 'Likert-skala', 'Mann-Whitney-testen', 'Cronbachs alfa': a method or
            # a measure named after its maker, no one of the study
        if head and h.label == "PERSON" and product_compound(head.group(1)) \
                and not _persons_own(lows, head.group(1)):
            continue  # 'en Johnson-påhengsmotor', 'Norrøna-vinterjakka': a product
        if head and (head.group(1) in PRODUCT_HEADS
                     or head.group(1) in GOODS_AFTER_HYPHEN) and not (
                h.label in ("MUNICIPALITY", "PLACE") and head.group(1) in _ROUTE_HEADS) \
                and not (h.label == "PERSON" and _persons_own(lows, head.group(1))) \
                or head and h.label == "PERSON" and head.group(1) in FACTORIES:
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
                or a_car(tokens, i) and not any(
                    tokens[k].low in gz.load().surnames for k in range(i + 1, j + 1))
                or i == j and i > 0 and text[tokens[i - 1].end:h.start] == " "
                and (a_car(tokens, i - 1) or h.source not in PERSON_SURELY
                     and lows[0] not in gz.load().given
                     and _a_listed_make(text, tokens, i - 1, i, listed))
                or h.source not in PERSON_SURELY and _a_listed_make(text, tokens, i, j, listed)):
            continue  # 'Ørnulf IL'; 'leste harry potter'; 'en rusten Lada', 'en Škoda
            # Octavia'; 'en renault zoe': the model after its make; 'var en Norli', 'ein
            # gammal Marna': one of a listed maker's goods or shops
        if h.label == "PERSON" and i == j and i > 0 and (
                len(tokens[i].text) == 1 and tokens[i].text.isupper()
                and (role_word(tokens[i - 1].low) or tokens[i - 1].low in DESIGNATION_HEADS)):
            continue  # 'sier Sykepleier A.': a designation, already anonymous
        if h.label == "PERSON" and i == j and lower and storm_in_speech(text, tokens, i):
            continue  # 'stormen dagmar', 'ekstremværet hans eller var det ingunn'
        if h.source == "names:model" and i == j and (
                role_nickname(lows[0]) and not lows[0].startswith(("lille", "vesle", "store"))
                or i > 0 and tokens[i - 1].low in STORMS):
            continue  # the model's guesses: 'kalte læreren for rektorn', 'gamlefar kalte',
            # 'stormen dagmar' (but 'lillemor', 'storebror' are nicknames)
        if h.label == "PERSON" and h.source not in PERSON_SURELY \
                and myth_figure(tokens, i, j) and person_evidence(text, tokens, i, j) < 1.5:
            continue  # 'norrøne guder som Tor og Loke', 'Tors hammer', 'Odin frå «God of
            # War»' (not 'Tor sa at gudene …')
        if h.label == "PERSON" and h.source not in PERSON_SURELY \
                and ship_named(text, tokens, i, j):
            continue  # '«Rigel» vart senka', 'maskinist på «Erling Jarl»', '«Kong Olav»'
        if h.label == "PERSON" and _feast(tokens, i, j):
            continue  # 'Maria budskapsdag', 'kristi himmelfartsdag': a feast named after one
        if h.label in ("PERSON", "PLACE") and (
                j + 1 < len(tokens) and tokens[j + 1].low in BUSINESS_HEADS
                and text[h.end:tokens[j + 1].start] == " "
                or j > i and lows[-1] in BUSINESS_HEADS):
            continue  # 'tine meieri', 'ringnes bryggeri', 'et thon hotell': a business
        if h.label == "PERSON" and (
                j + 1 < len(tokens) and tokens[j + 1].low in PERSONS_VENUE_HEADS
                and text[h.end:tokens[j + 1].start] == " "
                or j > i and lows[-1] in PERSONS_VENUE_HEADS) \
                and person_evidence(text, tokens, i, j) < 2.0:
            continue  # 'Olsen Camping', 'Jensen Arena' (a place before them stays one)
        if h.label == "PERSON" and h.confidence < SURE_CITED and maker_or_tune(tokens, i) \
                and not any(w in gz.load().given or genitive_of_name(w) for w in lows) \
                and not (j + 1 < len(tokens) and tokens[j + 1].low in ARTICLES):
            continue  # 'skruer fra Würth', 'Kaffen var Friele', 'spilte han Hole og Nirvana'
            # (not a given name: 'Genseren var fra Kari', 'Sekken er Olas'; not 'spilte Per
            # et puss')
        if h.label == "PERSON" and h.confidence < SURE_CITED \
                and (not any(w in gz.load().given for w in lows)
                     or listed_kind(" ".join(lows)) in GOODS_KINDS) \
                and brand_of_goods(text, tokens, i, j):
            continue  # 'Kavli kaviar', 'bergans sekk og devold genser'; a brand named like a
            # person only where the list holds it as a brand ('Nora syltetøy', 'eva solo
            # karaffel'; not 'Kari syltetøy')
        if h.label == "PERSON" and h.confidence < SURE_CITED and i == j \
                and listed_kind(lows[0]) in GOODS_KINDS and used_as_goods(text, tokens, i):
            continue  # 'Vi kjøpte Ariel på tilbud', 'vasket med Blenda': goods the list
            # holds, bought or used (not 'kjøpte Kari en gave')
        if h.label == "PERSON" and h.confidence < SURE_CITED and j > i \
                and listed_kind(" ".join(lows[:-1])) in GOODS_KINDS \
                and brand_of_goods(text, tokens, i, j - 1):
            continue  # 'sunniva appelsinjus', 'eva solo karaffel' taken as one name in speech
        if not lower and firm_name(text, tokens, i, j) and not relative_subject(text, tokens, j):
            continue  # 'Foss Rør og Vik Stillas', 'Kafé Sol': a firm
        if lower and h.label == "PERSON" and shop_in_speech(tokens, i) and not (
                j + 2 < len(tokens) and tokens[j + 1].low in ("og", "eller")
                and (tokens[j + 2].low in SUBJECT_PRONOUNS or person_name(tokens[j + 2].low))):
            continue  # 'på kafé helene', 'på konditori larsen': the firm, in speech (not
            # 'satt på kafé ola og jeg': speech without commas, then who sat there)
        if h.confidence < SURE_CITED and described_as_thing(text, tokens, i, j, h.label):
            continue  # 'Kvitveis, et lokalt band', 'Storm het hesten', 'en gammel Dovre'
        if h.label == "PERSON" and i == j and not lower and tokens[i].sentence_start \
                and h.source in ("names", "names:capital") and not _given_anywhere(lows[0]) \
                and definite_noun(lows[0]) and zipf(lows[0], ("nb",)) >= 3.5 \
                and not lows[0].endswith(("sen", "son")) \
                and person_evidence(text, tokens, i) < 1.0 and not (
                    i + 2 < len(tokens) and tokens[i + 1].low in ("og", "eller")
                    and person_name(tokens[i + 2].low)):
            continue  # 'Gården er meg kjær', 'Berget var bratt': a definite noun at a
            # sentence's start with nothing around it that says person (not 'Nilsen, Åse
            # Berit. 2013.': a patronymic; not 'Holden og Kari flytta': a pair; not a
            # given name anywhere: 'Vika', 'Arta')
        if h.label == "PERSON" and i == j and storms_with_years(text, tokens, i):
            continue  # 'Ekstremværene Dagmar (2011), Hans (2023) og Ingunn (2024)'
        if h.label == "PERSON" and i == j and _quoted(text, h) and named_storm(tokens, i) \
                and person_evidence(text, tokens, i) < 1.5:
            continue  # '«Dagmar» og «Ingunn» er blant dei kraftigaste stormane': storms
        if h.label == "PERSON" and _work_part(text, h):
            continue  # 'Peer Gynt vart sett opp': the play
        kept.append(h)
    return kept
