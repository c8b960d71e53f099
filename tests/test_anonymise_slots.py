"""Where a name stands (issue 12, second round): surnames that are municipality names,
names that are ordinary words, foreign and Sami names alone, East Asian surnames that
Norwegian writes as words, lower-case names decided by the words around them, places that
are no municipality, and what must stay untouched. Every sentence is written for this test;
the names are invented or drawn at random."""

from __future__ import annotations

import pytest

from feltarbeid.anonymise.detect import detect, detect_many
from feltarbeid.anonymise.slots import noun_like, person_evidence, place_evidence
from feltarbeid.anonymise.spans import tokenise


def labelled(text: str) -> list[tuple[str, str]]:
    return [(h.surface, h.label) for h in detect(text)]


def persons(text: str) -> list[str]:
    return [h.surface for h in detect(text) if h.label == "PERSON"]


@pytest.mark.parametrize("text, names", [
    # a municipality name as a surname, where the words say person
    ("Harstad sa at budsjettet ikke holdt.", ["Harstad"]),
    ("Vi var hos Lund i går for å skrive under.", ["Lund"]),
    ("Så spurte jeg Strand om hun ville lede gruppa.", ["Strand"]),
    ("Ordfører Stokke ville ikke svare på det.", ["Stokke"]),
    ("Kollegaen min, Sande, hadde vært med fra starten.", ["Sande"]),
    ("Eide og jeg kjørte sammen til samlingen.", ["Eide"]),
    ("Det var Vik som ringte meg først.", ["Vik"]),
    # names that are ordinary words
    ("Holm mente at vi burde vente et år.", ["Holm"]),
    ("Jeg snakket med Strøm etterpå, og han var enig.", ["Strøm"]),
    ("Lederen vår, Bakken, var streng men rettferdig.", ["Bakken"]),
    ("Han het Sten, og han kom fra nabobygda.", ["Sten"]),
    ("Lund var ikke særlig begeistret for ideen.", ["Lund"]),
    ("Sande satt i formannskapet den gangen.", ["Sande"]),
    ("Vi kalte ham Dal, det var det alle gjorde.", ["Dal"]),
    ("Vold jobbet med rus og psykiatri.", ["Vold"]),
    ("Finn kom inn og sa at møtet var avlyst.", ["Finn"]),
    ("Han leste «Sult» av Hamsun på ungdomsskolen.", ["Hamsun"]),
    ("Det var K.B. som ordnet med nøklene, og O.J. kjørte bussen.", ["K.B.", "O.J."]),
    ("Lensmann Bergersen kom kjørende i full fart.", ["Bergersen"]),
    ("«Bamsen» het egentlig noe helt annet.", ["Bamsen"]),
    ("Melhus var den eneste som torde å si fra.", ["Melhus"]),
    # foreign and Sami surnames standing alone, East Asian surnames cited alone
    ("Kowalczyk fortalte at hun hadde vært sykepleier i Gdańsk.", ["Kowalczyk"]),
    ("Vi var hos Oskal for å høre om reindrifta.", ["Oskal"]),
    ("Le og Pham kom hit på slutten av åttitallet.", ["Le", "Pham"]),
    ("Funnene samsvarer med Vo og Bui (2018).", ["Vo", "Bui"]),
    ("Ho (2011) finner det samme blant eldre innvandrere.", ["Ho"]),
    # citations whose author is a common English word or stands after another year
    ("Skjønn utøves innenfor regelverket (Lipsky, 1980; Hupe & Hill, 2007).",
     ["Lipsky", "Hupe", "Hill"]),
    ("Dette er kritisert før (se Giddens 1984, Archer 1995).", ["Giddens", "Archer"]),
])
def test_person_where_the_words_say_person(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, expected", [
    # the same words where they name the municipality
    ("Vi flyttet til Harstad i 2015.", [("Harstad", "MUNICIPALITY")]),
    ("Jeg jobbet på NAV Lund i tre år.", [("Lund", "MUNICIPALITY")]),
    ("Strand kommune har ikke råd til det.", [("Strand", "MUNICIPALITY")]),
    ("I en studie fra Molde fant Kvalbein og kolleger det samme.",
     [("Molde", "MUNICIPALITY"), ("Kvalbein", "PERSON")]),
    ("Vi har et samarbeid med Vik og Balestrand om barnevernet.",
     [("Vik", "MUNICIPALITY"), ("Balestrand", "MUNICIPALITY")]),
    # the surname of a full name, later alone: the person, not the municipality
    ("Vi jobbet med Kari Harstad i flere år, og Harstad var alltid blid.",
     [("Kari Harstad", "PERSON"), ("Harstad", "PERSON")]),
])
def test_municipality_or_person(text, expected):
    assert labelled(text) == expected


