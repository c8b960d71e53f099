"""Decide and replace: the anonymisation batch and study-consistent replacement of any
segments.

For each hit the detectors find, in this order: a registry entry marked *keep* (public
figure, cited author) is kept; a *never* decision for the word keeps it; a per-segment
*keep* override keeps it; an informant who declined anonymisation keeps their own name in
their own material (unless a segment is overridden with *anonymise*); a hit rejected in
review is kept; everything else is replaced by the study's pseudonym. Unsure hits are
replaced too (fail closed) and queued for review. A name found in any text of the study
(remembered in the key) is found in every other text too (``known``), with the same
pseudonym; a run collects the names of all its texts before it replaces any (``settle``).

Offsets of every span in the source text and in the anonymised text are stored (with
keyed hashes, never originals), so each replacement can be audited and, with the key,
reversed (``reverse_segments``).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain import Informant, Segment
from ..errors import FeltarbeidError
from ..locale import t
from ..store import anonymisation as db
from ..store import indirect as idb
from ..store import transcripts as tstore
from ..store.places import interview_year
from ..store.registers import list_informants
from . import gazetteer as gz
from . import indirect
from . import pseudonyms as ps
from .detect import Hit, OwnHits, Registry, carried, document_own_hits
from .keyfile import KeyData, RegistryEntry, normalise, open_key, save_key
from .known import StudyNames

if TYPE_CHECKING:
    from ..study import Study

# 2: near-misses of registry names; 3: names no list knows; 4: whole names (a part of a
# name, 'Ansah' of 'Owusu-Ansah', is no longer left readable: every study is run again);
# 5: round 13's places and traps; 6: names of things that are no one's (``things``);
# 7: places abroad with Norwegian names (``namesakes``), makes and models, more things;
# 8: streets named by a genitive and their addresses, names in capitals, towns abroad
# without accents, the offshore, health and working-life lists of things; 9: ages and
# pseudonyms' notes, names said again in full, Nynorsk organisations, nationalities; 10:
# towns abroad (``utlandsbyer.csv``), storms, cars' models, firms' nouns, designations;
# 11: works, eponyms, towns abroad persons' names hold, the longer things list; 12: Bergen
# and Alta in lower case, roles after a copula, pets of breeds, known eponyms, places abroad;
# 13: double surnames at a sentence's start (a part was left readable), firms joined by '&',
# quoted titles, storms with years, old municipalities before a merger, list AB of things;
# 14: a person's genitive before an illness or a test ('Per Hansens sykdom') and a person
# after a thing's noun in a relative clause ('Bilen Kari kjørte') were dropped (leaks);
# municipalities said to be places, eponymous laws, figures of works, firms 'hos'
# 15: a municipality no list of persons knows, guessed a person by its slot alone, is the
# municipality ("ringsaker sa nei takk"); well-known works and their characters (works.py)
# 16: animals and things named in more ways ('Kasper, hunden vår', 'kalte dem …', 'gav
# kanarifuglen namnet …'), kinds of things before names ('Bakerikjeder som …'), prizes,
# drinks, 'Hos …' businesses, genitive plurals at a sentence's start
# 19: a municipality named like a word in a sentence that surely names another municipality
# of its county; a part played (roles.py); animals named after a relative clause ('hunden jeg
# hadde, het …') or as examples ('Politihunder som Aron og Odin'); a name before a hyphen
# after 'på' or 'i' ('på Kvamsdal-møtet', 'på kari-festen'), makes before '-dokke', '-radioar';
# a character's name people bear before a hyphen is a person's ('Kari-saken') (round 27)
# 22: municipalities in speech that the talk is about, renamed or merged ('os heter jo ikke os
# lenger'); toys, machines and songs named like people; brands before their goods; names
# asked about on their own ('Hegglandsvik? Nei, han …'); relative clauses' subjects after a
# thing's noun stay persons ('Filmer som Per laget', 'bilen Per ville ha') (round 29)
# 23: titles in English ('«The Menu»', 'Binging with Babish'), dishes named after someone
# ('fettuccine Alfredo', 'Linzertorte'), lists of quoted titles after words of works, brands
# people bear listed with another brand ('Netflix og Max'), car models ('renault zoe'),
# music's labels and makers, waters and heights made places ('Aursjøen'), English given
# names that are words ('Will Stone'), goods said to be someone's ('Kaffen var Hansen sin')
# (round 30)
# 24: makers after goods and 'fra' ('motoren er fra Bosch'), models and their numbers ('en
# Bella 600'), medicines, craft in space, storms and malware named after their noun
# ('Legemidlet Tamiflu', 'Melissa-viruset'), characters' genitives and first names near
# their work ('Noras valg'); subjects after a fronted verb before goods ('Så slo Hansen
# radioen av') and readers named like a character who act ('Nora sa at hun hadde lest «Et
# dukkehjem»') stay persons (round 31)
# 25: goods of fashion, the home and hobbies in all their forms ('Hay-vasene'), shops after
# 'på' where one buys or works ('jobbet på Glasmagasinet'), varieties and makes after the
# copula ('Plommetreet er ein Victoria'), animals, plants, cars, cafés and systems at work
# named ('Tispa heiter Kira', 'Kafé Tante Olga'), lists AD and AE of hobbies' and working
# life's names (round 32); 26: makers named after a family abroad listed with things ('Gucci
# og Prada'), given names of other origins before a verb or after 'ventet på' ('Dmitri kom',
# 'ventet på Pierre'), 'Tre Hansen', municipalities that grew or were merged ('Sola har
# vokst', 'Kinn er Flora og Vågsøy sammen'), list AF of children's and family life's names
# (round 33); 27: 'Kari Moss-saken' (her surname, not the town), lower-case 'pablo', places
# inside a listed work's name ('tomb raider'), animals named with 'den har vi kalt …' or
# after a modal verb, places with a word of position ('Nordre Flatmo'), list AG of health
# and care's names (round 34); 28: municipalities named like words in lower-case speech
# where the words say town ('dra til moss og handle', 'sola ja vi bodde i sola', 'leka er jo
# ei lita øy', 'ski storsenter', 'kristian sund'), cited authors joined by '&' or with a
# genitive's apostrophe, a given name that is a small word too opening a name ('Anna Maria
# Bjørgo'), a kin word after a possessive ('hans bror') (round 35); 29: persons named like a
# land, a region, a town abroad or a brand where only a person fits ('Kenya sa at hun …',
# 'Hun heter Jordan', 'spurte Bali om hun …'), brands given as examples of goods ('Vaskemidler
# som Ariel og Blenda', 'merkevarer, for eksempel Nora'), goods of the pharmacy, the
# household and the grocer after a brand ('Ariel-kapsler', 'Krystal grønnsåpe'), listed goods
# bought, eaten or used ('Vi kjøpte Ariel på tilbud', 'vaska med Blenda'), 'Eda kommun', a
# municipality saying no ('at Bindal sa nei til …') or one of a kind of them after 'jo en av
# de største', the subject after a verb of drinking ('Da drakk Nora kaffe') (round 36);
# 30: a listed firm's or brand's made-up word acting as firms do ('Kredinor ringte meg')
# is no person unless words only a person fits say so; chatbots, vessels, alpacas and
# businesses named after their noun ('Chatboten Ingrid', 'Ferja Peter Wessel', 'salong
# anette'), foundations after their founder ('Olav Thon Stiftelsen'), 'Ei av kyrne
# heitte …', tractors' makes, examples after makers in the plural, 'Hjå' no name, 'på baker
# hansen' the chain; 'noen på båten som het Kari' a person again (a shadowed word set);
# lower-case 'chatgpt bruker jeg', 'ozempic kom' no persons on a mere hint; lower-case
# 'paris sa at hun …' a person (round 37);
# 31: listed makes after an indefinite article or with a definite ending ('ein
# Tandberg-TV', 'john deeren'), volcanoes, servers, voice assistants, nature abroad
# ('Victoria Falls'), typhoons, foundations in lower-case speech, villas, venues, 'Dr.
# Greve', things named after 'ho'/'han' no persons; 'Mo i Rana' a place and a
# municipality; 'eh alver ja vi bor i knarvik', 'Hole får …' municipalities (round 38)
DETECTOR_VERSION = "31"
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
    flagged: int = 0  # new indirect identifiers to review
    # transcripts in review or later whose kept text was anonymised again (a name added to
    # the key after they were anonymised), and the packets that became outdated by it
    reanonymised: list[int] = field(default_factory=list)
    outdated_packets: list[str] = field(default_factory=list)
    documents: Any = None  # documents.DocumentRun, when the run did documents too

    def as_dict(self) -> dict[str, Any]:
        return {"done": self.done, "unchanged": self.unchanged, "skipped": self.skipped,
                "affected": self.affected, "queued": self.queued, "labels": dict(self.labels),
                "flagged": self.flagged, "reanonymised": self.reanonymised,
                "outdated_packets": self.outdated_packets}


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
    indirect: list[idb.NewFlag] = field(default_factory=list)


class Engine:
    """Everything one run needs, loaded once: key, registry, settings, decisions."""

    def __init__(self, study: Study, key: KeyData, *, preview: bool = False) -> None:
        self.study = study
        self.store = study.store
        self.key = key
        self.key_changed = False
        # preview: decide as a run would, but allot no new pseudonym and change no key
        # (the workbench shows names this way)
        self.preview = preview
        self.lang = study.language
        self.mode = str(study.settings.get("anonymise", "municipalities"))
        self.bounds = list(study.settings.get("anonymise", "size_bounds"))
        self.year: int | None = None  # the interview's, for size classes
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
        # collecting (``settle``): a run's first passes find the names of every pending
        # text before any is replaced for good: they remember into ``collected`` (not the
        # key) and allot no pseudonym (``unallotted`` counts the names that needed one)
        self.collecting = False
        self.collected: list[tuple[str, str, str, str]] = []
        self.unallotted = 0
        # the names found in any text of the study, carried to every text (``known``)
        self.known = self.study_names()
        self._own: dict[tuple[tuple[str, ...], bool | None], OwnHits] = {}
        self._indirect: dict[tuple[Any, ...], list[indirect.Flag]] = {}

    def study_names(self) -> StudyNames:
        """The names the key remembers from any text of the study (and those collected
        in this pass of a run), less those the researcher said are no names (*never*,
        rejected) or keeps (public figures)."""
        blocked = {k for k, v in self.decisions.items() if v == "never"}
        blocked |= db.rejected_hashes(self.store)
        kept = [f for e in self.key.registry if e.keep for f in e.forms()]
        mapping = self.key.mapping
        if self.collected:
            scratch = KeyData(secret=self.key.secret, mapping=copy.deepcopy(mapping))
            for item in self.collected:
                scratch.remember(*item)
            mapping = scratch.mapping
        return StudyNames.from_key(self.key, blocked=blocked, kept=kept, mapping=mapping)

    def refresh_known(self) -> bool:
        """Take in the names this pass of a run collected; True if what is carried changed
        (then what was anonymised with the old names is anonymised again)."""
        known = self.study_names()
        changed = known.signature() != self.known.signature()
        self.known = known
        return changed

    def remember(self, label: str, original: str, pseudonym: str, surface: str) -> None:
        """An original replaced: into the key (collected only while ``collecting``;
        nothing in a preview)."""
        if self.preview:
            return
        if self.collecting:
            self.collected.append((label, original, pseudonym, surface))
        elif self.key.remember(label, original, pseudonym, surface):
            self.key_changed = True

    def detect(self, texts: list[str], caps: bool | None = None) -> list[list[Hit]]:
        """The hits of one document's texts with the study's names carried to them; each
        text's own hits are found once per run (a run may carry new names and replace
        again)."""
        cache_key = (tuple(texts), caps)
        own = self._own.get(cache_key)
        if own is None:
            own = self._own[cache_key] = document_own_hits(texts, registry=self.registry,
                                                           caps=caps)
        return carried(own, known=self.known)

    # -- fingerprint -----------------------------------------------------------------------
    def fingerprint(self, transcript_id: int, source_version: int,
                    texts: list[str] | None = None) -> str:
        """``texts``: every text the run anonymises for the transcript (default: the
        source version's)."""
        src = self.store.one("SELECT text_hash FROM transcript_versions WHERE id = ?",
                             (source_version,))
        codes = db.transcript_informants(self.store, transcript_id)
        if texts is None:
            texts = [s.text for s in tstore.segments(self.store, source_version)]
        return self.fingerprint_of(src["text_hash"] if src else "", codes=codes,
                                   transcript_id=transcript_id, source_version=source_version,
                                   texts=texts)

    def fingerprint_of(self, src_hash: str, *, codes: list[str] | tuple[str, ...] = (),
                       transcript_id: int | None = None,
                       source_version: int | None = None, texts: Sequence[str] = ()) -> str:
        """Everything a run's result depends on, keyed: the source text's hash, the
        registry, wishes, decisions, overrides, settings (a document has no transcript),
        and the study's names that occur in ``texts`` (found in other texts, carried)."""
        data = {
            "v": DETECTOR_VERSION, "src": src_hash, "carried": self.known.relevant(texts),
            "registry": [e.__dict__ for e in sorted(self.entries.values(), key=lambda e: e.id)],
            "wishes": {c: self.informants[c].anonymise_wish for c in codes
                       if c in self.informants},
            "decisions": sorted(f"{k[0]}|{k[1]}|{v}" for k, v in self.decisions.items()),
            "overrides": [(o["seg_idx"], o["orig_hash"], o["action"])
                          for o in db.overrides(self.store, transcript_id)]
            if transcript_id is not None else [],
            "rejected": sorted(db.rejected_spans(self.store, source_version))
            if source_version is not None else [],
            "mode": self.mode, "threshold": self.threshold, "lang": self.lang,
            "indirect": [indirect.VERSION, self.bounds, sorted(
                [*k, w] for k, w in idb.accepted(self.store, transcript_id).items())],
        }
        return self.key.mac(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str))

    # -- one transcript ----------------------------------------------------------------------
    def anonymise(self, transcript_id: int | None, segments: list[Segment], *,
                  source_version: int | None = None, caps: bool | None = None,
                  hits: list[list[Hit]] | None = None) -> Result:
        """Replace names in ``segments``. ``transcript_id`` None: not a transcript (a
        document): no informant's own-name choice and no overrides apply. ``hits``: the
        detector's hits of each segment when the caller has them already, found with this
        engine's registry in the context of the whole document (the workbench keeps them in
        a ``detect.DocumentHits``); otherwise the segments are the document."""
        codes = db.transcript_informants(self.store, transcript_id) \
            if transcript_id is not None else []
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
        for o in db.overrides(self.store, transcript_id) if transcript_id is not None else []:
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
        self.year = interview_year(self.store, transcript_id)

        # one document: a name found in one segment is carried to its other mentions
        # ('Brekke' after 'Ragnhild Brekke'), with the full name's canonical form
        per_segment = hits if hits is not None else self.detect([s.text for s in segments],
                                                                caps)
        flags = self._indirect_flags(transcript_id, segments, per_segment)

        out_segments: list[Segment] = []
        records: list[db.SpanRecord] = []
        queue: list[tuple[int, int, int, str, str, float, str]] = []
        found: list[idb.NewFlag] = []
        for seg, hits, seg_flags in zip(segments, per_segment, flags, strict=True):
            hits = _with_accepted(hits, seg_flags)
            first_record = len(records)
            pieces: list[str] = []
            pos = 0
            out_len = 0
            for h in hits:
                if h.label == INDIRECT:
                    replacement = _bracketed(str(h.info["wording"]))
                    pieces.append(seg.text[pos:h.start])
                    out_len += h.start - pos
                    records.append(db.SpanRecord(
                        seg.idx, h.start, h.end, out_len, out_len + len(replacement), h.label,
                        str(h.info["hash"]), self.key.mac(h.surface), replacement, "replaced",
                        "indirect", h.confidence, h.source))
                    pieces.append(replacement)
                    out_len += len(replacement)
                    pos = h.end
                    continue
                canonical = h.canonical
                orig_hash = self.key.hash(h.label, canonical)
                # a near-miss of a registry name ('Asuka' for 'Asker') gets the name's
                # pseudonym, but review decisions are about the word as written
                decide_hash = decision_hash(self.key, h.label, h.surface, orig_hash,
                                            fuzzy=bool(h.info.get("fuzzy")))
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
                    self.remember(h.label, self._original(h, canonical), replacement,
                                  h.surface)
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
            found += _placed(seg.idx, seg_flags, records[first_record:])
        return Result(out_segments, records, queue, found)

    def _indirect_flags(self, transcript_id: int, segments: list[Segment],
                        per_segment: list[list[Hit]]) -> list[list[_SegFlag]]:
        """Indirect identifiers of each segment, each with its key and, if the researcher
        accepted it, the wording that replaces it."""
        accepted = idb.accepted(self.store, transcript_id)
        out: list[list[_SegFlag]] = []
        for seg, hits in zip(segments, per_segment, strict=True):
            seen: Counter = Counter()
            flags = []
            for f in self.indirect(seg.text, hits):
                text_hash = self.key.mac(f"{f.kind}|{f.surface}")
                occurrence = seen[(f.kind, text_hash)]
                seen[(f.kind, text_hash)] += 1
                key = (seg.idx, f.kind, text_hash, occurrence)
                flags.append(_SegFlag(f, key, accepted.get(key)))
            out.append(flags)
        return out

    def indirect(self, text: str, hits: list[Hit]) -> list[indirect.Flag]:
        """The indirect identifiers of one text whose names are ``hits``, as a run flags
        them (the workbench shows them before the text is anonymised)."""
        if self.preview:  # the workbench: texts change with every key press
            return indirect_flags(text, hits, lang=self.lang, mode=self.mode,
                                  bounds=self.bounds)
        # a run's passes (``settle``) ask again for the same text and places
        cache_key = (text, tuple((h.start, h.end, h.label, h.canonical, str(h.info.get(
            "regions", ""))) for h in hits if h.label in ("MUNICIPALITY", "PLACE")))
        found = self._indirect.get(cache_key)
        if found is None:
            found = self._indirect[cache_key] = indirect_flags(
                text, hits, lang=self.lang, mode=self.mode, bounds=self.bounds)
        return found

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
            general = ps.generalise(info, self.mode, self.lang, year=self.year,
                                    bounds=self.bounds)
            if general:
                return general
        cached = self.pseudonyms.get((h.label, orig_hash))
        if cached:
            return cached
        if self.preview:
            return ""
        if self.collecting and h.label not in ps.PATTERN_KEYS:  # those need no allotting
            self.unallotted += 1
            return ""
        kind = entry.kind if entry else str(h.info.get("kind", ""))
        pseudonym = ps.code_for(self.store, h.label, orig_hash, self.lang, kind=kind)
        if h.label not in ps.PATTERN_KEYS:
            self.pseudonyms[(h.label, orig_hash)] = pseudonym
        return pseudonym

    def save_key_if_changed(self, passphrase: str) -> None:
        if self.key_changed:
            save_key(self.study, self.key, passphrase)
            self.key_changed = False


