"""What goes out: the one place that decides which transcripts, versions and people an
export holds.

Rules (DESIGN.md "Pipeline and states"):

- by default only transcripts in state ``verified`` or ``exported``, in an anonymised text
  version (``anonymised``, or ``corrected`` made from an anonymised one);
- ``include_unverified=True`` adds ``transcribed``/``anonymised``/``in_review`` transcripts
  (and, failing an anonymised version, the verbatim one); each such document is *marked*
  (``marks``) and the mark is printed in every format;
- withdrawn material never leaves: a withdrawn transcript or recording, or a session with
  an informant whose consent is withdrawn, is left out whatever the options say;
- text the informant added afterwards (``store.review.additions``) is included as
  ``origin="added"`` passages, marked in the text;
- passages the researcher marked sensitive (``feltarbeid.sensitive``) are held back: their
  paragraph stays (speaker, time, guide item, quote id), its text is the placeholder
  "[passasje holdt tilbake]"; ``include_sensitive=True`` lets them out as they are, and the
  document says so in its header;
- reflexivity memos (``store.memos``) go out with every export, except those about an
  interview with a withdrawn informant (the leak check reads them like session notes).
- a case whose municipality is known gets the attribute ``size_class`` (its size class in
  the year of its first interview, ``feltarbeid.municipalities``); the municipality
  itself never leaves.

Documents (``feltarbeid.documents``) and their comparison tables are collected by
``export.docsource`` under rules of the same kind (released, anonymised, checked).

Everything downstream (tables, REFI-QDA, documents, quotes) works on the ``ExportSet``
built here, and renders text only through ``feltarbeid.textview``.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .. import locale
from ..domain import Case, Event, Guide, Informant, Item, Memo, Section, Segment, Session
from ..errors import FeltarbeidError
from ..sensitive import placeholder, sensitive_in
from ..store import exports as q
from ..store import memos as memo_store
from ..store import registers, review, sessions
from ..study import Study
from ..textview import Passage, TimestampStyle, render
from ..timeutil import format_clock, now_iso
from .docsource import (
    Comparison,
    ExcludedDocument,
    ExportDocument,
    collect_comparisons,
    collect_documents,
)

VERIFIED_STATES = ("verified", "exported")
UNVERIFIED_STATES = ("transcribed", "anonymised", "in_review")
INTERVIEWER = "I"

GuideLoader = Callable[[str], Guide | None]


@dataclass
class ExportDoc:
    """One transcript as it goes out."""

    key: str  # "S001", "S001-2" (second recording of a session), "R7" (no session)
    transcript_id: int
    recording_id: int
    version_id: int
    version_kind: str
    text_hash: str
    state: str
    marks: tuple[str, ...]  # () = verified and anonymised; else "unverified", "not_anonymised"
    session: Session | None
    informants: list[Informant]
    case: Case | None
    segments: list[Segment]  # what is rendered: additions included, their text marked
    raw_texts: list[str]  # the text of each segment without markers (tables)
    quote_ids: list[str]  # one per segment, stable across exports
    review_status: str
    duration: float | None
    guide: Guide | None
    created_at: str = ""  # when this text version was made (ISO); dates in the .qdpx
    recording_path: str = ""  # relative to the study folder (audio export)
    recording_sha256: str = ""
    # positions in ``segments`` of passages marked sensitive; ``held_back``: their text is
    # the placeholder (False: included on request, ``collect(include_sensitive=True)``)
    sensitive: tuple[int, ...] = ()
    held_back: bool = True
    _rendered: dict[str, tuple[str, list[Passage]]] = field(default_factory=dict, repr=False)

    @property
    def informant_codes(self) -> list[str]:
        return [i.code for i in self.informants]

    @property
    def name(self) -> str:
        """Name of the document in QDA tools and file names: 'IP01 S001'."""
        who = "+".join(self.informant_codes)
        return f"{who} {self.key}".strip()

    @property
    def session_date(self) -> str:
        s = self.session
        return (s.started_at or "")[:10] if s else ""

    def header(self, study_title: str) -> str:
        """Interview metadata at the top of documents (no names: codes, roles, dates).
        Only facts that change together with the text: no state, no export time."""
        tr = locale.t
        lines = [
            tr("export.h_study", title=study_title),
            tr("export.h_interview", key=self.key, date=self.session_date or "—"),
        ]
        for inf in self.informants:
            role = f" ({inf.role})" if inf.role else ""
            lines.append(tr("export.h_informant", code=inf.code, role=role))
        if self.case:
            lines.append(tr("export.h_case", code=self.case.code))
        if self.guide:
            lines.append(tr("export.h_guide", title=self.guide.title,
                            version=self.guide.version or "—"))
        lines.append(tr("export.h_duration", duration=format_clock(self.duration)))
        # no hash here: a run of digits in a hex hash reads as a phone number to the leak
        # check (the manifest has the full hash)
        lines.append(tr("export.h_version", kind=self.version_kind, id=self.version_id))
        # no state here (verified → exported): the text must not change under the same
        # GUID between two exports; the manifest has the state
        for mark in self.marks:
            lines.append(tr(f"export.mark_{mark}"))
        if self.sensitive:
            lines.append(tr("sensitive.h_held_back", n=len(self.sensitive)) if self.held_back
                         else locale.plural("sensitive.h_included", len(self.sensitive)))
        lines.append(tr("export.h_labels"))
        return "\n".join(lines)

    def render(self, study_title: str,
               timestamps: TimestampStyle) -> tuple[str, list[Passage]]:
        """The document text (header, then ``LABEL: text STAMP`` paragraphs) and passages.
        One passage per segment, so ``passages[i]`` belongs to ``quote_ids[i]``."""
        if timestamps not in self._rendered:
            self._rendered[timestamps] = render(
                self.segments, labels={INTERVIEWER: INTERVIEWER}, timestamps=timestamps,
                header=self.header(study_title), stamp_at="end",
            )
        return self._rendered[timestamps]


@dataclass
class Excluded:
    transcript_id: int
    reason: str  # withdrawn | not_verified | not_anonymised | no_text | superseded


@dataclass
class ExportSet:
    study_title: str
    study_id: str
    include_unverified: bool
    docs: list[ExportDoc]
    informants: list[Informant]
    cases: list[Case]
    notes: dict[str, list[Event]]  # session id -> note events
    excluded: list[Excluded]
    collected_at: str
    # every guide version stored in the study, oldest first (code names are unique across
    # all of them, so a later export with more interviews does not rename codes)
    guide_versions: list[Guide] = field(default_factory=list)
    include_sensitive: bool = False
    # documents (``export.docsource``): what goes out, what not and why, comparison tables
    documents: list[ExportDocument] = field(default_factory=list)
    excluded_documents: list[ExcludedDocument] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    # reflexivity memos, oldest first, and the informants of each memo's interview
    memos: list[Memo] = field(default_factory=list)
    memo_informants: dict[str, list[str]] = field(default_factory=dict)
    language: str = "nb"  # the study's: documents are tagged with it (nb-NO, nn-NO)

    @property
    def guides(self) -> list[Guide]:
        """The guide versions of the exported interviews."""
        seen: dict[str, Guide] = {}
        for d in self.docs:
            if d.guide:
                seen.setdefault(d.guide.content_hash or d.guide.id, d.guide)
        return list(seen.values())

    def codebook(self) -> Codebook:
        key = tuple(g.content_hash or g.id for g in self.guide_versions + self.guides)
        cached = self.__dict__.get("_codebook")
        if cached is None or cached[0] != key:
            versions = {g.content_hash or g.id: g for g in self.guide_versions + self.guides}
            cached = (key, build_codebook(list(versions.values()), self.docs))
            self.__dict__["_codebook"] = cached
        return cached[1]


@dataclass
class CodebookEntry:
    """A guide section (theme) or item as a code; ``item`` is None for a section."""

    key: str  # "section:<id>" / "item:<id>" ("section:<guide>/<id>" if two guides share id)
    name: str  # unique in the codebook (see ``build_codebook``)
    description: str
    colour: str  # "#RRGGBB", always set
    category: str
    section: Section | None
    item: Item | None
    children: list[CodebookEntry] = field(default_factory=list)


@dataclass
class Codebook:
    title: str
    sections: list[CodebookEntry]
    # (guide id, item id) → entry; guide id None for items in no guide ("other questions")
    index: dict[tuple[str | None, str], CodebookEntry] = field(default_factory=dict)

    def item_entries(self) -> dict[str, CodebookEntry]:
        """Every item code by its key."""
        return {c.key: c for s in self.sections for c in s.children}

    def entry_for(self, guide_id: str | None, item_id: str) -> CodebookEntry | None:
        """The code of an answer to ``item_id`` in an interview that used ``guide_id``."""
        return self.index.get((guide_id, item_id)) or self.index.get((None, item_id))

    def all_entries(self) -> list[CodebookEntry]:
        return [e for s in self.sections for e in (s, *s.children)]


# ------------------------------------------------------------------------------ collect


def default_guide_loader(study: Study) -> GuideLoader:
    def load(guide_hash: str) -> Guide | None:
        try:
            from ..guide import guide_by_hash  # written by the guide area
        except ImportError:
            return None
        return guide_by_hash(study.store, guide_hash)

    return load


def collect(study: Study, *, include_unverified: bool = False,
            include_sensitive: bool = False,
            guide_loader: GuideLoader | None = None) -> ExportSet:
    """Decide what an export holds (see the module docstring for the rules)."""
    store = study.store
    load_guide = guide_loader or default_guide_loader(study)
    guide_cache: dict[str, Guide | None] = {}
    informants = {i.code: i for i in registers.list_informants(store)}
    cases = _with_size_class(study, {c.code: c for c in registers.list_cases(store)})
    session_cache: dict[str, Session | None] = {}
    excluded: list[Excluded] = []

    # one transcript per recording: the most advanced, newest
    best: dict[int, dict[str, Any]] = {}
    for row in q.transcripts_with_recordings(store):
        prev = best.get(row["recording_id"])
        if prev is None or _rank(row) >= _rank(prev):
            if prev is not None:
                excluded.append(Excluded(prev["id"], "superseded"))
            best[row["recording_id"]] = row
        else:
            excluded.append(Excluded(row["id"], "superseded"))

    docs: list[ExportDoc] = []
    per_session: dict[str, int] = {}
    for row in sorted(best.values(), key=lambda r: (r["session_id"] or "~", r["recording_id"])):
        tid = row["id"]
        session = None
        if row["session_id"]:
            if row["session_id"] not in session_cache:
                session_cache[row["session_id"]] = sessions.get_session(store, row["session_id"])
            session = session_cache[row["session_id"]]
        people = [informants[c] for c in (session.informants if session else [])
                  if c in informants]
        # a purged study keeps its verified text with recordings 'deleted': still exportable
        if (row["state"] == "withdrawn" or row["recording_state"] == "withdrawn"
                or any(_withdrawn(i) for i in people)):
            excluded.append(Excluded(tid, "withdrawn"))
            continue
        marks: list[str] = []
        if row["state"] not in VERIFIED_STATES:
            if row["state"] not in UNVERIFIED_STATES:
                excluded.append(Excluded(tid, "no_text"))
                continue
            if not include_unverified:
                excluded.append(Excluded(tid, "not_verified"))
                continue
            marks.append("unverified")
        version, anonymised = _choose_version(store, tid)
        if version is None:
            excluded.append(Excluded(tid, "no_text"))
            continue
        if not anonymised:
            if not include_unverified:
                excluded.append(Excluded(tid, "not_anonymised"))
                continue
            marks.append("not_anonymised")
        guide = None
        if session and session.guide_hash:
            if session.guide_hash not in guide_cache:
                guide_cache[session.guide_hash] = load_guide(session.guide_hash)
            guide = guide_cache[session.guide_hash]
        if session:
            n = per_session[session.id] = per_session.get(session.id, 0) + 1
            key = session.id if n == 1 else f"{session.id}-{n}"
        else:
            key = f"R{row['recording_id']}"
        case_code = (session.case_code if session else None) or next(
            (i.case_code for i in people if i.case_code), None)
        segs = q.segments_without_words(store, version["id"])
        display, raw, qids = _with_additions(store, tid, segs, key, people)
        held = sensitive_in(store, tid, segs)
        positions = tuple(i for i, s in enumerate(display)
                          if s.origin != "added" and s.idx in held)
        if positions and not include_sensitive:
            gap = placeholder()
            for i in positions:
                display[i] = replace(display[i], text=gap)
                raw[i] = gap
        docs.append(ExportDoc(
            key=key, transcript_id=tid, recording_id=row["recording_id"],
            version_id=version["id"], version_kind=version["kind"],
            text_hash=version["text_hash"], state=row["state"], marks=tuple(marks),
            session=session, informants=people, case=cases.get(case_code or ""),
            segments=display, raw_texts=raw, quote_ids=qids,
            review_status=q.review_status(store, tid),
            duration=row["duration"] or (segs[-1].end if segs else None), guide=guide,
            created_at=version.get("created_at") or "",
            recording_path=row.get("recording_path") or "",
            recording_sha256=row.get("recording_sha256") or "",
            sensitive=positions, held_back=not include_sensitive,
        ))

    documents, excluded_documents = collect_documents(
        store, informants, cases, include_unverified=include_unverified)
    used_informants = {c for d in docs for c in d.informant_codes}
    used_cases = {d.case.code for d in docs if d.case} | {
        informants[c].case_code for c in used_informants if informants[c].case_code} | {
        d.case.code for d in documents if d.case}
    notes: dict[str, list[Event]] = {}
    for d in docs:
        if d.session and d.session.id not in notes:
            notes[d.session.id] = [e for e in d.session.events
                                   if e.kind == "note" and str(e.payload.get("text", "")).strip()]
    memos: list[Memo] = []
    memo_informants: dict[str, list[str]] = {}
    for m in memo_store.list_memos(store):
        if m.session_id:
            if m.session_id not in session_cache:
                session_cache[m.session_id] = sessions.get_session(store, m.session_id)
            s = session_cache[m.session_id]
            people = [informants[c] for c in (s.informants if s else []) if c in informants]
            if any(_withdrawn(i) for i in people):
                continue  # a withdrawn informant's interview: nothing about it leaves
            memo_informants[m.session_id] = [i.code for i in people]
        memos.append(m)
    return ExportSet(
        study_title=study.title, study_id=study.study_id, include_unverified=include_unverified,
        docs=docs, informants=[informants[c] for c in sorted(used_informants)],
        cases=[cases[c] for c in sorted(used_cases) if c in cases], notes=notes,
        excluded=sorted(excluded, key=lambda e: e.transcript_id), collected_at=now_iso(),
        guide_versions=_stored_guides(store, load_guide, guide_cache),
        include_sensitive=include_sensitive, documents=documents,
        excluded_documents=excluded_documents, comparisons=collect_comparisons(store),
        memos=memos, memo_informants=memo_informants,
        language=study.language,
    )


def _stored_guides(store: Any, load_guide: GuideLoader,
                   cache: dict[str, Guide | None]) -> list[Guide]:
    """Every guide version stored in the study, oldest first (those that still parse)."""
    out: list[Guide] = []
    for row in registers.list_guides(store):
        h = row["hash"]
        if h not in cache:
            try:
                cache[h] = load_guide(h)
            except FeltarbeidError:
                cache[h] = None
        if cache[h] is not None:
            out.append(cache[h])  # type: ignore[arg-type]
    return out


SIZE_CLASS_ATTRIBUTE = "size_class"


def _with_size_class(study: Study, cases: dict[str, Case]) -> dict[str, Case]:
    """Cases with their size class as an attribute (unless the researcher set one)."""
    from ..municipalities import case_places

    bounds = study.settings.get("anonymise", "size_bounds")
    for code, place in case_places(study.store, bounds).items():
        case = cases.get(code)
        if case is not None and SIZE_CLASS_ATTRIBUTE not in case.attributes:
            cases[code] = replace(case, attributes={
                **case.attributes, SIZE_CLASS_ATTRIBUTE: place.size.label(study.language)})
    return cases


def _rank(row: dict[str, Any]) -> tuple[int, int]:
    order = {"exported": 5, "verified": 5, "in_review": 4, "anonymised": 3, "transcribed": 2,
             "withdrawn": 6}  # a withdrawn transcript of a recording wins: nothing leaves
    return order.get(row["state"], 0), int(row["id"])


def _withdrawn(inf: Informant) -> bool:
    return inf.consent == "withdrawn" or bool(inf.withdrawn_at)


def _choose_version(store: Any, transcript_id: int) -> tuple[dict[str, Any] | None, bool]:
    """(version, anonymised?): the newest anonymised or corrected version — a corrected one
    counts only if it was made from an anonymised one (its parent chain) or, without a
    recorded parent, if an anonymised version existed before it. Else the newest verbatim."""
    all_versions = q.versions(store, transcript_id)
    by_id = {v["id"]: v for v in all_versions}
    for v in all_versions:
        if v["kind"] == "anonymised":
            return v, True
        if v["kind"] == "corrected":
            parent, seen = v["parent_id"], set()
            while parent is not None and parent in by_id and parent not in seen:
                seen.add(parent)
                if by_id[parent]["kind"] == "anonymised":
                    return v, True
                parent = by_id[parent]["parent_id"]
            if v["parent_id"] is None and any(
                    o["kind"] == "anonymised" and o["id"] < v["id"] for o in all_versions):
                return v, True
    verbatim = next((v for v in all_versions if v["kind"] == "verbatim"), None)
    return verbatim, False


def _with_additions(store: Any, transcript_id: int, segs: list[Segment], key: str,
                    people: list[Informant]) -> tuple[list[Segment], list[str], list[str]]:
    """Segments with the informant's accepted additions inserted after the segment they
    follow; their text marked. Quote ids: ``WHO-KEY-NNN`` (NNN = segment idx + 1),
    additions ``WHO-KEY-NNNa`` (after segment NNN)."""
    codes = {i.code for i in people}
    primary = people[0].code if people else INTERVIEWER
    after: dict[int | None, list[dict[str, Any]]] = {}
    for add in review.additions(store, transcript_id):
        target = add["after_idx"] if any(s.idx == add["after_idx"] for s in segs) else None
        after.setdefault(target, []).append(add)
    display: list[Segment] = []
    raw: list[str] = []
    qids: list[str] = []
    next_idx = (max((s.idx for s in segs), default=-1)) + 1

    def who(speaker: str) -> str:
        return speaker if speaker in codes else primary

    def add_group(prev: Segment | None, group: list[dict[str, Any]]) -> None:
        nonlocal next_idx
        base = prev.idx + 1 if prev else 0
        for n, add in enumerate(group):
            text = _one_line(add["text"])
            at = prev.end if prev else 0.0
            display.append(Segment(
                idx=next_idx, start=at, end=at, speaker=add["informant_code"],
                item_id=prev.item_id if prev else None, origin="added",
                text=locale.t("export.added_marker", text=text),
            ))
            next_idx += 1
            raw.append(text)
            qids.append(f"{who(add['informant_code'])}-{key}-{base:03d}{_letter(n)}")

    for s in segs:
        text = _one_line(s.text)
        display.append(Segment(idx=s.idx, start=s.start, end=s.end, text=text, speaker=s.speaker,
                               item_id=s.item_id, origin=s.origin))
        raw.append(text)
        qids.append(f"{who(s.speaker)}-{key}-{s.idx + 1:03d}")
        if s.idx in after:
            add_group(s, after.pop(s.idx))
    if None in after:
        add_group(segs[-1] if segs else None, after.pop(None))
    return display, raw, qids


def _letter(n: int) -> str:
    letters = string.ascii_lowercase
    return letters[n] if n < len(letters) else f"z{n}"


def _one_line(text: str) -> str:
    """Paragraph text: no line breaks, no BOM, trimmed (offsets must not shift)."""
    return " ".join(text.replace("\ufeff", "").split())


# ------------------------------------------------------------------------------ variables

# Register fields an attribute of the same name folds into: an attribute question
# ``employer`` in the guide and ``informant add --employer`` are one variable, ``employer``.
REGISTER_FIELDS = ("role", "employer", "case")


def informant_variables(inf: Informant) -> dict[str, Any]:
    """An informant's variables, each under its one name (README: "Variables"):
    ``role``, ``employer``, ``case`` (register fields; an attribute with the same name
    fills the field when the register leaves it empty) and ``informant_<name>`` for every
    other attribute. Empty values are left out."""
    attrs = {k: v for k, v in inf.attributes.items() if v not in (None, "")}
    fields = {"role": inf.role, "employer": inf.employer, "case": inf.case_code or ""}
    out: dict[str, Any] = {}
    for name in REGISTER_FIELDS:
        value = fields[name] or attrs.get(name, "")
        if value not in (None, ""):
            out[name] = value
    for k in sorted(attrs):
        if k not in REGISTER_FIELDS:
            out[f"informant_{k}"] = attrs[k]
    return out


def case_variables(case: Case | None) -> dict[str, Any]:
    """A case's variables: ``case_<name>`` for every attribute (empty values left out)."""
    if case is None:
        return {}
    return {f"case_{k}": v for k, v in sorted(case.attributes.items()) if v not in (None, "")}


