"""Municipalities by size: population data per number and year, the number valid in the
interview year (renumbering, mergers, splits), size classes as a study setting, the
`size` and `size_region` generalisations in anonymised text, and the case's size class in
exports (never its municipality)."""

from __future__ import annotations

import csv
import re
import sqlite3
import zipfile

import pytest
from conftest import GUIDES
from test_anonymise_batch import PASS, make_transcript, texts

from feltarbeid import municipalities as mun
from feltarbeid.anonymise import apply, keyfile
from feltarbeid.anonymise.keyfile import create_key
from feltarbeid.domain import Case, Informant
from feltarbeid.errors import FeltarbeidError, SettingsError
from feltarbeid.export import collect, export_study
from feltarbeid.export.synthetic import add_interview
from feltarbeid.guide import add_to_study
from feltarbeid.settings import set_value
from feltarbeid.store import places, sessions
from feltarbeid.store.privacy import scrub_study_identifiers


def test_population_data_is_packaged_with_every_year():
    assert mun.get("0301").population[2025] == 724_290  # Oslo (SOURCES.md spot values)
    assert mun.get("1151").population[2024] == 215  # Utsira, the smallest
    per_year = {y: sum(1 for m in mun.load().by_number.values() if m.valid_in(y))
                for y in (2005, 2020, 2024, 2026)}
    assert per_year == {2005: 433, 2020: 356, 2024: 357, 2026: 357}


def test_the_number_valid_in_the_interview_year():
    assert mun.number_in_year("3203", 2015) == "0220"  # Asker before renumbering
    assert mun.number_in_year("0220", 2024) == "3203"  # and after (via 3025)
    assert mun.number_in_year("0723", 2021) == "3811"  # Tjøme merged into Færder 2018
    assert mun.number_in_year("1507", 2024) == "1508"  # Ålesund split 2024: same-named part
    assert mun.number_in_year("1850", 2022) == "1850"  # Tysfjord split: no successor
    assert mun.population("3203", 2015) == (59_571, 2015, "0220")
    assert mun.population("3203", 2031)[1] == 2026  # after the data: the latest figure


def test_names_and_numbers_resolve_with_clear_errors():
    assert mun.resolve("Asker").number == "3203"
    assert mun.resolve("asker kommune", 2015).number == "0220"
    assert mun.resolve("Kárášjohka").name == "Karasjok"  # parallel Sami name
    assert mun.resolve("Bø (Nordland)").number == "1867"
    assert mun.resolve("Bø", 2024).number == "1867"  # the Telemark one was gone by then
    assert mun.resolve("Tjøme").number == "0723"
    with pytest.raises(FeltarbeidError) as e:
        mun.resolve("Bø")
    assert "0821 Bø (Telemark, –2019)" in e.value.hint and "1867" in e.value.hint
    with pytest.raises(FeltarbeidError, match="Fant ingen kommune"):
        mun.resolve("Atlantis")


def test_size_classes_and_their_labels():
    bounds = [3000, 15000]
    assert [c.label("nb") for c in mun.size_classes(bounds)] == [
        "under 3 000 innbyggere", "3 000–15 000 innbyggere", "over 15 000 innbyggere"]
    assert mun.size_class(2999, bounds).label("nn") == "under 3 000 innbyggjarar"
    assert mun.size_class(3000, bounds).upper == 15000  # a bound belongs to the class above
    assert mun.size_class(15000, bounds).label("en") == "more than 15,000 inhabitants"
    # Lyngen was over 3 000 in 2006 and under in 2024: the interview year decides
    assert mun.size_of_name("Lyngen", 2006, bounds).lower == 3000
    assert mun.size_of_name("Lyngen", 2024, bounds).upper == 3000
    assert mun.size_of_name("Bø", 2010, bounds) is None  # two Bø of different classes


def test_size_bounds_are_a_validated_setting(study):
    assert study.settings.get("anonymise", "size_bounds") == [3000, 15000]
    settings = set_value(study.root / "feltarbeid.toml", "anonymise", "size_bounds",
                         [2000, 5000, 20000])
    assert settings.get("anonymise", "size_bounds") == [2000, 5000, 20000]
    assert "size_bounds = [2000, 5000, 20000]" in (study.root / "feltarbeid.toml").read_text()
    for bad in ([15000, 3000], [0], "3000", [3000.5], []):
        with pytest.raises(SettingsError, match="size_bounds"):
            set_value(study.root / "feltarbeid.toml", "anonymise", "size_bounds", bad)


@pytest.fixture
def keyed(study, monkeypatch):
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    create_key(study, PASS)
    return study


