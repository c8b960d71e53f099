"""Indirect identifiers: the detector on Norwegian (Bokmål, Nynorsk, lower-case speech
recognition) and English sentences, trap sentences it must leave alone, and the flags in a
real study: found by the anonymisation batch, decided (accept / own wording / dismiss /
reopen), applied through the replacement mechanism, kept across re-runs, reversible;
shown by the CLI and the review screen; counted by the privacy report; warned about by
export."""

from __future__ import annotations

import pytest
from test_anonymise_batch import PASS, make_transcript, texts

from feltarbeid import locale
from feltarbeid.anonymise import apply, keyfile
from feltarbeid.anonymise.indirect import Place, find, number_value
from feltarbeid.anonymise.keyfile import create_key, open_key, save_key
from feltarbeid.anonymise.review_app import ReviewApp
from feltarbeid.errors import FeltarbeidError
from feltarbeid.privacy.report import build
from feltarbeid.store import anonymisation as db
from feltarbeid.store import indirect as idb
from feltarbeid.store import transcripts as ts


def flags(text: str, lang: str = "nb", **kw) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(f.kind, f.surface, f.suggestion) for f in find(text, lang, **kw)]


@pytest.mark.parametrize("lang, text, expected", [
    # a role there is one of per municipality, with a place
    ("nb", "Jeg snakket med rådmannen i Asker om det.",
     [("role_place", "rådmannen i Asker", "rådmannen i en av kommunene")]),
    ("nb", "Askers ordfører har vært tydelig.",
     [("role_place", "Askers ordfører", "ordfører i en av kommunene")]),
    ("nb", "NAV-lederen i [Kommune B] var med.",
     [("role_place", "NAV-lederen i [Kommune B]", "NAV-lederen i en av kommunene")]),
    ("nb", "Jeg er leder for NAV Drammen.",
     [("role_place", "leder for NAV Drammen", "leder for NAV i en av kommunene")]),
    ("nn", "Ordføraren i Voss sa at ho ville satse på det.",
     [("role_place", "Ordføraren i Voss", "Ordføraren i ein av kommunane"),
      ("pronoun_role", "ho", "vedkomande")]),
    # a gendered pronoun about the role, in the same or the next sentence
    ("nb", "Barnevernslederen var skeptisk. Hun ville vente.",
     [("pronoun_role", "Hun", "Vedkommende")]),
    ("nb", "Ordføreren kom, og kontoret hennes var stengt.",
     [("pronoun_role", "hennes", "til vedkommende")]),
    # exact staff and population numbers
    ("nb", "vi er 14 ansatte her på kontoret",
     [("staff_count", "14 ansatte her på kontoret", "et mellomstort kontor")]),
    ("nb", "Kontoret har 23 årsverk totalt.",
     [("staff_count", "23 årsverk", "20–50 årsverk")]),
    ("nb", "vi er fjorten stykker på kontoret",
     [("staff_count", "fjorten stykker på kontoret", "et mellomstort kontor")]),
    ("nn", "Me er 6 tilsette.", [("staff_count", "6 tilsette", "eit lite kontor")]),
    ("nb", "Det er en kommune med 2 300 innbyggere.",
     [("population", "2 300 innbyggere", "under 3 000 innbyggere")]),
    ("nb", "det bor rundt fem tusen innbyggere her",
     [("population", "rundt fem tusen innbyggere", "3 000–15 000 innbyggere")]),
    # distances and travel times
    ("nb", "Det er en times kjøring fra Oslo.",
     [("distance", "en times kjøring fra Oslo", "et stykke unna")]),
    ("nb", "kontoret ligger 30 km fra sentrum",
     [("distance", "30 km fra sentrum", "et stykke unna")]),
    ("nn", "Det er tre mil unna.", [("distance", "tre mil unna", "eit stykke unna")]),
    # former job titles
    ("nb", "Før dette var jeg fylkesdirektør i NAV.",
     [("former_job", "fylkesdirektør", "leder i fylket")]),
    ("nn", "Eg var tidlegare rådgjevar i kommunen.",
     [("former_job", "rådgjevar", "noko anna")]),
    # years tied to a unique event
    ("nb", "Hun har ledet kontoret siden det åpnet i 2008.",
     [("event_year", "siden det åpnet i 2008", "i flere år")]),
    ("nb", "jeg begynte her i 2014 og har vært her siden",
     [("event_year", "i 2014", "for noen år siden")]),
    # English (the demo's language)
    ("en", "I trained as a social worker in Asker, and I have led this office for six years.",
     [("former_job", "a social worker in Asker", "something else")]),
    ("en", "We are fourteen employees, an hour's drive from Oslo.",
     [("staff_count", "fourteen employees", "a medium-sized office"),
      ("distance", "an hour's drive from Oslo", "some distance away")]),
])
def test_detector_flags_with_suggestions(lang, text, expected):
    assert flags(text, lang) == expected


