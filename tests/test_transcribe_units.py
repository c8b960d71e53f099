"""Transcription stage without the model: model resolution, quality checks, speakers and
guide alignment (pure functions on hand-made segments), clock deadlines, settings hash."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from feltarbeid import models
from feltarbeid.domain import Event, Guide, Item, Probe, Section, Segment
from feltarbeid.errors import FeltarbeidError
from feltarbeid.files import sha256_file
from feltarbeid.models import bundled
from feltarbeid.transcribe import quality
from feltarbeid.transcribe.align import accuracy, assign_items
from feltarbeid.transcribe.batch import deadline_from_clock
from feltarbeid.transcribe.cues import Cue, cues_from_events, guide_texts
from feltarbeid.transcribe.engine import (
    EngineOptions,
    flag_repetitions,
    settings_hash,
    settings_of,
    whisper_language,
)
from feltarbeid.transcribe.speakers import SpeakerContext, label_speakers
from feltarbeid.transcribe.worker import segment_energy

# ------------------------------------------------------------------------------ models


def test_bundled_model_is_assembled_once_verified_and_reused(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FELTARBEID_CACHE", str(tmp_path / "cache"))
    ref = models.resolve("base")
    assert ref.path.is_relative_to(tmp_path / "cache")
    assert sha256_file(ref.path / "model.bin") == bundled.BUNDLED_SHA256
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        assert (ref.path / name).is_file()
    assert not list(ref.path.glob(".*.tmp"))
    mtime = (ref.path / "model.bin").stat().st_mtime_ns
    again = models.resolve("base")
    assert again == ref
    assert (ref.path / "model.bin").stat().st_mtime_ns == mtime  # reused, not rebuilt


def test_bundled_model_with_wrong_checksum_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FELTARBEID_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(bundled, "BUNDLED_SHA256", "0" * 64)
    with pytest.raises(FeltarbeidError, match="sjekksum"):
        models.resolve("base")
    folder = tmp_path / "cache" / "models" / f"whisper-base-{'0' * 12}"
    assert not (folder / "model.bin").exists()
    assert not list(folder.glob(".model.bin*"))


def test_model_names_that_are_not_here_give_clear_errors(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    with pytest.raises(FeltarbeidError) as exc:
        models.resolve("NbAiLab/nb-whisper-small")
    assert "--allow-download" in exc.value.render()
    with pytest.raises(FeltarbeidError, match="ukjent modell"):
        models.resolve("enormous")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FeltarbeidError, match="CTranslate2"):
        models.resolve(str(tmp_path / "empty"))


def test_a_local_ctranslate2_folder_is_used_as_is(tmp_path) -> None:
    folder = tmp_path / "nb-whisper-small-ct2"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"x")
    (folder / "config.json").write_text("{}")
    with pytest.raises(FeltarbeidError, match="tokenizer.json"):
        models.resolve(str(folder))
    (folder / "tokenizer.json").write_text("{}")
    ref = models.resolve(str(folder))
    assert ref.path == folder.resolve()
    assert ref.identity == "folder:nb-whisper-small-ct2"


# ------------------------------------------------------------------------------ engine bits


def test_language_comes_from_the_study_never_detected() -> None:
    assert [whisper_language(x) for x in ("nb", "nn", "en")] == ["no", "nn", "en"]
    with pytest.raises(ValueError):
        whisper_language("da")


def test_settings_hash_changes_with_what_changes_the_text_only() -> None:
    ref = models.ModelRef("base", Path("/x"), "bundled-base:abc")
    a = settings_hash(settings_of(ref, EngineOptions(language="no")))
    assert a == settings_hash(settings_of(ref, EngineOptions(language="no")))
    assert a != settings_hash(settings_of(ref, EngineOptions(language="nn")))
    assert a != settings_hash(settings_of(ref, EngineOptions(language="no", batched=True)))
    other = models.ModelRef("small", Path("/y"), "hub:small")
    assert a != settings_hash(settings_of(other, EngineOptions(language="no")))
    s = settings_of(ref, EngineOptions(language="no", hotwords="Lillehammer"))
    assert "Lillehammer" not in str(s)  # only a hash of the vocabulary is stored


def test_wer() -> None:
    assert quality.wer("Tove Hansen works in Asker.", "tove hansen works in asker") == 0
    assert quality.wer("one two three four", "one two four") == pytest.approx(0.25)
    assert quality.wer("a b", "a b c d") == pytest.approx(1.0)


@pytest.mark.parametrize("text", [
    "Takk. Takk. Takk. Takk. Takk. Takk.",
    "og så og så og så og så og så",
    "I think that I think that I think that I think that we should",
    "la la la la la la la la la la la la la la la la la la la la la la la la la la",
])
def test_loops_are_detected(text: str) -> None:
    assert quality.has_loop(text)


@pytest.mark.parametrize("text", [
    "Most days begin with a short meeting with my colleague.",
    "Ja, ja, det er riktig at vi har hatt det sånn i mange år.",
    "The municipality handles social assistance and housing, the state agency handles "
    "unemployment benefits and job seekers.",
])
def test_ordinary_speech_is_not_a_loop(text: str) -> None:
    assert not quality.has_loop(text)


def test_repeated_segments_are_flagged_repetition() -> None:
    segs = [seg(0, 1, "Hello there, welcome."), seg(1, 2, "Thank you."), seg(2, 3, "Thank you."),
            seg(3, 4, "Thank you."), seg(4, 5, "So we start."),
            seg(5, 9, "and then and then and then and then and then and then")]
    flag_repetitions(segs)
    assert [("repetition" in s.flags) for s in segs] == [False, True, True, True, False, True]


def test_until_is_the_next_time_the_clock_shows_it() -> None:
    tz = timezone(timedelta(hours=1))
    evening = datetime(2026, 11, 23, 22, 30, tzinfo=tz)
    assert deadline_from_clock("07:00", evening) == datetime(2026, 11, 24, 7, 0, tzinfo=tz)
    morning = datetime(2026, 11, 24, 5, 0, tzinfo=tz)
    assert deadline_from_clock("07:00", morning) == datetime(2026, 11, 24, 7, 0, tzinfo=tz)
    with pytest.raises(FeltarbeidError, match="TT:MM"):
        deadline_from_clock("seven")


# ------------------------------------------------------------------------------ alignment

GUIDE = Guide(id="g", title="Test", language="en", sections=(
    Section(id="intro", kind="intro", title="Intro", items=(
        Item(id="employer", kind="question",
             text="Who is your employer, the state agency or the municipality?"),
    )),
    Section(id="t1", kind="theme", title="Organisation", items=(
        Item(id="t1-day", kind="narrative",
             text="Tell me about an ordinary working day at the office."),
        Item(id="t1-split", kind="question",
             text="Which tasks belong to the municipality and which to the state agency here?",
             probes=(Probe(id="t1-split-p1", kind="followup",
                           text="Who decides when a task falls between the two?"),)),
    )),
))


def seg(start: float, end: float, text: str, speaker: str = "") -> Segment:
    return Segment(idx=int(start * 10), start=start, end=end, text=text, speaker=speaker)


INTERVIEW = [
    seg(0.0, 3.0, "Is your employer the state agency or the municipality?"),  # I
    seg(3.8, 9.0, "I am employed by the municipality of Lillehammer."),  # IP01
    seg(9.8, 12.5, "Tell me about an ordinary working day at the office."),  # I
    seg(13.3, 20.0, "Most days begin with a meeting with Tove Hansen."),  # IP01
    seg(20.0, 25.0, "Then I sit at the front desk until lunch."),  # IP01
    seg(25.8, 30.0, "Which tasks belong to the municipality and which to the state?"),  # I
    seg(30.9, 36.0, "The municipality handles housing. The agency handles benefits."),  # IP01
    seg(36.5, 39.0, "And who decides when a task falls between the two?"),  # I (probe)
    seg(39.8, 44.0, "We decide together, usually on Mondays."),  # IP01
]
TRUTH_SPEAKERS = ["I", "IP01", "I", "IP01", "IP01", "I", "IP01", "I", "IP01"]
TRUTH_ITEMS = ["employer", "employer", "t1-day", "t1-day", "t1-day", "t1-split", "t1-split",
               "t1-split", "t1-split"]


def test_speakers_from_guide_wording_alone() -> None:
    ctx = SpeakerContext(informants=("IP01",), guide_texts=guide_texts(GUIDE))
    assert label_speakers(INTERVIEW, ctx) == TRUTH_SPEAKERS


def test_items_from_guide_wording_alone() -> None:
    texts = guide_texts(GUIDE)
    pairs = zip(INTERVIEW, TRUTH_SPEAKERS, strict=True)
    segs = [seg(s.start, s.end, s.text, spk) for s, spk in pairs]
    assert assign_items(segs, texts, []) == TRUTH_ITEMS


def test_timeline_carries_paraphrased_questions() -> None:
    """The interviewer says the questions in their own words: the guide text no longer
    matches, but the marks made in the interview app put each answer under its item."""
    paraphrased = [
        seg(0.0, 3.0, "So, whom do you actually work for?"),
        seg(3.8, 9.0, "I am employed by the municipality of Lillehammer."),
        seg(9.8, 12.5, "What does a normal day look like for you?"),
        seg(13.3, 20.0, "Most days begin with a meeting with Tove Hansen."),
        seg(20.0, 25.0, "Then I sit at the front desk until lunch."),
    ]
    events = [
        Event(seq=1, kind="recording_start", at="", t_rec=0.0),
        Event(seq=2, kind="item_asked", at="", t_rec=1.2, item_id="employer"),
        Event(seq=3, kind="note", at="", t_rec=5.0, payload={"kind": "free", "text": "x"}),
        Event(seq=4, kind="item_asked", at="", t_rec=11.0, item_id="t1-day"),
    ]
    cues = cues_from_events(events)
    assert cues == (Cue(1.2, "employer"), Cue(11.0, "t1-day"))
    ctx = SpeakerContext(informants=("IP01",), guide_texts=guide_texts(GUIDE), cues=cues)
    speakers = label_speakers(paraphrased, ctx)
    assert speakers == ["I", "IP01", "I", "IP01", "IP01"]
    for s, spk in zip(paraphrased, speakers, strict=True):
        s.speaker = spk
    assert assign_items(paraphrased, ctx.guide_texts, cues) == [
        "employer", "employer", "t1-day", "t1-day", "t1-day"]
    # without the timeline the paraphrases are not recognised
    assert label_speakers(paraphrased, SpeakerContext(("IP01",), guide_texts(GUIDE))) == [
        "IP01"] * 5


def test_stereo_channels_decide_where_text_cannot() -> None:
    """Interviewer on the left microphone, informant on the right. The informant's
    question-like sentence is still theirs, and the interviewer's small talk is still the
    interviewer's."""
    segs = [
        seg(0.0, 3.0, "Is your employer the state agency or the municipality?"),
        seg(3.5, 6.0, "The municipality, but why do you ask?"),
        seg(6.5, 8.0, "Just so I know, thanks."),
        seg(8.5, 12.0, "Tell me about an ordinary working day at the office."),
        seg(12.5, 16.0, "I begin at eight with the new cases."),
    ]
    left, right = (0.30, 0.02), (0.03, 0.25)
    energy = (left, right, left, left, right)
    ctx = SpeakerContext(("IP01",), guide_texts(GUIDE), channel_energy=energy)
    assert label_speakers(segs, ctx) == ["I", "IP01", "I", "I", "IP01"]
    # channels the other way round are learnt from the questions, no setting needed
    swapped = tuple((b, a) for a, b in energy)
    ctx = SpeakerContext(("IP01",), guide_texts(GUIDE), channel_energy=swapped)
    assert label_speakers(segs, ctx) == ["I", "IP01", "I", "I", "IP01"]


