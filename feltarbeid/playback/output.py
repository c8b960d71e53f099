"""Where the sound goes: the system's sound device (miniaudio) or ``FakeOutput`` for tests.

An output is started with ``pull``, the player's callback: ``pull(n)`` returns ``(samples,
span)``, exactly ``n`` int16 mono samples at 16 kHz (silence where there is nothing to
play) and ``span = (first, last, count)``: the first ``count`` samples are the recording's
samples ``first``..``last`` (16 kHz indices, time-stretched when the speed is not 1), or
``None`` when all of it is silence. The system output calls ``pull`` on its own audio thread;
``FakeOutput.advance`` calls it on the caller's.

Why miniaudio: its wheels hold the whole C library for Linux (x86-64), macOS (Intel and Apple
silicon) and Windows, so ``make`` needs no Debian package; on Linux it opens PulseAudio or
PipeWire (through its Pulse service) or ALSA at run time, and it converts our 16 kHz mono to
whatever the device wants on every system. PortAudio (sounddevice, pyaudio) needs
``libportaudio2`` on Linux and does not convert rates on every host API.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Protocol

import numpy as np

from ..errors import FeltarbeidError
from ..locale import t
from .source import RATE

Span = tuple[int, int, int]
Pull = Callable[[int], tuple[np.ndarray, Span | None]]


class Output(Protocol):
    """What the player needs of an output. ``realtime``: True for a device that pulls on its
    own clock (the player then never makes it wait); False for one that pulls when told
    (the player then waits until the audio is ready)."""

    realtime: bool
    rate: int

    def start(self, pull: Pull) -> None: ...  # idempotent
    def stop(self) -> None: ...  # idempotent; never called with the player's lock held
    def close(self) -> None: ...


class NoDeviceError(FeltarbeidError):
    """No sound can be played here (no device, no sound system, or no playback library)."""


class FakeOutput:
    """A null device for tests. Nothing is heard; ``advance(seconds)`` pulls that much audio
    through the player's callback at once, in blocks of ``block`` samples, and returns when
    it has been delivered (the player prepares what it needs before answering, so a test
    sees the same samples on every run).

    ``played``: the recording's sample ranges delivered, as ``(first, last)`` 16 kHz sample
    indices, contiguous deliveries merged; ``sound``: the delivered samples of each range
    (time-stretched at speeds other than 1); ``silence``: samples of silence delivered
    while started (nothing to play yet, or playing has ended)."""

    realtime = False
    rate = RATE

    def __init__(self, block: int = 320) -> None:
        self.block = block
        self.played: list[tuple[int, int]] = []
        self.sound: list[np.ndarray] = []
        self.silence = 0
        self.running = False
        self.starts = 0
        self._pull: Pull | None = None

    def start(self, pull: Pull) -> None:
        self._pull = pull
        if not self.running:
            self.running = True
            self.starts += 1

    def stop(self) -> None:
        self.running = False

    def close(self) -> None:
        self.running = False
        self._pull = None

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` of playing time pass (nothing happens while stopped)."""
        left = int(round(seconds * self.rate))
        while left > 0 and self.running and self._pull is not None:
            n = min(self.block, left)
            samples, span = self._pull(n)
            assert len(samples) == n, "pull must return exactly n samples"
            got = 0
            if span is not None:
                first, last, got = span
                if self.played and self.played[-1][1] + 1 == first:
                    self.played[-1] = (self.played[-1][0], last)
                    self.sound[-1] = np.concatenate([self.sound[-1], samples[:got]])
                else:
                    self.played.append((first, last))
                    self.sound.append(samples[:got].copy())
            self.silence += n - got
            left -= n

    def reset(self) -> None:
        """Forget what was played so far."""
        self.played, self.sound, self.silence = [], [], 0


def _backends() -> list:  # noqa: ANN202 - miniaudio.Backend
    """The sound systems to try, best first: never miniaudio's silent null backend."""
    import miniaudio

    b = miniaudio.Backend
    if sys.platform == "win32":
        return [b.WASAPI, b.DSOUND, b.WINMM]
    if sys.platform == "darwin":
        return [b.COREAUDIO]
    # Linux and the BSDs; JACK is left out (it prints to the terminal when no server runs;
    # JACK users have PipeWire's Pulse service or can use ALSA)
    return [b.PULSEAUDIO, b.ALSA, b.SNDIO, b.OSS]


class SystemOutput:
    """The computer's default sound output, opened at once (raises ``NoDeviceError``)."""

    realtime = True
    rate = RATE
    PERIOD_MS = 30  # the device asks for about this much audio at a time

    def __init__(self, backends: list | None = None, *, allow_null: bool = False) -> None:
        """``backends``: miniaudio backends to try instead of the usual ones; with
        ``allow_null`` miniaudio's null backend (a silent device that pulls audio in real
        time on its own thread) counts as a device: for tests."""
        try:
            import miniaudio
        except ImportError as exc:
            raise NoDeviceError(t("playback.no_library", reason=str(exc)),
                                hint=t("playback.no_library_hint")) from None
        _quiet_alsa()
        try:
            self._device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
                sample_rate=RATE, buffersize_msec=self.PERIOD_MS,
                backends=backends if backends is not None else _backends(),
                app_name="feltarbeid")
        except miniaudio.MiniaudioError as exc:
            raise NoDeviceError(t("playback.no_device", reason=_reason(exc)),
                                hint=t("playback.no_device_hint")) from None
        self.backend: str = self._device.backend
        if self.backend.lower() == "null" and not allow_null:
            self._device.close()
            raise NoDeviceError(t("playback.no_device", reason="null"),
                                hint=t("playback.no_device_hint"))
        self.running = False

    def start(self, pull: Pull) -> None:
        if self.running or self._device is None:
            return
        feed = _feed(pull)
        next(feed)
        self._device.start(feed)
        self.running = True

    def stop(self) -> None:
        if self.running and self._device is not None:
            self._device.stop()
        self.running = False

    def close(self) -> None:
        if self._device is not None:
            self._device.close()
            self._device = None
        self.running = False


def _feed(pull: Pull) -> Iterator[np.ndarray | bytes]:
    """The generator miniaudio sends frame counts to."""
    n = yield b""
    while True:
        samples, _ = pull(n)
        n = yield samples


def _reason(exc: Exception) -> str:
    return " ".join(str(a) for a in exc.args) or type(exc).__name__


def open_system_output() -> SystemOutput:
    """The default sound output; raises ``NoDeviceError`` (with a message for the user)
    when there is none. For callers that demand a device."""
    return SystemOutput()


_alsa_handler = None  # kept alive: ALSA holds a pointer to it


def _quiet_alsa() -> None:
    """ALSA writes its errors (no card, unknown PCM ...) straight to the terminal, where
    they would tear a full-screen app; give it a handler that drops them."""
    global _alsa_handler
    if not sys.platform.startswith("linux") or _alsa_handler is not None:
        return
    import ctypes

    try:
        asound = ctypes.CDLL("libasound.so.2")
    except OSError:
        return
    handler_type = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                                    ctypes.c_int, ctypes.c_char_p)
    _alsa_handler = handler_type(lambda *_: None)
    asound.snd_lib_error_set_handler(_alsa_handler)
