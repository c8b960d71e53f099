"""Modal dialogs the terminal apps share: a line of text, a yes/no question, a choice
among a few options, and the key help. Each returns its answer with ``dismiss``; Escape
cancels. Their look is in ``dialogs.tcss`` (each app lists it in ``CSS_PATH``)."""

from __future__ import annotations

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


class TextPrompt(_Dialog):
    """Ask for one line of text (note, follow-up, sync time, passphrase with
    ``password=True``)."""

    def __init__(self, title: str, *, value: str = "", placeholder: str = "",
                 password: bool = False, hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.password = password
        self.hint = hint

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(classes="dialog"):
            yield Label(escape(self.title_text), classes="dialog-title")
            yield Input(value=self.value, placeholder=self.placeholder, id="text",
                        password=self.password)
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
