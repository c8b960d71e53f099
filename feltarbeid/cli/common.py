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
    locale.set_language(options.lang or study.language, chosen=bool(options.lang))
    return study


def warn_open_indirect(study: Study, transcript_ids: list[int]) -> None:
    """Say (not refuse) when indirect identifiers in these transcripts are unreviewed."""
    from rich.text import Text

    from ..store.indirect import count_open

    n = count_open(study.store, transcript_ids)
    if n:
        console.print(Text(locale.plural("indirect.open_warning", n), style="bold yellow"),
                      soft_wrap=True)


def parse_attributes(pairs: list[str] | None) -> dict[str, str]:
    """``["size=small", "model=joint"]`` → dict, with a clear error for a bad pair."""
    from ..errors import FeltarbeidError

    out: dict[str, str] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise FeltarbeidError(locale.t("core.attr_no_equals", pair=pair),
                                  hint=locale.t("core.attr_no_equals_hint"))
        name, value = pair.split("=", 1)
        if not name.strip():
            raise FeltarbeidError(locale.t("core.attr_no_name", pair=pair),
                                  hint=locale.t("core.attr_no_name_hint"))
        out[name.strip()] = value.strip()
    return out


def say_unreviewed(study: Study) -> None:
    """Print how many unsure anonymisation hits still wait for review (if any), in the
    study's language (export and review make say it: such hits are replaced, fail closed,
    but someone should look at them)."""
    from rich.markup import escape

    from ..store.anonymisation import open_count

    n = open_count(study.store)
    if n:
        console.print(f"[yellow]{escape(locale.t('anonymise.unreviewed', n=n))}[/]")
