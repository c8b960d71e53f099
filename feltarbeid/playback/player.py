"""``Player``: play a recording from any point, pause and resume with a short rewind, skip,
replay a stretch, change the speed without changing the pitch, and say at any moment which
second of the recording is being heard.

Three threads meet here. The caller's (the app) calls the methods below. A producer thread
decodes (``source``) and time-stretches (``stretch``) about 0.3 s ahead into a queue of
blocks. The output's audio thread calls ``_pull`` for the next few milliseconds of sound and
takes them from the queue; it never decodes and never waits (a real device gets silence if
the producer is late; ``FakeOutput`` waits for it, so tests are exact). Every change of
place or speed starts a new *generation*: blocks of an older one are dropped. All shared
state is guarded by one condition variable; device start/stop happen outside it (stopping a
device waits for its audio thread, which may be waiting for the lock).

Positions are counted in 16 kHz samples of the recording (the rate the word timings were
measured at). While playing at speed ``s`` from sample ``start``, output sample ``k`` of the
generation stands for recording sample ``start + k × s``.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import FeltarbeidError
from ..locale import t
from .output import NoDeviceError, Output, Span, SystemOutput
from .source import RATE, Source
from .stretch import Stretcher

MIN_SPEED, MAX_SPEED = 0.75, 1.5
AHEAD = int(0.3 * RATE)  # output samples the producer keeps ready
STOP_AFTER = 0.5  # s after playing ends before a real device is stopped (let it drain)
WAIT_FOR_PRODUCER = 10.0  # s a non-real-time output waits for audio before giving up


@dataclass
class _Block:
    gen: int
    samples: np.ndarray  # int16
    used: int = 0


class Player:
    """Plays one recording. ``output=None`` opens the system's sound device; when there is
    none, ``available`` is False and ``unavailable_reason`` says why (in the user's language)
    and ``play`` does nothing, while positions, seeking and speed still work. With
    ``require_device=True`` that case raises ``NoDeviceError`` instead. A file that is no
    usable recording raises ``BadAudio`` (a ``FeltarbeidError``)."""

    def __init__(self, path: Path | str, output: Output | None = None,
                 rewind_on_resume: float = 1.5, *, require_device: bool = False) -> None:
        self._source = Source(path)
        self.path = self._source.path
        self.duration: float = self._source.duration
        self.rewind_on_resume = max(0.0, float(rewind_on_resume))
        self.available = True
        self.unavailable_reason = ""
        self.error: str | None = None  # set when decoding failed while playing
        if output is None:
            try:
                output = SystemOutput()
            except NoDeviceError as exc:
                if require_device:
                    raise
                self.available = False
                self.unavailable_reason = exc.what
        self._output = output
        self._realtime = bool(getattr(output, "realtime", False))
        self._cond = threading.Condition()
        self._device_lock = threading.Lock()  # start/stop of the output, never under _cond
        self._closed = False
        self._playing = False
        self._speed = 1.0
        self._gen = 0
        self._start = 0  # recording sample where this generation starts
        self._end: int | None = None  # ... and where it stops (None: the end of the file)
        self._stop_at: int | None = None  # output samples it has (known once produced)
        self._stop_src = 0  # recording sample where it stopped
        self._delivered = 0  # output samples of this generation handed to the output
        self._queue: deque[_Block] = deque()
        self._queued = 0
        self._produced_all = False
        self._stamp: tuple[float, float, float] | None = None  # time, src from, src to
        self._pos = 0.0  # recording sample, while not playing
        self._rewind = False  # resume with a rewind (after pause)
        self._ended_at: float | None = None  # monotonic time playing ended (stop device)
        self._thread: threading.Thread | None = None

    # -- what the app reads ------------------------------------------------------------

    @property
    def playing(self) -> bool:
        with self._cond:
            return self._playing

    @property
    def speed(self) -> float:
        return self._speed

    def position(self) -> float:
        """Seconds into the recording of what is being heard now."""
        with self._cond:
            return self._now() / RATE

    # -- what the app does ---------------------------------------------------------------

    def play(self, start: float | None = None) -> bool:
        """Play from ``start`` seconds, or (``None``) go on from where it stopped: after a
        pause ``rewind_on_resume`` seconds earlier, at the end of the recording from the
        beginning (already playing: goes on). Returns False when there is no sound device."""
        with self._cond:
            if start is None and self._playing:
                return True
            if start is None:
                at = self._now()
                if self._rewind:
                    at -= self.rewind_on_resume * RATE
                if at >= self._source.samples - RATE // 100:
                    at = 0.0
            else:
                at = start * RATE
            started = self._begin(at, None)
        return self._start_device(started)

    def play_range(self, start: float, end: float) -> bool:
        """Play from ``start`` to ``end`` seconds, then stop there (replay a passage)."""
        with self._cond:
            end_at = self._clamp(end * RATE)
            if end_at <= self._clamp(start * RATE):
                return False
            started = self._begin(start * RATE, int(math.ceil(end_at)))
        return self._start_device(started)

    def pause(self) -> None:
        with self._cond:
            if not self._playing:
                return
            self._pos = self._now()
            self._halt()
            self._rewind = True
        self._stop_device()

    def toggle(self) -> bool:
        """Pause when playing, else play (resuming with the rewind); returns ``playing``."""
        if self.playing:
            self.pause()
            return False
        return self.play()

    def seek(self, seconds: float) -> None:
        """Go to ``seconds`` (clamped to the recording); keeps playing if it was."""
        with self._cond:
            if not self._playing:
                self._pos = self._clamp(seconds * RATE)
                self._rewind = False
                return
            started = self._begin(seconds * RATE, None)
        self._start_device(started)

    def skip(self, delta: float) -> None:
        """Move ``delta`` seconds forward (negative: back)."""
        with self._cond:
            now = self._now() / RATE
        self.seek(now + delta)

    def set_speed(self, speed: float) -> float:
        """Play at ``speed`` (clamped to 0.75–1.5) without changing the pitch; takes effect at
        once when playing. Returns the speed set."""
        speed = min(MAX_SPEED, max(MIN_SPEED, float(speed)))
        with self._cond:
            if speed == self._speed:
                return speed
            playing = self._playing
            at, end = self._now(), self._end
            self._speed = speed
            started = playing and self._begin(at, end)
        self._start_device(started)
        return speed

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._halt()
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._thread is None or not self._thread.is_alive():
            self._source.close()
        with self._device_lock:
            if self._output is not None:
                self._output.close()

    def __enter__(self) -> Player:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- bookkeeping (callers hold _cond) --------------------------------------------------

    def _clamp(self, sample: float) -> float:
        return min(float(self._source.samples), max(0.0, sample))

    def _now(self) -> float:
        """The recording sample being heard."""
        if not self._playing:
            return self._pos
        src = self._start + self._delivered * self._speed
        if self._realtime and self._stamp is not None:
            at, src_from, src_to = self._stamp
            src = min(src_to, src_from + (time.monotonic() - at) * RATE * self._speed)
        limit = self._end if self._end is not None else self._source.samples
        return self._clamp(min(src, limit))

    def _begin(self, at: float, end: int | None) -> bool:
        if self._output is None or self._closed:
            self._pos = self._clamp(at)
            return False
        self._gen += 1
        self._start = int(round(self._clamp(at)))
        self._end = end
        self._stop_at = None
        self._delivered = 0
        self._queue.clear()
        self._queued = 0
        self._produced_all = False
        self._stamp = None
        self._rewind = False
        self._ended_at = None
        self._playing = True
        if self._thread is None:
            self._thread = threading.Thread(target=self._produce, name="feltarbeid-playback",
                                            daemon=True)
            self._thread.start()
        self._cond.notify_all()
        return True

    def _halt(self) -> None:
        self._playing = False
        self._gen += 1
        self._queue.clear()
        self._queued = 0
        self._stamp = None
        self._cond.notify_all()

    # -- the audio thread ---------------------------------------------------------------------

    def _pull(self, n: int) -> tuple[np.ndarray, Span | None]:
        out = np.zeros(n, dtype=np.int16)
        try:
            with self._cond:
                return out, self._fill(out)
        except Exception as exc:  # noqa: BLE001 - never raise into the audio thread
            self.error = f"{type(exc).__name__}: {exc}"
            return out, None

    def _fill(self, out: np.ndarray) -> Span | None:
        if not self._playing:
            return None
        gen, filled = self._gen, 0
        waited = 0.0
        while filled < len(out) and self._gen == gen:
            while self._queue and self._queue[0].gen != gen:
                self._queue.popleft()
            if not self._queue:
                if self._produced_all or not self._playing:
                    break
                if self._realtime or waited >= WAIT_FOR_PRODUCER:
                    break  # the producer is late: silence now, sound next time
                t0 = time.monotonic()
                self._cond.wait(0.5)
                waited += time.monotonic() - t0
                continue
            block = self._queue[0]
            take = min(len(out) - filled, len(block.samples) - block.used)
            out[filled:filled + take] = block.samples[block.used:block.used + take]
            block.used += take
            filled += take
            self._queued -= take
            if block.used == len(block.samples):
                self._queue.popleft()
        if self._gen != gen:  # changed while waiting: what was copied is stale
            out[:] = 0
            return None
        span = None
        if filled:
            src_from = self._start + self._delivered * self._speed
            self._delivered += filled
            src_to = self._start + self._delivered * self._speed
            self._stamp = (time.monotonic(), src_from, src_to)
            span = (int(src_from), max(int(src_from), int(src_to) - 1), filled)
        if self._produced_all and not self._queue and self._stop_at is not None \
                and self._delivered >= self._stop_at:
            self._pos = float(self._stop_src)
            self._halt()
            self._ended_at = time.monotonic()
        self._cond.notify_all()
        return span

    # -- the producer thread --------------------------------------------------------------

    def _produce(self) -> None:
        gen = -1
        pieces: Iterator[np.ndarray] | None = None
        while True:
            with self._cond:
                while not self._closed:
                    if self._playing and self._gen != gen:
                        break
                    if self._playing and not self._produced_all and self._queued < AHEAD:
                        break
                    if not self._playing and self._ended_at is not None:
                        left = self._ended_at + STOP_AFTER - time.monotonic()
                        if left <= 0:
                            self._ended_at = None
                            break
                        self._cond.wait(left)
                        continue
                    self._cond.wait()
                if self._closed:
                    return
                stop_device = not self._playing
                if self._playing and self._gen != gen:
                    gen, start, end, speed = self._gen, self._start, self._end, self._speed
                    pieces = self._pieces(gen, start, end, speed)
            if stop_device:
                self._stop_device()
                continue
            try:
                piece = next(pieces, None) if pieces is not None else None
            except FeltarbeidError as exc:
                self._failed(gen, exc.what)
                continue
            except Exception as exc:  # noqa: BLE001 - the app must hear of it, not crash
                self._failed(gen, f"{type(exc).__name__}: {exc}")
                continue
            with self._cond:
                if self._gen != gen:
                    continue
                if piece is None:
                    self._produced_all = True
                elif len(piece):
                    self._queue.append(_Block(gen, piece))
                    self._queued += len(piece)
                self._cond.notify_all()

    def _pieces(self, gen: int, start: int, end: int | None,
                 speed: float) -> Iterator[np.ndarray]:
        """The output of one generation, in pieces; at its end sets ``_stop_at`` (output
        samples in all) and ``_stop_src`` (the recording sample it stops at)."""
        blocks = self._source.blocks(start)
        limit = None if end is None else max(0, int(math.ceil((end - start) / speed)))
        stretcher = Stretcher(speed) if speed != 1.0 else None
        made = fed = 0
        while limit is None or made < limit:
            if stretcher is None:
                block = next(blocks, None)
                if block is None:
                    break
                fed += len(block)
            else:
                block = stretcher.read()
                if not len(block):
                    if stretcher.done:
                        break
                    more = next(blocks, None)
                    if more is None:  # the end of the file: no output past it
                        stretcher.finish()
                        to_end = int(math.ceil(fed / speed))
                        limit = to_end if limit is None else min(limit, to_end)
                    else:
                        stretcher.feed(more)
                        fed += len(more)
                    continue
            if limit is not None:
                block = block[:limit - made]
            made += len(block)
            yield block
        with self._cond:
            if end is None and fed and start + fed != self._source.samples:
                # played to the end of the file: now its true length is known (a file's
                # header can be a little off; the word timings count decoded samples)
                self._source.samples = start + fed
                self.duration = self._source.samples / RATE
            if self._gen == gen:
                self._stop_at = made
                self._stop_src = min(end if end is not None else start + fed,
                                     self._source.samples)

    def _failed(self, gen: int, reason: str) -> None:
        with self._cond:
            if self._gen != gen:
                return
            self.error = t("playback.failed", reason=reason)
            self._pos = self._now()
            self._halt()
            self._ended_at = time.monotonic()

    def _start_device(self, started: bool) -> bool:
        """After ``_begin`` (outside the lock): make sure the output is running."""
        if not started:
            return False
        with self._device_lock:
            with self._cond:
                wanted = self._playing and not self._closed
            if wanted and self._output is not None:
                self._output.start(self._pull)
        return True

    def _stop_device(self) -> None:
        with self._device_lock:
            with self._cond:
                wanted = not self._playing
            if wanted and self._output is not None:
                self._output.stop()
