"""Word lists the detectors share: function words, the words around a name that say
person or place, and word frequencies (``zipf``, from wordfreq's packaged lists).

No detector logic lives here; ``detect``, ``persons`` and ``fuzzy`` import from this module
(and not from each other)."""

from __future__ import annotations

from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that are never names whatever the lists say (pronouns, function words, fillers)
STOPWORDS = _words("""
og i på å det som er en et ei til av for med han hun ho de dei den jeg eg vi me du dere
dykk seg sin si sitt sine meg mæ deg oss dem henne hennar hans hennes deira deres min mi
mitt mine din di ditt dine vår vårt våre var vart har hadde ha kan kunne skal skulle vil
ville må måtte bli blir ble blei vært vore være vere så men om at ikke ikkje ikkje nei ja
jo vel nå no da då der her hvor kor hva kva hvem kven når korleis hvordan hvorfor kvifor
fra frå ut inn opp ned over under etter før mot ved hos alle alt noen nokon noe noko
mange mye mykje litt lite bare berre også og eller enn som sånn slik altså liksom eh ehm
hm mm okei ok jaja jasså ja-ja greit bra fint kanskje egentlig eigentleg faktisk helt heilt
veldig mer meir mest enda ennå endå igjen att andre annen anna annet anna første fyrste
siste neste hele heile sammen saman selv sjølv sa sagt seier sier si
mann menn kvinne dame damer folk barn unge gutt jente leder leiar sjef kollega
ifølge ifølgje iflg difor derfor likevel dessutan dessuten mellom blant berre òg kvifor
korleis kva kven kvar dersom medan mens sidan trass etterpå fordi slik soleis elles ellers
dette desse disse denne dei deira kvart kvar einaste ingen inga ingenting noko nokre
""")

# words before a name that make it a person
TITLES = _words("""
doktor dr lege fastlege professor prof rådmann kommunedirektør ordfører varaordfører
statsråd minister sjef leder leiar daglig direktør rektor fru frøken herr pastor prest
sokneprest biskop advokat dommer konsulent rådgiver rådgjevar saksbehandler
sakshandsamar kollega kollegaen kollegaen min lærer lærar sykepleier søster
""")

# verbs and words after a name that make a first name a person rather than a word
PERSON_AFTER = _words("""
sa sier seier sei mente meinte meiner mener var er har hadde tok ville vil skulle skal
kom kjem begynte byrja jobbet jobba jobber jobbar ringte ringde svarte svara sendte sende
skrev skreiv fikk fekk sluttet slutta gikk gjekk kunne visste veit vet trodde trudde
spurte spurde fortalte fortalde hun ho han leia ledet leder hadde satt sat bodde budde
""")
PERSON_BEFORE = _words("""
ringte ringde spurte spurde snakket snakka møtte møtte kontakt kontakter kontakte
kjenner kjenner heter heiter het heitte ba bad takk hei med sammen
""")

SUBJECT_PRONOUNS = _words("jeg eg vi me du dere de dei han hun ho")
PERSONAL_PRONOUNS = _words("han hun ho")
PLACE_PREPOSITIONS = _words("i på fra frå til ved mot rundt utenfor utanfor nær")
# more that go before a place in speech (dialect fusions too), used for lower-case text
SPOKEN_PREPOSITIONS = PLACE_PREPOSITIONS | _words("""
hos mellom ifra ifrå oppi nedi borti inni utti oppå nedpå bortpå
""")
STRONG_PREPOSITIONS = _words("i fra frå til ifra ifrå oppi nedi borti inni utti")
DETERMINERS = _words("""
en et ei ein eit den det de dei denne dette disse min mitt mi mine din ditt di sin sitt
si hver kvar noen nokon stor store stort liten lita lite lille gammel gamle ny nye
""")
KOMMUNE_AFTER = _words("kommune kommunes herad kommunen bydel by municipality")
KOMMUNE_BEFORE = _words("kommunen kommune herad heradet kommunene kommunane")
# after a lower-case name: the municipality's office or institutions ('lier kontoret')
INSTITUTION_AFTER = _words("""
kontoret kontor kontora kontorene kommunestyret kommunestyre formannskapet sentrum
sykehus sykehuset sjukehus sjukehuset rådhus rådhuset legevakt legevakta legevakten
barnevern barnevernet modellen området regionen distriktet politidistrikt
""")
# before 'i/på/fra/til X': words that make X a place (institutions, people of a place,
# living, moving, working)
PLACE_CUES = _words("""
kommunen kommuna nav kontoret kontor ordføreren ordføraren rådmannen rådmann
kommunedirektøren kommunedirektør barnevernet barnevernstjenesten barnevernstenesta
legevakta legevakten sykehjemmet sjukeheimen barnehagen barnehagane skolen skulen
helsestasjonen sykehuset sjukehuset politiet lensmannen tjenesten tenesta tjenestene
folk folka folket dei de kollegaen kollegene kollegaene saksbehandlerne sakshandsamarane
leder leiar sjefen teamet avdelingen avdelinga prosjektet
bodde budde bor bur bodd budd vokste vaks oppvokst født fødd flyttet flytta flytte
flytter flyttar jobbet jobba jobber jobbar jobb arbeidet arbeidde arbeider pendler
pendlar kjørte køyrde reiste kom kommer kjem hjemme heime ansatt tilsett praksis
""")
MUNICIPAL_CUE_PREFIXES = (
    "kommun", "nabokommun", "sammenslå", "samanslå", "slått", "slegne", "rådhus",
    "legevakt", "interkommun", "ordfør", "rådmann", "kommunedirektør", "fylke",
)
POSSESSIVES = _words("sin sitt sine")
# what a municipality does as the subject of a clause (lower-case text)
CLAUSE_STARTS = _words("og men så da då at fordi mens når hvis dersom om jo nok")
AGENT_VERBS = _words("""
valgte valde vedtok vedtek innførte innførde bestemte bestemde ville vil ansatte tilsette
kjøpte søkte søkjer satset satsa prioriterte prioriterer startet starta begynte byrja
sluttet slutta innfører vedtar velger vel
""")
AGENT_PARTICIPLES = _words("""
hatt valgt valt innført vedtatt vedteke bestemt ansatt tilsett satset satsa prioritert
startet starta opprettet oppretta gjennomført
""")
ARTICLES = _words("en ei et ein eit")
# two coordinated words that are both municipalities: places only if one is rarer than
# this as a word ('gran og lunner' yes, 'fjell og berg' no)
COMMON_NOUN_ZIPF = 4.0
VERY_COMMON_ZIPF = 4.5  # an ordinary word this frequent (nb) after a bare 'på' is a word
RARE_WORD_ZIPF = 3.0  # a name-word rarer than this as a word is probably the name
# 'municipality of X' (English ASR output): the last word before the name, and the one
# before that when the last is 'of'
MUNICIPALITY_OF_LAST = _words("of kommunen")
MUNICIPALITY_BEFORE = _words("municipality")
NAV_BEFORE = frozenset({"nav"})


