"""The leak check: before any text leaves the study (export, review packet), scan it for
every original in the linking key and every unreplaced gazetteer or pattern hit. One leak
stops it, and the error names each place — never the original itself. Fail closed: a key
that exists but cannot be opened is an error, not a pass.

Any stage may import this module (see CONTRIBUTING.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import locale
from ..errors import FeltarbeidError
from . import fuzzy
from .detect import detect
from .keyfile import key_exists, normalise, open_key
from .known import BRACKETS, KnownForms
from .spans import tokenise

if TYPE_CHECKING:
    from ..study import Study

GAZETTEER_MIN_CONFIDENCE = 0.5
_LEAK_LABELS = ("MUNICIPALITY", "PLACE", "FNR", "EMAIL", "PHONE")


@dataclass
class Leak:
    where: str
    label: str
    start: int
    end: int
    kind: str  # "key" | "near" (a near-miss of a key original) | "gazetteer"

    def describe(self) -> str:
        """Where, in the user's language; never the text found there."""
        label = locale.t(f"anonymise.label_{self.label}") if self.label in _LEAK_LABELS \
            else self.label
        kind = self.kind if self.kind in ("key", "near", "gazetteer") else "gazetteer"
        return locale.t(f"anonymise.leak_place_{kind}", where=self.where, start=self.start,
                        end=self.end, label=label)


class LeakFound(FeltarbeidError):
    exit_code = 5

    def __init__(self, leaks: list[Leak]) -> None:
        self.leaks = leaks
        shown = [leak.describe() for leak in leaks[:20]]
        if len(leaks) > 20:
            shown.append(f"… +{len(leaks) - 20}")
        super().__init__(
            locale.plural("anonymise.leak_found", len(leaks)),
            where="\n    ".join(["", *shown]).lstrip("\n") if shown else None,
            hint=locale.t("anonymise.leak_hint"),
        )


# the names of the files an export writes (besides the catalogue's words)
_EXPORT_FILE_WORDS = ("segments", "coverage", "documents", "memos", "comparison",
                      "transcripts", "manifest", "sources", "audio")


@lru_cache(maxsize=1)
def tool_words() -> frozenset[str]:
    """The words feltarbeid itself writes into the files it exports: every word its
    catalogues use in lower case (sheet, set, column and note titles, in every language)
    and the names of its export files. Never taken for a near-miss of a name when a file is
    read back whole (the purge): 'memos' is not the municipality Moss misheard."""
    words = set(_EXPORT_FILE_WORDS)
    for lang in locale.LANGUAGES:
        for text in locale.catalogue(lang).values():
            words.update(re.findall(r"(?<![\w{])[a-zæøå]+(?![\w}])", text))
    return frozenset(words)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def find_leaks(texts: Iterable[tuple[str, str]], originals: Iterable[str], *,
               gazetteer: bool = True, allowed: Iterable[str] = (),
               near: Iterable[str] | None = None,
               not_near: Iterable[str] = ()) -> list[Leak]:
    """Pure: every place in ``texts`` ((where, text) pairs) where an original occurs
    (kind "key"), a near-miss of one as speech recognition writes it ('Toe Hanson' for
    'Tove Hansen'; kind "near", the same matcher as ``detect``'s fuzzy registry), or, with
    ``gazetteer``, an unreplaced municipality, county, region, fødselsnummer, e-mail or
    phone number (kind "gazetteer"). Text inside [brackets] (pseudonyms) is skipped.
    ``allowed`` strings are not leaks. ``near``: the originals whose near-misses count
    (default: all ``originals``; the study check gives the registry and informants' names,
    the names the anonymiser itself matches fuzzily). ``not_near``: words (lower case) that
    are never taken for a near-miss (``tool_words``: what the tool writes itself).

    An original that is also an ordinary word ('Lier', 'Stein', 'Moss') counts only where
    the detector sees a name, so 'vi gikk på ski' is not a leak of the municipality Ski.
    """
    allowed_norm = {normalise(a) for a in allowed if a and a.strip()}
    own_words = {w.lower() for w in not_near}
    originals = list(originals)
    # the one matcher and rule for ordinary words that the anonymiser carries names with
    known = KnownForms((o, None) for o in originals if normalise(o) not in allowed_norm)
    near_index = fuzzy.FuzzyIndex.build(
        (o, 0) for o in (originals if near is None else near)
        if normalise(o) and normalise(o) not in allowed_norm and "@" not in o)

    leaks: list[Leak] = []
    for where, text in texts:
        if not text:
            continue
        brackets = [(m.start(), m.end()) for m in BRACKETS.finditer(text)]
        hits = None
        found: list[Leak] = []
        for m in known.find(text):
            if m.agreement:
                if hits is None:
                    hits = detect(text)
                if not any(h.start < m.end and m.start < h.end for h in hits):
                    continue
            found.append(Leak(where, "key", m.start, m.end, "key"))
        if near_index:
            tokens = tokenise(text)
            for m in near_index.find(tokens):
                start, end = tokens[m.start].start, tokens[m.end - 1].end
                if _inside(brackets, start, end) or normalise(text[start:end]) in allowed_norm:
                    continue
                if text[start:end].lower() in own_words:
                    continue
                if any(f.start < end and start < f.end for f in found):
                    continue
                found.append(Leak(where, "key", start, end, "near"))
        if gazetteer:
            if hits is None:
                hits = detect(text)
            for h in hits:
                if h.label not in _LEAK_LABELS or h.confidence < GAZETTEER_MIN_CONFIDENCE:
                    continue
                if h.label in ("MUNICIPALITY", "PLACE") and not h.source.startswith("gazetteer"):
                    continue
                if _inside(brackets, h.start, h.end) or normalise(h.surface) in allowed_norm:
                    continue
                if any(f.start < h.end and h.start < f.end for f in found):
                    continue
                found.append(Leak(where, h.label, h.start, h.end, "gazetteer"))
        leaks.extend(sorted(found, key=lambda leak: leak.start))
    return leaks


