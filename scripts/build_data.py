"""Build the anonymisation package data in ``feltarbeid/data/`` from ``shared/data/``.

The built files are committed, so nothing reads ``shared/`` at run time. Re-run after the
sources change::

    python scripts/build_data.py [--source ../shared/data] [--out feltarbeid/data]

Sources, licences and checks: ``shared/data/SOURCES.md`` (SSB data CC BY 4.0 / NLOD,
attribute Statistics Norway). Outputs (UTF-8 CSV, header row, ``|`` for lists):

- ``kommuner.csv``   number, name, other_names, county_number, county, region, valid_from,
                     valid_to (every municipality 2005–2026, merged ones too)
- ``fylker.csv``     number, name, other_names, region, valid_from, valid_to
- ``regions.csv``    name, kind (landsdel or traditional district)
- ``fornavn.csv``    name, ssb (1 = from SSB lists, 0 = low-confidence extra source, or
                     ``scripts/fornavn_ekstra.txt``: old and rural Norwegian names), share
                     (how many bear it, see ``_share``; empty: not known)
- ``etternavn.csv``  name, count
- ``traps.csv``      word, kind (names that are ordinary words, organisations, ...)
- ``folketall.csv``  number, successor, then one column per year 2005–2026: the population
                     on 1 January of the municipality with that number as it was that year
                     (empty: the number was not valid that year). ``successor``: the number
                     it was renumbered to or merged into when it ended (empty for current
                     numbers and for splits, see ``feltarbeid.municipalities``).
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "feltarbeid" / "data"

# Landsdel per county number (general knowledge; Møre og Romsdal counted as Vestlandet,
# Telemark as Østlandet, as Statistics Norway's landsdel grouping does).
REGION_OF_COUNTY = {
    **dict.fromkeys(
        ["01", "02", "03", "04", "05", "06", "07", "08", "30", "31", "32", "33", "34",
         "38", "39", "40"], "Østlandet"),
    **dict.fromkeys(["09", "10", "42"], "Sørlandet"),
    **dict.fromkeys(["11", "12", "14", "15", "46"], "Vestlandet"),
    **dict.fromkeys(["16", "17", "50"], "Midt-Norge"),
    **dict.fromkeys(["18", "19", "20", "54", "55", "56"], "Nord-Norge"),
}
LANDSDELER = ("Østlandet", "Sørlandet", "Vestlandet", "Midt-Norge", "Nord-Norge", "Trøndelag")


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}: {len(rows)} rows")


def build(source: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    fylker = _read(source / "fylker.csv")
    county_names = {f["number"]: f["name"] for f in fylker}

    rows = []
    seen = set()
    for k in _read(source / "kommuner.csv"):
        key = (k["number"], k["name"], k["valid_from"], k["valid_to"])
        if key in seen:  # the source repeats a few rows
            continue
        seen.add(key)
        cn = k["number"][:2]
        rows.append([k["number"], k["name"], k["other_names"], cn,
                     county_names.get(cn, k["county"]), REGION_OF_COUNTY[cn],
                     k["valid_from"], k["valid_to"]])
    _write(out / "kommuner.csv", ["number", "name", "other_names", "county_number", "county",
                                  "region", "valid_from", "valid_to"], rows)

    _write(out / "fylker.csv", ["number", "name", "other_names", "region", "valid_from",
                                "valid_to"],
           [[f["number"], f["name"], f["other_names"], REGION_OF_COUNTY[f["number"]],
             f["valid_from"], f["valid_to"]] for f in fylker])

    traps = _read(source / "traps.csv")
    regions = [[name, "landsdel"] for name in LANDSDELER]
    regions += [[t["word"], "district"] for t in traps
                if t["kind"] == "region" and t["word"] not in LANDSDELER]
    _write(out / "regions.csv", ["name", "kind"], regions)

    given = []
    for r in _read(source / "fornavn.csv"):
        given.append([r["name"], "1" if r["source"].startswith("SSB") else "0",
                      _share(r)])
    given += [[name, "0", ""] for name in _extra_given({g[0].lower() for g in given})]
    _write(out / "fornavn.csv", ["name", "ssb", "share"], given)

    _write(out / "etternavn.csv", ["name", "count"],
           [[r["name"], r["count"]] for r in _read(source / "etternavn.csv")])

    _write(out / "traps.csv", ["word", "kind"],
           sorted({(t["word"], t["kind"]) for t in traps}))
    build_population(source, out)


def _share(row: dict[str, str]) -> str:
    """How many bear a given name: SSB's summed yearly share of the born (per cent), and
    the newborns of 2005–2014 counted as a hundredth each (names newer than the share)."""
    share = float(row["ssb_share_sum_pct"] or 0) + float(row["newborns_2005_2014"] or 0) / 100
    return f"{share:.3f}" if share else ""


def _extra_given(known: set[str]) -> list[str]:
    """Old and rural Norwegian given names from ``scripts/fornavn_ekstra.txt`` that the
    source lacks, leaving out those that are frequent Norwegian words (Zipf >= 3.0)."""
    from wordfreq import zipf_frequency

    path = Path(__file__).resolve().parent / "fornavn_ekstra.txt"
    names: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for name in line.split():
            low = name.lower()
            if low not in known and zipf_frequency(low, "nb") < 3.0:
                known.add(low)
                names.append(name)
    return names


def _successor(row: dict[str, str]) -> str:
    """The number a municipality went on as when it ended, from the notes of
    ``shared/data/kommuner.csv``: "2020: renumbered to 3001 (Viken)", "2020: merged with
    ... into Asker (3025)", "2020: merged into Stavanger (1103)"; a split keeps the part
    with the same name ("split between Ålesund (1508) and Haram (1580)"), else none."""
    if not row["valid_to"]:
        return ""
    year = str(int(row["valid_to"]) + 1)
    part = next((p.strip() for p in row["notes"].split(";")
                 if p.strip().startswith(year + ":")), "")
    if m := re.search(r"renumbered to (\d{4})", part):
        return m.group(1)
    if m := re.search(r"\binto [^;]*?\((\d{4})\)", part):
        return m.group(1)
    if "split between" in part:
        return next((num for name, num in re.findall(r"([^(),]+?) \((\d{4})\)",
                                                       part.split("split between", 1)[1])
                     if name.replace(" and ", "").strip() == row["name"]), "")
    return ""


def build_population(source: Path, out: Path) -> None:
    """``folketall.csv``: one row per municipality number, one column per year."""
    figures: dict[str, dict[int, str]] = {}
    for r in _read(source / "folketall.csv"):
        figures.setdefault(r["number"], {})[int(r["year"])] = r["population"]
    years = sorted({y for per in figures.values() for y in per})
    successors: dict[str, str] = {}
    for k in _read(source / "kommuner.csv"):
        successors[k["number"]] = successors.get(k["number"]) or _successor(k)
    unknown = sorted(set(figures) - set(successors))
    if unknown:
        raise SystemExit(f"folketall.csv has numbers kommuner.csv lacks: {unknown[:5]}")
    rows = [[number, successors[number], *(per.get(y, "") for y in years)]
            for number, per in sorted(figures.items())]
    _write(out / "folketall.csv", ["number", "successor", *map(str, years)], rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    build(args.source, args.out)


if __name__ == "__main__":
    main()
