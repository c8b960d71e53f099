"""The privacy step of ``feltarbeid demo``: the report (Markdown in the study folder), the
audit chain and the permissions, on the finished demo study. It deletes nothing: a demo
should stay explorable (try ``feltarbeid withdraw IP01`` or ``feltarbeid purge --now``)."""

from __future__ import annotations

from ..errors import FeltarbeidError
from ..locale import t
from ..study import Study
from . import report

REPORT_FILE = "privacy-report.md"


def demo_step(study: Study) -> str:
    """Write ``privacy-report.md`` into the study and return a one-line summary. Raises if
    the audit chain is broken (the demo must never produce a broken chain)."""
    rep = report.build(study)
    if rep.audit_problems:
        raise FeltarbeidError(t("core.demo_audit_broken"),
                              where=str(study.db_path), hint="; ".join(rep.audit_problems))
    path = study.root / REPORT_FILE
    path.write_text(report.to_markdown(rep), encoding="utf-8")
    path.chmod(0o600)
    counts: dict[str, int] = {}
    for f in rep.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    summary = ", ".join(f"{n} {sev}" for sev, n in sorted(counts.items())) or "nothing to note"
    return (f"{REPORT_FILE}: {summary}; audit chain intact ({rep.audit_entries} entries); "
            f"see 'feltarbeid privacy report'")
