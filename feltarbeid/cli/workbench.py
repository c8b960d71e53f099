"""``feltarbeid transcript edit`` (the workbench) and ``feltarbeid transcript diff``.

Thin: the Textual app, the sound library and the workbench are imported inside the
commands, so ``feltarbeid`` starts fast for every other command.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.text import Text

from ..locale import plural, t
from . import common
from .transcribe import transcript_app

EDIT_HELP = """\
Listen to the recording and correct the transcript (Textual app), crash-safe.

The passages before and after the one you edit are shown around it; unsure words,
flagged passages and names are marked. F4 plays and pauses (resuming a little before
where it stopped), F2 replays the passage, F3/F5 jump back/forward, F6/F7 slower/faster;
Enter marks the passage checked and goes on, ctrl+g goes to the next unsure place,
ctrl+o splits at the cursor, ctrl+t merges with the next, F8/F9 set speaker and guide
item, ctrl+n marks the selection as a name, ctrl+e goes to the next indirect identifier
('vi er 14 ansatte') to accept, edit or dismiss its suggested wording, ctrl+k holds the
passage (or the passages chosen with shift+PageDown) back from exports, ctrl+s saves, F1
shows every key.

Every edit is on disk at once (journal/workbench/): after a crash, a kill or a quit, the
same command brings you back where you were. Saving makes a new 'corrected' version (the
verbatim text is kept); a transcript anonymised before is anonymised again.

Example:

    feltarbeid transcript edit 3
"""


@transcript_app.command("edit", help=EDIT_HELP)
def transcript_edit(
    transcript_id: Annotated[int, typer.Argument(help="Transcript id (see 'transcript list').")],
    no_sound: Annotated[bool, typer.Option(
        "--no-sound", help="Do not open the sound device (edit only).")] = False,
) -> None:
    from ..workbench.session import Workbench

    study = common.get_study()
    workbench = Workbench.open(study, transcript_id)
    from ..workbench.app import WorkbenchApp
    from ..workbench.audio import Audio

    app = WorkbenchApp(workbench, audio=Audio(None, t("workbench.sound_off")) if no_sound
                       else None)
    app.run()
    wb = app.workbench
    if wb.notice:
        common.console.print(Text(wb.notice))
    if wb.unsaved:
        common.console.print(plural("workbench.cli_unsaved", wb.unsaved, id=transcript_id))
    else:
        common.console.print(t("workbench.cli_closed", id=transcript_id,
                               checked=wb.draft.checked(), total=len(wb.draft)))


@transcript_app.command("diff")
def transcript_diff(
    transcript_id: Annotated[int, typer.Argument(help="Transcript id (see 'transcript list').")],
    before: Annotated[int | None, typer.Option(
        "--from", help="Version to compare from (default: the model's verbatim text).")] = None,
    after: Annotated[int | None, typer.Option(
        "--to", help="Version to compare to (default: the newest corrected text).")] = None,
    list_versions: Annotated[bool, typer.Option(
        "--versions", help="List the transcript's versions instead.")] = False,
) -> None:
    """What the corrections changed: passages with time, speaker and a word diff
    ([-removed-] {+added+}).

    Example: feltarbeid transcript diff 3   (or: --versions, then --from 1 --to 4)
    """
    from ..errors import FeltarbeidError
    from ..store import transcripts as tstore
    from ..timeutil import format_clock
    from ..workbench.diff import version_diff

    study = common.get_study()
    store = study.store
    tstore.load(store, transcript_id, None)  # a clear error for an unknown id
    versions = tstore.versions(store, transcript_id)
    if list_versions:
        for v in versions:
            common.console.print(
                f"{v['id']:>5}  {v['kind']:<10}  {v['parent_id'] or '—':>5}  "
                f"{v['created_at'][:19]}  {escape(v['note'])}", soft_wrap=True)
        return
    ids = {int(v["id"]) for v in versions}
    first = before if before is not None else tstore.latest_version(store, transcript_id,
                                                                    "verbatim")
    last = after if after is not None else tstore.source_version(store, transcript_id)
    for v in (first, last):
        if v is None or v not in ids:
            raise FeltarbeidError(t("workbench.diff_no_version", id=transcript_id, version=v),
                                  hint=t("workbench.diff_versions_hint", id=transcript_id))
    assert first is not None and last is not None
    changes = version_diff(tstore.segments(store, first), tstore.segments(store, last))
    common.console.print(plural("workbench.diff_header", len(changes), id=transcript_id,
                                before=first, after=last))
    if not changes:
        common.console.print(t("workbench.diff_none"))
        return
    for ch in changes:
        line = Text(f"{format_clock(ch.start):>8}  ", style="dim")
        who_before, who_after = "/".join(ch.speakers_before), "/".join(ch.speakers_after)
        line.append(who_after or who_before, style="bold")
        if who_before and who_after and who_before != who_after:
            line.append(f" ({t('workbench.diff_was', what=who_before)})", style="yellow")
        items_before, items_after = "/".join(ch.items_before), "/".join(ch.items_after)
        if items_before != items_after and (items_before or items_after):
            line.append(f" [{items_before or '—'} → {items_after or '—'}]", style="cyan")
        if ch.passages_before != ch.passages_after and ch.passages_before and ch.passages_after:
            line.append(" " + t("workbench.diff_passages", before=ch.passages_before,
                                after=ch.passages_after), style="cyan")
        line.append(": ")
        for op, words in ch.words:
            if op == " ":
                line.append(words + " ")
            elif op == "-":
                line.append(f"[-{words}-] ", style="red")
            else:
                line.append(f"{{+{words}+}} ", style="green")
        common.console.print(line, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """The commands hang under ``transcript`` (made in ``cli.transcribe``)."""
