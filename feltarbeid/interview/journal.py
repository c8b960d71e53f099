"""Interview session journals: ``journal/<session>.jsonl`` (the file format and its
crash safety are in ``feltarbeid.tui.journal``)."""

from __future__ import annotations

from pathlib import Path

from ..tui.journal import Journal, note

__all__ = ["Journal", "journal_ids", "journal_path", "note"]


def journal_path(journal_dir: Path, session_id: str) -> Path:
    return Path(journal_dir) / f"{session_id}.jsonl"


def journal_ids(journal_dir: Path) -> list[str]:
    return sorted(p.stem for p in Path(journal_dir).glob("*.jsonl"))
