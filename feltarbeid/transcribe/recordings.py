"""Adding recordings to a study: copy into ``recordings/`` (never modified), hash, probe,
link to a session. All files are checked before any is copied, so a bad list changes
nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..anonymise.keyfile import seal
from ..domain import Recording
from ..errors import FeltarbeidError
from ..files import copy_private, sha256_file
from ..store import recordings as rec_store
from ..store.sessions import get_session
from ..study import Study
from .audio import BadAudio, probe


@dataclass
class Added:
    recording: Recording
    warning: str = ""  # e.g. the file could not be read as audio (the batch will say more)
    source: Path | None = None  # the file as given (its name is not stored in clear)


def add_recordings(study: Study, paths: Sequence[Path | str], *,
                   session_id: str | None = None) -> list[Added]:
    """Copy each file into the study and register it. Refuses (changing nothing) a missing
    or empty file, a file given twice, a file added before, or an unknown session."""
    store = study.store
    if session_id is not None and get_session(store, session_id, with_events=False) is None:
        raise FeltarbeidError(f"no session {session_id}", hint="see 'feltarbeid session list'")
    checked: list[tuple[Path, str]] = []
    seen: dict[str, Path] = {}
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.is_file():
            raise FeltarbeidError("no such file", where=str(path),
                                  hint="check the path; nothing was added")
        if path.stat().st_size == 0:
            raise FeltarbeidError("the file is empty (0 bytes)", where=str(path),
                                  hint="copy the recording again from the recorder; "
                                       "nothing was added")
        digest = sha256_file(path)
        if digest in seen:
            raise FeltarbeidError("the same recording is given twice", where=str(path),
                                  hint=f"it is the same as {seen[digest]}; nothing was added")
        seen[digest] = path
        other = rec_store.by_sha256(store, digest)
        if other is not None:
            raise FeltarbeidError(
                f"this recording was added before (recording {other.id})", where=str(path),
                hint="nothing was added; see 'feltarbeid recording list'")
        checked.append((path, digest))
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
        copy_private(path, study.root / rel, mode=0o400)
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


def recording_path(study: Study, rec: Recording) -> Path:
    return study.root / rec.path
