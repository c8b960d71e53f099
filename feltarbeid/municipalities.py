"""Municipalities by number and year: names, population on 1 January 2005–2026, the
number that was valid in a given year, and the study's size classes.

Package data (built by ``scripts/build_data.py`` from ``shared/data``, SSB figures):
``kommuner.csv`` (number, name, parallel names, county, region, validity) and
``folketall.csv`` (per number: the population on 1 January of each year it was valid, and
the number it went on as when it ended).

Numbers change: renumbering when counties changed (0220 Asker → 3025 in 2020 → 3203 in
2024) and mergers (0723 Tjøme → 0729 Færder in 2018). ``number_in_year`` finds the
municipality an area belonged to in a given year: forward along the successors (renumbered
to, merged into, the same-named part of a split), backward to the predecessor with the same
name (or the only one). A year outside 2005–2026 uses the nearest year with figures.

Size classes are half-open: with bounds ``[3000, 15000]`` the classes are *under 3 000*,
*3 000–15 000* (3 000 ≤ n < 15 000) and *over 15 000* (a bound belongs to the class above).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .anonymise.keyfile import normalise
from .data import rows
from .errors import FeltarbeidError
from .locale import t

DEFAULT_SIZE_BOUNDS = (3000, 15000)
MAX_SIZE_CLASSES = 8


@dataclass(eq=False)
class Municipality:
    number: str
    name: str
    other_names: tuple[str, ...]
    county: str
    region: str
    successor: str
    population: dict[int, int] = field(default_factory=dict)  # year -> 1 January figure

    @property
    def first_year(self) -> int:
        return min(self.population)

    @property
    def last_year(self) -> int:
        return max(self.population)

    def valid_in(self, year: int) -> bool:
        return year in self.population

    def figure(self, year: int) -> tuple[int, int]:
        """(population, year of the figure): that year's, else the nearest year it has."""
        if year in self.population:
            return self.population[year], year
        nearest = min(self.population, key=lambda y: (abs(y - year), -y))
        return self.population[nearest], nearest

    def describe(self) -> str:
        return f"{self.number} {self.name} ({self.county})"


@dataclass
class Data:
    by_number: dict[str, Municipality]
    by_name: dict[str, list[str]]  # normalised name (any of its names) -> numbers
    first_year: int
    last_year: int


@cache
def load() -> Data:
    figures: dict[str, tuple[str, dict[int, int]]] = {}
    for r in rows("folketall.csv"):
        per = {int(y): int(v) for y, v in r.items() if y.isdigit() and v}
        figures[r["number"]] = (r["successor"], per)
    by_number: dict[str, Municipality] = {}
    by_name: dict[str, list[str]] = {}
    for r in rows("kommuner.csv"):
        successor, per = figures.get(r["number"], ("", {}))
        if not per:
            continue
        others = tuple(n for n in r["other_names"].split("|") if n)
        m = by_number[r["number"]] = Municipality(r["number"], r["name"], others, r["county"],
                                                  r["region"], successor, per)
        for n in (m.name, *others):
            numbers = by_name.setdefault(normalise(n), [])
            if m.number not in numbers:
                numbers.append(m.number)
    years = [y for m in by_number.values() for y in m.population]
    return Data(by_number, by_name, min(years), max(years))


def get(number: str) -> Municipality | None:
    return load().by_number.get(number)


def clamp_year(year: int | None) -> int:
    """The year whose figures count: ``year`` within the data's years (None: the latest)."""
    d = load()
    if year is None:
        return d.last_year
    return min(max(year, d.first_year), d.last_year)


def number_in_year(number: str, year: int) -> str:
    """The number of the municipality the area of ``number`` belonged to in ``year``
    (``number`` itself if it was valid then). Falls back to ``number`` where the history
    does not say (a split into differently named parts, several predecessors)."""
    d = load()
    m = d.by_number.get(number)
    if m is None or m.valid_in(year):
        return number
    if year > m.last_year:
        seen = {number}
        current = m
        while current.successor and current.successor not in seen:
            nxt = d.by_number.get(current.successor)
            if nxt is None:
                break
            if nxt.valid_in(year):
                return nxt.number
            seen.add(nxt.number)
            current = nxt
        return number
    # earlier than the number: the predecessor that was valid then
    preds = [p for p in d.by_number.values() if p.valid_in(year) and _leads_to(p, number)]
    same = [p for p in preds if normalise(p.name) == normalise(m.name)]
    if len(same) == 1:
        return same[0].number
    if len(preds) == 1:
        return preds[0].number
    return number


def _leads_to(m: Municipality, target: str) -> bool:
    d = load()
    seen: set[str] = set()
    while m.successor and m.successor not in seen:
        if m.successor == target:
            return True
        seen.add(m.successor)
        nxt = d.by_number.get(m.successor)
        if nxt is None:
            return False
        m = nxt
    return False


