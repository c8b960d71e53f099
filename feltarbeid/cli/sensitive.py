"""``feltarbeid transcript sensitive``: hold passages back from exports and quotes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from ..errors import FeltarbeidError
from ..locale import plural, t
from .common import console, get_study

if TYPE_CHECKING:
    from ..sensitive import Marked

_RANGE = re.compile(r"^\s*(\d+)\s*(?:(?:\.\.|-|–)\s*(\d+))?\s*$")


def register(app: typer.Typer) -> None:
    from .transcribe import transcript_app

    transcript_app.command("sensitive")(transcript_sensitive)


def parse_passages(text: str) -> tuple[int, int]:
    """``"17"`` → (17, 17); ``"17..19"`` or ``"17-19"`` → (17, 19)."""
    m = _RANGE.match(text)
    if not m or int(m.group(1)) < 1:
        raise FeltarbeidError(t("sensitive.bad_range", value=text),
                              hint=t("sensitive.passage_hint"))
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    return (first, last) if first <= last else (last, first)


def transcript_sensitive(
    transcript_id: Annotated[int | None, typer.Argument(
        help="Transcript id (see 'transcript list'); without it: every mark.")] = None,
    passage: Annotated[str | None, typer.Option(
        "--passage", "-p",
        help="Passage number as 'transcript show' prints it (the end of a quote id), or a "
             "range 17..19.")] = None,
    reason: Annotated[str | None, typer.Option(
        "--reason", "-r", help="Why it is held back (stays in the study, never exported).")]
    = None,
    unmark: Annotated[bool, typer.Option(
        "--unmark", help="Remove the mark from the passage instead.")] = False,
) -> None:
    """Mark a passage sensitive: exports show "\\[passasje holdt tilbake]" and quotes
    refuse it unless --include-sensitive; the informant's review packet still shows it.
    Without --passage: list the marks and the passages they cover now.

    The mark follows the passage through correction, anonymisation and review (it is
    anchored by the passage's time in the recording).

    Example:

        feltarbeid transcript sensitive 3 --passage 17 --reason "kan skade samarbeidet"
        feltarbeid transcript sensitive 3 --passage 17..19 --reason "gjenkjennbar konflikt"
        feltarbeid transcript sensitive 3 --passage 17 --unmark
        feltarbeid transcript sensitive
    """
    from .. import sensitive

    study = get_study()
    store = study.store
    if passage is None:
        if reason is not None or unmark:
            raise FeltarbeidError(t("sensitive.needs_passage"),
                                  hint=t("sensitive.passage_hint"))
        _list(sensitive.listing(store, transcript_id))
        return
    if transcript_id is None:
        raise FeltarbeidError(t("sensitive.needs_transcript"),
                              hint=t("sensitive.transcript_hint"))
    first, last = parse_passages(passage)
    if unmark:
        if reason is not None:
            raise FeltarbeidError(t("sensitive.unmark_no_reason"),
                                  hint=t("sensitive.passage_hint"))
        removed = 0
        for number in range(first, last + 1):
            try:
                removed += sensitive.unmark_passage(store, transcript_id, number)
            except FeltarbeidError:
                if first == last:
                    raise
        if not removed:
            raise FeltarbeidError(t("sensitive.not_marked", n=passage, id=transcript_id),
                                  hint=t("sensitive.list_hint", id=transcript_id))
        console.print(plural("sensitive.unmarked", removed, id=transcript_id))
        return
    if reason is None:
        raise FeltarbeidError(t("sensitive.no_reason"), hint=t("sensitive.no_reason_hint"))
    mark = sensitive.mark_passages(store, transcript_id, first, last, reason=reason)
    console.print(t("sensitive.marked", id=transcript_id, mark=mark.id,
                    passages=f"{first}" if first == last else f"{first}–{last}"))


def _list(rows: list[Marked]) -> None:
    from ..timeutil import format_clock

    if not rows:
        console.print(t("sensitive.none"))
        return
    for r in rows:
        m = r.mark
        where = (", ".join(str(n) for n in r.passages) if r.passages
                 else t("sensitive.gone"))
        console.print(f"{m.id:>4}  T{m.transcript_id:<4} "
                      f"{format_clock(m.start)}–{format_clock(m.end)}  "
                      f"{t('sensitive.col_passages')}: {escape(where)}  "
                      f"{escape(m.speaker or '—')}  «{escape(m.reason)}»", soft_wrap=True)
