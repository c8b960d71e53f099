"""Recruitment commands under ``feltarbeid informant``: the contact log (``contact``,
``contacts``, ``contact-delete``), where everyone stands (``recruitment``, ``pending``),
and the introductory letter (``letter``, ``letter-template``). Thin: the work is in
``feltarbeid.recruitment``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..domain import Contact, Informant
from ..errors import FeltarbeidError
from ..locale import t
from ..study import Study
from ..timeutil import now
from .common import console, get_study
from .registers import informant_app


def register(app: typer.Typer) -> None:
    """The commands join ``feltarbeid informant`` (registered by ``cli.registers``)."""
    informant_app.command("contact")(contact)
    informant_app.command("contacts")(contacts)
    informant_app.command("contact-delete")(contact_delete)
    informant_app.command("recruitment")(recruitment)
    informant_app.command("pending")(pending)
    informant_app.command("letter")(letter)
    informant_app.command("letter-template")(letter_template)


def _say(text: str) -> None:
    console.print(escape(text))


# ----------------------------------------------------------------------------- the log


def contact(
    code: Annotated[str, typer.Argument(help="Informant code, e.g. IP01.")],
    what: Annotated[str, typer.Argument(
        help="What happened: skriv (introductory letter sent), påminnelse (reminder), ja, "
             "nei, avtale (appointment made; give --at), annet. English words work too: "
             "letter, reminder, yes, no, appointment, other.")],
    channel: Annotated[str, typer.Option(
        "--channel", "-c", help="e-post, telefon, brev, sms, personlig or annet "
                                "(email, phone, letter, sms, in-person, other).")] = "e-post",
    on_date: Annotated[str | None, typer.Option(
        "--date", "-d", help="When it happened, YYYY-MM-DD (default: today).")] = None,
    at: Annotated[str | None, typer.Option(
        "--at", help="The appointment's date and time, 'YYYY-MM-DD HH:MM' (with 'avtale').")]
    = None,
    note: Annotated[str, typer.Option(
        "--note", "-n", help="A short free note. It may name people, so it is kept in the "
                             "encrypted linking key (asks for the passphrase), never in the "
                             "database.")] = "",
    round_no: Annotated[int | None, typer.Option(
        "--round", "-r", help="Recruitment round (default: the informant's latest, or 1).")]
    = None,
) -> None:
    """Record a contact with an informant during recruitment.

    Example:

        feltarbeid informant contact IP01 skriv --channel e-post
        feltarbeid informant contact IP01 påminnelse --date 2026-03-09
        feltarbeid informant contact IP01 ja --channel telefon --note "helst formiddag"
        feltarbeid informant contact IP01 avtale --at "2026-03-16 10:00"
        feltarbeid informant contact IP07 skriv --round 2
    """
    from ..recruitment import contacts as rc

    study = get_study()
    kind = rc.parse_kind(what)
    saved = rc.record_contact(
        study, code, kind, channel=rc.parse_channel(channel),
        on_date=rc.parse_day(on_date), round_no=round_no,
        appointment_at=rc.parse_appointment(at) if at else None, note=note)
    _say(t("recruitment.contact_added", id=saved.id, code=code, what=_what(saved),
           channel=t(f"recruitment.channel_{saved.channel}"), date=saved.on_date,
           round=saved.round))
    if saved.has_note:
        _say(t("recruitment.note_in_key"))
    if kind == "yes" or kind == "appointment":
        _say(t("recruitment.after_yes", code=code))
    elif kind == "no":
        _say(t("recruitment.after_no", code=code))


def contacts(
    code: Annotated[str | None, typer.Argument(help="Only this informant.")] = None,
    notes: Annotated[bool, typer.Option(
        "--notes", help="Show the notes and the informant's name and contact from the key "
                        "(asks for the passphrase).")] = False,
    round_no: Annotated[int | None, typer.Option("--round", "-r", help="Only this round.")]
    = None,
) -> None:
    """The contact log: every contact, oldest first.

    Example:

        feltarbeid informant contacts
        feltarbeid informant contacts IP01 --notes
    """
    from ..recruitment.contacts import notes_of
    from ..store import recruitment as db
    from ..store.registers import require_informant

    study = get_study()
    if code:
        require_informant(study.store, code)
    log = [c for c in db.list_contacts(study.store, code)
           if round_no is None or c.round == round_no]
    if not log:
        _say(t("recruitment.contacts_none"))
        return
    texts: dict[int, str] = {}
    if notes:
        texts = notes_of(study, log)
        if code:
            _print_key_card(study, code)
    table = Table(show_header=True, header_style="bold")
    for col in ("id", "date", "informant", "round", "channel", "what", "note", "letter"):
        table.add_column(t(f"recruitment.col_{col}"),
                         overflow="fold" if col == "letter" else "ellipsis",
                         no_wrap=col in ("id", "date", "informant", "round"))
    for c in log:
        note = texts.get(c.id, "") if notes else ("🔒" if c.has_note else "")
        table.add_row(str(c.id), c.on_date, c.informant, str(c.round),
                      t(f"recruitment.channel_{c.channel}"), _what(c), note,
                      c.letter.rsplit("/", 1)[-1])
    console.print(table, markup=False)
    if not notes and any(c.has_note for c in log):
        _say(t("recruitment.notes_hidden"))


def _print_key_card(study: Study, code: str) -> None:
    from ..anonymise.keyfile import key_exists, open_key

    if not key_exists(study):
        return
    info = open_key(study).informants.get(code, {})
    if info.get("name") or info.get("contact"):
        _say(t("recruitment.key_card", code=code, name=info.get("name", "") or "—",
               contact=info.get("contact", "") or "—"))


def contact_delete(
    contact_id: Annotated[int, typer.Argument(help="The contact's number (see 'informant "
                                                   "contacts').")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Remove a wrong entry from the contact log (its note goes from the key too).

    Example:

        feltarbeid informant contact-delete 12
    """
    from ..recruitment.contacts import delete_contact
    from ..store import recruitment as db

    study = get_study()
    found = db.get_contact(study.store, contact_id)
    if found is None:
        raise FeltarbeidError(t("recruitment.no_contact", id=contact_id),
                              hint=t("recruitment.no_contact_hint"))
    if not yes and not typer.confirm(t("recruitment.delete_confirm", id=contact_id,
                                       code=found.informant, what=_what(found),
                                       date=found.on_date)):
        raise typer.Exit(1)
    delete_contact(study, contact_id)
    _say(t("recruitment.contact_deleted", id=contact_id))


