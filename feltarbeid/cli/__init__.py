"""The ``feltarbeid`` command. Thin: parse, call a stage, print. No logic here.

Each area registers its commands from its own module (``register(app)``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from .. import __version__, locale
from ..errors import FeltarbeidError
from ..files import private_umask
from . import common

HELP = """\
feltarbeid — qualitative field studies from interview guide to coded transcripts.

One study = one folder (like git): run commands inside it, or give --study DIR.

Example:

    feltarbeid init minstudie --title "NAV-partnerskap"
    cd minstudie
    feltarbeid guide check ../guides/nav-partnerskap.yaml
    feltarbeid informant add IP01 --role "NAV-leder" --consent written
    feltarbeid status
"""

app = typer.Typer(
    help=HELP,
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"feltarbeid {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    study: Annotated[
        Path | None,
        typer.Option("--study", "-s", help="Study folder (default: the current folder upwards).",
                     envvar="FELTARBEID_STUDY", show_envvar=True),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of messages: nb, nn or en (default: the study's)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    common.options.study = study
    common.options.lang = lang
    private_umask()  # every file a command writes is the owner's only (privacy)
    if lang:
        try:
            locale.set_language(lang, chosen=True)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--lang") from None


def _register_all() -> None:
    from . import (
        anonymise,
        documents,
        export,
        guide,
        interview,
        memo,
        model,
        privacy,
        recruitment,
        registers,
        review,
        sensitive,
        transcribe,
        workbench,
    )

    for module in (registers, guide, interview, transcribe, model, workbench, sensitive,
                   anonymise, review, documents, export, privacy):
        module.register(app)
    # recruitment and reflexivity (issue 15): the contact log joins 'informant'
    recruitment.register(app)
    memo.register(app)


_register_all()


GLOBAL_OPTIONS = ("--study", "-s", "--lang")


def _own_options(argv: list[str]) -> set[str]:
    """The option names the command named in ``argv`` defines itself (``memo add`` has its
    own ``-s``, for --session): those are never taken for the global ones."""
    try:
        cmd: Any = typer.main.get_command(app)
        for word in argv:
            if word == "--":
                break
            commands = getattr(cmd, "commands", None)
            if commands is None:
                break
            if not word.startswith("-") and word in commands:
                cmd = commands[word]
        if getattr(cmd, "commands", None) is not None:
            return set()  # a group (or the root): the global options are its own
        return {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)}
    except Exception:  # noqa: BLE001 - no command found: nothing is its own
        return set()


def hoist_global_options(argv: list[str]) -> list[str]:
    """``--study DIR`` and ``--lang X`` may come after the command too (``feltarbeid
    anonymise detect in.jsonl --study DIR``, as one writes it): move them to the front,
    where the root command reads them. An option the command has itself (``memo add -s
    S003``: its session) stays where it is. Nothing after ``--`` is touched."""
    start = 0  # the global options already in front stay as they are
    while start < len(argv) and argv[start].split("=", 1)[0] in GLOBAL_OPTIONS:
        start += 1 if "=" in argv[start] else 2
    later = argv[start:argv.index("--")] if "--" in argv[start:] else argv[start:]
    if not any(a.split("=", 1)[0] in GLOBAL_OPTIONS for a in later):
        return argv  # nothing to move: no need to build the command tree (start-up time)
    own = _own_options(argv)
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_OPTIONS and name not in own and (rest or front):
            if "=" in arg or i + 1 >= len(argv):
                front.append(arg)
                i += 1
            else:
                front.extend(argv[i:i + 2])
                i += 2
            continue
        rest.append(arg)
        i += 1
    return front + rest


INTERRUPTED = 130  # the exit code of a command stopped by Ctrl-C


def main(argv: list[str] | None = None) -> None:
    """Entry point: user errors are printed plainly (what, where, what to do), no traceback."""
    common.options.opened = None
    argv = hoist_global_options(list(sys.argv[1:] if argv is None else argv))
    try:
        # without standalone mode, click returns the code of a raised typer.Exit
        code = app(args=argv, standalone_mode=False)
        if code == INTERRUPTED:
            # typer turns a Ctrl-C inside a command into this code and says nothing (no
            # command exits so itself: the batch's own Ctrl-C is a FeltarbeidError)
            common.err_console.print(locale.t("core.interrupted"))
        if isinstance(code, int) and code:
            sys.exit(code)
    except FeltarbeidError as exc:
        common.err_console.print(f"[bold red]feltarbeid:[/] {escape(exc.render())}",
                                 highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        common.err_console.print(locale.t("core.aborted"))
        sys.exit(130)
    except KeyboardInterrupt:
        common.err_console.print(locale.t("core.interrupted"))
        sys.exit(INTERRUPTED)
    except Exception as exc:
        # usage errors of (typer's vendored) click: show them as click would
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            sys.exit(exc.exit_code)
        # anything else: a plain message, the traceback in a log file (never on screen)
        from .crash import explain

        study = common.options.opened
        err = explain(exc, study.db_path if study else None,
                      study.logs_dir if study else None)
        common.err_console.print(f"[bold red]feltarbeid:[/] {escape(err.render())}",
                                 highlight=False, soft_wrap=True)
        sys.exit(err.exit_code)
