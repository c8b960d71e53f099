"""Adding recordings to a study: copy into ``recordings/`` (never modified), hash, probe,
link to a session (at once, or later with ``link_recording``). ``add_recordings`` checks
all files before any is copied, so a bad list changes nothing; ``add_each`` adds the good
files of a list and returns the bad ones with their reason (the command line uses it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..anonymise.keyfile import seal
from ..domain import Recording
from ..errors import FeltarbeidError
from ..files import copy_read_only, sha256_file
from ..locale import t
from ..store import recordings as rec_store
from ..store.sessions import get_session
from ..study import Study
from .audio import BadAudio, probe


@dataclass
class Added:
    recording: Recording
    warning: str = ""  # e.g. the file could not be read as audio (the batch will say more)
    source: Path | None = None  # the file as given (its name is not stored in clear)


@dataclass
class AddResult:
    added: list[Added] = field(default_factory=list)
    refused: list[tuple[str, FeltarbeidError]] = field(default_factory=list)  # (file, why)


def _check_session(study: Study, session_id: str | None) -> None:
    if session_id is not None and get_session(study.store, session_id,
                                              with_events=False) is None:
        raise FeltarbeidError(t("transcribe.no_session", session=session_id),
                              hint=t("transcribe.no_session_hint"))


def _check(study: Study, paths: Sequence[Path | str]
           ) -> tuple[list[tuple[Path, str]], list[tuple[str, FeltarbeidError]]]:
    """Each file checked on its own: (files to add with their sha256, refused files)."""
    checked: list[tuple[Path, str]] = []
    refused: list[tuple[str, FeltarbeidError]] = []
    seen: dict[str, Path] = {}
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            if not path.is_file():
                raise FeltarbeidError(t("transcribe.add_no_file"), where=str(path),
                                      hint=t("transcribe.add_no_file_hint"))
            if path.stat().st_size == 0:
                raise FeltarbeidError(t("transcribe.add_empty"), where=str(path),
                                      hint=t("transcribe.add_empty_hint"))
            digest = sha256_file(path)
            if digest in seen:
                raise FeltarbeidError(t("transcribe.add_twice"), where=str(path),
                                      hint=t("transcribe.add_twice_hint", other=seen[digest]))
            other = rec_store.by_sha256(study.store, digest)
            if other is not None:
                raise FeltarbeidError(t("transcribe.add_before", id=other.id), where=str(path),
                                      hint=t("transcribe.add_before_hint"))
        except FeltarbeidError as exc:
            refused.append((str(path), exc))
            continue
        seen[digest] = path
        checked.append((path, digest))
    return checked, refused


def add_recordings(study: Study, paths: Sequence[Path | str], *,
                   session_id: str | None = None) -> list[Added]:
    """Copy each file into the study and register it. Refuses (changing nothing) a missing
    or empty file, a file given twice, a file added before, or an unknown session."""
    _check_session(study, session_id)
    checked, refused = _check(study, paths)
    if refused:
        raise refused[0][1]
    return _add(study, checked, session_id)


def add_each(study: Study, paths: Sequence[Path | str], *,
             session_id: str | None = None) -> AddResult:
    """Like ``add_recordings``, but a bad file is refused on its own: the good ones are
    added, the bad ones come back with their reason (an unknown session refuses all)."""
    _check_session(study, session_id)
    checked, refused = _check(study, paths)
    return AddResult(_add(study, checked, session_id), refused)


def _add(study: Study, checked: list[tuple[Path, str]], session_id: str | None) -> list[Added]:
    store = study.store
    study.recordings_dir.mkdir(exist_ok=True)
    added: list[Added] = []
    for path, digest in checked:
        warning = ""
        try:
            info = probe(path)
            duration, channels, rate = info.duration, info.channels, info.sample_rate
        except BadAudio as exc:
            duration = channels = rate = None
            warning = exc.what
        rel = f"recordings/{digest[:16]}{path.suffix.lower()}"
        copy_read_only(path, study.root / rel)
        # the original name may name a person: kept only sealed to the key (if there is one)
        rec = Recording(id=0, path=rel, original_name=path.name, sha256=digest,
                        size=path.stat().st_size, session_id=session_id, duration=duration,
                        channels=channels, sample_rate=rate,
                        name_sealed=seal(study, path.name.encode("utf-8")))
        rid = rec_store.add(store, rec)
        stored = rec_store.get(store, rid)
        assert stored is not None
        added.append(Added(stored, warning, path))
    return added


def link_recording(study: Study, recording_id: int, session_id: str, *,
                   force: bool = False) -> Recording:
    """Link a recording to the interview session it recorded (added without --session).
    Linked to another session already: only with ``force`` (its transcripts were made with
    the other session's guide and speakers; transcribe again to use the new one)."""
    rec = rec_store.get(study.store, recording_id)
    if rec is None:
        raise FeltarbeidError(t("transcribe.no_recording", id=recording_id),
                              hint=t("transcribe.no_recording_hint"))
    _check_session(study, session_id)
    if rec.state != "recorded":
        raise FeltarbeidError(t("transcribe.link_not_recorded", id=recording_id,
                                state=t(f"transcribe.rec_state_{rec.state}")),
                              hint=t("transcribe.link_not_recorded_hint"))
    if rec.session_id == session_id:
        return rec
    if rec.session_id is not None and not force:
        raise FeltarbeidError(t("transcribe.link_other", id=recording_id,
                                session=rec.session_id),
                              hint=t("transcribe.link_other_hint", id=recording_id,
                                     new=session_id))
    rec_store.set_session(study.store, recording_id, session_id)
    stored = rec_store.get(study.store, recording_id)
    assert stored is not None
    return stored


def recording_path(study: Study, rec: Recording) -> Path:
    return study.root / rec.path
