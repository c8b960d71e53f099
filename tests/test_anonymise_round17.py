"""Round 17 of issue 12: what the fifty-second and fifty-third sets (development) showed the
detector missed or touched wrongly. Every test failed before its fix (a few parametrised
cases already passed and stay as guards of the same rule); the sentences are new ones of
the same kind, not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels as labels


@pytest.mark.parametrize(("text", "name"), [
    # an informant's age in brackets after a name at a sentence's start (a place has none)
    ("«Maria» (41) forteller at hun aldri fikk vite hvorfor.", "Maria"),
    ("Lise (29 år) har jobbet i kassa siden hun var seksten.", "Lise"),
    # a pseudonym's note: 'som vi kan kalle henne', '(pseudonym)'
    ("«Ida», som vi har valgt å kalle henne, kom til Norge i 2015.", "Ida"),
    ("Sol, som vi kaller henne her, ville ikke bli tatt opp på bånd.", "Sol"),
    ("Amina (pseudonym) beskriver den første tida som ensom.", "Amina"),
])
def test_an_age_or_a_pseudonym_says_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_counts_after_towns_stay_towns() -> None:
    found = labels("Informantene kom fra Oslo (12), Bergen (8) og Moss (3).")
    assert [label for _, label in found] == ["MUNICIPALITY"] * 3


@pytest.mark.parametrize(("text", "name"), [
    # in lower case a given name that is no word, right before a town's name, is a person's
    # full name: a place would take a preposition
    ("og så kom solveig hamar hun var rektor da", "solveig hamar"),
    ("treneren var arnfinn time i mange år", "arnfinn time"),
])
def test_a_given_name_before_a_town_in_lower_case_is_a_full_name(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_town_after_a_given_name_that_is_a_word_stays_a_town() -> None:
    assert ("bergen", "MUNICIPALITY") in labels("vi kjørte fra oslo og var i bergen per dag")


@pytest.mark.parametrize(("text", "name"), [
    # a cleft with a filler in it: 'det er jo X som'
    ("det er jo liv som styrer økonomien i laget nå", "liv"),
    ("nei det var eh bror som kjørte oss hjem den kvelden", "bror"),
])
def test_a_cleft_with_a_filler_says_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # an animal's or a thing's name in apposition after its owner's possessive
    "Katten vår, «Frida», ville ikke inn hele kvelden.",
    "Bikkja vår, «Rolf», gjødde hele uka.",
])
def test_an_animals_name_after_a_possessive_is_no_person(text: str) -> None:
    assert [label for _, label in labels(text)] == []


def test_a_persons_name_after_a_possessive_stays_a_person() -> None:
    assert ("Kari", "PERSON") in labels("Sjefen vår, Kari, var streng men rettferdig.")


@pytest.mark.parametrize(("text", "name"), [
    # a farm or a business 'til X' is X's: a person, not a place the lists lack
    ("Vi leide låven til Hovdeberget i tre somre.", "Hovdeberget"),
    ("eh han jobba på gården til kvernstuen i mange år", "kvernstuen"),
    ("hun hadde sommerjobb på bakeriet til sønsteby", "sønsteby"),
])
def test_a_farm_or_a_business_til_x_is_a_persons(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_championship_after_a_word_that_names_a_town_is_the_sport() -> None:
    assert labels("de viste bilder fra ski vm hele kvelden") == []
    assert labels("reportasjen fra ski nm var lang") == []
    assert ("ski", "MUNICIPALITY") in labels("han jobba i ski i mange år")


def test_a_county_of_an_office_before_a_year_is_a_place_though_persons_bear_it() -> None:
    found = labels("Ifølge Statsforvalteren i Nordland (2023) mangler mange kommuner en plan.")
    assert found == [("Nordland", "PLACE")]
    assert ("Ola Nordland", "PERSON") in labels("Dette er drøftet av Ola Nordland (2019).")


@pytest.mark.parametrize(("text", "place"), [
    # 'flytta X og familien til Y': they moved there; the family is nobody's
    ("Etter flaumen flytta Hodan og familien til Nordfjordeid.", "Nordfjordeid"),
    ("Sidan flytta Parisa og mannen til Vossevangen.", "Vossevangen"),
])
def test_moving_with_ones_family_goes_to_a_place(text: str, place: str) -> None:
    assert (place, "PLACE") in labels(text)


def test_a_family_til_x_after_another_goal_is_xs() -> None:
    assert ("Tverrbakk", "PERSON") in labels(
        "Vi dro på hytta til familien til Tverrbakk i Saltdal.")


@pytest.mark.parametrize(("text", "town"), [
    # in lower case: the part of a town or the side of it before 'av'/'for'
    ("de hadde en liten butikk i sentrum av moss", "moss"),
    ("vi bodde i utkanten av lier i mange år", "lier"),
    ("hytta ligger like nord for moss", "moss"),
])
def test_the_centre_of_a_town_in_lower_case(text: str, town: str) -> None:
    assert (town, "MUNICIPALITY") in labels(text)


@pytest.mark.parametrize("text", [
    # counts after places are no ages: the county of three words stays one place
    "Fordelinga var Vestland (20), Agder (15) og Møre og Romsdal (12).",
    "Agder (15) og Møre og Romsdal (12).",
])
def test_counts_after_counties_are_no_ages(text: str) -> None:
    assert all(label == "PLACE" for _, label in labels(text))
    assert ("Møre og Romsdal", "PLACE") in labels(text)


@pytest.mark.parametrize(("text", "names"), [
    # two joined by 'og' and said to be people: the two who, both at the meeting, me too
    ("strand og vik var de to som ble igjen på kontoret", ["strand", "vik"]),
    ("lund og gran var begge med på møtet i går", ["lund", "gran"]),
    ("ja han og eide var ikke enige om noen ting", ["eide"]),
])
def test_two_said_to_be_people(text: str, names: list[str]) -> None:
    found = labels(text)
    assert all((name, "PERSON") in found for name in names)


def test_two_municipalities_may_agree() -> None:
    found = labels("Sola og Randaberg var enige om å samarbeide om brannvesenet.")
    assert [label for _, label in found] == ["MUNICIPALITY", "MUNICIPALITY"]


@pytest.mark.parametrize("text", [
    # Nynorsk names of organisations (the list of things, fifth pass)
    "Han var med i Raude Kross og køyrde båt ut til øyane.",
    "Ho fekk hjelp frå Kyrkjas Bymisjon den første vinteren.",
])
def test_nynorsk_names_of_organisations_are_no_persons(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize("text", [
    # a strong past or a short present after its subject is no spoken name ('ho X')
    "ho hadde ei fin røyst og ho song i kyrkjekoret i mange år",
    "han datt på isen og brakk armen",
    "han sov på sofaen etter jobb",
    "koret heter fjordtoner og øver hver torsdag",
])
def test_a_verb_after_its_subject_is_no_name(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == []


def test_quoted_names_of_storms_are_no_persons() -> None:
    assert labels("«Gyda» og «Ingunn» var dei verste stormane vi hadde den vinteren.") == []
    # a pseudonym that tells of a storm, and one from Orkanger, stay persons
    assert ("Kari", "PERSON") in labels("«Kari» forteller om stormen som tok naustet.")
    assert ("Johannes", "PERSON") in labels(
        "«Johannes», pensjonert mekaniker fra Orkanger, forteller om verkstedet.")


@pytest.mark.parametrize(("text", "name"), [
    # more roles people have: a place is no one's conductor or editor
    ("Rundhovde var konduktør på toget i mange år.", "Rundhovde"),
    ("Brokstad var redaktør i lokalavisa fram til 2010.", "Brokstad"),
])
def test_a_surname_said_to_have_a_role_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # a nationality is no name: 'han er jo eritreer', 'var ikke filippiner'
    "nei han var chilener og spilte gitar",
    "nei hun var ikke litauer hun var fra latvia",
    # dialect demonstratives: 'hun derre fra …'
    "vi var tre stykker meg og han derre fra bryne",
    # a brand before the goods it makes, with a hyphen: 'Idun-røre'
    "Vaflene var laget av Idun-røre, og syltetøyet var hjemmelaget.",
])
def test_nationalities_demonstratives_and_goods_are_no_names(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == []


def test_a_name_found_elsewhere_is_not_carried_to_the_word_with_a_possessive() -> None:
    found = labels("Bror min kjente ein som heitte Bror Haugsvær, og det vart mykje tull.")
    assert found == [("Bror Haugsvær", "PERSON")]
    # carried where no possessive follows
    assert ("Storm", "PERSON") in labels(
        "Det var Storm som fant på det, Storm Hallvardsen, han er full av ideer.")


@pytest.mark.parametrize("text", [
    # a make before its aircraft, with or without a model number
    "Redningsaksjonen brukte to Sea King-helikoptre fra Bodø.",
    "Selskapet kjøpte fire Dash 8-fly i 1995.",
])
def test_a_make_before_its_aircraft_is_no_person(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == []


def test_a_town_before_its_plane_stays_the_town() -> None:
    assert ("Bodø", "MUNICIPALITY") in labels("Vi tok Bodø-flyet klokka sju.")


@pytest.mark.parametrize(("text", "name"), [
    # a title or a role right before a name a municipality bears: a person
    ("redaktør gausdal i avisa skrev en lang leder om det", "gausdal"),
    ("Mekaniker Stokke fra Sandefjord tok over verkstedet.", "Stokke"),
])
def test_a_title_before_a_municipalitys_name_says_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_role_with_a_preposition_keeps_the_place() -> None:
    assert ("gausdal", "MUNICIPALITY") in labels("vi hadde en lege i gausdal som var flink")


@pytest.mark.parametrize(("text", "word"), [
    # a name said, then said again in full after a filler: the same person
    ("men gran altså petter gran han var jo imot hele tida", "gran"),
    ("eh moss nei arvid moss han var formann i laget", "moss"),
    ("melhus altså gunnhild melhus hun var leder for utvalget", "melhus"),
])
def test_a_name_said_again_in_full_is_that_person(text: str, word: str) -> None:
    assert (word, "PERSON") in labels(text)


def test_the_town_before_a_man_named_after_it_stays_the_town() -> None:
    assert ("hamar", "MUNICIPALITY") in labels("vi bodde i hamar ja sverre hamar og jeg")


def test_a_name_in_er_after_a_spoken_han_is_no_verb() -> None:
    assert ("mcallister", "PERSON") in labels(
        "nei han mcallister han skotten var sjef på fabrikken i mange år")
    assert [label for _, label in labels("han pendler hver dag til byen")] == []


def test_the_adjective_of_its_country_places_a_namesake_abroad() -> None:
    assert labels("Ved det svenske universitetet i Lund forsket hun på meieriprodukter.") == []
    assert labels("Den belgiske byen Lier er kjent for øl.") == []
    assert ("Lund", "MUNICIPALITY") in labels("Vi bodde i Lund, ikke i den svenske byen.")


def test_a_ewe_and_its_name_are_no_persons() -> None:
    assert labels("Søya het Stjerne fordi ho hadde ein kvit flekk i panna.") == []


def test_a_storm_far_away_in_a_long_text_says_nothing_of_a_quoted_name() -> None:
    text = ("Uværet tok taket på naustet den høsten. " + "Vi snakket lenge om alt mulig. " * 8
            + "Etterpå kom «Gunnhild» inn på kjøkkenet med kaffe.")
    assert ("Gunnhild", "PERSON") in labels(text)


def test_what_one_drives_til_x_goes_to_a_place() -> None:
    assert labels("Han kjørte traktoren til Verkstedbakken.") == [("Verkstedbakken", "PLACE")]


@pytest.mark.parametrize(("text", "word"), [
    # said again in full, even where the full name is an unsure guess
    ("jeg husker at dag altså dag snortheim sto og delte ut roser på torget", "dag"),
    ("ja vi hadde jo sol òg sol hætta hun var fra kautokeino", "sol"),
])
def test_a_word_name_said_again_in_full_is_that_person(text: str, word: str) -> None:
    assert (word, "PERSON") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a role or kin noun with a possessive, then the name: the role's bearer
    ("han læreren vår valle han var fra valle ironisk nok", "valle"),
    ("ja altså srisuwan og kona hans kanchana de driver restauranten", "kanchana"),
])
def test_the_bearer_after_a_role_and_a_possessive(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_name_at_a_workplace_with_an_adjective_is_a_person() -> None:
    assert ("Hole", "PERSON") in labels("Hole på teknisk etat var den eneste som svarte meg.")
    assert ("Moss", "MUNICIPALITY") in labels("Vi flytta fra Moss i fjor.")


@pytest.mark.parametrize(("text", "name"), [
    # a nationality said of a word: a person (a place has none)
    ("Dimaculangan var den einaste filippinaren på fabrikken.", "Dimaculangan"),
    ("nei altså villanueva var ikke filippiner han var fra chile", "villanueva"),
])
def test_a_nationality_said_of_a_name_says_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_name_is_carried_to_its_genitive_with_sin() -> None:
    from feltarbeid.anonymise.detect import detect_many
    hits = detect_many(["Dag Solheim kom tidlig.", "Etterpå lånte vi Dag sin bil."])
    assert [(h.surface, h.label) for h in hits[1]] == [("Dag", "PERSON")]


def test_the_speaker_after_sa_with_where_or_when_it_was_said() -> None:
    found = labels("Ring oss gjerne i kveld, sa Time på slutten av sendinga.")
    assert ("Time", "PERSON") in found
    assert ("Hamar", "MUNICIPALITY") in labels("Det er for dyrt, sa Hamar kommune i går.")


def test_two_said_to_be_the_youngest_are_people() -> None:
    found = labels("Ask og Vår var dei yngste på lista i Iveland.")
    assert ("Ask", "PERSON") in found and ("Vår", "PERSON") in found
    assert ("Bergen", "MUNICIPALITY") in labels("Oslo og Bergen var de eldste byene i landet.")


def test_a_point_made_is_a_persons() -> None:
    assert ("Kvalvågens", "PERSON") in labels(
        "Kvalvågens poeng er at tilhørighet forhandles, ikke arves.")


def test_three_said_to_be_the_three_who_are_people() -> None:
    found = labels("Lund, Vik og Eide – det var de tre som satt i styret.")
    assert [label for _, label in found] == ["PERSON"] * 3
    found = labels("Oslo, Bergen og Trondheim – det var de tre som fikk pengene.")
    assert [label for _, label in found] == ["MUNICIPALITY"] * 3


@pytest.mark.parametrize(("text", "name"), [
    # a role in apposition, or 'altså han som …' after a comma
    ("Vi møtte Gjøvik i finalen, og Gjøvik, keeperen deres, tok alt.", "Gjøvik"),
    ("Halden, altså han som er advokat, ikke byen, sa at det var ulovlig.", "Halden"),
])
def test_a_role_or_a_pronoun_in_apposition_says_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_town_in_apposition_stays_a_town() -> None:
    assert ("Hamar", "MUNICIPALITY") in labels(
        "Vi kjørte til Hamar, byen med domkirkeruinene, og overnattet der.")


@pytest.mark.parametrize("text", [
    # a municipality says things too: in a statement, on its web pages
    "Det blir dyrt, sier Hamar i en uttalelse.",
    "Vi må kutte, skriver Time på nettsidene.",
])
def test_a_municipality_that_says_something_in_a_statement_stays_a_place(text: str) -> None:
    assert [label for _, label in labels(text)] == ["MUNICIPALITY"]


def test_a_bare_subject_who_flew_is_a_person() -> None:
    assert ("Gaup", "PERSON") in labels("Gaup fløy sjøfly fra Bodø på sekstitallet, sier han.")
    assert labels("Flyet fløy lavt over fjorden.") == []
