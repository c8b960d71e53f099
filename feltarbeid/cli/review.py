"""``feltarbeid review …``: member check — make packets, mark them sent, remind, import
answers, check deadlines, show where everyone stands. Thin: the work is in
``feltarbeid.review``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from ..errors import FeltarbeidError
from ..locale import t
from .common import console, get_study, say_unreviewed, warn_open_indirect

review_app = typer.Typer(
    help="Member check: send each informant their transcript, take back corrections.\n\n"
         "Example:\n\n    feltarbeid review make --informant IP01\n"
         "    feltarbeid review send --informant IP01\n"
         "    feltarbeid review import ~/Nedlastinger/svar-IP01-T1-a1b2c3.html",
    no_args_is_help=True,
)


def say(text: str) -> None:
    """Print plain text (no markup, no wrapping inside words)."""
    console.print(Text(text), soft_wrap=True)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FeltarbeidError(t("review.not_a_date", value=value),
                              hint=t("review.not_a_date_hint")) from None


@review_app.command("make")
def make(
    informant: Annotated[str | None, typer.Option("--informant", "-i",
                                                  help="Only this informant (code).")] = None,
    again: Annotated[bool, typer.Option(
        "--again", help="Make a new packet even if one is open (the old one becomes outdated)."
    )] = False,
    uncorrected: Annotated[bool, typer.Option(
        "--uncorrected", help="Also for transcripts never corrected in the workbench "
                              "(without the warning)."
    )] = False,
) -> None:
    """Make review packets (HTML, PDF, DOCX, cover letter) under packets/<informant>/.

    A transcript you never corrected ('feltarbeid transcript edit') is held back with a
    warning; --uncorrected makes its packet too.

    Example: feltarbeid review make --informant IP01
    """
    from ..review.packets import make_packets
    from ..review.withdrawals import open_withdrawal_requests

    study = get_study()
    held_back: list[tuple[int, str]] = []
    made = make_packets(study, informant, again=again, uncorrected=uncorrected,
                        held_back=held_back)
    if not informant:
        for code, request in open_withdrawal_requests(study).items():
            say(t("review.cli_skipped_request", code=code,
                  date=(request["requested_at"] or "")[:10]))
    stale = [tid for tid, why in held_back if why == "stale"]
    if stale:
        say(t("workbench.review_stale", ids=", ".join(map(str, stale))))
    never = [tid for tid, why in held_back if why == "uncorrected"]
    if never:
        say(t("workbench.review_uncorrected", ids=", ".join(map(str, never))))
        for tid in never:
            say(f"  feltarbeid transcript edit {tid}")
        say(t("workbench.review_uncorrected_hint"))
    if not made:
        if not held_back:
            say(t("review.cli_none_made"))
        say_unreviewed(study)
        return
    for m in made:
        say(t("review.cli_made", code=m.packet.informant, packet=m.packet.packet_id,
                        n=len(m.packet.reviewable), deadline=m.packet.deadline))
        for f in m.files:
            say(f"  {f.relative_to(study.root)}")
        left_out = sum(1 for p in m.packet.passages if not p.reviewable)
        if left_out:
            say("  " + t("review.cli_left_out", n=left_out))
        for old in m.outdated:
            say("  " + t("review.cli_outdated", packet=old))
    say_unreviewed(study)
    warn_open_indirect(study, [m.packet.transcript_id for m in made])


def _send(informant: str | None, packet: str | None, on: str | None) -> None:
    from ..review.status import mark_sent

    study = get_study()
    sent = mark_sent(study, informant=informant, packet_id=packet, on=_parse_date(on))
    if not sent:
        say(t("review.cli_none_to_send"))
    for pid in sent:
        say(t("review.cli_sent", packet=pid))


@review_app.command("send")
def send(
    informant: Annotated[str | None, typer.Option("--informant", "-i")] = None,
    packet: Annotated[str | None, typer.Option("--packet", help="Only this packet id.")] = None,
    on: Annotated[str | None, typer.Option("--date", help="Sent on (YYYY-MM-DD), default today.")
                  ] = None,
) -> None:
    """Mark prepared packets as sent (you send them yourself); the deadline counts from now.

    Example: feltarbeid review send --informant IP01
    """
    _send(informant, packet, on)


@review_app.command("mark-sent", hidden=True)
def mark_sent_cmd(
    informant: Annotated[str | None, typer.Option("--informant", "-i")] = None,
    packet: Annotated[str | None, typer.Option("--packet")] = None,
    on: Annotated[str | None, typer.Option("--date")] = None,
) -> None:
    """Same as 'review send'. Example: feltarbeid review mark-sent -i IP01"""
    _send(informant, packet, on)


@review_app.command("remind")
def remind(
    informant: Annotated[str | None, typer.Option("--informant", "-i")] = None,
    days: Annotated[int, typer.Option("--days", min=1,
                                      help="New deadline at least this many days ahead.")] = 7,
) -> None:
    """Write reminder letters for sent packets that have no answer yet.

    Example: feltarbeid review remind --days 7
    """
    from ..review.status import remind as do_remind

    study = get_study()
    done = do_remind(study, informant=informant, days=days)
    if not done:
        say(t("review.cli_no_reminders"))
    for pid, path in done:
        say(t("review.cli_reminded", packet=pid,
                        path=str(path.relative_to(study.root))))


@review_app.command("verify")
def verify(
    on: Annotated[str | None, typer.Option("--date", help="Check as of this day (YYYY-MM-DD).")
                  ] = None,
) -> None:
    """Close packets whose deadline has passed (silence approves only if the study says so).

    Silence counts as approval only with \\[review] silence_approves = true in
    feltarbeid.toml; otherwise the packet becomes 'no answer by deadline'.

    Example: feltarbeid review verify
    """
    from ..review.status import check_deadlines

    study = get_study()
    closed = check_deadlines(study, on=_parse_date(on))
    if not closed:
        say(t("review.cli_no_deadlines"))
    for pid, status in closed:
        say(t("review.cli_deadline_closed", packet=pid,
                        status=t(f"review.status_{status}")))


@review_app.command("status")
def status() -> None:
    """Where every informant stands in review, with dates.

    States: prepared, sent, reminded, answered, verified, no answer by deadline, withdrawn,
    and "asked to withdraw" while a withdrawal request from an answer is not settled.

    Example: feltarbeid review status
    """
    from ..review.status import status_rows

    study = get_study()
    console.print(Text(t("review.status_title"), style="bold"))
    for r in status_rows(study):
        label = t(f"review.status_{r.status}")
        if r.overdue:
            label += " " + t("review.status_overdue")
        if r.closed_how == "silence":
            label += " " + t("review.status_by_silence")
        if r.withdraw_request == "open":
            label = t("review.status_withdraw_requested", date=r.requested_at)
        elif r.withdraw_request == "dismissed":
            label = t("review.status_request_dismissed", date=r.requested_at)
        dates = [(t("review.col_made"), r.created_at), (t("review.col_sent"), r.sent_at),
                 (t("review.col_reminded"),
                  r.reminded_at + (f" ({r.reminders}×)" if r.reminders else "")),
                 (t("review.col_deadline"), r.deadline), (t("review.col_answered"), r.answered_at),
                 (t("review.col_closed"), r.closed_at)]
        when = " · ".join(f"{k} {v}" for k, v in dates if v)
        console.print(Text(f"{r.informant:<8} {r.packet_id or '—':<18} {label}"
                           + (f"  ({when})" if when else "")), soft_wrap=True)


@review_app.command("dismiss-withdrawal")
def dismiss_withdrawal(
    informant: Annotated[str, typer.Argument(help="Informant code.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Dismiss an informant's request to withdraw (made in a review answer).

    Until a request is carried out with 'feltarbeid withdraw CODE' or dismissed here, no
    packet is made, sent or reminded for the informant, and export and purge stop. Dismiss
    only when the informant has confirmed they want to stay (e.g. the box was ticked by
    mistake). The audit log records the dismissal.

    Example: feltarbeid review dismiss-withdrawal IP01
    """
    from ..review.withdrawals import dismiss_withdrawal_request, open_withdrawal_requests

    study = get_study()
    if informant in open_withdrawal_requests(study) and not yes and not typer.confirm(
            t("review.dismiss_confirm", code=informant), default=False):
        say(t("review.dismiss_not_done"))
        raise typer.Exit(1)
    dismiss_withdrawal_request(study, informant)
    say(t("review.cli_dismissed", code=informant))


