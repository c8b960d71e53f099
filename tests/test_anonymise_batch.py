"""The anonymisation batch on real transcripts in a real study: consistency across
transcripts, reversibility with the key, informant choice and overrides, review
decisions, idempotent re-runs and re-anonymisation after a registry change."""

from __future__ import annotations

import hashlib

import pytest

from feltarbeid.anonymise import apply, keyfile
from feltarbeid.anonymise.keyfile import create_key, open_key, save_key
from feltarbeid.domain import Informant, Recording, Segment, Session
from feltarbeid.settings import set_value
from feltarbeid.store import anonymisation as db
from feltarbeid.store import recordings, sessions
from feltarbeid.store import transcripts as ts
from feltarbeid.store.registers import add_informant

PASS = "demo-passphrase-1"


def make_transcript(study, code: str, texts: list[str], *, wish: str = "unknown") -> int:
    store = study.store
    if store.one("SELECT 1 FROM informants WHERE code = ?", (code,)) is None:
        add_informant(store, Informant(code=code, anonymise_wish=wish))
    sid = sessions.next_session_id(store)
    sessions.create_session(store, Session(id=sid, informants=[code]))
    sha = hashlib.sha256(f"{sid}{texts}".encode()).hexdigest()
    rid = recordings.add(store, Recording(0, f"recordings/{sid}.wav", f"{sid}.wav", sha, 1,
                                          session_id=sid))
    tid = ts.get_or_create(store, rid, "h", "base", {}, state="running")
    segs = [Segment(idx=i, start=i * 5.0, end=i * 5.0 + 4, text=text,
                    speaker="I" if i % 2 == 0 else code) for i, text in enumerate(texts)]
    ts.save_version(store, tid, "verbatim", segs, state="transcribed")
    return tid


def texts(study, tid: int) -> list[str]:
    return [s.text for s in ts.load(study.store, tid).segments]


@pytest.fixture
def keyed(study, monkeypatch):
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    create_key(study, PASS)
    return study


def test_batch_is_consistent_reversible_and_idempotent(keyed):
    study = keyed
    t1 = make_transcript(study, "IP01", [
        "Fortell om samarbeidet med kommunen.",
        "Ja, jeg begynte på NAV Asker i 2015, og da var det Kari Nordheim som var leder.",
        "Og hvem andre var med?",
        "Det var Kari Nordheim og Per Olav Brekke, og vi snakket mye med Bærum.",
    ])
    t2 = make_transcript(study, "IP02", [
        "Hvor jobbet du før?",
        "I Bærum kommune. Per Olav Brekke var sjefen min der, og ring meg på 412 55 870.",
    ])
    summary = apply.run(study)
    assert sorted(summary.done) == [t1, t2]
    a1, a2 = texts(study, t1), texts(study, t2)
    for text in a1 + a2:
        for name in ("Asker", "Kari", "Nordheim", "Brekke", "Bærum", "412 55 870"):
            assert name not in text
    # same person / municipality, same pseudonym in both transcripts
    assert "[Person 1]" in a1[1] and a1[3].startswith("Det var [Person 1] og [Person 2]")
    assert "[Person 2] var sjefen" in a2[1]
    kommune_1 = a1[3].split("med ")[-1].rstrip(".")
    assert kommune_1.startswith("[Kommune ")
    assert a2[1].startswith(f"I {kommune_1} kommune.")
    assert "[telefonnummer]" in a2[1]
    assert ts.load(study.store, t1).state == "anonymised"
    # nothing identifying in the database apart from the verbatim text itself
    rows = study.store.all("SELECT * FROM anon_spans")
    assert rows and all("Nordheim" not in str(tuple(r)) for r in rows)
    assert all("Nordheim" not in str(e) for e in study.store.audit_entries())

    # reversible with the key
    vid = ts.load(study.store, t1).version_id
    back = apply.reverse_segments(study, vid, passphrase=PASS)
    verbatim = ts.segments(study.store, ts.latest_version(study.store, t1, "verbatim"))
    assert [s.text for s in back] == [s.text for s in verbatim]

    # idempotent: a second run writes nothing
    n_versions = len(ts.versions(study.store, t1))
    again = apply.run(study)
    assert again.done == [] and sorted(again.unchanged) == [t1, t2]
    assert len(ts.versions(study.store, t1)) == n_versions

    # a new name in the registry re-anonymises exactly what it affects
    # (an invented place: Skjeberg, used here before, is in the GeoNames town list now)
    t3 = make_transcript(study, "IP03", ["ingen navn her",
                                         "Kvitsteinbrekka er fin."])
    apply.run(study)
    # unknown to the lists, and nothing around it says what it is
    assert texts(study, t3)[1] == "Kvitsteinbrekka er fin."
    key = open_key(study, PASS)
    key.add_entry("person", "Tjorven Haugstøl")
    key.add_entry("place", "Kvitsteinbrekka")
    save_key(study, key, PASS)
    t1_versions = len(ts.versions(study.store, t1))
    result = apply.run(study)
    assert t3 in result.done and t1 in result.unchanged and t2 in result.unchanged
    assert len(ts.versions(study.store, t1)) == t1_versions
    assert texts(study, t3)[1] == "[Sted A] er fin."


