"""The top bar: session, informants, recording clock, time on the current theme.

Both widgets here have a fixed size, so they repaint without a layout pass (``render``
plus ``refresh()``), and only when their text changed: the clock ticks every second."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.widget import Widget

from ...locale import t
from ...timeutil import format_clock
from ..state import SessionState
from .outline import section_name


class TextLine(Widget):
    """A fixed-size widget showing markup text; ``set_text`` repaints only on change."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._text = ""

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.refresh()

    def render(self) -> str:
        return self._text


class ClockBar(TextLine):
    """One line; the screen calls ``show(state, now)`` each second and after each event."""

    def show(self, state: SessionState, now: float) -> None:
        parts = [f"[b]{escape(state.session_id)}[/b]", escape(", ".join(state.informants))]
        if state.rec_anchor is not None:
            parts.append(f"● [b]{format_clock(state.elapsed(now))}[/b]")
        else:
            parts.append(t("interview.rec_not_marked",
                           clock=format_clock(state.elapsed(now))))
        sid = state.section_id_of(state.current) if state.current else None
        section = state.guide.section(sid) if sid else None
        if section is not None:
            used = state.used_seconds(section.id, now) / 60
            planned = f"/{section.planned_minutes:g}" if section.planned_minutes else ""
            label = escape(section.label or section_name(section))
            parts.append(f"{label} {used:.0f}{planned} min")
        self.set_text("  ·  ".join(parts))
        self.set_class(state.time_short(now), "-short")
        self.set_class(state.rec_anchor is None, "-unmarked")


class TimeWarning(TextLine):
    """The quiet warning: must-ask items open and time runs short. Hidden otherwise."""

    def show(self, state: SessionState, now: float) -> None:
        short = state.time_short(now)
        if self.display != short:
            self.display = short
        if short:
            self.set_text(t("interview.time_short", n=len(state.open_must())))
