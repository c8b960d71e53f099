"""Decide and replace: the anonymisation batch and study-consistent replacement of any
segments.

For each hit the detectors find, in this order: a registry entry marked *keep* (public
figure, cited author) is kept; a *never* decision for the word keeps it; a per-segment
*keep* override keeps it; an informant who declined anonymisation keeps their own name in
their own material (unless a segment is overridden with *anonymise*); a hit rejected in
review is kept; everything else is replaced by the study's pseudonym. Unsure hits are
replaced too (fail closed) and queued for review.

Offsets of every span in the source text and in the anonymised text are stored (with
keyed hashes, never originals), so each replacement can be audited and, with the key,
reversed (``reverse_segments``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..domain import Informant, Segment
from ..errors import FeltarbeidError
from ..store import anonymisation as db
from ..store import transcripts as tstore
from ..store.registers import list_informants
from . import gazetteer as gz
from . import pseudonyms as ps
from .detect import Hit, Registry, capitals_reliable, detect
from .keyfile import KeyData, RegistryEntry, normalise, open_key, save_key

if TYPE_CHECKING:
    from ..study import Study

DETECTOR_VERSION = "2"  # 2: near-misses of registry names
SOURCE_STATES = ("transcribed", "anonymised")
LATER_STATES = ("in_review", "verified", "exported")


@dataclass
class RunSummary:
    done: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    affected: list[int] = field(default_factory=list)  # later states the change touches
    queued: int = 0
    labels: Counter = field(default_factory=Counter)
    # transcripts in review or later whose kept text was anonymised again (a name added to
    # the key after they were anonymised), and the packets that became outdated by it
    reanonymised: list[int] = field(default_factory=list)
    outdated_packets: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"done": self.done, "unchanged": self.unchanged, "skipped": self.skipped,
                "affected": self.affected, "queued": self.queued, "labels": dict(self.labels),
                "reanonymised": self.reanonymised, "outdated_packets": self.outdated_packets}


@dataclass
class _Later:
    """A transcript in review or later whose kept text changes with the key."""

    tid: int
    src: int
    fp: str
    fresh: Result | None  # a new anonymised version from the verbatim text (if it differs)
    base: dict[str, Any]  # the kept version (what is exported and sent)
    kept: Result | None  # the kept text anonymised again (if it differs and is not ``fresh``)
    additions: list[tuple[int, str]]  # accepted additions whose text changes: (id, text)


@dataclass
class Result:
    segments: list[Segment]
    spans: list[db.SpanRecord]
    queue: list[tuple[int, int, int, str, str, float, str]]


class Engine:
    """Everything one run needs, loaded once: key, registry, settings, decisions."""

    def __init__(self, study: Study, key: KeyData) -> None:
        self.study = study
        self.store = study.store
        self.key = key
        self.key_changed = False
        self.lang = study.language
        self.mode = str(study.settings.get("anonymise", "municipalities"))
        self.threshold = float(study.settings.get("anonymise", "review_threshold"))
        self.informants: dict[str, Informant] = {i.code: i for i in list_informants(self.store)}
        self.entries: dict[int, RegistryEntry] = {e.id: e for e in key.registry}
        for n, (code, info) in enumerate(sorted(key.informants.items()), start=1):
            name = str(info.get("name", "")).strip()
            if name:
                self.entries[-n] = RegistryEntry(
                    id=-n, kind="person", original=name,
                    variants=[str(v) for v in info.get("variants", [])],
                    pseudonym=ps.informant_pseudonym(code), note=f"informant:{code}")
        self.registry = Registry.build(self.entries.values())
        self.decisions = db.decisions(self.store)
        self.pseudonyms = db.pseudonyms(self.store)

    # -- fingerprint -----------------------------------------------------------------------
    def fingerprint(self, transcript_id: int, source_version: int) -> str:
        src = self.store.one("SELECT text_hash FROM transcript_versions WHERE id = ?",
                             (source_version,))
        codes = db.transcript_informants(self.store, transcript_id)
        data = {
            "v": DETECTOR_VERSION, "src": src["text_hash"] if src else "",
            "registry": [e.__dict__ for e in sorted(self.entries.values(), key=lambda e: e.id)],
            "wishes": {c: self.informants[c].anonymise_wish for c in codes
                       if c in self.informants},
            "decisions": sorted(f"{k[0]}|{k[1]}|{v}" for k, v in self.decisions.items()),
            "overrides": [(o["seg_idx"], o["orig_hash"], o["action"])
                          for o in db.overrides(self.store, transcript_id)],
            "rejected": sorted(db.rejected_spans(self.store, source_version)),
            "mode": self.mode, "threshold": self.threshold, "lang": self.lang,
        }
        return self.key.mac(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str))

    # -- one transcript ----------------------------------------------------------------------
    def anonymise(self, transcript_id: int, segments: list[Segment], *,
                  source_version: int | None = None) -> Result:
        codes = db.transcript_informants(self.store, transcript_id)
        own: dict[str, str] = {}  # normalised own-name form -> code, for declining informants
        for code in codes:
            inf = self.informants.get(code)
            info = self.key.informants.get(code, {})
            if inf and inf.anonymise_wish == "no" and info.get("name"):
                for form in [info["name"], *info.get("variants", [])]:
                    own[normalise(form)] = code
        forced_all = False
        forced: set[int] = set()
        keep_any: set[str] = set()
        keep_at: set[tuple[int, str]] = set()
        for o in db.overrides(self.store, transcript_id):
            if o["action"] == "anonymise":
                if o["seg_idx"] is None:
                    forced_all = True
                else:
                    forced.add(o["seg_idx"])
            elif o["orig_hash"]:
                if o["seg_idx"] is None:
                    keep_any.add(o["orig_hash"])
                else:
                    keep_at.add((o["seg_idx"], o["orig_hash"]))
        rejected = db.rejected_spans(self.store, source_version) if source_version else set()
        caps = capitals_reliable("\n".join(s.text for s in segments))

        per_segment = [detect(s.text, registry=self.registry, caps=caps) for s in segments]
        persons = _person_groups(per_segment)

        out_segments: list[Segment] = []
        records: list[db.SpanRecord] = []
        queue: list[tuple[int, int, int, str, str, float, str]] = []
        for seg, hits in zip(segments, per_segment, strict=True):
            pieces: list[str] = []
            pos = 0
            out_len = 0
            for h in hits:
                canonical = persons.get(h.canonical, h.canonical) if h.label == "PERSON" \
                    and h.entry_id is None else h.canonical
                orig_hash = self.key.hash(h.label, canonical)
                # a near-miss of a registry name ('Asuka' for 'Asker') gets the name's
                # pseudonym, but review decisions are about the word as written
                decide_hash = self.key.hash(h.label, h.surface) if h.info.get("fuzzy") \
                    else orig_hash
                decision = self.decisions.get((h.label, decide_hash))
                reason = ""
                if h.keep:
                    reason = "public"
                elif decision == "never":
                    reason = "never"
                elif decide_hash in keep_any or (seg.idx, decide_hash) in keep_at:
                    reason = "override_keep"
                elif self._own_name(h, own) and not forced_all and seg.idx not in forced:
                    reason = "informant_choice"
                elif (seg.idx, h.start, h.end) in rejected:
                    reason = "rejected"
                before = seg.text[pos:h.start]
                pieces.append(before)
                out_len += len(before)
                if reason:
                    replacement = h.surface
                    action = "kept"
                else:
                    replacement = self._replacement(h, canonical, orig_hash)
                    action = "replaced"
                    original = self._original(h, canonical)
                    if self.key.remember(h.label, original, replacement, h.surface):
                        self.key_changed = True
                    if (h.confidence < self.threshold
                            and (h.entry_id is None or h.info.get("fuzzy"))
                            and decision != "always"):
                        queue.append((seg.idx, h.start, h.end, h.label, decide_hash,
                                      h.confidence, h.source))
                    reason = h.source
                pieces.append(replacement)
                records.append(db.SpanRecord(
                    seg.idx, h.start, h.end, out_len, out_len + len(replacement), h.label,
                    orig_hash, self.key.mac(h.surface), replacement if action == "replaced"
                    else "", action, reason, h.confidence, h.source))
                out_len += len(replacement)
                pos = h.end
            pieces.append(seg.text[pos:])
            out_segments.append(replace(seg, text="".join(pieces), words=[]))
        return Result(out_segments, records, queue)

    def _own_name(self, h: Hit, own: dict[str, str]) -> bool:
        """The hit is a declining informant's own name (or a near-miss of it)."""
        if normalise(h.surface) in own:
            return True
        entry = self.entries.get(h.entry_id) if h.info.get("fuzzy") else None
        return entry is not None and normalise(entry.original) in own

    def _original(self, h: Hit, canonical: str) -> str:
        if h.entry_id is not None:
            return self.entries[h.entry_id].original
        if h.info.get("name"):
            return str(h.info["name"])
        return h.surface if normalise(h.surface) == canonical else canonical

    def _replacement(self, h: Hit, canonical: str, orig_hash: str) -> str:
        entry = self.entries.get(h.entry_id) if h.entry_id is not None else None
        if entry and entry.pseudonym:
            return entry.pseudonym
        if h.label == "MUNICIPALITY" and self.mode != "code":
            info = h.info if h.info.get("regions") else _municipality_info(canonical)
            general = ps.generalise(info, self.mode, self.lang)
            if general:
                return general
        cached = self.pseudonyms.get((h.label, orig_hash))
        if cached:
            return cached
        kind = entry.kind if entry else str(h.info.get("kind", ""))
        pseudonym = ps.code_for(self.store, h.label, orig_hash, self.lang, kind=kind)
        if h.label not in ps.PATTERN_KEYS:
            self.pseudonyms[(h.label, orig_hash)] = pseudonym
        return pseudonym

    def save_key_if_changed(self, passphrase: str) -> None:
        if self.key_changed:
            save_key(self.study, self.key, passphrase)
            self.key_changed = False


