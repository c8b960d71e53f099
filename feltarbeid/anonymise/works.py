"""Well-known works and their characters: names no one of a study bears when the text speaks
of the work ('vi ser Skam på nytt, og de synes Isak og Even er søte', 'Dumbledore er den
klokaste', 'Jeg har lest alle bøkene om Varg Veum', 'Kong Haakon-kake').

The works are general knowledge, listed in ``feltarbeid/data/verk.txt`` (its header says
the format). What decides, for a guessed person:

- a character of two words or more ('Harry Hole'), or of one word that no list of persons
  knows ('Dumbledore', 'Pikachu'), is a character wherever it stands — unless the words
  around it say surely that a person acts and no work is named ('Han sa at Peer Gynt
  ringte i går'), or the list marks it as a name people bear ('Donald*', 'Jesper Berg*');
- a character named like a person ('Elsa', 'Isak') only where one of its works is named
  near it in the same text (with its capitals where the text writes names with capitals;
  a title that is a common word, such as 'Frost' or 'Skam', in lower-case text only with a
  second character of the work beside it), or where two more characters of the same work
  are named near it ('Kasper, Jesper og Jonatan'); 'near' is within ``WINDOW`` characters;
- a title is a work where it is two words or more that no list of persons knows ('Ole
  Brumm'), before a hyphen and a word ('Tony Hawk-spillet'), after a work's word ('serien
  Beck'), or in quotation marks where it is two words or more or the text speaks of
  seeing, reading or playing and of no one called so ('Bestefar såg «Columbo»'; not
  '«Bamse» kaller vi ham');
- any character or title before a hyphen and a word is the thing named after it
  ('Elsa-kjole', 'Colin Archer-skøyte');
- a character's genitive counts as the character ('Noras valg', 'Raskolnikovs motiver'), and
  the first word of a character of two words only where its work is named near ('Isak' of
  'Isak Sellanraa' near «Markens grøde»);
- a one-word name that persons bear is no character, work or no work, where it acts as
  persons do or is joined by 'og' to a person who is no character of the work ('Nora sa at
  hun hadde lest «Et dukkehjem»', 'Isak og Per leste «Markens grøde»': a reader), unless
  the word before it makes a listed character ('politimester bastian ordner opp') (round 31).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from .lexicon import common_word
from .slots import CALLED, person_evidence
from .spans import QUOTES, Hit, Token, all_lower, quoted
from .things import person_name
from .words import (
    CALLING_VERBS,
    MEDIA_OUTLETS,
    PERFORMED_VERBS,
    READ_VERBS,
    STAGED_VERBS,
    SUNG_VERBS,
    WATCHED,
    WORK_PARTS,
)

DATA_FILE = "verk.txt"
# more works, written later from general knowledge (plays, operas, musicals, novels, series,
# songs): their characters named like persons count only where their work is named, never
# by two fellow characters alone (many are everyday Norwegian names: 'Margit', 'Henrik')
MORE_FILE = "verk-flere.txt"
# how far from a guessed name (characters) its work or its fellow characters are looked for:
# a sentence or two of a transcript ('the same text' of one segment)
WINDOW = 400


@dataclass(frozen=True)
class Works:
    characters: dict[str, frozenset[int]]  # lower-case character -> works
    title_forms: tuple[tuple[str, ...], ...]  # each work's titles as written
    borne: frozenset[str]  # characters marked '*': names people bear
    parts: dict[str, frozenset[int]]  # every run of words inside a title -> works
    strict: frozenset[int] = frozenset()  # works of MORE_FILE
    # the first word of a character of two words or more ('isak' of 'Isak Sellanraa',
    # 'daisy' of 'Daisy Buchanan') -> works: a character only where its work is named near
    first_words: dict[str, frozenset[int]] = field(default_factory=dict)


def parse(raw: str, more: str = "") -> Works:
    """The works of ``raw`` and, read strictly (``Works.strict``), those of ``more``."""
    characters: dict[str, set[int]] = {}
    parts: dict[str, set[int]] = {}
    borne: set[str] = set()
    firsts: dict[str, set[int]] = {}
    forms: list[tuple[str, ...]] = []
    strict: set[int] = set()
    for text, is_strict in ((raw, False), (more, True)):
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            head, _, tail = line.partition("::")
            work = len(forms)
            if is_strict:
                strict.add(work)
            names = tuple(t.strip() for t in head.split(" / ") if t.strip())
            forms.append(names)
            for t in names:
                words = re.split(r"[ -]", t.lower())
                for a in range(len(words)):
                    for b in range(a + 1, len(words) + 1):
                        parts.setdefault(" ".join(words[a:b]), set()).add(work)
            for c in tail.split(","):
                c = c.strip().lower()
                if c.endswith("*"):
                    c = c[:-1]
                    borne.add(c)
                if c:
                    characters.setdefault(c, set()).add(work)
                if " " in c:
                    firsts.setdefault(c.split()[0], set()).add(work)
    return Works({k: frozenset(v) for k, v in characters.items()}, tuple(forms),
                 frozenset(borne), {k: frozenset(v) for k, v in parts.items()},
                 frozenset(strict), {k: frozenset(v) for k, v in firsts.items()})


@cache
def load() -> Works:
    data = resources.files("feltarbeid.data")
    return parse(data.joinpath(DATA_FILE).read_text("utf-8"),
                 data.joinpath(MORE_FILE).read_text("utf-8"))


def character_with_word_before(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i and the word right before it name a listed character of two words
    ('Sherlock Holmes', 'Politimester Bastian', 'Tante Sofie'): token i is that character's,
    no place of its name ('Holmes') and no reader named so."""
    return 0 < i < len(tokens) and text[tokens[i - 1].end:tokens[i].start] == " " \
        and f"{tokens[i - 1].low} {tokens[i].low}" in load().characters


