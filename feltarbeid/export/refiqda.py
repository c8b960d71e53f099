"""REFI-QDA 1.5 export (``.qdpx`` project, ``.qdc`` codebook) and its read-back checks.

See ``../shared/REFI-QDA.md``. The container is a ZIP with exactly one ``project.qde`` at the
root and a flat ``sources/`` folder; the XML is in ``urn:QDA-XML:project:1.0`` with the
children of ``Project`` in the schema's order (Users, CodeBook, Variables, Cases, Sources,
Notes, Sets, Description). Mapping:

- informants → ``Case`` with ``VariableValue``s (``collect.informant_variables``); study
  cases → ``Case`` with the case's variables (``collect.case_variables``): every variable
  has one name and sits on the one Case it describes; both Cases refer to the interviews;
- transcripts → ``TextSource`` with ``plainTextPath="internal://<guid>.txt"``; the file is
  UTF-8 without BOM with LF line ends, rendered by ``feltarbeid.textview`` (so offsets agree
  with review and anonymisation);
- the guide (every version stored in the study) → ``CodeBook``: a non-codable root, themes
  (sections) as codes with the guide's codebook hints (name, colour, category → ``Set``),
  items as child codes; every code has a colour and a name no other code has;
- every answer (a run of passages on one guide item) → ``PlainTextSelection`` coded with its
  item; positions are code points, end exclusive;
- session notes → ``Note`` (inline ``PlainTextContent``), anchored in the transcript: an
  uncoded ``PlainTextSelection`` on the passage nearest the recording time the note was
  written (notes without a time: the first passage) whose ``Description`` holds the notes'
  text and whose ``NoteRef``s name them. QualCoder imports such a selection as an
  annotation (its importer reads the Description of a selection without codings, as MAXQDA
  writes its in-text memos); tools that follow the standard see notes attached to a
  selection;
- reflexivity memos → project-level ``Note``s stored as files
  (``plainTextPath="internal://<guid>.txt"``, as QualCoder writes its journals, and reads
  such notes back as journal entries), by their interviewer as ``User`` (a code), with the
  time written (and changed), grouped in a ``Set``;
- with ``audio`` (``export --with-audio``): the recording as ``AudioSource``
  (``internal://<guid>.m4a``) with a ``Transcript`` (the same text) and a ``SyncPoint`` at
  the start of every spoken passage;
- unverified documents are in a ``Set`` and say so in their name and description;
  interviews whose sensitive passages were let out (``--include-sensitive``) are in a
  ``Set`` of their own;
- documents (``export.docsource``) → ``TextSource`` (header and paragraphs, rendered by
  ``textview`` without speaker labels), referred to by their case's ``Case``, members of a
  ``Set`` "Documents"; no selections (a document answers no guide question).

Stable across exports: GUIDs are uuid5 of the study id and the object, a text's GUID also
of the text itself (a changed text is a new source), and no date is "now": sources carry
the time their text version was made, notes the time they were written, the project the
earliest of those; the zip entries carry a fixed date. Two exports of an unchanged study
are byte for byte the same.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree

from .. import __version__, locale
from ..domain import Event, Memo
from ..errors import FeltarbeidError
from ..textview import Passage, TimestampStyle
from ..timeutil import format_clock, xsd_utc
from .collect import (
    Codebook,
    CodebookEntry,
    ExportDoc,
    ExportSet,
    case_variables,
    informant_variables,
)

NS = "urn:QDA-XML:project:1.0"
NS_CODEBOOK = "urn:QDA-XML:codebook:1.0"
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:feltarbeid:refi-qda")
MAX_INTERNAL_FILE = 2**31 - 1
ORIGIN = f"feltarbeid {__version__}"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # every zip entry: the same date in every export
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def guid(study_id: str, *parts: object) -> str:
    """A GUID that is the same in every export of this study for the same object."""
    return str(uuid.uuid5(GUID_NAMESPACE, ":".join([study_id, *map(str, parts)])))


def _x(text: str) -> str:
    """Text as XML allows it (no control characters)."""
    return _BAD_XML.sub("", text)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class SourceFile:
    name: str  # path inside the zip
    text: str


@dataclass
class MediaFile:
    name: str  # path inside the zip
    path: Path  # the file on disk, copied into the zip as it is


@dataclass(frozen=True)
class AudioTrack:
    """An interview's recording, ready to go into the project (``export.media``)."""

    path: Path  # the converted file (m4a) on disk
    extension: str  # "m4a"
    digest: str  # sha256 of the file


