"""One language per study (issue 16, item 23): the listings, the timeline and every
refusal of 'review import' in a Bokmål or Nynorsk study hold no English words.

The check strips what is not prose (paths, commands in quotes, options, codes) and then
looks for English words that are not Norwegian words too."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from test_review import one_packet, transcript_in_store

from feltarbeid import locale
from feltarbeid.anonymise.leaks import Leak, LeakFound
from feltarbeid.domain import Event
from feltarbeid.store import sessions as sess
from feltarbeid.store.registers import update_informant
from feltarbeid.study import Study, init_study

# English words that are no Norwegian (Bokmål or Nynorsk) words; 'status', 'case',
# 'informant', 'intervju' … are the same in both, and 'no' is Nynorsk ('now'): not listed
ENGLISH = {
    "the", "is", "was", "not", "and", "of", "with", "file", "found", "finished", "verified",
    "written", "oral", "yes", "none", "withdrawn", "failed", "running", "exported",
    "recorded", "transcribed", "anonymised", "in_review", "session_start", "item_asked",
    "recording_start", "session_end", "bookmark", "followup", "consent", "gap", "recorder",
    "informants", "key", "answer", "nothing", "already", "changed", "damaged", "empty",
    "folder", "packet", "passage", "received", "promised", "observation", "notes", "ask",
    "this", "that", "from", "planned", "progress", "state", "session", "rec", "asked",
    "characters", "near", "gazetteer", "itself", "document", "cannot", "structure",
    "aborted", "interrupted", "template", "released", "reminder", "declined", "wording",
    "checked",
}


def english_words(text: str) -> set[str]:
    text = re.sub(r"'[^'\n]*'", " ", text)  # commands to type: 'feltarbeid review status'
    text = re.sub(r"«[^»\n]*»", " ", text)  # quoted values
    text = re.sub(r"\S*/\S*", " ", text)  # paths
    text = re.sub(r"--[\w-]+", " ", text)  # options
    text = re.sub(r"\[[a-z_]+\]", " ", text)  # feltarbeid.toml sections: [key], [review]
    words = {w.lower() for w in re.findall(r"[A-Za-zÆØÅæøå_]+", text)}
    return words & ENGLISH


def _events(study: Study, sid: str) -> None:
    at = "2026-05-04T10:00:00+02:00"
    sess.upsert_events(study.store, sid, [
        Event(1, "session_start", at, payload={"informants": ["IP01"]}),
        Event(2, "consent", at, payload={"informant": "IP01", "mode": "written"}),
        Event(3, "recording_start", at, t_rec=0.0),
        Event(4, "item_asked", at, t_rec=1.0, item_id="q1"),
        Event(5, "note", at, t_rec=2.0, payload={"kind": "observation", "text": "rolig"}),
        Event(6, "bookmark", at, t_rec=3.0, payload={"text": "godt eksempel"}),
        Event(7, "attribute", at, t_rec=4.0,
              payload={"informant": "IP01", "name": "anonymise", "value": "yes"}),
        Event(8, "document_request", at, t_rec=5.0,
              payload={"id": "D1", "text": "rapport", "status": "promised"}),
        Event(9, "sync", at, t_rec=6.0, payload={"t_rec": 6.0}),
        Event(10, "resume", at, t_rec=7.0, payload={"gap_seconds": 60}),
        Event(11, "session_end", at, t_rec=8.0),
    ])


@pytest.fixture(params=["nb", "nn"])
def lang_study(request, tmp_path: Path) -> Study:  # type: ignore[no-untyped-def]
    s = init_study(tmp_path / "studie", title="Språkstudie", language=request.param)
    yield s
    s.close()


def _no_english(label: str, text: str) -> None:
    found = english_words(text)
    assert not found, f"{label}: English words {sorted(found)} in:\n{text}"


def test_listings_and_timeline_in_the_study_language(lang_study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    study = lang_study
    made = transcript_in_store(study)  # IP01, a session, recording, anonymised transcript
    transcript_in_store(study, informants=("IP02",), state="transcribed")
    update_informant(study.store, "IP01", attributes={"anonymise": "yes", "utdanning": "master"})
    _events(study, made.session_id)
    one_packet(study)
    s = ("--study", str(study.root))
    for args in (("status",), ("session", "list"), ("session", "show", made.session_id),
                 ("informant", "show", "IP01"), ("informant", "list"), ("recording", "list"),
                 ("transcript", "list"), ("transcript", "show", "1"), ("review", "status"),
                 ("session", "show", "S999"),
                 ("recording", "link", "99", "--session", made.session_id),
                 ("review", "make", "--again"), ("privacy", "report")):
        r = cli(*s, *args)
        assert "Traceback" not in r.output
        _no_english(" ".join(args), r.output)
    r = cli(*s, "informant", "show", "IP01")
    assert locale.t("core.value_yes", study.language) in r.output.split()


def test_review_import_refusals_in_the_study_language(lang_study: Study, cli,
                                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    study = lang_study
    transcript_in_store(study)
    made = one_packet(study)
    files: dict[str, Path] = {"missing": tmp_path / "finnes-ikke.html", "folder": tmp_path}
    files["empty"] = tmp_path / "tom.html"
    files["empty"].write_text("")
    files["text"] = tmp_path / "brev.txt"
    files["text"].write_text("Hei, her er svaret mitt.")
    files["packet"] = made.files[0]
    files["untouched"] = made.files[2]
    files["zip"] = tmp_path / "skadet.docx"
    with zipfile.ZipFile(files["zip"], "w") as z:
        z.writestr("x.txt", "ikke word")
    files["cut"] = tmp_path / "svar-kuttet.html"
    files["cut"].write_text('<html><script id="feltarbeid-answer">{"format": ')
    edited = Document(str(made.files[2]))
    gone = next(p for p in edited.paragraphs if p.text.startswith("[2] "))
    gone._p.getparent().remove(gone._p)
    files["structure"] = tmp_path / "endret.docx"
    edited.save(str(files["structure"]))
    for label, path in files.items():
        r = cli("--study", str(study.root), "review", "import", str(path))
        assert r.exit_code != 0, (label, r.output)
        assert "Traceback" not in r.output
        _no_english(f"review import ({label})", r.output)
    r = cli("--study", str(study.root), "review", "import", str(files["text"]),
            "--accept-all", "--reject-all")
    assert r.exit_code != 0
    _no_english("review import --accept-all --reject-all", r.output)


def test_leak_places_in_the_study_language(lang_study: Study) -> None:
    locale.set_language(lang_study.language)
    err = LeakFound([Leak("pakke IP01-T1 avsnitt 2", "key", 3, 9, "key"),
                     Leak("pakke IP01-T1 avsnitt 3", "key", 0, 4, "near"),
                     Leak("pakke IP01-T1 avsnitt 4", "MUNICIPALITY", 5, 10, "gazetteer")])
    text = err.where or ""
    assert "(key, key)" not in text
    _no_english("leak places", text)


def test_plural_and_docx_language(lang_study: Study) -> None:
    lang = lang_study.language
    assert locale.plural("interview.n_notes", 1, lang) == "1 notat"
    assert locale.plural("interview.n_gaps", 2, lang) in ("2 pauser", "2 pausar")
    assert locale.plural("interview.n_bookmarks", 0, lang).startswith("0 bokmerke")
    transcript_in_store(lang_study)
    made = one_packet(lang_study)
    with zipfile.ZipFile(made.files[2]) as z:
        styles = z.read("word/styles.xml").decode()
        core = z.read("docProps/core.xml").decode()
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S)
    tags = re.findall(r'<w:lang w:val="([^"]+)"', defaults.group(0) if defaults else "")
    assert tags == [f"{lang}-NO"]
    assert f"<dc:language>{lang}-NO</dc:language>" in core


def test_newer_commands_in_the_study_language(lang_study: Study, cli, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Listings and refusals of the commands that came with documents, recruitment, memos,
    models, indirect identifiers, sensitive passages and the workbench."""
    from feltarbeid.anonymise import keyfile

    study = lang_study
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, "passord-for-test-1")
    made = transcript_in_store(study)
    keyfile.create_key(study, "passord-for-test-1")
    assert cli("--study", str(study.root), "case", "add", "K1").exit_code == 0
    minutes = tmp_path / "referat.txt"
    minutes.write_text("Referat fra møtet\n\nKontoret har én felles leder.\n", "utf-8")
    s = ("--study", str(study.root))
    runs = [
        ("memo", "add", "--kind", "project", "Jeg har selv jobbet i NAV."),
        ("memo", "list"), ("memo", "show", "M1"), ("memo", "show", "M99"),
        ("memo", "add", "--kind", "sånn", "x"),
        ("informant", "contact", "IP01", "ja", "-c", "telefon"),
        ("informant", "contact", "IP01", "kanskje"),
        ("informant", "recruitment"), ("informant", "pending"),
        ("informant", "contacts", "IP01"), ("informant", "letter", "IP01"),
        ("document", "add", str(minutes), "--case", "K1", "--kind", "referat"),
        ("document", "add", str(minutes), "--case", "K1"),
        ("document", "list"), ("document", "show", "1"), ("document", "show", "99"),
        ("document", "add", str(tmp_path / "finnes-ikke.pdf"), "--case", "K1"),
        ("document", "anonymise"), ("document", "check", "1"),
        ("document", "status", "1", "tull"), ("document", "template", "list"),
        ("model", "list"),
        ("anonymise", "indirect", "list"), ("anonymise", "indirect", "accept", "99"),
        ("transcript", "sensitive"),
        ("transcript", "sensitive", str(made.transcript_id), "--passage", "999",
         "--reason", "x"),
        ("transcript", "sensitive", str(made.transcript_id), "--passage", "2",
         "--reason", "kan skade samarbeidet"),
        ("transcript", "sensitive"),
        ("transcript", "diff", str(made.transcript_id)), ("transcript", "edit", "99"),
        ("transcript", "list"), ("status",), ("review", "make"),
        ("export", "--to", "csv", "--with-audio"),
    ]
    runs.append(("model", "remove", "finnes-ikke"))  # the question unanswered: aborted
    problems = []
    for args in runs:
        r = cli(*s, *args)
        assert "Traceback" not in r.output, (args, r.output)
        if english_words(r.output):
            problems.append(f"{' '.join(args)}: {sorted(english_words(r.output))}\n{r.output}")
    assert not problems, "\n\n".join(problems)