def _known(w: Works, low: str) -> bool:
    """``low`` is a listed character, the first word of one, or a run of a title's words."""
    return low in w.characters or low in w.first_words or low in w.parts


def _persons_name(low: str) -> bool:
    """A list of persons' names knows ``low`` (every word of it)."""
    return all(person_name(w) for w in re.split(r"[ -]", low) if w)


# words that say a work is meant, around a title named like a person ('serien Beck')
_WORK_WORDS = frozenset({
    "serien", "serie", "serier", "filmen", "film", "filmene", "filmane", "boka", "boken",
    "bøkene", "bøkane", "bok", "bøker", "spillet", "spel", "spelet", "tegneserien",
    "teikneserien", "tegnefilmen", "teiknefilmen", "sangen", "songen", "låta", "låten",
    "plata", "platen", "albumet", "podkasten", "programmet", "forestillingen",
    "forestillinga", "musikalen"})


# what a text says of works it names: seen, read, played, grown up with, where
_MEDIA_TALK = WATCHED | WORK_PARTS | MEDIA_OUTLETS | _WORK_WORDS | {
    "se", "lese", "spela", "spiller", "spelar", "spele", "spille", "spelt", "spilt",
    "vokste", "vaks", "lytter", "lyttar", "strømmer"}
# words of being called so: a quoted word is then a nickname ('«Bamse» kaller vi ham')
_CALLED_SO = CALLED | CALLING_VERBS | {"kallenavn", "kallenamn", "kallenavnet",
                                       "kallenamnet"}


def _compound_after(text: str, end: int) -> bool:
    """A hyphen and a word follow ('Elsa-kjole', 'Tony Hawk-spillet')."""
    return bool(re.match(r"-\w{2,}", text[end:end + 20]))


# what is made or sold in a character's likeness ('Elsa-kjole', 'Emil-lua', 'Pippi-fletter';
# not 'Kari-festen', 'Kari-boka': a party, a book may be a person's)
_LIKENESS = ("kjole", "kjolen", "kjoler", "kjolar", "kostyme", "kostymet", "kostymer",
             "kostymar", "drakt", "drakta", "drakten", "dukke", "dukka", "dokke", "dokka",
             "figur", "figuren", "figurer", "figurar", "kake", "kaka", "kaken", "lue", "lua",
             "luen", "fletter", "fletta", "flettene", "genser", "genseren", "pysj", "pysjen",
             "sekk", "sekken", "bamse", "bamsen", "teppe", "teppet", "koppen", "kopp",
             "skjorte", "skjorta")


def _made_in_likeness(text: str, end: int) -> bool:
    """After the hyphen, a thing made in a character's likeness ('Elsa-kjole', 'Emil-lua')."""
    m = re.match(r"-(\w{2,})", text[end:end + 30])
    return m is not None and m.group(1).lower().endswith(_LIKENESS)