def _municipality_info(canonical: str) -> dict[str, Any]:
    from .detect import place_info

    for place in gz.load().places.get(canonical, []):
        if place.kind == "municipality":
            return place_info(place)
    return {}


def _person_groups(per_segment: list[list[Hit]]) -> dict[str, str]:
    """Within one transcript, a first name alone ('kari') that is the first name of
    exactly one full name found there ('kari nordheim') is the same person."""
    full: dict[str, set[str]] = {}
    for hits in per_segment:
        for h in hits:
            if h.label == "PERSON" and h.entry_id is None and " " in h.canonical:
                full.setdefault(h.canonical.split()[0], set()).add(h.canonical)
    return {first: next(iter(names)) for first, names in full.items() if len(names) == 1}


# ------------------------------------------------------------------------------ public API


def _engine(study: Study, passphrase: str | None) -> tuple[Engine, str]:
    from .keyfile import get_passphrase

    passphrase = passphrase if passphrase is not None else get_passphrase()
    return Engine(study, open_key(study, passphrase)), passphrase


def anonymise_segments(study: Study, transcript_id: int, segments: list[Segment], *,
                       passphrase: str | None = None) -> list[Segment]:
    """Replace names in any segments of a transcript with the study's pseudonyms (the
    review stage uses it for corrected text). Nothing is written except new pseudonyms
    (database) and new originals (key)."""
    engine, passphrase = _engine(study, passphrase)
    result = engine.anonymise(transcript_id, segments)
    engine.save_key_if_changed(passphrase)
    return result.segments


