"""init, status, demo, and the case and informant registers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from .. import locale
from ..domain import Case, Informant
from ..errors import FeltarbeidError
from ..locale import attribute_text, t
from ..store import registers as reg
from ..store import sessions as sess
from ..store import transcripts as tr
from ..store.corrections import all_progress
from ..study import Study, init_study
from ..timeutil import now_iso
from ..workbench.progress import describe
from .common import console, get_study, parse_attributes

case_app = typer.Typer(help="Cases (e.g. an office in a municipality) and their attributes.",
                       no_args_is_help=True)
informant_app = typer.Typer(
    help="Informants, by code only (names belong in the encrypted key).", no_args_is_help=True
)

CONSENT_CHOICES = ("none", "written", "oral")
PIPELINE = ("recorded", "running", "transcribed", "anonymised", "in_review", "verified",
            "exported")
STATUS_ROWS = 40
WISH_CHOICES = ("yes", "no", "unknown")


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("status")(status)
    app.command("demo")(demo)
    app.add_typer(case_app, name="case")
    app.add_typer(informant_app, name="informant")


# ----------------------------------------------------------------------------- init/status


def init(
    directory: Annotated[Path, typer.Argument(help="Folder for the new study (created).")],
    title: Annotated[str, typer.Option(help="Title of the study.")] = "",
    language: Annotated[
        str | None, typer.Option("--language", "-l",
                                 help="nb (Bokmål, the default), nn (Nynorsk) or en.")
    ] = None,
    guide: Annotated[str, typer.Option(help="Interview guide file (YAML).")] = "",
    end_date: Annotated[
        str, typer.Option(help="Project end date YYYY-MM-DD: personal data is purged then.")
    ] = "",
    key: Annotated[
        str, typer.Option(help="Path of the linking key (default: beside the study folder).")
    ] = "",
    deadline_days: Annotated[
        int, typer.Option(help="Days informants get to answer a review packet.")
    ] = 14,
    restore_settings: Annotated[
        bool, typer.Option("--restore-settings",
                           help="The study's feltarbeid.toml was lost: write a new one beside "
                                "its database (which is not changed).")
    ] = False,
) -> None:
    """Create a new study folder with feltarbeid.toml and the database.

    Refuses to touch an existing study. A study whose feltarbeid.toml was lost gets a new
    one with --restore-settings (the language it was made with, unless --language).

    Example:

        feltarbeid init minstudie --title "NAV-partnerskap" --language nb --end-date 2027-06-30
        feltarbeid init minstudie --restore-settings --end-date 2027-06-30
    """
    from ..study import made_language

    if language is None:
        language = (made_language(directory) if restore_settings else None) or "nb"
    end: date | None = None
    if end_date:
        try:
            end = date.fromisoformat(end_date)
        except ValueError:
            raise FeltarbeidError(t("core.bad_end_date", value=end_date),
                                  hint=t("core.write_date_hint")) from None
    if language not in locale.LANGUAGES:
        raise FeltarbeidError(t("core.bad_language", value=language),
                              hint=t("core.bad_language_hint"))
    locale.set_language(language)
    study = init_study(directory, title=title, language=language, guide=guide, end_date=end,
                       key_path=key, deadline_days=deadline_days,
                       restore_settings=restore_settings)
    if restore_settings:
        console.print(escape(t("safety.settings_restored", path=str(study.root))))
        study.close()
        return
    console.print(t("core.init_done", path=str(study.root)))
    console.print(t("core.key_outside", path=str(study.key_path)))
    console.print(t("core.init_next"))
    study.close()


def status() -> None:
    """The study at a glance: informants, sessions, recordings, transcript states.

    Example:

        feltarbeid status
    """
    study = get_study()
    store = study.store
    informants = reg.list_informants(store)
    sessions = sess.list_sessions(store)
    recordings = store.one("SELECT COUNT(*) AS n FROM recordings")
    counts = tr.state_counts(store)
    console.print(f"[bold]{t('core.status_title', title=study.title)}[/]  ({study.root})")
    no_consent = [i.code for i in informants if not i.has_consent and i.consent != "withdrawn"]
    withdrawn = [i.code for i in informants if i.consent == "withdrawn"]
    line = f"{t('core.informants')}: {len(informants)}"
    if no_consent:
        line += f"  ({len(no_consent)} {t('core.consent_missing')}: {', '.join(no_consent)})"
    if withdrawn:
        line += f"  ({len(withdrawn)} {t('core.withdrawn')})"
    console.print(line)
    console.print(f"{t('core.cases')}: {len(reg.list_cases(store))}")
    by_status: dict[str, int] = {}
    for s in sessions:
        by_status[s.status] = by_status.get(s.status, 0) + 1
    detail = ", ".join(f"{t(f'interview.status_{k}')} {v}" for k, v in sorted(by_status.items()))
    console.print(f"{t('core.sessions')}: {len(sessions)}" + (f" ({detail})" if detail else ""))
    console.print(f"{t('core.recordings')}: {recordings['n'] if recordings else 0}")
    summary = "  ".join(
        f"{t(f'core.state_{state}')} {counts[state]}"
        for state in PIPELINE + ("failed", "withdrawn") if counts.get(state)
    )
    console.print(f"{t('core.transcripts')}: {summary or t('core.nothing_yet')}")
    progress = all_progress(store)
    live = [r for r in tr.list_transcripts(store) if r["state"] not in ("failed", "withdrawn")]
    if live:
        console.print(t("workbench.status_line", corrected=sum(
            1 for r in live if r["id"] in progress and progress[r["id"]].corrected),
            total=len(live), open=sum(1 for r in live if r["id"] in progress
                                      and progress[r["id"]].unsaved)))
    rows = store.all(
        "SELECT r.id AS rec, r.original_name, r.session_id, r.state AS rstate, t.id AS tid,"
        " t.state, t.failure_reason FROM recordings r"
        " LEFT JOIN transcripts t ON t.recording_id = r.id ORDER BY r.id, t.id"
    )
    if rows:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        for col in ("recording", "session", "transcript", "state", "progress"):
            table.add_column(t(f"core.col_{col}"))
        table.add_column(t("workbench.status_column"))
        for row in rows[:STATUS_ROWS]:
            state = row["state"] or ("withdrawn" if row["rstate"] == "withdrawn" else "recorded")
            table.add_row(str(row["rec"]), row["session_id"] or "—",
                          str(row["tid"] or "—"), t(f"core.state_{state}"), _progress(state),
                          describe(progress.get(row["tid"]), short=True) if row["tid"]
                          else "")
        console.print(table)
        if len(rows) > STATUS_ROWS:
            console.print(t("core.status_more", n=len(rows) - STATUS_ROWS))
    study.close()


def demo(
    directory: Annotated[Path, typer.Argument(help="Folder for the demo study.")] = Path(
        "demo-study"
    ),
    force: Annotated[bool, typer.Option(help="Replace an existing demo study there.")] = False,
) -> None:
    """Build a demo study from the bundled guides and sample audio and run every stage.

    Example:

        feltarbeid demo demo-study
    """
    from ..demo import build_demo
    from .common import options

    build_demo(directory, force=force, console=console, ui_language=options.lang)


# ----------------------------------------------------------------------------- cases


@case_app.command("add")
def case_add(
    code: Annotated[str, typer.Argument(help="Case code, e.g. K1 or NAV-A.")],
    label: Annotated[str, typer.Option(help="Short description (no names of people).")] = "",
    attr: Annotated[
        list[str] | None,
        typer.Option("--attr", "-a", help="Attribute NAME=VALUE (repeatable)."),
    ] = None,
    municipality: Annotated[str | None, typer.Option(
        help="The case's municipality, number or name (kept in the study, never "
             "exported; exports get its size class).")] = None,
) -> None:
    """Add a case.

    Example:

        feltarbeid case add K1 --label "Pilotkontor" --attr model=joint --municipality Asker
    """
    study = get_study()
    _check_code(code)
    if municipality is not None:
        from ..municipalities import resolve

        resolve(municipality)  # a wrong name fails before anything is stored
    reg.add_case(study.store, Case(code=code, label=label, attributes=parse_attributes(attr)))
    console.print(t("core.case_added", code=code))
    if municipality is not None:
        _set_municipality(study, code, municipality)


@case_app.command("set")
def case_set(
    code: Annotated[str, typer.Argument(help="Case code.")],
    municipality: Annotated[str | None, typer.Option(
        help="The case's municipality: its number (3203) or name (Asker, 'Bø (Nordland)'). "
             "Kept in the study, never exported; exports get its size class.")] = None,
    no_municipality: Annotated[bool, typer.Option(
        "--no-municipality", help="Forget the case's municipality.")] = False,
) -> None:
    """Set what the study knows of a case: its municipality (for the size class in
    exports, by population in the year of the case's first interview).

    Example:

        feltarbeid case set K1 --municipality 3203
        feltarbeid case set K2 --municipality "Bø (Nordland)"
    """
    study = get_study()
    if municipality is None and not no_municipality:
        raise FeltarbeidError(t("core.case_set_nothing"), hint=t("core.case_set_nothing_hint"))
    _set_municipality(study, code, None if no_municipality else municipality)


def _set_municipality(study: Study, code: str, query: str | None) -> None:
    from ..municipalities import format_number, set_case_municipality

    place = set_case_municipality(study.store, code, query,
                                  study.settings.get("anonymise", "size_bounds"))
    if place is None:
        console.print(t("municipality.case_cleared" if query is None
                        else "municipality.case_no_municipality", code=code), markup=False)
        return
    console.print(t("municipality.case_set", code=code, name=place.name, number=place.number,
                    population=format_number(place.population), year=place.year,
                    size=place.size.label()), markup=False)


@case_app.command("list")
def case_list() -> None:
    """List cases with their attributes.

    Example:

        feltarbeid case list
    """
    study = get_study()
    cases = reg.list_cases(study.store)
    if not cases:
        console.print(t("core.no_cases"))
        return
    from ..municipalities import case_places

    places = case_places(study.store, study.settings.get("anonymise", "size_bounds"))
    table = Table(show_header=True, header_style="bold")
    for col in (t("core.code"), t("core.label"), t("core.attributes"),
                t("municipality.col_size")):
        table.add_column(col)
    for c in cases:
        place = places.get(c.code)
        table.add_row(c.code, c.label, _attrs(c.attributes),
                      place.size.label() if place else "")
    console.print(table)


# ----------------------------------------------------------------------------- informants


@informant_app.command("add")
def informant_add(
    code: Annotated[str, typer.Argument(help="Informant code, e.g. IP01 (never a name).")],
    role: Annotated[str, typer.Option(help="Role, e.g. 'NAV-leder'.")] = "",
    case: Annotated[str | None, typer.Option(help="Case code (must exist).")] = None,
    employer: Annotated[str, typer.Option(help="Employer, e.g. 'stat' or 'kommune'.")] = "",
    attr: Annotated[
        list[str] | None,
        typer.Option("--attr", "-a", help="Attribute NAME=VALUE (repeatable)."),
    ] = None,
    consent: Annotated[
        str, typer.Option(help="Consent: none, written or oral (recorded with the time).")
    ] = "none",
    anonymise: Annotated[
        str, typer.Option(help="The informant's wish: yes, no or unknown.")
    ] = "unknown",
    audio_export: Annotated[
        str, typer.Option("--audio-export",
                          help="Consent to give coders the recording (the voice) in "
                               "'export --with-audio': yes, no or unknown (= no).")
    ] = "unknown",
) -> None:
    """Add an informant by code. Real names go in the key ('feltarbeid key add').

    Example:

        feltarbeid informant add IP01 --role "NAV-leder" --case K1 --employer stat \\
            --consent written --anonymise yes --audio-export no
    """
    study = get_study()
    _check_code(code)
    _check_choice("--consent", consent, CONSENT_CHOICES)
    _check_choice("--anonymise", anonymise, WISH_CHOICES)
    _check_choice("--audio-export", audio_export, WISH_CHOICES)
    reg.add_informant(
        study.store,
        Informant(
            code=code, role=role, case_code=case, employer=employer,
            attributes=parse_attributes(attr), consent=consent,  # type: ignore[arg-type]
            consent_at=now_iso() if consent != "none" else None,
            anonymise_wish=anonymise,  # type: ignore[arg-type]
            audio_export=audio_export,  # type: ignore[arg-type]
        ),
    )
    console.print(t("core.informant_added", code=code))


@informant_app.command("list")
def informant_list() -> None:
    """List informants: code, role, case, consent, anonymisation wish.

    Example:

        feltarbeid informant list
    """
    study = get_study()
    informants = reg.list_informants(study.store)
    if not informants:
        console.print(t("core.no_informants"))
        return
    table = Table(show_header=True, header_style="bold")
    for col in ("code", "role", "case", "employer", "consent", "anonymise"):
        table.add_column(t(f"core.{col}"))
    for i in informants:
        consent = _value(i.consent) + (f" ({i.consent_at[:10]})" if i.consent_at else "")
        table.add_row(i.code, i.role, i.case_code or "", i.employer, consent,
                      _value(i.anonymise_wish))
    console.print(table)


@informant_app.command("show")
def informant_show(code: Annotated[str, typer.Argument(help="Informant code.")]) -> None:
    """Show one informant: attributes, consent, sessions.

    Example:

        feltarbeid informant show IP01
    """
    study = get_study()
    i = reg.require_informant(study.store, code)
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    table.add_row(t("core.code"), i.code)
    table.add_row(t("core.role"), i.role)
    table.add_row(t("core.case"), i.case_code or "")
    table.add_row(t("core.employer"), i.employer)
    table.add_row(t("core.consent"),
                  _value(i.consent) + (f" {i.consent_at}" if i.consent_at else ""))
    if i.withdrawn_at:
        table.add_row(t("core.withdrawn"), i.withdrawn_at)
    table.add_row(t("core.anonymise"), _value(i.anonymise_wish))
    table.add_row(t("core.audio_export"), _value(i.audio_export))
    for name, value in sorted(i.attributes.items()):
        table.add_row(f"  {name}", attribute_text(value))
    sessions = sess.sessions_of_informant(study.store, code)
    table.add_row(t("core.sessions"), ", ".join(sessions) or t("core.nothing_yet"))
    from .recruitment import status_text  # where they stand in recruitment (issue 15)

    if (recruited := status_text(study, i)) is not None:
        table.add_row(t("recruitment.show_label"), recruited)
    console.print(table)


@informant_app.command("set")
def informant_set(
    code: Annotated[str, typer.Argument(help="Informant code.")],
    role: Annotated[str | None, typer.Option(help="New role.")] = None,
    case: Annotated[str | None, typer.Option(help="New case code.")] = None,
    employer: Annotated[str | None, typer.Option(help="New employer.")] = None,
    attr: Annotated[
        list[str] | None, typer.Option("--attr", "-a", help="Set attribute NAME=VALUE.")
    ] = None,
    consent: Annotated[str | None, typer.Option(help="none, written or oral.")] = None,
    anonymise: Annotated[str | None, typer.Option(help="yes, no or unknown.")] = None,
    audio_export: Annotated[str | None, typer.Option(
        "--audio-export", help="Consent to export the recording for coding: yes, no or "
                               "unknown.")] = None,
) -> None:
    """Change an informant's fields (consent withdrawal: use 'feltarbeid withdraw').

    Example:

        feltarbeid informant set IP01 --consent oral --attr education=master
        feltarbeid informant set IP01 --audio-export yes
    """
    study = get_study()
    inf = reg.require_informant(study.store, code)
    changes: dict[str, object] = {}
    if role is not None:
        changes["role"] = role
    if case is not None:
        reg.require_case(study.store, case)
        changes["case_code"] = case
    if employer is not None:
        changes["employer"] = employer
    if attr:
        changes["attributes"] = {**inf.attributes, **parse_attributes(attr)}
    if consent is not None:
        _check_choice("--consent", consent, CONSENT_CHOICES)
        if inf.consent == "withdrawn":
            raise FeltarbeidError(t("core.informant_withdrawn", code=code),
                                  hint=t("core.informant_withdrawn_hint"))
        changes["consent"] = consent
        changes["consent_at"] = now_iso() if consent != "none" else None
    if anonymise is not None:
        _check_choice("--anonymise", anonymise, WISH_CHOICES)
        changes["anonymise_wish"] = anonymise
    if audio_export is not None:
        _check_choice("--audio-export", audio_export, WISH_CHOICES)
        changes["audio_export"] = audio_export
    reg.update_informant(study.store, code, **changes)
    console.print(t("core.informant_updated", code=code))


# ----------------------------------------------------------------------------- helpers


def _progress(state: str) -> str:
    """recorded ●○○○○○ … exported ●●●●●●; failed/withdrawn shown as words."""
    steps = ("recorded", "transcribed", "anonymised", "in_review", "verified", "exported")
    if state not in steps:
        return {"running": "…", "failed": "✗", "withdrawn": "—"}.get(state, "")
    n = steps.index(state) + 1
    return "●" * n + "○" * (len(steps) - n)


def _value(value: str) -> str:
    """A stored consent/wish value in the user's language."""
    return t(f"core.value_{value}")


def _attrs(attributes: dict[str, object]) -> str:
    return ", ".join(f"{k}={attribute_text(v)}" for k, v in sorted(attributes.items()))


def _check_code(code: str) -> None:
    import re

    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}", code):
        raise FeltarbeidError(t("core.bad_code", code=code), hint=t("core.bad_code_hint"))


def _check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise FeltarbeidError(t("core.bad_choice", option=option, value=value),
                              hint=t("core.bad_choice_hint", choices=locale.choices(choices)))
