"""The phases of a trajectory, its outcome, and its episodes."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from forms.base import LongText, ParticipantRecord, PastDate
from forms.vocab import Code

PHASES = ("aanmelding", "orientatie", "uitvoering", "nazorg", "afgesloten")


class PhaseChange(ParticipantRecord):
    """One step in the phase history. Closing records the outcome; a terugval may reopen.

    A change also carries what happened around it: the trajectory's goal from now on (None:
    unchanged), and the days she stopped or started sex work again with her reasons. Those
    days are not phase changes (DOMAIN.md), so they are kept as dates of their own.
    """

    KIND: ClassVar[str] = "phase"

    phase: Code("phases")
    date: PastDate | None = None
    goal: Code("trajectory_goals") | None = None
    outcome: Code("outcomes") | None = None
    dropout_reason: Code("dropout_reasons") | None = None  # when she stopped early
    outcome_reason: LongText | None = None  # in words, e.g. why she stopped early
    stopped_on: PastDate | None = None
    stop_reasons: list[Code("stop_reasons")] = Field(default_factory=list, max_length=20)
    restarted_on: PastDate | None = None
    restart_reasons: list[Code("restart_reasons")] = Field(default_factory=list, max_length=20)
    note: LongText | None = None

    @model_validator(mode="after")
    def _outcome_only_when_closing(self) -> PhaseChange:
        if self.outcome is not None and self.phase != "afgesloten":
            raise PydanticCustomError("koers_outcome_not_closed", "outcome needs phase afgesloten")
        if self.dropout_reason is not None and self.outcome != "tussentijds_gestopt":
            raise PydanticCustomError("koers_dropout_not_early", "a dropout reason needs outcome tussentijds gestopt")
        if self.stopped_on and self.restarted_on and self.restarted_on < self.stopped_on:
            raise PydanticCustomError("koers_restart_before_stop", "started again before she stopped")
        return self


def goal_on(history: list[PhaseChange]) -> str | None:
    """The trajectory goal in force after these changes: the latest one set."""
    ordered = sorted(history, key=lambda c: (c.date or c.updated_at.date(), c.updated_at))
    return next((c.goal for c in reversed(ordered) if c.goal), None)


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
