"""The gazetteer: municipalities 2005–2026 (merged ones too, with Sami/Kven parallel names),
counties, districts, towns and villages (``steder.csv``), given names, surnames and trap
words — loaded once from package data (built by ``scripts/build_data.py`` and
``scripts/build_world_data.py``) — and a fast Aho–Corasick matcher over them.

Names that identify no one are in the matcher too, with the label ``NONE``: countries and
continents, foreign cities, and wide regions such as the landsdeler ("Nord-Norge as a region
of millions", issue 12). A ``NONE`` hit is never replaced; it only keeps the person and
place guesses off those words.

Everything is matched in a *search form* of the text that has the same length as the
text: lower-cased character by character, hyphens turned into spaces. Offsets found in
the search form are offsets in the original.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

import ahocorasick

from ..data import rows

# Municipality, county and region names that are also ordinary words or first names.
# traps.csv lists most; these few it lacks (general knowledge of Norwegian words). Bergen
# and Alta are not among them: speech says them as the towns far more often than as a word
# ('savna bergen', 'alta har jo nordlys'): only after a bare 'på' is 'bergen' the rocks
# ('ned på bergen'; the town is 'i bergen').
EXTRA_COMMON_WORDS = frozenset({
    "moss", "tana", "vega", "sula", "grane", "frøya",
    "viken", "innlandet", "lister", "salten", "dalane", "sogn", "follo",
    "fjell", "fjord", "stranda", "eide", "selje", "lierne",  # 'fjell og fjord', 'selje' (sell)
    "frosta", "haram", "stad",  # 'frosta tok potetene', 'det er haram', 'i stad' (just now)
    "nesset",  # 'ute på nesset' (the headland)
    # everyday words, Nynorsk and dialect most, that wordfreq's Bokmål misses: the hearth,
    # the flea, the bay, the clay, the willow, the heap
    "grua", "loppa", "vika", "bukta", "leira", "selja", "røysa", "kverna", "sagbruket",
})
# towns of no common word whose lower-case name after a bare 'på' is a word all the same
ROCKS_AFTER_PAA = frozenset({"bergen"})

# Municipalities named like a word that speech hardly ever says as the word (a Nynorsk
# 'hamar' is a crag, 'drammen' a dram, 'alver' elves): after a bare 'på' or 'ned til' they
# are the town ('på hamar', 'ned til drammen'), unlike 'på ski', 'ned til stranda'
TOWN_FIRST_WORDS = frozenset({"hamar", "drammen", "molde", "asker", "skien", "alver"})

# Places abroad that verden.csv (English and local names, cities over 15 000) lacks: Norwegian
# exonyms, islands and regions people travel to or come from (general knowledge)
EXTRA_WORLD = ("Antwerpen", "Brussel", "München", "Göteborg", "Kiev", "Cebu", "Gdansk", "Wien",
               "Genève", "Genf", "Bukarest",
               "Krakow", "Tenerife", "Gran Canaria", "Mallorca", "Kreta", "Sicilia", "Sardinia",
               "Korsika", "Rhodos", "Bali", "Phuket", "Hawaii", "Alaska", "California",
               "Texas", "Florida", "Lappland", "Skåne", "Jylland", "Bornholm", "Gotland",
               "Sankt Petersburg", "Chiang Mai", "Havanna", "Marrakech", "Tigray", "Kurdistan",
               "Duhok", "Saigon", "Kanariøyene", "Kanariøyane", "Costa del Sol", "Provence",
               "Toscana", "Bayern", "Sibir", "Krim", "Donbas", "Gaza", "Vestbredden",
               "Darfur", "Punjab", "Kashmir", "Normandie", "Bretagne", "Andalucia",
               "Syden",  # the sunny south of package holidays
               # where Norwegians fished, emigrated and traded (the North Sea, the Midwest,
               # the Swedish border, the Kola peninsula)
               "Skottland", "Shetland", "Orknøy", "Orknøyene", "Hebridene", "Lerwick",
               "Grimsby", "Hirtshals", "Frederikshavn", "Ålborg", "Thisted", "Minnesota",
               "Wisconsin", "North Dakota", "Nord-Dakota", "Dakota", "Midtvesten", "Mekka",
               "Strømstad", "Värmland",
               "Tornedalen", "Karesuando", "Kolahalvøya", "Petsamo", "Lampedusa",
               # rivers and mountain ranges abroad ('ved Donau')
               "Donau", "Rhinen", "Rhin", "Themsen", "Seinen", "Volga", "Nilen", "Eufrat",
               "Tigris", "Amazonas", "Mississippi", "Alpene", "Pyreneene", "Karpatene",
               "Himalaya", "Andes", "Uralfjellene", "Kaukasus",
               "Bosnia", "Hercegovina", "Wales", "Utah", "Jerevan", "Roskilde", "Colorado",
               "Idaho", "Montana",
               # Nordic provinces and islands, holiday islands and towns ('Siljan i Dalarna')
               "Dalarna", "Halland", "Bohuslän", "Jämtland", "Härjedalen", "Norrbotten",
               "Västerbotten", "Hälsingland", "Småland", "Uppland", "Öland", "Fyn",
               "Sjælland", "Lolland", "Skagen", "Abisko", "Lanzarote", "Fuerteventura",
               "La Gomera", "La Palma", "Ibiza", "Menorca", "Algarve", "Dubrovnik",
               "Daugavpils", "Šiauliai", "Hai Phong")

# the landsdeler in Nynorsk (regions.csv writes them in Bokmål): never labelled
NYNORSK_LANDSDELER = ("Nord-Noreg", "Midt-Noreg", "Sør-Noreg", "Vest-Noreg", "Austlandet",
                      "Aust-Noreg")

# Given names that are ordinary words too, besides those traps.csv lists (general
# knowledge: 'sten' stone, 'bo' live, 'ville' would, 'odd' point, 'ben' leg)
EXTRA_GIVEN_WORDS = frozenset({"sten", "bo", "ville", "my", "ma", "odd", "even", "may", "ben",
                               "kristi", "dag", "liv", "vår", "mai", "sol"})

# English given names that ``navn_verden.csv`` lacks (its build drops names that are common
# English words): 'Vi møtte Will Stone' names a person (general knowledge; not 'Hope',
# 'Faith', 'Stone', 'Rich', nor 'Ned', a Norwegian word)
EXTRA_WORLD_GIVEN = frozenset({"will", "pete", "nick", "rob", "walt", "jay",
                               "lee", "pat", "earl", "wade"})

_TRAP_KOMMUNE_KINDS = {"kommune_name_common_word", "kommune_name_also_given_name",
                       "kommune_name_ambiguous"}
_NOT_A_PERSON_KINDS = {"organisation", "department", "department_acronym", "party", "system",
                       "company", "country", "region", "county", "place", "other_capitalised",
                       "lowercase_calendar", "lowercase_title_or_body", "law_or_reform"}

# landsdeler are wide regions (never labelled); Trøndelag is a county too (PLACE)
UNLABELLED_REGION_KINDS = {"landsdel"}
COUNTY_LANDSDELER = {"Trøndelag"}
# towns and villages whose name is an ordinary word in Norwegian and a neighbour language
# (``scripts/build_world_data.py`` lists them all; these need context like common words)
LOCALITY_COMMON_ZIPF = 2.5
COMMON_SURNAME_COUNT = 1500

_FOLD = str.maketrans({"á": "a", "š": "s", "ŋ": "n", "č": "c", "đ": "d", "ŧ": "t", "ž": "z",
                       "ï": "i", "ö": "o", "ä": "a", "â": "a", "ü": "u"})


def search_form(text: str) -> str:
    """Lower-cased, hyphens as spaces, same length as ``text``."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("-", " ").replace("\u2011", " ")


