"""What the researcher's corrections changed: two versions of a transcript compared
passage by passage (``feltarbeid transcript diff``).

Passages are matched on their text (a split or a merge shows as one change), then each
changed stretch is shown as a word diff with its time and speakers.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..domain import Segment
from ..textdiff import word_diff


@dataclass(frozen=True)
class Change:
    start: float  # time of the first passage concerned
    speakers_before: tuple[str, ...]
    speakers_after: tuple[str, ...]
    items_before: tuple[str, ...]
    items_after: tuple[str, ...]
    words: list[tuple[str, str]]  # word_diff of the stretch's text
    passages_before: int
    passages_after: int

    @property
    def text_changed(self) -> bool:
        return any(op != " " for op, _ in self.words)


def _key(s: Segment) -> tuple[str, str, str]:
    return (s.speaker, s.item_id or "", " ".join(s.text.split()))


def version_diff(before: list[Segment], after: list[Segment]) -> list[Change]:
    a, b = [_key(s) for s in before], [_key(s) for s in after]
    out: list[Change] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old, new = before[i1:i2], after[j1:j2]
        first = (old or new)[0]
        out.append(Change(
            start=first.start,
            speakers_before=tuple(dict.fromkeys(s.speaker for s in old)),
            speakers_after=tuple(dict.fromkeys(s.speaker for s in new)),
            items_before=tuple(dict.fromkeys(s.item_id or "" for s in old)),
            items_after=tuple(dict.fromkeys(s.item_id or "" for s in new)),
            words=word_diff(" ".join(s.text for s in old), " ".join(s.text for s in new)),
            passages_before=len(old), passages_after=len(new)))
    return out