@dataclass
class Selection:
    """A pre-coded answer: where it is and what it must say (used by tests and checks)."""

    guid: str
    source_guid: str
    item_id: str
    code_guid: str
    start: int
    end: int
    quote_ids: tuple[str, ...]


@dataclass
class NoteAnchor:
    """Where session notes sit in a transcript (one anchor per passage that has notes)."""

    guid: str
    source_guid: str
    passage: int  # index into the document's passages
    start: int
    end: int
    note_guids: tuple[str, ...]
    t_rec: tuple[float | None, ...]


@dataclass
class Project:
    xml: bytes
    files: list[SourceFile]
    selections: list[Selection] = field(default_factory=list)
    anchors: list[NoteAnchor] = field(default_factory=list)
    media: list[MediaFile] = field(default_factory=list)
    audio_docs: list[str] = field(default_factory=list)  # interview keys with their audio
    sources: dict[str, str] = field(default_factory=dict)  # interview key → TextSource GUID


# ------------------------------------------------------------------------------ build


def _el(parent: etree._Element, tag: str, attrib: dict[str, str] | None = None,
        text: str | None = None) -> etree._Element:
    e = etree.SubElement(parent, f"{{{NS}}}{tag}", attrib or {})
    if text is not None:
        e.text = _x(text)
    return e


def _codes(parent: etree._Element, cb: Codebook, study_id: str, el: Any = None) -> None:
    el = el or _el
    from .collect import ROOT_COLOUR

    root = el(parent, "Code", {"guid": guid(study_id, "code", "root"),
                               "name": _x(cb.title), "isCodable": "false",
                               "color": ROOT_COLOUR})
    el(root, "Description", text=locale.t("export.guide_root_help"))

    def one(parent_el: etree._Element, entry: CodebookEntry) -> None:
        node = el(parent_el, "Code", {"guid": guid(study_id, "code", entry.key),
                                      "name": _x(entry.name), "isCodable": "true",
                                      "color": entry.colour})
        if entry.description:
            el(node, "Description", text=entry.description)
        for child in entry.children:
            one(node, child)

    for section in cb.sections:
        one(root, section)


def _variable_values(es: ExportSet) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """Variables (name → REFI type) and per case GUID key → {variable: value}: informants
    carry their own variables, study cases theirs (one name, one place each)."""
    values: dict[str, dict[str, Any]] = {}
    for inf in es.informants:
        values[f"informant:{inf.code}"] = informant_variables(inf)
    for case in es.cases:
        values[f"case:{case.code}"] = case_variables(case)
    names = sorted({k for v in values.values() for k in v})
    types = {n: _refi_type([v[n] for v in values.values() if n in v]) for n in names}
    return types, values


def _refi_type(vals: list[Any]) -> str:
    if vals and all(isinstance(v, bool) for v in vals):
        return "Boolean"
    if vals and all(isinstance(v, int) and not isinstance(v, bool) for v in vals):
        return "Integer"
    if vals and all(isinstance(v, int | float) and not isinstance(v, bool) for v in vals):
        return "Float"
    return "Text"


def _value_element(parent: etree._Element, typ: str, value: Any) -> None:
    if typ == "Boolean":
        _el(parent, "BooleanValue", text="true" if value else "false")
    elif typ == "Integer":
        _el(parent, "IntegerValue", text=str(int(value)))
    elif typ == "Float":
        _el(parent, "FloatValue", text=format(Decimal(str(value)), "f"))
    else:
        _el(parent, "TextValue", text=str(value))


