"""Round 30 of issue 12: what the development sets (the 112th, eating out and in, and the
115th, brands, shops, films and streaming) showed the detector took wrongly. Every test
failed before its fix; tests named 'stays a person' are guards that pass with the round's
start code too and keep the new rules from unmasking persons. The sentences are new ones of
the same kind, not the evaluation sets'."""

from __future__ import annotations

import pytest
from conftest import detected_labels, named_as


@pytest.mark.parametrize("text", [
    # titles in English, quoted: a function word, or English words besides names
    "Vi så «Stanley and Iris» i fjor vinter.",
    "Han lærte å lage pasta av «Jamie Cooks Italy».",
    "«Ugly Delicious» fikk meg til å tenke nytt.",
    "Vi så «Gordon, Gino and Fred» i fjor vinter.",
    # without quotation marks: 'The', 'with', a possessive before a capital, English words
    "Mange yngre informanter nevnte Cooking with Lynja som en kilde.",
    "Mange nevnte Binging with Babish som kilde.",
    "Realityserien Hell's Kitchen var et samtaleemne på personalrommet.",
    "Serien Gordon Ramsay's Kitchen Nightmares gikk på TV3.",
    "Vi så Boiling Point og The Menu i fjor.",
    "Hun gikk på Weight Watchers i fem år.",
    # lower-case speech: 'with' between an English word and the name
    "jeg så en video fra binging with babish om pizzadeig",
])
def test_a_title_in_english_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # nicknames in English stay persons where someone is called so or acts
    ("Vi kalte ham «Big John» hele oppveksten.", "John"),
    ("«Little Joe» sa at han skulle komme.", "Joe"),
    # a person's name among English words, without a title's cue
    ("Kari Lund from Bergen sa ja med en gang.", "Kari Lund"),
    ("Jeg snakket med Jamie Oliver om maten.", "Jamie Oliver"),
    ("Vi besøkte Grace Wood og Kari i helga.", "Grace Wood"),
    # 'The' and a name, with no English word in the run: a band of persons' names? no:
    # 'Ida Berg' stays
    ("Ida Berg og The Vamps spilte på festivalen.", "Ida Berg"),
    # a quoted Nynorsk phrase: 'me' is 'we', no English word
    ("Ho sa «Kari og me» om dei to.", "Kari"),
    # quoted English words to or from someone (the title rule had unmasked these)
    ("Hun skrev «Love from Ida» på kortet.", "Ida"),
    ("På kortet sto det «Happy birthday, Per».", "Per"),
    ("Han sa «Good morning, Kari» hver dag.", "Kari"),
])
def test_a_name_among_english_words_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # dishes named after someone, after a foreign dish word (lower case too)
    "Vi laget fettuccine Alfredo til bursdagen.",
    "Til dessert ble det pêche Melba og kaffe.",
    "han bestilte crepes suzette til dessert",
    "Kokken anbefalte tournedos Rossini med trøffel.",
    # a dish of one word that no list of persons holds
    "Bestefar bakte Linzertorte hver påske.",
    "Ungene ville ha Berlinerbollar til fastelavn.",
    # a scale, a known maker's reaction
    "Ovnen skulle stå på 400 grader Fahrenheit.",
    "Maillard-reaksjonen gir skorpe på kjøttet.",
    # kinds of named things: podcasts, beers
    "Podkaster som Gastropod og Sporkful hørte hun på i bilen.",
    "Ølmerker som Amundsen og Hansa ble nevnt.",
])
def test_a_dish_a_scale_a_listed_kind_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [] and named_as(text, "PLACE") == [], \
        detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Kari spiste hos Alfredo i går.", "Alfredo"),  # a person after no dish word
    ("Han kalles «Kjøttkaka» på jobben.", "Kjøttkaka"),  # a quoted nickname like a dish
    ("Vi besøkte tante Linzer i Wien.", "Linzer"),
])
def test_a_name_near_food_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a list of quoted titles after words of works in the sentence
    "Av krimseriene som ble nevnt, var «Wallander», «Morse» og «Vera» de mest sette.",
    "Blant barnefilmene var «Frost», «Løvenes konge» og «Biler» de mest sette.",
    "Blant seriene hun nevnte, var «Borgen» og «Broen» de beste.",
])
def test_a_list_of_quoted_titles_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("«Lise» og «Per» fortalte om serien de så.", "Lise"),  # pseudonyms who act
    ("Av seriene vi så, sa «Lise» og «Per» at de likte dem.", "Lise"),
    ("Av seriene vi så, likte «Lise» og «Per» dem best.", "Per"),
    ("Vi så på filmen med «Rypa» og «Tone», som vi kalte dem.", "Tone"),
])
def test_quoted_pseudonyms_in_a_list_stay_persons(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a brand of one word that persons bear, listed with one more brand of its trade
    "Vi strømmer mest på Viaplay og Max.",
    "Brukte ting selger vi via Finn og Tise.",
    "Blant klesbutikkene var Lindex og Zara de mest brukte.",
    # kitchenware from a maker, after a hyphen too
    "Vi har kjeler fra Kockums og panner fra Scanpan.",
    "Hun samler på Rørstrand-kopper.",
    # a car's model after a make that no one is given as a name
    "altså renault zoe var den første elbilen vi hadde",
    # lower-case speech: a list of works right after their kind
    "krimserier vera og morse og midsomer murders så vi hver fredag",
])
def test_a_brand_a_model_a_work_in_a_list_is_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Max og Ida kom hjem fra skolen.", "Max"),  # no brand beside the name
    ("Jeg så Max i går.", "Max"),
    ("Vi møtte Kia Marie i går.", "Kia Marie"),  # a make persons are given as a name
    ("Kia og Lada lekte sammen.", "Lada"),  # two makes that are girls' names, listed
    ("vi snakket om serier kari og per likte", "kari"),  # the subjects of a clause
    ("Vi fikk kopper fra Hansen, naboen vår.", "Hansen"),  # a gift from a neighbour
    ("vi kjøpte brød hos baker hansen hver lørdag", "hansen"),
])
def test_a_person_beside_brands_and_works_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Vi var i Wien i påsken og spiste sachertorte.", "Wien"),  # a town abroad, in Norwegian
    ("Restauranten fikk omtale i Gault & Millau i fjor.", "Gault"),  # a guide joined by '&'
    ("Vi bor alltid på Thon-hoteller når vi reiser.", "Thon"),  # a chain's many hotels
    ("Svarene spente fra Toyota og Škoda til Porsche.", "Škoda"),  # makes listed together
    ("Til fotballen ble det Polly peanøtter og cola.", "Polly"),  # a brand before its goods
    ("Jeg drømte om å åpne en diner som Luke's.", "Luke"),  # a venue's English possessive
])
def test_a_town_abroad_a_guide_a_chain_a_venue_is_no_one(text: str, name: str) -> None:
    assert not any(name in h for h, _ in detected_labels(text)), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Vi snakket med Wien om saken.", "Wien"),  # a surname too
    ("Gault & Millau (2019) skriver om dette.", "Gault"),  # cited with a year: authors
    ("Kari-saken tok tid.", "Kari"),  # a person's case
    ("Jeg snakket med Per's kone.", "Per"),  # a possessive with what is owned after it
])
def test_a_name_like_a_town_a_guide_a_venue_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # an English given name that is a word, before a capitalised word or a surname
    ("Vi møtte Will Stone på konserten i går.", "Will Stone"),
    ("Will Smith kom på besøk.", "Will Smith"),
])
def test_an_english_given_name_that_is_a_word_is_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # music: labels listed after their kind, methods and instruments after their makers,
    # goods of a maker after a hyphen, a shop joined by '&'
    "Plateselskaper som Hubro og Grappa ga ut platene.",
    "Hun jobbet etter Nordoff-Robbins-tradisjonen i mange år.",
    "Elevene spilte på Orff-xylofoner.",
    "Studioet hadde to Neumann-mikrofoner.",
    "Vi drev butikken sammen med Råkk & Rålls.",
])
def test_music_makers_labels_and_methods_are_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    # a water, a fall, a height named like no person, with no person's words around it
    ("Vi demde opp Aursjøen for å lage kraft.", "Aursjøen"),
    ("Rjoandefossen har mista mykje vatn.", "Rjoandefossen"),
    ("når mardalsfossen slippes løs kommer busser fra hele verden", "mardalsfossen"),
])
def test_a_water_or_a_height_is_a_place(text: str, name: str) -> None:
    assert name in named_as(text, "PLACE"), detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Vi lånte Hansen-mikrofonen i går.", "Hansen"),  # one thing a person owns
    ("Kaffen var Hansen sin.", "Hansen"),  # goods said to be a person's (a leak before)
    ("Kari Bjørkedalen kom i går.", "Kari Bjørkedalen"),
    ("Vi snakket med Bjørkedalen om saken.", "Bjørkedalen"),
    ("Se også Rognsletta (u.å.) om dette.", "Rognsletta"),  # a cited author
    ("Det er Lars Hølledalen som har ansvaret, men Hølledalen er på ferie.", "Hølledalen"),
])
def test_a_name_like_a_place_in_nature_stays_a_person(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)


