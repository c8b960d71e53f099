"""Round 27 of issue 12: what the development sets showed the detector missed or took
wrongly. Every test failed before its fix (a few parametrised cases already passed and stay as
guards of the same rule); the sentences are new ones of the same kind, not the evaluation
sets'."""

from __future__ import annotations

import pytest
from conftest import named_as


@pytest.mark.parametrize(("text", "name"), [
    # a municipality named like a word, in a sentence that surely names another of its
    # county: the municipality (unsure)
    ("brannvesenet i vefsn dekker grane også", "grane"),
    ("han sa hitra men han mente nok frøya", "frøya"),
    ("det er vindafjord som betaler men ølen får skolen", "ølen"),
])
def test_a_word_named_town_beside_a_town_of_its_county(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "word"), [
    # guards: the word where a word stands, whatever town of its county is named
    ("vi kjørte fra moss og så måtte vi rygge inn bak butikken", "rygge"),
    ("vi flytta fra trondheim og kom heim att til slutt", "heim"),
    ("Eg var i Ålesund i stad og handla mat.", "stad"),
    ("hun hadde arabisk time på biblioteket i sandnes hver onsdag", "time"),
    ("han eide gården ved sjøen i tingvoll i mange år", "eide"),
    ("vi bodde i asker og gikk mye på ski om vinteren", "ski"),
])
def test_a_word_beside_a_town_of_its_county_stays_a_word(text: str, word: str) -> None:
    assert word not in named_as(text, "MUNICIPALITY")


