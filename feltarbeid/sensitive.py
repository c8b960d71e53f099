"""Sensitive passages: what the researcher holds back from exports and quotes.

A researcher may hold back a passage that could harm the cooperation between the parties
or someone's credibility, even when it is anonymised. The informant still sees it in their
review packet (it is their own words); exports and ``feltarbeid quote`` leave it out unless
asked with ``--include-sensitive``.

**How a mark follows its passage.** A transcript changes after it is marked: the
anonymised version replaces names, the researcher's correction (workbench) splits, merges
and rewrites passages, the informant's review corrects them. Segment numbers and text do
not survive that; the time on the recording does. So a mark stores the time range of the
passage it was put on (with speaker and segment numbers for display), and in every version
a segment belongs to the mark when (``covers``):

- the two overlap by at least half of the segment's length (a passage split in two: both
  halves), or by at least half of the mark's length (passages merged: the merged one) —
  a neighbour that only touches the edge, or overlaps by a few hundredths, does not;
- a segment without length (start = end) counts when it starts inside the range;
- a mark without length (a segment that had none) falls back to its segment numbers.

The speaker is not part of the test: correcting who spoke must not free a passage (privacy
fails closed). Passages the informant added in review are never covered (they are theirs,
added afterwards, and have no time of their own).

**Numbers.** A passage number is the segment's number as ``feltarbeid transcript show``
prints it (``Segment.idx + 1``), the same number that ends a quote id (``IP01-S001-017``).

**API for the workbench** (and anything else that marks): ``mark_segments`` marks the
consecutive segments the screen shows (the draft's segments, saved or not),
``mark_passages`` marks by number in a stored version, ``unmark`` / ``unmark_passage``
remove marks, ``sensitive_in`` says which of a list of segments are held back (a dict
``Segment.idx → Mark``), ``listing`` lists the marks with the passages they cover now.
All of them audit (no reason and no text in the audit log).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import locale
from .domain import Segment
from .errors import FeltarbeidError
from .store import Store
from .store import sensitive as db
from .store import transcripts as tstore
from .store.sensitive import Mark

__all__ = ["Mark", "Marked", "covers", "listing", "mark_passages", "mark_segments",
           "placeholder", "resolve", "sensitive_in", "unmark", "unmark_passage"]

MIN_LENGTH = 0.05  # seconds: a mark or segment shorter than this has "no length"


def placeholder() -> str:
    """What a held-back passage says in text exports ("[passasje holdt tilbake]")."""
    return locale.t("sensitive.placeholder")


# ------------------------------------------------------------------------------ pure


def covers(mark: Mark, seg: Segment) -> bool:
    """Whether ``seg`` (in any version of the mark's transcript) is the marked passage or a
    part of it (see the module docstring)."""
    if seg.origin == "added":
        return False
    mark_len = mark.end - mark.start
    if mark_len < MIN_LENGTH:
        return mark.seg_first <= seg.idx <= mark.seg_last
    seg_len = seg.end - seg.start
    if seg_len < MIN_LENGTH:
        return mark.start <= seg.start < mark.end
    overlap = min(seg.end, mark.end) - max(seg.start, mark.start)
    if overlap <= 0:
        return False
    return overlap >= 0.5 * seg_len or overlap >= 0.5 * mark_len


def resolve(marks: Sequence[Mark], segments: Sequence[Segment]) -> dict[int, Mark]:
    """``Segment.idx`` → the (first) mark that covers it, for every covered segment."""
    out: dict[int, Mark] = {}
    for seg in segments:
        for m in marks:
            if covers(m, seg):
                out[seg.idx] = m
                break
    return out


# ------------------------------------------------------------------------------ store


@dataclass(frozen=True)
class Marked:
    """A mark with the passage numbers it covers in the transcript's current version."""

    mark: Mark
    passages: tuple[int, ...]  # 1-based numbers; empty: the passage is gone (deleted)


def sensitive_in(store: Store, transcript_id: int,
                 segments: Sequence[Segment]) -> dict[int, Mark]:
    """Which of ``segments`` (of ``transcript_id``, any version) are held back."""
    return resolve(db.marks(store, transcript_id), segments)


def mark_segments(store: Store, transcript_id: int, segments: Sequence[Segment], *,
                  reason: str, version_id: int | None = None) -> Mark:
    """Mark the passage made of ``segments`` (consecutive, as shown) sensitive."""
    reason = " ".join(reason.split())
    if not reason:
        raise FeltarbeidError(locale.t("sensitive.no_reason"),
                              hint=locale.t("sensitive.no_reason_hint"))
    if not segments:
        raise FeltarbeidError(locale.t("sensitive.no_passage"),
                              hint=locale.t("sensitive.passage_hint"))
    tr = store.one("SELECT state FROM transcripts WHERE id = ?", (transcript_id,))
    if tr is None:
        raise FeltarbeidError(locale.t("sensitive.no_transcript", id=transcript_id),
                              hint=locale.t("sensitive.transcript_hint"))
    if tr["state"] == "withdrawn":
        raise FeltarbeidError(locale.t("sensitive.withdrawn", id=transcript_id),
                              hint=locale.t("sensitive.withdrawn_hint"))
    speakers = {s.speaker for s in segments}
    return db.add(store, transcript_id, start=min(s.start for s in segments),
                  end=max(s.end for s in segments),
                  speaker=speakers.pop() if len(speakers) == 1 else "",
                  seg_first=min(s.idx for s in segments), seg_last=max(s.idx for s in segments),
                  version_id=version_id, reason=reason)


def _version_segments(store: Store, transcript_id: int,
                      version_id: int | None) -> tuple[int, list[Segment]]:
    tr = tstore.load(store, transcript_id, version_id)  # raises for an unknown transcript
    if tr.version_id is None:
        raise FeltarbeidError(locale.t("sensitive.no_text", id=transcript_id),
                              hint=locale.t("sensitive.transcript_hint"))
    return int(tr.version_id), tr.segments


def _by_number(segments: list[Segment], number: int, transcript_id: int) -> Segment:
    seg = next((s for s in segments if s.idx + 1 == number), None)
    if seg is None:
        raise FeltarbeidError(
            locale.t("sensitive.bad_passage", n=number, id=transcript_id,
                     last=max((s.idx + 1 for s in segments), default=0)),
            hint=locale.t("sensitive.passage_hint"))
    return seg


def mark_passages(store: Store, transcript_id: int, first: int, last: int | None = None, *,
                  reason: str, version_id: int | None = None) -> Mark:
    """Mark passages ``first``..``last`` (numbers as ``transcript show`` prints them) of
    the transcript's current version (or ``version_id``) sensitive, as one mark."""
    vid, segments = _version_segments(store, transcript_id, version_id)
    last = first if last is None else last
    if last < first:
        first, last = last, first
    _by_number(segments, first, transcript_id)
    _by_number(segments, last, transcript_id)
    chosen = [s for s in segments if first <= s.idx + 1 <= last]
    return mark_segments(store, transcript_id, chosen, reason=reason, version_id=vid)


def unmark(store: Store, mark_ids: Sequence[int]) -> int:
    return db.remove(store, mark_ids)


def unmark_passage(store: Store, transcript_id: int, number: int, *,
                   version_id: int | None = None) -> int:
    """Remove every mark that covers passage ``number`` now. Returns how many."""
    _, segments = _version_segments(store, transcript_id, version_id)
    seg = _by_number(segments, number, transcript_id)
    ids = [m.id for m in db.marks(store, transcript_id) if covers(m, seg)]
    if not ids:
        raise FeltarbeidError(locale.t("sensitive.not_marked", n=number, id=transcript_id),
                              hint=locale.t("sensitive.list_hint", id=transcript_id))
    return db.remove(store, ids)


def listing(store: Store, transcript_id: int | None = None) -> list[Marked]:
    """Every mark (of one transcript or all) with what it covers in the current version."""
    out: list[Marked] = []
    cache: dict[int, list[Segment]] = {}
    for m in db.marks(store, transcript_id):
        if m.transcript_id not in cache:
            row = store.one("SELECT current_version FROM transcripts WHERE id = ?",
                            (m.transcript_id,))
            vid = row["current_version"] if row else None
            cache[m.transcript_id] = tstore.segments(store, vid) if vid is not None else []
        numbers = tuple(s.idx + 1 for s in cache[m.transcript_id] if covers(m, s))
        out.append(Marked(m, numbers))
    return out
