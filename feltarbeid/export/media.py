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
"""

from __future__ import annotations

import hashlib
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


def convert(source: Path, target: Path) -> AudioTrack:
    """``source`` (any audio or video PyAV reads) as AAC in ``target`` (.m4a)."""
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
                for frame in inp.decode(stream):
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
