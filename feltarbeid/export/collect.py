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
  ``origin="added"`` passages, marked in the text.

Everything downstream (tables, REFI-QDA, documents, quotes) works on the ``ExportSet``
built here, and renders text only through ``feltarbeid.textview``.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import locale
from ..domain import Case, Event, Guide, Informant, Item, Section, Segment, Session
from ..store import exports as q
from ..store import registers, review, sessions
from ..study import Study
from ..textview import Passage, TimestampStyle, render
from ..timeutil import format_clock, now_iso

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
        """Interview metadata at the top of documents (no names: codes, roles, dates)."""
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
        lines.append(tr("export.h_status", state=self.state))
        for mark in self.marks:
            lines.append(tr(f"export.mark_{mark}"))
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
    language: str = "nb"  # the study's: documents are tagged with it (nb-NO, nn-NO)

    @property
    def guides(self) -> list[Guide]:
        seen: dict[str, Guide] = {}
        for d in self.docs:
            if d.guide:
                seen.setdefault(d.guide.content_hash or d.guide.id, d.guide)
        return list(seen.values())

    def codebook(self) -> Codebook:
        return build_codebook(self.guides, self.docs)


@dataclass
class CodebookEntry:
    """A guide section (theme) or item as a code; ``item`` is None for a section."""

    key: str  # "section:<id>" / "item:<id>"
    name: str
    description: str
    colour: str
    category: str
    section: Section | None
    item: Item | None
    children: list[CodebookEntry] = field(default_factory=list)


@dataclass
class Codebook:
    title: str
    sections: list[CodebookEntry]

    def item_entries(self) -> dict[str, CodebookEntry]:
        return {c.item.id if c.item else c.key: c for s in self.sections for c in s.children}


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
            guide_loader: GuideLoader | None = None) -> ExportSet:
    """Decide what an export holds (see the module docstring for the rules)."""
    store = study.store
    load_guide = guide_loader or default_guide_loader(study)
    guide_cache: dict[str, Guide | None] = {}
    informants = {i.code: i for i in registers.list_informants(store)}
    cases = {c.code: c for c in registers.list_cases(store)}
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
        docs.append(ExportDoc(
            key=key, transcript_id=tid, recording_id=row["recording_id"],
            version_id=version["id"], version_kind=version["kind"],
            text_hash=version["text_hash"], state=row["state"], marks=tuple(marks),
            session=session, informants=people, case=cases.get(case_code or ""),
            segments=display, raw_texts=raw, quote_ids=qids,
            review_status=q.review_status(store, tid),
            duration=row["duration"] or (segs[-1].end if segs else None), guide=guide,
        ))

    used_informants = {c for d in docs for c in d.informant_codes}
    used_cases = {d.case.code for d in docs if d.case} | {
        informants[c].case_code for c in used_informants if informants[c].case_code}
    notes: dict[str, list[Event]] = {}
    for d in docs:
        if d.session and d.session.id not in notes:
            notes[d.session.id] = [e for e in d.session.events
                                   if e.kind == "note" and str(e.payload.get("text", "")).strip()]
    return ExportSet(
        study_title=study.title, study_id=study.study_id, include_unverified=include_unverified,
        docs=docs, informants=[informants[c] for c in sorted(used_informants)],
        cases=[cases[c] for c in sorted(used_cases) if c in cases], notes=notes,
        excluded=sorted(excluded, key=lambda e: e.transcript_id), collected_at=now_iso(),
        language=study.language,
    )


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


# ------------------------------------------------------------------------------ codebook


def build_codebook(guides: list[Guide], docs: list[ExportDoc]) -> Codebook:
    """Guide sections as (codable) codes with their items as child codes; codebook hints
    give name, category and colour. Items used in transcripts but in no guide go under an
    'other' section, so every coded passage has its code."""
    sections: dict[str, CodebookEntry] = {}
    items: set[str] = set()
    for guide in guides:
        for sec in guide.sections:
            entry = sections.get(sec.id)
            if entry is None:
                hint = sec.code
                entry = sections[sec.id] = CodebookEntry(
                    key=f"section:{sec.id}",
                    name=(hint.code if hint and hint.code else
                          sec.display_title.rstrip(" :.")) or sec.id,
                    description=_join(sec.display_title, hint.category if hint else "",
                                      hint.description if hint else ""),
                    colour=_colour(hint.colour if hint else ""), category=(
                        hint.category if hint else ""), section=sec, item=None,
                )
            for it in sec.items:
                if it.id in items:
                    continue
                items.add(it.id)
                hint = it.code
                entry.children.append(CodebookEntry(
                    key=f"item:{it.id}",
                    name=(hint.code if hint and hint.code else f"{it.id}: {_short(it.text)}"),
                    description=_join(it.lead_in, it.text,
                                      *(" ".join([p.text, ", ".join(p.prompts)]).strip()
                                        for p in it.probes),
                                      hint.category if hint else "",
                                      hint.description if hint else ""),
                    colour=_colour(hint.colour if hint else "") or entry.colour,
                    category=(hint.category if hint else "") or entry.category,
                    section=sec, item=it,
                ))
    missing = sorted({s.item_id for d in docs for s in d.segments if s.item_id} - items)
    if missing:
        other = sections["~other"] = CodebookEntry(
            key="section:~other", name=locale.t("export.other_items"),
            description=locale.t("export.other_items_help"), colour="", category="",
            section=None, item=None)
        for item_id in missing:
            other.children.append(CodebookEntry(
                key=f"item:{item_id}", name=item_id, description="", colour="", category="",
                section=None, item=Item(id=item_id, kind="question", text=item_id)))
    title = " / ".join(g.title for g in guides) or locale.t("export.guide_root")
    return Codebook(title=title, sections=list(sections.values()))


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
