"""The top bar: session, informants, recording clock, time on the current theme.

Both widgets here have a fixed size, so they repaint without a layout pass (``render``
plus ``refresh()``), and only when their text changed: the clock ticks every second."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.text import Text
from textual.widget import Widget

from ...locale import t
from ...timeutil import format_clock
from ..state import SessionState


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


class ClockBar(Widget):
    """One line that always fits its width; the screen calls ``show(state, now)`` each
    second and after each event. The parts, most important first: session and clock,
    informants, theme and its minutes. When the line is too long, separators tighten,
    then the informants shorten to the first code and a count ("IP01 +2"), then the theme
    name is cut with "…"; the clock is never cut."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._parts: tuple[str, tuple[str, ...], str, str, str] = ("", (), "", "", "")

    def show(self, state: SessionState, now: float) -> None:
        if state.rec_anchor is not None:
            clock = f"● [b]{format_clock(state.elapsed(now))}[/b]"
        else:
            clock = escape(t("interview.rec_not_marked", clock=format_clock(state.elapsed(now))))
        sid = state.section_id_of(state.current) if state.current else None
        section = state.guide.section(sid) if sid else None
        name, minutes = "", ""
        if section is not None:
            used = state.used_seconds(section.id, now) / 60
            planned = f"/{section.planned_minutes:g}" if section.planned_minutes else ""
            name = section.label or section.title
            minutes = f"{used:.0f}{planned} min"
        parts = (state.session_id, tuple(state.informants), clock, name, minutes)
        if parts != self._parts:
            self._parts = parts
            self.refresh()
        self.set_class(state.time_short(now), "-short")
        self.set_class(state.rec_anchor is None, "-unmarked")

    def render(self) -> Text:
        width = self.content_region.width or self.size.width or 80
        return fit_clock_line(*self._parts, width=width)


def fit_clock_line(session_id: str, informants: tuple[str, ...], clock: str, name: str,
                   minutes: str, *, width: int) -> Text:
    """The top line for ``width`` cells (see :class:`ClockBar` for what gives way first)."""
    people = [", ".join(informants)]
    if len(informants) > 1:
        people.append(f"{informants[0]} +{len(informants) - 1}")

    def line(sep: str, who: str, theme: str) -> Text:
        parts = [f"[b]{escape(session_id)}[/b]", escape(who), clock]
        tail = " ".join(x for x in (escape(theme), minutes) if x)
        if tail:
            parts.append(tail)
        return Text.from_markup(sep.join(p for p in parts if p))

    for sep in ("  ·  ", " · "):
        for who in people:
            text = line(sep, who, name)
            if text.cell_len <= width:
                return text
    for keep in range(len(name) - 1, 0, -1):  # cut the theme's name, then drop it
        text = line(" · ", people[-1], name[:keep].rstrip() + "…")
        if text.cell_len <= width:
            return text
    text = line(" · ", people[-1], "")
    text.truncate(width, overflow="ellipsis")
    return text


class TimeWarning(TextLine):
    """The quiet warning: must-ask items open and time runs short. Hidden otherwise."""

    def show(self, state: SessionState, now: float) -> None:
        short = state.time_short(now)
        if self.display != short:
            self.display = short
        if short:
            self.set_text(t("interview.time_short", n=len(state.open_must())))