# ----------------------------------------------------------------------------- status


def _lines(study: Study, round_no: int | None):  # type: ignore[no-untyped-def]
    from ..recruitment.status import recruitment_lines
    from ..store import recruitment as db
    from ..store.registers import list_informants

    return recruitment_lines(list_informants(study.store), db.list_contacts(study.store),
                             db.interview_starts(study.store), now().date(), round_no)


def recruitment(
    round_no: Annotated[int | None, typer.Option(
        "--round", "-r", help="This round (default: each informant's latest).")] = None,
) -> None:
    """Where each informant stands in recruitment.

    Not contacted, contacted, letter sent, reminded, accepted (with the appointment),
    declined, interviewed (from the interview sessions) or withdrawn.

    Example:

        feltarbeid informant recruitment
        feltarbeid informant recruitment --round 2
    """
    from ..recruitment.status import counts

    study = get_study()
    lines = _lines(study, round_no)
    if not lines:
        _say(t("core.no_informants"))
        return
    table = Table(show_header=True, header_style="bold")
    for col in ("informant", "round", "status", "last", "days", "reminders", "appointment"):
        table.add_column(t(f"recruitment.col_{col}"),
                         no_wrap=col in ("informant", "round", "status", "last"))
    for ln in lines:
        table.add_row(ln.code, str(ln.round), t(f"recruitment.status_{ln.status}"),
                      ln.last_contact or "—", "" if ln.days_since is None else str(ln.days_since),
                      str(ln.reminders or ""), (ln.appointment or "").replace("T", " "))
    console.print(table, markup=False)
    _say(" · ".join(f"{t(f'recruitment.status_{s}')} {n}" for s, n in counts(lines).items()))


