"""Tables for analysis in pandas/R/Excel: one row per passage, and coverage per interview.

``segments_frame`` — one row per exported segment (additions included, flagged), with
study, interview, informant and case codes and their generalised attributes, guide theme and
item, speaker, times, text, state and review status, corrected/added flags, the stable
quote id, and ``sensitive`` ("held_back": the text column holds the placeholder;
"included": let out with ``--include-sensitive``; empty otherwise). ``coverage_frame`` —
one row per informant, interview and guide item: was it touched, for how long (in all, and
the informant's own speech), in how many passages and words (a held-back passage's words
count as none), and what the interviewer marked in the session. ``memos_frame`` — one row
per reflexivity memo.

``documents_frame`` — one row per paragraph of every exported document (document id and
name, case, the informant who gave it, the interview request, kind, title, status, state,
text version, paragraph, page, text, marks) with the case's variables.
``comparison_frame`` — a template's comparison table: one row per theme, one column per
document compared (headed by its case), cells "as template" or the researcher's words.

Writers: CSV (UTF-8 without BOM, so pandas/R read it as is; æøå intact), XLSX (frozen
header, column widths from the content, auto-filter), Parquet (pyarrow).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from ..domain import Guide, Item, Section
from .collect import INTERVIEWER, ExportDoc, ExportSet, case_variables, informant_variables
from .docsource import Comparison

SEGMENT_COLUMNS = [
    "study", "quote_id", "interview", "session_id", "session_date", "transcript_id",
    "version_id", "version_kind", "informant", "role", "employer", "case",
    "theme_id", "theme", "item_id", "item_text", "passage", "speaker", "start", "end",
    "duration", "text", "state", "review_status", "corrected", "added", "marked",
    "sensitive",
]
DOCUMENT_COLUMNS = [
    "study", "document_id", "document", "case", "informant", "request", "kind", "title",
    "status", "state", "version_id", "version_kind", "paragraph", "page", "text", "marked",
]
MEMO_COLUMNS = [
    "study", "memo", "kind", "interviewer", "session_id", "informants", "written_at",
    "updated_at", "text",
]
COVERAGE_COLUMNS = [
    "study", "interview", "session_id", "session_date", "informant", "informants", "case",
    "theme_id", "theme", "item_id", "item_text", "must_ask", "touched", "seconds",
    "informant_seconds", "passages", "informant_words", "session_status", "marked",
]


def _lookup(guide: Guide | None) -> dict[str, tuple[Section, Item]]:
    return {it.id: (sec, it) for sec, it in guide.items()} if guide else {}


def _attr(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def segments_frame(es: ExportSet) -> pd.DataFrame:
    """One row per passage. Informant and case variables have the names they have in the
    .qdpx (``collect.informant_variables``, ``collect.case_variables``): ``role``,
    ``employer``, ``informant_<attribute>``, ``case_<attribute>``."""
    inf_vars = {i.code: informant_variables(i) for i in es.informants}
    case_vars = {c.code: case_variables(c) for c in es.cases}
    inf_cols = sorted({k for v in inf_vars.values() for k in v if k not in SEGMENT_COLUMNS})
    case_cols = sorted({k for v in case_vars.values() for k in v})
    columns = SEGMENT_COLUMNS + inf_cols + case_cols
    rows: list[list[Any]] = []
    for doc in es.docs:
        items = _lookup(doc.guide)
        marked = ",".join(doc.marks)
        session_id = doc.session.id if doc.session else ""
        cvars = case_vars.get(doc.case.code, {}) if doc.case else {}
        flag = "held_back" if doc.held_back else "included"
        for n, (seg, raw, qid) in enumerate(zip(doc.segments, doc.raw_texts, doc.quote_ids,
                                                strict=True), start=1):
            code = _row_informant(doc, seg.speaker)
            ivars = inf_vars.get(code, {})
            sec, it = items.get(seg.item_id or "", (None, None))
            row = [
                es.study_title, qid, doc.key, session_id, doc.session_date, doc.transcript_id,
                doc.version_id, doc.version_kind, code, _attr(ivars.get("role")),
                _attr(ivars.get("employer")), doc.case.code if doc.case else "",
                sec.id if sec else "", sec.display_title if sec else "", seg.item_id or "",
                it.text if it else "", n, seg.speaker, round(seg.start, 2), round(seg.end, 2),
                round(max(seg.end - seg.start, 0.0), 2), raw, doc.state, doc.review_status,
                seg.origin == "corrected", seg.origin == "added", marked,
                flag if n - 1 in doc.sensitive else "",
            ]
            row += [_attr(ivars.get(a)) for a in inf_cols]
            row += [_attr(cvars.get(a)) for a in case_cols]
            rows.append(row)
    return pd.DataFrame(rows, columns=columns)


def _row_informant(doc: ExportDoc, speaker: str) -> str:
    """The informant a row belongs to: the speaker, or the only informant of the session
    (interviewer lines in a one-to-one interview); '' for interviewer lines in a group."""
    if speaker != INTERVIEWER and speaker in doc.informant_codes:
        return speaker
    return doc.informant_codes[0] if len(doc.informant_codes) == 1 else ""


def coverage_frame(es: ExportSet) -> pd.DataFrame:
    """One row per informant, interview and guide item: whether the interview touched the
    item, for how long (all speakers), how long and how many words this informant spoke on
    it, and what the interviewer marked in the session (asked/spontaneous/skipped)."""
    cb = es.codebook()
    rows: list[list[Any]] = []
    for doc in es.docs:
        seconds: dict[str, float] = {}
        passages: dict[str, int] = {}
        own_seconds: dict[tuple[str, str], float] = {}
        own_words: dict[tuple[str, str], int] = {}
        for n, (seg, raw) in enumerate(zip(doc.segments, doc.raw_texts, strict=True)):
            if not seg.item_id:
                continue
            length = max(seg.end - seg.start, 0.0)
            seconds[seg.item_id] = seconds.get(seg.item_id, 0.0) + length
            passages[seg.item_id] = passages.get(seg.item_id, 0) + 1
            key = (seg.speaker, seg.item_id)
            own_seconds[key] = own_seconds.get(key, 0.0) + length
            held = doc.held_back and n in doc.sensitive  # its words did not go out
            own_words[key] = own_words.get(key, 0) + (0 if held else len(raw.split()))
        status = _session_status(doc)
        pairs = list(doc.guide.items()) if doc.guide else []
        known = {it.id for _, it in pairs}
        gid = doc.guide.id if doc.guide else None
        extra = [(e.section, e.item) for i in seconds if i not in known
                 and (e := cb.entry_for(gid, i)) is not None]
        for code in doc.informant_codes or [""]:
            for sec, it in pairs + extra:
                assert it is not None
                rows.append([
                    es.study_title, doc.key, doc.session.id if doc.session else "",
                    doc.session_date, code, "+".join(doc.informant_codes),
                    doc.case.code if doc.case else "", sec.id if sec else "",
                    sec.display_title if sec else "", it.id, it.text, it.must_ask,
                    it.id in seconds, round(seconds.get(it.id, 0.0), 1),
                    round(own_seconds.get((code, it.id), 0.0), 1), passages.get(it.id, 0),
                    own_words.get((code, it.id), 0), status.get(it.id, ""),
                    ",".join(doc.marks),
                ])
    return pd.DataFrame(rows, columns=COVERAGE_COLUMNS)


def documents_frame(es: ExportSet) -> pd.DataFrame:
    """One row per paragraph of every exported document (see the module docstring)."""
    case_vars = {c.code: case_variables(c) for c in es.cases}
    case_cols = sorted({k for d in es.documents if d.case
                        for k in case_vars.get(d.case.code, {})})
    rows: list[list[Any]] = []
    for d in es.documents:
        cvars = case_vars.get(d.case.code, {}) if d.case else {}
        for p in d.paragraphs:
            rows.append([
                es.study_title, d.document_id, d.name, d.case.code if d.case else "",
                "+".join(d.informant_codes), d.request, d.kind, d.title, d.status, d.state,
                d.version_id, d.version_kind, p.idx + 1, p.page, p.text, ",".join(d.marks),
                *(_attr(cvars.get(a)) for a in case_cols)])
    frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS + case_cols)
    frame["page"] = frame["page"].astype("Int64")
    return frame


def comparison_frame(c: Comparison) -> pd.DataFrame:
    """Rows: the template's themes; columns: theme id, theme, then one per document."""
    return pd.DataFrame(c.rows(), columns=c.header())