# ------------------------------------------------------------------------------ codebook

# Colours of codes the guide gives none: themes take the palette in order (Tableau 10
# without its grey), questions their theme's colour, the introduction and the closing part
# fixed greys, so a QDA tool never has to draw a random one.
PALETTE = ("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1",
           "#FF9DA7", "#9C755F")
KIND_COLOURS = {"intro": "#BAB0AC", "closing": "#8C8C8C"}
OTHER_COLOUR = "#D3D3D3"
ROOT_COLOUR = "#7F7F7F"


def build_codebook(guides: list[Guide], docs: list[ExportDoc]) -> Codebook:
    """Guide sections as (codable) codes with their items as child codes, over every guide
    version given (oldest first). An item is one code across the versions of its guide (the
    stable id says it is the same question): the newest wording names it, older wordings are
    in its description. Two different guides that use the same id get two codes. Codebook
    hints give name, category and colour; every code gets a colour. Items used in
    transcripts but in no guide go under an 'other' section, so every coded passage has its
    code. Names are unique (``unique_names``)."""
    by_guide: dict[str, list[Guide]] = {}
    for g in guides:
        by_guide.setdefault(g.id, []).append(g)
    section_owners: dict[str, set[str]] = {}
    item_owners: dict[str, set[str]] = {}
    for gid, versions in by_guide.items():
        for g in versions:
            for sec in g.sections:
                section_owners.setdefault(sec.id, set()).add(gid)
                for it in sec.items:
                    item_owners.setdefault(it.id, set()).add(gid)

    def key(kind: str, gid: str, ident: str, owners: dict[str, set[str]]) -> str:
        return f"{kind}:{gid}/{ident}" if len(owners[ident]) > 1 else f"{kind}:{ident}"

    # themes without a colour of their own take the palette in the order they first appear
    themes = [(gid, i) for gid, versions in by_guide.items()
              for i in _merged_order([[s.id for s in g.sections] for g in versions])
              if _kind_of(versions, i) == "theme" and not _hint_colour(versions, i)]
    palette = {t: PALETTE[n % len(PALETTE)] for n, t in enumerate(themes)}
    sections: list[CodebookEntry] = []
    index: dict[tuple[str | None, str], CodebookEntry] = {}
    for gid, versions in by_guide.items():
        newest_first = list(reversed(versions))
        # the section of an item: where the newest version containing it puts it
        home: dict[str, str] = {}
        for g in newest_first:
            for sec in g.sections:
                for it in sec.items:
                    home.setdefault(it.id, sec.id)
        section_order = _merged_order([[s.id for s in g.sections] for g in newest_first])
        for sec_id in section_order:
            sec = next(s for g in newest_first for s in g.sections if s.id == sec_id)
            hint = sec.code
            colour = (_hint_colour(versions, sec_id) or KIND_COLOURS.get(sec.kind)
                      or palette.get((gid, sec_id), PALETTE[0]))
            entry = CodebookEntry(
                key=key("section", gid, sec_id, section_owners),
                name=(hint.code if hint and hint.code else sec.display_title.rstrip(" :."))
                or (locale.t(f"export.section_{sec.kind}") if sec.kind in KIND_COLOURS
                    else sec.id),
                description=_join(sec.display_title, hint.category if hint else "",
                                  hint.description if hint else ""),
                colour=colour, category=hint.category if hint else "", section=sec, item=None,
            )
            sections.append(entry)
            item_order = _merged_order([[it.id for it in s.items if home[it.id] == sec_id]
                                        for g in newest_first for s in g.sections
                                        if s.id == sec_id])
            for item_id in item_order:
                wordings = [(g, it) for g in newest_first for _, it in g.items()
                            if it.id == item_id]
                g_new, it = wordings[0]
                ihint = it.code
                older = list(dict.fromkeys(
                    o.text for _, o in wordings[1:] if o.text.strip() != it.text.strip()))
                child = CodebookEntry(
                    key=key("item", gid, item_id, item_owners),
                    name=(ihint.code if ihint and ihint.code else f"{it.id}: {_short(it.text)}"),
                    description=_join(it.lead_in, it.text,
                                      *(" ".join([p.text, ", ".join(p.prompts)]).strip()
                                        for p in it.probes),
                                      ihint.category if ihint else "",
                                      ihint.description if ihint else "",
                                      *(locale.t("export.code_older_wording", text=o)
                                        for o in older)),
                    colour=_colour(ihint.colour if ihint else "") or entry.colour,
                    category=(ihint.category if ihint else "") or entry.category,
                    section=g_new.section_of(item_id), item=it,
                )
                entry.children.append(child)
                index[(gid, item_id)] = child
    missing = sorted({s.item_id for d in docs for s in d.segments if s.item_id
                      and ((d.guide.id if d.guide else None), s.item_id) not in index})
    if missing:
        other = CodebookEntry(
            key="section:~other", name=locale.t("export.other_items"),
            description=locale.t("export.other_items_help"), colour=OTHER_COLOUR,
            category="", section=None, item=None)
        sections.append(other)
        for item_id in missing:
            child = CodebookEntry(
                key=f"item:{item_id}" if item_id not in item_owners else f"item:~other/{item_id}",
                name=item_id, description="", colour=OTHER_COLOUR, category="",
                section=None, item=Item(id=item_id, kind="question", text=item_id))
            other.children.append(child)
            index[(None, item_id)] = child
    title = " / ".join(dict.fromkeys(g.title for g in guides)) or locale.t("export.guide_root")
    cb = Codebook(title=title, sections=sections, index=index)
    unique_names(cb)
    return cb


