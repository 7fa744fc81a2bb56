"""What is due (issue 14 §3): the lines of a worker's agenda, computed from plain inputs and a
given `today`, so every rule is tested at a fixed day. No Qt, no vault: desktop.vault.agenda
gathers the inputs, the CLI and the caseload page show the result.

A line is *te laat* (overdue) when its day is before today, and *deze week* when it falls in
the window from today on (`days` long, seven unless asked otherwise). Sources:

- goal deadlines of the current plan's open goals, and their actions not done yet
  (matrix.deadlines: the rule the caseload's Deadline column and the supervisor count by);
- aftercare check-ins while she is in *nazorg*, on an active schedule (forms.aftercare): a
  check-in N months after she entered nazorg is done once a contact is dated on or after it;
  of the check-ins missed only the latest is shown (a contact after it settles the earlier ones);
- a new zelfredzaamheid meting, `meting_months` after the last one (or after her trajectory
  started, when there is none yet) while in oriëntatie, uitvoering or nazorg;
- no contact for `contact_weeks` weeks (counted from the last contact, or from the start of
  her trajectory) while in oriëntatie or uitvoering;
- a referral still waiting when the partner's usual waiting time (sociale kaart) has passed;
- a closed dossier whose retention term ends (desktop.vault.retention: past when today is
  after its keep-until day, the same rule as `past_term`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from uuid import UUID

from forms import Dossier, PhaseChange, episodes
from forms.aftercare import DEFAULT_MODE, AftercareSchedule
from forms.retention import months_later
from matrix.deadlines import open_goals

DEFAULT_METING_MONTHS = 6
DEFAULT_CONTACT_WEEKS = 4
DEFAULT_DAYS = 7
WAITING = ("aangemeld", "wachtlijst")  # a referral's statuses before the partner's intake
# Which dossier tab each kind of line opens (desktop.ui.dossier_screen's page keys).
TABS = {"goal": "plan", "action": "plan", "checkin": "contacts", "meting": "matrix", "contact": "contacts",
        "referral": "referrals", "retention": "overview"}


@dataclass(frozen=True)
class Rules:
    """The programme's settings the agenda depends on."""

    meting_months: int = DEFAULT_METING_MONTHS
    contact_weeks: int = DEFAULT_CONTACT_WEEKS


@dataclass(frozen=True)
class Line:
    """One thing due: for whom, what (a code of TABS), which day. `what` holds her own words
    (a goal, an action) or a partner's name; `months` a check-in's number of months."""

    participant_id: UUID
    roepnaam: str
    kind: str
    due: dt.date
    what: str = ""
    months: int | None = None

    @property
    def tab(self) -> str:
        return TABS[self.kind]

    def overdue(self, today: dt.date) -> bool:
        return self.due < today


@dataclass(frozen=True)
class Agenda:
    today: dt.date
    days: int
    this_week: list[Line]  # soonest first
    overdue: list[Line]  # longest overdue first


def _day(change: PhaseChange) -> dt.date:
    return change.date or change.updated_at.date()


def dossier_lines(dossier: Dossier, rules: Rules, waiting_days: Mapping[UUID, int] | None = None) -> list[Line]:
    """Everything due in one dossier, whatever its day. `waiting_days`: the sociale kaart's
    usual wait in days per partner id."""
    found = _plan_lines(dossier) + _referral_lines(dossier, waiting_days or {})
    trajectory = episodes(dossier.phases)[-1] if dossier.phases else []
    phase = dossier.phase
    if phase in ("orientatie", "uitvoering", "nazorg"):
        found += _meting_lines(dossier, _day(trajectory[0]), rules)
    if phase in ("orientatie", "uitvoering"):
        found += _contact_lines(dossier, _day(trajectory[0]), rules)
    if phase == "nazorg":
        found += _checkin_lines(dossier, trajectory)
    return found


def _line(dossier: Dossier, kind: str, due: dt.date, what: str = "", months: int | None = None) -> Line:
    return Line(dossier.participant.id, dossier.participant.roepnaam, kind, due, what, months)


def _plan_lines(dossier: Dossier) -> list[Line]:
    found = []
    for goal in open_goals(dossier):
        if goal.deadline is not None:
            found.append(_line(dossier, "goal", goal.deadline, goal.text))
        found += [_line(dossier, "action", a.by_when, a.what) for a in goal.actions if a.by_when and not a.done]
    return found


def _contact_days(dossier: Dossier) -> list[dt.date]:
    return [c.date or c.updated_at.date() for c in dossier.contacts]


def _meting_lines(dossier: Dossier, started: dt.date, rules: Rules) -> list[Line]:
    last = max((a.date or a.updated_at.date() for a in dossier.assessments), default=started)
    return [_line(dossier, "meting", months_later(last, rules.meting_months))]


def _contact_lines(dossier: Dossier, started: dt.date, rules: Rules) -> list[Line]:
    last = max([started, *_contact_days(dossier)])
    return [_line(dossier, "contact", last + dt.timedelta(weeks=rules.contact_weeks))]


def _checkin_lines(dossier: Dossier, trajectory: list[PhaseChange]) -> list[Line]:
    schedule = max(dossier.aftercare, key=lambda s: s.updated_at, default=None)
    mode = schedule.mode if schedule else DEFAULT_MODE
    if mode != "actief":
        return []
    entered = _day(trajectory[-1])
    for change in reversed(trajectory):  # back to where this stretch of nazorg began
        if change.phase != "nazorg":
            break
        entered = _day(change)
    last = max(_contact_days(dossier), default=dt.date.min)  # a contact on or after a check-in settles it
    months = schedule.months if schedule else AftercareSchedule.model_fields["months"].default_factory()
    due = [(months_later(entered, n), n) for n in sorted(set(months))]
    return [_line(dossier, "checkin", day, months=n) for day, n in due if last < day]


def _referral_lines(dossier: Dossier, waiting_days: Mapping[UUID, int]) -> list[Line]:
    found = []
    for referral in dossier.referrals:
        sent = referral.sent_on or referral.waiting_since
        usual = waiting_days.get(referral.partner_id) if referral.partner_id else None
        if referral.status in WAITING and referral.intake_on is None and sent and usual is not None:
            found.append(_line(dossier, "referral", sent + dt.timedelta(days=usual), referral.partner))
    return found


def retention_line(participant_id: UUID, roepnaam: str, keep_until: dt.date) -> Line:
    """A closed dossier kept until `keep_until`: overdue from the day after, as Retention.past."""
    return Line(participant_id, roepnaam, "retention", keep_until)


def agenda(lines: Iterable[Line], today: dt.date, days: int = DEFAULT_DAYS) -> Agenda:
    """The lines that are overdue or fall within `days` from today, in two groups. Of the
    check-ins missed in one dossier only the latest stays."""
    end = today + dt.timedelta(days=days)
    overdue, week, latest_checkin = [], [], {}
    for line in lines:
        if line.kind == "checkin" and line.overdue(today):
            kept = latest_checkin.get(line.participant_id)
            if kept is None or kept.due < line.due:
                latest_checkin[line.participant_id] = line
        elif line.overdue(today):
            overdue.append(line)
        elif line.due < end:
            week.append(line)
    overdue += latest_checkin.values()
    return Agenda(today, days, sorted(week, key=_order), sorted(overdue, key=_order))


def _order(line: Line) -> tuple:
    return line.due, line.roepnaam.casefold(), line.kind, line.what