@pytest.mark.parametrize("text", [
    "vi bruker 14 dager på det",
    "møtet er klokka 14",
    "klokka 14 kom 14 brukere",
    "det tok to timer fra jeg kom",
    "jeg hadde en time med brukeren",
    "i 2008 var det finanskrise",
    "vi er to som deler kontor",
    "jeg har to barn og 14 dager ferie",
    "han sa det til meg",
    "ordføreren er viktig for oss",  # a role without a place
    "rådmannen i kommunen var positiv",  # not a named place
    "vi jobber med 14 prosent av brukerne",
])
def test_trap_sentences_are_not_flagged(text):
    assert flags(text) == []


def test_region_only_when_the_caller_gives_it_and_numbers_in_words():
    text = "rådmannen i lier sa ja"
    assert flags(text, places=[Place(12, 16, "Østlandet")]) == [
        ("role_place", "rådmannen i lier", "rådmannen i en av kommunene på Østlandet")]
    assert flags(text, places=[Place(12, 16)])[0][2] == "rådmannen i en av kommunene"
    assert flags(text) == []  # lower-case text: only places the name detector found
    assert [number_value(w) for w in ("14", "2 300", "fjorten", "femogtjue", "tjuefem")] == [
        14, 2300, 14, 25, 25]


@pytest.fixture
def keyed(study, monkeypatch):
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    create_key(study, PASS)
    return study


SAID = [
    "Fortell om kontoret.",
    "Vi er 14 ansatte, og rådmannen i Asker er positiv. Hun sa at kontoret åpnet i 2008.",
    "Hvor ligger det?",
    "Det er en times kjøring fra Oslo.",
]


def test_batch_flags_decisions_apply_and_survive_reruns(keyed):
    study = keyed
    tid = make_transcript(study, "IP01", SAID)
    summary = apply.run(study)
    assert summary.flagged == 5
    found = idb.flags(study.store)
    assert [(f.seg_idx, f.kind) for f in found] == [
        (1, "staff_count"), (1, "role_place"), (1, "pronoun_role"), (1, "event_year"),
        (3, "distance")]
    # offsets into the anonymised text too; nothing of the passage in the database
    out = texts(study, tid)
    role = found[1]
    assert out[1][role.out_start:role.out_end] == "rådmannen i [Kommune A]"
    assert all("Asker" not in str(tuple(r)) and "14 ansatte" not in str(tuple(r))
               for r in study.store.all("SELECT * FROM indirect_flags"))
    # nothing replaced before a decision
    assert out[1].startswith("Vi er 14 ansatte, og rådmannen i [Kommune")
    staff, role, pronoun, year, distance = found
    apply.decide_indirect(study, staff.id, "accepted")
    apply.decide_indirect(study, role.id, "accepted", wording="rådmannen i en nabokommune")
    apply.decide_indirect(study, pronoun.id, "dismissed")
    assert idb.count_open(study.store) == 2
    apply.run(study)
    out = texts(study, tid)
    assert out[1] == ("Vi er [et mellomstort kontor], og [rådmannen i en nabokommune] er "
                      "positiv. Hun sa at kontoret åpnet i 2008.")
    spans = db.spans(study.store, db.last_run(study.store, tid)["version_id"])
    assert [s.reason for s in spans if s.label == "INDIRECT"] == ["indirect", "indirect"]
    # idempotent; the decisions survive a registry change that re-anonymises
    assert apply.run(study).unchanged == [tid]
    key = open_key(study, PASS)
    key.add_entry("place", "Oslo")
    save_key(study, key, PASS)
    assert apply.run(study).done == [tid]
    assert texts(study, tid)[1] == out[1]
    assert {f.id: f.status for f in idb.flags(study.store, status=None)} == {
        staff.id: "accepted", role.id: "accepted", pronoun.id: "dismissed",
        year.id: "open", distance.id: "open"}
    # reversible with the key
    version = db.last_run(study.store, tid)["version_id"]
    assert [s.text for s in apply.reverse_segments(study, version, passphrase=PASS)] == SAID
    # reopened: back as said after the next run
    apply.decide_indirect(study, staff.id, "open")
    apply.run(study)
    assert texts(study, tid)[1].startswith("Vi er 14 ansatte, og [rådmannen i en nabokommune]")
    with pytest.raises(FeltarbeidError, match="Ordlyden er tom"):
        apply.decide_indirect(study, year.id, "accepted", wording=" [ ] ")
    with pytest.raises(FeltarbeidError, match="nr. 999"):
        apply.decide_indirect(study, 999, "dismissed")


