"""Everything a study writes is its owner's only (0600 files, 0700 folders), whatever the
process's umask, including copies of files that came in readable by all."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_review import one_packet, transcript_in_store

from feltarbeid.review.demo import write_answer_file
from feltarbeid.review.returns import take_in
from feltarbeid.study import open_study
from feltarbeid.transcribe.recordings import add_recordings


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # as on a usual desktop: the tool must not rely on it
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_review_answer_is_kept_owner_only(study, tmp_path: Path, open_umask) -> None:  # type: ignore[no-untyped-def]
    transcript_in_store(study)
    packet = one_packet(study).packet
    inbox = tmp_path / "Nedlastinger"
    inbox.mkdir()
    answer = write_answer_file(study, packet.packet_id, folder=inbox, confirm=[1, 2, 3])
    answer.chmod(0o644)  # as a browser saves it
    study = open_study(study.root)
    take_in(study, answer)
    kept = [p for p in (study.returns_dir).rglob("*")]
    assert kept
    for p in kept:
        assert _mode(p) & 0o077 == 0, (p, oct(_mode(p)))


def test_a_recording_is_kept_read_only_for_the_owner(study, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     open_umask) -> None:
    src = tmp_path / "opptak.wav"
    src.write_bytes(b"RIFF" + os.urandom(200))
    src.chmod(0o644)
    study = open_study(study.root)
    added = add_recordings(study, [src])
    assert _mode(study.root / added[0].recording.path) == 0o400
