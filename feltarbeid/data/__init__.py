"""Package data built by ``scripts/build_data.py`` (see its docstring for each file)."""

from __future__ import annotations

import csv
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import FeltarbeidError


class DataDamaged(FeltarbeidError):
    """A file of the installed package cannot be read as written: the installation is
    damaged or was edited by hand. Nothing is done with half a list (a missing name list
    would let names through), so the command stops."""


# the columns the code reads of each file
COLUMNS: dict[str, tuple[str, ...]] = {
    "etternavn.csv": ("name", "count"),
    "folketall.csv": ("number", "successor"),
    "fornavn.csv": ("name", "ssb", "share"),
    "fylker.csv": ("number", "name", "other_names", "region"),
    "kommuner.csv": ("number", "name", "other_names", "county", "region", "valid_to"),
    "namesakes.csv": ("name", "country", "nearby"),
    "navn_verden.csv": ("name", "kind"),
    "regions.csv": ("name", "kind"),
    "steder.csv": ("name", "population"),
    "ting.csv": ("name", "kind"),
    "traps.csv": ("word", "kind"),
    "utlandsbyer.csv": ("name",),
    "verden.csv": ("name", "kind"),
}


def rows(name: str) -> list[dict[str, str]]:
    """The rows of one of the package's CSV files, as dicts by column name; the columns
    ``COLUMNS`` names must be there, in every row. A file that cannot be read so raises
    ``DataDamaged`` (what, where, what to do) rather than a traceback."""
    from ..locale import t

    path = _folder().joinpath(name)
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            missing = [c for c in COLUMNS.get(name, ()) if c not in header]
            if missing:
                raise _damaged(t("core.data_columns", columns=", ".join(missing)), path)
            out = []
            for r in reader:
                if None in r or None in r.values():
                    raise _damaged(t("core.data_row", line=reader.line_num), path)
                out.append(r)
            return out
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise _damaged(str(e), path) from e


def _folder() -> Traversable:
    return resources.files(__package__)


def _damaged(why: str, path: object) -> DataDamaged:
    from ..locale import t

    return DataDamaged(t("core.data_damaged", why=why), where=str(path),
                       hint=t("core.data_damaged_hint"))
