"""Audio in: probe a file, decode it to 16 kHz mono, and measure energy per channel.

Everything goes through PyAV (bundled with faster-whisper), so WAV, MP3, M4A, FLAC, Opus
and the audio track of a video all work without ffmpeg installed. A file that cannot be
decoded raises ``BadAudio`` with a reason a person can act on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import FeltarbeidError
from ..locale import t

SAMPLE_RATE = 16000
WINDOW_SECONDS = 300.0  # long recordings are transcribed in windows of about this length
CUT_SEARCH = 30.0  # ... cut at the quietest moment within this many seconds after it


class BadAudio(FeltarbeidError):
    """The recording cannot be used (missing, empty, not audio, corrupt)."""


@dataclass(frozen=True)
class AudioInfo:
    duration: float  # seconds
    channels: int
    sample_rate: int
    codec: str


def open_audio(path: Path):  # noqa: ANN202 - av container
    """The file opened for decoding (PyAV), or BadAudio saying what is wrong with it. The
    player (``feltarbeid.playback``) opens recordings with it too, so a second of sound is
    the same second in playback as in the word timings."""
    import av

    if not path.exists():
        raise BadAudio(t("transcribe.audio_missing_file"), where=str(path),
                       hint=t("transcribe.audio_missing_file_hint"))
    if path.stat().st_size == 0:
        raise BadAudio(t("transcribe.audio_empty_file"), where=str(path),
                       hint=t("transcribe.audio_copy_again_hint"))
    try:
        return av.open(str(path), mode="r", metadata_errors="ignore")
    except Exception as exc:  # noqa: BLE001 - av raises many kinds
        raise BadAudio(t("transcribe.audio_unreadable", kind=type(exc).__name__),
                       where=str(path), hint=t("transcribe.audio_unreadable_hint")) from None


def probe(path: Path) -> AudioInfo:
    """Duration, channels and rate from the container; decodes the stream if the container
    does not say how long it is."""
    container = open_audio(path)
    with container:
        if not container.streams.audio:
            raise BadAudio(t("transcribe.audio_no_track"), where=str(path),
                           hint=t("transcribe.audio_no_track_hint"))
        stream = container.streams.audio[0]
        channels = int(stream.codec_context.channels or 0)
        rate = int(stream.codec_context.sample_rate or 0)
        codec = stream.codec_context.name or ""
        duration = None
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / 1_000_000
        if not duration:
            samples = 0
            try:
                for frame in container.decode(audio=0):
                    samples += frame.samples
                    rate = rate or frame.sample_rate
            except Exception as exc:  # noqa: BLE001
                raise BadAudio(t("transcribe.audio_undecodable", kind=type(exc).__name__),
                               where=str(path), hint=t("transcribe.audio_damaged_hint")) from None
            duration = samples / rate if rate else 0.0
    if duration <= 0:
        raise BadAudio(t("transcribe.audio_silent"), where=str(path),
                       hint=t("transcribe.audio_copy_again_hint"))
    return AudioInfo(duration=duration, channels=channels, sample_rate=rate, codec=codec)


MIN_SECONDS = 0.5  # less decodable audio than this is no recording
MIN_SHARE = 0.5  # a file that decodes to less than this share of its stated length is damaged


def decode(path: Path, expected: float | None = None) -> np.ndarray:
    """The whole recording as float32 mono at 16 kHz. ``expected`` (seconds, from probing)
    catches a damaged file that decodes to much less than its stated length."""
    from faster_whisper.audio import decode_audio

    container = open_audio(path)
    container.close()
    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # noqa: BLE001
        raise BadAudio(t("transcribe.audio_undecodable", kind=type(exc).__name__),
                       where=str(path), hint=t("transcribe.audio_damaged_hint")) from None
    seconds = audio.size / SAMPLE_RATE
    if seconds < MIN_SECONDS:
        raise BadAudio(t("transcribe.audio_no_usable", seconds=f"{seconds:.1f}"),
                       where=str(path), hint=t("transcribe.audio_damaged_or_empty_hint"))
    if expected and seconds < MIN_SHARE * expected:
        raise BadAudio(t("transcribe.audio_cut", seconds=f"{seconds:.1f}",
                         expected=f"{expected:.0f}"),
                       where=str(path), hint=t("transcribe.audio_copy_again_hint"))
    return audio


class ChannelEnergy:
    """RMS per channel in windows of ``hop`` seconds, gathered while decoding (so a stereo
    recording is read once). ``array()``: shape (channels, windows)."""

    def __init__(self, hop: float = 0.1) -> None:
        self.hop_n = int(SAMPLE_RATE * hop)
        self._rest: np.ndarray | None = None
        self._parts: list[np.ndarray] = []

    def add(self, frames: np.ndarray) -> None:  # frames: (n, channels)
        if self._rest is not None and len(self._rest):
            frames = np.concatenate([self._rest, frames])
        usable = (len(frames) // self.hop_n) * self.hop_n
        if usable:
            win = frames[:usable].reshape(-1, self.hop_n, frames.shape[1])
            self._parts.append(np.sqrt((win**2).mean(axis=1)).T)
        self._rest = frames[usable:]

    def array(self) -> np.ndarray:
        if not self._parts:
            return np.zeros((2, 0), dtype=np.float32)
        return np.concatenate(self._parts, axis=1)


def _decoded_blocks(path: Path, energy: ChannelEnergy | None = None) -> Iterator[np.ndarray]:
    """Stream the recording as float32 mono 16 kHz blocks; invalid frames are skipped.
    With ``energy`` and a recording of two or more channels, the channels' energy is
    gathered on the way."""
    import av

    container = open_audio(path)
    with container:
        if not container.streams.audio:
            raise BadAudio(t("transcribe.audio_no_track"), where=str(path),
                           hint=t("transcribe.audio_no_track_hint"))
        stereo = energy is not None and (container.streams.audio[0].codec_context.channels
                                         or 1) >= 2
        resampler = av.audio.resampler.AudioResampler(
            format="s16", layout="stereo" if stereo else "mono", rate=SAMPLE_RATE)

        def convert(res: av.AudioFrame) -> np.ndarray:
            samples = res.to_ndarray().astype(np.float32) / 32768.0
            if not stereo:
                return samples.reshape(-1)
            both = samples.reshape(-1, 2)  # packed s16: L R L R ...
            energy.add(both)  # type: ignore[union-attr]
            return both.mean(axis=1)

        frames = container.decode(audio=0)
        while True:
            try:
                frame = next(frames)
            except StopIteration:
                break
            except av.error.InvalidDataError:
                continue
            except Exception as exc:  # noqa: BLE001
                raise BadAudio(t("transcribe.audio_undecodable", kind=type(exc).__name__),
                               where=str(path), hint=t("transcribe.audio_damaged_hint")) \
                    from None
            for res in resampler.resample(frame):
                yield convert(res)
        for res in resampler.resample(None):
            yield convert(res)


def quietest_cut(audio: np.ndarray, start: int, stop: int, frame: int = SAMPLE_RATE // 4) -> int:
    """The sample index of the quietest quarter second in ``audio[start:stop]``."""
    region = audio[start:stop]
    n = len(region) // frame
    if n < 2:
        return stop
    energy = (region[:n * frame].reshape(n, frame) ** 2).mean(axis=1)
    return start + int(np.argmin(energy)) * frame + frame // 2


def windows(path: Path, expected: float | None = None, *, window: float = WINDOW_SECONDS,
            search: float = CUT_SEARCH,
            energy: ChannelEnergy | None = None) -> Iterator[tuple[float, np.ndarray]]:
    """(offset in seconds, float32 mono audio) pieces of about ``window`` seconds, cut in a
    pause, so a 2-hour recording never sits in memory whole. A recording no longer than
    ``window + search`` comes as one piece. Raises ``BadAudio`` (after the last piece) if
    the file decodes to much less than ``expected`` seconds."""
    win, cut_span = int(window * SAMPLE_RATE), int(search * SAMPLE_RATE)
    pending: list[np.ndarray] = []
    size = 0
    offset = 0
    for block in _decoded_blocks(path, energy):
        pending.append(block)
        size += len(block)
        if size >= win + cut_span:
            buf = np.concatenate(pending)
            cut = quietest_cut(buf, win, win + cut_span)
            yield offset / SAMPLE_RATE, buf[:cut]
            offset += cut
            pending, size = [buf[cut:]], len(buf) - cut
    total = (offset + size) / SAMPLE_RATE
    if total < MIN_SECONDS:
        raise BadAudio(t("transcribe.audio_no_usable", seconds=f"{total:.1f}"),
                       where=str(path), hint=t("transcribe.audio_damaged_or_empty_hint"))
    if size:
        yield offset / SAMPLE_RATE, np.concatenate(pending)
    if expected and total < MIN_SHARE * expected:
        raise BadAudio(t("transcribe.audio_cut", seconds=f"{total:.1f}",
                         expected=f"{expected:.0f}"),
                       where=str(path), hint=t("transcribe.audio_copy_again_hint"))
