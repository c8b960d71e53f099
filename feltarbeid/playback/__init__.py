"""Listening to a recording: the audio engine of the transcript workbench.

``Player(path)`` plays any recording ``recording add`` accepts, from any point, at 0.75–1.5×
without changing the pitch, and reports the position being heard in seconds (16 kHz
samples, the timeline of the word timings). ``FakeOutput`` is a null device for tests;
``NoDeviceError`` is raised only where a caller demands a device (``require_device=True``,
``open_system_output()``).
"""

from .output import FakeOutput, NoDeviceError, Output, SystemOutput, open_system_output
from .player import MAX_SPEED, MIN_SPEED, Player
from .source import RATE, Source

__all__ = ["MAX_SPEED", "MIN_SPEED", "RATE", "FakeOutput", "NoDeviceError", "Output",
           "Player", "Source", "SystemOutput", "open_system_output"]
