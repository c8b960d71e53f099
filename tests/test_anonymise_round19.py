"""Round 19 of issue 12: what the sixty-first set and the sixty-third (development; the
sixty-third name-free sentences only, one part per kind of trap) showed the detector
touched wrongly or missed. Every test failed before its fix (a few parametrised cases
already passed and stay as guards of the same rule); the sentences are new ones of the same
kind, not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels as labels


@pytest.mark.parametrize("text", [
    # listed agencies, parties, media and medicines act as people do
    "Statped sa at dei ikkje hadde kapasitet før til hausten.",
    "Til slutt var det Raudt som stemte mot forslaget.",
    "Så skreiv Storytel til oss og ville forlenge avtalen.",
    "Legen sa at de skulle gi ham Marevan fra neste uke.",
])
def test_an_agency_a_party_or_a_product_acting_is_no_person(text: str) -> None:
    assert labels(text) == []


def test_a_nickname_that_a_series_bears_too_stays_a_person() -> None:
    assert ("Pusur", "PERSON") in labels("Bestefar kalte henne alltid «Pusur» da hun var liten.")


@pytest.mark.parametrize("text", [
    # methods, measures and illnesses named after their makers
    "Svarene ble gitt på en sjudelt Likert-skala.",
    "Vi brukte Poisson-regresjon for antall legebesøk.",
    "Forskjellen ble testet med Mann-Whitney-testen.",
    "Reliabiliteten var god (Cronbachs alfa 0,84).",
    "Mange av dem hadde Parkinsons sykdom i tillegg.",
    "Bruken av Tabata-trening økte blant de yngste.",
])
def test_a_method_or_measure_named_after_its_maker_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # a person of the study's committee, proposal or model is a person still
    ("Kvamsdal-utvalget la fram sin rapport i fjor.", "Kvamsdal"),
    ("Kvamsdals forslag fikk bred støtte.", "Kvamsdals"),
    ("Vi prøvde ut Berglund-modellen på avdelingen.", "Berglund"),
])
def test_a_persons_committee_or_model_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # a title in quotes by the words around it: a work's noun, reading, watching, a medium
    "Krimserien «Jenny» gikk i tre sesonger.",
    "Jeg leste «Marius» på hytta i sommer.",
    "Vi har sett på «Hedda» to ganger allerede.",
    "Hun hørte på «Sigrid» hver kveld.",
    "Hovudpersonen i «Trond» er ein einsam fiskar.",
    "Dei viste «Ingeborg» på NRK i går.",
    # what a container holds
    "Han tok en flaske Mack og satte seg ned.",
    "Gi meg en boks Solo, takk.",
])
def test_a_work_in_quotes_or_goods_in_a_container_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # an informant's pseudonym in quotes is a person still
    ("«Lise» fortalte at hun aldri hadde sett nordlyset.", "Lise"),
    ("Det var slik «Tulla» sa det da vi møttes.", "Tulla"),
    ("Og så ringte «Marius» meg igjen.", "Marius"),
    ("Da jeg så «Lise» igjen, hadde hun flyttet.", "Lise"),
])
def test_a_pseudonym_in_quotes_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # a town abroad that is a given name too, where one lives, works or studies, or that a
    # copula calls a town
    "Broren min bor i Adelaide nå.",
    "Hun var utvekslingsstudent i Victoria i et halvt år.",
    "Vi budde i Sofia i tre år før vi kom hit.",
    "Augusta er hovedstaden i Maine.",
])
def test_a_town_abroad_named_like_a_person_is_no_person(text: str) -> None:
    assert not [lab for lab in labels(text) if lab[1] == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Han var forelska i Sofia i mange år.", "Sofia"),
    ("Sofia er den eldste i byen.", "Sofia"),
    ("Vi var i Victoria sitt bryllup i fjor.", "Victoria"),
])
def test_a_person_named_like_a_town_abroad_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # a drink, a product or a firm after a verb of ordering, buying or opening and 'en'
    "Han bestilte en Mary Pickford i baren.",
    "Til slutt tok jeg ein Margarita.",
    "De har åpnet en Eva ved torget.",
    # a ferry named by its route
    "Vi tok Kielferga hvert år.",
    # a firm's letters joined by '&'
    "Hun jobbet på lageret til H&M i to år.",
])
def test_what_is_ordered_bought_or_sailed_on_is_no_person(text: str) -> None:
    assert not [lab for lab in labels(text) if lab[1] == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Jeg snakket med en Kari fra NAV.", "Kari"),
    ("Vi hadde en Ola i klassen som alltid kom for seint.", "Ola"),
    ("Dette viser Kvamsdal & Fagerli i sin studie.", "Kvamsdal"),
])
def test_a_person_after_an_article_or_an_ampersand_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a given name that is a word too, at a sentence's start, before a relative clause of
    # what only people do
    ("Lise, som jobber nattevakt, sa det slik.", "Lise"),
    ("Lise, som fortalte mest, var den eldste.", "Lise"),
    # a nickname in quotes before 'som vi kalte henne'
    ("«Tulla», som vi kalte henne, jobbet der i tretti år.", "Tulla"),
    # a given name that is a town abroad too, at a sentence's start before an initial
    ("Nigel R. Pemberton skrev den første boka om dette.", "Nigel R. Pemberton"),
])
def test_a_name_at_a_sentences_start_the_words_after_make_a_person(text: str,
                                                                    name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_word_before_a_relative_clause_stays_a_word() -> None:
    assert labels("Fred, som er det viktigste, kommer ikke av seg selv.") == []


def test_speaking_makes_a_person_of_a_word_that_is_a_name() -> None:
    found = labels("hun ville bare ha besøk av sol fordi sol snakket med henne om alt")
    assert found == [("sol", "PERSON"), ("sol", "PERSON")]


def test_a_society_is_a_unit_of_the_person_in_it() -> None:
    assert ("Lund", "PERSON") in labels("Lund i foreningen mente at vi måtte søke på nytt.")


@pytest.mark.parametrize(("text", "place"), [
    # a farm's name after its noun and a place preposition, with its prefix, even where
    # it is a surname too
    ("Han vokste opp på garden Nedre Myklebust i Gloppen.", "Nedre Myklebust"),
    ("Dei flytta til gården Berg like etter krigen.", "Berg"),
    ("dei budde på garden øvre kvåle heile livet", "øvre kvåle"),
])
def test_a_farm_after_its_noun_is_a_place_with_its_prefix(text: str, place: str) -> None:
    assert (place, "PLACE") in labels(text)


def test_a_given_name_after_a_farms_noun_stays_a_person() -> None:
    assert ("Ola", "PERSON") in labels("Han jobbet på gården Ola eide.")


def test_the_last_word_of_a_longer_place_is_no_person() -> None:
    assert labels("i søndre nordstrand var det lange ventelister") == [
        ("søndre nordstrand", "PLACE")]


def test_a_village_name_opening_a_list_of_persons_is_a_person() -> None:
    found = labels("Storjord, Hætta og Lampinen meldte seg som frivillige.")
    assert ("Storjord", "PERSON") in found and ("Lampinen", "PERSON") in found


def test_a_village_after_a_preposition_in_a_list_stays_a_place() -> None:
    assert ("Storjord", "PLACE") in labels("Hun kom fra Storjord, og Hætta kom fra Kautokeino.")


@pytest.mark.parametrize("text", [
    # an animal named: after where it is, as 'den', after 'å kalle'
    "vi har en besøkshund på sjukeheimen som heter bella",
    "vi tok over kattungen i fjor og den heter mira",
    "Det var vanlig å kalle geita for Rosa eller Snøfrid.",
])
def test_an_animal_named_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Sykepleieren på avdelinga som heter Kari var snill.", "Kari"),
    ("vi fikk en valp og ei jente og den heter luna", "luna"),
    ("Det var vanlig å kalle henne for Rosa.", "Rosa"),
])
def test_a_person_named_near_an_animal_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # a town abroad persons' names hold, listed with another after a preposition of going
    "Etterpå tok vi bussen videre til Siena og Verona.",
    "Hun har vært i Mekka og Medina to ganger.",
])
def test_towns_of_a_journey_abroad_are_no_persons(text: str) -> None:
    assert not [lab for lab in labels(text) if lab[1] == "PERSON"]


def test_a_dialect_naming_verb_names_an_animal() -> None:
    assert labels("eg har ein katt som heite truls og han er gammal no") == []


def test_a_listed_service_is_a_person_when_a_pronoun_says_so() -> None:
    assert ("Yr", "PERSON") in labels("Yr ringte og sa at hun var på vei.")


@pytest.mark.parametrize("text", [
    # a noun with its owner after it at a sentence's start; a fishing boat named
    "Røsten hennar skalv då ho song.",
    "Kutteren «Solveig» kom inn med full last.",
])
def test_a_noun_with_its_owner_or_a_boat_named_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize("text", [
    # a shop or a restaurant named like a person, where one shops or eats
    "Vi handler nesten alt på Kiwi og Oda nå.",
    "etter trening spiste vi middag på peppes",
    # a voice assistant woken or asked about the weather, the lights, the phone
    "Hei Siri, hvordan blir været i morgen?",
    "mamma ber alexa skru av lyset hver kveld",
])
def test_a_shop_or_a_voice_assistant_named_like_a_person_is_no_person(text: str) -> None:
    assert not [lab for lab in labels(text) if lab[1] == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Jeg kjøpte bilen fra Oda i fjor.", "Oda"),
    ("Siri fikk en ny telefon til jul.", "Siri"),
    ("Siri mistet mobilen på bussen.", "Siri"),
])
def test_a_person_named_like_a_shop_or_an_assistant_stays_a_person(text: str,
                                                                   name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_title_listed_after_a_title_is_a_work_too() -> None:
    assert labels("Hun leste «Marius» og «Hedda» samme sommer.") == []


def test_pseudonyms_listed_in_quotes_stay_persons() -> None:
    found = labels("Vi intervjuet «Lise» og «Kari» om dette.")
    assert ("Lise", "PERSON") in found and ("Kari", "PERSON") in found


def test_the_first_word_of_a_quoted_title_is_no_person() -> None:
    assert labels("Overskrifta «Sigrid og havet» sa det meste om saka.") == []


@pytest.mark.parametrize(("text", "name"), [
    # a person greeted or visited keeps the name an app or a shop bears too
    ("Hei Finn, kan du komme inn et øyeblikk?", "Finn"),
    ("Vi spiste middag hos Irma etter turen.", "Irma"),
    ("Vi kjørte en Oda fra Sogndal til flyplassen.", "Oda"),
])
def test_a_person_greeted_or_visited_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_name_before_a_genitive_sitt_stays_a_person() -> None:
    # 'sitt' makes a genitive of a name, not a noun's owner after it ('Røsten hans')
    assert ("Gebreselassie", "PERSON") in labels("Gebreselassie sitt hus brant ned i fjor.")
