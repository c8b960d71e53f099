"""The name model of lower-case speech recognition output (``anonymise/model.py``): the
packaged weights load, were trained on development sets only, add unsure persons the rules
leave, leave ordinary words alone, and training is deterministic. The sentences are written
for this test; the names are invented."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from feltarbeid.anonymise import model
from feltarbeid.anonymise.detect import detect

ROOT = Path(__file__).resolve().parent.parent


def test_the_packaged_model_loads_and_never_saw_a_test_split() -> None:
    path = resources.files("feltarbeid.data").joinpath(model.MODEL_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["labels"] == list(model.LABELS)
    unseen = {"heldout-test4.txt", "heldout-test6.txt", "heldout-test7.txt", "test.txt"}
    assert not unseen & set(data["files"])
    assert "heldout-dev5.txt" in data["files"]
    assert model.load() is not None and len(model.load().weights) > 1000


@pytest.mark.parametrize("text, name", [
    # no rule decides these; the model does (unsure, to review)
    ("eh tveitstrandmoen ordre var at ingen skulle gå", "tveitstrandmoen"),
    ("tsegabirhan var familienavnet tror jeg", "tsegabirhan"),
])
def test_the_model_adds_unsure_persons_in_lower_case(text: str, name: str) -> None:
    hits = [h for h in detect(text) if h.label == "PERSON"]
    assert [(h.surface, h.source) for h in hits] == [(name, "names:model")]
    assert hits[0].confidence < 0.8  # unsure: the review queue decides


@pytest.mark.parametrize("text", [
    # capitalised text is the rules' alone (a sentence-initial compound the word lists lack
    # is too often an ordinary noun: 'Brevmalen er …')
    "Tsegabirhan var familienavnet, tror jeg.",
    "Brevmalen er ikke gyldig, så vi skrev en ny.",
    "Kyrkjeverja, Lyngstadaas, sa at kyrkja måtte stengjast.",
])
def test_the_model_stays_out_of_capitalised_text(text: str) -> None:
    assert all(h.source != "names:model" for h in detect(text))


@pytest.mark.parametrize("text", [
    "det var vel lyng som vokste der",
    "han hadde lange armer og mørk hud",
    "ho tor ikkje seie det til nokon",
    "vi så en stor foss som kom ned fra breen",
    "astrid sin bror spelte i orkesteret",
])
def test_the_model_leaves_ordinary_words_alone(text: str) -> None:
    assert all(h.source != "names:model" for h in detect(text))


def test_training_is_deterministic(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "bench" / "anonymisation"))
    import train_name_model as trainer

    data = trainer.examples(ROOT / "bench" / "anonymisation" / "heldout-dev4.txt")[:120]
    first = trainer.train(data, epochs=2, seed=12)
    second = trainer.train(data, epochs=2, seed=12)
    assert first == second and first


def test_a_missing_model_stops_the_detector_rather_than_finding_fewer_names(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(model, "MODEL_FILE", "no_such_model.json")
    model.load.cache_clear()
    try:
        with pytest.raises(FileNotFoundError):
            detect("tsegabirhan var familienavnet tror jeg")
    finally:
        monkeypatch.undo()
        model.load.cache_clear()
    assert model.load() is not None


def test_hits_by_token_finds_each_token_s_hits() -> None:
    from feltarbeid.anonymise.spans import Hit, hits_by_token, tokenise

    text = "ja kari nordli og per kom fra hamar"
    tokens = tokenise(text)
    two = Hit(3, 14, "PERSON", "kari nordli", 0.9, "t")
    one = Hit(18, 21, "PERSON", "per", 0.9, "t")
    place = Hit(text.index("hamar"), len(text), "MUNICIPALITY", "hamar", 0.9, "t")
    found = hits_by_token(tokens, [two, one, place])
    assert found == {1: [two], 2: [two], 4: [one], 7: [place]}
