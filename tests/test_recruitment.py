"""Recruitment (issue 15): the contact log, where each informant stands, the introductory
letter and its reminder, notes in the linking key, and the upgrade of an older database.

Real SQLite, a real age-encrypted key, the real CLI; synthetic names only.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document

from feltarbeid import settings as settings_mod
from feltarbeid.anonymise import keyfile
from feltarbeid.domain import Contact, Informant, Session
from feltarbeid.errors import FeltarbeidError
from feltarbeid.letters import load_text, template_path, write_template
from feltarbeid.recruitment import contacts as rc
from feltarbeid.recruitment import invitation
from feltarbeid.recruitment.status import pending, recruitment_lines
from feltarbeid.review.letters import cover_letter
from feltarbeid.review.packet import Packet
from feltarbeid.store import Store, core
from feltarbeid.store import recruitment as db
from feltarbeid.store import registers as reg
from feltarbeid.store import sessions as sess
from feltarbeid.store.schema import MIGRATION_RECRUITMENT, MIGRATIONS
from feltarbeid.study import Study, init_study, open_study

PASS = "syntetisk-passord"
NAME = "Tove Hansen"  # synthetic
SECRETARY = "Anne Holm"  # synthetic
PURPOSE = ("Prosjektet undersøker hvordan lederne av NAV-kontorene samarbeider med "
           "kommunen i partnerskapet.")


def _day(days_ago: int) -> str:
    return (date.today() - timedelta(days=days_ago)).isoformat()


def _ready(study: Study) -> Study:
    """Settings the letter needs, written the way a researcher would (feltarbeid.toml)."""
    path = study.settings.path
    for section, key, value in (
            ("study", "researcher", "Kari Lie, masterstudent"),
            ("study", "institution", "Universitetet i Oslo"),
            ("study", "contact", "kari.lie@uio.no, telefon 22 85 50 50"),
            ("study", "end_date", "2027-06-30"),
            ("recruitment", "purpose", PURPOSE)):
        settings_mod.set_value(path, section, key, value)
    return open_study(study.root)


@pytest.fixture
def recruiting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Study:
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    study = init_study(tmp_path / "studie", title="NAV-partnerskap", language="nb")
    for code in ("IP01", "IP02", "IP03"):
        reg.add_informant(study.store, Informant(code, role="NAV-leder"))
    return study


# ------------------------------------------------------------------------------ schema


def test_an_older_database_with_data_is_upgraded(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A study made before this migration (every migration before it applied, data in it)
    opens, gains the tables, and keeps its rows and foreign keys."""
    older = MIGRATIONS[:MIGRATIONS.index(MIGRATION_RECRUITMENT)]
    monkeypatch.setattr(core, "MIGRATIONS", older)
    path = tmp_path / "feltarbeid.db"
    with Store(path) as store:
        reg.add_informant(store, Informant("IP01", role="NAV-leder", consent="written"))
        sess.create_session(store, Session(id="S001", informants=["IP01"]))
        assert store.version() == len(older)
    monkeypatch.setattr(core, "MIGRATIONS", MIGRATIONS)
    with Store(path) as store:
        assert store.version() == len(MIGRATIONS)
        assert reg.require_informant(store, "IP01").consent == "written"
        saved = db.add_contact(store, Contact(0, "IP01", "2026-03-02", "email", "letter_sent"))
        assert db.list_contacts(store, "IP01") == [saved]
        with pytest.raises(sqlite3.IntegrityError):  # the log belongs to a known informant
            db.add_contact(store, Contact(0, "IP99", "2026-03-02", "email", "yes"))
        with pytest.raises(sqlite3.IntegrityError):  # only known kinds
            db.add_contact(store, Contact(0, "IP01", "2026-03-02", "email", "kanskje"))
        assert store.verify_audit() == []


# ------------------------------------------------------------------------------ status


