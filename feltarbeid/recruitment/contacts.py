"""Record and read the contact log. A contact's free note goes into the linking key (it may
name people); the database row only says that there is one."""

from __future__ import annotations

from datetime import date, datetime

from ..domain import Contact
from ..errors import FeltarbeidError
from ..locale import t
from ..store import recruitment as db
from ..store.registers import require_informant
from ..study import Study
from ..timeutil import now
from .status import latest_round

# the words the command line takes (Bokmål, Nynorsk, English) → the stored value
CHANNEL_WORDS: dict[str, str] = {
    **dict.fromkeys(("e-post", "epost", "email", "e-mail", "mail"), "email"),
    **dict.fromkeys(("telefon", "tlf", "phone", "ring", "samtale"), "phone"),
    **dict.fromkeys(("brev", "post", "letter"), "letter"),
    **dict.fromkeys(("sms", "tekstmelding", "text"), "sms"),
    **dict.fromkeys(("personlig", "møte", "mote", "in-person", "in_person", "person"),
                    "in_person"),
    **dict.fromkeys(("annet", "anna", "other"), "other"),
}
KIND_WORDS: dict[str, str] = {
    **dict.fromkeys(("skriv", "informasjonsskriv", "invitasjon", "letter", "invitation",
                     "letter-sent", "letter_sent", "sendt"), "letter_sent"),
    **dict.fromkeys(("påminnelse", "paminnelse", "påminning", "purring", "reminder"),
                    "reminder"),
    **dict.fromkeys(("ja", "yes", "accepted"), "yes"),
    **dict.fromkeys(("nei", "no", "declined"), "no"),
    **dict.fromkeys(("avtale", "time", "appointment"), "appointment"),
    **dict.fromkeys(("annet", "anna", "other"), "other"),
}
NOTE_MAX = 2000


def parse_channel(word: str) -> str:
    value = CHANNEL_WORDS.get(word.strip().casefold())
    if value is None:
        raise FeltarbeidError(t("recruitment.bad_channel", word=word),
                              hint=t("recruitment.channels_hint"))
    return value


def parse_kind(word: str) -> str:
    value = KIND_WORDS.get(word.strip().casefold())
    if value is None:
        raise FeltarbeidError(t("recruitment.bad_kind", word=word),
                              hint=t("recruitment.kinds_hint"))
    return value


def parse_day(text: str | None, option: str = "--date") -> str:
    """'2026-03-01' (default: today) → '2026-03-01'; never a day in the future."""
    if not text:
        return now().date().isoformat()
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise FeltarbeidError(t("recruitment.bad_date", option=option, value=text),
                              hint=t("recruitment.date_hint")) from None
    if day > now().date():
        raise FeltarbeidError(t("recruitment.future_date", option=option, value=text),
                              hint=t("recruitment.future_date_hint"))
    return day.isoformat()


def parse_appointment(text: str) -> str:
    """'2026-03-12 10:00' or '2026-03-12T10:00' → '2026-03-12T10:00'."""
    raw = text.strip().replace(" ", "T", 1)
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise FeltarbeidError(t("recruitment.bad_appointment", value=text),
                              hint=t("recruitment.appointment_hint")) from None
    return moment.strftime("%Y-%m-%dT%H:%M")


def record_contact(study: Study, code: str, what: str, *, channel: str = "email",
                   on_date: str | None = None, round_no: int | None = None,
                   appointment_at: str | None = None, note: str = "", letter: str = "",
                   passphrase: str | None = None) -> Contact:
    """Add one contact to the log. ``what``/``channel`` are stored values (see the parse
    functions). A note is saved in the linking key in the same transaction as the row: if
    the key cannot be opened or written, nothing is recorded."""
    store = study.store
    inf = require_informant(store, code)
    if inf.consent == "withdrawn" or inf.withdrawn_at:
        raise FeltarbeidError(t("recruitment.withdrawn", code=code),
                              hint=t("recruitment.withdrawn_hint"))
    if what == "appointment" and not appointment_at:
        raise FeltarbeidError(t("recruitment.appointment_missing"),
                              hint=t("recruitment.appointment_hint"))
    if appointment_at and what != "appointment":
        raise FeltarbeidError(t("recruitment.appointment_only"),
                              hint=t("recruitment.appointment_only_hint"))
    if round_no is not None and round_no < 1:
        raise FeltarbeidError(t("recruitment.bad_round", value=round_no),
                              hint=t("recruitment.round_hint"))
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise FeltarbeidError(t("recruitment.note_too_long", n=len(note), max=NOTE_MAX),
                              hint=t("recruitment.note_too_long_hint"))
    r = round_no or latest_round(db.list_contacts(store, code), code)
    contact = Contact(id=0, informant=code, on_date=on_date or parse_day(None),
                      channel=channel, what=what, round=r, appointment_at=appointment_at,
                      has_note=bool(note), letter=letter)
    if not note:
        return db.add_contact(store, contact)
    from ..anonymise import keyfile

    if not keyfile.key_exists(study):
        raise FeltarbeidError(t("recruitment.note_needs_key"), where=str(study.key_path),
                              hint=t("recruitment.note_needs_key_hint"))
    passphrase = passphrase if passphrase is not None else keyfile.get_passphrase()
    key = keyfile.open_key(study, passphrase)
    with store.tx():
        saved = db.add_contact(store, contact)
        key.set_contact_note(saved.id, code, note)
        keyfile.save_key(study, key, passphrase)  # fails → the row is rolled back
    return saved


def notes_of(study: Study, contacts: list[Contact], passphrase: str | None = None
             ) -> dict[int, str]:
    """The notes of these contacts, from the key (contact id → text)."""
    from ..anonymise import keyfile

    if not any(c.has_note for c in contacts):
        return {}
    key = keyfile.open_key(study, passphrase)
    out = {}
    for c in contacts:
        text = key.contact_note(c.id, c.informant) if c.has_note else None
        if text is not None:
            out[c.id] = text
    return out


def delete_contact(study: Study, contact_id: int, passphrase: str | None = None) -> Contact:
    """Remove a wrong entry from the log (and its note from the key)."""
    store = study.store
    contact = db.get_contact(store, contact_id)
    if contact is None:
        raise FeltarbeidError(t("recruitment.no_contact", id=contact_id),
                              hint=t("recruitment.no_contact_hint"))
    from ..anonymise import keyfile

    if contact.has_note and keyfile.key_exists(study):
        passphrase = passphrase if passphrase is not None else keyfile.get_passphrase()
        key = keyfile.open_key(study, passphrase)
        with store.tx():
            db.delete_contact(store, contact_id)
            if key.forget_contact_notes(contact.informant, [contact_id]):
                keyfile.save_key(study, key, passphrase)
    else:
        db.delete_contact(store, contact_id)
    return contact
