"""Recordings for ``export --to qdpx --with-audio``: who may be heard, and the sound as the
QDA tools play it.

A voice identifies a person, and the recording holds every name that was said, also the
ones the anonymised text replaced; the leak check cannot read sound. So the audio of an
interview goes out only when every informant in it has said yes to it
(``Informant.audio_export``, set with ``feltarbeid informant set IP01 --audio-export yes``);
"unknown" (never asked) counts as no, and so does an interview without informants.

REFI-QDA 1.5 §9.1.6 recommends m4a for audio ("the widest possible support"): every
recording is converted to AAC in an MP4 (``.m4a``) container with PyAV, whatever it came
as, with its channels (at most two) and sample rate, 64 kbit/s per channel, no metadata.
The conversion is deterministic: the same recording gives the same bytes, so two exports of
an unchanged study are the same.

Passages held back as sensitive (``feltarbeid.sensitive``) are silenced in the converted
sound (``silence``): the text says "[passasje holdt tilbake]", and the voice must not say
it instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from .. import locale
from ..errors import FeltarbeidError
from .collect import ExportDoc
from .refiqda import AudioTrack

AUDIO_EXTENSION = "m4a"
BITRATE_PER_CHANNEL = 64_000
AAC_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 64000, 88200, 96000)


def voice_refusals(doc: ExportDoc) -> list[str]:
    """The informants of an interview who have not said yes to exporting its audio (empty:
    the audio may go out). An interview without informants gives ``["—"]``."""
    if not doc.informants:
        return ["—"]
    return [i.code for i in doc.informants if i.audio_export != "yes"]


def held_back_times(doc: ExportDoc) -> list[tuple[float, float]]:
    """The time ranges (seconds) of the passages whose text is held back."""
    if not doc.held_back:
        return []
    return [(doc.segments[i].start, doc.segments[i].end) for i in doc.sensitive]


def _silenced(frame, start_sample: int, ranges: Sequence[tuple[int, int]]):  # noqa: ANN001, ANN202
    """``frame`` with the samples inside ``ranges`` (sample numbers) set to zero; the frame
    itself if none are."""
    import av

    n = frame.samples
    cuts = [(max(a - start_sample, 0), min(b - start_sample, n)) for a, b in ranges
            if a < start_sample + n and b > start_sample]
    if not cuts:
        return frame
    arr = frame.to_ndarray().copy()
    planar = frame.format.is_planar
    channels = 1 if planar else len(frame.layout.channels)
    for a, b in cuts:
        arr[:, a * channels:b * channels] = 0
    out = av.AudioFrame.from_ndarray(arr, format=frame.format.name, layout=frame.layout.name)
    out.sample_rate = frame.sample_rate
    return out


def convert(source: Path, target: Path, *,
            silence: Sequence[tuple[float, float]] = ()) -> AudioTrack:
    """``source`` (any audio or video PyAV reads) as AAC in ``target`` (.m4a), silent in
    the ``silence`` ranges (seconds from the start)."""
    import av

    if not source.is_file():
        raise FeltarbeidError(locale.t("export.audio_missing"), where=str(source),
                              hint=locale.t("export.audio_missing_hint"))
    try:
        with av.open(str(source), metadata_errors="ignore") as inp:
            if not inp.streams.audio:
                raise FeltarbeidError(locale.t("export.audio_unreadable"), where=str(source),
                                      hint=locale.t("export.audio_missing_hint"))
            stream = inp.streams.audio[0]
            channels = min(max(int(stream.codec_context.channels or 1), 1), 2)
            rate = int(stream.codec_context.sample_rate or 16000)
            rate = rate if rate in AAC_RATES else 48000
            with av.open(str(target), "w", format="ipod") as out:
                enc = out.add_stream("aac", rate=rate,
                                     layout="mono" if channels == 1 else "stereo")
                enc.bit_rate = BITRATE_PER_CHANNEL * channels
                in_rate = int(stream.codec_context.sample_rate or rate)
                quiet = [(int(a * in_rate), int(round(b * in_rate + 0.5))) for a, b in silence]
                position = 0
                for frame in inp.decode(stream):
                    if quiet:
                        at = position
                        position += frame.samples
                        frame = _silenced(frame, at, quiet)
                    frame.pts = None
                    for packet in enc.encode(frame):
                        out.mux(packet)
                for packet in enc.encode(None):
                    out.mux(packet)
    except FeltarbeidError:
        raise
    except Exception as exc:  # noqa: BLE001 - av raises many kinds
        target.unlink(missing_ok=True)
        raise FeltarbeidError(locale.t("export.audio_unreadable"), where=str(source),
                              hint=f"{locale.t('export.audio_missing_hint')} "
                                   f"({type(exc).__name__})") from None
    digest = hashlib.sha256()
    with open(target, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return AudioTrack(path=target, extension=AUDIO_EXTENSION, digest=digest.hexdigest())
