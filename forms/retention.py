"""How long a closed dossier is kept (AVG: no longer than the programme needs it), and a
worker's reasoned decision to keep one past its term."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from typing import Annotated, ClassVar

from pydantic import StringConstraints

from forms.base import ParticipantRecord

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


def keep_until(closed: dt.date, reviews: Iterable[tuple[dt.date, dt.date]], term_months: int) -> dt.date:
    """Until when a dossier closed on `closed` is kept: the term after closing, or the latest
    (decided on, keep until) decision made since; one made before a later closing no longer counts."""
    return max([months_later(closed, term_months), *(until for decided, until in reviews if decided >= closed)])
