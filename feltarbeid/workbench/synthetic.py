"""A synthetic transcript straight into the store, with word timings and probabilities,
for tests and benchmarks (no real personal data: invented Norwegian-ish speech)."""

from __future__ import annotations

import random
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import Informant, Recording, Segment, Session, Word
from ..store import recordings, registers, sessions
from ..store import transcripts as tstore

if TYPE_CHECKING:
    from ..study import Study

WORDS = ("vi", "har", "et", "møte", "hver", "uke", "med", "kommunen", "og", "nav",
         "kontoret", "der", "snakker", "om", "brukerne", "som", "trenger", "hjelp", "til",
         "bolig", "arbeid", "det", "er", "ikke", "alltid", "lett", "å", "vite", "hvem",
         "gjør", "hva", "men", "vi", "prøver", "så", "godt", "vi", "kan")


def write_wav(path: Path, seconds: float, rate: int = 16000) -> Path:
    """A mono 16-bit WAV of a quiet tone whose pitch rises each second (so any stretch
    of it is recognisable in a test)."""
    import numpy as np

    n = int(seconds * rate)
    t = np.arange(n) / rate
    freq = 200 + 20 * np.floor(t)
    samples = (3000 * np.sin(2 * np.pi * freq * t)).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    return path


def passage_segments(n: int, *, seconds: float = 4.8, seed: int = 7,
                     informant: str = "IP01", items: int = 20) -> list[Segment]:
    """``n`` passages of 8–24 words, alternating interviewer and informant; every fifth
    word-probability is low (unsure), every 40th passage flagged low_confidence."""
    rng = random.Random(seed)
    out = []
    t = 0.0
    for i in range(n):
        count = rng.randint(8, 24)
        words: list[Word] = []
        step = seconds / count
        for k in range(count):
            w = rng.choice(WORDS)
            prob = 0.3 if rng.random() < 0.2 else 0.95
            words.append(Word(round(t + k * step, 3), round(t + (k + 0.9) * step, 3),
                              f" {w}", prob))
        text = " ".join(w.word.strip() for w in words)
        text = text[0].upper() + text[1:] + ("?" if i % 2 == 0 else ".")
        speaker = "I" if i % 2 == 0 else informant
        out.append(Segment(i, round(t, 3), round(t + seconds, 3), text, speaker,
                           f"q{1 + (i * items) // max(1, n)}", words=words,
                           flags=["low_confidence"] if i % 40 == 39 else []))
        t += seconds + 0.2
    return out


def add_transcript(study: Study, segments: list[Segment], *, audio: Path | None = None,
                   informant: str = "IP01", session_id: str = "S001",
                   state: str = "transcribed", guide_hash: str | None = None) -> int:
    """Informant, session, recording (``audio`` copied in by path, or a name only) and a
    transcript with a verbatim version; returns the transcript id."""
    store = study.store
    if registers.get_informant(store, informant) is None:
        registers.add_informant(store, Informant(code=informant, consent="written"))
    if sessions.get_session(store, session_id, with_events=False) is None:
        sessions.create_session(store, Session(id=session_id, informants=[informant],
                                               interviewers=["KL"], guide_hash=guide_hash))
    n = len(recordings.list_recordings(store)) + 1
    if audio is not None:
        target = study.recordings_dir / f"r{n}{audio.suffix}"
        target.write_bytes(Path(audio).read_bytes())
        rel = target.relative_to(study.root).as_posix()
    else:
        rel = f"recordings/r{n}.wav"
    duration = segments[-1].end if segments else 0.0
    rid = recordings.add(store, Recording(id=0, path=rel, original_name=Path(rel).name,
                                          sha256=f"{n:064x}", size=1, session_id=session_id,
                                          duration=duration))
    tid = tstore.get_or_create(store, rid, f"synthetic{n}", "base", {}, state="running")
    tstore.save_version(store, tid, "verbatim", segments, state=state, language="nb",
                        duration=duration)
    return tid
