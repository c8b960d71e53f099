"""Round 13 of issue 12: firms named after their founder or their place, dishes, a band's
names listed, and the person who works in or owns a business named just before. Every
sentence is written for this test; the names are invented."""

from __future__ import annotations

import pytest
from conftest import detected_labels as labels


@pytest.mark.parametrize("text", [
    # a capitalised trade after a name, a business before it: a firm
    "Holm & Li Entreprenør hadde tjue tømrere på lønningslista.",
    "Vik Stillas og Foss Rør var underleverandører på bygget.",
    "Sunde Elektro og Strand Tak delte rigg med oss hele vinteren.",
    "Etter skiftet møttes vi på Kafé Sol, der kaffen var billig.",
    "Frisøren Salong Liv klippet oss gratis den første gangen.",
    # a dish
    "Pizza Margherita er fortsatt det som selger best på kafeen.",
    "Biff Stroganoff stod på menyen hver torsdag.",
    "Hun bestilte eggs Benedict, mens vi andre tok lapskaus.",
    # a band's two names after 'Bandet'
    "Bandet Stein og Sement spilte på klubbfesten til langt på natt.",
])
def test_firms_dishes_bands(text: str) -> None:
    assert labels(text) == [], labels(text)


@pytest.mark.parametrize("text, name", [
    # the person who works in or owns the business named just before is a person
    ("Vi gikk på butikken Kari jobbet i.", "Kari"),
    ("Vi gikk til kafeen Per eier.", "Per"),
    ("Vi gikk til kafeen Per eier sammen med Ola.", "Per"),
    ("Kafeen Kari driver, har stengt.", "Kari"),
    # a name beside a firm's words is still a person
    ("Vi snakket med Vik og Foss om stillaset.", "Vik"),
    ("Per Sunde og Kari Vik jobbet der.", "Kari Vik"),
])
def test_persons_by_businesses(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text), labels(text)


@pytest.mark.parametrize("text, name", [
    # spoken: 'hu' (she, in Trøndelag and Nordland) before a name; 'æ og X vi'; a
    # definite role after a dialect copula ('e', 'va')
    ("ja og så hadde vi hu liv da hu førte regnskapet for halve bygda", "liv"),
    ("æ og ask vi var på tråleren sammen i tre år", "ask"),
    ("eg og hagen vi gjekk heim saman", "hagen"),
    ("ja nei lund e dyrlegen her han har hatt kontor i byen", "lund"),
    ("Lund er dyrlegen her.", "Lund"),
])
def test_spoken_persons(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text), labels(text)


def test_newly_mown_is_no_doctor() -> None:
    assert labels("Bøen var nyslegen, og lukta av høy låg over heile tunet.") == []


@pytest.mark.parametrize("text, name", [
    # former municipalities (before 2006) are places
    ("Da jeg var ni, flyttet vi til Eidanger.", "Eidanger"),
    ("mor va fra skjerstad innerst i fjorden", "skjerstad"),
    ("bremsnes hadde bakeriet og kornstad hadde meieriet", "kornstad"),
    ("Ho budde på Hafslo heile livet.", "Hafslo"),
])
def test_former_municipalities(text: str, name: str) -> None:
    assert (name, "PLACE") in labels(text), labels(text)


def test_oaks_are_no_place() -> None:
    assert labels("det sto ei gammel ask og to eiker ved gjerdet") == []


@pytest.mark.parametrize("text, name", [
    # a village few are named after, with no person's words around it, is the village in
    # lower-case speech (not a person's name nor left readable)
    ("ja og så fagernes da med kino og alt", "fagernes"),
    ("jeg hater fagernes om vinteren det er så mørkt der", "fagernes"),
    # places the lists did not hold: towns, villages, mountains, city districts
    ("vi gjekk opp på ulriken kvar søndag med far", "ulriken"),
    ("og helgeroa og nevlunghavn det var der vi bada", "nevlunghavn"),
    ("Vi reiste med ferja frå Halhjem til Sandvikvåg kvar sommar.", "Halhjem"),
])
def test_more_places(text: str, name: str) -> None:
    assert (name, "PLACE") in labels(text), labels(text)


@pytest.mark.parametrize("text, name", [
    # a surname many bear stays a person; a village's name with a person's words is one
    ("vi hadde tveit som kontakt i mange år", "tveit"),
    ("fagernes sa det rett ut på møtet", "fagernes"),
])
def test_surnames_of_villages(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text), labels(text)


@pytest.mark.parametrize("text", [
    "Lomen skreik frå vatnet heile natta, og eg fekk ikkje sove.",
    "min far var los og han tok båtene inn fjorden i all slags vær",
])
def test_birds_and_ways(text: str) -> None:
    assert labels(text) == [], labels(text)


@pytest.mark.parametrize("text", [
    # a maker of goods bought, and what was played
    "Skruer fra Würth, plater fra Gyproc og isolasjon fra Glava – alt kom samme dag.",
    "Kaffen var Friele, og vaflene var laget etter oppskriften.",
    "Vi kjøpte kroker fra Mustad og en ny stang fra Abu Garcia før turen.",
    "Da satt vi med stearinlys og spilte Ludo.",
])
def test_makers_and_games(text: str) -> None:
    assert labels(text) == [], labels(text)


@pytest.mark.parametrize("text, name", [
    # a gift or a call from a person, the one who played
    ("Genseren var fra Kari, hun strikket den selv.", "Kari"),
    ("Eg fekk ein telefon frå Kaczmarek på verftet.", "Kaczmarek"),
    ("me reiste til førde på festival og der spelte sivan kurdisk musikk med oss", "sivan"),
])
def test_persons_beside_goods_and_play(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text), labels(text)


