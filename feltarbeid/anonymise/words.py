"""Word lists the detectors share: function words, the words around a name that say
person or place, and word frequencies (``zipf``, from wordfreq's packaged lists).

No detector logic lives here; ``detect``, ``persons`` and ``fuzzy`` import from this module
(and not from each other)."""

from __future__ import annotations

from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _noun_forms(text: str) -> frozenset[str]:
    """Nouns and their forms in Bokmål and Nynorsk, singular and plural, indefinite and
    definite ('vase': 'vasen', 'vasa', 'vaser', 'vasene', 'vasar', 'vasane'; 'belte':
    'beltet'). A form no one writes does no harm: it is only looked up."""
    out: set[str] = set()
    for lemma in text.split():
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        out.add(lemma)
        out.update(stem + e for e in ("en", "a", "et", "er", "ene", "ar", "ane"))
        if lemma.endswith("e"):
            out.add(lemma + "t")
    return frozenset(out)


# words that are never names whatever the lists say (pronouns, function words, fillers)
# given names that are function words too ('anna' other, 'hans' his, 'inga' none, 'vår'
# our): in lower-case text a name only where the words around say person strongly;
# capitalised mid-sentence a name (but not 'Vår': 'Vår Energi', 'Vår Frue')
NAMES_THAT_ARE_FUNCTION_WORDS = frozenset({"anna", "hans", "inga", "vår"})
CAPITAL_FUNCTION_NAMES = frozenset({"anna", "hans", "inga"})
STOPWORDS = _words("""
dæm døm dåkk dokker itj ittj ikkj ka kæ kem korsn koss kossen åssen æ dæ sæ nån nåkka nokka
nokke va hæ hass hinnes derre herre dennæ dænne
nedenfor ovenfor nedanfor ovanfor utanfor innanfor bortanfor framfor attanfor nedafor ovafor
innafor utafor bortafor innenfor utenfor bortenfor
hjå utan kring attmed attåt ifrå åt
og i på å det som er en et ei til tel av for med han hun ho hu de dei den jeg eg vi me du dere
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
bur budde
""")

# words before a name that make it a person
TITLES = _words("""
doktor dr lege fastlege professor prof rådmann kommunedirektør ordfører varaordfører
statsråd minister sjef leder leiar daglig direktør rektor fru frøken herr pastor prest
sokneprest biskop advokat dommer konsulent rådgiver rådgjevar saksbehandler
sakshandsamar kollega kollegaen kollegaen min lærer lærar sykepleier søster
lensmann konstabel politibetjent trener onkel tante bestemor bestefar mormor morfar
farmor farfar fetter kusine
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

SUBJECT_PRONOUNS = _words("jeg eg vi me du dere de dei han hun ho hu")
# after a subject pronoun, a word followed by these is a verb ('han tor ikkje')
NEGATIONS = _words("ikke ikkje itte ittj aldri heller")
PERSONAL_PRONOUNS = _words("han hun ho hu")  # hu: dialect (Trøndelag, Nordland)
PLACE_PREPOSITIONS = _words("i på fra frå til ved mot rundt utenfor utanfor nær mellom")
LOCATIVE = _words("i på ved utenfor utanfor nær rundt")  # where, not whence or whither
# where a farm or a hamlet is: 'på Gimse', 'ved Fossheim', 'oppå Løkkeberg' (a surname
# after them is the farm it was taken from)
# where something is, up in or down on it ('oppi lia', 'nedpå Vollen')
UP_IN = _words("oppi nedi borti oppå nedpå bortpå inni utti uti innpå utpå oppunder nedunder")
FARM_PREPOSITIONS = _words("på i ved utenfor utanfor") | UP_IN
# 'fra/frå X'
FROM_WORDS = _words("fra frå ifra ifrå")
# patronymic surnames name no farm ('på Hansen' is no place)
PATRONYMIC_ENDINGS = ("sen", "son", "ssen", "sson", "dotter", "datter", "dottir")
# before 'fra/frå X': where one comes from ('var frå Grindheim', 'flytta frå Remøy',
# 'informantene fra Drag') — X is a place, not a person one heard from
# verbs of moving somewhere or away: 'flytta til Teie', 'rodde frå Remøy'
MOVING_VERBS = _words("""
flytta flyttet flytte flytter flyttar flytt reiste reist kjørte køyrde kjørt køyrt dro drog
rodde ro seilte sigla gjekk gikk gått syklet sykla
""")
ORIGIN_BEFORE_FROM = MOVING_VERBS | _words("""
var er kom kommer kjem komne kommet fiska fisket stammer stammar oppvokst født fødd
opphavleg opprinnelig opprinneleg informantene informantane informanten informantar
informanter folk folka folket familien familia slekta slekten
""")
# given names of other origins so frequent in Norwegian text (wordfreq) that the world's
# list leaves them out as words (``scripts/build_name_data.py``: Zipf >= 3.5), though they
# are names before they are words; picked by hand from what that filter drops (not 'Baker',
# 'Hunter', 'Teddy', 'Donald', 'Mercedes': a trade, a bear, a duck, a car)
FREQUENT_FOREIGN_GIVEN = _words("""
pablo javier pierre josé lorenzo hector derek bruce craig keith malcolm harold ralph wayne
stanley trent todd shane jeremy jeffrey gary greg dylan owen howard douglas graham gordon
russell stuart stewart spencer terry randy leslie lauren ashley bradley brady brett casey
chester curtis dante floyd harrison harvey jerry jesse josh jules lloyd luther marshall
mitchell perry rené rocky wallace willie bernie ann-britt ann-charlotte
ann-christine ann-louise ann-marie ann-sofie anna-karin anna-lena anna-lisa anna-maria
anna-marie anne-catherine anne-sophie britt-marie carl-johan eva-lena eva-maria eva-marie
hans-christian hans-peter jan-peter jean-louis jean-marc jean-marie jean-paul jean-pierre
jens-peter karl-erik lisa-marie marie-anne marie-christine marie-louise marie-therese
rose-marie sven-erik
""")
# ... of which these are words or things too in lower case ('trent': trained, 'brett': a
# board, 'jack russell': a dog, 'douglasgran', 'graham-kjeks', a Marshall amplifier, Pink
# Floyd, Tom og Jerry): names only where capitalised
FREQUENT_FOREIGN_GIVEN_WORDS = _words("""
trent rocky brett russell douglas graham marshall floyd chester jerry perry
""")
# words whose 'på' or 'i' takes a person ('vente på X', 'tenkte på X', 'glad i X')
ON_PERSON_VERBS = _words("""
vente venta ventet venter ventar tenke tenkte tenker tenkjer stole stolte stoler høre hørte
hører høyre høyrde se så ser sjå såg passe passet passa lure lurte kjefte kjeftet kjefta
skrike skreik ropte rope hilse hilste glad forelska forelsket forelskar interessert
interessera betatt hekta skuffa skuffet
""")
# more that go before a place in speech (dialect fusions too), used for lower-case text
SPOKEN_PREPOSITIONS = PLACE_PREPOSITIONS | UP_IN | _words("hos mellom ifra ifrå")
STRONG_PREPOSITIONS = _words("i fra frå til ifra ifrå oppi nedi borti inni utti")
DETERMINERS = _words("""
en et ei ein eit den det de dei denne dette disse min mitt mi mine din ditt di sin sitt
si hver kvar noen nokon stor store stort liten lita lite lille gammel gamle ny nye
""")
KOMMUNE_AFTER = _words("kommune kommunes herad kommunen bydel by municipality")
KOMMUNE_BEFORE = _words("kommunen kommune herad heradet kommunene kommunane")
# a municipality's own services after its name make it the municipality, capitalised too
# ('Stange brannvesen', 'Hamar legevakt')
MUNICIPAL_SERVICES = _words("""
brannvesen brannvesenet legevakt legevakta legevakten rådhus rådhuset helsestasjon
helsestasjonen folkebibliotek barnevern barnevernet hjemmetjeneste heimeteneste
hjemmesykepleie heimesjukepleie
""")
# the part of a town, or the side of it, before 'av' ('sentrum av moss', 'i utkanten av hol')
PART_OF_TOWN = _words("""
sentrum sentret utkanten midten nordsida sørsida austsida østsida vestsida nordsiden
sørsiden østsiden vestsiden nordenden sørenden
""")
# a town and the land around it: 'Lier og omegn'
SURROUNDINGS = frozenset({"omegn", "omeng", "omland", "omlandet", "omegnen"})
# a town's newspaper, choir, band, bank, society, church or county council named after it
# ('Moss Avis', 'Lier Mannskor', 'Stange Sparebank', 'Innlandet fylkeskommune'): the name
# before it is the place's, also at a sentence's start
ORG_AFTER_TOWN = _words("""
avis avisa avisen blad bladet tidende arbeiderblad budstikke dagblad mannskor kor koret
damekor kammerkor musikkorps skolekorps skulekorps janitsjar turnforening idrettslag
historielag sogelag sanitetsforening sanitetsforeining mållag sparebank sparebanken kraftlag
energi elverk museum bygdemuseum fylkeskommune fylkeskommunen menighet menighetsråd sokn
kyrkjelyd bygdelag ungdomslag pensjonistforening frivilligsentral næringsforening skytterlag
bondelag bonde- husflidslag kulturskole kulturskule
""")
# after a lower-case name: the municipality's office or institutions ('lier kontoret')
INSTITUTION_AFTER = _words("""
kontoret kontor kontora kontorene kommunestyret kommunestyre formannskapet sentrum
sykehus sykehuset sjukehus sjukehuset modellen området regionen distriktet politidistrikt
senteret senter stasjon stasjonen kirke kirka kyrkja kyrkje skole skolen skule skulen
ferjekaia ferjekaien kaia brygga camping campingen flyplass flyplassen
brannstasjon brannstasjonen politistasjon politistasjonen lensmannskontor
lensmannskontoret bibliotek biblioteket sykehjem sykehjemmet sjukeheim sjukeheimen
omsorgssenter kulturhus kulturhuset ungdomsskole ungdomsskule barneskole barneskule vgs
storsenter storsenteret kjøpesenter kjøpesenteret torg torget
""") | MUNICIPAL_SERVICES
# after a municipality's genitive in lower-case text: 'askers modell', 'bergens byråd'
MUNICIPAL_GENITIVE_HEADS = _words("""
byråd byrådet ordfører ordførar ordføreren ordføraren rådmann rådmannen kommunestyre
kommunestyret formannskap formannskapet modell politikere politikarar innbyggere
innbyggarar befolkning næringsliv økonomi budsjett administrasjon kommuneplan
kommunedirektør sentrum havn hamn skoler skular barnehager barnehagar legevakt
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
leilighet leiligheten leilegheit leilegheita hus huset hytte hytta hytter gård gården
gard garden tomt tomta enebolig rekkehus
kjøpesenteret senteret stasjonen togstasjonen jernbanestasjonen rådhuset biblioteket
ungdomsskolen ungdomsskulen kirka kyrkja kirken legekontoret
""")
MUNICIPAL_CUE_PREFIXES = (
    "kommun", "nabokommun", "sammenslå", "samanslå", "slått", "slegne", "rådhus",
    "legevakt", "interkommun", "ordfør", "rådmann", "kommunedirektør", "fylke",
)
POSSESSIVES = _words("sin sitt sine")
# the possessive after a name that makes it a genitive ('Kari sin bil', 'Ida si bok')
SIN_POSSESSIVES = _words("sin si sitt sine")
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
forklarer forklarar forteller fortel uttrykker uttrykte advarer åtvarar fastslår fastslo
konstaterer konstaterte vektlegger vektlegg betrakter betraktar tolker tolkar oppsummerer
innvender innvendar ser
""")
# before a name: only persons are asked, called, met or named ('spurte X', 'ringte X')
STRONG_BEFORE = _words("""
spurte spurde ringte ringde ringe ringja ringje møtte heter heiter het heitte kalt kalla
doktor dr professor prof fru herr frøken ordfører ordførar rådmann kommunedirektør
""")
# 'snakket med X', 'sa til X'
TALKED = _words("snakket snakka sa sei skreiv skrev prata pratet pratar snakkar ringte ringde")
# what a person comes from: 'Rein fra personalavdelingen'
UNIT_WORDS = ("avdelingen", "avdelinga", "kontoret", "tjenesten", "tenesta", "staben",
              "ledelsen", "leiinga", "teamet", "seksjonen", "enheten", "eininga", "etaten",
              "direktoratet", "departementet", "kommunen", "kommuna", "fylket", "nav", "ks",
              "universitetet", "forbundet", "styret", "utvalget", "utvalet", "gruppa",
              "foreningen", "foreninga")
