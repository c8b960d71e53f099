"""Gather what the aligner needs for one recording from the store: the session's
informants and timeline, and the guide version the session used (else the study's)."""

from __future__ import annotations

import logging

from ..domain import Guide, Recording
from ..errors import FeltarbeidError
from ..store.sessions import get_session
from ..study import Study
from .cues import cues_from_events, guide_texts
from .speakers import SpeakerContext

log = logging.getLogger("feltarbeid.transcribe")


def session_guide(study: Study, guide_hash: str | None) -> Guide | None:
    try:
        from ..guide import guide_by_hash, load_guide
    except ImportError:  # pragma: no cover - the guide module is part of the package
        return None
    try:
        if guide_hash:
            return guide_by_hash(study.store, guide_hash)
        path = study.settings.guide_path()
        return load_guide(path) if path is not None and path.is_file() else None
    except FeltarbeidError as exc:
        log.warning("guide not usable for alignment: %s", exc.what)
        return None


def speaker_context(study: Study, rec: Recording,
                    channel_energy: list[tuple[float, ...]] | None = None) -> SpeakerContext:
    session = get_session(study.store, rec.session_id) if rec.session_id else None
    guide = session_guide(study, session.guide_hash if session else None)
    return SpeakerContext(
        informants=tuple(session.informants) if session else (),
        guide_texts=guide_texts(guide),
        cues=cues_from_events(session.events) if session else (),
        channel_energy=tuple(channel_energy or ()),
    )
