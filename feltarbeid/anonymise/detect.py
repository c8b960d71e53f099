"""Detection: find names of persons and places, and identifying patterns, in any text.

Pure functions of text (plus an optional registry). Each detector is a small unit that
yields ``Hit``s with a label and a confidence:

- ``registry_hits``      the study's own registry from the key (exact and inflected forms,
                         and near-misses as speech recognition writes them: ``fuzzy``)
- ``gazetteer_hits``     municipalities 2005–2026, parallel names, counties, districts,
                         towns and villages; countries, foreign cities and wide regions
                         as ``NONE`` (never replaced, they only keep guesses off)
- ``person_hits``        ``persons``: name lists, capitalisation, initials, literature
                         references, possessives and the words around a name
- ``slot_persons``       ``slots``: after the overlaps are resolved, a single word becomes a
                         person where the words around it say so strongly enough for that
                         word ('Harstad sa', 'hos Lund', 'X og jeg'), taking it from a
                         place guess only where nothing says place ('i Harstad', 'NAV Lund')
- ``pattern_hits``       fødselsnummer (checksum), phone, e-mail, postal address

``detect`` (one text) and ``detect_many`` (the segments of one document) run them all and
resolve overlaps: the registry (with its own kind) >
patterns and municipalities named as such ('kommunen X', 'X kommune', 'municipality of
X') > the rest; then longer, then surer. A lone given name that is also a municipality
is the municipality where the words around it say place and nothing says person.
Then ``slots.slot_persons`` weighs single words by where they stand; names joined to a
person by 'og' are persons (``persons.coordinated``); then every
person found is carried to its other mentions in the document (``persons.propagate``),
and, given the study's names (``known.StudyNames``: what the key remembers from the
study's other texts), those are carried here too.
Confidence below the study's ``review_threshold`` means "unsure": such hits are still
replaced (fail closed) and go to the review queue.

Text may come from speech recognition: all lower case, no punctuation, names split or
merged. When a text starts in lower case and has no capital after a sentence start,
capitalisation is not used as evidence and the detectors lean on the name lists and the
words around a name: for a
municipality that is also a word ('lier', 'gran', 'ski', 'time', 'sola') the preposition
before it and what comes before that ('jobba i', 'ordføreren i'), institutions after it
('lier kontoret'), sentences about municipalities (kommune, sammenslåing, legevakt …),
clauses where it acts ('men gran ville ikke'), coordination with another name, and how
common the ordinary word is (wordfreq Zipf: 'på ski' is skiing, 'på vang' a place).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from . import fuzzy
from . import gazetteer as gz
from .extent import HYPHENS, prefixed_places, whole_names
from .keyfile import RegistryEntry, normalise
from .known import BRACKETS, StudyNames
from .lexicon import common_word, definite_noun, inflected_word, surname_word
from .model import features as model_features
from .model import load as load_model
from .model import model_hits
from .nicknames import nickname_hits, unquoted_nickname_hits
from .not_names import drop_not_names
from .persons import (
    CITE_AFTER,
    NameParts,
    cited_author,
    coordinated,
    document_names,
    name_parts,
    named_between_pronouns,
    person_hits,
    propagate,
    said_again,
    scholars_genitive,
)
from .questioned import questioned_names
from .slots import (
    CALLED,
    COPULAS_SPOKEN,
    HESITATIONS,
    KIN_NOUNS,
    SPOKEN_FILLERS,
    kin_word,
    past_verb,
    person_evidence,
    place_predicate,
    role_word,
    slot_persons,
    speaks_of_municipality,
)
from .spans import (
    PERSON_SURELY,
    Hit,
    Overlaps,
    Token,
    capitals_in,
    mid_capital,
    repeated_word,
    title_case,
    tokenise,
)
from .spoken import spoken_hits
from .things import person_name
from .words import (
    AGENT_PARTICIPLES,
    AGENT_VERBS,
    ARTICLES,
    CLAUSE_STARTS,
    CLUB_LETTERS,
    COMMITTEES,
    COMMON_NOUN_ZIPF,
    COMPASS_POINTS,
    DETERMINERS,
    FROM_WORDS,
    INSTITUTION_AFTER,
    KOMMUNE_AFTER,
    KOMMUNE_BEFORE,
    LANDSCAPE,
    MODAL_WORDS,
    MUNICIPAL_CUE_PREFIXES,
    MUNICIPAL_GENITIVE_HEADS,
    MUNICIPAL_SERVICES,
    MUNICIPALITY_BEFORE,
    MUNICIPALITY_OF_LAST,
    NATURE_WORDS,
    NAV_BEFORE,
    NEGATIONS,
    ORG_AFTER_TOWN,
    ORIGIN_BEFORE_FROM,
    PART_OF_TOWN,
    PERSON_BEFORE,
    PERSONAL_PRONOUNS,
    PLACE_CUES,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    RARE_WORD_ZIPF,
    SIN_POSSESSIVES,
    SPOKEN_PREPOSITIONS,
    STOPWORDS,
    STREET_SUFFIXES,
    STRONG_PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TOWN_OR_PERSON_HEADS,
    VERY_COMMON_ZIPF,
    zipf,
)

PATTERN_LABELS = ("FNR", "PHONE", "EMAIL", "ADDRESS")
NEAR_PREPOSITIONS = frozenset({"utenfor", "utanfor", "nær", "ved", "innenfor", "innanfor"})
LOCALITY_WORD_ZIPF = 3.5  # a town's name this common as a word needs a cue in lower case
# municipalities named like a frequent verb form ('hjelmtun eide hotellet': owned)
VERB_NAMES = frozenset({"eide", "selje"})
DEFINITE_WORD_ZIPF = 3.5  # ... a definite noun this common ('stranda', 'sola') after being there
# a way through or past ('kjørte gjennom eide'): no verb follows them
WAY_PREPOSITIONS = frozenset({"gjennom", "forbi", "via", "langs", "over", "innom"})
# going towards a place: 'kjørte videre mot bergen'
TOWARDS = frozenset({"videre", "vidare", "kjørte", "køyrde", "dro", "drog", "reiste",
                     "sykla", "syklet", "gikk", "gjekk", "kjører", "køyrer", "drar", "reiser"})
# travelling by road, sea or air: 'kjørte gjennom X' is a town (not 'gikk gjennom lyngen')
_DRIVEN = frozenset({"kjørte", "køyrde", "kjører", "køyrer", "kjøre", "køyre", "reiste",
                     "reiser", "reise", "sykla", "syklet", "fløy", "flaug", "seilte", "rodde",
                     "tok"})
_DRIVEN_THROUGH = frozenset({"røyken", "lyngen", "tåka", "skogen"})
# going somewhere ordinary: 'ned til stranda', 'opp på haugen' (not 'heim til stranda')
DOWN_TO = frozenset({"ned", "nedover", "opp", "oppover", "ut", "bort", "inn", "nedi"})
# being somewhere ordinary: 'var på stranda', 'satt ute i sola', 'lå inne i viken'
PLACE_VERBS_OF_WORDS = frozenset({"var", "satt", "sat", "sitte", "sitter", "lå", "ligge",
                                  "ligger", "ute", "inne", "nede", "oppe", "bada", "badet",
                                  "lekte", "leika", "sto", "stod"})



# ------------------------------------------------------------------------------ registry


@dataclass
class Registry:
    """The key's registry, compiled for matching: exact forms (Aho–Corasick) and near
    misses (``fuzzy.FuzzyIndex``)."""

    entries: list[RegistryEntry]
    forms: dict[str, list[RegistryEntry]] = field(default_factory=dict)
    automaton: Any = None
    near: fuzzy.FuzzyIndex | None = None

    @classmethod
    def build(cls, entries: Iterable[RegistryEntry]) -> Registry:
        import ahocorasick

        reg = cls(list(entries))
        for e in reg.entries:
            for f in e.forms():
                for form in gz.pattern_forms(f):
                    reg.forms.setdefault(form, []).append(e)
        if reg.forms:
            reg.automaton = ahocorasick.Automaton()
            for form in reg.forms:
                reg.automaton.add_word(form, form)
            reg.automaton.make_automaton()
        reg.near = fuzzy.FuzzyIndex.build(
            (f, n) for n, e in enumerate(reg.entries) for f in e.forms())
        return reg


def _suffix_end(search: str, end: int) -> int | None:
    """Where a name ending at ``end`` really ends: itself, a genitive -s, or before a
    hyphenated composition ('Trøgstad-kontoret'); None if it is part of a longer word."""
    n = len(search)
    if end >= n or not search[end].isalnum():
        return end
    if search[end] == "s" and (end + 1 >= n or not search[end + 1].isalnum()):
        return end + 1
    if search[end] in "'’" and end + 1 < n and search[end + 1] == "s":
        return end + 2
    return None


def registry_hits(text: str, search: str, registry: Registry | None,
                  tokens: Sequence[Token] | None = None) -> list[Hit]:
    """Registry names: exact and inflected forms (confidence 1), and with ``tokens``
    their near-misses too."""
    if registry is None or registry.automaton is None:
        return []
    hits = []
    for end_idx, form in registry.automaton.iter(search):
        start = end_idx - len(form) + 1
        if start > 0 and search[start - 1].isalnum():
            continue
        end = _suffix_end(search, end_idx + 1)
        if end is None:
            # compositions written together with a hyphen were turned into spaces; a
            # compound without a hyphen ("Askerkontoret") is not matched on purpose
            continue
        for e in registry.forms[form]:
            hits.append(Hit(start, end, e.label, text[start:end], 1.0, "registry",
                            canonical=normalise(e.original), entry_id=e.id, keep=e.keep,
                            info={"kind": e.kind}))
    if registry.near and tokens is not None:
        hits += near_registry_hits(text, tokens, registry)
    return hits


def near_registry_hits(text: str, tokens: Sequence[Token], registry: Registry) -> list[Hit]:
    """Near-misses of registry names (speech recognition: 'Toe Hanson' for 'Tove Hansen',
    'Lily Hammer' for 'Lillehammer'). Confidence follows the distance: sure ones are
    replaced, near ones replaced and queued for review."""
    hits = []
    assert registry.near is not None
    for m in registry.near.find(tokens):
        e = registry.entries[int(m.payload)]  # type: ignore[call-overload]
        start, end = tokens[m.start].start, tokens[m.end - 1].end
        hits.append(Hit(start, end, e.label, text[start:end], fuzzy.confidence(m.score),
                        "registry:fuzzy", canonical=normalise(e.original), entry_id=e.id,
                        keep=e.keep, info={"kind": e.kind, "fuzzy": True,
                                           "score": round(m.score, 3), "how": m.how}))
    return hits


# ------------------------------------------------------------------------------ gazetteer


def _token_at(tokens: Sequence[Token], pos: int) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _definite_word(low: str) -> bool:
    """The definite form of a common noun ('nesset', 'stranda', 'berget'), which a place's
    name rarely is in speech."""
    return definite_noun(low) or low.endswith(("a", "en", "et")) and inflected_word(low)


def _named_twice(tokens: Sequence[Token], i: int) -> bool:
    """Token i, a word said twice around a preposition, is a name: capitalised mid-sentence
    and either the later of the two ('heim til Heim') or both capitalised ('Kvam i Kvam');
    not a title's first word before the word again («Time for time»)."""
    tok = tokens[i]
    if not tok.capital or tok.sentence_start:
        return False
    if i >= 2 and tokens[i - 2].low == tok.low:
        return True
    return i + 2 < len(tokens) and tokens[i + 2].capital


def gazetteer_hits(text: str, search: str, tokens: Sequence[Token], caps: bool) -> list[Hit]:
    g = gz.load()
    hits: list[Hit] = []
    for start, form_end, form in g.find(search):
        end = _suffix_end(search, form_end)
        if end is None:
            continue
        i = _token_at(tokens, start)
        if i >= len(tokens) or tokens[i].start != start:
            continue
        tok = tokens[i]
        if repeated_word(tokens, i) and not (caps and _named_twice(tokens, i)):
            continue  # 'kinn mot kinn', 'side om side', «Time for time» (not 'heim til
            # Heim', 'Kvam i Kvam': a capital that says name where capitals count)
        j = _token_at(tokens, form_end - 1)
        prev = tokens[i - 1].low if i > 0 else ""
        # a given name right before it, a space between ('Kari Moss-saken', 'Kari Lund Kor';
        # not 'Vi ringte Siri. Hamar-kontoret …')
        given_before = i > 0 and text[tokens[i - 1].end:tok.start] == " " \
            and not _no_given_name(prev)
        prev2 = tokens[i - 2].low if i > 1 else ""
        if prev2 in SUBJECT_PRONOUNS and i > 2:
            prev2 = tokens[i - 3].low  # 'flytta vi til fana': the verb before the subject
        nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
        # 'Hamar-kontoret' (not 'Berg-Hansen': a double name)
        hyphen_after = form_end < len(text) and text[form_end] in HYPHENS \
            and not _double_name_after(text, form_end + 1, tokens, caps, g)
        if prev in MUNICIPALITY_OF_LAST and (prev2 in MUNICIPALITY_BEFORE or prev != "of"):
            prev = "kommunen"  # 'kommunen Lillehammer', 'municipality of Lillehammer'
        if prev in ("av", "ifra", "ifrå") and prev2 == "ut" and not (
                tok.low.endswith(("a", "en", "et")) and inflected_word(tok.low)):
            prev = "fra"  # 'flytta ut av lom': out of a place (not 'ut av sola')
        if prev == "av" and prev2 in PART_OF_TOWN:
            prev = "i"  # 'i sentrum av moss': in a town
        elif prev == "for" and prev2 in COMPASS_POINTS:
            prev = "utenfor"  # 'nord for moss': by a town
        if prev in NEAR_PREPOSITIONS and any(p.label not in ("NONE",)
                                             for p in g.places.get(prev2, ())):
            prev2 = "kommunen"  # 'os utenfor bergen': a place placed by another place
        abroad = _abroad(text, end, g)
        cited = hyphen_after and nxt in TOWN_OR_PERSON_HEADS and cited_author(text, tok.text)
        for place in g.places[form]:
            if abroad and place.label != "NONE":
                continue  # 'Lund i Sverige', 'Moss i Skottland': a namesake abroad
            if place.label == "NONE":  # a country, a foreign city, a wide region
                if tok.capital or not caps:
                    hits.append(Hit(start, end, "NONE", text[start:end], 0.92,
                                    f"gazetteer:{place.kind}", canonical=form))
                continue
            conf = _place_confidence(place, tok, prev, nxt, hyphen_after and not (
                cited and nxt in COMMITTEES), caps,
                                     genitive=end > form_end, prev2=prev2,
                                     county_next=_county_after(text, end, g),
                                     next2=tokens[j + 2].low if j + 2 < len(tokens) else "",
                                     next_spaced=j + 1 < len(tokens)
                                     and text[end:tokens[j + 1].start] == " ",
                                     given_before=given_before)
            if place.kind == "municipality" and (
                    _PUBLISHER.match(text, end)
                    or _PUBLISHING_BODY.match(text, end)
                    and _YEAR_DOT.search(text, max(0, start - 300), start)):
                conf = max(conf, 0.9)  # 'Bergen: Fagbokforlaget', '(2016). … Ås: NMBU.' (a
                # reference's town)
            if place.kind == "municipality" and (tok.capital or not caps) and (
                    _former(tokens, i) or caps and _renamed_since(text, end, g)):
                conf = max(conf, 0.85)  # 'i gamle Selje', 'Fræna (nå Hustadvika)': a
                # municipality merged away
            label = place.label
            if end == form_end and tok.low not in STOPWORDS and prev not in DETERMINERS \
                    and (conf > 0 or not caps) and not (prev == "på" and tok.low == "ski") \
                    and _inside_municipality(text, end, form, g) \
                    and (place.kind != "municipality" or place.common_word
                         or form in g.surnames or form in g.given):
                # 'lund i kristiansand', 'fjell i drammen', 'vear i tønsberg': a place in a
                # municipality (a municipality lies in none; 'folk fra Kvinesdal i Oslo':
                # a municipality's name no district shares is the municipality); not 'gikk på
                # ski i trysil' (the town is 'i Ski', never 'på')
                conf, label = max(conf, 0.75), "PLACE"
            if conf <= 0 and not (place.common_word and place.kind in ("municipality",
                                                                       "locality")):
                continue
            info = place_info(place)
            if place.kind == "municipality" and _strong_context(prev, nxt, hyphen_after, cited,
                                                                given_before):
                info["strong"] = True  # beats a person-name guess on the same words
            elif place.kind == "municipality" and end > form_end and nxt in _ONLY_A_TOWNS \
                    and conf > 0:
                info["strong"] = True  # 'Askims ordfører' (a person has no mayor)
                conf = max(conf, 0.9)
            hits.append(Hit(start, end, label, text[start:end], conf,
                            f"gazetteer:{place.kind}", canonical=normalise(place.canonical),
                            info=info))
    _parallel_names(text, tokens, hits)
    _coordinated(hits, tokens, caps)
    _with_neighbours(hits, tokens)
    if not caps:
        _listed_places(hits, tokens)
    _contrasted(hits, tokens)
    _town_subject(hits, tokens)
    _held_by_a_town(hits, tokens)
    _merged(hits, tokens)
    _compared_towns(hits, tokens)
    _same_county(text, hits, tokens, caps)
    _nature_talk(hits, tokens)
    if not caps:
        _split_definite(hits, tokens)
        _municipal_talk(hits, tokens)
        _it_became(hits, tokens)
        _echoed_answer(hits, tokens)
    _model_says_place(hits, tokens, caps)
    return [h for h in hits if h.confidence > 0]


