"""The top line (transcript, sound, progress) and the line under the editor (the current
passage: number, times, speaker, guide item, flags, names)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from ...domain import Segment
from ...locale import t
from ...timeutil import format_clock
from ..render import FLAG_DONE, FLAG_OPEN, HELD, flags_text, name_label


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
             names: Sequence[object] = (), held: object | None = None,
             flags: Sequence[object] = (), char: int = 0, selected: tuple[int, int] | None = None
             ) -> None:
        """``held``: the sensitive mark holding the passage back; ``flags``: its indirect
        identifiers (the one at the cursor ``char``, else the first open one, is described);
        ``selected``: a range of passages (1-based numbers) chosen with shift+PageUp/Down."""
        line = Text()
        if selected is not None and selected[0] != selected[1]:
            line.append(t("workbench.selected", first=selected[0], last=selected[1]) + " ",
                        style="reverse")
        line.append(f"#{number}/{total} ", style="bold")
        line.append(f"{format_clock(seg.start)}–{format_clock(seg.end)} ")
        line.append(f"{seg.speaker or '?'} ", style="bold")
        if held is not None:
            line.append(f"· {HELD} " + t("workbench.held_info",
                                         reason=getattr(held, "reason", "")) + " ",
                        style="bold")
        flag = _described(flags, char)
        if flag is not None:
            line.append(f"· {FLAG_OPEN if flag.is_open else FLAG_DONE} "  # type: ignore[attr-defined]
                        + flag_info(flag) + " ", style="bold")
            if len(flags) > 1:
                line.append(t("workbench.flag_more", n=len(flags) - 1) + " ")
        flags_shown = flags_text(seg)
        if flags_shown:
            line.append("· ! " + ", ".join(t(f"workbench.flag_{f}") for f in flags_shown)
                        + " ", style="bold")
        if names:
            shown = [f"{seg.text[m.start:m.end]}→{name_label(m)}"  # type: ignore[attr-defined]
                     for m in names]
            line.append("· " + t("workbench.names") + ": " + ", ".join(shown) + " ")
        if item:
            line.append(f"· {item}", style="italic dim")
        line.truncate(max(1, self.size.width or 80) * 2)
        self.update(line)


def _described(flags: Sequence[object], char: int) -> object | None:
    here = next((f for f in flags if f.start <= char < f.end), None)  # type: ignore[attr-defined]
    if here is not None:
        return here
    return next((f for f in flags if getattr(f, "is_open", False)),
                flags[0] if flags else None)


def flag_info(flag: object) -> str:
    """``antall ansatte → et mellomstort kontor (ctrl+e)`` and the like, by decision."""
    kind = t(f"indirect.kind_{getattr(flag, 'kind', '')}")
    status = getattr(flag, "status", "open")
    shown = str(getattr(flag, "shown", ""))
    if status == "accepted":
        return t("workbench.flag_info_accepted", kind=kind, wording=shown)
    if status == "dismissed":
        return t("workbench.flag_info_dismissed", kind=kind)
    if status == "open":
        return t("workbench.flag_info_open", kind=kind, wording=shown)
    return t("workbench.flag_info_preview", kind=kind, wording=shown)