def decision_hash(key: KeyData, label: str, surface: str, orig_hash: str, *,
                  fuzzy: bool) -> str:
    """What a review decision (always/never) about a hit is stored under: the name's hash,
    but for a near-miss of a registry name ('Asuka' for 'Asker') the word as written."""
    return key.hash(label, surface) if fuzzy else orig_hash


INDIRECT = "INDIRECT"  # the label of an accepted indirect identifier's replacement


@dataclass
class _SegFlag:
    flag: indirect.Flag
    key: idb.FlagKey
    wording: str | None  # accepted: what replaces it


def _bracketed(wording: str) -> str:
    """An accepted wording as it stands in the text: in brackets, like every other
    replacement (so the leak check and readers see it was changed)."""
    wording = " ".join(wording.split())
    return wording if wording.startswith("[") and wording.endswith("]") else f"[{wording}]"


def _with_accepted(hits: list[Hit], flags: list[_SegFlag]) -> list[Hit]:
    """The segment's hits with each accepted indirect identifier as one replacement; the
    names inside it go with it (its span grows to cover a name it cuts)."""
    extra: list[Hit] = []
    for sf in flags:
        if sf.wording is None:
            continue
        start, end = sf.flag.start, sf.flag.end
        for h in hits:
            if h.start < end and start < h.end:
                start, end = min(start, h.start), max(end, h.end)
        if any(e.start < end and start < e.end for e in extra):
            continue
        extra.append(Hit(start, end, INDIRECT, sf.flag.surface, 1.0,
                         f"indirect:{sf.flag.kind}",
                         info={"wording": sf.wording, "hash": sf.key[2]}))
    if not extra:
        return hits
    kept = [h for h in hits if not any(e.start < h.end and h.start < e.end for e in extra)]
    return sorted(kept + extra, key=lambda h: h.start)


