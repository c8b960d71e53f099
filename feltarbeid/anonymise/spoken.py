"""Phone numbers and postal addresses said aloud, as speech recognition writes them: digits
as number words ('nittini åtti sytti seksti', 'storgata førtito', 'markveien tretti ni fem
en to alta'). Written digits are found by the patterns in ``detect``."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from . import gazetteer as gz
from .indirect import number_value
from .spans import Hit, Token
from .words import ARTICLES, STREET_SUFFIXES

PHONE_DIGITS = 8  # a Norwegian phone number


def _number(tok: Token) -> int | None:
    """The value of a number word from 0 to 99 ('null', 'ni', 'førtito'), else None."""
    return _number_word(tok.low)


@lru_cache(maxsize=65536)
def _number_word(low: str) -> int | None:
    if not low.isalpha():
        return None
    value = 0 if low in ("null", "zero") else number_value(low)
    return value if value is not None and 0 <= value <= 99 else None


def _numbers(tokens: Sequence[Token], i: int) -> tuple[int, list[str]]:
    """From token i: how many tokens are number words, and the numbers they say ('nitti
    to' is 92, a ten followed by a unit)."""
    said: list[str] = []
    k = i
    while k < len(tokens):
        value = _number(tokens[k])
        if value is None:
            break
        nxt = _number(tokens[k + 1]) if k + 1 < len(tokens) else None
        if value in range(20, 100, 10) and nxt is not None and 1 <= nxt <= 9:
            said.append(str(value + nxt))
            k += 2
            continue
        said.append(str(value))
        k += 1
    return k - i, said


def _street(low: str) -> bool:
    return low.endswith(STREET_SUFFIXES) and len(low) > 4


_TIMES = frozenset({"gang", "gong", "dag", "stund", "tid", "kveld", "natt", "morgen",
                    "morgon", "uke", "veke", "helg", "sommer", "sommar", "vinter", "høst",
                    "haust", "vår", "periode"})


def _once(tokens: Sequence[Token], k: int) -> bool:
    """'en gang', 'ein gong', 'ei stund', 'en dag': an article, not a house number ('fikk
    en sel på kroken en gang')."""
    return tokens[k].low in ARTICLES and k + 1 < len(tokens) \
        and tokens[k + 1].low in _TIMES


def spoken_hits(text: str, tokens: Sequence[Token]) -> list[Hit]:
    """Phone numbers (eight digits in two-digit or one-digit number words, the first 2–9)
    and addresses (a street, its number in words, and a postcode and town if said)."""
    hits: list[Hit] = []
    g = gz.load()
    i = 0
    while i < len(tokens):
        if _street(tokens[i].low) and i + 1 < len(tokens) and _number(tokens[i + 1]) is not None \
                and not _once(tokens, i + 1):
            count, _ = _numbers(tokens, i + 1)
            last = i + count
            if count >= 3 and last + 1 < len(tokens) and tokens[last + 1].low in g.places:
                last += 1  # '… fem en to alta': the postcode and the town
            start, end = tokens[i].start, tokens[last].end
            hits.append(Hit(start, end, "ADDRESS", text[start:end], 0.85, "pattern:spoken",
                            canonical=text[start:end].lower()))
            i = last + 1
            continue
        count, said = _numbers(tokens, i)
        digits = "".join(said)
        if count >= 3 and len(digits) == PHONE_DIGITS and digits[0] in "23456789":
            start, end = tokens[i].start, tokens[i + count - 1].end
            hits.append(Hit(start, end, "PHONE", text[start:end], 0.85, "pattern:spoken",
                            canonical=digits))
            i += count
            continue
        i += max(count, 1)
    return hits
