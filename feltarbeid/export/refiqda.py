"""REFI-QDA 1.5 export (``.qdpx`` project, ``.qdc`` codebook) and its read-back checks.

See ``../shared/REFI-QDA.md``. The container is a ZIP with exactly one ``project.qde`` at the
root and a flat ``sources/`` folder; the XML is in ``urn:QDA-XML:project:1.0`` with the
children of ``Project`` in the schema's order (Users, CodeBook, Variables, Cases, Sources,
Notes, Sets, Description). Mapping:

- informants → ``Case`` with ``VariableValue``s (role, employer, case and the generalised
  attributes) and ``SourceRef``s to their interviews; study cases → ``Case`` too;
- transcripts → ``TextSource`` with ``plainTextPath="internal://<guid>.txt"``; the file is
  UTF-8 without BOM with LF line ends, rendered by ``feltarbeid.textview`` (so offsets agree
  with review and anonymisation);
- the guide → ``CodeBook``: a non-codable root, themes (sections) as codes with the guide's
  codebook hints (name, colour, category → ``Set``), items as child codes;
- every answer (a run of passages on one guide item) → ``PlainTextSelection`` coded with its
  item; positions are code points, end exclusive;
- session notes → ``Note`` (inline ``PlainTextContent``) with a ``NoteRef`` from the source;
- unverified documents are in a ``Set`` and say so in their name and description.

GUIDs are uuid5 of the study id and the object, so two exports give the same GUIDs.
"""

from __future__ import annotations

import os
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree

from .. import __version__, locale
from ..errors import FeltarbeidError
from ..textview import TimestampStyle
from .collect import Codebook, CodebookEntry, ExportDoc, ExportSet

NS = "urn:QDA-XML:project:1.0"
NS_CODEBOOK = "urn:QDA-XML:codebook:1.0"
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:feltarbeid:refi-qda")
MAX_INTERNAL_FILE = 2**31 - 1
ORIGIN = f"feltarbeid {__version__}"
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def guid(study_id: str, *parts: object) -> str:
    """A GUID that is the same in every export of this study for the same object."""
    return str(uuid.uuid5(GUID_NAMESPACE, ":".join([study_id, *map(str, parts)])))


def _x(text: str) -> str:
    """Text as XML allows it (no control characters)."""
    return _BAD_XML.sub("", text)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class SourceFile:
    name: str  # path inside the zip
    text: str


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
class Project:
    xml: bytes
    files: list[SourceFile]
    selections: list[Selection] = field(default_factory=list)


# ------------------------------------------------------------------------------ build


def _el(parent: etree._Element, tag: str, attrib: dict[str, str] | None = None,
        text: str | None = None) -> etree._Element:
    e = etree.SubElement(parent, f"{{{NS}}}{tag}", attrib or {})
    if text is not None:
        e.text = _x(text)
    return e


def _codes(parent: etree._Element, cb: Codebook, study_id: str, el: Any = None) -> None:
    el = el or _el
    root = el(parent, "Code", {"guid": guid(study_id, "code", "root"),
                               "name": _x(cb.title), "isCodable": "false"})
    el(root, "Description", text=locale.t("export.guide_root_help"))

    def one(parent_el: etree._Element, entry: CodebookEntry) -> None:
        attrib = {"guid": guid(study_id, "code", entry.key), "name": _x(entry.name),
                  "isCodable": "true"}
        if entry.colour:
            attrib["color"] = entry.colour
        node = el(parent_el, "Code", attrib)
        if entry.description:
            el(node, "Description", text=entry.description)
        for child in entry.children:
            one(node, child)

    for section in cb.sections:
        one(root, section)


def _variable_values(es: ExportSet) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """Variables (name → REFI type) and per case GUID key → {variable: value}."""
    values: dict[str, dict[str, Any]] = {}
    cases = {c.code: c for c in es.cases}
    for inf in es.informants:
        v: dict[str, Any] = {}
        if inf.role:
            v["role"] = inf.role
        if inf.employer:
            v["employer"] = inf.employer
        if inf.case_code:
            v["case"] = inf.case_code
        for k, val in sorted(inf.attributes.items()):
            if val not in (None, ""):
                v[f"informant_{k}"] = val
        case = cases.get(inf.case_code or "")
        for k, val in sorted(case.attributes.items()) if case else ():
            if val not in (None, ""):
                v[f"case_{k}"] = val
        values[f"informant:{inf.code}"] = v
    for case in es.cases:
        values[f"case:{case.code}"] = {f"case_{k}": val for k, val in
                                      sorted(case.attributes.items()) if val not in (None, "")}
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


