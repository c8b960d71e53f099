"""Round 28 of issue 12: what the development sets showed the detector missed or took
wrongly. Every test failed before its fix (a few parametrised cases already passed and stay as
guards of the same rule); the sentences are new ones of the same kind, not the evaluation
sets'."""

from __future__ import annotations

import pytest
from conftest import named_as


# A rule of this round's first try (a listed thing of one word that only the world's lists of
# names hold is the thing unless words say person: 'leke med Barbie') broke round 14's privacy
# probe ('Ungene likte Malia godt', 'Chang og Heinz var enige'): with no word saying thing, such
# a name stays masked. The rule was taken out; these guards stay.
@pytest.mark.parametrize(("text", "name"), [
    # guards: a surname many bear here, a person's words around the name, a world's surname
    # where the sentence cites, a listed thing's name with no word saying thing
    ("Frost sa at han ikke ville være med lenger.", "Frost"),
    ("Lassie ringte meg i går og spurte om hjelp.", "Lassie"),
    ("Jolene kom hjem fra skolen i går og gråt.", "Jolene"),
    ("Det er dette Nakamura kaller tillit, jf. Dahl (2010).", "Nakamura"),
    ("Ungene likte Barbie godt.", "Barbie"),
    ("Chang og Heinz var enige om det.", "Heinz"),
])
def test_a_person_named_like_a_listed_thing_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a method, a test, a curve or an illness after its maker: in the plural, before an
    # adjective, after a first name joined by a hyphen, before the illness's own word
    ("Dataene ble analysert med Kaplan-Meier-kurver for hver gruppe.", "Kaplan-Meier"),
    ("Vi brukte Mann-Whitney U-test fordi utvalget var lite.", "Whitney U"),
    ("Dette ble undersøkt med Fishers eksakte test.", "Fishers"),
    ("Hun fikk Lyme-borreliose etter turen i skogen.", "Lyme"),
    ("Ungane lærte å symje etter Halliwick-metoden i fjor.", "Halliwick"),
])
def test_a_known_makers_method_or_illness_is_no_person(text: str, name: str) -> None:
    assert not any(name in found for found in named_as(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person's own method, a person's full name before a test
    ("Vi brukte Kvamsdal-metoden i teamet hele våren.", "Kvamsdal"),
    ("Til slutt tok vi Per Hansen-testen på nytt.", "Per Hansen"),
    ("Kari Olsens nye test var vanskelig.", "Kari Olsens"),
])
def test_a_persons_own_method_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a prize, a grant, a gospel or a technique named after someone, written as one word:
    # no person of the study
    ("Filmen vant to Amandapriser samme året.", "Amandapriser"),
    ("Hun fikk Ibsenstipendet for stykket sitt.", "Ibsenstipendet"),
    ("Presten leste fra Lukasevangeliet på julaften.", "Lukasevangeliet"),
    ("Fysioterapeuten lærte meg Alexanderteknikken.", "Alexanderteknikken"),
])
def test_what_is_named_after_someone_in_one_word_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person's name in the same places
    ("Filmen vant to priser, sa Amanda.", "Amanda"),
    ("Hun fikk stipendet av Ibsen selv, sa Lukas.", "Lukas"),
])
def test_a_person_near_a_prize_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a café or a shop named after someone, in lower-case speech, after the business's noun
    ("vi pleide å sitte på kafé ingrid etter skolen", "ingrid"),
    ("vi bestilte kransekake fra konditori hansen til bryllupet", "hansen"),
    # a surname that is a common verb too, after the infinitive mark
    ("vi brukte båten mest til å fiske torsk om høsten", "fiske"),
    # makers after goods and 'fra': model kits, model trains, puzzles, printers
    ("Han kjøper modelltog fra Roco og Piko på nettet.", "Roco"),
    ("Vi legger puslespill fra Clementoni hver jul.", "Clementoni"),
    # a given name and the thing made after it, in one word or joined by a hyphen
    ("Hun strikket Mariusgensere til hele familien.", "Mariusgensere"),
    ("Vi har et Alex-skap fra Ikea på kontoret.", "Alex"),
    ("Vi satte Beate-poteter i år, de ble gode.", "Beate"),
    # an illness after its discoverer, in any case
    ("Hun har hatt de Quervains tendinitt i begge hendene.", "Quervains"),
    ("hunden fikk cushings syndrom i fjor", "cushings"),
])
def test_a_firm_or_a_thing_named_after_someone_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a chain after a verb of being there with its subject after it; a paper subscribed to
    ("Etter det var jeg på Rimi i fire år.", "Rimi"),
    ("Far abonnerte på Fiskaren hele livet.", "Fiskaren"),
])
def test_a_chain_or_a_paper_is_no_place(text: str, name: str) -> None:
    assert name not in named_as(text, "PLACE")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person at a café, a person a thing came from, a baker by trade, a person
    # met at a shop
    ("jeg møtte ingrid på kafé i går", "ingrid"),
    ("Genseren var fra Kari, som strikket den selv.", "Kari"),
    ("vi kjøpte brød hos baker hansen hver lørdag", "hansen"),
    ("Etter det var jeg hos Ingrid i fire år.", "Ingrid"),
])
def test_a_person_by_a_shop_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a nickname not quoted, in a sentence that says what someone is called (the first
    # three failed before; the others were found by other rules and stay as guards)
    ("Han het Sverre, men alle sa bare Bamsen.", "Bamsen"),
    ("han heter arvid men alle sa bare kruttet", "kruttet"),
    ("det var krølla vi kalte henne hun het egentlig sissel", "krølla"),
    ("vi kaller henne bare snuppa men hun heter ingrid", "snuppa"),
    ("mohammed eller mo som vi kalte ham var den første som kom", "mo"),
])
def test_a_nickname_not_quoted_is_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: no nickname where a thing is called so, or the words after are no name
    ("Båten heter Havørn, men alle kaller henne bare skuta.", "skuta"),
    ("Boka heter «Snø», men alle sier bare boka.", "boka"),
    ("Kari, som vi kalte henne, jobbet der lenge.", "jobbet"),
    ("Han heter Ola, men alle sier bare ja til ham.", "ja"),
])
def test_no_nickname_where_none_is_given(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # speech: a name between 'han'/'hun' and the pronoun again, or before 'altså' or 'eh',
    # though it names a town or is a word too (the first two failed before; other rules
    # found the rest, kept as guards)
    ("han hamar altså rektoren", "hamar"),
    ("eg kjenner han bodø han bur der", "bodø"),
    ("eh hun maricel hun jobber på kjøkkenet nå", "maricel"),
    ("han molde altså han som hadde sjarken", "molde"),
])
def test_a_name_between_spoken_pronouns_is_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: words between the pronouns that are no names
    ("da kom han hjem han og sa at det var over", "hjem"),
    ("var det han eller hun som sa det", "eller"),
    ("gareth han engelskmannen han snakker bedre nynorsk enn meg", "engelskmannen"),
    ("det var han altså han som sa det", "altså"),
])
def test_no_name_between_spoken_pronouns_where_none_is(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # a scholar's genitive before the work, though a place or a town bears the name; the
    # genitive of a person the text cites
    # (the first two failed before; the others were found by other rules, kept as guards)
    ("I Rykkjems studie fra Nordfjord inngikk tre kommuner.", "Rykkjems"),
    ("Jeg støtter meg på Bjørkelos analyse av materialet.", "Bjørkelos"),
    ("Dette samsvarer med Lunds funn fra Finnmark.", "Lunds"),
    ("Både Moen (2014) og Tangen (2020) tar opp dette, men Tangens tolkning er snevrere.",
     "Tangens"),
])
def test_a_scholars_genitive_is_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a municipality's model, a county's analysis
    ("Lunds modell ble kopiert av flere kommuner.", "Lunds"),
    ("Nordlands fylkeskommune la fram sin analyse.", "Nordlands"),
])
def test_a_municipalitys_genitive_stays_a_municipalitys(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # lower-case speech: a noun's definite form of a noun in -e, a noun text knows fairly
    # well, after a preposition of place: no place
    ("vi dro ungene opp bakken på kjelken hver søndag", "kjelken"),
    ("han la sekken i snekka og rodde ut", "snekka"),
    ("vi hadde alltid med kakao på termos når vi gikk på ski", "termos"),
    ("de kjørte rundt i europa i bobil hele sommeren", "bobil"),
    ("vi gikk i sikksakk opp den bratte lia", "sikksakk"),
])
def test_a_noun_after_a_preposition_in_speech_is_no_place(text: str, name: str) -> None:
    assert name not in named_as(text, "PLACE")


