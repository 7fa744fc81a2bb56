"""The 1-10 goal scale the Terwille way: start, target, the latest score, progress and status.

Scores are validated by forms.plan.Scale (whole numbers 1-10, a target below the start
only with `lower_is_better`); this module only computes. A target below the start is
computed the right way round: going down is progress.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple
from uuid import UUID

from forms.catalogue import text
from forms.plan import Evaluation, Goal, SubGoal

NOT_STARTED, ON_TRACK, REACHED, BACKWARDS = "niet_gestart", "op_koers", "bereikt", "achteruit"
STATUSES = (NOT_STARTED, ON_TRACK, REACHED, BACKWARDS)


def _direction(start: int, target: int, lower_is_better: bool) -> int:
    """+1 when a higher score is better, -1 when lower is (the target below the start, or said so)."""
    if target != start:
        return 1 if target > start else -1
    return -1 if lower_is_better else 1


def progress(start: int | None, target: int | None, current: int | None,
             lower_is_better: bool = False) -> float | None:
    """(current - start) / (target - start), clamped to 0-1; None without all three scores.

    When start equals target there is no distance: 1.0 if the current score is at or
    beyond it (in the good direction), else 0.0.
    """
    if start is None or target is None or current is None:
        return None
    if target == start:
        gained = (current - start) * _direction(start, target, lower_is_better)
        return 1.0 if gained >= 0 else 0.0
    return min(1.0, max(0.0, (current - start) / (target - start)))


def status(start: int | None, target: int | None, current: int | None,
           lower_is_better: bool = False) -> str:
    """niet_gestart (no score yet, or still at the start), op_koers, bereikt (at or beyond
    the target) or achteruit (worse than the start)."""
    if start is None or target is None or current is None:
        return NOT_STARTED
    sign = _direction(start, target, lower_is_better)
    if (current - target) * sign >= 0:
        return REACHED
    gained = (current - start) * sign
    if gained < 0:
        return BACKWARDS
    return ON_TRACK if gained > 0 else NOT_STARTED


def status_label(code: str, lang: str = "nl") -> str:
    """The words for a status code in `lang` (catalogue `matrix.status.<code>`; her plan shows them)."""
    return text(f"matrix.status.{code}", lang)


def _when(evaluation: Evaluation) -> tuple[dt.date, dt.datetime]:
    return (evaluation.date or evaluation.updated_at.date(), evaluation.updated_at)


def current_score(item_id: UUID, evaluations: Iterable[Evaluation]) -> int | None:
    """The score of a goal or sub-goal in the latest evaluation that scored it (by date)."""
    scored = [e for e in evaluations if item_id in e.scores]
    return max(scored, key=_when).scores[item_id] if scored else None


class ScaleProgress(NamedTuple):
    start: int | None
    target: int | None
    current: int | None
    progress: float | None
    status: str


def goal_progress(scale_item: Goal | SubGoal, evaluations: Iterable[Evaluation]) -> ScaleProgress:
    """Start, target, latest score, progress and status of one goal or sub-goal."""
    current = current_score(scale_item.id, evaluations)
    args = (scale_item.start, scale_item.target, current, scale_item.lower_is_better)
    return ScaleProgress(scale_item.start, scale_item.target, current, progress(*args), status(*args))
