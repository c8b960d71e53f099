"""Text as tokens, and the hits detectors return (offsets into the text)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .words import ABBREVIATIONS

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(eq=False)
class Hit:
    """One name found: a stretch of one text. Hits are compared by identity: two hits with
    the same fields are still two findings, and removing one from a list of many is a
    pointer comparison, not a comparison of every field of every hit before it."""

    start: int
    end: int
    label: str
    surface: str
    confidence: float
    source: str
    canonical: str = ""  # the normalised form pseudonyms are keyed on
    info: dict[str, Any] = field(default_factory=dict)
    entry_id: int | None = None
    keep: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label,
                "surface": self.surface, "confidence": round(self.confidence, 3),
                "source": self.source}


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str
    sentence_start: bool
    capital: bool = False  # starts with a capital letter


_BREAK = re.compile(r"[!?:\n]|^\s*[-–—]")
_AFTER_NUMBER = re.compile(r"[\s.)]+")


# opening quotation marks and the marks that close them
QUOTES = {"«": "»", '"': '"', "“": "”", "'": "'"}


@lru_cache(maxsize=8)
def all_lower(text: str) -> bool:
    """The whole text is written in lower case (speech recognition). Cached: rules ask it
    once per hit, and a long text's copy in lower case costs as much as the text is long."""
    return text == text.lower()


def quoted(text: str, start: int, end: int) -> bool:
    """text[start:end] stands alone inside quotation marks ('«Frøya»', '"Havtind"',
    '“Beck”')."""
    close = QUOTES.get(text[start - 1:start]) if start > 0 else None
    return close is not None and text[end:end + 1] == close


def near_in_sentence(tokens: Sequence[Token], i: int, j: int, reach: int) -> range:
    """The token indices of the sentence around tokens i..j, at most ``reach`` words each
    way (lower-case speech may run on for thousands of words without a full stop)."""
    lo = i
    while lo > max(0, i - reach) and not tokens[lo].sentence_start:
        lo -= 1
    hi = j + 1
    while hi < min(len(tokens), j + reach) and not tokens[hi].sentence_start:
        hi += 1
    return range(lo, hi)


def tokenise(text: str) -> list[Token]:
    """Word tokens; ``sentence_start`` after . ! ? : a line break, a dash that opens a
    line or the number of a numbered clause ('3 Meetings'), but not after an initial
    ('K. Eikeland') or an abbreviation ('m.fl. (2015)')."""
    tokens: list[Token] = []
    last_end = 0
    for m in _WORD.finditer(text):
        between = text[last_end:m.start()]
        if between == " " and tokens and not tokens[-1].sentence_start:
            word = m.group()  # the common case: one space between words in a sentence
            tokens.append(Token(m.start(), m.end(), word, word.lower(), False,
                                word[:1].isupper()))
            last_end = m.end()
            continue
        starts = not tokens or bool(_BREAK.search(between)) and between not in ("-", "\u2011")
        # (a hyphen inside a word opens nothing: 'Berg-Hansen', 'Kaffe-Kåre')
        if not starts and "." in between:
            prev = tokens[-1].text
            initial = len(prev) == 1 and prev.isupper()
            starts = not (initial or prev.lower() in ABBREVIATIONS
                          or m.group()[:1].islower())
        if not starts and tokens[-1].sentence_start and tokens[-1].text.isdigit() \
                and _AFTER_NUMBER.fullmatch(between):
            starts = True  # a numbered clause or heading: '3 Meetings', '§ 4 Møter'
        word = m.group()
        tokens.append(Token(m.start(), m.end(), word, word.lower(), starts, word[:1].isupper()))
        last_end = m.end()
    return tokens


_PAIR_LINKS = frozenset({"mot", "til", "for", "om", "etter", "ved", "over", "i", "på", "under"})


def repeated_word(tokens: list[Token] | tuple[Token, ...], i: int) -> bool:
    """Token i is a word said twice around a preposition ('kinn mot kinn', 'dag for dag',
    'side om side'): an idiom, never a name."""
    low = tokens[i].low
    return any(0 <= i + 2 * step < len(tokens) and tokens[i + step].low in _PAIR_LINKS
               and tokens[i + 2 * step].low == low for step in (-1, 1))