def answer_blocks(doc: ExportDoc, study_title: str,
                  timestamps: TimestampStyle) -> list[tuple[str, int, int, int, int]]:
    """Runs of consecutive passages on the same guide item: (item_id, first, last passage
    index, start, end) with start = the first paragraph's start (speaker label included) and
    end = the end of the last passage's text (exclusive)."""
    _, passages = doc.render(study_title, timestamps)
    blocks: list[tuple[str, int, int, int, int]] = []
    i = 0
    while i < len(passages):
        item = passages[i].item_id
        j = i
        while j + 1 < len(passages) and passages[j + 1].item_id == item:
            j += 1
        if item:
            blocks.append((item, i, j, passages[i].para_start, passages[j].text_end))
        i = j + 1
    return blocks


def note_anchor(passages: list[Passage], t_rec: float | None) -> int | None:
    """The passage a note written at recording time ``t_rec`` (seconds) belongs to: the
    spoken passage that holds that moment, else the nearest one (the earlier on a tie); a
    note without a time goes to the first passage. None if there is no passage."""
    spoken = [i for i, p in enumerate(passages) if p.origin != "added"] or list(
        range(len(passages)))
    if not spoken:
        return None
    if t_rec is None:
        return spoken[0]

    def distance(i: int) -> float:
        p = passages[i]
        if p.start <= t_rec <= p.end:
            return 0.0
        return min(abs(t_rec - p.start), abs(t_rec - p.end))

    return min(spoken, key=lambda i: (distance(i), i))


def sync_points(passages: list[Passage]) -> list[tuple[int, int]]:
    """(character position, milliseconds) pairs for a transcript: the start of every spoken
    passage and the end of the last one, both increasing (a passage out of order in time is
    left without one); (0, 0) first, so the header maps to the start of the recording."""
    points: list[tuple[int, int]] = [(0, 0)]
    spoken = [p for p in passages if p.origin != "added"]
    for p in spoken:
        ms = round(p.start * 1000)
        if p.para_start > points[-1][0] and ms >= points[-1][1]:
            points.append((p.para_start, ms))
    if spoken:
        last = spoken[-1]
        ms = round(last.end * 1000)
        if last.text_end > points[-1][0] and ms >= points[-1][1]:
            points.append((last.text_end, ms))
    return points


def _note_text(session_id: str, ev: Event) -> str:
    stamp = f" ({format_clock(ev.t_rec)})" if ev.t_rec is not None else ""
    return f"{session_id}{stamp}: {ev.payload.get('text', '')}".strip()


def _dated(attrib: dict[str, str], when: str | None) -> dict[str, str]:
    if when:
        attrib["creationDateTime"] = when
    return attrib


def _memo_name(m: Memo) -> str:
    parts = [f"{locale.t('memo.note_prefix')} {m.label}", locale.t(f"memo.kind_{m.kind}")]
    parts += [x for x in (m.session_id, m.interviewer) if x]
    return " · ".join(parts)


def _memo_description(m: Memo) -> str:
    text = locale.t("memo.note_written", written=m.written_at[:16].replace("T", " "))
    if m.updated_at:
        text += ", " + locale.t("memo.note_updated", updated=m.updated_at[:16].replace("T", " "))
    return text