@lru_cache(maxsize=65536)
def zipf(word: str, langs: tuple[str, ...] = ("nb", "en")) -> float:
    """Word frequency (Zipf scale, 0–8): the highest in ``langs`` (wordfreq's lists are
    packaged with it; nothing is downloaded)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, lang) for lang in langs)

# words a full stop follows without ending the sentence ('m.fl.', 'et al.', 's. 17', 'jf.')
ABBREVIATIONS = _words("""
al fl mfl m s jf jfr f eks bl a dvs ca nr dr prof st meld osv etc chr th wm joh jr mr mrs
ms vs evt ref kap tab fig pp ed eds red mnd kl utg pkt ang mht iflg ift vedr bd o l
""")

# ------------------------------------------------------------------------------ persons
# verbs of saying and reporting after a name: 'Foss sa', 'Eikeland påpeker'
SPEECH_VERBS = _words("""
sa sier seier sei sei sagde mente meinte meiner mener syntes synest synes ringte ringde
spurte spurde fortalte fortalde svarte svara skrev skreiv sendte sende lurte tenkte
forklarte forklarte foreslo gjentok understreka understreket innrømmet innrømte lovte
lova nektet nekta ba bad påsto hevdet hevda
""")
AUTHOR_VERBS = _words("""
påpeker påpeikar peker peikar hevder hevdar skriver skriv viser finner finn argumenterer
argumenterte beskriver beskriv beskrev kaller kallar definerer definerte studerte studerer
introduserte introduserer sammenligner samanliknar samanlikner understreker fremhever
framhever framhevar konkluderer drøfter drøftar diskuterer analyserer foreslår betegner
omtaler skiller skil legger legg poengterer problematiserer kritiserer opererer bruker
nyttar anbefaler tilrår dokumenterer identifiserer påviste fant fann mener meiner minner
forklarer forklarar forteller fortel uttrykker uttrykte advarer åtvarar
""")
# before a name: only persons are asked, called, met or named ('spurte X', 'ringte X')
STRONG_BEFORE = _words("""
spurte spurde ringte ringde møtte heter heiter het heitte kalt kalla doktor dr professor
prof fru herr frøken ordfører ordførar rådmann kommunedirektør
""")
# 'snakket med X', 'sa til X'
TALKED = _words("snakket snakka sa sei skreiv skrev prata pratet pratar snakkar ringte ringde")
# what a person comes from: 'Rein fra personalavdelingen'
UNIT_WORDS = ("avdelingen", "avdelinga", "kontoret", "tjenesten", "tenesta", "staben",
              "ledelsen", "leiinga", "teamet", "seksjonen", "enheten", "eininga", "etaten",
              "direktoratet", "departementet", "kommunen", "kommuna", "fylket", "nav", "ks",
              "universitetet", "forbundet", "styret", "utvalget", "utvalet", "gruppa")
ROLE_WORDS = _words("""
leder leiar sjef rådmann ordfører direktør rektor lege sykepleier sjukepleiar lærer
lærar saksbehandler sakshandsamar koordinator konsulent rådgiver rådgjevar kollega
tillitsvalgt tillitsvald verneombud formann nestleder nestleiar daglig dagleg
""")
# compounds named after a person: 'Kvamsdal-utvalget'
COMMITTEES = _words("utvalget utvalet komiteen komiteen kommisjonen gruppa")
# initials written as abbreviations: 'Lars Chr. Kvamsdal'
INITIALS = _words("chr th wm joh fr kr jac edv hj", )
NAME_PARTICLES = _words("van von de der den da di du le la al el bin ibn ter ten af zu")
# last parts of compounds that farm names and surnames end with: not 'a compound of words'
NAME_HEADS = (
    "land", "dal", "dahl", "stad", "heim", "vik", "nes", "bakken", "haugen", "moen", "lien",
    "rud", "seth", "set", "sæter", "seter", "gard", "gård", "gaard", "vold", "voll", "eng",
    "stein", "holm", "myr", "aas", "ås", "sen", "son", "berg", "bø", "lund", "skog", "li",
    "lid", "strand", "sand", "by", "tveit", "nær", "mo", "eide", "vatn", "øy", "fjord",
    "sund", "våg", "vær", "haug", "hus", "bekk", "rød", "torp", "toft", "åker", "ager",
    "strøm", "vang", "gren", "mann", "tvedt", "vedt", "eid", "sveen", "gården", "dalen",
    "hagen", "engen", "hjem", "borg", "stø", "tun", "tunet",
)
# last parts of institutions, laws and works: 'Husbanken', 'Sametinget', 'Sosialtjenesteloven'
INSTITUTION_HEADS = (
    "tinget", "tinge", "banken", "direktoratet", "direktorat", "departementet",
    "departement", "etaten", "etat", "forvalteren", "forvaltaren", "tilsynet", "tilsyn",
    "rådet", "kontoret", "loven", "lova", "lov", "reformen", "reforma", "meldingen",
    "meldinga", "utvalget", "utvalet", "verket", "senteret", "senter", "sentralen",
    "forbundet", "forbund", "partiet", "parti", "foreningen", "foreninga", "forening",
    "laget", "skolen", "skulen", "universitetet", "høgskolen", "høgskulen", "sykehuset",
    "sjukehuset", "avisa", "avisen", "posten", "bladet", "ruten", "fylkeskommunen",
    "kommunen", "kommune", "selskapet", "programmet", "prosjektet", "instituttet", "fondet",
    "stiftelsen", "nettverket", "ordningen", "ordninga", "strategien", "planen", "museet",
    "biblioteket", "teateret", "kirken", "kyrkja", "forlaget", "forlag", "byrået", "byrå",
    "retten", "domstolen", "ombudet", "ombud", "vesenet", "tjenesten", "tenesta",
    "departementa", "direktøren", "forvaltningen", "regjeringen", "regjeringa",
    "helseforetak", "helseforetaket", "foretaket", "portalen", "appen", "databasen",
    "registeret", "statistikken", "undersøkelsen", "undersøkinga", "rapporten",
)
# brands, companies, services, media and systems people name in interviews (general
# knowledge; the trap list has the public bodies)
ORGANISATIONS = _words("""
equinor statoil hydro telenor telia dnb nordea sparebank gjensidige storebrand
rema kiwi meny coop prix obs extra bunnpris joker spar europris ikea elkjøp xxl
vinmonopolet posten bring vy nsb ruter skyss kolumbus atb brakar hurtigruten norwegian
sas widerøe volvo toyota tesla facebook instagram snapchat tiktok twitter youtube google
microsoft teams zoom skype outlook excel powerpoint netflix spotify nrk tv2 vg
dagbladet aftenposten dagsavisen klassekampen nettavisen altinn helsenorge bufetat bufdir
kostra lovdata sikt nsd ssb fafo nibr oslomet ntnu uib uio uit nmbu hvl usn
frivilligsentralen kirkens bymisjon blåkors frelsesarmeen røde kors redd barna unicef
norad udi imdi husbanken lånekassen skatteetaten nav-kontoret fagbokforlaget
universitetsforlaget gyldendal cappelen damm samlaget
""")
# a word in a capitalised run that makes it an organisation or a work, not a person
ORG_RUN_HEADS = _words("""
foundation press institute institutt university universitet college school journal review
books publishing publishers company group association society council centre center
forlag forlaget as asa ltd inc gmbh ab stiftelse stiftelsen fond fondet klinikk senter
""")
# how Norwegian places not in the lists end: 'Storvika', 'Kvalsund', 'Leirvåg'
PLACE_SUFFIXES = (
    "vik", "vika", "viken", "nes", "neset", "øy", "øya", "øyene", "fjord", "fjorden",
    "sund", "sundet", "våg", "vågen", "vær", "været", "elv", "elva", "botn", "eid", "eidet",
    "holm", "holmen", "strand", "stranda", "bygd", "bygda", "havn", "hamn", "sjøen", "dalen",
    "ås", "åsen", "haug", "haugen", "berg", "berget", "bu", "by", "byen", "mo", "moen",
    "li", "lia", "lien", "sand", "sanden", "øra", "ørene", "kil", "kilen", "bukt", "bukta",
)