def run(study: Study, *, passphrase: str | None = None,
        transcript_ids: list[int] | None = None) -> RunSummary:
    """Anonymise every transcript in state 'transcribed' (and re-anonymise 'anonymised'
    ones whose inputs changed). Idempotent."""
    engine, passphrase = _engine(study, passphrase)
    store = study.store
    summary = RunSummary()
    pending: list[tuple[dict[str, Any], int, str, Result]] = []
    later: list[_Later] = []
    for row in tstore.list_transcripts(store, SOURCE_STATES + LATER_STATES):
        tid = int(row["id"])
        if transcript_ids is not None and tid not in transcript_ids:
            continue
        src = tstore.latest_version(store, tid, "verbatim")
        if src is None:
            summary.skipped.append(tid)
            continue
        fp = engine.fingerprint(tid, src)
        last = db.last_run(store, tid)
        if last and last["fingerprint"] == fp and last["source_version"] == src:
            summary.unchanged.append(tid)
            continue
        if row["state"] in LATER_STATES:
            plan = _plan_later(engine, tid, src, fp, last)
            if plan is None:
                summary.unchanged.append(tid)
            else:
                later.append(plan)
            continue
        result = engine.anonymise(tid, tstore.segments(store, src), source_version=src)
        pending.append((row, src, fp, result))
    # originals first into the key, then the versions that use them
    engine.save_key_if_changed(passphrase)
    for row, src, fp, result in pending:
        tid = int(row["id"])
        last = db.last_run(store, tid)
        if (row["state"] == "anonymised" and last and last["source_version"] == src
                and tstore.text_hash(result.segments) == _version_hash(store, last["version_id"])):
            db.record_run(store, tid, src, last["version_id"], fp)
            summary.unchanged.append(tid)
            continue
        labels = Counter(s.label for s in result.spans if s.action == "replaced")
        with store.tx():
            vid = tstore.save_version(store, tid, "anonymised", result.segments, parent_id=src,
                                      note="anonymise", state="anonymised")
            db.save_spans(store, vid, src, result.spans)
            new_queued = db.upsert_queue(store, tid, src, result.queue)
            db.record_run(store, tid, src, vid, fp)
            store.audit("anonymise.transcript", str(tid), {
                "source_version": src, "version": vid, "replaced": dict(labels),
                "kept": sum(1 for s in result.spans if s.action == "kept"),
                "queued": len(result.queue),
            })
        summary.done.append(tid)
        summary.queued += new_queued
        summary.labels.update(labels)
    for plan in later:
        summary.outdated_packets += _write_later(store, plan)
        summary.reanonymised.append(plan.tid)
    return summary


