"""Round 34 of issue 12: a person whose surname is a municipality's before '-saken' (the
given name was left readable), given names of other origins in lower-case speech, words
of a name left readable ('Nordre' of 'Nordre Flatmo', 'Mai' of 'Mai Srisawat', 'asante' of
'kwabena asante'), and things the detector took for persons or places (a listed game's or
brand's word, an animal or a car named with 'den' or after a modal verb, an illness after
its discoverer, storms given as examples). Every case of the tests whose names do not say
'stays' failed with the round's start code (42324d0, round 33's final): 28 cases; the 34
cases of the tests named '… stays …' are guards that keep the new rules from unmasking
persons or places or masking words (one of them failed with the start code too: 'Vi ringte
Kari. Lund Kor sang.' lost the town to the given name ending the sentence before, a sibling
of a bug of this round's first 'Kari Moss-saken' rule). The sentences are new ones of the
same kind, not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels, named_as


@pytest.mark.parametrize(("text", "name"), [
    # a given name before a municipality's name and '-saken': her surname, not the town
    # (only the municipality was masked; the given name was left readable)
    ("Det var Kari Moss-saken.", "Kari Moss"),
    ("I Kari Hole-saken var det mye å gjøre.", "Kari Hole"),
    ("Vi leste om Ola Bø-saken i avisa.", "Ola Bø"),
    ("kari moss-saken var stor", "kari moss"),
])
def test_a_given_name_before_a_town_and_a_case_is_a_person_found(text: str,
                                                                  name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # without a given name before it the case is the town's
    ("Det var Moss-saken.", "Moss"),
    ("Vi snakket om Haram-saken.", "Haram"),
    ("Han jobbet på Hamar-kontoret.", "Hamar"),
    ("Det står i Moss Avis.", "Moss"),
    ("Vi var på Lillehammer-OL.", "Lillehammer"),
    # a given name ending the sentence or the clause before is none of the town's
    ("Vi ringte Siri. Hamar-kontoret svarte ikke.", "Hamar"),
    ("Vi ringte Siri, Hamar-kontoret og politiet.", "Hamar"),
    ("Vi ringte Kari. Lund Kor sang.", "Lund"),
])
def test_a_town_before_a_hyphen_stays_the_town(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # given names of other origins too frequent in Norwegian text for the world's list,
    # in lower-case speech (they were masked only with a capital)
    ("pablo kom i går", "pablo"),
    # 'da' ('then') before a given name of another origin is no particle of the name
    ("da giuseppe kom hjem var det kaldt", "giuseppe"),
])
def test_a_given_name_of_another_origin_in_lower_case_is_found(text: str,
                                                               name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a word that is such a name too ('trent': trained) stays a word in lower case
    "han har trent hele vinteren",
    "trent kom i går",
])
def test_a_frequent_name_that_is_a_word_stays_a_word_in_lower_case(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # 'da silva': a particle before a surname stays part of it; a given name capitalised
    ("da silva kom hjem", "silva"),
    ("han van der meer var skipper", "van der meer"),
])
def test_a_particle_before_a_surname_stays(text: str, name: str) -> None:
    assert any(name in found for found in named_as(text, "PERSON")), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a place's name only as a word of a listed game's or brand's longer name
    "han har spilt tomb raider siden han var liten",
    "vi har en ski-doo og en lynx",
])
def test_a_place_inside_a_listed_works_name_is_no_place(text: str) -> None:
    assert named_as(text, "PLACE") == [] and named_as(text, "MUNICIPALITY") == [], \
        detected_labels(text)


@pytest.mark.parametrize("text", [
    # an animal or a thing named: 'den' fronted with 'har' and a subject between, a modal
    # verb before the naming verb, a hesitation before the name
    "Vi kjøpte en Tesla i fjor, og den har ungene kalt Rudolf.",
    "Vi fikk en kattunge, og den har vi døpt Elsa.",
    "katten skulle hete elsa",
    "Hunden vår skal hete Passopp.",
    "den skulle hete eh elsa",
])
def test_an_animal_or_a_thing_named_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # persons named the same ways stay persons
    ("Han har ungene kalt Rudolf.", "Rudolf"),
    ("Vi fikk en ny gutt i klassen, og den har vi kalt Per.", "Per"),
    ("Den minste jenta, den har vi kalt Kari.", "Kari"),
    ("Datteren vår skulle hete Elsa.", "Elsa"),
    ("Mannen som eide kua skulle hete Nils.", "Nils"),
    ("Skipperen på båten skulle hete Nils.", "Nils"),
    ("Treneren i klubben må hete Nils.", "Nils"),
    ("Praktikanten skal hete Ida.", "Ida"),
    ("hun skulle hete eh elsa", "elsa"),
    ("Vi kjøpte en bil, og den har Kari kalt Rudolf.", "Kari"),
])
def test_a_person_named_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a given name too frequent for the world's list that is a word or a thing too in
    # lower case ('brett': a board; 'jack russell': a dog)
    "vi har et gammelt brett fra brio",
    "hun har en jack russell som heter fido",
])
def test_a_frequent_name_that_is_a_thing_too_stays_a_thing_in_lower_case(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize("text", [
    # an illness after its discoverer among those who have it, or spelt with a grave accent
    "Pasienter med Parkinson trenger tett oppfølging.",
    "mange med sjögren får ikke hjelp",
    "Han fikk Menière i fjor.",
    "Pasienter med Graves trenger hjelp.",
])
def test_an_illness_among_those_who_have_it_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a person of that name elsewhere stays one
    ("Vi snakket med Parkinson i går.", "Parkinson"),
    ("Jeg jobbet med Addison i fjor.", "Addison"),
])
def test_a_discoverers_name_stays_a_person_where_a_person_is_meant(text: str,
                                                                   name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a farm's or a place's name takes in its word of position, and a person guessed after
    # one is the place (only the second word was masked; 'Nordre' was left readable)
    ("Vi har drevet gården Nordre Flatmo siden 1840-tallet.", "Nordre Flatmo"),
    ("Nordre Skogvoll het gården.", "Nordre Skogvoll"),
    ("ehm nordre bjørkum ja det er gården vår", "nordre bjørkum"),
    ("bestefar var fra ei lita bygd som heter søre kvitnes", "søre kvitnes"),
])
def test_a_place_takes_in_its_word_of_position(text: str, name: str) -> None:
    assert name in named_as(text, "PLACE"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # words of size before a given name make a nickname; a person's full name stays whole;
    # in written text a word of position in lower case is no part of a name
    ("Det var Store Per som kom.", "Per"),
    ("Lille Kari kom i går.", "Kari"),
    ("Ola Nordre Hansen kom.", "Ola Nordre Hansen"),
    ("Den indre Hansen kom.", "Hansen"),
])
def test_a_person_after_a_word_of_size_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    "Det var fra nordre del av landet.",
    "vi bodde i søre del av byen",
])
def test_a_word_of_position_alone_stays_no_place(text: str) -> None:
    assert named_as(text, "PLACE") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a given name that is a word too (a month) opening a sentence before a surname no
    # word list knows, or a listed one: the whole name (the given name was left readable)
    ("Mai Srisawat, ja, ho er flytta til Tromsø no.", "Mai Srisawat"),
    ("Mai Hansen kom i går.", "Mai Hansen"),
    ("Juni Olsen kom i går.", "Juni Olsen"),
])
def test_a_given_name_that_is_a_word_too_before_a_surname_is_found(text: str,
                                                                   name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # in lower-case speech a family name abroad after a given name, one that ends as a verb
    # does ('asante', 'mcallister'), is part of the name (it was left readable)
    ("og så var det akosua og kwabena asante som kom med bussen", "kwabena asante"),
    ("eh tyrone mcallister han var trener for jentelaget", "tyrone mcallister"),
])
def test_a_family_name_abroad_after_a_given_name_in_lower_case_is_found(text: str,
                                                                        name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # storms' names given as examples after 'som'
    "Navngivingen av ekstremvær, som Ingunn og Hans, ble kritisert.",
    "Vi har hatt mye ekstremvær som Ingunn og Hans.",
])
def test_storms_named_as_examples_are_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # persons who lived through storms stay persons
    ("Stormene som Kari og Per opplevde var verst.", "Kari"),
    ("Uværet som Kari og Per gikk ut i, var fælt.", "Per"),
])
def test_persons_in_a_clause_about_storms_stay_persons(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)