def test_status_per_informant_and_round() -> None:
    today = date(2026, 3, 20)
    people = [Informant(c) for c in ("IP01", "IP02", "IP03", "IP04", "IP05", "IP06")]
    people.append(Informant("IP07", consent="withdrawn", withdrawn_at="2026-03-10"))
    log = [
        Contact(1, "IP01", "2026-03-01", "email", "letter_sent"),
        Contact(2, "IP01", "2026-03-09", "phone", "reminder"),
        Contact(3, "IP02", "2026-03-01", "phone", "yes"),
        Contact(4, "IP02", "2026-03-02", "email", "letter_sent"),  # the form to sign
        Contact(5, "IP03", "2026-03-01", "email", "letter_sent"),
        Contact(6, "IP03", "2026-03-05", "email", "no"),
        Contact(7, "IP04", "2026-03-02", "phone", "appointment", appointment_at="2026-03-24T10:00"),
        Contact(8, "IP06", "2026-03-01", "email", "letter_sent"),
        Contact(9, "IP06", "2026-03-19", "email", "letter_sent", round=2),
        Contact(10, "IP05", "2026-03-18", "sms", "other"),
        Contact(11, "IP07", "2026-03-01", "email", "letter_sent"),
    ]
    interviews = {"IP06": ["2026-03-15T09:00:00+01:00"]}
    lines = {ln.code: ln for ln in recruitment_lines(people, log, interviews, today)}
    assert lines["IP01"].status == "reminded" and lines["IP01"].days_since == 11
    assert lines["IP01"].reminders == 1 and lines["IP01"].first_letter == "2026-03-01"
    assert lines["IP02"].status == "accepted"  # a letter after a yes changes nothing
    assert lines["IP03"].status == "declined"
    assert lines["IP04"].status == "accepted" and lines["IP04"].appointment == "2026-03-24T10:00"
    assert lines["IP05"].status == "contacted"
    assert lines["IP07"].status == "withdrawn"
    # IP06 is in round 2 now: the interview of round 1 does not count for it
    assert lines["IP06"].round == 2 and lines["IP06"].status == "letter_sent"
    first = {ln.code: ln for ln in recruitment_lines(people, log, interviews, today, 1)}
    assert first["IP06"].status == "interviewed"
    assert first["IP06"].interviewed_at.startswith("2026-03-15")
    # waiting for an answer, longest first; --days filters
    assert [ln.code for ln in pending(list(lines.values()))] == ["IP01", "IP05", "IP06"]
    assert [ln.code for ln in pending(list(lines.values()), 7)] == ["IP01"]


# ------------------------------------------------------------------------------ the log


def test_contact_log_from_the_command_line(recruiting: Study, cli) -> None:  # type: ignore[no-untyped-def]
    s = ["--study", str(recruiting.root)]
    assert cli(*s, "informant", "contact", "IP01", "skriv", "--date", _day(12)).exit_code == 0
    assert cli(*s, "informant", "contact", "IP01", "påminnelse", "-c", "telefon",
               "--date", _day(8)).exit_code == 0
    assert cli(*s, "informant", "contact", "IP02", "skriv", "--date", _day(3)).exit_code == 0
    r = cli(*s, "informant", "contact", "IP03", "avtale", "-c", "personlig",
            "--at", "2026-12-16 10:00")
    assert r.exit_code == 0 and "avtale 2026-12-16 10:00" in r.stdout
    assert "informant set IP03 --consent written" in r.stdout
    log = db.list_contacts(recruiting.store)
    assert [(c.informant, c.what, c.channel) for c in log] == [
        ("IP01", "letter_sent", "email"), ("IP01", "reminder", "phone"),
        ("IP02", "letter_sent", "email"), ("IP03", "appointment", "in_person")]
    r = cli(*s, "informant", "pending", "--days", "7")
    assert r.exit_code == 0
    assert "IP01" in r.stdout and "IP02" not in r.stdout and "påminnet" in r.stdout
    r = cli(*s, "informant", "recruitment")
    assert "takket ja" in r.stdout and "skriv sendt" in r.stdout
    r = cli(*s, "informant", "show", "IP01")
    assert "Rekruttering" in r.stdout and "påminnet" in r.stdout
    # bad input: a clear message in Norwegian, nothing recorded
    for args, message in (
            (("IP01", "kanskje"), "Ukjent type kontakt"),
            (("IP01", "ja", "-c", "brevdue"), "Ukjent kanal"),
            (("IP01", "ja", "--date", "2099-01-01"), "fram i tid"),
            (("IP01", "ja", "--date", "1. mars"), "ikke en dato"),
            (("IP01", "avtale"), "trenger et tidspunkt"),
            (("IP01", "ja", "--at", "2026-12-16 10:00"), "gjelder bare en avtale"),
            (("IP09", "ja"), "IP09")):
        r = cli(*s, "informant", "contact", *args)
        assert r.exit_code != 0 and message in r.stderr, (args, r.stderr)
        assert "Traceback" not in r.output
    assert len(db.list_contacts(recruiting.store)) == 4
    r = cli(*s, "informant", "contact-delete", str(log[-1].id), "--yes")
    assert r.exit_code == 0 and len(db.list_contacts(recruiting.store)) == 3


