"""Corrections without a screen, through the same journal and save path as the app: the
demo's correction step, tests and benchmarks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .draft import replace_edit
from .session import Workbench

if TYPE_CHECKING:
    from ..study import Study


@dataclass
class Corrected:
    version: int | None  # the corrected version saved (None: nothing changed)
    replaced: int  # occurrences replaced
    checked: int  # passages checked
    anonymised_again: Any = None  # the RunSummary, when the transcript was anonymised before


def correct(study: Study, transcript_id: int, replacements: dict[str, str], *,
            check_all: bool = True, passphrase: str | None = None) -> Corrected:
    """Replace each key of ``replacements`` (whole text, any case) by its value, mark every
    passage checked, save a ``corrected`` version, and anonymise it again if the transcript
    was anonymised before (needs the key's passphrase, else $FELTARBEID_KEY_PASSPHRASE)."""
    from ..anonymise.marking import anonymised_before, reanonymise

    wb = Workbench.open(study, transcript_id)
    try:
        replaced = 0
        for needle, replacement in replacements.items():
            edit = replace_edit(wb.draft, needle, replacement)
            if edit is not None:
                wb.batch(edit)
                replaced += len(edit["edits"])
        if check_all:
            for p in range(len(wb.draft)):
                wb.check(p, True)
        version = wb.save()
        checked = wb.draft.checked()
    finally:
        wb.close()
    again = None
    if version is not None and transcript_id in anonymised_before(study):
        from ..anonymise.keyfile import get_passphrase

        again = reanonymise(study, passphrase or get_passphrase(prompt=False), [transcript_id])
    return Corrected(version, replaced, checked, again)
