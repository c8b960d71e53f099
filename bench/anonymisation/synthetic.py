"""Generate synthetic evaluation sentences from templates, for tuning the detector on data
nobody hand-picked (the held-out sets then measure it).

    .venv/bin/python bench/anonymisation/synthetic.py -n 3000 --seed 3 > /tmp/synthetic.txt
    .venv/bin/python bench/anonymisation/evaluate.py --file /tmp/synthetic.txt --errors

Output: the evaluation format (``KIND<TAB>sentence`` with ``{surface|LABEL}``), KIND in nb,
nn, asr, acad, trap. The templates are written fresh for this generator (not from any
evaluation set), many per context: speech and reporting verbs, clefts, coordination, roles,
titles, possessives, prepositions of place, citations in every style, and traps. Names come
from pools of every kind the detector must handle:

- Norwegian given names and surnames from the lists, and invented farm names the lists lack;
- surnames that are also municipality names (Harstad, Lund, Strand, Vik) and surnames and
  given names that are ordinary words (Bakken, Holm, Sand, Strøm, Ask, Sten, Vår) — in person
  contexts, and the same words in place or word contexts;
- foreign names of many origins (Polish, Lithuanian, Somali, Arabic, Persian, Kurdish,
  Tigrinya, Turkish, Vietnamese — short ones cited alone, "Le og Pham" —, Tamil, Urdu,
  Filipino, Ukrainian, Finnish, English, French, German, Spanish) and Sami names;
- municipalities, towns and villages, districts, islands and city districts, some of them
  invented (a place no list holds, decided by context).

Every name is made up or drawn from public name lists; the combinations are random.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "feltarbeid" / "data"


def _split(words: str) -> list[str]:
    return words.split()


# ------------------------------------------------------------------------------ name pools

FARM_FIRST = _split(
    "Kvit Svart Lang Stor Lille Lyng Bjørk Furu Eike Vass Straum Sol Nord Sør Aust Vest "
    "Hov Kvam Kval Sel Rus Tvei Fager Gjerde Rør Myr Fjell Brå Hol Gjel Skjel Trol Ulv "
    "Bjørne Rype Hare Løv Lind Alm Hegg Rogn Starr Siv Grus Flat Brei Djup Kalv Grjot "
    "Svane Ørne Kråke Ravne Hauk Aks Tverr Ørje Vinje Sylte Teig Gryt Heggs Mykle Risa "
    "Stor Vatne Aase Bratt Eid Hjelme Skei Lunde Gilje Sæle Tjelta Ådne Oter Breivik "
    "Kleiv Steina Ramm Bukke Oks Geita Fole Kvern Smie Tofte Bekke Leir Mjølk Salt")
FARM_LAST = _split(
    "dal stad land heim vik nes bakken rud seth haug li eng vold set bø holm myr strand "
    "sæter gard tveit ås by hammer voll botn eide hus rød lund skog berg fjell lien moen "
    "haugen stølen nes tun øy mo toft ager hjem dahl aas")
GIVEN_WORDS = _split(
    "Ask Sten Bror Stein Vår Dag Liv Siv Tor Sol Ørn Stig Tone Fred Iver Gry Vilje Lykke "
    "Storm Falk Birk Eir Frode Rune Signe Unn Bjørn Finn Geir Gro Mai Kaja Tuva Sindre "
    "Varg Ulv Elle Eira Saga Juni Lin Iris Rosa Hauk Gard Jarl Tim Mark Frank")
SURNAME_WORDS = _split(
    "Dal Hagen Bakken Vold Strøm Holm Sand Haug Lange Mørk Berg Lie Moe Foss Rein Sunde "
    "Bakke Dahl Brekke Lien Li Fjeld Mo Ravn Brun Lind Hegg Eng Skog Stang Tveit Hov "
    "Lyng Holt Kvist Krog Hamre Fjell Lund Sol Nord Glad Frost Sommer Vinter Hammer Horn "
    "Ring Rom Tang Teig Torp Myhre Ruud Vik Strand Borg Stein Falk Blom Kraft Kroken "
    "Løkken Nes Skar Slette Stav Sætre Tofte")
# surnames that are municipality names (the lists: kommune ∩ etternavn, and more)
MUNICIPALITY_SURNAMES = _split(
    "Harstad Lund Strand Vik Eide Sande Stokke Moss Voss Gran Hole Nes Os Lier Kvam Vang "
    "Stange Fjell Aure Haram Giske Ulstein Vestnes Rindal Melhus Malvik Meland Gausdal "
    "Hjelmeland Grimstad Tysnes Sortland Sund Halden Molde Horten Sola Klepp Bø Ås Grue "
    "Gjerstad Stordal Leikanger Sandnes Skaun Frosta Selbu Surnadal Tingvoll Evje Ringebu "
    "Elverum Askim Vaksdal Vinje Valle Austrheim Fedje Gloppen Jevnaker Mandal Kinn")
VIET = _split("Le Pham Tran Nguyen Ngo Vo Do Ly Ho Vu Bui Dang Duong Trinh Huynh Lam Mai "
              "Ta Cao Dinh Luu Phan Hoang Truong Quach")
VIET_GIVEN = _split("Minh Linh Thi Quoc Anh Hoa Lan Huong Tuan Hung Duc Thanh Mai Ngoc "
                    "Phuong Trang Khanh Bao Long")
FOREIGN_SURNAMES = {
    "pl": _split("Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zielińska Szymański "
                 "Woźniak Dąbrowski Kozłowska Jankowski Mazur Kwiatkowski Krawczyk "
                 "Piotrowska Grabowski Pawłowska Michalski Król Wieczorek Jabłoński Wróbel "
                 "Nowakowska Majewski Olszewski Stępień Malinowska Jaworski Adamczyk Dudek "
                 "Zając Pawlak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski"),
    "lt": _split("Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas "
                 "Butkus Paulauskas Urbonas Kavaliauskas Balčiūnas Navickas Ramanauskas"),
    "so": _split("Warsame Farah Hassan Abdi Jama Egal Shire Dualeh Galaal Nuur Olad Samatar "
                 "Aden Gedi Hersi Mohamud Abdullahi Osman Yusuf Ahmed Ismail Ali Omar "
                 "Guleed Dirie Elmi Mohamed Hirsi Bile Jimale Barre"),
    "ar": _split("Haddad Khalil Mansour Nasser Al-Hassan Saleh Hamdan Darwish Khoury "
                 "Abboud Haidar Sabbagh Kassem Al-Masri Yassin Barakat Jaber Zaki Suleiman"),
    "fa": _split("Ahmadi Hosseini Rahimi Karimi Sultani Noori Rezaei Mohammadi Jafari "
                 "Sadeghi Moradi Azizi Hashemi Naderi Safi Popal Wardak Stanekzai"),
    "ku": _split("Barzani Amedi Zebari Kurdi Bakir Sindi Doski Hawrami"),
    "ti": _split("Tesfaye Gebremedhin Haile Berhane Kidane Weldemariam Tekle Ghebreyesus "
                 "Mehari Habte Yohannes Asmerom Tsegay Woldu Negash Kahsay"),
    "tr": _split("Yılmaz Demir Kaya Çelik Öztürk Arslan Doğan Kılıç Aydın Şahin Yıldız "
                 "Koç Kurt Özdemir"),
    "ta": _split("Sivakumar Rajendran Tharmalingam Kanagaratnam Selvarajah Balasingam "
                 "Thevarajah Sritharan Nadarajah Kandiah"),
    "ur": _split("Hussain Chaudhry Iqbal Qureshi Mirza Butt Malik Rashid Akhtar Javed "
                 "Siddiqui Rana Bhatti Anwar"),
    "ph": _split("Santos Reyes Cruz Bautista Villanueva Ramos Mendoza Garcia Aquino "
                 "Castillo Dizon Manalo"),
    "uk": _split("Kovalenko Shevchenko Petrenko Bondarenko Melnyk Tkachenko Kravchenko "
                 "Oliinyk Lysenko Marchenko Boyko Ivanova Sokolova Morozov Volkova"),
    "fi": _split("Virtanen Korhonen Nieminen Mäkinen Heikkinen Koskinen Järvinen Lehtonen "
                 "Salonen Laine Hämäläinen Kettunen Mustonen Peltola Rintala Hiltunen "
                 "Kemppainen Kärkkäinen"),
    "en": _split("Whitford Ashworth Pemberton Harrington Thornbury Bradley Woodward Hartley "
                 "Everett Blackwood Fairclough Kingsley Stanfield Holloway Marsden Calloway "
                 "Dunmore Fenwick Aldridge Pritchard Gallagher Mackenzie Sutherland"),
    "fr": _split("Dupont Lefebvre Beaumont Moreau Rousseau Girard Fontaine Chevalier "
                 "Marchand Lacroix Gauthier Perrin Duval Bertrand"),
    "de": _split("Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch Richter "
                 "Klein Wolf Schröder Neumann Zimmermann Krüger Hartmann Lange Brandt"),
    "es": _split("González Rodríguez Fernández López Martínez Sánchez Pérez Gómez "
                 "Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero"),
    "it": _split("Castellani Bernardini Martinelli Rossi Ferrari Mancini Gallo Conti Ricci "
                 "Marino Greco Bruno Colombo Esposito Romano"),
    "se": _split("Gaup Eira Hætta Somby Buljo Utsi Turi Bongo Mienna Oskal Kemi Partapuoli "
                 "Labba Valkeapää Balto Magga Logje Siri Skum Kappfjell Jåma Sara Anti "
                 "Triumf Eriksen-Gaup Nedrejord"),
    "nl": _split("Janssen Visser Smit Bakker Mulder de Vries van Dijk Meijer"),
}
FOREIGN_GIVEN = {
    "pl": _split("Katarzyna Paweł Agnieszka Tomasz Małgorzata Krzysztof Joanna Grzegorz "
                 "Magdalena Łukasz Beata Wojciech Dorota Przemysław"),
    "lt": _split("Jurgis Rasa Darius Aušra Tomas Giedrė Vytautas Rūta Mindaugas"),
    "so": _split("Hodan Ayaan Faadumo Abdirahman Mahad Hibaaq Sahra Ubah Cawo Liibaan "
                 "Xamdi Deeqa Nimco Guled Ilhan Idil"),
    "ar": _split("Yousef Rania Omar Layla Khaled Nour Samir Huda Tarek Maryam Rami Dalia"),
    "fa": _split("Omid Leila Reza Shirin Farid Nasrin Mahmoud Parisa Ahmad Zahra Hamid"),
    "ku": _split("Rojda Dilan Berivan Azad Hevi Serhat Shilan Karwan"),
    "ti": _split("Selam Yonas Tesfaye Helen Filmon Senait Mussie Rahel Biniam Saba Yemane"),
    "tr": _split("Elif Mehmet Ayşe Emre Zeynep Murat Fatma Burak"),
    "ta": _split("Kavitha Suresh Priya Rajan Thivya Kannan Nirmala"),
    "ur": _split("Sana Imran Ayesha Bilal Nadia Usman Saima Kashif"),
    "ph": _split("Maricel Jocelyn Rodel Analyn Mylene Jerome Rowena"),
    "uk": _split("Olena Oleksandr Iryna Mykola Nataliia Andrii Svitlana Dmytro Oksana"),
    "fi": _split("Aino Jukka Mika Päivi Tuula Jussi Satu Kaisa Antti"),
    "en": _split("John Sarah Michael Emily David Rachel Peter Helen"),
    "fr": _split("Pierre Amélie Claire Jean-Luc Élodie Mathieu"),
    "de": _split("Jürgen Sabine Katrin Uwe Dieter Anke"),
    "es": _split("Lucía Javier Carmen Diego Pilar Alejandro"),
    "it": _split("Giulia Marco Chiara Luca Francesca Matteo"),
    "se": _split("Áilu Máret Ánde Biret Elle Inga Niillas Sunná Ánne Heaika Risten Máhtte "
                 "Ovllá Sáve Iŋgá Ante Mikkel"),
    "nl": _split("Sanne Joost Femke Pieter"),
}
MUNICIPALITIES = _split(
    "Molde Bodø Hamar Elverum Lillehammer Tromsø Harstad Steinkjer Levanger Ørsta Volda "
    "Stryn Sunnfjord Sogndal Voss Kvinnherad Haugesund Karmøy Arendal Grimstad Kongsberg "
    "Notodden Gjøvik Ringsaker Tynset Alta Vadsø Narvik Vefsn Rana Brønnøy Fauske "
    "Kristiansund Aukra Ulstein Hareid Sunndal Orkland Malvik Stjørdal Namsos Verdal Halden "
    "Sarpsborg Askim Eidsvoll Nittedal Ringerike Lund Strand Vik Eide Sande Stokke Moss "
    "Sola Lier Gran Hole Nes Os Stange Vang Bø Ås Kvam Fjell Sortland Horten Tønsberg "
    "Sandefjord Larvik Porsgrunn Skien Drammen Asker Bærum Lørenskog Ullensaker Nannestad "
    "Hurdal Nord-Aurdal Vestre_Toten Østre_Toten Nord-Fron Sel Lom Skjåk Vågå Lesja Dovre "
    "Oppdal Rennebu Røros Holtålen Midtre_Gauldal Melhus Skaun Frøya Hitra Senja Lenvik "
    "Balsfjord Karlsøy Lyngen Kåfjord Nordreisa Kautokeino Karasjok Tana Nesseby Sør-Varanger "
    "Vardø Hammerfest Måsøy Lebesby Gamvik Berlevåg Båtsfjord Loppa Hasvik Kvænangen Skjervøy "
    "Tromsø Bergen Oslo Trondheim Stavanger Kristiansand Fredrikstad Ålesund Sandnes Førde "
    "Flora Bremanger Gloppen Stad Luster Årdal Lærdal Aurland Høyanger Hyllestad Askvoll")
MUNICIPALITIES = [m.replace("_", " ") for m in MUNICIPALITIES]
TOWNS = _split(
    "Jessheim Sandvika Orkanger Florø Bryne Hønefoss Svolvær Leknes Kirkenes Mosjøen "
    "Sandnessjøen Finnsnes Geilo Dombås Rjukan Mysen Åndalsnes Brumunddal Moelv Lena "
    "Raufoss Dokka Fagernes Gol Beitostølen Otta Vinstra Koppang Rena Kongsvinger Skarnes "
    "Hokksund Vikersund Nesbyen Kleppe Varhaug Vigrestad Egersund Sauda Kopervik Åkrehamn "
    "Leirvik Husnes Knarvik Straume Osøyro Odda Norheimsund Nordfjordeid Måløy Brattvåg "
    "Fosnavåg Spjelkavik Sykkylven Surnadal Brekstad Stokkøya Kolvereid Rørvik Mo Bjerkvik "
    "Andenes Stokmarknes Melbu Sortland Bardufoss Sjøvegan Storslett Honningsvåg Lakselv "
    "Tana bru Bjørnevatn Drøbak Ski Kolbotn Lillestrøm Strømmen Kløfta Årnes Spydeberg "
    "Tangen Moi Kvinesdal Vennesla Evje Lyngdal Tvedestrand Risør Lillesand Bø Ulefoss")
DISTRICTS = _split(
    "Hallingdal Valdres Gudbrandsdalen Sunnmøre Nordmøre Romsdal Lofoten Vesterålen "
    "Helgeland Jæren Ryfylke Hardanger Romerike Toten Setesdal Namdalen Salten Østerdalen "
    "Hadeland Nordfjord Sunnhordland Fosen Innherred Dalane Haugalandet Grenland Follo "
    "Lister Ofoten Nord-Troms Midt-Troms Øst-Finnmark Vest-Finnmark Solør Odalen Numedal "
    "Ringerike Midhordland Nordhordland Sogn Indre_Østfold Vestfold Gauldal Orkdalen")
DISTRICTS = [d.replace("_", " ") for d in DISTRICTS]
COUNTIES = _split(
    "Innlandet Vestland Rogaland Nordland Troms Finnmark Agder Telemark Trøndelag Viken "
    "Akershus Buskerud Østfold Vestfold Hedmark Oppland Hordaland")
ISLANDS = _split(
    "Sotra Hinnøya Senja Kvaløya Ringvassøya Magerøya Sørøya Seiland Andøya Langøya "
    "Hadseløya Austvågøya Vestvågøya Moskenesøya Otterøya Averøya Hidra Halsnøy Huglo "
    "Bømlo Stord Osterøy Holsnøy Radøy Gurskøya Hareidlandet Nøtterøy Tjøme Hvaler "
    "Dønna Tjøtta Lovund Træna Herøy Vikna Smøla Tustna Ombo Finnøy Rennesøy Kvitsøy")
CITY_DISTRICTS = _split(
    "Grünerløkka Majorstuen Tøyen Grønland Frogner Sagene Holmlia Furuset Stovner Grorud "
    "Bjerke Alna Nordstrand Ullern Romsås Mortensrud Bøler Lambertseter Ammerud Vålerenga "
    "Kampen Torshov Sinsen Lindern Fana Fyllingsdalen Laksevåg Ytrebygda Åsane Årstad "
    "Loddefjord Landås Heimdal Byåsen Lade Moholt Tiller Saupstad Kolstad Ranheim Midtbyen "
    "Hillevåg Hinna Madla Tasta Eiganes Storhaug Hundvåg Vågsbygd Lund Grim Hasle Nyland")
# invented Norwegian-looking places no list holds
INVENTED_PLACE_FIRST = _split(
    "Kval Skarv Tjuv Reve Ulve Hals Gryt Stor Lille Ytre Indre Nord Sør Kvit Svart "
    "Myr Lyng Bjørke Fure Ørne Sel Laks Sild Torsk Hval Sand Stein Kobbe Måke Terne")
INVENTED_PLACE_LAST = _split(
    "vika våg vågen øya nes neset fjord botn sund sundet eidet strand bygda havn hamn dalen "
    "elva holmen bukta vær")
WIDE = _split(
    "Nord-Norge Vestlandet Østlandet Sørlandet Midt-Norge Norden Skandinavia Europa Asia "
    "Afrika Sverige Danmark Polen Tyskland Somalia Syria Eritrea Litauen Finland Spania "
    "London Paris Stockholm København Berlin Mogadishu Warszawa Kabul Damaskus Asmara "
    "Vietnam Ukraina Kyiv Gdańsk Vilnius Manila Istanbul Tyrkia Irak Iran Afghanistan "
    "Pakistan Filippinene Thailand Sri Lanka Nederland Storbritannia USA Canada Hellas")
INSTITUTIONS = [
    "Husbanken", "Sametinget", "Stortinget", "Bufetat", "Helsedirektoratet",
    "Statsforvalteren", "Arbeids- og velferdsdirektoratet",
    "Kommunal- og distriktsdepartementet", "Kunnskapsdepartementet", "Lånekassen",
    "Skatteetaten", "Frivilligsentralen", "KS", "NAV", "Kirkens Bymisjon", "Røde Kors",
    "Redd Barna", "Fylkesmannen", "Folkehelseinstituttet", "Utdanningsdirektoratet",
    "Barneombudet", "Likestillings- og diskrimineringsombudet", "Arbeidstilsynet",
    "Helsetilsynet", "Regjeringen", "Høyesterett", "Kriminalomsorgen", "Politiet",
    "Integrerings- og mangfoldsdirektoratet", "Kompetanse Norge", "Fagforbundet",
    "Sykepleierforbundet", "Legeforeningen", "Fellesorganisasjonen", "Unio", "LO",
    "Norsk Folkehjelp", "Kreftforeningen", "Mental Helse", "Blå Kors", "Frelsesarmeen",
]
WORKS = [
    "«Et bedre barnevern»", "«Trygg hjemme»", "«Leve hele livet»", "«Mestre hele livet»",
    "«Sammen om mestring»", "«Når du trenger det»", "«Brukeren i sentrum»",
    "«Jobben først»", "«Ny sjanse»", "«Helt ærlig»", "«Skam»", "«Lykkeland»",
    "«Folk og vaner»", "«Barn i fattige familier»", "«Ut av fattigdom»",
]
BRANDS = _split(
    "Teams Zoom Facebook Messenger Snapchat Instagram Vipps Finn.no Google Excel Word "
    "Outlook Visma Gerica Profil Modia Arena Tiltaksgjennomføring Elements WebSak DocuLive "
    "Helsenorge Altinn Digipost BankID MinID Kiwi Rema Coop Netflix Spotify Tesla Volvo "
    "Toyota iPhone Android Vy Ruter Skyss Posten Telenor Equinor")
PROGRAMMES = [
    "Kvalifiseringsprogrammet", "Introduksjonsprogrammet", "Ungdomsgarantien",
    "Jobbsjansen", "Individuell jobbstøtte", "Arbeidsforberedende trening",
    "Barnetrygden", "Bostøtten", "Startlånet", "Housing First", "Familieveiledning",
    "Ungdata", "Levekårsundersøkelsen", "Kommunereformen", "Regionreformen",
    "Samhandlingsreformen", "NAV-reformen", "Barnevernsreformen", "Opptrappingsplanen",
    "Folkehelseprogrammet", "Sosialtjenesteloven", "Barnevernsloven",
    "Helse- og omsorgstjenesteloven",
    "Forvaltningsloven", "Personopplysningsloven", "Arbeidsmiljøloven",
]
MONTHS = _split("januar februar mars april mai juni juli august september oktober "
                "november desember")
HOLIDAYS = ["jul", "påske", "pinse", "sankthans", "nyttår", "julaften", "nyttårsaften",
            "17. mai", "Kristi himmelfart", "allehelgensdag", "Ramadan", "Eid"]
WEEKDAYS = _split("mandag tirsdag onsdag torsdag fredag lørdag søndag")
TITLES_PERSON = _split("ordfører rådmann kommunedirektør doktor professor advokat "
                       "sjefen lederen kollegaen naboen veilederen saksbehandleren")


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


class Names:
    """Name pools drawn from the lists and generators."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.given = [r["name"] for r in _rows("fornavn.csv") if r["ssb"] == "1"]
        rows = _rows("etternavn.csv")
        self.surnames = [r["name"] for r in rows][:3000]
        self.known = {r["name"].lower() for r in rows}
        self.towns = TOWNS + [r["name"] for r in _rows("steder.csv")
                              if int(r["population"] or 0) >= 300]
        self.last_person: tuple[str, str] = ("", "")
        self.municipalities = {r["name"] for r in _rows("kommuner.csv")}

    def place_label(self, name: str) -> str:
        """Islands, towns and districts that are (or were) municipalities are labelled so."""
        return "MUNICIPALITY" if name in self.municipalities else "PLACE"

    def farm(self) -> str:
        while True:
            name = self.rng.choice(FARM_FIRST) + self.rng.choice(FARM_LAST)
            if name.lower() not in self.known:
                return name

    def origin(self) -> str:
        return self.rng.choice(list(FOREIGN_SURNAMES))

    def foreign_surname(self, origin: str | None = None) -> str:
        return self.rng.choice(FOREIGN_SURNAMES[origin or self.origin()])

    def foreign_given(self, origin: str | None = None) -> str:
        return self.rng.choice(FOREIGN_GIVEN[origin or self.origin()])

    def surname(self) -> str:
        """Any kind of surname, weighted to the hard kinds."""
        r = self.rng.random()
        if r < 0.2:
            return self.rng.choice(self.surnames)
        if r < 0.4:
            return self.farm()
        if r < 0.55:
            return self.rng.choice(MUNICIPALITY_SURNAMES)
        if r < 0.7:
            return self.rng.choice(SURNAME_WORDS)
        if r < 0.78:
            return self.rng.choice(VIET)
        return self.foreign_surname()

    def given_name(self) -> str:
        r = self.rng.random()
        if r < 0.55:
            return self.rng.choice(self.given)
        if r < 0.7:
            return self.rng.choice(GIVEN_WORDS)
        return self.foreign_given()

    def person(self) -> tuple[str, str]:
        r = self.rng.random()
        if r < 0.6:
            g, s = self.rng.choice(self.given + GIVEN_WORDS), self.surname()
        elif r < 0.7:
            g, s = self.rng.choice(VIET_GIVEN), self.rng.choice(VIET)
        else:
            o = self.origin()
            g, s = self.foreign_given(o), self.foreign_surname(o)
        self.last_person = (g, s)
        return g, s

    def place(self) -> str:
        return self.rng.choice(INVENTED_PLACE_FIRST) + self.rng.choice(INVENTED_PLACE_LAST)