def kept_version(store: Any, transcript_id: int) -> dict[str, Any] | None:
    """The version whose text is kept, sent and exported: the newest anonymised one, or a
    corrected one made (through its parents) from an anonymised one. None: none yet."""
    versions = tstore.versions(store, transcript_id)
    by_id = {v["id"]: v for v in versions}
    for v in reversed(versions):
        if v["kind"] == "anonymised":
            return v
        parent, seen = v["parent_id"], set()
        while v["kind"] == "corrected" and parent in by_id and parent not in seen:
            seen.add(parent)
            if by_id[parent]["kind"] == "anonymised":
                return v
            parent = by_id[parent]["parent_id"]
    return None


def _plan_later(engine: Engine, tid: int, src: int, fp: str,
                last: dict[str, Any] | None) -> _Later | None:
    """What a change of the key means for a transcript already in review or later: its kept
    text (with the informant's corrections) and accepted additions anonymised again. None
    if nothing in them changes (then the run is recorded, so the next one is quick)."""
    store = engine.store
    base = kept_version(store, tid)
    if base is None:
        return None
    fresh = None
    if last is not None:
        fresh = engine.anonymise(tid, tstore.segments(store, src), source_version=src)
        if tstore.text_hash(fresh.segments) == _version_hash(store, last["version_id"]):
            fresh = None
    kept = None
    if not (fresh is not None and last is not None and base["id"] == last["version_id"]):
        kept = engine.anonymise(tid, tstore.segments(store, base["id"]))
        if tstore.text_hash(kept.segments) == base["text_hash"]:
            kept = None
    additions = []
    from ..store import review as review_store

    for a in review_store.additions(store, tid):
        seg = Segment(idx=-1, start=0.0, end=0.0, text=a["text"], speaker=a["informant_code"],
                      origin="added")
        text = engine.anonymise(tid, [seg]).segments[0].text
        if text != a["text"]:
            additions.append((int(a["id"]), text))
    if fresh is None and kept is None and not additions:
        db.record_run(store, tid, src, last["version_id"] if last else base["id"], fp)
        return None
    return _Later(tid, src, fp, fresh, base, kept, additions)