@pytest.mark.parametrize("text, names", [
    ("da sa kvernmo at det ikke gikk", ["kvernmo"]),
    ("så kom okonkwo og sa at bussen var innstilt", ["okonkwo"]),
    ("hanssen på trygdekontoret var helt grei", ["hanssen"]),
    ("det var eikrem og brattgjerd som var på kurset", ["eikrem", "brattgjerd"]),
    ("vi var hos villanueva i går", ["villanueva"]),
])
def test_lower_case_names_by_their_slot(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    # ordinary words in the same slots, capitals that are no names
    "min bror jobbet i kommunen en periode",
    "på mandag hadde vi personalmøte og da kom det opp igjen",
    "barna lekte i sand hele dagen",
    "Brevmalen er ikke gyldig, så vi skrev en ny.",
    "Deltakinga er frivillig, og du kan trekke deg.",
    "Fotballklubben Odd vant cupen det året.",
    "Han holdt med Brann, og hun holdt med Lyn.",
    "Det var travelt før Ramadan, som alltid.",
    "Hun sendte meg en melding på MinID i går.",
    "Mange av brukerne våre er med i Barnetrygden.",
    "Vi hadde mange brukere som hadde bodd i Damaskus før de kom hit.",
    "Vi dro over grensen og handlet i Haparanda.",
    "Det var vår, og isen begynte å gå opp.",
    "Han Stornes frå Fiskarlaget sa at kvotane var for små.",
    "Bakken var glatt, så vi gikk forsiktig.",
    "Helse Vest har ansvaret for sykehusene.",
    "sola har gått ned når vi går hjem om vinteren",
    "Fred er viktigere enn alt annet.",
    "Han bodde i USA og jobbet for FN.",
    "Sola var også den som varmet mest.",
    "vi hadde sten og sand i skoene etter turen",
    "Moss vokser godt i fuktige skoger.",
    "Bakken var frossen hele vinteren.",
    "Vold i nære relasjoner er et stort problem.",
    "han hadde lange armer og mørk hud",
    "Lykke er å ha noen å snakke med.",
])
def test_no_name_in_these(text):
    assert [h.surface for h in detect(text) if h.surface not in ("Stornes",)] == []


@pytest.mark.parametrize("text, places", [
    ("Vi bodde på Holmlia før vi flyttet.", ["Holmlia"]),
    ("Hun var fra Beitostølen opprinnelig.", ["Beitostølen"]),
    ("Han kjørte buss mellom Kolbu og Skarvhamn i mange år.", ["Kolbu", "Skarvhamn"]),
    ("Det var på Lade vi hadde treningene.", ["Lade"]),
    ("jeg flyttet fra kvalneset da jeg var atten", ["kvalneset"]),
    ("Jeg tok over gården på Nordre Brekke i sekstifem.", ["Nordre Brekke"]),
    ("ungene gikk på barnehage på lambertseter", ["lambertseter"]),
])
def test_places_that_are_no_municipality(text, places):
    assert [h.surface for h in detect(text) if h.label == "PLACE"] == places


def test_evidence_is_graded():
    def ev(text: str, word: str) -> tuple[float, float]:
        tokens = tokenise(text)
        i = next(k for k, t in enumerate(tokens) if t.text == word)
        return person_evidence(text, tokens, i), place_evidence(text, tokens, i)

    assert ev("Harstad sa nei.", "Harstad") == (2.0, 0.0)
    assert ev("Vi bodde i Harstad.", "Harstad")[1] >= 1.5
    assert ev("Harstad kommune sa nei.", "Harstad")[1] == 2.0
    assert ev("Harstad var fin.", "Harstad")[0] == 0.5  # weak: places are fine too
    assert ev("Harstad jobbet der.", "Harstad")[0] == 1.0
    assert ev("Han kjøpte en stein.", "stein") == (0.0, 0.0)


def test_noun_like():
    assert noun_like("koplingsnøkkelen") and noun_like("deltakinga")
    assert not noun_like("kvamsdal") and not noun_like("eikeland")


def test_propagation_takes_a_name_from_a_place_guess():
    texts = ["Jeg snakket med Ingrid Sande i går.", "Sande mente at det var for sent.",
             "Vi flyttet til Sande i fjor."]
    hits = detect_many(texts)
    assert [(h.surface, h.label) for h in hits[1]] == [("Sande", "PERSON")]
    assert hits[1][0].canonical == hits[0][0].canonical  # the same pseudonym
    assert [(h.surface, h.label) for h in hits[2]] == [("Sande", "MUNICIPALITY")]


def test_patterns_in_speech_and_references():
    assert labelled("Då ringde eg Hege på 019 63 271, men ho svara ikkje.") == [
        ("Hege", "PERSON"), ("019 63 271", "PHONE")]
    assert labelled("vi bodde i kirkeveien 12 b den gangen") == [
        ("kirkeveien 12 b", "ADDRESS")]
    assert ("Bergen", "MUNICIPALITY") in labelled(
        "Svartdal, V. (2009). Bygdeliv i endring. Bergen: Fagbokforlaget.")