# small words between a subject and its verb ('tinn har jo rjukan', 'stord sa òg nei')
_SOFTENERS = frozenset({"jo", "no", "nå", "òg", "også"})
_FILLERS_BEFORE_VERB = _SOFTENERS | {"eh", "altså"}  # ('tinn eh har rjukan')
_NEGATED_SOFTENERS = _SOFTENERS | {"ikkje", "ikke", "aldri"}  # ('stord sa aldri ja')
# what a town does or is, right after its name at a clause's start ('tinn har rjukan')
_TOWN_VERBS = frozenset({"har", "hadde", "ble", "blei", "vart", "fikk", "fekk", "får",
                         "kjøper", "kjøpte", "deler", "delte", "ligger", "ligg", "grenser",
                         "grensar", "sa", "sier", "seier", "gikk", "gjekk", "skal", "vil",
                         "må", "kan", "var", "va", "er", "e"})
# a copula: in capitalised text what follows it says too little ('Tinn er eit mjukt metall')
_IS = frozenset({"er", "var", "e", "va"})
# how much the name model's place score must beat its others (weight units)
LOC_MARGIN = 1.0


def _model_says_place(hits: list[Hit], tokens: Sequence[Token], caps: bool) -> None:
    """A municipality named like a word that nothing else decided, at a clause's start in
    lower-case text or at a sentence's start in capitalised text, before what a town does
    or is ('tinn har rjukan', 'storfjord har jo skibotn', 'hole er jo bitte liten', 'Gran
    deler landbrukskontor med nabokommunen'), is the municipality where the name model
    (``model.py``, trained on the development sets' labelled words) scores it a place by
    ``LOC_MARGIN``. Not a definite noun ('sola har gått ned', 'stranda var full'), which
    the sun and the beach are far more often; not before a copula in capitalised text ('Tinn
    er eit mjukt metall'); not an object put first ('Ski har jeg aldri likt', 'moss var det
    mye av'). Unsure: replaced and queued for review."""
    words = None
    model = load_model()
    for h in hits:
        if h.label != "MUNICIPALITY" or h.confidence > 0:
            continue
        i = _token_at(tokens, h.start)
        if i >= len(tokens) or tokens[i].end != h.end or tokens[i].low in STOPWORDS:
            continue
        if words is None:
            words = [t.low for t in tokens]
        if not (i == 0 or tokens[i].sentence_start or words[i - 1] in _SUBJECT_AFTER
                and not caps):
            continue  # (capitalised text: only at a sentence's start, where the capital
            # says nothing)
        low = words[i]
        if _definite_word(low):
            continue
        k = i + 1
        while k < len(words) and words[k] in _FILLERS_BEFORE_VERB:
            k += 1
        if k < len(words) and words[k] in _IS and _as_a_municipality(words, k):
            h.confidence = 0.5  # 'Fjell er borte som kommune': said to be one
            continue
        if k >= len(words) or words[k] not in _TOWN_VERBS or caps and words[k] in _IS \
                or k + 1 < len(words) and (words[k + 1] in ("det", "dét")
                                           or words[k + 1] in SUBJECT_PRONOUNS):
            continue  # ('moss var det mye av på steinene': there was moss; 'Ski har jeg
            # aldri likt', 'Gran har vi planta': the object put first)
        s = model.scores(model_features(words, i))
        if s[2] - max(s[0], s[1]) >= LOC_MARGIN:
            h.confidence = 0.5
            h.info["model"] = True


def _as_a_municipality(words: Sequence[str], k: int) -> bool:
    """After the copula at k, within five words, 'som kommune' ('Fjell er borte som
    kommune', 'Vik er liten som kommune')."""
    return any(words[m] == "som" and words[m + 1].startswith("kommun")
               for m in range(k + 1, min(len(words) - 1, k + 6)))


