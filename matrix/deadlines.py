"""Which deadlines are open: one rule for every screen that counts or shows them (the
supervisor's caseload per worker, and the Deelnemers list through the vault's index), so
the two cannot disagree.

- the current plan is the newest version of the latest plan; a closed trajectory has none;
- a goal of it is open while its state is 'actief' or 'gepauzeerd' and its latest evaluation
  has not reached the target; its deadline is open then (past ones too: those are overdue),
  and so are its actions not done yet (the agenda, matrix.agenda, shows those too).
"""

from __future__ import annotations

import datetime as dt

from forms import Dossier, Goal, Trajectplan
from matrix.scales import REACHED, goal_progress

OPEN_GOAL_STATES = ("actief", "gepauzeerd")


def current_plan(dossier: Dossier) -> Trajectplan | None:
    """The newest version of the latest plan; None without a plan or once the trajectory closed."""
    latest = dossier.latest_plan()
    if latest is None or dossier.phase == "afgesloten":
        return None
    return dossier.plan_versions(latest.plan_id)[-1]


def open_goals(dossier: Dossier) -> list[Goal]:
    """The current plan's open goals: active or paused, and their target not reached yet."""
    plan = current_plan(dossier)
    if plan is None:
        return []
    evaluations = dossier.evaluations_of(plan.plan_id)
    return [goal for goal in plan.goals
            if goal.state in OPEN_GOAL_STATES and goal_progress(goal, evaluations).status != REACHED]


def open_deadlines(dossier: Dossier) -> list[dt.date]:
    """The deadlines of the current plan's open goals, earliest first (overdue ones included)."""
    return sorted(goal.deadline for goal in open_goals(dossier) if goal.deadline is not None)
