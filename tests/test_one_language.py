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
