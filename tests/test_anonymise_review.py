"""The review screen (real Textual app under App.run_test) and the batch through the CLI."""

from __future__ import annotations

import pytest
from test_anonymise_batch import PASS, make_transcript, texts

from feltarbeid.anonymise import apply, keyfile
from feltarbeid.anonymise.keyfile import create_key
from feltarbeid.anonymise.review_app import ReviewApp
from feltarbeid.store import anonymisation as db
from feltarbeid.store import transcripts as ts


@pytest.fixture
def keyed(study, monkeypatch):
    monkeypatch.setenv(keyfile.PASSPHRASE_ENV, PASS)
    create_key(study, PASS)
    return study


async def test_review_screen_decides_unsure_hits(keyed):
    study = keyed
    tid = make_transcript(study, "IP01", [
        "hvor vokste du opp",
        "jeg vokste opp i lier og gikk mye til ski i gran",
    ])
    apply.run(study)
    items = db.queue(study.store)
    assert [(i.start, i.end) for i in items] == [(17, 21), (38, 41), (44, 48)]
    app = ReviewApp(study, passphrase=PASS)
    async with app.run_test() as pilot:
        context = app.query_one("#review-context")
        assert "lier" in str(context.render())
        assert "1" in str(app.query_one("#review-position").render())
        await pilot.press("j")  # look at the next one, then come back
        assert app.index == 1
        await pilot.press("k")
        await pilot.press("r")  # 'lier' here: not the municipality
        assert app.index == 1
        await pilot.press("N")  # 'ski': never a name in this study
        await pilot.press("a")  # 'gran': yes, the municipality
        await pilot.pause()
    assert app.decided == 3
    status = {i.start: i.status for i in db.queue(study.store, status=None)}
    assert status == {17: "rejected", 38: "rejected", 44: "accepted"}
    assert list(db.decisions(study.store).values()) == ["never"]
    apply.run(study)
    assert texts(study, tid)[1].startswith("jeg vokste opp i lier og gikk mye til ski i [Kommune")
    assert ts.load(study.store, tid).state == "anonymised"


def test_batch_cli(keyed, cli):
    study = keyed
    tid = make_transcript(study, "IP02", ["Hvor jobber du?", "Jeg jobber i Elverum kommune."])
    s = ["--study", str(study.root)]
    r = cli(*s, "anonymise", env={keyfile.PASSPHRASE_ENV: "wrong passphrase"})
    assert r.exit_code == keyfile.WrongPassphrase.exit_code and "Traceback" not in r.output
    assert ts.load(study.store, tid).state == "transcribed"
    r = cli(*s, "anonymise", env={keyfile.PASSPHRASE_ENV: PASS})
    assert r.exit_code == 0, r.output
    assert texts(study, tid)[1] == "Jeg jobber i [Kommune A] kommune."
    r = cli(*s, "anonymise", env={keyfile.PASSPHRASE_ENV: PASS})
    assert r.exit_code == 0 and "0" in r.stdout
    assert len(ts.versions(study.store, tid)) == 2
    r = cli(*s, "anonymise", "review")
    assert r.exit_code == 0  # nothing unsure: says so and returns
    r = cli(*s, "anonymise", "override", str(tid), "--segment", "1", "--anonymise")
    assert r.exit_code == 0 and db.overrides(study.store, tid)


def test_demo_step_on_the_sample_interview(keyed):
    """The demo's anonymisation step on the sample interview's text (English speech with
    invented people and real municipalities): nothing identifying is left."""
    from conftest import SAMPLE_AUDIO

    from feltarbeid.anonymise.demo import anonymise_demo
    from feltarbeid.anonymise.leaks import check_study_texts

    reference = SAMPLE_AUDIO / "reference.txt"
    if not reference.is_file():
        pytest.skip("sample_audio/reference.txt not built")
    study = keyed
    keyfile.delete_key(study, PASS)  # the demo creates its own key
    lines = [ln for ln in reference.read_text(encoding="utf-8").splitlines() if ln.strip()]
    tid = make_transcript(study, "IP01", lines)
    summary = anonymise_demo(study, passphrase=PASS)
    assert "anonymised 1 transcript" in summary
    out = "\n".join(texts(study, tid))
    for name in ("Tove", "Hansen", "Per Olsen", "Lillehammer", "Asker", "Moss"):
        assert name not in out
    check_study_texts(study, [(f"transcript {tid}", out)], passphrase=PASS)
    again = anonymise_demo(study, passphrase=PASS)  # re-runnable, changes nothing
    assert "anonymised 0 transcript(s), unchanged 1" in again
