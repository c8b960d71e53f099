"""Data protection: privacy report, withdraw, purge, audit verify/show."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..errors import FeltarbeidError
from ..locale import plural, t
from ..store.registers import require_informant
from .common import console, err_console, get_study

if TYPE_CHECKING:  # the stage modules are imported by the commands that use them
    from ..privacy import withdraw as withdraw_mod
    from ..study import Study

privacy_app = typer.Typer(
    help="What personal data the study holds, and whether it is in order.", no_args_is_help=True
)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(privacy_app, name="privacy")
    app.add_typer(audit_app, name="audit")
    app.command("withdraw")(withdraw)
    app.command("purge")(purge)


def _date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FeltarbeidError(t("privacy.bad_date", option=option, value=value),
                              hint=t("core.write_date_hint")) from None


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    if not typer.confirm(question, default=False):
        err_console.print(escape(t("privacy.nothing_changed")))
        raise typer.Exit(1)


# ----------------------------------------------------------------------------- report


@privacy_app.command("report")
def report(
    markdown: Annotated[
        Path | None, typer.Option("--markdown", "-m", help="Also write the report as Markdown.")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 if anything is out of order (for scripts).")
    ] = False,
) -> None:
    """What personal data the study holds and where, consent per informant, withdrawals,
    the end date, files outside the study folder, and anything out of order.

    Example:

        feltarbeid privacy report --markdown personvern.md
    """
    study = get_study()
    from ..privacy import report as report_mod
    rep = report_mod.build(study)
    report_mod.to_rich(rep, console)
    if markdown is not None:
        target = markdown.expanduser()
        if target.is_dir():
            raise FeltarbeidError(t("privacy.report_is_folder"), where=str(target),
                                  hint=t("privacy.report_is_folder_hint"))
        try:
            target.write_text(report_mod.to_markdown(rep), encoding="utf-8")
        except OSError as exc:
            raise FeltarbeidError(t("privacy.report_not_written", error=exc.strerror),
                                  where=str(target),
                                  hint=t("privacy.report_not_written_hint")) from None
        console.print(t("privacy.markdown_written", path=escape(str(target))))
    if check and rep.problems:
        raise typer.Exit(1)


@privacy_app.command("permissions")
def permissions_cmd(
    fix: Annotated[bool, typer.Option("--fix", help="Make folder and key the owner's only.")]
    = False,
) -> None:
    """Check that the study folder is 0700 and the key 0600 (owner only); --fix tightens.

    Example:

        feltarbeid privacy permissions --fix
    """
    from ..privacy import permissions

    study = get_study()
    if fix:
        changed = permissions.fix(study)
        console.print(plural("privacy.permissions_fixed", len(changed)))
    problems = permissions.check(study)
    for p in problems:
        console.print(f"[yellow]{escape(t('privacy.finding_' + p.what + '_permissions', mode=p.mode_text, n=p.count))}[/] {escape(str(p.path))}")  # noqa: E501
    if not problems:
        console.print(f"[green]{escape(t('privacy.permissions_ok'))}[/]")
    elif not fix:
        raise typer.Exit(1)


# ----------------------------------------------------------------------------- withdraw


def withdraw(
    code: Annotated[str, typer.Argument(help="Informant code, e.g. IP01.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]
    = False,
    keep_until: Annotated[
        str | None,
        typer.Option("--keep-until", help="Mark now, delete after this date (YYYY-MM-DD), if "
                                          "the approval allows keeping it that long."),
    ] = None,
    delete_shared: Annotated[
        bool, typer.Option("--delete-shared",
                           help="Also delete recordings shared with other informants.")
    ] = False,
    delete_shared_text: Annotated[
        bool, typer.Option("--delete-shared-text",
                           help="Delete all text of shared transcripts where the informant's "
                                "passages cannot be told apart (no passage has their code).")
    ] = False,
) -> None:
    """Consent withdrawn: mark everything of the informant, exclude it from packets and
    exports, and delete their recordings and transcripts (overwritten, then removed).

    In a session with several informants the shared recording is kept (it holds the others'
    material) and only the passages labelled with this informant's code are removed from
    its transcripts, unless --delete-shared. Where no passage carries the code (all
    labelled with another informant's code, or without a speaker) nothing can be told apart:
    the command says which transcripts, and --delete-shared-text deletes their whole text
    (the other informants lose it too). Running it again after --keep-until has passed, or
    with --delete-shared-text, deletes the rest.

    Example:

        feltarbeid withdraw IP03
        feltarbeid withdraw IP03 --keep-until 2027-01-31
        feltarbeid withdraw IP03 --delete-shared-text
    """
    study = get_study()
    require_informant(study.store, code)
    until = _date(keep_until, "--keep-until") if keep_until else None
    from ..privacy import withdraw as withdraw_mod
    pl = withdraw_mod.plan(study, code)
    _print_withdraw_plan(pl, delete_shared)
    if until is None:
        _confirm(t("privacy.withdraw_confirm", code=code), yes)
    result = withdraw_mod.withdraw(study, code, keep_until=until, delete_shared=delete_shared,
                                   delete_shared_text=delete_shared_text)
    if not result.deleted:
        console.print(t("privacy.withdraw_marked", code=code, date=result.keep_until))
        _print_inseparable(study, pl, code)
        return
    s = result.summary
    console.print(t("privacy.withdraw_done", code=code, recordings=len(s["recordings_deleted"]),
                    segments=s["segments_deleted"], files=s["files_deleted"]))
    if s["shared_recordings_kept"]:
        console.print(f"[yellow]{escape(t('privacy.withdraw_shared_kept', n=len(s['shared_recordings_kept'])))}[/]")  # noqa: E501
    if s["shared_segments_deleted"]:
        console.print(t("privacy.withdraw_shared_removed", code=code,
                        n=s["shared_segments_deleted"]))
    if s["shared_texts_deleted"]:
        console.print(t("privacy.withdraw_shared_texts_deleted", code=code,
                        what=withdraw_mod.describe_transcripts(study, s["shared_texts_deleted"])))
    if s["shared_inseparable"]:
        _print_inseparable(study, pl, code)
    for tid, n in pl.unlabelled.items():
        console.print(f"[yellow]{escape(t('privacy.withdraw_unlabelled', code=code, n=n, what=withdraw_mod.describe_transcripts(study, [tid])))}[/]")  # noqa: E501
    if result.shredded.not_overwritten:
        console.print(f"[yellow]{escape(plural('privacy.not_overwritten', len(result.shredded.not_overwritten)))}[/]")  # noqa: E501
    if pl.earlier_exports:
        console.print(f"[yellow]{escape(plural('privacy.withdraw_exports', len(pl.earlier_exports)))}[/]")  # noqa: E501


def _print_inseparable(study: Study, pl: withdraw_mod.WithdrawalPlan, code: str) -> None:
    """Say exactly which shared transcripts still hold the informant's words, and what the
    researcher can do; never claim they were removed."""
    from ..privacy import withdraw as withdraw_mod

    for tid in pl.inseparable:
        speakers = pl.shared_speakers.get(tid, {})
        labels = ", ".join(f"{k or '—'} ×{v}" for k, v in sorted(speakers.items()) if k != "I")
        console.print(f"[yellow]{escape(t('privacy.withdraw_inseparable', code=code, what=withdraw_mod.describe_transcripts(study, [tid]), speakers=labels or '—'))}[/]")  # noqa: E501
    if pl.inseparable:
        console.print(escape(t("privacy.withdraw_inseparable_hint", code=code)))


def _print_withdraw_plan(pl: withdraw_mod.WithdrawalPlan, delete_shared: bool) -> None:
    table = Table(title=t("privacy.withdraw_plan", code=pl.code), show_header=False)
    table.add_column()
    table.add_column(justify="right")
    table.add_row(t("privacy.cat_recordings"), str(len(pl.own_recordings)))
    table.add_row(t("privacy.shared_recordings") + (
        "" if delete_shared else f" ({t('privacy.kept')})"), str(len(pl.shared_recordings)))
    table.add_row(t("privacy.col_transcripts"), str(len(pl.own_transcripts)))
    table.add_row(t("privacy.shared_transcripts"),
                  str(len(pl.shared_transcripts) - len(pl.inseparable)))
    if pl.inseparable:
        table.add_row(t("privacy.inseparable_transcripts"), str(len(pl.inseparable)))
    table.add_row(t("privacy.col_review"), str(len(pl.review_rounds)))
    table.add_row(t("privacy.cat_packets"), str(len(pl.packet_files)))
    table.add_row(t("privacy.cat_returns"), str(len(pl.return_files)))
    table.add_row(t("privacy.cat_journal"), str(len(pl.journal_files)))
    table.add_row(t("privacy.cat_contacts"), str(pl.contacts))
    table.add_row(t("privacy.cat_memos"), str(len(pl.memos)))
    if pl.documents:
        table.add_row(t("privacy.cat_documents"), str(len(pl.documents)))
    console.print(table)


# ----------------------------------------------------------------------------- purge


def purge(
    now_: Annotated[bool, typer.Option("--now", help="Purge before the end date.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]
    = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only show what would happen.")]
    = False,
    keep_unanonymised: Annotated[
        bool, typer.Option("--keep-unanonymised",
                           help="Keep verified transcripts whose text is not anonymised "
                                "(only if the informants agreed to be named).")
    ] = False,
) -> None:
    """End of the study: delete recordings, raw and intermediate transcripts, packets,
    returns and the linking key; keep anonymised verified transcripts and exports. The leak
    check runs on everything kept before the key is deleted; a purge certificate is written
    to the study folder.

    Example:

        feltarbeid purge --dry-run
        feltarbeid purge
        feltarbeid purge --now
    """
    study = get_study()
    from ..privacy import purge as purge_mod
    if dry_run:
        # a dry run deletes nothing: allowed before the end date, which it names
        try:
            purge_mod.check_date(study, now_allowed=now_)
        except FeltarbeidError as exc:
            console.print(f"[yellow]{escape(t('safety.purge_dry_run_date', reason=exc.what))}[/]")
    else:
        from ..anonymise.keyfile import key_exists

        purge_mod.check_date(study, now_allowed=now_)
        key_exists(study)  # a lost key: refuse before asking anything
        purge_mod.refuse_withdrawal_requests(study)  # likewise a withdrawal not settled
    pl = purge_mod.plan(study)
    table = Table(title=t("privacy.purge_plan"), show_header=False)
    table.add_column()
    table.add_column(justify="right")
    table.add_row(t("privacy.cat_recordings"), str(len(pl.recordings)))
    table.add_row(t("privacy.purge_kept_transcripts"), str(len(pl.kept)))
    table.add_row(t("privacy.purge_dropped_transcripts"), str(len(pl.dropped_transcripts)))
    if pl.not_anonymised:
        table.add_row(t("privacy.purge_not_anonymised"), str(len(pl.not_anonymised)))
    if pl.kept_documents or pl.dropped_documents:
        table.add_row(t("privacy.purge_kept_documents"), str(len(pl.kept_documents)))
        table.add_row(t("privacy.purge_dropped_documents"), str(len(pl.dropped_documents)))
    table.add_row(t("privacy.cat_exports"), str(len(pl.export_files)))
    table.add_row(t("privacy.purge_contacts"), str(pl.contacts))
    table.add_row(t("privacy.purge_memos"), str(pl.memos))
    table.add_row(t("privacy.cat_key"), escape(str(pl.key)) if pl.key_exists
                  else t("safety.key_state_lost") if pl.key_state == "lost"
                  else t("privacy.absent"))
    console.print(table)
    console.print(f"[dim]{escape(t('privacy.limits_note'))}[/]")
    if dry_run:
        return
    end = study.settings.end_date
    before = end is None or date.today() < end
    question = t("privacy.purge_confirm_now") if before else t("privacy.purge_confirm")
    _confirm(question, yes)
    passphrase = None
    if pl.key_exists:
        from ..anonymise import keyfile

        passphrase = keyfile.get_passphrase()
    result = purge_mod.purge(study, passphrase=passphrase, now_allowed=now_,
                             keep_unanonymised=keep_unanonymised)
    console.print(t("privacy.purge_done", files=len(result.shredded.files),
                    certificate=escape(str(result.certificate_md))))
    if result.shredded.not_overwritten:
        console.print(f"[yellow]{escape(plural('privacy.not_overwritten', len(result.shredded.not_overwritten)))}[/]")  # noqa: E501
    if not result.leak_check.run:
        console.print(f"[yellow]{escape(result.leak_check.reason)}[/]")


# ----------------------------------------------------------------------------- audit


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the hash chain of the audit log: exit 1 and say where it breaks.

    Example:

        feltarbeid audit verify
    """
    study = get_study()
    problems = study.store.verify_audit()
    n = int(study.store.one("SELECT COUNT(*) AS n FROM audit_log")["n"])
    if problems:
        err_console.print(f"[bold red]{escape(t('privacy.audit_broken_line', n=len(problems)))}[/]")  # noqa: E501
        for p in problems:
            err_console.print(f"  {escape(p)}")
        raise typer.Exit(1)
    console.print(f"[green]{escape(plural('privacy.audit_ok_line', n))}[/]")
    console.print(escape(t("privacy.audit_head_line", head=study.store.audit_head() or "—")))


@audit_app.command("show")
def audit_show(
    action: Annotated[str | None, typer.Option(help="Only entries with this action.")] = None,
    limit: Annotated[int, typer.Option(help="The newest N entries (0 = all).", min=0)] = 30,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Show the audit log, newest last.

    Example:

        feltarbeid audit show --action informant.withdraw --limit 10
    """
    study = get_study()
    entries = study.store.audit_entries()
    if action:
        entries = [e for e in entries if e["action"] == action or
                   e["action"].startswith(action + ".")]
    if limit:
        entries = entries[-limit:]
    if as_json:
        for e in entries:
            typer.echo(json.dumps(e, ensure_ascii=False, sort_keys=True))
        return
    table = Table(title=t("privacy.h_audit"))
    for col in ("#", t("privacy.col_when"), t("privacy.col_who"), t("privacy.col_action"),
                t("privacy.col_subject"), t("privacy.col_details")):
        table.add_column(col)
    for e in entries:
        details = json.dumps(e["details"], ensure_ascii=False, sort_keys=True)
        if len(details) > 120:
            details = details[:117] + "…"
        table.add_row(str(e["seq"]), e["at"][:19], escape(e["actor"]), escape(e["action"]),
                      escape(e["subject"]), escape(details))
    console.print(table)