def test_informant_choice_and_overrides(keyed):
    study = keyed
    key = open_key(study, PASS)
    add_informant(study.store, Informant(code="IP05", anonymise_wish="no"))
    key.informants["IP05"] = {"name": "Siri Olsen", "contact": "siri@example.no"}
    key.add_entry("person", "Jan Fridthjof Bernt", keep=True)  # cited author
    save_key(study, key, PASS)
    tid = make_transcript(study, "IP05", [
        "Hva heter du?",
        "Jeg heter Siri Olsen, og jeg har lest Jan Fridthjof Bernt om forvaltningsrett.",
        "Og kollegaen din?",
        "Hun heter Randi Aas. Og, altså, Siri Olsen sier det rett ut: det var kaos.",
    ], wish="no")
    apply.run(study)
    out = texts(study, tid)
    assert "Siri Olsen" in out[1]  # she declined anonymisation: her own name stays
    assert "Jan Fridthjof Bernt" in out[1]  # kept: cited author
    assert "Randi Aas" not in out[3]  # others are still anonymised
    # anonymise this quote although the informant declined
    db.add_override(study.store, tid, "anonymise", seg_idx=3)
    apply.run(study)
    out = texts(study, tid)
    assert "Siri Olsen" in out[1] and "Siri Olsen" not in out[3] and "[IP05]" in out[3]
    # keep a public figure in one segment only
    key = open_key(study, PASS)
    db.add_override(study.store, tid, "keep", seg_idx=3, orig_hash=key.hash("PERSON", "randi aas"))
    apply.run(study)
    assert "Randi Aas" in texts(study, tid)[3]


def test_review_decisions_and_generalisation(keyed):
    study = keyed
    tid = make_transcript(study, "IP07", [
        "Hvor vokste du opp?",
        "jeg vokste opp i lier men jobber nå i elverum",
    ])
    apply.run(study)
    out = texts(study, tid)[1]
    assert "lier" not in out and "elverum" not in out  # unsure hits are replaced (fail closed)
    items = db.queue(study.store)
    assert [i.label for i in items] == ["MUNICIPALITY"]  # 'lier' is also a word: unsure
    apply.decide(study, items[0].id, "rejected")
    apply.run(study)
    out = texts(study, tid)[1]
    assert "i lier" in out and "elverum" not in out
    # 'never' for the word across the study, then generalise municipalities by county
    apply.decide(study, items[0].id, "never")
    set_value(study.root / "feltarbeid.toml", "anonymise", "municipalities", "county")
    study.reload_settings()
    apply.run(study)
    assert texts(study, tid)[1] == "jeg vokste opp i lier men jobber nå i [kommune i Innlandet]"


def test_wrong_passphrase_changes_nothing(keyed):
    study = keyed
    tid = make_transcript(study, "IP09", ["Hei.", "Jeg bor i Elverum."])
    before = study.key_path.read_bytes()
    with pytest.raises(keyfile.WrongPassphrase):
        apply.run(study, passphrase="not-the-passphrase")
    assert study.key_path.read_bytes() == before
    assert ts.load(study.store, tid).state == "transcribed"
    assert len(ts.versions(study.store, tid)) == 1


def test_batch_without_key_is_refused(study, monkeypatch):
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    tid = make_transcript(study, "IP10", ["Hei.", "Jeg bor i Elverum."])
    with pytest.raises(keyfile.KeyMissing):
        apply.run(study)
    assert ts.load(study.store, tid).state == "transcribed"
