"""Build ``feltarbeid/data/navn_verden.csv``: given names and surnames of people of every
origin that SSB's Norwegian lists (``fornavn.csv``, ``etternavn.csv``) lack, so that the
person detector knows 'Kowalczyk', 'Tesfamariam' or 'Maricel' as names even in lower-case
speech recognition output (issue 12: the names no list knows).

Sources: the person-name lists of Faker's locales (MIT licence), Latin-script locales only,
and ``scripts/navn_ekstra.txt`` (names of people living in Norway that Faker lacks, written
from general knowledge). Left out: names SSB's lists hold already, names shorter than three
letters, names that are frequent Norwegian words (wordfreq), places and countries, and the
trap list's words.

The built file is committed; nothing here runs at run time. Re-run after a source changes::

    pip install -e '.[data]'        # faker (build time only)
    python scripts/build_name_data.py
"""

from __future__ import annotations

import csv
import importlib
import pkgutil
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "feltarbeid" / "data"
OUT = DATA / "navn_verden.csv"
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿŋŊ'’-]+$")
NORWEGIAN_WORD_ZIPF = 3.5  # a name this frequent as a Norwegian word is left out
ENGLISH_WORD_ZIPF = 4.5  # ... or this frequent an English word ('Close', 'Church')
# Nynorsk and dialect words wordfreq's Bokmål list lacks, that some locale calls a name
NYNORSK_WORDS = frozenset({
    "saman", "saka", "orka", "budd", "gut", "sild", "komen", "kem", "sia", "ska", "sku", "ka",
    "kor", "te", "heim", "berre", "ikkje", "noko", "nokre", "desse", "vart", "vert", "blei",
    "mykje", "heile", "sjølv", "gong", "gonger", "veke", "veka", "skule", "skulen", "butikk",
    "løn", "heime", "enno", "ena", "klammer",
})


def _faker_names() -> dict[str, set[str]]:
    import faker.providers.person as person

    names: dict[str, set[str]] = {"given": set(), "surname": set()}
    attrs = {"first_names": "given", "first_names_male": "given",
             "first_names_female": "given", "first_names_nonbinary": "given",
             "last_names": "surname"}
    for mod_info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod_info.name}").Provider
        for attr, kind in attrs.items():
            value = getattr(provider, attr, None)
            if value is None or not hasattr(value, "__iter__"):
                continue
            names[kind] |= {n for n in value if isinstance(n, str)}
    return names


def _extra_names() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {"given": set(), "surname": set()}
    kind = "given"
    for line in (REPO / "scripts" / "navn_ekstra.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line in ("given:", "surname:"):
            kind = line[:-1]
            continue
        names[kind] |= set(line.split())
    return names


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def main() -> None:
    from wordfreq import zipf_frequency

    known = {r["name"].lower() for r in _rows("fornavn.csv")} | \
        {r["name"].lower() for r in _rows("etternavn.csv")}
    blocked = {r["word"].lower() for r in _rows("traps.csv")}
    blocked |= {r["name"].lower() for r in _rows("kommuner.csv")}
    blocked |= {r["name"].lower() for r in _rows("steder.csv")}
    blocked |= {r["name"].lower() for r in _rows("verden.csv")}
    faker, extra = _faker_names(), _extra_names()
    out: dict[str, str] = {}
    for kind in ("given", "surname"):
        for name in sorted(faker[kind] | extra[kind]):
            low = name.lower()
            if not LATIN.match(name) or len(low) < 3 or low in known or low in blocked:
                continue
            if zipf_frequency(low, "nb") >= NORWEGIAN_WORD_ZIPF or low in NYNORSK_WORDS \
                    or zipf_frequency(low, "en") >= ENGLISH_WORD_ZIPF:
                continue
            key = low
            if key in out:
                if out[key].split(",")[1] != kind:
                    out[key] = f"{out[key].split(',')[0]},both"
                continue
            out[key] = f"{name},{kind}"
    rows = sorted(v.split(",") for v in out.values())
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "kind"])
        w.writerows(rows)
    print(f"{OUT.relative_to(REPO)}: {len(rows)} names")


if __name__ == "__main__":
    main()
