"""The text a purge checks in each export format is the text a reader sees, not the file's
markup: no font names from a .docx's styles (Times New Roman → the municipality Time), no
GUIDs or colours from a .qdpx/.qdc (pieces read as phone numbers), but every paragraph,
table cell, header, note and variable value."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import GUIDES

from feltarbeid.anonymise.leaks import find_leaks
from feltarbeid.domain import Case, Informant
from feltarbeid.export import export_study
from feltarbeid.export.synthetic import add_interview
from feltarbeid.guide import add_to_study
from feltarbeid.privacy.filetext import extract_text

GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
NOTE = "Informanten viste planen over kontoret."


@pytest.fixture
def exported(study):  # type: ignore[no-untyped-def]
    guide, _, _ = add_to_study(study, GUIDES / "en-municipal-services.yaml")
    add_interview(study.store, session_id="S001",
                  informant=Informant("IP01", role="kontorleder", case_code="C1",
                                      employer="state", consent="written"),
                  case=Case("C1", attributes={"size": "small"}), guide=guide,
                  guide_hash=guide.content_hash, words=120, notes=(NOTE,))
    result = export_study(study, ["all"], out=study.exports_dir / "all")
    return study, result


def test_each_format_gives_its_text_not_its_markup(exported) -> None:  # type: ignore[no-untyped-def]
    study, result = exported
    by_suffix: dict[str, list[str]] = {}
    for f in [*result.files, result.manifest_path]:
        text = extract_text(f)
        assert text is not None, f
        by_suffix.setdefault(f.suffix, []).append(text)
    everything = "\n".join(t for texts in by_suffix.values() for t in texts)
    # markup is not text
    for markup in ("Times New Roman", "Calibri", "Cambria", "w:val", "#FF", "xmlns"):
        assert markup not in everything, markup
    for suffix in (".qdpx", ".qdc", ".docx", ".xlsx"):
        for text in by_suffix[suffix]:
            assert not GUID.search(text), (suffix, GUID.search(text))
    # ... but what a reader sees is there
    assert any(NOTE in t for t in by_suffix[".qdpx"])  # a note
    assert any("kontorleder" in t for t in by_suffix[".qdpx"])  # a variable value
    assert any("IP01" in t for t in by_suffix[".docx"])  # the speaker labels
    assert any("kontorleder" in t for t in by_suffix[".xlsx"])  # a cell
    # and the tool's own exports hold no false leak for the purge to stop on
    assert find_leaks([(f"{s} {i}", t) for s, ts in by_suffix.items()
                       for i, t in enumerate(ts)], []) == []


def test_docx_headers_tables_and_properties_are_read(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Første avsnitt.")
    d.sections[0].header.paragraphs[0].text = "Topptekst Kari Nordmann"
    d.sections[0].footer.paragraphs[0].text = "Bunntekst 912 34 567"
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "Celle Hamar"
    d.core_properties.title = "Tittel Ola Testesen"
    path = tmp_path / "a.docx"
    d.save(str(path))
    text = extract_text(path)
    assert text is not None
    for expected in ("Første avsnitt.", "Kari Nordmann", "912 34 567", "Celle Hamar",
                     "Ola Testesen"):
        assert expected in text
    # a name split over two runs of one paragraph is still one name
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Kari Nord")
    p.add_run("mann")
    d.save(str(path))
    assert "Kari Nordmann" in (extract_text(path) or "")


def test_xlsx_cells_of_every_sheet_are_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Kari Nordmann"
    ws = wb.create_sheet("Andre")
    ws["C3"] = 91234567
    path = tmp_path / "a.xlsx"
    wb.save(path)
    text = extract_text(path) or ""
    assert "Kari Nordmann" in text and "91234567" in text


def test_a_zip_that_is_not_the_format_it_claims_is_not_checked(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("something.bin", b"\x00\x01")
    assert extract_text(path) is None
    (tmp_path / "y.xlsx").write_bytes(b"not a zip")
    assert extract_text(tmp_path / "y.xlsx") is None


def test_a_recording_in_a_qdpx_is_sound_the_rest_is_still_read(tmp_path: Path) -> None:
    """export --with-audio puts an .m4a into the project: the project's text is checked,
    the sound is skipped; anything else the check cannot read still makes it unchecked."""
    project = ('<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Sources>'
               '<AudioSource name="S001" path="internal://a.m4a"/></Sources>'
               '<Description>Kari Nordmann</Description></Project>')
    path = tmp_path / "lyd.qdpx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("project.qde", project)
        z.writestr("sources/a.m4a", b"\x00\x00\x00\x18ftypM4A ")
        z.writestr("sources/a.txt", "Tekst fra intervjuet.")
    text = extract_text(path) or ""
    assert "Kari Nordmann" in text and "Tekst fra intervjuet." in text
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("sources/bilde.png", b"\x89PNG")
    assert extract_text(path) is None


def test_the_tools_own_words_are_no_near_misses() -> None:
    """Read back whole, an export holds the tool's words ('Reflexivity memos', memos.csv);
    'memos' is close to the municipality Moss but is no leak. A misheard name still is."""
    from feltarbeid.anonymise.leaks import tool_words

    texts = [("x", "Reflexivity memos\nmemos.csv\nToe Hanson sa det.")]
    plain = find_leaks(texts, ["Moss", "Tove Hansen"], gazetteer=False)
    assert {texts[0][1][leak.start:leak.end] for leak in plain} == {"memos", "Toe Hanson"}
    own = find_leaks(texts, ["Moss", "Tove Hansen"], gazetteer=False, not_near=tool_words())
    assert [texts[0][1][leak.start:leak.end] for leak in own] == ["Toe Hanson"]
