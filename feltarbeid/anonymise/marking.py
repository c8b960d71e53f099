"""Names in the transcript workbench: what anonymisation would do to a passage, marking a
word as a name (into the key's registry), unmarking a false hit (a *never* decision, as
in ``anonymise review``), and anonymising again what that changes.

This module is the workbench's one door into the anonymise stage (see CONTRIBUTING.md).
Nothing here writes a name outside the linking key: the database gets keyed hashes only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import Segment
from ..store import anonymisation as db
from ..store import transcripts as tstore
from .apply import Engine, RunSummary, decision_hash, run
from .detect import detect
from .keyfile import KeyData, open_key, save_key
from .spans import capitals_reliable

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
    """Names in passages for display. With the key closed: the gazetteer, the name lists
    and the patterns (labels only). With the key open: also the study's registry, decisions
    and pseudonyms — what ``feltarbeid anonymise`` would do, without writing anything."""

    def __init__(self, study: Study, transcript_id: int, *, key: KeyData | None = None,
                 sample_text: str = "") -> None:
        self.transcript_id = transcript_id
        self.key = key
        self.engine = Engine(study, key, preview=True) if key is not None else None
        self.caps = capitals_reliable(sample_text) if sample_text else None

    @property
    def key_open(self) -> bool:
        return self.engine is not None

    def marks(self, segment: Segment) -> list[NameMark]:
        text = segment.text
        if self.engine is None or self.key is None:
            return [NameMark(h.start, h.end, h.label, "", h.keep, h.source)
                    for h in detect(text, caps=self.caps)]
        result = self.engine.anonymise(self.transcript_id, [segment], caps=self.caps)
        return [NameMark(s.start, s.end, s.label, s.replacement, s.action == "kept", s.reason,
                         decision_hash(self.key, s.label, text[s.start:s.end], s.orig_hash,
                                       fuzzy=s.source == FUZZY_SOURCE))
                for s in result.spans]


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
