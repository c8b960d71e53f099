"""Round 11 of issue 12: names written with other languages' letters, names inside quoted
speech, and names the sentence itself says are a thing (a band, a brand, a horse, a
stove). Every sentence is written for this test; the names are invented."""

from __future__ import annotations

import pytest
from conftest import detected_labels as labels


@pytest.mark.parametrize("text, name, label", [
    # Vietnamese names: the marks of another language make a run of capitals a name
    ("Ja, Trần Thị Hoa var tolk for oss i mange år.", "Trần Thị Hoa", "PERSON"),
    ("Tolken vår het Phạm Thị Mai.", "Phạm Thị Mai", "PERSON"),
    # a name inside quoted speech (not a title in quotes)
    ("Sjefen sa det rett ut: «Hvis ikke Bakkeløkken skriver under, blir det ingenting.»",
     "Bakkeløkken", "PERSON"),
    ("«Vi venter på Tjernstuen,» sa ho.", "Tjernstuen", "PERSON"),
    # a municipality compared with, merged with or become another (lower case)
    ("nordre land hadde bedre skoler enn gran synes jeg", "gran", "MUNICIPALITY"),
    ("det var lenge før hemne ble slått sammen med heim", "heim", "MUNICIPALITY"),
    ("bestemor bodde i røyken og nå er alt asker", "asker", "MUNICIPALITY"),
    ("han var frå radøy men no heiter det jo alver", "alver", "MUNICIPALITY"),
    ("vi flytta fra flora som jo nå er kinn til bergen", "kinn", "MUNICIPALITY"),
    # two names of one municipality in a sentence; a town resumed by 'det'
    ("storfjord heter omasvuotna på samisk sa ho", "storfjord", "MUNICIPALITY"),
    ("og sande det ligger jo ved fjorden", "sande", "MUNICIPALITY"),
    # a person by an apposition after a dash, a role after a comma, a department, a farm
    # name in a definite form that speaks
    ("Nei, det var Vega – dattera mi – som ringte.", "Vega", "PERSON"),
    ("Så sa Grue – han var rektor då – at skulen skulle leggjast ned.", "Grue", "PERSON"),
    ("Ås, som er jordmor her, sa at det gikk fint.", "Ås", "PERSON"),
    ("Moen fra økonomi og Dale fra IT satt i gruppa.", "Moen", "PERSON"),
    ("og så kom storm svogeren min inn og satte seg", "storm", "PERSON"),
    ("Tveitane sa jo det selv på møtet.", "Tveitane", "PERSON"),
    # a town compared by 'enn', said to have industry, or named by its old name
    ("sola har jo vokst mye mer enn stavanger", "sola", "MUNICIPALITY"),
    ("vi flytta til lier for det var billigere enn drammen", "drammen", "MUNICIPALITY"),
    ("ja stranda hadde jo mye industri før", "stranda", "MUNICIPALITY"),
    ("vi bodde i nordre follo eller ski som det het den gang", "ski", "MUNICIPALITY"),
    # Sami and Kven names with the Norwegian one, or with each other; a town listed with a
    # village in it; a trip's end followed by what one did there
    ("ivgu sier de på samisk og yykeä på kvensk", "yykeä", "MUNICIPALITY"),
    ("Ho sa Rosse om Røros, det er sørsamisk.", "Rosse", "MUNICIPALITY"),
    ("Tinn og Atrå – der budde besteforeldra mine.", "Tinn", "MUNICIPALITY"),
    ("vi dro til hole og bada i fjorden", "hole", "MUNICIPALITY"),
    # listed with a town of two words; put right ('eller var det'); set against ('ikke')
    ("vi kjørte mellom lom og vestre slidre hver dag", "lom", "MUNICIPALITY"),
    ("vi var i stryn eller var det stranda jeg husker ikke", "stranda", "MUNICIPALITY"),
    ("han kom fra sola kommune eller var det klepp", "klepp", "MUNICIPALITY"),
])

def test_found(text: str, name: str, label: str) -> None:
    assert (name, label) in labels(text), labels(text)


