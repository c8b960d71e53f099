"""Generate synthetic evaluation sentences from templates, with names drawn from the name
lists and from name generators (Norwegian farm names, foreign surnames the lists lack):
the detector is tuned on these and on general rules, so that the held-out set measures it.

    .venv/bin/python bench/anonymisation/synthetic.py -n 600 --seed 3 > /tmp/synthetic.txt
    .venv/bin/python bench/anonymisation/evaluate.py --file /tmp/synthetic.txt --errors

Output: the evaluation format (``KIND<TAB>sentence`` with ``{surface|LABEL}``), KIND in nb,
nn, asr, acad, trap. Every name is made up or drawn from public name lists; combinations
are random.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path


def _split(words: str) -> list[str]:
    return words.split()


DATA = Path(__file__).resolve().parent.parent.parent / "feltarbeid" / "data"

FARM_FIRST = _split(
    "Kvit Svart Lang Stor Lille Haug Lyng Bjørk Furu Eike Vass Straum Sol Nord "
    "Sør Aust Vest Hov Kvam Kval Sel Rus Tvei Fager Gjerde Rør Myr Fjell Brå Hol "
    "Gjel Skjel Trol Ulv Bjørne Rype Hare Løv Lind Alm Hegg Rogn Or Starr Siv "
    "Sand Grus Flat Brei Djup Kalv Stein Grjot Svane Ørne Kråke Ravne Hauk")
FARM_LAST = _split(
    "dal stad land heim vik nes bakken rud seth haug li eng vold set bø holm myr "
    "strand sæter gard tveit ås by hammer voll botn eide hus")
FOREIGN = {
    "pl": (_split("Kowal Nowak Wiśniew Wójcik Kamiń Lewandow Zieliń Szyman Woźniak Dąbrow Kozłow "
            "Jankow Mazur Kwiatkow Krawczyk Piotrow Grabow Pawłow Michal Król"),
           ("ski", "czyk", "ewicz", "iak", "owski", "")),
    "fi": (_split("Virta Korho Niemi Mäki Heikki Koski Järvi Lehto Salo Laine Hämäläi Kettu "
            "Mustone Pelto Rinta"), ("nen", "la", "lä", "mäki", "")),
    "en": (_split("Ash Whit Pem Harr Thorn Brad Wood Hart Ever Black Fair Glen Kings Wel Stan "
            "Chester Hol Mar Cal Dun"), ("ford", "worth", "ton", "ley", "field",
                                                  "wood", "well", "by", "ridge", "bury")),
    "fr": (_split("Du Le La Beau Mont Ville Bel Char Rou"),
           ("pont", "bois", "fresne", "champ", "rivière", "mont", "lac", "noir")),
    "so": (_split("Warsame Farah Hassan Abdi Jama Egal Shire Dualeh Galaal Nuur Olad Samatar "
            "Aden Gedi Hersi"), ("",)),
    "vi": (_split("Nguyen Tran Pham Hoang Phan Vu Dang Bui Do Ngo Duong Ly"), ("",)),
    "it": (_split("Castell Bern Martin Rossi Ferr Mancin Gallo Conti Ricci Marin"),
           ("elli", "ini", "ano", "ucci", "etti", "one")),
}
FOREIGN_GIVEN = _split(
    "Hodan Ayaan Faadumo Abdirahman Mahad Katarzyna Paweł Agnieszka Tomasz Mika "
    "Aino Jukka Pierre Amélie Giulia Marco Thi Minh Linh Quoc Selam Yonas Tesfaye "
    "Ahmad Leila Omid Rasa Darius Jurgis")
MUNICIPALITIES = _split(
    "Molde Bodø Hamar Elverum Lillehammer Tromsø Harstad Steinkjer Levanger Ørsta "
    "Volda Stryn Førde Sogndal Voss Kvinnherad Haugesund Karmøy Arendal Grimstad "
    "Kongsberg Notodden Gjøvik Ringsaker Tynset Alta Vadsø Narvik Vefsn Rana "
    "Brønnøy Fauske Kristiansund Aukra Ulstein Hareid Sunndal Orkland Malvik "
    "Stjørdal Namsos Verdal Halden Sarpsborg Askim Eidsvoll Nittedal Ringerike")
TOWNS = _split(
    "Jessheim Sandvika Orkanger Florø Bryne Hønefoss Svolvær Leknes Kirkenes "
    "Mosjøen Sandnessjøen Finnsnes Geilo Dombås Rjukan Mysen Åndalsnes Brumunddal")
DISTRICTS = _split(
    "Hallingdal Valdres Gudbrandsdalen Sunnmøre Nordmøre Lofoten Vesterålen "
    "Helgeland Jæren Ryfylke Hardanger Romerike Toten Setesdal Namdalen Salten")
COUNTIES = _split(
    "Innlandet Vestland Rogaland Nordland Troms Finnmark Agder Telemark Trøndelag")
WIDE = _split(
    "Nord-Norge Vestlandet Østlandet Sørlandet Midt-Norge Norden Skandinavia "
    "Europa Asia Afrika Sverige Danmark Polen Tyskland Somalia Syria Eritrea "
    "Litauen Finland Spania London Paris Stockholm København Berlin Mogadishu "
    "Warszawa")
INSTITUTIONS = _split(
    "Husbanken Sametinget Stortinget Bufetat Helsedirektoratet Statsforvalteren "
    "Arbeids- og velferdsdirektoratet Kommunal- og distriktsdepartementet "
    "Kunnskapsdepartementet Lånekassen Skatteetaten Frivilligsentralen KS NAV")
WORDISH = _split(
    "Foss Rein Moe Berg Lie Sunde Bakke Haug Dahl Strand Vik Ask Sten Bror")

NB = [
    "Det var {P} som tok det opp på møtet, og {S} hadde jo vært leder i {M} lenge.",
    "Jeg husker at {S} sa det ganske tydelig: «Dette har vi ikke råd til.»",
    "Eh, {W} og jeg satt på samme kontor i tre år.",
    "{W} fra personalavdelingen kom inn og sa at vi måtte avslutte.",
    "Vi hadde et samarbeid med {M} og {M2}, men det var mest på papiret.",
    "Så spurte {S} meg om jeg ville ta over, og jeg sa ja.",
    "Hun het {FP}, og hun hadde kommet fra {M} året før.",
    "{G} var den første som fikk plass i programmet det året.",
    "Jeg snakket med {FP} etterpå, og {FS} mente at tolken ikke hadde oversatt riktig.",
    "Vi leide lokaler i {T} sentrum i to år.",
    "Det var mange som flyttet fra {D} til byen for å studere.",
    "{Gs} idé var at vi skulle møte ungdommene der de var.",
    "Det var {G} sin idé, egentlig, å starte ungdomsgruppa.",
    "Vi ringte NAV {M} flere ganger, men fikk aldri svar.",
    "Hun var fra {W2}, nei, jeg mener hun het {W}.",
    "Jeg sa til {S} at vi trengte mer tid, men hun hørte ikke.",
    "Ordfører {P} var veldig opptatt av at vi skulle få det til.",
    "Det var {W}, som var leder da, som tok avgjørelsen.",
    "Vi fikk brev fra Statsforvalteren i {C} om avvikene.",
    "Jeg er oppvokst i {M}, men har bodd i {M2} siden jeg var tjue.",
    "{Ss} forslag var å lage en felles inngang for alle tjenestene.",
    "Vi hadde en kollega, {FG}, som hadde jobbet som sykepleier i {X}.",
]
NN = [
    "Eg hugsar at {G} sa det på første møtet, at dette kjem ikkje til å gå.",
    "{P} var leiar for tenesta, og {S} hadde vore der sidan åttitalet.",
    "Me hadde eit samarbeid med {M} og {M2} om barnevernet.",
    "Eg snakka med {S} om det, og ho meinte at staten burde ta meir ansvar.",
    "Eg budde i {T} i mange år før eg flytta heim att.",
    "{W} sa at me ikkje skulle bry oss om kva departementet meinte.",
    "Eg spurde {W} kvifor, og han sa at dei ikkje forstod korleis det var her.",
    "Dei i {M} hadde ei heilt anna ordning enn oss.",
    "Eg har budd i {D} heile livet, og eg kjenner jo alle.",
    "Han kom frå {X}, {FP}, og jobba på fiskebruket.",
]
ASR = [
    "vi i {m} har jo hatt det samme problemet i mange år",
    "det var {s} som sa det på møtet og da ble det stille",
    "jeg snakket med {s} om det og han var enig",
    "eh {w} sa at vi ikke hadde budsjett til det",
    "vi hadde et samarbeid med nav {m} om ungdomsgarantien",
    "{g} hun sa at vi måtte vente til etter nyttår",
    "jeg bodde i {m} før jeg flyttet til {m2}",
    "vi kjørte fra {t} til {m} hver uke",
    "{w} fra personalavdelingen kom inn og avbrøt oss",
    "det var {fs} som fikk jobben til slutt",
    "vi måtte ringe tolk for {fs} hver gang",
    "{g} ringte meg dagen etter og sa unnskyld",
    "hun sa at {gs} mor hadde ringt barnevernet",
]
ACAD = [
    "Tidligere forskning viser at ansvarslinjene er uklare ({S} {Y}).",
    "{S} og {S2} ({Y}) beskriver dette som en «dobbel styringslogikk».",
    "Flere studier peker i samme retning ({S}, {Y}; {FS}, {Y2}).",
    "{S} m.fl. ({Y}) finner at veilederne opplever kryssende forventninger.",
    "Ifølge {FS} ({Y}) er skjønnet både en ressurs og en risiko.",
    "{FS} påpeker at reformer sjelden gir de innsparingene som er forventet.",
    "Dette er i tråd med det {IS} ({Y}) omtaler som «strukturoptimisme».",
    "{FSs} begrep har senere blitt tatt i bruk i nordisk forskning.",
    "Samarbeid er krevende ({FS} & {FS2}, {Y}; {S} et al., {Y2}).",
    "{FS} et al. ({Y}) viser at tillit er en forutsetning for samlokalisering.",
    "Utvalget, ofte omtalt som {S}-utvalget, anbefalte en tydeligere rolledeling.",
    "Som {S} ({Y}, s. 45) har vist, er ikke kommunestørrelse alene avgjørende.",
    "{SI} ({Y}). Styring og samarbeid i NAV. {M}: Universitetsforlaget.",
    "Kommunene i {D} har etablert et regionalt samarbeid om kvalifiseringsprogrammet.",
    "Studien ble gjennomført i to kommuner i {C} og én i {C2}.",
    "En av lederne, {G}, fortalte at hun hadde «gitt opp å ringe {M}».",
    "Ifølgje {S} ({Y}) er det ei spenning mellom fagleg skjønn og standardisering.",
    "Dette støttes av {FS} ({Y}), som studerte lokale velferdskontorer i {X}.",
]
TRAP = [
    "Vi hadde mange brukere som hadde bodd lenge i {X} og {X2} før de kom hit.",
    "Det er stor forskjell på {X} og {X2} når det gjelder avstander.",
    "{INST} ga en uttalelse om saken i fjor.",
    "Vi fikk ingen støtte fra {INST} i den saken.",
    "Sola skinte hele dagen, og vi satt ute med kaffen.",
    "Det var en stor foss ovenfor brua.",
    "Han skjøt en rein i fjellet den høsten.",
    "Vi gikk på ski til hytta hver påske.",
    "Min bror jobbet også i kommunen en periode.",
    "Boka «Trust and the Frontline» kom ut samme år.",
    "Du finner skjemaet på nav.no under «Skjemaer for privatpersoner».",
    "Det tar en time å kjøre dit om vinteren.",
    "Studien ble gjennomført i tre kommuner på Vestlandet og én i Nord-Norge.",
    "Kommunereformen var omstridt i hele landet.",
    "Det var i januar, kanskje i februar, at vedtaket kom.",
    "Dataene er hentet fra SSBs statistikkbank og fra Kostra.",
    "Han hadde en tydelig nordnorsk dialekt.",
]


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


class Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.given = [r["name"] for r in _rows("fornavn.csv") if r["ssb"] == "1"]
        self.surnames = [r["name"] for r in _rows("etternavn.csv")][:2000]
        known = {n.lower() for n in self.surnames} | {r["name"].lower()
                                                       for r in _rows("etternavn.csv")}
        self.known = known

    def farm(self) -> str:
        while True:
            name = self.rng.choice(FARM_FIRST) + self.rng.choice(FARM_LAST)
            if name.lower() not in self.known:
                return name

    def foreign(self) -> str:
        stems, ends = FOREIGN[self.rng.choice(list(FOREIGN))]
        return self.rng.choice(stems) + self.rng.choice(ends)

    def surname(self) -> str:
        r = self.rng.random()
        return self.rng.choice(self.surnames) if r < 0.4 else self.farm()


def fill(template: str, names: Names, rng: random.Random, lower: bool) -> str:
    values: dict[str, str] = {}

    def lab(v: str, label: str) -> str:
        return f"{{{v.lower() if lower else v}|{label}}}"

    def person() -> str:
        return f"{rng.choice(names.given)} {names.surname()}"

    out = template
    slots = {
        "P": lambda: lab(person(), "PERSON"),
        "FP": lambda: lab(f"{rng.choice(FOREIGN_GIVEN)} {names.foreign()}", "PERSON"),
        "G": lambda: lab(rng.choice(names.given), "PERSON"),
        "FG": lambda: lab(rng.choice(FOREIGN_GIVEN), "PERSON"),
        "Gs": lambda: lab(rng.choice(names.given) + "s", "PERSON"),
        "S": lambda: lab(names.surname(), "PERSON"),
        "S2": lambda: lab(names.surname(), "PERSON"),
        "Ss": lambda: lab(names.surname() + "s", "PERSON"),
        "FS": lambda: lab(names.foreign(), "PERSON"),
        "FS2": lambda: lab(names.foreign(), "PERSON"),
        "FSs": lambda: lab(names.foreign() + "s", "PERSON"),
        "W": lambda: lab(rng.choice(WORDISH), "PERSON"),
        "W2": lambda: lab(rng.choice(MUNICIPALITIES), "MUNICIPALITY"),
        "M": lambda: lab(rng.choice(MUNICIPALITIES), "MUNICIPALITY"),
        "M2": lambda: lab(rng.choice(MUNICIPALITIES), "MUNICIPALITY"),
        "T": lambda: lab(rng.choice(TOWNS), "PLACE"),
        "D": lambda: lab(rng.choice(DISTRICTS), "PLACE"),
        "C": lambda: lab(rng.choice(COUNTIES), "PLACE"),
        "C2": lambda: lab(rng.choice(COUNTIES), "PLACE"),
        "X": lambda: rng.choice(WIDE),
        "X2": lambda: rng.choice(WIDE),
        "INST": lambda: rng.choice(INSTITUTIONS),
        "Y": lambda: str(rng.randint(1975, 2024)),
        "Y2": lambda: str(rng.randint(1975, 2024)),
        "IS": lambda: lab(f"{rng.choice('ABDEGHIJKLMNOPRSTV')}. {names.surname()}", "PERSON"),
        "SI": lambda: lab(f"{names.surname()}, {rng.choice('ABDEGHIJKLMNOPRSTV')}.", "PERSON"),
    }
    for key in sorted(slots, key=len, reverse=True):
        token = "{" + key + "}"
        while token in out or token.lower() in out and lower:
            values[key] = slots[key]()
            out = out.replace(token if token in out else token.lower(), values[key], 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names = Names(rng)
    kinds = [("nb", NB), ("nn", NN), ("asr", ASR), ("acad", ACAD), ("trap", TRAP)]
    for _ in range(args.n):
        kind, templates = rng.choice(kinds)
        text = fill(rng.choice(templates), names, rng, lower=kind == "asr")
        print(f"{kind}\t{text}")


if __name__ == "__main__":
    main()
