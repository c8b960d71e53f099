"""``feltarbeid anonymise indirect``: list the indirect identifiers found in transcripts
and decide on each (accept the suggested wording or your own, keep the passage as it is,
or open it again)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from ..errors import FeltarbeidError
from ..locale import t
from ..store.indirect import FlagRecord
from ..study import Study
from .common import console, get_study

indirect_app = typer.Typer(
    help="Indirect identifiers: passages that can point at a person without a name "
         "('rådmannen i Asker', 'vi er 14 ansatte', 'en times kjøring fra Oslo'). Found "
         "by 'feltarbeid anonymise'; never replaced until you accept a wording.\n\n"
         "Example:\n\n    feltarbeid anonymise indirect list\n"
         "    feltarbeid anonymise indirect accept 3\n"
         "    feltarbeid anonymise indirect accept 4 --wording \"et mindre kontor\"\n"
         "    feltarbeid anonymise indirect dismiss 5",
    no_args_is_help=True,
)


def _passage(study: Study, flag: FlagRecord) -> str:
    from ..store import transcripts as tstore

    if flag.source_version is None:
        return ""
    for seg in tstore.segments(study.store, flag.source_version):
        if seg.idx == flag.seg_idx:
            return seg.text[flag.start:flag.end]
    return ""


@indirect_app.command("list")
def list_cmd(
    transcript: Annotated[int | None, typer.Option(help="Only this transcript.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also the decided ones.")] = False,
) -> None:
    """List the indirect identifiers waiting for review (the passage as said, its kind and
    the suggested wording). The passage is shown on this terminal only.

    Example:

        feltarbeid anonymise indirect list --transcript 3
    """
    from ..store import indirect as idb

    study = get_study()
    flags = idb.flags(study.store, transcript_id=transcript, status=None if all_ else "open")
    if not flags:
        console.print(t("indirect.none_at_all" if all_ else "indirect.none_open"))
        return
    for f in flags:
        shown = f.wording if f.status == "accepted" and f.wording else f.suggestion
        console.print(Text(t("indirect.list_line", id=f.id, transcript=f.transcript_id,
                             segment=f.seg_idx, kind=t(f"indirect.kind_{f.kind}"),
                             status=t(f"indirect.status_{f.status}"))), soft_wrap=True)
        console.print(Text(t("indirect.list_text", text=_passage(study, f), suggestion=shown)),
                      soft_wrap=True)


def _decide(ids: list[int], decision: str, *, wording: str | None = None,
            apply: bool = False) -> None:
    from ..anonymise.apply import decide_indirect, run

    study = get_study()
    if wording is not None and len(ids) != 1:
        raise FeltarbeidError(t("indirect.wording_one"), hint=t("indirect.wording_one_hint"))
    for flag_id in ids:
        flag = decide_indirect(study, flag_id, decision, wording=wording)
        if decision == "accepted":
            console.print(t("indirect.accepted", id=flag_id,
                            wording=flag.wording or flag.suggestion), markup=False)
        else:
            console.print(t(f"indirect.{'dismissed' if decision == 'dismissed' else 'reopened'}",
                            id=flag_id), markup=False)
    if apply:
        summary = run(study)
        console.print(t("anonymise.run_done", done=len(summary.done),
                        unchanged=len(summary.unchanged), skipped=len(summary.skipped),
                        queued=summary.queued))


@indirect_app.command("accept")
def accept_cmd(
    ids: Annotated[list[int], typer.Argument(help="Number(s) from 'indirect list'.")],
    wording: Annotated[str | None, typer.Option(
        help="Your own wording instead of the suggestion (one number only).")] = None,
    apply: Annotated[bool, typer.Option(
        "--apply", help="Re-anonymise at once (asks for the key's passphrase).")] = False,
) -> None:
    """Accept the suggested wording (or your own): the passage is replaced by it, in
    brackets, in the anonymised text from the next 'feltarbeid anonymise' on.

    Example:

        feltarbeid anonymise indirect accept 3 4
        feltarbeid anonymise indirect accept 5 --wording "et mindre kontor" --apply
    """
    _decide(ids, "accepted", wording=wording, apply=apply)


@indirect_app.command("dismiss")
def dismiss_cmd(
    ids: Annotated[list[int], typer.Argument(help="Number(s) from 'indirect list'.")],
) -> None:
    """Keep the passage as it was said (it does not identify anyone).

    Example:

        feltarbeid anonymise indirect dismiss 6
    """
    _decide(ids, "dismissed")


@indirect_app.command("reopen")
def reopen_cmd(
    ids: Annotated[list[int], typer.Argument(help="Number(s) from 'indirect list --all'.")],
) -> None:
    """Undo a decision: the passage is open for review again (and, after the next
    'feltarbeid anonymise', back as it was said).

    Example:

        feltarbeid anonymise indirect reopen 3
    """
    _decide(ids, "open")
