"""Names in the transcript workbench: what anonymisation would do to a passage, marking a
word as a name (into the key's registry), unmarking a false hit (a *never* decision, as
in ``anonymise review``), and anonymising again what that changes.

This module is the workbench's one door into the anonymise stage (see CONTRIBUTING.md).
Nothing here writes a name outside the linking key: the database gets keyed hashes only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import Segment
from ..store import anonymisation as db
from ..store import transcripts as tstore
from ..store.indirect import FlagRecord
from .apply import (
    INDIRECT,
    Engine,
    RunSummary,
    decide_indirect,
    decision_hash,
    indirect_flags,
    run,
)
from .detect import DocumentHits
from .indirect import Flag
from .keyfile import KeyData, open_key, save_key

if TYPE_CHECKING:
    from ..study import Study

# what a researcher can mark a selection as (key registry kinds)
MARK_KINDS = ("person", "place", "municipality")
FUZZY_SOURCE = "registry:fuzzy"


@dataclass(frozen=True)
class NameMark:
    """A name found in a passage: [start, end) in its text."""

    start: int
    end: int
    label: str  # PERSON, MUNICIPALITY, PLACE, FNR, PHONE, EMAIL, ADDRESS ...
    replacement: str  # the pseudonym ('' with the key closed, or none allotted yet)
    kept: bool  # found but kept (never-decision, public figure, the informant's choice)
    reason: str  # why kept, or which detector found it
    decision_hash: str = ""  # what unmarking stores a decision under ('' without the key)


class NameView:
    """Names in the passages of one transcript for display, in the context of the whole
    transcript (``update`` with its texts): 'Brekke' after 'Ragnhild Brekke' in an earlier
    passage is the same person, as ``feltarbeid anonymise`` will find it. With the key
    closed: the gazetteer, the name lists and the patterns (labels only). With the key
    open: also the study's registry, the names found in its other texts (``known``),
    decisions and pseudonyms — what ``feltarbeid anonymise`` would do, without writing
    anything."""

    def __init__(self, study: Study, transcript_id: int, *, key: KeyData | None = None,
                 texts: Sequence[str] = ()) -> None:
        self.transcript_id = transcript_id
        self.key = key
        self.engine = Engine(study, key, preview=True) if key is not None else None
        self.lang = study.language
        self.mode = str(study.settings.get("anonymise", "municipalities"))
        self.bounds = list(study.settings.get("anonymise", "size_bounds"))
        # with the key open, names found in the study's other texts are shown too
        self.document = DocumentHits(self.engine.registry if self.engine else None,
                                     known=self.engine.known if self.engine else None)
        if texts:
            self.document.update(texts)

    @property
    def key_open(self) -> bool:
        return self.engine is not None

    @property
    def generation(self) -> int:
        """Grows when a change in one passage may change the names of others."""
        return self.document.generation

    def update(self, texts: Sequence[str]) -> bool:
        """The transcript's passage texts now (pure: may run beside the screen). True when
        names elsewhere may have changed (see ``generation``)."""
        return self.document.update(texts)

    def marks(self, segment: Segment) -> list[NameMark]:
        text = segment.text
        hits = self.document.hits(text)
        if self.engine is None or self.key is None:
            return [NameMark(h.start, h.end, h.label, "", h.keep, h.source) for h in hits]
        result = self.engine.anonymise(self.transcript_id, [segment], hits=[hits])
        return [NameMark(s.start, s.end, s.label, s.replacement, s.action == "kept", s.reason,
                         decision_hash(self.key, s.label, text[s.start:s.end], s.orig_hash,
                                       fuzzy=s.source == FUZZY_SOURCE))
                for s in result.spans if s.label != INDIRECT]

    def indirect(self, segment: Segment) -> list[Flag]:
        """The indirect identifiers ``feltarbeid anonymise`` would flag in the passage now
        (a preview: stored flags, with their decisions, come from ``store.indirect``)."""
        hits = self.document.hits(segment.text)
        if self.engine is not None:
            return self.engine.indirect(segment.text, hits)
        return indirect_flags(segment.text, hits, lang=self.lang, mode=self.mode,
                              bounds=self.bounds)


def decide_flag(study: Study, flag_id: int, decision: str, *,
                wording: str | None = None) -> FlagRecord:
    """The researcher's decision on a stored indirect identifier, from the workbench:
    ``accepted`` (the suggestion, or ``wording``), ``dismissed`` or ``open`` — stored and
    audited as in ``anonymise review``; ``reanonymise`` applies it to the text."""
    return decide_indirect(study, flag_id, decision, wording=wording)


def anonymised_before(study: Study) -> list[int]:
    """Transcripts that were anonymised and may be again, with a recorded run: state
    anonymised or in review, and verified or exported ones (a name added to the key is
    replaced in their kept text too, issue 16; ``anonymise.apply.run`` decides how)."""
    return [int(r["id"]) for r in tstore.list_transcripts(
                study.store, ("anonymised", "in_review", "verified", "exported"))
            if db.last_run(study.store, int(r["id"])) is not None]


def reanonymise(study: Study, passphrase: str,
                transcript_ids: list[int] | None = None) -> RunSummary:
    """Anonymise again what a change (a name, a decision, a correction) affects: every
    transcript anonymised before (or those of ``transcript_ids`` among them). Transcripts
    never anonymised are left to ``feltarbeid anonymise``."""
    ids = anonymised_before(study)
    if transcript_ids is not None:
        ids = [i for i in ids if i in transcript_ids]
    if not ids:
        return RunSummary()
    return run(study, passphrase=passphrase, transcript_ids=ids)


def mark_name(study: Study, passphrase: str, kind: str, surface: str) -> RunSummary:
    """``surface`` is a name of ``kind`` (person, place, municipality): into the key's
    registry, then every transcript anonymised before is anonymised again."""
    key = open_key(study, passphrase)
    key.add_entry(kind, surface)
    save_key(study, key, passphrase)
    study.store.audit("anonymise.mark", kind, {"from": "workbench"})
    return reanonymise(study, passphrase)


def unmark_name(study: Study, passphrase: str, mark: NameMark) -> RunSummary:
    """A false hit: never treat this word as a name of this kind in the study (the
    decision ``anonymise review`` stores for N), then anonymise again."""
    if not mark.decision_hash:
        raise ValueError("unmarking needs a mark found with the key open")
    db.set_decision(study.store, mark.decision_hash, mark.label, "never")
    return reanonymise(study, passphrase)