ROLE_WORDS = _words("""
informant respondent
leder leiar sjef rådmann ordfører direktør rektor lege sykepleier sjukepleiar lærer
lærar saksbehandler sakshandsamar koordinator konsulent rådgiver rådgjevar kollega
tillitsvalgt tillitsvald verneombud formann nestleder nestleiar daglig dagleg
""")
# compounds named after a person: 'Kvamsdal-utvalget'
COMMITTEES = _words("""
utvalget utvalet komiteen komiteen kommisjonen gruppa rapporten rapporta modellen familien
familia garden gården slekta saka saken metoden opplegget
""")
# of those, the heads a town's name takes as often: 'Tønsberg-modellen', 'Haram-saken' (a
# municipality's name before them is the municipality; 'Kvamsdal-modellen' a person)
TOWN_OR_PERSON_HEADS = _words("modellen saka saken metoden opplegget")
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
    "hagen", "engen", "hjem", "borg", "stø", "tun", "tunet", "slett", "sletta", "sletten", "bråten",
    "bråte", "bøen", "vollen", "myra", "myren", "enga", "lia", "åsen", "stuen", "stua", "kvern",
    "sjø", "odden", "tangen", "lund", "rud", "rudi", "flaten", "flata", "jordet", "teigen",
    "nakk", "nakken", "stølen", "løkken", "plassen", "setra", "sætra", "holt", "lien",
    "brekke", "brekka", "gjerde",
)
# the last parts of newspapers' names ('Sunnmørsposten', 'Fjordtidende'; whole names such as
# 'Varden' are in the list of things): no name of a person ends so
NEWSPAPER_HEADS = ("posten", "avisa", "avisen", "avis", "tidende", "tidene", "bladet",
                   "budstikke", "budstikka", "kuriren", "dagblad", "dagbladet", "nytt")
# last parts of institutions, laws and works: 'Husbanken', 'Sametinget', 'Sosialtjenesteloven'
INSTITUTION_HEADS = (
    "eiendommen", "festivalen", "festival", "festivalar", "festivaler",
    "tinget", "tinge", "banken", "direktoratet", "direktorat", "departementet",
    "departement", "etaten", "etat", "forvalteren", "forvaltaren", "tilsynet", "tilsyn",
    "rådet", "kontoret", "loven", "lova", "lov", "reformen", "reforma", "meldingen",
    "meldinga", "utvalget", "utvalet", "verket", "senteret", "senter", "sentralen",
    "forbundet", "forbund", "partiet", "parti", "foreningen", "foreninga", "forening",
    "laget", "skolen", "skulen", "universitetet", "høgskolen", "høgskulen", "sykehuset",
    "sjukehuset", "avisa", "avisen", "posten", "bladet", "ruten", "fylkeskommunen",
    "kommunen", "kommune", "selskapet", "programmet", "prosjektet", "instituttet", "fondet",
    "stiftelsen", "nettverket", "ordningen", "ordninga", "strategien", "planen", "museet",
    "biblioteket", "teateret", "teatret", "kirken", "kyrkja", "forlaget", "forlag", "byrået",
    "byrå",
    "retten", "domstolen", "ombudet", "ombud", "vesenet", "tjenesten", "tenesta",
    "departementa", "direktøren", "forvaltningen", "regjeringen", "regjeringa",
    "helseforetak", "helseforetaket", "foretaket", "portalen", "appen", "databasen",
    "styret", "trafikken", "trafikk", "rederiet", "rederi", "kompaniet", "spellmannslag",
    "sjukehus", "sykehus", "sjukeheim", "sykehjem",
    "spelemannslag", "musikklag", "musikkorps", "skolekorps",
    "registeret", "statistikken", "undersøkelsen", "undersøkinga", "rapporten",
    "prisen", "festivalen", "dagene", "dagane", "cupen", "rennet", "nemnda", "nemnd",
    "selskap", "data", "arkivet", "ekspressen", "foreininga", "foreiningen", "sykepleien",
    "sjukepleia", "sykepleia", "sjukepleien", "riksantikvaren", "fornyinga", "fornyingen",
    "fornyelsen",
)
# what is made or sold, after a brand and a hyphen ('Norrøna-jakke', 'Helly Hansen-jakka')
PRODUCT_HEADS = _words("""
virus viruset raketten rakettene raketter satellitten satellittene satellitter sonden
ovn ovnen omn omnen peis peisen komfyr komfyren vedovn vedovnen
jakke jakka jakken bukse bukser buksa buksene sko skoene støvler genser genseren lue
votter sekk sekken telt teltet bil bilen båt båten motor motoren ski skiene sykkel
sykkelen klokke klokka telefon telefonen maskin maskina maskinen
syltetøy syltetøyet kommode kommoden tannkrem tannkremen tannbørste tannbørsten sjokolade
sjokoladen brus brusen pizza pizzaen kaffe kaffen øl ølet
ketchup saft sennep majones brød brødet meieri meieriet melk mjølk ost osten
supporter supporteren supporterne supportar supportarane fan fans fansen skjerf skjerfet
drakt drakta drakten
kniv kniven app appen traktor traktoren skap skapet poteter potetene frø frøene
produkt produktet produkter produktene varer varene juice juicen
laks laksen drops dropsen
piano pianoet pianoer orgel orgelet orglet flygel flygelet gitar gitaren gitarer
trommer trommene trommesett cymbaler cymbalene forsterker forsterkeren synth synthen
nominasjon nominasjonen nominasjoner nominasjonar
statuett statuetten saksofon saksofonen fiolin fiolinen trompet trompeten
helikopter helikopteret helikoptre helikoptrene helikoptra fly flyet flya flyene
dukke dukker dukkene dokke dokker dokkene apper appar appene appane spel spelet spill
spillet radio radioen radioer radioar radioane radioene grill grillen griller
figur figurer figurar figurane figurene leke leker lekene leikar leikane
""")
# seas and waters that identify no one ('om Østersjøen og Nordsjøen')
WATERS = _words("""
østersjøen nordsjøen norskehavet barentshavet atlanterhavet skagerrak kattegat
middelhavet polhavet ishavet
""")
# brands, companies, services, media and systems people name in interviews (general
# knowledge; the trap list has the public bodies)
ORGANISATIONS = _words("""
nidar freia lerum stabburet kavli toro
økokrim kripos sjøforsvaret luftforsvaret heimevernet forsvaret redningsselskapet
sivilforsvaret hæren
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
mowi lerøy salmar cermaq norrøna bergans helly devold swix statkraft hafslund fjordkraft
elvia tibber jotun tomra nammo visma familia gerica dips cosdoc profil unit4 helseplattformen
aetat solo jarlsberg høgre høyre venstre senterpartiet arbeidarpartiet arbeiderpartiet
riddu riđđu samers samenes
nille solidox jordan widerøe biltema jula cubus dressmann kappahl lindex lefdal komplett
lilyhammer himmelblå vikingane haugtussa okkupert heimebane pstereo quart vinjerock
moldejazz kadetten slottsfjell nattjazz olavsfestdagene lykkeland
norvegia farris stihl fiskars kims scandic sørlandschips nortura tine fagfornyelsen
kunnskapsløftet
brann vålerenga lyn skeid glimt
vipers storhamar stabæk strømsgodset kfum tine nortura q-meieriene
widerøe norwegian elkem yara orkla schibsted nvivo atlas.ti maxqda qualcoder spss
stata excel word
clarion radisson peppes narvesen plantasjen jernia byggmakker maxbo felleskjøpet skeidar
bohus jysk interflora vitusapotek fretex grandiosa dagsrevyen
skam exit ragnarok norsemen messenger imsdal regal lions seafood braathens ryfast rogfast
yatzy
karius baktus sabeltann fuglane
gilde prior skoringen optimera intersport isklar amedia fjellreven madshus rottefella
sintef statnett avinor gartnerhallen entur vipps bankid flytoget kolonial netonnet tvnorge
mustad ringnes aass hennig-olsen diplom-is isbjørn
farmen fleksnes mammon kvitebjørn flåklypa trolljegeren vildanden dovregubben dovregubbens
hellbillies vamp kaizers turbonegro madcon seigmen wardruna vazelina plumbo postgirobygget
vassendgutane dumdum kygo a-ha
urædd pors rbk vif lsk
smalahove multebær moltebær raspeballer lutefisk pinnekjøtt rakfisk klippfisk komle
statskog statsbygg ságat vigilo
""")
# a word in a capitalised run that makes it an organisation or a work, not a person
ORG_RUN_HEADS = _words("""
foundation press institute institutt university universitet college school journal review
books publishing publishers company group association society council centre center
forlag forlaget as asa ltd inc gmbh ab stiftelse stiftelsen fond fondet klinikk senter
helse hotel hotell hotellet fk il bk sk hospital hospitalet sykehus sjukehus museum museet
bibliotek biblioteket gymnas kapell mållag mållaget sanitetsforening sanitetsforeninga
""")
# how Norwegian places not in the lists end: 'Storvika', 'Kvalsund', 'Leirvåg'
# last parts of street names ('Storgata', 'Markveien', 'Bygdøy allé')
STREET_SUFFIXES = ("gata", "gate", "gaten", "veien", "vegen", "vei", "veg", "plass", "allé", "alle",
                   "bakken", "stien", "svingen", "brygga", "torget", "løkka", "kroken", "lia")
