"""CLI commands for the interview area. Filled in by that area's issue."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