def _write_later(store: Any, plan: _Later) -> list[str]:
    """Write a re-anonymisation planned by ``_plan_later`` (the transcript keeps its state);
    open packets of the transcript become outdated. Returns their ids."""
    from ..store import review as review_store

    with store.tx():
        written: dict[str, Any] = {}
        run_version = None
        if plan.fresh is not None:
            vid = tstore.save_version(store, plan.tid, "anonymised", plan.fresh.segments,
                                      parent_id=plan.src, note="anonymise (key changed)")
            db.save_spans(store, vid, plan.src, plan.fresh.spans)
            db.upsert_queue(store, plan.tid, plan.src, plan.fresh.queue)
            run_version = written["anonymised"] = vid
        if plan.kept is not None:
            written["kept"] = tstore.save_version(
                store, plan.tid, plan.base["kind"], plan.kept.segments,
                parent_id=plan.base["id"],
                note=f"anonymised again after a change of the key (version {plan.base['id']})")
        for addition_id, text in plan.additions:
            review_store.set_addition_text(store, addition_id, text)
        db.record_run(store, plan.tid, plan.src, run_version or plan.base["id"], plan.fp)
        outdated = review_store.outdate_open_rounds(store, plan.tid,
                                                    how="text anonymised again")
        store.audit("anonymise.again", str(plan.tid), {
            "versions": written, "additions": len(plan.additions),
            "packets_outdated": outdated})
    return outdated


def _version_hash(store: Any, version_id: int) -> str:
    row = store.one("SELECT text_hash FROM transcript_versions WHERE id = ?", (version_id,))
    return row["text_hash"] if row else ""


def reverse_segments(study: Study, version_id: int, *, passphrase: str | None = None
                     ) -> list[Segment]:
    """Put the originals back into an anonymised version (needs the key)."""
    from .keyfile import get_passphrase

    key = open_key(study, passphrase if passphrase is not None else get_passphrase())
    by_mac = key.surfaces_by_mac()
    segs = tstore.segments(study.store, version_id)
    spans_by_seg: dict[int, list[db.SpanRecord]] = {}
    for s in db.spans(study.store, version_id):
        if s.action == "replaced":
            spans_by_seg.setdefault(s.seg_idx, []).append(s)
    out = []
    for seg in segs:
        text = seg.text
        for s in sorted(spans_by_seg.get(seg.idx, []), key=lambda s: s.out_start, reverse=True):
            original = by_mac.get(s.surface_hash)
            if original is None:
                raise FeltarbeidError(
                    f"the key lacks the original of a replacement in segment {seg.idx}",
                    hint="was the key restored from an older backup?")
            text = text[:s.out_start] + original + text[s.out_end:]
        out.append(replace(seg, text=text))
    return out


def decide(study: Study, item_id: int, decision: str, *, passphrase: str | None = None) -> None:
    """A review decision on a queued hit: accepted, rejected, always or never (for the
    word in this whole study). 'always' adds the word to the key's registry."""
    store = study.store
    row = store.one("SELECT * FROM anon_queue WHERE id = ?", (item_id,))
    if row is None:
        raise FeltarbeidError(f"no review item {item_id}",
                              hint="see the open items with 'feltarbeid anonymise review'")
    if decision in ("accepted", "rejected"):
        db.set_queue_status(store, item_id, decision)
        return
    if decision not in ("always", "never"):
        raise ValueError(decision)
    db.set_decision(store, row["orig_hash"], row["label"], decision)
    db.set_queue_status(store, item_id, "accepted" if decision == "always" else "rejected")
    if decision == "always":
        from .keyfile import get_passphrase

        passphrase = passphrase if passphrase is not None else get_passphrase()
        key = open_key(study, passphrase)
        seg = next(s for s in tstore.segments(store, row["source_version"])
                   if s.idx == row["seg_idx"])
        surface = seg.text[row["start"]:row["end"]]
        entry = _near_entry(key, seg.text, row["start"], row["end"]) \
            if str(row["source"]).startswith("registry") else None
        if entry is not None:  # a near-miss: the word is a variant of that name
            key.add_entry(entry.kind, entry.original, [surface])
        else:
            kind = {"PERSON": "person", "MUNICIPALITY": "municipality"}.get(row["label"],
                                                                            "place")
            key.add_entry(kind, surface)
        save_key(study, key, passphrase)


def _near_entry(key: KeyData, text: str, start: int, end: int) -> RegistryEntry | None:
    """The registry entry whose near-miss the hit at start:end was."""
    from .detect import near_registry_hits, tokenise

    for h in near_registry_hits(text, tokenise(text), Registry.build(key.registry)):
        if h.start == start and h.end == end:
            return next((e for e in key.registry if e.id == h.entry_id), None)
    return None
