"""Detection units: gazetteer with inflections and compositions, merged municipalities and
parallel names, person names with context, patterns, trap words, the registry, and the
JSONL text interface."""

from __future__ import annotations

import json

import pytest

from feltarbeid.anonymise.detect import Registry, detect, fnr_valid
from feltarbeid.anonymise.gazetteer import load, municipality_names
from feltarbeid.anonymise.keyfile import RegistryEntry


def found(text: str, **kw) -> list[tuple[str, str]]:
    return [(h.surface, h.label) for h in detect(text, **kw)]


def test_package_data_covers_2006_to_2026():
    names = set(municipality_names())
    assert {"Tjøme", "Nøtterøy", "Færder", "Rygge", "Hobøl", "Trøgstad", "Indre Østfold",
            "Kautokeino", "Sør-Varanger"} <= names
    g = load()
    assert "guovdageaidnu" in g.places and "kárášjohka" in g.places  # parallel names
    assert g.county_names["trøndelag"] == "Trøndelag"
    assert "kari" in g.given and "hansen" in g.surnames


@pytest.mark.parametrize("text, surface", [
    ("Jeg begynte på NAV Asker i 2015.", "Asker"),
    ("Askers modell ble kopiert av andre kommuner.", "Askers"),
    ("Når du snakker med rådmannen i Hamar kommune får du et annet svar.", "Hamar"),
    ("Vi hadde et eget team i Lier for ungdom.", "Lier"),
    ("Jeg jobbet på Trøgstad-kontoret i tre år.", "Trøgstad"),
    ("Hun flyttet fra Tjøme før sammenslåingen.", "Tjøme"),
    ("Jeg er fra Guovdageaidnu, egentlig.", "Guovdageaidnu"),
    ("Kommunen heter Sør-Varanger, helt nord.", "Sør-Varanger"),
    ("han er fra sør varanger helt nord", "sør varanger"),
    ("jeg jobbet på trøgstad kontoret", "trøgstad"),
])
def test_municipalities_inflected_and_composed(text, surface):
    assert (surface, "MUNICIPALITY") in found(text)


@pytest.mark.parametrize("text", [
    "Det var en time der vi bare satt og ventet.",
    "Det var sola som skinte hele uka.",
    "Moss og lav vokser overalt her oppe.",
    "Vi gikk langs stranda og snakket om det.",
    "Det står en gran utenfor vinduet mitt.",
    "det lå en stor stein midt i veien",
    "det koster hundre kroner per person",
    "Hans kone jobbet også på NAV.",
    "Liv og helse er det viktigaste, seier dei.",
    "Vi har ikke noen god løsning på det ennå.",
])
def test_trap_words_in_ordinary_use_are_left_alone(text):
    assert found(text) == []


def test_persons_with_context_and_asr_text():
    assert ("Kari Nordheim", "PERSON") in found("Da var det Kari Nordheim som var leder.")
    assert ("Per Olav Brekke", "PERSON") in found("Jeg snakket med Per Olav Brekke i fjor.")
    assert ("Skaug", "PERSON") in found("Hun er fastlegen, doktor Skaug, du vet.")
    assert ("Stein", "PERSON") in found("Når Stein begynte, ble det mer struktur.")
    assert ("per olav brekke", "PERSON") in found("jeg snakket med per olav brekke i fjor")
    assert ("hege", "PERSON") in found("og så sa hege at hun ikke ville")
    assert ("karianne", "PERSON") in found("karianne tok imot søknadene")
    # a surname that is also a municipality: 'Lars Berg' is a person, not Berg kommune
    assert found("Han heter Lars Berg og er rektor.") == [("Lars Berg", "PERSON")]


def test_patterns():
    hits = found("Ring 412 55 870 eller +47 915 02 344, skriv til kari.n@example.no; "
                 "fnr 17817949762. Adresse: Storgata 14, 3015 Drammen.")
    labels = [label for _, label in hits]
    assert labels.count("PHONE") == 2 and "EMAIL" in labels and "FNR" in labels
    assert ("Storgata 14, 3015 Drammen", "ADDRESS") in hits
    assert fnr_valid("17817949762") and not fnr_valid("17817949761")
    assert "FNR" not in [lb for _, lb in found("Saksnummer 17817949761 er feil.")]


def test_ambiguous_municipality_resolved_by_county():
    hits = detect("Ho kjem frå Os i Hordaland, ikkje frå Os i Østerdalen.")
    os_hits = [h for h in hits if h.surface == "Os"]
    assert os_hits[0].info["county"] == "Hordaland"
    assert os_hits[1].info["county"] == ""  # shared name, no county given: unresolved


def test_registry_has_priority_and_inflections():
    reg = Registry.build([
        RegistryEntry(1, "place", "Skjeberg"),
        RegistryEntry(2, "person", "Tjorven Haugstøl", ["Tjorven"]),
    ])
    hits = detect("vi møtte tjorven på skjeberg, og Tjorven Haugstøls kontor", registry=reg)
    assert [(h.surface, h.label, h.source) for h in hits] == [
        ("tjorven", "PERSON", "registry"), ("skjeberg", "PLACE", "registry"),
        ("Tjorven Haugstøls", "PERSON", "registry")]


def test_detect_jsonl_interface(cli, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [{"id": 1, "text": "Jeg jobbet i Elverum med Kari Nordheim."},
             {"id": "b", "text": "Ingen navn her."}]
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                   encoding="utf-8")
    r = cli("anonymise", "detect", str(src))
    assert r.exit_code == 0, r.output
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert out[1] == {"id": "b", "spans": []}
    assert out[0]["id"] == 1
    text = lines[0]["text"]
    for span in out[0]["spans"]:
        assert set(span) == {"start", "end", "label", "surface"}
        assert text[span["start"]:span["end"]] == span["surface"]
    assert [s["label"] for s in out[0]["spans"]] == ["MUNICIPALITY", "PERSON"]
    # bad input: a clear error naming the line, nothing written
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "ok"}\n{"id": 2}\n', encoding="utf-8")
    r = cli("anonymise", "detect", str(bad), "-o", str(tmp_path / "out.jsonl"))
    assert r.exit_code == 1 and "bad.jsonl:2" in r.output
    assert not (tmp_path / "out.jsonl").exists()


def test_generalisation_and_letters():
    from feltarbeid.anonymise.pseudonyms import generalise, letters

    info = detect("Jeg bor i Elverum.")[0].info
    assert generalise(info, "county", "nb") == "[kommune i Innlandet]"
    assert generalise(info, "region", "nb") == "[kommune på Østlandet]"
    assert generalise(info, "region", "en") == "[municipality in Østlandet]"
    assert generalise(detect("Eg bur i Bodø.")[0].info, "region", "nn") == "[kommune i Nord-Norge]"
    # size class by population in the interview year (Elverum: about 21 000)
    assert generalise(info, "size", "nb", year=2024) == "[kommune med over 15 000 innbyggere]"
    assert generalise(info, "size_region", "nb", year=2024) == (
        "[kommune med over 15 000 innbyggere på Østlandet]")
    assert generalise(info, "code", "nb") is None
    assert (letters(1), letters(26), letters(27)) == ("A", "Z", "AA")
