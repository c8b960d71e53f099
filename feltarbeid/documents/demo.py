"""The demo's document: a cooperation agreement (DOCX, invented, with a name and a place the
anonymisation must replace) given for the request the demo interview recorded, and a
template to compare it against."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..store import documents as db
from ..study import Study
from . import compare
from .library import add_document, mark_checked, set_status

AGREEMENT = [
    "Cooperation agreement for the service office",
    "This agreement is made between the municipality and the state labour and welfare "
    "service. The office is led by Tove Hansen, who reports to both parties.",
    "1 Purpose. More people in work and activity, and one door for the users.",
    "2 Services. The municipality places financial social assistance, the qualification "
    "programme and housing advice in the office.",
    "3 Meetings. The partnership board meets four times a year in Lillehammer.",
]
TEMPLATE = """\
id: cooperation-agreement
title: Template for cooperation agreements (demo)
kind: cooperation agreement
themes:
  - id: purpose
    text: Purpose of the partnership
  - id: services
    text: Municipal services placed in the office
  - id: meetings
    text: How often the partnership board meets
"""


def add_demo_document(study: Study) -> tuple[int, str]:
    """Write the agreement to a temporary file and add it (the copy in documents/ is what
    stays); linked to the interview's request for the agreement if there is one."""
    import docx

    request = next((r.ref for r in db.requests(study.store)
                    if "agreement" in r.text.lower()), None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "agreement.docx"
        document = docx.Document()
        document.add_heading(AGREEMENT[0], level=1)
        for text in AGREEMENT[1:]:
            document.add_paragraph(text)
        document.save(str(path))
        added = add_document(study, path, case="K1", request=request,
                             kind="cooperation agreement", title="Cooperation agreement")
    return added.document.id, request or "—"


def finish_demo_document(study: Study, doc_id: int) -> str:
    """After anonymisation: read (checked), released, compared against the template."""
    mark_checked(study, doc_id)
    set_status(study, doc_id, "released")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "template.yaml"
        path.write_text(TEMPLATE, encoding="utf-8")
        template, _ = compare.add_template(study, path)
    compare.set_cell(study, template["id"], "purpose", doc_id, as_template=True)
    compare.set_cell(study, template["id"], "services", doc_id,
                     text="Also housing advice, beyond the template")
    compare.set_cell(study, template["id"], "meetings", doc_id, as_template=True)
    return template["id"]
