"""What the workbench shows besides the text and its names: indirect identifiers and
sensitive passages, placed on the draft the researcher is correcting.

**Indirect identifiers** ("vi er 14 ansatte", "rådmannen i Asker") are flagged when the
transcript is anonymised and stored per passage of the text that was anonymised
(``store.indirect``), each with the researcher's decision. The draft may differ from that
text (unsaved edits, passages split or merged, a correction saved since), so a stored flag
is placed by what does not change with those: the time of the passage it was found in
and its words. It goes to the draft passages that overlap that time, at the same
occurrence of its words (the second "14 ansatte" of the passage stays the second); a flag
whose words the researcher has changed is not shown (the next anonymisation looks at the
new words). What the detector finds in the draft now and no stored flag covers is shown
as a *preview* — a transcript never anonymised has only these — and can be decided once
``feltarbeid anonymise`` (or a save of an anonymised transcript) has stored it.

**Sensitive passages** are marks in ``feltarbeid.sensitive``, anchored by time; which draft
passages they hold back is ``sensitive.covers``.

Pure: the screen loads the records from the store and hands them in.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..anonymise.indirect import Flag
from ..domain import Segment
from ..sensitive import Mark, covers
from ..store.indirect import FlagRecord
from .draft import Draft

PREVIEW = "preview"  # found in the draft now, not (yet) stored: no decision possible


@dataclass(frozen=True)
class FlagMark:
    """An indirect identifier in a draft passage: [start, end) of its text."""

    start: int
    end: int
    kind: str
    suggestion: str
    status: str  # open | accepted | dismissed | preview
    wording: str | None = None  # the accepted wording, if the researcher wrote their own
    flag_id: int | None = None  # the stored flag (None: a preview)

    @property
    def is_open(self) -> bool:
        return self.status in ("open", PREVIEW)

    @property
    def shown(self) -> str:
        """The wording that replaces it (accepted) or would (the suggestion)."""
        return self.wording or self.suggestion


def place_flags(draft: Draft, flags: Sequence[FlagRecord],
                sources: Mapping[int, Mapping[int, Segment]]) -> dict[int, list[FlagMark]]:
    """Draft passage → the stored flags placed in it (see the module docstring).
    ``sources``: version id → {segment idx: segment} of the versions the flags were found
    in. Flags whose passage or words are gone are left out."""
    starts = [s.start for s in draft.segments]
    out: dict[int, list[FlagMark]] = {}
    for f in flags:
        src = sources.get(f.source_version or -1, {}).get(f.seg_idx)
        if src is None or not 0 <= f.start < f.end <= len(src.text):
            continue
        words = src.text[f.start:f.end]
        nth = _occurrences(src.text[:f.end], words) - 1
        places = [(p, i) for p in _overlapping(draft, starts, src)
                  for i in _positions(draft[p].text, words)]
        if not places:
            continue
        p, i = places[min(nth, len(places) - 1)]
        out.setdefault(p, []).append(FlagMark(i, i + len(words), f.kind, f.suggestion,
                                              f.status, f.wording, f.id))
    for marks in out.values():
        marks.sort(key=lambda m: m.start)
    return out


def with_preview(stored: Sequence[FlagMark], found: Sequence[Flag]) -> list[FlagMark]:
    """A passage's stored flags, and the flags ``found`` in its text now that no stored
    one overlaps (previews), in text order."""
    out = list(stored)
    for f in found:
        if not any(m.start < f.end and f.start < m.end for m in stored):
            out.append(FlagMark(f.start, f.end, f.kind, f.suggestion, PREVIEW))
    return sorted(out, key=lambda m: m.start)


def flag_at(marks: Sequence[FlagMark], char: int) -> FlagMark | None:
    """The flag the cursor is in (its first character up to, not including, its end)."""
    return next((m for m in marks if m.start <= char < m.end), None)


def held_back(marks: Sequence[Mark], seg: Segment) -> Mark | None:
    """The sensitive mark that holds this draft passage back, if any."""
    return next((m for m in marks if covers(m, seg)), None)


def _overlapping(draft: Draft, starts: list[float], src: Segment) -> list[int]:
    """Draft passages that overlap ``src`` in time (a passage without length: the one it
    starts in)."""
    if not starts:
        return []
    first = max(0, bisect_left(starts, src.start) - 1)
    found = []
    for p in range(first, len(starts)):
        seg = draft[p]
        if seg.start >= max(src.end, src.start + 1e-6):
            break
        if seg.end > src.start or (seg.start <= src.start and seg.end >= src.start):
            found.append(p)
    return found or [min(first, len(starts) - 1)]


def _positions(text: str, words: str) -> list[int]:
    out = []
    i = text.find(words)
    while i >= 0:
        out.append(i)
        i = text.find(words, i + len(words))
    return out


def _occurrences(text: str, words: str) -> int:
    return len(_positions(text, words))
