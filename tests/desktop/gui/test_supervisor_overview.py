"""The caseload-per-worker arithmetic, Qt-free: goals due and overdue, plans awaiting
signature, the self-sufficiency trend over domains scored both times."""

from __future__ import annotations

import datetime as dt

from desktop.ui.supervisor.overview import (
    awaits_signature, caseload_by_worker, participant_line, zrm_trend,
)
from forms import Assessment, Dossier, Evaluation, Goal, Participant, PhaseChange, Point, Signature, Trajectplan

TODAY = dt.date(2025, 6, 1)


def _dossier(name: str, phase: str = "uitvoering") -> Dossier:
    person = Participant(roepnaam=name)
    return Dossier(participant=person, phases=[PhaseChange(participant_id=person.id, phase=phase,
                                                           date=dt.date(2025, 1, 1))])


def _goal(days: int, **kw) -> Goal:
    return Goal(text="Een eigen kamer", start=2, target=8, deadline=TODAY + dt.timedelta(days=days), **kw)


def _signed(plan: Trajectplan, roles: tuple[str, ...]) -> Trajectplan:
    stroke = [[Point(x=0.1, y=0.5), Point(x=0.9, y=0.5)]]
    at = dt.datetime(2025, 5, 1, 12, tzinfo=dt.timezone.utc)
    return plan.model_copy(update={"signatures": [
        Signature(role=r, name="N", signed_at=at, strokes=stroke, plan_hash=plan.plan_content_hash()) for r in roles]})


def _assessment(pid, day: dt.date, scores: dict) -> Assessment:
    return Assessment(participant_id=pid, instrument_id="zrm-domeinen", instrument_version="1", date=day, scores=scores)


def test_open_goals_of_the_current_plan_count_as_overdue_or_due():
    d = _dossier("Ioana")
    reached = _goal(-10)
    plan = Trajectplan(participant_id=d.participant.id, date=dt.date(2025, 2, 1), goals=[
        _goal(-3), _goal(5), _goal(29), _goal(45), _goal(-1, state="afgerond"), _goal(-1, state="gestopt"), reached])
    d.plans.append(plan)
    d.evaluations.append(Evaluation(participant_id=d.participant.id, plan_id=plan.plan_id, date=dt.date(2025, 5, 1),
                                    scores={reached.id: 8}))
    line = participant_line(d, TODAY)
    assert (line.goals_overdue, line.goals_due) == (1, 2)


def test_only_the_newest_version_counts_and_a_closed_trajectory_has_no_plan():
    d = _dossier("Ioana")
    first = Trajectplan(participant_id=d.participant.id, date=dt.date(2025, 2, 1), goals=[_goal(-3)])
    d.plans += [first, first.model_copy(update={"version": 2, "goals": [_goal(40)]})]
    assert participant_line(d, TODAY).goals_overdue == 0
    closed = _dossier("Mirjam", phase="afgesloten")
    closed.plans.append(first.model_copy(update={"participant_id": closed.participant.id}))
    line = participant_line(closed, TODAY)
    assert (line.goals_overdue, line.plan_awaiting) == (0, False)


def test_a_plan_awaits_signature_until_both_have_signed():
    d = _dossier("Ioana")
    plan = Trajectplan(participant_id=d.participant.id, date=dt.date(2025, 2, 1), goals=[_goal(40)])
    assert awaits_signature(plan)
    assert awaits_signature(_signed(plan, ("deelnemer",)))
    assert not awaits_signature(_signed(plan, ("deelnemer", "begeleider")))


def test_trend_compares_first_and_latest_over_domains_scored_both_times():
    pid = Participant(roepnaam="X").id
    first = _assessment(pid, dt.date(2025, 1, 1), {"financien": 2, "huisvesting": 1, "werk": None})
    middle = _assessment(pid, dt.date(2025, 3, 1), {"financien": 5, "huisvesting": 5, "werk": 5})
    last = _assessment(pid, dt.date(2025, 5, 1), {"financien": 3, "huisvesting": None, "werk": 4})
    assert zrm_trend([last, first, middle]) == (2.0, 3.0)  # only 'financien' was scored both times
    assert zrm_trend([first]) == (None, None)


def test_caseload_groups_by_worker_and_orders_participants_by_phase():
    lines = caseload_by_worker([("Noor", _dossier("Zsófia", "nazorg")), ("Anna", _dossier("Kim", "aanmelding")),
                                ("Noor", _dossier("Ana", "orientatie"))], TODAY)
    assert [w.worker for w in lines] == ["Anna", "Noor"]
    assert [p.roepnaam for p in lines[1].participants] == ["Ana", "Zsófia"]
    assert (lines[1].in_phase("nazorg"), lines[1].in_phase("uitvoering")) == (1, 0)




def test_referrals_waiting_longer_than_usual_per_kind_of_partner():
    """Usual: the median wait of the programme's referrals to that kind (5 or more), else 30 days."""
    from forms import Referral

    def referral(d: Dossier, kind: str, sent_days_ago: int, intake_after: int | None = None, **kw) -> None:
        sent = TODAY - dt.timedelta(days=sent_days_ago)
        d.referrals.append(Referral(participant_id=d.participant.id, partner="P", partner_kind=kind, sent_on=sent,
                                    intake_on=sent + dt.timedelta(days=intake_after) if intake_after else None, **kw))

    done = [_dossier(f"D{n}") for n in range(5)]
    for n, d in enumerate(done):
        referral(d, "schulden", 200, intake_after=60 + n)  # the usual wait for schulden: 62 days
    mine = _dossier("Kim")
    referral(mine, "schulden", 70)  # longer than 62: counts
    referral(mine, "schulden", 40)  # within the usual wait
    referral(mine, "wonen", 31)  # wonen has too few referrals: 30 days is usual
    referral(mine, "wonen", 90, status="afgewezen")  # declined: not waiting
    lines = caseload_by_worker([("Anna", mine), *[("Bea", d) for d in done]], TODAY)
    anna, bea = lines
    assert anna.referrals_waiting_long == 2 and anna.participants[0].referrals_waiting_long == 2
    assert bea.referrals_waiting_long == 0
