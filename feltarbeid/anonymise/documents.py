"""Anonymise documents like transcripts: the same engine (registry, gazetteer, patterns,
decisions, the study's pseudonyms), paragraphs in place of segments.

Differences from a transcript, all failing closed: nobody's own-name choice applies (a
document is an organisation's paper, not the informant's words), there are no per-segment
overrides, and unsure hits are replaced and counted (``unsure`` in the version's spans) for
the researcher's reading before ``document check``. A document whose anonymised text
changes (the key's registry grew, a decision changed) goes back to ``anonymised``: it must
be checked again. Idempotent: unchanged inputs change nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain import Paragraph, Segment
from ..store import documents as ddb
from .apply import Engine, open_engine, settle

if TYPE_CHECKING:
    from ..study import Study

# states whose text the stage (re)anonymises; withdrawn/failed/deleted documents never
STATES = ("extracted", "anonymised", "checked")


@dataclass
class DocumentRun:
    done: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    rechecked: list[int] = field(default_factory=list)  # were checked; text changed
    unsure: int = 0
    labels: Counter = field(default_factory=Counter)


def as_segments(paragraphs: list[Paragraph]) -> list[Segment]:
    """Paragraphs as the engine (and ``textview``) take them: no time, no speaker."""
    return [Segment(p.idx, 0.0, 0.0, p.text) for p in paragraphs]


def anonymise_documents(study: Study, *, passphrase: str | None = None,
                        document_ids: list[int] | None = None) -> DocumentRun:
    """Anonymise every document with extracted text whose inputs changed. A name found in
    any text of the study is replaced in every document (``known``), those of this run
    included (``apply.run`` with ``documents`` does transcripts and documents as one run:
    ``feltarbeid anonymise``)."""
    engine, passphrase = open_engine(study, passphrase)
    run, pending = settle(engine, lambda: plan_documents(engine, document_ids))
    # originals first into the key, then the versions that use them
    engine.save_key_if_changed(passphrase)
    return write_documents(engine, run, pending)


def plan_documents(engine: Engine, document_ids: list[int] | None = None
                   ) -> tuple[DocumentRun, list[tuple[Any, ...]]]:
    """What a run would write for each document (``write_documents`` writes it)."""
    store = engine.store
    run = DocumentRun()
    pending = []
    for doc in ddb.list_documents(store):
        if document_ids is not None and doc.id not in document_ids:
            continue
        if doc.state not in STATES or doc.status == "withdrawn":
            continue
        src = ddb.latest_version(store, doc.id, "extracted")
        if src is None:
            continue
        paragraphs = ddb.paragraphs(store, src["id"])
        fp = engine.fingerprint_of(src["text_hash"], texts=[p.text for p in paragraphs])
        last = ddb.latest_version(store, doc.id, "anonymised")
        if last and last["fingerprint"] == fp and last["parent_id"] == src["id"]:
            run.unchanged.append(doc.id)
            continue
        result = engine.anonymise(None, as_segments(paragraphs))
        pending.append((doc, src, last, fp, paragraphs, result))
    return run, pending


def write_documents(engine: Engine, run: DocumentRun, pending: list[tuple[Any, ...]]
                    ) -> DocumentRun:
    """Write what ``plan_documents`` planned (after the key holds the run's originals)."""
    store = engine.store
    for doc, src, last, fp, paragraphs, result in pending:
        out = [Paragraph(p.idx, s.text, p.page)
               for p, s in zip(paragraphs, result.segments, strict=True)]
        threshold = engine.threshold
        spans = [{"paragraph": s.seg_idx, "start": s.out_start, "end": s.out_end,
                  "label": s.label, "action": s.action, "source": s.source,
                  "confidence": round(s.confidence, 3), "orig_hash": s.orig_hash,
                  "unsure": s.action == "replaced" and s.confidence < threshold}
                 for s in result.spans]
        labels = Counter(s.label for s in result.spans if s.action == "replaced")
        if last and last["text_hash"] == ddb.text_hash(out) and last["parent_id"] == src["id"]:
            ddb.set_fingerprint(store, last["id"], fp)
            run.unchanged.append(doc.id)
            continue
        with store.tx():
            vid = ddb.save_version(store, doc.id, "anonymised", out, parent_id=src["id"],
                                   spans=spans, fingerprint=fp, state="anonymised")
            store.audit("anonymise.document", str(doc.id), {
                "source_version": src["id"], "version": vid, "replaced": dict(labels),
                "kept": sum(1 for s in result.spans if s.action == "kept"),
                "unsure": sum(1 for s in spans if s["unsure"])})
        (run.rechecked if doc.state == "checked" else run.done).append(doc.id)
        run.unsure += sum(1 for s in spans if s["unsure"])
        run.labels.update(labels)
    return run