PLACE_SUFFIXES = (
    "vik", "vika", "viken", "nes", "neset", "øy", "øya", "øyene", "fjord", "fjorden",
    "sund", "sundet", "våg", "vågen", "vær", "været", "elv", "elva", "botn", "eid", "eidet",
    "holm", "holmen", "strand", "stranda", "bygd", "bygda", "havn", "hamn", "sjøen", "dalen",
    "ås", "åsen", "haug", "haugen", "berg", "berget", "bu", "by", "byen", "mo", "moen",
    "li", "lia", "lien", "sand", "sanden", "øra", "ørene", "kil", "kilen", "bukt", "bukta",
    "hamna", "havna", "sundet", "vågen", "fjorden", "stølen", "støl", "seter", "setra",
    "sætra", "vidda", "fjellet", "toppen", "heia", "marka", "odden", "tangen", "botnen",
    "elva", "bygda", "grenda", "holmane", "skjær", "skjæret", "nesset", "vollen", "våg",
    "stø", "vann", "vatn", "vatnet", "myra", "myrene", "sletta", "eidet", "halsen", "fossen",
    "skaret", "skar", "høyden", "høgda", "løkka", "vollan", "bakkan", "myran", "fjellet",
    "tinden", "nuten", "kollen", "stolen", "brekka", "lia", "setra",
    # water and terrain in the definite form ('ned til Myrbekken', 'ved Storvatnet')
    "bekken", "vannet", "tjønna", "tjørna", "tjernet", "tjennet", "skjeret", "bakken",
    "breen", "fonna", "kleiva", "juvet", "gjelet", "dammen", "hølen", "ryggen", "kampen",
    # Nynorsk definite islands, bridges, quays and peaks ('til Kråkøyna', 'over
    # Osterøybrua', 'fra Svartbergtind')
    "øyna", "brua", "brygga", "bryggja", "kaia", "tind", "bøen", "kammen",
)

