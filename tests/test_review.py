"""Review packets (member check): making packets, reading answers, status transitions.

Transcripts are built directly in the store (``transcript_in_store``), so these tests need
no other stage than the anonymisation helper's leak check / ``anonymise_segments``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from feltarbeid.domain import Informant, Recording, Segment, Session
from feltarbeid.review import returns
from feltarbeid.review.demo import answer_body, answer_html, run_review_demo, write_answer_file
from feltarbeid.review.diff import apply_answer, changes_for, distribute
from feltarbeid.review.packets import load_packet, make_packets
from feltarbeid.review.returns import read_answer, take_in
from feltarbeid.review.status import check_deadlines, mark_sent, remind, status_rows
from feltarbeid.store import recordings, registers, sessions, transcripts
from feltarbeid.store import review as review_store
from feltarbeid.study import Study, init_study
from feltarbeid.textdiff import plain_diff

# --------------------------------------------------------------------------- helpers

SEGMENTS = [
    ("I", "Kan du fortelle om en vanlig dag på jobben?"),
    ("IP01", "Ja, jeg begynner klokka åtte med et møte."),
    ("IP01", "Etterpå jobber jeg sammen med [Person 1] om oppfølgingen."),
    ("I", "Hvordan fungerer samarbeidet med [Kommune A]?"),
    ("IP01", "Det fungerer stort sett bra, men det tar tid."),
    ("I", "Takk for praten."),
]


@dataclass
class Made:
    transcript_id: int
    session_id: str
    recording_id: int


_counter = {"n": 0}


def transcript_in_store(study: Study, informants: tuple[str, ...] = ("IP01",),
                        segments: list[tuple[str, str]] | None = None,
                        state: str = "anonymised") -> Made:
    """An informant (or several), a session, a recording and a transcript with a verbatim
    and an anonymised version — straight into the store."""
    _counter["n"] += 1
    n = _counter["n"]
    for code in informants:
        if registers.get_informant(study.store, code) is None:
            registers.add_informant(study.store, Informant(code=code, consent="written"))
    sid = f"S{n:03d}"
    sessions.create_session(study.store, Session(id=sid, informants=list(informants),
                                                 interviewers=["INT1"]))
    rid = recordings.add(study.store, Recording(
        id=0, path=f"recordings/r{n}.wav", original_name=f"r{n}.wav",
        sha256=f"{n:064x}", size=100, session_id=sid))
    tid = transcripts.get_or_create(study.store, rid, f"h{n}", "base", {}, state="running")
    segs = [Segment(i, i * 5.0, i * 5.0 + 4.5, text, speaker, "q1" if i < 3 else "q2")
            for i, (speaker, text) in enumerate(segments or SEGMENTS)]
    verbatim = [Segment(s.idx, s.start, s.end, s.text.replace("[Person 1]", "Kari")
                        .replace("[Kommune A]", "Hamar"), s.speaker, s.item_id) for s in segs]
    transcripts.save_version(study.store, tid, "verbatim", verbatim, state="transcribed")
    if state != "transcribed":
        transcripts.save_version(study.store, tid, "anonymised", segs, state=state)
    return Made(tid, sid, rid)


def snapshot(study: Study) -> tuple:
    """Everything an import may change."""
    s = study.store
    return (
        [tuple(r) for r in s.all("SELECT * FROM review_rounds ORDER BY packet_id")],
        [tuple(r) for r in s.all("SELECT id, kind FROM transcript_versions ORDER BY id")],
        [tuple(r) for r in s.all("SELECT * FROM informant_additions ORDER BY id")],
        [tuple(r) for r in s.all("SELECT id, state FROM transcripts ORDER BY id")],
    )


def one_packet(study: Study, code: str = "IP01"):  # type: ignore[no-untyped-def]
    made = make_packets(study, code)
    assert len(made) == 1
    return made[0]


def set_review(study: Study, **values: object) -> None:
    for k, v in values.items():
        study.settings.values["review"][k] = v


# --------------------------------------------------------------------------- making


def test_make_writes_all_files_and_records_round(study: Study) -> None:
    m = transcript_in_store(study)
    made = one_packet(study)
    names = sorted(f.name for f in made.files)
    pid = made.packet.packet_id
    assert names == sorted([f"{pid}.html", f"{pid}.pdf", f"{pid}.docx", f"{pid}-letter.txt"])
    assert all(f.parent == study.packets_dir / "IP01" for f in made.files)
    rnd = review_store.get_round(study.store, pid)
    assert rnd is not None and rnd["status"] == "prepared"
    assert rnd["version_hash"] == transcripts.versions(study.store, m.transcript_id)[-1][
        "text_hash"]
    assert transcripts.load(study.store, m.transcript_id).state == "in_review"
    # merged speaker runs: I, IP01 (2 segments), I, IP01, I
    assert [p.number for p in made.packet.passages] == [1, 2, 3, 4, 5]
    assert made.packet.passages[1].segment_indices == (1, 2)
    # the anonymised text, never the verbatim one
    html = made.files[0].read_text("utf-8")
    assert "[Person 1]" in html and "Kari" not in html and "Hamar" not in html
    assert pid in html and rnd["deadline"] in (made.packet.deadline,)
    # audit says what happened, without text
    entry = study.store.audit_entries("review.prepare")[-1]
    assert entry["subject"] == pid and "Person" not in json.dumps(entry["details"])
    # no open packet twice unless --again
    assert make_packets(study, "IP01") == []
    again = make_packets(study, "IP01", again=True)
    assert again[0].outdated == [pid]
    assert review_store.get_round(study.store, pid)["status"] == "outdated"


def test_html_is_self_contained(study: Study) -> None:
    transcript_in_store(study)
    html = one_packet(study).files[0].read_text("utf-8")
    assert "<link" not in html and "src=" not in html.replace('id="packet-data"', "")
    assert not re.search(r"https?://", html), "the packet must not reference the network"
    assert "localStorage" in html and 'name="viewport"' in html
    assert 'Content-Security-Policy' in html and "connect-src 'none'" in html
    data = re.search(r'<script type="application/json" id="packet-data">(.*?)</script>', html,
                     re.S)
    assert data is not None and json.loads(data.group(1))["informant"] == "IP01"


def test_letters_in_each_language(tmp_path: Path) -> None:
    for lang, word in (("nb", "Vennlig hilsen"), ("nn", "Venleg helsing"),
                       ("en", "Kind regards")):
        st = init_study(tmp_path / lang, title="Studie", language=lang)
        try:
            transcript_in_store(st)
            made = one_packet(st)
            letter = made.files[3].read_text("utf-8")
            assert word in letter and made.packet.packet_id + ".html" in letter
            assert {"nb": "desember", "nn": "desember", "en": "December"}[lang] in letter or \
                made.packet.deadline[5:7] != "12"
        finally:
            st.close()


def test_letter_follows_silence_rule(study: Study) -> None:
    transcript_in_store(study)
    set_review(study, silence_approves=True)
    letter = one_packet(study).files[3].read_text("utf-8")
    assert "godkjenner utskriften" in letter


def test_pdf_renders_with_line_numbers(study: Study) -> None:
    long = [("I", "Fortell om en vanlig dag."),
            *[("IP01", f"Setning nummer {i} om arbeidet med oppfølging av brukerne. " * 3)
              for i in range(60)]]
    transcript_in_store(study, segments=long)
    pdf = one_packet(study).files[1]
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 3  # cover letter + several transcript pages
    first = reader.pages[0].extract_text()
    assert "Vennlig hilsen" in first
    text = "\n".join(p.extract_text() for p in reader.pages[1:])
    assert "Setning nummer 59" in text and "Gjennomlesing av intervjuet ditt" in text
    assert re.search(r"^\s*100\s", text, re.M), "lines are numbered"


def test_group_session_shows_only_own_words(study: Study) -> None:
    segs = [("I", "Hva tenker dere om samarbeidet?"),
            ("IP01", "Jeg synes det går fint."),
            ("IP02", "Hemmelig mening fra den andre deltakeren."),
            ("I", "Og videre?"),
            ("IP01", "Vi møtes hver uke.")]
    transcript_in_store(study, informants=("IP01", "IP02"), segments=segs)
    made = make_packets(study)
    assert sorted(m.packet.informant for m in made) == ["IP01", "IP02"]
    ip01 = next(m for m in made if m.packet.informant == "IP01")
    for f in ip01.files:
        if f.suffix == ".pdf":
            content = "\n".join(p.extract_text() for p in PdfReader(str(f)).pages)
        elif f.suffix == ".docx":
            content = "\n".join(p.text for p in Document(str(f)).paragraphs)
        else:
            content = f.read_text("utf-8")
        assert "Hemmelig mening" not in content, f.name
    assert [p.reviewable for p in ip01.packet.passages] == [True, True, False, True, True]
    # answering one packet does not outdate the other informant's packet
    ip02 = next(m for m in made if m.packet.informant == "IP02")
    p2 = ip01.packet.passages[1]
    path = write_answer_file(study, ip01.packet.packet_id, corrections={2: p2.text + " Alltid."})
    packet, rnd, answer = take_in(study, path)
    apply_answer(study, packet, rnd, answer, {0: True})
    tid = ip01.packet.transcript_id
    assert transcripts.load(study.store, tid).state == "in_review"  # IP02 still open
    path2 = write_answer_file(study, ip02.packet.packet_id, confirm=[3])
    packet, rnd, answer = take_in(study, path2)
    result = apply_answer(study, packet, rnd, answer, {})
    assert result.transcript_verified
    t = transcripts.load(study.store, tid)
    assert t.state == "verified"
    assert "Vi møtes hver uke." in [s.text for s in t.segments]
    assert "Jeg synes det går fint. Alltid." in [s.text for s in t.segments]


def test_withdrawn_informant_gets_no_packet(study: Study) -> None:
    transcript_in_store(study)
    registers.update_informant(study.store, "IP01", consent="withdrawn")
    with pytest.raises(Exception, match="trukket samtykket"):
        make_packets(study, "IP01")
    assert make_packets(study) == []


# --------------------------------------------------------------------------- answers


def test_html_answer_round_trip(study: Study) -> None:
    m = transcript_in_store(study)
    made = one_packet(study)
    pid = made.packet.packet_id
    original = made.packet.passages[3].text
    path = write_answer_file(
        study, pid, confirm=[1, 2, 5],
        corrections={4: "Det fungerer stort sett godt, men det tar tid å bygge tillit."},
        comments={2: "Møtet er ofte på Teams."}, additions="Vi har også ukentlige møter.")
    answer = read_answer(path)
    assert answer.source == "html" and answer.packet_id == pid
    packet, rnd, answer = take_in(study, path)
    assert review_store.get_round(study.store, pid)["status"] == "answered"
    assert (study.returns_dir / "IP01" / path.name).read_bytes() == path.read_bytes()
    changes = changes_for(packet, answer)
    assert [c.kind for c in changes] == ["comment", "correction", "addition"]
    corr = changes[1]
    assert corr.before == original and "tillit" in corr.after
    assert "{+godt,+}" in plain_diff(corr.before, corr.after)
    result = apply_answer(study, packet, rnd, answer, {1: True, 2: True})
    assert result.accepted == 1 and result.additions_accepted == 1
    t = transcripts.load(study.store, m.transcript_id)
    assert t.state == "verified" and t.version_kind == "corrected"
    assert t.segments[4].text.endswith("tillit.") and t.segments[4].origin == "corrected"
    assert t.segments[1].origin == "spoken"
    # the verbatim version is kept untouched
    kinds = [v["kind"] for v in transcripts.versions(study.store, m.transcript_id)]
    assert kinds == ["verbatim", "anonymised", "corrected"]
    verbatim = transcripts.segments(study.store, transcripts.latest_version(
        study.store, m.transcript_id, "verbatim"))
    assert verbatim[4].text == "Det fungerer stort sett bra, men det tar tid."
    adds = review_store.additions(study.store, m.transcript_id)
    assert [a["text"] for a in adds] == ["Vi har også ukentlige møter."]
    assert adds[0]["packet_id"] == pid and adds[0]["informant_code"] == "IP01"
    entry = study.store.audit_entries("transcript.verified")[-1]
    assert entry["details"]["how"] == "answer accepted"
    assert "tillit" not in json.dumps(study.store.audit_entries())


def test_rejected_changes_keep_text_but_verify(study: Study) -> None:
    m = transcript_in_store(study)
    made = one_packet(study)
    path = write_answer_file(study, made.packet.packet_id, corrections={2: "Helt annen tekst."},
                             additions="Et tillegg.")
    packet, rnd, answer = take_in(study, path)
    result = apply_answer(study, packet, rnd, answer, {0: False, 1: False})
    assert result.version_id is None and result.rejected == 1
    t = transcripts.load(study.store, m.transcript_id)
    assert t.state == "verified" and t.version_kind == "anonymised"
    assert review_store.additions(study.store, m.transcript_id) == []
    assert len(review_store.additions(study.store, m.transcript_id, accepted_only=False)) == 1


def test_distribute_keeps_words_in_their_segments() -> None:
    old = ["Ja, jeg begynner klokka åtte.", "Etterpå jobber jeg."]
    assert distribute(old, "Ja, jeg begynner klokka ni. Etterpå jobber jeg mye.") == [
        "Ja, jeg begynner klokka ni.", "Etterpå jobber jeg mye."]
    assert distribute(["a b", "c d"], "a b c d") == ["a b", "c d"]


def test_docx_round_trip(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    m = transcript_in_store(study)
    made = one_packet(study)
    docx_path = made.files[2]
    doc = Document(str(docx_path))
    paras = doc.paragraphs
    target = next(p for p in paras if p.text.startswith("[4] "))
    prefix = target.text.split(": ", 1)[0] + ": "
    # edit like Word does: replace the run text
    target.runs[1].text = "Det fungerer svært bra nå, men det tok tid."
    comment = next(p for p in paras if p.text.startswith("[5] "))
    comment.insert_paragraph_before("Jeg mente mye mer med dette.")  # a note below [4]
    paras[-1].text = "Vi har fått ny leder siden intervjuet."  # under the [+] heading
    edited = study.returns_dir / "edited.docx"
    doc.save(str(edited))
    assert target.text.startswith(prefix)
    r = cli("--study", str(study.root), "review", "import", str(edited), "--accept-all")
    assert r.exit_code == 0, r.output
    assert "Rettelse" in r.output and "[4]" in r.output
    t = transcripts.load(study.store, m.transcript_id)
    assert t.segments[4].text == "Det fungerer svært bra nå, men det tok tid."
    assert t.state == "verified"
    assert [a["text"] for a in review_store.additions(study.store, m.transcript_id)] == [
        "Vi har fått ny leder siden intervjuet."]
    rnd = review_store.get_round(study.store, made.packet.packet_id)
    assert rnd["status"] == "verified"
    assert rnd["answer"]["passages"][0]["comment"] == "Jeg mente mye mer med dette."


def test_docx_tracked_changes_and_word_comments(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    target = next(p for p in doc.paragraphs if p.text.startswith("[2] "))
    doc.add_comment(target.runs[1], text="Dette stemmer ikke helt.", author="IP01")
    # a tracked change: delete "åtte" and insert "ni"
    run = target.runs[1]._r
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    from lxml import etree

    text = run.find(f"{w}t").text
    before, after = text.split("åtte", 1)
    run.find(f"{w}t").text = before
    dele = etree.SubElement(target._p, f"{w}del")
    dr = etree.SubElement(dele, f"{w}r")
    etree.SubElement(dr, f"{w}delText").text = "åtte"
    ins = etree.SubElement(target._p, f"{w}ins")
    ir = etree.SubElement(ins, f"{w}r")
    etree.SubElement(ir, f"{w}t").text = "ni"
    tail = etree.SubElement(target._p, f"{w}r")
    t_el = etree.SubElement(tail, f"{w}t")
    t_el.text = after
    t_el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    path = study.returns_dir / "tracked.docx"
    doc.save(str(path))
    packet, rnd, answer = take_in(study, path)
    changes = changes_for(packet, answer)
    corr = next(c for c in changes if c.kind == "correction")
    assert "klokka ni med" in corr.after and "åtte" not in corr.after
    assert any(c.kind == "comment" and "stemmer ikke" in c.after for c in changes)


# --------------------------------------------------------------------------- bad answers


def _bad(study: Study, path: Path, error: type, match: str) -> None:
    before = snapshot(study)
    with pytest.raises(error, match=match):
        take_in(study, path)
    assert snapshot(study) == before, "a bad answer must change nothing"


def test_damaged_answers(study: Study, tmp_path: Path) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    good = write_answer_file(study, made.packet.packet_id, corrections={2: "Ny tekst."})
    text = good.read_text("utf-8")
    cut = tmp_path / "cut.html"
    cut.write_text(text[: len(text) // 2], "utf-8")
    _bad(study, cut, returns.DamagedAnswer, "avkuttet")
    edited = tmp_path / "edited.html"
    edited.write_text(text.replace("Ny tekst.", "Annen tekst"), "utf-8")
    _bad(study, edited, returns.DamagedAnswer, "sjekksummen")
    empty = tmp_path / "empty.html"
    empty.write_text("", "utf-8")
    _bad(study, empty, returns.DamagedAnswer, "tom")
    broken_docx = tmp_path / "broken.docx"
    broken_docx.write_bytes(made.files[2].read_bytes()[:3000])
    _bad(study, broken_docx, returns.DamagedAnswer, "skadet")
    bad_body = tmp_path / "badbody.html"
    body = answer_body(made.packet, corrections={2: "x"})
    body["passages"][0]["action"] = "delete"
    bad_body.write_text(answer_html(body), "utf-8")
    _bad(study, bad_body, returns.DamagedAnswer, "ukjent valg")


def test_foreign_files(study: Study, tmp_path: Path) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    other = init_study(tmp_path / "annen", title="Annen studie")
    try:
        transcript_in_store(other)
        other_packet = one_packet(other)
        foreign = write_answer_file(other, other_packet.packet.packet_id, folder=tmp_path)
        _bad(study, foreign, returns.ForeignStudy, "annen studie")
        foreign_docx = other_packet.files[2]
        _bad(study, foreign_docx, returns.ForeignStudy, "annen studie")
    finally:
        other.close()
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html><body><p>Hei</p></body></html>", "utf-8")
    _bad(study, page, returns.NotAnAnswer, "ikke et svar på gjennomlesing")
    _bad(study, made.files[0], returns.PacketNotAnswer, "selve gjennomlesingspakken")
    _bad(study, made.files[2], returns.PacketNotAnswer, "nøyaktig slik den ble sendt")
    plain = Document()
    plain.add_paragraph("Et vanlig dokument.")
    plain_path = tmp_path / "plain.docx"
    plain.save(str(plain_path))
    _bad(study, plain_path, returns.NotAnAnswer, "ikke en gjennomlesingspakke")
    binary = tmp_path / "bilde.jpg"
    binary.write_bytes(bytes(range(256)) * 4)
    _bad(study, binary, returns.NotAnAnswer, "verken tekst eller")
    js = tmp_path / "x.json"
    js.write_text(json.dumps({"hello": 1}), "utf-8")
    _bad(study, js, returns.NotAnAnswer, "ikke et svar på gjennomlesing")


def test_outdated_packet(study: Study) -> None:
    m = transcript_in_store(study)
    old = one_packet(study)
    answer = write_answer_file(study, old.packet.packet_id, corrections={2: "Ny."})
    make_packets(study, "IP01", again=True)
    _bad(study, answer, returns.OutdatedPacket, "utdatert: en nyere pakke")
    # the text changed under an open packet (e.g. anonymisation re-run)
    newest = review_store.list_rounds(study.store, statuses=("prepared",))[0]
    answer2 = write_answer_file(study, newest["packet_id"], confirm=[1])
    segs = transcripts.segments(study.store, transcripts.latest_version(
        study.store, m.transcript_id, "anonymised"))
    segs[1].text = "Ja, jeg begynner klokka sju med et møte."
    transcripts.save_version(study.store, m.transcript_id, "anonymised", segs)
    _bad(study, answer2, returns.OutdatedPacket, "transkripsjonen er endret")


def test_answered_twice(study: Study, tmp_path: Path) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    pid = made.packet.packet_id
    first = write_answer_file(study, pid, corrections={2: "Første svar."}, folder=tmp_path / "a")
    second = write_answer_file(study, pid, corrections={2: "Andre svar."}, folder=tmp_path / "b")
    packet, rnd, answer = take_in(study, first)  # recorded, not decided yet
    _bad(study, second, returns.AlreadyAnswered, "besvart før")
    # the same file again resumes
    packet, rnd, answer = take_in(study, first)
    apply_answer(study, packet, rnd, answer, {0: True})
    _bad(study, first, returns.AlreadyAnswered, "allerede avsluttet")
    _bad(study, second, returns.AlreadyAnswered, "allerede avsluttet")


# --------------------------------------------------------------------------- status


def test_status_transitions_and_silence(study: Study) -> None:
    m = transcript_in_store(study)
    made = one_packet(study)
    pid = made.packet.packet_id
    rows = status_rows(study)
    assert [(r.informant, r.status) for r in rows] == [("IP01", "prepared")]
    day = date.today()
    assert mark_sent(study, informant="IP01", on=day + timedelta(days=2)) == [pid]
    rnd = review_store.get_round(study.store, pid)
    assert rnd["status"] == "sent" and rnd["deadline"] == (day + timedelta(days=16)).isoformat()
    # files were rendered again with the new deadline
    assert (day + timedelta(days=16)).isoformat() in json.dumps(load_packet(study, pid)[
        1]["deadline"])
    reminded = remind(study, days=30, on=day + timedelta(days=10))
    assert [r[0] for r in reminded] == [pid] and reminded[0][1].name.endswith("reminder-1.txt")
    assert "Påminnelse" in reminded[0][1].read_text("utf-8")
    rnd = review_store.get_round(study.store, pid)
    assert rnd["status"] == "reminded" and rnd["reminders"] == 1
    new_deadline = date.fromisoformat(rnd["deadline"])
    assert new_deadline == day + timedelta(days=40)
    assert check_deadlines(study, on=new_deadline) == []  # not past yet
    assert check_deadlines(study, on=new_deadline + timedelta(days=1)) == [(pid, "no_answer")]
    assert status_rows(study)[0].status == "no_answer"
    assert transcripts.load(study.store, m.transcript_id).state == "in_review"
    # a late answer is still taken in
    path = write_answer_file(study, pid, confirm=[1, 2])
    packet, rnd, answer = take_in(study, path)
    apply_answer(study, packet, rnd, answer, {})
    assert status_rows(study)[0].status == "verified"


def test_silence_approves_when_the_study_says_so(study: Study) -> None:
    m = transcript_in_store(study)
    set_review(study, silence_approves=True)
    made = one_packet(study)
    mark_sent(study)
    deadline = date.fromisoformat(review_store.get_round(study.store,
                                                         made.packet.packet_id)["deadline"])
    assert check_deadlines(study, on=deadline + timedelta(days=1)) == [
        (made.packet.packet_id, "verified")]
    assert transcripts.load(study.store, m.transcript_id).state == "verified"
    entry = study.store.audit_entries("transcript.verified")[-1]
    assert entry["details"]["how"] == "silence by deadline"
    # prepared (never sent) packets never count as silence
    m2 = transcript_in_store(study, informants=("IP02",))
    make_packets(study, "IP02")
    assert check_deadlines(study, on=deadline + timedelta(days=400)) == []
    assert transcripts.load(study.store, m2.transcript_id).state == "in_review"


def test_withdrawal_marks_rounds(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    path = write_answer_file(study, made.packet.packet_id, confirm=[1])
    registers.update_informant(study.store, "IP01", consent="withdrawn")
    assert status_rows(study)[0].status == "withdrawn"
    assert transcripts.load(study.store, 1).state == "withdrawn"
    _bad(study, path, returns.WithdrawnInformant, "trukket seg")
    # in a shared interview the transcript stays for the informant who did not withdraw
    m = transcript_in_store(study, informants=("IP02", "IP03"))
    registers.update_informant(study.store, "IP02", consent="withdrawn")
    status_rows(study)
    assert transcripts.load(study.store, m.transcript_id).state == "anonymised"


def test_withdraw_request_in_answer(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    transcript_in_store(study)
    made = one_packet(study)
    path = write_answer_file(study, made.packet.packet_id, corrections={2: "x"}, withdraw=True)
    r = cli("--study", str(study.root), "review", "import", str(path), "--accept-all")
    assert r.exit_code == 0, r.output
    assert "feltarbeid withdraw IP01" in r.output
    assert review_store.get_round(study.store, made.packet.packet_id)["status"] == "withdrawn"
    assert len(transcripts.versions(study.store, 1)) == 2  # nothing taken in


# --------------------------------------------------------------------------- CLI and TUI


def test_cli_make_status_send_remind_verify(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    transcript_in_store(study)
    s = ("--study", str(study.root))
    r = cli(*s, "review", "status")
    assert r.exit_code == 0 and "ingen pakke ennå" in r.output
    r = cli(*s, "review", "make", "--informant", "IP01", "--uncorrected")
    assert r.exit_code == 0, r.output
    assert "packets/IP01/" in r.output and ".html" in r.output
    r = cli(*s, "review", "make", "--informant", "IP99")
    assert r.exit_code == 1 and "IP99" in r.output and "Traceback" not in r.output
    r = cli(*s, "review", "send", "-i", "IP01")
    assert r.exit_code == 0 and "sendt" in r.output
    r = cli(*s, "review", "remind")
    assert r.exit_code == 0 and "reminder-1.txt" in r.output
    far = (date.today() + timedelta(days=100)).isoformat()
    r = cli(*s, "review", "verify", "--date", far)
    assert r.exit_code == 0 and "ikke svar innen fristen" in r.output
    r = cli(*s, "review", "status")
    assert "ikke svar innen fristen" in r.output
    r = cli(*s, "--lang", "en", "review", "status")
    assert "no answer by deadline" in r.output


def test_cli_import_interactive_and_errors(study: Study, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m = transcript_in_store(study)
    made = one_packet(study)
    path = write_answer_file(study, made.packet.packet_id,
                             corrections={2: "Ja, jeg begynner klokka ni med et møte. Etterpå "
                                          "jobber jeg sammen med [Person 1] om oppfølgingen."},
                             additions="Noe mer.")
    s = ("--study", str(study.root))
    r = cli(*s, "review", "import", str(path), input="n\ny\n")
    assert r.exit_code == 0, r.output
    assert "[-åtte-] {+ni+}" in r.output
    t = transcripts.load(study.store, m.transcript_id)
    assert t.version_kind == "anonymised"  # correction rejected
    assert [a["text"] for a in review_store.additions(study.store, m.transcript_id)] == [
        "Noe mer."]
    r = cli(*s, "review", "import", str(path), "--accept-all")
    assert r.exit_code == 1 and "allerede avsluttet" in r.output and "Traceback" not in r.output
    junk = tmp_path / "junk.html"
    junk.write_text("<html>x</html>")
    r = cli(*s, "review", "import", str(junk))
    assert r.exit_code == 1 and "ikke et svar på gjennomlesing" in r.output


async def test_import_tui_decides(study: Study) -> None:
    from feltarbeid.review.import_app import ImportApp

    transcript_in_store(study)
    made = one_packet(study)
    path = write_answer_file(study, made.packet.packet_id, corrections={2: "Rettet tekst."},
                             comments={4: "En kommentar."}, additions="Et tillegg.")
    packet, rnd, answer = take_in(study, path)
    changes = changes_for(packet, answer)
    assert [c.kind for c in changes] == ["correction", "comment", "addition"]
    app = ImportApp(changes, "test")
    async with app.run_test() as pilot:
        await pilot.press("a")  # accept the correction, moves to the comment
        await pilot.press("s")  # the addition is undecided: not saved
        await pilot.pause()
        assert app.return_value is None
        await pilot.press("down", "r", "s")
    assert app.return_value == {0: True, 2: False}
    result = apply_answer(study, packet, rnd, answer, app.return_value)
    assert result.accepted == 1 and result.additions_rejected == 1


async def test_import_tui_quit_keeps_answer_undecided(study: Study) -> None:
    from feltarbeid.review.import_app import ImportApp

    transcript_in_store(study)
    made = one_packet(study)
    path = write_answer_file(study, made.packet.packet_id, corrections={2: "Rettet."})
    packet, rnd, answer = take_in(study, path)
    app = ImportApp(changes_for(packet, answer), "test")
    async with app.run_test() as pilot:
        await pilot.press("q")
    assert app.return_value is None
    assert review_store.get_round(study.store, made.packet.packet_id)["status"] == "answered"


def test_demo_function(study: Study) -> None:
    m = transcript_in_store(study)
    out = run_review_demo(study, "IP01")
    assert out["packets"][0]["accepted"] == 1 and out["packets"][0]["transcript_verified"]
    assert Path(out["packets"][0]["answer"]).parent == study.returns_dir
    t = transcripts.load(study.store, m.transcript_id)
    assert t.state == "verified"
    assert "samarbeidet fungerer godt" in " ".join(s.text for s in t.segments)
    assert len(review_store.additions(study.store, m.transcript_id)) == 1


def test_json_answer_accepted(study: Study, tmp_path: Path) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    body = answer_body(made.packet, confirm=[1, 2, 3, 4, 5])
    path = tmp_path / "svar.json"
    path.write_text(json.dumps(body), "utf-8")
    packet, rnd, answer = take_in(study, path)
    assert answer.source == "json" and changes_for(packet, answer) == []


# --------------------------------------------------------------------------- with a key

PASS = "korrekt hest batteri"


def _key_with_person(study: Study, monkeypatch: pytest.MonkeyPatch) -> None:
    from feltarbeid.anonymise.keyfile import create_key, open_key, save_key

    monkeypatch.setenv("FELTARBEID_KEY_PASSPHRASE", PASS)
    create_key(study, PASS)
    key = open_key(study, PASS)
    key.add_entry("person", "Kari Nordmann", ["Kari"])
    save_key(study, key, PASS)


@pytest.mark.slow  # real age encryption of the key (scrypt): seconds per write
def test_with_key_leak_check_and_verbatim_corrections(
        study: Study, monkeypatch: pytest.MonkeyPatch) -> None:
    _key_with_person(study, monkeypatch)
    _leak_check_stops_a_packet(study)
    _verbatim_packet_correction_gets_anonymised_counterpart(study)


def _leak_check_stops_a_packet(study: Study) -> None:
    from feltarbeid.anonymise.leaks import LeakFound

    transcript_in_store(study)
    set_review(study, text_version="verbatim")  # the verbatim text names Kari
    before = snapshot(study)
    with pytest.raises(LeakFound, match="passage 2"):
        make_packets(study, "IP01")
    assert snapshot(study) == before
    assert not any((study.packets_dir).rglob("*.*")), "nothing may be written"
    # the anonymised text passes
    set_review(study, text_version="anonymised")
    assert len(make_packets(study, "IP01")) == 1


def _verbatim_packet_correction_gets_anonymised_counterpart(study: Study) -> None:
    segs = [("I", "Hvem jobber du sammen med?"), ("IP01", "Med en kollega på kontoret.")]
    m = transcript_in_store(study, informants=("IP02",), segments=[
        (sp.replace("IP01", "IP02"), tx) for sp, tx in segs], state="transcribed")
    set_review(study, text_version="verbatim")
    made = one_packet(study, "IP02")
    assert made.packet.text_version == "verbatim"
    path = write_answer_file(study, made.packet.packet_id,
                             corrections={2: "Med Kari Nordmann på kontoret."},
                             additions="Kari Nordmann og jeg startet prosjektet.")
    packet, rnd, answer = take_in(study, path)
    result = apply_answer(study, packet, rnd, answer, {0: True, 1: True})
    versions = transcripts.versions(study.store, m.transcript_id)
    assert [v["kind"] for v in versions] == ["verbatim", "corrected", "anonymised"]
    corrected = transcripts.segments(study.store, versions[1]["id"])
    assert corrected[1].text == "Med Kari Nordmann på kontoret."  # the informant's words
    t = transcripts.load(study.store, m.transcript_id)
    assert t.version_id == result.version_id == versions[2]["id"]
    assert "Kari" not in t.segments[1].text and "[" in t.segments[1].text
    assert t.state == "verified"
    added = review_store.additions(study.store, m.transcript_id)[0]["text"]
    assert "Kari" not in added and "startet prosjektet" in added
    # a new verbatim packet would show the corrected verbatim text
    from feltarbeid.review.packets import version_for

    assert version_for(study, m.transcript_id, "verbatim")["id"] == versions[1]["id"]
