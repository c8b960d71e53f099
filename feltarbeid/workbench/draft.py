"""The working text of a transcript in the workbench, and the edits that change it.

Pure core: no files, no database, no screen. An edit is a small dict, exactly as the
journal holds it (``{"op": "splice", "p": 12, "a": 4, "b": 9, "s": "training"}``);
``Draft.apply`` makes the change, so replaying the journal's edits on the same base
version gives the same text every time.

Edits (``p`` is the passage's index in the draft at the time of the edit):

- ``splice`` ``p a b s``: text[a:b] of passage p becomes s (typing, inaudible and pause marks)
- ``batch`` ``edits``: several splices at once, all or none (find and replace)
- ``split`` ``p at t``: passage p becomes two at character ``at``, the second starting at
  time ``t`` (from the word timings, see ``split_time``)
- ``merge`` ``p``: passage p and the next become one
- ``speaker`` ``p v``, ``item`` ``p v``: the speaker code, the guide item id (or None)
- ``check`` ``p v``: the researcher has (v=True) or has not checked the passage

Word timings stay with the words: ``word_spans`` finds where each word of the model still
stands in the edited text, which gives the word being heard, the unsure words and the time
of a split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from .. import locale
from ..domain import Segment, Word

CHECKED = "checked"  # a segment flag: the researcher listened to it and corrected it
ATTENTION_FLAGS = ("repetition", "low_confidence")
SHOWN_FLAGS = (*ATTENTION_FLAGS, "speaker_uncertain")
EDIT_OPS = ("splice", "batch", "split", "merge", "speaker", "item", "check")
_WORDCHAR = re.compile(r"\w", re.UNICODE)
NEAR = 40  # characters a word may have moved and still be found


class DraftError(ValueError):
    """An edit that does not fit the draft (a damaged or foreign journal)."""


@dataclass(frozen=True)
class WordSpan:
    start: int  # character offsets in the passage text
    end: int
    word: Word


def _boundary(text: str, i: int) -> bool:
    return i <= 0 or i >= len(text) or not (_WORDCHAR.match(text[i - 1])
                                            and _WORDCHAR.match(text[i]))


def word_spans(seg: Segment) -> list[WordSpan]:
    """Where each word of the model still stands in the (maybe edited) text, in order.
    A word the researcher changed is not found and left out."""
    text = seg.text
    low = text.lower()
    out: list[WordSpan] = []
    pos = 0
    for w in seg.words:
        token = w.word.strip().lower()
        if not token:
            continue
        i = low.find(token, pos)
        while i >= 0 and i - pos <= NEAR + len(token):
            j = i + len(token)
            if _boundary(text, i) and _boundary(text, j):
                out.append(WordSpan(i, j, w))
                pos = j
                break
            i = low.find(token, i + 1)
    return out


def word_at_time(seg: Segment, t: float) -> WordSpan | None:
    """The word being heard at time ``t`` (the last one started by then)."""
    best = None
    for ws in word_spans(seg):
        if ws.word.start <= t:
            best = ws
        else:
            break
    if best is not None and t > best.word.end + 1.0:
        return None  # a pause after the word
    return best


def time_at(seg: Segment, char: int, spans: list[WordSpan] | None = None) -> float:
    """The time of character ``char``: from the word there, else by proportion.
    ``spans``: ``word_spans(seg)`` if the caller has them."""
    spans = word_spans(seg) if spans is None else spans
    for ws in spans:
        if ws.start <= char < ws.end or char < ws.start:
            return ws.word.start
    if spans:
        return spans[-1].word.end
    if not seg.text:
        return seg.start
    return seg.start + (seg.end - seg.start) * min(1.0, char / len(seg.text))


def split_time(seg: Segment, at: int) -> float:
    """When the second part of a split at character ``at`` starts: the start of the first
    word after the cut, else the end of the last word before it, else by proportion."""
    spans = word_spans(seg)
    after = next((ws for ws in spans if ws.start >= at), None)
    before = [ws for ws in spans if ws.end <= at]
    if after is not None:
        t = after.word.start
    elif before:
        t = before[-1].word.end
    else:
        t = seg.start + (seg.end - seg.start) * (at / max(1, len(seg.text)))
    return round(min(max(t, seg.start), seg.end), 3)


def unsure_spans(seg: Segment, below: float) -> list[WordSpan]:
    """Words the model was unsure of (probability below ``below``) still in the text."""
    return [ws for ws in word_spans(seg) if ws.word.probability < below]


def pause_seconds(seg: Segment, at: int) -> float | None:
    """The silence between the words around character ``at`` (None if unknown)."""
    spans = word_spans(seg)
    before = [ws for ws in spans if ws.end <= at]
    after = next((ws for ws in spans if ws.start >= at), None)
    if before and after is not None:
        return max(0.0, after.word.start - before[-1].word.end)
    return None


# --------------------------------------------------------------------------- the draft


@dataclass
class Draft:
    """The passages being corrected (copies of a version's segments)."""

    segments: list[Segment]
    edits: int = 0  # edits applied since the base version
    _revision: int = field(default=0, repr=False)

    @classmethod
    def of(cls, segments: Iterable[Segment]) -> Draft:
        """A draft of copies (words are shared: they are never changed in place)."""
        return cls([replace(s, words=list(s.words), flags=list(s.flags)) for s in segments])

    def __len__(self) -> int:
        return len(self.segments)

    def __getitem__(self, p: int) -> Segment:
        return self.segments[p]

    @property
    def revision(self) -> int:
        """Grows with every change (for caches of rendered passages)."""
        return self._revision

    # -- reading --------------------------------------------------------------------------
    def checked(self) -> int:
        return sum(1 for s in self.segments if CHECKED in s.flags)

    def passage_at(self, t: float) -> int:
        """The passage being heard at time ``t`` (the last one started by then)."""
        lo, hi = 0, len(self.segments)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.segments[mid].start <= t:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)

    def result(self) -> list[Segment]:
        """The segments to save: numbered from 0, words that no longer stand in the text
        left out, the researcher's check kept as a flag."""
        out = []
        for i, s in enumerate(self.segments):
            words = [ws.word for ws in word_spans(s)]
            out.append(replace(s, idx=i, words=list(words), flags=list(s.flags)))
        return out

    # -- changing -------------------------------------------------------------------------
    def apply(self, edit: dict[str, Any]) -> None:
        op = edit.get("op")
        handler = getattr(self, f"_op_{op}", None) if op in EDIT_OPS else None
        if handler is None:
            raise DraftError(locale.t("workbench.edit_unknown", op=op))
        try:
            handler(edit)
        except (KeyError, IndexError, TypeError) as exc:
            raise DraftError(locale.t("workbench.edit_misfit", op=op, reason=exc)) from None
        self.edits += 1
        self._revision += 1

    def _seg(self, p: Any) -> Segment:
        if not isinstance(p, int) or not 0 <= p < len(self.segments):
            raise IndexError(locale.t("workbench.no_passage", p=p))
        return self.segments[p]

    def _op_splice(self, e: dict[str, Any]) -> None:
        seg = self._seg(e["p"])
        a, b, s = int(e["a"]), int(e["b"]), str(e["s"])
        if not 0 <= a <= b <= len(seg.text):
            raise IndexError(locale.t("workbench.outside_passage", a=a, b=b, p=e["p"]))
        seg.text = seg.text[:a] + s + seg.text[b:]

    def _op_batch(self, e: dict[str, Any]) -> None:
        before = {p: self._seg(p).text for p in {sub["p"] for sub in e["edits"]}}
        try:
            for sub in e["edits"]:
                self._op_splice(sub)
        except BaseException:
            for p, text in before.items():  # all or nothing
                self.segments[p].text = text
            raise

    def _op_split(self, e: dict[str, Any]) -> None:
        p = e["p"]
        seg = self._seg(p)
        at, t = int(e["at"]), float(e["t"])
        first_text, second_text = seg.text[:at].rstrip(), seg.text[at:].lstrip()
        if not first_text or not second_text:
            raise IndexError(locale.t("workbench.split_edge"))
        by_char = {id(ws.word): ws.start < at for ws in word_spans(seg)}
        first_words = [w for w in seg.words if by_char.get(id(w), w.end <= t)]
        second_words = [w for w in seg.words if not by_char.get(id(w), w.end <= t)]
        flags = [f for f in seg.flags if f != CHECKED]
        one = replace(seg, text=first_text, end=t, words=first_words, flags=list(flags))
        two = replace(seg, text=second_text, start=t, words=second_words, flags=list(flags))
        self.segments[p:p + 1] = [one, two]
        self._renumber()

    def _op_merge(self, e: dict[str, Any]) -> None:
        p = e["p"]
        a, b = self._seg(p), self._seg(p + 1)
        flags = [f for f in dict.fromkeys([*a.flags, *b.flags]) if f != CHECKED]
        logprobs = [(s.avg_logprob, max(0.001, s.end - s.start)) for s in (a, b)
                    if s.avg_logprob is not None]
        avg = (sum(lp * d for lp, d in logprobs) / sum(d for _, d in logprobs)
               if logprobs else None)
        merged = replace(a, text=f"{a.text.rstrip()} {b.text.lstrip()}".strip(), end=b.end,
                         words=[*a.words, *b.words], flags=flags, avg_logprob=avg)
        self.segments[p:p + 2] = [merged]
        self._renumber()

    def _op_speaker(self, e: dict[str, Any]) -> None:
        self._seg(e["p"]).speaker = str(e["v"])

    def _op_item(self, e: dict[str, Any]) -> None:
        v = e["v"]
        self._seg(e["p"]).item_id = str(v) if v else None

    def _op_check(self, e: dict[str, Any]) -> None:
        seg = self._seg(e["p"])
        flags = [f for f in seg.flags if f != CHECKED]
        seg.flags = [*flags, CHECKED] if e["v"] else flags

    def _renumber(self) -> None:
        for i, s in enumerate(self.segments):
            s.idx = i