def _placed(seg_idx: int, flags: list[_SegFlag],
            records: list[db.SpanRecord]) -> list[idb.NewFlag]:
    """The segment's flags with offsets in the anonymised text too."""
    def out_pos(p: int, *, end: bool) -> int:
        delta = 0
        for r in records:  # in text order, not overlapping
            if (r.start < p <= r.end) if end else (r.start <= p < r.end):
                return r.out_end if end else r.out_start
            if r.end <= p:
                delta = r.out_end - r.end
        return p + delta

    out = []
    for sf in flags:
        f = sf.flag
        mine = next((r for r in records if r.label == INDIRECT and r.orig_hash == sf.key[2]
                     and r.start <= f.start and f.end <= r.end), None)
        if mine is not None:
            o_start, o_end = mine.out_start, mine.out_end
        else:
            o_start, o_end = out_pos(f.start, end=False), out_pos(f.end, end=True)
        out.append(idb.NewFlag(seg_idx, f.kind, sf.key[2], sf.key[3], f.start, f.end,
                               o_start, o_end, f.suggestion))
    return out


def indirect_flags(text: str, hits: list[Hit], *, lang: str, mode: str,
                   bounds: list[int]) -> list[indirect.Flag]:
    """``indirect.find`` on ``text`` with the places among its ``hits`` (their region in
    a suggestion when the study's municipality ``mode`` shows regions)."""
    reveal_region = mode in ("region", "county", "size_region")
    places = []
    for h in hits:
        if h.label not in ("MUNICIPALITY", "PLACE"):
            continue
        region = ""
        if reveal_region:
            info = h.info if h.info.get("regions") else (
                _municipality_info(h.canonical) if h.label == "MUNICIPALITY" else {})
            regions = {r for r in info.get("regions", []) if r}
            region = regions.pop() if len(regions) == 1 else ""
        places.append(indirect.Place(h.start, h.end, region))
    return indirect.find(text, lang, places=places, bounds=bounds)


