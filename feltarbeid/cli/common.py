"""What every CLI module shares: the global options, the study, the console, errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from .. import locale
from ..study import Study, find_study

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


@dataclass
class GlobalOptions:
    study: Path | None = None
    lang: str | None = None
    opened: Study | None = None  # the study this command opened (for error reports)


options = GlobalOptions()


def get_study() -> Study:
    """The study from --study, $FELTARBEID_STUDY or the current folder upwards.
    Sets the UI language from --lang or the study's settings."""
    study = find_study(options.study)
    options.opened = study
    locale.set_language(options.lang or study.language)
    return study


def parse_attributes(pairs: list[str] | None) -> dict[str, str]:
    """``["size=small", "model=joint"]`` → dict, with a clear error for a bad pair."""
    from ..errors import FeltarbeidError

    out: dict[str, str] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise FeltarbeidError(
                f"attribute {pair!r} is not NAME=VALUE", hint="write e.g. --attr size=small"
            )
        name, value = pair.split("=", 1)
        if not name.strip():
            raise FeltarbeidError(f"attribute {pair!r} has no name", hint="write NAME=VALUE")
        out[name.strip()] = value.strip()
    return out
