"""Hits by position (``spans.Overlaps``) and hits as findings (compared by identity)."""

from __future__ import annotations

import random

from feltarbeid.anonymise.detect import resolve
from feltarbeid.anonymise.spans import Hit, Overlaps


def _overlapping(hits: list[Hit], start: int, end: int) -> list[Hit]:
    return [h for h in hits if h.start < end and start < h.end]


def test_overlaps_answers_like_a_scan_while_hits_come_and_go() -> None:
    rng = random.Random(12)
    hits = [Hit(s, s + rng.randint(1, 30), "PERSON", "x", 0.9, "t")
            for s in (rng.randint(0, 500) for _ in range(80))]
    at = Overlaps(hits)
    live = list(hits)
    for step in range(400):
        start = rng.randint(0, 520)
        end = start + rng.randint(1, 12)
        found = at.over(start, end)
        assert sorted(map(id, found)) == sorted(map(id, _overlapping(live, start, end)))
        assert [h.start for h in found] == sorted(h.start for h in found)
        if step % 3 == 0 and found:
            gone = rng.choice(found)
            at.remove(gone)
            live.remove(gone)
        elif step % 3 == 1:
            new = Hit(start, end, "PLACE", "y", 0.7, "t")
            at.add(new)
            live.append(new)
    assert sorted(map(id, at.in_order())) == sorted(map(id, live))


def test_equal_hits_are_two_findings() -> None:
    a = Hit(0, 4, "PERSON", "Kari", 0.9, "t")
    b = Hit(0, 4, "PERSON", "Kari", 0.9, "t")
    hits = [a, b]
    hits.remove(b)
    assert hits[0] is a
    at = Overlaps([a, b])
    at.remove(b)
    assert at.over(0, 4) == [a]


def test_resolve_keeps_the_best_of_overlapping_hits_in_text_order() -> None:
    longer = Hit(0, 12, "PLACE", "Nordre Skaug", 0.6, "t")  # longer beats surer
    inside = Hit(7, 12, "PERSON", "Skaug", 0.9, "t")
    surer = Hit(20, 25, "MUNICIPALITY", "Hamar", 0.9, "t")  # same stretch: surer wins
    weaker = Hit(20, 25, "PERSON", "Hamar", 0.7, "t")
    touching = Hit(12, 15, "PERSON", "Per", 0.8, "t")  # ends where the next begins
    registry = Hit(30, 33, "PERSON", "Ola", 0.5, "registry:person")
    around = Hit(28, 40, "PLACE", "xx Ola yyyyy", 0.9, "t")  # the registry wins
    got = resolve([weaker, surer, inside, touching, longer, around, registry])
    assert got == [longer, touching, surer, registry]