def build_project(es: ExportSet, *, timestamps: TimestampStyle = "f4",
                  researcher: str = "", with_notes: bool = True,
                  audio: Mapping[str, AudioTrack] | None = None,
                  with_memos: bool = True) -> Project:
    """The ``project.qde`` document and the source files, in memory (media files by path).
    ``audio``: interview key → its recording, for the interviews whose audio goes in.
    ``with_memos``: the reflexivity memos (``es.memos``) as Notes."""
    sid = es.study_id
    audio = audio or {}
    memos = es.memos if with_memos else []
    user = guid(sid, "user")
    rendered = {d.key: d.render(es.study_title, timestamps) for d in es.docs}
    source_guid = {d.key: guid(sid, "source", d.key, _digest(rendered[d.key][0]))
                   for d in es.docs}
    audio_guid = {d.key: guid(sid, "audio", d.key, audio[d.key].digest)
                  for d in es.docs if d.key in audio}
    created = {d.key: xsd_utc(d.created_at) or xsd_utc(d.session.started_at if d.session
                                                        else None) for d in es.docs}
    doc_texts = {d.document_id: d.render(es.study_title)[0] for d in es.documents}
    doc_guid = {d.document_id: guid(sid, "document", d.document_id,
                                    _digest(doc_texts[d.document_id])) for d in es.documents}
    doc_created = {d.document_id: xsd_utc(d.created_at) for d in es.documents}
    dates = sorted(c for c in [*created.values(), *doc_created.values()] if c)
    root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
    root.set("name", _x(es.study_title or "feltarbeid"))
    root.set("origin", ORIGIN)
    root.set("creatingUserGUID", user)
    if dates:
        root.set("creationDateTime", dates[0])
    users = _el(root, "Users")
    _el(users, "User", {"guid": user, "name": _x(researcher or "feltarbeid"), "id": "1"})
    # interviewers who wrote memos (codes, not names), so a tool shows whose memo it is
    authors = {code: guid(sid, "user", "interviewer", code)
               for code in sorted({m.interviewer for m in memos if m.interviewer})}
    for n, (code, g) in enumerate(authors.items(), start=2):
        _el(users, "User", {"guid": g, "name": _x(code), "id": str(n)})

    cb = es.codebook()
    codebook = _el(root, "CodeBook")
    _codes(_el(codebook, "Codes"), cb, sid)

    types, values = _variable_values(es)
    if types:
        variables = _el(root, "Variables")
        for name, typ in types.items():
            _el(variables, "Variable", {"guid": guid(sid, "variable", name), "name": _x(name),
                                        "typeOfVariable": typ})

    if es.informants or es.cases:
        cases_el = _el(root, "Cases")
        for kind, code, label in [("informant", i.code, i.code) for i in es.informants] + [
                ("case", c.code, locale.t("export.case_name", code=c.code)) for c in es.cases]:
            case_el = _el(cases_el, "Case", {"guid": guid(sid, "case", kind, code),
                                             "name": _x(label)})
            for name, value in values.get(f"{kind}:{code}", {}).items():
                vv = _el(case_el, "VariableValue")
                _el(vv, "VariableRef", {"targetGUID": guid(sid, "variable", name)})
                _value_element(vv, types[name], value)
            for d in es.docs:
                belongs = (code in d.informant_codes if kind == "informant"
                           else d.case is not None and d.case.code == code)
                if belongs:
                    _el(case_el, "SourceRef", {"targetGUID": source_guid[d.key]})
                    if d.key in audio_guid:
                        _el(case_el, "SourceRef", {"targetGUID": audio_guid[d.key]})
            if kind == "case":
                for doc in es.documents:
                    if doc.case is not None and doc.case.code == code:
                        _el(case_el, "SourceRef", {"targetGUID": doc_guid[doc.document_id]})

    files: list[SourceFile] = []
    media: list[MediaFile] = []
    selections: list[Selection] = []
    anchors: list[NoteAnchor] = []
    notes: list[tuple[str, str, Event]] = []  # (note guid, session id, event)
    sources_el = _el(root, "Sources") if es.docs or es.documents else None
    noted: set[str] = set()
    for d in es.docs:
        text, passages = rendered[d.key]
        g = source_guid[d.key]
        when = created[d.key]
        marks = "".join(f" [{locale.t(f'export.mark_short_{m}')}]" for m in d.marks)
        ts = _el(sources_el, "TextSource", _dated({
            "guid": g, "name": _x(d.name + marks), "plainTextPath": f"internal://{g}.txt",
            "creatingUser": user}, when))
        _el(ts, "Description", text=d.header(es.study_title))
        occurrence: dict[str, int] = {}
        guide_id = d.guide.id if d.guide else None
        for item_id, first, last, start, end in answer_blocks(d, es.study_title, timestamps):
            entry = cb.entry_for(guide_id, item_id)
            assert entry is not None  # build_codebook gives every item of a transcript one
            code_g = guid(sid, "code", entry.key)
            k = occurrence[item_id] = occurrence.get(item_id, 0) + 1
            sel_g = guid(sid, "selection", g, item_id, k)
            qids = (d.quote_ids[first], d.quote_ids[last])
            sel = _el(ts, "PlainTextSelection", _dated({
                "guid": sel_g, "name": _x(f"{item_id}: {qids[0]}–{qids[1]}"),
                "startPosition": str(start), "endPosition": str(end),
                "creatingUser": user}, when))
            coding = _el(sel, "Coding", _dated({"guid": guid(sid, "coding", sel_g),
                                                "creatingUser": user}, when))
            _el(coding, "CodeRef", {"targetGUID": code_g})
            selections.append(Selection(sel_g, g, item_id, code_g, start, end,
                                        tuple(d.quote_ids[first:last + 1])))
        if (with_notes and d.session and d.session.id in es.notes
                and d.session.id not in noted):
            noted.add(d.session.id)
            by_passage: dict[int, list[Event]] = {}
            for ev in es.notes[d.session.id]:
                at = note_anchor(passages, ev.t_rec)
                if at is not None:
                    by_passage.setdefault(at, []).append(ev)
            for at, events in sorted(by_passage.items()):
                p = passages[at]
                note_gs = tuple(guid(sid, "note", d.session.id, ev.seq) for ev in events)
                anchor_g = guid(sid, "note-anchor", g, at)
                first_time = events[0].t_rec
                sel = _el(ts, "PlainTextSelection", _dated({
                    "guid": anchor_g,
                    "name": _x(locale.t("export.note_anchor", clock=format_clock(first_time))
                               if first_time is not None
                               else locale.t("export.note_anchor_start")),
                    "startPosition": str(p.para_start), "endPosition": str(p.text_end),
                    "creatingUser": user}, xsd_utc(events[0].at)))
                _el(sel, "Description",
                    text="\n\n".join(_note_text(d.session.id, ev) for ev in events))
                for note_g in note_gs:
                    _el(sel, "NoteRef", {"targetGUID": note_g})
                anchors.append(NoteAnchor(anchor_g, g, at, p.para_start, p.text_end, note_gs,
                                          tuple(ev.t_rec for ev in events)))
                notes.extend((ng, d.session.id, ev) for ng, ev in zip(note_gs, events,
                                                                       strict=True))
        _check_size(len(text.encode("utf-8")), d.name)
        files.append(SourceFile(f"sources/{g}.txt", text))

    for d in es.docs:
        if d.key not in audio_guid:
            continue
        track, ag = audio[d.key], audio_guid[d.key]
        text, passages = rendered[d.key]
        _check_size(track.path.stat().st_size, d.name)
        name = f"{d.name}.{track.extension}"
        au = _el(sources_el, "AudioSource", _dated({
            "guid": ag, "name": _x(name), "path": f"internal://{ag}.{track.extension}",
            "creatingUser": user}, created[d.key]))
        _el(au, "Description", text=locale.t("export.audio_description", name=d.name))
        tg = guid(sid, "transcript", ag, source_guid[d.key])
        tr = _el(au, "Transcript", _dated({
            "guid": tg, "name": _x(f"{name}.txt"), "plainTextPath": f"internal://{tg}.txt",
            "creatingUser": user}, created[d.key]))
        for n, (pos, ms) in enumerate(sync_points(passages)):
            _el(tr, "SyncPoint", {"guid": guid(sid, "sync", tg, n), "timeStamp": str(ms),
                                  "position": str(pos)})
        files.append(SourceFile(f"sources/{tg}.txt", text))
        media.append(MediaFile(f"sources/{ag}.{track.extension}", track.path))

    for doc in es.documents:
        g = doc_guid[doc.document_id]
        text = doc_texts[doc.document_id]
        marks = "".join(f" [{locale.t(f'export.mark_short_{m}')}]" for m in doc.marks)
        ts = _el(sources_el, "TextSource", _dated({
            "guid": g, "name": _x(doc.name + marks), "plainTextPath": f"internal://{g}.txt",
            "creatingUser": user}, doc_created[doc.document_id]))
        _el(ts, "Description", text=doc.header(es.study_title))
        _check_size(len(text.encode("utf-8")), doc.name)
        files.append(SourceFile(f"sources/{g}.txt", text))

    if notes or memos:
        notes_el = _el(root, "Notes")
        for note_g, session_id, ev in notes:
            note = _el(notes_el, "Note", _dated({
                "guid": note_g, "name": _x(locale.t("export.note_name", session=session_id,
                                                    seq=ev.seq)),
                "creatingUser": user}, xsd_utc(ev.at)))
            _el(note, "PlainTextContent", text=_note_text(session_id, ev))
        for m in memos:
            memo_g = guid(sid, "memo", m.id)
            author = authors.get(m.interviewer, user)
            attrib = _dated({"guid": memo_g, "name": _x(_memo_name(m)),
                             "plainTextPath": f"internal://{memo_g}.txt",
                             "creatingUser": author}, xsd_utc(m.written_at))
            if m.updated_at and xsd_utc(m.updated_at):
                attrib.update({"modifyingUser": author,
                               "modifiedDateTime": xsd_utc(m.updated_at) or ""})
            note = _el(notes_el, "Note", attrib)
            _el(note, "Description", text=_memo_description(m))
            body = _x(m.text.replace("\r\n", "\n").replace("\r", "\n"))
            files.append(SourceFile(f"sources/{memo_g}.txt", body))

    sets: list[tuple[str, str, list[tuple[str, str]]]] = []
    categories: dict[str, list[str]] = {}
    for section in cb.sections:
        for entry in [section, *section.children]:
            if entry.category:
                categories.setdefault(entry.category, []).append(guid(sid, "code", entry.key))
    for cat, code_guids in categories.items():
        sets.append((guid(sid, "set", "category", cat), cat,
                     [("MemberCode", c) for c in code_guids]))
    marked = [source_guid[d.key] for d in es.docs if d.marks] + [
        doc_guid[d.document_id] for d in es.documents if d.marks]
    if marked:
        sets.append((guid(sid, "set", "marked"), locale.t("export.set_marked"),
                     [("MemberSource", g) for g in marked]))
    if es.documents:
        sets.append((guid(sid, "set", "documents"), locale.t("documents.set_documents"),
                     [("MemberSource", doc_guid[d.document_id]) for d in es.documents]))
    included = [d for d in es.docs if d.sensitive and not d.held_back]
    if included:
        sets.append((guid(sid, "set", "sensitive"), locale.t("sensitive.set_included"),
                     [("MemberSource", source_guid[d.key]) for d in included]))
    if memos:
        sets.append((guid(sid, "set", "memos"), locale.t("memo.set_name"),
                     [("MemberNote", guid(sid, "memo", m.id)) for m in memos]))
    if sets:
        sets_el = _el(root, "Sets")
        for set_g, name, members in sets:
            set_el = _el(sets_el, "Set", {"guid": set_g, "name": _x(name)})
            for tag, target in members:
                _el(set_el, tag, {"targetGUID": target})
    description = locale.plural("export.project_description", len(es.docs))
    if es.documents:
        description += " " + locale.plural("documents.project_description", len(es.documents))
    _el(root, "Description", text=description)
    xml = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return Project(xml=xml, files=files, selections=selections, anchors=anchors, media=media,
                   audio_docs=[d.key for d in es.docs if d.key in audio_guid],
                   sources={**source_guid, **{d.key: doc_guid[d.document_id]
                                              for d in es.documents}})


