"""``feltarbeid memo …``: reflexivity memos (pre-understanding, before and after
interviews). Thin: the rules are in ``feltarbeid.reflexivity``."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..errors import FeltarbeidError
from ..locale import t
from ..study import Study
from .common import console, get_study

memo_app = typer.Typer(
    help="Reflexivity memos: your pre-understanding, written for the project and before "
         "and after each interview; exported as memos (leak-checked).\n\n"
         "Example:\n\n    feltarbeid memo add --kind project \"Jeg har selv jobbet i NAV …\"\n"
         "    feltarbeid memo add --interviewer KL --session S003 --kind after\n"
         "    feltarbeid memo list",
    no_args_is_help=True,
)

KindOption = Annotated[str | None, typer.Option(
    "--kind", "-k", help="project, before or after (default: project without --session; "
                         "with one, before until the interview has started, then after).")]
SessionOption = Annotated[str | None, typer.Option(
    "--session", "-s", help="The interview it is about (session id, e.g. S003).")]
InterviewerOption = Annotated[str | None, typer.Option(
    "--interviewer", "-i", help="Who writes it (interviewer code, e.g. KL).")]
FileOption = Annotated[Path | None, typer.Option(
    "--file", "-f", help="Read the text from this file ('-' for standard input).")]


def register(app: typer.Typer) -> None:
    app.add_typer(memo_app, name="memo")


@memo_app.command("add")
def add(
    text: Annotated[list[str] | None, typer.Argument(
        help="The memo. Without it: --file, standard input, or your $EDITOR.")] = None,
    kind: KindOption = None,
    session: SessionOption = None,
    interviewer: InterviewerOption = None,
    file: FileOption = None,
) -> None:
    """Write a reflexivity memo (stored with the time it was written).

    Example:

        feltarbeid memo add --kind project "Jeg har selv vært NAV-leder; jeg venter at …"
        feltarbeid memo add -i KL -s S003 --kind before     # opens $EDITOR
        feltarbeid memo add -i KL -s S003 --kind after --file etter-S003.md
    """
    from .. import reflexivity

    study = get_study()
    body = _text(study, text, file)
    memo = reflexivity.add(study, body, kind=kind, interviewer=interviewer or "",
                           session_id=session)
    console.print(escape(t("memo.added", id=memo.label, kind=t(f"memo.kind_{memo.kind}"))))


@memo_app.command("list")
def list_cmd(
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="Only this kind.")] = None,
    session: Annotated[str | None, typer.Option("--session", "-s", help="Only this interview.")]
    = None,
    interviewer: Annotated[str | None, typer.Option("--interviewer", "-i",
                                                    help="Only this interviewer.")] = None,
) -> None:
    """List memos, oldest first, with their first line.

    Example:

        feltarbeid memo list
        feltarbeid memo list --interviewer KL
    """
    from ..store import memos as db

    study = get_study()
    memos = db.list_memos(study.store, kind=kind, interviewer=interviewer, session_id=session)
    if not memos:
        console.print(escape(t("memo.none")))
        return
    table = Table(show_header=True, header_style="bold")
    for col in ("id", "kind", "about", "written", "text"):
        table.add_column(t(f"memo.col_{col}"), no_wrap=col in ("id", "written"))
    for m in memos:
        first = m.text.strip().splitlines()[0] if m.text.strip() else ""
        first = first if len(first) <= 60 else first[:59].rstrip() + "…"
        about = " · ".join(x for x in (m.session_id, m.interviewer) if x) or "—"
        table.add_row(m.label, t(f"memo.kind_{m.kind}"), about, m.written_at[:10], first)
    console.print(table, markup=False)


@memo_app.command("show")
def show(memo: Annotated[str, typer.Argument(help="The memo, e.g. M3.")]) -> None:
    """Show one memo in full.

    Example:

        feltarbeid memo show M3
    """
    from .. import reflexivity

    study = get_study()
    m = reflexivity.require_memo(study, reflexivity.parse_memo_id(memo))
    head = [m.label, t(f"memo.kind_{m.kind}")]
    if m.interviewer:
        head.append(m.interviewer)
    if m.session_id:
        head.append(m.session_id)
    console.print(f"[bold]{escape(' · '.join(head))}[/]")
    console.print(escape(t("memo.written", at=m.written_at)))
    if m.updated_at:
        console.print(escape(t("memo.updated", at=m.updated_at)))
    console.print()
    console.print(m.text, markup=False, highlight=False)


@memo_app.command("edit")
def edit(
    memo: Annotated[str, typer.Argument(help="The memo, e.g. M3.")],
    text: Annotated[list[str] | None, typer.Argument(
        help="New text. Without it (and without --file): your $EDITOR with the old text, "
             "unless you only change --kind/--session/--interviewer.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", "-k", help="project, before or after.")]
    = None,
    session: Annotated[str | None, typer.Option(
        "--session", "-s", help="The interview it is about ('' for none).")] = None,
    interviewer: InterviewerOption = None,
    file: FileOption = None,
) -> None:
    """Change a memo (the time it was first written stays).

    A memo written before an interview stays dated before it; the change is dated too, and
    exports show both.

    Example:

        feltarbeid memo edit M3                 # opens $EDITOR
        feltarbeid memo edit M3 --session S004
    """
    from .. import reflexivity

    study = get_study()
    memo_id = reflexivity.parse_memo_id(memo)
    old = reflexivity.require_memo(study, memo_id)
    new_text = None
    if text or file is not None or (kind is None and session is None and interviewer is None):
        new_text = _text(study, text, file, initial=old.text)
    updated = reflexivity.edit(study, memo_id, text=new_text, kind=kind,
                               interviewer=interviewer, session_id=session)
    console.print(escape(t("memo.edited", id=updated.label)))


@memo_app.command("delete")
def delete(
    memo: Annotated[str, typer.Argument(help="The memo, e.g. M3.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Delete a memo.

    Example:

        feltarbeid memo delete M3
    """
    from .. import reflexivity
    from ..store import memos as db

    study = get_study()
    m = reflexivity.require_memo(study, reflexivity.parse_memo_id(memo))
    if not yes and not typer.confirm(t("memo.delete_confirm", id=m.label)):
        raise typer.Exit(1)
    db.delete_memo(study.store, m.id)
    console.print(escape(t("memo.deleted", id=m.label)))


