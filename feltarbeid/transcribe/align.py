"""Which guide item each segment answers — pure functions, tested without files.

Walk the segments in time order, keeping the item currently under discussion. It changes
when (1) an interviewer segment matches a question of the guide, or (2) the session
timeline says an item was asked (or touched on) before the middle of the segment, and that
cue is newer than the last change. Segments before anything was asked have no item.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import Segment
from .cues import Cue, GuideText, best_question
from .speakers import INTERVIEWER, WEAK_MATCH

CUE_LEAD = 0.25  # a cue this many seconds after an answer segment starts still counts


def assign_items(segments: Sequence[Segment], texts: Sequence[GuideText],
                 cues: Sequence[Cue]) -> list[str | None]:
    current: str | None = None
    current_since = float("-inf")
    cue_i = 0
    ordered = sorted(cues, key=lambda c: c.t)
    out: list[str | None] = []
    for seg in segments:
        # an interviewer segment takes a cue marked while it was spoken; another segment
        # only a cue from before it began
        limit = seg.end if seg.speaker == INTERVIEWER else seg.start + CUE_LEAD
        while cue_i < len(ordered) and ordered[cue_i].t <= limit:
            cue = ordered[cue_i]
            if cue.t > current_since:
                current, current_since = cue.item_id, cue.t
            cue_i += 1
        if seg.speaker == INTERVIEWER:
            item, score = best_question(seg.text, texts)
            if item is not None and score >= WEAK_MATCH:
                current, current_since = item, max(current_since, seg.start)
        out.append(current)
    # an interviewer lead-in before the first cue belongs to the question that follows
    for i in range(len(out) - 1, -1, -1):
        if out[i] is None and segments[i].speaker == INTERVIEWER and i + 1 < len(out):
            out[i] = out[i + 1]
    return out


def apply_items(segments: list[Segment], texts: Sequence[GuideText],
                cues: Sequence[Cue]) -> None:
    for seg, item in zip(segments, assign_items(segments, texts, cues), strict=True):
        seg.item_id = item


def accuracy(segments: Sequence[Segment], turns: Sequence[dict]) -> dict[str, float]:
    """Speaker and item accuracy against reference turns (``speaker``, ``item_id``,
    ``start``, ``end``), weighted by segment duration: each segment is compared with the
    reference turn it overlaps most."""
    total = spk = item = 0.0
    for seg in segments:
        best, overlap = None, 0.0
        for turn in turns:
            o = min(seg.end, turn["end"]) - max(seg.start, turn["start"])
            if o > overlap:
                best, overlap = turn, o
        dur = max(seg.end - seg.start, 0.01)
        total += dur
        if best is None:
            continue
        spk += dur if seg.speaker == best["speaker"] else 0.0
        item += dur if seg.item_id == best["item_id"] else 0.0
    return {"speaker": spk / total if total else 0.0, "item": item / total if total else 0.0}