# ------------------------------------------------------------------------------ slots
# (``slots``: the words around a single word that say "a person stands here" or "a place")
# after a name: what only people do — say, think, laugh, ask, answer ('X sa', 'X lo')
PERSON_ACTS = _words("""
sa sier seier sei mente meinte meiner mener syntes synes synest tenkte tenker trodde
trudde trur tror visste veit vet fortalte fortalde forteller fortel spurte spurde spør
svarte svara ringte ringde lo smilte ropte skreik skrek gråt nikket nikka forklarte
forklarte forklarer lovet lova husket hugsa husker hugsar skjønte skjønner forsto forstod
forstår likte elsket hatet sukket sukka insisterte protesterte klaget klaga kjeftet kjefta
lurte mumlet hviskte kviskra sluttet slutta døde døydde pensjonerte giftet gifta
innrømmet innrømte påsto hevdet hevda understreket understreka
foreslo takket takka hilste nektet nekta ba bad orket orka torde turte gledet gleda
bekymret bekymra skjelte flirte humret angret angra
tykte tykkjer syntest undra undrast ropa gret grein kvakk
""")
# after a name: what people (and sometimes places) do; weaker evidence
PERSON_DOES = _words("""
var er hadde har jobbet jobba jobber jobbar kom kjem kommer begynte byrja sluttet slutta fikk
fekk ble vart blei tok ville skulle kunne måtte gikk gjekk dro reiste døde bodde budde
satt sat sto stod kjørte køyrde hjalp hjelpte hjelper skrev skreiv sendte sende ga gav
gjorde studerte leverte flyttet flytta giftet gifta pensjonerte het heter heitte heiter
startet starta åpnet opna kjøpte kjøpe solgte selde bygde lagde laget laga tapte vant
arbeidde arbeidet arbeidar kjøyrde underviste heldt kjende snakker snakkar snakket snakka
""")
# past acts told of someone ('Strand kom inn', 'dal skrev referatet'): a bare singular
# subject before them is a name (generic bare nouns take the present: 'rein beiter')
NARRATED = _words("""
kom jobbet jobba begynte byrja sluttet slutta fikk fekk tok gikk gjekk dro reiste bodde budde
kjørte køyrde hjalp hjelpte skrev skreiv sendte sende ga gav gjorde studerte leverte flyttet
flytta startet starta kjøpte solgte selde laget laga lagde holdt heldt ringte ringde møtte
fortalte fortalde ordnet ordna skaffet skaffa inviterte søkte ansatte tilsette overtok
ledet leia underviste arbeidde arbeidet tok snakket snakka prata pratet ville skulle
eide eigde åtte spelte spilte
dreiv kleiv reiv treiv beit sleit steig gleid såg fann drog sprang fór batt braut
gret lo skaut smaug stakk sveik svor trakk fløy flaug
""")
# forms of frequent verbs that no ending shows to be verbs (strong pasts, short presents):
# 'da hun datt på isen', 'ho song i koret', 'koret øver kvar onsdag' are no nicknames
VERB_FORMS = _words("""
datt falt sov sang song drakk sprakk brant fløy flaug gråt skar slo fant hjalp bet red reid
skjøt frøs fraus krøp kraup løy laug brøt rant sank vant forsvant svant
øver øvar gjør gjer går får ser ler dør bor slår står tar gir ber sier seier
""")
# bare mass and generic nouns that are names too: they can stand bare as subjects
MASS_NOUNS = _words("""
sand vold stein sten is salt lys snø gull sølv jern kobber leire torv gran furu bjørk eik
ask lind rein laks sild torsk gress lyng mose moss vann regn frost sol vind storm dugg
flom fred krig makt lov rett tid mat brød melk kaffe te øl vin strøm straum varme kulde
hjelp post skog siv starr eng
""")
# animals and ordinary nouns that are given names too: the name model leaves them to the
# rules ('ulv og bjørn det er det folk snakker om', 'det var tone i stemmen')
GENERIC_NOUNS = MASS_NOUNS | _words("ulv bjørn elg rev gaupe jerv hjort ørn hauk ravn tone dag")
# 'X var lett å samarbeide med': a person is easy to work with
EASY_TO = _words("lett enkel grei greit vanskelig vanskeleg tung tungvint umulig umogleg god")
WORK_WITH = _words("""
samarbeide samarbeida jobbe jobba arbeide arbeida snakke snakka prate prata forholde
forhalde ha diskutere diskutera
""")
# after 'sa X', 'spurte X': the inverted subject is followed by these
INVERSION_AFTER = _words("""
at om til det nei ja noe noko bare berre også òg jo vel da då så heller ikke ikkje aldri
alltid bestandig plutselig med nettopp
""")
# how often, between a verb and what it governs ('drikk berre Friele', 'kjøper alltid Ariel')
OFTEN = _words("ofte alltid bare berre mye mykje jo gjerne heller også òg aldri sjelden")
# adverbs between a verb and what it governs ('høyrer berre på Karpe', 'bestiller alltid en
# Tom Collins')
SMALL_ADVERBS = _words("""
berre bare mest helst alltid ofte mykje mye gjerne fortsatt framleis fremdeles òg også jo
""")
# verbs of drinking before a listed brand or firm ('drikk berre Friele', 'drakk friele')
DRINKING = _words("drikk drikker drakk drikke drukket drukke")
# before a name: roles and kin in apposition ('naboen X', 'lederen vår, X', 'familien X')
ROLE_NOUNS = _words("""
familien naboen naboene kollegaen kollega kollegene sjefen lederen leiaren veilederen
rettleiaren saksbehandleren sakshandsamaren tolken legen fastlegen læreren læraren mannen
kona dama kjæresten typen samboeren sambuaren svogeren svigerinnen svigermor svigerfar
onkel tante fetter kusine bestefar bestemor mormor morfar farmor farfar vennen venninna
venninnen kameraten kompisen sønnen dattera datteren dotter jenta gutten broren bror
søster søstera søsteren fru herr frøken doktor dr professor ordfører ordførar rådmann
pastor presten sokneprest advokaten dommer konstabel lensmann lensmannen trener treneren
sjåføren vaktmesteren assistenten sekretæren kontaktpersonen koordinatoren tillitsvalgt
skipper skipperen bonden formann formannen direktøren rektor rektoren nestleder avdelingsleder
avdelingsleiar enhetsleder einingsleiar kontaktlærer kontaktlæraren miljøterapeuten
faren mora moren guten dottera systera sonen bestefaren bestemora svigerfaren svigermora
svigerinna eksen familia onkelen tanta grannen granna naboen
""")
ROLE_OWNERS = _words("""
min mi mitt mine din di ditt dine vår vårt våre hennes hans deres dykkar hennar deira
""")
# every possessive pronoun, the reflexive ones too ('hennes bror', 'sin bror', 'Skia mine')
OWNERS = ROLE_OWNERS | SIN_POSSESSIVES
# verbs after which the object is a person ('spør X', 'ringe X', 'treffe X')
# verbs of interviewing: who is interviewed is a person ('Vi intervjuet X to ganger')
INTERVIEWING = _words("intervjua intervjuet intervjuer intervjue intervjuar")
ADDRESS_VERBS = INTERVIEWING | _words("""
spurte spurde spør spørre spørje ringte ringde ringe ring møtte møte treffe traff
besøkte besøke hilste hilse takket takke heter heiter het heitte kalt kalla kalte ba bad
""")
# before 'med X': 'snakket med X', 'sammen med X', 'jobbet med X'
WITH_PERSON = _words("""
sammen saman snakket snakka snakker snakkar prata pratet prater pratar jobbet jobba jobber
jobbar samarbeidet samarbeidde enig einig samd uenig ueinig gift kranglet krangla møte
møtet avtale kontakt kjent snakke prate jobbe samarbeide
""")
# before 'til X': 'sa til X', 'ga papirene til X'
TO_PERSON = _words("""
sa sei ga gav sendte sende skrev skreiv ringte ringde fortalte fortalde sel selje selge selde
solgte
""")
# before a place: a preposition or a place noun ('i X', 'bydelene X', 'NAV X')
PLACE_BEFORE = _words("""
i på fra frå til ved mot rundt utenfor utanfor nær mellom over gjennom ifra ifrå oppi nedi
borti inni utti innom forbi langs via nordpå sørpå innover utover
""")
PLACE_NOUNS_BEFORE = _words("""
nav kommunen kommunene kommuna kommunane bydelen bydelene bydelane byen byane øya øyene
øyane bygda bygdene fylket fylka fylkene tettstedet tettstaden stedet staden gården
garden grenda nabokommunen nabokommunane
""")
PLACE_AFTER = _words("""
kommune kommunes sentrum by bydel herad området distriktet regionen sykehus sjukehus
stasjon havn hamn kirke kyrkje rådhus rådhuset kommunestyre kommunestyret formannskapet
""")
# verbs of watching, reading, hearing and playing, before a work's title ('så på «Vera»',
# 'las «Doppler»', 'hørte på «Jolene»')
WATCHED = _words("så ser sett såg sjå leste las les lest hørte høyrde hører høyrer spilte spelte "
                 "sang song")