# ------------------------------------------------------------------------------ templates
# Slots: {P} full name, {Ps} its genitive, {G} given name, {Gs}, {GW} given name that is a
# word, {S} surname of any kind, {Ss}, {SM} surname that is a municipality, {SW} surname
# that is a word, {SF} foreign surname, {SV} Vietnamese surname, {=S} / {=G} the surname /
# given name of the last full name, {M} municipality, {Ms}, {T} town or village, {D}
# district, {C} county, {I} island, {B} city district, {U} a place no list holds,
# {X} country/foreign city/wide region (not labelled), {INST}, {WORK}, {BRAND}, {PROG},
# {MON} month, {HOL} holiday, {DAY} weekday, {Y} year, {WM} the same word as a municipality
# surname in a place context, {WW} a word-surname as a word (not labelled).

NB = [
    "Jeg husker godt at {S} sa at dette aldri kom til å fungere.",
    "{S} mente at vi burde vente til etter sommeren.",
    "Det var {S} som ringte meg den kvelden.",
    "Det var {SM} som tok initiativet til hele prosjektet.",
    "Det var {SW} som fikk ansvaret for ungdomsgruppa.",
    "Vi jobbet tett sammen med {P} i flere år, og {=S} var alltid positiv.",
    "{P} var avdelingsleder da jeg begynte, og {=S} var streng men rettferdig.",
    "{P} tok over etter {P} i fjor høst.",
    "Jeg spurte {S} om hun kunne ta vakten på lørdag.",
    "Så spurte jeg {SW} om han ville være med.",
    "{SW} og jeg satt på samme kontor i nesten ti år.",
    "{SM} og jeg kjørte sammen til kurset.",
    "{GW} og jeg var de eneste som var igjen på kontoret.",
    "Han het {GW}, og han var den beste kollegaen jeg har hatt.",
    "{GW} kom inn og sa at møtet var avlyst.",
    "{GW} fra økonomiavdelingen ringte og spurte etter tallene.",
    "Vi hadde en saksbehandler som het {SW}, og hun kunne alt om bostøtte.",
    "Lederen vår, {S}, var veldig opptatt av rutiner.",
    "Sjefen min, {P}, hadde jobbet i {M} før.",
    "Hun het {P}, og hun hadde nettopp flyttet hit fra {M}.",
    "Vi var hos {S} i går for å snakke om avtalen.",
    "Jeg snakket med {S} etterpå, og hun var helt enig.",
    "{S} og {S} var de to som protesterte høyest.",
    "{SV} og {SV} kom hit som båtflyktninger på åttitallet.",
    "Familien {SV} hadde bodd i {M} i over tjue år.",
    "Tolken, {P}, gjorde en fantastisk jobb.",
    "{Ps} mor ringte oss flere ganger den høsten.",
    "{Ss} forslag ble nedstemt i kommunestyret.",
    "Det var {G} sin idé å starte en gruppe for fedre.",
    "Jeg ga papirene til {S}, og så hørte jeg ikke mer.",
    "Etter at {S} sluttet, ble det mye vanskeligere.",
    "Både {S} og {S} var med på det første møtet.",
    "Ordfører {P} ville ikke kommentere saken.",
    "Rådmann {S} sa at pengene var brukt opp.",
    "Doktor {S} mente at hun burde sykmeldes.",
    "Jeg ringte {G} med en gang jeg fikk høre det.",
    "{G} hadde to barn og jobbet natt på sykehjemmet.",
    "Han het {P} og var opprinnelig fra {X}.",
    "{P} kom fra {X} i {Y} og begynte på introduksjonsprogrammet.",
    "Vi ble kjent med {P} gjennom frivilligsentralen.",
    "{G}, hun som jobbet i resepsjonen, visste alt om alle.",
    "Jeg tror {G} syntes det var flaut å spørre.",
    "Da sa {G} at hun ikke orket mer.",
    "Og {SW}, han var jo tillitsvalgt på den tiden.",
    "Jeg var på besøk hos {SW} forrige uke.",
    "{SM} sa at kommunen ikke hadde råd.",
    "Kollegaen min, {SM}, hadde vært med på sammenslåingen.",
    "Vi flyttet til {M} i {Y}, og jeg begynte på NAV {M}.",
    "Jeg er født i {M}, men vokste opp i {T}.",
    "Kontoret ligger i {T}, like ved jernbanestasjonen.",
    "Vi hadde en filial på {T} også, men den ble lagt ned.",
    "Hun pendlet fra {T} til {M} hver dag.",
    "Han hadde hytte i {D} og var der hver helg.",
    "De fleste brukerne våre kommer fra {D} eller {D}.",
    "Det er lange avstander i {C}, det må du huske.",
    "Vi bodde ute på {I} i mange år.",
    "Det er mye rus på {B}, og det har vært sånn lenge.",
    "Hun bodde på {B} før hun flyttet til {M}.",
    "Vi hadde et prosjekt sammen med {M} kommune og NAV {M}.",
    "{M} har mye større ressurser enn oss.",
    "I {M} har de gjort det på en helt annen måte.",
    "Vi fikk besøk fra {M} og {M} forrige uke.",
    "Han kjørte buss mellom {T} og {U} i mange år.",
    "Vi vokste opp i {U}, en liten plass innerst i fjorden.",
    "De hadde et lite kontor på {U}.",
    "Jeg flyttet fra {U} da jeg var atten.",
    "{Ms} tilbud var mye bedre enn vårt.",
    "Det var {S}, ikke jeg, som skrev rapporten.",
    "Nei, det var {SW} som hadde ansvaret, ikke {SW}.",
    "Vi hadde en lege, {SF}, som snakket fem språk.",
    "{SF} fortalte at hun hadde vært lærer i hjemlandet.",
    "Jeg jobbet med {SF} og {SF} i mottaket.",
    "Naboen, {SW}, hjalp oss med flyttingen.",
    "Hun het {G} {SM}, og hun var fra {M}.",
    "{=G} og jeg snakket om det etterpå.",
    "Vi satt i bilen, {G} og jeg, og ventet.",
    "Sammen med {S} laget jeg en ny plan for avdelingen.",
    "Hvis du spør {S}, får du et helt annet svar.",
    "{S} var den eneste som torde å si fra.",
    "{S} hadde ikke fått beskjed, så {S} ble sur.",
    "Jeg husker at {GW} lo og sa at vi var gale.",
]
NN = [
    "Eg hugsar at {S} sa det ganske tydeleg på møtet.",
    "{S} meinte at me burde vente til over sommaren.",
    "Det var {SM} som tok opp saka i kommunestyret.",
    "Det var {SW} som fekk ansvaret for ungdomsgruppa.",
    "Eg spurde {S} om ho kunne ta vakta på laurdag.",
    "{SW} og eg sat på same kontoret i ti år.",
    "{GW} kom inn og sa at møtet var avlyst.",
    "Ho heitte {P}, og ho hadde nett flytta hit frå {M}.",
    "Han heitte {GW}, og han var den beste kollegaen eg har hatt.",
    "{P} var leiar då eg byrja, og {=S} var streng men rettferdig.",
    "Me var hos {S} i går for å snakke om avtalen.",
    "Eg snakka med {S} etterpå, og ho var heilt samd.",
    "{SV} og {SV} kom hit som båtflyktningar på åttitalet.",
    "Tolken, {P}, gjorde ein fantastisk jobb.",
    "{Ps} mor ringde oss fleire gonger den hausten.",
    "Det var {G} si idé å starte ei gruppe for fedrar.",
    "Etter at {S} slutta, vart det mykje vanskelegare.",
    "Ordførar {P} ville ikkje kommentere saka.",
    "Eg ringde {G} med ein gong eg fekk høyre det.",
    "{P} kom frå {X} i {Y} og byrja på introduksjonsprogrammet.",
    "Då sa {G} at ho ikkje orka meir.",
    "Og {SW}, han var jo tillitsvald på den tida.",
    "Kollegaen min, {SM}, hadde vore med på samanslåinga.",
    "Me flytta til {M} i {Y}, og eg byrja på NAV {M}.",
    "Eg er fødd i {M}, men vaks opp i {T}.",
    "Kontoret ligg i {T}, like ved kaia.",
    "Ho pendla frå {T} til {M} kvar dag.",
    "Han hadde hytte i {D} og var der kvar helg.",
    "Dei fleste brukarane våre kjem frå {D} eller {D}.",
    "Me budde ute på {I} i mange år.",
    "Me hadde eit prosjekt saman med {M} kommune og NAV {M}.",
    "I {M} har dei gjort det på ein heilt annan måte.",
    "Me vaks opp på {U}, ein liten plass inst i fjorden.",
    "Det var {S}, ikkje eg, som skreiv rapporten.",
    "{SF} fortalde at ho hadde vore lærar i heimlandet.",
    "Saman med {S} laga eg ein ny plan for avdelinga.",
    "{S} var den einaste som torde å seie frå.",
    "Eg trur {G} synest det var flautt å spørje.",
    "Naboen, {SW}, hjelpte oss med flyttinga.",
    "Eg var på besøk hos {SW} førre veke.",
]
ASR = [
    "ja så sa {s} at det ikke gikk",
    "eh {s} mente at vi måtte vente",
    "det var {s} som ringte meg den kvelden",
    "det var {sm} som tok initiativet",
    "det var {sw} som fikk ansvaret",
    "jeg snakket med {s} om det og hun var enig",
    "og så spurte jeg {sw} om han ville være med",
    "{sw} og jeg satt på samme kontor",
    "{gw} og jeg var de eneste som var igjen",
    "vi var hos {s} i går",
    "sammen med {s} laget vi en ny plan",
    "eh ja {p} hun var leder da",
    "{p} var leder og {=s} var veldig streng",
    "jeg ringte {g} med en gang",
    "{g} hun sa at hun ikke orket mer",
    "altså {gw} han var jo tillitsvalgt",
    "spurte {s} om vi kunne komme",
    "så kom {gw} inn og sa at møtet var avlyst",
    "lederen vår {s} var opptatt av rutiner",
    "hun het {p} og kom fra {m}",
    "{sv} og {sv} kom hit på åttitallet",
    "vi hadde en lege {sf} som snakket fem språk",
    "{sf} fortalte at hun var lærer før",
    "jeg jobbet med {sf} i mottaket",
    "det var {g} sin idé",
    "ordfører {s} ville ikke si noe",
    "det var {s} og {s} som var på kurset",
    "eh altså {sw} sa at vi ikke hadde penger",
    "jeg tror {g} syntes det var flaut",
    "da sa {sm} at kommunen ikke hadde råd",
    "vi bodde i {m} før vi flyttet til {m}",
    "jeg er født i {m} men vokste opp i {t}",
    "hun pendlet fra {t} til {m} hver dag",
    "han hadde hytte i {d}",
    "de fleste kommer fra {d}",
    "vi bodde ute på {i} i mange år",
    "det er mye rus på {b}",
    "nav {m} har vært veldig flinke",
    "{m} kommune har ikke råd til det",
    "eh vi vokste opp i {u} innerst i fjorden",
    "jeg flyttet fra {u} da jeg var atten",
    "vi har jo samarbeid med {m} og {m}",
    "i {m} har de gjort det annerledes",
    "ja {p} og {p} var med",
    "men {s} han sa nei",
    "og da sa {s} at det var greit",
    "jeg husker at {gw} lo",
    "naboen {sw} hjalp oss med flyttingen",
    "etter at {s} sluttet ble det vanskelig",
    "hvis du spør {s} får du et annet svar",
]
ACAD = [
    "Tidligere forskning viser at ansvarslinjene er uklare ({S} {Y}).",
    "{S} og {S} ({Y}) beskriver dette som en dobbel styringslogikk.",
    "Flere studier peker i samme retning ({S}, {Y}; {SF}, {Y}).",
    "{S} m.fl. ({Y}) finner at veilederne opplever kryssende forventninger.",
    "Ifølge {SF} ({Y}) er skjønnet både en ressurs og en risiko.",
    "{SF} ({Y}) påpeker at reformer sjelden gir de innsparingene som er forventet.",
    "Dette er i tråd med det {IS} ({Y}) omtaler som strukturoptimisme.",
    "{SFs} begrep har senere blitt tatt i bruk i nordisk forskning.",
    "Samarbeid er krevende ({SF} & {SF}, {Y}; {S} et al., {Y}).",
    "{SF} et al. ({Y}) viser at tillit er en forutsetning for samlokalisering.",
    "Utvalget, ofte omtalt som {S}-utvalget, anbefalte en tydeligere rolledeling.",
    "Som {S} ({Y}, s. 45) har vist, er ikke kommunestørrelse alene avgjørende.",
    "{SI} ({Y}). Styring og samarbeid i velferdsstaten. Universitetsforlaget.",
    "Kommunene i {D} har etablert et regionalt samarbeid om kvalifiseringsprogrammet.",
    "Studien ble gjennomført i to kommuner i {C} og én i {C}.",
    "En av lederne, {G}, fortalte at hun hadde gitt opp å ringe {M}.",
    "Ifølgje {S} ({Y}) er det ei spenning mellom fagleg skjønn og standardisering.",
    "Dette støttes av {SF} ({Y}), som studerte lokale velferdskontorer i {X}.",
    "{SW} ({Y}) argumenterer for at bakkebyråkratene former politikken.",
    "{SM} ({Y}) viser at interkommunalt samarbeid ofte svekker den lokale styringen.",
    "Dette er også beskrevet av {SM} og {SW} ({Y}).",
    "Funnene samsvarer med {SV} og {SV} ({Y}), som studerte vietnamesiske familier.",
    "{SV} ({Y}) finner liknende mønstre blant eldre innvandrere.",
    "Som {P} ({Y}) skriver, er tillit noe som bygges over tid.",
    "Jeg følger her {Ss} ({Y}) definisjon av samstyring.",
    "Informant 4, her kalt «{G}», beskrev møtet som en vendepunkt.",
    "«{G}» jobbet som miljøterapeut i {M} kommune.",
    "Dette er en av {SFs} mest siterte analyser.",
    "I en studie fra {M} fant {S} og kolleger at ventetiden økte ({S}, {Y}).",
    "{S} ({Y}) og {S} ({Y}) kommer til motsatte konklusjoner.",
    "Se også {SF} ({Y}) for en kritisk drøfting.",
    "{IS} og {IS} ({Y}) har en annen tilnærming.",
    "Jf. {S} ({Y}: 112) om samordningsproblemer.",
    "Datamaterialet består av intervjuer med ansatte i {M}, {M} og {T}.",
]
TRAP = [
    "Vi hadde mange brukere som hadde bodd lenge i {X} og {X} før de kom hit.",
    "Det er stor forskjell på {X} og {X} når det gjelder avstander.",
    "{INST} ga en uttalelse om saken i fjor.",
    "Vi fikk ingen støtte fra {INST} i den saken.",
    "{INST} har endret reglene flere ganger.",
    "Vi sendte en klage til {INST}, men fikk aldri svar.",
    "Rapporten {WORK} kom ut samme år.",
    "Vi brukte {WORK} som utgangspunkt for diskusjonen.",
    "Jeg leste {WORK} i studietiden.",
    "Vi har møter på {BRAND} hver {DAY}.",
    "Alt ligger i {BRAND} nå, så det er lett å finne.",
    "Hun sendte meg en melding på {BRAND} i går.",
    "{BRAND} har gjort det mye enklere for oss.",
    "{PROG} var et viktig tiltak for mange av deltakerne.",
    "Mange av brukerne våre er med i {PROG}.",
    "Vi begynte med det i {MON}, rett etter {HOL}.",
    "Det var travelt før {HOL}, som alltid.",
    "På {DAY} har vi alltid teammøte.",
    "I {MON} {Y} kom det nye retningslinjer.",
    "Studien ble gjennomført i tre kommuner på Vestlandet og én i Nord-Norge.",
    "Det var mye {WW} der vi bodde.",
    "Han hadde en {WW} i hagen.",
    "Vi gikk over en {WW} på vei hjem.",
    "Sola skinte, og vi satt ute hele ettermiddagen.",
    "Det tar en time å kjøre dit.",
    "Han jobbet i {X} i mange år før han kom tilbake.",
    "Barna snakket både norsk og arabisk hjemme.",
    "Hun hadde en tydelig trøndersk dialekt.",
    "Mange bergensere pendler over fjellet.",
    "Det var en nordnorsk sykepleier som tok imot oss.",
    "Vi gikk på ski hver helg den vinteren.",
    "Min bror jobbet også i kommunen en periode.",
    "Det var bratte lier rundt hele gården.",
    "Det vokste mye lyng og einer rundt hytta.",
    "Dataene er hentet fra SSBs statistikkbank.",
    "Kommunereformen førte til mange sammenslåinger.",
    "Stein på stein ble muren bygget opp igjen.",
    "Vi satt ved bålet og så på stjernene.",
    "Etter krigen flyttet mange fra bygdene til byene.",
    "Til jul fikk alle ansatte en gavekurv.",
    "Helse- og omsorgsdepartementet sendte ut et rundskriv.",
    "Ungdom i Norge bruker mer tid på skjerm enn før.",
    "Hjemmetjenesten hadde ikke kapasitet i sommer.",
    "Fastlegen hadde ikke tid før om tre uker.",
    "Han var sterk som en bjørn og snill som et lam.",
    "Vi hadde storm hele natta, og strømmen gikk.",
    "Det var vår, og isen begynte å gå opp.",
    "Det ble mørk kveld før vi kom fram.",
    "Hun har alltid vært glad i sol og varme.",
    "Ask og bjørk vokser godt her i dalen.",
    "Det var mye dal og lite slette i det området.",
    "Han sto ved en stor holm ute i fjorden.",
    "Den store hagen var full av frukttrær.",
    "Vi sto nederst i bakken og ventet.",
    "Det var sterk strøm i elva den våren.",
    "Barna lekte i sand hele dagen.",
    "Det var en fin haug med kongler ved veien.",
    "Det er lange dager om sommeren.",
    "Hun sa at det var for sent.",
    "Han jobbet med {PROG} fram til {Y}.",
]
TRAP_LOWER = [
    "vi gikk på ski hver helg",
    "det tar en time å kjøre dit",
    "han hadde en {ww} i hagen",
    "det var mye {ww} der vi bodde",
    "vi har møter på {brand} hver {day}",
    "det var travelt før {hol}",
    "de kom fra {x} for mange år siden",
    "{prog} var viktig for mange",
    "vi sendte en klage til {inst}",
    "sola skinte hele dagen",
    "stein på stein ble muren bygget",
    "det var vår og isen gikk opp",
    "det ble mørk kveld før vi kom fram",
    "han var sterk som en bjørn",
    "vi sto nederst i bakken",
    "det var sterk strøm i elva",
    "min bror jobbet i kommunen",
    "det var bratte lier rundt gården",
    "barna lekte i sand hele dagen",
    "nei altså det vet jeg ikke",
    "mm ja det stemmer",
    "hun sa at det var for sent",
]
WORD_USES = _split("foss rein stein berg bakke haug holm strand vik hage dal lyng eng "
                   "skog lund sand strøm bjørk hegg ask rogn tveit myr mo nes")


