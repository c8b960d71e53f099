"""Synthetic interviews written straight into a study's store, for tests and benchmarks.

No real people: informants are codes, the text is drawn from a small Norwegian vocabulary
(æøå included) with a fixed seed. Each interview follows a guide: the interviewer reads an
item, the informant answers in a few segments; the answer segments carry the item id, as
the transcription stage writes them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..domain import Case, Event, Guide, Informant, Recording, Segment, Session
from ..store import Store, recordings, registers, review, sessions, transcripts

_WORDS = (
    "vi jobber sammen med kommunen og staten på kontoret hver dag møter brukerne det er "
    "ganske krevende når oppgavene går på tvers av forvaltningsnivåene samarbeid ledelse "
    "rapportering skjønn tiltak økonomi hjelp følge opp søknader være får må også både nå "
    "veileder sosialhjelp arbeidsrettet partnerskap styring mål tall frister avtale ansatte "
    "fagfolk sjef nærmeste leder kollegaer lokalene skranken telefon digitale løsninger "
    "egentlig liksom litt mye særlig først etterpå øvrige ærlig talt ønsker å få til"
)
VOCABULARY = tuple(_WORDS.split(" "))


@dataclass(frozen=True)
class SyntheticInterview:
    session_id: str
    transcript_id: int
    informant: str
    segments: int
    words: int


def _sentence(rng: random.Random, words: int) -> str:
    ws = [rng.choice(VOCABULARY) for _ in range(words)]
    ws[0] = ws[0].capitalize()
    return " ".join(ws) + rng.choice([".", ".", ".", "?", ","]).replace(",", ".")


def interview_segments(guide: Guide, informant: str | tuple[str, ...], *, words: int,
                       seed: int = 0) -> list[Segment]:
    """I reads each item, the informant answers (informants take turns in a group);
    about ``words`` words in all."""
    speakers = (informant,) if isinstance(informant, str) else informant
    rng = random.Random(seed)
    items = [it for _, it in guide.items()]
    per_item = max(words // max(len(items), 1), 20)
    segs: list[Segment] = []
    t = 2.0
    for it in items:
        dur = max(len(it.text.split()) * 0.4, 1.0)
        segs.append(Segment(idx=len(segs), start=round(t, 2), end=round(t + dur, 2),
                            text=it.text, speaker="I", item_id=it.id))
        t += dur + 0.5
        left = per_item
        while left > 0:
            n = min(left, rng.randint(8, 22))
            dur = n * 0.38
            segs.append(Segment(idx=len(segs), start=round(t, 2), end=round(t + dur, 2),
                                text=_sentence(rng, n), item_id=it.id,
                                speaker=speakers[len(segs) % len(speakers)]))
            t += dur + 0.3
            left -= n
    segs.append(Segment(idx=len(segs), start=round(t, 2), end=round(t + 2, 2),
                        text="Takk for praten.", speaker="I", item_id=None))
    return segs


def add_interview(
    store: Store,
    *,
    session_id: str,
    informant: Informant,
    guide: Guide,
    guide_hash: str | None,
    case: Case | None = None,
    words: int = 300,
    state: str = "verified",
    anonymised: bool = True,
    notes: tuple[str, ...] = (),
    additions: tuple[tuple[int | None, str], ...] = (),
    started_at: str = "2026-03-02T09:00:00+01:00",
    seed: int = 0,
    co_informants: tuple[Informant, ...] = (),
) -> SyntheticInterview:
    """One interview in the store: case and informant (if new), a finished session with
    item and note events, a recording row, a transcript with a verbatim and (optionally)
    an anonymised version, accepted additions, and the given state."""
    if case is not None and registers.get_case(store, case.code) is None:
        registers.add_case(store, case)
    group = (informant, *co_informants)
    for inf in group:
        if registers.get_informant(store, inf.code) is None:
            registers.add_informant(store, inf)
    segs = interview_segments(guide, tuple(i.code for i in group), words=words, seed=seed)
    sessions.create_session(store, Session(
        id=session_id, guide_hash=guide_hash, case_code=case.code if case else None,
        status="finished", started_at=started_at, ended_at=started_at,
        informants=[i.code for i in group], interviewers=["R1"],
    ))
    events = [Event(seq=1, kind="session_start", at=started_at),
              Event(seq=2, kind="recording_start", at=started_at, t_rec=0.0)]
    for s in segs:
        if s.speaker == "I" and s.item_id:
            events.append(Event(seq=len(events) + 1, kind="item_asked", at=started_at,
                                t_rec=s.start, item_id=s.item_id))
    for text in notes:
        events.append(Event(seq=len(events) + 1, kind="note", at=started_at, t_rec=60.0,
                            payload={"kind": "free", "text": text}))
    sessions.upsert_events(store, session_id, events)
    rid = recordings.add(store, Recording(
        id=0, path=f"recordings/{session_id}.wav", original_name=f"{session_id}.wav",
        sha256=f"{session_id}-{seed}-{random.Random(seed).random()}".ljust(64, "0")[:64],
        size=1000, session_id=session_id, duration=segs[-1].end,
    ))
    tid = transcripts.get_or_create(store, rid, "synthetic", "synthetic",
                                    {"model": "synthetic"}, state="transcribed")
    verbatim = transcripts.save_version(store, tid, "verbatim", segs,
                                        state="transcribed", language="nb",
                                        duration=segs[-1].end)
    if anonymised:
        transcripts.save_version(store, tid, "anonymised", segs,
                                 parent_id=verbatim, state="anonymised")
    for after_idx, text in additions:
        review.add_addition(store, transcript_id=tid,
                            informant_code=informant.code, packet_id=f"P-{session_id}",
                            after_idx=after_idx, text=text, accepted=True)
    transcripts.set_state(store, tid, state)
    return SyntheticInterview(session_id, tid, informant.code, len(segs),
                              sum(len(s.text.split()) for s in segs))