def check_study_texts(study: Study, texts: Iterable[tuple[str, str]], *,
                      passphrase: str | None = None,
                      informant_codes: Iterable[str] = (),
                      not_near: Iterable[str] = ()) -> None:
    """Raise ``LeakFound`` naming every place if anything identifying would leave.

    Loads the key if it exists (exists but cannot be opened → the key's error). An
    informant who declined anonymisation may keep their own name in their own material:
    give their codes in ``informant_codes``. Words the researcher marked 'never' or
    rejected in review are not leaks.
    """
    from ..store import anonymisation as db
    from ..store.registers import get_informant

    texts = list(texts)
    originals: list[str] = []
    near: list[str] = []
    allowed: list[str] = []
    key = None
    if key_exists(study):
        key = open_key(study, passphrase)
        originals = key.originals()
        near = [f for e in key.registry if not e.keep for f in e.forms()]
        for info in key.informants.values():
            near += [str(x) for x in [info.get("name", ""), *info.get("variants", [])] if x]
        for code in informant_codes:
            inf = get_informant(study.store, code)
            info = key.informants.get(code, {})
            if inf is not None and inf.anonymise_wish == "no" and info.get("name"):
                allowed += [info["name"], *info.get("variants", [])]
        allowed += [f for e in key.registry if e.keep for f in e.forms()]
    leaks = find_leaks(texts, originals, allowed=allowed, near=near, not_near=not_near)
    if key is not None and leaks:
        never = {k for k, v in db.decisions(study.store).items() if v == "never"}
        never |= db.rejected_hashes(study.store)
        by_where: dict[str, list[str]] = {}
        for where, text in texts:
            by_where.setdefault(where, []).append(text)
        kept: list[Leak] = []
        for leak in leaks:
            labels = (leak.label,) if leak.kind == "gazetteer" else (
                "PERSON", "MUNICIPALITY", "PLACE")
            surfaces = [t[leak.start:leak.end] for t in by_where.get(leak.where, [])]
            if any((label, key.hash(label, s)) in never for s in surfaces for label in labels):
                continue
            kept.append(leak)
        leaks = kept
    if leaks:
        study.store.audit("leak.found", "", {"count": len(leaks),
                                             "places": sorted({lk.where for lk in leaks})[:50]})
        raise LeakFound(leaks)