def test_a_note_lives_in_the_key_never_in_the_database(recruiting: Study, cli) -> None:  # type: ignore[no-untyped-def]
    s = ["--study", str(recruiting.root)]
    note = f"Snakket med sekretær {SECRETARY}; ring etter ferien."
    # no key yet: refused, nothing recorded (a name must not fall back into the database)
    r = cli(*s, "informant", "contact", "IP01", "annet", "-c", "telefon", "--note", note)
    assert r.exit_code != 0 and "koblingsnøkkelen" in r.stderr
    assert db.list_contacts(recruiting.store) == []
    keyfile.create_key(recruiting, PASS)
    # a wrong passphrase: refused, nothing recorded
    r = cli(*s, "informant", "contact", "IP01", "annet", "--note", note,
            env={keyfile.PASSPHRASE_ENV: "feil-passord-her"})
    assert r.exit_code != 0 and db.list_contacts(recruiting.store) == []
    r = cli(*s, "informant", "contact", "IP01", "annet", "-c", "telefon", "--note", note)
    assert r.exit_code == 0 and "nøkkelen" in r.stdout
    (saved,) = db.list_contacts(recruiting.store)
    assert saved.has_note
    assert keyfile.open_key(recruiting, PASS).contact_note(saved.id, "IP01") == note
    recruiting.store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(p.read_bytes() for p in recruiting.root.glob("feltarbeid.db*"))
    assert SECRETARY.encode() not in raw and "sekretær".encode() not in raw
    hidden = cli(*s, "informant", "contacts", "IP01")
    assert SECRETARY not in hidden.stdout and "🔒" in hidden.stdout
    shown = cli(*s, "informant", "contacts", "IP01", "--notes")
    assert SECRETARY in shown.stdout.replace("\n", " ").replace("│", " ").replace("  ", " ")
    # deleting the entry takes the note out of the key too
    rc.delete_contact(recruiting, saved.id, PASS)
    assert keyfile.open_key(recruiting, PASS).contact_notes == {}


# ------------------------------------------------------------------------------ letters


