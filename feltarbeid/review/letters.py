"""Cover letters and reminder letters, in the study's language (plain text for the e-mail
body; the PDF's first page shows the same text). Rendered by ``feltarbeid.letters``: a
study can reword any paragraph in ``templates/letters.<lang>.toml`` (table ``[review]``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import locale
from ..letters import Block, format_date, load_text, to_text
from ..study import Study
from .packet import Packet


def letter_fields(study: Study, packet: Packet) -> dict[str, Any]:
    lang = study.language
    s = study.settings
    silence = bool(s.get("review", "silence_approves"))
    return {
        "title": study.title,
        "code": packet.informant,
        "packet_id": packet.packet_id,
        "deadline": format_date(packet.deadline, lang),
        "researcher": s.get("study", "researcher") or locale.t("review.default_researcher", lang),
        "institution": s.get("study", "institution") or "",
        "contact": s.get("study", "contact") or locale.t("review.default_contact", lang),
        "html": f"{packet.packet_id}.html",
        "pdf": f"{packet.packet_id}.pdf",
        "docx": f"{packet.packet_id}.docx",
        "silence": locale.t("review.silence_approves" if silence else "review.silence_not", lang,
                            deadline=format_date(packet.deadline, lang)),
    }


def _letter(study: Study, packet: Packet, keys: list[str], extra: dict[str, Any]) -> str:
    text = load_text(study.root, study.language)
    fields = {**letter_fields(study, packet), **extra}
    signature = "\n".join(x for x in (fields["researcher"], fields["institution"]) if x)
    return to_text([*(Block("body", text(f"review.{k}", **fields)) for k in keys),
                    Block("signature", signature)])


COVER_KEYS = ["letter_subject", "letter_greeting", "letter_intro", "letter_how",
              "letter_deadline", "letter_silence", "letter_withdraw", "letter_privacy",
              "letter_thanks"]
REMINDER_KEYS = ["reminder_subject", "letter_greeting", "reminder_intro", "letter_how",
                 "letter_deadline", "letter_silence", "letter_withdraw", "letter_thanks"]


PAGE_KEYS = ["letter_intro", "letter_deadline", "letter_silence", "letter_withdraw",
             "letter_privacy"]


def page_paragraphs(study: Study, packet: Packet) -> list[str]:
    """The parts of the cover letter the packet page shows above the transcript."""
    fields = letter_fields(study, packet)
    text = load_text(study.root, study.language)
    return [text(f"review.{k}", **fields) for k in PAGE_KEYS]


def cover_letter(study: Study, packet: Packet) -> str:
    return _letter(study, packet, COVER_KEYS, {})


def reminder_letter(study: Study, packet: Packet, number: int = 1) -> str:
    return _letter(study, packet, REMINDER_KEYS, {"number": number})


def write_cover_letter(study: Study, packet: Packet, folder: Path) -> Path:
    path = folder / f"{packet.packet_id}-letter.txt"
    path.write_text(cover_letter(study, packet), encoding="utf-8")
    return path


def write_reminder(study: Study, packet: Packet, number: int) -> Path:
    folder = study.packets_dir / packet.informant
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{packet.packet_id}-reminder-{number}.txt"
    path.write_text(reminder_letter(study, packet, number), encoding="utf-8")
    return path
