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
