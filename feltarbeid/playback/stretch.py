"""Slower or faster speech at the same pitch: WSOLA (waveform-similarity overlap-add,
Verhelst & Roelands 1993), streaming, in numpy.

Output is built from 32 ms Hann-windowed frames of the recording laid 16 ms apart. For
speed ``s`` the frames are taken ``16 ms × s`` apart in the recording, each shifted by up to
±10 ms to where it best continues the previous one (the shift that maximises the
cross-correlation with the audio that naturally followed the previous frame), so voiced
speech keeps its periods and its pitch. Output hop ``m`` stands for the recording from
``m × hop × s`` to ``(m + 1) × hop × s`` samples after the start: that nominal mapping is
what playback positions are computed from.
"""

from __future__ import annotations

import numpy as np

FRAME = 512  # samples at 16 kHz: 32 ms
HOP = FRAME // 2  # output hop: 16 ms (Hann windows at half overlap sum to one)
TOLERANCE = 160  # ± samples a frame may move to match: 10 ms, a low voice's period


class Stretcher:
    """``feed(int16 samples)`` the recording from a start point on, ``finish()`` at its end;
    ``read()`` returns the int16 output made so far (a multiple of ``HOP`` samples until the
    end). ``speed`` > 1 is faster."""

    def __init__(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self.window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(FRAME) / FRAME)).astype(
            np.float32)
        self._buf = np.zeros(0, dtype=np.float32)
        self._base = 0  # recording index (from the start point) of _buf[0]
        self._fed = 0  # samples fed so far
        self._ended = False
        self._m = 0  # next frame
        self._prev: int | None = None  # where the previous frame was taken from
        self._acc = np.zeros(FRAME, dtype=np.float32)  # output from hop m on

    def feed(self, samples: np.ndarray) -> None:
        self._buf = np.concatenate([self._buf, samples.astype(np.float32)])
        self._fed += len(samples)

    def finish(self) -> None:
        self._ended = True

    @property
    def done(self) -> bool:
        """True when all the fed recording has been turned into output."""
        return self._ended and self._nominal(self._m) >= self._fed

    def _nominal(self, m: int) -> int:
        return int(round(m * HOP * self.speed))

    def read(self) -> np.ndarray:
        out: list[np.ndarray] = []
        while not self.done:
            nominal = self._nominal(self._m)
            lo = max(0, nominal - TOLERANCE) if self._prev is not None else nominal
            hi = nominal + TOLERANCE if self._prev is not None else nominal
            if not self._ended and hi + FRAME > self._fed:
                break  # needs more input
            region = self._take(lo, hi + FRAME)
            if self._prev is None:
                at = nominal
            else:
                natural = self._take(self._prev + HOP, self._prev + HOP + FRAME)
                score = np.correlate(region, natural, mode="valid")
                at = lo + int(np.argmax(score))
            self._acc += self._take(at, at + FRAME) * self.window
            out.append(self._acc[:HOP].copy())
            self._acc = np.concatenate([self._acc[HOP:], np.zeros(HOP, dtype=np.float32)])
            self._prev = at
            self._m += 1
            self._trim(min(at + HOP, max(0, self._nominal(self._m) - TOLERANCE)))
        if not out:
            return np.zeros(0, dtype=np.int16)
        return np.clip(np.rint(np.concatenate(out)), -32768, 32767).astype(np.int16)

    def _take(self, start: int, stop: int) -> np.ndarray:
        """Recording samples [start, stop) (relative to the start point), zeros past the
        end of what was fed."""
        a, b = start - self._base, stop - self._base
        part = self._buf[max(0, a):max(0, b)]
        if len(part) < stop - start:
            part = np.concatenate([part, np.zeros(stop - start - len(part), np.float32)])
        return part

    def _trim(self, keep_from: int) -> None:
        drop = keep_from - self._base
        if drop > 0:
            self._buf = self._buf[drop:]
            self._base = keep_from
