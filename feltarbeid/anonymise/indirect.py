"""Indirect identifiers: passages that point at one person without naming anyone.

In a study with five informants, "rådmannen i Asker", "vi er 14 ansatte", "en times
kjøring fra Oslo", "før dette var jeg fylkesdirektør" or "siden kontoret åpnet i 2008" can
each identify someone. ``find`` flags such passages in one text (Bokmål, Nynorsk, English;
lower-case speech-recognition text too) with a kind and a suggested generalised wording in
the study's language. It never replaces anything: the researcher accepts, edits or
dismisses each flag (``feltarbeid anonymise indirect``, ``anonymise review``), and an
accepted wording replaces the passage in the anonymised version (``apply.Engine``).

Kinds:

- ``role_place``: a role there is one of per municipality (or county) with a place:
  "rådmannen i [Kommune B]", "Askers ordfører", "NAV-lederen i Hamar".
- ``pronoun_role``: a gendered pronoun in the sentence of such a role, or the next.
- ``staff_count``: an exact head count: "vi er 14 ansatte", "kontoret har 23 årsverk".
- ``population``: "en kommune med 2 300 innbyggere".
- ``distance``: "en times kjøring fra Oslo", "30 km fra sentrum", "tre mil unna".
- ``former_job``: "før dette var jeg fylkesdirektør", "I trained as a social worker in …".
- ``event_year``: a year in a clause about a local event: "siden kontoret åpnet i 2008".

The word lists are data (``feltarbeid/data/indirect.toml``); the wordings are in the
catalogue (``locale/*/indirect.toml``). Pure: text in, flags out.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from .. import locale
from .. import municipalities as mun

KINDS = ("role_place", "pronoun_role", "staff_count", "population", "distance",
         "former_job", "event_year")
# when two flags overlap, the earlier kind here wins
PRIORITY = {k: n for n, k in enumerate(("role_place", "former_job", "population",
                                        "staff_count", "distance", "event_year",
                                        "pronoun_role"))}
VERSION = "1"  # change when the patterns change: transcripts are flagged again

_W = r"[\w\u00C0-\u024F]"  # a word character (letters with diacritics included)
_B = rf"(?<!{_W})"  # word start
_E = rf"(?!{_W})"  # word end
_BRACKET = re.compile(r"\[[^\[\]\n]{1,80}\]")
_CLAUSE_END = re.compile(r"[.;:!?,]\s|[.;:!?]$|\n")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)|\n")
_NOT_AFTER_FROM = {"jeg", "eg", "vi", "me", "du", "han", "hun", "ho", "de", "dei", "det",
                   "man", "i", "we", "you", "he", "she", "they", "it", "that", "the"}
# capitalised words that are not places after "i"/"på"
_NOT_PLACES = {"nav", "norge", "norway", "noreg", "staten", "stortinget", "regjeringen"}
_POSSESSIVE_NOT_BEFORE = {"to", "and", "in", "on", "at", "about", "that", "for", "with",
                          "from", "as", "if", "when", "so", "but", "or", "too", "again"}


@dataclass(frozen=True)
class Place:
    """A known place in the text (a detected name or a pseudonym), with its region if
    the study lets the region show."""

    start: int
    end: int
    region: str = ""


@dataclass(frozen=True)
class Flag:
    start: int
    end: int
    kind: str
    surface: str
    suggestion: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind,
                "surface": self.surface, "suggestion": self.suggestion}


# ------------------------------------------------------------------------------ patterns


def _alt(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first; spaces match runs of spaces and a
    hyphen matches a hyphen, a space or nothing."""
    out = []
    for p in sorted(set(phrases), key=lambda s: (-len(s), s)):
        parts = [re.escape(w) for w in p.split()]
        out.append(r"\s+".join(parts).replace(r"\-", r"[-\s]?"))
    return "(?:" + "|".join(out) + ")"


