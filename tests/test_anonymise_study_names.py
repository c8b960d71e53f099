"""Names found anywhere in the study are replaced everywhere in it: a name the detector
found in one transcript or document (remembered in the key) is carried to every other
text, with the same pseudonym, so the leak check that looks for every original of the key
in every text has nothing left to stop (it stopped the export before, and its hint did
not help)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_anonymise_batch import PASS, make_transcript, texts

from feltarbeid.anonymise import apply, keyfile
from feltarbeid.anonymise.detect import DocumentHits
from feltarbeid.anonymise.keyfile import create_key, open_key
from feltarbeid.anonymise.leaks import LeakFound, check_study_texts
from feltarbeid.anonymise.marking import NameView
from feltarbeid.documents.library import add_document
from feltarbeid.domain import Case, Segment
from feltarbeid.store import anonymisation as db
from feltarbeid.store import documents as ddb
from feltarbeid.store import registers
from feltarbeid.store import transcripts as ts

# synthetic: 'Vesterskaug' is in no name list; the detector misses it alone at a sentence
# start ('Vesterskaug er fint.'), is sure of it before a role ('Vesterskaug var sjefen.') and
# unsure before a weaker verb ('Vesterskaug hadde jobbet der lenge.')
SURE = ["Hvem var rådmann?", "Det var Ingrid Vesterskaug. Vesterskaug sa nei til alt."]
BARE = ["Og etterpå?", "Vesterskaug er fint.", "Vesterskaug var sjefen.",
        "ja ingrid vesterskaug"]


@pytest.fixture
def keyed(study, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    create_key(study, PASS)
    return study


def leak_check(study, tid: int) -> None:  # type: ignore[no-untyped-def]
    check_study_texts(study, [(f"transcript {tid}", "\n".join(texts(study, tid)))],
                      passphrase=PASS)


def test_a_name_found_in_one_transcript_is_replaced_in_the_others(keyed) -> None:  # type: ignore[no-untyped-def]
    study = keyed
    t1 = make_transcript(study, "IP01", SURE)
    apply.run(study)
    assert texts(study, t1)[1] == "Det var [Person 1]. [Person 1] sa nei til alt."
    # later interviews name her where the detector alone misses her, or doubts her
    t2 = make_transcript(study, "IP02", ["Og etterpå?", "Vesterskaug er fint.",
                                         "ja vesterskaug"])
    t3 = make_transcript(study, "IP03", ["Og så?", "Vesterskaug hadde jobbet der lenge."])
    summary = apply.run(study)
    assert summary.done == [t2, t3] and summary.unchanged == [t1]
    assert texts(study, t2)[1:] == ["[Person 1] er fint.", "ja [Person 1]"]
    assert texts(study, t3)[1] == "[Person 1] hadde jobbet der lenge."
    leak_check(study, t2)  # before: LeakFound ('Vesterskaug' is an original of the key)
    # the unsure hit is still queued for review (with the study's name)
    assert [(q.transcript_id, q.label) for q in db.queue(study.store)] == [(t3, "PERSON")]
    again = apply.run(study)  # idempotent: nothing new, nothing done
    assert again.done == [] and sorted(again.unchanged) == [t1, t2, t3]


def test_order_in_one_run_does_not_matter(keyed) -> None:  # type: ignore[no-untyped-def]
    study = keyed
    t1 = make_transcript(study, "IP01", BARE)  # the sure mention comes in the last text
    t2 = make_transcript(study, "IP02", SURE)
    summary = apply.run(study)
    assert sorted(summary.done) == [t1, t2]
    assert texts(study, t1)[1:] == ["[Person 1] er fint.", "[Person 1] var sjefen.",
                                    "ja [Person 1]"]
    assert texts(study, t2)[1] == "Det var [Person 1]. [Person 1] sa nei til alt."
    leak_check(study, t1)
    again = apply.run(study)
    assert again.done == [] and sorted(again.unchanged) == [t1, t2]


def test_ordinary_words_and_never_decisions_are_not_carried(keyed) -> None:  # type: ignore[no-untyped-def]
    study = keyed
    make_transcript(study, "IP01", [
        "Hvem var med?", "Rådmann Eirik Moss sa nei. Moss sa alltid nei. Fred sa at det var "
        "greit. Og så Torgrim Huseklepp."])
    t2 = make_transcript(study, "IP02", [
        "Og her?", "Det vokste moss på steinen, og vi ville ha fred og ro.",
        "Huseklepp."])
    apply.run(study)
    key = open_key(study, PASS)
    originals = set(key.originals())
    assert {"Moss", "Fred", "Torgrim Huseklepp"} <= originals
    out = texts(study, t2)
    assert out[1] == "Det vokste moss på steinen, og vi ville ha fred og ro."
    assert out[2] == "[Person 3]."  # 'Huseklepp' alone: Torgrim Huseklepp's pseudonym
    leak_check(study, t2)  # the leak check takes ordinary words by the same rule
    # the researcher says 'Huseklepp' is no name here: it is not carried any more
    db.set_decision(study.store, key.hash("PERSON", "huseklepp"), "PERSON", "never")
    summary = apply.run(study)
    assert summary.done == [t2]
    assert texts(study, t2)[2] == "Huseklepp."


def test_a_name_found_in_a_document_is_replaced_in_a_transcript(keyed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    study = keyed
    tid = make_transcript(study, "IP01", BARE)
    registers.add_case(study.store, Case("K1"))
    doc = tmp_path / "referat.txt"
    doc.write_text("Referat fra møtet\n\nRådmann Ingrid Vesterskaug la fram saken. "
                   "Vesterskaug ville vente.\n", encoding="utf-8")
    doc_id = add_document(study, doc, case="K1").document.id
    summary = apply.run(study, documents=True)  # one run: the document comes last
    assert summary.done == [tid] and summary.documents.done == [doc_id]
    assert texts(study, tid)[1:] == ["[Person 1] er fint.", "[Person 1] var sjefen.",
                                     "ja [Person 1]"]
    version = ddb.latest_version(study.store, doc_id, "anonymised")
    paragraphs = [p.text for p in ddb.paragraphs(study.store, version["id"])]
    assert "[Person 1] la fram saken. [Person 1] ville vente." in paragraphs[1]
    leak_check(study, tid)
    again = apply.run(study, documents=True)
    assert again.done == [] and again.documents.done == [] \
        and again.documents.unchanged == [doc_id]


def test_a_verified_transcript_gets_a_name_found_later(keyed) -> None:  # type: ignore[no-untyped-def]
    study = keyed
    t1 = make_transcript(study, "IP01", ["Og etterpå?", "Vesterskaug er fint."])
    apply.run(study)
    assert texts(study, t1)[1] == "Vesterskaug er fint."  # nobody knows the name yet
    ts.set_state(study.store, t1, "verified")
    t2 = make_transcript(study, "IP02", SURE)  # another interview names her
    apply.run(study, transcript_ids=[t2])
    with pytest.raises(LeakFound) as err:
        leak_check(study, t1)
    assert "feltarbeid anonymise" in (err.value.hint or "")
    summary = apply.run(study)  # what the hint says works
    assert summary.reanonymised == [t1] and summary.done == []
    assert ts.load(study.store, t1).state == "verified"
    assert texts(study, t1)[1] == "[Person 1] er fint."
    leak_check(study, t1)
    assert apply.run(study).reanonymised == []


def test_the_workbench_shows_names_found_in_other_texts(keyed) -> None:  # type: ignore[no-untyped-def]
    study = keyed
    make_transcript(study, "IP01", SURE)
    apply.run(study)
    t2 = make_transcript(study, "IP02", BARE)
    key = open_key(study, PASS)
    view = NameView(study, t2, key=key, texts=BARE)
    marks = view.marks(Segment(1, 0.0, 4.0, BARE[1]))
    assert [(m.start, m.end, m.replacement) for m in marks] == [(0, 11, "[Person 1]")]
    marks = view.marks(Segment(3, 0.0, 4.0, BARE[3]))
    assert [(m.start, m.end, m.replacement) for m in marks] == [(3, 21, "[Person 1]")]
    # with the key closed the study's names are not known: the detector's own guess is
    # seen there (a given name and a family name no word list knows)
    closed = DocumentHits()
    closed.update(BARE)
    assert [h.surface for h in closed.hits(BARE[3])] == ["ingrid vesterskaug"]


def test_pseudonyms_in_text_anonymised_again_are_never_names(keyed) -> None:  # type: ignore[no-untyped-def]
    """Kept text and corrections hold pseudonyms; anonymising them again must not take
    '[Municipality A]' for a person nor 'Innlandet' inside '[kommune i Innlandet]' for a
    place: the key remembered such words (the demo's key held PERSON 'municipality') and
    the study's names then carried them into every text ('the municipality' → '[Person
    2]')."""
    from feltarbeid.anonymise.detect import detect

    assert detect("employed by the municipality of [Municipality A], not [Municipality B]") \
        == []
    assert [h.surface for h in detect("hun kom fra [kommune i Innlandet], ikke Innlandet")] \
        == ["Innlandet"]
    study = keyed
    t1 = make_transcript(study, "IP01", ["Hvor jobber du?",
                                         "I [Kommune A] og i [kommune i Innlandet] før det."])
    apply.run(study)
    assert texts(study, t1)[1] == "I [Kommune A] og i [kommune i Innlandet] før det."
    assert open_key(study, PASS).mapping == {}
