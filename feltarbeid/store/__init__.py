"""The study database. Only this package writes SQL; see ``core`` for the rules."""

from .core import DB_FILE, Store, dumps, loads

__all__ = ["DB_FILE", "Store", "dumps", "loads"]
