"""The introductory letter (informasjonsskriv) with its consent form, and the reminder, in
the study's language, through ``feltarbeid.letters`` (the study can reword any paragraph in
``templates/letters.<lang>.toml``, table ``[recruitment.invitation]`` / ``[recruitment.reminder]``).

The letter says what a consent under the GDPR needs the informant to know: the purpose, who
is responsible, why they are asked, what taking part means, that it is voluntary and can be
withdrawn at any time without a reason, how the data are stored and anonymised, the end
date and what is deleted then, their rights (with Sikt and Datatilsynet), and whom to ask.
The study's facts come from ``feltarbeid.toml``; a letter is refused while one it needs is
missing, rather than sent with a gap.

Letters are written to ``packets/<code>/`` (what the study sends an informant lives there:
withdrawal and purge delete it) as ``.txt`` (the e-mail body) and ``.docx`` (to print and
sign), and logged as a contact unless it is a draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import Contact
from ..errors import FeltarbeidError
from ..letters import Block, LetterText, format_date, load_text, to_text, write_docx
from ..locale import t
from ..store import recruitment as db
from ..study import Study
from ..timeutil import now
from .contacts import record_contact

P = "recruitment.invitation."
R = "recruitment.reminder."
# every key of the two letters, in the order of the letter (for 'letter-template')
INVITATION_KEYS = [P + k for k in (
    "subject", "greeting_name", "greeting", "title", "intro", "h_purpose", "purpose",
    "h_responsible", "responsible", "responsible_supervisor", "h_why", "why", "why_default",
    "h_what", "what", "h_voluntary", "voluntary", "h_privacy", "privacy", "h_end", "end",
    "h_rights", "rights", "rights_privacy_officer", "rights_sikt", "h_questions",
    "questions", "closing", "thanks", "h_consent", "consent", "consent_lines")]
REMINDER_KEYS = [R + k for k in ("subject", "intro", "intro_undated", "body")]
REQUIRED = (("study", "researcher"), ("study", "institution"), ("study", "contact"),
            ("study", "end_date"), ("recruitment", "purpose"))


@dataclass
class WrittenLetter:
    code: str
    text_path: Path
    docx_path: Path
    contact: Contact | None
    named: bool
    files: list[Path] = field(default_factory=list)


def check_settings(study: Study) -> None:
    """Refuse (naming every missing key) while the settings lack a fact the letter needs."""
    s = study.settings
    missing = [f"[{sec}] {key}" for sec, key in REQUIRED if not s.get(sec, key)]
    if missing:
        raise FeltarbeidError(t("recruitment.letter_missing", keys=", ".join(missing)),
                              where=str(s.path), hint=t("recruitment.letter_missing_hint"))


def letter_fields(study: Study, code: str, *, lang: str, name: str = "",
                  first_date: str | None = None) -> dict[str, Any]:
    s = study.settings
    end = study.settings.end_date
    return {
        "title": study.title, "code": code, "name": name,
        "first_name": name.split()[0] if name.split() else "",
        "researcher": s.get("study", "researcher"), "institution": s.get("study", "institution"),
        "contact": s.get("study", "contact"), "supervisor": s.get("recruitment", "supervisor"),
        "purpose": s.get("recruitment", "purpose"), "selection": s.get("recruitment", "selection"),
        "minutes": s.get("recruitment", "interview_minutes"),
        "end_date": format_date(end.isoformat(), lang) if end else "",
        "privacy_officer": s.get("recruitment", "privacy_officer"),
        "sikt_reference": s.get("recruitment", "sikt_reference"),
        "date": format_date(now().date().isoformat(), lang),
        "first_date": format_date(first_date, lang) if first_date else "",
    }


def invitation_blocks(text: LetterText, f: dict[str, Any], *, head: bool = True
                      ) -> list[Block]:
    """The introductory letter with its consent form. ``head=False`` leaves out the subject
    line and the greeting (the letter attached under a reminder)."""

    def say(key: str) -> str:
        return text(P + key, **f)

    def joined(*keys: str) -> str:
        return " ".join(say(k) for k in keys if k)

    blocks = []
    if head:
        blocks += [Block("subject", say("subject")),
                   Block("body", say("greeting_name") if f["name"] else say("greeting"))]
    blocks += [
        Block("title", say("title")), Block("body", say("intro")),
        Block("heading", say("h_purpose")), Block("body", say("purpose")),
        Block("heading", say("h_responsible")),
        Block("body", joined("responsible", "responsible_supervisor" if f["supervisor"] else "")),
        Block("heading", say("h_why")),
        Block("body", say("why") if f["selection"] else say("why_default")),
        Block("heading", say("h_what")), Block("body", say("what")),
        Block("heading", say("h_voluntary")), Block("body", say("voluntary")),
        Block("heading", say("h_privacy")), Block("body", say("privacy")),
        Block("heading", say("h_end")), Block("body", say("end")),
        Block("heading", say("h_rights")),
        Block("body", joined("rights",
                             "rights_privacy_officer" if f["privacy_officer"] else "",
                             "rights_sikt" if f["sikt_reference"] else "")),
        Block("heading", say("h_questions")), Block("body", say("questions")),
        Block("body", say("closing")), Block("body", say("thanks")),
        Block("signature", _signature(f)),
        Block("rule"),
        Block("title", say("h_consent")), Block("body", say("consent")),
        Block("body", say("consent_lines")),
    ]
    return blocks


def reminder_blocks(text: LetterText, f: dict[str, Any]) -> list[Block]:
    """The reminder, with the introductory letter again below it."""
    def say(key: str) -> str:
        return text(R + key, **f)

    return [
        Block("subject", say("subject")),
        Block("body", text(P + ("greeting_name" if f["name"] else "greeting"), **f)),
        Block("body", say("intro") if f["first_date"] else say("intro_undated")),
        Block("body", say("body")), Block("body", text(P + "thanks", **f)),
        Block("signature", _signature(f)), Block("rule"),
        *invitation_blocks(text, f, head=False),
    ]


def _signature(f: dict[str, Any]) -> str:
    return "\n".join(x for x in (f["researcher"], f["institution"]) if x)


def render(study: Study, code: str, *, reminder: bool = False, lang: str | None = None,
           name: str = "") -> tuple[list[Block], str]:
    """The letter's blocks and its plain text (nothing written)."""
    check_settings(study)
    lang = lang or study.language
    first = next((c.on_date for c in db.list_contacts(study.store, code)
                  if c.what == "letter_sent"), None)
    f = letter_fields(study, code, lang=lang, name=name, first_date=first)
    text = load_text(study.root, lang)
    blocks = reminder_blocks(text, f) if reminder else invitation_blocks(text, f)
    return blocks, to_text(blocks)