def is_work_or_character(text: str, tokens: Sequence[Token], h: Hit) -> bool:
    """Hit ``h``, a guessed person, names a well-known work or one of its characters
    (module doc)."""
    w = load()
    low = " ".join(h.surface.lower().split())
    if low.endswith("s") and len(low) > 3 and not _known(w, low) and _known(w, low[:-1]):
        low = low[:-1]  # 'Noras valg', 'Raskolnikovs motiver': a character's genitive
    works = w.parts.get(low, frozenset()) | w.characters.get(low, frozenset())
    if not works and low not in w.first_words:
        return False
    lower = all_lower(text)
    lo, hi = max(0, h.start - WINDOW), h.end + WINDOW  # (a long text: only around the hit)
    if _compound_after(text, h.end) and (
            low not in w.borne and (" " in low or not _persons_name(low))
            or _made_in_likeness(text, h.end)):
        return True  # 'Elsa-kjole', 'Kong Haakon-kake', 'Colin Archer-skøyte' (not
        # 'Kari-saken', 'Ida-gjengen': a name people bear before any other head is theirs)
    for work in works:  # a title that holds the hit ('«Karsten og Petra»', 'Kon-Tiki')
        for form in w.title_forms[work]:
            strict = work in w.strict and _persons_name(form.lower())
            for m in _occurrences(text, form, lower, lo, hi):
                if m.start() <= h.start and h.end <= m.end() and (
                        _strictly_a_work(text, m) if strict else _a_work(text, m, form)) \
                        and not (_bare(text, m) and _acts(text, tokens, h)):
                    return True
    mine = w.characters.get(low, frozenset()) | w.first_words.get(low, frozenset())
    if not mine:
        return False
    others = _other_characters(tokens, h, w.characters.get(low, frozenset()) - w.strict, lo, hi)
    if " " not in low and _persons_name(low) and not any(n >= 2 for n in others.values()) \
            and not character_with_word_before(
                text, tokens, bisect_left(tokens, h.start, key=lambda t: t.start)) \
            and (_acts(text, tokens, h) or _beside_a_person(tokens, h, mine)):
        return False  # 'Nora sa at hun hadde lest «Et dukkehjem»', 'Isak og Per leste
        # «Markens grøde»': a reader of that name, who acts as persons do or is named
        # with a person who is no character
    for work in mine:
        for form in w.title_forms[work]:
            strict = work in w.strict and _persons_name(form.lower())
            if not any((m.end() <= h.start or m.start() >= h.end)
                       and (not strict or _strictly_a_work(text, m))
                       for m in _occurrences(text, form, lower, lo, hi)):
                continue  # (a later title named like a person names the work only as a
                # work: 'Arne og Margit kom' names two persons, 'romanen «Arne» … Margit'
                # the novel's)
            if lower and common_word(form.lower()) and not others.get(work):
                continue  # 'elsa kom hjem etter frost i natt': the weather
            return True
    if any(n >= 2 for n in others.values()):
        return True  # 'Kasper, Jesper og Jonatan'
    if low not in w.characters:
        return False  # the first word of a character's name: only where its work is named
    if low in w.borne or " " not in low and _persons_name(low):
        return False
    # 'Harry Hole', 'Dumbledore': a character wherever it stands, but where the words around
    # it say a person acts and no work is named ('Han sa at Peer Gynt ringte i går')
    return not _acts(text, tokens, h)


def _acts(text: str, tokens: Sequence[Token], h: Hit) -> bool:
    """The words around the hit say surely that a person stands there."""
    i = bisect_left(tokens, h.start, key=lambda t: t.start)
    j = bisect_left(tokens, h.end, key=lambda t: t.start) - 1
    return 0 <= i <= j < len(tokens) and person_evidence(text, tokens, i, j) >= 2.0


def _beside_a_person(tokens: Sequence[Token], h: Hit, works: frozenset[int]) -> bool:
    """'og' or 'eller' joins the hit to a name a list of persons holds that names no
    character of ``works`` ('Isak og Per leste «Markens grøde»'; not 'Nora og Helmer')."""
    w = load()
    i = bisect_left(tokens, h.start, key=lambda t: t.start)
    j = bisect_left(tokens, h.end, key=lambda t: t.start) - 1
    for link, name in ((j + 1, j + 2), (i - 1, i - 2)):
        if 0 <= name < len(tokens) and 0 <= link < len(tokens) \
                and tokens[link].low in ("og", "eller") and person_name(tokens[name].low) \
                and not (w.characters.get(tokens[name].low, frozenset())
                         | w.first_words.get(tokens[name].low, frozenset())) & works:
            return True
    return False


def _bare(text: str, m: re.Match[str]) -> bool:
    """The title at ``m`` stands without quotation marks, a hyphen after it or a work's word
    before it: only its own words say it is the work."""
    return not (quoted(text, m.start(), m.end()) or _compound_after(text, m.end())
                or _after_work_word(text, m.start()))