# what a work is seen, heard or read on or in ('«Vera» på NRK', 'så «Elling» på kino')
MEDIA_OUTLETS = _words("""
kino kinoen nrk tv tv2 tv-en netflix hbo radio radioen spotify youtube teater teateret
teatret scenen podkast podcast strømming viaplay
""")
# what a work has, before 'i «…»' ('Hovedpersonen i «Elling»', 'slutten i «Borgen»')
WORK_PARTS = _words("""
hovedpersonen hovudpersonen hovedrollen hovudrolla karakteren karakterene figuren figurane
figurene rollen rolla scenen kapittelet episoden episodane episodene sesongen slutten
starten begynnelsen handlingen handlinga teksten teksta sangteksten songteksten refrenget
omkvedet melodien tittelen sesongane sesongene traileren
""")
# what holds goods, before a brand's name ('et glass Sunniva', 'en flaske Heinz')
CONTAINERS = _words("""
glass flaske flaska boks pakke pakka kartong kopp pose tube krukke bøtte kasse
""")
# words before a quoted title: '«X»' is a work, not a pseudonym
WORK_NOUNS = _words("""
boka boken bok romanen filmen serien programmet prosjektet rapporten rapport
meldingen meldinga artikkelen kapittelet sangen songen låta albumet stykket tidsskriftet
avisa avisen kampanjen strategien planen tiltaket ordningen ordninga utstillingen
musikalen operaen operetten balletten revyen forestillingen forestillinga
skuespillet teaterstykket låten
""")
# short East Asian family names that Norwegian writes as words (Le, Ho, Do, Ly): names only
# when capitalised mid-sentence or when the words around them say person
ASIAN_SURNAMES = _words("""
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh mai
lam ta cao luu trinh quach kieu thai kim lee park choi wang li zhang liu chen yang huang
zhao wu zhou xu sun ma zhu hu guo he lin luo zheng
""")
# holidays and feasts (capitalised at times, never a person)
HOLIDAYS = _words("""
jul julaften romjul nyttår nyttårsaften påske påskeaften pinse pinsedag sankthans
sankthansaften olsok advent fastelavn kristi ramadan ramadanen hanukka diwali nowruz
allehelgensdag halloween mikkelsmess mikkelsmesse newroz nouruz jonsok jonsokaften
himmelfart himmelfartsdag kyndelsmesse jula julen romjula romjulen påska påsken pinsa
pinsen adventstida adventstiden fastetida
""")
# what plants do, never a person or a place ('selja blømer', 'hegga blomstra')
BLOOM_VERBS = _words("""
blømer blømde blømte blømme blomstrar blomstrer blomstra blomstret blomstre
""")
# where a person works: 'X på trygdekontoret', 'X fra personalavdelingen'
WORKPLACES = UNIT_WORDS + (
    "lageret", "kontoret", "jobben", "jobb", "sykehjemmet", "sjukeheimen", "skolen",
    "skulen", "verkstedet", "mottaket", "sykehuset", "sjukehuset", "legekontoret",
    "resepsjonen", "kjøkkenet", "golvet", "gulvet", "fabrikken", "butikken", "regnskap",
    "regnskapet", "økonomi", "lønn", "personal", "ledelsen", "administrasjonen",
    "sentralbordet", "kantina", "sekretariatet", "driften", "vaktrommet",
    "servicetorget", "sentralen", "skranken", "vakta", "ekspedisjonen", "sekretariatet",
    "vesenet", "etat", "rådhuset", "redaksjonen",
)
# animals, boats, vehicles and things that people give names ('Kua het Dagros')
THING_NOUNS = _words("""
sonden sondene flyet viruset virus trojaner trojaneren rullator rullatoren
ku kua kyr kyra kyrne kalv kalven kvige kviga okse oksen hest hesten hestane hestene merr
merra mære føll føllet fole folen hund hunden bikkje bikkja valp valpen katt katten katta
kattungen pus pusen geit geita bukk bukken sau sauen væren gris grisen purka høne høna hane
hanen kanin kaninen marsvin hamster undulat undulaten papegøye papegøyen fugl fuglen
dyr dyret kjæledyr kjæledyret rein reinen båt båten skute skuta skøyte skøyta sjekte
sjekta snekke snekka ferje ferja ferge ferga skip skipet fartøy fartøyet tråler tråleren
sjark sjarken fregatt fregatten minesveiper minesveiperen galionsfigur galionsfiguren
lokomotiv lokomotivet traktor traktoren bil bilen buss bussen lastebil lastebilen moped mopeden
motorsykkel motorsykkelen sykkel sykkelen dukke dukka bamse bamsen robot roboten
pc pc-en pc-n datamaskin datamaskinen maskin maskinen bobil bobilen campingvogn
campingvogna kyr kuer kuene hester hestar hunder hundar hundane hundene katter kattar
kattene kattane sauer sauene sauane geiter geitene geitane båter båtar båtene båtane
biler bilar bilene bilane traktorar traktorene traktorane
hytte hytta naust naustet løa løe fjøs fjøset stall stallen vaskemaskin vaskemaskinen
kano kanoen kajakk kajakken robåt robåten seilbåt seilbåten motorbåt motorbåten jolle jolla
pram prammen færing færingen stjerna stjernen stjerne planeten kometen terrier terrieren
labrador labradoren collie collien puddel puddelen schæfer schæferen hane hanen
hingst hingsten hoppe hoppa ponni ponnien esel eselet lam lammet kje kjeet killingen
sjøorm sjøormen bjørnen ulven elgen reven hvalen kvalen selen ørnen ravnen
kråka måken måsen skilpadda skilpadden slange slangen marsvinet marsvinene kaninene
hønene hamstrene undulatene
vêr vêren veren fisk fisken fiskane fiskene gitar gitaren pianoet flygelet fiolinen
fela felen trekkspelet trekkspillet kalvar kalvane kalvene kalver kviger kvigene hønsa
høns papegøya
fregattene fregattane fartøya fartøyene skipa skipene ferjene ferjane fergene fergane
chatbot chatboten chatboter chatbotar chatbotene chatbotane chatboter
alpakka alpakkaen alpakkaer alpakkaene alpakkane lama lamaen aure auren rødrev rødreven
søye søya søyer søyene vær væren lamma geitekje
retriever retrieveren spaniel spanielen dobermann dobermannen rottweiler rottweileren
dachs dachsen beagle beaglen mops mopsen chihuahua chihuahuaen husky huskyen elghund
elghunden buhund buhunden pointer pointeren schnauzer schnauzeren dvergschnauzer
dvergschnauzeren pomeranian whippet whippeten greyhound greyhounden bulldog bulldogen
dalmatiner dalmatineren støver støveren støvar støvaren malteser malteseren
coon coonen ragdoll ragdollen perser perseren siameser siameseren skogkatt skogkatten
kattunge kattungen fjording fjordingen ponni shetlandsponni shetlandsponnien gullfisk
gullfisken akvariefisk guppy guppyen kanarifugl kanarifuglen burfugl kylling kyllingen
alpakka alpakkaen lama lamaen
hamsteren hamstrene hamstrane dverghare dvergharen kattungane kattungene kaninane
valpane cockerspaniel cockerspanielen snømann snømannen kosedyr kosedyret teddybjørn
teddybjørnen labrador
høner høns hønsene ender endene gjess kyllinger kyllingar hamstere hamstrar undulater
fugler fuglar fuglene griser grisar grisene kalver kalvar kalvene kviger kvigene kaniner
kaninar okser oksene papegøyer valper valpar valpene kattunger kattungar bikkjer trebåt
trebåten
sjimpanse sjimpansen sjimpansar sjimpanser sjimpansene sjiraff sjiraffen giraff giraffen
sjiraffar sjiraffer giraffer giraffene gaupe gaupa gaupen gauper gaupar gaupene gaupane
pingvin pingvinen pingvinar pingviner pingvinene pingvinane selen selar seler selene kamel
kamelen kameler kamelar kamelene elefant elefanten elefantar elefanter elefantene løva
løven løver løvene tigeren tigrar tigrer tigrene isbjørn isbjørnen isbjørnar isbjørner
apen aper apene apekatt gorilla gorillaen sebra sebraen flodhest flodhesten neshorn
neshornet ulvane ulvene grevling grevlingen ekornet ugla uglen oteren otteren delfin
delfinen delfinar delfiner hvalar hvaler kvalen kenguru kengurue kenguruen koala koalaen
pandaen strutsen flamingo flamingoen påfugl påfuglen kalkun kalkunen anden gåsen duen
rotta rotten musen ilderen krokodille krokodillen reinsdyr reinsdyret reinsdyra bukkene
grisane hestane purke purker mjølkeku melkeku mjølkekua melkekua sjølhest sjøhest sjøløve
sjøløva sjøløven
elefantku elefantkua elefantkyr travar travaren traver traveren travarar travere
ferjer ferjene ferger fergene ferjar ferjane
dokke dokka dokker dokkene dukker dukkene toget symaskin symaskina symaskinen
elsykkel elsykkelen elbil elbilen varmepumpe varmepumpa varmepumpen snøfreser snøfreseren
snøfresar snøfresaren robotsel robotselen tamagotchi tamagotchien furby furbyen gps gps-en
mobiltelefon mobiltelefonen figur figuren vêrhane vêrhanen værhane værhanen
tispe tispa tisper tispene valpane gordonsetter gordonsetteren setter setteren settere
setterne vorsteh vorstehen weimaraner weimaraneren russell russellen labradortispe
labradortispa jaktbikkja jakthunden fuglehunden dunker dunkeren harehund harehunden
plante planten plantene blomst blomsten blomstene busk busken buskene buskane treet trea
trærne epletreet epletrea plommetreet pæretreet kirsebærtreet solbærbusken
solbærbuskene ripsbusken rosebusken rosen rosene klematis klematisen hortensia
hortensiaen pion pionen rabarbra rabarbraen rabarbaraen sorten sorta sortene sortane
potetene potetane potetsorten eplet epla eplene eplesorten pærene pæra plommene plomma
plommesorten kirsebæra bringebæra bringebærene jordbæra jordbærene tomatene tomatane
fluestanga fiskestanga fiskestangen snella snellen sluket spinneren wobleren
kompasset ekkoloddet pannelampa hodelykta stormkjøkkenet teltet sekken ryggsekken
kameraet objektivet rifla hagla geværet kikkerten skia skiene bindingene
""")
THING_HEADS = ("båten", "skuta", "skøyta", "ferja", "ferga", "skipet", "hunden", "katten",
               "snurperen", "snurparen", "kutteren", "galeasen", "klokka", "klokken",
               "hesten", "bikkja", "traktoren", "tråleren", "sjarken", "snekka", "sjekta",
               "kua", "geita", "grisen", "fuglen", "bussen", "bilen", "maskinen", "maskina",
               "hytta", "oksen", "butikken", "salongen", "kafeen", "kaféen", "restauranten",
               "bakeriet", "butikk", "hund", "hest", "hunder", "hester", "støvar", "støver",
               "spaniel", "terrier", "retriever", "schnauzer", "ponni", "båt", "katt",
               "hoppe", "hoppa", "hingst", "hingsten", "valpen", "kattungen",
               # machines named like persons in a household ('Robotstøvsugaren kallar me
               # Ruth', 'Robotgressklipperen kaller vi Gunnar')
               "støvsuger", "støvsugar", "støvsugeren", "støvsugaren", "klipper",
               "klipparen", "klipperen", "robot", "roboten",
               # toys ('kosebamsen', 'dinosaurbamse', 'Brio-tog', 'Lego-figuren'; never 'tog' alone:
               # 'Så tog Per bilen', the past of 'ta')
               "bamse", "bamsen", "dokke", "dokka", "tog", "toget", "figur", "figuren",
               # medicines, craft in space, storms and malware named after their noun
               # ('Legemidlet Tamiflu', 'Nesesprayen Nyxoid', 'Romteleskopet Hubble',
               # 'Sondene Rosetta og Philae', 'Orkanene Irma og Maria', 'Robotene Pepper')
               "legemidlet", "legemiddelet", "medikamentet", "preparatet", "sprayen", "spray",
               "satellitten", "satellittene", "sonden", "sondene", "raketten", "rakettene",
               "romstasjonen", "teleskopet", "romskipet", "orkanen", "orkanene", "viruset",
               "virusene", "trojaneren", "skadevaren", "robotene", "flytypen",
               # vessels and chatbots named after their noun ('Forskningsfartøyet Kronprins
               # Haakon', 'hurtigruteskipa Ragnvald Jarl og Erling Jarl', 'Kommunechatboten
               # Kari'), and a lawn mower in Nynorsk ('robotgrasklipparen')
               "fartøyet", "skipa", "skipene", "chatboten", "klippar", "klipparen",
               # animals in the plural before their names ('Sledehundene Kaja og Loke')
               "hundene", "hundane", "hestene", "hestane", "kattene", "kattane",
               # a buck, a puppet ('Geitebukken heitte Bruse', 'hovuddukka vår heitte Kasper')
               "bukken", "dukka", "dukken",
               # programs, cameras, brands and varieties named after their noun
               # ('Notasjonsprogrammet Sibelius', 'Lomography-kameraet Diana', 'Sortene
               # Ingrid Marie og Filippa', 'Ullmerkene Devold, Janus og Ulvang')
               "programmet", "programvaren", "kameraet", "sjokoladen", "merkenavnet",
               "varemerket", "merkene", "sortene", "sortane", "trommesettet",
               # systems, machines and rooms at work ('Kassasystemet heter Trivec',
               # 'Medisindispenseren Karie', 'et møterom som heter Saturn')
               "systemet", "systema", "systemene", "dispenseren", "dispensaren",
               "møterom", "møterommet", "møteromma", "møterommene",
               # goods of the pharmacy, the household and the pet named after their noun
               # ('Medisinen heter Yasmin', 'Kattematen heter Whiskas', 'Såpa heter Lano')
               "medisinen", "medisinene", "pilla", "pillen", "tabletten", "tablettene",
               "kattematen", "hundematen", "barnematen", "fôret", "såpa", "såpen",
               "sjampoen", "kremen", "salven", "vaskemiddelet", "vaskemidlet",
               # volcanoes, servers and websites ('Vulkanen
               # Hekla', 'Byggeserveren Jenkins', 'Annonsenettstedet Finn')
               "vulkanen", "vulkanene", "serveren", "nettstedet")