def population(number: str, year: int | None) -> tuple[int, int, str] | None:
    """(population, year of the figure, number used) of the municipality ``number``
    stands for in ``year`` (clamped to the data's years); None for an unknown number."""
    y = clamp_year(year)
    used = number_in_year(number, y)
    m = get(used)
    if m is None:
        return None
    figure, at = m.figure(y)
    return figure, at, used


def candidates(query: str) -> list[Municipality]:
    """Municipalities a user's text can mean: a 4-digit number, or a name (official or
    parallel, any case; 'Asker kommune', 'Bø (Nordland)', 'Bø i Nordland' work)."""
    d = load()
    q = query.strip()
    if q.isdigit():
        m = d.by_number.get(q.zfill(4))
        return [m] if m else []
    county = ""
    if q.endswith(")") and "(" in q:
        q, county = q[:-1].split("(", 1)
    norm = normalise(q)
    for suffix in (" kommune", " kommuna", " municipality"):
        if norm.endswith(suffix) and norm[: -len(suffix)] in d.by_name:
            norm = norm[: -len(suffix)]
    if norm not in d.by_name and " i " in norm:
        norm, county = norm.rsplit(" i ", 1)
    found = [d.by_number[n] for n in d.by_name.get(norm, [])]
    if county:
        found = [m for m in found if normalise(m.county) == normalise(county)]
    return found


def resolve(query: str, year: int | None = None) -> Municipality:
    """The one municipality ``query`` means, or a FeltarbeidError that says what to write
    instead. With ``year``: the one of that name valid then. Without: the name's latest
    number (renumbering followed while the name stays: 'Asker' → 3203), as long as the
    name means one area ('Bø' meant two until 2019: give the number)."""
    found = candidates(query)
    if not found:
        raise FeltarbeidError(t("municipality.unknown", query=query),
                              hint=t("municipality.unknown_hint"))
    if year is not None:
        valid = [m for m in found if m.valid_in(clamp_year(year))]
        if len(valid) == 1:
            return valid[0]
        if valid:
            found = valid
    areas: dict[str, Municipality] = {}
    for m in found:
        last = _same_name_end(m)
        areas.setdefault(last.number, last)
    if len(areas) == 1:
        return next(iter(areas.values()))
    raise FeltarbeidError(
        t("municipality.ambiguous", query=query),
        hint=t("municipality.ambiguous_hint", options=", ".join(
            _describe_span(m) for m in sorted(areas.values(), key=lambda m: m.number))))


def _same_name_end(m: Municipality) -> Municipality:
    """The last number of ``m``'s area while it kept its name (0220 Asker → 3203)."""
    d = load()
    seen = {m.number}
    while m.successor and m.successor not in seen:
        nxt = d.by_number.get(m.successor)
        if nxt is None or normalise(nxt.name) != normalise(m.name):
            break
        seen.add(nxt.number)
        m = nxt
    return m


def _describe_span(m: Municipality) -> str:
    d = load()
    if m.last_year < d.last_year:
        return f"{m.number} {m.name} ({m.county}, –{m.last_year})"
    return m.describe()


# ------------------------------------------------------------------------------ size classes


@dataclass(frozen=True)
class SizeClass:
    lower: int | None  # None: no lower bound
    upper: int | None  # None: no upper bound

    def contains(self, n: int) -> bool:
        return (self.lower is None or n >= self.lower) and (self.upper is None or n < self.upper)

    def label(self, lang: str | None = None) -> str:
        """'under 3 000 innbyggere', '3 000–15 000 innbyggere', 'over 15 000 innbyggere'."""
        lo = format_number(self.lower, lang) if self.lower is not None else ""
        hi = format_number(self.upper, lang) if self.upper is not None else ""
        if self.lower is None and self.upper is None:
            return t("municipality.size_any", lang)
        if self.lower is None:
            return t("municipality.size_under", lang, upper=hi)
        if self.upper is None:
            return t("municipality.size_over", lang, lower=lo)
        return t("municipality.size_between", lang, lower=lo, upper=hi)


def format_number(n: int, lang: str | None = None) -> str:
    """3000 → '3 000' (nb, nn) or '3,000' (en)."""
    text = f"{n:,}"
    return text if (lang or _lang()) == "en" else text.replace(",", " ")


def _lang() -> str:
    from .locale import get_language

    return get_language()


def check_bounds(value: Any) -> str | None:
    """Why ``value`` is not a valid list of size bounds, or None if it is."""
    if not isinstance(value, list | tuple) or not value:
        return t("settings.bounds_not_list")
    if len(value) >= MAX_SIZE_CLASSES:
        return t("settings.bounds_too_many", n=MAX_SIZE_CLASSES - 1)
    if any(isinstance(v, bool) or not isinstance(v, int) or v <= 0 for v in value):
        return t("settings.bounds_not_positive")
    if any(b <= a for a, b in zip(value, value[1:], strict=False)):
        return t("settings.bounds_not_rising")
    return None


