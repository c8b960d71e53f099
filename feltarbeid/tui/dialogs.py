"""Modal dialogs the terminal apps share: a line of text, a yes/no question, a choice
among a few options, and the key help. Each returns its answer with ``dismiss``; Escape
cancels. Their look is in ``dialogs.tcss`` (each app lists it in ``CSS_PATH``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.markup import escape
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ..locale import t

CSS = "../tui/dialogs.tcss"  # for an app's CSS_PATH (relative to the app's module)
CANCEL = [Binding("escape", "cancel", "tui.key_cancel")]


class _Dialog(ModalScreen[Any]):
    BINDINGS = CANCEL

    def action_cancel(self) -> None:
        self.dismiss(None)


class DraftInput(Input):
    """An input that hands every change of its text to ``on_change`` synchronously, in the
    handler of the key that made it (a message would arrive later): the draft is written
    before the key's effect is on the screen."""

    def __init__(self, *args: Any, on_change: Callable[[str], None] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_change = on_change
        self._last = self.value

    def watch_value(self, value: str) -> None:
        if getattr(self, "_on_change", None) is not None and value != self._last:
            self._last = value
            self._on_change(value)


class TextPrompt(_Dialog):
    """Ask for one line of text (note, follow-up, sync time, passphrase with
    ``password=True``).

    ``on_change`` (if given) gets the text after every change (see ``DraftInput``): the
    interview screen keeps it as a draft that survives a crash."""

    def __init__(self, title: str, *, value: str = "", placeholder: str = "",
                 password: bool = False, hint: str = "",
                 on_change: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.password = password
        self.hint = hint
        self.on_change = on_change

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(classes="dialog"):
            yield Label(escape(self.title_text), classes="dialog-title")
            # a restored draft is continued, not replaced by the first key (a proposed
            # value without drafts, e.g. a document request, is replaced by typing)
            yield DraftInput(value=self.value, placeholder=self.placeholder, id="text",
                             password=self.password, on_change=self.on_change,
                             select_on_focus=self.on_change is None)
            if self.hint:
                yield Static(escape(self.hint), classes="dialog-note")
            yield Static(t("tui.dialog_hint"), classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)


class Confirm(_Dialog):
    """Yes (y/j/enter) or no (n/escape)."""

    BINDINGS = [
        *CANCEL,
        Binding("y,j,enter", "yes", "tui.key_yes"),
        Binding("n", "cancel", "tui.key_no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(classes="dialog"):
            yield Label(escape(self.question), classes="dialog-title")
            yield Static(t("tui.confirm_hint"), classes="dialog-hint")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)


class ChoiceDialog(_Dialog):
    """Pick one of a few options (arrows + enter, or click). Returns the option id."""

    def __init__(self, title: str, options: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.options = options

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(classes="dialog"):
            yield Label(escape(self.title_text), classes="dialog-title")
            yield OptionList(*[Option(escape(label), id=oid) for oid, label in self.options],
                             id="choices")
            yield Static(t("tui.dialog_hint"), classes="dialog-hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)


class HelpScreen(_Dialog):
    """Every key of a screen (``keys.described``), with a legend below."""

    BINDINGS = [*CANCEL, Binding("question_mark,q,f1", "cancel", show=False)]

    def __init__(self, keys: list[tuple[str, str]], *, title: str, legend: str = "") -> None:
        super().__init__()
        self.keys = keys
        self.title_text = title
        self.legend = legend

    def compose(self):  # type: ignore[no-untyped-def]
        lines = [f"[b]{escape(k):>12}[/b]  {escape(d)}" for k, d in self.keys]
        with VerticalScroll(classes="dialog help"):
            yield Label(escape(self.title_text), classes="dialog-title")
            yield Static("\n".join(lines))
            if self.legend:
                yield Static(escape(self.legend), classes="dialog-hint")
