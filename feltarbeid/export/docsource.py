"""Documents in an export, and the comparison tables.

What goes out (the rules, like the transcripts' in ``collect``):

- only documents whose status is ``released``: ``not_released`` (promised but not given,
  or given for reading only), ``received`` (release not yet given), ``refused`` and
  ``withdrawn`` never, whatever the options say;
- by default only anonymised text the researcher has checked (``document check``);
  ``include_unverified=True`` adds anonymised but unchecked documents (marked
  "unverified") and, failing an anonymised version, the extracted text (marked
  "not_anonymised") — as for transcripts;
- a document given by an informant who withdrew never leaves.

A document's text is rendered by ``feltarbeid.textview`` like a transcript (header, blank
line, one paragraph per line, no speaker labels), so the .qdpx TextSource, the TXT and the
DOCX hold the same characters.

Comparison tables (``Comparison``): rows are a template's themes, columns the released
documents compared against it (``store.documents.comparison_documents``), cells "as
template" (in the study's language) or the researcher's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import locale
from ..domain import Case, Informant, Paragraph, Segment
from ..store import documents as ddb
from ..textview import Passage, TimestampStyle, render


@dataclass
class ExportDocument:
    document_id: int
    case: Case | None
    informant_codes: list[str]
    request: str  # "S001:D1" or ""
    kind: str
    title: str
    status: str
    state: str
    format: str
    version_id: int
    version_kind: str  # anonymised | extracted
    text_hash: str
    marks: tuple[str, ...]  # () = checked and anonymised; else unverified, not_anonymised
    paragraphs: list[Paragraph]
    created_at: str = ""
    _rendered: dict[str, tuple[str, list[Passage]]] = field(default_factory=dict, repr=False)

    @property
    def key(self) -> str:
        """'DOK3' (file names, manifest)."""
        return locale.t("documents.key", id=self.document_id)

    @property
    def name(self) -> str:
        """'Dokument 3 (K1): Partnerskapsavtale' in QDA tools."""
        base = locale.t("documents.name", id=self.document_id,
                        case=self.case.code if self.case else "—")
        return f"{base}: {self.title}" if self.title else base

    def header(self, study_title: str) -> str:
        """Metadata at the top of the text (codes, kind, request; no status, no time of
        export: the text must not change under the same GUID)."""
        tr = locale.t
        lines = [tr("export.h_study", title=study_title),
                 tr("documents.h_document", id=self.document_id, kind=self.kind or "—",
                    format=self.format.upper() or "—")]
        if self.title:
            lines.append(tr("documents.h_title", title=self.title))
        if self.case:
            lines.append(tr("export.h_case", code=self.case.code))
        if self.request:
            lines.append(tr("documents.h_request", ref=self.request))
        lines.append(tr("documents.h_version", kind=self.version_kind, id=self.version_id))
        for mark in self.marks:
            lines.append(tr(f"documents.mark_{mark}"))
        return "\n".join(lines)

    def render(self, study_title: str,
               timestamps: TimestampStyle = "none") -> tuple[str, list[Passage]]:
        """Header, blank line, one paragraph per passage (``timestamps`` is ignored: a
        document has no time)."""
        if "text" not in self._rendered:
            segs = [Segment(p.idx, 0.0, 0.0, p.text) for p in self.paragraphs]
            self._rendered["text"] = render(segs, header=self.header(study_title),
                                            labelled=False)
        return self._rendered["text"]


@dataclass
class ExcludedDocument:
    document_id: int
    reason: str  # withdrawn | not_released | no_text | not_verified | not_anonymised


@dataclass
class Comparison:
    template_id: str
    title: str
    themes: list[dict[str, str]]  # [{id, text}]
    labels: list[str]  # column headers
    document_ids: list[int]
    cells: dict[tuple[str, int], str]  # (theme id, document id) → text shown

    def header(self) -> list[str]:
        return ["theme_id", "theme", *self.labels]

    def rows(self) -> list[list[str]]:
        return [[th["id"], th["text"], *(self.cells.get((th["id"], d), "")
                                         for d in self.document_ids)]
                for th in self.themes]


def collect_documents(store: Any, informants: dict[str, Informant], cases: dict[str, Case],
                      *, include_unverified: bool) -> tuple[list[ExportDocument],
                                                            list[ExcludedDocument]]:
    out: list[ExportDocument] = []
    excluded: list[ExcludedDocument] = []
    for d in ddb.list_documents(store):
        giver = informants.get(d.informant_code or "")
        if d.status == "withdrawn" or (giver is not None and (
                giver.consent == "withdrawn" or giver.withdrawn_at)):
            excluded.append(ExcludedDocument(d.id, "withdrawn"))
            continue
        if d.status != "released":
            excluded.append(ExcludedDocument(d.id, "not_released"))
            continue
        marks: list[str] = []
        version = ddb.latest_version(store, d.id, "anonymised")
        if version is not None and d.state != "checked":
            if not include_unverified:
                excluded.append(ExcludedDocument(d.id, "not_verified"))
                continue
            marks.append("unverified")
        if version is None:
            version = ddb.latest_version(store, d.id, "extracted")
            if version is None or version["n_paragraphs"] == 0:
                excluded.append(ExcludedDocument(d.id, "no_text"))
                continue
            if not include_unverified:
                excluded.append(ExcludedDocument(d.id, "not_anonymised"))
                continue
            marks.append("not_anonymised")
        paragraphs = ddb.paragraphs(store, version["id"])
        if not paragraphs:
            excluded.append(ExcludedDocument(d.id, "no_text"))
            continue
        out.append(ExportDocument(
            document_id=d.id, case=cases.get(d.case_code or ""),
            informant_codes=[d.informant_code] if d.informant_code else [],
            request=d.request, kind=d.kind, title=d.title, status=d.status, state=d.state,
            format=d.format, version_id=version["id"], version_kind=version["kind"],
            text_hash=version["text_hash"], marks=tuple(marks),
            paragraphs=[Paragraph(p.idx, " ".join(p.text.split()), p.page)
                        for p in paragraphs],
            created_at=version.get("created_at") or ""))
    return out, excluded


def collect_comparisons(store: Any, *, include_not_released: bool = False,
                        template_ids: list[str] | None = None) -> list[Comparison]:
    """Every template (or those named) with at least one document column."""
    out: list[Comparison] = []
    as_template = locale.t("documents.as_template")
    for t in ddb.templates(store):
        if template_ids is not None and t["id"] not in template_ids:
            continue
        docs = ddb.comparison_documents(store, t, include_not_released=include_not_released)
        if not docs:
            continue
        ids = [d.id for d in docs]
        themes = {th["id"] for th in t["themes"]}
        cells = {(c["theme_id"], c["document_id"]): as_template if c["as_template"]
                 else c["text"] for c in ddb.cells(store, t["id"])
                 if c["document_id"] in ids and c["theme_id"] in themes}
        out.append(Comparison(t["id"], t["title"], t["themes"], ddb.comparison_labels(docs),
                              ids, cells))
    return out
