"""Time sources for sessions: the wall clock (monotonic within a process) and a fake one."""

from __future__ import annotations

import time
from datetime import UTC, datetime


class Clock:
    """Wall time in epoch seconds that never runs backwards inside one process.

    The wall time is read once; after that it advances with ``time.monotonic`` so a system
    clock change during an interview cannot reorder events."""

    def __init__(self) -> None:
        self._wall0 = time.time()
        self._mono0 = time.monotonic()

    def now(self) -> float:
        return self._wall0 + (time.monotonic() - self._mono0)


class FakeClock(Clock):
    """A clock the caller moves: tests, snapshots and scripted sessions."""

    def __init__(self, start: float) -> None:  # noqa: D107 - no super(): no real time here
        self.t = float(start)

    def now(self) -> float:
        return self.t

    def set(self, t: float) -> None:
        self.t = float(t)

    def advance(self, seconds: float) -> None:
        self.t += seconds


def iso(wall: float) -> str:
    """Epoch seconds → ISO 8601 with offset, millisecond precision (local zone)."""
    return datetime.fromtimestamp(wall, UTC).astimezone().isoformat(timespec="milliseconds")


def epoch(at: str) -> float:
    return datetime.fromisoformat(at).timestamp()
