"""Round 31 of issue 12: what the development sets (the 121st, named things of cars, boats,
transport, electronics and software; the 122nd and 123rd) showed the detector took wrongly.
Every test failed before its fix; tests named 'stays a person' are guards that pass with the
round's start code too and keep the new rules from unmasking persons. The sentences are new
ones of the same kind, not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels, named_as


@pytest.mark.parametrize("text", [
    # a listed maker after goods and 'fra': the maker, not a place the lists lack
    "Bremsene er fra Shimano, og motoren er fra Bosch.",
    "Skjermen er fra Philips, og høyttalerne er fra Bose.",
    "Laderen er frå Bosch.",
    # 'hos' a listed firm with the verb of buying said once for two ('kjøpte … og … hos')
    "Jeg kjøpte laptopen hos Komplett og tastaturet hos Proshop.",
    # a model and its number after an indefinite article
    "Seilbåten vår er en Bella 600, og den er perfekt.",
    "Vi har en Bella 700 med to motorer.",
    # a type named in a compound before it
    "Flytypen Dash 8 ble forbundet med korte ruter.",
    "Båttypen Bella ble nevnt av mange.",
    # goods after a hyphen: a camera, a television
    "Vi har et Ring-kamera ved døra.",
    # brands of two words that are given names each, or joined by 'og' in lower case
    "Stena Line har vi brukt flere ganger.",
    "eh bang og olufsen-anlegget til far var ikke lov å røre",
])
def test_a_maker_or_a_model_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # goods from a person: a Norwegian given name or surname stays a person
    ("Genseren er fra Kari, hun strikket den selv.", "Kari"),
    ("Kaffen er fra Hansen i nabohuset.", "Hansen"),
    # 'hos' a person, with buying said before
    ("Jeg kjøpte egg og var hos Berit etterpå.", "Berit"),
    # a number after a person's name counts something else
    ("Hun møtte ei Kari 45 år gammel.", "Kari"),
    ("Det var en Kari 2 ganger i uka som kom.", "Kari"),
])
def test_a_person_beside_goods_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a person after a breed's or a type's noun that opens a relative clause: the words
    # of a breed had unmasked her before this round (found probing the type rule)
    ("Rasen Kari likte best var puddel.", "Kari"),
])
def test_a_subject_after_a_type_word_is_masked(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # the subject after the verb of a sentence opened by an adverb, before goods: the
    # older 'maker before goods' rule ('Kavli kaviar') had unmasked these
    ("Så spiste Hansen brødet.", "Hansen"),
    ("Da åpnet Hansen flaska.", "Hansen"),
    ("Så slo Hansen radioen av.", "Hansen"),
    ("Etterpå fant Hansen telefonen under sofaen.", "Hansen"),
])
def test_the_subject_after_a_fronted_verb_is_masked(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a maker before its goods, object of the verb, stays a maker
    "Vi spiste Kavli kaviar.",
    "Til frokost spiste vi Kavli kaviar.",
])
def test_a_maker_as_the_object_before_goods_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize("text", [
    # lower-case speech: a verb after a subject and a modal, though a given name too
    "de skulle arve gården men ingen av dem ville bo der",
    "hun skulle arve haugen til mora",
])
def test_an_infinitive_after_a_modal_is_no_name(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a modal opening a question, then the name: a person
    ("skulle arve berg komme i dag", "arve berg"),
    ("og så sa han at arve skulle komme", "arve"),
])
def test_a_name_near_a_modal_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a medicine, a craft in space, storms, malware after their noun opening the sentence
    "Legemidlet Zyrtec ble nevnt av mange.",
    "Romteleskopet Kepler fant tusenvis av planeter.",
    "Orkanene Katrina og Rita rammet USA samme høst.",
    "Nesesprayen Otrivin brukte jeg hele vinteren.",
    # and before a hyphen and such a noun
    "Mydoom-viruset spredte seg på e-post.",
    "Han jobber med Vega-raketten i Italia.",
])
def test_a_thing_named_after_its_noun_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "MUNICIPALITY") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a person after a noun of people, or the subject of a relative clause after a thing
    ("Familien Hansen kom på besøk.", "Hansen"),
    ("Legen Hansen sa at det gikk bra.", "Hansen"),
    ("Flyet Per tok var forsinket.", "Per"),
    ("Viruset Kari fikk var ille.", "Kari"),
])
def test_a_person_after_a_noun_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a character's genitive, and the first name of a character of two names, where the
    # work is named
    "I «Et dukkehjem» handler mye om Noras valg.",
    "Fokusgruppene diskuterte Raskolnikovs motiver i «Forbrytelse og straff».",
    "Vi leste «Madame Bovary», og jeg likte Emma dårlig.",
])
def test_a_character_near_its_work_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a reader named like a character, who acts as persons do: the character rule had
    # unmasked her
    ("Nora sa at hun hadde lest «Et dukkehjem».", "Nora"),
])
def test_a_reader_named_like_a_character_is_masked(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # named with a person who is no character of the work
    ("Isak og Per leste «Markens grøde» sammen.", "Isak"),
    ("Per og Emma leste «Madame Bovary» sammen.", "Emma"),
])
def test_a_reader_beside_a_person_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a café or a bar named as a building is, its first part no place
    "Vi drakk kaffe på Kaffebrenneriet hver morgen.",
    "Vi var innom Schouskjelleren etter konserten.",
    # a listed character with its title, near its work, whatever it does
    "i kardemomme by er alle snille og politimester bastian ordner opp",
])
def test_a_building_or_a_titled_character_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a hall or a hotel named by a municipality that is no ordinary word: the building
    # rule had unmasked these
    ("Vi var på Vosshotellet.", "Vosshotellet"),
    ("Konserten var i Lillehammerhallen.", "Lillehammerhallen"),
])
def test_a_building_named_by_its_place_is_masked(text: str, name: str) -> None:
    found = named_as(text, "PLACE") + named_as(text, "MUNICIPALITY")
    assert any(name.startswith(f) or f.startswith(name) for f in found), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a listed character of two words whose surname is a place's name too
    "Sherlock Holmes og doktor Watson var de første detektivene jeg leste om.",
])
def test_a_characters_surname_is_no_place(text: str) -> None:
    assert named_as(text, "PLACE") == [] and named_as(text, "PERSON") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Vi kjørte til Holmes i går.", "Holmes"),
])
def test_the_place_alone_stays_a_place(text: str, name: str) -> None:
    assert name in named_as(text, "PLACE"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a cinema, a bar, malware, a walker given a name
    "kinoen het eldorado og den var midtpunktet i byen",
    "Baren het Lompa, og der var ølet billig.",
    "det var en sånn trojaner som het zeus som tømte kontoen",
    "Han kaller rullatoren sin for Mercedes.",
])
def test_a_cinema_a_bar_or_a_thing_given_a_name_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Vi var på kinoen Per eier.", "Per"),
    ("Baren Kari jobber i er stengt.", "Kari"),
    ("Han gikk på kino med Kari.", "Kari"),
])
def test_a_person_at_the_cinema_or_the_bar_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # found probing this round's rules as an adversary: each was unmasked by them (or by
    # an older rule they widened)
    ("Men nå reparerer Olsen tv-er for folk.", "Olsen"),
    ("Kanskje fikser Lie skjermen i morgen.", "Lie"),
    ("Legemidlet Kari fikk hjalp ikke.", "Kari"),
    ("de skulle arve berg sitt hus", "berg"),
    # an older firm rule: the subject of a relative clause after a bakery's noun
    ("Bakeriet Hansen driver er godt.", "Hansen"),
])
def test_probes_of_the_rounds_rules_stay_persons(text: str, name: str) -> None:
    assert any(name in f for f in named_as(text, "PERSON")), detected_labels(text)


@pytest.mark.parametrize("text", [
    # medicines, ships and satellites of the list written this round (ting.csv)
    "Legen skrev ut Dicillin, og så ble det bedre.",
    "Hun tok Benadryl mot allergien.",
    "Vi reiste med Stena Jutlandica til Frederikshavn.",
    "Bilder fra Meteosat viste uværet.",
])
def test_a_listed_medicine_ship_or_satellite_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a listed name of one letter once its signs are gone ('F#') is no initial's
    ("Hollenbach F, Ashcombe DP. Rural belonging revisited. J Rural Stud. 2011;27:101–9.",
     "Ashcombe DP"),
])
def test_an_initial_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)
