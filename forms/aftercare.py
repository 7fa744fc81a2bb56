"""Aftercare check-ins (issue 14 §3): chosen per participant in her dossier. Passive: she gets
in touch when she wants to, so nothing is scheduled. Active: the worker checks in a set number
of months after aftercare starts (the day her trajectory entered *nazorg*)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from forms.base import ParticipantRecord
from forms.vocab import Code

ACTIVE_MONTHS = (1, 3, 6, 12)
# Without a recorded choice the schedule is active: a check-in nobody remembers is the risk.
DEFAULT_MODE = "actief"


class AftercareSchedule(ParticipantRecord):
    """Her aftercare schedule; one per dossier (a new choice updates it)."""

    KIND: ClassVar[str] = "aftercare"

    mode: Code("aftercare_modes") = DEFAULT_MODE
    months: list[int] = Field(default_factory=lambda: list(ACTIVE_MONTHS), min_length=1, max_length=24)