# ----------------------------------------- issue 16 item 23: refusals from the catalogue


def test_register_and_key_refusals_in_the_study_language(lang_study: Study, cli, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """What a user can get wrong at the command line: unknown informant, case, transcript
    or session, a code or case twice, a bad code, attribute or choice, a second key, a
    withdrawal kept until a day gone by, a report written onto a folder."""
    from feltarbeid.anonymise import keyfile

    study = lang_study
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, "passord-for-test-1")
    made = transcript_in_store(study)  # IP01 with a session and a transcript
    s = ("--study", str(study.root))
    empty, text = tmp_path / "tomt.wav", tmp_path / "notat.m4a"
    empty.write_bytes(b"")
    text.write_text("ingen lyd her\n" * 50)
    assert cli(*s, "case", "add", "K1").exit_code == 0
    assert cli(*s, "key", "create").exit_code == 0
    runs = [
        ("informant", "show", "IP99"), ("informant", "set", "IP99", "--role", "x"),
        ("case", "add", "K1"), ("informant", "add", "IP01"),
        ("informant", "add", "IP05", "--case", "K9"),
        ("informant", "set", "IP01", "--case", "K9"),
        ("informant", "add", "Kari Nordmann"), ("informant", "add", "IP06", "--attr", "alder"),
        ("informant", "add", "IP06", "--attr", "=40"),
        ("informant", "set", "IP01", "--consent", "kanskje"),
        ("case", "set", "K1"), ("case", "set", "K9", "--municipality", "Asker"),
        ("transcript", "show", "99"), ("anonymise", "override", "99", "--anonymise"),
        ("anonymise", "override", str(made.transcript_id)),
        ("anonymise", "indirect", "accept", "1", "2", "--wording", "et kontor"),
        ("anonymise", "detect", str(tmp_path / "finnes-ikke.jsonl")),
        ("interview", "--session", "S999"),
        ("key", "create"), ("key", "add", "Kari", "--kind", "dyr"), ("key", "add", " "),
        ("key", "remove", "99"), ("key", "export", str(study.key_path.parent)),
        ("withdraw", "IP01", "--keep-until", "2020-01-01", "--yes"),
        ("withdraw", "IP01", "--keep-until", "neste år", "--yes"),
        ("privacy", "report", "--markdown", str(tmp_path)),
        ("init", str(study.root), "--language", study.language),
    ]
    problems = []
    for args in runs:
        r = cli(*s, *args)
        assert r.exit_code != 0, (args, r.output)
        assert "Traceback" not in r.output, (args, r.output)
        if english_words(r.output) or not r.output.strip():
            problems.append(f"{' '.join(args)}: {sorted(english_words(r.output))}\n{r.output}")
    assert not problems, "\n\n".join(problems)
    # a recording that is no sound is added with a warning (transcription will refuse it)
    for path in (empty, text):
        r = cli(*s, "recording", "add", str(path))
        assert "Traceback" not in r.output
        _no_english("recording add", r.output)
    assert locale.t("transcribe.audio_unreadable", study.language, kind="").split("(")[0] \
        in r.output
    # the same refusal in an English study: the language is the study's
    english = init_study(tmp_path / "english", title="English study", language="en")
    english.close()
    r = cli("--study", str(english.root), "informant", "show", "IP99")
    assert r.exit_code != 0 and "no informant IP99" in r.output, r.output


