"""The 1-10 goal scale: progress, status and the latest score, with property tests."""

import datetime as dt
from uuid import uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms import Evaluation, Goal, SubGoal
from forms.catalogue import PARTICIPANT_LANGUAGES
from matrix.scales import (
    BACKWARDS, NOT_STARTED, ON_TRACK, REACHED, STATUSES, current_score, goal_progress, progress,
    status, status_label,
)

score = st.integers(1, 10)


@st.composite
def scale(draw):
    """A valid (start, target, current, lower_is_better), as forms.Scale allows them."""
    start, target, current = draw(score), draw(score), draw(score)
    lower = target < start or (target == start and draw(st.booleans()))
    return start, target, current, lower


@settings(deadline=None)
@given(scale())
def test_progress_is_between_0_and_1(s):
    assert 0.0 <= progress(*s) <= 1.0


@settings(deadline=None)
@given(scale())
def test_progress_is_none_without_a_score(s):
    start, target, current, lower = s
    assert progress(None, target, current, lower) is None
    assert progress(start, None, current, lower) is None
    assert progress(start, target, None, lower) is None
    assert status(start, target, None, lower) == NOT_STARTED


@settings(deadline=None)
@given(scale())
def test_lower_is_better_mirrors_higher_is_better(s):
    start, target, current, lower = s
    mirrored = (11 - start, 11 - target, 11 - current, not lower)
    assert progress(*s) == progress(*mirrored)
    assert status(*s) == status(*mirrored)


@settings(deadline=None)
@given(scale(), score)
def test_a_better_score_never_means_less_progress(s, other):
    start, target, current, lower = s
    better, worse = (min, max) if lower else (max, min)
    assert progress(start, target, better(current, other), lower) >= progress(start, target, worse(current, other), lower)


@settings(deadline=None)
@given(scale())
def test_status_agrees_with_progress(s):
    start, target, current, lower = s
    code, share = status(*s), progress(*s)
    assert code in STATUSES
    if code == REACHED:
        assert share == 1.0
    if code in (BACKWARDS, NOT_STARTED):
        assert share == 0.0
    if code == ON_TRACK:
        assert 0.0 < share < 1.0
    if start != target and share == 1.0:
        assert code == REACHED


@pytest.mark.parametrize(("start", "target", "current", "lower", "expected_progress", "expected_status"), [
    (4, 8, 4, False, 0.0, NOT_STARTED),
    (4, 8, 6, False, 0.5, ON_TRACK),
    (4, 8, 8, False, 1.0, REACHED),
    (4, 8, 10, False, 1.0, REACHED),
    (4, 8, 3, False, 0.0, BACKWARDS),
    (8, 2, 5, True, 0.5, ON_TRACK),  # less use: going down is progress
    (8, 2, 9, True, 0.0, BACKWARDS),
    (8, 2, 1, True, 1.0, REACHED),
    (5, 5, 5, False, 1.0, REACHED),  # keep it where it is
    (5, 5, 4, False, 0.0, BACKWARDS),
    (5, 5, 6, True, 0.0, BACKWARDS),
])
def test_examples(start, target, current, lower, expected_progress, expected_status):
    assert progress(start, target, current, lower) == pytest.approx(expected_progress)
    assert status(start, target, current, lower) == expected_status


def test_status_labels_in_both_languages():
    assert [status_label(c) for c in STATUSES] == ["Niet gestart", "Op koers", "Bereikt", "Achteruit"]
    assert status_label(ON_TRACK, "en") == "On track"


@pytest.mark.parametrize("lang", PARTICIPANT_LANGUAGES[2:])
def test_status_labels_in_her_language(lang):
    """Her plan shows a goal's status: in her language, four different words, none Dutch."""
    said = [status_label(c, lang) for c in STATUSES]
    assert len(set(said)) == 4 and not set(said) & {status_label(c, "nl") for c in STATUSES}, said


def _evaluation(plan_id, when, scores, saved=None):
    record = Evaluation(participant_id=uuid4(), plan_id=plan_id, date=when, scores=scores)
    return record.model_copy(update={"updated_at": saved}) if saved else record


def test_the_latest_evaluation_that_scored_the_item_counts():
    goal = Goal(text="Ik wil een eigen kamer", start=3, target=8,
                subgoals=[SubGoal(text="Ik schrijf me in bij de woningcorporatie", start=1, target=10)])
    sub = goal.subgoals[0]
    plan_id = uuid4()
    evaluations = [
        _evaluation(plan_id, dt.date(2024, 5, 1), {goal.id: 6, sub.id: 10}),
        _evaluation(plan_id, dt.date(2024, 3, 1), {goal.id: 4}),
        _evaluation(plan_id, dt.date(2024, 6, 1), {}),  # scored nothing: does not count
    ]
    assert current_score(goal.id, evaluations) == 6
    assert current_score(uuid4(), evaluations) is None
    assert goal_progress(goal, evaluations) == (3, 8, 6, 0.6, ON_TRACK)
    assert goal_progress(sub, evaluations).status == REACHED
    assert goal_progress(goal, []) == (3, 8, None, None, NOT_STARTED)


def test_on_the_same_date_the_last_saved_counts():
    goal = Goal(text="Ik drink minder", start=8, target=3, lower_is_better=True)
    plan_id = uuid4()
    day = dt.date(2024, 4, 2)
    early = dt.datetime(2024, 4, 2, 9, tzinfo=dt.timezone.utc)
    late = dt.datetime(2024, 4, 2, 15, tzinfo=dt.timezone.utc)
    evaluations = [_evaluation(plan_id, day, {goal.id: 5}, late), _evaluation(plan_id, day, {goal.id: 9}, early)]
    assert goal_progress(goal, evaluations) == (8, 3, 5, 0.6, ON_TRACK)
