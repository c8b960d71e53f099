"""Names the study knows: every name anonymisation replaced in any of the study's texts
(remembered in the key's ``mapping``), compiled for search, and the one rule for names that
are also ordinary words.

One matcher (``KnownForms``), two users:

- the leak check (``leaks.find_leaks``) looks for every original of the key in every text
  that leaves the study;
- the anonymiser carries the names the key remembers to every text of the study
  (``StudyNames``, used by ``detect.detect_many`` and ``detect.DocumentHits``): a name
  found in one transcript or document is replaced in all of them, with the same pseudonym
  (the same label and canonical form, hence the same keyed hash), and a full name's surname
  or given name alone too where it belongs to exactly one full name in the study.

The rule for ordinary words: an original that is also a word ('Lier', 'Stein', 'Moss',
'Fred', 'Time') counts only where the detector itself sees a name there (any hit over it),
so 'vi gikk til moss' and 'fred og ro' are left alone. Words the researcher marked *never*
(``anonymise review``) or rejected are not carried, and neither are names the registry keeps
(public figures, cited authors).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import gazetteer as gz
from .keyfile import normalise
from .lexicon import common_word
from .spans import Hit
from .words import STOPWORDS

if TYPE_CHECKING:
    from .keyfile import KeyData

# the labels whose remembered originals are carried between texts (patterns — numbers,
# e-mail, addresses — are found by their own detectors wherever they stand)
CARRIED_LABELS = ("PERSON", "MUNICIPALITY", "PLACE")
BRACKETS = re.compile(r"\[[^\[\]\n]{0,80}\]")  # a pseudonym or replaced passage
SOURCE = "study"  # the source of a hit carried from another text of the study


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Names that are also ordinary words (municipalities, given names, surnames) and the
    function words: such an original needs the detector's agreement."""
    g = gz.load()
    return frozenset(g.kommune_common | g.given_words | g.surname_words | STOPWORDS)


def needs_agreement(original: str) -> bool:
    """The original is also an ordinary word: it counts only where the detector sees a name."""
    return normalise(original) in common_words()


@dataclass(frozen=True)
class Found:
    """One place a known form stands in a text: [start, end) as written, ``suffix_end``
    with a genitive -s ('Nordviks')."""

    start: int
    end: int
    suffix_end: int
    form: str
    agreement: bool  # needs the detector's agreement (an ordinary word too)


class KnownForms:
    """Originals compiled for search (Aho–Corasick over ``gazetteer.pattern_forms``): whole
    words only (a genitive -s allowed), never inside [brackets] (pseudonyms)."""

    def __init__(self, names: Iterable[tuple[str, Any]]) -> None:
        self.forms: dict[str, tuple[bool, list[Any]]] = {}
        for original, payload in names:
            n = normalise(original)
            if not n or len(n) < 2:
                continue
            agree = n in common_words()
            for form in gz.pattern_forms(original):
                old = self.forms.get(form)
                if old is None:
                    self.forms[form] = (agree, [payload])
                else:
                    self.forms[form] = (old[0] or agree, [*old[1], payload])
        self.automaton = None
        if self.forms:
            import ahocorasick

            self.automaton = ahocorasick.Automaton()
            for form in self.forms:
                self.automaton.add_word(form, form)
            self.automaton.make_automaton()

    def __bool__(self) -> bool:
        return self.automaton is not None

    def payloads(self, form: str) -> list[Any]:
        return self.forms[form][1]

    def find(self, text: str) -> list[Found]:
        if self.automaton is None or not text:
            return []
        search = gz.search_form(text)
        brackets = [(m.start(), m.end()) for m in BRACKETS.finditer(text)] \
            if "[" in text else []
        out = []
        n = len(search)
        for end_idx, form in self.automaton.iter(search):
            start, end = end_idx - len(form) + 1, end_idx + 1
            if start > 0 and search[start - 1].isalnum():
                continue
            suffix_end = end
            if end < n and search[end].isalnum():
                if search[end] == "s" and (end + 1 >= n or not search[end + 1].isalnum()):
                    suffix_end = end + 1
                else:
                    continue
            if any(s <= start and end <= e for s, e in brackets):
                continue
            out.append(Found(start, end, suffix_end, form, self.forms[form][0]))
        return out

    def present(self, search: str) -> set[str]:
        """The forms that occur anywhere in ``search`` (a search form), word bounds or not:
        what a text's result can depend on."""
        if self.automaton is None:
            return set()
        return {form for _, form in self.automaton.iter(search)}



@dataclass(frozen=True)
class Name:
    """A name the key remembers: its label and canonical form (what its keyed hash and so
    its pseudonym are of) and the original as first seen."""

    label: str
    canonical: str
    original: str


