"""Round 26 of issue 12: what the development sets showed the detector missed or took
wrongly. Every test failed before its fix (a few parametrised cases already passed and stay as
guards of the same rule); the sentences are new ones of the same kind, not the evaluation
sets'."""

from __future__ import annotations

import pytest
from conftest import named_as


@pytest.mark.parametrize(("text", "name"), [
    # a municipality named like a word, at a sentence's start, with what only a town has
    ("Vik har samarbeidet med nabokommunen om legevakt i mange år.", "Vik"),
    ("Sola har samarbeidet med nabokommunen om brannvesen siden 2015.", "Sola"),
    ("Frosta har ingen ambulanse selv, så den kommer fra Levanger.", "Frosta"),
    ("Hole har ikke mange hotell, men mange hytter.", "Hole"),
    ("vik har jo samarbeidet med nabokommunen om barnevern lenge", "vik"),
])
def test_a_word_named_town_that_has_what_only_a_town_has(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # where one lived, in a relative clause right after the name
    ("Hamar, der jeg vokste opp, har forandret seg mye.", "Hamar"),
    ("Lyngen, der vi bodde i ti år, er fortsatt hjemme for meg.", "Lyngen"),
    ("Os, kor me budde då, hadde berre éin butikk.", "Os"),
    ("ja og vang der eg budde då var det berre ein butikk", "vang"),
])
def test_a_word_named_town_where_one_lived(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize("text", [
    # guards: the beach, the hill where one lived are no towns
    "stranda der vi hadde hytte var full av folk hele sommeren",
    "Bakken der vi bodde var så bratt at vi aldri sykla.",
])
def test_a_landscape_word_where_one_lived_is_no_town(text: str) -> None:
    assert named_as(text, "MUNICIPALITY") == []


@pytest.mark.parametrize(("text", "name"), [
    # the old municipality after a preposition, or renamed in brackets
    ("I gamle Hol var det tre småskular.", "Hol"),
    ("Eg kjem frå gamle Eid, som no er Stad.", "Eid"),
    ("vi er jo fra gamle fet vi da", "fet"),
    ("Sande (nå Holmestrand) hadde to ungdomsskoler.", "Sande"),
    ("En informant fra Nesset (nå Molde) fortalte om bussen.", "Nesset"),
])
def test_a_former_municipality(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


def test_old_skis_are_no_former_municipality() -> None:
    assert named_as("vi gikk på gamle ski hele vinteren", "MUNICIPALITY") == []


@pytest.mark.parametrize(("text", "name"), [
    # a model, a case, a method named after a municipality (also a surname)
    ("Den såkalte Leikanger-modellen ble kopiert av mange kommuner.", "Leikanger"),
    ("Sørum-saken ble et forbilde for andre.", "Sørum"),
    ("Vi innførte «Hemnes-metoden» i 2019.", "Hemnes"),
])
def test_a_model_or_a_case_named_after_a_municipality(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a committee, or a model of an author cited in the same text, is a person's
    ("Leikanger-utvalget la fram innstillingen i fjor.", "Leikanger"),
    ("Den såkalte Sande-modellen (Sande og Moen, 2013) ble prøvd i Nordland.", "Sande"),
    ("Kvamsdal-modellen er godt kjent i feltet.", "Kvamsdal"),
])
def test_a_committee_or_a_cited_authors_model_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # the town of a reference's publisher that is a university or goes by its letters
    ("Berg, K. (2016). Samarbeid i landbruket. Ås: NMBU.", "Ås"),
    ("Lie, T. & Moe, H. (2023). Festivalarbeid og tilhørighet. Bø: Universitetet i "
     "Sørøst-Norge.", "Bø"),
])
def test_the_town_of_a_publishing_body(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # listed with, or set against, a municipality no one is named: a municipality too, even
    # before a speech verb
    ("Levanger og Lier sa nei til sammenslåing.", "Lier"),
    ("Både Verdal og Gran sa nei.", "Gran"),
    ("Vi sier Vik, ikke Levanger.", "Vik"),
    ("Det var ikke Hole, det var Levanger.", "Hole"),
])
def test_a_word_named_town_listed_with_or_set_against_a_town(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # guards: listed with, or set against, a person
    ("Berit og Lier sa nei til forslaget.", "Lier"),
    ("Det var ikke Vik, det var Berit.", "Vik"),
])
def test_a_surname_listed_with_or_set_against_a_person_stays_a_person(text: str,
                                                                       name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a municipality named with the neighbouring municipality, or said to exist no more
    ("eh liksom hole og nabokommunen de har felles legevakt", "hole"),
    ("Vang og nabokommunane har same brannvesen.", "Vang"),
    ("ja gran finnes jo ikke lenger på samme måte det er blitt noe annet", "gran"),
    ("Re finst ikkje lenger, no er det Tønsberg.", "Re"),
])
def test_a_municipality_with_its_neighbours_or_merged_away(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


def test_a_person_who_is_no_longer_is_no_municipality() -> None:
    assert named_as("Berit finnes ikke lenger i registeret.", "MUNICIPALITY") == []


@pytest.mark.parametrize(("text", "name"), [
    # the namesake in its county, a town placed by another, a town that is world heritage
    ("altså ikke den bø i telemark der er det ikke noe hav", "bø"),
    ("altså det er ikke os ved bergen jeg snakker om", "os"),
    ("ja vega er jo verdensarv og det kommer mange turister", "vega"),
])
def test_a_word_named_town_placed_or_world_heritage(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # a club named after its town: the town part is labelled, as the rules say
    ("Stange IL vant kampen i går.", "Stange"),
    ("Hun spilte for Levanger FK i mange år.", "Levanger"),
    ("Bodø/Glimt vant serien igjen.", "Bodø"),
])
def test_a_club_named_after_its_town_names_the_town(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name", "label"), [
    # a town's newspaper, choir, bank or county council: the place part is labelled, also at
    # a sentence's start
    ("Jeg leste det i Moss Avis i går.", "Moss", "MUNICIPALITY"),
    ("Hun har sunget i Lier Mannskor i tjue år.", "Lier", "MUNICIPALITY"),
    ("Stange Sparebank har finansiert prosjektet.", "Stange", "MUNICIPALITY"),
    ("Innlandet fylkeskommune har vedtatt planen.", "Innlandet", "PLACE"),
    ("altså alle leser jo hamar arbeiderblad her", "hamar", "MUNICIPALITY"),
])
def test_an_organisation_named_after_its_place(text: str, name: str, label: str) -> None:
    assert name in named_as(text, label)


