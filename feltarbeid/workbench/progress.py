"""How far the correction pass has come, in words (``transcript list``, ``status``)."""

from __future__ import annotations

from ..locale import t
from ..store.corrections import Progress


def describe(progress: Progress | None, *, short: bool = False) -> str:
    """'✓ 212/1487 · heard 34 min · corrected 2×' — or '—' when never opened. ``short``
    (the status table): '✓ 212/1487 · 34 min · 2×'."""
    if progress is None:
        return "—"
    minutes = f"{progress.listened / 60:.0f}"
    parts = [t("workbench.progress_checked", checked=progress.checked, total=progress.passages),
             f"{minutes} min" if short else t("workbench.progress_heard", minutes=minutes)]
    if progress.corrected:
        parts.append(f"{progress.corrections}×" if short
                     else t("workbench.progress_saved", n=progress.corrections))
    if progress.unsaved:
        parts.append(t("workbench.progress_unsaved", n=progress.unsaved))
    return " · ".join(parts)
