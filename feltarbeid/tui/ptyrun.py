"""Run a terminal app (``feltarbeid interview``, ``feltarbeid transcript edit``) as a real
separate process in a pseudo-terminal.

Used by the crash tests (SIGKILL at chosen points) and the start-up benchmarks: keys are
written to the pty as a terminal would send them; the screen's text is read back with
the escape sequences removed. POSIX only."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[PX^_].*?\x1b\\|\x1b\][^\x07]*\x07|\x1b.")


class TuiProcess:
    """``feltarbeid --study ROOT --lang LANG COMMAND… ARGS`` in a pty of ``size``
    (``command`` is ``("interview",)`` unless given, e.g. ``("transcript", "edit")``).

    Every process started is remembered until it has exited; ``kill_all()`` (called by the
    tests' teardown) ends any left behind, e.g. after a failed assertion."""

    live: set[TuiProcess] = set()

    def __init__(self, study_root: Path, *args: str, lang: str = "en",
                 size: tuple[int, int] = (80, 24),
                 command: tuple[str, ...] = ("interview",),
                 env: dict[str, str] | None = None) -> None:
        cols, rows = size
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        environ = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(cols),
                   "LINES": str(rows), "PYTHONUNBUFFERED": "1", **(env or {})}
        environ.pop("FELTARBEID_STUDY", None)
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from feltarbeid.cli import main; main()",
             "--study", str(study_root), "--lang", lang, *command, *args],
            stdin=slave, stdout=slave, stderr=slave, env=environ, close_fds=True,
            start_new_session=True)
        os.close(slave)
        TuiProcess.live.add(self)
        self.master = master
        self.output = bytearray()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output.extend(chunk)

    def text(self) -> str:
        return ANSI.sub(b"", bytes(self.output)).decode("utf-8", "replace")

    def wait_for_text(self, needle: str, timeout: float = 30.0, settle: float = 0.3) -> float:
        """Wait until ``needle`` is on the screen; returns seconds since the start."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.text():
                seen = time.perf_counter() - self.started
                time.sleep(settle)
                return seen
            if self.proc.poll() is not None:
                break
            time.sleep(0.005)
        raise AssertionError(f"{needle!r} never appeared; output:\n{self.text()[-2000:]}")

    def cpu_seconds(self) -> float | None:
        """User + system CPU time of the process so far (Linux ``/proc``), else None."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode("utf-8"))

    def kill(self) -> None:
        """SIGKILL: no handler runs, nothing is flushed."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.master)
        if self.proc.poll() is not None:
            TuiProcess.live.discard(self)


def kill_all() -> int:
    """SIGKILL every TuiProcess still running; returns how many there were."""
    left = [t for t in TuiProcess.live if t.proc.poll() is None]
    for tui in left:
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            tui.kill()
    for tui in list(TuiProcess.live):
        tui.close()
    TuiProcess.live.clear()
    return len(left)
