"""recording add / list: copy, hash, probe, link to a session; duplicates and bad input."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from feltarbeid.domain import Session
from feltarbeid.errors import FeltarbeidError
from feltarbeid.files import sha256_file
from feltarbeid.locale import t
from feltarbeid.store import recordings as rec_store
from feltarbeid.store.sessions import create_session
from feltarbeid.transcribe.recordings import add_recordings

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_audio" / "interview.mp3"


def test_add_copies_hashes_probes_and_links(study, tmp_path) -> None:
    create_session(study.store, Session(id="S001", informants=["IP01"]))
    src = tmp_path / "Opptak 12.MP3"
    shutil.copyfile(SAMPLE, src)
    before = src.read_bytes()
    [added] = add_recordings(study, [src], session_id="S001")
    rec = added.recording
    assert added.warning == ""
    assert rec.session_id == "S001"
    assert rec.sha256 == sha256_file(SAMPLE)
    assert rec.size == SAMPLE.stat().st_size
    assert rec.duration == pytest.approx(126.3, abs=0.3)
    assert (rec.channels, rec.sample_rate) == (1, 16000)
    stored = study.root / rec.path
    assert stored.parent == study.recordings_dir
    assert "Opptak" not in rec.path  # the original name is not in the study's file names
    assert stored.read_bytes() == before and src.read_bytes() == before
    assert not stat.S_IMODE(stored.stat().st_mode) & 0o222  # read-only copy
    assert rec_store.list_recordings(study.store) == [rec]
    assert study.store.audit_entries("recording.add")[0]["subject"] == str(rec.id)


def test_the_same_recording_twice_is_detected(study, tmp_path) -> None:
    a, b = tmp_path / "a.mp3", tmp_path / "b.mp3"
    shutil.copyfile(SAMPLE, a)
    shutil.copyfile(SAMPLE, b)
    with pytest.raises(FeltarbeidError, match="oppgitt to ganger"):
        add_recordings(study, [a, b])
    assert rec_store.list_recordings(study.store) == []
    add_recordings(study, [a])
    with pytest.raises(FeltarbeidError, match="lagt til før .opptak 1"):
        add_recordings(study, [b])
    assert len(rec_store.list_recordings(study.store)) == 1
    assert len(list(study.recordings_dir.iterdir())) == 1


def test_bad_input_changes_nothing(study, tmp_path) -> None:
    good = tmp_path / "good.mp3"
    shutil.copyfile(SAMPLE, good)
    empty = tmp_path / "empty.mp3"
    empty.write_bytes(b"")
    with pytest.raises(FeltarbeidError, match="tom"):
        add_recordings(study, [good, empty])
    with pytest.raises(FeltarbeidError, match="finnes ikke"):
        add_recordings(study, [good, tmp_path / "gone.mp3"])
    with pytest.raises(FeltarbeidError, match="fant ikke intervju S404"):
        add_recordings(study, [good], session_id="S404")
    assert rec_store.list_recordings(study.store) == []
    assert list(study.recordings_dir.iterdir()) == []


def test_a_file_that_is_not_audio_is_kept_with_a_warning(study, tmp_path) -> None:
    text = tmp_path / "notes.mp3"
    text.write_text("This is a text file renamed to .mp3\n" * 20)
    [added] = add_recordings(study, [text])
    assert t("transcribe.audio_unreadable", kind="InvalidDataError") in added.warning
    assert added.recording.duration is None


def test_cli_add_and_list(cli, study, tmp_path) -> None:
    src = tmp_path / "IP01.mp3"
    shutil.copyfile(SAMPLE, src)
    os.chdir(tmp_path)
    r = cli("--study", str(study.root), "--lang", "en", "recording", "add", str(src))
    assert r.exit_code == 0, r.output
    assert "Recording 1 added" in r.stdout and "2:06" in r.stdout
    r = cli("--study", str(study.root), "recording", "list")
    assert r.exit_code == 0
    [line] = r.stdout.strip().splitlines()
    assert line.split()[:5] == ["1", "—", "2:06", "1", "ch"] and "registrert" in line
    r = cli("--study", str(study.root), "--lang", "en", "recording", "add", str(src))
    assert r.exit_code != 0 and "added before" in r.stderr


def test_plan_and_study_vocabulary(study, tmp_path) -> None:
    """The plan lists recordings without a finished transcript; with vocabulary_prompt on,
    the session's header values are given to the model as hotwords."""
    from feltarbeid.settings import set_value
    from feltarbeid.transcribe import batch

    create_session(study.store, Session(id="S001", informants=["IP01"], place="Rådhuset",
                                        header_values={"municipality": "Lillehammer"}))
    src = tmp_path / "a.mp3"
    shutil.copyfile(SAMPLE, src)
    [added] = add_recordings(study, [src], session_id="S001")
    p = batch.plan(study)
    assert [t.recording_id for t in p.tasks] == [added.recording.id]
    assert p.options.language == "no" and p.tasks[0].options.hotwords == ""
    assert batch.vocabulary(study, added.recording) == "Lillehammer Rådhuset"
    set_value(study.settings.path, "transcribe", "vocabulary_prompt", True)
    study.reload_settings()
    p2 = batch.plan(study)
    assert p2.tasks[0].options.hotwords == "Lillehammer Rådhuset"
    assert p2.settings_hash != p.settings_hash
    with pytest.raises(FeltarbeidError, match="fant ikke opptak 9"):
        batch.plan(study, recording_ids=[9])
    with pytest.raises(FeltarbeidError, match="ukjent modus"):
        batch.plan(study, mode="turbo")