def _gen(name: str) -> str:
    return name + ("'" if name[-1:] in "sxz" else "s")


def fill(template: str, names: Names, rng: random.Random, lower: bool) -> str:
    def lab(v: str, label: str) -> str:
        return f"{{{v.lower() if lower else v}|{label}}}"

    def person() -> str:
        g, s = names.person()
        return f"{g} {s}"

    def _place(name: str) -> str:
        return lab(name, names.place_label(name))

    def cite_initial() -> str:
        return f"{rng.choice('ABDEGHIJKLMNOPRSTV')}. {names.surname()}"

    slots = {
        "P": lambda: lab(person(), "PERSON"),
        "Ps": lambda: lab(_gen(person()), "PERSON"),
        "G": lambda: lab(names.given_name(), "PERSON"),
        "Gs": lambda: lab(_gen(names.given_name()), "PERSON"),
        "GW": lambda: lab(rng.choice(GIVEN_WORDS), "PERSON"),
        "S": lambda: lab(names.surname(), "PERSON"),
        "Ss": lambda: lab(_gen(names.surname()), "PERSON"),
        "SM": lambda: lab(rng.choice(MUNICIPALITY_SURNAMES), "PERSON"),
        "SW": lambda: lab(rng.choice(SURNAME_WORDS), "PERSON"),
        "SF": lambda: lab(names.foreign_surname(), "PERSON"),
        "SFs": lambda: lab(_gen(names.foreign_surname()), "PERSON"),
        "SV": lambda: lab(rng.choice(VIET), "PERSON"),
        "=S": lambda: lab(names.last_person[1], "PERSON"),
        "=G": lambda: lab(names.last_person[0], "PERSON"),
        "M": lambda: lab(rng.choice(MUNICIPALITIES), "MUNICIPALITY"),
        "Ms": lambda: lab(_gen(rng.choice(MUNICIPALITIES)), "MUNICIPALITY"),
        "T": lambda: _place(rng.choice(names.towns)),
        "D": lambda: _place(rng.choice(DISTRICTS)),
        "C": lambda: lab(rng.choice(COUNTIES), "PLACE"),
        "I": lambda: _place(rng.choice(ISLANDS)),
        "B": lambda: _place(rng.choice(CITY_DISTRICTS)),
        "U": lambda: lab(names.place(), "PLACE"),
        "X": lambda: rng.choice(WIDE),
        "INST": lambda: rng.choice(INSTITUTIONS),
        "WORK": lambda: rng.choice(WORKS),
        "BRAND": lambda: rng.choice(BRANDS),
        "PROG": lambda: rng.choice(PROGRAMMES),
        "MON": lambda: rng.choice(MONTHS),
        "HOL": lambda: rng.choice(HOLIDAYS),
        "DAY": lambda: rng.choice(WEEKDAYS),
        "WW": lambda: rng.choice(WORD_USES),
        "Y": lambda: str(rng.randint(1975, 2024)),
        "IS": lambda: lab(cite_initial(), "PERSON"),
        "SI": lambda: lab(f"{names.surname()}, {rng.choice('ABDEGHIJKLMNOPRSTV')}.", "PERSON"),
    }
    by_lower = {k.lower(): k for k in slots}

    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        key = key if key in slots else by_lower.get(key.lower(), key)
        value = slots[key]()
        if lower and "|" not in value:
            value = value.lower()
        return value

    out = re.sub(r"\{(=?[A-Za-z]+)\}", sub, template)
    if lower:
        out = out.replace("«", "").replace("»", "")
    return out


