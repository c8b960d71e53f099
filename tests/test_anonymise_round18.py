"""Round 18 of issue 12: what the fifty-fifth set and the fifty-sixth (development, name-free
sentences only, written to the issue's list of what must not be touched) showed the
detector touched wrongly or missed. Every test failed before its fix (a few parametrised
cases already passed and stay as guards of the same rule); the sentences are new ones of
the same kind, not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels as labels


@pytest.mark.parametrize("text", [
    # a storm's given name after its noun, also where a relative clause could follow
    "Da uværet Hilde kom, mista vi straumen i to døgn.",
    "Det var lavtrykket Ylva som tok brygga i fjor.",
    "Etter at ekstremvêret Frida kom, var vegen stengd.",
    # lower-case speech: a storm's noun a few words before a given name
    "eh det var ekstremværet eller var det stormen gudrun jeg husker ikke",
])
def test_a_storms_name_is_no_person(text: str) -> None:
    assert labels(text) == []


def test_a_person_after_a_storm_stays_a_person() -> None:
    found = labels("etter stormen sa ingrid at vi måtte flytte båten")
    assert ("ingrid", "PERSON") in found


@pytest.mark.parametrize("text", [
    # a car's make and model after an article, a driving verb or 'leigd'
    "Vi kjøpte en brukt Škoda Fabia til hyttebruk.",
    "mamma kjører en renault clio til jobben hver dag",
    "han kjører alfa romeo og er stolt av det",
    "Vi leigde ein Chevrolet i ei veke.",
])
def test_a_cars_make_and_model_is_no_person(text: str) -> None:
    assert labels(text) == []


def test_a_surname_after_a_make_stays_a_person() -> None:
    assert ("Kia Hansen", "PERSON") in labels("Vi møtte Kia Hansen på kurset.")


@pytest.mark.parametrize("text", [
    # a role and a letter: a designation, already anonymous (as 'Informant C')
    "«Vi rekker ikke over alle», sier Sykepleier B.",
    "Dette bekreftes av Rektor C i intervjuet.",
])
def test_a_role_and_a_letter_is_no_person(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize("text", [
    # a firm's compound noun right before the name it bears
    "Legemiddelfirmaet Astrid Lindgren AS sponset konferansen.",
    "Vi bestilte turen gjennom reisebyrået Bjørn Ivar.",
])
def test_a_firms_compound_noun_before_a_name_says_firm(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == []


def test_a_firm_of_one_word_before_a_working_person_keeps_the_person() -> None:
    # 'firmaet Kari jobba i': the bare head is left to the business nouns' rule
    assert ("Kari", "PERSON") in labels("Vi var hos firmaet Kari jobba i.")


@pytest.mark.parametrize("text", [
    # a brand's goods and factories after a hyphen
    "Ein pose Nora-drops låg alltid i sekken.",
    "Vi kjøper bare Lerøy-laks til fredagsmiddagen.",
    "Eg jobba på Ida-fabrikken ein sommar.",
])
def test_goods_and_factories_after_a_hyphen_are_no_person(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == []


def test_a_towns_factory_stays_the_town() -> None:
    assert ("Raufoss", "PLACE") in labels("Raufoss-fabrikken var hjørnesteinen der.") or \
        ("Raufoss", "MUNICIPALITY") in labels("Raufoss-fabrikken var hjørnesteinen der.")


@pytest.mark.parametrize("text", [
    # an institution or a survey cited with a year is no author
    "Ungdata (2024) viser at færre unge trener i klubb.",
    "Det Norske Hageselskap (2019) anbefaler tidlig såing.",
])
def test_an_institution_cited_with_a_year_is_no_author(text: str) -> None:
    assert labels(text) == []


def test_an_author_cited_with_a_year_stays_a_person() -> None:
    assert ("Kvamsdal", "PERSON") in labels("Kvamsdal (2024) viser at færre unge trener.")


@pytest.mark.parametrize("text", [
    # an animal named: a compound noun of a dog or a horse before the naming verb
    "Vi hadde en førerhund som het Tor, og han var veldig rolig.",
    "Familien hadde ein arbeidshest som heitte Brunen.",
])
def test_a_dogs_or_horses_name_is_no_person(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == []


@pytest.mark.parametrize("text", [
    # a town abroad no one is named by: followed by its land, after a preposition with
    # another town abroad in the sentence, listed with one, or guessed from 'i' alone
    "Jeg studerte i Wollongong i Australia i to år.",
    "Vi tok toget fra Roma videre til Pasadena.",
    "Vi kjørte fra Chicago til Santa Monica på to uker.",
    "Pasadena og Wollongong var de to byene vi rakk.",
    "Vi var i Lourdes med koret i fjor.",
    "Det finst ein liten by som heiter Trondheim i Minnesota.",
])
def test_a_town_abroad_is_no_person_and_no_place(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # people abroad and people one is fond of stay people
    ("Jeg var forelska i Charlotte fra London.", "Charlotte"),
    ("Eg var glad i Charlotte, ho budde i Paris.", "Charlotte"),
    ("så tok jeg kontakt med catalina i santiago hun er barnebarn av en som reiste", "catalina"),
    ("Eg fann ein Nils Kvikne i Texas, men han høyrde ikkje til slekta.", "Nils Kvikne"),
    ("Charlotte og Kari flytta til London.", "Charlotte"),
    # a town abroad that persons are named by stays a person's name ('Charlotte', 'Ali')
    ("Charlotte og Orlando var de to vi besøkte.", "Charlotte"),
    ("Eg sende brev til Ali i Amerika.", "Ali"),
    ("Vi dro til Gdańsk og Sofia ble med.", "Sofia"),
])
def test_people_abroad_stay_people(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # a Norwegian farm or village named like a town abroad, after 'på'
    ("vi bodde først på nyborg og så på tertnes", "nyborg", "PLACE"),
    ("Kyrkja på Hove er den eldste i bygda, seier dei.", "Hove", "PLACE"),
])
def test_a_norwegian_place_named_like_a_town_abroad_stays(text: str, name: str,
                                                         label: str) -> None:
    assert (name, label) in labels(text)


@pytest.mark.parametrize("text", [
    # English heads of firms and buildings after a name
    "Vi leide inn folk fra Manpower og Kelly Services den vinteren.",
    "Hun tok en grad ved St. Olaf College i Minnesota.",
    # a project given a name in quotes
    "Me hadde eit prosjekt som heitte «Heim att» i to år.",
    # a club in a match: between two clubs, or with a home game
    "Det var kamp mellom Odd og Start, og bussen var full.",
    "altså odd hadde hjemmekamp den kvelden så bussen var full",
    # the generic pair and an example person
    "Ola og Kari Nordmann bruker mer på hytta enn på ferie.",
    "Skjemaet var fylt ut med eksempelpersonen Kari Nordmann.",
    # the feast, the mushroom, a ship named like a place, a municipality's own word
    "Ho tok fri til Eid og var borte i tre dagar.",
    "vi plukka karl johan og kantarell hele september",
    "Karl Johan er den beste soppen jeg vet om.",
    "«Stavangerfjord» gikk i rute til New York i mange år.",
    "kvam herad hadde eigen sparebank den gongen",
    # an archive and an express bus are institutions, no persons
    "Jeg ringte Riksarkivet, men ingen svarte.",
    "Han tok Haukeliekspressen hjem etter kurset.",
])
def test_firms_projects_clubs_feasts_and_ships_are_no_names(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == []


@pytest.mark.parametrize(("text", "name"), [
    # guards: a real person next to the same words
    ("Det var Ola Nordmann som ringte meg i går.", "Ola Nordmann"),
    ("Eid kom inn døra og sa hei.", "Eid"),
    ("Karl Johan Berg sa at soppen var giftig.", "Karl Johan Berg"),
    ("Odd ringte meg etter kampen mellom Molde og Brann.", "Odd"),
])
def test_people_by_those_words_stay_people(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


def test_a_municipalitys_own_word_leaves_the_municipality() -> None:
    assert labels("kvam herad hadde eigen sparebank") == [("kvam", "MUNICIPALITY")]


@pytest.mark.parametrize(("text", "name", "label"), [
    # a place named, defined or reached under something
    ("der sto hele familien oppført på en plass som heter kvernhol", "kvernhol", "PLACE"),
    ("Rutle er ein gard i Ullensvang, like ved fjorden.", "Rutle", "PLACE"),
    ("Vi kom frå ein liten plass oppunder Skeisfossen.", "Skeisfossen", "PLACE"),
    # a place in its district, though a person elsewhere in the text bears its name
    ("Det er Vik i Sogn du tenkjer på? Der budde Lars Vik.", "Vik", "MUNICIPALITY"),
    # a nickname after its noun
    ("Bestefar hadde et kallenavn, «Tuppen», som hele bygda brukte.", "Tuppen", "PERSON"),
])
def test_places_named_and_nicknames(text: str, name: str, label: str) -> None:
    assert (name, label) in labels(text)


def test_a_word_of_a_persons_mail_address_is_that_person() -> None:
    text = "«Send svaret til ingvild.vigeland@example.no», skrev Vigeland i meldinga."
    assert ("Vigeland", "PERSON") in labels(text)


def test_a_mail_address_without_a_given_name_names_no_one() -> None:
    text = "Skriv til post.bergen@example.no, så svarer Bergen kommune."
    assert ("Bergen", "MUNICIPALITY") in labels(text)


def test_a_given_name_said_of_a_person_stays_a_person() -> None:
    assert ("Kari", "PERSON") in labels("Kari er ein dame frå bygda.")


@pytest.mark.parametrize("text", [
    # institutions in the genitive and Nynorsk, home nursing, the heritage office
    "Arbeidstilsynets rapport avdekket svikt i rutinene.",
    "Eg var med i Bondekvinneforeininga i mange år.",
    "hjemmesykepleien kom to ganger om dagen",
    "Huset var fredet, sa Riksantikvaren.",
    # animals in the plural listed with one
    "vi såg hvaler og sel frå båten heile sommaren",
    # a list of towns abroad, one of them a surname too
    "Vi reiste til Roma, Praha og Wien på ti dagar.",
    # a storm's noun and its name at a sentence's start
    "Ekstremværet Gudrun tok taket på låven.",
    # a species in Latin, a document's series letter, an acronym spelled out
    "Elgen (Alces alces) er vanlig i hele landet.",
    "Se Prop. 12 L (2020–2021) om endringene.",
    "ACT (Assertive Community Treatment) er en modell for oppsøkende behandling.",
    # 'tore' (to dare), a doctrine, the weather, a breed and a variety
    "Tor du å hoppe frå kaia?",
    "mor tor ikkje gå ut når det er mørkt",
    "Pietismen sto sterkt i bygda.",
    "Uvêret kom frå nord.",
    "Hønene var av rasen Lohmann Brown.",
    "Vi dyrka potetsorten Beate i mange år.",
    # a boat in apposition with quotation marks, firms' English heads
    "Han sakna båten, «Helga», meir enn huset.",
    "Kjeden Reitan Retail eier mange butikker.",
])
def test_institutions_species_and_kinds_are_no_names(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == [] and not any(
        label in ("MUNICIPALITY", "PLACE") for _, label in labels(text)
        if "hvaler" in text or "Wien" in text)


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person by the same words
    ("tor han tor ikkje køyre over fjellet om vinteren", "tor"),
    ("Tor og jeg tok båten over.", "Tor"),
    ("Den varianten Hjorthaug (2018) beskriver, er brukt her.", "Hjorthaug"),
    ("Paris, London og Charlotte kom på besøk.", "Charlotte"),
])
def test_people_by_those_words_stay_people_too(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)


@pytest.mark.parametrize("text", [
    # a product whose compound ends in a made thing, an adjective of an institute, a
    # named school reform, and the model's guess of a public service
    "Vi kjøpte en Evinrude-påhengsmotor brukt.",
    "Tallene kommer fra Statistisk sentralbyrå.",
    "Det var Kunnskapsløftet og Fagfornyinga som endra skulen.",
    "eh veien ble stengt og hjemmesykepleien kom seg ikke fram",
])
def test_products_adjectives_and_services_are_no_names(text: str) -> None:
    assert labels(text) == []


def test_a_persons_committee_stays_a_person() -> None:
    assert ("Kvamsdal", "PERSON") in labels("Kvamsdal-utvalget la fram rapporten i fjor.")


@pytest.mark.parametrize(("text", "name", "label"), [
    # in speech, a given name that is a word, then who that person is to the speaker
    ("jeg husker at ask gutten min var med på turen", "ask", "PERSON"),
    ("liv dattera til naboen hjalp oss med budsjettet", "liv", "PERSON"),
    # not a town before the people who went there
    ("vi kjørte til moss kona mi og jeg", "moss", "MUNICIPALITY"),
])
def test_a_name_then_kin_with_a_possessive_says_person(text: str, name: str,
                                                      label: str) -> None:
    assert (name, label) in labels(text)


@pytest.mark.parametrize("text", [
    # a listed medicine, agency or app that no list of persons' names holds, even where the
    # words around it could say person (list of things, round 18)
    "Eg har ADHD, og Concerta har endra kvardagen min.",
    "Vi fekk besøk frå Statped fordi guten vår hørte dårlig.",
    "«Spond har tatt over livet vårt», sa en av foreldrene.",
])
def test_listed_things_no_one_is_named_by_are_no_persons(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == []


def test_a_firm_named_after_its_founder_stays_a_person_where_words_say_so() -> None:
    # firms and brands are often a surname SSB's list lacks: the usual threshold holds
    assert ("Ekornes", "PERSON") in labels("Skogstad førte regnskapet, Ekornes skrev resten.")


@pytest.mark.parametrize("text", [
    # 'X er ein gard …' names a Norwegian place only with where in Norway it lies
    "Glimmerdal er en liten plass i en barnebok.",
    "Utopia er et sted i fantasien.",
])
def test_a_place_said_to_lie_nowhere_in_norway_is_left_alone(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize("text", [
    # the marketplace after what one sells or posts on it, a club one plays in, a storm named
    "Eg la ut sofaen på Finn, og han vart seld same dag.",
    "Hun selger klær på Tise og Finn hver helg.",
    "Han spiller i Odd nå, på juniorlaget.",
    "det var en storm i januar som het dagmar og den tok taket",
])
def test_a_marketplace_a_club_and_a_storm_are_no_persons(text: str) -> None:
    assert [label for _, label in labels(text) if label == "PERSON"] == []


@pytest.mark.parametrize(("text", "name"), [
    # guards: a person by the same words
    ("Jeg ventet på Finn i en time.", "Finn"),
    ("Vi fant Kari på Finn sin gård.", "Finn"),
    ("Han spiller med Odd på laget.", "Odd"),
    ("etter stormen kom ho som het ingunn og hjalp oss", "ingunn"),
])
def test_people_by_a_marketplace_a_club_or_a_storm_stay_people(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text)
