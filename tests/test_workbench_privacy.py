"""The workbench and what anonymisation and export hold back: indirect identifiers shown
on their passages and decided from the workbench (through ``decide_indirect``, into the
store and the anonymised text), sensitive passages marked and unmarked (through
``feltarbeid.sensitive``, following the passage across versions), and names found in the
context of the whole transcript ('Lie' after 'Kari Lie'), as ``feltarbeid anonymise``
finds them."""

from __future__ import annotations

import random

import pytest

from feltarbeid.anonymise.detect import DocumentHits, detect_many
from feltarbeid.domain import Segment, Word
from feltarbeid.sensitive import sensitive_in
from feltarbeid.store import indirect as idb
from feltarbeid.store import sensitive as sensitive_db
from feltarbeid.store import transcripts as tstore
from feltarbeid.study import Study
from feltarbeid.workbench.app import WorkbenchApp
from feltarbeid.workbench.audio import Audio
from feltarbeid.workbench.render import FLAG_OPEN, HELD
from feltarbeid.workbench.session import Workbench
from feltarbeid.workbench.synthetic import add_transcript

PASSPHRASE = "workbench-privacy-test-passphrase"


def seg(idx: int, start: float, text: str, speaker: str = "IP01") -> Segment:
    ws = [Word(start + 0.5 * k, start + 0.5 * k + 0.4, f" {w}", 0.9)
          for k, w in enumerate(text.split())]
    return Segment(idx, start, start + 0.5 * len(text.split()), text, speaker, None, words=ws)


SAID = [
    seg(0, 0.0, "Fortell om kontoret.", "I"),
    seg(1, 3.0, "Vi er 14 ansatte her på kontoret, og det er en times kjøring fra Oslo."),
    seg(2, 20.0, "Hvem samarbeider dere med?", "I"),
    seg(3, 23.0, "Rådmannen i Asker er positiv, og vi møtes hver uke."),
    seg(4, 40.0, "Takk.", "I"),
]


def app_for(study: Study, tid: int) -> WorkbenchApp:
    return WorkbenchApp(Workbench.open(study, tid), audio=Audio(None, "no sound"))


def screen_text(app: WorkbenchApp) -> str:
    """What the terminal shows, lines joined by single spaces (wrapping undone)."""
    return " ".join(" ".join("".join(s.text for s in strip).split())
                    for strip in app.screen._compositor.render_strips())


def notes(app: WorkbenchApp) -> str:
    return " ".join(n.message for n in app._notifications)


