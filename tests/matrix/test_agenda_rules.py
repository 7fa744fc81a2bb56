"""The agenda's rules at a fixed today (Wednesday 12 March 2025): every source, and where
*deze week* ends and *te laat* begins."""

import datetime as dt
from uuid import uuid4

from forms import Action, AftercareSchedule, Assessment, Contact, Dossier, Goal, Participant, PhaseChange, Referral
from forms import Evaluation, Trajectplan
from matrix.agenda import Rules, agenda, dossier_lines, retention_line

TODAY = dt.date(2025, 3, 12)
DAY = dt.timedelta(days=1)
RULES = Rules(meting_months=6, contact_weeks=4)


def dossier(*phases: tuple[str, dt.date], name: str = "Ioana") -> Dossier:
    person = Participant(roepnaam=name)
    d = Dossier(participant=person)
    d.phases = [PhaseChange(participant_id=person.id, phase=p, date=day) for p, day in phases]
    return d


def kinds(d: Dossier, **waits) -> dict[str, list[dt.date]]:
    found: dict[str, list[dt.date]] = {}
    for line in dossier_lines(d, RULES, waits.get("waits")):
        found.setdefault(line.kind, []).append(line.due)
    return found


def test_goal_and_action_deadlines_come_from_the_open_goals_of_the_current_plan():
    d = dossier(("uitvoering", TODAY - 30 * DAY))
    pid = d.participant.id
    d.contacts = [Contact(participant_id=pid, date=TODAY - DAY)]
    d.assessments = [Assessment(participant_id=pid, instrument_id="zrm-domeinen", instrument_version="1",
                                date=TODAY - 10 * DAY)]
    open_goal = Goal(text="Een eigen kamer", deadline=TODAY + 3 * DAY, start=3, target=7,
                     actions=[Action(what="Inschrijven bij Woonnet", by_when=TODAY - 2 * DAY),
                              Action(what="Al gedaan", by_when=TODAY, done=True)])
    reached = Goal(text="Bereikt", deadline=TODAY - 5 * DAY, start=2, target=4)
    stopped = Goal(text="Gestopt", deadline=TODAY - 5 * DAY, state="gestopt")
    plan = Trajectplan(participant_id=pid, date=TODAY - 20 * DAY, goals=[open_goal, reached, stopped])
    d.plans = [plan]
    d.evaluations = [Evaluation(participant_id=pid, plan_id=plan.plan_id, date=TODAY - DAY, scores={reached.id: 4})]
    lines = agenda(dossier_lines(d, RULES), TODAY)
    assert [(l.kind, l.what, l.tab) for l in lines.overdue] == [("action", "Inschrijven bij Woonnet", "plan")]
    assert [(l.kind, l.what, l.due) for l in lines.this_week] == [("goal", "Een eigen kamer", TODAY + 3 * DAY)]


def test_active_aftercare_checks_in_after_1_3_6_and_12_months_from_entering_nazorg():
    d = dossier(("uitvoering", dt.date(2024, 1, 5)), ("nazorg", dt.date(2024, 2, 10)))
    assert kinds(d)["checkin"] == [dt.date(2024, 3, 10), dt.date(2024, 5, 10), dt.date(2024, 8, 10),
                                   dt.date(2025, 2, 10)]
    # A contact on the 3-month day settles the first two; the 6- and 12-month ones stay open.
    d.contacts = [Contact(participant_id=d.participant.id, date=dt.date(2024, 5, 10))]
    assert kinds(d)["checkin"] == [dt.date(2024, 8, 10), dt.date(2025, 2, 10)]
    # Of the missed ones the agenda shows the latest only.
    overdue = agenda(dossier_lines(d, RULES), TODAY).overdue
    assert [(l.kind, l.due, l.months, l.tab) for l in overdue if l.kind == "checkin"] == [
        ("checkin", dt.date(2025, 2, 10), 12, "contacts")]


def test_passive_aftercare_schedules_nothing_and_the_latest_choice_counts():
    d = dossier(("nazorg", TODAY - 40 * DAY))
    pid = d.participant.id
    d.aftercare = [AftercareSchedule(participant_id=pid, mode="passief")]
    assert "checkin" not in kinds(d)
    d.aftercare = [d.aftercare[0].model_copy(update={"mode": "actief", "rev": 2,
                                                     "updated_at": d.aftercare[0].updated_at + DAY})]
    assert kinds(d)["checkin"][0] == dt.date(2025, 2, 28)  # a month after 31 January