@dataclass
class Patterns:
    data: dict[str, Any]
    number_words: dict[str, int]
    role: re.Pattern[str]
    county_roles: frozenset[str]
    pronoun: re.Pattern[str]
    staff: re.Pattern[str]
    staff_generic: re.Pattern[str]
    population: re.Pattern[str]
    distance: re.Pattern[str]
    # what each of these must contain (a cheap search before the full pattern): the
    # staff noun, the 'we are' words, the unit of a distance
    staff_hint: re.Pattern[str]
    staff_generic_hint: re.Pattern[str]
    distance_hint: re.Pattern[str]
    former: re.Pattern[str]
    year: re.Pattern[str]
    event_cue: re.Pattern[str]
    since: frozenset[str]


@cache
def patterns() -> Patterns:
    raw = resources.files("feltarbeid.data").joinpath("indirect.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    numbers = {k: int(v) for k, v in data["numbers"].items()}
    units = [w for w, v in numbers.items() if 1 <= v <= 9]
    tens = [w for w, v in numbers.items() if v in range(20, 100, 10)]
    small = [w for w, v in numbers.items() if v < 100]
    numword = (rf"(?:{_alt(units)}og{_alt(tens)}|{_alt(tens)}{_alt(units)}|"
               rf"{_alt(small)}|{_alt(['hundre', 'hundred'])})")
    num = rf"(?P<num>\d{{1,4}}|{numword})"
    roles = data["roles"]
    role_forms = [*roles["municipal"], *roles["county"]]
    ending = r"(?:en|n|a|ar|ane|ene|er|et|s)?"
    role = re.compile(rf"{_B}(?P<role>{_alt(role_forms)}{ending}){_E}", re.I)
    staff = data["staff"]
    pop = data["population"]
    approx = _alt(pop["approx"])
    big = (rf"(?P<num>\d{{1,3}}(?:[ \u00a0.,]\d{{3}})+|\d+(?:[.,]\d+)?|{numword})"
           rf"(?:\s+(?P<thousand>{_alt(pop['thousands'])}))?")
    dist = data["distance"]
    quantity = rf"(?P<q>\d+(?:[.,]\d+)?|{_alt(dist['quantity_words'])}|{numword})"
    former = data["former_job"]
    title_word = rf"{_W}[\w-]*"
    title = (rf"(?P<title>(?:(?:en|ei|ein|et|a|an)\s+)?(?:{title_word}\s+){{0,2}}?"
             rf"[\w-]*{_alt(former['title_endings'])}{ending}){_E}")
    ev = data["event_year"]
    return Patterns(
        data=data, number_words=numbers, role=role,
        county_roles=frozenset(r.casefold() for r in roles["county"]),
        pronoun=re.compile(rf"{_B}(?P<p>{_alt(data['pronouns'])}){_E}", re.I),
        staff=re.compile(
            rf"{_B}(?:(?P<we>{_alt(staff['we_are'])})\s+)?(?:(?P<approx>{approx})\s+)?{num}"
            rf"\s+(?:(?:faste|fast|heltids|full-time)\s+)?(?P<noun>{_alt(staff['nouns'])})"
            rf"{_E}(?:\s+(?P<where>{_alt(staff['at_work'])}){_E})?", re.I),
        staff_generic=re.compile(
            rf"{_B}(?P<we>{_alt(staff['we_are'])})\s+(?:(?P<approx>{approx})\s+)?{num}"
            rf"(?:\s+(?P<noun>{_alt(staff['generic'])}))?"
            rf"(?:\s+(?P<where>{_alt(staff['at_work'])}))?{_E}", re.I),
        population=re.compile(
            rf"{_B}(?:(?P<approx>{approx})\s+)?{big}\s+(?P<noun>{_alt(pop['nouns'])}){_E}",
            re.I),
        distance=re.compile(
            rf"{_B}{quantity}[\s-]*(?P<unit>{_alt(dist['units'])})"
            rf"\s+(?P<cue>{_alt(dist['cues'])}){_E}", re.I),
        former=re.compile(rf"{_B}(?P<cue>{_alt(former['cues'])})\s+{title}", re.I),
        staff_hint=re.compile(_alt(staff["nouns"]), re.I),
        staff_generic_hint=re.compile(_alt(staff["we_are"]), re.I),
        distance_hint=re.compile(_alt(dist["units"]), re.I),
        year=re.compile(rf"{_B}(?P<prep>{_alt(ev['prepositions'])})\s+(?:år\s+)?"
                        rf"(?P<year>19[5-9]\d|20[0-3]\d){_E}", re.I),
        event_cue=re.compile(rf"{_B}{_alt(ev['cues'])}{_E}", re.I),
        since=frozenset(w.casefold() for w in ev["since"]),
    )


# ------------------------------------------------------------------------------ helpers


def _t(key: str, lang: str, **fields: Any) -> str:
    return locale.t(f"indirect.{key}", lang, **fields)


def number_value(text: str) -> int | None:
    """'14' → 14, '2 300' → 2300, 'fjorten' → 14, 'femogtjue' → 25, 'tjuefem' → 25."""
    s = text.strip().casefold()
    digits = re.sub(r"[ \u00a0.,]", "", s)
    if digits.isdigit():
        if re.fullmatch(r"\d+[.,]\d{1,2}", s):  # a decimal: 2,3
            return None
        return int(digits)
    words = patterns().number_words
    if s in words:
        return words[s]
    for sep in ("og", "and"):
        if sep in s:
            a, b = s.split(sep, 1)
            if a in words and b in words:
                return words[a] + words[b]
    for tens, value in words.items():
        if value in range(20, 100, 10) and s.startswith(tens) and s[len(tens):] in words:
            return value + words[s[len(tens):]]
    return None


def _bands(n: int, bounds: Sequence[int]) -> tuple[int | None, int | None]:
    lower: int | None = None
    for b in bounds:
        if n < b:
            return lower, b
        lower = b
    return lower, None


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def _clause(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _CLAUSE_END.finditer(text):
        if m.end() <= pos:
            start = m.end()
        else:
            return start, m.start() + 1 if text[m.start()] in ".;:!?," else m.start()
    return start, len(text)


class _Places:
    """Known places, pseudonyms in brackets and (in text with reliable capitals)
    capitalised words: what can follow "i"/"på" after a role."""

    def __init__(self, text: str, places: Sequence[Place]) -> None:
        self.text = text
        self.spans = sorted({(p.start, p.end): p for p in places}.values(),
                            key=lambda p: p.start)
        self.spans += [Place(m.start(), m.end()) for m in _BRACKET.finditer(text)
                       if not any(p.start <= m.start() < p.end for p in places)]

    @cached_property
    def caps(self) -> bool:
        """The text writes capitals (more than 1 % of its letters): asked only where a word
        follows a role, so counted only then."""
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.01

    def at(self, pos: int) -> Place | None:
        """The place that starts at ``pos`` (after an optional 'NAV ')."""
        m = re.match(r"(?:nav[\s-]+)?", self.text[pos:], re.I)
        for start in (pos + m.end(), pos) if m else (pos,):
            for p in self.spans:
                if p.start == start:
                    return Place(pos, p.end, p.region)
        word = re.match(rf"(?:NAV[\s-]+)?([A-ZÆØÅ]{_W}+)", self.text[pos:])
        if word and self.caps and word.group(1).casefold() not in _NOT_PLACES:
            return Place(pos, pos + word.end())
        return None

    def ending_at(self, pos: int, *, genitive: bool) -> Place | None:
        """The place that ends at ``pos``; a capitalised word counts at the start of a
        sentence only with a genitive s ('Askers ordfører')."""
        for p in self.spans:
            if p.end == pos:
                return p
        word = re.search(rf"(?<!{_W})[A-ZÆØÅ]{_W}+$", self.text[:pos])
        if (word and self.caps and (genitive or word.start() > 0)
                and word.group(0).casefold() not in _NOT_PLACES):
            return Place(word.start(), pos)
        return None


def _where(region: str, lang: str) -> str:
    return _t("on_region" if region.endswith("landet") else "in_region", lang, region=region)


# ------------------------------------------------------------------------------ detectors


def _role_place(text: str, lang: str, places: _Places) -> Iterable[Flag]:
    pat = patterns()
    for m in pat.role.finditer(text):
        role = m.group("role")
        county = any(role.casefold().startswith(r) for r in pat.county_roles)
        start, end, region = m.start(), m.end(), ""
        after = re.match(r"\s+(?:i|på|for|fra|frå|in|of|at)\s+", text[end:], re.I)
        if after is None and role.casefold().endswith("nav"):  # 'leder for NAV Drammen'
            after = re.match(r"[\s-]+", text[end:])
        place = places.at(end + after.end()) if after else None
        if place is not None:
            end, region = place.end, place.region
            tail = re.match(r"\s+(?:kommune|kommuna|kommunen|fylkeskommune|municipality)"
                            rf"{_E}", text[end:], re.I)
            if tail:
                end += tail.end()
        else:
            gap = re.search(r"(?:'s|’s|s)?(?:\s|-)$", text[:start])
            before = places.ending_at(gap.start(), genitive=gap.group(0)[:-1] != "") \
                if gap else None
            if before is None:
                continue
            start, region = before.start, before.region
        if county:
            suggestion = _t("role_county", lang, role=role)
        elif region:
            suggestion = _t("role_place_region", lang, role=role, where=_where(region, lang))
        else:
            suggestion = _t("role_place", lang, role=role)
        yield Flag(start, end, "role_place", text[start:end], suggestion)


def _pronouns(text: str, lang: str) -> Iterable[Flag]:
    pat = patterns()
    roles = list(pat.role.finditer(text))
    if not roles:
        return
    sentences = _sentence_spans(text)
    windows: list[tuple[int, int]] = []
    for r in roles:
        i = next(n for n, (a, b) in enumerate(sentences) if a <= r.start() < b)
        windows.append((sentences[i][0], sentences[min(i + 1, len(sentences) - 1)][1]))
    slots = pat.data["pronouns"]
    for m in pat.pronoun.finditer(text):
        if any(r.start() <= m.start() < r.end() for r in roles):
            continue
        if not any(a <= m.start() < b for a, b in windows):
            continue
        word = m.group("p")
        slot = slots.get(word.casefold(), "subject")
        if slot == "object_or_possessive":
            nxt = re.match(rf"\s+({_W}+)", text[m.end():])
            slot = "possessive" if nxt and nxt.group(1).casefold() not in \
                _POSSESSIVE_NOT_BEFORE else "object"
        if slot == "possessive" and re.search(r"\w{2,}(?:en|et|a|ene|ane)\s+$",
                                              text[:m.start()]):
            slot = "possessive_after"  # 'kontoret hennes': after the noun
        suggestion = _t(f"pronoun_{slot}", lang)
        if word[:1].isupper():
            suggestion = suggestion[:1].upper() + suggestion[1:]
        yield Flag(m.start(), m.end(), "pronoun_role", word, suggestion)


def _staff(text: str, lang: str) -> Iterable[Flag]:
    pat = patterns()
    data = pat.data["staff"]
    seen: list[tuple[int, int]] = []
    for regex, hint in ((pat.staff, pat.staff_hint),
                        (pat.staff_generic, pat.staff_generic_hint)):
        if not hint.search(text):
            continue  # (the pattern needs these words)
        for m in regex.finditer(text):
            if regex is pat.staff_generic and not (m.group("noun") or m.group("where")):
                continue
            n = number_value(m.group("num"))
            if n is None or n < 2:
                continue
            start = m.start("approx") if m.group("approx") else m.start("num")
            if re.search(r"(?:klokka|klokken|kl\.?|nr\.?|nummer)\s*$", text[:start], re.I):
                continue
            if any(a < m.end() and start < b for a, b in seen):
                continue
            seen.append((start, m.end()))
            if m.group("we"):
                size = ("small", "medium", "large")[
                    sum(n >= b for b in data["office_bounds"])]
                suggestion = _t(f"office_{size}", lang)
                end = m.end()
            else:
                end = m.end("noun")
                lower, upper = _bands(n, data["count_bounds"])
                noun = m.group("noun")
                if lower is None:
                    suggestion = _t("count_under", lang, upper=upper, noun=noun)
                elif upper is None:
                    suggestion = _t("count_over", lang, lower=lower, noun=noun)
                else:
                    suggestion = _t("count_between", lang, lower=lower, upper=upper, noun=noun)
            yield Flag(start, end, "staff_count", text[start:end], suggestion)


def _population(text: str, lang: str, bounds: Sequence[int]) -> Iterable[Flag]:
    for m in patterns().population.finditer(text):
        n = number_value(m.group("num"))
        raw = m.group("num").replace(",", ".")
        if n is None and m.group("thousand") and re.fullmatch(r"\d+\.\d+", raw):
            n = int(float(raw) * 1000)
        elif n is not None and m.group("thousand"):
            n *= 1000
        if n is None:
            continue
        label = mun.size_class(n, list(bounds)).label(lang)
        yield Flag(m.start(), m.end(), "population", m.group(0), label)


def _distance(text: str, lang: str, places: _Places) -> Iterable[Flag]:
    pat = patterns()
    if not pat.distance_hint.search(text):
        return  # (no unit of distance)
    from_words = {w.casefold() for w in pat.data["distance"]["from_words"]}
    for m in pat.distance.finditer(text):
        end = m.end()
        if m.group("cue").casefold() not in from_words:
            follow = re.match(rf"\s+(?:{'|'.join(map(re.escape, from_words))}){_E}", text[end:],
                              re.I)
            if follow:
                end += follow.end()
            else:
                yield Flag(m.start(), end, "distance", text[m.start():end],
                           _t("distance", lang))
                continue
        space = re.match(r"\s+", text[end:])
        pos = end + (space.end() if space else 0)
        place = places.at(pos)
        word = re.match(rf"{_W}+", text[pos:])
        if place is not None:
            end = place.end
        elif word and word.group(0).casefold() not in _NOT_AFTER_FROM:
            end = pos + word.end()
        elif word:  # 'to timer fra jeg kom': not a distance
            continue
        yield Flag(m.start(), end, "distance", text[m.start():end], _t("distance", lang))


def _former_job(text: str, lang: str, places: _Places) -> Iterable[Flag]:
    pat = patterns()
    data = pat.data["former_job"]
    for m in pat.former.finditer(text):
        title = m.group("title")
        start, end = m.start("title"), m.end("title")
        after = re.match(r"\s+(?:i|på|ved|in|at|for)\s+", text[end:], re.I)
        place = places.at(end + after.end()) if after else None
        if place is not None:
            end = place.end
        low = text[start:end].casefold()
        leader = any(w in title.casefold() for w in data["leader_words"])
        if leader and any(w in low for w in data["county_words"]):
            key = "former_leader_county"
        elif leader:
            key = "former_leader"
        else:
            key = "former_other"
        yield Flag(start, end, "former_job", text[start:end], _t(key, lang))


def _event_year(text: str, lang: str) -> Iterable[Flag]:
    pat = patterns()
    for m in pat.year.finditer(text):
        c_start, c_end = _clause(text, m.start())
        clause = text[c_start:c_end]
        if not pat.event_cue.search(clause):
            continue
        start = m.start()
        since = m.group("prep").casefold() in pat.since
        if not since:
            earlier = [w for w in re.finditer(rf"{_B}({_W}+){_E}", text[c_start:m.start()])
                       if w.group(1).casefold() in pat.since]
            if earlier:
                start, since = c_start + earlier[0].start(), True
        suggestion = _t("year_since" if since else "year_ago", lang)
        yield Flag(start, m.end(), "event_year", text[start:m.end()], suggestion)


# ------------------------------------------------------------------------------ public


def find(text: str, lang: str = "nb", *, places: Sequence[Place] = (),
         bounds: Sequence[int] = mun.DEFAULT_SIZE_BOUNDS) -> list[Flag]:
    """Every indirect identifier in ``text``, without overlaps, in text order.

    ``places``: places the name detector found (or pseudonyms), each with the region to
    use in a suggestion ('' to keep the region out). ``lang``: the study's language, for
    the suggested wordings. ``bounds``: the study's size classes (population wording)."""
    if not text.strip():
        return []
    known = _Places(text, places)
    found = [*_role_place(text, lang, known), *_former_job(text, lang, known),
             *_population(text, lang, bounds), *_staff(text, lang),
             *_distance(text, lang, known), *_event_year(text, lang), *_pronouns(text, lang)]
    kept: list[Flag] = []
    for f in sorted(found, key=lambda f: (PRIORITY[f.kind], f.start, -(f.end - f.start))):
        if f.end > f.start and not any(k.start < f.end and f.start < k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