async def settle(app: WorkbenchApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.slow  # real age encryption of the key (scrypt): seconds per opening
async def test_indirect_identifiers_decided_in_the_workbench(
        study: Study, monkeypatch: pytest.MonkeyPatch) -> None:
    from feltarbeid.anonymise.apply import run
    from feltarbeid.anonymise.keyfile import PASSPHRASE_ENV, create_key

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    tid = add_transcript(study, SAID)
    create_key(study, PASSPHRASE)
    run(study, passphrase=PASSPHRASE)
    stored = idb.flags(study.store, transcript_id=tid)
    assert [(f.seg_idx, f.kind) for f in stored] == [
        (1, "staff_count"), (1, "distance"), (3, "role_place")]
    app = app_for(study, tid)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        wb = app.workbench
        # the marker on the passage, the stretch with its kind and suggestion
        assert f"·{FLAG_OPEN}" in screen_text(app)
        assert "antall ansatte → et mellomstort kontor" in screen_text(app)
        # ctrl+e: to the first open one, a accepts the suggestion
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert wb.place.passage == 1
        assert "antall ansatte" in screen_text(app) and "a: godta" in screen_text(app)
        await pilot.press("a")
        await settle(app, pilot)
        # ctrl+e: the next one; e: own wording
        await pilot.press("ctrl+e")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *"langt unna", "enter")
        await settle(app, pilot)
        # the next: d keeps it as said
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert wb.place.passage == 3
        await pilot.press("d")
        await settle(app, pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert "Ingen åpne indirekte identifikatorer" in notes(app)
    decided = {f.kind: (f.status, f.wording) for f in
               idb.flags(study.store, transcript_id=tid, status=None)}
    assert decided == {"staff_count": ("accepted", None),
                       "distance": ("accepted", "langt unna"),
                       "role_place": ("dismissed", None)}
    # the anonymised text has them (the workbench anonymised again, with the key)
    anon = tstore.segments(study.store, tstore.latest_version(study.store, tid, "anonymised"))
    assert anon[1].text == "Vi er [et mellomstort kontor], og det er [langt unna]."
    assert anon[3].text.startswith("Rådmannen i [Kommune")
    actions = [r["action"] for r in study.store.all(
        "SELECT action FROM audit_log WHERE action LIKE 'anonymise.indirect.%'")]
    assert actions == ["anonymise.indirect.accepted"] * 2 + ["anonymise.indirect.dismissed"]
    # wide: the decided ones with their wording, beside the passage
    app = app_for(study, tid)
    async with app.run_test(size=(150, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        text = screen_text(app)
        assert "14 ansatte her på kontoret‹→ [et mellomstort kontor]›" in text
        assert "en times kjøring fra Oslo‹→ [langt unna]›" in text
        assert "Rådmannen i Asker‹Kommune" in text


async def test_preview_before_anonymisation_and_no_decision(study: Study) -> None:
    tid = add_transcript(study, SAID)
    app = app_for(study, tid)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "fra Oslo‹kommune›‹avstand eller reisetid → et stykke unna›" in screen_text(app)
        await pilot.press("pagedown")
        await pilot.pause()
        assert "◆ antall ansatte → et mellomstort kontor" in screen_text(app)
        # typed while correcting: found at once
        await pilot.press("end", *" Vi bor 30 km fra sentrum.")
        await pilot.pause()
        text = app.workbench.draft[1].text
        assert [(text[f.start:f.end], f.status) for f in app.screen._flags_of(1)] == [
            ("14 ansatte her på kontoret", "preview"),
            ("en times kjøring fra Oslo", "preview"), ("30 km fra sentrum", "preview")]
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert "Forhåndsvisning" in screen_text(app)
        await pilot.press("a")  # nothing to decide yet
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert idb.flags(study.store, status=None) == []


async def test_sensitive_passages_marked_and_unmarked(study: Study) -> None:
    tid = add_transcript(study, SAID)
    app = app_for(study, tid)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        wb = app.workbench
        await pilot.press("pagedown", "end", *" Egentlig", "ctrl+k")  # unsaved draft
        await pilot.pause()
        await pilot.press(*"kan skade samarbeidet", "enter")
        await pilot.pause()
        marks = sensitive_db.marks(study.store, tid)
        assert [(m.start, m.end, m.reason) for m in marks] == [
            (SAID[1].start, SAID[1].end, "kan skade samarbeidet")]
        await pilot.press("pagedown")
        await pilot.pause()
        assert f"·{HELD}" in screen_text(app)  # the passage above, in the gutter
        # a range of passages (shift+PageDown) becomes one mark
        await pilot.press("shift+pagedown", "ctrl+k")
        await pilot.pause()
        assert "avsnitt 3–4" in screen_text(app).lower()
        await pilot.press(*"gjenkjennbar konflikt", "enter")
        await pilot.pause()
        marks = sensitive_db.marks(study.store, tid)
        assert [(m.seg_first, m.seg_last) for m in marks] == [(1, 1), (2, 3)]
        # a split passage stays held back in both halves (the mark follows the time)
        app.screen.editor.move_cursor((0, wb.draft[3].text.index("og vi")))
        await pilot.press("ctrl+o")
        await pilot.pause()
        held = sensitive_in(study.store, tid, wb.draft.segments)
        assert sorted(held) == [1, 2, 3, 4]
        # ctrl+k on a held passage frees it (the whole mark)
        await pilot.press("pageup", "ctrl+k")
        await pilot.pause()
        assert "gjenkjennbar konflikt" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert [m.reason for m in sensitive_db.marks(study.store, tid)] == [
            "kan skade samarbeidet"]
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    # the saved correction: the passage typed into is still held back
    saved = tstore.segments(study.store, tstore.source_version(study.store, tid))
    assert sorted(sensitive_in(study.store, tid, saved)) == [1]
    actions = [r["action"] for r in study.store.all(
        "SELECT action FROM audit_log WHERE action LIKE 'sensitive.%'")]
    assert actions == ["sensitive.mark", "sensitive.mark", "sensitive.unmark"]


async def test_a_surname_alone_after_the_full_name(study: Study) -> None:
    tid = add_transcript(study, [
        seg(0, 0.0, "Hvem jobber du med?", "I"),
        seg(1, 3.0, "Jeg jobber mye med Kari Lie i kommunen."),
        seg(2, 10.0, "Hvordan går det?", "I"),
        seg(3, 13.0, "Lie var der også, og vi møtes ofte."),
    ])
    app = app_for(study, tid)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert [(m.start, m.end, m.label) for m in screen._names_of(3)] == [(0, 3, "PERSON")]
        assert "Lie‹person› var der også" in screen_text(app)
        # the full name edited away: 'Lie' alone is a word again, at once
        await pilot.press("pagedown")
        await pilot.pause()
        text = app.workbench.draft[1].text
        a = text.index("Kari Lie")
        screen.editor.move_cursor((0, a + len("Kari Lie")))
        await pilot.press(*["backspace"] * len("Kari Lie"), *"henne")
        await pilot.pause()
        assert screen._names_of(3) == []
        assert "Lie‹person›" not in screen_text(app)
        # typed back in: highlighted again
        await pilot.press(*["backspace"] * len("henne"), *"Kari Lie")
        await pilot.pause()
        assert [m.label for m in screen._names_of(3)] == ["PERSON"]


def test_document_hits_follow_edits_as_detect_many_would() -> None:
    texts = ["Jeg jobber med Kari Lie i Hamar.", "Lie er flink.", "vi møtes i Moss",
             "Ragnhild Brekke sa det.", "så sa Brekke nei", "Per og Lie kom.", "Takk."]
    doc = DocumentHits()
    rng = random.Random(4)
    pieces = ["Kari Lie", "Lie", "Ragnhild Brekke", "brekke", "Oslo", "ja", "Tove Hansen"]
    for _ in range(40):
        p = rng.randrange(len(texts))
        words = texts[p].split()
        words.insert(rng.randrange(len(words) + 1), rng.choice(pieces))
        if len(words) > 6:
            words.pop(rng.randrange(len(words)))
        texts[p] = " ".join(words)
        doc.update(texts)
        expected = detect_many(texts)
        for text, hits in zip(texts, expected, strict=True):
            assert [(h.start, h.end, h.label, h.canonical) for h in doc.hits(text)] == [
                (h.start, h.end, h.label, h.canonical) for h in hits], text


def test_stored_flags_follow_their_words_through_edits() -> None:
    from feltarbeid.workbench.draft import Draft, split_time
    from feltarbeid.workbench.marks import place_flags

    said = [seg(0, 0.0, "Hvor mange er dere?", "I"),
            seg(1, 3.0, "Vi var 14 ansatte i fjor, og nå er vi 14 ansatte igjen.")]

    def flag(fid: int, start: int, end: int) -> idb.FlagRecord:
        return idb.FlagRecord(fid, 1, 1, "staff_count", "h", 0, 7, start, end, None, None,
                              None, "et mellomstort kontor", None, "open", True, "", None)

    text = said[1].text
    first = text.index("14 ansatte")
    second = text.index("14 ansatte", first + 1)
    flags = [flag(1, first, first + 10), flag(2, second, second + 10)]
    sources = {7: {s.idx: s for s in said}}
    draft = Draft.of(said)
    draft.apply({"op": "splice", "p": 1, "a": 0, "b": 0, "s": "Ja. "})
    at = draft[1].text.index("og nå")
    draft.apply({"op": "split", "p": 1, "at": at, "t": split_time(draft[1], at)})
    placed = place_flags(draft, flags, sources)
    assert {p: [(draft[p].text[m.start:m.end], m.flag_id) for m in ms]
            for p, ms in placed.items()} == {1: [("14 ansatte", 1)], 2: [("14 ansatte", 2)]}
    # the words corrected: the flag is not shown (anonymise looks at the new words)
    b = draft[2].text.index("14")
    draft.apply({"op": "splice", "p": 2, "a": b, "b": b + 2, "s": "femten"})
    assert [m.flag_id for ms in place_flags(draft, flags, sources).values() for m in ms] == [1]
