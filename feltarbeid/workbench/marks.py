"""What the workbench shows besides the text and its names: indirect identifiers and
sensitive passages, placed on the draft the researcher is correcting.

**Indirect identifiers** ("vi er 14 ansatte", "rådmannen i Asker") are flagged when the
transcript is anonymised and stored per passage of the text that was anonymised
(``store.indirect``), each with the researcher's decision. The draft may differ from that
text (unsaved edits, passages split or merged, a correction saved since), so a stored flag
is placed by what does not change with those: the time of the passage it was found in
and its words. It goes to the draft passages that overlap that time, at the occurrence of
its words nearest in time to where it was said (the second "14 ansatte" of the passage
stays the second, also when the passage is split between them); a flag whose words the
researcher has changed is not shown (the next anonymisation looks at the new words).
What the detector finds in the draft now and no stored flag covers is shown as a
*preview* — a transcript never anonymised has only these — and can be decided once
``feltarbeid anonymise`` (or a save of an anonymised transcript) has stored it.

**Sensitive passages** are marks in ``feltarbeid.sensitive``, anchored by time; which draft
passages they hold back is ``sensitive.covers``.

Pure: the screen loads the records from the store and hands them in.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..anonymise.marking import Flag
from ..domain import Segment
from ..sensitive import Mark, covers
from ..store.indirect import FlagRecord
from .draft import Draft, WordSpan, time_at, word_spans

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
                sources: Mapping[int, Mapping[int, Segment]], *,
                said_at: dict[int, float] | None = None) -> dict[int, list[FlagMark]]:
    """Draft passage → the stored flags placed in it (see the module docstring).
    ``sources``: version id → {segment idx: segment} of the versions the flags were found
    in. Each flag goes to an occurrence of its words in the draft passages that overlap
    its passage in time — the one nearest in time to where it was said, and no two flags
    to the same words; flags whose passage or words are gone are left out. ``said_at``: a
    cache (flag id → when its words were said) kept by the caller between calls."""
    said_at = {} if said_at is None else said_at
    starts = [s.start for s in draft.segments]
    candidates: dict[int, list[tuple[int, int]]] = {}  # flag → (passage, char) of its words
    for n, f in enumerate(flags):
        src = sources.get(f.source_version or -1, {}).get(f.seg_idx)
        if src is None or not 0 <= f.start < f.end <= len(src.text):
            continue
        words = src.text[f.start:f.end]
        candidates[n] = [(p, i) for p in _overlapping(draft, starts, src)
                         for i in _positions(draft[p].text, words)]
    wanted = Counter(c for found in candidates.values() for c in found)
    pairs: list[tuple[float, int, int, int]] = []  # (distance in s, flag, passage, char)
    words_of: dict[int, list[WordSpan]] = {}
    for n, found in candidates.items():
        if len(found) == 1 and wanted[found[0]] == 1:  # the usual case: no choice to make
            pairs.append((0.0, n, *found[0]))
            continue
        f = flags[n]
        when = said_at.get(f.id)
        if when is None:
            src = sources[f.source_version or -1][f.seg_idx]
            when = said_at[f.id] = time_at(src, f.start)
        for p, i in found:
            spans = words_of.get(p)
            if spans is None:
                spans = words_of[p] = word_spans(draft[p])
            pairs.append((abs(time_at(draft[p], i, spans) - when), n, p, i))
    out: dict[int, list[FlagMark]] = {}
    placed: set[int] = set()
    taken: set[tuple[int, int]] = set()
    for _, n, p, i in sorted(pairs):
        if n in placed or (p, i) in taken:
            continue
        f = flags[n]
        placed.add(n)
        taken.add((p, i))
        out.setdefault(p, []).append(FlagMark(i, i + f.end - f.start, f.kind, f.suggestion,
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
