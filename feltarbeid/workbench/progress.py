"""How far the correction pass has come, in words (``transcript list``, ``status``)."""

from __future__ import annotations

from ..locale import t
from ..store.corrections import Progress


def describe(progress: Progress | None) -> str:
    """'✓ 212/1487 · 34 min heard · saved 2×' — or '—' when never opened."""
    if progress is None:
        return "—"
    parts = [t("workbench.progress_checked", checked=progress.checked, total=progress.passages),
             t("workbench.progress_heard", minutes=f"{progress.listened / 60:.0f}")]
    if progress.corrected:
        parts.append(t("workbench.progress_saved", n=progress.corrections))
    if progress.unsaved:
        parts.append(t("workbench.progress_unsaved", n=progress.unsaved))
    return " · ".join(parts)