def test_segment_energy_per_channel() -> None:
    energy = np.array([[1.0] * 10 + [0.0] * 10, [0.0] * 10 + [2.0] * 10])
    out = segment_energy(energy, [seg(0.0, 0.9, "a b c"), seg(1.0, 1.9, "d e f")])
    assert out == [(1.0, 0.0), (0.0, 2.0)]


def test_several_informants_in_mono_are_marked_uncertain() -> None:
    from feltarbeid.transcribe.speakers import apply_speakers

    segs = [seg(s.start, s.end, s.text) for s in INTERVIEW[:2]]
    apply_speakers(segs, SpeakerContext(("IP01", "IP02"), guide_texts(GUIDE)))
    assert [s.speaker for s in segs] == ["I", "IP01"]
    assert segs[1].flags == ["speaker_uncertain"]


def test_accuracy_measure() -> None:
    turns = [{"speaker": "I", "item_id": "a", "start": 0, "end": 2},
             {"speaker": "IP01", "item_id": "a", "start": 2.5, "end": 6}]
    good = [seg(0.1, 1.9, "q", "I"), seg(2.6, 5.9, "x", "IP01")]
    for s in good:
        s.item_id = "a"
    assert accuracy(good, turns) == {"speaker": 1.0, "item": 1.0}
    good[1].speaker = "I"
    assert accuracy(good, turns)["speaker"] == pytest.approx(1.8 / 5.1)