def _municipality_info(canonical: str) -> dict[str, Any]:
    from .detect import place_info

    for place in gz.load().places.get(canonical, []):
        if place.kind == "municipality":
            return place_info(place)
    return {}


# ------------------------------------------------------------------------------ public API


def open_engine(study: Study, passphrase: str | None) -> tuple[Engine, str]:
    """The engine of one run with the study's key opened (the passphrase asked for when
    not given), and the passphrase, to save the key with at the end."""
    from .keyfile import get_passphrase

    passphrase = passphrase if passphrase is not None else get_passphrase()
    return Engine(study, open_key(study, passphrase)), passphrase


def anonymise_segments(study: Study, transcript_id: int, segments: list[Segment], *,
                       passphrase: str | None = None) -> list[Segment]:
    """Replace names in any segments of a transcript with the study's pseudonyms (the
    review stage uses it for corrected text). Nothing is written except new pseudonyms
    (database) and new originals (key)."""
    engine, passphrase = open_engine(study, passphrase)
    result = engine.anonymise(transcript_id, segments)
    engine.save_key_if_changed(passphrase)
    return result.segments


def run(study: Study, *, passphrase: str | None = None,
        transcript_ids: list[int] | None = None, documents: bool = False) -> RunSummary:
    """Anonymise every transcript in state 'transcribed' (and re-anonymise 'anonymised'
    ones whose inputs changed). The text anonymised is the newest verbatim text: the
    researcher's latest correction if there is one (``transcripts.source_version``). A
    transcript in review whose text was corrected since its last anonymisation is
    anonymised again too (its open packets are then outdated). A name found in any
    transcript is replaced in all of them (``known``), those of this run included: names
    are collected first, then the texts replaced. ``documents``: the study's documents
    too, in the same run (``summary.documents``; ``feltarbeid anonymise``). Idempotent."""
    from . import documents as docs

    engine, passphrase = open_engine(study, passphrase)
    store = study.store
    rows = [row for row in tstore.list_transcripts(store, SOURCE_STATES + LATER_STATES)
            if transcript_ids is None or int(row["id"]) in transcript_ids]

    def plan() -> tuple[Any, ...]:
        return (*_plan_transcripts(engine, rows),
                docs.plan_documents(engine) if documents else None)

    summary, pending, later, doc_plan = settle(engine, plan)
    # originals first into the key, then the versions that use them
    engine.save_key_if_changed(passphrase)
    if doc_plan is not None:
        summary.documents = docs.write_documents(engine, *doc_plan)
    for row, src, fp, result in pending:
        tid = int(row["id"])
        last = db.last_run(store, tid)
        if (row["state"] == "anonymised" and last and last["source_version"] == src
                and tstore.text_hash(result.segments) == _version_hash(store, last["version_id"])):
            db.record_run(store, tid, src, last["version_id"], fp)
            summary.flagged += _sync_indirect(store, tid, src, result, last["version_id"])
            summary.unchanged.append(tid)
            continue
        labels = Counter(s.label for s in result.spans if s.action == "replaced")
        with store.tx():
            vid = tstore.save_version(
                store, tid, "anonymised", result.segments, parent_id=src, note="anonymise",
                state=None if row["state"] in LATER_STATES else "anonymised")
            db.save_spans(store, vid, src, result.spans)
            new_queued = db.upsert_queue(store, tid, src, result.queue)
            summary.flagged += _sync_indirect(store, tid, src, result, vid)
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
        outdated, flagged = _write_later(store, plan)
        summary.outdated_packets += outdated
        summary.flagged += flagged
        summary.reanonymised.append(plan.tid)
    return summary


