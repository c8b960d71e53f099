"""The recording's sound in the workbench: a ``feltarbeid.playback.Player`` and what the
screen needs around it — which stretches were heard, and one plain message when there is
no sound (no device, no recording file, a file that does not play). Editing works the same
without sound.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import FeltarbeidError
from ..locale import t

SPEEDS = (0.75, 0.85, 1.0, 1.1, 1.25, 1.5)
FLUSH_EVERY = 5.0  # seconds of continuous listening journaled at a time


class Audio:
    """Sound for one transcript. ``player`` is None when nothing can play; ``problem``
    then says why (shown once). A player without a device (``available`` False) still
    knows positions, so following the text and seeking work."""

    def __init__(self, player: Any = None, problem: str = "") -> None:
        self.player = player
        self.problem = problem
        self._from: float | None = None
        self._last = 0.0
        self._pending: list[tuple[float, float]] = []

    @classmethod
    def open(cls, path: Path | None, *, output: Any = None, rewind: float = 1.5,
             speed: float = 1.0) -> Audio:
        if path is None or not Path(path).is_file():
            return cls(None, t("workbench.no_recording"))
        try:
            from ..playback import Player
        except ImportError as exc:  # the sound library is missing from this installation
            return cls(None, t("workbench.no_playback", reason=str(exc)))
        try:
            player = Player(path, output=output, rewind_on_resume=max(0.0, min(rewind, 5.0)))
        except FeltarbeidError as exc:
            return cls(None, exc.what)
        player.set_speed(max(SPEEDS[0], min(speed, SPEEDS[-1])))
        problem = "" if getattr(player, "available", True) else (
            getattr(player, "unavailable_reason", "") or t("workbench.no_device"))
        return cls(player, problem)

    # -- reading ---------------------------------------------------------------------------
    @property
    def usable(self) -> bool:
        return self.player is not None

    @property
    def playing(self) -> bool:
        return bool(self.player is not None and self.player.playing)

    @property
    def speed(self) -> float:
        return float(self.player.speed) if self.player is not None else 1.0

    def position(self) -> float:
        return float(self.player.position()) if self.player is not None else 0.0

    # -- verbs -----------------------------------------------------------------------------
    def play(self, start: float | None = None) -> bool:
        if self.player is None:
            return False
        self._cut()
        return self._started(bool(self.player.play(start)))

    def play_range(self, start: float, end: float) -> bool:
        if self.player is None:
            return False
        self._cut()
        return self._started(bool(self.player.play_range(start, end)))

    def _started(self, ok: bool) -> bool:
        """A stretch begins where the sound starts, not at the next tick: a short replay
        that ends before the screen's timer fires is heard too."""
        if ok and self.player is not None:
            self._from = self._last = self.position()
        return ok

    def pause(self) -> None:
        if self.player is not None:
            self._cut()
            self.player.pause()

    def seek(self, t_: float) -> None:
        if self.player is not None:
            self._cut()
            self.player.seek(t_)
            if self.playing:
                self._from = self._last = self.position()

    def skip(self, delta: float) -> None:
        if self.player is not None:
            self._cut()
            self.player.skip(delta)
            if self.playing:
                self._from = self._last = self.position()

    def faster(self, step: int) -> float:
        """One step faster (1) or slower (-1) along ``SPEEDS``; the new speed."""
        if self.player is None:
            return 1.0
        now = self.player.speed
        i = min(range(len(SPEEDS)), key=lambda k: abs(SPEEDS[k] - now))
        self.player.set_speed(SPEEDS[max(0, min(len(SPEEDS) - 1, i + step))])
        return float(self.player.speed)

    def _cut(self) -> None:
        """End the stretch being heard here (before a jump, a pause, a new start)."""
        if self._from is not None and self.player is not None:
            self._pending.append((self._from, self.position()))
        self._from = None

    def close(self) -> None:
        if self.player is not None:
            self.player.close()
            self.player = None

    # -- what was heard --------------------------------------------------------------------
    def heard(self) -> list[tuple[float, float]]:
        """Stretches heard since the last call (to journal): called every tick. Every jump
        (play from, seek, skip, replay, pause) goes through this class and ends a stretch
        first (``_cut``); so does stopping at the end of a replayed passage."""
        out, self._pending = self._pending, []
        if self.player is None:
            return out
        now = self.position()
        if self.playing:
            if self._from is None:
                self._from = now
            elif now < self._last:  # cannot happen without a seek (which cuts): be safe
                out.append((self._from, self._last))
                self._from = now
            elif now - self._from >= FLUSH_EVERY:
                out.append((self._from, now))
                self._from = now
        elif self._from is not None:  # stopped by itself (a replayed stretch, the end)
            out.append((self._from, now))
            self._from = None
        self._last = now
        return [(a, b) for a, b in out if b - a >= 0.05]