def build_project(es: ExportSet, *, timestamps: TimestampStyle = "f4",
                  researcher: str = "", with_notes: bool = True) -> Project:
    """The ``project.qde`` document and the source files, in memory."""
    sid = es.study_id
    user = guid(sid, "user")
    created = _now()
    root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
    root.set("name", _x(es.study_title or "feltarbeid"))
    root.set("origin", ORIGIN)
    root.set("creatingUserGUID", user)
    root.set("creationDateTime", created)
    users = _el(root, "Users")
    _el(users, "User", {"guid": user, "name": _x(researcher or "feltarbeid"), "id": "1"})

    cb = es.codebook()
    codebook = _el(root, "CodeBook")
    _codes(_el(codebook, "Codes"), cb, sid)
    item_codes = {e.item.id: guid(sid, "code", e.key) for e in cb.item_entries().values()
                  if e.item}

    types, values = _variable_values(es)
    if types:
        variables = _el(root, "Variables")
        for name, typ in types.items():
            _el(variables, "Variable", {"guid": guid(sid, "variable", name), "name": _x(name),
                                        "typeOfVariable": typ})

    source_guid = {d.key: guid(sid, "source", d.key) for d in es.docs}
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

    note_guids: dict[str, list[tuple[str, Any]]] = {}
    if with_notes:
        for session_id, events in es.notes.items():
            note_guids[session_id] = [(guid(sid, "note", session_id, e.seq), e) for e in events]

    files: list[SourceFile] = []
    selections: list[Selection] = []
    sources_el = _el(root, "Sources") if es.docs else None
    noted: set[str] = set()
    for d in es.docs:
        text, passages = d.render(es.study_title, timestamps)
        g = source_guid[d.key]
        marks = "".join(f" [{locale.t(f'export.mark_short_{m}')}]" for m in d.marks)
        ts = _el(sources_el, "TextSource", {
            "guid": g, "name": _x(d.name + marks), "plainTextPath": f"internal://{g}.txt",
            "creatingUser": user, "creationDateTime": created,
        })
        _el(ts, "Description", text=d.header(es.study_title))
        occurrence: dict[str, int] = {}
        for item_id, first, last, start, end in answer_blocks(d, es.study_title, timestamps):
            k = occurrence[item_id] = occurrence.get(item_id, 0) + 1
            sel_g = guid(sid, "selection", d.key, item_id, k)
            qids = (d.quote_ids[first], d.quote_ids[last])
            sel = _el(ts, "PlainTextSelection", {
                "guid": sel_g, "name": _x(f"{item_id}: {qids[0]}–{qids[1]}"),
                "startPosition": str(start), "endPosition": str(end),
                "creatingUser": user, "creationDateTime": created,
            })
            coding = _el(sel, "Coding", {"guid": guid(sid, "coding", sel_g),
                                         "creatingUser": user, "creationDateTime": created})
            _el(coding, "CodeRef", {"targetGUID": item_codes[item_id]})
            selections.append(Selection(sel_g, g, item_id, item_codes[item_id], start, end,
                                        tuple(d.quote_ids[first:last + 1])))
        if d.session and d.session.id in note_guids and d.session.id not in noted:
            noted.add(d.session.id)
            for note_g, _ in note_guids[d.session.id]:
                _el(ts, "NoteRef", {"targetGUID": note_g})
        data = text.encode("utf-8")
        if len(data) > MAX_INTERNAL_FILE:
            raise FeltarbeidError(
                f"transcript {d.name} is larger than REFI-QDA allows (2 GiB)",
                hint="export it as a transcript document instead")
        files.append(SourceFile(f"sources/{g}.txt", text))

    all_notes = [(s, g, e) for s, lst in note_guids.items() for g, e in lst]
    if all_notes:
        notes_el = _el(root, "Notes")
        for session_id, note_g, ev in all_notes:
            note = _el(notes_el, "Note", {
                "guid": note_g, "name": _x(locale.t("export.note_name", session=session_id,
                                                    seq=ev.seq)),
                "creatingUser": user, "creationDateTime": created,
            })
            stamp = f" ({_clock(ev.t_rec)})" if ev.t_rec is not None else ""
            _el(note, "PlainTextContent",
                text=f"{session_id}{stamp}: {ev.payload.get('text', '')}".strip())

    sets: list[tuple[str, str, list[tuple[str, str]]]] = []
    categories: dict[str, list[str]] = {}
    for section in cb.sections:
        for entry in [section, *section.children]:
            if entry.category:
                categories.setdefault(entry.category, []).append(guid(sid, "code", entry.key))
    for cat, code_guids in categories.items():
        sets.append((guid(sid, "set", "category", cat), cat,
                     [("MemberCode", c) for c in code_guids]))
    marked = [d for d in es.docs if d.marks]
    if marked:
        sets.append((guid(sid, "set", "marked"), locale.t("export.set_marked"),
                     [("MemberSource", source_guid[d.key]) for d in marked]))
    if sets:
        sets_el = _el(root, "Sets")
        for set_g, name, members in sets:
            set_el = _el(sets_el, "Set", {"guid": set_g, "name": _x(name)})
            for tag, target in members:
                _el(set_el, tag, {"targetGUID": target})
    _el(root, "Description", text=locale.t("export.project_description",
                                           n=len(es.docs), at=created))
    xml = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return Project(xml=xml, files=files, selections=selections)


def _clock(seconds: float) -> str:
    whole = int(max(seconds, 0))
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def write_qdpx(project: Project, path: Path) -> Path:
    """Write the ZIP atomically: ``project.qde`` first, then ``sources/<guid>.txt``."""
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("project.qde", project.xml)
        for f in project.files:
            z.writestr(f.name, f.text.encode("utf-8"))
    os.replace(tmp, path)
    return path


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
    """The parsed ``project.qde`` and the text of every file under ``sources/``."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("project.qde"))
        texts = {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("sources/")}
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
    every internal file exists (UTF-8, no BOM, no CR), selections inside their text, exactly
    one of PlainTextContent/plainTextPath. Returns the problems (empty = fine)."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if names.count("project.qde") != 1:
            problems.append("the zip must hold exactly one project.qde at its root")
        for n in names:
            if n != "project.qde" and (not n.startswith("sources/") or n.count("/") != 1
                                       or n == "sources/"):
                problems.append(f"unexpected entry {n} (only project.qde and sources/<file>)")
        raw = {n: z.read(n) for n in names if n.startswith("sources/")}
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
    for ts in [*root.iterfind(".//q:TextSource", q), *root.iterfind(".//q:Note", q)]:
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
    return problems
