"""The leak check: originals from the key and unreplaced gazetteer hits stop an export,
the error names the place and never the original; fail closed."""

from __future__ import annotations

import pytest

from feltarbeid.anonymise import keyfile
from feltarbeid.anonymise.keyfile import create_key, open_key, save_key
from feltarbeid.anonymise.leaks import LeakFound, check_study_texts, find_leaks
from feltarbeid.domain import Informant
from feltarbeid.store.registers import add_informant
from feltarbeid.study import init_study

PASS = "leak-check-passphrase"


def test_find_leaks_is_pure_and_names_places():
    texts = [
        ("pakke IP01, avsnitt 1", "Det var [Person 1] som sa det, i [Kommune A]."),
        ("pakke IP01, avsnitt 2", "Så ringte Tjorven Haugstøl meg fra Trøgstad-kontoret."),
        ("pakke IP01, avsnitt 3", "vi har gått mye ski i år"),
        ("pakke IP01, avsnitt 4", "fødselsnummeret var 17817949762"),
    ]
    leaks = find_leaks(texts, ["Tjorven Haugstøl", "Ski"])
    places = [(lk.where, lk.kind, lk.label) for lk in leaks]
    assert ("pakke IP01, avsnitt 2", "key", "key") in places  # the original from the key
    assert ("pakke IP01, avsnitt 2", "gazetteer", "MUNICIPALITY") in places  # Trøgstad
    assert ("pakke IP01, avsnitt 4", "gazetteer", "FNR") in places
    assert not [lk for lk in leaks if lk.where.endswith(("1", "3"))]  # pseudonyms; 'ski' the word
    t2 = texts[1][1]
    key_leak = next(lk for lk in leaks if lk.kind == "key")
    assert t2[key_leak.start:key_leak.end] == "Tjorven Haugstøl"
    # lower-case speech-recognition text is checked too
    assert find_leaks([("x", "så ringte tjorven haugstøl meg")], ["Tjorven Haugstøl"],
                      gazetteer=False)
    assert not find_leaks([("x", "Tjorven Haugstøl")], ["Tjorven Haugstøl"],
                          allowed=["tjorven haugstøl"])


def test_check_study_texts_stops_and_respects_choice(study):
    add_informant(study.store, Informant(code="IP01", anonymise_wish="no"))
    add_informant(study.store, Informant(code="IP02", anonymise_wish="yes"))
    create_key(study, PASS)
    key = open_key(study, PASS)
    key.informants["IP01"] = {"name": "Tjorven Haugstøl", "contact": ""}
    key.informants["IP02"] = {"name": "Ragnvald Brekkestø", "contact": "rb@example.no"}
    save_key(study, key, PASS)

    clean = [("packet IP02 passage 1", "Det var [Person 1] i [Kommune A].")]
    check_study_texts(study, clean, passphrase=PASS)  # passes quietly

    leaking = [("packet IP02 passage 4", "Ragnvald Brekkestø sa det, rb@example.no.")]
    with pytest.raises(LeakFound) as err:
        check_study_texts(study, leaking, passphrase=PASS, informant_codes=["IP02"])
    message = str(err.value)
    assert "packet IP02 passage 4" in message
    assert "Ragnvald" not in message and "rb@example" not in message  # never the original
    assert len(err.value.leaks) >= 2
    assert study.store.audit_entries("leak.found")

    # IP01 declined anonymisation: their own name may stay in their own material ...
    own = [("packet IP01 passage 2", "Jeg heter Tjorven Haugstøl.")]
    check_study_texts(study, own, passphrase=PASS, informant_codes=["IP01"])
    # ... but not in someone else's
    with pytest.raises(LeakFound):
        check_study_texts(study, own, passphrase=PASS, informant_codes=["IP02"])


def test_fail_closed(study, tmp_path):
    create_key(study, PASS)
    texts = [("export", "Ingen navn her.")]
    with pytest.raises(keyfile.WrongPassphrase):
        check_study_texts(study, texts, passphrase="wrong passphrase")
    study.key_path.write_bytes(b"garbage")
    with pytest.raises(keyfile.FeltarbeidError):
        check_study_texts(study, texts, passphrase=PASS)
    # the study's key is gone: no check without it (the study knows it had one)
    study.key_path.unlink()
    with pytest.raises(keyfile.KeyMissing):
        check_study_texts(study, texts)
    # a study that never had a key: the gazetteer check still runs
    fresh = init_study(tmp_path / "uten-nokkel")
    with pytest.raises(LeakFound):
        check_study_texts(fresh, [("export", "Hun jobber i Elverum kommune.")])
    fresh.close()