@pytest.mark.parametrize("text", [
    # a maker's name before or hyphened to its goods; places abroad
    "Vi spiste Stabburet leverpostei og Kavli kaviar på skiva hver eneste dag.",
    "han hadde på seg bergans sekk og devold genser ikke sant",
    "Tine-melk, Gilde-pølser og Nora-syltetøy: det var smaken av barndommen.",
    "Ekornes-stolen sto i stua til den dagen huset ble solgt.",
    "Innsjøen Siljan i Dalarna er full av turister om sommeren.",
    "Lyset i Skagen er like berømt som lyset i Provence.",
])
def test_brands_and_abroad(text: str) -> None:
    assert labels(text) == [], labels(text)


@pytest.mark.parametrize("text, name", [
    # goods given to a person, a person's goods, a person's sawmill
    ("Mor kjøpte Hjelmtveit sko til jul.", "Hjelmtveit"),
    ("Vi ga Aslaksen ost og brød.", "Aslaksen"),
    ("det var tjostolvs sag og den står der fortsatt", "tjostolvs"),
])
def test_persons_before_goods(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text), labels(text)


@pytest.mark.parametrize("text, name", [
    # a hyphen inside a word starts no sentence: nicknames of a word and a given name
    ("Vi så Kaffe-Kåre i går.", "Kaffe-Kåre"),
    ("Alle kalla han «Sjø-Ivar», sjølv om han sat på land.", "Sjø-Ivar"),
    # a quoted sentence is speech, not a title
    ("«Eg ringde til Owusu-Ansah sjølv og spurde», fortel ho.", "Owusu-Ansah"),
    ("Informantene har pseudonymer som «Lykke» og «Mai-Britt».", "Mai-Britt"),
    # the speaker named after a quotation; a surname said surely to be a person
    ("Det er for dyrt, sa Hamar.", "Hamar"),
    ("Siljan har dei finaste skiløypene i fylket, seier Birkenes.", "Birkenes"),
    ("Hamar var en god sjef, selv om han kom rett fra oljen.", "Hamar"),
])
def test_hyphens_quotes_speakers(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text), labels(text)


@pytest.mark.parametrize("text, name", [
    ("Unge kvinner i Nord-Troms flytter oftere tilbake.", "Nord-Troms"),
    ("Ytre Sogn har mista mange unge.", "Ytre Sogn"),
])
def test_compass_districts(text: str, name: str) -> None:
    assert (name, "PLACE") in labels(text), labels(text)


@pytest.mark.parametrize("text", [
    "Gamle-Erik sjøl kunne ikke ha funnet på noe verre, sa bestemor.",
    "Vi kom hjem 3. mai 2019.",
])
def test_folk_figures_and_months(text: str) -> None:
    assert labels(text) == [], labels(text)


@pytest.mark.parametrize("text", [
    # a town abroad said to be one, by a river abroad, on a coast abroad
    "Hun tok en fagdag i Hof, en by i Bayern, om brannvern i gamle trehus.",
    "Konferansen ble holdt i Lom ved Donau, i det nordvestlige Bulgaria.",
    "Vi bodde en uke i Lund på vestkysten av Sverige.",
    # products after a maker's hyphen, goods from a maker; national services
    "Mor kjøpte alltid Idun-gjær og Nora-saft til basaren.",
    "En gammel Tandberg-radio sto på kjøkkenbenken hos klokkeren.",
    "Vi bestilte nye jakker fra Bergans og ulltøy fra Devold til hele korpset.",
    "Kripos sendte to etterforskere, og Økokrim ble koblet inn senere.",
    "kona mi er fra thailand og jobber som portør på sykehuset",
])
def test_abroad_products_services(text: str) -> None:
    assert labels(text) == [], labels(text)


@pytest.mark.parametrize("text, name, label", [
    ("Vi bodde i Hof, en by i Vestfold.", "Hof", "MUNICIPALITY"),
    ("Vi bodde i Lom ved Otta.", "Lom", "MUNICIPALITY"),
    ("Vi bodde i Lund på sørsida av Rogaland.", "Lund", "MUNICIPALITY"),
])
def test_towns_at_home_stay(text: str, name: str, label: str) -> None:
    assert (name, label) in labels(text), labels(text)


@pytest.mark.parametrize("text, name", [
    # a street named without a number is a place
    ("Jeg bodde i Storgata på Lillehammer da det brant.", "Storgata"),
    ("Butikken ligger i Sjøgata, rett ved elva.", "Sjøgata"),
    ("det første huset vi hadde var i storgata på lena", "storgata"),
])
def test_streets(text: str, name: str) -> None:
    assert (name, "PLACE") in labels(text), labels(text)


def test_a_person_named_like_a_month() -> None:
    assert ("Mai Vang", "PERSON") in labels("Det var Mai Vang som oversatte for oss.")


@pytest.mark.parametrize("text, name", [
    # a definite role, a copula or a naming verb, then the name
    ("Læraren heitte Hamar, og han var streng.", "Hamar"),
    ("Sjefen var Moss, en hyggelig mann.", "Moss"),
])
def test_role_then_name(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text), labels(text)


def test_town_after_town_word_stays() -> None:
    assert ("Moss", "MUNICIPALITY") in labels("Byen var Moss, og vi bodde der.")


@pytest.mark.parametrize("text, name", [
    # a municipality's own service after its name (capitalised, it was masked not at all)
    ("Stange brannvesen kom fort.", "Stange"),
    ("Vi ringte Stange brannvesen.", "Stange"),
    ("det var stange brannvesen som tok den", "stange"),
])
def test_municipal_services(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") in labels(text), labels(text)