# machines, buildings and businesses that people give a name ('Kaffetrakteren heter Doris',
# 'Hotellet heter Fjordgløtt'): only these, never a noun that may be a person
NAMED_THING_HEADS = ("maskinen", "maskina", "trakteren", "støvsugeren", "klipperen",
                     "roboten", "hotellet", "kafeen", "kaféen", "festivalen", "restauranten",
                     "puben", "butikken", "bandet", "traktoren", "bilen", "båten", "pc-en",
                     "appen", "serien", "programmet", "koret", "stormen", "uværet")
# adjectives before a make or a model: 'en gammel Gråtass', 'ein raud Volvo', 'en gammel
# Dovre'
MAKE_ADJECTIVES = _words("""
gammel gamal gamle ny nytt nye stor liten lita brukt rød raud blå grønn grøn hvit kvit svart
grå gul fin ekte skikkelig slags
""")
# places of business, bands, apps and storms that are given a name ('ein kafé som heitte
# Solstrand', 'en storm som het Ingunn'); not 'kor' (Nynorsk 'where'), nor people's trades
# ('frisøren Kari' is a person)
NAMED_BUSINESSES = _words("""
kafé kafe kafeen kaféen café cafe caffè hotel bistro brasserie pizzeria trattoria baker
pizzeriaen apotek apoteket bryggeri bryggeriet kebabsted kebabstedet marknad marknaden
marked markedet loppemarked loppemarkedet
konditori konditoriet kiosk kiosken vertshus gjestgiveri galleri
butikk butikken hotell hotellet restaurant restauranten pub puben
kro kroa bakeri bakeriet salong salongen band bandet koret app appen pensjonat pensjonatet
klubb klubben fotballklubben idrettslaget idrettslag foreningen foreninga laget
festival festivalen serie serien storm stormen uvær uværet ekstremvær ekstremværet orkan
orkanen prosjekt prosjektet program programmet kampanje kampanjen tiltak tiltaket
plateselskap plateselskapet platesjappe platesjappa platebutikk platebutikken sjappe sjappa
kino kinoen baren nattklubb nattklubben diskotek diskoteket
barnekor barnekoret mannskor mannskoret kvinnekor damekor skolekor speleliste spelelista
spilleliste spillelista studio studioet plateselskapar
""")
# before a capitalised word: a club, firm or band, not a person ('Fotballklubben Odd')
# dishes named after someone, before the name ('crêpes Suzette', 'fettuccine Alfredo', 'pêche
# Melba', 'tournedos Rossini', 'beef Wellington'): foreign words of the kitchen that no
# Norwegian sentence puts before a person's name
DISHES_NAMED_AFTER = _words("""
crêpes crepes crêpe crepe fettuccine fettucine tagliatelle spaghetti penne pêche peche
tournedos beef chicken oysters steak
""")
ORG_BEFORE = THING_NOUNS | DISHES_NAMED_AFTER | _words("""
fotballklubben klubben laget idrettslaget bandet gruppa firmaet selskapet butikken
ballklubben idrettsklubben sportsklubben skiklubben båtklubben sjakklubben
bedriften merket avisa avisen tidsskriftet partiet foreningen foreninga koret
ekstremværet ekstremvêret ekstremveret uværet uvêret uveret stormen orkanen lavtrykket lågtrykket
hurtigruteskipet
romanen boka boken filmen serien stykket skuespillet operaen
restaurant restauranten kafé kafe kafeen hotell hotellet pub puben kro kroa
festivalen appen stormen nettstedet nettsiden nettsida nettstaden tjenesten tenesta
plattformen nettbutikken strømmetjenesten strøymetenesta
pizza pizzaen biff biffen eggs pasta kylling suppe suppa suppen salat salaten saus sausen
pai paien
""")
FOLK_FIGURES = frozenset({"gamle-erik", "svarte-per"})  # the devil; a card game
# what a method, a measure or an illness named after its discoverer is called by, after a
# hyphen or a genitive ('Likert-skala', 'Mann-Whitney-testen', 'Cronbachs alfa', 'Downs
# syndrom'): no one in the study is named by it (but 'Kvamsdal-modellen', '-metoden',
# '-utvalget' may be a person's of the study: ``COMMITTEES``)
EPONYM_HEADS = _words("""
skala skalaen test testen regresjon regresjonen regresjonsanalyse regresjonsanalysen
systemet klassifikasjon klassifikasjonen klassifikasjonssystemet trening treninga
treningen pedagogikk pedagogikken effekt effekten fordeling fordelinga fordelingen kurve
kurva kurven koeffisient koeffisienten indeks indeksen diagram diagrammet estimator
estimatoren korreksjon korreksjonen algoritme algoritmen ligning ligningen likning
likninga syndrom syndromet sykdom sykdommen teorem teoremet paradoks paradokset
alfa rho korrelasjon korrelasjonen behovspyramide pyramide pyramiden rating ratingen
leker metodikk metodikken kriterium kriteriet kurver kurvene tester testene skalaer
skalaene indekser effekter koeffisienter diagrammer fordelinger
""")
# verbs of reading, singing, playing or performing, and staging (before 'opp'), before a
# work's title ('las «Doppler»', 'sang «Fernando»', 'spilte «Romeo og Julie»', 'satte opp
# «Annie»'); a person is played with ('spilte med «Lise»'), not played
READ_VERBS = frozenset({"leste", "las", "les", "lest", "lese", "lesa", "leser", "lesar"})
SUNG_VERBS = frozenset({"sang", "song", "synger", "syng", "synge", "syngje", "sunget",
                        "sunge"})
PERFORMED_VERBS = frozenset({"spele", "spela", "spelte", "spille", "spilte", "spiller",
                             "speler", "framførte", "fremførte", "framføre", "fremføre",
                             "oppførte", "oppføre"})
STAGED_VERBS = frozenset({"satte", "sette", "sett", "setter", "set", "setja"})
# verbs of calling someone or something by a name ('kalte ham «Skipper'n»', 'kall meg
# «Tussa»', 'døypte båten')
# who calls someone or something so ('som alle kaller', '«Gråtassen» kalte vi den')
CALLERS = frozenset({"alle", "vi", "me", "de", "dei", "folk", "ungene", "ungane", "mange"})
CALLING_VERBS = frozenset({"kalle", "kalla", "kalte", "kaller", "kallar", "kall", "kalt",
                           "kalles", "kallast", "døpte", "døypte", "døper", "døyper", "døpe",
                           "døype"})