@pytest.mark.parametrize("mode, expected", [
    ("size", ["[kommune med over 15 000 innbyggere]", "[kommune med under 3 000 innbyggere]",
              "[kommune med 3 000–15 000 innbyggere]"]),
    ("size_region", ["[kommune med over 15 000 innbyggere på Østlandet]",
                     "[kommune med under 3 000 innbyggere på Vestlandet]",
                     "[kommune med 3 000–15 000 innbyggere i Nord-Norge]"]),
])
def test_generalised_by_size_in_the_interview_year(keyed, mode, expected):
    study = keyed
    set_value(study.root / "feltarbeid.toml", "anonymise", "municipalities", mode)
    study.reload_settings()
    tid = make_transcript(study, "IP01", [
        "Hvor har du jobbet?",
        "Først i Asker kommune, så på Utsira, og i 2007 var jeg i Lyngen kommune.",
    ])
    sid = study.store.one("SELECT session_id FROM recordings")["session_id"]
    sessions.update_session(study.store, sid, started_at="2007-05-02T10:00:00+02:00")
    apply.run(study)
    out = texts(study, tid)[1]
    for phrase in expected:
        assert phrase in out, out
    assert "Asker" not in out and "Utsira" not in out and "Lyngen" not in out


@pytest.fixture
def two_cases(study):
    """C1 set to Utsira by number; C2 known from its interviews' KOMMUNE header."""
    guide, _, _ = add_to_study(study, GUIDES / "en-municipal-services.yaml")
    store = study.store
    for n, (case, inf) in enumerate([
            (Case("C1", attributes={"model": "joint"}), Informant("IP01", case_code="C1")),
            (Case("C2"), Informant("IP02", case_code="C2"))]):
        add_interview(store, session_id=f"S00{n + 1}", informant=inf, case=case, guide=guide,
                      guide_hash=guide.content_hash, words=60, seed=n,
                      started_at="2015-03-02T09:00:00+01:00")
    sessions.update_session(store, "S002", header_values={"kommune": "Asker"})
    return study


def test_case_size_class_goes_to_exports_and_the_municipality_never(two_cases, cli, tmp_path):
    study = two_cases
    s = ["--study", str(study.root)]
    r = cli(*s, "case", "set", "C1", "--municipality", "1151")
    assert r.exit_code == 0, r.output
    assert "Utsira (1151), 206 innbyggere 1. januar 2015, størrelse: under 3 000" in r.stdout
    r = cli(*s, "case", "set", "C1", "--municipality", "Bø")
    assert r.exit_code == 1 and "1867 Bø (Nordland)" in r.stderr and "Traceback" not in r.output
    r = cli(*s, "case", "list")
    assert "under 3 000 innbyggere" in r.stdout and "over 15 000 innbyggere" in r.stdout
    cases = {c.code: c.attributes for c in collect(study).cases}
    assert cases == {"C1": {"model": "joint", "size_class": "under 3 000 innbyggere"},
                     "C2": {"size_class": "over 15 000 innbyggere"}}
    res = export_study(study, ["qdpx", "csv"], out=tmp_path / "ut", passphrase=PASS)
    with (res.folder / "segments.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["case"]: r["case_size_class"] for r in rows} == {
        "C1": "under 3 000 innbyggere", "C2": "over 15 000 innbyggere"}
    with zipfile.ZipFile(res.folder / "teststudie.qdpx") as z:
        project = z.read("project.qde").decode("utf-8")
    assert "case_size_class" in project and "under 3 000 innbyggere" in project
    for text in [project, *(f.read_text("utf-8") for f in res.files if f.suffix != ".qdpx")]:
        # as words: a GUID may hold the digits 1151 by chance ('…0de42b1151da')
        assert not re.search(r"(?<![\w-])(?:Utsira|Asker|1151)(?![\w-])", text), text
    # purge forgets the municipalities
    scrub_study_identifiers(study.store)
    assert places.case_municipalities(study.store) == {}


def test_upgrade_of_a_0_1_database_keeps_its_data(tmp_path):
    from feltarbeid.store.core import Store
    from feltarbeid.store.schema import MIGRATION_1, MIGRATIONS

    path = tmp_path / "feltarbeid.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATION_1)  # a 0.1 study
    conn.execute("INSERT INTO schema_version VALUES (1, '2026-01-01')")
    conn.execute("INSERT INTO cases(code, label, attributes, created_at) VALUES"
                 " ('K1', 'Pilot', '{}', '2026-01-01')")
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.version() == len(MIGRATIONS)
    assert store.one("SELECT label FROM cases WHERE code = 'K1'")["label"] == "Pilot"
    places.set_case_municipality(store, "K1", "3203")
    assert places.case_municipalities(store) == {"K1": "3203"}
    assert store.all("SELECT * FROM indirect_flags") == []
    store.close()
