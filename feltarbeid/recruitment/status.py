"""Where each informant stands in recruitment, from the contact log and the interviews.

Pure: ``recruitment_lines`` takes informants, contacts and interview start times and gives
one line per informant for one round (their latest round, or the one asked for).

Status in a round, from its contacts in date order: a letter → ``letter_sent``; a
reminder → ``reminded``; yes or an appointment → ``accepted``; no → ``declined``; anything
else, before any of those → ``contacted``. A letter or reminder after an answer does not
change it (the letter sent for signature after a yes on the phone); a later answer does.
An interview (a session that was started) in the round's time window makes it
``interviewed``; a withdrawn informant is ``withdrawn``.
The window of round N runs from its first contact (round 1: from the beginning) to the
first contact of a later round, so a second-round interview does not count for the first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..domain import Contact, Informant

STATUSES = ("not_contacted", "contacted", "letter_sent", "reminded", "accepted", "declined",
            "interviewed", "withdrawn")
WAITING = ("contacted", "letter_sent", "reminded")  # asked, no answer yet
_EFFECT = {"letter_sent": "letter_sent", "reminder": "reminded", "yes": "accepted",
           "appointment": "accepted", "no": "declined"}


@dataclass
class RecruitmentLine:
    code: str
    round: int
    status: str
    last_contact: str | None = None  # YYYY-MM-DD
    days_since: int | None = None  # since the last contact
    letters: int = 0
    reminders: int = 0
    first_letter: str | None = None  # YYYY-MM-DD of the first letter in the round
    appointment: str | None = None  # the latest appointment made, 'YYYY-MM-DDTHH:MM'
    interviewed_at: str | None = None  # start of the interview in the round

    @property
    def waiting(self) -> bool:
        return self.status in WAITING


def latest_round(contacts: Iterable[Contact], code: str) -> int:
    """The informant's current round: the highest round in their log (1 if none)."""
    return max((c.round for c in contacts if c.informant == code), default=1)


def recruitment_lines(informants: list[Informant], contacts: list[Contact],
                      interviews: dict[str, list[str]], today: date,
                      round_no: int | None = None) -> list[RecruitmentLine]:
    """One line per informant (in the order given) for ``round_no`` (default: each one's
    latest round)."""
    by_code: dict[str, list[Contact]] = {}
    for c in sorted(contacts, key=lambda c: (c.on_date, c.id)):
        by_code.setdefault(c.informant, []).append(c)
    lines = []
    for inf in informants:
        own = by_code.get(inf.code, [])
        r = round_no or latest_round(own, inf.code)
        lines.append(_line(inf, r, own, interviews.get(inf.code, []), today))
    return lines


def _line(inf: Informant, r: int, own: list[Contact], starts: list[str],
          today: date) -> RecruitmentLine:
    here = [c for c in own if c.round == r]
    line = RecruitmentLine(inf.code, r, "not_contacted")
    for c in here:
        effect = _EFFECT.get(c.what)
        if effect in ("accepted", "declined"):
            line.status = effect  # an answer always counts, also one that changes an answer
        elif effect is not None and line.status not in ("accepted", "declined"):
            line.status = effect  # a letter after a yes (the form to sign) changes nothing
        elif effect is None and line.status == "not_contacted":
            line.status = "contacted"
        if c.what == "letter_sent":
            line.letters += 1
            line.first_letter = line.first_letter or c.on_date
        elif c.what == "reminder":
            line.reminders += 1
        elif c.what == "appointment" and c.appointment_at:
            line.appointment = c.appointment_at
    if here:
        line.last_contact = here[-1].on_date
        line.days_since = (today - date.fromisoformat(here[-1].on_date)).days
    # the round's window: from its first contact (round 1: always) to a later round's first
    start = here[0].on_date if here else ("" if r == 1 else None)
    later = [c.on_date for c in own if c.round > r]
    end = min(later) if later else None
    if start is not None:
        for s in starts:
            day = s[:10]
            if day >= start and (end is None or day < end):
                line.status = "interviewed"
                line.interviewed_at = s
                break
    if inf.consent == "withdrawn" or inf.withdrawn_at:
        line.status = "withdrawn"
    return line


def pending(lines: list[RecruitmentLine], min_days: int = 0) -> list[RecruitmentLine]:
    """Who has been asked and not answered, at least ``min_days`` after the last contact;
    longest wait first."""
    out = [ln for ln in lines if ln.waiting and (ln.days_since or 0) >= min_days]
    return sorted(out, key=lambda ln: (-(ln.days_since or 0), ln.code))


def counts(lines: list[RecruitmentLine]) -> dict[str, int]:
    """Number of informants per status, in the order of ``STATUSES``."""
    out = {s: 0 for s in STATUSES}
    for ln in lines:
        out[ln.status] += 1
    return {s: n for s, n in out.items() if n}