@pytest.mark.parametrize("text", [
    # what the sentence says the name is: a band, brands, a horse named the other way round
    "Vi hørte på Solvind, et lokalt band som spilte bluegrass.",
    "Ringnes og Frydenlund var de eneste ølmerkene på hytta.",
    "Tore het hesten, og han var sta som bare det.",
    "det var sånn som i heimebane eller sølvlaks den serien du vet",
    # a make after 'en'/'ei' (a town is neuter), what one drinks, a quantity of it
    "På hytta står det en gammel Dovre som varmer godt.",
    "Han drakk Tine kakao hele vinteren.",
    "vi drakk mest voss på flaske på turen",
    "i fjor så vi masse ravn og kråke ved hytta",
    # companies named like people, where the words say company; the weather service
    "Ho fekk melk frå Tine og brød frå bakaren.",
    "Jeg solgte sykkelen på Finn i fjor.",
    "Yr meldte regn, men det ble sol hele dagen.",
    # brands and institutions of several words; a feast; rivers abroad
    "Vi tok en kaffe på Deli de Luca før toget gikk.",
    "Prosjektet er godkjent av REK Nord.",
    "Hun tok master ved Nord universitet.",
    "Han tok Møllers tran hver morgen.",
    "han jobba på hurtigruta som kokk i mange år",
    "Noregs Mållag skreiv til departementet.",
    "Lucia-toget gikk rundt på skolen i desember.",
    "Vi sykla langs Donau i tre veker.",
    # verbs: 'grue seg', 'heie på', Nynorsk 'bur'; 'hver eneste dag'; a harbour master
    "kona mi har grua seg til operasjonen i flere uker",
    "han heia på laget hele kampen",
    "han bror min bur i byen no",
    "han gikk tur hver eneste dag i femti år",
    "Havnefogden stengte kaia før stormen.",
    # boats and a guest house given a name
    "ungene hadde en kajakk som het vesla",
    "De hadde et lite pensjonat som het Solgløtt.",
    # definite plurals of people's nouns are no farm names, whatever they say
    "Pasientane sa at maten var god.",
    "Fiskarane sa at kvoten var for liten.",
    "Informanten sa at det var vanskelig.",
    "vi hadde tre geiter og den eldste heter gullhorn",
    # a bay frozen over, the hearth, the flea, the sun that shines
    "Vika var islagt i tre veker den vinteren.",
    "ungane sat ved grua og høyrde på forteljingane",
    "loppa hadde bitt katten over alt",
    "Sola skinte hele helga.",
    # beers, a hotel chain, a festival among festivals, a dairy that takes the milk
    "Hansa eller Aass, det var det eneste spørsmålet.",
    "Vi fikk rom på Thon rett ved stasjonen.",
    "Vi var på Øyafestivalen og på Bukta samme sommer.",
    "Vi leverte mjølk til Tine i tretti år.",
    # birds in the definite form; a club and a terrier named; a theatre
    "Tjelden kom tilbake i april, og da var det vår.",
    "Fotballklubben heter Fram, og de trener på grusbanen.",
    "Han fekk seg ein terrier som heiter Tass.",
    "Det Norske Teatret sette opp stykket i fjor.",
    # the land and creatures of the tales in pairs at a sentence's start; a team, a planet
    # and a farm spirit named; a game played; a fan of a club; places abroad
    "Berg og fjell og hav – det var det vi vokste opp med.",
    "Laget vårt heiter Sprint, og me spelar i femte divisjon.",
    "Planeten heiter Jupiter.",
    "Gardvoren fekk graut kvar julekveld.",
    "Vi spilte Ludo hele kvelden.",
    "Vi var i Lund, Sverige, på konferanse.",
    # abroad where the same word stands again, or listed with a country
    "De hadde garn ute ved Grønland og Island hele vinteren.",
    "Hun studerte i Lier, altså Lier i Belgia, i to år.",
    # a boat in quotes; a company guessed as a place; 'en hel time'; a town's adjective
    "Onkelen min var skipper på «Sjøsprøyt» i mange år.",
    "Hun jobbet på Lerøy i tre år og likte det.",
    "bergensk humor er noe eget sier de ihvertfall",
])
def test_name_free(text: str) -> None:
    assert labels(text) == [], labels(text)


