"""Transcript documents for QDA tools and for reading: TXT and DOCX.

Both hold the same text as the REFI-QDA TextSource (``ExportDoc.render``): a header with the
interview's metadata (codes, roles, dates, text version, status — never names), a blank
line, then one paragraph per passage that starts with the speaker label (``I:`` or the
informant code, as MAXQDA's focus-group import and f4 expect) and ends with the timestamp
(f4 ``#hh:mm:ss-d#`` or ``[hh:mm:ss]``). TXT is UTF-8 without BOM with LF line ends.
Documents (``ExportDocument``) are written the same way, one paragraph per paragraph of the
document, without speaker labels.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..textview import TimestampStyle
from .collect import ExportDoc, ExportSet
from .docsource import ExportDocument

_UNSAFE = re.compile(r"[^\w.+-]+", re.UNICODE)


def file_stem(doc: ExportDoc | ExportDocument) -> str:
    """'S001_IP01' (plus '_IP02' …), a document 'DOK3_K1'; marked ones end in '_' + their
    marks."""
    if isinstance(doc, ExportDocument):
        parts = [doc.key, doc.case.code if doc.case else "", *doc.marks]
    else:
        parts = [doc.key, *doc.informant_codes, *doc.marks]
    return _UNSAFE.sub("-", "_".join(p for p in parts if p)).strip("-") or doc.key


def write_txt(es: ExportSet, doc: ExportDoc | ExportDocument, folder: Path,
              timestamps: TimestampStyle) -> Path:
    text, _ = doc.render(es.study_title, timestamps)
    path = folder / f"{file_stem(doc)}.txt"
    _atomic_write(path, text.encode("utf-8"))
    return path


def write_docx(es: ExportSet, doc: ExportDoc | ExportDocument, folder: Path,
               timestamps: TimestampStyle) -> Path:
    """A Word document: the header lines (first one as the title), then one paragraph per
    passage with the speaker label in bold."""
    import docx
    from docx.shared import Pt

    text, passages = doc.render(es.study_title, timestamps)
    header_end = passages[0].para_start if passages else len(text)
    from ..docxlang import set_docx_language

    document = docx.Document()
    set_docx_language(document, es.language)
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    header_lines = [ln for ln in text[:header_end].split("\n") if ln.strip()]
    for n, line in enumerate(header_lines):
        if n == 0:
            document.add_heading(line, level=1)
        else:
            document.add_paragraph(line)
    document.add_paragraph("")
    for p in passages:
        line_end = text.find("\n", p.para_start)
        line = text[p.para_start: line_end if line_end >= 0 else len(text)]
        label_len = p.text_start - p.para_start
        para = document.add_paragraph()
        para.add_run(line[:label_len]).bold = True
        para.add_run(line[label_len:])
    path = folder / f"{file_stem(doc)}.docx"
    tmp = path.with_name(path.name + ".part")
    document.save(str(tmp))
    os.replace(tmp, path)
    return path


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
