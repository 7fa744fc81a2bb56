"""What one dossier contributes to a period's figures. Pure: a Dossier and two dates in.

Definitions (a record's day is its `date`, else the day it was saved):
- in the period: start <= day <= end, both days included;
- in traject: the latest phase change on or before a day is oriëntatie, uitvoering or nazorg;
- ingestroomd: an episode's first change into traject falls in the period;
- afgesloten: an episode's closing change ('afgesloten') falls in the period, with its outcome;
  its length runs from the episode's first change into traject (else its first change);
- seen in the period (the population of the distributions): any aanmelding, intake or phase
  change in the period, or a trajectory open at its start;
- zelfredzaamheid: first and last assessment of the instrument on or before the end;
- goals: the newest version (on or before the end) of each plan; reached when its state is
  'afgerond' or the latest evaluation on or before the end reaches the target.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from forms import Dossier, PhaseChange, episodes
from matrix.scales import REACHED, goal_progress

ACTIVE = frozenset({"orientatie", "uitvoering", "nazorg"})
EFFECTIVE = ("duurzaam_uitgestapt", "ander_werk", "dagbesteding")


def day_of(record) -> dt.date:
    return record.date or record.updated_at.date()


@dataclass
class Facts:
    seen: bool = False
    sources: list[str | None] = field(default_factory=list)  # one per aanmelding in the period
    intakes: int = 0
    plans_made: int = 0
    in_traject: bool = False  # at any time in the period
    entered: bool = False
    in_traject_at_end: bool = False
    closures: list[tuple[str | None, int]] = field(default_factory=list)  # (outcome, length in days)
    work_settings: list[str] = field(default_factory=list)
    legal_position: str | None = None
    gender: str | None = None
    zrm_changes: dict[str, int] = field(default_factory=dict)  # domain -> last level - first level
    goals: list[tuple[str | None, bool]] = field(default_factory=list)  # (life domain, reached)


def facts(dossier: Dossier, start: dt.date, end: dt.date, instrument_id: str) -> Facts:
    """Everything the report counts for one dossier in the period [start, end]."""
    inside = lambda day: start <= day <= end  # noqa: E731 - reads best inline
    result = Facts(gender=dossier.participant.gender)
    result.sources = [a.source for a in dossier.aanmeldingen if inside(day_of(a))]
    result.intakes = sum(1 for i in dossier.intakes if inside(day_of(i)))
    first_versions: dict = {}
    for plan in dossier.plans:
        first_versions[plan.plan_id] = min(first_versions.get(plan.plan_id, dt.date.max), day_of(plan))
    result.plans_made = sum(1 for day in first_versions.values() if inside(day))
    _phases(result, dossier.phases, start, end)
    open_at_start = _phase_on(dossier.phases, start) not in (None, "afgesloten")
    result.seen = bool(result.sources or result.intakes or open_at_start
                       or any(inside(day_of(c)) for c in dossier.phases))
    if result.seen:
        _profile(result, dossier, end, instrument_id)
    return result


def _phase_on(history: list[PhaseChange], day: dt.date) -> str | None:
    before = [c for c in history if day_of(c) <= day]
    return max(before, key=lambda c: (day_of(c), c.updated_at)).phase if before else None


def _phases(result: Facts, history: list[PhaseChange], start: dt.date, end: dt.date) -> None:
    result.in_traject_at_end = _phase_on(history, end) in ACTIVE
    result.in_traject = _phase_on(history, start) in ACTIVE or any(
        c.phase in ACTIVE and start <= day_of(c) <= end for c in history)
    for episode in episodes(history):
        first_active = next((c for c in episode if c.phase in ACTIVE), None)
        if first_active is not None and start <= day_of(first_active) <= end:
            result.entered = True
        last = episode[-1]
        if last.phase == "afgesloten" and start <= day_of(last) <= end:
            began = day_of(first_active or episode[0])
            result.closures.append((last.outcome, (day_of(last) - began).days))


def _profile(result: Facts, dossier: Dossier, end: dt.date, instrument_id: str) -> None:
    intakes = [i for i in dossier.intakes if day_of(i) <= end]
    if intakes:
        latest = max(intakes, key=lambda i: (day_of(i), i.updated_at))
        result.work_settings = list(dict.fromkeys(latest.work_settings))
        result.legal_position = latest.legal_position
    assessments = sorted((a for a in dossier.assessments if a.instrument_id == instrument_id and day_of(a) <= end),
                         key=lambda a: (day_of(a), a.updated_at))
    if len(assessments) >= 2:
        first, last = assessments[0].scores, assessments[-1].scores
        result.zrm_changes = {d: last[d] - first[d] for d in first
                              if first[d] is not None and last.get(d) is not None}
    result.goals = _goals(dossier, end)


def _goals(dossier: Dossier, end: dt.date) -> list[tuple[str | None, bool]]:
    newest: dict = {}
    for plan in dossier.plans:
        if day_of(plan) <= end and (plan.plan_id not in newest or plan.version > newest[plan.plan_id].version):
            newest[plan.plan_id] = plan
    goals = []
    for plan in newest.values():
        evaluations = [e for e in dossier.evaluations if e.plan_id == plan.plan_id and day_of(e) <= end]
        for goal in plan.goals:
            reached = goal.state == "afgerond" or goal_progress(goal, evaluations).status == REACHED
            goals.append((goal.life_domain, reached))
    return goals