def test_a_given_name_before_a_town_and_an_organisation_stays_a_person() -> None:
    assert "Kari" in " ".join(named_as("Vi møtte Kari Lund Mannskor-dirigent i går.", "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    # a town's church, churchyard, chapel, school or stadium after its name at a capitalised
    # sentence's start
    ("Gran kirke ble bygget i 1850.", "Gran"),
    ("Vang kyrkje vart restaurert i fjor.", "Vang"),
    ("Hole kirkegård er snart full.", "Hole"),
    ("Sande bedehus ble revet i 1990.", "Sande"),
    ("Lier stadion var fullsatt.", "Lier"),
])
def test_a_towns_church_or_school_at_a_sentence_start(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize("text", [
    # guards: a heading of words, a compound of words
    "5.5 Heim, skule og kyrkje: tre arenaer for tilhøyrsle",
    "Heim–skule-samarbeid var det store ordet på kurset.",
])
def test_words_listed_before_a_school_are_no_town(text: str) -> None:
    assert named_as(text, "MUNICIPALITY") == []


@pytest.mark.parametrize(("text", "name"), [
    # what a municipality does and a person does not, at a capitalised sentence's start
    ("Hole la ned skolen i 2015.", "Hole"),
    ("Sande stemte nei til sammenslåing.", "Sande"),
    ("Gran sa nei til kommunereformen.", "Gran"),
    ("Moss mistet sykehuset i 2010.", "Moss"),
    ("Vang bygde ny idrettshall i fjor.", "Vang"),
    ("Lier måtte spare 20 millioner.", "Lier"),
    ("Klepp fikk ny ordfører etter valget.", "Klepp"),
    ("Stange grenser til Hamar.", "Stange"),
    ("Lier og omegn har fått ny busslinje.", "Lier"),
])
def test_what_a_municipality_does(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person who votes, saves or gets something
    ("Berit stemte nei til sammenslåing.", "Berit"),
    ("Kari fikk ny lege i fjor.", "Kari"),
])
def test_what_a_person_does_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # 'hele' before a bare word is before a name ('hele tiden', 'hele sola': definite forms)
    ("vi hadde ansvar for hele gran og litt av hadeland i tillegg", "gran"),
    ("og så slo de seg sammen til ett kor for hele strand", "strand"),
])
def test_all_of_a_municipality_named_like_a_word(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


def test_all_of_the_sun_is_no_municipality() -> None:
    assert named_as("hele sola var dekket av skyer i går", "MUNICIPALITY") == []


@pytest.mark.parametrize(("text", "name"), [
    # what a place is now, how far it is, what it merged into, its power plant, its airport
    ("Vi flyttet til det som nå er Øygarden, og mannen pendlet.", "Øygarden"),
    ("En informant fra Fræna (nå Hustadvika) fortalte at hun kjente alle der.", "Hustadvika"),
    ("«Hole er jo bare et kvarter fra byen,» sa hun.", "Hole"),
    ("Hornindal gikk inn i Volda, og ifølge Kari Vik var skulen på Grodås Hornindals "
     "viktigaste sak.", "Hornindal"),
    ("Nesset hadde kraftverka i Eikesdalen.", "Nesset"),
    ("Sola lufthavn ligger ikke i Stavanger.", "Sola"),
])
def test_what_a_place_is_now_or_has(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # a cleft, then what a municipality does
    ("nei det var hole som sa nei til sammenslåinga", "hole"),
    ("det er jo lier som måtte spare ti millioner", "lier"),
])
def test_a_cleft_of_what_a_municipality_does(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


def test_a_cleft_of_a_person_stays_a_person() -> None:
    assert "kari" in named_as("det var kari som sa nei til sammenslåinga", "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # what statistics say of a municipality
    ("Hole skiller seg ut med høy sysselsetting.", "Hole"),
    ("Lund har lavest arbeidsledighet i fylket.", "Lund"),
    ("Stange hadde sterk fraflytting på nittitallet.", "Stange"),
])
def test_what_statistics_say_of_a_municipality(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # a town named like a word, listed with 'byen', 'bygda', 'nabokommunen': no pair of words
    ("vi pendla mellom hole og byen i mange år", "hole"),
    ("han pendler mellom sande og bygda hver eneste dag", "sande"),
])
def test_a_town_listed_with_the_town(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # the name of the new municipality; a place is small ('lite': the neuter of a place)
    ("Heim er namnet på den nye kommunen, men vi seier framleis Hemne.", "Heim"),
    ("Vang er så lite at alle kjenner alle.", "Vang"),
    ("leka er jo så lite at de må samarbeide med alle rundt seg", "leka"),
])
def test_a_municipalitys_name_or_size(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


def test_a_person_seldom_home_stays_a_person() -> None:
    assert "Kari" in named_as("Kari er så lite hjemme at hun glemmer alt.", "PERSON")
