"""One place for timestamps: ISO 8601 with offset, second precision or better."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC).astimezone()


def now_iso(timespec: str = "seconds") -> str:
    return now().isoformat(timespec=timespec)


def format_clock(seconds: float | None) -> str:
    """Seconds as h:mm:ss (or m:ss under an hour); '—' for None."""
    if seconds is None:
        return "—"
    total = int(round(seconds))
    sign = "-" if total < 0 else ""
    total = abs(total)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m}:{s:02d}"


def xsd_utc(value: str | None) -> str | None:
    """An ISO 8601 time (with or without offset; naive means UTC) as an ``xsd:dateTime`` in
    UTC, ``2026-03-01T08:00:00Z``; None if it is missing or not a time."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
