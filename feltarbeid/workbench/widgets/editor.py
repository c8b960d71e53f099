"""The current passage, edited in place (a Textual ``TextArea``).

Every change of the text — typing, deleting, pasting, cutting, undo, redo — is handed to
``on_change`` (which journals it and fsyncs) inside the same call that changed the text, so
it is on disk before the screen is drawn again. If that fails, the text goes back to what
it was and ``Failed`` is posted. A passage is one line: Enter posts ``Done`` (the passage is
checked), a pasted line break becomes a space.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import TextArea


class PassageEditor(TextArea):
    class Done(Message):
        """Enter: this passage is done."""

    class Failed(Message):
        def __init__(self, reason: str) -> None:
            self.reason = reason
            super().__init__()

    def __init__(self, on_change: Callable[[int, str], None], **kwargs: Any) -> None:
        super().__init__(soft_wrap=True, show_line_numbers=False, tab_behavior="focus",
                         **kwargs)
        self.on_change = on_change
        self.passage = -1
        self.marks: Sequence[tuple[int, int, Style]] = ()
        self._loading = False

    # -- attributes down -------------------------------------------------------------------
    def show_passage(self, passage: int, text: str, char: int = 0) -> None:
        self._loading = True
        try:
            self.passage = passage
            self.load_text(text)
            self.move_cursor((0, max(0, min(char, len(text)))))
        finally:
            self._loading = False

    def set_marks(self, marks: Sequence[tuple[int, int, Style]]) -> None:
        if list(marks) == list(self.marks):
            return
        self.marks = list(marks)
        self._line_cache.clear()  # the one place that touches TextArea's internals
        self.refresh()

    @property
    def char(self) -> int:
        """The cursor as a character offset in the passage."""
        row, col = self.cursor_location
        return sum(len(self.document.get_line(r)) + 1 for r in range(row)) + col

    def selected_range(self) -> tuple[int, int] | None:
        sel = self.selection
        if sel.start == sel.end:
            return None
        a, b = sorted((sel.start, sel.end))
        lines = [len(self.document.get_line(r)) + 1 for r in range(b[0] + 1)]
        return sum(lines[:a[0]]) + a[1], sum(lines[:b[0]]) + b[1]

    # -- drawing ---------------------------------------------------------------------------
    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        if line_index == 0 and self.marks:
            for a, b, style in self.marks:
                line.stylize(style, a, b)
        return line

    # -- every change goes through here ---------------------------------------------------
    def edit(self, edit: Any) -> Any:
        edit.text = edit.text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
        before = self.text
        result = super().edit(edit)
        self._changed(before)
        return result

    def _undo_batch(self, edits: Any) -> None:
        before = self.text
        super()._undo_batch(edits)
        self._changed(before)

    def _redo_batch(self, edits: Any) -> None:
        before = self.text
        super()._redo_batch(edits)
        self._changed(before)

    def _changed(self, before: str) -> None:
        if self._loading or self.passage < 0 or self.text == before:
            return
        try:
            self.on_change(self.passage, self.text)
        except Exception as exc:  # noqa: BLE001 - the screen must not show what is not saved
            self._loading = True
            try:
                self.load_text(before)
            finally:
                self._loading = False
            self.post_message(self.Failed(str(getattr(exc, "what", exc))))

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Done())
            return
        await super()._on_key(event)