@pytest.mark.parametrize("text", [
    # a label, a choir, a playlist named after 'som het'; clubs of fans after a hyphen; a
    # known maker's method in one word; a price by the unit
    "Vi drev et lite plateselskap som het Kjellerlyd.",
    "Eg song i eit barnekor som heitte Solstrålane.",
    "Eg laga ei speleliste som heiter «Fjellturen».",
    "Fansen organiserer seg i Turbojugend-klubber over hele Europa.",
    "Flere brukte Alexanderteknikk mot smerter.",
    "hun begynte på suzukimetoden da hun var fire",
    "vi betalte to kroner per kilowattime i vinter",
])
def test_named_music_things_methods_and_prices_are_no_one(text: str) -> None:
    assert named_as(text, "PERSON") == [], detected_labels(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Vi gikk i et kor som Kari ledet.", "Kari"),  # the subject of a relative clause
    ("per sa at vi betalte for mye", "per"),  # a person, not 'per' a unit
    ("Jeg snakket med Per Time om saken.", "Per Time"),  # a surname that is a unit too
    ("Per Time kom i går.", "Per Time"),
])
def test_a_choir_leader_and_a_speaker_stay_persons(text: str, name: str) -> None:
    assert name in named_as(text, "PERSON"), detected_labels(text)