def pending(
    days: Annotated[int, typer.Option(
        "--days", help="Only those whose last contact is at least this many days ago.")] = 0,
    round_no: Annotated[int | None, typer.Option("--round", "-r", help="This round.")] = None,
) -> None:
    """Who has been asked and not answered yet.

    With the days since the last contact, longest wait first.

    Example:

        feltarbeid informant pending
        feltarbeid informant pending --days 7      # due a reminder
    """
    from ..recruitment.status import pending as waiting

    study = get_study()
    lines = waiting(_lines(study, round_no), days)
    if not lines:
        _say(t("recruitment.pending_none"))
        return
    table = Table(show_header=True, header_style="bold",
                  title=t("recruitment.pending_title", n=len(lines)))
    for col in ("informant", "round", "status", "last", "days", "reminders"):
        table.add_column(t(f"recruitment.col_{col}"))
    for ln in lines:
        table.add_row(ln.code, str(ln.round), t(f"recruitment.status_{ln.status}"),
                      ln.last_contact or "—", str(ln.days_since), str(ln.reminders or ""))
    console.print(table, markup=False)
    _say(t("recruitment.pending_hint", days=days or 7))


def status_text(study: Study, inf: Informant) -> str | None:
    """One line for 'informant show': round, status, last contact (None without a log)."""
    from ..recruitment.status import recruitment_lines
    from ..store import recruitment as db

    log = db.list_contacts(study.store, inf.code)
    if not log:
        return None
    ln = recruitment_lines([inf], log, db.interview_starts(study.store, [inf.code]),
                           now().date())[0]
    return t("recruitment.show_line", round=ln.round, status=t(f"recruitment.status_{ln.status}"),
             last=ln.last_contact or "—")


# ----------------------------------------------------------------------------- letters


