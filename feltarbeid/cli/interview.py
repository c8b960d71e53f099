"""``feltarbeid interview`` and ``feltarbeid session list|show``.

Thin: the Textual app and the recorder are imported inside the commands, so ``feltarbeid``
starts fast for every other command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ..locale import t
from . import common

INTERVIEW_HELP = """\
Run the interview guide live (Textual app), crash-safe.

Opens the before-interview screen (informants, interviewers, case, place, header fields,
consent). If an unfinished session exists (for these informants) it is resumed exactly
where it was, with any note or follow-up that was being typed: run the same command again
after a crash. If the app died on the summary of an ended interview, the summary opens
again (close it with q; --new starts a new session at once). The case defaults to the
informants' own case in the register.

Example:

    feltarbeid interview --informant IP01 --informant IP02 --interviewer KL
"""

SESSION_HELP = """\
Interview sessions and their timelines.

Example:

    feltarbeid session list
    feltarbeid session show S001
"""


def interview(
    informant: Annotated[list[str] | None, typer.Option(
        "--informant", "-i", help="Informant code (repeat for several).")] = None,
    interviewer: Annotated[list[str] | None, typer.Option(
        "--interviewer", help="Interviewer initials (repeat for several).")] = None,
    guide: Annotated[Path | None, typer.Option(
        "--guide", "-g", help="Guide file (default: the study's guide).")] = None,
    case: Annotated[str | None, typer.Option("--case", help="Case code.")] = None,
    place: Annotated[str, typer.Option("--place", help="Where the interview takes place.")] = "",
    header: Annotated[list[str] | None, typer.Option(
        "--header", help="A guide header field, ID=VALUE (e.g. municipality=Asker).")] = None,
    session: Annotated[str | None, typer.Option(
        "--session", help="Resume (or review) this session id.")] = None,
    new: Annotated[bool, typer.Option(
        "--new", help="Start a new session even if an unfinished one exists.")] = False,
) -> None:
    from ..errors import FeltarbeidError
    from ..interview.guides import guide_for_new_session, guide_for_session
    from ..interview.recorder import SessionRecorder, scan_journals, unfinished_session

    study = common.get_study()
    informants = [c.strip() for c in informant or [] if c.strip()]
    header_values = common.parse_attributes(header)
    recorder = None
    if session:
        found = next((s for s in scan_journals(study) if s.session_id == session), None)
        if found is None:
            raise FeltarbeidError(t("interview.no_session_journal", session=session),
                                  hint=t("interview.journal_missing_hint"))
        g = guide_for_session(study, found.guide_hash, found.guide_path)
        recorder = SessionRecorder.resume(study, g, session)
    elif not new and (found := unfinished_session(study, informants,
                                                   with_open_summary=True)) is not None:
        g = guide_for_session(study, found.guide_hash, found.guide_path)
        recorder = SessionRecorder.resume(study, g, found.session_id)
    else:
        g = guide_for_new_session(study, guide)
        known = [f.id for f in g.header_fields]
        unknown = sorted(set(header_values) - set(known))
        if unknown:
            raise FeltarbeidError(
                t("interview.no_header_field", fields=", ".join(unknown)),
                where=g.source_path or None,
                hint=t("interview.header_fields_hint",
                       fields=", ".join(known) or t("interview.header_fields_none")))

    from ..interview.app import InterviewApp, Prefill

    app = InterviewApp(study, g, recorder=recorder, prefill=Prefill(
        informants=informants, interviewers=list(interviewer or []), case=case or "",
        place=place, header=header_values))
    app.run()
    rec = app.recorder
    if rec is None:
        common.console.print(t("interview.cli_not_started"))
    elif rec.state.ended:
        common.console.print(t("interview.cli_finished", id=rec.session_id))
    else:
        common.console.print(t("interview.cli_paused", id=rec.session_id))


session_app = typer.Typer(help=SESSION_HELP, no_args_is_help=True)


@session_app.command("list")
def session_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the study's interview sessions.

    Example:

        feltarbeid session list
    """
    from rich.table import Table

    from ..interview.timeline import session_rows

    study = common.get_study()
    rows = session_rows(study)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        common.console.print(t("interview.no_sessions"))
        return
    table = Table(box=None, header_style="bold")
    for key in ("col_id", "col_status", "col_informants", "col_interviewers", "col_started",
                "col_duration", "col_events"):
        wraps = key in ("col_informants", "col_interviewers")
        table.add_column(t(f"interview.{key}"), no_wrap=not wraps, min_width=8 if wraps else None)
    for r in rows:
        table.add_row(r["id"], t(f"interview.status_{r['status']}"), ", ".join(r["informants"]),
                      ", ".join(r["interviewers"]), r["started"] or "—", r["duration"],
                      str(r["events"]))
    common.console.print(table)


@session_app.command("show")
def session_show(
    session_id: Annotated[str, typer.Argument(help="Session id, e.g. S001.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show a session and its timeline (events with wall time and recording time).

    Example:

        feltarbeid session show S001
    """
    from rich.markup import escape
    from rich.table import Table

    from ..interview.timeline import event_kind_text, session_detail

    study = common.get_study()
    detail = session_detail(study, session_id)
    if as_json:
        typer.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    head: list[tuple[str, Any]] = [
        ("col_id", detail["id"]), ("col_status", t(f"interview.status_{detail['status']}")),
        ("col_informants", ", ".join(detail["informants"])),
        ("col_interviewers", ", ".join(detail["interviewers"]) or "—"),
        ("col_case", detail["case"] or "—"), ("col_place", detail["place"] or "—"),
        ("col_guide", detail["guide_hash"][:12] if detail["guide_hash"] else "—"),
        ("col_started", detail["started"] or "—"), ("col_duration", detail["duration"]),
    ]
    for key, value in head:
        common.console.print(f"[bold]{t(f'interview.{key}')}:[/] {escape(str(value))}")
    for name, value in detail["header"].items():
        common.console.print(f"[bold]{escape(name)}:[/] {escape(str(value))}")
    if detail["source"] == "store":
        common.console.print(t("interview.show_from_store"))
    table = Table(box=None, header_style="bold")
    for key in ("col_seq", "col_wall", "col_trec", "col_kind", "col_item", "col_details"):
        table.add_column(t(f"interview.{key}"))
    for ev in detail["events"]:
        table.add_row(str(ev["seq"]), ev["wall"], ev["clock"], event_kind_text(ev["kind"]),
                      ev["item_id"] or "",
                      escape(ev["details"]))
    common.console.print(table)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.command("interview", help=INTERVIEW_HELP)(interview)
    app.add_typer(session_app, name="session")
