"""What the guide and the session timeline tell the aligner: question texts and times."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, utils

from ..domain import Event, Guide

MIN_WORDS = 3  # shorter segments are not matched against the guide


@dataclass(frozen=True)
class GuideText:
    """A text the interviewer may read aloud, and the guide item it belongs to."""

    item_id: str
    text: str


@dataclass(frozen=True)
class Cue:
    """The timeline says: at ``t`` seconds into the recording, this item came up."""

    t: float
    item_id: str
    by_interviewer: bool = True  # asked (True) or touched on by the informant (False)


def guide_texts(guide: Guide | None) -> tuple[GuideText, ...]:
    if guide is None:
        return ()
    out: list[GuideText] = []
    for _, item in guide.items():
        for text in (item.text, item.lead_in):
            if text.strip():
                out.append(GuideText(item.id, text.strip()))
        for probe in item.probes:
            if probe.text.strip() and len(probe.text.split()) >= MIN_WORDS:
                out.append(GuideText(item.id, probe.text.strip()))
    return tuple(out)


ASK_KINDS = {"item_asked": True, "followup": True, "item_spontaneous": False}


def cues_from_events(events: Iterable[Event]) -> tuple[Cue, ...]:
    """Item cues with a recording time, in time order."""
    cues = [Cue(float(ev.t_rec), ev.item_id, ASK_KINDS[ev.kind])
            for ev in events
            if ev.kind in ASK_KINDS and ev.item_id and ev.t_rec is not None]
    return tuple(sorted(cues, key=lambda c: c.t))


def best_question(text: str, texts: Sequence[GuideText]) -> tuple[str | None, float]:
    """The guide item whose wording the text matches best, and the score (0–100)."""
    words = text.split()
    if len(words) < MIN_WORDS or not texts:
        return None, 0.0
    query = utils.default_process(text)
    best: tuple[str | None, float] = (None, 0.0)
    for gt in texts:
        target = utils.default_process(gt.text)
        score = fuzz.partial_ratio(query, target)
        # partial matching favours a short text inside a long one: weigh by length overlap
        short, long_ = sorted((len(query), len(target)))
        if long_:
            score *= min(1.0, 0.5 + short / long_)
        if score > best[1]:
            best = (gt.item_id, score)
    return best
