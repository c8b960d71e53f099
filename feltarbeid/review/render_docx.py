"""The packet as DOCX for informants who prefer Word.

One paragraph per passage: ``[12] (0:01:23) IP01: text``. The informant corrects the text
after the colon, writes a comment as a new paragraph under the passage it is about, and
writes additions under the last heading (``[+] …``). Word comments and tracked changes are
read too (see ``returns.py``). The packet id, study id and version hash are in the document
properties (identifier, comments) and the packet id also as visible text.
"""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

from .. import locale
from ..docxlang import set_docx_language
from ..study import Study
from .letters import format_date
from .packet import DOCX_FORMAT, Packet

ADDITIONS_MARK = "[+]"


def passage_prefix(number: int, clock: str, label: str) -> str:
    return f"[{number}] ({clock}) {label}: "


def write_docx(study: Study, packet: Packet, folder: Path) -> Path:
    lang = packet.language
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    props = doc.core_properties
    props.title = f"{locale.t('review.ui_page_title', lang)} – {study.title}"
    props.identifier = packet.packet_id
    props.keywords = DOCX_FORMAT
    set_docx_language(doc, lang)
    props.author = "feltarbeid"
    props.comments = json.dumps({
        "format": DOCX_FORMAT, "study_id": packet.study_id, "packet_id": packet.packet_id,
        "version_hash": packet.version_hash})
    doc.add_heading(locale.t("review.ui_page_title", lang), level=1)
    meta = doc.add_paragraph()
    meta.add_run(f"{study.title} · {locale.t('review.ui_informant', lang)}: {packet.informant}"
                 f" · {locale.t('review.ui_deadline', lang)}: {format_date(packet.deadline, lang)}")
    doc.add_paragraph(f"{locale.t('review.docx_packet_id', lang)}: {packet.packet_id}")
    for key in ("docx_how_1", "docx_how_2", "docx_how_3", "docx_how_4"):
        doc.add_paragraph(locale.t(f"review.{key}", lang), style="List Bullet")
    doc.add_heading(locale.t("review.ui_transcript_title", lang), level=2)
    for p in packet.passages:
        para = doc.add_paragraph()
        head = para.add_run(passage_prefix(p.number, p.clock, p.label))
        head.bold = True
        if p.reviewable:
            para.add_run(p.text)
        else:
            note = para.add_run(locale.t("review.ui_left_out", lang))
            note.italic = True
            note.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    doc.add_heading(f"{ADDITIONS_MARK} {locale.t('review.ui_additions_label', lang)}", level=2)
    doc.add_paragraph("")
    path = folder / f"{packet.packet_id}.docx"
    tmp = folder / f".{packet.packet_id}.docx.tmp"
    doc.save(str(tmp))
    tmp.replace(path)
    return path
