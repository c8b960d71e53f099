"""The packet as PDF for print (WeasyPrint): the cover letter on page 1, then the transcript
with passage headers and numbered lines (continuous line numbers, so an informant can write
"line 134" on paper)."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path
from typing import Any

from .. import locale
from ..study import Study
from .letters import cover_letter, format_date
from .packet import Packet
from .render_html import environment, ui_strings

LINE_WIDTH = 78  # characters per numbered line at 10 pt on A4


def pdf_rows(packet: Packet, width: int = LINE_WIDTH) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    line = 0
    for p in packet.passages:
        base = {"number": p.number, "label": p.label, "clock": p.clock}
        if not p.reviewable:
            rows.append({**base, "kind": "other"})
            continue
        rows.append({**base, "kind": "head"})
        for text in textwrap.wrap(p.text, width=width) or [""]:
            line += 1
            rows.append({"kind": "line", "line": line, "text": text})
    return rows


def render_pdf_html(study: Study, packet: Packet) -> str:
    lang = packet.language
    return environment().get_template("packet_pdf.html.j2").render(
        html_lang=lang if lang in ("nn", "en") else "nb", s=ui_strings(lang), title=study.title,
        packet=packet, deadline=format_date(packet.deadline, lang),
        letter=cover_letter(study, packet).strip().split("\n\n"),
        pdf_hint=locale.t("review.pdf_hint", lang), rows=pdf_rows(packet),
    )


def write_pdf(study: Study, packet: Packet, folder: Path) -> Path:
    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    path = folder / f"{packet.packet_id}.pdf"
    tmp = path.with_suffix(".pdf.tmp")
    HTML(string=render_pdf_html(study, packet), base_url=str(folder),
         url_fetcher=_no_fetch).write_pdf(str(tmp))
    tmp.replace(path)
    return path


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The PDF needs nothing from outside; refuse every fetch (offline by design)."""
    raise ValueError(f"feltarbeid packets fetch nothing ({url})")
