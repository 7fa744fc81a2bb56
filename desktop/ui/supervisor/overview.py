"""The caseload per worker for a supervisor: phases, goals due, plans awaiting signature and
the self-sufficiency trend. Pure (no Qt, no database): (worker, Dossier) pairs and a day in.

Definitions:
- the current plan and its open goals: matrix.deadlines (the same rule as the Deelnemers list);
- due: an open goal whose deadline lies within HORIZON_DAYS from today; overdue: before today;
- awaiting signature: a current plan without both a participant's and a worker's signature;
- self-sufficiency trend: the mean level of the first and the latest assessment of the
  latest assessment's instrument, over the domains scored in both (unscored never counts);
- a referral waiting longer than usual: sent, no intake there yet (nor started, completed or
  declined), and waiting longer than the median wait of the programme's referrals to that kind of
  partner (every dossier in view, finished ones with their whole wait), or USUAL_WAIT_DAYS where
  fewer than MIN_FOR_USUAL referrals of that kind give no usual wait;
- the worker of a dossier: her contact person, else the worker named on her latest plan
  (the vault has no service yet that says which worker's bundle a dossier came from).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from forms import PHASES, Assessment, Dossier, Trajectplan
from matrix.assessment import in_order
from matrix.deadlines import current_plan, open_deadlines

HORIZON_DAYS = 30
USUAL_WAIT_DAYS, MIN_FOR_USUAL = 30, 5
WAITING = frozenset({"voorbereid", "aangemeld", "wachtlijst"})
SIGNER_ROLES = frozenset({"deelnemer", "begeleider"})


@dataclass(frozen=True)
class ParticipantLine:
    """One participant in the overview."""

    participant_id: UUID
    roepnaam: str
    phase: str | None
    goals_overdue: int
    goals_due: int
    plan_awaiting: bool
    zrm_first: float | None  # mean level of the first assessment (common domains)
    zrm_last: float | None
    conflicts: int = 0  # open conflicts in her dossier (desktop.vault.conflicts)
    referrals_waiting_long: int = 0  # referrals waiting longer than usual (module docstring)

    @property
    def zrm_change(self) -> float | None:
        if self.zrm_first is None or self.zrm_last is None:
            return None
        return self.zrm_last - self.zrm_first


@dataclass(frozen=True)
class WorkerLine:
    """One worker's caseload, summed over her participants."""

    worker: str
    participants: list[ParticipantLine]
    last_bundle: dt.datetime | None = None  # when her last bundle was read in

    @property
    def conflicts(self) -> int:
        return sum(p.conflicts for p in self.participants)

    def in_phase(self, phase: str | None) -> int:
        return sum(1 for p in self.participants if p.phase == phase)

    @property
    def goals_overdue(self) -> int:
        return sum(p.goals_overdue for p in self.participants)

    @property
    def goals_due(self) -> int:
        return sum(p.goals_due for p in self.participants)

    @property
    def plans_awaiting(self) -> int:
        return sum(p.plan_awaiting for p in self.participants)

    @property
    def referrals_waiting_long(self) -> int:
        return sum(p.referrals_waiting_long for p in self.participants)

    @property
    def zrm_changes(self) -> list[float]:
        return [p.zrm_change for p in self.participants if p.zrm_change is not None]

    def zrm_counts(self) -> tuple[int, int, int]:
        """(improved, same, declined) among participants with two assessments or more."""
        changes = self.zrm_changes
        return (sum(c > 0 for c in changes), sum(c == 0 for c in changes), sum(c < 0 for c in changes))

    @property
    def zrm_mean_change(self) -> float | None:
        changes = self.zrm_changes
        return sum(changes) / len(changes) if changes else None


def _goal_counts(dossier: Dossier, today: dt.date) -> tuple[int, int]:
    """(overdue, due within the horizon) among the current plan's open goals (matrix.deadlines)."""
    horizon = today + dt.timedelta(days=HORIZON_DAYS)
    deadlines = open_deadlines(dossier)
    return sum(d < today for d in deadlines), sum(today <= d <= horizon for d in deadlines)


def awaits_signature(plan: Trajectplan) -> bool:
    """True while a participant's or a worker's signature is missing."""
    return not SIGNER_ROLES <= {s.role for s in plan.signatures}


def zrm_trend(assessments: Iterable[Assessment]) -> tuple[float | None, float | None]:
    """Mean level of the first and the latest assessment, over domains scored in both."""
    ordered = in_order(assessments)
    if not ordered:
        return None, None
    same = [a for a in ordered if a.instrument_id == ordered[-1].instrument_id]
    if len(same) < 2:
        return None, None
    first, last = same[0].scores, same[-1].scores
    common = [d for d, level in last.items() if level is not None and first.get(d) is not None]
    if not common:
        return None, None
    return (sum(first[d] for d in common) / len(common), sum(last[d] for d in common) / len(common))


def usual_waits(dossiers: Iterable[Dossier], today: dt.date) -> dict[str, float]:
    """Per kind of partner, the median wait (days) of the referrals to it, from MIN_FOR_USUAL on."""
    by_kind: dict[str, list[int]] = {}
    for dossier in dossiers:
        for referral in dossier.referrals:
            days = referral.wait_days(today)
            if referral.partner_kind and days is not None and days >= 0:
                by_kind.setdefault(referral.partner_kind, []).append(days)
    return {kind: statistics.median(days) for kind, days in by_kind.items() if len(days) >= MIN_FOR_USUAL}


def waiting_long(dossier: Dossier, today: dt.date, usual: dict[str, float]) -> int:
    """Her referrals still waiting for the intake there, longer than usual for their kind."""
    return sum(1 for r in dossier.referrals
               if r.intake_on is None and r.status in WAITING and (r.wait_days(today) or 0)
               > usual.get(r.partner_kind or "", USUAL_WAIT_DAYS))


def participant_line(dossier: Dossier, today: dt.date, usual: dict[str, float] | None = None) -> ParticipantLine:
    """What the overview shows for one dossier on `today`."""
    plan = current_plan(dossier)
    overdue, due = _goal_counts(dossier, today)
    first, last = zrm_trend(dossier.assessments)
    return ParticipantLine(dossier.participant.id, dossier.participant.roepnaam, dossier.phase, overdue, due,
                           plan is not None and awaits_signature(plan), first, last,
                           referrals_waiting_long=waiting_long(dossier, today, usual or {}))


def _phase_order(line: ParticipantLine) -> tuple[int, str]:
    rank = PHASES.index(line.phase) if line.phase in PHASES else len(PHASES)
    return rank, line.roepnaam.casefold()


def caseload_by_worker(cases: Iterable[tuple[str, Dossier]], today: dt.date | None = None) -> list[WorkerLine]:
    """One line per worker (by name), her participants ordered by phase, then roepnaam."""
    today = today or dt.date.today()
    cases = list(cases)
    usual = usual_waits((dossier for _, dossier in cases), today)
    grouped: dict[str, list[ParticipantLine]] = {}
    for worker, dossier in cases:
        grouped.setdefault(worker, []).append(participant_line(dossier, today, usual))
    return [WorkerLine(worker, sorted(lines, key=_phase_order))
            for worker, lines in sorted(grouped.items(), key=lambda item: item[0].casefold())]
