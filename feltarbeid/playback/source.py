"""A recording read for playback: 16 kHz mono int16 from any sample on, decoded as needed.

The same PyAV decoding as transcription (``transcribe.audio``: same container handling,
same resampler to 16 kHz mono s16), so every format ``recording add`` accepts plays, and
sample N here is sample N of the audio the word timings were measured on. Nothing is
decoded ahead: a seek opens the container at the nearest packet before the target (with a
pre-roll of 0.3 s so the decoder has settled) and decodes from there, so a 2-hour
recording costs no more memory than a 2-minute one.
"""

from __future__ import annotations

from collections.abc import Iterator
from math import gcd
from pathlib import Path

import numpy as np

from ..locale import t
from ..transcribe.audio import SAMPLE_RATE, BadAudio, open_audio, probe

RATE = SAMPLE_RATE  # playback positions count samples at this rate (as the word timings do)
PRE_ROLL = 0.3  # seconds decoded before a seek target, so the decoder has settled ...
SETTLE = 0.15  # ... and its frames from the first this many seconds are not used at all


class Source:
    """``Source(path)`` probes the file (raises ``BadAudio`` if it is no usable recording);
    ``blocks(start)`` yields its audio from sample ``start`` on."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.info = probe(self.path)
        self.duration = self.info.duration
        self.samples = int(round(self.duration * RATE))
        self._container = None  # kept open between seeks: the demuxer's index grows

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None

    def blocks(self, start: int = 0) -> Iterator[np.ndarray]:
        """int16 mono blocks at ``RATE``, the first beginning exactly at sample ``start``
        (counted from the first sample of the recording), until the end of the file. One
        reader at a time: a new call ends what the previous one was reading."""
        start = max(0, int(start))
        if start >= RATE * 2 * PRE_ROLL:
            yield from self._from_seek(start)
        else:
            yield from self._from_beginning(start)

    def _from_beginning(self, start: int) -> Iterator[np.ndarray]:
        pos = 0
        for block in self._decode(None):
            end = pos + len(block)
            if end > start:
                yield block[max(0, start - pos):]
            pos = end

    def _from_seek(self, start: int) -> Iterator[np.ndarray]:
        pos: int | None = None
        for block, first_pos in self._decode(start / RATE - PRE_ROLL, anchored=True):
            if pos is None:
                if first_pos is None or first_pos > start:
                    # no timestamps, or the container landed past the target: count from 0
                    yield from self._from_beginning(start)
                    return
                pos = first_pos
            end = pos + len(block)
            if end > start:
                yield block[max(0, start - pos):]
            pos = end

    def _decode(self, seek_to: float | None, *, anchored: bool = False) -> Iterator:
        """Decoded s16 blocks; with ``seek_to`` (seconds) from the packet before that time,
        skipping (undecoded) packets that end before it. With ``anchored`` each item is
        ``(block, sample index of the first block or None)``."""
        import av

        if self._container is not None and seek_to is None:
            self.close()  # from the beginning: a fresh decoder, as transcription has
        if self._container is None:
            self._container = open_audio(self.path)
        container = self._container
        if not container.streams.audio:
            raise BadAudio(t("transcribe.audio_no_track"), where=str(self.path),
                           hint=t("transcribe.audio_no_track_hint"))
        stream = container.streams.audio[0]
        tb = stream.time_base
        t0 = stream.start_time or 0
        if seek_to is not None and seek_to > 0 and tb:
            container.seek(int(seek_to / tb) + t0, stream=stream, backward=True)
        resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono",
                                                      rate=RATE)
        first: int | None = None
        started = False  # a packet was decoded
        anchored_at: float | None = None if seek_to is not None else 0.0
        for packet in container.demux(stream):
            if (seek_to is not None and not started and packet.pts is not None
                    and packet.duration and tb
                    and float((packet.pts + packet.duration - t0) * tb) < seek_to):
                continue  # well before the target: not worth decoding
            try:
                frames = packet.decode()
            except av.error.InvalidDataError:
                continue
            except Exception as exc:  # noqa: BLE001 - av raises many kinds
                raise BadAudio(t("transcribe.audio_undecodable", kind=type(exc).__name__),
                               where=str(self.path),
                               hint=t("transcribe.audio_damaged_hint")) from None
            started = True
            for frame in frames:
                if anchored_at is None:
                    # the first frames after a seek may be wrong, and so may their time
                    # (Vorbis): start with a frame of a settled decoder
                    if frame.pts is None or not tb:
                        anchored_at = -1.0
                    else:
                        at = float((frame.pts - t0) * tb)
                        if at < seek_to + SETTLE:  # type: ignore[operator]
                            continue
                        anchored_at = at
                        frame, first = _on_grid(frame, at)
                for res in resampler.resample(frame):
                    block = res.to_ndarray().reshape(-1)
                    yield (block, first) if anchored else block
        for res in resampler.resample(None):
            block = res.to_ndarray().reshape(-1)
            yield (block, first) if anchored else block


def _on_grid(frame, at: float):  # noqa: ANN001, ANN202 - av.AudioFrame
    """The frame starting at ``at`` seconds, less the few leading samples that put its start
    between two samples at ``RATE``, and the index of its first sample at ``RATE``: the
    resampler then computes the same samples as when decoding from the beginning."""
    import av

    rate = frame.sample_rate
    step = rate // gcd(rate, RATE)  # input samples per whole number of output samples
    first_in = int(round(at * rate))
    skip = (-first_in) % step
    if skip and skip < frame.samples:
        data = frame.to_ndarray()
        channels = len(frame.layout.channels)
        data = data[:, skip:] if frame.format.is_planar else data[:, skip * channels:]
        trimmed = av.AudioFrame.from_ndarray(np.ascontiguousarray(data),
                                             format=frame.format.name,
                                             layout=frame.layout.name)
        trimmed.sample_rate = rate
        frame = trimmed
        first_in += skip
    return frame, first_in * RATE // rate