def test_a_person_named_like_a_town_beside_a_town_of_its_county() -> None:
    text = "Frøya er sekretæren vår, og ho kjem frå Hitra."
    assert "Frøya" in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a part played on a stage or a screen is no person
    ("Eg fekk rolla som Ingrid då eg var tjue, og det var ei stor rolle.", "Ingrid"),
    ("Rollen som Marte framstilles av flere skuespillere som utakknemlig.", "Marte"),
    ("Jeg spilte professor Hansen i revyen i tre år på rad.", "Hansen"),
    ("Eg dansa Giselle i fjor, og det var det tyngste eg har gjort.", "Giselle"),
    ("Hun hadde debutert som Annie, Matilda eller Oliver alle sammen.", "Matilda"),
    ("Kari og Ola i «Hytteliv» var de to alle snakket om den vinteren.", "Ola"),
    ("Eg har alltid ønskt å spele Solveig, men eg er for gammal no.", "Solveig"),
    ("Hun måtte danse Odette tre kvelder på rad den våren.", "Odette"),
    ("Jeg ser på Hedda som en rolle alle skuespillerinner vil ha.", "Hedda"),
    ("Vi snakket om Ragnhild og Torvald som roller i teaterklubben.", "Torvald"),
])
def test_a_part_played_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: whoever plays, sings or speaks after the verb is a person
    ("På festivalen spelte Sivan kurdisk musikk med oss.", "Sivan"),
    ("Der sang Ingrid for oss, og alle gråt.", "Ingrid"),
    ("Jeg spilte Petter sin gitar på festen i går.", "Petter"),
    ("Hun skulle spille Oddvar som var best i klassen, i finalen.", "Oddvar"),
])
def test_a_player_after_the_verb_is_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # an animal of a zoo or a farm named by its kind is no person
    ("I dyreparken såg vi pingvinen Pelle og sjøløva Sara.", "Sara"),
    ("Giraffen Lise ble født i fjor og er blitt veldig populær.", "Lise"),
    ("Vi hadde ei mjølkeku som heitte Dagros og ein gris.", "Dagros"),
])
def test_a_named_zoo_or_farm_animal_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # an animal opening the sentence with a relative clause, with 'som' or without, is the
    # subject of the naming verb after it
    ("bikkja vi har på hytta nå heter stella og hun bjeffer på alt", "stella"),
    ("Den gamle sjefshunden jeg trente opp, het Balder, og han var rolig.", "Balder"),
    ("geita me hadde som heitte lykke var sjefen i flokken", "lykke"),
    ("Travaren vår heiter Lynet, og han vinn nesten alltid.", "Lynet"),
    ("Vi hadde ei elefantku som heitte Rosa i dyrehagen.", "Rosa"),
])
def test_an_animal_with_a_relative_clause_is_the_one_named(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person opening the sentence, or a person in the clause, is the one named
    ("Naboen vi hadde på hytta het Sigmund.", "Sigmund"),
    ("Kvinnen som eide hesten het Torunn, og hun var streng.", "Torunn"),
    ("Treneren jeg hadde i klubben het Vidar, og han var streng.", "Vidar"),
])
def test_a_person_with_a_relative_clause_is_the_one_named(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # names given as examples of animals or boats in the plural are theirs
    ("Redningshunder som Bamse og Kira blir trent i to år.", "Kira"),
    ("Gamle ferjer som Rigmor og Gunvor blir ofte nevnt med glede.", "Rigmor"),
    ("Hun snakket om kyr, som Dagny eller Rosalind, som om de var venninner.", "Dagny"),
])
def test_names_as_examples_of_animals_are_theirs(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: the subject of a relative clause after the animals is a person
    ("Vi hadde mange hunder som Sigrun og Are passet om sommeren.", "Sigrun"),
    ("Hestene som Vegard og Tone har trent, vant det meste.", "Tone"),
    ("Båtene som Sverre eide, ble solgt.", "Sverre"),
])
def test_a_relative_subject_after_animals_is_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # an animal's name: fronted before 'kalte vi' and the animal, opened by an adjective,
    # or given to a mare of a breed
    ("Balder kalte vi hunden, og han var snill.", "Balder"),
    ("merra het svarte birgit og ho var sta som ei geit", "birgit"),
    ("Vi hadde ei dølahoppe som het Ragna, og ho var sterk.", "Ragna"),
    ("Vi hadde en ponni som het Lilla Gubben, etter boka.", "Gubben"),
])
def test_more_ways_to_name_an_animal(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person before 'kalte vi' with no animal after, or after a person's noun
    ("Kjersti kalte vi inn på kontoret etter møtet.", "Kjersti"),
    ("Naboen het gamle Torleif, og han var snill.", "Torleif"),
])
def test_a_person_called_in_or_named_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a name before a hyphen after 'på' or 'i' is masked: no place is found before a
    # compound's head, so the person must be
    ("Vi var på Torsvik-møtet i fjor, og det ble lange dager.", "Torsvik"),
    ("Det ble mye bråk i Kvamsdal-etterspillet.", "Kvamsdal"),
    ("Han gikk med på Hjelmervik-utspillet til slutt.", "Hjelmervik"),
    # a compound that ends in a word like 'spill' names no product ('etterspillet')
    ("Alle snakket om Lundevall-etterspillet i flere uker.", "Lundevall"),
])
def test_a_name_before_a_hyphen_after_a_place_preposition_is_masked(text: str,
                                                                     name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a toy, an app, a radio or a grill of a make; a diet or an instrument of a known maker
    ("Hun fikk ei Sindy-dokke av bestemor.", "Sindy"),
    ("Vi har ei samling med Tandberg-radioar på loftet.", "Tandberg"),
    ("De har kjøpt Weber-grill og griller hver fredag.", "Weber"),
    ("Fastlegen anbefalte Atkins-dietten, men jeg tror ikke på slikt.", "Atkins"),
    ("Musikklæreren brukte Orff-instrument i timene.", "Orff"),
])
def test_a_make_or_a_known_maker_before_a_hyphen_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a name people bear that is a character's too, before a hyphen and a head that is no
    # likeness of the character: the person's ('Kari-saken' was dropped as 'Elsa-kjole')
    ("Vi snakket mye om Kari-saken på møtet.", "Kari"),
    ("Hun var med i Ida-gjengen hele ungdomsskolen.", "Ida"),
    ("Vi var på Ole-festen i helga.", "Ole"),
    # in lower-case speech too: the preposition governs the head after the hyphen
    ("vi var på ingrid-festen i helga og det var fint", "ingrid"),
])
def test_a_borne_name_before_a_hyphen_is_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a dress, a cap, a figure in a character's likeness
    ("Datteren ville ha Elsa-kjole til jul.", "Elsa"),
    ("Han fikk Emil-lua i gave av farmor.", "Emil"),
])
def test_a_likeness_of_a_character_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # 'Per' opening a sentence before a verb in the past is the name: no preposition stands
    # before a finite verb (it was read as 'per dag' and left readable)
    ("Per kalte vi sjefen, for han bestemte alt.", "Per"),
    ("Per gjorde det meste av jobben den sommeren.", "Per"),
    ("per kalte vi bare sjefen for han bestemte alt", "per"),
])
def test_per_before_a_finite_verb_is_the_name(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize("text", [
    # guards: the preposition before a unit or a noun
    "Per ansatt brukte kommunen over hundre tusen kroner.",
    "Per i dag er det ti som venter.",
    "betaler du per time eller per dag der",
])
def test_per_before_a_noun_stays_the_preposition(text: str) -> None:
    assert "Per" not in named_as(text, "PERSON")
