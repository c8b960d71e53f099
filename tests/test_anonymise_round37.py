"""Round 37 of issue 12: named things taken for persons. Firms and brands the things list
knows, acting as firms do ('Kredinor ringte meg', 'Da ringte Ving og sa at flyet var
innstilt'), were persons on any word of a person's around them, since a firm may bear a
family's name no list holds ('Ekornes'): a made-up name no list of persons holds and no farm
name's ending builds now needs words only a person fits ('X og jeg gikk', 'en mann som het
X', 'Vi intervjuet X', 'Informanten X'), in lower-case speech too ('eh chatgpt bruker jeg').
Chatbots, vessels, businesses, foundations, animals, tractors and hotels named after their
noun, their founder or their kind are no persons ('Chatboten heter Sigrid', 'Ferja Peter
Wessel', 'salong anette', 'Olav Thon Stiftelsen', 'Ei av kyrne heitte Gullros', 'det er
Zetoren som', 'Vi bodde på Marriott', 'jobba på baker hansen'). Older leaks mended on the
way: a full name before a relative clause's verb ('Bilen Kari Hansen kjørte var ny') and
someone at a place named by a relative clause ('Vi møtte noen på båten som het Kari', lost
to a word set shadowed by another of the same name). Every case of the tests whose names do
not say 'stay' or 'stays' failed with the round's start code (195b415, round 36's final);
the cases of the tests named '… stay(s) …' are guards. The sentences are new ones of the same
kind, not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels, named_as


@pytest.mark.parametrize("text", [
    "Kredinor ringte meg to ganger om den samme regningen.",
    "Intrum sendte et nytt krav i posten.",
    "Vi har en avtale med Aleris om røntgen.",
    "Tryg ville ikke dekke skaden på taket.",
    "Da ringte Ving og sa at flyet var innstilt.",
    "Fremtind betalte ut erstatningen etter tre måneder.",
    "Norled sendte en ny båt i rute.",
])
def test_a_listed_firm_acting_as_firms_do_is_no_person(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # words only a person fits
    ("Varner og jeg gikk sammen til møtet.", "Varner"),
    ("Maersk, som var leder da, sa at det var greit.", "Maersk"),
    ("Vi intervjuet Aleris to ganger.", "Aleris"),
    ("Informanten Kredinor fortalte om oppveksten sin.", "Kredinor"),
    ("«Vi må gjøre noe», sa Tryg.", "Tryg"),
    ("Hun giftet seg med en mann som het Intrum.", "Intrum"),
    ("Naboen vår heter Steinway, og han spiller piano hver kveld.", "Steinway"),
    # 'han' or 'hun' takes the name up in a clause of its own
    ("Jeg ringte til Fremtind, og hun svarte med en gang.", "Fremtind"),
    ("Jeg snakket med Varner i går, og han sa at butikken skulle stenge.", "Varner"),
    # a firm named after a farm that families bear ('-nes', '-gjerde')
    ("Ekornes skrev resten av rapporten.", "Ekornes"),
    ("Hjellegjerde-saken gikk helt til lagmannsretten.", "Hjellegjerde"),
    # cited
    ("Varner (2019) viser at unge menn kjøper mer klær.", "Varner"),
])
def test_a_person_named_like_a_listed_firm_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # chatbots, machines and animals named after their noun, or with a place between
    "Chatboten heter Sigrid, og den svarer på det meste.",
    "Chatboten til fylket heiter Ingeborg, og ho svarar på alt.",
    "Chatboten Ingrid svarte meg midt på natta.",
    "Vi har ein robotgrasklippar vi kallar Torstein.",
    "vi hadde tre alpakkaer som het knut og trond og arne",
    "Alpakkaene Ragnar og Sverre trekker turister.",
    # ships named after persons, after the vessel's noun
    "Forskningsfartøyet Kronprins Olav gikk nordover.",
    "Dei gamle hurtigruteskipa Harald Jarl og Erling Jarl gjekk forbi.",
    "Ferja Peter Wessel la til kai klokka sju.",
    "Fregattene Fridtjof Nansen og Thor Heyerdahl lå ved kai.",
    # a business's name after its noun ('Kaffebrenneriet', 'salong', 'hotell', 'Konditoriet
    # heter')
    "Kaffebrenneriet Friele sponset festivalen.",
    "salong anette har flytta til senteret",
    "jeg jobba på hotell kong carl i to somre",
    "Konditoriet heter Helgas, og det ligger ved torget.",
    # foundations and prizes named after their founder
    "Vi fikk penger fra Olav Thon Stiftelsen til nytt tak.",
    "Stipendet frå Fridtjof Nansens humanitære stiftelse hjelpte meg.",
    "Ho fekk Tor Jonssons minnepris for diktsamlinga.",
])
def test_things_named_after_their_noun_or_their_founder_are_no_persons(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a person's full name, then the verb of a relative clause: who owned or made the thing
    # (the first two were unmasked with the start code too)
    ("Bilen Kari Hansen kjørte var ny.", "Kari Hansen"),
    ("Båten Per Olsen eide sank i stormen.", "Per Olsen"),
    ("Det var en kafé Kari dreiv i mange år.", "Kari"),
    ("Vi hadde en hund Kari passet på om sommeren.", "Kari"),
])
def test_the_subject_of_a_clause_after_a_thing_is_found(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Fregattene Nils Olsen tjenestegjorde på, var gamle.", "Nils Olsen"),
    ("Chatboten Kari laget fungerte dårlig.", "Kari"),
    ("Fartøyet Kari kjøpte var dyrt.", "Kari"),
    ("Mannen på ferja het Peter Wessel, og han var hyggelig.", "Peter Wessel"),
    ("Karis pris var lavest av alle.", "Karis"),
    ("Frisør Hansen klipte meg i går.", "Hansen"),
    ("Kafeen Per eier ligger ved torget.", "Per"),
    ("vi satt på kafé ola og jeg og pratet om alt", "ola"),
])
def test_a_person_near_a_things_noun_stays_a_person(text: str, name: str) -> None:
    assert any(name in found for found in named_as(text, "PERSON")), detected_labels(text)


@pytest.mark.parametrize("text", [
    "En av kuene het Dagros.",
    "Ein av hestane heitte Blakken.",
    # an animal named after 'vår', then taken up by a pronoun (lower-case speech)
    "kua vår dagros hun var den eldste",
    "hunden vår passopp han var redd for torden",
    # a car's or a tractor's make
    "Eg har alltid køyrt Honda.",
    "Vi har en gammel Zetor, og det er Zetoren som aldri streiker.",
    # examples after ships or makers in the plural
    "Vi snakket om skip som Maud og Otto Sverdrup.",
    "Sengeprodusenter som Jensen og Hilding Anders ble nevnt.",
    # a Nynorsk preposition opening the sentence is no name's word
    "Hjå Solberg & Hansen kjøper me kaffibønner.",
    # animals in the plural before their names, put down, ridden on
    "Sledehundene Kaja og Loke var de sterkeste.",
    "Vi måtte avlive Tyson i fjor, han var fjorten år.",
    "Jeg red på Pegasus hver lørdag.",
    "Geitebukken heitte Bruse, og han stanga alle.",
    "Vi hadde dukketeater, og hovuddukka heitte sjølvsagt Mikkel.",
])
def test_animals_makes_and_ships_of_these_kinds_are_no_persons(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # the name alone, without the preposition before it
    ("Hjå Kari fekk eg kaffi.", "Kari"),
    ("Utan Kari hadde det ikkje gått.", "Kari"),
])
def test_a_nynorsk_preposition_is_left_out_of_a_name(text: str, name: str) -> None:
    assert named_as(text, "PERSON") == [name], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Vi snakket om butikker som Kari og Per driver.", "Kari"),
    ("Selskaper som Hansen og Olsen eier, går godt.", "Hansen"),
    ("En av jentene het Kari.", "Kari"),
    ("Ein av karane på båten heitte Ola.", "Ola"),
    ("naboen vår kari hun var snill", "kari"),
    ("Hundene Kari passet på, var slitne.", "Kari"),
    ("Vi måtte hjelpe Tyson i fjor.", "Tyson"),
    ("Vi bodde på Kari sin gård.", "Kari"),
    ("Sjefen for bukken heitte Per.", "Per"),
    # a nickname's real name ('egentlig' is not 'sjølvsagt': a first version cost persons)
    ("«Bamsen» het egentlig Per Olav Haugen, men ingen kalte ham det.", "Per Olav Haugen"),
])
def test_persons_in_those_words_stay_persons(text: str, name: str) -> None:
    assert any(name in found for found in named_as(text, "PERSON")), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # someone before the place's preposition is whom the relative clause names: a word set
    # of this rule was shadowed by a storm rule's set of the same name, and these were
    # unmasked with the start code
    ("Jeg kjenner folk i butikken som heter Nils.", "Nils"),
    ("Vi møtte noen på båten som het Kari.", "Kari"),
    ("Han snakket med henne i kafeen som heter Ingrid.", "Ingrid"),
    ("Vi traff alle på bussen som heter Per.", "Per"),
])
def test_someone_at_a_place_named_by_a_relative_clause_is_found(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    "jeg jobba jo på baker hansen i to år",
    "vi var innom baker hansen og kjøpte skoleboller",
    "det var på baker brun vi kjøpte kringla",
])
def test_a_chain_named_after_a_baker_is_no_person(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize("text", [
    # a listed hotel chain where one stays, a beer brand after its noun
    "Vi bodde på Marriott i tre netter.",
    "Vi overnatta på Comfort ved stasjonen.",
    "Ølmerket Dahls ble forbundet med studietiden.",
])
def test_a_hotel_lived_at_or_a_beer_after_its_noun_is_no_name(text: str) -> None:
    assert detected_labels(text) == []


@pytest.mark.parametrize("text", [
    # a shop after 'på' where one was (the baker rule's word set, named like an older one,
    # shadowed it in a first version)
    "Jeg har jobbet på Kiwi i ti år, og før det var jeg på Rimi.",
    "Vi gikk på Olivia og spiste pizza, og ungene fikk is etterpå.",
])
def test_a_shop_one_was_at_stays_unmasked(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("baker hansen sa at han var lei av tidlige morgener", "hansen"),
    ("Vi snakket med baker Hansen, og han sa at han skulle slutte.", "Hansen"),
])
def test_a_baker_who_speaks_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # lower-case speech: a listed app's, medicine's or brand's made-up word needs what it
    # needs in capitalised text to be a person, not any hint of one
    "eh chatgpt bruker jeg mest til å skrive referater",
    "altså ozempic kom og så ville alle ha det",
    "copilot er bygd inn i word nå og det er litt skummelt",
    "nespresso har vi på jobben og det er greit nok",
    "jeg fikk en nesespray som heter avamys men den virket ikke",
])
def test_a_listed_product_in_lower_case_speech_is_no_person(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # nicknames that works and games bear too stay persons on any hint
    ("tuppen og knerten var alltid sammen i friminuttene", "knerten"),
    ("natta pong jobber på sagbruket nå", "pong"),
])
def test_a_nickname_a_work_bears_too_stays_a_person(text: str, name: str) -> None:
    assert any(name in found for found in named_as(text, "PERSON")), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # lower-case speech: a name every language writes as often as a word, where only a
    # person fits (round 36 found it in capitalised text only)
    ("paris sa at hun var lei av jobben", "paris"),
    ("donald sa at han ikke kunne komme", "donald"),
    ("paris og jeg gikk hjem sammen", "paris"),
    ("vi intervjuet paris to ganger", "paris"),
])
def test_a_worldwide_name_in_lower_case_speech_is_found(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    "far mente at jeg skulle arve garden men det ble ikke sånn",
    "paris er en fin by om våren",
    "vi var i paris og så eiffeltårnet",
    "frankrike sa nei til avtalen",
])
def test_kin_and_towns_in_lower_case_speech_stay_no_persons(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)
