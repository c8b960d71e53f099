"""Find (and replace across the transcript, with a preview of every change).

Enter in the first field finds the next place; with text in the replace field, Enter shows
each passage that would change (word diff) and a second Enter (or ctrl+r) replaces them
all in one edit. Escape closes. Returns ``("find", needle)``, ``("replace", needle,
replacement)`` or None.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from ...locale import plural, t
from ...textdiff import word_diff
from ..draft import Draft, find_all

PREVIEW_MAX = 200  # passages shown in the preview


class FindReplace(ModalScreen[tuple[str, ...] | None]):
    BINDINGS = [
        Binding("escape", "cancel", "tui.key_cancel"),
        Binding("ctrl+r", "replace_all", "workbench.key_replace_all"),
    ]

    def __init__(self, draft: Draft, needle: str = "") -> None:
        super().__init__()
        self.draft = draft
        self.needle = needle
        self._previewed: tuple[str, str] | None = None

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(classes="dialog find"):
            yield Label(t("workbench.find_title"), classes="dialog-title")
            yield Input(value=self.needle, placeholder=t("workbench.find_placeholder"),
                        id="find")
            yield Input(placeholder=t("workbench.replace_placeholder"), id="replace")
            yield Static("", id="find-count", classes="dialog-note")
            with VerticalScroll(id="find-preview"):
                yield Static("", id="find-lines")
            yield Static(t("workbench.find_hint"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#find", Input).focus()
        self._count()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._previewed = None
        self._count()

    def _values(self) -> tuple[str, str]:
        return (self.query_one("#find", Input).value, self.query_one("#replace", Input).value)

    def _count(self) -> None:
        needle, _ = self._values()
        hits = find_all(self.draft, needle) if needle else []
        passages = len({p for p, _, _ in hits})
        self.query_one("#find-count", Static).update(
            t("workbench.find_count", n=len(hits), passages=passages) if needle else "")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        needle, replacement = self._values()
        if not needle:
            self.dismiss(None)
            return
        if event.input.id == "find" and not replacement:
            self.dismiss(("find", needle))
            return
        if self._previewed == (needle, replacement):
            self.action_replace_all()
            return
        self._preview(needle, replacement)

    def _preview(self, needle: str, replacement: str) -> None:
        hits = find_all(self.draft, needle)
        lines = Text()
        for shown, p in enumerate(sorted({p for p, _, _ in hits})):
            if shown >= PREVIEW_MAX:
                lines.append(t("workbench.find_more") + "\n", style="dim")
                break
            before = self.draft[p].text
            after = _replaced(before, needle, replacement)
            lines.append(f"#{p + 1} ", style="bold")
            for op, words in word_diff(before, after):
                style = {"-": "strike red", "+": "bold green"}.get(op, "")
                if op == " " and len(words) > 60:
                    words = words[:25] + " … " + words[-25:]
                lines.append(words + " ", style=style)
            lines.append("\n")
        self.query_one("#find-lines", Static).update(lines)
        self._previewed = (needle, replacement)
        self.query_one("#find-count", Static).update(
            plural("workbench.replace_confirm", len(hits)))

    def action_replace_all(self) -> None:
        needle, replacement = self._values()
        if needle:
            self.dismiss(("replace", needle, replacement))

    def action_cancel(self) -> None:
        self.dismiss(None)


def _replaced(text: str, needle: str, replacement: str) -> str:
    return re.sub(re.escape(needle), lambda _m: replacement, text, flags=re.IGNORECASE)

