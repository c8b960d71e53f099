"""Round 32 of issue 12: what the development sets (the 126th, named things of fashion,
furniture and shops; the 127th, of hobbies; the 128th, of food, drink and music) showed the
detector took wrongly. Every test in the first groups failed with the round's start code;
tests named 'stays a person' are guards that pass with the start code too and keep the new
rules from unmasking persons. The sentences are new ones of the same kind, not the
evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels, named_as


@pytest.mark.parametrize("text", [
    # a maker before goods of fashion, the home and hobbies, in every form
    "Hun samler på Hay-krusene sine.",
    "Vi har ei Jensen-seng og ho er god.",
    "Han bytte ut Salomon-skorne med nye.",
    "Ho fekk ein Chanel-parfyme i gåve.",
    "Vi fikk en Georg Jensen-lysestake i bryllupsgave.",
    "Det var Billy-hyller i hele stua.",
    "eh vi har jensen madrass og den er god",
    # a listed shop after 'på' where the sentence buys, sells or works
    "Hun jobbet i herreavdelingen på Glasmagasinet i ti år.",
    "Eg sel strikkeoppskrifter på Etsy.",
    "Han kjøper spillkort på Outland hver fredag.",
    # a listed band listened to right before 'på'
    "Sønnen min høyrer berre på Karpe.",
    # an animal, a plant or a thing named with the naming verb
    "Tispa vår heiter Tindra, og ho er snill.",
    "Han har en weimaraner som heter Tiril.",
    "hortensiaen heter annabelle og den er hvit",
    # a variety or a make after the copula whose subject the thing opens the clause with
    "Plommetreet er ein Victoria, og det ber mykje.",
    "Pæretreet er ein Clara Frijs.",
    "Potetene våre er Beate og Kerrs Pink, og dei er gode.",
    "plommene er victoria og opal og så har vi moreller",
    "Kompasset er eit gammalt Silva, og det verkar.",
    "Skia mine er Fischer, men bindingane er frå Rottefella.",
    # a program, a camera or a brand named after its noun
    "Notasjonsprogrammet Sibelius er dyrt.",
    "Programvaren Lightroom har nesten monopol.",
    "Lomography-kameraet Diana er av plast.",
    "Trommesettet hans er eit gammalt Ludwig.",
])
def test_a_thing_of_fashion_home_or_hobby_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a goods word that is a verb too: the subject stays a person
    ("Kari fryser alltid om vinteren.", "Kari"),
    ("Hansen skuffer igjen.", "Hansen"),
    # a person's own thing after a hyphen, definite
    ("Vi lånte Hansen-senga.", "Hansen"),
    # 'på' a person, not a shop: waiting, looking, owning
    ("Jeg jobbet på Kari sin gård og kjøpte melk der.", "Kari"),
    ("Jeg hører på Kari når hun snakker.", "Kari"),
    ("Jeg heier på Chelsea, hun er datteren min.", "Chelsea"),
    # after the copula: a person who owns, likes or is named in the genitive
    ("Båten var Hansen sin.", "Hansen"),
    ("Båten er Kari og Ola sin.", "Ola"),
    ("Hunden er Kari glad i.", "Kari"),
    ("Bilen var Olsens.", "Olsens"),
    ("Hytta var Hansens, men nå er den vår.", "Hansens"),
    # a given name's genitive after goods and the copula: this leaked before the round
    ("Sekken er Olas.", "Olas"),
    ("Epletreet var eit Kari planta i fjor.", "Kari"),
    # a project, a shop or a café has people: its leader after the copula
    ("Kontaktperson for prosjektet er Aino Kangasniemi.", "Aino Kangasniemi"),
    ("Leder av butikken er Kari Hansen.", "Kari Hansen"),
    ("Daglig leder i kafeen er Per.", "Per"),
    # the subject of a relative clause after a program's noun
    ("Programmet Kari leder er nytt.", "Kari"),
])
def test_a_person_beside_a_thing_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # varieties, drinks, scents and malls given as examples after their kind and 'som'
    "Gamle sorter som Gravenstein og Torstein ble nevnt.",
    "Hun liker drinker som Tom Collins og Bloody Mary.",
    "Kjøpesentre som Gunerius og Byporten var møteplasser.",
    # a drink ordered with an adverb between the verb and the article
    "Han bestiller alltid en Tom Collins.",
    # a dish opening the name at the sentence's start
    "Crêpe Suzette lærte jeg først.",
    # a maker and its goods capitalised as one product's name; a product and its number
    "Til jul blir det Ringnes Julebrus.",
    "Linie Akevitt har vore over ekvator i tønner.",
    "Hun bruker Chanel No. 5 hver dag.",
])
def test_a_drink_a_variety_or_a_product_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # the subject of a relative clause after a kind and 'som', with a weak past verb: this
    # leaked before the round ('Merker som Hansen dyrket ga lite')
    ("Sorter som Hansen dyrket ga lite.", "Hansen"),
    ("Merker som Hansen dyrket ga lite.", "Hansen"),
    ("Drinker som Kari lagde var sterke.", "Kari"),
    # one takes a person along: this leaked before the round ('Vi tok en Kari med oss')
    ("Vi tok en Kari med oss.", "Kari"),
    ("Vi tok bare en Kari med oss.", "Kari"),
    # a Norwegian name after a dish's word or before goods stays a person
    ("Penne Hansen kom.", "Penne Hansen"),
    ("Kari Julebrus kom.", "Kari Julebrus"),
])
def test_a_person_among_drinks_and_varieties_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # animals named in the plural, 'de' resuming them; the name first, then what it names
    "Mor kjøpte to kattunger, og dei heitte Tiril og Tindra.",
    "«Gul Richard» het det gamle treet, sa naboen.",
])
def test_animals_and_trees_named_are_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # 'de' may be people: any plural of people in the sentence keeps the names
    ("Vi hadde to naboer, og de het Kari og Per.", "Kari"),
    ("Vi hadde hunder og to sønner, og de het Kari og Per.", "Per"),
    ("Ungene fikk hester, og de het Kari og Per.", "Kari"),
    # a person named first, then a person's noun
    ("Per het den eldste sønnen.", "Per"),
    ("Kari het den nye sjefen i butikken.", "Kari"),
])
def test_people_named_with_de_stay_persons(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a shop or café named with a kin word or a title after its noun
    "Kafé Tante Olga serverte vafler.",
    "Kafeen Onkel Pelle selde is om sommaren.",
    # a shop named in a relative clause after a verb and a preposition
    "hun jobba i blomsterbutikken som het hildes blomster",
    # a car's make and model without an article
    "Heimetenesta har fått Renault Zoe i år.",
    # systems, rooms and dispensers at work given names
    "vi har et møterom som heter saturn",
    "eh kassasystemet heter trivec og det krasjer",
    "Medisindispenseren Karie vart ei god løysing.",
    # a fish van, a market, a pharmacy and a brewery given names
    "Vi kjøpte fisk frå fiskebilen som heitte «Sjøbuda».",
    "I bygda var det ein marknad som heitte Olsokmarknaden.",
    "Det gamle apoteket het Apotek Svanen.",
    "Vi fikk et lite bryggeri som het Tre Kråker.",
    # goods after a preposition and seasons in lower-case speech are no places
    "vi bruker garnet til votter fordi det tåler mer",
    "eg var på sykkeltur i belgia i sommar",
])
def test_shops_cars_and_systems_at_work_are_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a make before a surname many bear: the person (this leaked before the round)
    ("Mercedes Hansen kom.", "Hansen"),
    # a person before the relative clause about a place
    ("Treneren i klubben som heter Nils var streng.", "Nils"),
    ("Hun snakket med en i butikken som het Kari.", "Kari"),
    ("Vi kjøpte fisk av gutten på båten som het Per.", "Per"),
    ("Apoteket Kari jobbet i ble stengt.", "Kari"),
    # the subject of a relative clause after a system's or a café's noun
    ("Systemet Kari laget fungerte.", "Kari"),
    ("Bilen Hansen laget fungerte.", "Hansen"),
    ("Kafeen Tante Olga driver er stengt.", "Olga"),
])
def test_a_person_at_work_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


def test_a_farm_named_like_goods_stays_a_place() -> None:
    assert "Bleie" in named_as("Bleie er ein gard i Ullensvang.", "PLACE"), \
        detected_labels("Bleie er ein gard i Ullensvang.")