def _check_size(size: int, name: str) -> None:
    if size > MAX_INTERNAL_FILE:
        raise FeltarbeidError(locale.t("export.too_large", name=name),
                              hint=locale.t("export.too_large_hint"))


def write_qdpx(project: Project, path: Path) -> Path:
    """Write the ZIP atomically: ``project.qde`` first, then ``sources/<guid>.txt``, then
    media files (stored, not compressed again). Every entry has the same fixed date and
    permissions, so the same project gives the same bytes."""
    tmp = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w") as z:
            z.writestr(_entry("project.qde", zipfile.ZIP_DEFLATED), project.xml)
            for f in project.files:
                z.writestr(_entry(f.name, zipfile.ZIP_DEFLATED), f.text.encode("utf-8"))
            for m in project.media:
                with open(m.path, "rb") as src, z.open(_entry(m.name, zipfile.ZIP_STORED),
                                                       "w", force_zip64=True) as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _entry(name: str, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = compression
    info.external_attr = 0o600 << 16  # read by the owner only, like the study's files
    return info


def build_codebook_xml(es: ExportSet) -> bytes:
    """The codebook alone (``.qdc``, namespace ``urn:QDA-XML:codebook:1.0``)."""
    cb = es.codebook()
    root = etree.Element(f"{{{NS_CODEBOOK}}}CodeBook", nsmap={None: NS_CODEBOOK})
    root.set("origin", ORIGIN)

    def el(parent: etree._Element, tag: str, attrib: dict[str, str] | None = None,
           text: str | None = None) -> etree._Element:
        e = etree.SubElement(parent, f"{{{NS_CODEBOOK}}}{tag}", attrib or {})
        if text is not None:
            e.text = _x(text)
        return e

    _codes(el(root, "Codes"), cb, es.study_id, el)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


# ------------------------------------------------------------------------------ read back


@dataclass
class ReadSelection:
    source_name: str
    start: int
    end: int
    text: str
    codes: list[str]  # code names


def read_qdpx(path: Path) -> tuple[etree._Element, dict[str, str]]:
    """The parsed ``project.qde`` and the text of every ``.txt`` under ``sources/``."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("project.qde"))
        texts = {n: z.read(n).decode("utf-8") for n in z.namelist()
                 if n.startswith("sources/") and n.endswith(".txt")}
    return root, texts


def coded_selections(path: Path) -> list[ReadSelection]:
    """Every PlainTextSelection of a ``.qdpx`` with its text and code names."""
    root, texts = read_qdpx(path)
    q = {"q": NS}
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", q)}
    out = []
    for ts in root.iterfind(".//q:Sources/q:TextSource", q):
        text = texts.get("sources/" + ts.get("plainTextPath", "").removeprefix("internal://"),
                         "")
        for sel in ts.iterfind("q:PlainTextSelection", q):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            names = [codes.get(r.get("targetGUID"), "?")
                     for r in sel.iterfind("q:Coding/q:CodeRef", q)]
            out.append(ReadSelection(ts.get("name", ""), start, end, text[start:end], names))
    return out


def check_qdpx(path: Path) -> list[str]:
    """What the XSD cannot check: container layout, unique GUIDs, every reference resolves,
    every internal file exists (texts UTF-8, no BOM, no CR), selections and sync points inside
    their text, exactly one of PlainTextContent/plainTextPath, every code coloured and named
    differently from every other (QualCoder merges codes of one name and loses their
    codings). Returns the problems (empty = fine)."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if names.count("project.qde") != 1:
            problems.append("the zip must hold exactly one project.qde at its root")
        for n in names:
            if n != "project.qde" and (not n.startswith("sources/") or n.count("/") != 1
                                       or n == "sources/"):
                problems.append(f"unexpected entry {n} (only project.qde and sources/<file>)")
        raw = {n: z.read(n) for n in names if n.startswith("sources/") and n.endswith(".txt")}
    root, _ = read_qdpx(path)
    if etree.QName(root).namespace != NS:
        problems.append(f"root element is not in {NS}")
    q = {"q": NS}
    guids: dict[str, str] = {}
    for e in root.iter():
        g = e.get("guid")
        if g is None:
            continue
        if g.lower() in guids:
            problems.append(f"GUID {g} used twice ({guids[g.lower()]} and "
                            f"{etree.QName(e).localname})")
        guids[g.lower()] = etree.QName(e).localname
    kinds = {
        "CodeRef": {"Code"}, "MemberCode": {"Code"}, "VariableRef": {"Variable"},
        "SourceRef": {"TextSource", "PictureSource", "PDFSource", "AudioSource", "VideoSource"},
        "MemberSource": {"TextSource", "PictureSource", "PDFSource", "AudioSource",
                         "VideoSource"},
        "NoteRef": {"Note"}, "MemberNote": {"Note"},
        "SelectionRef": {"PlainTextSelection", "PictureSelection", "PDFSelection",
                         "AudioSelection", "VideoSelection", "TranscriptSelection"},
    }
    for e in root.iter():
        tag = etree.QName(e).localname
        if tag in kinds:
            target = (e.get("targetGUID") or "").lower()
            if guids.get(target) not in kinds[tag]:
                problems.append(f"{tag} → {e.get('targetGUID')} does not name a "
                                f"{'/'.join(sorted(kinds[tag]))}")
        for attr in ("creatingUser", "modifyingUser", "creatingUserGUID"):
            if e.get(attr) and guids.get(e.get(attr).lower()) != "User":
                problems.append(f"{tag}@{attr} {e.get(attr)} is not a User")
    code_names: set[str] = set()
    for code in root.iter(f"{{{NS}}}Code"):
        name = code.get("name") or ""
        if not code.get("color"):
            problems.append(f"code {name!r} has no colour")
        if name.casefold() in code_names:
            problems.append(f"code name {name!r} used twice")
        code_names.add(name.casefold())
    for av in [*root.iterfind(".//q:AudioSource", q), *root.iterfind(".//q:VideoSource", q)]:
        media = av.get("path") or ""
        if media.startswith("internal://") and (
                "sources/" + media.removeprefix("internal://")) not in names:
            problems.append(f"{av.get('name')}: {media} is missing from the zip")
    for ts in [*root.iterfind(".//q:TextSource", q), *root.iterfind(".//q:Note", q),
               *root.iterfind(".//q:Transcript", q)]:
        has_content = ts.find("q:PlainTextContent", q) is not None
        path_attr = ts.get("plainTextPath")
        if has_content == bool(path_attr):
            problems.append(f"{ts.get('name')}: needs exactly one of PlainTextContent or "
                            "plainTextPath")
        text = ""
        if path_attr:
            if not path_attr.startswith("internal://"):
                problems.append(f"{ts.get('name')}: plainTextPath {path_attr} is not internal")
                continue
            fname = "sources/" + path_attr.removeprefix("internal://")
            if fname not in raw:
                problems.append(f"{ts.get('name')}: {fname} is missing from the zip")
                continue
            data = raw[fname]
            if data.startswith(b"\xef\xbb\xbf"):
                problems.append(f"{fname}: starts with a BOM")
            if b"\r" in data:
                problems.append(f"{fname}: has CR line ends")
            text = data.decode("utf-8")
        else:
            text = ts.findtext("q:PlainTextContent", "", q)
        for sel in ts.iterfind("q:PlainTextSelection", q):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            if not 0 <= start < end <= len(text):
                problems.append(f"{ts.get('name')}: selection {sel.get('guid')} [{start}, {end})"
                                f" is outside its text (length {len(text)})")
        last = (-1, -1)
        for sp in ts.iterfind("q:SyncPoint", q):
            pos, ms = int(sp.get("position", "0")), int(sp.get("timeStamp", "0"))
            if not 0 <= pos <= len(text) or pos <= last[0] or ms < last[1]:
                problems.append(f"{ts.get('name')}: sync point {sp.get('guid')} ({pos}, {ms} ms)"
                                " is outside its text or out of order")
            last = (pos, ms)
    return problems
