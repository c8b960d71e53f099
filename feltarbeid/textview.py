"""The one place that turns a transcript into text with offsets.

A transcript document is a sequence of paragraphs, one per segment (or per run of segments
by the same speaker, see ``merge_speaker_runs``). Each paragraph is
``[timestamp ]LABEL: text`` and paragraphs are joined by a single ``\\n`` (LF). Offsets are
Python ``str`` indices, which are Unicode code points — what REFI-QDA's
PlainTextSelection wants — with ``end`` exclusive.

Used by anonymisation (spans per segment), review packets (numbered passages) and export
(TextSources and pre-coded selections), so all three agree on the same characters.
Documents (``feltarbeid.documents``) are rendered here too, one paragraph per passage and
without speaker labels (``labelled=False``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .domain import Segment

TimestampStyle = Literal["f4", "brackets", "none"]


@dataclass(frozen=True)
class Passage:
    """One paragraph of the rendered text and where its parts are."""

    number: int  # 1-based, as shown to people
    segment_indices: tuple[int, ...]  # Segment.idx values it holds
    speaker: str
    item_id: str | None
    start: float  # seconds
    end: float
    text: str  # the spoken text only
    para_start: int  # offset of the paragraph (timestamp/label included)
    text_start: int  # offset of the spoken text inside the whole document
    text_end: int  # exclusive
    origin: str = "spoken"


def format_timestamp(seconds: float, style: TimestampStyle) -> str:
    """f4: ``#00:01:02-5#`` (tenths); brackets: ``[00:01:02]``; none: ''."""
    if style == "none":
        return ""
    tenths = int(round(max(seconds, 0.0) * 10))
    whole, tenth = divmod(tenths, 10)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    if style == "f4":
        return f"#{h:02d}:{m:02d}:{s:02d}-{tenth}#"
    return f"[{h:02d}:{m:02d}:{s:02d}]"


def merge_speaker_runs(segments: Sequence[Segment]) -> list[list[Segment]]:
    """Group consecutive segments with the same speaker, guide item and origin."""
    groups: list[list[Segment]] = []
    for seg in segments:
        if groups:
            last = groups[-1][-1]
            if (last.speaker, last.item_id, last.origin) == (seg.speaker, seg.item_id, seg.origin):
                groups[-1].append(seg)
                continue
        groups.append([seg])
    return groups


def render(
    segments: Sequence[Segment],
    *,
    labels: dict[str, str] | None = None,
    timestamps: TimestampStyle = "none",
    merge: bool = False,
    header: str = "",
    stamp_at: Literal["start", "end"] = "start",
    labelled: bool = True,
) -> tuple[str, list[Passage]]:
    """Render segments as ``LABEL: text`` paragraphs; return the text and its passages.

    ``labels`` maps speaker codes to what is printed (default: the code itself, ``I`` for the
    interviewer). ``header`` (e.g. interview metadata) comes first, followed by a blank line.
    ``stamp_at="end"`` writes ``LABEL: text STAMP`` with the paragraph's end time (f4's own
    convention; keeps the speaker label at the paragraph start for QDA imports).
    ``labelled=False``: no ``LABEL: `` (a document's paragraphs).
    """
    labels = labels or {}
    groups = merge_speaker_runs(segments) if merge else [[s] for s in segments]
    parts: list[str] = []
    passages: list[Passage] = []
    pos = 0
    if header:
        head = header.rstrip("\n") + "\n\n"
        parts.append(head)
        pos = len(head)
    for number, group in enumerate(groups, start=1):
        first = group[0]
        text = " ".join(s.text.strip() for s in group if s.text.strip())
        at_end = stamp_at == "end"
        stamp = format_timestamp(group[-1].end if at_end else first.start, timestamps)
        label = labels.get(first.speaker, first.speaker or "?")
        prefix = (f"{stamp} " if stamp and not at_end else "") + (
            f"{label}: " if labelled else "")
        if passages:
            parts.append("\n")
            pos += 1
        para_start = pos
        parts.append(prefix + text)
        text_start = pos + len(prefix)
        pos = text_start + len(text)
        if at_end and stamp:
            parts.append(f" {stamp}")
        passages.append(
            Passage(
                number=number, segment_indices=tuple(s.idx for s in group), speaker=first.speaker,
                item_id=first.item_id, start=first.start, end=group[-1].end, text=text,
                para_start=para_start, text_start=text_start, text_end=pos, origin=first.origin,
            )
        )
        if at_end and stamp:
            pos += 1 + len(stamp)
    document = "".join(parts)
    if passages:
        document += "\n"
    return document, passages


def plain_text(segments: Sequence[Segment]) -> str:
    """Only the words, one segment per line."""
    return "\n".join(s.text.strip() for s in segments) + ("\n" if segments else "")