# --------------------------------------------------------------------------- finding


def find_all(draft: Draft, needle: str, *, case: bool = False) -> list[tuple[int, int, int]]:
    """(passage, start, end) of every occurrence of ``needle`` (whole text, any case
    unless ``case``)."""
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), 0 if case else re.IGNORECASE)
    return [(p, m.start(), m.end()) for p, seg in enumerate(draft.segments)
            for m in pattern.finditer(seg.text)]


def replace_edit(draft: Draft, needle: str, replacement: str, *,
                 case: bool = False) -> dict[str, Any] | None:
    """The ``batch`` edit that replaces every occurrence (None when there is none). Within
    a passage the splices run from the end, so each one's offsets stay right."""
    hits = find_all(draft, needle, case=case)
    if not hits:
        return None
    edits = [{"op": "splice", "p": p, "a": a, "b": b, "s": replacement}
             for p, a, b in sorted(hits, key=lambda h: (h[0], -h[1]))]
    return {"op": "batch", "edits": edits}


def attention_points(draft: Draft, below: float) -> Iterator[tuple[int, int]]:
    """(passage, character) of every place to look at, in order: the first unsure word of
    each, or the start of a flagged passage. Checked passages are skipped."""
    for p, seg in enumerate(draft.segments):
        if CHECKED in seg.flags:
            continue
        unsure = unsure_spans(seg, below)
        if unsure:
            for ws in unsure:
                yield p, ws.start
        elif any(f in seg.flags for f in ATTENTION_FLAGS):
            yield p, 0


def next_attention(draft: Draft, p: int, char: int, below: float) -> tuple[int, int] | None:
    """The next place to look at after (p, char), wrapping round once."""
    points = list(attention_points(draft, below))
    for point in points:
        if point > (p, char):
            return point
    return points[0] if points and points[0] != (p, char) else None


# --------------------------------------------------------------------------- listening


class Heard:
    """The stretches of the recording heard, merged (seconds)."""

    def __init__(self) -> None:
        self.ranges: list[tuple[float, float]] = []

    def add(self, a: float, b: float) -> None:
        if b <= a:
            return
        merged: list[tuple[float, float]] = []
        for lo, hi in sorted([*self.ranges, (a, b)]):
            if merged and lo <= merged[-1][1] + 0.05:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        self.ranges = merged

    @property
    def seconds(self) -> float:
        return sum(hi - lo for lo, hi in self.ranges)
