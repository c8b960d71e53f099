"""The last notes, bookmarks, follow-ups and gaps, stamped with the clock."""

from __future__ import annotations

from rich.markup import escape

from ...locale import t
from ...timeutil import format_clock
from ..state import Note, SessionState
from .clock_bar import TextLine

ICONS = {"free": "✎", "observation": "◎", "bookmark": "★", "followup": "↳", "gap": "‖"}


class NotesLog(TextLine):
    """Shows the newest notes (as many as fit); the screen calls ``show(state)``."""

    def show(self, state: SessionState, lines: int = 4) -> None:
        notes = state.notes[-lines:]
        if not notes:
            self.set_text(t("interview.no_notes"))
            return
        self.set_text("\n".join(note_line(state, n) for n in notes))


def note_line(state: SessionState, n: Note) -> str:
    clock = format_clock(n.t_rec) if n.t_rec is not None else format_clock(
        n.at - (state.started_at or n.at))
    if n.kind == "gap":
        gap = next((g for w, g in state.gaps if abs(w - n.at) < 1e-6), 0.0)
        return f"{ICONS['gap']} {clock} {t('interview.gap', gap=format_clock(gap))}"
    text = escape(n.text) if n.text else ""
    return f"{ICONS.get(n.kind, '•')} {clock} {text}"
