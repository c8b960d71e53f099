"""Round 22 of issue 12: what the development sets showed the detector touched wrongly or
missed. Every test failed before its fix (a few parametrised cases already passed and stay as
guards of the same rule); the sentences are new ones of the same kind, not the evaluation
sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels as labels


@pytest.mark.parametrize(("text", "name"), [
    # a municipality named like a word at a sentence's start, of which the sentence says it
    # runs a public service or has sea and mountains: no person owns a casualty clinic
    ("Sola har sin egen legevakt, så vi slipper å kjøre langt.", "Sola"),
    ("Time har et nytt kulturhus som alle skryter av.", "Time"),
    ("Hole har ikke noe hav, bare innsjøer og skog.", "Hole"),
    ("Stokke hadde et eget skolekorps i mange år.", "Stokke"),
    ("Lom har noen av de beste bygdebøkene jeg har lest.", "Lom"),
    ("moss har jo fått et nytt hotell nede ved kanalen", "moss"),
    # what it is: a place of some kind, also after 'ikke akkurat'
    ("eh lier er jo ikke akkurat et turiststed men folk kommer likevel", "lier"),
])
def test_a_municipality_that_has_what_only_a_town_has(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person has a car, a shop, something against it
    ("Berg har ikke noe imot det, sa hun.", "Berg"),
    ("Moen har sin egen bil og kjører selv.", "Moen"),
])
def test_a_person_who_has_things_stays_a_person(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") not in labels(text)


@pytest.mark.parametrize("text", [
    # an animal or a boat named: plural animals, a boat's compound, 'den' with an adjective
    "Vi har seks høner, og den sjefete heter Dagny.",
    "Me har ei gamal trebåt som heiter «Solveig».",
    "Vi har en fiskebåt som heter Ingrid.",
    "Naboen har tre griser, og den største heter Agnes.",
])
def test_an_animal_or_a_boat_named_like_a_person_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # guards: 'den eldste' of children or girls is a person
    ("Vi har to barn, og den eldste heter Sofie.", "Sofie"),
    ("Vi har to jenter, og den yngste heter Sofie.", "Sofie"),
])
def test_the_eldest_child_named_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a municipality put first and taken up again as 'there'
    ("gran der bor broren min og han pendler til byen", "gran"),
    ("stad ja der bur svigerfar framleis", "stad"),
    ("tinn altså vi flytta derfra da fabrikken la ned", "tinn"),
    ("ål var det jo der mannen min og jeg traff hverandre", "ål"),
    ("Leka – der har vi familie på begge sider av sundet.", "Leka"),
    # renamed, merged, without what a town has
    ("kinn e det nye namnet men eg seier framleis florø", "kinn"),
    ("Haram vart ein del av byen, men gjekk ut att.", "Haram"),
    ("bø har blitt en del av en ny kommune men alle sier bø", "bø"),
    ("Vang har ikke apotek, så vi må kjøre langt.", "Vang"),
    ("Vega har ingen bro, så alt går med ferja.", "Vega"),
])
def test_a_municipality_put_first_and_taken_up_as_there(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") in labels(text)


def test_a_noun_before_where_is_no_place() -> None:
    # 'der' with a subject right after a noun is 'where': a relative clause
    assert ("sola", "MUNICIPALITY") not in labels("sola der vi satt var varm og god")


@pytest.mark.parametrize(("text", "name"), [
    # a leak: a person's genitive before 'sykdom', 'test', 'trening' was taken for a
    # discoverer's ('Alzheimers sykdom') and the whole name dropped
    ("Per Hansens sykdom var alvorlig.", "Per Hansens"),
    ("Karis sykdom gjorde at vi flyttet.", "Karis"),
    ("Etter Haralds sykdom solgte vi gården.", "Haralds"),
    ("Olsens sykdom kom brått på oss alle.", "Olsens"),
    ("Karis test var positiv, sa legen.", "Karis"),
    # the same after a hyphen: a full name is a person's, not a discoverer's
    ("Per Hansen-testen ble innført på avdelingen.", "Per Hansen"),
])
def test_a_persons_genitive_before_an_illness_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # guards: illnesses named after their discoverers
    "Far fikk Alzheimers sykdom i fjor.",
    "Hun har Downs syndrom og går i vanlig klasse.",
    "Han har Williams syndrom.",
    "Vi brukte Mann-Whitney-testen.",
])
def test_an_illness_named_after_its_discoverer_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize("text", [
    # a listed firm no list of persons' names holds, after 'hos' and buying or working
    "Vi leigde bil hos Sixt, men den var skitten.",
    "Eg tok fagbrev som bilmekanikar hos Mekonomen.",
    "Resten av rørene kjøpte vi hos Ahlsell.",
])
def test_a_listed_firm_one_buys_or_works_at_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # guards: 'hos' a person whose name a list holds, or whom no list knows
    ("Han jobbet hos Kari hele sommeren.", "Kari"),
    ("Jeg jobbet hos Eikrem i to år.", "Eikrem"),
])
def test_working_at_a_persons_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # laws, illnesses and phenomena named after their discoverers, and known methods
    "Ifølge Parkinsons lov tar en jobb all tiden du gir den.",
    "Eg har Crohns sjukdom, så eg treng ein fleksibel jobb.",
    "Flere rapporterte Raynauds fenomen etter mange år med verktøy.",
    "Dupuytrens kontraktur er vanlig blant snekkere.",
    "altså jeg lærte ohms lov på elektrolinja",
    "I kulturskulen brukar dei Kodály-metoden.",
])
def test_an_eponymous_law_or_illness_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # guards: a law after a hyphen may bear a person's name; a person's genitive in lower
    # case before an illness is a person's
    ("Kvamsdal-loven ble vedtatt i fjor.", "Kvamsdal"),
    ("kari olsens sykdom var ille for alle", "kari olsens"),
])
def test_a_persons_name_before_a_law_or_an_illness_stays(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # figures of books, films and games, and names spoken of as names
    "Karakterene Elsa, Anna og Olaf går igjen i barnas lek.",
    "Barnebokfigurer som Albert Åberg og Emil går igjen i leseminnene.",
    "Karakterer som Harry Potter og Hermine brukes av barna.",
    "Hundenavn som Bella, Luna og Max er blant de mest populære.",
])
def test_figures_and_names_as_names_are_no_persons(text: str) -> None:
    assert [lab for lab in labels(text) if lab[1] == "PERSON"] == []


def test_informants_named_stay_persons() -> None:
    # guard: a person introduced by name
    assert ("Kari", "PERSON") in labels("Informanten Kari sa at figurene var skumle.")


@pytest.mark.parametrize(("text", "name"), [
    # the study's own nouns for the persons it hears are roles, not part of a name
    ("Informanten Kari sa at det var tungt.", "Kari"),
    ("Respondenten Kari svarte nei.", "Kari"),
    ("Informant Kari sa det samme.", "Kari"),
])
def test_informant_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert labels(text) == [(name, "PERSON")]


@pytest.mark.parametrize(("text", "name"), [
    # a leak: a thing's noun, then a person as the subject of a relative clause without
    # 'som' ('the car Kari drove'): the name was taken for the thing's
    ("Bilen Kari kjørte var ny.", "Kari"),
    ("Båten Per eide sank i stormen.", "Per"),
    ("Hunden Kari hadde var snill.", "Kari"),
    ("Katten Kari fant var syk.", "Kari"),
    ("Traktoren Ola kjøpte var dyr.", "Ola"),
    ("Hytta Per bygde står fortsatt.", "Per"),
])
def test_a_person_after_a_things_noun_in_a_relative_clause(text: str, name: str) -> None:
    # (at a sentence's start the noun may be masked with the name: 'Traktoren Ola')
    assert [lab for surface, lab in labels(text) if name in surface] == ["PERSON"]


@pytest.mark.parametrize("text", [
    # guards and new nouns: the animal's or the storm's name after its noun
    "Hesten Storm vant løpet.",
    "Hunden Bella så på meg.",
    "Ekstremværene Tor og Urd kom med ett års mellomrom.",
    "Vi har en redaksjonskatt som heter Pelle.",
    "hamsteren het kevin etter han gutten i filmen",
    "Kattungane våre heiter Trym og Tuva.",
])
def test_an_animal_or_a_storm_after_its_noun_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # a place to live in; more than its town; its station; not quite big
    ("«Hole er fint å bo i, men vi handler i byen,» sier hun.", "Hole"),
    ("Time er egentlig bare Bryne, mener mange.", "Time"),
    ("Hol er ikkje berre Geilo, seier ho.", "Hol"),
    ("Ski stasjon er blitt et knutepunkt.", "Ski"),
    ("nei nes er jo ikke så stort altså sentrum er lite", "nes"),
])
def test_a_municipality_said_to_be_a_place(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") in labels(text)


@pytest.mark.parametrize("text", [
    # guards: a heading of home and school; a person good to live with
    "5.5 Heim, skule og kyrkje: tre arenaer for tilhøyrsle",
])
def test_home_before_school_is_no_municipality(text: str) -> None:
    assert labels(text) == []


def test_a_person_good_to_live_with_stays_a_person() -> None:
    assert labels("Kari er grei å bo med.") == [("Kari", "PERSON")]


@pytest.mark.parametrize("text", [
    # goods after a maker's name, known methods and scores, an animal 'ved navn'
    "Vi hadde med ein termos med Friele-kaffi på sjøen.",
    "Flere foreldre nevner Apgar-skåren.",
    "Ved enkelte kulturskoler brukes Orff-instrumenter.",
    "Barnehagen arbeider etter Reggio Emilia-filosofien.",
    "Webster-Stratton-programmet nevnes av tre familier.",
    "Om bord var det en labrador ved navn Max.",
])
def test_goods_methods_and_animals_named_are_no_persons(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person 'ved navn'; 'sett fra' a person's point of view
    ("Han har en venn ved navn Max.", "Max"),
    ("fra Kari sett var det rart", "Kari"),
])
def test_a_person_named_or_seen_from_stays(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # municipalities acting on each other: saying no or yes, joining, buying, paying
    ("Stord sa ja, Fitjar sa nei, og Bømlo ble ikke spurt.", "Fitjar"),
    ("Austevoll sa nei til Bjørnafjorden.", "Austevoll"),
    ("Aurland har sagt nei til både Lærdal og alle andre.", "Aurland"),
    ("Stranda kjøper barnevern frå Sykkylven.", "Stranda"),
    ("altså sola betaler stavanger for krisesenteret", "sola"),
])
def test_a_municipality_acting_on_another(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person with a given name says no to a town
    ("Kari sa nei til Bergen.", "Kari"),
])
def test_a_person_saying_no_to_a_town_stays(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # kinds of things no person is one of, before 'som' and their names
    "Instrumentene kommer ofte fra produsenter som Yamaha og Roland.",
    "Vi arbeidet med programvare som Dalet og Pro Tools.",
])
def test_things_named_after_their_kind_and_som_are_no_persons(text: str) -> None:
    assert labels(text) == []


def test_authors_named_after_their_kind_stay_persons() -> None:
    # guard: 'forfattere som …' names persons
    assert ("Kvamsdal", "PERSON") in labels("Forfattere som Kvamsdal og Fagerli ble lest.")
