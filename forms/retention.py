"""How long a closed dossier is kept (AVG: no longer than the programme needs it), and a
worker's reasoned decision to keep one past its term."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Annotated, ClassVar

from pydantic import StringConstraints

from forms.base import ParticipantRecord
from forms.trajectory import PhaseChange, current_phase

DEFAULT_TERM_MONTHS = 24  # two years after the trajectory is closed
MAX_TERM_MONTHS = 50 * 12

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]


class RetentionReview(ParticipantRecord):
    """Kept past the term: until when, and why (the reason is also in the audit log)."""

    KIND: ClassVar[str] = "retention"

    decided_on: dt.date
    keep_until: dt.date
    reason: Reason


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day where it is shorter: 29 Feb -> 28 Feb)."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def closed_on(phases: list[PhaseChange]) -> dt.date | None:
    """The day her trajectory was closed, when its current phase is 'afgesloten'."""
    change = current_phase(phases)
    if change is None or change.phase != "afgesloten":
        return None
    return change.date or change.updated_at.date()


def keep_until(phases: list[PhaseChange], reviews: list[RetentionReview], term_months: int) -> dt.date | None:
    """Until when a closed dossier is kept: the term after closing, or a later review's date.
    None while her trajectory is open. A review made before the last closing no longer counts."""
    closed = closed_on(phases)
    if closed is None:
        return None
    kept = [r.keep_until for r in reviews if r.decided_on >= closed]
    return max([months_later(closed, term_months), *kept])