def letter(
    codes: Annotated[list[str] | None, typer.Argument(help="Informant code(s).")] = None,
    new: Annotated[bool, typer.Option(
        "--new", help="Every informant not contacted yet (in their current round).")] = False,
    reminder: Annotated[bool, typer.Option(
        "--reminder", help="A reminder (with the introductory letter below it).")] = False,
    unanswered: Annotated[int | None, typer.Option(
        "--unanswered", help="With --reminder: everyone who has not answered for at least "
                             "this many days.")] = None,
    draft: Annotated[bool, typer.Option(
        "--draft", help="Only write the letter; do not log it as sent.")] = False,
    channel: Annotated[str, typer.Option("--channel", "-c", help="How you send it (logged).")]
    = "e-post",
    lang: Annotated[str | None, typer.Option(
        "--language", help="nb, nn or en (default: the study's).")] = None,
    name: Annotated[bool, typer.Option(
        "--name/--no-name", help="Address the informant by name, from the linking key (asks "
                                 "for the passphrase; default when the key exists).")] = True,
    round_no: Annotated[int | None, typer.Option("--round", "-r", help="Recruitment round.")]
    = None,
) -> None:
    """Write the introductory letter (informasjonsskriv), or a reminder, and log it.

    The letter, with a consent form, goes to packets/<code>/ as .txt (the e-mail) and .docx
    (to print and sign). The study's facts come from feltarbeid.toml (\\[study] researcher,
    institution, contact, end_date; \\[recruitment] purpose, …); reword any paragraph with
    'feltarbeid informant letter-template'.

    Example:

        feltarbeid informant letter IP01
        feltarbeid informant letter --new --draft          # read them before sending
        feltarbeid informant letter --reminder --unanswered 10
        feltarbeid informant letter IP03 --language nn --channel brev
    """
    from .. import locale
    from ..recruitment import contacts as rc
    from ..recruitment.invitation import check_settings, write_letter
    from ..recruitment.status import pending as waiting

    study = get_study()
    if lang is not None and lang not in locale.LANGUAGES:
        raise FeltarbeidError(t("recruitment.bad_language", value=lang),
                              hint=t("recruitment.language_hint"))
    how = rc.parse_channel(channel)
    check_settings(study)
    chosen = list(codes or [])
    if new:
        chosen += [ln.code for ln in _lines(study, round_no) if ln.status == "not_contacted"]
    if unanswered is not None:
        if not reminder:
            raise FeltarbeidError(t("recruitment.unanswered_needs_reminder"),
                                  hint=t("recruitment.unanswered_hint"))
        chosen += [ln.code for ln in waiting(_lines(study, round_no), unanswered)]
    chosen = list(dict.fromkeys(chosen))
    if not chosen:
        if new or unanswered is not None:
            _say(t("recruitment.letter_none_selected"))
            return
        raise FeltarbeidError(t("recruitment.letter_no_codes"),
                              hint=t("recruitment.letter_no_codes_hint"))
    from ..store.registers import require_informant

    for code in chosen:  # every code known and not withdrawn before the first letter
        inf = require_informant(study.store, code)
        if inf.consent == "withdrawn" or inf.withdrawn_at:
            raise FeltarbeidError(t("recruitment.withdrawn", code=code),
                                  hint=t("recruitment.withdrawn_hint"))
    names, passphrase = _names(study, chosen, name)
    for code in chosen:
        written = write_letter(study, code, reminder=reminder, lang=lang,
                               name=names.get(code, ""), log=not draft, channel=how,
                               round_no=round_no, passphrase=passphrase)
        key = "recruitment.letter_draft" if draft else "recruitment.letter_written"
        _say(t(key, code=code, path=str(written.text_path.relative_to(study.root)),
               docx=written.docx_path.name))
        if name and not written.named:
            _say(t("recruitment.letter_unnamed", code=code))


def _names(study: Study, codes: list[str], wanted: bool) -> tuple[dict[str, str], str | None]:
    """Informants' names from the key (if wanted and the key exists), and the passphrase."""
    from ..anonymise import keyfile

    if not wanted or not keyfile.key_exists(study):
        return {}, None
    passphrase = keyfile.get_passphrase()
    key = keyfile.open_key(study, passphrase)
    return ({c: str(key.informants.get(c, {}).get("name", "") or "") for c in codes},
            passphrase)


def letter_template(
    lang: Annotated[str | None, typer.Option(
        "--language", help="nb, nn or en (default: the study's).")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Write it again (your own wording in it is kept).")] = False,
) -> None:
    """Write the study's own letter template, to reword any letter.

    templates/letters.<lang>.toml gets the wording of every letter (introductory letter, its
    reminder, the review packets' cover and reminder letters). Your wording is used from
    then on; delete a line to get the built-in text back.

    Example:

        feltarbeid informant letter-template
        feltarbeid informant letter-template --language en
    """
    from .. import locale
    from ..letters import write_template
    from ..recruitment.invitation import INVITATION_KEYS, REMINDER_KEYS
    from ..review.letters import COVER_KEYS
    from ..review.letters import REMINDER_KEYS as REVIEW_REMINDER

    study = get_study()
    lang = lang or study.language
    if lang not in locale.LANGUAGES:
        raise FeltarbeidError(t("recruitment.bad_language", value=lang),
                              hint=t("recruitment.language_hint"))
    review = [f"review.{k}" for k in dict.fromkeys([*COVER_KEYS, *REVIEW_REMINDER])]
    path = write_template(study.root, lang, [*INVITATION_KEYS, *REMINDER_KEYS, *review],
                          force=force)
    _say(t("recruitment.template_written", path=str(path)))


def _what(c: Contact) -> str:
    text = t(f"recruitment.kind_{c.what}")
    if c.appointment_at:
        text += " " + c.appointment_at.replace("T", " ")
    return text