def test_a_meting_is_due_six_months_after_the_last_one_or_after_the_start():
    d = dossier(("aanmelding", dt.date(2024, 6, 1)), ("orientatie", dt.date(2024, 7, 1)))
    assert kinds(d)["meting"] == [dt.date(2024, 12, 1)]  # none yet: counted from the start
    d.assessments = [Assessment(participant_id=d.participant.id, instrument_id="zrm-domeinen",
                                instrument_version="1", date=dt.date(2024, 9, 15))]
    assert kinds(d)["meting"] == [dt.date(2025, 3, 15)]
    assert kinds(dossier(("aanmelding", TODAY - DAY))).get("meting") is None


def test_no_contact_for_four_weeks_only_in_orientatie_or_uitvoering():
    d = dossier(("orientatie", dt.date(2025, 1, 2)))
    d.contacts = [Contact(participant_id=d.participant.id, date=dt.date(2025, 2, 10))]
    assert kinds(d)["contact"] == [dt.date(2025, 3, 10)]
    assert "contact" not in kinds(dossier(("nazorg", dt.date(2025, 1, 2))))
    assert "contact" not in kinds(dossier(("aanmelding", dt.date(2025, 1, 2))))
    slow = dossier_lines(d, Rules(contact_weeks=8))
    assert [l.due for l in slow if l.kind == "contact"] == [dt.date(2025, 4, 7)]


def test_a_referral_is_due_when_the_partners_usual_wait_has_passed():
    d = dossier(("aanmelding", TODAY - 90 * DAY))
    pid, partner, other = d.participant.id, uuid4(), uuid4()
    d.referrals = [
        Referral(participant_id=pid, partner="Schuldhulp Stad", partner_id=partner, status="wachtlijst",
                 sent_on=TODAY - 30 * DAY),
        Referral(participant_id=pid, partner="Met intake", partner_id=partner, status="wachtlijst",
                 sent_on=TODAY - 30 * DAY, intake_on=TODAY - DAY),
        Referral(participant_id=pid, partner="Gestart", partner_id=partner, status="gestart", sent_on=TODAY - 30 * DAY),
        Referral(participant_id=pid, partner="Vrije tekst", status="wachtlijst", sent_on=TODAY - 30 * DAY),
        Referral(participant_id=pid, partner="Onbekende wachttijd", partner_id=other, status="aangemeld",
                 sent_on=TODAY - 30 * DAY),
    ]
    lines = dossier_lines(d, RULES, {partner: 28})
    assert [(l.kind, l.what, l.due, l.tab) for l in lines] == [
        ("referral", "Schuldhulp Stad", TODAY - 2 * DAY, "referrals")]


def test_retention_is_overdue_the_day_after_the_term_as_past_term_says():
    pid = uuid4()
    assert agenda([retention_line(pid, "Mirjam", TODAY)], TODAY).this_week[0].tab == "overview"
    assert agenda([retention_line(pid, "Mirjam", TODAY - DAY)], TODAY).overdue[0].kind == "retention"


def test_deze_week_runs_from_today_for_seven_days_and_te_laat_is_before_today():
    pid = uuid4()
    lines = [retention_line(pid, "A", TODAY + n * DAY) for n in (-1, 0, 6, 7)]
    result = agenda(lines, TODAY)
    assert [l.due for l in result.overdue] == [TODAY - DAY]
    assert [l.due for l in result.this_week] == [TODAY, TODAY + 6 * DAY]
    assert [l.due for l in agenda(lines, TODAY, days=8).this_week] == [TODAY, TODAY + 6 * DAY, TODAY + 7 * DAY]


def test_a_closed_trajectory_has_no_plan_meting_contact_or_checkin_lines():
    d = dossier(("nazorg", dt.date(2024, 1, 1)), ("afgesloten", dt.date(2024, 6, 1)))
    d.plans = [Trajectplan(participant_id=d.participant.id, goals=[Goal(text="x", deadline=TODAY)])]
    assert dossier_lines(d, RULES) == []