def test_long_audio_is_cut_into_windows_in_a_pause(tmp_path) -> None:
    import wave

    from feltarbeid.transcribe.audio import SAMPLE_RATE, windows

    rate = SAMPLE_RATE
    rng = np.random.default_rng(0)
    noise = (rng.standard_normal(rate * 30) * 0.2).astype(np.float32)
    audio = noise.copy()
    audio[int(rate * 12.5):int(rate * 13.5)] = 0.0  # a pause after 12.5 s
    path = tmp_path / "long.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((audio * 32767).astype("<i2").tobytes())
    pieces = list(windows(path, window=10.0, search=5.0))
    assert pieces[0][0] == 0.0 and len(pieces) == 3
    assert 12.5 <= pieces[1][0] <= 13.5  # the cut is in the pause
    assert sum(len(a) for _, a in pieces) == len(audio)
    joined = np.concatenate([a for _, a in pieces])
    assert np.allclose(joined, np.round(audio * 32767) / 32768, atol=1e-4)
    assert len(list(windows(path, window=60.0))) == 1


def test_until_in_the_past_starts_nothing_and_one_batch_at_a_time(study, tmp_path) -> None:
    import shutil

    from feltarbeid.store.transcripts import list_transcripts
    from feltarbeid.timeutil import now
    from feltarbeid.transcribe import batch
    from feltarbeid.transcribe.recordings import add_recordings

    src = tmp_path / "a.mp3"
    shutil.copyfile(Path(__file__).resolve().parent.parent / "sample_audio" / "interview.mp3",
                    src)
    add_recordings(study, [src])
    summary = batch.run(study, until=now() - timedelta(seconds=1))
    assert (summary.planned, summary.done, summary.not_started) == (1, 0, 1)
    assert list_transcripts(study.store) == []
    log = Path(summary.log_path).read_text(encoding="utf-8")
    assert "--until time has passed" in log
    with batch.batch_lock(study), pytest.raises(FeltarbeidError, match="transkripsjonskjøring"):
        batch.run(study)


def test_stereo_is_read_once_with_energy_per_channel(tmp_path) -> None:
    import wave

    from feltarbeid.transcribe.audio import SAMPLE_RATE, ChannelEnergy, windows

    rate = SAMPLE_RATE
    t = np.arange(rate * 2) / rate
    left = 0.5 * np.sin(2 * np.pi * 220 * t)
    right = 0.05 * np.sin(2 * np.pi * 330 * t)
    right[rate:] = 0.6 * np.sin(2 * np.pi * 330 * t[rate:])  # the right speaker from 1 s
    left[rate:] = 0.0
    path = tmp_path / "stereo.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.stack([left, right], axis=1) * 32767).astype("<i2").tobytes())
    energy = ChannelEnergy()
    [(offset, mono)] = list(windows(path, energy=energy))
    assert offset == 0 and len(mono) == 2 * rate
    assert np.allclose(mono, (left + right) / 2, atol=1e-3)
    e = energy.array()
    assert e.shape == (2, 20)
    assert (e[0, :10] > 5 * e[1, :10]).all() and (e[1, 10:] > 5 * e[0, 10:]).all()
