"""The retention arithmetic: the term runs from the day her trajectory was closed; a reasoned
decision to keep her dossier longer moves it, until she is closed again."""

import datetime as dt

from forms import Participant, PhaseChange
from forms.retention import RetentionReview, closed_on, keep_until, months_later


def _phases(pid, *steps):
    return [PhaseChange(participant_id=pid, phase=phase, date=day) for phase, day in steps]


def test_months_later_keeps_the_day_or_takes_the_months_last():
    assert months_later(dt.date(2024, 3, 15), 24) == dt.date(2026, 3, 15)
    assert months_later(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert months_later(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 28)


def test_an_open_trajectory_has_no_term_and_a_closed_one_runs_from_its_closing():
    pid = Participant(roepnaam="Mirjam").id
    running = _phases(pid, ("aanmelding", dt.date(2022, 1, 1)), ("uitvoering", dt.date(2022, 3, 1)))
    assert closed_on(running) is None and keep_until(running, [], 24) is None
    closed = running + _phases(pid, ("afgesloten", dt.date(2022, 6, 30)))
    assert keep_until(closed, [], 24) == dt.date(2024, 6, 30)


def test_a_keep_decision_moves_the_term_until_she_is_closed_again():
    pid = Participant(roepnaam="Mirjam").id
    closed = _phases(pid, ("aanmelding", dt.date(2020, 1, 1)), ("afgesloten", dt.date(2020, 6, 30)))
    kept = RetentionReview(participant_id=pid, decided_on=dt.date(2022, 7, 1), keep_until=dt.date(2023, 7, 1),
                           reason="Lopende aangifte: de politie kan het dossier nog opvragen.")
    assert keep_until(closed, [kept], 24) == dt.date(2023, 7, 1)
    reopened = closed + _phases(pid, ("uitvoering", dt.date(2023, 1, 1)), ("afgesloten", dt.date(2024, 1, 1)))
    assert keep_until(reopened, [kept], 24) == dt.date(2026, 1, 1)  # the old decision no longer counts