# after a discoverer's genitive only ('Ohms lov', 'Crohns sjukdom', 'Raynauds fenomen'; not
# after a hyphen: 'Kvamsdal-loven' may be named after a person of the study), also in
# lower case ('murphys lov'); 'sykdom' and 'syndrom' are ``EPONYM_HEADS``'
EPONYM_GENITIVE_HEADS = _words("""
lov lover lovene lovane sjukdom sjukdommen fenomen fenomenet kontraktur kontrakturen parese
paresen
""")
# makers whose names name well-known methods, models, manoeuvres, indices and dishes, so
# that a head which names a person's own committee or model ('Kvamsdal-modellen', a person
# of the study) names the known method after them ('Ferber-metoden', 'Holt-Winters-
# metoden', 'Heimlich-manøveren', 'Sarah Bernhardt-kaker'); general knowledge, and none
# that many Norwegians bear ('Borg-skalaen' is known, 'Borg-modellen' may be a colleague's)
KNOWN_EPONYMS = _words("""
ferber heimlich kaplan meier holt winters laspeyres paasche cournot bertrand stackelberg
pareto gini keynes solow cobb douglas likert cronbach kruskal wallis wilcoxon whitney
pearson spearman kendall bonferroni tukey kolmogorov smirnov shapiro wilk poisson bayes
markov fourier gauss weibull varimax montessori piaget vygotskij vygotsky maslow freire
tabata pilates feldenkrais bobath apgar braden barthel rorschach stanislavskij delphi
maslach karasek siegrist bernhardt stroganoff waldorf benedict pavlova sacher linzer
bell sjøgren sjögren wilson williams addison graves
kodály kodaly suzuki orff dalcroze webster stratton reggio emilia arkimedes
meisner atkins dukan montignac lecoq laban grotowski boal linklater halliwick
mensendieck meo fisher fishers mann maillard bonny nordoff robbins
""")
# illnesses and injuries known by their discoverer's name alone, as patients say them ('han
# hadde Bechterew', 'fått Raynauds', 'Osgood-Schlatter i begge knærne', 'en bakercyste');
# general knowledge. Those that many bear as a name ('Parkinson', 'Baker') need the words
# of an illness around them (``not_names``)
ILLNESS_EPONYMS = _words("""
alzheimer alzheimers parkinson parkinsons bechterew bechterews bekhterev bekhterevs
raynaud raynauds crohn crohns osgood-schlatter osgood-schlatters schlatter schlatters
sinding-larsen sinding-larsens sever severs perthes scheuermann scheuermanns dupuytren
dupuytrens ménière ménières menière menières meniere menieres tourette tourettes asperger aspergers
huntington huntingtons hodgkin hodgkins kawasaki marfan marfans ehlers-danlos
klinefelter klinefelters sjøgren sjøgrens sjögren sjögrens hashimoto hashimotos
bakercyste bakercysten bakercyster achillessena achillessenen achillessene
achillesseneruptur achilles guillain-barré guillain-barre lyme
quervain quervains cushing cushings addison addisons graves creutzfeldt-jakob
creutzfeldt-jakobs
""")
# heads that name a known maker's method, model or dish, but a person's own too
EPONYM_OF_KNOWN_HEADS = _words("""
metoden metode metoder modellen modell modeller teknikken teknikk manøveren manøver
prinsippet prinsipp tilnærmingen tilnærminga likevekten likevekt optimum optimalitet
kaker kake kaka kaken kakene biff biffen tårta tårte tårten kuler kulene skole skolen
skolene pedagogikken diett dietten analyse analysen analyser
skår skåren score scoren instrumenter instrumentene filosofien programmet
instrument instrumentet instrumenta konseptet konsept reaksjonen reaksjon
instrumentariet tradisjonen tradisjon xylofoner xylofonar
""")
# goods bought from a maker ('skruer fra Würth', 'Pølsene var fra Leiv Vidar', 'Kavli
# kaviar', 'Gilde-pølser'); no phone or letter, which people send too; these are looked
# for at the end of compounds too ('Norrøna-vinterjakka', ``brands.product_compound``)
GOODS_IN_COMPOUNDS = _words("""
jakke jakka jakken bukse bukser buksa sko skoene støvler genser genseren lue votter sekk
sekken telt ski skiene sykkel sykkelen kommode syltetøy tannkrem sjokolade brus kaffe
kaffen øl ølet ketchup saft sennep sennepen majones brød brødet ost osten kniv kniven
skruer spiker plater platene isolasjon isolasjonen verktøy verktøyet sager
drill drillen kroker krokene stang stanga snøre sluk garn garnet tau tauet
undertøy ullundertøy ullundertøyet klær klærne varer varene pølser pølsene pølse leverpostei
kaviar potetgull is isen iskrem kjeks kjeksen sjokoladen
maling malinga støvlene skoa lua vottene sekkene teltet
boks boksen boksene pils pilsen melk stol stolen stoler stolane sofa sofaen
ulltøy ulltøyet brunost brunosten gjær safta radio radioen plog plogen ovn ovnen
sitronbrus røre vaffelrøre deig mel mjøl bakepulver kakao yoghurt smør fløte rømme
kaffi kaffien trommesett truck trucken trucker
byggesett byggesettet byggesetta byggesettene modelltog modelltoget lokomotiv
lokomotivet puslespel puslespill puslespelet puslespillet skrivere
gensere genserne sjal sjalet skrue skruen teip teipen
reol reolen reoler reolar reolane reolene stolene lenestol lenestolen kanne kanna kannen
flaske flaska flasken karaffel karaffelen jus jusen appelsinjus eplejus gulost hvitost
geitost bleier bleiene bleie
tallerken tallerkener tallerkenar tallerkenene glass glassa glassene kopper koppar koppene
kjele kjelen kjeler kjelar kjelane kjelene gryte gryta gryter panne panna panner
bestikk bestikket servise servisen servisa kokekar
peanøtter peanøttene nøtter chips chipsen popcorn smågodt godteri karameller lakris
mikrofon mikrofonen mikrofoner mikrofonar kabinett kabinettet platespiller
platespilleren platespelar platespelaren forsterker forsterkeren forsterkar forsterkaren
høyttalere høyttalarar hodetelefoner
tv tv-en tv-n fjernsyn fjernsynet kamera kameraet kameraer kameraene skjerm skjermen
skjermer skjermane skjermene mobil mobilen mobiltelefon mobiltelefonen telefonen laptop
laptopen nettbrett nettbrettet laderen batteri batteriet batteriene motoren girene bremsene
dekkene felgene høyttaler høyttaleren høyttalerne høyttalarane tastatur tastaturet skriveren
ruteren stereoanlegg stereoanlegget skorne
akevitt akevitten pilsner pilsneren juleøl juleølet julebrus vodka gin whisky
""")
# goods of fashion, the home and hobbies with all their forms ('Hay-vasene', 'Jensen-senga',
# 'Salomon-skoa'); only compared whole, never as the end of a compound ('adressen' is no
# 'dressen', 'Kristoffer' no 'stoffer'; ``brands.product_compound``)
_ALL_GOODS_FORMS = _noun_forms("""
kjole skjørt bluse skjorte dress slips belte veske håndveske lommebok ryggsekk joggesko
sandal støvlett truse sokk strømpe strømpebukse ullgenser cardigan kåpe frakk parkas
boblejakke dunjakke regnjakke skalljakke anorakk hettegenser hoodie skjerf hanske
solbrille brille armbånd øredobb smykke halskjede parfyme sminke leppestift mascara
hudkrem ansiktskrem sjampo balsam neglelakk dongeribukse olabukse
seng madrass dyne spisebord salongbord garderobe hylle bokhylle skuff lampe taklampe
gulvlampe lysestake vase gardin pledd krus bolle stekepanne kaffetrakter vannkoker
brødrister støvsuger støvsugar vaskemaskin oppvaskmaskin kjøleskap fryser sovesofa hjørnesofa
nøste strikkepinne heklenål symaskin stoff tråd pensel lerret fiskestang snelle
fiskesnøre jaktgevær gevær rifle hagle patron kikkert kikkertsikte sovepose
liggeunderlag stormkjøkken fjellsko fjellstøvel skistav skismøring klister binding
sykkelhjelm objektiv stativ vogn skinne modellbil modellfly settepotet potet
eple pære plomme tomat jordbærplante rosebusk tulipan frukttre epletre
tablett pille plaster pose pastill sirup nesespray salve tube vaskemiddel tøymykner
oppvaskmiddel såpe grønnsåpe tørrfôr våtfôr kattemat hundemat tannbørste laks fiskekake
fiskepudding pizza frokostblanding havregryn rundstykke knekkebrød helmjølk lettmjølk
helmelk lettmelk marsipan kokesjokolade krokanis
""") | _words("kapsel kapsler kapslene kapslane plastre mandler mandlar mandlene mandlane")
# forms that are verbs too ('Kari fryser', 'Hansen skuffer'): goods only after a hyphen
# ('Billy-hyller', 'Alex-skuffer'); forms that are names ('Agnar', 'Hjelm', 'Vasa'): never
_GOODS_VERBS = _words("""
fryser hyller hyllet skuffer skuffet skinner skinnet skinna dresser hagler hagla sminker
sminket sminka nøster smykker smykket klister
""")
_GOODS_FORMS = _ALL_GOODS_FORMS - _GOODS_VERBS - _words("""
agnar agner agna bolla bollen hjelm lampa sandal senger sokk stoffa vasa vaset
""")
GOODS = GOODS_IN_COMPOUNDS | _GOODS_FORMS
GOODS_AFTER_HYPHEN = GOODS | _ALL_GOODS_FORMS & _GOODS_VERBS
# a trade after a capitalised name makes a firm named after its founder or its place
# ('Foss Rør', 'Sunde Elektro', 'Berg & Dal Entreprenør'); none is a name in the lists
FIRM_TRADES = _words("""
elektro rør rørlegger rørservice tak taktekking stillas bygg byggservice byggmester
entreprenør entreprenører entreprenørforretning maskin maskiner maskinstasjon transport
eiendom regnskap regnskapsbyrå auto bilservice bilverksted sport marine mek verksted
service invest holding betong maling malermester murmester blikk snekkeri vvs trelast
handel interiør blomster consult consulting design media sjømat utleie graving anlegg
catering bemanning rekruttering renhold vaskeri optikk møbler treindustri sagbruk
bil bilsenter jern jernvare jernvarehandel manufaktur frisør gullsmed foto
kafé kafe café bakeri konditori kolonial landhandel dagligvare
""")
WEEKDAYS = _words("""
mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag
mandagen tirsdagen onsdagen torsdagen fredagen lørdagen søndagen måndagen tysdagen
laurdagen sundagen
""")
# after a capitalised run: a street, a building or an event named after someone ('Karl
# Johans gate', 'Haukeland sykehus', 'Ibsen-festivalen' aside), not the person
NAMED_AFTER_HEADS = _words("""
gate gata gaten gt vei veien veg vegen plass plassen allé torg torget sykehus
sykehuset sjukehus hospital skole skule kirke kyrkje hotell bru brygge stadion
minnehall museum museet prisen stiftelse legat feltet plattformen senteret instituttet
tunet fondet statuen
""")
# person-named works, characters and generic people ('Peer Gynt', 'Ola Nordmann')
PERSON_NAMED_WORKS = frozenset({
    "peer gynt", "hedda gabler", "kristin lavransdatter", "pippi langstrømpe", "harry potter",
    "kaptein sabeltann", "karius og baktus", "nora helmer", "john gabriel borkman",
    "ola nordmann", "kari nordmann", "ola og kari nordmann", "kari og ola nordmann",
    "donald duck", "askeladden", "espen askeladd", "per spelmann",
    "ronja røverdatter", "emil i lønneberget", "karsten og petra", "reodor felgen",
    "solan gundersen", "kasper jesper og jonatan",
})
MONTHS = _words("""
januar februar mars april mai juni juli august september oktober november desember
""")
# what a person has that a genitive names: 'Tveits forslag', 'Idas mor'
GENITIVE_HEADS = _words("""
forslag idé ide ideer begrep begreper teori teorien modell arbeid bok bøker studie
studier analyse analyser bidrag mor far mann kone kona datter dotter sønn son bror søster
familie kontor stilling rolle syn poeng argument tese avhandling kritikk metode forskning
undersøkelse skjønn vedtak beslutning bil hus hytte gård gard hund barn foreldre svar
innlegg brev e-post melding uttalelse stemme sak saker typologi typologien perspektiv
prosjekt plan planer visjon rapport team lag mål budsjett
tilnærming tilnærminga rammeverk funn resonnement definisjon forståelse distinksjon
analysemodell begrepsbruk drøfting tolkning tolking kategorier inndeling skille
""")
# first words of farm and place names: 'Nordre Brekke', 'Øvre Dale', 'Store Vika'
PLACE_PREFIXES = _words("""
nordre søndre sønre søre nørdre øvre nedre indre ytre vestre østre store lille midtre austre
""")

