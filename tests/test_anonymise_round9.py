"""Round 9 of issue 12: municipalities named like words, found by what the sentence says
of them (what only a town is, has or becomes), towns whose word hardly anyone says, and
persons named in a spoken apposition ('X altså han nye læreren'). Every sentence is
written for this test; the names are invented."""

from __future__ import annotations

import pytest
from conftest import detected_labels as labels


@pytest.mark.parametrize("text, name, label", [
    # what only a town or a municipality is, has or becomes, said of a word-like name
    ("ja og moss var jo liksom byen vi dro til på lørdagene", "moss", "MUNICIPALITY"),
    ("sola har jo sykehuset så mange av oss jobber der", "sola", "MUNICIPALITY"),
    ("marker ligger like ved grensa så vi handla i sverige", "marker", "MUNICIPALITY"),
    ("loppa er en av de minste kommunene i hele fylket", "loppa", "MUNICIPALITY"),
    ("eh bergen er egentlig mange små bygder rundt en by", "bergen", "MUNICIPALITY"),
    ("og time har vel rundt tjue tusen innbyggere nå", "time", "MUNICIPALITY"),
    ("Marker ligger nord for Halden, tett ved svenskegrensa.", "Marker", "MUNICIPALITY"),
    ("Kinn vart oppretta då to kommunar slo seg saman.", "Kinn", "MUNICIPALITY"),
    ("Ski ble slått sammen med Oppegård i 2020.", "Ski", "MUNICIPALITY"),
    # a municipality with the place it holds; merged with another
    ("stranda med hellesylt har jo mange turister", "stranda", "MUNICIPALITY"),
    ("berg på senja har jo fine strender", "berg", "MUNICIPALITY"),
    ("hun sa at svelvik ble slått sammen med drammen til slutt", "drammen", "MUNICIPALITY"),
    # one preposition governs both; passing through on a trip
    ("jeg har bodd både i bergen og moss", "moss", "MUNICIPALITY"),
    ("vi reiste innom rana på vei nordover", "rana", "MUNICIPALITY"),
    # what a merger made of it
    ("vi bodde i røyken og så ble alt asker likevel", "asker", "MUNICIPALITY"),
    # a town whose word speech hardly ever says, after a bare 'på' or 'ned til'
    ("vi feira jul på hamar hos svigerforeldrene", "hamar", "MUNICIPALITY"),
    ("om vinteren kom de ned til alta med flyet", "alta", "MUNICIPALITY"),
    # a word-like name after a town's place of business
    ("vi møttes på kjøpesenteret på ski etter jobb", "ski", "MUNICIPALITY"),
    # a capitalised name after 'det' where a name is told ('det' is no article here)
    ("Dei slo seg saman i fjor, og no heiter jo det Kinn.", "Kinn", "MUNICIPALITY"),
    ("Så no er det Stad, og rådhuset ligg på Nordfjordeid.", "Stad", "MUNICIPALITY"),
    # 'i bergen' is the town, though 'bergen' may be the rocks
    ("vi var på askøy og så var vi i bergen en tur", "bergen", "MUNICIPALITY"),
    # a one-word name that speech recognition split in two, after a place's preposition
    ("vi bodde i kristian sund i ti år", "kristian sund", "MUNICIPALITY"),
    ("hun jobba i lørens kog på et sykehjem", "lørens kog", "MUNICIPALITY"),
    ("de flytta til lille hammer da han fikk jobb der", "lille hammer", "MUNICIPALITY"),
    # out of a place; a way that goes on after it
    ("vi flytta ut av lier da ungene var små", "lier", "MUNICIPALITY"),
    ("vi kjørte gjennom lom og videre over fjellet", "lom", "MUNICIPALITY"),
    ("de har hytte på lom og drar dit hver sommer", "lom", "MUNICIPALITY"),
    ("vi kjørte gjennom alta på vei hjem fra hammerfest", "alta", "MUNICIPALITY"),
    # what only a municipality is or has, said of a name that is a given name or surname
    ("frøya er en kommune ute i havgapet", "frøya", "MUNICIPALITY"),
    ("Berg er en kommune på Senja.", "Berg", "MUNICIPALITY"),
    ("vega har rundt tolv hundre innbyggere", "vega", "MUNICIPALITY"),
    ("vega sin ordfører sa nei til planen", "vega", "MUNICIPALITY"),
    ("Vik ligger i Vestland, innerst i fjorden.", "Vik", "MUNICIPALITY"),
    ("gran ligger på hadeland like ved randsfjorden", "gran", "MUNICIPALITY"),
    ("Vi bodde i Nesset kommune før sammenslåingen.", "Nesset", "MUNICIPALITY"),
    ("mellom gran og lunner var det langt å kjøre", "lunner", "MUNICIPALITY"),
    ("Sola har vedtatt en ny plan for eldreomsorgen.", "Sola", "MUNICIPALITY"),
    # a place's name in another language is no person's
    ("Porsanger, som på kvensk heter Porsanki, har tre språk.", "Porsanki", "MUNICIPALITY"),
    # a town named like a surname, listed with a sure place or said to be a town
    ("leknes og svolvær er jo de største stedene i lofoten", "leknes", "PLACE"),
    ("hå og nærbø og varhaug det er jo jæren", "varhaug", "PLACE"),
    ("knarvik er senteret i alver nå", "knarvik", "PLACE"),
    # a name no list has, built like a place, where only a place stands
    ("Heime i Rognesbygda seier dei det annleis.", "Rognesbygda", "PLACE"),
    ("Rektor ved skolen i Bjørkesvik sa at det var tungt.", "Bjørkesvik", "PLACE"),
    # the town of a study, the town a boat goes to
    ("En studie fra Drammen (2018) viser det samme mønsteret.", "Drammen", "MUNICIPALITY"),
    ("Kaia ble revet da Tromsø-båten slutta å gå.", "Tromsø", "MUNICIPALITY"),
    # an informant's pseudonym in quotation marks; who put it so; a role after 'jo'
    ("Som informanten «Bestefar» på Senja sa det: «Her blir vi.»", "Bestefar", "PERSON"),
    ("Som «Knøttet» formulerte det: «Vi flytter ikke.»", "Knøttet", "PERSON"),
    ("Ja, og Lund hadde jo vært ordfører i mange år.", "Lund", "PERSON"),
    # 'the only ones' with a definite plural in -ne (round 8's rule read only -ene/-ane)
    ("Eh, Strand og Berg var de to eneste lærerne på skolen.", "Berg", "PERSON"),
    # a pair said to be two people ('to rektorer', 'det var to brødre')
    ("gran og ås to rektorer som aldri var enige", "ås", "PERSON"),
    ("ask og eik det var to brødre som dreiv verkstedet", "ask", "PERSON"),
    # a spoken apposition says person
    ("ja harstad altså han nye læreren han kom fra tromsø", "harstad", "PERSON"),
    ("brennan han engelskmannen han lærte seg dialekten fort", "brennan", "PERSON"),
    # a cleft: what only people do or are ('det var X som fant ham', 'som var sjefen')
    ("nei det var harstad som var sjefen da", "harstad", "PERSON"),
    # a name set against the person of a cleft
    ("nei nei det var eik som sa det ikke ask", "ask", "PERSON"),
    ("Det var Strand som ringte, ikke Berg, de to blander jeg alltid.", "Berg", "PERSON"),
    # places set against each other after a cleft stay places
    ("Det var Kari som bodde i Oslo, ikke Bergen.", "Bergen", "MUNICIPALITY"),
    ("det var kari som flytta til lier ikke til asker", "asker", "MUNICIPALITY"),
    # a child who gets a new school is no town
    ("Kari fikk ny skole da vi flytta.", "Kari", "PERSON"),
])
def test_found(text: str, name: str, label: str) -> None:
    assert (name, label) in labels(text), labels(text)