def write_letter(study: Study, code: str, *, reminder: bool = False, lang: str | None = None,
                 name: str = "", log: bool = True, channel: str = "email",
                 round_no: int | None = None, passphrase: str | None = None
                 ) -> WrittenLetter:
    """Write the letter (``.txt`` and ``.docx``) to ``packets/<code>/`` and, unless ``log``
    is False (a draft), record it as a contact (letter sent / reminder, today)."""
    from ..store.registers import require_informant

    inf = require_informant(study.store, code)
    if inf.consent == "withdrawn" or inf.withdrawn_at:
        raise FeltarbeidError(t("recruitment.withdrawn", code=code),
                              hint=t("recruitment.withdrawn_hint"))
    lang = lang or study.language
    blocks, plain = render(study, code, reminder=reminder, lang=lang, name=name)
    folder = study.packets_dir / code
    folder.mkdir(parents=True, exist_ok=True)
    stem = t("recruitment.file_reminder" if reminder else "recruitment.file_invitation", lang)
    base = _free_name(folder, f"{stem}-{code}-{now().date().isoformat()}")
    text_path = folder / f"{base}.txt"
    docx_path = folder / f"{base}.docx"
    tmp = text_path.with_name(f".{text_path.name}.part")
    tmp.write_text(plain, encoding="utf-8")
    tmp.replace(text_path)
    write_docx(blocks, docx_path)
    contact = None
    if log:
        try:
            contact = record_contact(
                study, code, "reminder" if reminder else "letter_sent", channel=channel,
                round_no=round_no, letter=text_path.relative_to(study.root).as_posix(),
                passphrase=passphrase)
        except BaseException:
            text_path.unlink(missing_ok=True)
            docx_path.unlink(missing_ok=True)
            raise
    return WrittenLetter(code, text_path, docx_path, contact, bool(name),
                         [text_path, docx_path])


def _free_name(folder: Path, stem: str) -> str:
    """``stem``, or ``stem-2``, ``stem-3`` … if a letter of that name exists in ``folder``
    (two letters on one day). (A code may hold a dot: no ``with_suffix`` here.)"""
    n, candidate = 1, stem
    while (folder / f"{candidate}.txt").exists() or (folder / f"{candidate}.docx").exists():
        n += 1
        candidate = f"{stem}-{n}"
    return candidate
