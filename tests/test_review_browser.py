"""End to end in a real browser: an informant opens the HTML packet from a file:// URL in
headless Chromium (Debian's ``chromium``), corrects a passage, comments, closes the tab and
comes back, saves the answer file; the researcher imports it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_review import one_packet, transcript_in_store

from feltarbeid.store import review as review_store
from feltarbeid.store import transcripts
from feltarbeid.study import Study

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.slow


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "needs Debian's chromium: apt-get install -y chromium"
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def test_informant_answers_in_browser_and_researcher_imports(
        study: Study, cli, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    m = transcript_in_store(study)
    made = one_packet(study)
    html = made.files[0]
    # the informant got it by e-mail: a copy somewhere else, opened from file://
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    page_file = inbox / html.name
    shutil.copy(html, page_file)
    url = page_file.as_uri()
    context = browser.new_context(accept_downloads=True,
                                  viewport={"width": 375, "height": 740})  # a phone
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    assert page.title().startswith("Gjennomlesing av intervjuet ditt")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375, "no sideways scroll"
    assert page.locator("section.passage[data-n]").count() == 5

    # keyboard: confirm passage 1 with the space bar
    page.focus("input[name=a1][value=confirm]")
    page.keyboard.press("Space")
    assert page.is_checked("input[name=a1][value=confirm]")

    # correct passage 4
    corrected = "Det fungerer stort sett godt, men det tar tid å bygge tillit."
    page.check("input[name=a4][value=correct]")
    assert page.is_visible("#c4")
    page.fill("#c4", corrected)
    # comment on passage 2
    page.click("#p2 details summary")
    page.fill("#m2", "Møtet er ofte på Teams.")
    page.fill("#additions", "Vi har også ukentlige møter med NAV.")
    page.wait_for_timeout(600)  # the draft is kept after a short pause
    assert "Utkast lagret" in page.inner_text("#status")
    page.close()  # the tab is closed ...

    page = context.new_page()  # ... and opened again later
    page.goto(url)
    assert page.input_value("#c4") == corrected
    assert page.is_checked("input[name=a4][value=correct]")
    assert page.input_value("#m2") == "Møtet er ofte på Teams."
    assert "hentet fram" in page.inner_text("#status")

    page.click("#confirm-rest")
    assert page.is_checked("input[name=a5][value=confirm]")
    assert page.is_checked("input[name=a4][value=correct]")  # not overwritten
    with page.expect_download() as info:
        page.click("#save-answer")
    download = info.value
    assert download.suggested_filename == f"svar-{made.packet.packet_id}.html"
    answer_file = tmp_path / "returned" / download.suggested_filename
    answer_file.parent.mkdir()
    download.save_as(str(answer_file))
    # the draft still pending from "confirm the rest" must not replace the message
    # that tells the informant to send the file (CI caught it once, a race)
    page.wait_for_timeout(600)
    assert "Svaret er lagret" in page.inner_text("#status")
    assert not errors, errors
    assert all(u.startswith(("file:", "blob:", "data:")) for u in requests), requests
    context.close()

    # the researcher imports the answer
    r = cli("--study", str(study.root), "review", "import", str(answer_file), "--accept-all")
    assert r.exit_code == 0, r.output
    assert "{+godt,+}" in r.output and "Møtet er ofte på Teams." in r.output
    t = transcripts.load(study.store, m.transcript_id)
    assert t.state == "verified" and t.version_kind == "corrected"
    assert t.segments[4].text == corrected
    assert [a["text"] for a in review_store.additions(study.store, m.transcript_id)] == [
        "Vi har også ukentlige møter med NAV."]
    rnd = review_store.get_round(study.store, made.packet.packet_id)
    assert rnd["status"] == "verified"
    confirmed = sorted(p["n"] for p in rnd["answer"]["passages"] if p["action"] == "confirm")
    assert confirmed == [1, 2, 3, 5]
    # the saved answer imported twice is refused, nothing changes
    r = cli("--study", str(study.root), "review", "import", str(answer_file), "--accept-all")
    assert r.exit_code == 1 and "allerede avsluttet" in r.output


def test_withdraw_checkbox_asks_first(study: Study, browser) -> None:  # type: ignore[no-untyped-def]
    transcript_in_store(study)
    made = one_packet(study)
    page = browser.new_page()
    page.goto(made.files[0].as_uri())
    page.once("dialog", lambda d: d.dismiss())
    page.click("#withdraw")
    assert not page.is_checked("#withdraw")  # said no in the dialog
    page.once("dialog", lambda d: d.accept())
    page.click("#withdraw")
    assert page.is_checked("#withdraw")
