"""The last notes, bookmarks, follow-ups and gaps, stamped with the clock; and the app's
short messages ("Bookmark set.", errors) in the panel's top border.

The newest note is always the bottom line: the panel shows as many of the newest notes as
fit its size, each wrapped to the width, and cuts the oldest shown one from the top if it
does not fit whole. Messages go in the border, so they never cover a note (toasts did)."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.text import Text
from textual.markup import escape as markup_escape
from textual.timer import Timer
from textual.widget import Widget

from ...locale import t
from ...timeutil import format_clock
from ..state import Note, SessionState

ICONS = {"free": "✎", "observation": "◎", "bookmark": "★", "followup": "↳", "gap": "‖"}
SEVERITY_CLASSES = {"information": "", "warning": "-warning", "error": "-error"}


class NotesLog(Widget):
    """The screen calls ``show(state)`` after a note and ``say(message)`` for a message."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._lines: list[str] = []
        self._timer: Timer | None = None
        self.message = ""  # the message shown now, as plain text

    def show(self, state: SessionState, keep: int = 50) -> None:
        notes = state.notes[-keep:]
        lines = [note_line(state, n) for n in notes] or [t("interview.no_notes")]
        if lines != self._lines:
            self._lines = lines
            self.refresh()

    def render(self) -> Text:
        width = max(1, self.content_region.width)
        height = max(1, self.content_region.height)
        out: list[Text] = []
        for markup in reversed(self._lines):  # newest first, until the panel is full
            wrapped = list(Text.from_markup(markup).wrap(self.app.console, width))
            out[:0] = wrapped
            if len(out) >= height:
                break
        return Text("\n").join(out[-height:])

    # -- messages ----------------------------------------------------------------------------
    def say(self, message: str, severity: str = "information", timeout: float = 3.0) -> None:
        """Show a short message in the top border for ``timeout`` seconds."""
        self.message = message
        self.border_title = " " + markup_escape(message) + " "
        for cls in SEVERITY_CLASSES.values():
            if cls:
                self.set_class(cls == SEVERITY_CLASSES.get(severity, ""), cls)
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(timeout, self._clear)

    def _clear(self) -> None:
        self.border_title = None
        self.message = ""
        self._timer = None
        self.remove_class(*[c for c in SEVERITY_CLASSES.values() if c])


def note_line(state: SessionState, n: Note) -> str:
    clock = format_clock(n.t_rec) if n.t_rec is not None else format_clock(
        n.at - (state.started_at or n.at))
    if n.kind == "gap":
        gap = next((g for w, g in state.gaps if abs(w - n.at) < 1e-6), 0.0)
        return f"{ICONS['gap']} {clock} {t('interview.gap', gap=format_clock(gap))}"
    text = escape(n.text) if n.text else ""
    return f"{ICONS.get(n.kind, '•')} {clock} {text}"