def _as_asr(sentence: str, rng: random.Random) -> str:
    """A capitalised template as speech recognition writes it: lower case, no
    punctuation, a filler now and then."""
    parts = re.split(r"(\{[^{}]*\})", sentence)
    text = "".join(p if p.startswith("{") else re.sub(r"[.,:;!?«»()]", "", p).lower()
                   for p in parts)
    text = re.sub(r"\s+", " ", text).strip()
    if rng.random() < 0.4:
        text = rng.choice(["eh ", "ja ", "altså ", "nei men ", "og så "]) + text
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names = Names(rng)
    kinds = ["nb", "nb", "nn", "asr", "asr", "acad", "trap"]
    for _ in range(args.n):
        kind = rng.choice(kinds)
        if kind == "asr":
            r = rng.random()
            if r < 0.5:
                text = fill(rng.choice(ASR), names, rng, lower=True)
            elif r < 0.85:
                text = _as_asr(fill(rng.choice(NB), names, rng, lower=True), rng)
            else:
                text = fill(rng.choice(TRAP_LOWER), names, rng, lower=True)
        else:
            pool = {"nb": NB, "nn": NN, "acad": ACAD, "trap": TRAP}[kind]
            text = fill(rng.choice(pool), names, rng, lower=False)
        print(f"{kind}\t{text}")


if __name__ == "__main__":
    main()