# definite heads of water and terrain that surnames rarely end with: an unknown word built
# on one is a place wherever it stands ('Kvitsandbukta', 'Kvitebergsvatnet er', 'Hestøyas')
STRONG_PLACE_HEADS = ("vika", "bukta", "øya", "øyane", "øyene", "vatnet", "vannet", "fjellet",
                      "neset", "nesset", "sundet", "skjeret", "skjæret", "tjønna", "tjørna",
                      "tjernet", "fjorden", "elva", "bekken", "vidda", "fonna", "breen",
                      "hamna", "havna", "vågen", "odden", "tinden", "nuten", "kollen", "øy",
                      "holmen", "holmane", "skaret", "juvet", "gjelet")
# first parts that make a place word a description in lower case ('storvatnet')
COMMON_PLACE_STEMS = ("nabo", "små", "stor", "sør", "nord", "vest", "øst", "ny", "gamle",
                      "heim", "hjem", "fjell", "hytte", "fiske", "industri", "høg", "høy",
                      "snau", "lav", "bak", "fram")
# before an infinitive: 'må ikkje selje', 'skulle arve gården', 'å mette alle'
MODAL_WORDS = frozenset({"må", "kan", "skal", "vil", "bør", "kunne", "skulle", "ville", "måtte",
                         "å"})
# nature and weather, the words around 'osen', 'stranda', 'sola', 'lyngen' as words ('ved
# osen der elva renn ut', 'lå på stranda og sola skein', 'satt i lyngen og så utover havet')
NATURE_WORDS = _words("""
elv elva elvene elvane sjø sjøen havet hav havgapet fjorden fjorder fjell fjellet
fjella fjellene skog skogen myr myra myrene laks laksen aure auren ørret ørreten fisk
fisken fisket sand sanden bølgene bølger bølgjene stein steinene steinane strand
stranda fjæra fjæresteinene tang tangen tare taren sol sola solnedgangen månen himmelen
skyene vind vinden regn regnet snø snøen is isen lyng lyngen blåbær multer tyttebær bær
gras graset gresset mose mosen sel selen hval hvalen måker måkene ørn ørna rein reinen
bekken bekk vatnet vannet tjern tjernet holmen holmane skjær skjæret berget sanddyna
svaberg svaberget sjøfugl fuglane fuglene teltet bålet båten garn garnet
bjørk bjørka bjørker gran grana furu furua lauv løv trær treet blomster blomstene
ulv ulven elg elgen rev reven hare haren vær været skyer torden lyn
""")
# acronyms that speech recognition writes in lower case ('fhi sa at', 'ks og nav'): never a
# person (those that are names too are left out: 'lo', 'sus')
LOWER_ACRONYMS = _words("""
fhi ks nav ssb nrk nho udi imdi ntnu uio uib uit uia nmbu hvl usn nve dsb unn ous ahus
bufetat bufdir hdir nokut nsd sikt nsf mdg krf frp nato gdpr dips kmd kdd hod asd bfd bld
sk fk bk il ik tif
""")
# the land itself, in pairs ('fjell og fjord', 'over ås og fjell'): no two municipalities
LANDSCAPE = frozenset({"fjell", "fjord", "hav", "skog", "dal", "sjø", "berg", "ås", "li",
                        "lier", "strand", "sand", "myr", "elv", "bekk", "vann", "vatn", "hei",
                        "sund", "vik", "nes", "holm", "holmer", "skjær", "øy", "øyer"})
# animals of the sea and the land, named in pairs ('sel og hval', 'sel og ål')
ANIMAL_WORDS = _words("""
sel hval ål laks torsk sild sei hyse makrell reke krabbe hummer rein elg hjort rev hare
gaupe jerv oter mink ørn måke ærfugl lunde ku sau geit gris hest høne fisk fugl mus rotte
hvaler hvalar selar seler sauer sauar geiter kyr griser grisar høner høns
""")
# the letters of a sports club after its place or its founder ('Vik IL', 'Ørnulf IL')
CLUB_LETTERS = frozenset({"il", "if", "ik", "fk", "bk", "sk", "tif"})
# words of storm talk, and the compounds that end so ('vinterstormen'): a quoted given name
# among them is a storm's ('«Dagmar» og «Ingunn» er blant de kraftigste stormene')
STORM_WORDS = ("storm", "stormen", "stormene", "stormane", "stormer", "stormar", "uvær",
               "uværet", "uvêr", "uvêret", "uver", "uveret", "ekstremvær", "ekstremværet",
               "ekstremvêr", "ekstremvêret", "ekstremver", "ekstremveret", "orkan", "orkanen",
               "lavtrykk", "lavtrykket", "lågtrykk", "lågtrykket", "ekstremværene",
               "ekstremvera", "ekstremvêra", "uværa", "uværene", "tyfon", "tyfonen",
               "syklon", "syklonen", "orkanene", "orkanane", "tyfonene", "tyfonane")
# storms given a name ('stormen Dagmar', 'ekstremværet «Ingunn»'): the name is the storm's —
# the definite singulars of ``STORM_WORDS``
STORMS = frozenset(w for w in STORM_WORDS if w.endswith(("en", "et")) and not w.endswith("ene"))
# the points of the compass ('nord for moss'; 'Nord' alone is no name)
COMPASS_POINTS = _words("""
nord sør syd øst aust vest nordvest nordøst nordaust sørvest sørøst søraust
""")
# nouns of nationality ("han var chilener", "ikke litauer"): no names, and a person's
# predicate (the adjectives: ``slots.NATIONALITIES``)
NATIONALITY_NOUNS = _words("""
eritreer eritreere eritrearar somalier somaliere somaliar polakk polakker polakkar litauer
litauere litauarar latvier latviere estlender estlendere russer russere russar ukrainer
ukrainere ukrainar syrer syrere syrar afghaner afghanere afghanar kurder kurdere kurdar
iraker irakere irakar iraner iranere iranar tyrker tyrkere tyrkar filippiner filippinere
filippinar thailender thailendere thailendar vietnameser vietnamesere vietnamesar kineser
kinesere kinesar japaner japanere inder indere indar pakistaner pakistanere pakistanar
srilanker srilankere etiopier etiopiere sudaner sudanere kongoleser kongolesere
nigerianer nigerianere ghaneser ghanesere ghanesar kenyaner kenyanere chilener chilenere
chilenar colombianer colombianere brasilianer brasilianere argentiner argentinere
meksikaner meksikanere amerikaner amerikanere amerikanar kanadier kanadiere briter
engelskmann engelskmenn skotte skotter irer tysker tyskere tyskar franskmann franskmenn
spanjol spanjoler spanjolar italiener italienere portugiser portugisere nederlender
nederlendere belgier belgiere sveitser sveitsere østerriker østerrikere ungarer ungarere
rumener rumenere bulgarer bulgarere serber serbere kroat kroater bosnier bosniere albaner
albanere greker grekere islending islendinger færøying færøyinger nordmann nordmenn
""")
