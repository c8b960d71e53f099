"""Playback engine: real decoding of real files (the sample interview and copies of it in
other formats made here with ffmpeg), played into FakeOutput, which records which samples
of the recording were delivered; and miniaudio's null backend as a real-time device."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import miniaudio
import numpy as np
import pytest

from feltarbeid.locale import set_language, t
from feltarbeid.playback import FakeOutput, NoDeviceError, Player, SystemOutput
from feltarbeid.playback import output as output_module
from feltarbeid.playback.stretch import Stretcher
from feltarbeid.transcribe.audio import BadAudio, decode

SAMPLE = Path(__file__).resolve().parent.parent / "sample_audio" / "interview.mp3"
R = 16000


def reference(path: Path) -> np.ndarray:
    """The recording as transcription decodes it (from the start, in one pass), int16."""
    return np.round(decode(path) * 32768).clip(-32768, 32767).astype(np.int16)


@pytest.fixture(scope="module")
def sample_ref() -> np.ndarray:
    return reference(SAMPLE)


@pytest.fixture()
def fake() -> FakeOutput:
    return FakeOutput()


@pytest.fixture()
def player(fake: FakeOutput):
    p = Player(SAMPLE, output=fake)
    yield p
    p.close()


def lag_of(sound: np.ndarray, ref: np.ndarray, first: int, span: int = 200) -> int:
    """The shift of ``sound`` against ``ref[first:]`` that matches best (0: in place)."""
    a = sound.astype(np.float64)
    errors = {}
    for k in range(-span, span + 1):
        if first + k < 0 or first + k + len(a) > len(ref):
            continue
        errors[k] = float(np.mean((ref[first + k:first + k + len(a)] - a) ** 2))
    return min(errors, key=errors.__getitem__)


def test_play_delivers_exactly_the_samples_from_start(player, fake, sample_ref):
    # the container's duration, as ffmpeg decodes the whole file (16 kHz)
    assert player.duration == pytest.approx(len(sample_ref) / 16000, abs=0.05)
    assert player.available and not player.playing
    assert player.play(10.0)
    assert player.playing and player.position() == 10.0
    fake.advance(2.0)
    assert fake.played == [(160000, 191999)]
    assert np.array_equal(fake.sound[0], sample_ref[160000:192000])
    assert player.position() == pytest.approx(12.0)
    assert player.play()  # already playing: goes on
    fake.advance(0.5)
    assert fake.played == [(160000, 199999)]


def test_a_recording_that_goes_away_while_open(tmp_path, fake):
    path = tmp_path / "copy.mp3"
    path.write_bytes(SAMPLE.read_bytes())
    with Player(path, output=fake) as player:
        path.unlink()
        player.play(50.0)
        fake.advance(0.5)
        assert not player.playing and fake.played == []
        assert t("transcribe.audio_missing_file") in player.error
        assert player.position() == 50.0


def test_pause_resume_rewinds(fake, sample_ref):
    with Player(SAMPLE, output=fake, rewind_on_resume=1.5) as player:
        player.play(10.0)
        fake.advance(2.0)
        player.pause()
        assert not player.playing and player.position() == pytest.approx(12.0)
        fake.advance(1.0)  # time passes, nothing plays
        assert fake.played == [(160000, 191999)]
        player.play()  # resume: 1.5 s back
        assert player.position() == pytest.approx(10.5)
        fake.advance(1.0)
        assert fake.played[1] == (168000, 183999)
        assert np.array_equal(fake.sound[1], sample_ref[168000:184000])
        # toggle pauses, and resumes with the rewind again
        assert player.toggle() is False
        assert player.toggle() is True
        fake.advance(0.5)
        assert fake.played[2] == (160000, 167999)
        # a seek while paused plays from the place sought, without a rewind
        player.pause()
        player.seek(50.0)
        player.play()
        fake.advance(0.5)
        assert fake.played[3] == (800000, 807999)


def test_rewind_is_a_setting_and_stops_at_zero(fake):
    with Player(SAMPLE, output=fake, rewind_on_resume=0) as player:
        player.play(5.0)
        fake.advance(1.0)
        player.pause()
        player.play()
        fake.advance(0.5)
        assert fake.played == [(80000, 103999)]  # one stretch: no rewind
    with Player(SAMPLE, output=FakeOutput(), rewind_on_resume=2.0) as player:
        out = player._output
        player.play(0.5)
        out.advance(0.5)
        player.pause()
        player.play()
        assert player.position() == 0.0


def test_skip_and_seek_clamp(player, fake, sample_ref):
    player.play(30.0)
    fake.advance(1.0)
    player.skip(-5.0)
    assert player.playing and player.position() == pytest.approx(26.0)
    fake.advance(0.5)
    player.skip(10.0)
    fake.advance(0.5)
    assert fake.played == [(480000, 495999), (416000, 423999), (584000, 591999)]
    assert np.array_equal(fake.sound[2], sample_ref[584000:592000])
    player.skip(-1000)
    assert player.position() == 0.0
    player.pause()
    player.seek(10_000)
    assert player.position() == pytest.approx(player.duration)
    player.seek(-3)
    assert player.position() == 0.0


def test_play_range_stops_at_its_end(player, fake):
    assert player.play_range(20.0, 21.5)
    fake.advance(3.0)
    assert fake.played == [(320000, 343999)]
    assert not player.playing
    assert player.position() == pytest.approx(21.5)
    assert fake.silence == 3 * R - 24000
    # after a stretch has played out, play goes on from its end (no rewind)
    player.play()
    fake.advance(0.25)
    assert fake.played == [(320000, 347999)]  # one stretch: it went on at 21.5 s
    assert not player.play_range(30.0, 30.0)  # empty stretch: nothing happens


def test_the_end_of_the_recording(player, fake, sample_ref):
    player.play(player.duration - 1.0)
    fake.advance(2.0)
    assert not player.playing
    assert player.position() == pytest.approx(player.duration)
    first, last = fake.played[-1]
    assert last == len(sample_ref) - 1 and first == len(sample_ref) - R
    player.play()  # at the end: from the beginning
    fake.advance(0.1)
    assert fake.played[-1] == (0, 1599)


def test_speed_changes_the_position_at_the_right_rate(player, fake):
    player.play(40.0)
    fake.advance(1.0)
    assert player.set_speed(1.5) == 1.5 and player.speed == 1.5
    assert player.position() == pytest.approx(41.0)
    fake.advance(2.0)  # 2 s of listening at 1.5x = 3 s of the recording
    assert player.position() == pytest.approx(44.0, abs=1 / R)
    player.set_speed(0.75)
    fake.advance(2.0)  # 1.5 s of the recording
    assert player.position() == pytest.approx(45.5, abs=1 / R)
    # one contiguous stretch of the recording, told in fewer/more output samples
    assert fake.played == [(640000, 727999)]
    assert len(fake.sound[0]) == 5 * R
    assert player.set_speed(3) == 1.5 and player.set_speed(0.1) == 0.75
    player.pause()
    assert player.position() == pytest.approx(45.5, abs=1 / R)
    # resume keeps the speed: 1 s at 0.75x is 0.75 s of the recording after the rewind
    player.play()
    fake.advance(1.0)
    assert fake.played[-1] == (704000, 715999)


def test_speed_with_play_range_and_end(player, fake):
    player.set_speed(1.25)
    player.play_range(10.0, 12.0)
    fake.advance(3.0)
    assert fake.played == [(160000, 191999)]
    assert len(fake.sound[0]) == int(np.ceil(2 * R / 1.25))
    assert not player.playing and player.position() == pytest.approx(12.0)
    player.play(player.duration - 0.5)
    fake.advance(1.0)
    assert not player.playing and player.position() == pytest.approx(player.duration)


def test_stretch_keeps_pitch_length_and_loudness():
    t = np.arange(3 * R) / R
    tone = (8000 * np.sin(2 * np.pi * 220 * t) + 3000 * np.sin(2 * np.pi * 440 * t + 1))
    tone = tone.astype(np.int16)
    for speed in (0.75, 1.25, 1.5):
        s = Stretcher(speed)
        parts = []
        for i in range(0, len(tone), 1000):  # streamed in pieces
            s.feed(tone[i:i + 1000])
            parts.append(s.read())
        s.finish()
        parts.append(s.read())
        y = np.concatenate(parts).astype(np.float64)
        assert abs(len(y) - len(tone) / speed) <= 512
        seg = y[4000:4000 + 16384]
        spectrum = np.abs(np.fft.rfft(seg * np.hanning(len(seg))))
        assert np.argmax(spectrum) * R / len(seg) == pytest.approx(220, abs=2)
        inner = y[1000:-1000]
        assert np.sqrt(np.mean(inner ** 2)) == pytest.approx(np.sqrt(np.mean(
            tone.astype(np.float64) ** 2)), rel=0.02)
        # no clicks: no jump larger than the tone's own steepest step
        assert np.abs(np.diff(inner)).max() <= np.abs(np.diff(tone.astype(float))).max() + 5


@pytest.fixture(scope="module")
def formats(tmp_path_factory) -> dict[str, Path]:
    """The first 30 s of the sample in the formats recorders and phones make."""
    folder = tmp_path_factory.mktemp("formats")
    specs = {
        "wav": ["-ar", "48000", "-ac", "2"],
        "flac": ["-ar", "44100"],
        "ogg": ["-c:a", "libvorbis"],
        "opus": ["-c:a", "libopus"],
        "m4a": ["-c:a", "aac", "-ar", "44100", "-ac", "2"],
        "mp3": ["-ar", "44100", "-ac", "2", "-c:a", "libmp3lame", "-q:a", "4"],
        "mp4": ["-c:a", "aac"],
    }
    out = {}
    for ext, args in specs.items():
        path = folder / f"clip.{ext}"
        cmd = ["ffmpeg", "-v", "error", "-y", "-t", "30", "-i", str(SAMPLE)]
        if ext == "mp4":  # a video with its sound
            cmd = ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                   "color=c=black:s=64x64:r=5", "-t", "30", "-i", str(SAMPLE), "-t", "30",
                   "-c:v", "libx264"]
        subprocess.run([*cmd, *args, str(path)], check=True)
        out[ext] = path
    return out


@pytest.mark.parametrize("ext", ["wav", "flac", "ogg", "opus", "m4a", "mp3", "mp4"])
def test_every_format_plays_the_right_samples(formats, ext):
    path = formats[ext]
    ref = reference(path)
    fake = FakeOutput()
    with Player(path, output=fake) as player:
        assert player.duration == pytest.approx(30.0, abs=0.1)
        for start in (0.0, 7.25, 21.0):
            fake.reset()
            player.play(start)
            fake.advance(0.5)
            first = int(start * R)
            assert fake.played == [(first, first + 8000 - 1)], ext
            sound = fake.sound[0]
            # where the decoders settle to the same samples: in place, and close
            assert lag_of(sound, ref, first) == 0, (ext, start)
            err = np.abs(sound.astype(int) - ref[first:first + len(sound)]).max()
            assert err <= 400, (ext, start, err)  # 1 % of full scale (lossy AAC after a seek)
        player.pause()
        player.play_range(28.0, 31.0)  # past the end: stops at the end
        fake.advance(4.0)
        assert not player.playing
        assert player.position() == pytest.approx(player.duration, abs=0.05)
        # played to the end, the duration is the decoded length (the header's may differ)
        player.play(29.0)
        fake.advance(2.0)
        assert player.duration == len(ref) / R
        assert player.position() == player.duration
        assert fake.played[-1][1] == len(ref) - 1


def test_a_file_that_is_no_recording(tmp_path):
    bad = tmp_path / "not-audio.mp3"
    bad.write_bytes(b"this is not audio at all " * 100)
    with pytest.raises(BadAudio):
        Player(bad, output=FakeOutput())


def test_no_sound_device_does_not_stop_the_app(monkeypatch):
    """Only miniaudio's null backend (what a machine without sound has) is offered."""
    monkeypatch.setattr(output_module, "_backends", lambda: [miniaudio.Backend.NULL])
    set_language("en")
    try:
        player = Player(SAMPLE)
        assert player.available is False
        assert player.unavailable_reason.startswith("No sound device found")
        assert player.play(3.0) is False and not player.playing
        assert player.toggle() is False
        assert player.position() == pytest.approx(3.0)
        player.skip(2)
        player.set_speed(1.25)
        assert player.position() == pytest.approx(5.0) and player.speed == 1.25
        player.close()
        with pytest.raises(NoDeviceError):
            Player(SAMPLE, require_device=True)
        with pytest.raises(NoDeviceError):
            output_module.open_system_output()
    finally:
        set_language("nb")


