"""Package data built by ``scripts/build_data.py`` (see its docstring for each file)."""

from __future__ import annotations

import csv
from importlib import resources


def rows(name: str) -> list[dict[str, str]]:
    """The rows of one of the package's CSV files, as dicts by column name."""
    path = resources.files(__package__).joinpath(name)
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