def size_classes(bounds: list[int] | tuple[int, ...] = DEFAULT_SIZE_BOUNDS) -> list[SizeClass]:
    edges: list[int | None] = [None, *bounds, None]
    return [SizeClass(lo, hi) for lo, hi in zip(edges, edges[1:], strict=False)]


def size_class(n: int, bounds: list[int] | tuple[int, ...] = DEFAULT_SIZE_BOUNDS) -> SizeClass:
    return next(c for c in size_classes(bounds) if c.contains(n))


def size_of(number: str, year: int | None,
            bounds: list[int] | tuple[int, ...] = DEFAULT_SIZE_BOUNDS) -> SizeClass | None:
    """The size class of the municipality ``number`` stands for in ``year``."""
    got = population(number, year)
    return size_class(got[0], bounds) if got else None


def size_of_name(name: str, year: int | None,
                 bounds: list[int] | tuple[int, ...] = DEFAULT_SIZE_BOUNDS) -> SizeClass | None:
    """The size class of the municipality called ``name`` in ``year`` (a name said in an
    interview: that municipality's own figure, the nearest year if it did not exist then);
    None if the name is unknown, or shared that year by municipalities of different
    classes."""
    y = clamp_year(year)
    found = candidates(name)
    if not found:
        return None
    valid = [m for m in found if m.valid_in(y)]
    if valid:
        classes = {size_class(m.population[y], bounds) for m in valid}
        return classes.pop() if len(classes) == 1 else None
    nearest = min(found, key=lambda m: (min(abs(v - y) for v in m.population), m.number))
    return size_class(nearest.figure(y)[0], bounds)


# ------------------------------------------------------------------------------ cases


@dataclass
class CasePlace:
    """What the study knows of a case's municipality: the number as set (or read from the
    interviews' header field), the municipality it was in the interview year, that
    year's population and size class. Identifying: only ``size`` may leave the study."""

    code: str
    number: str  # the municipality in ``year``
    name: str
    year: int  # the year of the figure (the first interview's, within 2005–2026)
    population: int
    size: SizeClass
    source: str  # "set" (case set --municipality) | "header" (the interviews' KOMMUNE field)


def case_places(store: Any, bounds: list[int] | tuple[int, ...] = DEFAULT_SIZE_BOUNDS
                ) -> dict[str, CasePlace]:
    """Every case whose municipality is known: set with ``case set --municipality``, else
    the one all its interviews name in a header field 'kommune'/'municipality'. The year
    is that of the case's first interview (none yet: the latest year with figures)."""
    from .store import places

    explicit = places.case_municipalities(store)
    sessions = places.case_sessions(store)
    out: dict[str, CasePlace] = {}
    for code in sorted(set(explicit) | set(sessions)):
        dated = [int(at[:4]) for at, _ in sessions.get(code, []) if at[:4].isdigit()]
        year = clamp_year(min(dated) if dated else None)
        number, source = explicit.get(code), "set"
        if number is None:
            number, source = _from_headers(sessions.get(code, [])), "header"
        if number is None:
            continue
        got = population(number, year)
        m = get(got[2]) if got else None
        if got is None or m is None:
            continue
        out[code] = CasePlace(code, m.number, m.name, got[1], got[0],
                              size_class(got[0], bounds), source)
    return out


def _from_headers(sessions: list[tuple[str, dict[str, str]]]) -> str | None:
    """The municipality every session that names one names (None if they differ)."""
    from .store.places import MUNICIPALITY_HEADERS

    found: set[str] = set()
    for at, header in sessions:
        for key, value in header.items():
            if key.casefold() in MUNICIPALITY_HEADERS and str(value).strip():
                year = int(at[:4]) if at[:4].isdigit() else None
                try:
                    found.add(_same_name_end(resolve(str(value), year)).number)
                except FeltarbeidError:
                    continue
    return found.pop() if len(found) == 1 else None


def set_case_municipality(store: Any, code: str, query: str | None,
                          bounds: list[int] | tuple[int, ...] = DEFAULT_SIZE_BOUNDS
                          ) -> CasePlace | None:
    """Set (``query``: a number or name) or remove (None) a case's municipality. A name
    is read in the year of the case's first interview, if it has one. Returns what the
    study now knows of the case's municipality."""
    from .store import places
    from .store.registers import require_case

    require_case(store, code)
    if query is None:
        places.set_case_municipality(store, code, None)
        return case_places(store, bounds).get(code)
    dated = [int(at[:4]) for at, _ in places.case_sessions(store).get(code, [])
             if at[:4].isdigit()]
    m = resolve(query, min(dated) if dated else None)
    places.set_case_municipality(store, code, _same_name_end(m).number
                                 if not query.strip().isdigit() else m.number)
    return case_places(store, bounds).get(code)