_PASSES = 3  # rounds of a run at most, while the names it finds change what is carried

T = TypeVar("T")


def settle(engine: Engine, plan: Callable[[], T]) -> T:
    """Plan a run (anonymise in memory) so that the names found in any of its texts are
    carried to all of them: a name first found in the last text is replaced in the first
    one too. Passes that only collect names (nothing into the key, no pseudonym allotted)
    run until what is carried stops changing; then the run's result, for real (the last
    collecting pass is it when it needed no new pseudonym). Each text's own detection is
    done once (``Engine.detect`` caches it); only the replacing is done again."""
    engine.collecting = True
    try:
        for _ in range(_PASSES):
            engine.collected, engine.unallotted = [], 0
            planned = plan()
            changed = engine.refresh_known()
            if not changed:
                break
    finally:
        engine.collecting = False
    if changed or engine.unallotted:
        engine.collected = []
        return plan()
    for item in engine.collected:  # the last pass was the run: its names into the key
        engine.remember(*item)
    engine.collected = []
    return planned


def _plan_transcripts(engine: Engine, rows: list[dict[str, Any]]
                      ) -> tuple[RunSummary, list[tuple[dict[str, Any], int, str, Result]],
                                 list[_Later]]:
    """What a run would write for each transcript of ``rows`` (written by ``run``)."""
    store = engine.store
    summary = RunSummary()
    pending: list[tuple[dict[str, Any], int, str, Result]] = []
    later: list[_Later] = []
    for row in rows:
        tid = int(row["id"])
        src = tstore.source_version(store, tid)
        if src is None:
            summary.skipped.append(tid)
            continue
        last = db.last_run(store, tid)
        corrected_in_review = (row["state"] == "in_review" and last is not None
                               and last["source_version"] != src)
        again = row["state"] in LATER_STATES and not corrected_in_review
        texts = tstore.segment_texts(store, src)
        if again:
            texts += _kept_texts(store, tid)
        fp = engine.fingerprint(tid, src, texts)
        if last and last["fingerprint"] == fp and last["source_version"] == src:
            summary.unchanged.append(tid)
            continue
        if again:
            # the key (or settings) changed since: the kept text, with the informant's
            # corrections, is anonymised again and open packets outdated (issue 16)
            plan, flagged = _plan_later(engine, tid, src, fp, last)
            summary.flagged += flagged
            if plan is None:
                summary.unchanged.append(tid)
            else:
                later.append(plan)
            continue
        result = engine.anonymise(tid, tstore.segments(store, src), source_version=src)
        pending.append((row, src, fp, result))
    return summary, pending, later


