"""The top line (transcript, sound, progress) and the line under the editor (the current
passage: number, times, speaker, guide item, flags, names)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from ...domain import Segment
from ...locale import t
from ...timeutil import format_clock
from ..render import flags_text, name_label


class StatusBar(Static):
    def show(self, *, transcript_id: int, state: str, position: float, duration: float | None,
             playing: bool, speed: float, checked: int, passages: int, heard: float,
             unsaved: int, audio_note: str = "", read_only: bool = False) -> None:
        line = Text()
        line.append(f"T{transcript_id} ", style="bold")
        line.append(f"{state}  ")
        line.append("▶ " if playing else "‖ ", style="bold")
        line.append(f"{format_clock(position)}/{format_clock(duration)}")
        if abs(speed - 1.0) > 1e-6:
            line.append(f" {speed:.2f}×")
        line.append("  " + t("workbench.status_checked", checked=checked, total=passages))
        line.append("  " + t("workbench.status_heard", minutes=f"{heard / 60:.0f}",
                             total=f"{(duration or 0) / 60:.0f}"))
        if unsaved:
            line.append("  " + t("workbench.status_unsaved", n=unsaved), style="bold")
        if read_only:
            line.append("  " + t("workbench.status_read_only"), style="bold")
        if audio_note:
            line.append("  " + audio_note, style="dim")
        self.update(line)


class PassageInfo(Static):
    def show(self, seg: Segment, number: int, total: int, *, item: str,
             names: Sequence[object] = ()) -> None:
        line = Text()
        line.append(f"#{number}/{total} ", style="bold")
        line.append(f"{format_clock(seg.start)}–{format_clock(seg.end)} ")
        line.append(f"{seg.speaker or '?'} ", style="bold")
        flags = flags_text(seg)
        if flags:
            line.append("· ! " + ", ".join(t(f"workbench.flag_{f}") for f in flags) + " ",
                        style="bold")
        if names:
            shown = [f"{seg.text[m.start:m.end]}→{name_label(m)}"  # type: ignore[attr-defined]
                     for m in names]
            line.append("· " + t("workbench.names") + ": " + ", ".join(shown) + " ")
        if item:
            line.append(f"· {item}", style="italic dim")
        line.truncate(max(1, self.size.width or 80) * 2)
        self.update(line)