def test_interview_refusals_in_the_study_language(lang_study: Study) -> None:
    """Starting an interview without an informant or without consent, and the journal
    refusals, in the study's language (the app shows them as they are)."""
    from feltarbeid.domain import Informant
    from feltarbeid.errors import FeltarbeidError
    from feltarbeid.interview.guides import guide_for_new_session
    from feltarbeid.interview.recorder import SessionRecorder, SessionSetup
    from feltarbeid.store.registers import add_informant

    study = lang_study
    locale.set_language(study.language)
    guide = guide_for_new_session(study, Path(__file__).resolve().parent.parent / "guides"
                                  / "nav-partnerskap.yaml")
    add_informant(study.store, Informant(code="IP01"))
    refusals = []
    for setup in (SessionSetup(informants=[]), SessionSetup(informants=["IP01"]),
                  SessionSetup(informants=["IP01"], case="K9", consents={"IP01": "oral"}),
                  SessionSetup(informants=["IP77"], consents={"IP77": "oral"})):
        with pytest.raises(FeltarbeidError) as caught:
            SessionRecorder.start(study, guide, setup)
        refusals.append(caught.value.render())
    with pytest.raises(FeltarbeidError) as caught:
        SessionRecorder.resume(study, guide, "S404")
    refusals.append(caught.value.render())
    rec = SessionRecorder.start(study, guide, SessionSetup(informants=["IP01"],
                                                           consents={"IP01": "oral"}))
    for attempt in (lambda: rec.followup("hvorfor?"), lambda: rec.answer("finnes-ikke", "IP01", 1),
                    lambda: rec.document("rapport", status="kanskje")):
        with pytest.raises(FeltarbeidError) as caught:
            attempt()
        refusals.append(caught.value.render())
    rec.end()
    with pytest.raises(FeltarbeidError) as caught:
        rec.bookmark()
    refusals.append(caught.value.render())
    rec.close()
    for text in refusals:
        _no_english("interview", text)
    assert locale.t("interview.no_consent", study.language, codes="IP01") in refusals[1]


