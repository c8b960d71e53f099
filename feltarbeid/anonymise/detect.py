"""Detection: find names of persons and places, and identifying patterns, in any text.

Pure functions of text (plus an optional registry). Each detector is a small unit that
yields ``Hit``s with a label and a confidence:

- ``registry_hits``      the study's own registry from the key (exact and inflected forms,
                         and near-misses as speech recognition writes them: ``fuzzy``)
- ``gazetteer_hits``     municipalities 2005–2026, parallel names, counties, regions
- ``person_hits``        SSB given names and surnames + capitalisation and context
- ``pattern_hits``       fødselsnummer (checksum), phone, e-mail, postal address

``detect`` runs them all and resolves overlaps: the registry (with its own kind) >
patterns and municipalities named as such ('kommunen X', 'X kommune', 'municipality of
X') > the rest; then longer, then surer. A lone given name that is also a municipality
is the municipality where the words around it say place and nothing says person.
Confidence below the study's ``review_threshold`` means "unsure": such hits are still
replaced (fail closed) and go to the review queue.

Text may come from speech recognition: all lower case, no punctuation, names split or
merged. When a text has no capitals after a sentence start, capitalisation is not used as
evidence and the detectors lean on the name lists and the words around a name: for a
municipality that is also a word ('lier', 'gran', 'ski', 'time', 'sola') the preposition
before it and what comes before that ('jobba i', 'ordføreren i'), institutions after it
('lier kontoret'), sentences about municipalities (kommune, sammenslåing, legevakt …),
clauses where it acts ('men gran ville ikke'), coordination with another name, and how
common the ordinary word is (wordfreq Zipf: 'på ski' is skiing, 'på vang' a place).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import fuzzy
from . import gazetteer as gz
from .keyfile import RegistryEntry, normalise

PATTERN_LABELS = ("FNR", "PHONE", "EMAIL", "ADDRESS")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that are never names whatever the lists say (pronouns, function words, fillers)
STOPWORDS = _words("""
og i på å det som er en et ei til av for med han hun ho de dei den jeg eg vi me du dere
dykk seg sin si sitt sine meg mæ deg oss dem henne hennar hans hennes deira deres min mi
mitt mine din di ditt dine vår vårt våre var vart har hadde ha kan kunne skal skulle vil
ville må måtte bli blir ble blei vært vore være vere så men om at ikke ikkje ikkje nei ja
jo vel nå no da då der her hvor kor hva kva hvem kven når korleis hvordan hvorfor kvifor
fra frå ut inn opp ned over under etter før mot ved hos alle alt noen nokon noe noko
mange mye mykje litt lite bare berre også og eller enn som sånn slik altså liksom eh ehm
hm mm okei ok jaja jasså ja-ja greit bra fint kanskje egentlig eigentleg faktisk helt heilt
veldig mer meir mest enda ennå endå igjen att andre annen anna annet anna første fyrste
siste neste hele heile sammen saman selv sjølv sa sagt seier sier si
mann menn kvinne dame damer folk barn unge gutt jente leder leiar sjef kollega
""")

# words before a name that make it a person
TITLES = _words("""
doktor dr lege fastlege professor prof rådmann kommunedirektør ordfører varaordfører
statsråd minister sjef leder leiar daglig direktør rektor fru frøken herr pastor prest
sokneprest biskop advokat dommer konsulent rådgiver rådgjevar saksbehandler
sakshandsamar kollega kollegaen kollegaen min lærer lærar sykepleier søster
""")

# verbs and words after a name that make a first name a person rather than a word
PERSON_AFTER = _words("""
sa sier seier sei mente meinte meiner mener var er har hadde tok ville vil skulle skal
kom kjem begynte byrja jobbet jobba jobber jobbar ringte ringde svarte svara sendte sende
skrev skreiv fikk fekk sluttet slutta gikk gjekk kunne visste veit vet trodde trudde
spurte spurde fortalte fortalde hun ho han leia ledet leder hadde satt sat bodde budde
""")
PERSON_BEFORE = _words("""
ringte ringde spurte spurde snakket snakka møtte møtte kontakt kontakter kontakte
kjenner kjenner heter heiter het heitte ba bad takk hei med sammen
""")

SUBJECT_PRONOUNS = _words("jeg eg vi me du dere de dei han hun ho")
PERSONAL_PRONOUNS = _words("han hun ho")
PLACE_PREPOSITIONS = _words("i på fra frå til ved mot rundt utenfor utanfor nær")
# more that go before a place in speech (dialect fusions too), used for lower-case text
SPOKEN_PREPOSITIONS = PLACE_PREPOSITIONS | _words("""
hos mellom ifra ifrå oppi nedi borti inni utti oppå nedpå bortpå
""")
STRONG_PREPOSITIONS = _words("i fra frå til ifra ifrå oppi nedi borti inni utti")
DETERMINERS = _words("""
en et ei ein eit den det de dei denne dette disse min mitt mi mine din ditt di sin sitt
si hver kvar noen nokon stor store stort liten lita lite lille gammel gamle ny nye
""")
KOMMUNE_AFTER = _words("kommune kommunes herad kommunen bydel by municipality")
KOMMUNE_BEFORE = _words("kommunen kommune herad heradet kommunene kommunane")
# after a lower-case name: the municipality's office or institutions ('lier kontoret')
INSTITUTION_AFTER = _words("""
kontoret kontor kontora kontorene kommunestyret kommunestyre formannskapet sentrum
sykehus sykehuset sjukehus sjukehuset rådhus rådhuset legevakt legevakta legevakten
barnevern barnevernet modellen området regionen distriktet politidistrikt
""")
# before 'i/på/fra/til X': words that make X a place (institutions, people of a place,
# living, moving, working)
PLACE_CUES = _words("""
kommunen kommuna nav kontoret kontor ordføreren ordføraren rådmannen rådmann
kommunedirektøren kommunedirektør barnevernet barnevernstjenesten barnevernstenesta
legevakta legevakten sykehjemmet sjukeheimen barnehagen barnehagane skolen skulen
helsestasjonen sykehuset sjukehuset politiet lensmannen tjenesten tenesta tjenestene
folk folka folket dei de kollegaen kollegene kollegaene saksbehandlerne sakshandsamarane
leder leiar sjefen teamet avdelingen avdelinga prosjektet
bodde budde bor bur bodd budd vokste vaks oppvokst født fødd flyttet flytta flytte
flytter flyttar jobbet jobba jobber jobbar jobb arbeidet arbeidde arbeider pendler
pendlar kjørte køyrde reiste kom kommer kjem hjemme heime ansatt tilsett praksis
""")
MUNICIPAL_CUE_PREFIXES = (
    "kommun", "nabokommun", "sammenslå", "samanslå", "slått", "slegne", "rådhus",
    "legevakt", "interkommun", "ordfør", "rådmann", "kommunedirektør", "fylke",
)
POSSESSIVES = _words("sin sitt sine")
# what a municipality does as the subject of a clause (lower-case text)
CLAUSE_STARTS = _words("og men så da då at fordi mens når hvis dersom om jo nok")
AGENT_VERBS = _words("""
valgte valde vedtok vedtek innførte innførde bestemte bestemde ville vil ansatte tilsette
kjøpte søkte søkjer satset satsa prioriterte prioriterer startet starta begynte byrja
sluttet slutta innfører vedtar velger vel
""")
AGENT_PARTICIPLES = _words("""
hatt valgt valt innført vedtatt vedteke bestemt ansatt tilsett satset satsa prioritert
startet starta opprettet oppretta gjennomført
""")
ARTICLES = _words("en ei et ein eit")
# two coordinated words that are both municipalities: places only if one is rarer than
# this as a word ('gran og lunner' yes, 'fjell og berg' no)
COMMON_NOUN_ZIPF = 4.0
VERY_COMMON_ZIPF = 4.5  # an ordinary word this frequent (nb) after a bare 'på' is a word
RARE_WORD_ZIPF = 3.0  # a name-word rarer than this as a word is probably the name
# 'municipality of X' (English ASR output): the last word before the name, and the one
# before that when the last is 'of'
MUNICIPALITY_OF_LAST = _words("of kommunen")
MUNICIPALITY_BEFORE = _words("municipality")
NAV_BEFORE = frozenset({"nav"})

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Hit:
    start: int
    end: int
    label: str
    surface: str
    confidence: float
    source: str
    canonical: str = ""  # the normalised form pseudonyms are keyed on
    info: dict[str, Any] = field(default_factory=dict)
    entry_id: int | None = None
    keep: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label,
                "surface": self.surface, "confidence": round(self.confidence, 3),
                "source": self.source}


@dataclass
class Token:
    start: int
    end: int
    text: str
    low: str
    sentence_start: bool

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def tokenise(text: str) -> list[Token]:
    tokens: list[Token] = []
    last_end = 0
    for m in _WORD.finditer(text):
        between = text[last_end:m.start()]
        starts = not tokens or bool(re.search(r"[.!?:;\n]|^\s*[-–—]", between))
        tokens.append(Token(m.start(), m.end(), m.group(), m.group().lower(), starts))
        last_end = m.end()
    return tokens


def capitals_reliable(text: str) -> bool:
    """True when the text uses capitals (a capital somewhere after a sentence start)."""
    for tok in tokenise(text):
        if not tok.sentence_start and tok.text[:1].isupper() and not tok.text.isupper():
            return True
    return False


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
        j = _token_at(tokens, form_end - 1)
        prev = tokens[i - 1].low if i > 0 else ""
        prev2 = tokens[i - 2].low if i > 1 else ""
        nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
        hyphen_after = form_end < len(text) and text[form_end] in "-\u2011"
        if prev in MUNICIPALITY_OF_LAST and (prev2 in MUNICIPALITY_BEFORE or prev != "of"):
            prev = "kommunen"  # 'kommunen Lillehammer', 'municipality of Lillehammer'
        for place in g.places[form]:
            conf = _place_confidence(place, tok, prev, nxt, hyphen_after, caps,
                                     genitive=end > form_end, prev2=prev2)
            if conf <= 0 and not (place.common_word and place.kind == "municipality"):
                continue
            info = place_info(place)
            if place.kind == "municipality" and _strong_context(prev, nxt, hyphen_after):
                info["strong"] = True  # beats a person-name guess on the same words
            hits.append(Hit(start, end, place.label, text[start:end], conf,
                            f"gazetteer:{place.kind}", canonical=normalise(place.canonical),
                            info=info))
    _coordinated(hits, tokens)
    if not caps:
        _municipal_talk(hits, tokens)
    return [h for h in hits if h.confidence > 0]


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
        if prev in DETERMINERS or prev in SPOKEN_PREPOSITIONS or prev in PERSON_BEFORE:
            continue  # 'en time', 'på ski' (already decided), 'med kari'
        lo, hi = bounds[i]
        if any(_is_municipal_cue(tokens[k].low) for k in range(lo, hi) if k != i):
            h.confidence = 0.5
        elif (i == lo or prev in CLAUSE_STARTS) and _acts(tokens, i):
            h.confidence = 0.45  # 'men gran ville ikke betale', 'lier har hatt ansvaret'


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


def _coordinated(hits: list[Hit], tokens: Sequence[Token]) -> None:
    """A name that is also a word, listed next to a sure municipality ('stange, løten og
    hamar', 'Frøya og Hitra'), is a municipality too (unsure: it goes to review)."""
    by_token = {_token_at(tokens, h.start): h for h in hits if h.label == "MUNICIPALITY"}
    for _ in range(2):  # chains: a b og c
        for i, h in by_token.items():
            if h.confidence >= 0.8:
                continue
            for step in (-1, 1):
                j = i + step
                if 0 <= j < len(tokens) and tokens[j].low in COORDINATORS:
                    j += step
                other = by_token.get(j)
                if other is not None and other.confidence >= 0.8 and other is not h:
                    h.confidence = max(h.confidence, 0.8 if other.confidence >= 0.85 else 0.7)
                    break
                # two names that are both words and both municipalities, joined by a
                # coordinator ('mellom gran og lunner', 'time og klepp'): places, unsure
                if (other is not None and other is not h and j != i + step
                        and not (tokens[i].capital and tokens[j].capital)
                        and _bare(tokens, i) and _bare(tokens, j)
                        and min(fuzzy.zipf(tokens[i].low, ("nb",)),
                                fuzzy.zipf(tokens[j].low, ("nb",))) < COMMON_NOUN_ZIPF):
                    h.confidence = max(h.confidence, 0.65)
                    other.confidence = max(other.confidence, 0.65)


def _bare(tokens: Sequence[Token], i: int) -> bool:
    """Not a noun with a determiner or adjective before it ('ei gran', 'stor sol')."""
    return i == 0 or tokens[i - 1].low not in DETERMINERS


def place_info(place: gz.Place) -> dict[str, Any]:
    """What generalisation needs: the county now (unless the name was shared by several
    municipalities at once and nothing says which), and the regions."""
    return {"kind": place.kind, "name": place.canonical,
            "county": "" if place.shared_name else place.county_now,
            "regions": place.regions}


def _strong_context(prev: str, nxt: str, hyphen_after: bool) -> bool:
    """'Hamar kommune', 'kommunen Hamar', 'NAV Hamar', 'Hamar-kontoret'."""
    return (nxt in KOMMUNE_AFTER or prev in NAV_BEFORE or prev in KOMMUNE_BEFORE
            or prev.endswith(("kommunen", "kommuna")) or hyphen_after)


def _place_confidence(place: gz.Place, tok: Token, prev: str, nxt: str, hyphen_after: bool,
                      caps: bool, *, genitive: bool, prev2: str = "") -> float:
    strong = _strong_context(prev, nxt, hyphen_after)
    if not place.common_word:
        if caps and not tok.capital:
            return 0.8 if strong or prev in PLACE_PREPOSITIONS else 0.6
        return 0.97 if strong else 0.93
    # a name that is also an ordinary word: decided by context
    if strong and (tok.capital or not caps):
        return 0.97
    if prev in DETERMINERS:
        return 0.0
    if genitive and tok.capital:  # 'Askers modell': a genitive of a common noun is rare
        return 0.85
    if caps:
        if not tok.capital:
            return 0.0
        if not tok.sentence_start:
            return 0.9 if (prev in PLACE_PREPOSITIONS or genitive) else 0.85
        return 0.6 if prev in PLACE_PREPOSITIONS else 0.45
    # lower-case text (speech recognition): the preposition, what comes before it, and
    # how common the ordinary word is decide
    if genitive:
        return 0.0
    if nxt in INSTITUTION_AFTER:  # 'lier kontoret' (ASR for 'Lier-kontoret')
        return 0.9
    cue = prev2 in PLACE_CUES
    if prev in STRONG_PREPOSITIONS:
        return 0.85 if cue else 0.75
    if prev in SPOKEN_PREPOSITIONS:
        if cue:
            return 0.75
        # 'på ski', 'på bergen' (the mountains): a very common word after a bare 'på'
        # is the word
        return 0.6 if fuzzy.zipf(tok.low, ("nb",)) < VERY_COMMON_ZIPF else 0.0
    if fuzzy.zipf(tok.low, ("nb",)) < RARE_WORD_ZIPF:
        return 0.45  # rarely an ordinary word ('grane', 'sula', 'osen'): unsure
    return 0.0


# ------------------------------------------------------------------------------ persons


def _is_given(low: str, g: gz.Gazetteer, *, extra: bool) -> bool:
    if low in STOPWORDS or low in g.not_person:
        return False
    return low in g.given or (extra and low in g.given_extra)


def person_hits(text: str, tokens: Sequence[Token], caps: bool) -> list[Hit]:
    g = gz.load()
    hits: list[Hit] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        run = _name_run(text, tokens, i, caps, g)
        if run:
            j = i + len(run) - 1
            conf = _person_confidence(tokens, i, j, caps, g)
            if conf > 0:
                start, end = tokens[i].start, tokens[j].end
                # genitive: "Karis" is not in the lists; "Kari Nordheims" is caught by
                # the surname list only if written without -s: strip a trailing 's'.
                hits.append(Hit(start, end, "PERSON", text[start:end], conf, "names",
                                canonical=normalise(text[start:end]),
                                info={"tokens": j - i + 1,
                                      "context": _person_context(tokens, i, j)}))
                i = j + 1
                continue
        # a capitalised unknown word after a title: "doktor Skaug"
        if caps and tok.capital and not tok.sentence_start and i > 0 \
                and tokens[i - 1].low in TITLES and tok.low not in g.not_person \
                and tok.low not in STOPWORDS:
            hits.append(Hit(tok.start, tok.end, "PERSON", tok.text, 0.85, "names:title",
                            canonical=tok.low))
        elif caps and tok.capital and not tok.sentence_start and tok.low not in STOPWORDS \
                and tok.low not in g.not_person and tok.low not in g.places \
                and not tok.text.isupper() and i > 0:
            prev = tokens[i - 1].low
            if prev in PLACE_PREPOSITIONS and tok.low not in g.given \
                    and tok.low not in g.surnames:
                hits.append(Hit(tok.start, tok.end, "PLACE", tok.text, 0.6, "context:place",
                                canonical=tok.low))
            elif tok.low in g.surnames and tok.low not in g.surname_words:
                hits.append(Hit(tok.start, tok.end, "PERSON", tok.text, 0.8, "names:surname",
                                canonical=tok.low))
        i += 1
    return hits


def _name_run(text: str, tokens: Sequence[Token], i: int, caps: bool,
              g: gz.Gazetteer) -> list[Token]:
    """Consecutive name tokens starting with a given name at ``i`` (only spaces or a
    hyphen between them)."""
    first = tokens[i]
    if caps and not first.capital:
        return []
    if not _is_given(first.low, g, extra=caps):
        return []
    run = [first]
    k = i + 1
    while k < len(tokens) and len(run) < 5:
        t = tokens[k]
        gap = text[tokens[k - 1].end:t.start]
        if gap not in (" ", "-"):
            break
        if caps and not t.capital:
            break
        if t.low in STOPWORDS or t.low in g.not_person:
            break
        if t.low in g.given or t.low in g.surnames or (caps and t.low not in g.places):
            run.append(t)
            k += 1
            continue
        if t.low in g.places and (caps or t.low in g.surnames):
            run.append(t)
            k += 1
            continue
        break
    return run


def _person_context(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Words around tokens i..j that say 'a person' ('sa', 'ringte', 'doktor', 'hun')."""
    prev = tokens[i - 1].low if i > 0 else ""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    prev2 = tokens[i - 2].low if i > 1 else ""
    nxt2 = tokens[j + 2].low if j + 2 < len(tokens) else ""
    return (nxt in PERSON_AFTER or prev in PERSON_BEFORE or prev in TITLES
            or (prev in SUBJECT_PRONOUNS and prev2 in PERSON_BEFORE)  # 'ringte jeg bjørn'
            or nxt2 in PERSONAL_PRONOUNS  # 'for ida da hun sluttet'
            or (prev == "var" and prev2 in ("det", "da") and nxt == "som"))  # cleft


def _person_confidence(tokens: Sequence[Token], i: int, j: int, caps: bool,
                       g: gz.Gazetteer) -> float:
    first = tokens[i]
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    word_like = first.low in g.given_words
    if j > i:  # two or more name tokens
        second = tokens[i + 1].low
        if word_like and second in g.given_words and second in g.surname_words and not caps:
            return 0.6
        return 0.95
    context = _person_context(tokens, i, j)
    if caps:
        if not word_like:
            return 0.9
        if first.sentence_start:
            return 0.75 if nxt in PERSON_AFTER else 0.0
        return 0.85
    if not word_like:
        return 0.9 if first.low in g.given else 0.0
    return 0.65 if context else 0.0


# ------------------------------------------------------------------------------ patterns

_FNR = re.compile(r"(?<![\d-])(\d{6})[ ]?(\d{5})(?![\d-])")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)47[ ]?)?"
    r"(?:[2-9]\d[ ]\d\d[ ]\d\d[ ]\d\d|[2-9]\d\d[ ]\d\d[ ]\d\d\d|[2-9]\d{7})(?!\d)"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_STREET = (r"(?:[A-ZÆØÅ][\w.-]*\s)?[A-ZÆØÅ][\wæøå-]*(?:gata|gate|gaten|veien|vegen|vei|veg|"
           r"plass|allé|alle|bakken|stien|svingen|brygga|torget|løkka|kroken|lia)"
           r"\s\d{1,4}\s?[A-Za-z]?")
_ADDRESS = re.compile(
    rf"(?:{_STREET}|[Pp]ostboks\s\d{{1,5}})(?:,?\s\d{{4}}\s[A-ZÆØÅ][\wæøå-]+(?:\s[A-ZÆØÅ]\w+)?)?",
    re.UNICODE,
)
_PHONE_CONTEXT = re.compile(r"(tlf|telefon|mobil|nummer|ring|ringe|sms)\w*\W*$", re.I)


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
        conf = 0.95 if grouped or context else 0.6
        hits.append(Hit(m.start(), m.end(), "PHONE", raw, conf, "pattern:phone",
                        canonical=digits[-8:]))
    for m in _ADDRESS.finditer(text):
        hits.append(Hit(m.start(), m.end(), "ADDRESS", m.group().rstrip(), 0.95,
                        "pattern:address", canonical=normalise(m.group())))
    return hits


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
    chosen: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for h in sorted(hits, key=_rank, reverse=True):
        if any(h.start < e and s < h.end for s, e in taken):
            continue
        chosen.append(h)
        taken.append((h.start, h.end))
    return sorted(chosen, key=lambda h: h.start)


def detect(text: str, *, registry: Registry | None = None, caps: bool | None = None,
           min_confidence: float = 0.3) -> list[Hit]:
    """All hits in ``text``, overlaps resolved. ``caps``: whether capitals can be trusted
    (default: decided from the text itself)."""
    if not text:
        return []
    tokens = tokenise(text)
    if caps is None:
        caps = capitals_reliable(text)
    search = gz.search_form(text)
    hits = registry_hits(text, search, registry, tokens)
    hits += pattern_hits(text)
    hits += gazetteer_hits(text, search, tokens, caps)
    hits += person_hits(text, tokens, caps)
    # a place name preceded by a given name is a surname ("Lars Berg") — person wins by
    # length in resolve(); a county named right after a municipality disambiguates it
    _disambiguate(hits, text)
    _place_over_given_name(hits)
    return [h for h in resolve(hits) if h.confidence >= min_confidence]


def _place_over_given_name(hits: list[Hit]) -> None:
    """A lone given name that is also a municipality ('fra vega', 'i frøya', 'Frøya og
    Hitra') is the municipality when the words around it say place (the gazetteer hit is
    context-sure) and nothing says person."""
    places = {(h.start, h.end) for h in hits if h.label == "MUNICIPALITY"
              and h.source.startswith("gazetteer") and h.confidence >= 0.7}
    for h in hits:
        if (h.label == "PERSON" and h.source == "names" and h.info.get("tokens") == 1
                and not h.info.get("context") and (h.start, h.end) in places):
            h.confidence = 0.0


def _disambiguate(hits: list[Hit], text: str) -> None:
    """'Os i Hordaland': a name several municipalities had at once, followed by
    'i <county>', is the one in that county (for generalisation)."""
    g = gz.load()
    for h in hits:
        if h.label != "MUNICIPALITY" or h.info.get("county"):
            continue
        m = re.match(r"\s+(?:i|på)\s+([\wæøåÆØÅ-]+(?:\s+og\s+[\wæøåÆØÅ-]+)?)", text[h.end:])
        if m:
            county = g.county_names.get(m.group(1).lower())
            if county:
                h.info = {**h.info, "county": county,
                          "regions": [g.region_of_county.get(county, "")]}