class StudyNames:
    """The names to carry to every text of the study: exact forms (originals and every
    form seen) and the surnames and given names of full names (``targets``, carried by
    ``persons.propagate`` like a name found elsewhere in the same document)."""

    def __init__(self, names: dict[Name, list[str]], targets: dict[str, str]) -> None:
        self.names = names
        self.targets = targets
        self.matcher = KnownForms((form, name) for name, forms in names.items()
                                  for form in forms)

    def __bool__(self) -> bool:
        return bool(self.names)

    @classmethod
    def from_key(cls, key: KeyData, *, blocked: set[tuple[str, str]] = frozenset(),
                 kept: Iterable[str] = (), mapping: dict[str, dict[str, Any]] | None = None
                 ) -> StudyNames:
        """From the key's remembered originals (or ``mapping``, the key's with a run's
        names). ``blocked``: (label, keyed hash) of words that are no names (*never*
        decisions, rejected hits); ``kept``: forms the registry keeps (public figures)."""
        kept_norm = {normalise(k) for k in kept}

        def no_name(text: str) -> bool:
            return normalise(text) in kept_norm or bool(blocked) and any(
                (label, key.hash(label, text)) in blocked for label in CARRIED_LABELS)

        names: dict[Name, list[str]] = {}
        for k, m in sorted((key.mapping if mapping is None else mapping).items()):
            label, _, canonical = k.partition("|")
            if label not in CARRIED_LABELS or not canonical or no_name(canonical):
                continue
            original = str(m.get("original") or canonical)
            forms = sorted({f for f in [original, *m.get("surfaces", [])]
                            if f and f.strip() and not no_name(f)})
            if forms:
                names[Name(label, canonical, original)] = forms
        # a surname or given name alone: the full name it belongs to, if only one
        parts: dict[str, set[str]] = {}
        for name in names:
            words = [w for w in name.canonical.split() if len(w) > 1]
            if name.label == "PERSON" and len(words) >= 2:
                for w in {words[0], words[-1]}:
                    parts.setdefault(w, set()).add(name.canonical)
        common = common_words()
        targets = {w: next(iter(full)) for w, full in sorted(parts.items())
                   if len(full) == 1 and w not in common and not common_word(w)
                   and not no_name(w)}
        return cls(names, targets)

    def relevant(self, texts: Sequence[str]) -> str:
        """What of the study's names can change the result of ``texts`` (for a
        fingerprint): the names whose forms occur in them and the parts that do."""
        if not self.names:
            return ""
        search = gz.search_form("\n".join(texts))
        forms = self.matcher.present(search)
        names = sorted({(n.label, n.canonical, f) for f in forms
                        for n in self.matcher.payloads(f)})
        targets = sorted((w, c) for w, c in self.targets.items() if w in search)
        return json.dumps([names, targets], ensure_ascii=False)

    def signature(self) -> str:
        return json.dumps([sorted((n.label, n.canonical, sorted(
            f for f in self.names[n])) for n in self.names), sorted(self.targets.items())],
            ensure_ascii=False)

    def carry(self, text: str, hits: list[Hit]) -> None:
        """Add the study's names found in ``text`` to its ``hits`` (in place, overlaps
        resolved): the registry's hits and a longer detector hit keep their place; a hit
        of the same word and label keeps its confidence (and its place in review) and
        takes the study's name (its pseudonym); shorter hits inside a known name give way
        to it. An ordinary word counts only under a
        detector hit."""
        found = self.matcher.find(text)
        for f in sorted(found, key=lambda f: (f.start - f.suffix_end, f.start)):
            start, end = f.start, f.suffix_end
            over = [h for h in hits if h.start < end and start < h.end]
            if f.agreement and not any(h.source != SOURCE for h in over):
                continue
            if any(h.entry_id is not None or h.keep or h.source == SOURCE for h in over):
                continue  # the registry's own (or a study name already there)
            if any(h.start < start or h.end > end for h in over):
                continue  # a detector hit reaching beyond it: the detector's reading
            name = _choose(self.matcher.payloads(f.form), over, self.targets.get(f.form))
            same = [h for h in over if h.start == start and h.end == end]
            if same:  # the detector found it too: its reading (and review) stays, with
                for h in same:  # the study's name of that kind (its pseudonym)
                    if h.label == name.label:
                        h.canonical = name.canonical
                        h.info = {**h.info, "name": name.original}
                continue
            for h in over:
                hits.remove(h)
            hits.append(Hit(start, end, name.label, text[start:end], 1.0, SOURCE,
                            canonical=name.canonical,
                            info={"name": name.original,
                                  "tokens": len(text[start:end].split())}))
        hits.sort(key=lambda h: h.start)


def _choose(names: list[Name], over: list[Hit], target: str | None) -> Name:
    """The name a form stands for here (one form may belong to several remembered names):
    the one the detector's hit has, else the full name the word is a part of
    (``target``), else one of the label the detector sees, else a person's, the longest."""
    for h in over:
        for n in names:
            if n.label == h.label and n.canonical == h.canonical:
                return n
    for n in names:
        if n.label == "PERSON" and n.canonical == target:
            return n
    labels = {h.label for h in over}
    return min(names, key=lambda n: (n.label not in labels, n.label != "PERSON",
                                     -len(n.canonical.split()), n.label, n.canonical))