def unique_names(cb: Codebook) -> None:
    """Make every code name unique (case-insensitively, with the root's title): QualCoder
    keeps one code per name and drops the codings of the others. Names that collide get
    their guide id in brackets (``Samarbeid (t2-q4)``); should that still collide, a running
    number in key order. Deterministic: the same codebook always gets the same names."""
    entries = cb.all_entries()
    taken = {cb.title.casefold()}
    groups: dict[str, list[CodebookEntry]] = {}
    for e in entries:
        groups.setdefault(e.name.casefold(), []).append(e)
    clashing = {n for n, es in groups.items() if len(es) > 1 or n in taken}
    for e in entries:
        if e.name.casefold() in clashing:
            e.name = f"{e.name} ({e.key.split(':', 1)[1]})"
    for e in sorted(entries, key=lambda x: x.key):
        base, n = e.name, 1
        while e.name.casefold() in taken:
            n += 1
            e.name = f"{base} [{n}]"
        taken.add(e.name.casefold())


def _merged_order(lists: list[list[str]]) -> list[str]:
    """Every id of the lists, in the order of the first list, then each later list's new
    ids in their own order."""
    return list(dict.fromkeys(i for lst in lists for i in lst))


def _kind_of(versions: list[Guide], section_id: str) -> str:
    return next((s.kind for g in reversed(versions) for s in g.sections if s.id == section_id),
                "theme")


def _hint_colour(versions: list[Guide], section_id: str) -> str:
    return next((_colour(s.code.colour) for g in reversed(versions) for s in g.sections
                 if s.id == section_id and s.code and _colour(s.code.colour)), "")


def _colour(value: str) -> str:
    v = value.strip()
    if len(v) in (4, 7) and v.startswith("#") and all(c in string.hexdigits for c in v[1:]):
        return v.upper()
    return ""


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _join(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())