@pytest.mark.parametrize("text, word", [
    # the same words as words: nothing says town
    ("sola var sterk over byen den sommeren", "sola"),
    ("sola ligger lavt på himmelen i november", "sola"),
    ("skiene ligger i boden og ski ligger i boden", "ski"),
    ("vi gikk på ski hele påska", "ski"),
    ("moss var det mye av på steinene i skogen", "moss"),
    ("Sola skinte over byen hele dagen.", "Sola"),
    ("Det var det Store Norske Leksikon sa.", "Store"),
    ("vi gikk ut av sola og inn i skyggen", "sola"),
    ("vi hadde sol og regn to dager", "sol"),
    ("vi kjørte gjennom røyken fra brannen", "røyken"),
    ("ski i nordmarka er fint om vinteren", "ski"),
    ("ski på beitostølen er dyrt", "ski"),
    ("det var mange øyer og holmer der ute", "øyer"),
    # a club that wins by a score said in words
    ("brann spilte dårlig og odd vant tre null på hjemmebane", "odd"),
    # a hobby is no town
    ("sola var en hobby for han som fotograf", "sola"),
])
def test_a_word_stays_a_word(text: str, word: str) -> None:
    found = labels(text)
    assert all(s != word for s, _ in found), found


@pytest.mark.parametrize("text, name", [
    # a given name and a surname that join into a town stay a person where nothing says
    # place
    ("jeg snakka med kristian sund i går", "kristian sund"),
    ("kristian sund sa at det var greit", "kristian sund"),
    # a person's name in another language stays a person's
    ("Hun heter Máret på samisk og Marit på norsk.", "Máret"),
    ("kari sin ordfører var imot det", "kari"),
    # nicknames that are kin words stay persons
    ("Vi kalte henne «Lillemor», for hun var minst.", "Lillemor"),
    ("Ja, me kalla ho «Veslemor» fordi ho var yngst.", "Veslemor"),
    # a person listed with one institution or company is no brand (privacy fails closed)
    ("Kari og Helsedirektoratet var enige om tiltaket.", "Kari"),
    ("Hansen og Telenor ble enige om en avtale.", "Hansen"),
    # 'Bror' is a name where no possessive follows
    ("Bror sa at han kom seinere.", "Bror"),
    # a person called so where the subject is no animal, or where no animal was named
    # just before; a person named like a car brand; a person in a match of words
    ("vi hadde en hund som het passopp og en nabo som het kari", "kari"),
    ("Hunden døde, og en som het Kari overtok gården.", "Kari"),
    ("Vi møtte Mercedes, som han kalte Mecki.", "Mecki"),
    ("Kampen mellom Odd og Kari om sjefsjobben var hard.", "Odd"),
    ("Kari slo Odd i sjakk.", "Odd"),
    ("leknes og kari jobba sammen på kontoret", "leknes"),
    ("Som beskrevet i Kvamsvik (2019) er dette vanlig.", "Kvamsvik"),
    # a person named like a star, where the stars are what she looks at
    ("Hun sa at Vega hadde sett stjernene hele natta.", "Vega"),
    ("Vega er flink til å tegne stjerner.", "Vega"),
    ("Kapittel 4: Intervju med Kari Hansen", "Kari Hansen"),
    ("Vi snakket med Informant B og Ola.", "Ola"),
    ("Vi snakket med Hansa i går.", "Hansa"),
    ("Kristina viser at dette stemmer.", "Kristina"),
    ("vega og flora er tvillinger og de bor ute på vega", "vega"),
    # a person's name that is a brand word too is a name where nothing says brand (these
    # were never found before: privacy fails closed)
    ("Tine sa at hun kom seinere.", "Tine"),
    ("Vi snakket med Lerum om saken.", "Lerum"),
    ("Jeg ringte Yara i går.", "Yara"),
    ("Sjefen ble kalt «Kari» av alle.", "Kari"),
    ("Begrepet er hentet fra Time (2015, s. 61), som studerte rådmenn.", "Time"),
    ("vi bodde hos kristian sund den vinteren", "kristian sund"),
])
def test_still_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text), labels(text)


