"""Who speaks: interviewer (``I``) or informant, without a diarisation model.

Pure functions of segments and cues, tested without files. Evidence per segment:

- the text matches a question of the guide (read aloud by the interviewer) — rapidfuzz;
- the session timeline: the interviewer marked the item asked at that moment;
- a question mark at the end;
- in a stereo recording, which channel is louder (each person had their own microphone);
  which channel is the interviewer's is learnt from the segments the text says are
  questions, so no setting is needed.

Informant segments get the session's first informant code; with several informants in one
mono recording they cannot be told apart, and such segments are flagged
``speaker_uncertain``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain import Segment
from .cues import Cue, GuideText, best_question

INTERVIEWER = "I"
STRONG_MATCH = 85.0
WEAK_MATCH = 70.0
CHANNEL_DB = 6.0
ASK_BEFORE = 4.0  # a question may start this long before its timeline mark
ASK_AFTER = 1.0  # ... or this long after it  # a channel this much louder decides the speaker


@dataclass(frozen=True)
class SpeakerContext:
    informants: tuple[str, ...] = ()
    guide_texts: tuple[GuideText, ...] = ()
    cues: tuple[Cue, ...] = ()
    # per segment: RMS energy per channel (stereo recordings only), same order as segments
    channel_energy: tuple[tuple[float, ...], ...] = ()

    @property
    def informant(self) -> str:
        return self.informants[0] if self.informants else "IP"


def interviewer_scores(segments: Sequence[Segment], ctx: SpeakerContext) -> list[float]:
    """Evidence that each segment is the interviewer's (text, timeline, punctuation)."""
    asked = [c.t for c in ctx.cues if c.by_interviewer]
    scores = []
    for seg in segments:
        score = 0.0
        _, ratio = best_question(seg.text, ctx.guide_texts)
        if ratio >= STRONG_MATCH:
            score += 3.0
        elif ratio >= WEAK_MATCH:
            score += 1.5
        if seg.text.rstrip().endswith("?"):
            score += 1.0
        # the mark is made while or just after the question is asked
        if any(t - ASK_BEFORE <= seg.start <= t + ASK_AFTER for t in asked):
            score += 1.0
        scores.append(score)
    return scores


def _channel_votes(scores: list[float], energy: Sequence[Sequence[float]]) -> list[int | None]:
    """For each segment, +1 (interviewer's channel louder), -1 (the other), None (unclear)."""
    import math

    def louder(e: Sequence[float]) -> int | None:
        if len(e) < 2 or min(e) <= 0 and max(e) <= 0:
            return None
        a, b = max(e[0], 1e-9), max(e[1], 1e-9)
        db = 20 * math.log10(a / b)
        if db >= CHANNEL_DB:
            return 0
        if db <= -CHANNEL_DB:
            return 1
        return None

    channels = [louder(e) for e in energy]
    # which channel is the interviewer's: the one the question-like segments are loud on
    tally = [0.0, 0.0]
    for s, ch in zip(scores, channels, strict=False):
        if ch is not None:
            tally[ch] += 1.0 if s >= 2.5 else (-1.0 if s == 0 else 0.0)
    if tally[0] == tally[1]:
        return [None] * len(scores)
    interviewer_ch = 0 if tally[0] > tally[1] else 1
    return [None if ch is None else (1 if ch == interviewer_ch else -1) for ch in channels]


def label_speakers(segments: Sequence[Segment], ctx: SpeakerContext) -> list[str]:
    """One label per segment: ``I`` or an informant code."""
    scores = interviewer_scores(segments, ctx)
    if ctx.channel_energy and len(ctx.channel_energy) == len(segments):
        for i, vote in enumerate(_channel_votes(scores, ctx.channel_energy)):
            if vote is not None:
                scores[i] += 4.0 * vote
    is_i = [s >= 2.0 for s in scores]
    # a short fragment right after a question (Whisper split it) goes with it
    for i, seg in enumerate(segments):
        prev = segments[i - 1] if i > 0 else None
        if (not is_i[i] and scores[i] >= 0 and prev is not None and is_i[i - 1]
                and seg.start - prev.end < 0.2 and len(seg.text.split()) <= 3):
            is_i[i] = True
    return [INTERVIEWER if x else ctx.informant for x in is_i]


def apply_speakers(segments: list[Segment], ctx: SpeakerContext) -> None:
    """Set ``speaker`` on each segment (in place)."""
    for seg, label in zip(segments, label_speakers(segments, ctx), strict=True):
        seg.speaker = label
        uncertain = label != INTERVIEWER and len(ctx.informants) > 1 and not ctx.channel_energy
        if uncertain and "speaker_uncertain" not in seg.flags:
            seg.flags.append("speaker_uncertain")