def test_cli_list_accept_dismiss_and_warnings(keyed, cli):
    study = keyed
    make_transcript(study, "IP01", SAID)
    s = ["--study", str(study.root)]
    r = cli(*s, "anonymise")
    assert r.exit_code == 0, r.output
    assert "Indirekte identifikatorer til gjennomgang: 5" in r.stdout
    r = cli(*s, "anonymise", "indirect", "list")
    assert r.exit_code == 0, r.output
    assert "antall ansatte" in r.stdout and "et mellomstort kontor" in r.stdout
    assert "rådmannen i Asker" in r.stdout  # the passage as said, on this terminal only
    ids = [f.id for f in idb.flags(study.store)]
    r = cli(*s, "anonymise", "indirect", "accept", str(ids[0]), str(ids[1]))
    assert r.exit_code == 0 and "godtatt («et mellomstort kontor»)" in r.stdout
    r = cli(*s, "anonymise", "indirect", "dismiss", str(ids[2]))
    assert r.exit_code == 0 and "beholdt som det står" in r.stdout
    r = cli(*s, "anonymise", "indirect", "accept", str(ids[3]), str(ids[4]), "--wording", "x")
    assert r.exit_code == 1 and "Traceback" not in r.output
    r = cli(*s, "anonymise", "indirect", "accept", "999")
    assert r.exit_code == 1 and "indirect list" in r.stderr
    r = cli(*s, "anonymise", "indirect", "accept", str(ids[3]), "--wording",
            "for en tid siden", "--apply")
    assert r.exit_code == 0, r.output
    tid = idb.get_flag(study.store, ids[3]).transcript_id
    assert "[for en tid siden]" in texts(study, tid)[1]
    # one left open: the privacy report counts it, export warns (and exports)
    findings = [f for f in build(study).findings if f.code == "indirect_open"]
    assert [(f.severity, f.text) for f in findings] == [
        ("warning", locale.t("privacy.finding_indirect_open", n=1))]
    r = cli(*s, "export", "--to", "csv", "--include-unverified", "--out", "ut")
    assert r.exit_code == 0, r.output
    assert "1 indirekte identifikator er ikke gjennomgått" in r.stdout
    assert "feltarbeid anonymise review" in r.stdout
    r = cli(*s, "review", "make", "--informant", "IP01", "--uncorrected")
    assert r.exit_code == 0, r.output
    assert "packets/IP01/" in r.stdout and "1 indirekte identifikator er" in r.stdout


async def test_review_screen_accepts_edits_and_keeps(keyed):
    study = keyed
    tid = make_transcript(study, "IP01", [
        "hvor vokste du opp",
        "jeg vokste opp i lier",  # an unsure name hit first
        "og nå?",
        "vi er 14 ansatte og det er en times kjøring fra byen. kontoret åpnet i 2008.",
    ])
    apply.run(study)
    assert db.queue(study.store) and len(idb.flags(study.store)) == 3
    app = ReviewApp(study, passphrase=PASS)
    async with app.run_test() as pilot:
        assert app.mode == "names"
        await pilot.press("i")  # to the indirect identifiers
        assert app.mode == "indirect"
        assert "14 ansatte" in str(app.query_one("#review-context").render())
        assert "et mellomstort kontor" in str(app.query_one("#review-suggestion").render())
        await pilot.press("a")  # accept the suggestion
        assert app.flag_index == 1
        await pilot.press("e")  # edit the wording of the distance
        await pilot.press("ctrl+u", *"langt unna", "enter")
        await pilot.press("d")  # keep the year as said
        await pilot.pause()
        assert app.mode == "names"  # on to the name hit left
        await pilot.press("a")
        await pilot.pause()
    assert app.decided == 4
    assert {f.kind: (f.status, f.wording) for f in idb.flags(study.store, status=None)} == {
        "staff_count": ("accepted", None), "distance": ("accepted", "langt unna"),
        "event_year": ("dismissed", None)}
    apply.run(study)
    assert texts(study, tid)[3] == ("vi er [et mellomstort kontor] og det er [langt unna]. "
                                    "kontoret åpnet i 2008.")
    assert ts.load(study.store, tid).state == "anonymised"