def test_passphrases_that_differ_in_the_study_language(lang_study: Study,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The prompts and the refusal when the two answers differ (getpass is the terminal)."""
    from feltarbeid.anonymise import keyfile
    from feltarbeid.errors import FeltarbeidError

    locale.set_language(lang_study.language)
    prompts: list[str] = []
    answers = iter(["passord-en-1234", "passord-to-1234"])

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(keyfile.getpass, "getpass", fake_getpass)
    with pytest.raises(FeltarbeidError) as caught:
        keyfile.ask_passphrase("anonymise.key_prompt", confirm=True)
    _no_english("passphrase", caught.value.render() + "\n" + "\n".join(prompts))
    assert "Passphrase" not in prompts[0] and "Again" not in prompts[1]
    monkeypatch.delenv(keyfile.PASSPHRASE_ENV, raising=False)
    with pytest.raises(FeltarbeidError) as caught:
        keyfile.get_passphrase(prompt=False)
    _no_english("no passphrase", caught.value.render())


def test_a_damaged_database_in_the_study_language(lang_study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    """A database file that is no database, and one from a newer feltarbeid: refused
    (StoreError) in the study's language."""
    import sqlite3

    study = lang_study
    db = study.db_path
    study.close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_version(version, applied_at) VALUES (9999, 'x')")
    r = cli("--study", str(study.root), "status")
    assert r.exit_code != 0 and "9999" in r.output
    _no_english("newer database", r.output)
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    db.write_bytes(b"dette er ingen database\n" * 200)
    r = cli("--study", str(study.root), "status")
    assert r.exit_code != 0 and "Traceback" not in r.output, r.output
    _no_english("not a database", r.output)


def test_settings_refusals_in_the_chosen_language(lang_study: Study, cli) -> None:  # type: ignore[no-untyped-def]
    """A feltarbeid.toml that cannot be read names no language of its own: --lang (or
    $FELTARBEID_LANG) chooses, and the refusal and the key's help are in it. The file
    'init' writes explains each key in the study's language."""
    settings = lang_study.settings.path
    good = settings.read_text(encoding="utf-8")
    for bad in ('[study]\nlangauge = "nb"\n', '[studie]\ntitle = "x"\n',
                '[review]\ndeadline_days = "to uker"\n', '[anonymise]\nsize_bounds = [5, 2]\n',
                '[study\ntitle = "x"\n', '[study]\nend_date = "31.12.2027"\n'):
        settings.write_text(bad, encoding="utf-8")
        r = cli("--lang", lang_study.language, "--study", str(lang_study.root), "status")
        assert r.exit_code == 2 and "Traceback" not in r.output, r.output
        _no_english(bad, r.output)
    assert "# " + locale.t("settings.study.title", lang_study.language) in good


def test_workbench_edit_refusals_in_the_study_language(lang_study: Study) -> None:
    """An edit that does not fit (a stale tab, a damaged journal) is refused with a reason
    the researcher can read."""
    from feltarbeid.domain import Segment
    from feltarbeid.errors import FeltarbeidError
    from feltarbeid.workbench.draft import Draft, DraftError
    from feltarbeid.workbench.session import _validate

    locale.set_language(lang_study.language)
    draft = Draft.of([Segment(0, 0.0, 2.0, "Vi møtes hver uke."),
                      Segment(1, 2.0, 4.0, "Det går fint.")])
    reasons = []
    for edit in ({"op": "tull"}, {"op": "splice", "p": 7, "a": 0, "b": 1, "s": "x"},
                 {"op": "splice", "p": 0, "a": 3, "b": 99, "s": "x"},
                 {"op": "split", "p": 0, "at": 0, "t": 1.0}):
        with pytest.raises(DraftError) as caught:
            draft.apply(edit)
        reasons.append(str(caught.value))
    for edit in ({"op": "splice", "p": 0, "a": 3, "b": 99, "s": "x"},
                 {"op": "splice", "p": 9, "a": 0, "b": 1, "s": "x"}):
        with pytest.raises(FeltarbeidError) as caught_refusal:
            _validate(draft, edit)
        reasons.append(caught_refusal.value.render())
    for reason in reasons:
        _no_english("workbench", reason)
