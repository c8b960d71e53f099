"""A small statistical model of where names stand in lower-case speech recognition output.

The rules (``persons``, ``slots``) decide most names by the words around them, but text
without capitals holds many names no list knows ('kvernstølen', 'efua') in more kinds of
slot than rules can be written for. This model is an averaged perceptron over each word's
own features (which lists know it, how frequent it is as a word, how it is built) and the
words around it, trained by ``scripts/train_name_model.py`` on the labelled evaluation
sentences (``bench/anonymisation``; never a test split) with capitalised sentences also
taken in lower case. It only adds: a word no rule took, in lower-case text, that the model
scores as a person by a margin becomes an unsure PERSON hit (reviewed like every unsure
hit). The weights are package data (``feltarbeid/data/name_model.json``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

from . import gazetteer as gz
from .lexicon import (
    common_word,
    compound,
    definite_noun,
    inflected_word,
    nynorsk_word,
    surname_word,
    world_name,
)
from .slots import (
    KIN_NOUNS,
    PERSON_PARTNERS,
    QUANTIFIERS,
    foreign_word,
    noun_like,
    past_verb,
    role_word,
    unknown_word,
    verb_form,
)
from .spans import Hit, Token, hits_by_token
from .words import (
    DETERMINERS,
    GENERIC_NOUNS,
    MODAL_WORDS,
    NAME_HEADS,
    NARRATED,
    NEGATIONS,
    PERSON_ACTS,
    PERSON_DOES,
    PLACE_SUFFIXES,
    RARE_WORD_ZIPF,
    STOPWORDS,
    TITLES,
    zipf,
)

LABELS = ("O", "PER", "LOC")
MARGIN = 1.0  # the person score must beat the others by this much (in weight units)
WORD_MARGIN = 6.0  # ... for a name that is an ordinary word too
CANDIDATE_ZIPF = 5.0  # words more frequent than this are never looked at
WORD_ZIPF = 4.5  # ... names that are ordinary words too, more frequent than this
MODEL_FILE = "name_model.json"
NOT_NAMES = PERSON_PARTNERS | frozenset({
    "kai", "etternavn", "etternamn", "fornavn", "førenamn", "navn", "namn", "eitt", "ett"})


def _shape(low: str) -> str:
    z = zipf(low, ("nb",))
    return "z0" if z < 1.0 else "z1" if z < 2.0 else "z2" if z < 3.0 else "z3" if z < 4.0 \
        else "z4" if z < 5.0 else "z5"


@lru_cache(maxsize=65536)
def _word_features(low: str) -> tuple[str, ...]:
    """What the word is, whatever stands around it."""
    g = gz.load()
    f = [f"w={low}", f"s3={low[-3:]}", f"s4={low[-4:]}", f"p3={low[:3]}", _shape(low)]
    if low in STOPWORDS:
        f.append("stop")
    if low in g.given or low in g.given_extra:
        f.append("given")
    if low in g.surnames:
        f.append("surname")
    if world_name(low):
        f.append("world")
    if low in g.places:
        f.append("place")
    if unknown_word(low):
        f.append("unknown")
    if foreign_word(low):
        f.append("foreign")
    if len(low) >= 4 and not common_word(low) and not compound(low) and not noun_like(low):
        f.append("nameish")
    if inflected_word(low):
        f.append("inflected")
    if low.endswith(NAME_HEADS):
        f.append("namehead")
    if low.endswith(PLACE_SUFFIXES):
        f.append("placesuffix")
    if past_verb(low):
        f.append("pastverb")
    if len(low) <= 2:
        f.append("short")
    return tuple(f)


@lru_cache(maxsize=65536)
def _class(low: str) -> str:
    """A coarse class of a neighbouring word."""
    if not low:
        return "EDGE"
    if low in STOPWORDS:
        return low
    if low in TITLES or role_word(low):
        return "ROLE"
    if low in KIN_NOUNS:
        return "KIN"
    g = gz.load()
    if low in g.given or low in g.given_extra:
        return "GIVEN"
    if past_verb(low):
        return "PAST"
    if unknown_word(low):
        return "UNK"
    return _shape(low)


def features(words: Sequence[str], i: int) -> list[str]:
    """The features of word i among the words of one text (lower case, no punctuation)."""
    def w(k: int) -> str:
        return words[k] if 0 <= k < len(words) else ""

    low = words[i]
    f = list(_word_features(low))
    p1, p2, n1, n2 = w(i - 1), w(i - 2), w(i + 1), w(i + 2)
    f += [f"p1={p1}", f"p2={p2}", f"n1={n1}", f"n2={n2}", f"p2p1={p2}_{p1}",
          f"n1n2={n1}_{n2}", f"p1n1={p1}_{n1}", f"cp1={_class(p1)}", f"cn1={_class(n1)}",
          f"cp1cn1={_class(p1)}_{_class(n1)}", f"cp2cp1={_class(p2)}_{_class(p1)}",
          f"cn1cn2={_class(n1)}_{_class(n2)}", f"cp2={_class(p2)}", f"cn2={_class(n2)}",
          f"n3={w(i + 3)}", f"p3={w(i - 3)}", "bias"]
    if i == 0:
        f.append("first")
    return f


class NameModel:
    def __init__(self, weights: dict[str, list[float]]) -> None:
        self.weights = weights

    def scores(self, feats: Sequence[str]) -> list[float]:
        total = [0.0] * len(LABELS)
        for name in feats:
            w = self.weights.get(name)
            if w:
                for k in range(len(LABELS)):
                    total[k] += w[k]
        return total


@cache
def load() -> NameModel:
    """The packaged model. A missing or damaged file stops the detector (a traceback naming
    the file) rather than silently finding fewer names."""
    path = resources.files("feltarbeid.data").joinpath(MODEL_FILE)
    with path.open(encoding="utf-8") as fh:
        return NameModel(json.load(fh)["weights"])


@lru_cache(maxsize=65536)
def candidate(low: str) -> bool:
    """A word the model may take for a name: not a function word, not a frequent word, not
    built like a noun ('rederikontoret', 'etternamn'), not a kin or role word ('bror')."""
    if not low.isalpha() or len(low) < 2 or low in STOPWORDS or low in NOT_NAMES \
            or low in GENERIC_NOUNS \
            or low in TITLES or role_word(low) or low in gz.load().world:
        return False
    if (noun_like(low) or compound(low)) and not (
            zipf(low, ("nb",)) < 1.0 and low.endswith(NAME_HEADS + PLACE_SUFFIXES)
            and not _word_tail(low)):
        return False  # a compound of words, unless built like a farm ('kvernstølen')
    if nynorsk_word(low) or definite_noun(low):
        return False  # 'verneombodet', 'uteleik'; 'dalen' (the valley)
    freq = zipf(low, ("nb",))
    g = gz.load()
    listed = low in g.given or low in g.given_extra or low in g.surnames or world_name(low)
    if listed:  # a name that is a frequent word too ('mørk', 'tor') is the rules' to decide
        return freq < (WORD_ZIPF if wordish(low) else CANDIDATE_ZIPF)
    if verb_form(low):
        return False
    # a word no list knows and rare as a word ('efua', 'sekou', 'halvdan'), or of another
    # language's make
    return unknown_word(low) or foreign_word(low) and freq < 2.0 or (
        freq < RARE_WORD_ZIPF and not common_word(low) and not inflected_word(low)
        and not nynorsk_word(low) and len(low) >= 4)


def _word_tail(low: str) -> bool:
    """Ends in a frequent word of seven letters or more ('friluftsbarnehagen')."""
    return any(zipf(low[k:], ("nb",)) >= 3.5 for k in range(1, len(low) - 6))


@lru_cache(maxsize=65536)
def wordish(low: str) -> bool:
    """A listed name that is an ordinary word too ('vår', 'foss'): it needs a wider margin."""
    return surname_word(low) or (common_word(low) and zipf(low, ("nb",)) >= 2.0)


def _word_use(words: Sequence[str], i: int) -> bool:
    """A name that is a word too, used as the word: before a negation ('ho tor ikkje': the
    verb) or before a noun ('mørk hud': the adjective)."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in NEGATIONS:
        return True
    return bool(nxt) and nxt not in STOPWORDS and zipf(nxt, ("nb",)) >= 3.0 \
        and not past_verb(nxt) and nxt not in PERSON_ACTS and nxt not in PERSON_DOES \
        and not verb_form(nxt)


