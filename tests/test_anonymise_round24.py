"""Round 24 of issue 12: what the development sets showed the detector touched wrongly or
missed. Every test failed before its fix (a few parametrised cases already passed and stay as
guards of the same rule); the sentences are new ones of the same kind, not the evaluation
sets'."""

from __future__ import annotations

import pytest
from conftest import named_as


@pytest.mark.parametrize(("text", "name"), [
    # an animal or a thing given a name, however the sentence puts it
    ("geitene heter lykke og stjerne og bukken heter rolf fordi han er så sta", "rolf"),
    ("katten til sønnen min heter sofus og han sover hele dagen", "sofus"),
    ("Vi kjøpte tre lam i mai og kalte dem Tora, Vilja og Kari etter tantene.", "Kari"),
    ("Sigurd, hunden vår, sov alltid under kjøkkenbordet.", "Sigurd"),
    ("Vi har to geiter: Rosa og Helga, og begge rømmer stadig vekk.", "Helga"),
    ("Vi har to katter, Oskar og Tiger, og dei er aldri samde.", "Oskar"),
    ("Bukken som kom frå Hardanger, fekk namnet Trond, og det var han fornøgd med.",
     "Trond"),
    ("Naboen gav hesten namnet Solveig etter bestemora si.", "Solveig"),
    ("Han kjøpte en elbil i fjor og har gitt den navnet «Berit».", "Berit"),
    ("Vi fikk en robotklipper, og den har fått navnet «Jens» av ungene.", "Jens"),
    ("Eg kallar fela mi Gudrun, og ho har vore med meg i førti år.", "Gudrun"),
    ("Trygve er namnet på papegøya vår, og han kan seie hei.", "Trygve"),
    ("Ungane leikar mykje med hunden, som heiter Bamsefar.", "Bamsefar"),
    ("Sauene har ikkje namn, men vêren heiter Olav, og han stangar alle.", "Olav"),
])
def test_an_animal_or_a_thing_named_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person named with the same words around
    ("Datteren til naboen heter Kari, og hun går i andre klasse.", "Kari"),
    ("Kari, dama mi, kom heim seint.", "Kari"),
    ("Vi kalte dem Per og Pål etter gutta på jobben.", "Per"),
    ("kua het dagros og per kom inn og melka henne", "per"),
    ("Han jobbet på båten sammen med en mann som het Nils Olsen.", "Nils Olsen"),
])
def test_a_person_named_near_an_animal_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a kind of things before the names of some ('Bakerikjeder som …', 'Korene …')
    ("Sportskjeder som Anton Sport og XXL ble nevnt av mange.", "Anton Sport"),
    ("Bandnavn som Kari Bremnes-bandet er ikke vanlige.", "Kari Bremnes"),
    ("Jazzklubbene Herr Petersen og Sofie ble nevnt av flere.", "Sofie"),
    ("Korene Vox Nova og Vokal Nord er begge fra Nord-Norge.", "Vox Nova"),
    ("Merkenavn som Jensen og Helly Hansen ble knyttet til friluftsliv.", "Helly Hansen"),
    # a plural noun's genitive opening a sentence, a compound plural before a name
    ("Deltakernes beskrivelser var ofte korte.", "Deltakernes"),
    ("Hundeeiernes fortellinger handlet mest om turer.", "Hundeeiernes"),
    ("Fastfoodkjedene Max og Burger King ble nevnt.", "Fastfoodkjedene Max"),
])
def test_kinds_of_things_before_their_names(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a kind of persons before names, a farm's name in the genitive
    ("Informanter som Kari og Per sa det samme.", "Kari"),
    ("Forfattere som Kari Olsen og Per Berg har skrevet om dette.", "Kari Olsen"),
    ("Hovdenes bok kom ut i fjor.", "Hovdenes"),
])
def test_kinds_of_persons_and_farm_genitives_stay(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a prize won or nominated for, a drink, a business called 'Hos …', the children by
    # their order, an instrument or a hotel chain named after its maker
    ("Hun fikk Amanda for hovedrollen i fjor.", "Amanda"),
    ("Han har fått en Emmy, men snakker aldri om det.", "Emmy"),
    ("kortfilmen ble nominert til oscar og da ringte alle", "oscar"),
    ("Far min drikker bare Friele, ingenting annet.", "Friele"),
    ("Vi spiste lunsj på en kafé som het Hos Marit hver fredag.", "Marit"),
    ("eldstemann ser på tv hele kvelden og minstemann sover", "eldstemann"),
    ("Det gamle Hammond-orgelet sto i kirkekjelleren.", "Hammond"),
    ("Rhodes-pianoet og Wurlitzer-pianoet ble solgt.", "Wurlitzer"),
])
def test_prizes_drinks_businesses_and_instruments_are_no_persons(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person after the same verbs
    ("Vi fikk Amanda til å le av historien.", "Amanda"),
    ("Jeg fikk Amanda i klassen det året.", "Amanda"),
    ("Vi fikk Amanda.", "Amanda"),
    ("Vi fikk Robert for en dag.", "Robert"),
    ("Hun ringte til Oscar etter møtet.", "Oscar"),
    ("Hos Marit var det alltid kaffe.", "Marit"),
])
def test_persons_after_prize_words_stay(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a municipality named like a word, with its neighbours, the rest of its region or its
    # people
    ("lom og nabokommunane deler jo på jordmor", "lom"),
    ("sel og resten av gudbrandsdalen har felles barnevern", "sel"),
    ("eh vang og hele valdres altså det er langt å kjøre", "vang"),
    ("Hole og nabokommunen deler brannvesen.", "Hole"),
    ("det var mange moss folk og rygge folk på møtet", "moss"),
])
def test_a_municipality_with_its_neighbours(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # guards: words of nature listed with words; 'mange folk'
    ("moss og lav vokser på steinene her", "moss"),
    ("det var mange folk der", "mange"),
])
def test_words_with_words_are_no_municipality(text: str, name: str) -> None:
    assert name not in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # a character of a play, an opera, a musical or a ballad where its work is named
    ("I «Gengangere» er det Osvald eg synest mest synd på.", "Osvald"),
    ("I «Byggmester Solness» er det Hilde som driver ham opp i tårnet.", "Hilde"),
    ("Vi så «Rosmersholm» i fjor, og Rebekka var best.", "Rebekka"),
    ("I «Synnøve Solbakken» er Torbjørn den som må endre seg.", "Torbjørn"),
    ("Koret satte opp musikalen «Matilda» i fjor, og Trunchbull var skummel.", "Matilda"),
])
def test_characters_of_well_known_works(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a later list's title or characters named like persons, where no work is
    # named as a work
    ("«Jeg flyttet tre ganger det året», forteller «Jonas» (29).", "Jonas"),
    ("Arne og Margit kom på besøk i går.", "Margit"),
    ("Henrik, Pernille og Leonora var med på turen.", "Pernille"),
])
def test_persons_named_like_characters_stay(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a name the whole world writes, opening a sentence before what the person said
    ("Donald sa at han ikke kunne komme på møtet.", "Donald"),
    ("Obama mente at han hadde gjort det han kunne.", "Obama"),
    ("Putin sa at han ikke ville forhandle.", "Putin"),
])
def test_a_worldwide_name_before_its_speech(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a Norwegian word, a firm, other speech
    ("Folk sa at han var gal.", "Folk"),
    ("Google sa at han måtte logge inn på nytt.", "Google"),
    ("Radio sa at det skulle bli regn.", "Radio"),
])
def test_words_and_firms_before_speech_are_no_persons(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a quoted title named like a person, by what is said of it
    ("Musikalen «Evita» gikk i to sesonger.", "Evita"),
    ("Skolekoret gjorde «Carmen» i fjor.", "Carmen"),
    ("Han sier at «Layla» er den beste låten som er skrevet.", "Layla"),
    ("Ho har alltid elska «Matilda», både boka og filmen.", "Matilda"),
    ("Nettstedet Finn var viktigst for bruktkjøp.", "Finn"),
    ("Han spiller på en gammel Selmer-saksofon.", "Selmer"),
])
def test_quoted_titles_by_what_is_said_of_them(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # an informant's pseudonym in quotes opening a sentence, with who she is after it
    ("«Tuva», lærer ved en liten skole, forteller at elevene reiser langt.", "Tuva"),
    ("«Lise», som har jobbet tolv år på stasjonen, sier at det går bra.", "Lise"),
    ("«Bjørn», kommunelege i en kystkommune, mener det står på ferjene.", "Bjørn"),
    # guards: a nickname named as a name; a pseudonym that does something
    ("Jeg vet at «Krølla» er et rart kallenavn, men det var det hun ble kalt.", "Krølla"),
    ("Gjorde «Lise» det samme som de andre?", "Lise"),
])
def test_quoted_pseudonyms_opening_a_sentence(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name", "label"), [
    # a village or a merged municipality that a municipality named surely has or got
    ("vestby har son og der er bakeriet", "son", "PLACE"),
    ("holmestrand fikk sande i sammenslåingen", "sande", "MUNICIPALITY"),
])
def test_what_a_town_has_or_got(text: str, name: str, label: str) -> None:
    assert name in named_as(text, label)