def test_no_playback_library(monkeypatch):
    monkeypatch.setitem(sys.modules, "miniaudio", None)
    player = Player(SAMPLE)
    assert not player.available
    assert "miniaudio" in player.unavailable_reason
    player.close()


def test_this_machines_sound_device_never_crashes():
    """Whatever this machine has (CI has no sound card): a usable player either way."""
    player = Player(SAMPLE)
    try:
        assert player.available or player.unavailable_reason
        assert player.available == (player._output is not None)
    finally:
        player.close()


def wait_until(condition, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_real_time_device_on_its_own_thread():
    """miniaudio's null backend pulls audio in real time from its own thread."""
    out = SystemOutput(backends=[miniaudio.Backend.NULL], allow_null=True)
    with Player(SAMPLE, output=out) as player:
        player.play(10.0)
        assert wait_until(lambda: player.position() >= 10.3)
        player.pause()
        paused_at = player.position()
        assert 10.3 <= paused_at < 15.0
        time.sleep(0.1)
        assert player.position() == paused_at
        player.play_range(30.0, 30.4)
        assert wait_until(lambda: not player.playing)
        assert player.position() == pytest.approx(30.4)
        # the app hammering keys while the audio thread runs
        player.play(50.0)
        for i in range(200):
            [player.skip, player.seek, player.set_speed][i % 3](
                [0.5, 50.0, 1.25][i % 3] if i % 2 else [-0.5, 60.0, 1.0][i % 3])
        assert player.playing and 45.0 <= player.position() <= 70.0
        assert wait_until(lambda: out.running)
        assert player.error is None
        player.pause()
        assert not player.playing