def model_hits(text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> list[Hit]:
    """Unsure PERSON hits for words in lower-case text that no detector took and the model
    scores as a person; neighbouring such words are one name ('efua mensah')."""
    model = load()
    if not tokens:
        return []
    words = [t.low for t in tokens]
    taken = hits_by_token(tokens, hits)
    person = [False] * len(tokens)
    for i, tok in enumerate(tokens):
        if i in taken or not candidate(tok.low) or (i > 0 and words[i - 1] in DETERMINERS) \
                or (i > 0 and words[i - 1] in MODAL_WORDS and verb_form(tok.low)) \
                or tok.low in NARRATED \
                or (i > 1 and words[i - 2] in QUANTIFIERS | DETERMINERS
                    and words[i - 1] in ("eneste", "einaste", "ny", "gamle", "stor")):
            continue  # 'en foss', 'hver eneste grav': a noun; 'eide': the verb
        wordy = wordish(tok.low)
        if wordy and _word_use(words, i):
            continue
        s = model.scores(features(words, i))
        person[i] = s[1] - max(s[0], s[2]) >= (WORD_MARGIN if wordy else MARGIN)
    found: list[Hit] = []
    i = 0
    while i < len(tokens):
        if not person[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and person[j + 1] \
                and text[tokens[j].end:tokens[j + 1].start] == " ":
            j += 1
        start, end = tokens[i].start, tokens[j].end
        found.append(Hit(start, end, "PERSON", text[start:end], 0.6, "names:model",
                         canonical=text[start:end].lower(), info={"context": True}))
        i = j + 1
    return found