# ----------------------------------------------------------------------------- the text


def _text(study: Study, words: list[str] | None, file: Path | None, initial: str = "") -> str:
    """The memo's text: the words given, a file ('-': standard input), standard input when
    it is not a terminal, else the user's editor."""
    if words:
        return " ".join(words)
    if file is not None:
        if str(file) == "-":
            return sys.stdin.read()
        try:
            return file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FeltarbeidError(t("memo.file_unreadable", error=str(exc)), where=str(file),
                                  hint=t("memo.file_hint")) from None
    if not sys.stdin.isatty():
        return sys.stdin.read()
    return _editor(study, initial)


def _editor(study: Study, initial: str) -> str:
    """Open $VISUAL / $EDITOR (else nano or vi) on a private file in the study folder (the
    memo never lands in a shared temp folder); lines starting with '#' are dropped."""
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or next(
        (e for e in ("nano", "vi") if shutil.which(e)), None)
    if not command:
        raise FeltarbeidError(t("memo.no_editor"), hint=t("memo.no_editor_hint"))
    path = study.root / f".memo-{os.getpid()}.md"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write((initial.rstrip() + "\n\n" if initial else "\n")
                 + "".join(f"# {line}\n" for line in t("memo.editor_help").splitlines()))
    try:
        subprocess.run([*shlex.split(command), str(path)], check=True)
        text = path.read_text(encoding="utf-8")
    except (OSError, subprocess.CalledProcessError) as exc:
        raise FeltarbeidError(t("memo.editor_failed", error=str(exc)),
                              hint=t("memo.no_editor_hint")) from None
    finally:
        path.unlink(missing_ok=True)
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))
