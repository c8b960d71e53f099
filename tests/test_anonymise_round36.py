"""Round 36 of issue 12: persons named like a land, a region, a town abroad or a brand
('Jordan', 'Kenya', 'Texas', 'Paris') were left readable wherever they stood, because the
word's other meaning always won over the words around it. Words that only a person fits now
win: 'X sa at hun …', 'Hun heter X', 'Naboen vår heter X', 'X og jeg gikk …', 'Kollegaen
min, X, …', 'X, som var leder da, …', 'spurte X om hun …', 'snakket med X i går, og han …'.
Brands named like persons are goods where the words say so ('Vaskemidler som Ariel og
Blenda', 'Vi kjøpte Ariel på tilbud', 'Medisinen heter Yasmin'), and list AH of the things
list knows more of them. Every case of the tests whose names do not say 'stay' or 'stays'
failed with the round's start code (e3225ed, round 35's final); the cases of the tests named
'… stay(s) …' are guards that keep lands, towns and brands of name-free sentences unmasked
and persons near the new rules' words masked. The sentences are new ones of the same kind,
not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels, named_as


@pytest.mark.parametrize(("text", "name"), [
    ("Kenya sa at hun var sliten etter nattevakta.", "Kenya"),
    ("Georgia fortalte at hun hadde flyttet hjem igjen.", "Georgia"),
    ("Texas sa at han ikke ville være med.", "Texas"),
    ("Paris sa at hun ville slutte.", "Paris"),
    ("Hun heter Dakota og jobber på avdelingen.", "Dakota"),
    ("Naboen vår heter Israel.", "Israel"),
    ("Mali og jeg gikk sammen hjem etter møtet.", "Mali"),
    ("Kollegaen min, India, fortalte at hun hadde søkt permisjon.", "India"),
    ("Bali, som var leder da, sa nei til forslaget.", "Bali"),
    ("Da spurte jeg Havanna om hun ville være med.", "Havanna"),
    ("Jeg snakket med Monaco i går, og han var enig.", "Monaco"),
    # lower-case speech: the pronoun takes the name up again after 'naboen vår'
    ("naboen vår kenya han hadde bil", "kenya"),
    # a brand named like persons ('Jordan' the toothbrush)
    ("Hun heter Jordan og går i tredje klasse.", "Jordan"),
    ("Jordan og jeg gikk sammen hjem.", "Jordan"),
    ("«Vi må gjøre noe», sa Texas.", "Texas"),
])
def test_a_person_named_like_a_land_or_a_brand_is_found(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a land acts as lands do: says no, signs, wins, is named
    "Kenya sa nei til avtalen.",
    "Kenya sa at de ikke ville signere.",
    "Landet heter Kenya.",
    "Byen heter Sydney, ikke Melbourne.",
    "Det var Kenya som vant stafetten.",
    "«Vi vil ikke», sa Kina.",
    "Italia og jeg har et kjærlighetsforhold.",
    "Han reiste til Jordan og jeg ble hjemme.",
    # meeting is what teams do; a pronoun after it is someone else
    "Norge møtte Brasil i kvartfinalen, og han scoret to mål.",
    "Hun samarbeidet med Sverige om saken, og hun var fornøyd.",
    "Treneren sa at Spania var best, og han trodde på gull.",
    "i landet mitt kenya han er president",
    # firms spoken to
    "Vi spurte Telenor om de kunne hjelpe.",
    "Jeg spurte Google om hun var gift.",
    "Vi kjøpte en Jordan tannbørste, og hun var fin.",
])
def test_a_land_a_town_or_a_brand_stays_unmasked(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize("text", [
    # examples of a kind of goods, after 'som' or 'for eksempel'
    "Vaskemidler som Ariel og Blenda sto på lista hennes.",
    "Kosttilskudd som Sana og Nycoplus ble nevnt av mange.",
    "Dyrefôr som Whiskas og Felix er dyrt.",
    "De foretrakk kjente merkevarer, for eksempel Nora eller Idun.",
    "Legemidler, blant annet Yasmin og Ibux, ble skrevet ut.",
    # goods after a hyphen or right after the brand
    "Vi kjøpte Ariel-kapsler på tilbud.",
    "Katten får bare Felix-posene med saus.",
    "Vi vasker gulvet med Krystal grønnsåpe hver uke.",
])
def test_brands_given_as_goods_are_no_persons(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # persons after a kind of persons, or the subject of a clause about goods
    ("Hun snakket med mange, for eksempel Kari og Per.", "Kari"),
    ("Leger som Kari og Per var med i utvalget.", "Kari"),
    ("Varene som Kari kjøpte var dyre.", "Kari"),
    ("Medisiner som Per hadde fått var sterke.", "Per"),
    # a person's own thing: singular and definite after the hyphen
    ("Kari-posen sto igjen på bussen.", "Kari"),
])
def test_persons_among_goods_stay_persons(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # goods the list holds, bought, eaten, used or switched to
    "Vi kjøpte Ariel på tilbud i går.",
    "Hun bruker alltid Tena om natta.",
    "Etter flyttinga har vi byttet til Blenda.",
    "Bestemor vaska alltid med Blenda og Krystal.",
    "Vi kjøper Ariel og Blenda på Rema.",
    "Hun brukte Yasmin i mange år.",
    "Vi har kjøpt Vanish til flekkane og Blenda til det kvite.",
    # a municipality abroad named like a person
    "Eda kommun har mange norske hytteeiere.",
    # goods named after their noun
    "Kattematen heter Whiskas, og katten elsker den.",
    "Medisinen heter Yasmin og skrives ut av fastlegen.",
])
def test_goods_bought_or_used_are_no_persons(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # someone bought for, used as, asked about, or the subject after the verb
    ("Jeg kjøpte Nora en ny sykkel.", "Nora"),
    ("Jeg kjøper Nora is hver fredag.", "Nora"),
    ("Vi bruker Nora og Kari som vikarer.", "Nora"),
    ("Da spiste Nora middag med oss.", "Nora"),
    ("Hvorfor kjøper Nora så mye?", "Nora"),
    ("Vi prøvde Idun, men ho svarte ikkje.", "Idun"),
    ("Hun ringte Ariel i går.", "Ariel"),
    ("Kari kommune sa nei.", "Kari"),
    ("Vi bruker Nora til å passe ungene.", "Nora"),
    ("Vi bruker Nora til barnevakt.", "Nora"),
    ("Vi kjøpte Ariel til Kari og Nora.", "Nora"),
    ("Vi kjøpte Ariel til vasken og Nora kom inn.", "Nora"),
    ("Medisinen Kari fikk var sterk.", "Kari"),
    ("Hun tok medisinen, og Kari sa at det hjalp.", "Kari"),
])
def test_persons_near_goods_words_stay_persons(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # list AH of the things list: groceries, the household, money and technology
    "Vi har god erfaring med Q Skyr her hjemme.",
    "Vi har god erfaring med Kavliost her hjemme.",
    "Vi har god erfaring med Finsbråten her hjemme.",
    "Vi har god erfaring med Kuraas her hjemme.",
])
def test_goods_of_list_ah_are_no_persons(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a municipality no one is named after, deciding as its council does
    ("Han mente at Bindal sa ja til oppdrettsanlegget for tidlig.", "Bindal"),
    # said to be one of a kind of municipalities, a softener and 'en av de største' between
    ("Vinje er jo en av de største kraftkommunene i landet.", "Vinje"),
])
def test_a_municipality_deciding_or_of_a_kind_is_found(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Han mente at Kari sa ja til oppdrettsanlegget for tidlig.", "Kari"),
    ("Berg er jo en av de flinkeste lærerne vi har.", "Berg"),
])
def test_a_person_in_those_words_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # the subject after the verb of drinking, a listed brand's name too: a person (these
    # were unmasked with the start code, drunk like 'Mor drakk Friele')
    ("Da drakk Nora kaffe sammen med oss.", "Nora"),
    ("Da drakk jo Nora kaffe sammen med oss.", "Nora"),
    ("Så drakk Ariel te hos oss.", "Ariel"),
    # the owner of what is drunk
    ("Jeg drikker Felix sin kaffe når han er borte.", "Felix"),
])
def test_a_person_after_a_verb_of_drinking_is_found(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    "Mor drakk Friele hver morgen.",
    "Mannen min drikk berre Friele.",
    "mamma drakk friele",
])
def test_a_brand_that_is_drunk_stays_unmasked(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)