def pattern_forms(name: str) -> set[str]:
    """The forms a name is searched in: as written, without hyphen/space, ASCII-folded."""
    base = " ".join(name.lower().replace("-", " ").split())
    forms = {base}
    if " " in base:
        forms.add(base.replace(" ", ""))
    forms |= {f.translate(_FOLD) for f in list(forms)}
    return {f for f in forms if f}


@dataclass
class Place:
    """One gazetteer name: a municipality (all rows with that name), county or region."""

    label: str  # MUNICIPALITY | PLACE | NONE (never labelled: countries, wide regions)
    canonical: str  # the name as written officially
    kind: str  # municipality | county | region | locality | country | city
    numbers: list[str] = field(default_factory=list)
    counties: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    common_word: bool = False  # also an ordinary word / first name: needs context
    shared_name: bool = False  # several municipalities had this name at the same time
    county_now: str = ""  # the county of its latest row (current, or when it ended)
    _latest: int = -1


@dataclass
class Gazetteer:
    places: dict[str, list[Place]]  # search form -> places
    automaton: ahocorasick.Automaton
    given: frozenset[str]  # lower-case given names (SSB)
    given_extra: frozenset[str]  # lower-case given names from the low-confidence source
    surnames: frozenset[str]
    given_words: frozenset[str]  # given names that are also words (Hans, Per, Stein ...)
    surname_words: frozenset[str]
    not_person: frozenset[str]  # organisations, parties, systems, weekdays, titles ...
    kommune_common: frozenset[str]
    county_names: dict[str, str]  # lower name -> official county name
    region_of_county: dict[str, str]
    world: frozenset[str] = frozenset()  # forms of names never labelled (countries ...)
    # surnames borne by many (SSB count >= COMMON_SURNAME_COUNT): 'Lund', 'Strand', 'Vik'
    # are people about as often as they are places
    common_surnames: frozenset[str] = frozenset()
    surname_count: dict[str, int] = field(default_factory=dict)  # SSB bearers
    # given names and surnames of every origin that SSB's lists lack ('kowalczyk',
    # 'tesfamariam', 'maricel'; ``navn_verden.csv``, scripts/build_name_data.py)
    world_given: frozenset[str] = frozenset()
    world_surnames: frozenset[str] = frozenset()
    # foreign towns of 15 000 or more (``utlandsbyer.csv``): never labelled alone; the
    # words around a guess say whether it is the town (``towns_abroad.town_abroad``)
    foreign_towns: frozenset[str] = frozenset()
    # how many bear a given name: SSB's summed yearly share (per cent), newborns 2005–2014
    # counted as a hundredth each
    given_share: dict[str, float] = field(default_factory=dict)

    def norwegian(self, form: str) -> bool:
        """A municipality, county or place in Norway is called ``form`` (not only a place
        abroad, which the gazetteer holds to leave alone)."""
        return any(p.label != "NONE" for p in self.places.get(form, ()))

    def find(self, search: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, form) of every gazetteer form in ``search`` at word boundaries."""
        for end_idx, form in self.automaton.iter(search):
            start = end_idx - len(form) + 1
            if start > 0 and search[start - 1].isalnum():
                continue
            yield start, end_idx + 1, form


@cache
def load() -> Gazetteer:
    traps: dict[str, set[str]] = {}
    for r in rows("traps.csv"):
        traps.setdefault(r["kind"], set()).add(r["word"])
    common = {w.lower() for k in _TRAP_KOMMUNE_KINDS for w in traps.get(k, set())}
    common |= EXTRA_COMMON_WORDS
    shared = traps.get("kommune_name_ambiguous", set())

    places: dict[str, list[Place]] = {}
    by_name: dict[str, Place] = {}
    for r in rows("kommuner.csv"):
        p = by_name.get(r["name"])
        if p is None:
            p = by_name[r["name"]] = Place("MUNICIPALITY", r["name"], "municipality",
                                           common_word=r["name"].lower() in common,
                                           shared_name=r["name"] in shared)
            names = [r["name"]]
        else:
            names = []
        p.numbers.append(r["number"])
        latest = int(r["valid_to"] or 9999)
        if latest > p._latest:
            p._latest, p.county_now = latest, r["county"]
        if r["county"] not in p.counties:
            p.counties.append(r["county"])
        if r["region"] not in p.regions:
            p.regions.append(r["region"])
        names += [n for n in r["other_names"].split("|") if n]
        for n in names:
            for form in pattern_forms(n):
                if p not in places.setdefault(form, []):
                    places[form].append(p)
    county_names: dict[str, str] = {}
    region_of_county: dict[str, str] = {}
    for r in rows("fylker.csv"):
        region_of_county[r["name"]] = r["region"]
        p = Place("PLACE", r["name"], "county", counties=[r["name"]], regions=[r["region"]],
                  common_word=r["name"].lower() in common, county_now=r["name"])
        for n in [r["name"], *[x for x in r["other_names"].split("|") if x]]:
            county_names[n.lower()] = r["name"]
            for form in pattern_forms(n):
                places.setdefault(form, []).append(p)
    wide = {r["name"] for r in rows("verden.csv") if r["kind"] == "region"}
    nynorsk = [{"name": n, "kind": "landsdel"} for n in NYNORSK_LANDSDELER]
    for r in [*rows("regions.csv"), *nynorsk]:
        unlabelled = (r["kind"] in UNLABELLED_REGION_KINDS or r["name"] in wide) \
            and r["name"] not in COUNTY_LANDSDELER
        p = Place("NONE" if unlabelled else "PLACE", r["name"], "region",
                  common_word=r["name"].lower() in common)
        for form in pattern_forms(r["name"]):
            places.setdefault(form, []).append(p)
    given_all = {r["name"].lower() for r in rows("fornavn.csv")}
    surname_rows = rows("etternavn.csv")
    surnames = {r["name"].lower() for r in surname_rows}
    common_surnames = {r["name"].lower() for r in surname_rows
                       if int(r["count"] or 0) >= COMMON_SURNAME_COUNT}
    for r in rows("steder.csv"):
        low = r["name"].lower()
        word = low in common or low in given_all or low in surnames or _ordinary_word(low)
        p = Place("PLACE", r["name"], "locality", common_word=word)
        for form in pattern_forms(r["name"]):
            if form not in places:  # a municipality or county of that name comes first
                places[form] = [p]
    world: set[str] = set()
    persons_everywhere = given_all | surnames | {
        _foreign_fold(r["name"].lower()) for r in rows("navn_verden.csv")}
    for r in [*rows("verden.csv"), *({"name": n, "kind": "region"} for n in EXTRA_WORLD)]:
        # kind: country, region or city (a foreign city may be a person's surname too)
        p = Place("NONE", r["name"], r["kind"], common_word=True)
        forms = pattern_forms(r["name"])
        for form in forms | {_foreign_fold(f) for f in forms}:
            if form not in places and (form in forms or _plain_foreign_form(
                    form, persons_everywhere)):
                places[form] = [p]
                world.add(form)

    automaton = ahocorasick.Automaton()
    for form in places:
        automaton.add_word(form, form)
    automaton.make_automaton()

    given = {r["name"].lower() for r in rows("fornavn.csv") if r["ssb"] == "1"}
    given_extra = given_all - given
    # acronyms ('UNN', 'NAV') are caught by their capitals; folded they would hide names
    world_names = rows("navn_verden.csv")
    not_person = {w.lower() for k in _NOT_A_PERSON_KINDS for w in traps.get(k, set())
                  if not (w.isupper() and len(w) > 1)}
    return Gazetteer(
        places=places, automaton=automaton,
        given=frozenset(given), given_extra=frozenset(given_extra - given),
        surnames=frozenset(surnames),
        given_words=frozenset(w.lower() for w in traps.get("given_name_also_word", ()))
        | EXTRA_GIVEN_WORDS,
        surname_words=frozenset(w.lower() for w in traps.get("surname_also_word", ())),
        not_person=frozenset(not_person), kommune_common=frozenset(common),
        county_names=county_names, region_of_county=region_of_county,
        world=frozenset(world), common_surnames=frozenset(common_surnames),
        surname_count={r["name"].lower(): int(r["count"] or 0) for r in surname_rows},
        world_given=frozenset(r["name"].lower() for r in world_names
                              if r["kind"] in ("given", "both")) | EXTRA_WORLD_GIVEN,
        world_surnames=frozenset(r["name"].lower() for r in world_names
                                 if r["kind"] in ("surname", "both")),
        given_share={r["name"].lower(): float(r["share"])
                     for r in rows("fornavn.csv") if r["share"]},
        foreign_towns=frozenset(form for r in rows("utlandsbyer.csv")
                                for form in (r["name"].lower(),
                                             _foreign_fold(r["name"].lower()))),
    )


# letters that no accent makes ('ł' of 'Łódź', dotless 'ı' of 'Aliağa's Turkish)
_FOREIGN_LETTERS = str.maketrans({"ł": "l", "ı": "i", "đ": "d", "ß": "ss", "ħ": "h"})


def _foreign_fold(form: str) -> str:
    """A foreign name as speech recognition and plain keyboards write it: accents dropped
    ('klaipėda' → 'klaipeda', 'aliağa' → 'aliaga'), Norwegian letters kept."""
    out = []
    for c in form.translate(_FOREIGN_LETTERS):
        if c in "æøå":
            out.append(c)
            continue
        out.append("".join(x for x in unicodedata.normalize("NFKD", c)
                           if not unicodedata.combining(x)))
    return "".join(out)


def _plain_foreign_form(form: str, persons: set[str]) -> bool:
    """An accent-folded foreign name that is no name of a person (Norwegian lists or the
    world's) and no frequent word ('klaipeda'; not 'are' of 'Åre')."""
    from wordfreq import zipf_frequency

    return len(form) >= 4 and form not in persons \
        and zipf_frequency(form, "nb") < 3.0 and zipf_frequency(form, "en") < 3.5


def _ordinary_word(low: str) -> bool:
    """A town's name that is an ordinary word here and in a neighbour language ('Sand',
    'Tretten', 'Hell'); names only Norwegian news writes ('Jessheim') are not."""
    from wordfreq import zipf_frequency

    return (zipf_frequency(low, "nb") >= LOCALITY_COMMON_ZIPF
            and max(zipf_frequency(low, lang) for lang in ("da", "sv", "en", "de"))
            >= LOCALITY_COMMON_ZIPF)


def municipalities_called(low: str) -> list[Place]:
    """The municipalities (present and former) a one-word name names."""
    return [p for p in load().places.get(search_form(low), ()) if p.kind == "municipality"]


def municipality_names() -> list[str]:
    """Every official municipality name (for tests and the leak check)."""
    g = load()
    return sorted({p.canonical for ps in g.places.values() for p in ps
                   if p.kind == "municipality"})


def words(iterable: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in iterable)
