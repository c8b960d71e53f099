"""Round 29 of issue 12: what the development sets showed the detector missed or took
wrongly. Every test failed before its fix, with three exceptions that already passed and stay
as cases of the same rule ('talestyrte høyttalere med Alexa', 'Alexa og Google Assistant',
'Sangene «Marianne» og «Gabrielle»'). Tests named 'stays a person' are guards: they pass with
the round's start code too, and those of the review ('Hun bød Nora saft', 'Så tog Per
bilen', 'de andre assistentene') failed with the commit of the rule they guard. The sentences
are new ones of the same kind, not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import named_as


@pytest.mark.parametrize(("text", "name"), [
    # lower-case speech: a municipality named like a word at a clause's start, then a filler
    # and what says place: a place in it said surely, 'der oppe', 'det er' + a place, 'den
    # på/i' + a region or county
    ("grue eh flisa der vokste jeg opp", "grue"),
    ("sel ja det er otta vi kjører til hver dag", "sel"),
    ("herøy altså den på sunnmøre der jobber alle på verftet", "herøy"),
    ("vang eh der oppe i valdres er det lite jobber", "vang"),
    ("våler altså den i østfold ikke den andre", "våler"),
    ("kvam norheimsund øystese det var det vi hadde", "kvam"),
])
def test_a_municipality_the_talk_is_about_in_speech(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # a municipality's old and new names on the two sides of 'heter', one of them said surely
    ("os heter jo ikke os lenger det heter bjørnafjorden", "os"),
    ("mandal heter lindesnes nå og folk blir forvirra", "lindesnes"),
    ("vikna og nærøy heter nærøysund etter reformen", "nærøysund"),
    ("Mandal heter Lindesnes nå, og det forvirrer turistene.", "Lindesnes"),
    # merged with one: 'slo seg sammen med', 'sammenslåingen med'
    ("moss vokste da de slo seg sammen med rygge og nå ligger flyplassen i moss", "rygge"),
    ("han var for sammenslåingen med asker men folk på sætre var imot", "asker"),
])
def test_a_municipality_renamed_or_merged_in_speech(text: str, name: str) -> None:
    assert name in named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person called so ('hun heter …'), a person in a town ('læreren i mandal
    # heter …'), a person after a kin word, a person's pronoun after 'der', a headland
    ("hun heter lindesnes nå etter at hun gifta seg i mandal", "lindesnes"),
    ("læreren i mandal heter lindesnes", "lindesnes"),
    ("flora heter ikke flora lenger nå heter det kinn og søstera mi flora er lei seg", "flora"),
    ("kari eh der var hun ikke", "kari"),
])
def test_a_person_called_so_near_a_municipality_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


def test_a_headland_there_is_no_municipality() -> None:
    assert "nesset" not in named_as("nesset der ute blir dekka av sjøsprøyt når det blåser",
                                    "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # a voice assistant where the sentence speaks of assistants in their own words
    ("Studien ser på hvordan digitale assistenter som Siri brukes i eldreomsorgen.", "Siri"),
    ("Foreldrene var skeptiske til talestyrte høyttalere med Alexa på barnerommet.", "Alexa"),
    ("Bruken av Alexa og Google Assistant økte under pandemien.", "Alexa"),
])
def test_a_voice_assistant_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person named so, where only persons' words stand around the name
    ("Siri og Alexa er søstrene mine.", "Siri"),
    ("Siri jobber som assistent i barnehagen.", "Siri"),
    ("Siri ringte fra telefonen og sa at hun var syk.", "Siri"),
])
def test_a_person_named_like_a_voice_assistant_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a brand the list holds, named like a person, before the goods sold under it (a compound
    # of the goods too), and taken for one name with the goods in speech
    ("Nora jordbærsyltetøy var det eneste som fantes i skapet.", "Nora"),
    ("Sunniva eplejus er det ungene vil ha om morgonen.", "Sunniva"),
    ("vi har alltid eva solo karaffel på bordet når det kommer gjester", "eva solo karaffel"),
])
def test_a_brand_named_like_a_person_before_its_goods(text: str, name: str) -> None:
    assert not any(name.lower() in found.lower() for found in named_as(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    # guards: a given name the list holds as no brand; a brand's name after a verb of giving
    ("Kari syltetøy var det beste på markedet.", "Kari"),
    ("Vi ga Nora syltetøy til frokost.", "Nora"),
])
def test_a_person_before_goods_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a toy, a machine or an animal given a name, also in the perfect ('har kalla')
    ("Dottera har ei dokke som heiter Sigrid, og ho skal alltid vere med.", "Sigrid"),
    ("vi har en robotsel på avdelinga som heter paro", "paro"),
    ("Ungene har en dinosaurbamse som heter Harald.", "Harald"),
    ("Vi kalte snøfreseren for Gustav fordi den bråkte så fælt.", "Gustav"),
    ("Han har ein Lego-robot som han har kalla Torstein.", "Torstein"),
    ("jeg har en elsykkel som ungene har døpt bertil", "bertil"),
])
def test_a_named_toy_or_machine_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a friend, a brother called so; a dog's owner
    ("Jeg har en venn som heter Petter.", "Petter"),
    ("Jeg har en bror som mamma har kalt Per.", "Per"),
    ("Vi har en hund, og naboen som kona har kalt Per kom.", "Per"),
])
def test_a_person_called_so_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a thing's name opened by a title right after the naming verb; a thing called 'den'; 'min'
    # for one of the toys named before; songs listed as songs
    ("Hunden vår heiter Herr Pettersen, og han er tolv år.", "Pettersen"),
    ("Vi kalte støvsugeren for Fru Hagen.", "Hagen"),
    ("Vi kjøpte en brukt Nissan Leaf og kalte den bare Leif.", "Leif"),
    ("Alle i gata hadde ein Tamagotchi, og min heitte Solveig.", "Solveig"),
    ("Sangene «Marianne» og «Gabrielle» ble spilt i alle bryllupene.", "Gabrielle"),
    ("Kyrne fekk namn etter songar: Jolene, Suzanne og Lola.", "Suzanne"),
])
def test_a_thing_named_like_a_person_in_more_ways(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person with a title; 'den' as a determiner; 'min' for a person; a person
    # before the car they drove
    ("Sjefen heter Herr Hansen.", "Hansen"),
    ("Vi kalte den nye gutten Per.", "Per"),
    ("Alle hadde en lærer de likte, og min het Per.", "Per"),
    ("Bilen tante Gerda kjørte var ny.", "Gerda"),
])
def test_a_person_with_a_title_or_after_min_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a leak found while writing the song rule: the subject of a relative clause after a kind
    # of things ('filmer som …') was taken for an example of the kind
    ("Filmer som Per laget ble vist på kinoen.", "Per"),
    ("Bøkene som Kari Hansen skrev ble populære.", "Kari Hansen"),
    ("Han likte sangene Kari skrev.", "Kari"),
])
def test_the_subject_of_a_relative_clause_after_a_kind_of_things_is_a_person(
        text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


def test_examples_of_a_kind_before_the_verb_are_no_persons() -> None:
    # a guard of the fix above: a list of examples before the sentence's own verb
    text = "Vi ser at robotklippere ofte får navn som Roger, Rolf eller Ruben."
    assert not {"Roger", "Rolf", "Ruben"} & set(named_as(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    # a name no list knows, asked about on its own: a person where a pronoun follows, else
    # a person too, masked either way
    ("Tverrbakkmo? Nei, han flytta til Bergen i fjor.", "Tverrbakkmo"),
    ("Kven var det – Sveinsgjerdet? Nei, det var nokon andre.", "Sveinsgjerdet"),
    ("Brattlistuen? Nei, hun bor i byen nå.", "Brattlistuen"),
])
def test_a_name_asked_about_on_its_own_is_found(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize("text", [
    # guards: a word, a listed app, a town abroad, a question's last word after a verb
    "Hæ? Nei, det har jeg ikke hørt.",
    "Snapchat? Nei, den bruker jeg ikke.",
    "Reykjavik? Nei, vi dro til Akureyri.",
    "Eller? Jeg vet ikke helt.",
])
def test_a_word_asked_about_is_no_name(text: str) -> None:
    assert not named_as(text, "PERSON") and not named_as(text, "PLACE")


@pytest.mark.parametrize(("text", "name"), [
    # an older leak of the same kind: a relative clause's subject after a work's noun, with
    # an adverb before the main clause's verb
    ("Filmen Per likte best var Titanic.", "Per"),
    ("Boka Kari leste sist var spennende.", "Kari"),
])
def test_the_subject_of_a_relative_clause_after_a_work_is_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # review: assistants who are people ('de andre assistentene', a job's compound)
    ("Siri og de andre assistentene på kontoret tok ferie.", "Siri"),
    ("Siri og tannlegeassistenten Kari kom sammen.", "Siri"),
])
def test_a_person_among_assistants_who_are_people_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # review: a brand's name that persons bear, after a verb of serving or offering, is the
    # indirect object, a person
    ("Mamma serverte Tine kaffe og kaker.", "Tine"),
    ("Hun bød Nora saft da vi kom.", "Nora"),
    ("Jeg smurte Sunniva brødskiver til turen.", "Sunniva"),
])
def test_a_person_served_goods_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # review: 'tog' is also the past of 'ta' (a thing's noun only inside a compound:
    # 'Brio-tog'); a relative clause with a modal after a thing's noun
    ("Så tog Per bilen og kjørte hjem.", "Per"),
    ("Da tog Kari ordet på møtet.", "Kari"),
    ("Hun kjøpte bilen Per ville ha.", "Per"),
    ("Båten Kari skulle kjøpe var dyr.", "Kari"),
])
def test_a_person_after_tog_or_in_a_relative_clause_with_a_modal(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # brands said by a copula to be a kind of things in the plural
    ("Zalando og Nelly er de nettbutikkene jeg bruker mest.", "Nelly"),
    ("Odin og Skagen er de fondene jeg sparer i.", "Odin"),
])
def test_names_said_to_be_things_are_no_persons(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: persons said to be persons; an older leak: the subjects of a relative clause
    # listed after a kind of things ('Bøkene Kari og Per skrev ble solgt')
    ("Kari og Per er de beste lærerne vi har.", "Kari"),
    ("Bøkene Kari og Per skrev ble solgt.", "Per"),
    ("Bankene Kari og Per brukte var DNB og Nordea.", "Kari"),
])
def test_persons_said_to_be_persons_or_listed_in_a_relative_clause(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


def test_a_municipality_after_its_own_word_is_found_where_capitals_count() -> None:
    # 'heim til Heim' is no idiom like 'kinn mot kinn': the capital says name
    text = "Når eg køyrer heim til Heim frå Trondheim, tek det halvannan time."
    assert "Heim" in named_as(text, "MUNICIPALITY")
    assert not named_as("Vi sto kinn mot kinn og dansa.", "MUNICIPALITY")


def test_a_municipality_said_after_a_person_of_its_name_is_found() -> None:
    # 'Kvam i Kvam', 'Sande i Sande': both capitalised, the later one is the municipality;
    # a title's first word before the word again is no name («Time for time»)
    text = "Ordfører Bjørnar Kvam i Kvam ville ha ny ferje."
    assert "Kvam" in named_as(text, "MUNICIPALITY")
    assert not named_as("Kapittel fire, «Time for time», handlar om tida.", "MUNICIPALITY")