def memos_frame(es: ExportSet) -> pd.DataFrame:
    """One row per reflexivity memo: its number, kind (project/before/after), interviewer
    code, the interview and its informants, when it was written (and changed), the text."""
    rows = [[es.study_title, m.label, m.kind, m.interviewer, m.session_id or "",
             "+".join(es.memo_informants.get(m.session_id or "", [])), m.written_at,
             m.updated_at or "", m.text] for m in es.memos]
    return pd.DataFrame(rows, columns=MEMO_COLUMNS)


def _session_status(doc: ExportDoc) -> dict[str, str]:
    """What the interviewer marked per item in the session: asked/spontaneous/skipped."""
    out: dict[str, str] = {}
    if not doc.session:
        return out
    names = {"item_asked": "asked", "item_spontaneous": "spontaneous",
             "item_skipped": "skipped"}
    for ev in doc.session.events:
        if ev.item_id and ev.kind in names:
            out[ev.item_id] = names[ev.kind]
        elif ev.item_id and ev.kind == "item_reset":
            out.pop(ev.item_id, None)
    return out


# ------------------------------------------------------------------------------ writers


def write_csv(df: pd.DataFrame, path: Path) -> Path:
    df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return path


def write_parquet(df: pd.DataFrame, path: Path) -> Path:
    df.to_parquet(path, index=False, engine="pyarrow")
    return path


def write_xlsx(sheets: dict[str, pd.DataFrame], path: Path) -> Path:
    """One sheet per frame: bold frozen header row, auto-filter, widths from the content
    (at most 60 characters; the text column 80 and wrapped)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, df in sheets.items():
        ws = wb.create_sheet(title=name[:31])
        ws.freeze_panes = "A2"
        sample = df.head(500)
        for i, col in enumerate(df.columns, start=1):
            longest = max([len(str(col))] + [len(str(v)) for v in sample[col].tolist()])
            width = 80 if col == "text" else min(max(longest + 2, 8), 60)
            ws.column_dimensions[get_column_letter(i)].width = width
        if len(df.columns):
            ws.auto_filter.ref = f"A1:{get_column_letter(len(df.columns))}{len(df) + 1}"
        header = []
        for col in df.columns:
            cell = WriteOnlyCell(ws, value=str(col))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        text_idx = list(df.columns).index("text") if "text" in df.columns else -1
        wrap = Alignment(wrap_text=True, vertical="top")
        for values in df.itertuples(index=False, name=None):
            row: list[Any] = [None if v is pd.NA else v for v in values]
            for j, v in enumerate(row):
                formula_like = isinstance(v, str) and v.startswith("=")
                if formula_like or j == text_idx:
                    cell = WriteOnlyCell(ws, value=v)
                    if formula_like:
                        cell.data_type = "s"  # a passage is text, never a formula
                    if j == text_idx:
                        cell.alignment = wrap
                    row[j] = cell
            ws.append(row)
    wb.save(path)
    return path

