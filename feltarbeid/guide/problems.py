"""Problems found in a guide file, and the error that carries all of them.

A :class:`Problem` has a stable ``code`` (what kind of mistake, e.g. ``unknown-key``), a
place (1-based line and column), a message and a fix hint in the UI language. The parser
collects every problem in a file before it raises :class:`GuideError`, so the author sees
them all at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import locale
from ..errors import FeltarbeidError


@dataclass(frozen=True)
class Problem:
    code: str  # e.g. "unknown-key", "duplicate-id", "yaml-indent"
    line: int  # 1-based
    column: int  # 1-based
    message: str
    hint: str = ""
    source: str = "<string>"

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}:{self.column}"

    def render(self) -> str:
        text = f"{self.where}: {self.message}"
        if self.hint:
            text += f"\n  → {self.hint}"
        return text

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def make_problem(code: str, source: str, line: int, column: int, *,
                 hint_key: str | None = None, **fields: object) -> Problem:
    """A problem whose message and hint come from the catalogue (``guide.problem.<code>``
    and ``guide.hint.<hint_key or code>``), formatted with ``fields``."""
    key = code.replace("-", "_")
    message = locale.t(f"guide.problem.{key}", **fields)
    hint = locale.t(f"guide.hint.{(hint_key or code).replace('-', '_')}", **fields)
    return Problem(code, line, column, message, hint, source)


class GuideError(FeltarbeidError):
    """A guide file that cannot be used. ``problems`` lists every problem found, in file
    order; ``render()`` shows all of them as ``file:line:col: message`` with a hint."""

    exit_code = 1

    def __init__(self, problems: list[Problem], source: str = "<string>") -> None:
        self.problems = sorted(problems, key=lambda p: (p.line, p.column))
        self.source = source
        super().__init__(
            locale.t("guide.error_summary", count=len(self.problems)),
            where=source,
            hint=locale.t("guide.error_hint"),
        )

    def render(self) -> str:
        head = f"{self.where}: {self.what}" if self.where else self.what
        return "\n".join([head, *(p.render() for p in getattr(self, "problems", []))])