@pytest.mark.parametrize("text, name", [
    # privacy: persons where the same words stand near a person's name
    ("Vi spiste Kari sin kake.", "Kari"),
    ("Kari, ei venninne av meg, kom innom.", "Kari"),
    ("Kari og Per var de eneste i bandet.", "Per"),
    ("Da drakk Kari kaffe med oss.", "Kari"),
    ("Kari var en storm av energi.", "Kari"),
    ("Storm het gutten, og han var vill.", "Storm"),
    ("Jeg fikk brev fra Tine i går.", "Tine"),
    ("Vi ventet på Finn i en time.", "Finn"),
    ("Yr sa at hun skulle komme.", "Yr"),
    ("Lucia kom inn med kaffen.", "Lucia"),
    ("Mora hans, Gudrun, hadde butikken i bygda.", "Gudrun"),
    ("Jeg kjenner ikke noen Wróbel her.", "Wróbel"),
    ("vi hadde to jenter og den eldste heter kari", "kari"),
    ("Vi har tre hester og to barn, og den eldste heter Sigrid.", "Sigrid"),
    ("strand sa de jo", "strand"),
    ("vi var sammen med strand hele kvelden", "strand"),
    ("kari synes jeg er flink", "kari"),
    ("vik og strand de to var alltid sammen", "vik"),
    ("Vika var sjuk hele januar.", "Vika"),
    ("Grue var kontaktperson på NAV.", "Grue"),
    # privacy: someone on a boat, in a club, owning a cow is named, not the thing (the
    # first three lost the name before this round too)
    ("Skipperen på båten het Nils.", "Nils"),
    ("Sjåføren på bussen het Nils.", "Nils"),
    ("Mannen som eide kua het Nils.", "Nils"),
    ("Ho som dreiv kafeen heitte Solveig.", "Solveig"),
    ("Treneren i klubben heter Nils.", "Nils"),
    ("Lederen i foreningen heter Nils.", "Nils"),
    ("eh stange og vang de to var alltid sammen", "vang"),
    ("Jeg traff Eggesvik-gutten i går.", "Eggesvik"),
    ("harstad han var trener og han var fra hárstták", "harstad"),
    ("Treneren på laget heter Nils.", "Nils"),
    ("Så spilte Kari en sang for oss.", "Kari"),
    # privacy, read as an adversary: the same words where a person is meant
    ("Kari er merket for livet.", "Kari"),
    ("Kari er kjede av det hele.", "Kari"),
    ("Kari Moe (firmaet) ringte meg.", "Kari Moe"),
    ("Jeg ventet på Finn for å kjøpe leiligheten.", "Finn"),
    ("Ringnes sa at ølet var godt.", "Ringnes"),
    ("Vi delte rom med Thon på turen.", "Thon"),
    ("Vika var frosen etter turen.", "Vika"),
    ("Vika var full av energi.", "Vika"),
    # a person named in the frames that put a town right or set it against another
    ("vi bodde i bergen eller var det kari som bodde der", "kari"),
    ("vi bodde i bergen ikke kari", "kari"),
])

def test_still_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in labels(text), labels(text)


@pytest.mark.parametrize("text, name", [
    # a municipality before the verb of a clause whose subject follows ('i X var det')
    ("på åndalsnes i rauma var det festival hele helga", "rauma"),
    # the same word in Norway and abroad
    ("ja vi var i lund i rogaland ikke lund i sverige", "lund"),
    # a town named like a verb ('gruer seg') stays a town; a town with a dog in it
    ("jeg kommer fra grue på solør", "grue"),
    ("Loppa er en fin kommune, vi hadde hund der.", "Loppa"),
])
def test_a_place_stays(text: str, name: str) -> None:
    assert any(s == name and lab in ("MUNICIPALITY", "PLACE") for s, lab in labels(text)), \
        labels(text)


def test_an_hour_is_no_town() -> None:
    """'en hel time' after 'Time kommune': the hour is no second municipality."""
    found = labels("time kommune var flinke og jeg brukte en hel time på planen")
    assert found.count(("time", "MUNICIPALITY")) == 1, found


def test_the_other_os() -> None:
    """'fra os i østerdalen ikke os ved bergen': both are the municipality."""
    found = labels("han er fra os i østerdalen ikke os ved bergen")
    assert found.count(("os", "MUNICIPALITY")) == 2, found