def _words_before(text: str, start: int, reach: int) -> list[str]:
    """The words in lower case within ``reach`` characters before ``start``, quotation
    marks left out ('musikalen «Matilda»': 'musikalen' is the last)."""
    before = text[max(0, start - reach):start].lower()
    for mark in (*QUOTES, *QUOTES.values()):
        before = before.replace(mark, " ")
    return before.split()


def _after_work_word(text: str, start: int) -> bool:
    """A work's word stands right before ``start`` ('serien Beck', 'musikalen «Matilda»')."""
    before = _words_before(text, start, 20)
    return bool(before) and before[-1] in _WORK_WORDS


def _occurrences(text: str, form: str, lower: bool, lo: int,
                 hi: int) -> list[re.Match[str]]:
    """Where ``form`` is written in ``text`` between lo and hi (as written, or in any case
    where the text is written in lower case)."""
    flags = re.IGNORECASE if lower else 0
    return list(re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", flags).finditer(text, lo, hi))


def _a_work(text: str, m: re.Match[str], form: str) -> bool:
    """The title at ``m`` names the work: of two words or more that no list of persons
    knows ('Ole Brumm', 'Kong Haakon kake'); before a hyphen and a word ('Tony
    Hawk-spillet'); after a work's word ('serien Beck'); in quotation marks where it is two
    words or more, or where the text speaks of seeing, reading, playing or growing up with
    works and of no one called so ('Vi så «Elling» på kino'; not '«Bamse» kaller vi ham':
    one quoted word may be a person's nickname)."""
    several = " " in form.strip()
    if several and not _persons_name(form.lower()) or _compound_after(text, m.end()):
        return True
    if _after_work_word(text, m.start()):
        return True
    if not quoted(text, m.start(), m.end()):
        return False
    if several:
        return True
    words = _words_of(text)
    return bool(words & _MEDIA_TALK) and not words & _CALLED_SO


@lru_cache(maxsize=8)
def _words_of(text: str) -> frozenset[str]:
    """The text's words in lower case (cached: asked once per quoted title)."""
    return frozenset(re.findall(r"\w+", text.lower()))


# what stands right before a title named like a person that names the work surely:
# watching, reading, singing, playing it ('såg «Annie»', 'spelte «Annie»')
_BEFORE_A_WORK = WATCHED | READ_VERBS | SUNG_VERBS | PERFORMED_VERBS | {"se", "sjå"}


def _strictly_a_work(text: str, m: re.Match[str]) -> bool:
    """A title named like a person ('Annie', 'Jonas', 'Synnøve Solbakken') names the work:
    before a hyphen and a word, after a work's word ('musikalen «Annie»'), or in quotes
    right after watching, reading, singing, playing or staging it ('satte opp «Annie»'),
    after 'i' ('I «Synnøve Solbakken» er …'), or after 'av'/'om' with a work's word before
    ('oppsetningen av «Annie»'). An informant's pseudonym in quotes ('forteller «Jonas»
    (29)') has none of these."""
    if _compound_after(text, m.end()) or _after_work_word(text, m.start()):
        return True
    if not quoted(text, m.start(), m.end()):
        return False
    before = _words_before(text, m.start(), 40)
    if not before:
        return False
    last, prev = before[-1], before[-2] if len(before) > 1 else ""
    if last == "i":
        return True  # 'I «Synnøve Solbakken» er Torbjørn …': in a work, not in a person
    if last in ("av", "om"):
        return prev in _WORK_WORDS or prev.startswith(
            ("oppsetning", "oppføring", "framføring", "fremføring"))
    if last == "opp":
        return prev in STAGED_VERBS  # 'satte opp «Annie»'
    return last in _BEFORE_A_WORK


def _other_characters(tokens: Sequence[Token], h: Hit, works: frozenset[int], lo: int,
                      hi: int) -> dict[int, int]:
    """How many other words between lo and hi name a character of each of ``works``."""
    w = load()
    seen: dict[int, set[str]] = {}
    for k in range(bisect_left(tokens, lo, key=lambda t: t.start), len(tokens)):
        t = tokens[k]
        if t.start >= hi:
            break
        if h.start <= t.start < h.end or t.low not in w.characters:
            continue
        for work in w.characters[t.low] & works:
            seen.setdefault(work, set()).add(t.low)
    return {work: len(names) for work, names in seen.items()}