@pytest.mark.parametrize("text", [
    # works, apps, named buildings and businesses, in-laws written with a capital
    "Vi så Skam og Heimebane, men ingen av oss likte Exit.",
    "Vi brukte Teams og av og til Messenger med familien.",
    "Bedehuset og Ungdomshuset lå vegg i vegg.",
    "Vi bodde på Strandhotellet og spiste på Restaurant Måken.",
    "Svigermor kom hver søndag, og Svigerfar satt i bilen og leste avisa.",
    # kin with a possessive; animals and cars named one after the other; a ministry
    # whose hyphen speech recognition lost; brands in a list
    "altså bror min han er mye eldre enn meg",
    "kua het dagros og den andre het stjerna",
    "vi hadde ei geit som het mira og ei som het kvitsokk",
    "Han kjørte en gammel Volvo som han kalte Gråbeinen.",
    "ehm helse og omsorgsdepartementet de har jo ansvaret",
    "Tine, Freia og Ringnes sponser festivalen.",
    "Kampen mellom Odd og Brann ble avlyst.",
    # a club cheered for, beaten by a club; 'i morgon' is tomorrow
    "Han heia på Vålerenga hele livet.",
    "Viking slo Odd 3–1 den helga.",
    "eg kjem attende i morgon tidleg sa ho",
    # a festival; a hamlet's definite noun at a sentence start
    "Vi var på Trænafestivalen i fjor og på Raumarock året før.",
    "Grenda har bare tolv innbyggere nå.",
    # named things in quotation marks; a club; brands; stars; bare rock; a verb; the land
    "Hytta kalte vi «Knausen», for den lå på en knaus.",
    "Hesten ble kalt «Storegutten» av alle på stallen.",
    "Den gamle oppvaskmaskinen kalla vi «Brølaren».",
    "Laget vårt heter Ballklubben Ørnen.",
    "Vi drakk Farris og Imsdal på turen.",
    "Vega og Deneb er blant de klareste stjernene på sommerhimmelen.",
    "Berg i dagen, sier vi, når det ikke er jord igjen.",
    "eg grua meg heile veka og så gjekk det fint",
    "ehm ja vi har fjell og fjord og hav rett utenfor",
    "og så drakk vi kaffe til sola gikk ned",
    "Ute på nesset der båtane ligg, var det alltid vind.",
    # designations, headings, brands named after a person, verbs and times
    "Informant A og Informant C hadde begge jobbet på fabrikken.",
    "Kapittel 4: Funn og Drøfting",
    "Tabell 2: Informantenes Alder, Kjønn og Botid",
    "jeg kjøpte en ny drill på clas ohlson i går",
    "i staden for å ringje sende ho berre ein melding",
    "det skal vera ein fin dag i morgon seier dei",
    "Noregs Mållag og Språkrådet var ikkje einige.",
    # Nynorsk forms of Bokmål words at a sentence start; works; stars; laws; a brand named
    # after a person; people of a town; clubs; the land in a list
    "Resultata viser at tilhøyrsle betyr meir enn løn.",
    "Oppgåva nyttar ei kvalitativ tilnærming.",
    "Vidare drøftar eg funna i lys av teori.",
    "Kaptein Sabeltann og Karius og Baktus, det så ungene på.",
    "Sirius og Orion kunne bestefar peke ut.",
    "Ifølge Helsepersonelloven § 21 har helsepersonell taushetsplikt.",
    "Fjord Line hadde billige billetter til Danmark.",
    "Tromsøværinger tror de bor i verdens navle.",
    "odd vant mot start og da var det fest i byen",
    "han spilte i vålerenga da han var liten",
    "sund og vik og holmer og skjær",
    "Kapittel 5 Drøfting",
    # ... and stays the brand where the words say brand
    "Freia og Tine sponser skirennet hvert år.",
    "Æ va på Tine-meieriet i tredve år.",
])
def test_name_free(text: str) -> None:
    assert labels(text) == [], labels(text)
