"""Fuzzy registry matching: near-misses of the key's names in speech-recognition output.

Whisper writes 'Tove Hansen' as 'Toe Hanson', 'Lillehammer' as 'Lily Hammer', 'Per Olsen'
as 'peroles'. The exact registry matcher misses all of them; this module finds them.

- **Similarity** of two strings is the better of Jaro–Winkler on the folded spelling and
  on a Norwegian/English-aware phonetic key (``phonetic``: 'c'→'k', 'w'→'v', 'th'→'t',
  'kj'/'tj'/'sj'→'sj', vowels after the first letter dropped, doubles collapsed …), the
  phonetic one slightly discounted.
- **Alignment**: a registry form of n tokens matches n transcript tokens when every token
  is close, or when the surname is very close and the first name starts with the same
  sound ('Toe Hanson' ~ 'Tove Hansen'); it also matches 1–3 transcript tokens written
  together or apart ('lily hammer' ~ 'Lillehammer', 'peroles' ~ 'Per Olsen').
- **Precision guard**: a transcript token that is a frequent ordinary word (Norwegian or
  English, ``wordfreq``) or a function word never starts a match on its own; short names
  (< 4 letters) are only matched exactly (by the exact matcher, not here).
- **Index**: registry tokens and written-together forms are blocked by the first sound
  of their phonetic key and by length; only transcript tokens whose key starts the same way
  are compared, and results are cached per string, so cost grows with the text, not with
  text × registry.

``score`` is 0–1. ``SURE`` and above: replaced without review; ``NEAR`` to ``SURE``:
replaced and queued for review (see ``confidence``).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from rapidfuzz.distance import JaroWinkler

from . import gazetteer as gz
from .words import STOPWORDS, _words, zipf

SURE = 0.92  # at or above: the same name, replaced without review
NEAR = 0.85  # at or above: probably the same name, replaced and queued for review
MIN_LEN = 4  # registry names shorter than this are matched exactly only
COMMON_ZIPF = 4.0  # a word this frequent (Zipf scale) in nb or en is an ordinary word
SHORT = 5  # names this short or shorter: near-misses only go to review
SHORT_ZIPF = 3.0  # ... and only when the transcript word is rarer than this
START_SIMILAR = 0.75  # a word that may start a written-together/apart name
MAX_SPAN = 3  # transcript tokens that may together make one registry token or form


class TokenLike(Protocol):
    start: int
    end: int
    low: str


# --------------------------------------------------------------------------- phonetics

_PHONETIC_RULES: tuple[tuple[str, str], ...] = (
    ("skj", "sj"), ("sch", "sj"), ("kj", "sj"), ("tj", "sj"), ("sh", "sj"), ("ch", "k"),
    ("ph", "f"), ("th", "t"), ("ck", "k"), ("gj", "j"), ("hj", "j"), ("hv", "v"),
    ("dt", "t"), ("ld", "l"), ("nd", "n"), ("rd", "r"),
    ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s"), ("w", "v"),
)
_VOWELS = frozenset("aeiouyæøåé")
_FOLD = str.maketrans({"é": "e", "è": "e", "ê": "e", "ó": "o", "ò": "o", "ô": "o",
                       "á": "a", "à": "a", "ä": "æ", "ö": "ø", "ü": "y", "š": "s",
                       "č": "c", "đ": "d", "ŋ": "n", "ŧ": "t", "ž": "z", "ï": "i",
                       "í": "i", "ì": "i", "î": "i", "ú": "u", "ù": "u", "ý": "y",
                       "ñ": "n", "ç": "c", "ã": "a", "õ": "o", "ë": "e"})
_NON_LETTER = re.compile(r"[^a-zæøå]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents folded, letters only (hyphens and spaces removed)."""
    return _NON_LETTER.sub("", text.lower().translate(_FOLD))


