"""Round 23 of issue 12: what the development sets showed the detector touched wrongly or
missed. Every test failed before its fix (a few parametrised cases already passed and stay as
guards of the same rule); the sentences are new ones of the same kind, not the evaluation
sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels as labels
from conftest import named_as


@pytest.mark.parametrize(("text", "name"), [
    # a municipality's name that no list of persons knows, in a slot a person stands in too:
    # saying no, being glad or not, having got a bridge
    ("ringsaker sa nei takk til hele greia", "ringsaker"),
    ("Hvorfor Frogn sa opp avtalen med Ås, er uklart.", "Frogn"),
    ("Stjørdal sa ja til avtalen i fjor.", "Stjørdal"),
    ("ja så sa eigersund nei til hele samarbeidet", "eigersund"),
    ("eh altså herøy og sande de har jo fått bru nå", "herøy"),
    ("nei jeg mener moskenes ikke flakstad det blander folk alltid", "moskenes"),
])
def test_a_municipality_no_one_is_called_is_no_person(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # guards: the sentence says a person is meant (speech of a person's kind, a pronoun,
    # being called so, a role)
    ("Voss sa at vi skulle ta toget, og alle lo.", "Voss"),
    ("Altså, Time – det er etternavnet hans – var ikke der den dagen.", "Time"),
    ("Svelvik var ikke glad for det, sa hun.", "Svelvik"),
    ("Det var rektor Ringsaker som bestemte det.", "Ringsaker"),
    ("Vi spurte Eigersund, saksbehandleren vår, om papirene.", "Eigersund"),
])
def test_a_person_named_like_a_municipality_stays_a_person(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") not in labels(text)
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a character whose work is named in the same text, or who is known by no person's name
    ("Dei eldste har sett Skam og er heilt opptekne av Sana og Noora.", "Sana"),
    ("vi ser skam på nytt nå og de synes isak og even er søte sammen", "isak"),
    ("Dottera mi les Harry Potter for tredje gong, og ho seier at Dumbledore er klokast.",
     "Dumbledore"),
    ("Vi så Flåklypa Grand Prix i jula, og yngstemann ble redd for Rudolf Blodstrupmoen.",
     "Rudolf Blodstrupmoen"),
    ("Jeg har lest alle bøkene om Varg Veum, og nå ser jeg filmene.", "Varg Veum"),
    ("Då eg var lita, var eg redd for Kasper, Jesper og Jonatan.", "Jesper"),
    # a title in quotation marks where the text speaks of watching, a compound of a work
    ("Bestefar såg «Columbo» kvar laurdag og ville ikkje bli forstyrra.", "Columbo"),
    ("Jeg lærte å skate i «Tony Hawk»-spillet før jeg hadde et skateboard.", "Tony Hawk"),
    ("Datteren min ønsket seg en Elsa-kjole til jul.", "Elsa"),
    ("Me åt fårikål og Kong Haakon-kake då besteforeldra kom.", "Kong Haakon"),
    ("Kjøpet av en Colin Archer-skøyte var en barndomsdrøm.", "Colin Archer"),
])
def test_a_work_or_its_character_is_no_person(text: str, name: str) -> None:
    assert (name, "PERSON") not in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person named like a character where no work is named, a nickname in quotes,
    # a name borne by people whose work is not named, the king himself
    ("Sana kom for seint til møtet i går.", "Sana"),
    ("«Bamse» kaller vi ham, men egentlig heter han Torjus.", "Bamse"),
    ("Vi kalte ham Knerten fordi han var så liten.", "Knerten"),
    ("Terry sa at han ikke kunne komme på mandag.", "Terry"),
    ("Jesper Berg ringte i går og spurte etter deg.", "Jesper Berg"),
    ("Kong Haakon besøkte skolen i 1952.", "Haakon"),
    ("Elsa og Anna kom på besøk i går.", "Elsa"),
])
def test_a_person_named_like_a_character_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # lower-case speech: a municipality named like a word at a clause's start, before what a
    # town has or is
    ("tinn har rjukan og alle turistene går opp på toppen i helgene", "tinn"),
    ("storfjord har jo skibotn og der kommer reinen ned til fjorden", "storfjord"),
    ("råde har ikke mye butikker og folk derfra handler i byen", "råde"),
    ("åmot har jo rena og leiren og skytefeltet", "åmot"),
])
def test_a_municipality_like_a_word_before_what_a_town_has(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") in labels(text)


@pytest.mark.parametrize("text", [
    # guards: the sun, the beach, the heather as nouns at a clause's start
    "sola har gått ned når vi går hjem om vinteren",
    "ja vi lå på stranda og sola var så sterk at ungene ble helt røde",
    "lyngen var helt lilla altså helt sånn lilla",
])
def test_a_definite_noun_before_a_verb_is_no_municipality(text: str) -> None:
    assert not named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize("text", [
    # an illness known by its discoverer's name alone, as patients say it
    "Han hadde Bechterew, men han heldt fram med å gå på ski.",
    "Han har Osgood-Schlatter, sier legen.",
    "han fikk osgood schlatter i begge knærne",
    "Legen kalla det Sinding-Larsens sjukdom.",
    "Han sa at han hadde fått Raynauds av kulda.",
])
def test_an_illness_named_after_its_discoverer_is_no_person(text: str) -> None:
    assert not named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: persons who bear such a name
    ("Parkinson sa at han ikke kom.", "Parkinson"),
    ("Kari Sinding-Larsen sa at hun ikke kom.", "Kari Sinding-Larsen"),
])
def test_a_person_named_like_an_illness_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # a listed firm named like a person, after a journey with it, goods from it, a purchase
    # through it; a plural noun in quotes as a club's nickname
    "Me var på ferie med Tui, og dei hadde ein ungdomsklubb.",
    "Eg reiste med Kilroy då eg var nitten.",
    "Laget vårt fekk nye drakter frå Hummel, og alle syntest dei var stygge.",
    "Flere hadde kjøpt sesongkort gjennom SkiStar og begrunnet det med pris.",
    "Dei gule draktene gav klubben kallenamnet «Kanarifuglane».",
])
def test_a_firm_or_a_nickname_of_many_is_no_person(text: str) -> None:
    assert not named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person one travels with, a person one gets things from
    ("Vi reiste med Kari til Spania.", "Kari"),
    ("Hun fekk ein klem frå Kari då ho kom.", "Kari"),
])
def test_a_person_travelled_with_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a nickname in quotes given to a person: after calling a person so, 'ble han kalt',
    # 'kall meg', '«X» om ham', 'er eg berre «X»'
    ("Alle kalte bestemor «Rypa», fordi hun kunne gå hele dagen.", "Rypa"),
    ("Han heter egentlig Finn, men alle i laget kaller ham «Kapteinen».", "Kapteinen"),
    ("«Stormen» ble han kalt, han som drev dansestedet.", "Stormen"),
    ("Kall meg gjerne «Tussa», det gjør alle i korpset.", "Tussa"),
    ("Vi sa bare «Krabbekongen» om ham, selv om han drev med torsk.", "Krabbekongen"),
    ("Eg heiter Haldor, men på garden er eg berre «Dolle».", "Dolle"),
    ("«Vesla» kalla vi henne, ho var minst av alle.", "Vesla"),
])
def test_a_nickname_given_to_a_person_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # guards: a thing called so, an answer quoted, a game played
    "Han kalte traktoren for «Gamle-Blåen», og den starta bare når han sparka på den.",
    "Skipperen kalte båten «Havfruen», og det navnet har den fortsatt.",
    "Vi spurte hvorfor han flyttet, og han svarte bare: «Huset.»",
    "Hun spiller bare «Adopt Me» sammen med kusinene.",
])
def test_a_thing_called_so_is_no_nickname_of_a_person(text: str) -> None:
    assert not named_as(text, "PERSON")


@pytest.mark.parametrize("text", [
    # a household machine named like a person, and the machine's own compound noun
    "Robotgressklipperen kaller vi Gunnar, fordi den går og går.",
    "Robotstøvsugaren kallar me Ruth, og ho er den mest arbeidsame i huset.",
    "vi fikk en robotstøvsuger som vi kaller roger og den setter seg fast under sofaen",
    "Sonen min køyrer ein gamal Golf som han har kalla «Gullfisken».",
])
def test_a_machine_or_an_animal_named_is_no_person(text: str) -> None:
    assert not named_as(text, "PERSON")


@pytest.mark.parametrize("text", [
    # names spoken of as names, things of a kind listed after 'som', a storm's compound
    "Hestenavn som Blakken og Stjerne fungerte ofte som inngang til fortellinger.",
    "Elbiler som Nissan Leaf og Renault Zoe ble beskrevet som praktiske andrebiler.",
    "Restaurantkjeder som Egon, Peppes Pizza og Olivia var faste arenaer for feiringer.",
    "Dataspillfigurer som Mario og Sonic ble ofte nevnt.",
    "Det var den høsten Berit-stormen tok halve brygga.",
])
def test_names_of_things_of_a_kind_are_no_persons(text: str) -> None:
    assert not named_as(text, "PERSON")


def test_a_person_storming_in_stays_a_person() -> None:
    assert ("Kari", "PERSON") in labels("Kari stormen inn døra.")


@pytest.mark.parametrize(("text", "name"), [
    # capitalised text: at a sentence's start the capital says nothing; what the town has,
    # shares or borders decides
    ("Gran deler landbrukskontor med nabokommunen, og det er vanlig over hele Hadeland.",
     "Gran"),
    ("Vang grensar mot nabofylket over Filefjell.", "Vang"),
    ("Øyer har jo Hafjell, så turismen der er noe helt annet.", "Øyer"),
])
def test_a_municipality_like_a_word_starts_a_capitalised_sentence(text: str, name: str) -> None:
    assert (name, "MUNICIPALITY") in labels(text)


@pytest.mark.parametrize("text", [
    # guards: the object put first, the word said to be what it is
    "Ski har jeg aldri likt, men skøyter går bra.",
    "Gran har vi planta på dei gamle slåttebakkane.",
    "Tinn er eit mjukt metall, sa læraren.",
    "Lom er ein fugl eg berre har sett ein gong.",
])
def test_a_word_put_first_in_a_capitalised_sentence_is_no_municipality(text: str) -> None:
    assert not named_as(text, "MUNICIPALITY")


@pytest.mark.parametrize(("text", "name"), [
    # capitalised text: a word no text has at a sentence's start, then what someone was
    ("Brattfjelli var veldig tydelig på det, altså, at vi ikke skulle gi oss.", "Brattfjelli"),
    ("Ducaale var faktisk den første jeg ble kjent med i Bergen.", "Ducaale"),
    ("Adebayo vart verande i femten år, så det gjekk bra til slutt.", "Adebayo"),
])
def test_an_unknown_name_at_a_sentence_start_before_was(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # guards: a definite noun in '-a', a thing said to be of a kind
    "Valgvaka ble holdt på et hotell, og maten var overraskende god.",
    "Cepelinai er en litauisk rett med potet og kjøtt.",
    "Vesterskaug er fint om sommeren.",
])
def test_a_noun_at_a_sentence_start_before_was_is_no_person(text: str) -> None:
    assert not named_as(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    # guards found reading the change: a person who bears an illness's name, met or placed
    ("Vi hadde et møte med Parkinson om budsjettet.", "Parkinson"),
    ("Vi sendte brevet til Parkinson i Oslo.", "Parkinson"),
])
def test_a_person_bearing_an_illness_name_met_or_placed_stays(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)