def capitals_reliable(text: str) -> bool:
    """True when the text uses capitals: a capital somewhere after a sentence start, or
    a text that starts with one (a short text with no name in it). Speech recognition
    output in lower case starts in lower case."""
    return capitals_in(tokenise(text))


def capitals_in(tokens: list[Token]) -> bool:
    """``capitals_reliable`` for text already tokenised (not in a Title Case heading)."""
    words = [t for t in tokens if _word(t)]
    if not (words and words[0].text[:1].isupper() or _any_mid_capital(words)):
        return False
    return not title_case(words)


def mid_capital(tokens: list[Token]) -> bool:
    """A capital after a sentence start (acronyms and numbers aside); not in a title that
    capitalises every word (``title_case``)."""
    return _any_mid_capital(tokens) and not title_case(tokens)


def _any_mid_capital(tokens: list[Token]) -> bool:
    return any(not t.sentence_start and t.text[:1].isupper() for t in tokens if _word(t))


# small words a sentence writes in lower case and a title in Title Case does not
_SMALL_WORDS = frozenset({"og", "i", "på", "til", "for", "frå", "fra", "med", "av", "om", "mot",
                          "ei", "en", "et", "ein", "eit", "det", "den", "som", "er", "mellom",
                          "under", "etter", "over", "eller", "ved", "and", "of", "the", "in"})


def title_case(tokens: list[Token]) -> bool:
    """A heading that capitalises every word ('Frå Fjord Til Fjell: Bygdeliv I Endring'):
    its capitals say nothing about names."""
    if not any(t.low in _SMALL_WORDS and t.text[:1].isupper() and not t.sentence_start
               and len(t.text) > 1 for t in tokens):  # ('Fagerli, I.': an initial)
        return False  # (most texts: no need to count)
    words = [t for t in tokens if _word(t) and len(t.text) > 1]  # not initials ('L. C.')
    if len(words) < 3:
        return False
    capital = sum(t.text[:1].isupper() for t in words)
    return capital >= 0.7 * len(words)


def _word(tok: Token) -> bool:
    # numbers, and acronyms (NAV, KS) that lower-case output writes in capitals too
    return tok.text[:1].isalpha() and not (tok.text.isupper() and len(tok.text) > 1)


def hits_by_token(tokens: Sequence[Token], hits: Sequence[Hit]) -> dict[int, list[Hit]]:
    """For each token index, the hits that overlap it (found by bisection: a long text with
    many hits is not searched once per token)."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    found: dict[int, list[Hit]] = {}
    for h in hits:
        # tokens with end > h.start and start < h.end
        for k in range(bisect_right(ends, h.start), bisect_left(starts, h.end)):
            found.setdefault(k, []).append(h)
    return found


class Overlaps:
    """The hits of one text by position, for asking again and again which hits overlap a
    stretch while hits are added and removed: bisection over the hits sorted by start, not
    a scan of every hit (a long lower-case text asks once per name word)."""

    def __init__(self, hits: Sequence[Hit]) -> None:
        self._hits = sorted(hits, key=lambda h: h.start)
        self._starts = [h.start for h in self._hits]
        self._longest = max((h.end - h.start for h in self._hits), default=0)

    def over(self, start: int, end: int) -> list[Hit]:
        """The hits with ``h.start < end`` and ``start < h.end``, in order of start."""
        lo = bisect_right(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [h for h in self._hits[lo:hi] if start < h.end]

    def in_order(self) -> list[Hit]:
        """Every hit, in order of start (hits starting together: in the order added)."""
        return list(self._hits)

    def add(self, hit: Hit) -> None:
        i = bisect_right(self._starts, hit.start)
        self._hits.insert(i, hit)
        self._starts.insert(i, hit.start)
        self._longest = max(self._longest, hit.end - hit.start)

    def remove(self, hit: Hit) -> None:
        i = bisect_left(self._starts, hit.start)
        while self._hits[i] is not hit:
            i += 1
        del self._hits[i], self._starts[i]


SURE_CITED = 0.95  # a cited author ('Vatnaland (2018)') is a person whatever is listed
# a cited author, initials, a title before the name, the person named in full elsewhere
PERSON_SURELY = frozenset({"names:citation", "names:reference", "names:initials",
                            "names:title", "names:document", "names:study"})
