"""Round 25 of issue 12: what the development sets showed the detector touched wrongly or
missed. Every test failed before its fix (a few parametrised cases already passed and stay as
guards of the same rule); the sentences are new ones of the same kind, not the evaluation
sets'."""

from __future__ import annotations

import pytest
from conftest import named_as


@pytest.mark.parametrize(("text", "name"), [
    # a prize, a monument, a body named after someone, after a hyphen
    ("Hun fikk Nansen-medaljen for arbeidet med flyktningene.", "Nansen"),
    ("Vi gikk forbi Wergeland-monumentet på vei til skolen.", "Wergeland"),
    ("Ole Bull-akademiet holder sommerkurs for spelemenn.", "Ole Bull"),
    ("Eg song i Sankt Hallvard-koret i mange år.", "Sankt Hallvard"),
    ("Han fekk Amundsen-stipendet og reiste til Svalbard.", "Amundsen"),
])
def test_a_thing_named_after_someone_after_a_hyphen(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a committee, a report, a family or a collection names a person of the study
    ("Kvamsdal-utvalget la fram rapporten i fjor.", "Kvamsdal"),
    ("Vi var på besøk hos Hansen-familien i helgen.", "Hansen"),
    ("Vi så Hansen-samlingen etter at han døde og ga alt til museet.", "Hansen"),
])
def test_a_committee_or_a_family_named_after_someone_stays_a_person(text: str,
                                                                     name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a body known by its letters, or cited, is no person
    ("lhl hjelp oss med søknaden og det var til stor hjelp", "lhl"),
    ("ppt kom inn og så på saken etter jul", "ppt"),
    ("statped sendte en rådgiver til skolen", "statped"),
    ("Statped (2019) beskriver tilbudet som et supplement.", "Statped"),
    ("Ukom (2023) peker på svikt i overgangene.", "Ukom"),
])
def test_a_body_by_its_letters_or_cited_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person with the same name, a person cited
    ("jeg snakket med nova i går og hun sa at hun skulle komme", "nova"),
    ("og så var det rek som skulle godkjenne alt før vi fikk starte", "rek"),
    ("Hollister (2009) skriver at merkevarer former identitet.", "Hollister"),
])
def test_a_person_named_like_a_body_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # gods and figures of myth where the sentence speaks of myth or its retellings
    ("De norrøne gudene Tor og Loke er kjent fra tegneserier og film.", "Loke"),
    ("Eg lærte om Odin og Frigg i mytologitimane, og Frigg var den klokaste.", "Frigg"),
    ("i krle lærte vi om ganesha og krishna og hvordan diwali feires", "krishna"),
    ("Han hadde et anheng formet som Tors hammer rundt halsen.", "Tors"),
    ("Sønnen min kjenner Balder bedre fra Marvel enn fra sagnene.", "Balder"),
])
def test_a_god_where_myth_is_spoken_of_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: persons bearing a god's name
    ("Tor sa at de norrøne gudene var det han likte best på skolen.", "Tor"),
    ("Tor tok hammeren og spikret opp hylla i gangen.", "Tor"),
    ("Frøya sa hun ikke trodde på gud lenger etter konfirmasjonen.", "Frøya"),
    ("Vi snakket med Krishna om barnehagen, og han var fornøyd.", "Krishna"),
])
def test_a_person_bearing_a_gods_name_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # ships: what befalls them, royalty in quotes, a preposition in a sentence about ships
    ("Då «Solbris» vart senka, mista heile bygda mange menn.", "Solbris"),
    ("«Ingeborg» sank utenfor kysten i 1944.", "Ingeborg"),
    ("Etter «Margit»-ulykken ble reglene strammet inn.", "Margit"),
    ("Farfar var maskinist på «Astrid», og vi har fortsatt uniformen hans.", "Astrid"),
    ("Vi har en modell av «Kong Haakon» i glassmonteren.", "Haakon"),
    ("den gamle ferja het dronning sonja og den gikk til øya", "sonja"),
    ("skøyta het signe marie og den var bygd av oldefar", "marie"),
    ("Kyrkjeklokka heiter Margareta, og ho vart støypt i 1720.", "Margareta"),
    ("fregatten roald amundsen lå inne til reparasjon", "roald"),
])
def test_a_ship_or_a_bell_named_is_no_person(text: str, name: str) -> None:
    assert not any(name in found for found in named_as(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    # guards: an informant's pseudonym in a sentence about boats, a woman on board
    ("«Kåre» (61), maskinist på tråleren, sier at båten var alt for ham.", "Kåre"),
    ("Jeg snakket med «Lise» om båten hennes.", "Lise"),
    ("Jeg snakket med «Kari» om skipet hennes.", "Kari"),
    ("kona mi het anna marie og hun var fra bygda", "anna marie"),
    ("Vi var på båten hans Per Olav i helgen, og han styrte hele veien.", "Per Olav"),
])
def test_a_person_near_ships_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a shop or a café named with a title and a given name, varieties of fruit and potatoes,
    # an animal's name after its noun opening a sentence
    ("Dei opna ein kafé som heiter «Tante Ingrid» i det gamle posthuset.", "Ingrid"),
    ("Vi handlet i en gårdsbutikk som het «Fru Hansen».", "Hansen"),
    ("Eplesortene Gravenstein, Ingrid Marie og Aroma vokser i hagen.", "Ingrid Marie"),
    ("Potetsorter som Beate og Laila ble dyrket på gården.", "Laila"),
    ("Hamsteren Kasper rømte to ganger før jul.", "Kasper"),
    ("Geita Rosa klatret opp på taket av vedskjulet.", "Rosa"),
])
def test_a_shop_a_variety_or_an_animal_named_is_no_person(text: str, name: str) -> None:
    assert not any(name in found for found in named_as(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    # guards: a woman called by a title in quotes; the noun is what someone owns
    ("Vi kaller henne «Tante Ingrid» på jobben.", "Ingrid"),
    ("Bilen Kari kjørte var ny.", "Kari"),
])
def test_a_person_called_with_a_title_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # municipalities named like words that went through a merger
    ("sund og fjell ble jo slått sammen med øygarden", "fjell"),
    ("ja sande ble egentlig slått saman med vanylven", "sande"),
    ("og så ble ski slått sammen med nabokommunen", "ski"),
])
def test_a_municipality_in_a_merger(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # guards: words in the same frames
    ("fjell og dal ble en del av landskapet for dem", "fjell"),
    ("en time ble slått sammen med neste økt", "time"),
])
def test_words_in_a_merger_frame_stay_words(text: str, name: str) -> None:
    assert name not in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # a municipality named like a word, said to be linked, to belong to a district, or to
    # be a neighbouring municipality
    ("vega har jo ferje til brønnøysund så det går greit", "vega"),
    ("ja gran hører jo til hadeland og der tar mange toget", "gran"),
    ("Sula er grannekommunen til byen, og båten går kvar halvtime.", "Sula"),
])
def test_a_municipality_linked_or_belonging(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person with a ferry to work, a woman who belongs to a district
    ("Kari hører til Hadeland, sa hun, og ler.", "Kari"),
])
def test_a_person_linked_or_belonging_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a ship the list knows, quoted or in a sentence about ships, also without its prefix
    ("Da «Gjøa» endelig kom tilbake, var hele byen på kaia.", "Gjøa"),
    ("bestefar var styrmann på richard with i tjue år", "richard with"),
    ("Vi fekk sjå modellen av «Kong Harald» i glasmonteren.", "Harald"),
    ("Vi tok ein tur med «Skibladner» på Mjøsa i fjor sommar.", "Skibladner"),
])
def test_a_listed_ship_is_no_person(text: str, name: str) -> None:
    assert not any(name in found for found in named_as(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    # guards: persons who bear a ship's name
    ("Maud kom hjem i går og sa at hun var sliten.", "Maud"),
    # found as an adversary: a woman named like a listed ship, in a sentence about ships
    ("Maud jobbet som kokk på hurtigruten i ti år.", "Maud"),
    ("Jeg snakket med Maud om skipet hennes.", "Maud"),
    ("«Maud» forteller at hun jobbet om bord i ti år.", "Maud"),
    ("Vi var på Maud sin fest etter at skipet kom inn.", "Maud"),
    ("Jeg snakket med Harald Jarl om båten hans i går.", "Harald Jarl"),
])
def test_a_person_bearing_a_ships_name_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # quoted names after a kind of things, the list carried on across quotation marks
    ("Sanger som «Jolene», «Roxanne» og «Angie» spilte vi på hver fest.", "Angie"),
    ("Skipsnavn som «Kong Olav» og «Prinsesse Ragnhild» var vanlige.", "Ragnhild"),
])
def test_quoted_names_of_things_listed_are_no_persons(text: str, name: str) -> None:
    assert not any(name in found for found in named_as(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    # guards: quoted names named as names are informants' pseudonyms; a given name that is
    # a word too, opening a sentence, acting and resumed by 'han'/'hun' later
    ("Navn som «Marit», «Jonas» og «Aisha» er pseudonymer.", "Aisha"),
    ("Sindre kjører til Værnes før han tar toget til byen.", "Sindre"),
    ("Lise jobber på sykehuset, men hun vil slutte til sommeren.", "Lise"),
])
def test_pseudonyms_and_given_names_opening_a_sentence_are_persons(text: str,
                                                                  name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a word opening a sentence before a copula, or resumed by no person
    ("Kristen var han ikke, men han gikk i kirken hver jul.", "Kristen"),
    ("Storm og regn kom inn over kysten hele natta.", "Storm"),
])
def test_a_word_opening_a_sentence_stays_a_word(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a municipality said to be home now
    ("Eg kom frå Syria, men Ulstein er heime no.", "Ulstein"),
    ("Han svarte at Hole var hjemme nå, og at han ikke ville flytte.", "Hole"),
])
def test_a_municipality_that_is_home(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


def test_a_person_at_home_stays_a_person() -> None:
    assert "Kari" in named_as("Kari er hjemme nå, hun kommer i morgen.", "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # found as an adversary: children named after gods, opening the sentence that speaks of
    # myth
    ("Balder og Frigg i barnehagen lærte om norrøne guder i høst.", "Frigg"),
    ("Odin og Loke gleder seg til å se den nye Marvel-filmen.", "Loke"),
])
def test_children_named_after_gods_stay_persons(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")