def _kept_texts(store: Any, tid: int) -> list[str]:
    """The texts besides the verbatim source that a re-anonymisation of a transcript in
    review or later anonymises: its kept version and accepted additions."""
    from ..store import review as review_store

    base = kept_version(store, tid)
    texts = tstore.segment_texts(store, base["id"]) if base is not None else []
    return texts + [a["text"] for a in review_store.additions(store, tid)]


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
                last: dict[str, Any] | None) -> tuple[_Later | None, int]:
    """What a change of the key means for a transcript already in review or later: its kept
    text (with the informant's corrections) and accepted additions anonymised again. None
    if nothing in them changes (then the run is recorded, so the next one is quick). With
    it, how many new indirect identifiers were flagged (stored here when the anonymised
    text stays the same, else with the new version in ``_write_later``)."""
    store = engine.store
    base = kept_version(store, tid)
    if base is None:
        return None, 0
    fresh = None
    flagged = 0
    if last is not None:
        fresh = engine.anonymise(tid, tstore.segments(store, src), source_version=src)
        if tstore.text_hash(fresh.segments) == _version_hash(store, last["version_id"]):
            flagged = _sync_indirect(store, tid, src, fresh, last["version_id"])
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
        return None, flagged
    return _Later(tid, src, fp, fresh, base, kept, additions), flagged