@pytest.mark.parametrize(("text", "name"), [
    # a smart speaker where the text speaks of lights, orders and speakers (not Siri, a
    # name many women bear, without the older cues)
    ("Alexa slår av lysene når vi legger oss.", "Alexa"),
    ("vi ba alexa om å bestille melk men det kom bleier", "alexa"),
])
def test_a_smart_speaker_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a woman named Alexa or Siri
    ("Alexa kom hjem sent fra trening.", "Alexa"),
    ("Siri skrur på lyset når hun kommer hjem.", "Siri"),
    ("Alexa hadde lyst på is.", "Alexa"),
    ("Alexa jobbet tre timer i går.", "Alexa"),
    ("Alexa bestilte pizza til oss.", "Alexa"),
])
def test_women_named_like_speakers_stay(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


def test_the_sky_a_town_has_is_no_place() -> None:
    assert "sola" not in named_as("oslo har sola i dag", "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # who said it, after what was said put first; a nickname given in a relative clause
    ("ølen var jo egen kommune før det sa heikki", "heikki"),
    ("det sa mikko og så gikk han hjem", "mikko"),
    ("Sjåføren, en kar fra Lyngen som alle kaller «Måsen», kjører fort.", "Måsen"),
])
def test_who_said_it_and_who_is_called_so(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a role says it; a boat called so in a relative clause
    ("det sa legen", "legen"),
    ("Vi hadde en båt som alle kalte «Havsula».", "Havsula"),
])
def test_roles_and_boats_said_or_called_so(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")
