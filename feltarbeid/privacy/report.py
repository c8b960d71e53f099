"""``privacy report``: one page an ethics board or supervisor can read.

``build(study)`` gathers the facts (pure data, no printing); ``to_markdown`` and
``to_rich`` render them. Only codes, counts and paths appear: no names, no transcript text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from ..anonymise.keyfile import key_state
from ..locale import plural, t
from ..store import privacy as sql
from ..store import recruitment
from ..store.documents import list_documents
from ..store.registers import get_meta, list_informants
from ..store.sensitive import counts as sensitive_counts
from ..store.sessions import sessions_of_informant
from ..study import Study
from ..timeutil import now, now_iso
from . import inventory, permissions

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
PURGED_META = "purged_at"
SOON_DAYS = 30


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    text: str
    where: str = ""
    hint: str = ""


@dataclass
class InformantLine:
    code: str
    role: str
    consent: str
    consent_at: str | None
    withdrawn_at: str | None
    sessions: int
    recordings: int
    transcripts: dict[str, int]
    review: dict[str, int]


@dataclass
class PrivacyReport:
    title: str
    root: Path
    generated_at: str
    end_date: date | None
    days_left: int | None
    holdings: list[inventory.Holding]
    informants: list[InformantLine]
    withdrawals: list[dict[str, Any]]
    outside: list[inventory.OutsidePath]
    exports: list[inventory.ExportManifest]
    findings: list[Finding] = field(default_factory=list)
    audit_problems: list[str] = field(default_factory=list)
    audit_head: str = ""
    audit_entries: int = 0
    purged_at: str | None = None

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "info"]


def build(study: Study, today: date | None = None) -> PrivacyReport:
    today = today or now().date()
    store = study.store
    end = study.settings.end_date
    recs = sql.recordings(store)
    informants = list_informants(store)
    consent = {i.code: i.consent for i in informants}
    lines = []
    for inf in informants:
        own_recs = [r for r in recs if inf.code in r["informants"] and r["state"] != "deleted"]
        trs = sql.transcripts_of_recordings(store, [int(r["id"]) for r in recs
                                                    if inf.code in r["informants"]])
        states: dict[str, int] = {}
        for tr in trs:
            states[tr["state"]] = states.get(tr["state"], 0) + 1
        review: dict[str, int] = {}
        for rnd in sql.review_rounds_of(store, inf.code):
            review[rnd["status"]] = review.get(rnd["status"], 0) + 1
        lines.append(InformantLine(
            inf.code, inf.role, inf.consent, inf.consent_at, inf.withdrawn_at,
            len(sessions_of_informant(store, inf.code)), len(own_recs), states, review))
    report = PrivacyReport(
        title=study.title, root=study.root, generated_at=now_iso(), end_date=end,
        days_left=(end - today).days if end else None,
        holdings=inventory.holdings(study), informants=lines,
        withdrawals=sql.list_withdrawals(store), outside=inventory.outside_paths(study),
        exports=inventory.export_manifests(study),
        audit_problems=store.verify_audit(), audit_head=store.audit_head(),
        audit_entries=int(store.one("SELECT COUNT(*) AS n FROM audit_log")["n"]),
        purged_at=get_meta(store, PURGED_META),
    )
    report.findings = _findings(study, report, recs, consent, today)
    report.findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.code, f.where))
    return report


def _findings(study: Study, report: PrivacyReport, recs: list[dict[str, Any]],
              consent: dict[str, str], today: date) -> list[Finding]:
    out: list[Finding] = []

    def add(kind: str, severity: Severity, where: str = "", /, **fields: Any) -> None:
        out.append(Finding(kind, severity, t(f"privacy.finding_{kind}", **fields), where,
                           t(f"privacy.hint_{kind}", **fields)))

    # consent
    for r in recs:
        if r["state"] == "deleted":
            continue
        path = inventory.recording_files(study, r)
        if path is None or not path.exists():
            continue
        where = _rel(study, path)
        if not r["session_id"]:
            add("recording_unlinked", "warning", where, id=r["id"])
            continue
        missing = [c for c in r["informants"] if consent.get(c) == "none"]
        if missing:
            add("recording_without_consent", "error", where, id=r["id"],
                codes=", ".join(missing))
        withdrawn = [c for c in r["informants"] if consent.get(c) == "withdrawn"]
        if withdrawn and len(r["informants"]) > 1:
            add("shared_recording_withdrawn", "warning", where, id=r["id"],
                codes=", ".join(withdrawn))
    # withdrawals
    from .withdraw import describe_transcripts

    states = {int(x["id"]): x["state"] for x in sql.transcripts(study.store)}
    for w in report.withdrawals:
        still = [tid for tid in w["summary"].get("shared_inseparable", [])
                 if states.get(int(tid)) not in (None, "withdrawn")]
        if still:
            add("withdrawn_words_inseparable", "error", w["informant_code"],
                code=w["informant_code"], what=describe_transcripts(study, still))
        if w["deleted_at"]:
            continue
        keep = w["keep_until"]
        if keep and date.fromisoformat(keep) > today:
            add("withdrawal_kept", "info", w["informant_code"], code=w["informant_code"],
                date=keep)
        else:
            add("withdrawal_due", "error", w["informant_code"], code=w["informant_code"],
                date=keep or "—")
    # withdrawal requests made in review answers and not settled yet
    from ..store.review import withdrawal_requests

    for request in withdrawal_requests(study.store, status="open"):
        code = request["informant_code"]
        add("withdrawal_requested", "error", code, code=code,
            date=(request["requested_at"] or "")[:10])
    withdrawn_codes = {c for c, s in consent.items() if s == "withdrawn"}
    # exports
    for m in report.exports:
        existing = [f for f in m.files if inventory.resolve_in_study(study, f).exists()]
        where = ", ".join(m.files) or f"#{m.seq}"
        if m.include_unverified:
            add("export_unverified", "warning", where, seq=m.seq, at=m.at[:10],
                n=len(m.unverified) or "?")
        gone = sorted(withdrawn_codes & set(m.informants))
        if gone and (existing or not m.files):
            add("export_withdrawn", "warning", where, seq=m.seq, at=m.at[:10],
                codes=", ".join(gone))
        if m.voices and existing:
            # a voice is personal data after the key is gone: an error once the study has
            # ended (the purge keeps exports)
            ended = report.purged_at is not None or (
                report.days_left is not None and report.days_left < 0)
            add("export_voice", "error" if ended else "warning", where, seq=m.seq,
                at=m.at[:10], codes=", ".join(m.voices))
        if m.sensitive_included and existing:
            add("export_sensitive", "warning", where, seq=m.seq, at=m.at[:10],
                n=m.sensitive_included)
    # documents: what the study holds, and what a withdrawal has not deleted yet
    documents = list_documents(study.store)
    if documents:
        by_status: dict[str, int] = {}
        for d in documents:
            by_status[d.status] = by_status.get(d.status, 0) + 1
        add("documents_held", "info", "documents/", n=len(documents), counts=", ".join(
            f"{t('documents.status_' + k)} {v}" for k, v in sorted(by_status.items())))
    kept_on_purpose = {w["informant_code"] for w in report.withdrawals
                       if not w["deleted_at"] and w["keep_until"]
                       and date.fromisoformat(w["keep_until"]) > today}
    for d in documents:
        if d.status == "withdrawn" and d.state != "deleted" \
                and d.informant_code not in kept_on_purpose:
            add("document_withdrawn_kept", "error", d.path or "feltarbeid.db", id=d.id,
                code=d.informant_code or d.case_code or "—")
    # sensitive passages (counts only: the passages and reasons stay in the database)
    marks, marked_transcripts = sensitive_counts(study.store)
    if marks:
        add("sensitive_marked", "info", "feltarbeid.db", n=marks, transcripts=marked_transcripts)
    # key
    key = study.key_path
    if inventory.is_inside(study, key):
        add("key_inside_study", "error", str(key))
    if key.is_file():
        if not inventory.is_age_file(key):
            add("key_unencrypted", "error", str(key))
    elif key_state(study) == "lost":
        add("key_lost", "error", str(key))
    elif report.purged_at is None:
        add("key_missing", "info", str(key))
    for copy in inventory.key_copies_inside(study):
        add("key_copy_inside_study", "error", _rel(study, copy))
    # raw review answers (the informants' own spelling of names) kept in clear
    rows, files = inventory.unsealed_answers(study)
    if rows or files:
        places = ([f"feltarbeid.db (review_rounds: {len(rows)})"] if rows else []) + [
            _rel(study, f) for f in files]
        add("answers_unsealed", "warning", ", ".join(places), n=len(rows) + len(files))
    # permissions
    for p in permissions.check(study):
        add(f"{p.what}_permissions", "error" if p.what != "files" else "warning", str(p.path),
            mode=p.mode_text, n=p.count)
    # end date
    if report.end_date is None:
        add("end_date_missing", "warning", "feltarbeid.toml")
    elif report.days_left is not None and report.purged_at is None:
        if report.days_left < 0:
            add("end_date_passed", "error", report.end_date.isoformat(),
                date=report.end_date.isoformat(), days=-report.days_left)
        elif report.days_left <= SOON_DAYS:
            add("end_date_soon", "info", report.end_date.isoformat(),
                date=report.end_date.isoformat(), days=report.days_left)
    # unregistered audio in recordings/
    for h in report.holdings:
        if h.category == "unregistered_recordings":
            add("unregistered_recordings", "warning", h.where, n=h.files)
    # recruitment: informants who said no are still in the contact log (and the key)
    declined = recruitment.declined(study.store)
    if declined:
        add("recruitment_declined", "info", ", ".join(declined), codes=", ".join(declined))

    # indirect identifiers not reviewed
    from ..store.indirect import count_open

    if n_indirect := count_open(study.store):
        add("indirect_open", "warning", "feltarbeid.db", n=n_indirect)
    # audit
    if report.audit_problems:
        add("audit_broken", "error", "feltarbeid.db", n=len(report.audit_problems),
            first=report.audit_problems[0])
    return out


# ------------------------------------------------------------------------------ rendering


def _rel(study: Study, path: Path) -> str:
    try:
        return path.resolve().relative_to(study.root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{n} B"


def _holding_amount(h: inventory.Holding) -> str:
    if h.category in ("raw_transcripts", "intermediate_transcripts", "kept_transcripts"):
        return plural("privacy.n_segments", h.rows)
    if h.category in ("raw_documents", "anonymised_documents"):
        return t("privacy.n_paragraphs", n=h.rows)
    if h.category == "review_texts":
        return plural("privacy.n_rounds", h.rows)
    if h.category in ("contacts", "memos"):
        return plural("privacy.n_entries", h.rows)
    if h.category == "key":
        return _size(h.bytes) if h.exists else t("privacy.absent")
    if h.category == "database":
        return _size(h.bytes)
    if h.category == "recordings":
        return plural("privacy.n_files", h.files) + f", {_size(h.bytes)}"
    return plural("privacy.n_files", h.files) + (f", {_size(h.bytes)}" if h.files else "")


def _counts(d: dict[str, int], prefix: str) -> str:
    """'verifisert 2, til gjennomlesing 1': states by their names in the user's language
    (``prefix``: core.state_ for transcripts, review.status_ for review rounds)."""
    return ", ".join(f"{t(prefix + k)} {v}" for k, v in sorted(d.items())) or "—"


def _end_line(r: PrivacyReport) -> str:
    if r.purged_at:
        return t("privacy.purged_on", at=r.purged_at)
    if r.end_date is None:
        return t("privacy.no_end_date")
    if r.days_left is not None and r.days_left < 0:
        return t("privacy.end_passed", date=r.end_date.isoformat(), days=-r.days_left)
    return t("privacy.end_left", date=r.end_date.isoformat(), days=r.days_left)


def _withdrawal_line(w: dict[str, Any]) -> str:
    s = w["summary"]
    if w["deleted_at"]:
        done = t("privacy.withdrawal_deleted", at=w["deleted_at"][:10],
                 recordings=len(s.get("recordings_deleted", [])),
                 transcripts=len(s.get("transcripts", [])),
                 segments=s.get("segments_deleted", 0), files=s.get("files_deleted", 0))
        kept = s.get("shared_recordings_kept") or []
        if kept:
            done += " " + t("privacy.withdrawal_shared_kept", n=len(kept))
        if s.get("shared_segments_deleted"):  # only what was removed (see the findings)
            done += " " + t("privacy.withdraw_shared_removed", code=w["informant_code"],
                            n=s["shared_segments_deleted"])
        return done
    if w["keep_until"]:
        return t("privacy.withdrawal_pending", date=w["keep_until"])
    return t("privacy.withdrawal_marked")


def to_markdown(r: PrivacyReport) -> str:
    L: list[str] = []
    L.append(f"# {t('privacy.report_title', title=r.title)}")
    L.append("")
    L.append(f"{t('privacy.generated', at=r.generated_at)}  ")
    L.append(f"{t('privacy.study_folder')}: `{r.root}`  ")
    L.append(f"{t('privacy.end_date')}: {_end_line(r)}")
    L.append("")
    L.append(f"## {t('privacy.h_findings')}")
    L.append("")
    if not r.findings:
        L.append(t("privacy.all_in_order"))
    for f in r.findings:
        where = f" — `{f.where}`" if f.where else ""
        L.append(f"- **{t('privacy.sev_' + f.severity)}**: {f.text}{where}  ")
        L.append(f"  → {f.hint}")
    L.append("")
    L.append(f"## {t('privacy.h_holdings')}")
    L.append("")
    L.append(f"| {t('privacy.col_what')} | {t('privacy.col_where')} | "
             f"{t('privacy.col_amount')} |")
    L.append("| --- | --- | --- |")
    for h in r.holdings:
        L.append(f"| {t('privacy.cat_' + h.category)} | `{h.where}` | {_holding_amount(h)} |")
    L.append("")
    L.append(f"## {t('privacy.h_consent')}")
    L.append("")
    if not r.informants:
        L.append(t("core.no_informants"))
    else:
        L.append(f"| {t('privacy.col_code')} | {t('privacy.col_role')} | "
                 f"{t('privacy.col_consent')} | {t('privacy.col_sessions')} | "
                 f"{t('privacy.col_recordings')} | {t('privacy.col_transcripts')} | "
                 f"{t('privacy.col_review')} |")
        L.append("| --- | --- | --- | --- | --- | --- | --- |")
        for i in r.informants:
            states = _counts(i.transcripts, "core.state_")
            review = _counts(i.review, "review.status_")
            L.append(f"| {i.code} | {i.role or '—'} | {_consent_text(i)} | {i.sessions} | "
                     f"{i.recordings} | {states} | {review} |")
    L.append("")
    L.append(f"## {t('privacy.h_withdrawn')}")
    L.append("")
    if not r.withdrawals:
        L.append(t("privacy.none"))
    for w in r.withdrawals:
        L.append(f"- **{w['informant_code']}** ({w['withdrawn_at'][:10]}): "
                 f"{_withdrawal_line(w)}")
    L.append("")
    L.append(f"## {t('privacy.h_outside')}")
    L.append("")
    if not r.outside:
        L.append(t("privacy.none"))
    for o in r.outside:
        state = t("privacy.exists") if o.exists else t("privacy.absent")
        L.append(f"- {t('privacy.out_' + o.what)}: `{o.path}` ({state})")
    L.append("")
    L.append(f"## {t('privacy.h_exports')}")
    L.append("")
    if not r.exports:
        L.append(t("privacy.none"))
    for m in r.exports:
        flag = f" — **{t('privacy.unverified_included')}**" if m.include_unverified else ""
        if m.voices:
            flag += f" — **{t('privacy.voice_included', codes=', '.join(m.voices))}**"
        if m.sensitive_included:
            flag += f" — **{plural('privacy.sensitive_included', m.sensitive_included)}**"
        files = ", ".join(f"`{f}`" for f in m.files) or "—"
        L.append(f"- #{m.seq} {m.at[:16]}: {files}{flag}")
    L.append("")
    L.append(f"## {t('privacy.h_audit')}")
    L.append("")
    if r.audit_problems:
        L.append(t("privacy.audit_broken_line", n=len(r.audit_problems)))
        L.extend(f"- {p}" for p in r.audit_problems)
    else:
        L.append(plural("privacy.audit_ok_line", r.audit_entries))
    L.append("")
    L.append(t("privacy.audit_head_line", head=r.audit_head or "—"))
    L.append("")
    L.append(f"_{t('privacy.limits_note')}_")
    L.append("")
    return "\n".join(L)


def _consent_text(i: InformantLine) -> str:
    text = t("privacy.consent_" + i.consent)
    if i.consent == "withdrawn" and i.withdrawn_at:
        text += f" {i.withdrawn_at[:10]}"
    elif i.consent_at:
        text += f" {i.consent_at[:10]}"
    return text


_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def to_rich(r: PrivacyReport, console: Console) -> None:
    e = escape
    head = Table.grid(padding=(0, 2))
    head.add_row(t("privacy.study_folder"), e(str(r.root)))
    head.add_row(t("privacy.end_date"), e(_end_line(r)))
    console.print(Panel(head, title=e(t("privacy.report_title", title=r.title)),
                        subtitle=e(t("privacy.generated", at=r.generated_at))))
    if r.findings:
        ft = Table(title=t("privacy.h_findings"), show_lines=False, expand=True)
        ft.add_column("", no_wrap=True)
        ft.add_column(t("privacy.col_what"), ratio=3)
        ft.add_column(t("privacy.col_where"), ratio=2)
        for f in r.findings:
            ft.add_row(f"[{_STYLE[f.severity]}]{e(t('privacy.sev_' + f.severity))}[/]",
                       f"{e(f.text)}\n[dim]→ {e(f.hint)}[/]", e(f.where))
        console.print(ft)
    else:
        console.print(f"[green]{e(t('privacy.all_in_order'))}[/]")
    ht = Table(title=t("privacy.h_holdings"), expand=True)
    ht.add_column(t("privacy.col_what"))
    ht.add_column(t("privacy.col_where"))
    ht.add_column(t("privacy.col_amount"), justify="right")
    for h in r.holdings:
        ht.add_row(e(t("privacy.cat_" + h.category)), e(h.where), e(_holding_amount(h)))
    console.print(ht)
    it = Table(title=t("privacy.h_consent"), expand=True)
    for col in ("code", "role", "consent", "sessions", "recordings", "transcripts", "review"):
        it.add_column(t("privacy.col_" + col))
    for i in r.informants:
        style = "red" if i.consent == "none" else "dim" if i.consent == "withdrawn" else ""
        it.add_row(e(i.code), e(i.role or "—"), f"[{style}]{e(_consent_text(i))}[/]"
                   if style else e(_consent_text(i)), str(i.sessions), str(i.recordings),
                   e(_counts(i.transcripts, "core.state_")),
                   e(_counts(i.review, "review.status_")))
    if not r.informants:
        console.print(e(t("core.no_informants")))
    else:
        console.print(it)
    rest: list[str] = [f"[bold]{e(t('privacy.h_withdrawn'))}[/]"]
    rest += [f"  {e(w['informant_code'])} ({e(w['withdrawn_at'][:10])}): "
             f"{e(_withdrawal_line(w))}" for w in r.withdrawals] or [f"  {t('privacy.none')}"]
    rest.append(f"[bold]{e(t('privacy.h_outside'))}[/]")
    rest += [f"  {e(t('privacy.out_' + o.what))}: {e(str(o.path))} "
             f"({e(t('privacy.exists') if o.exists else t('privacy.absent'))})"
             for o in r.outside] or [f"  {t('privacy.none')}"]
    rest.append(f"[bold]{e(t('privacy.h_exports'))}[/]")
    rest += [f"  #{m.seq} {e(m.at[:16])}: {e(', '.join(m.files) or '—')}"
             + (f" [yellow]({e(t('privacy.unverified_included'))})[/]"
                if m.include_unverified else "")
             + (f" [yellow]({e(t('privacy.voice_included', codes=', '.join(m.voices)))})[/]"
                if m.voices else "")
             for m in r.exports] or [f"  {t('privacy.none')}"]
    rest.append(f"[bold]{e(t('privacy.h_audit'))}[/]")
    if r.audit_problems:
        rest.append(f"  [bold red]{e(t('privacy.audit_broken_line', n=len(r.audit_problems)))}[/]")
        rest += [f"  {e(p)}" for p in r.audit_problems]
    else:
        rest.append(f"  [green]{e(plural('privacy.audit_ok_line', r.audit_entries))}[/]")
    rest.append(f"  {e(t('privacy.audit_head_line', head=r.audit_head or '—'))}")
    console.print(Group(*rest))
    console.print(f"[dim]{e(t('privacy.limits_note'))}[/]")