def _write_later(store: Any, plan: _Later) -> tuple[list[str], int]:
    """Write a re-anonymisation planned by ``_plan_later`` (the transcript keeps its state);
    open packets of the transcript become outdated. Returns their ids, and how many new
    indirect identifiers the new anonymised version flagged."""
    from ..store import review as review_store

    flagged = 0
    with store.tx():
        written: dict[str, Any] = {}
        run_version = None
        if plan.fresh is not None:
            vid = tstore.save_version(store, plan.tid, "anonymised", plan.fresh.segments,
                                      parent_id=plan.src, note="anonymise (key changed)")
            db.save_spans(store, vid, plan.src, plan.fresh.spans)
            db.upsert_queue(store, plan.tid, plan.src, plan.fresh.queue)
            flagged = _sync_indirect(store, plan.tid, plan.src, plan.fresh, vid)
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
    return outdated, flagged
def _sync_indirect(store: Any, transcript_id: int, source_version: int, result: Result,
                   version_id: int | None) -> int:
    """Store the run's indirect identifiers (decisions kept); ``version_id``: the
    anonymised version the out offsets refer to (None: no stored version has this text)."""
    found = result.indirect if version_id is not None else [
        replace(f, out_start=None, out_end=None) for f in result.indirect]
    return idb.sync_flags(store, transcript_id, found, source_version=source_version,
                          version_id=version_id)


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
    # an accepted indirect identifier's words are in the source version, not the key
    source = idb.source_texts(study.store, version_id) \
        if any(s.label == INDIRECT for ss in spans_by_seg.values() for s in ss) else {}
    out = []
    for seg in segs:
        text = seg.text
        for s in sorted(spans_by_seg.get(seg.idx, []), key=lambda s: s.out_start, reverse=True):
            original = source.get(s.seg_idx, "")[s.start:s.end] or None \
                if s.label == INDIRECT else by_mac.get(s.surface_hash)
            if original is None:
                raise FeltarbeidError(t("anonymise.key_lacks_original", segment=seg.idx),
                                      hint=t("anonymise.key_lacks_original_hint"))
            text = text[:s.out_start] + original + text[s.out_end:]
        out.append(replace(seg, text=text))
    return out


