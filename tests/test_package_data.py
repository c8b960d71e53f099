"""A damaged data file of the installed package stops a command with a clear message in
the study's language (what, where, what to do), not a traceback, and nothing is written."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

import feltarbeid.data as data
from feltarbeid.anonymise import gazetteer, namesakes, things

CACHES = (gazetteer.load, things.load, things._rows, things._joined_names,
          things._all_kinds,
          namesakes.load)


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A copy of the package's data files that a test may damage; the lists are read anew
    from it, and from the real ones after the test."""
    folder = tmp_path / "data"
    folder.mkdir()
    for f in resources.files("feltarbeid.data").iterdir():
        if f.name.endswith(".csv"):
            shutil.copyfile(str(f), folder / f.name)
    monkeypatch.setattr(data, "_folder", lambda: folder)
    for c in CACHES:
        c.cache_clear()
    yield folder
    monkeypatch.undo()
    for c in CACHES:
        c.cache_clear()


def test_every_file_the_code_reads_is_named_with_its_columns():
    for name in data.COLUMNS:
        assert data.rows(name), name


def test_every_csv_file_of_the_package_is_named_with_its_columns():
    # a file the list of columns lacks is read unchecked: a damaged one stopped a command
    # with a KeyError ('en uventet feil') instead of saying what to do (utlandsbyer.csv)
    files = {f.name for f in resources.files("feltarbeid.data").iterdir()
             if f.name.endswith(".csv")}
    assert files <= set(data.COLUMNS), files - set(data.COLUMNS)


def test_a_damaged_list_of_towns_abroad_stops_with_what_to_do(package_copy):
    (package_copy / "utlandsbyer.csv").write_text("navn\nSiena\n", encoding="utf-8")
    with pytest.raises(data.DataDamaged) as e:
        gazetteer.load()
    assert "utlandsbyer.csv" in str(e.value) and "kolonner som mangler: name" in str(e.value)


@pytest.mark.parametrize("damage, why", [
    (lambda t: t.replace("name,kind", "navn,kind", 1), "kolonner som mangler: name"),
    (lambda t: t + "Volvo Amazon\n", "har feil antall felt"),
    (lambda t: t + "Volvo,car,extra\n", "har feil antall felt"),
])
def test_a_damaged_list_is_named_with_what_to_do(package_copy, damage, why):
    f = package_copy / "ting.csv"
    f.write_text(damage(f.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(data.DataDamaged) as e:
        data.rows("ting.csv")
    text = str(e.value)
    assert why in text and "ting.csv" in text
    assert "installer feltarbeid på nytt" in text


def test_a_file_that_is_not_utf8_is_refused(package_copy):
    (package_copy / "namesakes.csv").write_bytes(b"name,country,nearby\nL\xf8kken,x,y\n")
    with pytest.raises(data.DataDamaged, match="namesakes.csv"):
        data.rows("namesakes.csv")


def test_detect_stops_without_a_traceback_and_writes_nothing(package_copy, cli, tmp_path):
    f = package_copy / "ting.csv"
    f.write_text(f.read_text(encoding="utf-8") + "Volvo Amazon\n", encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "Kari Nordheim kjørte Volvo."}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = cli("anonymise", "detect", str(src), "-o", str(out))
    assert r.exit_code == 1, r.output
    assert "Traceback" not in r.output
    assert "ting.csv" in r.output and "kan ikke leses" in r.output
    assert "installer feltarbeid på nytt" in r.output
    assert not out.exists()


def test_a_batch_with_a_damaged_list_anonymises_nothing(package_copy, study, monkeypatch):
    """Privacy fails closed: with half a list nothing is anonymised, nothing is marked
    done, and the transcript keeps its state for the next run."""
    from test_anonymise_batch import PASS, make_transcript

    from feltarbeid.anonymise import apply, keyfile
    from feltarbeid.anonymise.keyfile import create_key
    from feltarbeid.store import transcripts as ts

    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    create_key(study, PASS)
    tid = make_transcript(study, "IP01", ["Hvem var rådmann?", "Det var Ingrid Vesterskaug."])
    f = package_copy / "ting.csv"
    f.write_text(f.read_text(encoding="utf-8") + "Volvo Amazon\n", encoding="utf-8")
    with pytest.raises(data.DataDamaged):
        apply.run(study)
    t = ts.load(study.store, tid)
    assert t.state == "transcribed"
    assert [s.text for s in t.segments][1] == "Det var Ingrid Vesterskaug."