def _with_neighbours(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """A municipality named like a word, joined by 'og' or 'eller' to its neighbours or
    the rest of its region ('Vik og nabokommunen har …', 'flå og resten av hallingdal',
    'Os eller vertskommunen'), or before its people ('røyken folk'): the municipality,
    unsure, though nothing before it says place."""
    g = gz.load()
    for h in hits:
        if h.label != "MUNICIPALITY" or h.confidence >= 0.6:
            continue
        i = _token_at(tokens, h.start)
        if i + 1 >= len(tokens) or tokens[i].end != h.end or tokens[i].low in STOPWORDS:
            continue
        if tokens[i + 1].low in ("folk", "folka", "folket") and not tokens[i + 1].capital \
                and (i == 0 or tokens[i - 1].low not in DETERMINERS):
            h.confidence = 0.6  # 'det var røyken folk og hurum folk der': its people
            continue
        if i + 2 >= len(tokens) or tokens[i + 1].low not in ("og", "eller"):
            continue
        other = tokens[i + 2].low
        if other.startswith(("nabokommun", "vertskommun", "samarbeidskommun")) or other in (
                "resten", "hele", "heile") and any(
                    t.low in g.places for t in tokens[i + 3:i + 5]):
            h.confidence = 0.6


@lru_cache(maxsize=65536)
def _municipality_named(low: str) -> str:
    """The municipality a one-word name names ('' for none)."""
    if low in STOPWORDS:
        return ""
    for place in gz.load().places.get(gz.search_form(low), ()):
        if place.kind == "municipality" and place.label == "MUNICIPALITY":
            return place.canonical
    return ""


def _town_in_its_municipality(tokens: Sequence[Token], hits: list[Hit]) -> None:
    """A listed town named with its municipality ('Mo i Rana', 'Å i Åfjord', 'Dale i
    Sunnfjord') is two names: the town (PLACE) and the municipality, each masked as what it
    is (not 'Hauge i Dalane': a district)."""
    for n, h in enumerate(hits):
        if h.label != "PLACE" or not h.source.startswith("gazetteer") or h.entry_id is not None:
            continue
        i = _token_at(tokens, h.start)
        if i + 2 >= len(tokens) or tokens[i + 2].end != h.end or tokens[i + 1].low != "i":
            continue
        town = _municipality_named(tokens[i + 2].low)
        if not town:
            continue
        last = tokens[i + 2]
        hits[n] = replace(h, end=tokens[i].end, surface=tokens[i].text, canonical=tokens[i].low)
        hits.append(Hit(last.start, last.end, "MUNICIPALITY", last.text, h.confidence,
                        "gazetteer:municipality", canonical=normalise(town)))


def _parallel_names(text: str, tokens: Sequence[Token], hits: list[Hit]) -> None:
    """Two names of one municipality in a sentence ('storfjord heter omasvuotna på samisk',
    'vi bodde i deatnu altså tana', 'tråante sier de sørsamiske … trondheim'): both are the
    municipality, surely. Adds hits in place (before the unsure ones are weighed)."""
    g = gz.load()
    seen: dict[str, set[str]] = {}
    for tok in tokens:
        name = _municipality_named(tok.low)
        if name:
            seen.setdefault(name, set()).add(tok.low)
    both = {name for name, forms in seen.items() if len(forms) >= 2}
    if not both:
        return
    at = {(h.start, h.end): h for h in hits if h.label == "MUNICIPALITY"}
    for k, tok in enumerate(tokens):
        if _municipality_named(tok.low) not in both:
            continue
        said = " ".join(t.low for t in tokens[k + 1:k + 3])
        if (tok.low in g.surnames or tok.low in g.given) \
                and person_evidence(text, tokens, k) >= 2.0 and not said.startswith((
                "sier de", "seier dei", "sier dei", "sa de", "sa dei",
                "kaller de", "kallar dei", "sier vi", "seier me")):
            continue  # ('harstad han var fotballtrener … fra hárstták': the person; not
            # 'tråante sier de sørsamiske', the name they say)
        for place in g.places.get(gz.search_form(tok.low), ()):
            if place.canonical not in both or place.kind != "municipality":
                continue
            h = at.get((tok.start, tok.end))
            if h is None:
                h = Hit(tok.start, tok.end, "MUNICIPALITY", tok.text, 0.0,
                        "gazetteer:municipality", canonical=normalise(place.canonical),
                        info=place_info(place))
                hits.append(h)
                at[(tok.start, tok.end)] = h
            h.confidence = max(h.confidence, 0.85)
            h.info["strong"] = True  # beats a person guess on the same word
            break


def split_place_hits(text: str, tokens: Sequence[Token]) -> list[Hit]:
    """Lower-case text: a one-word name that speech recognition split in two ('kristian
    sund', 'lille hammer', 'lørens kog', 'guovda geaidnu'), where neither part is the name
    and the joined form is a municipality or a town no word shares. After a place's
    preposition it beats a person's name of the same words ('i kristian sund')."""
    g = gz.load()
    heads = _split_heads()
    hits: list[Hit] = []
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if a.low not in heads or text[a.end:b.start] != " " or not b.low.isalpha():
            continue
        joined = a.low + b.low
        if len(joined) < 7 or joined not in g.places or len(b.low) < 3:
            continue
        places = [p for p in g.places[joined] if p.label in ("MUNICIPALITY", "PLACE")
                  and p.kind in ("municipality", "locality") and not p.common_word
                  and " " not in p.canonical.strip() and "-" not in p.canonical]
        if not places:
            continue
        prev = tokens[i - 1].low if i > 0 else ""
        at_place = prev in SPOKEN_PREPOSITIONS and prev != "hos" or prev in MUNICIPALITY_BEFORE
        place = places[0]
        info = place_info(place)
        if at_place:
            info["strong"] = True  # 'i kristian sund': beats the person 'Kristian Sund'
        hits.append(Hit(a.start, b.end, place.label, text[a.start:b.end],
                        0.75 if at_place else 0.5, f"gazetteer:{place.kind}",
                        canonical=normalise(place.canonical), info=info))
    return hits


@cache
def _split_heads() -> frozenset[str]:
    """Every first part (3 letters or more) of a one-word municipality or town no word
    shares, that leaves 3 letters or more: what a split name may start with."""
    g = gz.load()
    out = set()
    for form, places in g.places.items():
        if len(form) < 7 or not form.isalpha() or not any(
                p.kind in ("municipality", "locality") and not p.common_word for p in places):
            continue
        out.update(form[:k] for k in range(3, len(form) - 2))
    return frozenset(out)


_DEGREE_BEFORE_ADJECTIVE = frozenset({"helt", "heilt", "veldig", "ganske", "litt", "så",
                                      "kjempe", "skikkelig", "skikkeleg", "temmelig"})
_CELEBRATED = frozenset({"feiret", "feira", "feirer", "feirar", "feire", "feiring", "feiringa"})
# where one hurts or blushes: 'vondt i halsa', 'raud i kinn'
_FELT_IN = frozenset({"vondt", "vont", "raud", "rød", "rau", "stiv", "hoven", "såre", "sår"})
# (not 'kaldt i Hovden': the weather of a place)
_IN_PLACE = re.compile(r"\s+(?:i|in)\s+([^\W\d_]+)")


def _inside_municipality(text: str, end: int, form: str, g: gz.Gazetteer) -> bool:
    """The name is followed by 'i <another municipality>' named surely (no ordinary word)."""
    m = _IN_PLACE.match(text, end)
    if not m:
        return False
    after = m.group(1).lower()
    return after != form and any(p.kind == "municipality" and not p.common_word
                                 for p in g.places.get(after, ()))


def _abroad(text: str, end: int, g: gz.Gazetteer) -> bool:
    """The name is followed by 'i <a country>' other than Norway ('Lund i Sverige')."""
    m = _IN_PLACE.match(text, end)
    if not m:
        return False
    country = m.group(1).lower()
    return country in g.world and country not in ("norge", "noreg", "norway") \
        and all(p.label == "NONE" for p in g.places.get(country, ()))


def _is_municipal_cue(low: str) -> bool:
    return low.startswith(MUNICIPAL_CUE_PREFIXES) or low in NAV_BEFORE


def _municipal_talk(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """Lower-case text: a name that is both a word and a municipality, with no place
    word right before it ('ski ble slått sammen med oppegård'), is a municipality when
    the sentence talks about municipalities (kommune, sammenslåing, ordfører, legevakt,
    NAV …, or another municipality named surely), when it is followed by a possessive
    ('sola sin modell'), or when it starts a clause and acts like an organisation ('men
    gran ville ikke betale'). Unsure: replaced and queued for review."""
    if not any(h.label == "MUNICIPALITY" and h.confidence < 0.5 for h in hits):
        return
    bounds = _sentence_bounds(tokens)
    sure_places = {_token_at(tokens, h.start) for h in hits
                   if h.label in ("MUNICIPALITY", "PLACE") and h.confidence >= 0.85}
    towns = {_token_at(tokens, h.start) for h in hits
             if h.label == "MUNICIPALITY" and h.confidence >= 0.7}
    renamed: set[tuple[str, int]] = set()
    for h in hits:
        if h.label != "MUNICIPALITY" or h.confidence >= 0.5:
            continue
        i = _token_at(tokens, h.start)
        if tokens[i].end != h.end or tokens[i].low in STOPWORDS:
            continue  # a genitive ('oss' is not Os's) or a function word
        prev = tokens[i - 1].low if i > 0 else ""
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if nxt in POSSESSIVES and prev not in ARTICLES:
            h.confidence = 0.5
            continue
        lo, hi = bounds[i]
        if prev == "med" and i > 1 and (tokens[i - 2].low in ("sammen", "saman")
                                        or tokens[i - 2].low.startswith(_MERGERS)) and any(
                _is_municipal_cue(tokens[k].low) or k in towns
                for k in range(lo, hi) if k != i):
            h.confidence = 0.5  # 'svelvik ble slått sammen med drammen', 'moss … etter at
            # de slo seg sammen med rygge'
            continue
        if _renamed(tokens, i, towns):
            h.confidence = 0.5  # 'os heter jo ikke os lenger det heter bjørnafjorden'
            renamed.add((tokens[i].low, lo))
            continue
        if prev in DETERMINERS or prev in SPOKEN_PREPOSITIONS or prev in PERSON_BEFORE:
            continue  # 'en time', 'på ski' (already decided), 'med kari'
        if any(_is_municipal_cue(tokens[k].low) for k in range(lo, hi) if k != i):
            h.confidence = 0.5
        elif (i == lo or prev in CLAUSE_STARTS) and _acts(tokens, i):
            h.confidence = 0.45  # 'men gran ville ikke betale', 'lier har hatt ansvaret'
        elif (i == lo or prev in CLAUSE_STARTS or prev in ("ja", "eh", "ehm")) \
                and _is_there(tokens, i + 1):
            h.confidence = 0.45  # 'ehm ja lom det er der mari kommer fra', 'ås er jo der …'
        elif (i == lo or prev in CLAUSE_STARTS or prev in ("ja", "nei", "eh", "ehm")) \
                and nxt in ("altså", "ja") and i + 2 in sure_places:
            h.confidence = 0.45  # 'nei stad altså nordfjordeid der er …': the municipality,
            # then a place in it said surely
        elif (i == lo or prev in CLAUSE_STARTS or prev in ("ja", "nei", "eh", "ehm")) \
                and _place_said_after(tokens, i, sure_places):
            h.confidence = 0.45  # 'grue eh kirkenær der vokste jeg opp', 'sel ja det er
            # otta', 'herøy altså den på sunnmøre', 'vang eh der oppe i valdres'
        elif (i == lo or prev in CLAUSE_STARTS) and nxt in ("har", "hadde", "hade", "er") \
                and _compared_with_us(tokens, i + 2, hi):
            h.confidence = 0.45  # 'bergen har jo mer ressurser enn oss': another municipality
    if renamed:  # the same name again in the sentence ('os heter jo ikke os lenger')
        for h in hits:
            i = _token_at(tokens, h.start)
            if h.label == "MUNICIPALITY" and h.confidence < 0.5 and tokens[i].end == h.end \
                    and (tokens[i].low, bounds[i][0]) in renamed and (
                        i == 0 or tokens[i - 1].low not in POSSESSIVES
                        and not kin_word(tokens[i - 1].low)
                        and tokens[i - 1].low not in PERSONAL_PRONOUNS):
                h.confidence = 0.5


def _town_subject(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """A municipality named like a word, at a clause's start, of which the sentence says
    what only a town is or has ('moss var liksom byen vår', 'marker ligger helt ved
    svenskegrensa', 'sola har jo flyplassen', 'Loppa er en av de minste kommunene'):
    the municipality, though nothing before it says place (``slots.place_predicate``)."""
    sure = {h.start for h in hits if h.label in ("MUNICIPALITY", "PLACE")
            and h.confidence >= 0.85}
    sure_tokens = {_token_at(tokens, s) for s in sure}
    bounds = _Bounds(tokens)
    for h in hits:
        if h.label not in ("MUNICIPALITY", "PLACE") or h.confidence >= 0.7 \
                or not h.source.startswith("gazetteer"):
            continue
        i = _token_at(tokens, h.start)
        if i >= len(tokens) or tokens[i].end != h.end or tokens[i].low in STOPWORDS:
            continue
        if place_predicate(tokens, i) or _holds_place(tokens, i, sure) or (
                i == 0 or tokens[i].sentence_start or tokens[i - 1].low in _SUBJECT_AFTER) \
                and _acts_on_a_municipality(tokens, i, sure_tokens, bounds):
            h.confidence = 0.7
            h.info["predicate"] = True  # beats a lone name ('frøya er en kommune')
        elif (i == 0 or tokens[i].sentence_start) and _acts(tokens, i):
            h.confidence = 0.6  # 'Sola har vedtatt en ny plan'


# a town's buildings named after it, right after its name at a sentence's start
_TOWNS_BUILDINGS = frozenset({"stasjon", "stasjonen", "sentrum", "sykehus", "sjukehus",
                              "rådhus", "bibliotek", "flyplass", "ferjekai", "ferjekaia",
                              "vgs", "kulturhus", "sykehjem", "sjukeheim", "brannstasjon",
                              "politistasjon", "lensmannskontor", "kirke", "kyrkje",
                              "kirkegård", "kyrkjegard", "kyrkjegarden", "gravplass", "bedehus",
                              "kapell", "prosti", "prestegjeld", "prestegård", "prestegard",
                              "skole", "skule", "barneskole", "barneskule", "ungdomsskole",
                              "ungdomsskule", "barnehage", "legesenter", "helsesenter",
                              "omsorgssenter", "bygdetun", "stadion", "idrettsplass",
                              "samfunnshus", "grendehus", "ungdomshus", "folkehøgskole",
                              "folkehøgskule", "kulturskole", "kulturskule", "lufthavn",
                              "hamn", "havn", "storsenter", "storsenteret", "kjøpesenter",
                              "kjøpesenteret"})
_HOLDS_AFTER = CLAUSE_STARTS | {"ja", "eh", "ehm", "nei"}
_NOT_ONLY = frozenset({"jo", "ikke", "ikkje", "egentlig", "eigentleg", "nå", "no", "vel"})


def _holds_place(tokens: Sequence[Token], i: int, sure: set[int]) -> bool:
    """At a clause's start: 'stranda med geiranger har …', 'berg på senja har …': a
    municipality with the place it holds, then what it has or is."""
    if i > 0 and tokens[i - 1].low not in _HOLDS_AFTER:
        return False
    lows = [tokens[k].low if k < len(tokens) else "" for k in range(i + 1, i + 4)]
    if lows[0] in ("er", "var", "e", "va"):
        k = i + 2
        while k < len(tokens) and k < i + 5 and tokens[k].low in _NOT_ONLY:
            k += 1
        # 'Time er egentlig bare Bryne', 'Hol er ikkje berre Geilo': a municipality said
        # to be more than its town
        return k + 1 < len(tokens) and tokens[k].low in ("bare", "berre") \
            and tokens[k + 1].start in sure
    if lows[0] in ("har", "hadde", "omfattar", "omfatter"):
        k = i + 2 + (lows[1] in ("jo", "både", "bade", "òg", "også"))
        # 'Tinn har Rjukan og Atrå': a town holds places (a person has none)
        return k + 2 < len(tokens) and tokens[k].start in sure \
            and tokens[k + 1].low in (",", "og") and tokens[k + 2].start in sure
    return i + 2 < len(tokens) and tokens[i + 2].start in sure and (
        lows[0] == "med" and lows[2] in ("har", "hadde", "er", "var", "ligger", "ligg")
        or lows[0] == "på" and lows[2] in ("har", "hadde"))  # (not 'ski i nordmarka er fint')


# what a town has or got, before the place it holds ('vestby har son', 'holmestrand fikk
# sande')
_HELD_BY = frozenset({"har", "hadde", "fikk", "fekk", "fått", "omfatter", "omfattar"})
# between what a town has and the place ('moss har jo fått rygge')
_BEFORE_HELD = _SOFTENERS | {"fått"}
# the sky and the weather, which a town has too ('oslo har sola')
_SKY = frozenset({"sola", "sol", "regn", "snø", "vind", "tåke", "frost", "is", "sjø", "sjøen",
                  "skog", "skogen", "fjell", "fjellet"})


def _held_by_a_town(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """A place or a municipality named like a word, after a municipality named surely at a
    clause's start and what it has or got ('suldal har jo sand og to andre bygder',
    'vestby har son', 'holmestrand fikk sande', 'moss har jo fått rygge'): the place (a
    village of the municipality, or one merged into it), unsure; not the sky or the land
    ('oslo har sola')."""
    sure = {_token_at(tokens, h.start): h for h in hits
            if h.label == "MUNICIPALITY" and h.confidence >= 0.85}
    if not sure:
        return
    for h in hits:
        if h.label not in ("MUNICIPALITY", "PLACE") or h.confidence >= 0.6 \
                or not h.source.startswith("gazetteer"):
            continue
        i = _token_at(tokens, h.start)
        if i >= len(tokens) or tokens[i].end != h.end or tokens[i].low in _SKY \
                or tokens[i].low in STOPWORDS:
            continue
        k = i - 1
        while k > 0 and tokens[k].low in _BEFORE_HELD and i - k <= 3:
            k -= 1
        if k < 1 or tokens[k].low not in _HELD_BY and tokens[k + 1].low != "fått":
            continue
        town = k - 1
        if town in sure and tokens[town].end == sure[town].end and (
                town == 0 or tokens[town].sentence_start
                or tokens[town - 1].low in _HOLDS_AFTER):
            h.confidence = 0.6


def _is_there(tokens: Sequence[Token], k: int) -> bool:
    """From token k: '(det) er/var (jo/vel) der …', '(ja) der er det …': the word before
    is a place."""
    while k < len(tokens) and tokens[k].low in ("ja", "altså", "eh", "ehm"):
        k += 1
    lows = [tokens[m].low if m < len(tokens) else "" for m in range(k, k + 4)]
    if lows[0] == "der" and lows[1] in ("er", "var", "e", "va", "har", "hadde") \
            and lows[2] in ("det", "dei", "de", "dem"):
        return True  # 'lierne ja der er det jo sørsamisk reindrift'
    m = 1 if lows[0] == "det" else 0
    if lows[m] not in ("er", "var", "e", "va"):
        return False
    m += 1
    if lows[m] in ("jo", "vel"):
        m += 1
    return m < 4 and lows[m] == "der"


_FILLERS_AFTER_A_NAME = SPOKEN_FILLERS | {"nei"}  # 'grue eh flisa', 'sel ja det er otta'
# after 'der' at a clause's start: where something is or goes on ('der oppe', 'der bodde')
_THERE_NEXT = frozenset({"oppe", "nede", "ute", "inne", "borte", "oppi", "nedi", "vokste",
                         "vaks", "bor", "bur", "bodde", "budde", "jobba", "jobber", "jobbar",
                         "ligger", "ligg", "låg", "lå"})
# between 'heter' and a name ('os heter jo ikke os lenger', 'mandal heter lindesnes nå')
_CALLED_GAP = frozenset({"jo", "vel", "nå", "no", "ikke", "ikkje", "itte", "lenger", "lengre",
                         "det", "eh", "altså", "faktisk", "bare", "berre"})


def _place_said_after(tokens: Sequence[Token], i: int, sure: set[int]) -> bool:
    """After token i at a clause's start and a filler or two ('eh', 'ja', 'altså'): a place
    said surely ('grue eh kirkenær', 'kvam norheimsund'), 'der oppe' / 'der vokste …'
    ('vang eh der oppe i valdres'), 'det er' and a sure place ('sel ja det er otta'), or
    'den på/i' and a sure place ('herøy altså den på sunnmøre'): token i names the place
    the talk is about. Not where a person's pronoun follows ('kari eh der var hun')."""
    n = len(tokens)
    k = i + 1
    while k < n and k - i <= 2 and tokens[k].low in _FILLERS_AFTER_A_NAME:
        k += 1
    if k >= n:
        return False
    lows = [tokens[m].low if m < n else "" for m in range(k, k + 4)]
    if any(w in PERSONAL_PRONOUNS for w in lows[:3]):
        return False
    if k in sure:
        return k > i + 1 or not tokens[k].sentence_start  # ('kvam norheimsund øystese')
    if lows[0] == "der" and lows[1] in _THERE_NEXT:
        return not _definite_word(tokens[i].low)  # (not 'nesset der ute': the headland)
    if lows[0] in ("det", "dette") and lows[1] in ("er", "e", "var", "va"):
        m = k + 2 + (lows[2] in ("jo", "vel"))
        return m in sure
    return lows[0] == "den" and lows[1] in ("i", "på") and k + 2 in sure


def _renamed(tokens: Sequence[Token], i: int, towns: set[int]) -> bool:
    """Token i is the old or the new name of a municipality named surely on the other side
    of 'heter' within a few words ('os heter jo ikke os lenger det heter bjørnafjorden',
    'mandal heter lindesnes nå', 'flora heter ikke flora lenger nå heter det kinn'); not a
    person's name after a possessive or a kin word ('søstera mi flora')."""
    n = len(tokens)
    prev = tokens[i - 1].low if i > 0 else ""
    if prev in POSSESSIVES or kin_word(prev) or prev in PERSONAL_PRONOUNS:
        return False
    calls = [k for k in range(max(0, i - 6), min(n, i + 7))
             if tokens[k].low in CALLED]
    for k in calls:
        between = range(min(i, k) + 1, max(i, k))
        if not all(tokens[m].low in _CALLED_GAP or tokens[m].low == tokens[i].low
                   for m in between):
            continue  # token i is the subject or the name right after 'heter'
        # the other name right at 'heter', a subject before it not governed by a
        # preposition ('læreren i mandal heter lindesnes' is a person)
        if k > i:
            other = [t for t in towns if k < t <= k + 4
                     and all(tokens[m].low in _CALLED_GAP for m in range(k + 1, t))]
        else:
            other = [t for t in towns if k - 4 <= t < k
                     and all(tokens[m].low in _CALLED_GAP for m in range(t + 1, k))
                     and (t == 0 or tokens[t - 1].low not in SPOKEN_PREPOSITIONS)]
        if any(tokens[t].low != tokens[i].low for t in other):
            return True
    return False


def _compared_with_us(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """'… enn oss', '… enn det vi har': the speaker's own place compared with another."""
    for k in range(lo, min(hi, len(tokens)) - 1):
        if tokens[k].low == "enn":
            m = k + 1
            if m < len(tokens) and tokens[m].low == "det":
                m += 1
            after = tokens[m].low if m < len(tokens) else ""
            verb = tokens[m + 1].low if m + 1 < len(tokens) else ""
            # 'enn oss', 'enn det vi har' (not 'mer varme enn vi trenger')
            return after == "oss" or after in ("vi", "me") and verb in (
                "har", "hadde", "hade", "gjør", "gjer", "gjorde", "gjorde", "får", "fekk", "fikk")
    return False


def _acts(tokens: Sequence[Token], i: int) -> bool:
    """The word at ``i`` is followed by what an organisation does: a deciding verb
    ('valgte', 'innførte', 'ville'), or 'har/hadde (jo) hatt/valgt/innført …'."""
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if nxt in AGENT_VERBS:
        return True
    if nxt in ("har", "hadde", "hade"):
        k = i + 2
        while k < len(tokens) and tokens[k].low in ("jo", "vel", "nok", "også", "og"):
            k += 1
        return k < len(tokens) and tokens[k].low in AGENT_PARTICIPLES
    return False


def _sentence_bounds(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """For each token: the token range of its sentence."""
    out: list[tuple[int, int]] = []
    start = 0
    for k in range(1, len(tokens) + 1):
        if k == len(tokens) or tokens[k].sentence_start:
            out += [(start, k)] * (k - start)
            start = k
    return out


COORDINATORS = frozenset({"og", "eller", "and", "or"})


def _coordinated(hits: list[Hit], tokens: Sequence[Token], caps: bool = False) -> None:
    """A name that is also a word, listed next to a sure municipality ('stange, løten og
    hamar', 'Frøya og Hitra'), is a municipality too (unsure: it goes to review). Where the
    text writes names with capitals, a word in lower case is none ('Fjell og fjord')."""
    by_token = {_token_at(tokens, h.start): h for h in hits if h.label == "MUNICIPALITY"
                and not (caps and not tokens[_token_at(tokens, h.start)].capital)}
    if caps:  # a sure village or town ('Tinn og Rjukan'): a partner, never a weak side
        for h in hits:
            k = _token_at(tokens, h.start)
            if h.label == "PLACE" and h.confidence >= 0.9 and tokens[k].capital \
                    and h.source == "gazetteer:locality":
                by_token.setdefault(k, h)
    for _ in range(2):  # chains: a b og c
        for i, h in by_token.items():
            if h.confidence >= 0.8:
                if any(_joined(tokens, i, step, by_token) for step in (-1, 1)):
                    h.info["coordinated"] = True  # beats a given-name guess ('Frøya')
                    k = i - 2 if i > 1 and tokens[i - 1].low in COORDINATORS else i - 1
                    if _joined(tokens, i, -1, by_token) and k > 0 \
                            and tokens[k - 1].low in STRONG_PREPOSITIONS \
                            and tokens[k + 1].start - tokens[k].end == 1:  # (no comma:
                        # 'til Harstad, og Harstad var navnet på læreren')
                        h.info["governed"] = True  # 'i Drammen og Lier bruker …': one
                        # preposition governs both, whatever verb follows
                continue
            for step in (-1, 1):
                j = i + step
                if 0 <= j < len(tokens) and tokens[j].low in COORDINATORS:
                    j += step
                other = by_token.get(j)
                governed = step == -1 and j > 0 and tokens[j - 1].low in STRONG_PREPOSITIONS \
                    and other is not None and other.confidence >= 0.75 and not caps
                if other is not None and (other.confidence >= 0.8 or governed) \
                        and other is not h:
                    # ('i bergen og ski': one preposition governs both)
                    h.confidence = max(h.confidence, 0.8 if other.confidence >= 0.85 else 0.7)
                    h.info["coordinated"] = True
                    break
                # two names that are both words and both municipalities, joined by a
                # coordinator ('mellom gran og lunner', 'time og klepp'): places, unsure
                if (other is not None and other is not h and j != i + step
                        and not (tokens[i].capital and tokens[j].capital)
                        and not (definite_noun(tokens[i].low) and definite_noun(tokens[j].low))
                        and not (tokens[i].low in LANDSCAPE and tokens[j].low in LANDSCAPE)
                        and _bare(tokens, i) and _bare(tokens, j)
                        and min(zipf(tokens[i].low, ("nb",)),
                                zipf(tokens[j].low, ("nb",))) < COMMON_NOUN_ZIPF):
                    h.confidence = max(h.confidence, 0.65)
                    other.confidence = max(other.confidence, 0.65)



def _one_word_places(hits: Sequence[Hit], tokens: Sequence[Token]) -> dict[int, Hit]:
    """The place and municipality hits of one token each, by that token's index."""
    out = {}
    for h in hits:
        if h.label in ("MUNICIPALITY", "PLACE"):
            i = _token_at(tokens, h.start)
            if i < len(tokens) and tokens[i].end == h.end:
                out[i] = h
    return out


_HOME = frozenset({"heim", "hjem", "heime", "hjemme"})


def _listed_places(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """Lower-case text: a town named like a word, listed by 'og'/'eller' with a place named
    surely ('kapp og lena og skreia det er østre toten', 'vestby og hvitsten og son'), is a
    place too (unsure). Chains count: one sure place carries the list."""
    by_token = _one_word_places(hits, tokens)
    if len(by_token) < 2 or not any(h.confidence >= 0.85 for h in by_token.values()):
        return
    changed = True
    while changed:
        changed = False
        for i, h in by_token.items():
            if h.confidence >= 0.65 or not _bare(tokens, i) or tokens[i].low in _HOME:
                continue  # ('køyrde over strynefjellet og heim': home)
            for j in (i - 2, i + 2):
                other = by_token.get(j)
                if other is not None and other.confidence >= 0.65 \
                        and tokens[(i + j) // 2].low in COORDINATORS and _bare(tokens, j):
                    h.confidence = 0.65
                    h.info["coordinated"] = True
                    changed = True
                    break
            else:
                if any(j in by_token and by_token[j].confidence >= 0.6
                       and _same_preposition_again(tokens, i, j)
                       for j in (i - 4, i - 3, i + 3, i + 4)):
                    h.confidence = 0.65  # 'vi var på time og så på klepp og så på bryne':
                    h.info["coordinated"] = True  # one preposition said again
                    changed = True


def _same_preposition_again(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i and j follow the same place preposition, joined by 'og (så)': 'på time og
    så på klepp', 'i lom og i skjåk'."""
    a, b = min(i, j), max(i, j)
    if a < 1 or tokens[a - 1].low not in ("på", "i", "til", "fra", "frå"):
        return False
    between = [t.low for t in tokens[a + 1:b]]
    return between[:1] == ["og"] and between[-1:] == [tokens[a - 1].low] \
        and (len(between) == 2 or len(between) == 3 and between[1] in ("så", "då", "da"))


_REPAIRS = frozenset({"nei", "eller", "altså", "mener", "meiner"})
_SWITCH = frozenset({"men", "eller", "og"})


def _contrasted(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """Two places set against each other, or one put right by the other: 'ikke time men
    klepp', 'i stange eller på hamar', 'ski eh nei ås'. A name that is a word too is the
    place when the other is a place the gazetteer holds (unsure: it goes to review)."""
    by_token = _one_word_places(hits, tokens)
    if len(by_token) < 2:
        return
    lows = [t.low for t in tokens]
    for i, h in by_token.items():
        for j, both_weak in _contrast_partners(lows, i):
            other = by_token.get(j)
            if other is None or not _bare(tokens, i) or not (
                    _bare(tokens, j) or lows[j - 2:j] in (["var", "det"], ["kanskje", "det"])):
                continue  # ('eller var det stranda': 'det' is the subject, no article)
            for weak, strong in ((h, other), (other, h)):
                # 'ikke time men klepp': two municipalities named like words, set against
                # each other; a repair ('eide nei sande') needs a sure place on one side
                if weak.confidence < 0.65 and weak.label in ("MUNICIPALITY", "PLACE") and (
                        strong.confidence >= 0.7
                        or both_weak and strong.label == "MUNICIPALITY"
                        and weak.label == "MUNICIPALITY"):
                    weak.confidence = 0.65
                    weak.info["coordinated"] = True  # beats a person guess ('ås hun')


def _contrast_partners(lows: Sequence[str], i: int) -> list[tuple[int, bool]]:
    """Tokens set against token i: 'ikke X men (i) Y', 'X eller/og på Y', 'X eh nei Y';
    and whether the frame alone says both are places ('ikke X men Y')."""
    out: list[tuple[int, bool]] = []
    n = len(lows)
    k = i + 1
    if i > 0 and lows[i - 1] in NEGATIONS and k < n and lows[k] == "men":
        k += 1
        if k < n and lows[k] in SPOKEN_PREPOSITIONS:
            k += 1
        out.append((k, True))
    k = i + 1
    if k + 1 < n and lows[k] in _SWITCH and lows[k + 1] in SPOKEN_PREPOSITIONS:
        out.append((k + 2, False))  # 'i stange eller på hamar'
    if k + 2 < n and lows[k] in _SWITCH and lows[k + 1] == "så" \
            and lows[k + 2] in SPOKEN_PREPOSITIONS:
        out.append((k + 3, False))  # 'på time og så på klepp'
    if k < n and lows[k] in ("kommune", "kommun", "herad"):
        k += 1  # 'time kommune eller var det klepp'
    if lows[k:k + 3] in (["eller", "var", "det"], ["eller", "kanskje", "det"]):
        m = k + 3
        while m < n and lows[m] in ("kanskje", "i", "på", "eh"):
            m += 1
        out.append((m, False))  # 'i sykkylven eller var det stranda'
    if k + 1 < n and lows[k] in NEGATIONS:
        out.append((k + 1, False))  # 'Time kommune som betalte, ikkje Klepp' (one sure)
    k = i + 1
    while k < n and lows[k] in HESITATIONS:
        k += 1
    if k > i + 1 or k < n and lows[k] in _REPAIRS:
        while k < n and (lows[k] in HESITATIONS or lows[k] in _REPAIRS):
            k += 1
        if k > i + 1 and k < n and any(lows[m] in ("nei", "mener", "meiner")
                                       for m in range(i + 1, k)):
            out.append((k, False))  # 'ski eh nei ås mener jeg'
    if (i == 0 or lows[i - 1] in HESITATIONS) and i + 2 < n and lows[i + 1] in ("ja", "altså"):
        out.append((i + 2, False))  # 'tinn ja rjukan altså': the town named after the place
    return [(j, both) for j, both in out if j < n]


_BECAME = frozenset({"ble", "blei", "vart", "er", "e", "blir", "blitt", "vorte"})
_ADVERBS_AFTER_IS = frozenset({"jo", "vel", "nå", "no", "en", "ein", "del", "av", "egentlig",
                               "eigentleg", "også", "og", "òg"})


# what follows a place's name said back as an answer ('sola ja vi bodde i sola')
_ECHO_AFTER = HESITATIONS | {"ja", "nei", "altså", "jo"}
# and then who lived there, or 'der' ('sola ja vi bodde …'; not 'vang ja han var rektor')
_WE_THERE = frozenset({"vi", "me", "jeg", "eg", "æ", "der"})


def _echoed_answer(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """Lower-case text: a municipality named like a word, said at the text's start and
    followed by 'ja', 'altså' or a hesitation and by the speaker or 'der', where the text
    names it again as a place ('sola ja vi bodde i sola', 'lier ja vi bodde i lier'): the
    answer to where, said back (not 'ski ja vi gikk på ski', where the word is never a
    place, nor 'vang ja han var rektor i vang': a person). A rarer word so said, after a
    hesitation too, before 'det er' or the speaker, where the text names another place, is
    the municipality as well, unsure ('eh alver ja vi bor i knarvik', 'tysnes ja det er
    jo ei øy og der bor …' where another place is named surely)."""
    placed = {h.canonical for h in hits if h.label == "MUNICIPALITY" and h.confidence >= 0.75}
    other = any(h.label in ("MUNICIPALITY", "PLACE") and h.confidence >= 0.75 for h in hits)
    if not other:
        return
    first = 1 if len(tokens) > 1 and tokens[0].low in HESITATIONS else 0  # ('eh alver ja')
    for h in hits:
        if h.label != "MUNICIPALITY" or h.confidence > 0 or h.start != tokens[first].start \
                or tokens[first].end != h.end or len(tokens) < first + 4 \
                or tokens[first + 1].low not in _ECHO_AFTER:
            continue
        then = tokens[first + 2].low, tokens[first + 3].low
        if h.canonical in placed and first == 0 and then[0] in _WE_THERE:
            h.confidence = 0.75
        elif h.canonical not in placed and (then[0] in _WE_THERE or then == ("det", "er")) \
                and zipf(tokens[first].low, ("nb",)) < COMMON_NOUN_ZIPF:
            h.confidence = 0.65  # 'alver ja vi bor i knarvik': a rarer word said first and
            # then another place (unsure; not 'ski ja vi gikk på ski i trysil': a word too
            # common)


def _it_became(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """Lower-case text: 'før det ble asker', 'det er vel stad no', 'åsane det er jo bergen':
    a municipality named like a word, after 'det ble / det er', where the sentence names
    another place — what a place became or belongs to (unsure)."""
    if not any(h.label in ("MUNICIPALITY", "PLACE") and h.confidence >= 0.65 for h in hits):
        return
    for h in hits:
        if h.label != "MUNICIPALITY" or h.confidence >= 0.5:
            continue
        i = _token_at(tokens, h.start)
        if tokens[i].end != h.end:
            continue
        k = i - 1
        while k > 0 and tokens[k].low in _ADVERBS_AFTER_IS and k > i - 4:
            k -= 1
        became = k >= 1 and tokens[k].low in _BECAME and tokens[k - 1].low in ("det", "dette")
        became = became or k >= 1 and tokens[k].low in ("alt", "alle", "alt sammen") \
            and (tokens[k - 1].low in _BECAME - {"er", "e"}  # 'så ble alt asker'
                 or k >= 2 and tokens[k - 1].low == "er" and tokens[k - 2].low in ("nå", "no"))
        became = became or k >= 1 and tokens[k].low in ("er", "ble", "vart", "blei") \
            and tokens[k - 1].low in ("som", "nå", "no", "jo") and any(
                t.low == "som" for t in tokens[max(0, k - 4):k])  # 'vågsøy som jo nå er kinn'
        became = became or k >= 1 and tokens[k].low == "det" and tokens[k - 1].low in (
            "heter", "heiter", "het", "heitte")  # 'men no heiter det jo alver'
        became = became or k >= 1 and tokens[k].low in ("bli", "blitt", "verte") \
            and tokens[k - 1].low in MODAL_WORDS  # 'flora og vågsøy skulle bli kinn'
        became = became or k >= 2 and tokens[k].low == "det" \
            and tokens[k - 1].low in ("ble", "blei", "vart") \
            and tokens[k - 2].low in ("så", "da", "då", "nå", "no", "og")  # 'så ble det stad'
        named = k >= 1 and tokens[k].low in ("det", "den") and tokens[k - 1].low in (
            "kalte", "kalla", "kalt", "døpte", "døypte")  # 'og kalte det heim'
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        following = " ".join(t.low for t in tokens[i + 1:i + 4])
        if following.startswith(("som det het", "som det heitte", "som det hette")) \
                or i > 0 and tokens[i - 1].low in ("het", "heitte", "hette") \
                and nxt in ("før", "tidligere", "tidlegare", "opprinnelig", "opphavleg"):
            became, nxt = True, ""  # 'nordre follo eller ski som det het da', 'nesbyen het
            # nes før': a town's old name
        if not (became or named):
            continue
        if (nxt in ("", "no", "nå", "men", "og", "altså", "da", "då", "sant", "ikke", "ikkje",
                    "uansett", "likevel", "etterpå", "også", "òg", "til", "fra", "frå")
                or following.startswith(("alt sammen", "alt saman", "sammen med",
                                         "saman med"))) \
                and any(o is not h and o.label in ("MUNICIPALITY", "PLACE")
                        and o.confidence >= 0.65 for o in hits):
            h.confidence = 0.5


def _split_definite(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """Lower-case text: speech recognition wrote a definite noun in two ('på berg et og
    så', 'ned til strand en i fjæra'): a word named like a municipality, then 'en'/'et'
    that no noun follows, where the two make a frequent word. The word, not the place."""
    n = len(tokens)
    for h in hits:
        if h.label not in ("MUNICIPALITY", "PLACE") or h.confidence >= 0.8 \
                or not h.source.startswith("gazetteer") or h.info.get("strong"):
            continue
        i = _token_at(tokens, h.start)
        if i + 1 >= n or tokens[i].end != h.end or tokens[i + 1].low not in ("en", "et", "a"):
            continue
        after = tokens[i + 2].low if i + 2 < n else ""
        if (not after or after in STOPWORDS or after in HESITATIONS or after in MODAL_WORDS
                or after in ("der", "her", "altså")) \
                and zipf(tokens[i].low + tokens[i + 1].low, ("nb",)) >= 2.5:
            h.confidence = 0.0


# before 'i' and a noun of nature: sitting or lying in it, oneself ('tørka oss i sola')
_IN_NATURE_AFTER = PLACE_VERBS_OF_WORDS - {"var"} | {"oss", "seg", "meg", "deg", "dykk",
                                                      "dere", "lå", "låg", "sola", "sov"}
# a trip somewhere: 'på tur til', 'ferie på', 'besøkte'
_TRIP_WORDS = frozenset({"tur", "turen", "ferie", "ferien", "feriene", "besøk", "besøkte",
                         "besøkt", "dro"})  # (PLACE_CUES has living, moving, cabins)
# the definite nouns of nature that name municipalities or places too
_NATURE_PLACES = frozenset({"osen", "leira", "vika", "lia", "dalen", "haugen", "bakken",
                            "sanden", "holmen", "odden", "neset", "fjæra"})


def _nature_talk(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """A word that names a municipality too, in the definite form of a noun of nature
    ('osen', 'stranda', 'sola', 'lyngen'), unsure and with nothing that says town, next to
    a word of nature that is no place ('ved osen der elva renn ut', 'satt i lyngen og så
    utover havet'): the word. Not where one comes from or goes to ('fra salten'), nor
    'i' a place but after sitting or lying ('satt i lyngen'), nor a place with the
    municipality it lies in after it ('på tangen i stange')."""
    candidates = [h for h in hits if h.label in ("MUNICIPALITY", "PLACE")
                  and h.confidence < 0.8 and h.source.startswith("gazetteer")
                  and not (h.info.get("strong") or h.info.get("predicate")
                           or h.info.get("coordinated"))
                  and (h.surface.lower() in NATURE_WORDS
                       or h.surface.lower() in _NATURE_PLACES)]  # (not 'på leka')
    if not candidates:
        return
    placed = {k for h in hits if h.label in ("MUNICIPALITY", "PLACE") and h.confidence > 0
              for k in range(_token_at(tokens, h.start), _token_at(tokens, h.end - 1) + 1)}
    lows = [t.low for t in tokens]
    for h in candidates:
        i = _token_at(tokens, h.start)
        if i >= len(tokens) or tokens[i].end != h.end:
            continue
        prev = lows[i - 1] if i > 0 else ""
        prev2 = lows[i - 2] if i > 1 else ""
        if prev in FROM_WORDS or prev == "til" or prev == "i" and i > 1 \
                and prev2 not in _IN_NATURE_AFTER:
            continue  # ('bodde i lyngen', 'elva i aure'; but 'satt i lyngen', 'tørka oss
            # i sola')
        if i + 2 < len(tokens) and lows[i + 1] in ("i", "på") and i + 2 in placed:
            continue  # 'på rena i åmot': a place in a municipality
        near = range(max(0, i - 5), min(len(tokens), i + 6))
        if any(lows[k] in NATURE_WORDS and k not in placed for k in near if k != i) \
                and not any(lows[k] in PLACE_CUES or lows[k] in _TRIP_WORDS for k in near):
            h.confidence = 0.0  # (not 'vi hadde hytte på stranda ved fjorden': a town
            # where people live, work or travel)


# a sports club named after its place: 'Vik IL', 'grue if' (the place part is labelled)
_CLUB_AFTER = CLUB_LETTERS | {"idrettslag", "idrettslaget", "ballklubb", "turn",
                              "turnforening"}
# what only a municipality has, after its genitive: 'Askims ordfører' (not 'Hansens modell')
_ONLY_A_TOWNS = frozenset({"byråd", "byrådet", "ordfører", "ordførar", "ordføreren",
                           "ordføraren", "rådmann", "rådmannen", "kommunestyre",
                           "kommunestyret", "formannskap", "formannskapet", "kommunedirektør",
                           "kommuneplan", "legevakt", "innbyggere", "innbyggarar",
                           "innbyggjarar", "befolkning", "sentrum", "havn", "hamn"})
_MERGE_VERBS = frozenset({"ble", "blei", "vart", "blir", "vert", "blitt", "vorte"})
_MERGE_GAP = frozenset({"jo", "vel", "nå", "no", "også", "òg", "til", "en", "ei", "ein", "et",
                        "eit", "del", "av", "sammen", "saman", "med", "slått", "slegen",
                        "slege", "innlemma", "innlemmet", "i", "etter", "hvert", "kvart",
                        "eh", "ehm", "altså", "liksom", "faktisk"})
_MERGE_SAYS = ("del av", "sammen med", "saman med", "innlemma i", "innlemmet i")


def _merged(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """A municipality merged into another: 'svelvik ble jo også drammen', 'rygge ble jo en
    del av moss', 'Ski ble til Nordre Follo'. Where one side is a sure municipality, or the
    words between say merger ('en del av', 'slått sammen med'), a side named like a word is
    the municipality too (unsure: it goes to review)."""
    by_token = {i: h for i, h in _one_word_places(hits, tokens).items()
                if h.label == "MUNICIPALITY"}
    for h in hits:  # a name of several words on the sure side ('til nordre follo')
        if h.label == "MUNICIPALITY" and h.confidence >= 0.85:
            by_token.setdefault(_token_at(tokens, h.start), h)
    lows = [t.low for t in tokens]
    for i, a in by_token.items():
        k = i + 1
        if k >= len(lows) or lows[k] not in _MERGE_VERBS:
            continue
        k += 1
        while k < len(lows) and k - i <= 8 and lows[k] in _MERGE_GAP:
            k += 1
        b = by_token.get(k)
        if b is None or b is a:
            continue
        between = " ".join(lows[i + 1:k])
        says = any(w in between for w in _MERGE_SAYS)
        if not (says or max(a.confidence, b.confidence) >= 0.85):
            continue
        for weak in (a, b):
            if weak.confidence < 0.6 and _bare(tokens, _token_at(tokens, weak.start)):
                weak.confidence = 0.6
                weak.info["coordinated"] = True  # beats a person guess


def _compared_towns(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """A municipality named like a word, compared by 'enn' with one named surely ('sola har
    jo vokst mye mer enn randaberg', 'det var billigere enn drammen' after 'til lier'), or
    the old one after 'i gamle' ('i gamle fet'): the municipality (unsure)."""
    by_token = {i: h for i, h in _one_word_places(hits, tokens).items()
                if h.label == "MUNICIPALITY"}
    sure = [i for i, h in by_token.items() if h.confidence >= 0.75]
    lows = [t.low for t in tokens]
    for i, h in by_token.items():
        if h.confidence >= 0.6 or not _bare(tokens, i) or tokens[i].low in STOPWORDS:
            continue  # (not 'enn oss')
        after = i > 0 and lows[i - 1] == "enn" and any(s < i - 1 for s in sure)
        before = (i == 0 or tokens[i - 1].low in _HOLDS_AFTER) and any(
            s > i and lows[s - 1] == "enn" for s in sure)
        old = i > 1 and lows[i - 1] == "gamle" and lows[i - 2] in ("i", "fra", "frå")
        if after or before or old:
            h.confidence = 0.6
            h.info["coordinated"] = True  # beats a person guess


def _counties(name: str) -> frozenset[str]:
    """The counties a municipality of this name has been in."""
    return frozenset(c for p in gz.load().places.get(gz.search_form(name.lower()), ())
                     if p.kind == "municipality" for c in p.counties)


def _same_county(text: str, hits: list[Hit], tokens: Sequence[Token], caps: bool) -> None:
    """A municipality named like a word, in a sentence that surely names another
    municipality of its county ('stad er gamle selje og eid', 'notodden er vertskommune
    for tinn', 'frei ble slukt av kristiansund'): the municipality (unsure)."""
    sure = [h for h in hits if h.label == "MUNICIPALITY" and h.confidence >= 0.8]
    if not sure:
        return
    for h in hits:
        if h.label != "MUNICIPALITY" or h.confidence >= 0.6 \
                or not h.source.startswith("gazetteer"):
            continue
        i = _token_at(tokens, h.start)
        if i >= len(tokens) or tokens[i].end != h.end or not _word_as_name(tokens, i, caps):
            continue
        mine = _counties(h.info.get("name", h.surface))
        if any(o is not h and o.canonical != h.canonical
               and mine & _counties(o.info.get("name", o.surface)) for o in sure):
            h.confidence = 0.6
            if person_evidence(text, tokens, i) < 1.0:
                h.info["coordinated"] = True  # beats a person guess ('han mente frøya';
                # not 'Frøya er lærlingen vår')


def _word_as_name(tokens: Sequence[Token], i: int, caps: bool) -> bool:
    """Token i stands where a name can, not where its word does: not after a determiner,
    an adjective or a subject ('vi måtte rygge inn', 'han eide gården', 'arabisk time'),
    not 'på ski', not 'heim' or 'i stad' (home, just now); capitalised where capitals
    count."""
    tok = tokens[i]
    prev = tokens[i - 1].low if i > 0 else ""
    if caps and not tok.capital or not _bare(tokens, i) or tok.low in STOPWORDS \
            or tok.low in _HOME or tok.low == "stad" and prev == "i":
        return False
    if prev in SUBJECT_PRONOUNS or prev.endswith(("isk", "ig", "lig")) and common_word(prev):
        return False
    return not (prev == "på" and zipf(tok.low, ("nb",)) >= VERY_COMMON_ZIPF)


def _joined(tokens: Sequence[Token], i: int, step: int, by_token: dict[int, Hit]) -> bool:
    """A sure municipality next to token i, joined by a coordinator or a comma."""
    j = i + step
    if 0 <= j < len(tokens) and tokens[j].low in COORDINATORS:
        j += step
    other = by_token.get(j)
    return other is not None and other.confidence >= 0.85 and \
        other.info.get("kind") == "municipality" and j != i


def _bare(tokens: Sequence[Token], i: int) -> bool:
    """Not a noun with a determiner or adjective before it ('ei gran', 'stor sol')."""
    return i == 0 or tokens[i - 1].low not in DETERMINERS


def place_info(place: gz.Place) -> dict[str, Any]:
    """What generalisation needs: the county now (unless the name was shared by several
    municipalities at once and nothing says which), and the regions."""
    return {"kind": place.kind, "name": place.canonical,
            "county": "" if place.shared_name else place.county_now,
            "regions": place.regions}


def _double_name_after(text: str, pos: int, tokens: Sequence[Token], caps: bool,
                       g: gz.Gazetteer) -> bool:
    """After a hyphen at pos - 1: a second name ('Berg-Hansen', 'kari berg-hansen'), not
    a word ('Hamar-kontoret')."""
    if caps:
        return text[pos:pos + 1].isupper()
    k = _token_at(tokens, pos)
    low = tokens[k].low if k < len(tokens) and tokens[k].start == pos else ""
    return low in g.surnames and not surname_word(low) \
        or low in g.given and low not in g.given_words


def _strong_context(prev: str, nxt: str, hyphen_after: bool, cited: bool = False,
                    given_before: bool = False) -> bool:
    """'Hamar kommune', 'kommunen Hamar', 'NAV Hamar', 'Hamar-kontoret'; ``cited``: the name
    is cited as an author in the text ('Sande-modellen (Sande og Moen, 2013)': a person)."""
    return (nxt in KOMMUNE_AFTER or nxt in _CLUB_AFTER or nxt in MUNICIPAL_SERVICES
            or nxt in ORG_AFTER_TOWN and not given_before  # (not 'Kari Lund Kor')
            or prev in NAV_BEFORE
            or prev in KOMMUNE_BEFORE
            or prev.endswith(("kommunen", "kommuna"))
            or (hyphen_after and (nxt not in COMMITTEES
                                  or nxt in TOWN_OR_PERSON_HEADS and not cited)
                and not given_before))
    # ('Kvamsdal-utvalget': a person; 'Hemnes-modellen': the place, called only for places;
    # 'Kari Moss-saken': a given name before it makes it her surname)


def _no_given_name(low: str) -> bool:
    """``low`` is no given name, or one that is a word too ('jo', 'dag')."""
    g = gz.load()
    return low not in g.given or low in g.given_words


def _county_after(text: str, end: int, g: gz.Gazetteer) -> bool:
    """'Bø i Telemark', 'Os i Hordaland': a county named right after the name."""
    m = _IN_COUNTY.match(text, end)
    if not m:
        return False
    after = m.group(1).lower()
    # a county, or a district of one ('gran på hadeland', 'bø i vesterålen')
    return after in g.county_names or any(p.kind == "region" and p.label == "PLACE"
                                          for p in g.places.get(after, ()))


_PUBLISHER = re.compile(r":\s?[A-ZÆØÅ][\w-]*(?:forlag|forlaget|Press|Publishing|Books|Gyldendal|"
                        r"Cappelen|Samlaget|Abstrakt|Aschehoug|Pax|Oktober|Spartacus|Damm)")
# a reference's publisher that is a university or goes by its letters ('Ås: NMBU.'), after
# the year of a reference ('(2016).')
_PUBLISHING_BODY = re.compile(r":\s?(?:Universitetet|Universitetsforlaget|Høgskolen|Høgskulen|"
                              r"Høyskolen|Norges|[A-ZÆØÅ]{2,6}[.,\s])")
_YEAR_DOT = re.compile(r"\(\d{4}[a-z]?\)\.")
# '(nå Hustadvika)', '(i dag Kinn)': what a municipality is called since a merger
_NOW_CALLED = re.compile(r"\s?\((?:nå|no|i dag|idag|seinare|senere)\s+(?:del av\s+|en del av\s+"
                         r"|ein del av\s+)?([A-ZÆØÅ][\wæøå-]+(?:\s[A-ZÆØÅ][\wæøå-]+)?)\)")


def _former(tokens: Sequence[Token], i: int) -> bool:
    """'i gamle Selje', 'frå gamle eide': the old municipality after a preposition (not
    'på gamle ski': old skis)."""
    return i > 1 and tokens[i - 1].low in ("gamle", "gamla") \
        and tokens[i - 2].low in ("i", "fra", "frå", "ifra", "ifrå", "til")


def _renamed_since(text: str, end: int, g: gz.Gazetteer) -> bool:
    """'Fræna (nå Hustadvika)': a name, then in brackets the municipality it is part of."""
    m = _NOW_CALLED.match(text, end)
    return m is not None and any(p.kind == "municipality" for p in g.places.get(
        normalise(m.group(1)), ()))


_IN_COUNTY = re.compile(r"\s+(?:(?:er|var|ligger|ligg|lå|låg|jo|nå|no|vel|også)\s+){0,3}"
                        r"(?:i|på)\s+([\wæøåÆØÅ-]+(?:\s+og\s+[\wæøåÆØÅ-]+)?)")


# what a municipality was before or after ('før sammenslåinga', 'etter kommunereformen')
_MERGERS = ("sammenslå", "samanslå", "kommunesammenslå", "kommunesamanslå", "kommunereform",
            "reformen")


def _place_confidence(place: gz.Place, tok: Token, prev: str, nxt: str, hyphen_after: bool,
                      caps: bool, *, genitive: bool, prev2: str = "",
                      county_next: bool = False, next2: str = "",
                      next_spaced: bool = True, given_before: bool = False) -> float:
    strong = _strong_context(prev, nxt, hyphen_after, given_before=given_before) \
        or place.kind == "municipality" \
        and nxt in ("før", "etter", "fram", "frem") and next2.startswith(_MERGERS)
    # ('i røyken før sammenslåinga', 'Stokke før sammenslåingen': the old municipality)
    if not caps and prev not in SPOKEN_PREPOSITIONS and prev not in MUNICIPALITY_BEFORE \
            and prev not in WAY_PREPOSITIONS and tok.low in VERB_NAMES and not strong:
        return 0.0  # 'hjelmtun eide hotellet': the verb (owned), not Eide
    if not caps and (prev in ("å", "ikkje", "ikke") and prev2 in MODAL_WORDS | {"å"}
                     or prev in MODAL_WORDS) and not strong:
        return 0.0  # 'ein må ikkje selje garden': a verb after a modal, not Selje
    if not caps and prev in _DEGREE_BEFORE_ADJECTIVE and prev2 in COPULAS_SPOKEN:
        return 0.0  # 'hun ble helt bleik': an adjective after 'ble helt'
    if prev2 in ARTICLES and prev not in PLACE_PREPOSITIONS and prev not in STOPWORDS \
            and common_word(prev) and not strong and not tok.capital:
        return 0.0  # 'en stor luster i stua': an article, an adjective, a noun
    if not caps and prev in ("på", "oppå", "nedpå") and tok.low in gz.ROCKS_AFTER_PAA:
        return 0.0  # 'ned på bergen der nede': the rocks (one is 'i bergen', the town)
    # a name of several words ('Mo i Rana') is no ordinary word, whatever its parts are
    if not place.common_word or " " in place.canonical.strip():
        if caps and not tok.capital:
            if place.kind == "locality" and not strong:
                return 0.0  # 'i fuktige skoger': a capitalised text writes towns with capitals
            return 0.8 if strong or prev in PLACE_PREPOSITIONS else 0.6
        return 0.97 if strong else 0.93
    # a name that is also an ordinary word: decided by context
    if strong and (tok.capital or not caps):
        return 0.97
    if not caps and place.kind == "municipality" and (
            prev in ("det", "jo") and prev2 in CALLED or prev in CALLED and prev2 in (
                "det", "no", "nå", "jo", "stedet", "staden", "plassen", "kommunen")):
        return 0.85  # 'no heiter det jo alver', 'nå heter det kinn': a municipality's name
    if caps and tok.capital and not tok.sentence_start and prev in ("det", "dette") and (
            prev2 in CALLED or prev2 in COPULAS_SPOKEN or prev2 in ("jo", "vel", "no", "nå")):
        return 0.85  # 'no heiter jo det Kinn', 'så no er det Stad': a capital after 'det'
    if prev in DETERMINERS and county_next and place.kind == "municipality" \
            and (tok.capital or not caps):
        return 0.85  # 'ikke den bø i telemark': the namesake in its county
    if prev in DETERMINERS or prev in _CELEBRATED or prev in ("i", "til") and (
            prev2 in _FELT_IN or prev2 in ("glad", "forelska", "forelsket")):
        return 0.0  # 'feiret Eid'; 'vondt i halsa', 'raud i kinn'; 'glad i sola'
    if not caps and prev == "til" and prev2 in ("helt", "heilt", "like", "vente", "venta",
                                                "ventet", "vent", "der", "her", "ute", "inne",
                                                "sammen", "lenge", "seint", "sent") \
            and (past_verb(nxt) or nxt in ("går", "gjekk", "kom")):
        return 0.0  # 'helt til sola gikk ned': until (a clause follows)
    if not caps and prev == "til" and nxt in ("gikk", "gjekk", "går", "gjeng", "gjer") \
            and next2 in ("ned", "opp", "bort"):
        return 0.0  # 'drakk kaffe til sola gikk ned': until the sun set
    if genitive and tok.capital:  # 'Askers modell': a genitive of a common noun is rare
        return 0.85
    if caps:
        if not tok.capital:
            return 0.0
        if not tok.sentence_start:
            return 0.9 if (prev in PLACE_PREPOSITIONS or genitive) else 0.85
        # at a sentence start the capital says nothing: 'Sola skinte', 'Moss og lav';
        # 'Bø i Telemark' does
        if nxt in _TOWNS_BUILDINGS and next_spaced and tok.low not in gz.load().given:
            return 0.85  # 'Ski stasjon er blitt et knutepunkt' (not 'Heim, skule og …')
        return 0.6 if nxt in AGENT_VERBS or county_next else 0.0
    # lower-case text (speech recognition): the preposition, what comes before it, and
    # how common the ordinary word is decide
    if county_next and prev != "på":
        return 0.85  # 'ikkje os i hordaland' (not 'på ski i viken')
    if nxt in NEAR_PREPOSITIONS and place.kind == "municipality" and next2 and any(
            not p.common_word for p in gz.municipalities_called(next2)):
        return 0.75  # 'det er ikke os ved bergen': placed by a town
    if prev == "mot" and prev2 in TOWARDS:
        return 0.75  # 'kjørte videre mot bergen'
    if genitive and nxt in MUNICIPAL_GENITIVE_HEADS and place.kind == "municipality":
        return 0.75  # 'askers modell', 'bergens byråd'
    if prev in ("hele", "heile") and place.kind == "municipality" and not genitive \
            and not definite_noun(tok.low):
        return 0.6  # 'hele gran var samla på kampen': 'hele' before a bare word is a name's
    if genitive or prev == "i" and tok.low == "stad":
        return 0.0  # ('eg kom heim i stad': just now)
    if nxt in INSTITUTION_AFTER:  # 'lier kontoret' (ASR for 'Lier-kontoret')
        return 0.9
    # ('far var fra røvær', 'pappa fra bryne': where one comes from)
    cue = prev2 in PLACE_CUES or prev in FROM_WORDS and (
        prev2 in ORIGIN_BEFORE_FROM or prev2 in KIN_NOUNS) and not definite_noun(tok.low)
    # (not 'ho var frå dalen': the valley)
    if place.kind == "locality" and not cue and zipf(tok.low, ("nb",)) >= LOCALITY_WORD_ZIPF \
            and (tok.low not in gz.load().surnames or surname_word(tok.low)):
        # 'lekte i sand', 'på land': a town named like a common word needs a cue (a surname
        # that is no word is frequent for its bearers: 'på storhaug', 'mot birkeland')
        return 0.0
    town_first = place.kind == "municipality" and tok.low in gz.TOWN_FIRST_WORDS
    if not cue and not town_first \
            and zipf(tok.low, ("nb",)) >= DEFINITE_WORD_ZIPF \
            and inflected_word(tok.low) \
            and tok.low.endswith(("a", "en", "et")) and (
                prev in ("på", "i", "ved") and prev2 in PLACE_VERBS_OF_WORDS
                or prev in ("på", "til", "ved", "langs", "mot") and prev2 in DOWN_TO):
        # 'vi var på stranda hele dagen', 'satt ute i sola', 'gikk ned til stranda': the
        # beach, the sun
        return 0.0
    if prev in STRONG_PREPOSITIONS:
        return 0.85 if cue else 0.75
    if prev in ("gjennom", "forbi", "via", "innom") and prev2 in _DRIVEN \
            and place.kind == "municipality" and tok.low not in _DRIVEN_THROUGH:
        return 0.6  # 'kjørte gjennom alta', 'reiste via rana' (not 'gjennom røyken')
    if prev in SPOKEN_PREPOSITIONS or prev in WAY_PREPOSITIONS and place.kind == "municipality" \
            and not (tok.low.endswith(("a", "en", "et")) and inflected_word(tok.low)):
        # 'gjennom eide' (not 'langs stranda': the beach)
        if cue:
            return 0.75
        # 'på ski', 'på berget' (the rock): a very common word after a bare 'på'
        # is the word
        return 0.6 if zipf(tok.low, ("nb",)) < VERY_COMMON_ZIPF or town_first else 0.0
    if zipf(tok.low, ("nb",)) < RARE_WORD_ZIPF and tok.low not in gz.EXTRA_COMMON_WORDS:
        return 0.45  # rarely an ordinary word ('grane', 'sula', 'osen'): unsure
    return 0.0


# ------------------------------------------------------------------------------ persons


# ------------------------------------------------------------------------------ patterns

_FNR = re.compile(r"(?<![\d-])(\d{6})[ ]?(\d{5})(?![\d-])")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)47[ ]?)?"
    r"(?:\d\d[ ]\d\d[ ]\d\d[ ]\d\d|\d\d\d[ ]\d\d[ ]\d\d\d|\d{8})(?!\d)"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_DIGIT = re.compile(r"\d")
# 'Storgata 14', 'Nedre Storgate 3B'; and a genitive before a head of its own: 'Rolf
# Wickstrøms vei 14', 'Torolv Kveldulvsons gate 3 C', 'kirkeveien 12 b'. A house letter on
# its own is no 'i' ('Storgata 14 i Lillehammer': the preposition)
_STREET = (r"(?:(?:[A-ZÆØÅ][\w.-]*\s){0,3}[A-ZÆØÅ][\wæøå-]*s\s(?:gate|gata|vei|veg|veien|"
           r"vegen|allé|plass|torg)|(?:[A-ZÆØÅ][\w.-]*\s)?[A-ZÆØÅa-zæøå][\wæøå-]*(?:"
           + "|".join(STREET_SUFFIXES) + r"))\s\d{1,3}(?!\d)(?:\s?[A-Za-hj-z](?!\w))?")
_ADDRESS = re.compile(
    rf"(?:{_STREET}|[Pp]ostboks\s\d{{1,5}})(?:,?\s\d{{4}}\s[A-ZÆØÅ][\wæøå-]+(?:\s[A-ZÆØÅ]\w+)?)?",
    re.UNICODE,
)
_PHONE_CONTEXT = re.compile(r"(tlf|telefon|mobil|nummer|ring|sms)\w*\W*(?:\w+\W+){0,3}$",
                            re.I)


def fnr_valid(digits: str) -> bool:
    """Fødselsnummer / D-number / synthetic number with both check digits right."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k1 = 11 - sum(a * b for a, b in zip(d[:9], w1, strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(a * b for a, b in zip(d[:10], w2, strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k1 == 10 or k2 == 10 or k1 != d[9] or k2 != d[10]:
        return False
    day, month = int(digits[:2]), int(digits[2:4])
    if day > 40:
        day -= 40  # D-number
    if month > 80:
        month -= 80  # synthetic (Tenor)
    elif month > 40:
        month -= 40  # H-number / synthetic
    return 1 <= day <= 31 and 1 <= month <= 12


def pattern_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if "@" not in text and not _DIGIT.search(text):
        return hits  # every pattern needs an '@' or a digit (most of a transcript has none)
    for m in _EMAIL.finditer(text):
        hits.append(Hit(m.start(), m.end(), "EMAIL", m.group(), 0.99, "pattern:email",
                        canonical=m.group().lower()))
    for m in _FNR.finditer(text):
        digits = m.group(1) + m.group(2)
        if fnr_valid(digits):
            hits.append(Hit(m.start(), m.end(), "FNR", m.group(), 0.99, "pattern:fnr",
                            canonical=digits))
    for m in _PHONE.finditer(text):
        raw = m.group()
        digits = re.sub(r"\D", "", raw)
        grouped = " " in raw or raw.startswith(("+", "00"))
        context = bool(_PHONE_CONTEXT.search(text[max(0, m.start() - 25):m.start()]))
        if digits[-8] in "01" and not context and not grouped:
            continue  # Norwegian numbers start with 2-9; others only where a phone is named
            # or grouped like one ('019 63 271')
        conf = 0.95 if grouped or context else 0.6
        hits.append(Hit(m.start(), m.end(), "PHONE", raw, conf, "pattern:phone",
                        canonical=digits[-8:]))
    for m in _ADDRESS.finditer(text):
        end = m.end()
        town = _POSTCODE_LOWER.match(text, end)
        if town and town.group(1) in gz.load().places:
            end = town.end()  # 'karl johans gate 5 0154 oslo': speech recognition writes
            # the town in lower case (a known place only: not 'gate 5 2001 til …')
        hits.append(Hit(m.start(), end, "ADDRESS", text[m.start():end].rstrip(), 0.95,
                        "pattern:address", canonical=normalise(text[m.start():end])))
    return hits


_POSTCODE_LOWER = re.compile(r",?\s\d{4}\s([a-zæøå][a-zæøå-]+)")


# ------------------------------------------------------------------------------ all


_PRIORITY = {"registry": 3, "pattern": 2}


def _rank(h: Hit) -> tuple[int, int, float]:
    """Registry (its own kind) > patterns and municipalities named as such ('kommunen X',
    'municipality of X', 'X kommune') > the rest; then longer, then surer."""
    priority = _PRIORITY.get(h.source.split(":")[0], 1)
    if priority == 1 and h.info.get("strong"):
        priority = 2
    return (priority, h.end - h.start, h.confidence)


def resolve(hits: list[Hit]) -> list[Hit]:
    """Drop overlapping hits, best first by ``_rank``."""
    chosen = Overlaps([])
    for h in sorted(hits, key=_rank, reverse=True):
        if not chosen.over(h.start, h.end):
            chosen.add(h)
    return chosen.in_order()


def detect(text: str, *, registry: Registry | None = None, caps: bool | None = None,
           min_confidence: float = 0.3) -> list[Hit]:
    """All hits in ``text``, overlaps resolved. ``caps``: whether capitals can be trusted
    (default: decided from the text itself)."""
    return detect_many([text], registry=registry, caps=caps,
                       min_confidence=min_confidence)[0]


def detect_many(texts: Sequence[str], *, registry: Registry | None = None,
                caps: bool | None = None, min_confidence: float = 0.3,
                known: StudyNames | None = None) -> list[list[Hit]]:
    """Hits in each text of one document (a transcript's segments), overlaps resolved.
    A person found in one text is carried to its other mentions in all of them
    (``persons.propagate``): after 'Ragnhild Brekke', a bare 'Brekke' is the same person
    and gets the same canonical form, hence the same pseudonym. ``known``: the names the
    study's other texts gave (``known.StudyNames``), carried here too."""
    return carried(document_own_hits(texts, registry=registry, caps=caps), known=known,
                   min_confidence=min_confidence)


@dataclass
class OwnHits:
    """A document's texts with each text's own hits, before names are carried between
    texts (what ``detect_many`` computes once; ``carried`` makes its result)."""

    texts: list[str]
    tokens: list[list[Token]]
    caps: list[bool]
    hits: list[list[Hit]]


def document_own_hits(texts: Sequence[str], *, registry: Registry | None = None,
                      caps: bool | None = None) -> OwnHits:
    tokens_per = [tokenise(t) for t in texts]
    if caps is not None:  # a Title Case heading's capitals say nothing all the same
        caps_per = [caps and not title_case(tokens) for tokens in tokens_per]
    elif any(mid_capital(tokens) for tokens in tokens_per):
        # the document writes names with capitals (not its Title Case headings)
        caps_per = [not title_case(tokens) for tokens in tokens_per]
    else:  # no name capitalised anywhere: each text by its first letter
        caps_per = [capitals_in(tokens) for tokens in tokens_per]
    own = [own_hits(text, tokens, registry, text_caps)
           for text, tokens, text_caps in zip(texts, tokens_per, caps_per, strict=True)]
    return OwnHits(list(texts), tokens_per, caps_per, own)


def carried(doc: OwnHits, *, known: StudyNames | None = None,
            min_confidence: float = 0.3) -> list[list[Hit]]:
    """The document's hits with its names carried between its texts, and the study's
    (``known``) carried to them; ``doc`` is left as it was (it may be used again)."""
    resolved = [[replace(h, info=dict(h.info)) for h in hits] for hits in doc.hits]
    propagate(doc.texts, doc.tokens, resolved, doc.caps,
              also=known.targets if known else None)
    out = []
    for text, tokens, caps, hits in zip(doc.texts, doc.tokens, doc.caps, resolved,
                                        strict=True):
        # a name carried here may be part of a longer one ('Storm, Ingrid Storm')
        hits = whole_names(text, tokens, hits, caps)
        hits = _outside_brackets(text, [h for h in hits if h.label != "NONE"
                                        and h.confidence >= min_confidence])
        if known:
            known.carry(text, hits)
        out.append(sorted(hits, key=lambda h: h.start))
    return out


def own_hits(text: str, tokens: Sequence[Token], registry: Registry | None,
             caps: bool) -> list[Hit]:
    """One text's hits before the document's names are carried to it (the part of
    ``detect_many`` that needs no other text; ``DocumentHits`` caches it per text)."""
    hits = resolve(_candidates(text, tokens, registry, caps)) if text else []
    if caps:
        _same_place_again(text, tokens, hits)
    slot_persons(text, tokens, hits, caps)
    coordinated(text, tokens, hits, caps)
    if caps:
        _surname_among_places(text, tokens, hits)
    _town_among_towns(text, tokens, hits)
    _person_contrasted(tokens, hits, caps)
    _streets(tokens, hits, caps)
    if not caps and text:
        hits += model_hits(text, tokens, hits)  # what the rules left, in lower-case text
    _municipality_acts(tokens, hits)
    hits = whole_names(text, tokens, drop_not_names(text, tokens, hits), caps)
    prefixed_places(text, tokens, hits, caps)  # 'Nordre Flatmo', 'Øvre Kvåle'
    _town_in_its_municipality(tokens, hits)  # 'Mo i Rana': the town and the municipality
    _waters_and_mountains(text, tokens, hits)
    _town_no_one_is_called(text, tokens, hits)
    if not caps:
        _town_split_in_two(text, tokens, hits)  # 'kristian sund' (speech recognition's split)
    hits += nickname_hits(text, tokens, hits)  # 'Alle kalte bestemor «Rypa»'
    hits += unquoted_nickname_hits(tokens, hits)  # 'han heter Sigurd, men alle sier Siggen'
    if caps:
        hits += questioned_names(text, tokens, hits)  # 'Hegglandsvik? Nei, han har flytta'
    _named_in_a_mail(tokens, hits)  # '«… til ingvild.vigeland@example.no», skrev Vigeland'
    said_again(tokens, hits)  # 'berg altså solveig berg'
    named_between_pronouns(tokens, hits, caps)  # 'hun javiera hun', 'han harstad altså'
    scholars_genitive(text, tokens, hits)  # 'Strands arbeid', 'Tangen (2019) … Tangens'
    return _outside_brackets(text, hits)


# the definite ends of the names of waters, falls, glaciers and gorges ('Aursjøen',
# 'Rjoandefossen', 'Vossovassdraget', 'Guleslettene'): no person's name ends so unless the
# lists know it (not '-dalen': the end of many families' names, 'Bjørkedalen')
_NATURE_ENDS = ("sjøen", "fossen", "vatnet", "vannet", "vassdraget", "slettene", "breen",
                "tjernet", "tjønna", "tjørna", "fonna", "juvet", "gjelet", "elva", "elvi",
                "vatni", "fjellet", "heia", "tinden", "nuten", "kollen", "bekken",
                "fjorden", "vidda", "myra", "sletta", "myrane", "myrene")


def _waters_and_mountains(text: str, tokens: Sequence[Token], hits: list[Hit]) -> None:
    """A guessed person of one word that ends as the name of a water, a fall or a glacier
    ends, that no list of persons holds, with no given name before it and no words of a
    person around it, is the place ('dei demde opp Aursjøen', 'når mardalsfossen slippes
    løs'; not 'Kari Bjørkedalen', 'Bjørkedalen sa at …')."""
    g = gz.load()
    named = {w for h in hits if h.label == "PERSON" and " " in h.surface
             for w in h.surface.lower().split()}  # ('Lars Hølledalen … men Hølledalen er')
    for h in hits:
        if h.label != "PERSON" or h.source in PERSON_SURELY or " " in h.surface:
            continue
        low = h.surface.lower()
        if low in named or CITE_AFTER.match(text, h.end):
            continue  # a person's surname again; a cited author ('Rognsletta (u.å.)')
        end = next((e for e in _NATURE_ENDS if low.endswith(e)), None)
        if end is None or len(low) - len(end) < 3 or person_name(low) or "-" in low:
            continue
        i = _token_at(tokens, h.start)
        if i >= len(tokens) or tokens[i].start != h.start or tokens[i].end != h.end:
            continue
        if i > 0 and tokens[i - 1].low in g.given or person_evidence(text, tokens, i) >= 1.5:
            continue
        h.label = "PLACE"


def _named_in_a_mail(tokens: Sequence[Token], hits: list[Hit]) -> None:
    """An e-mail address of a person's names ('ingvild.vigeland@…': a given name among its
    parts) names that person: a word of it elsewhere in the text guessed a place, or no
    name, is the person ('skrev Vigeland i meldingen'; not a place said surely: 'Vigeland
    kommune'). Changes and adds hits in place."""
    mails = [h for h in hits if h.label == "EMAIL"]
    if not mails:
        return
    g = gz.load()
    names: set[str] = set()
    for h in mails:
        parts = [p for p in re.split(r"[._-]", h.surface.split("@")[0].lower())
                 if len(p) >= 3 and p.isalpha()]
        if len(parts) >= 2 and any(p in g.given or p in g.world_given for p in parts):
            names.update(parts)
    if not names:
        return
    for tok in tokens:
        if tok.low not in names or any(h.label == "EMAIL" and h.start <= tok.start < h.end
                                       for h in mails):
            continue
        at = [n for n, h in enumerate(hits) if h.start < tok.end and h.end > tok.start]
        if not at:
            hits.append(Hit(tok.start, tok.end, "PERSON", tok.text, 0.8, "names:mail",
                            canonical=tok.low, info={"tokens": 1, "context": True}))
        elif len(at) == 1 and hits[at[0]].label in ("MUNICIPALITY", "PLACE") \
                and hits[at[0]].confidence < 0.97 and hits[at[0]].start == tok.start \
                and hits[at[0]].end == tok.end:
            hits[at[0]] = Hit(tok.start, tok.end, "PERSON", tok.text, 0.85, "names:mail",
                              canonical=tok.low, info={"tokens": 1, "context": True})


# the heads of ``STREET_SUFFIXES`` that name a street without a number ('i Storgata')
_STREET_ENDS = ("gata", "gaten", "gate", "veien", "vegen", "allé")
_AT_STREET = SPOKEN_PREPOSITIONS | WAY_PREPOSITIONS | {"bortover", "nedover", "oppover"}


def _streets(tokens: Sequence[Token], hits: list[Hit], caps: bool) -> None:
    """A street named without a number ('bodde i Storgata', 'gikk opp Sjøgata', 'i
    kirkegata'): a place (unsure), where no hit stands. In lower-case text only after a
    preposition of place. Adds hits in place."""
    taken = {_token_at(tokens, h.start) for h in hits}
    for i, tok in enumerate(tokens):
        low = tok.low
        if i in taken or not low.endswith(_STREET_ENDS) or not low.isalpha() \
                or len(low) < 7 or (caps and not tok.capital):
            continue
        prev = tokens[i - 1].low if i > 0 else ""
        if not (caps and not tok.sentence_start or prev in _AT_STREET):
            continue
        hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.7, "context:place",
                        canonical=low))


def _person_contrasted(tokens: Sequence[Token], hits: list[Hit], caps: bool) -> None:
    """'det var eik som sa det ikke ask', 'Det var Vik som ringte, ikke Berg': a name
    set against the person of a cleft is a person too (a listed name, no place named
    surely). Adds hits in place."""
    persons = [h for h in hits if h.label == "PERSON" and h.confidence >= 0.6]
    if not persons:
        return
    g = gz.load()
    lows = [t.low for t in tokens]
    for h in persons:
        i = _token_at(tokens, h.start)
        if i < 2 or lows[i - 1] not in ("var", "va", "er") or lows[i - 2] not in (
                "det", "da", "då"):
            continue  # a cleft: 'det var X som …'
        end = next((k for k in range(i + 1, min(len(tokens), i + 12))
                    if tokens[k].sentence_start), min(len(tokens), i + 12))
        if "som" not in lows[i + 1:end]:
            continue
        for k in range(i + 2, end - 1):
            if lows[k] not in ("ikke", "ikkje", "itte") or tokens[k + 1].sentence_start:
                continue
            m = k + 1
            x = tokens[m]
            if caps and not x.capital or not (x.low in g.given or x.low in g.surnames) \
                    or not caps and zipf(x.low, ("nb",)) >= VERY_COMMON_ZIPF:
                break  # ('som ringte ikke sommer': a word)
            before = [o for o in hits if o.start < tokens[k].start and o.end > tokens[
                k - 1].start and o.label in ("MUNICIPALITY", "PLACE")]
            at = [o for o in hits if o.start < x.end and o.end > x.start]
            if before or any(o.label == "PERSON" or o.info.get("strong") for o in at):
                break  # 'som bodde i Oslo, ikke Bergen': places set against each other
            for o in at:
                hits.remove(o)
            hits.append(Hit(x.start, x.end, "PERSON", x.text, 0.7, "names:slot",
                            canonical=x.low, info={"tokens": 1, "context": True}))
            break


def _surname_among_places(text: str, tokens: Sequence[Token], hits: list[Hit]) -> None:
    """Capitalised text: a surname no one is named by here (no given name, no person's
    words around it), joined by 'og'/'eller' to a place the gazetteer names surely, is a
    farm or a village ('Tysnes har Reksteren og Onarheim'): unsure PLACE."""
    g = gz.load()
    places = {_token_at(tokens, h.start): h for h in hits
              if h.label in ("MUNICIPALITY", "PLACE") and h.confidence >= 0.85
              and h.source.startswith("gazetteer") and h.canonical not in g.surnames
              and h.canonical not in g.given}
    if not places:
        return
    for n, h in enumerate(hits):
        if h.label != "PERSON" or h.source != "names:capital" or h.confidence >= 0.9:
            continue
        i = _token_at(tokens, h.start)
        low = tokens[i].low
        if tokens[i].end != h.end or low not in g.surnames or low in g.given \
                or person_evidence(text, tokens, i) >= 1.0:
            continue
        if any(0 <= j < len(tokens) and j in places and tokens[(i + j) // 2].low in (
                "og", "eller") for j in (i - 2, i + 2)):
            hits[n] = Hit(h.start, h.end, "PLACE", h.surface, 0.6, "context:place",
                          canonical=low)


_TOWN_JOINERS = frozenset({"og", "eller", "enn"})


def _town_among_towns(text: str, tokens: Sequence[Token], hits: list[Hit]) -> None:
    """A guessed person whose word is a municipality, joined by 'og'/'eller'/'enn' to a
    municipality named surely, or merged with one, with no person's words around it, is the
    municipality ('moss og rygge de ble jo en kommune', 'bedre ordninger enn melhus',
    'tustna ble slått sammen med aure'): unsure."""
    talk = speaks_of_municipality(tokens)  # 'de ble jo en kommune'
    sure = {_token_at(tokens, h.start) for h in hits if h.label == "MUNICIPALITY"
            and h.confidence >= (0.6 if talk else 0.8)}
    if not sure:
        return
    for n, h in enumerate(hits):
        if h.label != "PERSON" or h.confidence >= 0.9 or h.entry_id is not None \
                or h.source not in ("names", "names:context", "names:slot", "names:model"):
            continue
        i = _token_at(tokens, h.start)
        if tokens[i].end != h.end:
            continue
        towns = gz.municipalities_called(tokens[i].low)
        if not towns:
            continue
        # a municipality's new or old name ('mandal heter lindesnes nå'): 'heter' says
        # person elsewhere, not where a municipality named surely is what is called so
        renamed = _renamed(tokens, i, sure)
        if not renamed and person_evidence(text, tokens, i) >= 2.0:
            continue
        if renamed or any(0 <= j < len(tokens) and j in sure
                          and tokens[(i + j) // 2].low in _TOWN_JOINERS
                          for j in (i - 2, i + 2)) or i > 0 and tokens[i - 1].low == "enn" \
                and any(j < i - 1 for j in sure) \
                or " ".join(t.low for t in tokens[max(0, i - 2):i]) in _MERGE_SAYS \
                and any(j < i - 2 for j in sure):
            # ('X hadde bedre ordninger enn melhus', 'tustna ble slått sammen med aure')

            hits[n] = Hit(h.start, h.end, "MUNICIPALITY", h.surface, 0.65,
                          "gazetteer:municipality", canonical=towns[0].canonical,
                          info={**place_info(towns[0]), "coordinated": True})


_SAYS = frozenset({"sa", "sier", "seier", "sagt", "sei", "si"})
_JOINS = frozenset({"gikk", "gjekk", "gått", "gjenge", "går", "gjeng"})
_BUYS = frozenset({"kjøper", "kjøpte", "kjøpe", "kjøpt", "betaler", "betalte", "betalar",
                   "betalt", "selger", "sel", "selde", "solgte", "seljer"})
# before a clause's subject: a conjunction, a filler (tokens hold no punctuation)
_SUBJECT_AFTER = CLAUSE_STARTS | {"sidan", "siden", "der", "eh", "ja", "altså"}


def _municipality_acts(tokens: Sequence[Token], hits: list[Hit]) -> None:
    """A guessed person whose word is a municipality and no given name, at a clause's
    start, doing what municipalities do to each other: saying no or yes with another
    municipality named surely in the sentence ('Stord sa ja, Fitjar sa nei', 'Austevoll
    sa nei til Bjørnafjorden'), joining one ('Hornindal gikk inn i Volda'), buying from or
    paying one ('Stranda kjøper barnevern frå Sykkylven'): the municipality, unsure."""
    g = gz.load()
    sure = {_token_at(tokens, h.start) for h in hits
            if h.label in ("MUNICIPALITY", "PLACE") and h.confidence >= 0.85}
    if not sure:
        return
    bounds = _Bounds(tokens)
    for n, h in enumerate(hits):
        if h.label != "PERSON" or h.entry_id is not None or h.confidence > 0.95:
            continue
        i = _token_at(tokens, h.start)
        if i >= len(tokens) or tokens[i].end != h.end or not (
                i == 0 or tokens[i].sentence_start or tokens[i - 1].low in _SUBJECT_AFTER):
            continue
        low = tokens[i].low
        if low in g.given or low in g.world_given or low in STOPWORDS:
            continue
        towns = gz.municipalities_called(low)
        if towns and _acts_on_a_municipality(tokens, i, sure, bounds):
            hits[n] = Hit(h.start, h.end, "MUNICIPALITY", h.surface, 0.7,
                          "gazetteer:municipality", canonical=towns[0].canonical,
                          info={**place_info(towns[0]), "predicate": True})


# words near a name that speak of a person: a pronoun, being called so
_PERSON_SIGNS = PERSONAL_PRONOUNS | {
    "henne", "hennar", "hans", "honom", "het", "heter", "heiter", "heitte", "hette",
    "etternavn", "etternamn", "fornavn", "fornamn", "kalla", "kalte", "kallenavn"}


def _town_no_one_is_called(text: str, tokens: Sequence[Token], hits: list[Hit]) -> None:
    """A guessed person (unsure, one word, guessed from the words around it alone) whose
    word is a municipality's name and no given name or surname any list knows, with no
    pronoun, no word of being called so, no role or kin word and no speech of a person's
    kind around it, is the municipality: the slot that took it for a person is one a
    municipality stands in as well ('ringsaker sa nei takk', 'hvorfor Frogn sa opp avtalen',
    'Svelvik var ikke glad for å bli slukt', 'herøy og sande de har fått bru'). A person of
    that name stays one where the sentence says so ('Voss sa at vi skulle …' speaks as a
    person; 'Time – det er etternavnet hans'). Unsure, like the guess; changes hits in
    place, after names that are no names were dropped."""
    for n, h in enumerate(hits):
        if h.label != "PERSON" or h.entry_id is not None or h.confidence >= 0.9 \
                or h.source not in ("names:slot", "names:model", "names:context"):
            continue
        i = _token_at(tokens, h.start)
        if i >= len(tokens) or tokens[i].end != h.end or tokens[i].start != h.start:
            continue
        low = tokens[i].low
        if person_name(low):
            continue
        towns = gz.municipalities_called(low)
        if not towns:
            continue
        around = {t.low for t in tokens[max(0, i - 10):i + 11]}
        prev = tokens[i - 1].low if i > 0 else ""
        nxt = [t.low for t in tokens[i + 1:i + 4]] + ["", "", ""]
        if around & _PERSON_SIGNS or role_word(prev) or kin_word(prev) \
                or prev in _SAYS and nxt[0] not in ("nei", "ja") \
                or role_word(nxt[0]) or kin_word(nxt[0]) \
                or nxt[0] in _SAYS and nxt[1] not in ("nei", "ja", "opp", "jo"):
            continue
        hits[n] = Hit(h.start, h.end, "MUNICIPALITY", h.surface, 0.6,
                      "gazetteer:municipality", canonical=towns[0].canonical,
                      info={**place_info(towns[0]), "no_person": True})


def _town_split_in_two(text: str, tokens: Sequence[Token], hits: list[Hit]) -> None:
    """Lower-case text: a person of two words that make a municipality's name of eight
    letters or more when joined ('kristian sund', 'kristian sand': speech recognition
    splits the town's name at a given name) is the municipality, unless the words around it
    say person ('kristian sund sa at …', 'hos kristian sund'; before 'sin' and what only a
    town has it is the town: 'kristian sand sin ordfører'). Changes hits in place."""
    for n, h in enumerate(hits):
        if h.label != "PERSON" or h.entry_id is not None or h.surface.count(" ") != 1:
            continue
        i = _token_at(tokens, h.start)
        if i + 1 >= len(tokens) or tokens[i].start != h.start or tokens[i + 1].end != h.end:
            continue
        joined = tokens[i].low + tokens[i + 1].low
        towns = gz.municipalities_called(joined) if len(joined) >= 8 else []
        owned = [t.low for t in tokens[i + 2:i + 4]] + ["", ""]
        if towns and (person_evidence(text, tokens, i, i + 1) < 1.5
                      or owned[0] in SIN_POSSESSIVES and owned[1] in MUNICIPAL_GENITIVE_HEADS):
            # (not where the words say person: 'kristian sund sa at …', 'hos kristian sund',
            # 'snakka med kristian sund'; but 'kristian sand sin ordfører' is the town's)
            hits[n] = Hit(h.start, h.end, "MUNICIPALITY", h.surface, h.confidence,
                          "gazetteer:municipality", canonical=towns[0].canonical,
                          info=place_info(towns[0]))


class _Bounds:
    """``_sentence_bounds`` of a text, worked out once and only when first asked for."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens
        self._bounds: list[tuple[int, int]] | None = None

    def __getitem__(self, i: int) -> tuple[int, int]:
        if self._bounds is None:
            self._bounds = _sentence_bounds(self._tokens)
        return self._bounds[i]


def _acts_on_a_municipality(tokens: Sequence[Token], i: int, sure: set[int],
                            bounds: _Bounds) -> bool:
    lows = [tokens[k].low if k < len(tokens) else "" for k in range(i + 1, i + 9)]
    k = 0
    if lows[0] in ("har", "hadde", "hade"):
        k = 1
    while k < 3 and lows[k] in _NEGATED_SOFTENERS:
        k += 1
    verb = lows[k]
    if verb in _SAYS and lows[k + 1:k + 2] in (["nei"], ["ja"]):
        # another municipality or place named surely anywhere in the sentence
        lo, hi = bounds[i]
        return any(lo <= m < hi and m != i for m in sure)
    if verb in _JOINS and lows[k + 1:k + 3] == ["inn", "i"]:
        return i + k + 4 in sure  # 'Hornindal gikk inn i Volda'
    if verb in _BUYS:
        if i + k + 2 in sure:
            return True  # 'sola betaler stavanger for krisesenteret'
        return any(lows[m] in ("fra", "frå", "av") and i + m + 2 in sure
                   for m in range(k + 1, min(k + 5, len(lows) - 1)))
    return False


def _same_place_again(text: str, tokens: Sequence[Token], hits: list[Hit]) -> None:
    """A municipality found surely in a text ('Haram kommune') is the same place where the
    text names it again with a capital mid-sentence, even where the name is a word and no
    cue stands by it ('no er det Haram att'). Adds hits in place."""
    sure = {h.surface: h for h in hits if h.label == "MUNICIPALITY" and h.confidence >= 0.9
            and h.entry_id is None}
    if not sure:
        return
    at = Overlaps(hits)
    for tok in tokens:
        h = sure.get(tok.text)
        if h is None or tok.sentence_start or at.over(tok.start, tok.end):
            continue
        hits.append(Hit(tok.start, tok.end, h.label, tok.text, 0.85, h.source,
                        canonical=h.canonical, info=dict(h.info)))
        at.add(hits[-1])


def _outside_brackets(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits that touch no [bracketed] stretch: a pseudonym ('[Municipality A]', '[kommune i
    Innlandet]') or a mark ('[uhørbart 0:12:03]') is the tool's own text, never a name —
    text anonymised before (kept text, corrections) is anonymised again without taking
    its pseudonyms for names (the leak check and ``known`` skip them the same way)."""
    if "[" not in text:
        return hits
    spans = [(m.start(), m.end()) for m in BRACKETS.finditer(text)]
    return [h for h in hits if not any(s < h.end and h.start < e for s, e in spans)]


@dataclass
class _OwnHits:
    """One text's hits before the document's names are carried to it."""

    tokens: list[Token]
    hits: list[Hit]
    parts: NameParts


class DocumentHits:
    """The hits of one document kept current while its texts change (the transcript
    workbench): the same result as ``detect_many`` on the current texts, at the cost of
    one text per edit.

    Each text's own hits are found once (cached by text and capitalisation); what the
    document carries between texts — whether capitals can be trusted anywhere, and the
    names to carry (``persons.document_names``) — is recomputed from those on every
    ``update`` (cheap: a dictionary look-up per text). ``generation`` grows whenever that
    context changes, since then any text's hits may change."""

    def __init__(self, registry: Registry | None = None, *,
                 min_confidence: float = 0.3, known: StudyNames | None = None) -> None:
        self.registry = registry
        self.min_confidence = min_confidence
        self.known = known  # the names the study's other texts gave (carried here too)
        self.caps = False  # a capital inside a sentence somewhere: capitals are names
        self.targets: dict[str, str] = {}
        self.study_targets: dict[str, str] = {}  # those of ``targets`` the study gave
        self.generation = 0
        self._tokens: dict[str, tuple[list[Token], bool, bool]] = {}  # tokens, mid, own caps
        self._own: dict[tuple[str, bool], _OwnHits] = {}
        self._final: dict[str, list[Hit]] = {}
        self._texts: list[str] = []

    def _tokens_of(self, text: str) -> tuple[list[Token], bool, bool]:
        found = self._tokens.get(text)
        if found is None:
            tokens = tokenise(text)
            found = self._tokens[text] = (tokens, mid_capital(tokens), capitals_in(tokens))
        return found

    def _caps_of(self, text: str) -> bool:
        tokens, _, own = self._tokens_of(text)
        return own if not self.caps else not title_case(tokens)

    def _own_hits(self, text: str, caps: bool) -> _OwnHits:
        own = self._own.get((text, caps))
        if own is None:
            tokens = self._tokens_of(text)[0]
            hits = own_hits(text, tokens, self.registry, caps)
            own = self._own[(text, caps)] = _OwnHits(tokens, hits, name_parts(hits))
        return own

    def update(self, texts: Sequence[str]) -> bool:
        """The document's texts now (in order). True when the context changed."""
        texts = list(texts)
        if self._same_context(texts):
            self._texts = texts
            self._prune(texts)
            return False
        self._texts = texts
        caps = any(self._tokens_of(text)[1] for text in texts)
        self.caps, old_caps = caps, self.caps
        parts = [self._own_hits(text, self._caps_of(text)).parts for text in texts]
        targets = document_names(parts)
        study: dict[str, str] = {}
        if self.known:
            own, targets = targets, document_names(parts, study=self.known.targets)
            study = {w: c for w, c in targets.items() if own.get(w) != c}
        changed = caps != old_caps or targets != self.targets or not self.generation
        if changed:
            self.targets = targets
            self.study_targets = study
            self.generation += 1
            self._final.clear()
        self._prune(texts)
        return changed

    def _prune(self, texts: list[str]) -> None:
        if len(self._tokens) > 2 * len(texts) + 200:  # typing leaves a text per key behind
            keep = set(texts)
            self._tokens = {k: v for k, v in self._tokens.items() if k in keep}
            self._own = {k: v for k, v in self._own.items() if k[0] in keep}
            self._final = {k: v for k, v in self._final.items() if k in keep}

    def _same_context(self, texts: list[str]) -> bool:
        """Only texts changed that give the document nothing new (the common case while
        typing): the same capitals evidence and the same names to carry."""
        old = self._texts
        if not self.generation or len(texts) != len(old):
            return False
        for new_text, old_text in zip(texts, old, strict=True):
            if new_text is old_text or new_text == old_text:
                continue
            new_tokens, old_tokens = self._tokens_of(new_text), self._tokens_of(old_text)
            if new_tokens[1] != old_tokens[1] or (not self.caps
                                                  and new_tokens[2] != old_tokens[2]):
                return False
            if (self._own_hits(new_text, self._caps_of(new_text)).parts
                    != self._own_hits(old_text, self._caps_of(old_text)).parts):
                return False
        return True

    def hits(self, text: str) -> list[Hit]:
        """The hits of ``text`` as one of the document's texts (as ``detect_many`` gives
        them). Do not change them: they are shared."""
        found = self._final.get(text)
        if found is None:
            caps = self._caps_of(text)
            own = self._own_hits(text, caps)
            hits = [replace(h, info=dict(h.info)) for h in own.hits]
            if self.targets:
                propagate([text], [own.tokens], [hits], [caps], targets=self.targets,
                          study=self.study_targets)
            hits = whole_names(text, own.tokens, hits, caps)  # as ``carried`` does
            hits = _outside_brackets(text, [h for h in hits if h.label != "NONE"
                                            and h.confidence >= self.min_confidence])
            if self.known:
                self.known.carry(text, hits)
            found = self._final[text] = sorted(hits, key=lambda h: h.start)
        return found


def _candidates(text: str, tokens: Sequence[Token], registry: Registry | None,
                caps: bool) -> list[Hit]:
    search = gz.search_form(text)
    hits = registry_hits(text, search, registry, tokens)
    hits += pattern_hits(text)
    if not caps:
        hits += spoken_hits(text, tokens)  # speech recognition writes digits as words
    hits += gazetteer_hits(text, search, tokens, caps)
    if not caps:
        hits += split_place_hits(text, tokens)
    hits += person_hits(text, tokens, caps)
    # a place name preceded by a given name is a surname ("Lars Berg") — person wins by
    # length in resolve(); a county named right after a municipality disambiguates it
    _disambiguate(hits, text)
    _place_over_given_name(hits)
    return [h for h in hits if h.confidence > 0]


def _place_over_given_name(hits: list[Hit]) -> None:
    """A lone given name that is also a municipality ('fra vega', 'i frøya', 'Frøya og
    Hitra') is the municipality when the words around it say place (the gazetteer hit is
    context-sure) and nothing says person."""
    places = {(h.start, h.end) for h in hits if h.label == "MUNICIPALITY"
              and h.source.startswith("gazetteer") and h.confidence >= 0.7}
    listed = {(h.start, h.end) for h in hits if h.label in ("MUNICIPALITY", "PLACE")
              and h.source.startswith("gazetteer")
              and h.info.get("coordinated")}  # 'Hitra og Frøya', 'hå og nærbø og varhaug'
    governed = {(h.start, h.end) for h in hits if h.label == "MUNICIPALITY"
                and h.info.get("governed")}  # 'i Hitra og Frøya fant …'
    said = {(h.start, h.end) for h in hits if h.label in ("MUNICIPALITY", "PLACE")
            and h.info.get("predicate")}  # 'Berg er en kommune i Vestland'
    for h in hits:
        if h.label != "PERSON" or h.info.get("tokens") != 1:
            continue
        at = (h.start, h.end)
        if h.source == "names" and at in places and not h.info.get("context") \
                or h.source in ("names", "names:context") and at in listed | said \
                or h.source == "names:capital" and at in governed:
            # a surname that is also a town, listed with a sure place or said to be one
            # ('leknes og svolvær er …', 'knarvik er senteret i alver')
            h.confidence = 0.0


def _disambiguate(hits: list[Hit], text: str) -> None:
    """'Os i Hordaland': a name several municipalities had at once, followed by
    'i <county>', is the one in that county (for generalisation)."""
    g = gz.load()
    for h in hits:
        if h.label != "MUNICIPALITY" or h.info.get("county"):
            continue
        m = _IN_COUNTY.match(text[h.end:])
        if m:
            county = g.county_names.get(m.group(1).lower())
            if county:
                h.info = {**h.info, "county": county,
                          "regions": [g.region_of_county.get(county, "")]}
