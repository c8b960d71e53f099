"""The transcript workbench's journals (``journal/workbench/T<id>-<session>.jsonl``) in a
withdrawal and a purge.

A workbench journal holds every edit typed into a transcript — saved or not — so it holds
the words of the people in it. A withdrawal deletes (shreds) the journals of every
transcript it touches: the informant's own transcripts, whose text is deleted, and shared
interviews, whose passages of theirs are removed from every version. There the journal's
unsaved edits cannot be told apart by speaker (an edit may have moved words between
passages, merged passages or changed who spoke), so they go too: save corrections before a
withdrawal. The next ``transcript edit`` starts from the newest version and says that
unsaved edits are gone. A purge shreds the whole ``journal/`` folder.

Neither runs while the workbench is open on a transcript it touches (it would write the
deleted words back on saving): ``refuse_open`` stops them first, before anything changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import FeltarbeidError
from ..locale import t
from ..study import Study
from ..tui.journal import in_use, workbench_journals


def workbench_files(study: Study, transcript_ids: Iterable[int]) -> list[Path]:
    """The workbench journal files of these transcripts (journals and torn pieces)."""
    return workbench_journals(study.journal_dir, transcript_ids)


def refuse_open(study: Study, transcript_ids: Iterable[int] | None = None) -> None:
    """Stop (nothing changed) while a workbench holds the journal of one of these
    transcripts (None: of any transcript)."""
    if transcript_ids is None:
        transcript_ids = [int(r["id"]) for r in study.store.all("SELECT id FROM transcripts")]
    open_ids = sorted({_transcript_of(p) for p in workbench_files(study, transcript_ids)
                       if p.suffix == ".jsonl" and in_use(p)})
    if open_ids:
        raise FeltarbeidError(t("workbench.withdraw_open", ids=", ".join(map(str, open_ids))),
                              where=str(study.journal_dir), hint=t("workbench.withdraw_open_hint"))


def _transcript_of(path: Path) -> int:
    return int(path.name[1:].split("-")[0].split(".")[0])
