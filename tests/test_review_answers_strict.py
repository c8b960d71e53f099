"""Review answers that must never be half taken in (issue 16, items 7 and 8).

The DOCX files are the packet's own DOCX, edited with python-docx the way a Word user edits
it: a paragraph break deleted (two passages merged), a passage number typed over, a
passage deleted or copied, text typed on the ``[+]`` heading, a passage's text emptied.
Each is either refused with the passage numbers concerned and nothing changed, or taken in
correctly.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from docx import Document
from test_review import one_packet, snapshot, transcript_in_store

from feltarbeid.review import returns
from feltarbeid.review.demo import write_answer_file
from feltarbeid.review.diff import apply_answer, changes_for
from feltarbeid.review.returns import take_in
from feltarbeid.store import review as review_store
from feltarbeid.store import transcripts
from feltarbeid.study import Study


def _passage(doc, n: int):  # type: ignore[no-untyped-def]
    return next(p for p in doc.paragraphs if p.text.startswith(f"[{n}] "))


def _merge_with_next(doc, n: int) -> None:  # type: ignore[no-untyped-def]
    """Delete the paragraph break after passage n, as the Delete key at its end does."""
    first = _passage(doc, n)
    second = _passage(doc, n + 1)
    for run in list(second.runs):
        first._p.append(run._r)
    second._p.getparent().remove(second._p)


def _save(doc, study: Study, name: str) -> Path:  # type: ignore[no-untyped-def]
    path = study.root.parent / name
    doc.save(str(path))
    return path


def _refused(study: Study, path: Path, *numbers: int) -> returns.AnswerError:
    before = snapshot(study)
    with pytest.raises(returns.EditedStructure) as info:
        take_in(study, path)
    assert snapshot(study) == before, "a refused answer must change nothing"
    err = info.value
    for n in numbers:
        assert f"[{n}]" in err.what, err.render()
    assert err.hint
    return err


def test_merged_passages_are_split_again_and_taken_correctly(study: Study) -> None:
    m = transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    _merge_with_next(doc, 3)  # "[3] … Intervjuer: …?[4] (0:20) IP01: Det fungerer …"
    p = _passage(doc, 3)
    p.runs[-1].text = "Det fungerer svært bra, men det tar tid."  # and corrects passage 4
    path = _save(doc, study, "merged.docx")
    packet, rnd, answer = take_in(study, path)
    changes = changes_for(packet, answer)
    assert [(c.kind, c.passage) for c in changes] == [("correction", 4)]
    assert changes[0].after == "Det fungerer svært bra, men det tar tid."
    apply_answer(study, packet, rnd, answer, {0: True})
    t = transcripts.load(study.store, m.transcript_id)
    assert t.segments[3].text == "Hvordan fungerer samarbeidet med [Kommune A]?"
    assert t.segments[4].text == "Det fungerer svært bra, men det tar tid."
    assert not any("IP01:" in s.text or "(0:20)" in s.text for s in t.segments)


def test_merged_passages_with_an_edited_header_are_refused(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    _merge_with_next(doc, 3)
    head = _passage(doc, 3).runs[2]
    assert head.text.startswith("[4] ")
    head.text = "[6] (0:20) IP01: "
    _refused(study, _save(doc, study, "merged-bad.docx"), 4, 6)


def test_changed_passage_number_is_refused(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    _passage(doc, 4).runs[0].text = "[7] (0:20) IP01: "
    _refused(study, _save(doc, study, "renumbered.docx"), 4, 7)


def test_a_number_that_another_passage_has_is_refused(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    _passage(doc, 4).runs[0].text = "[2] (0:20) IP01: "  # [2] twice, [4] missing
    _refused(study, _save(doc, study, "renumbered2.docx"), 2, 4)


def test_deleted_passage_is_refused(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    gone = _passage(doc, 2)
    gone._p.getparent().remove(gone._p)
    _refused(study, _save(doc, study, "deleted.docx"), 2)


def test_duplicated_passage_is_refused(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    p = _passage(doc, 2)
    twin = copy.deepcopy(p._p)
    p._p.addnext(twin)
    _refused(study, _save(doc, study, "duplicated.docx"), 2)


def test_edited_speaker_label_is_refused(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    _passage(doc, 4).runs[0].text = "[4] (0:20) Kari: "
    _refused(study, _save(doc, study, "label.docx"), 4)


def test_a_passage_moved_under_the_additions_heading_is_refused(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    p = _passage(doc, 5)
    doc.paragraphs[-1]._p.addnext(copy.deepcopy(p._p))
    p._p.getparent().remove(p._p)
    _refused(study, _save(doc, study, "moved.docx"), 5)


def test_addition_typed_on_the_heading_line_is_taken(study: Study) -> None:
    m = transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    heading = next(p for p in doc.paragraphs if p.text.startswith("[+]"))
    heading.runs[0].text += ": Vi har fått ny leder."
    path = _save(doc, study, "heading.docx")
    packet, rnd, answer = take_in(study, path)
    changes = changes_for(packet, answer)
    assert [(c.kind, c.after) for c in changes] == [("addition", "Vi har fått ny leder.")]
    apply_answer(study, packet, rnd, answer, {0: True})
    assert [a["text"] for a in review_store.additions(study.store, m.transcript_id)] == [
        "Vi har fått ny leder."]


def test_addition_typed_over_the_heading_label_is_taken(study: Study) -> None:
    transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    heading = next(p for p in doc.paragraphs if p.text.startswith("[+]"))
    heading.runs[0].text = "[+] Jeg glemte å si at vi flyttet i fjor."
    doc.paragraphs[-1].text = "Og at vi fikk nye rutiner."
    packet, _, answer = take_in(study, _save(doc, study, "heading2.docx"))
    assert [c.after for c in changes_for(packet, answer) if c.kind == "addition"] == [
        "Jeg glemte å si at vi flyttet i fjor.\n\nOg at vi fikk nye rutiner."]


# --------------------------------------------------------------------------- item 8


def test_emptied_docx_passage_is_a_deletion_question(study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    m = transcript_in_store(study)
    made = one_packet(study)
    doc = Document(str(made.files[2]))
    _passage(doc, 4).runs[1].text = ""
    _passage(doc, 2).runs[1].text = "Ja, jeg begynner klokka ni med et møte. Etterpå jobber " \
                                    "jeg sammen med [Person 1] om oppfølgingen."
    path = _save(doc, study, "emptied.docx")
    packet, _, answer = take_in(study, path)
    kinds = [(c.kind, c.passage) for c in changes_for(packet, answer)]
    assert kinds == [("correction", 2), ("deletion", 4)]
    # --accept-all takes the correction but asks about the deletion (default: keep)
    r = cli("--study", str(study.root), "review", "import", str(path), "--accept-all",
            input="\n")
    assert r.exit_code == 0, r.output
    assert "Sletting" in r.output and "[4]" in r.output
    t = transcripts.load(study.store, m.transcript_id)
    assert t.segments[4].text == "Det fungerer stort sett bra, men det tar tid."
    assert "klokka ni" in t.segments[1].text
    assert t.state == "verified"


def test_emptied_html_box_is_a_deletion_and_deletes_only_when_accepted(study: Study,
                                                                       cli) -> None:  # type: ignore[no-untyped-def]
    m = transcript_in_store(study)
    made = one_packet(study)
    path = write_answer_file(study, made.packet.packet_id, corrections={4: "  "})
    packet, _, answer = take_in(study, path)
    [change] = changes_for(packet, answer)
    assert (change.kind, change.passage, change.after) == ("deletion", 4, "")
    r = cli("--study", str(study.root), "review", "import", str(path), input="y\n")
    assert r.exit_code == 0, r.output
    t = transcripts.load(study.store, m.transcript_id)
    assert t.segments[4].text == ""
    assert t.segments[3].text == "Hvordan fungerer samarbeidet med [Kommune A]?"
    verbatim = transcripts.versions(study.store, m.transcript_id)[0]
    assert verbatim["kind"] == "verbatim"  # the spoken words are kept