def _print_change(change: object) -> None:
    from ..review.diff import Change
    from ..textdiff import plain_diff

    assert isinstance(change, Change)
    kind = t(f"review.kind_{change.kind}")
    head = f"#{change.index + 1} {kind}"
    if change.passage is not None:
        head += f"  [{change.passage}] {change.label} {change.clock}"
    console.print(Text(head, style="bold"), soft_wrap=True)
    if change.kind == "correction":
        say("  " + plain_diff(change.before, change.after))
    elif change.kind == "deletion":
        say("  " + t("review.cli_deletion_explained"))
        say("  " + plain_diff(change.before, ""))
    else:
        say("  " + change.after)


def _ask_deletion(passage: int | None) -> bool:
    """Ask whether to delete a passage the informant emptied (default: keep it). Where no
    answer can be read (no terminal, end of input) the passage is kept, and the user is told
    so; Ctrl-C still stops the command."""
    try:
        return typer.confirm(t("review.cli_delete_prompt"), default=False)
    except typer.Abort as exc:
        if not isinstance(exc.__context__, EOFError):  # click: Ctrl-C or end of input
            raise
    console.print()
    say(t("review.cli_deletion_kept_no_answer", passage=passage if passage is not None else "—"))
    return False


@review_app.command("import")
def import_answer(
    file: Annotated[Path, typer.Argument(help="Answer file (svar-….html / .json) or edited DOCX.")],
    accept_all: Annotated[bool, typer.Option(
        "--accept-all", help="Accept every correction and addition (an emptied passage is "
                             "still asked about, and kept where nobody can answer).")] = False,
    reject_all: Annotated[bool, typer.Option("--reject-all",
                                             help="Reject every correction and addition.")] = False,
    tui: Annotated[bool, typer.Option("--tui", help="Decide in a full-screen view.")] = False,
) -> None:
    """Read an answer, show the differences passage by passage, take in what you accept.

    Accepted corrections make a new 'corrected' version (the verbatim text is kept);
    additions are stored apart, marked as written afterwards by the informant. A passage
    the informant emptied is a deletion: it is always asked about on its own (default:
    keep the text), also with --accept-all.

    Example: feltarbeid review import svar-IP01-T1-a1b2c3.html --accept-all
    """
    from ..review.diff import apply_answer, changes_for, confirmed_count
    from ..review.returns import take_in

    if accept_all and reject_all:
        raise FeltarbeidError(t("answers.accept_reject_both"),
                              hint=t("answers.accept_reject_both_hint"))
    study = get_study()
    packet, rnd, answer = take_in(study, file)
    changes = changes_for(packet, answer)
    summary = t("review.cli_import_header", packet=packet.packet_id, code=packet.informant,
                source=answer.source, n=len(changes), confirmed=confirmed_count(packet, answer))
    console.print(Text(summary, style="bold"), soft_wrap=True)
    if answer.withdraw:
        from ..review.diff import record_withdrawal_request

        record_withdrawal_request(study, packet, answer)
        say(t("review.cli_withdraw_request", code=packet.informant))
        return
    decidable = [c for c in changes if c.decidable]
    decisions: dict[int, bool] | None
    if tui:
        from ..review.import_app import ImportApp

        decisions = ImportApp(changes, summary).run()
        if decisions is None:
            say(t("review.cli_left_undecided", packet=packet.packet_id))
            return
        for c in changes:
            _print_change(c)
    else:
        decisions = {}
        for c in changes:
            _print_change(c)
            if not c.decidable:
                continue
            if c.kind == "deletion" and not reject_all:
                # never decided in bulk: the informant emptied the passage, which may be a
                # slip; keeping the text is the default
                decisions[c.index] = _ask_deletion(c.passage)
            elif accept_all or reject_all:
                decisions[c.index] = accept_all
            else:
                decisions[c.index] = typer.confirm(t("review.cli_accept_prompt"), default=True)
    result = apply_answer(study, packet, rnd, answer, decisions)
    say(t("review.cli_result", accepted=result.accepted, rejected=result.rejected,
                    add_ok=result.additions_accepted, add_no=result.additions_rejected,
                    comments=result.comments))
    if not decidable:
        say(t("review.cli_nothing_to_decide"))
    if result.transcript_verified:
        say(t("review.cli_transcript_verified", transcript=packet.transcript_id))


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.add_typer(review_app, name="review")