def test_letter_needs_the_facts_it_states(recruiting: Study, cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--study", str(recruiting.root), "informant", "letter", "IP01")
    assert r.exit_code != 0
    for key in ("[study] researcher", "[study] contact", "[study] end_date",
                "[recruitment] purpose"):
        assert key in r.stderr
    assert not (recruiting.packets_dir / "IP01").exists()
    assert db.list_contacts(recruiting.store) == []


def test_an_unknown_code_stops_every_letter(recruiting: Study, cli) -> None:  # type: ignore[no-untyped-def]
    study = _ready(recruiting)
    r = cli("--study", str(study.root), "informant", "letter", "IP01", "IP99", "--no-name")
    assert r.exit_code != 0 and "IP99" in r.stderr
    assert not (study.packets_dir / "IP01").exists()  # not half of the batch
    assert db.list_contacts(study.store) == []


def test_introductory_letter_with_name_from_the_key(recruiting: Study, cli) -> None:  # type: ignore[no-untyped-def]
    study = _ready(recruiting)
    keyfile.create_key(study, PASS, informants={"IP01": {"name": NAME,
                                                         "contact": "tove@example.no"}})
    r = cli("--study", str(study.root), "informant", "letter", "IP01", "IP02")
    assert r.exit_code == 0, r.output
    assert "IP02 har ikke navn" in r.stdout  # the letter to IP02 says "Hei!"
    (txt,) = (study.packets_dir / "IP01").glob("informasjonsskriv-IP01-*.txt")
    text = txt.read_text(encoding="utf-8")
    for expected in (f"Hei, {NAME}!", "«NAV-partnerskap»", PURPOSE, "Universitetet i Oslo",
                     "Prosjektleder er Kari Lie", "omtrent 90 minutter",
                     "Det er frivillig å delta",
                     "når som helst trekke samtykket tilbake uten å oppgi noen grunn",
                     "kryptert koblingsnøkkel", "30. juni 2027", "Datatilsynet", "Sikt",
                     "kari.lie@uio.no", "Samtykkeerklæring", "Referanse: IP01"):
        assert expected in text, expected
    assert "Sikt har vurdert" not in text  # only once a reference is set
    (docx,) = (study.packets_dir / "IP01").glob("informasjonsskriv-IP01-*.docx")
    words = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "Vil du delta i forskningsprosjektet «NAV-partnerskap»?" in words
    assert "Referanse: IP01" in words
    sent = db.list_contacts(study.store, "IP01")
    assert [(c.what, c.channel) for c in sent] == [("letter_sent", "email")]
    assert sent[0].letter == txt.relative_to(study.root).as_posix()
    assert "Hei!" in next((study.packets_dir / "IP02").glob("*.txt")).read_text("utf-8")
    # a reminder to everyone waiting: dated, with the letter below it
    r = cli("--study", str(study.root), "informant", "letter", "--reminder", "--unanswered",
            "0", "--no-name", "--channel", "brev")
    assert r.exit_code == 0, r.output
    (rem,) = (study.packets_dir / "IP01").glob("paaminnelse-IP01-*.txt")
    text = rem.read_text(encoding="utf-8")
    assert text.startswith("Emne: Påminnelse")
    assert "Den " in text and "sendte vi deg en forespørsel" in text
    assert "Hei!" in text and NAME not in text  # --no-name
    assert "Det er frivillig å delta" in text and "Samtykkeerklæring" in text
    assert [c.what for c in db.list_contacts(study.store, "IP01")] == ["letter_sent", "reminder"]
    assert db.list_contacts(study.store, "IP01")[-1].channel == "letter"


@pytest.mark.parametrize(("lang", "expected"), [
    ("nn", ("Vil du delta i forskingsprosjektet", "Det er frivillig å delta",
            "trekkje samtykket tilbake utan å gje nokon grunn", "30. juni 2027",
            "Venleg helsing", "Samtykkeerklæring")),
    ("en", ("Would you like to take part", "withdraw your consent at any time without "
            "giving a reason", "30 June 2027", "Datatilsynet", "Kind regards", "Consent form")),
])
def test_letter_in_nynorsk_and_english(recruiting: Study, lang: str,
                                       expected: tuple[str, ...]) -> None:
    study = _ready(recruiting)
    settings_mod.set_value(study.settings.path, "recruitment", "sikt_reference", "123456")
    study = open_study(study.root)
    written = invitation.write_letter(study, "IP02", lang=lang, log=False)
    text = written.text_path.read_text(encoding="utf-8")
    for e in expected:
        assert e in text, e
    assert "123456" in text  # the Sikt sentence comes with the reference
    assert db.list_contacts(study.store) == []  # a draft is not logged


def test_the_study_can_reword_any_paragraph(recruiting: Study, cli) -> None:  # type: ignore[no-untyped-def]
    study = _ready(recruiting)
    r = cli("--study", str(study.root), "informant", "letter-template")
    assert r.exit_code == 0
    path = template_path(study.root, "nb")
    text = path.read_text(encoding="utf-8")
    assert "[recruitment.invitation]" in text and "[review]" in text
    assert load_text(study.root, "nb").overrides  # it reads back: every key is known
    own = text.replace('h_why = "Hvorfor får du spørsmål om å delta?"',
                       'h_why = "Hvorfor akkurat du?"')
    own = own.replace('letter_thanks = "Vennlig hilsen"', 'letter_thanks = "Med vennlig hilsen"')
    path.write_text(own, encoding="utf-8")
    letter = invitation.render(study, "IP01")[1]
    assert "Hvorfor akkurat du?" in letter and "Hvorfor får du" not in letter
    packet = Packet(packet_id="IP01-T1-abc123", study_id=study.study_id, informant="IP01",
                    transcript_id=1, version_id=1, version_hash="x",
                    text_version="anonymised", language="nb", deadline="2026-12-07")
    assert "Med vennlig hilsen" in cover_letter(study, packet)  # review letters too
    # mistakes are named with the file and the key; nothing is written
    path.write_text('[recruitment.invitation]\nh_wyh = "Hvorfor?"\n', encoding="utf-8")
    with pytest.raises(FeltarbeidError, match="recruitment.invitation.h_why"):
        invitation.render(study, "IP01")
    path.write_text('[recruitment.invitation]\nh_why = "Hvorfor du, {navn}?"\n',
                    encoding="utf-8")
    with pytest.raises(FeltarbeidError, match="h_why") as err:
        invitation.render(study, "IP01")
    assert str(path) in str(err.value) and "{first_name}" in str(err.value)
    with pytest.raises(FeltarbeidError, match="finnes allerede"):
        write_template(study.root, "nb", ["recruitment.invitation.h_why"])
