"""Quality measures for transcripts: word error rate and repeated text (model loops)."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

_WORD = re.compile(r"[\wæøåÆØÅ']+")
COMPRESSION_LIMIT = 2.4  # Whisper's own threshold for looping text


def normalise_words(text: str) -> list[str]:
    """Lower-case words without punctuation (for WER)."""
    return [w.strip("'") for w in _WORD.findall(text.lower()) if w.strip("'")]


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate: word-level edit distance / number of reference words."""
    ref, hyp = normalise_words(reference), normalise_words(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(ref, hyp) / len(ref)


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def has_loop(text: str, *, min_repeats: int = 4, max_n: int = 8) -> bool:
    """True if some n-gram (n ≤ max_n words) repeats back to back ``min_repeats`` times
    (a unigram needs one more), or the text compresses like a loop."""
    words = normalise_words(text)
    for n in range(1, max_n + 1):
        need = min_repeats + (1 if n == 1 else 0)
        if len(words) < n * need:
            break
        for i in range(len(words) - n * need + 1):
            gram = words[i:i + n]
            if all(words[i + k * n:i + (k + 1) * n] == gram for k in range(1, need)):
                return True
    return len(text) >= 60 and compression_ratio(text) > COMPRESSION_LIMIT


def repeated_runs(texts: Sequence[str], *, min_run: int = 3) -> set[int]:
    """Indices of segments whose (normalised) text repeats in ``min_run`` or more
    consecutive segments — the cross-segment form of a loop."""
    keys = [" ".join(normalise_words(t)) for t in texts]
    flagged: set[int] = set()
    i = 0
    while i < len(keys):
        j = i
        while j + 1 < len(keys) and keys[j + 1] == keys[i] and keys[i]:
            j += 1
        if j - i + 1 >= min_run:
            flagged.update(range(i, j + 1))
        i = j + 1
    return flagged
