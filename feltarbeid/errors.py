"""Errors that users see. Each says what went wrong, where, and what to do."""

from __future__ import annotations


class FeltarbeidError(Exception):
    """An error caused by input or state the user can fix.

    The CLI prints it without a traceback and exits with ``exit_code``.
    """

    exit_code = 1

    def __init__(self, what: str, *, where: str | None = None, hint: str | None = None) -> None:
        self.what = what
        self.where = where
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        text = f"{self.where}: {self.what}" if self.where else self.what
        if self.hint:
            text += f"\n  → {self.hint}"
        return text


class StudyNotFound(FeltarbeidError):
    exit_code = 2


class SettingsError(FeltarbeidError):
    exit_code = 2


class StoreError(FeltarbeidError):
    exit_code = 3
