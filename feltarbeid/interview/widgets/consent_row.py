"""One informant on the before-interview screen: register status and consent buttons."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Static

from ...locale import t


class ConsentRow(Horizontal):
    """Posts ``Consent(code, mode)`` or ``Create(code)``; knows nothing of the store."""

    class Consent(Message):
        def __init__(self, code: str, mode: str) -> None:
            self.code = code
            self.mode = mode
            super().__init__()

    class Create(Message):
        def __init__(self, code: str) -> None:
            self.code = code
            super().__init__()

    def __init__(self, code: str, *, exists: bool, consent: str | None,
                 consent_at: str | None, **kwargs: Any) -> None:
        super().__init__(classes="consent-row", **kwargs)
        self.code = code
        self.exists = exists
        self.consent = consent
        self.consent_at = consent_at

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(f"[b]{escape(self.code)}[/b]", classes="consent-code")
        if not self.exists:
            yield Static(t("interview.not_in_register"), classes="consent-state -missing")
            yield Button(t("interview.create_code", code=self.code), id="create",
                         variant="warning", compact=True)
            return
        if self.consent in ("written", "oral"):
            state = t(f"interview.consent_{self.consent}_at", at=(self.consent_at or "")[:16]
                      .replace("T", " "))
            yield Static(f"✓ {state}", classes="consent-state -ok")
        else:
            yield Static(t("interview.consent_missing"), classes="consent-state -missing")
        yield Button(t("interview.consent_written"), id="written", compact=True)
        yield Button(t("interview.consent_oral"), id="oral", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "create":
            self.post_message(self.Create(self.code))
        elif event.button.id in ("written", "oral"):
            self.post_message(self.Consent(self.code, event.button.id))