@lru_cache(maxsize=65536)
def phonetic(word: str) -> str:
    """A coarse sound key, the same for spellings Norwegian and English ASR confuse:
    'Hansen'/'Hanson' → 'hnsn', 'Asker'/'Asuka' → 'askr'/'ask', 'Tove'/'Toe' → 'tv'/'t'."""
    w = fold(word)
    if not w:
        return ""
    for a, b in _PHONETIC_RULES:
        w = w.replace(a, b)
    head, rest = w[0], w[1:]
    if head in _VOWELS:
        head = "a"  # initial vowels sound alike across languages ('Øystein'/'Eystein')
    out = [head]
    for c in rest:
        if c in _VOWELS or c == "h":
            continue
        if c != out[-1]:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=262144)
def similarity(a: str, b: str) -> float:
    """0–1: how alike two folded words sound/look."""
    if a == b:
        return 1.0
    spelled = JaroWinkler.similarity(a, b)
    pa, pb = phonetic(a), phonetic(b)
    sounded = JaroWinkler.similarity(pa, pb) * 0.95 if pa and pb else 0.0
    return max(spelled, sounded)


# --------------------------------------------------------------------------- word filter


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    english = _words("""
    the a an and or of in on at to from for with by as is are was were be been it its this
    that these those he she they we you i me him her them us my your his our their what
    which who whom when where why how not no yes do did does have has had will would can
    could should may might must shall there here then than so but if about into over under
    after before again also just only very more most some any all each every other such
    own same too out up down off one two three four five six seven eight nine ten
    """)
    return STOPWORDS | english


@lru_cache(maxsize=65536)
def is_common(word: str) -> bool:
    """A function word or a frequent ordinary word in Norwegian or English (not a name in
    our lists): it does not start a fuzzy match on its own."""
    w = word.lower()
    if w in _function_words():
        return True
    g = gz.load()
    if w in g.given or w in g.surnames or w in g.places:
        return w in g.given_words or w in g.surname_words or w in g.kommune_common
    return zipf(w) >= COMMON_ZIPF




# --------------------------------------------------------------------------- the index


@dataclass(frozen=True)
class Form:
    """One registry form, folded: its tokens and the form written together."""

    tokens: tuple[str, ...]
    joined: str
    payload: Hashable


@dataclass
class Match:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    payload: Hashable
    score: float
    how: str  # aligned | joined | initial


