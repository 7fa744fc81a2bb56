"""The phases of a trajectory, its outcome, and its episodes."""

from __future__ import annotations

from typing import ClassVar

from pydantic import model_validator
from pydantic_core import PydanticCustomError

from forms.base import LongText, ParticipantRecord, PastDate
from forms.vocab import Code

PHASES = ("aanmelding", "orientatie", "uitvoering", "nazorg", "afgesloten")


class PhaseChange(ParticipantRecord):
    """One step in the phase history. Closing records the outcome; a terugval may reopen."""

    KIND: ClassVar[str] = "phase"

    phase: Code("phases")
    date: PastDate | None = None
    outcome: Code("outcomes") | None = None
    outcome_reason: LongText | None = None  # e.g. why she stopped early
    note: LongText | None = None

    @model_validator(mode="after")
    def _outcome_only_when_closing(self) -> PhaseChange:
        if self.outcome is not None and self.phase != "afgesloten":
            raise PydanticCustomError("koers_outcome_not_closed", "outcome needs phase afgesloten")
        return self


def current_phase(history: list[PhaseChange]) -> PhaseChange | None:
    """The latest change by date (then by time of saving), or None."""
    if not history:
        return None
    return max(history, key=lambda c: (c.date or c.updated_at.date(), c.updated_at))


def episodes(history: list[PhaseChange]) -> list[list[PhaseChange]]:
    """Split the history into trajectories: a change after 'afgesloten' starts a new one."""
    ordered = sorted(history, key=lambda c: (c.date or c.updated_at.date(), c.updated_at))
    result: list[list[PhaseChange]] = []
    for change in ordered:
        if not result or result[-1][-1].phase == "afgesloten":
            result.append([])
        result[-1].append(change)
    return result