@pytest.mark.parametrize(("text", "name"), [
    # guards: places the lists lack, after a preposition, in speech
    ("vi var på dalsnibba og så utover geirangerfjorden", "dalsnibba"),
    ("vi fiska rundt kvalneset hele høsten", "kvalneset"),
])
def test_a_place_no_list_holds_stays_a_place_in_speech(text: str, name: str) -> None:
    assert name in named_as(text, "PLACE")


@pytest.mark.parametrize(("text", "name"), [
    # a quoted name that 'it' was called, or a works or a building was called by
    ("Far kjøpte en traktor i 1962. «Brummen» kalte vi den.", "Brummen"),
    ("Far kjøpte en traktor i 1962. «Olga» kalte vi den.", "Olga"),
    ("Kraftanlegget, som folk kalte «Kjelen», ga arbeid til hele bygda.", "Kjelen"),
])
def test_a_quoted_name_of_it_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person called so, a person who called it something
    ("«Bamsen» kalte vi ham, for han var så stor.", "Bamsen"),
    ("Naboen, som vi kalte «Bamsen», kom ofte innom.", "Bamsen"),
    ("«Gunnar» kalte den rett og slett «en velsignelse».", "Gunnar"),
])
def test_a_quoted_nickname_of_a_person_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # characters of games, series and books the works list now holds, where the work is named
    ("Vi spiller «Stardew Valley» sammen, og hun giftet seg med Sebastian i spillet.",
     "Sebastian"),
    ("Etter «The Last of Us» snakket vi lenge om Joel og det han gjorde.", "Joel"),
    ("I «Mass Effect» var det Garrus som alltid fikk bli med på oppdrag.", "Garrus"),
])
def test_a_character_of_a_named_game_is_no_person(text: str, name: str) -> None:
    assert name not in named_as(text, "PERSON")


def test_a_person_named_like_a_character_stays_a_person_where_no_work_is_named() -> None:
    assert "Joel" in named_as("Joel ringte meg i går og sa at han var syk.", "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # leaks found by reading this round's rules as an adversary: each rule that drops a name
    # must not drop a person's in the same words
    ("vi satt på kafé ola og jeg og pratet om alt", "ola"),  # speech without commas
    ("jeg abonnerer på hansen på youtube", "hansen"),  # someone's channel
    ("Jeg abonnerer på Hansen sitt nyhetsbrev.", "Hansen"),
    ("«Tussa» kalte vi det minste barnet.", "Tussa"),  # 'det' a determiner, not 'it'
    ("Sjefen på smelteverket, som folk kalte «Gryta», var streng.", "Gryta"),
    ("Vi fikk et modelltog fra Hansen til jul.", "Hansen"),  # a giver many are named
    ("Vi fikk genseren fra Hansen.", "Hansen"),  # (an older sibling of the same rule)
    ("Vi kalte den nye gutten «Bamse».", "Bamse"),  # a nickname that is a word too
    ("«Bamse» kalte vi den nye gutten i klassen.", "Bamse"),
])
def test_a_person_in_the_words_of_a_thing_rule_stays_masked(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON")