@dataclass
class FuzzyIndex:
    """Registry forms blocked by the first sound of their phonetic key."""

    forms: list[Form] = field(default_factory=list)
    # block -> (form index, token position or -1 for the joined form)
    blocks: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # word -> where it may anchor a near-miss (``_anchors``)
    _anchor_cache: dict[str, tuple[tuple[int, int], ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def build(cls, items: Iterable[tuple[str, Hashable]]) -> FuzzyIndex:
        idx = cls()
        seen: set[tuple[tuple[str, ...], Hashable]] = set()
        for text, payload in items:
            toks = tuple(t for t in (fold(x) for x in re.split(r"[\s\-]+", text)) if t)
            if not toks or (toks, payload) in seen:
                continue
            seen.add((toks, payload))
            form = Form(toks, "".join(toks), payload)
            n = len(idx.forms)
            idx.forms.append(form)
            if len(form.joined) >= MIN_LEN:
                idx.blocks.setdefault(_block(form.joined), []).append((n, -1))
            if len(toks) > 1:
                for pos, tok in enumerate(toks):
                    if len(tok) >= MIN_LEN:
                        idx.blocks.setdefault(_block(tok), []).append((n, pos))
        return idx

    def __bool__(self) -> bool:
        return bool(self.blocks)

    def find(self, tokens: Sequence[TokenLike]) -> list[Match]:
        """Near-misses of registry forms in ``tokens`` (best per token span)."""
        if not self.blocks:
            return []
        words = [fold(t.low) for t in tokens]
        best: dict[tuple[int, int, Hashable], Match] = {}

        def keep(m: Match) -> None:
            k = (m.start, m.end, m.payload)
            if k not in best or best[k].score < m.score:
                best[k] = m

        for i, w in enumerate(words):
            for fi, pos in self._anchors(w):
                if pos < 0:
                    self._joined(words, i, self.forms[fi], keep)
                else:
                    self._aligned(words, i, pos, self.forms[fi], keep)
        # overlapping near-misses: the closer one, then the shorter one
        chosen: list[Match] = []
        for m in sorted(best.values(), key=lambda m: (-m.score, m.end - m.start)):
            if not any(m.start < c.end and c.start < m.end for c in chosen):
                chosen.append(m)
        return sorted(chosen, key=lambda m: m.start)

    def _anchors(self, w: str) -> tuple[tuple[int, int], ...]:
        """The (form, token position) pairs a transcript word may anchor a near-miss at:
        the word looks like the start of a form written together ('lily' ~ 'lill…'), or
        is close to one of a form's words (either rule needs that; the surname at least
        0.9). Worked out once per word: a transcript says the same words again and again."""
        found = self._anchor_cache.get(w)
        if found is not None:
            return found
        out: list[tuple[int, int]] = []
        if len(w) >= 2 and w not in _function_words():
            for fi, pos in self.blocks.get(_block(w), ()):
                form = self.forms[fi]
                if pos < 0:
                    if len(w) <= len(form.joined) + 3 and \
                            similarity(w, form.joined[:len(w)]) >= START_SIMILAR:
                        out.append((fi, pos))
                elif similarity(w, form.tokens[pos]) >= 0.8:
                    out.append((fi, pos))
        found = self._anchor_cache[w] = tuple(out)
        return found

    # a registry form against 1..MAX_SPAN transcript tokens written together or apart
    def _joined(self, words: list[str], i: int, form: Form, keep) -> None:
        target = form.joined
        concat = ""
        for j in range(i, min(i + MAX_SPAN, len(words))):
            concat += words[j]
            if len(concat) > len(target) + 3:
                break
            if len(concat) < len(target) - 3 or len(concat) < MIN_LEN:
                continue
            span = words[i:j + 1]
            if span[-1] in _function_words() or span[0] in _function_words():
                continue
            if concat == target and (j == i or " ".join(span) == " ".join(form.tokens)):
                continue  # the exact matcher's job
            s = similarity(concat, target)
            if all(is_common(x) or len(x) < 3 for x in span) and (j == i or s < 0.97):
                continue  # ordinary words: only written apart ('lille hammer'), nearly exact
            if len(target) <= SHORT:
                # short names sit close to many words: rarer words only, and never sure
                if not _short_ok(concat, target) or (j == i and zipf(concat) >= SHORT_ZIPF):
                    continue
                s = min(s, SURE - 0.01)
            if s >= NEAR:
                keep(Match(i, j + 1, form.payload, s, "joined"))

    # a multi-token registry form anchored at token i = its token ``pos``
    def _aligned(self, words: list[str], i: int, pos: int, form: Form, keep) -> None:
        start = i - pos
        end = start + len(form.tokens)
        if start < 0 or end > len(words):
            return
        span = words[start:end]
        if all(is_common(x) for x in span):
            return
        if span == list(form.tokens):
            return  # exact
        sims = [similarity(a, b) for a, b in zip(span, form.tokens, strict=True)]
        if min(sims) >= 0.8 and sum(sims) / len(sims) >= NEAR:
            keep(Match(start, end, form.payload, sum(sims) / len(sims), "aligned"))
            return
        # the surname very close and the first name starting with the same sound
        last, first = sims[-1], span[0]
        if last >= 0.9 and not is_common(span[-1]) and first and \
                phonetic(first)[:1] == phonetic(form.tokens[0])[:1] and \
                all(s >= 0.6 for s in sims[1:-1]):
            keep(Match(start, end, form.payload, min(last, 0.97) * 0.97, "initial"))


def _block(word: str) -> str:
    return phonetic(word)[:1]


def _short_ok(a: str, b: str) -> bool:
    """Short names match only one letter off, or with the same sound skeleton."""
    from rapidfuzz.distance import Levenshtein

    if Levenshtein.distance(a, b) <= 1:
        return True
    return JaroWinkler.similarity(phonetic(a), phonetic(b)) >= 0.9


def confidence(score: float) -> float:
    """Hit confidence for a match score: sure matches above the review threshold (0.8),
    near ones below it (replaced and queued)."""
    if score >= SURE:
        return 0.9
    return round(0.55 + (score - NEAR) / (SURE - NEAR) * 0.2, 3)
