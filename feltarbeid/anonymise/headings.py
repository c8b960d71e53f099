"""Headings, titles and designations: capitals that say nothing of a name ('Kapittel 4:
Funn og Drøfting', 'Sol, Strand og Sommerjobb', 'Informant C')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import gazetteer as gz
from .lexicon import common_word
from .slots import noun_like
from .spans import Token
from .words import LANDSCAPE, STOPWORDS, zipf

DESIGNATION_HEADS = frozenset({"informant", "deltaker", "deltakar", "respondent",
                                "intervjuperson"})
HEADING = re.compile(r"\s*(?:Kapittel|Kap\.|Tabell|Figur|Vedlegg|Del)\s+(?:\d+|[IVX]+)"
                      r"(?:[.:]|\s+[–—-]|\s+[A-ZÆØÅ])")


def designated(tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Informant A', 'deltakar 3': an informant's designation, already anonymous (the
    head alone only where the letter or number follows it)."""
    lows = [t.low for t in tokens[i:j + 2]]
    return j - i <= 1 and lows[0] in DESIGNATION_HEADS and len(lows) > 1 and (
        len(lows[1]) == 1 or lows[1].isdigit())


def heading_word(text: str, tokens: Sequence[Token], i: int, j: int, heading: bool) -> bool:
    """'Kapittel 4: Funn og Drøfting', 'Tabell 2: Informantenes Alder, Kjønn og Botid',
    'Innleiing: Kvifor Studere Nord-Norge?': the capitalised words of a heading are no names
    where they are ordinary words."""
    g = gz.load()
    return heading and all(
        (common_word(t.low) or noun_like(t.low) or zipf(t.low, ("nb",)) >= 2.0)
        and t.low not in g.given and t.low not in g.surnames for t in tokens[i:j + 1])


_NUMBERED = re.compile(r"\s*(?:Kapittel\s+)?\d+(?:\.\d+)*\.?\s+[A-ZÆØÅ]")


def short_heading(text: str, tokens: Sequence[Token]) -> bool:
    """A heading by its look: numbered ('4.2 Sol, Strand og Sommerjobb'), or short, with
    no full stop, every word of four letters or more capitalised ('Heim og Hage i
    Endring', 'Metode og Utval')."""
    stripped = text.strip()
    if not stripped or stripped[-1] in ".!,;" or len(tokens) > 12:
        return False
    if _NUMBERED.match(text):
        return True
    content = [t for t in tokens if len(t.text) >= 4 and t.text[:1].isalpha()]
    return len(content) >= 2 and all(t.text[:1].isupper() for t in content) \
        and any(t.low in STOPWORDS for t in tokens)  # ('og', 'i': words between)


def listed_in_heading(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i, in a heading, is listed ('og', 'eller', '&', a comma) with ordinary words
    that are no names: 'Fjell, Fjord og Folk', 'Sola, vinden og fjorden', 'Berg og Dal'
    (not 'Moss og Rygge': two towns; not 'Kari og Per')."""
    g = gz.load()
    if not _word_of_the_land(tokens[i].low, g):
        return False
    partners, items = 0, [tokens[i].low]
    for step in (-1, 1):
        k = i
        while True:
            m = k + step
            if not 0 <= m < len(tokens):
                break
            near, far = sorted((k, m))
            gap = text[tokens[near].end:tokens[far].start].strip()
            if tokens[m].low in ("og", "eller") and gap == "":
                m += step
                if not 0 <= m < len(tokens) or text[
                        tokens[min(m, m - step)].end:tokens[max(m, m - step)].start].strip():
                    break
            elif gap not in (",", "&"):
                break
            if not _word_of_the_land(tokens[m].low, g):
                return False  # 'Moss og Rygge', 'Kari og Per'
            partners += 1
            items.append(tokens[m].low)
            k = m
    # one of them at least is no one's name ('Berg og Dal'; not 'Lund og Berg': authors)
    return partners >= 1 and any(w not in g.surnames and w not in g.given for w in items)


def _word_of_the_land(low: str, g: gz.Gazetteer) -> bool:
    """An ordinary word a heading lists ('fjell', 'folk', 'utmark', 'vinden'): no given
    name, and a surname only where it is the land's own word ('berg', 'dal', 'lund')."""
    if low in g.given and low not in g.given_words:
        return False
    if low in HEADING_WORDS or low in LANDSCAPE:
        return True
    return common_word(low) and low not in g.surnames and not any(
        p.kind == "municipality" and not p.common_word for p in g.places.get(low, ()))


_LABEL_HEAD = re.compile(r"\s*[A-ZÆØÅ]\w+:\s")


def labelled_heading(text: str, tokens: Sequence[Token]) -> bool:
    """'Innleiing: Kvifor Studere Nord-Norge?': a word and a colon, then a short title whose
    every word is capitalised, no full stop after it."""
    m = _LABEL_HEAD.match(text)
    if not m or text.rstrip().endswith("."):
        return False
    words = [t for t in tokens if t.start >= m.end() and t.text[:1].isalpha()]
    return 3 <= len(words) <= 10 and all(t.text[:1].isupper() for t in words)


# the nature and life of a place that headings pair with the land ('Sol, Strand og Ski',
# 'Bygd, Kyst og Fjell')
HEADING_WORDS = LANDSCAPE | {"sol", "sola", "ski", "kyst", "bygd", "by", "hav", "fjære",
                              "fjæra", "folk", "natur", "land", "lund", "eng", "utmark",
                              "innmark", "heim", "hage", "gard", "gård", "jord", "mark",
                              "dal", "berg", "skog", "vind", "vinden", "fjorden", "fjellet"}