def decide(study: Study, item_id: int, decision: str, *, passphrase: str | None = None) -> None:
    """A review decision on a queued hit: accepted, rejected, always or never (for the
    word in this whole study). 'always' adds the word to the key's registry."""
    store = study.store
    row = store.one("SELECT * FROM anon_queue WHERE id = ?", (item_id,))
    if row is None:
        raise FeltarbeidError(t("anonymise.no_review_item", id=item_id),
                              hint=t("anonymise.no_review_item_hint"))
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


def decide_indirect(study: Study, flag_id: int, decision: str, *, wording: str | None = None,
                    apply: bool = False, passphrase: str | None = None) -> idb.FlagRecord:
    """The researcher's decision on an indirect identifier: ``accepted`` (its suggestion,
    or ``wording`` if given: the passage is replaced by it, in brackets, in the anonymised
    version), ``dismissed`` (kept as said) or ``open`` (undecided again). With ``apply``
    the transcript is re-anonymised at once (needs the key); otherwise the next
    ``feltarbeid anonymise`` applies it. This is the one call the review app, the CLI and
    the transcript workbench use. Returns the flag as stored."""

    store = study.store
    flag = idb.get_flag(store, flag_id)
    if flag is None:
        raise FeltarbeidError(t("indirect.no_flag", id=flag_id),
                              hint=t("indirect.no_flag_hint"))
    if decision not in idb.STATUSES:
        raise ValueError(decision)
    if wording is not None:
        wording = " ".join(wording.split())
        if not wording.strip("[] "):
            raise FeltarbeidError(t("indirect.empty_wording"),
                                  hint=t("indirect.empty_wording_hint"))
    idb.set_status(store, flag_id, decision, wording if decision == "accepted" else None)
    if apply:
        run(study, passphrase=passphrase, transcript_ids=[flag.transcript_id])
    updated = idb.get_flag(store, flag_id)
    assert updated is not None
    return updated


def _near_entry(key: KeyData, text: str, start: int, end: int) -> RegistryEntry | None:
    """The registry entry whose near-miss the hit at start:end was."""
    from .detect import near_registry_hits
    from .spans import tokenise

    for h in near_registry_hits(text, tokenise(text), Registry.build(key.registry)):
        if h.start == start and h.end == end:
            return next((e for e in key.registry if e.id == h.entry_id), None)
    return None
